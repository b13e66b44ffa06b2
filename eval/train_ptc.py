"""Fit rashomon's propaganda model on the training part of PTC and write rashomon/data/propaganda_model.tsv.

    python3 eval/train_ptc.py                 # fit, choose the threshold on a dev part, write the model
    python3 eval/train_ptc.py --cache /tmp/ptc-train.spacy   # keep the parsed articles between runs

What is fitted on what (the held-out part, one article in five by the sha1 of its id, is never read):

1. the training part (the other articles) is split again by sha1 into fit (4/5) and dev (1/5);
2. a token scorer (binary logistic regression: is the token inside a task-1 span?) and a span classifier
   (multinomial logistic regression over the 14 techniques, on the task-2 spans) are fitted on fit;
3. the threshold and whether lexicon hits fill in outside the model's spans are chosen by task-1 F1 on dev;
4. both are fitted again on the whole training part, and written with the chosen settings.

Pure numpy: full-batch Adam on the mean log loss with an L2 penalty; features that occur fewer than
``--min-count`` times are dropped; weights smaller than ``--prune`` are not written.
"""

from __future__ import annotations

import argparse
import hashlib
import sys
import time
from collections.abc import Sequence
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from rashomon.evaluate import ptc  # noqa: E402
from rashomon.nlp import propaganda as pr  # noqa: E402
from rashomon.records import TECHNIQUES  # noqa: E402

OUT = ROOT / "rashomon" / "data" / pr.MODEL_FILE


def dev_part(article_id: str) -> bool:
    """One training article in five (by a second sha1 digit) tunes the settings."""
    return int(hashlib.sha1(article_id.encode("utf-8")).hexdigest(), 16) // ptc.HELD_OUT_EVERY % 5 == 0


def parse(articles: Sequence[ptc.PtcArticle], cache: Path | None):  # type: ignore[no-untyped-def]
    from spacy.tokens import DocBin

    from rashomon.nlp import pipeline

    nlp = pipeline.load(None)
    nlp.vocab.strings.add(pr.BOS)
    nlp.vocab.strings.add(pr.EOS)
    tensors = cache.with_suffix(".npz") if cache is not None else None
    if cache is not None and tensors is not None and cache.is_file() and tensors.is_file():
        docs = list(DocBin().from_disk(cache).get_docs(nlp.vocab))
        if len(docs) == len(articles) and all(d.text == a.text for d, a in zip(docs, articles, strict=True)):
            saved = np.load(tensors)
            for i, d in enumerate(docs):
                d.tensor = saved[f"t{i}"]
            return docs
    docs = ptc.parse_articles(articles)
    if cache is not None and tensors is not None:
        DocBin(store_user_data=False, docs=docs).to_disk(cache)
        np.savez(tensors, **{f"t{i}": d.tensor for i, d in enumerate(docs)})
    return docs


# ---------------------------------------------------------------------------------------------- data


def token_labels(doc, spans: Sequence[tuple[int, int]]) -> np.ndarray:  # type: ignore[no-untyped-def]
    """1 for tokens overlapping a gold span, else 0."""
    chars = np.zeros(len(doc.text) + 1, dtype=np.int8)
    for s, e in spans:
        chars[s:e] = 1
    starts = np.array([t.idx for t in doc], dtype=np.int64)
    ends = starts + np.array([len(t.text) for t in doc], dtype=np.int64)
    csum = np.concatenate([[0], np.cumsum(chars)])
    return ((csum[ends] - csum[starts]) > 0).astype(np.float64)


def gold_token_spans(doc, techniques) -> list[tuple[int, int, str]]:  # type: ignore[no-untyped-def]
    out = []
    for tech, s, e in techniques:
        span = doc.char_span(s, e, alignment_mode="expand")
        if span is not None and len(span):
            out.append((span.start, span.end, tech))
    return out


class Vocab:
    """Feature keys seen at least ``min_count`` times, with a readable string for each."""

    def __init__(self, keys: np.ndarray, min_count: int) -> None:
        k = keys[keys != 0]
        uniq, counts = np.unique(k, return_counts=True)
        self.keys = uniq[counts >= min_count]
        self.names: dict[int, str] = {}

    def columns(self, keys: np.ndarray) -> np.ndarray:
        idx = np.minimum(np.searchsorted(self.keys, keys), len(self.keys) - 1)
        return np.where((self.keys[idx] == keys) & (keys != 0), idx, -1)


