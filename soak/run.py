"""``make soak``: fuzzed inputs, then sustained concurrent load on a real server.

    make soak                                           # 10,000 fuzz cases, 120 s of load
    .venv/bin/python -m soak.run --fuzz 1000 --seconds 20           # a quick run

1. Starts ``quote-server`` on 127.0.0.1, port 0 (a free port), and waits for its model.
2. Fuzz: ``--fuzz`` cases in all. ``--rpc-share`` of them go through the RPC (random texts
   and options with the client, undecodable bytes on a raw channel); the rest go straight
   to the engine as random parses, which need no parser. Prints the count tried and failed.
3. Load: ``--clients`` unary clients and ``--streams`` streaming clients, each on its own
   channel, send documents back to back for ``--warmup`` seconds, then for ``--seconds``
   more; prints requests, errors, p50 and p99 latency, and the resident memory of the
   server and of its parser processes after the warm-up and at the end.
4. Stops the server with SIGTERM; it must drain and exit 0.

The exit status is 0 only when no fuzz case failed, no request failed, the server logged
no error, neither the server's nor the parsers' memory grew by ``--max-rss-growth`` (10 %)
or more, and the server exited cleanly. Every loop is bounded by a count or a deadline,
every call has a deadline, and the server listens on loopback only.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import json
import os
import random
import signal
import statistics
import subprocess
import sys
import threading
import time
from collections import Counter, deque
from collections.abc import AsyncIterator, Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

import grpc

import quotes_client as qc
from quotes.v1 import quote_service_pb2 as pb
from quotes_server.engine import attribute
from quotes_server.engine.quote_marks import find_quotations
from soak.fuzz import RpcCase, attribution_problems, mutate, random_case, random_parse, random_text

REPO = Path(__file__).resolve().parents[1]
SEEDS = sorted((REPO / "seeds").glob("*.txt"))
ATTRIBUTE = "/quotes.v1.QuoteAttributionService/Attribute"
CALL_TIMEOUT = 120.0  # seconds; a call still running after this counts as a failure
SHORT_TEXTS = [
    "“We will act,” the minister said.",
    "The minister said that the plan would work.",
    "“It is late,” Ann Lee said. “Very late.”",
    "Officials say the road will reopen, according to the council.",
    "Nothing is quoted here.",
    "She told reporters: “The figures speak for themselves.”",
]
MiB = 1024 * 1024


# --- the server ------------------------------------------------------------------------------


class ServerProcess:
    """``quote-server`` in a child process, its JSON log read on a thread."""

    def __init__(self, workers: int | None, max_queue: int, grace: float) -> None:
        command = [
            *(sys.executable, "-m", "quotes_server.server", "--host", "127.0.0.1", "--port", "0"),
            *("--max-queue", str(max_queue), "--grace", str(grace)),
            *("--log-format", "json", "--log-level", "info"),
            *(("--workers", str(workers)) if workers is not None else ()),
        ]
        env = {**os.environ, "OMP_NUM_THREADS": "1"}
        env.pop("QUOTES_AUTH_TOKENS", None)
        self.grace = grace
        self.process = subprocess.Popen(
            command,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            env=env,
            cwd=REPO,
        )
        self.address: str | None = None
        self.loaded = threading.Event()
        self.errors: list[str] = []  # error-level log events
        self.warnings = 0
        self.stderr: deque[str] = deque(maxlen=40)
        self._readers = [
            threading.Thread(target=self._read_log, daemon=True),
            threading.Thread(target=self._read_stderr, daemon=True),
        ]
        for reader in self._readers:
            reader.start()

    @property
    def pid(self) -> int:
        return self.process.pid

    def _read_log(self) -> None:
        assert self.process.stdout is not None
        for line in self.process.stdout:
            try:
                event = json.loads(line)
            except ValueError:
                self.stderr.append(line.rstrip())
                continue
            name = event.get("event")
            if name == "listening":
                self.address = str(event["address"])
            elif name == "model loaded":
                self.loaded.set()
            level = event.get("level")
            if level in ("error", "critical"):
                details = {k: event[k] for k in ("error", "error_type", "code") if k in event}
                self.errors.append(f"{name} {details}")
            elif level == "warning":
                self.warnings += 1

    def _read_stderr(self) -> None:
        assert self.process.stderr is not None
        for line in self.process.stderr:
            self.stderr.append(line.rstrip())

    def wait_until_loaded(self, timeout: float) -> str:
        deadline = time.monotonic() + timeout
        while not self.loaded.wait(1.0):
            if self.process.poll() is not None:
                raise RuntimeError(f"the server exited with {self.process.returncode}")
            if time.monotonic() > deadline:
                raise RuntimeError(f"the server did not load its model in {timeout:.0f} s")
        assert self.address is not None
        return self.address

    def stop(self) -> int:
        """SIGTERM, then the exit status (killed after the grace period and a margin)."""
        if self.process.poll() is None:
            self.process.send_signal(signal.SIGTERM)
            try:
                self.process.wait(self.grace + 60)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
        for reader in self._readers:
            reader.join(10)
        return self.process.returncode


def rss(pid: int) -> int:
    """Resident memory of a process in bytes; 0 once it is gone."""
    try:
        status = Path(f"/proc/{pid}/status").read_text()
    except OSError:
        return 0
    for line in status.splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) * 1024
    return 0


def parser_processes(parent: int) -> list[int]:
    """The parser processes of the server: its children, less multiprocessing's helpers."""
    found: list[int] = []
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            stat = (entry / "stat").read_text()
            cmdline = (entry / "cmdline").read_bytes()
        except OSError:
            continue
        ppid = int(stat.rsplit(")", 1)[1].split()[1])
        if ppid == parent and b"resource_tracker" not in cmdline:
            found.append(int(entry.name))
    return sorted(found)


