"""Find quotations at the character level, independent of the tokenizer.

Handles straight and curly double and single quotes (told apart from apostrophes),
guillemets « » and ‹ ›, low-high pairs „ “, nesting, and multi-paragraph quotes whose
paragraphs reopen with a mark and only the last one closes. An unbalanced mark never
swallows text beyond its paragraph.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from quotes_server.engine.types import Span

# Mark families: marks of one family open and close each other; families nest.
_DOUBLE = "double"
_SINGLE = "single"
_GUILLEMET = "guillemet"
_SINGLE_GUILLEMET = "single_guillemet"

_OPENERS = {
    "“": _DOUBLE,
    "„": _DOUBLE,
    "‟": _DOUBLE,
    "‘": _SINGLE,
    "‚": _SINGLE,
    "«": _GUILLEMET,
    "‹": _SINGLE_GUILLEMET,
}
_CLOSERS = {"”": _DOUBLE, "’": _SINGLE, "»": _GUILLEMET, "›": _SINGLE_GUILLEMET}
_AMBIGUOUS = {'"': _DOUBLE, "'": _SINGLE}
# “ closes a „ (German style); it is tried as a closer only when a „ is open.
_LOW_OPENERS = {"„", "‚"}
_LOW_CLOSERS = {"“": _DOUBLE, "‘": _SINGLE}

# Every mark as a word of the parse; the double family (with guillemets) alone, for
# callers that must not take an apostrophe for a quote mark.
QUOTE_MARKS = frozenset({*_OPENERS, *_CLOSERS, *_AMBIGUOUS})
OPENING_MARKS = frozenset({*_OPENERS, *_AMBIGUOUS})
DOUBLE_MARKS = frozenset(
    mark
    for table in (_OPENERS, _CLOSERS, _AMBIGUOUS)
    for mark, family in table.items()
    if family in (_DOUBLE, _GUILLEMET)
)

_PARAGRAPH_BREAK = re.compile(r"\n\s*\n|\n")
# Elisions that start with an apostrophe: the '90s, 'em, 'tis, rock 'n' roll.
_LEADING_ELISION = re.compile(r"(?:\d\d?s?\b|em\b|tis\b|twas\b|n\b|cause\b|til\b)", re.IGNORECASE)
_OPEN_CONTEXT = set(" \t\n\r([{—–-/") | {"\u00a0"}
_CLOSE_CONTEXT = set(" \t\n\r)]}.,;:!?—–-/…") | {"\u00a0"}


@dataclass(frozen=True, slots=True)
class Quotation:
    """A quoted passage: one part per paragraph it runs through."""

    parts: tuple[Span, ...]  # text inside the marks, one per paragraph
    open_mark: int  # offset of the first opening mark
    close_mark: int | None  # offset of the closing mark; None when the quote never closed
    family: str
    depth: int  # 0 for top-level quotes, 1 for a quote inside a quote

    @property
    def content(self) -> Span:
        return Span(self.parts[0].start, self.parts[-1].end)

    @property
    def outer(self) -> Span:
        """The quote with its marks."""
        end = self.close_mark + 1 if self.close_mark is not None else self.parts[-1].end
        return Span(self.open_mark, end)

    @property
    def closed(self) -> bool:
        return self.close_mark is not None


@dataclass(slots=True)
class _Open:
    family: str
    mark: str
    offset: int
    parts: list[Span]
    part_start: int


def _is_letter_or_digit(ch: str) -> bool:
    return ch.isalnum()


def _classify_single(text: str, i: int) -> str:
    """'open', 'close', 'either' or 'apostrophe' for ' and ’ at offset i."""
    before = text[i - 1] if i > 0 else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    if _is_letter_or_digit(before) and _is_letter_or_digit(after):
        return "apostrophe"  # don't, O'Brien, rock'n'roll
    if (before in _OPEN_CONTEXT or i == 0) and _LEADING_ELISION.match(text, i + 1):
        return "apostrophe"  # the '90s
    if before in _OPEN_CONTEXT or before in '"“«„':
        return "open" if after not in _CLOSE_CONTEXT or after in "-—–" else "apostrophe"
    if before.lower() == "s" and after == " " and text[i + 2 : i + 3].islower():
        return "apostrophe"  # the players' union, Frances' whole life
    if after in _CLOSE_CONTEXT or after in '"”»':
        # James' book is an apostrophe; only a pending open quote makes it a closer.
        return "close"
    return "apostrophe"


