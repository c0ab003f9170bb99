"""Score predicted quote attributions against gold annotations.

Gold and predictions share one JSON-lines schema (eval/README.md); predictions may
add ``confidence`` and leave out any field but ``content``. A predicted quote matches
a gold quote when their content spans overlap with a character-level Jaccard of at
least 0.5; pairs are taken one-to-one, greedily, best overlap first.

Metrics (precision = correct / predicted quotes, recall = correct / gold quotes):

* ``detection``: the content matched;
* ``type``: matched, and the same type (direct / indirect / mixed);
* ``speaker``: matched, and the speaker is right: the normalised names are equal
  (a gold ``co_speakers`` name counts too) or the speaker spans overlap; a gold quote
  with no speaker is right only when the prediction has none either;
* ``cue``: matched, and the cue spans overlap (or both have no cue);
* ``end_to_end``: matched, and the speaker is right;
* ``speaker_name`` (stricter, for reference): matched, and the names are equal.

Every metric is given overall and per case: a passage's quotes count toward each of
the cases it is tagged with. ``decoy_hits`` counts unmatched predicted quotes that
cover a gold decoy (scare quotes, titles); ``source_as_speaker`` counts matched quotes
whose predicted speaker is the gold ``source`` ("according to Reuters").

Usage: ``python -m eval.score GOLD.jsonl PREDICTED.jsonl [--json OUT.json]``
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

SpanT = tuple[int, int]

THRESHOLD = 0.5
METRICS = ("detection", "type", "speaker", "cue", "end_to_end", "speaker_name")
CASES = (
    "direct_cue_after",
    "direct_cue_before",
    "split",
    "continuation",
    "multi_paragraph",
    "indirect_that",
    "indirect_other",
    "mixed",
    "according_to",
    "in_a_statement",
    "passive_agent",
    "apposition_title",
    "coordinated",
    "org_place_actor",
    "anonymous",
    "pronoun",
    "canonical_name",
    "scare_quotes",
    "quote_styles",
)


@dataclass(frozen=True, slots=True)
class QuoteRec:
    content: SpanT
    type: str | None = None
    speaker: SpanT | None = None
    speaker_name: str | None = None
    co_speakers: tuple[str, ...] = ()
    cue: SpanT | None = None
    source: SpanT | None = None
    parts: tuple[SpanT, ...] = ()
    confidence: float | None = None


@dataclass(frozen=True, slots=True)
class PassageRec:
    id: str
    text: str
    cases: tuple[str, ...]
    quotes: tuple[QuoteRec, ...]
    decoys: tuple[SpanT, ...] = ()


def _span(value: Any) -> SpanT | None:
    if value is None:
        return None
    start, end = value
    return int(start), int(end)


def parse_quote(raw: Mapping[str, Any]) -> QuoteRec:
    content = _span(raw.get("content"))
    if content is None:
        raise ValueError(f"quote without content: {raw!r}")
    confidence = raw.get("confidence")
    return QuoteRec(
        content=content,
        type=raw.get("type"),
        speaker=_span(raw.get("speaker")),
        speaker_name=raw.get("speaker_name"),
        co_speakers=tuple(raw.get("co_speakers") or ()),
        cue=_span(raw.get("cue")),
        source=_span(raw.get("source")),
        parts=tuple(s for p in raw.get("parts") or () if (s := _span(p)) is not None),
        confidence=None if confidence is None else float(confidence),
    )


def parse_passage(raw: Mapping[str, Any]) -> PassageRec:
    return PassageRec(
        id=str(raw["id"]),
        text=str(raw.get("text", "")),
        cases=tuple(raw.get("cases") or ()),
        quotes=tuple(parse_quote(q) for q in raw.get("quotes") or ()),
        decoys=tuple(s for d in raw.get("decoys") or () if (s := _span(d)) is not None),
    )


def load_jsonl(path: Path) -> list[PassageRec]:
    with path.open(encoding="utf-8") as fh:
        return [parse_passage(json.loads(line)) for line in fh if line.strip()]


# --- matching --------------------------------------------------------------------------


def overlap(a: SpanT, b: SpanT) -> int:
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


def jaccard(a: SpanT, b: SpanT) -> float:
    inter = overlap(a, b)
    union = (a[1] - a[0]) + (b[1] - b[0]) - inter
    return inter / union if union > 0 else 0.0


def match_quotes(
    gold: Sequence[QuoteRec], pred: Sequence[QuoteRec], threshold: float = THRESHOLD
) -> list[tuple[int, int]]:
    """One-to-one (gold index, predicted index) pairs, greedily by content Jaccard."""
    candidates = sorted(
        (
            (-j, gi, pi)
            for gi, g in enumerate(gold)
            for pi, p in enumerate(pred)
            if (j := jaccard(g.content, p.content)) >= threshold
        )
    )
    used_gold: set[int] = set()
    used_pred: set[int] = set()
    pairs: list[tuple[int, int]] = []
    for _, gi, pi in candidates:
        if gi in used_gold or pi in used_pred:
            continue
        used_gold.add(gi)
        used_pred.add(pi)
        pairs.append((gi, pi))
    return sorted(pairs)


# --- per-quote judgements ----------------------------------------------------------------

_SPACES = re.compile(r"\s+")


def normalise_name(name: str | None) -> str:
    """Case- and space-insensitive form of a name; a leading "the" and edge punctuation go."""
    if not name:
        return ""
    value = _SPACES.sub(" ", name).strip().lower()
    value = value.removeprefix("the ")
    return value.strip(" .,;:'\"\u201c\u201d\u2018\u2019")


def same_name(gold: QuoteRec, pred: QuoteRec) -> bool:
    predicted = normalise_name(pred.speaker_name)
    if not predicted:
        return False
    return predicted in {normalise_name(n) for n in (gold.speaker_name, *gold.co_speakers) if n}


def speaker_correct(gold: QuoteRec, pred: QuoteRec) -> bool:
    if gold.speaker is None and not gold.speaker_name:
        return pred.speaker is None and not normalise_name(pred.speaker_name)
    if same_name(gold, pred):
        return True
    return (
        gold.speaker is not None
        and pred.speaker is not None
        and overlap(gold.speaker, pred.speaker) > 0
    )


def cue_correct(gold: QuoteRec, pred: QuoteRec) -> bool:
    if gold.cue is None or pred.cue is None:
        return gold.cue is None and pred.cue is None
    return overlap(gold.cue, pred.cue) > 0


def source_as_speaker(gold: QuoteRec, pred: QuoteRec, text: str) -> bool:
    if gold.source is None:
        return False
    if pred.speaker is not None and overlap(gold.source, pred.speaker) > 0:
        return True
    source_name = normalise_name(text[gold.source[0] : gold.source[1]])
    return bool(source_name) and normalise_name(pred.speaker_name) == source_name


def judge(gold: QuoteRec, pred: QuoteRec) -> dict[str, bool]:
    speaker = speaker_correct(gold, pred)
    return {
        "detection": True,
        "type": gold.type is not None and gold.type == pred.type,
        "speaker": speaker,
        "cue": cue_correct(gold, pred),
        "end_to_end": speaker,
        "speaker_name": same_name(gold, pred)
        or (
            gold.speaker is None and not gold.speaker_name and not normalise_name(pred.speaker_name)
        ),
    }


# --- tallies -------------------------------------------------------------------------------


@dataclass
class Tally:
    n_gold: int = 0
    n_pred: int = 0
    correct: dict[str, int] = field(default_factory=lambda: dict.fromkeys(METRICS, 0))
    decoy_hits: int = 0
    source_as_speaker: int = 0
    passages: int = 0

    def add(self, other: Tally) -> None:
        self.n_gold += other.n_gold
        self.n_pred += other.n_pred
        for name in METRICS:
            self.correct[name] += other.correct[name]
        self.decoy_hits += other.decoy_hits
        self.source_as_speaker += other.source_as_speaker
        self.passages += other.passages

    def as_dict(self) -> dict[str, Any]:
        return {
            "passages": self.passages,
            "n_gold": self.n_gold,
            "n_pred": self.n_pred,
            "metrics": {
                name: prf(self.correct[name], self.n_pred, self.n_gold) for name in METRICS
            },
            "decoy_hits": self.decoy_hits,
            "source_as_speaker": self.source_as_speaker,
        }


def prf(correct: int, n_pred: int, n_gold: int) -> dict[str, float | int | None]:
    precision = correct / n_pred if n_pred else None
    recall = correct / n_gold if n_gold else None
    if precision is None or recall is None:
        f1 = None
    else:
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {"correct": correct, "precision": precision, "recall": recall, "f1": f1}


def score_passage(gold: PassageRec, pred: PassageRec | None) -> Tally:
    predicted = pred.quotes if pred is not None else ()
    tally = Tally(n_gold=len(gold.quotes), n_pred=len(predicted), passages=1)
    pairs = match_quotes(gold.quotes, predicted)
    for gi, pi in pairs:
        g, p = gold.quotes[gi], predicted[pi]
        for name, ok in judge(g, p).items():
            tally.correct[name] += int(ok)
        tally.source_as_speaker += int(source_as_speaker(g, p, gold.text))
    matched = {pi for _, pi in pairs}
    for pi, p in enumerate(predicted):
        if pi not in matched and any(jaccard(d, p.content) >= THRESHOLD for d in gold.decoys):
            tally.decoy_hits += 1
    return tally


def score(gold: Iterable[PassageRec], pred: Iterable[PassageRec]) -> dict[str, Any]:
    """The report: ``overall``, ``per_case`` (known cases in CASES order) and bookkeeping."""
    gold_list = list(gold)
    by_id = {p.id: p for p in pred}
    overall = Tally()
    per_case: dict[str, Tally] = {}
    for passage in gold_list:
        tally = score_passage(passage, by_id.get(passage.id))
        overall.add(tally)
        for case in passage.cases:
            per_case.setdefault(case, Tally()).add(tally)
    gold_ids = {p.id for p in gold_list}
    return {
        "overall": overall.as_dict(),
        "per_case": {case: per_case[case].as_dict() for case in sorted(per_case, key=_case_rank)},
        "missing_predictions": [p.id for p in gold_list if p.id not in by_id],
        "unknown_predictions": sorted(set(by_id) - gold_ids),
        "threshold": THRESHOLD,
    }


def _case_rank(case: str) -> tuple[int, str]:
    return (CASES.index(case), "") if case in CASES else (len(CASES), case)


# --- printing ------------------------------------------------------------------------------


def percent(value: float | int | None) -> str:
    return "-" if value is None else f"{100 * value:5.1f}"


def text_table(header: Sequence[str], rows: Sequence[Sequence[str]]) -> str:
    widths = [max(len(row[i]) for row in [header, *rows]) for i in range(len(header))]
    lines = [
        "  ".join(
            c.rjust(w) if i else c.ljust(w)
            for i, (c, w) in enumerate(zip(header, widths, strict=True))
        )
    ]
    lines.append("  ".join("-" * w for w in widths))
    for row in rows:
        lines.append(
            "  ".join(
                c.rjust(w) if i else c.ljust(w)
                for i, (c, w) in enumerate(zip(row, widths, strict=True))
            )
        )
    return "\n".join(lines)


def format_report(report: Mapping[str, Any], title: str = "") -> str:
    overall = report["overall"]
    out: list[str] = []
    if title:
        out.append(title)
    out.append(
        f"passages {overall['passages']}  gold quotes {overall['n_gold']}  "
        f"predicted {overall['n_pred']}  decoy hits {overall['decoy_hits']}  "
        f"source taken as speaker {overall['source_as_speaker']}"
    )
    rows = [
        [name, str(m["correct"]), percent(m["precision"]), percent(m["recall"]), percent(m["f1"])]
        for name, m in overall["metrics"].items()
    ]
    out.append(text_table(["metric", "correct", "P", "R", "F1"], rows))
    out.append("")
    short = {
        "detection": "det",
        "type": "type",
        "speaker": "spk",
        "cue": "cue",
        "end_to_end": "e2e",
    }
    case_rows = []
    for case, tally in report["per_case"].items():
        metrics = tally["metrics"]
        case_rows.append(
            [case, str(tally["n_gold"]), str(tally["n_pred"])]
            + [percent(metrics[name]["f1"]) for name in short]
            + [str(tally["decoy_hits"])]
        )
    out.append(text_table(["case (F1)", "gold", "pred", *short.values(), "decoys"], case_rows))
    if report.get("missing_predictions"):
        out.append(f"no prediction for {len(report['missing_predictions'])} passage(s)")
    return "\n".join(out)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("gold", type=Path)
    parser.add_argument("predicted", type=Path)
    parser.add_argument("--json", type=Path, help="also write the report here")
    args = parser.parse_args(argv)
    report = score(load_jsonl(args.gold), load_jsonl(args.predicted))
    print(format_report(report, title=f"{args.predicted} against {args.gold}"))
    if args.json:
        args.json.parent.mkdir(parents=True, exist_ok=True)
        args.json.write_text(json.dumps(report, indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
