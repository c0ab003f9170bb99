"""The streaming RPC: order, ids and per-item errors, with both clients."""

from __future__ import annotations

from collections.abc import AsyncIterator

import pytest
from conftest import LiveServer

import quotes_client as qc

TEXTS = [
    "“We start today,” the mayor said.",
    "The minister said that the plan would work.",
    "Nothing is quoted here.",
    "“It is late,” Ann said. “Very late.”",
    "Officials say the road will reopen.",
    "“Yes,” he said.",
]


def test_stream_keeps_order_and_ids(loaded_client: qc.QuoteClient) -> None:
    documents = [(f"doc-{i}", text) for i, text in enumerate(TEXTS)]
    results = list(loaded_client.attribute_many(documents))
    assert [r.document_id for r in results] == [d for d, _ in documents]
    assert [r.index for r in results] == list(range(len(TEXTS)))
    for (_, text), result in zip(documents, results, strict=True):
        for quote in result.quotes:
            assert quote.content.slice(text) == quote.content_text


def test_one_bad_document_does_not_end_the_stream(loaded_client: qc.QuoteClient) -> None:
    documents = [("a", TEXTS[0]), ("bad", ""), ("c", TEXTS[3])]
    outcomes = list(loaded_client.attribute_many(documents, return_exceptions=True))
    assert isinstance(outcomes[0], qc.AttributionResult)
    assert isinstance(outcomes[1], qc.InvalidArgumentError)
    assert outcomes[1].field == "document.text"
    assert isinstance(outcomes[2], qc.AttributionResult)
    assert outcomes[2].document_id == "c"


def test_stream_raises_at_the_bad_document_by_default(loaded_client: qc.QuoteClient) -> None:
    results = loaded_client.attribute_many([("a", TEXTS[0]), ("bad", " ")])
    assert next(results).document_id == "a"
    with pytest.raises(qc.InvalidArgumentError):
        next(results)


def test_plain_texts_get_indices(loaded_client: qc.QuoteClient) -> None:
    results = list(loaded_client.attribute_many(TEXTS[:3]))
    assert [r.index for r in results] == [0, 1, 2]
    assert [r.document_id for r in results] == ["", "", ""]


async def test_async_stream_from_an_async_iterable(loaded_server: LiveServer) -> None:
    async def documents() -> AsyncIterator[tuple[str, str]]:
        for i, text in enumerate(TEXTS * 3):
            yield f"id-{i}", text

    async with qc.AsyncQuoteClient(loaded_server.target, timeout=300) as client:
        ids = [result.document_id async for result in client.attribute_many(documents())]
    assert ids == [f"id-{i}" for i in range(len(TEXTS) * 3)]
