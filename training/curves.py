"""Print the dev learning curves of the tagger and parser from their training logs (markdown)."""

from __future__ import annotations

import re
import sys
from datetime import datetime
from pathlib import Path

LOGS = Path(__file__).resolve().parents[1] / "build" / "logs"
_DEV = re.compile(r"^(\S+ \S+) INFO: step (\d+): train_loss = [\d.]+, dev_score = ([\d.]+)")


_STAMP = re.compile(r"^(\d{4}-\d\d-\d\d \d\d:\d\d:\d\d)")


def _minutes(stamp: str, start: str) -> float:
    fmt = "%Y-%m-%d %H:%M:%S"
    return (datetime.strptime(stamp, fmt) - datetime.strptime(start, fmt)).total_seconds() / 60


def started(log: Path) -> str:
    for line in log.read_text(encoding="utf-8", errors="replace").splitlines():
        match = _STAMP.match(line)
        if match:
            return match.group(1)
    return ""


def curve(log: Path) -> list[tuple[str, int, float]]:
    if not log.exists():
        return []
    rows = []
    for line in log.read_text(encoding="utf-8", errors="replace").splitlines():
        match = _DEV.match(line)
        if match:
            rows.append((match.group(1), int(match.group(2)), 100 * float(match.group(3))))
    return rows


def main() -> None:
    logs = Path(sys.argv[1]) if len(sys.argv) > 1 else LOGS
    for stage, metric in (("pos", "dev AllTags"), ("depparse", "dev LAS (gold tokens, no tags)")):
        rows = curve(logs / f"{stage}.log")
        if not rows:
            continue
        start = started(logs / f"{stage}.log")
        print(f"\n{stage}: {metric}\n\n| step | minutes | score |\n|---:|---:|---:|")
        for stamp, step, score in rows:
            print(f"| {step} | {_minutes(stamp, start):.0f} | {score:.1f} |")


if __name__ == "__main__":
    main()
