"""Run Stanza's tokenizer training script, starting from an earlier tokenizer's weights.

``stanza.models.tokenizer --load_name NAME`` is meant to do this, but in stanza 1.15 it
calls ``Trainer.load`` without its arguments, and the optimizer it built beforehand keeps
pointing at the fresh model's parameters, so the loaded weights would never be trained.
This wrapper fixes both and then runs the usual script:

    python training/tokenizer_resume.py <stanza.utils.training.run_tokenizer arguments>
        --load_name FILE_IN_SAVE_DIR --lr0 5e-4

The step count restarts at 0 (``--steps`` counts the new steps) and Adam restarts.
"""

from __future__ import annotations

from typing import Any

from stanza.models.common import utils
from stanza.models.tokenization.trainer import Trainer
from stanza.utils.training import run_tokenizer

_load = Trainer.load


def load_and_retarget(
    self: Trainer, filename: str, args: dict[str, Any] | None = None, foundation_cache: Any = None
) -> None:
    """Load the weights; when the trainer already has an optimizer (a resumed run), build it
    again over the loaded model's parameters."""
    resumed = hasattr(self, "optimizer")
    device = next(self.model.parameters()).device if resumed else None
    _load(self, filename, args, foundation_cache)
    if resumed:
        self.model = self.model.to(device)
        self.optimizer = utils.get_optimizer(
            "adam",
            self.model,
            lr=self.args["lr0"],
            betas=(0.9, 0.9),
            weight_decay=self.args["weight_decay"],
        )


if __name__ == "__main__":
    Trainer.load = load_and_retarget  # type: ignore[method-assign]
    run_tokenizer.main()