@dataclass(frozen=True, slots=True)
class Memory:
    server: int
    parsers: dict[int, int]

    @classmethod
    def of(cls, server: ServerProcess) -> Memory:
        return cls(rss(server.pid), {pid: rss(pid) for pid in parser_processes(server.pid)})

    @property
    def parsers_total(self) -> int:
        return sum(self.parsers.values())


def growth(before: int, after: int) -> float:
    return (after - before) / before if before else 0.0


# --- fuzz ------------------------------------------------------------------------------------


@dataclass(slots=True)
class Tally:
    tried: int = 0
    failures: list[str] = field(default_factory=list)

    def fail(self, message: str) -> None:
        self.failures.append(message)


def fuzz_engine(cases: int, seed: int, tally: Tally) -> None:
    for index in range(cases):
        rng = random.Random(f"engine-{seed}-{index}")
        doc = random_parse(rng)
        tally.tried += 1
        try:
            problems = attribution_problems(doc.text, attribute(doc))
            text = random_text(rng)
            for quotation in find_quotations(text):
                for part in quotation.parts:
                    if not 0 <= part.start <= part.end <= len(text):
                        problems.append(f"quotation part {part} outside a text of {len(text)}")
        except Exception as error:
            problems = [f"raised {type(error).__name__}: {error}"]
        if problems:
            tally.fail(f"engine case {index} (seed {seed}): {'; '.join(problems[:3])}")


def _check_answer(case: RpcCase, outcome: qc.AttributionResult | qc.QuoteError) -> list[str]:
    if isinstance(outcome, qc.QuoteError):
        if outcome.code is grpc.StatusCode.RESOURCE_EXHAUSTED:
            return []
        if outcome.code is grpc.StatusCode.INVALID_ARGUMENT and not case.valid:
            return []
        return [f"{outcome.code.name}: {outcome.message}"]
    if not case.valid:
        return ["an invalid request was answered"]
    problems = attribution_problems(case.text, outcome)
    if outcome.document_id != case.document_id:
        problems.append("the document id did not come back")
    return problems


