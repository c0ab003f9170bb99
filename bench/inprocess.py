"""Mode (a): the same Stanza pipeline in this process, fed documents in batches.

The pipeline is the one ``load_parser()`` builds (the bundled models, or what
``QUOTES_BUNDLED_MODELS`` / ``STANZA_RESOURCES_DIR`` point at, as for the server), with as
many torch threads as there are cores. Each batch is one call of the raw
``stanza.Pipeline`` on a list of ``stanza.Document([], text=...)``, which is what
``StanzaParser.parse_many`` does; a document's latency is its batch's time.

The same pass times the rest of ``parse_many`` (turning Stanza's documents into
``ParsedDocument``) and then ``attribute(doc)`` per document, for the time split between
parsing and attribution.
"""

from __future__ import annotations

import gc
import time
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import Any

from bench.corpus import Document
from bench.procs import rss_mb
from bench.stats import ModeResult


@dataclass(slots=True)
class TimeSplit:
    """Seconds over the corpus, in this process."""

    stanza_s: float = 0.0  # the pipeline call
    convert_s: float = 0.0  # Stanza documents -> ParsedDocument (the rest of parse_many)
    attribute_s: float = 0.0  # attribute(doc)

    @property
    def parse_s(self) -> float:
        return self.stanza_s + self.convert_s

    def shares(self) -> dict[str, float]:
        total = self.parse_s + self.attribute_s
        if not total:
            return {"parse": 0.0, "attribute": 0.0}
        return {
            "parse": round(self.parse_s / total, 4),
            "stanza": round(self.stanza_s / total, 4),
            "convert": round(self.convert_s / total, 4),
            "attribute": round(self.attribute_s / total, 4),
        }

    def as_dict(self) -> dict[str, Any]:
        return {
            "stanza_s": round(self.stanza_s, 3),
            "convert_s": round(self.convert_s, 3),
            "parse_many_s": round(self.parse_s, 3),
            "attribute_s": round(self.attribute_s, 3),
            "shares": self.shares(),
        }


@dataclass(slots=True)
class InProcessRun:
    result: ModeResult
    split: TimeSplit
    threads: int
    model: dict[str, Any]


def batches(documents: Sequence[Document], size: int) -> Iterator[Sequence[Document]]:
    for start in range(0, len(documents), size):
        yield documents[start : start + size]


def _stanza_documents(documents: Sequence[Document]) -> list[Any]:
    import stanza

    return [stanza.Document([], text=document.text) for document in documents]


def _run_batch(
    parser: Any, batch: Sequence[Document], result: ModeResult, split: TimeSplit
) -> None:
    from quotes_server.engine import attribute
    from quotes_server.nlp import to_parsed_document

    inputs = _stanza_documents(batch)
    started = time.perf_counter()
    outputs = parser._pipeline(inputs)
    parsed_at = time.perf_counter()
    parsed = [to_parsed_document(d.text, out) for d, out in zip(batch, outputs, strict=True)]
    converted_at = time.perf_counter()
    for parse in parsed:
        attribute(parse)
    split.stanza_s += parsed_at - started
    split.convert_s += converted_at - parsed_at
    split.attribute_s += time.perf_counter() - converted_at
    result.seconds += parsed_at - started
    for document in batch:
        result.add(document.words, parsed_at - started)


def run_in_process(documents: Sequence[Document], batch_size: int, threads: int) -> InProcessRun:
    """Loads the pipeline, warms it up on one document, then times the corpus."""
    import torch

    from quotes_server.nlp import load_parser

    parser = load_parser(threads=threads)
    parser._pipeline(_stanza_documents(documents[:1]))  # first-call setup, not timed
    result = ModeResult("in-process", 1)  # one caller; the batch size is in the report
    split = TimeSplit()
    total = -(-len(documents) // batch_size)
    for number, batch in enumerate(batches(documents, batch_size), 1):
        _run_batch(parser, batch, result, split)
        print(f"  batch {number}/{total}: {result.seconds:.1f} s so far", flush=True)
    result.rss_mb = rss_mb("self", "VmHWM")
    info = parser.info
    run = InProcessRun(
        result,
        split,
        torch.get_num_threads(),
        {"name": info.name, "version": info.version, "source": info.source},
    )
    del parser
    gc.collect()
    return run
