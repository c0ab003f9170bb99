"""The gRPC servicer: decode, delegate to the parse backend and the engine, encode."""

from __future__ import annotations

import asyncio
import time
from collections.abc import AsyncIterable, AsyncIterator
from importlib import metadata
from typing import Any

import grpc
import structlog
from google.rpc import code_pb2

from quotes.v1 import quote_service_pb2 as pb
from quotes.v1 import quote_service_pb2_grpc as pb_grpc
from quotes_server import codec
from quotes_server.backend import ParseBackend
from quotes_server.config import Settings
from quotes_server.engine import attribute
from quotes_server.errors import DeadlineError, ServiceError, to_status_proto
from quotes_server.interceptors import RequestRecord, current_record

log = structlog.get_logger(__name__)

Context = grpc.aio.ServicerContext[Any, Any]


def server_version() -> str:
    try:
        return metadata.version("quote-attribution")
    except metadata.PackageNotFoundError:
        return "0+unknown"


class QuoteAttributionServicer(pb_grpc.QuoteAttributionServiceServicer):
    def __init__(self, backend: ParseBackend, settings: Settings) -> None:
        self._backend = backend
        self._settings = settings
        # Stream items attributed concurrently per stream; enough to fill a batch or two.
        self._stream_window = 2 * settings.max_batch

    async def Attribute(
        self, request: pb.AttributeRequest, context: Context
    ) -> pb.AttributeResponse:
        record = current_record()
        record.received(request.document.id, len(request.document.text))
        job = codec.decode_job(
            request.document, request.options, max_text_chars=self._settings.max_text_chars
        )
        return await self._attribute(job, context, record)

    async def AttributeStream(
        self, request_iterator: AsyncIterable[pb.AttributeStreamRequest], context: Context
    ) -> AsyncIterator[pb.AttributeStreamResponse]:
        # A reader task starts each item as it arrives; responses leave in request order.
        # The bounded window applies back-pressure to a caller that sends faster than we parse.
        window: asyncio.Queue[asyncio.Task[pb.AttributeStreamResponse] | None] = asyncio.Queue(
            self._stream_window
        )
        record = current_record()

        async def read() -> None:
            try:
                index = 0
                async for item in request_iterator:
                    task = asyncio.create_task(self._stream_item(item, index, context, record))
                    await window.put(task)
                    index += 1
            finally:
                await window.put(None)

        reader = asyncio.create_task(read())
        try:
            while (task := await window.get()) is not None:
                yield await task
            await reader  # re-raises a failure to read the requests
        finally:
            reader.cancel()
            while not window.empty():
                if (task := window.get_nowait()) is not None:
                    task.cancel()

    async def GetServiceInfo(
        self, request: pb.GetServiceInfoRequest, context: Context
    ) -> pb.GetServiceInfoResponse:
        info = self._backend.info
        return pb.GetServiceInfoResponse(
            version=server_version(),
            model=codec.encode_model(info) if info is not None else None,
            languages=codec.LANGUAGES,
            limits=pb.ServiceLimits(
                max_text_chars=self._settings.max_text_chars,
                max_message_bytes=self._settings.max_message_bytes,
                max_batch_documents=self._settings.max_batch,
            ),
        )

    async def _stream_item(
        self,
        item: pb.AttributeStreamRequest,
        index: int,
        context: Context,
        record: RequestRecord,
    ) -> pb.AttributeStreamResponse:
        response = pb.AttributeStreamResponse(document_id=item.document.id, index=index)
        record.received(item.document.id, len(item.document.text))
        try:
            job = codec.decode_job(
                item.document, item.options, max_text_chars=self._settings.max_text_chars
            )
            # The stream's window already bounds its load: its items wait for queue room.
            response.result.CopyFrom(await self._attribute(job, context, record, wait=True))
        except (ServiceError, TimeoutError) as error:
            response.error.CopyFrom(to_status_proto(error))
            code = code_pb2.Code.Name(response.error.code)
            log.info("stream item failed", index=index, document_id=item.document.id, code=code)
        except Exception as error:
            log.exception("stream item failed", index=index, error_type=type(error).__name__)
            response.error.CopyFrom(to_status_proto(error))
        return response

    async def _attribute(
        self,
        job: codec.AttributeJob,
        context: Context,
        record: RequestRecord,
        *,
        wait: bool = False,
    ) -> pb.AttributeResponse:
        """Parses and attributes one job; ``wait`` waits for room in a full parse queue."""
        remaining = context.time_remaining()
        if remaining is not None and remaining <= 0:
            raise DeadlineError("the deadline passed before parsing started")
        started = time.perf_counter()
        async with asyncio.timeout(remaining):
            [parsed] = await self._backend.parse_many([job.text], wait=wait)
        parse_ms = (time.perf_counter() - started) * 1000
        # The engine is pure Python: milliseconds for an article, a few hundred for a text at
        # the size limit. A thread keeps the event loop (health, other calls) responsive.
        attribution = await asyncio.to_thread(attribute, parsed, job.options)
        record.attributed(len(attribution.quotes), parse_ms)
        return codec.encode_response(job, attribution, parsed, self._backend.info)
