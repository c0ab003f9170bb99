"""Two sample articles from seeds/ through the real pipeline and the engine.

The port strike: inverted speakers with roles, a quote that continues over a paragraph, a
mixed report, a company and its statement, an according-to source, guillemets, a nested
quote and an anonymous speaker. The waiting lists: a document's author as the source, a
pronoun speaker, "was quoted as saying", a relative clause after the speaker, a question put
to a spokeswoman, a quoted phrase in an object, and two parties speaking together.
"""

from __future__ import annotations

from typing import Any

import pytest
from conftest import REPO

from quotes_server.engine import Attribution, QuoteType, SpeakerKind, attribute

ARTICLES = {
    "port_strike": REPO / "seeds" / "004_port_strike.txt",
    "waiting_lists": REPO / "seeds" / "005_waiting_lists.txt",
}

DIRECT, INDIRECT, MIXED = QuoteType.DIRECT, QuoteType.INDIRECT, QuoteType.MIXED
PERSON, ORG, ANON = SpeakerKind.PERSON, SpeakerKind.ORGANIZATION, SpeakerKind.ANONYMOUS

# (article, type, a piece of the speaker's name, speaker kind, cue text or None,
#  a piece of the content)
EXPECTED = [
    ("port_strike", DIRECT, "Karen Doyle", PERSON, "said", "We have been patient"),
    ("port_strike", DIRECT, "Karen Doyle", PERSON, None, "not asking for the moon"),
    ("port_strike", INDIRECT, "Karen Doyle", PERSON, "said", "meet the operator again"),
    ("port_strike", MIXED, "Karen Doyle", PERSON, "warned", "nothing short of"),
    ("port_strike", MIXED, "Severn Ports", ORG, "said", '"disappointed"'),
    ("port_strike", MIXED, "Severn Ports", ORG, "said", '"fair and final"'),
    ("port_strike", INDIRECT, "a person familiar", ANON, "According to", "apart"),
    ("port_strike", DIRECT, "Ben Hart", PERSON, "said", "a fifth of the region"),
    ("port_strike", INDIRECT, "Ben Hart", PERSON, "added", "carmakers had already"),
    ("port_strike", DIRECT, "Sarah Okonkwo", PERSON, "told", "Nobody wins"),
    ("port_strike", DIRECT, "veteran docker", ANON, "said", "never meant final"),
    ("waiting_lists", INDIRECT, "NHS North", ORG, "according to", "record 410,000"),
    ("waiting_lists", MIXED, "Amara Nwosu", PERSON, "told", "deeply worrying"),
    ("waiting_lists", MIXED, "Amara Nwosu", PERSON, "said", "flat out"),
    ("waiting_lists", DIRECT, "Amara Nwosu", PERSON, "added", "doing everything we can"),
    ("waiting_lists", MIXED, "James Whitfield", PERSON, "saying", "not stand by"),
    ("waiting_lists", DIRECT, "Linda Marsh", PERSON, "said", "Promises are cheap"),
    ("waiting_lists", DIRECT, "A spokeswoman", ANON, "said", "rule anything out"),
    ("waiting_lists", MIXED, "Tom Reilly", PERSON, "called", "national scandal"),
]


@pytest.fixture(scope="module")
def results(stanza_parser: Any) -> dict[str, Attribution]:
    return {
        name: attribute(stanza_parser.parse(path.read_bytes().decode("utf-8")))
        for name, path in ARTICLES.items()
    }


@pytest.mark.parametrize(("article", "kind", "name", "speaker_kind", "cue", "piece"), EXPECTED)
def test_quote_is_attributed(
    results: dict[str, Attribution],
    article: str,
    kind: QuoteType,
    name: str,
    speaker_kind: SpeakerKind,
    cue: str | None,
    piece: str,
) -> None:
    result = results[article]
    quote = next((q for q in result.quotes if piece in q.content_text), None)
    assert quote is not None, f"no quote contains {piece!r}"
    speaker = {s.id: s for s in result.speakers}[quote.speaker_id]
    assert (quote.type, speaker.kind) == (kind, speaker_kind)
    assert name in speaker.name
    assert (quote.cue.text if quote.cue else None) == cue


def test_one_speaker_each_with_its_role(results: dict[str, Attribution]) -> None:
    result = results["port_strike"]
    names = [s.name for s in result.speakers]
    assert len(names) == len(set(names))
    doyle = next(s for s in result.speakers if s.name == "Karen Doyle")
    assert "regional secretary" in doyle.role


def test_the_nested_quote_stays_inside_its_quote(results: dict[str, Attribution]) -> None:
    result = results["port_strike"]
    docker = next(q for q in result.quotes if "never meant final" in q.content_text)
    assert docker.content_text.startswith("'Final'")
    assert all(q.content_text != "Final" for q in result.quotes)


def test_a_question_put_to_the_speaker_is_not_a_quote(results: dict[str, Attribution]) -> None:
    result = results["waiting_lists"]
    assert all(q.cue is None or q.cue.text != "Asked" for q in result.quotes)


def test_two_parties_speak_together(results: dict[str, Attribution]) -> None:
    result = results["waiting_lists"]
    quote = next(q for q in result.quotes if "force a vote" in q.content_text)
    speakers = {s.id: s for s in result.speakers}
    assert speakers[quote.speaker_id].name == "Liberal Democrats"
    assert [speakers[i].name for i in quote.co_speaker_ids] == ["Greens"]
    assert speakers[quote.speaker_id].kind is SpeakerKind.ORGANIZATION
