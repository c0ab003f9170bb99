"""The small parsed-document model the attribution engine works on.

It mirrors what a dependency parser gives (CoNLL-U style) plus character offsets into
the original text. The engine never sees a Stanza object: ``quotes_server.nlp`` builds
these from Stanza, and tests can build them by hand.
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True, slots=True)
class Word:
    """One syntactic word. ``index`` and ``head`` are 1-based within the sentence (0 = root)."""

    index: int
    text: str
    lemma: str
    upos: str
    head: int
    deprel: str
    start: int
    end: int
    xpos: str = ""
    feats: str = ""

    def feat(self, name: str) -> str | None:
        """Value of one morphological feature (``Number``, ``Gender`` ...), or None."""
        for pair in self.feats.split("|"):
            key, _, value = pair.partition("=")
            if key == name:
                return value
        return None

    @property
    def base_relation(self) -> str:
        """The relation without its subtype: ``nsubj:pass`` -> ``nsubj``."""
        return self.deprel.split(":", 1)[0]


@dataclass(frozen=True, slots=True)
class Sentence:
    """A sentence: its words in order and the character span it covers."""

    index: int
    words: tuple[Word, ...]
    start: int
    end: int
    _children: dict[int, tuple[int, ...]] = field(default_factory=dict, compare=False, repr=False)

    def word(self, index: int) -> Word:
        return self.words[index - 1]

    def word_before(self, word: Word) -> Word | None:
        return self.words[word.index - 2] if word.index > 1 else None

    def word_after(self, word: Word) -> Word | None:
        return self.words[word.index] if word.index < len(self.words) else None

    def head_of(self, word: Word) -> Word | None:
        return None if word.head == 0 else self.words[word.head - 1]

    def children(self, word: Word) -> list[Word]:
        if not self._children:
            table: dict[int, list[int]] = {}
            for w in self.words:
                table.setdefault(w.head, []).append(w.index)
            self._children.update({k: tuple(v) for k, v in table.items()})
        return [self.words[i - 1] for i in self._children.get(word.index, ())]

    def subtree(self, word: Word) -> list[Word]:
        """The word and all its descendants, in sentence order."""
        found: list[Word] = []
        stack = [word]
        while stack:
            current = stack.pop()
            found.append(current)
            stack.extend(self.children(current))
        return sorted(found, key=lambda w: w.index)


@dataclass(frozen=True, slots=True)
class ParsedDocument:
    """The original text and its parsed sentences; all offsets index into ``text``."""

    text: str
    sentences: tuple[Sentence, ...]
