"""The NLP stage: a stored Document and its parsed segments -> coded, sourced, dated, placed Events.

Pure given its models (the spaCy pipeline, the actor table, the gazetteer): the runner parses segments in
batches with ``nlp.pipe`` and hands each document's parsed segments here.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import date
from functools import cached_property
from itertools import pairwise
from typing import TYPE_CHECKING, Any

from rashomon.nlp.actors import CURRENCIES, IN_COUNTRY, MISSION_WORDS, ORGAN_SECTORS, without_inner_name
from rashomon.nlp.attribution import SPEECH_VERBS, UNNAMED_SOURCES, Attribution, attribute
from rashomon.nlp.events import arguments, propose
from rashomon.nlp.events import syntax as sx
from rashomon.nlp.events import words as w
from rashomon.nlp.events.decide import Decider, RulesOnly
from rashomon.nlp.events.roles import NoRoles, RoleFiller
from rashomon.nlp.events.triggers import lookup_trigger
from rashomon.nlp.lexicon import triggers
from rashomon.nlp.modality import (
    CONDITIONAL_MARKERS,
    PART_NOUNS,
    REJECTING,
    REPORT_NOUNS,
    called_false,
    caller,
    modality,
    referred_denial,
    relative_denial,
    responsibility_claimer,
)
from rashomon.nlp.ontology import lookup
from rashomon.nlp.places import CALENDAR_NAMES, Kind, country_then
from rashomon.nlp.propaganda import document_repetitions, segment_scores, segment_tokens, technique_spans
from rashomon.nlp.quotes import TELLING_NOUNS, attributions, quotations, speaker_for
from rashomon.nlp.quotes import Attribution as Quoted
from rashomon.nlp.routes import find_route_mentions
from rashomon.nlp.time import Found, find_times, publication_time
from rashomon.nlp.tone import tone_mentions
from rashomon.records import (
    ANALYSED_KINDS,
    Actor,
    ActorMention,
    Document,
    Event,
    Holder,
    Place,
    Segment,
    SegmentKind,
    TechniqueSpan,
    TimeRef,
    ToneMention,
)

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

    from rashomon.nlp.events.candidates import Coded

#: Bumped whenever the lexicons or the coding rules change what the same text yields.
ANALYSIS_VERSION = "35"

#: Segments longer than this many characters are not parsed (a runaway page, not a paragraph).
MAX_SEGMENT_CHARS = 100_000
NOT_ACTOR_ENTS = frozenset(
    {"DATE", "TIME", "CARDINAL", "ORDINAL", "MONEY", "PERCENT", "QUANTITY", "EVENT", "LAW"}
)
CALENDAR_WORDS = CALENDAR_NAMES | {"today", "yesterday", "tomorrow"}
PLACE_ENTS = frozenset({"GPE", "LOC", "FAC"})
PLACE_PREPS = frozenset({"in", "near", "at", "along", "on", "inside", "outside", "across", "into", "from"})


@dataclass(frozen=True, slots=True)
class Models:
    """What the stage needs besides the text: handed in by the runner, loaded once."""

    actors: Any  # rashomon.nlp.actors.ActorTable
    gazetteer: Any | None = None  # rashomon.nlp.places.Gazetteer, or None to skip geoparsing
    #: technique spans from the encoder path (rashomon.nlp.encoder; an optional extra), else the hashed model
    encoder: bool = False
    #: which of the rules' candidates are events (rashomon.nlp.events.decide); the rules alone by default
    events: Decider = field(default_factory=RulesOnly)
    #: who an event is aimed at where the rules find no one (rashomon.nlp.events.roles); none added by default
    roles: RoleFiller = field(default_factory=NoRoles)
    #: the actor table's answers about phrases, kept from one document to the next (see :class:`_Lookups`)
    answers: dict[str, Any] = field(default_factory=dict, compare=False, repr=False)


def publication_day(doc: Document) -> date | None:
    """The document's publication date when it is known to the day (relative dates need a day)."""
    if doc.published is None or doc.published.precision not in ("day", "datetime"):
        return None
    try:
        return date.fromisoformat(doc.published.value[:10])
    except ValueError:
        return None


def analysed_segments(doc: Document) -> list[tuple[int, Segment]]:
    """The segments the stage reads: article text and reader comments, never debris or quoted text."""
    return [
        (i, s)
        for i, s in enumerate(doc.segments)
        if s.kind in ANALYSED_KINDS and 0 < s.end - s.start <= MAX_SEGMENT_CHARS
    ]


class _Lookups:
    """The actor table's answers about phrases: the documents name the same actors again and again ("the
    government", "Iran", "he"), and each answer reads its phrase afresh. An answer depends on the phrase
    and the table alone; ``kept`` (:attr:`Models.answers`) keeps them from one document to the next, for
    this table only, and is emptied when it holds :data:`KEPT_ANSWERS` of them."""

    def __init__(self, actors: Any, kept: dict[str, Any] | None = None) -> None:
        self.actors = actors  # rashomon.nlp.actors.ActorTable
        kept = {} if kept is None else kept
        if kept.get("table") is not actors or len(kept.get("resolved", ())) > KEPT_ANSWERS:
            kept.clear()
            kept.update(table=actors, resolved={}, sectors={}, loaded={})
        self._resolved: dict[str, ActorMention | None] = kept["resolved"]
        self._sectors: dict[tuple[str, bool], str | None] = kept["sectors"]
        self._loaded: dict[str, bool] = kept["loaded"]
        #: acronyms the document defines after a name ("the Rapid Support Forces (RSF)"): the name's actor
        self.acronyms: dict[str, Actor] = {}
        #: the document's countries, weighed, for a name of actors of several countries ("RSF"): see _read_shared
        self.prefer: Counter[str] = Counter()

    def resolve(self, text: str) -> ActorMention | None:
        if self.prefer and self.actors.shared(text):  # not kept: the answer is this document's
            return self.actors.resolve(text, prefer=self.prefer)
        if text not in self._resolved:
            self._resolved[text] = self.actors.resolve(text)
        return self._resolved[text]

    def sector_of(self, text: str, *, head: bool = False) -> str | None:
        if (text, head) not in self._sectors:
            self._sectors[text, head] = self.actors.sector_of(text, head=head)
        return self._sectors[text, head]

    def loaded_sector(self, text: str) -> bool:
        if text not in self._loaded:
            self._loaded[text] = self.actors.loaded_sector(text)
        return self._loaded[text]


#: An acronym in brackets right after a name: "the Rapid Support Forces (RSF)".
_ACRONYM_AFTER = re.compile(r"\s*\(\s*([A-Z][A-Z0-9&]{1,7})\s*\)")
#: the head words of the name of a body of a country's civil society ("the Law Society of Kenya")
CIVIL_BODIES = frozenset({"society", "association", "federation", "confederation", "syndicate", "foundation"})
#: words of an office or a body of a place within a country ("the regional governor", "local officials")
LOCAL_WORDS = frozenset({"regional", "local", "provincial", "municipal"})
#: the pronouns that may stand for a subject before them in their own sentence
OWN_SENTENCE_PRONOUNS = frozenset({"they", "them", "he", "him", "she", "her"})
#: A town of fewer people than this does not make a name the tagger calls an organisation or a person a place.
SMALL_TOWN = 20_000
#: a city this large that the tagger takes for an organisation or a person still places its sentence
LARGE_TOWN = 100_000
#: sectors a title names ("foreign minister"), which "foreign" in it does not make another country's
TITLED_SECTORS = ORGAN_SECTORS - {"MIL", "COP"}
#: Words that count a crowd ("thousands marched"), which with no one named are people of the place.
CROWD_COUNTS = frozenset({"hundreds", "thousands", "tens", "dozens", "scores", "millions"})
#: How many phrases' answers :class:`_Lookups` keeps across documents before it starts afresh.
KEPT_ANSWERS = 50_000


#: how a mention names a town: a capital for its government ("Moscow said"), a place the gazetteer found
_TOWN_VIAS = ("capital", "place")


