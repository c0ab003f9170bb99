"""Run Stanza's tagger trainer, starting from the weights of an earlier tagger.

Stanza's parser resumes from its own checkpoint, but its tagger always starts from random
weights. ``recipe.py`` calls this instead of ``stanza.models.tagger`` when a tagger from an
earlier run exists, so a longer step budget continues where the last run stopped:

    python training/tagger_resume.py --resume_from OLD.pt <stanza.models.tagger arguments>

The training data is mapped with the earlier model's vocabulary (words, characters, tag
sets), so a later phase may train on more data than the first did. The
optimizer state is not saved by Stanza's tagger, so Adam restarts; the step count restarts
at 0, and ``--max_steps`` counts the new steps only. Stanza saves a run's first evaluation
as its best model; here the earlier model is scored on the dev set first, and the run's
models replace the saved one only when they score higher.
"""

from __future__ import annotations

import logging
import shutil
import sys
from pathlib import Path
from typing import Any

from stanza.models import tagger
from stanza.models.pos import scorer
from stanza.models.pos.trainer import Trainer

log = logging.getLogger("stanza")


def main(argv: list[str]) -> None:
    flag = argv.index("--resume_from")
    resume_from = argv[flag + 1]
    rest = argv[:flag] + argv[flag + 2 :]

    def resumed_trainer(
        args: dict[str, Any] | None = None,
        vocab: Any = None,
        pretrain: Any = None,
        model_file: str | None = None,
        device: str | None = None,
        foundation_cache: Any = None,
    ) -> Trainer:
        if model_file is not None:  # loading the best model at the end: unchanged
            return Trainer(args, vocab, pretrain, model_file, device, foundation_cache)
        # The earlier model brings its own vocabulary, identical to the fresh one built from
        # the same data; this run's settings (learning rate, ...) override the saved ones.
        return Trainer(
            args=args,
            pretrain=pretrain,
            model_file=resume_from,
            device=device,
            foundation_cache=foundation_cache,
        )

    scores = _record_dev_scores()
    args = tagger.parse_args(args=rest)
    pretrain = tagger.load_pretrain(args)
    earlier = Trainer(pretrain=pretrain, model_file=resume_from, device=args["device"])
    tagger.evaluate_trainer(args, earlier, pretrain)
    # Stanza builds a vocabulary from the training files; the earlier model's weights are
    # indexed by its own, which must map this run's data too.
    tagger.Dataset.init_vocab = lambda *_, **__: earlier.vocab  # type: ignore[method-assign]
    bar = scores[-1]
    log.info("resuming from %s: dev score %.4f to beat", resume_from, bar)
    model_file = tagger.model_file_name(args)
    save = Trainer.save

    def save_if_better(self: Trainer, filename: str, *more: Any, **options: Any) -> None:
        if filename == model_file and scores[-1] <= bar:
            log.info("dev score %.4f does not beat %.4f: model not saved", scores[-1], bar)
            return
        save(self, filename, *more, **options)

    Trainer.save = save_if_better  # type: ignore[method-assign]
    tagger.Trainer = resumed_trainer  # type: ignore[assignment]
    tagger.main(rest)
    if not Path(model_file).exists():
        # Nothing beat the earlier model (a second phase's first run): it stays the best.
        shutil.copyfile(resume_from, model_file)


def _record_dev_scores() -> list[float]:
    """Every dev score the tagger computes, in order (the trainer's save cannot see them)."""
    scores: list[float] = []
    score = scorer.score

    def recording(*args: Any, **kwargs: Any) -> Any:
        result = score(*args, **kwargs)
        scores.append(result[2])
        return result

    scorer.score = recording
    return scores


if __name__ == "__main__":
    main(sys.argv[1:])
