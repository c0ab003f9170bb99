"""The Stanza adapter: runs a Stanza pipeline and turns its documents into ``ParsedDocument``.

This is the only module that imports Stanza. Everything downstream works on
``quotes_server.engine.document``.
"""

from __future__ import annotations

import itertools
import logging
import math
import os
import re
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from quotes_server.engine.document import ParsedDocument, Sentence, Word
from quotes_server.engine.quote_marks import QUOTE_MARKS
from quotes_server.nlp.models import (
    PROCESSORS,
    ModelInfo,
    ModelSource,
    bundled_pipeline_paths,
    check_resources_dir,
    resolve_source,
)

# Long tokens (URLs, hashes) beyond the tokenizer's training length come back as "<UNK>"
# unless the pipeline's window is wider than the longest token we expect.
TOKENIZE_MAX_SEQLEN = 1000
# Stanza pads each parser batch to its longest sentence; batches of a few hundred words keep
# several documents parsed together from costing more than one at a time (measured: depparse
# 2.6-3.1 s at 300 words against 8.3-8.9 s at the default, 6 documents, one thread).
DEPPARSE_BATCH_WORDS = 300
# Tagging and parsing cost grows faster than sentence length (biaffine scores are quadratic,
# Chu-Liu-Edmonds tree decoding worse), and text without sentence-ending punctuation comes out
# of the tokenizer as one "sentence" of however many words it has: ~1,700 took over a minute.
# Longer sentences are cut into pieces of at most this many words before tagging. Real
# sentences are much shorter, so ordinary text is never cut.
MAX_SENTENCE_WORDS = 250
# A cut goes after one of these tokens when there is one in the last fifth of a piece, so that
# pieces end at a clause boundary where the text has one.
_BREAK_AFTER = frozenset({",", ";", ":", "-", "--", "–", "—"})
_BREAK_SEARCH_FRACTION = 5
# Tokenizing runs first, to find and cut long sentences; the rest then runs on the result.
_SEGMENT_PROCESSORS = ("tokenize", "mwt")
_ANALYSE_PROCESSORS = tuple(p for p in PROCESSORS if p not in _SEGMENT_PROCESSORS)

# The models were trained on UD EWT, web text with straight quotes: typographic quotes and
# apostrophes reach them as their ASCII forms ("‘I" stayed one token; "don’t" is "don't" to
# the tagger). Each maps one code point to one, so offsets are unchanged, and words take their
# text from the original.
_ASCII_QUOTES = str.maketrans("‘’‚‛“”„‟«»‹›", "''''" + '""""""' + "''")

# A wire-copy dateline opening a paragraph: "HARWICK BAY, Nov. 4, 2026 -- ", "QASR TELLAN — ",
# "WASHINGTON (Reuters) - ". Its dash and the space after it become a paragraph break for the
# tokenizer, so the place is not read as the first sentence's subject; offsets are unchanged.
_DATELINE = re.compile(
    r"(?m)^(?P<place>[A-Z][A-Z.'\- ]*[A-Z.])"
    r"(?:,\s*[A-Z][A-Za-z.]+(?: [A-Z][A-Za-z.]+)?(?=[\s,(]))?"
    r"(?:,\s*[A-Z][a-z]{2,8}\.?\s+\d{1,2}(?:,\s*\d{4})?)?"
    r"(?:\s*\([A-Za-z .]{1,40}\))?"
    r"\s*(?P<dash>(?:--|—|–|-)\s)(?=\s*[\"'“‘]?[A-Z])"
)


def mark_datelines(text: str) -> str:
    """``text`` with each dateline's dash and the space after it replaced by newlines."""

    def stop(match: re.Match[str]) -> str:
        dash = match.group("dash")
        whole = match.group(0)
        return whole[: len(whole) - len(dash)] + "\n" * len(dash)

    return _DATELINE.sub(stop, text)