class _Resolver:
    """Actor mentions of one parsed segment, looked up by character span.

    A mention the table leaves without a country is completed from its context when it names a sector:
    a titled person the table does not know ("President Omar El Bashir" GOV) or a group named by a common
    noun ("the rebels" REB, "protesters" OPP, "the government" GOV) takes the country its sentence names
    (the one the document names most, when the sentence names several), else the document's most named
    country. Such mentions have ``via="context"`` and a score of CONTEXT_SCORE, to be told apart."""

    def __init__(self, parsed: Doc, text: str, models: Models, day: date | None, lookups: _Lookups | None = None) -> None:
        self.parsed = parsed
        self.text = text
        self.gazetteer = models.gazetteer
        self.actors = models.actors
        #: the table's answers about phrases, shared by the resolvers of one document
        self.lookups = lookups or _Lookups(models.actors)
        self.day = day
        self.mentions: list[ActorMention] = []
        #: (start, country) of the mentions of someone's opposite number ("his Azerbaijani counterpart"), read once
        self.counterparts: list[tuple[int, str]] = []
        #: how often the whole document names each country (set by code_document once every segment is read)
        self.document_countries: Counter[str] = Counter()
        #: (segment order, start, last word, actor) of every mention of the document with a country
        self.order = 0
        self.earlier: list[tuple[int, int, str, Actor]] = []
        self.read_by(None)
        #: answers of :meth:`__call__`, by phrase and the state of what they depend on
        self._answers: dict[tuple[int, int, int], tuple[ActorMention, ...]] = {}
        self._answered_with: tuple[object, object] = (self.earlier, self.document_countries)
        #: whether a speaker's phrase is being read for the context of another (_speakers_own_countries)
        self._reading_speaker = False
        #: the pronouns and descriptions whose antecedent is being looked for: one is never its own antecedent's part
        self._referring: set[int] = set()
        #: the article's body segment before this one's (none for a reader's comment; a heading between them
        #: is passed over): where "the two countries" that opens a segment looks for its pair when its own
        #: sentences name none
        self.before: _Resolver | None = None

    def read_by(self, weights: Mapping[str, float] | None) -> None:
        """Read the segment's names and what follows from them; with ``weights``, one the table gives actors of
        several countries ("SNA": Somalia's army and a Syrian group) as the one of the country they weigh most
        (see _read_shared)."""
        self.mentions = self._not_parts(self._not_first_names(self._with_acronyms(self.actors.scan(self.text, self.day, prefer=weights))))
        self.counterparts = [(m.start, m.actor.country) for m in self.mentions
                             if m.actor is not None and m.actor.country and COUNTERPART.search(m.text)]  # fmt: skip
        self.document_countries = self.countries()
        self.earlier = self.named(0)

    def _not_first_names(self, mentions: list[ActorMention]) -> list[ActorMention]:
        """``mentions`` without a country's name that is a person's first name ("Chad Hull, 37, was arrested",
        "Police arrested Georgia Smith", "India Knight praised the decision"): a one-word country the tagger reads
        as the start of a person's name, a proper noun after it; so too a known person's one-word name ("Cameron L.
        Horve, 27, was arrested" is no British prime minister)."""
        firsts = {e.start_char: e for e in self.parsed.ents if e.label_ == "PERSON" and len(e) >= 2 and e[1].pos_ == "PROPN"}
        return [m for m in mentions if not (
            m.actor is not None and ((m.actor.kind == "country" and m.actor.sector is None) or m.actor.kind == "person")
            and (e := firsts.get(m.start)) is not None and m.end == e[0].idx + len(e[0].text))]

    def _not_parts(self, mentions: list[ActorMention]) -> list[ActorMention]:
        """``mentions`` with a country's part named "of" a place ("the US state of Louisiana", "the Indian state of
        Kerala") read as the country, a place, not as its government (the table reads "state" as one)."""
        out = []
        for m in mentions:
            words = m.text.split()
            if (m.actor is not None and m.actor.sector is not None and words and words[-1].lower() in _SUBDIVISIONS
                    and _OF_PLACE.match(self.text, m.end)):  # fmt: skip
                country = self.actors.actor(m.actor.country) if m.actor.country else None
                m = replace(m, actor=country, via="place")
            out.append(m)
        return out

    def _with_acronyms(self, mentions: Sequence[ActorMention]) -> list[ActorMention]:
        """``mentions`` with an acronym the document defined after a name read as that name ("the Rapid Support
        Forces (RSF) ... the RSF": Sudan's paramilitary, not the press-freedom group the table knows as RSF);
        the definitions of this segment first recorded. An acronym's first letter must begin a capitalised
        word of the name."""
        defined = self.lookups.acronyms
        for m in mentions:
            after = _ACRONYM_AFTER.match(self.text, m.end)
            initials = {word[0] for word in m.text.split() if word[:1].isupper()}
            if m.actor is not None and after is not None and after.group(1)[0] in initials:
                defined.setdefault(after.group(1), m.actor)
        if not defined:
            return list(mentions)
        out = []
        for m in mentions:
            key = m.text[4:] if m.text[:4].lower() == "the " else m.text
            actor = defined.get(key)
            out.append(replace(m, actor=actor, via="alias") if actor is not None and actor != m.actor else m)
        return out

    def named(self, order: int) -> list[tuple[int, int, str, Actor]]:
        """This segment's resolved mentions with a country, keyed by their last word."""
        return [
            (order, m.start, m.text.split()[-1].lower(), m.actor)
            for m in self.mentions
            if m.actor is not None and m.actor.country and m.text.split()
        ]

    def countries(self) -> Counter[str]:
        """How often this segment's resolved mentions name each country, but for the towns where talks are held
        ("resumed talks in Oslo": Norway is no side to them; "peace talks in Sudan" are Sudan's)."""
        return Counter(m.actor.country for m in self.mentions if m.actor is not None and m.actor.country
                       and not (m.start in self._talks_venues and m.via in _TOWN_VIAS))  # fmt: skip

    @cached_property
    def _talks_venues(self) -> frozenset[int]:
        """Where in the segment the places of talks or meetings start (:func:`arguments.talks_venue`), read once."""
        # (every word up to the place's own, where a mention of it may start: "Addis Ababa", "the Qatari capital Doha")
        return frozenset(c.idx for t in self.parsed if arguments.talks_venue(t) for c in t.subtree if c.i <= t.i)

    @cached_property
    def _partners(self) -> tuple[Token, ...]:
        """The segment's words for the other side of an agreement, talks or relations (:func:`syntax.partner`), read
        once."""
        return tuple(t for t in self.parsed if sx.partner(t))

    def __call__(self, start: int, end: int) -> list[ActorMention]:
        """The actors of the phrase at ``start..end``. The rules ask about the same phrases again (each
        trigger's arguments, speakers, tone): an answer is kept while what it depends on besides the phrase,
        the mentions named before it (``earlier``, which only grows) and the document's countries, stays as
        it was; an answer that added to ``earlier`` is not kept (asking again adds again, as it did)."""
        earlier, countries = self.earlier, self.document_countries
        if self._answered_with[0] is not earlier or self._answered_with[1] is not countries:
            self._answers.clear()  # the runner handed in the document's lists
            self._answered_with = (earlier, countries)
        key = (start, end, len(earlier))
        kept = self._answers.get(key)
        if kept is not None:
            return list(kept)
        found = self._read(start, end)
        if self.earlier is earlier and self.document_countries is countries and len(earlier) == key[2]:
            self._answers[key] = tuple(found)
        return found

    def _described(self, phrase: Span, start: int, end: int) -> ActorMention | None:
        """The phrase at ``start..end`` (``phrase``, its tokens), a name the table does not know, as the office a
        relative clause gives it: "Tomas Varga, who is Hungary's foreign minister" (HUNGOV); one it held, in the
        past, as an elite ("who served as", "who was": HUNELI); or the office of a place an apposition gives it.
        None when no such clause names a known actor."""
        for clause in phrase.root.children:
            if clause.dep_ != "relcl" or clause.lemma_.lower() not in ("be", "serve"):
                continue
            office = [c for c in clause.children if c.dep_ == "attr"] + sx.pobjs(clause, "as")
            if not office or not any(c.dep_ == "nsubj" and c.lower_ == "who" for c in clause.children):
                continue
            found = [m for m in self(*sx.phrase_chars(office[0])) if m.actor is not None]
            if not found:
                continue
            m = found[0]
            m = self._former(m) if clause.tag_ == "VBD" else m
            return replace(m, text=self.text[start:end], start=start, end=end)
        root = phrase.root
        if root.pos_ != "PROPN":
            return None
        for apposed in root.children:
            # or the office a phrase set beside the name gives it where it is of a place: "Reza Karimi, the
            # governor of Gilan" (an Iranian province: IRNGOV, though the table knows no name in it; not a country
            # the sentence names elsewhere)
            if apposed.dep_ != "appos" or apposed.pos_ != "NOUN" or not start <= apposed.idx < end:
                continue
            left = apposed.left_edge.idx
            head = self.text[left : apposed.idx + len(apposed.text)]
            whole = self.text[left : apposed.right_edge.idx + len(apposed.right_edge.text)]
            held = self._of_place(apposed, head, whole, start, end)
            if held is not None and held.actor is not None:
                return replace(held, text=self.text[start:end], start=start, end=end)
        return None

    def _civil_body(self, span: Span, inside: Sequence[ActorMention]) -> ActorMention | None:
        """A body of a country's civil society named "of" the country ("the Law Society of Kenya", "the Restaurants
        Association of Ireland"): the country's NGO sector, not the state the country's name alone is; None for any
        other phrase (one the table knows whole, "the Red Crescent Society of Iran", is read as the table has it)."""
        root = span.root
        if root.pos_ != "PROPN" or root.lower_ not in CIVIL_BODIES or not root.text[:1].isupper():
            return None
        country = next((m for g in sx.pobjs(root, "of") for m in inside if m.actor is not None
                        and m.actor.code == m.actor.country and g.idx <= m.start < g.idx + len(g.text)), None)  # fmt: skip
        if country is None or country.actor is None or len(inside) != 1:
            return None
        actor = self.actors.actor(f"{country.actor.country}NGO")
        text = self.text[span.start_char : span.end_char]
        return None if actor is None else ActorMention(text, span.start_char, span.end_char, actor, False, "sector", 1.0)

    def _people_named(self, start: int, end: int) -> bool:
        """Whether the phrase at ``start..end`` is modified by the name of a people that is no state's ("Kurdish",
        "Baloch"): a word the tagger calls a nationality that the actor table does not know."""
        phrase = self.parsed.char_span(start, end, alignment_mode="expand")
        if phrase is None:
            return False
        return any(t.ent_type_ == "NORP" and t.dep_ in ("amod", "compound") and t.i < phrase.root.i
                   and ((known := self.lookups.resolve(t.text)) is None or known.actor is None) for t in phrase)  # fmt: skip

    def _former(self, m: ActorMention) -> ActorMention:
        """``m`` as one who held the office it names: an elite of its country (ELI, as "former" makes one)."""
        if m.actor is None or not m.actor.country or m.actor.sector not in ORGAN_SECTORS:
            return m
        actor = self.actors.actor(m.actor.country + "ELI")
        return m if actor is None else replace(m, actor=actor)

    def _read(self, start: int, end: int) -> list[ActorMention]:
        # the phrase's tokens, read once for every rule below
        span = self.parsed.char_span(start, end, alignment_mode="expand")
        if span is None or len(span) == 0:
            # (a span of no token: only the table's mentions inside it, as they are, can be asked of)
            inside = [m for m in self.mentions if m.start < end and m.end > start]
            return [self._complete(m) if m.actor is None else m for m in inside]
        if (self.text[start : start + 10].lower() in ("the former", "the latter") and len(span) > 1
                and span.root.lower_ in ("former", "latter")):
            # "accused the former of backing Baku": one of the pair named last, whatever its phrase names after it
            referred = self._referred(span, span.root)
            if referred is not None:
                return referred
        if span.root.lower_ in _SUBDIVISIONS:
            # "the state of Colorado", "the province of Idlib": a place, of its country, not a government (a part the
            # table composed with its country, "the US state of Louisiana", is read so in _not_parts)
            places = [g for g in sx.pobjs(span.root, "of") if g.ent_type_ in ("GPE", "LOC")]
            if places:
                return [replace(m, text=self.text[start:end], start=start, end=end)
                        for m in arguments.place_country(places, self)]
        national = self._one_national(span) or self._ally(span)
        if national is not None:
            return [national]
        inside = [m for m in self.mentions if m.start < end and m.end > start]
        if inside:
            if span.root.lemma_.lower() in w.FACILITY_NOUNS and any(
                    m.actor is not None and m.actor.sector is None and m.actor.kind == "country" for m in inside):
                inside = [self.facility(span.root, m) for m in inside]  # "Ukrainian positions": UKRMIL
            body = self._civil_body(span, inside)
            if body is not None:
                return [body]
            of_country = self._owned_by_country(span, inside)
            if of_country is not None:
                return [of_country]
            completed = [self._complete(m) if m.actor is None else m for m in inside]
            if all(m.actor is None for m in completed):
                described = self._described(span, start, end)
                return [described] if described is not None else completed
            return completed
        described = self._described(span, start, end)
        if described is not None:
            return [described]
        root = span.root
        if root.lower_ in w.COUNT_NOUNS or root.ent_type_ == "CARDINAL":
            # "thousands of Iraqi Kurds", "dozens of protesters": the counted are the actor, not the count
            counted = sx.pobjs(root, "of")
            if counted and counted[0].lower_ in CROWD_COUNTS and not any(c.dep_ == "prep" for c in counted[0].children):
                counted = []  # "tens of thousands rallied": a count of a count is the crowd itself
            if counted and start < counted[0].left_edge.idx < end:  # a smaller span: no asking the same again
                return self(counted[0].left_edge.idx, end)
            protesting = root.dep_ == "nsubj" and root.head.lemma_.lower() in w.PROTESTING_VERBS
            # (nor the subject of a bare participle, "hundreds injured", who were acted on)
            acted_on = (root.dep_ == "nsubj" and root.head.tag_ == "VBN" and not protesting
                        and not any(c.dep_ in ("aux", "auxpass") for c in root.head.children))  # fmt: skip
            # (and a bare number of people an act kills, wounds or arrests: "killing one and arresting 12")
            taken = (root.like_num and root.dep_ in ("dobj", "nsubjpass") and len(span) == 1
                     and root.head.lemma_.lower() in w.CASUALTY_VERBS | w.ARRESTING_VERBS)  # fmt: skip
            # (not a sum, "$500 millions")
            if (not counted and (root.lower_ in CROWD_COUNTS or taken) and root.ent_type_ not in ("MONEY", "QUANTITY", "PERCENT")
                    and not any((c.dep_ in ("amod", "compound", "nummod", "quantmod") and c.lower_ not in CROWD_COUNTS | {"of"})
                                or c.lower_ in ("$", "€", "£") for c in root.children)  # ("tens of thousands": a crowd)
                    and not acted_on):  # fmt: skip
                # "Thousands marched in Tbilisi", "dozens were arrested": a crowd counted with no one named is
                # people of the place, protesters where it protests
                crowd = self._in_context("protesters" if protesting else "people", span.start_char, span.end_char,
                                         span.start_char, span.end_char)  # fmt: skip
                if crowd is not None:
                    return [crowd]
        if root.ent_type_ in NOT_ACTOR_ENTS or root.lower_ in CALENDAR_WORDS:
            return []  # "on Tuesday", "in March": a time, not an actor
        text = self.text[span.start_char : span.end_char]  # span.text: spaCy joins the tokens on each call
        whole = self.lookups.resolve(text)
        if whole is not None and whole.actor is not None and whole.score >= 1.0 and whole.via == "demonym":
            # a demonym standing alone as an actor ("Palestinian riots": the Palestinians)
            return [ActorMention(text, span.start_char, span.end_char, whole.actor, whole.loaded, "demonym", 1.0)]
        referred = self._referred(span, root)
        if referred is not None:
            return referred
        noun = sx.counted(root)
        owned = any(c.dep_ == "poss" and c.pos_ == "PRON" for c in noun.children)  # "its troops": the subject's
        # (the tagger may call a common noun in lower case a name: "its foreign ministry")
        if owned and (noun.pos_ == "NOUN" or (noun.pos_ == "PROPN" and noun.is_lower)):
            ours = self._owned_sector(noun, text, span.start_char, span.end_char)
            if ours is not None:
                return [ours]
        # a common noun the tagger may call an organisation ("the defence ministry") still takes its context
        # (its first word capitalised only as the sentence's first: "Farmers dumped vegetables ...")
        # ("The navy seized a tanker": nor the article that opens the sentence)
        # ("Jihadists executed two hostages": nor a common noun it calls a nationality, capitalised as the first)
        common_org = (noun.ent_type_ == "ORG" or (noun.ent_type_ == "NORP" and noun.pos_ == "NOUN")) and all(
            t.is_lower or not t.is_alpha or (t.i == t.sent.start and t.pos_ in ("NOUN", "DET")) for t in span)  # fmt: skip
        # ("the opposition Renewal party": nor a name inside a common noun's phrase, which the table knows not)
        common_org = common_org or (noun.ent_type_ == "ORG" and noun.is_lower and noun.pos_ == "NOUN"
                                    and without_inner_name(text) != text)  # fmt: skip
        # ("a rebel attack": the tagger may call the side's word an adjective)
        side_word = noun.pos_ == "ADJ" and noun.lemma_.lower() in w.DOER_MODIFIERS
        if (noun.pos_ in ("NOUN", "PROPN") or side_word) and (not noun.ent_type_ or common_org) and not owned:
            earlier = self._named_before(noun, span.start_char)
            if earlier:  # "the truck drivers" after "Iranian truck drivers": the same ones
                # (both of a pair: "the ministers" after "Armenian and Azerbaijani foreign ministers", as "both
                # countries" stands for two)
                via = "coref" if len(earlier) > 1 else "context"
                return [ActorMention(text, span.start_char, span.end_char, a, False, via, CONTEXT_SCORE) for a in earlier]
            left = max(noun.left_edge.i, span.start)  # (the span asked about: without a leading date)
            while left < noun.i and self.parsed[left].is_punct:
                left += 1  # "about “shooting” protesters": the quotation marks are no part of the name
            head = self.parsed[left : noun.i + 1]
            if noun.lower_ in MISSION_WORDS:
                # "the embassy in Tehran", "gunmen attacked the consulate in Karachi": a country's mission is
                # abroad, neither where it is nor a country its sentence names is its own; "the mission" after
                # "the EU's monitoring mission" is the EU's
                owner = self._owner_before(noun)
                return [ActorMention(text, span.start_char, span.end_char, owner or self.actors.actor("GOV"), False,
                                     "context", CONTEXT_SCORE)]  # fmt: skip
            found = self._of_place(noun, self.text[head.start_char : head.end_char], text, span.start_char, span.end_char)
            if found is None and noun.lower_ in w.MEMBER_NOUNS and not self._sector_phrase(noun):
                # "leaders of the opposition": the group's sector, not the leaders' own (GOV)
                group = next((g for g in sx.pobjs(noun, "of") if g.pos_ == "NOUN"), None)
                # (or its possessive: "the rebel group's leader")
                group = group or next((g for g in noun.children if g.dep_ == "poss" and g.pos_ == "NOUN"), None)
                compound = None
                if group is None:  # "gang members", "party members": the group named before them
                    compound = next((c for c in noun.lefts if c.dep_ == "compound" and c.i == noun.i - 1
                                     and (c.pos_ == "NOUN" or (c.pos_ == "PROPN" and not c.ent_type_))), None)  # fmt: skip
                    group = compound
                if group is not None:
                    words = self.parsed[group.left_edge.i : group.i + 1]
                    found = self._in_context(words.text, span.start_char, span.end_char, span.start_char, span.end_char,
                                             head=True)  # fmt: skip
                    if found is None and compound is None and group.lemma_.lower() in ("party", "union"):
                        # "a leader of the party" PTY: what alone names a thing ("the party") names the group here
                        found = self._in_context(words.text, span.start_char, span.end_char, span.start_char, span.end_char)
                    doers = w.LED_ACTS.get(group.lemma_.lower())
                    if found is None and doers is not None:
                        # "the leader of the strike": of those who do it, not the government a leader names
                        found = self._in_context(doers, span.start_char, span.end_char, span.start_char, span.end_char,
                                                 head=True)  # fmt: skip
                    if found is None and compound is not None:
                        # "party members" PTY (a body's sector); "union leaders": not the government "leaders" names
                        found = self._in_context(words.text, span.start_char, span.end_char, span.start_char, span.end_char)
                        if found is None:
                            return []
            if found is None:
                found = self._in_context(self.text[head.start_char : head.end_char], span.start_char, span.end_char,
                                         head.start_char, head.end_char, head=True)  # fmt: skip
            if found is None and noun.lemma_.lower() in w.FACILITY_NOUNS and noun.i > head.start:
                # "rebel positions", "an army base", "a police station": the side the word before them names
                found = self._facility_side(noun, head)
            if found is not None:
                if found.actor is not None and found.actor.country:
                    # "the defence ministry" placed by its context is the one a later "the ministry" means
                    self.earlier.append((self.order, span.start_char, noun.lower_, found.actor))
                return [found]
        # (a name the tagger runs on into the bracket that says where it is: "Muaja (Ancuabe, Cabo Delgado)")
        name = text.split("(")[0].strip() or text
        if self.gazetteer is not None and root.pos_ == "PROPN" and self.gazetteer.knows(name) and not self._named_not_place(root, name):
            return []  # a place the table does not know as an actor ("Gegharkunik") is a place
        if sx.in_dateline(root):
            return []  # "SOTK, Gegharkunik – Azerbaijani troops shelled ...": where the report was filed
        if root.pos_ == "PROPN" and _named_as_place(root):
            return []  # "the village of Robotyne", "Karkhan and Tala villages": a place the gazetteer does not know
        if root.pos_ == "PROPN" and root.lower_ in w.NAMED_ACTS:
            return []  # "The Second Karabakh War", "the Bishkek Protocol": the name of an act, not of an actor
        if root.lemma_.lower() in WEAPON_WORDS or root.lower_ in WEAPON_WORDS:
            return []  # "police defused an IED": a weapon is no one
        if (
            root.ent_type_ in w.ACTOR_ENTS
            or root.pos_ == "PROPN"
            or (root.pos_ == "PRON" and root.lower_ in ("he", "she", "they", "we", "i"))
            or sx.acronym(root)  # "ICE returned ...": the small model may read an acronym as a common word
        ):
            if root.ent_type_ in ("PERSON", "") and len(span) == 1 and root.pos_ == "PROPN":
                # "Shevardnadze accused Moscow ...": a person the Phoenix names know, named by surname alone
                person = self.actors.surname(text, self.day)
                if person is not None:
                    return [replace(person, start=span.start_char, end=span.end_char)]
            sector = self.lookups.sector_of(text) if root.pos_ == "PROPN" or root.ent_type_ == "ORG" else None
            if sector == "REB" or (sector == "PTY" and root.lemma_.lower() == "party"):
                # a name the table does not know, of an insurgency's armed force ("the Kachin Independence Army"):
                # rebels, of the country their context names; or a party's ("the Umma party" PTY; not "Jair
                # Bolsonaro (no party)")
                found = self._in_context(text, span.start_char, span.end_char, span.start_char, span.end_char)
                if found is not None:
                    return [found]
            return [self._unresolved(span)]
        return []

    def _unresolved(self, span: Span) -> ActorMention:
        """The phrase ``span`` as an actor named and not known (kept and flagged, as the table keeps a name it does not
        know)."""
        return ActorMention(self.text[span.start_char : span.end_char], span.start_char, span.end_char, None,
                            via="unresolved", score=0.0)

    def _ally(self, span: Span) -> ActorMention | None:
        """A side named as another's ally or proxy ("Iran's proxies in Iraq", "Turkey's Syrian allies", "an ally of
        Russia"): not the patron, but of the country its own words or its context name, with the sector its own
        words give (proxies are armed groups: REB). None for any other phrase."""
        if len(span) < 2:
            return None
        root = span.root
        modifier = _ally_word(root) if root.lemma_.lower() not in w.ALLY_NOUNS else None
        if root.lemma_.lower() not in w.ALLY_NOUNS and modifier is None:
            return None
        patrons = _patrons_of_ally(root)
        if not patrons or any(c.dep_ == "appos" for c in root.children):
            return None  # ("Russia's ally, Belarus,": the name set beside it, arguments.own_mentions)
        patron_chars = [(p.left_edge.idx, p.right_edge.idx + len(p.right_edge.text)) for p in patrons]
        words = [t for t in span if t.i < root.i and not any(a <= t.idx < b for a, b in patron_chars)]
        own = next((found.actor.country for t in words if (found := self.lookups.resolve(t.text)) is not None
                    and found.actor is not None and found.via == "demonym" and found.actor.country), None)  # fmt: skip
        # (or where they are: "Iran's proxies in Iraq")
        where = [(g.left_edge.idx, g.right_edge.idx + len(g.right_edge.text)) for g in sx.pobjs(root, "in")]
        own = own or next((m.actor.country for m in self.mentions if m.actor is not None and m.actor.country
                           and any(a <= m.start < b for a, b in where)), None)  # fmt: skip
        # (the noun a word of alliance modifies says what the side is: "Iran's puppet government" GOV)
        sector = next((x for t in [*words, *([root] if modifier is not None else [])]
                       if t.pos_ == "NOUN" and (x := self.lookups.sector_of(t.text))), None)  # fmt: skip
        proxy = root if modifier is None else modifier
        if (sector is None or (modifier is not None and sector == "MIL")) and proxy.lemma_.lower() in w.PROXY_NOUNS:
            sector = "REB"  # (proxy forces are armed groups, no state's army)
        # (its own words or where it is say its country; the context only guesses: "Iran's allies attacked Israel"
        # are of no country it names)
        code = (own or "") + (sector or "")
        actor = self.actors.actor(code) if code else None
        if actor is None:
            return self._unresolved(span)
        return ActorMention(self.text[span.start_char : span.end_char], span.start_char, span.end_char, actor, False,
                            "sector" if own else "context", 1.0 if own else CONTEXT_SCORE)  # fmt: skip

    def _one_national(self, span: Span) -> ActorMention | None:
        """One person named by a nationality alone ("an Israeli attacked civilians", "a Briton was arrested"): its
        country, as its plural is ("two Israelis"); None for any other phrase."""
        if len(span) < 2 or span[0].lower_ not in ("a", "an", "one", "another"):
            return None
        root = span.root
        if root.i != span.end - 1 or root.dep_ not in SUBJECT_DEPS | {"dobj", "pobj", "conj", "appos"}:
            return None
        found = self.lookups.resolve(root.text)
        if found is None or found.actor is None or found.via != "demonym" or found.score < 1.0:
            return None
        return ActorMention(self.text[span.start_char : span.end_char], span.start_char, span.end_char, found.actor,
                            found.loaded, "demonym", 1.0)

    def _sector_phrase(self, noun: Token) -> bool:
        """Whether a member noun and the word before it are one sector phrase of their own ("clan leaders",
        "tribal elders": ELI), not a group's members named by the group ("union leaders", "party members")."""
        before = self.parsed[noun.i - 1] if noun.i > 0 else None
        if before is None or before.dep_ not in ("compound", "amod") or before.head.i != noun.i:
            return False
        whole = self.lookups.sector_of(f"{before.text} {noun.text}", head=True)
        return whole is not None and whole != self.lookups.sector_of(noun.text, head=True)

    def _of_place(self, noun: Token, head: str, text: str, start: int, end: int) -> ActorMention | None:
        """A group named by a sector noun "of" a place, or based in one, is of that place's country ("the
        inhabitants of the Syrian Golan Heights" SYRCVL, "residents of Kirkuk" IRQCVL, "a newspaper based in
        Beirut" LBNMED), before any country its sentence names."""
        sector = None
        # "a newspaper based in east Beirut", "a group headquartered in Trinidad": where it is based is its country
        based = [g for a in noun.children if a.dep_ == "acl" and a.lower_ in w.BASED_WORDS for g in sx.pobjs(a, "in")]
        # "a Tehran-based think tank": the place joined to the word by a hyphen
        based += [g for a in noun.children if a.dep_ == "amod" and a.lower_ in w.BASED_WORDS
                  for g in a.children if g.dep_ in ("npadvmod", "compound") and g.i < a.i]  # fmt: skip
        located = sx.pobjs(noun, "in")  # "a court in Istanbul", "police in Kirkuk": a domestic sector's own country
        acting_at: list[Token] = []
        if noun.dep_ in ("dobj", "nsubjpass") and noun.head.pos_ == "VERB":
            # "killed three people in Gaza", "civilians were wounded in Kharkiv": where the act is done to them
            # is where they are, whoever did it
            located += sx.pobjs(noun.head, "in")
        elif noun.dep_ == "nsubj" and noun.head.pos_ == "VERB":
            # and where a body that acts at home acts, it is ("police arrested Afghan migrants in Istanbul":
            # Turkey's police; not "the minister met his counterpart in Baku", who may have travelled there)
            acting_at = sx.pobjs(noun.head, "in")
            located += acting_at
        # "refugees from Myanmar", "fighters from Chechnya": where a group comes from is its country, as "of" is
        for g in sx.pobjs(noun, "of", "from") + based + located:
            if (
                g.ent_type_ not in ("GPE", "LOC", "FAC", "NORP") and not any(c.ent_type_ == "NORP" for c in g.children)
                and not self._town_read_as_org(g) and not self._town_read_as_person(g)
            ):
                continue
            # (a body based somewhere needs not name people: "a newspaper", "a terror group")
            sector = sector or self.lookups.sector_of(head, head=g not in based and g not in located)
            if sector is None and g in based:
                sector = ""  # "Pakistan-based groups": of the country, in no sector we know
            if sector is None:
                return None
            if g in located and sector == "REF":
                # "refugees in Lebanon": of no country we know (those who fled came from elsewhere), and not
                # of the country the sentence names ("Germany will give 20 million euros to help refugees in Lebanon")
                return ActorMention(text, start, end, self.actors.actor(sector), False, "context", CONTEXT_SCORE)
            if g in located and sector not in IN_COUNTRY and noun.lemma_.lower() not in w.RULER_NOUNS:
                continue  # "troops in Syria" may be anyone's (not a ruling junta: "the junta in Rangoon")
            if g in acting_at and sector not in AT_HOME:
                continue
            found = arguments.national(g, self) or arguments.place_country([g], self)
            country = next((m.actor.country for m in found if m.actor is not None), None)
            actor = self.actors.actor(country + sector) if country else None
            if actor is not None:
                return ActorMention(text, start, end, actor, False, "context", CONTEXT_SCORE)
        return None

    def _owned_by_country(self, span: Span, inside: Sequence[ActorMention]) -> ActorMention | None:
        """A sector noun a country owns, with a name the table does not know between them, as that country's sector
        ("Mexico's Zapatista rebels": MEXREB, not Mexico); None when ``span`` is no such phrase."""
        root = span.root
        owner = next((c for c in root.children if c.dep_ == "poss" and c.pos_ == "PROPN"), None)
        if owner is None or len(inside) != 1 or inside[0].actor is None or inside[0].actor.kind != "country" or (
                inside[0].actor.sector is not None or inside[0].start != owner.idx):
            return None
        between = [t for t in root.children if t.dep_ == "compound" and t.i > owner.i]
        sector = self.lookups.sector_of(root.text, head=True)
        if not between or sector is None or len(sector) != 3:
            return None
        actor = self.actors.actor(inside[0].actor.country + sector) if inside[0].actor.country else None
        return None if actor is None else ActorMention(span.text, span.start_char, span.end_char, actor, False, "sector", 1.0)

    def _facility_side(self, noun: Token, head: Span) -> ActorMention | None:
        """The side a sector word before an armed side's place names ("rebel positions", "an army base"), of the
        country of a town its sentence names ("near Idlib": SYRREB), else of an actor its sentence names but the
        state acting on it ("Russia bombed terrorist positions" are no Russian rebels), else of no country."""
        sector = self.lookups.sector_of(self.parsed[head.start : noun.i].text)
        verb = sx.verb_above(noun)
        if sector is None or len(sector) != 3 or _founded(noun):
            return None  # (a post one opens is one's own: "Turkey opened a military post in Iraq")
        sent = noun.sent
        doer = sx.subject(verb) if verb is not None else None
        # (a state's: rebels may attack their own country's bases, "the ELN attacked a military base in Arauca")
        own = {m.actor.country for m in self(*sx.phrase_chars(doer)) if m.actor is not None and m.actor.country
               and m.via != "context" and m.actor.sector in STATE_SECTORS} if doer is not None and doer.i != noun.i else set()  # fmt: skip
        # (not the other side of a border: "a convoy near the border with Niger")
        beyond = {e.start_char for e in sent.ents if e.root.dep_ == "pobj" and e.root.head.lower_ == "with"
                  and e.root.head.head.lemma_.lower() in w.BORDER_NOUNS}  # fmt: skip
        # (not a name before the place the tagger reads as a body: "a Moro rebel camp" names the group, whatever town
        # of that name the gazetteer knows)
        named_group = {e.start_char for e in sent.ents if e.label_ == "ORG" and head.start <= e.root.i < noun.i}
        country = self._town_country([e for e in sent.ents if e.start_char not in beyond | named_group], own)
        if country is None:
            named = [m.actor.country for m in self.mentions if m.actor is not None and m.actor.country
                     and sent.start_char <= m.start < sent.end_char and m.actor.country not in own
                     and m.start not in beyond]  # fmt: skip
            country = named[0] if named else None
        code = country + sector if country is not None else sector
        return ActorMention(self.text[head.start_char : head.end_char], head.start_char, head.end_char,
                            self.actors.actor(code), False, "context", CONTEXT_SCORE)  # fmt: skip

    def facility(self, noun: Token, m: ActorMention) -> ActorMention:
        """A country named by the nationality of an armed side's place or column is that side ("Ukrainian
        positions", "a Russian convoy": UKRMIL, RUSMIL; "Ukrainian police stations": UKRCOP)."""
        actor = m.actor
        if actor is None or actor.sector is not None or actor.kind != "country" or not actor.country or m.end > noun.idx:
            return m
        if _founded(noun):
            return m  # "Turkey opened a Turkish base in Qatar": one's own set up somewhere, not whom it is for
        words = self.parsed[noun.left_edge.i : noun.i].text
        sector = self.lookups.sector_of(words)
        code = actor.country + (sector if sector is not None and len(sector) == 3 else "MIL")
        return replace(m, actor=self.actors.actor(code))

    def _owned_sector(self, noun: Token, text: str, start: int, end: int) -> ActorMention | None:
        """A sector noun owned by "its", "their", "his" or "her" as its owner's ("the ministry said its aircraft
        had not struck": the country's forces, RUSMIL, not the ministry, RUSGOV); a group's own are the group
        ("the Houthi leader said his forces had fired": YEMREBHTH). None when the noun names no sector or the
        pronoun no one."""
        owner = next((c for c in noun.children if c.dep_ == "poss" and c.lower_ in ("its", "their", "his", "her")), None)
        if owner is None:
            return None
        words = self.parsed[owner.i + 1 : noun.i + 1].text  # "its armed forces", "their aircraft" (forces' too)
        homeland = noun.lemma_.lower() in ("country", "nation") and noun.i == owner.i + 1
        sector = "" if homeland else self.lookups.sector_of(words)  # "his country": the country itself
        if sector is None or len(sector) not in (0, 3):
            return None
        if owner.lower_ in ("his", "her"):
            speaker = sx.owner_antecedent(owner)
            if speaker is owner:
                return None  # a person named before: left to the rules of possessors
            a, b = sx.phrase_chars(speaker)
        else:
            a, b = owner.idx, owner.idx + len(owner.text)
        owners = [m.actor for m in self(a, b) if m.actor is not None]
        if not owners:
            return None
        if homeland:
            actor: Actor | None = self.actors.actor(owners[0].country) if owners[0].country else None
        elif owners[0].sector not in STATE_SECTORS or (owners[0].sector is None and not owners[0].country):
            actor = owners[0]  # a group's forces are the group ("his fighters"), an alliance's the alliance's (NATO)
        else:  # (the sector alone when the owner's country is not known: "the prime minister ... his coalition partners")
            actor = self.actors.actor((owners[0].country or "") + sector)
        return ActorMention(text, start, end, actor, False, "coref", CONTEXT_SCORE) if actor is not None else None

    def _town_read_as_person(self, tok: Token) -> bool:
        """A large town the tagger takes for a person ("the mayor of Tabriz" is PERSON): one word, a name the actor
        table does not know, that the gazetteer knows as a large town (:meth:`large_town`)."""
        if tok.pos_ != "PROPN" or tok.ent_type_ != "PERSON" or any(c.dep_ == "compound" for c in tok.children):
            return False
        if not self.large_town(tok.text):
            return False
        known = self.lookups.resolve(tok.text)
        return known is None or known.actor is None

    def _town_read_as_org(self, tok: Token) -> bool:
        """A place the tagger takes for an organisation ("a hospital in Mariupol" is ORG in some sentences): a
        name the gazetteer knows and the actor table does not."""
        if tok.pos_ != "PROPN" or tok.ent_type_ != "ORG" or self.gazetteer is None or not self.gazetteer.knows(tok.text):
            return False
        known = self.lookups.resolve(tok.text)
        return known is None or known.actor is None

    def place(self, start: int, end: int) -> ActorMention | None:
        """The country of the place named at ``start..end`` ("in the Gaza Strip" PSE, "in Kirkuk" IRQ), as a
        mention with ``via="place"``: the coder takes it as the recipient of an act done in a place
        ("lifted the curfew in Darfur"), never as an actor of its own."""
        if self.gazetteer is None:
            return None
        span = self.parsed.char_span(start, end, alignment_mode="expand")
        if span is None or len(span) == 0:
            return None
        text = self.text[span.start_char : span.end_char]
        if span.end < len(self.parsed) and self.parsed[span.end].lower_ in CURRENCIES:
            return None  # "against the US dollar exchange rate": money, not a place
        if span.root.dep_ in ("dobj", "nsubjpass") and self._named_not_place(span.root, text):
            # "attacked Smith": an object the tagger calls a person, which only small towns share, is the person
            return None
        root = span.root
        if len(span) == 1 and root.lower_ in w.TOWN_WORDS and any(c.dep_ == "det" and c.lower_ == "the" for c in root.children):
            return self._town_before(root)
        hint = _bracketed(span)
        found = self.gazetteer.resolve(text, tuple(self.document_countries), admin_hint=hint)
        if hint is not None:
            # "Muaja (Ancuabe, Cabo Delgado)": the area the bracket names says which country, where the gazetteer
            # knows only a namesake of the town elsewhere (an area's name that several countries share is read as
            # the town's country's first: "Douala (Wouri, Littoral)" is Cameroon's, not Benin's Littoral)
            first = (found.country,) if found is not None and found.country else ()
            area = self.gazetteer.resolve(hint.split(",")[-1].strip(), (*first, *self.document_countries))
            # (an area, not a town of the area's name: "Okpanam (Oshimili North LGA, Delta)" is not Delta, Canada)
            if area is not None and area.country and area.feature != "city" and (found is None or found.country != area.country):
                found = area
        if found is None or not found.country:
            return None
        # (a place of a state that split off later was the older state's then: Juba in 1990 was Sudan's)
        actor = self.actors.actor(country_then(found.country, self.day))
        return ActorMention(text, span.start_char, span.end_char, actor, False, "place", CONTEXT_SCORE)

    def _town_before(self, word: Token) -> ActorMention | None:
        """The country of the town "the city", "the town" or "the village" (``word``) stands for: the last one the
        segment names before it that the gazetteer places ("The mayor of Kharkiv accused Russian forces of shelling
        the city": Ukraine's)."""
        assert self.gazetteer is not None
        for e in reversed([e for e in self.parsed.ents if e.end <= word.i and e.root.dep_ not in SUBJECT_DEPS and (
                e.label_ in ("GPE", "LOC") or (e.label_ in ("ORG", "PERSON") and self.large_town(e.text)))]):  # fmt: skip
            # (not a capital that acts for its state: "Baku said Armenian forces had shelled the town")
            # (a city the tagger takes for an organisation or a person only if it is a large one: "the mayor of Kharkiv")
            found = self.gazetteer.resolve(e.text, tuple(self.document_countries))
            # (of a country the document names, or a name of one country's towns only: "Odessa" is Ukraine's and a
            # Texan town's)
            if found is not None and found.feature == "city" and found.country and (
                    found.country in self.document_countries or len({c.country for c in self.gazetteer.candidates(e.text)}) == 1):  # fmt: skip
                start = word.left_edge.idx
                return ActorMention(self.text[start : word.idx + len(word.text)], start, word.idx + len(word.text),
                                    self.actors.actor(country_then(found.country, self.day)), False, "place", CONTEXT_SCORE)  # fmt: skip
        return None

    def _referred(self, span: Span, root: Token) -> list[ActorMention] | None:
        """What a pronoun or a definite description stands for ("he": a person; "it", "they": a country or a
        body; "the country": a country; "both countries", "the two sides": the countries of a subject of two),
        found by :meth:`_antecedent`. None when ``span`` is neither, or nothing fits (the caller goes on with
        its other ways); [] for an empty "it"."""
        words = [t.lower_ for t in span if not t.is_punct]
        if root.lower_ == "it" and _expletive(root):
            return []  # "it is preferable to ...", "it seems that ...": no one
        if root.lower_ == "it" and root.dep_ == "dobj" and root.head.lemma_.lower() in w.REACTING_VERBS | w.REBUTTING_VERBS:
            return []  # "CPJ condemned the arrest. RSF also condemned it.": the act (or the report) told before
        if [t.lower_ for t in span if t.i <= root.i] in (["the", "former"], ["the", "latter"]):
            # "Turkey and Iran held talks. The latter accused the former of ...": one of the pair named last
            pair = self._pair_before(root, "country")
            if not pair:
                return None
            actor = pair[0] if root.lower_ == "former" else pair[-1]
            return [ActorMention(self.text[span.start_char : root.idx + len(root.text)], span.start_char,
                                 root.idx + len(root.text), actor, False, "coref", CONTEXT_SCORE)]  # fmt: skip
        if root.pos_ == "PRON" and len(words) == 1:
            want, number = PRONOUN_REFERENTS.get(root.lower_), root.lower_
        else:  # what follows the noun is no part of the description ("talks between the 2 parties since 2015")
            want, number = _description([t.lower_ for t in span if not t.is_punct and t.i <= root.i])
        # "Aliyev met Iran's new president. The leaders agreed ...": two states' organs, where the sentences
        # before name a pair of countries (else the table reads the phrase, "the leaders" of one side), and not
        # the organs themselves ("met Turkish ministers. The ministers said": those named)
        organs = (want is None and words == ["the", root.lower_] and root.lower_ in PAIR_SECTORS
                  and not any(t.lower_ == root.lower_ for t in root.doc[_window_start(root) : span.start]))
        if organs:
            want, number = "country", "they"
        if want is None:
            return None
        if want == "group":
            return [self._unresolved(span)]
        if root.i in self._referring:
            return None  # ("hand some of it back": "it" is asked of again while its own phrase is read)
        self._referring.add(root.i)
        try:
            found = self._antecedent(root, want, number)
        finally:
            self._referring.discard(root.i)
        if found and want == "country" and root.pos_ != "PRON":
            # "both countries", "the two sides": states or sides, never a subject of civilians ("its citizens and
            # Iranian Armenians keep close ties ... it has backed the two sides")
            found = [a for a in found if a.sector != "CVL"]
        if number == "they" and (not found or (root.pos_ != "PRON" and len(found) < 2)):
            # "both countries", "the two sides": two of them; "they" that no subject before names (a
            # "Turkey-Azerbaijani reply: they are holding a drill"): the pair named last
            found = self._pair_before(root, want) or self._two_named_before(root, want)
        if organs and len({a.country for a in found or ()}) < 2:
            return None
        if not found and root.pos_ == "PRON" and number in ("they", "them", "their"):
            found = self._lone_state_subject(root)
        if not found and root.pos_ != "PRON" and number == "it":
            found = self._one_before(root, want)  # "Showing how weak Armenia is, the country has asked ..."
        if not found and root.pos_ != "PRON" and number == "they":
            # "the two governments signed a deal in Doha" with no pair named before: two states not known, never
            # the one country a place in the sentence names (QATGOV); governments are still governments
            # "the two sides signed a memorandum": sides named, not known (kept, unresolved, as a name is)
            bare = self.actors.actor(PAIR_SECTORS[root.lower_]) if root.lower_ in PAIR_SECTORS else None
            if bare is None:
                return [self._unresolved(span)]
            return [ActorMention(self.text[span.start_char : span.end_char], span.start_char, span.end_char, bare, False,
                                 "coref", CONTEXT_SCORE)]  # fmt: skip
        if not found:
            return None
        out = []
        end = span.end_char if root.pos_ == "PRON" else max(span.start_char, root.idx + len(root.text))
        # ("both sides", "the two parties" of one country, a government and a rebel group: the sides as they were named)
        civil = root.lower_ in _SIDE_WORDS and len({a.country for a in found}) < len(found)
        for actor in found:
            if want == "country" and actor.country and not civil:
                sector = PAIR_SECTORS.get(root.lower_, "")
                actor = self.actors.actor(actor.country + sector) or actor
            out.append(ActorMention(self.text[span.start_char : end], span.start_char, end, actor, False, "coref", CONTEXT_SCORE))
        return out

    def _plural_people(self, tok: Token) -> bool:
        """Whether ``tok`` is a people's name in the plural ("Azeris", "Serbs") the table reads as a nationality."""
        if tok.pos_ != "PROPN" or not tok.lower_.endswith("s"):
            return False
        found = self.lookups.resolve(tok.text)
        return found is not None and found.via == "demonym"

    def _antecedent(self, word: Token, want: str, number: str) -> list[Actor] | None:
        """The actors of the nearest subject in the two sentences before ``word``'s own that agrees with it
        (``number``: the pronoun it is or stands like: a person for "he"/"she", one thing for "it", several
        for "they"), each conjunct of it; None when that subject names no actor of kind ``want``: a pronoun is
        never passed over to an older, likelier-looking name. A pronoun's own sentence is left to the parse
        rules (events.syntax.antecedent: "Syria says it will ...", "a reminder to Syria that it must ...")."""
        last = word.sent.start
        first = _window_start(word)
        passed: set[int] = set()
        object_pronoun = False
        own_sides: set[str] = set()
        if word.i > last and word.lower_ in ("it", "him", "her", "them") and word.dep_ in ("dobj", "dative", "pobj"):
            # an object pronoun is never the subject of its own clause ("as Azerbaijan grew, Iran began supporting
            # it"), nor of the verb whose infinitive it is the object of ("Police used water cannon to disperse
            # them": not the police)
            verb = word.head.head if word.dep_ == "pobj" else word.head
            if word.dep_ == "pobj" and word.head.lower_ == "of" and (verb.pos_ == "NUM" or verb.lower_ in w.COUNT_NOUNS):
                verb = verb.head  # "killing 17 of them", "detained eight of them": the count is the verb's object
            own = sx.subject(verb) if verb.pos_ in ("VERB", "AUX") else None
            passed = {t.i for t in sx.with_conjuncts(own)} if own is not None else set()
            own_sides = self._sides(own)
            if own is not None and own.pos_ == "PRON":
                # nor whom that subject, a pronoun, stands for ("the army said it had repulsed an attack ..., killing
                # 17 of them": not the army)
                passed |= {t.i for t in sx.with_conjuncts(sx.antecedent(own))}
            controller = _controller(verb)
            if controller is not None:
                passed |= {t.i for t in sx.with_conjuncts(controller)}
        spliced = word.dep_ in SUBJECT_DEPS and any(
            c.dep_ in ("ccomp", "parataxis") and c.i < word.i and c.pos_ in ("VERB", "AUX")
            and any(g.dep_ in SUBJECT_DEPS and g.pos_ in ("PROPN", "NOUN") for g in c.children)
            for c in word.head.children)  # fmt: skip
        if word.i > last and (word.lower_ in OWN_SENTENCE_PRONOUNS or spliced):
            # (and "it": "Azerbaijan never attacked anyone, it only liberated its lands", two clauses a comma joins,
            # which the parser hangs one from the other: the subject of the one before)
            # the parse rules left it: the subjects before it in its own sentence come first ("the Armenian
            # people were so angry, that they attacked him", where the parse hangs the first clause from the
            # second). Not "it", which as often stands for an object before it ("a reminder to Syria that it
            # must ...")
            last = word.i
        elif word.i > last and word.lower_ in ("its", "their") and word.dep_ == "poss" and word.head.dep_ in SUBJECT_DEPS:
            # "since Tehran leans on Moscow, its backing of Yerevan ...": the possessive of a clause's
            # subject may stand for a subject of a clause before it
            last = word.i
        elif word.i > last and word.lower_ in ("its", "their") and word.dep_ == "poss" and word.head.dep_ in ("dobj", "pobj", "dative"):
            # "the ministry said Armenian forces shelled its positions": the possessive of an object may stand for
            # its own clause's subject or, where that does not agree, one before it
            last = word.i
        elif word.i > last and word.lower_ in ("it", "him", "her", "them") and word.dep_ in ("dobj", "dative", "pobj"):
            # an object "it" may stand for another subject before it ("as Azerbaijan grew, Iran began supporting
            # it"): those come first. So too "him", "her" and "them", which may also stand for an object before them
            # ("met Erdogan and urged him to ...")
            object_pronoun = True
            last = word.i
        # "the weapons they had seized": a relative clause's pronoun never stands for the noun the clause describes
        passed |= {v.head.i for v in [word, *word.ancestors] if v.dep_ == "relcl"}
        # "Nobody believes Aliyev when he says ...": a "he" or "she" whose own sentence names no one as a subject
        # before it may stand for a person acted on by a verb its clause hangs from (not one inside a quotation
        # before it: '"I urge President Biden to ...," he concluded')
        acted_on = number in ("he", "she") and word.i > word.sent.start and not any(
            t.dep_ in SUBJECT_DEPS and t.pos_ in ("NOUN", "PROPN") for t in word.doc[word.sent.start : word.i])
        for tok in reversed(word.doc[first:last]):
            if tok.i in passed:
                continue
            plural_object = False
            # in its own sentence, "they" may stand for a group its verb acted on ("helps the displaced
            # Azerbaijanis return to the towns they were expelled from")
            role = tok.dep_ in SUBJECT_DEPS or (
                # (a person's name the parser took for what he is called is an object: "called Erdogan and urged him")
                (tok.dep_ == "dobj" or (tok.dep_ == "oprd" and tok.ent_type_ == "PERSON"))
                and number in ("they", "them", "him", "her") and tok.i >= word.sent.start
            ) or (
                # "repulsed an attack by insurgents ..., killing 17 of them": the doer of an act its sentence names
                word.dep_ in ("dobj", "dative", "pobj") and number in ("them", "him", "her") and tok.dep_ == "pobj"
                and tok.head.lower_ == "by" and tok.i >= word.sent.start
            ) or (
                # "filed a lawsuit against the crown prince, accusing him of ...", "met with the envoys and urged them":
                # an object pronoun may stand for whom its sentence's act was aimed at
                word.dep_ in ("dobj", "dative") and number in ("them", "him", "her") and tok.dep_ == "pobj"
                and tok.head.lower_ in ("against", "with") and tok.i >= word.sent.start
            ) or (
                # "the junta expelled three French diplomats. The government accused them of ...": an object "them" may
                # stand for people the sentence before acted on (where they name an actor: below)
                # (only where the one who acted on them is of the pronoun's own subject's side, who would not act on
                # its own: "the junta ... the government")
                plural_object := (number == "them" and word.dep_ in ("dobj", "dative") and tok.dep_ == "dobj" and tok.tag_ == "NNS"
                                  and tok.i < word.sent.start and bool(own_sides & self._sides(sx.subject(tok.head))))
            ) or (acted_on and tok.dep_ == "dobj" and tok.ent_type_ == "PERSON" and tok.i >= word.sent.start
                  and any(a.i == tok.head.i for a in word.ancestors)) or (
                # "Algeria cut ties with Morocco, accusing it of hostile actions": an object "it" may stand for a
                # country its own sentence acts on
                # (or a name right after its verb the parser takes for an adverb: "If Turkey attacks Armenia, Russia
                # will defend it")
                number == "it" and object_pronoun and tok.i >= word.sent.start and self._country_named(tok)
                and (tok.dep_ in ("dobj", "pobj") or (tok.dep_ == "npadvmod" and tok.pos_ == "PROPN" and tok.i == tok.head.i + 1))
            )
            if not role or tok.pos_ not in ("NOUN", "PROPN"):
                continue
            group = sx.spoken_for(tok) if number in ("they", "them", "their") else tok
            if group is not tok:
                # "a spokesman for the Houthis said their forces ...": the group one speaks for
                found = [m.actor for m in self(*sx.phrase_chars(group)) if m.actor is not None and _fits(m.actor, want)]
                return found or None
            if not _agrees(tok, number) and not (number == "it" and tok.ent_type_ == "PERSON" and self._country_named(tok)) and not (
                number in ("they", "them", "their") and self._plural_people(tok)
            ) and not (number in ("he", "him", "she", "her") and self._person_named(tok)):
                # the small model tags some countries as persons ("as Azerbaijan grew"): one that the table
                # knows as a country is still an "it"; a people's plural it tags a singular name ("If the Azeris
                # want ..., are they willing ...") is a "they"; and a person the table knows that it tags as a
                # thing ("called Recep Tayyip Erdogan and urged him": a product) is a "he" or a "she"
                continue
            if number in ("he", "him", "she", "her") and self._country_named(tok):
                continue  # and never a "he": "the prime minister said Azerbaijan had occupied ... He called on ..."
            # "Iran's foreign minister ... He met": a person named by office is coded as the office's body
            # "Chancellor Olaf Scholz ... him": so is a named person the table knows only by title
            office = want == "person" and (tok.lemma_.lower() in w.PERSON_NOUNS or tok.ent_type_ == "PERSON")
            found = [
                m.actor for t in sx.with_conjuncts(tok) for m in self(*sx.phrase_chars(t))
                if m.actor is not None and (_fits(m.actor, want) or office)
            ]  # fmt: skip
            if not found and plural_object:
                continue  # "shelled villages. Baku accused them ...": things acted on stand for no one
            return found or None
        return None

    def _sides(self, tok: Token | None) -> set[str]:
        """The countries of the actors ``tok``'s phrase names (none for a pronoun or no one)."""
        if tok is None or tok.pos_ == "PRON":
            return set()
        return {m.actor.country for m in self(*sx.phrase_chars(tok)) if m.actor is not None and m.actor.country}

    def _named_not_place(self, root: Token, text: str) -> bool:
        """Whether a name the tagger calls an organisation or a person, or an acronym ("ELN"), is one, though a
        small town shares it ("investigate Yale", not Yale, Michigan): only where each place of that name is a
        town of fewer than SMALL_TOWN people."""
        if (root.ent_type_ not in ("ORG", "PERSON") and not sx.acronym(root)) or self.gazetteer is None:
            return False
        places = self.gazetteer.candidates(text)
        return all(p.kind == Kind.CITY and p.population < SMALL_TOWN for p in places)

    def _person_named(self, tok: Token) -> bool:
        """Whether the name ``tok`` heads is one the table knows as a person's, and nothing else's."""
        if tok.pos_ != "PROPN" or tok.tag_ == "NNPS" or any(c.dep_ == "conj" for c in tok.children):
            return False
        found = [m for m in self(*sx.phrase_chars(tok)) if m.start <= tok.idx < m.end]  # (not "of Turkey" after it)
        return bool(found) and all(m.actor is not None and m.actor.kind == "person" for m in found)

    def _country_named(self, tok: Token) -> bool:
        """Whether the name ``tok`` heads is a country's or its capital's and nobody's ("Azerbaijan", "Yerevan",
        not "Aliyev")."""
        found = self(*sx.phrase_chars(tok))
        return bool(found) and all(
            m.actor is not None and m.actor.kind != "person" and (m.actor.code == m.actor.country or m.via == "capital")
            for m in found
        )

    def _lone_state_subject(self, word: Token) -> list[Actor] | None:
        """The one state named as a subject before ``word`` in its sentence and the two before it, where "they",
        "them" or "their" agrees with no subject there: a state or its government said as "they" ("Iran is lying,
        they said they would stay neutral"); None where no state or two are subjects there, or where any subject
        there could be what it stands for (the nearest such decides: :meth:`_antecedent`)."""
        states: dict[str, Actor] = {}
        for tok in word.doc[_window_start(word) : word.i]:
            if tok.dep_ in SUBJECT_DEPS and tok.pos_ in ("NOUN", "PROPN") and _agrees(tok, "they"):
                return None
            if tok.dep_ in SUBJECT_DEPS and tok.pos_ == "PROPN" and self._country_named(tok):
                for t in sx.with_conjuncts(tok):
                    for m in self(*sx.phrase_chars(t)):
                        if m.actor is not None and m.actor.country:
                            states[m.actor.country] = m.actor
        return list(states.values()) if len(states) == 1 else None

    def _one_before(self, word: Token, want: str) -> list[Actor] | None:
        """The one actor of kind ``want`` named in ``word``'s sentence before it, where no subject before names
        what "the country" stands for ("Showing how weak Armenia is, the country has asked Moscow for
        ..."); None when there are none or several."""
        sent = word.sent
        found = {m.actor.code: m.actor for m in self(sent.start_char, word.idx) if m.actor is not None and _fits(m.actor, want)}
        return list(found.values()) if len(found) == 1 else None

    def _pair_before(self, word: Token, want: str) -> list[Actor] | None:
        """The last two actors of kind ``want`` named as a pair that acts ("X and Y" as a subject, an agent or
        after "between": ``_acting_pair``) anywhere in ``word``'s sentence before it or in the two sentences
        before: what "the two countries" stands for where no subject names the pair ("the dispute between
        Armenia and Azerbaijan ... shelling between the two countries"). A description in the first sentences of
        a body segment looks on into the last sentences of the body segment before."""
        start = _window_start(word)
        found = self._pair_in(word.doc[start : word.i], word, want)
        if found is None and start == 0 and word.pos_ != "PRON" and self.before is not None and len(self.before.parsed):
            last = self.before.parsed[-1]
            found = self.before._pair_in(self.before.parsed[_window_start(last) : last.i + 1], None, want)
        return found

    def _pair_in(self, tokens: Span, word: Token | None, want: str) -> list[Actor] | None:
        """:meth:`_pair_before` in ``tokens``, the nearest ``word`` first (with no ``word``: no pair that met)."""
        for tok in reversed(tokens):
            met = None
            partner = sx.dash_partner(tok)
            if partner is not None:
                pair = [partner, tok]  # "Turkish-Azerbaijani"
            elif tok.pos_ in ("NOUN", "PROPN") and any(c.dep_ == "conj" for c in tok.children) and _acting_pair(tok):
                pair = sx.with_conjuncts(tok)
            elif word is not None and (word.pos_ != "PRON" or tok.sent.end == word.sent.start) and (met := _met(tok)) is not None:
                # "He met President Aliyev ... The two sides agreed": the two who met, people too (for a bare "they",
                # which the nearest subject decides, only right after the meeting: "He met Afghan officials. They
                # agreed to ...")
                pair = [tok, met]
            else:
                continue
            found = [
                m.actor for t in pair for m in self._head_mention(t)
                if m.actor is not None and (_fits(m.actor, want) or (met is not None and bool(m.actor.country)))
            ]  # fmt: skip
            if len(found) == 2:
                return found
        return None

    def _head_mention(self, tok: Token) -> list[ActorMention]:
        """The mentions of the phrase ``tok`` heads; where there are several, the one of its head word alone
        ("Armenian Prime Minister Nikol Pashinyan": the prime minister, not also Armenia)."""
        found = self(*sx.phrase_chars(tok))
        if len(found) > 1:
            head = [m for m in found if m.start <= tok.idx < m.end]
            return head[:1] if head else found
        return found

    def _two_named_before(self, word: Token, want: str) -> list[Actor] | None:
        """The two countries named before ``word`` in its own sentence, when exactly two are, as no pair but one
        after the other ("Pakistan closed its border with Afghanistan after clashes between the two armies"); not
        one the rest of the sentence names ("... both countries are helping Armenia": not Armenia)."""
        if want != "country" or word.pos_ == "PRON":
            return None
        sent = word.sent
        named = [(m.start, m.actor.country) for m in self.mentions if m.actor is not None and m.actor.country
                 and sent.start_char <= m.start < sent.end_char]  # fmt: skip
        # (and a nationality before a thing, which names no actor of its own: "Iranian trucks")
        covered = {at for at, _ in named}
        for e in sent.ents:
            nationality = self.lookups.resolve(e.text) if e.label_ == "NORP" and e.start_char not in covered else None
            if nationality is not None and nationality.actor is not None and nationality.actor.country and nationality.via == "demonym":
                named.append((e.start_char, nationality.actor.country))
        named.sort()
        after = {c for at, c in named if at > word.idx}
        # (not the country of whoever acts on the pair or speaks of it: "Moscow was ready to mediate between the
        # two neighbours")
        after |= self._speakers_countries(sent) | self._countries_in(_doers_above(word))
        countries = list(dict.fromkeys(c for at, c in named if at < word.idx and c not in after))
        if len(countries) != 2:
            return None
        found = [a for c in countries if (a := self.actors.actor(c)) is not None]
        return found if len(found) == 2 else None

    def _owner_before(self, noun: Token) -> Actor | None:
        """The actor named in the phrase of the same definite noun the text used last before ``noun`` ("the
        mission" after "the European Union's civilian monitoring mission": the EU), if any."""
        if not any(c.lower_ in ("the", "this", "that") for c in noun.children):
            return None
        before = next((t for t in reversed(self.parsed[: noun.i]) if t.lower_ == noun.lower_), None)
        if before is None:
            return None
        owners = [m.actor for m in self.mentions if m.actor is not None and before.left_edge.idx <= m.start < before.idx]
        return owners[-1] if owners else None

    def _named_before(self, noun: Token, start: int) -> list[Actor]:
        """The actor an earlier mention of the document named with the same definite noun, if any; for a plural
        noun, with the actor a nationality joined to that mention names ("Armenian and Azerbaijani foreign
        ministers ... the ministers": both)."""
        if not any(c.lower_ in ("the", "these", "those") for c in noun.children):
            return []
        key = noun.lower_
        before = [(seg, s, a) for (seg, s, word, a) in self.earlier if word == key and (seg, s) < (self.order, start)]
        if not before:
            return []
        seg, at, actor = max(before, key=lambda b: (b[0], b[1]))
        if noun.tag_ != "NNS":
            return [actor]
        joined = [a for (g, s, word, a) in self.earlier if g == seg and at - PAIRED_CHARS <= s < at and a != actor
                  and a.sector == actor.sector and (r := self.lookups.resolve(word.capitalize())) is not None and r.via == "demonym"]  # fmt: skip
        return [*joined[-1:], actor]

    def _complete(self, m: ActorMention) -> ActorMention:
        """An unresolved titled name with the country of its context, when its title names a sector; else
        "the ethnic Armenians" as the people its demonym names."""
        found = self._in_context(m.text, m.start, m.end, m.start, m.end)
        if found is None:
            people = self.lookups.actors.ethnic_people(m.text)
            if people is not None:
                found = replace(people, start=m.start, end=m.end)
        return found if found is not None else m

    def _in_context(
        self, text: str, start: int, end: int, m_start: int, m_end: int, *, head: bool = False
    ) -> ActorMention | None:
        sector = self.lookups.sector_of(text, head=head)
        if sector is None:
            return None
        if sector == "MIL" and self._people_named(start, end):
            sector = "REB"  # "Kurdish forces": the armed men of a people, not of a state, are no state's army
        if len(sector) > 3:  # a title naming one office ("the Supreme Leader")
            code = sector
        elif sector in STATE_SECTORS and text.split()[0].lower() in BLOC_WORDS:
            code = sector  # "Arab leaders", "Western diplomats": of several states, not of the country named nearby
        elif "foreign" in text.lower().split() and sector not in TITLED_SECTORS:
            code = sector  # "foreign troops", "foreign fighters": of another country than the one named nearby
        elif text.split()[0].lower() == "other" and sector not in TITLED_SECTORS:
            code = sector  # "Hamas and other terror groups": others of the kind, of no country the context names
        else:
            hostile = self.lookups.loaded_sector(text)
            backers = self._backers_countries(start, end) if sector in ("REB", "OPP") else None
            country = self.context_country(start, end, other_than_speaker=hostile, excluding=backers)
            # no country named anywhere: the group itself, of no known country ("rebels" REB), as GDELT
            # codes such an actor
            code = country + sector if country is not None else sector
        actor = self.actors.actor(code)
        return ActorMention(self.text[m_start:m_end], m_start, m_end, actor, False, "context", CONTEXT_SCORE)

    def elsewhere(self, m: ActorMention, excluding: set[str]) -> ActorMention:
        """A mention completed from its context (``via="context"``) completed again, from countries other than
        ``excluding``: its sector alone when its context names no other."""
        assert m.actor is not None
        country = self.context_country(m.start, m.end, excluding=excluding)
        sector = m.actor.sector
        code = country + sector if country is not None and sector else (sector or country)
        return m if code is None else replace(m, actor=self.actors.actor(code))

    def context_country(self, start: int, end: int, *, other_than_speaker: bool = False,
                        excluding: set[str] | None = None) -> str | None:  # fmt: skip
        """The country the sentence around ``start..end`` is about, else the one the document is about.
        ``other_than_speaker``: for a judging label ("the occupiers"), not the country of whoever says it in
        the sentence ("Armenian officials said the occupiers ..." are not Armenia's). Never one of ``excluding``."""
        span = self.parsed.char_span(start, end, alignment_mode="expand")
        named: list[str] = []
        own: set[str] = set(excluding or ())
        if span is not None and len(span) > 0:
            sent = span.sent
            # ("the rebels and the government resumed talks in Oslo": the venue of talks is of no side to them)
            named = [
                m.actor.country
                for m in self.mentions
                if m.actor is not None and m.actor.country and sent.start_char <= m.start < sent.end_char
                and not (m.start < end and m.end > start) and not (m.start in self._talks_venues and m.via in _TOWN_VIAS)
            ]
            if other_than_speaker:
                own |= self._speakers_countries(sent)
            # "the minister met his Azerbaijani counterpart": whoever has a counterpart is of another country
            own |= {country for at, country in self.counterparts if sent.start_char <= at < sent.end_char}
            own |= self._brokers_countries(sent)
            own |= self._summoners_countries(span)
            own |= self._destinations(span)
            # "the army seized a crossing on the border with Turkey": a border's neighbour is the other side's
            own |= self._neighbours_countries(sent, span)
            own |= self._patrons_countries(span)
            own |= self._foreigners_countries(span)
            own |= self._diplomats_countries(span)
            own |= self._protested_countries(span)
            own |= self._accused_countries(span)
            if own:
                named = [c for c in named if c not in own]
            # "the regional governor said", "local officials": of where the act is, not of whoever acts there
            # ("Ukrainian drones struck a refinery in Russia's Krasnodar region, the regional governor said": RUS)
            if any(t.lower_ in LOCAL_WORDS for t in span):
                where = [c for c in self._located_countries(sent, start, end) if c not in own]
                town = self._town_country([e for e in sent.ents if not (e.start_char < end and e.end_char > start)
                                           and e.root.idx not in self._talks_venues], own)  # fmt: skip
                if where or town:
                    return where[0] if where else town
        if named:
            return max(dict.fromkeys(named), key=lambda c: (self.document_countries[c], named.count(c), -named.index(c)))
        if span is not None and len(span) > 0:
            # no actor named, but a town: "protesters in Istanbul rallied against the government"
            # (a name that is an actor was read as one above: "Trinidad" is no Bolivian town where it is the country)
            actors = {m.start for m in self.mentions if m.actor is not None and m.actor.country}
            country = self._town_country([e for e in span.sent.ents if not (e.start_char < end and e.end_char > start)
                                          and e.root.idx not in self._talks_venues and e.start_char not in actors], own)  # fmt: skip
            if country is not None:
                return country
            # nor a town, but who says it: "The ministry said two soldiers were wounded" (after "the Armenian defence
            # ministry"): the speaker's own, where one country speaks
            if not other_than_speaker:
                spoken = self._speakers_own_countries(span.sent, start, end) - own
                if len(spoken) == 1:
                    return next(iter(spoken))
        return next((c for c, _ in self.document_countries.most_common() if c not in own), None)

    def _located_countries(self, sent: Span, start: int, end: int) -> list[str]:
        """The countries of the mentions in ``sent`` (not at ``start..end``) that say where something is: inside a
        phrase of "in", "near", "at" ... ("in Russia's Krasnodar region", "near Kharkiv"), in text order."""
        out = []
        for m in self.mentions:
            if m.actor is None or not m.actor.country or not sent.start_char <= m.start < sent.end_char or (
                    m.start < end and m.end > start):
                continue
            tok = self.parsed.char_span(m.start, m.end, alignment_mode="expand")
            cur = tok.root if tok is not None and len(tok) else None
            for _ in range(4):
                if cur is None or cur.head.i == cur.i or cur.pos_ in ("VERB", "AUX"):
                    break
                if cur.dep_ == "pobj" and cur.head.lower_ in arguments.WHERE_PREPS:
                    out.append(m.actor.country)
                    break
                cur = cur.head
        return out

    def _town_country(self, ents: Sequence[Span], own: set[str]) -> str | None:
        """The country of the first of ``ents`` that is a town or a region the gazetteer places, unless one of
        ``own``. So too a city the tagger takes for an organisation ("looting shops in Durban") or, named after "the
        town of", for a person ("in the town of Bukavu"): only a city of LARGE_TOWN people or more, as many a
        group's or a person's name is also a small town's somewhere."""
        towns = [e.root for e in ents if e.label_ in ("GPE", "LOC") or (
            ((e.label_ == "ORG" and self._town_read_as_org(e.root))
             or (e.label_ == "PERSON" and e.root.dep_ == "pobj" and e.root.head.lower_ == "of" and e.root.head.head.lemma_.lower() in w.AREA_NOUNS))
            and self.large_town(e.text.split("(")[0].strip())  # "in Lahore (Punjab)": the tagger's one name for both
        )]  # fmt: skip
        for town in towns:
            found = arguments.place_country([town], self)  # each in turn: the first of another country
            country = next((m.actor.country for m in found if m.actor is not None and m.actor.country
                            and m.actor.country not in own), None)  # fmt: skip
            if country is not None:
                return country
        return None

    def large_town(self, name: str) -> bool:
        """Whether the gazetteer knows a city of that name with LARGE_TOWN people or more."""
        return self.gazetteer is not None and any(
            p.kind == Kind.CITY and p.population >= LARGE_TOWN for p in self.gazetteer.candidates(name)
        )

    def known_place(self, name: str) -> bool:
        """Whether the gazetteer knows a country, a region, a capital or a large town (:meth:`large_town`) of that
        name: a place a reader would know by its name alone."""
        return self.gazetteer is not None and any(
            p.kind != Kind.CITY or p.population >= LARGE_TOWN for p in self.gazetteer.candidates(name)
        )

    def _brokers_countries(self, sent: Span) -> set[str]:
        """Countries of the sentence's go-betweens ("under a deal brokered by Qatar, the militants will free ...",
        "talks mediated by Egypt", "Qatar brokered a deal under which ..."): a third party, not the country of the
        sides it brings together."""
        brokers: list[Token] = []
        for tok in sent:
            if tok.head.lemma_.lower() in w.BROKERING_VERBS and tok.head.pos_ == "VERB":
                brokers += [g for g in tok.children if g.dep_ == "pobj"] if tok.dep_ == "agent" else [tok] if tok.dep_ == "nsubj" else []
        return self._countries_in(brokers)

    def _summoners_countries(self, span: Span) -> set[str]:
        """Countries of whoever summons or expels the envoy ``span`` names ("Britain summoned the ambassador"): an
        envoy summoned or expelled is another country's."""
        root = span.root
        if root.dep_ == "pobj" and root.head.lower_ == "to" and root.head.head.lemma_.lower() in SUMMONING_VERBS:
            # "the Iranian ambassador in Baku was summoned to the foreign ministry": the ministry is not the envoy's
            envoy = next((c for c in root.head.head.children if c.dep_ == "nsubjpass" and c.lemma_.lower() in ENVOY_NOUNS), None)
            if envoy is None:
                return set()
            own = self(envoy.doc[envoy.left_edge.i].idx, envoy.idx + len(envoy.text))
            return {m.actor.country for m in own if m.actor is not None and m.actor.country}
        if root.lemma_.lower() not in ENVOY_NOUNS or root.dep_ not in ("dobj", "nsubjpass"):
            return set()
        verb = root.head
        if verb.lemma_.lower() not in SUMMONING_VERBS:
            return set()
        doer = sx.subject(verb) if root.dep_ == "dobj" else sx.agent(verb)
        return self._countries_in([doer]) if doer is not None else set()

    def _destinations(self, span: Span) -> set[str]:
        """Countries of where the one ``span`` names travels to, arrives in or visits ("the minister travelled to
        Moscow", "the minister visited Baku", "is in Moscow on a working visit"): a visitor is not of the place
        visited."""
        root = span.root
        if root.dep_ != "nsubj" or root.head.lemma_.lower() not in w.TRAVEL_VERBS | {"visit", "be"}:
            return set()
        verb = root.head
        visiting = any(g.lemma_.lower() in w.VISIT_NOUNS for p in verb.children if p.lower_ in ("on", "for") for g in p.children)
        if verb.lemma_.lower() == "be" and not visiting:
            return set()
        places = sx.pobjs(verb, "to") + ([c for c in verb.children if c.dep_ == "dobj"] if verb.lemma_.lower() == "visit" else [])
        # "arrived in Baku", "is in Moscow on a working visit": where the visitor is
        places += sx.pobjs(verb, "in") if verb.lemma_.lower() == "arrive" or visiting else []
        return self._countries_in(places)

    def _patrons_countries(self, span: Span) -> set[str]:
        """Countries of the patrons or allies a participle or an adjective on ``span``'s noun names ("rebels backed
        by Rwanda", "militias allied to Iran", "forces loyal to Moscow"): a side backed by a country is not that
        country's own."""
        patrons = [
            g
            for c in span.root.children if c.dep_ in ("acl", "amod") and c.lemma_.lower() in w.PATRON_WORDS
            for a in [sx.agent(c), *sx.pobjs(c, "to", "with")] if a is not None
            for g in sx.with_conjuncts(a)
        ]  # fmt: skip
        # ("Iran's proxies", "an ally of Russia": whose ally a side is)
        patrons += [g for a in _patrons_of_ally(span.root) for g in sx.with_conjuncts(a)]
        # only a state's: the men of "militants loyal to Iraq's al-Qaeda leader", "assailants backed by Trinamool
        # activists" are of the country of the group or the person they follow; and not a person's: "forces loyal to
        # President Gbagbo" are his country's forces
        return {m.actor.country for g in patrons for m in self.mentions
                if m.start <= g.idx < m.end and m.actor is not None and m.actor.country and m.actor.sector in STATE_SECTORS
                and m.actor.kind != "person"}  # fmt: skip

    def _backers_countries(self, start: int, end: int) -> set[str]:
        """Countries of the states that arm, fund, train or back the group at ``start..end`` ("Russia armed the
        separatists", "the rebels were armed by Rwanda"): a state backs another's rebels, not its own."""
        span = self.parsed.char_span(start, end, alignment_mode="expand")
        if span is None or len(span) == 0:
            return set()
        root, verb = span.root, span.root.head
        if root.dep_ not in ("dobj", "nsubjpass") or verb.pos_ != "VERB" or verb.lemma_.lower() not in w.PATRON_WORDS:
            return set()
        backer = sx.agent(verb) if root.dep_ == "nsubjpass" else sx.subject(verb)
        return {m.actor.country for g in sx.with_conjuncts(backer) for m in self.mentions
                if g.left_edge.idx <= m.start <= g.idx and m.actor is not None and m.actor.country
                and m.actor.sector in STATE_SECTORS}  # fmt: skip

    def _neighbours_countries(self, sent: Span, span: Span) -> set[str]:
        """Countries named as a border's neighbour ("the border with Turkey") or as the other side of an agreement,
        talks or relations ("ratified the border agreement with Kyrgyzstan"), for ``span`` outside them (one of the
        other side, "held talks with the Afghan president and a vice president", is theirs)."""
        partners = [tok for tok in self._partners if sent.start <= tok.i < sent.end]
        inside = any(t.i <= span.root.i <= t.right_edge.i for p in partners for t in sx.with_conjuncts(p))
        return self._countries_in([tok for tok in sent if sx.border_neighbour(tok)] + ([] if inside else partners))

    def _foreigners_countries(self, span: Span) -> set[str]:
        """Countries of the foreigners the act of the one ``span`` names is done to: migrants, refugees, nationals
        of a country are in another one ("Police arrested two Afghan migrants", "the coast guard turned back Syrian
        refugees" are not Afghanistan's or Syria's), and whoever deports people is not of their country ("officials
        deported 40 Nigerians"). Only the words before the noun count ("migrants living in Italian camps" are not
        Italy's)."""
        root = sx.counted(span.root)
        if root.dep_ in ("dobj", "nsubjpass") and root.head.lemma_.lower() == "deport":
            # and the ones deported are not of the deporting country ("Trinidad deported 100 people")
            doer = sx.subject(root.head) if root.dep_ == "dobj" else sx.agent(root.head)
            return self._countries_in([doer]) if doer is not None else set()
        if root.dep_ in ("dobj", "nsubjpass"):
            # and whom foreigners act on is not of their country by that ("Nigerian peacekeepers drove rebels out
            # of Freetown": not Nigeria's rebels)
            doer = sx.subject(root.head) if root.dep_ == "dobj" else sx.agent(root.head)
            if doer is not None and _foreign(sx.counted(doer)):
                return self._countries_up_to(sx.counted(doer))
        if root.dep_ == "nsubj":
            verb, wanted = root.head, ("dobj",)
        elif root.dep_ == "pobj" and root.head.dep_ == "agent":
            verb, wanted = root.head.head, ("nsubjpass",)
        else:
            return set()
        # (a state expels rebels from its own towns: "deport" only)
        expelling = verb.lemma_.lower() == "deport"
        out: set[str] = set()
        if root.dep_ == "nsubj" and verb.lemma_.lower() in w.HANDING_VERBS:
            # "Navy ships are delivering food to the Somali people": whoever gives to a people by its nationality
            # word is not of it by that word (a giver of its own country says so: "the Somali government")
            for o in map(sx.counted, [*sx.pobjs(verb, "to"), *(c for c in verb.children if c.dep_ == "dative")]):
                if self.lookups.sector_of(o.text) in ORGAN_SECTORS:
                    continue  # "Kurdish forces handed control of the town to the Syrian army": within one country
                out |= self._countries_up_to(o)
        objects = [c for c in verb.children if c.dep_ in wanted]
        # "opened fire on Syrian refugees", "fired at migrants"
        objects += [p for h in (verb, *objects) for p in sx.pobjs(h, "on", "at", "against")]
        for o in map(sx.counted, objects):
            if expelling or _foreign(o):
                out |= self._countries_up_to(o)
            elif o.lemma_.lower() in MISSION_WORDS:
                # "the embassy of Azerbaijan in Tehran was attacked by a gunman": a mission is abroad; whoever acts
                # on it is not of its country by that
                owners = [o, *sx.pobjs(o, "of")]
                out |= {c for c in self._countries_in(owners) if c not in self._countries_in(sx.pobjs(o, "in"))}
        return out

    def _accused_countries(self, span: Span) -> set[str]:
        """Countries named as doing a hostile act in what the one ``span`` names reports ("The prime minister told
        reporters that Azerbaijan had violated the truce" is not Azerbaijan's): a speaker of no country named who
        tells of a state's attack, violation or threat is taken as of another."""
        root = span.root
        if root.dep_ != "nsubj" or root.head.lemma_.lower() not in SPEECH_VERBS:
            return set()
        out: set[str] = set()
        for clause in root.head.children:
            if clause.dep_ != "ccomp" or clause.pos_ not in ("VERB", "AUX"):
                continue
            rows = triggers().get(("V", clause.lemma_.lower()), ())
            if not rows or any(lookup(r.cameo).quad_class < 3 for r in rows):
                continue  # (a verb of conflict whatever its object: not "send", which sends aid as well as troops)
            doer = sx.subject(clause)
            if doer is None:
                continue
            a, b = doer.left_edge.idx, doer.idx + len(doer.text)
            out.update(m.actor.country for m in self.mentions if m.actor is not None and m.actor.country
                       and a <= m.start < b)  # fmt: skip
        return out

    def _protested_countries(self, span: Span) -> set[str]:
        """Countries named in what a crowd the one ``span`` names protests against ("Thousands protested against the
        presence of US troops in Okinawa" are not Americans): a protest against a country's act or presence is not
        by its people, unless its own words say so."""
        root = sx.counted(span.root)
        if root.dep_ != "nsubj" or root.head.lemma_.lower() not in w.PROTESTING_VERBS:
            return set()
        # (the words up to each head, and its "of": not where it is, "against the government in Yerevan"; and only a
        # country's forces or the country itself: a crowd protests against its own government)
        aims = sx.pobjs(root.head, "against", "over")
        out: set[str] = set()
        for g in [*aims, *(o for a in aims for o in sx.pobjs(a, "of"))]:
            a, b = g.left_edge.idx, g.idx + len(g.text)
            out.update(m.actor.country for m in self.mentions if m.actor is not None and m.actor.country
                       and a <= m.start < b and m.actor.sector in ("MIL", None))  # fmt: skip
        return out

    def _diplomats_countries(self, span: Span) -> set[str]:
        """Countries of the diplomat who speaks with, meets, calls or urges the one ``span`` names ("Secretary of State
        Antony Blinken spoke with both generals", "the foreign minister urged the rebels to ..."): a state's foreign
        affairs are with others, so they are not of the diplomat's country."""
        root = span.root
        verb = root.head.head if root.dep_ == "pobj" and root.head.lower_ in ("with", "to") else root.head
        if root.dep_ not in ("dobj", "pobj") or verb.lemma_.lower() not in w.DIPLOMACY_VERBS:
            return set()
        doer = sx.subject(verb)
        if doer is None:
            return set()
        words = " ".join(t.lower_ for t in doer.subtree)
        if not any(title in words for title in DIPLOMAT_TITLES) and doer.lemma_.lower() not in ENVOY_NOUNS:
            return set()
        return self._countries_in([doer])

    def _countries_up_to(self, head: Token) -> set[str]:
        """Countries of the mentions in the phrase ``head`` heads, up to the head word ("two Afghan migrants", not "...
        living in Italian camps")."""
        a, b = head.left_edge.idx, head.idx + len(head.text)
        return {m.actor.country for m in self.mentions if m.actor is not None and m.actor.country and a <= m.start < b}

    def _countries_in(self, phrases: list[Token]) -> set[str]:
        """Countries of the mentions inside the phrases headed by ``phrases``."""
        out: set[str] = set()
        for g in phrases:
            a, b = g.left_edge.idx, g.right_edge.idx + len(g.right_edge.text)
            out.update(m.actor.country for m in self.mentions if m.actor is not None and m.actor.country and a <= m.start < b)
        return out

    def country_subject_before(self, word: Token, excluding: set[str]) -> ActorMention | None:
        """The nearest subject before ``word`` (in its sentence and the two before) that names a country or its
        capital other than those ``excluding``, as a mention at ``word``; None when there is none."""
        for tok in reversed(word.doc[_window_start(word) : word.i]):
            if tok.dep_ not in SUBJECT_DEPS or tok.pos_ not in ("NOUN", "PROPN") or not self._country_named(tok):
                continue
            found = [m.actor for m in self(*sx.phrase_chars(tok))
                     if m.actor is not None and m.actor.country and m.actor.country not in excluding]  # fmt: skip
            if found:
                start, end = sx.phrase_chars(word)
                return ActorMention(self.text[start:end], start, end, found[0], False, "coref", CONTEXT_SCORE)
        return None

    def _speakers_own_countries(self, sent: Span, start: int, end: int) -> set[str]:
        """Countries of the sentence's speakers as the resolver reads them (a speaker named by a description
        earlier mentions stand for, "the ministry", too), but a speaker at ``start..end`` itself; empty while a
        speaker is being read (its own context is not asked of it)."""
        if self._reading_speaker:
            return set()
        out: set[str] = set()
        for tok in _speech_subjects(sent):
            a, b = sx.phrase_chars(tok)
            if a < end and start < b:
                continue
            self._reading_speaker = True
            try:
                out.update(m.actor.country for m in self(a, b) if m.actor is not None and m.actor.country)
            finally:
                self._reading_speaker = False
        return out

    def _speakers_countries(self, sent: Span) -> set[str]:
        """Countries of the subjects of the sentence's speech verbs ("Armenian officials said ...")."""
        return self._countries_in(_speech_subjects(sent))


