"""The sides of coded events read against the rest of the document: whose an unnamed doer is not, whom a
reaction or a return of fire is aimed at, what a denial that does not restate denies, and who claimed an attack."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from typing import TYPE_CHECKING, Any

from rashomon.nlp.events import arguments
from rashomon.nlp.events import syntax as sx
from rashomon.nlp.events import words as w
from rashomon.nlp.events.context import STATE_SECTORS
from rashomon.nlp.events.mentions import as_of, shift
from rashomon.nlp.events.triggers import lookup_trigger
from rashomon.nlp.modality import (
    PART_NOUNS,
    REJECTING,
    REPORT_NOUNS,
)
from rashomon.nlp.ontology import lookup
from rashomon.records import Actor, ActorMention, Event, Holder

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

    from rashomon.nlp.events.candidates import Coded
    from rashomon.nlp.events.context import Resolver


#: sectors of the groups a state's forces fight or drive out at home: of the state's own country
DOMESTIC_FOES = frozenset({"REB", "UAF", "OPP", "CRM"})

#: and the groups that deal with their own state ("the Umma party said it will boycott Algeria's elections")
DOMESTIC_SIDES = DOMESTIC_FOES | {"PTY"}


def denials_aimed(events: Sequence[Event]) -> list[Event]:
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


def denied_again(
    before: Sequence[Event], denial: tuple[Token, Token], seg_index: int, bounds: tuple[int, int], offset: int,
    resolver: Resolver, holder: Holder,
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
    # (with none of its own acts told, a claim denied in a sentence that accuses someone is what the accusation says,
    # not what that sentence told before it: "He said the drills were routine and accused Israel of using Azerbaijani
    # territory. Baku denied the claim." denies no drills)
    accused_at = min((e.trigger_start for e in earlier if e.sentence_start == latest and e.event == "ACCUSE"), default=None)
    out: list[Event] = []
    for e in own or earlier:
        if e.sentence_start != latest or e.event == "ACCUSE" or any(o.cameo == e.cameo for o in out):
            continue
        if not own and accused_at is not None and e.trigger_start < accused_at:
            continue
        done = any(m.actor is not None and _side(m.actor) in countries for m in e.source)
        # (a part denied, "denied any involvement", is only in the denier's own acts)
        told = e.speaker is not None and not (e.speaker.actor is not None and _side(e.speaker.actor) in countries)
        told = told and denied.lemma_.lower() not in PART_NOUNS
        if done or told:
            out.append(replace(
                e, segment=seg_index, sentence_start=bounds[0], sentence_end=bounds[1],
                trigger_start=offset + verb.idx, trigger_end=offset + verb.idx + len(verb.text),
                modality="denied", holder=holder, speaker=shift(deniers[0], offset),
            ))  # fmt: skip
    return out


def _side(actor: Actor) -> str:
    """Which side an actor is of, for telling a denier's own acts: its country, else its code ("REB", "NATO")."""
    return actor.country or actor.code


#: acts of one side against or upon another, which may be named as a country ("the ministry accused Armenia")
TWO_SIDED = frozenset({"REQUEST", "ACCUSE", "REJECT", "THREATEN", "SANCTION", "CONSULT", "AGREE", "COOPERATE", "AID", "MOBILIZE"})

#: a country's envoys and forces, who act abroad
_ABROAD = re.compile(r"\b(?:ambassadors?|envoys?|diplomats?|embass(?:y|ies)|consulates?|delegations?|troops|forces|soldiers|"
                     r"military|army|navy|warships?)$", re.IGNORECASE)

#: a country's mission abroad, whose protesters are of the country it is in
_MISSION = re.compile(r"\b(?:embass(?:y|ies)|consulates?|missions?)\b", re.IGNORECASE)

#: a place phrase inside a mention: where those it names are, not whose they are ("prisoners in Myanmar")
_WHERE_HELD = re.compile(r"\s(?:in|at|near|inside|outside)\s")

#: the acts of force a side does to another's armed forces (see _not_of_its_foe)
FORCE_TYPES = frozenset({"ASSAULT", "COERCE"})