# ---------------------------------------------------------------------------------------------- fitting


def adam(grad_fn, shapes, iters: int, lr: float):  # type: ignore[no-untyped-def]
    params = [np.zeros(s) for s in shapes]
    m = [np.zeros(s) for s in shapes]
    v = [np.zeros(s) for s in shapes]
    for it in range(1, iters + 1):
        grads = grad_fn(params)
        for p, g, mm, vv in zip(params, grads, m, v, strict=True):
            mm *= 0.9
            mm += 0.1 * g
            vv *= 0.999
            vv += 0.001 * g * g
            p -= lr * (mm / (1 - 0.9**it)) / (np.sqrt(vv / (1 - 0.999**it)) + 1e-8)
    return params


def fit_tokens(cols: np.ndarray, dense: np.ndarray, y: np.ndarray, n_feat: int, l2: float, iters: int):  # type: ignore[no-untyped-def]
    """Binary logistic regression; ``cols`` (tokens x slots) holds feature columns, -1 for none;
    ``dense`` (tokens x d) dense features."""
    valid = cols >= 0
    rows = np.nonzero(valid)[0]
    flat = cols[valid]
    n = len(y)

    def grads(params):  # type: ignore[no-untyped-def]
        w, wd, b = params
        z = b[0] + np.bincount(rows, weights=w[flat], minlength=n) + dense @ wd
        p = 1.0 / (1.0 + np.exp(-z))
        err = (p - y) / n
        gw = np.bincount(flat, weights=err[rows], minlength=n_feat) + l2 * w
        return [gw, dense.T @ err + l2 * wd, np.array([err.sum()])]

    w, wd, b = adam(grads, [(n_feat,), (dense.shape[1],), (1,)], iters, 0.05)
    return w, wd, float(b[0])


def fit_spans(rows: np.ndarray, flat: np.ndarray, dense: np.ndarray, y: np.ndarray, n_spans: int, n_feat: int,
              l2: float, iters: int):  # type: ignore[no-untyped-def]
    """Multinomial logistic regression over span features (rows, flat: the span and column of each sparse
    feature; dense: spans x d)."""
    k = len(TECHNIQUES)
    onehot = np.zeros((n_spans, k))
    onehot[np.arange(n_spans), y] = 1.0

    def grads(params):  # type: ignore[no-untyped-def]
        w, wd, b = params
        z = np.zeros((n_spans, k)) + b + dense @ wd
        np.add.at(z, rows, w[flat])
        z -= z.max(axis=1, keepdims=True)
        p = np.exp(z)
        p /= p.sum(axis=1, keepdims=True)
        err = (p - onehot) / n_spans
        gw = np.zeros((n_feat, k))
        np.add.at(gw, flat, err[rows])
        return [gw + l2 * w, dense.T @ err + l2 * wd, err.sum(axis=0)]

    w, wd, b = adam(grads, [(n_feat, k), (dense.shape[1], k), (k,)], iters, 0.05)
    return w, wd, b


# ---------------------------------------------------------------------------------------------- pipeline