def _speech_subjects(sent: Span) -> list[Token]:
    """The subjects of ``sent``'s verbs of speech ("Armenian officials said ...")."""
    return [tok for tok in sent if tok.dep_ == "nsubj" and tok.head.lemma_.lower() in SPEECH_VERBS]


#: sectors of the groups a state's forces fight or drive out at home: of the state's own country
DOMESTIC_FOES = frozenset({"REB", "UAF", "OPP", "CRM"})
#: and the groups that deal with their own state ("the Umma party said it will boycott Algeria's elections")
DOMESTIC_SIDES = DOMESTIC_FOES | {"PTY"}
#: envoys, and the verbs by which a state calls in or sends away another state's ("summoned the ambassador")
ENVOY_NOUNS = frozenset({"ambassador", "envoy", "diplomat", "chargé", "charge", "attaché", "attache", "consul"})
SUMMONING_VERBS = frozenset({"summon", "expel"})
#: titles of those who conduct a state's foreign affairs
DIPLOMAT_TITLES = ("secretary of state", "foreign minister", "foreign secretary", "minister of foreign affairs",
                   "foreign affairs minister", "foreign ministry", "state department")
#: a mention of someone's opposite number ("his Azerbaijani counterpart"), of another country than theirs
COUNTERPART = re.compile(r"\bcounterparts?\b", re.IGNORECASE)
#: sectors of a state, the state itself (no sector) and its organs: the forces a state's organ or official owns are
#: the state's ("its aircraft": RUSMIL)
STATE_SECTORS = ORGAN_SECTORS | {None}
#: Words of weapons, which an acronym ("IED", "UAV") or a tagger's name may make look like an actor's name.
WEAPON_WORDS = w.MINE_NOUNS | w.WEAPON_NOUNS
#: Words that name a group of states, before a state's sector ("Arab leaders", "Western diplomats", "European
#: ministers"): such a group is of no one country its context names.
BLOC_WORDS = frozenset({"arab", "western", "european", "african", "asian", "gulf", "nordic", "baltic", "balkan",
                        "latin", "allied"})
