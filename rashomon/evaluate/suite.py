"""The evaluation suite: each data set by name, run with rashomon's own coder or geoparser.

The event sets (:data:`PARTED`) are scored on a part of their fixed train/validation split
(:mod:`rashomon.evaluate.split`); the others only whole (part "all").
"""

from __future__ import annotations

from collections.abc import Callable
from functools import cache
from pathlib import Path
from typing import Any

from rashomon.errors import UsageError
from rashomon.evaluate import runner
from rashomon.evaluate.gold import GEO_GEOVIRUS, GEO_LGL
from rashomon.evaluate.split import PARTS, Part

#: (path or None for gold-dev, limit, part) -> (full result, headline figures).
SetRunner = Callable[[Path | None, int | None, Part], tuple[Any, dict[str, Any]]]


@cache
def _coder() -> runner.EventCoder:
    from rashomon.engine.code import code_texts

    return code_texts


@cache
def _encoder_coder() -> runner.EventCoder:
    """The coder on the encoder path: events decided by the encoder path's model (an error when the extra or
    its model is missing)."""
    from rashomon.engine.code import code_texts
    from rashomon.settings import Options

    def code(items: list[tuple[str, str, str | None]]) -> list[list[dict[str, Any]]]:
        return code_texts(items, Options(encoder="on"))

    return code


@cache
def _geoparser() -> runner.Geoparser:
    from rashomon.nlp.places import Gazetteer

    gazetteer = Gazetteer.load()

    def geoparse(text: str, spans: list[tuple[int, int]] | None = None) -> list[dict[str, Any]]:
        # gold spans are all the place names of an article: the rest of its text is their context
        # (places.geoparse), as it is when the pipeline finds the names itself
        return [
            {"name": p.name, "start": p.start, "end": p.end, "lat": p.lat, "lon": p.lon, "country": p.country}
            for p in gazetteer.geoparse(text, spans, (), others=spans is not None)
        ]

    return geoparse


def _plover(path: Path | None, limit: int | None, part: Part) -> tuple[Any, dict[str, Any]]:
    r = runner.evaluate_plover(path, _coder(), limit, part)
    return r, {"n": r.n, "event_accuracy": round(r.event_accuracy, 3),
               "source_f1_country": round(r.source_country.f1, 3), "target_f1_country": round(r.target_country.f1, 3),
               "source_f1_exact": round(r.source_exact.f1, 3), "target_f1_exact": round(r.target_exact.f1, 3)}  # fmt: skip


def _case(path: Path | None, limit: int | None, part: Part) -> tuple[Any, dict[str, Any]]:
    r = runner.evaluate_case(path, _coder(), limit, part)
    return r, {"n": r.n, "macro_f1": round(r.macro_f1, 3), "accuracy": round(r.accuracy, 3)}


def _petrarch(path: Path | None, limit: int | None, part: Part) -> tuple[Any, dict[str, Any]]:
    r = runner.evaluate_petrarch(path, _coder(), limit, part)
    return r, {"n": r.n, "root_accuracy": round(r.root_accuracy, 3), "silence": round(r.silence, 3)}


def _confli(path: Path | None, limit: int | None, part: Part, encoder: bool = False) -> tuple[Any, dict[str, Any]]:
    r = runner.evaluate_confli(path, _encoder_coder() if encoder else _coder(), limit, part)
    return r, {"n": r.n, "accuracy": round(r.accuracy, 3), "macro_f1": round(r.macro_f1, 3), "n_silent": r.n_silent,
               "source_f1": round(r.source.f1, 3), "target_f1": round(r.target.f1, 3),
               "reciprocal_f1": round(r.reciprocal.f1, 3)}  # fmt: skip


def _acled(path: Path | None, limit: int | None, part: Part) -> tuple[Any, dict[str, Any]]:
    r = runner.evaluate_acled(path, _coder(), limit, part)
    return r, {"n": r.n, "macro_f1": round(r.macro_f1, 3), "accuracy": round(r.accuracy, 3), "n_silent": r.n_silent,
               "event_type_accuracy": round(r.event_type_accuracy, 3)}  # fmt: skip


def _whole(run: Callable[[Path | None, int | None], tuple[Any, dict[str, Any]]]) -> SetRunner:
    """A set without a split, run whole (:func:`run_set` refuses any other part before calling it)."""

    def run_whole(path: Path | None, limit: int | None, part: Part) -> tuple[Any, dict[str, Any]]:
        return run(path, limit)

    return run_whole


