"""Run a coder or geoparser over a gold set and score it.

The systems are passed in as callables, so any implementation (or a test fake) can be evaluated:

- an event coder, :data:`EventCoder`, takes ``(id, text, date-or-None)`` items and returns, for each
  item, its events in PLOVER-JSONL export shape, most salient first::

      {"event": "ACCUSE", "mode": ..., "context": [...], "cameo": "112",
       "source": [{"actorText": ..., "code": "IRN", "sector": "GOV"}], "target": [...], ...}

- a geoparser, :data:`Geoparser`, takes an article's text and returns its toponyms as
  ``{"name", "start", "end", "lat", "lon", "country"}`` dicts.

Each ``evaluate_*(path, system, limit=None)`` reads a gold file (``path=None``: the development part
under ``../shared/data/gold-dev``; any file of the same format works), optionally keeps a fixed subset
of ``limit`` records (the first by the sha1 of their id, so the same records every run and on every
machine), calls the system once with all items, and returns a frozen result with the figures, the counts
and the first 50 misses.

The event sets (PLOVER, CASE, PETRARCH, ConfliBERT, ACLED) also take ``part``: "train", "validation" or
"all" (the default), the fixed split of :mod:`rashomon.evaluate.split`. The part is selected first and
``limit`` applies within it; the result's ``part`` says which part was scored.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterable, Sequence
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any, TypeVar, cast

from rashomon.errors import RashomonError
from rashomon.evaluate import gold as g
from rashomon.evaluate import metrics as m
from rashomon.evaluate.split import Part, check_part, select

#: (id, text, date or None) items -> for each item, its events (PLOVER-JSONL dicts), most salient first.
EventCoder = Callable[[list[tuple[str, str, str | None]]], list[list[dict[str, Any]]]]
#: article text -> toponyms {"name", "start", "end", "lat", "lon", "country"}.
Geoparser = Callable[[str], list[dict[str, Any]]]

#: How many misses a result keeps for inspection.
MAX_MISSES = 50

T = TypeVar("T")


class EvaluationError(RashomonError):
    """The system under evaluation returned something that cannot be scored."""


def subset(records: Sequence[T], limit: int | None, key: Callable[[T], str]) -> list[T]:
    """All records, or the ``limit`` whose sha1(key) sorts first, kept in their original order."""
    if limit is None:
        return list(records)
    if limit < 0:
        raise ValueError(f"limit must be >= 0, got {limit}")
    ranked = sorted(
        range(len(records)), key=lambda i: hashlib.sha1(key(records[i]).encode("utf-8")).hexdigest()
    )
    keep = sorted(ranked[:limit])
    return [records[i] for i in keep]


def _run_coder(coder: EventCoder, items: list[tuple[str, str, str | None]]) -> list[list[dict[str, Any]]]:
    out = coder(items)
    if not isinstance(out, list) or len(out) != len(items):
        got = f"{len(out)} results" if isinstance(out, list) else f"a {type(out).__name__}"
        raise EvaluationError(f"the coder returned {got} for {len(items)} items; expected one list per item")
    for (iid, _, _), events in zip(items, out, strict=True):
        if not isinstance(events, list) or not all(isinstance(e, dict) for e in events):
            raise EvaluationError(
                f"the coder's result for {iid} is not a list of event dicts: {events!r:.200}"
            )
    return [_reported_first(events) for events in out]


def _reported_first(events: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """``events`` with the ones the text denies after the others, each group in its order: "no arrests were
    made after the attacks" reports the attacks; the gold sets file what happened, and a scorer that reads a
    text's first event reads its first event not denied."""
    return [e for e in events if not _denied(e)] + [e for e in events if _denied(e)]


def _denied(event: dict[str, Any]) -> bool:
    """Whether the text denies ``event`` (its modality)."""
    return isinstance(event.get("provenance"), dict) and event["provenance"].get("modality") == "denied"


def _event_type(event: dict[str, Any]) -> str | None:
    value = event.get("event")
    return g.plover_label(value) if isinstance(value, str) else None


