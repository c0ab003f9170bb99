"""The parse stage: Stanza is bound by the CPU and the GIL, so it runs off the event loop.

``ParseBackend`` is what the service needs. ``BatchingBackend`` implements it over a set of
parser slots fed from one bounded queue:

* each slot is a parser process (``ProcessSlot``, the server's default) or a thread of this
  process holding one pipeline (``ThreadSlot``, for ``--workers 0``, the CLI and tests);
* a free slot takes up to ``max_batch`` waiting texts at once, so concurrent requests and
  stream items are parsed together in one ``parse_many`` call (micro-batching with no added
  wait: a batch is whatever queued up while the slots were busy);
* more than ``max_queue`` waiting texts is ``QueueFullError`` (RESOURCE_EXHAUSTED), unless
  the caller asks to wait for room;
* a caller that gives up (deadline, cancel) cancels its futures, and queued texts whose
  futures are done are dropped before parsing; a parse in a process that every caller of
  its batch gave up on is stopped once it has run as long as starting a parser takes (one
  sentence of thousands of tokens can take the parser many minutes), and the process is
  replaced;
* a parser process that dies fails its batch with ``WorkerDiedError`` (UNAVAILABLE) and is
  replaced; a process found dead while idle is replaced before it gets work.
"""

from __future__ import annotations

import asyncio
import contextlib
import multiprocessing
import time
from abc import ABC, abstractmethod
from collections import deque
from collections.abc import Callable, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from multiprocessing.connection import Connection
from multiprocessing.process import BaseProcess
from pathlib import Path
from typing import Protocol, TypeVar

import structlog

from quotes_server import worker
from quotes_server.engine import ParsedDocument
from quotes_server.errors import NotReadyError, ParseFailedError, QueueFullError, WorkerDiedError
from quotes_server.nlp import ModelInfo, StanzaParser

log = structlog.get_logger(__name__)

# A batch stops growing past this many characters, so one slot never holds a huge batch.
MAX_BATCH_CHARS = 200_000
# A parse nobody waits for runs at least this long (and as long as a parser takes to start)
# before its process is stopped; how often the callers of a running batch are checked.
MIN_ABANDON_SECONDS = 5.0
ABANDON_CHECK_SECONDS = 0.5
# The RetryInfo a full queue sends: about one batch of parsing frees room.
QUEUE_FULL_RETRY_SECONDS = 1.0

T = TypeVar("T")


class BackendStartError(RuntimeError):
    """The models could not be loaded; the message says why."""


class ParseBackend(Protocol):
    """Parses texts into ``ParsedDocument`` off the event loop."""

    @property
    def info(self) -> ModelInfo | None:
        """The loaded model; None until ``start`` has finished."""

    @property
    def queued(self) -> int:
        """Texts waiting for a parser."""

    async def start(self) -> None:
        """Loads the models; raises ``BackendStartError`` when they cannot be loaded."""

    async def parse_many(self, texts: Sequence[str], *, wait: bool = False) -> list[ParsedDocument]:
        """One parse per text, in order. Raises a ``ServiceError`` for the whole call.

        A full queue raises ``QueueFullError``, or with ``wait`` waits for room (for callers
        that are flow-controlled already, such as a stream with a bounded window).
        """

    async def close(self) -> None:
        """Stops the parsers; waiting callers get ``NotReadyError``."""


class Slot(ABC):
    """One parser that handles a batch at a time."""

    @abstractmethod
    async def start(self) -> ModelInfo: ...

    @abstractmethod
    async def run(self, texts: list[str]) -> list[ParsedDocument | str]:
        """Per text, its parse or an error message; ``WorkerDiedError`` if the parser died."""

    async def ensure_alive(self) -> None:  # noqa: B027  (a no-op unless the slot can die)
        """Replaces the parser if it died while idle."""

    @property
    def abandon_after(self) -> float | None:
        """Seconds after which a parse nobody waits for is stopped; None: it cannot be."""
        return None

    async def abort(self) -> None:  # noqa: B027  (a no-op unless the slot can be stopped)
        """Stops the parse in progress: ``run`` then raises ``WorkerDiedError``."""

    async def restart(self) -> None:
        await self.close()
        await self.start()

    @abstractmethod
    async def close(self) -> None: ...


