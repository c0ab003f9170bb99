"""Train, package and evaluate the bundled compact English Stanza models.

    python training/recipe.py train [--stages pos,depparse] [--device cuda] [--threads 2]
    python training/recipe.py package      # copy the best models to models/en_ewt/
    python training/recipe.py eval         # EWT test scores + throughput -> model card data

Everything is driven by ``training/config.toml``. Training runs Stanza's own training code
(``stanza.utils.training.run_*`` and ``stanza.models.{tagger,parser}``) as subprocesses, one
thread each, ``parallel_jobs`` at a time, logging to ``build/logs/<stage>.log``. It is
resumable: a finished stage (marked ``.done``) is skipped, the parser continues from its
last checkpoint and the tagger from its last best model (``tagger_resume.py``). A stage with
a ``base`` is a second phase of that stage (a lower learning rate from its best model). A
parser stage with ``tags = "predicted"`` trains on EWT retagged by the recipe's final tagger,
the tags the parser sees in the pipeline. A stage with ``data = "train+dev"`` trains on the
training and dev sets together (its dev scores are then no longer held out).
No step touches the network (``HF_HUB_OFFLINE=1``, local resources dir).
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import time
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CONFIG = ROOT / "training" / "config.toml"

# Where each kind of trainer saves its model, relative to build/saved/<stage>/; a later phase
# of a stage (one with a ``base``) saves under its base's name.
SAVED_NAMES = {
    "tokenize": "en_ewt_nocharlm_tokenizer.pt",
    "mwt": "en_ewt_mwt_expander.pt",
    "lemma": "en_ewt_nocharlm_lemmatizer.pt",
    "pos": "en_ewt_tagger.pt",
    "depparse": "en_ewt_parser.pt",
}
PACKAGED_NAMES = {
    "tokenize": "tokenize.pt",
    "mwt": "mwt.pt",
    "lemma": "lemma.pt",
    "pos": "pos.pt",
    "depparse": "depparse.pt",
}
PREPARE_SCRIPTS = {
    "tokenize": ["prepare_tokenizer_treebank"],
    "mwt": ["prepare_mwt_treebank"],
    "lemma": ["prepare_lemma_treebank", "--gold", "--no_lemma_classifier"],
    "pos": ["prepare_pos_treebank"],
    "depparse": ["prepare_depparse_treebank", "--gold"],
}


def load_config() -> dict:
    return tomllib.loads(CONFIG.read_text(encoding="utf-8"))


def first_phase(stage: str, config: dict) -> str:
    """The first phase a stage continues (itself when it is one): it holds the kind and data."""
    base = config["stages"][stage].get("base")
    return stage if base is None else first_phase(base, config)


def stage_kind(stage: str, config: dict) -> str:
    """The model a stage trains ("pos", "depparse", ...): its first phase's, which names its
    kind when its own name differs."""
    first = first_phase(stage, config)
    return config["stages"][first].get("kind", first)


def reads_predicted_tags(stage: str, config: dict) -> bool:
    return config["stages"][first_phase(stage, config)].get("tags") == "predicted"


def stage_data(stage: str, layout: Layout, config: dict) -> Path:
    """Where a stage's trainer reads its data: the predicted-tag parser data (prepared the
    first time it is asked for) when its first phase has ``tags = "predicted"``, else the
    treebank's gold tags; with ``data = "train+dev"``, a copy whose training file holds the
    dev set too."""
    if reads_predicted_tags(stage, config):
        prepare_predicted_tags(layout, config)
        data = layout.predicted
    else:
        data = layout.data
    if config["stages"][stage].get("data") == "train+dev":
        return with_dev_in_training(data, layout.kinds[stage])
    return data


def with_dev_in_training(data: Path, kind: str) -> Path:
    """``data`` as a sibling folder whose `kind` training file is train followed by dev; its
    dev file stays the dev set, so the trainer still reports (no longer held-out) dev scores."""
    out = data.with_name(f"{data.name}_train_dev") / kind
    train = out / "en_ewt.train.in.conllu"
    if not train.exists():
        out.mkdir(parents=True, exist_ok=True)
        parts = [data / kind / f"en_ewt.{split}.in.conllu" for split in ("train", "dev")]
        partial = train.with_suffix(".partial")
        with partial.open("w", encoding="utf-8") as joined:
            for part in parts:
                joined.write(part.read_text(encoding="utf-8").rstrip("\n") + "\n\n")
        partial.rename(train)
        shutil.copyfile(parts[1], out / "en_ewt.dev.in.conllu")
    return out.parent


class Layout:
    """Paths under the work dir."""

    def __init__(self, config: dict) -> None:
        self.kinds = {name: stage_kind(name, config) for name in config["stages"]}
        self.work = ROOT / config["data"]["work_dir"]
        self.ud = (ROOT / config["data"]["ud_dir"]).resolve()
        self.udbase = self.work / "ud"
        self.data = self.work / "data"
        # Parser data whose tags are the final tagger's predictions, not the treebank's.
        self.predicted = self.work / "data_predicted"
        self.saved = self.work / "saved"
        self.logs = self.work / "logs"
        self.resources = self.work / "stanza_resources"
        self.pretrain = self.saved / "pretrain" / "en_glove50d.pt"

    def env(self, threads: int) -> dict[str, str]:
        env = dict(os.environ)
        env.update(
            UDBASE=str(self.udbase),
            DATA_ROOT=str(self.data),
            STANZA_RESOURCES_DIR=str(self.resources),
            HF_HUB_OFFLINE="1",
            OMP_NUM_THREADS=str(threads),
            MKL_NUM_THREADS=str(threads),
        )
        return env

    def model(self, stage: str) -> Path:
        return self.saved / stage / SAVED_NAMES[self.kinds[stage]]


def prepare(layout: Layout, config: dict) -> None:
    """Lay out UD EWT where Stanza's prepare scripts expect it and run them once."""
    treebank = config["data"]["treebank"]
    target = layout.udbase / treebank
    target.mkdir(parents=True, exist_ok=True)
    for split in ("train", "dev", "test"):
        link = target / f"en_ewt-ud-{split}.conllu"
        if not link.exists():
            link.symlink_to(layout.ud / f"en_ewt-ud-{split}.conllu")
    layout.resources.mkdir(parents=True, exist_ok=True)
    (layout.resources / "resources.json").write_text("{}", encoding="utf-8")
    for stage, script in PREPARE_SCRIPTS.items():
        marker = layout.data / f".{stage}.prepared"
        if marker.exists():
            continue
        cmd = [sys.executable, "-m", f"stanza.utils.datasets.{script[0]}", treebank, *script[1:]]
        subprocess.run(cmd, check=True, env=layout.env(2), cwd=ROOT)
        marker.parent.mkdir(parents=True, exist_ok=True)
        marker.touch()
    if not layout.pretrain.exists():
        subprocess.run(
            [
                sys.executable,
                str(ROOT / "training" / "build_pretrain.py"),
                "--top-k",
                str(config["pretrain"]["top_k"]),
                "--out",
                str(layout.pretrain),
            ],
            check=True,
            cwd=ROOT,
        )


