"""Fuzzing the RPC surface of the session server.

Whatever arrives — any Unicode text, odd ids and options, bytes that are not a protobuf
message at all — the answer is a valid response whose spans lie inside the text and slice
back to the strings returned, or a clear INVALID_ARGUMENT / RESOURCE_EXHAUSTED: never
UNKNOWN or INTERNAL, never a hang (every call has a deadline, and DEADLINE_EXCEEDED fails).

Each property runs ``QUOTES_FUZZ_EXAMPLES`` examples (40 by default; every example is a
parse on a shared machine), with texts of at most 300 characters:

    QUOTES_FUZZ_EXAMPLES=1000 .venv/bin/pytest -q tests/test_rpc_fuzz.py
"""

from __future__ import annotations

import math
import os
import string
from collections.abc import Callable, Iterator

import grpc
import pytest
from conftest import LiveServer
from google.protobuf.message import DecodeError
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import quotes_client as qc
from quotes.v1 import quote_service_pb2 as pb

settings.register_profile(
    "rpc-fuzz",
    settings.get_profile("quotes"),
    max_examples=int(os.environ.get("QUOTES_FUZZ_EXAMPLES", "40")),
    deadline=None,
    suppress_health_check=[
        HealthCheck.function_scoped_fixture,
        HealthCheck.too_slow,
        HealthCheck.data_too_large,
    ],
)
FUZZ = settings.get_profile("rpc-fuzz")

MAX_CHARS = 300
TIMEOUT = 120.0  # a parse of 300 characters takes well under a second; this is a hang
ATTRIBUTE = "/quotes.v1.QuoteAttributionService/Attribute"
ATTRIBUTE_STREAM = "/quotes.v1.QuoteAttributionService/AttributeStream"
CLEAR_CODES = (grpc.StatusCode.INVALID_ARGUMENT, grpc.StatusCode.RESOURCE_EXHAUSTED)

CONTROL = [chr(c) for c in range(0x20)] + ["\x7f", "\x85", "\u2028", "\u2029"]
BIDI = [
    "\u200e",
    "\u200f",
    "\u061c",
    *map(chr, range(0x202A, 0x202F)),
    *map(chr, range(0x2066, 0x206A)),
]
ZERO_WIDTH = ["\u200b", "\u200c", "\u200d", "\u2060", "\ufeff", "\u00ad", "\u034f", "\u180e"]
EMOJI = [
    "😀",
    "👍🏽",
    "🇫🇷",
    "❤️",
    "👩\u200d👩\u200d👧\u200d👦",
    "🧑\u200d💻",
    "🏳️\u200d🌈",
    "\U0001d54f",
    "\U00010348",
]
QUOTE_MARKS = list("\"'`“”‘’«»‹›„‟‚‛「」『』〝〞＂")
PUNCTUATION = [*string.punctuation, "—", "–", "…", "·", "¿", "¡", "،", "؟", "。", "、", "·", "§"]
FRAGMENTS = [
    "the minister said",
    " said ",
    "according to Reuters",
    "“We will act,” ",
    "she told reporters that ",
    "Officials say",
    "Er sagte: „Wir handeln“.",
    "«Nous agirons», a déclaré le ministre.",
    "قال الوزير إن",
    "אמר השר",
    "部长说：“我们会行动。”",
    "Министр сказал: «Мы будем действовать».",
    "मंत्री ने कहा",
    "Ο υπουργός είπε",
    "Bakan, “Harekete geçeceğiz” dedi.",
    "e\u0301\u0301\u0301",
    "ﷺ",
    "\u0e01\u0e34\u0e19",
    " ",
    "\n",
    "\n\n",
    "\t",
]
ODD = CONTROL + BIDI + ZERO_WIDTH + EMOJI + QUOTE_MARKS + PUNCTUATION


def _joined(pieces: st.SearchStrategy[str], max_size: int = MAX_CHARS) -> st.SearchStrategy[str]:
    """Texts of pieces of one or more code points, cut to at most ``MAX_CHARS``."""
    return st.lists(pieces, max_size=max_size).map(lambda p: "".join(p)[:MAX_CHARS])


texts = st.one_of(
    st.text(st.characters(codec="utf-8"), max_size=MAX_CHARS),
    _joined(st.sampled_from([*ODD, "a", "b", " ", "."])),
    _joined(st.sampled_from(FRAGMENTS + ODD), max_size=40),
    _joined(st.sampled_from(PUNCTUATION + QUOTE_MARKS)).filter(bool),
)


@pytest.fixture
def fuzz_client(loaded_server: LiveServer) -> Iterator[qc.QuoteClient]:
    # One try per call: a retried UNAVAILABLE would hide a parser that died on an input.
    with qc.QuoteClient(loaded_server.target, timeout=TIMEOUT, max_attempts=1) as client:
        yield client