#: The score of a mention whose country comes from its context, not its words.
CONTEXT_SCORE = 0.5
#: pronouns that stand for an actor named before them, and which kind of actor each can stand for
PRONOUN_REFERENTS = {"he": "person", "him": "person", "his": "person", "she": "person", "her": "person", "it": "body", "its": "body",
                     "they": "body", "them": "body", "their": "body"}  # fmt: skip
#: the sector a description of two states' organs names ("both governments", "the two armies")
PAIR_SECTORS = {"governments": "GOV", "leaderships": "GOV", "armies": "MIL", "militaries": "MIL", "ministers": "GOV",
                "leaders": "GOV", "presidents": "GOV", "delegations": "GOV"}  # fmt: skip
#: definite descriptions of actors named before them: (kind, the pronoun they stand like)
DESCRIPTIONS = {
    **{f"{d} {n}": ("country", "it") for d in ("the", "this", "that") for n in ("country", "nation", "state", "republic", "kingdom")},
    **{f"{d} {n}": ("country", "they") for d in ("both", "the two", "the 2", "both the") for n in (
        "countries", "nations", "states", "sides", "parties", "neighbours", "neighbors", "governments", "republics",
        "capitals", "rivals", "adversaries", "foes", "belligerents", "armies", "militaries", "ministers", "leaders",
        "presidents", "delegations")},
    # "the warring parties", "the belligerents": the two sides of the fight named before
    **{f"the {n}": ("country", "they") for n in ("warring parties", "warring sides", "warring countries",
                                                   "warring nations", "warring states", "belligerents")},
    # "both communities", "the two clans": two groups of people, named but not known (no state stands for them)
    **{f"{d} {n}": ("group", "they") for d in ("both", "the two", "the 2", "both the") for n in (
        "communities", "groups", "clans", "tribes", "factions", "villages", "camps", "unions", "movements")},
}  # fmt: skip


