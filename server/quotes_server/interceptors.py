"""Server interceptors: request log, and exceptions to statuses.

Both are ``grpc_interceptor.AsyncServerInterceptor`` hooks, which cover unary and streaming
handlers alike; ``AroundInterceptor`` only splits the two shapes of response. (The metrics
interceptor, ``quotes_server.metrics``, is one too.)

* ``RequestLogInterceptor`` (outermost) takes the caller's ``x-request-id`` or makes one,
  echoes it in the trailing metadata, binds it to the structlog context, and writes one line
  per call when it ends: method, status code, document id, characters, quotes found, parse
  and total milliseconds. The servicer fills those fields through ``current_record()``.
* ``ErrorInterceptor`` turns exceptions into statuses through ``quotes_server.errors``.
"""

from __future__ import annotations

import asyncio
import re
import time
import uuid
from collections.abc import AsyncIterator, Callable
from contextvars import ContextVar
from dataclasses import dataclass, field
from typing import Any

import grpc
import structlog
from grpc_interceptor import AsyncServerInterceptor

from quotes_server.errors import status_code_of, to_grpc_status

log = structlog.get_logger(__name__)

REQUEST_ID_KEY = "x-request-id"
_VALID_REQUEST_ID = re.compile(r"[A-Za-z0-9._:/+=-]{1,128}")


@dataclass(slots=True)
class RequestRecord:
    """What one call did; written to the log when it ends. Never holds article text."""

    document_ids: list[str] = field(default_factory=list)
    chars: int = 0
    documents: int = 0
    quotes: int = 0
    parse_ms_each: list[float] = field(default_factory=list)  # per document attributed
    # One clock and one final status for the call, shared by the log line and the metrics.
    started: float = field(default_factory=time.perf_counter)
    code: grpc.StatusCode = grpc.StatusCode.OK

    def received(self, document_id: str, chars: int) -> None:
        """A document arrived (counted before validation, so failures are logged too)."""
        self.document_ids.append(document_id)
        self.documents += 1
        self.chars += chars

    def attributed(self, quotes: int, parse_ms: float) -> None:
        self.quotes += quotes
        self.parse_ms_each.append(parse_ms)

    def failed(self, context: grpc.aio.ServicerContext[Any, Any], error: BaseException) -> None:
        """The call raised ``error``: keep the status it ends with (the innermost
        interceptor to see the error decides; the outer ones see the same one)."""
        if self.code is grpc.StatusCode.OK:
            self.code = final_status_code(context, error)

    @property
    def parse_ms(self) -> float:
        return sum(self.parse_ms_each)

    @property
    def elapsed_seconds(self) -> float:
        return time.perf_counter() - self.started


_record: ContextVar[RequestRecord | None] = ContextVar("quotes_request_record", default=None)


@dataclass(frozen=True, slots=True)
class RpcCall:
    """The RPC an interceptor wraps: its full name and its kind, as Prometheus labels them."""

    name: str  # "/quotes.v1.QuoteAttributionService/Attribute"
    kind: str  # "unary", "client_stream", "server_stream" or "bidi_stream"

    @property
    def service(self) -> str:
        return self.name.lstrip("/").rpartition("/")[0]

    @property
    def method(self) -> str:
        return self.name.rpartition("/")[2]


def current_record() -> RequestRecord:
    """The record of the call being handled (a detached one outside a call)."""
    return _record.get() or RequestRecord()


class AroundInterceptor(AsyncServerInterceptor):  # type: ignore[misc]
    """Runs ``around`` over a unary call, or over the whole of a streaming response."""

    async def intercept(
        self,
        method: Callable[[Any, grpc.aio.ServicerContext[Any, Any]], Any],
        request_or_iterator: Any,
        context: grpc.aio.ServicerContext[Any, Any],
        method_name: str,
    ) -> Any:
        response = method(request_or_iterator, context)
        streams_in = hasattr(request_or_iterator, "__aiter__")
        if hasattr(response, "__aiter__"):
            call = RpcCall(method_name, "bidi_stream" if streams_in else "server_stream")
            return self._stream(response, context, call)
        call = RpcCall(method_name, "client_stream" if streams_in else "unary")

        async def unary() -> AsyncIterator[Any]:
            yield await response

        [result] = [item async for item in self.around(unary(), context, call)]
        return result

    async def _stream(
        self,
        responses: AsyncIterator[Any],
        context: grpc.aio.ServicerContext[Any, Any],
        call: RpcCall,
    ) -> AsyncIterator[Any]:
        async for item in self.around(responses, context, call):
            yield item

    def around(
        self,
        responses: AsyncIterator[Any],
        context: grpc.aio.ServicerContext[Any, Any],
        call: RpcCall,
    ) -> AsyncIterator[Any]:
        raise NotImplementedError


class RequestLogInterceptor(AroundInterceptor):
    async def around(
        self,
        responses: AsyncIterator[Any],
        context: grpc.aio.ServicerContext[Any, Any],
        call: RpcCall,
    ) -> AsyncIterator[Any]:
        request_id = _request_id(context)
        record = RequestRecord()
        token = _record.set(record)
        with structlog.contextvars.bound_contextvars(
            request_id=request_id, method=call.name, peer=context.peer()
        ):
            try:
                # Trailing, not initial: headers sent early would commit the call and stop
                # the client's channel from retrying UNAVAILABLE.
                context.set_trailing_metadata(((REQUEST_ID_KEY, request_id),))
                async for item in responses:
                    yield item
            except BaseException as error:
                record.failed(context, error)
                raise
            finally:
                _record.reset(token)
                log.info(
                    "request",
                    code=record.code.name,
                    document_id=record.document_ids[0] if len(record.document_ids) == 1 else None,
                    documents=record.documents,
                    chars=record.chars,
                    quotes=record.quotes,
                    parse_ms=round(record.parse_ms, 1),
                    total_ms=round(record.elapsed_seconds * 1000, 1),
                )


class ErrorInterceptor(AroundInterceptor):
    async def around(
        self,
        responses: AsyncIterator[Any],
        context: grpc.aio.ServicerContext[Any, Any],
        call: RpcCall,
    ) -> AsyncIterator[Any]:
        try:
            async for item in responses:
                yield item
        except (asyncio.CancelledError, grpc.aio.AbortError):
            raise
        except Exception as error:
            if status_code_of(error) is grpc.StatusCode.INTERNAL:
                log.exception("unhandled error", error_type=type(error).__name__)
            status = to_grpc_status(error)
            # Keep the trailing metadata set so far (the request id) next to the details.
            metadata = (*(context.trailing_metadata() or ()), *status.trailing_metadata)
            await context.abort(status.code, status.details, metadata)


def _request_id(context: grpc.aio.ServicerContext[Any, Any]) -> str:
    for key, value in context.invocation_metadata() or ():
        if key == REQUEST_ID_KEY and isinstance(value, str) and _VALID_REQUEST_ID.fullmatch(value):
            return value
    return uuid.uuid4().hex


def final_status_code(
    context: grpc.aio.ServicerContext[Any, Any], error: BaseException
) -> grpc.StatusCode:
    """The status a call that raised ``error`` ends with: a cancelled call's (its deadline
    passed, or the caller went), an abort's code, or the error map's."""
    if isinstance(error, asyncio.CancelledError):
        remaining = context.time_remaining()
        expired = remaining is not None and remaining <= 0
        return grpc.StatusCode.DEADLINE_EXCEEDED if expired else grpc.StatusCode.CANCELLED
    code: grpc.StatusCode | None = context.code()
    return code or status_code_of(error)
