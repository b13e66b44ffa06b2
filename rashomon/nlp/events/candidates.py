"""What the parse rules propose: every event of a sentence with its source and target actors.

A sentence yields zero, one or several events. Verb triggers take their source from the subject (or the
passive agent) and their target from the object or a target preposition; noun triggers ("Iran's drills",
"the ceasefire agreement, brokered by Russia") take theirs from possessives, demonyms, "by"-agents and
the verb they are the object of. Arguments are expanded over coordination ("Turkey and Azerbaijan").
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from rashomon.nlp.attribution import SPEECH_VERBS, attribute
from rashomon.nlp.events import arguments as args
from rashomon.nlp.events import drops
from rashomon.nlp.events import syntax as sx
from rashomon.nlp.events import triggers as tr
from rashomon.nlp.events import words as w
from rashomon.nlp.lexicon import Trigger, triggers
from rashomon.nlp.modality import DENY_VERBS, claim_to, is_negated
from rashomon.nlp.ontology import lookup

if TYPE_CHECKING:

    from spacy.tokens import Doc, Span, Token

    from rashomon.records import ActorMention


@dataclass(frozen=True, slots=True)
class Coded:
    """An event found in one sentence, before it is placed in its document."""

    trigger: Token
    row: Trigger
    source: tuple[ActorMention, ...]
    target: tuple[ActorMention, ...]
    #: how sure the event model is of it, in [0, 1] (1 where the rules decide alone)
    confidence: float = 1.0

    @property
    def plover(self) -> str:
        return lookup(self.row.cameo).plover or ""


#: domestic acts whose recipient, when none is named, is the country where they happen ("lifted the
#: curfew in Montenegro", "demonstrated in Serbia", "arrested 12 people in Baku", "served in Lebanon")
LOCATIVE_TARGET_TYPES = frozenset({"CONCEDE", "RETREAT", "PROTEST", "COERCE", "MOBILIZE", "ASSAULT", "AID", "COOPERATE"})


#: events whose object names an act or a demand of their target: "rejected an Australian ultimatum",
#: "denounced Serbia's crackdown", "accepted demands from the rebels"
AUTHORED_OBJECT_TYPES = frozenset({"REJECT", "ACCUSE", "CONCEDE"})


#: acts two parties do together, each an actor of it ("talks between X and Y", "an agreement between X and Y")
RECIPROCAL_TYPES = frozenset({"AGREE", "CONSULT", "COOPERATE", "SUPPORT"})
#: material events worth keeping even when no argument is a known actor ("gunmen attacked a village")
MATERIAL_TYPES = frozenset({"ASSAULT", "COERCE", "PROTEST", "MOBILIZE"})


ARGUMENT_DEPS = frozenset({"nsubj", "nsubjpass", "dobj", "agent"})


def _intent_code(cameo: str) -> str | None:
    """The CAMEO code for a commitment to do what ``cameo`` names: a cooperative act promised is an
    expression of intent (03x, AGREE), a hostile one a threat (13x, THREATEN); None for other acts."""
    root, three = cameo[:2], cameo[:3]
    if root == "04":
        return "039" if three == "045" else "036"  # to mediate, else to meet or negotiate
    if root == "05":
        return "032"
    if root == "06":
        return {"061": "0311", "062": "0312", "063": "0313", "064": "0314"}.get(three, "031")
    if root == "07":
        return {"071": "0331", "072": "0332", "073": "0333", "074": "0334"}.get(three, "033")
    if root == "08":
        return {"081": "0351", "082": "0352", "083": "034", "084": "0353", "085": "0354", "086": "0355",
                "087": "0356"}.get(three, "035")  # fmt: skip
    if root == "14":
        return "133"
    if root == "16":
        return {"161": "1313", "162": "1311", "163": "1312", "164": "134", "165": "135", "166": "136"}.get(three, "131")
    if root == "17":
        return {"172": "132", "1723": "1323", "1724": "1324"}.get(cameo[:4], "132" if three == "172" else "137")
    if root in ("18", "19", "20"):
        return {"191": "1381", "192": "1382", "204": "1385"}.get(three, "1384" if root == "19" else "1383")
    return None


def _ended_code(cameo: str) -> str | None:
    """The CAMEO code for ending the act ``cameo`` names (08: yield): ending a protest eases dissent (082), ending
    a boycott or an embargo eases sanctions (085), lifting a curfew or an emergency eases restrictions (081x),
    ending a blockade eases it (0872), ending an attack, a show of force or fighting de-escalates (087); ending
    an agreement ("scrapped the defence pact", "suspended the accord") reduces relations (161, PLOVER's withdrawal
    from a treaty), and so does ending support, cooperation or aid (160, 162); None for an act whose end is no
    yielding (a statement, a threat)."""
    root, three = cameo[:2], cameo[:3]
    if three == "057":
        return "161"
    if root == "14":
        return "082"
    if three in ("160", "162", "163"):
        return "085"
    if three == "172":
        return {"1723": "0813", "1724": "0814"}.get(cameo[:4], "081")
    if three == "191":
        return "0872"
    if root in ("15", "18", "19", "20"):
        return "087"
    # ending support, cooperation or aid reduces relations (16): "will stop supporting rebels", "halted its military
    # aid to Kyiv" (material aid stopped, 162, by kind)
    if three in ("071", "072"):
        return {"071": "1621", "072": "1622"}[three]
    if root == "07":
        return "162"
    if root in ("05", "06"):
        return "160"
    return None


def _ended(tok: Token) -> bool:
    """Whether the act of ``tok`` is ended by the word governing it rather than done: "halted its air strikes",
    "stopped shelling", "called off the strike", "gave up fighting", "a cessation of hostilities", "an end to the
    blockade"; not when the ending is denied or failed ("did not stop the attacks", "failed to stop massacres"),
    but when it is refused ("will not end the strike": a refusal to yield, see :func:`_refused`)."""
    head = tok.head
    if tok.dep_ == "pobj" and head.lower_ == "of" and head.head.lemma_.lower() in w.TIME_SPANS and head.head.dep_ == "dobj":
        # "the deal ends six years of war": what the span of time is of is what ends
        tok, head = head.head, head.head.head
    elif tok.dep_ == "pobj" and head.lower_ in ("of", "to") and head.head.pos_ == "NOUN":
        return head.head.lemma_.lower() in w.ENDING_NOUNS
    if tok.dep_ == "nsubj" and head.pos_ == "VERB" and head.lemma_.lower() in w.SUBSIDING_VERBS and not is_negated(head) and not any(
        c.dep_ in ("dobj", "xcomp") for c in head.children
    ):
        return True  # "fighting stopped after the two sides agreed to a ceasefire", "the protests ended"
    if tok.dep_ not in ("dobj", "xcomp", "nsubjpass") or head.pos_ != "VERB":
        return False
    if is_negated(head) and not _refused(tok):
        return False  # "did not stop the attacks"; but "will not end the strike" refuses to yield
    if tok.dep_ == "dobj" and head.lemma_.lower() in ("bring", "put") and any(
        g.lemma_.lower() in w.ENDING_NOUNS for g in sx.pobjs(head, "to")
    ):
        return True  # "brought that siege to an end", "put the blockade to a halt"
    if head.dep_ == "xcomp" and head.head.lemma_.lower() == "fail":
        return False
    if any(c.dep_ == "aux" and c.lower_ == "to" for c in head.children) and (
        head.dep_ == "advcl"
        or (head.dep_ in ("relcl", "acl") and head.head.lower_ in ("nothing", "little"))
        or (head.dep_ == "xcomp" and (
            is_negated(head.head) or any(c.dep_ == "dobj" and c.lower_ in ("nothing", "little") for c in head.head.children)
        ))
    ):
        # "launched an offensive to stop the rebels' advance", "has done nothing to stop the cleansing": a purpose
        # or a failure, the act goes on
        return False
    lemma = head.lemma_.lower()
    particles = [c.lower_ for c in head.children if c.dep_ == "prt"]
    if particles:
        return any(f"{lemma}_{p}" in w.ENDING_PHRASAL for p in particles)
    return lemma in w.ENDING_VERBS


#: the sectors of the state, which stop others' protests rather than their own
STOPPING_SECTORS = frozenset({"GOV", "MIL", "COP", "SPY"})


def _stopped_by_state(tok: Token, source: tuple[ActorMention, ...]) -> bool:
    """Whether the act noun ``tok`` is the object of a verb of ending ("halted the protest", "to stop new
    protests") whose subject, read as the act's source, is the state (the government, its forces, police), and
    the act is not said to be theirs ("halted their own march" is)."""
    return (
        tok.pos_ == "NOUN" and tok.dep_ == "dobj" and tok.head.pos_ == "VERB"
        and tok.head.lemma_.lower() in w.ENDING_VERBS | w.SUBSIDING_VERBS
        and not any(c.dep_ == "poss" for c in tok.children) and args.all_of_sectors(source, STOPPING_SECTORS)
    )  # fmt: skip


def _protested_in(doc: Doc, m: ActorMention) -> bool:
    """Whether ``m`` names where a protest is, after "in" or a place's "of" ("the streets of Santiago"), not whom
    it is against."""
    span = doc.char_span(m.start, m.end, alignment_mode="expand")
    if span is None or len(span) == 0 or span.root.dep_ != "pobj":
        return False
    prep = span.root.head
    return prep.lower_ in ("in", "across", "throughout") or (prep.lower_ == "of" and prep.head.lemma_.lower() in _PROTEST_PLACES)


#: the places a protest is held in whose "of" names a town ("the streets of Santiago")
_PROTEST_PLACES = w.AREA_NOUNS | {"street", "square", "centre", "center"}


#: sectors of a state's own power
STATE_SECTORS = frozenset({"GOV", "MIL", "COP", "JUD", "LEG", "SPY"})
#: sectors of people outside power who block in protest: activists and opposition, civilians, workers, students
PEOPLE_SECTORS = frozenset({"OPP", "CVL", "LAB", "EDU", "AGR", "BUS", "REL"})
#: sectors of those whose camp is a protest camp ("protesters set up a camp outside parliament"; not civilians, who
#: may be displaced: "refugees set up camps")
PROTEST_CAMPERS = frozenset({"OPP", "LAB", "EDU", "AGR"})


#: the words of a state's organs that protest by a complaint, not in the street
_DIPLOMATIC = re.compile(r"\b(?:ministry|ministries|embassy|embassies|government|consulate|foreign office|state department|"
                         r"kremlin|mission)\b", re.IGNORECASE)


def _complains(verb: Token, source: tuple[ActorMention, ...]) -> bool:
    """Whether the subject of ``verb`` is a state that protests by a complaint: a ministry, an embassy, a government,
    or a country by its bare name (not "a joint action committee", nor riders of an association named for a
    country)."""
    subject = sx.subject(verb)
    if subject is None or not source:
        return False
    words = subject.doc[subject.left_edge.i : subject.i + 1].text
    bare = subject.ent_type_ == "GPE" and subject.left_edge.i == subject.i == subject.right_edge.i
    return all(
        m.actor is not None
        and ((m.actor.sector == "GOV" and _DIPLOMATIC.search(words)) or (bool(m.actor.country) and m.actor.code == m.actor.country and bare))
        for m in source
    )  # fmt: skip


def _state(m: ActorMention) -> bool:
    """Whether a mention is a state or one of its arms: a country (named, not its people: "Young Algerians"), its
    government, forces, police, courts."""
    if m.actor is None or not m.actor.country:
        return False
    return m.actor.sector in STATE_SECTORS or (m.actor.code == m.actor.country and m.via != "demonym")


def _sending_preps(verb: Token) -> list[Token]:
    """The prepositions that say where what ``verb`` sends goes, on the verb or on what is sent."""
    heads = [verb, *(c for c in verb.children if c.dep_ == "dobj")]
    return [c for h in heads for c in h.children if c.dep_ in ("prep", "dative")]


def _sent_into(verb: Token) -> bool:
    """Whether what ``verb`` sends goes "into" somewhere."""
    return any(p.dep_ == "prep" and p.lower_ == "into" for p in _sending_preps(verb))


def _recalled_by_own(tok: Token, resolve: args.ActorResolver) -> tuple[tuple[ActorMention, ...], tuple[ActorMention, ...]] | None:
    """(whose envoy, where they serve) of an envoy recalled in the passive with no one named who recalls them
    ("Iran's envoy to Baku was recalled for consultations"); None when either is not named."""
    envoys = [c for c in tok.children if c.dep_ == "nsubjpass"]
    if not envoys or sx.agent(tok) is not None:
        return None
    own = tuple(m for m in args.actors(sx.with_conjuncts(envoys[0]), resolve) if m.resolved)
    posts = [g for e in envoys for g in sx.pobjs(e, "to", "in")]
    host = args.actors(posts, resolve) or args.place_country(posts, resolve)
    host = tuple(m for m in host if m.resolved and m.actor is not None
                 and m.actor.country not in {o.actor.country for o in own if o.actor is not None})  # fmt: skip
    return (own, host) if own and host else None


def _fought_for(sent: Token) -> list[Token]:
    """Whom forces ``sent`` are sent to fight for or beside ("sent mercenaries to fight for Azerbaijan", "...
    to fight alongside Azerbaijani forces")."""
    return [t for c in sent.children if sx.purpose_clause(c) and c.lemma_.lower() in w.FIGHTING_VERBS
            for g in sx.pobjs(c, "for", "alongside", "beside") for t in sx.with_conjuncts(g)]  # fmt: skip


def _sent_to_border_or_area(verb: Token) -> bool:
    """Whether what ``verb`` sends goes to a border or a frontier ("sent troops to the border with Kosovo"): a
    deployment against whom the border is shared with, not aid to them; or to an area named by a common noun
    ("soldiers were sent to the region to reinforce the garrison", "warships to waters near Taiwan"): a deployment,
    whoever they reinforce."""
    return any(
        p.lower_ in ("to", "towards", "toward") and any(
            g.dep_ == "pobj" and (g.lemma_.lower() in w.BORDER_NOUNS or (g.lemma_.lower() in w.AREA_NOUNS | w.OPEN_WATERS and not g.ent_type_))
            for g in p.children)
        for p in _sending_preps(verb)
    )  # fmt: skip


def _politicians(doers: tuple[ActorMention, ...]) -> bool:
    """Whether the doers named are all lawmakers or politicians (a legislature's members, "Republicans",
    "critics"), who attack with words."""
    return bool(doers) and all(
        (m.actor is not None and m.actor.sector == "LEG") or m.text.split()[-1].lower() in w.POLITICIAN_NOUNS for m in doers
    )


#: the sectors of critics, whose "fire" is words ("came under fire from opposition lawmakers")
CRITIC_SECTORS = frozenset({"GOV", "LEG", "OPP", "PTY", "ELI", "MED", "HRI", "NGO", "JUD", "CVL", "EDU", "BUS", "LAB", "REL"})


def _criticised_under_fire(verb: Token, doers: list[Token], source: tuple[ActorMention, ...]) -> bool:
    """Whether ``verb`` ("came", "fell") under fire is criticism: no armed doer ("from rebels", "from Russian
    artillery", "from Israel"), and either a reason given ("for failing to tell parliament", "over the plan"; not "for
    hours") or critics named as its doers ("from opposition lawmakers", "from an ex-whip")."""
    fire = [g for g in sx.pobjs(verb, "under") if g.lemma_.lower() == "fire"]
    if not fire or any(sx.counted(d).lemma_.lower() in w.ARMED_NOUNS for d in doers):
        return False
    if any(m.actor is not None and (m.actor.sector in IRREGULAR_SECTORS | {"MIL", "COP", "SPY"} or m.actor.sector is None) for m in source):
        return False
    reasons = [g for h in (verb, *fire) for p in h.children if p.dep_ == "prep" and p.lower_ in ("for", "over")
               for g in p.children if g.dep_ in ("pobj", "pcomp") and g.ent_type_ not in ("DATE", "TIME")
               and g.lemma_.lower() not in w.TIME_SPANS]  # fmt: skip
    critics = bool(source) and all(m.actor is not None and m.actor.sector in CRITIC_SECTORS for m in source)
    return bool(reasons) or critics


def _in_words(tok: Token) -> bool:
    """An attack made over or for what someone said or stands for ("attacked Haley over her support for
    Ukraine"), on it ("attacked the opposition's record on jobs"), or by a text ("the minister's speech attacked
    ..."): criticism, not force."""
    if any(g.lemma_.lower() in w.STANCE_OBJECTS for g in sx.pobjs(tok, "over", "for")):
        return True
    doer = sx.subject(tok)
    if doer is not None and sx.counted(doer).lemma_.lower() in w.ARMED_NOUNS:
        return False  # (armed men attack a position, or a plan's convoy, with arms)
    # (a text the verb's own subject, not a law: "the law prohibits targeting civilians")
    return any(c.dep_ == "dobj" and c.lemma_.lower() in w.STANCE_OBJECTS - {"position", "support"} for c in tok.children) or any(
        c.dep_ == "nsubj" and c.lemma_.lower() in _SPOKEN_TEXTS | w.ISSUED_TEXTS - drops.DOMESTIC_TEXTS for c in tok.children)


#: texts one says or writes, beside those one issues (words.ISSUED_TEXTS): what they attack is attacked in words
_SPOKEN_TEXTS = frozenset({"speech", "article", "editorial", "column", "op-ed", "ad", "advert", "advertisement", "interview", "book"})


#: cooperative acts and the CAMEO code of refusing them (12: reject): to yield (withdraw, release, ease), to give
#: material help, to meet; anything else is a rejection as such
REFUSED_CODES = {"RETREAT": "124", "CONCEDE": "124", "AID": "121", "COOPERATE": "121", "CONSULT": "125",
                 "AGREE": "120", "SUPPORT": "120"}  # fmt: skip


def _refused(tok: Token) -> bool:
    """Whether the act of ``tok`` is refused: negated with a future or a condition ("will not lift the embargo",
    "won't release them unless ..."), not reported as not having happened ("did not withdraw")."""
    head = sx.clause_head(tok)
    if not is_negated(head):
        return False
    undergone = [c for c in tok.children if c.dep_ == "nsubjpass"]
    if undergone and sx.agent(tok) is None and not any(drops.being(c) for c in undergone):
        return False  # "cheap meat will not be sold in our shops": no one is said to refuse
    return any(c.dep_ == "aux" and c.lower_ in w.FUTURE_AUX for c in head.children) or any(
        c.dep_ == "advcl" and any(g.dep_ == "mark" and g.lower_ in w.CONDITION_MARKS for g in c.children)
        for c in head.children
    )


def _is_commitment(tok: Token, sent: Span) -> bool:
    """True when the sentence reports an actor's commitment to the act of ``tok`` rather than the act:
    "said it will support", "X will provide aid, Y said", "is willing to withdraw", "ready to host"."""
    head = sx.clause_head(tok)
    if is_negated(head) or any(c.dep_ == "mark" and c.lower_ in ("if", "unless", "when", "whether") for c in head.children):
        return False
    if head.dep_ == "xcomp" and head.head.lemma_.lower() in w.WILLING_ADJS and not is_negated(head.head.head):
        return True
    if not any(c.dep_ == "aux" and c.lower_ in w.FUTURE_AUX for c in head.children):
        return False
    if head.dep_ == "ccomp" and head.head.lemma_.lower() in w.FORESEEING_VERBS:
        return False  # "everyone believes that Iran will attack", "analysts predict ...": a forecast, no threat
    if head.dep_ == "ccomp" and head.head.lemma_.lower() in SPEECH_VERBS:
        return True
    # "The UN will provide food aid, the WFP said": the report parsed as a conjunct of the reported act
    if any(c.dep_ in ("conj", "parataxis") and c.lemma_.lower() in SPEECH_VERBS and c.i > head.i for c in head.children):
        return True
    return attribute(head, sent) is not None


def _depth(tok: Token, found: dict[int, tuple[Token, Trigger]]) -> int:
    """How far a trigger's clause lies below the sentence's main clause. Reporting verbs that are no
    event themselves ("said", "announced"), light verbs governing their object ("held talks") and
    auxiliaries do not count, so the reported act comes first; adverbial and relative clauses and
    prepositional phrases count double."""
    depth = 0
    cur = tok
    for _ in range(12):
        if cur.head.i == cur.i:
            break
        head = cur.head
        lemma = head.lemma_.lower()
        dep = cur.dep_
        transparent = head.i not in found and (
            (lemma in SPEECH_VERBS and dep in ("ccomp", "parataxis", "conj", "xcomp"))
            or (head.pos_ in ("VERB", "AUX") and dep in ("dobj", "attr", "nsubjpass"))
            or (head.pos_ in ("AUX", "ADJ") and dep in ("xcomp", "acomp", "ccomp"))
            or dep == "conj"
            or (dep == "nsubj" and _happens(head))
            or (dep == "pobj" and _partaking(head))  # "took part in a protest": the clause's act
            or (dep == "prep" and _partaking(cur))
            # "held a new round of talks": the act a run of acts is of
            or (dep == "prep" and cur.lower_ == "of" and lemma in w.EPISODE_NOUNS)
            or (dep == "pobj" and head.lower_ == "of" and head.head.lemma_.lower() in w.EPISODE_NOUNS)
        )
        if not transparent:
            depth += 2 if dep in ("advcl", "relcl", "acl", "pobj", "prep", "npadvmod", "amod", "compound", "poss", "nmod") else 1
        cur = head
    return depth


def _partaking(prep: Token) -> bool:
    """Whether ``prep`` is the "in" of taking part in something ("took part in a protest", "participated in the
    strike"): what one takes part in is the clause's act."""
    if prep.lower_ != "in" or prep.dep_ != "prep":
        return False
    return sx.took_part_in(prep) or prep.head.lemma_.lower() in ("participate", "engage")


def _happens(verb: Token) -> bool:
    """A verb by which its subject happens ("the protest began", "a protest took place"): the clause reports
    the act its subject names."""
    lemma = verb.lemma_.lower()
    return lemma in w.HAPPENING_VERBS or (lemma == "take" and any(c.dep_ == "dobj" and c.lower_ == "place" for c in verb.children))


def _salience(c: Coded, depth: int) -> tuple[int, int, int, int]:
    """Sort key: main-clause events first (``depth``: :func:`_depth` of the trigger), then events with actors,
    verbs before nouns (a noun a light verb carries is that verb's act: "held a protest and demanded ..."),
    text order."""
    trig = c.trigger
    verbal = (
        trig.pos_ == "VERB"
        or (trig.dep_ == "dobj" and trig.head.lemma_.lower() in w.LIGHT_VERBS)
        or (trig.dep_ == "nsubj" and _happens(trig.head))  # "a protest took place": the clause's act
        or (trig.dep_ == "pobj" and _partaking(trig.head))  # "took part in a protest"
    )
    return (depth, 0 if c.source or c.target else 1, 0 if verbal else 1, trig.i)


def _aimed(trigger: Token) -> list[Token]:
    """The phrases an act is aimed at: its object, its passive subject, its targets' prepositions."""
    return [g for g in trigger.children if g.dep_ in ("dobj", "nsubjpass")] + sx.pobjs(trigger, *w.TARGET_PREPS)


def _told_attacks(proposed: list[tuple[Coded, str | None]], depths: dict[int, int]) -> dict[int, int]:
    """The order of a casualty told with no doer of its own and of the attack its clause tells ("two guards were
    killed when militants stormed a checkpoint", "civilians were wounded as government forces shelled the
    town"): trigger index -> the depth it sorts at, the attack at the
    casualty's, the casualty after it. Empty where the sentence tells no such pair."""
    ranks: dict[int, int] = {}
    kept = [c for c, dropped in proposed if dropped is None]
    for effect in kept:
        trig = effect.trigger
        if (trig.pos_ != "VERB" or trig.lemma_.lower() not in w.CASUALTY_VERBS
                or not any(c.dep_ == "auxpass" for c in trig.children) or sx.agent(trig) is not None):
            continue
        cause = next((c for c in kept if c.plover == "ASSAULT" and c.trigger.pos_ == "VERB" and c.trigger.dep_ == "advcl"
                      and c.trigger.head.i == trig.i and any(g.dep_ == "nsubj" for g in c.trigger.children)), None)
        if cause is not None:
            ranks[cause.trigger.i] = depths[trig.i]
            ranks[trig.i] = depths[trig.i] + 1
    return ranks


def _yielded_places(proposed: list[tuple[Coded, str | None]], depths: dict[int, int]) -> dict[int, int]:
    """The order of a place taken after others left it and of their leaving ("rebels took the town after government
    troops withdrew"): the leaving first, as event data files a non-violent transfer of territory (a side
    withdraws and the place changes hands unfought), the taking after it (trigger index -> the depth it sorts at)."""
    ranks: dict[int, int] = {}
    kept = {c.trigger.i: c for c, dropped in proposed if dropped is None}
    for taking in kept.values():
        if taking.row.cameo != "192" or taking.trigger.pos_ != "VERB":
            continue
        left = _left_before(taking.trigger)
        if left is not None and left.i in kept and kept[left.i].plover == "RETREAT":
            ranks[left.i] = depths[taking.trigger.i]
            ranks[taking.trigger.i] = depths[taking.trigger.i] + 1
    return ranks


#: CAMEO codes of lethal force: small arms, killing, bombs, artillery and missiles, air strikes, assassination
LETHAL_CODES = ("193", "1823", "183", "194", "195", "186")


def _intervention(c: Coded) -> bool:
    """An arrest, or coercion or force aimed at protesters (:data:`words.PROTESTER_NOUNS`, "thousands of
    demonstrators"): what the authorities do to a protest."""
    if c.plover not in ("COERCE", "ASSAULT") or c.trigger.lemma_.lower() in w.EXECUTING_VERBS:
        return False
    if c.row.cameo.startswith("173"):  # arrest, detain
        return True
    if c.row.cameo.startswith(LETHAL_CODES) and any(m.actor is not None and m.actor.sector in ("COP", "MIL") for m in c.source):
        # police or troops named shooting or killing protesters use lethal force against them, which event data
        # files as such (excessive force against protesters), not as the protest's policing (tear gas, water
        # cannon, beatings, dispersal); who else attacks a protest, or deaths with no doer named, stay its sequel
        return False
    # ("fired tear gas to disperse student protesters": what the force is used for names whom it is aimed at)
    purposes = [p for p in c.trigger.children if sx.purpose_clause(p)]
    return any(_crowd(g) is not None for g in _aimed(c.trigger) + [g for p in purposes for g in _aimed(p)])


def _grounds_of(noun: Token, arrests: dict[int, Coded]) -> Coded | None:
    """The arrest of ``arrests`` (by trigger index) that ``noun`` (a protest's noun) gives the grounds of ("jailed two
    activists for their role in the protests", "arrested 12 people suspected of involvement in the riot", "detained
    them for taking part in the demonstration", "arrested a journalist who had covered the protests"), or None: the
    protest was before it, and the arrest no intervention in it."""
    if noun.pos_ != "NOUN":
        return None
    cur, said = noun, False
    for _ in range(6):
        head = cur.head
        if head.i == cur.i:
            return None
        if head.i in arrests:
            return arrests[head.i] if said or (cur.dep_ == "prep" and cur.lower_ in ("for", "over")) else None
        if (cur.dep_ == "relcl" and head.dep_ in ("dobj", "nsubjpass") and head.head.i in arrests
                and cur.lemma_.lower() not in w.PARTAKING_VERBS | w.PROTESTING_VERBS | {"take", "join"}):
            # "arrested a journalist who had reported on the protests": what the clause says the arrested did (not
            # "detained villagers who were joining the rally": arrested in it)
            return arrests[head.head.i]
        said = said or head.lemma_.lower() in w.GROUNDS_WORDS or head.lower_ in w.GROUNDS_WORDS
        cur = head
    return None


def _took_part(noun: Token, arrest: Coded) -> bool:
    """Whether the phrase from an arrest down to the act ``noun`` names says the arrested took part in it ("for
    their role in the protests", "for taking part in the demonstration"), not that they did something else to it
    ("for covering the protest": reporters)."""
    cur = noun.head
    while cur.i != arrest.trigger.i and cur.head.i != cur.i:
        if cur.pos_ == "VERB" and cur.lemma_.lower() not in w.GROUNDS_WORDS | w.PARTAKING_VERBS:
            return False
        cur = cur.head
    return True


def _arrest_grounds(proposed: list[tuple[Coded, str | None]]) -> tuple[list[tuple[Coded, str | None]], set[int]]:
    """``proposed`` with a protest the rules keep that an arrest gives the grounds of (:func:`_grounds_of`) made the
    arrested's, not the arresting side's ("the court jailed two activists for their role in the protests": the
    activists protested); and the trigger indices of every protest that is an arrest's grounds."""
    arrests = {c.trigger.i: c for c, dropped in proposed if dropped is None and c.row.cameo.startswith("173")}
    out = []
    grounds: set[int] = set()
    for c, dropped in proposed:
        arrest = _grounds_of(c.trigger, arrests) if c.plover == "PROTEST" and arrests else None
        if arrest is not None:
            grounds.add(c.trigger.i)
            if dropped is None and (not c.source or {m.actor for m in c.source} <= {m.actor for m in arrest.source}):
                c = replace(c, source=arrest.target if _took_part(c.trigger, arrest) else (), target=())
        out.append((c, dropped))
    return out, grounds


def _protest_violence(proposed: list[tuple[Coded, str | None]]) -> tuple[list[tuple[Coded, str | None]], set[int]]:
    """Acts of force by protesters or rioters in the course of a protest the sentence names ("rioters looted shops
    during the protest", "protesters torched cars amid the demonstrations"): a violent demonstration, the protest
    first, theirs (``proposed`` with the protest given their side, and the acts' trigger indices)."""
    acts: set[int] = set()
    out = list(proposed)
    for n, (p, why) in enumerate(proposed):
        if why is not None or p.plover != "PROTEST" or p.trigger.dep_ != "pobj" or p.trigger.head.lower_ not in ("during", "amid"):
            continue
        verb = p.trigger.head.head
        heads = {verb.i, verb.head.i} if verb.dep_ == "conj" else {verb.i}
        violent = [c for c, dropped in proposed if dropped is None and c.plover == "ASSAULT" and c.source
                   and all(m.actor is not None and m.actor.sector == "OPP" for m in c.source)
                   and (c.trigger.i in heads or (c.trigger.dep_ == "conj" and c.trigger.head.i in heads))]  # fmt: skip
        if violent:
            acts |= {c.trigger.i for c in violent}
            if not p.source:
                out[n] = (replace(p, source=violent[0].source), why)
    return out, acts


def _sequel(c: Coded, interventions: set[int]) -> bool:
    """Whether ``c`` follows from one of the triggers ``interventions``, a verb joined to it or a clause of it
    ("opened fire on demonstrators, killing four", "arrested dozens of protesters and released them hours later")."""
    trig = c.trigger
    if c.plover == "PROTEST" or trig.pos_ != "VERB" or trig.head.i not in interventions:
        return False
    # (a clause of its own is none: "detained demonstrators as students marched", "fired tear gas while
    # clashing with protesters")
    return trig.dep_ == "conj" or (trig.dep_ == "advcl" and trig.tag_ == "VBG" and not any(
        c.dep_ in ("mark", "nsubj", "nsubjpass") for c in trig.children))


def _crowd(aimed: Token) -> Token | None:
    """The crowd of protesters a phrase force is aimed at names (:data:`words.PROTESTER_NOUNS`: "thousands of
    demonstrators"), or the people it disperses ("to disperse Kurdish activists": a crowd dispersed was
    gathered in protest); None when it names none."""
    crowd = next((t for t in aimed.subtree if t.lemma_.lower() in w.PROTESTER_NOUNS and t.pos_ == "NOUN"), None)
    if crowd is None and aimed.head.lemma_.lower() == "disperse" and aimed.lemma_.lower() in w.DISPERSED_PEOPLE:
        crowd = aimed
    if crowd is None and any(c.dep_ in ("amod", "compound") and c.tag_ == "VBG" and c.lemma_.lower() in w.PROTESTING_VERBS
                             for c in aimed.children):
        crowd = aimed  # "protesting residents were beaten": people described as protesting
    return crowd


def _intent_noun(verb: Token) -> Token | None:
    """The intent or attempt noun an infinitive names what it is of ("a plan to build", "the decision to
    send"), if it hangs from one."""
    noun = verb.head
    if any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children) and noun.lemma_.lower() in w.INTENT_NOUNS:
        return noun
    return None


def _sent_to_do(verb: Token) -> bool:
    """Whether ``verb`` is the infinitive of what those a sending verb sends are to do ("sent a team to X to
    investigate")."""
    return (
        verb.dep_ in ("advcl", "xcomp")
        and verb.head.lemma_.lower() in w.SENDING_VERBS
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)
    )