# Words that do not follow a possessive: "'hearts on their sleeves' and deserved" closes.
_AFTER_A_CLOSE = frozenset(
    {"and", "or", "but", "in", "on", "at", "to", "as", "after", "before", "when", "while"}
    | {"because", "so", "then", "for", "with", "by", "from", "if", "than", "that", "which"}
    | {"who", "he", "she", "they", "it", "we", "said", "says", "until", "since", "despite"}
    # A verb: "'BUFFERS' is the headline" (a possessive takes a noun: "the players' union").
    | {"is", "was", "are", "were", "has", "had", "will", "would", "could", "can", "may"}
)


def _ends_on_plural(text: str, i: int) -> bool:
    """A single mark after a plural ("sleeves' and") that an open single quote makes a
    close rather than a possessive ("the players' union")."""
    if text[i - 1 : i].lower() != "s" or text[i + 1 : i + 2] != " ":
        return False
    match = re.match(r"[a-z]+", text[i + 2 : i + 20])
    return match is not None and match.group() in _AFTER_A_CLOSE


def _closes_a_name(text: str, i: int, pending: _Open | None) -> bool:
    """A single mark after a plural that ends a short title-case name quoted in the middle
    of a sentence: "placards reading 'Fields Not Flats' filled the gallery" (a quote that
    opens a sentence may hold a possessive: "'The Beatles' music changed my life'")."""
    if pending is None or text[i - 1 : i].lower() != "s" or text[i + 1 : i + 2] != " ":
        return False
    before_open = text[: pending.offset].rstrip()
    if not before_open or not before_open[-1].isalnum():
        return False
    words = text[pending.offset + 1 : i].split()
    return 1 <= len(words) <= 6 and all(w[:1].isupper() or not w[:1].isalpha() for w in words)


def _classify_double(text: str, i: int) -> str:
    before = text[i - 1] if i > 0 else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    opens = before in _OPEN_CONTEXT or before in "'‘" or i == 0
    closes = after in _CLOSE_CONTEXT or after in "'’" or i + 1 == len(text)
    if opens and not closes:
        return "open"
    if closes and not opens:
        return "close"
    return "either"


def _paragraph_ends(text: str) -> list[int]:
    """Offsets where a paragraph's text ends (the start of each break)."""
    return [m.start() for m in _PARAGRAPH_BREAK.finditer(text)] + [len(text)]


def _next_paragraph_start(text: str, offset: int) -> int:
    match = _PARAGRAPH_BREAK.match(text, offset)
    return match.end() if match else offset


def _strip(span: Span, text: str) -> Span:
    start, end = span.start, span.end
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return Span(start, end)


def find_quotations(text: str) -> list[Quotation]:
    """All quotations in ``text``, outermost first within each position, sorted by start."""
    found: list[Quotation] = []
    stack: list[_Open] = []
    paragraph_ends = _paragraph_ends(text)
    p_index = 0
    i = 0
    n = len(text)
    while i < n:
        if p_index < len(paragraph_ends) - 1 and i >= paragraph_ends[p_index]:
            stack, resume = _cross_paragraph(text, stack, paragraph_ends[p_index], found)
            p_index += 1
            i = max(i, resume)
            continue
        ch = text[i]
        action, family = _mark_action(text, i, ch, stack)
        if action == "close":
            top = _find_open(stack, family)
            assert top is not None
            # Anything opened inside and left open is dropped with this close.
            while stack and stack[-1] is not top:
                stack.pop()
            stack.pop()
            parts = [*top.parts, Span(top.part_start, i)]
            _emit(found, text, parts, top, close_mark=i, depth=len(stack))
        elif action == "open":
            stack.append(_Open(family, ch, i, [], i + 1))
        i += 1
    # Whatever is still open at the end of the text ends there, unclosed.
    for depth, top in enumerate(stack):
        _emit(found, text, [*top.parts, Span(top.part_start, n)], top, close_mark=None, depth=depth)
    found.sort(key=lambda q: (q.content.start, -q.content.end))
    return found


