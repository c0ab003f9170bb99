"""Throughput of the service next to in-process Stanza, measured side by side in one run.

Usage: ``python -m bench.run [--quick] [--docs N] [--concurrency 1,4,16] [--batch B]``
(``make bench``). See bench/README.md for what each figure means.

Prints one table and writes every figure, with the machine's facts, to
``bench/results/bench.json``. Nothing here asserts on timings: compare the ratios of one run.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import platform
import sys
import time
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from bench.corpus import DEFAULT_CONLLU, Document, build_corpus
from bench.inprocess import InProcessRun, run_in_process
from bench.procs import cpu_model, load_average, memory_total_mb
from bench.service import ServerStartError, measure_service
from bench.stats import ModeResult, percentile

RESULTS_DIR = Path(__file__).resolve().parent / "results"
# The whole corpus (61 documents, ~23k words) runs 7 passes: about 4 minutes on 2 idle cores.
DEFAULT_DOCS: int | None = None
QUICK_DOCS = 6
DEFAULT_CONCURRENCY = (1, 4, 16)
QUICK_CONCURRENCY = (1, 4)
ENV_PREFIXES = ("OMP_", "MKL_", "QUOTES_", "STANZA_")
DEFAULT_BATCH = 8  # the server's default max_batch: both sides batch alike


@dataclass(frozen=True, slots=True)
class Options:
    docs: int | None
    concurrency: tuple[int, ...]
    batch: int
    threads: int
    conllu: Path
    output: Path
    quick: bool
    workers: tuple[int | None, ...]


def _concurrency(value: str) -> tuple[int, ...]:
    levels = tuple(int(part) for part in value.split(",") if part.strip())
    if not levels or min(levels) < 1:
        raise argparse.ArgumentTypeError("a comma-separated list of positive integers")
    return levels


def parse_options(argv: Sequence[str] | None = None) -> Options:
    parser = argparse.ArgumentParser(prog="bench.run", description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="a few documents, concurrency 1,4")
    parser.add_argument("--docs", type=int, help="the first N documents of the corpus")
    parser.add_argument("--concurrency", type=_concurrency, help="default 1,4,16")
    parser.add_argument("--batch", type=int, default=DEFAULT_BATCH, help="in-process batch")
    parser.add_argument("--threads", type=int, default=os.cpu_count() or 1, help="torch threads")
    parser.add_argument("--conllu", type=Path, default=DEFAULT_CONLLU)
    parser.add_argument("--output", type=Path, default=RESULTS_DIR / "bench.json")
    parser.add_argument(
        "--workers",
        type=_concurrency,
        help="parser process counts to compare, e.g. 1,2 (default: the server's default)",
    )
    args = parser.parse_args(argv)
    if args.docs is not None and args.docs < 1:
        parser.error("--docs must be at least 1")
    quick_docs, quick_levels = (QUICK_DOCS, QUICK_CONCURRENCY) if args.quick else (None, None)
    return Options(
        docs=args.docs or quick_docs or DEFAULT_DOCS,
        concurrency=args.concurrency or quick_levels or DEFAULT_CONCURRENCY,
        batch=max(1, args.batch),
        threads=max(1, args.threads),
        conllu=args.conllu,
        output=args.output,
        quick=args.quick,
        workers=args.workers or (None,),
    )


def machine_facts() -> dict[str, Any]:
    import grpc
    import stanza
    import torch

    return {
        "cpu_count": os.cpu_count(),
        "cpu_affinity": len(os.sched_getaffinity(0)),
        "cpu_model": cpu_model(),
        "memory_mb": memory_total_mb(),
        "platform": platform.platform(),
        "python": platform.python_version(),
        "torch": torch.__version__,
        "stanza": stanza.__version__,
        "grpcio": grpc.__version__,
        "environment": {k: v for k, v in sorted(os.environ.items()) if k.startswith(ENV_PREFIXES)},
    }


def model_snapshot() -> dict[str, list[int]]:
    """Size and mtime of each model weights file, to tell whether they changed during the run
    (the model card and other text beside them do not count)."""
    from quotes_server.nlp import resolve_source

    directory = resolve_source(None).directory
    files = sorted(path for path in directory.rglob("*.pt") if path.is_file())
    return {str(path.relative_to(directory)): _stat(path) for path in files}


def _stat(path: Path) -> list[int]:
    stat = path.stat()
    return [stat.st_size, stat.st_mtime_ns]


def corpus_facts(documents: Sequence[Document], options: Options) -> dict[str, Any]:
    words = [document.words for document in documents]
    return {
        "source": [str(options.conllu), "seeds/*.txt"],
        "documents": len(documents),
        "words": sum(words),
        "words_per_document": {
            "min": min(words),
            "p50": percentile(words, 50),
            "max": max(words),
        },
        "limited_to": options.docs,
    }


def _ms(value: float | None) -> str:
    return "-" if value is None else f"{value:.0f}"


def table(results: Sequence[ModeResult], batch: int, baseline: float) -> str:
    header = (
        f"{'mode':<22}{'procs':>6}{'conc':>5}{'docs/s':>9}{'words/s':>9}{'p50 ms':>9}{'p95 ms':>9}"
        f"{'p99 ms':>9}{'RSS MB':>8}{'x in-proc':>11}{'errors':>8}"
    )
    lines = [header, "-" * len(header)]
    for r in results:
        mode = f"in-process (batch {batch})" if r.mode == "in-process" else r.mode
        ratio = r.words_per_s / baseline if baseline else 0.0
        procs = "-" if r.workers is None else str(r.workers)
        lines.append(
            f"{mode:<22}{procs:>6}{r.concurrency:>5}{r.docs_per_s:>9.2f}{r.words_per_s:>9.0f}"
            f"{_ms(percentile(r.latencies_ms, 50)):>9}{_ms(percentile(r.latencies_ms, 95)):>9}"
            f"{_ms(percentile(r.latencies_ms, 99)):>9}{_ms(r.rss_mb):>8}{ratio:>11.2f}"
            f"{sum(r.errors.values()):>8}"
        )
    return "\n".join(lines)


def split_line(run: InProcessRun) -> str:
    shares = run.split.shares()
    return (
        f"time split in-process (parse_many vs attribute): parsing {shares['parse']:.1%} "
        f"(Stanza {shares['stanza']:.1%}, conversion {shares['convert']:.1%}), "
        f"attribution {shares['attribute']:.1%}"
    )


def notes(options: Options, loads: list[float], models_changed: bool) -> list[str]:
    lines = [
        "words = whitespace-separated tokens; latency = per document; RSS = peak of the "
        "parser processes (in-process: this process's peak)",
        f"in-process: torch threads {options.threads}; service: procs = the server's "
        "parser processes (one torch thread each)",
    ]
    if loads[0] > (os.cpu_count() or 1):
        lines.append(
            f"the machine was busy when the run began (load average {loads[0]}): "
            "absolute figures are low and noisy, and torch threads competing for busy cores "
            "slow the in-process side most (compare with --threads 1)"
        )
    if models_changed:
        lines.append("the model files changed during the run: the two sides may differ")
    return lines


def report(
    options: Options,
    documents: Sequence[Document],
    in_process: InProcessRun,
    service: Sequence[ModeResult],
    servers: Sequence[dict[str, Any]],
    timing: dict[str, Any],
) -> dict[str, Any]:
    baseline = in_process.result.words_per_s
    return {
        "machine": machine_facts(),
        "corpus": corpus_facts(documents, options),
        "in_process": {
            "torch_threads": in_process.threads,
            "batch_documents": options.batch,
            "model": in_process.model,
            "time_split": in_process.split.as_dict(),
            **in_process.result.summary(baseline),
        },
        "service": {
            "servers": list(servers),
            "modes": [result.summary(baseline) for result in service],
        },
        "run": timing | {"quick": options.quick, "concurrency": list(options.concurrency)},
    }


def announce(options: Options, documents: Sequence[Document]) -> None:
    words = sum(document.words for document in documents)
    scope = "quick subset" if options.quick else "the corpus"
    if not options.quick and options.docs is None:
        scope += ", sized to finish in about 4 minutes on 2 idle cores"
    print(f"corpus: {len(documents)} documents, {words} words ({scope})", flush=True)


def run(options: Options) -> int:
    started, loads = time.perf_counter(), load_average()
    documents = build_corpus(options.conllu, options.docs)
    announce(options, documents)
    models = model_snapshot()
    print(f"in-process Stanza, batches of {options.batch}, {options.threads} threads", flush=True)
    in_process = run_in_process(documents, options.batch, options.threads)
    print(f"  in-process: {in_process.result.seconds:.1f} s", flush=True)
    print(f"service at concurrency {','.join(map(str, options.concurrency))}", flush=True)
    if options.workers != (None,):
        print(f"  with {', '.join(map(str, options.workers))} parser processes", flush=True)
    service: list[ModeResult] = []
    servers: list[dict[str, Any]] = []
    for workers in options.workers:
        log_path = options.output.parent / (
            "server.log" if workers is None else f"server-{workers}.log"
        )
        results, server = asyncio.run(
            measure_service(documents, options.concurrency, log_path, workers)
        )
        service += results
        servers.append(server)
    models_changed = model_snapshot() != models
    timing = {
        "seconds": round(time.perf_counter() - started, 1),
        "load_average_start": loads,
        "load_average_end": load_average(),
        "model_files": models,
        "model_files_changed": models_changed,
    }
    figures = report(options, documents, in_process, service, servers, timing)
    options.output.parent.mkdir(parents=True, exist_ok=True)
    options.output.write_text(json.dumps(figures, indent=2) + "\n", encoding="utf-8")
    print()
    print(table([in_process.result, *service], options.batch, in_process.result.words_per_s))
    print(split_line(in_process))
    for line in notes(options, loads, models_changed):
        print(line)
    print(f"load average {loads} -> {timing['load_average_end']}; {timing['seconds']} s")
    print(f"figures: {options.output}")
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    options = parse_options(argv)
    try:
        return run(options)
    except ServerStartError as error:
        print(f"bench: {error}", file=sys.stderr)
        return 2
    except FileNotFoundError as error:  # no models, no corpus
        print(f"bench: {error}", file=sys.stderr)
        return 2


if __name__ == "__main__":
    sys.exit(main())
