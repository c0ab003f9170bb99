"""Random inputs for the soak, and the invariants every answer must keep.

Engine cases are random parses (random words over arbitrary Unicode, random tags,
relations and trees, as the engine's property test draws them), so the engine is tried on
what any parser might produce, without paying for a parse. RPC cases are random texts
(control characters, bidirectional marks, emoji sequences, zero-width joiners, quotation
marks, non-English fragments), odd options, and bytes that are not a request at all.
"""

from __future__ import annotations

import random
import string
from dataclasses import dataclass

from quotes_client import AttributionResult
from quotes_server.engine import Attribution, ParsedDocument, Sentence, Word

UPOS = ["NOUN", "PROPN", "VERB", "AUX", "PRON", "DET", "ADJ", "ADP", "PUNCT", "SCONJ", "CCONJ", "X"]
DEPRELS = [
    *("nsubj", "nsubj:pass", "obj", "ccomp", "parataxis", "xcomp", "advcl", "conj", "obl"),
    *("obl:agent", "case", "det", "amod", "compound", "flat", "appos", "punct", "mark"),
    *("acl:relcl", "acl", "aux", "aux:pass", "root", "nmod", "fixed"),
]
LEMMAS = [
    *("say", "tell", "add", "warn", "accord", "to", "in", "statement", "he", "she", "they"),
    *("official", "the", "a", "that", "by", "who", "president", "Biden", "be", "quote"),
]
XPOS = ["VBN", "VBD", "VBZ", "NN", "NNP", ""]
QUOTE_MARKS = "\"'“”‘’«»‹›„‟‚「」『』"
WORDS: list[str] = [*LEMMAS, *QUOTE_MARKS, ",", ".", ":", "said", "Macron", "according", "—", "…"]
SEPARATORS = [" ", " ", " ", "\n", "\n\n", "  ", "\t"]

CONTROL = [chr(c) for c in range(0x20)] + ["\x7f", "\x85", "\u2028", "\u2029"]
BIDI = ["\u200e", "\u200f", "\u061c", "\u202a", "\u202b", "\u202c", "\u202d", "\u202e", "\u2067"]
ZERO_WIDTH = ["\u200b", "\u200c", "\u200d", "\u2060", "\ufeff", "\u00ad"]
EMOJI = ["😀", "👍🏽", "🇫🇷", "❤️", "👩\u200d👩\u200d👧\u200d👦", "🧑\u200d💻", "\U0001d54f"]
PUNCTUATION = [*string.punctuation, "—", "–", "…", "¿", "¡", "،", "。", "、"]
FRAGMENTS = [
    *("the minister said", " said ", "according to Reuters", "“We will act,” ", "Officials say"),
    *("she told reporters that ", "Er sagte: „Wir handeln“.", "«Nous agirons», a-t-il dit."),
    *("قال الوزير إن", "אמר השר", "部长说：“我们会行动。”", "Министр сказал: «Да».", "मंत्री ने कहा"),
    *(" ", "\n", "\n\n", "Ann Lee", "The company", "he", "“", "”"),
]
ODD = CONTROL + BIDI + ZERO_WIDTH + EMOJI + list(QUOTE_MARKS) + PUNCTUATION
MAX_RPC_CHARS = 300


def _code_point(rng: random.Random) -> str:
    """Any Unicode scalar value, most often from the Basic Multilingual Plane."""
    while True:
        value = rng.randint(0, 0xFFFF if rng.random() < 0.8 else 0x10FFFF)
        if not 0xD800 <= value <= 0xDFFF:
            return chr(value)


def random_word(rng: random.Random) -> str:
    if rng.random() < 0.6:
        return rng.choice(WORDS)
    word = "".join(_code_point(rng) for _ in range(rng.randint(1, 6)))
    return "".join(c for c in word if not c.isspace()) or "x"


def random_parse(rng: random.Random) -> ParsedDocument:
    """A random tokenised text with a random (but well-formed) tree per sentence."""
    text = ""
    sentences: list[Sentence] = []
    for s_index in range(rng.randint(1, 4)):
        words: list[Word] = []
        for i in range(1, rng.randint(1, 14) + 1):
            if text:
                text += rng.choice(SEPARATORS)
            token = random_word(rng)
            start = len(text)
            text += token
            words.append(
                Word(
                    index=i,
                    text=token,
                    lemma=rng.choice(LEMMAS),
                    upos=rng.choice(UPOS),
                    head=rng.randint(0, i - 1),
                    deprel=rng.choice(DEPRELS),
                    start=start,
                    end=len(text),
                    xpos=rng.choice(XPOS),
                )
            )
        sentences.append(Sentence(s_index, tuple(words), words[0].start, words[-1].end))
    return ParsedDocument(text=text, sentences=tuple(sentences))


