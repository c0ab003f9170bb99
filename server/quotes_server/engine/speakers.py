"""Speaker mentions: names, roles and kinds, pronoun resolution and one name per speaker.

Pronoun resolution heuristic (documented in the README):
1. candidates are the people (and, for "they", organisations, places and groups) mentioned
   before the pronoun, nearest first, within the last few sentences;
2. a candidate whose gender is known and differs from the pronoun's is dropped; gender comes
   from titles and role nouns (Mr., spokeswoman), from earlier pronouns that resolved to
   that person or whose only candidate was their sentence's subject ("kept his title"),
   and, weakest, from common given names (``lexicon.toml``, then the US Census lists of
   first names); a one-word name with no sign of a person after "from" or "in" is dropped;
3. among the rest, the score prefers recency, then subjects of reporting verbs and grammatical
   subjects over other mentions (salience); a full-named person of unknown gender just before,
   in the pronoun's paragraph, outranks those known to fit but last named in earlier ones;
4. no candidate: the speaker stays UNKNOWN with the pronoun as its mention.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache

from quotes_server.engine.document import Sentence, Word
from quotes_server.engine.lexicon import Lexicon
from quotes_server.engine.quote_marks import OPENING_MARKS, QUOTE_MARKS
from quotes_server.engine.syntax import (
    FINITE_XPOS,
    PLACE_PREPOSITIONS,
    contiguous_around,
    has_preposition,
    name_between_quote_and_verb,
    plural_apostrophe,
    trim_punct,
    verb_lemma,
)
from quotes_server.engine.types import Span, Speaker, SpeakerKind

_NAME_PART_RELATIONS = frozenset({"compound", "flat", "flat:name", "fixed"})
_MENTION_RELATIONS = frozenset(
    {
        "compound",
        "flat",
        "amod",
        "det",
        "nmod:poss",
        "nummod",
        "fixed",
        "nmod",
        "case",
        "conj",
        "cc",
        "obl:unmarked",  # "The 34-year-old": the measure before an adjective
    }
)
_RECENCY_WINDOW = 6  # sentences a pronoun may look back
_DESCRIPTION_REACH = 2  # sentences "the witness" may look back for the person it describes
# Role words that a description may use for another: "the judge" is "Mr Justice Pendleford".
_ROLE_SYNONYMS = {"justice": "judge", "skipper": "captain"}
# A subject outranks a nearer non-subject ("Doyle beat Ortega. 'I knew,' he said": Doyle);
# recency scores 1, 1/2, 1/3, ... by rank.
_SUBJECT_SALIENCE = 1.0
_SPEAKER_REACH = 2  # sentences within which having spoken makes a candidate more salient
# A known gender that matches the pronoun's outweighs salience and recency.
_SAME_GENDER = 1.5
_PAPER_NOUNS = frozenset({"paper", "newspaper"})
# Names a description fits without holding its noun: "the force" is "Ridgecombe Constabulary".
_DESCRIBED_BY = {"force": frozenset({"police", "constabulary"})}
_SUBJECT_PRONOUNS = frozenset({"he", "she"})
# Mentions that make a person the subject of an article, for a pronoun with no one in reach.
_PRINCIPAL_MENTIONS = 3
_WH_WORDS = frozenset({"what", "which", "who", "whom", "whose", "that"})
_ROLE_NOUNS = frozenset(
    {
        "secretary",
        "minister",
        "spokeswoman",
        "spokesman",
        "director",
        "executive",
        "manager",
        "chairman",
        "chairwoman",
        "coach",
        "official",
        # Capitalised as titles: "The Deputy Speaker, Dame Philomena Fenn, said".
        "speaker",
        "president",
        "chancellor",
        "governor",
        "mayor",
        "commissioner",
        "judge",
        "prosecutor",
        "chair",
        # Written in capitals, so read as names: "His GP, Owen Blackwood, wrote", "The MP
        # for Penvose, Demelza Kitto, said".
        "gp",
        "ceo",
        "cfo",
        "mp",
        "msp",
        "mep",
        "mla",
        "general",  # "secretary general", "attorney general"
    }
)
_POSSESSIVE = re.compile(r"(’s|'s)$")
# Everything up to a role's last possessor: "the Girl Maisie's deckhand" is a deckhand.
_ROLE_POSSESSOR = re.compile(r"^.*\S['’]s?\s")
_RELATIVE_CLAUSE = re.compile(r"\s(?:who|whom|whose|which|that)\s.*$")
_POST_NOMINALS = frozenset(
    {"KC", "QC", "MP", "MSP", "MS", "MLA", "MEP", "AM", "MBE", "OBE", "CBE", "KBE", "DBE"}
    | {"Jr", "Sr", "PhD", "FRS"}
)
_POSSESSIVE_PRONOUNS = ("its ", "their ", "his ", "her ", "our ", "my ", "your ")
_POSSESSIVE_MARKS = frozenset({"'s", "’s", "'", "’"})
# "MPs", "CEOs": the plural of an acronym names a group of people, not one body.
_PLURAL_ACRONYM = re.compile(r"[A-Z]{2,}s")


@dataclass(slots=True)
class Mention:
    """One mention of a would-be speaker."""

    span: Span
    text: str
    head: Word
    sentence: int
    name: str  # the name with titles stripped ("Emmanuel Macron"), or the phrase itself
    role: str
    kind: SpeakerKind
    gender: str = ""  # "m", "f" or ""
    is_pronoun: bool = False
    is_subject: bool = False
    is_speaker: bool = False
    is_description: bool = False  # "the company": may refer back to a named organisation
    # "the health ministry": a noun modifier says which body it is, so it is not any
    # organisation named before it, only one whose name holds its noun.
    is_qualified: bool = False
    # "Paris and Berlin said": the others named with this one, who said it together.
    conjuncts: list[Mention] = field(default_factory=list)
    age: int | None = None  # "Patricia Cheal, 61,": what "the 61-year-old" refers back to
    # "from Inverdorran", "in Kessock": a name after a preposition of place.
    is_locative: bool = False
    # "the Caledonian Table guide", "the Europa terminal": a name modifying a common noun.
    is_modifier: bool = False
    # "The International Cycling Union (UCI)": the short name given in brackets.
    alias: str = ""


@dataclass(slots=True)
class Entity:
    """A cluster of mentions that refer to one speaker."""

    name: str
    kind: SpeakerKind
    role: str = ""
    gender: str = ""
    mentions: list[Mention] = field(default_factory=list)
    last_sentence: int = -1
    age: int | None = None
    aliases: set[str] = field(default_factory=set)


def mention_words(sentence: Sentence, head: Word) -> list[Word]:
    """The words of the noun phrase headed by ``head``: modifiers, not clauses or appositions."""
    words = [head]
    stack = [head]
    while stack:
        current = stack.pop()
        for child in sentence.children(current):
            if child.deprel == "case" and current is head:
                continue  # "by X": the preposition is not part of the name
            # Below a modifier everything belongs to it: "familiar with the talks".
            inner = current is not head and child.deprel not in ("punct", "acl:relcl", "appos")
            # "officials briefed on the plan": a participle after a common noun belongs to it.
            participle = child.deprel == "acl" and head.upos == "NOUN" and child.index > head.index
            if child.base_relation == "nmod" and child.lemma.lower() in DAYS:
                continue  # "the prosecutor's office in Siena on Thursday": when, not who
            if (
                inner
                or participle
                or _inner_hyphen(sentence, child)
                or child.deprel in _MENTION_RELATIONS
                or child.base_relation in ("compound", "flat")
            ):
                words.append(child)
                stack.append(child)
    words.sort(key=lambda w: w.index)
    words = _with_postmodifier(sentence, head, words)
    # "what officials say": a wh-word is the clause's, not part of the speaker's name.
    words = [w for w in words if w is head or w.text.lower() not in _WH_WORDS]
    return trim_punct(contiguous_around(words, head))


def _inner_hyphen(sentence: Sentence, word: Word) -> bool:
    """ "a Swedish-Canadian research team": a hyphen with no space either side joins words."""
    if word.text not in ("-", "‑") or not 1 < word.index < len(sentence.words):
        return False
    before, after = sentence.word(word.index - 1), sentence.word(word.index + 1)
    return before.end == word.start and word.end == after.start


_POSTMODIFIERS = frozenset({"close", "familiar", "involved", "briefed", "aware", "loyal", "near"})


def _with_postmodifier(sentence: Sentence, head: Word, words: list[Word]) -> list[Word]:
    """ "A source close to the negotiations said", parsed with "close" hung from the verb: an
    adjective of that kind right after the noun, with its phrase, belongs to the mention."""
    last = max(w.index for w in words)
    if head.upos != "NOUN" or last >= len(sentence.words):
        return words
    after = sentence.word(last + 1)
    # The form, not the lemma: "briefed" and "involved" have lemmas "brief", "involve".
    if after.text.lower() not in _POSTMODIFIERS or after.head == head.index:
        return words
    # Read by position, whatever the parse made of it (even the sentence's root): up to the
    # next verb, comma or clause.
    phrase = [after]
    for word in sentence.words[after.index : after.index + _POSTMODIFIER_REACH]:
        if word.upos in ("VERB", "AUX", "PUNCT", "SCONJ"):
            break
        phrase.append(word)
    if len(phrase) < 2:
        return words
    return sorted([*words, *phrase], key=lambda w: w.index)


_POSTMODIFIER_REACH = 8  # "close to the talks between the two governments"


def apposition_role(text: str, sentence: Sentence, head: Word) -> str:
    """ "a spokeswoman for the ministry" in "Jane Doe, a spokeswoman for the ministry, said", as
    written. It ends at the first comma after its noun: a parse that hangs the rest of the
    sentence from the apposition ("X, the two-term mayor of Y, on Sunday described ...") does
    not make the sentence a role."""
    for child in sentence.children(head):
        if child.deprel == "appos":
            subtree = sentence.subtree(child)
            words = trim_punct(_until_comma_after(subtree, child))
            nickname = subtree[0].text in QUOTE_MARKS or (
                subtree[0].index > 1 and sentence.word(subtree[0].index - 1).text in QUOTE_MARKS
            )
            # "Rhiannon Pryce, 67, a retired headteacher": past an age to the role.
            age = len(words) == 1 and words[0].text.isdigit()
            if words and not nickname and not age:
                return _as_written(text, _to_closing_comma(sentence, words))
    return ""


# Words a role set off by commas may run on by past its parse.
_ROLE_RUN_ON = 5


def _to_closing_comma(sentence: Sentence, words: list[Word]) -> list[Word]:
    """ "a retired surveyor and keen | birdwatcher from Saltby," with the rest hung elsewhere
    by the parse: a role set off by commas runs on to its closing comma when no verb comes
    before it."""
    more: list[Word] = []
    for word in sentence.words[words[-1].index : words[-1].index + _ROLE_RUN_ON + 1]:
        if word.text == ",":
            return [*words, *more]
        if word.xpos in FINITE_XPOS or word.upos in ("AUX", "PUNCT", "PRON", "SCONJ"):
            break
        more.append(word)
    return words


def _apposition_to_phrase_root(text: str, sentence: Sentence, words: list[Word]) -> str:
    """The apposition hung from the word heading the phrase in the parse, when that is not
    the name's head: "Dr Kavita Beeharry-Panray, the marine biologist who runs the centre",
    with the name hung from "Dr"."""
    inside = {w.index for w in words}
    roots = [w for w in words if w.head not in inside]
    return apposition_role(text, sentence, roots[0]) if len(roots) == 1 else ""


def _until_comma_after(words: list[Word], head: Word) -> list[Word]:
    for i, word in enumerate(words):
        if word.index > head.index and word.text == ",":
            return words[:i]
    return words


DAYS = frozenset({"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"})
_NOT_NAMES = DAYS | frozenset(
    {
        *("january", "february", "march", "april", "may", "june", "july", "august"),
        *("september", "october", "november", "december", "i", "mr", "mrs", "ms", "dr"),
    }
)


# Lower-case words that belong to a name: "Ludwig van Beethoven", "Ana de Souza".
_NAME_PARTICLES = frozenset(
    {"al", "bin", "binti", "bint", "da", "das", "de", "del", "della", "der", "des", "di", "do"}
    | {"dos", "du", "el", "ibn", "la", "le", "ten", "ter", "van", "von", "y"}
)


def _lowercase_common_word(sentence: Sentence, word: Word) -> bool:
    """A word in lower case, not a name's particle ("van") nor a syllable joined on to the
    word before ("Hoi-yan")."""
    if not (word.text.isalpha() and word.text.islower()) or word.text in _NAME_PARTICLES:
        return False
    before = sentence.word_before(word)
    # "Assun|ção", split by the tokenizer, and "Hoi-yan" go on with the word before.
    touching = before is not None and before.end == word.start
    return before is None or not (touching or _inner_hyphen(sentence, before))


# Currencies written as abbreviations before the amount: "Tk 50 lakh", "Rs. 230", "KSh 500".
_CURRENCY_CODES = frozenset({"tk", "rs", "rs.", "ksh", "kshs", "rm", "rp", "php", "inr", "ghs"})


def _currency_before_amount(sentence: Sentence, word: Word) -> bool:
    following = sentence.word_after(word)
    return (
        word.text.lower() in _CURRENCY_CODES and following is not None and following.upos == "NUM"
    )


def is_proper(sentence: Sentence, word: Word) -> bool:
    """A proper noun, or a capitalised noun mid-sentence that a compact tagger called common."""
    if _PLURAL_ACRONYM.fullmatch(word.text) or _currency_before_amount(sentence, word):
        return False
    if word.index == 1 and word.xpos == "NNPS" and word.text.lower().endswith(_PLURAL_AGENTS):
        return False  # "Forecasters warned ...": a capitalised common plural opening a sentence
    if word.text.lower() in _NOT_NAMES:
        return _day_in_a_name(sentence, word)
    if word.text.lower() in _RELATIONAL_ADJECTIVES:
        return False  # "Neighbouring Montserrat said": it places the name, it is no part of it
    if word.upos == "PROPN" or (word.xpos in ("NNP", "NNPS") and word.text[:1].isupper()):
        return True
    # "The Met Office", with "Met" tagged a verb: no verb modifies a noun as a compound, and
    # none has a name's second part ("Winnifred Grundy", "Winnifred" tagged a verb).
    misread_verb = word.upos == "VERB" and (
        word.deprel == "compound"
        # "Coun. Wilfred Ballantyne" with "Wilfred" tagged a verb and hung as a name's part.
        or (word.deprel in ("flat", "flat:name") and _head_is_proper(sentence, word))
        # "the Greater Halvergate Combined Authority": a capitalised participle inside a name.
        or (word.deprel == "amod" and word.index > 1 and _between_name_words(sentence, word))
        or any(
            c.deprel in ("flat", "flat:name") and c.upos == "PROPN" for c in sentence.children(word)
        )
    )
    # "Jessamy Pengelly" with "Pengelly" tagged an adverb: a capitalised word right after a
    # proper noun, mid-sentence, goes on with the name.
    after_name = (
        (
            word.upos == "ADV"
            and word.index >= 2
            and word.text[:1].isupper()
            and sentence.word(word.index - 1).upos == "PROPN"
        )
        or _verb_closing_a_name(sentence, word)
        or _campaign_verb(sentence, word)
        or name_between_quote_and_verb(sentence, word)
    )
    if (
        word.upos not in ("NOUN", "X", "ADJ") and not misread_verb and not after_name
    ) or not word.text[:1].isupper():
        return False
    if misread_verb:
        return True
    if word.index == 1:
        # "Heritage Albion, ...", "Clean Sport Britain": a capitalised adjective opening the
        # sentence, right before the proper noun it modifies, begins its name.
        following = sentence.word_after(word)
        return after_name or (
            word.upos == "ADJ"
            and word.deprel in ("amod", "compound")
            and following is not None
            and following.upos in ("PROPN", "ADJ")
            and following.text[:1].isupper()
            and word.end < following.start
        )
    previous = sentence.words[word.index - 2]
    # The first word inside an opening quote mark is capitalised for the sentence, not a name.
    opens_quote = previous.text in OPENING_MARKS and previous.end == word.start
    return not opens_quote and previous.text not in (":", ".", "!", "?")


# Adjectives that open a sentence before a name without being part of it.
_RELATIONAL_ADJECTIVES = frozenset(
    {"neighbouring", "neighboring", "nearby", "rival", "fellow", "embattled", "troubled"}
    | {"beleaguered", "struggling", "tiny", "landlocked"}
)


def _head_is_proper(sentence: Sentence, word: Word) -> bool:
    head = sentence.head_of(word)
    return head is not None and head.upos == "PROPN"


def leading_proper(sentence: Sentence, words: Iterable[Word]) -> list[Word]:
    """The proper nouns at the start of ``words``, up to the first that is not one."""
    run: list[Word] = []
    for word in words:
        if not is_proper(sentence, word):
            break
        run.append(word)
    return run


def _verb_closing_a_name(sentence: Sentence, word: Word) -> bool:
    """ "Harebell Live said": a capitalised "verb" between a proper noun and the sentence's
    verb (or the comma opening an aside: "Pellingford Hospitals Trust, which runs ...") is
    the name's last word (no verb follows a verb so); "Mirza Iftikhar Beg shared", "Beg"
    tagged an auxiliary."""
    if word.upos not in ("VERB", "AUX") or not word.text[:1].isupper():
        return False
    if not 2 <= word.index < len(sentence.words):
        return False
    before, after = sentence.word(word.index - 1), sentence.word(word.index + 1)
    return before.upos == "PROPN" and (after.upos in ("VERB", "AUX") or after.text == ",")


def _campaign_verb(sentence: Sentence, word: Word) -> bool:
    """ "..., and Stop Carrack Waste, a local campaign group, argued": a capitalised base-form
    verb mid-sentence, right before a proper noun that it governs, opens a campaign's name."""
    if word.xpos != "VB" or not word.text[:1].isupper() or word.index >= len(sentence.words):
        return False
    following = sentence.word(word.index + 1)
    governed = any(c.upos == "PROPN" for c in sentence.children(word))
    if not governed or following.upos != "PROPN":
        return False
    if word.index == 1:
        # "Save Calder Rise, which has fought the demolition, accused": opening the sentence,
        # the name set off by a comma before a clause about it.
        run_end = following.index
        while run_end < len(sentence.words) and sentence.word(run_end + 1).upos == "PROPN":
            run_end += 1
        after = sentence.word(run_end + 1) if run_end < len(sentence.words) else None
        return after is not None and after.text == ","
    previous = sentence.word(word.index - 1)
    return previous.text not in (".", "!", "?", ":", "“", '"', "‘", "'")


