"""Server settings, from command-line flags and ``QUOTES_*`` environment variables.

Flags win over the environment, which wins over the defaults below:

- ``--host`` / ``QUOTES_HOST`` (127.0.0.1): address to listen on; ``[::]`` for all.
- ``--port`` / ``QUOTES_PORT`` (50051): port to listen on; 0 picks a free one.
- ``--models-dir`` / ``QUOTES_MODELS_DIR`` (unset): a Stanza resources dir; unset means
  ``STANZA_RESOURCES_DIR`` when that is set, else the bundled ``models/en_ewt``.
- ``--workers`` / ``QUOTES_WORKERS`` (one per core): parser processes; 0 parses on a thread of the
  server process.
- ``--max-text-chars`` / ``QUOTES_MAX_TEXT_CHARS`` (100000): longest text, in code points.
- ``--max-message-bytes`` / ``QUOTES_MAX_MESSAGE_BYTES`` (8 MiB): largest gRPC message sent
  or received; keep the client's the same.
- ``--max-batch`` / ``QUOTES_MAX_BATCH`` (8): most documents parsed in one batch.
- ``--max-queue`` / ``QUOTES_MAX_QUEUE`` (64): most documents waiting for a parser; more is
  RESOURCE_EXHAUSTED.
- ``--grace`` / ``QUOTES_GRACE_SECONDS`` (10): seconds in-flight calls get on shutdown.
- ``--log-format`` / ``QUOTES_LOG_FORMAT`` (auto): ``json``, ``console``, or ``auto``
  (console on a TTY, JSON otherwise).
- ``--log-level`` / ``QUOTES_LOG_LEVEL`` (info): debug, info, warning or error.
- ``--tls-cert`` / ``QUOTES_TLS_CERT`` and ``--tls-key`` / ``QUOTES_TLS_KEY`` (unset): PEM
  certificate chain and private key; with both set the port serves TLS only.
- ``--tls-client-ca`` / ``QUOTES_TLS_CLIENT_CA`` (unset): PEM certificates of the CAs that
  sign client certificates; set, every client must present one (mutual TLS).
- ``--auth-tokens-file`` / ``QUOTES_AUTH_TOKENS_FILE`` (unset): bearer tokens, one per line;
  ``QUOTES_AUTH_TOKENS`` (environment only, comma-separated) adds more. Any token set turns
  authentication on (see ``quotes_server.auth``).
- ``--metrics-port`` / ``QUOTES_METRICS_PORT`` (unset): serve Prometheus metrics over HTTP at
  ``/metrics`` on this port of ``--host``; unset, no metrics are served; 0 picks a free port.
"""

from __future__ import annotations

import argparse
import dataclasses
import os
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path

ENV_PREFIX = "QUOTES_"
LOG_FORMATS = ("auto", "json", "console")
LOG_LEVELS = ("debug", "info", "warning", "error")


@dataclass(frozen=True, slots=True)
class Settings:
    host: str = "127.0.0.1"
    port: int = 50051
    models_dir: Path | None = None
    # One parser process per core: each parses with one torch thread.
    workers: int = field(default_factory=lambda: os.cpu_count() or 1)
    max_text_chars: int = 100_000
    max_message_bytes: int = 8 * 1024 * 1024
    max_batch: int = 8
    max_queue: int = 64
    grace_seconds: float = 10.0
    log_format: str = "auto"
    log_level: str = "info"
    tls_cert: Path | None = None
    tls_key: Path | None = None
    tls_client_ca: Path | None = None
    auth_tokens_file: Path | None = None
    auth_tokens: tuple[str, ...] = field(default=(), repr=False)  # secrets: never printed
    metrics_port: int | None = None

    def __post_init__(self) -> None:
        if not 0 <= self.port <= 65535:
            raise ValueError(f"port must be within [0, 65535], not {self.port}")
        if self.metrics_port is not None and not 0 <= self.metrics_port <= 65535:
            raise ValueError(f"metrics_port must be within [0, 65535], not {self.metrics_port}")
        for name in ("max_text_chars", "max_message_bytes", "max_batch", "max_queue"):
            if getattr(self, name) < 1:
                raise ValueError(f"{name} must be at least 1")
        if self.workers < 0:
            raise ValueError("workers must be 0 (in-process) or more")
        if self.grace_seconds < 0:
            raise ValueError("grace_seconds must not be negative")
        if self.log_format not in LOG_FORMATS:
            raise ValueError(f"log_format must be one of {', '.join(LOG_FORMATS)}")
        if self.log_level not in LOG_LEVELS:
            raise ValueError(f"log_level must be one of {', '.join(LOG_LEVELS)}")
        if (self.tls_cert is None) != (self.tls_key is None):
            raise ValueError("tls_cert and tls_key go together: set both or neither")
        if self.tls_client_ca is not None and self.tls_cert is None:
            raise ValueError("tls_client_ca needs tls_cert and tls_key")

    @property
    def address(self) -> str:
        return f"{self.host}:{self.port}"


