"""``QuoteClient`` (blocking) and ``AsyncQuoteClient`` (asyncio) over one codec and one
set of channel options.

    with QuoteClient("localhost:50051") as client:
        result = client.attribute(text)
        for quote in result.quotes:
            speaker = result.speaker(quote.speaker_id)
            print(quote.content_text, "--", speaker.name if speaker else "?")

``attribute_many`` sends documents over one stream and yields results in input order.
A document is a text, or a ``(document_id, text)`` pair whose id comes back on its result.

A server that requires authentication takes ``token=``: every call then carries
``authorization: Bearer <token>`` metadata. Send tokens over TLS (``credentials=``) unless
the server is on this machine.
"""

from __future__ import annotations

from collections.abc import AsyncIterable, AsyncIterator, Iterable, Iterator, Sequence
from types import TracebackType
from typing import Literal, Self, overload

import grpc
from grpc_health.v1 import health_pb2

from quotes.v1 import quote_service_pb2 as pb
from quotes.v1 import quote_service_pb2_grpc as pb_grpc
from quotes_client._config import (
    DEFAULT_MAX_MESSAGE_BYTES,
    DEFAULT_TIMEOUT,
    USE_CLIENT_DEFAULT,
    Timeout,
    channel_options,
    resolve_timeout,
)
from quotes_client._exceptions import (
    InvalidArgumentError,
    QuoteError,
    from_rpc_error,
    from_status,
)
from quotes_client._models import AttributionResult, ServiceInfo, ServingStatus

DocumentInput = str | tuple[str, str]
HEALTH_CHECK = "/grpc.health.v1.Health/Check"
Metadata = Sequence[tuple[str, str]]


def _options(
    include_indirect: bool, include_parse: bool, min_confidence: float
) -> pb.AttributeOptions:
    return pb.AttributeOptions(
        include_indirect=include_indirect,
        include_parse=include_parse,
        min_confidence=min_confidence,
    )


def _document(document: DocumentInput, language: str) -> pb.Document:
    """The message of one document; a string that is not valid Unicode (a lone surrogate)
    raises ``InvalidArgumentError`` naming its field, before anything is sent."""
    document_id, text = ("", document) if isinstance(document, str) else document
    try:
        return pb.Document(id=document_id, text=text, language=language)
    except UnicodeEncodeError:
        for field, value in (("text", text), ("id", document_id), ("language", language)):
            try:
                value.encode("utf-8")
            except UnicodeEncodeError as error:
                raise InvalidArgumentError(
                    f"document {field} is not valid Unicode: {error.reason} at index {error.start}",
                    code=grpc.StatusCode.INVALID_ARGUMENT,
                    field_violations=(f"document.{field}",),
                ) from None
        raise


def _auth_metadata(token: str | None) -> Metadata:
    if token is None:
        return ()
    if not token or not all("!" <= char <= "~" for char in token):
        raise ValueError("a token must be printable ASCII without spaces")
    return (("authorization", f"Bearer {token}"),)


def _request(
    text: str,
    document_id: str | None,
    language: str,
    include_indirect: bool,
    include_parse: bool,
    min_confidence: float,
) -> pb.AttributeRequest:
    return pb.AttributeRequest(
        document=_document((document_id or "", text), language),
        options=_options(include_indirect, include_parse, min_confidence),
    )


def _stream_request(
    document: DocumentInput, language: str, options: pb.AttributeOptions
) -> pb.AttributeStreamRequest:
    return pb.AttributeStreamRequest(document=_document(document, language), options=options)