def _trained_for_another(trained: tuple[ActorMention, ...], trainer: tuple[ActorMention, ...]) -> bool:
    """Whether the forces ``trained`` are another side's than the ``trainer``'s: of another country ("Ukrainian
    soldiers"), or no state's forces ("fighters of a rebel group")."""
    own = {m.actor.country for m in trainer if m.actor is not None and m.actor.country}
    return any(m.actor is not None and ((m.actor.country is not None and m.actor.country not in own)
                                        or m.actor.sector not in STATE_SECTORS) for m in trained)  # fmt: skip


def _not_senders_own(mentions: tuple[ActorMention, ...], source: tuple[ActorMention, ...]) -> tuple[ActorMention, ...]:
    """``mentions`` without the sender's own forces ("sent troops": its military, of its country): what is
    sent is no target; the sender's country itself, or another's, may be."""
    own = {m.actor.country for m in source if m.actor is not None and m.actor.country}
    return tuple(m for m in mentions if m.actor is None or m.actor.country not in own or m.actor.code == m.actor.country)


def _policy_owner(verb: Token) -> Token | None:
    """Whose intent or policy a gerund after "of" names, by its possessive ("Tehran's position of supporting
    Azerbaijan"): the one who has the policy does what it names."""
    if verb.dep_ != "pcomp" or verb.tag_ != "VBG" or verb.head.lower_ != "of":
        return None
    noun = verb.head.head
    return _named_owner(noun) if noun.lemma_.lower() in w.INTENT_NOUNS else None


def _named_owner(noun: Token) -> Token | None:
    """The possessive or the nationality word that names whose ``noun`` (a plan, a policy) is ("Moscow's decision",
    "the Israeli decision"); not a pronoun."""
    owner = next((c for c in noun.children if c.dep_ == "poss" and c.pos_ != "PRON"), None)
    # (a nationality word, not a place's name, which may name what the plan is about: "announced a Syria plan to
    # withdraw US troops")
    return owner or next((c for c in noun.children if c.dep_ in ("amod", "compound") and c.ent_type_ == "NORP"
                          and not sx.for_or_against(c)), None)  # fmt: skip


