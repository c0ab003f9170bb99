"""Every bad input gets its own status code and names the field at fault.

Validation runs before parsing, so these tests need the server but not the model.
"""

from __future__ import annotations

import math

import grpc
import pytest
from conftest import SESSION_SETTINGS
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import quotes_client as qc


@pytest.mark.parametrize(
    ("kwargs", "error", "field"),
    [
        ({"text": ""}, qc.InvalidArgumentError, "document.text"),
        ({"text": " \n\t "}, qc.InvalidArgumentError, "document.text"),
        ({"text": "Hello.", "language": "fr"}, qc.InvalidArgumentError, "document.language"),
        ({"text": "Hello.", "language": "de-DE"}, qc.InvalidArgumentError, "document.language"),
        (
            {"text": "Hello.", "min_confidence": -0.1},
            qc.InvalidArgumentError,
            "options.min_confidence",
        ),
        (
            {"text": "Hello.", "min_confidence": 1.5},
            qc.InvalidArgumentError,
            "options.min_confidence",
        ),
        (
            {"text": "Hello.", "min_confidence": math.nan},
            qc.InvalidArgumentError,
            "options.min_confidence",
        ),
        ({"text": "Hello.", "document_id": "x" * 257}, qc.InvalidArgumentError, "document.id"),
        (
            {"text": "a" * (SESSION_SETTINGS.max_text_chars + 1)},
            qc.ResourceExhaustedError,
            "document.text",
        ),
    ],
    ids=[
        "empty-text",
        "blank-text",
        "language-fr",
        "language-de-DE",
        "confidence-negative",
        "confidence-above-one",
        "confidence-nan",
        "long-document-id",
        "text-over-limit",
    ],
)
def test_bad_input_gets_status_and_field(
    client: qc.QuoteClient, kwargs: dict[str, object], error: type[qc.QuoteError], field: str
) -> None:
    text = str(kwargs.pop("text"))
    with pytest.raises(error) as caught:
        client.attribute(text, **kwargs)  # type: ignore[arg-type]
    assert caught.value.field == field
    assert type(caught.value) is error


def test_message_over_the_transport_limit_is_resource_exhausted(client: qc.QuoteClient) -> None:
    huge = "a" * (SESSION_SETTINGS.max_message_bytes + 1)
    with pytest.raises(qc.ResourceExhaustedError):
        client.attribute(huge)


@settings(
    max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    st.one_of(
        st.floats(max_value=-1e-9, allow_nan=False),
        st.floats(min_value=1 + 1e-9, allow_nan=False),
        st.just(math.nan),
    )
)
def test_any_out_of_range_confidence_is_rejected(client: qc.QuoteClient, value: float) -> None:
    with pytest.raises(qc.InvalidArgumentError) as caught:
        client.attribute("He said so.", min_confidence=value)
    assert caught.value.field == "options.min_confidence"
    assert caught.value.code is grpc.StatusCode.INVALID_ARGUMENT


@settings(
    max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(st.text(alphabet=" \t\r\n\u00a0\u2003\u3000", max_size=50))
def test_any_blank_text_is_rejected(client: qc.QuoteClient, text: str) -> None:
    with pytest.raises(qc.InvalidArgumentError) as caught:
        client.attribute(text)
    assert caught.value.field == "document.text"


def test_stream_reports_bad_items_in_place(client: qc.QuoteClient) -> None:
    documents = [("empty", ""), ("blank", "  \n"), ("long", "a" * 100_001)]
    outcomes = list(client.attribute_many(documents, return_exceptions=True))
    assert [type(o) for o in outcomes] == [
        qc.InvalidArgumentError,
        qc.InvalidArgumentError,
        qc.ResourceExhaustedError,
    ]
    assert [o.document_id for o in outcomes if isinstance(o, qc.AttributionResult)] == []
    assert [o.field for o in outcomes if isinstance(o, qc.QuoteError)] == [
        "document.text",
        "document.text",
        "document.text",
    ]