def _mark_action(text: str, i: int, ch: str, stack: list[_Open]) -> tuple[str, str]:
    """Decide whether the character at ``i`` opens, closes, or is not a quote mark."""
    if ch in _LOW_CLOSERS and _find_open(stack, _LOW_CLOSERS[ch], low=True) is not None:
        return "close", _LOW_CLOSERS[ch]
    if ch in _OPENERS:
        if ch in ("‘",) and _classify_single(text, i) == "apostrophe":
            return "none", ""
        return "open", _OPENERS[ch]
    if ch in _CLOSERS:
        family = _CLOSERS[ch]
        if ch == "’":
            kind = _classify_single(text, i)
            pending = _find_open(stack, family)
            if kind == "apostrophe" and pending is not None and _ends_on_plural(text, i):
                return "close", family
            if kind == "apostrophe" and _closes_a_name(text, i, pending):
                return "close", family
            if kind == "apostrophe" or (kind == "close" and _find_open(stack, family) is None):
                return "none", ""
            if kind == "open":
                return "open", family  # a ’ used as an opener, as some keyboards produce
        if _find_open(stack, family) is not None:
            return "close", family
        # » opening a quote, as in German and Danish typesetting (»…«) is rare; ignore it.
        return "none", ""
    if ch in _AMBIGUOUS:
        family = _AMBIGUOUS[ch]
        kind = _classify_single(text, i) if family == _SINGLE else _classify_double(text, i)
        pending = _find_open(stack, family, same_mark=ch)
        if kind == "apostrophe" and pending is not None and _ends_on_plural(text, i):
            return "close", family
        if kind == "apostrophe" and family == _SINGLE and _closes_a_name(text, i, pending):
            return "close", family
        if kind == "apostrophe":
            return "none", ""
        if kind == "close":
            return ("close", family) if pending is not None else ("none", "")
        if kind == "open":
            return "open", family
        return ("close", family) if pending is not None else ("open", family)
    return "none", ""


def _find_open(
    stack: list[_Open], family: str, *, low: bool = False, same_mark: str | None = None
) -> _Open | None:
    for entry in reversed(stack):
        if entry.family != family:
            continue
        if low and entry.mark not in _LOW_OPENERS:
            return None
        if same_mark is not None and entry.mark != same_mark:
            return None
        return entry
    return None


def _cross_paragraph(
    text: str, stack: list[_Open], para_end: int, found: list[Quotation]
) -> tuple[list[_Open], int]:
    """At a paragraph break: keep a quote open only if the next paragraph reopens it.

    Returns the new stack and the offset where scanning resumes (past a reopening mark).
    """
    if not stack:
        return stack, para_end
    next_start = _next_paragraph_start(text, para_end)
    reopen = text[next_start] if next_start < len(text) else ""
    outer = stack[0]
    same_family = (reopen in _OPENERS and _OPENERS[reopen] == outer.family) or (
        reopen in _AMBIGUOUS and _AMBIGUOUS[reopen] == outer.family
    )
    # Nested quotes never run across paragraphs; close them where the paragraph ends.
    for depth, inner in enumerate(stack[1:], start=1):
        _emit(found, text, [*inner.parts, Span(inner.part_start, para_end)], inner, None, depth)
    if same_family:
        outer.parts.append(Span(outer.part_start, para_end))
        # The reopening mark is consumed here, so the scan must not treat it as a new quote.
        outer.part_start = next_start + 1
        return [outer], next_start + 1
    _emit(found, text, [*outer.parts, Span(outer.part_start, para_end)], outer, None, 0)
    return [], para_end


def _emit(
    found: list[Quotation],
    text: str,
    parts: list[Span],
    entry: _Open,
    close_mark: int | None,
    depth: int,
) -> None:
    stripped = tuple(p for p in (_strip(part, text) for part in parts) if p.end > p.start)
    if not stripped:
        return
    found.append(Quotation(stripped, entry.offset, close_mark, entry.family, depth))