# Setting name -> (flag, environment variable suffix, parser of a string value).
_FIELDS: dict[str, tuple[str, str, type]] = {
    "host": ("--host", "HOST", str),
    "port": ("--port", "PORT", int),
    "models_dir": ("--models-dir", "MODELS_DIR", Path),
    "workers": ("--workers", "WORKERS", int),
    "max_text_chars": ("--max-text-chars", "MAX_TEXT_CHARS", int),
    "max_message_bytes": ("--max-message-bytes", "MAX_MESSAGE_BYTES", int),
    "max_batch": ("--max-batch", "MAX_BATCH", int),
    "max_queue": ("--max-queue", "MAX_QUEUE", int),
    "grace_seconds": ("--grace", "GRACE_SECONDS", float),
    "log_format": ("--log-format", "LOG_FORMAT", str),
    "log_level": ("--log-level", "LOG_LEVEL", str),
    "tls_cert": ("--tls-cert", "TLS_CERT", Path),
    "tls_key": ("--tls-key", "TLS_KEY", Path),
    "tls_client_ca": ("--tls-client-ca", "TLS_CLIENT_CA", Path),
    "auth_tokens_file": ("--auth-tokens-file", "AUTH_TOKENS_FILE", Path),
    "metrics_port": ("--metrics-port", "METRICS_PORT", int),
}
# Tokens come from the environment only: a flag would show them in the process list.
AUTH_TOKENS_ENV = ENV_PREFIX + "AUTH_TOKENS"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """Adds one flag per setting; an absent flag leaves the setting to the environment."""
    defaults = Settings()
    for name, (flag, env, kind) in _FIELDS.items():
        parser.add_argument(
            flag,
            dest=name,
            type=kind,
            default=None,
            help=f"env {ENV_PREFIX}{env}; default {getattr(defaults, name)}",
        )


def load_settings(
    args: argparse.Namespace | None = None, environ: Mapping[str, str] | None = None
) -> Settings:
    """Settings from parsed flags, then the environment, then the defaults."""
    environ = os.environ if environ is None else environ
    values: dict[str, object] = {}
    for name, (_flag, env, kind) in _FIELDS.items():
        flag_value = getattr(args, name, None) if args is not None else None
        if flag_value is not None:
            values[name] = flag_value
        elif environ.get(ENV_PREFIX + env):
            raw = environ[ENV_PREFIX + env]
            try:
                values[name] = kind(raw)
            except ValueError as error:
                raise ValueError(f"{ENV_PREFIX}{env}={raw!r}: {error}") from None
    if environ.get(AUTH_TOKENS_ENV, "").strip():
        tokens = tuple(t.strip() for t in environ[AUTH_TOKENS_ENV].split(",") if t.strip())
        if not tokens:
            raise ValueError(f"{AUTH_TOKENS_ENV} holds no token")
        values["auth_tokens"] = tokens
    return dataclasses.replace(Settings(), **values)  # type: ignore[arg-type]


def parse_settings(argv: Sequence[str] | None = None, prog: str = "quote-server") -> Settings:
    parser = argparse.ArgumentParser(prog=prog, description="Serve quote attribution over gRPC.")
    add_arguments(parser)
    args = parser.parse_args(argv)
    try:
        return load_settings(args)
    except ValueError as error:
        parser.error(str(error))
