"""Let the tests import ``quotes_server`` from the source tree when it is not installed."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

if importlib.util.find_spec("quotes_server") is None:
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "server"))
