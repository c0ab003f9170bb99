"""The body of one parser process.

The process loads its own Stanza pipeline once, with one torch thread, then answers
batches of texts over a pipe until it reads ``None`` or the pipe closes.

Protocol (parent -> worker, worker -> parent; every message is pickled by the pipe):

    worker: ("ready", ModelInfo) | ("failed", message)    once, after loading
    parent: list[str]                                     a batch of texts
    worker: list[ParsedDocument | str]                    per text, the parse or an error
    parent: None                                          exit
"""

from __future__ import annotations

import ctypes
import ctypes.util
import os
from collections.abc import Callable
from multiprocessing.connection import Connection
from pathlib import Path

from quotes_server.engine import ParsedDocument


def main(conn: Connection, models_dir: Path | None) -> None:
    os.environ["OMP_NUM_THREADS"] = "1"
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    import torch

    torch.set_num_threads(1)
    from quotes_server.nlp import load_parser

    try:
        parser = load_parser(models_dir)
    except Exception as error:  # reported to the parent, which refuses to serve
        conn.send(("failed", f"{type(error).__name__}: {error}"))
        return
    conn.send(("ready", parser.info))
    release_freed_memory = _memory_trimmer()
    while True:
        try:
            texts = conn.recv()
        except EOFError:
            return
        if texts is None:
            return
        results: list[ParsedDocument | str]
        try:
            results = list(parser.parse_many(texts))
        except Exception:
            # One bad text must not fail its batch-mates: parse them one by one.
            results = []
            for text in texts:
                try:
                    results.append(parser.parse(text))
                except Exception as error:
                    results.append(f"{type(error).__name__}: {error}")
        conn.send(results)
        release_freed_memory()


def _memory_trimmer() -> Callable[[], None]:
    """glibc keeps the freed buffers of each batch's tensors in its arenas, so a long-running
    parser's RSS creeps up with the shapes it has seen; trimming after each batch (once its
    results are sent) returns them. A no-op where the C library has no ``malloc_trim``."""
    try:
        libc = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6")
        trim = libc.malloc_trim
    except (OSError, AttributeError):
        return lambda: None

    def release() -> None:
        trim(0)

    return release
