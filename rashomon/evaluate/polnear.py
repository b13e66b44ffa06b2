"""Score rashomon's attribution relations (rashomon.nlp.quotes) on PolNeAR's annotated news articles.

PolNeAR (Newell, Margolin & Ruths, LREC 2018) marks in political news every attribution: who (source)
said, wrote or thought (cue) what (content). Its folders hold ``text/<article>.txt`` and brat standoff
``attributions/<article>_<annotator>.ann`` files::

    T<n>  <Role> <start> <end>   <the span's text>       (Role: Source, Cue, Content, ...)
    E<n>  Attribution:T<k> Content:T<c> Cue:T<q> Source:T<s>

A span may be discontinuous (``315 448;463 553``). An article annotated by several annotators (a few
were, to measure agreement) is scored against the first annotator's file by name, so every article
counts once. ``Discuss`` and ``Discard`` spans are the annotators' notes, not attributions.

Three ways of matching a predicted span with a gold one, each micro P/R/F1 over all articles, for the
source, cue and content roles separately (spans as sets of word tokens, tokens being runs of letters
and digits, so punctuation and quote marks never decide a match):

- ``overlap`` (the headline): one-to-one, best pairs first; a pair matches when the two spans share
  tokens and the token-level F1 between them is at least 0.5;
- ``exact``: one-to-one, the two spans hold the same word tokens;
- ``token``: every (token, role) is an item: how much of the gold role's text was covered.

``relation`` counts a predicted attribution as right when its cue and content overlap-match one gold
attribution's and its source does too (or both have none).
"""

from __future__ import annotations

import re
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any, cast

from rashomon.errors import RashomonError
from rashomon.evaluate import metrics as m
from rashomon.evaluate.gold import GOLD_DIR
from rashomon.evaluate.runner import MAX_MISSES, subset

#: The development part; ``train`` lies next to it.
POLNEAR_DEV = GOLD_DIR / "polnear" / "dev"
#: The token F1 two spans need to match under ``overlap``.
MIN_OVERLAP_F1 = 0.5
ROLES = ("source", "cue", "content")

_WORD = re.compile(r"\w+")
_BRAT_ID = re.compile(r"^(#|[TERAN]\d+)$")
_ANN_FILE = re.compile(r"^(?P<article>.+)_(?P<annotator>[0-9a-f]{4})\.ann$")

Spans = tuple[tuple[int, int], ...]


class PolnearError(RashomonError):
    """A PolNeAR folder or file cannot be read."""


@dataclass(frozen=True, slots=True)
class GoldAttribution:
    """One annotated attribution: each role as character spans (several where discontinuous)."""

    source: Spans
    cue: Spans
    content: Spans


@dataclass(frozen=True, slots=True)
class Article:
    id: str
    text: str
    attributions: tuple[GoldAttribution, ...]


@dataclass(frozen=True, slots=True)
class PolnearMiss:
    """A gold span of one role that no predicted span overlap-matches, with the nearest prediction."""

    article: str
    role: str
    gold: str
    predicted: str | None


@dataclass(frozen=True, slots=True)
class RoleScores:
    exact: m.PRF
    overlap: m.PRF
    token: m.PRF


@dataclass(frozen=True, slots=True)
class PolnearResult:
    """Source, cue and content span figures (see the module docstring for the three matchings)."""

    path: str
    n: int  # articles
    n_gold: int  # gold attributions
    n_predicted: int
    source: RoleScores
    cue: RoleScores
    content: RoleScores
    relation: m.PRF
    misses: tuple[PolnearMiss, ...]

    def as_dict(self) -> dict[str, Any]:
        return asdict(cast(Any, self))


# ----------------------------------------------------------------------------------------------------
# Reading
# ----------------------------------------------------------------------------------------------------


def _part(path: Path | None) -> Path:
    """The folder holding ``text/`` and ``attributions/``: the given one, or its ``dev`` part."""
    folder = POLNEAR_DEV if path is None else Path(path)
    if not (folder / "attributions").is_dir() and (folder / "dev" / "attributions").is_dir():
        folder = folder / "dev"
    if not (folder / "attributions").is_dir() or not (folder / "text").is_dir():
        raise PolnearError(
            f"{folder}: not a PolNeAR part; expected the folders text/ and attributions/ in it "
            "(pass the polnear folder, or its dev/ or train/ part)"
        )
    return folder


def _spans(value: str, where: str) -> Spans:
    out = []
    for piece in value.split(";"):
        bounds = piece.split()
        if len(bounds) != 2 or not all(b.isdigit() for b in bounds):
            raise PolnearError(f"{where}: expected 'start end' offsets, got {piece!r}")
        start, end = int(bounds[0]), int(bounds[1])
        if end < start:
            raise PolnearError(f"{where}: the span {start}-{end} ends before it starts")
        out.append((start, end))
    return tuple(out)


