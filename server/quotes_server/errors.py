"""The one map from failures to gRPC status codes, with rich details.

Code raises the exceptions below; the error interceptor turns them into a status with
``context.abort_with_status`` and the stream handler into a per-item ``google.rpc.Status``.
Anything not in ``STATUS_CODES`` is a bug: it becomes INTERNAL with a generic message, and
the traceback goes to the log, never to the caller.

    ServiceError
     ├── InvalidArgumentError    INVALID_ARGUMENT    bad input, with the field named
     ├── TextTooLongError        RESOURCE_EXHAUSTED  text over the server's limit
     ├── QueueFullError          RESOURCE_EXHAUSTED  every parser busy and the queue full
     ├── NotReadyError           UNAVAILABLE         model still loading, or draining
     ├── WorkerDiedError         UNAVAILABLE         a parser process died mid-request
     ├── DeadlineError           DEADLINE_EXCEEDED   no time left to do the work
     └── ParseFailedError        INTERNAL            the parser raised on this text
"""

from __future__ import annotations

import asyncio

import grpc
from google.protobuf import any_pb2, duration_pb2
from google.rpc import error_details_pb2, status_pb2
from grpc_status import rpc_status


class ServiceError(Exception):
    """A failure the caller should see as it is; ``field`` names the request field at fault
    and ``retry_after`` (seconds) tells a caller when trying again is worth it."""

    def __init__(
        self, message: str, *, field: str | None = None, retry_after: float | None = None
    ) -> None:
        super().__init__(message)
        self.message = message
        self.field = field
        self.retry_after = retry_after


class InvalidArgumentError(ServiceError):
    pass


class TextTooLongError(ServiceError):
    pass


class QueueFullError(ServiceError):
    pass


class NotReadyError(ServiceError):
    pass


class WorkerDiedError(ServiceError):
    pass


class DeadlineError(ServiceError):
    pass


class ParseFailedError(ServiceError):
    pass


# Most specific class first is not needed: the lookup walks each exception's MRO.
STATUS_CODES: dict[type[BaseException], grpc.StatusCode] = {
    InvalidArgumentError: grpc.StatusCode.INVALID_ARGUMENT,
    TextTooLongError: grpc.StatusCode.RESOURCE_EXHAUSTED,
    QueueFullError: grpc.StatusCode.RESOURCE_EXHAUSTED,
    NotReadyError: grpc.StatusCode.UNAVAILABLE,
    WorkerDiedError: grpc.StatusCode.UNAVAILABLE,
    DeadlineError: grpc.StatusCode.DEADLINE_EXCEEDED,
    TimeoutError: grpc.StatusCode.DEADLINE_EXCEEDED,
    asyncio.CancelledError: grpc.StatusCode.CANCELLED,
    ParseFailedError: grpc.StatusCode.INTERNAL,
}

INTERNAL_MESSAGE = "internal error; the server log has the details"


def status_code_of(error: BaseException) -> grpc.StatusCode:
    for cls in type(error).__mro__:
        if cls in STATUS_CODES:
            return STATUS_CODES[cls]
    return grpc.StatusCode.INTERNAL


def to_status_proto(error: BaseException) -> status_pb2.Status:
    """A ``google.rpc.Status`` for ``error``, with a BadRequest detail when a field is named
    and a RetryInfo detail when the error says when to retry."""
    code = status_code_of(error)
    if isinstance(error, ServiceError):
        message = error.message
    elif isinstance(error, TimeoutError):
        message = "deadline exceeded before the document was attributed"
    elif isinstance(error, asyncio.CancelledError):
        message = "cancelled"
    else:
        message = INTERNAL_MESSAGE
    # google.rpc.Code and grpc.StatusCode share their numbers.
    status = status_pb2.Status(code=code.value[0], message=message)
    if isinstance(error, ServiceError) and error.field:
        detail = any_pb2.Any()
        detail.Pack(
            error_details_pb2.BadRequest(
                field_violations=[
                    error_details_pb2.BadRequest.FieldViolation(
                        field=error.field, description=error.message
                    )
                ]
            )
        )
        status.details.append(detail)
    if isinstance(error, ServiceError) and error.retry_after is not None:
        delay = duration_pb2.Duration()
        delay.FromNanoseconds(round(error.retry_after * 1e9))
        retry = any_pb2.Any()
        retry.Pack(error_details_pb2.RetryInfo(retry_delay=delay))
        status.details.append(retry)
    return status


def to_grpc_status(error: BaseException) -> grpc.Status:
    """The status to abort a call with: code, message and the details trailer."""
    return rpc_status.to_status(to_status_proto(error))
