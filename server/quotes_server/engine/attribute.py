"""Attribute quotations in a parsed document to speakers and cues.

Method, in four passes over the document (all pure Python over ``ParsedDocument``):
1. quotation marks are found at the character level (``quote_marks``);
2. every reporting verb outside quotation marks becomes a *cue* with its speaker, found
   through the dependency parse (subject, passive agent, or the subject it inherits through
   xcomp/advcl/conj), and pronoun speakers are resolved in text order (``speakers``);
3. each quotation is linked to the cue that governs it or sits beside it in its sentence;
   split quotes ("A," he said, "B.") merge, and a cue-less quote continues the previous
   speaker's quote in the same or next paragraph;
4. the clausal complement of every remaining cue is reported speech (INDIRECT), or MIXED
   when a quoted fragment lies inside it; "according to X" and "in a statement" add
   nominal cues, and an "according to" source next to a speaker is kept as the source.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from itertools import pairwise

from quotes_server.engine.document import ParsedDocument, Sentence, Word
from quotes_server.engine.lexicon import Lexicon, load_lexicon
from quotes_server.engine.quote_marks import DOUBLE_MARKS, QUOTE_MARKS, Quotation, find_quotations
from quotes_server.engine.repairs import repair_parses
from quotes_server.engine.speakers import (
    DAYS,
    Entity,
    EntityRegistry,
    Mention,
    build_mention,
    first_conjunct,
    is_proper,
    leading_proper,
    name_it_calls_itself,
    name_top,
    pronoun_gender,
    teaches_gender,
)
from quotes_server.engine.syntax import (
    FINITE_XPOS,
    adjacent_nominal,
    children_by,
    contiguous_around,
    governing_subject,
    has_preposition,
    has_subject,
    is_finite_clause,
    is_passive,
    name_set_off_before,
    passive_agent,
    reporting_lemma,
    resolve_relative,
    subtree_without,
    trim_punct,
    verb_lemma,
)
from quotes_server.engine.types import (
    Attribution,
    Cue,
    CueKind,
    EngineOptions,
    Quote,
    QuoteType,
    Span,
    Speaker,
    SpeakerKind,
)

_MAX_CUE_GAP = 80  # characters between a quote and a cue in the same sentence
_MAX_SPLIT_FRAME = 240  # characters between the two parts of a quote split by its cue
_SCARE_QUOTE_MAX_WORDS = 4  # shorter quotes with no cue are scare quotes or titles
_COMPLEMENT_RELATIONS = ("ccomp", "parataxis")


@dataclass(slots=True)
class CueEvent:
    """A reporting verb or nominal cue with its speaker."""

    cue: Cue
    sentence: Sentence
    anchor: Word  # the verb, or the head of the nominal cue
    speaker: Mention | None
    entity: Entity | None
    weak: bool = False
    used: bool = False
    co_entities: list[Entity] = field(default_factory=list)  # others named with the speaker
    # A sentence-final verb's report read by position (``_trailing_report``): its speaker word
    # and the clause before it, or None.
    trailing: tuple[Word, list[Word]] | None = None


@dataclass(slots=True)
class Draft:
    """A quote under construction."""

    type: QuoteType
    content: Span
    parts: tuple[Span, ...]
    event: CueEvent | None
    confidence: float
    entity: Entity | None = None
    mention: Mention | None = None
    source: Span | None = None
    closed: bool = True
    quotation: Quotation | None = None
    notes: list[str] = field(default_factory=list)


class _Index:
    """Offset lookups over the document: sentence and paragraph of a position."""

    def __init__(self, doc: ParsedDocument) -> None:
        self.doc = doc
        self.sentence_starts = [s.start for s in doc.sentences]
        # A paragraph starts after each run of line breaks ("\n" or "\n\n" alike).
        self.paragraph_starts = [0] + [m.end() for m in re.finditer(r"\n[\s]*", doc.text)]

    def paragraph(self, offset: int) -> int:
        return bisect.bisect_right(self.paragraph_starts, offset) - 1

    def sentences_overlapping(self, span: Span) -> list[Sentence]:
        return [s for s in self.doc.sentences if s.start < span.end and span.start < s.end]


_DEFAULT_OPTIONS = EngineOptions()


def attribute(doc: ParsedDocument, options: EngineOptions = _DEFAULT_OPTIONS) -> Attribution:
    """Find the quotes in ``doc`` and who said them. Never raises on odd input."""
    lexicon = load_lexicon()
    doc = repair_parses(doc)
    index = _Index(doc)
    quotations = [q for q in find_quotations(doc.text) if q.depth == 0]
    registry = EntityRegistry(
        lexicon,
        _quoted_sentences(doc, [q.content for q in quotations]),
        _quoted_sentences(doc, [q.outer for q in quotations]),
        [index.paragraph(sentence.start) for sentence in doc.sentences],
    )
    events = _collect_cues(doc, quotations, registry, lexicon)
    drafts = _direct_quotes(doc.text, quotations, events, index, registry)
    drafts = _merge_split_quotes(doc.text, drafts, index)
    _continue_speakers(drafts, events, index)
    if options.include_indirect:
        drafts += _indirect_quotes(doc.text, events, drafts, quotations, lexicon)
    _attach_sources(drafts, events)
    drafts = [d for d in drafts if d.confidence >= options.min_confidence]
    return _finish(doc, drafts, registry, index)


def _quoted_sentences(doc: ParsedDocument, quotations: list[Span]) -> list[int]:
    """Indices of the sentences that lie wholly inside one of the spans."""
    spans = sorted((q.start, q.end) for q in quotations)
    starts = [start for start, _ in spans]
    inside = []
    for sentence in doc.sentences:
        i = bisect.bisect_right(starts, sentence.start) - 1
        if i >= 0 and sentence.end <= spans[i][1]:
            inside.append(sentence.index)
    return inside


# --- pass 2: cues and their speakers -------------------------------------------------


class _QuotedRegions:
    """Fast "is this word inside quotation marks" over non-overlapping top-level quotes."""

    def __init__(self, quotations: list[Quotation]) -> None:
        spans = sorted((q.outer.start, q.outer.end) for q in quotations)
        self._starts = [start for start, _ in spans]
        self._ends = [end for _, end in spans]

    def __contains__(self, word: Word) -> bool:
        i = bisect.bisect_right(self._starts, word.start) - 1
        return i >= 0 and word.end <= self._ends[i]


def _inside(word: Word, quoted: _QuotedRegions) -> bool:
    return word in quoted


def _collect_cues(
    doc: ParsedDocument, quotations: list[Quotation], registry: EntityRegistry, lexicon: Lexicon
) -> list[CueEvent]:
    quoted = _QuotedRegions(quotations)
    events: list[CueEvent] = []
    for sentence in doc.sentences:
        _observe_names(doc.text, sentence, quoted, registry, lexicon)
        for word in sentence.words:
            if _inside(word, quoted):
                continue
            misread = _verb_tagged_noun(sentence, word, lexicon)
            if misread is not None:
                noun_lemma, name = misread
                cue = Cue(Span(word.start, word.end), word.text, noun_lemma, CueKind.VERB)
                events.append(
                    _event(doc.text, sentence, word, cue, registry, lexicon, subject=name)
                )
                continue
            lemma = reporting_lemma(word, lexicon)
            if lemma is not None and _names_a_quoted_name(
                doc.text, sentence, word, quotations, lemma
            ):
                continue  # "miners call the pit “the Bathtub”": naming, not reporting
            if lemma in lexicon.clause_only_verbs and not _reports_a_clause(sentence, word):
                continue
            if lemma is not None and _heard_not_said(sentence, word, lemma):
                continue  # "Ministers were warned in November that ...": no speaker
            if lemma is not None and _is_reporting_use(sentence, word, lemma):
                cue = Cue(Span(word.start, word.end), word.text, lemma, CueKind.VERB)
                event = _event(
                    doc.text,
                    sentence,
                    word,
                    cue,
                    registry,
                    lexicon,
                    weak=lemma in lexicon.weak_verbs,
                    quoted=quoted,
                    adding_to=(
                        _previous_speaker(events, sentence, doc, quoted) if lemma == "add" else None
                    ),
                )
                if lemma not in lexicon.finding_verbs or _finds_as_a_body(event, lexicon):
                    events.append(event)
        events.extend(
            e
            for e in _nominal_cues(doc.text, sentence, quoted, registry, lexicon)
            # "told by X in letters sent last month": the letters are no speaker of their own.
            if not _speaks_through_itself(e)
        )
    return events


def _speaks_through_itself(event: CueEvent) -> bool:
    """A nominal cue whose speaker is a word of the cue itself ("in letters")."""
    head = event.speaker.head if event.speaker is not None else None
    return head is not None and event.cue.span.start <= head.start < event.cue.span.end


def _previous_speaker(
    events: list[CueEvent], sentence: Sentence, doc: ParsedDocument, quoted: _QuotedRegions
) -> Entity | None:
    """The speaker of the latest cue, when it is in this sentence or the one before, not
    counting sentences wholly quoted ('“We zipped him into a bag. His son sat ...,” she
    added')."""
    if not events or events[-1].entity is None:
        return None
    between = doc.sentences[events[-1].sentence.index + 1 : sentence.index]
    unquoted = [s for s in between if not all(_inside(w, quoted) for w in s.words)]
    return None if unquoted else events[-1].entity


def _verb_tagged_noun(sentence: Sentence, word: Word, lexicon: Lexicon) -> tuple[str, Word] | None:
    """ "Tessaly's head of hardware, Yusuf Demirel, counters that ...": a present-tense
    reporting verb the tagger called a plural noun, right after a name (and the comma closing
    its apposition) and before "that". Returns its lemma and the name's last word."""
    text = word.text.lower()
    if word.upos != "NOUN" or not text.endswith("s") or not 2 < word.index < len(sentence.words):
        return None
    before = sentence.word(word.index - 1)
    if before.text == ",":
        before = sentence.word(word.index - 2)
    if before.upos != "PROPN" or sentence.word(word.index + 1).text.lower() != "that":
        return None
    lemma = text.removesuffix("es") if text.endswith(("shes", "ches")) else text[:-1]
    return (lemma, before) if lemma in lexicon.reporting_verbs else None


def _finds_as_a_body(event: CueEvent, lexicon: Lexicon) -> bool:
    """ "the board found that", "the survey found that": an organisation or a document."""
    if event.speaker is None:
        return False
    organization = event.entity is not None and event.entity.kind == SpeakerKind.ORGANIZATION
    return organization or event.speaker.head.lemma.lower() in lexicon.document_nouns


def _clause_before_inverted_cue(sentence: Sentence, event: CueEvent) -> list[Word]:
    """ "The ceremony drew 1.4 million viewers, the highest in its history, said Northern
    Screen": before "said X", everything up to the comma is the report, whatever the parse
    made of an apposition at its end."""
    verb = event.anchor
    if event.speaker is None or verb.index < 3 or verb.index == len(sentence.words):
        return []
    # The speaker starts right after the verb: not "X, which ..., said in a statement".
    right_after = sentence.word(verb.index + 1).start == event.speaker.span.start
    if not right_after or sentence.word(verb.index - 1).text != ",":
        return []
    clause = trim_punct(list(sentence.words[: verb.index - 2]))
    if any(w.text in QUOTE_MARKS for w in clause):
        return []  # a quotation before the cue: direct speech, read elsewhere
    return clause if any(w.xpos in FINITE_XPOS for w in clause) else []


def _only_an_object(sentence: Sentence, verb: Word) -> bool:
    """ "call" or "declare" with an object and nothing it is called or declared to be
    ("calling the coast guard", "declared a state of emergency"), unlike "called the plan a
    disgrace", "called the plans “a betrayal”", "called for calm"."""
    children = sentence.children(verb)
    objects = [c for c in children if c.base_relation == "obj"]
    if len(objects) != 1 or any(c.base_relation in ("xcomp", "ccomp") for c in children):
        return False
    # The quotation may hang from the object or follow it.
    last = sentence.subtree(objects[0])[-1].index
    called = sentence.words[verb.index : min(last + 1, len(sentence.words))]
    return not any(w.text in QUOTE_MARKS for w in called)


def _reports_a_clause(sentence: Sentence, verb: Word) -> bool:
    """ "maintained that ...", "..., he maintained.", "maintained: “...”", "“...,” recalled
    the team leader"."""
    following, before = sentence.word_after(verb), sentence.word_before(verb)
    return (
        bool(_after_that(sentence, verb))
        or (before is not None and before.text in QUOTE_MARKS)
        or any(c.deprel == "ccomp" for c in sentence.children(verb))
        # "estimates the event drew 46,000 visitors", the clause parsed as object and xcomp.
        or any(c.deprel == "xcomp" and c.xpos in FINITE_XPOS for c in sentence.children(verb))
        or verb.deprel == "parataxis"
        or (following is not None and following.text == ":")
        or _trailing_report(sentence, verb) is not None
    )


_NAMING_VERBS = frozenset({"call", "dub", "nickname", "name", "christen", "brand"})


def _names_a_quoted_name(
    text: str, sentence: Sentence, verb: Word, quotations: list[Quotation], lemma: str = ""
) -> bool:
    """A naming verb whose quoted object is a name ("the Bathtub", "Badger"), not a
    description ("called the plans “a betrayal”" reports)."""
    if (lemma or verb_lemma(verb)) not in _NAMING_VERBS:
        return False
    # "in what astronomers call the “Goldilocks zone”", "what dealers have taken to calling
    # “brown gold”": the free relative names a thing.
    relative = _relative_before(sentence, verb)
    if relative == "what":
        return True
    for q in quotations:
        if not verb.end <= q.outer.start < sentence.end:
            continue
        content = q.content.slice(text)
        if _looks_like_name(content):
            return True
        # "which residents still call “the Christmas fire”", "what negotiators on both sides
        # now call the «cheese clause»": a relative's naming verb with a definite object.
        between = text[verb.end : q.outer.start].split()
        article = content.split(" ", 1)[0].lower()
        definite = between == ["the"] or (not between and article in _DEFINITE_ARTICLES)
        if relative and definite:
            return True
    return False


_RELATIVE_REACH = 8  # words between "what" / "which" and its verb: "what negotiators on ..."


# "the Christmas fire", and a name kept in its own language: "le Toboggan", "la Bestia".
_DEFINITE_ARTICLES = frozenset({"the", "le", "la", "les", "el", "los", "las", "il", "der", "die"})


def _relative_before(sentence: Sentence, verb: Word) -> str:
    """The "what", "which", "whom" or relative "that" (after a noun: "a slope that skiers call")
    opening the verb's clause, with no punctuation between them; "" when there is none."""
    for word in reversed(sentence.words[max(0, verb.index - 1 - _RELATIVE_REACH) : verb.index - 1]):
        if word.upos == "PUNCT":
            return ""
        if word.text.lower() in ("what", "which", "whom"):
            return word.text.lower()
        if word.text.lower() == "that" and word.index > 1:
            return "that" if sentence.word(word.index - 1).upos in ("NOUN", "PROPN") else ""
    return ""


def _looks_like_name(content: str) -> bool:
    """ "the Bathtub", "Badger", "the Queen of Tears": capitalised words after an optional
    "the", with no closing punctuation."""
    words = content.split()
    # "the Bathtub", "la Pelata": an article, then the name.
    if words and words[0].lower() in _DEFINITE_ARTICLES:
        words = words[1:]
    # "calling the day "Purple Tuesday,"": a comma set inside the marks, every word a capital.
    end = content.rstrip()[-1:]
    return (
        0 < len(words) <= _SCARE_QUOTE_MAX_WORDS + 2
        and (end not in ".!?,;:" or (end == "," and all(w[:1].isupper() for w in words)))
        and words[0][:1].isupper()
        and words[-1][:1].isupper()
    )


def _is_reporting_use(sentence: Sentence, verb: Word, lemma: str = "") -> bool:
    """Skip reporting lemmas used otherwise: "say" as a noun, "note" as a noun, "added value"."""
    if verb.upos not in ("VERB",) and verb.lemma.lower() not in ("say",):
        return False
    # "Asked whether ..., she said": a participle opening the sentence is the question put
    # to the speaker, not a report of its own.
    participle = verb.xpos == "VBN" or verb.text.lower().endswith("ed")
    own_subject = has_subject(sentence, verb)
    if verb.index == 1 and participle and not own_subject:
        return False
    # "according to a diplomat briefed on the talks": a participle right after a common noun
    # describes who it is, whatever the parse hung the noun from.
    before, following = sentence.word_before(verb), sentence.word_after(verb)
    reporting = lemma or verb_lemma(verb)
    if verb.text.lower() == "briefed" and before is not None and before.upos == "NOUN":
        return False
    # "through a thunderstorm warning": a gerund with an article or a noun modifier is a noun.
    if verb.xpos == "VBG" and any(
        c.deprel in ("det", "compound") and c.index < verb.index for c in sentence.children(verb)
    ):
        return False
    # "who asked that her name not be used": a condition of speaking, not a report.
    if reporting in ("ask", "request") and _asks_anonymity(sentence, verb):
        return False
    # "the bell, said to have been cast from a cannon": hearsay with no one saying it.
    if _said_to_be(sentence, verb, before, following):
        return False
    # "That said, the shares are still higher": a turn of phrase, not a report.
    opening = before is not None and before.index == 1 and before.text.lower() == "that"
    if opening and verb.text.lower() == "said" and following is not None and following.text == ",":
        return False
    # "said nothing when he was asked", "have said little in public": nothing was reported.
    if following is not None and following.text.lower() in ("nothing", "little"):
        return False
    # "had admitted two counts of causing death": a plea, not a report.
    if reporting in ("admit", "deny") and any(
        c.base_relation == "obj" and c.text.lower().removesuffix("s") in _CHARGES
        for c in sentence.children(verb)
    ):
        return False
    # "prices had added £9m to the chain's costs": something added to something, not a word.
    if reporting == "add" and _adds_to_something(sentence, verb):
        return False
    # "conceded defeat", "conceded the race": a contest given up, not a report.
    if reporting in ("concede", "admit") and any(
        c.base_relation in ("obj", "xcomp") and c.lemma.lower() in _CONTESTS
        for c in sentence.children(verb)
    ):
        return False
    # "declined to say how much it cost", "would not comment": nothing was reported.
    if _withheld(sentence, verb):
        return False
    # "he was asked whether he wished to speak": the question put to him, by nobody named.
    if verb_lemma(verb) == "ask" and is_passive(sentence, verb) and _by_nobody(sentence, verb):
        return False
    # "went on trial, accused of being ...": an accusation by nobody named (not "Velastra,
    # where ..., has accused").
    perfect = any(c.deprel == "aux" and c.lemma.lower() == "have" for c in sentence.children(verb))
    if (
        verb_lemma(verb) == "accuse"
        and verb.xpos == "VBN"
        and not own_subject
        and not perfect
        and _by_nobody(sentence, verb)
    ):
        return False
    # "A scaffolder accused of stealing copper pipe told a jury", parsed with "accused" as a
    # verb with "scaffolder" its subject: "accused of" with no object and no auxiliary is the
    # participle, and the noun before it is the one accused.
    no_aux = not any(c.deprel.startswith("aux") for c in sentence.children(verb))
    accused_of = following is not None and following.text.lower() == "of"
    if reporting == "accuse" and accused_of and no_aux:
        return False
    # "required anyone who found one to report it": a report demanded, not made.
    infinitive = any(c.deprel == "mark" and c.text.lower() == "to" for c in sentence.children(verb))
    if infinitive and _under_a_directive(sentence, verb):
        return False
    # "marched through Lisbon to demand rent controls": the purpose of an act, with no clause
    # said (unlike "called a press conference to announce that ...").
    head = sentence.head_of(verb)
    if (
        infinitive
        and verb.deprel == "advcl"
        and head is not None
        and reporting_lemma(head, load_lexicon()) is None
        and not _reports_a_clause(sentence, verb)
    ):
        return False
    # "the company had questions to answer", "nothing to say": what there is to say.
    to_mark = before is not None and before.text.lower() == "to"
    before_to = sentence.word_before(before) if before is not None else None
    if infinitive and to_mark and before_to is not None and before_to.upos == "NOUN":
        return False
    # "A soldier, asked whether he was afraid, shrugged": the question put to the noun.
    if verb_lemma(verb) == "ask" and verb.deprel.startswith("acl") and not own_subject:
        return False
    # "can tell you what is wrong": what someone is able to say, not what was said; "passengers
    # can claim up to £1,400": an entitlement.
    if verb_lemma(verb) in ("say", "tell", "claim") and any(
        c.deprel == "aux" and c.text.lower() in ("can", "could") for c in sentence.children(verb)
    ):
        return False
    # "is sometimes called a “silent epidemic”": naming by nobody in particular.
    if (
        verb_lemma(verb) in _NAMING_VERBS
        and is_passive(sentence, verb)
        and _by_nobody(sentence, verb)
    ):
        return False
    # "more than 3,000 names have been suggested": things put forward by nobody named, with
    # no clause said about them.
    if (
        is_passive(sentence, verb)
        and _by_nobody(sentence, verb)
        and _thing_put_forward(sentence, verb)
    ):
        return False
    # "180,000 air fryers are being recalled": a product recall, not a memory.
    if verb_lemma(verb) == "recall" and is_passive(sentence, verb):
        return False
    # "a spaniel called Biscuit won ...", parsed with "called" as the sentence's verb: a
    # participle between a noun and a name names it.
    if (
        verb.text.lower() in ("called", "named")
        and before is not None
        and before.upos == "NOUN"
        and following is not None
        and following.upos == "PROPN"
    ):
        return False
    # "before calling the coast guard", "called an election", "declared a state of
    # emergency": an act, nothing said.
    if reporting in ("call", "declare") and _only_an_object(sentence, verb):
        return False
    # "pleaded guilty to taking undersized pāua": a plea entered, not a report.
    pleads = reporting == "plead"
    if pleads and following is not None and following.text.lower() in _PLEAS:
        return False
    # "Herders call this kind of disaster a “white dzud”": what a group habitually calls a
    # thing, not something one of them said.
    if reporting == "call" and _habitual_naming(sentence, verb):
        return False
    # "a group calling itself ...", "a band called ...": naming, not reporting.
    if verb.lemma.lower() in ("call", "name") and (
        (following is not None and following.text.lower() in _REFLEXIVES)
        or (verb.deprel.startswith("acl") and not own_subject)
    ):
        return False
    return verb.deprel not in ("amod", "compound", "nmod")


def _habitual_naming(sentence: Sentence, verb: Word) -> bool:
    """A present-tense "call" whose subject is a bare plural ("Farmers call cottonii ...",
    "Fishermen call ..." with "Fishermen" tagged an adjective)."""
    own = sentence.children(verb)
    if verb.xpos not in ("VB", "VBP", "VBZ") or any(c.deprel.startswith("aux") for c in own):
        return False
    return any(
        c.deprel == "nsubj"
        and c.upos in ("NOUN", "PROPN", "ADJ")
        and (c.xpos in ("NNS", "NNPS") or c.text.lower().endswith(("men", "s")))
        and not any(k.deprel in ("det", "nmod:poss", "nummod") for k in sentence.children(c))
        for c in own
    )


_REFLEXIVES = frozenset({"itself", "themselves", "himself", "herself"})
_CHARGES = frozenset({"count", "charge", "offence", "offense"})
_PLEAS = frozenset({"guilty", "not", "innocent", "no"})
_CONTESTS = frozenset({"defeat", "election", "race", "contest", "seat", "match", "game"})
_DIRECTIVES = frozenset({"require", "oblige", "force", "order", "compel", "expect"})
# "declined to say", and "was unable to explain", "failed to explain": nothing was said.
_REFUSALS = frozenset({"decline", "refuse"})
_WITHHOLDING_VERBS = _REFUSALS | {"unable", "fail"}
_NEGATIONS = frozenset({"not", "n't", "never"})


def _under_a_directive(sentence: Sentence, verb: Word) -> bool:
    """A verb within three heads of "require", "order", ... (the parse may hang "to report"
    from the relative clause in between: "required anyone who found one to report it")."""
    head = sentence.head_of(verb)
    for _ in range(3):
        if head is None:
            return False
        if head.upos == "VERB" and verb_lemma(head) in _DIRECTIVES:
            return True
        head = sentence.head_of(head)
    return False


def _withheld(sentence: Sentence, verb: Word) -> bool:
    """ "declined to say", "refused to comment", "did not say whether": a report withheld.
    ("did not deny that ..." still reports.)"""
    head = sentence.head_of(verb)
    if verb.deprel == "xcomp" and head is not None and verb_lemma(head) in _WITHHOLDING_VERBS:
        return True
    # Only a negation just before the verb: a quote's own "could not" may hang from it.
    negated = any(
        c.deprel == "advmod" and c.text.lower() in _NEGATIONS and 0 < verb.index - c.index <= 3
        for c in sentence.children(verb)
    )
    return negated and verb_lemma(verb) != "deny"


def _observe_names(
    text: str,
    sentence: Sentence,
    quoted: _QuotedRegions,
    registry: EntityRegistry,
    lexicon: Lexicon,
) -> None:
    """Register named mentions (outside quotes) so later pronouns and surnames can find them."""
    if not any(w.upos in ("VERB", "AUX") for w in sentence.words):
        return  # a dateline, heading or byline: "QASR TELLAN", "By Jane Doe"
    covered: set[int] = set()
    for word in sentence.words:
        if word.deprel in ("compound", "flat", "flat:name") or _inside(word, quoted):
            continue
        if _describes_a_thing(sentence, word) or _describes_a_name(sentence, word):
            continue
        # "A group calling itself “NightMarrow” had posted": the group, under its own name.
        calls_itself = word.upos == "NOUN" and bool(name_it_calls_itself(sentence, word))
        if (not is_proper(sentence, word) and not calls_itself) or _modifies_a_name(sentence, word):
            continue
        mention = build_mention(
            text, sentence, word, lexicon, is_subject=_is_subject(sentence, word)
        )
        registry.observe(mention)
        covered.update(range(mention.span.start, mention.span.end))
    # A name whose words all hang from something else as compound/flat (a compact parser's
    # "coach Rui Mendes" with "coach" taken for a verb) is registered through its last word,
    # the head of an English name.
    for run in _proper_runs(sentence):
        if run[0].start in covered or _inside(run[0], quoted):
            continue
        if all(_describes_a_thing(sentence, w) or _describes_a_name(sentence, w) for w in run):
            continue
        subject = _is_subject(sentence, run[-1])
        registry.observe(build_mention(text, sentence, run[-1], lexicon, is_subject=subject))
        covered.update(range(run[0].start, run[-1].end))
    # "Kieran Doyle kept his title": a "his" whose one candidate is the subject tells a gender.
    for word in sentence.words:
        if teaches_gender(word, lexicon) and not _inside(word, quoted):
            registry.learn_gender(build_mention(text, sentence, word, lexicon))


def _is_subject(sentence: Sentence, word: Word) -> bool:
    """A subject, one of coordinated subjects ("Ribeiro and Vasquez sat out"), or a name in
    apposition to one ("The ward's councillor, Fergus Adeyemi-Holt, has been collecting"), or
    the name of one ("Retired teacher Rohani Abdul Rahman had brought", all hung as flat)."""
    word = name_top(sentence, word)
    head = sentence.head_of(word) if word.deprel in ("conj", "appos") else None
    return word.deprel.startswith("nsubj") or (head is not None and head.deprel.startswith("nsubj"))


def _modifies_a_name(sentence: Sentence, word: Word) -> bool:
    """ "Liberal" in "the Liberal Democrats": the name is registered through its head."""
    head = sentence.head_of(word)
    return word.deprel == "amod" and head is not None and is_proper(sentence, head)


def _describes_a_thing(sentence: Sentence, word: Word) -> bool:
    """ "the Cornish coast": a proper adjective on a common noun names no one (unlike
    "Health" in "the Health Service Executive"); nor does one on such an adjective ("Afro"
    in "the Afro-Uruguayan neighbourhood")."""
    head = sentence.head_of(word)
    if word.deprel != "amod" or head is None:
        return False
    if head.upos == "ADJ" and head.deprel == "amod" and head.index > word.index:
        return _describes_a_thing(sentence, head)
    return not is_proper(sentence, head)


def _describes_a_name(sentence: Sentence, word: Word) -> bool:
    """ "Brenner, a 52-year-old German whose ...": a capitalised adjective with "a" before
    it, set beside a name, says what the person is; it names no one else."""
    head = sentence.head_of(word)
    return (
        word.upos == "ADJ"
        and word.deprel == "appos"
        and head is not None
        and head.upos == "PROPN"
        and any(
            c.deprel == "det" and c.text.lower() in ("a", "an") for c in sentence.children(word)
        )
    )


def _named_in_quotes(sentence: Sentence, quoted: _QuotedRegions | None) -> frozenset[str]:
    """The proper nouns inside the sentence's quotation marks, lower case."""
    if quoted is None:
        return frozenset()
    return frozenset(
        w.text.lower() for w in sentence.words if w.upos == "PROPN" and _inside(w, quoted)
    )


def _proper_runs(sentence: Sentence) -> list[list[Word]]:
    """Maximal runs of adjacent proper nouns."""
    runs: list[list[Word]] = []
    previous = -1
    for word in sentence.words:
        if not is_proper(sentence, word):
            continue
        if word.index == previous + 1 and runs:
            runs[-1].append(word)
        else:
            runs.append([word])
        previous = word.index
    return runs


def _event(
    text: str,
    sentence: Sentence,
    anchor: Word,
    cue: Cue,
    registry: EntityRegistry,
    lexicon: Lexicon,
    *,
    weak: bool = False,
    subject: Word | None = None,
    quoted: _QuotedRegions | None = None,
    adding_to: Entity | None = None,
) -> CueEvent:
    """The cue's event; ``adding_to`` is the latest speaker, whom a pronoun that "added"
    goes on with when it fits ("Gideon Phelps replied ... '...,' he added")."""
    if subject is None:

        def excluded(word: Word) -> bool:
            return quoted is not None and word in quoted

        subject, _agent = governing_subject(sentence, anchor, excluded=excluded)
        if subject is None and quoted is not None:
            subject = adjacent_nominal(sentence, anchor, excluded) or _name_right_before(
                sentence, anchor, excluded
            )
    if subject is not None:
        subject = (
            _named_subject_before(sentence, subject, anchor)
            or _owner_before_whose(sentence, subject, anchor)
            or resolve_relative(sentence, subject)
        )
        subject = first_conjunct(sentence, subject)
    trailing = _trailing_report(sentence, anchor) if cue.kind == CueKind.VERB else None
    if cue.kind == CueKind.VERB:
        subject = _trailing_speaker(sentence, trailing, subject)
        subject = _name_before_verb(sentence, anchor, subject)
    mention: Mention | None = None
    entity: Entity | None = None
    if subject is not None:
        mention = build_mention(text, sentence, subject, lexicon, is_subject=True, before=anchor)
        mention.is_speaker = True
        if adding_to is not None and _fits(mention, adding_to):
            registry.link(mention, adding_to)
            entity = adding_to
        else:
            entity = registry.resolve(mention, _named_in_quotes(sentence, quoted))
        if entity is not None and not entity.gender and entity.kind != SpeakerKind.ORGANIZATION:
            entity.gender = _gender_in_own_clause(sentence, subject, lexicon)
    co_entities = [
        co for other in (mention.conjuncts if mention else []) if (co := registry.observe(other))
    ]
    return CueEvent(
        cue=cue,
        sentence=sentence,
        anchor=anchor,
        speaker=mention,
        entity=entity,
        weak=weak,
        co_entities=[co for co in co_entities if co is not entity],
        trailing=trailing,
    )


def _gender_in_own_clause(sentence: Sentence, head: Word, lexicon: Lexicon) -> str:
    """ "One engineer, who asked not to be named because she had signed ...": a he or she in
    the speaker's own relative clause is the speaker."""
    for clause in sentence.children(head):
        # A clause opened by "who" ("told by X that she had ..." may be parsed as relative).
        relative = any(c.text.lower() == "who" for c in sentence.children(clause))
        if not clause.deprel.startswith("acl:relcl") or not relative:
            continue
        for word in sentence.subtree(clause):
            gender = pronoun_gender(word, lexicon) if word.upos == "PRON" else ""
            if gender in ("m", "f"):
                return gender
    return ""


def _heard_not_said(sentence: Sentence, verb: Word, lemma: str) -> bool:
    """A passive "told" or "warned" with no "by" (not even one the parse hung elsewhere):
    its subject heard the report."""
    following = sentence.word_after(verb)
    return (
        lemma in _ADDRESSEE_VERBS
        and verb.xpos == "VBN"
        and is_passive(sentence, verb)
        and _by_nobody(sentence, verb)
        and not (following is not None and following.text.lower() == "by")
    )


_ANONYMITY_WORDS = frozenset({"name", "identify", "anonymity", "anonymous"})


def _asks_anonymity(sentence: Sentence, verb: Word) -> bool:
    """ "asked that her name not be used", "asked not to be identified", "requested
    anonymity": the verb's own clause is about the speaker's name."""
    clause = [
        w
        for c in sentence.children(verb)
        if c.index > verb.index and c.base_relation in ("ccomp", "xcomp", "obj")
        for w in sentence.subtree(c)
    ]
    return any(w.lemma.lower() in _ANONYMITY_WORDS for w in clause[:8])


def _said_to_be(
    sentence: Sentence, verb: Word, before: Word | None, following: Word | None
) -> bool:
    """ ", said to have been cast", "is said to be haunted": "said to" and a bare verb after a
    comma or a form of "be" (not "said to reporters", nor "She said to go home")."""
    if verb.text.lower() != "said" or following is None or following.text.lower() != "to":
        return False
    if before is None or not (before.text == "," or before.lemma.lower() == "be"):
        return False
    infinitive = sentence.word_after(following)
    return infinitive is not None and infinitive.xpos == "VB"


def _adds_to_something(sentence: Sentence, verb: Word) -> bool:
    """ "added £9m to the costs", "added two trains to the timetable": an object and a "to"
    phrase; or ", adding to the tenge's gains": a "to" phrase and nothing said."""
    own = [c for c in sentence.children(verb) if c.index > verb.index]
    has_object = any(c.base_relation == "obj" for c in own)
    said = any(c.base_relation in ("ccomp", "parataxis", "xcomp") for c in own) or any(
        w.text.lower() == "that" and w.upos == "SCONJ" for w in sentence.subtree(verb)
    )
    to_phrase = any(c.base_relation == "obl" and has_preposition(sentence, c, ("to",)) for c in own)
    return to_phrase and (has_object or (verb.xpos == "VBG" and not said))


def _thing_put_forward(sentence: Sentence, verb: Word) -> bool:
    """A passive subject that is a plural common noun and no clause of its own ("names have
    been suggested", unlike "it was suggested that ..." or "he was quoted as saying")."""
    own = sentence.children(verb)
    clausal = any(c.base_relation in ("ccomp", "xcomp", "parataxis") for c in own)
    # "Objectors were told by planning officers that ...": people told something.
    if clausal or verb_lemma(verb) in _ADDRESSEE_VERBS or _after_that(sentence, verb):
        return False
    return any(c.deprel == "nsubj:pass" and c.upos == "NOUN" and c.xpos == "NNS" for c in own)


def _by_nobody(sentence: Sentence, verb: Word) -> bool:
    """No "by X" agent hangs from the verb."""
    return passive_agent(sentence, verb, lambda _: False) is None


def _fits(pronoun: Mention, entity: Entity) -> bool:
    """A he/she pronoun and a person of that gender or of none known, named or not ("One of
    the ship's two medics said ... she added")."""
    if not pronoun.is_pronoun or pronoun.gender not in ("m", "f"):
        return False
    one_unnamed = (
        entity.kind == SpeakerKind.ANONYMOUS
        and bool(entity.mentions)
        and entity.mentions[0].head.xpos not in ("NNS", "NNPS")
    )
    person = entity.kind == SpeakerKind.PERSON or one_unnamed
    return person and entity.gender in ("", pronoun.gender)


def _name_right_before(
    sentence: Sentence, verb: Word, excluded: Callable[[Word], bool]
) -> Word | None:
    """ "On Friday morning Nell Gorringe said", "Left-hander Freddie Outhwaite said", parsed
    with the name inside an adverbial and no subject: a name ending right before the verb."""
    if verb.index < 2:
        return None
    word = sentence.word(verb.index - 1)
    named = word.upos == "PROPN" and word.text[:1].isupper() and word.text.lower() not in DAYS
    return word if named and not excluded(word) else None


def _name_before_verb(sentence: Sentence, verb: Word, subject: Word | None) -> Word | None:
    """ "..., and their captain, Tafadzwa Chidzikwe, admitted": a name set off by commas right
    before the verb speaks, not a subject the parse let it inherit from an earlier clause."""
    if subject is None or subject.head == verb.index or subject.index > verb.index:
        return subject
    before = list(sentence.words[: verb.index - 1])
    while before and before[-1].deprel.startswith("aux"):
        before.pop()  # "..., has described"
    named = name_set_off_before(before) or _name_before_role_aside(sentence, before)
    return named if named is not None and named.index > subject.index else subject


_ROLE_ASIDE_WORDS = 8


def _name_before_role_aside(sentence: Sentence, before: list[Word]) -> Word | None:
    """ "..., and Fiscal Watch, a campaign group, has described": a name, then a role set off
    by commas with no verb of its own, right before the verb."""
    if len(before) < 4 or before[-1].text != ",":
        return None
    opening = next(
        (
            i
            for i in range(len(before) - 2, max(0, len(before) - 2 - _ROLE_ASIDE_WORDS), -1)
            if before[i].text == ","
        ),
        None,
    )
    if opening is None or opening < 1:
        return None
    aside = before[opening + 1 : -1]
    if any(w.upos in ("VERB", "AUX") for w in aside) or not any(w.upos == "NOUN" for w in aside):
        return None
    last = before[opening - 1]
    return last if is_proper(sentence, last) else None


def _trailing_speaker(
    sentence: Sentence, trailing: tuple[Word, list[Word]] | None, subject: Word | None
) -> Word | None:
    """The speaker of a report read by position (``_trailing_report``), where the parse's
    subject is missing, lies before the comma, or sits in a prepositional phrase ("at the
    University of X")."""
    if trailing is None:
        return subject
    speaker, clause = trailing
    if subject is None or subject.index <= clause[-1].index:
        return speaker
    in_phrase = any(k.deprel == "case" for k in sentence.children(subject))
    return speaker if in_phrase and speaker.index < subject.index else subject


_TEMPORAL = frozenset(
    {
        "week",
        "day",
        "month",
        "year",
        "time",
        "morning",
        "evening",
        "afternoon",
        "night",
        "weekend",
        "today",
        "yesterday",
        "tuesday",
        "monday",
        "wednesday",
        "thursday",
        "friday",
        "saturday",
        "sunday",
    }
)


def _owner_before_whose(sentence: Sentence, subject: Word, verb: Word) -> Word | None:
    """ "Garside, whose father started the farm in 1974, recalled", parsed with "recalled"
    joined to "started": a subject reached from another verb, inside a "whose" clause, stands
    for the noun before that clause."""
    whose = next((c for c in sentence.children(subject) if c.text.lower() == "whose"), None)
    if whose is None or subject.head == verb.index or whose.index < 3:
        return None
    comma, owner = sentence.word(whose.index - 1), sentence.word(whose.index - 2)
    return owner if comma.text == "," and owner.upos in ("PROPN", "NOUN") else None


def _named_subject_before(sentence: Sentence, subject: Word, verb: Word) -> Word | None:
    """ "which Washington says", "that Blinken this week said": when the parse's subject is a
    relative pronoun or a time word, or one it reached through another verb from outside the
    relative clause the verb is in, a name between the relative pronoun and the verb speaks."""
    pronoun = _relative_pronoun_between(sentence, subject, verb)
    if subject.head != verb.index and pronoun is not None:
        subject = pronoun
    if (
        subject.text.lower() not in ("which", "that", "who")
        and subject.text.lower() not in _TEMPORAL
    ):
        return None
    start = subject.index if subject.text.lower() not in _TEMPORAL else 0
    names = [
        w
        for w in sentence.words[start : verb.index - 1]
        if is_proper(sentence, w)
        and w.text.lower() not in _TEMPORAL
        and not _describes_a_thing(sentence, w)
    ]
    if subject.text.lower() in _TEMPORAL:
        relative = [
            w
            for w in sentence.words[: verb.index - 1]
            if w.text.lower() in ("which", "that", "who")
        ]
        names = [w for w in names if relative and w.index > relative[-1].index]
    return names[0] if names else None


def _relative_pronoun_between(sentence: Sentence, subject: Word, verb: Word) -> Word | None:
    """ "Russia has massed troops, a force that Blinken said ...": the last relative
    "that"/"which" between a subject found through another verb and this one."""
    between = sentence.words[subject.index : verb.index - 1]
    return next((w for w in reversed(between) if _is_relative_pronoun(sentence, w)), None)


def _is_relative_pronoun(sentence: Sentence, word: Word) -> bool:
    """ "a force that", "the plan, which": not the "that" of "said that"."""
    if word.text.lower() not in ("which", "that") or word.index < 2:
        return False
    previous = sentence.word(word.index - 1)
    return previous.upos in ("NOUN", "PROPN") or (
        word.text.lower() == "which" and previous.text == ","
    )


def _match_sequence(words: tuple[Word, ...], start: int, sequence: tuple[str, ...]) -> bool:
    if start + len(sequence) > len(words):
        return False
    return all(words[start + k].text.lower() == token for k, token in enumerate(sequence))


def _nominal_cues(
    text: str,
    sentence: Sentence,
    quoted: _QuotedRegions,
    registry: EntityRegistry,
    lexicon: Lexicon,
) -> list[CueEvent]:
    """ "according to X" (X is the speaker or source) and "in a statement" (the subject speaks)."""
    found: list[CueEvent] = []
    words = sentence.words
    firsts = {sequence[0] for sequence in lexicon.according_to}
    for i, word in enumerate(words):
        lowered = word.text.lower()
        if (lowered not in firsts and lowered != "in" and word.upos != "NOUN") or _inside(
            word, quoted
        ):
            continue
        for sequence in lexicon.according_to:
            if sequence == ("per",) or not _match_sequence(words, i, sequence):
                continue
            after = i + len(sequence)
            if after < len(words) and words[after].text.lower() in _WH_OPENERS:
                continue  # "grows or shrinks according to who is asking": no source
            source = _phrase_object(sentence, words[i + len(sequence) - 1], words[i])
            if source is None:
                continue
            source = _author_of_document(sentence, source, lexicon)
            last = words[i + len(sequence) - 1]
            cue = Cue(
                Span(word.start, last.end),
                text[word.start : last.end],
                " ".join(sequence),
                CueKind.NOUN_PHRASE,
            )
            found.append(_event(text, sentence, source, cue, registry, lexicon, subject=source))
        if word.upos == "NOUN" and word.lemma.lower() in lexicon.report_nouns:
            event = _report_noun_event(text, sentence, word, registry, lexicon)
            if event is not None:
                found.append(event)
        if word.lemma.lower() in lexicon.statement_nouns and word.upos == "NOUN":
            case = [
                c for c in sentence.children(word) if c.deprel == "case" and c.text.lower() == "in"
            ]
            governor = sentence.head_of(word)
            # "the Ports Authority, in a statement signed by ..., said:": a phrase hung from a
            # noun reports no clause of its own.
            nominal = governor is not None and governor.upos in ("NOUN", "PROPN", "PRON")
            if (
                case
                and governor is not None
                and not nominal
                and reporting_lemma(governor, lexicon) is None
            ):
                start = case[0]
                cue = Cue(
                    Span(start.start, word.end),
                    text[start.start : word.end],
                    f"in {word.lemma.lower()}",
                    CueKind.NOUN_PHRASE,
                )
                found.append(
                    _event(text, sentence, governor, cue, registry, lexicon, quoted=quoted)
                )
    return found


_POSSESSIVE_MARKS = frozenset({"'s", "’s", "'", "’"})


_WH_OPENERS = frozenset({"who", "what", "how", "whether", "which", "when", "where", "whom"})


def _report_noun_event(
    text: str, sentence: Sentence, noun: Word, registry: EntityRegistry, lexicon: Lexicon
) -> CueEvent | None:
    """ "Dr Haddad's warning (in 2019) that CLAUSE": the possessor said the clause."""
    possessor = _possessor(sentence, noun)
    if possessor is None or _that_after(sentence, noun) is None:
        return None
    cue = Cue(Span(noun.start, noun.end), noun.text, noun.lemma.lower(), CueKind.NOUN_PHRASE)
    return _event(text, sentence, possessor, cue, registry, lexicon, subject=possessor)


def _possessor(sentence: Sentence, noun: Word) -> Word | None:
    """The owner of "X's warning" / "his warning": the parse's nmod:poss, or the word before
    a possessive 's ahead of the noun and its adjectives."""
    for child in sentence.children(noun):
        if child.deprel == "nmod:poss" and child.index < noun.index:
            return child
    i = noun.index - 1
    while i >= 1 and sentence.word(i).upos in ("ADJ", "ADV"):
        i -= 1
    if i >= 2 and sentence.word(i).text in _POSSESSIVE_MARKS:
        owner = sentence.word(i - 1)
        return owner if owner.upos in ("PROPN", "NOUN") else None
    return None


def _that_after(sentence: Sentence, noun: Word) -> Word | None:
    """The complementiser "that" opening the noun's content clause, a few words after it
    ("warning in 2019 that"); a relative "that" ("the claim that was made") is not one."""
    for word in sentence.words[noun.index : noun.index + 4]:
        if word.text.lower() == "that":
            is_mark = word.upos == "SCONJ" or word.deprel == "mark"
            following = sentence.words[word.index] if word.index < len(sentence.words) else None
            opens_clause = following is not None and following.upos not in ("VERB", "AUX")
            return word if is_mark and opens_clause else None
        if word.upos in ("VERB", "AUX", "PUNCT", "PRON", "CCONJ", "SCONJ"):
            return None
    return None


def _author_of_document(sentence: Sentence, noun: Word, lexicon: Lexicon) -> Word:
    """ "according to figures published by NHS North" / "a statement from the council": the
    author of a document speaks through it."""
    if noun.lemma.lower() not in lexicon.document_nouns:
        return noun
    for word in sentence.words[noun.index : noun.index + 4]:
        if word.text.lower() in ("by", "from") and word.upos == "ADP":
            author = sentence.head_of(word)
            if (
                author is not None
                and author.index > word.index
                and author.upos in ("PROPN", "NOUN")
            ):
                return author
    return noun


def _phrase_object(sentence: Sentence, last_cue_word: Word, first_cue_word: Word) -> Word | None:
    """The noun an "according to" phrase introduces: its first word's head, or the next noun."""
    head = sentence.head_of(first_cue_word)
    if (
        head is not None
        and head.index > last_cue_word.index
        and head.upos in ("PROPN", "NOUN", "PRON")
    ):
        return head
    for word in sentence.words[last_cue_word.index :]:
        if word.upos in ("PROPN", "NOUN", "PRON"):
            # the head of the noun phrase that follows
            while (
                (h := sentence.head_of(word)) is not None
                and h.index > last_cue_word.index
                and h.upos in ("PROPN", "NOUN")
                and word.deprel in ("compound", "flat", "amod", "det")
            ):
                word = h
            return word
        if word.upos in ("VERB", "PUNCT"):
            break
    return None


# --- pass 3: direct quotes -------------------------------------------------------------


def _words_in(sentence: Sentence, span: Span) -> list[Word]:
    return [w for w in sentence.words if span.start <= w.start and w.end <= span.end]


def _syntactically_linked(sentence: Sentence, verb: Word, quote_words: list[Word]) -> bool:
    """The quote hangs from the verb (ccomp, obj, parataxis) or the verb hangs from the quote."""
    inside = {w.index for w in quote_words}
    if not inside:
        return False
    head = sentence.head_of(verb)
    if head is not None and head.index in inside:
        # `"...," Biden said.` is parsed as parataxis of the quote's verb; a verb joined by
        # "and" after the quote ("... "heartbroken" and asked for privacy") is not a frame.
        between = [w for w in sentence.words if max(inside) < w.index < verb.index]
        return not any(w.upos == "CCONJ" for w in between)
    return any(sentence.head_of(w) is verb for w in quote_words)


def _gap(span: Span, word: Word) -> int:
    if word.end <= span.start:
        return span.start - word.end
    if word.start >= span.end:
        return word.start - span.end
    return 0


def _best_cue(
    text: str, quotation: Quotation, events: list[CueEvent], index: _Index, registry: EntityRegistry
) -> tuple[CueEvent | None, bool]:
    """The cue for a quotation, and whether the parse links them (not just proximity)."""
    outer = quotation.outer
    first_paragraph, last_paragraph = index.paragraph(outer.start), index.paragraph(outer.end - 1)
    best: tuple[float, CueEvent, bool] | None = None
    for event in events:
        if event.cue.kind != CueKind.VERB or event.used:
            continue
        sentence = event.sentence
        # "Biden said:" before the quote, or "So wrote X" right after it, in its own paragraph.
        outside = _ends_with_colon_before(text, event, outer) or _so_cue_after(text, event, outer)
        content = quotation.content
        if not (sentence.start < content.end and content.start < sentence.end) and not outside:
            continue
        if (
            not first_paragraph <= index.paragraph(event.anchor.start) <= last_paragraph
            and not outside
        ):
            continue
        gap = _gap(outer, event.anchor)
        speaker = event.speaker.span if event.speaker is not None else None
        if speaker is not None and speaker.start < outer.start and outer.end <= event.anchor.start:
            # "Ranjan Basu, who met in the queue for “Amanush”, said": inside the speaker's
            # aside, not what the speaker said.
            continue
        if speaker is not None and outer.end <= speaker.start < event.anchor.start:
            # '"...," Lt. Cmdr. Anatole Vrettakis, who commanded the vessel, said': the
            # speaker's aside may put the verb far off; the speaker follows the quote.
            gap = min(gap, speaker.start - outer.end)
        between = text[min(outer.end, event.anchor.end) : max(outer.start, event.anchor.start)]
        if gap > _MAX_CUE_GAP or any(ch in DOUBLE_MARKS for ch in between):
            continue
        linked = _syntactically_linked(
            sentence, event.anchor, _words_in(sentence, quotation.content)
        )
        score = (2.0 if linked else 0.0) - gap / 100 + (0.3 if event.speaker is not None else 0.0)
        if best is None or score > best[0]:
            best = (score, event, linked)
    if best is None:
        return _colon_cue(text, quotation, events, index, registry)
    return best[1], best[2]


def _so_cue_after(text: str, event: CueEvent, outer: Span) -> bool:
    """ "So wrote Tomasz Wierzbicki, ..." opening the sentence right after the quote."""
    words = event.sentence.words
    return (
        len(words) > 2
        and words[0].text.lower() in ("so", "thus")
        and words[1] is event.anchor
        and not text[outer.end : words[0].start].strip()
    )


def _ends_with_colon_before(text: str, event: CueEvent, outer: Span) -> bool:
    """`Biden said:` ending its sentence (or paragraph), the quote opening right after."""
    if event.anchor.end > outer.start or event.sentence.end > outer.start:
        return False
    before = text[event.anchor.end : outer.start]
    after_sentence = text[event.sentence.end : outer.start]
    return (
        len(before) <= _MAX_CUE_GAP
        and before.rstrip().endswith(":")
        and (after_sentence.strip() in ("", ":"))
    )


def _colon_cue(
    text: str, quotation: Quotation, events: list[CueEvent], index: _Index, registry: EntityRegistry
) -> tuple[CueEvent | None, bool]:
    """`Macron: "..."` — a name and a colon with no verb."""
    outer = quotation.outer
    before = text[max(0, outer.start - 3) : outer.start]
    if ":" not in before:
        return None, False
    for sentence in index.sentences_overlapping(Span(max(0, outer.start - 3), outer.start)):
        colon = [
            w for w in sentence.words if w.text == ":" and outer.start - 3 <= w.start < outer.start
        ]
        if not colon:
            continue
        # "In a statement, the ministry was blunt: “...”": the statement is the cue.
        statement = next(
            (
                e
                for e in events
                if e.sentence is sentence
                and e.cue.kind == CueKind.NOUN_PHRASE
                and e.cue.lemma.startswith("in ")
                and e.speaker is not None
                and e.cue.span.end <= colon[0].start
            ),
            None,
        )
        if statement is not None:
            return statement, True
        # "she said: “...”": the verb right before the colon is the cue.
        verb = next(
            (
                e
                for e in events
                if e.sentence is sentence
                and e.cue.kind == CueKind.VERB
                and e.speaker is not None
                and 0 <= colon[0].start - e.anchor.end <= 1
            ),
            None,
        )
        if verb is not None:
            return verb, True
        lead = [w for w in sentence.words if w.end <= colon[0].start]
        if _naming_verb_ends(lead):
            continue
        subjects = [
            w
            for w in lead
            if w.deprel.startswith("nsubj")
            and w.upos in ("PROPN", "NOUN", "PRON")
            and not _is_relative_pronoun(sentence, w)
        ]
        names = [w for w in lead if is_proper(sentence, w)]
        # "The play's star, Renée Castillo-Whitaker, who plays ..., was more succinct:": a
        # "who" stands for the noun its clause describes.
        speaker = (
            _name_opening_a_label(sentence, lead)
            or (resolve_relative(sentence, subjects[-1]) if subjects else None)
            or (names[-1] if names and len(lead) <= 8 else None)
        )
        if speaker is None:
            continue
        return _colon_event(text, sentence, speaker, colon[0], events, registry), True
    return None, False


def _naming_verb_ends(lead: list[Word]) -> bool:
    """ "what everyone has always called it: “the Rec”": a name given, not words said."""
    tail = lead[-2:]
    return any(w.upos == "VERB" and verb_lemma(w) in _NAMING_VERBS for w in tail)


def _name_opening_a_label(sentence: Sentence, lead: list[Word]) -> Word | None:
    """ "Amara Quist, 31, a nurse at Eastholm Royal Infirmary: “...”": a name opening the
    words before the colon and set off by a comma, with no finite verb of its own."""
    run = leading_proper(sentence, lead)
    if not run or len(run) == len(lead) or lead[len(run)].text != ",":
        return None
    return run[-1] if not any(w.xpos in FINITE_XPOS for w in run) else None


def _colon_event(
    text: str,
    sentence: Sentence,
    noun: Word,
    colon: Word,
    events: list[CueEvent],
    registry: EntityRegistry,
) -> CueEvent:
    mention = build_mention(text, sentence, noun, load_lexicon(), is_subject=True)
    mention.is_speaker = True
    entity = registry.resolve(mention)
    cue = Cue(Span(colon.start, colon.end), ":", ":", CueKind.COLON)
    event = CueEvent(cue=cue, sentence=sentence, anchor=noun, speaker=mention, entity=entity)
    events.append(event)
    return event


def _direct_quotes(
    text: str,
    quotations: list[Quotation],
    events: list[CueEvent],
    index: _Index,
    registry: EntityRegistry,
) -> list[Draft]:
    drafts: list[Draft] = []
    for quotation in quotations:
        words = len(quotation.content.slice(text).split())
        if words <= _SCARE_QUOTE_MAX_WORDS and _names_a_term(quotation, index):
            continue  # "the scheme's “quiet street” signs": a term, never a quote
        if _named_not_said(text, quotation, index):
            continue  # known to staff as “the Fishbowl”, a band called "Hope Runners"
        event, linked = _best_cue(text, quotation, events, index, registry)
        if not linked and _looks_like_title(quotation.content.slice(text)):
            continue  # a slogan or title near a cue: “A Port for Everyone”, she said
        draft = Draft(
            type=QuoteType.DIRECT,
            content=quotation.content,
            parts=quotation.parts,
            event=event,
            confidence=0.0,
            closed=quotation.closed,
            quotation=quotation,
        )
        if event is not None:
            event.used = True
            draft.entity, draft.mention = event.entity, event.speaker
            draft.confidence = _direct_confidence(draft, linked)
        elif words <= _SCARE_QUOTE_MAX_WORDS and not _looks_like_sentence(
            quotation.content.slice(text)
        ):
            # A scare quote or a title is not a quote unless a cue links it; the short
            # second part of a split quote (`"A," said X, "but when."`) is kept to be merged.
            if not (drafts and _is_split_pair(text, drafts[-1], draft, index)):
                continue
            draft.confidence = 0.3
        else:
            draft.confidence = 0.3 if quotation.closed else 0.15
        drafts.append(draft)
    return drafts


def _names_a_term(quotation: Quotation, index: _Index) -> bool:
    sentences = index.sentences_overlapping(quotation.content)
    return len(sentences) == 1 and _is_term(sentences[0], quotation)


# Words that introduce a name, a title or a slogan in quotation marks, not words said.
_NAMING = re.compile(
    r"(?:\bknow[ns]?(?: [^,.;:]{1,40})? as|\bbilled as|\bdubbed|\bnicknamed"
    r"|\b(?:en)?titled|\b[Ss]o-called"
    r"|\bcalling (?:itself|themselves|himself|herself)|\bbranded itself"
    r"|\b(?:slogan|catchphrase|motto|hashtag|title|headline|heading|caption)s?,?"
    # "have given it a less polite name: “the glass wall”", "under the pseudonym “Gwennol”"
    r"|\b(?:name|pseudonym|alias|nickname)s?,?"
    r"|\bsubject line"
    r"|\bheadlined"
    r"|\b(?:sign|banner|placard|poster|T-shirt)s?"
    r" (?:(?:that|which) (?:read|reads|said|says|bore|bears)|reading|bearing|saying)"
    r"(?: [^,.;:\"“‘]{1,40})?"
    # Chants and cries: "protesters chanting “A casa é um direito!”", "his cry of “Gaya!”".
    r"|\bchant(?:s|ed|ing)?(?: of)?|\bcr(?:y|ies) of)"
    r"\s*[,:]?\s*$"
)
_NAMING_REACH = 80  # characters before the opening mark
# "what he calls “the last phone ...”", "whom the press still calls «il Sarto»": a relative
# clause whose naming verb ends right before the quotation.
_RELATIVE_NAMING = re.compile(r"\b(?:what|which|whom)\b[^,.;:!?\"“”«»]{0,60}\bcall(?:s|ed)?\s*$")
_NAMING_VERB = re.compile(
    r"\b(?:call(?:s|ed|ing)?|dub(?:s|bed|bing)|nicknamed?|named|branded)\b[^.;:!?]*$"
)


def _named_by_words_before(text: str, quotation: Quotation) -> bool:
    """ "known as", "dubbed", "what he calls", "a sign reading" right before the quotation,
    or a naming verb shortly before a quoted name ("call the pit “the Bathtub”")."""
    start = quotation.outer.start
    preceding = text[max(0, start - _NAMING_REACH) : start]
    if _NAMING.search(preceding) or _RELATIVE_NAMING.search(preceding):
        return True
    return bool(_NAMING_VERB.search(preceding)) and _looks_like_name(quotation.content.slice(text))


def _named_not_said(text: str, quotation: Quotation, index: _Index) -> bool:
    """A quotation that names something: "known as", "dubbed", "a sign reading", "its slogan",
    or a participle "called" right after a noun ("a church band called "Hope Runners"")."""
    start = quotation.outer.start
    if _named_by_words_before(text, quotation):
        return True
    for sentence in index.sentences_overlapping(Span(start, start + 1)):
        words = [w for w in sentence.words if w.end <= start]
        if len(words) >= 2 and words[-1].text.lower() in ("called", "named"):
            noun = words[-2]
            return noun.upos in ("NOUN", "PROPN") and words[-1].deprel.startswith("acl")
    return False


def _looks_like_title(content: str) -> bool:
    """Title case with no closing punctuation: the name of a work, not words someone said."""
    words = content.split()
    long_words = [w for w in words if sum(c.isalpha() for c in w) >= 4]
    capitalised = [w for w in long_words if w[:1].isupper()]
    # "... Homing Failure in Apis mellifera": a species name may stay lower case.
    return (
        len(words) >= 2
        and content.rstrip()[-1:] not in ".!?,;:"
        and words[0][:1].isupper()
        and bool(long_words)
        and len(capitalised) >= 0.75 * len(long_words)
    )


def _looks_like_sentence(content: str) -> bool:
    stripped = content.rstrip()
    return len(stripped.split()) >= 3 and stripped[-1:] in ".!?,"


def _direct_confidence(draft: Draft, linked: bool) -> float:
    score = 0.95 if linked else 0.85
    if draft.event is not None and draft.event.cue.kind == CueKind.COLON:
        score = 0.75
    if draft.event is not None and draft.event.weak:
        score -= 0.25
    if draft.mention is None:
        score -= 0.3
    elif draft.mention.is_pronoun and draft.entity is None:
        score -= 0.2
    elif draft.mention.is_pronoun:
        score -= 0.05
    if not draft.closed:
        score -= 0.15
    return round(max(0.05, min(1.0, score)), 3)


def _merge_split_quotes(text: str, drafts: list[Draft], index: _Index) -> list[Draft]:
    """`"A," he said, "B."` and `"A," he said. "B."` are one quote with two parts."""
    merged: list[Draft] = []
    for draft in drafts:
        prev = merged[-1] if merged else None
        if prev is not None and _is_split_pair(text, prev, draft, index):
            prev.content = Span(prev.content.start, draft.content.end)
            prev.parts = prev.parts + draft.parts
            prev.closed = draft.closed
            if prev.quotation is not None and draft.quotation is not None:
                prev.quotation = Quotation(
                    prev.parts,
                    prev.quotation.open_mark,
                    draft.quotation.close_mark,
                    prev.quotation.family,
                    0,
                )
            continue
        merged.append(draft)
    return merged


# A full stop ends a sentence unless it ends a title or an initial: "said Dr. Ann Lee, ...".
_SENTENCE_END = re.compile(
    r"(?<!\bDr)(?<!\bMr)(?<!\bMs)(?<!\bMrs)(?<!\bSt)(?<!\bProf)(?<!\bGen)(?<!\bSen)"
    r"(?<!\bRep)(?<!\bGov)(?<!\bLt)(?<!\bCol)(?<!\bCapt)(?<!\bSgt)(?<!\bJr)(?<!\bSr)"
    r"(?<!\b[A-Z])[.!?]\s+\S"
)


def _is_split_pair(text: str, first: Draft, second: Draft, index: _Index) -> bool:
    if (
        first.event is None
        or first.event.cue.kind != CueKind.VERB
        or first.quotation is None
        or second.quotation is None
    ):
        return False
    if second.event is not None and second.event is not first.event:
        # `"A," said X, who announced the change, "but B."`: a cue in the frame's relative
        # clause, with the same speaker, does not end the quote.
        in_frame = first.quotation.outer.end <= second.event.cue.span.start
        in_frame = in_frame and second.event.cue.span.end <= second.quotation.outer.start
        if not (in_frame and _same_speaker(first.event, second.event)):
            return False
    cue = first.event.cue.span
    if not (first.quotation.outer.end <= cue.start and cue.end <= second.quotation.outer.start):
        return False
    if index.paragraph(first.content.start) != index.paragraph(second.content.start):
        return False
    # "... said, ‘I’m done,’” he said, “...": a nested quote may close the first part.
    first_text = first.content.slice(text).rstrip().rstrip("'’\"”")
    if first_text[-1:] not in (",", "—", "–", "-", "…"):
        return False  # "A." he said. "B." reads as two quotes
    frame_text = text[first.quotation.outer.end : second.quotation.outer.start].strip()
    if _SENTENCE_END.search(frame_text):
        return False  # the frame ends a sentence: the second mark opens something else
    second_text = second.content.slice(text)
    # `"A," Biden said after the game, "and B."`: the sentence runs on into the second part.
    # The frame may hold a long apposition and where it was said ("said Karim Benhaddou, the
    # general secretary of ..., standing on a pallet in front of about 600 strikers, “and").
    if frame_text.endswith((",", "—", "–", ":")) or second_text[:1].islower():
        return len(frame_text) <= _MAX_SPLIT_FRAME
    # `"A," he said. "B."`: the frame ends its sentence, so "B." is a new quote that
    # continues the same speaker (see _continue_speakers), as the seed article's Biden quotes.
    return False


def _continue_speakers(drafts: list[Draft], events: list[CueEvent], index: _Index) -> None:
    """A cue-less quote right after an attributed one (same or next paragraph) continues it."""
    previous: Draft | None = None
    for draft in drafts:
        if (
            draft.event is None
            and previous is not None
            and _continues(previous, draft, events, index)
        ):
            gap = index.paragraph(draft.content.start) - index.paragraph(previous.content.end)
            draft.entity, draft.mention, draft.source = (
                previous.entity,
                previous.mention,
                previous.source,
            )
            draft.confidence = 0.7 if gap == 0 else 0.65
            draft.notes.append("continuation")
        attributed = draft.event is not None or "continuation" in draft.notes
        previous = draft if attributed else None


def _continues(previous: Draft, draft: Draft, events: list[CueEvent], index: _Index) -> bool:
    """No more than one paragraph apart and no other speaker's cue in between."""
    if previous.entity is None and previous.mention is None:
        return False
    gap = index.paragraph(draft.content.start) - index.paragraph(previous.content.end)
    intervening = [
        e
        for e in events
        if previous.content.end < e.anchor.start < draft.content.start
        and e.speaker is not None
        and e.entity is not previous.entity
    ]
    return gap <= 1 and not intervening


# --- pass 4: reported speech -----------------------------------------------------------


def _complement(
    sentence: Sentence, event: CueEvent, lexicon: Lexicon, other_cues: dict[int, int]
) -> list[Word]:
    """What the cue reports, up to a clause of the writer's own (", as ...", ", after ...")."""
    words = _reported_words(sentence, event, lexicon, other_cues)
    if words and words[-1].end <= event.cue.span.start:
        # "CLAUSE, after ..., according to X": a cue after the clause vouches for all of it.
        return _until_colon_quote(_after_colon_quote(words))
    return _until_writers_clause(sentence, _until_colon_quote(_after_colon_quote(words)))


def _before_colon_quote(sentence: Sentence, last: Word) -> bool:
    """``last`` is followed by a colon and a quotation mark."""
    following = sentence.words[last.index : last.index + 2]
    return len(following) == 2 and following[0].text == ":" and following[1].text in QUOTE_MARKS


def _until_colon_quote(words: list[Word]) -> list[Word]:
    """ "said the offences were made worse by what it charged: “People pay ...”": the report
    ends at the colon; the quotation after it is the speaker's own words, a quote apart."""
    for i, word in _outside_quotes(words):
        if word.text == ":" and 0 < i < len(words) - 1 and words[i + 1].text in QUOTE_MARKS:
            return trim_punct(words[:i])
    return words


def _after_colon_quote(words: list[Word]) -> list[Word]:
    """ "asked him: “Did you recognise that man?”": the person addressed and the colon are
    not part of what was said; the quotation after them is."""
    for i, word in enumerate(words[:-1]):
        if word.upos in ("VERB", "AUX"):
            return words
        if word.text == ":" and words[i + 1].text in QUOTE_MARKS:
            return words[i + 1 :]
    return words


_WRITERS_CLAUSES = frozenset(
    {"as", "after", "amid", "following", "before", "when", "while", "whereas", "although"}
    | {"though"}
)


def _outside_quotes(words: list[Word]) -> Iterator[tuple[int, Word]]:
    """The words (with their positions) not inside double quotation marks; an opening mark
    counts as inside, a closing one as outside."""
    quoted = False
    for i, word in enumerate(words):
        if word.text in DOUBLE_MARKS:
            quoted = not quoted
        if not quoted:
            yield i, word


def _until_writers_clause(sentence: Sentence, words: list[Word]) -> list[Word]:
    """ "said prices would rise, as the country's first heatwave ...": the writer's context
    after a comma (whatever the parse hung the comma from) ends the report; never inside
    quotation marks."""
    for i, word in _outside_quotes(words):
        if i == 0:
            continue
        # "said the plan was sound but declined to comment": the speaker's refusal, hung from
        # the reported clause by the parse, is no part of it.
        if (
            word.text.lower() in ("but", "and")
            and i + 1 < len(words)
            and verb_lemma(words[i + 1]) in _REFUSALS
            and words[i + 1].deprel == "conj"
        ):
            return trim_punct(words[:i])
        # The clause may be left out of the words altogether (hung elsewhere by the parse)
        # while words after it are in: look at what follows the previous word in the text.
        comma = words[i - 1].index + 1
        if (
            comma + 1 <= len(sentence.words)
            and sentence.word(comma).text == ","
            and (
                (
                    sentence.word(comma + 1).text.lower() in _WRITERS_CLAUSES
                    and not _relative_when(sentence, comma)
                    and not _reported_concession(sentence, comma)
                )
                or _at_an_event(sentence, comma)
            )
        ):
            return trim_punct(words[:i])
    return words


_EVENTS = frozenset(
    {"conference", "briefing", "meeting", "rally", "hearing", "summit", "launch", "ceremony"}
)


def _at_an_event(sentence: Sentence, comma: int) -> bool:
    """ "predicted his defence would not last six rounds, at a press conference that ...":
    where it was said, the writer's."""
    phrase = sentence.words[comma : comma + 4]
    return (
        len(phrase) >= 3
        and phrase[0].text.lower() == "at"
        and phrase[1].upos == "DET"
        and any(w.lemma.lower() in _EVENTS or w.text.lower() in _EVENTS for w in phrase[2:])
    )


_CONCESSIONS = frozenset({"although", "though"})
_BACKSHIFT_REACH = 8  # words after "although" in which its verb group shows its tense


def _reported_concession(sentence: Sentence, comma: int) -> bool:
    """ "said there had been no serious incidents, although two people had been treated":
    a concession in the reported tenses (past perfect, "would") is the speaker's, not the
    writer's ("..., although his daughter has offered him her room")."""
    if sentence.word(comma + 1).text.lower() not in _CONCESSIONS:
        return False
    return _in_reported_tenses(sentence.words[comma + 1 : comma + 1 + _BACKSHIFT_REACH])


def _in_reported_tenses(clause: Sequence[Word]) -> bool:
    """A clause whose verb group, within its first words, is in a reported speech's tenses
    (past perfect, "would")."""
    for before, after in pairwise(clause):
        if before.text in (",", ";") or before.text in QUOTE_MARKS:
            return False
        past_perfect = before.text.lower() == "had" and after.xpos == "VBN"
        if past_perfect or before.text.lower() == "would":
            return True
    return False


_MONTHS = frozenset(
    {"january", "february", "march", "april", "may", "june", "july", "august", "september"}
    | {"october", "november", "december"}
)


def _relative_when(sentence: Sentence, comma: int) -> bool:
    """ "until Tuesday, when temperatures are forecast to fall": a "when" after a time is a
    relative clause describing that time, still part of the report."""
    if comma < 2 or sentence.word(comma + 1).text.lower() != "when":
        return False
    before = sentence.word(comma - 1).text.lower()
    return before in _TEMPORAL or before in _MONTHS or (before.isdigit() and len(before) == 4)


def _reported_words(
    sentence: Sentence, event: CueEvent, lexicon: Lexicon, other_cues: dict[int, int]
) -> list[Word]:
    """What the cue reports: the verb's clausal complement, or for nominal cues the clause."""
    anchor = event.anchor
    if event.cue.kind == CueKind.NOUN_PHRASE:
        return _nominal_content(sentence, event)
    relative = _relative_cue_content(sentence, event)
    if relative:
        return relative
    trailing = event.trailing
    if (
        trailing is not None
        and event.speaker is not None
        and trailing[1][-1].index < event.speaker.head.index < anchor.index
    ):
        return trailing[1]  # "CLAUSE, diplomats said.": the whole clause, whatever the parse
    if event.cue.lemma in lexicon.as_report_verbs:
        return _described_as(sentence, anchor)
    inverted = _clause_before_inverted_cue(sentence, event)
    if inverted:
        return inverted
    clauses = children_by(sentence, anchor, _COMPLEMENT_RELATIONS)
    speaker_start = event.speaker.span.start if event.speaker is not None else anchor.start
    # A clause before the verb is reported only when it also precedes the speaker
    # ("Russia could double, Blinken said"), not "Brennan, founder of X, said".
    clauses = [
        c
        for c in clauses
        if c.index > anchor.index
        or (sentence.subtree(c)[-1].end <= speaker_start and is_finite_clause(sentence, c))
    ]
    that_clause = _after_that(sentence, anchor)
    if that_clause:
        # "warned on Thursday that ...": the words after "that" are the report, whatever
        # relation (ccomp, advcl, conj) the parse gave their clause and its conjuncts.
        return _cut_nested(that_clause, anchor, [], sentence, other_cues)
    if not clauses:
        clauses = (
            _clause_right_after(sentence, anchor)
            or _conj_after_object(sentence, anchor)
            or _clause_on_listener(sentence, anchor)
        )
    if not clauses and event.cue.lemma not in lexicon.object_report_verbs:
        rest = _finite_clause_after(sentence, anchor)
        if rest:
            return rest
    if not clauses and event.cue.lemma in lexicon.object_report_verbs:
        # "accused Russia of massing troops", "promised to act"
        clauses = [
            c
            for c in sentence.children(anchor)
            # "urged anyone who saw the van to call": a compact parser may call it iobj.
            if c.base_relation in ("obj", "iobj", "xcomp", "advcl", "obl")
            and c.index > anchor.index
        ]
        clauses = [
            c
            for c in clauses
            if (
                c.base_relation != "obl"
                or has_preposition(sentence, c, ("of", "for", "about", "on"))
            )
            and not _lists_examples(sentence, c)
        ]
        # "proposed the restriction", "announced on Monday": a bare noun phrase is no report;
        # "called the plans “a betrayal”" (an xcomp, or a second object) is.
        objects = [c for c in clauses if c.base_relation == "obj"]
        quoted = any(
            w.upos == "PUNCT" and w.text in DOUBLE_MARKS
            for o in objects
            for w in sentence.subtree(o)
        )
        predicate = len(objects) > 1 or quoted or any(c.base_relation == "xcomp" for c in clauses)
        # "asked to call Westmere Police on 101, quoting ...": a phone call, not a description
        # (which needs a predicate); "called on the council to pay" still reports.
        calls_on = not objects and any(c.base_relation == "obl" for c in clauses)
        if event.cue.lemma in lexicon.weak_verbs and not predicate and not calls_on:
            clauses = []
        has_verb = any(
            w.upos in ("VERB", "AUX") for c in clauses for w in _without_participles(sentence, c)
        )
        if not predicate and not has_verb:
            clauses = []
        # "accused X of Y, but ...": the contrast is the writer's (", while ..." is cut with
        # the writer's other clauses, in _complement).
        words = sorted(
            {w.index: w for c in clauses for w in sentence.subtree(c)}.values(),
            key=lambda w: w.index,
        )
        kept = _until_contrast(words)
        if event.cue.lemma == "accuse":
            kept = _until_time_of_accusing(kept)
        if len(kept) < len(words):
            return _cut_nested(kept, anchor, clauses, sentence, other_cues)
    if not clauses:
        head = sentence.head_of(anchor)
        if _reports_head_clause(sentence, anchor, event) and head is not None:
            # "Russia could double its force, Blinken said." reports the head clause.
            return trim_punct(subtree_without(sentence, head, [anchor]))
        return []
    clauses = [*clauses, *_continuing_conjuncts(sentence, anchor, clauses, lexicon)]
    words = sorted(
        {w.index: w for c in clauses for w in sentence.subtree(c)}.values(), key=lambda w: w.index
    )
    if all(c.index > anchor.index for c in clauses):
        # A clause after the verb does not reach back past it: "Its author, X, said
        # governments had ...", parsed with "author" as the clause's subject.
        words = [w for w in words if w.index > anchor.index]
    return _cut_nested(
        _with_stray_subject(sentence, anchor, words), anchor, clauses, sentence, other_cues
    )


_BACKSHIFTED = frozenset({"would", "could", "might"})
_MODALS = frozenset({"will", "would", "could", "can", "may", "might", "should", "must", "shall"})


def _without_participles(sentence: Sentence, root: Word) -> list[Word]:
    """The subtree of ``root`` less its bare participial modifiers: "300 jobs and a pool
    heated by waste warmth" is a noun phrase; "Russia of massing troops", "both sides to
    show restraint" and "the attack had been planned" keep their verbs."""
    dropped = [
        w
        for w in sentence.subtree(root)
        if w is not root
        and w.deprel == "acl"
        and w.xpos == "VBN"
        and not any(c.deprel.startswith(("aux", "nsubj")) for c in sentence.children(w))
    ]
    return subtree_without(sentence, root, dropped)


def _lists_examples(sentence: Sentence, clause: Word) -> bool:
    """ "admitted 11 offences, including failing to fit alarms": examples of the object."""
    return any(
        k.deprel in ("mark", "case") and k.text.lower() in ("including", "excluding")
        for k in sentence.children(clause)
    )


def _continuing_conjuncts(
    sentence: Sentence, verb: Word, clauses: list[Word], lexicon: Lexicon
) -> list[Word]:
    """ "said she was “calm” and would accept whatever the recount showed", with "would
    accept" hung from "said": a conjunct with a modal or a backshifted "had" ("... and had
    learned of it from a poster") and no subject of its own, right after
    the reported clause, goes on with it (a reporting verb there is a second report); so
    does a second that-clause ("..., but that flooding could ...")."""
    if not clauses:
        return []
    last = max(sentence.subtree(c)[-1].index for c in clauses)
    found = []
    for conj in sentence.children(verb):
        own = sentence.children(conj)
        if (
            conj.deprel == "conj"
            and conj.index > last
            and sentence.subtree(conj)[0].index <= last + 2
            and reporting_lemma(conj, lexicon) is None
            and (
                # "..., but that flooding could ...": a second that-clause, hung from "said".
                _opens_with_that(sentence, conj)
                or (
                    not has_subject(sentence, conj)
                    and any(
                        k.deprel.startswith("aux")
                        and (k.lemma.lower() in _MODALS or k.text.lower() == "had")
                        for k in own
                    )
                )
                # "... was “always open” but the rebate would end in April": a backshifted
                # modal carries the report on, whatever its subject; so does the past perfect
                # ("the family had held on, but the hall had lost money").
                or any(k.deprel == "aux" and k.text.lower() in _BACKSHIFTED for k in own)
                or (
                    conj.xpos == "VBN"
                    and any(k.deprel == "aux" and k.text.lower() == "had" for k in own)
                )
                # "said her client had no objection but was “not minded to hand it over”": a
                # subjectless conjunct quoting the speaker's words.
                or (
                    not has_subject(sentence, conj)
                    and any(w.text in DOUBLE_MARKS for w in sentence.subtree(conj))
                )
                # "said she was underweight but showed no sign of injury": a past-tense
                # conjunct after "but" with the reported clause's subject understood (not
                # "but declined to comment" nor "and left").
                or _but_goes_on(sentence, conj, clauses)
                # "urged farmers to report sick animals and not to hide them": a second
                # infinitive after the first.
                or (
                    not has_subject(sentence, conj)
                    and any(c.base_relation == "xcomp" for c in clauses)
                    and any(k.deprel == "mark" and k.text.lower() == "to" for k in own)
                )
            )
        ):
            found.append(conj)
            last = sentence.subtree(conj)[-1].index
    return found


_SPEAKERS_OWN_ACTS = (
    _REFUSALS
    | {"give", "offer", "provide", "elaborate", "comment", "leave", "stop", "walk", "hang"}
    | {"add", "answer", "reply", "promise", "vow", "insist", "stress", "warn"}
)


def _but_goes_on(sentence: Sentence, conj: Word, clauses: list[Word]) -> bool:
    """A subjectless "but" conjunct in the past, after a clause in the past, shares that
    clause's subject: "said it was monitoring water levels closely but did not expect
    flooding"."""
    own = sentence.children(conj)
    if has_subject(sentence, conj) or not any(
        k.deprel == "cc" and k.text.lower() == "but" for k in own
    ):
        return False
    if verb_lemma(conj) in _SPEAKERS_OWN_ACTS:
        return False
    past = conj.xpos == "VBD" or any(
        k.deprel == "aux" and k.text.lower() in ("did", "had", "was", "were") for k in own
    )
    reported_past = any(
        w.xpos in ("VBD", "MD")
        for c in clauses
        for w in sentence.subtree(c)
        if w.index < conj.index
    )
    return past and reported_past


def _opens_with_that(sentence: Sentence, clause: Word) -> bool:
    """A clause that starts (after "and"/"but") with the conjunction "that", however the
    parse labelled it; not the demonstrative ("but that decision ...")."""
    words = [w for w in sentence.subtree(clause) if w.upos not in ("PUNCT", "CCONJ")]
    return bool(words) and words[0].text.lower() == "that" and words[0].deprel != "det"


def _conj_after_object(sentence: Sentence, verb: Word) -> list[Word]:
    """ "Scientists say a daily portion of beans may cut the risk", parsed with the noun as
    the verb's object and "may cut" as its conjunct: that conjunct (no subject of its own,
    an auxiliary, right after the object) is the reported clause; the object is its subject
    (``_with_stray_subject``)."""
    children = sentence.children(verb)
    objects = [c for c in children if c.deprel in ("obj", "iobj") and c.index > verb.index]
    for conj in (c for c in children if c.deprel == "conj" and c.upos in ("VERB", "AUX")):
        own = sentence.children(conj)
        has_aux = any(k.deprel.startswith("aux") for k in own)
        no_subject = not has_subject(sentence, conj)
        starts = sentence.subtree(conj)[0].index
        if (
            has_aux
            and no_subject
            and any(sentence.subtree(o)[-1].index + 1 == starts for o in objects)
        ):
            return [conj]
    return []


def _with_stray_subject(sentence: Sentence, verb: Word, words: list[Word]) -> list[Word]:
    """ "said its offer of 6 per cent was fair", parsed with "its offer" as the object of
    "said": an object right before the reported clause is its subject's start."""
    if not words or verb_lemma(verb) in _ADDRESSEE_VERBS:
        return words
    # "said investors' patience with the board was ...", parsed as an object "investors" and
    # a second subject "patience" of "said": together they fill the gap up to the clause.
    has_own_subject_before = any(
        c.deprel.startswith("nsubj") and c.index < verb.index for c in sentence.children(verb)
    )
    stray = [
        w
        for c in sentence.children(verb)
        if c.index > verb.index
        and (
            c.deprel in ("obj", "iobj")
            or (c.deprel.startswith("nsubj") and has_own_subject_before)
            # "said her access to the workspace was cut off", "access" parsed as xcomp
            or (c.deprel == "xcomp" and c.upos == "NOUN")
        )
        for w in sentence.subtree(c)
        if w.index < words[0].index
    ]
    gap = range(verb.index + 1, words[0].index)
    if stray and sorted(w.index for w in stray) == list(gap):
        return sorted(stray, key=lambda w: w.index) + words
    return words


def _described_as(sentence: Sentence, verb: Word) -> list[Word]:
    """ "described the couple as quiet and private": the object and its "as" phrase, or
    nothing ("described a loud bang" reports no claim)."""
    after = [c for c in sentence.children(verb) if c.index > verb.index]
    objects = [c for c in after if c.base_relation == "obj"]
    as_phrases = [
        c
        for c in after
        if c.deprel != "obj"
        and any(
            k.text.lower() == "as" and k.deprel in ("case", "mark") for k in sentence.children(c)
        )
    ]
    if objects and not as_phrases:
        return _described_as_by_position(sentence, verb, objects[0])
    if not objects:
        return _described_as_quoted(sentence, verb)
    if not as_phrases:
        return []
    # "described her passage ... as", with "her" parsed as a second object.
    words = [w for o in objects for w in sentence.subtree(o)] + sentence.subtree(as_phrases[0])
    # "as “long overdue and fully funded”" with the second half parsed as the verb's conj;
    # not "as «absurd and insulting» and summoned the ambassador", after the closing mark.
    marks = sum(w.text in DOUBLE_MARKS for w in words)
    quotation_closed = marks > 0 and marks % 2 == 0
    for conj in [] if quotation_closed else after:
        subtree = sentence.subtree(conj)
        no_subject = not has_subject(sentence, conj)
        if (
            conj.deprel == "conj"
            and no_subject
            and subtree[0].index == max(w.index for w in words) + 1
        ):
            words += subtree
    ordered = sorted({w.index: w for w in words}.values(), key=lambda w: w.index)
    ordered = _to_closing_mark(sentence, ordered)
    first = ordered[0].index
    if first > 1 and sentence.word(first - 1).xpos == "PRP$":
        ordered.insert(0, sentence.word(first - 1))  # "her daughter", the parse's iobj
    return trim_punct(contiguous_around(ordered, objects[0]))


_DESCRIBED_REACH = 8  # words between the verb and "as": "described the opening looks as"


def _described_as_quoted(sentence: Sentence, verb: Word) -> list[Word]:
    """ "described the opening looks as «costume for a shipwreck»", with no object in the
    parse ("looks" read as a verb): a short run of words, then "as" and an opening quotation
    mark; from the first word to the closing mark."""
    rest = list(sentence.words[verb.index : verb.index + _DESCRIBED_REACH + 2])
    for i, word in enumerate(rest[:-1]):
        if word.upos == "PUNCT" or word.text.lower() == "that":
            return []
        if i > 0 and word.text.lower() == "as" and rest[i + 1].text in DOUBLE_MARKS:
            return trim_punct(_to_closing_mark(sentence, rest[: i + 2]))
    return []


def _to_closing_mark(sentence: Sentence, words: list[Word]) -> list[Word]:
    """Words that open a quotation mark run on to its closing one ("as “the hardest and best
    six weeks of my life”", with the parse's pieces hung from the verb)."""
    marks = [w for w in words if w.text in DOUBLE_MARKS]
    # A curly single opener is no apostrophe ("as ‘an attractive story for which there is,
    # so far, no evidence’"); the straight one may be ("the players' union").
    single = [w.text for w in words if w.text in ("‘", "’")]
    if len(marks) % 2 == 0 and single[-1:] != ["‘"]:
        return words
    closers = DOUBLE_MARKS if len(marks) % 2 else frozenset({"’"})
    for word in sentence.words[words[-1].index :]:
        if word.text in closers:
            return [*words, *sentence.words[words[-1].index : word.index]]
    return words


def _described_as_by_position(sentence: Sentence, verb: Word, obj: Word) -> list[Word]:
    """ "described his side's win over Kelloway at Millbrae Park on Saturday as “...”", with
    the "as" phrase hung from a noun in between: from the object to the end of the sentence,
    when an "as" follows with no finite verb before it ("the decision to keep the stage open
    ... as" has only an infinitive)."""
    start = sentence.subtree(obj)[0].index
    for word in sentence.words[verb.index :]:
        infinitive = word.xpos == "VB" or word.xpos == "VBG"
        if (word.upos in ("VERB", "AUX") and not infinitive) or word.text in (";", ":"):
            return []
        if word.text.lower() == "as" and word.index > obj.index:
            rest = [w for w in sentence.words if w.index >= start]
            return trim_punct(_until_contrast(rest))
    return []


def _opens_with_as(sentence: Sentence, word: Word) -> bool:
    return any(
        k.text.lower() == "as" and k.deprel in ("case", "mark") for k in sentence.children(word)
    )


def _reports_head_clause(sentence: Sentence, anchor: Word, event: CueEvent) -> bool:
    """ "CLAUSE, Blinken said." parsed as parataxis, or as a conj after a comma with a
    subject of its own ("..., the university announced on Monday")."""
    head = sentence.head_of(anchor)
    if event.speaker is None or head is None:
        return False
    if anchor.deprel == "parataxis":
        return True
    if anchor.deprel != "conj" or anchor.index < head.index:
        return False
    own_subject = [c for c in sentence.children(anchor) if c.deprel.startswith("nsubj")]
    if not own_subject:
        return False
    phrase = trim_punct(sentence.subtree(own_subject[0]))
    first = phrase[0] if phrase else own_subject[0]
    return first.index > 1 and sentence.word(first.index - 1).text == ","


_AFTER_CUE_CLAUSES = frozenset({"as", "when", "while", "after", "before", "shortly"})
_TRAILING_AFTER_WORDS = 6  # "said on Friday", "have warned ministers in a leaked memo"
_TRAILING_PHRASE_WORDS = 10  # "researchers at the University of Calderbrook"


def _trailing_report(sentence: Sentence, verb: Word) -> tuple[Word, list[Word]] | None:
    """ "CLAUSE, researchers at the University of X reported on Wednesday." read by position,
    for parses that hang the verb inside the clause or the phrase: a reporting verb that ends
    its sentence (a short time or place phrase at most after it), after a comma and a noun
    phrase with no finite verb, reports the clause before the comma; the phrase's first noun
    run speaks. Returns (the head of that run, the clause's words) or None."""
    after = [w for w in _own_words_after(sentence, verb) if w.upos != "PUNCT"]
    # "in a report published on Thursday": a participle describing a noun is no clause.
    clause_words = [w for w in after if not (w.xpos == "VBN" and w.deprel == "acl")]
    if len(after) > _TRAILING_AFTER_WORDS or any(
        w.upos in ("VERB", "AUX", "SCONJ") or w.text.lower() == "that" for w in clause_words
    ):
        return None
    found = _speaker_phrase_before(sentence, verb)
    if found is None:
        return None
    phrase, comma = found
    nouns = _first_noun_run(phrase)
    if not nouns or len(phrase) > _TRAILING_PHRASE_WORDS:
        return None
    if any(
        # "..., the council has confirmed": the verb's own auxiliary is no clause of the phrase.
        (w.xpos in FINITE_XPOS and not (w.deprel.startswith("aux") and w.head == verb.index))
        or (w.upos == "PRON" and w.index != phrase[0].index)
        for w in phrase
    ):
        return None
    clause = trim_punct(list(sentence.words[: comma.index - 1]))
    if len(clause) < 3 or not any(w.xpos in FINITE_XPOS for w in clause):
        return None
    return nouns[-1], clause


def _own_words_after(sentence: Sentence, verb: Word) -> list[Word]:
    """The words after a sentence-final cue that still belong to it ("said on Tuesday"), up
    to what the writer adds: a source (", according to ..."), a clause of his own (", and by
    nightfall ...", ", ending six decades ...") or a time clause ("on Tuesday as his trial
    opened")."""
    rest = list(sentence.words[verb.index :])
    for i, word in enumerate(rest[:-1]):
        following = rest[i + 1]
        if word.text == "," and (
            following.text.lower() in ("according", "as", "and", "but") or following.xpos == "VBG"
        ):
            return rest[:i]
        follows_time = i > 0 and rest[i - 1].text.lower() in _TEMPORAL
        joins = word.upos == "SCONJ" or (word.upos == "ADP" and follows_time)
        if joins and word.text.lower() in _AFTER_CUE_CLAUSES:
            return rest[:i]
    return rest


def _speaker_phrase_before(sentence: Sentence, verb: Word) -> tuple[list[Word], Word] | None:
    """The words between the last comma and the verb, and that comma; past an apposition set
    off by commas when the verb follows it ("..., SNCF, the state-owned rail operator, said")."""
    words = sentence.words
    commas = [w for w in words[: verb.index - 1] if w.text == ","]
    if not commas:
        return None
    phrase = list(words[commas[-1].index : verb.index - 1])
    if phrase or len(commas) < 3:
        return phrase, commas[-1]
    aside = words[commas[-2].index : commas[-1].index - 1]
    named = list(words[commas[-3].index : commas[-2].index - 1])
    name_only = bool(named) and all(w.upos == "PROPN" for w in named)
    if name_only and not any(w.xpos in FINITE_XPOS for w in aside):
        return named, commas[-3]
    # "..., Calgrid's chief executive, Paolo Venturi, said": a role, then the name.
    aside_is_name = bool(aside) and all(w.upos == "PROPN" for w in aside)
    role = len(named) <= _TRAILING_PHRASE_WORDS and any(w.upos == "NOUN" for w in named)
    if aside_is_name and role and not any(w.xpos in FINITE_XPOS for w in named):
        return list(aside), commas[-3]
    return phrase, commas[-1]


def _first_noun_run(phrase: list[Word]) -> list[Word]:
    """The first run of adjacent nouns: "an employment tribunal" -> employment, tribunal; its
    last word heads it ("researchers at the University of X" -> researchers)."""
    run: list[Word] = []
    for word in phrase:
        if word.upos in ("NOUN", "PROPN"):
            run.append(word)
        elif run:
            break
    return run


_ADDRESSEE_VERBS = frozenset({"tell", "inform", "assure", "remind", "warn", "brief", "advise"})


_APPROXIMATORS = frozenset({"about", "around", "roughly", "nearly", "almost", "approximately"})


def _finite_clause_after(sentence: Sentence, verb: Word) -> list[Word]:
    """ "saying any movement ... would be considered": the words after the verb, when they hold a
    finite verb of their own, are the report even if the parse hung them elsewhere."""
    after = list(sentence.words[verb.index :])
    if verb_lemma(verb) in _ADDRESSEE_VERBS:
        # "told reporters the plan was ...": skip a short addressee.
        while (
            after
            and after[0].upos in ("NOUN", "PRON", "PROPN", "DET")
            and len(after) > 3
            and after[0].deprel in ("obj", "iobj", "det", "compound")
        ):
            after = after[1:]
    # "said about 1,150 of the 1,400 people ... had been flown": an adverb that rounds a number.
    approximate = (
        len(after) > 1 and after[0].text.lower() in _APPROXIMATORS and after[1].upos == "NUM"
    )
    if not after or (
        after[0].upos in ("PUNCT", "ADP", "ADV", "PART", "SCONJ", "CCONJ") and not approximate
    ):
        return []
    clause = _until_contrast(after)
    clause = [w for w in clause if w.text != "."]
    # "had written a statement that was read to the court": a relative clause on the object
    # is no clause of the verb's.
    finite = next(
        (
            i
            for i, w in enumerate(clause)
            if i > 0 and w.xpos in FINITE_XPOS and not _in_relative_clause(sentence, w)
        ),
        None,
    )
    # "clarified his remarks, saying ...": a comma before the finite verb means the words
    # after the verb are its object, not a clause.
    if finite is None or any(w.text in (",", ";", ":") for w in clause[:finite]):
        return []
    return trim_punct(clause)


def _in_relative_clause(sentence: Sentence, word: Word) -> bool:
    """A verb heading a relative clause, or its auxiliary ("that was read")."""
    head = sentence.head_of(word) if word.deprel.split(":")[0] in ("aux", "cop") else word
    return head is not None and head.deprel == "acl:relcl"


_RELATIVE_WORDS = frozenset({"which", "that", "who", "what"})


def _relative_cue_content(sentence: Sentence, event: CueEvent) -> list[Word]:
    """ "which Moscow says is ...", "a force that Blinken said Russia could double", "what
    officials say could be ...": a cue in a relative clause reports the words after the verb."""
    if event.speaker is None or event.cue.kind != CueKind.VERB:
        return []
    before = [w for w in sentence.words if w.end <= event.speaker.span.start]
    after = [w for w in sentence.words if w.start >= event.anchor.end]
    if not before or not after:
        return []
    # "a reading the weather service said was the highest": a relative with no relative
    # word, whose subject is the noun before the speaker; a finite verb follows the cue.
    contact = before[-1].upos == "NOUN" and after[0].xpos in FINITE_XPOS
    if before[-1].text.lower() not in _RELATIVE_WORDS and not contact:
        return []
    for i, word in enumerate(after):
        follows_relative = i + 1 < len(after) and after[i + 1].text.lower() in _RELATIVE_WORDS
        # "..., which Moscow says ...": the next relative clause is another report.
        joins_next = word.upos == "CCONJ" or word.text == ","
        if word.text in (";", ".") or (joins_next and follows_relative):
            after = after[:i]
            break
    content = trim_punct(_until_contrast(after))
    # "a deal that both sides had agreed in September": the relative's gap is the object,
    # and what follows the verb is no clause of its own.
    if not any(w.upos in ("VERB", "AUX") for w in content):
        return []
    return content


def _clause_right_after(sentence: Sentence, verb: Word) -> list[Word]:
    """ "saying it contained ...": a clause with its own subject right after the verb is what
    was said, even when the parse calls it advcl or conj."""
    for child in sentence.children(verb):
        if child.index <= verb.index or child.upos not in ("VERB", "AUX", "ADJ", "NOUN"):
            continue
        if child.base_relation not in ("advcl", "conj", "dep", "xcomp", "obj"):
            continue
        subjects = [c for c in sentence.children(child) if c.deprel.startswith("nsubj")]
        first = sentence.subtree(child)[0]
        if subjects and first.index - verb.index <= 2:
            return [child]
    return []


_PERSONAL_SUBJECTS = frozenset({"he", "she", "they", "i", "we", "it"})


def _clause_on_listener(sentence: Sentence, verb: Word) -> list[Word]:
    """ "has told a jury he saw a tattooed arm", parsed with "he saw ..." as a relative clause
    on "jury": a clause right after the listener, opening with a personal pronoun as its
    subject, that has a complement of its own ("he saw an arm", unlike the relative "a man
    he knew"), is what was told."""
    if verb_lemma(verb) not in _ADDRESSEE_VERBS:
        return []
    for listener in sentence.children(verb):
        if listener.base_relation not in ("obj", "iobj") or listener.index < verb.index:
            continue
        for clause in sentence.children(listener):
            own = sentence.children(clause)
            first = sentence.subtree(clause)[0]
            opens_with_pronoun = (
                first.deprel.startswith("nsubj")
                and first.text.lower() in _PERSONAL_SUBJECTS
                and sentence.word_before(first) is listener
            )
            complement = any(
                k.base_relation in ("obj", "ccomp", "xcomp", "cop", "obl") for k in own
            )
            if clause.deprel == "acl:relcl" and opens_with_pronoun and complement:
                # "..., but never a face, at the wheel ...": an elliptical conjunct the parse
                # hung from the verb goes on with the clause.
                end = sentence.subtree(clause)[-1].index
                fragments = [
                    c
                    for c in sentence.children(verb)
                    if c.index > end and c.deprel == "conj" and c.upos in ("NOUN", "PROPN")
                ]
                return [clause, *fragments]
    return []


_THAT_WORDS = ("that", "whether")
# Words between the verb and "that": "was told by Ruth Adeyemi, the council's officer, that".
_THAT_REACH = 20  # "were told in a letter on Friday by the plant's managing director, X, that"


def _after_that(sentence: Sentence, verb: Word) -> list[Word]:
    """The words from just after a "that" following the verb to the end of the sentence."""
    for word in sentence.words[verb.index : verb.index + _THAT_REACH]:
        # Any verb ends the search, but an adjective one ("by a passing motorist that") or a
        # participle on a noun ("in a notice posted on Monday that"); brackets do not ("by
        # the National Emergency Management Office (NEMO) that").
        stops = word.upos in ("VERB", "PUNCT") and word.text not in (",", "-", "‑", "(", ")")
        if stops and word.deprel != "amod" and not _participle_on_noun(sentence, word):
            return []
        is_that = word.text.lower() in _THAT_WORDS and word.upos in ("SCONJ", "PRON", "DET", "ADP")
        rest = list(sentence.words[word.index :])
        if rest and rest[0].text.lower() in _TEMPORAL:
            continue  # "that evening": a demonstrative, not a clause

        # "that" opening a clause: hung from the clause's verb, or followed by a finite verb.
        opens_clause = sentence.head_of(word) not in (None, verb) or any(
            w.xpos in FINITE_XPOS for w in rest[1:]
        )
        # "had written a statement that was read to the court": the subject of a relative
        # clause on the verb's object, not a complementizer ("said in a statement that ..."
        # may be parsed so too).
        clause = sentence.head_of(word)
        described = sentence.head_of(clause) if clause is not None else None
        relative = (
            word.deprel.startswith("nsubj")
            and clause is not None
            and _in_relative_clause(sentence, clause)
            and described is not None
            and described.head == verb.index
            and described.base_relation == "obj"
        )
        if is_that and opens_clause and not relative:
            return trim_punct(_until_contrast(_before_own_conjunct(sentence, verb, rest)))
    return []


def _participle_on_noun(sentence: Sentence, word: Word) -> bool:
    """ "posted" in "said in a notice posted on Monday that": a past participle on the noun
    of an "in" phrase (not "recalling heaters sold across Canada after reports that")."""
    head = sentence.head_of(word)
    return (
        word.deprel == "acl"
        and word.xpos == "VBN"
        and head is not None
        and head.upos == "NOUN"
        and head.index < word.index
        and any(c.deprel == "case" and c.text.lower() == "in" for c in sentence.children(head))
    )


def _before_own_conjunct(sentence: Sentence, verb: Word, words: list[Word]) -> list[Word]:
    """ "told an interviewer that the sea had ..., and she spent her career ...": a clause
    of "and he/she ..." that the parse coordinated with the cue itself is the writer's next
    statement about the speaker, not more of the report (", so ..." may still be)."""
    starts = [
        sentence.subtree(c)[0].index
        for c in sentence.children(verb)
        if c.deprel == "conj"
        and c.index > words[0].index
        and any(k.deprel == "cc" and k.text.lower() == "and" for k in sentence.children(c))
        and any(
            k.deprel.startswith("nsubj") and k.text.lower() in ("he", "she")
            for k in sentence.children(c)
        )
        # "... — and that he can still recognise ...": a second that-clause of the report.
        and not _opens_with_that(sentence, c)
    ]
    # The caller trims the ", and" left at the end.
    return [w for w in words if w.index < min(starts)] if starts else words


# ", while/whereas/although/though ..." are the writer's clauses (_WRITERS_CLAUSES), cut for
# every report in _complement.
_CONTRAST = frozenset({"but", "yet"})


def _until_contrast(words: list[Word]) -> list[Word]:
    """Stop a reported clause at "; " or at ", but ..." (the writer's own clause), never
    inside quotation marks ("was “not on the table yet, but not off it either”")."""
    for i, word in _outside_quotes(words):
        if word.text == ";":
            return words[:i]
        if (
            word.text == ","
            and i + 1 < len(words)
            and words[i + 1].text.lower() in _CONTRAST
            and not _second_that_clause(words, i + 1)
            # "said the family had held on, but the hall had lost money every year"
            and not _in_reported_tenses(words[i + 1 : i + 1 + _BACKSHIFT_REACH])
        ):
            return words[:i]
    return words


def _until_time_of_accusing(words: list[Word]) -> list[Word]:
    """ "accused the agency of “flying on hope” on Tuesday as they questioned ...": a weekday
    or "during" phrase after the accusation is when it was made, not part of it."""
    for i, word in _outside_quotes(words):
        if i == 0:
            continue
        following = words[i + 1].text.lower() if i + 1 < len(words) else ""
        if word.text.lower() == "during" or (word.text.lower() == "on" and following in DAYS):
            return trim_punct(words[:i])
    return words


def _second_that_clause(words: list[Word], conjunction: int) -> bool:
    """ "said the worst had passed, but that flooding could ...": a second report."""
    after = words[conjunction + 1] if conjunction + 1 < len(words) else None
    return after is not None and after.text.lower() == "that" and after.deprel == "mark"


def _trim_relative_tail(words: list[Word]) -> list[Word]:
    """ "..., which": a clause cut short by the parse must not end on a relative pronoun."""
    while words and (
        words[-1].text.lower() in ("which", "who", "that", "whose")
        or words[-1].upos in ("PUNCT", "CCONJ", "SCONJ")
    ):
        words = words[:-1]
    return words


# A cue starts a clause of its own when its clause (speaker first) follows one of these.
_CLAUSE_OPENERS = frozenset(
    {",", "while", "and", "but", "as", "whereas", "although", "though", "which", "who", "that"}
)


def _cut_nested(
    words: list[Word],
    anchor: Word,
    clauses: list[Word],
    sentence: Sentence,
    other_cues: dict[int, int],
) -> list[Word]:
    """Another speaker's cue that opens a clause of its own ("..., while she promised ...",
    "..., which Moscow says ...", "..., President Biden appeared to suggest") ends the report;
    one reported inside it ("that their father had complained of ...") does not.

    ``other_cues`` maps each other cue's word index to the first word of its clause (its
    speaker's mention when that comes first)."""
    # A complement clause headed by a cue is reported inside this one ("said that Y warned
    # ..."), unless the parse merely set it beside ("..., while Y said ..." as parataxis).
    starts = [
        other_cues[w.index]
        for w in words
        if w is not anchor
        and (w not in clauses or w.deprel == "parataxis")
        and w.index in other_cues
    ]
    content_start = words[0].index if words else 0
    starts = [
        first
        for first in starts
        if first > content_start and sentence.word(first - 1).text.lower() in _CLAUSE_OPENERS
    ]
    if starts:
        cut = min(starts)
        words = [w for w in words if w.index < cut]
        while words and (
            words[-1].upos in ("SCONJ", "CCONJ", "PUNCT")
            or words[-1].deprel in ("mark", "cc")
            or words[-1].text.lower() in _CLAUSE_OPENERS
        ):
            words.pop()
    return trim_punct(words)


def _nominal_content(sentence: Sentence, event: CueEvent) -> list[Word]:
    """For "according to X"/"in a statement": the clause the phrase modifies, minus the phrase.

    "According to X, CLAUSE." and "CLAUSE, according to X." are read by position (the comma
    that sets the phrase off), which holds even when the parse attaches the phrase oddly.
    """
    anchor = event.anchor
    if event.cue.lemma in load_lexicon().report_nouns:
        return _report_noun_content(sentence, event)
    if event.cue.lemma.startswith("in "):
        phrase_root = next(
            (w for w in sentence.words if w.start <= event.cue.span.end - 1 < w.end), None
        )
        excluded = [phrase_root] if phrase_root is not None else []
        excluded += [c for c in sentence.children(anchor) if c.deprel.startswith("nsubj")]
        return trim_punct(subtree_without(sentence, anchor, excluded))
    cue_first = next((w for w in sentence.words if w.start >= event.cue.span.start), None)
    if cue_first is None:
        return []
    before = [w for w in sentence.words if w.end <= event.cue.span.start]
    if len(trim_punct(before)) >= 3:
        return trim_punct(before)  # "CLAUSE, according to X."
    # "According to her manager, Rowena Blake, CLAUSE": past the source and its apposition.
    phrase_end = event.cue.span.end
    if event.speaker is not None and event.speaker.span.start >= event.cue.span.end:
        phrase_end = max(phrase_end, event.speaker.span.end)
    after_phrase = [w for w in sentence.words if w.start >= phrase_end]
    comma = next((i for i, w in enumerate(after_phrase) if w.text == ","), None)
    if comma is None:
        return []
    return trim_punct(after_phrase[comma + 1 :])  # "According to X, CLAUSE."


def _report_noun_content(sentence: Sentence, event: CueEvent) -> list[Word]:
    """The clause after "warning that": the subtree of the verb "that" introduces."""
    noun = next((w for w in sentence.words if w.start == event.cue.span.start), None)
    that = _that_after(sentence, noun) if noun is not None else None
    if that is None:
        return []
    verb = sentence.head_of(that)
    if verb is None or verb.index < that.index:
        verb = next((w for w in sentence.words[that.index :] if w.upos in ("VERB", "AUX")), None)
    if verb is None:
        return []
    after = [w for w in sentence.subtree(verb) if w.index > that.index]
    return trim_punct(contiguous_around(after, verb)) if verb in after else []


def _content_run(words: list[Word], event: CueEvent) -> list[Word]:
    """The reported words as one run: cut where the cue or the speaker's mention intrudes."""
    if not words:
        return words
    blocked = [event.anchor.start, event.anchor.end]
    if event.speaker is not None:
        blocked += [event.speaker.span.start, event.speaker.span.end]
    run = [words[0]]
    for word in words[1:]:
        if any(run[-1].end <= b <= word.start for b in blocked):
            break
        run.append(word)
    return trim_punct(run)


def _with_second_that_clause(sentence: Sentence, words: list[Word]) -> list[Word]:
    """ "said demand had risen by 11 per cent, and that on a typical day 140 patients could
    not leave", parsed with the second clause hung elsewhere: ", and that" (or ", but that")
    right after the report goes on with it to the sentence's end."""
    if not words:
        return words
    after = [w.text.lower() for w in sentence.words[words[-1].index : words[-1].index + 3]]
    if after not in ([",", "and", "that"], [",", "but", "that"]):
        return words
    rest = sentence.words[words[-1].index :]
    if any(w.text == ";" for w in rest):
        return words
    return trim_punct([*words, *rest])


def _indirect_quotes(
    text: str,
    events: list[CueEvent],
    drafts: list[Draft],
    quotations: list[Quotation],
    lexicon: Lexicon,
) -> list[Draft]:
    """Reported speech from every cue's complement; a complement that holds a quoted fragment
    plus words of the reporter's own is MIXED and replaces the fragment's direct quote."""
    found: list[Draft] = []
    for event in events:
        if event.cue.kind == CueKind.COLON or event.speaker is None:
            continue
        if _is_reporting_source(event, events):
            continue  # "Macron said, according to Reuters": Reuters is the source
        used_by_direct = event.used
        if used_by_direct and not any(d.event is event for d in drafts):
            continue  # consumed by an earlier indirect/mixed quote
        other_cues = _clause_starts(event, events)
        words = _content_run(_complement(event.sentence, event, lexicon, other_cues), event)
        words = _trim_relative_tail(_without_nominal_phrases(words, event, events))
        words = _with_second_that_clause(event.sentence, words)
        words = _split_coordinated_reports(words, event, events)
        if len(words) < 2:
            continue
        # Quotation marks the content opens or closes on belong to it.
        content = _with_quote_marks(Span(words[0].start, words[-1].end), quotations)
        overlapping = [
            d
            for d in drafts
            if d.type == QuoteType.DIRECT
            and d.content.start < content.end
            and content.start < d.content.end
        ]
        for draft in [d for d in overlapping if _name_opening(text, d, content)]:
            overlapping.remove(draft)
            drafts.remove(draft)
            if draft.event is event:
                used_by_direct = event.used = False
        if overlapping:
            if _is_mixed(words, content, overlapping):
                for draft in overlapping:
                    drafts.remove(draft)
                    _release_cue(draft, event, content)
                found.append(_mixed_from(event, content, overlapping))
                event.used = True
                # "said it would ask the government for grants “so that ...”": not a report
                # of its own.
                _consume_reported_cues(content, event, events)
            elif not used_by_direct:
                _give_cue(event, overlapping)
            continue
        # "said the offences were made worse by what it charged: “...”": the clause before
        # the colon is reported too, beside the quotation the cue already has.
        if used_by_direct and not _before_colon_quote(event.sentence, words[-1]):
            continue
        # A short quoted phrase with no cue of its own ("was “in pieces”, according to a
        # player") makes the report MIXED.
        fragments = tuple(
            part
            for q in quotations
            if content.start <= q.outer.start
            and q.outer.end <= content.end
            and not _is_term(event.sentence, q)
            # "Illegal detectorists, known as “nighthawks”, have been seen": a name, not
            # words of the speaker's.
            and not _named_by_words_before(text, q)
            and not _opens_with_name(text, q, content)
            for part in q.parts
        )
        found.append(
            Draft(
                type=QuoteType.MIXED if fragments else QuoteType.INDIRECT,
                content=content,
                parts=fragments,
                event=event,
                confidence=_indirect_confidence(event),
                entity=event.entity,
                mention=event.speaker,
            )
        )
        event.used = True
        _consume_reported_cues(content, event, events)
    return found


def _opens_with_name(text: str, quotation: Quotation, content: Span) -> bool:
    """ "said 'Wee Tam' would be bolted back onto his plinth": a quoted name opening the
    report is its subject, not words of the speaker's."""
    return quotation.outer.start == content.start and _looks_like_name(
        quotation.content.slice(text)
    )


def _name_opening(text: str, draft: Draft, content: Span) -> bool:
    return draft.quotation is not None and _opens_with_name(text, draft.quotation, content)


_SHORT_TAIL_CHARS = 12  # a word or two


def _with_quote_marks(content: Span, quotations: list[Quotation]) -> Span:
    """The content with the marks of a quoted phrase it opens or closes on."""
    start, end = content.start, content.end
    for quotation in quotations:
        outer = quotation.outer
        # A report that opens a quoted phrase runs to its end: to its closing mark, or past a
        # last word trimmed ("... not off it either”" with "either" tagged a conjunction).
        if start <= outer.start < end < outer.end <= end + _SHORT_TAIL_CHARS:
            end = outer.end
        if start - 2 <= outer.start < start < outer.end <= end:
            start = outer.start
    return Span(start, end)


def _is_term(sentence: Sentence, quotation: Quotation) -> bool:
    """A quoted modifier of the next noun ("“false flag” operations") names a term; it is
    not words the speaker said."""
    inside = _words_in(sentence, quotation.content)
    if not inside:
        return False
    ids = {w.index for w in inside}
    roots = [w for w in inside if w.head not in ids]
    if roots and all(w.deprel in ("amod", "compound") and w.head > max(ids) for w in roots):
        return True
    # By position, whatever the parse: "the scheme's “quiet street” signs".
    before = [w for w in sentence.words if w.end <= quotation.outer.start]
    after = [w for w in sentence.words if w.start >= quotation.outer.end]
    return (
        bool(before and after)
        and (before[-1].upos == "DET" or before[-1].text in ("'s", "’s"))
        and after[0].upos == "NOUN"
        and inside[-1].upos in ("NOUN", "ADJ", "PROPN")
    )


def _split_coordinated_reports(
    words: list[Word], event: CueEvent, events: list[CueEvent]
) -> list[Word]:
    """ "said repairs could begin, but warned that the cost ...": a reporting verb joined by
    "but"/"and" with no subject of its own is a second report by the same speaker, even when
    the parse hangs it inside the first one's clause; so is a participle after a comma that
    reports a clause of its own (", adding that ..."). The first report ends before it."""
    by_anchor = {e.anchor.index: e for e in events if e.sentence is event.sentence}
    sentence = event.sentence
    for i, word in enumerate(words):
        other = by_anchor.get(word.index)
        if other is None or other is event or other.cue.kind != CueKind.VERB or i < 2:
            continue
        participle = (
            words[i - 1].text == ","
            and word.text.lower().endswith("ing")
            and any(c.base_relation == "ccomp" for c in sentence.children(word))
        )
        joined = words[i - 1].upos == "CCONJ" or participle
        own_subject = any(
            c.deprel.startswith("nsubj") for c in sentence.children(word) if c.index < word.index
        )
        if joined and not own_subject:
            other.speaker, other.entity, other.used = event.speaker, event.entity, False
            return trim_punct(words[: i - 1])
    return words


def _clause_starts(event: CueEvent, events: list[CueEvent]) -> dict[int, int]:
    """For the other cues of the sentence: cue word index -> first word index of its clause."""
    starts: dict[int, int] = {}
    for other in events:
        if other.sentence is not event.sentence or other is event or other.speaker is None:
            continue
        first = other.anchor.index
        for word in other.sentence.words:
            if word.start == other.speaker.span.start:
                first = min(first, word.index)
                break
        starts[other.anchor.index] = first
    return starts


def _consume_reported_cues(content: Span, event: CueEvent, events: list[CueEvent]) -> None:
    """A cue reported inside another's clause ("told the inquest that their father had
    complained of ...") belongs to that report, not to a quote of its own."""
    for other in events:
        inside = content.start <= other.anchor.start and other.anchor.end <= content.end
        if other is not event and inside and other.sentence is event.sentence:
            other.used = True


def _is_reporting_source(event: CueEvent, events: list[CueEvent]) -> bool:
    """An "according to X" beside a reporting verb with its own speaker names a source."""
    if event.cue.kind != CueKind.NOUN_PHRASE or not event.cue.lemma.startswith(
        ("according", "as reported", "as per")
    ):
        return False
    phrase_end = _phrase_end(event)
    return any(
        e.sentence is event.sentence
        and e.cue.kind == CueKind.VERB
        and e.speaker is not None
        and not (event.cue.span.start <= e.anchor.start < phrase_end)
        # "according to a nurse, who asked not to be named" / "two people briefed on it":
        # a verb whose subject is the phrase's own source belongs to the phrase.
        and e.speaker.head is not event.anchor
        # "according to the company's director, Lukas Brandt, who added that ...".
        and not _same_speaker(event, e)
        # "above the level scientists had advised, according to X": a verb in a clause that
        # modifies a noun reports nothing of the sentence's.
        and not e.anchor.deprel.startswith("acl")
        for e in events
    )


def _phrase_end(event: CueEvent) -> int:
    """Where "according to two officials briefed on the plan" ends: at the comma after it
    (a verb inside the phrase is no reporting verb of the sentence), or at its speaker."""
    end = event.speaker.span.end if event.speaker is not None else event.cue.span.end
    for word in event.sentence.words:
        if word.start >= event.cue.span.end and word.text == ",":
            return word.start
    return end


def _without_nominal_phrases(
    words: list[Word], event: CueEvent, events: list[CueEvent]
) -> list[Word]:
    """Cut "according to two people present" out of another cue's reported clause."""
    spans = [
        (e.cue.span.start, e.speaker.span.end if e.speaker is not None else e.cue.span.end)
        for e in events
        if e is not event and e.sentence is event.sentence and e.cue.kind == CueKind.NOUN_PHRASE
    ]
    if not spans:
        return words
    kept = [w for w in words if not any(start <= w.start < end for start, end in spans)]
    cut = next(
        (i for i, w in enumerate(words) if any(start <= w.start < end for start, end in spans)),
        None,
    )
    if cut is not None and cut > 0:
        kept = words[:cut]  # the phrase ends the clause it interrupts
    return trim_punct(kept)


def _is_mixed(words: list[Word], content: Span, overlapping: list[Draft]) -> bool:
    """The clause holds its quoted fragments and at least one reporter's word of its own."""
    if any(
        not (content.start <= d.content.start and d.content.end <= content.end + 2)
        for d in overlapping
    ):
        return False  # the quote runs past the clause: a direct quote with its cue
    quoted = [d.quotation.outer if d.quotation is not None else d.content for d in overlapping]
    own = [
        w
        for w in words
        if not any(q.start <= w.start and w.end <= q.end for q in quoted)
        and w.upos not in ("PUNCT", "SYM")
        and w.deprel != "mark"
    ]
    return len(own) >= 1


def _same_speaker(one: CueEvent, other: CueEvent) -> bool:
    """Both cues have a speaker, and it is the same person or body."""
    return one.entity is not None and one.entity is other.entity


def _release_cue(draft: Draft, event: CueEvent, content: Span) -> None:
    """A quoted fragment taken into ``event``'s mixed quote gives back the other cue it was
    given ("accused the government of “governing by bluff” and said his party would ..."):
    that cue may still report a clause of its own."""
    other = draft.event
    inside = other is not None and content.start <= other.cue.span.start < content.end
    if other is not None and other is not event and not inside:
        other.used = False


def _give_cue(event: CueEvent, overlapping: list[Draft]) -> None:
    """The clause is the quote: make sure the direct quote carries this cue."""
    for draft in overlapping:
        if draft.event is None or draft.event.cue.kind != CueKind.VERB:
            draft.event, draft.entity, draft.mention = event, event.entity, event.speaker
            draft.confidence = max(draft.confidence, 0.9)
            event.used = True


def _mixed_from(event: CueEvent, content: Span, overlapping: list[Draft]) -> Draft:
    parts = tuple(p for d in overlapping for p in d.parts)
    return Draft(
        type=QuoteType.MIXED,
        content=content,
        parts=parts,
        event=event,
        confidence=0.85 if not event.weak else 0.6,
        entity=event.entity,
        mention=event.speaker,
    )


def _indirect_confidence(event: CueEvent) -> float:
    score = 0.8 if event.cue.kind == CueKind.VERB else 0.75
    if event.weak:
        score -= 0.3
    if event.speaker is not None and event.speaker.is_pronoun and event.entity is None:
        score -= 0.2
    if (
        event.speaker is not None
        and event.speaker.kind == SpeakerKind.UNKNOWN
        and not event.speaker.is_pronoun
    ):
        score -= 0.2
    return round(max(0.05, score), 3)


# --- sources and output ----------------------------------------------------------------


def _attach_sources(drafts: list[Draft], events: list[CueEvent]) -> None:
    """`Macron said, according to Reuters`: Reuters is the source, Macron stays the speaker."""
    for event in events:
        if event.cue.kind != CueKind.NOUN_PHRASE or event.speaker is None:
            continue
        if not event.cue.lemma.startswith(("according", "as reported", "as per")):
            continue
        verb_quotes = [
            d
            for d in drafts
            if d.event is not None
            and d.event is not event
            and d.event.sentence is event.sentence
            and d.event.cue.kind == CueKind.VERB
            # "according to X, who added that ...": X's second statement, not a source's.
            and not _same_speaker(event, d.event)
        ]
        if not verb_quotes:
            continue
        for draft in verb_quotes:
            draft.source = event.speaker.span
        for draft in [d for d in drafts if d.event is event]:
            drafts.remove(draft)  # the same statement, already attributed to its speaker


def _co_entities(draft: Draft) -> list[Entity]:
    """Those named with the draft's speaker at its cue ("Paris and Berlin said")."""
    event = draft.event
    if event is None or draft.entity is None or draft.entity is not event.entity:
        return []
    return event.co_entities


def _name_role_descriptions(drafts: list[Draft], registry: EntityRegistry) -> None:
    """A speaker known only by a role ("a coroner") is the person the article names in that
    role, before or after."""
    for draft in drafts:
        if draft.entity is not None:
            holder = registry.role_holder(draft.entity)
            described = draft.entity.mentions
        elif draft.mention is not None:
            # "its chairman has warned": a body's officer, never an entity of its own.
            holder = registry.description_holder(draft.mention)
            described = [draft.mention]
        else:
            continue
        if holder is not None:
            holder.mentions.extend(m for m in described if m not in holder.mentions)
            draft.entity = holder


def _finish(
    doc: ParsedDocument, drafts: list[Draft], registry: EntityRegistry, index: _Index
) -> Attribution:
    drafts.sort(key=lambda d: (d.content.start, d.content.end))
    _name_role_descriptions(drafts, registry)
    used_entities = [d.entity for d in drafts if d.entity is not None]
    used_entities += [co for d in drafts for co in _co_entities(d)]
    registry.spell_out_acronyms(doc.text, used_entities)
    speakers, ids = registry.to_speakers(used_entities)
    orphans: dict[tuple[int, int], str] = {}
    extra: list[Speaker] = []
    quotes: list[Quote] = []
    for n, draft in enumerate(drafts, start=1):
        speaker_id = ids.get(id(draft.entity), "") if draft.entity is not None else ""
        if not speaker_id and draft.mention is not None:
            # An unresolved pronoun or an unnamed subject: keep it as an UNKNOWN speaker.
            key = (draft.mention.span.start, draft.mention.span.end)
            if key not in orphans:
                orphans[key] = f"s{len(speakers) + len(extra) + 1}"
                kind = SpeakerKind.UNKNOWN if draft.mention.is_pronoun else draft.mention.kind
                extra.append(
                    Speaker(
                        id=orphans[key],
                        name=draft.mention.text,
                        kind=kind,
                        mentions=(draft.mention.span,),
                        role=draft.mention.role,
                    )
                )
            speaker_id = orphans[key]
        sentences = tuple(s.index for s in index.sentences_overlapping(draft.content))
        quotes.append(
            Quote(
                id=f"q{n}",
                type=draft.type,
                content=draft.content,
                content_text=draft.content.slice(doc.text),
                speaker_id=speaker_id,
                speaker_mention=draft.mention.span if draft.mention is not None else None,
                cue=draft.event.cue if draft.event is not None else None,
                sentence_indices=sentences,
                confidence=draft.confidence,
                quoted_parts=draft.parts,
                source=draft.source,
                co_speaker_ids=tuple(ids[id(co)] for co in _co_entities(draft)),
            )
        )
    return Attribution(quotes=tuple(quotes), speakers=tuple(speakers) + tuple(extra))


__all__ = ["attribute"]
