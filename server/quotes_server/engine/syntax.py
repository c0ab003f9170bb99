"""Small helpers over dependency parses: spans of subtrees, subjects, cue verbs."""

from __future__ import annotations

from collections.abc import Callable, Iterable

from quotes_server.engine.document import Sentence, Word
from quotes_server.engine.lexicon import Lexicon
from quotes_server.engine.quote_marks import QUOTE_MARKS

SUBJECT_RELATIONS = frozenset({"nsubj", "csubj"})
PASSIVE_SUBJECT = "nsubj:pass"
# Relations through which a subject-less verb borrows its governor's subject:
# "appeared to suggest" (xcomp), "..., saying" (advcl), "and added" (conj).
SUBJECT_CLIMB_RELATIONS = frozenset({"xcomp", "advcl", "conj", "ccomp", "acl"})
CLAUSE_RELATIONS = frozenset({"ccomp", "parataxis", "xcomp", "dep"})
# Modifiers that belong to a speaker mention (not relative clauses or appositions).
MENTION_RELATIONS = frozenset(
    {"compound", "flat", "amod", "det", "nmod:poss", "nummod", "case", "fixed", "nmod", "obl:npmod"}
)
_IRREGULAR = {
    "said": "say",
    "says": "say",
    "saying": "say",
    "told": "tell",
    "tells": "tell",
    "wrote": "write",
    "written": "write",
    "writes": "write",
    "thought": "think",
    "spoke": "speak",
    "spoken": "speak",
    "swore": "swear",
    "sworn": "swear",
}


def verb_lemma(word: Word) -> str:
    """The word's lemma, repaired for reporting verbs a compact lemmatizer may miss."""
    text = word.text.lower()
    if text in _IRREGULAR:
        return _IRREGULAR[text]
    return word.lemma.lower()


def _candidate_lemmas(word: Word) -> Iterable[str]:
    yield verb_lemma(word)
    text = word.text.lower()
    for suffix, repl in (
        ("ing", ""),
        ("ing", "e"),
        ("ed", ""),
        ("ed", "e"),
        ("es", ""),
        ("s", ""),
        ("ied", "y"),
        ("ies", "y"),
    ):
        if text.endswith(suffix) and len(text) > len(suffix) + 2:
            yield text[: -len(suffix)] + repl


def reporting_lemma(word: Word, lexicon: Lexicon) -> str | None:
    """The reporting-verb lemma of ``word``, or None when it is not a reporting verb."""
    if word.upos not in ("VERB", "AUX") and not word.xpos.startswith("VB"):
        return None  # a verb the tagger called a noun still counts when its XPOS says VB
    for lemma in _candidate_lemmas(word):
        if lemma in lexicon.reporting_verbs:
            return lemma
    return None


def children_by(sentence: Sentence, word: Word, relations: Iterable[str]) -> list[Word]:
    wanted = set(relations)
    return [c for c in sentence.children(word) if c.deprel in wanted or c.base_relation in wanted]


def trim_punct(words: list[Word]) -> list[Word]:
    """Drop punctuation and subordinators from both ends of a word run."""
    start, end = 0, len(words)
    while start < end and (
        words[start].upos in ("PUNCT", "SYM", "CCONJ") or words[start].deprel == "mark"
    ):
        start += 1
    while end > start and words[end - 1].upos in ("PUNCT", "SYM", "CCONJ"):
        end -= 1
    return words[start:end]


def subtree_without(sentence: Sentence, root: Word, excluded: Iterable[Word]) -> list[Word]:
    """``root``'s subtree minus the subtrees of ``excluded``, in sentence order."""
    banned: set[int] = set()
    for word in excluded:
        banned.update(w.index for w in sentence.subtree(word))
    return [w for w in sentence.subtree(root) if w.index not in banned]


def contiguous_around(words: list[Word], anchor: Word) -> list[Word]:
    """The longest run of consecutive indices in ``words`` containing ``anchor``."""
    indices = {w.index for w in words}
    lo = hi = anchor.index
    while lo - 1 in indices:
        lo -= 1
    while hi + 1 in indices:
        hi += 1
    return [w for w in words if lo <= w.index <= hi]


