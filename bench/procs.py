"""Process facts from /proc: resident memory, the parser processes of a server, the machine."""

from __future__ import annotations

import asyncio
import os
import platform
from pathlib import Path
from types import TracebackType
from typing import Self

PROC = Path("/proc")


def rss_mb(pid: int | str = "self", field: str = "VmRSS") -> float | None:
    """``VmRSS`` (or another ``Vm*`` line) of a process in MiB; None once it is gone."""
    try:
        status = (PROC / str(pid) / "status").read_text(encoding="utf-8")
    except OSError:
        return None
    for line in status.splitlines():
        if line.startswith(field + ":"):
            return int(line.split()[1]) / 1024  # the kernel reports kB
    return None


def children(pid: int) -> list[int]:
    """Direct children of ``pid``, from every thread's ``children`` list."""
    found: set[int] = set()
    for task in (PROC / str(pid) / "task").glob("*"):
        try:
            found.update(int(c) for c in (task / "children").read_text().split())
        except OSError:
            continue
    return sorted(found)


def cmdline(pid: int) -> str:
    try:
        raw = (PROC / str(pid) / "cmdline").read_bytes()
    except OSError:
        return ""
    return raw.replace(b"\0", b" ").decode("utf-8", "replace")


def parser_processes(server_pid: int) -> list[int]:
    """The server's parser processes: its spawned multiprocessing children.

    The resource tracker, also a child, is left out: it is not a parser.
    """
    return [pid for pid in children(server_pid) if "spawn_main" in cmdline(pid)]


def total_rss_mb(pids: list[int]) -> float:
    return sum(rss_mb(pid) or 0.0 for pid in pids)


class PeakRss:
    """Samples the summed RSS of the server's parser processes while a block runs."""

    def __init__(self, server_pid: int, interval: float = 0.25) -> None:
        self._server_pid = server_pid
        self._interval = interval
        self._task: asyncio.Task[None] | None = None
        self.peak_mb = 0.0

    def sample(self) -> None:
        current = total_rss_mb(parser_processes(self._server_pid))
        self.peak_mb = max(self.peak_mb, current)

    async def _run(self) -> None:
        while True:
            self.sample()
            await asyncio.sleep(self._interval)

    async def __aenter__(self) -> Self:
        self._task = asyncio.create_task(self._run())
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        if self._task is not None:
            self._task.cancel()
        self.sample()


def cpu_model() -> str:
    try:
        for line in (PROC / "cpuinfo").read_text(encoding="utf-8").splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or "unknown"


def memory_total_mb() -> float | None:
    try:
        for line in (PROC / "meminfo").read_text(encoding="utf-8").splitlines():
            if line.startswith("MemTotal:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return None


def load_average() -> list[float]:
    return [round(x, 2) for x in os.getloadavg()]