@pytest.fixture
def channel(loaded_server: LiveServer) -> Iterator[grpc.Channel]:
    with grpc.insecure_channel(loaded_server.target) as raw:
        yield raw


def check_result(text: str, result: qc.AttributionResult) -> None:
    """Every span lies inside ``text`` and slices back to the string returned with it."""
    n = len(text)

    def inside(span: qc.Span) -> None:
        assert 0 <= span.start <= span.end <= n, (span, n)

    speaker_ids = {speaker.id for speaker in result.speakers}
    for quote in result.quotes:
        inside(quote.content)
        assert quote.content.slice(text) == quote.content_text
        assert 0.0 <= quote.confidence <= 1.0
        assert quote.speaker_id == "" or quote.speaker_id in speaker_ids
        assert set(quote.co_speaker_ids) <= speaker_ids - {quote.speaker_id}
        for part in quote.quoted_parts:
            inside(part)
        if quote.cue is not None:
            inside(quote.cue.span)
            assert quote.cue.span.slice(text) == quote.cue.text
        for span in (quote.speaker_mention, quote.source):
            if span is not None:
                inside(span)
    for speaker in result.speakers:
        for span in speaker.mentions:
            inside(span)
            assert span.start < span.end
    for sentence in result.sentences:
        inside(sentence.span)
        for word in sentence.words:
            inside(word.span)
            assert sentence.span.start <= word.span.start <= word.span.end <= sentence.span.end


def outcome(call: Callable[[], qc.AttributionResult]) -> qc.AttributionResult | qc.QuoteError:
    try:
        return call()
    except qc.QuoteError as error:
        return error


def check_error(error: qc.QuoteError) -> None:
    assert error.code in CLEAR_CODES, f"{error.code.name}: {error.message}"
    assert error.message


# --- text ------------------------------------------------------------------------------------


@FUZZ
@given(text=texts, include_parse=st.booleans())
def test_any_text_gets_spans_inside_it_or_a_clear_error(
    fuzz_client: qc.QuoteClient, text: str, include_parse: bool
) -> None:
    result = outcome(
        lambda: fuzz_client.attribute(text, document_id="fuzz", include_parse=include_parse)
    )
    if isinstance(result, qc.QuoteError):
        check_error(result)
        if result.code is grpc.StatusCode.INVALID_ARGUMENT:
            assert not text.strip(), f"{result}: only a blank text is invalid"
        return
    assert text.strip(), "a blank text must be refused"
    assert result.document_id == "fuzz"
    check_result(text, result)
    if not include_parse:
        assert result.sentences == ()
    elif any(ch.isascii() and ch.isalpha() for ch in text):
        # Text of only control characters or symbols may hold no words; a letter always does.
        assert result.sentences


# Thousands of marks, in sentences of at most a few hundred tokens: the parser's time grows
# with the cube of a sentence's length (one sentence of 1,700 tokens took 74 s on two busy
# cores), so a single run of thousands of marks is a matter for deadlines, where
# ``test_server_faults`` checks that the server stops a parse nobody waits for.
@pytest.mark.parametrize(
    "text",
    [
        '"' * 400,
        "«Non», dit-il. " * 1000,
        ("“a” " * 10 + "\n\n") * 150,
        ("'" * 50 + "\n\n") * 40,
        ("“" * 40 + "\n\n" + "”" * 40 + "\n\n") * 25,
        "„Ja“, sagte er. ‚Nein‘, sagte sie. " * 300,
    ],
    ids=["one-run", "guillemets", "curly-pairs", "apostrophes", "open-close", "german"],
)
def test_thousands_of_quotation_marks(fuzz_client: qc.QuoteClient, text: str) -> None:
    assert sum(text.count(mark) for mark in QUOTE_MARKS) >= 400
    result = fuzz_client.attribute(text, timeout=600)
    check_result(text, result)


@FUZZ
@given(
    texts=st.lists(texts, min_size=1, max_size=4),
    include_parse=st.booleans(),
)
def test_stream_of_any_texts(
    fuzz_client: qc.QuoteClient, texts: list[str], include_parse: bool
) -> None:
    documents = [(f"d{i}", text) for i, text in enumerate(texts)]
    outcomes = list(
        fuzz_client.attribute_many(documents, include_parse=include_parse, return_exceptions=True)
    )
    assert len(outcomes) == len(documents)
    for (document_id, text), outcome in zip(documents, outcomes, strict=True):
        if isinstance(outcome, qc.QuoteError):
            check_error(outcome)
        else:
            assert outcome.document_id == document_id
            check_result(text, outcome)