def _check_raw(data: bytes, outcome: bytes | grpc.aio.AioRpcError) -> list[str]:
    try:
        text: str | None = pb.AttributeRequest.FromString(data).document.text
    except Exception:
        text = None
    if isinstance(outcome, grpc.aio.AioRpcError):
        code = outcome.code()
        if code is grpc.StatusCode.INVALID_ARGUMENT or (
            code is grpc.StatusCode.RESOURCE_EXHAUSTED and text is not None
        ):
            return []
        return [f"{code.name}: {outcome.details()}"]
    if text is None:
        return ["bytes that are not a request were answered"]
    result = qc.AttributionResult.from_proto(pb.AttributeResponse.FromString(outcome))
    return attribution_problems(text, result)


async def fuzz_rpc(target: str, cases: int, seed: int, tally: Tally, concurrency: int = 4) -> None:
    """``cases`` requests over ``concurrency`` calls at a time; one in seven is raw bytes."""
    indices = iter(range(cases))
    async with (
        qc.AsyncQuoteClient(target, timeout=CALL_TIMEOUT, max_attempts=1) as client,
        grpc.aio.insecure_channel(target) as channel,
    ):
        raw = channel.unary_unary(
            ATTRIBUTE, request_serializer=lambda b: b, response_deserializer=lambda b: b
        )

        async def run_one(index: int) -> list[str]:
            rng = random.Random(f"rpc-{seed}-{index}")
            if rng.random() < 1 / 7:
                valid = pb.AttributeRequest(document=pb.Document(text=random_text(rng)))
                data = (
                    rng.randbytes(rng.randint(0, 300))
                    if rng.random() < 0.5
                    else mutate(rng, valid.SerializeToString())
                )
                try:
                    answer: bytes | grpc.aio.AioRpcError = await raw(data, timeout=CALL_TIMEOUT)
                except grpc.aio.AioRpcError as error:
                    answer = error
                return _check_raw(data, answer)
            case = random_case(rng)
            try:
                outcome: qc.AttributionResult | qc.QuoteError = await client.attribute(
                    case.text,
                    document_id=case.document_id,
                    language=case.language,
                    min_confidence=case.min_confidence,
                    include_indirect=case.include_indirect,
                    include_parse=case.include_parse,
                )
            except qc.QuoteError as error:
                outcome = error
            return _check_answer(case, outcome)

        async def worker() -> None:
            for index in indices:
                tally.tried += 1
                try:
                    problems = await run_one(index)
                except Exception as error:
                    problems = [f"raised {type(error).__name__}: {error}"]
                if problems:
                    tally.fail(f"rpc case {index} (seed {seed}): {'; '.join(problems[:3])}")

        await asyncio.gather(*(worker() for _ in range(concurrency)))


# --- load ------------------------------------------------------------------------------------


@dataclass(slots=True)
class Window:
    """What the clients saw during one stretch of the load."""

    requests: int = 0
    latencies: list[float] = field(default_factory=list)
    errors: Counter[str] = field(default_factory=Counter)

    @property
    def error_count(self) -> int:
        return sum(self.errors.values())

    def percentile(self, q: int) -> float:
        if len(self.latencies) < 2:
            return self.latencies[0] if self.latencies else 0.0
        return statistics.quantiles(self.latencies, n=100, method="inclusive")[q - 1]