def _between_name_words(sentence: Sentence, word: Word) -> bool:
    """A proper noun before ``word`` and a capitalised noun after it."""
    if not 1 < word.index < len(sentence.words):
        return False
    before, after = sentence.word(word.index - 1), sentence.word(word.index + 1)
    return before.upos == "PROPN" and after.text[:1].isupper() and after.upos in ("PROPN", "NOUN")


def _day_in_a_name(sentence: Sentence, word: Word) -> bool:
    """ "the Sunday Beacon": a day name between "the" and a capitalised word is a name's."""
    i = word.index
    return (
        word.text.lower() in DAYS
        and 1 < i < len(sentence.words)
        and sentence.word(i - 1).text.lower() == "the"
        and sentence.word(i + 1).text[:1].isupper()
        and sentence.word(i + 1).upos == "PROPN"
    )


def _name_run(sentence: Sentence, head: Word, words: list[Word]) -> list[Word]:
    """The proper-noun run that names the head: "President Emmanuel Macron" for Macron.

    The run follows adjacent proper nouns in the sentence, whatever the parse made of them
    ("Olga Petrenko" with Petrenko hung elsewhere), and stops at punctuation.
    """
    if not is_proper(sentence, head):
        return []
    run = [head]
    i = head.index - 1
    while i >= 1:
        if is_proper(sentence, sentence.word(i)) or _joins_name(sentence, i):
            run.insert(0, sentence.word(i))
            i -= 1
        elif (before := _across_nickname(sentence, i, -1)) is not None:
            i = before
        else:
            break
    first = run[0].index
    if first > 1 and _irish_article(sentence.word(first - 1), run[0]):
        run.insert(0, sentence.word(first - 1))
    j = head.index + 1
    while j <= len(sentence.words):
        if _joins_name(sentence, j):
            # the joiner and the word it joins on, proper noun or not ("Chun-lok")
            run += [sentence.word(j), sentence.word(j + 1)]
            j += 2
        elif is_proper(sentence, sentence.word(j)):
            run.append(sentence.word(j))
            j += 1
        elif (after := _across_nickname(sentence, j, 1)) is not None:
            j = after
        else:
            break
    return run


def _body_noun_after(sentence: Sentence, run: list[Word], lexicon: Lexicon) -> list[Word]:
    """ "Saint-Orban police", with "police" hung from the name: a lower-case organisation
    noun right after the name and attached to it is part of the body's name."""
    if not run or run[-1].index >= len(sentence.words):
        return []
    follower = sentence.word(run[-1].index + 1)
    attached = follower.head in {w.index for w in run}
    is_body = follower.text in lexicon.organization_heads and follower.text.islower()
    return [follower] if attached and is_body and follower.upos == "NOUN" else []


def _irish_article(article: Word, name: Word) -> bool:
    """ "An Bord Pleanála", "An Post": a capitalised "An" before a consonant (never the
    English article's place, bar a silent "h") is the Irish article, part of the name."""
    initial = name.text[:1].lower()
    return article.text == "An" and initial.isalpha() and initial not in "aeiouh"


_ELIDED_PARTICLES = frozenset({"d'", "d’", "l'", "l’"})


# Short nouns written after a name and a hyphen that make it a modifier, not a longer name.
_HYPHENATED_NOUNS = frozenset({"era", "age", "type", "size", "area", "zone", "side", "wide"})


def _joins_name(sentence: Sentence, i: int) -> bool:
    """A hyphen with no space around it between two capitalised words ("Rourke-Valdane"),
    an ampersand between them ("Tremlett & Finch"), or an elided particle written against
    the second ("Remontées d'Aulpe")."""
    if not 1 < i < len(sentence.words):
        return False
    joiner = sentence.word(i)
    before, after = sentence.word(i - 1), sentence.word(i + 1)
    # "Tram Workers’ Guild": a plural's apostrophe, written against it.
    plural_possessive = plural_apostrophe(sentence, joiner)
    elision = joiner.text.lower() in _ELIDED_PARTICLES and joiner.end == after.start
    if (
        joiner.text != "&"
        and not _inner_hyphen(sentence, joiner)
        and not plural_possessive
        and not elision
    ):
        return False
    # "Park Seo-yeon", "Martin Ho Chun-lok": a given name's second syllable is written lower
    # case, and a compact tagger may call it a common noun (not "Soviet-era").
    second_syllable = _inner_hyphen(sentence, joiner) and (
        after.upos == "PROPN"
        or (
            after.upos == "NOUN"
            and after.text.isalpha()
            and len(after.text) <= 4
            and after.text.lower() not in _HYPHENATED_NOUNS
        )
    )
    return before.text[:1].isupper() and (after.text[:1].isupper() or second_syllable)


_NICKNAME_WORDS = 4


def _across_nickname(sentence: Sentence, mark: int, step: int) -> int | None:
    """Colm “Lightning” Fahey: from the quote mark at ``mark``, the index of the name word on
    the far side of a short quoted nickname (``step`` -1 looks back, 1 forward), or None."""
    if sentence.word(mark).text not in QUOTE_MARKS:
        return None
    last = len(sentence.words)
    for k in range(1, _NICKNAME_WORDS + 2):
        other = mark + step * k
        if not 1 <= other <= last:
            return None
        if sentence.word(other).text in QUOTE_MARKS:
            name = other + step
            inside = [sentence.word(n) for n in range(min(mark, other) + 1, max(mark, other))]
            if (
                k > 1
                and 1 <= name <= last
                and is_proper(sentence, sentence.word(name))
                and all(w.text[:1].isupper() or w.upos == "DET" for w in inside)
            ):
                return name
            return None
    return None


_NAME_CONNECTORS = frozenset({"of", "for", "on", "de", "del", "di", "du", "des", "&"})