class _BaseClient:
    """What both clients share: settings, request building and result decoding."""

    def __init__(
        self,
        target: str,
        *,
        timeout: float | None = DEFAULT_TIMEOUT,
        max_message_bytes: int = DEFAULT_MAX_MESSAGE_BYTES,
        max_attempts: int = 4,
        credentials: grpc.ChannelCredentials | None = None,
        metadata: Metadata = (),
        token: str | None = None,
    ) -> None:
        self.target = target
        self.timeout = timeout
        self._credentials = credentials
        self._metadata = (*metadata, *_auth_metadata(token))
        self._options = channel_options(
            max_message_bytes=max_message_bytes, max_attempts=max_attempts
        )

    def _timeout(self, timeout: Timeout) -> float | None:
        return resolve_timeout(timeout, self.timeout)

    @staticmethod
    def _unsendable(error: QuoteError, return_exceptions: bool) -> QuoteError:
        if not return_exceptions:
            raise error
        return error

    @staticmethod
    def _stream_result(
        response: pb.AttributeStreamResponse, return_exceptions: bool
    ) -> AttributionResult | QuoteError:
        if response.HasField("error"):
            error = from_status(response.error)
            if not return_exceptions:
                raise error
            return error
        return AttributionResult.from_proto(response.result, index=response.index)


class QuoteClient(_BaseClient):
    """A blocking client. Use it as a context manager, or call ``close()``."""

    def __init__(
        self,
        target: str,
        *,
        timeout: float | None = DEFAULT_TIMEOUT,
        max_message_bytes: int = DEFAULT_MAX_MESSAGE_BYTES,
        max_attempts: int = 4,
        credentials: grpc.ChannelCredentials | None = None,
        metadata: Metadata = (),
        token: str | None = None,
    ) -> None:
        super().__init__(
            target,
            timeout=timeout,
            max_message_bytes=max_message_bytes,
            max_attempts=max_attempts,
            credentials=credentials,
            metadata=metadata,
            token=token,
        )
        if credentials is None:
            self._channel = grpc.insecure_channel(target, options=self._options)
        else:
            self._channel = grpc.secure_channel(target, credentials, options=self._options)
        self._stub = pb_grpc.QuoteAttributionServiceStub(self._channel)
        self._health_check = self._channel.unary_unary(
            HEALTH_CHECK,
            request_serializer=health_pb2.HealthCheckRequest.SerializeToString,
            response_deserializer=health_pb2.HealthCheckResponse.FromString,
        )

    def attribute(
        self,
        text: str,
        *,
        document_id: str | None = None,
        language: str = "en",
        include_indirect: bool = True,
        include_parse: bool = False,
        min_confidence: float = 0.0,
        timeout: Timeout = USE_CLIENT_DEFAULT,
    ) -> AttributionResult:
        """The quotes and speakers of one text."""
        request = _request(
            text, document_id, language, include_indirect, include_parse, min_confidence
        )
        try:
            response = self._stub.Attribute(
                request, timeout=self._timeout(timeout), metadata=self._metadata
            )
        except grpc.RpcError as error:
            raise from_rpc_error(error) from None
        return AttributionResult.from_proto(response)

    @overload
    def attribute_many(
        self,
        documents: Iterable[DocumentInput],
        *,
        language: str = ...,
        include_indirect: bool = ...,
        include_parse: bool = ...,
        min_confidence: float = ...,
        timeout: Timeout = ...,
        return_exceptions: Literal[False] = ...,
    ) -> Iterator[AttributionResult]: ...

    @overload
    def attribute_many(
        self,
        documents: Iterable[DocumentInput],
        *,
        language: str = ...,
        include_indirect: bool = ...,
        include_parse: bool = ...,
        min_confidence: float = ...,
        timeout: Timeout = ...,
        return_exceptions: Literal[True],
    ) -> Iterator[AttributionResult | QuoteError]: ...

    def attribute_many(
        self,
        documents: Iterable[DocumentInput],
        *,
        language: str = "en",
        include_indirect: bool = True,
        include_parse: bool = False,
        min_confidence: float = 0.0,
        timeout: Timeout = USE_CLIENT_DEFAULT,
        return_exceptions: bool = False,
    ) -> Iterator[AttributionResult] | Iterator[AttributionResult | QuoteError]:
        """Results in input order over one stream; ``timeout`` covers the whole stream.

        A failed document raises its error when its turn comes, ending the iteration, or
        with ``return_exceptions=True`` is yielded as a ``QuoteError`` in its place. A
        document that is not valid Unicode is not sent: its ``InvalidArgumentError`` comes
        in its place, and the documents after it are not sent either.
        """
        options = _options(include_indirect, include_parse, min_confidence)
        unsendable: list[QuoteError] = []

        def requests() -> Iterator[pb.AttributeStreamRequest]:
            for document in documents:
                try:
                    request = _stream_request(document, language, options)
                except InvalidArgumentError as error:
                    unsendable.append(error)
                    return
                yield request

        responses = self._stub.AttributeStream(
            requests(), timeout=self._timeout(timeout), metadata=self._metadata
        )
        return self._iterate(responses, return_exceptions, unsendable)

    def _iterate(
        self,
        responses: Iterator[pb.AttributeStreamResponse],
        return_exceptions: bool,
        unsendable: list[QuoteError],
    ) -> Iterator[AttributionResult | QuoteError]:
        try:
            for response in responses:
                yield self._stream_result(response, return_exceptions)
        except grpc.RpcError as error:
            raise from_rpc_error(error) from None
        finally:
            responses.cancel()  # type: ignore[attr-defined]  # a no-op once the call ended
        if unsendable:  # the requests ended at a document that could not be sent
            yield self._unsendable(unsendable[0], return_exceptions)

    def service_info(self, *, timeout: Timeout = USE_CLIENT_DEFAULT) -> ServiceInfo:
        """Version, model, languages and limits of the server."""
        try:
            response = self._stub.GetServiceInfo(
                pb.GetServiceInfoRequest(), timeout=self._timeout(timeout), metadata=self._metadata
            )
        except grpc.RpcError as error:
            raise from_rpc_error(error) from None
        return ServiceInfo.from_proto(response)

    def health(self, service: str = "", *, timeout: Timeout = USE_CLIENT_DEFAULT) -> ServingStatus:
        """The standard gRPC health check of the server (``""``) or of one service."""
        request = health_pb2.HealthCheckRequest(service=service)
        try:
            response = self._health_check(
                request, timeout=self._timeout(timeout), metadata=self._metadata
            )
        except grpc.RpcError as error:
            raise from_rpc_error(error) from None
        return ServingStatus.from_proto(response.status)

    def close(self) -> None:
        self._channel.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.close()