def read_ann(text: str, name: str, article_length: int) -> tuple[GoldAttribution, ...]:
    """The attributions of one ``.ann`` file's text (``name`` only names it in errors)."""
    spans: dict[str, tuple[str, Spans]] = {}
    relations: list[tuple[str, dict[str, str]]] = []
    for n, line in enumerate(text.splitlines(), 1):
        if not line.strip():
            continue
        where = f"{name}:{n}"
        parts = line.split("\t")
        if parts[0].startswith("T") and len(parts) >= 2:
            label, _, offsets = parts[1].partition(" ")
            found = _spans(offsets, where)
            if any(end > article_length for _, end in found):
                raise PolnearError(
                    f"{where}: the span {offsets} runs past the article's {article_length} characters"
                )
            spans[parts[0]] = (label, found)
        elif parts[0].startswith("E") and len(parts) >= 2:
            args = {}
            for arg in parts[1].split():
                role, _, ref = arg.partition(":")
                if not ref:
                    raise PolnearError(f"{where}: expected Role:T<n> arguments, got {arg!r}")
                args[role] = ref
            relations.append((where, args))
        elif not _BRAT_ID.match(parts[0]) and not spans:
            # a span's text may hold a line break: its rest stands alone on the next lines
            raise PolnearError(f"{where}: not a brat line (T..., E... expected): {line[:80]!r}")
    out = []
    for where, args in relations:
        roles: dict[str, Spans] = {}
        for role in ("Source", "Cue", "Content"):
            name_of = args.get(role)
            if name_of is None:
                roles[role] = ()
            elif name_of not in spans:
                raise PolnearError(f"{where}: the relation names {name_of}, which the file does not define")
            else:
                roles[role] = spans[name_of][1]
        if roles["Cue"] or roles["Content"]:
            out.append(GoldAttribution(roles["Source"], roles["Cue"], roles["Content"]))
    return tuple(out)


def read_polnear(path: Path | None = None) -> tuple[str, list[Article]]:
    """(the part's folder, its articles in name order); each article once, with its first annotator's file."""
    folder = _part(path)
    chosen: dict[str, Path] = {}
    for ann in sorted((folder / "attributions").glob("*.ann")):
        match = _ANN_FILE.match(ann.name)
        article = match["article"] if match else ann.stem
        chosen.setdefault(article, ann)
    articles = []
    for article, ann in sorted(chosen.items()):
        text_file = folder / "text" / f"{article}.txt"
        if not text_file.is_file():
            raise PolnearError(f"{ann}: no article text at {text_file}")
        text = text_file.read_text(encoding="utf-8")
        gold = read_ann(ann.read_text(encoding="utf-8"), str(ann), len(text))
        articles.append(Article(article, text, gold))
    if not articles:
        raise PolnearError(f"{folder}: no .ann files in attributions/")
    return str(folder), articles


# ----------------------------------------------------------------------------------------------------
# Matching
# ----------------------------------------------------------------------------------------------------


def word_tokens(text: str) -> list[tuple[int, int]]:
    """Character spans of the text's word tokens (runs of letters and digits)."""
    return [mt.span() for mt in _WORD.finditer(text)]


def token_set(tokens: list[tuple[int, int]], spans: Spans) -> frozenset[int]:
    """Indices of the word tokens that overlap any of the character spans."""
    return frozenset(i for i, (a, b) in enumerate(tokens) for s, e in spans if a < e and s < b)


def overlap_f1(gold: frozenset[int], predicted: frozenset[int]) -> float:
    common = len(gold & predicted)
    return 2 * common / (len(gold) + len(predicted)) if common else 0.0


def match(
    gold: list[frozenset[int]], predicted: list[frozenset[int]], exact: bool = False
) -> list[int | None]:
    """For each gold span, the index of its predicted partner (one-to-one, best token F1 first) or None."""
    pairs = []
    for gi, g in enumerate(gold):
        for pi, p in enumerate(predicted):
            f = overlap_f1(g, p)
            if (exact and g == p and g) or (not exact and f >= MIN_OVERLAP_F1):
                pairs.append((-f, gi, pi))
    pairs.sort()
    out: list[int | None] = [None] * len(gold)
    used: set[int] = set()
    for _, gi, pi in pairs:
        if out[gi] is None and pi not in used:
            out[gi] = pi
            used.add(pi)
    return out


# ----------------------------------------------------------------------------------------------------
# Evaluation
# ----------------------------------------------------------------------------------------------------


def _predict(articles: list[Article]) -> list[list[tuple[Spans, Spans, Spans]]]:
    """rashomon's relations for each article, as :func:`rashomon.nlp.quotes.outermost` keeps them: PolNeAR
    gives each word to one attribution at most, so a report inside another's content is kept only where
    PolNeAR marks such nested reports (a sourced say, argue, insist ... inside the content)."""
    from rashomon.nlp.pipeline import load
    from rashomon.nlp.quotes import attributions, outermost

    nlp = load(None)
    out = []
    for art, doc in zip(articles, nlp.pipe(a.text for a in articles), strict=True):
        triples: list[tuple[Spans, Spans, Spans]] = []
        for a in outermost(attributions(doc), art.text):
            source: Spans = (a.source,) if a.source else ()
            triples.append((source, (a.cue,), (a.content,)))
        out.append(triples)
    return out


