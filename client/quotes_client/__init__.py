"""Client for the quote attribution service.

from quotes_client import QuoteClient

with QuoteClient("localhost:50051") as client:
    result = client.attribute("“We will act,” the minister said.")
"""

from __future__ import annotations

from quotes_client._client import AsyncQuoteClient, DocumentInput, QuoteClient
from quotes_client._config import DEFAULT_TIMEOUT, USE_CLIENT_DEFAULT, channel_options
from quotes_client._exceptions import (
    CancelledError,
    DeadlineExceededError,
    InternalError,
    InvalidArgumentError,
    QuoteError,
    ResourceExhaustedError,
    UnauthenticatedError,
    UnavailableError,
    UnimplementedError,
)
from quotes_client._models import (
    AttributionResult,
    Cue,
    CueKind,
    ModelInfo,
    Quote,
    QuoteType,
    Sentence,
    ServiceInfo,
    ServiceLimits,
    ServingStatus,
    Span,
    Speaker,
    SpeakerKind,
    Word,
)

__all__ = [
    "DEFAULT_TIMEOUT",
    "USE_CLIENT_DEFAULT",
    "AsyncQuoteClient",
    "AttributionResult",
    "CancelledError",
    "Cue",
    "CueKind",
    "DeadlineExceededError",
    "DocumentInput",
    "InternalError",
    "InvalidArgumentError",
    "ModelInfo",
    "Quote",
    "QuoteClient",
    "QuoteError",
    "QuoteType",
    "ResourceExhaustedError",
    "Sentence",
    "ServiceInfo",
    "ServiceLimits",
    "ServingStatus",
    "Span",
    "Speaker",
    "SpeakerKind",
    "UnauthenticatedError",
    "UnavailableError",
    "UnimplementedError",
    "Word",
    "channel_options",
]