# --- ids and options -------------------------------------------------------------------------

SHORT_TEXTS = ["“We will act,” the minister said.", "He said that it rained.", "No quotes."]
languages = st.one_of(
    st.sampled_from(["", "en", "EN", " en ", "en-GB", "en-us", "en_US", "fr", "xx", "english"]),
    st.text(st.characters(codec="utf-8"), max_size=20),
)
confidences = st.one_of(
    st.floats(min_value=0.0, max_value=1.0),
    st.floats(allow_nan=True, allow_infinity=True),
    st.sampled_from([-0.0, 1.0, -1e-300, 1 + 2**-52, math.inf, -math.inf, math.nan]),
)


def _valid_options(document_id: str, language: str, min_confidence: float) -> bool:
    """The documented rules: ids of at most 256 characters, English, confidence in [0, 1]."""
    language = language.strip().lower() or "en"
    return (
        len(document_id) <= 256
        and language.split("-", 1)[0] == "en"
        and 0.0 <= min_confidence <= 1.0
    )


@FUZZ
@given(
    text=st.sampled_from(SHORT_TEXTS),
    document_id=st.one_of(st.text(st.characters(codec="utf-8"), max_size=300), st.just("x" * 257)),
    language=languages,
    min_confidence=confidences,
    include_indirect=st.booleans(),
)
def test_any_id_and_options(
    fuzz_client: qc.QuoteClient,
    text: str,
    document_id: str,
    language: str,
    min_confidence: float,
    include_indirect: bool,
) -> None:
    result = outcome(
        lambda: fuzz_client.attribute(
            text,
            document_id=document_id,
            language=language,
            min_confidence=min_confidence,
            include_indirect=include_indirect,
        )
    )
    if isinstance(result, qc.QuoteError):
        assert type(result) is qc.InvalidArgumentError, str(result)
        assert result.field in ("document.id", "document.language", "options.min_confidence")
        assert not _valid_options(document_id, language, min_confidence), str(result)
        return
    assert _valid_options(document_id, language, min_confidence)
    assert result.document_id == document_id
    check_result(text, result)
    for quote in result.quotes:
        assert quote.confidence >= min_confidence
        assert include_indirect or quote.type is qc.QuoteType.DIRECT


# --- bytes that may not be a protobuf message ------------------------------------------------


def _valid_request_bytes(text: str) -> bytes:
    options = pb.AttributeOptions(include_parse=True)
    return pb.AttributeRequest(
        document=pb.Document(id="raw", text=text), options=options
    ).SerializeToString()


@st.composite
def mutated(draw: st.DrawFn) -> bytes:
    """A valid request with bytes flipped, cut, inserted or repeated."""
    data = bytearray(_valid_request_bytes(draw(texts)))
    for _ in range(draw(st.integers(min_value=1, max_value=4))):
        where = draw(st.integers(min_value=0, max_value=len(data)))
        action = draw(st.sampled_from(["flip", "cut", "insert", "repeat"]))
        if action == "flip" and where < len(data):
            data[where] ^= draw(st.integers(min_value=1, max_value=255))
        elif action == "cut":
            del data[where:]
        elif action == "insert":
            data[where:where] = draw(st.binary(min_size=1, max_size=8))
        else:
            data += data[:where]
    return bytes(data)


raw_requests = st.one_of(st.binary(max_size=MAX_CHARS), mutated())


def _decoded_text(
    data: bytes, kind: type[pb.AttributeRequest] | type[pb.AttributeStreamRequest]
) -> str | None:
    """The text the server sees in ``data``; None when ``data`` is not a valid message."""
    try:
        return kind.FromString(data).document.text
    except DecodeError:
        return None


@FUZZ
@given(data=raw_requests)
def test_any_bytes_get_a_valid_answer_or_invalid_argument(
    channel: grpc.Channel, data: bytes
) -> None:
    call = channel.unary_unary(
        ATTRIBUTE, request_serializer=lambda b: b, response_deserializer=lambda b: b
    )
    text = _decoded_text(data, pb.AttributeRequest)
    try:
        answer = call(data, timeout=TIMEOUT)
    except grpc.RpcError as caught:
        error: grpc.Call = caught  # type: ignore[assignment]
        assert error.code() in CLEAR_CODES, f"{error.code().name}: {error.details()}"
        assert error.details()
        if text is None:
            assert error.code() is grpc.StatusCode.INVALID_ARGUMENT
        return
    assert text is not None, "bytes that are not a message must be refused"
    result = qc.AttributionResult.from_proto(pb.AttributeResponse.FromString(answer))
    check_result(text, result)


