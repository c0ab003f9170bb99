"""Build a ParsedDocument by hand from a text and compact CoNLL-U-like rows.

Each row: ``form lemma upos head deprel [xpos]``; words are located in the text in order, so
offsets are real character offsets. Sentences are separated by blank lines.
"""

from __future__ import annotations

from quotes_server.engine.document import ParsedDocument, Sentence, Word


def parse_by_hand(text: str, table: str) -> ParsedDocument:
    sentences: list[Sentence] = []
    cursor = 0
    for block in [b for b in table.strip().split("\n\n") if b.strip()]:
        words: list[Word] = []
        for n, row in enumerate(block.strip().splitlines(), start=1):
            form, lemma, upos, head, deprel, *xpos = row.split()
            start = text.index(form, cursor)
            cursor = start + len(form)
            words.append(
                Word(n, form, lemma, upos, int(head), deprel, start, cursor, "".join(xpos))
            )
        sentences.append(Sentence(len(sentences), tuple(words), words[0].start, words[-1].end))
    return ParsedDocument(text=text, sentences=tuple(sentences))
