"""Channel configuration shared by the sync and async clients: one builder, no drift.

Timeouts: every call is sent with a deadline. The client's ``timeout`` (default
``DEFAULT_TIMEOUT`` seconds) applies unless a call passes its own; ``timeout=None``
disables it:

    client = QuoteClient("localhost:50051", timeout=10.0)
    client.attribute(text)                  # 10 s
    client.attribute(text, timeout=60.0)    # 60 s for this call
    client.attribute(text, timeout=None)    # no deadline

Retries: the channel's service config retries UNAVAILABLE (model loading, draining, a
parser process replaced, a connection lost) with exponential backoff; there is no retry
loop in Python. Every method of the service is safe to repeat.
"""

from __future__ import annotations

import enum
import json
from typing import Final

SERVICE = "quotes.v1.QuoteAttributionService"
DEFAULT_TIMEOUT: Final = 30.0
# The server's default; raise both together for very long texts with include_parse.
DEFAULT_MAX_MESSAGE_BYTES: Final = 8 * 1024 * 1024


class UseClientDefault(enum.Enum):
    """Sentinel: "not given" for a per-call timeout, unlike ``None`` (no deadline)."""

    USE_CLIENT_DEFAULT = enum.auto()


USE_CLIENT_DEFAULT: Final = UseClientDefault.USE_CLIENT_DEFAULT

Timeout = float | None | UseClientDefault


def service_config(max_attempts: int = 4) -> str:
    """The gRPC service config: retry UNAVAILABLE with backoff on every method.

    ``max_attempts`` counts the first try; 1 turns retries off.
    """
    method: dict[str, object] = {"name": [{"service": SERVICE}]}
    if max_attempts > 1:
        method["retryPolicy"] = {
            "maxAttempts": max_attempts,
            "initialBackoff": "0.2s",
            "maxBackoff": "5s",
            "backoffMultiplier": 2,
            "retryableStatusCodes": ["UNAVAILABLE"],
        }
    return json.dumps({"methodConfig": [method]})


def channel_options(
    *, max_message_bytes: int = DEFAULT_MAX_MESSAGE_BYTES, max_attempts: int = 4
) -> list[tuple[str, str | int]]:
    """Channel arguments for ``grpc.insecure_channel`` and ``grpc.aio.insecure_channel``."""
    return [
        ("grpc.max_receive_message_length", max_message_bytes),
        ("grpc.max_send_message_length", max_message_bytes),
        ("grpc.enable_retries", 1),
        ("grpc.service_config", service_config(max_attempts)),
        # Keepalive stays above the server's 10 s minimum ping interval.
        ("grpc.keepalive_time_ms", 30_000),
        ("grpc.keepalive_timeout_ms", 10_000),
    ]


def resolve_timeout(timeout: Timeout, default: float | None) -> float | None:
    return default if isinstance(timeout, UseClientDefault) else timeout