def _intended(verb: Token) -> bool:
    """An infinitive that names what an intent or attempt held by a verb's subject is ("made an attempt to
    retake", "expressed wishes to annex", "has a plan to build")."""
    noun = _intent_noun(verb)
    return noun is not None and noun.dep_ in ("dobj", "attr")


#: the sectors of armed men who are no state's forces
IRREGULAR_SECTORS = frozenset({"UAF", "REB", "CRM", "RAD", "INS"})


def _met_protests(
    proposed: list[tuple[Coded, str | None]], found: dict[int, tuple[Token, Trigger]], resolve: args.ActorResolver
) -> list[tuple[Coded, str | None]]:
    """``proposed`` with the protest that force or arrests aimed at a protest meet, where the rules keep no
    protest of the sentence: the protest aimed at is an event of its own ("Israeli forces attacked a peaceful
    protest"), and protesters aimed at protested ("police fired tear gas to disperse student protesters",
    "arrested dozens of demonstrators": CAMEO 141, the crowd as its source), as event data files a protest
    with intervention."""
    out = list(proposed)
    # (with whether the force aimed is of no state: "gunmen", "rebels")
    # (not an execution: "the regime is hanging protesters" kills them long after any protest)
    aimed_by = [(g, args.all_of_sectors(c.source, IRREGULAR_SECTORS)) for c, dropped in proposed
                if dropped is None and c.plover in ("COERCE", "ASSAULT") and c.trigger.lemma_.lower() not in w.EXECUTING_VERBS
                for g in _aimed(c.trigger)]  # fmt: skip
    aimed = [g for g, _ in aimed_by]
    for g in (g for g in aimed if g.lemma_.lower() in w.PROTEST_NOUNS):
        if g.dep_ in ("dobj", "nsubjpass") and g.head.lemma_.lower() in w.PREVENTING_VERBS | w.FORBIDDING_VERBS:
            continue  # "the government banned all rallies": none is said to have been held
        at = next((n for n, (k, _) in enumerate(out) if k.trigger.i == g.i and k.plover == "PROTEST"), None)
        if at is not None and out[at][1] == "carried":
            # (a carried act's sides were not read: "dispersed a rally by opposition supporters" is theirs)
            # (not the force's own side, which the noun's arguments give a verb's object: "attacked a protest")
            forcing = set(sx.with_conjuncts(sx.subject(g.head))) if g.dep_ == "dobj" else set()
            own = [t for t in args.noun_arguments(g)[0] if t not in forcing]
            protesters = out[at][0].source or tuple(m for m in args.actors(own, resolve) if m.resolved)
            out[at] = (replace(out[at][0], source=protesters), None)
            # the force aimed at the protest, with no one named as its target, is aimed at them
            out = [(replace(k, target=protesters) if dropped is None and not k.target and k.plover in ("COERCE", "ASSAULT")
                    and g in _aimed(k.trigger) else k, dropped) for k, dropped in out]  # fmt: skip
    if any(c.plover == "PROTEST" and dropped is None for c, dropped in out):
        return out
    seen: set[int] = set()
    # (a crowd or a mob that gunmen or rebels fire on was not gathered in protest for it: "gunmen fired at the
    # crowd"; one the state's forces or the police fire on or disperse is, as event data files it)
    by_state = [g for g, irregular in aimed_by if not irregular]
    for g in aimed:
        crowd = _crowd(g)
        if crowd is None or crowd.i in found or crowd.i in seen:
            continue
        if crowd.lemma_.lower() in w.GATHERED_NOUNS and g not in by_state:
            continue
        seen.add(crowd.i)
        row = Trigger("N", crowd.lemma_.lower(), "141", None, frozenset(), None, ())
        out.append((Coded(crowd, row, args.actors([_counted(crowd)], resolve), ()), None))
    return out


def _counted(crowd: Token) -> Token:
    """The phrase that counts a crowd ("hundreds of demonstrators"), or the crowd itself."""
    phrase = crowd
    while phrase.dep_ == "pobj" and phrase.head.lower_ == "of" and phrase.head.head.lower_ in w.COUNT_NOUNS:
        phrase = phrase.head.head
    return phrase


def _crowd_protests(proposed: list[tuple[Coded, str | None]], resolve: args.ActorResolver) -> list[tuple[Coded, str | None]]:
    """``proposed`` with a protest the sentence names without its protesters ("as protests continued") made
    theirs whom the authorities' intervention in it is aimed at ("police detained dozens of demonstrators in
    Yerevan as protests continued": the demonstrators protested)."""
    if not any(c.plover == "PROTEST" and not c.source and dropped is None for c, dropped in proposed):
        return proposed
    crowd = next((crowd for c, dropped in proposed if dropped is None and _intervention(c)
                  for g in _aimed(c.trigger) if (crowd := _crowd(g)) is not None), None)  # fmt: skip
    if crowd is None:
        return proposed
    protesters = args.actors([_counted(crowd)], resolve)
    return [
        (replace(c, source=protesters) if c.plover == "PROTEST" and not c.source and dropped is None else c, dropped)
        for c, dropped in proposed
    ]


#: the words that join two clauses of what happens at the same time
_AT_THE_TIME = ("as", "when", "while")


def _policed_protests(proposed: list[tuple[Coded, str | None]]) -> list[tuple[Coded, str | None]]:
    """``proposed`` with the force the police or troops use, aimed at no one named, aimed at whoever protests at the
    same time ("police fired tear gas as hundreds of students marched", "students marched while troops fired on
    them"): the protest's clause and the force's are joined by "as", "when" or "while"."""
    protests = [c for c, dropped in proposed if dropped is None and c.plover == "PROTEST" and c.source]
    if not protests:
        return proposed

    def joined(a: Token, b: Token) -> bool:
        if a.dep_ == "pcomp" and a.head.lower_ in _AT_THE_TIME and a.head.head.i == b.i:
            return True  # (the parser may make "as" a preposition the clause hangs from)
        return a.dep_ == "advcl" and a.head.i == b.i and any(g.dep_ == "mark" and g.lower_ in _AT_THE_TIME for g in a.children)

    out = []
    for c, dropped in proposed:
        if (dropped is None and not c.target and c.plover in ("COERCE", "ASSAULT") and c.source
                and args.all_of_sectors(c.source, frozenset({"COP", "MIL"}))):
            force = sx.clause_head(c.trigger)
            met = next((p for p in protests if joined(sx.clause_head(p.trigger), force) or joined(force, sx.clause_head(p.trigger))), None)
            if met is not None:
                c = replace(c, target=met.source)
        out.append((c, dropped))
    return out


def _conditioned(verb: Token, source: tuple[ActorMention, ...], resolve: args.ActorResolver) -> tuple[ActorMention, ...]:
    """Whom the first condition ``verb`` sets ("... if Israel attacks", "... until Pyongyang halts its tests") is set
    for: its subject, unless one of ``source``'s own ("will retaliate if it is attacked": the threatener)."""
    condition = next(iter(sx.condition_clauses(verb)), None)
    doer = next((c for c in condition.children if c.dep_ == "nsubj"), None) if condition is not None else None
    return _not_own(args.resolved_first([sx.with_conjuncts(doer)], resolve), source) if doer is not None else ()


def _obligation(tok: Token) -> Token | None:
    """The reporting verb of "X said (that) Y must do Z": a demand by X that Y do Z."""
    cur = sx.clause_head(tok)
    if cur.dep_ == "xcomp" and cur.head.pos_ in ("ADJ", "AUX"):  # "must be ready to mediate"
        cur = cur.head.head if cur.head.pos_ == "ADJ" else cur.head
    if not any(c.dep_ == "aux" and c.lower_ in w.OBLIGATION_AUX for c in cur.children):
        return None
    if cur.dep_ in ("ccomp", "parataxis") and cur.head.lemma_.lower() in SPEECH_VERBS | {"reiterate", "declare", "demand"}:
        return cur.head
    # "issued a reminder to Iraq that it must cooperate": the message's sender demands it
    if cur.dep_ in ("acl", "ccomp") and cur.head.lemma_.lower() in w.MESSAGE_NOUNS and cur.head.head.pos_ == "VERB":
        return cur.head.head
    return None


def _material_with_participants(verb: Token, plover: str) -> bool:
    """A violent, coercive or protest act whose participants are named by common nouns ("militants",
    "protesters", "two civilians") rather than by actors the table knows: still an event."""
    if plover in ("AGREE", "SUPPORT", "RETREAT") and any(t.lemma_.lower() in w.PEACE_WORDS for t in verb.subtree if t.i > verb.i):
        # "the two warring factions agreed to a truce", "the rival groups signed a peace accord": an end to
        # fighting, whoever the parties
        return any(c.dep_ in ("nsubj", "nsubjpass") and c.pos_ == "NOUN" for c in verb.children)
    if plover not in MATERIAL_TYPES:
        return False
    for c in verb.children:
        if c.dep_ in ARGUMENT_DEPS and c.pos_ in ("NOUN", "PROPN"):
            return True
        if c.dep_ == "agent" and any(g.dep_ == "pobj" and g.pos_ in ("NOUN", "PROPN") for g in c.children):
            return True
    return verb.dep_ in ("acl", "relcl") and verb.head.pos_ in ("NOUN", "PROPN")


def _by_protesters(verb: Token, *, mob: bool = True, rioters: bool = True) -> bool:
    """True when the subject of ``verb`` is protesters, or a number of them ("thousands of demonstrators");
    without ``mob``, a mob does not count (a mob's beating is violence, not a protest), without ``rioters``
    neither do rioters."""
    subj = sx.subject(verb)
    if subj is None:
        return False
    heads = [subj, *sx.pobjs(subj, "of")]
    left_out = {word for word, counted in (("mob", mob), ("rioter", rioters)) if not counted}
    return any(t.lemma_.lower() in w.PROTESTER_NOUNS and t.lemma_.lower() not in left_out for t in heads)


def _during_protest(verb: Token) -> bool:
    """Whether unarmed people (no forces, no police) do ``verb`` during, at or amid a demonstration ("hundreds of
    youths stoned police vehicles during a demonstration"): its participants' violence, a riot."""
    subject = sx.subject(verb)
    if subject is None or sx.counted(subject).lemma_.lower() in w.ARMED_NOUNS or subject.pos_ == "PRON":
        return False
    return any(g.lemma_.lower() in w.PROTEST_NOUNS for g in sx.pobjs(verb, "during", "at", "amid", "amidst"))


#: the sectors of people who may take to the street: those outside power who block in protest, and nurses,
#: lawyers, journalists, refugees and notables
CROWD_SECTORS = PEOPLE_SECTORS | {"HLH", "JUD", "MED", "REF", "ELI"}


def _demonstrated(verb: Token, source: tuple[ActorMention, ...], found: dict[int, tuple[Token, Trigger]]) -> bool:
    """True when a demand is what a group of people does a thing of no event of its own for ("farmers dumped
    vegetables in front of the parliament to demand better prices", "workers downed tools to demand their wages"):
    an act of protest. Not a speech or a request made in words ("wrote to the minister to demand"), nor a
    state's or an armed group's."""
    act = verb.head
    if verb.dep_ != "advcl" or not any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        return False
    if act.pos_ != "VERB" or act.i in found or act.lemma_.lower() in SPEECH_VERBS | w.COMMENT_VERBS | w.ISSUING_VERBS:
        return False
    return bool(source) and all(m.actor is not None and m.actor.sector in CROWD_SECTORS for m in source)


def _protest_demand(verb: Token, found: dict[int, tuple[Token, Trigger]]) -> bool:
    """True when the demand ``verb`` makes hangs from a protest the sentence reports, or one hangs from it
    (within two arcs, or beside it under one verb): "protested in the capital, demanding ...", "staged a
    demonstration to demand ...", "held a sit-in, demanding ...". The parser may make either the head of the
    other."""
    near = [verb.head, verb.head.head, *verb.head.children, *verb.children, *(g for c in verb.children for g in c.children),
            *(g for c in verb.head.children if c.dep_ == "prep" for g in c.children)]  # ("took part in a protest")
    root = sx.verbless_head(verb)
    if root is not None and verb.head.i == root.i:
        # "Supporters of a cleric protested in the city, demanding ...": the parser hangs both verbs from the
        # subject's nouns, the sentence having no verb for a head
        near += [t for t in root.subtree if t.dep_ == "acl" and t.pos_ == "VERB" and sx.verbless_head(t) is not None]
    def held(t: Token) -> bool:
        # the protest as an act of its own, not something done to it ("police dispersed the protest")
        return t.pos_ == "VERB" or t.dep_ in ("nsubj", "ROOT") or (t.dep_ == "dobj" and t.head.lemma_.lower() in w.LIGHT_VERBS) or (
            t.dep_ == "pobj" and _partaking(t.head))  # "took part in a protest ..., demanding"

    return any(
        t.i != verb.i and t.i in found and lookup(found[t.i][1].cameo).plover == "PROTEST" and held(t)
        for t in near
    )


#: the prepositions of the sides of a fight ("clashed with police", "fighting between police and protesters")
FIGHT_PREPS = ("with", "against", "between")


def _protesters_take_part(tok: Token) -> bool:
    """True when a subject of ``tok`` or the side it is fought "with", "against" or "between" are protesters."""
    sides: list[Token] = [t for c in tok.children if c.dep_ in ("nsubj", "nsubjpass", "dobj") for t in sx.with_conjuncts(c)]
    sides += [t for g in sx.pobjs(tok, *FIGHT_PREPS) for t in sx.with_conjuncts(g)]
    if tok.pos_ != "VERB":
        verb = sx.verb_above(tok)
        if tok.dep_ in ("dobj", "pobj") and verb is not None:
            sides.extend(sx.with_conjuncts(sx.subject(verb)))
        if tok.dep_ == "nsubj" and verb is not None:
            # "clashes broke out between police and protesters": the sides hang from the verb the fighting is
            # the subject of
            sides += [t for g in sx.pobjs(verb, *FIGHT_PREPS) for t in sx.with_conjuncts(g)]
    return any(t.lemma_.lower() in w.PROTESTER_NOUNS for t in sides)


def _demands(sent: Span, found: dict[int, tuple[Token, Trigger]], resolve: args.ActorResolver) -> list[Coded]:
    """"X declared that Y must drop its barriers", where the obliged act is no event of the lexicon: X
    demands it of Y, when both are known actors (the demands whose act is an event are coded with it)."""
    out: list[Coded] = []
    if not tr.obliging(sent):
        return out  # no "must" nor "should": no obligation to report (see _obligation)
    doc = sent.doc
    for i in tr.verb_indices(sent):
        if i in found:
            continue
        tok = doc[i]
        speech = _obligation(tok)
        if speech is None or speech.i in found:
            continue
        obliged = tuple(m for m in args.actors(sx.with_conjuncts(sx.subject(tok)), resolve) if m.resolved)
        if not obliged:
            obliged = tuple(m for m in args.pick_target(speech, resolve) if m.resolved)
        demander = tuple(m for m in args.actors(sx.with_conjuncts(sx.subject(speech)), resolve) if m.resolved)
        # (no one demands a thing of themselves: "the EU says intervention must be avoided" obliges no one named)
        obliged = _not_own(obliged, demander)
        if obliged and demander:
            demand = Trigger("V", speech.lemma_.lower(), "100", None, frozenset(), None, ())
            found[speech.i] = (speech, demand)
            out.append(Coded(speech, demand, demander, obliged))
    return out


def _reckonings(sent: Span, found: dict[int, tuple[Token, Trigger]], resolve: args.ActorResolver) -> list[Coded]:
    """"X said Y will pay for its crimes", "Y would pay a heavy price, X told reporters": X threatens Y (CAMEO 130),
    when both are known actors (where X "warned" it, the warning is the threat already)."""
    out: list[Coded] = []
    for tok in sent:
        if tok.lemma_.lower() != "pay" or tok.pos_ != "VERB" or tok.i in found:
            continue
        if not any(c.dep_ == "aux" and c.lower_ in w.FUTURE_AUX for c in tok.children) or is_negated(tok):
            continue
        if not (sx.pobjs(tok, "for") or any(c.dep_ == "dobj" and c.lemma_.lower() == "price" for c in tok.children)):
            continue  # ("Iran will pay the salaries"): a sum paid, no reckoning
        speech = tok.head if tok.dep_ in ("ccomp", "parataxis") else None
        if speech is None or speech.i in found or speech.lemma_.lower() not in SPEECH_VERBS | {"declare", "insist", "vow"}:
            continue
        threatened = tuple(m for m in args.actors(sx.with_conjuncts(sx.subject(tok)), resolve) if m.resolved)
        threatening = tuple(m for m in args.actors(sx.with_conjuncts(sx.subject(speech)), resolve) if m.resolved)
        if threatened and threatening:
            row = Trigger("V", "pay", "130", None, frozenset(), None, ())
            found[tok.i] = (tok, row)
            out.append(Coded(tok, row, threatening, threatened))
    return out


def _weapon_of(words: list[Token]) -> tuple[str, str] | None:
    """The CAMEO code and PLOVER mode of the first of ``words`` that names a weapon (words.WEAPON_DOERS)."""
    return next(((code, mode) for t in words for code, mode, nouns in w.WEAPON_DOERS if t.lemma_.lower() in nouns), None)