class Load:
    def __init__(self, target: str, clients: int, streams: int, seed: int) -> None:
        self.target = target
        self.clients = clients
        self.streams = streams
        self.seed = seed
        self.corpus = [path.read_text(encoding="utf-8") for path in SEEDS] + SHORT_TEXTS
        self.window = Window()
        self.stopping = asyncio.Event()

    def record(self, text: str, started: float, outcome: qc.AttributionResult | Exception) -> None:
        window = self.window
        window.requests += 1
        if isinstance(outcome, qc.AttributionResult):
            problems = attribution_problems(text, outcome)
            if problems:
                window.errors[f"bad answer: {problems[0]}"] += 1
            else:
                window.latencies.append(time.monotonic() - started)
        elif isinstance(outcome, qc.QuoteError):
            window.errors[f"{outcome.code.name}: {outcome.message}"] += 1
        else:
            window.errors[f"{type(outcome).__name__}: {outcome}"] += 1

    def _text(self, rng: random.Random) -> str:
        # One request in four is a whole article; the rest are short.
        return rng.choice(self.corpus[: len(SEEDS)] if rng.random() < 0.25 else SHORT_TEXTS)

    async def unary_client(self, number: int) -> None:
        rng = random.Random(f"unary-{self.seed}-{number}")
        async with qc.AsyncQuoteClient(self.target, timeout=CALL_TIMEOUT, max_attempts=1) as c:
            while not self.stopping.is_set():
                text = self._text(rng)
                started = time.monotonic()
                try:
                    outcome: qc.AttributionResult | Exception = await c.attribute(text)
                except Exception as error:
                    outcome = error
                self.record(text, started, outcome)

    async def stream_client(self, number: int, per_stream: int = 8) -> None:
        rng = random.Random(f"stream-{self.seed}-{number}")
        async with qc.AsyncQuoteClient(self.target, timeout=CALL_TIMEOUT, max_attempts=1) as c:
            while not self.stopping.is_set():
                texts = [self._text(rng) for _ in range(per_stream)]
                sent: list[float] = []

                async def documents(
                    texts: list[str] = texts, sent: list[float] = sent
                ) -> AsyncIterator[str]:
                    for text in texts:
                        sent.append(time.monotonic())
                        yield text

                answered = 0
                try:
                    async for outcome in c.attribute_many(documents(), return_exceptions=True):
                        self.record(texts[answered], sent[answered], outcome)
                        answered += 1
                except Exception as error:
                    self.record("", time.monotonic(), error)
                else:
                    if answered != len(texts):
                        self.window.errors["a stream ended early"] += 1

    async def run(
        self, warmup: float, seconds: float, on_warm: Callable[[], None]
    ) -> tuple[Window, Window]:
        drivers = [asyncio.create_task(self.unary_client(i)) for i in range(self.clients)]
        drivers += [asyncio.create_task(self.stream_client(i)) for i in range(self.streams)]
        await asyncio.sleep(warmup)
        warm, self.window = self.window, Window()
        on_warm()
        await asyncio.sleep(seconds)
        self.stopping.set()
        # Each driver finishes its call in flight (bounded by the call's deadline).
        await asyncio.gather(*drivers)
        return warm, self.window


# --- main ------------------------------------------------------------------------------------


def _mib(value: int) -> str:
    return f"{value / MiB:.1f} MiB"