def prepare_predicted_tags(layout: Layout, config: dict) -> None:
    """Retag the parser's train and dev data with the recipe's final tagger, once, so a
    parser can learn from the tags it will be given in the pipeline (Stanza's own
    ``--predicted`` preparation, pointed at the local tagger and word vectors)."""
    marker = layout.predicted / ".depparse.prepared"
    if marker.exists():
        return
    tagger = layout.model(final_stage("pos", config))
    if not tagger.exists():
        raise SystemExit(f"missing tagger {tagger}: train the pos stages first")
    cmd = [
        sys.executable,
        "-m",
        "stanza.utils.datasets.prepare_depparse_treebank",
        config["data"]["treebank"],
        "--predicted",
        "--tagger_model",
        str(tagger),
        "--wordvec_pretrain_file",
        str(layout.pretrain),
        "--no_charlm",
    ]
    env = {**layout.env(2), "DATA_ROOT": str(layout.predicted)}
    subprocess.run(cmd, check=True, env=env, cwd=ROOT)
    marker.touch()


def stage_command(stage: str, layout: Layout, config: dict, device: str) -> list[str]:
    base = config["stages"][stage].get("base")
    if base is not None and layout.kinds[stage] == "tokenize":
        return tokenizer_phase_command(stage, base, layout, config, device)
    if base is not None:
        return finetune_command(stage, base, layout, config, device)
    args = list(config["stages"][stage]["args"])
    save_dir = str(layout.saved / stage)
    device_args = ["--device", device]
    treebank = config["data"]["treebank"]
    py = sys.executable
    if stage in ("tokenize", "mwt", "lemma"):
        runner = {"tokenize": "run_tokenizer", "mwt": "run_mwt", "lemma": "run_lemma"}[stage]
        return [
            py,
            "-m",
            f"stanza.utils.training.{runner}",
            treebank,
            "--save_dir",
            save_dir,
            *args,
            *device_args,
        ]
    # A rerun of the tagger continues from its last best model; the parser from its checkpoint.
    kind = layout.kinds[stage]
    start_from = layout.model(stage) if kind == "pos" else None
    data = stage_data(stage, layout, config)
    return trainer_command(stage, kind, layout, [*args, *device_args], start_from, data)


