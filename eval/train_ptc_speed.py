"""How fast the propaganda spans are found, with and without the encoder, on PTC articles.

    python3 eval/train_ptc_speed.py [--limit 50]

Parses a fixed subset of the held-out articles once, then times, per path, ``find_spans`` on every
article (the encoder path with its token scores computed in one batched run over all the articles, as
the NLP stage does per document) and reports words per second (whitespace-separated words) and the
encoder's own share. Parsing is not counted: both paths share it.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from rashomon.evaluate import ptc  # noqa: E402
from rashomon.nlp import propaganda as pr  # noqa: E402


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--limit", type=int, default=50)
    args = ap.parse_args(argv)
    articles = ptc.subset(ptc.part_of(ptc.read_ptc(), "heldout"), args.limit, lambda a: a.id)
    docs = ptc.parse_articles(articles)
    words = sum(len(a.text.split()) for a in articles)
    pr.model()
    t0 = time.perf_counter()
    hashed = [pr.find_spans(d, encoder=False) for d in docs]
    t1 = time.perf_counter()
    print(f"{len(articles)} articles, {words} words")
    print(f"hashed path: {t1 - t0:.2f}s, {words / (t1 - t0):.0f} words/s, {sum(map(len, hashed))} spans")
    if not pr.use_encoder():
        print("encoder path: not in use (the extra or the tagger file is missing, or RASHOMON_ENCODER=off)")
        return 0
    pr.encoder_scores(docs[:1])  # load the encoder and the tagger once, outside the timing
    t2 = time.perf_counter()
    scores = pr.encoder_scores(docs)
    t3 = time.perf_counter()
    found = [pr.find_spans(d, scores=s) for d, s in zip(docs, scores, strict=True)]
    t4 = time.perf_counter()
    print(f"encoder path: {t4 - t2:.2f}s, {words / (t4 - t2):.0f} words/s, {sum(map(len, found))} spans "
          f"(encoder {t3 - t2:.2f}s = {words / (t3 - t2):.0f} words/s; spans from its scores {t4 - t3:.2f}s)")  # fmt: skip
    return 0


if __name__ == "__main__":
    sys.exit(main())
