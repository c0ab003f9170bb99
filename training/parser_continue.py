"""Run Stanza's parser trainer from an earlier parser's weights, on data that may differ.

``stanza.models.parser --continue_from OLD.pt`` loads the earlier model with its own
vocabulary but builds its training data with a vocabulary counted from the new training
file: with more or other data the two disagree and words map to the wrong rows. This runs
the same trainer with the earlier model's vocabulary for the batches too:

    python training/parser_continue.py --continue_from OLD.pt <stanza.models.parser arguments>
"""

from __future__ import annotations

import sys
from typing import Any

import torch
from stanza.models import parser
from stanza.models.depparse import data
from stanza.models.pos.vocab import MultiVocab


def main(argv: list[str]) -> None:
    earlier = argv[argv.index("--continue_from") + 1]
    checkpoint = torch.load(earlier, map_location="cpu", weights_only=False)
    vocab = MultiVocab.load_state_dict(checkpoint["vocab"])

    def earlier_vocab(self: Any, records: Any) -> MultiVocab:
        return vocab

    data.Dataset.init_vocab = earlier_vocab  # type: ignore[method-assign]
    parser.main(argv)


if __name__ == "__main__":
    main(sys.argv[1:])
