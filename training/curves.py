"""Print the dev learning curves of the tagger and parser from their training logs (markdown)."""

from __future__ import annotations

import re
import sys
from pathlib import Path

LOGS = Path(__file__).resolve().parents[1] / "build" / "logs"
_DEV = re.compile(r"^(\S+ \S+) INFO: step (\d+): train_loss = [\d.]+, dev_score = ([\d.]+)")


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
        start = rows[0][0]
        print(f"\n{stage}: {metric}\n\n| step | wall clock | score |\n|---:|---|---:|")
        for stamp, step, score in rows:
            print(f"| {step} | {stamp[11:16]} (from {start[11:16]}) | {score:.1f} |")


if __name__ == "__main__":
    main()