def governing_subject(
    sentence: Sentence,
    verb: Word,
    *,
    depth: int = 0,
    excluded: Callable[[Word], bool] = lambda w: False,
) -> tuple[Word | None, bool]:
    """The subject of ``verb`` (or of the verb it hangs from), and whether it is a passive agent.

    Active subject first; then a passive's ``by`` agent; then, for a verb with no subject
    of its own, the subject of its governor ("appeared to suggest", "..., saying").
    Words for which ``excluded`` is true (inside quotation marks) are never subjects.
    """
    by_agent = passive_agent(sentence, verb, excluded)
    if by_agent is not None:
        return by_agent, True  # "was told by X": X speaks, whatever the parse called the subject
    subjects = [
        c
        for c in sentence.children(verb)
        if c.deprel in SUBJECT_RELATIONS
        and not excluded(c)
        and not _behind_preposition(sentence, c)
    ] or [
        # "Tennant, who has held the post since 2014, did not concede", with the name parsed
        # as one addressed: a name before the verb, set apart, is its subject.
        c
        for c in sentence.children(verb)
        if c.deprel in ("vocative", "dislocated")
        and c.upos == "PROPN"
        and c.index < verb.index
        and not excluded(c)
    ]
    if len(subjects) > 1:
        # "Growers' spokesman Mr Kila Onombe said", parsed as two subjects: not the possessor.
        subjects = [c for c in subjects if not _possessor(sentence, c)] or subjects
    if subjects:
        # "Passing sentence, Harrowby told": of several subjects the parse gave, a name.
        named = [c for c in subjects if c.upos == "PROPN" and c.index < verb.index]
        # "said head keeper Gudrun Strandberg", parsed as two subjects: the one with the name.
        holding_a_name = [
            c
            for c in subjects
            if any(
                k.deprel in ("flat", "flat:name") and k.upos == "PROPN"
                for k in sentence.children(c)
            )
        ]
        if len(subjects) > 1 and holding_a_name and not named:
            return holding_a_name[0], False
        if subjects[0].upos == "ADJ" and not named:
            inverted = _name_right_after(sentence, verb, excluded)
            if inverted is not None:
                return inverted, False
        return (named[-1] if named and subjects[0].upos != "PROPN" else subjects[0]), False
    reduced = _subject_of_reduced_relative(sentence, verb, excluded)
    if reduced is not None:
        return reduced, False
    head = sentence.head_of(verb)
    climbs = verb.base_relation in SUBJECT_CLIMB_RELATIONS or verb.deprel == "acl"
    # "said that money for the campaign would be announced": a passive with a subject of its
    # own and no agent has no speaker; its governor's subject is not one.
    own_passive_subject = any(c.deprel == PASSIVE_SUBJECT for c in sentence.children(verb))
    if head is None or depth >= 3 or not climbs or own_passive_subject:
        return None, False
    quoting = _quoting_verb(sentence, verb, head)
    if quoting is not None:
        # "X was quoted by the paper as saying": X speaks, the paper reports.
        for child in sentence.children(quoting):
            if child.deprel.startswith("nsubj") and not excluded(child):
                return child, False
    subject, agent = governing_subject(sentence, head, depth=depth + 1, excluded=excluded)
    if subject is not None:
        return subject, agent
    for child in sentence.children(head):
        if child.deprel == PASSIVE_SUBJECT and not excluded(child):
            return child, False
    if depth == 0 and verb.xpos == "VBG" and verb.deprel == "advcl":
        return _main_subject(sentence, excluded), False
    return None, False


# Prepositions before a name for where someone is, is at or comes from: "from Mirpur".
PLACE_PREPOSITIONS = frozenset({"from", "in", "at", "near", "on"})


def has_preposition(sentence: Sentence, word: Word, prepositions: Iterable[str]) -> bool:
    """``word`` has one of ``prepositions`` as its own case marker ("in" for "in Sallowfield")."""
    wanted = set(prepositions)
    return any(c.deprel == "case" and c.text.lower() in wanted for c in sentence.children(word))


def _behind_preposition(sentence: Sentence, subject: Word) -> bool:
    """ "a building site in Sallowfield told a jury", with "Sallowfield" parsed as the
    subject: a name with a preposition of its own is a place in a phrase, not who acts (not
    "in what analysts said")."""
    return subject.upos == "PROPN" and has_preposition(
        sentence, subject, PLACE_PREPOSITIONS | {"of", "as"}
    )


