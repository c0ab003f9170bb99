"""The bundled compact models: loading paths, clear errors, and plausible parses."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from quotes_server.nlp import ModelNotFoundError, load_parser
from quotes_server.nlp.models import BUNDLED_FILES, bundled_dir


def test_bundled_model_files_exist_and_fit_the_budget() -> None:
    directory = bundled_dir()
    for filename in set(BUNDLED_FILES.values()):
        assert (directory / filename).is_file(), filename
    total = sum((directory / name).stat().st_size for name in set(BUNDLED_FILES.values()))
    assert total <= 60 * 1024 * 1024
    card = json.loads((directory / "model.json").read_text())
    assert {"tokens_f1", "upos", "las"} <= set(card["scores"])


def test_tagger_and_parser_weights_are_stored_in_half_precision() -> None:
    import torch

    for name in ("pos.pt", "depparse.pt"):
        checkpoint = torch.load(bundled_dir() / name, map_location="cpu", weights_only=True)
        floats = [w for w in checkpoint["model"].values() if w.is_floating_point()]
        assert floats, name
        assert {w.dtype for w in floats} == {torch.float16}, name


def test_every_seed_sentence_has_one_root_and_said_heads_its_subject(
    stanza_parser: Any, seed_text: str
) -> None:
    doc = stanza_parser.parse(seed_text)
    assert len(doc.sentences) >= 15
    for sentence in doc.sentences:
        roots = [w for w in sentence.words if w.head == 0]
        assert len(roots) == 1, [w.text for w in sentence.words]
        assert all(0 <= w.head <= len(sentence.words) for w in sentence.words)
        assert seed_text[sentence.start : sentence.end].strip()
    said_subjects = {
        w.text
        for sentence in doc.sentences
        for w in sentence.words
        if w.deprel == "nsubj" and (head := sentence.head_of(w)) is not None and head.text == "said"
    }
    assert {"Biden", "Macron"} <= said_subjects


def test_word_offsets_slice_back_to_the_input(stanza_parser: Any, seed_text: str) -> None:
    doc = stanza_parser.parse(seed_text)
    for sentence in doc.sentences:
        for word in sentence.words:
            piece = seed_text[word.start : word.end]
            assert piece, word
            # Words of a multi-word token ("don't" -> do + n't) share the token's span.
            assert word.text in piece or piece in ("’s", "'s") or len(piece) >= len(word.text) - 1


def test_typographic_quotes_parse_as_straight_ones_and_keep_their_text(
    stanza_parser: Any,
) -> None:
    curly = "‘I never imagined it,’ said Reid. “We don’t know.”"
    straight = "'I never imagined it,' said Reid. \"We don't know.\""
    curly_doc, straight_doc = stanza_parser.parse(curly), stanza_parser.parse(straight)

    def analysis(doc: Any) -> list[tuple[int, int, str, int, str]]:
        return [(w.start, w.end, w.upos, w.head, w.deprel) for s in doc.sentences for w in s.words]

    # The opening mark is its own token ("‘I" was one before), and the parse is the same.
    assert analysis(curly_doc) == analysis(straight_doc)
    first = curly_doc.sentences[0].words[:2]
    assert [w.text for w in first] == ["‘", "I"]
    for sentence in curly_doc.sentences:
        for word in sentence.words:
            if word.text in ("‘", "’", "“", "”"):
                assert curly[word.start : word.end] == word.text


def _stanza_resources_dir(tmp_path: Path) -> Path:
    """The bundled files laid out as `stanza.download` would lay out a resources dir."""
    source = bundled_dir()
    lang = tmp_path / "en"
    pretrain = {"dependencies": [{"model": "pretrain", "package": "ewt"}]}
    processors = ("tokenize", "mwt", "pos", "lemma", "depparse")
    for processor in ("tokenize", "mwt", "pos", "lemma", "depparse", "pretrain"):
        (lang / processor).mkdir(parents=True)
        (lang / processor / "ewt.pt").symlink_to(source / f"{processor}.pt")
    index = {
        "en": {
            "lang_name": "English",
            "packages": {"default": dict.fromkeys(processors, "ewt")},
            "default_processors": dict.fromkeys(processors, "ewt"),
            "tokenize": {"ewt": {}},
            "mwt": {"ewt": {}},
            "pos": {"ewt": pretrain},
            "lemma": {"ewt": {}},
            "depparse": {"ewt": pretrain},
            "pretrain": {"ewt": {}},
        }
    }
    (tmp_path / "resources.json").write_text(json.dumps(index))
    return tmp_path


def test_stanza_resources_dir_loads_through_the_real_stanza_path(tmp_path: Path) -> None:
    resources = _stanza_resources_dir(tmp_path)
    parser = load_parser(models_dir=resources, threads=1)
    assert parser.info.source == str(resources)
    doc = parser.parse("The minister said the talks would resume on Monday.")
    assert [w.text for w in doc.sentences[0].words][:3] == ["The", "minister", "said"]


def test_stanza_resources_dir_env_is_honoured(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    resources = _stanza_resources_dir(tmp_path)
    monkeypatch.setenv("STANZA_RESOURCES_DIR", str(resources))
    parser = load_parser(threads=1)
    assert parser.info.source == str(resources)


def test_missing_bundled_file_is_named(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("STANZA_RESOURCES_DIR", raising=False)
    monkeypatch.setenv("QUOTES_BUNDLED_MODELS", str(tmp_path))
    with pytest.raises(ModelNotFoundError, match=r"tokenize\.pt"):
        load_parser()


def test_resources_dir_without_index_is_named(tmp_path: Path) -> None:
    with pytest.raises(ModelNotFoundError, match=r"resources\.json"):
        load_parser(models_dir=tmp_path)
