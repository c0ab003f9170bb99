"""A wire-copy dateline opening a paragraph is set apart from the first sentence."""

from __future__ import annotations

from typing import Any

import pytest

from quotes_server.engine import attribute
from quotes_server.nlp.stanza_adapter import mark_datelines


@pytest.mark.parametrize(
    "text",
    [
        "HARWICK BAY, Nov. 4, 2026 -- Corvane said.",
        "QASR TELLAN — Soldiers began.",
        "VELIKRAD, Dec 1 - Ostravia will ban it.",
        "WASHINGTON (Reuters) - The US said.",
        "RIGA, Latvia — The State Security Service said.",
        "THORNBECK, Sask. (Prairie Newswire) — All 31 workers were rescued.",
        "CASTELVIEUX (Lorvenne Press Agency) — Henri Dassonville told a court.",
        'Earlier.\nLONDON – "We won," he said.',
    ],
)
def test_a_datelines_dash_becomes_a_paragraph_break(text: str) -> None:
    marked = mark_datelines(text)
    assert len(marked) == len(text)
    assert "\n\n" in marked
    assert not any(dash in marked for dash in ("--", "—", "–", " - "))


@pytest.mark.parametrize(
    "text", ["NATO - the alliance - said no.", "The US - and the UK - agreed.", "Oslo — a city."]
)
def test_other_dashes_are_left_alone(text: str) -> None:
    assert mark_datelines(text) == text


def test_the_place_of_a_dateline_is_not_the_speaker(stanza_parser: Any) -> None:
    text = (
        "HARWICK BAY, Nov. 4, 2026 -- Corvane Electric Holdings said on Wednesday that "
        "quarterly profit rose 31 percent."
    )
    doc = stanza_parser.parse(text)
    assert doc.text == text
    result = attribute(doc)
    (quote,) = result.quotes
    assert quote.content_text == "quarterly profit rose 31 percent"
    speaker = {s.id: s for s in result.speakers}[quote.speaker_id]
    assert speaker.name == "Corvane Electric Holdings"