def _codes(actors: Any) -> tuple[str, ...]:
    """Normalised codes of an actor list from a coder's event; anything malformed is ignored."""
    if not isinstance(actors, list):
        return ()
    codes = []
    for a in actors:
        if isinstance(a, dict) and isinstance(a.get("code"), str) and a["code"].strip():
            sector = a.get("sector")
            codes.append(m.normalise_actor_code(a["code"], sector if isinstance(sector, str) else None))
    return tuple(codes)


def _cameo(event: dict[str, Any]) -> str | None:
    value = event.get("cameo")
    if isinstance(value, int) and not isinstance(value, bool):
        return str(value).zfill(3)
    return value.strip() if isinstance(value, str) and value.strip() else None


def _id(record: Any) -> str:
    """The id of a gold record (every record type has one): the key of the split and of ``limit``."""
    return str(record.id)


def _count_unmapped(types: Iterable[str]) -> tuple[tuple[str, int], ...]:
    """(type, count) of the records left out for want of a PLOVER counterpart, sorted by type."""
    counts: dict[str, int] = {}
    for t in types:
        counts[t] = counts.get(t, 0) + 1
    return tuple(sorted(counts.items()))


def _misses(items: Iterable[T]) -> tuple[T, ...]:
    out = []
    for item in items:
        out.append(item)
        if len(out) >= MAX_MISSES:
            break
    return tuple(out)


class _AsDict:
    __slots__ = ()

    def as_dict(self) -> dict[str, Any]:
        """The result as plain JSON-ready data (nested records become dicts, tuples stay sequences)."""
        return asdict(cast(Any, self))


# ==================================================================================================
# PLOVER
# ==================================================================================================


@dataclass(frozen=True, slots=True)
class PloverMiss(_AsDict):
    """A record whose first event has the wrong type, or whose actor codes differ from gold."""

    id: str
    gold_event: str
    predicted_event: str | None
    gold_source: tuple[str, ...]
    predicted_source: tuple[str, ...]
    gold_target: tuple[str, ...]
    predicted_target: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class PloverResult(_AsDict):
    """Event type and actor figures on the PLOVER gold records.

    ``event_accuracy``: the coder's first event has the gold type ("none" if it codes nothing).
    ``event_accuracy_any``: the gold type is among all its events.
    Actors are scored on one predicted event per record: the first with the gold type, else the first.
    Source and target codes are bags per record (a compound actor list is several codes; role matters,
    so a reciprocal event coded as source+target only half matches the gold's two sources), pooled over
    records (micro P/R/F1). ``*_exact`` compares whole codes after joining code and sector ("IRQ"+"GOV"
    = "IRQGOV"); ``*_country`` compares only the first three letters ("IRQGOV" ~ "IRQMIL").
    """

    path: str
    part: Part
    n: int
    n_skipped: int
    event_accuracy: float
    event_accuracy_any: float
    per_type: tuple[m.LabelScore, ...]
    source_exact: m.PRF
    target_exact: m.PRF
    source_country: m.PRF
    target_country: m.PRF
    n_silent: int
    misses: tuple[PloverMiss, ...]


def evaluate_plover(
    path: str | Path | None, coder: EventCoder, limit: int | None = None, part: Part = "all"
) -> PloverResult:
    """Score ``coder`` on PLOVER gold records (see :class:`PloverResult` for what each figure means)."""
    part = check_part(part)
    gold = g.read_plover(g.PLOVER_GSR if path is None else path)
    records = subset(select(gold.records, "plover", part, _id), limit, _id)
    outputs = _run_coder(coder, [(r.id, r.text, r.date) for r in records])
    gold_types, first_types = [], []
    any_hits = silent = 0
    src_exact, tgt_exact, src_country, tgt_country = [], [], [], []
    misses = []
    for r, events in zip(records, outputs, strict=True):
        types = [_event_type(e) for e in events]
        first = types[0] if types else None
        silent += not events
        gold_types.append(r.event)
        first_types.append(first)
        any_hits += r.event in types
        chosen = next(
            (e for e, t in zip(events, types, strict=True) if t == r.event), events[0] if events else {}
        )
        ps, pt = _codes(chosen.get("source")), _codes(chosen.get("target"))
        gs, gt = tuple(a.full_code for a in r.source), tuple(a.full_code for a in r.target)
        src_exact.append((gs, ps))
        tgt_exact.append((gt, pt))
        src_country.append((tuple(map(m.country_prefix, gs)), tuple(map(m.country_prefix, ps))))
        tgt_country.append((tuple(map(m.country_prefix, gt)), tuple(map(m.country_prefix, pt))))
        if first != r.event or sorted(gs) != sorted(ps) or sorted(gt) != sorted(pt):
            misses.append(PloverMiss(r.id, r.event, first, gs, ps, gt, pt))
    return PloverResult(
        path=gold.path,
        part=part,
        n=len(records),
        n_skipped=len(gold.skipped),
        event_accuracy=m.accuracy(gold_types, first_types),
        event_accuracy_any=m.ratio(any_hits, len(records)),
        per_type=m.per_label_scores(gold_types, first_types),
        source_exact=m.micro_prf(src_exact),
        target_exact=m.micro_prf(tgt_exact),
        source_country=m.micro_prf(src_country),
        target_country=m.micro_prf(tgt_country),
        n_silent=silent,
        misses=_misses(misses),
    )