def _doers_above(word: Token) -> list[Token]:
    """The subjects of the verbs ``word`` hangs from, up its clause and the clauses it is the complement of."""
    out = []
    cur = sx.verb_above(word)
    for _ in range(4):
        if cur is None:
            break
        subject = sx.subject(cur)
        if subject is not None and subject.i != word.i:
            out.append(subject)
        if cur.dep_ not in ("xcomp", "ccomp", "conj", "advcl") or cur.head.i == cur.i:
            break
        cur = cur.head if cur.head.pos_ in ("VERB", "AUX") else sx.verb_above(cur.head)
    return out


def _description(words: list[str]) -> tuple[str | None, str]:
    """(kind, the pronoun it stands like) of a definite description of actors named before it (:data:`DESCRIPTIONS`),
    with words between the determiner and the noun too ("the two foreign ministers", "both warring sides"); (None,
    "") for any other phrase."""
    found = DESCRIPTIONS.get(" ".join(words))
    if found is not None or len(words) < 3:
        return found or (None, "")
    for det in ("both the", "the two", "the 2", "both"):
        n = len(det.split())
        if " ".join(words[:n]) == det and len(words) > n + 1:
            return DESCRIPTIONS.get(f"{det} {words[-1]}", (None, ""))
    return None, ""


#: dependency labels of the subject of a clause
SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})
#: verbs whose subject "it" may stand for no one ("it is clear that", "it seems", "it takes courage to")
EXPLETIVE_HEADS = frozenset({"be", "seem", "appear", "remain", "become", "take", "make", "matter", "happen"})


def _founded(noun: Token) -> bool:
    """Whether a place is what its verb sets up or holds ("opened a military post", not "opened fire on ... posts")."""
    return noun.dep_ in ("dobj", "nsubjpass") and noun.head.lemma_.lower() in w.FOUNDING_VERBS


def _patrons_of_ally(noun: Token) -> list[Token]:
    """Whose ally or proxy ``noun`` names (:data:`words.ALLY_NOUNS`): its possessor ("Iran's proxies") or its "of"
    ("an ally of Russia"); none for any other noun."""
    if noun.lemma_.lower() not in w.ALLY_NOUNS and noun.lower_ not in w.ALLY_NOUNS and _ally_word(noun) is None:
        return []
    return [c for c in noun.children if c.dep_ == "poss"] + sx.pobjs(noun, "of")


def _ally_word(noun: Token) -> Token | None:
    """The word before ``noun`` that makes it another's (:data:`words.ALLY_NOUNS`: "Iran's puppet government",
    "Tehran's proxy militias"), or None."""
    return next((c for c in noun.children if c.dep_ in ("compound", "amod") and c.i < noun.i
                 and (c.lemma_.lower() in w.ALLY_NOUNS or c.lower_ in w.ALLY_NOUNS)), None)  # fmt: skip


def _foreign(head: Token) -> bool:
    """Whether the phrase ``head`` heads names people abroad by what they are (:data:`words.FOREIGNER_NOUNS`:
    "Afghan migrants", "Nigerian peacekeepers"), or what is theirs ("Palestinian refugee camps")."""
    return head.lemma_.lower() in w.FOREIGNER_NOUNS or any(
        c.dep_ == "compound" and c.lemma_.lower() in w.FOREIGNER_NOUNS for c in head.children)


def _window_start(word: Token) -> int:
    """Index of the first token of the two sentences before ``word``'s own (fewer at the document's start):
    how far back a pronoun or a description looks for what it stands for."""
    first = word.sent.start
    for _ in range(2):
        if first == 0:
            break
        first = word.doc[first - 1].sent.start
    return first


def _expletive(it: Token) -> bool:
    """Whether "it" is an empty subject: of a copula or a verb of seeming with a clause after it."""
    head = it.head
    return it.dep_ in ("nsubj", "expl", "nsubjpass") and head.lemma_.lower() in EXPLETIVE_HEADS and any(
        c.dep_ in ("ccomp", "xcomp", "csubj", "advcl") for c in head.children if c.i > it.i
    )


def _met(subject: Token) -> Token | None:
    """Whom the subject of a meeting met or held talks with ("He met President Aliyev", "held talks with
    Pashinyan"), or of a war fought or invaded ("Ethiopia fought Eritrea"): with the subject, a pair that acts;
    None when its verb is neither."""
    if subject.dep_ not in SUBJECT_DEPS:
        return None
    verb = subject.head
    talks = [c for c in verb.children if c.dep_ == "dobj" and c.lemma_.lower() in w.MEETING_WORDS]
    # (or spoke on the telephone: "Pashinyan phoned Putin ... The two leaders discussed ...")
    phoned = verb.lemma_.lower() in w.PHONING_VERBS
    # (or visited the other: "The Iraqi prime minister visited Tehran ... The two countries agreed ...")
    visited = verb.lemma_.lower() == "visit"
    # (or fought or invaded it: "Ethiopia fought Eritrea ... a truce between the two countries")
    warred = verb.lemma_.lower() in w.WARRING_VERBS and subject.dep_ == "nsubj"
    if verb.lemma_.lower() not in w.MEETING_WORDS and not talks and not phoned and not visited and not warred:
        return None
    partners = sx.pobjs(verb, "with") + [g for t in talks for g in sx.pobjs(t, "with")]
    if verb.lemma_.lower() in w.MEETING_WORDS or phoned or visited or warred:
        partners = [c for c in verb.children if c.dep_ == "dobj"] + partners
    return partners[0] if partners else None


def _acting_pair(first: Token) -> bool:
    """Whether a pair "X and Y" is named as the two that act, or between whom something is ("Armenia and
    Azerbaijan signed", "signed by Armenia and Azerbaijan", "the war between Armenia and Azerbaijan", "the leaders of
    Armenia and Azerbaijan met"), or as the two appealed to ("called on Baku and Yerevan to show restraint"), not as what
    is acted on ("sanctions imposed on Serbia and Montenegro"): only such a pair is what "the two parties" stands for."""
    if first.dep_ in SUBJECT_DEPS:
        return True
    if first.dep_ == "pobj" and first.head.lower_ == "of" and first.head.head.dep_ in SUBJECT_DEPS and first.head.head.tag_ == "NNS":
        return True  # "the foreign ministers of Armenia and Azerbaijan met": the pair whose people act
    if first.dep_ == "dobj" and first.head.lemma_.lower() in w.APPEALING_VERBS:
        return True  # "urged Armenia and Azerbaijan to show restraint": the two sides appealed to
    if first.dep_ == "pobj" and first.head.lower_ in ("on", "upon") and first.head.head.lemma_.lower() == "call":
        return True  # "called on Baku and Yerevan to show restraint"
    return first.dep_ == "pobj" and first.head.lower_ in ("between", "by")


def _named_as_place(name: Token) -> bool:
    """Whether the text says a name is a town's or a region's: "the village of Robotyne", "Karkhan, Yukhari Tala
    and Ashagi Tala villages", "Kupiansk city" (:data:`words.AREA_NOUNS`)."""
    first = name
    while first.dep_ == "conj" and first.head.i != first.i:
        first = first.head
    if first.dep_ == "pobj" and first.head.lower_ == "of" and first.head.head.lemma_.lower() in w.AREA_NOUNS:
        return True
    if any(c.dep_ == "appos" and c.lemma_.lower() in w.AREA_NOUNS and c.i > first.i for c in first.children):
        return True
    return first.dep_ in ("compound", "appos") and first.head.lemma_.lower() in w.AREA_NOUNS and first.head.i > first.i


def _agrees(subject: Token, pronoun: str) -> bool:
    """Whether a subject can be what ``pronoun`` stands for, by number and person."""
    plural = subject.tag_ in ("NNS", "NNPS") or any(c.dep_ == "conj" for c in subject.children)
    if pronoun in ("he", "him", "his", "she", "her"):
        return (subject.ent_type_ == "PERSON" or subject.lemma_.lower() in w.PERSON_NOUNS) and not plural
    if pronoun in ("it", "its"):
        return not plural and subject.ent_type_ != "PERSON"
    # ("the Ayatollah's regime ... They sent rockets": a body of people may be a "they")
    return plural or subject.ent_type_ in ("NORP",) or subject.lemma_.lower() in COLLECTIVE_NOUNS


#: singular nouns of a body of people, which a "they" may stand for as well as an "it"
COLLECTIVE_NOUNS = frozenset({"government", "regime", "administration", "leadership", "junta", "army", "military",
                              "navy", "police", "cabinet", "alliance", "coalition", "militia", "movement"})


def _fits(actor: Actor, want: str) -> bool:
    """Whether ``actor`` can be what a pronoun or description of kind ``want`` stands for."""
    if want == "person":
        return actor.kind == "person"
    if want == "country":
        return bool(actor.country) and actor.kind != "person"
    return actor.kind != "person"


#: the determiners of an act named again ("the request", "this attack")
_AGAIN_DETS = frozenset({"the", "this", "that", "these", "those"})


def _named_again(c: Coded, recent_types: list[set[str]], acts: set[int]) -> bool:
    """Whether an act noun with a definite determiner and no word of its own but adjectives ("the request", "the
    latest attack", "these exercises") names again an act of its type the sentence before or the one before that
    reported ("He asked Putin for more peacekeepers ... Baku called the request a provocation"), adding no side
    to it, or only the sides of another act of the sentence it is the object of (Baku, who called it a
    provocation; not "... made it possible for the rebels to win the war", which names the winners)."""
    tok = c.trigger
    if tok.pos_ != "NOUN" or not any(c.plover in types for types in recent_types):
        return False
    kids = list(tok.children)
    bare = any(k.dep_ == "det" and k.lower_ in _AGAIN_DETS for k in kids) and all(
        k.dep_ == "det" or (k.dep_ == "amod" and k.pos_ == "ADJ" and not k.ent_type_) for k in kids
    )
    return bare and (not (c.source or c.target) or (tok.dep_ in ("dobj", "nsubjpass") and tok.head.i in acts))


def _as_of(mentions: tuple[ActorMention, ...], when: TimeRef | None, table: Any) -> tuple[ActorMention, ...]:
    """``mentions`` with each known person coded as of the event's own time, when the text dates it (Abulfaz
    Elchibey's threat in 1992 is AZEGOV's, made as president, not the opposition's he led later, as of the
    article's day)."""
    day = _day_of(when)
    if day is None:
        return mentions
    out = []
    for m in mentions:
        if m.actor is not None and m.actor.kind == "person":
            # a name as of then may be another of that name ("Aliyev" in 1995 is Heydar Aliyev); a pronoun is
            # the person it stands for
            then = table.resolve(m.actor.name if m.via == "coref" else m.text, day)
            if then is not None and then.actor is not None and then.actor.kind == "person" and then.actor != m.actor:
                m = replace(m, actor=then.actor)
        out.append(m)
    return tuple(out)


def _day_of(when: TimeRef | None) -> date | None:
    """The day a dated time stands for (the middle of a month or a year), None for the article's own day."""
    if when is None or when.value is None or when.precision in ("publication", "relative"):
        return None
    parts = when.value.split("-")
    try:
        if when.precision == "decade":
            return date(int(parts[0]) + 5, 1, 1)
        if len(parts) == 1:
            return date(int(parts[0]), 7, 1)
        if len(parts) == 2:
            return date(int(parts[0]), int(parts[1]), 15)
        return date.fromisoformat(when.value[:10])
    except ValueError:
        return None


def _shift(m: ActorMention, offset: int) -> ActorMention:
    return ActorMention(m.text, m.start + offset, m.end + offset, m.actor, m.loaded, m.via, m.score)


#: How a mention names one person or group of people (a known person's office, a title or a common noun
#: completed by the context), as opposed to a country, its capital or an organisation's name.
_PEOPLE_VIAS = frozenset({"office", "context"})


def _apart(a: ActorMention, b: ActorMention) -> bool:
    """Whether two mentions of one code name different actors: two people named apart by their office or
    title ("President Yanukovich and Prime Minister Azarov"), a known person beside another actor ("Kony
    and the LRA"), or two organisations each named ("Likud and Yesh Atid")."""
    if a.via in _PEOPLE_VIAS and b.via in _PEOPLE_VIAS:
        return a.text.casefold() != b.text.casefold()
    assert a.actor is not None and b.actor is not None
    if a.actor.kind == b.actor.kind == "organisation" and "context" not in (a.via, b.via):
        return a.actor.name != b.actor.name  # two parties of one country: "Likud and Yesh Atid activists"
    return "person" in (a.actor.kind, b.actor.kind) and a.actor.name != b.actor.name