@FUZZ
@given(
    frames=st.lists(
        st.one_of(
            raw_requests,
            texts.map(
                lambda t: pb.AttributeStreamRequest(
                    document=pb.Document(text=t)
                ).SerializeToString()
            ),
        ),
        min_size=1,
        max_size=4,
    )
)
def test_stream_of_any_bytes(channel: grpc.Channel, frames: list[bytes]) -> None:
    call = channel.stream_stream(
        ATTRIBUTE_STREAM, request_serializer=lambda b: b, response_deserializer=lambda b: b
    )
    decoded = [_decoded_text(frame, pb.AttributeStreamRequest) for frame in frames]
    answers: list[bytes] = []
    try:
        for answer in call(iter(frames), timeout=TIMEOUT):
            answers.append(answer)
    except grpc.RpcError as caught:
        error: grpc.Call = caught  # type: ignore[assignment]
        assert error.code() is grpc.StatusCode.INVALID_ARGUMENT, (
            f"{error.code().name}: {error.details()}"
        )
        bad = decoded.index(None)  # only an undecodable frame ends the stream
        assert len(answers) == bad
    else:
        assert None not in decoded
        assert len(answers) == len(frames)
    for index, answer in enumerate(answers):
        response = pb.AttributeStreamResponse.FromString(answer)
        assert response.index == index
        text = decoded[index]
        assert text is not None
        if response.HasField("error"):
            assert response.error.code in (
                grpc.StatusCode.INVALID_ARGUMENT.value[0],
                grpc.StatusCode.RESOURCE_EXHAUSTED.value[0],
            )
        else:
            check_result(text, qc.AttributionResult.from_proto(response.result))


# --- strings that are not valid Unicode -----------------------------------------------------

surrogates = st.characters(min_codepoint=0xD800, max_codepoint=0xDFFF)
broken_texts = st.tuples(texts, surrogates, texts).map(lambda parts: "".join(parts))


@FUZZ
@given(text=broken_texts)
def test_client_refuses_lone_surrogates_before_sending(text: str) -> None:
    # Nothing listens on port 1: any attempt to send would end with UNAVAILABLE.
    with qc.QuoteClient("127.0.0.1:1", timeout=5, max_attempts=1) as client:
        with pytest.raises(qc.InvalidArgumentError) as caught:
            client.attribute(text)
        assert caught.value.field == "document.text"
        with pytest.raises(qc.InvalidArgumentError):
            client.attribute("fine", document_id=text)


def test_stream_refuses_lone_surrogates_in_place(fuzz_client: qc.QuoteClient) -> None:
    documents = ["“Fine,” she said.", "bad \udc80 text", "never sent"]
    outcomes = list(fuzz_client.attribute_many(documents, return_exceptions=True))
    assert isinstance(outcomes[0], qc.AttributionResult)
    assert isinstance(outcomes[1], qc.InvalidArgumentError)
    assert outcomes[1].field == "document.text"
    assert len(outcomes) == 2
    with pytest.raises(qc.InvalidArgumentError):
        list(fuzz_client.attribute_many(documents))


def _length_delimited(field: int, payload: bytes) -> bytes:
    size = len(payload)
    varint = bytearray()
    while True:
        byte, size = size & 0x7F, size >> 7
        varint.append(byte | (0x80 if size else 0))
        if not size:
            return bytes([field << 3 | 2]) + bytes(varint) + payload


invalid_utf8 = st.one_of(
    broken_texts.map(lambda t: t.encode("utf-8", "surrogatepass")),
    st.tuples(
        st.text(max_size=50).map(lambda t: t.encode("utf-8", "surrogatepass")),
        st.sampled_from(
            [b"\xff", b"\xc0\xaf", b"\xc3\x28", b"\xe2\x82", b"\xf4\x90\x80\x80", b"\x80"]
        ),
        st.text(max_size=50).map(lambda t: t.encode("utf-8", "surrogatepass")),
    ).map(lambda parts: b"".join(parts)),
)


@FUZZ
@given(payload=invalid_utf8, field=st.sampled_from([1, 2, 3]))
def test_invalid_utf8_sent_raw_is_invalid_argument(
    channel: grpc.Channel, payload: bytes, field: int
) -> None:
    """A Document string field (id, text or language) holding bytes that are not UTF-8."""
    data = _length_delimited(1, _length_delimited(field, payload))
    call = channel.unary_unary(
        ATTRIBUTE, request_serializer=lambda b: b, response_deserializer=lambda b: b
    )
    with pytest.raises(grpc.RpcError) as caught:
        call(data, timeout=TIMEOUT)
    error: grpc.Call = caught.value  # type: ignore[assignment]
    assert error.code() is grpc.StatusCode.INVALID_ARGUMENT, error.details()
    assert "could not be decoded" in (error.details() or "")
