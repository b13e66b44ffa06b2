"""Fit the encoder path of the propaganda spans (rashomon/data/propaganda_encoder.npz) on the PTC training part.

    python3 eval/train_ptc_encoder.py --cache /tmp/ptc-train.spacy --base-layers 2 --epochs 5 --lr 6e-5

(the shipped file; about 25 minutes on 2 cores, of which 15 fine-tuning)

What is fitted on what (the held-out part, one article in five by the sha1 of its id, is never read):

1. the training part is split again by sha1 (``train_ptc.dev_part``) into fit (about 4/5) and dev (1/5);
2. the packaged all-MiniLM-L6-v2 runs its first ``--base-layers`` layers frozen (their outputs are computed
   once and kept); copies of the layers above them and a linear head (is this word piece inside a task-1
   span?) are fine-tuned on the fit articles with torch (AdamW, binary cross-entropy, dropout 0.1);
3. the epoch to stop at is the one with the best task-1 F1 on the dev articles (early stopping); the
   threshold, the gap bridged inside a span, whether lexicon hits fill in, and then a lower threshold
   with a peak a run must reach (hysteresis) are chosen by task-1 F1 on the dev articles, with the spans
   decoded exactly as ``propaganda.encoder_spans`` decodes them at run time;
4. the technique classifier (multinomial logistic regression over the mean span vector of the tuned
   encoder, the hashed classifier's log-probabilities and the log length) is fitted on the gold technique
   spans of the fit articles, its L2 strength chosen by accuracy on dev, then fitted again on all of them;
5. with ``--final``, the layers and head are fine-tuned again on the whole training part with the same
   settings, stopping at the epoch chosen in 3 (the decoding chosen in 3 is kept).

Only our layers and heads are written (float16 layers, about 3.5 MB each); the base model always comes
from its package.
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
sys.path.insert(0, str(ROOT / "eval"))

from train_ptc import dev_part, parse  # noqa: E402

from rashomon.evaluate import ptc  # noqa: E402
from rashomon.nlp import encoder  # noqa: E402
from rashomon.nlp import propaganda as pr  # noqa: E402
from rashomon.records import TECHNIQUES  # noqa: E402

OUT = ROOT / "rashomon" / "data" / pr.ENCODER_FILE


# ---------------------------------------------------------------------------------------------- data


class Windows:
    """The word-piece windows of a set of articles: piece ids, labels (inside a gold span?) and the frozen
    base layers' output for each window (float16, kept in memory)."""

    def __init__(self, articles: Sequence[ptc.PtcArticle], base_layers: int, batch: int = 16) -> None:
        enc = encoder.load()
        self.rows: list[list[int]] = []
        self.labels: list[np.ndarray] = []
        self.techs: list[np.ndarray] = []  # each piece's technique index (the shortest gold span over it), or -100
        for a in articles:
            e = enc.tokenizer(a.text, add_special_tokens=False, return_offsets_mapping=True)
            ids = list(e["input_ids"])
            off = np.asarray(e["offset_mapping"], dtype=np.int64).reshape(-1, 2)
            chars = np.zeros(len(a.text) + 1, dtype=np.int64)
            for s, t in a.spans:
                chars[s:t] = 1
            csum = np.concatenate([[0], np.cumsum(chars)])
            y = (csum[off[:, 1]] - csum[off[:, 0]] > 0).astype(np.float32) if len(off) else np.zeros(0, np.float32)
            tech = np.full(len(a.text) + 1, -100, dtype=np.int64)
            for name, s, t in sorted(a.techniques, key=lambda x: x[1] - x[2]):  # longest first: shortest wins
                tech[s:t] = TECHNIQUES.index(name)
            first = tech[off[:, 0]] if len(off) else np.zeros(0, np.int64)
            last = tech[np.maximum(off[:, 1] - 1, 0)] if len(off) else np.zeros(0, np.int64)
            z = np.where(first >= 0, first, last)
            for s, t in encoder.windows(len(ids)):
                self.rows.append(ids[s:t])
                self.labels.append(y[s:t])
                self.techs.append(z[s:t])
        order = np.argsort([len(r) for r in self.rows], kind="stable")
        self.rows = [self.rows[i] for i in order]
        self.labels = [self.labels[i] for i in order]
        self.techs = [self.techs[i] for i in order]
        self.hidden: list[np.ndarray] = []
        t0 = time.perf_counter()
        for b in range(0, len(self.rows), batch):
            h, _ = pr.base_hidden(self.rows[b : b + batch], base_layers)
            arr = h.numpy().astype(np.float16)
            for i, r in enumerate(self.rows[b : b + batch]):
                self.hidden.append(arr[i, : len(r) + 2])
        n = sum(len(r) for r in self.rows)
        print(f"  {len(self.rows)} windows, {n} pieces ({np.mean(np.concatenate(self.labels)):.3f} inside spans), "
              f"base layers in {time.perf_counter() - t0:.1f}s", flush=True)  # fmt: skip