def _weapon_doer(verb: Token) -> tuple[str, str] | None:
    """The CAMEO code and PLOVER mode of the weapon an act is done by or with: the weapon a noun is named by ("a
    missile attack", "drone strikes"); for a verb, what it is done with ("attacked the plant with drones"), the
    weapon its object is named by ("launched a missile attack"), its subject ("a roadside bomb struck a convoy",
    "an explosion killed ten"), or the subject of the verb a participle goes on from ("a grenade was thrown at a
    bar, injuring four"); None when no weapon is named so."""
    if verb.pos_ == "NOUN":
        return _weapon_of([c for c in verb.children if c.dep_ in ("compound", "amod")])
    used = [g for g in sx.pobjs(verb, "with") if g.lemma_.lower() not in ("help", "support", "assistance")]
    used += [c for o in verb.children if o.dep_ == "dobj" and o.pos_ == "NOUN" and ("N", o.lemma_.lower()) in triggers()
             for c in o.children if c.dep_ in ("compound", "amod")]  # fmt: skip
    found = _weapon_of(used)
    if found is not None:
        return found
    subj = sx.subject(verb)
    if subj is None and verb.dep_ in ("advcl", "conj", "xcomp") and verb.tag_ == "VBG":
        # (the passive's subject too: "a grenade was thrown")
        head = verb.head
        subj = sx.subject(head) or next((c for c in head.children if c.dep_ == "nsubjpass"), None)
    return _weapon_of([subj]) if subj is not None else None


def _unopposed(verb: Token) -> bool:
    """Whether a taking says no force was used: "without a fight", "without firing a shot", "peacefully",
    "unopposed", or what is taken was left empty ("took over the abandoned base", "recaptured the city after
    government forces pulled out of it": :func:`_left_before`)."""
    if _left_before(verb) is not None:
        return True
    for c in verb.children:
        if c.dep_ == "dobj" and any(a.dep_ in ("amod", "conj") and a.lower_ in w.UNOPPOSED_STATES
                                    for m in c.children if m.dep_ == "amod" for a in (m, *m.children)):  # fmt: skip
            return True
        if c.dep_ in ("advmod", "acomp", "oprd", "xcomp", "ccomp") and c.lower_ in w.UNOPPOSED_ADVS:
            return True
        if c.dep_ == "prep" and c.lower_ == "without":
            # "without a fight", "without firing a shot" (the object of the gerund)
            said = [o for o in c.children if o.dep_ == "pobj"]
            said += [d for o in c.children if o.dep_ == "pcomp" for d in o.children if d.dep_ == "dobj"]
            if any(t.lemma_.lower() in w.UNOPPOSED_NOUNS for t in said):
                return True
    return False


def _relief_site(verb: Token) -> bool:
    """Whether the place ``verb`` sets up is one of relief: a word of relief on it or in its "for" ("refugee camps",
    "a medical camp", "camps for flood victims", "for the displaced")."""
    for o in (c for c in verb.children if c.dep_ == "dobj"):
        said = [g for g in o.children if g.dep_ in ("compound", "amod")]
        said += [t for p in (*o.children, *verb.children) if p.dep_ == "prep" and p.lower_ == "for"
                 for g in p.children if g.dep_ == "pobj" for t in (g, *g.children)]  # fmt: skip
        if any(drops.relief_word(t) for t in said):
            return True
    return False


def _raid_to_arrest(raid: Token) -> bool:
    """Whether a raid is made to arrest people: a purpose of arresting on it or on the light verb that carries its
    noun ("raided homes to arrest suspects", "conducted raids to detain religious leaders")."""
    holders = [raid, raid.head] if raid.pos_ == "NOUN" and raid.dep_ == "dobj" else [raid]
    return any(c.dep_ in ("advcl", "xcomp", "acl", "relcl") and c.lemma_.lower() in w.ARRESTING_VERBS
               and any(g.dep_ == "aux" and g.lower_ == "to" for g in c.children)
               for h in holders for c in h.children)  # fmt: skip


def _maker_of(participle: Token) -> Token | None:
    """The verb whose subject made what a participle of reacting or of brokering describes: "France delivered armoured
    vehicles to Armenia in a move condemned by Baku" (the delivering), "Serbia and Kosovo signed an agreement mediated
    by the EU", "restored ties in a deal mediated by China" (the signing, the restoring); None where there is none."""
    if participle.pos_ != "VERB" or participle.dep_ != "acl":
        return None
    noun, lemma = participle.head, participle.lemma_.lower()
    done_in = noun.dep_ == "pobj" and noun.head.head.pos_ == "VERB"
    if lemma in w.REACTING_VERBS and noun.lemma_.lower() in ("move", "step", "decision") and done_in and noun.head.lower_ == "in":
        return noun.head.head
    if lemma in w.BROKERING_VERBS:
        if noun.dep_ == "dobj" and noun.head.lemma_.lower() in w.SIGNING_VERBS | {"reach", "conclude", "accept"}:
            return noun.head
        if done_in and noun.head.lower_ in ("in", "under", "through"):
            return noun.head.head
    return None


#: the types of acts of cooperation, whose noun with no one named only described is no event (_described)
_COOPERATIVE_TYPES = frozenset({"AGREE", "SUPPORT", "AID", "CONSULT", "COOPERATE", "REQUEST"})

#: verbs that link a subject to what it is said to be ("is", "remains", "must continue to be")
_LINKING = frozenset({"be", "remain", "become", "seem", "continue"})


#: the auxiliaries of what would or might be
_POSSIBILITY_AUX = frozenset({"would", "could", "might", "may", "'d"})


def _described(noun: Token) -> bool:
    """Whether a noun is the subject of a verb that only says what it is like ("the promise was a short ride",
    "supplies aren't cheap", "unity must go on being our strength"), not what it did."""
    verb = noun.head
    if noun.dep_ != "nsubj" or verb.lemma_.lower() not in _LINKING:
        return False
    heads = [verb, *(c for c in verb.children if c.dep_ == "xcomp" and c.lemma_.lower() == "be")]
    return any(c.dep_ in ("attr", "acomp") for h in heads for c in h.children)


def _campers(verb: Token) -> bool:
    """Whether ``verb`` sets up a camp by people named by a common noun that bear no arms ("the scouts set up camp")."""
    subj = sx.subject(verb)
    return (subj is not None and subj.pos_ == "NOUN" and sx.counted(subj).lemma_.lower() not in w.ARMED_NOUNS
            and any(c.dep_ == "dobj" and c.lemma_.lower() == "camp" for c in verb.children))  # fmt: skip


def _war_counted(war: Token) -> bool:
    """Whether ``war`` is counted out in time ("six years of war", "after months of war"): the war itself."""
    return war.head.lower_ == "of" and war.head.head.lemma_.lower() in ("year", "month", "decade", "week", "day")


def _left_before(verb: Token) -> Token | None:
    """The verb of a clause of ``verb`` that says others left before it ("rebels took the town after government
    troops withdrew", "the militia retook the airport after the army left it"): the taking was unfought.
    None when it says none."""
    doer = sx.subject(verb)
    # (the parser may hang the clause from a word saying the taking was unopposed: "entered the town unopposed
    # after the army retreated")
    said = [g for c in verb.children if c.lower_ in w.UNOPPOSED_ADVS for g in c.children]
    for c in [*verb.children, *said]:
        if c.dep_ != "advcl" or c.lemma_.lower() not in w.WITHDRAWING_VERBS | w.LEAVING_VERBS | {"retreat", "flee"}:
            continue
        if not any(m.dep_ == "mark" and m.lower_ in ("after", "once") for m in c.children):
            continue
        leaver = sx.subject(c)
        if leaver is not None and (doer is None or leaver.lemma_.lower() != doer.lemma_.lower()):
            return c
    return None


def _committed_to(noun: Token) -> Token | None:
    """The "committed" an agreement noun is the object of ("remains committed to a peace treaty"), or None."""
    if noun.pos_ == "NOUN" and noun.dep_ == "pobj" and noun.head.lower_ == "to" and noun.head.head.lower_ in ("committed", "dedicated"):
        return noun.head.head
    return None


def _time_of(noun: Token) -> bool:
    """Whether ``noun`` names an era that only says when something was: the object of a preposition of time
    ("since the war", "before the conflict", "prior to the war")."""
    if noun.dep_ != "pobj" or noun.lemma_.lower() not in w.ERA_NOUNS or any(c.dep_ == "prep" for c in noun.children):
        return False  # ("during the occupation of Karabakh": an act with whom it is done to, not an era)
    prep = noun.head
    return prep.lower_ in w.TIME_PREPS or (prep.lower_ == "to" and prep.head.lower_ == "prior")


def _releases_funds(tok: Token) -> bool:
    """Whether a release (CAMEO 0841) is of a sum or of aid ("authorized the release of $300 million in security
    assistance", "released funds to the region"): aid paid out, no one set free."""
    things = [c for c in tok.children if c.dep_ in ("dobj", "nsubjpass")] if tok.pos_ == "VERB" else sx.pobjs(tok, "of")
    return any({c.lemma_.lower(), c.lower_} & w.RELEASED_FUNDS or c.ent_type_ == "MONEY" for c in things)


#: why the rules leave a candidate out that no model overturns: the parse says it is part of another event
#: (a modifier, a carried object, the content of a threat), no act at all (a question, a display, a fight against
#: a disease, an act weighed or hoped for, a verb alone with no argument: "Agree!") or background
FIRM_DROPS = frozenset({"compound", "carried", "helping", "light", "content", "display", "question", "obliged", "background", "nature", "displacement", "sport",
                        "figurative", "opinion", "bare", "statement", "modifier", "thing", "crime", "absent", "commerce",
                        "personnel", "protest's demand", "motive", "campaign", "warning", "leisure", "generic",
                        "state", "repeat", "civilian", "own affairs", "self-inflicted", "reversed"})  # fmt: skip


@dataclass(frozen=True, slots=True)
class Candidate:
    """A trigger the parse proposes, with the rules' reading of it: its lexicon row, source and target, and
    whether the rules keep it as an event of its own."""

    coded: Coded
    #: why the rules leave it out (None: they keep it): "unlisted" (a verb only the CAMEO verb patterns code,
    #: rashomon.nlp.verbs), "compound" (a modifier of another noun), "carried" (the
    #: object of a verb trigger), "helping", "light" (a light verb whose object is the event), "content" (what
    #: a threat, request or promise says), "display", "question", "obliged" (coded as a demand instead),
    #: "no-actors" (a verb with no actor around it), "background" (a war named as background), "statement"
    #: (something only said: "declined to comment", "offered condolences"), "modifier" (a participle used as an
    #: adjective: "Iran-backed militias"), "crime" (contraband traded: "exported drugs"), "absent" (what something
    #: went without: "ended without agreement"), "commerce" (a deal between firms of no country: "the two companies
    #: agreed to a merger"), "personnel" (an official dismissed: "the president dismissed the defence minister"),
    #: "campaign" (a rally a government holds: "the president's rally"), "warning" (shots fired into the air), "leisure" (a camp
    #: set up by campers: "the scouts set up camp")
    dropped: str | None
    #: how far its clause lies below the sentence's main clause (see _depth)
    depth: int
    #: what the CAMEO verb patterns give its verb (code, pattern words matched), if anything
    pattern: tuple[str, int] | None = None


def code_sentence(sent: Span, resolve: args.ActorResolver) -> list[Coded]:
    """The events the rules keep in ``sent``, with their source and target actors, most salient first."""
    return [c.coded for c in propose(sent, resolve) if c.dropped is None]


def _unlisted_candidate(tok: Token, found: dict[int, tuple[Token, Trigger]]) -> bool:
    """Whether a verb the lexicon does not list may be proposed from the verb patterns: not a verb of saying
    (reported speech is attribution, its content the event) nor a light one, and no listed trigger among its
    arguments ("staged a hunger strike", "decided to allow", "riots are continuing": the trigger is the event)."""
    if tok.pos_ != "VERB" or tok.i in found:
        return False
    lemma = tok.lemma_.lower()
    if lemma in SPEECH_VERBS or lemma in w.LIGHT_VERBS or tok.lower_ == "according":  # "according to X": a source
        return False
    # (not an act it comes before or after: "exchanged fire for hours before agreeing to a ceasefire")
    near = [c for c in tok.children if c.dep_ != "prep"] + [
        g for c in tok.children if c.dep_ == "prep" and c.lower_ not in w.TIME_PREPS for g in c.children]
    # (nor the act what it takes a thing as is for: "used the corridor as a route to export weapons")
    near += [x for g in near if g.dep_ == "pobj" and g.head.lower_ == "as" for x in g.children if x.dep_ in ("acl", "relcl")]
    return not any(c.i in found for c in near)