class AsyncQuoteClient(_BaseClient):
    """An asyncio client. Use it with ``async with``, or ``await close()``."""

    def __init__(
        self,
        target: str,
        *,
        timeout: float | None = DEFAULT_TIMEOUT,
        max_message_bytes: int = DEFAULT_MAX_MESSAGE_BYTES,
        max_attempts: int = 4,
        credentials: grpc.ChannelCredentials | None = None,
        metadata: Metadata = (),
        token: str | None = None,
    ) -> None:
        super().__init__(
            target,
            timeout=timeout,
            max_message_bytes=max_message_bytes,
            max_attempts=max_attempts,
            credentials=credentials,
            metadata=metadata,
            token=token,
        )
        if credentials is None:
            self._channel = grpc.aio.insecure_channel(target, options=self._options)
        else:
            self._channel = grpc.aio.secure_channel(target, credentials, options=self._options)
        self._stub = pb_grpc.QuoteAttributionServiceStub(self._channel)
        self._health_check = self._channel.unary_unary(
            HEALTH_CHECK,
            request_serializer=health_pb2.HealthCheckRequest.SerializeToString,
            response_deserializer=health_pb2.HealthCheckResponse.FromString,
        )

    async def attribute(
        self,
        text: str,
        *,
        document_id: str | None = None,
        language: str = "en",
        include_indirect: bool = True,
        include_parse: bool = False,
        min_confidence: float = 0.0,
        timeout: Timeout = USE_CLIENT_DEFAULT,
    ) -> AttributionResult:
        """The quotes and speakers of one text."""
        request = _request(
            text, document_id, language, include_indirect, include_parse, min_confidence
        )
        try:
            response = await self._stub.Attribute(
                request, timeout=self._timeout(timeout), metadata=self._metadata
            )
        except grpc.RpcError as error:
            raise from_rpc_error(error) from None
        return AttributionResult.from_proto(response)

    @overload
    def attribute_many(
        self,
        documents: Iterable[DocumentInput] | AsyncIterable[DocumentInput],
        *,
        language: str = ...,
        include_indirect: bool = ...,
        include_parse: bool = ...,
        min_confidence: float = ...,
        timeout: Timeout = ...,
        return_exceptions: Literal[False] = ...,
    ) -> AsyncIterator[AttributionResult]: ...

    @overload
    def attribute_many(
        self,
        documents: Iterable[DocumentInput] | AsyncIterable[DocumentInput],
        *,
        language: str = ...,
        include_indirect: bool = ...,
        include_parse: bool = ...,
        min_confidence: float = ...,
        timeout: Timeout = ...,
        return_exceptions: Literal[True],
    ) -> AsyncIterator[AttributionResult | QuoteError]: ...

    def attribute_many(
        self,
        documents: Iterable[DocumentInput] | AsyncIterable[DocumentInput],
        *,
        language: str = "en",
        include_indirect: bool = True,
        include_parse: bool = False,
        min_confidence: float = 0.0,
        timeout: Timeout = USE_CLIENT_DEFAULT,
        return_exceptions: bool = False,
    ) -> AsyncIterator[AttributionResult] | AsyncIterator[AttributionResult | QuoteError]:
        """Results in input order over one stream; see ``QuoteClient.attribute_many``."""
        options = _options(include_indirect, include_parse, min_confidence)
        unsendable: list[QuoteError] = []

        async def inputs() -> AsyncIterator[DocumentInput]:
            if isinstance(documents, AsyncIterable):
                async for document in documents:
                    yield document
            else:
                for document in documents:
                    yield document

        async def requests() -> AsyncIterator[pb.AttributeStreamRequest]:
            async for document in inputs():
                try:
                    request = _stream_request(document, language, options)
                except InvalidArgumentError as error:
                    unsendable.append(error)
                    return
                yield request

        call = self._stub.AttributeStream(
            requests(), timeout=self._timeout(timeout), metadata=self._metadata
        )
        return self._iterate(call, return_exceptions, unsendable)

    async def _iterate(
        self,
        call: AsyncIterable[pb.AttributeStreamResponse],
        return_exceptions: bool,
        unsendable: list[QuoteError],
    ) -> AsyncIterator[AttributionResult | QuoteError]:
        try:
            async for response in call:
                yield self._stream_result(response, return_exceptions)
        except grpc.RpcError as error:
            raise from_rpc_error(error) from None
        finally:
            call.cancel()  # type: ignore[attr-defined]
        if unsendable:  # the requests ended at a document that could not be sent
            yield self._unsendable(unsendable[0], return_exceptions)

    async def service_info(self, *, timeout: Timeout = USE_CLIENT_DEFAULT) -> ServiceInfo:
        """Version, model, languages and limits of the server."""
        try:
            response = await self._stub.GetServiceInfo(
                pb.GetServiceInfoRequest(), timeout=self._timeout(timeout), metadata=self._metadata
            )
        except grpc.RpcError as error:
            raise from_rpc_error(error) from None
        return ServiceInfo.from_proto(response)

    async def health(
        self, service: str = "", *, timeout: Timeout = USE_CLIENT_DEFAULT
    ) -> ServingStatus:
        """The standard gRPC health check of the server (``""``) or of one service."""
        request = health_pb2.HealthCheckRequest(service=service)
        try:
            response = await self._health_check(
                request, timeout=self._timeout(timeout), metadata=self._metadata
            )
        except grpc.RpcError as error:
            raise from_rpc_error(error) from None
        return ServingStatus.from_proto(response.status)

    async def close(self) -> None:
        await self._channel.close()

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        await self.close()