class ProcessSlot(Slot):
    """A parser process with its own Stanza pipeline (see ``quotes_server.worker``)."""

    def __init__(self, models_dir: Path | None, executor: ThreadPoolExecutor) -> None:
        self._models_dir = models_dir
        self._executor = executor
        self._context = multiprocessing.get_context("spawn")  # never fork a gRPC process
        self._process: BaseProcess | None = None
        self._conn: Connection | None = None
        self.start_seconds = 0.0  # how long the last start took, model load included

    @property
    def pid(self) -> int | None:
        return self._process.pid if self._process is not None else None

    async def start(self) -> ModelInfo:
        started = time.monotonic()
        parent, child = self._context.Pipe()
        process = self._context.Process(
            target=worker.main, args=(child, self._models_dir), name="quotes-parser", daemon=True
        )
        process.start()
        child.close()
        self._process, self._conn = process, parent
        try:
            status, payload = await self._call(parent.recv)
        except WorkerDiedError:
            raise BackendStartError("a parser process died while loading the models") from None
        if status != "ready":
            await self.close()
            raise BackendStartError(str(payload))
        self.start_seconds = time.monotonic() - started
        log.info("parser process ready", pid=process.pid, start_s=round(self.start_seconds, 1))
        info: ModelInfo = payload
        return info

    @property
    def abandon_after(self) -> float | None:
        # Waiting longer than a restart takes costs more than the restart would.
        return max(MIN_ABANDON_SECONDS, self.start_seconds)

    async def abort(self) -> None:
        process = self._process
        if process is not None and process.is_alive():
            process.kill()

    async def run(self, texts: list[str]) -> list[ParsedDocument | str]:
        conn = self._conn
        if conn is None:
            raise WorkerDiedError("the parser is not running")

        def exchange() -> list[ParsedDocument | str]:
            conn.send(texts)
            results: list[ParsedDocument | str] = conn.recv()
            return results

        return await self._call(exchange)

    async def ensure_alive(self) -> None:
        if self._process is not None and not self._process.is_alive():
            log.warning("parser process found dead; replacing it", pid=self._process.pid)
            await self.restart()

    async def close(self) -> None:
        process, conn = self._process, self._conn
        self._process = self._conn = None
        if conn is not None:
            with contextlib.suppress(OSError):
                conn.send(None)
        if process is not None:
            await asyncio.get_running_loop().run_in_executor(None, _stop_process, process)
        if conn is not None:
            conn.close()

    async def _call(self, function: Callable[[], T]) -> T:
        try:
            return await asyncio.get_running_loop().run_in_executor(self._executor, function)
        except (EOFError, OSError) as error:
            raise WorkerDiedError("a parser process died; retry the request") from error


def _stop_process(process: BaseProcess, timeout: float = 5.0) -> None:
    process.join(timeout)
    if process.is_alive():
        process.kill()
        process.join()


class ThreadSlot(Slot):
    """A Stanza pipeline in this process, run on one thread of its own."""

    def __init__(self, models_dir: Path | None = None, parser: StanzaParser | None = None) -> None:
        self._models_dir = models_dir
        self._parser = parser
        self._executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="quotes-parser")

    async def start(self) -> ModelInfo:
        if self._parser is None:
            from quotes_server.nlp import load_parser

            try:
                self._parser = await asyncio.get_running_loop().run_in_executor(
                    self._executor, load_parser, self._models_dir
                )
            except Exception as error:
                raise BackendStartError(f"{type(error).__name__}: {error}") from error
        return self._parser.info

    async def run(self, texts: list[str]) -> list[ParsedDocument | str]:
        parser = self._parser
        if parser is None:
            raise WorkerDiedError("the parser is not running")
        return await asyncio.get_running_loop().run_in_executor(
            self._executor, _parse_each, parser, texts
        )

    async def close(self) -> None:
        self._executor.shutdown(wait=False, cancel_futures=True)


