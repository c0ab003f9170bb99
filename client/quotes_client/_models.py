"""The results of the service as frozen dataclasses; protobuf only through to_proto/from_proto.

Spans are ``[start, end)`` Unicode code point offsets into the exact text sent, so
``span.slice(text)`` (or ``text[span.start:span.end]``) gives the spanned words.
"""

from __future__ import annotations

import enum
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import TypeVar

from google.protobuf.internal.enum_type_wrapper import EnumTypeWrapper
from grpc_health.v1 import health_pb2

from quotes.v1 import quote_service_pb2 as pb


class QuoteType(enum.Enum):
    UNSPECIFIED = "unspecified"  # sent by no current server; kept for forward compatibility
    DIRECT = "direct"  # the content is inside quotation marks
    INDIRECT = "indirect"  # reported speech with no quotation marks
    MIXED = "mixed"  # reported speech with a quoted fragment inside it


class CueKind(enum.Enum):
    UNSPECIFIED = "unspecified"
    VERB = "verb"  # said, warned, told
    NOUN_PHRASE = "noun_phrase"  # according to, in a statement
    COLON = "colon"  # Biden: "..."


class ServingStatus(enum.Enum):
    """A server's answer to the standard gRPC health check."""

    UNKNOWN = "UNKNOWN"
    SERVING = "SERVING"
    NOT_SERVING = "NOT_SERVING"
    SERVICE_UNKNOWN = "SERVICE_UNKNOWN"

    @classmethod
    def from_proto(cls, status: int) -> ServingStatus:
        try:
            return cls(health_pb2.HealthCheckResponse.ServingStatus.Name(status))
        except ValueError:  # a status newer than this client
            return cls.UNKNOWN


class SpeakerKind(enum.Enum):
    UNSPECIFIED = "unspecified"
    PERSON = "person"
    ORGANIZATION = "organization"
    PLACE = "place"  # a place standing for its government: "Moscow says"
    ANONYMOUS = "anonymous"  # "a senior official"
    UNKNOWN = "unknown"  # an unresolved pronoun, or nothing found


_E = TypeVar("_E", QuoteType, CueKind, SpeakerKind)


def _enum_from_proto(kind: type[_E], wrapper: EnumTypeWrapper, prefix: str, number: int) -> _E:
    """The member named like the proto value; UNSPECIFIED for a value this client lacks."""
    try:
        member = wrapper.Name(number).removeprefix(prefix)
    except ValueError:  # a value added to the proto after this client was built
        member = "UNSPECIFIED"
    return kind[member] if member in kind.__members__ else kind["UNSPECIFIED"]


@dataclass(frozen=True, slots=True, order=True)
class Span:
    """``[start, end)`` in Unicode code points of the text sent."""

    start: int
    end: int

    def slice(self, text: str) -> str:
        return text[self.start : self.end]

    def __len__(self) -> int:
        return self.end - self.start

    def to_proto(self) -> pb.Span:
        return pb.Span(start=self.start, end=self.end)

    @classmethod
    def from_proto(cls, message: pb.Span) -> Span:
        return cls(start=message.start, end=message.end)


@dataclass(frozen=True, slots=True)
class Cue:
    """The words that introduce a quote: "said", "according to", a colon."""

    span: Span
    text: str
    lemma: str
    kind: CueKind

    def to_proto(self) -> pb.Cue:
        return pb.Cue(
            span=self.span.to_proto(),
            text=self.text,
            lemma=self.lemma,
            kind=f"CUE_KIND_{self.kind.name}",
        )

    @classmethod
    def from_proto(cls, message: pb.Cue) -> Cue:
        return cls(
            span=Span.from_proto(message.span),
            text=message.text,
            lemma=message.lemma,
            kind=_enum_from_proto(CueKind, pb.CueKind, "CUE_KIND_", message.kind),
        )