def _adjacent(a: ActorMention, b: ActorMention, text: str) -> bool:
    """Whether ``b`` follows ``a`` with only a space between them."""
    return 0 <= b.start - a.end <= 1 and not text[a.end : b.start].strip()


def _apposed(a: ActorMention, b: ActorMention, text: str) -> bool:
    """Whether ``b`` is set beside ``a`` as its title, or ``a`` beside ``b``: a comma or a bracket between a
    person's name and a mention that is no person ("Kofi Annan, UN secretary-general")."""
    first, second = (a, b) if a.start <= b.start else (b, a)
    kinds = [x.actor.kind == "person" if x.actor is not None else False for x in (a, b)]
    return text[first.end : second.start].strip() in (",", "(") and kinds.count(True) == 1


def _dedupe(mentions: Sequence[ActorMention], text: str) -> tuple[ActorMention, ...]:
    """One mention an actor of a code, in the order given, with these exceptions: a name the resolver split
    in two, only a space between the parts, is joined into one mention, of the code of its person or of its
    narrower part ("Defense Minister Sergey" and "Shoigu"; "The U.N." IGOUNO and "World Food Program"
    IGOUNOWFP); and different people of one code (:func:`_apart`) are all kept. ``text`` is what the
    mentions' offsets index."""
    out: list[ActorMention] = []
    for m in mentions:
        code = m.actor.code if m.actor else None
        k = next((k for k, o in enumerate(out) if code is not None and o.actor is not None
                  and (o.actor.code.startswith(code) or code.startswith(o.actor.code))
                  and (_adjacent(o, m, text) or _adjacent(m, o, text))), None)  # fmt: skip
        if k is not None:
            o = out[k]
            first, second = (o, m) if o.start <= m.start else (m, o)
            assert o.actor is not None and m.actor is not None
            # the person's, else the narrower code's actor ("World Food Program", not "The U.N.")
            keep = max((o, m), key=lambda x: (x.actor is not None and x.actor.kind == "person", len(x.actor.code if x.actor else "")))
            out[k] = ActorMention(text[first.start : second.end], first.start, second.end, keep.actor, o.loaded,
                                  keep.via, max(o.score, m.score))  # fmt: skip
            continue
        same = [k for k, o in enumerate(out) if code is not None and o.actor is not None and o.actor.code == code]
        if all(_apart(out[j], m) and not _apposed(out[j], m, text) for j in same):
            out.append(m)
    return tuple(out)


def _places(sent: Span, text: str, models: Models, context_countries: Sequence[str], ents: Sequence[Span],
            sides: Sequence[str] = (), near: Sequence[tuple[float, float]] = (),
            points: list[Place] | None = None) -> list[Place]:  # fmt: skip
    """The places that may locate the sentence's events, best first: the routes it names after a locative
    preposition ("drills along the Azerbaijani border", "trucks on the Goris-Kapan road"), then the places it
    names after one ("drills in Nakhchivan", "along the border near Jolfa"), then the routes it names at
    all ("agreed to the Lachin corridor"). A country as a sentence's subject is an actor, not a location.
    ``ents``: the segment's named entities (``Doc.ents``; ``Span.ents`` rebuilds all of them on each call).
    ``sides``: the countries of the event's actors, the other side of a border named by one side ("the
    Azerbaijani border"); ``near``: the points of the document's places so far; ``points``: the sentence's
    places after a preposition when already known (:func:`_points`). :func:`_event_place` picks each
    event's own."""
    if models.gazetteer is None:
        return []
    routes = find_route_mentions(text, models.gazetteer, (*sides, *context_countries), near,
                                 sent.start_char, sent.end_char)  # fmt: skip
    if points is None:
        points = _points(sent, text, models, context_countries, ents)
    return [
        *(r.place for r in routes if r.locative),
        *points,
        *(r.place for r in routes if not r.locative),
    ]


def _points(sent: Span, text: str, models: Models, context_countries: Sequence[str], ents: Sequence[Span]) -> list[Place]:
    """The places the sentence names after a locative preposition, in text order."""
    if models.gazetteer is None:
        return []
    chosen = [
        (e.start_char, e.end_char)
        for e in ents
        if sent.start <= e.start and e.end <= sent.end  # within the sentence, as Span.ents
        and e.root.dep_ == "pobj"
        and ((e.label_ in PLACE_ENTS and e.root.head.lower_ in PLACE_PREPS)
             # (a destination the small model may tag a person: "deployed peacekeepers to Lachin"; the gazetteer decides)
             or (_destination(e.root) and (e.label_ in PLACE_ENTS or e.root.pos_ == "PROPN")))
    ]
    points = []
    for place in models.gazetteer.geoparse(text, chosen, context_countries) if chosen else []:
        written = text[place.start : place.end]
        if place.line is None and not place.name.isascii() and written.isascii():
            # GeoNames keeps local spellings ("Naxçıvan"); the English the article wrote reads better in reports
            place = replace(place, name=written)
        points.append(place)
    return points


def _destination(place: Token) -> bool:
    """Whether ``place`` is where forces are sent or someone travels ("deployed peacekeepers to Lachin", "will
    travel to New Delhi"): there the act takes place (not "appealed to Moscow", whom it is addressed to)."""
    to = place.head
    mover = to.head
    if mover.dep_ == "acl" and mover.tag_ == "VBG":
        return False  # "a corridor used by civilians traveling to Armenia": who they are, not where an act is
    return to.lower_ == "to" and mover.lemma_.lower() in w.SENDING_VERBS | w.TRAVEL_VERBS


def _word_start(trigger: Token) -> int:
    """Where the trigger's word starts: the first part of a hyphenated word ("sit-in", "test-fired") the trigger
    ends."""
    first = sx.hyphened(trigger)
    return (first if first is not None else trigger).idx


def _event_place(places: Sequence[Place], trigger: Token, triggers: Sequence[Token]) -> Place | None:
    """The place of the event whose trigger is ``trigger``, among the sentence's ``places`` (best first) and
    its events' ``triggers``. A place belongs to the nearest of the sentence's events among the ancestors of
    its head ("Azerbaijani police detained drivers on the Goris–Kapan road"; in "Iran said it would not
    tolerate it and launched drills along the border" the border is the drills', not the saying's), and only
    to it; a place under no event belongs to each, unless a clause that serves another holds it ("In Baku, the
    minister said Iran's drills were a provocation": the drills'; not "during the occupation of Karabakh, Iran used
    the border to export Afghan drugs": the export's purpose clause is not the occupation's). The event takes the best place that is its own,
    else the best that is no event's."""
    doc = trigger.doc
    at = {t.i for t in triggers}
    above = {trigger.i} | {a.i for a in trigger.ancestors}
    free = None
    for place in places:
        span = doc.char_span(place.start, place.end, alignment_mode="expand")
        owner = None
        clause = None
        if span is not None:
            root = span.root
            owner = root.i if root.i in at else next((a.i for a in root.ancestors if a.i in at), None)
            clause = next((a for a in root.ancestors if a.pos_ in ("VERB", "AUX")), None)
            if owner is not None and owner != root.i and _in_relative_clause(root, owner, at):
                # "during the crisis, which began under a governor elected in Kirkuk, Ankara armed the Peshmerga": a
                # place a relative clause names describes what the clause describes, not the act above it
                owner = -1
        if owner == trigger.i:
            return place
        # (a clause that only serves another, "to export drugs from Afghanistan", places only what it holds)
        serving = clause is not None and clause.i not in above and clause.dep_ in ("xcomp", "advcl", "relcl", "acl", "pcomp")
        # (nor does the clause an adverbial one hangs from place what that one tells: "as Russia attacked, crowds in
        # Tbilisi took it as a warning" places the crowds, not the attack)
        aside = clause is not None and clause.i in above and _below_adverbial(trigger, clause)
        if owner is None and free is None and not serving and not aside:
            free = place
    return free


def _in_relative_clause(word: Token, owner: int, acts: set[int]) -> bool:
    """Whether a relative clause that is no event's lies between ``word`` and the event word ``owner`` above it."""
    for a in word.ancestors:
        if a.i == owner:
            return False
        if a.dep_ == "relcl" and a.pos_ in ("VERB", "AUX") and a.i not in acts:
            return True
    return False


def _below_adverbial(trigger: Token, clause: Token) -> bool:
    """Whether ``trigger`` lies in an adverbial clause of ``clause`` (one of its ancestors)."""
    cur = trigger
    while cur.head.i != cur.i and cur.head.i != clause.i:
        cur = cur.head
    return cur.head.i == clause.i and cur.dep_ == "advcl"


@dataclass(frozen=True, slots=True)
class DocumentAnalysis:
    """What the NLP stage finds in one document: its events, and its framing (tone toward each actor it
    names, technique spans)."""

    events: tuple[Event, ...]
    tones: tuple[ToneMention, ...] = ()
    spans: tuple[TechniqueSpan, ...] = ()


_LEAD = re.compile(r"^[\s\"”’'»]*\n\s*")


def _bracketed(span: Span) -> str | None:
    """The words of a bracket right after ``span`` that say where it is ("Muaja (Ancuabe, Cabo Delgado)"), if any."""
    doc = span.doc
    if span.end >= len(doc) or doc[span.end].text != "(":
        return None
    close = next((t.i for t in doc[span.end + 1 : span.end + 12] if t.text == ")"), None)
    words = doc[span.end + 1 : close].text.strip() if close is not None else ""
    return words if words and words[:1].isupper() else None


def _time_owner(sent: Span, found: Found, acts: set[int]) -> Token | None:
    """The verb or the event's noun a time of ``sent`` hangs from (``acts``: the indices of the events' words)."""
    words = sent.doc.char_span(sent.start_char + found[0], sent.start_char + found[1], alignment_mode="expand")
    if words is None or len(words) == 0:
        return None
    cur = words.root
    while cur.head.i != cur.i:
        cur = cur.head
        if cur.pos_ in ("VERB", "AUX") or cur.i in acts:
            break
    if cur.dep_ in ("acl", "relcl") and cur.head.i in acts:
        return cur.head  # "the attack carried out on Monday": the attack's
    return cur


def _describing(owner: Token | None) -> bool:
    """Whether a time's ``owner`` is a clause that describes a thing ("recognised the border drawn in 1921", "the
    section where the two sides exchanged fire on Monday night"): its time is the thing's, or the clause's own act's
    (through :func:`_time_owners`), not the sentence's."""
    return (owner is not None and owner.dep_ in ("acl", "relcl") and owner.pos_ in ("VERB", "AUX")
            and owner.head.pos_ in ("NOUN", "PROPN"))  # fmt: skip


def _planned_for(owner: Token | None, ref: TimeRef, day: date | None) -> bool:
    """Whether a time ``ref`` after the article's ``day`` hangs from an act planned by the verb above it ("agreed to
    meet in Almaty on March 20" in a text of March 15): its time is the planned act's, not the agreement's (a time
    before the day is as often the verb's above: "threatened to close the strait on Friday")."""
    when = _day_of(ref)
    return (owner is not None and owner.dep_ == "xcomp" and owner.pos_ == "VERB" and owner.head.pos_ in ("VERB", "AUX")
            and day is not None and when is not None and when > day)  # fmt: skip


def _time_owners(sent: Span, times: list[Found], triggers: list[Token], day: date | None) -> tuple[dict[int, TimeRef], list[Found]]:
    """The times of ``sent`` by the verb or the event's noun each hangs from (the first time of each, by its index),
    where it gives several, or one in a clause that describes a thing or an act planned ({} otherwise: its one time,
    if any, is every event's); and the times that are the sentence's own, not those of such a clause
    (:func:`_describing`, :func:`_planned_for`)."""
    acts = {t.i for t in triggers}
    owned = [(_time_owner(sent, f, acts), f) for f in times]
    own_times = [f for o, f in owned if not _describing(o) and not _planned_for(o, f[2], day)]
    if len(times) < 2 and len(own_times) == len(times) and not any(_present(t) for t in triggers):
        return {}, own_times
    owners: dict[int, TimeRef] = {}
    for owner, f in owned:
        if owner is not None:
            owners.setdefault(owner.i, f[2])
    return owners, own_times


def _present(trigger: Token) -> bool:
    """Whether the clause of ``trigger`` is in the simple present ("Tbilisi accuses Moscow of occupying ..."): an act
    of now, which takes no date an earlier sentence gave ("... fought a war in 2008.")."""
    verb = trigger if trigger.pos_ in ("VERB", "AUX") else sx.verb_above(trigger)
    while verb is not None and verb.dep_ in ("xcomp", "pcomp", "advcl", "acl") and verb.head.i != verb.i:
        verb = verb.head if verb.head.pos_ in ("VERB", "AUX") else sx.verb_above(verb.head)
    if verb is None or verb.tag_ not in ("VBZ", "VBP"):
        return False
    return not any(c.dep_ in ("aux", "auxpass") and c.tag_ in ("VBZ", "VBP") and c.lower_ in ("has", "have") for c in verb.children)


def _own_time(trigger: Token, owners: dict[int, TimeRef]) -> TimeRef | None:
    """The time of an event's own clause, else of the nearest clause above it (:func:`_time_owners`): "Baku said on
    Friday that Armenian forces had shelled the town on Wednesday": the shelling is of Wednesday; "on Monday Armenia
    said it supports those expelled 30 years ago": the support is of Monday. None when no time hangs from the
    event's clause or one above it (the sentence's time is the event's then)."""
    present = _present(trigger)
    for c in (trigger, *trigger.ancestors):
        if c.i in owners:
            return owners[c.i]
        if present and c.dep_ == "conj" and c.head.tag_ == "VBD":
            return None  # "invaded Cyprus in 1974 and still occupies the north": the present is not of that time
    return None


def _stray_lead(text: str) -> int:
    """Characters to skip at a sentence's start: a quotation mark closing the previous paragraph and the
    blank lines after it, which the parser left on this sentence ('"\n\nMohsen Rezaee, who ...')."""
    m = _LEAD.match(text)
    return m.end() if m else 0


@dataclass(frozen=True, slots=True)
class _Speech:
    """What a segment says about who speaks: its text, its quotation spans and its reported-speech
    relations (see :func:`_speech`), found once per segment."""

    text: str
    quoted: list[tuple[int, int]]
    relations: list[Quoted]

    def writers(self, start: int, end: int) -> bool:
        """Whether ``start..end`` is a first person outside quotation marks: the writer, not a speaker."""
        return self.text[start:end].lower() in _FIRST_PERSON and not any(
            qs <= start and end <= qe for qs, qe in self.quoted
        )


_FIRST_PERSON = frozenset({"i", "we"})


def _speech(parsed: Doc, text: str) -> _Speech:
    """The segment's attribution relations (nlp.quotes) that report what someone says: a cue among
    attribution.SPEECH_VERBS (say, state, deny, allege ...) or "according to"; not thought, intention or
    acts that PolNeAR also counts ("Russia wants to ...", "X supports Y" are the writer's claims about
    Russia or X, not their word). A first person outside quotation marks is the writer, and unnamed
    "reports" or "sources" are the outlet's own sourcing: no speaker. ``text`` is ``parsed``'s text."""
    speech = _Speech(text, quotations(text), [])

    def speech_cue(doc: Doc, first: int, last: int) -> bool:
        """What the test below asks of a cue, for the tokens first..last it lies within."""
        start, end = doc[first].idx, doc[last].idx + len(doc[last])
        return text[start:end].lower().startswith("according") or any(
            doc[k].lemma_.lower() in SPEECH_VERBS for k in range(first, last + 1)
        )

    for rel in attributions(parsed, wanted=speech_cue, quotes=speech.quoted):
        if rel.source is None:
            continue
        cue = parsed.char_span(*rel.cue, alignment_mode="expand")
        if cue is None or not (
            text[cue.start_char : cue.end_char].lower().startswith("according")
            or any(t.lemma_.lower() in SPEECH_VERBS or t.lower_ in TELLING_NOUNS for t in cue)
        ):
            continue  # (or a telling with its quotation: "gave his account of the war: “...”")
        s, e = rel.source
        words = text[s:e].lower().split()
        if speech.writers(s, e) or (words and words[-1] in UNNAMED_SOURCES):
            continue
        speech.relations.append(rel)
    return speech


def _denials_aimed(events: Sequence[Event]) -> list[Event]:
    """``events`` with a denial that names no target ("We did not open fire," a spokeswoman for Armenia's
    defence ministry said) aimed as the act it denies was reported before it in the same segment: the target
    of the latest earlier event of its type, not itself denied, whose source is of the same country."""
    out: list[Event] = []
    for e in events:
        countries = {m.actor.country for m in e.source if m.actor is not None and m.actor.country} if (
            e.modality == "denied" and not e.target) else set()
        if countries:
            prior = next((p for p in reversed(out) if p.segment == e.segment and p.event == e.event and p.target
                          and p.modality != "denied"
                          and countries & {m.actor.country for m in p.source if m.actor is not None and m.actor.country}),
                         None)  # fmt: skip
            if prior is not None:
                e = replace(e, target=prior.target)
        out.append(e)
    return out


def _denied_again(
    before: Sequence[Event], denial: tuple[Token, Token], seg_index: int, bounds: tuple[int, int], offset: int,
    resolver: _Resolver, holder: Holder,
) -> list[Event]:
    """What a sentence that denies without restating ("Kyiv rejected the accusation", "Ukraine denied it") denies:
    the acts of the denier's own country in the latest sentence that reports any, in its paragraph or the one
    before; where none is reported, the acts of the latest sentence with events that someone other than the
    denier reported (not the accusation itself: that was made). Each comes again, denied, in the denial's
    sentence, with the denier as its speaker."""
    verb, denied = denial
    subject = sx.subject(verb)
    # (read as an act's source is: "the Armenian side" is Armenia, by its nationality word)
    deniers = [m for m in arguments.actors(sx.with_conjuncts(subject), resolver) if m.actor is not None]
    # (a side with no country is its code: "the army accused rebels of killing villagers, a charge the rebels denied")
    countries = {_side(m.actor) for m in deniers if m.actor is not None}
    if not countries:
        return []
    earlier = [e for e in before if e.segment in (seg_index, seg_index - 1) and e.modality != "denied"]
    if not earlier:
        return []
    # the denier's own acts reported there come first, however many sentences on: "Baku said Armenian forces
    # shelled Tovuz. 'Our units returned fire,' it said. Armenia denied the report." denies the shelling
    # ("Iran held drills. Baku called them a threat. Tehran rejected the claim": a claim is someone's, so an act
    # the writer reports without anyone telling it is no claim, unless it is the latest reported)
    own = [e for e in earlier if e.event != "ACCUSE" and any(m.actor is not None and _side(m.actor) in countries for m in e.source)
           and e.speaker is not None and not (e.speaker.actor is not None and _side(e.speaker.actor) in countries)]
    latest = max(e.sentence_start for e in own or earlier)
    out: list[Event] = []
    for e in own or earlier:
        if e.sentence_start != latest or e.event == "ACCUSE" or any(o.cameo == e.cameo for o in out):
            continue
        done = any(m.actor is not None and _side(m.actor) in countries for m in e.source)
        # (a part denied, "denied any involvement", is only in the denier's own acts)
        told = e.speaker is not None and not (e.speaker.actor is not None and _side(e.speaker.actor) in countries)
        told = told and denied.lemma_.lower() not in PART_NOUNS
        if done or told:
            out.append(replace(
                e, segment=seg_index, sentence_start=bounds[0], sentence_end=bounds[1],
                trigger_start=offset + verb.idx, trigger_end=offset + verb.idx + len(verb.text),
                modality="denied", holder=holder, speaker=_shift(deniers[0], offset),
            ))  # fmt: skip
    return out


def _side(actor: Actor) -> str:
    """Which side an actor is of, for telling a denier's own acts: its country, else its code ("REB", "NATO")."""
    return actor.country or actor.code


#: acts of one side against or upon another, which may be named as a country ("the ministry accused Armenia")
TWO_SIDED = frozenset({"REQUEST", "ACCUSE", "REJECT", "THREATEN", "SANCTION", "CONSULT", "AGREE", "COOPERATE", "AID", "MOBILIZE"})
#: Sectors that act where they are: the country of where such a group does something is its own ("police
#: arrested migrants in Istanbul"); officials, envoys, lawmakers, firms and reporters travel.
AT_HOME = frozenset({"COP", "JUD", "OPP", "CVL", "LAB", "EDU", "AGR", "HLH", "REB", "UAF"})
#: a country's envoys and forces, who act abroad
_ABROAD = re.compile(r"\b(?:ambassadors?|envoys?|diplomats?|embass(?:y|ies)|consulates?|delegations?|troops|forces|soldiers|"
                     r"military|army|navy|warships?)$", re.IGNORECASE)
#: a country's mission abroad, whose protesters are of the country it is in
_MISSION = re.compile(r"\b(?:embass(?:y|ies)|consulates?|missions?)\b", re.IGNORECASE)
#: a place phrase inside a mention: where those it names are, not whose they are ("prisoners in Myanmar")
_WHERE_HELD = re.compile(r"\s(?:in|at|near|inside|outside)\s")
#: the acts of force a side does to another's armed forces (see _not_of_its_foe)
FORCE_TYPES = frozenset({"ASSAULT", "COERCE"})