def _parse_each(parser: StanzaParser, texts: list[str]) -> list[ParsedDocument | str]:
    try:
        return list(parser.parse_many(texts))
    except Exception:
        pass
    results: list[ParsedDocument | str] = []
    for text in texts:
        try:
            results.append(parser.parse(text))
        except Exception as error:
            results.append(f"{type(error).__name__}: {error}")
    return results


@dataclass(slots=True)
class _Job:
    text: str
    future: asyncio.Future[ParsedDocument]


class BatchingBackend:
    """A ``ParseBackend`` over parser slots fed from one bounded queue (see module docs)."""

    def __init__(self, slots: Sequence[Slot], *, max_batch: int = 8, max_queue: int = 64) -> None:
        if not slots:
            raise ValueError("at least one parser slot is needed")
        self.slots = list(slots)
        self.max_batch = max_batch
        self.max_queue = max_queue
        self._info: ModelInfo | None = None
        self._pending: deque[_Job] = deque()
        self._wakeup: asyncio.Condition | None = None  # dispatchers: texts are waiting
        self._room: asyncio.Condition | None = None  # waiting callers: the queue has room
        self._dispatchers: list[asyncio.Task[None]] = []
        self._closed = False

    @classmethod
    def processes(
        cls,
        workers: int,
        models_dir: Path | None = None,
        *,
        max_batch: int = 8,
        max_queue: int = 64,
    ) -> BatchingBackend:
        executor = ThreadPoolExecutor(max_workers=workers, thread_name_prefix="quotes-pipe")
        slots = [ProcessSlot(models_dir, executor) for _ in range(workers)]
        return cls(slots, max_batch=max_batch, max_queue=max_queue)

    @classmethod
    def in_process(
        cls,
        models_dir: Path | None = None,
        *,
        parser: StanzaParser | None = None,
        max_batch: int = 8,
        max_queue: int = 64,
    ) -> BatchingBackend:
        return cls([ThreadSlot(models_dir, parser)], max_batch=max_batch, max_queue=max_queue)

    @property
    def info(self) -> ModelInfo | None:
        return self._info

    @property
    def queued(self) -> int:
        return len(self._pending)

    async def start(self) -> None:
        lock = asyncio.Lock()
        self._wakeup, self._room = asyncio.Condition(lock), asyncio.Condition(lock)
        try:
            infos = await asyncio.gather(*(slot.start() for slot in self.slots))
        except BaseException:
            await asyncio.gather(*(slot.close() for slot in self.slots), return_exceptions=True)
            raise
        self._dispatchers = [
            asyncio.create_task(self._dispatch(slot), name=f"parse-dispatch-{i}")
            for i, slot in enumerate(self.slots)
        ]
        self._info = infos[0]

    async def parse_many(self, texts: Sequence[str], *, wait: bool = False) -> list[ParsedDocument]:
        if self._info is None or self._wakeup is None or self._room is None or self._closed:
            raise NotReadyError("the model is not loaded yet; retry shortly", retry_after=5.0)
        if len(self._pending) + len(texts) > self.max_queue:
            if not wait or len(texts) > self.max_queue:
                raise QueueFullError(
                    f"the server is busy: {len(self._pending)} documents are waiting "
                    f"(at most {self.max_queue}); retry later",
                    retry_after=QUEUE_FULL_RETRY_SECONDS,
                )
            async with self._room:
                await self._room.wait_for(
                    lambda: self._closed or len(self._pending) + len(texts) <= self.max_queue
                )
            if self._closed:
                raise NotReadyError("the server is shutting down")
        loop = asyncio.get_running_loop()
        jobs = [_Job(text, loop.create_future()) for text in texts]
        self._pending.extend(jobs)
        async with self._wakeup:
            self._wakeup.notify(len(jobs))
        try:
            return list(await asyncio.gather(*(job.future for job in jobs)))
        finally:
            for job in jobs:  # a failed or cancelled caller leaves nothing to parse behind
                job.future.cancel()

    async def close(self) -> None:
        self._closed = True
        if self._room is not None:
            async with self._room:
                self._room.notify_all()  # callers waiting for room give up
        for task in self._dispatchers:
            task.cancel()
        await asyncio.gather(*self._dispatchers, return_exceptions=True)
        while self._pending:
            job = self._pending.popleft()
            if not job.future.done():
                job.future.set_exception(NotReadyError("the server is shutting down"))
        await asyncio.gather(*(slot.close() for slot in self.slots), return_exceptions=True)

    async def _dispatch(self, slot: Slot) -> None:
        assert self._wakeup is not None
        assert self._room is not None
        while True:
            async with self._wakeup:
                await self._wakeup.wait_for(lambda: bool(self._pending))
                batch = self._take_batch()
                self._room.notify_all()
                if self._pending:  # more than one batch waits: wake another parser
                    self._wakeup.notify()
            if batch:
                await self._run_batch(slot, batch)

    def _take_batch(self) -> list[_Job]:
        batch: list[_Job] = []
        chars = 0
        while self._pending and len(batch) < self.max_batch:
            job = self._pending[0]
            if job.future.done():  # its caller gave up
                self._pending.popleft()
                continue
            if batch and chars + len(job.text) > MAX_BATCH_CHARS:
                break
            batch.append(self._pending.popleft())
            chars += len(job.text)
        return batch

    async def _run_batch(self, slot: Slot, batch: list[_Job]) -> None:
        try:
            await slot.ensure_alive()
            results = await self._run_watched(slot, batch)
        except WorkerDiedError as error:
            _fail(batch, error)
            log.warning("parser died; replacing it", documents=len(batch))
            await self._replace(slot)
            return
        except Exception as error:
            log.exception("parse batch failed", documents=len(batch))
            _fail(batch, error)
            return
        for job, result in zip(batch, results, strict=True):
            if job.future.done():
                continue
            if isinstance(result, str):
                log.error("parser failed on a document", error=result)
                job.future.set_exception(ParseFailedError("the parser failed on this document"))
            else:
                job.future.set_result(result)

    async def _run_watched(self, slot: Slot, batch: list[_Job]) -> list[ParsedDocument | str]:
        """``slot.run`` over the batch, stopped once every caller has given up and it has run
        for ``slot.abandon_after`` seconds (``WorkerDiedError`` then; the slot is replaced)."""
        running = asyncio.ensure_future(slot.run([job.text for job in batch]))
        limit = slot.abandon_after
        if limit is None:
            return await running
        loop = asyncio.get_running_loop()
        started = loop.time()
        try:
            while not running.done():
                await asyncio.wait({running}, timeout=ABANDON_CHECK_SECONDS)
                gone = all(job.future.done() for job in batch)
                if gone and not running.done() and loop.time() - started >= limit:
                    log.warning(
                        "stopping a parse that every caller gave up on",
                        documents=len(batch),
                        ran_s=round(loop.time() - started, 1),
                    )
                    await slot.abort()
                    break
        except asyncio.CancelledError:
            running.cancel()
            raise
        return await running

    async def _replace(self, slot: Slot) -> None:
        delay = 0.5
        while not self._closed:
            try:
                await slot.restart()
                return
            except BackendStartError:
                log.exception("could not replace a parser; trying again", delay_s=delay)
                await asyncio.sleep(delay)
                delay = min(delay * 2, 30.0)


def _fail(batch: list[_Job], error: BaseException) -> None:
    for job in batch:
        if not job.future.done():
            job.future.set_exception(error)