def _verb_sides(
    tok: Token, row: Trigger, plover: str, found: dict[int, tuple[Token, Trigger]], resolve: args.ActorResolver
) -> tuple[tuple[ActorMention, ...], tuple[ActorMention, ...], Trigger, str]:
    """A verb trigger's source and target: its subject or passive agent and its object or target preposition,
    with the doers and the ones done to that the verb's kind and the clause around it name; and its row and
    PLOVER type where what it is done to makes it another act ("trained new recruits": its own forces readied)."""
    # (a participle joined to a passive shares its subject: "were beaten and arrested")
    shared = sx.passive_head(tok)
    passive = shared is not None or any(c.dep_ in ("nsubjpass", "auxpass") for c in tok.children)
    # "... are tyrants and backed by the West": a participle with an agent, its
    # subject the one of the clause it is joined to
    agented = tok.tag_ == "VBN" and tok.dep_ in ("conj", "advcl") and any(c.dep_ == "agent" for c in tok.children)
    if passive or agented:
        source = args.actors(sx.with_conjuncts(sx.agent(tok) or sx.shared_agent(tok, shared)), resolve)
        if not source and tok.lemma_.lower() in w.EXPELLING_VERBS:
            # "inspectors were expelled from North Korea": with no one named, the country they are put out
            # of puts them out
            left = sx.pobjs(tok, "from")[:1]
            source = tuple(m for m in args.actors(left, resolve) if m.resolved)
            if not source:
                source = args.place_country([g for g in left if g.ent_type_ in ("GPE", "LOC")], resolve)
        patient = next((c for c in tok.children if c.dep_ == "nsubjpass"), None) or sx.shared_patient(shared)
        if patient is not None and patient.lower_ in ("which", "that", "who", "whom") and tok.dep_ == "relcl":
            # "Azerbaijani villages, which were shelled by artillery": the noun the clause describes
            patient = tok.head
        if patient is None and agented:
            # "overcome Armenia and Azerbaijan — backed by ...": the noun it is set beside
            patient = sx.noun_before(tok) if tok.dep_ == "advcl" else None
            if patient is None:
                patient = sx.subject(tok)
        target = args.actors(sx.with_conjuncts(patient), resolve)
        if patient is not None and tok.lemma_.lower() in w.FIRING_VERBS and {
                patient.lemma_.lower(), patient.lower_.removesuffix("s")} & _FIRED_THINGS:
            # "rockets were fired at the base", "shots were fired at the convoy": what is fired is no one; what
            # it is fired at is whom the act is aimed at
            target = args.pick_target(tok, resolve)
        if patient is not None and patient.i in found and not any(m.resolved for m in target):
            # "a deal was reached with the rebels": an act done is no one; whom it is done with or to is
            target = tuple(m for m in args.pick_target(tok, resolve) if m.resolved) or target
        # (or the verb's own "between": "a peace deal was signed between the government and the rebels")
        parties = (sx.pobjs(patient, "between") or sx.pobjs(tok, "between")) if patient is not None and patient.i in found and not source else []
        if parties:
            # "an agreement between Armenia and Azerbaijan was signed": the two sign it, together
            source, target = args.actors(sx.with_conjuncts(parties[0]), resolve), ()
        if patient is not None and not source and patient.lemma_.lower() in w.MEASURE_NOUNS:
            # "EU sanctions against Syria were lifted", "EU sanctions on Belarus were extended": whose measure it is
            # lifts or extends it, and whom it is against is its target (a name's, not a nationality's: "Russian
            # sanctions" are more often against Russia than Russia's)
            owners = [c for c in patient.children if c.dep_ in ("poss", "compound", "nmod")
                      and (c.pos_ == "PROPN" or c.ent_type_ in ("GPE", "ORG"))]  # fmt: skip
            source = tuple(m for m in args.actors(owners[:1], resolve) if m.resolved)
            aimed = sx.pobjs(patient, "against", "on")
            target = args.actors(sx.with_conjuncts(aimed[0]), resolve) if aimed and source else target
        if tok.lemma_.lower() in w.HANDING_VERBS and (given := args.actors(sx.pobjs(tok, "to")[:1], resolve)):
            # "an ancient statue was returned to Greece": what is handed is no target, whom it goes to is
            target = given
        elif tok.lemma_.lower() in ("commit", "dedicate") and not source and sx.pobjs(tok, "to"):
            # "Baku is committed to the peace process": the one committed commits
            source, target = target, ()
        elif plover == "MOBILIZE" and patient is not None and sx.counted(patient).lemma_.lower() in w.ARMED_NOUNS and (
            tok.lemma_.lower() not in w.SENDING_VERBS
        ):
            # "thousands of reservists were called up": the force mobilised is no target; without an agent, it
            # stands for the one mobilising it
            source, target = source or target, ()
        elif tok.lemma_.lower() in w.SENDING_VERBS:
            # "Russian peacekeepers were deployed in Karabakh": what is sent is no target; without an
            # agent, the force sent stands for the one sending it
            source = source or target
            target = args.pick_target(tok, resolve)
            if plover == "AID" and row.cameo == "072" and (not target or _sent_to_border_or_area(tok)):
                # "hundreds of soldiers were sent to the region": forces sent to no one named, to a border or to
                # an area deploy (as "Iran sent troops to the border" does), no aid
                row, plover = _as_code(row, "154")
    elif tok.dep_ == "acl" and not any(c.dep_ == "nsubj" for c in tok.children):
        # "Iran's attorney general visiting Yerevan": an active participle is done by the noun it describes
        described = tok.tag_ == "VBG" and tok.head.pos_ in ("NOUN", "PROPN") and tok.head.ent_type_ not in ("GPE", "LOC", "FAC")
        # "The insurgents handed over the district ...": a past tense the parser hangs from the sentence's
        # only noun phrase as if it described it is the sentence's verb, the noun its subject
        described = described or (tok.tag_ == "VBD" and tok.head.dep_ == "ROOT" and tok.head.pos_ in ("NOUN", "PROPN"))
        # "around 200 residents protested in Juba": so too a verb of protest, which has no passive
        described = described or (tok.head.dep_ == "ROOT" and tok.head.pos_ in ("NOUN", "PROPN")
                                  and sx.agent(tok) is None and tok.lemma_.lower() in w.PROTESTING_VERBS)  # fmt: skip
        # "President Biden called President Macron": so too a participle whose object is a person's name
        described = described or (
            tok.tag_ == "VBN"
            and sx.heads_misread_clause(tok)
            and (tok.head.ent_type_ == "PERSON" or tok.head.pos_ == "PROPN" or tok.head.lemma_.lower() in w.PERSON_NOUNS)
            and sx.agent(tok) is None
            and any(c.dep_ in ("dobj", "oprd") and c.ent_type_ == "PERSON" for c in tok.children)
        )
        doer = tok.head if described else sx.agent(tok)
        if not described and doer is None and tok.head.i != tok.sent.root.i and tok.lemma_.lower() in w.PROTESTING_VERBS:
            # "Supporters of a cleric protested in the city": the parser hangs the sentence's verb from the last
            # noun of its subject, the sentence's head; the subject is that head's phrase
            doer = sx.verbless_head(tok)
        thing = tok.head.lemma_.lower()
        if described and tok.tag_ == "VBG" and tok.head.dep_ in ("dobj", "pobj") and (
            thing in w.THING_NOUNS or thing in w.FACILITY_NOUNS or thing in w.OWNED_THINGS or thing in w.AREA_NOUNS
        ):
            # "protesters stormed the parliament building demanding ...": a thing does nothing; the parser hung
            # from the object what the one acting on it does (or from where it goes: "marched to the police
            # station demanding justice")
            verb = tok.head.head if tok.head.dep_ == "dobj" else tok.head.head.head
            doer = sx.subject(verb) or doer
        if tok.tag_ == "VBG" and tok.head.lemma_.lower() in w.ISSUED_TEXTS:
            # "Russia issued a statement condemning the strikes": what a statement does, its issuer does
            doer = sx.issuer(tok.head) or doer
        if doer is None and tok.tag_ == "VBN" and tok.lemma_.lower() in w.SENDING_VERBS and tok.head.pos_ == "NOUN":
            doer = tok.head  # "Israeli personnel stationed near the border": the force sent stands for its sender
        plan = _intent_noun(tok) if doer is None else None
        if plan is not None and plan.lemma_.lower() != "refusal":
            # "Moscow's decision to send troops", "the governor's plan to send fighters": whose decision
            # or plan it is does what it names (not an invitation or a request: another is to act)
            doer = _named_owner(plan)
        holder = sx.verb_above(tok.head) if doer is None and _intended(tok) else None
        if holder is not None and holder.lemma_.lower() in w.INTENT_HOLDING_VERBS:
            # "Armenia made an attempt to retake the town" (not "Tehran would oppose any attempt to close
            # the border": another's attempt)
            doer = sx.subject(holder)
        if doer is None and tok.head.dep_ == "pobj" and tok.head.head.lower_ == "as":
            doer = sx.subject(tok)  # "used the corridor as a route to export weapons": who uses the means
        source = args.actors(sx.with_conjuncts(doer), resolve)
        target = args.pick_target(tok, resolve)
        if tok.tag_ == "VBN" and not described and tok.head.pos_ in ("NOUN", "PROPN") and not any(
            c.dep_ in ("dobj", "dative") for c in tok.children
        ) and tok.sent.root.pos_ in ("VERB", "AUX"):
            # "three Turkish engineers kidnapped in Libya": a passive participle's noun is whom it was done to
            # (in a sentence the parser reads whole: not one whose root is a noun, "the footage that police
            # released ... shows" read as "police released")
            done_to = tuple(m for m in args.actors(sx.with_conjuncts(sx.first_conjunct(tok.head)), resolve) if m.resolved)
            target = done_to or target
        if tok.lemma_.lower() in w.SENDING_VERBS:
            target = args.not_objects(target, tok)  # "a plan to send troops": what is sent is no target
        if not target and tok.tag_ == "VBN" and sx.agent(tok) is not None:
            # "Azerbaijan and Armenia, backed by Israel": the participle is said of the noun it follows
            target = args.actors(sx.with_conjuncts(sx.first_conjunct(tok.head)), resolve)
    else:
        subject = sx.subject(tok)
        if subject is None:
            subject = _policy_owner(tok)
        source = args.actors(sx.with_conjuncts(subject), resolve)
        if subject is not None and subject.i in found:
            # "a suicide attack on a military base killed 12 soldiers": whom the act was aimed at did not do it
            aimed = sx.pobjs(subject, "on", "against", "at", "upon", "into", "toward", "towards")
            source = tuple(m for m in source if not any(g.left_edge.idx <= m.start < g.right_edge.idx + len(g.right_edge.text)
                                                        for g in aimed))  # fmt: skip
        listed = sx.listed_before(subject) if subject is not None and subject.i != tok.i else None
        if listed is not None:
            source = args.actors([listed], resolve) + source  # "US, UK strike Houthi targets": both
        if subject is not None and not any(m.resolved for m in source):
            # "mortars fired by Armenian forces hit ...": the weapon's user is the author
            by = next((a for c in subject.children if c.dep_ == "acl" and (a := sx.agent(c)) is not None), None)
            if by is None and subject.lemma_.lower() in w.ISSUED_TEXTS | _SPOKEN_TEXTS:
                by = sx.issuer(subject)  # "the minister's statement condemned ...", "a letter from the EU urged ..."
            if by is not None:
                source = args.actors(sx.with_conjuncts(by), resolve) or source
        if subject is not None and subject.i in found and not any(m.resolved for m in source):
            # "government air strikes killed 20 civilians", "a rocket attack by the militants hit the base": the
            # act's side, named before its noun or after "by"
            doer = sx.agent(subject)
            source = args.actors(sx.with_conjuncts(doer) if doer is not None else args.doer_modifier(subject), resolve) or source
            if not any(m.resolved for m in source):
                # "fighting between the army and the rebels killed ten": the sides of the fight
                source = args.actors([t for g in sx.pobjs(subject, "between")[:1] for t in sx.with_conjuncts(g)], resolve) or source
        target = args.pick_target(tok, resolve)
        if row.cameo == "161" and tok.lemma_.lower() == "close":
            # "the US closed its embassy in Kabul", "Lithuania closed the consulate in Kaliningrad": relations
            # with where the mission is, unless that is the closer's own country (then with whose it is)
            host = args.locative_country(tok, resolve)
            own = {m.actor.country for m in source if m.actor is not None and m.actor.country}
            if host and not any(m.actor is not None and m.actor.country in own for m in host):
                target = host
        if not target and tok.lemma_.lower() in w.FORBIDDING_VERBS:
            # "the junta outlawed strikes by teachers": a ban on an act is aimed at whoever would do it
            banned = [c for c in tok.children if c.dep_ == "dobj" and c.i in found]
            target = args.actors(args.noun_arguments(banned[0])[0], resolve) if banned else ()
        if not target and _sent_to_do(tok):
            # "sent a team of experts to Alabama to investigate": what those sent are to do is aimed where
            # they are sent (not at the senders' own)
            target = _not_senders_own(args.pick_target(tok.head, resolve), source)
        if tok.lemma_.lower() in w.SENDING_VERBS and source:
            # "Iran sent troops to the border": the forces sent are the sender's own, no target; whom
            # they are sent to is
            kept = _not_senders_own(target, source)
            if target and not kept:
                # "contributed troops to the force in Afghanistan": past the forces sent, whom they go to
                picks = (_not_senders_own(args.actors(toks, resolve), source) for toks in args.target_candidates(tok))
                kept = next((f for f in picks if any(m.resolved for m in f)), ())
            if plover == "AID" and (
                (not kept and (target or row.cameo == "072")) or (row.cameo == "072" and _sent_to_border_or_area(tok))
            ):
                # sent to no one but a place of its own ("to the border"), arms and forces sent to no one named
                # ("warships to the Black Sea"), or to a border ("to the border with Kosovo": towards Kosovo):
                # a deployment, not military aid
                row, plover = _as_code(row, "154")
            elif plover == "AID" and row.cameo == "072" and _sent_into(tok):
                # "sent 30 warplanes into Taiwan's air defence zone": an incursion, a show of force, not aid
                row, plover = _as_code(row, "150")
            # nor are forces the sender sends for another ("sent Syrian mercenaries to fight for Azerbaijan")
            target = args.not_objects(kept, tok)
            if plover == "AID" and not any(m.resolved for m in target):
                # ... whom they fight for or beside is whom the sender helps ("... to fight alongside Azerbaijani forces")
                target = _not_senders_own(args.actors(_fought_for(tok), resolve), source) or target
        if tok.lemma_.lower() == "train" and row.cameo == "072" and not _trained_for_another(target, source):
            # "the army trained new recruits": forces trained of no other side named are the trainer's own, made
            # ready (CAMEO 154); training another's is military aid ("trained Ukrainian soldiers")
            row, plover = replace(row, cameo="154", cue_kind=None, cue_words=frozenset(), mode="troops", context=("military",)), "MOBILIZE"
            target = ()
    return source, target, row, plover


def _noun_sides(
    tok: Token, row: Trigger, plover: str, dropped: str | None, found: dict[int, tuple[Token, Trigger]], sent: Span,
    resolve: args.ActorResolver,
) -> tuple[tuple[ActorMention, ...], tuple[ActorMention, ...], Trigger, str] | None:
    """A noun trigger's source and target: its possessive, demonym or "by"-agent and what it is aimed at, the
    parties "between" or "involving" it, and who joins it; and its row and PLOVER type where its parties make
    it another act ("drills involving Azerbaijan, Pakistan and Turkey": joint drills). None for an apposition
    of another trigger, which is that trigger's event."""
    if tok.dep_ == "appos" and tok.head.i in found:
        return None  # "a truce, the Lusaka Accord, was signed": one event
    # "held a protest procession": the act's sides are the ones of the noun the compound names
    held = tok.dep_ == "compound" and dropped is None
    noun = tok.head if held else tok
    src_toks, tgt_toks = args.noun_arguments(noun)
    between = sx.pobjs(noun, "between")
    # (and an exchange: "a prisoner exchange between the army and the rebels" is both sides' release)
    mutual = plover in RECIPROCAL_TYPES or (plover == "RETREAT" and noun.lemma_.lower() in w.EXCHANGING_VERBS)
    parties = between[:1] or [t for t in [sx.involved(noun)] if t is not None]
    if plover == "MOBILIZE" and parties and len(sx.with_conjuncts(parties[0])) >= 2 and (
        joint := next((r for r in triggers().get(("N", noun.lemma_.lower()), ()) if r.cameo == "062"), None)
    ):
        # "naval drills involving Azerbaijan, Pakistan and Turkey": drills several hold are joint drills
        row, plover, mutual = joint, "COOPERATE", True
    if mutual and parties and src_toks[:1] == parties:
        # "talks between Iran and the United States", "drills involving Azerbaijan, Pakistan and Turkey": a
        # reciprocal act's parties all do it, to no one (PLOVER codes both as actors), where "fighting
        # between" is one side's against the other's
        src_toks, tgt_toks = sx.with_conjuncts(parties[0]), []
    source, target = args.actors(src_toks, resolve), args.actors(tgt_toks, resolve)
    if not target and tgt_toks:
        # "air strikes on Gaza", "aid to Gaza": a place the act is aimed at is its country's
        target = args.place_country([p for t in tgt_toks for p in args.named_places(t)], resolve)
    # "the Astana talks", "the Baku talks between Armenia and Azerbaijan": a capital before the act's noun
    # names where it is held, not who holds it
    kept = tuple(m for m in source if not args.named_venue(m, noun))
    # "resumed the JCPOA talks", "joined the Geneva talks": a name before the act's noun that names no actor
    # (a text, a place) names the act, not who holds it
    # (a person's name, as the tagger reads it, may be a side the table does not know: it stays where no one
    # else holds the act)
    named_act = bool(src_toks) and not any(m.resolved for m in source) and all(
        t.dep_ == "compound" and t.head.i == noun.i for t in src_toks)
    unnamed = named_act and not any(t.ent_type_ == "PERSON" for t in src_toks)
    if unnamed:
        kept = ()
    if (named_act or (source and not kept)) and len(target) >= 2 and any(c.lower_ == "between" for c in noun.children):
        # "the Baku talks between Armenia and Azerbaijan" (a reciprocal act's parties all do it)
        kept, target = (target, ()) if plover in RECIPROCAL_TYPES else (target[:1], target[1:])
    elif (named_act or (source and not kept)) and (noun.dep_ == "dobj" or (noun.dep_ == "pobj" and sx.took_part_in(noun.head))):
        # "Russia and Turkey joined the Astana talks", "took part in the Minsk talks": who joins them holds them
        above = sx.verb_above(noun)
        if above is not None and above.lemma_.lower() not in w.CAUSING_VERBS | w.PERCEIVING_VERBS | w.SEQUENCE_VERBS:
            kept = tuple(m for m in args.actors(sx.with_conjuncts(sx.subject(above)), resolve) if m.resolved) or kept
    source = kept
    joins = (noun.dep_ == "dobj" and noun.head.lemma_.lower() == "join") or (noun.dep_ == "pobj" and _partaking(noun.head))
    joining = sx.verb_above(noun) if joins else None
    if source and joining is not None and joining.lemma_.lower() not in w.CAUSING_VERBS | w.PERCEIVING_VERBS:
        # "Pakistani troops joined the UN peacekeeping mission", "took part in the coalition's strikes": whoever
        # joins another's act does it too, first
        joiners = tuple(m for m in args.actors(sx.with_conjuncts(sx.subject(joining)), resolve) if m.resolved)
        source = joiners + tuple(m for m in source if m.actor not in {j.actor for j in joiners})
    if not source:
        source = args.participants(tok, sent, resolve)
    if not source and noun.dep_ == "pobj":
        # "were beaten by police during their protest": whom the possessive stands for, where the resolver
        # finds it
        owner = [c for c in noun.children if c.dep_ == "poss" and c.lower_ in ("their", "its", "his", "her")][:1]
        source = tuple(m for m in args.actors(owner, resolve) if m.resolved)
    return source, target, row, plover


def _recoded(
    tok: Token, row: Trigger, plover: str, source: tuple[ActorMention, ...], target: tuple[ActorMention, ...],
    resolve: args.ActorResolver,
) -> tuple[Trigger, str, tuple[ActorMention, ...], tuple[ActorMention, ...]]:
    """A trigger's row and PLOVER type where its clause says it is another act than the lexicon's reading: an act
    halted ("halted its air strikes": de-escalation), the weapon that did it, missiles fired into the sea (a
    show of force), a call to do something (an appeal), funds released (aid), relief camps, a town taken without
    resistance; with the sides that reading changes."""
    ended = _ended_code(row.cameo) if row.cue_kind != "neg" and _ended(tok) else None
    if plover == "PROTEST" and _stopped_by_state(tok, source):
        # "police halted the protest", "imposed a curfew to stop new protests": the state stops another's protest
        # (by force where it ends it), it yields nothing and protests nothing
        if ended is None:
            source = ()
        else:
            (row, plover), ended = _as_code(row, "175"), None
    if ended is not None:
        # "Israel halted its air strikes on Gaza": Israel de-escalates towards Gaza
        row = replace(row, cameo=ended, mode=None, context=())
        plover = lookup(ended).plover or plover
    # (a noun's own row for its modifier is kept: "rocket fire" is the lexicon's heavy weapons, 194)
    weapon = _weapon_doer(tok) if plover == "ASSAULT" and (tok.pos_ == "VERB" or (tok.pos_ == "NOUN" and row.cue_kind is None)) else None
    if weapon is not None:
        # "a roadside bomb struck a convoy", "a rocket hit a building", "..., wounding three soldiers": what the
        # weapon that does it is says how it was done
        row = replace(row, cameo=weapon[0], mode=weapon[1], context=())
    if plover == "ASSAULT" and tok.pos_ == "VERB" and drops.chemical_arms(tok):
        # "the regime used chemical weapons", "fired shells filled with nerve agent": weapons of mass destruction
        row = replace(row, cameo="2041", mode=None, context=())
    if plover == "ASSAULT" and tok.pos_ == "VERB" and tok.lemma_.lower() in ("fire", "launch") and any(
        g.lemma_.lower() in w.OPEN_WATERS or args.named_water(g) for g in sx.pobjs(tok, "into")
    ):
        # "North Korea fired two missiles into the sea", "into the Gulf of Oman": a test, a show of force, aimed
        # at no one (CAMEO 150)
        row = replace(row, cameo="150", mode=None, context=())
        plover = lookup("150").plover or plover
    if row.cameo == "041" and tok.lemma_.lower() == "call" and any(
            c.dep_ == "xcomp" and c.lemma_.lower() not in w.CALL_PURPOSES for c in tok.children):
        # "the party called the leader to resign": an appeal, no phone call (but "called Lavrov to discuss Syria",
        # "called Erdogan to apologise": a call made for it)
        row = replace(row, cameo="020", mode=None, context=())
        plover = lookup("020").plover or plover
    if row.cameo.startswith("0841") and _releases_funds(tok):
        # "authorized the release of $300 million in security assistance to Kyiv": aid paid out (CAMEO 070)
        row = replace(row, cameo="070", mode=None, context=())
        plover = lookup("070").plover or plover
        # ("the release of $750 million in American aid to Jordan": whom the sum goes to, not the giver its nationality names)
        target = args.recipient_inside(tok, resolve) or target
    if row.cameo == "154" and tok.pos_ == "VERB" and _relief_site(tok):
        # "the UN set up refugee camps", "the army set up a medical camp for villagers": relief, no deployment
        row = replace(row, cameo="073", mode=None, context=())
        plover = lookup("073").plover or plover
    if row.cameo == "190" and tok.pos_ == "VERB" and _unopposed(tok):
        # "Haftar's forces took the base without resistance": a place occupied, no force used (CAMEO 192)
        row = replace(row, cameo="192", mode=None, context=())
        plover = lookup("192").plover or plover
    return row, plover, source, target


