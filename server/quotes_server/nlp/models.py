"""Where the Stanza models come from: the bundled compact models, or a Stanza resources dir.

Resolution order (first match wins):
1. an explicit ``models_dir`` (the ``--models-dir`` flag) — a Stanza resources directory, the
   layout ``stanza.download`` writes (``resources.json`` plus ``en/<processor>/<package>.pt``);
2. the ``STANZA_RESOURCES_DIR`` environment variable, the same layout;
3. the bundled models in ``models/en_ewt/`` of this repository (``QUOTES_BUNDLED_MODELS`` overrides
   that path).

Nothing here touches the network unless ``download=True`` is asked for explicitly.
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass, field
from pathlib import Path

PROCESSORS = ("tokenize", "mwt", "pos", "lemma", "depparse")

# The bundled model files, by the pipeline option that takes their path.
BUNDLED_FILES = {
    "tokenize_model_path": "tokenize.pt",
    "mwt_model_path": "mwt.pt",
    "pos_model_path": "pos.pt",
    "pos_pretrain_path": "pretrain.pt",
    "lemma_model_path": "lemma.pt",
    "depparse_model_path": "depparse.pt",
    "depparse_pretrain_path": "pretrain.pt",
}

_REPO_ROOT = Path(__file__).resolve().parents[3]
DEFAULT_BUNDLED_DIR = _REPO_ROOT / "models" / "en_ewt"


class ModelNotFoundError(FileNotFoundError):
    """A model file or resources index is missing; the message names the file and the fix."""


@dataclass(frozen=True, slots=True)
class ModelInfo:
    name: str
    version: str
    scores: dict[str, float] = field(default_factory=dict)
    load_seconds: float = 0.0
    source: str = ""  # the directory the models were loaded from


@dataclass(frozen=True, slots=True)
class ModelSource:
    """A resolved place to load models from."""

    directory: Path
    bundled: bool

    def describe(self) -> ModelInfo:
        if not self.bundled:
            return ModelInfo(name="stanza-en-default", version="", source=str(self.directory))
        card = self.directory / "model.json"
        meta = json.loads(card.read_text(encoding="utf-8")) if card.exists() else {}
        scores = {str(k): float(v) for k, v in meta.get("scores", {}).items()}
        return ModelInfo(
            name=str(meta.get("name", "quotes-en-ewt-compact")),
            version=str(meta.get("version", "")),
            scores=scores,
            source=str(self.directory),
        )


def bundled_dir() -> Path:
    override = os.environ.get("QUOTES_BUNDLED_MODELS")
    return Path(override) if override else DEFAULT_BUNDLED_DIR


def resolve_source(models_dir: str | os.PathLike[str] | None = None) -> ModelSource:
    if models_dir is not None:
        return ModelSource(Path(models_dir), bundled=False)
    env_dir = os.environ.get("STANZA_RESOURCES_DIR")
    if env_dir:
        return ModelSource(Path(env_dir), bundled=False)
    return ModelSource(bundled_dir(), bundled=True)


def bundled_pipeline_paths(directory: Path) -> dict[str, str]:
    """The ``*_model_path`` options for the bundled files; raises naming the first missing one."""
    paths: dict[str, str] = {}
    for option, filename in BUNDLED_FILES.items():
        path = directory / filename
        if not path.is_file():
            raise ModelNotFoundError(
                f"bundled model file missing: {path} (run `make models` to train it, or pass "
                "--models-dir / STANZA_RESOURCES_DIR to use Stanza's downloaded models)"
            )
        paths[option] = str(path)
    return paths


def check_resources_dir(directory: Path, lang: str = "en") -> None:
    """Fail early, naming the file, when a Stanza resources dir is incomplete."""
    index = directory / "resources.json"
    if not index.is_file():
        raise ModelNotFoundError(
            f"{index} not found: --models-dir / STANZA_RESOURCES_DIR must point at a Stanza "
            f"resources directory (made by stanza.download('{lang}', model_dir=...))"
        )
    if not (directory / lang).is_dir():
        raise ModelNotFoundError(f"{directory / lang} not found: no '{lang}' models in {directory}")