def _other_side(
    source: Sequence[ActorMention], target: Sequence[ActorMention], plover: str | None, resolver: _Resolver,
    mode: str | None = None,
) -> tuple[ActorMention, ...]:
    """A doer the text leaves without its country ("the ministry", "lawmakers"), completed from its context,
    is not of the country an act between two sides is done to when that side is the country itself: "the
    ministry accused Armenia", "lawmakers called for sanctions against Turkey" (a government acting on its own
    country names it by its organs, not by the country's name), or its envoys or forces named by nationality
    ("the junta expelled the French ambassador"). Nor is a doer of force of its foe's country (_not_of_its_foe),
    nor are protesters at a foreign mission of the mission's country, nor forces of the country they withdraw
    from ("the army withdrew from the Gaza Strip": no Palestinian army)."""
    if plover in FORCE_TYPES:
        return _not_of_its_foe(source, target, resolver)
    if plover == "RETREAT" and mode == "release":
        # "the rebels released a Japanese citizen": captors are not of the country of whom they free, named by
        # nationality (a government freeing its own is named: "Iranian authorities released ...")
        # (not where they are held: "released 50 political prisoners in Myanmar" are Myanmar's own)
        captives = _named_countries([m for m in target if not _WHERE_HELD.search(m.text)])
        return tuple(_elsewhere_named(m, captives, resolver, or_none=True) for m in source)
    if plover == "RETREAT" and mode == "withdraw":
        return _not_of(source, _named_countries(target), resolver)
    if plover == "PROTEST":
        # "protesters gathered outside the Azerbaijani embassy in Tehran": not Azerbaijan's, but of where they are
        # (the mission named in the sentence, the target or not: "... outside the Azerbaijani embassy in Tehran,
        # chanting slogans against Israel")
        missions = {m.actor.country for m in (*target, *_in_sentences_of(source, resolver))
                    if m.actor is not None and m.actor.country
                    and (_MISSION.search(m.text) or _MISSION.match(resolver.text[m.end : m.end + 20].lstrip()))}  # fmt: skip
        if missions:
            return tuple(_elsewhere_named(m, missions, resolver) for m in source)
        return tuple(source)
    if plover not in TWO_SIDED:
        return tuple(source)
    if plover == "AID":
        # "the charity gave blankets to families in Gaza": an aid group is not of whom it helps
        helped = {m.actor.country for m in target if m.actor is not None and m.actor.country}
        source = [_elsewhere_named(m, helped, resolver, or_none=True) if m.actor is not None and m.actor.sector == "NGO" else m
                  for m in source]  # fmt: skip
    # (or by its nationality: "the junta expelled the French ambassador" is no French junta)
    named = {m.actor.country for m in target if m.actor is not None and m.via not in ("context", "place") and m.actor.country
             and m.actor.kind == "country" and (m.actor.sector is None or _nationality_named(m, resolver, abroad=plover != "CONSULT"))
             and not _where_it_is_done(m, resolver)}  # fmt: skip
    if not named:
        return tuple(source)
    # (but rebels, the opposition and parties deal with their own state: "the Umma party said it will boycott
    # Algeria's elections" is Algeria's party)
    return tuple(_elsewhere_named(m, named, resolver, or_none=m.actor is None or m.actor.sector not in DOMESTIC_SIDES)
                 for m in source)  # fmt: skip


#: the prepositions of a place where something is done ("postponed the rally in Minsk")
_WHERE_WORDS = frozenset({"in", "inside", "near", "outside", "around", "at"})


def _where_it_is_done(m: ActorMention, resolver: _Resolver) -> bool:
    """Whether ``m`` is a place named as where the act is done ("agreed to postpone the rally in Minsk"): the
    country it stands for there is no other side."""
    before = resolver.text[max(0, m.start - 12) : m.start].split()
    return bool(before) and before[-1].lower() in _WHERE_WORDS


def _named_countries(mentions: Sequence[ActorMention]) -> set[str]:
    """The countries ``mentions`` name themselves, not completed from their context."""
    return {m.actor.country for m in mentions if m.actor is not None and m.via != "context" and m.actor.country}


def _nationality_named(m: ActorMention, resolver: _Resolver, *, abroad: bool = True) -> bool:
    """Whether ``m`` names by a nationality word a country's envoys or forces, who act abroad ("the French
    ambassador", "French troops"), not by the country's own name ("Iran's ambassador"), nor its bodies at home
    ("the Nigerian Interior Ministry"); with ``abroad`` false, any of its people or bodies ("met Armenian
    officials": whoever meets a country's officials, so named, is of another)."""
    if abroad and not _ABROAD.search(m.text):
        return False
    words = resolver.text[m.start : m.end].split()
    if words and words[0].lower() in ("the", "a", "an"):
        words = words[1:]
    if len(words) < 2:
        return False
    first = resolver.lookups.resolve(words[0])
    return first is not None and first.via == "demonym"


def _in_sentences_of(mentions: Sequence[ActorMention], resolver: _Resolver) -> list[ActorMention]:
    """The segment's mentions in the sentences of ``mentions``."""
    sents = {(s.start_char, s.end_char) for m in mentions
             if (span := resolver.parsed.char_span(m.start, m.end, alignment_mode="expand")) is not None and len(span)
             for s in (span.sent,)}  # fmt: skip
    return [m for m in resolver.mentions if any(a <= m.start < b for a, b in sents)]


def _elsewhere_named(m: ActorMention, countries: set[str], resolver: _Resolver, *, or_none: bool = False) -> ActorMention:
    """``m`` completed from its context again, from another country its context names, when it was completed
    with one of ``countries``; where the context names no other, as it was (``or_none``: of no country)."""
    if m.via != "context" or m.actor is None or m.actor.country not in countries:
        return m
    other = resolver.elsewhere(m, countries)
    return other if other.actor is not None and (other.actor.country or or_none) else m


#: the words of a pair that name sides of whatever kind ("both sides", "the two parties"), a civil war's too
_SIDE_WORDS = frozenset({"sides", "side", "parties", "party"})
#: "of" and a capitalised name after a country's part ("the US state of Louisiana")
_OF_PLACE = re.compile(r"\s+of\s+(?:the\s+)?[A-Z]")
#: the words of a country's parts that "of" a place names ("the US state of Louisiana")
_SUBDIVISIONS = frozenset({"state", "province", "region", "prefecture", "governorate", "county", "district"})
#: how far before a mention of a plural noun a nationality joined to it may start ("Armenian and Azerbaijani
#: foreign ministers": the demonym's mention, 13 characters before the ministers')
PAIRED_CHARS = 30
#: the types whose event is a promise, a threat or a refusal, which saying what one will (not) do makes
PROMISE_TYPES = frozenset({"AGREE", "THREATEN", "REJECT"})
#: the auxiliaries of what one says one will do
_WILL = frozenset({"will", "would", "shall", "'ll", "wo"})


def _promised(verb: Token) -> bool:
    """Whether ``verb`` is what someone says they will do ("Turkey said it would support Azerbaijan", "Iran will
    not tolerate it, the minister said"; on a condition too: "would strike back if attacked" is a threat made),
    not what is asked or supposed ("whether Turkey would support ...")."""
    if verb.pos_ != "VERB" or not any(c.dep_ == "aux" and c.lower_ in _WILL for c in verb.children):
        return False
    if any(c.dep_ == "mark" and c.lower_ in CONDITIONAL_MARKERS for c in verb.children):
        return False
    clause = verb
    while clause.dep_ == "conj" and clause.head.i != clause.i:
        clause = clause.head  # "said it would close the border and that it would expel the ambassador"
    said = clause.head if clause.dep_ in ("ccomp", "parataxis") else next(
        (c for c in verb.children if c.dep_ in ("ccomp", "parataxis") and c.i > verb.i), None)
    return said is not None and said.lemma_.lower() in SPEECH_VERBS


def _attacked_as_it_goes_on(coded: list[Coded], resolver: _Resolver) -> list[Coded]:
    """What an attack does as it goes on is done to the side it attacks: "Turkish drones struck Kurdish militant
    positions in northern Iraq, killing 12 fighters" kills IRQREB, not the doer's own (the fighters, completed
    from their context, had taken the sentence's first country, TURREB). Only a casualty completed with a doer's
    country, in a participle of an attack whose target is of another."""
    by_trigger = {c.trigger.i: c for c in coded}
    out = []
    for c in coded:
        tok = c.trigger
        head = by_trigger.get(tok.head.i) if tok.dep_ == "advcl" and tok.tag_ == "VBG" and tok.head.i != tok.i else None
        if head is not None and c.plover == head.plover == "ASSAULT" and c.target:
            doers = {m.actor.country for m in (*c.source, *head.source) if m.actor is not None and m.actor.country}
            foes = [m.actor.country for m in head.target if m.actor is not None and m.actor.country
                    and m.actor.country not in doers]  # fmt: skip
            if foes and all(m.via == "context" and m.actor is not None and m.actor.country in doers for m in c.target):
                c = replace(c, target=tuple(_of_country(m, foes[0], resolver) for m in c.target))
        out.append(c)
    return out


def _of_country(m: ActorMention, country: str, resolver: _Resolver) -> ActorMention:
    """``m`` as of ``country``, its sector kept."""
    assert m.actor is not None
    actor = resolver.actors.actor(country + (m.actor.sector or ""))
    return m if actor is None else replace(m, actor=actor)


def _not_of_its_foe(
    source: Sequence[ActorMention], target: Sequence[ActorMention], resolver: _Resolver
) -> tuple[ActorMention, ...]:
    """A doer completed from its context is not of the country whose armed forces (or craft) it attacks or seizes when
    the text names that country by them ("militants attacked a French convoy in Mali" MLIREB, not FRAREB;
    "insurgents killed four American soldiers in Niger" NERREB): it takes another country its context names.
    Where the context names none, a state's forces or officials are of no known country ("troops shelled
    Ukrainian positions" MIL, not UKRMIL), while a group keeps its own ("rebels attacked Syrian troops" SYRREB:
    a civil war's sides share their country)."""
    foes = {m.actor.country for m in target if m.actor is not None and m.via != "context" and m.actor.country
            and (m.actor.sector == "MIL" or _craft(m))}  # fmt: skip
    return _not_of(source, foes, resolver)


def _craft(m: ActorMention) -> bool:
    """Whether ``m`` names a ship or an aircraft ("an Iranian oil tanker"): whoever attacks or seizes it acts on its
    country as on its forces."""
    words = m.text.lower().split()
    return bool(words) and (words[-1] in w.CRAFT_NOUNS or words[-1].removesuffix("s") in w.CRAFT_NOUNS)


def _not_of(source: Sequence[ActorMention], countries: set[str], resolver: _Resolver) -> tuple[ActorMention, ...]:
    """``source`` with each doer completed from its context with one of ``countries`` completed again from
    another country its context names; where it names none, a state's forces or officials are of no known
    country, while a group keeps its own (:func:`_not_of_its_foe`)."""
    return tuple(_elsewhere_named(m, countries, resolver, or_none=m.actor is not None and m.actor.sector in STATE_SECTORS)
                 for m in source)  # fmt: skip


def _accusers(sent: Span, resolver: _Resolver, source: Sequence[ActorMention]) -> tuple[ActorMention, ...]:
    """Whose report ``sent`` rejects, other than the denied act's doers (``source``): the owner of a report
    noun or of a word that rejects one ("calling Baku's statement disinformation", "rejected Azerbaijan's
    claims", "dismissed the allegations by Kyiv"), or its nationality ("the Greek allegations"); () when it
    names none."""
    doers = {m.actor.country for m in source if m.actor is not None and m.actor.country}
    for tok in sent:
        lemma = tok.lemma_.lower()
        if lemma not in REPORT_NOUNS and lemma not in REJECTING:
            continue
        owners = [c for c in tok.children if c.dep_ == "poss" and c.pos_ != "PRON"] + sx.pobjs(tok, "by", "from")
        found = tuple(m for m in (*arguments.actors(owners, resolver), *arguments.national(tok, resolver))
                      if m.resolved and m.actor is not None and m.actor.country not in doers)  # fmt: skip
        if found:
            return found
    return ()


#: events that react to another's act, whose target is that act's doer when the act was named before
REACTIONS = frozenset({"ACCUSE", "REJECT", "SUPPORT", "REQUEST"})
#: determiners of a noun that refers to something named before ("the seizure", "this attack")
_DEFINITE = frozenset({"the", "this", "that", "these", "those"})


def _aimed_back(
    trigger: Token, before: Sequence[Event], seg_index: int, text: str, source: Sequence[ActorMention]
) -> tuple[ActorMention, ...]:
    """The doers of an act a reaction names as a definite noun with no actor of its own ("Russian forces shelled
    the city. Kyiv condemned the attack."; "the Revolutionary Guards seized a tanker. London condemned the
    seizure."): the sources of the latest event in this paragraph or the one before that is of the type the
    noun names, or whose trigger the noun is made from (its first four letters); () when there is none, or
    it is the reacting side's own act (the countries of ``source``: "Israel defended the strikes" aims at no one)."""
    obj = next((c for c in trigger.children if c.dep_ == "dobj"), None)
    if obj is None or obj.pos_ != "NOUN" or not any(c.dep_ == "det" and c.lower_ in _DEFINITE for c in obj.children):
        return ()
    row = lookup_trigger(obj)
    named = lookup(row.cameo).plover if row is not None else None
    stem = obj.lemma_.lower()[:4]
    own = {m.actor.country for m in source if m.actor is not None and m.actor.country}
    for e in reversed(before):
        if e.segment not in (seg_index, seg_index - 1):
            break
        if e.source and e.modality != "denied" and (
            e.event == named or (len(stem) == 4 and text[e.trigger_start : e.trigger_end].lower().startswith(stem))
        ):
            return () if any(m.actor is not None and m.actor.country in own for m in e.source) else e.source
    return ()


def _protests_told_as_one(sent_events: list[Event], parsed: Doc, offset: int) -> list[Event]:
    """A sentence's protests told as one, one's word inside the other's phrase ("demonstrators rioted after a peaceful
    march calling for the resignation of President Moi"): each takes the other's doers where it names none, and its
    aim where it names none or only a place."""
    def word(e: Event) -> Token | None:
        span = parsed.char_span(e.trigger_start - offset, e.trigger_end - offset, alignment_mode="expand")
        return span.root if span is not None and len(span) else None

    protests = [(i, t) for i, e in enumerate(sent_events) if e.event == "PROTEST" and e.modality != "denied"
                and (t := word(e)) is not None]  # fmt: skip
    if len(protests) < 2:
        return sent_events
    out = list(sent_events)
    under = {i: {t.i for t in tok.subtree} for i, tok in protests}
    for i, tok in protests:
        e = sent_events[i]
        linked = [sent_events[j] for j, other in protests if j != i and (other.i in under[i] or tok.i in under[j])]
        source = e.source or next((o.source for o in linked if o.source), ())
        target = e.target if _aimed_at_someone(e.target) else next((o.target for o in linked if _aimed_at_someone(o.target)), e.target)
        out[i] = replace(e, source=source, target=target)
    return out


def _aimed_at_someone(target: Sequence[ActorMention]) -> bool:
    """Whether ``target`` names someone: a body, a group or a person, not only places or countries."""
    return any(m.via not in ("place", "capital") and m.actor is not None and m.actor.code != m.actor.country for m in target)


def _firing_back(trigger: Token) -> bool:
    """Whether ``trigger`` answers fire with fire ("returned fire", "retaliated", "hit back")."""
    lemma = trigger.lemma_.lower()
    if lemma == "return":
        return any(c.dep_ == "dobj" and c.lemma_.lower() == "fire" for c in trigger.children)
    return lemma in w.RETALIATING_VERBS or (lemma == "hit" and any(c.dep_ == "prt" and c.lower_ == "back" for c in trigger.children))


def _fired_at_first(before: Sequence[Event], seg_index: int, source: Sequence[ActorMention]) -> tuple[ActorMention, ...]:
    """Whom fire returned is aimed at: the doers of the latest assault of this paragraph or the one before, not denied,
    whose doers are of another country than the ones firing back (``source``); () when there is none."""
    own = {m.actor.country for m in source if m.actor is not None and m.actor.country}
    for e in reversed(before):
        if e.segment not in (seg_index, seg_index - 1):
            break
        if e.event == "ASSAULT" and e.modality != "denied" and e.source and all(
            m.actor is not None and m.actor.country and m.actor.country not in own for m in e.source
        ):
            return e.source
    return ()


#: the types an obligation said in a quotation is not made a demand of: what is already said, asked or refused
ALREADY_SAID_TYPES = frozenset({"REQUEST", "THREATEN", "REJECT", "ACCUSE"})


def _obliged(verb: Token) -> bool:
    """Whether ``verb`` is said as what its subject must or should do ("Armenia must withdraw")."""
    return verb.pos_ == "VERB" and any(c.dep_ == "aux" and c.lower_ in ("must", "should") for c in verb.children)


def _claimed_by(events: list[Event], seg_index: int, claimers: tuple[ActorMention, ...], at: int, table: Any) -> list[Event]:
    """``events`` with ``claimers`` (who claimed responsibility at ``at``, naming nothing) as the doers of the attacks
    of the latest sentence before the claim, in this paragraph or the one before, that tells attacks with no doer (and
    not as denied)."""
    if not claimers:
        return events
    unclaimed = [i for i, e in enumerate(events) if e.segment in (seg_index, seg_index - 1) and e.trigger_start < at
                 and e.event == "ASSAULT" and not e.source and e.modality != "denied"]  # fmt: skip
    if not unclaimed:
        return events
    told = events[unclaimed[-1]].sentence_start
    out = list(events)
    for i in unclaimed:
        if events[i].sentence_start == told:
            out[i] = replace(events[i], source=_as_of(claimers, events[i].date, table))
    return out


def _ours(phrase: Token | None, speaker: ActorMention, resolver: _Resolver, *, act: bool = False) -> tuple[ActorMention, ...]:
    """``phrase`` as the speaker's when "our" or "my" owns it ("our troops": the speaker's country's forces,
    by the sector its noun names, else the country); () when it has no such owner or the speaker no country.
    ``act``: ``phrase`` is an act's noun ("our first shipment"), whose doer is the owner word alone."""
    if phrase is None or speaker.actor is None or not speaker.actor.country:
        return ()
    owner = next((c for c in phrase.children if c.dep_ == "poss" and c.lower_ in ("our", "my")), None)
    if owner is None:
        return ()
    if act:
        actor = resolver.actors.actor(speaker.actor.country)
        end = owner.idx + len(owner.text)
        return (ActorMention(resolver.text[owner.idx : end], owner.idx, end, actor, False, "coref", CONTEXT_SCORE),) if actor is not None else ()
    # (a sector noun that names no people by itself is the speaker's own here: "our units", "our warplanes"; an
    # armed side's place is its forces': "our positions")
    sector = resolver.lookups.sector_of(phrase.text, head=True) or resolver.lookups.sector_of(phrase.text)
    if sector is None and phrase.lemma_.lower() in w.FACILITY_NOUNS:
        sector = "MIL"
    code = speaker.actor.country + sector if sector is not None and len(sector) == 3 else speaker.actor.country
    actor = resolver.actors.actor(code) or resolver.actors.actor(speaker.actor.country)
    start, end = sx.phrase_chars(phrase)
    text = resolver.text[start:end]
    return (ActorMention(text, start, end, actor, False, "coref", CONTEXT_SCORE),) if actor is not None else ()


#: the third-person plural pronouns a speaker may use for the other side ("They shelled Jermuk," he said)
THEY_WORDS = frozenset({"they", "them"})


def _theirs(mentions: tuple[ActorMention, ...], speaker: ActorMention, parsed: Doc, resolver: _Resolver) -> tuple[ActorMention, ...]:
    """In a speaker's words, a "they" or "them" that nothing before it stands for, read as the country the
    speaker last spoke of, or that was last spoken of, as doing something, other than the speaker's own
    ('Pashinyan said Azerbaijan was preparing an offensive. "They have massed troops," he said.'): a speaker
    does not call their own country "they". Left as it is when the speaker has no country."""
    if speaker.actor is None or not speaker.actor.country:
        return mentions
    out = []
    for m in mentions:
        if m.actor is None and m.text.lower() in THEY_WORDS:
            span = parsed.char_span(m.start, m.end, alignment_mode="expand")
            found = resolver.country_subject_before(span.root, {speaker.actor.country}) if span is not None and len(span) else None
            m = found or m
        out.append(m)
    return tuple(out)


def _source_mention(start: int, end: int, text: str, resolver: _Resolver, head: int | None = None) -> ActorMention:
    """The speaker at ``start..end``: the actor mention found there (the one that holds the character ``head``, the
    phrase's head, where one does: "Lebanon's Hezbollah said" is Hezbollah, not the owner before it), else the words
    unresolved. A phrase that runs into a quotation's opening mark ends before it ("according to a former mayor of
    Tabriz, “That winter ..."), or starts after it where its head is inside ("a web address — “The minister, on a
    visit to Ankara, said"): the words beyond the mark are no part of who speaks."""
    opening = next((k for k in range(start, end) if text[k] in "“«"), None)
    if opening is not None and opening > start:
        before = opening
        while before > start and (text[before - 1].isspace() or text[before - 1] in ",:;—–-"):
            before -= 1
        after = opening + 1
        while after < end and text[after].isspace():
            after += 1
        # (the side that holds the phrase's head, else the one that names someone)
        parts = [(after, end), (start, before)] if head is not None and head > opening else [(start, before), (after, end)]
        start, end = next(((a, b) for a, b in parts if a < b and any(m.actor is not None for m in resolver(a, b))), parts[0])
    found = resolver(start, end)
    if head is not None:
        held = next((m for m in found if m.actor is not None and m.start <= head < m.end), None)
        if held is not None:
            return held
    if found:
        return found[0]
    return ActorMention(text[start:end], start, end, None, via="unresolved", score=0.0)


def _pronoun(m: ActorMention) -> bool:
    """A "he" or "she" left unresolved or resolved only to the last person named (the one who spoke last is
    likelier)."""
    return (m.actor is None or m.via == "coref") and m.text.lower() in ("he", "she")


def _unnamed(speaker: ActorMention) -> bool:
    """Whether ``speaker`` is a "he" or "she" that nothing resolves (who spoke last in the paragraph before may
    stand for it)."""
    return speaker.actor is None and _pronoun(speaker)