def _as_code(row: Trigger, cameo: str) -> tuple[Trigger, str]:
    """``row`` read as the act CAMEO ``cameo`` codes, where the words around the trigger say it is that act (no cue of
    the lexicon's, no mode or context of its own), with its PLOVER type."""
    plover = lookup(cameo).plover
    assert plover, f"CAMEO {cameo} has no PLOVER type"
    return replace(row, cameo=cameo, cue_kind=None, cue_words=frozenset(), mode=None, context=()), plover


def _undone(cameo: str) -> str | None:
    """The CAMEO code of undoing the act ``cameo`` codes, where it is a tie or aid that can be undone: a formal
    agreement (057) broken off (161), economic aid (071) cut (1621), military aid (072) 1622, humanitarian aid
    (073) 1623, other aid (07) 162; None for any other act (an undone act is then no event at all)."""
    if cameo == "057":
        return "161"
    if cameo in ("071", "072", "073"):
        return "162" + cameo[2]
    return "162" if cameo.startswith("07") else None


def _read(
    tok: Token, row: Trigger, found: dict[int, tuple[Token, Trigger]], sent: Span, resolve: args.ActorResolver
) -> list[tuple[Coded, str | None]]:
    """The rules' reading of one trigger: its event with source and target, and why the rules would leave it
    out (None: they keep it); also the demand it makes its reporter's, where it is an obligation reported."""
    out: list[tuple[Coded, str | None]] = []
    plover = lookup(row.cameo).plover
    if not plover:
        return out
    dropped = drops.left_out(tok, row, plover, found, sent, resolve)
    undone = _undone(row.cameo) if dropped == "reversed" else None
    if undone is not None:
        # "signed legislation de-ratifying the treaty", "moved to de-fund the agency": the tie or the aid undone is
        # reduced (CAMEO 16)
        dropped, (row, plover) = None, _as_code(row, undone)
    criticised = dropped is None and tok.pos_ == "VERB" and tok.lemma_.lower() in ("attack", "target") and _in_words(tok)
    if criticised:
        row, plover = _as_code(row, "111")
    committed = _committed_to(tok) if dropped is None and (row.cameo.startswith("03") or row.cameo in ("057", "0871")) else None
    if committed is not None:
        # "Azerbaijan remains committed to a peace treaty": a commitment to an agreement, not one signed
        row, plover = _as_code(row, "030")
    if dropped in FIRM_DROPS:
        out.append((Coded(tok, row, (), ()), dropped))  # no model reads it: its sides are not looked for
        return out
    if tok.pos_ == "VERB":
        source, target, row, plover = _verb_sides(tok, row, plover, found, resolve)
    else:
        sides = _noun_sides(tok, row, plover, dropped, found, sent, resolve)
        if sides is None:
            return out
        source, target, row, plover = sides
    attack = tok.lemma_.lower() == "attack" or any(c.dep_ == "dobj" and c.lemma_.lower() == "attack" for c in tok.children)
    if dropped is None and plover == "ASSAULT" and attack and (
            _politicians(source) or drops.politicians_contest(tok, sent, resolve)):
        # "Republicans launched fresh attacks on the governor", "shrugged off attacks by opposition lawmakers",
        # "the candidates took turns attacking Haley" in a debate: words, not force (CAMEO 111: criticize or denounce)
        row, plover = _as_code(row, "111")
        criticised = True
    row, plover, source, target = _recoded(tok, row, plover, source, target, resolve)
    if (
        tok.lemma_.lower() in w.WITHDRAWING_VERBS
        or (not target and plover in ("RETREAT", "SANCTION", "COERCE"))
        or (tok.lemma_.lower() in w.TAKING_VERBS and not any(m.resolved for m in target))
    ):
        # whom it is taken from: "withdrew peacekeepers from Rwanda" (not the forces taken back), "captured
        # three villages from the Armenian occupation"
        if tok.lemma_.lower() in w.WITHDRAWING_VERBS:
            # what is withdrawn is no one's recipient, even where the place left is not known
            target = args.not_objects(target, tok)
        target = args.origin(tok, resolve) or target
    elif tok.lemma_.lower() in w.LEAVING_VERBS and any(sx.thing_before(c) is not None for c in tok.children):
        # "recaptured the town after the insurgents left it": the "it" left is the town, no actor it might stand for
        target = args.origin(tok, resolve)
    if row.cameo == "161" and tok.pos_ == "VERB" and not any(m.resolved for m in source):
        # "Iran's envoy to Baku was recalled": an envoy is recalled by their own state, from where they serve
        source, target = _recalled_by_own(tok, resolve) or (source, target)
    if not target and row.cameo in w.RESTRICTING_CODES:
        # "imposed a curfew in parts of Kashmir": whom a curfew, an emergency or a blockade restricts
        target = args.locative_country(tok, resolve) or args.restricted_place(tok, resolve)
    if plover == "REQUEST" and (tok.pos_ == "VERB" or tok.dep_ == "ROOT"):
        # "asked for Russian assistance to retake Artsakh", "appealed for French military help": whose help is
        # asked for is whom it is asked of, not whom its purpose names
        helps = [o for o in sx.pobjs(tok, "for") if o.lemma_.lower() in w.HELP_NOUNS]
        givers = [m for o in helps for m in (args.national(o, resolve) or args.actors(
            [c for c in o.children if c.dep_ == "poss" and c.pos_ != "PRON"], resolve)) if m.resolved]  # fmt: skip
        target = tuple(givers[:1]) or target
    if not target and plover == "REQUEST" and (tok.pos_ == "VERB" or tok.dep_ == "ROOT"):
        # "Baku demands from Iran to stop ...", "sought help from Russia", "called for help from Russia":
        # whom it is asked of
        asked = sx.pobjs(tok, "from") or [g for o in sx.pobjs(tok, "for") for g in sx.pobjs(o, "from")]
        target = args.actors(asked[:1], resolve)
    # ("have asked me to convey a message to Tehran": the one asked is whom it is aimed at, whoever a pronoun stands
    # for, not the one the content names)
    addressed = sx.addressed_pronoun(tok) is not None
    if not target and plover in drops.CONTENT_TYPES and (tok.pos_ == "VERB" or sx.noun_contents(tok)) and not addressed:
        target = args.content_target(tok, plover, resolve)
    if (not target and tok.pos_ == "VERB" and tok.dep_ in ("xcomp", "advcl") and tok.lemma_.lower() in w.CALL_PURPOSES
            and tok.head.lemma_.lower() in w.PHONING_VERBS | {"call"}):
        # "phoned Erdogan to apologise for the mix-up", "called Zelensky to offer support": what one calls someone to do on the phone
        # is aimed at them (not what one calls on them to do: "called the leader to resign")
        called = [c for c in tok.head.children if c.dep_ in ("dobj", "oprd")]
        target = tuple(m for m in args.actors(called[:1], resolve) if m.resolved)
    if not target and plover in ("AID", "AGREE") and row.cameo.startswith(("07", "033")):
        # "ready to supply rifles alongside food aid to Chad": whom it is given to
        target = args.recipient_inside(tok, resolve)

    if committed is not None and not source:
        holder = committed.head if committed.dep_ in ("acomp", "oprd") else sx.verb_above(committed)
        source = args.actors(sx.with_conjuncts(sx.subject(holder)), resolve) if holder is not None else ()
    author: tuple[ActorMention, ...] = ()
    if plover in AUTHORED_OBJECT_TYPES and tok.pos_ == "VERB" and (not target or args.names_an_act(tok)):
        # "condemned Azerbaijan's shelling of Stepanakert": whose act is condemned outranks whom it was aimed at
        author = args.object_author(tok, resolve)
        target = author or target
    if ((plover in ("PROTEST", "ACCUSE") and not criticised) or not target) and not author and not addressed:
        # what a protest or a complaint is about outranks whom it is addressed to ("complained to the
        # UN over Israeli raids"); any act done "to disperse X" or "calling for X" is aimed at X
        # (a retreat is not aimed at the dead a clause says it left: "withdrew ..., leaving 12 soldiers dead")
        grievance = args.resolved_first(args.grievance(tok, results=plover != "RETREAT"), resolve)
        if grievance and not _named_country(grievance) and _named_country(target):
            # "summoned the US ambassador over comments made by the president": an author whose country the text
            # does not name (only the context gives one) does not displace the state whose envoy or body the
            # complaint is addressed to
            grievance = ()
        target = grievance or target
    if row.cameo.startswith(("144", "191")) and tok.pos_ == "VERB":
        # "stopped Iranian trucks heading to Stepanakert", "blocked Ukrainian grain lorries": whose vehicles are
        # stopped is whom it is aimed at, not where they were going
        owners = [m for c in tok.children if c.dep_ == "dobj" for m in args.national(c, resolve, goods=True)]
        target = tuple(owners[:1]) or target
    if plover == "MOBILIZE":
        target = args.adversary(tok, source, target, resolve)
    agreeing = args.has_venue(plover, row.cameo, tok) or (
        # ("held talks in Brussels", "met on the sidelines of the summit in Prague": a verb of a meeting)
        plover == "CONSULT" and tok.pos_ == "VERB"
    ) or (
        # "suspended the talks in Doha", "pulled out of the negotiations in Vienna": talks the act is aimed at are
        # held where they are, by no one there
        args.aimed_at_talks(tok)
    )
    if plover == "CONSULT" and tok.pos_ == "VERB" and target:
        # "held a joint press conference": the meeting a verb carries is no one it meets ("press" is no press)
        carried = [(c.left_edge.idx, c.idx + len(c.text)) for c in tok.children
                   if c.dep_ == "dobj" and (("N", c.lemma_.lower()) in triggers() or ("N", c.lower_) in triggers())]
        target = tuple(m for m in target if not any(a <= m.start and m.end <= b for a, b in carried))
    if agreeing and target and all(args.venue(m, tok) for m in target):
        target = ()  # "agreed to meet in Almaty", "signed a peace agreement in Doha": the venue is no party to it
    if (not source and tok.pos_ == "VERB" and plover in ("AGREE", "CONSULT", "COOPERATE", "SUPPORT") and tok.dep_ == "ccomp"
            and tok.head.lemma_.lower() in SPEECH_VERBS and any(c.dep_ == "auxpass" for c in tok.children)
            and sx.agent(tok) is None and sx.pobjs(tok, "with")):
        # "the minister said a truce was agreed with the rebels": the side that tells of a deal made
        # with another, naming no one else, made it
        source = tuple(m for m in args.actors(sx.with_conjuncts(sx.subject(tok.head)), resolve) if m.resolved)
        source = tuple(m for m in source if not any(m.start == t.start for t in target))
    if target and plover in ("SUPPORT", "AID") and tok.pos_ == "VERB":
        # "backed an anti-government campaign in Georgia", "supports the anti-Israel movement": the act backed is
        # against whom its "anti-" names, where it is done is not whom the backing is for
        against = [(c.left_edge.idx, c.right_edge.idx + len(c.right_edge.text)) for c in tok.children if c.dep_ == "dobj"
                   and any((first := sx.hyphened(g)) is not None and first.lower_ == "anti" for g in c.children)]  # fmt: skip
        target = tuple(m for m in target if not any(a <= m.start and m.end <= b for a, b in against))
    maker = _maker_of(tok) if not target else None
    if maker is not None:
        # a reaction to a move is aimed at whoever made it; a go-between goes between those who made the deal
        target = tuple(m for m in args.actors(sx.with_conjuncts(sx.subject(maker)), resolve) if m.resolved)
        target = tuple(m for m in target if not any(m.actor == s.actor for s in source))
    if not source and tok.pos_ == "VERB" and tok.lemma_.lower() == "summon" and any(c.dep_ == "nsubjpass" for c in tok.children):
        # "the Iranian ambassador was summoned to the foreign ministry": the ministry summons
        source = tuple(m for m in args.actors(sx.pobjs(tok, "to")[:1], resolve) if m.resolved)
    if tok.pos_ == "VERB" and tok.lemma_.lower() in w.UNDERGOING_VERBS and plover == "ASSAULT":
        # "peacekeepers came under fire from Azerbaijani positions": the subject undergoes the attack, whoever
        # does it comes with "from"
        doers = sx.pobjs(tok, "from") + [f for g in sx.pobjs(tok, "under") for f in sx.pobjs(g, "from")]
        target = args.actors(sx.with_conjuncts(sx.subject(tok)), resolve)
        source = args.actors(sx.with_conjuncts(doers[0]), resolve) if doers else ()
        if _criticised_under_fire(tok, doers, source):
            # "two ministers came under fire from an ex-whip for failing to tell parliament": words, not force
            row, plover = _as_code(row, "111")
    # (a state executes people in its own hands: "Iran hanged two men" are no one else's)
    executed = tok.lemma_.lower() in w.EXECUTING_VERBS
    if plover == "ASSAULT" and not executed:
        # (not a use of force short of an attack: a state's curfew or arrests are of its own people)
        target = _others_by_context(target, source, tok.sent, resolve)
    # an actor is not its own recipient ("Israel and Lebanon renewed talks on a pullback from Lebanon"); where
    # it was the only one named, the place of the act may still say whom it is aimed at
    target = _not_own(target, source)
    if tok.lemma_.lower() == "smuggle":
        # "smuggled weapons into Karabakh": what goes into a place against its rulers' will is no aid to its country
        target = tuple(m for m in target if m.via != "place")
    elif not target and plover in LOCATIVE_TARGET_TYPES and not agreeing:
        target = args.locative_country(tok, resolve, purposes=plover == "AID")
        carrier = sx.object_verb(tok)
        if not target and carrier is not None and carrier.pos_ == "VERB":
            # "in Peru, the front declared a truce": the place may hang from the verb whose object names the act
            # (or one of the acts it lists: "made available ambulances and medical supplies to fight the epidemic
            # in West Africa")
            target = args.locative_country(carrier, resolve, purposes=plover == "AID")
        travel = tok.head.head if tok.dep_ == "pobj" and tok.head.lower_ == "for" else None
        if not target and travel is not None and travel.lemma_.lower() in w.TRAVEL_VERBS:
            # "Russian troops arrived in Belarus for military drills": where they go for it
            target = args.locative_country(travel, resolve) or args.place_country(sx.pobjs(travel, "to"), resolve)
    if plover == "CONSULT" and tok.pos_ == "NOUN" and not any(m.actor is not None for m in target):
        # "the Chinese foreign minister arrived in Islamabad on a three-day visit": a visit to where its visitor is
        # (the host too: "flew to Baku for talks with his counterpart", a counterpart no name says the country of)
        target = args.visited_place(tok, resolve) or target
    if plover == "CONSULT" and tok.pos_ == "VERB" and tok.lemma_.lower() in w.TRAVEL_VERBS and not any(m.actor is not None for m in target):
        # "the Turkish president arrived in Tbilisi": where an official arrives is whom they visit
        target = args.locative_country(tok, resolve) or args.place_country(sx.pobjs(tok, "to"), resolve) or target
    if not target and plover == "CONCEDE" and tok.pos_ == "VERB":
        # "resigned as president of Indonesia": an office given up is the country's (the body's) it serves
        served = [g for o in sx.pobjs(tok, "as") for g in sx.pobjs(o, "of")]
        target = args.place_country([g for g in served if g.ent_type_ == "GPE"], resolve) or args.actors(served, resolve)
    target = _not_own(target, source)
    if plover == "ASSAULT":
        # "Russia struck Kyiv with drones": a capital attacked is the city, of its country, not its government
        target = tuple(args.as_place(m, resolve) for m in target)
        target = args.victims_where_struck(target, tok, resolve)
        target = target if executed else _not_attackers_state(target, source, resolve)
    elif plover == "PROTEST":
        # "took to the streets of Santiago", "rallied in Nairobi": a capital protested in is the city, not its government
        target = tuple(args.as_place(m, resolve) if _protested_in(tok.doc, m) else m for m in target)
    if tok.lemma_.lower() in w.GAINING_VERBS and tok.pos_ == "VERB" and target and all(m.via == "place" for m in target):
        # "recaptured the village of Kalay from ISWAP fighters": whom it is taken from outranks where it is
        taken_from = [m for m in args.actors(sx.pobjs(tok, "from")[:1], resolve) if m.resolved]
        target = tuple(taken_from) or target
    if tok.lemma_.lower() in w.GAINING_VERBS and target and all(m.via == "place" for m in target):
        # "Ukrainian troops recaptured the village of Robotyne": a place of one's own country regained was taken from
        # whoever held it, not from the country (a country the text names for them, or a state's forces': rebels of a
        # country only read from their context take a town of it from that country, "rebels took control of Goma")
        own = {m.actor.country for m in source if m.actor is not None and m.actor.country
               and (m.via != "context" or m.actor.sector in STATE_SECTORS)}  # fmt: skip
        target = tuple(m for m in target if m.actor is None or m.actor.country not in own)
    # forces or arms sent somewhere "for" drills go there for the drills: joint ones are military cooperation with
    # whom they are sent to, others a show of force there ("Turkey sent F-16 jets to Azerbaijan for joint exercises",
    # "Russia sent troops to Belarus for military drills"), not military aid
    if plover == "AID" and tok.pos_ == "VERB" and tok.lemma_.lower() in w.SENDING_VERBS:
        drill = next((g for g in sx.pobjs(tok, "for") if any(r.cameo == "150" for r in triggers().get(("N", g.lemma_.lower()), ()))),
                     None)  # fmt: skip
        if drill is not None:
            # (the drill noun's own row for a joint one: "joint", "trilateral" ... before it)
            together = next((r for r in triggers()[("N", drill.lemma_.lower())] if r.cue_kind == "mod" and any(
                c.dep_ in ("amod", "compound") and c.lower_ in r.cue_words for c in drill.children)), None)  # fmt: skip
            row = replace(row, cameo="062" if together else "150", mode=None if together else "troops", context=("military",))
            plover = "COOPERATE" if together else "MOBILIZE"
    # a drill of two countries' forces together is military cooperation, not one side's show of force
    if plover == "MOBILIZE" and tok.pos_ != "VERB":
        countries = {m.actor.country for m in source if m.actor is not None and m.actor.country}
        joint = next((r for r in triggers().get(("N", tok.lemma_.lower()), ()) if r.cue_kind == "mod"), None)
        if len(countries) >= 2 and joint is not None:
            row = joint
    # fighting in which one side is a crowd of protesters is a riot ("protesters clashed with police"), and so is
    # a crowd of protesters beating or stoning ("protesters threw stones at the police")
    if plover == "ASSAULT" and (
        (tok.lemma_.lower() in w.RECIPROCAL_FIGHTING and _protesters_take_part(tok))
        or (row.cameo == "182" and tok.pos_ == "VERB" and _by_protesters(tok, mob=False))
        # or a demonstration setting fire to or wrecking property ("protesters torched a police station"; rioters
        # who ransack shops hold no demonstration)
        or (row.cameo == "1712" and tok.pos_ == "VERB" and _by_protesters(tok, mob=False, rioters=False))
        # or tyres set on fire, what a street protest burns ("workers set fire to tyres outside the factory")
        or (row.cameo == "1712" and tok.pos_ == "VERB" and any(
            g.lemma_.lower() in w.PROTEST_FUEL for c in tok.children if c.dep_ in ("dobj", "prep", "dative")
            for g in ([c] if c.dep_ == "dobj" else [t for t in c.children if t.dep_ == "pobj"])))
        # or storming a building ("protesters stormed the parliament building")
        or (tok.lemma_.lower() == "storm" and tok.pos_ == "VERB" and _by_protesters(tok, mob=False))
        # or violence done by unarmed people during a demonstration ("youths stoned police cars during a protest")
        or (tok.pos_ == "VERB" and row.cameo in ("182", "1712", "190") and _during_protest(tok))
    ):
        row = replace(row, cameo="145", mode="riot", context=())
        plover = "PROTEST"
    # a bombing by those with no air force is a bomb set off, not an air strike ("the rebels denied responsibility
    # for the bombing")
    # (an international armed group too: "the Islamic State claimed the bombing of a church", IMGMUSISI)
    if row.cameo == "195" and tok.lemma_.lower() in ("bomb", "bombing") and source and all(
        m.actor is not None and (m.actor.sector in ("REB", "UAF", "CRM", "RAD") or m.actor.code.startswith("IMG"))
        for m in source
    ):
        row = replace(row, cameo="183", mode="explosives", context=())
    # a state that protests complains through diplomacy (CAMEO 114: "Tehran summoned the ambassador to protest the
    # detention of ..."); it holds no demonstration
    protesting = sx.subject(tok) if row.cameo == "141" and tok.pos_ == "VERB" else None
    if protesting is not None and protesting.ent_type_ == "GPE" and source and all(
        _state(m) and m.actor is not None and m.actor.sector in (None, "GOV") for m in source
    ):
        row, plover = replace(row, cameo="114", mode="allege", context=("diplomatic",)), "ACCUSE"
    # armed men who gather mass for a fight, not for a protest ("militia fighters gathered in the town ahead of
    # an offensive", "troops massed near the frontline": CAMEO 154)
    elif protesting is not None and tok.lemma_.lower() in w.GATHERING_VERBS and sx.counted(protesting).lemma_.lower() in w.ARMED_NOUNS:
        row, plover = replace(row, cameo="154", mode="troops", context=("military",)), "MOBILIZE"
    # a state that blocks a road, a border or access restricts movement (CAMEO 191); obstruction is a protest
    # only when those outside power do it ("Beijing blocked access to foreign websites")
    if row.cameo.startswith("144") and source and all(
        _state(m) or (m.actor is not None and m.actor.sector in STATE_SECTORS) for m in source
    ):  # ("police set up roadblocks around the capital": the state's police, whichever state)
        row, plover = replace(row, cameo="191", mode="restrict", context=()), "COERCE"
    # and a blockade set up by activists or residents obstructs as a protest does (CAMEO 144)
    elif row.cameo == "190" and tok.lemma_.lower() == "raid" and _raid_to_arrest(tok):
        # "forces conducted raids to detain activists": a search for people to arrest, no assault (CAMEO 170, as a
        # raid on premises is); a police raid alone may still be violent (ACLED files raids that damage or clash so)
        row, plover = replace(row, cameo="170", mode=None, context=()), "COERCE"
    elif row.cameo == "154" and not any(m.resolved for m in source) and _campers(tok):
        dropped = "leisure"  # "the scouts set up camp by the lake": campers, not troops
    elif row.cameo == "154" and source and all(m.actor is not None and m.actor.sector in PROTEST_CAMPERS for m in source):
        # "protesters set up a camp outside parliament", "farmers have set up camps at the border of the capital": a
        # protest camp, no deployment
        row, plover = replace(row, cameo="141", mode="demo", context=()), "PROTEST"
    elif row.cameo == "191" and source and not any(_state(m) for m in source) and any(
        m.actor is not None and m.actor.sector in PEOPLE_SECTORS for m in source
    ):
        row, plover = replace(row, cameo="144", mode="obstruct", context=()), "PROTEST"
    # what a crowd of protesters demands ("dozens of protesters came ..., demanding the release of ..."), or a
    # protest the sentence reports ("workers protested, demanding their wages"), is what it protests for:
    # CAMEO 141, a protest for it
    if plover == "PROTEST" and tok.pos_ == "VERB" and tok.lemma_.lower() == "protest" and _complains(tok, source):
        # "the foreign ministry protested against the arrest of two Iranian drivers": a state protests by a
        # complaint (CAMEO 114), not in the street; aimed at whoever did what it protests against
        row, plover = replace(row, cameo="114", mode="allege", context=()), "ACCUSE"
        acts = [g for g in sx.pobjs(tok, "against", "over") if ("N", g.lemma_.lower()) in triggers()]
        doers = [a for g in acts for a in args.noun_arguments(g)[0]]
        # (not whom the act was done to: "the arrest of two Iranian drivers"; a reaction names its author, else
        # the act reported before: sides.aimed_back)
        target = args.resolved_first([doers], resolve) if acts else target
    in_protest = plover == "REQUEST" and tok.pos_ == "VERB" and _protest_demand(tok, found)
    if plover == "REQUEST" and tok.pos_ == "VERB" and (in_protest or _by_protesters(tok) or _demonstrated(tok, source, found)):
        row = replace(row, cameo="141", mode=None, context=())
        plover = "PROTEST"
    if dropped is None and row.mode == "beat" and tok.lemma_.lower() in w.BLOW_VERBS and _thing_hits(tok) and (
        not source or any(d.lemma_.lower() in w.VEHICLE_NOUNS for d in drops.named_doers(tok))
    ):
        # "a car hit a woman", "the ball struck a boy": no one beat them (nor did the police whose car "hit a boy")
        dropped = "thing"
    if dropped is None and row.cue_kind == "obj" and tok.lemma_.lower() in w.RESPONDING_VERBS and any(
            c.dep_ == "amod" and c.lower_ in ("personal", "verbal", "political", "rhetorical")
            for g in sx.pobjs(tok, "to") for c in g.children):
        dropped = "figurative"  # "she responded well to his personal attacks": words answered, no force used
    if dropped is None and row.cue_kind == "subj" and plover == "CONSULT" and not target:
        dropped = "no-actors"  # "the president arrived at the venue", "... arrived home": no one visited
    if dropped is None and tok.lemma_.lower() == "stand" and row.cue_kind == "prep" and not any(m.resolved for m in target):
        dropped = "figurative"  # "stood behind the podium", "stands by the river": a place stood at, no one stood by
    if dropped is None and tok.pos_ == "VERB" and not source and not target and not _material_with_participants(tok, plover):
        # a verb with no argument at all ("Agree!", "Totally agree.") says nothing of anyone; one whose
        # arguments name no known actor may still be an event, which the model decides
        bare = not any(c.dep_ in ARGUMENT_DEPS or c.dep_ in ("dative", "prep", "xcomp", "ccomp") for c in tok.children)
        dropped = "bare" if bare and tok.dep_ == "ROOT" else "no-actors"
    if dropped is None and tok.pos_ in ("NOUN", "PROPN") and not source and not target and plover in _COOPERATIVE_TYPES and _described(tok):
        # "unity must remain our strength", "the first promise was a short ride": a kind of
        # act described, of no one, none said to happen
        dropped = "generic"
    if dropped is None and tok.pos_ == "NOUN" and _described(tok) and any(
            c.dep_ == "aux" and c.lower_ in _POSSIBILITY_AUX for c in tok.head.children) and not any(
            c.dep_ == "poss" or (c.dep_ == "det" and c.lower_ in ("the", "this", "that", "these", "those")) for c in tok.children):
        # "any war between the two neighbours would be a disaster", "an attack on Iran could be catastrophic": what
        # such an act would be like, none said to happen or to be planned (not "the invasion may be a turning point")
        dropped = "generic"
    if dropped is None and plover in ("AGREE", "SUPPORT", "COOPERATE", "CONSULT") and (source or target) and all(
        m.actor is not None and m.actor.code == "BUS" for m in (*source, *target)
    ):
        dropped = "commerce"  # "the two companies agreed to a merger", "two firms signed a deal": business news
    elif dropped is None and plover == "AGREE" and tok.pos_ == "VERB" and all(
        m.actor is None or m.actor.code == "BUS" for m in source
    ) and any(c.dep_ == "xcomp" and c.lemma_.lower() in w.COMMERCE_VERBS for c in tok.children):
        dropped = "commerce"  # "Amazon agreed to buy the grocery chain": a firm of no country buying
    intent = _intent_code(row.cameo) if row.cue_kind != "neg" else None
    if intent is not None and _is_commitment(tok, sent):
        row = replace(row, cameo=intent, mode=None, context=())
        told = [c for c in tok.head.children if c.dep_ in ("dobj", "dative")] if tok.dep_ == "ccomp" else []
        if not target and told and tok.head.lemma_.lower() in SPEECH_VERBS:
            # "the US told Russia it would impose sanctions", "Tehran told Baku that it would close the border": a
            # threat or a promise is made to whom it is told
            target = tuple(m for m in args.actors(sx.with_conjuncts(told[0]), resolve) if m.resolved)
        # "Iran said it will strike back if Israel attacks": a threat is aimed at whom its condition is set for
        target = target or _conditioned(tok, source, resolve)
    elif plover in ("AGREE", "CONSULT", "SUPPORT") and sx.clause_head(tok).dep_ == "xcomp" and sx.clause_head(tok).head.lemma_.lower() == "fail":
        # "failed to reach agreement": a rejection, which the failure is part of (as a refusal's negation, below)
        row = replace(row, cameo="120", cue_kind="neg", cue_words=frozenset(), mode=None, context=())
    elif plover in REFUSED_CODES and row.cue_kind != "neg" and _refused(tok):
        # "Israel will not lift the embargo until ...": a refusal, which the negation is part of
        row = replace(row, cameo=REFUSED_CODES[plover], cue_kind="neg", cue_words=frozenset(), mode=None, context=())
        # "will not lift sanctions until Pyongyang halts its tests": so is a refusal
        target = target or _conditioned(sx.clause_head(tok), source, resolve)
    speech = _obligation(tok) if dropped is None and tr.obliging(sent) else None
    if speech is not None and speech.i not in found:
        # "Russia said Sudan must return the helicopter": Russia demands it of Sudan
        demand = Trigger("V", speech.lemma_.lower(), "100", None, frozenset(), None, ())
        found[speech.i] = (speech, demand)
        obliged = source
        if not any(m.resolved for m in obliged):
            # "issued a reminder to Iraq that it must cooperate": "it" is the one the message is sent to
            obliged = tuple(m for m in args.pick_target(speech, resolve) if m.resolved) or obliged
        out.append((Coded(speech, demand, args.actors(sx.with_conjuncts(sx.subject(speech)), resolve), obliged), None))
        dropped = "obliged"
    if dropped is None and in_protest:
        # "villagers staged a sit-in ..., demanding compensation": the demand is the protest's, one event (whom it is
        # made of goes to the protest: _with_demands)
        dropped = "protest's demand"
    out.append((Coded(tok, row, source, target), dropped))
    return out


