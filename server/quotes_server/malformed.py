"""Requests that are not valid protobuf end with INVALID_ARGUMENT, not UNKNOWN or INTERNAL.

gRPC decodes a request before any handler or interceptor behaviour runs, and a decoding
failure (corrupt wire format, a string field holding invalid UTF-8) would reach the caller
as UNKNOWN, or as INTERNAL in the middle of a stream. ``MalformedRequestInterceptor`` swaps
each method's request deserializer for one that hands back a ``MalformedRequest`` instead
of raising, and raises ``InvalidArgumentError`` when the handler meets one: at once for a
unary request, at that item for a request stream (the items before it are answered).

It sits innermost, inside the error interceptor, which turns the exception into the
status; the interceptors outside it copy its deserializer onto their handlers.
"""

from __future__ import annotations

import inspect
from collections.abc import AsyncIterable, AsyncIterator, Callable
from dataclasses import dataclass
from typing import Any

import grpc

from quotes_server.errors import InvalidArgumentError

Context = grpc.aio.ServicerContext[Any, Any]


@dataclass(frozen=True, slots=True)
class MalformedRequest:
    """Stands in for a request message that could not be decoded."""

    reason: str


def tolerant(deserialize: Callable[[bytes], Any]) -> Callable[[bytes], Any]:
    """``deserialize``, returning a ``MalformedRequest`` where it would raise."""

    def deserializer(data: bytes) -> Any:
        try:
            return deserialize(data)
        except Exception as error:
            return MalformedRequest(f"{type(error).__name__}: {error}")

    return deserializer


def check(request: Any) -> Any:
    if isinstance(request, MalformedRequest):
        raise InvalidArgumentError(f"the request message could not be decoded ({request.reason})")
    return request


async def _checked(requests: AsyncIterable[Any]) -> AsyncIterator[Any]:
    async for request in requests:
        yield check(request)


async def _responses(result: Any) -> AsyncIterator[Any]:
    """The responses of a streaming handler: an async generator, or a coroutine that
    writes them itself with ``context.write`` (as health's Watch does)."""
    if inspect.isawaitable(result):
        await result
        return
    async for response in result:
        yield response


class MalformedRequestInterceptor(grpc.aio.ServerInterceptor):
    async def intercept_service(
        self,
        continuation: Callable[[grpc.HandlerCallDetails], Any],
        handler_call_details: grpc.HandlerCallDetails,
    ) -> grpc.RpcMethodHandler[Any, Any] | None:
        handler: grpc.RpcMethodHandler[Any, Any] | None = await continuation(handler_call_details)
        if handler is None or handler.request_deserializer is None:
            return handler
        deserializer = tolerant(handler.request_deserializer)
        serializer = handler.response_serializer
        if handler.unary_unary is not None:
            unary_unary: Callable[..., Any] = handler.unary_unary

            async def unary_unary_behavior(request: Any, context: Context) -> Any:
                return await unary_unary(check(request), context)

            return grpc.unary_unary_rpc_method_handler(
                unary_unary_behavior, deserializer, serializer
            )
        if handler.unary_stream is not None:
            unary_stream: Callable[..., Any] = handler.unary_stream

            async def unary_stream_behavior(request: Any, context: Context) -> AsyncIterator[Any]:
                async for response in _responses(unary_stream(check(request), context)):
                    yield response

            return grpc.unary_stream_rpc_method_handler(
                unary_stream_behavior, deserializer, serializer
            )
        if handler.stream_unary is not None:
            stream_unary: Callable[..., Any] = handler.stream_unary

            async def stream_unary_behavior(requests: Any, context: Context) -> Any:
                return await stream_unary(_checked(requests), context)

            return grpc.stream_unary_rpc_method_handler(
                stream_unary_behavior, deserializer, serializer
            )
        if handler.stream_stream is not None:
            stream_stream: Callable[..., Any] = handler.stream_stream

            async def stream_stream_behavior(requests: Any, context: Context) -> AsyncIterator[Any]:
                async for response in _responses(stream_stream(_checked(requests), context)):
                    yield response

            return grpc.stream_stream_rpc_method_handler(
                stream_stream_behavior, deserializer, serializer
            )
        return handler
