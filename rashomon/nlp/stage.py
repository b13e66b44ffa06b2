"""The NLP stage: a stored Document and its parsed segments -> coded, sourced, dated, placed Events.

Pure given its models (the spaCy pipeline, the actor table, the gazetteer): the runner parses segments in
batches with ``nlp.pipe`` and hands each document's parsed segments here.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from datetime import date
from itertools import pairwise
from typing import TYPE_CHECKING, Any

from rashomon.nlp.attribution import SPEECH_VERBS, attribute
from rashomon.nlp.events import arguments, propose, sides, speakers
from rashomon.nlp.events import syntax as sx
from rashomon.nlp.events import words as w
from rashomon.nlp.events.context import STATE_SECTORS, Lookups, Resolver
from rashomon.nlp.events.decide import Decider, RulesOnly
from rashomon.nlp.events.mentions import as_of, dedupe, shift
from rashomon.nlp.events.roles import NoRoles, RoleFiller
from rashomon.nlp.modality import (
    CONDITIONAL_MARKERS,
    called_false,
    caller,
    modality,
    referred_denial,
    relative_denial,
    responsibility_claimer,
)
from rashomon.nlp.ontology import lookup
from rashomon.nlp.propaganda import document_repetitions, segment_scores, segment_tokens, technique_spans
from rashomon.nlp.routes import find_route_mentions
from rashomon.nlp.time import Found, day_of, find_times, publication_time
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
ANALYSIS_VERSION = "49"

#: Segments longer than this many characters are not parsed (a runaway page, not a paragraph).
MAX_SEGMENT_CHARS = 100_000
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
    #: the actor table's answers about phrases, kept from one document to the next (see :class:`Lookups`)
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
    #: why the event model coded no events in it (it does not read as political news), or None
    gated: str | None = None


_LEAD = re.compile(r"^[\s\"”’'»]*\n\s*")


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
    when = day_of(ref)
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


#: the types an obligation said in a quotation is not made a demand of: what is already said, asked or refused
ALREADY_SAID_TYPES = frozenset({"REQUEST", "THREATEN", "REJECT", "ACCUSE"})


def _obliged(verb: Token) -> bool:
    """Whether ``verb`` is said as what its subject must or should do ("Armenia must withdraw")."""
    return verb.pos_ == "VERB" and any(c.dep_ == "aux" and c.lower_ in ("must", "should") for c in verb.children)


def _read_shared(resolvers: Sequence[Resolver], models: Models, lookups: Lookups) -> None:
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
    resolvers: list[Resolver] = []
    lookups = Lookups(models.actors, models.answers)
    document_countries: Counter[str] = Counter()
    named: list[tuple[int, int, str, Actor]] = []
    for seg_index, parsed_seg in parsed:
        seg = doc.segments[seg_index]
        # the segment's text, once: spaCy's Doc.text joins every token anew on each call (see text_of)
        seg_text = doc.text[seg.start : seg.end]
        parsed_seg.user_data["text"] = seg_text
        resolvers.append(Resolver(parsed_seg, seg_text, models, day, lookups))
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
        speech = speakers.speech(parsed_seg, seg_text)
        if framing:
            found_tones = tone_mentions(parsed_seg, resolver.mentions, seg_index, seg.kind, offset, vectors=vectors)
            tones += speakers.tone_speakers(found_tones, parsed_seg, resolver, offset, speech)
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
                denied = sides.denied_again(events, denial, seg_index, bounds, offset, resolver, denier)
            sent_events = sides.attacked_as_it_goes_on(sent_events, resolver)
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
                speaker = speakers.reported_by(attribute(coded.trigger, sent, sent_text), speech, at, at + len(coded.trigger.text),
                                       parsed_seg, resolver)  # fmt: skip
                carried_speaker = speaker is None and (sent_open_quote or continued) and last_speaker is not None
                if carried_speaker:
                    speaker = last_speaker  # a quotation running on from the previous sentence
                elif speaker is not None and last_speaker is None and speaker_before is not None and speakers.unnamed(speaker):
                    # '"I am glad ...," he concluded.' opening a paragraph after one that quotes someone: the one
                    # quoted there, whom no sentence before names otherwise
                    speaker = speaker_before
                elif speaker is not None and last_speaker is not None and speakers.pronoun(speaker):
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
                    source, target = speakers.theirs(source, speaker, parsed_seg, resolver), speakers.theirs(target, speaker, parsed_seg, resolver)
                    # "'Our troops returned fire,' the ministry said": the speaker's country's troops
                    source = source or speakers.ours(sx.subject(coded.trigger), speaker, resolver)
                    # ("'Our first load of flour reached Baku,' the governor said": an act the speaker owns)
                    source = source or (speakers.ours(coded.trigger, speaker, resolver, act=True) if coded.trigger.pos_ == "NOUN" else ())
                    # "'Armenian forces shelled our positions,' she said": the speaker's country's forces
                    done_to = next((c for c in coded.trigger.children if c.dep_ == "dobj"), None)
                    target = target or speakers.ours(done_to, speaker, resolver)
                    # "'the leaders asked me to convey a message,' he said": the speaker
                    # (not the doer itself: a speaker taken for the one the quotation is about, "Aliyev called and
                    # thanked me" with Aliyev its speaker, thanks no one known)
                    if not target and any(c.dep_ in ("dobj", "dative") and c.lower_ in ("me", "us")
                                          for c in coded.trigger.children) and not (
                            speaker.actor is not None and any(m.actor is not None and m.actor.code == speaker.actor.code for m in source)):  # fmt: skip
                        target = (speaker,)
                source = sides.other_side(source, coded.target, info.plover, resolver, coded.row.mode or info.mode)
                # "Iran's new foreign minister, in Moscow for talks, said ...": where a doer is is no doer beside it
                source = tuple(m for m in source if not sides.where_it_is_done(m, resolver)) or source
                if (coded.row.mode or info.mode) == "expel":
                    # "Iran said it would expel the ambassador": whom a country expels is not its own (but rebels
                    # an army forces out of a town are: "the FARDC forced the rebels to flee")
                    own = sides.named_countries(source)
                    target = tuple(m if m.actor is not None and m.actor.sector in sides.DOMESTIC_FOES else
                                   sides.elsewhere_named(m, own, resolver, or_none=True) for m in target)  # fmt: skip
                elif info.plover == "AID" and source and all(m.actor is not None and m.actor.sector in STATE_SECTORS for m in source):
                    # "Russia sent troops to Syria to help the government": a state helps another state's organs,
                    # where its context names another country
                    own = sides.named_countries(source)
                    target = tuple(m if m.actor is None or m.actor.sector not in STATE_SECTORS else
                                   sides.elsewhere_named(m, own, resolver) for m in target)  # fmt: skip
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
                    speaker = speakers.source_mention(*sx.phrase_chars(denier_word), seg_text, resolver)
                    if holder == "author":
                        holder = "speaker"
                if mood in ("planned", "hypothetical") and info.plover in PROMISE_TYPES and _promised(coded.trigger):
                    mood = "asserted"  # "Turkey said it would support Azerbaijan": the promise is made, not to come
                if mood == "denied" and not target:
                    # "our forces did not shell any villages, calling Baku's statement disinformation": an act denied
                    # with no one named is denied as the one whose report is rejected told it (against them)
                    target = sides.accusers(sent, resolver, source)
                # once a sentence and actors' countries (a border named by one side takes its other side from
                # them), and only for a sentence with an event
                their_countries = tuple(m.actor.country for m in (*source, *coded.target) if m.actor is not None and m.actor.country)
                if their_countries not in sent_places:
                    ents = parsed_seg.ents if ents is None else ents
                    if sent_points is None:
                        sent_points = _points(sent, seg_text, models, context_countries, ents)
                    sent_places[their_countries] = _places(sent, seg_text, models, context_countries, ents, their_countries, placed_points,
                                                 sent_points)  # fmt: skip
                place = _event_place(sent_places[their_countries], coded.trigger, triggers)
                aimed = tuple(shift(m, offset) for m in dedupe(target, seg_text))
                if not aimed and info.plover in sides.REACTIONS:
                    # "London condemned the seizure": whom a reaction to an act named before is aimed at
                    aimed = sides.aimed_back(coded.trigger, events, seg_index, doc.text, source)
                elif not aimed and info.plover == "ASSAULT" and sides.firing_back(coded.trigger):
                    # "Armenian forces fired on positions near Kalbajar. The ministry said its units returned fire."
                    aimed = sides.fired_at_first(events, seg_index, source)
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
                        source=as_of(tuple(shift(m, offset) for m in dedupe(source, seg_text)), when, models.actors),
                        target=as_of(aimed, when, models.actors),
                        modality=mood,
                        holder=holder,
                        speaker=shift(speaker, offset) if speaker is not None else None,
                        mode=coded.row.mode or info.mode,
                        context=coded.row.context or info.context,
                        date=when,
                        place=place,
                        confidence=coded.confidence,
                    )
                )
            events[coded_before:] = sides.protests_told_as_one(events[coded_before:], parsed_seg, offset)
            if denial is not None:
                # "Ukraine accused Russia of shelling the plant, but Moscow denied it": a denial after acts its own
                # sentence reports denies those, not the sentences before
                told = [e for e in events[coded_before:] if e.trigger_start < offset + denial[0].idx and e.modality != "denied"]
                here = sides.denied_again(told, denial, seg_index, bounds, offset, resolver, denier) if told else []
                denied = here or denied
            if which is not None:
                # "..., which Ankara denied": what the sentence reported before the clause, denied again by the
                # denier (the report itself stands as made)
                told = [e for e in events[coded_before:] if e.trigger_start < offset + which[1].idx and e.modality != "denied"]
                denier = "reader comment" if seg.kind is SegmentKind.COMMENT else "speaker"
                denied += sides.denied_again(told, which, seg_index, bounds, offset, resolver, denier)
            events += denied
            claimer = responsibility_claimer(sent)
            if claimer is not None:
                # "A roadside bomb hit a police vehicle, killing three policemen. The Taliban claimed responsibility."
                # (named in the sentence after the attack's: found there, as a pronoun's antecedent is)
                claimed = tuple(replace(shift(m, offset), via="coref") for m in arguments.actors(sx.with_conjuncts(claimer), resolver)
                                if m.resolved)  # fmt: skip
                events = sides.claimed_by(events, seg_index, claimed, offset + claimer.idx, models.actors)
            recent_types = [*recent_types, {e.event for e in events[coded_before:]}][-2:]
            # whoever this sentence reports as speaking is the one a quotation in the next ones goes on with
            said = [r for r in speech.relations if r.source is not None and sent.start_char <= r.cue[0] < sent.end_char]
            if said and said[-1].source is not None:
                who = speakers.source_mention(*said[-1].source, seg_text, resolver)
                if last_speaker is None and speaker_before is not None and speakers.unnamed(who):
                    who = speaker_before
                if last_speaker is None or not speakers.pronoun(who):
                    last_speaker = who
    spans += document_repetitions(spans)
    unique = {(sp.start, sp.end, sp.technique): sp for sp in reversed(spans)}  # the first of identical spans
    return DocumentAnalysis(tuple(sides.denials_aimed(events)), tuple(tones),
                            tuple(sorted(unique.values(), key=lambda sp: (sp.start, sp.end))), models.events.gated(topic))  # fmt: skip
