"""Parse repairs made once, before attribution, for shapes that no reading of English allows.

Parsers of different sizes get the same phrases wrong in different ways. Rather than have
every rule downstream know each wrong shape, the few that are wrong under any reading are
rebuilt here into the shape the treebank gives them.
"""

from __future__ import annotations

import dataclasses

from quotes_server.engine.document import ParsedDocument, Sentence, Word

_HYPHENS = frozenset({"-", "‑"})
_AGE_UNITS = frozenset({"year", "years", "month", "months", "week", "weeks"})
_NOMINAL = frozenset({"NOUN", "PROPN", "ADJ", "NUM"})


def repair_parses(doc: ParsedDocument) -> ParsedDocument:
    """The document with each sentence's impossible shapes rebuilt; the same object when
    nothing needed it."""
    sentences = tuple(_repaired(sentence) for sentence in doc.sentences)
    if all(new is old for new, old in zip(sentences, doc.sentences, strict=True)):
        return doc
    return dataclasses.replace(doc, sentences=sentences)


def _repaired(sentence: Sentence) -> Sentence:
    changes: dict[int, tuple[int, str]] = {}
    for word in sentence.words:
        changes.update(_age_standing_for_a_person(sentence, word))
    changes.update(_given_name_read_as_a_verb(sentence))
    if not changes:
        return sentence
    words = tuple(
        dataclasses.replace(w, head=changes[w.index][0], deprel=changes[w.index][1])
        if w.index in changes
        else w
        for w in sentence.words
    )
    return Sentence(sentence.index, words, sentence.start, sentence.end)


def _age_standing_for_a_person(sentence: Sentence, old: Word) -> dict[int, tuple[int, str]]:
    """ "the 31 - year - old says": the age stands for a person, so "old" heads the phrase
    and is the verb's subject. A parse that hangs "the" from the verb and "old" from it as
    an adjective leaves the verb with no subject at all."""
    if old.text.lower() != "old" or old.index < 5:
        return {}
    number, hyphen, unit, second = sentence.words[old.index - 5 : old.index - 1]
    if not (
        unit.text.lower() in _AGE_UNITS
        and hyphen.text in _HYPHENS
        and second.text in _HYPHENS
        and number.upos == "NUM"
    ):
        return {}
    after = sentence.word_after(old)
    if after is not None and after.upos in _NOMINAL:
        return {}  # "the 27-year-old student": the age describes the noun after it
    article = sentence.word_before(number)
    phrase = [number, hyphen, unit, second] + (
        [article] if article and article.upos == "DET" else []
    )
    inside = {w.index for w in phrase} | {old.index}
    if all(w.head in inside for w in phrase):
        return {}
    changes = {
        number.index: (unit.index, "nummod"),
        hyphen.index: (unit.index, "punct"),
        unit.index: (old.index, "obl:unmarked"),
        second.index: (old.index, "punct"),
    }
    if article is not None and article.upos == "DET":
        changes[article.index] = (old.index, "det")
    head = sentence.head_of(old)
    if head is not None and head.upos in ("VERB", "AUX") and old.deprel == "amod":
        changes[old.index] = (old.head, "nsubj")
    return changes


def _given_name_read_as_a_verb(sentence: Sentence) -> dict[int, tuple[int, str]]:
    """ "Winnifred Grundy, general secretary of ..., said": a given name opening the
    sentence that the tagger took for a participle ("-ed") is still the name's first word,
    and the surname after it hangs from it, not beside it as a second subject or as one
    addressed."""
    if len(sentence.words) < 3:
        return {}
    given, surname = sentence.words[0], sentence.words[1]
    if not (
        given.upos == "VERB"
        and given.text[:1].isupper()
        and surname.upos == "PROPN"
        and surname.text[:1].isupper()
        and given.end < surname.start
    ):
        return {}
    hung_from_it = surname.head == given.index and surname.deprel not in ("flat", "compound")
    beside_it = surname.head == given.head and surname.deprel == given.deprel
    if not (hung_from_it or beside_it):
        return {}
    return {surname.index: (given.index, "flat")}
