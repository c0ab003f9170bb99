"""Attribution end to end: the real client, server, parser process and Stanza model."""

from __future__ import annotations

import asyncio
import time
from concurrent.futures import ThreadPoolExecutor

import grpc
import pytest
from conftest import LiveServer

import quotes_client as qc
from quotes.v1 import quote_service_pb2 as pb
from quotes.v1 import quote_service_pb2_grpc as pb_grpc


def test_seed_article_quotes_and_offsets(loaded_client: qc.QuoteClient, seed_text: str) -> None:
    result = loaded_client.attribute(seed_text, document_id="seed-0")
    assert result.document_id == "seed-0"
    assert result.quotes, "the seed article has several direct quotes"
    speaker_ids = {speaker.id for speaker in result.speakers}
    for quote in result.quotes:
        assert quote.content.slice(seed_text) == quote.content_text
        assert 0.0 <= quote.confidence <= 1.0
        assert quote.type is not qc.QuoteType.UNSPECIFIED
        assert quote.speaker_id == "" or quote.speaker_id in speaker_ids
        for part in quote.quoted_parts:
            assert quote.content.start <= part.start <= part.end <= quote.content.end
        if quote.cue is not None:
            assert quote.cue.span.slice(seed_text) == quote.cue.text
    for speaker in result.speakers:
        assert speaker.kind is not qc.SpeakerKind.UNSPECIFIED
        for mention in speaker.mentions:
            assert 0 <= mention.start < mention.end <= len(seed_text)
    assert any(q.type is qc.QuoteType.DIRECT for q in result.quotes)
    assert result.model is not None
    assert result.model.name


def test_include_parse_returns_words_on_exact_offsets(
    loaded_client: qc.QuoteClient, seed_text: str
) -> None:
    without = loaded_client.attribute(seed_text)
    assert without.sentences == ()
    result = loaded_client.attribute(seed_text, include_parse=True)
    assert result.sentences
    for sentence in result.sentences:
        for word in sentence.words:
            assert word.text
            assert word.upos
            assert 0 <= word.head <= len(sentence.words)
            assert 0 <= word.span.start <= word.span.end <= len(seed_text)
    first = result.sentences[0].words[0]
    assert seed_text[first.span.start : first.span.end].strip()


def test_offsets_count_code_points_past_astral_characters(loaded_client: qc.QuoteClient) -> None:
    text = "🙂🙂 “We will build it,” Mayor Ann Lee said on Monday."
    result = loaded_client.attribute(text, include_parse=True)
    words = [w for s in result.sentences for w in s.words]
    said = next(w for w in words if w.text == "said")
    assert said.span.slice(text) == "said"
    for quote in result.quotes:
        assert quote.content.slice(text) == quote.content_text


def test_coordinated_speakers_come_back_as_co_speakers(loaded_client: qc.QuoteClient) -> None:
    text = "Paris and Berlin said on Monday that they would fund a new satellite programme."
    result = loaded_client.attribute(text)
    (quote,) = result.quotes
    speaker = result.speaker(quote.speaker_id)
    assert speaker is not None
    assert speaker.name == "Paris"
    co_speakers = [result.speaker(i) for i in quote.co_speaker_ids]
    assert [s.name for s in co_speakers if s is not None] == ["Berlin"]


def test_options_filter_quotes(loaded_client: qc.QuoteClient, seed_text: str) -> None:
    everything = loaded_client.attribute(seed_text)
    direct_only = loaded_client.attribute(seed_text, include_indirect=False)
    assert all(q.type is not qc.QuoteType.INDIRECT for q in direct_only.quotes)
    assert len(direct_only.quotes) <= len(everything.quotes)
    confident = loaded_client.attribute(seed_text, min_confidence=1.0)
    assert all(q.confidence >= 1.0 for q in confident.quotes)


def test_service_info(loaded_client: qc.QuoteClient) -> None:
    info = loaded_client.service_info()
    assert info.version
    assert info.languages == ("en",)
    assert info.model is not None
    assert info.limits.max_text_chars == 100_000
    assert info.limits.max_batch_documents == 4


def test_request_id_is_echoed(loaded_server: LiveServer) -> None:
    with grpc.insecure_channel(loaded_server.target) as channel:
        stub = pb_grpc.QuoteAttributionServiceStub(channel)
        _, call = stub.GetServiceInfo.with_call(
            pb.GetServiceInfoRequest(), metadata=(("x-request-id", "req-42"),), timeout=10
        )
        assert ("x-request-id", "req-42") in call.trailing_metadata()
        _, call = stub.GetServiceInfo.with_call(pb.GetServiceInfoRequest(), timeout=10)
        generated = dict(call.trailing_metadata())["x-request-id"]
        assert len(generated) == 32
        with pytest.raises(grpc.RpcError) as caught:
            stub.Attribute(pb.AttributeRequest(), metadata=(("x-request-id", "req-43"),))
        failed: grpc.Call = caught.value  # type: ignore[assignment]
        assert ("x-request-id", "req-43") in failed.trailing_metadata()
        assert failed.code() is grpc.StatusCode.INVALID_ARGUMENT


def test_deadline_exceeded(loaded_server: LiveServer, seed_text: str) -> None:
    with (
        qc.QuoteClient(loaded_server.target, timeout=0.001) as quick,
        pytest.raises(qc.DeadlineExceededError),
    ):
        quick.attribute(seed_text)


def test_deadline_passing_in_the_queue(loaded_server: LiveServer, seed_text: str) -> None:
    """A call waiting behind a long parse gets DEADLINE_EXCEEDED, and the long one finishes."""
    with (
        qc.QuoteClient(loaded_server.target, timeout=300) as client,
        ThreadPoolExecutor(1) as pool,
    ):
        long_call = pool.submit(client.attribute, seed_text * 6, document_id="long")
        time.sleep(0.3)
        with pytest.raises(qc.DeadlineExceededError):
            client.attribute("“Quick,” she said.", timeout=1.0)
        assert not long_call.done(), "the short call must not wait for the long one"
        assert long_call.result(timeout=600).document_id == "long"


async def test_async_client_concurrent_requests(loaded_server: LiveServer) -> None:
    texts = [f"“Item {i} is ready,” the clerk said." for i in range(4)]
    async with qc.AsyncQuoteClient(loaded_server.target, timeout=120) as client:
        results = await asyncio.gather(
            *(client.attribute(text, document_id=str(i)) for i, text in enumerate(texts))
        )
    assert [r.document_id for r in results] == ["0", "1", "2", "3"]
    for text, result in zip(texts, results, strict=True):
        for quote in result.quotes:
            assert quote.content.slice(text) == quote.content_text


async def test_full_queue_is_resource_exhausted(loaded_server: LiveServer) -> None:
    # One parser, batches of 4, 8 waiting at most: 40 at once cannot all be taken.
    text = "“The queue is long,” the clerk said. " * 20
    async with qc.AsyncQuoteClient(loaded_server.target, timeout=300, max_attempts=1) as client:
        outcomes = await asyncio.gather(
            *(client.attribute(text) for _ in range(40)), return_exceptions=True
        )
    rejected = [o for o in outcomes if isinstance(o, qc.ResourceExhaustedError)]
    done = [o for o in outcomes if isinstance(o, qc.AttributionResult)]
    assert rejected, "some requests should find the queue full"
    assert done, "the queued requests should still be served"
    assert len(rejected) + len(done) == 40
    assert all(error.retry_after == 1.0 for error in rejected)  # google.rpc.RetryInfo