def pad(torch, hidden: Sequence[np.ndarray], labels: Sequence[np.ndarray], techs: Sequence[np.ndarray]):  # type: ignore[no-untyped-def]
    width = max(len(h) for h in hidden)
    z = np.full((len(hidden), width), -100, dtype=np.int64)
    x = np.zeros((len(hidden), width, hidden[0].shape[1]), dtype=np.float32)
    y = np.zeros((len(hidden), width), dtype=np.float32)
    w = np.zeros((len(hidden), width), dtype=np.float32)
    bias = np.full((len(hidden), width), -1e4, dtype=np.float32)
    for i, (h, lab, tech) in enumerate(zip(hidden, labels, techs, strict=True)):
        x[i, : len(h)] = h
        z[i, 1 : len(tech) + 1] = tech
        bias[i, : len(h)] = 0.0
        y[i, 1 : len(lab) + 1] = lab
        w[i, 1 : len(lab) + 1] = 1.0
    return (torch.from_numpy(x), torch.from_numpy(bias)[:, None, None, :], torch.from_numpy(y), torch.from_numpy(w),
            torch.from_numpy(z))  # fmt: skip


# ---------------------------------------------------------------------------------------------- fine-tuning


def fine_tune(data: Windows, base_layers: int, epochs: int, lr: float, head_lr: float, batch: int, seed: int,  # type: ignore[no-untyped-def]
              pos_weight: float = 1.0, judge=None, stop_at: int | None = None, tech_weight: float = 0.0):  # fmt: skip
    """Our copies of the layers above ``base_layers`` and the head, trained on ``data``; as numpy arrays.

    ``pos_weight`` weighs the pieces inside spans in the loss; ``tech_weight`` > 0 adds a second head, trained
    with it and then dropped, naming the technique of each piece inside a gold span (cross-entropy over the
    14 techniques, weighed by ``tech_weight``), so that the tuned layers learn what kind of span a piece is. ``judge``, when given, scores the weights
    after each epoch (dev F1) and the best epoch's weights are returned (early stopping on dev), with the
    epoch; ``stop_at`` ends training after that epoch (the learning-rate schedule still spans ``epochs``)."""
    import torch

    torch.manual_seed(seed)
    enc = encoder.load()
    state = enc.model.state_dict()
    layers = [
        {p: state[f"encoder.layer.{i}.{p}"].detach().clone().requires_grad_(True) for p in pr.LAYER_PARAMS}
        for i in range(base_layers, enc.model.config.num_hidden_layers)
    ]
    head = torch.zeros(encoder.DIM, requires_grad=True)
    hb = torch.zeros(1, requires_grad=True)
    tech_head = torch.zeros(encoder.DIM, len(TECHNIQUES), requires_grad=True)
    tech_b = torch.zeros(len(TECHNIQUES), requires_grad=True)
    params = [p for layer in layers for p in layer.values()]
    heads = [head, hb, tech_head, tech_b] if tech_weight else [head, hb]
    opt = torch.optim.AdamW([{"params": params, "lr": lr, "weight_decay": 0.01},
                             {"params": heads, "lr": head_lr, "weight_decay": 0.0}])  # fmt: skip
    rng = np.random.default_rng(seed)
    batches = [list(range(b, min(b + batch, len(data.rows)))) for b in range(0, len(data.rows), batch)]
    steps = epochs * len(batches)
    sched = torch.optim.lr_scheduler.LambdaLR(
        opt, lambda s: min(1.0, (s + 1) / max(0.1 * steps, 1)) * max(0.0, 1 - s / max(steps, 1))
    )

    def snapshot():  # type: ignore[no-untyped-def]
        return (
            [{p: v.detach().numpy().astype(np.float32).copy() for p, v in layer.items()} for layer in layers],
            head.detach().numpy().astype(np.float32).copy(),
            float(hb.detach()[0]),
        )

    best = (-1.0, 0, None)
    t0 = time.perf_counter()
    for epoch in range(epochs):
        total = 0.0
        for k in rng.permutation(len(batches)):
            idx = batches[k]
            x, bias, y, w, z = pad(torch, [data.hidden[i] for i in idx], [data.labels[i] for i in idx],
                                   [data.techs[i] for i in idx])  # fmt: skip
            h = x
            for p in layers:
                h = pr.bert_layer(torch, h, bias, p, dropout=0.1)
            hd = torch.nn.functional.dropout(h, 0.1)
            logits = hd @ head + hb
            pw = torch.tensor(pos_weight)
            loss = (torch.nn.functional.binary_cross_entropy_with_logits(logits, y, reduction="none", pos_weight=pw)
                    * w).sum() / w.sum()  # fmt: skip
            if tech_weight and bool((z >= 0).any()):
                loss = loss + tech_weight * torch.nn.functional.cross_entropy(
                    (hd @ tech_head + tech_b).reshape(-1, len(TECHNIQUES)), z.reshape(-1), ignore_index=-100)
            opt.zero_grad()
            loss.backward()
            torch.nn.utils.clip_grad_norm_([*params, *heads], 1.0)
            opt.step()
            sched.step()
            total += float(loss.detach())
        print(f"  epoch {epoch + 1}: loss {total / len(batches):.4f} ({time.perf_counter() - t0:.0f}s)", flush=True)
        if judge is not None:
            f1 = judge(snapshot())
            print(f"  epoch {epoch + 1}: dev F1 {f1:.3f} ({time.perf_counter() - t0:.0f}s)", flush=True)
            if f1 > best[0]:
                best = (f1, epoch + 1, snapshot())
        if stop_at is not None and epoch + 1 >= stop_at:
            break
    if judge is not None:
        print(f"  best epoch {best[1]}: dev F1 {best[0]:.3f}", flush=True)
        return best[2], best[1]
    return snapshot(), epochs


