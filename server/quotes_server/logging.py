"""structlog setup: one JSON object per line in production, a readable console on a TTY.

Request handlers never pass the request id around: the request interceptor binds it (and
the method and peer) with ``structlog.contextvars``, and ``merge_contextvars`` adds it to
every line logged while the request runs. Article text is never logged.
"""

from __future__ import annotations

import logging
import sys
from typing import TextIO

import structlog


def configure_logging(fmt: str = "auto", level: str = "info", stream: TextIO | None = None) -> None:
    """Sets up structlog for the process; ``fmt`` is ``json``, ``console`` or ``auto``."""
    stream = sys.stdout if stream is None else stream
    console = fmt == "console" or (fmt == "auto" and stream.isatty())
    renderer: structlog.typing.Processor = (
        structlog.dev.ConsoleRenderer() if console else structlog.processors.JSONRenderer()
    )
    structlog.configure(
        processors=[
            structlog.contextvars.merge_contextvars,
            structlog.processors.add_log_level,
            structlog.processors.TimeStamper(fmt="iso", utc=True),
            structlog.processors.StackInfoRenderer(),
            *([] if console else [structlog.processors.format_exc_info]),
            renderer,
        ],
        wrapper_class=structlog.make_filtering_bound_logger(logging.getLevelName(level.upper())),
        logger_factory=structlog.PrintLoggerFactory(stream),
        cache_logger_on_first_use=False,
    )
    # Libraries (Stanza, gRPC) log through the standard library: keep their warnings only.
    logging.basicConfig(level=logging.WARNING, stream=sys.stderr)
