"""Actor codes and claims in words, for readers who do not read CAMEO: IRN -> "Iran", AZEMIL -> "Azerbaijani
armed forces", and the claim (IRN, backing, ARM) -> "Iran backs Armenia".

Names come from rashomon's own tables (``rashomon/data``): an organisation, group or country row for the
whole code; else a country (its demonym when the table has one) followed by the sector the next three
letters name ("GOV" government, "MIL" armed forces); else the country alone; else the name the store
gives the code's mentions; else a CAMEO region and the sector ("CFRREB" "Central Africa rebels"); only then
the code itself. A claim missing a side says so in words ("source
not named"), never with a question mark.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from rashomon.examine.claims import VERBS
from rashomon.nlp.actors import REGIONS

#: Kinds of actors.tsv rows that name a whole code (a "body" row names one agency under a general code:
#: "Guardian Council" is IRNGOV, but IRNGOV is not the Guardian Council).
_WHOLE = ("country", "igo", "ngo", "group")
#: Countries the tables do not list (historical states CAMEO still codes).
_EXTRA_COUNTRIES = {"SUN": "Soviet Union", "YUG": "Yugoslavia", "CSK": "Czechoslovakia"}
#: Codes of groups the tables name only through their members' names.
_EXTRA_WHOLE = {"IMGMUS": "Islamist militants", "IMG": "militant groups"}


def _rows(name: str) -> list[list[str]]:
    text = resources.files("rashomon.data").joinpath(name).read_text(encoding="utf-8")
    return [line.split("\t") for line in text.splitlines() if line and not line.startswith("#")]


@dataclass(frozen=True, slots=True)
class _Tables:
    whole: dict[str, str]  # code -> name
    countries: dict[str, str]  # ISO3 -> name
    demonyms: dict[str, str]  # ISO3 -> adjective
    sectors: dict[str, str]  # three-letter sector code -> noun


@lru_cache(maxsize=1)
def _tables() -> _Tables:
    whole: dict[str, str] = dict(_EXTRA_WHOLE)
    for row in _rows("actors.tsv"):
        if len(row) >= 3 and row[0] in _WHOLE and row[1] not in whole:
            whole[row[1]] = row[2]
    countries = dict(_EXTRA_COUNTRIES)
    raw = json.loads(resources.files("rashomon.data").joinpath("countries_110m.json").read_text(encoding="utf-8"))
    for c in raw["countries"]:
        countries.setdefault(c["iso3"], c["name"])
    for code, name in whole.items():
        if len(code) == 3:
            countries[code] = name  # rashomon's own country names win ("United States", not "... of America")
    demonyms: dict[str, str] = {}
    for row in _rows("actors_demonyms.tsv"):
        if len(row) >= 4 and row[0] == "demonym" and row[1] not in demonyms:
            demonyms[row[1]] = row[3].split("|")[0]
            countries.setdefault(row[1], row[2])
    sectors: dict[str, str] = {}
    for row in _rows("actors_sectors.tsv"):
        if len(row) >= 3 and row[0] == "sector" and len(row[1]) == 3 and row[1] not in sectors:
            sectors[row[1]] = row[2]
    return _Tables(whole, countries, demonyms, sectors)


def actor_name(code: str, known: Mapping[str, str] | None = None) -> str:
    """The code in words (see the module's docstring); ``known``: names the store gives codes' mentions."""
    t = _tables()
    if code in t.whole:
        return t.whole[code]
    country = t.countries.get(code[:3])
    if country is not None and len(code) > 3:
        sector = t.sectors.get(code[3:6])
        if sector is not None:
            return f"{t.demonyms.get(code[:3], country)} {sector}"
        return country
    if country is not None:
        return country
    if known and known.get(code):
        return known[code]
    region = REGIONS.get(code[:3])
    sector = t.sectors.get(code[3:6]) if region is not None else None
    if region is not None and sector is not None:
        return f"{region} {sector}"
    return code


def _plural(name: str) -> bool:
    """Whether a sector name takes a plural verb ("Azerbaijani armed forces attack")."""
    last = name.rsplit(" ", 1)[-1]
    return last.endswith("s") and not last.endswith("ss") and last not in ("news", "politics")


def _third_person(verb: str) -> str:
    if verb.endswith(("s", "sh", "ch", "x", "z")):
        return verb + "es"
    if verb.endswith("y") and verb[-2:-1] not in tuple("aeiou"):
        return verb[:-1] + "ies"
    return verb + "s"


def _verb(family: str, plural: bool) -> str:
    """The claim's verb ("backs", "yields to"; "back" after a plural subject)."""
    if family in VERBS:
        first, _, rest = VERBS[family].partition(" ")
        if plural and first.endswith("s"):
            first = first[:-1]
    else:
        first, _, rest = family.replace("_", " ").lower().partition(" ")
        first = first if plural else _third_person(first)
    return f"{first} {rest}".strip()


@dataclass(frozen=True, slots=True)
class ClaimWords:
    """A claim said in words, and its codes to show beside them."""

    text: str  # "Iran backs Armenia"
    codes: str  # "IRN → ARM · SUPPORT"
    complete: bool  # both sides named


def claim_words(family: str, event: str, source: str | None, target: str | None,
                known: Mapping[str, str] | None = None) -> ClaimWords:  # fmt: skip
    """"Iran backs Armenia"; a side missing is said in words: "Azerbaijan attacks (target not named)"."""
    who = actor_name(source, known) if source else None
    whom = actor_name(target, known) if target else None
    verb = _verb(family, _plural(who) if who else False)
    if who and whom:
        text = f"{who} {verb} {whom}"
    elif who:
        text = f"{who} {verb.split(' ')[0]} (target not named)"
    elif whom:
        text = f"(source not named) {verb} {whom}"
    else:
        text = f"{event.lower()} (neither side named)"
    codes = f"{source or '—'} → {target or '—'} · {event}"
    return ClaimWords(text, codes, bool(source and target))
