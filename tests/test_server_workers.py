"""A parser process that dies fails its request with UNAVAILABLE and is replaced."""

from __future__ import annotations

import os
import signal
import time
from concurrent.futures import ThreadPoolExecutor

import pytest
from conftest import LiveServer

import quotes_client as qc
from quotes_server.backend import BatchingBackend, ProcessSlot


def _slot(live: LiveServer) -> ProcessSlot:
    backend = live.server.backend
    assert isinstance(backend, BatchingBackend)
    slot = backend.slots[0]
    assert isinstance(slot, ProcessSlot)
    return slot


def _kill_during_parse(live: LiveServer, client: qc.QuoteClient, text: str) -> object:
    """Kills the parser process while it parses ``text``; the call's result or error."""
    backend = live.server.backend
    assert isinstance(backend, BatchingBackend)
    pid = _slot(live).pid
    assert pid is not None
    with ThreadPoolExecutor(1) as pool:
        pending = pool.submit(client.attribute, text)
        deadline = time.monotonic() + 30
        while backend.queued and time.monotonic() < deadline:  # wait until it is dispatched
            time.sleep(0.05)
        time.sleep(0.5)
        os.kill(pid, signal.SIGKILL)
        try:
            return pending.result(timeout=300)
        except qc.QuoteError as error:
            return error


def test_dead_parser_fails_its_request_and_is_replaced(
    loaded_server: LiveServer, seed_text: str
) -> None:
    long_text = seed_text * 12  # several seconds of parsing on one thread
    killed = _slot(loaded_server).pid
    with qc.QuoteClient(loaded_server.target, max_attempts=1, timeout=300) as client:
        outcome = _kill_during_parse(loaded_server, client, long_text)
        if isinstance(outcome, qc.AttributionResult):
            pytest.skip("the parse finished before the parser could be killed")
        assert isinstance(outcome, qc.UnavailableError)
        # The replacement loads its model, then serves as before.
        result = client.attribute("“It works again,” the engineer said.")
    assert result.model is not None
    assert _slot(loaded_server).pid not in (None, killed)


def test_retrying_client_rides_over_a_dead_parser(
    loaded_server: LiveServer, seed_text: str
) -> None:
    with qc.QuoteClient(loaded_server.target, timeout=300) as client:  # retries UNAVAILABLE
        outcome = _kill_during_parse(loaded_server, client, seed_text * 3)
    assert isinstance(outcome, qc.AttributionResult)
