"""Errors raised by the client, one class per kind of failure a caller handles differently.

QuoteError                    any failed call; ``.code`` is the gRPC status code
 ├── InvalidArgumentError     INVALID_ARGUMENT, OUT_OF_RANGE: fix the request (``.field``)
 ├── ResourceExhaustedError   RESOURCE_EXHAUSTED: text over the limit or server busy
 ├── DeadlineExceededError    DEADLINE_EXCEEDED: the timeout passed
 ├── UnavailableError         UNAVAILABLE: not ready, draining or unreachable; retried
 │                            by the channel before it reaches you
 ├── UnauthenticatedError     UNAUTHENTICATED, PERMISSION_DENIED
 ├── CancelledError           CANCELLED
 ├── UnimplementedError       UNIMPLEMENTED, NOT_FOUND: wrong server or version
 └── InternalError            INTERNAL, UNKNOWN, DATA_LOSS and anything else
"""

from __future__ import annotations

import grpc
from google.rpc import error_details_pb2, status_pb2
from grpc_status import rpc_status


class QuoteError(Exception):
    """A failed call, with its status code, message and the fields the server blamed."""

    def __init__(
        self,
        message: str,
        *,
        code: grpc.StatusCode,
        field_violations: tuple[str, ...] = (),
        retry_after: float | None = None,
    ) -> None:
        super().__init__(message)
        self.message = message
        self.code = code
        self.field_violations = field_violations
        self.retry_after = retry_after  # seconds the server asks a caller to wait, if any

    @property
    def field(self) -> str | None:
        """The request field at fault, such as ``document.text``; None when none was named."""
        return self.field_violations[0] if self.field_violations else None

    def __str__(self) -> str:
        where = f" [{self.field}]" if self.field else ""
        return f"{self.code.name}: {self.message}{where}"


class InvalidArgumentError(QuoteError):
    pass


class ResourceExhaustedError(QuoteError):
    pass


class DeadlineExceededError(QuoteError):
    pass


class UnavailableError(QuoteError):
    pass


class UnauthenticatedError(QuoteError):
    pass


class CancelledError(QuoteError):
    pass


class UnimplementedError(QuoteError):
    pass


class InternalError(QuoteError):
    pass


_ERRORS: dict[grpc.StatusCode, type[QuoteError]] = {
    grpc.StatusCode.INVALID_ARGUMENT: InvalidArgumentError,
    grpc.StatusCode.OUT_OF_RANGE: InvalidArgumentError,
    grpc.StatusCode.FAILED_PRECONDITION: InvalidArgumentError,
    grpc.StatusCode.RESOURCE_EXHAUSTED: ResourceExhaustedError,
    grpc.StatusCode.DEADLINE_EXCEEDED: DeadlineExceededError,
    grpc.StatusCode.UNAVAILABLE: UnavailableError,
    grpc.StatusCode.UNAUTHENTICATED: UnauthenticatedError,
    grpc.StatusCode.PERMISSION_DENIED: UnauthenticatedError,
    grpc.StatusCode.CANCELLED: CancelledError,
    grpc.StatusCode.UNIMPLEMENTED: UnimplementedError,
    grpc.StatusCode.NOT_FOUND: UnimplementedError,
}

_CODES = {code.value[0]: code for code in grpc.StatusCode}


def error_for(
    code: grpc.StatusCode,
    message: str,
    fields: tuple[str, ...] = (),
    retry_after: float | None = None,
) -> QuoteError:
    """The one mapping from a status to the most specific error class."""
    error_class = _ERRORS.get(code, InternalError)
    return error_class(message, code=code, field_violations=fields, retry_after=retry_after)


def from_status(status: status_pb2.Status) -> QuoteError:
    """The error of a ``google.rpc.Status``, as carried by a failed stream item."""
    code = _CODES.get(status.code, grpc.StatusCode.UNKNOWN)
    return error_for(code, status.message, _field_violations(status), _retry_after(status))


def from_rpc_error(error: grpc.RpcError) -> QuoteError:
    """The error of a failed call, sync or async, with the rich details the server sent."""
    code: grpc.StatusCode = error.code()
    details: str | None = error.details()
    try:
        status: status_pb2.Status | None = rpc_status.from_call(error)
    except ValueError:  # a details trailer that disagrees with the code
        status = None
    fields = _field_violations(status) if status is not None else ()
    retry_after = _retry_after(status) if status is not None else None
    return error_for(code, details or code.name, fields, retry_after)


def _field_violations(status: status_pb2.Status) -> tuple[str, ...]:
    fields: list[str] = []
    for detail in status.details:
        if detail.Is(error_details_pb2.BadRequest.DESCRIPTOR):
            bad_request = error_details_pb2.BadRequest()
            detail.Unpack(bad_request)
            fields.extend(violation.field for violation in bad_request.field_violations)
    return tuple(fields)


def _retry_after(status: status_pb2.Status) -> float | None:
    for detail in status.details:
        if detail.Is(error_details_pb2.RetryInfo.DESCRIPTOR):
            retry = error_details_pb2.RetryInfo()
            detail.Unpack(retry)
            return float(retry.retry_delay.ToNanoseconds()) / 1e9
    return None
