"""Faults: callers that give up free the server's work, and SIGTERM under load drains.

A parser process killed mid-request is covered by ``test_server_workers``.
"""

from __future__ import annotations

import asyncio
import json
import os
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import grpc
import pytest
from conftest import LiveServer

import quotes_client as qc
from quotes.v1 import quote_service_pb2 as pb
from quotes.v1 import quote_service_pb2_grpc as pb_grpc
from quotes_server.backend import BatchingBackend, ProcessSlot


def _backend(live: LiveServer) -> BatchingBackend:
    backend = live.server.backend
    assert isinstance(backend, BatchingBackend)
    return backend


def _wait_for(condition: Callable[[], bool], timeout: float, message: str) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        assert time.monotonic() < deadline, message
        time.sleep(0.05)


def test_callers_that_give_up_leave_nothing_to_parse(
    thread_server: LiveServer, seed_text: str
) -> None:
    """Queued texts of expired, cancelled and abandoned-stream calls are never parsed."""
    backend = _backend(thread_server)
    slot = backend.slots[0]
    parsed: list[str] = []
    run = slot.run

    async def recording_run(texts: list[str]) -> list[object]:
        parsed.extend(texts)
        return await run(texts)  # type: ignore[return-value]

    slot.run = recording_run  # type: ignore[method-assign]
    long_text = seed_text * 3
    expired, cancelled = "“Expired,” he said.", "“Cancelled,” she said."
    streamed = [f"“Streamed {i},” they said." for i in range(3)]
    with (
        qc.QuoteClient(thread_server.target, timeout=300, max_attempts=1) as client,
        grpc.insecure_channel(thread_server.target) as channel,
        ThreadPoolExecutor(1) as pool,
    ):
        long_call = pool.submit(client.attribute, long_text, document_id="long")
        _wait_for(lambda: long_text in parsed, 60, "the long text was not dispatched")

        # A deadline that passes while the text waits in the queue.
        with pytest.raises(qc.DeadlineExceededError):
            client.attribute(expired, timeout=1.0)

        # A caller that cancels while its text waits.
        stub = pb_grpc.QuoteAttributionServiceStub(channel)
        queued = backend.queued
        future = stub.Attribute.future(pb.AttributeRequest(document=pb.Document(text=cancelled)))
        _wait_for(lambda: backend.queued > queued, 30, "the cancelled call was not queued")
        future.cancel()

        # A stream cancelled by its caller while its items wait.
        queued = backend.queued
        requests = [pb.AttributeStreamRequest(document=pb.Document(text=t)) for t in streamed]
        stream = stub.AttributeStream(iter(requests), timeout=300)
        _wait_for(lambda: backend.queued >= queued + len(streamed), 30, "items not queued")
        stream.cancel()

        assert long_call.result(timeout=600).document_id == "long"
        after = client.attribute("“After,” he said.", document_id="after")
    assert after.document_id == "after"
    _wait_for(lambda: backend.queued == 0, 30, "the queue did not empty")
    assert "“After,” he said." in parsed
    for text in (expired, cancelled, *streamed):
        assert text not in parsed


def test_parse_nobody_waits_for_is_stopped(loaded_server: LiveServer) -> None:
    """Forty thousand one-character tokens take the parser about a minute (in pieces of at
    most 250 words): once its caller's deadline passes and it has run as long as a restart
    takes, the process is replaced."""
    backend = _backend(loaded_server)
    slot = backend.slots[0]
    assert isinstance(slot, ProcessSlot)
    with qc.QuoteClient(loaded_server.target, max_attempts=1, timeout=300) as client:
        client.attribute("“Warm,” she said.")  # the parser is up (a fault test may precede)
        pid = slot.pid
        limit = slot.abandon_after
        assert limit is not None
        with pytest.raises(qc.DeadlineExceededError):
            client.attribute('"' * 40_000, timeout=3)
        _wait_for(lambda: slot.pid != pid, limit + 120, "the abandoned parse was not stopped")
        result = client.attribute("“Back again,” the engineer said.")  # waits for the reload
    assert result.model is not None
    assert slot.pid not in (None, pid)


