"""The seed article through the real pipeline (bundled model) and the engine."""

from __future__ import annotations

from typing import Any

import pytest

from quotes_server.engine import Attribution, QuoteType, SpeakerKind, attribute

# (type, speaker name, cue word, a piece of the content)
EXPECTED = [
    (QuoteType.DIRECT, "Biden", "said", "Russia will be held accountable if it invades"),
    (QuoteType.DIRECT, "Biden", None, "It’s one thing if it’s a minor incursion"),
    (QuoteType.DIRECT, "Emmanuel Macron", "said", "it is necessary that Europeans conduct"),
    (QuoteType.INDIRECT, "Blinken", "promised", "the United States would stand by their country"),
    (QuoteType.INDIRECT, "Biden", "suggest", "would not occur"),
    (QuoteType.INDIRECT, "White House", "saying", "any movement of Russian forces into Ukraine"),
    (
        QuoteType.INDIRECT,
        "United States",
        "accused",
        "conducting cyber and disinformation operations",
    ),
    (QuoteType.INDIRECT, "officials", "say", "could be an imminent Russian assault"),
    (QuoteType.INDIRECT, "Moscow", "says", "is threatening Russian security"),
    (QuoteType.INDIRECT, "Moscow", "says", "a regular exercise"),
    (QuoteType.INDIRECT, "Washington", "says", "could signal plans for an additional front"),
    (QuoteType.INDIRECT, "Blinken", "said", "Russia could double"),
    (QuoteType.INDIRECT, "Emmanuel Macron", "said", "European nations should engage with Russia"),
    (QuoteType.INDIRECT, "senior State Department official", "said", "speech would highlight"),
    (QuoteType.INDIRECT, "Blinken", "warned", "would normalize disregard for national boundaries"),
]


@pytest.fixture(scope="module")
def seed_attribution(stanza_parser: Any, seed_text: str) -> Attribution:
    return attribute(stanza_parser.parse(seed_text))


@pytest.mark.parametrize(("kind", "speaker", "cue", "piece"), EXPECTED)
def test_seed_quote_is_attributed(
    seed_attribution: Attribution, kind: QuoteType, speaker: str, cue: str | None, piece: str
) -> None:
    speakers = {s.id: s for s in seed_attribution.speakers}
    matches = [q for q in seed_attribution.quotes if piece in q.content_text]
    assert matches, f"no quote contains {piece!r}"
    quote = matches[0]
    assert quote.type is kind
    assert speaker in speakers[quote.speaker_id].name
    if cue is not None:
        assert quote.cue is not None
        assert quote.cue.text == cue


def test_reuters_is_a_source_not_a_speaker(seed_attribution: Attribution, seed_text: str) -> None:
    assert all("Reuters" not in s.name for s in seed_attribution.speakers)
    macron = next(q for q in seed_attribution.quotes if "coordinate" in q.content_text)
    assert macron.source is not None
    assert macron.source.slice(seed_text) == "Reuters"


def test_one_speaker_per_person(seed_attribution: Attribution) -> None:
    names = [s.name for s in seed_attribution.speakers if s.kind is SpeakerKind.PERSON]
    assert len(names) == len(set(names))
    macron = next(s for s in seed_attribution.speakers if s.name == "Emmanuel Macron")
    assert macron.role.endswith("President")
    assert len(macron.mentions) >= 2  # "French President Emmanuel Macron" and "Macron"


def test_anonymous_source_is_typed_anonymous(seed_attribution: Attribution) -> None:
    official = next(s for s in seed_attribution.speakers if "official" in s.name)
    assert official.kind is SpeakerKind.ANONYMOUS


def test_spans_slice_back_to_the_returned_text(
    seed_attribution: Attribution, seed_text: str
) -> None:
    for quote in seed_attribution.quotes:
        assert quote.content.slice(seed_text) == quote.content_text
        assert 0.0 <= quote.confidence <= 1.0
        if quote.cue is not None:
            assert quote.cue.span.slice(seed_text) == quote.cue.text
    for speaker in seed_attribution.speakers:
        for span in speaker.mentions:
            assert 0 <= span.start < span.end <= len(seed_text)
