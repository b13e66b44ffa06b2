"""The event-trigger lexicon (rashomon/data/event_lexicon.tsv): lemma -> CAMEO code, with cues."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from importlib import resources

from rashomon.nlp.ontology import lookup


@dataclass(frozen=True, slots=True)
class Trigger:
    pos: str  # "V" or "N"
    lemma: str  # may hold a particle: "pull out"
    cameo: str
    cue_kind: str | None  # obj, prep, xcomp, mod, neg, head, conj
    cue_words: frozenset[str]
    mode: str | None
    context: tuple[str, ...]

    @property
    def plover(self) -> str | None:
        return lookup(self.cameo).plover


@cache
def triggers() -> dict[tuple[str, str], tuple[Trigger, ...]]:
    """(pos, lemma) -> the lexicon's rows for it, cued rows first, in file order."""
    text = resources.files("rashomon.data").joinpath("event_lexicon.tsv").read_text(encoding="utf-8")
    rows: dict[tuple[str, str], list[Trigger]] = {}
    for n, line in enumerate(text.splitlines(), 1):
        if not line.strip() or line.startswith(("#", "pos\t")):
            continue
        parts = line.split("\t")
        if len(parts) > 6:
            raise ValueError(f"event_lexicon.tsv:{n}: expected at most 6 tab-separated columns, got {len(parts)}")
        parts += [""] * (6 - len(parts))
        pos, lemma, cameo, cue, mode, context = (p.strip() for p in parts)
        if pos not in ("V", "N") or not lemma or not cameo:
            raise ValueError(f"event_lexicon.tsv:{n}: expected pos, lemma, cameo: {line!r}")
        cue_kind, _, words = cue.partition(":")
        if cue and cue_kind not in ("obj", "prep", "xcomp", "mod", "neg", "head", "conj", "subj"):
            raise ValueError(f"event_lexicon.tsv:{n}: unknown cue {cue!r}")
        lookup(cameo)  # fails early on an unknown code
        rows.setdefault((pos, lemma), []).append(
            Trigger(
                pos,
                lemma,
                cameo,
                cue_kind or None,
                frozenset(w for w in words.split("|") if w),
                mode or None,
                tuple(c for c in context.split(";") if c),
            )
        )
    return {key: tuple(sorted(v, key=lambda t: t.cue_kind is None)) for key, v in rows.items()}