# --- SIGTERM under load ----------------------------------------------------------------------


class ServerProcess:
    """``quote-server`` as a subprocess, its JSON log read on a thread."""

    def __init__(self, *args: str) -> None:
        script = Path(sys.executable).with_name("quote-server")
        command = (
            [str(script)] if script.exists() else [sys.executable, "-m", "quotes_server.server"]
        )
        env = {**os.environ, "OMP_NUM_THREADS": "1"}
        self.process = subprocess.Popen(
            [*command, "--host", "127.0.0.1", "--port", "0", "--log-format", "json", *args],
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
            text=True,
            env=env,
        )
        self.events: list[dict[str, object]] = []
        self.loaded = threading.Event()
        self.reader = threading.Thread(target=self._read, daemon=True)
        self.reader.start()

    def _read(self) -> None:
        assert self.process.stdout is not None
        for line in self.process.stdout:
            event = json.loads(line)  # every line is JSON
            self.events.append(event)
            if event["event"] == "model loaded":
                self.loaded.set()

    @property
    def address(self) -> str:
        return next(str(e["address"]) for e in self.events if e["event"] == "listening")

    def names(self) -> list[object]:
        return [event["event"] for event in self.events]


@pytest.fixture
def server_process(loaded_server: LiveServer) -> Iterator[ServerProcess]:
    server = ServerProcess("--workers", "1", "--grace", "120")
    try:
        assert server.loaded.wait(900), "the server did not load its model"
        yield server
    finally:
        if server.process.poll() is None:
            server.process.kill()
            server.process.wait()
        server.reader.join(10)


async def test_sigterm_under_load_finishes_in_flight_calls_and_exits_zero(
    server_process: ServerProcess, seed_text: str
) -> None:
    # Several seconds of parsing on any machine: SIGTERM comes while it runs.
    texts = [seed_text * 4, seed_text * 3, seed_text * 4, "“Short,” she said."]
    streamed = [seed_text * 2, "“One,” he said.", "“Two,” he said."]
    target = server_process.address
    async with qc.AsyncQuoteClient(target, timeout=300, max_attempts=1) as client:
        unary = [
            asyncio.create_task(client.attribute(text, document_id=f"u{i}"))
            for i, text in enumerate(texts)
        ]

        async def stream() -> list[qc.AttributionResult | qc.QuoteError]:
            return [r async for r in client.attribute_many(streamed, return_exceptions=True)]

        streaming = asyncio.create_task(stream())
        await asyncio.sleep(0.5)  # the calls reach the server
        in_flight = sum(not task.done() for task in unary)
        signalled = time.monotonic()
        server_process.process.send_signal(signal.SIGTERM)
        await asyncio.sleep(1.0)
        refused: list[object] = []
        async with qc.AsyncQuoteClient(target, timeout=30, max_attempts=1) as late:
            for _ in range(2):
                try:
                    refused.append(await late.attribute("“Too late,” he said."))
                except qc.QuoteError as error:
                    refused.append(error)
        results = await asyncio.gather(*unary, return_exceptions=True)
        streamed_results = await streaming
    status = await asyncio.to_thread(server_process.process.wait, 180)
    took = time.monotonic() - signalled

    assert in_flight >= 2, "the calls ended before SIGTERM: nothing was in flight"
    assert all(isinstance(r, qc.UnavailableError) for r in refused), refused
    assert [r.document_id for r in results if isinstance(r, qc.AttributionResult)] == [
        f"u{i}" for i in range(len(texts))
    ], results
    assert all(isinstance(r, qc.AttributionResult) for r in streamed_results), streamed_results
    assert status == 0
    assert took < 120 + 30, f"the drain took {took:.0f} s"
    names = server_process.names()
    assert names.index("shutting down") < names.index("stopped")
