"""Result types of the attribution engine: quotes, speakers, cues and spans."""

from __future__ import annotations

import enum
from dataclasses import dataclass


class QuoteType(enum.Enum):
    DIRECT = "direct"  # the content is inside quotation marks
    INDIRECT = "indirect"  # reported speech with no quotation marks
    MIXED = "mixed"  # reported speech with a quoted fragment inside it


class CueKind(enum.Enum):
    VERB = "verb"  # a reporting verb: said, warned, told
    NOUN_PHRASE = "noun_phrase"  # a nominal cue: according to, in a statement
    COLON = "colon"  # a colon introduction with no verb: `Biden: "..."`


class SpeakerKind(enum.Enum):
    PERSON = "person"
    ORGANIZATION = "organization"
    PLACE = "place"  # a place used as an actor: "Moscow says"
    ANONYMOUS = "anonymous"  # "a senior official": never guessed as a name
    UNKNOWN = "unknown"  # an unresolved pronoun or nothing found


@dataclass(frozen=True, slots=True, order=True)
class Span:
    """``[start, end)`` in Unicode code points (Python ``str`` indices) of the input text."""

    start: int
    end: int

    def slice(self, text: str) -> str:
        return text[self.start : self.end]

    def __len__(self) -> int:
        return self.end - self.start


@dataclass(frozen=True, slots=True)
class Cue:
    span: Span
    text: str
    lemma: str
    kind: CueKind


@dataclass(frozen=True, slots=True)
class Speaker:
    """One speaker across the article, with every span that mentions it."""

    id: str
    name: str
    kind: SpeakerKind
    mentions: tuple[Span, ...]
    role: str = ""  # title or apposition: "French President", "a spokeswoman for the ministry"


@dataclass(frozen=True, slots=True)
class Quote:
    id: str
    type: QuoteType
    content: Span
    content_text: str
    speaker_id: str  # "" when no speaker was found
    speaker_mention: Span | None  # the words that name the speaker at this quote
    cue: Cue | None
    sentence_indices: tuple[int, ...]
    confidence: float
    quoted_parts: tuple[Span, ...] = ()  # the parts in quotation marks (several for split quotes)
    source: Span | None = (
        None  # a reporting source kept apart from the speaker: "according to Reuters"
    )
    co_speaker_ids: tuple[str, ...] = ()  # "Paris and Berlin said": Berlin's id, for Paris's quote


@dataclass(frozen=True, slots=True)
class Attribution:
    quotes: tuple[Quote, ...]
    speakers: tuple[Speaker, ...]


@dataclass(frozen=True, slots=True)
class EngineOptions:
    include_indirect: bool = True
    min_confidence: float = 0.0