class Data:
    """Token keys, labels and span features of a set of parsed articles."""

    def __init__(self, articles, docs) -> None:  # type: ignore[no-untyped-def]
        self.articles, self.docs = articles, docs
        self.tokens = [pr.tokens_of(d) for d in docs]
        self.keys = [np.stack(pr.token_keys(t), axis=1) for t in self.tokens]
        self.dense = [pr.token_dense(t) for t in self.tokens]
        self.y = [token_labels(d, a.spans) for d, a in zip(docs, articles, strict=True)]
        self.span_dense: list[np.ndarray] = []
        self.span_rows: list[tuple[list[tuple[str, int]], int]] = []
        for a, d, t in zip(articles, docs, self.tokens, strict=True):
            lower = t.lower.tolist()
            for s, e, tech in gold_token_spans(d, a.techniques):
                again = pr._occurrences(lower, lower[s:e]) - 1
                self.span_rows.append((pr.span_features(t, s, e, again), TECHNIQUES.index(tech)))
                self.span_dense.append(pr.span_dense(t, s, e))

    def describe(self, vocab: Vocab) -> None:
        """Readable names of the vocabulary's token keys (from the first token that has each)."""
        wanted = set(int(k) for k in vocab.keys) - set(vocab.names)
        for d, t in zip(self.docs, self.tokens, strict=True):
            if not wanted:
                return
            for (name, values, mask), col in zip(pr.token_values(t), self.keys_of(t), strict=True):
                uniq, first = np.unique(col, return_index=True)
                for k, i in zip(uniq.tolist(), first.tolist(), strict=True):
                    if k in wanted and (mask is None or mask[i]):
                        vocab.names[k] = pr.feature_string(name, [int(v[i]) for v in values], d.vocab.strings)
                        wanted.discard(k)

    def keys_of(self, t):  # type: ignore[no-untyped-def]
        return pr.token_keys(t)


def train_token_model(data: Data, min_count: int, l2: float, iters: int):  # type: ignore[no-untyped-def]
    allkeys = np.concatenate(data.keys)
    vocab = Vocab(allkeys.ravel(), min_count)
    cols = vocab.columns(allkeys)
    w, wd, b = fit_tokens(cols, np.concatenate(data.dense), np.concatenate(data.y), len(vocab.keys), l2, iters)
    return vocab, w, wd, b


def train_span_model(data: Data, min_count: int, l2: float, iters: int):  # type: ignore[no-untyped-def]
    feats = [[pr.mix(pr._hash(n), c) for n, c in f] for f, _ in data.span_rows]
    allk = np.array([k for f in feats for k in f], dtype=np.uint64)
    vocab = Vocab(allk, min_count)
    rows = np.array([i for i, f in enumerate(feats) for _ in f], dtype=np.int64)
    cols = vocab.columns(allk)
    keep = cols >= 0
    y = np.array([lab for _, lab in data.span_rows], dtype=np.int64)
    dense = np.stack(data.span_dense) if data.span_dense else np.zeros((0, 0))
    w, wd, b = fit_spans(rows[keep], cols[keep], dense, y, len(feats), len(vocab.keys), l2, iters)
    names: dict[int, str] = {}
    strings = data.docs[0].vocab.strings
    for f, _ in data.span_rows:
        for n, c in f:
            names.setdefault(pr.mix(pr._hash(n), c), pr.feature_string(n, [c], strings))
    vocab.names = names
    return vocab, w, wd, b


def as_model(tok, span, threshold: float, lexicon_fill: bool) -> pr.Model:  # type: ignore[no-untyped-def]
    (tv, tw, twd, tb), (sv, sw, swd, sb) = tok, span
    return pr.Model(tv.keys, tw, tb, threshold, sv.keys, sw, sb, "", twd, swd, lexicon_fill)


def si_f1(data: Data, m: pr.Model) -> float:
    pairs = []
    for a, d, t in zip(data.articles, data.docs, data.tokens, strict=True):
        found = pr.find_spans(d, t, m=m)
        pairs.append((a.spans, [(d[f.start].idx, d[f.end - 1].idx + len(d[f.end - 1].text)) for f in found]))
    return ptc.overlap_score(pairs).f1


def tc_accuracy(data: Data, m: pr.Model) -> float:
    hits = 0
    for (f, lab), dense in zip(data.span_rows, data.span_dense, strict=True):
        keys = [pr.mix(pr._hash(n), c) for n, c in f]
        hits += int(np.argmax(m.technique_scores(keys, dense))) == lab
    return hits / max(len(data.span_rows), 1)


