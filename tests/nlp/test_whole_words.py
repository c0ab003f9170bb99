"""Words without an apostrophe that the MWT model splits ("Its", "Ivo") are kept whole."""

from __future__ import annotations

from typing import Any

import stanza

from quotes_server.nlp.stanza_adapter import keep_words_whole

TEXT = "Its board met. It's late."
# What tokenize + mwt gave for TEXT: "Its" expanded like "It's".
TOKENIZED = [
    [
        {"id": (1, 2), "text": "Its", "start_char": 0, "end_char": 3},
        {"id": 1, "text": "It", "start_char": 0, "end_char": 2},
        {"id": 2, "text": "s", "start_char": 2, "end_char": 3},
        {"id": 3, "text": "board", "start_char": 4, "end_char": 9},
        {"id": 4, "text": "met", "start_char": 10, "end_char": 13, "misc": "SpaceAfter=No"},
        {"id": 5, "text": ".", "start_char": 13, "end_char": 14},
    ],
    [
        {"id": (1, 2), "text": "It's", "start_char": 15, "end_char": 19},
        {"id": 1, "text": "It", "start_char": 15, "end_char": 17},
        {"id": 2, "text": "'s", "start_char": 17, "end_char": 19},
        {"id": 3, "text": "late", "start_char": 20, "end_char": 24, "misc": "SpaceAfter=No"},
        {"id": 4, "text": ".", "start_char": 24, "end_char": 25},
    ],
]


def test_its_becomes_one_word_and_its_is_kept_split() -> None:
    fixed = keep_words_whole(stanza.Document(TOKENIZED, text=TEXT))
    first, second = fixed.sentences
    assert [(w.id, w.text, w.start_char, w.end_char) for w in first.words] == [
        (1, "Its", 0, 3),
        (2, "board", 4, 9),
        (3, "met", 10, 13),
        (4, ".", 13, 14),
    ]
    assert [len(t.words) for t in first.tokens] == [1, 1, 1, 1]
    assert [w.text for w in second.words] == ["It", "'s", "late", "."]
    assert [len(t.words) for t in second.tokens] == [2, 1, 1]


def test_a_document_with_nothing_to_undo_is_returned_as_it_is() -> None:
    doc = stanza.Document([TOKENIZED[1]], text=TEXT)
    assert keep_words_whole(doc) is doc


def test_names_and_words_opening_with_i_are_not_split(stanza_parser: Any) -> None:
    doc = stanza_parser.parse(
        "The minister, Ivo Kranz, spoke. Ill health forced him out. I'm sure."
    )
    words = [w.text for s in doc.sentences for w in s.words]
    assert "Ivo" in words
    assert "Ill" in words
    assert words[-4:-1] == ["I", "'m", "sure"]


def test_possessive_its_opening_a_sentence_is_parsed_as_a_possessive(
    stanza_parser: Any,
) -> None:
    (sentence,) = stanza_parser.parse("Its shares fell sharply on Monday.").sentences
    its = sentence.words[0]
    assert (its.text, its.upos, its.deprel) == ("Its", "PRON", "nmod:poss")
    assert sentence.words[its.head - 1].text == "shares"