# A sentence as Stanza's ``Document`` takes it: CoNLL-U style dicts, a multi-word token's range
# entry (tuple id) followed by its words. A group is one token's entries.
Entry = dict[str, Any]


class StanzaParser:
    """A loaded Stanza pipeline (tokenize, mwt, pos, lemma, depparse)."""

    def __init__(self, pipeline: Any, info: ModelInfo) -> None:
        self._pipeline = pipeline
        self.info = info

    def parse(self, text: str) -> ParsedDocument:
        return self.parse_many([text])[0]

    def parse_many(self, texts: Sequence[str]) -> list[ParsedDocument]:
        """Parse several documents in one batched pass; offsets index each input text."""
        import stanza

        if not texts:
            return []
        # Empty or blank documents break Stanza's batching; they parse to no sentences.
        todo = [i for i, t in enumerate(texts) if t.strip()]
        results = [ParsedDocument(text=t, sentences=()) for t in texts]
        if todo:
            # Both stages process every document in one batched call each; documents without
            # long sentences go through them unchanged, so they parse exactly as in one call.
            docs = self._pipeline(
                [
                    stanza.Document([], text=mark_datelines(texts[i].translate(_ASCII_QUOTES)))
                    for i in todo
                ],
                processors=_SEGMENT_PROCESSORS,
            )
            docs = self._pipeline(
                [
                    split_long_sentences(join_opening_fragments(keep_words_whole(doc)))
                    for doc in docs
                ],
                processors=_ANALYSE_PROCESSORS,
            )
            for i, doc in zip(todo, docs, strict=True):
                results[i] = to_parsed_document(texts[i], doc)
        return results


def load_parser(
    models_dir: str | os.PathLike[str] | None = None,
    *,
    threads: int | None = None,
    download: bool = False,
) -> StanzaParser:
    """Load the pipeline: the bundled models by default, or a Stanza resources directory."""
    import stanza
    import torch

    if threads is not None:
        torch.set_num_threads(threads)
    logging.getLogger("stanza").setLevel(logging.WARNING)
    source = resolve_source(models_dir)
    started = time.perf_counter()
    pipeline = (
        _bundled_pipeline(source) if source.bundled else _resources_pipeline(source, download)
    )
    info = source.describe()
    loaded = ModelInfo(
        name=info.name,
        version=info.version,
        scores=info.scores,
        load_seconds=round(time.perf_counter() - started, 3),
        source=info.source,
    )
    del stanza
    return StanzaParser(pipeline, loaded)


def _common_options() -> dict[str, Any]:
    return {
        "processors": ",".join(PROCESSORS),
        "tokenize_max_seqlen": TOKENIZE_MAX_SEQLEN,
        "depparse_batch_size": DEPPARSE_BATCH_WORDS,
        "use_gpu": False,
        "logging_level": "WARN",
    }


def _bundled_pipeline(source: ModelSource) -> Any:
    import stanza

    paths = bundled_pipeline_paths(source.directory)
    # Stanza insists on a resources index even when every path is given; an empty one in a
    # scratch dir keeps it from looking anywhere else (and from the network).
    scratch = Path(tempfile.mkdtemp(prefix="quotes-stanza-"))
    (scratch / "resources.json").write_text("{}", encoding="utf-8")
    return stanza.Pipeline(
        lang="en",
        dir=str(scratch),
        download_method=None,
        allow_unknown_language=True,
        **_common_options(),
        **paths,
    )


def _resources_pipeline(source: ModelSource, download: bool) -> Any:
    import stanza

    if download:
        stanza.download("en", model_dir=str(source.directory), processors=",".join(PROCESSORS))
    check_resources_dir(source.directory)
    return stanza.Pipeline(
        lang="en", dir=str(source.directory), download_method=None, **_common_options()
    )