def _organization_name(sentence: Sentence, run: list[Word], lexicon: Lexicon) -> list[Word]:
    """An organisation's proper-noun run, continued over "of"/"for" and the proper nouns
    after it ("Chamber of Commerce", "Office for National Statistics"), and on again while
    the name so far ends in an organisation noun."""
    name = list(run)
    # "Marenian Fishermen's Federation": a possessive inside the name of a body.
    first = run[0].index
    if (
        run[-1].text.lower() in lexicon.organization_heads
        and first > 2
        and sentence.word(first - 1).text in _POSSESSIVE_MARKS
        and is_proper(sentence, sentence.word(first - 2))
    ):
        k = first - 2
        while k > 1 and is_proper(sentence, sentence.word(k - 1)):
            k -= 1
        name = [sentence.word(i) for i in range(k, first)] + name
    while len(name) == len(run) or name[-1].text.lower() in lexicon.organization_heads:
        after = name[-1].index + 1
        if after + 1 > len(sentence.words):
            break
        connector = sentence.word(after)
        if connector.text.lower() not in _NAME_CONNECTORS:
            break
        tail: list[Word] = []
        for word in sentence.words[after:]:
            if not tail and word.text.lower() == "the" and connector.text.lower() == "of":
                tail.append(word)  # "Office of the Data Protection Commissioner"
                continue
            # "Office of the Auditor-General": a hyphen inside the name goes on with it.
            if not is_proper(sentence, word) and not (tail and _joins_name(sentence, word.index)):
                break
            tail.append(word)
        if tail and not is_proper(sentence, tail[-1]):
            break
        if not tail:
            break
        name += [connector, *tail]
        if tail[-1].text.lower() not in lexicon.organization_heads:
            break
    return name + _and_in_organization_name(sentence, name, lexicon)


def _and_in_organization_name(sentence: Sentence, name: list[Word], lexicon: Lexicon) -> list[Word]:
    """ "and" with the proper nouns after it, when they go on with the name: they end in an
    organisation noun ("the Education and Training Inspectorate"), or they close the portfolio
    of a ministry ("Ministry of Physical Planning and Urban Development"), a word of no
    other name: not a given name, an acronym or another body."""
    after = name[-1].index + 1
    if after >= len(sentence.words) or sentence.word(after).text != "and":
        return []
    tail = leading_proper(sentence, sentence.words[after:])
    if not tail:
        return []
    if any(w.text.isupper() for w in tail) or lexicon.is_given_name(tail[0].text.lower()):
        return []
    heads = [w.text.lower() in lexicon.organization_heads for w in tail]
    if len(tail) > 1 and heads[-1] and not any(heads[:-1]):
        return [sentence.word(after), *tail]
    portfolio = name[0].text.lower() in lexicon.organization_heads and any(
        w.text in ("of", "for") for w in name
    )
    return [sentence.word(after), *tail] if portfolio and not any(heads) else []


def _strip_titles(run: list[Word], lexicon: Lexicon) -> tuple[list[Word], list[Word]]:
    """Split a proper-noun run into (title words, name words): everything up to the last
    title word before the name, so a portfolio goes with its title ("Transport Minister")."""
    cut = 0
    for i, word in enumerate(run[:-1]):
        if word.text.lower() in lexicon.titles:
            cut = i + 1
    return run[:cut], run[cut:]


# "Minister of Finance", "Minister for Fisheries": the words that join a title to its brief.
_PORTFOLIO_PREPOSITIONS = frozenset({"of", "for"})


def _title_of_portfolio(
    sentence: Sentence, head: Word, run: list[Word], words: list[Word], lexicon: Lexicon
) -> tuple[list[Word], list[Word]] | None:
    """(title words, name words) for "Judge of Appeal Thandiwe Nkosi-Pillay", "Minister of
    Finance Enoch Godongwana" and "Minister for Fisheries and Hunting Malik Heilmann-Petersen",
    whether the parse heads the phrase with its title or with a word of the name. The name
    starts at the first common given name after the portfolio, or else is the last two words."""
    if run == [head] and sentence.word(head.index + 1).text in _PORTFOLIO_PREPOSITIONS:
        title = head
        brief = _capitalised_run(sentence, head.index + 2)
    elif run and (title_index := _portfolio_title_before(sentence, run[0])) is not None:
        title = sentence.word(title_index)
        brief = list(sentence.words[title_index + 1 : run[-1].index])
    else:
        return None
    if title.text.lower() not in lexicon.titles or not title.text[:1].isupper():
        return None
    groups: list[list[Word]] = []
    for word in brief:
        if groups and word.start == groups[-1][-1].end:
            groups[-1].append(word)  # "Nkosi-Pillay": one name word
        else:
            groups.append([word])
    given = [i for i, g in enumerate(groups) if i and lexicon.is_given_name(g[0].text.lower())]
    cut = given[0] if given else len(groups) - 2 if len(groups) >= 3 else len(groups) - 1
    if cut < 1 or groups[cut - 1][0].text.lower() in _BRIEF_JOINERS:
        return None
    portfolio = [w for g in groups[:cut] for w in g]
    return [title, sentence.word(title.index + 1), *portfolio], [w for g in groups[cut:] for w in g]


# Words inside a portfolio's name: "Fisheries and Hunting", "Arts & Heritage".
_BRIEF_JOINERS = frozenset({"and", "&"})


def _capitalised_run(sentence: Sentence, start: int) -> list[Word]:
    """From ``start``, the capitalised words and the words joining them ("Fisheries and
    Hunting Malik Heilmann-Petersen"), by position; not ending on a joiner."""
    found: list[Word] = []
    for word in sentence.words[start - 1 :]:
        touching = bool(found) and word.start == found[-1].end and word.text != ","
        if word.text[:1].isupper() or word.text.lower() in _BRIEF_JOINERS or touching:
            found.append(word)
        else:
            break
    while found and found[-1].text.lower() in _BRIEF_JOINERS | {"-"}:
        found.pop()
    return found


def _portfolio_title_before(sentence: Sentence, first: Word) -> int | None:
    """The index of the title in "Minister for Fisheries and Hunting Malik ...", read back
    from the name's first word over the portfolio to "of" or "for" and the title before it."""
    i = first.index - 1
    while i >= 2:
        word = sentence.word(i)
        if word.text in _PORTFOLIO_PREPOSITIONS:
            return i - 1
        if not (word.text[:1].isupper() or word.text.lower() in _BRIEF_JOINERS):
            return None
        i -= 1
    return None


def _place_after_a_name(
    head: Word, name_words: list[Word], phrase_words: list[Word], lexicon: Lexicon
) -> bool:
    """ "Nettlebed Road" with "Nettlebed" parsed apart from the name: a capitalised place
    word right after a capitalised word outside the name ("Cyril Lane" is one name)."""
    if head.text.lower() not in lexicon.place_heads or not head.text[:1].isupper():
        return False
    before = [w for w in phrase_words if w.index == head.index - 1 and w not in name_words]
    return bool(before) and before[0].text[:1].isupper()


def classify(
    head: Word,
    name_words: list[Word],
    phrase_words: list[Word],
    lexicon: Lexicon,
    proper: bool = False,
) -> SpeakerKind:
    """Person, organisation, place or anonymous source, from the phrase's words alone."""
    lowered = " ".join(w.text.lower() for w in name_words or phrase_words)
    head_text, head_lemma = head.text.lower(), head.lemma.lower()
    if head.upos == "PRON":
        return SpeakerKind.UNKNOWN
    if lowered.removeprefix("the ") in lexicon.places or lowered in lexicon.places:
        return SpeakerKind.PLACE
    # "White House", "Chamber of Commerce"; not "Margaret Court", a given name first.
    last_name_word = name_words[-1].text.lower() if len(name_words) > 1 else ""
    if name_words and lexicon.is_given_name(name_words[0].text.lower()):
        last_name_word = ""
    # Not "Dr Cyril Lane": a title or honorific says a person is meant.
    titled = any(w.text.lower() in lexicon.honorifics | lexicon.titles for w in phrase_words)
    placed = last_name_word in lexicon.place_heads
    if not titled and (placed or _place_after_a_name(head, name_words, phrase_words, lexicon)):
        return SpeakerKind.PLACE
    definite = bool(phrase_words) and phrase_words[0].text.lower() == "the"
    if (
        head_text in lexicon.organization_heads
        or head_lemma in lexicon.organization_heads
        or last_name_word in lexicon.organization_heads
        or (definite and head_lemma in lexicon.organization_descriptions)  # "the force"
    ):
        return SpeakerKind.ORGANIZATION
    if proper:
        first = name_words[0] if name_words else (phrase_words[0] if phrase_words else head)
        before = [w for w in phrase_words if w.index < first.index]
        # "the" opening the phrase or standing right before the name: "the Liberal Democrats".
        the_first = bool(phrase_words) and phrase_words[0].text.lower() == "the"
        the_before_name = bool(before) and before[-1].text.lower() == "the"
        # "DOC ranger Nikau Whaanga": an acronym among the titles is the person's employer.
        acronym = any(
            w.text.isalpha() and w.text.isupper() and len(w.text) >= 2
            for w in (name_words or [head])
        )
        # "the Rev Ada Quill": a personal title between "the" and the name.
        titled = any(w.text.lower() in lexicon.honorifics for w in before)
        # "the neuroethologist Ines Albescu": a role in lower case before a given name.
        titled = titled or (
            any(w.text.islower() for w in before[1:])
            and bool(lexicon.given_name_gender(first.text.lower()))
        )
        if (the_first and not titled) or the_before_name or acronym:
            return SpeakerKind.ORGANIZATION  # the Kremlin, NATO, NHS North
        return SpeakerKind.PERSON
    if head_lemma in lexicon.anonymous_nouns or head_text in lexicon.anonymous_nouns:
        return SpeakerKind.ANONYMOUS
    if _indefinite_person(head, phrase_words, lexicon):
        return SpeakerKind.ANONYMOUS  # "one veteran docker said"
    if _one_of_people(head, phrase_words, lexicon):
        return SpeakerKind.ANONYMOUS
    return SpeakerKind.UNKNOWN


def _one_of_people(head: Word, phrase_words: list[Word], lexicon: Lexicon) -> bool:
    """ "One of the ship's two medics", "one of the officials": one unnamed person of a group."""
    if head.text.lower() != "one":
        return False
    people = lexicon.anonymous_nouns | lexicon.titles
    of_phrases = {w.head for w in phrase_words if w.text.lower() == "of" and w.deprel == "case"}
    return any(
        w.head == head.index
        and w.base_relation == "nmod"
        and w.index in of_phrases  # not "one of the churches on the list"
        # The form too: an unseen plural keeps its "s" as its lemma ("medics").
        and (
            {w.lemma.lower(), w.text.lower().removesuffix("s")} & people
            or _names_a_person(w, lexicon)
        )
        for w in phrase_words
    )


_INDEFINITE = frozenset({"a", "an", "one", "two", "three", "several", "some", "many"})
# Endings of nouns for people: "a docker", "two campaigners", "a former trustee".
_PERSON_SUFFIXES: tuple[str, ...] = (
    *("er", "ers", "or", "ors", "ist", "ists", "ian", "ians", "man", "men"),
    *("ee", "ees"),
)
_PLURAL_AGENTS = ("ers", "ors", "ists", "ians", "men", "ents")


def _indefinite_person(head: Word, phrase_words: list[Word], lexicon: Lexicon) -> bool:
    """An indefinite phrase headed by an agent or role noun ("a docker", "two campaigners",
    "a nurse at the hospital")."""
    starts = bool(phrase_words) and phrase_words[0].text.lower() in _INDEFINITE
    # "Forecasters warned", "survivors told rescuers": a bare plural is indefinite too.
    bare_plural = _plural(head) and not any(w.upos == "DET" for w in phrase_words)
    starts = starts or bare_plural
    agent = head.upos in ("NOUN", "PROPN") and _names_a_person(head, lexicon)
    return starts and agent


def _names_a_person(noun: Word, lexicon: Lexicon) -> bool:
    """A noun for a person: a title or role ("nurse", "judge") or an agent's ending ("docker",
    "campaigners", "trustee")."""
    return noun.text.lower().endswith(_PERSON_SUFFIXES) or noun.lemma.lower() in lexicon.titles


def _gender_of(words: list[Word], role: str, lexicon: Lexicon, given_name: str = "") -> str:
    """Gender evidence from titles and role nouns, then (weakest) a common given name. A
    possessor's words in the role say nothing of the person ("the Girl Maisie's deckhand"),
    nor do those of a relative clause in it ("a former sommelier who first ate her bread")."""
    own_role = _RELATIVE_CLAUSE.sub("", _ROLE_POSSESSOR.sub("", role))
    tokens = {w.text.lower() for w in words} | set(own_role.lower().split())
    if tokens & lexicon.female_words:
        return "f"
    if tokens & lexicon.male_words:
        return "m"
    return lexicon.given_name_gender(given_name)