def _subject_of_reduced_relative(
    sentence: Sentence, verb: Word, excluded: Callable[[Word], bool]
) -> Word | None:
    """ "An engineer involved in the preparations, who ..., said": a bare participle before
    the verb, parsed as its clause with the noun as that clause's subject, describes the
    verb's own subject."""
    for child in sentence.children(verb):
        if child.index > verb.index or child.base_relation not in ("ccomp", "csubj"):
            continue
        own = sentence.children(child)
        # "One TallyPay engineer, who spoke on condition of anonymity ..., said", with the
        # noun itself parsed as the verb's clause: a person described by "who".
        if child.upos == "NOUN" and any(_who_clause(sentence, k) for k in own):
            return None if excluded(child) else child
        if child.xpos != "VBN" or any(k.deprel.startswith(("aux", "cop")) for k in own):
            continue
        subjects = [
            k
            for k in own
            if k.deprel.startswith("nsubj") and k.index < child.index and k.upos == "NOUN"
        ]
        # The clause opens with its subject's phrase: "A senior engineer involved in ...".
        opens = sentence.subtree(child)[0].index
        if subjects and sentence.subtree(subjects[0])[0].index == opens:
            return None if excluded(subjects[0]) else subjects[0]
    return None


def _who_clause(sentence: Sentence, clause: Word) -> bool:
    """A relative clause whose subject is "who"."""
    return clause.deprel == "acl:relcl" and any(
        k.deprel.startswith("nsubj") and k.text.lower() == "who" for k in sentence.children(clause)
    )


def _main_subject(sentence: Sentence, excluded: Callable[[Word], bool]) -> Word | None:
    """ "X was elected president on Sunday, the first woman to lead the club, promising its
    members that ...": a closing participle with no subject found through the parse is the
    sentence's own subject's (its first, active or passive)."""
    root = next((w for w in sentence.words if w.head == 0), None)
    if root is None:
        return None
    subjects = [
        c
        for c in sentence.children(root)
        if (c.deprel in SUBJECT_RELATIONS or c.deprel == PASSIVE_SUBJECT) and not excluded(c)
    ]
    return subjects[0] if subjects else None


def _quoting_verb(sentence: Sentence, verb: Word, head: Word) -> Word | None:
    """ "quoted" in "X was quoted by the paper as saying": the verb's head, or, when the parse
    hung "saying" from the clause it reports, the "quoted" before its "as"."""
    if head.lemma.lower() == "quote" or head.text.lower() == "quoted":
        return head
    before = sentence.word_before(verb)
    if before is None or before.text.lower() != "as":
        return None
    for word in reversed(sentence.words[: before.index - 1]):
        if word.text.lower() == "quoted":
            return word
        if word.upos == "VERB":
            return None
    return None


def _name_right_after(
    sentence: Sentence, verb: Word, excluded: Callable[[Word], bool]
) -> Word | None:
    """ "..., the highest in its history, said Northern Screen": with an adjective parsed as
    the subject, a name hung from the verb within two words after it is the inverted one."""
    for child in sentence.children(verb):
        near = 0 < child.index - verb.index <= 2
        if near and child.upos == "PROPN" and not excluded(child):
            return child
    return None


def name_between_quote_and_verb(sentence: Sentence, word: Word) -> bool:
    """ "‘...,’ Fennelly told the club's channel", "Fennelly" tagged an adverb (or hung from
    the verb as one; "Beg recalled", "Beg" tagged a verb): a capitalised word alone between
    a closing quote mark and a verb is the speaker's name."""
    before, after = sentence.word_before(word), sentence.word_after(word)
    return (
        word.upos in ("ADV", "ADJ", "X", "PROPN", "VERB", "AUX")
        and word.text[:1].isupper()
        and before is not None
        and before.text in QUOTE_MARKS
        and after is not None
        and after.upos == "VERB"
    )