def split_long_sentences(doc: Any, limit: int = MAX_SENTENCE_WORDS) -> Any:
    """Cut sentences over ``limit`` words of a tokenized Stanza ``Document`` into pieces.

    Returns ``doc`` itself when no sentence is too long, otherwise a new ``Document`` over the
    same text; tokens keep their character offsets and words are renumbered per piece.
    """
    import stanza

    if all(len(sentence.words) <= limit for sentence in doc.sentences):
        return doc
    sentences: list[list[Entry]] = []
    for sentence in doc.sentences:
        groups = _token_groups(sentence.to_dict())
        sentences.extend(_renumbered(piece) for piece in _split_groups(groups, limit))
    return stanza.Document(sentences, text=doc.text)


def keep_words_whole(doc: Any) -> Any:
    """Undo multi-word expansions of tokens with no apostrophe: "Its" -> "It" + "s", "Ivo" ->
    "I" + "vo", "Ill" -> "I" + "ll". EWT writes a few "it's" as "its" and "I'll" as "Ill",
    and the MWT model learnt to split such words when they open a sentence; in edited text
    they are the possessive, a name, an adjective. "don't", "we're" and "cannot" stay split.

    Returns ``doc`` itself when there is nothing to undo, otherwise a new ``Document``.
    """
    import stanza

    # Checked on the tokens first: most documents have nothing to undo, and converting every
    # sentence to dicts on each parse would cost more than the check.
    if not any(
        len(token.words) > 1 and _split_without_apostrophe(token.text)
        for sentence in doc.sentences
        for token in sentence.tokens
    ):
        return doc
    fixed = []
    for entries in (sentence.to_dict() for sentence in doc.sentences):
        groups = [
            [{key: value for key, value in group[0].items() if key != "id"} | {"id": 0}]
            if _unlikely(group)
            else group
            for group in _token_groups(entries)
        ]
        fixed.append(_numbered(groups))
    return stanza.Document(fixed, text=doc.text)


# The most words a broken-off fragment has ("Calloway", "The Caledonian", "Coach Anja Berg",
# "Wrenfield Emergency Management Director Cody Ray | Hensley said").
_FRAGMENT_WORDS = 8


def join_opening_fragments(doc: Any) -> Any:
    """Join a sentence of one to three capitalized words with no closing punctuation to the
    sentence after it on the same line: "Calloway | Home is recalling ...", "The Caledonian |
    Table guide, which ...". EWT's headers and sign-offs taught the tokenizer to end a sentence
    after a paragraph's first word or two; edited text does not end one mid-line without
    punctuation, and a name cut in two is parsed as two sentences. Abbreviated titles count
    as such words ("Lt. Gen. Mark | Hale said"), and a sentence that ends on one is joined
    too ('"...," Lt. Cmdr. | Anatole Vrettakis said').

    Returns ``doc`` itself when there is nothing to join, otherwise a new ``Document``.
    """
    import stanza

    sentences = doc.sentences
    joins = [_opening_fragment(doc.text, s, n) for s, n in itertools.pairwise(sentences)]
    if not any(joins):
        return doc
    joined: list[list[Entry]] = []
    pending: list[list[Entry]] = []
    for sentence, join in zip(sentences, [*joins, False], strict=True):
        groups = _token_groups(sentence.to_dict())
        pending.extend(_title_with_its_period(groups) if join else groups)
        if not join:
            joined.append(_numbered(pending))
            pending = []
    return stanza.Document(joined, text=doc.text)


def _opening_fragment(text: str, sentence: Any, following: Any) -> bool:
    tokens = sentence.tokens
    if "\n" in text[tokens[-1].end_char : following.tokens[0].start_char]:
        return False
    # '"...," Lt. Cmdr. | Anatole Vrettakis said': a title's abbreviation ends no sentence.
    if _ends_on_title(tokens) and _capitalized(following.tokens[0].text):
        return True
    # Quotation marks may wrap a nickname: 'Kieran "The Hammer" | Doyle kept his title',
    # "Ruairi ‘the Postman’ | Fennelly scored twice".
    words = [t.text for t in tokens if t.text not in QUOTE_MARKS]
    fitting = [
        _capitalized(t.text) or _title_abbreviation(t.text) or _nickname_article(tokens, i)
        for i, t in enumerate(tokens)
        if t.text not in QUOTE_MARKS
    ]
    return bool(words) and len(words) <= _FRAGMENT_WORDS and all(fitting)


