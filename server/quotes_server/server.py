"""Server wiring: the grpc.aio server, health, reflection, options, signals and shutdown.

Lifecycle of ``QuoteServer``:

1. ``start()`` binds the port and serves at once, with health NOT_SERVING (overall and for
   the service) so probes and load balancers keep traffic away while the model loads;
2. ``load()`` starts the parse backend (the parser processes load their models), then
   flips health to SERVING;
3. ``stop()`` (on SIGTERM or SIGINT in ``serve``) sets health NOT_SERVING for good, stops
   taking new calls, gives in-flight ones ``grace_seconds`` to finish, then stops the parsers.

With a metrics port set, ``start()`` also serves Prometheus metrics (``quotes_server.metrics``)
until ``stop()``.
"""

from __future__ import annotations

import asyncio
import signal
import sys
from collections.abc import Sequence

import grpc
import structlog
from grpc_health.v1 import health, health_pb2, health_pb2_grpc
from grpc_reflection.v1alpha import reflection

from quotes.v1 import quote_service_pb2 as pb
from quotes.v1 import quote_service_pb2_grpc as pb_grpc
from quotes_server.auth import AuthConfigError, AuthInterceptor, load_tokens
from quotes_server.backend import BackendStartError, BatchingBackend, ParseBackend
from quotes_server.config import Settings, parse_settings
from quotes_server.interceptors import ErrorInterceptor, RequestLogInterceptor
from quotes_server.logging import configure_logging
from quotes_server.malformed import MalformedRequestInterceptor
from quotes_server.metrics import MetricsHttpServer, MetricsInterceptor, ServiceMetrics
from quotes_server.servicer import QuoteAttributionServicer

log = structlog.get_logger(__name__)

SERVICE_NAME = pb.DESCRIPTOR.services_by_name["QuoteAttributionService"].full_name


def server_options(settings: Settings) -> list[tuple[str, int]]:
    """Channel arguments of the server; the client's keepalive stays above the ping minimum."""
    return [
        ("grpc.max_receive_message_length", settings.max_message_bytes),
        ("grpc.max_send_message_length", settings.max_message_bytes),
        # Recycle connections now and then so clients re-resolve and rebalance.
        ("grpc.max_connection_age_ms", 30 * 60 * 1000),
        ("grpc.max_connection_age_grace_ms", int(settings.grace_seconds * 1000) + 5000),
        # Accept client keepalive pings every 10 s or more, even between calls.
        ("grpc.http2.min_recv_ping_interval_without_data_ms", 10_000),
        ("grpc.keepalive_permit_without_calls", 1),
    ]


def server_credentials(settings: Settings) -> grpc.ServerCredentials | None:
    """TLS credentials from the configured PEM files; None for plaintext.

    With ``tls_client_ca`` set, clients must present a certificate signed by one of its CAs.
    """
    if settings.tls_cert is None or settings.tls_key is None:
        return None
    chain = settings.tls_cert.read_bytes()
    key = settings.tls_key.read_bytes()
    if settings.tls_client_ca is None:
        return grpc.ssl_server_credentials([(key, chain)])
    return grpc.ssl_server_credentials(
        [(key, chain)],
        root_certificates=settings.tls_client_ca.read_bytes(),
        require_client_auth=True,
    )


def server_interceptors(
    settings: Settings, metrics: ServiceMetrics | None = None
) -> list[grpc.aio.ServerInterceptor]:
    """Outermost first: log every call, count it, authenticate, map errors, refuse
    undecodable requests.

    Raises ``AuthConfigError`` when the configured tokens cannot be read.
    """
    tokens = load_tokens(settings)
    return [
        RequestLogInterceptor(),
        *([MetricsInterceptor(metrics)] if metrics is not None else []),
        *([AuthInterceptor(tokens)] if tokens else []),
        ErrorInterceptor(),
        MalformedRequestInterceptor(),
    ]


def make_backend(settings: Settings) -> ParseBackend:
    if settings.workers == 0:
        return BatchingBackend.in_process(
            settings.models_dir, max_batch=settings.max_batch, max_queue=settings.max_queue
        )
    return BatchingBackend.processes(
        settings.workers,
        settings.models_dir,
        max_batch=settings.max_batch,
        max_queue=settings.max_queue,
    )


