"""Actor mentions of a parsed segment, read in their document: names the actor table knows, and those it
leaves without a country completed from the sentence, the paragraph and the document (titles, common nouns,
pronouns and descriptions resolved to the last compatible actor, "the two sides" to the last pair)."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import replace
from datetime import date
from functools import cached_property
from typing import TYPE_CHECKING, Any

from rashomon.nlp.actors import CURRENCIES, IN_COUNTRY, MISSION_WORDS, ORGAN_SECTORS, without_inner_name
from rashomon.nlp.attribution import SPEECH_VERBS
from rashomon.nlp.events import arguments
from rashomon.nlp.events import syntax as sx
from rashomon.nlp.events import words as w
from rashomon.nlp.lexicon import triggers
from rashomon.nlp.ontology import lookup
from rashomon.nlp.places import CALENDAR_NAMES, Kind, country_then
from rashomon.records import Actor, ActorMention

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

    from rashomon.nlp.stage import Models


NOT_ACTOR_ENTS = frozenset(
    {"DATE", "TIME", "CARDINAL", "ORDINAL", "MONEY", "PERCENT", "QUANTITY", "EVENT", "LAW"}
)

CALENDAR_WORDS = CALENDAR_NAMES | {"today", "yesterday", "tomorrow"}


class Lookups:
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
        #: the document's countries, weighed, for a name of actors of several countries ("RSF"): see the stage's _read_shared
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


#: the pronouns that may stand for a subject before them in their own sentence
OWN_SENTENCE_PRONOUNS = frozenset({"they", "them", "he", "him", "she", "her"})

#: A town of fewer people than this does not make a name the tagger calls an organisation or a person a place.
SMALL_TOWN = 20_000

#: a city this large that the tagger takes for an organisation or a person still places its sentence
LARGE_TOWN = 100_000

#: sectors a title names ("foreign minister"), which "foreign" in it does not make another country's
TITLED_SECTORS = ORGAN_SECTORS - {"MIL", "COP"}


#: How many phrases' answers :class:`Lookups` keeps across documents before it starts afresh.
KEPT_ANSWERS = 50_000

#: how a mention names a town: a capital for its government ("Moscow said"), a place the gazetteer found
_TOWN_VIAS = ("capital", "place")


class Resolver:
    """Actor mentions of one parsed segment, looked up by character span.

    A mention the table leaves without a country is completed from its context when it names a sector:
    a titled person the table does not know ("President Omar El Bashir" GOV) or a group named by a common
    noun ("the rebels" REB, "protesters" OPP, "the government" GOV) takes the country its sentence names
    (the one the document names most, when the sentence names several), else the document's most named
    country. Such mentions have ``via="context"`` and a score of CONTEXT_SCORE, to be told apart."""

    def __init__(self, parsed: Doc, text: str, models: Models, day: date | None, lookups: Lookups | None = None) -> None:
        self.parsed = parsed
        self.text = text
        self.gazetteer = models.gazetteer
        self.actors = models.actors
        #: the table's answers about phrases, shared by the resolvers of one document
        self.lookups = lookups or Lookups(models.actors)
        self.day = day
        self.mentions: list[ActorMention] = []
        #: (start, country) of the mentions of someone's opposite number ("his Azerbaijani counterpart"), read once
        self.counterparts: list[tuple[int, str]] = []
        #: how often the whole document names each country (set by the stage once every segment is read)
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
        self.before: Resolver | None = None

    def read_by(self, weights: Mapping[str, float] | None) -> None:
        """Read the segment's names and what follows from them; with ``weights``, one the table gives actors of
        several countries ("SNA": Somalia's army and a Syrian group) as the one of the country they weigh most
        (see the stage's _read_shared)."""
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
            if (m.actor is not None and m.actor.sector is not None and words and words[-1].lower() in w.SUBDIVISION_NOUNS
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
                       and not (m.start in self._talks_venues and m.via in _TOWN_VIAS) and not _outlet(m))  # fmt: skip

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
        if root.pos_ != "PROPN" or root.lower_ not in w.CIVIL_BODIES or not root.text[:1].isupper():
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
        if span.root.lower_ in w.SUBDIVISION_NOUNS:
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
            if counted and counted[0].lower_ in w.CROWD_COUNTS and not any(c.dep_ == "prep" for c in counted[0].children):
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
            if (not counted and (root.lower_ in w.CROWD_COUNTS or taken) and root.ent_type_ not in ("MONEY", "QUANTITY", "PERCENT")
                    and not any((c.dep_ in ("amod", "compound", "nummod", "quantmod") and c.lower_ not in w.CROWD_COUNTS | {"of"})
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
            if ours:
                return ours
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
                and not self._town_read_as_org(g) and not self._town_read_as_person(g) and not self._town_untagged(g)
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

    def _owned_sector(self, noun: Token, text: str, start: int, end: int) -> list[ActorMention]:
        """A sector noun owned by "its", "their", "his" or "her" as its owner's ("the ministry said its aircraft
        had not struck": the country's forces, RUSMIL, not the ministry, RUSGOV); a group's own are the group
        ("the Houthi leader said his forces had fired": YEMREBHTH); "their" of two states is each one's ("The two
        countries agreed ... Their foreign ministers spoke": both governments). Empty when the noun names no
        sector or the pronoun no one."""
        owner = next((c for c in noun.children if c.dep_ == "poss" and c.lower_ in ("its", "their", "his", "her")), None)
        if owner is None:
            return []
        words = self.parsed[owner.i + 1 : noun.i + 1].text  # "its armed forces", "their aircraft" (forces' too)
        homeland = noun.lemma_.lower() in ("country", "nation") and noun.i == owner.i + 1
        sector = "" if homeland else self.lookups.sector_of(words)  # "his country": the country itself
        if sector is None or len(sector) not in (0, 3):
            return []
        if owner.lower_ in ("his", "her"):
            speaker = sx.owner_antecedent(owner)
            if speaker is owner:
                return []  # a person named before: left to the rules of possessors
            a, b = sx.phrase_chars(speaker)
        else:
            a, b = owner.idx, owner.idx + len(owner.text)
        owners = [m.actor for m in self(a, b) if m.actor is not None]
        if not owners:
            return []
        # (each of two states "their" stands for: not a group's, whose own are the group)
        states = owners if owner.lower_ == "their" and len({o.country for o in owners}) == len(owners) > 1 and all(
            o.country and o.sector in STATE_SECTORS for o in owners) and not homeland else owners[:1]  # fmt: skip
        out = []
        for first in states:
            if homeland:
                actor: Actor | None = self.actors.actor(first.country) if first.country else None
            elif first.sector not in STATE_SECTORS or (first.sector is None and not first.country):
                actor = first  # a group's forces are the group ("his fighters"), an alliance's the alliance's (NATO)
            else:  # (the sector alone when the owner's country is not known: "the prime minister ... his coalition partners")
                actor = self.actors.actor((first.country or "") + sector)
            if actor is not None:
                out.append(ActorMention(text, start, end, actor, False, "coref", CONTEXT_SCORE))
        return out

    def _town_read_as_person(self, tok: Token) -> bool:
        """A large town the tagger takes for a person ("the mayor of Tabriz" is PERSON): one word, a name the actor
        table does not know, that the gazetteer knows as a large town (:meth:`large_town`)."""
        if tok.pos_ != "PROPN" or tok.ent_type_ != "PERSON" or any(c.dep_ == "compound" for c in tok.children):
            return False
        if not self.large_town(tok.text):
            return False
        return self._unknown_to_table(tok.text)

    def _unknown_to_table(self, name: str) -> bool:
        """Whether the actor table knows no actor of that name (a town's name, not a country's or a group's)."""
        known = self.lookups.resolve(name)
        return known is None or known.actor is None

    def _town_untagged(self, tok: Token) -> bool:
        """A place the tagger leaves untagged ("residents of Goma", "residents of Kharkiv"): a one-word name the
        gazetteer knows as a place a reader would know (:meth:`known_place`), and the actor table does not."""
        if tok.pos_ != "PROPN" or tok.ent_type_ or any(c.dep_ == "compound" for c in tok.children) or not self.known_place(tok.text):
            return False
        return self._unknown_to_table(tok.text)

    def _town_read_as_org(self, tok: Token) -> bool:
        """A place the tagger takes for an organisation ("a hospital in Mariupol" is ORG in some sentences): a
        name the gazetteer knows and the actor table does not."""
        if tok.pos_ != "PROPN" or tok.ent_type_ != "ORG" or self.gazetteer is None or not self.gazetteer.knows(tok.text):
            return False
        return self._unknown_to_table(tok.text)

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
            if sx.gender_clash(word, tok):
                continue  # "Ms. Novak ... he": a woman by her title is no "he", a man by his no "she"
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
            # (a pair of people stands for their states too: "Pashinyan and Aliyev held talks ... The two leaders
            # agreed", "the two countries")
            found = [
                m.actor for t in pair for m in self._head_mention(t)
                if m.actor is not None and (_fits(m.actor, want) or ((met is not None or want == "country") and bool(m.actor.country)))
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
        elif sector in STATE_SECTORS and text.split()[0].lower() in w.BLOC_WORDS:
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
                and not _outlet(m)
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
            own |= self._hosts_countries(span)
            own |= self._conditioners_countries(span)
            own |= self._spied_for_countries(sent)
            own |= self._protested_countries(span)
            own |= self._accused_countries(span)
            if own:
                named = [c for c in named if c not in own]
            # "the regional governor said", "local officials": of where the act is, not of whoever acts there
            # ("Ukrainian drones struck a refinery in Russia's Krasnodar region, the regional governor said": RUS)
            if any(t.lower_ in w.LOCAL_WORDS for t in span):
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
            envoy = next((c for c in root.head.head.children if c.dep_ == "nsubjpass" and c.lemma_.lower() in w.ENVOY_NOUNS), None)
            if envoy is None:
                return set()
            own = self(envoy.doc[envoy.left_edge.i].idx, envoy.idx + len(envoy.text))
            return {m.actor.country for m in own if m.actor is not None and m.actor.country}
        if root.lemma_.lower() not in w.ENVOY_NOUNS or root.dep_ not in ("dobj", "nsubjpass"):
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
        verbs = [root.head] if root.dep_ == "nsubj" else []
        # (and a relative clause on it: "the minister, who visited Armenia last week, ...")
        verbs += [c for c in root.children if c.dep_ == "relcl" and any(g.dep_ == "nsubj" and g.lower_ in ("who", "that") for g in c.children)]
        places: list[Token] = []
        for verb in verbs:
            if verb.lemma_.lower() not in w.TRAVEL_VERBS | {"visit", "be"}:
                continue
            visiting = any(g.lemma_.lower() in w.VISIT_NOUNS for p in verb.children if p.lower_ in ("on", "for") for g in p.children)
            if verb.lemma_.lower() == "be" and not visiting:
                continue
            places += sx.pobjs(verb, "to") + ([c for c in verb.children if c.dep_ == "dobj"] if verb.lemma_.lower() == "visit" else [])
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
        if not any(title in words for title in DIPLOMAT_TITLES) and doer.lemma_.lower() not in w.ENVOY_NOUNS:
            return set()
        return self._countries_in([doer])

    def _hosts_countries(self, span: Span) -> set[str]:
        """Countries of whoever takes in or hosts (:data:`words.SHELTERING_VERBS`) the displaced people ``span`` names
        (:data:`words.DISPLACED_NOUNS`: "Jordan welcomed refugees fleeing the war in Syria", "refugees hosted by
        Turkey"): people who left their country are not of the one they are in by that."""
        root = sx.counted(span.root)
        if root.lemma_.lower() not in w.DISPLACED_NOUNS:
            return set()
        while root.dep_ == "pobj" and root.head.lower_ == "of" and root.head.head.lower_ in w.COUNT_NOUNS:
            root = root.head.head  # "thousands of refugees"
        if root.dep_ not in ("dobj", "nsubjpass") or root.head.lemma_.lower() not in w.SHELTERING_VERBS:
            return set()
        doer = sx.subject(root.head) if root.dep_ == "dobj" else sx.agent(root.head)
        # (the country their own words name stays theirs: "Turkey took in Turkish Kurd refugees")
        return self._countries_in([doer]) - self._countries_up_to(root) if doer is not None else set()

    def _conditioners_countries(self, span: Span) -> set[str]:
        """Countries of whoever the one ``span`` names sets a condition for ("the president said he will not lift
        sanctions until Pyongyang halts its tests", "will strike unless Israel withdraws"): a condition is set for
        another side."""
        root = span.root
        if root.dep_ != "nsubj":
            return set()
        verbs, out = [root.head], set()
        for _ in range(2):
            verbs += [c for v in verbs for c in v.children if c.dep_ in ("ccomp", "xcomp") and c not in verbs]
        for c in (c for v in verbs for c in sx.condition_clauses(v)):
            out |= self._countries_in([g for g in c.children if g.dep_ in ("nsubj", "nsubjpass")])
        return out

    def _spied_for_countries(self, sent: Span) -> set[str]:
        """Countries ``sent`` says someone spied for ("arrested a man suspected of spying for Israel"): a spy works
        in another country than the one they spy for, so neither they nor whoever arrests them is of it."""
        return self._countries_in([g for t in sent if t.lemma_.lower() in ("spy", "spying", "espionage")
                                   for g in sx.pobjs(t, "for")])

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
                out.update(m.actor.country for m in self(a, b) if m.actor is not None and m.actor.country and not _outlet(m))
            finally:
                self._reading_speaker = False
        return out

    def _speakers_countries(self, sent: Span) -> set[str]:
        """Countries of the subjects of the sentence's speech verbs ("Armenian officials said ...")."""
        return self._countries_in(_speech_subjects(sent))


def _outlet(m: ActorMention) -> bool:
    """Whether a mention names a news organisation ("told Reuters", "Al Jazeera reported"): where it is based says
    nothing of whom the story is about, so its country completes no one else's."""
    return m.actor is not None and m.actor.kind == "organisation" and m.actor.sector == "MED"


def _speech_subjects(sent: Span) -> list[Token]:
    """The subjects of ``sent``'s verbs of speech ("Armenian officials said ...")."""
    return [tok for tok in sent if tok.dep_ == "nsubj" and tok.head.lemma_.lower() in SPEECH_VERBS]


#: the verbs by which a state calls in or sends away another state's envoy ("summoned the ambassador")
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
    # ("The Houthis said their fighters ...": a group's name in the plural the tagger reads as one person's)
    plural = plural or (subject.pos_ == "PROPN" and subject.ent_type_ == "PERSON" and subject.lower_.endswith("s") and not subject.lower_.endswith("ss")
                        and any(c.dep_ == "det" and c.lower_ == "the" for c in subject.children))
    if pronoun in ("he", "him", "his", "she", "her"):
        return (subject.ent_type_ == "PERSON" or subject.lemma_.lower() in w.PERSON_NOUNS) and not plural
    if pronoun in ("it", "its"):
        return not plural and subject.ent_type_ != "PERSON"
    # ("the Ayatollah's regime ... They sent rockets": a body of people may be a "they")
    return plural or subject.ent_type_ in ("NORP",) or subject.lemma_.lower() in w.COLLECTIVE_NOUNS


def _fits(actor: Actor, want: str) -> bool:
    """Whether ``actor`` can be what a pronoun or description of kind ``want`` stands for."""
    if want == "person":
        return actor.kind == "person"
    if want == "country":
        return bool(actor.country) and actor.kind != "person"
    return actor.kind != "person"


def _bracketed(span: Span) -> str | None:
    """The words of a bracket right after ``span`` that say where it is ("Muaja (Ancuabe, Cabo Delgado)"), if any."""
    doc = span.doc
    if span.end >= len(doc) or doc[span.end].text != "(":
        return None
    close = next((t.i for t in doc[span.end + 1 : span.end + 12] if t.text == ")"), None)
    words = doc[span.end + 1 : close].text.strip() if close is not None else ""
    return words if words and words[:1].isupper() else None


#: Sectors that act where they are: the country of where such a group does something is its own ("police
#: arrested migrants in Istanbul"); officials, envoys, lawmakers, firms and reporters travel.
AT_HOME = frozenset({"COP", "JUD", "OPP", "CVL", "LAB", "EDU", "AGR", "HLH", "REB", "UAF"})

#: the words of a pair that name sides of whatever kind ("both sides", "the two parties"), a civil war's too
_SIDE_WORDS = frozenset({"sides", "side", "parties", "party"})

#: "of" and a capitalised name after a country's part ("the US state of Louisiana")
_OF_PLACE = re.compile(r"\s+of\s+(?:the\s+)?[A-Z]")


#: how far before a mention of a plural noun a nationality joined to it may start ("Armenian and Azerbaijani
#: foreign ministers": the demonym's mention, 13 characters before the ministers')
PAIRED_CHARS = 30


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