def teaches_gender(word: Word, lexicon: Lexicon) -> bool:
    """A "his", "her", "him" or "herself", whose referent is usually its clause's subject; a
    "he" or "she" may be anyone named before ("X says she ...")."""
    text = word.text.lower()
    gendered = text in lexicon.male_pronouns or text in lexicon.female_pronouns
    return word.upos == "PRON" and gendered and text not in _SUBJECT_PRONOUNS


def pronoun_gender(word: Word, lexicon: Lexicon) -> str:
    text = word.text.lower()
    if text in lexicon.male_pronouns:
        return "m"
    if text in lexicon.female_pronouns:
        return "f"
    if text in lexicon.plural_pronouns:
        return "p"
    if text in lexicon.first_person_pronouns:
        return "1"
    if text in lexicon.neuter_pronouns:
        return "n"
    return ""


def promote_title_head(sentence: Sentence, head: Word, lexicon: Lexicon) -> Word:
    """For "Mayor Lena Fischer" parsed with the title as head, the name's last word is the head.

    English names are head-final, so when proper nouns follow the head and hang from it (or
    it from them), the last of that run is the real head.
    """
    # A compact tagger may call a title a verb ("Head coach Tadhg Ferriter described").
    if head.upos not in ("NOUN", "PROPN") and head.text.lower() not in lexicon.titles:
        return head
    following = list(sentence.words[head.index :])
    # "Student union president Jonah Berg": role nouns between the head and the name.
    roles = 0
    while roles < len(following) and _is_role_noun(sentence, following[roles], lexicon):
        roles += 1
    run: list[Word] = []
    for word in following[roles:]:
        if not run and word.text.lower() in lexicon.titles and word.text[:1].isupper():
            continue  # "pathologist Dr Ravindra Kallicharan": a title before the name
        if not is_proper(sentence, word) or word.text.lower() in lexicon.titles:
            break
        run.append(word)
    # "Club owner Gareth Pryce": a compact parser may hang the name from the role through
    # any of its words, or the role from any of them, or make both subjects of one verb.
    run_ids = {word.index for word in run}
    # "WI president Beryl Gathercole" as one flat run: the name hangs from the role noun.
    chain = {head.index} | {w.index for w in following[:roles] if w.head == head.index}
    siblings = bool(run) and run[0].head == head.head and run[0].deprel == head.deprel
    attached = (
        head.head in run_ids
        or any(word.head in chain for word in run)
        or (siblings and head.deprel.startswith("nsubj"))
    )
    if roles and not attached:
        return head
    if not attached and head.text.lower() not in lexicon.titles:
        return head
    return run[-1] if run else head


def _is_role_noun(sentence: Sentence, word: Word, lexicon: Lexicon) -> bool:
    """A lower-case title word ("chief executive": a compact tagger may call it ADJ)."""
    return (
        word.upos in ("NOUN", "ADJ")
        and word.text.lower() in lexicon.titles
        and not is_proper(sentence, word)
    )


_NAME_GIVEN_REACH = 8  # words from the noun to "who gave": "a man in a hi-vis jacket who"
_NAME_GIVING_VERBS = frozenset({"give", "identify", "introduce"})


def _name_given_as(sentence: Sentence, head: Word) -> Word | None:
    """ "a man in a hi-vis jacket who gave his name as Dale Whitlock", "a woman who identified
    herself only as Maria": the name the person gave, read by position after "as"."""
    for verb in sentence.words[head.index : head.index + _NAME_GIVEN_REACH]:
        relative = any(c.text.lower() == "who" for c in sentence.children(verb))
        if verb.upos != "VERB" or not relative or verb_lemma(verb) not in _NAME_GIVING_VERBS:
            continue
        following = sentence.words[verb.index : verb.index + 4]
        as_word = next((w for w in following if w.text.lower() == "as"), None)
        if as_word is None:
            return None
        run = leading_proper(sentence, sentence.words[as_word.index :])
        return run[-1] if run else None
    return None


def named_apposition(sentence: Sentence, head: Word) -> Word:
    """ "Helen Marsh, the shadow health secretary, said": a parse that makes the role the
    subject is turned back to the name just before the comma."""
    # "the chief executive" with "executive" tagged ADJ (its article may hang elsewhere).
    nominal_adjective = head.upos == "ADJ" and (
        any(k.deprel == "det" for k in sentence.children(head)) or head.text.lower() in _ROLE_NOUNS
    )
    # "one of the churches on the list, the churchwarden, Dennis Pruett, noted", with the
    # role hung from "one".
    one = head.upos == "NUM" and head.text.lower() == "one"
    # "Northmoor's head coach, Charlotte Ibbotson," with "coach" tagged a verb but NN.
    noun_tagged = head.xpos in ("NN", "NNS")
    nominal = head.upos in ("NOUN", "PROPN") or nominal_adjective or one or noun_tagged
    if not nominal or (is_proper(sentence, head) and head.text.lower() not in _ROLE_NOUNS):
        return head
    given = _name_given_as(sentence, head)
    if given is not None:
        return given
    # "the inquiry chairman, Sir Alan Roper" / "..., her nephew Rhys Willis": the role comes
    # first and the name stands in apposition, or right after the comma.
    for child in sentence.children(head):
        if child.deprel != "appos" and not _comma_conjunct_name(sentence, child):
            continue
        # The name's own words, not a second name joined to it ("Ruth Ellery and Graham
        # Tovey"): that one is a co-speaker.
        named = [
            w
            for w in sentence.subtree(child)
            if is_proper(sentence, w)
            # nor a description in apposition to a name ("..., a Republican from Kentucky").
            and (
                w is child
                or (
                    sentence.head_of(w) is child
                    and w.deprel != "conj"
                    and not (w.deprel == "appos" and is_proper(sentence, child))
                )
            )
        ]
        if named:
            return named[-1]
    words = mention_words(sentence, head)
    # "the county's director of public health, Dr Cyril Lane": the name may hang lower down.
    for word in sentence.subtree(head):
        if word.index > head.index and _comma_conjunct_name(sentence, word):
            named = [
                word,
                *(k for k in sentence.children(word) if k.deprel in ("flat", "flat:name")),
            ]
            proper = [w for w in named if is_proper(sentence, w)]
            if proper:
                return max(proper, key=lambda w: w.index)
    following = _name_after_comma(sentence, words[-1].index if words else head.index)
    if following is not None:
        return following
    # "The engineer who found the fault, Leon Marsh, said": the name after its clause.
    for clause in sentence.children(head):
        if not clause.deprel.startswith("acl") or clause.index < head.index:
            continue
        # The parse may hang the name itself from the clause: try each comma in it.
        for word in sentence.subtree(clause):
            following = _name_after_comma(sentence, word.index) if word.text != "," else None
            if following is not None:
                return following
    first = words[0].index if words else head.index
    last = words[-1].index if words else head.index
    # Set off by commas on both sides ("Helen Marsh, the shadow health secretary, said"), not
    # "in the journal Earth Systems Letters, the researchers wrote".
    set_off = last < len(sentence.words) and sentence.word(last + 1).text == ","
    if first >= 3 and sentence.word(first - 1).text == "," and set_off:
        candidate = sentence.word(first - 2)
        # "Within hours Fairway, its largest rival, said", "Fairway" tagged an adverb: a
        # capitalised word inside the sentence is a name whatever its tag.
        capitalised = (
            candidate.index > 1 and candidate.text[:1].isupper() and candidate.text.isalpha()
        )
        if is_proper(sentence, candidate) or capitalised:
            return candidate
    return head


def name_top(sentence: Sentence, word: Word) -> Word:
    """The word a name's parts hang from as flat ("Calle" for "Flores" in "Calle Isla de
    Flores", "teacher" for "Rahman" in "Retired teacher Rohani Abdul Rahman")."""
    while word.deprel in ("flat", "flat:name") and (up := sentence.head_of(word)) is not None:
        word = up
    return word


def first_conjunct(sentence: Sentence, word: Word) -> Word:
    """ "Ruth Ellery and Graham Tovey said" reached at Tovey: the first of the coordinated
    names speaks, and the others join it as co-speakers."""
    head = name_top(sentence, word)
    moved = False
    while head.deprel == "conj" and is_proper(sentence, head):
        first = sentence.head_of(head)
        if first is None or first.index > head.index or not is_proper(sentence, first):
            break
        # "in the journal Astrophysical Letters, Varga and Wierzbicki wrote": a name after a
        # preposition is no subject to coordinate with.
        if any(c.deprel == "case" for c in sentence.children(first)):
            break
        head, moved = first, True
    return head if moved else word


def _comma_conjunct_name(sentence: Sentence, word: Word) -> bool:
    """ "The study's lead author, Dr Sunniva Lykke, said": an apposition a parse made a
    conjunct, or hung from a noun inside the role ("The chair of the Growers' Union, Harriet
    Coombe,"): a name after a comma, with no "and"/"or" of its own."""
    return (
        word.deprel in ("conj", "appos")
        and any(
            is_proper(sentence, w)
            for w in [word, *sentence.children(word)]
            if w is word or w.deprel in _NAME_PART_RELATIONS
        )
        and word.index > 1
        and _after_comma(sentence, word)
        and not any(k.deprel == "cc" for k in sentence.children(word))
    )


_ROLE_BEFORE_NAME_WORDS = 3


def _after_comma(sentence: Sentence, word: Word) -> bool:
    """A comma right before the word, or before a few lower-case role words that lead up to
    it ("the meeting's host, foreign minister Adelheid Vorstrand")."""
    i = word.index - 1
    while (
        i > 1
        and word.index - i <= _ROLE_BEFORE_NAME_WORDS
        and sentence.word(i).upos in ("NOUN", "ADJ")
        and sentence.word(i).text.islower()
    ):
        i -= 1
    return i >= 1 and sentence.word(i).text == ","


def _role_after_comma(text: str, sentence: Sentence, head: Word, words: list[Word]) -> str:
    """ "said Karen Doyle, the regional secretary of the union": a role set off by a comma
    after a name, parsed as a second subject of the same verb."""
    if not words or not is_proper(sentence, head):
        return ""
    after = words[-1].index + 1
    if after > len(sentence.words) or sentence.word(after).text != ",":
        return ""
    inside = {w.index for w in words}
    top = next((w for w in words if w.head not in inside), head)
    governor = sentence.head_of(top)
    if governor is None:
        return ""
    for sibling in sentence.children(governor):
        if (
            sibling.index > after
            and sibling.deprel == top.deprel
            and sibling.upos == "NOUN"
            and sentence.subtree(sibling)[0].index <= after + 1
        ):
            return _as_written(text, trim_punct(sentence.subtree(sibling)))
    return ""


def _name_after_comma(sentence: Sentence, last: int) -> Word | None:
    """A proper-noun run set off by a comma right after a role, ending the phrase."""
    if last + 1 > len(sentence.words) or sentence.word(last + 1).text != ",":
        return None
    run = leading_proper(sentence, sentence.words[last + 1 :])
    end = run[-1].index if run else last + 1
    closes = end + 1 > len(sentence.words) or sentence.word(end + 1).upos == "PUNCT"
    return run[-1] if run and closes else None


def _noun_of_adjective(sentence: Sentence, head: Word) -> tuple[Word, list[Word]]:
    """ "Two people familiar with the talks said", parsed with "familiar" as the subject and
    "people" as its subject (or as its compound): the noun heads the mention, the adjective
    phrase stays in it."""
    parent = sentence.head_of(head)
    if (
        head.upos == "NOUN"
        and parent is not None
        and parent.upos == "ADJ"
        and parent.index == head.index + 1
    ):
        # "a person familiar with the talks" with the noun hung from the adjective.
        start = min(w.index for w in mention_words(sentence, head))
        return head, trim_punct([w for w in sentence.subtree(parent) if w.index >= start])
    if head.upos != "ADJ":
        return head, []
    for child in sentence.children(head):
        nominal = child.upos in ("NOUN", "PROPN")
        if nominal and child.deprel.startswith("nsubj") and child.index < head.index:
            return child, trim_punct(sentence.subtree(head))
    return head, []