def save_checkpoint(path: Path, tuned) -> None:  # type: ignore[no-untyped-def]
    layers, head, hb = tuned
    arrays = {f"layer{i}.{p}": v for i, layer in enumerate(layers) for p, v in layer.items()}
    np.savez(path, head=head, head_bias=np.array([hb]), n_layers=np.array([len(layers)]), **arrays)


def load_checkpoint(path: Path):  # type: ignore[no-untyped-def]
    with np.load(path) as z:
        layers = [{p: z[f"layer{i}.{p}"] for p in pr.LAYER_PARAMS} for i in range(int(z["n_layers"][0]))]
        return layers, z["head"], float(z["head_bias"][0])


def as_tagger(base_layers: int, tuned, threshold: float = 0.5, gap: int = 0, tech=None, tech_bias=None,  # type: ignore[no-untyped-def]
              trained_on: str = "", fill: bool = False, peak: float = 0.0) -> pr.EncoderTagger:  # fmt: skip
    layers, head, hb = tuned
    k = len(TECHNIQUES)
    return pr.EncoderTagger(base_layers, tuple(layers), head, hb, threshold, gap,
                            tech if tech is not None else np.zeros((0, k), np.float32),
                            tech_bias if tech_bias is not None else np.zeros(k, np.float32), trained_on, fill,
                            peak)  # fmt: skip


