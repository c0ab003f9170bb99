from google.rpc import status_pb2 as _status_pb2
from google.protobuf.internal import containers as _containers
from google.protobuf.internal import enum_type_wrapper as _enum_type_wrapper
from google.protobuf import descriptor as _descriptor
from google.protobuf import message as _message
from collections.abc import Iterable as _Iterable, Mapping as _Mapping
from typing import ClassVar as _ClassVar, Optional as _Optional, Union as _Union

DESCRIPTOR: _descriptor.FileDescriptor

class QuoteType(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    QUOTE_TYPE_UNSPECIFIED: _ClassVar[QuoteType]
    QUOTE_TYPE_DIRECT: _ClassVar[QuoteType]
    QUOTE_TYPE_INDIRECT: _ClassVar[QuoteType]
    QUOTE_TYPE_MIXED: _ClassVar[QuoteType]

class CueKind(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    CUE_KIND_UNSPECIFIED: _ClassVar[CueKind]
    CUE_KIND_VERB: _ClassVar[CueKind]
    CUE_KIND_NOUN_PHRASE: _ClassVar[CueKind]
    CUE_KIND_COLON: _ClassVar[CueKind]

class SpeakerKind(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    SPEAKER_KIND_UNSPECIFIED: _ClassVar[SpeakerKind]
    SPEAKER_KIND_PERSON: _ClassVar[SpeakerKind]
    SPEAKER_KIND_ORGANIZATION: _ClassVar[SpeakerKind]
    SPEAKER_KIND_PLACE: _ClassVar[SpeakerKind]
    SPEAKER_KIND_ANONYMOUS: _ClassVar[SpeakerKind]
    SPEAKER_KIND_UNKNOWN: _ClassVar[SpeakerKind]
QUOTE_TYPE_UNSPECIFIED: QuoteType
QUOTE_TYPE_DIRECT: QuoteType
QUOTE_TYPE_INDIRECT: QuoteType
QUOTE_TYPE_MIXED: QuoteType
CUE_KIND_UNSPECIFIED: CueKind
CUE_KIND_VERB: CueKind
CUE_KIND_NOUN_PHRASE: CueKind
CUE_KIND_COLON: CueKind
SPEAKER_KIND_UNSPECIFIED: SpeakerKind
SPEAKER_KIND_PERSON: SpeakerKind
SPEAKER_KIND_ORGANIZATION: SpeakerKind
SPEAKER_KIND_PLACE: SpeakerKind
SPEAKER_KIND_ANONYMOUS: SpeakerKind
SPEAKER_KIND_UNKNOWN: SpeakerKind

class Document(_message.Message):
    __slots__ = ("id", "text", "language")
    ID_FIELD_NUMBER: _ClassVar[int]
    TEXT_FIELD_NUMBER: _ClassVar[int]
    LANGUAGE_FIELD_NUMBER: _ClassVar[int]
    id: str
    text: str
    language: str
    def __init__(self, id: _Optional[str] = ..., text: _Optional[str] = ..., language: _Optional[str] = ...) -> None: ...

class AttributeOptions(_message.Message):
    __slots__ = ("include_indirect", "include_parse", "min_confidence")
    INCLUDE_INDIRECT_FIELD_NUMBER: _ClassVar[int]
    INCLUDE_PARSE_FIELD_NUMBER: _ClassVar[int]
    MIN_CONFIDENCE_FIELD_NUMBER: _ClassVar[int]
    include_indirect: bool
    include_parse: bool
    min_confidence: float
    def __init__(self, include_indirect: _Optional[bool] = ..., include_parse: _Optional[bool] = ..., min_confidence: _Optional[float] = ...) -> None: ...

class AttributeRequest(_message.Message):
    __slots__ = ("document", "options")
    DOCUMENT_FIELD_NUMBER: _ClassVar[int]
    OPTIONS_FIELD_NUMBER: _ClassVar[int]
    document: Document
    options: AttributeOptions
    def __init__(self, document: _Optional[_Union[Document, _Mapping]] = ..., options: _Optional[_Union[AttributeOptions, _Mapping]] = ...) -> None: ...

class AttributeResponse(_message.Message):
    __slots__ = ("document_id", "quotes", "speakers", "sentences", "model")
    DOCUMENT_ID_FIELD_NUMBER: _ClassVar[int]
    QUOTES_FIELD_NUMBER: _ClassVar[int]
    SPEAKERS_FIELD_NUMBER: _ClassVar[int]
    SENTENCES_FIELD_NUMBER: _ClassVar[int]
    MODEL_FIELD_NUMBER: _ClassVar[int]
    document_id: str
    quotes: _containers.RepeatedCompositeFieldContainer[Quote]
    speakers: _containers.RepeatedCompositeFieldContainer[Speaker]
    sentences: _containers.RepeatedCompositeFieldContainer[Sentence]
    model: ModelInfo
    def __init__(self, document_id: _Optional[str] = ..., quotes: _Optional[_Iterable[_Union[Quote, _Mapping]]] = ..., speakers: _Optional[_Iterable[_Union[Speaker, _Mapping]]] = ..., sentences: _Optional[_Iterable[_Union[Sentence, _Mapping]]] = ..., model: _Optional[_Union[ModelInfo, _Mapping]] = ...) -> None: ...

class AttributeStreamRequest(_message.Message):
    __slots__ = ("document", "options")
    DOCUMENT_FIELD_NUMBER: _ClassVar[int]
    OPTIONS_FIELD_NUMBER: _ClassVar[int]
    document: Document
    options: AttributeOptions
    def __init__(self, document: _Optional[_Union[Document, _Mapping]] = ..., options: _Optional[_Union[AttributeOptions, _Mapping]] = ...) -> None: ...

class AttributeStreamResponse(_message.Message):
    __slots__ = ("document_id", "index", "result", "error")
    DOCUMENT_ID_FIELD_NUMBER: _ClassVar[int]
    INDEX_FIELD_NUMBER: _ClassVar[int]
    RESULT_FIELD_NUMBER: _ClassVar[int]
    ERROR_FIELD_NUMBER: _ClassVar[int]
    document_id: str
    index: int
    result: AttributeResponse
    error: _status_pb2.Status
    def __init__(self, document_id: _Optional[str] = ..., index: _Optional[int] = ..., result: _Optional[_Union[AttributeResponse, _Mapping]] = ..., error: _Optional[_Union[_status_pb2.Status, _Mapping]] = ...) -> None: ...

class GetServiceInfoRequest(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...

class GetServiceInfoResponse(_message.Message):
    __slots__ = ("version", "model", "languages", "limits")
    VERSION_FIELD_NUMBER: _ClassVar[int]
    MODEL_FIELD_NUMBER: _ClassVar[int]
    LANGUAGES_FIELD_NUMBER: _ClassVar[int]
    LIMITS_FIELD_NUMBER: _ClassVar[int]
    version: str
    model: ModelInfo
    languages: _containers.RepeatedScalarFieldContainer[str]
    limits: ServiceLimits
    def __init__(self, version: _Optional[str] = ..., model: _Optional[_Union[ModelInfo, _Mapping]] = ..., languages: _Optional[_Iterable[str]] = ..., limits: _Optional[_Union[ServiceLimits, _Mapping]] = ...) -> None: ...

class ServiceLimits(_message.Message):
    __slots__ = ("max_text_chars", "max_message_bytes", "max_batch_documents")
    MAX_TEXT_CHARS_FIELD_NUMBER: _ClassVar[int]
    MAX_MESSAGE_BYTES_FIELD_NUMBER: _ClassVar[int]
    MAX_BATCH_DOCUMENTS_FIELD_NUMBER: _ClassVar[int]
    max_text_chars: int
    max_message_bytes: int
    max_batch_documents: int
    def __init__(self, max_text_chars: _Optional[int] = ..., max_message_bytes: _Optional[int] = ..., max_batch_documents: _Optional[int] = ...) -> None: ...

class ModelInfo(_message.Message):
    __slots__ = ("name", "version", "scores")
    class ScoresEntry(_message.Message):
        __slots__ = ("key", "value")
        KEY_FIELD_NUMBER: _ClassVar[int]
        VALUE_FIELD_NUMBER: _ClassVar[int]
        key: str
        value: float
        def __init__(self, key: _Optional[str] = ..., value: _Optional[float] = ...) -> None: ...
    NAME_FIELD_NUMBER: _ClassVar[int]
    VERSION_FIELD_NUMBER: _ClassVar[int]
    SCORES_FIELD_NUMBER: _ClassVar[int]
    name: str
    version: str
    scores: _containers.ScalarMap[str, float]
    def __init__(self, name: _Optional[str] = ..., version: _Optional[str] = ..., scores: _Optional[_Mapping[str, float]] = ...) -> None: ...

class Span(_message.Message):
    __slots__ = ("start", "end")
    START_FIELD_NUMBER: _ClassVar[int]
    END_FIELD_NUMBER: _ClassVar[int]
    start: int
    end: int
    def __init__(self, start: _Optional[int] = ..., end: _Optional[int] = ...) -> None: ...

class Cue(_message.Message):
    __slots__ = ("span", "text", "lemma", "kind")
    SPAN_FIELD_NUMBER: _ClassVar[int]
    TEXT_FIELD_NUMBER: _ClassVar[int]
    LEMMA_FIELD_NUMBER: _ClassVar[int]
    KIND_FIELD_NUMBER: _ClassVar[int]
    span: Span
    text: str
    lemma: str
    kind: CueKind
    def __init__(self, span: _Optional[_Union[Span, _Mapping]] = ..., text: _Optional[str] = ..., lemma: _Optional[str] = ..., kind: _Optional[_Union[CueKind, str]] = ...) -> None: ...

class Quote(_message.Message):
    __slots__ = ("id", "type", "content", "content_text", "quoted_parts", "speaker_id", "speaker_mention", "cue", "source", "sentence_indices", "confidence", "co_speaker_ids")
    ID_FIELD_NUMBER: _ClassVar[int]
    TYPE_FIELD_NUMBER: _ClassVar[int]
    CONTENT_FIELD_NUMBER: _ClassVar[int]
    CONTENT_TEXT_FIELD_NUMBER: _ClassVar[int]
    QUOTED_PARTS_FIELD_NUMBER: _ClassVar[int]
    SPEAKER_ID_FIELD_NUMBER: _ClassVar[int]
    SPEAKER_MENTION_FIELD_NUMBER: _ClassVar[int]
    CUE_FIELD_NUMBER: _ClassVar[int]
    SOURCE_FIELD_NUMBER: _ClassVar[int]
    SENTENCE_INDICES_FIELD_NUMBER: _ClassVar[int]
    CONFIDENCE_FIELD_NUMBER: _ClassVar[int]
    CO_SPEAKER_IDS_FIELD_NUMBER: _ClassVar[int]
    id: str
    type: QuoteType
    content: Span
    content_text: str
    quoted_parts: _containers.RepeatedCompositeFieldContainer[Span]
    speaker_id: str
    speaker_mention: Span
    cue: Cue
    source: Span
    sentence_indices: _containers.RepeatedScalarFieldContainer[int]
    confidence: float
    co_speaker_ids: _containers.RepeatedScalarFieldContainer[str]
    def __init__(self, id: _Optional[str] = ..., type: _Optional[_Union[QuoteType, str]] = ..., content: _Optional[_Union[Span, _Mapping]] = ..., content_text: _Optional[str] = ..., quoted_parts: _Optional[_Iterable[_Union[Span, _Mapping]]] = ..., speaker_id: _Optional[str] = ..., speaker_mention: _Optional[_Union[Span, _Mapping]] = ..., cue: _Optional[_Union[Cue, _Mapping]] = ..., source: _Optional[_Union[Span, _Mapping]] = ..., sentence_indices: _Optional[_Iterable[int]] = ..., confidence: _Optional[float] = ..., co_speaker_ids: _Optional[_Iterable[str]] = ...) -> None: ...

class Speaker(_message.Message):
    __slots__ = ("id", "name", "kind", "role", "mentions")
    ID_FIELD_NUMBER: _ClassVar[int]
    NAME_FIELD_NUMBER: _ClassVar[int]
    KIND_FIELD_NUMBER: _ClassVar[int]
    ROLE_FIELD_NUMBER: _ClassVar[int]
    MENTIONS_FIELD_NUMBER: _ClassVar[int]
    id: str
    name: str
    kind: SpeakerKind
    role: str
    mentions: _containers.RepeatedCompositeFieldContainer[Span]
    def __init__(self, id: _Optional[str] = ..., name: _Optional[str] = ..., kind: _Optional[_Union[SpeakerKind, str]] = ..., role: _Optional[str] = ..., mentions: _Optional[_Iterable[_Union[Span, _Mapping]]] = ...) -> None: ...

class Sentence(_message.Message):
    __slots__ = ("index", "span", "words")
    INDEX_FIELD_NUMBER: _ClassVar[int]
    SPAN_FIELD_NUMBER: _ClassVar[int]
    WORDS_FIELD_NUMBER: _ClassVar[int]
    index: int
    span: Span
    words: _containers.RepeatedCompositeFieldContainer[Word]
    def __init__(self, index: _Optional[int] = ..., span: _Optional[_Union[Span, _Mapping]] = ..., words: _Optional[_Iterable[_Union[Word, _Mapping]]] = ...) -> None: ...

class Word(_message.Message):
    __slots__ = ("index", "text", "lemma", "upos", "xpos", "feats", "head", "deprel", "span")
    INDEX_FIELD_NUMBER: _ClassVar[int]
    TEXT_FIELD_NUMBER: _ClassVar[int]
    LEMMA_FIELD_NUMBER: _ClassVar[int]
    UPOS_FIELD_NUMBER: _ClassVar[int]
    XPOS_FIELD_NUMBER: _ClassVar[int]
    FEATS_FIELD_NUMBER: _ClassVar[int]
    HEAD_FIELD_NUMBER: _ClassVar[int]
    DEPREL_FIELD_NUMBER: _ClassVar[int]
    SPAN_FIELD_NUMBER: _ClassVar[int]
    index: int
    text: str
    lemma: str
    upos: str
    xpos: str
    feats: str
    head: int
    deprel: str
    span: Span
    def __init__(self, index: _Optional[int] = ..., text: _Optional[str] = ..., lemma: _Optional[str] = ..., upos: _Optional[str] = ..., xpos: _Optional[str] = ..., feats: _Optional[str] = ..., head: _Optional[int] = ..., deprel: _Optional[str] = ..., span: _Optional[_Union[Span, _Mapping]] = ...) -> None: ...