def score(
    articles: list[Article], predictions: list[list[tuple[Spans, Spans, Spans]]], path: str
) -> PolnearResult:
    """Figures for predicted (source, cue, content) span triples, one list per article."""
    counts = {role: {"exact": [0, 0, 0], "overlap": [0, 0, 0], "token": [0, 0, 0]} for role in ROLES}
    rel = [0, 0, 0]
    misses: list[PolnearMiss] = []
    n_gold = n_pred = 0
    for art, pred in zip(articles, predictions, strict=True):
        tokens = word_tokens(art.text)
        gold_sets = [[token_set(tokens, getattr(g, role)) for role in ROLES] for g in art.attributions]
        pred_sets = [[token_set(tokens, spans) for spans in triple] for triple in pred]
        n_gold += len(gold_sets)
        n_pred += len(pred_sets)
        role_matches = []
        for r, role in enumerate(ROLES):
            gs = [(i, s[r]) for i, s in enumerate(gold_sets) if s[r]]
            ps = [(i, s[r]) for i, s in enumerate(pred_sets) if s[r]]
            for kind in ("exact", "overlap"):
                found = match([s for _, s in gs], [s for _, s in ps], exact=kind == "exact")
                c = counts[role][kind]
                c[0] += sum(x is not None for x in found)
                c[1] += len(ps)
                c[2] += len(gs)
                if kind == "overlap":
                    role_matches.append(
                        {gs[gi][0]: ps[pi][0] for gi, pi in enumerate(found) if pi is not None}
                    )
                    for gi, pi in enumerate(found):
                        if pi is None:
                            near = max(ps, key=lambda x: overlap_f1(gs[gi][1], x[1]), default=None)
                            near_text = None
                            if near is not None and overlap_f1(gs[gi][1], near[1]) > 0:
                                near_text = _text(art.text, tokens, near[1])
                            misses.append(
                                PolnearMiss(art.id, role, _text(art.text, tokens, gs[gi][1]), near_text)
                            )
            gold_tokens = frozenset().union(*(s for _, s in gs))
            pred_tokens = frozenset().union(*(s for _, s in ps))
            c = counts[role]["token"]
            c[0] += len(gold_tokens & pred_tokens)
            c[1] += len(pred_tokens)
            c[2] += len(gold_tokens)
        # relations: cue and content matched to the same gold attribution, and the source too (or none)
        source_m, cue_m, content_m = role_matches
        cue_by_pred = {p: g for g, p in cue_m.items()}
        content_by_pred = {p: g for g, p in content_m.items()}
        for pi, triple in enumerate(pred_sets):
            gold_i = cue_by_pred.get(pi)
            if gold_i is None or content_by_pred.get(pi) != gold_i:
                continue
            if (not gold_sets[gold_i][0] and not triple[0]) or source_m.get(gold_i) == pi:
                rel[0] += 1
        rel[1] += len(pred_sets)
        rel[2] += len(gold_sets)
    scores = {
        role: RoleScores(*(m.prf(*counts[role][kind]) for kind in ("exact", "overlap", "token")))
        for role in ROLES
    }
    misses.sort(key=lambda x: (ROLES.index(x.role), x.article))
    return PolnearResult(
        path=path,
        n=len(articles),
        n_gold=n_gold,
        n_predicted=n_pred,
        source=scores["source"],
        cue=scores["cue"],
        content=scores["content"],
        relation=m.prf(*rel),
        misses=tuple(misses[:MAX_MISSES]),
    )


def _text(text: str, tokens: list[tuple[int, int]], ids: frozenset[int]) -> str:
    lo, hi = min(ids), max(ids)
    return text[tokens[lo][0] : tokens[hi][1]][:200]


def evaluate_polnear(path: Path | None, limit: int | None = None) -> PolnearResult:
    """Run rashomon.nlp.quotes over PolNeAR articles (``path=None``: the dev part; ``limit``: a fixed
    subset of that many articles) and score its spans (see :class:`PolnearResult`)."""
    folder, articles = read_polnear(path)
    chosen = subset(articles, limit, lambda a: a.id)
    return score(chosen, _predict(chosen), folder)


def run(path: Path | None, limit: int | None) -> tuple[PolnearResult, dict[str, Any]]:
    """(full result, headline figures) for the evaluation suite; the headline is overlap matching."""
    r = evaluate_polnear(path, limit)
    return r, {
        "n": r.n,
        "source_f1": round(r.source.overlap.f1, 3),
        "cue_f1": round(r.cue.overlap.f1, 3),
        "content_f1": round(r.content.overlap.f1, 3),
        "source_f1_exact": round(r.source.exact.f1, 3),
        "content_f1_token": round(r.content.token.f1, 3),
        "relation_f1": round(r.relation.f1, 3),
    }