# ---------------------------------------------------------------------------------------------- tuning


def char_spans(doc, found: Sequence[pr.Found]) -> list[tuple[int, int]]:  # type: ignore[no-untyped-def]
    return [(doc[f.start].idx, doc[f.end - 1].idx + len(doc[f.end - 1].text)) for f in found]


THRESHOLDS = (0.15, 0.2, 0.25, 0.3, 0.35, 0.4, 0.45, 0.5, 0.55, 0.6, 0.65, 0.7)


def tune_decoding(articles, docs, scores, tg: pr.EncoderTagger, fills=(False, True), gaps=(0, 1, 2, 3),  # type: ignore[no-untyped-def]
                  thresholds=THRESHOLDS, verbose: bool = True):  # fmt: skip
    """(F1, threshold, gap, lexicon fill) with the best task-1 F1 on the given articles."""
    from dataclasses import replace

    tokens = [pr.tokens_of(d) for d in docs]
    best = (-1.0, 0.5, 0, False)
    for fill in fills:
        for gap in gaps:
            for th in thresholds:
                t2 = replace(tg, threshold=th, gap=gap, lexicon_fill=fill, tech=np.zeros((0, len(TECHNIQUES)), np.float32))
                pairs = [(a.spans, char_spans(d, pr.find_spans(d, t, tg=t2, scores=s)))
                         for a, d, t, s in zip(articles, docs, tokens, scores, strict=True)]  # fmt: skip
                sc = ptc.overlap_score(pairs)
                if verbose:
                        print(f"  dev threshold {th:.2f} gap {gap} fill {fill}: P {sc.precision:.3f} "
                          f"R {sc.recall:.3f} F1 {sc.f1:.3f}", flush=True)  # fmt: skip
                best = max(best, (sc.f1, th, gap, fill))
    return best


PEAKS = (0.0, 0.4, 0.45, 0.5, 0.55, 0.6, 0.65, 0.7, 0.75, 0.8)


def tune_peak(articles, docs, scores, tg: pr.EncoderTagger, best):  # type: ignore[no-untyped-def]
    """(F1, threshold, peak) with the best task-1 F1 at the gap and fill of ``best`` (as from
    :func:`tune_decoding`): runs at a threshold up to the best one, kept when a token reaches the peak."""
    from dataclasses import replace

    f1, th0, gap, fill = best
    tokens = [pr.tokens_of(d) for d in docs]
    out = (f1, th0, 0.0)
    for th in [x for x in THRESHOLDS if x <= th0]:
        for peak in [x for x in PEAKS if x > th]:
            t2 = replace(tg, threshold=th, gap=gap, lexicon_fill=fill, peak=peak,
                         tech=np.zeros((0, len(TECHNIQUES)), np.float32))  # fmt: skip
            pairs = [(a.spans, char_spans(d, pr.find_spans(d, t, tg=t2, scores=s)))
                     for a, d, t, s in zip(articles, docs, tokens, scores, strict=True)]  # fmt: skip
            sc = ptc.overlap_score(pairs)
            print(f"  dev threshold {th:.2f} peak {peak:.2f} gap {gap} fill {fill}: P {sc.precision:.3f} "
                  f"R {sc.recall:.3f} F1 {sc.f1:.3f}", flush=True)  # fmt: skip
            if sc.f1 > out[0]:  # a peak only when it helps
                out = (sc.f1, th, peak)
    return out