# ==================================================================================================
# CASE 2021 task 2
# ==================================================================================================


@dataclass(frozen=True, slots=True)
class CaseMiss(_AsDict):
    id: str
    case_type: str
    gold: str
    predicted: str | None


@dataclass(frozen=True, slots=True)
class CaseResult(_AsDict):
    """Event type figures on CASE 2021 task 2 snippets whose type maps to PLOVER.

    The prediction is the coder's first event's type (:func:`case_label`), or None ("none") when it codes
    nothing. Macro-F1
    averages the per-type F1 over the PLOVER types present in the scored gold; a wrong or missing
    prediction lowers the gold type's recall. Snippets whose CASE type has no PLOVER counterpart are
    not sent to the coder; ``unmapped`` counts them by CASE type.
    """

    path: str
    part: Part
    n: int
    n_unmapped: int
    unmapped: tuple[tuple[str, int], ...]
    accuracy: float
    macro_f1: float
    per_type: tuple[m.LabelScore, ...]
    n_silent: int
    misses: tuple[CaseMiss, ...]


#: CAMEO codes of acts that carry an agreement out, which ACLED's "Agreement" sub-event type takes in
#: (ceasefires, prisoner exchanges and releases, surrenders) but PLOVER files elsewhere: signing a formal
#: agreement (057, under SUPPORT), releasing persons (0841), declaring a truce (0871) and demobilizing
#: (0873), under RETREAT.
AGREEMENT_CAMEO = frozenset({"057", "0841", "0871", "0873"})


def case_label(event: dict[str, Any]) -> str | None:
    """The PLOVER type a coder's event counts as against CASE's types: its own, except that the acts of
    ``AGREEMENT_CAMEO`` and a military surrender (CAMEO 0874 in the mode ``disarm``; a retreat, 0874 in the
    mode ``withdraw``, stays RETREAT) count as AGREE. CASE's AGREEMENT is ACLED's "Agreement" sub-event type,
    which takes agreements signed as well as agreed, and the acts that carry them out (ceasefires, prisoner
    exchanges and releases, surrenders); AGREE is the PLOVER type it maps to (``gold.CASE_TO_PLOVER``).
    CASE's non-violent transfer of territory, which maps to RETREAT, is a side's withdrawal."""
    cameo = _cameo(event)
    mode = event.get("mode")
    if cameo in AGREEMENT_CAMEO or (cameo == "0874" and isinstance(mode, str) and mode.strip().lower() == "disarm"):
        return "AGREE"
    return _event_type(event)


def evaluate_case(
    path: str | Path | None, coder: EventCoder, limit: int | None = None, part: Part = "all"
) -> CaseResult:
    """Score ``coder`` on CASE 2021 task 2 snippets mapped to PLOVER types (see :class:`CaseResult`)."""
    part = check_part(part)
    gold = g.read_case(g.CASE_TASK2 if path is None else path)
    in_part = select(gold.records, "case", part, _id)
    unmapped = _count_unmapped(r.case_type for r in in_part if r.plover is None)
    records = subset([r for r in in_part if r.plover is not None], limit, _id)
    outputs = _run_coder(coder, [(r.id, r.text, None) for r in records])
    gold_types: list[str] = []
    predicted: list[str | None] = []
    misses = []
    for r, events in zip(records, outputs, strict=True):
        assert r.plover is not None
        first = case_label(events[0]) if events else None
        gold_types.append(r.plover)
        predicted.append(first)
        if first != r.plover:
            misses.append(CaseMiss(r.id, r.case_type, r.plover, first))
    return CaseResult(
        path=gold.path,
        part=part,
        n=len(records),
        n_unmapped=sum(n for _, n in unmapped),
        unmapped=unmapped,
        accuracy=m.accuracy(gold_types, predicted),
        macro_f1=m.macro_f1(gold_types, predicted),
        per_type=m.per_label_scores(gold_types, predicted),
        n_silent=sum(p is None for p in predicted),
        misses=_misses(misses),
    )


