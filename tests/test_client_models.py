"""Client dataclasses, error mapping and channel configuration, with no server."""

from __future__ import annotations

import json

import grpc
from google.protobuf import any_pb2
from google.rpc import error_details_pb2, status_pb2
from hypothesis import given
from hypothesis import strategies as st

import quotes_client as qc
from quotes.v1 import quote_service_pb2 as pb
from quotes_client._exceptions import from_status

spans = st.builds(
    lambda a, b: qc.Span(min(a, b), max(a, b)),
    st.integers(0, 10**6),
    st.integers(0, 10**6),
)
cues = st.builds(qc.Cue, spans, st.text(), st.text(), st.sampled_from(list(qc.CueKind)))
quotes = st.builds(
    qc.Quote,
    id=st.text(),
    type=st.sampled_from(list(qc.QuoteType)),
    content=spans,
    content_text=st.text(),
    speaker_id=st.text(),
    speaker_mention=st.none() | spans,
    cue=st.none() | cues,
    sentence_indices=st.lists(st.integers(0, 1000), max_size=3).map(tuple),
    confidence=st.floats(0, 1),
    quoted_parts=st.lists(spans, max_size=3).map(tuple),
    source=st.none() | spans,
    co_speaker_ids=st.lists(st.text(), max_size=2).map(tuple),
)
speakers = st.builds(
    qc.Speaker,
    id=st.text(),
    name=st.text(),
    kind=st.sampled_from(list(qc.SpeakerKind)),
    mentions=st.lists(spans, max_size=3).map(tuple),
    role=st.text(),
)
words = st.builds(
    qc.Word,
    index=st.integers(1, 100),
    text=st.text(),
    lemma=st.text(),
    upos=st.text(),
    xpos=st.text(),
    feats=st.text(),
    head=st.integers(0, 100),
    deprel=st.text(),
    span=spans,
)
results = st.builds(
    qc.AttributionResult,
    document_id=st.text(),
    quotes=st.lists(quotes, max_size=3).map(tuple),
    speakers=st.lists(speakers, max_size=3).map(tuple),
    sentences=st.lists(
        st.builds(qc.Sentence, st.integers(0, 50), spans, st.lists(words, max_size=3).map(tuple)),
        max_size=2,
    ).map(tuple),
    model=st.none()
    | st.builds(qc.ModelInfo, st.text(), st.text(), st.dictionaries(st.text(), st.floats(0, 100))),
)


@given(results)
def test_result_round_trips_through_protobuf(result: qc.AttributionResult) -> None:
    wire = result.to_proto().SerializeToString()
    assert qc.AttributionResult.from_proto(pb.AttributeResponse.FromString(wire)) == result


def test_unknown_enum_values_read_as_unspecified() -> None:
    message = pb.Quote(type=99, content=pb.Span(start=0, end=1))  # a value from a newer server
    assert qc.Quote.from_proto(message).type is qc.QuoteType.UNSPECIFIED


def test_span_slices_code_points() -> None:
    text = "“Ça va,” dit-il 🙂."
    assert qc.Span(1, 6).slice(text) == "Ça va"
    assert len(qc.Span(1, 6)) == 5


def _status(code: grpc.StatusCode, field: str | None = None) -> status_pb2.Status:
    status = status_pb2.Status(code=code.value[0], message="bad")
    if field:
        detail = any_pb2.Any()
        violation = error_details_pb2.BadRequest.FieldViolation(field=field, description="bad")
        detail.Pack(error_details_pb2.BadRequest(field_violations=[violation]))
        status.details.append(detail)
    return status


def test_status_maps_to_the_most_specific_error() -> None:
    expected = {
        grpc.StatusCode.INVALID_ARGUMENT: qc.InvalidArgumentError,
        grpc.StatusCode.RESOURCE_EXHAUSTED: qc.ResourceExhaustedError,
        grpc.StatusCode.DEADLINE_EXCEEDED: qc.DeadlineExceededError,
        grpc.StatusCode.UNAVAILABLE: qc.UnavailableError,
        grpc.StatusCode.UNAUTHENTICATED: qc.UnauthenticatedError,
        grpc.StatusCode.CANCELLED: qc.CancelledError,
        grpc.StatusCode.UNIMPLEMENTED: qc.UnimplementedError,
        grpc.StatusCode.INTERNAL: qc.InternalError,
        grpc.StatusCode.UNKNOWN: qc.InternalError,
    }
    for code, cls in expected.items():
        error = from_status(_status(code))
        assert type(error) is cls
        assert isinstance(error, qc.QuoteError)
        assert error.code is code


def test_retry_info_is_exposed_as_retry_after() -> None:
    from quotes_server.errors import QueueFullError, to_status_proto

    status = to_status_proto(QueueFullError("busy", retry_after=1.5))
    error = from_status(status)
    assert isinstance(error, qc.ResourceExhaustedError)
    assert error.retry_after == 1.5
    assert from_status(_status(grpc.StatusCode.RESOURCE_EXHAUSTED)).retry_after is None


def test_field_violation_is_exposed_as_field() -> None:
    error = from_status(_status(grpc.StatusCode.INVALID_ARGUMENT, "document.text"))
    assert isinstance(error, qc.InvalidArgumentError)
    assert error.field == "document.text"
    assert "document.text" in str(error)


def test_channel_options_retry_unavailable_only() -> None:
    options = dict(qc.channel_options(max_message_bytes=1234))
    assert options["grpc.max_receive_message_length"] == 1234
    assert options["grpc.max_send_message_length"] == 1234
    config = json.loads(str(options["grpc.service_config"]))
    policy = config["methodConfig"][0]["retryPolicy"]
    assert policy["retryableStatusCodes"] == ["UNAVAILABLE"]
    assert config["methodConfig"][0]["name"] == [{"service": "quotes.v1.QuoteAttributionService"}]


def test_timeout_default_differs_from_none() -> None:
    client = qc.QuoteClient("127.0.0.1:1", timeout=7.0)
    try:
        assert client._timeout(qc.USE_CLIENT_DEFAULT) == 7.0
        assert client._timeout(None) is None
        assert client._timeout(2.5) == 2.5
    finally:
        client.close()
