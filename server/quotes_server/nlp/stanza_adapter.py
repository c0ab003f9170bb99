"""The Stanza adapter: runs a Stanza pipeline and turns its documents into ``ParsedDocument``.

This is the only module that imports Stanza. Everything downstream works on
``quotes_server.engine.document``.
"""

from __future__ import annotations

import logging
import os
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from quotes_server.engine.document import ParsedDocument, Sentence, Word
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
            docs = self._pipeline([stanza.Document([], text=texts[i]) for i in todo])
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


def to_parsed_document(text: str, doc: Any) -> ParsedDocument:
    """Convert a Stanza ``Document`` (parsed from ``text``) into the engine's model."""
    sentences = []
    for s_index, sentence in enumerate(doc.sentences):
        words: list[Word] = []
        for token in sentence.tokens:
            for word in token.words:
                # Words inside a multi-word token ("don't" -> do + n't) may lack offsets.
                start = word.start_char if word.start_char is not None else token.start_char
                end = word.end_char if word.end_char is not None else token.end_char
                words.append(
                    Word(
                        index=int(word.id),
                        text=word.text,
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