def build_mention(
    text: str,
    sentence: Sentence,
    head: Word,
    lexicon: Lexicon,
    *,
    is_subject: bool = False,
    with_conjuncts: bool = True,
    before: Word | None = None,
) -> Mention:
    """The mention headed by ``head``; words from ``before`` on (its cue) never belong to it:
    "researchers at the institute reported", parsed with "reported" modifying them."""
    introducer = head  # the word the parse gave: "son" in "Her son, Ansel Dray, said"
    head, original, words = _head_and_words(sentence, head, lexicon)
    if before is not None and head.index < before.index:
        words = [w for w in words if w.index < before.index] or [head]
    run = _name_run(sentence, head, words)
    # "smallholder K.G. Somawathie", the role tagged a proper noun; a title ("captain Elena
    # Vasquez") is split off with the others below.
    while (
        len(run) > 1
        and _lowercase_common_word(sentence, run[0])
        and run[0].text not in lexicon.titles
    ):
        run = run[1:]
    run += _body_noun_after(sentence, run, lexicon)
    # "Crispin Aldergrove KC", "Ann Lee MP": letters after a name are no part of it.
    while len(run) > 1 and run[-1].text.rstrip(".") in _POST_NOMINALS:
        if head is run[-1]:
            head = run[-2]
        run = run[:-1]
    words = _leading_titles(sentence, head, _joined(words, run, head), lexicon) or [head]
    words = _with_stray_article(sentence, words)
    titles, name_words = _strip_titles(run, lexicon)
    if titles and " ".join(w.text.lower() for w in name_words) in lexicon.places:
        titles, name_words = [], run  # "Health Canada": no one's title before a country
    portfolio = None
    if head.index < len(sentence.words) - 1:
        portfolio = _title_of_portfolio(sentence, head, run, words, lexicon)
    if portfolio:
        titles, name_words = portfolio
    # "Sri Lanka Tea Board Chairman Niroshan Jayasekera" headed by "Board": the name after
    # the title is a person's, whatever body the title belongs to.
    titled_person = bool(titles) and len(name_words) > 1 and head.index < name_words[0].index
    kind = classify(
        name_words[-1] if titled_person else head,
        name_words,
        words,
        lexicon,
        proper=is_proper(sentence, head),
    )
    if any(w.text == "&" for w in run):
        kind = SpeakerKind.ORGANIZATION  # "Tremlett & Finch"
    if run and kind == SpeakerKind.ORGANIZATION:
        # "Interior Ministry", "Bank of England": title-like words belong to the name.
        titles, name_words = [], _organization_name(sentence, run, lexicon)
        words = _joined(words, name_words, head)
    # The role noun before the name: the parse's subject ("Her son, Ansel Dray, said") or,
    # by position, a role set off by a comma ("before the senior coroner for X, Ann Ives,").
    role = (
        _role(text, sentence, (head, original), words, name_words)
        or _role_before_name(sentence, introducer, name_words, lexicon)
        or _role_set_off_before(sentence, name_words, lexicon)
    )
    if portfolio and titles and role in _as_written(text, titles):
        role = _as_written(text, titles)  # "Judge of Appeal", not "Appeal"
    named = kind in (SpeakerKind.PERSON, SpeakerKind.ORGANIZATION, SpeakerKind.PLACE)
    name = _POSSESSIVE.sub("", _as_written(text, name_words if named and name_words else words))
    own_name = name_it_calls_itself(sentence, head)
    if own_name:
        name, kind = _as_written(text, own_name), SpeakerKind.ORGANIZATION
    span = Span(words[0].start, words[-1].end)
    # "Ambrose-Quayle" alone is a surname: a given name stands apart from the next word.
    spaced = len(name_words) > 1 and name_words[1].start > name_words[0].end
    given = name_words[0].text.lower() if spaced else ""
    mention = Mention(
        span=span,
        text=text[span.start : span.end],
        head=head,
        sentence=sentence.index,
        name=name.strip(),
        role=role,
        kind=kind,
        gender=_gender_of(titles + words, role, lexicon, given),
        is_pronoun=head.upos == "PRON",
        is_subject=is_subject,
    )
    if mention.is_pronoun:
        mention.gender = pronoun_gender(head, lexicon)
    mention.is_locative = _is_locative(sentence, head)
    mention.is_modifier = _modifies_a_noun(sentence, head)
    mention.alias = _bracketed_acronym(sentence, words[-1]) or _nickname_within(sentence, run)
    if kind == SpeakerKind.PERSON and name_words:
        # "Patricia Cheal, 61,", or "Minh Tran, a 27-year-old PhD student,".
        described = _AGE_IN_ROLE.search(role)
        mention.age = _age_after(sentence, name_words[-1]) or (
            int(described.group(1)) if described else None
        )
    mention.is_description = (
        kind == SpeakerKind.ORGANIZATION
        and not run
        and words[0].text.lower() == "the"
        and head.lemma.lower() in lexicon.organization_descriptions
    )
    mention.is_qualified = any(
        w.deprel == "compound" and w.head == head.index and w.upos == "NOUN" for w in words
    )
    if with_conjuncts and name_words and kind != SpeakerKind.UNKNOWN:
        mention.conjuncts = [
            build_mention(
                text, sentence, other, lexicon, is_subject=is_subject, with_conjuncts=False
            )
            for other in _conjunct_heads(sentence, head, run)
        ]
        _share_surname(mention, sentence, run)
    return mention


def _modifies_a_noun(sentence: Sentence, head: Word) -> bool:
    """ "the Europa terminal": the name is a compound on a common noun, a thing's name."""
    top = name_top(sentence, head)
    over = sentence.head_of(top)
    return top.deprel == "compound" and over is not None and over.upos == "NOUN"


def _is_locative(sentence: Sentence, head: Word) -> bool:
    """ "from Mirpur", "on Calle Isla de Flores": a name where someone is, at or comes from
    (the preposition hangs from the name's first word when the parse heads it so)."""
    return has_preposition(sentence, name_top(sentence, head), PLACE_PREPOSITIONS)


def _nickname_within(sentence: Sentence, run: list[Word]) -> str:
    """ "Tonyo" in 'Antonio “Tonyo” Ladaga': a quoted nickname inside a name, by which the
    article may call him later ("Mang Tonyo said")."""
    if len(run) < 2:
        return ""
    inside = {w.index for w in run}
    between = [
        w
        for w in sentence.words[run[0].index - 1 : run[-1].index]
        if w.index not in inside and w.text not in QUOTE_MARKS
    ]
    if not between or len(between) > 2 or not all(w.text[:1].isupper() for w in between):
        return ""
    return " ".join(w.text for w in between)


def _share_surname(mention: Mention, sentence: Sentence, run: list[Word]) -> None:
    """ "Kelsey and Brodie Whitmarsh said": a lone first name joined by "and" to a full name
    takes its surname."""
    if mention.kind != SpeakerKind.PERSON or len(run) != 1 or not mention.conjuncts:
        return
    other = mention.conjuncts[0]
    after = sentence.word_after(run[0])
    parts = other.name.split()
    if other.kind != SpeakerKind.PERSON or len(parts) < 2 or not after or after.text != "and":
        return
    # Not across a title: "Whalen and Coun. Fintan Ryan" are two people's usual references.
    second = sentence.word_after(after)
    if second is not None and second.text == parts[0]:
        mention.name = f"{mention.name} {parts[-1]}"


def _head_and_words(
    sentence: Sentence, head: Word, lexicon: Lexicon
) -> tuple[Word, Word, list[Word]]:
    """The mention's head after repairs (apposition, title as head), the word the parse gave
    (``original``), and the phrase's words around the head."""
    head = _past_time_stamp(sentence, head)
    head, phrase = _noun_of_adjective(sentence, head)
    # "Minister Margit Solberg and her predecessor, Anders Vik": a title with its own name
    # after it is that name's, whatever apposition the parse hung from it.
    titled = promote_title_head(sentence, head, lexicon) is not head
    original = head if titled else named_apposition(sentence, head)
    head = promote_title_head(sentence, original, lexicon)
    if head.upos == "PRON":
        return head, original, [head]
    merged = mention_words(sentence, original) + mention_words(sentence, head) + phrase
    return head, original, _joined([], merged, head)


_CLOCK_TIME = re.compile(r"\d{1,2}[:.]\d{2}")


def _past_time_stamp(sentence: Sentence, head: Word) -> Word:
    """ "16:45 Fiji and Samoa have said", a live blog's entry, with its time as the subject:
    the name after the time heads the phrase."""
    if head.index != 1 or head.upos != "NUM" or not _CLOCK_TIME.fullmatch(head.text):
        return head
    after = sentence.word_after(head)
    if after is not None and after.head == head.index and is_proper(sentence, after):
        return after
    return head


def name_it_calls_itself(sentence: Sentence, head: Word) -> list[Word]:
    """ "A group calling itself “NightMarrow”": the name a group gives itself."""
    for clause in sentence.children(head):
        if clause.deprel != "acl" or clause.text.lower() not in ("calling", "naming"):
            continue
        objects = [c for c in sentence.children(clause) if c.deprel in ("obj", "xcomp")]
        reflexive = any(c.text.lower() in ("itself", "themselves") for c in objects)
        names = [c for c in objects if is_proper(sentence, c)]
        if reflexive and names:
            return [w for w in sentence.subtree(names[0]) if w.text not in QUOTE_MARKS]
    return []


def _with_stray_article(sentence: Sentence, words: list[Word]) -> list[Word]:
    """ "the flight director announces", with "the" hung from the verb: an article right
    before a common noun phrase belongs to it."""
    before = sentence.word_before(words[0])
    common = words[0].upos in ("NOUN", "ADJ") and words[0].text.islower()
    if before is not None and before.upos == "DET" and before.text.lower() == "the" and common:
        return [before, *words]
    return words


def _joined(words: list[Word], more: list[Word], head: Word) -> list[Word]:
    """The words of both lists in sentence order, as one run around the head."""
    merged = sorted({w.index: w for w in words + more}.values(), key=lambda w: w.index)
    return contiguous_around(merged, head)


def _leading_titles(
    sentence: Sentence, head: Word, words: list[Word], lexicon: Lexicon
) -> list[Word]:
    """Titles before the name that the parse hung elsewhere: "Chief Inspector Yusuf Demir",
    "Health Secretary James Whitfield" (a title opening the sentence is capitalised)."""
    if head.upos == "PRON":
        return words
    first = words[0].index if words else head.index
    titles: list[Word] = []
    while (
        first > 1
        and sentence.word(first - 1).text.lower() in lexicon.titles
        and sentence.word(first - 1).text[:1].isupper()
    ):
        first -= 1
        titles.insert(0, sentence.word(first))
    return titles + words


def _role(
    text: str,
    sentence: Sentence,
    heads: tuple[Word, Word],
    words: list[Word],
    name_words: list[Word],
) -> str:
    """Title words before the name, and an apposition: "French President", "Jane Doe, a
    spokeswoman for the ministry"."""
    head, original = heads
    head_pos = words.index(head) if head in words else len(words) - 1
    inside_name = range(name_words[0].index, name_words[-1].index) if name_words else range(0)
    before = [
        w
        for w in words[:head_pos]
        if w not in name_words
        and w.deprel != "det"
        and w.index not in inside_name  # a nickname: Colm “Lightning” Fahey
        and w.text not in QUOTE_MARKS
    ]
    while before and before[0].deprel == "case":
        before = before[1:]  # "with 21-year-old replacement winger Apisalome Vunivalu"
    # As written, so an age keeps its hyphens ("21-year-old").
    role = _as_written(text, before) if name_words and before else ""
    if name_words and not before:
        positional = _role_nouns_before(sentence, name_words[0])
        role = _as_written(text, positional) if positional else ""
    appos = (
        apposition_role(text, sentence, head)
        or apposition_role(text, sentence, original)
        or _apposition_to_phrase_root(text, sentence, words)
        or _role_after_comma(text, sentence, head, words)
    )
    if not appos and name_words:
        appos = _role_after_age(text, sentence, name_words[-1])
    # "Tomasz Wierzbicki, 31,": an age; "Victor Hallam, whose trial opens ...": a clause;
    # "the Bengaluru Rapid Rail Corporation (BRRC)": another name; "on Calle Isla de Flores,
    # in the old neighbourhood of Barrio Sur": a place.
    other_name = bool(_ACRONYM.fullmatch(appos))
    if (
        appos
        and not appos.isdigit()
        and appos.split()[0].lower() not in _WH_WORDS | PLACE_PREPOSITIONS
        and not other_name
    ):
        role = f"{role}, {appos}".strip(", ") if role else appos
    return role


