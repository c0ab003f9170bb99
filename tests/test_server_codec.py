"""Request decoding rules and the engine -> protobuf encoding, without a server."""

from __future__ import annotations

import pytest

from quotes.v1 import quote_service_pb2 as pb
from quotes_client import AttributionResult
from quotes_server import codec
from quotes_server.engine import (
    Attribution,
    Cue,
    CueKind,
    ParsedDocument,
    Quote,
    QuoteType,
    Sentence,
    Span,
    Speaker,
    SpeakerKind,
    Word,
)
from quotes_server.errors import InvalidArgumentError, TextTooLongError
from quotes_server.nlp import ModelInfo


def _decode(text: str = "He said so.", language: str = "", **options: object) -> codec.AttributeJob:
    return codec.decode_job(
        pb.Document(id="d", text=text, language=language),
        pb.AttributeOptions(**options),  # type: ignore[arg-type]
        max_text_chars=20,
    )


def test_defaults() -> None:
    job = _decode()
    assert job.options.include_indirect is True  # unset means true
    assert job.options.min_confidence == 0.0
    assert job.include_parse is False


def test_include_indirect_false_is_kept() -> None:
    assert _decode(include_indirect=False).options.include_indirect is False


@pytest.mark.parametrize("language", ["", "en", "EN", "en-US", " en-GB "])
def test_english_variants_are_accepted(language: str) -> None:
    _decode(language=language)


def test_text_at_the_limit_is_accepted_and_one_more_is_not() -> None:
    _decode("x" * 20)
    with pytest.raises(TextTooLongError) as caught:
        _decode("x" * 21)
    assert caught.value.field == "document.text"


@pytest.mark.parametrize("value", [0.0, 0.5, 1.0])
def test_confidence_bounds_are_inclusive(value: float) -> None:
    assert _decode(min_confidence=value).options.min_confidence == value


def test_bad_language_names_the_field() -> None:
    with pytest.raises(InvalidArgumentError) as caught:
        _decode(language="xx")
    assert caught.value.field == "document.language"


def test_encoding_keeps_every_field() -> None:
    text = "“Go,” Ann Lee said, according to Reuters."
    parsed = ParsedDocument(
        text=text,
        sentences=(
            Sentence(
                index=0,
                words=(Word(1, "Ann", "Ann", "PROPN", 2, "nsubj", 6, 9, "NNP", "Number=Sing"),),
                start=0,
                end=len(text),
            ),
        ),
    )
    attribution = Attribution(
        quotes=(
            Quote(
                id="q1",
                type=QuoteType.DIRECT,
                content=Span(1, 3),
                content_text="Go",
                speaker_id="s1",
                speaker_mention=Span(6, 13),
                cue=Cue(Span(14, 18), "said", "say", CueKind.VERB),
                sentence_indices=(0,),
                confidence=0.9,
                quoted_parts=(Span(1, 3),),
                source=Span(20, 40),
            ),
        ),
        speakers=(Speaker("s1", "Ann Lee", SpeakerKind.PERSON, (Span(6, 13),), role="mayor"),),
    )
    job = _decode()
    job = codec.AttributeJob(job.document_id, text, job.options, include_parse=True)
    message = codec.encode_response(job, attribution, parsed, ModelInfo("m", "1", {"las": 80.0}))
    result = AttributionResult.from_proto(message)
    quote = result.quotes[0]
    assert quote.type.name == "DIRECT"
    assert quote.cue is not None
    assert quote.cue.kind.name == "VERB"
    assert quote.source is not None
    assert quote.source.slice(text) == "according to Reuters"
    assert quote.speaker_mention is not None
    assert quote.speaker_mention.slice(text) == "Ann Lee"
    assert result.speaker("s1") is not None
    assert result.speakers[0].kind.name == "PERSON"
    assert result.speakers[0].role == "mayor"
    assert result.sentences[0].words[0].span.slice(text) == "Ann"
    assert result.sentences[0].words[0].feats == "Number=Sing"
    assert result.model is not None
    assert result.model.scores == {"las": 80.0}


def test_parse_is_left_out_unless_asked() -> None:
    parsed = ParsedDocument(text="Hi.", sentences=())
    message = codec.encode_response(_decode("Hi."), Attribution((), ()), parsed, None)
    assert not message.sentences
    assert not message.HasField("model")
