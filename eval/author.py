"""Turn inline-annotated passages (``*.annot``) into gold JSONL with character offsets.

Format (see eval/README.md for the annotation conventions themselves)::

    ### dev-001 [direct_cue_after, pronoun]
    "{C1|We will win,}" {S1|she} {V1|said}.
    @1 direct; Jane Doe; person; verb

* ``### ID [case, ...]`` starts a passage. An optional ``file=PATH`` after the cases
  says the plain text must equal that file's content exactly (used for the seed).
* The text runs until the first ``@`` line or the next ``###``. Its lines are joined
  with ``\\n`` (a blank line gives a ``\\n\\n`` paragraph break); trailing blank lines
  are dropped, so a text never ends with a newline.
* Spans are written ``{LABEL|...}`` and nest. Labels: ``C`` content, ``S`` speaker,
  ``V`` cue, ``P`` a quoted part, ``R`` a source, each followed by quote numbers
  (``S1,2`` = speaker span of quotes 1 and 2); ``D`` a decoy (quotation marks that
  are not a quote). ``{``, ``|`` and ``}`` never occur in the passages themselves.
* ``@N type; speaker name or -; speaker kind; cue kind or -[; co=Name, Name]``.
* Lines starting with ``#`` (but not ``###``) outside a passage are comments.

Usage: ``python -m eval.author eval/gold/dev.annot eval/gold/dev.jsonl``
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

HEADER = re.compile(r"^### (?P<id>\S+) \[(?P<cases>[^\]]*)\](?:\s+file=(?P<file>\S+))?\s*$")
LABEL = re.compile(r"^(?P<kind>[CSVPRD])(?P<ids>\d+(?:,\d+)*)?$")
ATTRS = re.compile(r"^@(?P<n>\d+) (?P<body>.*)$")


class AnnotationError(ValueError):
    pass


@dataclass
class Passage:
    id: str
    cases: list[str]
    lines: list[str] = field(default_factory=list)
    attrs: dict[int, list[str]] = field(default_factory=dict)
    file: str | None = None


def split_passages(source: str) -> list[Passage]:
    passages: list[Passage] = []
    current: Passage | None = None
    in_attrs = False
    for number, line in enumerate(source.split("\n"), start=1):
        header = HEADER.match(line)
        if header:
            cases = [c.strip() for c in header["cases"].split(",") if c.strip()]
            current = Passage(header["id"], cases, file=header["file"])
            passages.append(current)
            in_attrs = False
            continue
        if current is None:
            if line.strip() and not line.startswith("#"):
                raise AnnotationError(f"line {number}: text outside a passage")
            continue
        attrs = ATTRS.match(line)
        if attrs:
            in_attrs = True
            n = int(attrs["n"])
            if n in current.attrs:
                raise AnnotationError(f"{current.id}: quote {n} described twice")
            current.attrs[n] = [part.strip() for part in attrs["body"].split(";")]
        elif in_attrs:
            if line.strip():
                raise AnnotationError(f"line {number}: text after the @ lines of {current.id}")
        else:
            current.lines.append(line)
    return passages


@dataclass(frozen=True)
class Marked:
    kind: str
    ids: tuple[int, ...]
    start: int
    end: int


def strip_markup(marked: str) -> tuple[str, list[Marked]]:
    """The plain text and every ``{LABEL|...}`` span in plain-text offsets."""
    out: list[str] = []
    stack: list[tuple[str, tuple[int, ...], int]] = []
    spans: list[Marked] = []
    pos = 0
    i = 0
    while i < len(marked):
        ch = marked[i]
        if ch == "{":
            bar = marked.find("|", i)
            label = LABEL.match(marked[i + 1 : bar]) if bar > 0 else None
            if label is None:
                raise AnnotationError(f"bad label at {marked[i : i + 20]!r}")
            ids = tuple(int(x) for x in label["ids"].split(",")) if label["ids"] else ()
            if (label["kind"] == "D") != (not ids):
                raise AnnotationError(
                    f"label {marked[i + 1 : bar]!r}: D takes no number, others need one"
                )
            stack.append((label["kind"], ids, pos))
            i = bar + 1
            continue
        if ch == "}":
            if not stack:
                raise AnnotationError(f"unbalanced '}}' near {marked[max(0, i - 20) : i + 1]!r}")
            kind, ids, start = stack.pop()
            spans.append(Marked(kind, ids, start, pos))
            i += 1
            continue
        if ch == "|":
            raise AnnotationError(f"stray '|' near {marked[max(0, i - 20) : i + 1]!r}")
        out.append(ch)
        pos += 1
        i += 1
    if stack:
        raise AnnotationError(f"unclosed label {stack[-1][0]}")
    return "".join(out), spans


def _one(spans: list[Marked], kind: str, n: int, pid: str, required: bool) -> list[int] | None:
    found = [s for s in spans if s.kind == kind and n in s.ids]
    if len(found) > 1:
        raise AnnotationError(f"{pid}: quote {n} has {len(found)} {kind} spans")
    if not found:
        if required:
            raise AnnotationError(f"{pid}: quote {n} has no {kind} span")
        return None
    return [found[0].start, found[0].end]


def build_record(passage: Passage, root: Path | None = None) -> dict[str, Any]:
    lines = list(passage.lines)
    while lines and not lines[-1].strip():
        lines.pop()
    text, spans = strip_markup("\n".join(lines))
    if passage.file is not None and root is not None:
        expected = (root / passage.file).read_text(encoding="utf-8")
        if expected != text:
            at = next(
                (i for i, (a, b) in enumerate(zip(expected, text, strict=False)) if a != b),
                min(len(expected), len(text)),
            )
            raise AnnotationError(
                f"{passage.id}: text differs from {passage.file} at {at}: "
                f"{expected[at - 20 : at + 20]!r} vs {text[at - 20 : at + 20]!r}"
            )
    numbers = sorted({n for s in spans for n in s.ids})
    if numbers != sorted(passage.attrs):
        raise AnnotationError(
            f"{passage.id}: spans name quotes {numbers}, @ lines {sorted(passage.attrs)}"
        )
    quotes: list[dict[str, Any]] = []
    for n in numbers:
        fields = passage.attrs[n]
        if len(fields) not in (4, 5):
            raise AnnotationError(f"{passage.id}: @{n} needs 4 or 5 fields, got {fields}")
        qtype, name, kind, cue_kind = fields[:4]
        co: list[str] = []
        if len(fields) == 5:
            if not fields[4].startswith("co="):
                raise AnnotationError(f"{passage.id}: @{n} fifth field must be co=...")
            co = [c.strip() for c in fields[4][3:].split(",") if c.strip()]
        parts = sorted([s.start, s.end] for s in spans if s.kind == "P" and n in s.ids)
        quotes.append(
            {
                "type": qtype,
                "content": _one(spans, "C", n, passage.id, required=True),
                "parts": parts,
                "speaker": _one(spans, "S", n, passage.id, required=False),
                "speaker_name": None if name == "-" else name,
                "speaker_kind": kind,
                "co_speakers": co,
                "cue": _one(spans, "V", n, passage.id, required=False),
                "cue_kind": None if cue_kind == "-" else cue_kind,
                "source": _one(spans, "R", n, passage.id, required=False),
            }
        )
    quotes.sort(key=lambda q: (q["content"][0], q["content"][1]))
    decoys = sorted([s.start, s.end] for s in spans if s.kind == "D")
    return {
        "id": passage.id,
        "cases": passage.cases,
        "text": text,
        "quotes": quotes,
        "decoys": decoys,
    }


def convert(source: Path, target: Path, root: Path | None = None) -> list[dict[str, Any]]:
    records = [build_record(p, root) for p in split_passages(source.read_text(encoding="utf-8"))]
    ids = [r["id"] for r in records]
    if len(set(ids)) != len(ids):
        raise AnnotationError("duplicate passage ids")
    with target.open("w", encoding="utf-8") as fh:
        for record in records:
            fh.write(json.dumps(record, ensure_ascii=False) + "\n")
    return records


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("source", type=Path)
    parser.add_argument("target", type=Path)
    parser.add_argument(
        "--root",
        type=Path,
        default=None,
        help="folder for file=PATH headers (default: the shared/ folder beside the repository)",
    )
    args = parser.parse_args(argv)
    root = args.root or Path(__file__).resolve().parent.parent.parent / "shared"
    try:
        records = convert(args.source, args.target, root)
    except AnnotationError as err:
        print(f"error: {err}", file=sys.stderr)
        return 1
    print(
        f"{args.target}: {len(records)} passages, {sum(len(r['quotes']) for r in records)} quotes"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