def _role_after_age(text: str, sentence: Sentence, last: Word) -> str:
    """ "Rhiannon Pryce, 67, a retired headteacher whose old school ...", with the noun parsed
    into the clause after it: read by position, the noun phrase after the age, to its noun."""
    if _age_after(sentence, last) is None or last.index + 4 > len(sentence.words):
        return ""
    phrase: list[Word] = []
    for word in sentence.words[last.index + 3 :]:
        article = word.upos == "DET" and not phrase
        modifier = word.upos in ("ADJ", "NOUN") or (word.upos == "VERB" and word.xpos == "VBN")
        if not (article or modifier):
            break
        phrase.append(word)
    if not phrase or phrase[-1].upos != "NOUN" or not phrase[-1].text.islower():
        return ""
    return _as_written(text, phrase)


def _role_nouns_before(sentence: Sentence, first: Word) -> list[Word]:
    """ "Television gardener Rosamund Ambrose-Quayle", "22-year-old substitute Idris Okonjo",
    with the parse hanging the role from another word of the name: the nouns and adjectives
    right before the name (and words joined to them by hyphens), read by position, when a
    singular common noun that is no time ends them ("on Friday morning Nell Gorringe")."""
    run: list[Word] = []
    for j in range(first.index - 1, 0, -1):
        word = sentence.word(j)
        joined = bool(run) and _touches(word, run[0])
        if not joined and (word.upos not in ("NOUN", "PROPN", "ADJ") or word.text in QUOTE_MARKS):
            break
        run.insert(0, word)
    while run and run[0].index > 1 and _touches(sentence.word(run[0].index - 1), run[0]):
        run.insert(0, sentence.word(run[0].index - 1))  # "22-" before "year-old"
    last = run[-1] if run else None
    if last is None or last.upos != "NOUN" or not last.text.islower():
        return []
    if last.xpos == "NNS" or last.text.lower() in _NOT_NAMES | _TIME_NOUNS:
        return []
    return run


def _touches(word: Word, following: Word) -> bool:
    """``word`` is written against ``following``, no space between ("22-year", "co-op")."""
    return word.end == following.start and word is not following


_TIME_NOUNS = frozenset(
    {"morning", "afternoon", "evening", "night", "week", "weekend", "month", "year", "today"}
)


_AGE_DESCRIPTION = re.compile(r"the (\d{1,3})-year-old")
_AGE_IN_ROLE = re.compile(r"\b(\d{1,3})-year-old\b")


def _age_after(sentence: Sentence, last: Word) -> int | None:
    """ "Patricia Cheal, 61, said": an age set off by commas right after a name."""
    i = last.index
    if i + 2 > len(sentence.words) or sentence.word(i + 1).text != ",":
        return None
    number = sentence.word(i + 2)
    closes = i + 3 > len(sentence.words) or sentence.word(i + 3).text in (",", ".", ";")
    if number.text.isdigit() and 0 < int(number.text) < 120 and closes:
        return int(number.text)
    return None


def _role_before_name(
    sentence: Sentence, introducer: Word, name_words: list[Word], lexicon: Lexicon
) -> str:
    """ "Her son, Ansel Dray, said": the role noun the parse made the subject, before the
    name it introduces (no possessive: "her" is not the son's gender)."""
    if not name_words or introducer.upos != "NOUN" or introducer.index >= name_words[0].index:
        return ""
    noun = introducer.text.lower()
    gendered = noun in lexicon.female_words or noun in lexicon.male_words
    if noun not in lexicon.titles and not gendered:
        return ""  # "The operator, Corrigan Buses, said": not a person's role
    role = [
        w
        for w in mention_words(sentence, introducer)
        if w.index < name_words[0].index and w.upos not in ("DET", "PUNCT", "PRON", "PART")
    ]
    return " ".join(w.text for w in role)


def _role_set_off_before(sentence: Sentence, name_words: list[Word], lexicon: Lexicon) -> str:
    """ "the senior coroner for Castlebrook, Margaret Iveson,": a title noun in the phrase
    right before the name's comma, read by position whatever the parse hung the name from."""
    first = name_words[0].index if name_words else 0
    if first < 3 or sentence.word(first - 1).text != ",":
        return ""
    for j in range(first - 2, 0, -1):
        word = sentence.word(j)
        if word.upos in ("VERB", "AUX", "PUNCT", "CCONJ", "PRON"):
            return ""
        # Another name ends the phrase, unless a preposition takes it ("coroner for X").
        if word.upos == "PROPN" and (j == 1 or sentence.word(j - 1).upos != "ADP"):
            return ""
        if word.upos == "NOUN" and word.text.lower() in lexicon.titles:
            start = j
            while start > 1 and sentence.word(start - 1).upos in ("ADJ", "NOUN"):
                start -= 1
            return " ".join(sentence.word(k).text for k in range(start, first - 1))
    return ""


_CONJUNCT_REACH = 4  # words between "and" and the next name: "and police chief Omar Haddad"


def _conjunct_heads(sentence: Sentence, head: Word, run: list[Word]) -> list[Word]:
    """Names coordinated with the head: its proper-noun conj dependents, and a name after
    "and" right behind the head's own name even where the parse missed the coordination."""
    found = {
        c.index: c
        for c in sentence.children(head)
        if c.deprel == "conj"
        and c.index > head.index
        and is_proper(sentence, c)
        and c not in run  # "Tremlett & Finch" is one name
    }
    last = (run[-1] if run else head).index
    if last < len(sentence.words) and sentence.word(last + 1).text.lower() == "and":
        j = last + 2
        while j <= min(len(sentence.words), last + 1 + _CONJUNCT_REACH):
            word = sentence.word(j)
            if is_proper(sentence, word):
                found.setdefault(word.index, word)
                break
            if word.upos not in ("DET", "ADJ", "NOUN"):
                break
            j += 1
    ends = [_last_of_run(sentence, word) for word in found.values()]
    heads = {end.index: end for end in ends if end.index != head.index}
    return [heads[index] for index in sorted(heads)]


def _last_of_run(sentence: Sentence, word: Word) -> Word:
    while word.index < len(sentence.words) and is_proper(sentence, sentence.word(word.index + 1)):
        word = sentence.word(word.index + 1)
    return word


def _as_written(text: str, words: list[Word]) -> str:
    """The words as the text spells them ("O'Neill", not "O' Neill"), spaces collapsed; a gap
    between them (a nickname left out) becomes one space."""
    pieces: list[list[Word]] = [[words[0]]]
    for word in words[1:]:
        if word.index == pieces[-1][-1].index + 1:
            pieces[-1].append(word)
        else:
            pieces.append([word])
    return " ".join(" ".join(text[p[0].start : p[-1].end].split()) for p in pieces)


def _times_mentioned(entity: Entity, before: int | None = None) -> int:
    """How many places mention the entity (before offset ``before``, when given)."""
    return len({m.span.start for m in entity.mentions if before is None or m.span.start < before})


def _looks_named(entity: Entity) -> bool:
    """Some sign that a person is meant: a full name, a gender, role or age, or a name written
    with a capital mid-sentence. A single capitalised word only ever opening sentences
    ("Turnout was 38.2 per cent", tagged a proper noun) shows none."""
    if entity.kind != SpeakerKind.PERSON or entity.gender or entity.role or entity.age:
        return True
    return len(entity.name.split()) >= 2 or any(m.head.index > 1 for m in entity.mentions)


def _one_person(mention: Mention, entity: Entity) -> bool:
    """ "harbour master Pieter Claessens" (a surname ending in "s" may be tagged plural): a
    full name with a role, gender or age names one person."""
    full_name = mention.head.upos == "PROPN" and len(mention.name.split()) >= 2
    return full_name and bool(entity.role or entity.gender or entity.age)


def _plural(word: Word) -> bool:
    return word.feat("Number") == "Plur" or word.xpos in ("NNS", "NNPS")


@lru_cache(maxsize=4096)
def _key(name: str) -> str:
    lowered = name.lower().removeprefix("the ").strip()
    return re.sub(r"\s+", " ", lowered)


def _role_words(role: str) -> set[str]:
    words = set(role.lower().replace(",", " ").split())
    return words | {_ROLE_SYNONYMS[w] for w in words if w in _ROLE_SYNONYMS}


def _no_sign_of_a_person(entity: Entity, lexicon: Lexicon) -> bool:
    """A name with nothing to show it names a person: no title, role, gender, known given
    name or age ("Inverdorran", "Lower Quenby")."""
    return entity.age is None and _maybe_organization(entity, lexicon)


def _maybe_organization(entity: Entity, lexicon: Lexicon) -> bool:
    """A "person" with no evidence of being one: no title, role, gender or known given
    name. Two capitalised words ("Skyline Air") may as well be an organisation's name."""
    if entity.kind != SpeakerKind.PERSON or entity.gender or entity.role:
        return False
    return not lexicon.is_given_name(_key(entity.name).split()[0])


_ACRONYM = re.compile(r"[A-Z]{2,6}")
_ACRONYM_FILLERS = frozenset({"of", "the", "and", "for", "&"})


def _bracketed_acronym(sentence: Sentence, last: Word) -> str:
    """ "UCI" after "The International Cycling Union (UCI)", whatever its letters."""
    after = list(sentence.words[last.index : last.index + 3])
    if [w.text for w in after[::2]] != ["(", ")"] or not _ACRONYM.fullmatch(after[1].text):
        return ""
    return after[1].text


def _spelt_out(acronym: str, text: str) -> str:
    """The words right before "(ACRONYM)" in ``text`` whose initials spell it, or ""."""
    match = re.search(rf"((?:[\w’'-]+ ){{1,8}})\({re.escape(acronym)}\)", text)
    if match is None:
        return ""
    words = match.group(1).split()
    for start in range(len(words) - 1, -1, -1):
        phrase = " ".join(words[start:])
        if _acronym_of(acronym, phrase) and words[start].lower() not in _ACRONYM_FILLERS:
            return phrase
    return ""


def _acronym_of(short: str, name: str) -> bool:
    """ "BRRC" for "Bengaluru Rapid Rail Corporation", "DOC" for "Department of Conservation":
    the initials of the name's words, with or without its small words."""
    if not _ACRONYM.fullmatch(short):
        return False
    every = name.split()
    main = [w for w in every if w.lower() not in _ACRONYM_FILLERS]
    return any(
        len(words) == len(short)
        and all(w[:1].upper() == letter for w, letter in zip(words, short, strict=True))
        for words in (main, every)
    )


# "the authors" after "researchers at the Drisdale Eye Institute", "the researchers" after
# "an international team of scientists": one research group, named by any of these.
_RESEARCH_GROUP = frozenset({"researcher", "scientist", "author", "team", "investigator"})


def _research_group(noun: str) -> str:
    singular = noun.removesuffix("s")
    return "researcher" if singular in _RESEARCH_GROUP else noun