def _geo(default: Path, gold_spans: bool, set_name: str) -> SetRunner:
    def run(path: Path | None, limit: int | None, part: Part) -> tuple[Any, dict[str, Any]]:
        r = runner.evaluate_geo(path or default, _geoparser(), limit, gold_spans=gold_spans, part=part,
                                set_name=set_name)  # fmt: skip
        median = round(r.median_km, 1) if r.median_km is not None else None
        # accuracy_161_all counts a gold toponym left unresolved as wrong; accuracy_161 only the resolved
        return r, {"n_toponyms": r.n_gold, "accuracy_161_all": round(r.accuracy_161_all, 3),
                   "accuracy_161": round(r.accuracy_161, 3), "median_km": median, "recall": round(r.recall, 3)}  # fmt: skip

    return run


def _polnear(path: Path | None, limit: int | None) -> tuple[Any, dict[str, Any]]:
    from rashomon.evaluate import polnear

    return polnear.run(path, limit)


def _fnc(path: Path | None, limit: int | None) -> tuple[Any, dict[str, Any]]:
    from rashomon.evaluate import fnc

    return fnc.run(path, limit)


def _basil(use_encoder: bool | None) -> Callable[[Path | None, int | None], tuple[Any, dict[str, Any]]]:
    """BASIL scored on one path: None follows the encoder setting (default off), True the encoder path."""

    def run(path: Path | None, limit: int | None) -> tuple[Any, dict[str, Any]]:
        from rashomon.evaluate import basil

        if use_encoder:
            from rashomon.nlp import encoder

            encoder.wanted("on")  # a clear error when the extra is missing
        return basil.run(path, limit, use_encoder)

    return run


def _ptc(encoder: str | None) -> Callable[[Path | None, int | None], tuple[Any, dict[str, Any]]]:
    """PTC scored on one path: encoder None follows the setting ($RASHOMON_ENCODER, default off: the
    hashed model); "on" the optional encoder path (an error when its extra is not installed)."""

    def run(path: Path | None, limit: int | None) -> tuple[Any, dict[str, Any]]:
        from rashomon.evaluate import ptc

        return ptc.run(path, limit, encoder)

    return run


def _ingest(path: Path | None, limit: int | None, part: Part) -> tuple[Any, dict[str, Any]]:
    from rashomon.evaluate import ingest

    return ingest.run(path, limit, part)


#: "lgl"/"geovirus" score resolution of the gold toponyms (the usual geocoding figure); "-e2e" lets
#: rashomon find the toponyms itself.
SETS: dict[str, SetRunner] = {
    "plover": _plover,
    "case": _case,
    "petrarch": _petrarch,
    "confli": _confli,
    "confli-encoder": lambda path, limit, part: _confli(path, limit, part, encoder=True),
    "acled": _acled,
    "lgl": _geo(GEO_LGL, gold_spans=True, set_name="lgl"),
    "lgl-e2e": _geo(GEO_LGL, gold_spans=False, set_name="lgl"),
    "geovirus": _geo(GEO_GEOVIRUS, gold_spans=True, set_name="geovirus"),
    "geovirus-e2e": _geo(GEO_GEOVIRUS, gold_spans=False, set_name="geovirus"),
    "polnear": _whole(_polnear),
    "fnc": _whole(_fnc),
    "basil": _whole(_basil(None)),
    "basil-encoder": _whole(_basil(True)),
    "ptc": _whole(_ptc(None)),
    "ptc-encoder": _whole(_ptc("on")),
    "ingest": _ingest,
}
#: The sets with a train/validation split; the others have only the part "all".
PARTED: frozenset[str] = frozenset({"plover", "case", "petrarch", "confli", "confli-encoder", "acled", "ingest",
                                    "lgl", "lgl-e2e", "geovirus", "geovirus-e2e"})  # fmt: skip
#: Sets that need an optional extra, and the extra.
NEEDS: dict[str, str] = {"ptc-encoder": "encoder", "basil-encoder": "encoder", "confli-encoder": "encoder"}


def default_part(name: str, path: Path | None) -> Part:
    """The part scored when none is asked for: "validation" of a split set's gold-dev file; "all" for a
    file given by path (a separate held-out file is scored whole) and for sets without a split."""
    return "validation" if name in PARTED and path is None else "all"


def run_set(name: str, path: Path | None, limit: int | None, part: Part = "all") -> tuple[Any, dict[str, Any]]:
    """(full result, headline figures) for the named data set, scored on ``part``.

    Raises UsageError for an unknown set or part, and for a part other than "all" of a set without a split.
    """
    if name not in SETS:
        raise UsageError(f"unknown data set {name!r}; choose one of: {', '.join(SETS)}")
    if part not in PARTS:
        raise UsageError(f"unknown part {part!r}; choose one of: {', '.join(PARTS)}")
    if part != "all" and name not in PARTED:
        raise UsageError(
            f"{name} has no train/validation split: only the part 'all' is available "
            f"(split sets: {', '.join(sorted(PARTED))})"
        )
    return SETS[name](path, limit, part)