# ==================================================================================================
# PETRARCH validation records
# ==================================================================================================


@dataclass(frozen=True, slots=True)
class PetrarchMiss(_AsDict):
    id: str
    expect: str
    expected_codes: tuple[str, ...]
    predicted_codes: tuple[str | None, ...]


@dataclass(frozen=True, slots=True)
class PetrarchResult(_AsDict):
    """CAMEO figures on PETRARCH validation sentences.

    Over sentences expecting events (``n_events``; only expected codes with a real CAMEO root count):
    ``root_accuracy``: the coder's first event's root is one of the expected roots;
    ``code_accuracy``: its full code is one of the expected codes;
    ``root_recall``: share of expected events whose root is among the coder's roots (as bags).
    Over sentences expecting no event (``n_none``): ``silence``: share where the coder codes nothing.
    Not scored: sentences expecting an input error, unannotated ones, and those whose expected codes are
    all the suite's non-CAMEO test codes (``n_non_cameo``).
    """

    path: str
    part: Part
    n: int
    n_events: int
    n_none: int
    n_error: int
    n_unannotated: int
    n_non_cameo: int
    root_accuracy: float
    code_accuracy: float
    root_recall: float
    silence: float
    misses: tuple[PetrarchMiss, ...]


def evaluate_petrarch(
    path: str | Path | None, coder: EventCoder, limit: int | None = None, part: Part = "all"
) -> PetrarchResult:
    """Score ``coder`` on PETRARCH validation records (see :class:`PetrarchResult`); the counts of
    sentences not scored are those of the part."""
    part = check_part(part)
    gold = g.read_petrarch(g.PETRARCH_UNITTEST if path is None else path)
    in_part = select(gold.records, "petrarch", part, _id)
    scoreable = [r for r in in_part if (r.expect == "events" and r.roots) or r.expect == "none"]
    records = subset(scoreable, limit, _id)
    outputs = _run_coder(coder, [(r.id, r.text, r.date) for r in records])
    n_events = root_hits = code_hits = 0
    n_none = silent = 0
    recall_pairs = []
    misses = []
    for r, events in zip(records, outputs, strict=True):
        codes = tuple(_cameo(e) for e in events)
        if r.expect == "none":
            n_none += 1
            silent += not events
            if events:
                misses.append(PetrarchMiss(r.id, r.expect, (), codes))
            continue
        n_events += 1
        expected = tuple(e.code for e in r.events if e.root is not None)
        first = codes[0] if codes else None
        root_ok = m.cameo_root(first) in r.roots
        root_hits += root_ok
        code_hits += first in expected
        recall_pairs.append((r.roots, tuple(x for c in codes if (x := m.cameo_root(c)) is not None)))
        if not root_ok:
            misses.append(PetrarchMiss(r.id, r.expect, expected, codes))
    recall = m.micro_prf(recall_pairs).recall
    return PetrarchResult(
        path=gold.path,
        part=part,
        n=len(records),
        n_events=n_events,
        n_none=n_none,
        n_error=sum(r.expect == "error" for r in in_part),
        n_unannotated=sum(r.expect == "unannotated" for r in in_part),
        n_non_cameo=sum(r.expect == "events" and not r.roots for r in in_part),
        root_accuracy=m.ratio(root_hits, n_events),
        code_accuracy=m.ratio(code_hits, n_events),
        root_recall=recall,
        silence=m.ratio(silent, n_none),
        misses=_misses(misses),
    )


# ==================================================================================================
# ConfliBERT CAMEO sentences
# ==================================================================================================


