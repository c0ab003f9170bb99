"""The engine on parses written by hand: each test pins one mechanism, not a model's output."""

from __future__ import annotations

from handparse import parse_by_hand

from quotes_server.engine import CueKind, QuoteType, SpeakerKind, attribute


def speaker_name(result, quote):  # type: ignore[no-untyped-def]
    return {s.id: s for s in result.speakers}[quote.speaker_id].name


def test_direct_quote_with_cue_after() -> None:
    text = "“We will act,” Biden said."
    doc = parse_by_hand(
        text,
        """
“ “ PUNCT 4 punct
We we PRON 4 nsubj
will will AUX 4 aux
act act VERB 0 root
, , PUNCT 4 punct
” ” PUNCT 4 punct
Biden Biden PROPN 8 nsubj
said say VERB 4 parataxis
. . PUNCT 4 punct
""",
    )
    result = attribute(doc)
    (quote,) = result.quotes
    assert quote.type is QuoteType.DIRECT
    assert quote.content_text == "We will act,"
    assert quote.cue is not None
    assert quote.cue.text == "said"
    assert quote.cue.kind is CueKind.VERB
    assert speaker_name(result, quote) == "Biden"


def test_indirect_speech_with_apposition_and_title() -> None:
    text = "Jane Doe, a spokeswoman for the ministry, said the plan was sound."
    doc = parse_by_hand(
        text,
        """
Jane Jane PROPN 11 nsubj
Doe Doe PROPN 1 flat
, , PUNCT 5 punct
a a DET 5 det
spokeswoman spokeswoman NOUN 1 appos
for for ADP 8 case
the the DET 8 det
ministry ministry NOUN 5 nmod
, , PUNCT 5 punct
said say VERB 0 root
the the DET 12 det
plan plan NOUN 14 nsubj
was be AUX 14 cop
sound sound ADJ 10 ccomp
. . PUNCT 10 punct
""".replace("11 nsubj", "10 nsubj"),
    )
    result = attribute(doc)
    (quote,) = result.quotes
    assert quote.type is QuoteType.INDIRECT
    assert quote.content_text == "the plan was sound"
    speaker = {s.id: s for s in result.speakers}[quote.speaker_id]
    assert speaker.name == "Jane Doe"
    assert speaker.kind is SpeakerKind.PERSON
    assert "spokeswoman" in speaker.role


def test_anonymous_source_is_not_a_name() -> None:
    text = "A senior official said talks would resume."
    doc = parse_by_hand(
        text,
        """
A a DET 3 det
senior senior ADJ 3 amod
official official NOUN 4 nsubj
said say VERB 0 root
talks talk NOUN 7 nsubj
would would AUX 7 aux
resume resume VERB 4 ccomp
. . PUNCT 4 punct
""",
    )
    result = attribute(doc)
    (quote,) = result.quotes
    speaker = {s.id: s for s in result.speakers}[quote.speaker_id]
    assert speaker.kind is SpeakerKind.ANONYMOUS
    assert speaker.name == "A senior official"


def test_scare_quotes_without_cue_are_not_quotes() -> None:
    text = "The “open-door” policy stays."
    doc = parse_by_hand(
        text,
        """
The the DET 5 det
“ “ PUNCT 3 punct
open-door open-door ADJ 5 amod
” ” PUNCT 3 punct
policy policy NOUN 6 nsubj
stays stay VERB 0 root
. . PUNCT 6 punct
""",
    )
    assert attribute(doc).quotes == ()


def test_passive_agent_is_the_speaker() -> None:
    text = "Passengers were told by a crew member that the flight would return."
    doc = parse_by_hand(
        text,
        """
Passengers passenger NOUN 3 nsubj:pass
were be AUX 3 aux:pass
told tell VERB 0 root
by by ADP 7 case
a a DET 7 det
crew crew NOUN 7 compound
member member NOUN 3 obl:agent
that that SCONJ 13 mark
the the DET 10 det
flight flight NOUN 13 nsubj
would would AUX 13 aux
return return VERB 3 ccomp
. . PUNCT 3 punct
""".replace("13 mark", "12 mark")
        .replace("13 nsubj", "12 nsubj")
        .replace("13 aux", "12 aux"),
    )
    result = attribute(doc)
    (quote,) = result.quotes
    assert quote.content_text == "the flight would return"
    speaker = {s.id: s for s in result.speakers}[quote.speaker_id]
    assert speaker.name == "a crew member"
    assert speaker.kind is SpeakerKind.ANONYMOUS