def other_side(
    source: Sequence[ActorMention], target: Sequence[ActorMention], plover: str | None, resolver: Resolver,
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
        captives = named_countries([m for m in target if not _WHERE_HELD.search(m.text)])
        return tuple(elsewhere_named(m, captives, resolver, or_none=True) for m in source)
    if plover == "RETREAT" and mode == "withdraw":
        return _not_of(source, named_countries(target), resolver)
    if plover == "PROTEST":
        # "protesters gathered outside the Azerbaijani embassy in Tehran": not Azerbaijan's, but of where they are
        # (the mission named in the sentence, the target or not: "... outside the Azerbaijani embassy in Tehran,
        # chanting slogans against Israel")
        missions = {m.actor.country for m in (*target, *_in_sentences_of(source, resolver))
                    if m.actor is not None and m.actor.country
                    and (_MISSION.search(m.text) or _MISSION.match(resolver.text[m.end : m.end + 20].lstrip()))}  # fmt: skip
        if missions:
            return tuple(elsewhere_named(m, missions, resolver) for m in source)
        return tuple(source)
    if plover not in TWO_SIDED:
        return tuple(source)
    if plover == "AID":
        # "the charity gave blankets to families in Gaza": an aid group is not of whom it helps
        helped = {m.actor.country for m in target if m.actor is not None and m.actor.country}
        source = [elsewhere_named(m, helped, resolver, or_none=True) if m.actor is not None and m.actor.sector == "NGO" else m
                  for m in source]  # fmt: skip
    # (or by its nationality: "the junta expelled the French ambassador" is no French junta)
    named = {m.actor.country for m in target if m.actor is not None and m.via not in ("context", "place") and m.actor.country
             and m.actor.kind == "country" and (m.actor.sector is None or _nationality_named(m, resolver, abroad=plover != "CONSULT"))
             and not where_it_is_done(m, resolver)}  # fmt: skip
    if not named:
        return tuple(source)
    # (but rebels, the opposition and parties deal with their own state: "the Umma party said it will boycott
    # Algeria's elections" is Algeria's party)
    return tuple(elsewhere_named(m, named, resolver, or_none=m.actor is None or m.actor.sector not in DOMESTIC_SIDES)
                 for m in source)  # fmt: skip


#: the prepositions of a place where something is done ("postponed the rally in Minsk")
_WHERE_WORDS = frozenset({"in", "inside", "near", "outside", "around", "at"})


def where_it_is_done(m: ActorMention, resolver: Resolver) -> bool:
    """Whether ``m`` is a place named as where the act is done ("agreed to postpone the rally in Minsk"): the
    country it stands for there is no other side."""
    before = resolver.text[max(0, m.start - 12) : m.start].split()
    return bool(before) and before[-1].lower() in _WHERE_WORDS


def named_countries(mentions: Sequence[ActorMention]) -> set[str]:
    """The countries ``mentions`` name themselves, not completed from their context."""
    return {m.actor.country for m in mentions if m.actor is not None and m.via != "context" and m.actor.country}


def _nationality_named(m: ActorMention, resolver: Resolver, *, abroad: bool = True) -> bool:
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


def _in_sentences_of(mentions: Sequence[ActorMention], resolver: Resolver) -> list[ActorMention]:
    """The segment's mentions in the sentences of ``mentions``."""
    sents = {(s.start_char, s.end_char) for m in mentions
             if (span := resolver.parsed.char_span(m.start, m.end, alignment_mode="expand")) is not None and len(span)
             for s in (span.sent,)}  # fmt: skip
    return [m for m in resolver.mentions if any(a <= m.start < b for a, b in sents)]


def elsewhere_named(m: ActorMention, countries: set[str], resolver: Resolver, *, or_none: bool = False) -> ActorMention:
    """``m`` completed from its context again, from another country its context names, when it was completed
    with one of ``countries``; where the context names no other, as it was (``or_none``: of no country)."""
    if m.via != "context" or m.actor is None or m.actor.country not in countries:
        return m
    other = resolver.elsewhere(m, countries)
    return other if other.actor is not None and (other.actor.country or or_none) else m


def attacked_as_it_goes_on(coded: list[Coded], resolver: Resolver) -> list[Coded]:
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


def _of_country(m: ActorMention, country: str, resolver: Resolver) -> ActorMention:
    """``m`` as of ``country``, its sector kept."""
    assert m.actor is not None
    actor = resolver.actors.actor(country + (m.actor.sector or ""))
    return m if actor is None else replace(m, actor=actor)


def _not_of_its_foe(
    source: Sequence[ActorMention], target: Sequence[ActorMention], resolver: Resolver
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


def _not_of(source: Sequence[ActorMention], countries: set[str], resolver: Resolver) -> tuple[ActorMention, ...]:
    """``source`` with each doer completed from its context with one of ``countries`` completed again from
    another country its context names; where it names none, a state's forces or officials are of no known
    country, while a group keeps its own (:func:`_not_of_its_foe`)."""
    return tuple(elsewhere_named(m, countries, resolver, or_none=m.actor is not None and m.actor.sector in STATE_SECTORS)
                 for m in source)  # fmt: skip


def accusers(sent: Span, resolver: Resolver, source: Sequence[ActorMention]) -> tuple[ActorMention, ...]:
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


def aimed_back(
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


def protests_told_as_one(sent_events: list[Event], parsed: Doc, offset: int) -> list[Event]:
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


def firing_back(trigger: Token) -> bool:
    """Whether ``trigger`` answers fire with fire ("returned fire", "retaliated", "hit back")."""
    lemma = trigger.lemma_.lower()
    if lemma == "return":
        return any(c.dep_ == "dobj" and c.lemma_.lower() == "fire" for c in trigger.children)
    return lemma in w.RETALIATING_VERBS or (lemma == "hit" and any(c.dep_ == "prt" and c.lower_ == "back" for c in trigger.children))


def fired_at_first(before: Sequence[Event], seg_index: int, source: Sequence[ActorMention]) -> tuple[ActorMention, ...]:
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


def claimed_by(events: list[Event], seg_index: int, claimers: tuple[ActorMention, ...], at: int, table: Any) -> list[Event]:
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
            out[i] = replace(events[i], source=as_of(claimers, events[i].date, table))
    return out