@dataclass(frozen=True, slots=True)
class ConfliMiss(_AsDict):
    """A sentence whose class is wrong, or whose actor spans do not all match one-to-one."""

    id: str
    gold_class: str | None
    predicted_class: str | None
    gold_source: tuple[str, ...]
    predicted_source: tuple[str, ...]
    gold_target: tuple[str, ...]
    predicted_target: tuple[str, ...]
    gold_reciprocal: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class ConfliResult(_AsDict):
    """PentaClass and actor-span figures on ConfliBERT's CAMEO sentences.

    Class, over the ``n_typed`` sentences that have one: the PentaClass of the CAMEO code of the coder's
    first event (:func:`metrics.pentaclass`: roots 01-02 statement, 03-05 verbal cooperation, 06-08
    material cooperation, 09-13 and 16 verbal conflict, 14-15 and 17-20 material conflict; a first event without a CAMEO
    code is wrong). A sentence in which the coder codes nothing is predicted class 0, "statement":
    PLOVER has no statement type (CAMEO 01-02, comments and neutral remarks, are not coded), so coding
    no cooperation or conflict event is how the coder says "statement". So is a sentence whose every event
    the text denies ("denied charges that it tortured a priest", "rejected accusations of genocide"): it
    reports a denial, which is a statement, and no act. ``n_silent`` counts the sentences coded with
    nothing among the ``n`` scored. ``accuracy``; ``macro_f1`` averages the per-class F1 over the
    classes present in gold; ``per_class`` gives each.

    Actor spans, over the ``n_spans`` sentences annotated with spans: the predicted event is the first
    whose class is the gold class, else the first; its spans are the ``actorText`` of its source and
    target actors. Spans match when they share a content word, one-to-one (:func:`metrics.match_spans`);
    P/R/F1 are micro-averaged over sentences. ``source`` and ``target``: sentences without reciprocal
    spans, gold source (target) spans against predicted source (target) spans. ``reciprocal``: the
    ``n_reciprocal`` sentences with reciprocal spans, all their gold spans (reciprocal, source and
    target) against all the predicted ones (source and target), since a symmetric event has no sides.
    """

    path: str
    part: Part
    n: int
    n_typed: int
    n_spans: int
    n_reciprocal: int
    accuracy: float
    macro_f1: float
    per_class: tuple[m.LabelScore, ...]
    n_silent: int
    source: m.PRF
    target: m.PRF
    reciprocal: m.PRF
    misses: tuple[ConfliMiss, ...]


def _pentaclass(event: dict[str, Any]) -> int | None:
    return m.pentaclass(_cameo(event))


def _class_name(pclass: int | None) -> str | None:
    return m.PENTACLASS_NAMES[pclass] if pclass is not None else None


def _span_texts(actors: Any) -> tuple[str, ...]:
    """The ``actorText`` of each actor of a coder's actor list (empty and malformed ones left out)."""
    if not isinstance(actors, list):
        return ()
    return tuple(
        a["actorText"].strip()
        for a in actors
        if isinstance(a, dict) and isinstance(a.get("actorText"), str) and a["actorText"].strip()
    )


class _SpanCounts:
    """True positives, predicted and gold spans, summed over sentences."""

    __slots__ = ("gold", "predicted", "tp")

    def __init__(self) -> None:
        self.tp = self.predicted = self.gold = 0

    def add(self, sentence: str, gold: tuple[str, ...], predicted: tuple[str, ...]) -> bool:
        """Count one sentence; True when every gold and every predicted span found its match."""
        tp = sum(x is not None for x in m.match_spans(sentence, gold, predicted))
        self.tp, self.predicted, self.gold = self.tp + tp, self.predicted + len(predicted), self.gold + len(gold)
        return tp == len(gold) == len(predicted)

    def prf(self) -> m.PRF:
        return m.prf(self.tp, self.predicted, self.gold)


