"""One JSON log line per call, with the request id and counts, and never the article text."""

from __future__ import annotations

import io
import json
import time
from collections.abc import Iterator

import pytest
from conftest import LiveServer, log_to_stderr

import quotes_client as qc
from quotes_server.logging import configure_logging


@pytest.fixture
def log_stream() -> Iterator[io.StringIO]:
    stream = io.StringIO()
    configure_logging("json", "info", stream)
    yield stream
    log_to_stderr()


def _request_lines(stream: io.StringIO, request_id: str) -> list[dict[str, object]]:
    """The call's log lines; an aborted call may be answered just before its line is written."""
    deadline = time.monotonic() + 5
    while True:
        events = [json.loads(line) for line in stream.getvalue().splitlines()]
        found = [e for e in events if e.get("request_id") == request_id and e["event"] == "request"]
        if found or time.monotonic() > deadline:
            return found
        time.sleep(0.02)


def test_failed_call_is_logged_with_its_code(
    live_server: LiveServer, log_stream: io.StringIO
) -> None:
    metadata = [("x-request-id", "log-bad-1")]
    with (
        qc.QuoteClient(live_server.target, metadata=metadata) as client,
        pytest.raises(qc.InvalidArgumentError),
    ):
        client.attribute("   ", document_id="doc-bad")
    [line] = _request_lines(log_stream, "log-bad-1")
    assert line["code"] == "INVALID_ARGUMENT"
    assert line["document_id"] == "doc-bad"
    assert line["method"] == "/quotes.v1.QuoteAttributionService/Attribute"
    assert line["level"] == "info"
    assert "timestamp" in line


def test_successful_call_is_logged_without_text(
    loaded_server: LiveServer, log_stream: io.StringIO, seed_text: str
) -> None:
    metadata = [("x-request-id", "log-ok-1")]
    with qc.QuoteClient(loaded_server.target, metadata=metadata, timeout=120) as client:
        result = client.attribute(seed_text, document_id="seed")
    [line] = _request_lines(log_stream, "log-ok-1")
    assert line["code"] == "OK"
    assert line["document_id"] == "seed"
    assert line["chars"] == len(seed_text)
    assert line["quotes"] == len(result.quotes)
    assert isinstance(line["parse_ms"], float)
    assert isinstance(line["total_ms"], float)
    assert line["parse_ms"] <= line["total_ms"]
    logged = log_stream.getvalue()
    for quote in result.quotes:
        assert quote.content_text not in logged
    assert seed_text[:60] not in logged