def parse_args(argv: Sequence[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="python -m soak.run", description=__doc__.split("\n")[0])
    parser.add_argument("--fuzz", type=int, default=10_000, help="fuzz cases in all")
    parser.add_argument(
        "--rpc-share", type=float, default=0.05, help="share of the fuzz cases sent to the server"
    )
    parser.add_argument("--seconds", type=float, default=120.0, help="seconds of measured load")
    # The parsers' memory settles after some 30-45 s of load (allocator arenas, batch shapes).
    parser.add_argument("--warmup", type=float, default=30.0, help="seconds of load before")
    parser.add_argument("--clients", type=int, default=8, help="concurrent unary clients")
    parser.add_argument("--streams", type=int, default=2, help="concurrent streaming clients")
    parser.add_argument(
        "--workers", type=int, default=None, help="parser processes; default: the server's"
    )
    parser.add_argument("--max-rss-growth", type=float, default=0.10, help="fraction")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--load-timeout", type=float, default=900.0, help="seconds to load")
    args = parser.parse_args(argv)
    if args.fuzz < 0 or not 0 <= args.rpc_share <= 1 or args.seconds <= 0 or args.warmup < 0:
        parser.error("--fuzz, --rpc-share, --seconds and --warmup must be sensible")
    if args.clients < 0 or args.streams < 0 or args.clients + args.streams == 0:
        parser.error("at least one client is needed")
    return args


async def soak(args: argparse.Namespace, server: ServerProcess) -> bool:
    ok = True
    target = server.address or ""

    started = time.monotonic()
    rpc_cases = round(args.fuzz * args.rpc_share)
    engine, rpc = Tally(), Tally()
    await asyncio.to_thread(fuzz_engine, args.fuzz - rpc_cases, args.seed, engine)
    await fuzz_rpc(target, rpc_cases, args.seed, rpc)
    tried, failed = engine.tried + rpc.tried, len(engine.failures) + len(rpc.failures)
    print(
        f"fuzz: {tried} tried, {failed} failed (engine {engine.tried} tried, "
        f"{len(engine.failures)} failed; rpc {rpc.tried} tried, {len(rpc.failures)} failed) "
        f"in {time.monotonic() - started:.0f} s",
        flush=True,
    )
    for failure in (engine.failures + rpc.failures)[:10]:
        print(f"  {failure}")
    ok &= failed == 0

    load = Load(target, args.clients, args.streams, args.seed)
    memory: list[Memory] = []
    print(
        f"load: {args.clients} unary clients and {args.streams} streams, "
        f"{args.warmup:.0f} s warm-up, then {args.seconds:.0f} s",
        flush=True,
    )
    warm, measured = await load.run(
        args.warmup, args.seconds, lambda: memory.append(Memory.of(server))
    )
    end = Memory.of(server)
    start = memory[0]
    errors = warm.error_count + measured.error_count
    print(f"load: warm-up {warm.requests} requests, {warm.error_count} errors")
    print(
        f"load: {measured.requests} requests ({measured.requests / args.seconds:.1f}/s), "
        f"{measured.error_count} errors, p50 {measured.percentile(50) * 1000:.0f} ms, "
        f"p99 {measured.percentile(99) * 1000:.0f} ms"
    )
    for message, count in (warm.errors + measured.errors).most_common(5):
        print(f"  {count} x {message}")
    ok &= errors == 0 and measured.requests > 0

    server_growth = growth(start.server, end.server)
    parser_growth = growth(start.parsers_total, end.parsers_total)
    print(
        f"rss: server {_mib(start.server)} -> {_mib(end.server)} ({server_growth:+.1%}); "
        f"parsers {sorted(start.parsers)} {_mib(start.parsers_total)} -> "
        f"{sorted(end.parsers)} {_mib(end.parsers_total)} ({parser_growth:+.1%})"
    )
    if sorted(start.parsers) != sorted(end.parsers):
        print("rss: the parser processes changed during the load")
        ok = False
    ok &= bool(server_growth < args.max_rss_growth and parser_growth < args.max_rss_growth)
    return ok


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_args(argv)
    # Stream items wait for queue room, unary calls do not: leave room for every caller.
    max_queue = max(64, args.clients + args.streams * 16 + 8)
    server = ServerProcess(args.workers, max_queue, grace=30.0)
    ok = False
    try:
        started = time.monotonic()
        address = server.wait_until_loaded(args.load_timeout)
        print(
            f"soak: server pid {server.pid} on {address}, "
            f"{len(parser_processes(server.pid))} parser process(es), "
            f"loaded in {time.monotonic() - started:.0f} s",
            flush=True,
        )
        ok = asyncio.run(soak(args, server))
    except (RuntimeError, KeyboardInterrupt) as error:
        print(f"soak: {type(error).__name__}: {error}", file=sys.stderr)
    finally:
        status = server.stop()
        print(
            f"server: exit status {status}, {len(server.errors)} errors and "
            f"{server.warnings} warnings logged"
        )
        for line in server.errors[:10]:
            print(f"  {line}")
        if status != 0:
            for line in server.stderr:
                print(f"  | {line}")
    ok = ok and status == 0 and not server.errors
    print("soak: OK" if ok else "soak: FAILED", flush=True)
    return 0 if ok else 1


if __name__ == "__main__":
    with contextlib.suppress(BrokenPipeError):
        sys.exit(main())
