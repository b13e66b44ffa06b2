"""Task-1 span F1 of an encoder tagger file on the dev articles of the PTC training part, to compare taggers
without reading the held-out part.

    python3 eval/ptc_encoder_dev.py rashomon/data/propaganda_encoder.npz /tmp/other.npz --cache /tmp/ptc-train.spacy

Each file is scored with the threshold, gap and lexicon fill it declares, decoded as at run time
(``propaganda.find_spans``). The dev articles are those ``train_ptc.dev_part`` picks; a tagger whose layers
were fitted on the whole training part (``--final``) has seen them, so its figure here is not a measure.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Sequence
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "eval"))

from train_ptc import dev_part, parse  # noqa: E402
from train_ptc_encoder import char_spans  # noqa: E402

from rashomon.evaluate import ptc  # noqa: E402
from rashomon.nlp import propaganda as pr  # noqa: E402


def main(argv: Sequence[str] | None = None) -> int:
    import torch

    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("files", type=Path, nargs="+", help="tagger .npz files")
    ap.add_argument("--path", type=Path, default=None, help="a PTC folder (default: the development copy)")
    ap.add_argument("--cache", type=Path, default=None, help="a DocBin file to keep the parsed training articles")
    args = ap.parse_args(argv)
    torch.set_num_threads(2)
    train = ptc.part_of(ptc.read_ptc(args.path), "train")
    docs = parse(train, args.cache)
    dev = [i for i, a in enumerate(train) if dev_part(a.id)]
    for f in args.files:
        t0 = time.perf_counter()
        with np.load(f, allow_pickle=False) as data:
            tg = pr.read_tagger({k: data[k] for k in data.files}, str(f))
        scores = pr.encoder_scores([docs[i] for i in dev], tg)
        pairs = [
            (train[i].spans, char_spans(docs[i], pr.find_spans(docs[i], tg=tg, scores=s)))
            for i, s in zip(dev, scores, strict=True)
        ]
        sc = ptc.overlap_score(pairs)
        print(f"{f}: {len(dev)} dev articles, threshold {tg.threshold} gap {tg.gap} fill {tg.lexicon_fill}: "
              f"P {sc.precision:.3f} R {sc.recall:.3f} F1 {sc.f1:.3f} ({time.perf_counter() - t0:.0f}s)")  # fmt: skip
    return 0


if __name__ == "__main__":
    sys.exit(main())