def evaluate_confli(
    path: str | Path | None, coder: EventCoder, limit: int | None = None, part: Part = "all"
) -> ConfliResult:
    """Score ``coder`` on ConfliBERT's CAMEO sentences (see :class:`ConfliResult`)."""
    part = check_part(part)
    gold = g.read_confli(g.CONFLI_TRAIN if path is None else path)
    records = subset(select(gold.records, "confli", part, _id), limit, _id)
    outputs = _run_coder(coder, [(r.id, r.text, None) for r in records])
    gold_classes: list[str] = []
    predicted_classes: list[str | None] = []
    source, target, reciprocal = _SpanCounts(), _SpanCounts(), _SpanCounts()
    silent = n_spans = n_reciprocal = 0
    misses = []
    for r, events in zip(records, outputs, strict=True):
        silent += not events
        classes = [_pentaclass(e) for e in events]
        # nothing coded, or only what the text denies: a statement (see ConfliResult)
        first = next((c for e, c in zip(events, classes, strict=True) if not _denied(e)), 0)
        right = True
        if r.pentaclass is not None:
            gold_classes.append(m.PENTACLASS_NAMES[r.pentaclass])
            predicted_classes.append(_class_name(first))
            right = first == r.pentaclass
        ps: tuple[str, ...] = ()
        pt: tuple[str, ...] = ()
        if r.has_spans:
            n_spans += 1
            chosen = next(
                (e for e, c in zip(events, classes, strict=True) if c == r.pentaclass and c is not None),
                events[0] if events else {},
            )
            ps, pt = _span_texts(chosen.get("source")), _span_texts(chosen.get("target"))
            if r.reciprocal:
                n_reciprocal += 1
                both = tuple(dict.fromkeys(ps + pt))
                right &= reciprocal.add(r.text, r.reciprocal + r.source + r.target, both)
            else:
                right &= source.add(r.text, r.source, ps)
                right &= target.add(r.text, r.target, pt)
        if not right:
            misses.append(
                ConfliMiss(
                    r.id, _class_name(r.pentaclass), _class_name(first), r.source, ps, r.target, pt, r.reciprocal
                )
            )
    return ConfliResult(
        path=gold.path,
        part=part,
        n=len(records),
        n_typed=len(gold_classes),
        n_spans=n_spans,
        n_reciprocal=n_reciprocal,
        accuracy=m.accuracy(gold_classes, predicted_classes),
        macro_f1=m.macro_f1(gold_classes, predicted_classes),
        per_class=m.per_label_scores(gold_classes, predicted_classes),
        n_silent=silent,
        source=source.prf(),
        target=target.prf(),
        reciprocal=reciprocal.prf(),
        misses=_misses(misses),
    )


# ==================================================================================================
# ACLED events with their notes
# ==================================================================================================

#: ASSAULT modes that ACLED files under "Explosions/Remote violence".
REMOTE_MODES = frozenset({"aerial", "drone", "heavy-weapons", "explosives", "suicide-attack", "unconventional"})
#: Sectors of armed actors (military, rebels, insurgents, police, intelligence, unaffiliated armed
#: forces), read after a code's country part ("AZEMIL", "LBNREBHZB") or alone ("REB"); and the prefix of international
#: militarised groups ("IMGMUSALQ").
ARMED_SECTORS = frozenset({"MIL", "REB", "INS", "COP", "SPY", "UAF"})
ARMED_PREFIXES = frozenset({"IMG"})


def _armed(code: str) -> bool:
    """An armed actor's code: an armed sector after a country part, or alone (a group of no known country:
    "REB"), or an international militarised group."""
    return code in ARMED_SECTORS or code[:3] in ARMED_PREFIXES or any(code[i : i + 3] in ARMED_SECTORS for i in range(3, len(code), 3))


def acled_event_type(event: dict[str, Any] | None) -> str | None:
    """The ACLED event type a coder's event falls under; None for no event. A secondary figure's mapping:

    PROTEST with mode ``riot`` -> Riots, other PROTEST -> Protests; ASSAULT with a remote mode
    (:data:`REMOTE_MODES`) -> Explosions/Remote violence; other ASSAULT on a civilian target (a target of
    sector CVL, or none with an armed sector: :data:`ARMED_SECTORS`) -> Violence against civilians; other
    ASSAULT -> Battles; any other type -> Strategic developments.
    """
    if event is None:
        return None
    kind, mode = _event_type(event), event.get("mode")
    mode = mode.strip().lower() if isinstance(mode, str) else None
    if kind == "PROTEST":
        return "Riots" if mode == "riot" else "Protests"
    if kind == "ASSAULT":
        if mode in REMOTE_MODES:
            return "Explosions/Remote violence"
        targets = _codes(event.get("target"))
        civilian = any("CVL" in (c[3:6], c[:3]) for c in targets)
        if civilian or not any(_armed(c) for c in targets):
            return "Violence against civilians"
        return "Battles"
    return "Strategic developments"


