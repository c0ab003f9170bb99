"""The training recipe's stage wiring, on the real config and a scratch work dir (no training)."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "training"))

import recipe

SENTENCE = "# text = {0}\n1\t{0}\t{0}\tNOUN\tNN\t_\t0\troot\t0:root\t_\n"


def _write_treebank(data: Path, kind: str) -> None:
    folder = data / kind
    folder.mkdir(parents=True)
    (folder / "en_ewt.train.in.conllu").write_text(SENTENCE.format("train") + "\n")
    (folder / "en_ewt.dev.in.conllu").write_text(SENTENCE.format("dev") + "\n")


@pytest.fixture
def layout(tmp_path: Path) -> tuple[recipe.Layout, dict]:
    config = recipe.load_config()
    config["data"]["work_dir"] = str(tmp_path / "build")
    built = recipe.Layout(config)
    for kind in ("pos", "depparse"):
        _write_treebank(built.data, kind)
    return built, config


def test_train_and_dev_are_joined_once_and_dev_stays_the_dev_set(tmp_path: Path) -> None:
    _write_treebank(tmp_path / "data", "pos")
    joined = recipe.with_dev_in_training(tmp_path / "data", "pos")
    assert joined == tmp_path / "data_train_dev"
    train = (joined / "pos" / "en_ewt.train.in.conllu").read_text()
    assert train == SENTENCE.format("train") + "\n" + SENTENCE.format("dev") + "\n"
    dev = (joined / "pos" / "en_ewt.dev.in.conllu").read_text()
    assert dev == SENTENCE.format("dev") + "\n"
    # A second call (a resumed run) reuses the joined file.
    (joined / "pos" / "en_ewt.train.in.conllu").write_text("kept")
    recipe.with_dev_in_training(tmp_path / "data", "pos")
    assert (joined / "pos" / "en_ewt.train.in.conllu").read_text() == "kept"


def test_a_train_dev_parser_stage_continues_through_the_vocabulary_wrapper(
    layout: tuple[recipe.Layout, dict],
) -> None:
    built, config = layout
    command = recipe.stage_command("depparse_train_dev", built, config, "cpu")
    assert command[1].endswith("training/parser_continue.py")
    train = command[command.index("--train_file") + 1]
    assert train == str(built.work / "data_train_dev" / "depparse" / "en_ewt.train.in.conllu")
    start = command[command.index("--continue_from") + 1]
    assert start == str(built.model("depparse_anneal"))
    # The stage's own settings come after its base's, so they win.
    rates = [command[i + 1] for i, arg in enumerate(command) if arg == "--lr"]
    assert rates[-1] == "3e-4"


def test_stages_left_out_of_the_run_are_never_packaged() -> None:
    config = recipe.load_config()
    assert "depparse_train_dev" not in config["run"]["stages"]
    assert recipe.final_stage("depparse", config) == "depparse_anneal"
    assert recipe.final_stage("pos", config) == "pos_wide_finetune"


def test_a_later_tokenizer_phase_loads_the_earlier_model_through_the_wrapper(
    layout: tuple[recipe.Layout, dict],
) -> None:
    built, config = layout
    earlier = built.model("tokenize")
    earlier.parent.mkdir(parents=True)
    earlier.write_bytes(b"weights")
    command = recipe.stage_command("tokenize_finetune", built, config, "cpu")
    assert command[1].endswith("training/tokenizer_resume.py")
    assert command[command.index("--load_name") + 1] == "start.pt"
    save_dir = Path(command[command.index("--save_dir") + 1])
    assert (save_dir / "start.pt").read_bytes() == b"weights"
    # The phase's own rate and step budget come after its base's, so they win.
    assert command[command.index("--lr0") + 1] == "5e-4"
    steps = [command[i + 1] for i, arg in enumerate(command) if arg == "--steps"]
    assert steps == ["8000", "5000"]


def test_half_precision_packaging_halves_only_float_weights(tmp_path: Path) -> None:
    import torch

    source, target = tmp_path / "parser.pt", tmp_path / "packaged.pt"
    weights = torch.linspace(-2.0, 2.0, 12).reshape(3, 4)
    steps = torch.tensor([3, 1, 4])
    torch.save({"model": {"w": weights, "steps": steps}, "vocab": {"words": ["a"]}}, source)
    recipe.store_half_precision(source, target)
    packaged = torch.load(target, weights_only=True)
    assert packaged["model"]["w"].dtype == torch.float16
    assert torch.allclose(packaged["model"]["w"].float(), weights, atol=1e-3)
    assert torch.equal(packaged["model"]["steps"], steps)
    assert packaged["vocab"] == {"words": ["a"]}