def dev_judge(articles, docs, base_layers: int):  # type: ignore[no-untyped-def]
    """A function scoring fine-tuned weights by their best task-1 F1 on the dev articles (thresholds and a
    gap of 0 or 1, decoded as at run time). The frozen base layers' output for the dev windows is kept
    after the first call, so each later call runs only the tuned layers."""
    memo: dict[tuple[tuple[int, ...], ...], tuple] = {}  # type: ignore[type-arg]
    plain = pr.base_hidden

    def cached(rows, n):  # type: ignore[no-untyped-def]
        key = tuple(tuple(r) for r in rows)
        if key not in memo:
            memo[key] = plain(rows, n)
        return memo[key]

    def judge(tuned) -> float:  # type: ignore[no-untyped-def]
        pr.base_hidden = cached
        try:
            tg = as_tagger(base_layers, tuned)
            scores = pr.encoder_scores(docs, tg)
        finally:
            pr.base_hidden = plain
        return tune_decoding(articles, docs, scores, tg, fills=(False,), gaps=(0, 1), verbose=False)[0]

    return judge


class SpanSet:
    """Gold technique spans as ``train_ptc.train_span_model`` reads them."""

    def __init__(self, rows, dense, docs) -> None:  # type: ignore[no-untyped-def]
        self.span_rows, self.span_dense, self.docs = rows, dense, docs


