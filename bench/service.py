"""Mode (b): the real server in a child process, driven through ``AsyncQuoteClient``.

The server is ``quote-server`` itself (``python -m quotes_server.server``) on 127.0.0.1 and
a free port, with its default settings (``QUOTES_*`` variables of the environment still
apply, as for any server), so its parser processes are its own children and the clients in
this process do not share its GIL. Its log goes to ``bench/results/server.log``.

* unary, concurrency N: N callers take documents from one shared queue, one ``attribute``
  call at a time each, over one client; latency is the call's time.
* stream, concurrency N: N ``attribute_many`` streams over one client, the corpus dealt
  round-robin between them; a document's latency runs from the moment the client takes it
  from the request iterator to its result, so it includes waiting in the stream's window.
"""

from __future__ import annotations

import asyncio
import json
import os
import subprocess
import sys
import time
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import IO, Any

from bench.corpus import Document
from bench.procs import PeakRss, parser_processes, rss_mb
from bench.stats import ModeResult
from quotes_client import AsyncQuoteClient, AttributionResult, QuoteError

CALL_TIMEOUT_S = 1800.0  # generous: the benchmark measures, it does not enforce deadlines
START_TIMEOUT_S = 600.0


class ServerStartError(RuntimeError):
    """The server exited or never loaded its model; the message has its log's tail."""


class ServerProcess:
    """``quote-server --port 0`` as a child process; ``start`` returns once its model is loaded."""

    def __init__(self, log_path: Path, workers: int | None = None) -> None:
        self.log_path = log_path
        self.requested_workers = workers  # None: the server's default
        self.port: int | None = None
        self._process: asyncio.subprocess.Process | None = None
        self._log: IO[bytes] | None = None

    @property
    def pid(self) -> int:
        assert self._process is not None
        return self._process.pid

    @property
    def target(self) -> str:
        return f"127.0.0.1:{self.port}"

    def workers(self) -> list[int]:
        return parser_processes(self.pid)

    async def start(self) -> None:
        self.log_path.parent.mkdir(parents=True, exist_ok=True)
        self._log = self.log_path.open("wb")
        command = [sys.executable, "-m", "quotes_server.server", "--host", "127.0.0.1"]
        command += ["--port", "0", "--log-format", "json"]
        if self.requested_workers is not None:
            command += ["--workers", str(self.requested_workers)]
        self._process = await asyncio.create_subprocess_exec(
            *command, stdout=self._log, stderr=subprocess.STDOUT, env=dict(os.environ)
        )
        deadline = time.monotonic() + START_TIMEOUT_S
        self.port = await self._wait_for_port(deadline)
        await self._wait_until_serving(deadline)

    async def stop(self) -> None:
        process = self._process
        if process is not None and process.returncode is None:
            process.terminate()  # SIGTERM: the server drains, then stops its parsers
            try:
                await asyncio.wait_for(process.wait(), 60)
            except TimeoutError:
                process.kill()
                await process.wait()
        if self._log is not None:
            self._log.close()

    def _check_alive(self) -> None:
        assert self._process is not None
        if self._process.returncode is not None:
            raise ServerStartError(
                f"the server exited with status {self._process.returncode}:\n{self._tail()}"
            )

    def _tail(self, lines: int = 20) -> str:
        text = self.log_path.read_text(encoding="utf-8", errors="replace")
        return "\n".join(text.splitlines()[-lines:])

    def _listening_port(self) -> int | None:
        for line in self.log_path.read_text(encoding="utf-8", errors="replace").splitlines():
            try:
                record = json.loads(line)
            except ValueError:
                continue
            if isinstance(record, dict) and record.get("event") == "listening":
                return int(str(record["address"]).rsplit(":", 1)[1])
        return None

    async def _wait_for_port(self, deadline: float) -> int:
        while time.monotonic() < deadline:
            self._check_alive()
            port = self._listening_port()
            if port is not None:
                return port
            await asyncio.sleep(0.1)
        raise ServerStartError(f"the server did not report its port:\n{self._tail()}")

    async def _wait_until_serving(self, deadline: float) -> None:
        """Until ``GetServiceInfo`` names a model: the parsers have loaded it."""
        async with AsyncQuoteClient(self.target, timeout=10.0) as client:
            while time.monotonic() < deadline:
                self._check_alive()
                try:
                    if (await client.service_info()).model is not None:
                        return
                except QuoteError:
                    pass
                await asyncio.sleep(0.25)
        raise ServerStartError(f"the server did not load its model:\n{self._tail()}")