def write(path: Path, tok, span, threshold: float, lexicon_fill: bool, trained_on: str, prune: float) -> int:  # type: ignore[no-untyped-def]
    (tv, tw, twd, tb), (sv, sw, swd, sb) = tok, span
    lines = [
        "# rashomon propaganda model: written by eval/train_ptc.py (do not edit by hand; run it again).",
        "# meta<TAB>name<TAB>value | token<TAB>feature<TAB>weight | span<TAB>technique<TAB>feature<TAB>weight",
        f"meta\ttrained_on\t{trained_on}",
        f"meta\tthreshold\t{threshold:.3f}",
        f"meta\tlexicon_fill\t{'yes' if lexicon_fill else 'no'}",
        f"token\tbias\t{tb:.4f}",
    ]
    bad = ("\t", "\n", "\r")
    for k, wt in zip(tv.keys.tolist(), tw.tolist(), strict=True):
        name = tv.names.get(k)
        if name is None or abs(wt) < prune or any(c in name for c in bad):
            continue
        lines.append(f"token\t{name}\t{wt:.4f}")
    lines += [f"token\tdense:{i}\t{wt:.4f}" for i, wt in enumerate(twd.tolist())]
    for j, tech in enumerate(TECHNIQUES):
        lines.append(f"span\t{tech}\tbias\t{sb[j]:.4f}")
        lines += [f"span\t{tech}\tdense:{i}\t{swd[i, j]:.4f}" for i in range(swd.shape[0])]
    for k, row in zip(sv.keys.tolist(), sw.tolist(), strict=True):
        name = sv.names.get(k)
        if name is None or any(c in name for c in bad):
            continue
        for j, tech in enumerate(TECHNIQUES):
            if abs(row[j]) >= prune:
                lines.append(f"span\t{tech}\t{name}\t{row[j]:.4f}")
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return len(lines)


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--path", type=Path, default=None, help="a PTC folder (default: the development copy)")
    ap.add_argument("--cache", type=Path, default=None, help="a DocBin file to keep the parsed training articles")
    ap.add_argument("--out", type=Path, default=OUT)
    ap.add_argument("--min-count", type=int, default=2)
    ap.add_argument("--l2", type=float, default=1e-5)
    ap.add_argument("--span-l2", type=float, default=1e-4)
    ap.add_argument("--iters", type=int, default=300)
    ap.add_argument("--prune", type=float, default=0.02)
    args = ap.parse_args(argv)
    t0 = time.perf_counter()
    train = ptc.part_of(ptc.read_ptc(args.path), "train")
    docs = parse(train, args.cache)
    print(f"{len(train)} training articles parsed in {time.perf_counter() - t0:.1f}s", flush=True)
    fit_idx = [i for i, a in enumerate(train) if not dev_part(a.id)]
    dev_idx = [i for i, a in enumerate(train) if dev_part(a.id)]
    fit = Data([train[i] for i in fit_idx], [docs[i] for i in fit_idx])
    dev = Data([train[i] for i in dev_idx], [docs[i] for i in dev_idx])
    tok = train_token_model(fit, args.min_count, args.l2, args.iters)
    span = train_span_model(fit, args.min_count, args.span_l2, args.iters)
    best = (-1.0, 0.5, True)
    for fill in (True, False):
        for th in (0.25, 0.3, 0.35, 0.4, 0.45, 0.5, 0.55):
            f1 = si_f1(dev, as_model(tok, span, th, fill))
            print(f"dev ({len(dev.articles)} articles): threshold {th:.2f} lexicon fill {fill}: span F1 {f1:.3f}", flush=True)
            best = max(best, (f1, th, fill))
    print(f"dev technique accuracy given gold spans: {tc_accuracy(dev, as_model(tok, span, 0.5, True)):.3f}")
    _, threshold, fill = best
    whole = Data(train, docs)
    tok = train_token_model(whole, args.min_count, args.l2, args.iters)
    whole.describe(tok[0])
    span = train_span_model(whole, args.min_count, args.span_l2, args.iters)
    trained_on = (f"PTC training part: {len(train)} articles whose sha1(id) % {ptc.HELD_OUT_EVERY} != 0; "
                  f"threshold and lexicon fill chosen on {len(dev.articles)} of them")  # fmt: skip
    n = write(args.out, tok, span, threshold, fill, trained_on, args.prune)
    print(f"threshold {threshold}, lexicon fill {fill}; wrote {n} lines to {args.out} in {time.perf_counter() - t0:.1f}s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
