"""Prometheus metrics: gRPC call counters in go-grpc-prometheus's names, plus the service's own.

Off unless a metrics port is configured (``--metrics-port``); then ``/metrics`` is served over
HTTP by ``prometheus_client`` on the server's host. Each ``QuoteServer`` has its own registry,
so several servers can share a process (as in the tests). All metrics live in the server
process: the parser processes report nothing themselves, their parse times are measured here.

* ``grpc_server_started_total``, ``grpc_server_handled_total`` (with ``grpc_code``),
  ``grpc_server_handling_seconds`` and ``grpc_server_msg_sent_total``, labelled
  ``grpc_type``, ``grpc_service`` and ``grpc_method``, for every RPC (health and reflection too);
* ``quotes_documents_total{outcome}``: documents received, ``attributed`` or ``failed`` (a bad
  stream item fails alone, so a call's status does not say how many documents failed);
* ``quotes_characters_total``, ``quotes_quotes_total``;
* ``quotes_parse_seconds``: per document, from the call asking for a parse to its result, so
  the wait in the queue is included;
* ``quotes_queue_depth``: documents waiting for a parser, read when scraped;
* ``quotes_model_info``: name and version of the loaded model.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable
from threading import Thread
from typing import Any
from wsgiref.simple_server import WSGIServer

import grpc
from prometheus_client import CollectorRegistry, Counter, Gauge, Histogram, Info, start_http_server

from quotes_server.interceptors import (
    AroundInterceptor,
    RequestRecord,
    RpcCall,
    current_record,
)

_GRPC_LABELS = ("grpc_type", "grpc_service", "grpc_method")
# Calls take from milliseconds (health, validation errors) to minutes (long streams).
_CALL_BUCKETS = (0.005, 0.025, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60, 120, 300)
# An article parses in about a second on one core; a text at the size limit in a minute or two.
_PARSE_BUCKETS = (0.1, 0.25, 0.5, 1, 2, 4, 8, 15, 30, 60, 120)


class ServiceMetrics:
    """The metrics of one server, in their own registry."""

    def __init__(self) -> None:
        self.registry = CollectorRegistry()
        registry = self.registry
        self.started = Counter(
            "grpc_server_started", "RPCs started on the server.", _GRPC_LABELS, registry=registry
        )
        self.handled = Counter(
            "grpc_server_handled",
            "RPCs completed on the server, by status code.",
            (*_GRPC_LABELS, "grpc_code"),
            registry=registry,
        )
        self.handling_seconds = Histogram(
            "grpc_server_handling_seconds",
            "Time from the start of an RPC to its end.",
            _GRPC_LABELS,
            buckets=_CALL_BUCKETS,
            registry=registry,
        )
        self.msg_sent = Counter(
            "grpc_server_msg_sent", "Response messages sent.", _GRPC_LABELS, registry=registry
        )
        self.documents = Counter(
            "quotes_documents", "Documents received, by outcome.", ("outcome",), registry=registry
        )
        self.characters = Counter(
            "quotes_characters", "Characters of the documents received.", registry=registry
        )
        self.quotes = Counter("quotes_quotes", "Quotes found.", registry=registry)
        self.parse_seconds = Histogram(
            "quotes_parse_seconds",
            "Per document: time from asking for a parse to its result, queue wait included.",
            buckets=_PARSE_BUCKETS,
            registry=registry,
        )
        self.queue_depth = Gauge(
            "quotes_queue_depth", "Documents waiting for a parser.", registry=registry
        )
        self.model = Info("quotes_model", "The loaded model.", registry=registry)

    def watch_queue(self, depth: Callable[[], int]) -> None:
        """Reads the queue depth from ``depth`` at each scrape."""
        self.queue_depth.set_function(depth)

    def model_loaded(self, name: str, version: str) -> None:
        self.model.info({"name": name, "version": version})


class MetricsHttpServer:
    """``/metrics`` over HTTP on a thread (``prometheus_client``); port 0 picks a free one."""

    def __init__(self, metrics: ServiceMetrics, host: str, port: int) -> None:
        # prometheus_client binds with the standard library, which wants a bare address.
        address = host.strip("[]")
        self._server: WSGIServer
        self._thread: Thread
        self._server, self._thread = start_http_server(port, address, registry=metrics.registry)
        self.port: int = self._server.server_port

    def close(self) -> None:
        self._server.shutdown()
        self._server.server_close()
        self._thread.join(5)


class MetricsInterceptor(AroundInterceptor):
    """Counts every RPC and, from the call's ``RequestRecord``, its documents and quotes.

    Sits inside ``RequestLogInterceptor``, whose record it reads when the call ends.
    """

    def __init__(self, metrics: ServiceMetrics) -> None:
        self._metrics = metrics

    async def around(
        self,
        responses: AsyncIterator[Any],
        context: grpc.aio.ServicerContext[Any, Any],
        call: RpcCall,
    ) -> AsyncIterator[Any]:
        labels = (call.kind, call.service, call.method)
        metrics = self._metrics
        metrics.started.labels(*labels).inc()
        record = current_record()
        try:
            async for item in responses:
                metrics.msg_sent.labels(*labels).inc()
                yield item
        except BaseException as error:
            record.failed(context, error)
            raise
        finally:
            metrics.handled.labels(*labels, record.code.name).inc()
            metrics.handling_seconds.labels(*labels).observe(record.elapsed_seconds)
            self._count_documents(record)

    def _count_documents(self, record: RequestRecord) -> None:
        metrics = self._metrics
        if record.documents:
            attributed = len(record.parse_ms_each)
            metrics.documents.labels("attributed").inc(attributed)
            metrics.documents.labels("failed").inc(record.documents - attributed)
            metrics.characters.inc(record.chars)
        metrics.quotes.inc(record.quotes)
        for parse_ms in record.parse_ms_each:
            metrics.parse_seconds.observe(parse_ms / 1000)