class EntityRegistry:
    """Clusters mentions into speakers: full name, surname and pronouns become one entity."""

    def __init__(
        self,
        lexicon: Lexicon,
        quoted_sentences: Iterable[int] = (),
        marked_sentences: Iterable[int] = (),
        sentence_paragraphs: Sequence[int] = (),
    ) -> None:
        self._lexicon = lexicon
        self._paragraphs = sentence_paragraphs  # each sentence's paragraph, by index
        # Sentences wholly inside quotation marks: a long quote before "she says" does not
        # put the person it is about out of a pronoun's reach. ``marked_sentences`` counts
        # the marks too ("‘I heard the engine." opens on its mark).
        self._quoted = sorted(set(quoted_sentences))
        self._marked = sorted(set(marked_sentences))
        self.entities: list[Entity] = []
        self._history: list[tuple[Mention, Entity]] = []  # named mentions in text order
        # Pronouns resolved so far, in the order they were resolved.
        self._resolved_pronouns: list[tuple[Mention, Entity]] = []

    def _gap(self, later: int, earlier: int, quoted: list[int] | None = None) -> int:
        """Sentences from ``earlier`` to ``later``, not counting those wholly quoted."""
        inside = self._quoted if quoted is None else quoted
        skipped = bisect.bisect_right(inside, later) - bisect.bisect_right(inside, earlier)
        return later - earlier - skipped

    def observe(self, mention: Mention) -> Entity | None:
        """Record a named (non-pronoun) mention that may later be referred back to."""
        # "the 61-year-old", "the judge", a surname tagged a common noun: someone named before.
        antecedents = (
            self._age_antecedent,
            self._role_antecedent,
            self._surname_antecedent,
            self._unlisted_anonymous_antecedent,
            self._subject_just_before,
        )
        for antecedent in antecedents:
            earlier = antecedent(mention)
            if earlier is not None:
                self.link(mention, earlier)
                # "the 34-year-old says. She recalls": the description is the latest mention.
                self._history.append((mention, earlier))
                return earlier
        if mention.is_pronoun or mention.kind == SpeakerKind.UNKNOWN:
            return None
        if mention.name.lower().startswith(_POSSESSIVE_PRONOUNS):
            return None  # "its board": part of a body named elsewhere, not a name to refer to
        entity = self._antecedent(mention) if mention.is_description else None
        if entity is not None:
            self.link(mention, entity)
            return entity
        entity = self._match(mention)
        if entity is None:
            entity = Entity(
                name=mention.name, kind=mention.kind, role=mention.role, gender=mention.gender
            )
            self.entities.append(entity)
        elif len(mention.name) > len(entity.name) and mention.kind == entity.kind:
            entity.name = mention.name  # keep the fullest form as the canonical name
        elif entity.name.isupper() and not mention.name.isupper():
            # "GERALD FINCH-ORMSBY" spelt out in capitals, then "Gerald Finch-Ormsby, 83": the
            # written name, and what it was found to be.
            entity.name, entity.kind = mention.name, mention.kind
        if mention.role and not entity.role:
            entity.role = mention.role
        if mention.gender and not entity.gender:
            entity.gender = mention.gender
        if mention.age is not None and entity.age is None:
            entity.age = mention.age
        if mention not in entity.mentions:
            entity.mentions.append(mention)
        if mention.alias:
            entity.aliases.add(mention.alias)
        entity.last_sentence = max(entity.last_sentence, mention.sentence)
        self._history.append((mention, entity))
        return entity

    def _match(self, mention: Mention) -> Entity | None:
        key = _key(mention.name)
        if mention.kind == SpeakerKind.ANONYMOUS:
            for entity in self.entities:
                if entity.kind == SpeakerKind.ANONYMOUS and _key(entity.name) == key:
                    return entity
            return self._anonymous_antecedent(mention)
        tokens = key.split()
        candidates = []
        for entity in self.entities:
            if entity.kind in (SpeakerKind.ANONYMOUS, SpeakerKind.UNKNOWN):
                continue
            if mention.name in entity.aliases:
                return entity
            other = _key(entity.name).split()
            if other == tokens:
                return entity
            # "Corrib Mutual" for "Corrib Mutual Bank", "Tremlett" for "Tremlett & Finch".
            if (
                entity.kind == SpeakerKind.ORGANIZATION
                and mention.kind in (SpeakerKind.PERSON, SpeakerKind.ORGANIZATION)
                and len(tokens) < len(other)
                and other[: len(tokens)] == tokens
            ):
                candidates.append(entity)
                continue
            if self._short_form(mention, tokens, entity, other):
                candidates.append(entity)
                continue
            if _acronym_of(mention.name, entity.name) or _acronym_of(entity.name, mention.name):
                candidates.append(entity)
                continue
            if mention.kind == SpeakerKind.PERSON and entity.kind == SpeakerKind.PERSON:
                shorter, longer = (tokens, other) if len(tokens) < len(other) else (other, tokens)
                # "Macron" names "Emmanuel Macron": a surname (or first name) of a longer name;
                # "Arancibia" names "Ximena Arancibia Roldán" and "Vargas" "Julián Andrés
                # Vargas Ruiz": the first of two surnames.
                paternal = len(longer) >= 3 and shorter == longer[-2:-1]
                if shorter and (
                    longer[-len(shorter) :] == shorter
                    or longer[: len(shorter)] == shorter
                    or paternal
                ):
                    candidates.append(entity)
        # Two Brennans: the one the article is about (mentioned most), else the one mentioned
        # last.
        return (
            max(candidates, key=lambda e: (_times_mentioned(e), e.last_sentence))
            if candidates
            else None
        )

    def _short_form(
        self, mention: Mention, tokens: list[str], entity: Entity, other: list[str]
    ) -> bool:
        """ "the Clarion" for "the Northern Clarion": one distinctive word that ends an
        organisation's longer name ("the Council" is not "Lowick District Council")."""
        return (
            entity.kind == SpeakerKind.ORGANIZATION
            and mention.kind == SpeakerKind.ORGANIZATION
            and len(tokens) == 1
            and len(other) > 1
            and other[-1] == tokens[0]
            and tokens[0] not in self._lexicon.organization_heads
        )

    def _age_antecedent(self, mention: Mention) -> Entity | None:
        """ "said the 61-year-old" after "Patricia Cheal, 61,": the latest person of that age."""
        match = _AGE_DESCRIPTION.fullmatch(mention.text.lower())
        if mention.is_pronoun or match is None:
            return None
        age = int(match.group(1))
        earlier_ones = [
            (earlier, entity)
            for earlier, entity in reversed(self._history)
            if earlier.span.start < mention.span.start
        ]
        for _, entity in earlier_ones:
            if entity.age == age:
                return entity
        # No one was given that age: the latest person of unknown age nearby, a subject
        # first ("Radek Sowinski conceded ... "...," the 41-year-old told reporters"), never
        # a place ("at Marsh Street Park"). A person last named further back counts when a
        # pronoun kept them in the story ("Saskia Brennan ... ', she says").
        kept_by_pronouns = [
            (earlier, entity)
            for earlier, entity in reversed(self._resolved_pronouns)
            if earlier.span.start < mention.span.start
        ]
        nearby = [
            (earlier, entity)
            for earlier, entity in [*earlier_ones, *kept_by_pronouns]
            if self._gap(mention.sentence, earlier.sentence) <= _RECENCY_WINDOW
            and entity.kind == SpeakerKind.PERSON
            and entity.age is None
            and not (earlier.is_locative and _no_sign_of_a_person(entity, self._lexicon))
        ]
        subjects = [entity for earlier, entity in nearby if earlier.is_subject]
        if subjects:
            return subjects[0]
        return nearby[0][1] if nearby else None

    def _surname_antecedent(self, mention: Mention) -> Entity | None:
        """ "Wilmerding, 58, said" after "Octavian Wilmerding": an unfamiliar surname opening a
        sentence is often tagged a common noun, so the mention is of no known kind; one
        capitalized word that ends an earlier person's name is that person."""
        word = mention.name
        if mention.is_pronoun or mention.kind != SpeakerKind.UNKNOWN or " " in word:
            return None
        if not word[:1].isupper():
            return None
        for _, entity in reversed(self._history):
            if entity.kind == SpeakerKind.PERSON and entity.name.split()[-1] == word:
                return entity
        return None

    def _role_antecedent(self, mention: Mention) -> Entity | None:
        """ "The judge said" after "Employment Judge Osgood Trevethick": a definite role noun
        with no name refers back to the latest person whose role holds it."""
        noun = mention.head.lemma.lower()
        # "the Cabinet Secretary said" after "Transport Cabinet Secretary Halima Wario Abdi":
        # a capitalised title with no name is a role too.
        titled = (
            mention.kind in (SpeakerKind.PERSON, SpeakerKind.ORGANIZATION)
            and noun in self._lexicon.titles
        )
        if (
            mention.is_pronoun
            # "Her father admitted" after "Her father, Yann Le Goff, ...".
            or not mention.text.lower().startswith(("the ", "her ", "his "))
            or (mention.kind not in (SpeakerKind.UNKNOWN, SpeakerKind.ANONYMOUS) and not titled)
            # "the gardener" after "Television gardener Rosamund Ambrose-Quayle".
            or not _names_a_person(mention.head, self._lexicon)
        ):
            return None
        for earlier, entity in reversed(self._history):
            if self._gap(mention.sentence, earlier.sentence) > _RECENCY_WINDOW:
                break
            if entity.kind == SpeakerKind.PERSON and _role_words(noun) & _role_words(entity.role):
                return entity
        return None

    def _subject_just_before(self, description: Mention) -> Entity | None:
        """ "Brenn had the last word. Asked whether ..., the designer replied": a singular
        "the NOUN" for a person, whose role no one holds and who is no unnamed source named
        before, is the person who was the subject of a sentence just before it."""
        if description.is_pronoun or not _names_a_person(description.head, self._lexicon):
            return None
        if description.head.deprel.endswith(":pass"):
            return None  # "the roster had been agreed": what is done, not who does it
        words = description.text.lower().split()
        # Not "the former trustee" (an unnamed source) nor "the owner of a cafe on ...";
        # "the farmer" (a noun for unnamed sources) when no unnamed farmer came before it.
        bare = description.kind == SpeakerKind.UNKNOWN and len(words) <= 3
        bare = bare or (
            description.kind == SpeakerKind.ANONYMOUS
            and len(words) == 2
            and self._anonymous_antecedent(description) is None
        )
        if words[0] != "the" or not bare or _plural(description.head):
            return None
        for earlier, entity in reversed(self._history):
            gap = self._gap(description.sentence, earlier.sentence)
            if gap > _DESCRIPTION_REACH:
                break
            if gap > 0 and earlier.is_subject and entity.kind == SpeakerKind.PERSON:
                return entity
        return None

    def _unlisted_anonymous_antecedent(self, mention: Mention) -> Entity | None:
        """ "the engineer said" after "one Quillfern engineer": a definite noun the lexicon
        does not list as anonymous still refers back to an anonymous source with its noun."""
        if mention.is_pronoun or mention.kind != SpeakerKind.UNKNOWN:
            return None
        if mention.head.upos != "NOUN":
            return None
        return self._anonymous_antecedent(mention)

    def _anonymous_antecedent(self, mention: Mention) -> Entity | None:
        """ "the source said" after "a senior Saltcoombe source": a definite anonymous
        mention is the latest earlier one with the same head noun."""
        if not mention.text.lower().startswith("the "):
            return None
        noun = _research_group(mention.head.lemma.lower())
        for earlier, entity in reversed(self._history):
            group = _research_group(earlier.head.lemma.lower())
            # "an international team of scientists" is taken for a body; still a group.
            team = entity.kind == SpeakerKind.ORGANIZATION and group == "researcher"
            if (
                (entity.kind == SpeakerKind.ANONYMOUS or team)
                and group == noun
                and earlier.span.start < mention.span.start
                and self._gap(mention.sentence, earlier.sentence) <= _RECENCY_WINDOW
            ):
                return entity
        return None

    def _antecedent(self, description: Mention) -> Entity | None:
        """The named organisation "the company" refers to: the nearest one before it, or
        the nearest whose name holds the same noun ("the council": "Brent Council")."""
        noun = description.head.lemma.lower()
        qualifiers = (
            set(description.text.lower().split()[1:-1]) if description.is_qualified else set()
        )
        nearest: Entity | None = None
        # The subject of an earlier clause before a name in passing: "Halden Mining will
        # shut its smelter in Ashby Vale, the company said".
        nearest_subject: Entity | None = None
        for mention, entity in reversed(self._history):
            if (
                mention.span.start >= description.span.start
                or entity.name == entity.name.lower()  # itself a description, not a name
            ):
                continue
            words = _key(entity.name).split()
            # A name that holds the noun is meant however far back it was ("the journal":
            # "the Nordic Journal of Nephrology", five paragraphs up).
            named_by = {noun} | _DESCRIBED_BY.get(noun, frozenset())
            if entity.kind == SpeakerKind.ORGANIZATION and named_by & set(words):
                return entity
            # "the airport": "Brelmouth Airport", taken for a place (or a person) where it
            # was named.
            maybe_body = _maybe_organization(entity, self._lexicon)
            if (
                noun in words
                and len(words) > 1
                and (entity.kind == SpeakerKind.PLACE or maybe_body)
            ):
                entity.kind = SpeakerKind.ORGANIZATION
                return entity
            # "the water company": "Wyvern Water", a name that holds its qualifier.
            # (or its plural: "the network operator": "Northvale Power Networks")
            singular = {w.removesuffix("s") for w in words}
            if qualifiers & (set(words) | singular) and (
                entity.kind == SpeakerKind.ORGANIZATION or maybe_body
            ):
                entity.kind = SpeakerKind.ORGANIZATION
                return entity
            newspaper = noun in _PAPER_NOUNS and words[-1] in self._lexicon.newspaper_names
            if entity.kind == SpeakerKind.ORGANIZATION and newspaper:
                return entity
            if self._gap(description.sentence, mention.sentence) > _RECENCY_WINDOW:
                continue
            # "Skyline Air" may be "the airline"; "Student Union" is not "the university".
            typed = any(word in self._lexicon.organization_heads for word in words)
            # "Shamsun Nahar, from Mirpur": a name only met as where someone is from or at.
            placed = mention.is_locative and entity.kind != SpeakerKind.ORGANIZATION
            if (
                not typed
                and not placed
                and not description.is_qualified
                and (
                    entity.kind == SpeakerKind.ORGANIZATION
                    or _maybe_organization(entity, self._lexicon)
                )
            ):
                nearest = nearest or entity
                if mention.is_subject:
                    nearest_subject = nearest_subject or entity
        nearest = nearest_subject or nearest
        if nearest is not None:
            nearest.kind = SpeakerKind.ORGANIZATION  # "Skyline Air ... the airline said"
        return nearest

    def resolve_pronoun(
        self, pronoun: Mention, named_in_quote: frozenset[str] = frozenset()
    ) -> Entity | None:
        """Pick the entity a pronoun refers to (see the module docstring). No one speaks of
        themselves by name: a person named in the quotation beside the pronoun ("'Pádraigín
        would be the first to tell you ...,' she said") is not who it means."""
        gender = pronoun.gender
        if gender == "1" or not gender:
            return None
        best: tuple[float, Entity] | None = None
        candidates = [
            (rank, mention, entity)
            for rank, mention, entity in self._candidates(pronoun)
            if not named_in_quote & set(_key(entity.name).split())
        ]
        # A person kept in reach only by an earlier pronoun is a fallback for when no one
        # named in the window is known to fit ("Rupert Stannard ... He later wrote").
        named_fit = any(not m.is_pronoun and e.gender == gender for _, m, e in candidates)
        if named_fit:
            candidates = [c for c in candidates if not c[1].is_pronoun]
        candidates = self._paragraph_newcomer_first(pronoun, candidates)
        fitting_sentences = {
            m.sentence for _, m, e in candidates if e.gender == gender and m.is_speaker
        }
        for rank, mention, entity in candidates:
            score = 1.0 / rank
            # A speaker weighs more only while still in the story (two sentences).
            recent = self._gap(pronoun.sentence, mention.sentence) <= _SPEAKER_REACH
            score += 0.5 if mention.is_speaker and recent else 0.0
            score += _SUBJECT_SALIENCE if mention.is_subject else 0.0
            score += _SAME_GENDER if entity.gender == gender else 0.0
            # "Jamie Fairbairn, 23, was pulled from the water. '...,' he said": the subject of
            # the sentence just before, a person whose given name no list knows, may fit as
            # well as someone named further back who is known to (not as well as a person
            # kept in the story by pronouns alone: "«...,» she said. ... Hervé Santoni
            # praised the winner. «...,» she said").
            just_before = self._gap(pronoun.sentence, mention.sentence, self._marked) <= 1
            unknown = not entity.gender and entity.kind == SpeakerKind.PERSON
            # Not against a speaker known to fit in that same sentence ("Brandsdóttir and
            # Pálsson later told ... She warned").
            rival = mention.sentence in fitting_sentences
            if named_fit and unknown and mention.is_subject and just_before and not rival:
                score += _SAME_GENDER
            if best is None or score > best[0]:
                best = (score, entity)
        if best is None:
            return self._principal_person(pronoun)
        entity = best[1]
        if gender == "n" and entity.kind == SpeakerKind.PERSON:
            entity.kind = SpeakerKind.ORGANIZATION  # "Halvorsen Shipping ... It said"
        # A pronoun with a single fitting candidate tells us that person's gender.
        if not entity.gender and gender in ("m", "f") and entity.kind == SpeakerKind.PERSON:
            entity.gender = gender
        return entity

    def _paragraph(self, sentence: int) -> int:
        inside = 0 <= sentence < len(self._paragraphs)
        return self._paragraphs[sentence] if inside else -1

    def _paragraph_newcomer_first(
        self, pronoun: Mention, candidates: list[tuple[int, Mention, Entity]]
    ) -> list[tuple[int, Mention, Entity]]:
        """ "... passing Bjorn Aakervik in the dark. He finished three hours back": a person
        of unknown gender with a full name, named in the sentence just before in the pronoun's
        own paragraph, outranks everyone known to fit who was last named in an earlier
        paragraph (a writer going back to them would name them again)."""
        paragraph = self._paragraph(pronoun.sentence)
        if paragraph < 0:
            return candidates

        def here(mention: Mention) -> bool:
            return self._paragraph(mention.sentence) == paragraph

        newcomers = [
            (rank, mention, entity)
            for rank, mention, entity in candidates
            if here(mention)
            and not entity.gender
            and entity.kind == SpeakerKind.PERSON
            and len(entity.name.split()) >= 2
            and self._gap(pronoun.sentence, mention.sentence, self._marked) <= 1
        ]
        fits_here = any(here(m) and e.gender == pronoun.gender for _, m, e in candidates)
        return candidates if fits_here or not newcomers else newcomers

    def _principal_person(self, pronoun: Mention) -> Entity | None:
        """No one in reach: "Asked whether he will ever stop, he laughs. «...,» he says" at
        the end of a profile means its subject, the person of the pronoun's gender mentioned
        most often before it (at least three times; of two as often, the one named first)."""
        if pronoun.gender not in ("m", "f") or _plural(pronoun.head):
            return None
        ranked: list[tuple[int, int, Entity]] = []
        for entity in self.entities:
            if entity.kind != SpeakerKind.PERSON or entity.gender != pronoun.gender:
                continue
            times = _times_mentioned(entity, before=pronoun.span.start)
            if times >= _PRINCIPAL_MENTIONS:
                first = min(m.span.start for m in entity.mentions)
                ranked.append((times, -first, entity))
        return max(ranked, key=lambda r: r[:2])[2] if ranked else None

    def learn_gender(self, pronoun: Mention) -> None:
        """ "Kieran Doyle kept his title": a pronoun that teaches a gender (``teaches_gender``)
        whose only fitting candidate is the subject of its own sentence gives that person, of
        unknown gender, the pronoun's gender."""
        if not teaches_gender(pronoun.head, self._lexicon):
            return
        fitting = list(self._candidates(pronoun))
        if len(fitting) != 1:
            return
        _, mention, entity = fitting[0]
        same_subject = mention.sentence == pronoun.sentence and mention.is_subject
        if same_subject and entity.kind == SpeakerKind.PERSON and not entity.gender:
            entity.gender = pronoun.gender

    def _candidates(self, pronoun: Mention) -> Iterable[tuple[int, Mention, Entity]]:
        """The entities a pronoun may refer to, nearest first, each with its rank among all
        the entities mentioned before it in the window (fitting or not) and its latest
        mention there."""
        gender = pronoun.gender
        seen: set[int] = set()
        # Named mentions first, nearest first; then, ranked after them, people last named
        # further back whom a resolved pronoun kept in the story ("she said ... she said").
        mentions = [*reversed(self._history), *reversed(self._resolved_pronouns)]
        for mention, entity in mentions:
            if (
                self._gap(pronoun.sentence, mention.sentence) > _RECENCY_WINDOW
                or mention.span.start >= pronoun.span.start
            ):
                continue
            if id(entity) in seen:
                continue
            seen.add(id(entity))
            if gender == "p":
                if entity.kind not in (
                    SpeakerKind.ORGANIZATION,
                    SpeakerKind.PLACE,
                    SpeakerKind.ANONYMOUS,
                ):
                    continue
            elif gender == "n":
                if entity.kind not in (
                    SpeakerKind.ORGANIZATION,
                    SpeakerKind.PLACE,
                ) and not _maybe_organization(entity, self._lexicon):
                    continue
            else:
                if entity.kind not in (SpeakerKind.PERSON, SpeakerKind.ANONYMOUS):
                    continue
                if _plural(mention.head) and not _one_person(mention, entity):
                    continue  # "she" is not "Workers"
                if entity.gender and entity.gender != gender:
                    continue
                if not _looks_named(entity):
                    continue  # "Turnout was 38.2 per cent, ..., she announces"
                if (mention.is_locative or mention.is_modifier) and _no_sign_of_a_person(
                    entity, self._lexicon
                ):
                    # "Kirsteen Sinnott, 71, from Inverdorran, ... she said", "who lives in
                    # Lower Quenby", "the Europa terminal"
                    continue
            yield len(seen), mention, entity

    def resolve(
        self, mention: Mention, named_in_quote: frozenset[str] = frozenset()
    ) -> Entity | None:
        """The entity a speaker's mention stands for: a pronoun resolved (and linked), any
        other mention observed."""
        if not mention.is_pronoun:
            return self.observe(mention)
        entity = self.resolve_pronoun(mention, named_in_quote)
        if entity is not None:
            self.link(mention, entity)
        return entity

    def link(self, pronoun: Mention, entity: Entity) -> None:
        entity.mentions.append(pronoun)
        if pronoun.is_pronoun:
            self._resolved_pronouns.append((pronoun, entity))

    def role_holder(self, entity: Entity) -> Entity | None:
        """ "..., a coroner has ruled" with "the senior coroner, Margaret Iveson," elsewhere in
        the article: the one named person whose role holds a description's role noun, even
        when the name comes later."""
        if not entity.mentions:
            return None
        if entity.kind == SpeakerKind.ORGANIZATION and entity.name == entity.name.lower():
            # "according to police", with "the Public Security Police" named later.
            return self._body_named_by(entity.mentions[0].head.lemma.lower())
        if entity.kind not in (SpeakerKind.ANONYMOUS, SpeakerKind.UNKNOWN):
            return None
        return self.description_holder(entity.mentions[0])

    def description_holder(self, description: Mention) -> Entity | None:
        """The one named person whose role holds the role noun of "a coroner", "the chairman"
        or "its chairman"; for "their union", the one body whose name ends in "Union"."""
        noun = description.head.lemma.lower()
        text = description.text.lower()
        if description.is_pronoun or _plural(description.head):
            return None
        if noun not in self._lexicon.titles:
            return self._body_named_by(noun) if text.startswith(_POSSESSIVE_PRONOUNS) else None
        if not text.startswith(("a ", "an ", "the ", *_POSSESSIVE_PRONOUNS)):
            return None
        holders = [
            e
            for e in self.entities
            if e.kind == SpeakerKind.PERSON and noun in e.role.lower().replace(",", " ").split()
        ]
        return holders[0] if len(holders) == 1 else None

    def _body_named_by(self, noun: str) -> Entity | None:
        bodies = [
            e
            for e in self.entities
            if e.kind == SpeakerKind.ORGANIZATION
            and e.name != e.name.lower()  # a name, not "police" itself
            and e.name.lower().split()[-1] == noun
        ]
        return bodies[0] if len(bodies) == 1 else None

    def spell_out_acronyms(self, text: str, used: list[Entity]) -> None:
        """ "the PCC" after "The parochial church council (PCC)": a speaker known only by an
        acronym takes the words the article spelt it out with."""
        for entity in used:
            if _ACRONYM.fullmatch(entity.name):
                spelt = _spelt_out(entity.name, text)
                entity.name = spelt or entity.name

    def to_speakers(self, used: list[Entity]) -> tuple[list[Speaker], dict[int, str]]:
        """Speakers for the entities quotes point at, with ids in order of first mention."""
        ordered = sorted(
            {id(e): e for e in used}.values(), key=lambda e: min(m.span.start for m in e.mentions)
        )
        speakers, ids = [], {}
        for n, entity in enumerate(ordered, start=1):
            sid = f"s{n}"
            ids[id(entity)] = sid
            spans = tuple(sorted({m.span for m in entity.mentions}))
            speakers.append(
                Speaker(
                    id=sid, name=entity.name, kind=entity.kind, mentions=spans, role=entity.role
                )
            )
        return speakers, ids