def _named_country(mentions: tuple[ActorMention, ...]) -> bool:
    """Some of the mentions are actors of a country their own words name (not one completed from the context)."""
    return any(m.actor is not None and m.actor.country and m.via != "context" for m in mentions)


#: the sectors of people who bear no arms and hold no office: civilians, farmers, teachers, doctors, business people,
#: workers, refugees, journalists, clergy
UNARMED_SECTORS = frozenset({"CVL", "AGR", "EDU", "MED", "HLH", "BUS", "LAB", "REF", "JRN", "REL"})


def _others_by_context(
    target: tuple[ActorMention, ...], source: tuple[ActorMention, ...], sent: Span, resolve: args.ActorResolver
) -> tuple[ActorMention, ...]:
    """The target of an attack whose context gave it the attacker's own code read again: of the one
    other country the sentence names ("Azerbaijani forces shelled Armenian positions, killing two soldiers": the
    soldiers are Armenia's, not Azerbaijan's), else of the other countries its context names, else its sector alone;
    not a target its own words name."""
    codes = {s.actor.code for s in source if s.actor is not None and s.via != "context"}
    if not codes or not any(m.via == "context" and m.actor is not None for m in target):
        return target
    countries = {s.actor.country for s in source if s.actor is not None and s.actor.country}
    named = {(e.label_, m.actor.country) for e in sent.ents if e.label_ in ("NORP", "GPE", "LOC", "FAC")
             and not any(s.start < e.end_char and s.end > e.start_char for s in source)
             for m in resolve(e.start_char, e.end_char)
             if m.resolved and m.actor is not None and m.actor.country}  # fmt: skip
    others = {country for label, country in named if label in ("NORP", "GPE") and country not in countries}
    # (nor are civilians of a state whose forces do it, named only as the attacker: "three villagers were killed in
    # Russian air strikes" are no Russian civilians; "the Syrian army killed 20 civilians in Idlib" may be Syria's,
    # and "Syrian troops killed 12 rebels" are Syria's rebels)
    states = {s.actor.country for s in source if s.actor is not None and s.via != "context" and s.actor.country
              and s.actor.country not in {country for _, country in named}
              and (s.actor.code == s.actor.country or s.actor.sector == "MIL")}  # fmt: skip

    def attackers(m: ActorMention) -> bool:
        return m.via == "context" and m.actor is not None and (
            m.actor.code in codes or (m.actor.country in states and m.actor.sector in UNARMED_SECTORS))

    if not any(attackers(m) for m in target):
        return target
    table = getattr(resolve, "actors", None)
    elsewhere = getattr(resolve, "elsewhere", None)
    out = []
    for m in target:
        if attackers(m):
            assert m.actor is not None
            actor = table.actor(next(iter(others)) + (m.actor.sector or "")) if table is not None and len(others) == 1 else None
            m = replace(m, actor=actor) if actor is not None else (elsewhere(m, countries) if elsewhere is not None else m)
        out.append(m)
    return tuple(out)