def out_of_fold_models(articles, docs, folds: int = 4) -> list[pr.Model]:  # type: ignore[no-untyped-def]
    """For each article, a hashed span classifier fitted (as train_ptc.py fits it) on the training articles
    of the other folds (by sha1), so that its log-probabilities, which the technique classifier reads,
    are as good as on unseen text and no better."""
    from train_ptc import gold_token_spans, train_span_model

    fold = [int(hashlib.sha1(a.id.encode("utf-8")).hexdigest(), 16) // 25 % folds for a in articles]
    rows, dense = [], []
    for a, d in zip(articles, docs, strict=True):
        t = pr.tokens_of(d)
        lower = t.lower.tolist()
        r, x = [], []
        for s, e, tech in gold_token_spans(d, a.techniques):
            again = pr._occurrences(lower, lower[s:e]) - 1
            r.append((pr.span_features(t, s, e, again), TECHNIQUES.index(tech)))
            x.append(pr.span_dense(t, s, e))
        rows.append(r)
        dense.append(x)
    models = []
    for f in range(folds):
        keep = [i for i in range(len(articles)) if fold[i] != f]
        vocab, w, wd, b = train_span_model(
            SpanSet([r for i in keep for r in rows[i]], [x for i in keep for x in dense[i]], [docs[i] for i in keep]),
            2, 1e-4, 300,
        )
        models.append(pr.Model(np.zeros(0, np.uint64), np.zeros(0), 0.0, 0.5, vocab.keys, w, b, "", np.zeros(0), wd))
    return [models[f] for f in fold]


def technique_rows(articles, docs, scores, models: Sequence[pr.Model | None]):  # type: ignore[no-untyped-def]
    """Technique features and labels of the gold technique spans (``models``: the hashed classifier to
    read for each article)."""
    x, y = [], []
    for a, d, s, m in zip(articles, docs, scores, models, strict=True):
        t = pr.tokens_of(d)
        lower = t.lower.tolist()
        for tech, cs, ce in a.techniques:
            span = d.char_span(cs, ce, alignment_mode="expand")
            if span is None or len(span) == 0:
                continue
            x.append(pr.technique_features(t, span.start, span.end, s, m, lower))
            y.append(TECHNIQUES.index(tech))
    return np.array(x, dtype=np.float32), np.array(y, dtype=np.int64)


def fit_techniques(x: np.ndarray, y: np.ndarray, c: float):  # type: ignore[no-untyped-def]
    """Multinomial logistic regression (scikit-learn, training only); (weights [d, k], biases [k])."""
    from sklearn.linear_model import LogisticRegression

    clf = LogisticRegression(C=c, max_iter=2000)
    clf.fit(x, y)
    w = np.zeros((x.shape[1], len(TECHNIQUES)), dtype=np.float32)
    b = np.full(len(TECHNIQUES), -30.0, dtype=np.float32)
    w[:, clf.classes_] = clf.coef_.T
    b[clf.classes_] = clf.intercept_
    return w, b


def write(path: Path, tg: pr.EncoderTagger) -> None:
    arrays: dict[str, np.ndarray] = {}
    for i, layer in enumerate(tg.layers):
        for p, v in layer.items():
            arrays[f"layer{i}.{p}"] = v.astype(np.float16)
    arrays["head"] = tg.head.astype(np.float32)
    arrays["tech"] = tg.tech.astype(np.float32)
    arrays["tech_bias"] = tg.tech_bias.astype(np.float32)
    meta = {"base_layers": tg.base_layers, "layers": len(tg.layers), "head_bias": f"{tg.head_bias:.6f}",
            "threshold": tg.threshold, "gap": tg.gap, "lexicon_fill": "yes" if tg.lexicon_fill else "no",
            "peak": tg.peak,
            "trained_on": tg.trained_on}  # fmt: skip
    arrays["meta_keys"] = np.array(list(meta), dtype=str)
    arrays["meta_values"] = np.array([str(v) for v in meta.values()], dtype=str)
    np.savez_compressed(path, **arrays)


def main(argv: Sequence[str] | None = None) -> int:
    import torch

    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--path", type=Path, default=None, help="a PTC folder (default: the development copy)")
    ap.add_argument("--cache", type=Path, default=None, help="a DocBin file to keep the parsed training articles")
    ap.add_argument("--out", type=Path, default=OUT)
    ap.add_argument("--base-layers", type=int, default=4, help="frozen layers of the packaged encoder")
    ap.add_argument("--epochs", type=int, default=4)
    ap.add_argument("--lr", type=float, default=1e-4)
    ap.add_argument("--head-lr", type=float, default=1e-3)
    ap.add_argument("--batch", type=int, default=16)
    ap.add_argument("--pos-weight", type=float, default=1.0, help="loss weight of the pieces inside spans")
    ap.add_argument("--span-only", action="store_true", help="stop after choosing the decoding (no technique model)")
    ap.add_argument("--tech-weight", type=float, default=0.0,
                    help="weight of a piece-level technique head trained alongside (multi-task); 0: none")
    ap.add_argument("--no-early-stop", action="store_true", help="keep the last epoch, not the best on dev")
    ap.add_argument("--seed", type=int, default=13)
    ap.add_argument("--final", action="store_true", help="fine-tune again on the whole training part")
    ap.add_argument("--checkpoint", type=Path, default=Path("/tmp/ptc-encoder-tuned.npz"),
                    help="where the fine-tuned layers are kept; with --resume, read instead of training")
    ap.add_argument("--resume", action="store_true", help="skip fine-tuning: read --checkpoint")
    ap.add_argument("--smoke", action="store_true", help="a few articles only, to try the script out")
    args = ap.parse_args(argv)
    torch.set_num_threads(2)
    t0 = time.perf_counter()
    train = ptc.part_of(ptc.read_ptc(args.path), "train")
    docs = parse(train, args.cache)
    fit_idx = [i for i, a in enumerate(train) if not dev_part(a.id)]
    dev_idx = [i for i, a in enumerate(train) if dev_part(a.id)]
    if args.smoke:
        fit_idx, dev_idx = fit_idx[:6], dev_idx[:4]
    print(f"{len(train)} training articles ({len(fit_idx)} fit, {len(dev_idx)} dev) parsed in "
          f"{time.perf_counter() - t0:.1f}s", flush=True)  # fmt: skip
    dev_a, dev_d = [train[i] for i in dev_idx], [docs[i] for i in dev_idx]
    best_epoch = args.epochs
    if args.resume:
        tuned = load_checkpoint(args.checkpoint)
    else:
        fit_windows = Windows([train[i] for i in fit_idx], args.base_layers)
        judge = None if args.no_early_stop else dev_judge(dev_a, dev_d, args.base_layers)
        tuned, best_epoch = fine_tune(fit_windows, args.base_layers, args.epochs, args.lr, args.head_lr, args.batch,
                                      args.seed, args.pos_weight, judge, tech_weight=args.tech_weight)  # fmt: skip
        del fit_windows
        save_checkpoint(args.checkpoint, tuned)
    tg = as_tagger(args.base_layers, tuned)
    dev_s = pr.encoder_scores(dev_d, tg)
    best = tune_decoding(dev_a, dev_d, dev_s, tg)
    f1, threshold, gap, fill = best
    print(f"dev span F1 {f1:.3f} at threshold {threshold} gap {gap} lexicon fill {fill} "
          f"({time.perf_counter() - t0:.0f}s)", flush=True)  # fmt: skip
    f1, threshold, peak = tune_peak(dev_a, dev_d, dev_s, tg, best)
    print(f"dev span F1 {f1:.3f} at threshold {threshold} peak {peak} gap {gap} lexicon fill {fill} "
          f"({time.perf_counter() - t0:.0f}s)", flush=True)  # fmt: skip
    if args.span_only:
        return 0
    fit_a, fit_d = [train[i] for i in fit_idx], [docs[i] for i in fit_idx]
    fit_s = pr.encoder_scores(fit_d, tg)
    oof = out_of_fold_models(train, docs)
    xf, yf = technique_rows(fit_a, fit_d, fit_s, [oof[i] for i in fit_idx])
    xd, yd = technique_rows(dev_a, dev_d, dev_s, [oof[i] for i in dev_idx])
    hashed = float(np.mean(np.argmax(xd[:, encoder.DIM : encoder.DIM + len(TECHNIQUES)], axis=1) == yd))
    best_c, best_acc = 0.1, -1.0
    for c in (0.003, 0.01, 0.03, 0.1, 0.3, 1.0, 3.0):
        w, b = fit_techniques(xf, yf, c)
        acc = float(np.mean(np.argmax(xd @ w + b, axis=1) == yd))
        print(f"  technique C {c}: dev accuracy {acc:.3f} (hashed classifier alone {hashed:.3f})", flush=True)
        if acc > best_acc:
            best_c, best_acc = c, acc
    if args.final:
        whole = Windows(train, args.base_layers)
        tuned, _ = fine_tune(whole, args.base_layers, args.epochs, args.lr, args.head_lr, args.batch, args.seed,
                             args.pos_weight, stop_at=best_epoch, tech_weight=args.tech_weight)  # fmt: skip
        tg = as_tagger(args.base_layers, tuned)
        scores = pr.encoder_scores(docs, tg)
        x, y = technique_rows(train, docs, scores, oof)
        what = f"{len(train)} articles whose sha1(id) % {ptc.HELD_OUT_EVERY} != 0"
    else:
        x, y = np.vstack([xf, xd]), np.concatenate([yf, yd])
        what = f"{len(fit_idx)} of its {len(train)} articles (sha1(id) % {ptc.HELD_OUT_EVERY} != 0, not dev)"
    w, b = fit_techniques(x, y, best_c)
    if best_acc <= hashed:  # the encoder's vectors do not help: keep the hashed classifier
        w, b = np.zeros((0, len(TECHNIQUES)), np.float32), np.zeros(len(TECHNIQUES), np.float32)
    trained_on = (f"PTC training part: layers {args.base_layers + 1}-6 and head fine-tuned on {what} "
                  f"({best_epoch} epochs); epochs, threshold, gap and technique L2 chosen on {len(dev_idx)} dev "
                  "articles of it")  # fmt: skip
    tg = as_tagger(args.base_layers, tuned, threshold, gap, w, b, trained_on, fill, peak)
    write(args.out, tg)
    print(f"wrote {args.out} ({args.out.stat().st_size / 1e6:.1f} MB) in {time.perf_counter() - t0:.0f}s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
