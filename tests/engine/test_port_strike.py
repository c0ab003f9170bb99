"""A second article through the real pipeline: inverted speakers with roles, a quote that
continues over a paragraph, a mixed report, a company and its statement, an according-to
source, guillemets, a nested quote and an anonymous speaker."""

from __future__ import annotations

from typing import Any

import pytest
from conftest import REPO

from quotes_server.engine import Attribution, QuoteType, SpeakerKind, attribute

ARTICLE = REPO / "seeds" / "004_port_strike.txt"

# (type, a piece of the speaker's name, speaker kind, cue text or None, a piece of the content)
EXPECTED = [
    (QuoteType.DIRECT, "Karen Doyle", SpeakerKind.PERSON, "said", "We have been patient"),
    (QuoteType.DIRECT, "Karen Doyle", SpeakerKind.PERSON, None, "not asking for the moon"),
    (QuoteType.INDIRECT, "Karen Doyle", SpeakerKind.PERSON, "said", "meet the operator again"),
    (QuoteType.MIXED, "Karen Doyle", SpeakerKind.PERSON, "warned", "nothing short of"),
    (QuoteType.MIXED, "Severn Ports", SpeakerKind.ORGANIZATION, "said", '"disappointed"'),
    (QuoteType.MIXED, "Severn Ports", SpeakerKind.ORGANIZATION, "said", '"fair and final"'),
    (QuoteType.INDIRECT, "a person familiar", SpeakerKind.ANONYMOUS, "According to", "apart"),
    (QuoteType.DIRECT, "Ben Hart", SpeakerKind.PERSON, "said", "a fifth of the region"),
    (QuoteType.INDIRECT, "Ben Hart", SpeakerKind.PERSON, "added", "carmakers had already"),
    (QuoteType.DIRECT, "Sarah Okonkwo", SpeakerKind.PERSON, "told", "Nobody wins"),
    (QuoteType.DIRECT, "veteran docker", SpeakerKind.ANONYMOUS, "said", "never meant final"),
]


@pytest.fixture(scope="module")
def article() -> str:
    return ARTICLE.read_bytes().decode("utf-8")


@pytest.fixture(scope="module")
def result(stanza_parser: Any, article: str) -> Attribution:
    return attribute(stanza_parser.parse(article))


@pytest.mark.parametrize(("kind", "name", "speaker_kind", "cue", "piece"), EXPECTED)
def test_quote_is_attributed(
    result: Attribution,
    kind: QuoteType,
    name: str,
    speaker_kind: SpeakerKind,
    cue: str | None,
    piece: str,
) -> None:
    quote = next((q for q in result.quotes if piece in q.content_text), None)
    assert quote is not None, f"no quote contains {piece!r}"
    speaker = {s.id: s for s in result.speakers}[quote.speaker_id]
    assert (quote.type, speaker.kind) == (kind, speaker_kind)
    assert name in speaker.name
    assert (quote.cue.text if quote.cue else None) == cue


def test_one_speaker_each_with_its_role(result: Attribution) -> None:
    names = [s.name for s in result.speakers]
    assert len(names) == len(set(names))
    doyle = next(s for s in result.speakers if s.name == "Karen Doyle")
    assert "regional secretary" in doyle.role


def test_the_nested_quote_stays_inside_its_quote(result: Attribution, article: str) -> None:
    docker = next(q for q in result.quotes if "never meant final" in q.content_text)
    assert docker.content_text.startswith("'Final'")
    assert all(q.content_text != "Final" for q in result.quotes)
