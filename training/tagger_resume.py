"""Run Stanza's tagger trainer, starting from the weights of an earlier tagger.

Stanza's parser resumes from its own checkpoint, but its tagger always starts from random
weights. ``recipe.py`` calls this instead of ``stanza.models.tagger`` when a tagger from an
earlier run exists, so a longer step budget continues where the last run stopped:

    python training/tagger_resume.py --resume_from OLD.pt <stanza.models.tagger arguments>

The training data and settings must be those of the earlier run (same vocabulary). The
optimizer state is not saved by Stanza's tagger, so Adam restarts; the step count restarts
at 0, and ``--max_steps`` counts the new steps only.
"""

from __future__ import annotations

import sys
from typing import Any

from stanza.models import tagger
from stanza.models.pos.trainer import Trainer


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

    tagger.Trainer = resumed_trainer  # type: ignore[assignment]
    tagger.main(rest)


if __name__ == "__main__":
    main(sys.argv[1:])
