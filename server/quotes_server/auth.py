"""Bearer-token authentication, off unless tokens are configured.

Tokens come from ``--auth-tokens-file`` (one per line; blank lines and ``#`` comments are
skipped) and ``QUOTES_AUTH_TOKENS`` (comma-separated); both together give the union. With
any token configured, every call must carry ``authorization: Bearer <token>`` metadata or
ends with UNAUTHENTICATED before its handler runs. Health and reflection stay open, so
probes and ``grpcurl list`` need no token.

Tokens are compared with ``hmac.compare_digest`` against every configured token, and
never logged: a rejected call is logged by the request interceptor with its code only.
"""

from __future__ import annotations

import hmac
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

import grpc
from grpc_interceptor import AsyncServerInterceptor

from quotes_server.config import Settings

AUTHORIZATION_KEY = "authorization"
SCHEME = "bearer"
# Services any caller may use: health checks and reflection.
OPEN_SERVICES = ("/grpc.health.", "/grpc.reflection.")


class AuthConfigError(ValueError):
    """The configured tokens cannot be used; the message never contains a token."""


def _valid_token(token: str) -> bool:
    """A token fits in a header value: printable ASCII, no spaces."""
    return bool(token) and all("!" <= char <= "~" for char in token)


def read_tokens_file(path: Path) -> list[str]:
    """The tokens of a file, one per line; blank lines and ``#`` comments are skipped."""
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as error:
        raise AuthConfigError(f"cannot read the auth tokens file {path}: {error}") from None
    tokens: list[str] = []
    for number, line in enumerate(lines, start=1):
        token = line.strip()
        if not token or token.startswith("#"):
            continue
        if not _valid_token(token):
            raise AuthConfigError(
                f"{path}, line {number}: a token must be printable ASCII without spaces"
            )
        tokens.append(token)
    if not tokens:
        raise AuthConfigError(f"the auth tokens file {path} holds no token")
    return tokens


def load_tokens(settings: Settings) -> frozenset[bytes] | None:
    """The accepted tokens, or None when authentication is off."""
    tokens = list(settings.auth_tokens)
    for token in tokens:
        if not _valid_token(token):
            raise AuthConfigError("QUOTES_AUTH_TOKENS: a token must be printable ASCII")
    if settings.auth_tokens_file is not None:
        tokens.extend(read_tokens_file(settings.auth_tokens_file))
    if not tokens:
        return None
    return frozenset(token.encode("ascii") for token in tokens)


def bearer_token(metadata: Iterable[tuple[str, str | bytes]] | None) -> str | None:
    """The token of the caller's ``authorization: Bearer`` metadata, if any."""
    for key, value in metadata or ():
        if key != AUTHORIZATION_KEY:
            continue
        if isinstance(value, bytes):
            value = value.decode("ascii", "replace")
        scheme, _, token = value.strip().partition(" ")
        return token.strip() if scheme.lower() == SCHEME else None
    return None


class AuthInterceptor(AsyncServerInterceptor):
    """Ends calls without a known bearer token with UNAUTHENTICATED (see module docs)."""

    def __init__(self, tokens: Iterable[bytes]) -> None:
        self._tokens = tuple(tokens)
        if not self._tokens:
            raise AuthConfigError("authentication needs at least one token")

    def accepts(self, token: str | None) -> bool:
        if token is None:
            return False
        presented = token.encode("utf-8", "replace")
        accepted = False
        for known in self._tokens:  # no early exit: the time taken says nothing
            accepted |= hmac.compare_digest(presented, known)
        return accepted

    async def intercept(
        self,
        method: Callable[[Any, grpc.aio.ServicerContext[Any, Any]], Any],
        request_or_iterator: Any,
        context: grpc.aio.ServicerContext[Any, Any],
        method_name: str,
    ) -> Any:
        if not method_name.startswith(OPEN_SERVICES):
            token = bearer_token(context.invocation_metadata())
            if not self.accepts(token):
                message = (
                    "missing bearer token: send 'authorization: Bearer <token>' metadata"
                    if token is None
                    else "invalid bearer token"
                )
                # Keep the trailing metadata set so far (the request id).
                await context.abort(
                    grpc.StatusCode.UNAUTHENTICATED, message, context.trailing_metadata() or ()
                )
        response = method(request_or_iterator, context)
        if hasattr(response, "__aiter__"):
            return response
        return await response