@dataclass(frozen=True, slots=True)
class AcledMiss(_AsDict):
    id: str
    sub_event_type: str
    gold: str
    predicted: str | None
    event_type: str
    predicted_event_type: str | None


@dataclass(frozen=True, slots=True)
class AcledResult(_AsDict):
    """PLOVER type figures on ACLED notes whose sub-event type maps to PLOVER (as CASE's types do).

    The coder reads each event's notes (with its date) and its first event's type is the prediction, or
    None ("none") when it codes nothing (``n_silent``). ``accuracy``; ``macro_f1`` over the PLOVER types
    present in the scored gold; ``per_type``. Notes whose sub-event type has no PLOVER counterpart are not
    sent to the coder; ``unmapped`` counts them by sub-event type. ``n_skipped``: rows without notes.

    Secondary: ``event_type_accuracy``, agreement with ACLED's six event types through
    :func:`acled_event_type` of the first predicted event, over the same scored notes.
    """

    path: str
    part: Part
    n: int
    n_unmapped: int
    unmapped: tuple[tuple[str, int], ...]
    n_skipped: int
    accuracy: float
    macro_f1: float
    per_type: tuple[m.LabelScore, ...]
    n_silent: int
    event_type_accuracy: float
    misses: tuple[AcledMiss, ...]


def evaluate_acled(
    path: str | Path | None, coder: EventCoder, limit: int | None = None, part: Part = "all"
) -> AcledResult:
    """Score ``coder`` on ACLED notes mapped to PLOVER types (see :class:`AcledResult`)."""
    part = check_part(part)
    gold = g.read_acled(g.ACLED_NOTES if path is None else path)
    in_part = select(gold.records, "acled", part, _id)
    unmapped = _count_unmapped(r.sub_event_type for r in in_part if r.plover is None)
    records = subset([r for r in in_part if r.plover is not None], limit, _id)
    outputs = _run_coder(coder, [(r.id, r.text, r.date) for r in records])
    gold_types: list[str] = []
    predicted: list[str | None] = []
    type_hits = 0
    misses = []
    for r, events in zip(records, outputs, strict=True):
        assert r.plover is not None
        first = _event_type(events[0]) if events else None
        event_type = acled_event_type(events[0] if events else None)
        gold_types.append(r.plover)
        predicted.append(first)
        type_hits += event_type == r.event_type
        if first != r.plover:
            misses.append(AcledMiss(r.id, r.sub_event_type, r.plover, first, r.event_type, event_type))
    return AcledResult(
        path=gold.path,
        part=part,
        n=len(records),
        n_unmapped=sum(n for _, n in unmapped),
        unmapped=unmapped,
        n_skipped=len(gold.skipped),
        accuracy=m.accuracy(gold_types, predicted),
        macro_f1=m.macro_f1(gold_types, predicted),
        per_type=m.per_label_scores(gold_types, predicted),
        n_silent=sum(p is None for p in predicted),
        event_type_accuracy=m.ratio(type_hits, len(records)),
        misses=_misses(misses),
    )


# ==================================================================================================
# Geoparsing
# ==================================================================================================


@dataclass(frozen=True, slots=True)
class GeoMiss(_AsDict):
    """A gold toponym not found, found without coordinates, or placed more than 161 km away."""

    article: str
    name: str
    start: int | None
    end: int | None
    gold_lat: float
    gold_lon: float
    predicted_name: str | None
    predicted_lat: float | None
    predicted_lon: float | None
    error_km: float | None