def trainer_command(
    stage: str,
    kind: str,
    layout: Layout,
    extra: list[str],
    start_from: Path | None = None,
    data_root: Path | None = None,
) -> list[str]:
    """Stanza's tagger or parser trainer for `kind` ("pos" or "depparse"), saving to `stage`,
    optionally starting from the weights in `start_from`, reading its data from `data_root`
    (default: the gold-tag data)."""
    py = sys.executable
    save_dir = str(layout.saved / stage)
    data = (data_root or layout.data) / kind
    common = [
        "--mode",
        "train",
        "--lang",
        "en",
        "--shorthand",
        "en_ewt",
        "--train_file",
        str(data / "en_ewt.train.in.conllu"),
        "--eval_file",
        str(data / "en_ewt.dev.in.conllu"),
        "--output_file",
        str(layout.saved / stage / "dev.pred.conllu"),
        "--wordvec_pretrain_file",
        str(layout.pretrain),
        "--save_dir",
        save_dir,
        "--save_name",
        SAVED_NAMES[kind],
    ]
    if kind == "pos" and start_from is not None and start_from.exists():
        # Stanza's tagger has no checkpoint resume: start from the weights of a saved tagger.
        resume_from = layout.saved / stage / "en_ewt_tagger.resume.pt"
        shutil.copyfile(start_from, resume_from)
        resume = [str(ROOT / "training" / "tagger_resume.py"), "--resume_from", str(resume_from)]
        return [py, *resume, *common, *extra]
    if kind == "depparse" and start_from is not None and start_from != layout.model(stage):
        # A checkpoint in the stage's own save dir, when there is one, takes precedence. The
        # wrapper maps the data with the earlier parser's vocabulary (the data may differ).
        common += ["--continue_from", str(start_from)]
        return [py, str(ROOT / "training" / "parser_continue.py"), *common, *extra]
    module = "stanza.models.tagger" if kind == "pos" else "stanza.models.parser"
    return [py, "-m", module, *common, *extra]


def tokenizer_phase_command(
    stage: str, base: str, layout: Layout, config: dict, device: str
) -> list[str]:
    """A later tokenizer phase: Stanza's tokenizer script with its base's settings, then the
    stage's own, starting from the base's (or `from`'s) model through tokenizer_resume.py."""
    settings = config["stages"][stage]
    save_dir = layout.saved / stage
    save_dir.mkdir(parents=True, exist_ok=True)
    start = layout.model(settings.get("from", base))
    if start.exists():
        shutil.copyfile(start, save_dir / "start.pt")
    return [
        sys.executable,
        str(ROOT / "training" / "tokenizer_resume.py"),
        config["data"]["treebank"],
        "--save_dir",
        str(save_dir),
        *config["stages"][base]["args"],
        *settings["args"],
        "--load_name",
        "start.pt",
        "--device",
        device,
    ]


def finetune_command(stage: str, base: str, layout: Layout, config: dict, device: str) -> list[str]:
    """A later phase of `base`: its settings, then the stage's overrides (a lower learning
    rate, its own step budget), starting from the best model of the stage named in `from`
    (default: base) or, on a rerun, from the stage's own last best tagger / parser checkpoint."""
    settings = config["stages"][stage]
    args = [*config["stages"][base]["args"], *settings["args"]]
    kind = layout.kinds[stage]
    own = layout.model(stage)
    earlier = layout.model(settings.get("from", base))
    start_from = own if kind == "pos" and own.exists() else earlier
    data = stage_data(stage, layout, config)
    return trainer_command(stage, kind, layout, [*args, "--device", device], start_from, data)


