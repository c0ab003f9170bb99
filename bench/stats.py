"""One measured mode: what was done, how long it took, per-document latencies."""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any


def percentile(values: Sequence[float], pct: float) -> float | None:
    """Nearest-rank percentile; None for no values."""
    if not values:
        return None
    ordered = sorted(values)
    rank = max(1, math.ceil(pct / 100 * len(ordered)))
    return ordered[rank - 1]


@dataclass(slots=True)
class ModeResult:
    mode: str
    concurrency: int
    seconds: float = 0.0
    documents: int = 0  # documents with a result; failed ones are in ``errors`` only
    words: int = 0
    latencies_ms: list[float] = field(default_factory=list)
    errors: Counter[str] = field(default_factory=Counter)
    rss_mb: float | None = None
    workers: int | None = None  # the server's parser processes; None in-process

    def add(self, words: int, latency_s: float) -> None:
        self.documents += 1
        self.words += words
        self.latencies_ms.append(latency_s * 1000)

    @property
    def docs_per_s(self) -> float:
        return self.documents / self.seconds if self.seconds else 0.0

    @property
    def words_per_s(self) -> float:
        return self.words / self.seconds if self.seconds else 0.0

    def summary(self, baseline_words_per_s: float | None) -> dict[str, Any]:
        ratio = self.words_per_s / baseline_words_per_s if baseline_words_per_s else None
        return {
            "mode": self.mode,
            "concurrency": self.concurrency,
            "parser_processes": self.workers,
            "documents": self.documents,
            "words": self.words,
            "seconds": round(self.seconds, 3),
            "documents_per_s": round(self.docs_per_s, 3),
            "words_per_s": round(self.words_per_s, 1),
            "latency_ms": {f"p{p}": _round(percentile(self.latencies_ms, p)) for p in (50, 95, 99)}
            | {"max": _round(max(self.latencies_ms, default=None))},
            "rss_mb": _round(self.rss_mb),
            "ratio_to_in_process": round(ratio, 3) if ratio is not None else None,
            "errors": dict(self.errors),
        }


def _round(value: float | None) -> float | None:
    return None if value is None else round(value, 1)