@dataclass(frozen=True, slots=True)
class Quote:
    id: str
    type: QuoteType
    content: Span
    content_text: str
    speaker_id: str  # "" when no speaker was found
    speaker_mention: Span | None
    cue: Cue | None
    sentence_indices: tuple[int, ...]
    confidence: float
    quoted_parts: tuple[Span, ...] = ()
    source: Span | None = None  # "according to Reuters"
    co_speaker_ids: tuple[str, ...] = ()  # "Paris and Berlin said": Berlin, for Paris's quote

    def to_proto(self) -> pb.Quote:
        message = pb.Quote(
            id=self.id,
            type=f"QUOTE_TYPE_{self.type.name}",
            content=self.content.to_proto(),
            content_text=self.content_text,
            quoted_parts=[part.to_proto() for part in self.quoted_parts],
            speaker_id=self.speaker_id,
            co_speaker_ids=self.co_speaker_ids,
            sentence_indices=self.sentence_indices,
            confidence=self.confidence,
        )
        if self.speaker_mention is not None:
            message.speaker_mention.CopyFrom(self.speaker_mention.to_proto())
        if self.cue is not None:
            message.cue.CopyFrom(self.cue.to_proto())
        if self.source is not None:
            message.source.CopyFrom(self.source.to_proto())
        return message

    @classmethod
    def from_proto(cls, message: pb.Quote) -> Quote:
        return cls(
            id=message.id,
            type=_enum_from_proto(QuoteType, pb.QuoteType, "QUOTE_TYPE_", message.type),
            content=Span.from_proto(message.content),
            content_text=message.content_text,
            speaker_id=message.speaker_id,
            speaker_mention=(
                Span.from_proto(message.speaker_mention)
                if message.HasField("speaker_mention")
                else None
            ),
            cue=Cue.from_proto(message.cue) if message.HasField("cue") else None,
            sentence_indices=tuple(message.sentence_indices),
            confidence=message.confidence,
            quoted_parts=tuple(Span.from_proto(part) for part in message.quoted_parts),
            source=Span.from_proto(message.source) if message.HasField("source") else None,
            co_speaker_ids=tuple(message.co_speaker_ids),
        )


@dataclass(frozen=True, slots=True)
class Speaker:
    id: str
    name: str
    kind: SpeakerKind
    mentions: tuple[Span, ...]
    role: str = ""  # "French President"

    def to_proto(self) -> pb.Speaker:
        return pb.Speaker(
            id=self.id,
            name=self.name,
            kind=f"SPEAKER_KIND_{self.kind.name}",
            role=self.role,
            mentions=[span.to_proto() for span in self.mentions],
        )

    @classmethod
    def from_proto(cls, message: pb.Speaker) -> Speaker:
        return cls(
            id=message.id,
            name=message.name,
            kind=_enum_from_proto(SpeakerKind, pb.SpeakerKind, "SPEAKER_KIND_", message.kind),
            mentions=tuple(Span.from_proto(span) for span in message.mentions),
            role=message.role,
        )


@dataclass(frozen=True, slots=True)
class Word:
    """One syntactic word; ``index`` and ``head`` are 1-based in the sentence (0 = root)."""

    index: int
    text: str
    lemma: str
    upos: str
    xpos: str
    feats: str
    head: int
    deprel: str
    span: Span

    def to_proto(self) -> pb.Word:
        return pb.Word(
            index=self.index,
            text=self.text,
            lemma=self.lemma,
            upos=self.upos,
            xpos=self.xpos,
            feats=self.feats,
            head=self.head,
            deprel=self.deprel,
            span=self.span.to_proto(),
        )

    @classmethod
    def from_proto(cls, message: pb.Word) -> Word:
        return cls(
            index=message.index,
            text=message.text,
            lemma=message.lemma,
            upos=message.upos,
            xpos=message.xpos,
            feats=message.feats,
            head=message.head,
            deprel=message.deprel,
            span=Span.from_proto(message.span),
        )