def train(
    layout: Layout, config: dict, stages: list[str], device: str, threads: int | None = None
) -> None:
    prepare(layout, config)
    layout.logs.mkdir(parents=True, exist_ok=True)
    threads = threads or int(config["run"]["threads_per_job"])
    limit = int(config["run"]["parallel_jobs"])
    pending = [s for s in stages if not (layout.saved / s / ".done").exists()]
    running: dict[str, subprocess.Popen[bytes]] = {}
    finished = {s for s in config["run"]["stages"] if (layout.saved / s / ".done").exists()}
    while pending or running:
        for stage in list(running):
            code = running[stage].poll()
            if code is None:
                continue
            del running[stage]
            if code != 0:
                raise SystemExit(
                    f"stage {stage} failed ({code}); see {layout.logs / (stage + '.log')}"
                )
            (layout.saved / stage / ".done").touch()
            finished.add(stage)
            print(f"[{time.strftime('%H:%M:%S')}] {stage} done", flush=True)
        for stage in list(pending):
            ready = all(
                dep in finished or dep not in stages for dep in config["stages"][stage]["after"]
            )
            if len(running) < limit and ready:
                (layout.saved / stage).mkdir(parents=True, exist_ok=True)
                log = (layout.logs / f"{stage}.log").open("ab")
                cmd = stage_command(stage, layout, config, device)
                print(f"[{time.strftime('%H:%M:%S')}] start {stage}: {' '.join(cmd)}", flush=True)
                running[stage] = subprocess.Popen(
                    cmd, stdout=log, stderr=subprocess.STDOUT, env=layout.env(threads), cwd=ROOT
                )
                pending.remove(stage)
        time.sleep(5)


def final_stage(kind: str, config: dict) -> str:
    """The last stage that trains `kind`: its fine-tuning phase when the config has one."""
    phases = [s for s in config["run"]["stages"] if stage_kind(s, config) == kind]
    return phases[-1]


def store_half_precision(source: Path, target: Path) -> None:
    """Copy a trained model with its float weights in half precision (half the file size).

    Only the weights change; the vocabularies and the training config stay as they were. The
    pretrained word vectors are not halved: Stanza builds its embedding table from them as
    they are, and a float16 table would not mix with float32 layers.
    """
    import torch

    checkpoint = torch.load(source, map_location="cpu", weights_only=True)
    checkpoint["model"] = {
        name: weights.half() if weights.is_floating_point() else weights
        for name, weights in checkpoint["model"].items()
    }
    torch.save(checkpoint, target)


def package(layout: Layout, config: dict) -> None:
    out = ROOT / config["package"]["out_dir"]
    out.mkdir(parents=True, exist_ok=True)
    for kind, name in PACKAGED_NAMES.items():
        stage = final_stage(kind, config)
        source = layout.model(stage)
        if not source.exists():
            raise SystemExit(
                f"missing trained model {source}: run `recipe.py train --stages {stage}`"
            )
        if kind in config["package"].get("half_precision", []):
            store_half_precision(source, out / name)
        else:
            shutil.copyfile(source, out / name)
    shutil.copyfile(layout.pretrain, out / "pretrain.pt")
    meta_path = out / "model.json"
    meta = json.loads(meta_path.read_text()) if meta_path.exists() else {}
    meta.update(name=config["package"]["name"], version=config["package"]["version"])
    meta_path.write_text(json.dumps(meta, indent=2) + "\n", encoding="utf-8")
    total = sum(p.stat().st_size for p in out.glob("*.pt"))
    print(f"packaged {out} ({total / 1e6:.1f} MB of model files)")


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("command", choices=["prepare", "train", "package", "eval"])
    parser.add_argument("--stages", default=None, help="comma-separated subset of stages")
    parser.add_argument("--device", default="cpu", help="torch device for training: cpu or cuda")
    parser.add_argument(
        "--threads", type=int, default=None, help="torch threads per job (default: the config's)"
    )
    parser.add_argument(
        "--models-dir", default=None, help="for eval: models to score (default: bundled)"
    )
    args = parser.parse_args()
    config = load_config()
    layout = Layout(config)
    stages = args.stages.split(",") if args.stages else list(config["run"]["stages"])
    if args.command == "prepare":
        prepare(layout, config)
    elif args.command == "train":
        train(layout, config, stages, args.device, args.threads)
        package(layout, config)
    elif args.command == "package":
        package(layout, config)
    else:
        from evaluate import breakdown, evaluate

        models = Path(args.models_dir) if args.models_dir else ROOT / config["package"]["out_dir"]
        gold = layout.ud / "en_ewt-ud-test.conllu"
        breakdown(models, gold, evaluate(models, gold))


if __name__ == "__main__":
    main()