async def _unary_caller(
    client: AsyncQuoteClient, queue: list[Document], result: ModeResult
) -> None:
    while queue:
        document = queue.pop()
        started = time.perf_counter()
        try:
            await client.attribute(document.text, document_id=document.id)
        except QuoteError as error:
            result.errors[type(error).__name__] += 1
            continue
        result.add(document.words, time.perf_counter() - started)


async def run_unary(
    client: AsyncQuoteClient, documents: Sequence[Document], concurrency: int
) -> ModeResult:
    result = ModeResult("unary", concurrency)
    queue = list(reversed(documents))  # pop() takes them in corpus order
    started = time.perf_counter()
    await asyncio.gather(*(_unary_caller(client, queue, result) for _ in range(concurrency)))
    result.seconds = time.perf_counter() - started
    return result


def _timed_requests(documents: Sequence[Document], sent: list[float]) -> Iterator[tuple[str, str]]:
    for document in documents:
        sent.append(time.perf_counter())
        yield (document.id, document.text)


def _record(
    result: ModeResult, document: Document, reply: AttributionResult | QuoteError, sent: float
) -> None:
    if isinstance(reply, QuoteError):
        result.errors[type(reply).__name__] += 1
    else:
        result.add(document.words, time.perf_counter() - sent)


async def _one_stream(
    client: AsyncQuoteClient, documents: Sequence[Document], result: ModeResult
) -> None:
    sent: list[float] = []
    replies = client.attribute_many(_timed_requests(documents, sent), return_exceptions=True)
    index = 0
    try:
        async for reply in replies:
            _record(result, documents[index], reply, sent[index])
            index += 1
    except QuoteError as error:  # the stream itself failed: its unanswered documents too
        result.errors[type(error).__name__] += len(documents) - index


async def run_stream(
    client: AsyncQuoteClient, documents: Sequence[Document], concurrency: int
) -> ModeResult:
    result = ModeResult("stream", concurrency)
    shares = [documents[i::concurrency] for i in range(concurrency)]
    started = time.perf_counter()
    await asyncio.gather(*(_one_stream(client, share, result) for share in shares if share))
    result.seconds = time.perf_counter() - started
    return result


async def measure_service(
    documents: Sequence[Document],
    concurrencies: Sequence[int],
    log_path: Path,
    workers: int | None = None,
) -> tuple[list[ModeResult], dict[str, Any]]:
    """Starts the server (``workers`` parser processes, None: its default), warms it up,
    runs every mode, stops it."""
    server = ServerProcess(log_path, workers)
    results: list[ModeResult] = []
    try:
        await server.start()
        async with AsyncQuoteClient(server.target, timeout=CALL_TIMEOUT_S) as client:
            facts = await _server_facts(server, client)
            await run_unary(client, documents[:2], 1)  # first parses, not measured
            for concurrency in concurrencies:
                for run in (run_unary, run_stream):
                    async with PeakRss(server.pid) as peak:
                        result = await run(client, documents, concurrency)
                    result.rss_mb = peak.peak_mb
                    result.workers = facts["parser_processes"]
                    results.append(result)
                    print(
                        f"  {result.mode} x{concurrency}, {result.workers} parser processes: "
                        f"{result.seconds:.1f} s",
                        flush=True,
                    )
            facts["server_rss_mb"] = rss_mb(server.pid)
    finally:
        await server.stop()
    return results, facts


async def _server_facts(server: ServerProcess, client: AsyncQuoteClient) -> dict[str, Any]:
    info = await client.service_info()
    model = info.model
    return {
        "server_version": info.version,
        "model": {"name": model.name, "version": model.version} if model else None,
        "max_batch_documents": info.limits.max_batch_documents,
        "parser_processes": len(server.workers()),
        "log": str(server.log_path),
    }