@dataclass(frozen=True, slots=True)
class Sentence:
    index: int
    span: Span
    words: tuple[Word, ...]

    def to_proto(self) -> pb.Sentence:
        return pb.Sentence(
            index=self.index,
            span=self.span.to_proto(),
            words=[word.to_proto() for word in self.words],
        )

    @classmethod
    def from_proto(cls, message: pb.Sentence) -> Sentence:
        return cls(
            index=message.index,
            span=Span.from_proto(message.span),
            words=tuple(Word.from_proto(word) for word in message.words),
        )


@dataclass(frozen=True, slots=True)
class ModelInfo:
    name: str
    version: str
    scores: Mapping[str, float] = field(default_factory=dict)

    def to_proto(self) -> pb.ModelInfo:
        return pb.ModelInfo(name=self.name, version=self.version, scores=dict(self.scores))

    @classmethod
    def from_proto(cls, message: pb.ModelInfo) -> ModelInfo:
        return cls(name=message.name, version=message.version, scores=dict(message.scores))


@dataclass(frozen=True, slots=True)
class AttributionResult:
    """The quotes and speakers of one document."""

    document_id: str
    quotes: tuple[Quote, ...]
    speakers: tuple[Speaker, ...]
    sentences: tuple[Sentence, ...] = ()  # filled only when include_parse was asked for
    model: ModelInfo | None = None
    index: int = 0  # position in the input of attribute_many; 0 for attribute

    def speaker(self, speaker_id: str) -> Speaker | None:
        """The speaker with this id; None for "" (no speaker) or an unknown id."""
        return next((s for s in self.speakers if s.id == speaker_id), None)

    def to_proto(self) -> pb.AttributeResponse:
        return pb.AttributeResponse(
            document_id=self.document_id,
            quotes=[quote.to_proto() for quote in self.quotes],
            speakers=[speaker.to_proto() for speaker in self.speakers],
            sentences=[sentence.to_proto() for sentence in self.sentences],
            model=self.model.to_proto() if self.model is not None else None,
        )

    @classmethod
    def from_proto(cls, message: pb.AttributeResponse, index: int = 0) -> AttributionResult:
        return cls(
            document_id=message.document_id,
            quotes=tuple(Quote.from_proto(quote) for quote in message.quotes),
            speakers=tuple(Speaker.from_proto(speaker) for speaker in message.speakers),
            sentences=tuple(Sentence.from_proto(sentence) for sentence in message.sentences),
            model=ModelInfo.from_proto(message.model) if message.HasField("model") else None,
            index=index,
        )


@dataclass(frozen=True, slots=True)
class ServiceLimits:
    max_text_chars: int
    max_message_bytes: int
    max_batch_documents: int

    def to_proto(self) -> pb.ServiceLimits:
        return pb.ServiceLimits(
            max_text_chars=self.max_text_chars,
            max_message_bytes=self.max_message_bytes,
            max_batch_documents=self.max_batch_documents,
        )

    @classmethod
    def from_proto(cls, message: pb.ServiceLimits) -> ServiceLimits:
        return cls(
            max_text_chars=message.max_text_chars,
            max_message_bytes=message.max_message_bytes,
            max_batch_documents=message.max_batch_documents,
        )


@dataclass(frozen=True, slots=True)
class ServiceInfo:
    version: str
    model: ModelInfo | None  # None while the server is still loading it
    languages: tuple[str, ...]
    limits: ServiceLimits

    def to_proto(self) -> pb.GetServiceInfoResponse:
        return pb.GetServiceInfoResponse(
            version=self.version,
            model=self.model.to_proto() if self.model is not None else None,
            languages=self.languages,
            limits=self.limits.to_proto(),
        )

    @classmethod
    def from_proto(cls, message: pb.GetServiceInfoResponse) -> ServiceInfo:
        return cls(
            version=message.version,
            model=ModelInfo.from_proto(message.model) if message.HasField("model") else None,
            languages=tuple(message.languages),
            limits=ServiceLimits.from_proto(message.limits),
        )
