"""Property tests: the engine never crashes and every span it returns lies inside the text.

Parses are generated too: random words over arbitrary Unicode, random tags and relations,
and a random tree, so the engine's invariants hold whatever a parser might produce.
"""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from quotes_server.engine import attribute
from quotes_server.engine.document import ParsedDocument, Sentence, Word
from quotes_server.engine.quote_marks import find_quotations

UPOS = ["NOUN", "PROPN", "VERB", "AUX", "PRON", "DET", "ADJ", "ADP", "PUNCT", "SCONJ", "CCONJ", "X"]
DEPRELS = [
    "nsubj",
    "nsubj:pass",
    "obj",
    "ccomp",
    "parataxis",
    "xcomp",
    "advcl",
    "conj",
    "obl",
    "obl:agent",
    "case",
    "det",
    "amod",
    "compound",
    "flat",
    "appos",
    "punct",
    "mark",
    "acl:relcl",
    "aux",
    "aux:pass",
    "root",
    "nmod",
    "fixed",
]
LEMMAS = [
    "say",
    "tell",
    "add",
    "warn",
    "accord",
    "to",
    "in",
    "statement",
    "he",
    "she",
    "they",
    "official",
    "the",
    "a",
    "that",
    "by",
    "who",
    "president",
    "Biden",
    "be",
]
QUOTE_CHARS = "\"'“”‘’«»‹›„"

token_text = st.one_of(
    st.sampled_from(LEMMAS + list(QUOTE_CHARS) + [",", ".", ":", "said", "Macron", "according"]),
    st.text(min_size=1, max_size=6).filter(lambda t: not any(c.isspace() for c in t)),
)


@st.composite
def parsed_documents(draw: st.DrawFn) -> ParsedDocument:
    sentences_tokens = draw(
        st.lists(st.lists(token_text, min_size=1, max_size=14), min_size=1, max_size=4)
    )
    separators = draw(
        st.lists(st.sampled_from([" ", "\n", "\n\n", "  "]), min_size=60, max_size=60)
    )
    text = ""
    sentences = []
    k = 0
    for s_index, tokens in enumerate(sentences_tokens):
        words = []
        for i, token in enumerate(tokens, start=1):
            if text:
                text += separators[k % len(separators)]
                k += 1
            start = len(text)
            text += token
            head = draw(st.integers(min_value=0, max_value=i - 1))
            words.append(
                Word(
                    index=i,
                    text=token,
                    lemma=draw(st.sampled_from(LEMMAS)),
                    upos=draw(st.sampled_from(UPOS)),
                    head=head,
                    deprel=draw(st.sampled_from(DEPRELS)),
                    start=start,
                    end=len(text),
                    xpos=draw(st.sampled_from(["VBN", "VBD", "NN", ""])),
                )
            )
        sentences.append(Sentence(s_index, tuple(words), words[0].start, words[-1].end))
    return ParsedDocument(text=text, sentences=tuple(sentences))


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(parsed_documents())
def test_engine_spans_stay_inside_the_text(doc: ParsedDocument) -> None:
    result = attribute(doc)
    n = len(doc.text)
    ids = {s.id for s in result.speakers}
    for quote in result.quotes:
        assert 0 <= quote.content.start <= quote.content.end <= n
        assert doc.text[quote.content.start : quote.content.end] == quote.content_text
        assert 0.0 <= quote.confidence <= 1.0
        assert quote.speaker_id == "" or quote.speaker_id in ids
        assert set(quote.co_speaker_ids) <= ids - {quote.speaker_id}
        for part in quote.quoted_parts:
            assert 0 <= part.start <= part.end <= n
        if quote.cue is not None:
            assert doc.text[quote.cue.span.start : quote.cue.span.end] == quote.cue.text
        if quote.speaker_mention is not None:
            assert 0 <= quote.speaker_mention.start < quote.speaker_mention.end <= n
    for speaker in result.speakers:
        for span in speaker.mentions:
            assert 0 <= span.start < span.end <= n


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.characters(codec="utf-8") | st.sampled_from(list(QUOTE_CHARS) * 5)))
def test_quote_marks_on_arbitrary_text(text: str) -> None:
    for quotation in find_quotations(text):
        for part in quotation.parts:
            assert 0 <= part.start <= part.end <= len(text)
        # A quote never runs past its paragraph unless the next paragraph reopens it.
        assert quotation.open_mark < len(text)