def _not_own(target: tuple[ActorMention, ...], source: tuple[ActorMention, ...]) -> tuple[ActorMention, ...]:
    """The target without the source's own mentions and actors (one named, not guessed from context)."""
    codes = {s.actor.code for s in source if s.actor is not None and s.via != "context"}
    # ("the government and the rebels agreed to extend their ceasefire": a possessive of a pair's own actors, however
    # they were read, stands for the pair; one actor's "their" may be others': "men occupying their lands")
    own = {s.actor.code for s in source if s.actor is not None} if len(source) > 1 else set()
    return tuple(
        m for m in target
        if all(m.start != s.start for s in source) and (m.actor is None or m.actor.code not in codes or _someone_else(m, source))
        and not (m.text.lower() in ("their", "its") and m.actor is not None and m.actor.code in own)
    )  # fmt: skip


def _not_attackers_state(target: tuple[ActorMention, ...], source: tuple[ActorMention, ...],
                         resolve: args.ActorResolver) -> tuple[ActorMention, ...]:
    """``target`` without the country its context alone gave a state's forces or officials (``via="context"``)
    where that is the country of the state named as attacking them: "Israel bombed the consulate, killing seven
    officers" (officers of no country named, not Israel's own); a state's forces against its own rebels or
    civilians keep it ("the Syrian army killed seven rebels")."""
    actors_of = getattr(resolve, "actors", None)
    attackers = {m.actor.country for m in source if m.actor is not None and m.actor.country and m.via != "context"
                 and (m.actor.sector is None or m.actor.sector in STATE_SECTORS)}  # fmt: skip
    if actors_of is None or not attackers:
        return target
    out = []
    for m in target:
        if (m.via == "context" and m.actor is not None and m.actor.country in attackers
                and m.actor.sector in STATE_SECTORS):  # fmt: skip
            bare = actors_of.actor(m.actor.sector)
            m = replace(m, actor=bare) if bare is not None else m
        out.append(m)
    return tuple(out)


def _someone_else(mention: ActorMention, source: tuple[ActorMention, ...]) -> bool:
    """Whether a target of the source's own code is still another actor: a person named by name or office
    whom no source mention names ("Kyrgyz politicians sued former President X", both KGZELI)."""
    if mention.via not in ("office", "person"):
        return False
    words = {t.lower() for t in mention.text.split() if t[:1].isupper()}
    return not any(words & {t.lower() for t in s.text.split()} for s in source)


def _with_demands(proposed: list[tuple[Coded, str | None]]) -> list[tuple[Coded, str | None]]:
    """The demands made in a protest the rules keep left to it, which takes whom they are made of where it names no
    one but the place it is held in ("took part in a protest in Kemerovo, demanding the regional authorities
    evacuate ..."); a demand whose protest the rules leave out ("a group of musicians protested demanding ...": no
    actor named) is the protest."""
    def made_in(demand: Coded, protest: Coded) -> bool:
        p = protest.trigger
        near = {p.i, p.head.i, p.head.head.i, *(t.i for t in p.children)}
        root = sx.verbless_head(p) if p.dep_ == "acl" else None
        if root is not None:
            near.add(root.i)  # "Supporters of a cleric protested ..., demanding": both hang from the subject's nouns
        return demand.trigger.i in near or demand.trigger.head.i in near

    out = []
    for c, dropped in proposed:
        if dropped == "protest's demand":
            if not any(why is None and p.plover == "PROTEST" and made_in(c, p) for p, why in proposed):
                dropped = None
        elif dropped is None and c.plover == "PROTEST" and all(m.via == "place" for m in c.target):
            demand = next((d for d, why in proposed if why == "protest's demand" and d.target and made_in(d, c)), None)
            if demand is not None:
                c = replace(c, target=demand.target)
        out.append((c, dropped))
    return out


#: the verbs that stand for a verb said before ("Israel did", "Baku has", "it was")
_PRO_VERBS = frozenset({"do", "have", "be"})


def _done_instead(c: Coded, resolve: args.ActorResolver) -> Coded | None:
    """The act a negated clause denies of one side, told of another by a bare auxiliary beside it ("Hezbollah didn't
    start this war, Israel did", "Armenia did not attack first, Azerbaijan did"): the same act, done by the
    auxiliary's subject and read at it (which no negation reaches). None where the sentence sets no one against
    the doer."""
    verb = c.trigger if c.trigger.pos_ == "VERB" else sx.verb_above(c.trigger)
    if verb is None or not is_negated(verb):
        return None
    around = [verb.head] if verb.dep_ in ("ccomp", "parataxis", "conj") and verb.head.i > verb.i else []
    around += [g for g in verb.children if g.dep_ in ("conj", "parataxis", "ccomp") and g.i > verb.i]
    for pro in around:
        if pro.lemma_.lower() not in _PRO_VERBS or is_negated(pro) or any(
                g.dep_ in ("dobj", "attr", "acomp", "xcomp", "oprd") or (g.dep_ == "ccomp" and g.i != verb.i) for g in pro.children):
            continue
        doer = next((g for g in pro.children if g.dep_ == "nsubj"), None)
        source = args.actors(sx.with_conjuncts(doer), resolve) if doer is not None else ()
        if any(m.resolved for m in source):
            return replace(c, trigger=pro, source=source)
    return None


def _caused_by(c: Coded, proposed: list[tuple[Coded, str | None]], resolve: args.ActorResolver) -> Coded:
    """A casualty in the passive with no one named ("11 soldiers were killed after the Islamic State attacked
    a camp", "two guards died when rebels raided the post") is the work of the attack its clause of
    time names, and done with its weapons ("two soldiers were wounded when their vehicle struck a mine": by
    explosives, not beaten); so is one in an attack named ("were killed in an attack by Taliban fighters"). A
    casualty an attack's participle tells ("fired at rioters, injuring three") is done with its weapon."""
    tok = c.trigger
    if (c.plover == "ASSAULT" and tok.pos_ == "VERB" and tok.tag_ == "VBG" and tok.dep_ == "advcl"
            and tok.lemma_.lower() in w.CASUALTY_VERBS):
        # "police fired live ammunition at rioters, injuring three": the wounding is done with the firing's weapon
        cause = next((o for o, dropped in proposed if dropped is None and o.plover == "ASSAULT" and o.trigger.i == tok.head.i), None)
        return _with_weapon_of(c, cause) if cause is not None else c
    if c.source or c.plover != "ASSAULT" or tok.pos_ != "VERB" or not any(t.dep_ == "auxpass" for t in tok.children):
        return c
    for other, dropped in proposed:
        # (an act noun only as what happens, "when a rocket attack hit the base", not as what is won or lost in
        # it: "was shot because he won the election" is no shooting by the winner)
        happens = other.trigger.pos_ == "VERB" or other.trigger.dep_ in ("nsubj", "nsubjpass")
        anchor = other.trigger if other.trigger.pos_ == "VERB" else sx.verb_above(other.trigger)
        if (
            dropped is None and happens and other.plover == "ASSAULT" and anchor is not None
            and anchor.dep_ == "advcl" and anchor.head.i == tok.i
        ):
            c = _with_weapon_of(c, other)
            return replace(c, source=other.source) if other.source else c
        noun = other.trigger
        if other.plover == "ASSAULT" and noun.dep_ == "pobj" and noun.head.lower_ in ("in", "during") and noun.head.head.i == tok.i:
            # "two soldiers were killed in an attack by Taliban fighters", "... in Russian air strikes", "... in clashes
            # with Serb protesters": the casualty is the work of whoever made the attack (or fought the clash) it
            # happened in
            doers = args.noun_arguments(noun)[0]
            if not doers and noun.lemma_.lower() in w.RECIPROCAL_FIGHTING:
                doers = [t for g in sx.pobjs(noun, "with")[:1] for t in sx.with_conjuncts(g)]
            source = other.source or tuple(m for m in args.actors(doers, resolve) if m.resolved)
            if not source:
                return c
            c = _with_weapon_of(c, other)
            return replace(c, source=source, target=_others_by_context(c.target, source, tok.sent, resolve))
    return c


def _with_weapon_of(c: Coded, attack: Coded) -> Coded:
    """The casualty ``c`` done with the weapon of the ``attack`` that caused it, where ``c`` names none of its own
    (a wounding, read as a beating, "when their vehicle struck a mine": by explosives)."""
    weapon = attack.row.mode or lookup(attack.row.cameo).mode
    if weapon in WEAPON_MODES and (c.row.mode or lookup(c.row.cameo).mode) in (None, "", "beat"):
        return replace(c, row=replace(c.row, mode=weapon))
    return c


#: the ASSAULT modes that name what the act was done with, which a casualty it causes was done with too
WEAPON_MODES = frozenset({"explosives", "aerial", "heavy-weapons", "firearms", "drone", "suicide-attack"})


def _denied_charge(tok: Token) -> bool:
    """Whether ``tok`` is a charge its verb denies ("Kyiv denied the accusation", "rejected allegations of
    torture"): someone else's accusation, no act of the one denying it (the blame drops._comment reads)."""
    return (tok.pos_ == "NOUN" and tok.lemma_.lower() in w.DENIED_BLAME and tok.dep_ == "dobj"
            and tok.head.lemma_.lower() in DENY_VERBS and not claim_to(tok))  # fmt: skip


#: what is fired, thrown or dropped (words.FIRING_VERBS), the subject of a passive that is not the one the act is done to
_FIRED_THINGS = w.INSTRUMENT_NOUNS | w.WEAPON_NOUNS | frozenset({"shot", "round", "projectile", "salvo", "volley", "shell"})


def _thing_hits(verb: Token) -> bool:
    """Whether what hits, strikes or kicks in ``verb`` is a thing the sentence names, not a person or a weapon
    (its subject, or the agent of a passive): "a car hit a woman", "was struck by a falling tree"."""
    return any(d.pos_ == "NOUN" and d.lemma_.lower() not in _STRIKING_BEINGS for d in drops.named_doers(verb))


#: what may strike a person without being a thing: weapons and tools of force, people, armed forces
_STRIKING_BEINGS = w.WEAPON_NOUNS | w.INSTRUMENT_NOUNS | w.STRUCK_PEOPLE | w.ARMED_NOUNS


def propose(sent: Span, resolve: args.ActorResolver) -> list[Candidate]:
    """Every trigger of ``sent`` with the rules' reading of it, most salient first."""
    found: dict[int, tuple[Token, Trigger]] = {}
    doc = sent.doc
    for i in tr.trigger_indices(sent):  # only a verb or a noun whose words the lexicon holds can be one
        tok = doc[i]
        row = tr.lookup_trigger(tok)
        if row is not None and not _denied_charge(tok):
            found[tok.i] = (tok, row)
    proposed: list[tuple[Coded, str | None]] = []
    # each verb's reading by the CAMEO verb patterns, matched once
    patterns: dict[int, tuple[str, int] | None] = {}
    for tok, row in list(found.values()):
        # a lemma listed with no cue, whose phrase the CAMEO dictionary says is no event ("withdrew from the race"):
        # proposed, not kept by the rules alone
        patterns[tok.i], declines = tr.dictionary_reading(tok)
        declined = row.cue_kind is None and declines
        proposed += [(c, dropped or ("dictionary" if declined else None)) for c, dropped in _read(tok, row, found, sent, resolve)]
    # verbs the lexicon does not list but the CAMEO verb patterns code, where no listed trigger hangs from them:
    # proposed, never kept by the rules alone
    for i in tr.verb_indices(sent):
        tok = doc[i]
        if not _unlisted_candidate(tok, found):
            continue
        patterns[tok.i] = reading = tr.pattern_reading(tok)
        # ("told London of that arrest": the act the verb's object names is that noun's, told of)
        if reading is not None and not any(
                found[g.i][1].cameo == reading[0]
                for o in [tok, *(c for c in tok.children if c.dep_ == "dobj")] for g in [*sx.pobjs(o, "of", "about", "on"), o]
                if g.i in found and g.i != tok.i):  # fmt: skip
            row = Trigger("V", tok.lemma_.lower(), reading[0], None, frozenset(), None, ())
            proposed += [(c, dropped or "unlisted") for c, dropped in _read(tok, row, found, sent, resolve)]
    # "Hezbollah didn't start this war, Israel did": the act denied of one is told of another
    proposed.extend((d, None) for c, dropped in list(proposed) if dropped is None and (d := _done_instead(c, resolve)) is not None)
    proposed.extend((c, None) for c in _demands(sent, found, resolve))
    proposed.extend((c, None) for c in _reckonings(sent, found, resolve))
    proposed = [(_caused_by(c, proposed, resolve), dropped) for c, dropped in proposed]
    proposed = _with_demands(proposed)
    # "Pakistan recalled its high commissioner in protest": what an act is done in protest of is its motive, no
    # protest of its own (a protest still where the act is none: "kept their shops closed in protest")
    acts = {c.trigger.i for c, dropped in proposed if dropped is None and c.plover != "PROTEST"}
    proposed = [
        (c, "motive") if dropped is None and c.plover == "PROTEST" and c.trigger.pos_ == "NOUN" and c.trigger.dep_ == "pobj"
        and c.trigger.head.lower_ == "in" and c.trigger.head.head.i in acts else (c, dropped)
        for c, dropped in proposed
    ]  # fmt: skip
    proposed, grounds = _arrest_grounds(proposed)
    protest = any(c.plover == "PROTEST" and c.trigger.i not in grounds for c, _ in proposed)
    if not any(c.plover == "PROTEST" and dropped is None for c, dropped in proposed):
        proposed = _met_protests(proposed, found, resolve)
        protest = protest or any(c.plover == "PROTEST" for c, _ in proposed)
    else:
        proposed = _policed_protests(_crowd_protests(proposed, resolve))
    # arrests and force against a protest's crowd ("police detained dozens of protesters", "activists were
    # detained during protests") are the authorities' intervention in the protest the sentence reports: the
    # protest comes first, as event data files it (a protest with intervention)
    # each trigger's depth, read once: for the order and for the candidate (``found`` is complete by now)
    depths = {c.trigger.i: _depth(c.trigger, found) for c, _ in proposed}
    # (and so does what follows from it: "opened fire on demonstrators, killing four", "arrested 30 demonstrators
    # and released them later")
    interventions = {c.trigger.i for c, _ in proposed if protest and _intervention(c)}
    # (and the violence of the protesters in the course of it: "rioters looted shops during the protest")
    proposed, rioting = _protest_violence(proposed)
    interventions |= rioting
    # the dead of an attack its clause tells ("two guards were killed when militants stormed a checkpoint"): the
    # attack is the event reported, the deaths what it did
    ranks = {**depths, **_told_attacks(proposed, depths), **_yielded_places(proposed, depths)}
    proposed.sort(key=lambda p: (p[0].trigger.i in interventions or _sequel(p[0], interventions),
                                 *_salience(p[0], ranks[p[0].trigger.i])))  # fmt: skip
    # a war or a clash named as background ("after two days of fighting") is no event of its own when
    # the sentence reports what an actor did
    # the sentence reports what an actor did; and, whatever else it reports, a war of no one named that only says
    # when something was ("peaceful prior to the war", "since the war") is named as the time of it
    # (an act its noun names is one too where its side is named: "Serbia put its troops on the highest level of
    # combat readiness after clashes in Kosovo")
    acted = any(c.trigger.pos_ == "VERB" or (c.trigger.lemma_.lower() not in w.BACKGROUND_NOUNS and any(m.resolved for m in c.source))
                for c, dropped in proposed if dropped is None)  # fmt: skip
    proposed = [
        (c, "background") if dropped is None and c.trigger.pos_ != "VERB" and c.trigger.lemma_.lower() in w.BACKGROUND_NOUNS
        and c.trigger.dep_ not in ("nsubj", "dobj", "nsubjpass", "ROOT") and not c.source
        and not _ended(c.trigger) and (acted or (_time_of(c.trigger) and not c.target)) else (c, dropped)
        for c, dropped in proposed
    ]  # fmt: skip
    # a war of no one named, spoken of inside another phrase ("the scars of the last war", "took part in the Balkan
    # war", "hurt by sanctions and war") is the background of what is said, no act reported (not one whose sides
    # are named: "a war between Armenia and Azerbaijan", "the war on Gaza"; nor one a conflict grows "into", nor
    # one counted out in time, "six years of war devastated the country")
    proposed = [
        (c, "background") if dropped is None and c.trigger.pos_ == "NOUN" and c.trigger.lemma_.lower() == "war"
        and c.trigger.dep_ == "pobj" and c.trigger.head.lower_ != "into" and not _war_counted(c.trigger)
        and not c.source and not c.target
        and not any(g.dep_ == "prep" and g.lower_ in ("between", "with", "against", "on", "in") for g in c.trigger.children)
        else (c, dropped)
        for c, dropped in proposed
    ]  # fmt: skip
    # "seized before delivery", "stolen after delivery": a bare noun of no one that says when is a time
    proposed = [
        (c, "background") if dropped is None and c.trigger.pos_ == "NOUN" and c.trigger.dep_ == "pobj"
        and c.trigger.head.lower_ in w.TIME_PREPS and not c.source and not c.target
        and not any(True for _ in c.trigger.children) else (c, dropped)
        for c, dropped in proposed
    ]  # fmt: skip
    # "investment into factories", "new loans for our clients": the market in general, no one's act
    proposed = [
        (c, "background") if dropped is None and c.trigger.pos_ != "VERB" and c.trigger.lemma_.lower() in w.MARKET_NOUNS
        and not c.source and not c.target else (c, dropped)
        for c, dropped in proposed
    ]  # fmt: skip
    return [
        Candidate(c, dropped, depths[c.trigger.i],
                  patterns[c.trigger.i] if c.trigger.i in patterns else tr.pattern_reading(c.trigger))
        for c, dropped in proposed
    ]  # fmt: skip