class QuoteServer:
    def __init__(self, settings: Settings, backend: ParseBackend | None = None) -> None:
        self.settings = settings
        self.backend = backend if backend is not None else make_backend(settings)
        self.health = health.aio.HealthServicer()
        self.port: int | None = None
        self._server: grpc.aio.Server | None = None
        self.metrics = ServiceMetrics() if settings.metrics_port is not None else None
        self.metrics_http: MetricsHttpServer | None = None

    @property
    def target(self) -> str:
        """Where a client on this machine reaches the server."""
        host = self.settings.host
        if host in ("", "0.0.0.0", "[::]", "::"):
            host = "localhost" if self.settings.tls_cert else "127.0.0.1"
        return f"{host}:{self.port}"

    async def start(self) -> int:
        """Binds and starts serving (NOT_SERVING until ``load``); returns the bound port."""
        server = grpc.aio.server(
            interceptors=server_interceptors(self.settings, self.metrics),
            options=server_options(self.settings),
        )
        pb_grpc.add_QuoteAttributionServiceServicer_to_server(
            QuoteAttributionServicer(self.backend, self.settings), server
        )
        health_pb2_grpc.add_HealthServicer_to_server(self.health, server)
        reflection.enable_server_reflection(
            (SERVICE_NAME, health.SERVICE_NAME, reflection.SERVICE_NAME), server
        )
        credentials = server_credentials(self.settings)
        if credentials is None:
            self.port = server.add_insecure_port(self.settings.address)
        else:
            self.port = server.add_secure_port(self.settings.address, credentials)
        await self._set_health(health_pb2.HealthCheckResponse.NOT_SERVING)
        await server.start()
        self._server = server
        log.info("listening", address=f"{self.settings.host}:{self.port}")
        self._serve_metrics()
        return self.port

    def _serve_metrics(self) -> None:
        if self.metrics is None or self.settings.metrics_port is None:
            return
        backend = self.backend
        self.metrics.watch_queue(lambda: backend.queued)
        self.metrics_http = MetricsHttpServer(
            self.metrics, self.settings.host, self.settings.metrics_port
        )
        log.info("serving metrics", address=f"{self.settings.host}:{self.metrics_http.port}")

    async def load(self) -> None:
        """Loads the models, then reports SERVING."""
        await self.backend.start()
        info = self.backend.info
        log.info(
            "model loaded",
            model=info.name if info else None,
            version=info.version if info else None,
        )
        if self.metrics is not None and info is not None:
            self.metrics.model_loaded(info.name, info.version)
        await self._set_health(health_pb2.HealthCheckResponse.SERVING)

    async def stop(self, grace: float | None = None) -> None:
        """Drains: NOT_SERVING, no new calls, in-flight calls get ``grace`` seconds."""
        grace = self.settings.grace_seconds if grace is None else grace
        await self.health.enter_graceful_shutdown()
        if self._server is not None:
            log.info("shutting down", grace_s=grace)
            await self._server.stop(grace)
        await self.backend.close()
        if self.metrics_http is not None:
            self.metrics_http.close()
        log.info("stopped")

    async def wait_for_termination(self) -> None:
        if self._server is not None:
            await self._server.wait_for_termination()

    async def _set_health(
        self, status: health_pb2.HealthCheckResponse.ServingStatus.ValueType
    ) -> None:
        for service in ("", SERVICE_NAME):
            await self.health.set(service, status)


async def serve(settings: Settings) -> int:
    """Runs a server until SIGTERM or SIGINT; returns the process exit status."""
    server = QuoteServer(settings)
    stopping = asyncio.Event()
    loop = asyncio.get_running_loop()
    for signum in (signal.SIGTERM, signal.SIGINT):
        loop.add_signal_handler(signum, stopping.set)
    try:
        await server.start()
    except AuthConfigError as config_error:
        log.error("could not start", error=str(config_error))
        return 2
    loader = asyncio.create_task(server.load())
    stopper = asyncio.create_task(stopping.wait())
    await asyncio.wait({loader, stopper}, return_when=asyncio.FIRST_COMPLETED)
    status = 0
    if loader.done() and loader.exception() is not None:
        error = loader.exception()
        log.error("could not load the models", error=str(error))
        status = 1 if isinstance(error, BackendStartError) else 2
    else:
        await stopper
    loader.cancel()
    await server.stop()
    return status


def run(settings: Settings) -> int:
    """Sets up logging and serves until a signal; the process exit status."""
    configure_logging(settings.log_format, settings.log_level)
    return asyncio.run(serve(settings))


def main(argv: Sequence[str] | None = None) -> int:
    """The ``quote-server`` command."""
    return run(parse_settings(argv))


if __name__ == "__main__":
    sys.exit(main())
