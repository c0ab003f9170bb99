"""A third article through the real pipeline: a document's author as the source, a pronoun
speaker, "was quoted as saying", a relative clause after the speaker, a question put to a
spokeswoman, a quoted phrase in an object, and two parties speaking together."""

from __future__ import annotations

from typing import Any

import pytest
from conftest import REPO

from quotes_server.engine import Attribution, QuoteType, SpeakerKind, attribute

ARTICLE = REPO / "seeds" / "005_waiting_lists.txt"

# (type, speaker name, speaker kind, cue text, a piece of the content)
EXPECTED = [
    (QuoteType.INDIRECT, "NHS North", SpeakerKind.ORGANIZATION, "according to", "record 410,000"),
    (QuoteType.MIXED, "Amara Nwosu", SpeakerKind.PERSON, "told", "deeply worrying"),
    (QuoteType.MIXED, "Amara Nwosu", SpeakerKind.PERSON, "said", "flat out"),
    (QuoteType.DIRECT, "Amara Nwosu", SpeakerKind.PERSON, "added", "doing everything we can"),
    (QuoteType.MIXED, "James Whitfield", SpeakerKind.PERSON, "saying", "not stand by"),
    (QuoteType.DIRECT, "Linda Marsh", SpeakerKind.PERSON, "said", "Promises are cheap"),
    (QuoteType.DIRECT, "A spokeswoman", SpeakerKind.ANONYMOUS, "said", "rule anything out"),
    (QuoteType.MIXED, "Tom Reilly", SpeakerKind.PERSON, "called", "national scandal"),
]


@pytest.fixture(scope="module")
def result(stanza_parser: Any) -> Attribution:
    return attribute(stanza_parser.parse(ARTICLE.read_bytes().decode("utf-8")))


@pytest.mark.parametrize(("kind", "name", "speaker_kind", "cue", "piece"), EXPECTED)
def test_quote_is_attributed(
    result: Attribution,
    kind: QuoteType,
    name: str,
    speaker_kind: SpeakerKind,
    cue: str,
    piece: str,
) -> None:
    quote = next((q for q in result.quotes if piece in q.content_text), None)
    assert quote is not None, f"no quote contains {piece!r}"
    speaker = {s.id: s for s in result.speakers}[quote.speaker_id]
    assert (quote.type, speaker.kind, quote.cue.text if quote.cue else None) == (
        kind,
        speaker_kind,
        cue,
    )
    assert name in speaker.name


def test_a_question_put_to_the_speaker_is_not_a_quote(result: Attribution) -> None:
    assert all(q.cue is None or q.cue.text != "Asked" for q in result.quotes)


def test_two_parties_speak_together(result: Attribution) -> None:
    quote = next(q for q in result.quotes if "force a vote" in q.content_text)
    speakers = {s.id: s for s in result.speakers}
    assert speakers[quote.speaker_id].name == "Liberal Democrats"
    assert [speakers[i].name for i in quote.co_speaker_ids] == ["Greens"]
    assert speakers[quote.speaker_id].kind is SpeakerKind.ORGANIZATION
