"""Prometheus metrics: scraped over HTTP from the session server around real calls."""

from __future__ import annotations

import urllib.request

import grpc
import pytest
from conftest import LiveServer
from grpc_health.v1 import health_pb2, health_pb2_grpc
from prometheus_client.parser import text_string_to_metric_families

import quotes_client as qc
from quotes_server.config import Settings
from quotes_server.server import QuoteServer

SERVICE = "quotes.v1.QuoteAttributionService"
QUOTED = "“We start today,” the mayor said. The minister said that the plan would work."

Samples = dict[tuple[str, frozenset[tuple[str, str]]], float]


def scrape(live: LiveServer) -> Samples:
    assert live.server.metrics_http is not None
    url = f"http://127.0.0.1:{live.server.metrics_http.port}/metrics"
    with urllib.request.urlopen(url, timeout=10) as response:
        assert response.status == 200
        text = response.read().decode("utf-8")
    return {
        (sample.name, frozenset(sample.labels.items())): sample.value
        for family in text_string_to_metric_families(text)
        for sample in family.samples
    }


def value(samples: Samples, metric: str, **labels: str) -> float:
    return samples.get((metric, frozenset(labels.items())), 0.0)


def grpc_labels(method: str, kind: str = "unary") -> dict[str, str]:
    return {"grpc_type": kind, "grpc_service": SERVICE, "grpc_method": method}


def test_calls_documents_and_quotes_are_counted(
    loaded_server: LiveServer, loaded_client: qc.QuoteClient
) -> None:
    before = scrape(loaded_server)
    result = loaded_client.attribute(QUOTED)
    with pytest.raises(qc.InvalidArgumentError):
        loaded_client.attribute("")
    streamed = list(
        loaded_client.attribute_many([("a", QUOTED), ("bad", "")], return_exceptions=True)
    )
    after = scrape(loaded_server)

    def delta(metric: str, **labels: str) -> float:
        return value(after, metric, **labels) - value(before, metric, **labels)

    unary = grpc_labels("Attribute")
    assert delta("grpc_server_started_total", **unary) == 2
    assert delta("grpc_server_handled_total", **unary, grpc_code="OK") == 1
    assert delta("grpc_server_handled_total", **unary, grpc_code="INVALID_ARGUMENT") == 1
    assert delta("grpc_server_handling_seconds_count", **unary) == 2
    stream = grpc_labels("AttributeStream", "bidi_stream")
    assert delta("grpc_server_handled_total", **stream, grpc_code="OK") == 1
    assert delta("grpc_server_msg_sent_total", **stream) == 2  # one response per document

    # Two documents attributed, and two failed: the empty unary one and the stream item.
    assert delta("quotes_documents_total", outcome="attributed") == 2
    assert delta("quotes_documents_total", outcome="failed") == 2
    assert delta("quotes_characters_total") == 2 * len(QUOTED)
    assert isinstance(streamed[0], qc.AttributionResult)
    found = len(result.quotes) + len(streamed[0].quotes)
    assert found >= 2
    assert delta("quotes_quotes_total") == found
    assert delta("quotes_parse_seconds_count") == 2
    assert delta("quotes_parse_seconds_sum") > 0
    assert value(after, "quotes_queue_depth") == 0


def test_health_checks_are_counted_and_the_model_is_named(loaded_server: LiveServer) -> None:
    before = scrape(loaded_server)
    with grpc.insecure_channel(loaded_server.target) as channel:
        reply = health_pb2_grpc.HealthStub(channel).Check(health_pb2.HealthCheckRequest())
    assert reply.status == health_pb2.HealthCheckResponse.SERVING
    after = scrape(loaded_server)
    labels = {"grpc_type": "unary", "grpc_service": "grpc.health.v1.Health", "grpc_method": "Check"}
    handled = "grpc_server_handled_total"
    assert (
        value(after, handled, **labels, grpc_code="OK")
        - value(before, handled, **labels, grpc_code="OK")
        == 1
    )
    info = loaded_server.server.backend.info
    assert info is not None
    assert value(after, "quotes_model_info", name=info.name, version=info.version) == 1


def test_no_metrics_without_a_port() -> None:
    server = QuoteServer(Settings(host="127.0.0.1", port=0, workers=0))
    assert server.metrics is None
    assert server.metrics_http is None