def _nickname_article(tokens: Any, i: int) -> bool:
    """ "the" right after a quotation mark that follows a name: "Ruairi ‘the Postman’"."""
    return tokens[i].text == "the" and i >= 2 and tokens[i - 1].text in QUOTE_MARKS


# Abbreviated titles that come before a name ("Lt. Gen. Mark Hale", "Det. Insp. Ray Cole").
_TITLE_ABBREVIATIONS = frozenset(
    {"Lt", "Gen", "Col", "Maj", "Capt", "Cmdr", "Cdr", "Sgt", "Cpl", "Pte", "Pvt", "Adm"}
    | {"Brig", "Det", "Insp", "Supt", "Gov", "Sen", "Rep", "Dr", "Prof", "Rev", "Fr", "Cllr"}
    | {"Mr", "Mrs", "Ms", "Hon", "Coun", "Cr", "Cst", "Const"}
)


def _title_abbreviation(word: str) -> bool:
    return word.endswith(".") and word[:-1] in _TITLE_ABBREVIATIONS


def _title_with_its_period(groups: list[list[Entry]]) -> list[list[Entry]]:
    """ "Insp" + "." split at what looked like a sentence end, as the one token "Insp."."""
    if len(groups) < 2 or len(groups[-1]) != 1 or len(groups[-2]) != 1:
        return groups
    title, period = groups[-2][0], groups[-1][0]
    attached = title.get("end_char") == period.get("start_char")
    if period.get("text") != "." or title.get("text") not in _TITLE_ABBREVIATIONS or not attached:
        return groups
    merged = {key: value for key, value in title.items() if key != "misc"}
    merged.update(text=f"{title['text']}.", end_char=period.get("end_char"))
    if "misc" in period:
        merged["misc"] = period["misc"]
    return [*groups[:-2], [merged]]


def _ends_on_title(tokens: Any) -> bool:
    """ "Lt. Cmdr." as one token, or with its period split off at what looked like the end."""
    if _title_abbreviation(tokens[-1].text):
        return True
    if len(tokens) < 2 or tokens[-1].text != ".":
        return False
    before = tokens[-2]
    return before.text in _TITLE_ABBREVIATIONS and before.end_char == tokens[-1].start_char


def _capitalized(word: str) -> bool:
    """A word of letters (and inner hyphens or apostrophes) that opens with a capital."""
    return word[:1].isupper() and word.replace("-", "").replace("'", "").isalpha()


# Contractions written without an apostrophe that English text does use.
_CLOSED_CONTRACTIONS = frozenset({"cannot", "gonna", "wanna", "gotta"})


def _unlikely(group: list[Entry]) -> bool:
    """A multi-word token whose text has no apostrophe and is no known closed contraction."""
    return len(group) > 1 and _split_without_apostrophe(str(group[0].get("text", "")))


def _split_without_apostrophe(text: str) -> bool:
    return "'" not in text and "’" not in text and text.lower() not in _CLOSED_CONTRACTIONS


def _numbered(groups: list[list[Entry]]) -> list[Entry]:
    """The groups' entries with word ids counted from 1 in order."""
    entries: list[Entry] = []
    next_id = 1
    for group in groups:
        if len(group) == 1:
            entries.append({**group[0], "id": next_id})
            next_id += 1
            continue
        words = len(group) - 1
        entries.append({**group[0], "id": (next_id, next_id + words - 1)})
        entries.extend({**w, "id": next_id + k} for k, w in enumerate(group[1:]))
        next_id += words
    return entries