def adjacent_nominal(
    sentence: Sentence, verb: Word, excluded: Callable[[Word], bool]
) -> Word | None:
    """A fallback subject next to the verb when the parse gives none outside the quote:
    the head of the noun phrase just before it ("Helen Marsh, the ..., said") or, inverted,
    just after it ("said Biden")."""
    right_before = sentence.word_before(verb)
    if right_before is not None and name_between_quote_and_verb(sentence, right_before):
        return right_before
    kept = _words_before_without_adverbials(sentence, verb, excluded)
    named = (
        name_set_off_before(kept)
        or _name_with_age_before(kept)
        # "Roskilly, 24, who is known as ..., said"
        or _name_with_age_before(_without_aside(kept))
    )
    if named is not None:
        return named
    before = _without_aside(kept)
    nominal = ("PROPN", "NOUN", "PRON")
    # Skip back over an apposition set off by commas: "Jane Doe, a spokeswoman, said".
    for word in reversed(before):
        if word.upos in nominal and (word.deprel.startswith("nsubj") or word.upos == "PROPN"):
            return word
        # "Pellingford Hospitals Trust, which runs the hospital, said", "Trust" tagged a verb.
        previous = sentence.word_before(word)
        if (
            word.upos == "VERB"
            and word.text[:1].isupper()
            and previous
            and previous.upos == "PROPN"
        ):
            return word
        # "a reading the weather service said was ...": a relative clause with no relative
        # word, its subject parsed as the noun's object.
        contact = verb.deprel == "acl:relcl" and word.index == verb.index - 1
        if contact and word.upos == "NOUN":
            return word
        if _subject_called_a_clause(sentence, word, verb):
            return word
        if word.upos in ("VERB",) or word.text in (".", ";", ":"):
            break
    after = [w for w in sentence.words[verb.index :] if not excluded(w)]
    if after and after[0].upos in ("AUX", "VERB"):
        return None  # "said was the highest": the verb of what was said, no inversion
    for word in after[:_INVERTED_REACH]:
        if word.xpos == "PRP$":
            continue  # "said her barrister, ...": the possessive is not the phrase
        if word.deprel.startswith("nsubj") and _subject_of_finite_clause(sentence, word, verb):
            break  # "said he had not decided": the reported clause's subject
        # "said the 61-year-old": an adjective standing for a person heads the phrase.
        standing = word if word.upos == "ADJ" else sentence.head_of(word)
        if (
            standing is not None
            and standing.upos == "ADJ"
            and standing.index >= word.index
            and any(c.deprel == "det" for c in sentence.children(standing))
        ):
            return standing
        if _plural_possessor(sentence, word):
            continue  # "retorted the petitioners' counsel, ...": the counsel speaks
        if word.upos in nominal:
            return _phrase_head_after(sentence, word, excluded)
        if word.upos == "PUNCT" and word.text not in ("-", "‑"):
            break
        if word.upos == "ADP":
            break  # "said in a statement": how it was said, no inverted speaker
    return None


_INVERTED_REACH = 6  # "said the 61 - year - old"


FINITE_XPOS = frozenset({"MD", "VBD", "VBZ", "VBP"})


def is_finite_clause(sentence: Sentence, head: Word) -> bool:
    """Whether ``head`` or its own auxiliary or copula is a finite verb ("had decided",
    "could double"); with no fine tags, any verb counts."""
    own = [head, *(c for c in sentence.children(head) if c.deprel.startswith(("aux", "cop")))]
    return any(w.xpos in FINITE_XPOS or (not w.xpos and w.upos in ("VERB", "AUX")) for w in own)


def _subject_of_finite_clause(sentence: Sentence, word: Word, verb: Word) -> bool:
    """ "said he had not decided": a subject of a finite clause after the verb; not "said one
    diplomat familiar with the talks", a phrase the parse made a small clause."""
    head = sentence.head_of(word)
    return head is not None and head is not verb and is_finite_clause(sentence, head)


def _words_before_without_adverbials(
    sentence: Sentence, verb: Word, excluded: Callable[[Word], bool]
) -> list[Word]:
    """The words before the verb less its own adverbials after the last comma: in "X, the
    mayor of Y, on Sunday described", "on Sunday" is never the speaker; in "On a call with
    analysts, CFO Ignatius Mwale said", with the name hung from "call", the name stays."""
    last_comma = max(
        (w.index for w in sentence.words[: verb.index - 1] if w.text == ","), default=0
    )
    adverbials = [
        c
        for c in sentence.children(verb)
        if last_comma < c.index < verb.index
        and (c.deprel.startswith("obl") or c.deprel == "advmod")
    ]
    banned = {w.index for c in adverbials for w in sentence.subtree(c)}
    return [
        w for w in sentence.words[: verb.index - 1] if not excluded(w) and w.index not in banned
    ]


