"""Print the dev learning curves of the tagger and parser from their training logs (markdown)."""

from __future__ import annotations

import re
import sys
from datetime import datetime
from pathlib import Path

from recipe import first_phase, load_config, reads_predicted_tags, stage_kind

LOGS = Path(__file__).resolve().parents[1] / "build" / "logs"
_DEV = re.compile(r"^(\S+ \S+) INFO: step (\d+): train_loss = [\d.]+, dev_score = ([\d.]+)")


_STAMP = re.compile(r"^(\d{4}-\d\d-\d\d \d\d:\d\d:\d\d)")
_FMT = "%Y-%m-%d %H:%M:%S"
# A longer silence in a log is a pause between runs (stopped, then resumed), not training.
_PAUSE_SECONDS = 600


def curve(log: Path) -> list[tuple[float, int, float]]:
    """(training minutes, step, dev score) per evaluation, across resumed runs: pauses between
    runs are not counted, and a run whose step count restarts (the tagger) continues the
    previous run's count."""
    if not log.exists():
        return []
    rows: list[tuple[float, int, float]] = []
    elapsed, previous = 0.0, None
    offset, last_step = 0, 0
    for line in log.read_text(encoding="utf-8", errors="replace").splitlines():
        stamp = _STAMP.match(line)
        if stamp is None:
            continue
        now = datetime.strptime(stamp.group(1), _FMT)
        if previous is not None:
            gap = (now - previous).total_seconds()
            elapsed += gap if gap < _PAUSE_SECONDS else 0.0
        previous = now
        match = _DEV.match(line)
        if match is None:
            continue
        step = int(match.group(2))
        if step + offset <= last_step:
            offset = last_step  # a resumed run counting from 0 again
        last_step = step + offset
        rows.append((elapsed / 60, last_step, 100 * float(match.group(3))))
    return rows


def phases() -> list[tuple[str, str]]:
    """(stage, title) for every tagger and parser stage of the config, in training order."""
    config = load_config()
    metric = {"pos": "dev AllTags", "depparse": "dev LAS (gold tokens, no tags)"}
    tagged = "dev LAS (gold tokens, the tagger's predicted tags)"
    ordinal = {2: "second", 3: "third", 4: "fourth"}
    seen: dict[str, int] = {}
    found = []
    for stage in config["run"]["stages"]:
        kind, line = stage_kind(stage, config), first_phase(stage, config)
        if kind not in metric:
            continue
        seen[line] = seen.get(line, 0) + 1
        phase = seen[line]
        title = tagged if reads_predicted_tags(line, config) else metric[kind]
        if phase > 1:
            title += f", {ordinal.get(phase, str(phase))} phase: steps from its start"
        found.append((stage, title))
    return found


def main() -> None:
    logs = Path(sys.argv[1]) if len(sys.argv) > 1 else LOGS
    for stage, title in phases():
        rows = curve(logs / f"{stage}.log")
        if not rows:
            continue
        print(f"\n{stage}: {title}\n\n| step | minutes | score |\n|---:|---:|---:|")
        for minutes, step, score in rows:
            print(f"| {step} | {minutes:.0f} | {score:.1f} |")


if __name__ == "__main__":
    main()