def random_text(rng: random.Random, max_chars: int = MAX_RPC_CHARS) -> str:
    """A short text of one of several kinds, at most ``max_chars`` code points."""
    kind = rng.randrange(5)
    size = rng.randint(0, max_chars)
    if kind == 0:
        pieces = [_code_point(rng) for _ in range(size)]
    elif kind == 1:
        pieces = [rng.choice([*ODD, "a", "b", " ", "."]) for _ in range(size)]
    elif kind == 2:
        pieces = [rng.choice(FRAGMENTS + ODD) for _ in range(rng.randint(0, 40))]
    elif kind == 3:
        pieces = [rng.choice(PUNCTUATION + list(QUOTE_MARKS)) for _ in range(max(size, 1))]
    else:  # something like prose, with odd characters sprinkled in
        pieces = [
            rng.choice(FRAGMENTS) if rng.random() < 0.8 else rng.choice(ODD) for _ in range(30)
        ]
    return "".join(pieces)[:max_chars]


@dataclass(frozen=True, slots=True)
class RpcCase:
    text: str
    document_id: str = ""
    language: str = "en"
    min_confidence: float = 0.0
    include_indirect: bool = True
    include_parse: bool = False

    @property
    def valid(self) -> bool:
        """Whether the server must answer it (the documented validation rules)."""
        language = self.language.strip().lower() or "en"
        return (
            bool(self.text.strip())
            and len(self.document_id) <= 256
            and language.split("-", 1)[0] == "en"
            and 0.0 <= self.min_confidence <= 1.0
        )


def random_case(rng: random.Random) -> RpcCase:
    """A random text; one case in five also has an odd id, language or confidence."""
    text = random_text(rng)
    if rng.random() >= 0.2:
        return RpcCase(text, include_parse=rng.random() < 0.3)
    return RpcCase(
        text,
        document_id=rng.choice(["", "id", "x" * 257, random_text(rng, 40)]),
        language=rng.choice(["en", "EN", "en-GB", "", "fr", "en_US", random_text(rng, 10)]),
        min_confidence=rng.choice([0.0, 0.5, 1.0, -0.1, 1.5, float("nan"), float("inf")]),
        include_indirect=rng.random() < 0.5,
        include_parse=rng.random() < 0.3,
    )


def mutate(rng: random.Random, data: bytes) -> bytes:
    """``data`` with a few bytes flipped, cut, inserted or repeated."""
    out = bytearray(data)
    for _ in range(rng.randint(1, 4)):
        where = rng.randint(0, len(out))
        action = rng.randrange(4)
        if action == 0 and where < len(out):
            out[where] ^= rng.randint(1, 255)
        elif action == 1:
            del out[where:]
        elif action == 2:
            out[where:where] = rng.randbytes(rng.randint(1, 8))
        else:
            out += out[:where]
    return bytes(out)


def attribution_problems(text: str, result: Attribution | AttributionResult) -> list[str]:
    """What is wrong with an answer for ``text``, from the engine or the client; empty when
    nothing is. Spans lie inside the text and slice back to the strings returned."""
    n = len(text)
    problems: list[str] = []
    speaker_ids = {speaker.id for speaker in result.speakers}

    def inside(what: str, start: int, end: int) -> None:
        if not 0 <= start <= end <= n:
            problems.append(f"{what} [{start}, {end}) outside a text of {n}")

    for quote in result.quotes:
        inside("quote", quote.content.start, quote.content.end)
        if text[quote.content.start : quote.content.end] != quote.content_text:
            problems.append(f"quote {quote.id}: content_text is not its span's text")
        if not 0.0 <= quote.confidence <= 1.0:
            problems.append(f"quote {quote.id}: confidence {quote.confidence}")
        if quote.speaker_id and quote.speaker_id not in speaker_ids:
            problems.append(f"quote {quote.id}: unknown speaker {quote.speaker_id}")
        for co_speaker in quote.co_speaker_ids:
            if co_speaker not in speaker_ids or co_speaker == quote.speaker_id:
                problems.append(f"quote {quote.id}: bad co-speaker {co_speaker}")
        for part in quote.quoted_parts:
            inside("quoted part", part.start, part.end)
        if quote.cue is not None:
            inside("cue", quote.cue.span.start, quote.cue.span.end)
            if text[quote.cue.span.start : quote.cue.span.end] != quote.cue.text:
                problems.append(f"quote {quote.id}: cue text is not its span's text")
        for span in (quote.speaker_mention, quote.source):
            if span is not None:
                inside("mention", span.start, span.end)
    for speaker in result.speakers:
        for span in speaker.mentions:
            inside(f"speaker {speaker.id} mention", span.start, span.end)
    for sentence in getattr(result, "sentences", ()):
        inside(f"sentence {sentence.index}", sentence.span.start, sentence.span.end)
        for word in sentence.words:
            if not sentence.span.start <= word.span.start <= word.span.end <= sentence.span.end:
                problems.append(f"word {sentence.index}.{word.index} outside its sentence")
    return problems