def _subject_called_a_clause(sentence: Sentence, word: Word, verb: Word) -> bool:
    """ "The 34-year-old, who has captained Northmoor since 2021, said", parsed with "old" as
    a clause of "said": a noun phrase (an article, no finite verb of its own) hung from the
    verb before it is its subject."""
    if word.head != verb.index or word.upos not in ("NOUN", "ADJ", "PROPN"):
        return False
    children = sentence.children(word)
    if any(c.deprel.startswith(("aux", "cop", "nsubj")) for c in children):
        return False
    return any(c.deprel == "det" for c in children)


def _name_with_age_before(before: list[Word]) -> Word | None:
    """ "Roskilly, 24, said", with the surname tagged as anything: a capitalised word opening
    the sentence, then an age set off by commas, right before the verb (or an aside)."""
    words = before[:-1] if before and before[-1].text == "," else before
    if len(words) != 3 or words[1].text != ",":
        return None
    name, age = words[0], words[2]
    return name if name.text[:1].isupper() and age.text.isdigit() and age.index == 3 else None


def name_set_off_before(before: list[Word]) -> Word | None:
    """ "her mother, Rhona Quarrie, described": a name set off by commas just before the verb
    (its last word), which the parse left without a relation to it."""
    if len(before) < 3 or before[-1].text != ",":
        return None
    i = len(before) - 2
    while i >= 0 and (before[i].upos == "PROPN" or before[i].text in ("-", "‑")):
        i -= 1
    named = i < len(before) - 2 and before[-2].upos == "PROPN"
    if named and i >= 0 and before[i].text == ",":
        return before[-2]
    return _name_of_somewhere_set_off(before)


_AFFILIATIONS = frozenset({"of", "at", "from"})


def _name_of_somewhere_set_off(before: list[Word]) -> Word | None:
    """ "the study's lead author, Dr Kirra Anderson of Northern Tropics University, wrote":
    after a role noun, a name with its place ("of/at/from" and capitalised words) set off by
    commas just before the verb; the name's last word."""
    comma = next((i for i in range(len(before) - 2, 0, -1) if before[i].text == ","), None)
    if comma is None or before[comma - 1].upos != "NOUN":
        return None
    aside = before[comma + 1 : -1]
    names = 0
    while names < len(aside) and aside[names].upos == "PROPN":
        names += 1
    place = aside[names + 1 :]
    if (
        names == 0
        or names >= len(aside) - 1
        or aside[names].text.lower() not in _AFFILIATIONS
        or not all(w.text[:1].isupper() for w in place)
    ):
        return None
    return aside[names - 1]


_ASIDE_MAX_WORDS = 25


def _without_aside(before: list[Word]) -> list[Word]:
    """ "Noah Brenner, a cardiologist who was not involved in the study, said": the words
    before the verb without an aside set off by commas, whose own verbs end the search."""
    if len(before) < 3 or before[-1].text != ",":
        return before
    for i in range(len(before) - 2, max(0, len(before) - 2 - _ASIDE_MAX_WORDS), -1):
        if before[i].text in (".", ";", ":"):
            break
        if before[i].text == ",":
            return before[:i]
    return before


_MODIFIER_RELATIONS = frozenset({"compound", "flat", "nmod:poss"})


def _possessor(sentence: Sentence, word: Word) -> bool:
    """A word with a possessive written against it ("Growers'", "Board's")."""
    mark = sentence.word_after(word)
    if mark is None or mark.start != word.end:
        return False
    return mark.text in ("'s", "’s") or plural_apostrophe(sentence, mark)


def plural_apostrophe(sentence: Sentence, mark: Word) -> bool:
    """An apostrophe written against a word ending in "s": a plural's possessive ("the
    petitioners' counsel", "Tram Workers’ Guild")."""
    before = sentence.word_before(mark)
    return (
        mark.text in ("'", "’")
        and before is not None
        and before.text.endswith("s")
        and before.end == mark.start
    )


def _plural_possessor(sentence: Sentence, word: Word) -> bool:
    """ "petitioners" in "the petitioners' counsel", or the apostrophe after it: a plural's
    possessive apostrophe written against it, a noun after."""
    if word.text in ("'", "’"):
        before = sentence.word_before(word)
        return before is not None and _plural_possessor(sentence, before)
    mark = sentence.word_after(word)
    following = sentence.word_after(mark) if mark is not None else None
    return (
        mark is not None
        and plural_apostrophe(sentence, mark)
        and following is not None
        and following.upos in ("NOUN", "PROPN", "ADJ")
    )


