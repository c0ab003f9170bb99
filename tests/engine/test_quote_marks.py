"""Quotation marks found at the character level, with no parse at all."""

from __future__ import annotations

import pytest

from quotes_server.engine.quote_marks import find_quotations


def contents(text: str) -> list[list[str]]:
    return [[part.slice(text) for part in q.parts] for q in find_quotations(text) if q.depth == 0]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("“Curly double,” he said.", [["Curly double,"]]),
        ('"Straight double," he said.', [["Straight double,"]]),
        ("‘Curly single,’ he said.", [["Curly single,"]]),
        ("'Straight single,' he said.", [["Straight single,"]]),
        ("« Guillemets » dit-il.", [["Guillemets"]]),
        ("‹Single guillemets› here.", [["Single guillemets"]]),
        ("„Low high“, sagte er.", [["Low high"]]),
        ("“A,” he said, “B.”", [["A,"], ["B."]]),
    ],
)
def test_quote_styles(text: str, expected: list[list[str]]) -> None:
    assert contents(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "They don't know what's next.",
        "In the '90s it rained.",
        "James' car and the Joneses' house.",
        "Rock 'n' roll lives.",
        "O’Brien didn’t come.",
    ],
)
def test_apostrophes_are_not_quotes(text: str) -> None:
    assert contents(text) == []


def test_nested_quote_stays_inside_outer() -> None:
    text = "“He told me, ‘never again,’ twice,” she said."
    found = find_quotations(text)
    outer = [q for q in found if q.depth == 0]
    inner = [q for q in found if q.depth == 1]
    assert [q.content.slice(text) for q in outer] == ["He told me, ‘never again,’ twice,"]
    assert [q.content.slice(text) for q in inner] == ["never again,"]


def test_multi_paragraph_quote_reopens_without_closing() -> None:
    text = "“First paragraph.\n\n“Second paragraph.\n\n“Third,” she said. After."
    (quote,) = find_quotations(text)
    assert [p.slice(text) for p in quote.parts] == [
        "First paragraph.",
        "Second paragraph.",
        "Third,",
    ]
    assert quote.closed


def test_unbalanced_mark_ends_at_its_paragraph() -> None:
    text = "He said “this never closes.\n\nThe next paragraph has “its own” quote."
    found = contents(text)
    assert found == [["this never closes."], ["its own"]]
    unclosed = find_quotations(text)[0]
    assert not unclosed.closed


def test_many_marks_do_not_crash_and_stay_in_range() -> None:
    text = "\"'“”‘’«»" * 500 + " end"
    for quote in find_quotations(text):
        for part in quote.parts:
            assert 0 <= part.start <= part.end <= len(text)


def test_offsets_slice_back_to_text() -> None:
    text = "Intro. “Quoted words here,” said Ann Lee."
    (quote,) = find_quotations(text)
    assert text[quote.content.start : quote.content.end] == "Quoted words here,"
    assert text[quote.outer.start] == "“"
    assert text[quote.outer.end - 1] == "”"


def test_plural_possessive_inside_a_single_quote() -> None:
    text = "He said: 'Frances' whole life was this valley.'"
    assert contents(text) == [["Frances' whole life was this valley."]]


@pytest.mark.parametrize("mark", ["'", "’"])
def test_an_open_single_quote_closes_after_a_plural_before_a_function_word(mark: str) -> None:
    opener = "'" if mark == "'" else "‘"
    text = (
        f"He said they had {opener}played with their hearts on their sleeves{mark} and won. "
        f"{opener}The players{mark} union agreed,{mark} he said."
    )
    assert contents(text) == [
        ["played with their hearts on their sleeves"],
        [f"The players{mark} union agreed,"],
    ]


@pytest.mark.parametrize("mark", ["'", "’"])
def test_an_open_single_quote_closes_after_a_plural_before_a_verb(mark: str) -> None:
    opener = "'" if mark == "'" else "‘"
    text = (
        f"{opener}BUFFERS{mark} is the headline. The paper says ministers have "
        f"{opener}broken a promise{mark}. The unions{mark} leaders agreed."
    )
    assert contents(text) == [["BUFFERS"], ["broken a promise"]]


@pytest.mark.parametrize("mark", ["'", "’"])
def test_a_quoted_title_case_name_ending_in_s_closes_mid_sentence(mark: str) -> None:
    opener = "'" if mark == "'" else "‘"
    text = (
        f"Objectors holding placards reading {opener}Fields Not Flats{mark} filled the gallery."
        f"\n\n{opener}We were given three minutes,{mark} said Ysolde Tannahill.\n\n"
        f"{opener}The Beatles{mark} music changed my life,{mark} she said."
    )
    assert contents(text) == [
        ["Fields Not Flats"],
        ["We were given three minutes,"],
        [f"The Beatles{mark} music changed my life,"],
    ]
