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

import os
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
