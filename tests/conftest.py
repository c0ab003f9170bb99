"""Shared fixtures: one real server for the whole session, run on its own event loop thread.

The server is the production one: grpc.aio on 127.0.0.1:0, one parser process loading the
bundled Stanza model (once per session), health, reflection and the interceptors. Tests
talk to it with the real clients. While the model files are absent, the server still runs
(validation, reflection and NOT_SERVING health work) and tests that need parses skip.
"""

from __future__ import annotations

import asyncio
import os
import sys
import threading
from collections.abc import Coroutine, Iterator
from pathlib import Path
from typing import Any, TypeVar

import grpc
import hypothesis
import pytest
from grpc_health.v1 import health_pb2, health_pb2_grpc

from quotes_client import QuoteClient
from quotes_server.backend import BackendStartError, BatchingBackend, ParseBackend
from quotes_server.config import Settings
from quotes_server.logging import configure_logging
from quotes_server.server import SERVICE_NAME, QuoteServer

os.environ.setdefault("OMP_NUM_THREADS", "1")

# Shared 2-core machines run other work too: judge examples by outcome, not by speed.
hypothesis.settings.register_profile("quotes", deadline=None, max_examples=50)
hypothesis.settings.load_profile("quotes")


def log_to_stderr() -> None:
    """Server warnings go to stderr, apart from what commands print on stdout."""
    configure_logging("json", "warning", sys.__stderr__)


log_to_stderr()

T = TypeVar("T")

REPO = Path(__file__).resolve().parents[1]
SEED = REPO / "seeds" / "000_fd69bc16018ef536.txt"

# Small queue and batch so the limits can be reached in tests; metrics on a free port.
SESSION_SETTINGS = Settings(
    host="127.0.0.1", port=0, workers=1, max_batch=4, max_queue=8, metrics_port=0
)


class LiveServer:
    """A ``QuoteServer`` on a private event loop in a thread; ``call`` runs coroutines there."""

    def __init__(self, settings: Settings, backend: ParseBackend | None = None) -> None:
        self.loop = asyncio.new_event_loop()
        self._thread = threading.Thread(target=self.loop.run_forever, daemon=True)
        self._thread.start()
        self.server: QuoteServer = self.call(self._make(settings, backend))
        self.statuses: list[str] = []  # health of the service seen by a Watch, in order
        self.load_error: str | None = None

    @staticmethod
    async def _make(settings: Settings, backend: ParseBackend | None) -> QuoteServer:
        return QuoteServer(settings, backend)

    def call(self, coroutine: Coroutine[Any, Any, T], timeout: float | None = 900) -> T:
        return asyncio.run_coroutine_threadsafe(coroutine, self.loop).result(timeout)

    @property
    def target(self) -> str:
        return self.server.target

    def start_and_load(self) -> None:
        """Starts, then loads while a health Watch records NOT_SERVING -> SERVING."""
        self.call(self.server.start())
        with grpc.insecure_channel(self.target) as channel:
            watch = health_pb2_grpc.HealthStub(channel).Watch(
                health_pb2.HealthCheckRequest(service=SERVICE_NAME), timeout=900
            )
            self.statuses.append(_status_name(next(watch).status))
            try:
                self.call(self.server.load())
            except BackendStartError as error:
                self.load_error = str(error)
            else:
                self.statuses.append(_status_name(next(watch).status))
            watch.cancel()

    def stop(self, grace: float = 5.0) -> None:
        self.call(self.server.stop(grace))
        self.loop.call_soon_threadsafe(self.loop.stop)
        self._thread.join(10)


def _status_name(status: int) -> str:
    return health_pb2.HealthCheckResponse.ServingStatus.Name(status)


@pytest.fixture(scope="session")
def live_server() -> Iterator[LiveServer]:
    live = LiveServer(SESSION_SETTINGS)
    live.start_and_load()
    yield live
    live.stop()


@pytest.fixture(scope="session")
def loaded_server(live_server: LiveServer) -> LiveServer:
    """The session server, once its model is loaded.

    Skips the test when the model files are absent; any other load failure fails it.
    """
    error = live_server.load_error
    if error is not None and error.startswith("ModelNotFoundError"):
        pytest.skip(f"no Stanza model to load: {error}")
    if error is not None:
        pytest.fail(f"the model could not be loaded: {error}")
    return live_server


@pytest.fixture
def client(live_server: LiveServer) -> Iterator[QuoteClient]:
    with QuoteClient(live_server.target, timeout=120) as quote_client:
        yield quote_client


@pytest.fixture
def loaded_client(loaded_server: LiveServer) -> Iterator[QuoteClient]:
    with QuoteClient(loaded_server.target, timeout=120) as quote_client:
        yield quote_client


@pytest.fixture(scope="session")
def seed_text() -> str:
    return SEED.read_bytes().decode("utf-8")


@pytest.fixture(scope="session")
def stanza_parser(loaded_server: LiveServer) -> Any:
    """The real pipeline loaded in this process (for the in-process backend and CLI)."""
    from quotes_server.nlp import load_parser

    return load_parser()


@pytest.fixture
def thread_server(stanza_parser: Any) -> Iterator[LiveServer]:
    """A second server parsing on a thread with the session's in-process pipeline."""
    backend = BatchingBackend.in_process(parser=stanza_parser, max_batch=4, max_queue=8)
    live = LiveServer(Settings(host="127.0.0.1", port=0, workers=0, grace_seconds=5), backend)
    live.start_and_load()
    yield live
    if live.loop.is_running():
        live.stop()