@dataclass(frozen=True, slots=True)
class GeoResult(_AsDict):
    """Toponym resolution figures over the gold toponyms that have coordinates.

    A gold toponym is *found* when a system toponym overlaps its span (by name where either has no
    offsets), one-to-one; *resolved* when that system toponym also has coordinates.
    ``recall`` = found / gold. ``accuracy_161`` = resolved within 161 km / resolved;
    ``accuracy_161_all`` = the same over all gold toponyms (missed ones count as wrong).
    ``median_km``/``mean_km`` are over resolved toponyms (None if there are none). ``precision`` =
    matched system toponyms / system toponyms: only indicative, since the corpora do not annotate every
    place name.
    """

    path: str
    n: int  # articles
    n_gold: int
    n_gold_without_coordinates: int
    n_system: int
    n_found: int
    n_resolved: int
    recall: float
    precision: float
    accuracy_161: float
    accuracy_161_all: float
    median_km: float | None
    mean_km: float | None
    misses: tuple[GeoMiss, ...]


def _coordinate(value: Any) -> float | None:
    if isinstance(value, bool) or not isinstance(value, (int, float, str)):
        return None
    try:
        f = float(value)
    except ValueError:
        return None
    return f if f == f else None  # NaN is no coordinate


def _offset(value: Any) -> int | None:
    return value if isinstance(value, int) and not isinstance(value, bool) and value >= 0 else None


def evaluate_geo(
    path: str | Path | None, geoparser: Geoparser, limit: int | None = None, gold_spans: bool = False,
    part: Part = "all", set_name: str = "lgl",
) -> GeoResult:  # fmt: skip
    """Score ``geoparser`` on a geoparsing corpus; ``limit`` counts articles (see :class:`GeoResult`).

    ``gold_spans``: hand the geoparser the gold toponyms' character spans (``geoparser(text, spans)``) and so
    score resolution alone, as geocoding papers do; otherwise it finds the toponyms itself (end to end).
    ``part``: the articles of that part of ``set_name``'s split (by article id), or all of them.
    """
    gold = g.read_geo(g.GEO_LGL if path is None else path)
    records = gold.records if part == "all" else select(gold.records, set_name, part, lambda a: a.id)
    articles = subset(records, limit, lambda a: a.id)
    n_gold = n_without = n_system = n_found = n_matched_system = 0
    errors: list[float] = []
    misses = []
    for art in articles:
        if gold_spans:
            spans = [(t.start, t.end) for t in art.toponyms if t.resolved and t.start is not None and t.end is not None]
            out = geoparser(art.text, spans)  # type: ignore[call-arg]
        else:
            out = geoparser(art.text)
        if not isinstance(out, list) or not all(isinstance(t, dict) for t in out):
            raise EvaluationError(
                f"the geoparser's result for article {art.id} is not a list of dicts: {out!r:.200}"
            )
        n_system += len(out)
        gold_tops = [t for t in art.toponyms if t.resolved]
        n_without += len(art.toponyms) - len(gold_tops)
        n_gold += len(gold_tops)
        pred = [(str(t.get("name") or ""), _offset(t.get("start")), _offset(t.get("end"))) for t in out]
        matches = m.match_toponyms([(t.name, t.start, t.end) for t in gold_tops], pred)
        n_matched_system += sum(x is not None for x in matches)
        for t, pi in zip(gold_tops, matches, strict=True):
            assert t.lat is not None and t.lon is not None
            if pi is None:
                misses.append(GeoMiss(art.id, t.name, t.start, t.end, t.lat, t.lon, None, None, None, None))
                continue
            n_found += 1
            lat, lon = _coordinate(out[pi].get("lat")), _coordinate(out[pi].get("lon"))
            err = m.haversine_km(t.lat, t.lon, lat, lon) if lat is not None and lon is not None else None
            if err is not None:
                errors.append(err)
            if err is None or err > m.ACC_KM:
                misses.append(
                    GeoMiss(art.id, t.name, t.start, t.end, t.lat, t.lon, pred[pi][0], lat, lon, err)
                )
    within = sum(e <= m.ACC_KM for e in errors)
    return GeoResult(
        path=gold.path,
        n=len(articles),
        n_gold=n_gold,
        n_gold_without_coordinates=n_without,
        n_system=n_system,
        n_found=n_found,
        n_resolved=len(errors),
        recall=m.ratio(n_found, n_gold),
        precision=m.ratio(n_matched_system, n_system),
        accuracy_161=m.accuracy_within(errors),
        accuracy_161_all=m.ratio(within, n_gold),
        median_km=m.median(errors),
        mean_km=m.mean(errors),
        misses=_misses(misses),
    )
