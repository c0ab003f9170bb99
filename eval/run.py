"""Run the real pipeline (parser + engine) over the gold sets and score it.

Usage: ``python -m eval.run [--gold PATH ...] [--models-dir DIR] [--predictions OUT.jsonl]``

For each gold file it prints the score tables and writes ``eval/results/<name>.json``.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol

from eval.score import (
    PassageRec,
    format_report,
    load_jsonl,
    parse_passage,
    percent,
    score,
    text_table,
)

if TYPE_CHECKING:
    from quotes_server.engine import Attribution

EVAL_DIR = Path(__file__).resolve().parent
REPO_ROOT = EVAL_DIR.parent
# The development set, the seed article, then the held-out rounds in the order written.
DEFAULT_GOLD = (
    EVAL_DIR / "gold" / "dev.jsonl",
    EVAL_DIR / "gold" / "seed.jsonl",
    EVAL_DIR / "gold" / "test.jsonl",
    *sorted((EVAL_DIR / "gold").glob("holdout*.jsonl"), key=lambda p: (len(p.stem), p.stem)),
)
SUMMARY_METRICS = ("detection", "type", "speaker", "cue", "end_to_end", "speaker_name")
RESULTS_DIR = EVAL_DIR / "results"


class Pipeline(Protocol):
    def __call__(self, text: str) -> Attribution: ...


def _span(span: Any) -> list[int] | None:
    return None if span is None else [span.start, span.end]


def attribution_to_record(passage_id: str, text: str, attribution: Attribution) -> dict[str, Any]:
    """The engine's result in the gold schema (eval/README.md)."""
    speakers = {speaker.id: speaker for speaker in attribution.speakers}
    quotes = []
    for quote in sorted(attribution.quotes, key=lambda q: (q.content.start, q.content.end)):
        speaker = speakers.get(quote.speaker_id) if quote.speaker_id else None
        quotes.append(
            {
                "type": quote.type.value,
                "content": _span(quote.content),
                "parts": [_span(part) for part in quote.quoted_parts],
                "speaker": _span(quote.speaker_mention),
                "speaker_name": speaker.name if speaker is not None and speaker.name else None,
                "speaker_kind": speaker.kind.value if speaker is not None else "unknown",
                "cue": _span(quote.cue.span) if quote.cue is not None else None,
                "cue_kind": quote.cue.kind.value if quote.cue is not None else None,
                "source": _span(quote.source),
                "confidence": quote.confidence,
            }
        )
    return {"id": passage_id, "text": text, "quotes": quotes}


def load_pipeline(models_dir: Path | None, threads: int | None) -> Pipeline:
    """``text -> Attribution`` with the real parser and engine."""
    try:
        import quotes_server  # noqa: F401
    except ImportError:
        sys.path.insert(0, str(REPO_ROOT / "server"))
    from quotes_server.engine import EngineOptions, attribute
    from quotes_server.nlp import load_parser

    parser = load_parser(models_dir, threads=threads)
    options = EngineOptions()

    def run(text: str) -> Attribution:
        return attribute(parser.parse(text), options)

    return run


def predict(
    pipeline: Pipeline, gold: Sequence[PassageRec]
) -> tuple[list[dict[str, Any]], list[str]]:
    """Predictions for every passage; one that fails gets no quotes and an error line."""
    records: list[dict[str, Any]] = []
    errors: list[str] = []
    for passage in gold:
        try:
            records.append(attribution_to_record(passage.id, passage.text, pipeline(passage.text)))
        except Exception as err:  # one bad passage must not hide the scores of the others
            errors.append(f"{passage.id}: {type(err).__name__}: {err}")
            records.append(
                {"id": passage.id, "text": passage.text, "quotes": [], "error": str(err)}
            )
    return records, errors


def summary_table(reports: Sequence[dict[str, Any]]) -> str:
    """One line per gold file: passages, quotes and the overall F1 of each metric."""
    header = ["set", "passages", "quotes", *(m.replace("_", " ") for m in SUMMARY_METRICS)]
    rows = []
    for report in reports:
        overall = report["overall"]
        rows.append(
            [
                Path(report["gold"]).stem,
                str(overall["passages"]),
                str(overall["n_gold"]),
                *(percent(overall["metrics"][m]["f1"]).strip() for m in SUMMARY_METRICS),
            ]
        )
    return "F1 by set\n" + text_table(header, rows)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--gold", type=Path, action="append", help="gold JSONL (repeatable; default: all)"
    )
    parser.add_argument(
        "--models-dir", type=Path, help="Stanza resources directory (default: the bundled models)"
    )
    parser.add_argument(
        "--predictions", type=Path, help="also write every prediction to this JSONL file"
    )
    parser.add_argument("--results-dir", type=Path, default=RESULTS_DIR)
    parser.add_argument("--threads", type=int, default=None, help="torch threads for the parser")
    args = parser.parse_args(argv)

    gold_paths: list[Path] = args.gold or list(DEFAULT_GOLD)
    started = time.perf_counter()
    try:
        pipeline = load_pipeline(args.models_dir, args.threads)
    except (ImportError, OSError) as err:  # engine not importable, or model files missing
        print(f"cannot load the pipeline: {err}", file=sys.stderr)
        return 2
    print(f"pipeline loaded in {time.perf_counter() - started:.1f}s")

    all_predictions: list[dict[str, Any]] = []
    reports: list[dict[str, Any]] = []
    args.results_dir.mkdir(parents=True, exist_ok=True)
    for path in gold_paths:
        gold = load_jsonl(path)
        started = time.perf_counter()
        predictions, errors = predict(pipeline, gold)
        elapsed = time.perf_counter() - started
        for error in errors:
            print(f"error: {error}", file=sys.stderr)
        all_predictions.extend(predictions)
        report = score(gold, [parse_passage(p) for p in predictions])
        report["gold"] = str(path)
        report["seconds"] = round(elapsed, 2)
        report["errors"] = errors
        print(
            format_report(report, title=f"== {path.name}: {len(gold)} passages in {elapsed:.1f}s")
        )
        print()
        out = args.results_dir / f"{path.stem}.json"
        out.write_text(json.dumps(report, indent=2) + "\n", encoding="utf-8")
        print(f"wrote {out}")
        reports.append(report)
    print()
    print(summary_table(reports))
    if args.predictions:
        args.predictions.parent.mkdir(parents=True, exist_ok=True)
        with args.predictions.open("w", encoding="utf-8") as fh:
            for record in all_predictions:
                fh.write(json.dumps(record, ensure_ascii=False) + "\n")
        print(f"wrote {args.predictions}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
