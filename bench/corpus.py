"""The benchmark corpus: the EWT test text regrouped into article-sized documents, plus seeds.

EWT documents (``# newdoc``) are mostly short (web posts, e-mails, reviews), so consecutive
ones are merged, and any longer than ``max_words`` is cut at paragraph (else sentence)
boundaries, until each article holds roughly ``min_words`` to ``max_words`` words. Sentences
keep their ``# text`` form; sentences of a paragraph (``# newpar``) are joined by a space,
paragraphs by a line break, and merged EWT documents by a blank line. The files in
``seeds/`` come first, each as it is. The order is fixed, so ``--docs N`` is always the same
first N documents.

Words are whitespace-separated tokens of the text, for every mode alike.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parents[1]
DEFAULT_CONLLU = REPO_ROOT.parent / "shared" / "ud" / "en_ewt" / "en_ewt-ud-test.conllu"
SEEDS_DIR = REPO_ROOT / "seeds"
MIN_WORDS = 300
MAX_WORDS = 800

# A paragraph is a list of sentences; a piece is a list of paragraphs.
Paragraph = list[str]
Piece = list[Paragraph]


@dataclass(frozen=True, slots=True)
class Document:
    id: str
    text: str

    @property
    def words(self) -> int:
        return count_words(self.text)


def count_words(text: str) -> int:
    return len(text.split())


def read_conllu_documents(path: Path) -> list[Piece]:
    """The ``# text`` sentences of each ``# newdoc``, grouped by ``# newpar``."""
    documents: list[Piece] = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("# newdoc"):
            documents.append([[]])
        elif line.startswith("# newpar") and documents and documents[-1][-1]:
            documents[-1].append([])
        elif line.startswith("# text = "):
            if not documents:
                documents.append([[]])
            documents[-1][-1].append(line.removeprefix("# text = ").strip())
    return [[p for p in doc if p] for doc in documents if any(doc)]


def _words(piece: Piece) -> int:
    return sum(count_words(sentence) for paragraph in piece for sentence in paragraph)


def _chunks(units: list[Paragraph], max_words: int) -> Iterator[list[Paragraph]]:
    """Consecutive runs of ``units`` of at most ``max_words`` each (a single unit may exceed)."""
    run: list[Paragraph] = []
    for unit in units:
        if run and _words([*run, unit]) > max_words:
            yield run
            run = []
        run.append(unit)
    if run:
        yield run


def split_long(document: Piece, max_words: int) -> list[Piece]:
    """Cuts a document longer than ``max_words`` at paragraphs, or sentences in a long one."""
    if _words(document) <= max_words:
        return [document]
    units: list[Paragraph] = []
    for paragraph in document:
        if _words([paragraph]) <= max_words:
            units.append(paragraph)
        else:  # one paragraph alone is too long: one unit per sentence
            units.extend([sentence] for sentence in paragraph)
    return list(_chunks(units, max_words))


def merge_short(pieces: Iterable[Piece], min_words: int, max_words: int) -> list[list[Piece]]:
    """Groups consecutive pieces into articles of ``min_words``..``max_words`` where possible."""
    articles: list[list[Piece]] = []
    current: list[Piece] = []
    for piece in pieces:
        if current and _words(_flat(current)) + _words(piece) > max_words:
            articles.append(current)
            current = []
        current.append(piece)
        if _words(_flat(current)) >= min_words:
            articles.append(current)
            current = []
    if current:  # a short tail joins the last article when it fits, else stands alone
        if articles and _words(_flat([*articles[-1], *current])) <= max_words:
            articles[-1].extend(current)
        else:
            articles.append(current)
    return articles


def _flat(pieces: list[Piece]) -> Piece:
    return [paragraph for piece in pieces for paragraph in piece]


def render(article: list[Piece]) -> str:
    return "\n\n".join("\n".join(" ".join(p) for p in piece) for piece in article)


def ewt_articles(
    path: Path = DEFAULT_CONLLU, min_words: int = MIN_WORDS, max_words: int = MAX_WORDS
) -> list[Document]:
    pieces = [p for doc in read_conllu_documents(path) for p in split_long(doc, max_words)]
    articles = merge_short(pieces, min_words, max_words)
    return [Document(f"ewt-{i:03d}", render(article)) for i, article in enumerate(articles)]


def seed_documents(directory: Path = SEEDS_DIR) -> list[Document]:
    return [
        Document(f"seed-{path.stem}", path.read_text(encoding="utf-8"))
        for path in sorted(directory.glob("*.txt"))
    ]


def build_corpus(conllu: Path = DEFAULT_CONLLU, limit: int | None = None) -> list[Document]:
    """Seeds then EWT articles; the first ``limit`` documents when given."""
    documents = seed_documents() + ewt_articles(conllu)
    return documents if limit is None else documents[:limit]
