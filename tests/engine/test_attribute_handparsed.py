"""The engine on parses written by hand: each test pins one mechanism, not a model's output."""

from __future__ import annotations

import pytest
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


def test_it_refers_back_to_an_organisation_named_like_a_person() -> None:
    text = "Halvorsen Shipping cut its forecast. It said rates had fallen."
    doc = parse_by_hand(
        text,
        """
Halvorsen Halvorsen PROPN 3 nsubj
Shipping Shipping PROPN 1 flat
cut cut VERB 0 root
its its PRON 5 nmod:poss
forecast forecast NOUN 3 obj
. . PUNCT 3 punct

It it PRON 2 nsubj
said say VERB 0 root
rates rate NOUN 5 nsubj
had have AUX 5 aux
fallen fall VERB 2 ccomp
. . PUNCT 2 punct
""",
    )
    result = attribute(doc)
    (quote,) = result.quotes
    assert quote.content_text == "rates had fallen"
    speaker = {s.id: s for s in result.speakers}[quote.speaker_id]
    assert speaker.name == "Halvorsen Shipping"
    assert speaker.kind is SpeakerKind.ORGANIZATION


def test_the_company_refers_back_to_the_named_organisation() -> None:
    text = "Skyline Air grounded its fleet. “We are cooperating,” the airline said."
    doc = parse_by_hand(
        text,
        """
Skyline Skyline PROPN 3 nsubj
Air Air PROPN 1 flat
grounded ground VERB 0 root
its its PRON 5 nmod:poss
fleet fleet NOUN 3 obj
. . PUNCT 3 punct

“ “ PUNCT 4 punct
We we PRON 4 nsubj
are be AUX 4 aux
cooperating cooperate VERB 0 root
, , PUNCT 4 punct
” ” PUNCT 4 punct
the the DET 8 det
airline airline NOUN 9 nsubj
said say VERB 4 parataxis
. . PUNCT 4 punct
""",
    )
    result = attribute(doc)
    (quote,) = result.quotes
    speaker = {s.id: s for s in result.speakers}[quote.speaker_id]
    assert speaker.name == "Skyline Air"
    assert speaker.kind is SpeakerKind.ORGANIZATION
    assert len(speaker.mentions) == 2  # "Skyline Air" and "the airline"


def test_organisation_names_keep_title_words_and_of_phrases() -> None:
    text = "The Bank of England said rates would hold. The Interior Ministry said roads were shut."
    doc = parse_by_hand(
        text,
        """
The the DET 2 det
Bank Bank PROPN 5 nsubj
of of ADP 4 case
England England PROPN 2 nmod
said say VERB 0 root
rates rate NOUN 8 nsubj
would would AUX 8 aux
hold hold VERB 5 ccomp
. . PUNCT 5 punct

The the DET 3 det
Interior Interior PROPN 3 compound
Ministry Ministry PROPN 4 nsubj
said say VERB 0 root
roads road NOUN 7 nsubj:pass
were be AUX 7 aux:pass
shut shut VERB 4 ccomp
. . PUNCT 4 punct
""",
    )
    result = attribute(doc)
    names = [speaker_name(result, quote) for quote in result.quotes]
    assert names == ["Bank of England", "Interior Ministry"]


def test_a_name_the_parse_hangs_from_a_mistagged_title_is_still_known() -> None:
    text = "Vale coach Rui Mendes was furious. Mendes insisted that the team was robbed."
    doc = parse_by_hand(
        text,
        """
Vale Vale PROPN 6 nsubj
coach coach VERB 6 nsubj
Rui Rui PROPN 2 flat
Mendes Mendes PROPN 3 flat
was be AUX 6 cop
furious furious ADJ 0 root
. . PUNCT 6 punct

Mendes Mendes PROPN 2 nsubj
insisted insist VERB 0 root
that that SCONJ 7 mark
the the DET 5 det
team team NOUN 7 nsubj:pass
was be AUX 7 aux:pass
robbed rob VERB 2 ccomp
. . PUNCT 2 punct
""",
    )
    result = attribute(doc)
    (quote,) = result.quotes
    assert speaker_name(result, quote) == "Rui Mendes"


def test_names_are_spelled_as_written() -> None:
    text = "Astronomer Jack O'Neill said the comet was bright."
    doc = parse_by_hand(
        text,
        """
Astronomer astronomer PROPN 4 compound
Jack Jack PROPN 5 nsubj
O' O' PROPN 2 flat
Neill Neill PROPN 2 flat
said say VERB 0 root
the the DET 7 det
comet comet NOUN 9 nsubj
was be AUX 9 cop
bright bright ADJ 5 ccomp
. . PUNCT 5 punct
""",
    )
    result = attribute(doc)
    (quote,) = result.quotes
    speaker = {s.id: s for s in result.speakers}[quote.speaker_id]
    assert speaker.name == "Jack O'Neill"
    assert speaker.role == "Astronomer"


def test_anonymous_sources_keep_their_post_modifiers() -> None:
    text = "Two people familiar with the talks said no figure was agreed."
    doc = parse_by_hand(
        text,
        """
Two two NUM 2 nummod
people person NOUN 3 nsubj
familiar familiar ADJ 7 nsubj
with with ADP 6 case
the the DET 6 det
talks talk NOUN 3 obl
said say VERB 0 root
no no DET 9 det
figure figure NOUN 11 nsubj:pass
was be AUX 11 aux:pass
agreed agree VERB 7 ccomp
. . PUNCT 7 punct
""",
    )
    result = attribute(doc)
    (quote,) = result.quotes
    speaker = {s.id: s for s in result.speakers}[quote.speaker_id]
    assert speaker.name == "Two people familiar with the talks"
    assert speaker.kind is SpeakerKind.ANONYMOUS


def test_a_possessors_warning_that_is_reported_speech() -> None:
    text = "Dr Leila Haddad's warning that the levee could fail went unheeded."
    doc = parse_by_hand(
        text,
        """
Dr Dr PROPN 3 compound
Leila Leila PROPN 3 compound
Haddad Haddad PROPN 5 nmod:poss
's 's PART 3 case
warning warning NOUN 11 nsubj
that that SCONJ 10 mark
the the DET 8 det
levee levee NOUN 10 nsubj
could could AUX 10 aux
fail fail VERB 5 acl
went go VERB 0 root
unheeded unheeded ADJ 11 xcomp
. . PUNCT 11 punct
""",
    )
    result = attribute(doc)
    (quote,) = result.quotes
    assert quote.type is QuoteType.INDIRECT
    assert quote.content_text == "the levee could fail"
    assert quote.cue is not None
    assert quote.cue.text == "warning"
    assert speaker_name(result, quote) == "Leila Haddad"


def test_described_as_reports_the_object_and_its_description() -> None:
    text = "Neighbours described the couple as quiet. Witnesses described a loud bang."
    doc = parse_by_hand(
        text,
        """
Neighbours neighbour NOUN 2 nsubj
described describe VERB 0 root
the the DET 4 det
couple couple NOUN 2 obj
as as ADP 6 case
quiet quiet ADJ 2 obl
. . PUNCT 2 punct

Witnesses witness NOUN 2 nsubj
described describe VERB 0 root
a a DET 5 det
loud loud ADJ 5 amod
bang bang NOUN 2 obj
. . PUNCT 2 punct
""",
    )
    result = attribute(doc)
    (quote,) = result.quotes  # a loud bang is not a claim
    assert quote.type is QuoteType.INDIRECT
    assert quote.content_text == "the couple as quiet"
    assert speaker_name(result, quote) == "Neighbours"


def test_what_officials_say_reports_the_words_after_the_verb() -> None:
    text = "It aims to prevent what officials say could be an assault, which Moscow denies."
    doc = parse_by_hand(
        text,
        """
It it PRON 2 nsubj
aims aim VERB 0 root
to to PART 4 mark
prevent prevent VERB 2 xcomp
what what PRON 7 obj
officials official NOUN 7 nsubj
say say VERB 4 ccomp
could could AUX 11 aux
be be AUX 11 cop
an a DET 11 det
assault assault NOUN 7 ccomp
, , PUNCT 15 punct
which which PRON 15 obj
Moscow Moscow PROPN 15 nsubj
denies deny VERB 11 acl:relcl
. . PUNCT 2 punct
""",
    )
    result = attribute(doc)
    said = [q for q in result.quotes if q.cue is not None and q.cue.text == "say"]
    assert [q.content_text for q in said] == ["could be an assault"]
    assert speaker_name(result, said[0]) == "officials"


def test_coordinated_speakers_share_the_quote() -> None:
    # The compact parser's reading: the second name hangs from the first as flat, not conj.
    text = "Mayor Lena Fischer and police chief Omar Haddad said the march would go ahead."
    doc = parse_by_hand(
        text,
        """
Mayor Mayor PROPN 3 compound
Lena Lena PROPN 3 compound
Fischer Fischer PROPN 9 nsubj
and and CCONJ 8 cc
police police NOUN 6 compound
chief chief NOUN 8 compound
Omar Omar PROPN 8 compound
Haddad Haddad PROPN 3 flat
said say VERB 0 root
the the DET 11 det
march march NOUN 13 nsubj
would would AUX 13 aux
go go VERB 9 ccomp
ahead ahead ADV 13 advmod
. . PUNCT 9 punct
""",
    )
    result = attribute(doc)
    (quote,) = result.quotes
    speakers = {s.id: s for s in result.speakers}
    assert speakers[quote.speaker_id].name == "Lena Fischer"
    assert [speakers[i].name for i in quote.co_speaker_ids] == ["Omar Haddad"]


def test_a_quoted_phrase_in_a_report_makes_it_mixed() -> None:
    text = "The room was “in pieces”, according to one player."
    doc = parse_by_hand(
        text,
        """
The the DET 2 det
room room NOUN 6 nsubj
was be AUX 6 cop
“ “ PUNCT 6 punct
in in ADP 6 case
pieces piece NOUN 0 root
” ” PUNCT 6 punct
, , PUNCT 12 punct
according accord VERB 12 case
to to ADP 9 fixed
one one NUM 12 nummod
player player NOUN 6 obl
. . PUNCT 6 punct
""",
    )
    result = attribute(doc)
    (quote,) = result.quotes
    assert quote.type is QuoteType.MIXED
    assert quote.content_text == "The room was “in pieces”"
    assert [part.slice(text) for part in quote.quoted_parts] == ["in pieces"]
    assert speaker_name(result, quote) == "one player"


def test_a_participle_inside_according_to_is_not_the_sentences_cue() -> None:
    text = "According to two officials briefed on the plan, the truce would begin on Saturday."
    doc = parse_by_hand(
        text,
        """
According accord VERB 4 case
to to ADP 1 fixed
two two NUM 4 nummod
officials official NOUN 13 obl
briefed brief VERB 4 acl
on on ADP 8 case
the the DET 8 det
plan plan NOUN 5 obl
, , PUNCT 4 punct
the the DET 11 det
truce truce NOUN 13 nsubj
would would AUX 13 aux
begin begin VERB 0 root
on on ADP 15 case
Saturday Saturday PROPN 13 obl
. . PUNCT 13 punct
""",
    )
    result = attribute(doc)
    (quote,) = result.quotes
    assert quote.type is QuoteType.INDIRECT
    assert quote.content_text == "the truce would begin on Saturday"
    assert quote.cue is not None
    assert quote.cue.text == "According to"
    assert speaker_name(result, quote) == "two officials briefed on the plan"


def test_in_a_statement_is_the_cue_of_a_quote_after_a_colon() -> None:
    text = "In a statement, the ministry was blunt: “Leakers will be dismissed.”"
    doc = parse_by_hand(
        text,
        """
In in ADP 3 case
a a DET 3 det
statement statement NOUN 8 obl
, , PUNCT 3 punct
the the DET 6 det
ministry ministry NOUN 8 nsubj
was be AUX 8 cop
blunt blunt ADJ 0 root
: : PUNCT 14 punct
“ “ PUNCT 14 punct
Leakers leaker NOUN 14 nsubj:pass
will will AUX 14 aux
be be AUX 14 aux:pass
dismissed dismiss VERB 8 parataxis
. . PUNCT 14 punct
” ” PUNCT 14 punct
""",
    )
    result = attribute(doc)
    (quote,) = result.quotes
    assert quote.type is QuoteType.DIRECT
    assert quote.cue is not None
    assert quote.cue.text == "In a statement"
    assert speaker_name(result, quote) == "the ministry"


def test_said_but_warned_gives_two_reports_by_one_speaker() -> None:
    text = "A spokesman said repairs could begin, but warned that costs were unknown."
    doc = parse_by_hand(
        text,
        """
A a DET 2 det
spokesman spokesman NOUN 3 nsubj
said say VERB 0 root
repairs repair NOUN 6 nsubj
could could AUX 6 aux
begin begin VERB 3 ccomp
, , PUNCT 9 punct
but but CCONJ 9 cc
warned warn VERB 6 conj
that that SCONJ 13 mark
costs cost NOUN 13 nsubj
were be AUX 13 cop
unknown unknown ADJ 9 ccomp
. . PUNCT 3 punct
""",
    )
    result = attribute(doc)
    reports = {q.cue.text: q for q in result.quotes if q.cue is not None}
    assert reports["said"].content_text == "repairs could begin"
    assert reports["warned"].content_text == "costs were unknown"
    assert reports["said"].speaker_id == reports["warned"].speaker_id
    speaker = {s.id: s for s in result.speakers}[reports["said"].speaker_id]
    assert speaker.kind is SpeakerKind.ANONYMOUS


def test_a_cue_after_a_comma_reports_the_clause_before_it() -> None:
    text = "The library will stay open, the university announced on Monday."
    doc = parse_by_hand(
        text,
        """
The the DET 2 det
library library NOUN 4 nsubj
will will AUX 4 aux
stay stay VERB 0 root
open open ADJ 4 xcomp
, , PUNCT 8 punct
the the DET 8 det
university university NOUN 9 nsubj
announced announce VERB 4 conj
on on ADP 11 case
Monday Monday PROPN 9 obl
. . PUNCT 4 punct
""",
    )
    result = attribute(doc)
    (quote,) = result.quotes
    assert quote.content_text == "The library will stay open"
    assert quote.cue is not None
    assert quote.cue.text == "announced"


def test_a_bare_object_is_not_a_report() -> None:
    text = "The mayor proposed the restriction. She called the plan “long overdue”."
    doc = parse_by_hand(
        text,
        """
The the DET 2 det
mayor mayor NOUN 3 nsubj
proposed propose VERB 0 root
the the DET 5 det
restriction restriction NOUN 3 obj
. . PUNCT 3 punct

She she PRON 2 nsubj
called call VERB 0 root
the the DET 4 det
plan plan NOUN 2 obj
“ “ PUNCT 7 punct
long long ADJ 7 amod
overdue overdue NOUN 2 obj
” ” PUNCT 7 punct
. . PUNCT 2 punct
""",
    )
    result = attribute(doc)
    assert [q.cue.text for q in result.quotes if q.cue is not None] == ["called"]


def test_organisation_names_from_their_last_word_and_of_phrase() -> None:
    text = "According to the Chamber of Commerce, trucks cross the bridge daily."
    doc = parse_by_hand(
        text,
        """
According accord VERB 4 case
to to ADP 1 fixed
the the DET 4 det
Chamber Chamber PROPN 9 obl
of of ADP 6 case
Commerce Commerce PROPN 4 nmod
, , PUNCT 4 punct
trucks truck NOUN 9 nsubj
cross cross VERB 0 root
the the DET 10 det
bridge bridge NOUN 9 obj
daily daily ADV 9 advmod
. . PUNCT 9 punct
""",
    )
    result = attribute(doc)
    (quote,) = result.quotes
    speaker = {s.id: s for s in result.speakers}[quote.speaker_id]
    assert speaker.name == "Chamber of Commerce"
    assert speaker.kind is SpeakerKind.ORGANIZATION


def test_a_name_after_an_organisation_and_role_is_the_speaker() -> None:
    # Parsed with three subjects, as the compact parser does.
    text = "Student union president Jonah Berg said the hours should stay."
    doc = parse_by_hand(
        text,
        """
Student student NOUN 2 amod
union union NOUN 6 nsubj
president president NOUN 6 nsubj
Jonah Jonah PROPN 6 nsubj
Berg Berg PROPN 4 flat
said say VERB 0 root
the the DET 8 det
hours hour NOUN 10 nsubj
should should AUX 10 aux
stay stay VERB 6 ccomp
. . PUNCT 6 punct
""",
    )
    result = attribute(doc)
    (quote,) = result.quotes
    assert speaker_name(result, quote) == "Jonah Berg"


def test_the_university_is_not_an_earlier_union() -> None:
    text = "The Student Union said fees were high. The university said fees would fall."
    doc = parse_by_hand(
        text,
        """
The the DET 3 det
Student Student PROPN 3 compound
Union Union PROPN 4 nsubj
said say VERB 0 root
fees fee NOUN 7 nsubj
were be AUX 7 cop
high high ADJ 4 ccomp
. . PUNCT 4 punct

The the DET 2 det
university university NOUN 3 nsubj
said say VERB 0 root
fees fee NOUN 6 nsubj
would would AUX 6 aux
fall fall VERB 3 ccomp
. . PUNCT 3 punct
""",
    )
    result = attribute(doc)
    names = [speaker_name(result, quote) for quote in result.quotes]
    assert names == ["Student Union", "The university"]


def test_inverted_speaker_keeps_the_role_after_the_comma() -> None:
    text = "“We waited,” said Karen Doyle, the union's secretary."
    doc = parse_by_hand(
        text,
        """
“ “ PUNCT 3 punct
We we PRON 3 nsubj
waited wait VERB 0 root
, , PUNCT 6 punct
” ” PUNCT 6 punct
said say VERB 3 parataxis
Karen Karen PROPN 6 nsubj
Doyle Doyle PROPN 7 flat
, , PUNCT 13 punct
the the DET 11 det
union union NOUN 13 nmod:poss
's 's PART 11 case
secretary secretary NOUN 6 nsubj
. . PUNCT 3 punct
""",
    )
    result = attribute(doc)
    (quote,) = result.quotes
    speaker = {s.id: s for s in result.speakers}[quote.speaker_id]
    assert speaker.name == "Karen Doyle"
    assert speaker.role == "the union's secretary"


def test_indefinite_agent_nouns_are_anonymous_sources() -> None:
    text = "“We have heard it all,” one veteran docker said."
    doc = parse_by_hand(
        text,
        """
“ “ PUNCT 4 punct
We we PRON 4 nsubj
have have AUX 4 aux
heard hear VERB 0 root
it it PRON 4 obj
all all DET 5 det
, , PUNCT 4 punct
” ” PUNCT 4 punct
one one NUM 11 nummod
veteran veteran NOUN 11 compound
docker docker NOUN 12 nsubj
said say VERB 4 parataxis
. . PUNCT 4 punct
""",
    )
    result = attribute(doc)
    (quote,) = result.quotes
    speaker = {s.id: s for s in result.speakers}[quote.speaker_id]
    assert speaker.name == "one veteran docker"
    assert speaker.kind is SpeakerKind.ANONYMOUS


def test_a_report_whose_subject_the_parse_made_an_object() -> None:
    text = "The firm said its offer of 6 per cent was “fair and final”."
    doc = parse_by_hand(
        text,
        """
The the DET 2 det
firm firm NOUN 3 nsubj
said say VERB 0 root
its its PRON 5 nmod:poss
offer offer NOUN 3 obj
of of ADP 9 case
6 6 NUM 9 nummod
per per ADP 9 case
cent cent NOUN 12 nsubj
was be AUX 12 cop
“ “ PUNCT 12 punct
fair fair ADJ 3 ccomp
and and CCONJ 14 cc
final final ADJ 12 conj
” ” PUNCT 14 punct
. . PUNCT 3 punct
""",
    )
    result = attribute(doc)
    (quote,) = result.quotes
    assert quote.type is QuoteType.MIXED
    assert quote.content_text == "its offer of 6 per cent was “fair and final”"


def test_a_quoted_term_before_its_noun_is_never_a_quote() -> None:
    text = "The council said that the plan would work, but the scheme's “quiet street” signs fell."
    doc = parse_by_hand(
        text,
        """
The the DET 2 det
council council NOUN 3 nsubj
said say VERB 0 root
that that SCONJ 8 mark
the the DET 6 det
plan plan NOUN 8 nsubj
would would AUX 8 aux
work work VERB 3 ccomp
, , PUNCT 19 punct
but but CCONJ 19 cc
the the DET 12 det
scheme scheme NOUN 18 nmod:poss
's 's PART 12 case
“ “ PUNCT 16 punct
quiet quiet ADJ 16 amod
street street NOUN 19 nsubj
” ” PUNCT 16 punct
signs sign NOUN 19 nsubj
fell fall VERB 8 conj
. . PUNCT 3 punct
""",
    )
    result = attribute(doc)
    (quote,) = result.quotes
    assert quote.type is QuoteType.INDIRECT
    assert quote.content_text == "the plan would work"


def test_the_author_of_figures_is_the_speaker_and_an_opening_participle_is_no_cue() -> None:
    text = (
        "Waiting lists grew again, according to figures published by NHS North. "
        "Asked why, she said nothing."
    )
    doc = parse_by_hand(
        text,
        """
Waiting wait VERB 2 compound
lists list NOUN 3 nsubj
grew grow VERB 0 root
again again ADV 3 advmod
, , PUNCT 8 punct
according accord VERB 8 case
to to ADP 6 fixed
figures figure NOUN 3 obl
published publish VERB 8 acl
by by ADP 12 case
NHS NHS PROPN 12 compound
North North PROPN 9 obl:agent
. . PUNCT 3 punct

Asked ask VERB 0 root
why why ADV 1 advmod
, , PUNCT 5 punct
she she PRON 5 nsubj
said say VERB 1 ccomp
nothing nothing PRON 5 obj
. . PUNCT 1 punct
""",
    )
    result = attribute(doc)
    (quote,) = result.quotes
    assert quote.content_text == "Waiting lists grew again"
    speaker = {s.id: s for s in result.speakers}[quote.speaker_id]
    assert (speaker.name, speaker.kind) == ("NHS North", SpeakerKind.ORGANIZATION)


def test_an_inverted_speaker_is_the_head_of_its_phrase() -> None:
    text = "“It was good,” said wildlife photographer Callum Reid."
    doc = parse_by_hand(
        text,
        """
“ “ PUNCT 4 punct
It it PRON 4 nsubj
was be AUX 4 cop
good good ADJ 0 root
, , PUNCT 4 punct
” ” PUNCT 4 punct
said say VERB 4 parataxis
wildlife wildlife NOUN 9 compound
photographer photographer NOUN 7 obj
Callum Callum PROPN 9 flat
Reid Reid PROPN 10 flat
. . PUNCT 4 punct
""",
    )
    result = attribute(doc)
    (quote,) = result.quotes
    assert quote.content_text == "It was good,"
    assert speaker_name(result, quote) == "Callum Reid"


def test_a_short_second_part_of_a_split_quote_is_kept() -> None:
    text = "“It is not if,” said Dr Fiona Marsh, a seismologist, “but when.”"
    doc = parse_by_hand(
        text,
        """
“ “ PUNCT 5 punct
It it PRON 5 nsubj
is be AUX 5 cop
not not PART 5 advmod
if if SCONJ 0 root
, , PUNCT 5 punct
” ” PUNCT 5 punct
said say VERB 5 parataxis
Dr Dr PROPN 8 nsubj
Fiona Fiona PROPN 9 flat
Marsh Marsh PROPN 9 flat
, , PUNCT 14 punct
a a DET 14 det
seismologist seismologist NOUN 9 appos
, , PUNCT 18 punct
“ “ PUNCT 18 punct
but but CCONJ 18 cc
when when ADV 5 conj
. . PUNCT 5 punct
” ” PUNCT 5 punct
""",
    )
    result = attribute(doc)
    (quote,) = result.quotes
    assert quote.content_text == "It is not if,” said Dr Fiona Marsh, a seismologist, “but when."
    assert [part.slice(text) for part in quote.quoted_parts] == ["It is not if,", "but when."]
    assert speaker_name(result, quote) == "Fiona Marsh"


def test_a_second_speaker_after_while_ends_the_first_report() -> None:
    # The parse sets the second "said" beside the first (parataxis) and hangs its subject,
    # with an aside after it, elsewhere: the aside is skipped to find "Noah Brenner".
    text = (
        "Ava Lind said the plan worked, while Noah Brenner, a doctor who was not involved,"
        " said it was early."
    )
    doc = parse_by_hand(
        text,
        """
Ava Ava PROPN 3 nsubj
Lind Lind PROPN 1 flat
said say VERB 0 root
the the DET 5 det
plan plan NOUN 6 nsubj
worked work VERB 3 ccomp
, , PUNCT 9 punct
while while SCONJ 9 mark
Noah Noah PROPN 6 nsubj
Brenner Brenner PROPN 9 flat
, , PUNCT 13 punct
a a DET 13 det
doctor doctor NOUN 9 appos
who who PRON 17 nsubj:pass
was be AUX 17 aux:pass
not not PART 17 advmod
involved involve VERB 13 acl:relcl
, , PUNCT 19 punct
said say VERB 3 parataxis
it it PRON 22 nsubj
was be AUX 22 cop
early early ADJ 19 ccomp
. . PUNCT 3 punct
""",
    )
    result = attribute(doc)
    assert [(q.content_text, speaker_name(result, q)) for q in result.quotes] == [
        ("the plan worked", "Ava Lind"),
        ("it was early", "Noah Brenner"),
    ]


def test_adding_that_is_a_second_report_by_the_same_speaker() -> None:
    text = "Fenwick Motors said that it would close the plant, adding that jobs were at risk."
    doc = parse_by_hand(
        text,
        """
Fenwick Fenwick PROPN 2 compound
Motors Motors PROPN 3 nsubj
said say VERB 0 root
that that SCONJ 7 mark
it it PRON 7 nsubj
would would AUX 7 aux
close close VERB 3 ccomp
the the DET 9 det
plant plant NOUN 7 obj
, , PUNCT 11 punct
adding add VERB 7 advcl
that that SCONJ 16 mark
jobs job NOUN 16 nsubj
were be AUX 16 cop
at at ADP 16 case
risk risk NOUN 11 ccomp
. . PUNCT 3 punct
""",
    )
    result = attribute(doc)
    assert [(q.content_text, q.cue.text if q.cue else None) for q in result.quotes] == [
        ("it would close the plant", "said"),
        ("jobs were at risk", "adding"),
    ]
    assert {speaker_name(result, q) for q in result.quotes} == {"Fenwick Motors"}


def test_a_name_in_a_relative_clause_speaks_for_its_verb() -> None:
    # The parse hangs "said" from "massed" (conj) and "Blinken" from "force": the subject
    # reached through "massed" is outside the relative clause "that Blinken ... said".
    text = "Russia massed troops, a force that Blinken this week said Russia could double."
    doc = parse_by_hand(
        text,
        """
Russia Russia PROPN 2 nsubj
massed mass VERB 0 root
troops troop NOUN 2 obj
, , PUNCT 6 punct
a a DET 6 det
force force NOUN 2 parataxis
that that PRON 11 mark
Blinken Blinken PROPN 6 acl:relcl
this this DET 10 det
week week NOUN 11 obl:unmarked
said say VERB 2 conj
Russia Russia PROPN 14 nsubj
could could AUX 14 aux
double double VERB 11 ccomp
. . PUNCT 2 punct
""",
    )
    result = attribute(doc)
    (quote,) = result.quotes
    assert quote.content_text == "Russia could double"
    assert speaker_name(result, quote) == "Blinken"


def test_a_portfolio_before_a_title_is_part_of_the_role() -> None:
    """A title's portfolio opening a sentence ("Energy Secretary") is role, not name."""
    text = "Energy Secretary Tomas Ruiz warned that prices would rise."
    doc = parse_by_hand(
        text,
        """
Energy Energy PROPN 2 compound
Secretary Secretary PROPN 5 nsubj
Tomas Tomas PROPN 2 flat
Ruiz Ruiz PROPN 3 flat
warned warn VERB 0 root
that that SCONJ 9 mark
prices price NOUN 9 nsubj
would would AUX 9 aux
rise rise VERB 5 ccomp
. . PUNCT 5 punct
""",
    )
    result = attribute(doc)
    (quote,) = result.quotes
    speaker = {s.id: s for s in result.speakers}[quote.speaker_id]
    assert speaker.name == "Tomas Ruiz"
    assert speaker.role == "Energy Secretary"


def test_names_in_apposition_to_a_plural_acronym_speak_together() -> None:
    """Two names in apposition to "GPs" (a plural acronym, not a name): the first speaks,
    the second is its co-speaker."""
    text = "Two local GPs, Hannah Cole and Peter Marsh, said the surgery would close."
    doc = parse_by_hand(
        text,
        """
Two two NUM 3 nummod
local local ADJ 3 amod
GPs GPs NOUN 11 nsubj
, , PUNCT 5 punct
Hannah Hannah PROPN 3 appos
Cole Cole PROPN 5 flat
and and CCONJ 8 cc
Peter Peter PROPN 5 conj
Marsh Marsh PROPN 8 flat
, , PUNCT 3 punct
said say VERB 0 root
the the DET 13 det
surgery surgery NOUN 15 nsubj
would would AUX 15 aux
close close VERB 11 ccomp
. . PUNCT 11 punct
""",
    )
    result = attribute(doc)
    (quote,) = result.quotes
    speakers = {s.id: s for s in result.speakers}
    assert speakers[quote.speaker_id].name == "Hannah Cole"
    assert [speakers[i].name for i in quote.co_speaker_ids] == ["Peter Marsh"]


def test_coordinated_names_after_a_role_give_the_first_as_speaker() -> None:
    """The fallback subject next to the verb is the second of two coordinated names: the
    first one speaks."""
    text = '"The road is a death trap," residents Maria Lopez and Tom Webb said on Friday.'
    doc = parse_by_hand(
        text,
        """
" " PUNCT 7 punct
The the DET 3 det
road road NOUN 7 nsubj
is be AUX 7 cop
a a DET 7 det
death death NOUN 7 compound
trap trap NOUN 16 ccomp
, , PUNCT 10 punct
" " PUNCT 10 punct
residents resident NOUN 7 conj
Maria Maria PROPN 10 flat
Lopez Lopez PROPN 11 flat
and and CCONJ 14 cc
Tom Tom PROPN 11 conj
Webb Webb PROPN 14 flat
said say VERB 0 root
on on ADP 18 case
Friday Friday PROPN 16 obl
. . PUNCT 16 punct
""",
    )
    result = attribute(doc)
    (quote,) = result.quotes
    speakers = {s.id: s for s in result.speakers}
    assert quote.type is QuoteType.DIRECT
    assert speakers[quote.speaker_id].name == "Maria Lopez"
    assert [speakers[i].name for i in quote.co_speaker_ids] == ["Tom Webb"]


def test_a_qualified_description_is_not_an_earlier_place_name() -> None:
    """ "the environment agency": its noun modifier says which body it is, so neither it nor
    "It" after it is the town named before."""
    text = (
        "Flooding hit the valley town of Cordell overnight, the environment agency said. "
        "It warned residents to stay indoors."
    )
    doc = parse_by_hand(
        text,
        """
Flooding flooding VERB 2 nsubj
hit hit VERB 13 ccomp
the the DET 5 det
valley valley NOUN 5 compound
town town NOUN 2 obj
of of ADP 8 case
Cordell Cordell PROPN 8 compound
overnight overnight NOUN 5 nmod
, , PUNCT 2 punct
the the DET 12 det
environment environment NOUN 12 compound
agency agency NOUN 13 nsubj
said say VERB 0 root
. . PUNCT 13 punct

It it PRON 2 nsubj
warned warn VERB 0 root
residents resident NOUN 2 obj
to to PART 5 mark
stay stay VERB 2 xcomp
indoors indoors NOUN 5 advmod
. . PUNCT 2 punct
""",
    )
    result = attribute(doc)
    assert len(result.quotes) == 2
    for quote in result.quotes:
        speaker = {s.id: s for s in result.speakers}[quote.speaker_id]
        assert speaker.name == "the environment agency"
        assert speaker.kind is SpeakerKind.ORGANIZATION


def test_a_title_with_its_own_name_is_that_name_and_not_a_later_apposition() -> None:
    """The parse hangs "predecessor, Jonas Berg" from "Minister Clara Holm": the title
    names Clara Holm, so the surname alone later is hers."""
    text = (
        "Finance Minister Clara Holm and her predecessor, Jonas Berg, clashed over the budget "
        "on Wednesday. Holm said the rules had been followed."
    )
    doc = parse_by_hand(
        text,
        """
Finance finance NOUN 2 compound
Minister Minister PROPN 12 nsubj:pass
Clara Clara PROPN 2 flat
Holm Holm PROPN 3 flat
and and CCONJ 6 cc
her she PRON 3 conj
predecessor predecessor NOUN 3 flat
, , PUNCT 9 punct
Jonas Jonas PROPN 7 appos
Berg Berg PROPN 9 flat
, , PUNCT 9 punct
clashed clashed VERB 0 root
over over ADP 15 case
the the DET 15 det
budget budget NOUN 12 obl
on on ADP 17 case
Wednesday Wednesday PROPN 12 obl
. . PUNCT 12 punct

Holm Holm PROPN 2 nsubj
said say VERB 0 root
the the DET 4 det
rules rule NOUN 7 nsubj:pass
had have AUX 7 aux
been be AUX 7 aux:pass
followed follow VERB 2 ccomp
. . PUNCT 2 punct
""",
    )
    result = attribute(doc)
    (quote,) = result.quotes
    speaker = {s.id: s for s in result.speakers}[quote.speaker_id]
    assert speaker.name == "Clara Holm"
    assert speaker.role == "Finance Minister"


def test_a_quoted_nickname_inside_a_name_is_left_out_of_it() -> None:
    """Ravi “The Rocket” Sandhu: one name around the nickname, which is no role either."""
    text = (
        "Ravi “The Rocket” Sandhu won the final on Sunday. “It still has not sunk in,” Sandhu said."
    )
    doc = parse_by_hand(
        text,
        """
Ravi Ravi PROPN 7 vocative
“ " PUNCT 1 punct
The the DET 4 det
Rocket Rocket PROPN 1 appos
” " PUNCT 4 punct
Sandhu Sandhu PROPN 7 nsubj
won win VERB 0 root
the the DET 9 det
final final ADJ 7 obj
on on ADP 11 case
Sunday Sunday PROPN 7 obl
. . PUNCT 7 punct

“ " PUNCT 11 punct
It it PRON 6 nsubj
still still ADV 6 advmod
has have AUX 6 aux
not not PART 6 advmod
sunk sunk VERB 11 ccomp
in in ADP 6 obl
, , PUNCT 6 punct
” " PUNCT 6 punct
Sandhu Sandhu PROPN 11 nsubj
said say VERB 0 root
. . PUNCT 11 punct
""",
    )
    result = attribute(doc)
    (quote,) = result.quotes
    speaker = {s.id: s for s in result.speakers}[quote.speaker_id]
    assert speaker.name == "Ravi Sandhu"
    assert speaker.role == ""


def test_the_company_is_the_earlier_subject_not_a_place_named_in_passing() -> None:
    """ "the company" refers back to the subject of the clause, not to a name in a phrase."""
    text = (
        "Halden Mining will shut its smelter in Ashby Vale next year, the company said on Monday."
    )
    doc = parse_by_hand(
        text,
        """
Halden Halden PROPN 2 compound
Mining Mining NOUN 4 nsubj
will will AUX 4 aux
shut shut VERB 0 root
its its PRON 6 nmod:poss
smelter smelter NOUN 4 obj
in in ADP 8 case
Ashby Ashby PROPN 6 nmod
Vale Vale PROPN 8 flat
next next ADJ 11 amod
year year NOUN 4 obl:unmarked
, , PUNCT 15 punct
the the DET 14 det
company company NOUN 15 nsubj
said say VERB 4 parataxis
on on ADP 17 case
Monday Monday PROPN 15 obl
. . PUNCT 4 punct
""",
    )
    result = attribute(doc)
    (quote,) = result.quotes
    speaker = {s.id: s for s in result.speakers}[quote.speaker_id]
    assert speaker.name == "Halden Mining"
    assert speaker.kind is SpeakerKind.ORGANIZATION


def test_a_pronoun_prefers_the_subject_to_a_nearer_object() -> None:
    """Doyle (the subject) over Ortega (the object) and Belfast, both nearer to "he". The
    census lists know Rafael as a man's name and not Kieran; "kept his title", with Doyle the
    only person before "his", makes Doyle a man too."""
    text = (
        "Kieran Doyle kept his title in Belfast on Saturday, stopping the challenger "
        'Rafael Ortega in the seventh round. "I said all week he would not last," he '
        "said."
    )
    doc = parse_by_hand(
        text,
        """
Kieran Kieran PROPN 3 nsubj
Doyle Doyle PROPN 1 flat
kept keep VERB 0 root
his his PRON 5 nmod:poss
title title NOUN 3 obj
in in ADP 7 case
Belfast Belfast PROPN 5 nmod
on on ADP 9 case
Saturday Saturday PROPN 7 nmod
, , PUNCT 11 punct
stopping stop VERB 3 advcl
the the DET 13 det
challenger challenger NOUN 11 obj
Rafael Rafael PROPN 11 obj
Ortega Ortega PROPN 14 flat
in in ADP 19 case
the the DET 19 det
seventh seventh ADJ 19 compound
round round NOUN 11 obl
. . PUNCT 3 punct

" " PUNCT 3 punct
I I PRON 3 nsubj
said say VERB 13 ccomp
all all DET 5 det
week week NOUN 3 obl:unmarked
he he PRON 9 nsubj
would would AUX 9 aux
not not PART 9 advmod
last last ADJ 3 ccomp
, , PUNCT 9 punct
" " PUNCT 9 punct
he he PRON 13 nsubj
said say VERB 0 root
. . PUNCT 13 punct
""",
    )
    result = attribute(doc)
    (quote,) = result.quotes
    assert speaker_name(result, quote) == "Kieran Doyle"


def test_a_verb_of_the_according_to_source_does_not_make_it_a_mere_source() -> None:
    """ "who asked not to be named" is the nurse's, so the nurse is the speaker, anonymous."""
    text = (
        "Two wards at the hospital have been closed since Friday, according to a nurse "
        "at the hospital, who asked not to be named."
    )
    doc = parse_by_hand(
        text,
        """
Two two NUM 2 nummod
wards wards NOUN 8 nsubj:pass
at at ADP 5 case
the the DET 5 det
hospital hospital NOUN 2 nmod
have have AUX 8 aux
been be AUX 8 aux:pass
closed close VERB 0 root
since since ADP 10 case
Friday Friday PROPN 8 obl
, , PUNCT 15 punct
according accord VERB 15 case
to to ADP 12 fixed
a a DET 15 det
nurse nurse NOUN 8 obl
at at ADP 18 case
the the DET 18 det
hospital hospital NOUN 15 nmod
, , PUNCT 21 punct
who who PRON 21 nsubj
asked ask VERB 15 acl:relcl
not not PART 25 advmod
to to PART 25 mark
be be AUX 25 aux:pass
named name VERB 21 xcomp
. . PUNCT 8 punct
""",
    )
    result = attribute(doc)
    (quote,) = result.quotes
    speaker = {s.id: s for s in result.speakers}[quote.speaker_id]
    assert quote.content_text == "Two wards at the hospital have been closed since Friday"
    assert speaker.name == "a nurse at the hospital"
    assert speaker.kind is SpeakerKind.ANONYMOUS
    assert quote.cue is not None
    assert quote.cue.text == "according to"


def test_described_as_takes_the_whole_quoted_description() -> None:
    """The second half of the quoted description hangs from the verb as a conjunct."""
    text = (
        "The council leader, Jim Royle, described the new library as “long overdue and "
        "fully funded”."
    )
    doc = parse_by_hand(
        text,
        """
The the DET 3 det
council council NOUN 3 compound
leader leader NOUN 8 nsubj
, , PUNCT 5 punct
Jim Jim PROPN 8 nsubj
Royle Royle PROPN 5 flat
, , PUNCT 5 punct
described describe VERB 0 root
the the DET 11 det
new new ADJ 11 amod
library library NOUN 8 obj
as as ADP 15 case
“ " PUNCT 15 punct
long long ADJ 15 amod
overdue overdue NOUN 8 obl
and and CCONJ 18 cc
fully fully ADV 18 advmod
funded fund VERB 8 conj
” " PUNCT 18 punct
. . PUNCT 8 punct
""",
    )
    result = attribute(doc)
    (quote,) = result.quotes
    assert quote.type is QuoteType.MIXED
    assert quote.content_text == "the new library as “long overdue and fully funded”"


def test_urged_anyone_to_reports_the_whole_appeal_past_that_evening() -> None:
    """ "that evening" is no "that" clause; the appeal's addressee is a parse's iobj."""
    text = (
        "Detective Inspector Ruth Kemp urged anyone who was in the park off Mill Lane "
        "that evening to come forward."
    )
    doc = parse_by_hand(
        text,
        """
Detective Detective PROPN 2 compound
Inspector Inspector PROPN 5 nsubj
Ruth Ruth PROPN 2 flat
Kemp Kemp PROPN 3 flat
urged urge VERB 0 root
anyone anyone PRON 5 iobj
who who PRON 11 nsubj
was be AUX 11 cop
in in ADP 11 case
the the DET 11 det
park park NOUN 6 acl:relcl
off off ADP 14 case
Mill Mill PROPN 14 compound
Lane Lane PROPN 11 nmod
that that PRON 16 det
evening evening NOUN 11 conj
to to PART 18 mark
come come VERB 16 acl
forward forward ADV 18 advmod
. . PUNCT 5 punct
""",
    )
    result = attribute(doc)
    (quote,) = result.quotes
    assert quote.content_text == (
        "anyone who was in the park off Mill Lane that evening to come forward"
    )
    assert speaker_name(result, quote) == "Ruth Kemp"


def test_a_possessive_inside_an_organisations_name_is_part_of_it() -> None:
    """The Westmoor Fishermen's Federation: a possessive inside the name of a body."""
    text = (
        "Dalmar says the trawlers were fishing inside its waters, an account that the "
        "Westmoor Fishermen's Federation says is false."
    )
    doc = parse_by_hand(
        text,
        """
Dalmar Dalmar PROPN 2 nsubj
says say VERB 0 root
the the DET 4 det
trawlers trawlers NOUN 6 nsubj
were be AUX 6 aux
fishing fishing VERB 2 ccomp
inside inside ADP 9 case
its its PRON 9 nmod:poss
waters water NOUN 6 obl
, , PUNCT 12 punct
an a DET 12 det
account account NOUN 6 obl
that that SCONJ 21 mark
the the DET 16 det
Westmoor Westmoor PROPN 16 compound
Fishermen Fishermen PROPN 18 nmod:poss
's 's PART 16 case
Federation federation NOUN 19 nsubj
says say VERB 21 advcl
is be AUX 21 cop
false false ADJ 2 ccomp
. . PUNCT 2 punct
""",
    )
    result = attribute(doc)
    federation = [q for q in result.quotes if q.content_text == "is false"]
    assert len(federation) == 1
    speaker = {s.id: s for s in result.speakers}[federation[0].speaker_id]
    assert speaker.name == "Westmoor Fishermen's Federation"
    assert speaker.kind is SpeakerKind.ORGANIZATION


def test_a_name_after_a_role_and_a_comma_parsed_as_a_conjunct_is_the_speaker() -> None:
    """The parse makes "Dr Maja Lind" a conjunct of "author": it is the apposition."""
    text = (
        "The study's lead author, Dr Maja Lind, said:\n\n\"We recorded the animals falling "
        'silent every time a large vessel passed overhead."'
    )
    doc = parse_by_hand(
        text,
        """
The the DET 2 det
study study NOUN 5 nmod:poss
's 's PART 2 case
lead lead ADJ 5 amod
author author NOUN 11 nsubj
, , PUNCT 7 punct
Dr Dr PROPN 5 conj
Maja Maja PROPN 7 flat
Lind Lind PROPN 7 flat
, , PUNCT 7 punct
said say VERB 0 root
: : PUNCT 11 punct

" " PUNCT 3 punct
We we PRON 3 nsubj
recorded record VERB 0 root
the the DET 5 det
animals animal NOUN 3 obj
falling fall VERB 3 xcomp
silent silent ADJ 6 advmod
every every DET 9 det
time time NOUN 6 obl:unmarked
a a DET 12 det
large large ADJ 12 amod
vessel vessel NOUN 13 nsubj
passed pass VERB 9 acl:relcl
overhead overhead NOUN 13 obj
. . PUNCT 3 punct
" " PUNCT 3 punct
""",
    )
    result = attribute(doc)
    (quote,) = result.quotes
    assert speaker_name(result, quote) == "Maja Lind"


def test_a_report_ending_in_a_phrase_and_verb_is_read_by_position() -> None:
    """The parse hangs "reported" from "University": by position the clause before the comma
    is the report and "researchers", the phrase's first noun, the speaker."""
    text = (
        "Grey squirrels in parks have grown heavier than their rural cousins, "
        "researchers at the University of Eastleigh reported on Monday."
    )
    doc = parse_by_hand(
        text,
        """
Grey Grey PROPN 2 compound NNP
squirrels squirrels NOUN 6 nsubj NNS
in in ADP 4 case IN
parks park NOUN 2 nmod NNS
have have AUX 6 aux VBP
grown grow VERB 0 root VBN
heavier heavy ADJ 6 xcomp JJR
than than ADP 11 case IN
their their PRON 11 nmod:poss PRP$
rural rural ADJ 11 amod JJ
cousins cousin NOUN 7 obl NNS
, , PUNCT 13 punct ,
researchers researcher NOUN 11 conj NNS
at at ADP 16 case IN
the the DET 16 det DT
University University PROPN 6 obl NNP
of of ADP 18 case IN
Eastleigh Eastleigh PROPN 16 nmod NNP
reported report VERB 16 acl VBD
on on ADP 21 case IN
Monday Monday PROPN 19 obl NNP
. . PUNCT 6 punct .
""",
    )
    result = attribute(doc)
    (quote,) = result.quotes
    speaker = {s.id: s for s in result.speakers}[quote.speaker_id]
    assert quote.content_text == (
        "Grey squirrels in parks have grown heavier than their rural cousins"
    )
    assert speaker.name == "researchers"
    assert speaker.kind is SpeakerKind.ANONYMOUS


def test_a_trailing_report_keeps_the_subject_the_parse_gave_the_cue() -> None:
    """The parse makes "Talks" the subject of "said": the report is the whole clause."""
    text = (
        "Talks between energy ministers from the two countries will resume in Geneva "
        "next month, diplomats said."
    )
    doc = parse_by_hand(
        text,
        """
Talks Talks NOUN 17 nsubj NNS
between between ADP 4 case IN
energy energy NOUN 4 compound NN
ministers minister NOUN 1 nmod NNS
from from ADP 8 case IN
the the DET 8 det DT
two two NUM 8 nummod CD
countries country NOUN 4 nmod NNS
will will AUX 10 aux MD
resume resume VERB 17 ccomp VB
in in ADP 14 case IN
Geneva Geneva PROPN 14 compound NNP
next next ADJ 14 amod JJ
month month NOUN 10 obl NN
, , PUNCT 1 punct ,
diplomats diplomat NOUN 17 nsubj NNS
said say VERB 0 root VBD
. . PUNCT 17 punct .
""",
    )
    result = attribute(doc)
    (quote,) = result.quotes
    assert quote.content_text.startswith("Talks between energy ministers")
    assert quote.content_text.endswith("next month")
    assert speaker_name(result, quote) == "diplomats"


def test_a_name_after_a_role_and_its_relative_clause_is_the_speaker() -> None:
    """The engineer who found the fault, Leon Marsh, said: the name after the clause."""
    text = "The engineer who found the fault, Leon Marsh, said anyone could open the doors."
    doc = parse_by_hand(
        text,
        """
The the DET 2 det
engineer engineer NOUN 11 nsubj
who who PRON 4 nsubj
found find VERB 2 acl:relcl
the the DET 6 det
fault fault NOUN 4 obj
, , PUNCT 4 punct
Leon Leon PROPN 4 vocative
Marsh Marsh PROPN 8 flat
, , PUNCT 2 punct
said say VERB 0 root
anyone anyone PRON 14 nsubj
could could AUX 14 aux
open open VERB 11 ccomp
the the DET 16 det
doors door NOUN 14 obj
. . PUNCT 11 punct
""",
    )
    result = attribute(doc)
    (quote,) = result.quotes
    assert speaker_name(result, quote) == "Leon Marsh"


def test_a_plural_possessive_inside_a_bodys_name_is_part_of_it() -> None:
    """the Road Transport Workers' Union: the bare apostrophe of a plural possessive."""
    text = (
        "Bus drivers in Eastfold will walk out for five days from Monday, the Road "
        "Transport Workers' Union said on Friday."
    )
    doc = parse_by_hand(
        text,
        """
Bus bus NOUN 2 compound
drivers driver NOUN 6 nsubj
in in ADP 4 case
Eastfold Eastfold PROPN 2 nmod
will will AUX 6 aux
walk walk VERB 20 ccomp
out out ADP 6 compound:prt
for for ADP 10 case
five five NUM 10 nummod
days day NOUN 6 obl
from from ADP 12 case
Monday Monday PROPN 6 obl
, , PUNCT 19 punct
the the DET 19 det
Road Road PROPN 19 compound
Transport Transport PROPN 19 compound
Workers worker PROPN 19 compound
' ' PUNCT 17 punct
Union Union PROPN 20 nsubj
said say VERB 0 root
on on ADP 22 case
Friday Friday PROPN 20 obl
. . PUNCT 20 punct
""",
    )
    result = attribute(doc)
    (quote,) = result.quotes
    assert speaker_name(result, quote) == "Road Transport Workers' Union"


def test_a_title_in_quotation_marks_is_not_a_quote() -> None:
    """A title-case phrase with no cue and no closing punctuation names a work."""
    text = (
        "Her second novel, “A House With No Windows at All”, sold 40,000 copies in its first month."
    )
    doc = parse_by_hand(
        text,
        """
Her her PRON 3 nmod:poss PRP$
second second ADJ 3 amod JJ
novel novel NOUN 15 nsubj NN
, , PUNCT 3 punct ,
“ " PUNCT 7 punct ``
A a DET 7 det DT
House house NOUN 15 nsubj NN
With with ADP 10 case IN
No no DET 10 det DT
Windows window NOUN 7 nmod NNS
at at ADP 12 case IN
All all DET 10 nmod DT
” " PUNCT 15 punct ''
, , PUNCT 3 punct ,
sold sell VERB 0 root VBD
40,000 40000 NUM 17 nummod CD
copies copy NOUN 15 obj NNS
in in ADP 21 case IN
its its PRON 21 nmod:poss PRP$
first first ADJ 21 amod JJ
month month NOUN 15 obl NN
. . PUNCT 15 punct .
""",
    )
    result = attribute(doc)
    assert result.quotes == ()


def test_a_by_agent_after_a_passive_verb_is_found_by_position_and_she_is_not_workers() -> None:
    """The parse hangs "by the ... director" from "letter"; "She" is the director, not the
    plural "Workers"."""
    text = (
        "Workers were told in a letter on Friday by the plant's managing director, Elsa "
        "Rourke, that overtime rates would rise by 15 per cent. She said the company "
        "was open to talks."
    )
    doc = parse_by_hand(
        text,
        """
Workers worker NOUN 3 nsubj:pass NNS
were be AUX 3 aux:pass VBD
told tell VERB 0 root VBN
in in ADP 6 case IN
a a DET 6 det DT
letter letter NOUN 3 obl NN
on on ADP 8 case IN
Friday Friday PROPN 6 nmod NNP
by by ADP 14 case IN
the the DET 11 det DT
plant plant NOUN 14 nmod:poss NN
's 's PART 11 case POS
managing manage NOUN 14 compound NN
director director NOUN 6 nmod NN
, , PUNCT 16 punct ,
Elsa Elsa PROPN 14 appos NNP
Rourke Rourke PROPN 16 flat NNP
, , PUNCT 23 punct ,
that that PRON 23 mark WDT
overtime overtime ADJ 21 compound JJ
rates rate NOUN 23 nsubj NNS
would would AUX 23 aux MD
rise rise VERB 14 acl:relcl VB
by by ADP 27 case IN
15 15 NUM 27 nummod CD
per per ADP 27 case IN
cent cent NOUN 23 obl NN
. . PUNCT 3 punct .

She she PRON 2 nsubj PRP
said say VERB 0 root VBD
the the DET 4 det DT
company company NOUN 6 nsubj NN
was be AUX 6 cop VBD
open open ADJ 2 ccomp JJ
to to ADP 8 mark IN
talks talk NOUN 6 obl NNS
. . PUNCT 2 punct .
""",
    )
    result = attribute(doc)
    assert [q.content_text for q in result.quotes] == [
        "overtime rates would rise by 15 per cent",
        "the company was open to talks",
    ]
    assert [speaker_name(result, q) for q in result.quotes] == ["Elsa Rourke", "Elsa Rourke"]


def test_according_to_a_source_and_its_apposition_reports_the_clause_after_both() -> None:
    """According to her manager, Rowena Blake, CLAUSE: the clause starts after the name."""
    text = (
        "According to her manager, Rowena Blake, the album has sold more copies than "
        "her previous three combined."
    )
    doc = parse_by_hand(
        text,
        """
According accord VERB 4 case VBG
to to ADP 1 fixed IN
her she PRON 4 nmod:poss PRP$
manager manager NOUN 12 obl NN
, , PUNCT 4 punct ,
Rowena Rowena PROPN 4 appos NNP
Blake Blake PROPN 6 flat NNP
, , PUNCT 4 punct ,
the the DET 10 det DT
album album NOUN 12 nsubj NN
has have AUX 12 aux VBZ
sold sell VERB 0 root VBN
more more ADJ 14 amod JJR
copies copy NOUN 12 obj NNS
than than ADP 16 case IN
her she PRON 12 obl PRP$
previous previous ADJ 19 advmod JJ
three three NUM 19 nsubj CD
combined combine VERB 12 advcl VBN
. . PUNCT 12 punct .
""",
    )
    result = attribute(doc)
    (quote,) = result.quotes
    assert quote.content_text == ("the album has sold more copies than her previous three combined")
    assert speaker_name(result, quote) == "Rowena Blake"


def test_a_name_hung_as_a_conjunct_inside_the_agents_phrase_is_the_agent() -> None:
    """director of public health, Dr Cyril Lane: the name is a conjunct of "health"."""
    text = (
        "Beach users were warned by the county's director of public health, Dr Cyril "
        "Lane, that the water could carry harmful bacteria. He said children were most "
        "at risk."
    )
    doc = parse_by_hand(
        text,
        """
Beach Beach PROPN 2 compound NNP
users user NOUN 4 nsubj:pass NNS
were be AUX 4 aux:pass VBD
warned warn VERB 0 root VBN
by by ADP 9 case IN
the the DET 7 det DT
county county NOUN 9 nmod:poss NN
's 's PART 7 case POS
director director NOUN 4 obl:agent NN
of of ADP 12 case IN
public public ADJ 12 amod JJ
health health NOUN 9 nmod NN
, , PUNCT 14 punct ,
Dr Dr PROPN 12 conj NNP
Cyril Cyril PROPN 14 flat NNP
Lane Lane PROPN 14 flat NNP
, , PUNCT 22 punct ,
that that SCONJ 22 mark IN
the the DET 20 det DT
water water NOUN 22 nsubj NN
could could AUX 22 aux MD
carry carry VERB 4 conj VB
harmful harmful ADJ 24 amod JJ
bacteria bacteria ADJ 22 obj JJ
. . PUNCT 4 punct .

He he PRON 2 nsubj PRP
said say VERB 0 root VBD
children child NOUN 7 nsubj NNS
were be AUX 7 cop VBD
most most ADJ 7 advmod JJS
at at ADP 7 case IN
risk risk NOUN 2 ccomp NN
. . PUNCT 2 punct .
""",
    )
    result = attribute(doc)
    assert len(result.quotes) == 2
    assert {speaker_name(result, q) for q in result.quotes} == {"Cyril Lane"}


def test_a_hyphenated_surname_stays_whole_and_an_adjective_agent_counts() -> None:
    """by the chief executive (tagged ADJ), Nia Pryce-Haddow: one name across the hyphen."""
    text = "Staff were told by the chief executive, Nia Pryce-Haddow, that the ward would close."
    doc = parse_by_hand(
        text,
        """
Staff staff NOUN 3 nsubj:pass NN
were be AUX 3 aux:pass VBD
told tell VERB 0 root VBN
by by ADP 7 case IN
the the DET 7 det DT
chief chief NOUN 7 compound NN
executive executive ADJ 3 obl:agent JJ
, , PUNCT 9 punct ,
Nia Nia PROPN 7 conj NNP
Pryce Pryce PROPN 9 flat NNP
- - PUNCT 9 punct HYPH
Haddow Haddow PROPN 7 conj NNP
, , PUNCT 18 punct ,
that that SCONJ 18 obj IN
the the DET 16 det DT
ward ward NOUN 18 nsubj NN
would would AUX 18 aux MD
close close VERB 3 ccomp VB
. . PUNCT 3 punct .
""",
    )
    result = attribute(doc)
    (quote,) = result.quotes
    assert quote.content_text == "the ward would close"
    assert speaker_name(result, quote) == "Nia Pryce-Haddow"


def test_a_slogan_near_a_cue_is_no_quote_and_a_verb_before_a_colon_is_the_cue() -> None:
    """“A Port for Everyone” is a title-case slogan; "said:" cues the quote after it."""
    text = (
        "Speaking to supporters, who chanted her slogan, “A Port for Everyone”, Ilse "
        "Marwood said: “Tonight it changed.”"
    )
    doc = parse_by_hand(
        text,
        """
Speaking speak VERB 19 advcl VBG
to to ADP 3 case IN
supporters supporter NOUN 1 obl NNS
, , PUNCT 1 punct ,
who who PRON 6 nsubj WP
chanted chanted VERB 19 ccomp VBD
her she PRON 6 obj PRP$
slogan slogan NOUN 6 obj NN
, , PUNCT 6 punct ,
“ " PUNCT 12 punct ``
A a DET 12 det DT
Port Port PROPN 6 obl NNP
for for ADP 14 case IN
Everyone everyone PRON 12 nmod NN
” " PUNCT 12 punct ''
, , PUNCT 17 punct ,
Ilse Ilse PROPN 19 nsubj NNP
Marwood Marwood PROPN 17 flat NNP
said say VERB 0 root VBD
: : PUNCT 24 punct :
“ " PUNCT 24 punct ``
Tonight tonight NOUN 24 obl:unmarked NN
it it PRON 24 nsubj PRP
changed change VERB 19 ccomp VBD
. . PUNCT 19 punct .
” " PUNCT 19 punct ''
""",
    )
    result = attribute(doc)
    (quote,) = result.quotes
    assert quote.content_text == "Tonight it changed."
    assert quote.cue is not None
    assert quote.cue.text == "said"
    assert speaker_name(result, quote) == "Ilse Marwood"


def test_a_quoted_term_in_the_next_sentence_is_not_the_second_half_of_a_split_quote() -> None:
    """«A,» said X. ... «bread riots» ...: the frame ends a sentence, so no split quote."""
    text = (
        "«The state has shown patience,» said Tarek Oumani, the government spokesman. "
        "In the market, where the so-called «bread riots» began, shutters stayed down."
    )
    doc = parse_by_hand(
        text,
        """
« " PUNCT 5 punct ``
The the DET 3 det DT
state state NOUN 5 nsubj NN
has have AUX 5 aux VBZ
shown show VERB 9 ccomp VBN
patience patience NOUN 5 obj NN
, , PUNCT 5 punct ,
» " PUNCT 5 punct ''
said say VERB 0 root VBD
Tarek Tarek PROPN 9 nsubj NNP
Oumani Oumani PROPN 10 flat NNP
, , PUNCT 15 punct ,
the the DET 15 det DT
government government NOUN 15 compound NN
spokesman spokesman NOUN 10 appos NN
. . PUNCT 9 punct .

In in ADP 3 case IN
the the DET 3 det DT
market market NOUN 15 obl NN
, , PUNCT 3 punct ,
where where ADV 12 advmod WRB
the the DET 10 det DT
so-called so-called ADJ 10 amod JJ
« " PUNCT 10 punct ``
bread bread NOUN 10 amod NN
riots riots NOUN 12 nsubj NNS
» " PUNCT 10 punct ''
began begin VERB 15 advcl VBD
, , PUNCT 3 punct ,
shutters shutters NOUN 15 nsubj NNS
stayed stay VERB 0 root VBD
down down ADP 15 compound:prt RP
. . PUNCT 15 punct .
""",
    )
    result = attribute(doc)
    (quote,) = result.quotes
    assert quote.content_text == "The state has shown patience,"
    assert len(quote.quoted_parts) == 1


def test_an_ampersand_joins_a_firms_name_and_its_board_is_no_antecedent() -> None:
    """Tremlett & Finch is one organisation; "It" refers to it, not to "its board"."""
    text = "Tremlett & Finch said its board would recommend the offer. It said talks were over."
    doc = parse_by_hand(
        text,
        """
Tremlett Tremlett PROPN 4 nsubj NNP
& & CCONJ 3 cc CC
Finch Finch PROPN 1 conj NNP
said say VERB 0 root VBD
its its PRON 6 nmod:poss PRP$
board board NOUN 8 nsubj NN
would would AUX 8 aux MD
recommend recommend VERB 4 ccomp VB
the the DET 10 det DT
offer offer NOUN 8 obj NN
. . PUNCT 4 punct .

It it PRON 2 nsubj PRP
said say VERB 0 root VBD
talks talk NOUN 5 nsubj NNS
were be AUX 5 cop VBD
over over ADV 2 ccomp RB
. . PUNCT 2 punct .
""",
    )
    result = attribute(doc)
    assert len(result.quotes) == 2
    for quote in result.quotes:
        speaker = {s.id: s for s in result.speakers}[quote.speaker_id]
        assert speaker.name == "Tremlett & Finch"
        assert speaker.kind is SpeakerKind.ORGANIZATION
        assert quote.co_speaker_ids == ()


def test_a_possessive_inside_a_hospices_name() -> None:
    """The Larkspur Children's Hospice: "hospice" names a body."""
    text = "The Larkspur Children's Hospice said it had tightened its controls."
    doc = parse_by_hand(
        text,
        """
The the DET 3 det DT
Larkspur Larkspur PROPN 3 compound NNP
Children Children PROPN 5 nmod:poss NNPS
's 's PART 3 case POS
Hospice Hospice PROPN 6 nsubj NNP
said say VERB 0 root VBD
it it PRON 9 nsubj PRP
had have AUX 9 aux VBD
tightened tightened VERB 6 ccomp VBN
its its PRON 11 nmod:poss PRP$
controls controls NOUN 9 obj NNS
. . PUNCT 6 punct .
""",
    )
    result = attribute(doc)
    (quote,) = result.quotes
    assert speaker_name(result, quote) == "Larkspur Children's Hospice"


def test_a_split_quote_whose_first_part_ends_in_a_nested_quote() -> None:
    """“... said, ‘I’m done being angry,’” he said, “and ...”: one quote in two parts."""
    text = (
        "“She came to the bench and said, ‘I’m done being angry,’” he said, “and from "
        "then on she was a different player.”"
    )
    doc = parse_by_hand(
        text,
        """
“ " PUNCT 3 punct ``
She she PRON 3 nsubj PRP
came come VERB 0 root VBD
to to ADP 6 case IN
the the DET 6 det DT
bench bench NOUN 3 obl NN
and and CCONJ 8 cc CC
said say VERB 3 conj VBD
, , PUNCT 13 punct ,
‘ ' PUNCT 13 punct ''
I I PRON 13 nsubj PRP
’m be AUX 13 aux:pass VBP
done do VERB 3 parataxis VBN
being be AUX 15 cop VBG
angry angry ADJ 13 xcomp JJ
, , PUNCT 20 punct ,
’ ' PUNCT 20 punct ''
” " PUNCT 20 punct ``
he he PRON 20 nsubj PRP
said say VERB 13 parataxis VBD
, , PUNCT 31 punct ,
“ " PUNCT 20 punct ''
and and CCONJ 31 cc CC
from from ADP 25 case IN
then then ADV 31 advmod RB
on on SCONJ 31 mark IN
she she PRON 31 nsubj PRP
was be AUX 31 cop VBD
a a DET 31 det DT
different different ADJ 31 amod JJ
player player NOUN 20 ccomp NN
. . PUNCT 20 punct .
” " PUNCT 31 punct ''
""",
    )
    result = attribute(doc)
    (quote,) = result.quotes
    assert len(quote.quoted_parts) == 2


def test_the_speaker_of_a_trailing_report_stops_before_its_verb() -> None:
    """The parse hangs "reported" from "researchers": the verb is not part of the name."""
    text = (
        "Children who play outdoors are less likely to need glasses, researchers at the "
        "Drisdale Eye Institute reported on Wednesday."
    )
    doc = parse_by_hand(
        text,
        """
Children Children NOUN 7 nsubj NNS
who who PRON 3 nsubj WP
play play VERB 1 acl:relcl VBP
outdoors outdoors NOUN 3 obj NNS
are be AUX 7 cop VBP
less less ADJ 7 advmod JJR
likely likely ADJ 0 root JJ
to to PART 9 mark TO
need need VERB 7 xcomp VB
glasses glasses NOUN 9 obj NNS
, , PUNCT 12 punct ,
researchers researcher NOUN 10 conj NNS
at at ADP 17 case IN
the the DET 17 det DT
Drisdale Drisdale PROPN 17 compound NNP
Eye Eye PROPN 17 compound NNP
Institute Institute PROPN 12 nmod NNP
reported report VERB 7 advcl VBD
on on ADP 20 case IN
Wednesday Wednesday PROPN 18 obl NNP
. . PUNCT 7 punct .
""",
    )
    result = attribute(doc)
    (quote,) = result.quotes
    assert speaker_name(result, quote) == "researchers at the Drisdale Eye Institute"


def test_a_capitalised_title_with_a_name_in_apposition_gives_the_name() -> None:
    """The Deputy Speaker, Dame Philomena Fenn, said: the name speaks."""
    text = (
        "The Deputy Speaker, Dame Philomena Fenn, said: 'Order. That is not the subject "
        "of this bill.'"
    )
    doc = parse_by_hand(
        text,
        """
The the DET 3 det DT
Deputy deputy PROPN 3 compound NNP
Speaker Speaker PROPN 9 nsubj NNP
, , PUNCT 5 punct ,
Dame Dame PROPN 3 appos NNP
Philomena Philomena PROPN 5 flat NNP
Fenn Fenn PROPN 5 flat NNP
, , PUNCT 3 punct ,
said say VERB 0 root VBD
: : PUNCT 12 punct :
' ' PUNCT 12 punct ``
Order order NOUN 9 ccomp NN
. . PUNCT 9 punct .

That that PRON 5 nsubj DT
is be AUX 5 cop VBZ
not not PART 5 advmod RB
the the DET 5 det DT
subject subject NOUN 0 root NN
of of ADP 8 case IN
this this DET 8 det DT
bill bill NOUN 5 nmod NN
. . PUNCT 5 punct .

' ' PUNCT 0 root ''
""",
    )
    result = attribute(doc)
    (quote,) = result.quotes
    assert speaker_name(result, quote) == "Philomena Fenn"


def test_a_by_phrase_before_a_passive_verb_is_not_its_agent() -> None:
    """By mid-morning, passengers were told by station staff: the agent follows the verb."""
    text = (
        "By mid-morning, passengers were told by station staff that replacement buses "
        "would run every 20 minutes."
    )
    doc = parse_by_hand(
        text,
        """
By by ADP 2 case IN
mid-morning mid-morning NOUN 6 obl VBG
, , PUNCT 2 punct ,
passengers passenger NOUN 6 nsubj:pass NNS
were be AUX 6 aux:pass VBD
told tell VERB 0 root VBN
by by ADP 9 case IN
station station NOUN 9 compound NN
staff staff NOUN 6 obl:agent NN
that that PRON 14 mark WDT
replacement replacement NOUN 12 compound NN
buses bus NOUN 14 nsubj NNS
would would AUX 14 aux MD
run run VERB 9 acl:relcl VB
every every DET 17 det DT
20 20 NUM 17 nummod CD
minutes minute NOUN 14 obj NNS
. . PUNCT 6 punct .
""",
    )
    result = attribute(doc)
    (quote,) = result.quotes
    assert speaker_name(result, quote) == "station staff"


def test_an_inverted_speaker_after_a_possessive_is_the_name_in_apposition() -> None:
    """said her barrister, Philippa Marsh-Tully: not "her"."""
    text = '"She has lost her home," said her barrister, Philippa Marsh-Tully.'
    doc = parse_by_hand(
        text,
        """
" " PUNCT 4 punct ``
She she PRON 4 nsubj PRP
has have AUX 4 aux VBZ
lost lose VERB 9 ccomp VBN
her she PRON 4 obj PRP$
home home NOUN 4 advmod NN
, , PUNCT 4 punct ,
" " PUNCT 4 punct ''
said say VERB 0 root VBD
her she PRON 9 iobj PRP$
barrister barrister NOUN 9 iobj NN
, , PUNCT 13 punct ,
Philippa Philippa PROPN 11 conj NNP
Marsh Marsh PROPN 13 flat NNP
- - PUNCT 16 punct HYPH
Tully Tully PROPN 13 flat NNP
. . PUNCT 9 punct .
""",
    )
    result = attribute(doc)
    (quote,) = result.quotes
    assert speaker_name(result, quote) == "Philippa Marsh-Tully"


def test_a_lower_case_title_tagged_adj_before_a_name() -> None:
    """said Brackenridge chief executive Lucian Gorringe ("executive" tagged ADJ)."""
    text = (
        '"This is a chance to build a champion," said Brackenridge chief executive Lucian Gorringe.'
    )
    doc = parse_by_hand(
        text,
        """
" " PUNCT 12 punct ``
This this PRON 5 nsubj DT
is be AUX 5 cop VBZ
a a DET 5 det DT
chance chance NOUN 12 ccomp NN
to to PART 7 mark TO
build build VERB 5 acl VB
a a DET 9 det DT
champion champion NOUN 7 obj NN
, , PUNCT 5 punct ,
" " PUNCT 12 punct ''
said say VERB 0 root VBD
Brackenridge Brackenridge PROPN 14 compound NNP
chief chief NOUN 16 nmod:desc NN
executive executive ADJ 16 amod JJ
Lucian Lucian PROPN 12 nsubj NNP
Gorringe Gorringe PROPN 16 flat NNP
. . PUNCT 12 punct .
""",
    )
    result = attribute(doc)
    (quote,) = result.quotes
    assert speaker_name(result, quote) == "Lucian Gorringe"


def test_accused_of_ends_at_a_contrast_and_the_second_speaker_reports_too() -> None:
    """accused Belmira of ..., while Belmira insisted ...: two reports."""
    text = (
        "At an emergency session on Tuesday, Varrosk accused neighbouring Belmira of "
        "moving heavy artillery to within range of the dam, while Belmira insisted the "
        "guns were taking part in a long-planned exercise."
    )
    doc = parse_by_hand(
        text,
        """
At at ADP 4 case IN
an a DET 4 det DT
emergency emergency NOUN 4 compound NN
session session NOUN 9 obl NN
on on ADP 6 case IN
Tuesday Tuesday PROPN 4 nmod NNP
, , PUNCT 4 punct ,
Varrosk Varrosk PROPN 9 nsubj NNP
accused accuse VERB 0 root VBD
neighbouring neighbour VERB 9 xcomp VBG
Belmira Belmira PROPN 10 obj NNP
of of SCONJ 13 mark IN
moving move VERB 10 advcl VBG
heavy heavy ADJ 15 amod JJ
artillery artillery NOUN 13 obj NN
to to ADP 18 case IN
within within ADP 18 case IN
range range NOUN 13 obl NN
of of ADP 21 case IN
the the DET 21 det DT
dam dam NOUN 18 nmod NN
, , PUNCT 25 punct ,
while while SCONJ 25 mark IN
Belmira Belmira PROPN 25 nsubj NNP
insisted insisted VERB 9 advcl VBD
the the DET 27 det DT
guns gun NOUN 29 nsubj NNS
were be AUX 29 aux VBD
taking take VERB 25 ccomp VBG
part part NOUN 29 obj NN
in in ADP 36 case IN
a a DET 36 det DT
long long ADJ 35 advmod JJ
- - PUNCT 33 punct HYPH
planned plan VERB 36 amod VBN
exercise exercise NOUN 29 obl NN
. . PUNCT 9 punct .
""",
    )
    result = attribute(doc)
    assert [speaker_name(result, q) for q in result.quotes] == ["Varrosk", "Belmira"]
    assert result.quotes[0].content_text.endswith("within range of the dam")
    assert result.quotes[1].content_text == ("the guns were taking part in a long-planned exercise")


def test_a_that_clause_after_an_agent_with_a_participle_adjective() -> None:
    """told by a passing motorist that ...: "passing" does not end the search for "that"."""
    text = (
        "Officers were told by a passing motorist that the car, a dark grey hatchback, "
        "had a broken headlight."
    )
    doc = parse_by_hand(
        text,
        """
Officers Officers NOUN 3 nsubj:pass NNS
were be AUX 3 aux:pass VBD
told tell VERB 0 root VBN
by by ADP 7 case IN
a a DET 7 det DT
passing pass VERB 7 amod VBG
motorist motorist NOUN 3 obl:agent NN
that that SCONJ 17 mark IN
the the DET 10 det DT
car car NOUN 17 nsubj NN
, , PUNCT 15 punct ,
a a DET 15 det DT
dark dark ADJ 15 amod JJ
grey grey NOUN 15 compound NN
hatchback hatchback NOUN 10 conj NN
, , PUNCT 17 punct ,
had have VERB 3 conj VBD
a a DET 20 det DT
broken broken ADJ 20 amod JJ
headlight headlight NOUN 17 obj NN
. . PUNCT 3 punct .
""",
    )
    result = attribute(doc)
    (quote,) = result.quotes
    assert quote.content_text == "the car, a dark grey hatchback, had a broken headlight"
    assert speaker_name(result, quote) == "a passing motorist"


def test_a_nickname_after_known_as_is_no_quote() -> None:
    """known to staff as “the Fishbowl”: a name."""
    text = (
        "The decision was the first from the bank's new headquarters, known to staff as "
        "“the Fishbowl”."
    )
    doc = parse_by_hand(
        text,
        """
The the DET 2 det DT
decision decision NOUN 5 nsubj NN
was be AUX 11 cop VBD
the the DET 5 det DT
first first ADJ 0 root JJ
from from ADP 11 case IN
the the DET 8 det DT
bank bank NOUN 11 nmod:poss NN
's 's PART 8 case POS
new new ADJ 11 amod JJ
headquarters headquarters NOUN 5 obl NNS
, , PUNCT 13 punct ,
known know VERB 11 acl VBN
to to ADP 15 case IN
staff staff NOUN 13 obl NN
as as ADP 19 case IN
“ " PUNCT 19 punct ``
the the DET 19 det DT
Fishbowl Fishbowl PROPN 13 obl NNP
” " PUNCT 19 punct ''
. . PUNCT 11 punct .
""",
    )
    result = attribute(doc)
    assert result.quotes == ()


def test_a_name_after_a_participle_called_is_no_quote() -> None:
    """a church band called "Hope Runners": a name."""
    text = (
        'Wade Hollenbeck, who once led a church band called "Hope Runners", has pleaded not guilty.'
    )
    doc = parse_by_hand(
        text,
        """
Wade Wade PROPN 17 vocative NNP
Hollenbeck Hollenbeck PROPN 1 flat NNP
, , PUNCT 6 punct ,
who who PRON 6 nsubj WP
once once ADV 6 advmod RB
led lead VERB 17 advcl VBD
a a DET 9 det DT
church church NOUN 9 compound NN
band band NOUN 6 obj NN
called call VERB 9 acl VBN
" " PUNCT 13 punct ``
Hope hope NOUN 17 xcomp NN
Runners Runners PROPN 12 obj NNPS
" " PUNCT 12 punct ''
, , PUNCT 6 punct ,
has have AUX 17 aux VBZ
pleaded pleaded VERB 0 root VBN
not not PART 19 advmod RB
guilty guilty NOUN 17 obj JJ
. . PUNCT 17 punct .
""",
    )
    result = attribute(doc)
    assert result.quotes == ()


def test_calling_itself_names_and_reports_nothing() -> None:
    """A group calling itself "Black Lantern": no report, no quote."""
    text = 'A group calling itself "Black Lantern" has claimed responsibility.'
    doc = parse_by_hand(
        text,
        """
A a DET 2 det DT
group group NOUN 10 nsubj NN
calling call VERB 10 advcl VBG
itself itself PRON 3 obj PRP
" " PUNCT 7 punct ``
Black Black ADJ 7 amod JJ
Lantern Lantern PROPN 3 obj NNP
" " PUNCT 7 punct ''
has have AUX 10 aux VBZ
claimed claim VERB 0 root VBN
responsibility responsibility NOUN 10 obj NN
. . PUNCT 10 punct .
""",
    )
    result = attribute(doc)
    assert result.quotes == ()


def test_a_catchphrase_on_a_sign_is_no_quote() -> None:
    """a sign bearing his catchphrase, “Taste it like you mean it”: a slogan."""
    text = (
        "Fans waited outside with a cardboard sign bearing his catchphrase, “Taste it "
        "like you mean it”."
    )
    doc = parse_by_hand(
        text,
        """
Fans Fans NOUN 2 nsubj NNS
waited wait VERB 0 root VBD
outside outside ADV 2 advmod RB
with with ADP 7 case IN
a a DET 7 det DT
cardboard cardboard ADJ 7 amod JJ
sign sign NOUN 2 obl NN
bearing bear VERB 7 acl VBG
his his PRON 10 nmod:poss PRP$
catchphrase catchphrase NOUN 8 obj NN
, , PUNCT 13 punct ,
“ " PUNCT 13 punct ``
Taste Taste VERB 2 conj VB
it it PRON 13 obj PRP
like like SCONJ 17 mark IN
you you PRON 17 nsubj PRP
mean mean VERB 13 advcl VBP
it it PRON 17 obj PRP
” " PUNCT 13 punct ''
. . PUNCT 2 punct .
""",
    )
    result = attribute(doc)
    assert result.quotes == ()


def test_a_trailing_report_with_a_clause_of_the_writers_after_its_verb() -> None:
    """prosecutors said Tuesday as his murder trial opened: the "as" clause is the writer's."""
    text = (
        "A 34-year-old man strangled his former girlfriend in her apartment, "
        "prosecutors said Tuesday as his murder trial opened in Fallon County."
    )
    doc = parse_by_hand(
        text,
        """
A a DET 7 det DT
34 34 NUM 4 nummod CD
- - PUNCT 4 punct HYPH
year year NOUN 6 obl:unmarked NN
- - PUNCT 4 punct HYPH
old old ADJ 7 amod JJ
man man NOUN 8 nsubj NN
strangled strangle VERB 17 ccomp VBD
his his PRON 11 nmod:poss PRP$
former former ADJ 11 amod JJ
girlfriend girlfriend NOUN 8 obj NN
in in ADP 14 case IN
her she PRON 14 nmod:poss PRP$
apartment apartment NOUN 11 nmod NN
, , PUNCT 8 punct ,
prosecutors prosecutor NOUN 17 nsubj NNS
said say VERB 0 root VBD
Tuesday Tuesday PROPN 17 obj NNP
as as ADP 22 case IN
his his PRON 22 nmod:poss PRP$
murder murder NOUN 22 compound NN
trial trial NOUN 23 nsubj NN
opened open VERB 17 ccomp VBD
in in ADP 26 case IN
Fallon Fallon PROPN 26 compound NNP
County County PROPN 23 obl NNP
. . PUNCT 17 punct .
""",
    )
    result = attribute(doc)
    (quote,) = result.quotes
    assert quote.content_text == (
        "A 34-year-old man strangled his former girlfriend in her apartment"
    )
    assert speaker_name(result, quote) == "prosecutors"


def test_an_organisation_name_runs_on_over_of_the() -> None:
    """The Office of the Data Protection Commissioner: one name."""
    text = (
        "The Office of the Data Protection Commissioner said it had been told of the "
        "breach on Monday."
    )
    doc = parse_by_hand(
        text,
        """
The the DET 2 det DT
Office office NOUN 8 nsubj NN
of of ADP 7 case IN
the the DET 7 det DT
Data data PROPN 7 compound NNP
Protection Protection PROPN 7 compound NNP
Commissioner Commissioner PROPN 2 nmod NNP
said say VERB 0 root VBD
it it PRON 12 nsubj:pass PRP
had have AUX 12 aux VBD
been be AUX 12 aux:pass VBN
told tell VERB 8 ccomp VBN
of of ADP 15 case IN
the the DET 15 det DT
breach breach NOUN 12 obl NN
on on ADP 17 case IN
Monday Monday PROPN 15 nmod NNP
. . PUNCT 8 punct .
""",
    )
    result = attribute(doc)
    (quote,) = result.quotes
    assert speaker_name(result, quote) == "Office of the Data Protection Commissioner"


def test_a_shortened_organisation_name_is_the_full_one() -> None:
    """Corrib Mutual, after Corrib Mutual Bank: one speaker, the fuller name."""
    text = (
        "Corrib Mutual Bank will close the branch in March. Corrib Mutual said in a "
        "statement that fewer than 40 customers a week still used it."
    )
    doc = parse_by_hand(
        text,
        """
Corrib Corrib PROPN 3 compound NNP
Mutual Mutual PROPN 3 compound NNP
Bank Bank PROPN 5 nsubj NNP
will will AUX 5 aux MD
close close VERB 0 root VB
the the DET 7 det DT
branch branch NOUN 5 obj NN
in in ADP 9 case IN
March March PROPN 5 obl NNP
. . PUNCT 5 punct .

Corrib Corrib PROPN 2 compound NNP
Mutual Mutual PROPN 3 nsubj NNP
said say VERB 0 root VBD
in in ADP 6 case IN
a a DET 6 det DT
statement statement NOUN 3 obl NN
that that PRON 15 mark WDT
fewer few NOUN 6 acl:relcl NNS
than than ADP 11 case IN
40 40 NUM 11 nummod CD
customers customer NOUN 8 obl NNS
a a DET 13 det DT
week week NOUN 15 obl:unmarked NN
still still ADV 15 advmod RB
used use VERB 11 acl:relcl VBD
it it PRON 15 obj PRP
. . PUNCT 3 punct .
""",
    )
    result = attribute(doc)
    (quote,) = result.quotes
    speaker = {s.id: s for s in result.speakers}[quote.speaker_id]
    assert speaker.name == "Corrib Mutual Bank"
    assert speaker.kind is SpeakerKind.ORGANIZATION


def test_a_trailing_report_with_the_writers_as_clause_tagged_adp() -> None:
    """prosecutors said Tuesday as his murder trial opened: the report is the clause before."""
    text = (
        "A man strangled his former girlfriend and then sent messages from her phone, "
        "prosecutors said Tuesday as his murder trial opened in Fallon County."
    )
    doc = parse_by_hand(
        text,
        """
A a DET 2 det DT
man man NOUN 3 nsubj NN
strangled strangle VERB 16 ccomp VBD
his his PRON 6 nmod:poss PRP$
former former ADJ 6 amod JJ
girlfriend girlfriend NOUN 3 obj NN
and and CCONJ 9 cc CC
then then ADV 9 advmod RB
sent send VERB 3 conj VBD
messages message NOUN 9 obj NNS
from from ADP 13 case IN
her she PRON 13 nmod:poss PRP$
phone phone NOUN 9 obl NN
, , PUNCT 2 punct ,
prosecutors prosecutor NOUN 16 nsubj NNS
said say VERB 0 root VBD
Tuesday Tuesday PROPN 16 obj NNP
as as ADP 21 case IN
his his PRON 21 nmod:poss PRP$
murder murder NOUN 21 compound NN
trial trial NOUN 22 nsubj NN
opened open VERB 16 advcl VBD
in in ADP 25 case IN
Fallon Fallon PROPN 25 compound NNP
County County PROPN 22 obl NNP
. . PUNCT 16 punct .
""",
    )
    result = attribute(doc)
    (quote,) = result.quotes
    assert quote.content_text.startswith("A man strangled his former girlfriend")
    assert quote.content_text.endswith("from her phone")
    assert speaker_name(result, quote) == "prosecutors"


def test_described_as_with_the_as_phrase_hung_from_a_noun_in_between() -> None:
    """described his side's win ... on Saturday as “...”: read by position."""
    text = (
        "Head coach Tadhg Ferriter described his side’s 27-24 win over Kelloway at "
        "Millbrae Park on Saturday as “the ugliest and best eighty minutes of the "
        "season”."
    )
    doc = parse_by_hand(
        text,
        """
Head Head NOUN 2 compound NN
coach coach VERB 5 nsubj NN
Tadhg Tadhg PROPN 2 flat NNP
Ferriter Ferriter PROPN 5 nsubj NNP
described describe VERB 0 root VBD
his his PRON 7 nmod:poss PRP$
side side NOUN 9 nmod:poss NN
’s 's PART 7 case POS
27 27 NUM 12 nummod CD
- - SYM 11 case SYM
24 24 NUM 9 nmod CD
win win NOUN 5 obj NN
over over ADP 14 case IN
Kelloway Kelloway PROPN 12 obl NNP
at at ADP 17 case IN
Millbrae Millbrae PROPN 17 compound NNP
Park Park PROPN 14 nmod NNP
on on ADP 19 case IN
Saturday Saturday PROPN 17 nmod NNP
as as ADP 23 case IN
“ " PUNCT 23 punct ``
the the DET 23 det DT
ugliest ugliest ADJ 19 nmod JJS
and and CCONJ 25 cc CC
best good ADJ 23 conj JJS
eighty eighty NUM 27 nummod CD
minutes minute NOUN 23 conj NNS
of of ADP 30 case IN
the the DET 30 det DT
season season NOUN 27 nmod NN
” " PUNCT 27 punct ''
. . PUNCT 5 punct .
""",
    )
    result = attribute(doc)
    (quote,) = result.quotes
    assert quote.type is QuoteType.MIXED
    assert quote.content_text.startswith("his side’s 27-24 win")
    assert quote.content_text.endswith("of the season”")
    assert speaker_name(result, quote) == "Tadhg Ferriter"


def test_post_nominal_letters_are_no_part_of_a_name() -> None:
    """Crispin Aldergrove KC: a person named Crispin Aldergrove, not an acronym's body."""
    text = (
        "For the newspaper, Crispin Aldergrove KC said the paper had never spoken to the nursery."
    )
    doc = parse_by_hand(
        text,
        """
For for ADP 3 case IN
the the DET 3 det DT
newspaper newspaper NOUN 8 obl NN
, , PUNCT 3 punct ,
Crispin Crispin PROPN 8 nsubj NNP
Aldergrove Aldergrove PROPN 5 flat NNP
KC KC PROPN 5 flat NNP
said say VERB 0 root VBD
the the DET 10 det DT
paper paper NOUN 13 nsubj NN
had have AUX 13 aux VBD
never never ADV 13 advmod RB
spoken speak VERB 8 ccomp VBN
to to ADP 16 case IN
the the DET 16 det DT
nursery nursery NOUN 13 obl NN
. . PUNCT 8 punct .
""",
    )
    result = attribute(doc)
    (quote,) = result.quotes
    speaker = {s.id: s for s in result.speakers}[quote.speaker_id]
    assert speaker.name == "Crispin Aldergrove"
    assert speaker.kind is SpeakerKind.PERSON


def test_a_role_then_a_title_then_a_name() -> None:
    """The pathologist Dr Ravindra Kallicharan said: the name after both."""
    text = "The pathologist Dr Ravindra Kallicharan said she had died of head injuries."
    doc = parse_by_hand(
        text,
        """
The the DET 2 det DT
pathologist pathologist NOUN 3 nmod:desc NN
Dr Dr PROPN 6 nsubj NNP
Ravindra Ravindra PROPN 3 flat NNP
Kallicharan Kallicharan PROPN 3 flat NNP
said say VERB 0 root VBD
she she PRON 9 nsubj PRP
had have AUX 9 aux VBD
died die VERB 6 ccomp VBN
of of ADP 12 case IN
head head NOUN 12 compound NN
injuries injury NOUN 9 obl NNS
. . PUNCT 6 punct .
""",
    )
    result = attribute(doc)
    (quote,) = result.quotes
    assert speaker_name(result, quote) == "Ravindra Kallicharan"


def test_a_trailing_report_with_a_perfect_tense_verb() -> None:
    """..., the county council has confirmed: "has" belongs to the verb, not the phrase."""
    text = (
        "A footbridge over the river will stay closed until next summer, the county "
        "council has confirmed."
    )
    doc = parse_by_hand(
        text,
        """
A a DET 2 det DT
footbridge footbridge NOUN 7 nsubj NN
over over ADP 5 case IN
the the DET 5 det DT
river river NOUN 2 nmod NN
will will AUX 7 aux MD
stay stay VERB 0 root VB
closed close VERB 7 xcomp VBN
until until ADP 11 case IN
next next ADJ 11 amod JJ
summer summer NOUN 8 obl NN
, , PUNCT 17 punct ,
the the DET 15 det DT
county county NOUN 15 compound NN
council council NOUN 17 nsubj NN
has have AUX 17 aux VBZ
confirmed confirm VERB 7 conj VBN
. . PUNCT 7 punct .
""",
    )
    result = attribute(doc)
    (quote,) = result.quotes
    assert quote.content_text == ("A footbridge over the river will stay closed until next summer")
    assert speaker_name(result, quote) == "the county council"


def test_a_report_ending_in_a_quote_runs_to_its_closing_mark() -> None:
    """The last word of the quote ("either") is tagged a conjunction and trimmed: the
    report still ends at the closing mark, and the contrast inside the quote stays in it."""
    text = "He said a second mission was “not on the table yet, but not off it either”."
    doc = parse_by_hand(
        text,
        """
He he PRON 2 nsubj PRP
said say VERB 0 root VBD
a a DET 5 det DT
second second ADJ 5 amod JJ
mission mission NOUN 11 nsubj NN
was be AUX 11 cop VBD
“ " PUNCT 11 punct ''
not not PART 11 advmod RB
on on ADP 11 case IN
the the DET 11 det DT
table table NOUN 2 ccomp NN
yet yet CCONJ 11 advmod CC
, , PUNCT 16 punct ,
but but CCONJ 16 cc CC
not not PART 16 advmod RB
off off ADP 18 case IN
it it PRON 18 nsubj PRP
either either CCONJ 11 conj CC
” " PUNCT 18 punct ''
. . PUNCT 2 punct .
""",
    )
    result = attribute(doc)
    (quote,) = result.quotes
    assert quote.type is QuoteType.MIXED
    assert quote.content_text == (
        "a second mission was “not on the table yet, but not off it either”"
    )


def test_a_name_set_off_by_commas_before_the_verb_speaks() -> None:
    """her mother, Rhona Quarrie, described her daughter as ...: the parse gives the verb no
    subject; the name right before it speaks, and "her daughter" starts the report."""
    text = (
        "In a statement read to the inquest, her mother, Rhona Quarrie, described her "
        "daughter as “fearless, funny and far too trusting of railings”."
    )
    doc = parse_by_hand(
        text,
        """
In in ADP 3 case IN
a a DET 3 det DT
statement statement NOUN 4 obl NN
read read VERB 15 advcl VBN
to to ADP 7 case IN
the the DET 7 det DT
inquest inquest NOUN 4 obl NN
, , PUNCT 4 punct ,
her she PRON 10 nmod:desc PRP$
mother mother NOUN 7 conj NN
, , PUNCT 12 punct ,
Rhona Rhona PROPN 10 appos NNP
Quarrie Quarrie PROPN 12 flat NNP
, , PUNCT 4 punct ,
described describe VERB 0 root VBD
her she PRON 15 iobj PRP$
daughter daughter NOUN 15 obj NN
as as ADV 20 case IN
“ " PUNCT 20 punct ``
fearless fearless ADJ 15 obl JJ
, , PUNCT 22 punct ,
funny funny ADJ 20 conj JJ
and and CCONJ 26 cc CC
far far ADV 26 advmod RB
too too ADV 26 advmod RB
trusting trusting ADJ 15 conj JJ
of of ADP 28 case IN
railings railings NOUN 26 obl NNS
” " PUNCT 26 punct ''
. . PUNCT 15 punct .
""",
    )
    result = attribute(doc)
    (quote,) = result.quotes
    assert speaker_name(result, quote) == "Rhona Quarrie"
    assert quote.content_text.startswith("her daughter as “fearless")


def test_a_trailing_report_whose_speaker_is_a_name_of_several_words() -> None:
    """..., Dyfnant County Council has confirmed: the name's head is not its first word."""
    text = (
        "A footbridge over the river will stay closed until next summer at the "
        "earliest, Dyfnant County Council has confirmed."
    )
    doc = parse_by_hand(
        text,
        """
A a DET 2 det DT
footbridge footbridge NOUN 7 nsubj NN
over over ADP 5 case IN
the the DET 5 det DT
river river NOUN 2 nmod NN
will will AUX 7 aux MD
stay stay VERB 0 root VB
closed close VERB 7 xcomp VBN
until until ADP 11 case IN
next next ADJ 11 amod JJ
summer summer NOUN 8 obl NN
at at ADP 14 case IN
the the DET 14 det DT
earliest early ADJ 11 nmod JJS
, , PUNCT 20 punct ,
Dyfnant Dyfnant PROPN 18 compound NNP
County County PROPN 18 compound NNP
Council Council PROPN 20 nsubj NNP
has have AUX 20 aux VBZ
confirmed confirm VERB 7 conj VBN
. . PUNCT 20 punct .
""",
    )
    result = attribute(doc)
    (quote,) = result.quotes
    assert quote.content_text.startswith("A footbridge over the river")
    assert speaker_name(result, quote) == "Dyfnant County Council"


def test_a_passive_agent_with_a_role_and_a_title_before_the_name() -> None:
    """was told by pathologist Dr Ravindra Kallicharan that ...: the name speaks."""
    text = (
        "The inquest was told by pathologist Dr Ravindra Kallicharan that she had died "
        "of multiple injuries."
    )
    doc = parse_by_hand(
        text,
        """
The the DET 2 det DT
inquest inquest NOUN 4 nsubj:pass NN
was be AUX 4 aux:pass VBD
told tell VERB 0 root VBN
by by ADP 6 case IN
pathologist pathologist NOUN 4 obl:agent NN
Dr Dr PROPN 6 flat NNP
Ravindra Ravindra PROPN 7 flat NNP
Kallicharan Kallicharan PROPN 7 flat NNP
that that SCONJ 13 obj WDT
she she PRON 13 nsubj PRP
had have AUX 13 aux VBD
died die VERB 4 ccomp VBN
of of ADP 16 case IN
multiple multiple ADJ 16 amod JJ
injuries injury NOUN 13 obl NNS
. . PUNCT 4 punct .
""",
    )
    result = attribute(doc)
    (quote,) = result.quotes
    assert quote.content_text == "she had died of multiple injuries"
    assert speaker_name(result, quote) == "Ravindra Kallicharan"


def test_the_municipality_refers_back_to_the_named_one() -> None:
    """The municipality said: the Kwanele Metropolitan Municipality, named before."""
    text = (
        "The Kwanele Metropolitan Municipality cut the water supply on Monday. The "
        "municipality said tankers would visit every street."
    )
    doc = parse_by_hand(
        text,
        """
The the DET 4 det DT
Kwanele Kwanele PROPN 4 compound NNP
Metropolitan Metropolitan PROPN 4 compound NNP
Municipality Municipality PROPN 5 nsubj NNP
cut cut VERB 0 root VBD
the the DET 8 det DT
water water NOUN 8 compound NN
supply supply NOUN 5 obj NN
on on ADP 10 case IN
Monday Monday PROPN 5 obl NNP
. . PUNCT 5 punct .

The the DET 2 det DT
municipality municipality NOUN 3 nsubj NN
said say VERB 0 root VBD
tankers tanker NOUN 6 nsubj NNS
would would AUX 6 aux MD
visit visit VERB 3 ccomp VB
every every DET 8 det DT
street street NOUN 6 obj NN
. . PUNCT 3 punct .
""",
    )
    result = attribute(doc)
    (quote,) = result.quotes
    assert speaker_name(result, quote) == "Kwanele Metropolitan Municipality"


def test_a_first_name_joined_to_a_full_name_takes_its_surname() -> None:
    """Kelsey and Brodie Whitmarsh said: Kelsey Whitmarsh, with Brodie as co-speaker."""
    text = (
        'Kelsey and Brodie Whitmarsh said they had ignored the warning. "The water came '
        'up fast," she said.'
    )
    doc = parse_by_hand(
        text,
        """
Kelsey Kelsey PROPN 5 nsubj NNP
and and CCONJ 3 cc CC
Brodie Brodie PROPN 1 conj NNP
Whitmarsh Whitmarsh PROPN 1 flat NNP
said say VERB 0 root VBD
they they PRON 8 nsubj PRP
had have AUX 8 aux VBD
ignored ignore VERB 5 ccomp VBN
the the DET 10 det DT
warning warning NOUN 8 obj NN
. . PUNCT 5 punct .

" " PUNCT 4 punct ``
The the DET 3 det DT
water water NOUN 4 nsubj NN
came come VERB 10 ccomp VBD
up up ADP 4 compound:prt RP
fast fast ADJ 4 advmod JJ
, , PUNCT 4 punct ,
" " PUNCT 4 punct ``
she she PRON 10 nsubj PRP
said say VERB 0 root VBD
. . PUNCT 10 punct .
""",
    )
    result = attribute(doc)
    first = result.quotes[0]
    speakers = {s.id: s for s in result.speakers}
    assert speakers[first.speaker_id].name == "Kelsey Whitmarsh"
    assert [speakers[i].name for i in first.co_speaker_ids] == ["Brodie Whitmarsh"]


def test_the_source_refers_back_to_an_anonymous_source() -> None:
    """A senior Saltcoombe source ... the source said: one anonymous speaker."""
    text = (
        'A senior Saltcoombe source said the club would not sell. "If they want him," '
        'the source said, "they know the price."'
    )
    doc = parse_by_hand(
        text,
        """
A a DET 4 det DT
senior senior ADJ 4 amod JJ
Saltcoombe Saltcoombe PROPN 4 compound NNP
source source NOUN 5 nsubj NN
said say VERB 0 root VBD
the the DET 7 det DT
club club NOUN 10 nsubj NN
would would AUX 10 aux MD
not not PART 10 advmod RB
sell sell VERB 5 ccomp VB
. . PUNCT 5 punct .

" " PUNCT 14 punct ``
If if SCONJ 4 mark IN
they they PRON 4 nsubj PRP
want want VERB 14 advcl VBP
him he PRON 4 obj PRP
, , PUNCT 4 punct ,
" " PUNCT 4 punct ``
the the DET 9 det DT
source source NOUN 10 nsubj NN
said say VERB 0 root VBD
, , PUNCT 4 punct ,
" " PUNCT 10 punct ``
they they PRON 14 nsubj PRP
know know VERB 10 ccomp VBP
the the DET 16 det DT
price price NOUN 14 obj NN
. . PUNCT 14 punct .
" " PUNCT 14 punct ''
""",
    )
    result = attribute(doc)
    assert len(result.quotes) == 2
    assert {speaker_name(result, q) for q in result.quotes} == {"A senior Saltcoombe source"}
    assert len(result.speakers) == 1


def test_a_day_between_the_and_a_name_is_part_of_the_name() -> None:
    """The Sunday Beacon: not a day."""
    text = "The Sunday Beacon said it had wrongly accused the chef."
    doc = parse_by_hand(
        text,
        """
The the DET 3 det DT
Sunday Sunday PROPN 3 compound NNP
Beacon Beacon PROPN 4 nsubj NNP
said say VERB 0 root VBD
it it PRON 8 nsubj PRP
had have AUX 8 aux VBD
wrongly wrongly ADV 8 advmod RB
accused accuse VERB 4 ccomp VBN
the the DET 10 det DT
chef chef NOUN 8 obj NN
. . PUNCT 4 punct .
""",
    )
    result = attribute(doc)
    (quote,) = result.quotes
    assert speaker_name(result, quote) == "Sunday Beacon"


def test_call_with_a_quoted_name_is_naming_not_reporting() -> None:
    """Miners call the flooded pit, Kesterholme, "the Bathtub": a name, no report."""
    text = (
        'Miners call the flooded pit, Kesterholme, "the Bathtub" because of the springs beneath it.'
    )
    doc = parse_by_hand(
        text,
        """
Miners Miners NOUN 2 nsubj NNS
call call VERB 0 root VBP
the the DET 5 det DT
flooded flood VERB 5 amod VBN
pit pit NOUN 2 obj NN
, , PUNCT 7 punct ,
Kesterholme Kesterholme PROPN 5 conj NNP
, , PUNCT 11 punct ,
" " PUNCT 11 punct ``
the the DET 11 det DT
Bathtub Bathtub PROPN 5 conj NNP
" " PUNCT 11 punct ''
because because SCONJ 17 mark IN
of of ADP 13 fixed IN
the the DET 16 det DT
springs spring NOUN 17 nsubj NNS
beneath beneath VERB 2 advcl VBD
it it PRON 17 obj PRP
. . PUNCT 2 punct .
""",
    )
    result = attribute(doc)
    assert result.quotes == ()


def test_dubbed_with_a_pronoun_before_the_quoted_name() -> None:
    """Critics dubbed her "the Queen of Tears": a name."""
    text = 'Critics dubbed her "the Queen of Tears" after the film.'
    doc = parse_by_hand(
        text,
        """
Critics Critics NOUN 2 nsubj NNS
dubbed dubbed VERB 0 root VBD
her she PRON 2 iobj PRP
" " PUNCT 6 punct ``
the the DET 6 det DT
Queen Queen NOUN 2 obj NN
of of ADP 8 case IN
Tears Tears PROPN 6 nmod NNPS
" " PUNCT 6 punct ''
after after ADP 12 case IN
the the DET 12 det DT
film film NOUN 2 obl NN
. . PUNCT 2 punct .
""",
    )
    result = attribute(doc)
    assert result.quotes == ()


def test_known_in_a_place_as_a_quoted_name() -> None:
    """known in the weighing room as "the Bookworm": a name."""
    text = 'The jockey, who is known in the weighing room as "the Bookworm", won by a length.'
    doc = parse_by_hand(
        text,
        """
The the DET 2 det DT
jockey jockey NOUN 17 nsubj:pass NN
, , PUNCT 2 punct ,
who who PRON 6 nsubj:pass WP
is be AUX 6 aux:pass VBZ
known know VERB 2 acl:relcl VBN
in in ADP 10 case IN
the the DET 10 det DT
weighing weighing NOUN 10 compound VBG
room room NOUN 6 obl NN
as as ADP 14 case IN
" " PUNCT 14 punct ``
the the DET 14 det DT
Bookworm Bookworm PROPN 10 nmod NNP
" " PUNCT 14 punct ''
, , PUNCT 17 punct ,
won win VERB 0 root VBD
by by ADP 20 case IN
a a DET 20 det DT
length length NOUN 17 obl:agent NN
. . PUNCT 17 punct .
""",
    )
    result = attribute(doc)
    assert result.quotes == ()


def test_call_with_a_quoted_description_still_reports() -> None:
    """called the plans "a betrayal of every farmer": a description, so a report."""
    text = 'The minister called the plans "a betrayal of every farmer".'
    doc = parse_by_hand(
        text,
        """
The the DET 2 det DT
minister minister NOUN 3 nsubj NN
called call VERB 0 root VBD
the the DET 5 det DT
plans plan NOUN 3 obj NNS
" " PUNCT 8 punct ``
a a DET 8 det DT
betrayal betrayal NOUN 3 obj NN
of of ADP 11 case IN
every every DET 11 det DT
farmer farmer NOUN 8 nmod NN
" " PUNCT 8 punct ''
. . PUNCT 3 punct .
""",
    )
    result = attribute(doc)
    (quote,) = result.quotes
    assert quote.type is QuoteType.MIXED


def test_the_judge_refers_back_to_the_person_with_that_title() -> None:
    """Employment Judge Osgood Trevethick ... The judge said: the same person."""
    text = (
        "Employment Judge Osgood Trevethick upheld the claim on Friday. The judge said "
        "the company's account was implausible."
    )
    doc = parse_by_hand(
        text,
        """
Employment employment NOUN 2 compound NN
Judge Judge PROPN 5 nsubj NNP
Osgood Osgood PROPN 2 flat NNP
Trevethick Trevethick PROPN 3 flat NNP
upheld upheld VERB 0 root VBD
the the DET 7 det DT
claim claim NOUN 5 obj NN
on on ADP 9 case IN
Friday Friday PROPN 5 obl NNP
. . PUNCT 5 punct .

The the DET 2 det DT
judge judge NOUN 3 nsubj NN
said say VERB 0 root VBD
the the DET 5 det DT
company company NOUN 7 nmod:poss NN
's 's PART 5 case POS
account account NOUN 9 nsubj NN
was be AUX 9 cop VBD
implausible implausible ADJ 3 ccomp JJ
. . PUNCT 3 punct .
""",
    )
    result = attribute(doc)
    (quote,) = result.quotes
    assert speaker_name(result, quote) == "Osgood Trevethick"


def test_a_product_recall_is_no_report() -> None:
    """are being recalled ..., the company said: "recalled" (passive) reports nothing; the
    company's report is the clause before the comma."""
    text = (
        "More than 180,000 air fryers sold under the Braybourne brand are being "
        "recalled because they can overheat and melt, the company said on Wednesday."
    )
    doc = parse_by_hand(
        text,
        """
More more ADJ 13 advmod JJR
than than ADP 5 case IN
180,000 180,000 NUM 5 nummod CD
air air NOUN 5 compound NN
fryers fryers NOUN 6 nsubj NNS
sold sell VERB 13 advcl VBD
under under ADP 10 case IN
the the DET 10 det DT
Braybourne Braybourne PROPN 10 compound NNP
brand brand NOUN 6 obl NN
are be AUX 13 aux:pass VBP
being be AUX 13 aux:pass VBG
recalled recall VERB 0 root VBN
because because SCONJ 17 mark IN
they they PRON 17 nsubj PRP
can can AUX 17 aux MD
overheat overheat VERB 13 advcl VB
and and CCONJ 19 cc CC
melt melt VERB 17 conj VB
, , PUNCT 17 punct ,
the the DET 22 det DT
company company NOUN 23 nsubj NN
said say VERB 13 parataxis VBD
on on ADP 25 case IN
Wednesday Wednesday PROPN 23 obl NNP
. . PUNCT 23 punct .
""",
    )
    result = attribute(doc)
    (quote,) = result.quotes
    assert quote.content_text.startswith("More than 180,000 air fryers")
    assert quote.cue is not None
    assert quote.cue.text == "said"


def test_a_trailing_report_before_the_writers_and_clause() -> None:
    """..., residents of this frontline town said, and by nightfall ...: the report is the
    clause before the speaker, and the writer's "and" clause is none."""
    text = (
        "The shelling began at first light on Sunday and did not stop until dark, "
        "residents of this frontline town said, and by nightfall the main square was "
        "carpeted with broken glass."
    )
    doc = parse_by_hand(
        text,
        """
The the DET 2 det DT
shelling shelling NOUN 3 nsubj NN
began begin VERB 0 root VBD
at at ADP 6 case IN
first first ADJ 6 amod JJ
light light NOUN 3 obl NN
on on ADP 8 case IN
Sunday Sunday PROPN 3 obl NNP
and and CCONJ 12 cc CC
did do AUX 12 aux VBD
not not PART 12 advmod RB
stop stop VERB 3 conj VB
until until ADP 14 case IN
dark dark ADJ 12 obl JJ
, , PUNCT 16 punct ,
residents resident NOUN 14 conj NNS
of of ADP 20 case IN
this this DET 20 det DT
frontline frontline ADJ 20 amod JJ
town town NOUN 16 nmod NN
said say VERB 3 conj VBD
, , PUNCT 30 punct ,
and and CCONJ 30 cc CC
by by SCONJ 25 case IN
nightfall nightfall ADJ 30 obl JJ
the the DET 28 det DT
main main ADJ 28 amod JJ
square square NOUN 30 nsubj:pass NN
was be AUX 30 aux:pass VBD
carpeted carpeted VERB 21 ccomp VBN
with with ADP 33 case IN
broken break VERB 33 amod VBN
glass glass NOUN 30 obl NN
. . PUNCT 21 punct .
""",
    )
    result = attribute(doc)
    (quote,) = result.quotes
    assert quote.content_text == (
        "The shelling began at first light on Sunday and did not stop until dark"
    )
    assert speaker_name(result, quote) == "residents of this frontline town"


def test_a_trailing_report_with_an_addressee_and_a_place_after_the_verb() -> None:
    """..., civil servants have warned ministers in a leaked memo."""
    text = (
        "The government’s flagship scheme will reach fewer than 800,000 homes by the "
        "next election, civil servants have warned ministers in a leaked memo."
    )
    doc = parse_by_hand(
        text,
        """
The the DET 2 det DT
government government NOUN 5 nmod:poss NN
’s 's PART 2 case POS
flagship flagship NOUN 5 compound NN
scheme scheme NOUN 7 nsubj NN
will will AUX 7 aux MD
reach reach VERB 0 root VB
fewer few NOUN 7 obj JJR
than than ADP 11 case IN
800,000 800,000 NUM 11 nummod CD
homes home NOUN 7 obl NNS
by by ADP 15 case IN
the the DET 15 det DT
next next ADJ 15 amod JJ
election election NOUN 7 obl NN
, , PUNCT 20 punct ,
civil civil ADJ 18 amod JJ
servants servants NOUN 20 nsubj NNS
have have AUX 20 aux VBP
warned warn VERB 7 conj VBN
ministers minister NOUN 20 obj NNS
in in ADP 25 case IN
a a DET 25 det DT
leaked leaked VERB 25 amod VBN
memo memo NOUN 20 obl NN
. . PUNCT 7 punct .
""",
    )
    result = attribute(doc)
    (quote,) = result.quotes
    assert quote.content_text.startswith("The government’s flagship scheme")
    assert speaker_name(result, quote) == "civil servants"


def test_a_tribunal_ruling_reported_after_the_clause() -> None:
    """..., an employment tribunal has ruled: "rule" reports; "tribunal" heads the phrase."""
    text = (
        "A warehouse supervisor who was sacked nine days after reporting broken fire "
        "doors was unfairly dismissed, an employment tribunal has ruled."
    )
    doc = parse_by_hand(
        text,
        """
A a DET 3 det DT
warehouse warehouse NOUN 3 compound NN
supervisor supervisor NOUN 22 nsubj NN
who who PRON 6 nsubj:pass WP
was be AUX 6 aux:pass VBD
sacked sacked VERB 3 acl:relcl VBN
nine nine NUM 8 nummod CD
days day NOUN 6 obl:unmarked NNS
after after SCONJ 10 mark IN
reporting report VERB 6 advcl VBG
broken broken ADJ 13 amod JJ
fire fire NOUN 13 compound NN
doors door NOUN 10 obj NNS
was be AUX 16 aux:pass VBD
unfairly unfairly ADV 16 advmod RB
dismissed dismiss VERB 22 ccomp VBN
, , PUNCT 22 punct ,
an a DET 20 det DT
employment employment NOUN 20 compound NN
tribunal tribunal NOUN 22 nsubj NN
has have AUX 22 aux VBZ
ruled ruled VERB 0 root VBN
. . PUNCT 22 punct .
""",
    )
    result = attribute(doc)
    (quote,) = result.quotes
    assert quote.content_text.endswith("was unfairly dismissed")
    assert speaker_name(result, quote) == "an employment tribunal"


def test_a_report_ends_before_the_writers_as_clause_and_bare_plurals_are_anonymous() -> None:
    """..., as the country's first heatwave tightened its grip: the writer's context; and
    "Forecasters", capitalised to open the sentence, are an anonymous group."""
    text = (
        "Forecasters warned that temperatures could reach 41C in the south-east by "
        "Wednesday, as the country's first heatwave of the summer tightened its grip."
    )
    doc = parse_by_hand(
        text,
        """
Forecasters Forecasters PROPN 2 nsubj NNPS
warned warn VERB 0 root VBD
that that SCONJ 6 mark IN
temperatures temperature NOUN 6 nsubj NNS
could could AUX 6 aux MD
reach reach VERB 2 ccomp VB
41C 41C NUM 6 obj CD
in in ADP 12 case IN
the the DET 12 det DT
south south ADJ 12 compound NN
- - PUNCT 10 punct HYPH
east east NOUN 6 obl NN
by by ADP 14 case IN
Wednesday Wednesday PROPN 12 nmod NNP
, , PUNCT 21 punct ,
as as ADP 21 case IN
the the DET 18 det DT
country country NOUN 21 nmod:poss NN
's 's PART 18 case POS
first first ADJ 21 amod JJ
heatwave heatwave NOUN 6 obl NN
of of ADP 24 case IN
the the DET 24 det DT
summer summer NOUN 21 nmod NN
tightened tightened VERB 21 acl VBD
its its PRON 27 nmod:poss PRP$
grip grip NOUN 25 obj NN
. . PUNCT 2 punct .
""",
    )
    result = attribute(doc)
    (quote,) = result.quotes
    assert quote.content_text.endswith("by Wednesday")
    speaker = {s.id: s for s in result.speakers}[quote.speaker_id]
    assert speaker.kind is SpeakerKind.ANONYMOUS


def test_abbreviated_ranks_are_titles() -> None:
    """Lt. Cmdr. Anatole Vrettakis: the ranks are the role."""
    text = "Lt. Cmdr. Anatole Vrettakis said the boat had been drifting for days."
    doc = parse_by_hand(
        text,
        """
Lt. Lt. PROPN 5 nsubj NNP
Cmdr. Cmdr. PROPN 1 flat NNP
Anatole Anatole PROPN 1 flat NNP
Vrettakis Vrettakis PROPN 1 flat NNP
said say VERB 0 root VBD
the the DET 7 det DT
boat boat NOUN 10 nsubj NN
had have AUX 10 aux VBD
been be AUX 10 aux VBN
drifting drifting VERB 5 ccomp VBG
for for ADP 12 case IN
days day NOUN 10 obl NNS
. . PUNCT 5 punct .
""",
    )
    result = attribute(doc)
    (quote,) = result.quotes
    speaker = {s.id: s for s in result.speakers}[quote.speaker_id]
    assert speaker.name == "Anatole Vrettakis"
    assert speaker.role == "Lt. Cmdr."


def test_a_mixed_report_ends_before_the_writers_after_clause() -> None:
    """... "in very high spirits", after the capsule landed: the report ends at the quote."""
    text = (
        'Ascendral said all four passengers were safe and "in very high spirits", after '
        "the capsule landed in the desert."
    )
    doc = parse_by_hand(
        text,
        """
Ascendral Ascendral PROPN 2 nsubj NNP
said say VERB 0 root VBD
all all DET 5 det:predet DT
four four NUM 5 nummod CD
passengers passenger NOUN 7 nsubj NNS
were be AUX 7 cop VBD
safe safe ADJ 2 ccomp JJ
and and CCONJ 13 cc CC
" " PUNCT 13 punct ``
in in ADP 13 case IN
very very ADV 12 advmod RB
high high ADJ 13 amod JJ
spirits spirit NOUN 7 obl NNS
" " PUNCT 13 punct ''
, , PUNCT 19 punct ,
after after ADP 19 mark IN
the the DET 18 det DT
capsule capsule NOUN 19 nsubj NN
landed land VERB 13 acl VBD
in in ADP 22 case IN
the the DET 22 det DT
desert desert NOUN 19 obl NN
. . PUNCT 2 punct .
""",
    )
    result = attribute(doc)
    (quote,) = result.quotes
    assert quote.type is QuoteType.MIXED
    assert quote.content_text.endswith('"in very high spirits"')


def test_an_adjective_phrase_after_an_anonymous_source_is_part_of_it() -> None:
    """A source close to the negotiations said, with "close" parsed as the verb's ccomp."""
    text = "A source close to the negotiations said the deal was “ninety per cent done”."
    doc = parse_by_hand(
        text,
        """
A a DET 2 det DT
source source NOUN 7 nsubj NN
close close ADJ 7 ccomp JJ
to to ADP 6 case IN
the the DET 6 det DT
negotiations negotiation NOUN 3 obl NNS
said say VERB 0 root VBD
the the DET 9 det DT
deal deal NOUN 12 nsubj NN
was be AUX 12 cop VBD
“ " PUNCT 12 punct ``
ninety ninety NUM 7 ccomp CD
per per ADP 14 case IN
cent cent NOUN 15 nsubj NN
done do VERB 12 advcl VBN
” " PUNCT 12 punct ''
. . PUNCT 7 punct .
""",
    )
    result = attribute(doc)
    (quote,) = result.quotes
    assert speaker_name(result, quote) == "A source close to the negotiations"


def test_a_clause_after_the_verb_does_not_reach_back_to_its_speaker() -> None:
    """The parse makes "author" the subject of the reported clause and "governments" the
    verb's iobj: the report starts after the verb, with "governments" as its subject."""
    text = (
        "Its author, Itzel Villarente, said governments in the region had “looked the "
        "other way” because cheap fish kept their canneries open."
    )
    doc = parse_by_hand(
        text,
        """
Its its PRON 2 nmod:poss PRP$
author author NOUN 14 nsubj NN
, , PUNCT 4 punct ,
Itzel Itzel PROPN 2 appos NNP
Villarente Villarente PROPN 4 flat NNP
, , PUNCT 4 punct ,
said say VERB 0 root VBD
governments government NOUN 7 iobj NNS
in in ADP 11 case IN
the the DET 11 det DT
region region NOUN 8 nmod NN
had have AUX 14 aux VBD
“ " PUNCT 14 punct ''
looked look VERB 7 ccomp VBD
the the DET 17 det DT
other other ADJ 17 amod JJ
way way NOUN 14 obj NN
” " PUNCT 14 punct ``
because because SCONJ 22 mark IN
cheap cheap ADJ 21 amod JJ
fish fish NOUN 22 nsubj NN
kept keep VERB 14 advcl VBD
their their PRON 24 nmod:poss PRP$
canneries canneries NOUN 22 obj NNS
open open ADJ 22 xcomp JJ
. . PUNCT 7 punct .
""",
    )
    result = attribute(doc)
    (quote,) = result.quotes
    assert quote.type is QuoteType.MIXED
    assert quote.content_text.startswith("governments in the region had “looked")
    assert speaker_name(result, quote) == "Itzel Villarente"


def test_a_conjunct_after_the_object_is_the_reported_clause() -> None:
    """Scientists say a daily portion ... may cut the risk, with "may cut" parsed as the
    verb's conjunct: the object and the conjunct are the report, up to the writer's clause."""
    text = (
        "Scientists say a daily portion of beans, lentils or chickpeas may cut the risk "
        "of type 2 diabetes by almost a fifth, after a study that followed 41,000 "
        "adults for eleven years."
    )
    doc = parse_by_hand(
        text,
        """
Scientists scientist NOUN 2 nsubj NNS
say say VERB 0 root VBP
a a DET 5 det DT
daily daily ADJ 5 amod JJ
portion portion NOUN 2 obj NN
of of ADP 7 case IN
beans bean NOUN 5 nmod NNS
, , PUNCT 9 punct ,
lentils lentils NOUN 7 conj NNS
or or CCONJ 11 cc CC
chickpeas chickpeas NOUN 9 conj NNS
may may AUX 13 aux MD
cut cut VERB 2 conj VB
the the DET 15 det DT
risk risk NOUN 13 obj NN
of of ADP 17 case IN
type type NOUN 15 nmod NN
2 2 NUM 19 nummod CD
diabetes diabetes NOUN 15 nmod NNS
by by ADP 23 case IN
almost almost ADV 23 advmod RB
a a DET 23 det DT
fifth fifth NOUN 13 obl NN
, , PUNCT 27 punct ,
after after ADP 27 case IN
a a DET 27 det DT
study study NOUN 23 nmod NN
that that PRON 29 nsubj WDT
followed follow VERB 27 acl:relcl VBD
41,000 41,000 NUM 31 nummod CD
adults adult NOUN 29 obj NNS
for for ADP 34 case IN
eleven eleven NUM 34 nummod CD
years year NOUN 29 obl NNS
. . PUNCT 2 punct .
""",
    )
    result = attribute(doc)
    (quote,) = result.quotes
    assert quote.content_text.startswith("a daily portion of beans")
    assert quote.content_text.endswith("by almost a fifth")
    assert speaker_name(result, quote) == "Scientists"


def test_a_trailing_report_by_a_name_with_an_apposition_before_the_verb() -> None:
    """..., SNCF, the state-owned rail operator, said on Tuesday: the name before its
    apposition speaks, and the clause before it is the report."""
    text = (
        "Nine out of ten high-speed trains will be cancelled on Thursday as rail "
        "workers walk out over changes to their pensions, SNCF, the state-owned rail "
        "operator, said on Tuesday."
    )
    doc = parse_by_hand(
        text,
        """
Nine Nine NUM 11 nsubj:pass CD
out out ADP 8 case RP
of of ADP 8 case IN
ten ten NUM 8 nummod CD
high high ADJ 7 amod JJ
- - PUNCT 5 punct HYPH
speed speed NOUN 8 compound NN
trains train NOUN 1 nmod NNS
will will AUX 11 aux MD
be be AUX 11 aux:pass VB
cancelled cancel VERB 34 ccomp VBN
on on ADP 13 case IN
Thursday Thursday PROPN 11 obl NNP
as as ADP 16 case IN
rail rail ADJ 16 compound JJ
workers worker NOUN 17 nsubj NNS
walk walk VERB 11 advcl VB
out out ADP 17 compound:prt RP
over over ADP 20 case IN
changes change NOUN 17 obl NNS
to to ADP 23 case IN
their their PRON 23 nmod:poss PRP$
pensions pensions NOUN 20 nmod NNS
, , PUNCT 25 punct ,
SNCF SNCF PROPN 23 conj NNP
, , PUNCT 32 punct ,
the the DET 32 det DT
state state NOUN 30 compound NN
- - PUNCT 28 punct HYPH
owned own VERB 32 amod VBN
rail rail NOUN 32 compound NN
operator operator NOUN 23 conj NN
, , PUNCT 11 punct ,
said say VERB 0 root VBD
on on ADP 36 case IN
Tuesday Tuesday PROPN 34 obl NNP
. . PUNCT 34 punct .
""",
    )
    result = attribute(doc)
    (quote,) = result.quotes
    assert quote.content_text.startswith("Nine out of ten high-speed trains")
    assert quote.content_text.endswith("changes to their pensions")
    assert speaker_name(result, quote) == "SNCF"


def test_the_writers_clause_ends_a_report_even_when_the_parse_leaves_it_out() -> None:
    """urged residents to keep children indoors, as smoke ... pushed air quality ...: the
    "as" clause is missing from the parse's subtree but its verb's words are in it."""
    text = (
        "On Tuesday, health officials in Minnesota urged residents to keep children and "
        "older relatives indoors, as smoke from hundreds of wildfires pushed air "
        "quality to its worst level on record."
    )
    doc = parse_by_hand(
        text,
        """
On on ADP 2 case IN
Tuesday Tuesday PROPN 8 obl NNP
, , PUNCT 2 punct ,
health health NOUN 5 compound NN
officials official NOUN 8 nsubj NNS
in in ADP 7 case IN
Minnesota Minnesota PROPN 5 nmod NNP
urged urge VERB 0 root VBD
residents resident NOUN 8 obj NNS
to to PART 11 mark TO
keep keep VERB 8 xcomp VB
children child NOUN 11 obj NNS
and and CCONJ 15 cc CC
older old ADJ 15 amod JJR
relatives relative NOUN 12 conj NNS
indoors indoors NOUN 11 xcomp NNS
, , PUNCT 19 punct ,
as as SCONJ 19 case IN
smoke smoke NOUN 8 obl NN
from from ADP 21 case IN
hundreds hundred NOUN 19 nmod NNS
of of ADP 23 case IN
wildfires wildfires NOUN 21 nmod NNS
pushed push VERB 8 advcl VBN
air air NOUN 26 compound NN
quality quality NOUN 24 obj NN
to to ADP 30 case IN
its its PRON 30 nmod:poss PRP$
worst bad ADJ 30 amod JJS
level level NOUN 26 nmod NN
on on ADP 32 case IN
record record NOUN 30 nmod NN
. . PUNCT 8 punct .
""",
    )
    result = attribute(doc)
    (quote,) = result.quotes
    assert quote.content_text == "residents to keep children and older relatives indoors"


def test_administrator_is_a_title() -> None:
    """Administrator Radek Sorensby said: the title is the role."""
    text = "Administrator Radek Sorensby said the agency was 1,200 controllers short."
    doc = parse_by_hand(
        text,
        """
Administrator administrator PROPN 4 nsubj NNP
Radek Radek PROPN 4 nsubj NNP
Sorensby Sorensby PROPN 2 flat NNP
said say VERB 0 root VBD
the the DET 6 det DT
agency agency NOUN 10 nsubj NN
was be AUX 10 cop VBD
1,200 1200 NUM 9 nummod CD
controllers controller NOUN 10 obl:unmarked NNS
short short ADJ 4 ccomp JJ
. . PUNCT 4 punct .
""",
    )
    result = attribute(doc)
    (quote,) = result.quotes
    assert speaker_name(result, quote) == "Radek Sorensby"


def test_a_modal_conjunct_continues_the_report_and_described_as_runs_to_the_closing_mark() -> None:
    """said she was “calm, mostly” and would accept ...: "would accept" (hung from "said")
    goes on with the report; described the campaign as “... of my life”: to the mark."""
    text = (
        "Mulvihill said she was “calm, mostly” and would accept whatever the recount "
        "showed. She described the campaign as “the hardest and best six weeks of my "
        "life”."
    )
    doc = parse_by_hand(
        text,
        """
Mulvihill Mulvihill PROPN 2 nsubj NNP
said say VERB 0 root VBD
she she PRON 6 nsubj PRP
was be AUX 6 cop VBD
“ " PUNCT 6 punct ``
calm calm ADJ 2 ccomp JJ
, , PUNCT 8 punct ,
mostly mostly ADV 12 advmod RB
” " PUNCT 6 punct ``
and and CCONJ 12 cc CC
would would AUX 12 aux MD
accept accept VERB 2 conj VB
whatever whatever PRON 12 obj WP
the the DET 15 det DT
recount recount NOUN 16 nsubj:pass NN
showed show VERB 13 acl:relcl VBD
. . PUNCT 2 punct .

She she PRON 2 nsubj PRP
described describe VERB 0 root VBD
the the DET 4 det DT
campaign campaign NOUN 2 obj NN
as as ADP 8 case IN
“ " PUNCT 8 punct ``
the the DET 8 det DT
hardest hard ADJ 2 obl JJS
and and CCONJ 10 cc CC
best good ADJ 8 conj JJS
six six NUM 12 nummod CD
weeks week NOUN 2 obl NNS
of of ADP 15 case IN
my my PRON 15 nmod:poss PRP$
life life NOUN 12 nmod NN
” " PUNCT 12 punct ''
. . PUNCT 2 punct .
""",
    )
    result = attribute(doc)
    first, second = result.quotes
    assert first.content_text.endswith("and would accept whatever the recount showed")
    assert second.type is QuoteType.MIXED
    assert second.content_text.endswith("six weeks of my life”")


def test_a_promise_after_a_passive_election_is_the_electeds() -> None:
    """was elected ..., promising its members that ...: the subject of the passive speaks."""
    text = (
        "Montserrat Cabañero was elected president of Deportivo Valdoria on Sunday, "
        "promising its members that the club would «never again be sold to a stranger»."
    )
    doc = parse_by_hand(
        text,
        """
Montserrat Montserrat PROPN 2 nmod:desc NNP
Cabañero Cabañero PROPN 4 nsubj:pass NNP
was be AUX 4 aux:pass VBD
elected elect VERB 0 root VBN
president president NOUN 4 obj NN
of of ADP 7 case IN
Deportivo Deportivo PROPN 8 compound NNP
Valdoria Valdoria PROPN 5 nmod NNP
on on ADP 10 case IN
Sunday Sunday PROPN 4 obl NNP
, , PUNCT 12 punct ,
promising promise VERB 4 advcl VBG
its its PRON 14 nmod:poss PRP$
members member NOUN 12 obj NNS
that that SCONJ 23 mark IN
the the DET 17 det DT
club club NOUN 23 nsubj:pass NN
would would AUX 23 aux MD
« " PUNCT 23 punct ``
never never ADV 23 advmod RB
again again ADV 23 advmod RB
be be AUX 23 aux:pass VB
sold sell VERB 14 acl:relcl VBN
to to ADP 26 case IN
a a DET 26 det DT
stranger stranger NOUN 23 obl NN
» " PUNCT 23 punct ''
. . PUNCT 4 punct .
""",
    )
    result = attribute(doc)
    (quote,) = result.quotes
    assert speaker_name(result, quote) == "Montserrat Cabañero"


def test_a_trailing_report_ends_before_the_writers_participle_clause() -> None:
    """..., the Arts Council of Merrowshire confirmed on Wednesday, ending six decades ...:
    the participle clause is the writer's."""
    text = (
        "The Ferryman Theatre in Ashenby will lose its entire £410,000 annual grant "
        "from April, the Arts Council of Merrowshire confirmed on Wednesday, ending six "
        "decades of public funding for the venue."
    )
    doc = parse_by_hand(
        text,
        """
The the DET 3 det DT
Ferryman Ferryman PROPN 3 compound NNP
Theatre Theatre PROPN 7 nsubj NNP
in in ADP 5 case IN
Ashenby Ashenby PROPN 3 nmod NNP
will will AUX 7 aux MD
lose lose VERB 0 root VB
its its PRON 12 nmod:poss PRP$
entire entire ADJ 12 amod JJ
£410,000 £410,000 NUM 12 compound CD
annual annual ADJ 12 amod JJ
grant grant NOUN 7 obj NN
from from ADP 14 case IN
April April PROPN 7 obl NNP
, , PUNCT 18 punct ,
the the DET 18 det DT
Arts Art PROPN 18 compound NNPS
Council Council PROPN 21 nsubj NNP
of of ADP 20 case IN
Merrowshire Merrowshire PROPN 18 nmod NNP
confirmed confirm VERB 7 advcl VBD
on on ADP 23 case IN
Wednesday Wednesday PROPN 21 obl NNP
, , PUNCT 25 punct ,
ending end VERB 21 advcl VBG
six six NUM 27 nummod CD
decades decade NOUN 25 obj NNS
of of ADP 30 case IN
public public ADJ 30 amod JJ
funding funding NOUN 27 nmod NN
for for ADP 33 case IN
the the DET 33 det DT
venue venue NOUN 25 obl NN
. . PUNCT 7 punct .
""",
    )
    result = attribute(doc)
    (quote,) = result.quotes
    assert quote.content_text.startswith("The Ferryman Theatre in Ashenby will lose")
    assert speaker_name(result, quote) == "Arts Council of Merrowshire"


def test_a_name_set_off_before_the_verb_beats_an_inherited_subject() -> None:
    """..., and their captain, Tafadzwa Chidzikwe, admitted: not "Zimbabwe", the subject
    the parse let the verb inherit from the first clause."""
    text = (
        "Zimbabwe were bowled out for 143 on Saturday, leaving New Zealand needing just "
        "96 to win, and their captain, Tafadzwa Chidzikwe, admitted his side had "
        "'nothing left to lose'."
    )
    doc = parse_by_hand(
        text,
        """
Zimbabwe Zimbabwe PROPN 3 nsubj:pass NNP
were be AUX 3 aux:pass VBD
bowled bowled VERB 0 root VBN
out out ADP 3 compound:prt RP
for for ADP 6 case IN
143 143 NUM 3 obl CD
on on ADP 8 case IN
Saturday Saturday PROPN 3 obl NNP
, , PUNCT 10 punct ,
leaving leave VERB 3 advcl VBG
New New ADJ 12 amod JJ
Zealand Zealand PROPN 10 obj NNP
needing need VERB 10 xcomp VBG
just just ADV 15 advmod RB
96 96 NUM 13 obj CD
to to PART 17 mark TO
win win VERB 13 advcl VB
, , PUNCT 26 punct ,
and and CCONJ 21 cc CC
their their PRON 21 nmod:poss PRP$
captain captain NOUN 17 conj NN
, , PUNCT 23 punct ,
Tafadzwa Tafadzwa PROPN 21 appos NNP
Chidzikwe Chidzikwe PROPN 23 flat NNP
, , PUNCT 26 punct ,
admitted admit VERB 3 conj VBD
his his PRON 28 nmod:poss PRP$
side side NOUN 26 obj NN
had have VERB 26 ccomp VBD
' ' PUNCT 31 punct ``
nothing nothing PRON 32 nsubj NN
left leave VERB 26 ccomp VBD
to to PART 34 mark TO
lose lose VERB 32 xcomp VB
' ' PUNCT 32 punct ''
. . PUNCT 3 punct .
""",
    )
    result = attribute(doc)
    (quote,) = result.quotes
    assert speaker_name(result, quote) == "Tafadzwa Chidzikwe"


def test_of_two_subjects_the_name_speaks() -> None:
    """Passing sentence, Harrowby told Pritchley: the parse makes both subjects."""
    text = (
        'Passing sentence, Harrowby told Pritchley: "You put profit before the lives of '
        'the people who were paying you."'
    )
    doc = parse_by_hand(
        text,
        """
Passing Passing VERB 2 amod VBG
sentence sentence NOUN 5 nsubj NN
, , PUNCT 2 punct ,
Harrowby Harrowby PROPN 5 nsubj NNP
told tell VERB 0 root VBD
Pritchley Pritchley PROPN 5 iobj NNP
: : PUNCT 10 punct :
" " PUNCT 10 punct ``
You you PRON 10 nsubj PRP
put put VERB 5 ccomp VBP
profit profit VERB 10 obj NN
before before ADP 14 case IN
the the DET 14 det DT
lives life NOUN 10 obl NNS
of of ADP 17 case IN
the the DET 17 det DT
people people NOUN 14 nmod NNS
who who PRON 20 nsubj WP
were be AUX 20 aux VBD
paying pay VERB 17 acl:relcl VBG
you you PRON 20 obj PRP
. . PUNCT 5 punct .
" " PUNCT 10 punct ''
""",
    )
    result = attribute(doc)
    (quote,) = result.quotes
    assert speaker_name(result, quote) == "Harrowby"


def test_the_force_refers_back_to_the_named_constabulary() -> None:
    """ "The force said": a definite description of a body, the named constabulary."""
    text = (
        "Ridgecombe Constabulary launched the campaign on Monday. The force said checks "
        "could take place at any hour of the day."
    )
    doc = parse_by_hand(
        text,
        """
Ridgecombe Ridgecombe PROPN 2 compound NNP
Constabulary Constabulary PROPN 3 nsubj NNP
launched launch VERB 0 root VBD
the the DET 5 det DT
campaign campaign NOUN 3 obj NN
on on ADP 7 case IN
Monday Monday PROPN 3 obl NNP
. . PUNCT 3 punct .

The the DET 2 det DT
force force NOUN 3 nsubj NN
said say VERB 0 root VBD
checks check NOUN 6 nsubj NNS
could could AUX 6 aux MD
take take VERB 3 ccomp VB
place place NOUN 6 obj NN
at at ADP 10 case IN
any any DET 10 det DT
hour hour NOUN 6 obl NN
of of ADP 13 case IN
the the DET 13 det DT
day day NOUN 10 nmod NN
. . PUNCT 3 punct .
""",
    )
    result = attribute(doc)
    (quote,) = result.quotes
    assert speaker_name(result, quote) == "Ridgecombe Constabulary"


def test_a_day_after_a_speakers_phrase_is_no_part_of_it() -> None:
    """The prosecutor's office in Siena on Thursday accused: "on Thursday" says when."""
    text = (
        "The prosecutor's office in Siena on Thursday accused a wine merchant of "
        "passing off cheap wine."
    )
    doc = parse_by_hand(
        text,
        """
The the DET 2 det DT
prosecutor prosecutor NOUN 4 nmod:poss NN
's 's PART 2 case POS
office office NOUN 9 nsubj NN
in in ADP 6 case IN
Siena Siena PROPN 4 nmod NNP
on on ADP 8 case IN
Thursday Thursday PROPN 4 nmod NNP
accused accuse VERB 0 root VBD
a a DET 12 det DT
wine wine NOUN 12 compound NN
merchant merchant NOUN 9 obj NN
of of SCONJ 14 mark IN
passing pass VERB 12 acl VBG
off off ADP 17 case RP
cheap cheap ADJ 17 amod JJ
wine wine NOUN 14 obj NN
. . PUNCT 9 punct .
""",
    )
    result = attribute(doc)
    (quote,) = result.quotes
    assert speaker_name(result, quote) == "The prosecutor's office in Siena"


def test_declined_to_say_reports_nothing() -> None:
    text = "The mayor declined to say how much the bridge would cost."
    doc = parse_by_hand(
        text,
        """
The the DET 2 det DT
mayor mayor NOUN 3 nsubj NN
declined decline VERB 0 root VBD
to to PART 5 mark TO
say say VERB 3 xcomp VB
how how ADV 7 advmod WRB
much much ADJ 11 advmod JJ
the the DET 9 det DT
bridge bridge NOUN 11 nsubj NN
would would AUX 11 aux MD
cost cost VERB 5 ccomp VB
. . PUNCT 3 punct .
""",
    )
    assert attribute(doc).quotes == ()


def test_a_negated_report_reports_nothing_but_a_quotes_own_negation_does_not_count() -> None:
    text = 'The airline did not say when flights would resume. "We could not fly," it wrote.'
    doc = parse_by_hand(
        text,
        """
The the DET 2 det DT
airline airline NOUN 5 nsubj NN
did do AUX 5 aux VBD
not not PART 5 advmod RB
say say VERB 0 root VB
when when ADV 9 advmod WRB
flights flight NOUN 9 nsubj NNS
would would AUX 9 aux MD
resume resume VERB 5 ccomp VB
. . PUNCT 5 punct .

" " PUNCT 5 punct ``
We we PRON 5 nsubj PRP
could could AUX 5 aux MD
not not PART 9 advmod RB
fly fly VERB 9 ccomp VB
, , PUNCT 5 punct ,
" " PUNCT 5 punct ''
it it PRON 9 nsubj PRP
wrote write VERB 0 root VBD
. . PUNCT 9 punct .
""",
    )
    result = attribute(doc)
    (quote,) = result.quotes
    assert quote.type is QuoteType.DIRECT
    assert quote.content_text == "We could not fly,"
    assert quote.cue is not None
    assert quote.cue.text == "wrote"


def test_a_question_put_to_a_noun_is_not_its_report() -> None:
    text = "A nurse, asked whether she felt safe, said nothing."
    doc = parse_by_hand(
        text,
        """
A a DET 2 det DT
nurse nurse NOUN 10 nsubj NN
, , PUNCT 4 punct ,
asked ask VERB 2 acl VBN
whether whether SCONJ 7 mark IN
she she PRON 7 nsubj PRP
felt feel VERB 4 ccomp VBD
safe safe ADJ 7 xcomp JJ
, , PUNCT 4 punct ,
said say VERB 0 root VBD
nothing nothing PRON 10 obj NN
. . PUNCT 10 punct .
""",
    )
    assert attribute(doc).quotes == ()


def test_an_admitted_charge_with_examples_is_an_act_not_a_report() -> None:
    text = "Varga admitted four charges, including stealing a van."
    doc = parse_by_hand(
        text,
        """
Varga Varga PROPN 2 nsubj NNP
admitted admit VERB 0 root VBD
four four NUM 4 nummod CD
charges charge NOUN 2 obj NNS
, , PUNCT 7 punct ,
including include VERB 7 mark VBG
stealing steal VERB 2 advcl VBG
a a DET 9 det DT
van van NOUN 7 obj NN
. . PUNCT 2 punct .
""",
    )
    assert attribute(doc).quotes == ()


def test_a_participle_inside_a_promised_object_does_not_make_it_a_clause() -> None:
    text = "The firm has promised 200 jobs and a park funded by the council."
    doc = parse_by_hand(
        text,
        """
The the DET 2 det DT
firm firm NOUN 4 nsubj NN
has have AUX 4 aux VBZ
promised promise VERB 0 root VBN
200 200 NUM 6 nummod CD
jobs job NOUN 4 obj NNS
and and CCONJ 9 cc CC
a a DET 9 det DT
park park NOUN 6 conj NN
funded fund VERB 9 acl VBN
by by ADP 13 case IN
the the DET 13 det DT
council council NOUN 10 obl:agent NN
. . PUNCT 4 punct .
""",
    )
    assert attribute(doc).quotes == ()


def test_a_title_in_quotation_marks_after_under_the_title_is_not_a_quote() -> None:
    text = "The report came out under the title “Rivers at risk: a survey of fish stocks”."
    doc = parse_by_hand(
        text,
        """
The the DET 2 det DT
report report NOUN 3 nsubj NN
came come VERB 0 root VBD
out out ADP 3 compound:prt RP
under under ADP 7 case IN
the the DET 7 det DT
title title NOUN 3 obl NN
“ “ PUNCT 9 punct ``
Rivers Rivers PROPN 7 appos NNPS
at at ADP 11 case IN
risk risk NOUN 9 nmod NN
: : PUNCT 14 punct :
a a DET 14 det DT
survey survey NOUN 9 appos NN
of of ADP 17 case IN
fish fish NOUN 17 compound NN
stocks stock NOUN 14 nmod NNS
” ” PUNCT 9 punct ''
. . PUNCT 3 punct .
""",
    )
    assert attribute(doc).quotes == ()


def test_a_passive_naming_with_no_agent_reports_nothing() -> None:
    text = "Fatigue is often called a “hidden hazard” on the roads."
    doc = parse_by_hand(
        text,
        """
Fatigue fatigue NOUN 4 nsubj:pass NN
is be AUX 4 aux:pass VBZ
often often ADV 4 advmod RB
called call VERB 0 root VBN
a a DET 8 det DT
“ “ PUNCT 8 punct ``
hidden hidden ADJ 8 amod JJ
hazard hazard NOUN 4 xcomp NN
” ” PUNCT 8 punct ''
on on ADP 12 case IN
the the DET 12 det DT
roads road NOUN 4 obl NNS
. . PUNCT 4 punct .
""",
    )
    assert attribute(doc).quotes == ()


def test_what_someone_can_tell_you_is_not_a_report() -> None:
    text = "Morrow can tell you which birds nest in the valley."
    doc = parse_by_hand(
        text,
        """
Morrow Morrow PROPN 3 nsubj NNP
can can AUX 3 aux MD
tell tell VERB 0 root VB
you you PRON 3 iobj PRP
which which DET 6 det WDT
birds bird NOUN 7 nsubj NNS
nest nest VERB 3 ccomp VBP
in in ADP 10 case IN
the the DET 10 det DT
valley valley NOUN 7 obl NN
. . PUNCT 3 punct .
""",
    )
    assert attribute(doc).quotes == ()


def test_a_second_that_clause_after_but_goes_on_with_the_report() -> None:
    text = "The Met Office said the rain had eased, but that rivers could still rise."
    doc = parse_by_hand(
        text,
        """
The the DET 3 det DT
Met Met VERB 3 compound VBN
Office Office PROPN 4 nsubj NNP
said say VERB 0 root VBD
the the DET 6 det DT
rain rain NOUN 8 nsubj NN
had have AUX 8 aux VBD
eased ease VERB 4 ccomp VBN
, , PUNCT 15 punct ,
but but CCONJ 15 cc CC
that that PRON 12 nsubj DT
rivers river NOUN 15 nsubj NNS
could could AUX 15 aux MD
still still ADV 15 advmod RB
rise rise VERB 4 conj VB
. . PUNCT 4 punct .
""",
    )
    result = attribute(doc)
    (quote,) = result.quotes
    assert quote.content_text == "the rain had eased, but that rivers could still rise"
    # "Met", tagged a verb, is still part of the name it modifies as a compound.
    assert speaker_name(result, quote) == "Met Office"


def test_a_hyphenated_adjective_stays_in_an_anonymous_speaker() -> None:
    text = "The dam is sound, a Dutch-Belgian engineering team reported."
    doc = parse_by_hand(
        text,
        """
The the DET 2 det DT
dam dam NOUN 4 nsubj NN
is be AUX 4 cop VBZ
sound sound ADJ 0 root JJ
, , PUNCT 12 punct ,
a a DET 11 det DT
Dutch Dutch ADJ 9 amod JJ
- - PUNCT 7 punct HYPH
Belgian Belgian ADJ 11 amod JJ
engineering engineering NOUN 11 compound NN
team team NOUN 12 nsubj NN
reported report VERB 4 parataxis VBD
. . PUNCT 4 punct .
""",
    )
    result = attribute(doc)
    (quote,) = result.quotes
    assert quote.content_text == "The dam is sound"
    assert speaker_name(result, quote) == "a Dutch-Belgian engineering team"


def test_the_rev_before_a_name_is_a_title_of_a_person() -> None:
    text = "The Rev Ada Quill said the roof was safe."
    doc = parse_by_hand(
        text,
        """
The the DET 4 det DT
Rev Rev PROPN 4 compound NNP
Ada Ada PROPN 4 compound NNP
Quill Quill PROPN 5 nsubj NNP
said say VERB 0 root VBD
the the DET 7 det DT
roof roof NOUN 9 nsubj NN
was be AUX 9 cop VBD
safe safe ADJ 5 ccomp JJ
. . PUNCT 5 punct .
""",
    )
    result = attribute(doc)
    (quote,) = result.quotes
    assert speaker_name(result, quote) == "Ada Quill"
    (speaker,) = result.speakers
    assert speaker.kind is SpeakerKind.PERSON


def test_the_journal_refers_to_a_named_journal_many_sentences_back() -> None:
    filler = " It rained." * 7
    text = (
        f"The results appeared in the Harwell Journal of Medicine.{filler}"
        " The journal said the trial was sound."
    )
    rain = "\nIt it PRON 2 nsubj PRP\nrained rain VERB 0 root VBD\n. . PUNCT 2 punct .\n"
    doc = parse_by_hand(
        text,
        """
The the DET 2 det DT
results result NOUN 3 nsubj NNS
appeared appear VERB 0 root VBD
in in ADP 7 case IN
the the DET 7 det DT
Harwell Harwell PROPN 7 compound NNP
Journal Journal PROPN 3 obl NNP
of of ADP 9 case IN
Medicine Medicine PROPN 7 nmod NNP
. . PUNCT 3 punct .
"""
        + rain * 7
        + """
The the DET 2 det DT
journal journal NOUN 3 nsubj NN
said say VERB 0 root VBD
the the DET 5 det DT
trial trial NOUN 7 nsubj NN
was be AUX 7 cop VBD
sound sound ADJ 3 ccomp JJ
. . PUNCT 3 punct .
""",
    )
    result = attribute(doc)
    (quote,) = result.quotes
    assert quote.content_text == "the trial was sound"
    assert speaker_name(result, quote) == "Harwell Journal of Medicine"


def test_a_proper_adjective_is_no_speaker_and_and_she_ends_the_report() -> None:
    text = (
        "Ada Venn, the biologist who mapped the Cornish coast and wrote a field guide, has "
        'died. She once told a reporter that the sea had "better manners than most '
        'committees", and she spent years fighting them.'
    )
    doc = parse_by_hand(
        text,
        """
Ada Ada PROPN 18 nsubj NNP
Venn Venn PROPN 1 flat NNP
, , PUNCT 5 punct ,
the the DET 5 det DT
biologist biologist NOUN 1 appos NN
who who PRON 7 nsubj WP
mapped map VERB 5 acl:relcl VBD
the the DET 10 det DT
Cornish Cornish ADJ 10 amod NNP
coast coast NOUN 7 obj NN
and and CCONJ 12 cc CC
wrote write VERB 7 conj VBD
a a DET 15 det DT
field field NOUN 15 compound NN
guide guide NOUN 12 obj NN
, , PUNCT 1 punct ,
has have AUX 18 aux VBZ
died die VERB 0 root VBN
. . PUNCT 18 punct .

She she PRON 3 nsubj PRP
once once ADV 3 advmod RB
told tell VERB 0 root VBD
a a DET 5 det DT
reporter reporter NOUN 3 iobj NN
that that SCONJ 9 mark IN
the the DET 8 det DT
sea sea NOUN 9 nsubj NN
had have VERB 3 ccomp VBD
" " PUNCT 12 punct ``
better good ADJ 12 amod JJR
manners manners NOUN 9 obj NNS
than than ADP 15 case IN
most most ADJ 15 amod JJS
committees committee NOUN 12 nmod NNS
" " PUNCT 12 punct ''
, , PUNCT 20 punct ,
and and CCONJ 20 cc CC
she she PRON 20 nsubj PRP
spent spend VERB 3 conj VBD
years year NOUN 20 obj NNS
fighting fight VERB 20 xcomp VBG
them they PRON 22 obj PRP
. . PUNCT 3 punct .
""",
    )
    result = attribute(doc)
    (quote,) = result.quotes
    # "and she spent ...", coordinated with "told" itself, is the writer's next statement.
    assert quote.content_text == 'the sea had "better manners than most committees"'
    # "Cornish" (an adjective on "coast") is no candidate for "who ... wrote" or "She".
    assert speaker_name(result, quote) == "Ada Venn"


def test_a_title_word_opening_a_body_s_name_does_not_make_it_a_person() -> None:
    text = "The Health Service Executive said the water was safe."
    doc = parse_by_hand(
        text,
        """
The the DET 4 det DT
Health Health PROPN 4 compound NNP
Service Service PROPN 4 compound NNP
Executive Executive PROPN 5 nsubj NNP
said say VERB 0 root VBD
the the DET 7 det DT
water water NOUN 9 nsubj NN
was be AUX 9 cop VBD
safe safe ADJ 5 ccomp JJ
. . PUNCT 5 punct .
""",
    )
    result = attribute(doc)
    (quote,) = result.quotes
    assert speaker_name(result, quote) == "Health Service Executive"
    (speaker,) = result.speakers
    assert speaker.kind is SpeakerKind.ORGANIZATION


def test_a_quote_after_the_addressee_and_a_colon_is_direct() -> None:
    text = 'The judge asked her: "Were you afraid?"'
    doc = parse_by_hand(
        text,
        """
The the DET 2 det DT
judge judge NOUN 3 nsubj NN
asked ask VERB 0 root VBD
her she PRON 3 iobj PRP
: : PUNCT 9 punct :
" " PUNCT 9 punct ``
Were be AUX 9 cop VBD
you you PRON 9 nsubj PRP
afraid afraid ADJ 3 ccomp JJ
? ? PUNCT 9 punct .
" " PUNCT 9 punct ''
""",
    )
    result = attribute(doc)
    (quote,) = result.quotes
    assert quote.type is QuoteType.DIRECT
    assert quote.content_text == "Were you afraid?"
    assert quote.cue is not None
    assert quote.cue.text == "asked"
    assert speaker_name(result, quote) == "The judge"


def test_according_to_hung_from_a_relative_clause_verb_still_reports_the_sentence() -> None:
    text = (
        "Water use rose 9 per cent above the level engineers had predicted, according to the "
        "Vale Water Board."
    )
    doc = parse_by_hand(
        text,
        """
Water water NOUN 2 compound NN
use use NOUN 3 nsubj NN
rose rise VERB 0 root VBD
9 9 NUM 6 nummod CD
per per ADP 6 case IN
cent cent NOUN 3 obl NN
above above ADP 9 case IN
the the DET 9 det DT
level level NOUN 3 obl NN
engineers engineer NOUN 12 nsubj NNS
had have AUX 12 aux VBD
predicted predict VERB 9 acl:relcl VBN
, , PUNCT 19 punct ,
according accord VERB 19 case VBG
to to ADP 14 fixed IN
the the DET 19 det DT
Vale Vale PROPN 19 compound NNP
Water Water PROPN 19 compound NNP
Board Board PROPN 12 obl NNP
. . PUNCT 3 punct .
""",
    )
    result = attribute(doc)
    (quote,) = result.quotes
    assert quote.content_text == "Water use rose 9 per cent above the level engineers had predicted"
    assert speaker_name(result, quote) == "Vale Water Board"


def test_a_second_subject_of_said_before_the_clause_is_the_clause_s() -> None:
    text = 'A senior banker said traders\' confidence in the plan was "running out".'
    doc = parse_by_hand(
        text,
        """
A a DET 3 det DT
senior senior ADJ 3 amod JJ
banker banker NOUN 4 nsubj NN
said say VERB 0 root VBD
traders trader NOUN 4 iobj NNS
' ' PUNCT 5 case POS
confidence confidence NOUN 4 nsubj NN
in in ADP 10 case IN
the the DET 10 det DT
plan plan NOUN 7 nmod NN
was be AUX 13 aux VBD
" " PUNCT 13 punct ``
running run VERB 4 ccomp VBG
out out ADP 13 compound:prt RP
" " PUNCT 13 punct ''
. . PUNCT 4 punct .
""",
    )
    result = attribute(doc)
    (quote,) = result.quotes
    assert quote.type is QuoteType.MIXED
    assert quote.content_text == 'traders\' confidence in the plan was "running out"'


def test_a_participle_after_an_anonymous_source_stays_in_it_even_as_the_root() -> None:
    text = "Two bankers involved in the sale said the deal would close soon."
    doc = parse_by_hand(
        text,
        """
Two two NUM 2 nummod CD
bankers banker NOUN 3 nsubj NNS
involved involve VERB 0 root VBD
in in ADP 6 case IN
the the DET 6 det DT
sale sale NOUN 3 obl NN
said say VERB 3 advcl VBD
the the DET 9 det DT
deal deal NOUN 11 nsubj NN
would would AUX 11 aux MD
close close VERB 7 ccomp VB
soon soon ADV 11 advmod RB
. . PUNCT 3 punct .
""",
    )
    result = attribute(doc)
    (quote,) = result.quotes
    assert quote.content_text == "the deal would close soon"
    assert speaker_name(result, quote) == "Two bankers involved in the sale"


def test_a_given_name_tagged_as_a_verb_with_its_surname_as_flat_is_a_name() -> None:
    text = "Ottilie Varsk, the union's leader, said members would strike."
    doc = parse_by_hand(
        text,
        """
Ottilie ottilie VERB 9 advcl VBN
Varsk Varsk PROPN 1 flat NNP
, , PUNCT 7 punct ,
the the DET 5 det DT
union union NOUN 7 nmod:poss NN
's 's PART 5 case POS
leader leader NOUN 1 appos NN
, , PUNCT 7 punct ,
said say VERB 0 root VBD
members member NOUN 12 nsubj NNS
would would AUX 12 aux MD
strike strike VERB 9 ccomp VB
. . PUNCT 9 punct .
""",
    )
    result = attribute(doc)
    (quote,) = result.quotes
    assert quote.content_text == "members would strike"
    assert speaker_name(result, quote) == "Ottilie Varsk"


def test_a_role_noun_before_a_name_gives_its_gender_to_a_later_pronoun() -> None:
    text = (
        'Inspector Ilse Thwaite said the road was closed. "He did everything right," said the '
        "cyclist's father, Everett Lusk. She said officers wanted to speak to a witness."
    )
    doc = parse_by_hand(
        text,
        """
Inspector Inspector PROPN 4 nsubj NNP
Ilse Ilse PROPN 1 flat NNP
Thwaite Thwaite PROPN 2 flat NNP
said say VERB 0 root VBD
the the DET 6 det DT
road road NOUN 8 nsubj:pass NN
was be AUX 8 aux:pass VBD
closed close VERB 4 ccomp VBN
. . PUNCT 4 punct .

" " PUNCT 3 punct ``
He he PRON 3 nsubj PRP
did do VERB 8 ccomp VBD
everything everything PRON 3 obj NN
right right ADV 3 advmod RB
, , PUNCT 3 punct ,
" " PUNCT 3 punct ''
said say VERB 0 root VBD
the the DET 10 det DT
cyclist cyclist NOUN 12 nmod:poss NN
's 's PART 10 case POS
father father NOUN 8 nsubj NN
, , PUNCT 14 punct ,
Everett Everett PROPN 12 appos NNP
Lusk Lusk PROPN 14 flat NNP
. . PUNCT 8 punct .

She she PRON 2 nsubj PRP
said say VERB 0 root VBD
officers officer NOUN 4 nsubj NNS
wanted want VERB 2 ccomp VBD
to to PART 6 mark TO
speak speak VERB 4 xcomp VB
to to ADP 9 case IN
a a DET 9 det DT
witness witness NOUN 6 obl NN
. . PUNCT 2 punct .
""",
    )
    result = attribute(doc)
    *_, last = result.quotes
    assert last.content_text == "officers wanted to speak to a witness"
    # "father", before the name, makes Everett Lusk male: "She" is the inspector.
    assert speaker_name(result, last) == "Ilse Thwaite"


def test_a_description_in_apposition_to_a_name_does_not_replace_it() -> None:
    text = "The chairwoman, Rep. Ada Haskell, a Republican from Ohio, said the plan had failed."
    doc = parse_by_hand(
        text,
        """
The the DET 2 det DT
chairwoman chairwoman NOUN 13 nsubj NN
, , PUNCT 4 punct ,
Rep. Rep. PROPN 2 appos NNP
Ada Ada PROPN 4 flat NNP
Haskell Haskell PROPN 4 flat NNP
, , PUNCT 9 punct ,
a a DET 9 det DT
Republican Republican PROPN 4 appos NNP
from from ADP 11 case IN
Ohio Ohio PROPN 9 nmod NNP
, , PUNCT 2 punct ,
said say VERB 0 root VBD
the the DET 15 det DT
plan plan NOUN 17 nsubj NN
had have AUX 17 aux VBD
failed fail VERB 13 ccomp VBN
. . PUNCT 13 punct .
""",
    )
    result = attribute(doc)
    (quote,) = result.quotes
    assert speaker_name(result, quote) == "Ada Haskell"


def test_the_verbs_own_adverbial_before_it_is_never_the_speaker() -> None:
    text = "Ilsa Varnholt, the mayor of Dunmore, on Monday described the plan as “a fantasy”."
    doc = parse_by_hand(
        text,
        """
Ilsa Ilsa PROPN 0 root NNP
Varnholt Varnholt PROPN 1 flat NNP
, , PUNCT 5 punct ,
the the DET 5 det DT
mayor mayor NOUN 1 appos NN
of of ADP 7 case IN
Dunmore Dunmore PROPN 5 nmod NNP
, , PUNCT 11 punct ,
on on ADP 10 case IN
Monday Monday PROPN 11 obl NNP
described describe VERB 1 parataxis VBD
the the DET 13 det DT
plan plan NOUN 11 obj NN
as as ADP 17 case IN
“ “ PUNCT 17 punct ``
a a DET 17 det DT
fantasy fantasy NOUN 11 obl NN
” ” PUNCT 17 punct ''
. . PUNCT 1 punct .
""",
    )
    result = attribute(doc)
    (quote,) = result.quotes
    assert quote.content_text == "the plan as “a fantasy”"
    assert speaker_name(result, quote) == "Ilsa Varnholt"


def test_a_capitalised_word_tagged_as_an_adverb_after_a_given_name_is_the_surname() -> None:
    text = "Asked about it, Tamsin Pengower said the crop was safe."
    doc = parse_by_hand(
        text,
        """
Asked ask VERB 7 advcl VBN
about about ADP 3 case IN
it it PRON 1 obl PRP
, , PUNCT 1 punct ,
Tamsin Tamsin PROPN 7 nsubj NNP
Pengower pengower ADV 7 advmod RB
said say VERB 0 root VBD
the the DET 9 det DT
crop crop NOUN 11 nsubj NN
was be AUX 11 cop VBD
safe safe ADJ 7 ccomp JJ
. . PUNCT 7 punct .
""",
    )
    result = attribute(doc)
    (quote,) = result.quotes
    assert speaker_name(result, quote) == "Tamsin Pengower"


def test_a_weekday_after_an_accusation_is_when_it_was_made() -> None:
    text = "Tenants accused the landlord of “ignoring the damp” on Friday as the council met."
    doc = parse_by_hand(
        text,
        """
Tenants tenant NOUN 2 nsubj NNS
accused accuse VERB 0 root VBD
the the DET 4 det DT
landlord landlord NOUN 2 obj NN
of of ADP 7 mark IN
“ “ PUNCT 7 punct ``
ignoring ignore VERB 4 acl VBG
the the DET 9 det DT
damp damp NOUN 7 obj NN
” ” PUNCT 7 punct ''
on on ADP 12 case IN
Friday Friday PROPN 7 obl NNP
as as ADP 16 mark IN
the the DET 15 det DT
council council NOUN 16 nsubj NN
met meet VERB 7 advcl VBD
. . PUNCT 2 punct .
""",
    )
    result = attribute(doc)
    (quote,) = result.quotes
    assert quote.type is QuoteType.MIXED
    assert quote.content_text == "the landlord of “ignoring the damp”"


def test_a_title_abbreviation_in_the_frame_does_not_end_the_sentence_of_a_split_quote() -> None:
    text = "“We are full,” said Dr. Ann Lee, the chief nurse, “and we are tired.”"
    doc = parse_by_hand(
        text,
        """
“ “ PUNCT 4 punct ``
We we PRON 4 nsubj PRP
are be AUX 4 cop VBP
full full ADJ 7 ccomp JJ
, , PUNCT 4 punct ,
” ” PUNCT 4 punct ''
said say VERB 0 root VBD
Dr. Dr. PROPN 9 nmod:desc NNP
Ann Ann PROPN 7 nsubj NNP
Lee Lee PROPN 9 flat NNP
, , PUNCT 14 punct ,
the the DET 14 det DT
chief chief NOUN 14 compound NN
nurse nurse NOUN 9 appos NN
, , PUNCT 14 punct ,
“ “ PUNCT 20 punct ``
and and CCONJ 20 cc CC
we we PRON 20 nsubj PRP
are be AUX 20 cop VBP
tired tired ADJ 7 conj JJ
. . PUNCT 7 punct .
” ” PUNCT 20 punct ''
""",
    )
    result = attribute(doc)
    (quote,) = result.quotes
    assert (
        quote.content_text == "We are full,” said Dr. Ann Lee, the chief nurse, “and we are tired."
    )
    assert [p.slice(text) for p in quote.quoted_parts] == ["We are full,", "and we are tired."]
    assert speaker_name(result, quote) == "Ann Lee"


def test_a_backshifted_modal_after_but_carries_the_report_on() -> None:
    text = 'Ms Farr said her door was "always open" but the rebate would end in April.'
    doc = parse_by_hand(
        text,
        """
Ms Ms PROPN 3 compound NNP
Farr Farr PROPN 3 nsubj NNP
said say VERB 0 root VBD
her her PRON 5 nmod:poss PRP$
door door NOUN 9 nsubj NN
was be AUX 9 cop VBD
" " PUNCT 9 punct ``
always always ADV 9 advmod RB
open open ADJ 3 ccomp JJ
" " PUNCT 9 punct ''
but but CCONJ 15 cc CC
the the DET 13 det DT
rebate rebate NOUN 15 nsubj NN
would would AUX 15 aux MD
end end VERB 3 conj VB
in in ADP 17 case IN
April April PROPN 15 obl NNP
. . PUNCT 3 punct .
""",
    )
    result = attribute(doc)
    (quote,) = result.quotes
    assert quote.type is QuoteType.MIXED
    assert quote.content_text == 'her door was "always open" but the rebate would end in April'


def test_an_inverted_role_tagged_as_an_adjective_gives_way_to_the_name_after_it() -> None:
    text = "“We are taking it away,” said the firm’s chief executive, Ola Brandt."
    doc = parse_by_hand(
        text,
        """
“ “ PUNCT 5 punct ``
We we PRON 5 nsubj PRP
are be AUX 5 aux VBP
taking take VERB 9 ccomp VBG
it it PRON 4 obj PRP
away away ADV 4 advmod RB
, , PUNCT 4 punct ,
” ” PUNCT 4 punct ''
said say VERB 0 root VBD
the the DET 11 det DT
firm firm NOUN 14 nmod:poss NN
’s 's PART 11 case POS
chief chief NOUN 14 compound NN
executive executive ADJ 9 ccomp JJ
, , PUNCT 16 punct ,
Ola Ola PROPN 14 conj NNP
Brandt Brandt PROPN 16 flat NNP
. . PUNCT 9 punct .
""",
    )
    result = attribute(doc)
    (quote,) = result.quotes
    assert quote.content_text == "We are taking it away,"
    assert speaker_name(result, quote) == "Ola Brandt"


def test_a_subject_the_parse_called_a_clause_is_the_speaker_not_the_report() -> None:
    text = "The 34-year-old, who has led the side since 2021, said he had not yet decided."
    doc = parse_by_hand(
        text,
        """
The the DET 6 det DT
34 34 NUM 4 nummod CD
- - PUNCT 4 punct HYPH
year year NOUN 6 obl:unmarked NN
- - PUNCT 4 punct HYPH
old old ADJ 16 ccomp JJ
, , PUNCT 10 punct ,
who who PRON 10 nsubj WP
has have AUX 10 aux VBZ
led lead VERB 6 acl:relcl VBN
the the DET 12 det DT
side side NOUN 10 obj NN
since since ADP 14 case IN
2021 2021 NUM 10 obl CD
, , PUNCT 6 punct ,
said say VERB 0 root VBD
he he PRON 21 nsubj PRP
had have AUX 21 aux VBD
not not PART 21 advmod RB
yet yet ADV 21 advmod RB
decided decide VERB 16 ccomp VBN
. . PUNCT 16 punct .
""",
    )
    result = attribute(doc)
    (quote,) = result.quotes
    # Not the relative clause before "said", nor "he" (the report's own subject) as speaker.
    assert quote.content_text == "he had not yet decided"
    assert speaker_name(result, quote) == "The 34-year-old"


def test_sentences_inside_a_long_quote_do_not_put_its_speaker_out_of_reach() -> None:
    inner = " ".join(["It rained."] * 7)
    text = f"Ada Venn cooks. “{inner}” she says."
    rain = "It it PRON 2 nsubj PRP\nrained rain VERB 0 root VBD\n. . PUNCT 2 punct .\n\n"
    rows = (
        "Ada Ada PROPN 3 nsubj NNP\nVenn Venn PROPN 1 flat NNP\ncooks cook VERB 0 root VBZ\n"
        ". . PUNCT 3 punct .\n\n"
        "“ “ PUNCT 3 punct ``\nIt it PRON 3 nsubj PRP\nrained rain VERB 0 root VBD\n"
        ". . PUNCT 3 punct .\n\n"
        + rain
        * 5
        + "It it PRON 2 nsubj PRP\nrained rain VERB 7 ccomp VBD\n. . PUNCT 2 punct .\n"
        "” ” PUNCT 2 punct ''\nshe she PRON 7 nsubj PRP\nsays say VERB 0 root VBZ\n"
        ". . PUNCT 7 punct .\n"
    )
    result = attribute(parse_by_hand(text, rows))
    (quote,) = result.quotes
    assert quote.type is QuoteType.DIRECT
    assert speaker_name(result, quote) == "Ada Venn"


def test_a_capitalised_participle_between_name_words_is_part_of_the_name() -> None:
    text = "Fares will rise, according to the Greater Dunmore Combined Authority."
    doc = parse_by_hand(
        text,
        """
Fares fare NOUN 3 nsubj NNS
will will AUX 3 aux MD
rise rise VERB 0 root VB
, , PUNCT 11 punct ,
according accord VERB 11 case VBG
to to ADP 5 fixed IN
the the DET 11 det DT
Greater Greater PROPN 11 amod NNP
Dunmore Dunmore PROPN 11 compound NNP
Combined Combined VERB 11 amod VBN
Authority authority NOUN 3 obl NN
. . PUNCT 3 punct .
""",
    )
    result = attribute(doc)
    (quote,) = result.quotes
    assert quote.content_text == "Fares will rise"
    assert speaker_name(result, quote) == "Greater Dunmore Combined Authority"


def test_a_role_description_is_the_person_named_later_in_that_role() -> None:
    text = (
        "The lights were faulty, a coroner has ruled. The inquest, before the senior coroner "
        "for Dunmore, Ann Ives, ended on Friday."
    )
    doc = parse_by_hand(
        text,
        """
The the DET 2 det DT
lights light NOUN 4 nsubj NNS
were be AUX 4 cop VBD
faulty faulty ADJ 0 root JJ
, , PUNCT 9 punct ,
a a DET 7 det DT
coroner coroner NOUN 9 nsubj NN
has have AUX 9 aux VBZ
ruled rule VERB 4 parataxis VBN
. . PUNCT 4 punct .

The the DET 2 det DT
inquest inquest NOUN 14 nsubj NN
, , PUNCT 7 punct ,
before before ADP 7 case IN
the the DET 7 det DT
senior senior ADJ 7 amod JJ
coroner coroner NOUN 14 obl NN
for for ADP 9 case IN
Dunmore Dunmore PROPN 7 nmod NNP
, , PUNCT 11 punct ,
Ann Ann PROPN 9 conj NNP
Ives Ives PROPN 11 flat NNP
, , PUNCT 11 punct ,
ended end VERB 0 root VBD
on on ADP 16 case IN
Friday Friday PROPN 14 obl NNP
. . PUNCT 14 punct .
""",
    )
    result = attribute(doc)
    (quote,) = result.quotes
    assert quote.content_text == "The lights were faulty"
    assert speaker_name(result, quote) == "Ann Ives"
    (speaker,) = result.speakers
    assert speaker.role == "senior coroner for Dunmore"


def test_according_to_before_a_wh_clause_names_no_source() -> None:
    text = 'The so-called "headroom", which grows according to who is asking, was not found.'
    doc = parse_by_hand(
        text,
        """
The the DET 6 det DT
so so ADV 4 advmod RB
- - PUNCT 4 punct HYPH
called call VERB 6 amod VBN
" " PUNCT 6 punct ``
headroom headroom NOUN 19 nsubj:pass NN
" " PUNCT 6 punct ''
, , PUNCT 10 punct ,
which which PRON 10 nsubj WDT
grows grow VERB 6 acl:relcl VBZ
according accord VERB 15 mark VBG
to to ADP 11 fixed IN
who who PRON 15 nsubj WP
is be AUX 15 aux VBZ
asking ask VERB 10 advcl VBG
, , PUNCT 10 punct ,
was be AUX 19 aux:pass VBD
not not PART 19 advmod RB
found find VERB 0 root VBN
. . PUNCT 19 punct .
""",
    )
    assert attribute(doc).quotes == ()


def test_a_way_of_speaking_is_a_reporting_verb() -> None:
    text = '"Rubbish!" bellowed Ivo Prynne.'
    doc = parse_by_hand(
        text,
        """
" " PUNCT 2 punct ``
Rubbish rubbish NOUN 5 ccomp NN
! ! PUNCT 2 punct .
" " PUNCT 2 punct ''
bellowed bellow VERB 0 root VBD
Ivo Ivo PROPN 5 nsubj NNP
Prynne Prynne PROPN 6 flat NNP
. . PUNCT 5 punct .
""",
    )
    result = attribute(doc)
    (quote,) = result.quotes
    assert quote.content_text == "Rubbish!"
    assert speaker_name(result, quote) == "Ivo Prynne"


def test_a_phone_call_is_not_a_description_but_calling_on_someone_reports() -> None:
    text = (
        "Anyone who saw it should call Dunmore Police on 101, quoting reference 42. "
        "Ann Lowe called on the council to pay for the barriers."
    )
    doc = parse_by_hand(
        text,
        """
Anyone anyone PRON 6 nsubj NN
who who PRON 3 nsubj WP
saw see VERB 1 acl:relcl VBD
it it PRON 3 obj PRP
should should AUX 6 aux MD
call call VERB 0 root VB
Dunmore Dunmore PROPN 8 compound NNP
Police Police PROPN 6 obj NNP
on on ADP 10 case IN
101 101 NUM 6 obl CD
, , PUNCT 12 punct ,
quoting quote VERB 6 advcl VBG
reference reference NOUN 12 obj NN
42 42 NUM 13 nummod CD
. . PUNCT 6 punct .

Ann Ann PROPN 3 nsubj NNP
Lowe Lowe PROPN 1 flat NNP
called call VERB 0 root VBD
on on ADP 6 case IN
the the DET 6 det DT
council council NOUN 3 obl NN
to to PART 8 mark TO
pay pay VERB 6 acl VB
for for ADP 11 case IN
the the DET 11 det DT
barriers barrier NOUN 8 obl NNS
. . PUNCT 3 punct .
""",
    )
    result = attribute(doc)
    (quote,) = result.quotes
    assert quote.content_text == "on the council to pay for the barriers"
    assert speaker_name(result, quote) == "Ann Lowe"


def test_what_someone_calls_a_thing_names_it() -> None:
    text = "The planet lies in what astronomers call the “Goldilocks zone”, where water stays."
    doc = parse_by_hand(
        text,
        """
The the DET 2 det DT
planet planet NOUN 3 nsubj NN
lies lie VERB 0 root VBZ
in in ADP 5 case IN
what what PRON 7 obj WP
astronomers astronomer NOUN 7 nsubj NNS
call call VERB 3 advcl VBP
the the DET 11 det DT
“ “ PUNCT 11 punct ``
Goldilocks Goldilocks PROPN 11 compound NNPS
zone zone NOUN 7 xcomp NN
” ” PUNCT 11 punct ''
, , PUNCT 17 punct ,
where where ADV 17 advmod WRB
water water NOUN 17 nsubj NN
stays stay VERB 11 acl:relcl VBZ
. . PUNCT 3 punct .
""",
    )
    assert attribute(doc).quotes == ()


def test_a_name_hung_from_a_noun_inside_the_role_is_the_speaker() -> None:
    text = "The chair of the Growers' Union, Ann Coombe, warned that farms would close."
    doc = parse_by_hand(
        text,
        """
The the DET 2 det DT
chair chair NOUN 12 nsubj NN
of of ADP 7 case IN
the the DET 7 det DT
Growers Growers PROPN 7 compound NNPS
' ' PUNCT 5 punct ``
Union Union PROPN 2 nmod NNP
, , PUNCT 9 punct ,
Ann Ann PROPN 7 appos NNP
Coombe Coombe PROPN 9 flat NNP
, , PUNCT 2 punct ,
warned warn VERB 0 root VBD
that that SCONJ 17 mark IN
farms farm NOUN 17 nsubj NNS
would would AUX 17 aux MD
close close VERB 12 ccomp VB
. . PUNCT 12 punct .
""",
    )
    result = attribute(doc)
    (quote,) = result.quotes
    assert quote.content_text == "farms would close"
    assert speaker_name(result, quote) == "Ann Coombe"


def test_an_inverted_speaker_described_by_age() -> None:
    text = '"We miss him," said the 61-year-old.'
    doc = parse_by_hand(
        text,
        """
" " PUNCT 3 punct ``
We we PRON 3 nsubj PRP
miss miss VERB 7 ccomp VBP
him he PRON 3 obj PRP
, , PUNCT 3 punct ,
" " PUNCT 3 punct ''
said say VERB 0 root VBD
the the DET 13 det DT
61 61 NUM 11 nummod CD
- - PUNCT 11 punct HYPH
year year NOUN 13 obl:unmarked NN
- - PUNCT 11 punct HYPH
old old ADJ 7 ccomp JJ
. . PUNCT 7 punct .
""",
    )
    result = attribute(doc)
    (quote,) = result.quotes
    assert quote.content_text == "We miss him,"
    assert speaker_name(result, quote) == "the 61-year-old"


def test_the_n_year_old_is_the_person_introduced_with_that_age() -> None:
    text = 'His widow, Ann Cheal, 61, said the road was dark. "We miss him," said the 61-year-old.'
    doc = parse_by_hand(
        text,
        """
His his PRON 2 nmod:poss PRP$
widow widow NOUN 9 nsubj NN
, , PUNCT 4 punct ,
Ann Ann PROPN 2 appos NNP
Cheal Cheal PROPN 4 flat NNP
, , PUNCT 7 punct ,
61 61 NUM 4 amod CD
, , PUNCT 4 punct ,
said say VERB 0 root VBD
the the DET 11 det DT
road road NOUN 13 nsubj NN
was be AUX 13 cop VBD
dark dark ADJ 9 ccomp JJ
. . PUNCT 9 punct .

" " PUNCT 3 punct ``
We we PRON 3 nsubj PRP
miss miss VERB 7 ccomp VBP
him he PRON 3 obj PRP
, , PUNCT 3 punct ,
" " PUNCT 3 punct ''
said say VERB 0 root VBD
the the DET 13 det DT
61 61 NUM 11 nummod CD
- - PUNCT 11 punct HYPH
year year NOUN 13 compound NN
- - PUNCT 11 punct HYPH
old old ADJ 7 ccomp JJ
. . PUNCT 7 punct .
""",
    )
    result = attribute(doc)
    first, second = result.quotes
    assert speaker_name(result, first) == "Ann Cheal"
    assert second.content_text == "We miss him,"
    assert speaker_name(result, second) == "Ann Cheal"


def test_a_gerund_noun_is_no_cue_and_described_as_spans_an_infinitive() -> None:
    text = (
        "She described the choice to keep the stage open in a storm warning as “the hardest call”."
    )
    doc = parse_by_hand(
        text,
        """
She she PRON 2 nsubj PRP
described describe VERB 0 root VBD
the the DET 4 det DT
choice choice NOUN 2 obj NN
to to PART 6 mark TO
keep keep VERB 4 acl VB
the the DET 8 det DT
stage stage NOUN 6 obj NN
open open ADJ 6 xcomp JJ
in in ADP 13 case IN
a a DET 13 det DT
storm storm NOUN 13 compound NN
warning warn VERB 9 obl VBG
as as ADP 18 case IN
“ “ PUNCT 18 punct ``
the the DET 18 det DT
hardest hard ADJ 18 amod JJS
call call NOUN 6 obl NN
” ” PUNCT 18 punct ''
. . PUNCT 2 punct .
""",
    )
    result = attribute(doc)
    (quote,) = result.quotes
    assert quote.type is QuoteType.MIXED
    assert quote.cue is not None
    assert quote.cue.text == "described"
    assert quote.content_text == (
        "the choice to keep the stage open in a storm warning as “the hardest call”"
    )


def test_a_backshifted_had_with_no_subject_carries_the_report_on() -> None:
    text = 'Ms Gale said members had been "treated like hired help" and had learned of it late.'
    doc = parse_by_hand(
        text,
        """
Ms Ms PROPN 2 compound NNP
Gale Gale PROPN 3 nsubj NNP
said say VERB 0 root VBD
members member NOUN 8 nsubj:pass NNS
had have AUX 8 aux VBD
been be AUX 8 aux:pass VBN
" " PUNCT 8 punct ``
treated treat VERB 3 ccomp VBN
like like ADP 11 case IN
hired hire VERB 11 amod VBN
help help NOUN 8 obl NN
" " PUNCT 8 punct ''
and and CCONJ 15 cc CC
had have AUX 15 aux VBD
learned learn VERB 3 conj VBN
of of ADP 17 case IN
it it PRON 15 obl PRP
late late ADV 15 advmod RB
. . PUNCT 3 punct .
""",
    )
    result = attribute(doc)
    (quote,) = result.quotes
    assert quote.content_text == (
        'members had been "treated like hired help" and had learned of it late'
    )


def test_a_surname_tagged_as_a_common_noun_is_the_person_named_before() -> None:
    text = (
        "Octavian Wilmerding is the mayor of Ferrisburg. "
        "Wilmerding, 58, said his rival had never balanced a budget."
    )
    doc = parse_by_hand(
        text,
        """
Octavian Octavian PROPN 5 nsubj NNP
Wilmerding Wilmerding PROPN 1 flat NNP
is be AUX 5 cop VBZ
the the DET 5 det DT
mayor mayor NOUN 0 root NN
of of ADP 7 case IN
Ferrisburg Ferrisburg PROPN 5 nmod NNP
. . PUNCT 5 punct .

Wilmerding Wilmerding NOUN 5 nsubj NN
, , PUNCT 3 punct ,
58 58 NUM 1 appos CD
, , PUNCT 3 punct ,
said say VERB 0 root VBD
his his PRON 7 nmod:poss PRP$
rival rival NOUN 10 nsubj NN
had have AUX 10 aux VBD
never never ADV 10 advmod RB
balanced balance VERB 5 ccomp VBN
a a DET 12 det DT
budget budget NOUN 10 obj NN
. . PUNCT 5 punct .
""",
    )
    result = attribute(doc)
    (quote,) = result.quotes
    speakers = {s.id: s for s in result.speakers}
    speaker = speakers[quote.speaker_id]
    assert speaker.name == "Octavian Wilmerding"
    assert speaker.kind is SpeakerKind.PERSON
    assert len(result.speakers) == 1


def test_an_apposition_role_is_written_as_in_the_text_and_ends_at_its_comma() -> None:
    # The parse hangs the rest of the sentence from the apposition "mayor".
    text = (
        "Octavian Wilmerding, the two-term mayor of Ferrisburg, "
        "on Sunday described the plan as “a fantasy”."
    )
    doc = parse_by_hand(
        text,
        """
Octavian Octavian PROPN 0 root NNP
Wilmerding Wilmerding PROPN 1 flat NNP
, , PUNCT 8 punct ,
the the DET 8 det DT
two two NUM 7 nummod CD
- - PUNCT 5 punct HYPH
term term NOUN 8 compound NN
mayor mayor NOUN 1 appos NN
of of ADP 10 case IN
Ferrisburg Ferrisburg PROPN 8 nmod NNP
, , PUNCT 14 punct ,
on on ADP 13 case IN
Sunday Sunday PROPN 14 obl NNP
described describe VERB 8 acl VBD
the the DET 16 det DT
plan plan NOUN 14 obj NN
as as ADP 20 case IN
“ " PUNCT 20 punct ``
a a DET 20 det DT
fantasy fantasy NOUN 14 obl NN
” " PUNCT 20 punct ''
. . PUNCT 1 punct .
""",
    )
    result = attribute(doc)
    (quote,) = result.quotes
    (speaker,) = result.speakers
    assert quote.speaker_id == speaker.id
    assert speaker.name == "Octavian Wilmerding"
    assert speaker.role == "the two-term mayor of Ferrisburg"


# "Zoë" and "André" are "Zoe" and "Andre" in the census lists.
@pytest.mark.parametrize(("woman", "man"), [("Sigrid", "Tobias"), ("Zoë", "André")])
def test_a_census_given_name_gives_its_gender_to_a_later_pronoun(woman: str, man: str) -> None:
    text = (
        f"{woman} Vance said the pier would reopen in May. {man} Heald, the harbour master, "
        "said repairs had started. She said the council would pay."
    )
    doc = parse_by_hand(
        text,
        f"""
{woman} {woman} PROPN 3 nsubj NNP
Vance Vance PROPN 1 flat NNP
said say VERB 0 root VBD
the the DET 5 det DT
pier pier NOUN 7 nsubj NN
would would AUX 7 aux MD
reopen reopen VERB 3 ccomp VB
in in ADP 9 case IN
May May PROPN 7 obl NNP
. . PUNCT 3 punct .

{man} {man} PROPN 9 nsubj NNP
Heald Heald PROPN 1 flat NNP
, , PUNCT 6 punct ,
the the DET 6 det DT
harbour harbour NOUN 6 compound NN
master master NOUN 1 appos NN
, , PUNCT 6 punct ,
said say VERB 0 root VBD
repairs repair NOUN 11 nsubj NNS
had have AUX 11 aux VBD
started start VERB 8 ccomp VBN
. . PUNCT 8 punct .

She she PRON 2 nsubj PRP
said say VERB 0 root VBD
the the DET 4 det DT
council council NOUN 6 nsubj NN
would would AUX 6 aux MD
pay pay VERB 2 ccomp VB
. . PUNCT 2 punct .
""",
    )
    result = attribute(doc)
    *_, last = result.quotes
    assert last.content_text == "the council would pay"
    # Neither name is in the lexicon's own lists; the census lists make the first a woman's
    # name and the second a man's, so "She" passes over the nearer subject.
    assert speaker_name(result, last) == f"{woman} Vance"


def test_the_first_part_of_a_hyphenated_surname_is_no_given_name() -> None:
    text = (
        "Rosamund Ambrose-Quayle sued the paper. Ambrose-Quayle said the article was false. "
        "Her barrister, Crispin Aldergrove, said it had erred. “They had a story,” he said."
    )
    doc = parse_by_hand(
        text,
        """
Rosamund Rosamund PROPN 5 nsubj NNP
Ambrose Ambrose PROPN 1 flat NNP
- - PUNCT 4 punct HYPH
Quayle Quayle PROPN 1 flat NNP
sued sue VERB 0 root VBD
the the DET 7 det DT
paper paper NOUN 5 obj NN
. . PUNCT 5 punct .

Ambrose Ambrose PROPN 4 nsubj NNP
- - PUNCT 3 punct HYPH
Quayle Quayle PROPN 1 flat NNP
said say VERB 0 root VBD
the the DET 6 det DT
article article NOUN 8 nsubj NN
was be AUX 8 cop VBD
false false ADJ 4 ccomp JJ
. . PUNCT 4 punct .

Her her PRON 2 nmod:poss PRP$
barrister barrister NOUN 8 nsubj NN
, , PUNCT 4 punct ,
Crispin Crispin PROPN 2 appos NNP
Aldergrove Aldergrove PROPN 4 flat NNP
, , PUNCT 4 punct ,
said say VERB 0 root VBD
it it PRON 10 nsubj PRP
had have AUX 11 aux VBD
erred err VERB 8 ccomp VBN
. . PUNCT 8 punct .

“ “ PUNCT 5 punct ``
They they PRON 3 nsubj PRP
had have VERB 0 root VBD
a a DET 5 det DT
story story NOUN 3 obj NN
, , PUNCT 3 punct ,
” ” PUNCT 3 punct ''
he he PRON 9 nsubj PRP
said say VERB 3 parataxis VBD
. . PUNCT 3 punct .
""",
    )
    result = attribute(doc)
    *_, last = result.quotes
    assert last.content_text == "They had a story,"
    # "Ambrose" is a man's name in the census lists, but here it only opens a surname.
    assert speaker_name(result, last) == "Crispin Aldergrove"


def test_a_distinctive_last_word_names_an_organisation_met_before() -> None:
    text = (
        "The Northern Clarion said the line was needed. The Clarion says ministers have "
        "broken a promise."
    )
    doc = parse_by_hand(
        text,
        """
The the DET 3 det DT
Northern Northern PROPN 3 compound NNP
Clarion Clarion PROPN 4 nsubj NNP
said say VERB 0 root VBD
the the DET 6 det DT
line line NOUN 8 nsubj:pass NN
was be AUX 8 aux:pass VBD
needed need VERB 4 ccomp VBN
. . PUNCT 4 punct .

The the DET 2 det DT
Clarion Clarion PROPN 3 nsubj NNP
says say VERB 0 root VBZ
ministers minister NOUN 6 nsubj NNS
have have AUX 6 aux VBP
broken break VERB 3 ccomp VBN
a a DET 8 det DT
promise promise NOUN 6 obj NN
. . PUNCT 3 punct .
""",
    )
    result = attribute(doc)
    first, second = result.quotes
    assert second.content_text == "ministers have broken a promise"
    assert speaker_name(result, second) == speaker_name(result, first) == "Northern Clarion"


def test_the_paper_is_the_nearest_newspaper_named_before() -> None:
    text = (
        "The Sentinel backed the plan. The Morning Post gives its leader to the decision. "
        "The paper says the line was a promise."
    )
    doc = parse_by_hand(
        text,
        """
The the DET 2 det DT
Sentinel Sentinel PROPN 3 nsubj NNP
backed back VERB 0 root VBD
the the DET 5 det DT
plan plan NOUN 3 obj NN
. . PUNCT 3 punct .

The the DET 3 det DT
Morning Morning PROPN 3 compound NNP
Post Post PROPN 4 nsubj NNP
gives give VERB 0 root VBZ
its its PRON 6 nmod:poss PRP$
leader leader NOUN 4 obj NN
to to ADP 9 case IN
the the DET 9 det DT
decision decision NOUN 4 obl NN
. . PUNCT 4 punct .

The the DET 2 det DT
paper paper NOUN 3 nsubj NN
says say VERB 0 root VBZ
the the DET 5 det DT
line line NOUN 8 nsubj NN
was be AUX 8 cop VBD
a a DET 8 det DT
promise promise NOUN 3 ccomp NN
. . PUNCT 3 punct .
""",
    )
    result = attribute(doc)
    (quote,) = result.quotes
    assert quote.content_text == "the line was a promise"
    # "Post" ends a newspaper's name: the Sentinel, untyped and further back, is not meant.
    assert speaker_name(result, quote) == "Morning Post"


def test_a_relative_naming_verb_with_a_definite_quoted_object_names_a_thing() -> None:
    text = (
        "The eruption, which residents still call “the Christmas fire”, destroyed three "
        "houses. The row is over what negotiators on both sides now call the «cheese clause»."
    )
    doc = parse_by_hand(
        text,
        """
The the DET 2 det DT
eruption eruption NOUN 14 nsubj NN
, , PUNCT 7 punct ,
which which PRON 7 obj WDT
residents resident NOUN 7 nsubj NNS
still still ADV 7 advmod RB
call call VERB 2 acl:relcl VBP
“ " PUNCT 11 punct ``
the the DET 11 det DT
Christmas Christmas PROPN 11 compound NNP
fire fire NOUN 7 xcomp NN
” " PUNCT 11 punct ''
, , PUNCT 7 punct ,
destroyed destroy VERB 0 root VBD
three three NUM 16 nummod CD
houses house NOUN 14 obj NNS
. . PUNCT 14 punct .

The the DET 2 det DT
row row NOUN 0 root NN
is be AUX 2 cop VBZ
over over ADP 2 case IN
what what PRON 11 obj WP
negotiators negotiator NOUN 11 nsubj NNS
on on ADP 9 case IN
both both DET 9 det DT
sides side NOUN 6 nmod NNS
now now ADV 11 advmod RB
call call VERB 2 acl:relcl VBP
the the DET 15 det DT
« « PUNCT 15 punct ``
cheese cheese NOUN 15 compound NN
clause clause NOUN 11 xcomp NN
» » PUNCT 15 punct ''
. . PUNCT 2 punct .
""",
    )
    # Both quoted phrases are names the speakers use, not things they said.
    assert attribute(doc).quotes == ()


def test_a_relative_clause_whose_gap_is_the_object_reports_nothing() -> None:
    text = "Ostrenia reopened a deal that both sides had agreed in September."
    doc = parse_by_hand(
        text,
        """
Ostrenia Ostrenia PROPN 2 nsubj NNP
reopened reopen VERB 0 root VBD
a a DET 4 det DT
deal deal NOUN 2 obj NN
that that PRON 9 obj WDT
both both DET 7 det DT
sides side NOUN 9 nsubj NNS
had have AUX 9 aux VBD
agreed agree VERB 4 acl:relcl VBN
in in ADP 11 case IN
September September PROPN 9 obl NNP
. . PUNCT 2 punct .
""",
    )
    # "in September" follows the cue but is no clause: the deal is what was agreed.
    assert attribute(doc).quotes == ()


def test_described_as_runs_on_to_a_closing_curly_single_mark() -> None:
    text = "Ada Quill described the plan as ‘a story for which there is, so far, no evidence’."
    doc = parse_by_hand(
        text,
        """
Ada Ada PROPN 3 nsubj NNP
Quill Quill PROPN 1 flat NNP
described describe VERB 0 root VBD
the the DET 5 det DT
plan plan NOUN 3 obj NN
as as ADP 9 case IN
‘ ‘ PUNCT 9 punct ``
a a DET 9 det DT
story story NOUN 3 obl NN
for for ADP 11 case IN
which which PRON 13 obl WDT
there there PRON 13 expl EX
is be VERB 9 acl:relcl VBZ
, , PUNCT 16 punct ,
so so ADV 16 advmod RB
far far ADV 13 advmod RB
, , PUNCT 19 punct ,
no no DET 19 det DT
evidence evidence NOUN 3 parataxis NN
’ ’ PUNCT 19 punct ''
. . PUNCT 3 punct .
""",
    )
    result = attribute(doc)
    (quote,) = result.quotes
    # The parse hangs "no evidence" from the verb; the quotation marks still hold it.
    assert quote.type is QuoteType.MIXED
    assert quote.content_text == "the plan as ‘a story for which there is, so far, no evidence’"
    assert speaker_name(result, quote) == "Ada Quill"


def test_briefed_after_a_noun_describes_the_source_and_is_no_cue() -> None:
    text = "The row flared up again, according to a diplomat briefed on the talks."
    doc = parse_by_hand(
        text,
        """
The the DET 2 det DT
row row NOUN 3 nsubj NN
flared flare VERB 0 root VBD
up up ADP 3 compound:prt RP
again again ADV 3 advmod RB
, , PUNCT 11 punct ,
according accord VERB 10 case VBG
to to ADP 7 fixed IN
a a DET 10 det DT
diplomat diplomat NOUN 11 obl NN
briefed brief VERB 3 advcl VBN
on on ADP 14 case IN
the the DET 14 det DT
talks talk NOUN 11 obl NNS
. . PUNCT 3 punct .
""",
    )
    result = attribute(doc)
    (quote,) = result.quotes
    assert quote.content_text == "The row flared up again"
    assert quote.cue is not None
    assert quote.cue.text == "according to"
    assert speaker_name(result, quote) == "a diplomat briefed on the talks"


def test_a_name_kept_in_its_own_language_after_a_relative_that() -> None:
    text = "The slide broke away on a slope that local skiers call «le Toboggan»."
    doc = parse_by_hand(
        text,
        """
The the DET 2 det DT
slide slide NOUN 3 nsubj NN
broke break VERB 0 root VBD
away away ADV 3 advmod RB
on on ADP 7 case IN
a a DET 7 det DT
slope slope NOUN 3 obl NN
that that PRON 11 obj WDT
local local ADJ 10 amod JJ
skiers skier NOUN 11 nsubj NNS
call call VERB 7 acl:relcl VBP
« « PUNCT 14 punct ``
le le X 14 det FW
Toboggan Toboggan PROPN 11 xcomp NNP
» » PUNCT 14 punct ''
. . PUNCT 3 punct .
""",
    )
    # The skiers' name for the slope, not something they said.
    assert attribute(doc).quotes == ()


def test_a_one_word_name_after_a_preposition_of_place_is_no_one_to_refer_to() -> None:
    text = (
        "The list includes Kirsteen Sinnott, 71, from Inverdorran. "
        "“I used to walk the dog,” she said."
    )
    doc = parse_by_hand(
        text,
        """
The the DET 2 det DT
list list NOUN 3 nsubj NN
includes include VERB 0 root VBZ
Kirsteen Kirsteen PROPN 3 obj NNP
Sinnott Sinnott PROPN 4 flat NNP
, , PUNCT 7 punct ,
71 71 NUM 4 nmod:unmarked CD
, , PUNCT 10 punct ,
from from ADP 10 case IN
Inverdorran Inverdorran PROPN 4 nmod NNP
. . PUNCT 3 punct .

“ “ PUNCT 3 punct ``
I I PRON 3 nsubj PRP
used use VERB 0 root VBD
to to PART 5 mark TO
walk walk VERB 3 xcomp VB
the the DET 7 det DT
dog dog NOUN 5 obj NN
, , PUNCT 3 punct ,
” ” PUNCT 3 punct ''
she she PRON 11 nsubj PRP
said say VERB 3 parataxis VBD
. . PUNCT 3 punct .
""",
    )
    result = attribute(doc)
    (quote,) = result.quotes
    # "from Inverdorran" is where she lives: nearer, but a place, not the "she".
    assert speaker_name(result, quote) == "Kirsteen Sinnott"


def test_a_she_in_the_report_of_another_speaker_gives_no_gender() -> None:
    text = "Callum Ryecroft says she can hear a pipe out of tune. “I still cannot,” he says."
    doc = parse_by_hand(
        text,
        """
Callum Callum PROPN 3 nsubj NNP
Ryecroft Ryecroft PROPN 1 flat NNP
says say VERB 0 root VBZ
she she PRON 6 nsubj PRP
can can AUX 6 aux MD
hear hear VERB 3 ccomp VB
a a DET 8 det DT
pipe pipe NOUN 6 obj NN
out out ADP 11 case IN
of of ADP 11 case IN
tune tune NOUN 8 nmod NN
. . PUNCT 3 punct .

“ “ PUNCT 4 punct ``
I I PRON 4 nsubj PRP
still still ADV 4 advmod RB
cannot cannot AUX 0 root MD
, , PUNCT 4 punct ,
” ” PUNCT 4 punct ''
he he PRON 8 nsubj PRP
says say VERB 4 parataxis VBZ
. . PUNCT 4 punct .
""",
    )
    result = attribute(doc)
    *_, last = result.quotes
    assert last.content_text == "I still cannot,"
    # "she" is someone he speaks of, not Ryecroft: he stays a man the "he" can refer to.
    assert speaker_name(result, last) == "Callum Ryecroft"


def test_the_noun_of_an_unlisted_anonymous_source_refers_back_to_it() -> None:
    text = "One Quillfern engineer said the valve had failed. “Everyone knew,” the engineer said."
    doc = parse_by_hand(
        text,
        """
One one NUM 3 nummod CD
Quillfern Quillfern PROPN 3 compound NNP
engineer engineer NOUN 4 nsubj NN
said say VERB 0 root VBD
the the DET 6 det DT
valve valve NOUN 8 nsubj NN
had have AUX 8 aux VBD
failed fail VERB 4 ccomp VBN
. . PUNCT 4 punct .

“ “ PUNCT 3 punct ``
Everyone everyone PRON 3 nsubj NN
knew know VERB 0 root VBD
, , PUNCT 3 punct ,
” ” PUNCT 3 punct ''
the the DET 7 det DT
engineer engineer NOUN 8 nsubj NN
said say VERB 3 parataxis VBD
. . PUNCT 3 punct .
""",
    )
    result = attribute(doc)
    first, second = result.quotes
    assert second.content_text == "Everyone knew,"
    # "engineer" is in no lexicon list: the same noun still finds the anonymous source.
    assert second.speaker_id == first.speaker_id
    assert speaker_name(result, second) == "One Quillfern engineer"


def test_an_indefinite_trustee_is_an_anonymous_source_the_trustee_refers_to() -> None:
    text = "A former trustee said the board had failed. “Nobody asked,” the former trustee said."
    doc = parse_by_hand(
        text,
        """
A a DET 3 det DT
former former ADJ 3 amod JJ
trustee trustee NOUN 4 nsubj NN
said say VERB 0 root VBD
the the DET 6 det DT
board board NOUN 8 nsubj NN
had have AUX 8 aux VBD
failed fail VERB 4 ccomp VBN
. . PUNCT 4 punct .

“ “ PUNCT 3 punct ``
Nobody nobody PRON 3 nsubj NN
asked ask VERB 0 root VBD
, , PUNCT 3 punct ,
” ” PUNCT 3 punct ''
the the DET 8 det DT
former former ADJ 8 amod JJ
trustee trustee NOUN 9 nsubj NN
said say VERB 3 parataxis VBD
. . PUNCT 3 punct .
""",
    )
    result = attribute(doc)
    first, second = result.quotes
    speaker = {s.id: s for s in result.speakers}[first.speaker_id]
    # "-ee" names a person as "-er" does (trustee, employee): an anonymous source.
    assert speaker.kind is SpeakerKind.ANONYMOUS
    assert second.speaker_id == first.speaker_id


def test_a_role_before_a_name_read_by_position_when_the_parse_hangs_it_elsewhere() -> None:
    text = (
        "Television gardener Rosamund Ambrose-Quayle told the court the article was false. "
        "“I grew every one,” the gardener said."
    )
    doc = parse_by_hand(
        text,
        """
Television Television PROPN 2 compound NNP
gardener gardener NOUN 3 nmod:desc NN
Rosamund Rosamund PROPN 7 nsubj NNP
Ambrose Ambrose PROPN 3 flat NNP
- - PUNCT 6 punct HYPH
Quayle Quayle PROPN 7 nsubj NNP
told tell VERB 0 root VBD
the the DET 9 det DT
court court NOUN 7 iobj NN
the the DET 11 det DT
article article NOUN 13 nsubj NN
was be AUX 13 cop VBD
false false ADJ 7 ccomp JJ
. . PUNCT 7 punct .

“ “ PUNCT 5 punct ``
I I PRON 3 nsubj PRP
grew grow VERB 0 root VBD
every every DET 5 det DT
one one NUM 3 obj CD
, , PUNCT 3 punct ,
” ” PUNCT 3 punct ''
the the DET 9 det DT
gardener gardener NOUN 10 nsubj NN
said say VERB 3 parataxis VBD
. . PUNCT 3 punct .
""",
    )
    result = attribute(doc)
    first, second = result.quotes
    speaker = {s.id: s for s in result.speakers}[first.speaker_id]
    assert speaker.name == "Rosamund Ambrose-Quayle"
    assert speaker.role == "Television gardener"
    # The role holds "gardener", so "the gardener" is her.
    assert second.speaker_id == first.speaker_id


def test_an_age_or_a_relative_clause_after_a_name_is_no_role() -> None:
    text = (
        "Tomasz Wierzbicki, 31, said the crane had failed. "
        "Victor Hallam, whose trial opens next month, said he was innocent."
    )
    doc = parse_by_hand(
        text,
        """
Tomasz Tomasz PROPN 6 nsubj NNP
Wierzbicki Wierzbicki PROPN 1 flat NNP
, , PUNCT 4 punct ,
31 31 NUM 1 appos CD
, , PUNCT 4 punct ,
said say VERB 0 root VBD
the the DET 8 det DT
crane crane NOUN 10 nsubj NN
had have AUX 10 aux VBD
failed fail VERB 6 ccomp VBN
. . PUNCT 6 punct .

Victor Victor PROPN 10 nsubj NNP
Hallam Hallam PROPN 1 flat NNP
, , PUNCT 6 punct ,
whose whose PRON 5 nmod:poss WP$
trial trial NOUN 6 nsubj NN
opens open VERB 1 acl:relcl VBZ
next next ADJ 8 amod JJ
month month NOUN 6 obl:tmod NN
, , PUNCT 6 punct ,
said say VERB 0 root VBD
he he PRON 13 nsubj PRP
was be AUX 13 cop VBD
innocent innocent ADJ 10 ccomp JJ
. . PUNCT 10 punct .
""",
    )
    result = attribute(doc)
    roles = {s.name: s.role for s in result.speakers}
    assert roles == {"Tomasz Wierzbicki": "", "Victor Hallam": ""}


def test_a_name_right_before_the_verb_speaks_when_the_parse_gives_no_subject() -> None:
    text = "On Friday morning Nell Gorringe said she was fine."
    doc = parse_by_hand(
        text,
        """
On on ADP 3 case IN
Friday Friday PROPN 3 compound NNP
morning morning NOUN 6 obl NN
Nell Nell PROPN 3 appos NNP
Gorringe Gorringe PROPN 4 flat NNP
said say VERB 0 root VBD
she she PRON 9 nsubj PRP
was be AUX 9 cop VBD
fine fine ADJ 6 ccomp JJ
. . PUNCT 6 punct .
""",
    )
    result = attribute(doc)
    (quote,) = result.quotes
    assert quote.content_text == "she was fine"
    assert speaker_name(result, quote) == "Nell Gorringe"
    # "Friday morning" is when, not who: no role.
    assert {s.name: s.role for s in result.speakers} == {"Nell Gorringe": ""}


def test_a_long_aside_between_speaker_and_verb_keeps_the_quote_attributed() -> None:
    text = (
        '"We could hear children crying before we could see the boat," Lt. Cmdr. Anatole '
        "Vrettakis, who commanded the patrol vessel that reached them first, said by phone."
    )
    doc = parse_by_hand(
        text,
        """
" " PUNCT 4 punct ``
We we PRON 4 nsubj PRP
could could AUX 4 aux MD
hear hear VERB 30 ccomp VB
children child NOUN 4 obj NNS
crying cry VERB 4 xcomp VBG
before before SCONJ 10 mark IN
we we PRON 10 nsubj PRP
could could AUX 10 aux MD
see see VERB 4 advcl VB
the the DET 12 det DT
boat boat NOUN 10 obj NN
, , PUNCT 4 punct ,
" " PUNCT 4 punct ''
Lt. Lt. PROPN 4 vocative NNP
Cmdr. Cmdr. PROPN 15 flat NNP
Anatole Anatole PROPN 15 flat NNP
Vrettakis Vrettakis PROPN 15 flat NNP
, , PUNCT 21 punct ,
who who PRON 21 nsubj WP
commanded command VERB 15 acl:relcl VBD
the the DET 24 det DT
patrol patrol NOUN 24 compound NN
vessel vessel NOUN 21 obj NN
that that PRON 26 nsubj WDT
reached reach VERB 24 acl:relcl VBD
them they PRON 26 obj PRP
first first ADV 26 advmod RB
, , PUNCT 21 punct ,
said say VERB 0 root VBD
by by ADP 32 case IN
phone phone NOUN 30 obl NN
. . PUNCT 30 punct .
""",
    )
    result = attribute(doc)
    (quote,) = result.quotes
    assert quote.type is QuoteType.DIRECT
    # 92 characters from the quote to "said", but the speaker comes right after the quote.
    assert speaker_name(result, quote) == "Anatole Vrettakis"


def test_ranks_written_without_periods_are_titles() -> None:
    text = "Lt Col Marcus Ellingham said the fault was known."
    doc = parse_by_hand(
        text,
        """
Lt Lt PROPN 4 compound NNP
Col Col PROPN 4 compound NNP
Marcus Marcus PROPN 4 compound NNP
Ellingham Ellingham PROPN 5 nsubj NNP
said say VERB 0 root VBD
the the DET 7 det DT
fault fault NOUN 9 nsubj:pass NN
was be AUX 9 aux:pass VBD
known know VERB 5 ccomp VBN
. . PUNCT 5 punct .
""",
    )
    result = attribute(doc)
    (quote,) = result.quotes
    (speaker,) = result.speakers
    assert speaker_name(result, quote) == "Marcus Ellingham"
    assert speaker.role == "Lt Col"


def test_the_diocese_refers_back_to_the_diocese_named_before() -> None:
    text = "The Diocese of Wrexley published a list. The diocese said the churches were empty."
    doc = parse_by_hand(
        text,
        """
The the DET 2 det DT
Diocese Diocese PROPN 5 nsubj NNP
of of ADP 4 case IN
Wrexley Wrexley PROPN 2 nmod NNP
published publish VERB 0 root VBD
a a DET 7 det DT
list list NOUN 5 obj NN
. . PUNCT 5 punct .

The the DET 2 det DT
diocese diocese NOUN 3 nsubj NN
said say VERB 0 root VBD
the the DET 5 det DT
churches church NOUN 7 nsubj NNS
were be AUX 7 cop VBD
empty empty ADJ 3 ccomp JJ
. . PUNCT 3 punct .
""",
    )
    result = attribute(doc)
    (quote,) = result.quotes
    assert speaker_name(result, quote) == "Diocese of Wrexley"


def test_what_several_words_before_a_naming_verb_names_a_thing() -> None:
    text = "The price of what dealers have taken to calling “brown gold” has tripled."
    doc = parse_by_hand(
        text,
        """
The the DET 2 det DT
price price NOUN 15 nsubj NN
of of ADP 4 case IN
what what PRON 2 nmod WP
dealers dealer NOUN 7 nsubj NNS
have have AUX 7 aux VBP
taken take VERB 4 acl:relcl VBN
to to PART 9 mark TO
calling call VERB 7 xcomp VBG
“ “ PUNCT 12 punct ``
brown brown ADJ 12 amod JJ
gold gold NOUN 9 xcomp NN
” ” PUNCT 12 punct ''
has have AUX 15 aux VBZ
tripled triple VERB 0 root VBN
. . PUNCT 15 punct .
""",
    )
    # The dealers' name for cocoa, five words after "what", is not something they said.
    assert attribute(doc).quotes == ()


def test_a_role_then_a_name_before_a_final_verb_and_a_relative_when_stay_out_of_the_cut() -> None:
    text = (
        "The cuts could continue until Tuesday, when temperatures are forecast to fall, "
        "Calgrid's chief executive, Paolo Venturi, said, according to RTC."
    )
    doc = parse_by_hand(
        text,
        """
The the DET 2 det DT
cuts cut NOUN 4 nsubj NNS
could could AUX 4 aux MD
continue continue VERB 0 root VB
until until ADP 6 case IN
Tuesday Tuesday PROPN 4 obl NNP
, , PUNCT 11 punct ,
when when ADV 11 advmod WRB
temperatures temperature NOUN 11 nsubj NNS
are be AUX 11 cop VBP
forecast forecast ADJ 4 advcl JJ
to to PART 13 mark TO
fall fall VERB 11 advcl VB
, , PUNCT 11 punct ,
Calgrid Calgrid PROPN 18 nmod:poss NNP
's 's PART 15 case POS
chief chief NOUN 18 compound NN
executive executive NOUN 13 conj NN
, , PUNCT 20 punct ,
Paolo Paolo PROPN 18 appos NNP
Venturi Venturi PROPN 20 flat NNP
, , PUNCT 20 punct ,
said say VERB 4 parataxis VBD
, , PUNCT 27 punct ,
according accord VERB 27 case VBG
to to ADP 25 fixed IN
RTC RTC PROPN 23 obl NNP
. . PUNCT 23 punct .
""",
    )
    result = attribute(doc)
    (quote,) = result.quotes
    # The role and the name are one speaker phrase; the "when" clause describes Tuesday.
    assert quote.content_text == (
        "The cuts could continue until Tuesday, when temperatures are forecast to fall"
    )
    assert speaker_name(result, quote) == "Paolo Venturi"


def test_a_second_that_clause_is_reported_and_being_unable_to_explain_is_not() -> None:
    text = (
        "The panel said that the sample contained a steroid, and that Kerr had been unable "
        "to explain how it got there."
    )
    doc = parse_by_hand(
        text,
        """
The the DET 2 det DT
panel panel NOUN 3 nsubj NN
said say VERB 0 root VBD
that that SCONJ 7 mark IN
the the DET 6 det DT
sample sample NOUN 7 nsubj NN
contained contain VERB 3 ccomp VBD
a a DET 9 det DT
steroid steroid NOUN 7 obj NN
, , PUNCT 16 punct ,
and and CCONJ 16 cc CC
that that SCONJ 16 mark IN
Kerr Kerr PROPN 16 nsubj NNP
had have AUX 16 aux VBD
been be AUX 16 cop VBN
unable unable ADJ 3 conj JJ
to to PART 18 mark TO
explain explain VERB 16 xcomp VB
how how ADV 21 advmod WRB
it it PRON 21 nsubj PRP
got get VERB 18 ccomp VBD
there there ADV 21 advmod RB
. . PUNCT 3 punct .
""",
    )
    (quote,) = attribute(doc).quotes
    assert quote.content_text == (
        "the sample contained a steroid, and that Kerr had been unable to explain how it got there"
    )


def test_maintained_reports_a_clause_but_not_an_object() -> None:
    text = "He maintained that the beef was contaminated. Members backed maintaining the policy."
    doc = parse_by_hand(
        text,
        """
He he PRON 2 nsubj PRP
maintained maintain VERB 0 root VBD
that that SCONJ 7 mark IN
the the DET 5 det DT
beef beef NOUN 7 nsubj:pass NN
was be AUX 7 aux:pass VBD
contaminated contaminate VERB 2 ccomp VBN
. . PUNCT 2 punct .

Members Members NOUN 2 nsubj NNS
backed back VERB 0 root VBD
maintaining maintain VERB 2 xcomp VBG
the the DET 5 det DT
policy policy NOUN 3 obj NN
. . PUNCT 2 punct .
""",
    )
    (quote,) = attribute(doc).quotes
    assert quote.content_text == "the beef was contaminated"
    assert quote.cue is not None
    assert quote.cue.text == "maintained"


def test_a_survey_finds_and_researchers_discover() -> None:
    text = (
        "The survey found that the larvae had fallen by 62 per cent. "
        "Researchers found that girls deleted their posts."
    )
    doc = parse_by_hand(
        text,
        """
The the DET 2 det DT
survey survey NOUN 3 nsubj NN
found find VERB 0 root VBD
that that SCONJ 8 mark IN
the the DET 6 det DT
larvae larvae NOUN 8 nsubj:pass NN
had have AUX 8 aux VBD
fallen fall VERB 3 ccomp VBN
by by ADP 12 case IN
62 62 NUM 8 obl CD
per per ADP 12 case IN
cent cent NOUN 8 obl NN
. . PUNCT 3 punct .

Researchers Researchers NOUN 2 nsubj NNS
found find VERB 0 root VBD
that that SCONJ 5 mark IN
girls girl NOUN 5 nsubj NNS
deleted delete VERB 2 ccomp VBD
their their PRON 7 nmod:poss PRP$
posts post NOUN 5 obj NNS
. . PUNCT 2 punct .
""",
    )
    # A document's finding is what it says; people who found something discovered it.
    (quote,) = attribute(doc).quotes
    assert quote.content_text == "the larvae had fallen by 62 per cent"


def test_a_body_finding_in_a_report_at_the_end_of_the_sentence() -> None:
    text = (
        "Meals fell short of standards, the Schools Food Inspectorate found in a report "
        "published on Thursday."
    )
    doc = parse_by_hand(
        text,
        """
Meals Meals NOUN 2 nsubj NNS
fell fall VERB 0 root VBD
short short ADJ 2 advmod JJ
of of ADP 5 case IN
standards standard NOUN 3 obl NNS
, , PUNCT 11 punct ,
the the DET 10 det DT
Schools Schools PROPN 10 amod NNPS
Food food NOUN 10 compound NNP
Inspectorate Inspectorate PROPN 11 nsubj NNP
found find VERB 2 conj VBD
in in ADP 14 case IN
a a DET 14 det DT
report report NOUN 11 obl NN
published publish VERB 14 acl VBN
on on ADP 17 case IN
Thursday Thursday PROPN 15 obl NNP
. . PUNCT 2 punct .
""",
    )
    result = attribute(doc)
    (quote,) = result.quotes
    assert quote.content_text == "Meals fell short of standards"
    assert speaker_name(result, quote) == "Schools Food Inspectorate"


def test_described_with_a_possessive_parsed_as_a_second_object() -> None:
    text = "The director described her passage as «the finest piece of sailing»."
    doc = parse_by_hand(
        text,
        """
The the DET 2 det DT
director director NOUN 3 nsubj NN
described describe VERB 0 root VBD
her she PRON 3 obj PRP$
passage passage NOUN 3 obj NN
as as ADP 10 case IN
« " PUNCT 10 punct ``
the the DET 10 det DT
finest fine ADJ 10 amod JJS
piece piece NOUN 3 obl NN
of of ADP 12 case IN
sailing sailing NOUN 10 nmod VBG
» " PUNCT 10 punct ''
. . PUNCT 3 punct .
""",
    )
    (quote,) = attribute(doc).quotes
    assert quote.type is QuoteType.MIXED
    assert quote.content_text == "her passage as «the finest piece of sailing»"


def test_her_father_refers_back_to_the_father_named_before() -> None:
    text = "Her father, Yann Le Goff, waited. Her father admitted that he had not slept."
    doc = parse_by_hand(
        text,
        """
Her her PRON 2 nmod:poss PRP$
father father NOUN 8 nsubj NN
, , PUNCT 2 punct ,
Yann Yann PROPN 2 appos NNP
Le Le PROPN 4 flat NNP
Goff Goff PROPN 4 flat NNP
, , PUNCT 4 punct ,
waited wait VERB 0 root VBD
. . PUNCT 8 punct .

Her her PRON 2 nmod:poss PRP$
father father NOUN 3 nsubj NN
admitted admit VERB 0 root VBD
that that SCONJ 8 mark IN
he he PRON 8 nsubj PRP
had have AUX 8 aux VBD
not not PART 8 advmod RB
slept sleep VERB 3 ccomp VBN
. . PUNCT 3 punct .
""",
    )
    result = attribute(doc)
    (quote,) = result.quotes
    assert speaker_name(result, quote) == "Yann Le Goff"


def test_a_name_hung_from_a_role_noun_after_an_organisation() -> None:
    text = "'We raised £2,300,' said WI president Beryl Gathercole."
    doc = parse_by_hand(
        text,
        """
' ' PUNCT 3 punct ``
We we PRON 3 nsubj PRP
raised raise VERB 0 root VBD
£ £ SYM 3 obj $
2,300 2,300 NUM 4 nummod CD
, , PUNCT 3 punct ,
' ' PUNCT 8 punct ''
said say VERB 3 parataxis VBD
WI WI PROPN 8 nsubj NNP
president president NOUN 9 flat NN
Beryl Beryl PROPN 10 flat NNP
Gathercole Gathercole PROPN 11 flat NNP
. . PUNCT 3 punct .
""",
    )
    result = attribute(doc)
    (quote,) = result.quotes
    assert quote.content_text == "We raised £2,300,"
    (speaker,) = result.speakers
    assert speaker.name == "Beryl Gathercole"
    assert speaker.kind is SpeakerKind.PERSON
    assert speaker.role == "WI president"


def test_a_pronoun_keeps_its_person_in_reach_past_a_newer_name_of_unknown_gender() -> None:
    text = (
        "Maëlle Le Goff won the race. The boat was built in Lorient. It has two masts. "
        "The race began in Brest. It lasted eleven weeks. The fleet had 30 boats. "
        "«I am tired,» she said. Storms hit the fleet. The race director, Hervé Santoni, "
        "praised the winner. «I sailed by feel,» she said."
    )
    doc = parse_by_hand(
        text,
        """
Maëlle Maëlle PROPN 4 nsubj NNP
Le Le PROPN 1 flat NNP
Goff Goff PROPN 1 flat NNP
won win VERB 0 root VBD
the the DET 6 det DT
race race NOUN 4 obj NN
. . PUNCT 4 punct .

The the DET 2 det DT
boat boat NOUN 4 nsubj:pass NN
was be AUX 4 aux:pass VBD
built build VERB 0 root VBN
in in ADP 6 case IN
Lorient Lorient PROPN 4 obl NNP
. . PUNCT 4 punct .

It it PRON 2 nsubj PRP
has have VERB 0 root VBZ
two two NUM 4 nummod CD
masts masts NOUN 2 obj NNS
. . PUNCT 2 punct .

The the DET 2 det DT
race race NOUN 3 nsubj NN
began begin VERB 0 root VBD
in in ADP 5 case IN
Brest Brest PROPN 3 obl NNP
. . PUNCT 3 punct .

It it PRON 2 nsubj PRP
lasted last VERB 0 root VBD
eleven eleven NUM 4 nummod CD
weeks week NOUN 2 obl:unmarked NNS
. . PUNCT 2 punct .

The the DET 2 det DT
fleet fleet NOUN 3 nsubj NN
had have VERB 0 root VBD
30 30 NUM 5 nummod CD
boats boat NOUN 3 obj NNS
. . PUNCT 3 punct .

« " PUNCT 4 punct ``
I I PRON 4 nsubj PRP
am be AUX 4 aux:pass VBP
tired tired ADJ 8 ccomp JJ
, , PUNCT 4 punct ,
» " PUNCT 4 punct ``
she she PRON 8 nsubj PRP
said say VERB 0 root VBD
. . PUNCT 8 punct .

Storms Storms PROPN 2 nsubj NNPS
hit hit VERB 0 root VBD
the the DET 4 det DT
fleet fleet NOUN 2 obj NN
. . PUNCT 2 punct .

The the DET 3 det DT
race race NOUN 3 amod NN
director director NOUN 8 nsubj NN
, , PUNCT 5 punct ,
Hervé Hervé PROPN 3 appos NNP
Santoni Santoni PROPN 5 flat NNP
, , PUNCT 5 punct ,
praised praised VERB 0 root VBD
the the DET 10 det DT
winner winner NOUN 8 obj NN
. . PUNCT 8 punct .

« " PUNCT 3 punct ``
I I PRON 3 nsubj PRP
sailed sail VERB 9 ccomp VBD
by by ADP 5 mark IN
feel feel VERB 3 obl VB
, , PUNCT 3 punct ,
» " PUNCT 3 punct ``
she she PRON 9 nsubj PRP
said say VERB 0 root VBD
. . PUNCT 9 punct .
""",
    )
    result = attribute(doc)
    first, last = result.quotes
    # Le Goff was last named seven sentences before the last "she", out of a pronoun's
    # reach, but the first "she" resolved to her three sentences before it; Santoni, named
    # in between, has a given name no list knows.
    assert speaker_name(result, first) == "Maëlle Le Goff"
    assert speaker_name(result, last) == "Maëlle Le Goff"


def test_a_person_kept_in_reach_by_a_pronoun_yields_to_a_fitting_named_one() -> None:
    text = (
        "Gideon Hale lost the vote. The count ran late. The hall was cold. The result came "
        "at 4am. «I congratulate her,» he said. The turnout was low. Rupert Stannard of "
        "Taxpayers First finished fourth. He later wrote that the recount had been a shambles."
    )
    doc = parse_by_hand(
        text,
        """
Gideon Gideon PROPN 3 nsubj NNP
Hale Hale PROPN 1 flat NNP
lost lose VERB 0 root VBD
the the DET 5 det DT
vote vote NOUN 3 obj NN
. . PUNCT 3 punct .

The the DET 2 det DT
count count NOUN 3 nsubj NN
ran run VERB 0 root VBD
late late ADJ 3 advmod JJ
. . PUNCT 3 punct .

The the DET 2 det DT
hall hall NOUN 4 nsubj NN
was be AUX 4 cop VBD
cold cold ADJ 0 root JJ
. . PUNCT 4 punct .

The the DET 2 det DT
result result NOUN 3 nsubj NN
came come VERB 0 root VBD
at at ADP 5 case IN
4 4 NUM 3 obl CD
am a.m. NOUN 5 nmod:unmarked NN
. . PUNCT 3 punct .

« " PUNCT 3 punct ``
I I PRON 3 nsubj PRP
congratulate congratulate VERB 8 ccomp VBP
her she PRON 3 obj PRP
, , PUNCT 3 punct ,
» " PUNCT 3 punct ``
he he PRON 8 nsubj PRP
said say VERB 0 root VBD
. . PUNCT 8 punct .

The the DET 2 det DT
turnout turnout NOUN 4 nsubj NN
was be AUX 4 cop VBD
low low ADJ 0 root JJ
. . PUNCT 4 punct .

Rupert Rupert PROPN 6 nsubj NNP
Stannard Stannard PROPN 1 flat NNP
of of ADP 4 case IN
Taxpayers taxpayer PROPN 1 nmod NNPS
First first ADJ 6 advmod JJ
finished finish VERB 0 root VBD
fourth fourth NOUN 6 obj NN
. . PUNCT 1 punct .

He he PRON 3 nsubj PRP
later late ADV 3 advmod RBR
wrote write VERB 0 root VBD
that that SCONJ 10 mark IN
the the DET 6 det DT
recount recount NOUN 10 nsubj NN
had have AUX 10 aux VBD
been be AUX 10 cop VBN
a a DET 10 det DT
shambles shambles NOUN 3 ccomp NNS
. . PUNCT 3 punct .
""",
    )
    result = attribute(doc)
    first, last = result.quotes
    assert speaker_name(result, first) == "Gideon Hale"
    # Hale, a speaker kept in reach by "he said", scores higher than Stannard, but Stannard
    # is named in the window and his given name is a man's.
    assert speaker_name(result, last) == "Rupert Stannard"


def test_a_relative_with_no_relative_word_reports_the_predicate_after_its_verb() -> None:
    text = (
        "The temperature reached 46.3C, a reading the national weather service said was the "
        "highest ever recorded."
    )
    doc = parse_by_hand(
        text,
        """
The the DET 2 det DT
temperature temperature NOUN 3 nsubj NN
reached reach VERB 0 root VBD
46.3C 46.3C NUM 3 obj CD
, , PUNCT 7 punct ,
a a DET 7 det DT
reading read VERB 3 parataxis VBG
the the DET 11 det DT
national national ADJ 11 amod JJ
weather weather NOUN 11 compound NN
service service NOUN 7 obj NN
said say VERB 7 acl:relcl VBD
was be AUX 17 aux:pass VBD
the the DET 15 det DT
highest high ADJ 17 nsubj:pass JJS
ever ever ADV 17 advmod RB
recorded record VERB 12 ccomp VBN
. . PUNCT 3 punct .
""",
    )
    result = attribute(doc)
    (quote,) = result.quotes
    # The service, parsed as the object of "reading", speaks; "the highest" is no inverted
    # subject ("said Biden") when a verb follows "said".
    assert quote.content_text == "was the highest ever recorded"
    assert speaker_name(result, quote) == "the national weather service"


def test_an_age_description_with_no_age_given_is_the_latest_person() -> None:
    text = (
        'Radek Sowinski conceded that his team had played scared. "That\'s on me," the '
        "41-year-old told reporters."
    )
    doc = parse_by_hand(
        text,
        """
Radek Radek PROPN 3 nsubj NNP
Sowinski Sowinski PROPN 1 flat NNP
conceded conceded VERB 0 root VBD
that that SCONJ 8 mark IN
his his PRON 6 nmod:poss PRP$
team team NOUN 8 nsubj NN
had have AUX 8 aux VBD
played play VERB 3 ccomp VBN
scared scared ADJ 8 xcomp JJ
. . PUNCT 3 punct .

" " PUNCT 14 punct ``
That that PRON 5 nsubj DT
's be AUX 5 cop VBZ
on on ADP 5 case IN
me I PRON 14 ccomp PRP
, , PUNCT 5 punct ,
" " PUNCT 5 punct ``
the the DET 13 det DT
41 41 NUM 11 nummod CD
- - PUNCT 9 punct HYPH
year year NOUN 13 obl:unmarked NN
- - PUNCT 11 punct HYPH
old old ADJ 14 nsubj JJ
told tell VERB 0 root VBN
reporters reporter NOUN 14 iobj NNS
. . PUNCT 14 punct .
""",
    )
    result = attribute(doc)
    _, direct = result.quotes
    # Nobody was given an age; the 41-year-old is the person just named.
    assert direct.content_text == "That's on me,"
    assert speaker_name(result, direct) == "Radek Sowinski"


def test_a_reporting_verb_tagged_as_a_plural_noun_after_a_name_and_before_that() -> None:
    text = "Yusuf Demirel counters that the cells are more efficient."
    doc = parse_by_hand(
        text,
        """
Yusuf Yusuf PROPN 0 root NNP
Demirel Demirel PROPN 1 flat NNP
counters counter NOUN 1 appos NNS
that that SCONJ 9 mark IN
the the DET 6 det DT
cells cell NOUN 9 nsubj NNS
are be AUX 9 cop VBP
more more ADJ 9 advmod JJR
efficient efficient ADJ 3 acl:relcl JJ
. . PUNCT 3 punct .
""",
    )
    result = attribute(doc)
    (quote,) = result.quotes
    assert quote.content_text == "the cells are more efficient"
    assert speaker_name(result, quote) == "Yusuf Demirel"


def test_he_added_goes_on_with_the_speaker_before_him() -> None:
    text = (
        "Tobias Renner, an analyst, asked whether the company would need money. Gideon "
        "Phelps replied that it had cash. 'Hand on heart, yes,' he added."
    )
    doc = parse_by_hand(
        text,
        """
Tobias Tobias PROPN 7 nsubj NNP
Renner Renner PROPN 1 flat NNP
, , PUNCT 5 punct ,
an a DET 5 det DT
analyst analyst NOUN 1 appos NN
, , PUNCT 5 punct ,
asked ask VERB 0 root VBD
whether whether SCONJ 12 mark IN
the the DET 10 det DT
company company NOUN 12 nsubj NN
would would AUX 12 aux MD
need need VERB 7 ccomp VB
money money NOUN 12 obj NN
. . PUNCT 7 punct .

Gideon Gideon PROPN 3 nsubj NNP
Phelps Phelps PROPN 1 flat NNP
replied reply VERB 0 root VBD
that that SCONJ 6 mark IN
it it PRON 6 nsubj PRP
had have VERB 3 ccomp VBD
cash cash NOUN 6 obj NN
. . PUNCT 3 punct .

' ' PUNCT 2 punct ``
Hand Hand NOUN 10 nsubj NN
on on ADP 4 case IN
heart heart NOUN 2 nmod NN
, , PUNCT 6 punct ,
yes yes INTJ 10 discourse UH
, , PUNCT 6 punct ,
' ' PUNCT 6 punct ''
he he PRON 10 nsubj PRP
added add VERB 0 root VBD
. . PUNCT 10 punct .
""",
    )
    result = attribute(doc)
    *_, last = result.quotes
    # Renner's given name is a man's and Phelps's is in no list, but "added" goes on with
    # the last speaker.
    assert last.content_text == "Hand on heart, yes,"
    assert speaker_name(result, last) == "Gideon Phelps"


def test_that_said_opening_a_sentence_reports_nothing() -> None:
    text = "That said, the shares are still higher than in January."
    doc = parse_by_hand(
        text,
        """
That that PRON 2 nsubj DT
said say VERB 0 root VBD
, , PUNCT 2 punct ,
the the DET 5 det DT
shares share NOUN 8 nsubj NNS
are be AUX 8 cop VBP
still still ADV 8 advmod RB
higher high ADJ 2 ccomp JJR
than than ADP 10 case IN
January January PROPN 8 obl NNP
. . PUNCT 2 punct .
""",
    )
    assert attribute(doc).quotes == ()


def test_described_as_a_quotation_with_no_object_in_the_parse() -> None:
    text = "The critic described the opening looks as «costume for a shipwreck»."
    doc = parse_by_hand(
        text,
        """
The the DET 2 det DT
critic critic NOUN 3 nsubj NN
described describe VERB 0 root VBD
the the DET 5 det DT
opening opening NOUN 6 nsubj NN
looks look VERB 3 xcomp VBZ
as as ADP 9 case IN
« " PUNCT 9 punct ``
costume costume NOUN 6 obl NN
for for ADP 12 case IN
a a DET 12 det DT
shipwreck shipwreck NOUN 9 nmod NN
» " PUNCT 9 punct ''
. . PUNCT 3 punct .
""",
    )
    (quote,) = attribute(doc).quotes
    assert quote.type is QuoteType.MIXED
    assert quote.content_text == "the opening looks as «costume for a shipwreck»"


def test_an_inverted_said_after_an_apposition_parsed_as_its_subject() -> None:
    text = (
        "The ceremony drew 1.4 million viewers, the highest in its history, said Northern Screen."
    )
    doc = parse_by_hand(
        text,
        """
The the DET 2 det DT
ceremony ceremony NOUN 3 nsubj NN
drew draw VERB 14 ccomp VBD
1.4 1.4 NUM 5 nummod CD
million million NUM 6 nummod CD
viewers viewer NOUN 3 obj NNS
, , PUNCT 9 punct ,
the the DET 9 det DT
highest high ADJ 14 nsubj JJS
in in ADP 12 case IN
its its PRON 12 nmod:poss PRP$
history history NOUN 9 nmod NN
, , PUNCT 3 punct ,
said say VERB 0 root VBD
Northern Northern ADJ 16 amod JJ
Screen Screen PROPN 14 iobj NNP
. . PUNCT 14 punct .
""",
    )
    result = attribute(doc)
    (quote,) = result.quotes
    assert quote.content_text == (
        "The ceremony drew 1.4 million viewers, the highest in its history"
    )
    assert speaker_name(result, quote) == "Northern Screen"


def test_what_he_calls_and_whom_the_press_calls_name_things() -> None:
    text = (
        "He unveiled what he calls “the last phone you will ever need”. She replaced "
        "Aurelio Vellacourt, whom the press still calls «il Sarto»."
    )
    doc = parse_by_hand(
        text,
        """
He he PRON 2 nsubj PRP
unveiled unveil VERB 0 root VBD
what what PRON 2 obj WP
he he PRON 5 nsubj PRP
calls call VERB 3 acl:relcl VBZ
“ " PUNCT 9 punct ``
the the DET 9 det DT
last last ADJ 9 amod JJ
phone phone NOUN 5 obj NN
you you PRON 14 nsubj PRP
will will AUX 14 aux MD
ever ever ADV 14 advmod RB
need need VERB 9 acl:relcl VB
” " PUNCT 9 punct ''
. . PUNCT 2 punct .

She she PRON 2 nsubj PRP
replaced replace VERB 0 root VBD
Aurelio Aurelio PROPN 2 obj NNP
Vellacourt Vellacourt PROPN 3 flat NNP
, , PUNCT 3 punct ,
whom whom PRON 10 obj WP
the the DET 8 det DT
press press NOUN 10 nsubj NN
still still ADV 10 advmod RB
calls call VERB 3 acl:relcl VBZ
« " PUNCT 13 punct ``
il il X 13 det FW
Sarto Sarto PROPN 10 xcomp NNP
» " PUNCT 13 punct ''
. . PUNCT 2 punct .
""",
    )
    assert attribute(doc).quotes == ()


def test_a_name_after_known_as_in_a_report_does_not_make_it_mixed() -> None:
    text = "Detectorists, known as “nighthawks”, have been seen in the field, police said."
    doc = parse_by_hand(
        text,
        """
Detectorists detectorist NOUN 11 nsubj:pass NNS
, , PUNCT 3 punct ,
known know VERB 1 acl VBN
as as ADP 6 case IN
“ " PUNCT 6 punct ``
nighthawks nighthawk NOUN 3 obl NNS
” " PUNCT 6 punct ''
, , PUNCT 3 punct ,
have have AUX 11 aux VBP
been be AUX 11 aux:pass VBN
seen see VERB 0 root VBN
in in ADP 14 case IN
the the DET 14 det DT
field field NOUN 11 obl NN
, , PUNCT 11 punct ,
police police NOUN 17 nsubj NNS
said say VERB 11 parataxis VBD
. . PUNCT 11 punct .
""",
    )
    (quote,) = attribute(doc).quotes
    assert quote.type is QuoteType.INDIRECT
    assert quote.content_text == "Detectorists, known as “nighthawks”, have been seen in the field"


# "Northvale Networks": the qualifier in its plural.
@pytest.mark.parametrize(("name", "qualifier"), [("Water", "water"), ("Networks", "network")])
def test_a_description_whose_qualifier_is_in_a_name_refers_back_to_it(
    name: str, qualifier: str
) -> None:
    text = (
        f"The site will use more power, according to Wyvern {name}. Councillors were told by "
        f"the {qualifier} company that supplies would not be affected."
    )
    doc = parse_by_hand(
        text,
        f"""
The the DET 2 det DT
site site NOUN 4 nsubj NN
will will AUX 4 aux MD
use use VERB 0 root VB
more more ADJ 6 amod JJR
power power NOUN 4 obj NN
, , PUNCT 11 punct ,
according accord VERB 11 case VBG
to to ADP 8 fixed IN
Wyvern Wyvern PROPN 11 compound NNP
{name} {name} PROPN 4 obl NNP
. . PUNCT 4 punct .

Councillors Councillors NOUN 3 nsubj:pass NNS
were be AUX 3 aux:pass VBD
told tell VERB 0 root VBN
by by ADP 7 case IN
the the DET 7 det DT
{qualifier} {qualifier} NOUN 7 compound NN
company company NOUN 3 obl:agent NN
that that PRON 13 mark WDT
supplies supplies NOUN 13 nsubj:pass NNS
would would AUX 13 aux MD
not not PART 13 advmod RB
be be AUX 13 aux:pass VB
affected affect VERB 7 acl:relcl VBN
. . PUNCT 3 punct .
""",
    )
    result = attribute(doc)
    _, told = result.quotes
    assert told.content_text == "supplies would not be affected"
    # The name holds the description's qualifier; it is a company, not a person.
    assert speaker_name(result, told) == f"Wyvern {name}"
    (speaker,) = result.speakers
    assert speaker.kind is SpeakerKind.ORGANIZATION


def test_the_service_refers_back_to_a_service_named_before() -> None:
    text = (
        "The State Security Service opened an inquiry. Officials were warned by the service "
        "that foreign groups were buying adverts."
    )
    doc = parse_by_hand(
        text,
        """
The the DET 4 det DT
State State PROPN 4 compound NNP
Security Security PROPN 4 compound NNP
Service service NOUN 5 nsubj NN
opened open VERB 0 root VBD
an a DET 7 det DT
inquiry inquiry NOUN 5 obj NN
. . PUNCT 5 punct .

Officials Officials NOUN 3 nsubj:pass NNS
were be AUX 3 aux:pass VBD
warned warn VERB 0 root VBN
by by ADP 6 case IN
the the DET 6 det DT
service service NOUN 3 obl:agent NN
that that PRON 11 mark WDT
foreign foreign ADJ 9 amod JJ
groups group NOUN 11 nsubj NNS
were be AUX 11 aux VBD
buying buy VERB 6 acl:relcl VBG
adverts adverts NOUN 11 obj NNS
. . PUNCT 3 punct .
""",
    )
    result = attribute(doc)
    (quote,) = result.quotes
    assert speaker_name(result, quote) == "State Security Service"


def test_admitting_charges_and_saying_nothing_when_asked_report_nothing() -> None:
    text = (
        "Threlkeld had admitted two counts of dangerous driving. He said nothing when he was "
        "asked whether he wished to speak."
    )
    doc = parse_by_hand(
        text,
        """
Threlkeld Threlkeld PROPN 3 nsubj NNP
had have AUX 3 aux VBD
admitted admit VERB 0 root VBN
two two NUM 5 nummod CD
counts count NOUN 3 obj NNS
of of ADP 8 case IN
dangerous dangerous ADJ 8 amod JJ
driving driving NOUN 5 nmod NN
. . PUNCT 3 punct .

He he PRON 2 nsubj PRP
said say VERB 0 root VBD
nothing nothing PRON 2 obj NN
when when ADV 7 advmod WRB
he he PRON 7 nsubj:pass PRP
was be AUX 7 aux:pass VBD
asked ask VERB 2 advcl VBN
whether whether SCONJ 10 mark IN
he he PRON 10 nsubj PRP
wished wish VERB 7 advcl VBD
to to PART 12 mark TO
speak speak VERB 10 xcomp VB
. . PUNCT 2 punct .
""",
    )
    # A plea, words withheld, and a question put to him by nobody named.
    assert attribute(doc).quotes == ()


def test_a_relative_clause_on_the_object_of_written_is_no_report() -> None:
    text = "Colquhoun had written a statement that was read to the court."
    doc = parse_by_hand(
        text,
        """
Colquhoun Colquhoun PROPN 3 nsubj NNP
had have AUX 3 aux VBD
written write VERB 0 root VBN
a a DET 5 det DT
statement statement NOUN 3 obj NN
that that PRON 8 nsubj WDT
was be AUX 8 aux VBD
read read VERB 5 acl:relcl VBN
to to ADP 11 case IN
the the DET 11 det DT
court court NOUN 8 obl NN
. . PUNCT 3 punct .
""",
    )
    assert attribute(doc).quotes == ()


def test_estimated_that_reports() -> None:
    text = "The tourism body estimated that the eclipse had been worth £30m."
    doc = parse_by_hand(
        text,
        """
The the DET 3 det DT
tourism tourism NOUN 3 compound NN
body body NOUN 4 nsubj NN
estimated estimate VERB 0 root VBD
that that SCONJ 10 mark IN
the the DET 7 det DT
eclipse eclipse NOUN 10 nsubj NN
had have AUX 10 aux VBD
been be AUX 10 cop VBN
worth worth ADJ 4 ccomp JJ
£30m £30m NOUN 10 obj NN
. . PUNCT 4 punct .
""",
    )
    (quote,) = attribute(doc).quotes
    assert quote.content_text == "the eclipse had been worth £30m"
    assert quote.cue is not None
    assert quote.cue.text == "estimated"


def test_the_airport_refers_back_to_the_named_airport_not_the_nearer_subject() -> None:
    text = "Flights at Kilbarra Airport were suspended. Drones had been seen, the airport said."
    doc = parse_by_hand(
        text,
        """
Flights Flights NOUN 6 nsubj:pass NNS
at at ADP 4 case IN
Kilbarra Kilbarra PROPN 4 compound NNP
Airport Airport PROPN 1 nmod NNP
were be AUX 6 aux:pass VBD
suspended suspend VERB 0 root VBN
. . PUNCT 6 punct .

Drones Drones PROPN 4 nsubj:pass NNPS
had have AUX 4 aux VBD
been be AUX 4 aux:pass VBN
seen see VERB 0 root VBN
, , PUNCT 8 punct ,
the the DET 7 det DT
airport airport NOUN 8 nsubj NN
said say VERB 4 parataxis VBD
. . PUNCT 4 punct .
""",
    )
    result = attribute(doc)
    (quote,) = result.quotes
    assert quote.content_text == "Drones had been seen"
    assert speaker_name(result, quote) == "Kilbarra Airport"


def test_a_name_in_apposition_to_the_subject_is_the_subject_for_a_pronoun() -> None:
    text = (
        "Residents were told by Stalwart Home that no flooding was found. The ward's "
        'councillor, Fergus Adeyemi-Holt, has been collecting photographs. "It was the '
        'river," he said.'
    )
    doc = parse_by_hand(
        text,
        """
Residents Residents NOUN 3 nsubj:pass NNS
were be AUX 3 aux:pass VBD
told tell VERB 0 root VBN
by by ADP 6 case IN
Stalwart Stalwart PROPN 6 amod NNP
Home Home PROPN 3 obl:agent NNP
that that SCONJ 11 mark WDT
no no DET 9 det DT
flooding flooding NOUN 11 nsubj:pass NN
was be AUX 11 aux:pass VBD
found find VERB 6 acl:relcl VBN
. . PUNCT 3 punct .

The the DET 2 det DT
ward ward NOUN 4 nmod:poss NN
's 's PART 2 case POS
councillor councillor NOUN 13 nsubj NN
, , PUNCT 6 punct ,
Fergus Fergus PROPN 4 appos NNP
Adeyemi Adeyemi PROPN 6 flat NNP
- - PUNCT 9 punct HYPH
Holt Holt PROPN 6 flat NNP
, , PUNCT 4 punct ,
has have AUX 13 aux VBZ
been be AUX 13 aux VBN
collecting collect VERB 0 root VBG
photographs photograph NOUN 13 obj NNS
. . PUNCT 13 punct .

" " PUNCT 5 punct ``
It it PRON 5 nsubj PRP
was be AUX 5 cop VBD
the the DET 5 det DT
river river NOUN 9 ccomp NN
, , PUNCT 5 punct ,
" " PUNCT 5 punct ``
he he PRON 9 nsubj PRP
said say VERB 0 root VBD
. . PUNCT 9 punct .
""",
    )
    result = attribute(doc)
    *_, last = result.quotes
    # The councillor, named in apposition, is the last sentence's subject; the company that
    # spoke before him is further back.
    assert speaker_name(result, last) == "Fergus Adeyemi-Holt"


def test_a_name_spelt_in_capitals_takes_the_written_form_and_a_village_is_no_he() -> None:
    text = (
        "The grid spells out GERALD FINCH-ORMSBY. Gerald Finch-Ormsby, 83, lives in Lower "
        'Quenby. "I never wanted fame," he said.'
    )
    doc = parse_by_hand(
        text,
        """
The the DET 2 det DT
grid grid NOUN 3 nsubj NN
spells spell VERB 0 root VBZ
out out ADP 3 compound:prt RP
GERALD GERALD PROPN 3 obj NNP
FINCH FINCH PROPN 5 flat NNP
- - PUNCT 8 punct HYPH
ORMSBY ORMSBY PROPN 5 flat NNP
. . PUNCT 3 punct .

Gerald Gerald PROPN 8 nsubj NNP
Finch Finch PROPN 1 flat NNP
- - PUNCT 4 punct HYPH
Ormsby Ormsby PROPN 1 flat NNP
, , PUNCT 6 punct ,
83 83 NUM 1 nmod:unmarked CD
, , PUNCT 6 punct ,
lives live VERB 0 root VBZ
in in ADP 11 case IN
Lower Lower PROPN 11 compound NNP
Quenby Quenby PROPN 8 obl NNP
. . PUNCT 8 punct .

" " PUNCT 4 punct ``
I I PRON 4 nsubj PRP
never never ADV 4 advmod RB
wanted want VERB 9 ccomp VBD
fame fame NOUN 4 obj NN
, , PUNCT 4 punct ,
" " PUNCT 4 punct ``
he he PRON 9 nsubj PRP
said say VERB 0 root VBD
. . PUNCT 9 punct .
""",
    )
    result = attribute(doc)
    (quote,) = result.quotes
    assert speaker_name(result, quote) == "Gerald Finch-Ormsby"
    speaker = {s.id: s for s in result.speakers}[quote.speaker_id]
    assert speaker.kind is SpeakerKind.PERSON


def test_a_role_written_in_capitals_before_a_name_in_apposition() -> None:
    text = "His GP, Owen Blackwood, wrote that the pain was severe."
    doc = parse_by_hand(
        text,
        """
His his PRON 2 nmod:poss PRP$
GP GP NOUN 7 nsubj NN
, , PUNCT 4 punct ,
Owen Owen PROPN 2 appos NNP
Blackwood Blackwood PROPN 4 flat NNP
, , PUNCT 4 punct ,
wrote write VERB 0 root VBD
that that SCONJ 12 mark IN
the the DET 10 det DT
pain pain NOUN 12 nsubj NN
was be AUX 12 cop VBD
severe severe ADJ 7 ccomp JJ
. . PUNCT 7 punct .
""",
    )
    result = attribute(doc)
    (quote,) = result.quotes
    assert speaker_name(result, quote) == "Owen Blackwood"


def test_the_judge_refers_back_to_mr_justice() -> None:
    text = (
        "Mr Justice Alaric Pendleford ruled that the paper had libelled the chef. The judge "
        "said the sources had been vague."
    )
    doc = parse_by_hand(
        text,
        """
Mr Mr PROPN 5 nsubj NNP
Justice Justice PROPN 1 flat NNP
Alaric Alaric PROPN 1 flat NNP
Pendleford Pendleford PROPN 1 flat NNP
ruled ruled VERB 0 root VBD
that that SCONJ 10 mark IN
the the DET 8 det DT
paper paper NOUN 10 nsubj NN
had have AUX 10 aux VBD
libelled libelled VERB 5 ccomp VBN
the the DET 12 det DT
chef chef NOUN 10 obj NN
. . PUNCT 5 punct .

The the DET 2 det DT
judge judge NOUN 3 nsubj NN
said say VERB 0 root VBD
the the DET 5 det DT
sources source NOUN 8 nsubj NNS
had have AUX 8 aux VBD
been be AUX 8 cop VBN
vague vague ADJ 3 ccomp JJ
. . PUNCT 3 punct .
""",
    )
    result = attribute(doc)
    _, said = result.quotes
    assert said.content_text == "the sources had been vague"
    assert speaker_name(result, said) == "Alaric Pendleford"


def test_a_person_noun_no_one_holds_refers_to_the_subject_just_before() -> None:
    text = (
        "Ottavia Brenn had the last word. Asked about the reviews, the designer replied that "
        "she had not read them."
    )
    doc = parse_by_hand(
        text,
        """
Ottavia Ottavia PROPN 3 nsubj NNP
Brenn Brenn PROPN 1 flat NNP
had have VERB 0 root VBD
the the DET 6 det DT
last last ADJ 6 amod JJ
word word NOUN 3 obj NN
. . PUNCT 3 punct .

Asked ask VERB 0 root VBD
about about ADP 4 case IN
the the DET 4 det DT
reviews review NOUN 1 obl NNS
, , PUNCT 8 punct ,
the the DET 7 det DT
designer designer NOUN 8 nsubj NN
replied reply VERB 1 parataxis VBD
that that SCONJ 13 mark IN
she she PRON 13 nsubj PRP
had have AUX 13 aux VBD
not not PART 13 advmod RB
read read VERB 8 ccomp VBN
them they PRON 13 obj PRP
. . PUNCT 8 punct .
""",
    )
    result = attribute(doc)
    (quote,) = result.quotes
    # Brenn's role was never given as "designer"; she is the subject just before.
    assert speaker_name(result, quote) == "Ottavia Brenn"


def test_billed_as_and_a_relative_branded_name_things() -> None:
    text = (
        "A crowd came to watch what the paper had billed as “the launch of the century”. "
        'The scheme, which the council has branded "Hollibike", costs £1 to ride.'
    )
    doc = parse_by_hand(
        text,
        """
A a DET 2 det DT
crowd crowd NOUN 3 nsubj NN
came come VERB 0 root VBD
to to PART 5 mark TO
watch watch VERB 3 xcomp VB
what what PRON 10 obj WP
the the DET 8 det DT
paper paper NOUN 10 nsubj NN
had have AUX 10 aux VBD
billed billed VERB 5 ccomp VBN
as as ADP 14 case IN
“ " PUNCT 14 punct ``
the the DET 14 det DT
launch launch NOUN 10 obl NN
of of ADP 17 case IN
the the DET 17 det DT
century century NOUN 14 nmod NN
” " PUNCT 14 punct ''
. . PUNCT 3 punct .

The the DET 2 det DT
scheme scheme NOUN 13 nsubj NN
, , PUNCT 2 punct ,
which which PRON 8 obj WDT
the the DET 6 det DT
council council NOUN 8 nsubj NN
has have AUX 8 aux VBZ
branded branded VERB 2 acl:relcl VBN
" " PUNCT 10 punct ``
Hollibike Hollibike PROPN 8 obj NNP
" " PUNCT 10 punct ''
, , PUNCT 13 punct ,
costs cost VERB 0 root VBZ
£ £ SYM 15 compound $
1 1 NUM 13 obj CD
to to PART 17 mark TO
ride ride VERB 13 obl VB
. . PUNCT 13 punct .
""",
    )
    assert attribute(doc).quotes == ()


def test_an_accusation_by_nobody_a_demanded_report_and_a_plural_charge_report_nothing() -> None:
    text = (
        "A man went on trial, accused of smuggling finches. The rules require staff to report "
        "that a patient has fallen. Staff have said little since the report came out. Dorian "
        "Kesteven, of Mill Lane, Halbury, denies eleven offences."
    )
    doc = parse_by_hand(
        text,
        """
A a DET 2 det DT
man man NOUN 3 nsubj NN
went go VERB 0 root VBD
on on ADP 5 case IN
trial trial NOUN 3 obl NN
, , PUNCT 7 punct ,
accused accuse VERB 3 conj VBN
of of ADP 10 case IN
smuggling smuggle VERB 10 amod VBG
finches finch NOUN 7 obl NNS
. . PUNCT 3 punct .

The the DET 2 det DT
rules rule NOUN 3 nsubj NNS
require require VERB 0 root VBP
staff staff NOUN 3 obj NN
to to PART 6 mark TO
report report VERB 3 advcl VB
that that SCONJ 11 mark IN
a a DET 9 det DT
patient patient NOUN 11 nsubj NN
has have AUX 11 aux VBZ
fallen fall VERB 6 ccomp VBN
. . PUNCT 3 punct .

Staff staff NOUN 3 nsubj NN
have have AUX 3 aux VBP
said say VERB 0 root VBN
little little ADJ 3 obj JJ
since since SCONJ 8 mark IN
the the DET 7 det DT
report report NOUN 8 nsubj NN
came come VERB 3 advcl VBD
out out ADP 8 compound:prt RP
. . PUNCT 3 punct .

Dorian Dorian PROPN 0 root NNP
Kesteven Kesteven PROPN 1 flat NNP
, , PUNCT 6 punct ,
of of ADP 6 case IN
Mill Mill PROPN 6 compound NNP
Lane Lane PROPN 1 list NNP
, , PUNCT 8 punct ,
Halbury Halbury PROPN 6 conj NNP
, , PUNCT 8 punct ,
denies denies VERB 1 parataxis VBZ
eleven eleven NUM 12 nummod CD
offences offences NOUN 10 obj NNS
. . PUNCT 1 punct .
""",
    )
    # An accusation by nobody named, a report the rules demand, words withheld and a plea.
    assert attribute(doc).quotes == ()


def test_according_to_someone_who_added_more_keeps_both_statements() -> None:
    text = (
        "One bike in ten is stolen each year, according to the operations director, Lukas "
        "Brandt, who added that every bike carried a tracker."
    )
    doc = parse_by_hand(
        text,
        """
One one NUM 2 nummod CD
bike bike NOUN 6 nsubj:pass NN
in in ADP 4 case IN
ten ten NUM 2 nmod CD
is be AUX 6 aux:pass VBZ
stolen steal VERB 0 root VBN
each each DET 8 det DT
year year NOUN 6 obl:unmarked NN
, , PUNCT 14 punct ,
according accord VERB 14 case VBG
to to ADP 10 fixed IN
the the DET 14 det DT
operations operation NOUN 14 compound NNS
director director NOUN 6 obl NN
, , PUNCT 16 punct ,
Lukas Lukas PROPN 14 appos NNP
Brandt Brandt PROPN 16 flat NNP
, , PUNCT 20 punct ,
who who PRON 20 nsubj WP
added add VERB 14 acl:relcl VBD
that that SCONJ 24 mark IN
every every DET 23 det DT
bike bike NOUN 24 nsubj NN
carried carry VERB 20 ccomp VBD
a a DET 26 det DT
tracker tracker NOUN 24 obj NN
. . PUNCT 6 punct .
""",
    )
    result = attribute(doc)
    # Brandt is no source of his own second statement: both are his.
    assert [q.content_text for q in result.quotes] == [
        "One bike in ten is stolen each year",
        "every bike carried a tracker",
    ]
    assert {speaker_name(result, q) for q in result.quotes} == {"Lukas Brandt"}


def test_an_age_description_with_no_age_given_passes_over_a_place() -> None:
    text = (
        'Eddie Ruiz-Tanaka hit a grand slam at Marsh Street Park. "I lost a shoe," the '
        "21-year-old said."
    )
    doc = parse_by_hand(
        text,
        """
Eddie Eddie PROPN 5 nsubj NNP
Ruiz Ruiz PROPN 1 flat NNP
- - PUNCT 5 punct HYPH
Tanaka Tanaka PROPN 1 flat NNP
hit hit VERB 0 root VBD
a a DET 8 det DT
grand grand ADJ 8 amod JJ
slam slam NOUN 5 obj NN
at at ADP 12 case IN
Marsh Marsh PROPN 12 compound NNP
Street Street PROPN 12 compound NNP
Park Park PROPN 8 nmod NNP
. . PUNCT 5 punct .

" " PUNCT 3 punct ``
I I PRON 3 nsubj PRP
lost lose VERB 14 ccomp VBD
a a DET 5 det DT
shoe shoe NOUN 3 obj NN
, , PUNCT 3 punct ,
" " PUNCT 3 punct ``
the the DET 13 det DT
21 21 NUM 11 nummod CD
- - PUNCT 9 punct HYPH
year year NOUN 13 compound NN
- - PUNCT 11 punct HYPH
old old ADJ 14 nsubj JJ
said say VERB 0 root VBD
. . PUNCT 14 punct .
""",
    )
    result = attribute(doc)
    (quote,) = result.quotes
    # The ballpark is nearer, but it is a place named after "at"; the batter is the subject.
    assert speaker_name(result, quote) == "Eddie Ruiz-Tanaka"


def test_a_name_parsed_as_one_addressed_is_the_subject_of_a_later_said() -> None:
    text = (
        "Tennant, who has held the post since 2014, did not concede and said his party would "
        "ask for a recount."
    )
    doc = parse_by_hand(
        text,
        """
Tennant Tennant PROPN 13 vocative NNP
, , PUNCT 1 punct ,
who who PRON 5 nsubj WP
has have AUX 5 aux VBZ
held hold VERB 13 advcl VBN
the the DET 7 det DT
post post NOUN 5 obj NN
since since ADP 9 case IN
2014 2014 NUM 5 obl CD
, , PUNCT 5 punct ,
did do AUX 13 aux VBD
not not PART 13 advmod RB
concede concede VERB 0 root VBN
and and CCONJ 15 cc CC
said say VERB 13 conj VBD
his his PRON 17 nmod:poss PRP$
party party NOUN 19 nsubj NN
would would AUX 19 aux MD
ask ask VERB 15 ccomp VB
for for ADP 22 case IN
a a DET 22 det DT
recount recount NOUN 19 obl NN
. . PUNCT 13 punct .
""",
    )
    result = attribute(doc)
    (quote,) = result.quotes
    assert quote.content_text == "his party would ask for a recount"
    assert speaker_name(result, quote) == "Tennant"


def test_a_fragment_taken_into_a_mixed_quote_gives_back_the_next_cue() -> None:
    text = (
        'Ostlund accused the government of "governing by bluff" and said his party would vote '
        "against the budget."
    )
    doc = parse_by_hand(
        text,
        """
Ostlund Ostlund PROPN 2 nsubj NNP
accused accuse VERB 0 root VBD
the the DET 4 det DT
government government NOUN 2 obj NN
of of ADP 7 case IN
" " PUNCT 7 punct ``
governing governing VERB 4 acl VBG
by by ADP 9 case IN
bluff bluff NOUN 7 obl NN
" " PUNCT 7 punct ''
and and CCONJ 12 cc CC
said say VERB 2 conj VBD
his his PRON 14 nmod:poss PRP$
party party NOUN 16 nsubj NN
would would AUX 16 aux MD
vote vote VERB 12 ccomp VB
against against ADP 19 case IN
the the DET 19 det DT
budget budget NOUN 16 obl NN
. . PUNCT 2 punct .
""",
    )
    result = attribute(doc)
    accused, said = result.quotes
    assert accused.type is QuoteType.MIXED
    assert accused.content_text == 'the government of "governing by bluff"'
    assert said.type is QuoteType.INDIRECT
    assert said.content_text == "his party would vote against the budget"


def test_a_name_opening_a_label_before_a_colon_speaks() -> None:
    text = "Dorota Wilk, 58, who runs a café beside the stop: “I sold eleven coffees today.”"
    doc = parse_by_hand(
        text,
        """
Dorota Dorota PROPN 0 root NNP
Wilk Wilk PROPN 1 flat NNP
, , PUNCT 4 punct ,
58 58 NUM 1 nmod:unmarked CD
, , PUNCT 7 punct ,
who who PRON 7 nsubj WP
runs run VERB 1 parataxis VBZ
a a DET 9 det DT
café café NOUN 7 obj NN
beside beside ADP 12 case IN
the the DET 12 det DT
stop stop NOUN 7 obj NN
: : PUNCT 16 punct :
“ " PUNCT 16 punct ``
I I PRON 16 nsubj PRP
sold sell VERB 7 parataxis VBD
eleven eleven NUM 18 nummod CD
coffees coffees NOUN 16 obj NNS
today today NOUN 16 obl:unmarked NN
. . PUNCT 16 punct .
” " PUNCT 16 punct ''
""",
    )
    result = attribute(doc)
    (quote,) = result.quotes
    # Not "who", the subject of the description's own clause.
    assert quote.content_text == "I sold eleven coffees today."
    assert speaker_name(result, quote) == "Dorota Wilk"


def test_names_with_a_plural_apostrophe_a_verb_like_last_word_or_a_councillors_title() -> None:
    text = (
        "The Tram Workers’ Guild said its drivers had refused to work. Harebell Live said "
        "ticket holders would get their money back. Cllr Annette Olumide said 41 people had "
        "registered."
    )
    doc = parse_by_hand(
        text,
        """
The the DET 3 det DT
Tram Tram PROPN 3 compound NNP
Workers worker PROPN 5 compound NNPS
’ ' PUNCT 3 punct ``
Guild Guild PROPN 6 nsubj NNP
said say VERB 0 root VBD
its its PRON 8 nmod:poss PRP$
drivers driver NOUN 10 nsubj NNS
had have AUX 10 aux VBD
refused refuse VERB 6 ccomp VBN
to to PART 12 mark TO
work work VERB 10 xcomp VB
. . PUNCT 6 punct .

Harebell Harebell PROPN 3 nsubj NNP
Live live VERB 3 advmod VBP
said say VERB 0 root VBD
ticket ticket NOUN 5 compound NN
holders holder NOUN 7 nsubj NNS
would would AUX 7 aux MD
get get VERB 3 ccomp VB
their their PRON 9 nmod:poss PRP$
money money NOUN 7 obj NN
back back ADV 7 advmod RB
. . PUNCT 3 punct .

Cllr Cllr PROPN 4 nsubj NNP
Annette Annette PROPN 1 flat NNP
Olumide Olumide PROPN 2 flat NNP
said say VERB 0 root VBD
41 41 NUM 6 nummod CD
people people NOUN 8 nsubj NNS
had have AUX 8 aux VBD
registered register VERB 4 ccomp VBN
. . PUNCT 4 punct .
""",
    )
    result = attribute(doc)
    assert [speaker_name(result, q) for q in result.quotes] == [
        "Tram Workers’ Guild",
        "Harebell Live",
        "Annette Olumide",
    ]
    guild = {s.name: s for s in result.speakers}["Tram Workers’ Guild"]
    assert guild.kind is SpeakerKind.ORGANIZATION


def test_a_report_ending_at_a_colon_and_the_quotation_after_it_are_two_quotes() -> None:
    text = (
        "The chair, Rosalind Achterberg, said the offences were worse: “People pay a great deal.”"
    )
    doc = parse_by_hand(
        text,
        """
The the DET 2 det DT
chair chair NOUN 7 nsubj NN
, , PUNCT 4 punct ,
Rosalind Rosalind PROPN 2 appos NNP
Achterberg Achterberg PROPN 4 flat NNP
, , PUNCT 4 punct ,
said say VERB 0 root VBD
the the DET 9 det DT
offences offences NOUN 11 nsubj NNS
were be AUX 11 cop VBD
worse bad ADJ 7 ccomp JJR
: : PUNCT 15 punct :
“ " PUNCT 15 punct ``
People people NOUN 15 nsubj NNS
pay pay VERB 7 ccomp VBP
a a DET 18 det DT
great great ADJ 18 amod JJ
deal deal NOUN 15 obj NN
. . PUNCT 15 punct .
” " PUNCT 15 punct ''
""",
    )
    result = attribute(doc)
    reported, quoted = result.quotes
    assert (reported.type, reported.content_text) == (QuoteType.INDIRECT, "the offences were worse")
    assert (quoted.type, quoted.content_text) == (QuoteType.DIRECT, "People pay a great deal.")
    assert {speaker_name(result, q) for q in result.quotes} == {"Rosalind Achterberg"}


def test_a_passive_warned_with_no_by_leaves_the_source_as_the_speaker() -> None:
    text = (
        "Ministers were warned that the scheme would run out of money, according to a senior "
        "official."
    )
    doc = parse_by_hand(
        text,
        """
Ministers Ministers NOUN 3 nsubj:pass NNS
were be AUX 3 aux:pass VBD
warned warn VERB 0 root VBN
that that SCONJ 8 mark IN
the the DET 6 det DT
scheme scheme NOUN 8 nsubj NN
would would AUX 8 aux MD
run run VERB 3 ccomp VB
out out ADP 11 case RP
of of ADP 11 case IN
money money NOUN 8 obl NN
, , PUNCT 17 punct ,
according accord VERB 17 case VBG
to to ADP 13 fixed IN
a a DET 17 det DT
senior senior ADJ 17 amod JJ
official official NOUN 8 obl NN
. . PUNCT 3 punct .
""",
    )
    result = attribute(doc)
    (quote,) = result.quotes
    # The ministers heard the warning; the official is who reports it.
    assert speaker_name(result, quote) == "a senior official"


def test_a_surname_tagged_as_an_adverb_before_an_age_speaks() -> None:
    text = "Roskilly, 24, said she had won."
    doc = parse_by_hand(
        text,
        """
Roskilly Roskilly ADV 5 advmod RB
, , PUNCT 3 punct ,
24 24 NUM 5 discourse CD
, , PUNCT 3 punct ,
said say VERB 0 root VBD
she she PRON 8 nsubj PRP
had have AUX 8 aux VBD
won win VERB 5 ccomp VBN
. . PUNCT 5 punct .
""",
    )
    result = attribute(doc)
    (quote,) = result.quotes
    assert speaker_name(result, quote) == "Roskilly"


def test_has_accused_with_its_subject_misread_still_reports() -> None:
    text = "Velastra, where the ship was due, has accused its operator of hiding the outbreak."
    doc = parse_by_hand(
        text,
        """
Velastra Velastra PROPN 10 vocative NNP
, , PUNCT 1 punct ,
where where ADV 7 advmod WRB
the the DET 5 det DT
ship ship NOUN 7 nsubj NN
was be AUX 7 cop VBD
due due ADJ 10 advcl JJ
, , PUNCT 7 punct ,
has have AUX 10 aux VBZ
accused accuse VERB 0 root VBN
its its PRON 12 nmod:poss PRP$
operator operator NOUN 10 obj NN
of of SCONJ 14 mark IN
hiding hide VERB 12 acl VBG
the the DET 16 det DT
outbreak outbreak NOUN 14 obj NN
. . PUNCT 10 punct .
""",
    )
    result = attribute(doc)
    (quote,) = result.quotes
    # "has accused" is the perfect of an active verb, not an accusation by nobody named.
    assert quote.content_text == "its operator of hiding the outbreak"
    assert speaker_name(result, quote) == "Velastra"


def test_described_as_stops_at_the_closing_mark_before_a_next_action() -> None:
    text = "Ellstrand described the claim as «absurd and insulting» and summoned the ambassador."
    doc = parse_by_hand(
        text,
        """
Ellstrand Ellstrand PROPN 2 nsubj NNP
described describe VERB 0 root VBD
the the DET 4 det DT
claim claim NOUN 2 obj NN
as as ADP 7 case IN
« " PUNCT 7 punct ``
absurd absurd ADJ 2 obl JJ
and and CCONJ 9 cc CC
insulting insult VERB 7 conj VBG
» " PUNCT 7 punct ''
and and CCONJ 12 cc CC
summoned summoned VERB 2 conj VBD
the the DET 14 det DT
ambassador ambassador NOUN 12 obj NN
. . PUNCT 2 punct .
""",
    )
    (quote,) = attribute(doc).quotes
    assert quote.content_text == "the claim as «absurd and insulting»"


def test_a_speaker_named_sentences_back_weighs_less_than_a_nearer_subject() -> None:
    text = (
        "Quillon Abarra said the pier was safe. The bell was raised on Friday. It had lain on "
        'the seabed. Morwen Tagg handed the bell to Dunmore Museum. "It is a sad day," she said.'
    )
    doc = parse_by_hand(
        text,
        """
Quillon Quillon PROPN 3 nsubj NNP
Abarra Abarra PROPN 1 flat NNP
said say VERB 0 root VBD
the the DET 5 det DT
pier pier NOUN 7 nsubj NN
was be AUX 7 cop VBD
safe safe ADJ 3 ccomp JJ
. . PUNCT 3 punct .

The the DET 2 det DT
bell bell NOUN 4 nsubj:pass NN
was be AUX 4 aux:pass VBD
raised raise VERB 0 root VBN
on on ADP 6 case IN
Friday Friday PROPN 4 obl NNP
. . PUNCT 4 punct .

It it PRON 3 nsubj PRP
had have AUX 3 aux VBD
lain lain VERB 0 root VBN
on on ADP 6 case IN
the the DET 6 det DT
seabed seabed VERB 3 obl VBN
. . PUNCT 3 punct .

Morwen Morwen PROPN 3 nsubj NNP
Tagg Tagg PROPN 1 flat NNP
handed hand VERB 0 root VBD
the the DET 5 det DT
bell bell NOUN 3 obj NN
to to ADP 8 case IN
Dunmore Dunmore PROPN 8 compound NNP
Museum Museum PROPN 5 nmod NNP
. . PUNCT 3 punct .

" " PUNCT 6 punct ``
It it PRON 6 nsubj PRP
is be AUX 6 cop VBZ
a a DET 6 det DT
sad sad ADJ 6 amod JJ
day day NOUN 10 ccomp NN
, , PUNCT 6 punct ,
" " PUNCT 6 punct ``
she she PRON 10 nsubj PRP
said say VERB 0 root VBD
. . PUNCT 10 punct .
""",
    )
    result = attribute(doc)
    _, last = result.quotes
    # Neither given name is in any list; Abarra spoke four sentences back, Tagg is the subject
    # of the sentence just before.
    assert speaker_name(result, last) == "Morwen Tagg"


def test_names_after_a_journal_in_a_preposition_are_not_coordinated_with_it() -> None:
    text = (
        "In their paper, published on Wednesday in the journal Astrophysical Letters, Varga and "
        "Wierzbicki wrote that the signal was very unlikely."
    )
    doc = parse_by_hand(
        text,
        """
In in ADP 3 case IN
their their PRON 3 nmod:poss PRP$
paper paper NOUN 5 obl NN
, , PUNCT 3 punct ,
published publish VERB 17 advcl VBN
on on ADP 7 case IN
Wednesday Wednesday PROPN 5 obl NNP
in in ADP 12 case IN
the the DET 12 det DT
journal journal ADJ 12 amod JJ
Astrophysical Astrophysical PROPN 12 compound NNP
Letters Letters PROPN 5 obl NNPS
, , PUNCT 14 punct ,
Varga Varga PROPN 12 conj NNP
and and CCONJ 16 cc CC
Wierzbicki Wierzbicki PROPN 14 conj NNP
wrote write VERB 0 root VBD
that that SCONJ 23 mark IN
the the DET 20 det DT
signal signal NOUN 23 nsubj NN
was be AUX 23 cop VBD
very very ADV 23 advmod RB
unlikely unlikely ADV 17 ccomp RB
. . PUNCT 17 punct .
""",
    )
    result = attribute(doc)
    (quote,) = result.quotes
    # The parse hangs "Varga and Wierzbicki" from "Letters" as conjuncts; a name inside "in
    # the journal ..." is no subject, so the authors speak.
    assert speaker_name(result, quote) == "Varga"


def test_a_role_not_set_off_by_a_second_comma_is_no_apposition_of_the_name_before() -> None:
    text = (
        "In a paper published in the journal Earth Systems Letters, the researchers wrote that "
        "the speed-up was likely."
    )
    doc = parse_by_hand(
        text,
        """
In in ADP 3 case IN
a a DET 3 det DT
paper paper NOUN 14 obl NN
published publish VERB 14 advcl VBN
in in ADP 10 case IN
the the DET 10 det DT
journal journal ADJ 10 amod JJ
Earth Earth PROPN 10 compound NNP
Systems Systems PROPN 10 compound NNPS
Letters Letters PROPN 4 obl NNPS
, , PUNCT 3 punct ,
the the DET 13 det DT
researchers researcher NOUN 14 nsubj NNS
wrote write VERB 0 root VBD
that that SCONJ 21 mark IN
the the DET 19 det DT
speed speed NOUN 19 compound NN
- - PUNCT 17 punct HYPH
up up NOUN 21 nsubj NN
was be AUX 21 cop VBD
likely likely ADJ 14 ccomp JJ
. . PUNCT 14 punct .
""",
    )
    result = attribute(doc)
    (quote,) = result.quotes
    # Not "Helen Marsh, the shadow health secretary, said": the journal is no speaker.
    assert speaker_name(result, quote) == "the researchers"


def test_a_split_quote_whose_frame_holds_a_relative_cue_of_the_same_speaker() -> None:
    text = (
        '"We have listened," said the head, Duncan Ferrier, who announced the change, "but '
        'uniform matters."'
    )
    doc = parse_by_hand(
        text,
        """
" " PUNCT 4 punct ``
We we PRON 4 nsubj PRP
have have AUX 4 aux VBP
listened listen VERB 7 ccomp VBN
, , PUNCT 4 punct ,
" " PUNCT 4 punct ''
said say VERB 0 root VBD
the the DET 9 det DT
head head NOUN 7 nsubj NN
, , PUNCT 11 punct ,
Duncan Duncan PROPN 9 appos NNP
Ferrier Ferrier PROPN 11 flat NNP
, , PUNCT 15 punct ,
who who PRON 15 nsubj WP
announced announce VERB 9 acl:relcl VBD
the the DET 17 det DT
change change NOUN 15 obj NN
, , PUNCT 22 punct ,
" " PUNCT 22 punct ``
but but CCONJ 22 cc CC
uniform uniform ADJ 22 amod JJ
matters matter NOUN 17 conj NNS
. . PUNCT 7 punct .
" " PUNCT 22 punct ''
""",
    )
    result = attribute(doc)
    (quote,) = result.quotes
    # "who announced the change" is Ferrier's too: the two parts are one quote.
    assert quote.type is QuoteType.DIRECT
    assert len(quote.quoted_parts) == 2
    assert speaker_name(result, quote) == "Duncan Ferrier"


def test_a_name_after_a_foreign_article_and_a_name_people_know_as_are_names() -> None:
    text = "Shepherds call the slope «la Pelata»."
    doc = parse_by_hand(
        text,
        """
Shepherds Shepherds NOUN 2 nsubj NNS
call call VERB 0 root VBP
the the DET 4 det DT
slope slope NOUN 2 obj NN
« " PUNCT 6 punct ``
la la PROPN 2 obj NNP
Pelata Pelata PROPN 6 flat NNP
» " PUNCT 6 punct ''
. . PUNCT 2 punct .
""",
    )
    assert attribute(doc).quotes == ()
    text = "The rest, which locals know as “the Long Finger”, would go, the council said."
    doc = parse_by_hand(
        text,
        """
The the DET 2 det DT
rest rest NOUN 15 nsubj:outer NN
, , PUNCT 2 punct ,
which which PRON 6 nsubj WDT
locals locals NOUN 6 nsubj NNS
know know VERB 2 acl:relcl VBP
as as ADP 11 case IN
“ " PUNCT 11 punct ``
the the DET 11 det DT
Long Long ADJ 11 amod JJ
Finger Finger PROPN 6 obl NNP
” " PUNCT 11 punct ''
, , PUNCT 2 punct ,
would would AUX 15 aux MD
go go VERB 19 ccomp VB
, , PUNCT 15 punct ,
the the DET 18 det DT
council council NOUN 19 nsubj NN
said say VERB 0 root VBD
. . PUNCT 19 punct .
""",
    )
    (quote,) = attribute(doc).quotes
    assert quote.type is QuoteType.INDIRECT


def test_a_campaign_named_with_a_verb_mid_sentence_keeps_the_verb() -> None:
    text = (
        "The fuel is going by rail to a storage site, and Stop Carrack Waste, a local campaign "
        "group, argued that it was merely being moved."
    )
    doc = parse_by_hand(
        text,
        """
The the DET 2 det DT
fuel fuel NOUN 4 nsubj NN
is be AUX 4 aux VBZ
going go VERB 22 ccomp VBG
by by ADP 6 case IN
rail rail NOUN 4 obl NN
to to ADP 10 case IN
a a DET 10 det DT
storage storage NOUN 10 compound NN
site site NOUN 6 nmod NN
, , PUNCT 13 punct ,
and and CCONJ 13 cc CC
Stop stop VERB 4 conj VB
Carrack Carrack PROPN 15 compound NNP
Waste Waste PROPN 13 obj NNP
, , PUNCT 20 punct ,
a a DET 20 det DT
local local ADJ 20 amod JJ
campaign campaign NOUN 20 compound NN
group group NOUN 15 appos NN
, , PUNCT 20 punct ,
argued argue VERB 0 root VBD
that that SCONJ 28 mark IN
it it PRON 28 nsubj:pass PRP
was be AUX 28 aux:pass VBD
merely merely ADV 28 advmod RB
being be AUX 28 aux:pass VBG
moved move VERB 22 ccomp VBN
. . PUNCT 22 punct .
""",
    )
    result = attribute(doc)
    (quote,) = result.quotes
    assert speaker_name(result, quote) == "Stop Carrack Waste"


def test_an_mp_written_in_capitals_before_a_name_in_apposition() -> None:
    text = "The MP for Penvose, Demelza Kitto, said the firm would be held accountable."
    doc = parse_by_hand(
        text,
        """
The the DET 2 det DT
MP MP PROPN 9 nsubj NNP
for for ADP 4 case IN
Penvose Penvose PROPN 2 nmod NNP
, , PUNCT 6 punct ,
Demelza Demelza PROPN 2 appos NNP
Kitto Kitto PROPN 6 flat NNP
, , PUNCT 2 punct ,
said say VERB 0 root VBD
the the DET 11 det DT
firm firm NOUN 14 nsubj:pass NN
would would AUX 14 aux MD
be be AUX 14 aux:pass VB
held hold VERB 9 ccomp VBN
accountable accountable ADJ 14 xcomp JJ
. . PUNCT 9 punct .
""",
    )
    result = attribute(doc)
    (quote,) = result.quotes
    assert speaker_name(result, quote) == "Demelza Kitto"


def test_the_inspectorate_refers_back_to_the_named_inspectorate() -> None:
    text = (
        "The Care Standards Inspectorate visited the home. One resident had gone nine hours "
        "without a drink, the inspectorate said."
    )
    doc = parse_by_hand(
        text,
        """
The the DET 4 det DT
Care Care PROPN 4 compound NNP
Standards Standards PROPN 4 compound NNPS
Inspectorate Inspectorate PROPN 5 nsubj NNP
visited visit VERB 0 root VBD
the the DET 7 det DT
home home NOUN 5 obj NN
. . PUNCT 5 punct .

One one NUM 2 nummod CD
resident resident NOUN 4 nsubj NN
had have AUX 4 aux VBD
gone go VERB 13 ccomp VBN
nine nine NUM 6 nummod CD
hours hour NOUN 4 obj NNS
without without ADP 9 case IN
a a DET 9 det DT
drink drink NOUN 4 obl NN
, , PUNCT 4 punct ,
the the DET 12 det DT
inspectorate inspectorate NOUN 13 nsubj NN
said say VERB 0 root VBD
. . PUNCT 13 punct .
""",
    )
    result = attribute(doc)
    (quote,) = result.quotes
    assert speaker_name(result, quote) == "Care Standards Inspectorate"


def test_can_claim_money_is_an_entitlement_not_a_report() -> None:
    text = "Passengers can claim up to £1,400 for a bag that is never found."
    doc = parse_by_hand(
        text,
        """
Passengers Passengers NOUN 3 nsubj NNS
can can AUX 3 aux MD
claim claim VERB 0 root VB
up up ADP 3 compound:prt RP
to to ADP 6 case IN
£ £ SYM 3 obl $
1,400 1,400 NUM 6 nummod CD
for for ADP 10 case IN
a a DET 10 det DT
bag bag NOUN 3 obl NN
that that PRON 14 nsubj:pass WDT
is be AUX 14 aux:pass VBZ
never never ADV 14 advmod RB
found find VERB 10 acl:relcl VBN
. . PUNCT 3 punct .
""",
    )
    assert attribute(doc).quotes == ()


def test_a_participle_called_between_a_noun_and_a_name_names_it() -> None:
    text = "A spaniel called Biscuit won best in show."
    doc = parse_by_hand(
        text,
        """
A a DET 2 det DT
spaniel spaniel NOUN 3 nsubj NN
called call VERB 0 root VBN
Biscuit Biscuit PROPN 3 obj NNP
won win AUX 6 amod VBD
best good ADJ 3 xcomp JJS
in in ADP 8 case IN
show show NOUN 6 obl NN
. . PUNCT 3 punct .
""",
    )
    # The parse makes "called" the sentence's verb; the dog's name is no report.
    assert attribute(doc).quotes == ()


def test_a_nominal_cue_is_no_speaker_of_its_own() -> None:
    text = (
        "Residents were told by Stalwart Home in letters sent last month that its loss "
        "adjusters had found no evidence of river inundation."
    )
    doc = parse_by_hand(
        text,
        """
Residents Residents NOUN 3 nsubj:pass NNS
were be AUX 3 aux:pass VBD
told tell VERB 0 root VBN
by by ADP 6 case IN
Stalwart Stalwart ADJ 6 amod NNP
Home Home PROPN 3 obl:agent NNP
in in ADP 8 case IN
letters letter NOUN 6 nmod NNS
sent send VERB 3 advcl VBN
last last ADJ 11 amod JJ
month month NOUN 9 obl:unmarked NN
that that SCONJ 17 mark IN
its its PRON 15 nmod:poss PRP$
loss loss NOUN 15 compound NN
adjusters adjusters NOUN 17 nsubj NNS
had have AUX 17 aux VBD
found find VERB 9 ccomp VBN
no no DET 19 det DT
evidence evidence NOUN 17 obj NN
of of ADP 22 case IN
river river NOUN 22 compound NN
inundation inundation NOUN 19 nmod NN
. . PUNCT 3 punct .
""",
    )
    result = attribute(doc)
    # "in letters" names how Stalwart Home told them, not a speaker called "letters".
    assert [speaker_name(result, q) for q in result.quotes] == ["Stalwart Home"]


def test_an_age_description_reaches_a_person_kept_in_the_story_by_a_pronoun() -> None:
    text = (
        "Saskia Brennan could not walk to the end of her garden.\n\n‘I was certain,’ she "
        "says.\n\nHer coach, Joan Metcalfe, 71, has trained her since she was 13. Metcalfe "
        "admits there were hard weeks. ‘She would ring me at seven,’ she says.\n\nThe way "
        "back began with a stopwatch, the 34-year-old says. She recalls the first "
        "session:\n\n‘I ran for one minute and walked for four.’"
    )
    doc = parse_by_hand(
        text,
        """
Saskia Saskia PROPN 5 nsubj NNP
Brennan Brennan PROPN 1 flat NNP
could could AUX 5 aux MD
not not PART 5 advmod RB
walk walk VERB 0 root VB
to to ADP 8 case IN
the the DET 8 det DT
end end NOUN 5 obl NN
of of ADP 10 case IN
her she PRON 8 nmod PRP$
garden garden NOUN 8 nmod NN
. . PUNCT 5 punct .

‘ ' PUNCT 4 punct ''
I I PRON 4 nsubj PRP
was be AUX 4 cop VBD
certain certain ADJ 0 root JJ
, , PUNCT 8 punct ,
’ ' PUNCT 8 punct ''
she she PRON 8 nsubj PRP
says say VERB 4 parataxis VBZ
. . PUNCT 4 punct .

Her her PRON 2 nmod:poss PRP$
coach coach NOUN 10 nsubj NN
, , PUNCT 4 punct ,
Joan Joan PROPN 10 nsubj NNP
Metcalfe Metcalfe PROPN 4 flat NNP
, , PUNCT 7 punct ,
71 71 NUM 4 flat CD
, , PUNCT 4 punct ,
has have AUX 10 aux VBZ
trained train VERB 0 root VBN
her she PRON 10 obj PRP
since since SCONJ 15 mark IN
she she PRON 15 nsubj PRP
was be AUX 15 cop VBD
13 13 NUM 10 advcl CD
. . PUNCT 10 punct .

Metcalfe Metcalfe PROPN 2 nsubj NNP
admits admit VERB 0 root VBZ
there there PRON 4 expl EX
were be AUX 2 ccomp VBD
hard hard ADJ 6 amod JJ
weeks week NOUN 4 nsubj NNS
. . PUNCT 2 punct .

‘ ' PUNCT 4 punct ``
She she PRON 4 nsubj PRP
would would AUX 4 aux MD
ring ring VERB 0 root VB
me I PRON 4 obj PRP
at at ADP 7 case IN
seven seven NUM 4 obl CD
, , PUNCT 11 punct ,
’ ' PUNCT 11 punct ''
she she PRON 11 nsubj PRP
says say VERB 4 parataxis VBZ
. . PUNCT 4 punct .

The the DET 2 det DT
way way NOUN 4 obl:unmarked NN
back back ADV 4 advmod RB
began begin VERB 15 ccomp VBD
with with ADP 7 case IN
a a DET 7 det DT
stopwatch stopwatch NOUN 4 obl NN
, , PUNCT 4 punct ,
the the DET 14 det DT
34 34 NUM 12 nummod CD
- - PUNCT 10 punct HYPH
year year NOUN 14 obl:unmarked NN
- - PUNCT 12 punct HYPH
old old ADJ 15 nsubj JJ
says say VERB 0 root VBZ
. . PUNCT 15 punct .

She she PRON 2 nsubj PRP
recalls recall VERB 0 root VBZ
the the DET 5 det DT
first first ADJ 5 amod JJ
session session NOUN 2 obj NN
: : PUNCT 2 punct :

‘ ' PUNCT 3 punct ''
I I PRON 3 nsubj PRP
ran run VERB 0 root VBD
for for ADP 6 case IN
one one NUM 6 nummod CD
minute minute NOUN 3 obl NN
and and CCONJ 8 cc CC
walked walk VERB 3 conj VBD
for for ADP 10 case IN
four four NUM 8 obl CD
. . PUNCT 3 punct .
’ ' PUNCT 3 punct ''
""",
    )
    result = attribute(doc)
    # Saskia Brennan was last named four sentences back, but "she says" kept her in the
    # story; Joan Metcalfe is 71. "She recalls" then goes back to the 34-year-old.
    assert [speaker_name(result, q) for q in result.quotes] == [
        "Saskia Brennan",
        "Joan Metcalfe",
        "Joan Metcalfe",
        "Saskia Brennan",
        "Saskia Brennan",
    ]


def test_an_elided_particle_joins_a_name() -> None:
    text = "Remontées d'Aulpe, the company that runs the lifts, said that it had given up hope."
    doc = parse_by_hand(
        text,
        """
Remontées Remontées PROPN 12 nsubj NNS
d' d' PUNCT 1 flat ,
Aulpe Aulpe PROPN 1 flat NNP
, , PUNCT 6 punct ,
the the DET 6 det DT
company company NOUN 1 appos NN
that that PRON 8 nsubj WDT
runs run VERB 6 acl:relcl VBZ
the the DET 10 det DT
lifts lifts NOUN 8 obj NNS
, , PUNCT 1 punct ,
said say VERB 0 root VBD
that that SCONJ 16 mark IN
it it PRON 16 nsubj PRP
had have AUX 16 aux VBD
given give VERB 12 ccomp VBN
up up ADP 16 compound:prt RP
hope hope NOUN 16 obj NN
. . PUNCT 12 punct .
""",
    )
    result = attribute(doc)
    assert [speaker_name(result, q) for q in result.quotes] == ["Remontées d'Aulpe"]


def test_a_mixed_report_takes_in_the_cues_inside_it() -> None:
    text = (
        "The Wine Association said it would ask the state government for grants “so that "
        "no cellar door stands empty”."
    )
    doc = parse_by_hand(
        text,
        """
The the DET 3 det DT
Wine wine NOUN 3 compound NN
Association Association NOUN 4 nsubj NN
said say VERB 0 root VBD
it it PRON 7 nsubj PRP
would would AUX 7 aux MD
ask ask VERB 4 ccomp VB
the the DET 10 det DT
state state NOUN 10 compound NN
government government NOUN 7 obj NN
for for ADP 12 case IN
grants grant NOUN 10 nmod NNS
“ " PUNCT 7 punct ''
so so ADV 19 mark RB
that that SCONJ 19 mark IN
no no DET 18 det DT
cellar cellar NOUN 18 compound NN
door door NOUN 19 nsubj NN
stands stand VERB 4 ccomp VBZ
empty empty ADJ 19 xcomp JJ
” " PUNCT 19 punct ''
. . PUNCT 4 punct .
""",
    )
    result = attribute(doc)
    # "ask" inside the report is the association's plan, not a second report.
    assert [(q.type, speaker_name(result, q)) for q in result.quotes] == [
        (QuoteType.MIXED, "Wine Association")
    ]


def test_quoted_as_saying_whatever_the_parse_hung_saying_from() -> None:
    text = (
        "The director, Patrick Ellory, was quoted by the Wenlow Courier as saying crews "
        'had "fixed more leaks this year than in any year in our history".'
    )
    doc = parse_by_hand(
        text,
        """
The the DET 2 det DT
director director NOUN 8 nsubj:pass NN
, , PUNCT 4 punct ,
Patrick Patrick PROPN 2 appos NNP
Ellory Ellory PROPN 4 flat NNP
, , PUNCT 4 punct ,
was be AUX 8 aux:pass VBD
quoted quote VERB 0 root VBN
by by ADP 12 case IN
the the DET 12 det DT
Wenlow Wenlow PROPN 12 compound NNP
Courier Courier PROPN 8 obl:agent NNP
as as SCONJ 14 mark IN
saying say VERB 18 advcl VBG
crews crew NOUN 18 nsubj NNS
had have VERB 18 aux VBD
" " PUNCT 18 punct ``
fixed fix VERB 8 conj VBN
more more ADJ 20 amod JJR
leaks leak NOUN 18 obj NNS
this this DET 22 det DT
year year NOUN 20 nmod:unmarked NN
than than ADP 26 case IN
in in ADP 26 case IN
any any DET 26 det DT
year year NOUN 18 obl NN
in in ADP 29 case IN
our our PRON 29 nmod:poss PRP$
history history NOUN 26 nmod NN
" " PUNCT 26 punct ''
. . PUNCT 8 punct .
""",
    )
    result = attribute(doc)
    # The parse hangs "saying" from the reported clause, whose subject is "crews".
    assert [(q.type, speaker_name(result, q)) for q in result.quotes] == [
        (QuoteType.MIXED, "Patrick Ellory")
    ]


def test_so_wrote_after_a_quotation_is_its_cue() -> None:
    text = (
        "Ingrid Sølvberg spoke by phone. “We smelt the petrol first,” Sølvberg "
        "said.\n\n“The first person I pulled aboard was a boy. He weighed nothing.\n\n“The "
        "last was a woman who had been sitting in seawater.”\n\nSo wrote Tomasz Wierzbicki, "
        "the deck coordinator, in a post on Monday."
    )
    doc = parse_by_hand(
        text,
        """
Ingrid Ingrid PROPN 3 nsubj:pass NNP
Sølvberg Sølvberg PROPN 1 flat NNP
spoke speak VERB 0 root VBD
by by ADP 5 case IN
phone phone NOUN 3 obl NN
. . PUNCT 3 punct .

“ " PUNCT 3 punct ``
We we PRON 3 nsubj PRP
smelt smelt VERB 10 ccomp VBP
the the DET 5 det DT
petrol petrol NOUN 3 obj NN
first first ADV 3 advmod RB
, , PUNCT 3 punct ,
” " PUNCT 3 punct ``
Sølvberg Sølvberg PROPN 10 nsubj NNP
said say VERB 0 root VBD
. . PUNCT 10 punct .

“ " PUNCT 10 punct ``
The the DET 4 det DT
first first ADJ 4 amod JJ
person person NOUN 10 nsubj NN
I I PRON 6 nsubj PRP
pulled pull VERB 4 acl:relcl VBD
aboard aboard NOUN 6 obj NN
was be AUX 10 cop VBD
a a DET 10 det DT
boy boy NOUN 0 root NN
. . PUNCT 10 punct .

He he PRON 2 nsubj PRP
weighed weigh VERB 0 root VBD
nothing nothing PRON 2 obj NN
. . PUNCT 2 punct .

“ " PUNCT 6 punct ``
The the DET 3 det DT
last last ADJ 6 nsubj JJ
was be AUX 6 cop VBD
a a DET 6 det DT
woman woman NOUN 0 root NN
who who PRON 10 nsubj WP
had have AUX 10 aux VBD
been be AUX 10 aux VBN
sitting sit VERB 6 acl:relcl VBG
in in ADP 12 case IN
seawater seawater NOUN 10 obl NN
. . PUNCT 6 punct .
” " PUNCT 6 punct ''

So so ADV 2 advmod RB
wrote write VERB 0 root VBD
Tomasz Tomasz PROPN 2 obj NNP
Wierzbicki Wierzbicki PROPN 3 flat NNP
, , PUNCT 8 punct ,
the the DET 8 det DT
deck deck NOUN 8 compound NN
coordinator coordinator NOUN 3 appos NN
, , PUNCT 12 punct ,
in in ADP 12 case IN
a a DET 12 det DT
post post NOUN 2 obl NN
on on ADP 14 case IN
Monday Monday PROPN 12 nmod NNP
. . PUNCT 2 punct .
""",
    )
    result = attribute(doc)
    assert [speaker_name(result, q) for q in result.quotes] == [
        "Ingrid Sølvberg",
        "Tomasz Wierzbicki",
    ]


def test_one_of_a_group_of_people_is_an_anonymous_speaker() -> None:
    text = (
        "Tomasz Wierzbicki wrote a post. One of the ship’s two medics, who asked not to "
        "be named, said two children had been treated for hypothermia. “We zipped him "
        "into a bag on the deck,” she added."
    )
    doc = parse_by_hand(
        text,
        """
Tomasz Tomasz PROPN 3 nsubj NNP
Wierzbicki Wierzbicki PROPN 1 flat NNP
wrote write VERB 0 root VBD
a a DET 5 det DT
post post NOUN 3 obj NN
. . PUNCT 3 punct .

One one NUM 16 nsubj CD
of of ADP 7 case IN
the the DET 4 det DT
ship ship NOUN 7 nmod:poss NN
’s 's PART 4 case POS
two two NUM 7 nummod CD
medics medics NOUN 1 nmod NNS
, , PUNCT 10 punct ,
who who PRON 10 nsubj WP
asked ask VERB 7 acl:relcl VBD
not not PART 14 advmod RB
to to PART 14 mark TO
be be AUX 14 aux:pass VB
named name VERB 10 xcomp VBN
, , PUNCT 1 punct ,
said say VERB 0 root VBD
two two NUM 18 nummod CD
children child NOUN 21 nsubj:pass NNS
had have AUX 21 aux VBD
been be AUX 21 aux:pass VBN
treated treat VERB 16 ccomp VBN
for for ADP 23 case IN
hypothermia hypothermia NOUN 21 obl NN
. . PUNCT 16 punct .

“ " PUNCT 3 punct ``
We we PRON 3 nsubj PRP
zipped zipped VERB 0 root VBD
him he PRON 3 obj PRP
into into ADP 7 case IN
a a DET 7 det DT
bag bag NOUN 3 obl NN
on on ADP 10 case IN
the the DET 10 det DT
deck deck NOUN 3 obl NN
, , PUNCT 14 punct ,
” " PUNCT 14 punct ``
she she PRON 14 nsubj PRP
added add VERB 3 parataxis VBD
. . PUNCT 14 punct .
""",
    )
    result = attribute(doc)
    medic = "One of the ship’s two medics"
    assert [speaker_name(result, q) for q in result.quotes] == [medic, medic]
    assert result.speakers[0].kind == SpeakerKind.ANONYMOUS


def test_one_of_a_group_of_things_is_not_a_person() -> None:
    text = (
        "At St Oswin’s, one of the churches on the list, the churchwarden, Dennis Pruett, "
        "noted that the church had been open. ‘They can sell the building,’ he said."
    )
    doc = parse_by_hand(
        text,
        """
At at ADP 2 case IN
St St PROPN 6 nmod:poss NNP
Oswin Oswin PROPN 2 flat NNP
’s 's PART 3 case POS
, , PUNCT 6 punct ,
one one NUM 20 nsubj CD
of of ADP 9 case IN
the the DET 9 det DT
churches churches NOUN 6 nmod NNS
on on ADP 12 case IN
the the DET 12 det DT
list list NOUN 6 nmod NN
, , PUNCT 15 punct ,
the the DET 15 det DT
churchwarden churchwarden NOUN 20 nsubj NN
, , PUNCT 17 punct ,
Dennis Dennis PROPN 15 appos NNP
Pruett Pruett PROPN 17 flat NNP
, , PUNCT 17 punct ,
noted note VERB 0 root VBD
that that SCONJ 26 mark IN
the the DET 23 det DT
church church NOUN 26 nsubj NN
had have AUX 26 aux VBD
been be AUX 26 cop VBN
open open ADJ 20 ccomp JJ
. . PUNCT 20 punct .

‘ ' PUNCT 4 punct ''
They they PRON 4 nsubj PRP
can can AUX 4 aux MD
sell sell VERB 10 ccomp VB
the the DET 6 det DT
building building NOUN 4 obj NN
, , PUNCT 4 punct ,
’ ' PUNCT 4 punct ''
he he PRON 10 nsubj PRP
said say VERB 0 root VBD
. . PUNCT 10 punct .
""",
    )
    result = attribute(doc)
    # "list" ends like "pianist"; only the noun after "of" says what the one is.
    assert speaker_name(result, result.quotes[-1]) == "Dennis Pruett"


def test_a_naming_verb_before_a_colon_gives_a_name() -> None:
    text = 'Whatever happens, the field will stay what everyone has always called it: "the Rec".'
    doc = parse_by_hand(
        text,
        """
Whatever whatever PRON 2 nsubj WP
happens happen VERB 7 advcl VBZ
, , PUNCT 2 punct ,
the the DET 5 det DT
field field NOUN 7 nsubj NN
will will AUX 7 aux MD
stay stay VERB 0 root VB
what what PRON 12 obj WP
everyone everyone PRON 12 nsubj NN
has have AUX 12 aux VBZ
always always ADV 12 advmod RB
called call VERB 7 ccomp VBN
it it PRON 12 obj PRP
: : PUNCT 17 punct :
" " PUNCT 17 punct ``
the the DET 17 det DT
Rec Rec PROPN 12 parataxis NNP
" " PUNCT 17 punct ''
. . PUNCT 7 punct .
""",
    )
    assert attribute(doc).quotes == ()


def test_a_role_after_an_age_is_the_persons_role() -> None:
    text = (
        "The chain was organised by Rhiannon Pryce, 67, a retired headteacher whose old "
        'school stands beside the field. "I taught half the people in that chain to '
        'read," said the former headteacher.'
    )
    doc = parse_by_hand(
        text,
        """
The the DET 2 det DT
chain chain NOUN 4 nsubj:pass NN
was be AUX 4 aux:pass VBD
organised organised VERB 0 root VBN
by by ADP 6 case IN
Rhiannon Rhiannon PROPN 4 obl:agent NNP
Pryce Pryce PROPN 6 flat NNP
, , PUNCT 9 punct ,
67 67 NUM 6 appos CD
, , PUNCT 13 punct ,
a a DET 13 det DT
retired retire VERB 13 amod VBN
headteacher headteacher NOUN 17 nsubj NN
whose whose PRON 16 nmod:poss WP$
old old ADJ 16 amod JJ
school school NOUN 17 nsubj NN
stands stand VERB 4 conj VBZ
beside beside VERB 20 case IN
the the DET 20 det DT
field field NOUN 17 obj NN
. . PUNCT 4 punct .

" " PUNCT 3 punct ``
I I PRON 3 nsubj PRP
taught teach VERB 14 ccomp VBD
half half ADP 6 det:predet IN
the the DET 6 det DT
people people NOUN 3 obj NNS
in in ADP 9 case IN
that that DET 9 det DT
chain chain NOUN 6 nmod NN
to to PART 11 mark TO
read read VERB 3 advcl VB
, , PUNCT 3 punct ,
" " PUNCT 3 punct ''
said say VERB 0 root VBD
the the DET 17 det DT
former former ADJ 17 amod JJ
headteacher headteacher NOUN 14 nsubj NN
. . PUNCT 14 punct .
""",
    )
    result = attribute(doc)
    # The parse makes "headteacher" the subject of the clause after it.
    assert [speaker_name(result, q) for q in result.quotes] == ["Rhiannon Pryce"]


def test_a_name_given_in_a_relative_clause_names_the_speaker() -> None:
    text = (
        '"I\'ve got nothing against 5G," said a man in a hi-vis jacket who gave his name '
        "as Dale Whitlock, a plumber."
    )
    doc = parse_by_hand(
        text,
        """
" " PUNCT 4 punct ``
I I PRON 4 nsubj PRP
've have AUX 4 aux VBP
got get VERB 10 ccomp VBN
nothing nothing PRON 4 obj NN
against against ADP 7 case IN
5G 5G PROPN 5 nmod NNP
, , PUNCT 4 punct ,
" " PUNCT 4 punct ''
said say VERB 0 root VBD
a a DET 12 det DT
man man NOUN 10 iobj NN
in in ADP 16 case IN
a a DET 16 det DT
hi-vis hi-vis ADJ 16 compound JJ
jacket jacket NOUN 12 nmod NN
who who PRON 18 nsubj WP
gave give VERB 16 acl:relcl VBD
his his PRON 20 nmod:poss PRP$
name name NOUN 18 obj NN
as as ADP 22 case IN
Dale Dale PROPN 18 obl NNP
Whitlock Whitlock PROPN 22 flat NNP
, , PUNCT 26 punct ,
a a DET 26 det DT
plumber plumber NOUN 22 appos NN
. . PUNCT 10 punct .
""",
    )
    result = attribute(doc)
    assert [speaker_name(result, q) for q in result.quotes] == ["Dale Whitlock"]


def test_she_added_goes_on_with_an_unnamed_speaker_across_a_quoted_sentence() -> None:
    text = (
        "“We smelt the petrol first,” Ingrid Sølvberg said. One of the ship’s two medics "
        "said a man had died in the night. “We zipped him into a bag on the deck. His son "
        "sat beside him until morning,” she added."
    )
    doc = parse_by_hand(
        text,
        """
“ " PUNCT 3 punct ``
We we PRON 3 nsubj PRP
smelt smelt VERB 11 ccomp VBP
the the DET 5 det DT
petrol petrol NOUN 3 obj NN
first first ADJ 3 advmod RB
, , PUNCT 3 punct ,
” " PUNCT 3 punct ``
Ingrid Ingrid PROPN 11 nsubj NNP
Sølvberg Sølvberg PROPN 9 flat NNP
said say VERB 0 root VBD
. . PUNCT 11 punct .

One one NUM 8 nsubj CD
of of ADP 7 case IN
the the DET 4 det DT
ship ship NOUN 7 nmod:poss NN
’s 's PART 4 case POS
two two NUM 7 nummod CD
medics medics NOUN 1 nmod NNS
said say VERB 0 root VBD
a a DET 10 det DT
man man NOUN 12 nsubj NN
had have AUX 12 aux VBD
died die VERB 8 ccomp VBN
in in ADP 15 case IN
the the DET 15 det DT
night night NOUN 12 obl NN
. . PUNCT 8 punct .

“ " PUNCT 3 punct ``
We we PRON 3 nsubj PRP
zipped zipped VERB 0 root VBD
him he PRON 3 obj PRP
into into ADP 7 case IN
a a DET 7 det DT
bag bag NOUN 3 obl NN
on on ADP 10 case IN
the the DET 10 det DT
deck deck NOUN 3 obl NN
. . PUNCT 3 punct .

His his PRON 2 nmod:poss PRP$
son son NOUN 3 nsubj NN
sat sit VERB 0 root VBD
beside beside VERB 3 xcomp VB
him he PRON 4 obj PRP
until until ADP 7 case IN
morning morning NOUN 4 obl NN
, , PUNCT 11 punct ,
” " PUNCT 11 punct ``
she she PRON 11 nsubj PRP
added add VERB 3 parataxis VBD
. . PUNCT 3 punct .
""",
    )
    result = attribute(doc)
    medic = "One of the ship’s two medics"
    # The quote's first sentence is wholly quoted: "she added" still follows the medic.
    assert [speaker_name(result, q) for q in result.quotes] == ["Ingrid Sølvberg", medic, medic]


def test_a_concession_in_reported_tenses_stays_in_the_report() -> None:
    text = (
        "Corrabhan Police said there had been no serious incidents, although two people "
        "had been treated for eye damage after looking at the sun."
    )
    doc = parse_by_hand(
        text,
        """
Corrabhan Corrabhan PROPN 2 compound NNP
Police Police PROPN 3 nsubj NNP
said say VERB 0 root VBD
there there PRON 6 expl EX
had have AUX 6 aux VBD
been be AUX 3 ccomp VBN
no no DET 9 det DT
serious serious ADJ 9 amod JJ
incidents incidents NOUN 6 nsubj NNS
, , PUNCT 16 punct ,
although although SCONJ 16 mark IN
two two NUM 13 nummod CD
people people NOUN 16 nsubj:pass NNS
had have AUX 16 aux VBD
been be AUX 16 aux:pass VBN
treated treat VERB 6 advcl VBN
for for ADP 19 case IN
eye eye NOUN 19 compound NN
damage damage NOUN 16 obl NN
after after SCONJ 21 mark IN
looking look VERB 16 advcl VBG
at at ADP 24 case IN
the the DET 24 det DT
sun sun NOUN 21 obl NN
. . PUNCT 3 punct .
""",
    )
    result = attribute(doc)
    # Past perfect after "although": the police's words, not the writer's aside.
    assert [q.content_text for q in result.quotes] == [
        "there had been no serious incidents, although two people had been treated for eye "
        "damage after looking at the sun"
    ]


def test_a_second_that_clause_goes_on_with_the_report() -> None:
    text = (
        "In a statement, North Kingsreach Hospitals NHS Trust said demand for emergency "
        "care had risen by 11 per cent in a year, and that on a typical day about 140 "
        "patients who were well enough to go home could not leave because there was no "
        "care available for them."
    )
    doc = parse_by_hand(
        text,
        """
In in ADP 3 case IN
a a DET 3 det DT
statement statement NOUN 10 obl NN
, , PUNCT 3 punct ,
North North PROPN 7 compound NNP
Kingsreach Kingsreach PROPN 7 compound NNP
Hospitals Hospital PROPN 9 compound NNPS
NHS NHS PROPN 9 compound NNP
Trust trust PROPN 10 nsubj NNP
said say VERB 0 root VBD
demand demand NOUN 10 iobj NN
for for ADP 14 case IN
emergency emergency NOUN 14 compound NN
care care NOUN 11 nmod NN
had have AUX 10 ccomp VBD
risen risen VERB 15 advmod VBN
by by ADP 18 case IN
11 11 NUM 16 obl CD
per per ADP 20 case IN
cent cent NOUN 16 obl NN
in in ADP 23 case IN
a a DET 23 det DT
year year NOUN 16 obl NN
, , PUNCT 30 punct ,
and and CCONJ 30 cc CC
that that PRON 30 nsubj DT
on on ADP 30 case IN
a a DET 30 det DT
typical typical ADJ 30 amod JJ
day day NOUN 10 obl NN
about about ADP 33 case IN
140 140 NUM 33 nummod CD
patients patient NOUN 30 nmod NNS
who who PRON 37 nsubj WP
were be AUX 37 cop VBD
well well ADV 37 advmod RB
enough enough ADJ 33 acl:relcl JJ
to to PART 39 mark TO
go go VERB 37 csubj VB
home home ADV 43 advmod RB
could could AUX 43 aux MD
not not PART 43 advmod RB
leave leave VERB 37 advcl VB
because because SCONJ 46 mark IN
there there PRON 46 expl EX
was be AUX 43 advcl VBD
no no DET 48 det DT
care care NOUN 46 nsubj NN
available available ADJ 46 advmod JJ
for for ADP 51 case IN
them they PRON 49 obl PRP
. . PUNCT 10 punct .
""",
    )
    result = attribute(doc)
    assert [q.content_text for q in result.quotes] == [
        "demand for emergency care had risen by 11 per cent in a year, and that on a typical day "
        "about 140 patients who were well enough to go home could not leave because there was "
        "no care available for them"
    ]


def test_a_reported_passive_borrows_no_speaker() -> None:
    text = (
        "The health minister, Evander Quist, said in a statement that money for a "
        "catch-up campaign in pharmacies and GP surgeries would be announced next week."
    )
    doc = parse_by_hand(
        text,
        """
The the DET 3 det DT
health health NOUN 3 compound NN
minister minister NOUN 8 nsubj NN
, , PUNCT 5 punct ,
Evander Evander PROPN 3 appos NNP
Quist Quist PROPN 5 flat NNP
, , PUNCT 5 punct ,
said say VERB 0 root VBD
in in ADP 11 case IN
a a DET 11 det DT
statement statement NOUN 8 obl NN
that that PRON 13 nsubj WDT
money money NOUN 27 nsubj:pass NN
for for ADP 19 case IN
a a DET 19 det DT
catch catch NOUN 18 compound NN
- - PUNCT 16 punct HYPH
up up ADP 19 compound NN
campaign campaign NOUN 13 nmod NN
in in ADP 21 case IN
pharmacies pharmacies NOUN 19 nmod NNS
and and CCONJ 24 cc CC
GP GP NOUN 24 compound NN
surgeries surgeries NOUN 21 conj NNS
would would AUX 27 aux MD
be be AUX 27 aux:pass VB
announced announce VERB 8 ccomp VBN
next next ADJ 29 amod JJ
week week NOUN 27 obl:unmarked NN
. . PUNCT 8 punct .
""",
    )
    result = attribute(doc)
    # "would be announced" has its own subject and no agent: no second report by "GP".
    assert [(q.content_text, speaker_name(result, q)) for q in result.quotes] == [
        (
            "money for a catch-up campaign in pharmacies and GP surgeries would be announced "
            "next week",
            "Evander Quist",
        )
    ]


def test_counsel_submits_and_a_bench_observes() -> None:
    text = (
        "Senior advocate Harish Gowda submitted that every month of delay would add "
        "nearly Rs 40 crore to the cost. Chief Justice Anjali Deshpande observed that the "
        "agency had not explained the route. The firm submitted a bid and observed the "
        "rules."
    )
    doc = parse_by_hand(
        text,
        """
Senior senior ADJ 2 amod JJ
advocate advocate NOUN 3 nmod:desc NN
Harish Harish PROPN 5 nsubj NNP
Gowda Gowda PROPN 3 flat NNP
submitted submit VERB 0 root VBD
that that SCONJ 12 mark IN
every every DET 8 det DT
month month NOUN 12 nsubj NN
of of ADP 10 case IN
delay delay NOUN 8 nmod NN
would would AUX 12 aux MD
add add VERB 5 ccomp VB
nearly nearly ADV 15 advmod RB
Rs Rs SYM 16 nummod $
40 40 NUM 16 nummod CD
crore crore NOUN 12 obj NN
to to ADP 19 case IN
the the DET 19 det DT
cost cost NOUN 16 nmod NN
. . PUNCT 5 punct .

Chief Chief PROPN 2 nmod:desc NNP
Justice Justice PROPN 5 nsubj NNP
Anjali Anjali PROPN 2 flat NNP
Deshpande Deshpande PROPN 3 flat NNP
observed observe VERB 0 root VBD
that that SCONJ 11 mark IN
the the DET 8 det DT
agency agency NOUN 11 nsubj NN
had have AUX 11 aux VBD
not not PART 11 advmod RB
explained explain VERB 5 ccomp VBN
the the DET 13 det DT
route route NOUN 11 obj NN
. . PUNCT 5 punct .

The the DET 2 det DT
firm firm NOUN 3 nsubj NN
submitted submit VERB 0 root VBD
a a DET 5 det DT
bid bid NOUN 3 obj NN
and and CCONJ 7 cc CC
observed observe VERB 3 conj VBD
the the DET 9 det DT
rules rule NOUN 7 obj NNS
. . PUNCT 3 punct .
""",
    )
    result = attribute(doc)
    # "add" inside the report is no cue of its own; "submitted a bid" reports nothing.
    assert [(q.cue.text, speaker_name(result, q)) for q in result.quotes] == [
        ("submitted", "Harish Gowda"),
        ("observed", "Anjali Deshpande"),
    ]


def test_an_inverted_speaker_after_a_plural_possessive_is_the_possessed() -> None:
    text = (
        '"Saplings in Bidadi do not give shade in Jayanagar," retorted the petitioners\' '
        "counsel, Lakshmi Narayanaswamy."
    )
    doc = parse_by_hand(
        text,
        """
" " PUNCT 7 punct ``
Saplings Saplings NOUN 7 nsubj NNPS
in in ADP 4 case IN
Bidadi Bidadi PROPN 2 nmod NNP
do do AUX 7 aux VBP
not not PART 7 advmod RB
give give VERB 13 advcl VB
shade shade NOUN 7 obj NN
in in ADP 10 case IN
Jayanagar Jayanagar PROPN 7 obl NNP
, , PUNCT 7 punct ,
" " PUNCT 13 punct ''
retorted retorted VERB 0 root VBD
the the DET 15 det DT
petitioners petitioners NOUN 13 obj NNS
' ' PUNCT 17 punct ``
counsel counsel NOUN 13 obj NN
, , PUNCT 19 punct ,
Lakshmi Lakshmi PROPN 17 appos NNP
Narayanaswamy Narayanaswamy PROPN 19 flat NNP
. . PUNCT 13 punct .
""",
    )
    result = attribute(doc)
    assert [speaker_name(result, q) for q in result.quotes] == ["Lakshmi Narayanaswamy"]


def test_an_acronym_names_the_organisation_it_abbreviates() -> None:
    text = (
        "Lawyers for the Bengaluru Rapid Rail Corporation (BRRC) asked for time. BRRC "
        "said it would abide by the directions of the court."
    )
    doc = parse_by_hand(
        text,
        """
Lawyers lawyer NOUN 11 nsubj NNS
for for ADP 7 case IN
the the DET 7 det DT
Bengaluru Bengaluru PROPN 7 compound NNP
Rapid Rapid PROPN 7 compound NNP
Rail Rail PROPN 7 compound NNP
Corporation Corporation PROPN 1 nmod NNP
( ( PUNCT 9 punct -LRB-
BRRC BRRC PROPN 7 appos NNP
) ) PUNCT 9 punct -RRB-
asked ask VERB 0 root VBD
for for ADP 13 case IN
time time NOUN 11 obl NN
. . PUNCT 11 punct .

BRRC BRRC PROPN 2 nsubj NNP
said say VERB 0 root VBD
it it PRON 5 nsubj PRP
would would AUX 5 aux MD
abide abide VERB 2 ccomp VB
by by ADP 8 case IN
the the DET 8 det DT
directions direction NOUN 5 obl NNS
of of ADP 11 case IN
the the DET 11 det DT
court court NOUN 8 nmod NN
. . PUNCT 2 punct .
""",
    )
    result = attribute(doc)
    assert [speaker_name(result, q) for q in result.quotes] == ["Bengaluru Rapid Rail Corporation"]
    # The acronym in brackets is another name, not a role.
    assert result.speakers[0].role == ""


def test_an_age_in_a_role_is_the_persons_age() -> None:
    text = (
        "The first call was heard by Minh Tran, a 27-year-old PhD student from Cairns, "
        "during a survey. ‘I heard a call I didn’t recognise,’ the 27-year-old said."
    )
    doc = parse_by_hand(
        text,
        """
The the DET 3 det DT
first first ADJ 3 amod JJ
call call NOUN 5 nsubj:pass NN
was be AUX 5 aux:pass VBD
heard hear VERB 0 root VBN
by by ADP 7 case IN
Minh Minh PROPN 5 obl:agent NNP
Tran Tran PROPN 7 flat NNP
, , PUNCT 17 punct ,
a a DET 17 det DT
27 27 NUM 13 nummod CD
- - PUNCT 11 punct HYPH
year year NOUN 15 obl:unmarked NN
- - PUNCT 13 punct HYPH
old old ADJ 17 amod JJ
PhD phd NOUN 17 compound NN
student student NOUN 7 appos NN
from from ADP 19 case IN
Cairns Cairns PROPN 17 nmod NNPS
, , PUNCT 23 punct ,
during during ADP 23 case IN
a a DET 23 det DT
survey survey NOUN 5 obl NN
. . PUNCT 5 punct .

‘ ' PUNCT 3 punct ''
I I PRON 3 nsubj PRP
heard hear VERB 18 ccomp VBD
a a DET 5 det DT
call call NOUN 3 obj NN
I I PRON 9 nsubj PRP
did do AUX 9 aux VBD
n’t not PART 9 advmod RB
recognise recognise VERB 5 acl:relcl VB
, , PUNCT 18 punct ,
’ ' PUNCT 18 punct ``
the the DET 17 det DT
27 27 NUM 15 nummod CD
- - PUNCT 13 punct HYPH
year year NOUN 17 compound NN
- - PUNCT 15 punct HYPH
old old ADJ 18 nsubj JJ
said say VERB 0 root VBD
. . PUNCT 18 punct .
""",
    )
    result = attribute(doc)
    assert [speaker_name(result, q) for q in result.quotes] == ["Minh Tran"]


def test_a_name_with_its_institution_set_off_after_a_role_speaks() -> None:
    text = (
        "In a paper published in the journal Austral Herpetology, the study’s lead "
        "author, Dr Kirra Anderson of Northern Tropics University, wrote that the "
        "surviving frogs appeared to have ‘learned to live with the fungus’."
    )
    doc = parse_by_hand(
        text,
        """
In in ADP 3 case IN
a a DET 3 det DT
paper paper NOUN 25 obl NN
published publish VERB 25 advcl VBN
in in ADP 9 case IN
the the DET 9 det DT
journal journal ADJ 9 compound NNP
Austral Austral PROPN 9 compound NNP
Herpetology Herpetology PROPN 4 obl NNP
, , PUNCT 3 punct ,
the the DET 12 det DT
study study NOUN 15 nmod:poss NN
’s 's PART 12 case POS
lead lead ADJ 15 amod JJ
author author NOUN 9 appos NN
, , PUNCT 17 punct ,
Dr Dr PROPN 15 appos NNP
Kirra Kirra PROPN 17 flat NNP
Anderson Anderson PROPN 17 flat NNP
of of ADP 23 case IN
Northern Northern ADJ 23 amod NNP
Tropics Tropics PROPN 23 compound NNPS
University University PROPN 15 nmod NNP
, , PUNCT 3 punct ,
wrote write VERB 0 root VBD
that that SCONJ 30 mark IN
the the DET 29 det DT
surviving surviving NOUN 29 amod VBG
frogs frogs NOUN 30 nsubj NNS
appeared appear VERB 25 ccomp VBD
to to PART 32 mark TO
have have VERB 30 xcomp VB
‘ ' PUNCT 34 punct ``
learned learn VERB 30 xcomp VBN
to to PART 36 mark TO
live live VERB 34 xcomp VB
with with ADP 39 case IN
the the DET 39 det DT
fungus fungus NOUN 36 obl NN
’ ' PUNCT 34 punct ''
. . PUNCT 25 punct .
""",
    )
    result = attribute(doc)
    assert [speaker_name(result, q) for q in result.quotes] == ["Kirra Anderson"]


def test_an_elders_title_is_no_part_of_the_name() -> None:
    text = (
        "Senior ranger Uncle Lenny Garbutt said his grandmother had told him stories "
        "about the frog."
    )
    doc = parse_by_hand(
        text,
        """
Senior senior ADJ 3 amod JJ
ranger ranger NOUN 3 nmod:desc NN
Uncle uncle PROPN 6 nsubj NNP
Lenny Lenny PROPN 3 flat NNP
Garbutt Garbutt PROPN 4 flat NNP
said say VERB 0 root VBD
his his PRON 8 nmod:poss PRP$
grandmother grandmother NOUN 10 nsubj NN
had have AUX 10 aux VBD
told tell VERB 6 ccomp VBN
him he PRON 10 iobj PRP
stories story NOUN 10 obj NNS
about about ADP 15 case IN
the the DET 15 det DT
frog frog NOUN 12 nmod NN
. . PUNCT 6 punct .
""",
    )
    result = attribute(doc)
    assert [speaker_name(result, q) for q in result.quotes] == ["Lenny Garbutt"]


def test_a_quoted_name_opening_a_report_is_its_subject() -> None:
    text = "The Kilbrannan Harbour Trust said 'Wee Tam' would be bolted back onto his plinth."
    doc = parse_by_hand(
        text,
        """
The the DET 4 det DT
Kilbrannan Kilbrannan PROPN 4 compound NNP
Harbour Harbour PROPN 4 compound NNP
Trust trust PROPN 5 nsubj NNP
said say VERB 0 root VBD
' ' PUNCT 11 punct ``
Wee Wee PROPN 11 nsubj:pass NNP
Tam' Tam' PROPN 7 flat NNP
would would AUX 11 aux MD
be be AUX 11 aux:pass VB
bolted bolted VERB 5 ccomp VBN
back back ADV 11 advmod RB
onto onto ADP 15 case IN
his his PRON 15 nmod:poss PRP$
plinth plinth NOUN 11 obl NN
. . PUNCT 5 punct .
""",
    )
    result = attribute(doc)
    assert [(q.type, speaker_name(result, q)) for q in result.quotes] == [
        (QuoteType.INDIRECT, "Kilbrannan Harbour Trust")
    ]


def test_a_quote_inside_the_speakers_aside_is_not_what_they_said() -> None:
    text = (
        "Ranjan Basu and Tapati Ghosh, who met in the queue for “Amanush” in 1975, said "
        "they had sat in seats F11 and F12 for every anniversary since."
    )
    doc = parse_by_hand(
        text,
        """
Ranjan Ranjan PROPN 19 nsubj NNP
Basu Basu PROPN 1 flat NNP
and and CCONJ 4 cc CC
Tapati Tapati PROPN 1 conj NNP
Ghosh Ghosh PROPN 1 flat NNP
, , PUNCT 8 punct ,
who who PRON 8 nsubj WP
met meet VERB 19 ccomp VBD
in in ADP 11 case IN
the the DET 11 det DT
queue queue NOUN 8 obl NN
for for ADP 14 case IN
“ " PUNCT 14 punct ``
Amanush Amanush PROPN 11 nmod NNP
” " PUNCT 14 punct ''
in in ADP 17 case IN
1975 1975 NUM 14 nmod CD
, , PUNCT 1 punct ,
said say VERB 0 root VBD
they they PRON 22 nsubj PRP
had have AUX 22 aux VBD
sat sit VERB 19 ccomp VBN
in in ADP 24 case IN
seats seat NOUN 22 obl NNS
F11 F11 PROPN 24 flat NNP
and and CCONJ 27 cc CC
F12 F12 PROPN 25 conj NNP
for for ADP 30 case IN
every every DET 30 det DT
anniversary anniversary NOUN 22 obl NN
since since ADV 30 case IN
. . PUNCT 19 punct .
""",
    )
    result = attribute(doc)
    assert [(q.type, q.content_text) for q in result.quotes] == [
        (QuoteType.INDIRECT, "they had sat in seats F11 and F12 for every anniversary since")
    ]


def test_a_past_perfect_conjunct_goes_on_with_the_report() -> None:
    text = (
        "Sengupta said the family had held on for as long as it could, but the hall had "
        "lost money every year since 2016."
    )
    doc = parse_by_hand(
        text,
        """
Sengupta Sengupta PROPN 2 nsubj NNP
said say VERB 0 root VBD
the the DET 4 det DT
family family NOUN 6 nsubj NN
had have AUX 6 aux VBD
held hold VERB 2 ccomp VBN
on on ADP 6 advmod RB
for for ADP 10 case IN
as as ADV 10 advmod RB
long long ADV 6 advmod RB
as as SCONJ 13 mark IN
it it PRON 13 nsubj PRP
could could AUX 19 advcl MD
, , PUNCT 19 punct ,
but but CCONJ 19 cc CC
the the DET 17 det DT
hall hall NOUN 19 nsubj NN
had have AUX 19 aux VBD
lost lose VERB 2 conj VBN
money money NOUN 19 obj NN
every every DET 22 det DT
year year NOUN 19 obl:unmarked NN
since since ADP 24 case IN
2016 2016 NUM 19 obl CD
. . PUNCT 2 punct .
""",
    )
    result = attribute(doc)
    assert [q.content_text for q in result.quotes] == [
        "the family had held on for as long as it could, but the hall had lost money every "
        "year since 2016"
    ]


def test_the_ombudsman_goes_back_to_the_named_ombudsman() -> None:
    text = (
        "Complaints were lodged, according to the Digital Payments Ombudsman. The "
        "ombudsman said it would publish a report within 30 days."
    )
    doc = parse_by_hand(
        text,
        """
Complaints Complaints NOUN 3 nsubj:pass NNS
were be AUX 3 aux:pass VBD
lodged lodged VERB 0 root VBN
, , PUNCT 10 punct ,
according accord VERB 10 case VBG
to to ADP 5 fixed IN
the the DET 10 det DT
Digital digital ADJ 10 amod NNP
Payments Payments PROPN 10 compound NNPS
Ombudsman Ombudsman PROPN 3 obl NNP
. . PUNCT 3 punct .

The the DET 2 det DT
ombudsman ombudsman NOUN 3 nsubj NN
said say VERB 0 root VBD
it it PRON 6 nsubj PRP
would would AUX 6 aux MD
publish publish VERB 3 ccomp VB
a a DET 8 det DT
report report NOUN 6 obj NN
within within ADP 11 case IN
30 30 NUM 11 nummod CD
days day NOUN 6 obl NNS
. . PUNCT 3 punct .
""",
    )
    result = attribute(doc)
    assert speaker_name(result, result.quotes[-1]) == "Digital Payments Ombudsman"


def test_a_but_that_clause_goes_on_with_the_report() -> None:
    text = (
        "The council’s senior engineer, Ciarán Mac Mathúna, told members that 46 of the "
        "61 landowners along the route had agreed to sell or lease a strip of land, but "
        "that compulsory purchase “could not be ruled out” for the rest."
    )
    doc = parse_by_hand(
        text,
        """
The the DET 2 det DT
council council NOUN 5 nmod:poss NN
’s 's PART 2 case POS
senior senior ADJ 5 amod JJ
engineer engineer NOUN 11 nsubj NN
, , PUNCT 7 punct ,
Ciarán Ciarán PROPN 5 appos NNP
Mac Mac PROPN 7 flat NNP
Mathúna Mathúna PROPN 8 flat NNP
, , PUNCT 5 punct ,
told tell VERB 0 root VBD
members member NOUN 11 iobj NNS
that that PRON 23 mark WDT
46 46 NUM 23 nsubj CD
of of ADP 18 case IN
the the DET 18 det DT
61 61 NUM 18 nummod CD
landowners landowners NOUN 14 nmod NNS
along along ADP 21 case IN
the the DET 21 det DT
route route NOUN 18 nmod NN
had have AUX 23 aux VBD
agreed agree VERB 11 ccomp VBN
to to PART 25 mark TO
sell sell VERB 23 xcomp VB
or or CCONJ 27 cc CC
lease lease VERB 25 conj VB
a a DET 29 det DT
strip strip NOUN 27 obj NN
of of ADP 31 case IN
land land NOUN 29 nmod NN
, , PUNCT 41 punct ,
but but CCONJ 41 cc CC
that that PRON 36 det DT
compulsory compulsory NOUN 36 nsubj NN
purchase purchase NOUN 41 advcl NN
“ " PUNCT 41 punct ''
could could AUX 41 aux MD
not not PART 41 advmod RB
be be AUX 41 aux:pass VB
ruled ruled VERB 11 ccomp VBN
out out ADP 41 compound:prt RP
” " PUNCT 41 punct ``
for for ADP 46 case IN
the the DET 46 det DT
rest rest NOUN 41 obl NN
. . PUNCT 11 punct .
""",
    )
    result = attribute(doc)
    assert [(q.type, speaker_name(result, q)) for q in result.quotes] == [
        (QuoteType.MIXED, "Ciarán Mac Mathúna")
    ]


def test_a_role_hung_from_one_of_a_group_leads_to_its_name() -> None:
    text = (
        "At St Oswin’s in Lower Haddow, one of the churches on the list, the "
        "churchwarden, Dennis Pruett, 79, noted that the church had been open for worship "
        "every Sunday since 1662."
    )
    doc = parse_by_hand(
        text,
        """
At at ADP 2 case IN
St St PROPN 7 nmod:poss NNP
Oswin Oswin PROPN 2 flat NNP
’s 's PART 2 case POS
in in ADP 7 case IN
Lower Lower ADJ 7 amod JJ
Haddow Haddow PROPN 9 nmod NNP
, , PUNCT 7 punct ,
one one NUM 25 nsubj CD
of of ADP 12 case IN
the the DET 12 det DT
churches churches NOUN 9 nmod NNS
on on ADP 15 case IN
the the DET 15 det DT
list list NOUN 9 nmod NN
, , PUNCT 18 punct ,
the the DET 18 det DT
churchwarden churchwarden NOUN 9 appos NN
, , PUNCT 20 punct ,
Dennis Dennis PROPN 18 appos NNP
Pruett Pruett PROPN 20 flat NNP
, , PUNCT 23 punct ,
79 79 NUM 20 flat CD
, , PUNCT 23 punct ,
noted note VERB 0 root VBD
that that SCONJ 31 mark IN
the the DET 28 det DT
church church NOUN 31 nsubj NN
had have AUX 31 aux VBD
been be AUX 31 cop VBN
open open ADJ 25 ccomp JJ
for for ADP 33 case IN
worship worship VERB 31 obl VB
every every DET 35 det DT
Sunday Sunday PROPN 31 obl NNP
since since ADP 37 case IN
1662 1662 NUM 31 obl CD
. . PUNCT 25 punct .
""",
    )
    result = attribute(doc)
    assert [speaker_name(result, q) for q in result.quotes] == ["Dennis Pruett"]


def test_a_closing_participle_reports_for_the_sentences_subject() -> None:
    text = (
        "Montserrat Cabañero was elected president of Deportivo Valdoria on Sunday, the "
        "first woman to lead the 104-year-old club, promising its members that the club "
        "would «never again be sold to a stranger»."
    )
    doc = parse_by_hand(
        text,
        """
Montserrat Montserrat PROPN 2 compound NNP
Cabañero Cabañero PROPN 4 nsubj:pass NNP
was be AUX 4 aux:pass VBD
elected elect VERB 0 root VBN
president president NOUN 4 obj NN
of of ADP 7 case IN
Deportivo Deportivo PROPN 5 nmod NNP
Valdoria Valdoria PROPN 5 nmod NNP
on on ADP 10 case IN
Sunday Sunday PROPN 5 nmod NNP
, , PUNCT 14 punct ,
the the DET 14 det DT
first first ADJ 14 amod JJ
woman woman NOUN 4 nsubj:pass NN
to to PART 16 mark TO
lead lead VERB 14 acl VB
the the DET 23 det DT
104 104 NUM 20 nummod CD
- - PUNCT 18 punct HYPH
year year NOUN 22 obl:unmarked NN
- - PUNCT 20 punct HYPH
old old ADJ 23 amod JJ
club club NOUN 16 obj NN
, , PUNCT 25 punct ,
promising promise VERB 16 advcl VBG
its its PRON 27 nmod:poss PRP$
members member NOUN 25 obj NNS
that that SCONJ 36 mark IN
the the DET 30 det DT
club club NOUN 36 nsubj:pass NN
would would AUX 36 aux MD
« " PUNCT 36 punct ``
never never ADV 36 advmod RB
again again ADV 36 advmod RB
be be AUX 36 aux:pass VB
sold sell VERB 27 acl:relcl VBN
to to ADP 39 case IN
a a DET 39 det DT
stranger stranger NOUN 36 obl NN
» " PUNCT 36 punct ''
. . PUNCT 4 punct .
""",
    )
    result = attribute(doc)
    assert [speaker_name(result, q) for q in result.quotes] == ["Montserrat Cabañero"]


def test_said_in_a_statement_has_no_inverted_speaker() -> None:
    text = (
        "Pellingford Hospitals Trust, which runs the hospital, said in a statement that "
        "it took the allegations “extremely seriously” and had asked an outside body to "
        "review every stillbirth on the unit since 2022."
    )
    doc = parse_by_hand(
        text,
        """
Pellingford Pellingford PROPN 2 compound NNP
Hospitals Hospital PROPN 3 nsubj NNPS
Trust trust VERB 10 advcl NN
, , PUNCT 6 punct ,
which which PRON 6 nsubj WDT
runs run VERB 3 advcl:relcl VBZ
the the DET 8 det DT
hospital hospital NOUN 6 obj NN
, , PUNCT 6 punct ,
said say VERB 0 root VBD
in in ADP 13 case IN
a a DET 13 det DT
statement statement NOUN 10 obl NN
that that SCONJ 16 obl:unmarked IN
it it PRON 16 nsubj PRP
took take VERB 13 acl:relcl VBD
the the DET 18 det DT
allegations allegation NOUN 16 obj NNS
“ " PUNCT 16 punct ''
extremely extremely ADV 21 advmod RB
seriously seriously ADV 25 advmod RB
” " PUNCT 25 punct ''
and and CCONJ 25 cc CC
had have AUX 25 aux VBD
asked ask VERB 10 conj VBN
an a DET 28 det DT
outside outside ADJ 28 amod JJ
body body NOUN 25 obj NN
to to PART 30 mark TO
review review VERB 25 advcl VB
every every DET 32 det DT
stillbirth stillbirth NOUN 30 obj NN
on on ADP 35 case IN
the the DET 35 det DT
unit unit NOUN 30 obl NN
since since ADP 37 case IN
2022 2022 NUM 30 obl CD
. . PUNCT 10 punct .
""",
    )
    result = attribute(doc)
    # "Trust" is tagged a verb; "a statement" after "said in" is how, not who.
    assert [speaker_name(result, q) for q in result.quotes] == ["Pellingford Hospitals Trust"]


def test_a_subject_in_a_whose_clause_stands_for_its_owner() -> None:
    text = (
        "Garside, whose father started the farm in 1974, recalled he had first noticed "
        "birds huddling in corners on Saturday morning."
    )
    doc = parse_by_hand(
        text,
        """
Garside Garside PROPN 5 vocative NNP
, , PUNCT 1 punct ,
whose whose DET 4 nmod:poss DT
father father NOUN 5 nsubj NN
started start VERB 0 root VBD
the the DET 7 det DT
farm farm NOUN 5 obj NN
in in ADP 9 case IN
1974 1974 NUM 5 obl CD
, , PUNCT 11 punct ,
recalled recall VERB 5 conj VBD
he he PRON 15 nsubj PRP
had have VERB 15 aux VBD
first first ADV 15 advmod RB
noticed notice VERB 11 ccomp VBN
birds bird NOUN 15 obj NNS
huddling huddling VERB 15 xcomp VBG
in in ADP 19 case IN
corners corner NOUN 17 obl NNS
on on ADP 22 case IN
Saturday Saturday PROPN 22 compound NNP
morning morning NOUN 17 obl NN
. . PUNCT 5 punct .
""",
    )
    result = attribute(doc)
    assert [speaker_name(result, q) for q in result.quotes] == ["Garside"]


def test_of_two_inverted_subjects_the_one_holding_a_name_speaks() -> None:
    text = "“She was up on her feet within forty minutes,” said head keeper Gudrun Strandberg."
    doc = parse_by_hand(
        text,
        """
“ " PUNCT 13 punct ``
She she PRON 4 nsubj PRP
was be AUX 4 cop VBD
up up ADP 13 ccomp RP
on on ADP 7 case IN
her she PRON 7 nmod:poss PRP$
feet foot NOUN 4 obl NNS
within within ADP 10 case IN
forty forty NUM 10 nummod CD
minutes minute NOUN 7 nmod NNS
, , PUNCT 4 punct ,
” " PUNCT 4 punct ''
said say VERB 0 root VBD
head head NOUN 13 nsubj NN
keeper keeper NOUN 13 nsubj NN
Gudrun Gudrun PROPN 15 flat NNP
Strandberg Strandberg PROPN 15 flat NNP
. . PUNCT 13 punct .
""",
    )
    result = attribute(doc)
    assert [speaker_name(result, q) for q in result.quotes] == ["Gudrun Strandberg"]


def test_a_name_before_a_role_aside_speaks_for_a_joined_verb() -> None:
    text = (
        "The project ran three years late and cost 2.1 billion euros, and Fiscal Watch, a "
        'campaign group, has described the telescope as "the most expensive screensaver '
        'ever built".'
    )
    doc = parse_by_hand(
        text,
        """
The the DET 2 det DT
project project NOUN 3 nsubj NN
ran run VERB 0 root VBD
three three NUM 5 nummod CD
years year NOUN 3 obl:unmarked NNS
late late ADJ 3 advmod JJ
and and CCONJ 8 cc CC
cost cost VERB 3 conj VBP
2.1 2.1 NUM 10 compound CD
billion billion NUM 11 nummod CD
euros euros NOUN 8 obj NNS
, , PUNCT 15 punct ,
and and CCONJ 15 cc CC
Fiscal Fiscal ADJ 15 amod NNP
Watch watch PROPN 11 conj NNP
, , PUNCT 19 punct ,
a a DET 19 det DT
campaign campaign NOUN 19 compound NN
group group NOUN 15 appos NN
, , PUNCT 19 punct ,
has have AUX 22 aux VBZ
described describe VERB 3 conj VBN
the the DET 24 det DT
telescope telescope NOUN 22 obj NN
as as ADP 32 mark IN
" " PUNCT 25 punct ``
the the DET 30 det DT
most most ADJ 29 advmod JJS
expensive expensive ADJ 30 amod JJ
screensaver screensaver NOUN 32 nsubj:pass NN
ever ever ADV 32 advmod RB
built build VERB 22 advcl VBD
" " PUNCT 32 punct ''
. . PUNCT 22 punct .
""",
    )
    result = attribute(doc)
    # The parse joins "described" to "ran", whose subject is the project.
    assert [speaker_name(result, q) for q in result.quotes] == ["Fiscal Watch"]


def test_where_it_was_said_ends_the_report() -> None:
    text = (
        "Heavyweight champion Ekow Stellworth predicted on Thursday that his title "
        "defence against Zdravko Malenic would not last beyond the sixth round, at a "
        "press conference that ended with the two men being held apart by security."
    )
    doc = parse_by_hand(
        text,
        """
Heavyweight Heavyweight PROPN 2 compound NNP
champion champion NOUN 5 nsubj:pass NN
Ekow Ekow PROPN 2 flat NNP
Stellworth Stellworth PROPN 3 flat NNP
predicted predict VERB 0 root VBD
on on ADP 7 case IN
Thursday Thursday PROPN 5 obl NNP
that that SCONJ 17 mark IN
his his PRON 11 nmod:poss PRP$
title title NOUN 11 compound NN
defence defence NOUN 17 nsubj NN
against against ADP 13 case IN
Zdravko Zdravko PROPN 11 nmod NNP
Malenic Malenic PROPN 13 flat NNP
would would AUX 17 aux MD
not not PART 17 advmod RB
last last VERB 5 ccomp VB
beyond beyond ADP 21 case IN
the the DET 20 det DT
sixth sixth ADJ 21 compound JJ
round round NOUN 17 obl NN
, , PUNCT 26 punct ,
at at ADP 26 case IN
a a DET 26 det DT
press press NOUN 26 compound NN
conference conference NOUN 17 obl NN
that that PRON 28 nsubj WDT
ended end VERB 26 acl:relcl VBD
with with ADP 32 case IN
the the DET 32 det DT
two two NUM 32 nummod CD
men man NOUN 28 obl NNS
being be AUX 34 aux:pass VBG
held hold VERB 28 advcl VBN
apart apart ADV 34 advmod RB
by by ADP 37 case IN
security security NOUN 34 obl:agent NN
. . PUNCT 5 punct .
""",
    )
    result = attribute(doc)
    assert [q.content_text for q in result.quotes] == [
        "his title defence against Zdravko Malenic would not last beyond the sixth round"
    ]


def test_a_subjectless_conjunct_quoting_the_speaker_goes_on_with_the_report() -> None:
    text = (
        "Connellan’s solicitor, Fiona Beattie, said her client had no objection to "
        "scientists studying the stone but was “not minded to hand it over for the price "
        "of a second-hand tractor”."
    )
    doc = parse_by_hand(
        text,
        """
Connellan Connellan PROPN 3 nmod:poss NNP
’s 's PART 1 case POS
solicitor solicitor NOUN 8 nsubj NN
, , PUNCT 5 punct ,
Fiona Fiona PROPN 3 appos NNP
Beattie Beattie PROPN 5 flat NNP
, , PUNCT 5 punct ,
said say VERB 0 root VBD
her she PRON 11 obj PRP$
client client NOUN 11 nsubj NN
had have VERB 8 ccomp VBD
no no DET 13 det DT
objection objection NOUN 11 obj NN
to to ADP 15 case IN
scientists scientist NOUN 13 nmod NNS
studying study VERB 15 acl VBG
the the DET 18 det DT
stone stone NOUN 16 obj NN
but but CCONJ 23 cc CC
was be AUX 23 cop VBD
“ " PUNCT 23 punct ``
not not PART 23 advmod RB
minded minded ADJ 8 conj JJ
to to PART 25 mark TO
hand hand VERB 23 xcomp VB
it it PRON 25 obj PRP
over over ADP 25 compound:prt RP
for for ADP 30 case IN
the the DET 30 det DT
price price NOUN 25 obl NN
of of ADP 36 case IN
a a DET 36 det DT
second second ADJ 35 amod JJ
- - PUNCT 33 punct HYPH
hand hand NOUN 36 compound NN
tractor tractor NOUN 30 nmod NN
” " PUNCT 36 punct ''
. . PUNCT 8 punct .
""",
    )
    result = attribute(doc)
    assert [(q.type, speaker_name(result, q)) for q in result.quotes] == [
        (QuoteType.MIXED, "Fiona Beattie")
    ]
    assert result.quotes[0].content_text.startswith("her client had no objection")


def test_questions_to_answer_report_nothing() -> None:
    text = (
        'Lyle Baptiste said the crew had "kept their heads" but the company had questions '
        "to answer about a belt that had overheated twice this year."
    )
    doc = parse_by_hand(
        text,
        """
Lyle Lyle PROPN 3 nsubj NNP
Baptiste Baptiste PROPN 1 flat NNP
said say VERB 0 root VBD
the the DET 5 det DT
crew crew NOUN 8 nsubj NN
had have AUX 8 aux VBD
" " PUNCT 8 punct ``
kept keep VERB 3 ccomp VBN
their their PRON 10 nmod:poss PRP$
heads head NOUN 8 obj NNS
" " PUNCT 8 punct ''
but but CCONJ 15 cc CC
the the DET 14 det DT
company company NOUN 15 nsubj NN
had have VERB 3 conj VBD
questions question NOUN 15 obj NNS
to to PART 18 mark TO
answer answer VERB 15 xcomp VB
about about ADP 21 case IN
a a DET 21 det DT
belt belt NOUN 18 obl NN
that that PRON 24 nsubj WDT
had have AUX 24 aux VBD
overheated overheated VERB 21 acl:relcl VBN
twice twice ADV 24 advmod RB
this this DET 27 det DT
year year NOUN 24 obl:unmarked NN
. . PUNCT 3 punct .
""",
    )
    result = attribute(doc)
    assert [speaker_name(result, q) for q in result.quotes] == ["Lyle Baptiste"]


def test_titles_of_courts_districts_and_rangers_are_stripped() -> None:
    text = (
        "Advocate Marelize van Wyk argued that the evidence was sound. District Collector "
        "Sanjana Bhosale said 42 cooling centres had been set up. ‘The tide goes out "
        "seven kilometres here,’ said DOC ranger Nikau Whaanga."
    )
    doc = parse_by_hand(
        text,
        """
Advocate Advocate PROPN 2 amod NNP
Marelize Marelize PROPN 5 nsubj NNP
van van PROPN 5 nsubj NNP
Wyk Wyk PROPN 3 flat NNP
argued argue VERB 0 root VBD
that that SCONJ 10 mark IN
the the DET 8 det DT
evidence evidence NOUN 10 nsubj NN
was be AUX 10 cop VBD
sound sound ADJ 5 ccomp JJ
. . PUNCT 5 punct .

District District PROPN 2 compound NNP
Collector Collector PROPN 5 nsubj NNP
Sanjana Sanjana PROPN 2 flat NNP
Bhosale Bhosale PROPN 3 flat NNP
said say VERB 0 root VBD
42 42 NUM 8 nummod CD
cooling cooling NOUN 8 compound NN
centres centre NOUN 11 nsubj:pass NNS
had have AUX 11 aux VBD
been be AUX 11 aux:pass VBN
set set VERB 5 ccomp VBN
up up ADP 11 compound:prt RP
. . PUNCT 5 punct .

‘ ' PUNCT 4 punct ``
The the DET 3 det DT
tide tide NOUN 4 nsubj NN
goes go VERB 11 ccomp VBZ
out out ADP 4 compound:prt RP
seven seven NUM 7 nummod CD
kilometres kilometre NOUN 4 obl:unmarked NNS
here here ADV 4 advmod RB
, , PUNCT 4 punct ,
’ ' PUNCT 4 punct ''
said say VERB 0 root VBD
DOC DOC PROPN 13 compound NNP
ranger ranger PROPN 11 nsubj NNP
Nikau Nikau PROPN 12 flat NNP
Whaanga Whaanga PROPN 14 flat NNP
. . PUNCT 11 punct .
""",
    )
    result = attribute(doc)
    assert [speaker_name(result, q) for q in result.quotes] == [
        "Marelize van Wyk",
        "Sanjana Bhosale",
        "Nikau Whaanga",
    ]


def test_an_acronym_may_keep_the_small_words() -> None:
    text = (
        "A calf died during the night, the Department of Conservation said. DOC warned "
        "that some of the whales could strand again."
    )
    doc = parse_by_hand(
        text,
        """
A a DET 2 det DT
calf calf NOUN 3 nsubj NN
died die VERB 12 ccomp VBD
during during ADP 6 case IN
the the DET 6 det DT
night night NOUN 3 obl NN
, , PUNCT 3 punct ,
the the DET 9 det DT
Department department NOUN 12 nsubj NN
of of ADP 11 case IN
Conservation Conservation PROPN 9 nmod NNP
said say VERB 0 root VBD
. . PUNCT 12 punct .

DOC DOC PROPN 2 nsubj NNP
warned warn VERB 0 root VBD
that that SCONJ 9 mark IN
some some DET 9 nsubj DT
of of ADP 7 case IN
the the DET 7 det DT
whales whales NOUN 4 nmod NNS
could could AUX 9 aux MD
strand strand VERB 2 ccomp VB
again again ADV 9 advmod RB
. . PUNCT 2 punct .
""",
    )
    result = attribute(doc)
    assert [speaker_name(result, q) for q in result.quotes] == [
        "Department of Conservation",
        "Department of Conservation",
    ]


def test_a_capitalised_title_goes_back_to_the_person_who_holds_it() -> None:
    text = (
        "Transport Cabinet Secretary Halima Wario Abdi has refused to move the deadline. "
        '"The cashless system is about ending the daily bribes," the Cabinet Secretary '
        "said in a statement."
    )
    doc = parse_by_hand(
        text,
        """
Transport Transport PROPN 3 compound NNP
Cabinet Cabinet PROPN 3 compound NNP
Secretary Secretary PROPN 8 nsubj NNP
Halima Halima PROPN 3 flat NNP
Wario Wario PROPN 4 flat NNP
Abdi Abdi PROPN 4 flat NNP
has have AUX 8 aux VBZ
refused refuse VERB 0 root VBN
to to PART 10 mark TO
move move VERB 8 xcomp VB
the the DET 12 det DT
deadline deadline NOUN 10 obj NN
. . PUNCT 8 punct .

" " PUNCT 7 punct ``
The the DET 4 det DT
cashless cashless ADJ 4 compound JJ
system system NOUN 7 nsubj:outer NN
is be AUX 7 cop VBZ
about about SCONJ 7 mark IN
ending end VERB 16 ccomp VBG
the the DET 10 det DT
daily daily ADJ 10 amod JJ
bribes bribes NOUN 7 obj NNS
, , PUNCT 7 punct ,
" " PUNCT 7 punct ``
the the DET 15 det DT
Cabinet Cabinet PROPN 15 amod NNP
Secretary Secretary PROPN 16 nsubj NNP
said say VERB 0 root VBD
in in ADP 19 case IN
a a DET 19 det DT
statement statement NOUN 16 obl NN
. . PUNCT 16 punct .
""",
    )
    result = attribute(doc)
    assert [speaker_name(result, q) for q in result.quotes] == ["Halima Wario Abdi"]


def test_recalling_a_product_reports_nothing() -> None:
    text = (
        "A Mississauga company is recalling more than 310,000 portable electric heaters "
        "sold across Canada. “We could see his head torch from the road,” recalled the "
        "team leader, Isla Mackerras."
    )
    doc = parse_by_hand(
        text,
        """
A a DET 3 det DT
Mississauga Mississauga PROPN 3 compound NNP
company company NOUN 5 nsubj NN
is be AUX 5 aux VBZ
recalling recalling VERB 0 root VBG
more more ADJ 5 advmod JJR
than than ADP 11 case IN
310,000 310,000 NUM 11 nummod CD
portable portable ADJ 11 amod JJ
electric electric ADJ 11 amod JJ
heaters heaters NOUN 5 obl NNS
sold sell VERB 11 acl VBD
across across ADP 14 case IN
Canada Canada PROPN 12 obl NNP
. . PUNCT 5 punct .

“ " PUNCT 4 punct ``
We we PRON 4 nsubj PRP
could could AUX 4 aux MD
see see VERB 13 advcl VB
his his PRON 7 nmod:poss PRP$
head head NOUN 7 compound NN
torch torch NOUN 4 obj NN
from from ADP 10 case IN
the the DET 10 det DT
road road NOUN 4 obl NN
, , PUNCT 4 punct ,
” " PUNCT 13 punct ''
recalled recall VERB 0 root VBD
the the DET 16 det DT
team team NOUN 16 compound NN
leader leader NOUN 13 obj NN
, , PUNCT 18 punct ,
Isla Isla PROPN 16 appos NNP
Mackerras Mackerras PROPN 18 flat NNP
. . PUNCT 13 punct .
""",
    )
    result = attribute(doc)
    assert [speaker_name(result, q) for q in result.quotes] == ["Isla Mackerras"]


def test_no_title_stands_before_a_country() -> None:
    text = "According to Health Canada, the company has received 47 reports of heaters overheating."
    doc = parse_by_hand(
        text,
        """
According accord VERB 4 case VBG
to to ADP 1 fixed IN
Health Health PROPN 4 compound NNP
Canada Canada PROPN 9 obl NNP
, , PUNCT 4 punct ,
the the DET 7 det DT
company company NOUN 9 nsubj NN
has have AUX 9 aux VBZ
received receive VERB 0 root VBN
47 47 NUM 11 nummod CD
reports report NOUN 9 obj NNS
of of ADP 13 case IN
heaters heaters NOUN 11 nmod NNS
overheating overheating VERB 11 nmod VBG
. . PUNCT 9 punct .
""",
    )
    result = attribute(doc)
    assert [speaker_name(result, q) for q in result.quotes] == ["Health Canada"]


def test_a_subject_line_and_a_capitalised_name_with_its_comma_are_no_quotes() -> None:
    text = (
        'In a memo to staff under the subject line "A smaller, stronger Lumenfold," the '
        "chief executive wrote that cuts were needed. Staff had already started calling "
        'the day "Purple Tuesday," after the color of the logo.'
    )
    doc = parse_by_hand(
        text,
        """
In in ADP 3 case IN
a a DET 3 det DT
memo memo NOUN 21 obl NN
to to ADP 5 case IN
staff staff NOUN 3 nmod NN
under under ADP 9 case IN
the the DET 9 det DT
subject subject ADJ 9 compound JJ
line line NOUN 5 nmod NN
" " PUNCT 12 punct ``
A a DET 12 det DT
smaller small ADJ 9 amod JJR
, , PUNCT 15 punct ,
stronger strong ADJ 15 amod JJ
Lumenfold Lumenfold PROPN 12 conj NNP
, , PUNCT 3 punct ,
" " PUNCT 15 punct ``
the the DET 20 det DT
chief chief NOUN 20 compound NN
executive executive NOUN 21 nsubj NN
wrote write VERB 0 root VBD
that that SCONJ 25 mark IN
cuts cut NOUN 25 nsubj:pass NNS
were be AUX 25 aux:pass VBD
needed need VERB 21 ccomp VBN
. . PUNCT 21 punct .

Staff staff NOUN 4 nsubj NN
had have AUX 4 aux VBD
already already ADV 4 advmod RB
started start VERB 0 root VBN
calling call VERB 4 xcomp VBG
the the DET 7 det DT
day day NOUN 5 obj NN
" " PUNCT 10 punct ``
Purple Purple PROPN 10 compound NNP
Tuesday Tuesday PROPN 5 obl:unmarked NNP
, , PUNCT 15 punct ,
" " PUNCT 15 punct ``
after after ADP 15 case IN
the the DET 15 det DT
color color NOUN 4 obl NN
of of ADP 18 case IN
the the DET 18 det DT
logo logo NOUN 15 nmod NN
. . PUNCT 4 punct .
""",
    )
    result = attribute(doc)
    assert [q.content_text for q in result.quotes] == ["cuts were needed"]


def test_a_pronoun_in_the_speakers_who_clause_gives_the_speakers_gender() -> None:
    text = (
        "Meredith Saldanha wrote that she was heartbroken. One engineer, who asked not to "
        "be named because she had signed a separation agreement, said her access to the "
        "company's Slack workspace was cut off. \"I found out I'd been laid off because my "
        'calendar disappeared," she said.'
    )
    doc = parse_by_hand(
        text,
        """
Meredith Meredith PROPN 3 nsubj NNP
Saldanha Saldanha PROPN 1 flat NNP
wrote write VERB 0 root VBD
that that SCONJ 7 mark IN
she she PRON 7 nsubj PRP
was be AUX 7 cop VBD
heartbroken heartbroken ADJ 3 ccomp JJ
. . PUNCT 3 punct .

One one NUM 2 nummod CD
engineer engineer NOUN 18 nsubj NN
, , PUNCT 5 punct ,
who who PRON 5 nsubj WP
asked ask VERB 2 acl:relcl VBD
not not PART 9 advmod RB
to to PART 9 mark TO
be be AUX 9 aux:pass VB
named name VERB 5 xcomp VBN
because because SCONJ 13 mark IN
she she PRON 13 nsubj PRP
had have AUX 13 aux VBD
signed sign VERB 9 advcl VBN
a a DET 16 det DT
separation separation NOUN 16 compound NN
agreement agreement NOUN 13 obj NN
, , PUNCT 2 punct ,
said say VERB 0 root VBD
her she PRON 18 iobj PRP$
access access NOUN 18 xcomp NN
to to ADP 26 case IN
the the DET 23 det DT
company company NOUN 26 nmod:poss NN
's 's PART 23 case POS
Slack Slack NOUN 26 compound NN
workspace workspace NOUN 28 nsubj:pass NN
was be AUX 28 aux:pass VBD
cut cut VERB 18 ccomp VBN
off off ADP 28 compound:prt RP
. . PUNCT 18 punct .

" " PUNCT 3 punct ``
I I PRON 3 nsubj PRP
found find VERB 17 ccomp VBD
out out ADP 3 compound:prt RP
I I PRON 8 nsubj:pass PRP
'd would AUX 8 aux VBP
been be AUX 8 aux:pass VBN
laid lay VERB 17 ccomp VBN
off off ADP 8 compound:prt RP
because because SCONJ 13 mark IN
my my PRON 12 nmod:poss PRP$
calendar calendar NOUN 13 nsubj NN
disappeared disappear VERB 8 advcl VBD
, , PUNCT 13 punct ,
" " PUNCT 13 punct ``
she she PRON 17 nsubj PRP
said say VERB 0 root VBD
. . PUNCT 17 punct .
""",
    )
    result = attribute(doc)
    engineer = "One engineer"
    assert [speaker_name(result, q) for q in result.quotes] == [
        "Meredith Saldanha",
        engineer,
        engineer,
    ]
    # "her access" is the report's subject, whatever the parse made of it.
    assert result.quotes[1].content_text.startswith("her access")


def test_reckons_and_estimates_report_a_clause() -> None:
    text = (
        "Vivian Lau says the secret is the pork. She reckons they will sell out by three. "
        "Wollaby Bay City Council estimates the event drew 46,000 visitors last year and "
        "put $3.1 million into the local economy, most of it spent on dumplings."
    )
    doc = parse_by_hand(
        text,
        """
Vivian Vivian PROPN 3 nsubj NNP
Lau Lau PROPN 1 flat NNP
says say VERB 0 root VBZ
the the DET 5 det DT
secret secret NOUN 8 nsubj NN
is be AUX 8 cop VBZ
the the DET 8 det DT
pork pork NOUN 3 ccomp NN
. . PUNCT 3 punct .

She she PRON 2 nsubj PRP
reckons reckons VERB 0 root VBZ
they they PRON 5 nsubj PRP
will will AUX 5 aux MD
sell sell VERB 2 ccomp VB
out out ADP 5 compound:prt RP
by by ADP 8 case IN
three three NUM 5 obl CD
. . PUNCT 2 punct .

Wollaby Wollaby PROPN 4 compound NNP
Bay Bay PROPN 4 compound NNP
City City PROPN 4 compound NNP
Council Council PROPN 5 nsubj NNP
estimates estimate VERB 0 root VBZ
the the DET 7 det DT
event event NOUN 5 obj NN
drew draw VERB 5 xcomp VBD
46,000 46,000 NUM 10 nummod CD
visitors visitor NOUN 8 obj NNS
last last ADJ 12 amod JJ
year year NOUN 8 obl:unmarked NN
and and CCONJ 14 cc CC
put put VERB 5 conj VBD
$ $ SYM 14 obj $
3.1 3.1 NUM 17 compound CD
million million NUM 15 nummod CD
into into ADP 21 case IN
the the DET 21 det DT
local local ADJ 21 amod JJ
economy economy NOUN 14 obl NN
, , PUNCT 26 punct ,
most most ADJ 26 nsubj JJS
of of ADP 25 case IN
it it PRON 26 nsubj PRP
spent spend VERB 21 acl:relcl VBD
on on ADP 28 case IN
dumplings dumplings NOUN 26 obl NNS
. . PUNCT 5 punct .
""",
    )
    result = attribute(doc)
    assert [(q.cue.text, q.content_text[:22]) for q in result.quotes] == [
        ("says", "the secret is the pork"),
        ("reckons", "they will sell out by "),
        ("estimates", "the event drew 46,000 "),
    ]


def test_as_per_names_a_source() -> None:
    text = (
        "As per the India Meteorological Department (IMD), heatwave conditions will "
        "persist over Vidarbha for at least four more days."
    )
    doc = parse_by_hand(
        text,
        """
As as ADP 6 case IN
per per ADP 1 fixed IN
the the DET 6 det DT
India India PROPN 6 compound NNP
Meteorological Meteorological ADJ 6 amod NNP
Department Department PROPN 14 obl NNP
( ( PUNCT 8 punct -LRB-
IMD IMD PROPN 6 appos NNP
) ) PUNCT 8 punct -RRB-
, , PUNCT 8 punct ,
heatwave heatwave ADJ 12 amod JJ
conditions condition NOUN 14 nsubj NNS
will will AUX 14 aux MD
persist persist VERB 0 root VB
over over ADP 16 case IN
Vidarbha Vidarbha PROPN 14 obl NNP
for for ADP 22 case IN
at at ADP 22 case IN
least least ADJ 22 nummod JJS
four four NUM 22 nummod CD
more more ADJ 22 amod JJR
days day NOUN 14 obl NNS
. . PUNCT 14 punct .
""",
    )
    result = attribute(doc)
    assert [speaker_name(result, q) for q in result.quotes] == ["India Meteorological Department"]


def test_appealed_reports_a_quote_not_a_request() -> None:
    text = (
        '"Please do not step out between 12 and 4 unless it is an emergency," Sanjana '
        "Bhosale appealed. Police appealed for witnesses to come forward."
    )
    doc = parse_by_hand(
        text,
        """
" " PUNCT 5 punct ``
Please please INTJ 5 discourse UH
do do AUX 5 aux VB
not not PART 5 advmod RB
step step VERB 0 root VB
out out ADP 5 compound:prt RP
between between ADP 8 case IN
12 12 NUM 5 obl CD
and and CCONJ 10 cc CC
4 4 NUM 8 conj CD
unless unless SCONJ 15 mark IN
it it PRON 15 nsubj PRP
is be AUX 15 cop VBZ
an a DET 15 det DT
emergency emergency NOUN 5 advcl NN
, , PUNCT 15 punct ,
" " PUNCT 15 punct ``
Sanjana Sanjana PROPN 20 nsubj NNP
Bhosale Bhosale PROPN 18 flat NNP
appealed appealed VERB 5 parataxis VBD
. . PUNCT 5 punct .

Police police NOUN 2 nsubj NNS
appealed appealed VERB 0 root VBD
for for ADP 4 case IN
witnesses witness NOUN 2 obl NNS
to to PART 6 mark TO
come come VERB 2 advcl VB
forward forward ADV 6 advmod RB
. . PUNCT 2 punct .
""",
    )
    result = attribute(doc)
    assert [speaker_name(result, q) for q in result.quotes] == ["Sanjana Bhosale"]


def test_a_pronoun_may_go_to_the_subject_just_before_whose_gender_no_list_knows() -> None:
    text = (
        "Ines Vandermolen said the ferry was late. The skipper, Graham Tennant, was lost. "
        "Keziah Boateng, 19, was pulled from the water after 40 minutes. ‘I heard the "
        "engine before I saw anything. It was like a block of flats,’ she said."
    )
    doc = parse_by_hand(
        text,
        """
Ines Ines PROPN 3 nsubj NNP
Vandermolen Vandermolen PROPN 1 flat NNP
said say VERB 0 root VBD
the the DET 5 det DT
ferry ferry NOUN 7 nsubj NN
was be AUX 7 cop VBD
late late ADJ 3 ccomp JJ
. . PUNCT 3 punct .

The the DET 2 det DT
skipper skipper NOUN 8 nsubj:pass NN
, , PUNCT 4 punct ,
Graham Graham PROPN 8 nsubj:pass NNP
Tennant Tennant PROPN 4 flat NNP
, , PUNCT 4 punct ,
was be AUX 8 aux:pass VBD
lost lose VERB 0 root VBN
. . PUNCT 8 punct .

Keziah Keziah PROPN 7 nsubj:pass NNP
Boateng Boateng PROPN 1 flat NNP
, , PUNCT 4 punct ,
19 19 NUM 1 nmod:unmarked CD
, , PUNCT 4 punct ,
was be AUX 7 aux:pass VBD
pulled pull VERB 0 root VBN
from from ADP 10 case IN
the the DET 10 det DT
water water NOUN 7 obl NN
after after ADP 13 case IN
40 40 NUM 13 nummod CD
minutes minute NOUN 7 obl NNS
. . PUNCT 7 punct .

‘ ' PUNCT 3 punct ''
I I PRON 3 nsubj PRP
heard hear VERB 0 root VBD
the the DET 5 det DT
engine engine NOUN 3 obj NN
before before SCONJ 8 mark IN
I I PRON 8 nsubj PRP
saw see VERB 3 advcl VBD
anything anything PRON 8 obj NN
. . PUNCT 3 punct .

It it PRON 5 nsubj PRP
was be AUX 5 cop VBD
like like ADP 5 case IN
a a DET 5 det DT
block block NOUN 0 root NN
of of ADP 7 case IN
flats flat NOUN 5 nmod NNS
, , PUNCT 11 punct ,
’ ' PUNCT 11 punct ''
she she PRON 11 nsubj PRP
said say VERB 5 parataxis VBD
. . PUNCT 5 punct .
""",
    )
    result = attribute(doc)
    # Keziah is in no list of given names; Ines is known to be a woman and spoke, but three
    # sentences back. The quote's first sentence, opening on its mark, is wholly quoted.
    assert speaker_name(result, result.quotes[-1]) == "Keziah Boateng"


def test_a_capitalised_adjective_opening_the_sentence_begins_a_name() -> None:
    text = (
        "Heritage Albion, the government's adviser on historic buildings, warned that it "
        "could take months. Clean Sport Britain, which collected the sample, noted that "
        "contaminated meat had been accepted."
    )
    doc = parse_by_hand(
        text,
        """
Heritage Heritage ADJ 2 amod JJ
Albion Albion PROPN 12 nsubj NNP
, , PUNCT 2 punct ,
the the DET 5 det DT
government government NOUN 7 nmod:poss NN
's 's PART 5 case POS
adviser adviser NOUN 12 nsubj NN
on on ADP 10 case IN
historic historic ADJ 10 amod JJ
buildings building NOUN 7 nmod NNS
, , PUNCT 2 punct ,
warned warn VERB 0 root VBD
that that SCONJ 16 mark IN
it it PRON 16 nsubj PRP
could could AUX 16 aux MD
take take VERB 12 ccomp VB
months month NOUN 16 obj NNS
. . PUNCT 12 punct .

Clean clean ADJ 3 amod JJ
Sport Sport ADJ 3 compound NNP
Britain Britain PROPN 0 root NNP
, , PUNCT 6 punct ,
which which PRON 6 nsubj WDT
collected collect VERB 3 acl:relcl VBD
the the DET 8 det DT
sample sample NOUN 6 obj NN
, , PUNCT 10 punct ,
noted note VERB 3 parataxis VBD
that that SCONJ 16 mark IN
contaminated contaminate VERB 13 amod VBN
meat meat NOUN 16 nsubj:pass NN
had have AUX 16 aux VBD
been be AUX 16 aux:pass VBN
accepted accept VERB 10 ccomp VBN
. . PUNCT 10 punct .
""",
    )
    result = attribute(doc)
    assert [speaker_name(result, q) for q in result.quotes] == [
        "Heritage Albion",
        "Clean Sport Britain",
    ]


def test_a_campaign_verb_opening_the_sentence_begins_a_name() -> None:
    text = (
        "Save Calder Rise, which has fought the demolition for six years, accused the "
        "council of using the surveys as an excuse to sell the land."
    )
    doc = parse_by_hand(
        text,
        """
Save save VERB 0 root VB
Calder Calder PROPN 3 compound NNP
Rise rise PROPN 1 obj NNP
, , PUNCT 7 punct ,
which which PRON 7 nsubj WDT
has have AUX 7 aux VBZ
fought fight VERB 3 acl:relcl VBN
the the DET 9 det DT
demolition demolition NOUN 7 obj NN
for for ADP 12 case IN
six six NUM 12 nummod CD
years year NOUN 7 obl NNS
, , PUNCT 14 punct ,
accused accuse VERB 1 conj VBD
the the DET 16 det DT
council council NOUN 14 obj NN
of of SCONJ 18 mark IN
using use VERB 16 acl VBG
the the DET 20 det DT
surveys survey NOUN 18 obj NNS
as as ADP 23 case IN
an a DET 23 det DT
excuse excuse NOUN 18 obl NN
to to PART 25 mark TO
sell sell VERB 18 advcl VB
the the DET 27 det DT
land land NOUN 25 obj NN
. . PUNCT 1 punct .
""",
    )
    result = attribute(doc)
    assert [speaker_name(result, q) for q in result.quotes] == ["Save Calder Rise"]


def test_the_authors_and_the_researchers_are_one_research_group() -> None:
    text = (
        "Researchers at the Drisdale Eye Institute said the drug worked. The authors "
        "wrote that the trial was small. An international team of scientists said the sea "
        'was warming. The researchers described it as "alarming".'
    )
    doc = parse_by_hand(
        text,
        """
Researchers Researchers NOUN 7 nsubj NNS
at at ADP 6 case IN
the the DET 6 det DT
Drisdale Drisdale PROPN 6 compound NNP
Eye Eye PROPN 6 compound NNP
Institute Institute PROPN 1 nmod NNP
said say VERB 0 root VBD
the the DET 9 det DT
drug drug NOUN 10 nsubj NN
worked work VERB 7 ccomp VBD
. . PUNCT 7 punct .

The the DET 2 det DT
authors authors NOUN 3 nsubj NNS
wrote write VERB 0 root VBD
that that SCONJ 8 mark IN
the the DET 6 det DT
trial trial NOUN 8 nsubj NN
was be AUX 8 cop VBD
small small ADJ 3 ccomp JJ
. . PUNCT 3 punct .

An a DET 3 det DT
international international ADJ 3 amod JJ
team team NOUN 6 nsubj NN
of of ADP 5 case IN
scientists scientist NOUN 3 nmod NNS
said say VERB 0 root VBD
the the DET 8 det DT
sea sea NOUN 10 nsubj NN
was be AUX 10 aux VBD
warming warm VERB 6 ccomp VBG
. . PUNCT 6 punct .

The the DET 2 det DT
researchers researcher NOUN 3 nsubj NNS
described describe VERB 0 root VBD
it it PRON 3 obj PRP
as as ADP 7 case IN
" " PUNCT 7 punct ``
alarming alarming VERB 3 advcl VBG
" " PUNCT 7 punct ''
. . PUNCT 3 punct .
""",
    )
    result = attribute(doc)
    drisdale = "Researchers at the Drisdale Eye Institute"
    team = "An international team of scientists"
    assert [speaker_name(result, q) for q in result.quotes] == [drisdale, drisdale, team, team]


def test_a_role_and_name_after_a_comma_name_a_description() -> None:
    text = (
        "«We are not looking for a fight with anyone,» said the meeting's host, foreign "
        "minister Adelheid Vorstrand."
    )
    doc = parse_by_hand(
        text,
        """
« " PUNCT 5 punct ``
We we PRON 5 nsubj PRP
are be AUX 5 aux VBP
not not PART 5 advmod RB
looking look VERB 13 ccomp VBG
for for ADP 8 case IN
a a DET 8 det DT
fight fight NOUN 5 obl NN
with with ADP 10 case IN
anyone anyone PRON 8 nmod NN
, , PUNCT 5 punct ,
» " PUNCT 5 punct ''
said say VERB 0 root VBD
the the DET 15 det DT
meeting meeting NOUN 17 nmod:poss NN
's 's PART 15 case POS
host host NOUN 13 nsubj NN
, , PUNCT 20 punct ,
foreign foreign ADJ 20 amod JJ
minister minister NOUN 17 conj NN
Adelheid Adelheid PROPN 17 conj NNP
Vorstrand Vorstrand PROPN 17 conj NNP
. . PUNCT 13 punct .
""",
    )
    result = attribute(doc)
    assert [speaker_name(result, q) for q in result.quotes] == ["Adelheid Vorstrand"]


def test_a_capitalised_word_between_a_quote_and_its_verb_is_the_speaker() -> None:
    text = (
        "‘I’ve waited three years for a week like this,’ Fennelly told the club’s "
        "television channel after the match."
    )
    doc = parse_by_hand(
        text,
        """
‘ ' PUNCT 4 punct ''
I I PRON 4 nsubj PRP
’ve have AUX 4 aux VBP
waited wait VERB 15 ccomp VBN
three three NUM 6 nummod CD
years year NOUN 4 obj NNS
for for ADP 9 case IN
a a DET 9 det DT
week week NOUN 4 obl NN
like like ADP 11 case IN
this this PRON 9 nmod DT
, , PUNCT 4 punct ,
’ ' PUNCT 15 punct ''
Fennelly Fennelly ADV 15 advmod RB
told tell VERB 0 root VBD
the the DET 17 det DT
club club NOUN 20 nmod:poss NN
’s 's PART 17 case POS
television television NOUN 20 compound NN
channel channel NOUN 15 iobj NN
after after ADP 23 case IN
the the DET 23 det DT
match match NOUN 20 nmod NN
. . PUNCT 15 punct .
""",
    )
    result = attribute(doc)
    # "Fennelly" is tagged an adverb; the channel is told, it does not speak.
    assert [speaker_name(result, q) for q in result.quotes] == ["Fennelly"]


def test_a_role_noun_tagged_a_verb_still_leads_to_its_name() -> None:
    text = (
        "Northmoor's head coach, Charlotte Ibbotson, who last season became the first "
        "woman to lead a men's county side, described the partnership as \"the best two "
        'hours of cricket I have ever watched from a balcony".'
    )
    doc = parse_by_hand(
        text,
        """
Northmoor Northmoor PROPN 3 nmod:poss NNP
's 's PART 1 case POS
head head NOUN 4 compound NN
coach coach VERB 24 nsubj NN
, , PUNCT 6 punct ,
Charlotte Charlotte PROPN 4 conj NNP
Ibbotson Ibbotson PROPN 4 appos NNP
, , PUNCT 12 punct ,
who who PRON 12 nsubj WP
last last ADJ 11 amod JJ
season season NOUN 12 nsubj NN
became become VERB 0 root VBD
the the DET 15 det DT
first first ADJ 15 amod JJ
woman woman NOUN 12 obj NN
to to PART 17 mark TO
lead lead VERB 15 acl VB
a a DET 19 det DT
men man NOUN 22 nmod:poss NNS
's 's PART 19 case POS
county county NOUN 22 compound NN
side side NOUN 17 obj NN
, , PUNCT 24 punct ,
described describe VERB 12 conj VBD
the the DET 26 det DT
partnership partnership NOUN 24 obj NN
as as ADP 32 case IN
" " PUNCT 32 punct ``
the the DET 32 det DT
best good ADJ 32 amod JJS
two two NUM 32 nummod CD
hours hour NOUN 24 obl NNS
of of ADP 34 case IN
cricket cricket NOUN 32 nmod NN
I I PRON 38 nsubj PRP
have have AUX 38 aux VBP
ever ever ADV 38 advmod RB
watched watch VERB 32 acl:relcl VBN
from from ADP 41 case IN
a a DET 41 det DT
balcony balcony NOUN 38 obl NN
" " PUNCT 38 punct ''
. . PUNCT 24 punct .
""",
    )
    result = attribute(doc)
    assert [speaker_name(result, q) for q in result.quotes] == ["Charlotte Ibbotson"]


def test_a_short_name_in_brackets_names_the_body_whatever_its_letters() -> None:
    text = (
        "The International Cycling Union (UCI), which brought the case, said the hearing "
        'was fair. The UCI said it "respects the right of every athlete to a fair '
        'hearing".'
    )
    doc = parse_by_hand(
        text,
        """
The the DET 4 det DT
International International ADJ 4 amod JJ
Cycling Cycling PROPN 4 compound NNP
Union Union PROPN 14 nsubj NNP
( ( PUNCT 6 punct -LRB-
UCI UCI PROPN 4 appos NNP
) ) PUNCT 6 punct -RRB-
, , PUNCT 10 punct ,
which which PRON 10 nsubj WDT
brought bring VERB 14 ccomp VBD
the the DET 12 det DT
case case NOUN 10 obj NN
, , PUNCT 10 punct ,
said say VERB 0 root VBD
the the DET 16 det DT
hearing hearing NOUN 18 nsubj NN
was be AUX 18 cop VBD
fair fair ADJ 14 ccomp JJ
. . PUNCT 14 punct .

The the DET 2 det DT
UCI UCI PROPN 3 nsubj NNP
said say VERB 0 root VBD
it it PRON 6 nsubj PRP
" " PUNCT 6 punct ''
respects respect VERB 3 ccomp VBZ
the the DET 8 det DT
right right NOUN 6 obj NN
of of ADP 11 case IN
every every DET 11 det DT
athlete athlete NOUN 8 nmod NN
to to ADP 15 case IN
a a DET 15 det DT
fair fair ADJ 15 amod JJ
hearing hearing NOUN 6 obl NN
" " PUNCT 15 punct ''
. . PUNCT 3 punct .
""",
    )
    result = attribute(doc)
    union = "International Cycling Union"
    assert [speaker_name(result, q) for q in result.quotes] == [union, union]


def test_a_first_surname_names_a_person_with_two() -> None:
    text = (
        "The central bank's governor, Ximena Arancibia Roldán, said rates would rise. \"We "
        'would rather be early and right than late and sorry," Arancibia said.'
    )
    doc = parse_by_hand(
        text,
        """
The the DET 3 det DT
central central ADJ 3 amod JJ
bank bank NOUN 5 nmod:poss NN
's 's PART 3 case POS
governor governor NOUN 11 nsubj NN
, , PUNCT 7 punct ,
Ximena Ximena PROPN 5 appos NNP
Arancibia Arancibia PROPN 7 flat NNP
Roldán Roldán PROPN 7 flat NNP
, , PUNCT 5 punct ,
said say VERB 0 root VBD
rates rate NOUN 14 nsubj NNS
would would AUX 14 aux MD
rise rise VERB 11 ccomp VB
. . PUNCT 11 punct .

" " PUNCT 16 punct ``
We we PRON 6 nsubj PRP
would would AUX 6 aux MD
rather rather ADV 6 advmod RB
be be AUX 6 cop VB
early early ADV 16 ccomp RB
and and CCONJ 8 cc CC
right right ADV 6 conj RB
than than ADP 10 case IN
late late ADJ 6 conj JJ
and and CCONJ 12 cc CC
sorry sorry ADJ 10 conj JJ
, , PUNCT 10 punct ,
" " PUNCT 6 punct ``
Arancibia Arancibia PROPN 16 nsubj NNP
said say VERB 0 root VBD
. . PUNCT 16 punct .
""",
    )
    result = attribute(doc)
    governor = "Ximena Arancibia Roldán"
    assert [speaker_name(result, q) for q in result.quotes] == [governor, governor]


def test_french_and_nursing_titles_are_no_part_of_a_name() -> None:
    text = (
        'The prosecutor, Mme Hélène Marcadet, said the fraud was deliberate. "Every '
        'screen on the ward went black," said ward sister Claudette Bryan-Forbes.'
    )
    doc = parse_by_hand(
        text,
        """
The the DET 2 det DT
prosecutor prosecutor NOUN 8 nsubj NN
, , PUNCT 4 punct ,
Mme Mme PROPN 2 conj NNP
Hélène Hélène PROPN 4 flat NNP
Marcadet Marcadet PROPN 4 flat NNP
, , PUNCT 2 punct ,
said say VERB 0 root VBD
the the DET 10 det DT
fraud fraud NOUN 12 nsubj NN
was be AUX 12 cop VBD
deliberate deliberate ADJ 8 ccomp JJ
. . PUNCT 8 punct .

" " PUNCT 11 punct ``
Every every DET 3 det DT
screen screen NOUN 7 nsubj NN
on on ADP 6 case IN
the the DET 6 det DT
ward ward NOUN 3 nmod NN
went go VERB 11 ccomp VBD
black black ADJ 7 xcomp JJ
, , PUNCT 7 punct ,
" " PUNCT 7 punct ''
said say VERB 0 root VBD
ward ward PROPN 13 nmod:desc NNP
sister sister PROPN 11 nsubj NNP
Claudette Claudette PROPN 13 flat NNP
Bryan Bryan PROPN 14 flat NNP
- - PUNCT 17 punct HYPH
Forbes Forbes PROPN 14 flat NNP
. . PUNCT 11 punct .
""",
    )
    result = attribute(doc)
    assert [speaker_name(result, q) for q in result.quotes] == [
        "Hélène Marcadet",
        "Claudette Bryan-Forbes",
    ]


def test_a_who_before_a_colon_stands_for_the_person_it_describes() -> None:
    text = (
        "The play's star, Renée Castillo-Whitaker, who plays the store's widowed owner "
        'and barely leaves the stage in three hours, was more succinct: "I have never '
        'been this tired or this happy."'
    )
    doc = parse_by_hand(
        text,
        """
The the DET 2 det DT
play play NOUN 4 nmod:poss NN
's 's PART 2 case POS
star star NOUN 29 nsubj NN
, , PUNCT 6 punct ,
Renée Renée PROPN 4 appos NNP
Castillo Castillo PROPN 6 flat NNP
- - PUNCT 9 punct HYPH
Whitaker Whitaker PROPN 6 flat NNP
, , PUNCT 12 punct ,
who who PRON 12 nsubj WP
plays play VERB 4 acl:relcl VBZ
the the DET 14 det DT
store store NOUN 17 nmod:poss NN
's 's PART 14 case POS
widowed widowed VERB 17 amod VBN
owner owner NOUN 12 obj NN
and and CCONJ 20 cc CC
barely barely ADV 20 advmod RB
leaves leave VERB 12 conj VBZ
the the DET 22 det DT
stage stage NOUN 20 obj NN
in in ADP 25 case IN
three three NUM 25 nummod CD
hours hour NOUN 20 obl NNS
, , PUNCT 29 punct ,
was be AUX 29 cop VBD
more more ADJ 29 advmod JJR
succinct succinct ADJ 0 root JJ
: : PUNCT 37 punct :
" " PUNCT 37 punct ``
I I PRON 37 nsubj PRP
have have AUX 37 aux VBP
never never ADV 37 advmod RB
been be AUX 37 cop VBN
this this PRON 37 det DT
tired tired ADJ 29 conj JJ
or or CCONJ 40 cc CC
this this PRON 40 det DT
happy happy ADJ 37 conj JJ
. . PUNCT 29 punct .
" " PUNCT 37 punct ''
""",
    )
    result = attribute(doc)
    assert [speaker_name(result, q) for q in result.quotes] == ["Renée Castillo-Whitaker"]


def test_an_article_the_parse_hung_elsewhere_still_makes_a_description() -> None:
    text = (
        "Flight director Kofi Mensah-Larbi leans into his microphone. The spacecraft has "
        "locked back onto Earth and both of its recorders are full, the flight director "
        "announces over the loop."
    )
    doc = parse_by_hand(
        text,
        """
Flight Flight NOUN 2 compound NN
director director NOUN 3 nmod:desc NN
Kofi Kofi PROPN 7 nsubj NNP
Mensah Mensah PROPN 3 flat NNP
- - PUNCT 6 punct HYPH
Larbi Larbi PROPN 3 flat NNP
leans leans VERB 0 root VBZ
into into ADP 10 case IN
his his PRON 10 nmod:poss PRP$
microphone microphone NOUN 7 obl NN
. . PUNCT 7 punct .

The the DET 2 det DT
spacecraft spacecraft NOUN 4 nsubj NN
has have AUX 4 aux VBZ
locked lock VERB 0 root VBN
back back ADV 4 advmod RB
onto onto ADP 7 case IN
Earth Earth PROPN 4 obl NNP
and and CCONJ 14 cc CC
both both DET 14 nsubj DT
of of ADP 12 case IN
its its PRON 12 nmod:poss PRP$
recorders recorders NOUN 9 nmod NNS
are be AUX 14 cop VBP
full full ADJ 4 conj JJ
, , PUNCT 19 punct ,
the the DET 19 det DT
flight flight NOUN 18 compound NN
director director NOUN 19 compound NN
announces announces VERB 14 parataxis VBZ
over over ADP 22 case IN
the the DET 22 det DT
loop loop NOUN 19 nmod NN
. . PUNCT 4 punct .
""",
    )
    result = attribute(doc)
    # "the" hangs from "announces"; "the flight director" still goes back to Kofi.
    assert [speaker_name(result, q) for q in result.quotes] == ["Kofi Mensah-Larbi"]


def test_a_group_calling_itself_a_name_goes_by_it() -> None:
    text = (
        'A group calling itself "NightMarrow" had posted a message on a forum. The group '
        "said it had copied the records of more than 200,000 patients."
    )
    doc = parse_by_hand(
        text,
        """
A a DET 2 det DT
group group NOUN 9 nsubj NN
calling call VERB 2 acl VBG
itself itself PRON 3 obj PRP
" " PUNCT 6 punct ``
NightMarrow NightMarrow PROPN 3 obj NNP
" " PUNCT 6 punct ''
had have AUX 9 aux VBD
posted post VERB 0 root VBN
a a DET 11 det DT
message message NOUN 9 obj NN
on on ADP 14 case IN
a a DET 14 det DT
forum forum NOUN 11 nmod NN
. . PUNCT 9 punct .

The the DET 2 det DT
group group NOUN 3 nsubj NN
said say VERB 0 root VBD
it it PRON 6 nsubj PRP
had have AUX 6 aux VBD
copied copy VERB 3 ccomp VBN
the the DET 8 det DT
records record NOUN 6 obj NNS
of of ADP 13 case IN
more more ADJ 13 amod JJR
than than ADP 10 fixed IN
200,000 200000 NUM 13 nummod CD
patients patient NOUN 6 obl NNS
. . PUNCT 3 punct .
""",
    )
    result = attribute(doc)
    assert [speaker_name(result, q) for q in result.quotes] == ["NightMarrow"]


def test_a_proper_noun_hung_from_the_verb_between_a_quote_and_it_speaks() -> None:
    text = (
        "‘I’ve waited three years for a week like this,’ Fennelly told the club’s "
        "television channel after the match."
    )
    doc = parse_by_hand(
        text,
        """
‘ ' PUNCT 4 punct ``
I I PRON 4 nsubj PRP
’ve have AUX 4 aux VBP
waited wait VERB 15 ccomp VBN
three three NUM 6 nummod CD
years year NOUN 4 obj NNS
for for ADP 9 case IN
a a DET 9 det DT
week week NOUN 4 obl NN
like like ADP 11 case IN
this this PRON 9 nmod DT
, , PUNCT 4 punct ,
’ ' PUNCT 15 punct ``
Fennelly Fennelly PROPN 15 advmod NNP
told tell VERB 0 root VBD
the the DET 17 det DT
club club NOUN 20 nmod:poss NN
’s 's PART 17 case POS
television television NOUN 20 compound NN
channel channel NOUN 15 iobj NN
after after ADP 23 case IN
the the DET 23 det DT
match match NOUN 20 nmod NN
. . PUNCT 15 punct .
""",
    )
    result = attribute(doc)
    # "Fennelly" is an adverbial of "told" in this parse.
    assert [speaker_name(result, q) for q in result.quotes] == ["Fennelly"]


def test_an_inverted_role_noun_hung_as_an_adjective_climbs_to_its_phrase() -> None:
    text = (
        "‘It did not survive one night with a chainsaw,’ said the chief executive of the "
        "Ancient Trees Trust, Malcolm Radzinski."
    )
    doc = parse_by_hand(
        text,
        """
‘ ' PUNCT 5 punct ``
It it PRON 5 nsubj PRP
did do AUX 5 aux VBD
not not PART 5 advmod RB
survive survive VERB 13 ccomp VB
one one NUM 7 nummod CD
night night NOUN 5 obj NN
with with ADP 10 case IN
a a DET 10 det DT
chainsaw chainsaw NOUN 5 obl NN
, , PUNCT 5 punct ,
’ ' PUNCT 13 punct ''
said say VERB 0 root VBD
the the DET 16 det DT
chief chief NOUN 16 amod NN
executive executive NOUN 13 ccomp NN
of of ADP 21 case IN
the the DET 21 det DT
Ancient Ancient ADJ 20 amod NNP
Trees tree PROPN 21 compound NNPS
Trust trust PROPN 16 nmod NNP
, , PUNCT 23 punct ,
Malcolm Malcolm PROPN 21 appos NNP
Radzinski Radzinski PROPN 23 flat NNP
. . PUNCT 13 punct .
""",
    )
    result = attribute(doc)
    assert [speaker_name(result, q) for q in result.quotes] == ["Malcolm Radzinski"]


def test_a_word_only_ever_opening_sentences_is_no_one_a_pronoun_names() -> None:
    text = (
        "It is 3.40am in the sports hall when the acting returning officer, Gillian "
        "Marsh-Okafor, steps up to the microphone. Turnout was 38.2 per cent, the lowest "
        "at a by-election in the county since 1994, she announces, to a round of ironic "
        "applause."
    )
    doc = parse_by_hand(
        text,
        """
It it PRON 3 nsubj PRP
is be AUX 3 cop VBZ
3.40 3.40 NUM 0 root CD
am a.m. NOUN 3 nmod:unmarked NN
in in ADP 8 case IN
the the DET 8 det DT
sports sport NOUN 8 compound NNS
hall hall NOUN 3 nmod NN
when when ADV 12 advmod WRB
the the DET 13 det DT
acting act NOUN 13 amod NN
returning return VERB 13 amod VBG
officer officer NOUN 20 obl NN
, , PUNCT 15 punct ,
Gillian Gillian PROPN 13 conj NNP
Marsh Marsh PROPN 15 flat NNP
- - PUNCT 15 punct HYPH
Okafor Okafor PROPN 15 flat NNP
, , PUNCT 20 punct ,
steps step VERB 8 conj VBZ
up up ADP 20 compound:prt RP
to to ADP 24 case IN
the the DET 24 det DT
microphone microphone NOUN 20 obl NN
. . PUNCT 3 punct .

Turnout Turnout PROPN 5 nsubj NN
was be AUX 5 cop VBD
38.2 38.2 NUM 0 root CD
per per ADP 5 case IN
cent cent NOUN 3 nmod NN
, , PUNCT 8 punct ,
the the DET 8 det DT
lowest low ADJ 5 appos JJS
at at ADP 13 case IN
a a DET 13 det DT
by by ADP 13 case IN
- - PUNCT 11 punct HYPH
election election NOUN 8 nmod NN
in in ADP 16 case IN
the the DET 16 det DT
county county NOUN 13 nmod NN
since since ADP 18 case IN
1994 1994 NUM 21 obl CD
, , PUNCT 18 punct ,
she she PRON 21 nsubj PRP
announces announces VERB 5 parataxis VBZ
, , PUNCT 25 punct ,
to to ADP 25 case IN
a a DET 25 det DT
round round NOUN 21 obl NN
of of ADP 28 case IN
ironic ironic ADJ 28 amod JJ
applause applause NOUN 25 nmod NN
. . PUNCT 21 punct .
""",
    )
    result = attribute(doc)
    # "Turnout" is tagged a proper noun; nothing else says it names anyone.
    assert [speaker_name(result, q) for q in result.quotes] == ["Gillian Marsh-Okafor"]


def test_a_title_of_a_portfolio_is_no_part_of_the_name() -> None:
    text = (
        "In a unanimous judgment, Judge of Appeal Thandiwe Nkosi-Pillay said that the "
        "trial court had erred. Minister of Foreign Affairs Naledi Pandor said the visit "
        "was postponed."
    )
    doc = parse_by_hand(
        text,
        """
In in ADP 4 case IN
a a DET 4 det DT
unanimous unanimous ADJ 4 amod JJ
judgment judgment NOUN 13 obl NN
, , PUNCT 4 punct ,
Judge Judge PROPN 13 nsubj NNP
of of ADP 8 case IN
Appeal Appeal PROPN 9 compound NNP
Thandiwe Thandiwe PROPN 10 compound NNP
Nkosi Nkosi PROPN 6 nmod NNP
- - PUNCT 10 punct ,
Pillay Pillay PROPN 6 nmod NNP
said say VERB 0 root VBD
that that SCONJ 19 mark IN
the the DET 17 det DT
trial trial NOUN 17 compound NN
court court NOUN 19 nsubj NN
had have AUX 19 aux VBD
erred erred VERB 13 ccomp VBN
. . PUNCT 13 punct .

Minister Minister PROPN 7 nsubj NNP
of of ADP 4 case IN
Foreign foreign ADJ 4 amod JJ
Affairs affair PROPN 1 nmod NNPS
Naledi Naledi PROPN 6 nmod:desc NNP
Pandor Pandor PROPN 1 nmod NNP
said say VERB 0 root VBD
the the DET 9 det DT
visit visit NOUN 11 nsubj:pass NN
was be AUX 11 aux:pass VBD
postponed postpone VERB 7 ccomp VBN
. . PUNCT 7 punct .
""",
    )
    result = attribute(doc)
    # The parse heads the first phrase with "Judge" and hangs the name from it with "of".
    assert [speaker_name(result, q) for q in result.quotes] == [
        "Thandiwe Nkosi-Pillay",
        "Naledi Pandor",
    ]
    assert [s.role for s in result.speakers] == ["Judge of Appeal", "Minister of Foreign Affairs"]


def test_honorifics_and_sentence_opening_occupations_are_titles() -> None:
    text = (
        'Alhaja Kudirat Balogun-Ige said the stalls had stood there for decades. "We will '
        'open on Monday," said Datuk Lim Boon Keat. Schoolteacher Nasima Akter said she '
        "wanted a refund. Opposition assemblyman Azlan Harun said the centre was over "
        "budget."
    )
    doc = parse_by_hand(
        text,
        """
Alhaja Alhaja PROPN 6 nsubj NNP
Kudirat Kudirat PROPN 1 flat NNP
Balogun Balogun PROPN 1 flat NNP
- - PUNCT 3 punct HYPH
Ige Ige PROPN 1 flat NNP
said say VERB 0 root VBD
the the DET 8 det DT
stalls stall NOUN 10 nsubj NNS
had have AUX 10 aux VBD
stood stand VERB 6 ccomp VBN
there there ADV 10 advmod RB
for for ADP 13 case IN
decades decade NOUN 10 obl NNS
. . PUNCT 6 punct .

" " PUNCT 4 punct ``
We we PRON 4 nsubj PRP
will will AUX 4 aux MD
open open VERB 9 ccomp VB
on on ADP 6 case IN
Monday Monday PROPN 4 obl NNP
, , PUNCT 4 punct ,
" " PUNCT 4 punct ''
said say VERB 0 root VBD
Datuk Datuk PROPN 9 nsubj NNP
Lim Lim PROPN 10 flat NNP
Boon Boon PROPN 10 flat NNP
Keat Keat PROPN 10 flat NNP
. . PUNCT 9 punct .

Schoolteacher Schoolteacher PROPN 4 nsubj NNP
Nasima Nasima PROPN 4 nsubj NNP
Akter Akter PROPN 2 flat NNP
said say VERB 0 root VBD
she she PRON 6 nsubj PRP
wanted want VERB 4 ccomp VBD
a a DET 8 det DT
refund refund NOUN 6 obj NN
. . PUNCT 4 punct .

Opposition Opposition NOUN 5 nsubj NN
assemblyman assemblyman NOUN 5 nsubj NN
Azlan Azlan PROPN 2 flat NNP
Harun Harun PROPN 3 flat NNP
said say VERB 0 root VBD
the the DET 7 det DT
centre centre NOUN 10 nsubj NN
was be AUX 10 cop VBD
over over ADP 10 case IN
budget budget NOUN 5 ccomp NN
. . PUNCT 5 punct .
""",
    )
    result = attribute(doc)
    assert [speaker_name(result, q) for q in result.quotes] == [
        "Kudirat Balogun-Ige",
        "Lim Boon Keat",
        "Nasima Akter",
        "Azlan Harun",
    ]


def test_a_surname_is_not_shared_across_a_title() -> None:
    text = (
        "Councillor Brigid Whelan voted against the plan. Whelan and Coun. Declan Furey "
        "said they would ask the province to review the vote. Kelsey and Brodie Whitmarsh "
        "said they would appeal."
    )
    doc = parse_by_hand(
        text,
        """
Councillor Councillor PROPN 4 nsubj NNP
Brigid Brigid PROPN 4 nsubj NNP
Whelan Whelan PROPN 2 flat NNP
voted vote VERB 0 root VBD
against against ADP 7 case IN
the the DET 7 det DT
plan plan NOUN 4 obl NN
. . PUNCT 4 punct .

Whelan Whelan PROPN 6 nsubj NNP
and and CCONJ 3 cc CC
Coun. Coun. PROPN 1 conj NNP
Declan Declan PROPN 1 flat NNP
Furey Furey PROPN 1 conj NNP
said say VERB 0 root VBD
they they PRON 9 nsubj PRP
would would AUX 9 aux MD
ask ask VERB 6 ccomp VB
the the DET 11 det DT
province province NOUN 9 obj NN
to to PART 13 mark TO
review review VERB 9 advcl VB
the the DET 15 det DT
vote vote NOUN 13 obj NN
. . PUNCT 6 punct .

Kelsey Kelsey PROPN 5 nsubj NNP
and and CCONJ 3 cc CC
Brodie Brodie PROPN 1 conj NNP
Whitmarsh Whitmarsh PROPN 1 conj NNP
said say VERB 0 root VBD
they they PRON 8 nsubj PRP
would would AUX 8 aux MD
appeal appeal VERB 5 ccomp VB
. . PUNCT 5 punct .
""",
    )
    result = attribute(doc)
    # Two people's usual references; but siblings share the surname written once.
    assert [speaker_name(result, q) for q in result.quotes] == [
        "Brigid Whelan",
        "Kelsey Whitmarsh",
    ]


def test_a_surname_tagged_a_verb_still_names() -> None:
    text = (
        'Mirza Iftikhar Beg shared the commentary box with him for 22 years. "He never '
        'used a single note," Beg recalled.'
    )
    doc = parse_by_hand(
        text,
        """
Mirza Mirza PROPN 4 nsubj NNP
Iftikhar Iftikhar PROPN 1 flat NNP
Beg Beg AUX 4 nsubj VBP
shared share VERB 0 root VBD
the the DET 7 det DT
commentary commentary ADJ 7 amod JJ
box box NOUN 4 obj NN
with with ADP 9 case IN
him he PRON 7 nmod PRP
for for ADP 12 case IN
22 22 NUM 12 nummod CD
years year NOUN 4 obl NNS
. . PUNCT 4 punct .

" " PUNCT 4 punct ``
He he PRON 4 nsubj PRP
never never ADV 4 advmod RB
used use VERB 11 ccomp VBD
a a DET 7 det DT
single single ADJ 7 amod JJ
note note NOUN 4 obj NN
, , PUNCT 4 punct ,
" " PUNCT 4 punct ''
Beg Beg AUX 11 nsubj VB
recalled recall VERB 0 root VBN
. . PUNCT 11 punct .
""",
    )
    result = attribute(doc)
    # "Beg" is tagged an auxiliary in the full name and a verb after the quote.
    assert [speaker_name(result, q) for q in result.quotes] == ["Mirza Iftikhar Beg"]


def test_and_goes_on_with_an_organisation_name() -> None:
    text = (
        "Inspectors from the Schools and Colleges Inspectorate (SCI) spent a week at the "
        "academy. In its report, the SCI said the teaching was excellent. The Ministry of "
        "Fisheries and Coastal Development said it would study the ruling. The Ministry "
        "of Health and NATO said the drill went well."
    )
    doc = parse_by_hand(
        text,
        """
Inspectors Inspectors NOUN 11 nsubj NNS
from from ADP 4 case IN
the the DET 7 det DT
Schools Schools PROPN 1 nmod NNPS
and and CCONJ 6 cc CC
Colleges Colleges PROPN 4 conj NNPS
Inspectorate Inspectorate PROPN 4 conj NNP
( ( PUNCT 9 punct -LRB-
SCI SCI PROPN 7 appos NNP
) ) PUNCT 9 punct -RRB-
spent spend VERB 0 root VBD
a a DET 13 det DT
week week NOUN 11 obl:unmarked NN
at at ADP 16 case IN
the the DET 16 det DT
academy academy NOUN 11 obl NN
. . PUNCT 11 punct .

In in ADP 3 case IN
its its PRON 3 nmod:poss PRP$
report report NOUN 7 obl NN
, , PUNCT 3 punct ,
the the DET 6 det DT
SCI SCI PROPN 7 nsubj NNP
said say VERB 0 root VBD
the the DET 9 det DT
teaching teaching NOUN 11 nsubj NN
was be AUX 11 cop VBD
excellent excellent ADJ 7 ccomp JJ
. . PUNCT 7 punct .

The the DET 2 det DT
Ministry Ministry NOUN 8 nsubj NN
of of ADP 4 case IN
Fisheries Fisheries PROPN 2 nmod NNPS
and and CCONJ 7 cc CC
Coastal Coastal ADJ 7 amod NNP
Development Development PROPN 2 nmod NNP
said say VERB 0 root VBD
it it PRON 11 nsubj PRP
would would AUX 11 aux MD
study study VERB 8 ccomp VB
the the DET 13 det DT
ruling ruling NOUN 11 obj NN
. . PUNCT 8 punct .

The the DET 2 det DT
Ministry Ministry NOUN 7 nsubj NN
of of ADP 4 case IN
Health Health PROPN 2 nmod NNP
and and CCONJ 6 cc CC
NATO NATO PROPN 2 conj NNP
said say VERB 0 root VBD
the the DET 9 det DT
drill drill NOUN 10 nsubj NN
went go VERB 7 ccomp VBD
well well ADV 10 advmod RB
. . PUNCT 7 punct .
""",
    )
    result = attribute(doc)
    assert [speaker_name(result, q) for q in result.quotes] == [
        "Schools and Colleges Inspectorate",
        "Ministry of Fisheries and Coastal Development",
        "Ministry of Health",
    ]


def test_a_name_met_only_as_where_someone_is_from_is_no_company() -> None:
    text = (
        "Hundreds of customers queued at the gates of Halvorne Foods on Monday. Fatima "
        "Begum, 44, from Mirpur, said she wanted a refund. According to the company, most "
        "customers have already been refunded."
    )
    doc = parse_by_hand(
        text,
        """
Hundreds hundred NOUN 4 nsubj NNS
of of ADP 3 case IN
customers customer NOUN 1 nmod NNS
queued queued VERB 0 root VBN
at at ADP 7 case IN
the the DET 7 det DT
gates gate NOUN 4 obl NNS
of of ADP 10 case IN
Halvorne Halvorne PROPN 10 compound NNP
Foods Foods PROPN 7 nmod NNPS
on on ADP 12 case IN
Monday Monday PROPN 4 obl NNP
. . PUNCT 4 punct .

Fatima Fatima PROPN 9 nsubj NNP
Begum Begum PROPN 1 flat NNP
, , PUNCT 4 punct ,
44 44 NUM 1 nmod:unmarked CD
, , PUNCT 7 punct ,
from from ADP 7 case IN
Mirpur Mirpur PROPN 1 nmod NNP
, , PUNCT 7 punct ,
said say VERB 0 root VBD
she she PRON 11 nsubj PRP
wanted want VERB 9 ccomp VBD
a a DET 13 det DT
refund refund NOUN 11 obj NN
. . PUNCT 9 punct .

According accord VERB 4 case VBG
to to ADP 1 fixed IN
the the DET 4 det DT
company company NOUN 11 obl NN
, , PUNCT 4 punct ,
most most ADJ 7 amod JJS
customers customer NOUN 11 nsubj:pass NNS
have have AUX 11 aux VBP
already already ADV 11 advmod RB
been be AUX 11 aux:pass VBN
refunded refunded VERB 0 root VBN
. . PUNCT 11 punct .
""",
    )
    result = attribute(doc)
    assert [speaker_name(result, q) for q in result.quotes] == ["Fatima Begum", "Halvorne Foods"]


def test_no_one_speaks_of_themselves_by_name() -> None:
    text = (
        "The principal, Pádraigín Mulholland, took over in 2021. 'I told them I had not "
        "come to close anything,' Mrs Mulholland said. The chairwoman of the governors, "
        "Oonagh McKeown, was at the gates on Tuesday. 'Pádraigín would be the first to "
        "tell you it was the whole staff,' she said."
    )
    doc = parse_by_hand(
        text,
        """
The the DET 2 det DT
principal principal NOUN 7 nsubj NN
, , PUNCT 4 punct ,
Pádraigín Pádraigín PROPN 2 conj NNP
Mulholland Mulholland PROPN 4 flat NNP
, , PUNCT 5 punct ,
took take VERB 0 root VBD
over over ADV 7 advmod RB
in in ADP 10 case IN
2021 2021 NUM 7 obl CD
. . PUNCT 7 punct .

' ' PUNCT 3 punct ``
I I PRON 3 nsubj PRP
told tell VERB 16 ccomp VBD
them they PRON 3 iobj PRP
I I PRON 8 nsubj PRP
had have AUX 8 aux VBD
not not PART 8 advmod RB
come come VERB 3 ccomp VB
to to PART 10 mark TO
close close VERB 8 xcomp VB
anything anything PRON 10 obj NN
, , PUNCT 8 punct ,
' ' PUNCT 14 punct ``
Mrs Mrs PROPN 16 nsubj NNP
Mulholland Mulholland PROPN 14 flat NNP
said say VERB 0 root VBD
. . PUNCT 16 punct .

The the DET 2 det DT
chairwoman chairwoman NOUN 13 nsubj NN
of of ADP 5 case IN
the the DET 5 det DT
governors governors NOUN 2 nmod NNS
, , PUNCT 7 punct ,
Oonagh Oonagh PROPN 5 conj NNP
McKeown McKeown PROPN 7 flat NNP
, , PUNCT 7 punct ,
was be AUX 13 cop VBD
at at ADP 13 case IN
the the DET 13 det DT
gates gate NOUN 0 root NNS
on on ADP 15 case IN
Tuesday Tuesday PROPN 13 obl NNP
. . PUNCT 13 punct .

' ' PUNCT 6 punct ``
Pádraigín Pádraigín PROPN 6 nsubj NNP
would would AUX 6 aux MD
be be AUX 6 cop VB
the the DET 6 det DT
first first ADJ 18 ccomp JJ
to to PART 8 mark TO
tell tell VERB 6 csubj VB
you you PRON 8 iobj PRP
it it PRON 14 nsubj PRP
was be AUX 14 cop VBD
the the DET 14 det DT
whole whole ADJ 14 amod JJ
staff staff NOUN 6 parataxis NN
, , PUNCT 18 punct ,
' ' PUNCT 14 punct ''
she she PRON 18 nsubj PRP
said say VERB 0 root VBD
. . PUNCT 18 punct .
""",
    )
    result = attribute(doc)
    assert [speaker_name(result, q) for q in result.quotes] == [
        "Pádraigín Mulholland",
        "Oonagh McKeown",
    ]


def test_a_name_hung_as_flat_from_a_subject_role_is_the_subject() -> None:
    text = (
        'The director, Dr Haslinda Yusof, said every exhibit could be touched. "If you '
        "don't touch, you miss half the fun,\" she said. Not everything went smoothly. The "
        "first show started 40 minutes late. Retired teacher Rohani Abdul Rahman, 66, had "
        'brought her four grandchildren from Bukit Mertajam. "Very nice lah, but so '
        'crowded," she said.'
    )
    doc = parse_by_hand(
        text,
        """
The the DET 2 det DT
director director NOUN 8 nsubj NN
, , PUNCT 4 punct ,
Dr Dr PROPN 2 appos NNP
Haslinda Haslinda PROPN 4 flat NNP
Yusof Yusof PROPN 4 flat NNP
, , PUNCT 2 punct ,
said say VERB 0 root VBD
every every DET 10 det DT
exhibit exhibit NOUN 13 nsubj:pass NN
could could AUX 13 aux MD
be be AUX 13 aux:pass VB
touched touch VERB 8 ccomp VBN
. . PUNCT 8 punct .

" " PUNCT 16 punct ``
If if SCONJ 6 mark IN
you you PRON 6 nsubj PRP
do do AUX 6 aux VBP
n't not PART 6 advmod RB
touch touch VERB 9 advcl VB
, , PUNCT 6 punct ,
you you PRON 9 nsubj PRP
miss miss VERB 16 ccomp VBP
half half ADP 12 det:predet IN
the the DET 12 det DT
fun fun NOUN 9 obj NN
, , PUNCT 6 punct ,
" " PUNCT 9 punct ''
she she PRON 16 nsubj PRP
said say VERB 0 root VBD
. . PUNCT 16 punct .

Not not PART 3 advmod RB
everything everything PRON 3 nsubj NN
went go VERB 0 root VBD
smoothly smoothly ADV 3 advmod RB
. . PUNCT 3 punct .

The the DET 3 det DT
first first ADJ 3 amod JJ
show show NOUN 4 nsubj NN
started start VERB 0 root VBD
40 40 NUM 6 nummod CD
minutes minute NOUN 4 obj NNS
late late ADV 4 advmod RB
. . PUNCT 4 punct .

Retired retired VERB 2 amod VBN
teacher teacher NOUN 10 nsubj NN
Rohani Rohani PROPN 2 flat NNP
Abdul Abdul PROPN 3 flat NNP
Rahman Rahman PROPN 4 flat NNP
, , PUNCT 7 punct ,
66 66 NUM 4 appos CD
, , PUNCT 7 punct ,
had have AUX 10 aux VBD
brought bring VERB 0 root VBN
her she PRON 10 iobj PRP
four four NUM 13 nummod CD
grandchildren grandchild NOUN 10 obj NNS
from from ADP 16 case IN
Bukit Bukit PROPN 16 compound NNP
Mertajam Mertajam PROPN 13 nmod NNP
. . PUNCT 10 punct .

" " PUNCT 4 punct ``
Very very ADV 3 advmod RB
nice nice ADJ 4 amod JJ
lah lah NOUN 12 ccomp NN
, , PUNCT 8 punct ,
but but CCONJ 8 cc CC
so so ADV 8 advmod RB
crowded crowded ADJ 12 ccomp JJ
, , PUNCT 8 punct ,
" " PUNCT 8 punct ''
she she PRON 12 nsubj PRP
said say VERB 0 root VBD
. . PUNCT 12 punct .
""",
    )
    result = attribute(doc)
    # "Rohani Abdul Rahman" hangs from "teacher", the subject, as flat words.
    assert [speaker_name(result, q) for q in result.quotes] == [
        "Haslinda Yusof",
        "Haslinda Yusof",
        "Rohani Abdul Rahman",
    ]


def test_an_apposition_to_a_title_heading_the_name_is_the_role() -> None:
    text = (
        "Divers from a dive school arrived within half an hour, and their chief "
        "instructor, Anaïs Ng, said the net was cut. Dr Kavita Beeharry-Panray, the "
        "marine biologist who runs the centre, explained that the flipper might be "
        'amputated. The biologist warned that the turtle would need "weeks, maybe months" '
        "of care."
    )
    doc = parse_by_hand(
        text,
        """
Divers Divers NOUN 20 nsubj NNS
from from ADP 5 case IN
a a DET 5 det DT
dive dive NOUN 5 compound NN
school school NOUN 1 nmod NN
arrived arrive VERB 20 ccomp VBD
within within ADP 10 case IN
half half NUM 10 det:predet CD
an a DET 10 det DT
hour hour NOUN 6 obl NN
, , PUNCT 15 punct ,
and and CCONJ 15 cc CC
their their PRON 15 nmod:poss PRP$
chief chief NOUN 15 compound NN
instructor instructor NOUN 10 conj NN
, , PUNCT 17 punct ,
Anaïs Anaïs PROPN 15 appos NNP
Ng Ng PROPN 17 flat NNP
, , PUNCT 17 punct ,
said say VERB 0 root VBD
the the DET 22 det DT
net net NOUN 24 nsubj:pass NN
was be AUX 24 aux:pass VBD
cut cut VERB 20 ccomp VBN
. . PUNCT 20 punct .

Dr Dr PROPN 15 nsubj NNP
Kavita Kavita PROPN 1 flat NNP
Beeharry Beeharry PROPN 1 flat NNP
- - PUNCT 5 punct HYPH
Panray Panray PROPN 1 flat NNP
, , PUNCT 9 punct ,
the the DET 9 det DT
marine marine NOUN 9 compound NN
biologist biologist NOUN 1 appos NN
who who PRON 11 nsubj WP
runs run VERB 9 acl:relcl VBZ
the the DET 13 det DT
centre centre NOUN 11 obj NN
, , PUNCT 11 punct ,
explained explain VERB 0 root VBD
that that SCONJ 21 mark IN
the the DET 18 det DT
flipper flipper NOUN 21 nsubj:pass NN
might might AUX 21 aux MD
be be AUX 21 aux:pass VB
amputated amputated VERB 15 ccomp VBN
. . PUNCT 15 punct .

The the DET 2 det DT
biologist biologist NOUN 3 nsubj NN
warned warn VERB 0 root VBD
that that SCONJ 8 mark IN
the the DET 6 det DT
turtle turtle NOUN 8 nsubj NN
would would AUX 8 aux MD
need need VERB 3 ccomp VB
" " PUNCT 10 punct ``
weeks week NOUN 8 obj NNS
, , PUNCT 13 punct ,
maybe maybe ADV 13 advmod RB
months month NOUN 8 parataxis NNS
" " PUNCT 13 punct ''
of of ADP 16 case IN
care care NOUN 13 nmod NN
. . PUNCT 3 punct .
""",
    )
    result = attribute(doc)
    assert [s.role for s in result.speakers if s.name == "Kavita Beeharry-Panray"] == [
        "Dr, the marine biologist who runs the centre"
    ]
    assert [speaker_name(result, q) for q in result.quotes][-1] == "Kavita Beeharry-Panray"


def test_the_skipper_is_the_captain_and_an_age_before_a_name_is_kept() -> None:
    text = (
        "The hosts led after tries from lock Josaia Tuidraki and captain Semi Koroivuki. "
        "Fiji won with 21-year-old replacement winger Apisalome Vunivalu scoring the last "
        'try. "We made it hard for ourselves," said Fiji coach Ilaitia Rokoduru. "I\'m not '
        'happy with the second half," the skipper said. "I just saw the space and ran," '
        "the 21-year-old said."
    )
    doc = parse_by_hand(
        text,
        """
The the DET 2 det DT
hosts host NOUN 3 nsubj NNS
led lead VERB 0 root VBD
after after ADP 5 mark IN
tries try NOUN 3 advcl NNS
from from ADP 7 mark IN
lock lock NOUN 5 obl NN
Josaia Josaia PROPN 9 compound NNP
Tuidraki Tuidraki PROPN 7 obj NNP
and and CCONJ 11 cc CC
captain Captain PROPN 13 compound NNP
Semi Semi PROPN 13 amod NNP
Koroivuki Koroivuki PROPN 7 conj NNP
. . PUNCT 3 punct .

Fiji Fiji PROPN 2 nsubj NNP
won win VERB 0 root VBD
with with ADP 12 case IN
21 21 NUM 6 nummod CD
- - PUNCT 4 punct HYPH
year year NOUN 8 obl:unmarked NN
- - PUNCT 6 punct HYPH
old old ADJ 9 amod JJ
replacement replacement NOUN 10 compound NN
winger winger NOUN 12 compound NN
Apisalome Apisalome PROPN 12 compound NNP
Vunivalu Vunivalu PROPN 13 nsubj NNP
scoring scoring VERB 2 advcl VBG
the the DET 16 det DT
last last ADJ 16 amod JJ
try try NOUN 13 obj NN
. . PUNCT 2 punct .

" " PUNCT 3 punct ``
We we PRON 3 nsubj PRP
made make VERB 10 ccomp VBD
it it PRON 3 obj PRP
hard hard ADJ 3 advmod RB
for for ADP 7 case IN
ourselves ourselves PRON 3 obl PRP
, , PUNCT 3 punct ,
" " PUNCT 3 punct ''
said say VERB 0 root VBD
Fiji Fiji PROPN 10 nsubj NNP
coach coach PROPN 11 flat NNP
Ilaitia Ilaitia PROPN 12 flat NNP
Rokoduru Rokoduru PROPN 13 flat NNP
. . PUNCT 10 punct .

" " PUNCT 5 punct ``
I I PRON 5 nsubj PRP
'm be AUX 5 cop VBP
not not PART 5 advmod RB
happy happy ADJ 14 ccomp JJ
with with ADP 9 case IN
the the DET 9 det DT
second second ADJ 9 amod JJ
half half NOUN 5 obl NN
, , PUNCT 5 punct ,
" " PUNCT 5 punct ``
the the DET 13 det DT
skipper skipper NOUN 14 nsubj NN
said say VERB 0 root VBD
. . PUNCT 14 punct .

" " PUNCT 4 punct ``
I I PRON 4 nsubj PRP
just just ADV 4 advmod RB
saw see VERB 17 ccomp VBD
the the DET 6 det DT
space space NOUN 4 obj NN
and and CCONJ 8 cc CC
ran run VERB 4 conj VBD
, , PUNCT 4 punct ,
" " PUNCT 4 punct ``
the the DET 16 det DT
21 21 NUM 14 nummod CD
- - PUNCT 12 punct HYPH
year year NOUN 16 obl:unmarked NN
- - PUNCT 14 punct HYPH
old old ADJ 17 nsubj JJ
said say VERB 0 root VBD
. . PUNCT 17 punct .
""",
    )
    result = attribute(doc)
    assert [speaker_name(result, q) for q in result.quotes] == [
        "Ilaitia Rokoduru",
        "Semi Koroivuki",
        "Apisalome Vunivalu",
    ]


def test_a_passive_subject_is_no_description_of_the_last_speaker() -> None:
    text = (
        '"Our members are not machines," Mwansa Chileshe, the union\'s branch chairman, '
        "said. The firm's human resources director, Bwalya Kasonde, maintained that the "
        "roster had been agreed with the union in August. He said miners would still work "
        "no more than 48 hours a week."
    )
    doc = parse_by_hand(
        text,
        """
" " PUNCT 6 punct ``
Our our PRON 3 nmod:poss PRP$
members member NOUN 6 nsubj NNS
are be AUX 6 cop VBP
not not PART 6 advmod RB
machines machine NOUN 18 ccomp NNS
, , PUNCT 9 punct ,
" " PUNCT 9 punct ``
Mwansa Mwansa PROPN 6 conj NNP
Chileshe Chileshe PROPN 9 flat NNP
, , PUNCT 16 punct ,
the the DET 13 det DT
union union NOUN 16 nmod:poss NN
's 's PART 13 case POS
branch branch NOUN 16 compound NN
chairman chairman NOUN 6 conj NN
, , PUNCT 16 punct ,
said say VERB 0 root VBD
. . PUNCT 18 punct .

The the DET 2 det DT
firm firm NOUN 6 nmod:poss NN
's 's PART 2 case POS
human human ADJ 6 amod JJ
resources resource NOUN 6 compound NNS
director director NOUN 11 nsubj NN
, , PUNCT 8 punct ,
Bwalya Bwalya PROPN 6 appos NNP
Kasonde Kasonde PROPN 8 flat NNP
, , PUNCT 8 punct ,
maintained maintain VERB 0 root VBD
that that SCONJ 17 mark IN
the the DET 14 det DT
roster roster NOUN 17 nsubj:pass NN
had have AUX 17 aux VBD
been be AUX 17 aux:pass VBN
agreed agree VERB 11 ccomp VBN
with with ADP 20 case IN
the the DET 20 det DT
union union NOUN 17 obl NN
in in ADP 22 case IN
August August PROPN 17 obl NNP
. . PUNCT 11 punct .

He he PRON 2 nsubj PRP
said say VERB 0 root VBD
miners miners NOUN 6 nsubj NNS
would would AUX 6 aux MD
still still ADV 6 advmod RB
work work VERB 2 ccomp VB
no no INTJ 8 advmod UH
more more ADJ 10 advmod JJR
than than ADP 10 case IN
48 48 NUM 11 nummod CD
hours hour NOUN 6 obl NNS
a a DET 13 det DT
week week NOUN 6 obl:unmarked NN
. . PUNCT 2 punct .
""",
    )
    result = attribute(doc)
    # "roster" ends like an agent noun; as the subject of a passive it names no one.
    assert [speaker_name(result, q) for q in result.quotes][-1] == "Bwalya Kasonde"


def test_a_call_made_is_no_report() -> None:
    text = (
        "Casimir said the two men had cut away as much of the net as they could reach with a "
        "kitchen knife before calling the coast guard on a mobile phone. Senator Reyes called "
        "the filibuster “a relic of another age.”"
    )
    doc = parse_by_hand(
        text,
        """
Casimir Casimir PROPN 2 nsubj NNP
said say VERB 0 root VBD
the the DET 5 det DT
two two NUM 5 nummod CD
men man NOUN 7 nsubj NNS
had have AUX 7 aux VBD
cut cut VERB 2 ccomp VBN
away away ADV 7 advmod RB
as as ADV 10 advmod RB
much much ADJ 7 obl JJ
of of ADP 13 case IN
the the DET 13 det DT
net net NOUN 10 nmod NN
as as SCONJ 17 mark IN
they they PRON 17 nsubj PRP
could could AUX 17 aux MD
reach reach VERB 7 advcl VB
with with ADP 21 case IN
a a DET 21 det DT
kitchen kitchen NOUN 21 compound NN
knife knife NOUN 17 obl NN
before before SCONJ 23 mark IN
calling call VERB 17 advcl VBG
the the DET 26 det DT
coast coast NOUN 26 compound NN
guard guard NOUN 23 obj NN
on on ADP 30 case IN
a a DET 30 det DT
mobile mobile NOUN 30 compound NN
phone phone NOUN 23 obl NN
. . PUNCT 2 punct .

Senator Senator PROPN 3 nsubj NNP
Reyes Reyes PROPN 1 flat NNP
called call VERB 0 root VBD
the the DET 5 det DT
filibuster filibuster NOUN 3 obj NN
“ " PUNCT 8 punct ``
a a DET 8 det DT
relic relic NOUN 3 obj NN
of of ADP 11 case IN
another another DET 11 det DT
age age NOUN 8 nmod NN
. . PUNCT 3 punct .
” " PUNCT 3 punct ''
""",
    )
    result = attribute(doc)
    first, second = result.quotes
    # "calling the coast guard" says nothing, so the report runs on past it.
    assert first.content_text.endswith("before calling the coast guard on a mobile phone")
    assert speaker_name(result, first) == "Casimir"
    # Calling something a quoted name still reports it.
    assert second.type is QuoteType.MIXED
    assert second.cue is not None
    assert second.cue.text == "called"
    assert speaker_name(result, second) == "Reyes"


def test_church_dignity_before_a_name_is_a_title() -> None:
    text = (
        "The plan was put to the synod by the Archdeacon of Wrexley, the Ven Tobias "
        "Marchbank, and had the backing of the bishop. ‘A church is not a museum,’ "
        "Marchbank said."
    )
    doc = parse_by_hand(
        text,
        """
The the DET 2 det DT
plan plan NOUN 4 nsubj:pass NN
was be AUX 4 aux:pass VBD
put put VERB 0 root VBN
to to ADP 7 case IN
the the DET 7 det DT
synod synod NOUN 4 obl NN
by by ADP 10 case IN
the the DET 10 det DT
Archdeacon Archdeacon PROPN 4 obl NNP
of of ADP 12 case IN
Wrexley Wrexley PROPN 10 nmod NNP
, , PUNCT 15 punct ,
the the DET 15 det DT
Ven Ven PROPN 4 parataxis NNP
Tobias Tobias PROPN 15 flat NNP
Marchbank Marchbank PROPN 16 flat NNP
, , PUNCT 20 punct ,
and and CCONJ 20 cc CC
had have VERB 4 conj VBD
the the DET 22 det DT
backing back NOUN 20 obj NN
of of ADP 25 case IN
the the DET 25 det DT
bishop bishop NOUN 22 nmod NN
. . PUNCT 4 punct .

‘ ' PUNCT 7 punct ``
A a DET 3 det DT
church church NOUN 7 nsubj NN
is be AUX 7 cop VBZ
not not PART 7 advmod RB
a a DET 7 det DT
museum museum NOUN 11 ccomp NN
, , PUNCT 7 punct ,
’ ' PUNCT 7 punct ``
Marchbank Marchbank PROPN 11 nsubj NNP
said say VERB 0 root VBD
. . PUNCT 11 punct .
""",
    )
    result = attribute(doc)
    (quote,) = result.quotes
    # "the Ven" is a personal title, so "the Ven Tobias Marchbank" is a person, not a body,
    # and the surname alone finds him.
    assert speaker_name(result, quote) == "Tobias Marchbank"


def test_australian_councillor_titles() -> None:
    text = (
        "Mayor Leanne Hartigan backed the project. “We need housing,” Cr Hartigan said. "
        "Crs Bronwyn Tully and Dean Mackaway said they would lodge a rescission motion."
    )
    doc = parse_by_hand(
        text,
        """
Mayor Mayor PROPN 4 nsubj NNP
Leanne Leanne PROPN 1 flat NNP
Hartigan Hartigan PROPN 2 flat NNP
backed back VERB 0 root VBD
the the DET 6 det DT
project project NOUN 4 obj NN
. . PUNCT 4 punct .

“ " PUNCT 3 punct ``
We we PRON 3 nsubj PRP
need need VERB 9 ccomp VBP
housing housing VERB 3 obj VBG
, , PUNCT 3 punct ,
” " PUNCT 3 punct ``
Cr Cr PROPN 9 nsubj NNP
Hartigan Hartigan PROPN 7 flat NNP
said say VERB 0 root VBD
. . PUNCT 9 punct .

Crs Crs NOUN 2 nmod:desc NNP
Bronwyn Bronwyn PROPN 7 nsubj NNP
Tully Tully PROPN 2 flat NNP
and and CCONJ 5 cc CC
Dean Dean PROPN 3 conj NNP
Mackaway Mackaway PROPN 5 flat NNP
said say VERB 0 root VBD
they they PRON 10 nsubj PRP
would would AUX 10 aux MD
lodge lodge VERB 7 ccomp VB
a a DET 13 det DT
rescission rescission NOUN 13 compound NN
motion motion NOUN 10 obj NN
. . PUNCT 7 punct .
""",
    )
    result = attribute(doc)
    first, second = result.quotes
    # "Cr" and "Crs" are titles, not part of the names.
    assert speaker_name(result, first) == "Leanne Hartigan"
    assert speaker_name(result, second) == "Bronwyn Tully"


def test_street_someone_works_on_is_no_antecedent() -> None:
    text = (
        "The workshop of Washington Rodríguez Olivera is a narrow room on Calle Isla de "
        "Flores, in the oldest neighbourhood of the city. «The drum is made in the "
        "street,» he says."
    )
    doc = parse_by_hand(
        text,
        """
The the DET 2 det DT
workshop workshop NOUN 10 nsubj NN
of of ADP 4 case IN
Washington Washington PROPN 2 nmod NNP
Rodríguez Rodríguez PROPN 2 nmod NNP
Olivera Olivera PROPN 5 flat NNP
is be AUX 10 cop VBZ
a a DET 10 det DT
narrow narrow ADJ 10 amod JJ
room room NOUN 0 root NN
on on ADP 12 case IN
Calle Calle PROPN 10 nmod NNP
Isla Isla PROPN 12 flat NNP
de de PROPN 12 flat NNP
Flores Flores PROPN 12 flat NNP
, , PUNCT 20 punct ,
in in ADP 20 case IN
the the DET 20 det DT
oldest old ADJ 20 amod JJS
neighbourhood neighbourhood NOUN 10 nmod NN
of of ADP 23 case IN
the the DET 23 det DT
city city NOUN 20 nmod NN
. . PUNCT 10 punct .

« " PUNCT 5 punct ``
The the DET 3 det DT
drum drum NOUN 5 nsubj:pass NN
is be AUX 5 aux:pass VBZ
made make VERB 12 ccomp VBN
in in ADP 8 case IN
the the DET 8 det DT
street street NOUN 5 obl NN
, , PUNCT 5 punct ,
» " PUNCT 5 punct ''
he he PRON 12 nsubj PRP
says say VERB 0 root VBZ
. . PUNCT 12 punct .
""",
    )
    result = attribute(doc)
    (quote,) = result.quotes
    # "on Calle Isla de Flores" (the preposition on the name's first word) is a place, and
    # "in the old neighbourhood" after it is no role that would make it a person.
    assert speaker_name(result, quote) == "Washington Rodríguez Olivera"


def test_second_that_clause_after_a_dash_aside_goes_on_with_the_report() -> None:
    text = (
        "He estimates that he has built more than 4,000 drums — chicos, repiques and "
        "pianos — and that he can still recognise his own by «the sound of the first "
        "stroke»."
    )
    doc = parse_by_hand(
        text,
        """
He he PRON 2 nsubj PRP
estimates estimate VERB 0 root VBZ
that that SCONJ 6 mark IN
he he PRON 6 nsubj PRP
has have AUX 6 aux VBZ
built build VERB 2 ccomp VBN
more more ADJ 6 obj JJR
than than ADP 10 case IN
4,000 4,000 NUM 10 nummod CD
drums drums NOUN 6 obl NNS
— - PUNCT 12 punct ,
chicos chicos NOUN 10 conj NNS
, , PUNCT 14 punct ,
repiques repiques NOUN 10 conj NNS
and and CCONJ 16 cc CC
pianos pianos NOUN 10 conj NNS
— - PUNCT 23 punct ,
and and CCONJ 23 cc CC
that that SCONJ 23 mark IN
he he PRON 23 nsubj PRP
can can AUX 23 aux MD
still still ADV 23 advmod RB
recognise recognise VERB 2 conj VB
his his PRON 25 nmod:poss PRP$
own own ADJ 23 obj JJ
by by ADP 29 case IN
« " PUNCT 29 punct ``
the the DET 29 det DT
sound sound NOUN 23 obl NN
of of ADP 33 case IN
the the DET 33 det DT
first first ADJ 33 amod JJ
stroke stroke NOUN 29 nmod NN
» " PUNCT 29 punct ''
. . PUNCT 2 punct .
""",
    )
    result = attribute(doc)
    (quote,) = result.quotes
    # "and that he can ..." is a second clause of the estimate, not the writer's next remark.
    assert quote.content_text.startswith("he has built more than 4,000 drums")
    assert quote.content_text.endswith("the sound of the first stroke»")
    assert quote.type is QuoteType.MIXED


def test_that_clause_after_a_bracketed_acronym_or_a_participle() -> None:
    text = (
        "It was stated by the National Emergency Management Office (NEMO) that all "
        "schools would close at noon. The Hoàn Kiếm District People’s Committee said in a"
        " notice posted on Monday that vendors found using the pavements of 32 streets "
        "would be fined."
    )
    doc = parse_by_hand(
        text,
        """
It it PRON 3 nsubj:pass PRP
was be AUX 3 aux:pass VBD
stated state VERB 0 root VBN
by by ADP 9 case IN
the the DET 9 det DT
National National ADJ 9 amod NNP
Emergency emergency PROPN 9 compound NNP
Management Management PROPN 9 compound NNP
Office Office PROPN 3 obl:agent NNP
( ( PUNCT 11 punct -LRB-
NEMO NEMO PROPN 9 appos NNP
) ) PUNCT 11 punct -RRB-
that that SCONJ 17 mark IN
all all DET 15 det DT
schools school NOUN 17 nsubj NNS
would would AUX 17 aux MD
close close VERB 9 acl:relcl VB
at at ADP 19 case IN
noon noon NOUN 17 obl NN
. . PUNCT 3 punct .

The the DET 7 det DT
Hoàn Hoàn PROPN 7 compound NNP
Kiếm Kiếm PROPN 5 compound NNP
District District PROPN 5 compound NNP
People People PROPN 7 nmod:poss NNPS
’s 's PART 5 case POS
Committee Committee PROPN 8 nsubj NNP
said say VERB 0 root VBD
in in ADP 11 case IN
a a DET 11 det DT
notice notice NOUN 8 obl NN
posted post VERB 11 acl VBN
on on ADP 14 case IN
Monday Monday PROPN 12 obl NNP
that that SCONJ 17 obj IN
vendors vendor NOUN 17 nsubj NNS
found find VERB 11 acl:relcl VBD
using use VERB 17 xcomp VBG
the the DET 20 det DT
pavements pavements NOUN 18 obj NNS
of of ADP 23 case IN
32 32 NUM 23 nummod CD
streets street NOUN 20 nmod NNS
would would AUX 26 aux MD
be be AUX 26 aux:pass VB
fined fined VERB 17 ccomp VBN
. . PUNCT 8 punct .
""",
    )
    result = attribute(doc)
    first, second = result.quotes
    # Brackets and "a notice posted on Monday" do not stop the search for "that".
    assert first.content_text == "all schools would close at noon"
    assert speaker_name(result, first) == "National Emergency Management Office"
    assert second.content_text.startswith("vendors found using the pavements")
    assert speaker_name(result, second) == "Hoàn Kiếm District People’s Committee"


def test_reminded_that_reports_and_a_second_infinitive_goes_on() -> None:
    text = (
        "Farmers were reminded by the ministry that anyone moving cattle without a permit"
        " faced a fine. Kgosi Mothusi Ramotswa urged farmers to report sick animals "
        "immediately and not to hide them from veterinary officers."
    )
    doc = parse_by_hand(
        text,
        """
Farmers Farmers NOUN 3 nsubj:pass NNS
were be AUX 3 aux:pass VBD
reminded remind VERB 0 root VBN
by by ADP 6 case IN
the the DET 6 det DT
ministry ministry NOUN 3 obl:agent NN
that that SCONJ 9 mark IN
anyone anyone PRON 9 nsubj NN
moving move VERB 6 acl:relcl VBG
cattle cattle NOUN 9 obj NN
without without ADP 13 case IN
a a DET 13 det DT
permit permit NOUN 9 obl NN
faced face VERB 13 acl VBD
a a DET 16 det DT
fine fine ADJ 14 obj JJ
. . PUNCT 3 punct .

Kgosi Kgosi PROPN 4 nsubj NNP
Mothusi Mothusi PROPN 1 flat NNP
Ramotswa Ramotswa PROPN 1 flat NNP
urged urge VERB 0 root VBD
farmers farmer NOUN 4 obj NNS
to to PART 7 mark TO
report report VERB 4 xcomp VB
sick sick ADJ 9 amod JJ
animals animal NOUN 7 obj NNS
immediately immediately ADV 7 advmod RB
and and CCONJ 14 cc CC
not not PART 14 advmod RB
to to PART 14 mark TO
hide hide VERB 4 conj VB
them they PRON 14 obj PRP
from from ADP 18 case IN
veterinary veterinary ADJ 18 compound JJ
officers officer NOUN 14 obl NNS
. . PUNCT 4 punct .
""",
    )
    result = attribute(doc)
    first, second = result.quotes
    assert first.cue is not None
    assert first.cue.text == "reminded"
    assert first.content_text.startswith("anyone moving cattle")
    # "and not to hide them" is more of the urging.
    assert second.content_text.endswith("not to hide them from veterinary officers")
    assert speaker_name(result, second) == "Mothusi Ramotswa"


def test_pronoun_with_no_one_in_reach_means_the_profiles_subject() -> None:
    text = (
        "Washington Rodríguez Olivera has made drums for 61 years. Rodríguez learned the "
        "trade from his father. «The drum is made in the street,» he says. The city "
        "government announced in March that the workshop would be protected. The workshop"
        " employs four people. The street outside fills with drummers every carnival. "
        "Tourists come from as far as Japan. The drums sell for about $400. Some are "
        "shipped to Europe. Each takes a month to finish. «When the hands stop. Not "
        "before,» he says."
    )
    doc = parse_by_hand(
        text,
        """
Washington Washington PROPN 5 nsubj NNP
Rodríguez Rodríguez PROPN 5 nsubj NNP
Olivera Olivera PROPN 2 flat NNP
has have AUX 5 aux VBZ
made make VERB 0 root VBN
drums drums NOUN 5 obj NNS
for for ADP 9 case IN
61 61 NUM 9 nummod CD
years year NOUN 5 obl NNS
. . PUNCT 5 punct .

Rodríguez Rodríguez PROPN 2 nsubj NNP
learned learn VERB 0 root VBD
the the DET 4 det DT
trade trade NOUN 2 obj NN
from from ADP 7 case IN
his his PRON 7 nmod:poss PRP$
father father NOUN 4 nmod NN
. . PUNCT 2 punct .

« " PUNCT 5 punct ``
The the DET 3 det DT
drum drum NOUN 5 nsubj:pass NN
is be AUX 5 aux:pass VBZ
made make VERB 12 ccomp VBN
in in ADP 8 case IN
the the DET 8 det DT
street street NOUN 5 obl NN
, , PUNCT 5 punct ,
» " PUNCT 5 punct ''
he he PRON 12 nsubj PRP
says say VERB 0 root VBZ
. . PUNCT 12 punct .

The the DET 3 det DT
city city NOUN 3 compound NN
government government NOUN 4 nsubj NN
announced announce VERB 0 root VBD
in in ADP 6 case IN
March March PROPN 4 obl NNP
that that SCONJ 12 mark IN
the the DET 9 det DT
workshop workshop NOUN 12 nsubj:pass NN
would would AUX 12 aux MD
be be AUX 12 aux:pass VB
protected protect VERB 6 acl:relcl VBN
. . PUNCT 4 punct .

The the DET 2 det DT
workshop workshop NOUN 3 nsubj NN
employs employ VERB 0 root VBZ
four four NUM 5 nummod CD
people people NOUN 3 obj NNS
. . PUNCT 3 punct .

The the DET 2 det DT
street street NOUN 0 root NN
outside outside ADV 4 advmod RB
fills fills VERB 2 nmod VBZ
with with ADP 6 case IN
drummers drummers NOUN 4 nmod NNS
every every DET 8 det DT
carnival Carnival NOUN 6 nmod NN
. . PUNCT 4 punct .

Tourists tourist NOUN 2 nsubj NNS
come come VERB 0 root VBP
from from ADP 5 case IN
as as ADV 5 advmod RB
far far ADV 2 advmod RB
as as ADP 7 case IN
Japan Japan PROPN 5 obl NNP
. . PUNCT 2 punct .

The the DET 2 det DT
drums drums NOUN 3 nsubj NNS
sell sell VERB 0 root VBP
for for ADP 6 case IN
about about ADV 6 advmod RB
$ $ SYM 3 obl $
400 400 NUM 6 nummod CD
. . PUNCT 3 punct .

Some some DET 3 nsubj:pass DT
are be AUX 3 aux:pass VBP
shipped ship VERB 0 root VBN
to to ADP 5 case IN
Europe Europe PROPN 3 obl NNP
. . PUNCT 3 punct .

Each each DET 2 nsubj DT
takes take VERB 0 root VBZ
a a DET 4 det DT
month month NOUN 2 obj NN
to to PART 6 mark TO
finish finish VERB 2 obl VB
. . PUNCT 2 punct .

« " PUNCT 5 punct ``
When when ADV 5 advmod WRB
the the DET 4 det DT
hands hand NOUN 5 nsubj NNS
stop stop VERB 0 root VBP
. . PUNCT 5 punct .

Not not PART 2 advmod RB
before before ADV 6 advmod RB
, , PUNCT 2 punct ,
» " PUNCT 2 punct ``
he he PRON 6 nsubj PRP
says say VERB 0 root VBZ
. . PUNCT 6 punct .
""",
    )
    result = attribute(doc)
    first, *_, last = result.quotes
    assert speaker_name(result, first) == "Washington Rodríguez Olivera"
    # Six sentences with no person in them: the last "he" is still the man the article is
    # about, named or referred to three times before.
    assert last.content_text == "When the hands stop. Not before,"
    assert speaker_name(result, last) == "Washington Rodríguez Olivera"


def test_a_shared_surname_alone_means_the_person_the_article_is_about() -> None:
    text = (
        "Saskia Brennan could not walk a year ago. Brennan, 34, will start the marathon "
        "on Sunday. “I was certain I would run again,” Brennan says. Her husband, Declan "
        "Brennan, a firefighter, jokes that he sees more of the physiotherapist than of "
        "his wife. “I ran for one minute and walked for four,” Brennan says."
    )
    doc = parse_by_hand(
        text,
        """
Saskia Saskia PROPN 5 vocative NNP
Brennan Brennan PROPN 1 flat NNP
could could AUX 5 aux MD
not not PART 5 advmod RB
walk walk VERB 0 root VB
a a DET 7 det DT
year year NOUN 5 obl:unmarked NN
ago ago ADV 5 advmod RB
. . PUNCT 5 punct .

Brennan Brennan PROPN 6 vocative NNP
, , PUNCT 3 punct ,
34 34 NUM 1 appos CD
, , PUNCT 3 punct ,
will will AUX 6 aux MD
start start VERB 0 root VB
the the DET 8 det DT
marathon marathon NOUN 6 obj NN
on on ADP 10 case IN
Sunday Sunday PROPN 6 obl NNP
. . PUNCT 6 punct .

“ " PUNCT 4 punct ``
I I PRON 4 nsubj PRP
was be AUX 4 cop VBD
certain certain ADJ 12 ccomp JJ
I I PRON 7 nsubj PRP
would would AUX 7 aux MD
run run VERB 4 ccomp VB
again again ADV 7 advmod RB
, , PUNCT 7 punct ,
” " PUNCT 4 punct ``
Brennan Brennan PROPN 12 nsubj NNP
says say VERB 0 root VBZ
. . PUNCT 12 punct .

Her her PRON 2 nmod:poss PRP$
husband husband NOUN 10 nsubj NN
, , PUNCT 4 punct ,
Declan Declan PROPN 2 conj NNP
Brennan Brennan PROPN 4 flat NNP
, , PUNCT 8 punct ,
a a DET 8 det DT
firefighter firefighter NOUN 4 list NN
, , PUNCT 8 punct ,
jokes joke VERB 0 root VBZ
that that SCONJ 13 mark IN
he he PRON 13 nsubj PRP
sees see VERB 10 ccomp VBZ
more more ADJ 13 obj JJR
of of ADP 17 case IN
the the DET 17 det DT
physiotherapist physiotherapist NOUN 14 nmod NN
than than ADP 21 case IN
of of ADP 21 case IN
his his PRON 21 nmod:poss PRP$
wife wife NOUN 17 nmod NN
. . PUNCT 10 punct .

“ " PUNCT 3 punct ``
I I PRON 3 nsubj PRP
ran run VERB 14 ccomp VBD
for for ADP 6 case IN
one one NUM 6 nummod CD
minute minute NOUN 3 obl NN
and and CCONJ 8 cc CC
walked walk VERB 3 conj VBD
for for ADP 10 case IN
four four NUM 8 obl CD
, , PUNCT 3 punct ,
” " PUNCT 3 punct ``
Brennan Brennan PROPN 14 nsubj NNP
says say VERB 0 root VBZ
. . PUNCT 14 punct .
""",
    )
    result = attribute(doc)
    *_, last = result.quotes
    # Her husband, named once, shares her surname; "Brennan" alone is still the runner.
    assert last.content_text == "I ran for one minute and walked for four,"
    assert speaker_name(result, last) == "Saskia Brennan"


def test_a_role_set_off_by_commas_runs_to_its_closing_comma() -> None:
    text = (
        "Colin Abernethy, 63, a retired surveyor and keen birdwatcher from Saltby, took "
        "the first photograph of her at Saltmarsh Point on Sunday. “I thought someone had"
        " left a pink umbrella out on the mud,” said the birdwatcher."
    )
    doc = parse_by_hand(
        text,
        """
Colin Colin PROPN 15 vocative NNP
Abernethy Abernethy PROPN 1 flat NNP
, , PUNCT 4 punct ,
63 63 NUM 1 nmod:unmarked CD
, , PUNCT 8 punct ,
a a DET 8 det DT
retired retired ADJ 8 amod VBN
surveyor surveyor NOUN 1 appos NN
and and CCONJ 10 cc CC
keen keen VERB 8 conj NN
birdwatcher birdwatcher NOUN 15 obj NN
from from ADP 13 case IN
Saltby Saltby PROPN 11 nmod NNP
, , PUNCT 4 punct ,
took take VERB 0 root VBD
the the DET 18 det DT
first first ADJ 18 amod JJ
photograph photograph NOUN 15 obj NN
of of ADP 20 case IN
her she PRON 18 nmod PRP
at at ADP 23 case IN
Saltmarsh Saltmarsh PROPN 23 compound NNP
Point Point PROPN 18 nmod NNP
on on ADP 25 case IN
Sunday Sunday PROPN 23 nmod NNP
. . PUNCT 15 punct .

“ " PUNCT 3 punct ``
I I PRON 3 nsubj PRP
thought think VERB 16 ccomp VBD
someone someone PRON 6 nsubj NN
had have AUX 6 aux VBD
left leave VERB 3 ccomp VBN
a a DET 9 det DT
pink pink NOUN 9 compound NN
umbrella umbrella NOUN 6 obj NN
out out ADP 6 compound:prt RP
on on ADP 13 case IN
the the DET 13 det DT
mud mud NOUN 6 obl NN
, , PUNCT 3 punct ,
” " PUNCT 3 punct ''
said say VERB 0 root VBD
the the DET 18 det DT
birdwatcher birdwatcher NOUN 16 nsubj NN
. . PUNCT 16 punct .
""",
    )
    result = attribute(doc)
    (quote,) = result.quotes
    # The parse hangs "birdwatcher" outside the apposition; the role still runs to its comma.
    assert speaker_name(result, quote) == "Colin Abernethy"
    (speaker,) = result.speakers
    assert speaker.role == "a retired surveyor and keen birdwatcher from Saltby"


def test_a_definite_source_noun_with_no_unnamed_source_before_is_the_last_subject() -> None:
    text = (
        "Padraig Connellan, 61, was checking on a calving heifer when the stone came "
        "through the roof. “There was a bang like a shotgun going off,” the farmer "
        "recalled."
    )
    doc = parse_by_hand(
        text,
        """
Padraig Padraig PROPN 7 nsubj NNP
Connellan Connellan PROPN 1 flat NNP
, , PUNCT 4 punct ,
61 61 NUM 1 nmod:unmarked CD
, , PUNCT 4 punct ,
was be AUX 7 aux VBD
checking check VERB 0 root VBG
on on ADP 11 case IN
a a DET 11 det DT
calving calving NOUN 11 compound NN
heifer heifer NOUN 7 obl NN
when when ADV 15 advmod WRB
the the DET 14 det DT
stone stone NOUN 15 nsubj NN
came come VERB 7 advcl VBD
through through ADP 18 case IN
the the DET 18 det DT
roof roof NOUN 15 obl NN
. . PUNCT 7 punct .

“ " PUNCT 3 punct ``
There there PRON 3 expl EX
was be AUX 15 ccomp VBD
a a DET 5 det DT
bang bang NOUN 3 nsubj NN
like like ADP 8 case IN
a a DET 8 det DT
shotgun shotgun NOUN 5 nmod NN
going go VERB 5 acl VBG
off off ADP 9 compound:prt RP
, , PUNCT 15 punct ,
” " PUNCT 15 punct ``
the the DET 14 det DT
farmer farmer NOUN 15 nsubj NN
recalled recall VERB 0 root VBD
. . PUNCT 15 punct .
""",
    )
    result = attribute(doc)
    (quote,) = result.quotes
    # "the farmer" would be an unnamed source after "a farmer"; with none before it, it is
    # the man the sentence before was about.
    assert speaker_name(result, quote) == "Padraig Connellan"


def test_hyphenated_given_names_and_body_names_stay_whole() -> None:
    text = (
        "“A rocket always tells you when something is wrong,” launch director Park Seo-"
        "yeon told reporters. But according to the Office of the Auditor-General, at "
        "least 312 schools have no laboratory."
    )
    doc = parse_by_hand(
        text,
        """
“ " PUNCT 5 punct ``
A a DET 3 det DT
rocket rocket NOUN 5 nsubj NN
always always ADV 5 advmod RB
tells tell VERB 19 ccomp VBZ
you you PRON 5 iobj PRP
when when ADV 10 advmod WRB
something something PRON 10 nsubj NN
is be AUX 10 cop VBZ
wrong wrong ADJ 5 advcl JJ
, , PUNCT 10 punct ,
” " PUNCT 15 punct ``
launch launch VERB 15 compound VB
director director NOUN 15 compound NN
Park Park PROPN 19 nsubj NNP
Seo Seo PROPN 15 flat NNP
- - PUNCT 16 punct HYPH
yeon yeon PROPN 19 nsubj NNP
told tell VERB 0 root VBD
reporters reporter NOUN 19 iobj NNS
. . PUNCT 19 punct .

But but CCONJ 16 cc CC
according accord VERB 5 case VBG
to to ADP 2 fixed IN
the the DET 5 det DT
Office Office PROPN 16 obl NNP
of of ADP 8 case IN
the the DET 8 det DT
Auditor Auditor PROPN 5 nmod NNP
- - PUNCT 10 punct HYPH
General General PROPN 8 nmod NNP
, , PUNCT 5 punct ,
at at ADP 15 case IN
least least ADJ 15 nummod JJS
312 312 NUM 15 nummod CD
schools school NOUN 5 nmod NNS
have have VERB 0 root VBP
no no DET 18 det DT
laboratory laboratory NOUN 16 obj NN
. . PUNCT 16 punct .
""",
    )
    result = attribute(doc)
    first, second = result.quotes
    # "Seo-yeon": a given name's second syllable in lower case is still the name.
    assert speaker_name(result, first) == "Park Seo-yeon"
    # "Auditor-General": a hyphen inside a body's name goes on with it.
    assert speaker_name(result, second) == "Office of the Auditor-General"


def test_participle_clause_before_the_verb_describes_its_subject() -> None:
    text = (
        "An engineer involved in the launch preparations, who spoke on condition of "
        "anonymity because he was not authorised to talk to the media, said the same "
        "sensor had given a false reading during a rehearsal in March."
    )
    doc = parse_by_hand(
        text,
        """
An a DET 2 det DT
engineer engineer NOUN 3 nsubj:pass NN
involved involve VERB 26 ccomp VBN
in in ADP 7 case IN
the the DET 7 det DT
launch launch NOUN 7 compound NN
preparations preparation NOUN 3 obl NNS
, , PUNCT 10 punct ,
who who PRON 10 nsubj WP
spoke speak VERB 7 acl:relcl VBD
on on ADP 12 case IN
condition condition NOUN 10 obl NN
of of ADP 14 case IN
anonymity anonymity NOUN 12 nmod NN
because because SCONJ 19 mark IN
he he PRON 19 nsubj:pass PRP
was be AUX 19 aux:pass VBD
not not PART 19 advmod RB
authorised authorised VERB 10 advcl VBN
to to PART 21 mark TO
talk talk VERB 19 advcl VB
to to ADP 24 case IN
the the DET 24 det DT
media media NOUN 21 obl NN
, , PUNCT 19 punct ,
said say VERB 0 root VBD
the the DET 29 det DT
same same ADJ 29 amod JJ
sensor sensor NOUN 31 nsubj NN
had have AUX 31 aux VBD
given give VERB 26 ccomp VBN
a a DET 34 det DT
false false ADJ 34 amod JJ
reading reading NOUN 31 obj NN
during during ADP 37 case IN
a a DET 37 det DT
rehearsal rehearsal NOUN 31 obl NN
in in ADP 39 case IN
March March PROPN 37 nmod NNP
. . PUNCT 26 punct .
""",
    )
    result = attribute(doc)
    (quote,) = result.quotes
    # "involved in ..." parsed as the clause of "said", with the engineer as its subject.
    assert (
        quote.content_text
        == "the same sensor had given a false reading during a rehearsal in March"
    )
    assert speaker_name(result, quote) is not None
    assert speaker_name(result, quote).startswith("An engineer")


def test_a_report_speaks_for_the_body_that_published_it() -> None:
    text = (
        "Only two British universities are left in the top 20, according to Lodestar, the"
        " data company whose rankings are published today. The report says British "
        "institutions have been hurt by a fall in overseas students."
    )
    doc = parse_by_hand(
        text,
        """
Only only ADV 4 advmod RB
two two NUM 4 nummod CD
British British ADJ 4 amod JJ
universities university NOUN 6 nsubj:pass NNS
are be AUX 6 aux:pass VBP
left leave VERB 0 root VBN
in in ADP 10 case IN
the the DET 10 det DT
top top ADJ 10 amod JJ
20 20 NUM 6 obl CD
, , PUNCT 14 punct ,
according accord VERB 14 case VBG
to to ADP 12 fixed IN
Lodestar Lodestar PROPN 6 obl NNP
, , PUNCT 14 punct ,
the the DET 18 det DT
data data NOUN 18 compound NN
company company NOUN 22 nsubj:pass NN
whose whose PRON 20 nmod:poss WP$
rankings rankings NOUN 22 nsubj:pass NNS
are be AUX 22 aux:pass VBP
published publish VERB 6 conj VBN
today today NOUN 22 obl:unmarked NN
. . PUNCT 6 punct .

The the DET 2 det DT
report report NOUN 3 nsubj NN
says say VERB 0 root VBZ
British British ADJ 5 amod JJ
institutions institution NOUN 8 nsubj:pass NNS
have have AUX 8 aux VBP
been be AUX 8 aux:pass VBN
hurt hurt VERB 3 ccomp VBN
by by ADP 11 case IN
a a DET 11 det DT
fall fall NOUN 8 obl:agent NN
in in ADP 14 case IN
overseas overseas ADJ 14 compound JJ
students student NOUN 11 nmod NNS
. . PUNCT 3 punct .
""",
    )
    result = attribute(doc)
    first, second = result.quotes
    assert speaker_name(result, first) == "Lodestar"
    # "The report" refers back to the body that published it.
    assert speaker_name(result, second) == "Lodestar"


def test_chants_and_placards_that_read_are_not_speech() -> None:
    text = (
        "Hundreds of workers waved placards that read “We are miners, not moles”. "
        "Protesters were chanting “A home is a right!” as the march set off. “We will not"
        " move,” said Ana Lopes."
    )
    doc = parse_by_hand(
        text,
        """
Hundreds hundred NOUN 4 nsubj NNS
of of ADP 3 case IN
workers worker NOUN 1 nmod NNS
waved waved VERB 0 root VBD
placards placards NOUN 4 obj NNS
that that PRON 7 nsubj WDT
read read VERB 5 acl:relcl VBD
“ " PUNCT 11 punct ``
We we PRON 11 nsubj PRP
are be AUX 11 cop VBP
miners miners NOUN 7 ccomp NNS
, , PUNCT 14 punct ,
not not PART 14 advmod RB
moles moles NOUN 11 conj NNS
” " PUNCT 14 punct ''
. . PUNCT 4 punct .

Protesters Protesters NOUN 3 nsubj NNS
were be AUX 3 aux VBD
chanting chanting VERB 0 root VBG
“ " PUNCT 3 punct ``
A a DET 6 det DT
home home NOUN 9 nsubj NN
is be AUX 9 cop VBZ
a a DET 9 det DT
right right NOUN 3 parataxis NN
! ! PUNCT 9 punct .
” " PUNCT 9 punct ''
as as ADP 15 mark IN
the the DET 14 det DT
march march NOUN 15 nsubj NN
set set VERB 9 advcl VBD
off off ADP 15 compound:prt RP
. . PUNCT 3 punct .

“ " PUNCT 5 punct ``
We we PRON 5 nsubj PRP
will will AUX 5 aux MD
not not PART 5 advmod RB
move move VERB 8 ccomp VB
, , PUNCT 5 punct ,
” " PUNCT 5 punct ''
said say VERB 0 root VBD
Ana Ana PROPN 8 nsubj NNP
Lopes Lopes PROPN 9 flat NNP
. . PUNCT 8 punct .
""",
    )
    result = attribute(doc)
    # What a placard reads and what a crowd chants are slogans, not anyone's words.
    (quote,) = result.quotes
    assert quote.content_text == "We will not move,"
    assert speaker_name(result, quote) == "Ana Lopes"


def test_an_adjective_that_places_a_name_is_not_part_of_it() -> None:
    text = "Neighbouring Montserrat said it would open its shelters at noon on Monday."
    doc = parse_by_hand(
        text,
        """
Neighbouring Neighbouring VERB 2 compound VBG
Montserrat Montserrat PROPN 3 nsubj NNP
said say VERB 0 root VBD
it it PRON 6 nsubj PRP
would would AUX 6 aux MD
open open VERB 3 ccomp VB
its its PRON 8 nmod:poss PRP$
shelters shelter NOUN 6 obj NNS
at at ADP 10 case IN
noon noon NOUN 6 obl NN
on on ADP 12 case IN
Monday Monday PROPN 6 obl NNP
. . PUNCT 3 punct .
""",
    )
    result = attribute(doc)
    (quote,) = result.quotes
    assert speaker_name(result, quote) == "Montserrat"


def test_a_subjectless_but_clause_in_the_past_goes_on_with_the_report() -> None:
    text = (
        "HANOI – Vietnam, whose Mekong Delta lies at the end of the river, said it was "
        "monitoring water levels closely but did not expect flooding in its provinces."
    )
    doc = parse_by_hand(
        text,
        """
HANOI HANOI PROPN 0 root NNP

Vietnam Vietnam PROPN 14 nsubj NNP
, , PUNCT 1 punct ,
whose whose PRON 5 nmod:poss WP$
Mekong Mekong PROPN 5 compound NNP
Delta Delta PROPN 6 nsubj NNP
lies lie VERB 14 ccomp VBZ
at at ADP 9 case IN
the the DET 9 det DT
end end NOUN 6 obl NN
of of ADP 12 case IN
the the DET 12 det DT
river river NOUN 9 nmod NN
, , PUNCT 1 punct ,
said say VERB 0 root VBD
it it PRON 17 nsubj PRP
was be AUX 17 aux VBD
monitoring monitoring VERB 14 ccomp VBG
water water NOUN 19 compound NN
levels level NOUN 17 obj NNS
closely closely ADV 17 advmod RB
but but CCONJ 24 cc CC
did do AUX 24 aux VBD
not not PART 24 advmod RB
expect expect VERB 14 conj VB
flooding flooding VERB 24 xcomp VBG
in in ADP 28 case IN
its its PRON 28 nmod:poss PRP$
provinces province NOUN 25 obl NNS
. . PUNCT 14 punct .
""",
    )
    result = attribute(doc)
    (quote,) = result.quotes
    # "but did not expect ..." shares the reported clause's subject, "it".
    assert quote.content_text == (
        "it was monitoring water levels closely but did not expect flooding in its provinces"
    )
    assert speaker_name(result, quote) == "Vietnam"


def test_a_refusal_hung_from_the_reported_clause_is_the_speakers_own() -> None:
    text = "Mr Lee said the plan was sound but declined to comment on its cost."
    doc = parse_by_hand(
        text,
        """
Mr Mr PROPN 3 nsubj NNP
Lee Lee PROPN 1 flat NNP
said say VERB 0 root VBD
the the DET 5 det DT
plan plan NOUN 7 nsubj NN
was be AUX 7 cop VBD
sound sound ADJ 3 ccomp JJ
but but CCONJ 9 cc CC
declined decline VERB 7 conj VBD
to to PART 11 mark TO
comment comment VERB 9 xcomp VB
on on ADP 14 case IN
its its PRON 14 nmod:poss PRP$
cost cost NOUN 11 obl NN
. . PUNCT 3 punct .
""",
    )
    result = attribute(doc)
    (quote,) = result.quotes
    # The parse hangs "declined" from "sound"; what he declined is no part of what he said.
    assert quote.content_text == "the plan was sound"
    assert speaker_name(result, quote) == "Lee"


def test_a_declared_emergency_and_a_guilty_plea_are_acts_not_reports() -> None:
    text = (
        "Tonga declared a state of emergency on Thursday as Cyclone Lusia strengthened "
        "into a Category 4 storm. Shane Michael Te Ruki, 43, pleaded guilty in the Napier"
        " District Court to taking undersized pāua for sale. Officials declared that the "
        "harbour was closed."
    )
    doc = parse_by_hand(
        text,
        """
Tonga Tonga PROPN 2 nsubj NNP
declared declare VERB 0 root VBD
a a DET 4 det DT
state state NOUN 2 obj NN
of of ADP 6 case IN
emergency emergency NOUN 4 nmod NN
on on ADP 8 case IN
Thursday Thursday PROPN 2 obl NNP
as as ADP 12 mark IN
Cyclone Cyclone PROPN 12 nsubj NNP
Lusia Lusia PROPN 10 flat NNP
strengthened strengthen VERB 2 advcl VBD
into into ADP 17 case IN
a a DET 17 det DT
Category category NOUN 17 amod NN
4 4 NUM 17 nummod CD
storm storm NOUN 12 obl NN
. . PUNCT 2 punct .

Shane Shane PROPN 0 root NNP
Michael Michael PROPN 1 flat NNP
Te Te PROPN 1 flat NNP
Ruki Ruki PROPN 1 list NNP
, , PUNCT 6 punct ,
43 43 NUM 1 list CD
, , PUNCT 6 punct ,
pleaded pleaded VERB 1 parataxis VBD
guilty guilty NOUN 8 obj NN
in in ADP 14 case IN
the the DET 14 det DT
Napier Napier PROPN 14 compound NNP
District District PROPN 14 compound NNP
Court Court PROPN 9 nmod NNP
to to SCONJ 16 mark IN
taking take VERB 8 advcl VBG
undersized undersized VERB 18 amod VBN
pāua pāua NOUN 16 obj NN
for for ADP 20 case IN
sale sale NOUN 16 obl NN
. . PUNCT 8 punct .

Officials Officials NOUN 2 nsubj NNS
declared declare VERB 0 root VBD
that that SCONJ 7 mark IN
the the DET 5 det DT
harbour harbour NOUN 7 nsubj:pass NN
was be AUX 7 aux:pass VBD
closed close VERB 2 ccomp VBN
. . PUNCT 2 punct .
""",
    )
    result = attribute(doc)
    # Declaring an emergency and pleading guilty say nothing; declaring that ... does.
    (quote,) = result.quotes
    assert quote.content_text == "the harbour was closed"
    assert quote.cue is not None
    assert quote.cue.text == "declared"


def test_filipino_forms_of_address_and_a_nickname_later_used_as_a_name() -> None:
    text = (
        "Fisherman Antonio “Tonyo” Ladaga, 46, lost both of his boats. Mang Tonyo said he"
        " would not be able to fish for two months. “Sixty-three years I lived in that "
        "house,” said Lola Remedios Abueva."
    )
    doc = parse_by_hand(
        text,
        """
Fisherman Fisherman PROPN 2 compound NNP
Antonio Antonio PROPN 10 nsubj NNP
“ " PUNCT 4 punct ``
Tonyo Tonyo PROPN 2 flat NNP
” " PUNCT 4 punct ``
Ladaga Ladaga PROPN 4 flat NNP
, , PUNCT 8 punct ,
46 46 NUM 6 appos CD
, , PUNCT 8 punct ,
lost lose VERB 0 root VBD
both both DET 10 obj DT
of of ADP 14 case IN
his his PRON 14 nmod:poss PRP$
boats boat NOUN 11 nmod NNS
. . PUNCT 10 punct .

Mang Mang PROPN 3 nsubj NNP
Tonyo Tonyo PROPN 1 flat NNP
said say VERB 0 root VBD
he he PRON 8 nsubj PRP
would would AUX 8 aux MD
not not PART 8 advmod RB
be be AUX 8 cop VB
able able ADJ 3 ccomp JJ
to to PART 10 mark TO
fish fish VERB 8 xcomp VB
for for ADP 13 case IN
two two NUM 13 nummod CD
months month NOUN 10 obl NNS
. . PUNCT 3 punct .

“ " PUNCT 13 punct ``
Sixty Sixty NUM 13 nsubj CD
- - PUNCT 5 punct :
three three NUM 5 nummod CD
years year NOUN 13 ccomp NNS
I I PRON 7 nsubj PRP
lived live VERB 5 acl:relcl VBD
in in ADP 10 case IN
that that DET 10 det DT
house house NOUN 7 obl NN
, , PUNCT 5 punct ,
” " PUNCT 5 punct ''
said say VERB 0 root VBD
Lola Lola PROPN 13 nsubj NNP
Remedios Remedios PROPN 14 flat NNP
Abueva Abueva PROPN 14 flat NNP
. . PUNCT 13 punct .
""",
    )
    result = attribute(doc)
    first, second = result.quotes
    # "Mang" is a form of address and "Tonyo" the nickname given with his full name.
    assert speaker_name(result, first) == "Antonio Ladaga"
    assert speaker_name(result, second) == "Remedios Abueva"


def test_a_given_name_tagged_a_verb_inside_a_name_is_still_the_name() -> None:
    text = (
        "Coun. Wilfred Ballantyne, who stayed behind with about 20 volunteer "
        "firefighters, told the Northern Signal by satellite phone that crews had cut a "
        "fire break."
    )
    doc = parse_by_hand(
        text,
        """
Coun. Coun. PROPN 14 nsubj NNP
Wilfred Wilfred VERB 1 flat VBD
Ballantyne Ballantyne PROPN 1 flat NNP
, , PUNCT 6 punct ,
who who PRON 6 nsubj WP
stayed stay VERB 2 acl:relcl VBD
behind behind ADV 6 advmod RB
with with ADP 12 case IN
about about ADV 12 case RB
20 20 NUM 12 nummod CD
volunteer volunteer NOUN 12 compound NN
firefighters firefighters NOUN 6 obl NNS
, , PUNCT 1 punct ,
told tell VERB 0 root VBD
the the DET 17 det DT
Northern Northern ADJ 17 amod NNP
Signal Signal PROPN 14 iobj NNP
by by ADP 20 case IN
satellite satellite ADJ 20 compound JJ
phone phone NOUN 17 nmod NN
that that SCONJ 24 mark WDT
crews crew NOUN 24 nsubj NNS
had have AUX 24 aux VBD
cut cut VERB 20 acl:relcl VBN
a a DET 27 det DT
fire fire NOUN 27 compound NN
break break NOUN 24 obj NN
. . PUNCT 14 punct .
""",
    )
    result = attribute(doc)
    (quote,) = result.quotes
    # The tagger calls "Wilfred" a verb; hung as part of the name, it is the name.
    assert speaker_name(result, quote) == "Wilfred Ballantyne"


def test_a_quote_split_by_a_long_frame_is_one_quote() -> None:
    text = (
        "“We did not choose this fight,” said Karim Benhaddou, the general secretary of "
        "the Syndicat des Dockers et Portuaires de Marseille-Fos, standing on a pallet in"
        " front of about 600 strikers at the Mourepiane terminal, “and we will not be the"
        " ones who end it.”"
    )
    doc = parse_by_hand(
        text,
        """
“ " PUNCT 5 punct ``
We we PRON 5 nsubj PRP
did do AUX 5 aux VBD
not not PART 5 advmod RB
choose choose VERB 10 ccomp VB
this this DET 7 det DT
fight fight NOUN 5 obj NN
, , PUNCT 5 punct ,
” " PUNCT 5 punct ''
said say VERB 0 root VBD
Karim Karim PROPN 10 nsubj NNP
Benhaddou Benhaddou PROPN 11 flat NNP
, , PUNCT 16 punct ,
the the DET 16 det DT
general general ADJ 16 amod JJ
secretary secretary NOUN 11 appos NN
of of ADP 21 case IN
the the DET 21 det DT
Syndicat Syndicat PROPN 21 compound NNP
des des PROPN 21 compound NNP
Dockers Dockers PROPN 16 nmod NNPS
et et PROPN 23 punct NNP
Portuaires Portuaires PROPN 11 conj NNPS
de de PROPN 23 flat NNP
Marseille Marseille PROPN 23 flat NNP
- - PUNCT 27 punct HYPH
Fos Fos PROPN 23 flat NNP
, , PUNCT 29 punct ,
standing stand VERB 10 ccomp VBG
on on ADP 32 case IN
a a DET 32 det DT
pallet pallet NOUN 29 obl NN
in in ADP 34 case IN
front front NOUN 29 obl NN
of of ADP 38 case IN
about about ADV 38 amod RB
600 600 NUM 38 nummod CD
strikers strikers NOUN 34 nmod NNS
at at ADP 42 case IN
the the DET 42 det DT
Mourepiane Mourepiane PROPN 42 compound NNP
terminal terminal NOUN 38 nmod NN
, , PUNCT 51 punct ,
“ " PUNCT 51 punct ''
and and CCONJ 51 cc CC
we we PRON 51 nsubj PRP
will will AUX 51 aux MD
not not PART 51 advmod RB
be be AUX 51 cop VB
the the DET 51 det DT
ones one NOUN 10 conj NNS
who who PRON 53 nsubj WP
end end VERB 51 acl:relcl VBP
it it PRON 53 obj PRP
. . PUNCT 51 punct .
” " PUNCT 51 punct ''
""",
    )
    result = attribute(doc)
    (quote,) = result.quotes
    assert quote.type is QuoteType.DIRECT
    assert len(quote.quoted_parts) == 2
    assert speaker_name(result, quote) == "Karim Benhaddou"


def test_a_noun_described_by_who_before_the_verb_is_its_subject() -> None:
    text = (
        "One TallyPay engineer, who spoke on condition of anonymity because staff had "
        "been told not to talk to reporters, said the change had been pushed to every "
        "region at once rather than tested in a single region first."
    )
    doc = parse_by_hand(
        text,
        """
One one NUM 4 nummod CD
Tally Tally ADJ 4 amod NNP
Pay pay NOUN 4 compound NN
engineer engineer NOUN 23 ccomp NN
, , PUNCT 7 punct ,
who who PRON 7 nsubj WP
spoke speak VERB 4 acl:relcl VBD
on on ADP 9 case IN
condition condition NOUN 7 obl NN
of of ADP 11 case IN
anonymity anonymity NOUN 9 nmod NN
because because SCONJ 16 mark IN
staff staff NOUN 16 nsubj:pass NN
had have AUX 16 aux VBD
been be AUX 16 aux:pass VBN
told tell VERB 23 ccomp VBN
not not PART 16 advmod RB
to to PART 19 mark TO
talk talk VERB 16 xcomp VB
to to ADP 21 case IN
reporters reporter NOUN 19 obl NNS
, , PUNCT 16 punct ,
said say VERB 0 root VBD
the the DET 25 det DT
change change NOUN 28 nsubj:pass NN
had have AUX 28 aux VBD
been be AUX 28 aux:pass VBN
pushed push VERB 23 ccomp VBN
to to ADP 31 case IN
every every DET 31 det DT
region region NOUN 28 obl NN
at at ADP 33 case IN
once once ADV 36 advmod RB
rather rather ADV 36 mark RB
than than ADP 34 fixed IN
tested test VERB 28 advcl VBN
in in ADP 40 case IN
a a DET 40 det DT
single single ADJ 40 amod JJ
region region NOUN 36 obl NN
first first ADV 36 advmod RB
. . PUNCT 23 punct .
""",
    )
    result = attribute(doc)
    (quote,) = result.quotes
    # The parse makes "engineer" the clause of "said"; "who spoke ..." says it is a person.
    assert quote.content_text.startswith("the change had been pushed to every region")
    assert speaker_name(result, quote) == "One TallyPay engineer"


def test_a_bodys_officer_is_the_person_later_named_in_that_role() -> None:
    text = (
        "Harbour Rowing Club could fold by the spring unless it finds new members, its "
        "secretary has warned. At the annual meeting on Monday, the secretary, Morag "
        "Tulloch, said the boathouse roof alone would cost £40,000."
    )
    doc = parse_by_hand(
        text,
        """
Harbour Harbour PROPN 3 compound NNP
Rowing Rowing PROPN 3 compound NNP
Club Club PROPN 5 nsubj:pass NNP
could could AUX 5 aux MD
fold fold VERB 18 ccomp VB
by by ADP 8 case IN
the the DET 8 det DT
spring spring NOUN 5 obl NN
unless unless SCONJ 11 mark IN
it it PRON 11 nsubj PRP
finds find VERB 5 advcl VBZ
new new ADJ 13 amod JJ
members member NOUN 11 obj NNS
, , PUNCT 11 punct ,
its its PRON 16 nmod:poss PRP$
secretary secretary NOUN 18 nsubj NN
has have AUX 18 aux VBZ
warned warn VERB 0 root VBN
. . PUNCT 18 punct .

At at ADP 4 case IN
the the DET 4 det DT
annual annual ADJ 4 amod JJ
meeting meeting NOUN 14 obl NN
on on ADP 6 case IN
Monday Monday PROPN 4 nmod NNP
, , PUNCT 4 punct ,
the the DET 9 det DT
secretary secretary NOUN 14 nsubj NN
, , PUNCT 11 punct ,
Morag Morag PROPN 9 appos NNP
Tulloch Tulloch PROPN 11 flat NNP
, , PUNCT 4 punct ,
said say VERB 0 root VBD
the the DET 17 det DT
boathouse boathouse NOUN 17 compound NN
roof roof NOUN 20 nsubj NN
alone alone ADV 20 advmod RB
would would AUX 20 aux MD
cost cost VERB 14 ccomp VB
£ £ SYM 20 obj $
40,000 40000 NUM 21 nummod CD
. . PUNCT 14 punct .
""",
    )
    result = attribute(doc)
    first, second = result.quotes
    # "its secretary" is part of the club, never an entity of its own, so it takes the name
    # of the one person given that role.
    assert first.content_text.startswith("Harbour Rowing Club could fold")
    assert speaker_name(result, first) == "Morag Tulloch"
    assert speaker_name(result, second) == "Morag Tulloch"


def test_their_union_is_the_one_body_named_union() -> None:
    text = (
        "Bus drivers in Pellham will strike for three days next week, their union said on"
        " Monday. The walkout was confirmed by Jo Arkwright, an organiser with the "
        "Transport Workers Union."
    )
    doc = parse_by_hand(
        text,
        """
Bus bus NOUN 2 compound NN
drivers driver NOUN 6 nsubj NNS
in in ADP 4 case IN
Pellham Pellham PROPN 2 nmod NNP
will will AUX 6 aux MD
strike strike VERB 15 ccomp VB
for for ADP 9 case IN
three three NUM 9 nummod CD
days day NOUN 6 obl NNS
next next ADJ 11 amod JJ
week week NOUN 6 obl:unmarked NN
, , PUNCT 6 punct ,
their their PRON 14 nmod:poss PRP$
union union NOUN 15 nsubj NN
said say VERB 0 root VBD
on on ADP 17 case IN
Monday Monday PROPN 15 obl NNP
. . PUNCT 15 punct .

The the DET 2 det DT
walkout walkout NOUN 4 nsubj:pass NN
was be AUX 4 aux:pass VBD
confirmed confirm VERB 0 root VBN
by by ADP 6 case IN
Jo Jo PROPN 4 obl:agent NNP
Arkwright Arkwright PROPN 6 flat NNP
, , PUNCT 10 punct ,
an a DET 10 det DT
organiser organiser NOUN 6 appos NN
with with ADP 15 case IN
the the DET 15 det DT
Transport Transport PROPN 15 compound NNP
Workers worker PROPN 15 compound NNPS
Union Union PROPN 10 nmod NNP
. . PUNCT 4 punct .
""",
    )
    result = attribute(doc)
    (quote,) = result.quotes
    # "their union" is no name of its own: the one body whose name ends in "Union" is.
    assert quote.content_text.startswith("Bus drivers in Pellham will strike")
    assert speaker_name(result, quote) == "Transport Workers Union"


def test_a_given_names_lower_case_syllable_tagged_a_noun_stays_in_the_name() -> None:
    text = (
        "For the defence, barrister Daniel Chan Ka-lok said his client had repaid every "
        "cent. “She will carry this for the rest of her life,” Magistrate Amy Lau Siu-wai"
        " said."
    )
    doc = parse_by_hand(
        text,
        """
For for ADP 3 case IN
the the DET 3 det DT
defence defence NOUN 11 obl NN
, , PUNCT 3 punct ,
barrister barrister NOUN 6 nmod:desc NN
Daniel Daniel PROPN 11 nsubj NNP
Chan Chan PROPN 6 flat NNP
Ka Ka PROPN 6 flat NNP
- - PUNCT 6 punct HYPH
lok lok NOUN 6 flat NN
said say VERB 0 root VBD
his his PRON 13 nmod:poss PRP$
client client NOUN 15 nsubj NN
had have AUX 15 aux VBD
repaid repaid VERB 11 ccomp VBN
every every DET 17 det DT
cent cent NOUN 15 obj NN
. . PUNCT 11 punct .

“ " PUNCT 4 punct ``
She she PRON 4 nsubj PRP
will will AUX 4 aux MD
carry carry VERB 20 ccomp VB
this this PRON 4 obj DT
for for ADP 8 case IN
the the DET 8 det DT
rest rest NOUN 4 obl NN
of of ADP 10 case IN
her she PRON 8 nmod PRP$
life life NOUN 8 nmod NN
, , PUNCT 14 punct ,
” " PUNCT 14 punct ``
Magistrate Magistrate PROPN 20 nsubj NNP
Amy Amy PROPN 14 flat NNP
Lau Lau PROPN 15 flat NNP
Siu Siu PROPN 15 flat NNP
- - PUNCT 19 punct HYPH
wai wai NOUN 20 nsubj NN
said say VERB 0 root VBD
. . PUNCT 20 punct .
""",
    )
    result = attribute(doc)
    first, second = result.quotes
    # "lok" and "wai" come out as common nouns; the hyphen still joins them to the name.
    assert speaker_name(result, first) == "Daniel Chan Ka-lok"
    assert speaker_name(result, second) == "Amy Lau Siu-wai"


def test_a_role_in_lower_case_tagged_a_proper_noun_is_no_part_of_the_name() -> None:
    text = (
        "Outside the weighing shed in Kandapola, smallholder R.M. Kumarihamy, 61, said "
        "the collectors had stopped coming twice a week."
    )
    doc = parse_by_hand(
        text,
        """
Outside outside ADP 3 case IN
the the DET 3 det DT
weighing weighing NOUN 14 obl NN
shed shed NOUN 14 advcl NN
in in ADP 6 case IN
Kandapola Kandapola PROPN 4 obl NNP
, , PUNCT 4 punct ,
smallholder smallholder PROPN 6 conj NNP
R.M. R.M. PROPN 8 flat NNP
Kumarihamy Kumarihamy PROPN 6 conj NNP
, , PUNCT 12 punct ,
61 61 NUM 6 conj CD
, , PUNCT 4 punct ,
said say VERB 0 root VBD
the the DET 16 det DT
collectors collectors NOUN 18 nsubj NNS
had have AUX 18 aux VBD
stopped stop VERB 14 ccomp VBN
coming come VERB 18 xcomp VBG
twice twice ADV 19 advmod RB
a a DET 22 det DT
week week NOUN 19 obl:unmarked NN
. . PUNCT 14 punct .
""",
    )
    result = attribute(doc)
    (quote,) = result.quotes
    # The parse tags "smallholder" a proper noun; a lower-case word opens no name.
    assert quote.content_text.startswith("the collectors had stopped coming")
    assert speaker_name(result, quote) == "R.M. Kumarihamy"


def test_a_name_after_a_bodys_title_is_a_person() -> None:
    text = (
        "Sri Lanka Coconut Board Chairman Ranjith Abeygunawardena stated that copra prices"
        " had doubled since June."
    )
    # The parse the bundled model gives a sentence of this shape (holdout round 35): the
    # country opens the subject and the title hangs from it as a list item.
    doc = parse_by_hand(
        text,
        """
Sri Sri PROPN 8 nsubj NNP
Lanka Lanka PROPN 1 flat NNP
Coconut Coconut PROPN 5 compound NNP
Board Board PROPN 5 compound NNP
Chairman Chairman PROPN 1 list NNP
Ranjith Ranjith PROPN 5 flat NNP
Abeygunawardena Abeygunawardena PROPN 6 flat NNP
stated state VERB 0 root VBD
that that SCONJ 13 mark IN
copra copra NOUN 11 compound NN
prices price NOUN 13 nsubj NNS
had have AUX 13 aux VBD
doubled doubled VERB 8 ccomp VBN
since since ADP 15 case IN
June June PROPN 13 obl NNP
. . PUNCT 8 punct .
""",
    )
    result = attribute(doc)
    (quote,) = result.quotes
    # The title belongs to a body ("Board" heads the phrase), but the name after it is a
    # person's.
    assert speaker_name(result, quote) == "Ranjith Abeygunawardena"
    (speaker,) = result.speakers
    assert speaker.kind == SpeakerKind.PERSON


def test_what_a_group_calls_a_thing_is_no_quote() -> None:
    text = (
        "Fishermen call the first storm of the winter “the grey broom”, because it sweeps"
        " every boat off the water. So-called 'ghost nets' drift for years."
    )
    doc = parse_by_hand(
        text,
        """
Fishermen Fishermen ADJ 2 nsubj JJ
call call VERB 0 root VB
the the DET 5 det DT
first first ADJ 5 amod JJ
storm storm NOUN 2 obj NN
of of ADP 8 case IN
the the DET 8 det DT
winter winter NOUN 5 nmod NN
“ " PUNCT 12 punct ``
the the DET 12 det DT
grey grey NOUN 12 compound NN
broom broom NOUN 5 nmod NN
” " PUNCT 12 punct ''
, , PUNCT 17 punct ,
because because SCONJ 17 mark IN
it it PRON 17 nsubj PRP
sweeps sweeps VERB 2 advcl VBZ
every every DET 19 det DT
boat boat NOUN 17 obj NN
off off ADP 22 case IN
the the DET 22 det DT
water water NOUN 17 obl NN
. . PUNCT 2 punct .

So so ADV 3 advmod RB
- - PUNCT 1 punct :
called call VERB 0 root VBN
' ' PUNCT 6 punct ``
ghost ghost NOUN 6 compound NN
nets nets NOUN 8 compound NNS
' ' PUNCT 6 punct ``
drift drift NOUN 3 obj NN
for for ADP 10 case IN
years year NOUN 8 nmod NNS
. . PUNCT 8 punct .
""",
    )
    result = attribute(doc)
    # A present-tense "call" with a bare plural subject names a thing; "so-called" too.
    assert result.quotes == ()


def test_an_akan_elders_form_of_address_is_a_title() -> None:
    text = (
        "“The rains came late and the pods are small,” said Opanyin Kofi Boateng, 72, who"
        " farms near Sefwi Wiawso."
    )
    doc = parse_by_hand(
        text,
        """
“ " PUNCT 4 punct ``
The the DET 3 det DT
rains rains NOUN 4 nsubj NNS
came come VERB 13 ccomp VBD
late late ADV 4 advmod RB
and and CCONJ 10 cc CC
the the DET 8 det DT
pods pods NOUN 10 nsubj NNS
are be AUX 10 cop VBP
small small ADJ 13 ccomp JJ
, , PUNCT 10 punct ,
” " PUNCT 10 punct ''
said say VERB 0 root VBD
Opanyin Opanyin PROPN 13 nsubj NNP
Kofi Kofi PROPN 14 flat NNP
Boateng Boateng PROPN 15 flat NNP
, , PUNCT 18 punct ,
72 72 NUM 15 appos CD
, , PUNCT 21 punct ,
who who PRON 21 nsubj WP
farms farm VERB 14 acl:relcl VBZ
near near ADP 24 case IN
Sefwi Sefwi PROPN 24 compound NNP
Wiawso Wiawso PROPN 21 obl NNP
. . PUNCT 13 punct .
""",
    )
    result = attribute(doc)
    (quote,) = result.quotes
    # "Opanyin" (elder) is a form of address, kept as the role.
    assert speaker_name(result, quote) == "Kofi Boateng"


def test_a_live_blogs_time_stamp_is_no_part_of_the_speaker() -> None:
    text = (
        "11:20 Tonga and Vanuatu have said in a joint statement that they will share a "
        "single climate envoy."
    )
    doc = parse_by_hand(
        text,
        """
11:20 11:20 NUM 6 nsubj CD
Tonga Tonga PROPN 1 flat NNP
and and CCONJ 4 cc CC
Vanuatu Vanuatu PROPN 2 conj NNP
have have AUX 6 aux VBP
said say VERB 0 root VBN
in in ADP 10 case IN
a a DET 10 det DT
joint joint ADJ 10 amod JJ
statement statement NOUN 6 obl NN
that that SCONJ 14 mark IN
they they PRON 14 nsubj PRP
will will AUX 14 aux MD
share share VERB 10 acl:relcl VB
a a DET 18 det DT
single single ADJ 18 amod JJ
climate climate NOUN 18 compound NN
envoy envoy NOUN 14 obj NN
. . PUNCT 6 punct .
""",
    )
    result = attribute(doc)
    (quote,) = result.quotes
    # The entry's time is parsed as the subject, with the names hung from it.
    assert quote.content_text == "they will share a single climate envoy"
    assert speaker_name(result, quote) == "Tonga"


def test_a_clause_of_the_writers_before_according_to_is_vouched_for() -> None:
    text = (
        "Nearly 900 flights were cancelled across the region on Sunday, after freezing "
        "fog closed two runways for most of the day, according to the airport operator."
    )
    doc = parse_by_hand(
        text,
        """
Nearly nearly ADV 2 advmod RB
900 900 NUM 3 nummod CD
flights flight NOUN 5 nsubj:pass NNS
were be AUX 5 aux:pass VBD
cancelled cancel VERB 0 root VBN
across across ADP 8 case IN
the the DET 8 det DT
region region NOUN 5 obl NN
on on ADP 10 case IN
Sunday Sunday PROPN 5 obl NNP
, , PUNCT 15 punct ,
after after SCONJ 15 mark IN
freezing freezing VERB 14 compound VBG
fog fog NOUN 15 nsubj NN
closed close VERB 5 advcl VBD
two two NUM 17 nummod CD
runways runways NOUN 15 obj NNS
for for ADP 19 case IN
most most ADJ 15 obl JJS
of of ADP 22 case IN
the the DET 22 det DT
day day NOUN 19 nmod NN
, , PUNCT 28 punct ,
according accord VERB 28 case VBG
to to ADP 24 fixed IN
the the DET 28 det DT
airport airport NOUN 28 compound NN
operator operator NOUN 15 obl NN
. . PUNCT 5 punct .
""",
    )
    result = attribute(doc)
    (quote,) = result.quotes
    # "according to" after the whole sentence vouches for all of it, ", after ..." too.
    assert quote.content_text.startswith("Nearly 900 flights were cancelled")
    assert quote.content_text.endswith("closed two runways for most of the day")


def test_a_name_given_after_a_colon_is_no_quote() -> None:
    text = (
        "The council has branded the new bridge the Gateway. Some shopkeepers have given "
        "it a less polite name: “the glass wall”."
    )
    doc = parse_by_hand(
        text,
        """
The the DET 2 det DT
council council NOUN 4 nsubj NN
has have AUX 4 aux VBZ
branded branded VERB 0 root VBN
the the DET 7 det DT
new new ADJ 7 amod JJ
bridge bridge NOUN 4 obj NN
the the DET 9 det DT
Gateway Gateway PROPN 7 nmod:unmarked NNP
. . PUNCT 4 punct .

Some some DET 2 det DT
shopkeepers shopkeepers NOUN 4 nsubj NNS
have have AUX 4 aux VBP
given give VERB 0 root VBN
it it PRON 4 iobj PRP
a a DET 9 det DT
less less ADV 8 advmod JJR
polite polite ADJ 9 amod JJ
name name NOUN 4 obj NN
: : PUNCT 14 punct :
“ " PUNCT 14 punct ``
the the DET 14 det DT
glass glass NOUN 14 compound NN
wall wall NOUN 9 appos NN
” " PUNCT 14 punct ''
. . PUNCT 4 punct .
""",
    )
    result = attribute(doc)
    # "a name:" before the quotation says it names the bridge; nobody said it.
    assert result.quotes == ()


def test_a_statement_phrase_hung_from_a_noun_reports_nothing() -> None:
    text = (
        "But the Ghanaian Railway Authority (GRA), in a statement signed by its General "
        'Manager, Corporate Affairs, Mr Kwame Mensah, said: "The Authority '
        'has allocated a dedicated berth to the vessel."'
    )
    doc = parse_by_hand(
        text,
        """
But but CCONJ 26 cc CC
the the DET 5 det DT
Ghanaian Ghanaian ADJ 5 amod NNP
Railway Railway PROPN 5 compound NNPS
Authority Authority PROPN 26 nsubj NNP
( ( PUNCT 7 punct -LRB-
GRA GRA PROPN 5 appos NNP
) ) PUNCT 7 punct -RRB-
, , PUNCT 12 punct ,
in in ADP 12 case IN
a a DET 12 det DT
statement statement NOUN 5 nmod NN
signed sign VERB 12 acl VBN
by by ADP 17 case IN
its its PRON 17 nmod:poss PRP$
General General ADJ 17 compound NNP
Manager manager PROPN 13 obl:agent NNP
, , PUNCT 20 punct ,
Corporate corporate ADJ 20 amod NNP
Affairs Communication PROPN 17 conj NNPS
, , PUNCT 22 punct ,
Mr Mr PROPN 20 appos NNP
Kwame Kwame PROPN 22 flat NNP
Mensah Mensah PROPN 22 flat NNP
, , PUNCT 22 punct ,
said say VERB 0 root VBD
: : PUNCT 32 punct :
" " PUNCT 32 punct ``
The the DET 30 det DT
Authority Authority PROPN 32 nsubj NNP
has have AUX 32 aux VBZ
allocated allocate VERB 26 ccomp VBN
a a DET 35 det DT
dedicated dedicated ADJ 35 amod VBN
berth berth NOUN 32 obj NN
to to ADP 38 case IN
the the DET 38 det DT
vessel vessel NOUN 35 nmod NN
. . PUNCT 32 punct .
" " PUNCT 32 punct ''
""",
    )
    result = attribute(doc)
    (quote,) = result.quotes
    # "in a statement" hangs from "Authority" in this parse: the colon quotation is the only
    # report, not "the Ghanaian Railway".
    assert quote.type == QuoteType.DIRECT
    assert speaker_name(result, quote) == "Ghanaian Railway Authority"


def test_conceding_defeat_is_no_report() -> None:
    text = (
        "The governor conceded defeat in a televised address on Tuesday night and said "
        "she would help the new administration."
    )
    doc = parse_by_hand(
        text,
        """
The the DET 2 det DT
governor governor NOUN 3 nsubj NN
conceded conceded VERB 0 root VBD
defeat defeat NOUN 3 xcomp NN
in in ADP 8 case IN
a a DET 8 det DT
televised televised VERB 8 amod VBN
address address NOUN 4 obl NN
on on ADP 11 case IN
Tuesday Tuesday PROPN 11 compound NNP
night night NOUN 4 obl NN
and and CCONJ 13 cc CC
said say VERB 3 conj VBD
she she PRON 16 nsubj PRP
would would AUX 16 aux MD
help help VERB 13 ccomp VB
the the DET 19 det DT
new new ADJ 19 amod JJ
administration administration NOUN 16 obj NN
. . PUNCT 3 punct .
""",
    )
    result = attribute(doc)
    (quote,) = result.quotes
    # "conceded defeat" gives up a contest; only the "said" clause is reported.
    assert quote.content_text == "she would help the new administration"


def test_what_was_told_to_a_listener_parsed_as_a_relative_clause() -> None:
    text = (
        "A taxi driver has told an inquest she saw a red van, but not its driver, on the "
        "bridge seconds before the crash."
    )
    doc = parse_by_hand(
        text,
        """
A a DET 3 det DT
taxi taxi NOUN 3 compound NN
driver driver NOUN 5 nsubj NN
has have AUX 5 aux VBZ
told tell VERB 0 root VBN
an a DET 7 det DT
inquest inquest NOUN 5 iobj NN
she she PRON 9 nsubj PRP
saw see VERB 7 acl:relcl VBD
a a DET 12 det DT
red red ADJ 12 amod JJ
van van NOUN 9 obj NN
, , PUNCT 17 punct ,
but but CCONJ 17 cc CC
not not PART 17 advmod RB
its its PRON 17 nmod:poss PRP$
driver driver NOUN 22 nsubj NN
, , PUNCT 22 punct ,
on on ADP 22 case IN
the the DET 22 det DT
bridge bridge NOUN 22 amod NN
seconds second NOUN 9 obl NNS
before before ADP 25 case IN
the the DET 25 det DT
crash crash NOUN 22 nmod NN
. . PUNCT 5 punct .
""",
    )
    result = attribute(doc)
    (quote,) = result.quotes
    # "she saw ..." is parsed as a relative clause on "inquest", and "but not its driver" as
    # a conjunct of "told": both are what was told, the listener is not.
    assert quote.content_text == (
        "she saw a red van, but not its driver, on the bridge seconds before the crash"
    )


def test_things_put_forward_by_nobody_are_no_report() -> None:
    text = (
        "According to the library, more than 400 titles have been proposed since the appeal began."
    )
    doc = parse_by_hand(
        text,
        """
According accord VERB 4 case VBG
to to ADP 1 fixed IN
the the DET 4 det DT
library library NOUN 12 obl NN
, , PUNCT 4 punct ,
more more ADJ 12 advmod JJR
than than ADP 6 fixed IN
400 400 NUM 9 nummod CD
titles title NOUN 12 nsubj:pass NNS
have have AUX 12 aux VBP
been be AUX 12 aux:pass VBN
proposed propose VERB 0 root VBN
since since SCONJ 16 mark IN
the the DET 15 det DT
appeal appeal NOUN 16 nsubj NN
began begin VERB 12 advcl VBD
. . PUNCT 12 punct .
""",
    )
    result = attribute(doc)
    (quote,) = result.quotes
    # "titles have been proposed" puts things forward, by nobody named: it is what the
    # library reports, not a report inside it.
    assert quote.content_text == "more than 400 titles have been proposed since the appeal began"
    assert speaker_name(result, quote) == "the library"


def test_adding_something_to_something_is_no_report() -> None:
    text = (
        "Higher feed and fuel costs had added £4m to the dairy's bills last year, "
        "according to the cooperative."
    )
    doc = parse_by_hand(
        text,
        """
Higher High ADJ 2 amod JJR
feed feed NOUN 7 nsubj NN
and and CCONJ 4 cc CC
fuel fuel NOUN 5 compound NN
costs cost NOUN 2 conj NNS
had have AUX 7 aux VBD
added add VERB 0 root VBN
£ £ ADP 9 nummod $
4m 4m NOUN 7 obj NN
to to ADP 14 case IN
the the DET 12 det DT
dairy dairy NOUN 14 nmod:poss NN
's 's PART 12 case POS
bills bill NOUN 7 obl NNS
last last ADJ 16 amod JJ
year year NOUN 7 obl:unmarked NN
, , PUNCT 21 punct ,
according accord VERB 21 case VBG
to to ADP 18 fixed IN
the the DET 21 det DT
cooperative cooperative NOUN 7 obl NN
. . PUNCT 7 punct .
""",
    )
    result = attribute(doc)
    (quote,) = result.quotes
    # "added £4m to the bills" is sums, not a speaker adding a remark.
    assert (
        quote.content_text
        == "Higher feed and fuel costs had added £4m to the dairy's bills last year"
    )
    assert speaker_name(result, quote) == "the cooperative"


def test_a_zoo_is_a_body() -> None:
    text = "Thornby Zoo said a baby gorilla born on Sunday was healthy."
    doc = parse_by_hand(
        text,
        """
Thornby Thornby PROPN 2 nmod:desc NNP
Zoo Zoo PROPN 3 nsubj NNP
said say VERB 0 root VBD
a a DET 6 det DT
baby baby NOUN 6 compound NN
gorilla gorilla NOUN 7 nsubj NN
born bear VERB 3 ccomp VBN
on on ADP 9 case IN
Sunday Sunday PROPN 7 obl NNP
was be AUX 11 cop VBD
healthy healthy ADJ 3 ccomp JJ
. . PUNCT 3 punct .
""",
    )
    result = attribute(doc)
    (quote,) = result.quotes
    (speaker,) = result.speakers
    # "Zoo" ends the name of a body, so "the zoo" later can refer back to it.
    assert speaker_name(result, quote) == "Thornby Zoo"
    assert speaker.kind == SpeakerKind.ORGANIZATION


def test_the_one_accused_is_no_accuser_and_a_place_is_no_subject() -> None:
    text = (
        "A roofer accused of stealing £9,000 worth of lead from a chapel roof in Hexworth"
        " told a jury on Monday he had been hired to strip it."
    )
    doc = parse_by_hand(
        text,
        """
A a DET 2 det DT
roofer roofer NOUN 3 nsubj NN
accused accuse VERB 17 ccomp VBN
of of SCONJ 5 mark IN
stealing steal VERB 3 advcl VBG
£ £ SYM 8 nummod $
9,000 9,000 NUM 6 nummod CD
worth worth NOUN 5 obj NN
of of ADP 10 case IN
lead lead NOUN 8 nmod NN
from from ADP 14 case IN
a a DET 14 det DT
chapel chapel NOUN 14 compound NN
roof roof NOUN 5 obl NN
in in ADP 16 case IN
Hexworth Hexworth PROPN 17 nsubj NNP
told tell VERB 0 root VBD
a a DET 19 det DT
jury jury NOUN 17 iobj NN
on on ADP 21 case IN
Monday Monday PROPN 19 nmod NNP
he he PRON 25 nsubj:pass PRP
had have AUX 25 aux VBD
been be AUX 25 aux:pass VBN
hired hire VERB 19 acl:relcl VBN
to to PART 27 mark TO
strip strip VERB 25 xcomp VB
it it PRON 27 obj PRP
. . PUNCT 17 punct .
""",
    )
    result = attribute(doc)
    (quote,) = result.quotes
    # The parse makes "accused" a verb with "roofer" its subject, and "Hexworth" (after "in")
    # the subject of "told": the roofer is the one accused, and the one who told the jury.
    assert quote.content_text.endswith("he had been hired to strip it")
    assert speaker_name(result, quote) == "A roofer"


def test_a_demand_as_the_purpose_of_an_act_is_no_report() -> None:
    text = (
        "About 5,000 farmers drove their tractors into central Dublin on Tuesday to "
        "demand cheaper diesel and a delay to new nitrate rules, according to the Garda "
        "Síochána."
    )
    doc = parse_by_hand(
        text,
        """
About about ADV 3 case RB
5,000 5000 NUM 3 nummod CD
farmers farmer NOUN 4 nsubj NNS
drove drive VERB 0 root VBD
their their PRON 6 nmod:poss PRP$
tractors tractors NOUN 4 obj NNS
into into ADP 9 case IN
central central ADJ 9 amod JJ
Dublin Dublin PROPN 4 obl NNP
on on ADP 11 case IN
Tuesday Tuesday PROPN 4 obl NNP
to to PART 13 mark TO
demand demand VERB 4 advcl VB
cheaper cheap ADJ 15 amod JJR
diesel diesel NOUN 13 obj NN
and and CCONJ 18 cc CC
a a DET 18 det DT
delay delay NOUN 13 conj NN
to to ADP 22 case IN
new new ADJ 22 amod JJ
nitrate nitrate NOUN 22 amod NN
rules rule NOUN 18 nmod NNS
, , PUNCT 28 punct ,
according accord VERB 28 case VBG
to to ADP 24 fixed IN
the the DET 28 det DT
Garda Garda PROPN 28 compound NNP
Síochána Síochána PROPN 22 nmod NNP
. . PUNCT 4 punct .
""",
    )
    result = attribute(doc)
    (quote,) = result.quotes
    # "to demand cheaper diesel" is why they drove; the sentence is the police's report.
    assert quote.content_text.startswith("About 5,000 farmers drove their tractors")
    assert speaker_name(result, quote) == "Garda Síochána"


def test_police_are_the_police_force_named_later() -> None:
    text = (
        "Some 3,000 cyclists rode through the city centre on Sunday in support of new "
        "bike lanes, according to police. Inspector Joan Reid, a spokeswoman for the "
        "Harbour City Police, said the ride had passed off peacefully."
    )
    doc = parse_by_hand(
        text,
        """
Some some DET 3 det DT
3,000 3000 NUM 3 nummod CD
cyclists cyclists NOUN 4 nsubj NNS
rode ride VERB 0 root VBD
through through ADP 8 case IN
the the DET 8 det DT
city city NOUN 8 compound NN
centre centre NOUN 4 obl NN
on on ADP 10 case IN
Sunday Sunday PROPN 4 obl NNP
in in ADP 12 case IN
support support NOUN 4 obl NN
of of ADP 16 case IN
new new ADJ 16 amod JJ
bike bike NOUN 16 compound NN
lanes lane NOUN 12 nmod NNS
, , PUNCT 20 punct ,
according accord VERB 20 case VBG
to to ADP 18 fixed IN
police police NOUN 4 obl NN
. . PUNCT 4 punct .

Inspector Inspector PROPN 13 nsubj NNP
Joan Joan PROPN 13 nsubj NNP
Reid Reid PROPN 2 flat NNP
, , PUNCT 6 punct ,
a a DET 6 det DT
spokeswoman spokeswoman NOUN 1 appos NN
for for ADP 11 case IN
the the DET 11 det DT
Harbour Harbour PROPN 11 compound NNP
City City PROPN 11 compound NNP
Police Police PROPN 6 nmod NNP
, , PUNCT 2 punct ,
said say VERB 0 root VBD
the the DET 15 det DT
ride ride NOUN 17 nsubj NN
had have AUX 17 aux VBD
passed pass VERB 13 ccomp VBN
off off ADP 17 compound:prt RP
peacefully peacefully ADV 17 advmod RB
. . PUNCT 13 punct .
""",
    )
    result = attribute(doc)
    first, second = result.quotes
    # "police" is no name; the one force whose name ends in "Police" is.
    assert speaker_name(result, first) == "Harbour City Police"
    assert speaker_name(result, second) == "Joan Reid"


def test_a_currency_before_an_amount_is_no_part_of_a_name() -> None:
    text = (
        "The consumer rights watchdog yesterday fined the online shop DeshiMart Tk 20 "
        "lakh. DeshiMart said it would appeal."
    )
    doc = parse_by_hand(
        text,
        """
The the DET 4 det DT
consumer consumer NOUN 4 compound NN
rights right NOUN 4 compound NNS
watchdog watchdog NOUN 6 nsubj NN
yesterday yesterday NOUN 6 obl:unmarked NN
fined fined VERB 0 root VBD
the the DET 9 det DT
online online ADJ 9 amod JJ
shop shop NOUN 6 obj NN
DeshiMart DeshiMart PROPN 11 compound NNP
Tk Tk PROPN 6 obj NNP
20 20 NUM 13 nummod CD
lakh lakh NOUN 6 obj NNS
. . PUNCT 6 punct .

DeshiMart DeshiMart PROPN 2 nsubj NNP
said say VERB 0 root VBD
it it PRON 5 nsubj PRP
would would AUX 5 aux MD
appeal appeal VERB 2 ccomp VB
. . PUNCT 2 punct .
""",
    )
    result = attribute(doc)
    (quote,) = result.quotes
    # "Tk 20 lakh" is an amount in taka, not the rest of the shop's name.
    assert speaker_name(result, quote) == "DeshiMart"


def test_the_irish_article_belongs_to_the_name() -> None:
    text = (
        "An Post said deliveries in Connemara would resume on Monday. The heritage "
        "charity An Taisce said the plan was flawed."
    )
    doc = parse_by_hand(
        text,
        """
An a DET 2 det DT
Post Post NOUN 3 nsubj NN
said say VERB 0 root VBD
deliveries delivery NOUN 8 nsubj NNS
in in ADP 6 case IN
Connemara Connemara PROPN 4 nmod NNP
would would AUX 8 aux MD
resume resume VERB 3 ccomp VB
on on ADP 10 case IN
Monday Monday PROPN 8 obl NNP
. . PUNCT 3 punct .

The the DET 3 det DT
heritage heritage ADJ 3 amod JJ
charity charity NOUN 6 nsubj NN
An a DET 5 det DT
Taisce Taisce PROPN 6 nsubj NNP
said say VERB 0 root VBD
the the DET 8 det DT
plan plan NOUN 10 nsubj:pass NN
was be AUX 10 aux:pass VBD
flawed flawed VERB 6 ccomp VBN
. . PUNCT 6 punct .
""",
    )
    result = attribute(doc)
    first, second = result.quotes
    # "An" before a consonant is not the English article: "An Post", "An Taisce".
    assert speaker_name(result, first) == "An Post"
    assert speaker_name(result, second) == "An Taisce"


def test_a_possessor_in_a_role_says_nothing_of_gender() -> None:
    text = (
        "Mr Santos, the second officer, gave evidence through an interpreter. The inquiry"
        " was told that Mr Santos had come on watch an hour before. Jamie Kerr, 23, the "
        "Lady Annie's deckhand, was pulled from the water. 'I heard the engine first,' he"
        " said."
    )
    doc = parse_by_hand(
        text,
        """
Mr Mr PROPN 8 vocative NNP
Santos Santos PROPN 1 flat NNP
, , PUNCT 6 punct ,
the the DET 6 det DT
second second ADJ 6 amod JJ
officer officer NOUN 1 appos NN
, , PUNCT 1 punct ,
gave give VERB 0 root VBD
evidence evidence NOUN 8 obj NN
through through ADP 12 case IN
an a DET 12 det DT
interpreter interpreter NOUN 8 obl NN
. . PUNCT 8 punct .

The the DET 2 det DT
inquiry inquiry NOUN 4 nsubj:pass NN
was be AUX 4 aux:pass VBD
told tell VERB 0 root VBN
that that SCONJ 9 mark IN
Mr Mr PROPN 9 nsubj NNP
Santos Santos PROPN 6 flat NNP
had have AUX 9 aux VBD
come come VERB 4 ccomp VBN
on on ADP 11 mark IN
watch watch VERB 9 xcomp VB
an a DET 13 det DT
hour hour NOUN 11 obj NN
before before ADV 11 advmod RB
. . PUNCT 4 punct .

Jamie Jamie PROPN 13 nsubj:pass NNP
Kerr Kerr PROPN 1 flat NNP
, , PUNCT 4 punct ,
23 23 NUM 1 nmod:unmarked CD
, , PUNCT 4 punct ,
the the DET 8 det DT
Lady Lady PROPN 8 nmod:desc NNP
Annie Annie PROPN 10 nmod:poss NNP
's 's PART 8 case POS
deckhand deckhand NOUN 1 appos NN
, , PUNCT 1 punct ,
was be AUX 13 aux:pass VBD
pulled pull VERB 0 root VBN
from from ADP 16 case IN
the the DET 16 det DT
water water NOUN 13 obl NN
. . PUNCT 13 punct .

' ' PUNCT 3 punct ``
I I PRON 3 nsubj PRP
heard hear VERB 10 ccomp VBD
the the DET 5 det DT
engine engine NOUN 3 obj NN
first first ADV 3 advmod RB
, , PUNCT 3 punct ,
' ' PUNCT 3 punct ``
he he PRON 10 nsubj PRP
said say VERB 0 root VBD
. . PUNCT 10 punct .
""",
    )
    result = attribute(doc)
    *_, last = result.quotes
    # "Lady" belongs to the boat, not to the deckhand, who may be the "he".
    assert speaker_name(result, last) == "Jamie Kerr"


def test_a_newcomer_in_the_paragraph_outranks_a_fit_from_an_earlier_one() -> None:
    text = (
        'Race marshal Doug Halvorsen said the storm had slowed every team. "There is no '
        'shame in waiting," Halvorsen said.\n\nThe winner passed four-time champion Bjorn '
        'Aakervik in the dark. He finished three hours back and called her "the best '
        'driver on the coast."'
    )
    doc = parse_by_hand(
        text,
        """
Race Race NOUN 2 amod NN
marshal marshal PROPN 5 nsubj NNP
Doug Doug PROPN 5 nsubj NNP
Halvorsen Halvorsen PROPN 3 flat NNP
said say VERB 0 root VBD
the the DET 7 det DT
storm storm NOUN 9 nsubj NN
had have AUX 9 aux VBD
slowed slowed VERB 5 ccomp VBN
every every DET 11 det DT
team team NOUN 9 obj NN
. . PUNCT 5 punct .

" " PUNCT 3 punct ``
There there PRON 3 expl EX
is be VERB 11 ccomp VBZ
no no DET 5 det DT
shame shame NOUN 3 nsubj NN
in in SCONJ 7 mark IN
waiting wait VERB 5 acl VBG
, , PUNCT 3 punct ,
" " PUNCT 3 punct ``
Halvorsen Halvorsen PROPN 11 nsubj NNP
said say VERB 0 root VBD
. . PUNCT 11 punct .

The the DET 2 det DT
winner winner NOUN 3 nsubj NN
passed pass VERB 0 root VBD
four four NUM 6 nummod CD
- - PUNCT 4 punct HYPH
time time NOUN 7 compound NN
champion champion NOUN 3 obj NN
Bjorn Bjorn PROPN 7 flat NNP
Aakervik Aakervik PROPN 8 flat NNP
in in ADP 12 case IN
the the DET 12 det DT
dark dark NOUN 3 obl NN
. . PUNCT 3 punct .

He he PRON 2 nsubj PRP
finished finish VERB 0 root VBD
three three NUM 4 nummod CD
hours hour NOUN 2 obj NNS
back back ADV 2 advmod RB
and and CCONJ 7 cc CC
called call VERB 2 conj VBD
her she PRON 7 iobj PRP
" " PUNCT 12 punct ``
the the DET 12 det DT
best good ADJ 12 amod JJS
driver driver NOUN 7 obj NN
on on ADP 15 case IN
the the DET 15 det DT
coast coast NOUN 12 nmod NN
. . PUNCT 2 punct .
" " PUNCT 2 punct ''
""",
    )
    result = attribute(doc)
    *_, last = result.quotes
    # Halvorsen was last named a paragraph before; Aakervik, of no known gender, just now.
    assert speaker_name(result, last) == "Bjorn Aakervik"


def test_a_name_modifying_a_noun_is_no_person_for_a_pronoun() -> None:
    text = (
        "Dalia Haddad opened the restaurant in 2019. Haddad grew up in Tyre. Haddad "
        "trained in Paris. The room seats forty. The menu changes weekly. Lamb comes from"
        " Arran. Fish comes from Oban. Bread is baked at dawn. Last year the Caledonian "
        'Table guide gave it a star. "I worry about the bread," she says.'
    )
    doc = parse_by_hand(
        text,
        """
Dalia Dalia PROPN 3 nsubj NNP
Haddad Haddad PROPN 1 flat NNP
opened open VERB 0 root VBD
the the DET 5 det DT
restaurant restaurant NOUN 3 obj NN
in in ADP 7 case IN
2019 2019 NUM 3 obl CD
. . PUNCT 3 punct .

Haddad Haddad PROPN 2 nsubj NNP
grew grow VERB 0 root VBD
up up ADP 2 compound:prt RP
in in ADP 5 case IN
Tyre Tyre PROPN 2 obl NNP
. . PUNCT 2 punct .

Haddad Haddad PROPN 2 nsubj NNP
trained train VERB 0 root VBD
in in ADP 4 case IN
Paris Paris PROPN 2 obl NNP
. . PUNCT 2 punct .

The the DET 3 det DT
room room NOUN 3 compound NN
seats seat NOUN 4 nsubj NNS
forty forty NUM 0 root CD
. . PUNCT 4 punct .

The the DET 3 det DT
menu menu NOUN 3 compound NN
changes change NOUN 0 root VBZ
weekly weekly ADJ 3 advmod JJ
. . PUNCT 3 punct .

Lamb Lamb PROPN 2 nsubj NNP
comes come VERB 0 root VBZ
from from ADP 4 case IN
Arran Arran PROPN 2 obl NNP
. . PUNCT 2 punct .

Fish Fish NOUN 2 nsubj NN
comes come VERB 0 root VBZ
from from ADP 4 case IN
Oban Oban PROPN 2 obl NNP
. . PUNCT 2 punct .

Bread Bread NOUN 3 nsubj:pass NN
is be AUX 3 aux:pass VBZ
baked bake VERB 0 root VBN
at at ADP 5 case IN
dawn dawn NOUN 3 obl NN
. . PUNCT 3 punct .

Last last ADJ 2 amod JJ
year year NOUN 7 obl:unmarked NN
the the DET 6 det DT
Caledonian Caledonian ADJ 6 compound NNP
Table Table PROPN 6 compound NNP
guide guide NOUN 7 nsubj NN
gave give VERB 0 root VBD
it it PRON 7 iobj PRP
a a DET 10 det DT
star star NOUN 7 obj NN
. . PUNCT 7 punct .

" " PUNCT 3 punct ``
I I PRON 3 nsubj PRP
worry worry VERB 10 ccomp VBP
about about ADP 6 case IN
the the DET 6 det DT
bread bread NOUN 3 obl NN
, , PUNCT 3 punct ,
" " PUNCT 3 punct ``
she she PRON 10 nsubj PRP
says say VERB 0 root VBZ
. . PUNCT 10 punct .
""",
    )
    result = attribute(doc)
    (quote,) = result.quotes
    # "Caledonian Table" names the guide, a thing; the chef, the profile's subject, is "she".
    assert speaker_name(result, quote) == "Dalia Haddad"


def test_a_coastguard_is_an_organisation() -> None:
    text = (
        "Tarrow Coastguard said a whale had stranded at dawn. Volunteers were joined by "
        "the vet Alun Griffiths. He said the whale was underweight."
    )
    doc = parse_by_hand(
        text,
        """
Tarrow Tarrow PROPN 2 compound NNP
Coastguard Coastguard PROPN 3 nsubj NNP
said say VERB 0 root VBD
a a DET 5 det DT
whale whale NOUN 7 nsubj NN
had have AUX 7 aux VBD
stranded strand VERB 3 ccomp VBN
at at ADP 9 case IN
dawn dawn NOUN 7 obl NN
. . PUNCT 3 punct .

Volunteers Volunteers NOUN 3 nsubj:pass NNS
were be AUX 3 aux:pass VBD
joined join VERB 0 root VBN
by by ADP 6 case IN
the the DET 6 det DT
vet vet NOUN 3 obl:agent NN
Alun Alun PROPN 3 obl:agent NNP
Griffiths Griffiths PROPN 7 flat NNP
. . PUNCT 3 punct .

He he PRON 2 nsubj PRP
said say VERB 0 root VBD
the the DET 4 det DT
whale whale NOUN 6 nsubj NN
was be AUX 6 cop VBD
underweight underweight ADJ 2 ccomp JJ
. . PUNCT 2 punct .
""",
    )
    result = attribute(doc)
    first, last = result.quotes
    speaker = {s.id: s for s in result.speakers}[first.speaker_id]
    assert speaker.kind == SpeakerKind.ORGANIZATION
    assert speaker_name(result, last) == "Alun Griffiths"


def test_a_surname_tagged_plural_still_names_one_person() -> None:
    text = (
        "The ship had suffered a total blackout, said harbour master Pieter Claessens. "
        '"You cannot stop a ship with ropes," he told reporters.'
    )
    doc = parse_by_hand(
        text,
        """
The the DET 2 det DT
ship ship NOUN 4 nsubj NN
had have AUX 4 aux VBD
suffered suffer VERB 0 root VBN
a a DET 7 det DT
total total ADJ 7 amod JJ
blackout blackout NOUN 4 obj NN
, , PUNCT 9 punct ,
said say VERB 4 parataxis VBD
harbour harbour NOUN 11 compound NN
master master NOUN 12 nmod:desc NN
Pieter Pieter PROPN 9 nsubj NNP
Claessens Claessens PROPN 12 flat NNPS
. . PUNCT 4 punct .

" " PUNCT 5 punct ``
You you PRON 5 nsubj PRP
can can AUX 5 aux MD
not not PART 5 advmod RB
stop stop VERB 13 ccomp VB
a a DET 7 det DT
ship ship NOUN 5 obj NN
with with ADP 9 case IN
ropes ropes NOUN 7 nmod NNS
, , PUNCT 5 punct ,
" " PUNCT 5 punct ''
he he PRON 13 nsubj PRP
told tell VERB 0 root VBD
reporters reporter NOUN 13 iobj NNS
. . PUNCT 13 punct .
""",
    )
    result = attribute(doc)
    last = result.quotes[-1]
    # "Claessens" may be tagged a plural proper noun; after a given name it is one man.
    assert speaker_name(result, last) == "Pieter Claessens"


def test_a_place_word_after_a_capitalised_word_is_a_place() -> None:
    text = (
        "The plan would have shut the branches in Nettlebed Road and in Oldport. "
        "Councillors were told by the finance director, Margery Tolhurst, that the gap "
        'was large. "Every pound counts," she said.\n\nOne man held up a library card he '
        "said he had owned since 1958."
    )
    doc = parse_by_hand(
        text,
        """
The the DET 2 det DT
plan plan NOUN 5 nsubj NN
would would AUX 5 aux MD
have have AUX 5 aux VB
shut shut VERB 0 root VBN
the the DET 7 det DT
branches branch NOUN 5 obj NNS
in in ADP 10 case IN
Nettlebed Nettlebed VERB 10 amod VBN
Road Road PROPN 7 nmod NNP
and and CCONJ 13 cc CC
in in ADP 13 case IN
Oldport Oldport PROPN 10 conj NNP
. . PUNCT 5 punct .

Councillors Councillors NOUN 3 nsubj:pass NNS
were be AUX 3 aux:pass VBD
told tell VERB 0 root VBN
by by ADP 7 case IN
the the DET 7 det DT
finance finance NOUN 7 compound NN
director director NOUN 3 obl:agent NN
, , PUNCT 9 punct ,
Margery Margery PROPN 7 appos NNP
Tolhurst Tolhurst PROPN 9 flat NNP
, , PUNCT 16 punct ,
that that SCONJ 16 mark IN
the the DET 14 det DT
gap gap NOUN 16 nsubj NN
was be AUX 16 cop VBD
large large ADJ 3 ccomp JJ
. . PUNCT 3 punct .

" " PUNCT 8 punct ``
Every every DET 4 det DT
pound pound NOUN 4 compound NN
counts count NOUN 8 ccomp NNS
, , PUNCT 4 punct ,
" " PUNCT 4 punct ``
she she PRON 8 nsubj PRP
said say VERB 0 root VBD
. . PUNCT 8 punct .

One one NUM 2 nummod CD
man man NOUN 3 nsubj NN
held hold VERB 0 root VBD
up up ADP 3 compound:prt RP
a a DET 7 det DT
library library NOUN 7 compound NN
card card NOUN 3 obj NN
he he PRON 9 nsubj PRP
said say VERB 7 acl:relcl VBD
he he PRON 12 nsubj PRP
had have AUX 12 aux VBD
owned own VERB 9 ccomp VBN
since since ADP 14 case IN
1958 1958 NUM 12 obl CD
. . PUNCT 3 punct .
""",
    )
    result = attribute(doc)
    *_, last = result.quotes
    # "Road" (with "Nettlebed" parsed apart) is a street, not a man: the "he" stays unresolved.
    assert speaker_name(result, last) == "he"


def test_a_newcomer_in_the_paragraph_outranks_a_person_kept_by_pronouns() -> None:
    text = (
        "Kerrin Ellery ran the Oldport library for thirty years. The branch opened in "
        "1961. It lends 9,000 books a year. Its roof was repaired in 2015. The council "
        'wants to close it. "It breaks my heart," he said. Campaigners have gathered '
        "3,100 signatures. A vote is due in March.\n\nThe cabinet member, Councillor Ivor "
        'Penhallow, said no decision would be taken. "We have listened to people '
        'tonight," he told the meeting.'
    )
    doc = parse_by_hand(
        text,
        """
Kerrin Kerrin PROPN 3 nsubj NNP
Ellery Ellery PROPN 1 flat NNP
ran run VERB 0 root VBD
the the DET 6 det DT
Oldport Oldport PROPN 6 compound NNP
library library NOUN 3 obj NN
for for ADP 9 case IN
thirty thirty NUM 9 nummod CD
years year NOUN 3 obl NNS
. . PUNCT 3 punct .

The the DET 2 det DT
branch branch NOUN 3 nsubj NN
opened open VERB 0 root VBD
in in ADP 5 case IN
1961 1961 NUM 3 obl CD
. . PUNCT 3 punct .

It it PRON 2 nsubj PRP
lends lends VERB 0 root VBZ
9,000 9,000 NUM 4 nummod CD
books book NOUN 2 obj NNS
a a DET 6 det DT
year year NOUN 2 obl:unmarked NN
. . PUNCT 2 punct .

Its its PRON 2 nmod:poss PRP$
roof roof NOUN 4 nsubj:pass NN
was be AUX 4 aux:pass VBD
repaired repair VERB 0 root VBN
in in ADP 6 case IN
2015 2015 NUM 4 obl CD
. . PUNCT 4 punct .

The the DET 2 det DT
council council NOUN 3 nsubj NN
wants want VERB 0 root VBZ
to to PART 5 mark TO
close close VERB 3 xcomp VB
it it PRON 5 obj PRP
. . PUNCT 3 punct .

" " PUNCT 3 punct ``
It it PRON 3 nsubj PRP
breaks break VERB 9 ccomp VBZ
my my PRON 5 nmod:poss PRP$
heart heart NOUN 3 obj NN
, , PUNCT 3 punct ,
" " PUNCT 3 punct ''
he he PRON 9 nsubj PRP
said say VERB 0 root VBD
. . PUNCT 9 punct .

Campaigners Campaigners NOUN 3 nsubj NNS
have have AUX 3 aux VBP
gathered gather VERB 0 root VBN
3,100 3,100 NUM 5 nummod CD
signatures signature NOUN 3 obj NNS
. . PUNCT 3 punct .

A a DET 2 det DT
vote vote NOUN 6 nsubj NN
is be AUX 6 cop VBZ
due due ADJ 6 case JJ
in in ADP 6 case IN
March March PROPN 0 root NNP
. . PUNCT 6 punct .

The the DET 3 det DT
cabinet cabinet ADJ 3 amod JJ
member member NOUN 9 nsubj NN
, , PUNCT 5 punct ,
Councillor Councillor PROPN 3 appos NNP
Ivor Ivor PROPN 5 flat NNP
Penhallow Penhallow PROPN 6 flat NNP
, , PUNCT 3 punct ,
said say VERB 0 root VBD
no no DET 11 det DT
decision decision NOUN 14 nsubj:pass NN
would would AUX 14 aux MD
be be AUX 14 aux:pass VB
taken take VERB 9 ccomp VBN
. . PUNCT 9 punct .

" " PUNCT 4 punct ``
We we PRON 4 nsubj PRP
have have AUX 4 aux VBP
listened listen VERB 11 ccomp VBN
to to ADP 6 case IN
people people NOUN 4 obl NNS
tonight tonight NOUN 4 obl:unmarked NN
, , PUNCT 4 punct ,
" " PUNCT 4 punct ``
he he PRON 11 nsubj PRP
told tell VERB 0 root VBD
the the DET 13 det DT
meeting meeting NOUN 11 obj NN
. . PUNCT 11 punct .
""",
    )
    result = attribute(doc)
    *_, last = result.quotes
    # Ellery is in reach only through the earlier "he", a paragraph before Penhallow.
    assert speaker_name(result, last) == "Ivor Penhallow"


def test_the_force_is_the_police_named_before() -> None:
    text = (
        "Officers from Hallow Valley Police stopped 40 drivers on Friday. The force said "
        "checks could take place at any hour."
    )
    doc = parse_by_hand(
        text,
        """
Officers Officers NOUN 6 nsubj NNS
from from ADP 5 case IN
Hallow Hallow PROPN 5 compound NNP
Valley Valley PROPN 5 compound NNP
Police Police PROPN 1 nmod NNP
stopped stop VERB 0 root VBD
40 40 NUM 8 nummod CD
drivers driver NOUN 6 obj NNS
on on ADP 10 case IN
Friday Friday PROPN 6 obl NNP
. . PUNCT 6 punct .

The the DET 2 det DT
force force NOUN 3 nsubj NN
said say VERB 0 root VBD
checks check NOUN 6 nsubj NNS
could could AUX 6 aux MD
take take VERB 3 ccomp VB
place place NOUN 6 obj NN
at at ADP 10 case IN
any any DET 10 det DT
hour hour NOUN 6 obl NN
. . PUNCT 3 punct .
""",
    )
    result = attribute(doc)
    (quote,) = result.quotes
    assert speaker_name(result, quote) == "Hallow Valley Police"


def test_who_after_a_place_is_the_person_it_places() -> None:
    text = (
        "“Her bedroom wall is black,” said a mother of two on the ninth floor, who asked "
        "not to be named. “We scrub it every Sunday.”"
    )
    doc = parse_by_hand(
        text,
        """
“ " PUNCT 6 punct ``
Her her PRON 4 nmod:poss PRP$
bedroom bedroom NOUN 4 compound NN
wall wall NOUN 6 nsubj NN
is be AUX 6 cop VBZ
black black ADJ 9 ccomp JJ
, , PUNCT 6 punct ,
” " PUNCT 6 punct ''
said say VERB 0 root VBD
a a DET 11 det DT
mother mother NOUN 9 iobj NN
of of ADP 13 case IN
two two NUM 11 nmod CD
on on ADP 17 case IN
the the DET 17 det DT
ninth ninth ADJ 17 amod JJ
floor floor NOUN 11 nmod NN
, , PUNCT 20 punct ,
who who PRON 20 nsubj WP
asked ask VERB 17 acl:relcl VBD
not not PART 24 advmod RB
to to PART 24 mark TO
be be AUX 24 aux:pass VB
named name VERB 20 xcomp VBN
. . PUNCT 9 punct .

“ " PUNCT 3 punct ``
We we PRON 3 nsubj PRP
scrub scrub VERB 0 root VBP
it it PRON 3 obj PRP
every every DET 6 det DT
Sunday Sunday PROPN 3 obl:unmarked NNP
. . PUNCT 3 punct .
” " PUNCT 3 punct ''
""",
    )
    result = attribute(doc)
    first, second = result.quotes
    # "who" is the mother, not the floor: nobody else spoke, so the quote continues hers.
    assert speaker_name(result, second) == speaker_name(result, first)


def test_a_minister_for_a_brief_of_two_words_and_a_name() -> None:
    text = "Minister for Fisheries and Hunting Malik Heilmann-Petersen said the quota was fair."
    doc = parse_by_hand(
        text,
        """
Minister Minister PROPN 10 nsubj NNP
for for ADP 3 case IN
Fisheries Fisheries PROPN 1 nmod NNPS
and and CCONJ 5 cc CC
Hunting Hunting VERB 3 conj VBG
Malik Malik PROPN 1 nmod NNP
Heilmann Heilmann PROPN 6 flat NNP
- - PUNCT 6 punct ,
Petersen Petersen PROPN 1 nmod NNP
said say VERB 0 root VBD
the the DET 12 det DT
quota quota NOUN 14 nsubj NN
was be AUX 14 cop VBD
fair fair ADJ 10 ccomp JJ
. . PUNCT 10 punct .
""",
    )
    result = attribute(doc)
    (quote,) = result.quotes
    # "for" opens the brief as "of" does; the name follows the brief.
    assert speaker_name(result, quote) == "Malik Heilmann-Petersen"


def test_a_minister_for_a_brief_and_a_name() -> None:
    text = "Minister for Fisheries Malik Heilmann said the quota was fair."
    doc = parse_by_hand(
        text,
        """
Minister Minister PROPN 6 nsubj NNP
for for ADP 3 case IN
Fisheries Fisheries PROPN 1 nmod NNPS
Malik Malik PROPN 1 nmod NNP
Heilmann Heilmann PROPN 4 flat NNP
said say VERB 0 root VBD
the the DET 8 det DT
quota quota NOUN 10 nsubj NN
was be AUX 10 cop VBD
fair fair ADJ 6 ccomp JJ
. . PUNCT 6 punct .
""",
    )
    result = attribute(doc)
    (quote,) = result.quotes
    assert speaker_name(result, quote) == "Malik Heilmann"


def test_a_cantons_head_and_a_sumo_rank_are_titles() -> None:
    text = (
        "The result was obvious, Landammann Regula Zwicky-Baumgartner said. Yokozuna "
        'Terunohana described his rival as "the hardest man I ever had to push".'
    )
    doc = parse_by_hand(
        text,
        """
The the DET 2 det DT
result result NOUN 4 nsubj NN
was be AUX 4 cop VBD
obvious obvious ADJ 11 ccomp JJ
, , PUNCT 6 punct ,
Landammann Landammann PROPN 4 conj NNP
Regula Regula PROPN 6 flat NNP
Zwicky Zwicky PROPN 6 flat NNP
- - PUNCT 8 punct HYPH
Baumgartner Baumgartner PROPN 11 nsubj NNP
said say VERB 0 root VBD
. . PUNCT 11 punct .

Yokozuna Yokozuna PROPN 3 nsubj NNP
Terunohana Terunohana PROPN 1 flat NNP
described describe VERB 0 root VBD
his his PRON 5 nmod:poss PRP$
rival rival NOUN 3 obj NN
as as ADP 10 case IN
" " PUNCT 10 punct ``
the the DET 10 det DT
hardest hard ADJ 10 amod JJS
man man NOUN 3 obl NN
I I PRON 13 nsubj PRP
ever ever ADV 13 advmod RB
had have VERB 10 acl:relcl VBD
to to PART 15 mark TO
push push VERB 13 xcomp VB
" " PUNCT 13 punct ''
. . PUNCT 3 punct .
""",
    )
    result = attribute(doc)
    first, second = result.quotes
    assert speaker_name(result, first) == "Regula Zwicky-Baumgartner"
    assert speaker_name(result, second) == "Terunohana"


def test_a_secretary_general_set_off_before_a_name() -> None:
    text = (
        "BAF’s secretary general, Sonam Tshering Dorji, said the decision was taken after"
        " the number of makers fell."
    )
    doc = parse_by_hand(
        text,
        """
BAF BAF PROPN 4 nmod:poss NNP
’s 's PART 1 case POS
secretary secretary NOUN 4 compound NN
general general ADJ 10 nsubj JJ
, , PUNCT 6 punct ,
Sonam Sonam PROPN 4 conj NNP
Tshering Tshering PROPN 6 flat NNP
Dorji Dorji PROPN 7 flat NNP
, , PUNCT 4 punct ,
said say VERB 0 root VBD
the the DET 12 det DT
decision decision NOUN 14 nsubj:pass NN
was be AUX 14 aux:pass VBD
taken take VERB 10 ccomp VBN
after after ADP 17 case IN
the the DET 17 det DT
number number NOUN 14 obl NN
of of ADP 19 case IN
makers makers NOUN 17 nmod NNS
fell fall VERB 17 acl VBN
. . PUNCT 10 punct .
""",
    )
    result = attribute(doc)
    (quote,) = result.quotes
    # "general" (an adjective by its tag) is the role; the name set off after it speaks.
    assert speaker_name(result, quote) == "Sonam Tshering Dorji"


def test_adding_to_something_is_no_report() -> None:
    text = "According to a dealer, exporters had been selling dollars, adding to the gains."
    doc = parse_by_hand(
        text,
        """
According accord VERB 4 case VBG
to to ADP 1 fixed IN
a a DET 4 det DT
dealer dealer NOUN 9 obl NN
, , PUNCT 4 punct ,
exporters exporters NOUN 9 nsubj NNS
had have AUX 9 aux VBD
been be AUX 9 aux VBN
selling sell VERB 0 root VBG
dollars dollar NOUN 9 obj NNS
, , PUNCT 12 punct ,
adding add VERB 9 advcl VBG
to to ADP 15 case IN
the the DET 15 det DT
gains gain NOUN 12 obl NNS
. . PUNCT 9 punct .
""",
    )
    result = attribute(doc)
    (quote,) = result.quotes
    # ", adding to the gains" says nothing: the clause before it is still the dealer's.
    assert quote.content_text == "exporters had been selling dollars, adding to the gains"
    assert speaker_name(result, quote) == "a dealer"


def test_a_plural_possessor_is_not_the_subject() -> None:
    text = "Growers' spokesman Mr Kila Onombe said buyers had cut the price."
    doc = parse_by_hand(
        text,
        """
Growers Growers NOUN 7 nsubj NNS
' ' PUNCT 3 punct ``
spokesman spokesman NOUN 7 nsubj NN
Mr Mr PROPN 3 appos NNP
Kila Kila PROPN 4 flat NNP
Onombe Onombe PROPN 4 flat NNP
said say VERB 0 root VBD
buyers buyer NOUN 10 nsubj NNS
had have AUX 10 aux VBD
cut cut VERB 7 ccomp VBN
the the DET 12 det DT
price price NOUN 10 obj NN
. . PUNCT 7 punct .
""",
    )
    result = attribute(doc)
    (quote,) = result.quotes
    # "Growers'" owns the role; the parse made it a second subject.
    assert speaker_name(result, quote) == "Kila Onombe"


def test_the_first_of_two_surnames_after_two_given_names() -> None:
    text = (
        "Colombia’s Julián Andrés Vargas Ruiz won the stage on Thursday. “When I saw the "
        "banner I thought of my mother,” said Vargas."
    )
    doc = parse_by_hand(
        text,
        """
Colombia Colombia PROPN 3 nmod:poss NNP
’s 's PART 1 case POS
Julián Julián PROPN 7 nsubj NNP
Andrés Andrés PROPN 7 nsubj NNP
Vargas Vargas PROPN 4 flat NNP
Ruiz Ruiz PROPN 5 flat NNP
won win VERB 0 root VBD
the the DET 9 det DT
stage stage NOUN 7 obj NN
on on ADP 11 case IN
Thursday Thursday PROPN 7 obl NNP
. . PUNCT 7 punct .

“ " PUNCT 14 punct ``
When when ADV 4 advmod WRB
I I PRON 4 nsubj PRP
saw see VERB 14 advcl VBD
the the DET 6 det DT
banner banner NOUN 4 obj NN
I I PRON 8 nsubj PRP
thought think VERB 6 acl:relcl VBD
of of ADP 11 case IN
my my PRON 11 nmod:poss PRP$
mother mother NOUN 8 obl NN
, , PUNCT 4 punct ,
” " PUNCT 4 punct ''
said say VERB 0 root VBD
Vargas Vargas PROPN 14 nsubj NNP
. . PUNCT 14 punct .
""",
    )
    result = attribute(doc)
    (quote,) = result.quotes
    assert speaker_name(result, quote) == "Julián Andrés Vargas Ruiz"


def test_said_to_have_been_is_hearsay_with_no_speaker() -> None:
    text = (
        "The council switched on the system after the 1887 bell, said to have been cast "
        "from a melted-down ship's cannon, was found to be cracked."
    )
    doc = parse_by_hand(
        text,
        """
The the DET 2 det DT
council council NOUN 12 nsubj NN
switched switch VERB 12 advcl VBD
on on ADP 6 case IN
the the DET 6 det DT
system system NOUN 3 obl NN
after after ADP 10 case IN
the the DET 10 det DT
1887 1887 NUM 10 compound CD
bell bell PROPN 3 obl NNP
, , PUNCT 3 punct ,
said say VERB 0 root VBD
to to PART 16 mark TO
have have AUX 16 aux VB
been be AUX 16 aux:pass VBN
cast cast VERB 12 ccomp VBN
from from ADP 24 case IN
a a DET 24 det DT
melted melt VERB 24 amod VBN
- - PUNCT 19 punct HYPH
down down NOUN 22 compound NN
ship ship NOUN 24 nmod:poss NN
's 's PART 22 case POS
cannon cannon NOUN 16 obl NN
, , PUNCT 27 punct ,
was be AUX 27 aux:pass VBD
found find VERB 12 ccomp VBN
to to PART 30 mark TO
be be AUX 30 aux:pass VB
cracked crack VERB 27 xcomp VBN
. . PUNCT 12 punct .
""",
    )
    result = attribute(doc)
    # Nobody is reported: "said to have been" is what people say, unattributed.
    assert not result.quotes


def test_who_after_a_place_name_and_a_request_for_anonymity() -> None:
    text = (
        "A wine buyer from Tbilisi, who asked that her name not be used, says the price "
        "of grapes has risen by about a fifth since the storm."
    )
    doc = parse_by_hand(
        text,
        """
A a DET 3 det DT
wine wine NOUN 3 compound NN
buyer buyer NOUN 16 nsubj NN
from from ADP 5 case IN
Tbilisi Tbilisi PROPN 3 nmod NNP
, , PUNCT 8 punct ,
who who PRON 8 nsubj WP
asked ask VERB 16 ccomp VBD
that that SCONJ 14 mark IN
her she PRON 11 nmod:poss PRP$
name name NOUN 14 nsubj:pass NN
not not PART 14 advmod RB
be be AUX 14 aux:pass VB
used use VERB 8 ccomp VBN
, , PUNCT 3 punct ,
says say VERB 0 root VBZ
the the DET 18 det DT
price price NOUN 22 nsubj:pass NN
of of ADP 20 case IN
grapes grapes NOUN 18 nmod NNS
has have AUX 22 aux VBZ
risen risen VERB 16 ccomp VBN
by by ADP 26 case IN
about about ADP 26 case IN
a a DET 26 det DT
fifth fifth NOUN 22 obl NN
since since ADP 29 case IN
the the DET 29 det DT
storm storm NOUN 26 nmod NN
. . PUNCT 16 punct .
""",
    )
    result = attribute(doc)
    (quote,) = result.quotes
    # Asking for anonymity reports nothing; "who" is the buyer, not Tbilisi.
    assert quote.content_text == "the price of grapes has risen by about a fifth since the storm"
    assert speaker_name(result, quote) == "A wine buyer from Tbilisi"


def test_said_and_a_rounded_number_opens_the_report() -> None:
    text = (
        "Chief Darlene Moosomin-Ross said about 1,150 of the 1,400 people who live on the"
        " reserve had been flown or bused south to Thompson and Winnipeg, starting with "
        "elders."
    )
    doc = parse_by_hand(
        text,
        """
Chief Chief PROPN 2 nmod:desc NNP
Darlene Darlene PROPN 6 nsubj NNP
Moosomin Moosomin PROPN 2 flat NNP
- - PUNCT 2 punct ,
Ross Ross PROPN 2 flat NNP
said say VERB 0 root VBD
about about ADV 8 advmod RB
1,150 1,150 NUM 6 obl CD
of of ADP 12 case IN
the the DET 12 det DT
1,400 1,400 NUM 12 nummod CD
people people NOUN 8 nmod NNS
who who PRON 14 nsubj WP
live live VERB 12 acl:relcl VBP
on on ADP 17 case IN
the the DET 17 det DT
reserve reserve NOUN 14 obl NN
had have AUX 20 aux VBD
been be AUX 20 aux:pass VBN
flown fly VERB 14 advcl VBN
or or CCONJ 22 cc CC
bused bused VERB 20 conj VBN
south south ADV 22 obj RB
to to ADP 25 case IN
Thompson Thompson PROPN 22 obl NNP
and and CCONJ 27 cc CC
Winnipeg Winnipeg PROPN 25 conj NNP
, , PUNCT 29 punct ,
starting start VERB 22 advcl VBG
with with ADP 31 case IN
elders elders NOUN 29 obl NNS
. . PUNCT 6 punct .
""",
    )
    result = attribute(doc)
    (quote,) = result.quotes
    # "about" rounds the number that opens the clause; the parse hung the clause elsewhere.
    assert quote.content_text.startswith("about 1,150 of the 1,400 people")
    assert speaker_name(result, quote) == "Darlene Moosomin-Ross"


def test_an_acronym_takes_the_words_it_was_spelt_out_with() -> None:
    text = (
        "The parochial church council (PCC) of St Wilfrid's had petitioned for a faculty."
        ' In a statement, the PCC was philosophical: "We are disappointed."'
    )
    doc = parse_by_hand(
        text,
        """
The the DET 4 det DT
parochial parochial ADJ 4 amod JJ
church church NOUN 4 compound NN
council council NOUN 13 nsubj NN
( ( PUNCT 6 punct -LRB-
PCC PCC PROPN 4 appos NNP
) ) PUNCT 6 punct -RRB-
of of ADP 9 case IN
St St PROPN 6 nmod:desc NNP
Wilfrid Wilfrid PROPN 9 flat NNP
's 's PART 9 case POS
had have AUX 13 aux VBD
petitioned petitioned VERB 0 root VBN
for for ADP 16 case IN
a a DET 16 det DT
faculty faculty NOUN 13 obl NN
. . PUNCT 13 punct .

In in ADP 3 case IN
a a DET 3 det DT
statement statement NOUN 8 obl NN
, , PUNCT 3 punct ,
the the DET 6 det DT
PCC PCC PROPN 8 nsubj NNP
was be AUX 8 cop VBD
philosophical philosophical ADJ 0 root JJ
: : PUNCT 13 punct :
" " PUNCT 13 punct ``
We we PRON 13 nsubj:pass PRP
are be AUX 13 aux:pass VBP
disappointed disappointed ADJ 8 parataxis JJ
. . PUNCT 8 punct .
" " PUNCT 8 punct ''
""",
    )
    result = attribute(doc)
    (quote,) = result.quotes
    assert speaker_name(result, quote) == "parochial church council"


def test_a_known_fit_beside_an_unknown_subject_in_one_sentence() -> None:
    text = (
        "The civil protection minister, Helga Brandsdóttir, flew over the fissure with "
        "the town's mayor, Einar Pálsson. Brandsdóttir and Pálsson later told a news "
        "conference that the walls were holding. She warned, however, that people should "
        'not expect to go home "for days, possibly weeks".'
    )
    doc = parse_by_hand(
        text,
        """
The the DET 4 det DT
civil civil ADJ 4 amod JJ
protection protection NOUN 4 compound NN
minister minister NOUN 9 nsubj NN
, , PUNCT 6 punct ,
Helga Helga PROPN 4 appos NNP
Brandsdóttir Brandsdóttir PROPN 6 flat NNP
, , PUNCT 6 punct ,
flew fly VERB 0 root VBD
over over ADP 12 case IN
the the DET 12 det DT
fissure fissure NOUN 9 obl NN
with with ADP 17 case IN
the the DET 15 det DT
town town NOUN 17 nmod:poss NN
's 's PART 15 case POS
mayor mayor NOUN 9 obl NN
, , PUNCT 19 punct ,
Einar Einar PROPN 17 appos NNP
Pálsson Pálsson PROPN 19 flat NNP
. . PUNCT 9 punct .

Brandsdóttir Brandsdóttir PROPN 5 nsubj NNP
and and CCONJ 3 cc CC
Pálsson Pálsson PROPN 1 conj NNP
later late ADV 5 advmod RBR
told tell VERB 0 root VBD
a a DET 8 det DT
news news NOUN 8 compound NN
conference conference NOUN 5 iobj NN
that that SCONJ 13 obj IN
the the DET 11 det DT
walls wall NOUN 13 nsubj NNS
were be AUX 13 aux VBD
holding hold VERB 8 acl:relcl VBG
. . PUNCT 5 punct .

She she PRON 2 nsubj PRP
warned warn VERB 0 root VBD
, , PUNCT 4 punct ,
however however ADV 2 advmod RB
, , PUNCT 4 punct ,
that that SCONJ 10 mark IN
people people NOUN 10 nsubj NNS
should should AUX 10 aux MD
not not PART 10 advmod RB
expect expect VERB 2 ccomp VB
to to PART 12 mark TO
go go VERB 10 xcomp VB
home home ADV 12 advmod RB
" " PUNCT 13 punct ''
for for ADP 16 case IN
days day NOUN 12 obl NNS
, , PUNCT 19 punct ,
possibly possibly ADV 19 advmod RB
weeks week NOUN 16 appos NNS
" " PUNCT 19 punct ''
. . PUNCT 2 punct .
""",
    )
    result = attribute(doc)
    *_, last = result.quotes
    # Both were subjects just before; the one known to be a woman is the "she".
    assert speaker_name(result, last) == "Helga Brandsdóttir"


def test_a_name_tagged_an_adverb_before_its_role_set_off() -> None:
    text = (
        "Within hours Fairway, its largest rival, said that it would match the new prices"
        " on every one of the 1,200 items."
    )
    doc = parse_by_hand(
        text,
        """
Within within ADP 2 case IN
hours hour NOUN 9 obl NNS
Fairway Fairway ADV 2 nmod RB
, , PUNCT 2 punct ,
its its PRON 7 nmod:poss PRP$
largest large ADJ 7 amod JJS
rival rival NOUN 9 nsubj NN
, , PUNCT 2 punct ,
said say VERB 0 root VBD
that that SCONJ 13 mark IN
it it PRON 13 nsubj PRP
would would AUX 13 aux MD
match match VERB 9 ccomp VB
the the DET 16 det DT
new new ADJ 16 amod JJ
prices price NOUN 13 obj NNS
on on ADP 19 case IN
every every DET 19 det DT
one one NUM 13 obl CD
of of ADP 23 case IN
the the DET 23 det DT
1,200 1200 NUM 23 nummod CD
items item NOUN 19 nmod NNS
. . PUNCT 9 punct .
""",
    )
    result = attribute(doc)
    (quote,) = result.quotes
    # "Fairway" tagged an adverb; set off before its role, it is still the name.
    assert speaker_name(result, quote) == "Fairway"


def test_a_body_noun_hung_from_a_hyphenated_name_is_part_of_it() -> None:
    text = (
        "Saint-Orban police said a 46-year-old man had been questioned and released without charge."
    )
    doc = parse_by_hand(
        text,
        """
Saint Saint PROPN 5 nsubj NNP
- - PUNCT 1 punct HYPH
Orban Orban PROPN 4 compound NNP
police police NOUN 1 flat NNP
said say VERB 0 root VBD
a a DET 12 det DT
46 46 NUM 9 nummod CD
- - PUNCT 7 punct HYPH
year year NOUN 11 obl:unmarked NN
- - PUNCT 9 punct HYPH
old old ADJ 12 amod JJ
man man NOUN 15 nsubj:pass NN
had have AUX 15 aux VBD
been be AUX 15 aux:pass VBN
questioned question VERB 5 ccomp VBN
and and CCONJ 17 cc CC
released release VERB 15 conj VBN
without without ADP 19 case IN
charge charge NOUN 17 obl NN
. . PUNCT 5 punct .
""",
    )
    result = attribute(doc)
    (quote,) = result.quotes
    assert speaker_name(result, quote) == "Saint-Orban police"


def test_an_age_hung_apart_from_its_article_still_speaks() -> None:
    text = 'Orla Quinlan, 44, runs the ferry. "The river came up in an hour," the 44-year-old says.'
    doc = parse_by_hand(
        text,
        """
Orla Orla PROPN 6 vocative NNP
Quinlan Quinlan PROPN 1 flat NNP
, , PUNCT 4 punct ,
44 44 NUM 1 list CD
, , PUNCT 4 punct ,
runs run VERB 0 root VBZ
the the DET 8 det DT
ferry ferry NOUN 6 obj NN
. . PUNCT 6 punct .

" " PUNCT 4 punct ``
The the DET 3 det DT
river river NOUN 4 nsubj NN
came come VERB 17 ccomp VBD
up up ADP 4 compound:prt RP
in in ADP 8 case IN
an a DET 8 det DT
hour hour NOUN 4 obl NN
, , PUNCT 4 punct ,
" " PUNCT 4 punct ``
the the DET 17 det DT
44 44 NUM 14 nummod CD
- - PUNCT 12 punct HYPH
year year NOUN 16 obl:unmarked NN
- - PUNCT 14 punct HYPH
old old ADJ 17 amod JJ
says say VERB 0 root VBZ
. . PUNCT 17 punct .
""",
    )
    result = attribute(doc)
    (quote,) = result.quotes
    assert speaker_name(result, quote) == "Orla Quinlan"


def test_a_role_in_lower_case_before_a_given_name_is_a_person_not_an_organisation() -> None:
    text = (
        'The council hired the ornithologist Maren Ekdahl last spring. "We were surprised'
        ' by the nests," Ekdahl said.'
    )
    doc = parse_by_hand(
        text,
        """
The the DET 2 det DT
council council NOUN 3 nsubj NN
hired hire VERB 0 root VBD
the the DET 6 det DT
ornithologist ornithologist NOUN 6 compound NN
Maren Maren PROPN 3 obj NNP
Ekdahl Ekdahl PROPN 6 flat NNP
last last ADJ 9 amod JJ
spring spring NOUN 3 obl:unmarked NN
. . PUNCT 3 punct .

" " PUNCT 4 punct ``
We we PRON 4 nsubj:pass PRP
were be AUX 4 aux:pass VBD
surprised surprised ADJ 11 ccomp JJ
by by ADP 7 case IN
the the DET 7 det DT
nests nests NOUN 4 obl:agent NNS
, , PUNCT 4 punct ,
" " PUNCT 4 punct ''
Ekdahl Ekdahl PROPN 11 nsubj NNP
said say VERB 0 root VBD
. . PUNCT 11 punct .
""",
    )
    result = attribute(doc)
    (quote,) = result.quotes
    assert speaker_name(result, quote) == "Maren Ekdahl"


def test_a_capitalised_adjective_on_a_proper_adjective_names_no_one() -> None:
    text = (
        "The bakery of Ubiratã Ferreira Lima is a small room on Rua Nova, in the old "
        "Afro-Brazilian quarter, that smells of cinnamon. For 40 years he has baked "
        'there. "We bake at four," he says.'
    )
    doc = parse_by_hand(
        text,
        """
The the DET 2 det DT
bakery bakery NOUN 10 nsubj NN
of of ADP 4 case IN
Ubiratã Ubiratã PROPN 2 nmod NNP
Ferreira Ferreira PROPN 4 flat NNP
Lima Lima PROPN 5 flat NNP
is be AUX 10 cop VBZ
a a DET 10 det DT
small small ADJ 10 amod JJ
room room NOUN 0 root NN
on on ADP 12 case IN
Rua Rua PROPN 10 nmod NNP
Nova Nova PROPN 12 flat NNP
, , PUNCT 21 punct ,
in in ADP 21 case IN
the the DET 21 det DT
old old ADJ 21 amod JJ
Afro Afro ADJ 20 amod NNP
- - PUNCT 18 punct HYPH
Brazilian Brazilian ADJ 21 amod NNP
quarter quarter NOUN 10 obl NN
, , PUNCT 24 punct ,
that that PRON 24 nsubj DT
smells smell VERB 10 parataxis VBZ
of of ADP 26 case IN
cinnamon cinnamon NOUN 24 obl NN
. . PUNCT 10 punct .

For for ADP 3 case IN
40 40 NUM 3 nummod CD
years year NOUN 6 obl NNS
he he PRON 6 nsubj PRP
has have AUX 6 aux VBZ
baked bake VERB 0 root VBN
there there ADV 6 advmod RB
. . PUNCT 6 punct .

" " PUNCT 3 punct ``
We we PRON 3 nsubj PRP
bake bake VERB 9 ccomp VBP
at at ADP 5 case IN
four four NUM 3 obl CD
, , PUNCT 3 punct ,
" " PUNCT 3 punct ``
he he PRON 9 nsubj PRP
says say VERB 0 root VBZ
. . PUNCT 9 punct .
""",
    )
    result = attribute(doc)
    (quote,) = result.quotes
    assert speaker_name(result, quote) == "Ubiratã Ferreira Lima"


def test_a_nationality_set_beside_a_name_is_no_second_person() -> None:
    text = (
        "The club dismissed its coach, Jonas Kessler, on Monday. Kessler, a 47-year-old "
        'German whose teams played a slow game, was not at the meeting. "I heard it on '
        'the radio," he told a newspaper.'
    )
    doc = parse_by_hand(
        text,
        """
The the DET 2 det DT
club club NOUN 3 nsubj NN
dismissed dismiss VERB 0 root VBD
its its PRON 5 nmod:poss PRP$
coach coach NOUN 3 obj NN
, , PUNCT 7 punct ,
Jonas Jonas PROPN 5 conj NNP
Kessler Kessler PROPN 7 flat NNP
, , PUNCT 11 punct ,
on on ADP 11 case IN
Monday Monday PROPN 3 obl NNP
. . PUNCT 3 punct .

Kessler Kessler PROPN 21 nsubj NNP
, , PUNCT 1 punct ,
a a DET 9 det DT
47 47 NUM 6 nummod CD
- - PUNCT 4 punct :
year year NOUN 8 obl:unmarked NN
- - PUNCT 6 punct HYPH
old old ADJ 9 amod JJ
German German ADJ 1 appos JJ
whose whose PRON 11 nmod:poss WP$
teams team NOUN 12 nsubj NNS
played play VERB 9 acl:relcl VBD
a a DET 15 det DT
slow slow ADJ 15 amod JJ
game game NOUN 12 obj NN
, , PUNCT 12 punct ,
was be AUX 21 cop VBD
not not PART 21 advmod RB
at at ADP 21 case IN
the the DET 21 det DT
meeting meeting NOUN 0 root NN
. . PUNCT 21 punct .

" " PUNCT 3 punct ``
I I PRON 3 nsubj PRP
heard hear VERB 11 ccomp VBD
it it PRON 3 obj PRP
on on ADP 7 case IN
the the DET 7 det DT
radio radio NOUN 3 obl NN
, , PUNCT 3 punct ,
" " PUNCT 3 punct ``
he he PRON 11 nsubj PRP
told tell VERB 0 root VBD
a a DET 13 det DT
newspaper newspaper NOUN 11 obj NN
. . PUNCT 11 punct .
""",
    )
    result = attribute(doc)
    (quote,) = result.quotes
    assert speaker_name(result, quote) == "Jonas Kessler"


def test_a_given_name_read_as_a_participle_keeps_its_surname() -> None:
    text = (
        "Eluned Parry, who runs the village shop, said the road had been shut for a week."
        ' "We have had no bread since Monday," Parry said.'
    )
    doc = parse_by_hand(
        text,
        """
Eluned Eluned VERB 10 advcl VBN
Parry Parry PROPN 1 vocative NNP
, , PUNCT 5 punct ,
who who PRON 5 nsubj WP
runs run VERB 1 parataxis VBZ
the the DET 8 det DT
village village ADJ 8 amod JJ
shop shop NOUN 5 obj NN
, , PUNCT 5 punct ,
said say VERB 0 root VBD
the the DET 12 det DT
road road NOUN 15 nsubj:pass NN
had have AUX 15 aux VBD
been be AUX 15 aux:pass VBN
shut shut VERB 10 ccomp VBN
for for ADP 18 case IN
a a DET 18 det DT
week week NOUN 15 obl NN
. . PUNCT 10 punct .

" " PUNCT 4 punct ``
We we PRON 4 nsubj PRP
have have AUX 4 aux VBP
had have VERB 12 ccomp VBN
no no DET 6 det DT
bread bread NOUN 4 obj NN
since since ADP 8 case IN
Monday Monday PROPN 4 obl NNP
, , PUNCT 4 punct ,
" " PUNCT 4 punct ''
Parry Parry PROPN 12 nsubj NNP
said say VERB 0 root VBD
. . PUNCT 12 punct .
""",
    )
    result = attribute(doc)
    first, second = result.quotes
    assert speaker_name(result, first) == "Eluned Parry"
    assert speaker_name(result, second) == "Eluned Parry"


def test_a_pronoun_in_a_relative_clause_in_the_role_tells_no_gender() -> None:
    text = (
        'Nadia Selim opened the bakery in 2019. "I still bake every night," she says. Her'
        " business partner, James Vell, a former chef who first tasted her bread at a "
        'village fair, says she rejects one loaf in ten. "She once threw out a whole '
        'batch because it looked tired," he says.'
    )
    doc = parse_by_hand(
        text,
        """
Nadia Nadia PROPN 3 nsubj NNP
Selim Selim PROPN 1 flat NNP
opened open VERB 0 root VBD
the the DET 5 det DT
bakery bakery NOUN 3 obj NN
in in ADP 7 case IN
2019 2019 NUM 3 obl CD
. . PUNCT 3 punct .

" " PUNCT 4 punct ``
I I PRON 4 nsubj PRP
still still ADV 4 advmod RB
bake bake VERB 10 ccomp VBP
every every DET 6 det DT
night night NOUN 4 obl:unmarked NN
, , PUNCT 4 punct ,
" " PUNCT 4 punct ''
she she PRON 10 nsubj PRP
says say VERB 0 root VBZ
. . PUNCT 10 punct .

Her her PRON 3 nmod:poss PRP$
business business NOUN 3 compound NN
partner partner NOUN 21 nsubj NN
, , PUNCT 5 punct ,
James James PROPN 3 appos NNP
Vell Vell PROPN 5 flat NNP
, , PUNCT 10 punct ,
a a DET 10 det DT
former former ADJ 10 amod JJ
chef chef NOUN 3 appos NN
who who PRON 13 nsubj WP
first first ADV 13 advmod RB
tasted taste VERB 10 acl:relcl VBD
her she PRON 13 obj PRP$
bread bread NOUN 13 obj NN
at at ADP 19 case IN
a a DET 19 det DT
village village NOUN 19 amod NN
fair fair ADJ 13 obl JJ
, , PUNCT 3 punct ,
says say VERB 0 root VBZ
she she PRON 23 nsubj PRP
rejects rejects VERB 21 ccomp VBZ
one one NUM 25 nummod CD
loaf loaf NOUN 23 obj NN
in in ADP 27 case IN
ten ten NUM 23 obl CD
. . PUNCT 21 punct .

" " PUNCT 4 punct ``
She she PRON 4 nsubj PRP
once once ADV 4 advmod RB
threw throw VERB 16 ccomp VBD
out out ADP 4 compound:prt RP
a a DET 8 det DT
whole whole ADJ 8 amod JJ
batch batch NOUN 4 obj NN
because because SCONJ 11 mark IN
it it PRON 11 nsubj PRP
looked look VERB 4 advcl VBD
tired tired ADJ 11 xcomp JJ
, , PUNCT 4 punct ,
" " PUNCT 4 punct ``
he he PRON 16 nsubj PRP
says say VERB 0 root VBZ
. . PUNCT 16 punct .
""",
    )
    result = attribute(doc)
    quote = result.quotes[-1]
    assert speaker_name(result, quote) == "James Vell"
