"""Check the gold JSONL files: schema, offsets, annotation conventions and case coverage.

Usage: ``python -m eval.validate_gold [FILE ...]`` (default: every ``eval/gold/*.jsonl``).
Exits 1 when any record breaks a rule or when a ``dev*.jsonl`` file covers a case
fewer than ``--min-per-case`` times.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from itertools import pairwise
from pathlib import Path
from typing import Any

from eval.score import CASES

GOLD_DIR = Path(__file__).resolve().parent / "gold"

TYPES = ("direct", "indirect", "mixed")
SPEAKER_KINDS = ("person", "organization", "place", "anonymous", "unknown")
CUE_KINDS = ("verb", "noun_phrase", "colon")
# straight, curly, guillemets and low-9 marks (a German closing mark is a left curly one)
OPENING_MARKS = frozenset("\"'\u201c\u2018\u00ab\u2039\u201e")
CLOSING_MARKS = frozenset("\"'\u201d\u2019\u00bb\u203a\u201c")
PRONOUNS = frozenset({"he", "she", "they", "it", "him", "her", "them", "we", "i"})


def _span(value: Any) -> tuple[int, int] | None:
    if value is None:
        return None
    if (
        isinstance(value, list)
        and len(value) == 2
        and all(isinstance(x, int) and not isinstance(x, bool) for x in value)
    ):
        return value[0], value[1]
    raise ValueError(f"not a [start, end] span: {value!r}")


def _overlap(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return max(a[0], b[0]) < min(a[1], b[1])


def _inside(inner: tuple[int, int], outer: tuple[int, int]) -> bool:
    return outer[0] <= inner[0] and inner[1] <= outer[1]


class RecordChecker:
    """Collects the problems of one record."""

    def __init__(self, record: dict[str, Any], where: str) -> None:
        self.record = record
        self.where = where
        self.text: str = record.get("text", "")
        self.errors: list[str] = []

    def error(self, message: str) -> None:
        self.errors.append(f"{self.where}: {message}")

    def span(self, value: Any, what: str, *, allow_none: bool = False) -> tuple[int, int] | None:
        try:
            span = _span(value)
        except ValueError as err:
            self.error(f"{what}: {err}")
            return None
        if span is None:
            if not allow_none:
                self.error(f"{what}: missing")
            return None
        start, end = span
        if not 0 <= start < end <= len(self.text):
            self.error(f"{what}: {span} out of range for a text of {len(self.text)}")
            return None
        piece = self.text[start:end]
        if piece != piece.strip():
            self.error(f"{what}: {piece!r} starts or ends with whitespace")
        return span

    def check(self) -> list[str]:
        record = self.record
        for key, kind in (("id", str), ("cases", list), ("text", str), ("quotes", list)):
            if not isinstance(record.get(key), kind):
                self.error(f"field {key!r} missing or not a {kind.__name__}")
        if self.errors:
            return self.errors
        for case in record["cases"]:
            if case not in CASES:
                self.error(f"unknown case {case!r}")
        if len(set(record["cases"])) != len(record["cases"]):
            self.error("a case is listed twice")
        decoys = [self.span(d, f"decoy {i}") for i, d in enumerate(record.get("decoys", []))]
        for decoy in decoys:
            if decoy is not None:
                self.check_marked(decoy, "decoy")
        quotes = [self.check_quote(q, i) for i, q in enumerate(record["quotes"])]
        for decoy in decoys:
            for quote in quotes:
                if decoy is None or quote is None:
                    continue
                content, parts, qtype = quote
                if (qtype == "direct" and _overlap(decoy, content)) or any(
                    _overlap(decoy, p) for p in parts
                ):
                    self.error(f"decoy {decoy} overlaps a quoted part")
        self.check_cases()
        return self.errors

    def check_marked(self, span: tuple[int, int], what: str, *, paragraph_ok: bool = False) -> None:
        """A span that sits inside quotation marks: a mark right before and right after."""
        start, end = span
        before = self.text[start - 1] if start > 0 else ""
        after = self.text[end] if end < len(self.text) else ""
        if before not in OPENING_MARKS:
            self.error(
                f"{what} {span} {self.text[start:end][:30]!r} is not preceded by a quotation mark"
            )
        if after not in CLOSING_MARKS and not (paragraph_ok and after == "\n"):
            self.error(
                f"{what} {span} {self.text[start:end][-30:]!r} is not followed by a quotation mark"
            )

    def check_quote(
        self, quote: Any, index: int
    ) -> tuple[tuple[int, int], list[tuple[int, int]], str] | None:
        what = f"quote {index}"
        if not isinstance(quote, dict):
            self.error(f"{what}: not an object")
            return None
        qtype = quote.get("type")
        if qtype not in TYPES:
            self.error(f"{what}: type {qtype!r} not one of {TYPES}")
        content = self.span(quote.get("content"), f"{what} content")
        speaker = self.span(quote.get("speaker"), f"{what} speaker", allow_none=True)
        cue = self.span(quote.get("cue"), f"{what} cue", allow_none=True)
        source = self.span(quote.get("source"), f"{what} source", allow_none=True)
        parts = [
            p
            for i, raw in enumerate(quote.get("parts") or [])
            if (p := self.span(raw, f"{what} part {i}"))
        ]
        if content is None:
            return None
        name = quote.get("speaker_name")
        kind = quote.get("speaker_kind")
        cue_kind = quote.get("cue_kind")
        if name is not None and (
            not isinstance(name, str) or not name.strip() or name != name.strip()
        ):
            self.error(f"{what}: speaker_name {name!r} is empty or padded")
        if kind not in SPEAKER_KINDS:
            self.error(f"{what}: speaker_kind {kind!r} not one of {SPEAKER_KINDS}")
        if name is None and kind != "unknown":
            self.error(f"{what}: a quote with no speaker_name must have speaker_kind 'unknown'")
        if speaker is None and name is not None:
            self.error(f"{what}: speaker_name {name!r} without a speaker span")
        if (cue is None) != (cue_kind is None):
            self.error(f"{what}: cue and cue_kind must both be set or both be null")
        if cue_kind is not None and cue_kind not in CUE_KINDS:
            self.error(f"{what}: cue_kind {cue_kind!r} not one of {CUE_KINDS}")
        if cue is not None:
            cue_text = self.text[cue[0] : cue[1]]
            if cue_kind == "verb" and (not cue_text.isalpha()):
                self.error(f"{what}: verb cue {cue_text!r} must be one word")
            if cue_kind == "colon" and cue_text != ":":
                self.error(f"{what}: colon cue is {cue_text!r}")
        for co in quote.get("co_speakers") or []:
            if not isinstance(co, str) or not co.strip():
                self.error(f"{what}: bad co_speaker {co!r}")
        for part in parts:
            if not _inside(part, content):
                self.error(f"{what}: part {part} outside content {content}")
        if sorted(parts) != parts or any(_overlap(a, b) for a, b in pairwise(parts)):
            self.error(f"{what}: parts unsorted or overlapping")
        if qtype == "direct":
            self.check_marked(content, f"{what} content")
            if parts:
                if len(parts) < 2 or parts[0][0] != content[0] or parts[-1][1] != content[1]:
                    self.error(
                        f"{what}: a direct quote's parts must be 2+ and span the content exactly"
                    )
                for part in parts:
                    self.check_marked(part, f"{what} part", paragraph_ok=True)
        elif qtype == "mixed":
            if not parts:
                self.error(f"{what}: a mixed quote needs its quoted parts")
            for part in parts:
                self.check_marked(part, f"{what} part")
        elif qtype == "indirect":
            if parts:
                self.error(f"{what}: an indirect quote has no quoted parts")
            if (
                content[1] < len(self.text)
                and self.text[content[1] - 1] == "."
                and not self.text[content[0] : content[1]].endswith(".m.")
            ):
                self.error(f"{what}: indirect content should not include the final period")
            if self.text[content[0] : content[1]].lower().startswith("that "):
                self.error(f"{what}: indirect content should not start with 'that'")
        holes = parts if parts else [content]
        for label, span in (("speaker", speaker), ("cue", cue), ("source", source)):
            if span is not None and any(_overlap(span, h) for h in holes):
                self.error(f"{what}: {label} {span} overlaps the quoted words")
        if source is not None and speaker is not None and _overlap(source, speaker):
            self.error(f"{what}: source overlaps speaker")
        return content, parts, str(qtype)

    def check_cases(self) -> None:
        """Each case tag must match what the annotation shows, and the other way round."""
        text = self.text
        quotes = [q for q in self.record["quotes"] if isinstance(q, dict)]
        try:
            observed = observed_cases(text, quotes, self.record.get("decoys", []))
        except (TypeError, ValueError, IndexError):
            return  # malformed spans are reported elsewhere
        tagged = set(self.record["cases"])
        for case, present in observed.items():
            if present is None:
                continue
            if present and case not in tagged:
                self.error(f"the annotation shows {case} but the case is not tagged")
            if not present and case in tagged:
                self.error(f"tagged {case} but no quote shows it")


def observed_cases(
    text: str, quotes: list[dict[str, Any]], decoys: list[Any]
) -> dict[str, bool | None]:
    """Which cases the annotation itself shows (None: not decidable from the annotation alone)."""

    def sl(span: list[int] | None) -> str:
        return "" if span is None else text[span[0] : span[1]]

    direct = [q for q in quotes if q.get("type") == "direct"]

    def cue_inside(q: dict[str, Any]) -> bool:
        cue, content = q.get("cue"), q["content"]
        return cue is not None and content[0] <= cue[0] and cue[1] <= content[1]

    return {
        "direct_cue_after": any(
            q.get("cue") and q["cue"][0] >= q["content"][1] and not cue_inside(q) for q in direct
        ),
        "direct_cue_before": any(q.get("cue") and q["cue"][1] <= q["content"][0] for q in direct),
        "split": any(cue_inside(q) for q in direct),
        "continuation": any(q.get("cue") is None and q.get("speaker") is not None for q in direct),
        "multi_paragraph": any("\n\n" in sl(q["content"]) for q in direct),
        "indirect_that": None,
        "indirect_other": None,
        "mixed": any(q.get("type") == "mixed" for q in quotes),
        "according_to": any(
            sl(q.get("cue")).lower() == "according to"
            or (
                q.get("source") is not None
                and text[: q["source"][0]].rstrip().lower().endswith("according to")
            )
            for q in quotes
        ),
        "in_a_statement": None,
        "passive_agent": None,
        "apposition_title": None,
        "coordinated": any(" and " in sl(q.get("speaker")) for q in quotes),
        "org_place_actor": any(q.get("speaker_kind") in ("organization", "place") for q in quotes),
        "anonymous": any(q.get("speaker_kind") == "anonymous" for q in quotes),
        "pronoun": any(sl(q.get("speaker")).lower() in PRONOUNS for q in quotes),
        "canonical_name": None,
        "scare_quotes": bool(decoys),
        "quote_styles": None,
    }


def extra_tag_checks(record: dict[str, Any]) -> list[str]:
    """One-way checks for the cases the annotation cannot show by itself."""
    text: str = record["text"]
    tagged = set(record["cases"])
    quotes = record["quotes"]
    problems: list[str] = []

    def need(case: str, ok: bool, why: str) -> None:
        if case in tagged and not ok:
            problems.append(f"{record['id']}: tagged {case} but {why}")

    need(
        "indirect_that",
        any(q["type"] != "direct" for q in quotes),
        "it has no indirect or mixed quote",
    )
    need(
        "indirect_other",
        any(q["type"] != "direct" for q in quotes),
        "it has no indirect or mixed quote",
    )
    need("in_a_statement", "statement" in text.lower(), "the text has no statement")
    need("passive_agent", " by " in text, "the text has no 'by'")
    need(
        "canonical_name",
        any(
            q["speaker"]
            and q["speaker_name"]
            and text[q["speaker"][0] : q["speaker"][1]] != q["speaker_name"]
            for q in quotes
        ),
        "no speaker mention differs from its canonical name",
    )
    need(
        "quote_styles",
        any(ch in text for ch in "'\u201c\u201d\u2018\u2019\u00ab\u00bb"),
        "the text has only straight double quotation marks",
    )
    return problems


def load(path: Path) -> tuple[list[dict[str, Any]], list[str]]:
    records: list[dict[str, Any]] = []
    errors: list[str] = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if not line.strip():
            continue
        try:
            value = json.loads(line)
        except json.JSONDecodeError as err:
            errors.append(f"{path.name}:{number}: invalid JSON: {err}")
            continue
        if not isinstance(value, dict):
            errors.append(f"{path.name}:{number}: not a JSON object")
            continue
        records.append(value)
    return records, errors


def validate(paths: list[Path], min_per_case: int) -> tuple[list[str], dict[str, Counter[str]]]:
    errors: list[str] = []
    coverage: dict[str, Counter[str]] = {}
    seen: set[str] = set()
    for path in paths:
        records, load_errors = load(path)
        errors.extend(load_errors)
        passages: Counter[str] = Counter()
        quotes: Counter[str] = Counter()
        for number, record in enumerate(records, start=1):
            checker = RecordChecker(record, f"{path.name}:{number} {record.get('id', '?')}")
            record_errors = checker.check()
            errors.extend(record_errors)
            if record_errors:
                continue
            errors.extend(extra_tag_checks(record))
            if record["id"] in seen:
                errors.append(f"{path.name}:{number}: duplicate id {record['id']}")
            seen.add(record["id"])
            for case in record["cases"]:
                passages[case] += 1
                quotes[case] += len(record["quotes"])
        coverage[path.name] = passages
        coverage[path.name + " quotes"] = quotes
        if path.name.startswith("dev"):
            for case in CASES:
                if passages[case] < min_per_case:
                    errors.append(
                        f"{path.name}: case {case} has {passages[case]} passages, "
                        f"fewer than {min_per_case}"
                    )
    return errors, coverage


def coverage_table(paths: list[Path], coverage: dict[str, Counter[str]]) -> str:
    names = [p.name for p in paths]
    header = ["case"] + [f"{n} (passages/quotes)" for n in names]
    rows = [
        [case] + [f"{coverage[n][case]}/{coverage[n + ' quotes'][case]}" for n in names]
        for case in CASES
    ]
    widths = [max(len(r[i]) for r in [header, *rows]) for i in range(len(header))]
    lines = ["  ".join(cell.ljust(w) for cell, w in zip(header, widths, strict=True))]
    lines.append("  ".join("-" * w for w in widths))
    lines.extend(
        "  ".join(cell.ljust(w) for cell, w in zip(row, widths, strict=True)) for row in rows
    )
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("files", nargs="*", type=Path)
    parser.add_argument("--min-per-case", type=int, default=6)
    args = parser.parse_args(argv)
    paths: list[Path] = args.files or sorted(GOLD_DIR.glob("*.jsonl"))
    if not paths:
        print("no gold files found", file=sys.stderr)
        return 1
    errors, coverage = validate(paths, args.min_per_case)
    print(coverage_table(paths, coverage))
    for path in paths:
        records, _ = load(path)
        total = sum(len(r.get("quotes", [])) for r in records)
        by_type = Counter(q.get("type") for r in records for q in r.get("quotes", []))
        decoys = sum(len(r.get("decoys", [])) for r in records)
        print(
            f"{path.name}: {len(records)} passages, {total} quotes {dict(by_type)}, {decoys} decoys"
        )
    if errors:
        print(f"\n{len(errors)} problem(s):", file=sys.stderr)
        for error in errors:
            print(f"  {error}", file=sys.stderr)
        return 1
    print("ok")
    return 0


if __name__ == "__main__":
    sys.exit(main())