def _token_groups(entries: list[Entry]) -> list[list[Entry]]:
    """One list per token: a plain word, or a multi-word token's range entry and its words."""
    groups: list[list[Entry]] = []
    range_end = 0
    for entry in entries:
        entry_id = entry["id"]
        if isinstance(entry_id, tuple) and len(entry_id) > 1:
            groups.append([entry])
            range_end = entry_id[-1]
        elif _first_id(entry) <= range_end:
            groups[-1].append(entry)
        else:
            groups.append([entry])
    return groups


def _split_groups(groups: list[list[Entry]], limit: int) -> list[list[list[Entry]]]:
    """Consecutive pieces of at most ``limit`` words (unless one token alone has more)."""
    pieces: list[list[list[Entry]]] = []
    start = 0
    remaining = sum(_word_count(group) for group in groups)
    while remaining > limit:
        # Aim at equal pieces, so the last one is not a stub of a few words.
        target = math.ceil(remaining / math.ceil(remaining / limit))
        end = _piece_end(groups, start, target)
        pieces.append(groups[start:end])
        remaining -= sum(_word_count(group) for group in groups[start:end])
        start = end
    pieces.append(groups[start:])
    return pieces


def _piece_end(groups: list[list[Entry]], start: int, target: int) -> int:
    """Where a piece starting at ``groups[start]`` ends: after a break token near ``target``."""
    end, words = start + 1, _word_count(groups[start])
    while end < len(groups) and words + _word_count(groups[end]) <= target:
        words += _word_count(groups[end])
        end += 1
    search_from = words - max(1, target // _BREAK_SEARCH_FRACTION)
    for candidate in range(end, start + 1, -1):
        if words <= search_from:
            break
        if groups[candidate - 1][0].get("text") in _BREAK_AFTER:
            return candidate
        words -= _word_count(groups[candidate - 1])
    return end


def _renumbered(piece: list[list[Entry]]) -> list[Entry]:
    """The piece's entries with word ids counted from 1."""
    shift = _first_id(piece[0][0]) - 1
    entries: list[Entry] = []
    for group in piece:
        for entry in group:
            entry_id = entry["id"]
            if isinstance(entry_id, tuple):
                entries.append({**entry, "id": tuple(i - shift for i in entry_id)})
            else:
                entries.append({**entry, "id": entry_id - shift})
    return entries


def _first_id(entry: Entry) -> int:
    entry_id = entry["id"]
    return int(entry_id[0] if isinstance(entry_id, tuple) else entry_id)


def _word_count(group: list[Entry]) -> int:
    """Words of a token: a multi-word token's range entry is not a word itself."""
    return len(group) - 1 if len(group) > 1 else 1


def to_parsed_document(text: str, doc: Any) -> ParsedDocument:
    """Convert a Stanza ``Document`` (parsed from ``text``) into the engine's model."""
    sentences = []
    for s_index, sentence in enumerate(doc.sentences):
        words: list[Word] = []
        for token in sentence.tokens:
            for word in token.words:
                # Words inside a multi-word token ("don't" -> do + n't) may lack offsets,
                # and keep the expansion's spelling; the others are spelled as the text is.
                own_span = word.start_char is not None and word.end_char is not None
                start = word.start_char if word.start_char is not None else token.start_char
                end = word.end_char if word.end_char is not None else token.end_char
                words.append(
                    Word(
                        index=int(word.id),
                        text=text[start:end] if own_span else word.text,
                        lemma=word.lemma or word.text,
                        upos=word.upos or "X",
                        head=int(word.head or 0),
                        deprel=word.deprel or "dep",
                        start=int(start),
                        end=int(end),
                        xpos=word.xpos or "",
                        feats=word.feats or "",
                    )
                )
        if not words:
            continue
        sentences.append(
            Sentence(index=s_index, words=tuple(words), start=words[0].start, end=words[-1].end)
        )
    return ParsedDocument(text=text, sentences=tuple(sentences))
