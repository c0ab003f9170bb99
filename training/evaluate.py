"""Score the packaged models on UD EWT test with Stanza's own CoNLL 2018 scorer.

Raw test text goes in (paragraphs from ``# newpar``, sentences joined by spaces), the full
pipeline (tokenize, mwt, pos, lemma, depparse) runs through the project's own loader, and
Stanza's scorer (``stanza.models.common.utils.ud_scores``, the CoNLL 2018 shared-task
evaluation) compares the output with the gold file. Also measures load
time and words per second. Results go to ``models/en_ewt/model.json`` under ``scores``.

``breakdown`` then scores the same models twice more, to show what tokenization costs: with
the gold sentence boundaries (the tokenizer splits words only) and with the gold words
(tagger and parser alone).
"""

from __future__ import annotations

import json
import os
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "server"))

METRICS = {
    "Tokens": "tokens_f1",
    "Words": "words_f1",
    "Sentences": "sentences_f1",
    "UPOS": "upos",
    "XPOS": "xpos",
    "UFeats": "ufeats",
    "Lemmas": "lemmas",
    "UAS": "uas",
    "LAS": "las",
}


def raw_paragraphs(gold: Path) -> list[str]:
    """The test set's raw text, one string per paragraph, as the treebank marks them."""
    paragraphs: list[list[str]] = []
    for line in gold.read_text(encoding="utf-8").splitlines():
        if line.startswith(("# newdoc", "# newpar")):
            paragraphs.append([])
        elif line.startswith("# text = "):
            if not paragraphs:
                paragraphs.append([])
            paragraphs[-1].append(line[len("# text = ") :])
    return [" ".join(p) for p in paragraphs if p]


def evaluate(models_dir: Path, gold: Path, threads: int = 2) -> dict[str, float]:
    import tempfile

    import torch
    from stanza.models.common.utils import ud_scores
    from stanza.utils.conll import CoNLL

    from quotes_server.nlp import load_parser

    torch.set_num_threads(threads)
    os.environ["QUOTES_BUNDLED_MODELS"] = str(models_dir)
    os.environ.pop("STANZA_RESOURCES_DIR", None)
    started = time.perf_counter()
    parser = load_parser(threads=threads)
    load_seconds = time.perf_counter() - started
    text = "\n\n".join(raw_paragraphs(gold))
    started = time.perf_counter()
    doc = parser._pipeline(text)  # the Stanza document itself, to write CoNLL-U
    seconds = time.perf_counter() - started
    words = sum(len(s.words) for s in doc.sentences)
    with tempfile.TemporaryDirectory() as tmp:
        predicted = Path(tmp) / "pred.conllu"
        CoNLL.write_doc2conll(doc, str(predicted))
        results = ud_scores(str(gold), str(predicted))
    scores = {key: round(100 * results[metric].f1, 2) for metric, key in METRICS.items()}
    scores["words_per_second"] = round(words / seconds, 1)
    scores["load_seconds"] = round(load_seconds, 2)
    card = models_dir / "model.json"
    meta = json.loads(card.read_text()) if card.exists() else {}
    meta["scores"] = scores
    meta["scored_on"] = "UD English EWT v2.15 test, raw text in, conll18_ud_eval"
    card.write_text(json.dumps(meta, indent=2) + "\n", encoding="utf-8")
    print(f"{'metric':<18}{'score':>10}")
    for key, value in scores.items():
        print(f"{key:<18}{value:>10}")
    size = sum(p.stat().st_size for p in models_dir.glob("*.pt"))
    print(f"{'model_mb':<18}{size / 1e6:>10.1f}")
    return scores


BREAKDOWN = ("Words", "Sentences", "UPOS", "UAS", "LAS")


def breakdown(models_dir: Path, gold: Path, raw: dict[str, float], threads: int = 2) -> None:
    """Print UPOS / UAS / LAS from raw text, from gold sentences and from gold words."""
    import tempfile

    import stanza
    import torch
    from stanza.models.common.utils import ud_scores
    from stanza.utils.conll import CoNLL

    from quotes_server.nlp.models import bundled_pipeline_paths

    torch.set_num_threads(threads)
    paths = bundled_pipeline_paths(models_dir)
    sentences = _gold_sentences(gold)
    rows = {"raw text": {k: raw[METRICS[k]] for k in BREAKDOWN if METRICS[k] in raw}}
    with tempfile.TemporaryDirectory() as tmp:
        Path(tmp, "resources.json").write_text("{}", encoding="utf-8")
        runs: dict[str, tuple[dict[str, bool], str, object]] = {
            # One sentence per paragraph, not split further: the tokenizer finds words only.
            "gold sentences": (
                {"tokenize_no_ssplit": True},
                "tokenize,mwt,pos,lemma,depparse",
                "\n\n".join(text for text, _ in sentences),
            ),
            "gold words": (
                {"tokenize_pretokenized": True},
                "tokenize,pos,lemma,depparse",
                [words for _, words in sentences],
            ),
        }
        for name, (options, processors, text) in runs.items():
            pipeline = stanza.Pipeline(
                "en",
                dir=tmp,
                processors=processors,
                download_method=None,
                allow_unknown_language=True,
                logging_level="WARN",
                tokenize_max_seqlen=1000,
                **options,
                **paths,
            )
            predicted = Path(tmp) / f"{name}.conllu"
            CoNLL.write_doc2conll(pipeline(text), str(predicted))
            results = ud_scores(str(gold), str(predicted))
            rows[name] = {k: round(100 * results[k].f1, 2) for k in BREAKDOWN}
    print(f"\n{'input':<16}" + "".join(f"{k:>10}" for k in BREAKDOWN))
    for name, row in rows.items():
        print(f"{name:<16}" + "".join(f"{row.get(k, float('nan')):>10}" for k in BREAKDOWN))


def _gold_sentences(gold: Path) -> list[tuple[str, list[str]]]:
    """(text, words) of each gold sentence; the words of multi-word tokens, not the tokens."""
    found: list[tuple[str, list[str]]] = []
    text, words = "", []
    for line in gold.read_text(encoding="utf-8").splitlines():
        if line.startswith("# text = "):
            text = line[len("# text = ") :]
        elif not line.strip():
            if words:
                found.append((text, words))
            text, words = "", []
        elif not line.startswith("#"):
            cols = line.split("\t")
            if cols[0].isdigit():
                words.append(cols[1])
    if words:
        found.append((text, words))
    return found