def _phrase_head_after(sentence: Sentence, word: Word, excluded: Callable[[Word], bool]) -> Word:
    """ "said wildlife photographer Callum Reid": the first noun after the verb may modify a
    later one; climb to the head of its phrase."""
    # "said the chief executive of ...", "chief" a noun hung as an adjective.
    while word.deprel in _MODIFIER_RELATIONS or (word.deprel == "amod" and word.upos == "NOUN"):
        head = sentence.head_of(word)
        if head is None or head.index < word.index or excluded(head):
            break
        word = head
    return word


def has_subject(sentence: Sentence, word: Word) -> bool:
    """Whether the parse gives ``word`` a subject of its own."""
    return any(c.deprel.startswith("nsubj") for c in sentence.children(word))


def is_passive(sentence: Sentence, verb: Word) -> bool:
    children = sentence.children(verb)
    if any(c.deprel in (PASSIVE_SUBJECT, "aux:pass") for c in children):
        return True
    # A compact parser may label the passive's parts plainly: "were told" is still passive.
    return verb.xpos == "VBN" and any(
        c.deprel.startswith("aux") and c.lemma.lower() == "be" for c in children
    )


def passive_agent(sentence: Sentence, verb: Word, excluded: Callable[[Word], bool]) -> Word | None:
    """The ``by`` phrase of a passive verb: "was told by the inquiry chairman"."""
    if not is_passive(sentence, verb):
        return None
    for child in sentence.children(verb):
        # "by the chief executive" with "executive" tagged ADJ is still the agent.
        nominal = child.upos in ("PROPN", "NOUN", "PRON") or (
            child.upos == "ADJ" and child.deprel == "obl:agent"
        )
        if excluded(child) or not nominal or child.index < verb.index:
            continue  # "By mid-morning, passengers were told by staff": the agent follows
        if child.deprel == "obl:agent" or any(
            c.lemma.lower() == "by" and c.deprel == "case" for c in sentence.children(child)
        ):
            return child
    return _agent_after(sentence, verb, excluded)


_AGENT_REACH = 10  # "were told in a letter on Friday by ..."


def _agent_after(sentence: Sentence, verb: Word, excluded: Callable[[Word], bool]) -> Word | None:
    """A "by" phrase shortly after a passive verb that the parse hung from a noun in between
    ("told in a letter on Friday by the managing director"): read by position, up to the
    first verb or clause."""
    for word in sentence.words[verb.index : verb.index + _AGENT_REACH]:
        if word.upos in ("VERB", "AUX", "SCONJ") or word.text in (";", ":", "."):
            return None
        if word.lemma.lower() == "by" and word.deprel == "case":
            noun = sentence.head_of(word)
            if noun is not None and noun.index > word.index and not excluded(noun):
                return noun if noun.upos in ("PROPN", "NOUN", "PRON") else None
    return None


def resolve_relative(sentence: Sentence, word: Word) -> Word:
    """A relative pronoun subject ("who", "which") stands for the noun its clause modifies."""
    if word.text.lower() in ("who", "which", "that"):
        personal = word.text.lower() == "who"
        clause = sentence.head_of(word)
        while clause is not None and not clause.deprel.startswith("acl"):
            clause = sentence.head_of(clause)
        if clause is not None:
            noun = sentence.head_of(clause)
            if noun is not None:
                return _person_before_place(sentence, noun) if personal else noun
        # No relative clause in the parse: the nearest noun before the pronoun (for "who",
        # not a place: "a wine buyer from Tbilisi, who asked").
        for previous in reversed(sentence.words[: word.index - 1]):
            if personal and has_preposition(sentence, previous, PLACE_PREPOSITIONS):
                continue
            if previous.upos in ("PROPN", "NOUN"):
                return previous
    return word


def _person_before_place(sentence: Sentence, noun: Word) -> Word:
    """ "a mother of two on the ninth floor, who asked not to be named": "who" is a person,
    not the place the clause was hung from; the noun that place modifies."""
    while (
        noun.upos == "NOUN"
        and noun.deprel == "nmod"
        and has_preposition(sentence, noun, PLACE_PREPOSITIONS)
        and (up := sentence.head_of(noun)) is not None
        and up.upos in ("NOUN", "PROPN")
    ):
        noun = up
    return noun
