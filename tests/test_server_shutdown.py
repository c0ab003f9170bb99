"""Graceful shutdown: in-flight calls finish, new calls are refused, SIGTERM exits cleanly."""

from __future__ import annotations

import asyncio
import json
import os
import signal
import subprocess
import sys
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest
from conftest import LiveServer

import quotes_client as qc
from quotes_server.backend import BatchingBackend


def test_stop_finishes_in_flight_calls_and_refuses_new_ones(
    thread_server: LiveServer, seed_text: str
) -> None:
    backend = thread_server.server.backend
    assert isinstance(backend, BatchingBackend)
    with (
        qc.QuoteClient(thread_server.target, max_attempts=1, timeout=300) as client,
        ThreadPoolExecutor(1) as pool,
    ):
        in_flight = pool.submit(client.attribute, seed_text * 3, document_id="in-flight")
        while backend.queued == 0 and not in_flight.done():  # wait until it is queued
            time.sleep(0.01)
        stopping = asyncio.run_coroutine_threadsafe(
            thread_server.server.stop(grace=120), thread_server.loop
        )
        time.sleep(0.3)
        with pytest.raises(qc.UnavailableError):
            client.attribute("“Too late,” he said.", timeout=10)
        assert in_flight.result(timeout=300).document_id == "in-flight"
        stopping.result(timeout=300)


def test_sigterm_drains_and_exits_zero(loaded_server: LiveServer, tmp_path: Path) -> None:
    env = {
        **os.environ,
        "OMP_NUM_THREADS": "1",
        "QUOTES_GRACE_SECONDS": "20",
        "QUOTES_WORKERS": "1",
    }
    process = subprocess.Popen(
        [sys.executable, "-m", "quotes_server.server", "--port", "0", "--log-format", "json"],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
        env=env,
    )
    assert process.stdout is not None
    lines: list[str] = []
    loaded = threading.Event()
    address: list[str] = []

    def read() -> None:
        assert process.stdout is not None
        for line in process.stdout:
            lines.append(line)
            event = json.loads(line)
            if event["event"] == "listening":
                address.append(event["address"])
            if event["event"] == "model loaded":
                loaded.set()

    reader = threading.Thread(target=read, daemon=True)
    reader.start()
    try:
        assert loaded.wait(900), "the server did not load its model"
        with qc.QuoteClient(address[0], timeout=120) as client:
            assert client.attribute("“Ready,” she said.").model is not None
        process.send_signal(signal.SIGTERM)
        assert process.wait(60) == 0
    finally:
        if process.poll() is None:
            process.kill()
            process.wait()
    reader.join(10)
    events = [json.loads(line)["event"] for line in lines]  # every line is JSON
    assert events.index("shutting down") < events.index("stopped")
