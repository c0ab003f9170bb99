"""Quote attribution over a parsed document: pure Python, no gRPC, no Stanza."""

from quotes_server.engine.attribute import attribute
from quotes_server.engine.document import ParsedDocument, Sentence, Word
from quotes_server.engine.types import (
    Attribution,
    Cue,
    CueKind,
    EngineOptions,
    Quote,
    QuoteType,
    Span,
    Speaker,
    SpeakerKind,
)

__all__ = [
    "Attribution",
    "Cue",
    "CueKind",
    "EngineOptions",
    "ParsedDocument",
    "Quote",
    "QuoteType",
    "Sentence",
    "Span",
    "Speaker",
    "SpeakerKind",
    "Word",
    "attribute",
]