def _reported_by(
    attribution: Attribution | None, speech: _Speech, start: int, end: int, parsed: Doc, resolver: _Resolver
) -> ActorMention | None:
    """Who says the words at ``start..end`` (segment offsets): the speaker of the syntactic attribution when
    there is one (none for the writer's own "I would argue that ..."), else the source of the innermost
    reported-speech relation whose content holds them."""
    if attribution is not None:
        first = attribution.start
        while first < attribution.end - 1 and (sx.in_dateline(parsed[first]) or (first > attribution.start and parsed[first].is_punct)):
            first += 1  # "YEREVAN/BAKU – Armenia and Azerbaijan accused ...": not where the report was filed
        span = parsed[first : attribution.end]
        if speech.writers(span.start_char, span.end_char):
            return None
        root = span.root
        found = _source_mention(span.start_char, span.end_char, speech.text, resolver, head=root.idx)
        group = sx.spoken_for(root)
        if group.i != root.i and span.start <= group.i < span.end and not found.start <= group.idx < found.end:
            # "a spokesman for the rebels in eastern Congo said": the group spoken for, not the place after it
            chars = (group.left_edge.idx, group.idx + len(group.text))
            found = next((m for m in resolver(*chars) if m.start <= group.idx < m.end and m.actor is not None), found)
        # "It said ...": a body named before (the resolver's), else no one to name
        return None if found.actor is None and found.text.lower() == "it" else found
    rel = speaker_for(speech.relations, start, end)
    if rel is None or rel.source is None:
        return None
    return _source_mention(rel.source[0], rel.source[1], speech.text, resolver)


def _tone_speakers(
    mentions: Sequence[ToneMention], parsed: Doc, resolver: _Resolver, offset: int, speech: _Speech
) -> list[ToneMention]:
    """``mentions`` with the speaker whose words they are, when the actor is spoken of inside quoted or
    reported speech ("the ministry said the Zionist regime lies": the tone toward ISR is the ministry's)."""
    out: list[ToneMention] = []
    for m in mentions:
        span = parsed.char_span(m.actor.start - offset, m.actor.end - offset, alignment_mode="expand")
        speaker = None
        if span is not None and len(span):
            root = span.root
            sent = root.sent
            held = attribute(root, sent, speech.text[sent.start_char : sent.end_char])
            speaker = _reported_by(held, speech, span.start_char, span.end_char, parsed, resolver)
        if speaker is not None and speaker.start <= m.actor.start - offset < speaker.end:
            speaker = None  # the speaker's own name is not inside their words
        out.append(replace(m, speaker=_shift(speaker, offset)) if speaker is not None else m)
    return out


def _controller(verb: Token) -> Token | None:
    """The subject of the verb an infinitive without a subject of its own hangs from ("used water cannon to
    disperse them": the police), through infinitives of infinitives; None for a verb with a subject or none above."""
    cur = verb
    for _ in range(3):
        if any(c.dep_ in ("nsubj", "nsubjpass") for c in cur.children):
            return next(c for c in cur.children if c.dep_ in ("nsubj", "nsubjpass")) if cur is not verb else None
        if cur.dep_ not in ("xcomp", "advcl") or not any(c.dep_ == "aux" and c.lower_ == "to" for c in cur.children):
            return None
        cur = cur.head
    return None


def _read_shared(resolvers: Sequence[_Resolver], models: Models, lookups: _Lookups) -> None:
    """Read a name the table gives actors of several countries as the one of the country the document names
    most: "RSF" in news of Sudan is the Rapid Support Forces (the table's first reading is the press-freedom
    group), "SNA" beside Mogadishu Somalia's army. The document's countries are those of its other actor
    mentions and of the places its tagger names (the gazetteer's reading, with no context; a large city
    whatever the tagger calls it), whose countries no actor may name ("near Afrin"). Nothing changes where no name is shared, or where the
    document names none of the countries of its readings."""
    table = models.actors
    shared = [r for r in resolvers if table.shared(r.text)]
    if not shared:
        return
    weights: Counter[str] = Counter()
    for r in resolvers:
        weights.update(m.actor.country for m in r.mentions
                       if m.actor is not None and m.actor.country and not table.shared(m.text))  # fmt: skip
        if models.gazetteer is None:
            continue
        for ent in r.parsed.ents:
            name = r.text[ent.start_char : ent.end_char]
            if table.shared(name) or not (ent.label_ in ("GPE", "LOC") or r.large_town(name)):
                continue  # a city the tagger calls something else ("in Omdurman" NORP) if it is a large one
            place = models.gazetteer.resolve(name)
            if place is not None and place.country:
                weights[place.country] += 1
    lookups.prefer = weights
    for r in shared:
        r.read_by(weights)


def _countries_as_places(parsed: Doc, mentions: Sequence[ActorMention]) -> None:
    """Label the names of countries and capitals the table reads as entities of places (GPE), where the tagger
    gave them another label or none: the small model calls "Azerbaijan" a person or an organisation in many
    sentences ("Azerbaijan denied that it had ..."), and the rules read a person's name as no "it"."""
    from spacy.tokens import Span

    fixes = []
    for m in mentions:
        actor = m.actor
        if actor is None or actor.kind != "country" or not (actor.sector is None or m.via == "capital"):
            continue
        if m.via not in ("exact", "alias", "capital") or any(word[:1].islower() for word in m.text.split()):
            continue
        span = parsed.char_span(m.start, m.end)
        if span is not None and len(span) and any(t.ent_type_ != "GPE" for t in span):
            fixes.append(span)
    if not fixes:
        return
    kept = [e for e in parsed.ents if not any(e.start < f.end and f.start < e.end for f in fixes)]
    parsed.ents = sorted(kept + [Span(parsed, f.start, f.end, label="GPE") for f in fixes], key=lambda e: e.start)


def code_document(doc: Document, parsed: Sequence[tuple[int, Doc]], models: Models) -> list[Event]:
    """All events of ``doc`` from its parsed segments ((segment index, spaCy Doc) pairs)."""
    return list(analyse_document(doc, parsed, models, framing=False).events)


def analyse_document(
    doc: Document, parsed: Sequence[tuple[int, Doc]], models: Models, *, framing: bool = True
) -> DocumentAnalysis:
    """Events of ``doc`` from its parsed segments ((segment index, spaCy Doc) pairs), and with ``framing``
    its tone mentions and technique spans, from the same parse and the same actor mentions."""
    day = publication_day(doc)
    tones: list[ToneMention] = []
    spans: list[TechniqueSpan] = []
    default_time = publication_time(day)
    events: list[Event] = []
    context_countries: list[str] = []
    placed_points: list[tuple[float, float]] = []  # the points of the places the document's events have so far
    # every segment's mentions first: a mention without a country takes the one the document is about
    resolvers: list[_Resolver] = []
    lookups = _Lookups(models.actors, models.answers)
    document_countries: Counter[str] = Counter()
    named: list[tuple[int, int, str, Actor]] = []
    for seg_index, parsed_seg in parsed:
        seg = doc.segments[seg_index]
        # the segment's text, once: spaCy's Doc.text joins every token anew on each call (see text_of)
        seg_text = doc.text[seg.start : seg.end]
        parsed_seg.user_data["text"] = seg_text
        resolvers.append(_Resolver(parsed_seg, seg_text, models, day, lookups))
    _read_shared(resolvers, models, lookups)
    body = [r for (i, _), r in zip(parsed, resolvers, strict=True) if doc.segments[i].kind is SegmentKind.BODY]
    for earlier, later in pairwise(body):
        later.before = earlier
    for order, ((_, parsed_seg), resolver) in enumerate(zip(parsed, resolvers, strict=True)):
        _countries_as_places(parsed_seg, resolver.mentions)
        resolver.order = order
        document_countries.update(resolver.document_countries)
        named.extend(resolver.named(order))
    # on the encoder path, every segment's span scores and token vectors (for tone) at once, batched
    seg_scores: list[Any] = [None] * len(parsed)
    seg_vectors: list[Any] = [None] * len(parsed)
    seg_tokens: list[Any] = [None] * len(parsed)
    if framing and models.encoder:
        from rashomon.nlp import encoder

        seg_scores = segment_scores([p for _, p in parsed], "on")
        seg_vectors = list(encoder.load().token_vectors_many([p for _, p in parsed]))
    if framing:  # every segment's tokens for the technique spans at once (scored at once on the hashed path)
        seg_tokens = segment_tokens([p for _, p in parsed], scored=not models.encoder)
    # how much the document reads as political news: the event model drops the events of one that does not. The
    # article's own text says what it is about (its readers may chat about anything); a thread alone, itself
    article = [p for i, p in parsed if doc.segments[i].kind is not SegmentKind.COMMENT]
    topic = models.events.topic(s for p in (article or [p for _, p in parsed]) for s in p.sents)
    for (seg_index, parsed_seg), resolver, scores, vectors, tokens in zip(
        parsed, resolvers, seg_scores, seg_vectors, seg_tokens, strict=True
    ):
        seg = doc.segments[seg_index]
        offset = seg.start
        seg_text = resolver.text
        speech = _speech(parsed_seg, seg_text)
        if framing:
            found_tones = tone_mentions(parsed_seg, resolver.mentions, seg_index, seg.kind, offset, vectors=vectors)
            tones += _tone_speakers(found_tones, parsed_seg, resolver, offset, speech)
            spans += technique_spans(parsed_seg, resolver.mentions, seg_index, seg.kind, offset, scores,
                                     encoder=models.encoder, tokens=tokens)  # fmt: skip
        resolver.document_countries = document_countries
        resolver.earlier = named
        for m in resolver.mentions:
            if m.actor is not None and m.actor.country and m.actor.country not in context_countries:
                context_countries.append(m.actor.country)
        last_time: TimeRef | None = None
        last_speaker: ActorMention | None = None
        #: who spoke last in the paragraph before this one, for a "he said" that opens a paragraph
        speaker_before: ActorMention | None = None
        previous_end = 0
        ents: Sequence[Span] | None = None  # the segment's entities, for the places of its events
        recent_types: list[set[str]] = []  # the types of the events of the last sentences of this segment
        for sent in parsed_seg.sents:
            sent_text = seg_text[sent.start_char : sent.end_char]  # not sent.text: spaCy joins its tokens
            coded_before = len(events)
            if "\n" in seg_text[previous_end : sent.start_char]:
                speaker_before = last_speaker
                last_time, last_speaker = None, None  # a new paragraph: dates and quotations start afresh
            previous_end = sent.start_char + len(
                sent_text.rstrip()
            )  # a sentence's span keeps its trailing newlines
            sent_times = find_times(sent_text, day, last_time)
            sent_open_quote = sent_text.lstrip()[:1] in '“"«'
            # a quotation opened in an earlier sentence and still open here: its speaker goes on speaking
            continued = any(qs < sent.start_char < qe for qs, qe in speech.quoted)
            sent_places: dict[tuple[str, ...], list[Place]] = {}
            sent_points: list[Place] | None = None
            sent_events = models.events.choose(propose(sent, resolver), sent, topic)
            # "He asked Putin for more peacekeepers ... Baku called the request a provocation": an act named again
            # by a bare definite noun is the one reported before, not another
            acts = {c.trigger.i for c in sent_events}
            sent_events = [c for c in sent_events if not _named_again(c, recent_types, acts)]
            # "called the accusation that ... baseless": the accusation called false is no act of the one who calls it so
            sent_events = [c for c in sent_events if not called_false(c.trigger)]
            bounds = (offset + sent.start_char + _stray_lead(sent_text), offset + sent.start_char + len(sent_text.rstrip()))
            denial = referred_denial(sent)
            which = relative_denial(sent)
            if which is not None:
                # "..., an accusation Baku rejected": no rejection of Baku's own, nor an accusation restated, but a
                # denial of what the sentence reported before it (below)
                sent_events = [c for c in sent_events if c.trigger.i not in (which[0].i, which[1].i)]
            denied: list[Event] = []
            if denial is not None:
                # "Kyiv rejected the accusation": no rejection or accusation of Kyiv's own, but a denial of what
                # was reported before it, added after this sentence's own events
                sent_events = [c for c in sent_events if c.trigger.i not in (denial[0].i, denial[1].i)]
                denier: Holder = "reader comment" if seg.kind is SegmentKind.COMMENT else "speaker"
                denied = _denied_again(events, denial, seg_index, bounds, offset, resolver, denier)
            sent_events = _attacked_as_it_goes_on(sent_events, resolver)
            triggers = [c.trigger for c in sent_events]
            time_owners, own_times = _time_owners(sent, sent_times, triggers, day)
            if own_times:
                last_time = own_times[0][2]
            for chosen in sent_events:
                coded = models.roles.fill(chosen, sent, resolver)
                info = lookup(coded.row.cameo)
                holder: Holder = "reader comment" if seg.kind is SegmentKind.COMMENT else "author"
                speaker: ActorMention | None = None
                at = coded.trigger.idx
                speaker = _reported_by(attribute(coded.trigger, sent, sent_text), speech, at, at + len(coded.trigger.text),
                                       parsed_seg, resolver)  # fmt: skip
                carried_speaker = speaker is None and (sent_open_quote or continued) and last_speaker is not None
                if carried_speaker:
                    speaker = last_speaker  # a quotation running on from the previous sentence
                elif speaker is not None and last_speaker is None and speaker_before is not None and _unnamed(speaker):
                    # '"I am glad ...," he concluded.' opening a paragraph after one that quotes someone: the one
                    # quoted there, whom no sentence before names otherwise
                    speaker = speaker_before
                elif speaker is not None and last_speaker is not None and _pronoun(speaker):
                    # "... a spokeswoman for Armenia's defence ministry said. She said ...": the one who spoke
                    # last in this paragraph
                    speaker = last_speaker
                if speaker is not None:
                    last_speaker = speaker
                    if holder == "author":
                        holder = "speaker"
                source, target = coded.source, coded.target
                # first-person pronouns in a quotation stand for the speaker ("we do not tolerate")
                if speaker is not None:
                    source = tuple(
                        speaker if (m.actor is None and m.text.lower() in ("we", "i")) else m for m in source
                    )
                    # "'They shelled Jermuk,' he said": the other side the speaker spoke of
                    source, target = _theirs(source, speaker, parsed_seg, resolver), _theirs(target, speaker, parsed_seg, resolver)
                    # "'Our troops returned fire,' the ministry said": the speaker's country's troops
                    source = source or _ours(sx.subject(coded.trigger), speaker, resolver)
                    # ("'Our first load of flour reached Baku,' the governor said": an act the speaker owns)
                    source = source or (_ours(coded.trigger, speaker, resolver, act=True) if coded.trigger.pos_ == "NOUN" else ())
                    # "'Armenian forces shelled our positions,' she said": the speaker's country's forces
                    done_to = next((c for c in coded.trigger.children if c.dep_ == "dobj"), None)
                    target = target or _ours(done_to, speaker, resolver)
                    # "'the leaders asked me to convey a message,' he said": the speaker
                    # (not the doer itself: a speaker taken for the one the quotation is about, "Aliyev called and
                    # thanked me" with Aliyev its speaker, thanks no one known)
                    if not target and any(c.dep_ in ("dobj", "dative") and c.lower_ in ("me", "us")
                                          for c in coded.trigger.children) and not (
                            speaker.actor is not None and any(m.actor is not None and m.actor.code == speaker.actor.code for m in source)):  # fmt: skip
                        target = (speaker,)
                source = _other_side(source, coded.target, info.plover, resolver, coded.row.mode or info.mode)
                # "Iran's new foreign minister, in Moscow for talks, said ...": where a doer is is no doer beside it
                source = tuple(m for m in source if not _where_it_is_done(m, resolver)) or source
                if (coded.row.mode or info.mode) == "expel":
                    # "Iran said it would expel the ambassador": whom a country expels is not its own (but rebels
                    # an army forces out of a town are: "the FARDC forced the rebels to flee")
                    own = _named_countries(source)
                    target = tuple(m if m.actor is not None and m.actor.sector in DOMESTIC_FOES else
                                   _elsewhere_named(m, own, resolver, or_none=True) for m in target)  # fmt: skip
                elif info.plover == "AID" and source and all(m.actor is not None and m.actor.sector in STATE_SECTORS for m in source):
                    # "Russia sent troops to Syria to help the government": a state helps another state's organs,
                    # where its context names another country
                    own = _named_countries(source)
                    target = tuple(m if m.actor is None or m.actor.sector not in STATE_SECTORS else
                                   _elsewhere_named(m, own, resolver) for m in target)  # fmt: skip
                mood = modality(coded.trigger, sent, coded.row.cue_kind == "neg", sent_text)
                if carried_speaker and speaker is not None and _obliged(coded.trigger) and info.plover not in ALREADY_SAID_TYPES and source and all(
                    m.actor is not None and speaker.actor is not None and m.actor.country != speaker.actor.country for m in source
                ):
                    # '"Armenia must withdraw from the occupied lands."' in a quotation running on: what the speaker
                    # says another must do is demanded of it (as "X said Y must ..." is), not done
                    coded = replace(coded, row=replace(coded.row, cameo="100", mode=None, context=()))
                    info = lookup("100")
                    source, target, mood = (speaker,), source, "asserted"
                denier_word = caller(coded.trigger) if mood == "denied" and speaker is None else None
                if denier_word is not None:
                    # "Tehran called the accusation that it supplied drones baseless": Tehran denies it
                    speaker = _source_mention(*sx.phrase_chars(denier_word), seg_text, resolver)
                    if holder == "author":
                        holder = "speaker"
                if mood in ("planned", "hypothetical") and info.plover in PROMISE_TYPES and _promised(coded.trigger):
                    mood = "asserted"  # "Turkey said it would support Azerbaijan": the promise is made, not to come
                if mood == "denied" and not target:
                    # "our forces did not shell any villages, calling Baku's statement disinformation": an act denied
                    # with no one named is denied as the one whose report is rejected told it (against them)
                    target = _accusers(sent, resolver, source)
                # once a sentence and actors' countries (a border named by one side takes its other side from
                # them), and only for a sentence with an event
                sides = tuple(m.actor.country for m in (*source, *coded.target) if m.actor is not None and m.actor.country)
                if sides not in sent_places:
                    ents = parsed_seg.ents if ents is None else ents
                    if sent_points is None:
                        sent_points = _points(sent, seg_text, models, context_countries, ents)
                    sent_places[sides] = _places(sent, seg_text, models, context_countries, ents, sides, placed_points,
                                                 sent_points)  # fmt: skip
                place = _event_place(sent_places[sides], coded.trigger, triggers)
                aimed = tuple(_shift(m, offset) for m in _dedupe(target, seg_text))
                if not aimed and info.plover in REACTIONS:
                    # "London condemned the seizure": whom a reaction to an act named before is aimed at
                    aimed = _aimed_back(coded.trigger, events, seg_index, doc.text, source)
                elif not aimed and info.plover == "ASSAULT" and _firing_back(coded.trigger):
                    # "Armenian forces fired on positions near Kalbajar. The ministry said its units returned fire."
                    aimed = _fired_at_first(events, seg_index, source)
                if place is not None:
                    placed_points.append((place.lat, place.lon))
                    place = replace(place, start=place.start + offset, end=place.end + offset)
                # (an act in the present takes no time but its own clause's: "... in 1974 and still occupies the north")
                carried = last_time if not _present(coded.trigger) else None
                when = _own_time(coded.trigger, time_owners) or carried or default_time
                events.append(
                    Event(
                        document=doc.content_hash,
                        segment=seg_index,
                        segment_kind=seg.kind,
                        sentence_start=bounds[0],
                        sentence_end=bounds[1],
                        trigger_start=offset + _word_start(coded.trigger),
                        trigger_end=offset + coded.trigger.idx + len(coded.trigger.text),
                        event=info.plover or "",
                        cameo=coded.row.cameo,
                        goldstein=info.goldstein,
                        quad_class=info.quad_class,
                        source=_as_of(tuple(_shift(m, offset) for m in _dedupe(source, seg_text)), when, models.actors),
                        target=_as_of(aimed, when, models.actors),
                        modality=mood,
                        holder=holder,
                        speaker=_shift(speaker, offset) if speaker is not None else None,
                        mode=coded.row.mode or info.mode,
                        context=coded.row.context or info.context,
                        date=when,
                        place=place,
                        confidence=coded.confidence,
                    )
                )
            events[coded_before:] = _protests_told_as_one(events[coded_before:], parsed_seg, offset)
            if denial is not None:
                # "Ukraine accused Russia of shelling the plant, but Moscow denied it": a denial after acts its own
                # sentence reports denies those, not the sentences before
                told = [e for e in events[coded_before:] if e.trigger_start < offset + denial[0].idx and e.modality != "denied"]
                here = _denied_again(told, denial, seg_index, bounds, offset, resolver, denier) if told else []
                denied = here or denied
            if which is not None:
                # "..., which Ankara denied": what the sentence reported before the clause, denied again by the
                # denier (the report itself stands as made)
                told = [e for e in events[coded_before:] if e.trigger_start < offset + which[1].idx and e.modality != "denied"]
                denier = "reader comment" if seg.kind is SegmentKind.COMMENT else "speaker"
                denied += _denied_again(told, which, seg_index, bounds, offset, resolver, denier)
            events += denied
            claimer = responsibility_claimer(sent)
            if claimer is not None:
                # "A roadside bomb hit a police vehicle, killing three policemen. The Taliban claimed responsibility."
                # (named in the sentence after the attack's: found there, as a pronoun's antecedent is)
                claimed = tuple(replace(_shift(m, offset), via="coref") for m in arguments.actors(sx.with_conjuncts(claimer), resolver)
                                if m.resolved)  # fmt: skip
                events = _claimed_by(events, seg_index, claimed, offset + claimer.idx, models.actors)
            recent_types = [*recent_types, {e.event for e in events[coded_before:]}][-2:]
            # whoever this sentence reports as speaking is the one a quotation in the next ones goes on with
            said = [r for r in speech.relations if r.source is not None and sent.start_char <= r.cue[0] < sent.end_char]
            if said and said[-1].source is not None:
                who = _source_mention(*said[-1].source, seg_text, resolver)
                if last_speaker is None and speaker_before is not None and _unnamed(who):
                    who = speaker_before
                if last_speaker is None or not _pronoun(who):
                    last_speaker = who
    spans += document_repetitions(spans)
    unique = {(sp.start, sp.end, sp.technique): sp for sp in reversed(spans)}  # the first of identical spans
    return DocumentAnalysis(tuple(_denials_aimed(events)), tuple(tones), tuple(sorted(unique.values(), key=lambda sp: (sp.start, sp.end))))
