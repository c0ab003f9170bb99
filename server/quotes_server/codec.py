"""Protobuf <-> engine dataclasses. The only module of the server that builds messages.

Decoding validates as it goes and raises ``errors.ServiceError`` subclasses naming the
request field at fault (``document.text``, ``options.min_confidence``), so every entry
point (unary, stream, CLI) applies the same rules.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from quotes.v1 import quote_service_pb2 as pb
from quotes_server.engine import (
    Attribution,
    Cue,
    CueKind,
    EngineOptions,
    ParsedDocument,
    Quote,
    QuoteType,
    Sentence,
    Span,
    Speaker,
    SpeakerKind,
)
from quotes_server.errors import InvalidArgumentError, TextTooLongError
from quotes_server.nlp import ModelInfo

LANGUAGES = ("en",)
MAX_DOCUMENT_ID_CHARS = 256

_QUOTE_TYPES = {kind: pb.QuoteType.Value(f"QUOTE_TYPE_{kind.name}") for kind in QuoteType}
_CUE_KINDS = {kind: pb.CueKind.Value(f"CUE_KIND_{kind.name}") for kind in CueKind}
_SPEAKER_KINDS = {kind: pb.SpeakerKind.Value(f"SPEAKER_KIND_{kind.name}") for kind in SpeakerKind}


@dataclass(frozen=True, slots=True)
class AttributeJob:
    """One validated document to attribute."""

    document_id: str
    text: str
    options: EngineOptions
    include_parse: bool


def decode_job(
    document: pb.Document, options: pb.AttributeOptions, *, max_text_chars: int
) -> AttributeJob:
    """Validates one document and its options; raises a ServiceError naming the bad field."""
    if len(document.id) > MAX_DOCUMENT_ID_CHARS:
        raise InvalidArgumentError(
            f"document id is longer than {MAX_DOCUMENT_ID_CHARS} characters", field="document.id"
        )
    if not document.text.strip():
        raise InvalidArgumentError("document text must not be empty", field="document.text")
    if len(document.text) > max_text_chars:
        raise TextTooLongError(
            f"document text has {len(document.text)} characters; the limit is {max_text_chars}",
            field="document.text",
        )
    language = document.language.strip().lower() or "en"
    if language.split("-", 1)[0] not in LANGUAGES:
        raise InvalidArgumentError(
            f"language {document.language!r} is not supported; supported: {', '.join(LANGUAGES)}",
            field="document.language",
        )
    if not (0.0 <= options.min_confidence <= 1.0) or math.isnan(options.min_confidence):
        raise InvalidArgumentError(
            f"min_confidence must be within [0, 1], not {options.min_confidence}",
            field="options.min_confidence",
        )
    include_indirect = options.include_indirect if options.HasField("include_indirect") else True
    return AttributeJob(
        document_id=document.id,
        text=document.text,
        options=EngineOptions(
            include_indirect=include_indirect, min_confidence=options.min_confidence
        ),
        include_parse=options.include_parse,
    )


def encode_response(
    job: AttributeJob,
    attribution: Attribution,
    parsed: ParsedDocument,
    model: ModelInfo | None,
) -> pb.AttributeResponse:
    return pb.AttributeResponse(
        document_id=job.document_id,
        quotes=[encode_quote(quote) for quote in attribution.quotes],
        speakers=[encode_speaker(speaker) for speaker in attribution.speakers],
        sentences=[encode_sentence(s) for s in parsed.sentences] if job.include_parse else [],
        model=encode_model(model) if model is not None else None,
    )


def encode_model(model: ModelInfo) -> pb.ModelInfo:
    return pb.ModelInfo(name=model.name, version=model.version, scores=dict(model.scores))


def encode_span(span: Span) -> pb.Span:
    return pb.Span(start=span.start, end=span.end)


def encode_cue(cue: Cue) -> pb.Cue:
    return pb.Cue(
        span=encode_span(cue.span), text=cue.text, lemma=cue.lemma, kind=_CUE_KINDS[cue.kind]
    )


def encode_quote(quote: Quote) -> pb.Quote:
    message = pb.Quote(
        id=quote.id,
        type=_QUOTE_TYPES[quote.type],
        content=encode_span(quote.content),
        content_text=quote.content_text,
        quoted_parts=[encode_span(part) for part in quote.quoted_parts],
        speaker_id=quote.speaker_id,
        co_speaker_ids=quote.co_speaker_ids,
        sentence_indices=quote.sentence_indices,
        confidence=quote.confidence,
    )
    if quote.speaker_mention is not None:
        message.speaker_mention.CopyFrom(encode_span(quote.speaker_mention))
    if quote.cue is not None:
        message.cue.CopyFrom(encode_cue(quote.cue))
    if quote.source is not None:
        message.source.CopyFrom(encode_span(quote.source))
    return message


def encode_speaker(speaker: Speaker) -> pb.Speaker:
    return pb.Speaker(
        id=speaker.id,
        name=speaker.name,
        kind=_SPEAKER_KINDS[speaker.kind],
        role=speaker.role,
        mentions=[encode_span(span) for span in speaker.mentions],
    )


def encode_sentence(sentence: Sentence) -> pb.Sentence:
    return pb.Sentence(
        index=sentence.index,
        span=pb.Span(start=sentence.start, end=sentence.end),
        words=[
            pb.Word(
                index=word.index,
                text=word.text,
                lemma=word.lemma,
                upos=word.upos,
                xpos=word.xpos,
                feats=word.feats,
                head=word.head,
                deprel=word.deprel,
                span=pb.Span(start=word.start, end=word.end),
            )
            for word in sentence.words
        ],
    )
