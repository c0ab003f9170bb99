"""A paragraph's first words cut off as a sentence of their own are joined to the next one."""

from __future__ import annotations

from typing import Any

import stanza

from quotes_server.nlp.stanza_adapter import join_opening_fragments

TEXT = "Calloway Home is recalling fryers."
# What tokenize + mwt can give for TEXT: the name cut after its first word.
CUT = [
    [{"id": 1, "text": "Calloway", "start_char": 0, "end_char": 8}],
    [
        {"id": 1, "text": "Home", "start_char": 9, "end_char": 13},
        {"id": 2, "text": "is", "start_char": 14, "end_char": 16},
        {"id": 3, "text": "recalling", "start_char": 17, "end_char": 26},
        {"id": 4, "text": "fryers", "start_char": 27, "end_char": 33, "misc": "SpaceAfter=No"},
        {"id": 5, "text": ".", "start_char": 33, "end_char": 34},
    ],
]


def _sentence(words: list[tuple[str, int]]) -> list[dict[str, Any]]:
    """Entries for (text, start) pairs, numbered from 1."""
    return [
        {"id": i, "text": text, "start_char": start, "end_char": start + len(text)}
        for i, (text, start) in enumerate(words, start=1)
    ]


def test_a_cut_off_name_is_joined_to_its_sentence_with_offsets_kept() -> None:
    joined = join_opening_fragments(stanza.Document(CUT, text=TEXT))
    (sentence,) = joined.sentences
    assert [(w.id, w.text, w.start_char, w.end_char) for w in sentence.words] == [
        (1, "Calloway", 0, 8),
        (2, "Home", 9, 13),
        (3, "is", 14, 16),
        (4, "recalling", 17, 26),
        (5, "fryers", 27, 33),
        (6, ".", 33, 34),
    ]


def test_a_nickname_in_quotation_marks_belongs_to_the_fragment() -> None:
    text = 'Kieran "The Hammer" Doyle won.'
    first = _sentence([("Kieran", 0), ('"', 7), ("The", 8), ("Hammer", 12), ('"', 18)])
    second = _sentence([("Doyle", 20), ("won", 26), (".", 29)])
    joined = join_opening_fragments(stanza.Document([first, second], text=text))
    assert [[w.text for w in s.words] for s in joined.sentences] == [
        ["Kieran", '"', "The", "Hammer", '"', "Doyle", "won", "."]
    ]


def test_a_nickname_with_a_lowercase_article_belongs_to_the_fragment() -> None:
    text = "Ruairi ‘the Postman’ Fennelly scored."
    first = _sentence([("Ruairi", 0), ("‘", 7), ("the", 8), ("Postman", 12), ("’", 19)])
    second = _sentence([("Fennelly", 21), ("scored", 30), (".", 36)])
    joined = join_opening_fragments(stanza.Document([first, second], text=text))
    assert [[w.text for w in s.words] for s in joined.sentences] == [
        ["Ruairi", "‘", "the", "Postman", "’", "Fennelly", "scored", "."]
    ]
    # An article outside quotation marks is no nickname's: "Ruairi the | Postman" stays cut.
    text = "Ruairi the Postman scored."
    first = _sentence([("Ruairi", 0), ("the", 7)])
    second = _sentence([("Postman", 11), ("scored", 19), (".", 25)])
    doc = stanza.Document([first, second], text=text)
    assert join_opening_fragments(doc) is doc


def test_a_long_title_and_name_cut_before_the_surname_is_joined() -> None:
    text = "Wrenfield Emergency Management Director Cody Ray Hensley said it worked."
    words = ["Wrenfield", "Emergency", "Management", "Director", "Cody", "Ray"]
    starts = [0, 10, 20, 31, 40, 45]
    first = _sentence(list(zip(words, starts, strict=True)))
    second = _sentence([("Hensley", 49), ("said", 57), ("it", 62), ("worked", 65), (".", 71)])
    joined = join_opening_fragments(stanza.Document([first, second], text=text))
    assert [len(s.words) for s in joined.sentences] == [11]


def test_headlines_finished_sentences_and_lowercase_cuts_stay_apart() -> None:
    headline = "Storm Warning\n\nRain fell."
    doc = stanza.Document(
        [_sentence([("Storm", 0), ("Warning", 6)]), _sentence([("Rain", 15), ("fell", 20)])],
        text=headline,
    )
    assert join_opening_fragments(doc) is doc
    finished = "Thanks. Rain fell."
    doc = stanza.Document(
        [_sentence([("Thanks", 0), (".", 6)]), _sentence([("Rain", 8), ("fell", 13)])],
        text=finished,
    )
    assert join_opening_fragments(doc) is doc
    lowercase = "Calloway said Home won."
    doc = stanza.Document(
        [_sentence([("Calloway", 0), ("said", 9)]), _sentence([("Home", 14), ("won", 19)])],
        text=lowercase,
    )
    assert join_opening_fragments(doc) is doc


def test_the_parser_keeps_a_company_name_at_a_paragraph_start_in_one_sentence(
    stanza_parser: Any,
) -> None:
    doc = stanza_parser.parse(
        "Calloway Home is recalling more than 210,000 air fryers sold in Britain. "
        "The company said a fuse could fail."
    )
    first = [w.text for w in doc.sentences[0].words]
    assert first[:4] == ["Calloway", "Home", "is", "recalling"]
    assert len(doc.sentences) == 2


def test_a_sentence_ending_on_a_title_abbreviation_is_joined_with_its_period() -> None:
    text = '"We saw the boat," Lt. Cmdr. Ana Vrettaki said.'
    quote = [('"', 0), ("We", 1), ("saw", 4), ("the", 8), ("boat", 12), (",", 16), ('"', 17)]
    first = _sentence([*quote, ("Lt.", 19), ("Cmdr", 23), (".", 27)])
    second = _sentence([("Ana", 29), ("Vrettaki", 33), ("said", 42), (".", 46)])
    joined = join_opening_fragments(stanza.Document([first, second], text=text))
    (sentence,) = joined.sentences
    words = [(w.text, w.start_char, w.end_char) for w in sentence.words]
    # "Cmdr" and the period the tokenizer split off are one token again.
    assert words[7:10] == [("Lt.", 19, 22), ("Cmdr.", 23, 28), ("Ana", 29, 32)]
    assert [w.id for w in sentence.words] == list(range(1, 14))


def test_abbreviated_titles_count_as_words_of_a_cut_off_name() -> None:
    text = "Lt. Gen. Mark Hale said the troops would stay."
    first = _sentence([("Lt.", 0), ("Gen.", 4), ("Mark", 9)])
    words = [("Hale", 14), ("said", 19), ("the", 24), ("troops", 28), ("would", 35)]
    second = _sentence([*words, ("stay", 41), (".", 45)])
    joined = join_opening_fragments(stanza.Document([first, second], text=text))
    assert [len(s.words) for s in joined.sentences] == [10]


def test_a_councillors_abbreviated_title_ends_no_sentence() -> None:
    text = "It rained. Coun. Wilfred Ballantyne said crews had cut a fire break."
    first = _sentence([("It", 0), ("rained", 3), (".", 9), ("Coun", 11), (".", 15)])
    second = _sentence([("Wilfred", 17), ("Ballantyne", 25), ("said", 36), (".", 67)])
    joined = join_opening_fragments(stanza.Document([first, second], text=text))
    (sentence,) = joined.sentences
    assert [w.text for w in sentence.words][3:6] == ["Coun.", "Wilfred", "Ballantyne"]
