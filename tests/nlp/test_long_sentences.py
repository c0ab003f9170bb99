"""Sentences too long to tag and parse in reasonable time are cut; ordinary text is untouched."""

from __future__ import annotations

import math
from collections.abc import Sequence
from typing import Any

import pytest
import stanza

from quotes_server.engine.document import ParsedDocument
from quotes_server.nlp.stanza_adapter import (
    MAX_SENTENCE_WORDS,
    split_long_sentences,
    to_parsed_document,
)

CLAUSES = (
    "the council met in the old hall on Tuesday evening",
    "residents said they don't trust the new plan for the river",
    "the mayor promised a vote before the summer recess",
    "a spokesman for the builders called the delay a mistake",
    "teachers at the school near the bridge asked for more time",
)
QUOTE_TEXT = (
    '"We will not give up on the river," the mayor said on Tuesday. '
    "Residents don't trust the plan, and the council has not voted."
)
OTHER_TEXT = "The builders said the delay was a mistake. Teachers asked for more time."


def unpunctuated_text(words: int = 1700) -> str:
    """Clauses joined by ", and" with no sentence-ending punctuation: one tokenizer sentence."""
    parts: list[str] = []
    count = 0
    while count < words:
        clause = CLAUSES[len(parts) % len(CLAUSES)]
        parts.append(clause)
        count += len(clause.split()) + 2
    return ", and ".join(parts)


@pytest.fixture(scope="module")
def long_text() -> str:
    return unpunctuated_text()


@pytest.fixture(scope="module")
def mixed_batch(stanza_parser: Any, long_text: str) -> list[ParsedDocument]:
    """A short document and the long one parsed together, as the service batches requests."""
    docs: list[ParsedDocument] = stanza_parser.parse_many([QUOTE_TEXT, long_text])
    return docs


def _words_as_tokenized(stanza_parser: Any, text: str) -> list[tuple[str, int, int]]:
    """The words, with offsets, of one uncut tokenizer pass over ``text``."""
    doc = stanza_parser._pipeline(text, processors="tokenize,mwt")
    return [(w.text, w.start_char, w.end_char) for s in doc.sentences for w in s.words]


def _assert_one_tree_per_sentence(doc: ParsedDocument) -> None:
    for sentence in doc.sentences:
        size = len(sentence.words)
        assert [w.index for w in sentence.words] == list(range(1, size + 1))
        assert sum(w.head == 0 for w in sentence.words) == 1
        assert all(0 <= w.head <= size for w in sentence.words)


def test_unpunctuated_text_parses_into_capped_sentences(
    stanza_parser: Any, mixed_batch: list[ParsedDocument], long_text: str
) -> None:
    uncut = _words_as_tokenized(stanza_parser, long_text)
    assert len(uncut) >= 1700
    doc = mixed_batch[1]
    assert len(doc.sentences) >= math.ceil(len(uncut) / MAX_SENTENCE_WORDS)
    assert all(len(s.words) <= MAX_SENTENCE_WORDS for s in doc.sentences)
    _assert_one_tree_per_sentence(doc)
    # Same words with the same offsets as before cutting, and the offsets slice the input.
    assert [(w.text, w.start, w.end) for s in doc.sentences for w in s.words] == uncut
    for sentence in doc.sentences:
        assert all(long_text[w.start : w.end] == w.text for w in sentence.words)
        assert sentence.start == sentence.words[0].start
        assert sentence.end == sentence.words[-1].end


def test_short_document_batched_with_a_long_one_keeps_its_sentences(
    stanza_parser: Any, mixed_batch: list[ParsedDocument]
) -> None:
    doc = mixed_batch[0]
    assert doc.text == QUOTE_TEXT
    assert len(doc.sentences) == 2
    words = [(w.text, w.start, w.end) for s in doc.sentences for w in s.words]
    assert words == _words_as_tokenized(stanza_parser, QUOTE_TEXT)
    _assert_one_tree_per_sentence(doc)


def test_documents_without_long_sentences_parse_as_in_one_pipeline_call(
    stanza_parser: Any,
) -> None:
    # The former path: the whole pipeline over the non-blank documents in one call.
    direct = stanza_parser._pipeline(
        [stanza.Document([], text=t) for t in (QUOTE_TEXT, OTHER_TEXT)]
    )
    quote, other = (to_parsed_document(d.text, d) for d in direct)
    parsed = stanza_parser.parse_many([QUOTE_TEXT, "", OTHER_TEXT])
    assert parsed == [quote, ParsedDocument(text="", sentences=()), other]


# --- the cutting itself, on hand-made tokenized documents (no model needed) ---

Token = str | tuple[str, ...]  # a word, or a multi-word token's text and its words


def _tokenized(tokens: Sequence[Token]) -> Any:
    """A one-sentence Stanza document of ``tokens`` separated by spaces, as tokenize+mwt give."""
    entries: list[dict[str, Any]] = []
    start = word_id = 0
    for token in tokens:
        text, *words = (token,) if isinstance(token, str) else token
        end = start + len(text)
        if words:
            span = (word_id + 1, word_id + len(words))
            entries.append({"id": span, "text": text, "start_char": start, "end_char": end})
        offset = start
        for word in words or [text]:
            word_id += 1
            entries.append(
                {"id": word_id, "text": word, "start_char": offset, "end_char": offset + len(word)}
            )
            offset += len(word)
        start = end + 1
    text = " ".join(t if isinstance(t, str) else t[0] for t in tokens)
    return stanza.Document([entries], text=text)


def _piece_words(doc: Any) -> list[list[str]]:
    return [[w.text for w in s.words] for s in doc.sentences]


def _assert_exact_offsets_and_ids(doc: Any) -> None:
    for sentence in doc.sentences:
        assert [w.id for w in sentence.words] == list(range(1, len(sentence.words) + 1))
        for token in sentence.tokens:
            assert doc.text[token.start_char : token.end_char] == token.text
            for word in token.words:
                assert doc.text[word.start_char : word.end_char] == word.text


def test_document_with_short_sentences_is_returned_as_is() -> None:
    doc = _tokenized([f"w{i}" for i in range(20)])
    assert split_long_sentences(doc, limit=20) is doc


def test_without_break_tokens_the_cut_is_hard_and_pieces_are_even() -> None:
    words = [f"w{i}" for i in range(30)]
    doc = split_long_sentences(_tokenized(words), limit=20)
    assert _piece_words(doc) == [words[:15], words[15:]]
    _assert_exact_offsets_and_ids(doc)


def test_cut_goes_after_a_comma_near_the_end_of_a_piece() -> None:
    near = [f"w{i}" for i in range(12)] + [","] + [f"v{i}" for i in range(17)]
    assert _piece_words(split_long_sentences(_tokenized(near), limit=20))[0] == near[:13]
    # A comma early in the piece would leave it short: the cut stays hard.
    early = [f"w{i}" for i in range(5)] + [","] + [f"v{i}" for i in range(24)]
    assert _piece_words(split_long_sentences(_tokenized(early), limit=20))[0] == early[:15]


def test_multi_word_tokens_are_never_split_and_ids_restart_per_piece() -> None:
    tokens: list[Token] = [f"w{i}" for i in range(14)]
    tokens += [("don't", "do", "n't")] + [f"v{i}" for i in range(14)]
    doc = split_long_sentences(_tokenized(tokens), limit=20)
    assert [len(s.words) for s in doc.sentences] == [14, 16]
    mwt = doc.sentences[1].tokens[0]
    assert (mwt.text, mwt.id, [w.text for w in mwt.words]) == ("don't", (1, 2), ["do", "n't"])
    _assert_exact_offsets_and_ids(doc)
