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

from rashomon.ingest.dates import MONTHS
from rashomon.nlp.attribution import SPEECH_VERBS, attribute
from rashomon.nlp.events import arguments as args
from rashomon.nlp.events import syntax as sx
from rashomon.nlp.events import triggers as tr
from rashomon.nlp.events import words as w
from rashomon.nlp.lexicon import Trigger, triggers
from rashomon.nlp.modality import DENY_VERBS, claim_to, is_negated
from rashomon.nlp.ontology import lookup

if TYPE_CHECKING:
    from collections.abc import Collection

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


#: verbal events whose clause complement is their content, not a separate happening ("threatened to stop talks")
CONTENT_TYPES = frozenset({"THREATEN", "REQUEST", "AGREE", "REJECT"})


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
    from a treaty); None for an act whose end is no yielding (a statement, a threat)."""
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
    return None


#: waters a missile fired into is aimed at no one in ("fired two missiles into the sea")
OPEN_WATERS = frozenset({"sea", "ocean", "water", "waters"})
#: spans of time an act is counted in ("six years of war")
TIME_SPANS = frozenset({"year", "month", "week", "day", "decade", "hour"})
#: verbs by which an act its subject names comes to an end
SUBSIDING_VERBS = frozenset({"end", "stop", "cease", "halt", "subside", "abate"})


def _ended(tok: Token) -> bool:
    """Whether the act of ``tok`` is ended by the word governing it rather than done: "halted its air strikes",
    "stopped shelling", "called off the strike", "gave up fighting", "a cessation of hostilities", "an end to the
    blockade"; not when the ending is denied or failed ("did not stop the attacks", "failed to stop massacres"),
    but when it is refused ("will not end the strike": a refusal to yield, see :func:`_refused`)."""
    head = tok.head
    if tok.dep_ == "pobj" and head.lower_ == "of" and head.head.lemma_.lower() in TIME_SPANS and head.head.dep_ == "dobj":
        # "the deal ends six years of war": what the span of time is of is what ends
        tok, head = head.head, head.head.head
    elif tok.dep_ == "pobj" and head.lower_ in ("of", "to") and head.head.pos_ == "NOUN":
        return head.head.lemma_.lower() in w.ENDING_NOUNS
    if tok.dep_ == "nsubj" and head.pos_ == "VERB" and head.lemma_.lower() in SUBSIDING_VERBS and not is_negated(head) and not any(
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
        and tok.head.lemma_.lower() in w.ENDING_VERBS | SUBSIDING_VERBS
        and not any(c.dep_ == "poss" for c in tok.children) and args.all_of_sectors(source, STOPPING_SECTORS)
    )  # fmt: skip


def _contraband(tok: Token) -> bool:
    """Whether what a trade trigger moves is contraband ("export drugs", "the heroin trade", "smuggled opium"):
    its object, or a compound before the noun."""
    goods = [c for c in tok.children if c.dep_ in ("dobj", "nsubjpass", "compound")]
    return any(g.lemma_.lower() in w.CONTRABAND or g.lower_ in w.CONTRABAND for g in goods)


#: words that make a market a place people gather, not an economy ("a crowded market", "the cattle market")
MARKETPLACE_WORDS = frozenset({"crowded", "busy", "local", "main", "central", "open", "outdoor", "weekly", "vegetable",
                               "fish", "cattle", "livestock", "food", "fruit", "street", "town", "village", "city",
                               "camel", "meat", "night", "market", "bazaar"})


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


def _marketplace(noun: Token) -> bool:
    """Whether a market aimed at is a place ("opened fire on a market", "shelled a crowded market in Idlib"), not
    an economy ("attacking the smartphone market"): "a market", one named by a place word, or one placed "in" a
    town."""
    if noun.lemma_.lower() != "market":
        return False
    mods = [c for c in noun.children if c.dep_ in ("amod", "compound", "nmod")]
    if sx.pobjs(noun, "in", "at", "near"):
        return True
    if noun.dep_ == "dobj" and not mods and (doer := sx.subject(noun.head)) is not None and doer.lemma_.lower() in w.ARMED_NOUNS:
        return True  # "rebels attacked the market in Bama": a market armed men attack is a place
    if not mods:
        return any(c.dep_ == "det" and c.lower_ == "a" for c in noun.children)  # ("the market": as often the economy)
    return all(m.lemma_.lower() in MARKETPLACE_WORDS or m.ent_type_ in ("GPE", "FAC", "LOC") for m in mods)


def _unarmed_foe(tok: Token) -> bool:
    """Whether what an assault trigger is aimed at is no enemy but a disease, a disaster or a social ill ("to fight
    the Ebola epidemic", "the fight against corruption"): its object, or what it is "against"."""
    aimed = [c for c in tok.children if c.dep_ == "dobj"]
    # (and what a launched or waged act is against: "launched an attack on Samsung's market share")
    aimed += [g for h in [tok, *aimed] for c in h.children if c.dep_ == "prep" and c.lower_ in ("against", "on")
              for g in c.children if g.dep_ == "pobj"]  # fmt: skip
    if any((a.lemma_.lower() in w.UNARMED_FOES or a.lower_ in w.UNARMED_FOES) and not _marketplace(a) for a in aimed):
        return True
    # ("market share": a share of what the compound before it names)
    if any(a.lemma_.lower() == "share" and c.dep_ == "compound" and c.lemma_.lower() in w.UNARMED_FOES for a in aimed for c in a.children):
        return True
    # "fighting the lockdown orders", "violations of distancing laws": a rule opposed or broken, no one attacked
    ruled = aimed if tok.lemma_.lower() in ("fight", "fighting") else sx.pobjs(tok, "of") if tok.lemma_.lower() == "violation" else []
    return any(a.lemma_.lower() in w.RULE_NOUNS for a in ruled)


#: sectors of a state's own power
STATE_SECTORS = frozenset({"GOV", "MIL", "COP", "JUD", "LEG", "SPY"})
#: sectors of people outside power who block in protest: activists and opposition, civilians, workers, students
PEOPLE_SECTORS = frozenset({"OPP", "CVL", "LAB", "EDU", "AGR", "BUS", "REL"})
#: sectors of those whose camp is a protest camp ("protesters set up a camp outside parliament"; not civilians, who
#: may be displaced: "refugees set up camps")
PROTEST_CAMPERS = frozenset({"OPP", "LAB", "EDU", "AGR"})
#: verbs of alleging: their participle after a noun says what the one named is said to have done ("a man accused
#: of theft"), where no one who says it is named
ALLEGING_VERBS = frozenset({"accuse", "suspect", "blame", "allege"})
#: nouns of buildings and places, which do nothing: a participle the parser hangs from one is another's act
THING_NOUNS = frozenset({"building", "buildings", "parliament", "palace", "embassy", "consulate", "ministry", "square",
                         "airport", "station", "bridge", "road", "highway", "street", "gate", "gates", "compound"})


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


def _tied_by_things(verb: Token) -> bool:
    """Whether ``verb`` is a passive whose agent is a thing, not an actor ("are linked by ties", "bound by
    centuries of shared history"; not "were united by the king")."""
    agents = _agent_objects(verb)
    return any(c.dep_ == "auxpass" for c in verb.children) and bool(agents) and all(
        g.pos_ == "NOUN" and not g.ent_type_ and g.lemma_.lower() not in w.ARMED_NOUNS for g in agents)


def _own_subjects(verb: Token) -> list[Token]:
    """The subject ``verb`` has in its own clause: its own "nsubj", or the noun of a "for ... to" before it ("for relief
    lorries to enter Kyrgyzstan", which the parser hangs from the verb before)."""
    own = [c for c in verb.children if c.dep_ == "nsubj"]
    if not own and verb.i >= 2 and verb.doc[verb.i - 1].lower_ == "to":
        before = verb.doc[verb.i - 2]
        if before.dep_ == "pobj" and before.head.lower_ == "for":
            own = [before]
    return own


def _armed_subject(verb: Token) -> bool:
    """Whether the subject of ``verb`` bears arms (:func:`_bears_arms`)."""
    subj = sx.subject(verb)
    return subj is not None and _bears_arms(subj)


def _bears_arms(doer: Token) -> bool:
    """Whether ``doer`` bears arms: forces named by a noun (:data:`words.ARMED_NOUNS`), or a name (a country, a group;
    not a people: "Azerbaijanis", nor a person: "the minister left the city")."""
    # ("hundreds of fighters" bear arms; "thousands of Azerbaijanis" are a people)
    return sx.counted(doer).lemma_.lower() in w.ARMED_NOUNS or (doer.pos_ == "PROPN" and doer.ent_type_ in ("GPE", "ORG", ""))


def _ringed_by_no_force(verb: Token) -> bool:
    """Whether what surrounds or encircles a place is no armed force and no side named ("hills surround the town",
    "the town is surrounded by vineyards"), as troops or police who surround a palace are (or a people named)."""
    doer = sx.agent(verb) or sx.subject(verb)
    return doer is None or not (_bears_arms(doer) or (doer.pos_ == "PROPN" and doer.ent_type_ == "NORP"))


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
            g.dep_ == "pobj" and (g.lemma_.lower() in w.BORDER_NOUNS or (g.lemma_.lower() in w.AREA_NOUNS | OPEN_WATERS and not g.ent_type_))
            for g in p.children)
        for p in _sending_preps(verb)
    )  # fmt: skip


_SCORE = re.compile(r"\b\d{1,2}\s?[-–]\s?\d{1,2}\b")


def _sport(sent: Span) -> bool:
    """Whether a sentence reports sport: a word of :data:`words.SPORT_WORDS`, or a score ("2-0", "3–1") that
    is no date or range of years."""
    if any(t.lower_ in w.SPORT_WORDS or t.lemma_.lower() in w.SPORT_WORDS for t in sent):
        return True
    for m in _SCORE.finditer(sent.text):
        at = sent.char_span(m.start(), m.end(), alignment_mode="expand")
        # "27-28 September", "in 1992-94", "5-6 protesters": dates and ranges, not scores
        if at is None or any(t.ent_type_ in ("DATE", "TIME", "MONEY", "PERCENT", "QUANTITY") for t in at):
            continue
        after = at.doc[at.end] if at.end < len(at.doc) else None
        before = at.doc[at.start - 1] if at.start > 0 else None
        dated = any(t is not None and (t.ent_type_ == "DATE" or t.lower_ in MONTHS) for t in (before, after))
        if not dated and (after is None or after.pos_ != "NOUN"):
            return True
    return False


def _bloodshed(tok: Token, sent: Span) -> bool:
    """Whether a sentence about sport still reports violence: the act is done by armed men ("militants attacked
    a football match"), or people are killed, wounded or taken."""
    subject = sx.subject(tok) if tok.pos_ == "VERB" else None
    if subject is not None and subject.lemma_.lower() in w.ARMED_NOUNS:
        return True
    return any(t.lemma_.lower() in w.HARM_WORDS for t in sent)


def _by_nature(verb: Token) -> bool:
    """Whether what does the harm a verb names is a force of nature or a disease, not anyone ("the storm hit
    the town", "the virus killed thousands", "were killed by the earthquake", "died in the floods"), or a mishap
    ("was hurt badly in the collision", "two died in a road accident")."""
    doers = _named_doers(verb)
    described = verb.dep_ == "acl" and verb.tag_ == "VBN" and sx.agent(verb) is None
    if (not doers and any(c.dep_ == "nsubjpass" for c in verb.children)) or described:
        doers = sx.pobjs(verb, "in")  # "were killed in the earthquake", "three people killed in a crash"
    # (a storm by its name: "Hurricane Ida killed 40 people", "Storm Ciara battered the coast")
    return any(d.lemma_.lower() in w.NATURAL_FORCES or d.lemma_.lower() in w.UNARMED_FOES or d.lemma_.lower() in w.ACCIDENT_NOUNS
               or any(c.dep_ == "compound" and c.i < d.i and c.lower_ in w.NATURAL_FORCES for c in d.children)
               or _mishap(d)  # ("a gas explosion killed five": a mishap)
               for d in doers)  # fmt: skip


#: groups of people that may be deployed ("deployed seven rescue teams")
_CREWS = frozenset({"team", "crew", "staff", "personnel", "contingent", "mission", "delegation", "squad", "detachment",
                    "unit", "force", "observer", "monitor", "expert", "volunteer", "worker", "medic", "doctor"})
#: what goes off or burns, which a word of words.MISHAP_SOURCES before it makes a mishap (not "a gas attack")
_BLASTS = frozenset({"explosion", "blast", "fire", "blaze", "leak", "explode"})


def _mishap(noun: Token) -> bool:
    """Whether ``noun`` is a blast or a fire a word before it says came of a mishap ("a gas explosion", "a boiler
    blast"), not an attack ("a chemical attack", "a gas attack")."""
    return noun.lemma_.lower() in _BLASTS and _takes(noun, w.MISHAP_SOURCES, "compound", "amod")


def _named_doers(verb: Token) -> list[Token]:
    """Who or what does what ``verb`` names: the subject of an active verb, the agent of a passive one."""
    passive = any(c.dep_ == "nsubjpass" for c in verb.children)
    doers = [] if passive else [d for d in [sx.subject(verb)] if d is not None]
    return doers + _agent_objects(verb)


def _agent_objects(verb: Token) -> list[Token]:
    """The nouns of a passive verb's "by" agent ("was struck by a falling tree": tree)."""
    return [g for c in verb.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]


def _in_words(tok: Token) -> bool:
    """An attack made over or for what someone said or stands for ("attacked Haley over her support for
    Ukraine"): criticism, not force."""
    return any(g.lemma_.lower() in w.STANCE_OBJECTS for g in sx.pobjs(tok, "over", "for"))


def _own_view(tok: Token) -> bool:
    """"I agree that ...", "you disagree": a writer's or a reader's view, no one's agreement."""
    return tok.lemma_.lower() in ("agree", "disagree") and any(c.dep_ == "nsubj" and c.lower_ in ("i", "you") for c in tok.children)


def _participle_read_as_verb(tok: Token) -> bool:
    """Whether a participle the parser reads as a finite verb sits inside a noun phrase: after a determiner or a
    nationality and an adverb, before its bare common noun ("a swap between the Somali internationally recognised
    government and ...", parsed "the Somali | internationally recognised | government"); not after people
    ("the Iranians formally recognised ...")."""
    doc = tok.doc
    if tok.tag_ not in ("VBD", "VBN") or tok.i < 2 or tok.i + 1 >= len(doc):
        return False
    adverb, before, noun = doc[tok.i - 1], doc[tok.i - 2], doc[tok.i + 1]
    return (adverb.dep_ == "advmod" and adverb.head == tok and adverb.lower_.endswith("ly")
            and (before.dep_ == "det" or (before.ent_type_ == "NORP" and before.tag_ not in ("NNS", "NNPS")))
            and noun.head == tok and noun.dep_ == "dobj" and noun.pos_ == "NOUN" and not any(c.dep_ == "det" for c in noun.children))  # fmt: skip


def _opinion(tok: Token) -> bool:
    """Whether ``tok`` names an act only weighed, hoped for or agreed with as a view, which is a statement and
    no event: "is considering sending aid" (the object of a verb of weighing), "pessimistic about a deal",
    "optimism about a truce" (what a mood is about), "agreed with parliament that ..." (a view shared),
    "I agree that ..." (a writer's own view)."""
    if _own_view(tok):
        return True
    if tok.lemma_.lower() == "agree" and any(c.dep_ == "prep" and c.lower_ == "with" for c in tok.children):
        return any(c.dep_ == "ccomp" for c in tok.children) or any(
            g.lower_ == "what" for c in tok.children if c.dep_ == "prep" for g in c.subtree
        )
    head = tok.head
    if tok.dep_ in ("xcomp", "dobj") and head.lemma_.lower() in w.CONSIDERING_VERBS:
        return True
    cur = tok
    for _ in range(3):  # "the possibility of a deal": up through "of" phrases to the mood's preposition
        if cur.dep_ != "pobj" or cur.head.pos_ != "ADP":
            return False
        above = cur.head.head
        if above.lemma_.lower() in w.MOOD_WORDS | w.SYMPATHY_WORDS:
            return True
        # "expressed optimism at a deal", "offered condolences over the attack": the parser may hang the
        # mood's preposition from the verb that expresses the mood
        if above.pos_ in ("VERB", "AUX") and any(
            c.dep_ in ("dobj", "acomp") and c.lemma_.lower() in w.MOOD_WORDS | w.SYMPATHY_WORDS for c in above.children
        ):
            return True
        if cur.head.lower_ != "of" or above.pos_ != "NOUN":
            return False
        cur = above
    return False


def _comment(verb: Token) -> bool:
    """Whether ``verb`` only says something, which is a CAMEO statement (root 01) and no event: a refusal to
    comment ("declined to comment on the dispute": 011, decline comment, not a rejection), words of
    sympathy offered ("offered his condolences", "extended sympathies": 018, an empathetic comment), or
    blame rejected ("rejected the accusations": 016, deny responsibility, not the rejection of a proposal)."""
    lemma = verb.lemma_.lower()
    for c in verb.children:
        if c.dep_ != "dobj":
            continue
        if c.lemma_.lower() in w.SYMPATHY_WORDS:
            return True
        if lemma in ("reject", "deny", "dismiss", "refute", "rebuff") and (
            {c.lemma_.lower(), *tr.singular_forms(c)} & w.DENIED_BLAME
            # "dismissed reports that its troops had entered ...": a report whose clause says what is denied
            or (c.lemma_.lower() in w.NEWS_NOUNS and any(g.dep_ in ("acl", "ccomp") and any(
                m.dep_ == "mark" and m.lower_ == "that" for m in g.children) for g in c.children))
        ) and not claim_to(c):
            return True
    return lemma in ("decline", "refuse") and any(
        c.dep_ == "xcomp" and c.lemma_.lower() in w.COMMENT_VERBS and not any(g.dep_ == "dobj" for g in c.children)
        for c in verb.children
    )


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
    if undergone and sx.agent(tok) is None and not any(_being(c) for c in undergone):
        return False  # "cheap meat will not be sold in our shops": no one is said to refuse
    return any(c.dep_ == "aux" and c.lower_ in w.FUTURE_AUX for c in head.children) or any(
        c.dep_ == "advcl" and any(g.dep_ == "mark" and g.lower_ in w.CONDITION_MARKS for g in c.children)
        for c in head.children
    )


#: verbs of thinking what will happen: what they report of the future is foreseen, not promised or threatened
FORESEEING_VERBS = frozenset({"believe", "think", "predict", "expect", "fear", "suspect", "estimate", "forecast", "assume",
                              "guess", "suggest", "worry"})  # fmt: skip


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
    if head.dep_ == "ccomp" and head.head.lemma_.lower() in FORESEEING_VERBS:
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


#: the protester nouns that name a gathering of people, not what they do there (see _met_protests)
GATHERED_NOUNS = frozenset({"crowd", "mob"})
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
        if crowd.lemma_.lower() in GATHERED_NOUNS and g not in by_state:
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


def _content_of(tok: Token, found: dict[int, tuple[Token, Trigger]]) -> bool:
    """True when ``tok`` lies in the complement of a threat, request, promise or refusal ("threatened
    to institute a curfew", "demanded that the US cancel plans to sell arms"): the content is no
    separate happening."""
    cur = tok
    for _ in range(5):
        if cur.head.i == cur.i:
            return False
        dep, head = cur.dep_, cur.head
        if head.pos_ == "ADP" and dep in ("pcomp", "pobj") and head.head.i != head.i:
            cur, head = head, head.head
            dep = "pcomp"
        # a condition of a threat or a promise ("threatened to strike unless Israel rescinded ...") and a
        # clause marked by "for" ("pushing for the US to support ...") are part of what is said
        marks = {c.lower_ for c in cur.children if c.dep_ == "mark"}
        if dep == "advcl" and marks & w.CONTENT_MARKS:
            dep = "ccomp"
        # ("call on the US to ease sanctions": the parser may hang the infinitive of an appeal from the verb as a purpose)
        if (dep == "advcl" and head.i in found and lookup(found[head.i][1].cameo).plover == "REQUEST"
                and any(c.dep_ == "aux" and c.lower_ == "to" for c in cur.children)):
            dep = "xcomp"
        if dep in ("xcomp", "ccomp", "pcomp") and head.i in found:
            # what a view agrees with is said as so ("I agree that Aliyev is backed by Israel"), not promised
            return (lookup(found[head.i][1].cameo).plover or "") in CONTENT_TYPES and not _own_view(head)
        if dep not in ("dobj", "xcomp", "ccomp", "pcomp", "attr", "nsubjpass", "conj"):
            return False
        cur = head
    return False


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


def _withdrawn(forces: Token) -> bool:
    """Whether ``forces`` (or the number of them) are what a verb of withdrawing or reducing acts on ("agreed to
    reduce the number of troops stationed in the region")."""
    head = forces
    if head.dep_ == "pobj" and head.head.lower_ == "of" and head.head.head.lemma_.lower() in ("number", "size", "presence"):
        head = head.head.head
    return head.dep_ == "dobj" and head.head.lemma_.lower() in w.WITHDRAWING_VERBS


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


def _relief_word(t: Token) -> bool:
    """Whether ``t`` is a word of relief (:data:`words.RELIEF_WORDS`: "refugee", "medical", "displaced")."""
    return t.lemma_.lower() in w.RELIEF_WORDS or t.lower_ in w.RELIEF_WORDS


def _relief_site(verb: Token) -> bool:
    """Whether the place ``verb`` sets up is one of relief: a word of relief on it or in its "for" ("refugee camps",
    "a medical camp", "camps for flood victims", "for the displaced")."""
    for o in (c for c in verb.children if c.dep_ == "dobj"):
        said = [g for g in o.children if g.dep_ in ("compound", "amod")]
        said += [t for p in (*o.children, *verb.children) if p.dep_ == "prep" and p.lower_ == "for"
                 for g in p.children if g.dep_ == "pobj" for t in (g, *g.children)]  # fmt: skip
        if any(_relief_word(t) for t in said):
            return True
    return False


def _into_custody(verb: Token) -> bool:
    """Whether ``verb`` puts someone into custody, detention, jail or prison ("was taken into custody")."""
    return any(g.lemma_.lower() in ("custody", "detention", "jail", "prison") for p in verb.children if p.dep_ == "prep"
               for g in p.children)  # fmt: skip


def _raid_to_arrest(raid: Token) -> bool:
    """Whether a raid is made to arrest people: a purpose of arresting on it or on the light verb that carries its
    noun ("raided homes to arrest suspects", "conducted raids to detain religious leaders")."""
    holders = [raid, raid.head] if raid.pos_ == "NOUN" and raid.dep_ == "dobj" else [raid]
    return any(c.dep_ in ("advcl", "xcomp", "acl", "relcl") and c.lemma_.lower() in w.ARRESTING_VERBS
               and any(g.dep_ == "aux" and g.lower_ == "to" for g in c.children)
               for h in holders for c in h.children)  # fmt: skip


def _names_someone(verb: Token) -> bool:
    """Whether "call" gives someone a name ("called the ambassador a very stupid guy", "called him a hero", "a man
    called John"): its object and what it calls it, a name set beside the one the parser reads as what is called, or
    a participle naming a common noun."""
    deps = {c.dep_ for c in verb.children}
    if (verb.dep_ == "acl" and verb.tag_ == "VBN" and verb.head.pos_ == "NOUN" and "oprd" in deps and "agent" not in deps
            and not sx.heads_misread_clause(verb)):
        return True  # "a man called John was arrested": what he is called (not "The NATO chief called Erdogan.")
    # (a name set beside the object that is no one's name: "a very stupid guy", not "the ambassador, Kim Darroch,")
    return {"dobj", "oprd"} <= deps or any(
        c.dep_ in ("oprd", "dobj") and any(g.dep_ == "appos" and any(d.lower_ in ("a", "an") for d in g.children) for g in c.children)
        for c in verb.children)  # fmt: skip


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


def _described(noun: Token) -> bool:
    """Whether a noun is the subject of a verb that only says what it is like ("the promise was a short ride",
    "supplies aren't cheap", "unity must go on being our strength"), not what it did."""
    verb = noun.head
    if noun.dep_ != "nsubj" or verb.lemma_.lower() not in _LINKING:
        return False
    heads = [verb, *(c for c in verb.children if c.dep_ == "xcomp" and c.lemma_.lower() == "be")]
    return any(c.dep_ in ("attr", "acomp") for h in heads for c in h.children)


def _generic_subject(noun: Token) -> bool:
    """Whether an act's noun is the bare subject of "be" with a noun after it, with no article, owner, number or
    anyone named by or against it ("sexual violence is a global problem", "torture is a crime"), or the bare noun of
    what victims or survivors are "of" ("victims of sexual assault"): a kind of act spoken of (not "shelling was
    heavy overnight", said of one; nor "the victims of the attack")."""
    bare = not any(c.dep_ in ("det", "poss", "nummod") or (c.dep_ == "prep" and c.lower_ in ("by", "against", "on", "of"))
                   for c in noun.children)  # fmt: skip
    if bare and noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.lemma_.lower() in ("victim", "survivor"):
        return True  # "a safe place for victims of sexual assault": a kind of act its victims suffered
    return (noun.dep_ == "nsubj" and noun.head.lemma_.lower() == "be" and noun.tag_ == "NN"
            and any(c.dep_ == "attr" and c.pos_ == "NOUN" for c in noun.head.children) and bare)


def _backed_by_arms(verb: Token) -> bool:
    """Whether a participle of backing names weapons or vehicles no one is named as owning as what backs ("backed by
    armoured vehicles", "supported by tanks"): what a force comes with, not a side backing it ("backed by Russian
    air power" is Russia's backing)."""
    agent = sx.agent(verb)
    if agent is None:
        return False
    arms = sx.counted(agent)
    own = any(c.dep_ in ("poss", "amod", "compound", "nmod") and (c.ent_type_ in ("NORP", "GPE", "ORG") or c.pos_ == "PROPN")
              for c in arms.children)  # fmt: skip
    return not own and (arms.lemma_.lower() in w.INSTRUMENT_NOUNS | w.VEHICLE_NOUNS | w.CRAFT_NOUNS or arms.lower_ in w.VEHICLE_NOUNS)


def _campers(verb: Token) -> bool:
    """Whether ``verb`` sets up a camp by people named by a common noun that bear no arms ("the scouts set up camp")."""
    subj = sx.subject(verb)
    return (subj is not None and subj.pos_ == "NOUN" and sx.counted(subj).lemma_.lower() not in w.ARMED_NOUNS
            and any(c.dep_ == "dobj" and c.lemma_.lower() == "camp" for c in verb.children))  # fmt: skip


def _prize(obj: Token) -> bool:
    """Whether what is captured or taken is won in a contest, a market or a mind, not seized ("the title", "the
    imagination of millions", "40 percent of the vote"; not "20 percent of its territory")."""
    if obj.lemma_.lower() in w.PART_WORDS or obj.lower_ in w.PART_WORDS:
        return any(g.lemma_.lower() in w.PRIZE_NOUNS for g in sx.pobjs(obj, "of"))
    return obj.lemma_.lower() in w.PRIZE_NOUNS or obj.lower_ in w.PRIZE_NOUNS


def _harm_to_land(tok: Token) -> bool:
    """Whether ``tok`` destroys the natural world (:data:`words.WILD_THINGS`) with no armed side or act named as its
    doer ("illegal logging destroyed the rainforest", "destroying natural habitats"; not "shelling destroyed the
    forests near Izium", nor "Russian troops burned the forest")."""
    if not _takes(tok, w.WILD_THINGS, "dobj", "nsubjpass"):
        return False
    doer = (sx.agent(tok) or sx.subject(tok)) if tok.pos_ == "VERB" else None
    if doer is None:
        return True
    armed = doer.lemma_.lower() in w.ARMED_NOUNS or ("N", doer.lemma_.lower()) in triggers()
    named = doer.ent_type_ in w.ACTOR_ENTS or any(c.ent_type_ in w.ACTOR_ENTS for c in doer.children)
    return not armed and not named


def _war_counted(war: Token) -> bool:
    """Whether ``war`` is counted out in time ("six years of war", "after months of war"): the war itself."""
    return war.head.lower_ == "of" and war.head.head.lemma_.lower() in ("year", "month", "decade", "week", "day")


def _incursion(cross: Token) -> bool:
    """Whether armed men (by their word: "troops", "soldiers", "forces") cross a border or into another's territory
    ("crossed into Armenian territory", "crossed the border into Ukraine", "crossed into Congo"); not volunteers brought "to cross into"
    a country to fight for it, nor migrants crossing a border."""
    subject = sx.subject(cross)
    if subject is None or sx.counted(subject).lemma_.lower() not in w.ARMED_NOUNS:
        return False
    crossed = [c for c in cross.children if c.dep_ == "dobj"] + sx.pobjs(cross, "into")
    # (or, as a report of what they did, into a named country or place: "Rwandan troops crossed into Congo"; not what
    # fighters are got "to cross into" a country, who may come to fight for it)
    reported = not any(c.dep_ == "aux" and c.lower_ == "to" for c in cross.children)
    return any(c.lemma_.lower() in ("border", "frontier", "boundary", "territory", "airspace", "waters", "land")
               for c in crossed) or (reported and any(g.ent_type_ in ("GPE", "LOC") for g in sx.pobjs(cross, "into")))  # fmt: skip


def _crash(verb: Token) -> bool:
    """Whether a vehicle the subject of ``verb`` ("struck", "hit") is runs into a thing, not into people ("the bus hit
    a tree", "a car struck the back of a parked truck"; not "a truck struck a crowd of pedestrians")."""
    subject = sx.subject(verb)
    obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
    if subject is not None and subject.lower_ == "it":
        # "a car driven by a local man was heading north when it struck ...": the vehicle the sentence named before
        subject = next((t for t in reversed(verb.doc[verb.sent.start : subject.i]) if t.lemma_.lower() in w.VEHICLE_NOUNS), subject)
    return (subject is not None and obj is not None and subject.lemma_.lower() in w.VEHICLE_NOUNS
            and obj.lemma_.lower() in w.CRASH_OBJECTS)  # fmt: skip


def _displaced_doer(verb: Token) -> bool:
    """Whether the subject of ``verb`` is people in need of relief ("refugees", "displaced people", "flood victims")."""
    subj = sx.subject(verb)
    if subj is None:
        return False
    said = (who := sx.counted(subj), *(g for g in who.children if g.dep_ in ("amod", "compound")))
    return any(_relief_word(t) for t in said)


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


def _office_holder(verb: Token) -> bool:
    """Whether what ``verb`` takes as its object is someone holding a post: an office noun ("the defence minister",
    "its chief of staff") or a person's name."""
    return any(c.dep_ == "dobj" and (c.lemma_.lower() in w.PERSON_NOUNS or c.ent_type_ == "PERSON") for c in verb.children)


def _committed_to(noun: Token) -> Token | None:
    """The "committed" an agreement noun is the object of ("remains committed to a peace treaty"), or None."""
    if noun.pos_ == "NOUN" and noun.dep_ == "pobj" and noun.head.lower_ == "to" and noun.head.head.lower_ in ("committed", "dedicated"):
        return noun.head.head
    return None


def _officials_rally(noun: Token, resolve: args.ActorResolver) -> bool:
    """Whether a protest noun is a rally held by a government or its officers ("the president's rally", "the
    ruling party's march" is a party's): whose it is by a possessive, resolved to a government sector."""
    owners = [c for c in noun.children if c.dep_ == "poss" and c.pos_ != "PRON"]
    return any(m.actor is not None and m.actor.sector == "GOV" for m in args.actors(owners, resolve))


def _time_of(noun: Token) -> bool:
    """Whether ``noun`` names an era that only says when something was: the object of a preposition of time
    ("since the war", "before the conflict", "prior to the war")."""
    if noun.dep_ != "pobj" or noun.lemma_.lower() not in w.ERA_NOUNS or any(c.dep_ == "prep" for c in noun.children):
        return False  # ("during the occupation of Karabakh": an act with whom it is done to, not an era)
    prep = noun.head
    return prep.lower_ in w.TIME_PREPS or (prep.lower_ == "to" and prep.head.lower_ == "prior")


def _terms_of(noun: Token, row: Trigger) -> bool:
    """Whether an agreement noun names the frame an act is done in, an agreement made before: "under the deal",
    "under the terms of the truce", "as part of the agreement", "in line with the accord", "according to the
    ceasefire" (not "came under attack": only agreements and truces)."""
    if not (row.cameo.startswith("03") or row.cameo in ("057", "0871")):
        return False
    frame = noun
    if noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.lemma_.lower() in w.TERMS_NOUNS:
        frame = noun.head.head  # "the terms of the deal", "part of the agreement"
    if frame.dep_ != "pobj":
        # "Under the truce deal Turkish monitors were deployed": without a comma the parser may make
        # the agreement the sentence's head; the words before it still say so
        first = noun.i
        while first > noun.sent.start and noun.doc[first - 1].dep_ in ("det", "compound", "amod", "nummod", "poss") and (
            first <= noun.doc[first - 1].head.i <= noun.i
        ):
            first -= 1
        before = [t.lower_ for t in noun.doc[max(noun.sent.start, first - 2) : first]]
        return bool(before) and (before[-1] in w.TERMS_PREPS or (
            len(before) == 2 and before[1] in ("with", "to") and before[0] in w.TERMS_HEADS))
    prep = frame.head
    return (
        prep.lower_ in w.TERMS_PREPS
        or (prep.lower_ == "as" and frame is not noun)
        or (prep.lower_ in ("with", "to") and prep.head.lower_ in w.TERMS_HEADS)
    )


def _releases_a_thing(tok: Token) -> bool:
    """Whether a release (CAMEO 0841: of people held) is of a thing published or made public ("released a
    statement", "the release of the report", "a video released by the ministry"), or, as a noun, of no one
    named at all ("the next major release")."""
    if tok.pos_ == "VERB":
        things = [c for c in tok.children if c.dep_ in ("dobj", "nsubjpass")]
        if tok.dep_ == "acl" and tok.head.pos_ in ("NOUN", "PROPN"):
            things.append(tok.head)  # "a video released by the ministry"
    else:
        if tok.dep_ == "nsubj" and tok.head.lemma_.lower() in SPEECH_VERBS:
            return True  # "the Biden release said": a press release, which speaks
        things = sx.pobjs(tok, "of") or [c for c in tok.children if c.dep_ in ("compound", "poss")]
        if not things:
            return True  # "the newest major release", "patch releases": a release of no one named is a product
    return any({c.lemma_.lower(), c.lower_} & w.RELEASED_THINGS for c in things)


def _releases_funds(tok: Token) -> bool:
    """Whether a release (CAMEO 0841) is of a sum or of aid ("authorized the release of $300 million in security
    assistance", "released funds to the region"): aid paid out, no one set free."""
    things = [c for c in tok.children if c.dep_ in ("dobj", "nsubjpass")] if tok.pos_ == "VERB" else sx.pobjs(tok, "of")
    return any({c.lemma_.lower(), c.lower_} & w.RELEASED_FUNDS or c.ent_type_ == "MONEY" for c in things)


def _asks_a_question(verb: Token) -> bool:
    """Whether "ask" puts a question ("asked why Iran ...", "asked whether", "asked this question") rather than
    asking for something."""
    if _takes(verb, {"question", "query"}):
        return True
    if any(c.dep_ == "prep" and c.lower_ == "about" for o in (verb, *(c for c in verb.children if c.dep_ == "dobj"))
           for c in o.children) and not any(
            c.dep_ in ("xcomp", "ccomp") or (c.dep_ == "prep" and c.lower_ == "for") for c in verb.children):
        return True  # "the spokesman was asked about the strike", "asked him about the talks": a question put
    return not any(c.dep_ in ("dobj", "dative") or (c.dep_ == "prep" and c.lower_ == "for") for c in verb.children) and any(
        c.dep_ == "ccomp" and any(g.lower_ in ("why", "how", "what", "whether", "if", "who", "when", "where")
                                  for g in c.children if g.dep_ in ("advmod", "mark", "nsubj", "dobj", "attr"))
        for c in verb.children
    )  # fmt: skip


#: why the rules leave a candidate out that no model overturns: the parse says it is part of another event
#: (a modifier, a carried object, the content of a threat), no act at all (a question, a display, a fight against
#: a disease, an act weighed or hoped for, a verb alone with no argument: "Agree!") or background
FIRM_DROPS = frozenset({"compound", "carried", "helping", "light", "content", "display", "question", "obliged", "background", "nature", "displacement", "sport",
                        "figurative", "opinion", "bare", "statement", "modifier", "thing", "crime", "absent", "commerce",
                        "personnel", "protest's demand", "motive", "campaign", "warning", "leisure", "generic",
                        "state", "repeat", "civilian", "own affairs"})  # fmt: skip


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


def _cue_verb(noun: Token, found: dict[int, tuple[Token, Trigger]]) -> Token | None:
    """The verb trigger further up whose "obj" cue is ``noun``'s own word ("placed its forces on a state of alert":
    placed), or None."""
    cur = noun
    for _ in range(6):
        if cur.head.i == cur.i:
            return None
        cur = cur.head
        if cur.pos_ in ("VERB", "AUX"):
            row = found[cur.i][1] if cur.i in found else None
            return cur if row is not None and row.cue_kind == "obj" and noun.lemma_.lower() in row.cue_words else None
    return None


def _read(
    tok: Token, row: Trigger, found: dict[int, tuple[Token, Trigger]], sent: Span, resolve: args.ActorResolver
) -> list[tuple[Coded, str | None]]:
    """The rules' reading of one trigger: its event with source and target, and why the rules would leave it
    out (None: they keep it); also the demand it makes its reporter's, where it is an obligation reported."""
    out: list[tuple[Coded, str | None]] = []
    plover = lookup(row.cameo).plover
    if not plover:
        return out
    dropped: str | None = None
    # a noun trigger that is the object of a verb trigger is that verb's event, unless the verb is light
    if tok.pos_ != "VERB":
        # a compound modifier is the event of the noun it modifies ("a ceasefire agreement") or only
        # its topic ("riot police", "aid workers", "the protest camp"), never an event of its own
        if tok.dep_ == "compound" and tok.head.pos_ in ("NOUN", "PROPN") and not tok.head.text[:1].isupper() and not (
            # "held a protest procession", "staged a protest sit-in": the form a protest took, held as an act
            # (not "took three protest leaders into custody": people the protest is theirs)
            plover == "PROTEST" and tok.head.dep_ == "dobj" and tok.head.i not in found
            and tok.head.head.lemma_.lower() in w.LIGHT_VERBS
            and tok.head.lower_ not in w.MEMBER_NOUNS | w.STRUCK_PEOPLE and tok.head.lemma_.lower() not in w.STRUCK_PEOPLE
        ):
            dropped = "compound"
        verb = sx.verb_above(tok) or _cue_verb(tok, found)
        # "detained during protests", "amid clashes": an act beside the verb's, not its object
        beside = tok.dep_ == "pobj" and tok.head.lower_ in w.TIME_PREPS
        # "Israel retaliated with air strikes": what one responds with is the act, not carried by the response
        beside = beside or (tok.dep_ == "pobj" and tok.head.lower_ == "with" and verb is not None
                            and tok.head.head.i == verb.i and verb.lemma_.lower() in w.RESPONDING_VERBS)  # fmt: skip
        # "blamed Iran for the attack": what one is blamed for is an act of its own, the one blamed its doer
        beside = beside or (
            tok.dep_ == "pobj" and tok.head.lower_ in ("of", "for") and verb is not None and tok.head.head.i == verb.i
            and verb.lemma_.lower() in w.ACCUSING_VERBS
        )
        # ("the ceasefire left Karabakh in Armenian hands": no retreat carries it, as no one armed leaves)
        displaced = verb is not None and verb.lemma_.lower() in w.LEAVING_VERBS and not _armed_subject(verb)
        # ("a swap between the Somali internationally recognised government and ...": a description the parser
        # reads as a verb carries no act)
        displaced = displaced or (verb is not None and _participle_read_as_verb(verb))
        if dropped is None and not beside and verb is not None and verb.i in found and not displaced and (
            verb.lemma_.lower() not in w.LIGHT_VERBS
            or (found[verb.i][1].cue_kind is not None and tok.dep_ == "dobj")
            # ("a deal was reached with the rebels": the passive's subject as well, where the verb names whom with)
            or (found[verb.i][1].cue_kind is not None and tok.dep_ == "nsubjpass" and sx.pobjs(verb, "with"))
            # "handed a note of protest": the kind of the object the verb's cue read ("obj:protest")
            or (found[verb.i][1].cue_kind == "obj" and tok.dep_ == "pobj" and tok.head.lower_ == "of"
                and tok.head.head.dep_ == "dobj" and tok.head.head.head.i == verb.i)
            # "sanctions were imposed": the passive's subject, where the verb says the same act, is its object
            or (tok.dep_ == "nsubjpass" and found[verb.i][1].cameo == row.cameo)
            # "placed its forces on a state of alert": the very word the verb's cue read, wherever it hangs
            or (found[verb.i][1].cue_kind == "obj" and found[verb.i][1].cameo == row.cameo
                and tok.lemma_.lower() in found[verb.i][1].cue_words)
        ):
            dropped = "carried"
    else:
        # "help support", "helped to negotiate": the act helped with is the event (but "helped Armenia
        # to loot" is help given to Armenia)
        if (
            tok.lemma_.lower() in w.HELPING_VERBS
            and any(c.i in found and c.dep_ in ("xcomp", "ccomp") for c in tok.children)
            and not any(c.dep_ in ("dobj", "dative", "iobj") for c in tok.children)
        ):
            dropped = "helping"
        # a light verb whose object is itself a trigger leaves the event to the noun, unless a cue
        # names the verb's own reading ("reached an agreement", "launched rockets")
        elif tok.dep_ in ("ccomp", "xcomp") and tok.head.lemma_.lower() in sx.LETTING_VERBS and tok.head.i in found:
            dropped = "carried"  # "Egypt let free the activist": one release, which "let free" names
        elif tok.lemma_.lower() in w.LIGHT_VERBS and row.cue_kind is None and any(
            c.i in found and c.dep_ in ("dobj", "attr") for c in tok.children
        ):
            dropped = "light"
        elif tok.lemma_.lower() in w.RESPONDING_VERBS and any(
            g.i in found for g in [*sx.pobjs(tok, "with"), *(c for p in tok.children if p.dep_ == "prep" and p.lower_ == "by"
                                                             for c in p.children if c.dep_ == "pcomp")]
        ):
            # "retaliated with air strikes", "retaliated by expelling 20 diplomats": the strikes, the expulsion are the act
            dropped = "light"
        elif tok.lemma_.lower() in w.AIMED_VERBS and any(c.i in found and sx.purpose_clause(c) for c in tok.children):
            dropped = "light"  # "used tear gas to disperse the crowd": one act, the dispersal
    # the content of a threat, request, promise or refusal is not a separate happening
    if dropped is None and _content_of(tok, found):
        dropped = "content"
    elif dropped is None and tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.lemma_.lower() in w.BREACH_NOUNS:
        dropped = "content"  # "violations of the ceasefire": the breach is the act, the truce broken none of its own
    elif dropped is None and tok.pos_ == "NOUN" and tok.dep_ == "dobj" and tok.head.lemma_.lower() in w.BREACH_VERBS:
        dropped = "content"  # "violated the agreement", "to evade sanctions": broken or evaded, not made
    elif dropped is None and tok.pos_ == "NOUN" and _terms_of(tok, row):
        dropped = "background"  # "vacated the airport under the deal": an agreement made before, not made here
    elif dropped is None and ((tok.pos_ == "NOUN" and tok.dep_ == "pobj") or (tok.pos_ == "VERB" and tok.dep_ == "pcomp")) and tok.head.lower_ == "without":
        # "the talks ended without agreement", "took the town without a fight", "seized the airport without firing a
        # shot": it did not happen
        dropped = "absent"
    elif dropped is None and tok.pos_ == "NOUN" and tok.lemma_.lower() in ("conference", "briefing") and any(
        c.dep_ in ("compound", "amod") and c.lower_ in ("news", "press", "media") for c in tok.children
    ) and not any(c.lower_ in ("joint", "with") for c in tok.children):
        dropped = "statement"  # "told a news conference": where one speaks (a joint one, or one "with" someone, is a meeting)
    elif dropped is None and tok.pos_ == "NOUN" and tok.dep_ == "pobj" and tok.head.lower_ == "despite" and not any(
        c.dep_ in ("poss", "prep") for c in tok.children
    ):
        dropped = "background"  # "despite the ceasefire, rebels attacked a base": a truce in force, not made here
    elif dropped is None and tok.pos_ == "NOUN" and tok.dep_ in ("dobj", "nsubjpass") and tok.head.lemma_.lower() in w.PREVENTING_VERBS | w.FORBIDDING_VERBS:
        # "the army prevented an attack", "the war might have been avoided": it did not happen ("banned all
        # rallies": nor is it said to)
        dropped = "absent"
    elif (dropped is None and tok.pos_ == "VERB" and tok.dep_ == "pcomp" and tok.head.lower_ == "from"
          and tok.head.head.lemma_.lower() in w.PREVENTING_VERBS | {"stop", "keep", "deter"}):
        dropped = "absent"  # "blocked aid convoys from entering Gaza", "stopped them from crossing": kept from happening
    elif plover == "PROTEST" and tok.pos_ == "NOUN" and _officials_rally(tok, resolve):
        dropped = "campaign"  # "detained before the president's rally": a rally a government holds is no protest
    elif tok.lemma_.lower() == "demonstration" and any(c.dep_ == "prep" and c.lower_ == "of" for c in tok.children):
        dropped = "display"  # "a demonstration of Israeli military prowess": a display, not a protest
    elif tok.lemma_.lower() == "ask" and _asks_a_question(tok):
        dropped = "question"  # "I asked why Iran supports ...": a question, not a request
    elif tok.lemma_.lower() == "oppose" and any(c.dep_ == "mark" and c.lower_ == "as" for c in tok.children):
        dropped = "figurative"  # "he is with the hardliners, as opposed to Zarif": a comparison, no one opposes
    elif _opinion(tok):
        dropped = "opinion"  # "is considering sending aid", "pessimistic about a deal": a view, not an act
    elif tok.pos_ == "VERB" and (tok.dep_ == "amod" or _participle_read_as_verb(tok)):
        dropped = "modifier"  # "the internationally recognised government", "Iran-backed militias": a description
    elif tok.pos_ == "NOUN" and tok.lemma_.lower() in w.DOER_NOUNS and tok.dep_ in ("nsubj", "nsubjpass"):
        dropped = "modifier"  # "its patrols had observed no troop movements", "a patrol came under fire": who acts
    elif tok.pos_ == "VERB" and tok.dep_ == "acl" and tok.tag_ == "VBG" and tok.lemma_.lower() in w.HOSTING_VERBS and (
        tok.head.lemma_.lower() in w.FACILITY_NOUNS | w.AREA_NOUNS | w.OWNED_THINGS or tok.head.lemma_.lower() in THING_NOUNS
    ):
        dropped = "modifier"  # "fired rockets at a base hosting US troops": what the base holds, no act of its own
    elif tok.pos_ == "VERB" and tok.dep_ == "acl" and tok.tag_ == "VBN" and tok.lemma_.lower() in ("station", "base") and _withdrawn(tok.head):
        dropped = "modifier"  # "reduce the number of troops stationed in the region": where they are, no deployment
    elif tok.pos_ == "VERB" and tok.dep_ == "acl" and tok.tag_ == "VBN" and tok.lemma_.lower() in ALLEGING_VERBS and sx.agent(tok) is None:
        dropped = "modifier"  # "a mob lynched a man accused of theft": who he is said to be, no one's accusation here
    elif tok.pos_ == "VERB" and tok.dep_ == "acl" and tok.tag_ == "VBN" and tok.lemma_.lower() in w.STANCE_PARTICIPLES and sx.agent(tok) is None:
        dropped = "modifier"  # "a rebel group opposed to the government", "militias allied to Iran": who they side with
    elif (tok.pos_ == "VERB" and tok.dep_ == "acl" and tok.tag_ == "VBN" and tok.lemma_.lower() in w.OUTFIT_PARTICIPLES
          and sx.agent(tok) is None and sx.pobjs(tok, "with")):
        dropped = "modifier"  # "fighters armed with guns and machetes killed ...": what they carry, no one arms them
    elif tok.pos_ == "VERB" and tok.lemma_.lower() in ("surround", "encircle") and _ringed_by_no_force(tok):
        dropped = "thing"  # "hills surround the town": a landscape, no show of force
    elif tok.pos_ == "VERB" and _comment(tok):
        dropped = "statement"  # "declined to comment", "offered his condolences": something said, no act
    elif plover == "MOBILIZE" and tok.pos_ == "NOUN" and any(
            g.ent_type_ == "MONEY" or g.lemma_.lower() in w.MONEY_NOUNS for g in sx.pobjs(tok, "of")):
        dropped = "thing"  # "the mobilisation of 100 billion euros", "of private capital": money raised, no troops
    elif plover == "ASSAULT" and tok.lemma_.lower() == "fight" and tok.tag_ == "VBG" and tok.dep_ in ("advcl", "xcomp", "acomp") and (
            tok.head.lemma_.lower() == "come" and any(c.dep_ == "prt" and c.lower_ == "out" for c in tok.head.children)
            and not ((subj := sx.subject(tok.head)) is not None and sx.counted(subj).lemma_.lower() in w.ARMED_NOUNS)):
        dropped = "figurative"  # "the government came out fighting": a stance taken, no fight (rebels who do, fight)
    elif plover == "REQUEST" and tok.lemma_.lower() == "demand" and (
            (tok.dep_ == "pobj" and tok.head.lower_ == "in") or tok.lower_ == "on-demand"
            or ((first := sx.hyphened(tok)) is not None and first.lower_ == "on")):
        dropped = "figurative"  # "skills in high demand", "tasks scheduled on-demand": wanted by a market, no demand made
    elif plover == "REQUEST" and tok.pos_ == "NOUN" and any(
            g.lemma_.lower() in w.COMMENT_VERBS for p in tok.children if p.dep_ == "prep" and p.lower_ == "for" for g in p.children):
        dropped = "statement"  # "left a request for comment unanswered": a reporter's question, no demand
    elif plover in ("MOBILIZE", "COOPERATE") and tok.pos_ == "NOUN" and tok.lemma_.lower() in ("drill", "exercise") and _takes(
            tok, w.CIVIL_PRACTICE, "compound", "amod"):
        dropped = "thing"  # "repair drills", "a fire drill at the school": practice, no show of force
    elif tok.lemma_.lower() == "thank" and (any(
            c.dep_ == "dobj" and (c.lower_ == "you" or c.lemma_.lower() in w.AUDIENCE_NOUNS) for c in tok.children) or (
            # "I thank my colleagues for ...": a writer's own thanks to no one the actor table knows
            any(c.dep_ == "nsubj" and c.lower_ in ("i", "we") for c in tok.children)
            and not any(m.resolved for c in tok.children if c.dep_ == "dobj" for m in args.actors(sx.with_conjuncts(c), resolve)))):
        dropped = "statement"  # "we thank our readers", "thank you for reading": courtesy, no praise of an actor
    elif plover == "ASSAULT" and tok.lemma_.lower() == "kill" and tok.pos_ == "VERB" and any(
            c.dep_ == "dobj" and (c.lemma_.lower() in w.KILLED_THINGS or (c.lower_.endswith("ism") and c.pos_ in ("NOUN", "PROPN")))
            for c in tok.children):  # fmt: skip
        dropped = "figurative"  # "1992 killed socialism in Britain", "the vote killed the deal": no one's life
    elif plover == "SUPPORT" and tok.lemma_.lower() == "recognition" and _takes(tok, w.SENSED_THINGS, "compound", "amod"):
        dropped = "thing"  # "installing facial recognition": software, no state recognised
    elif plover == "PROTEST" and tok.lemma_.lower() in w.GATHERING_VERBS and (
            any(g.lemma_.lower() in w.OCCASION_NOUNS for g in sx.pobjs(tok, "for")) or any(c.lower_ == "onstage" for c in tok.children)):
        dropped = "thing"  # "the candidates met onstage in Des Moines for a debate": an occasion, no protest
    elif plover == "MOBILIZE" and tok.pos_ == "VERB" and any(
            c.dep_ == "dobj" and c.lemma_.lower() == "base" and _takes(c, w.CIVIL_BASES, "compound", "amod") for c in tok.children):
        dropped = "thing"  # "build their membership base": supporters, no camp of troops
    elif plover == "AID" and tok.pos_ == "NOUN" and tok.lemma_.lower() in ("supply", "supplies") and _takes(
            tok, w.UTILITY_WORDS, "compound", "amod"):
        dropped = "thing"  # "the provision of water supply and sanitation": a utility, no aid given
    elif plover == "THREATEN" and tok.pos_ == "NOUN" and _takes(tok, w.HAZARD_WORDS, "compound", "amod"):
        dropped = "thing"  # "a flood warning", "issued a profit warning": an advisory of weather or markets, no threat
    elif plover == "SUPPORT" and tok.pos_ == "VERB" and tok.tag_ == "VBN" and tok.lemma_.lower() in w.BACKING_VERBS and _backed_by_arms(tok):
        dropped = "modifier"  # "security forces, backed by armoured vehicles, stormed ...": what they came with
    elif plover in ("SUPPORT", "AID", "CONCEDE") and tok.pos_ == "VERB" and _thing_doer(tok):
        dropped = "thing"  # "the new road supports trade with Iran", "the reconstruction supports the displaced"
    elif row.cameo.startswith("0841") and _releases_a_thing(tok):
        dropped = "thing"  # "released a report", "the release of the report": published, no one set free
    elif plover == "ASSAULT" and _unarmed_foe(tok):
        dropped = "figurative"  # "funds to fight the Ebola epidemic": no one is attacked
    elif plover == "REJECT" and tok.pos_ == "VERB" and tok.lemma_.lower() in w.DISMISSING_VERBS and _office_holder(tok):
        dropped = "personnel"  # "the president dismissed the defence minister": a post filled anew, nothing rejected
    elif plover == "THREATEN" and row.cue_kind == "neg" and any(
            c.dep_ in ("ccomp", "xcomp") and c.lemma_.lower() in w.BECOMING_VERBS for c in tok.children):
        dropped = "state"  # "will not allow Armenia to grow weaker": a state kept from coming about, no one threatened
    elif tok.pos_ == "VERB" and tok.lemma_.lower() in w.LINKING_VERBS and _tied_by_things(tok):
        dropped = "background"  # "Serbia and Russia are linked by deep historical ties": a relation described
    elif tok.pos_ == "VERB" and tok.lemma_.lower() in w.GAINING_VERBS and any(_prize(c) for c in tok.children if c.dep_ == "dobj"):
        dropped = "figurative"  # "captured 40 percent of the vote", "captured the imagination of millions": won, not taken
    elif plover == "ASSAULT" and tok.lemma_.lower() == "cross" and not _incursion(tok):
        dropped = "displacement"  # "migrants crossed the border into Poland": people on the move, no incursion
    elif tok.pos_ == "VERB" and tok.lemma_.lower() in w.BLOW_VERBS and _crash(tok):
        dropped = "figurative"  # "a car struck the back of a parked truck": an accident, no one attacked
    elif tok.lemma_.lower() == "fire" and any(c.dep_ == "dobj" and c.lemma_.lower() == "shot" and sx.pobjs(c, "of") for c in tok.children):
        dropped = "figurative"  # "fired off a few shots of the skyline": photographs
    elif tok.lemma_.lower() == "raid" and any(c.dep_ == "dobj" and (c.lemma_.lower() in w.RAIDED_HOLDINGS or any(
            g.dep_ == "compound" and g.lemma_.lower() in w.RAIDED_HOLDINGS for g in c.children)) for c in tok.children):
        dropped = "figurative"  # "the company raided its pension fund": money spent, no one attacked
    elif row.cameo == "173" and tok.lemma_.lower() == "take" and not _into_custody(tok) and any(
            (c.dep_ == "prep" and c.lower_ in ("to", "into", "across", "out", "on", "with", "around", "along"))
            or (c.dep_ in ("advmod", "prt") and c.lower_ in ("home", "abroad", "back", "along", "around"))
            for c in tok.children):  # fmt: skip
        dropped = "figurative"  # "took the wounded to hospital", "took journalists on a tour": carried along, not detained
    elif tok.pos_ == "NOUN" and _generic_subject(tok):
        dropped = "generic"  # "sexual violence is a global problem": a kind of act spoken of, none done
    elif plover == "AID" and tok.pos_ == "VERB" and _takes(tok, w.TOLD_THINGS):
        dropped = "statement"  # "will provide a further update", "provided details to the families": said, not given
    elif tok.pos_ == "VERB" and tok.lemma_.lower() == "demonstrate" and _shows(tok):
        dropped = "figurative"  # "the snafu demonstrates that our systems are fallible": shows, no protest
    elif plover == "COERCE" and tok.pos_ == "VERB" and tok.lemma_.lower() == "occupy" and _held_by_things(tok):
        dropped = "figurative"  # "the forest zone occupied by intact landscapes": filled, not seized
    elif tok.pos_ == "NOUN" and tok.lemma_.lower() == "war" and _figurative_war(tok):
        dropped = "figurative"  # "the US-China trade war", "the war of words between Baku and Tehran": no fighting
    elif tok.pos_ == "NOUN" and tok.lemma_.lower() == "threat" and _under_threat_of_things(tok):
        dropped = "background"  # "the forests are under threat from mining": a danger described, no one threatens
    elif tok.lemma_.lower() == "target" and tok.pos_ == "VERB" and _aimed_at_audience(tok):
        dropped = "figurative"  # "the seminar is targeted at training professionals": meant for them, not attacked
    elif row.cameo == "041" and tok.lemma_.lower() == "call" and _names_someone(tok):
        dropped = "figurative"  # "called Britain's ambassador a very stupid guy": a name given, no phone call
    elif row.cameo == "154" and tok.pos_ == "VERB" and _displaced_doer(tok):
        dropped = "displacement"  # "refugees set up camps near the border": where the displaced shelter, no deployment
    elif tok.lemma_.lower() in w.LEAVING_VERBS and plover == "RETREAT" and not _armed_subject(tok):
        dropped = "displacement"  # "thousands of civilians left the district": they fled, no force retreated
    elif tok.lemma_.lower() == "enter" and row.cameo == "192" and (not _armed_subject(tok) or any(
        sx.counted(c).lemma_.lower() not in w.ARMED_NOUNS and c.pos_ != "PROPN" for c in _own_subjects(tok)
    ) or (tok.dep_ in ("xcomp", "ccomp") and tok.head.lemma_.lower() in w.ENABLING_VERBS)):  # fmt: skip
        # "thousands of refugees entered Turkey", "the president entered the city", "for relief lorries to enter
        # Kyrgyzstan": no force takes a place; "allowed the forces to enter the area": one let in takes nothing
        dropped = "displacement"
    elif tok.lemma_.lower() in w.PLAY_VERBS and _sport(sent) and not _bloodshed(tok, sent):
        dropped = "sport"  # "Brazil beat Argentina 2-0 in the World Cup qualifier": play, not force
    elif tok.pos_ == "VERB" and tok.lemma_.lower() == "meet" and any(c.dep_ == "auxpass" for c in tok.children) and sx.pobjs(tok, "with"):
        dropped = "figurative"  # "the plan was met with scepticism", "any attack will be met with a response": received
    elif row.cameo == "062" and tok.pos_ == "VERB" and tok.lemma_.lower() == "train" and _unarmed_training(tok, resolve):
        dropped = "civilian"  # "the council will be training on new methods": schooling, no military cooperation
    elif row.cameo == "054" and tok.pos_ == "VERB" and any(c.dep_ == "ccomp" for c in tok.children) and not any(
            c.dep_ == "dobj" for c in tok.children):
        dropped = "statement"  # "people have recognized that the world has changed": seen to be so, no state recognized
    elif plover == "THREATEN" and tok.pos_ == "NOUN" and _threat_is_a_thing(tok):
        dropped = "thing"  # "drought is among the gravest threats to farmers": a danger, no one threatens
    elif tok.lemma_.lower() == "recognition" and tok.dep_ == "pobj" and tok.head.lower_ == "beyond":
        dropped = "figurative"  # "the villages are changing beyond recognition": no state recognized
    elif row.cameo.startswith("03") and tok.pos_ == "VERB" and tok.lemma_.lower() == "agree" and any(
            c.dep_ == "ccomp" for c in tok.children) and (subj := sx.subject(tok)) is not None and (
            subj.lower_ in w.OPINION_HOLDERS or subj.lemma_.lower() in w.OPINION_HOLDERS):
        dropped = "statement"  # "experts agree that access to water drives the outbreak": an opinion shared
    elif row.cameo == "0874" and tok.pos_ == "VERB" and tok.lemma_.lower() == "pull" and any(
            c.dep_ == "dobj" and c.pos_ == "NOUN" and not _being(c) and sx.counted(c).lemma_.lower() not in w.DEPLOYED_ARMS
            for c in tok.children):
        dropped = "thing"  # "pulling this data out of the listings": a thing taken out, no force withdrawn
    elif row.cameo.startswith("15") and tok.pos_ == "VERB" and tok.lemma_.lower() in ("deploy", "redeploy") and any(
            c.dep_ in ("dobj", "nsubjpass") and c.pos_ == "NOUN" and not _being(sx.counted(c))
            and sx.counted(c).lemma_.lower() not in w.DEPLOYED_ARMS | w.WEAPON_NOUNS | w.CRAFT_NOUNS | _CREWS for c in tok.children):
        dropped = "thing"  # "deploying several functions on their clusters", "deployed the new software": no force
    elif plover in ("ASSAULT", "COERCE") and tok.pos_ == "NOUN" and _mishap(tok):
        dropped = "nature"  # "a gas explosion", "a boiler blast": a mishap, no one attacked
    elif plover == "COERCE" and tok.lemma_.lower() == "occupy" and _takes(tok, w.HELD_POSTS, "dobj", "nsubjpass"):
        dropped = "figurative"  # "all the highest offices were occupied by women": posts held, no land seized
    elif row.cameo == "173" and tok.pos_ == "VERB" and tok.lemma_.lower() in ("apprehend", "arrest") and _takes(
            tok, w.GRASPED_THINGS, "dobj", "nsubjpass"):
        dropped = "figurative"  # "to apprehend a truth", "arrested the decline": grasped or stopped, no one detained
    elif tok.pos_ == "VERB" and tok.lemma_.lower() == "execute" and _executes_a_thing(tok):
        dropped = "thing"  # "the company executed the plan", "tasks that execute against callbacks": carried out
    elif row.cameo == "043" and tok.pos_ == "VERB" and _hosts_a_show(tok):
        dropped = "figurative"  # "the graduation special hosted by the singer": a show presented, no visit
    elif tok.pos_ == "NOUN" and _said_again(tok, found):
        dropped = "repeat"  # "concerns the arrest of a citizen, ... informed London of this arrest": one arrest
    elif tok.pos_ == "VERB" and tok.lemma_.lower() in ("buy", "sell") and any(
            c.dep_ in ("dobj", "oprd", "xcomp", "ccomp", "advmod") and c.ent_type_ == "NORP" and not list(c.children) for c in tok.children):
        dropped = "commerce"  # "people lining up to buy British": goods of a country bought, no dealings with it
    elif row.cameo == "160" and tok.pos_ == "VERB" and _takes(tok, w.OWN_ACTIVITIES) and not any(
            g.ent_type_ not in ("DATE", "TIME") for g in sx.pobjs(tok, *w.TARGET_PREPS)):
        dropped = "own affairs"  # "the association suspended all its activity": its own work stopped, no one sanctioned
    elif tok.pos_ == "VERB" and tok.lemma_.lower() == "meet" and _meets_no_one(tok):
        dropped = "figurative"  # "can meet this challenge", "where the tip of Georgia meets Azerbaijan": no one met
    elif plover == "ASSAULT" and tok.pos_ == "VERB" and tok.lemma_.lower() == "fire" and _into_the_air(tok):
        dropped = "warning"  # "soldiers fired gunshots in the air": aimed at no one
    elif plover in ("ASSAULT", "COERCE") and tok.pos_ == "VERB" and _by_nature(tok):
        dropped = "nature"  # "the earthquake killed 300 people": no one attacked them
    elif plover == "ASSAULT" and _harm_to_land(tok):
        dropped = "nature"  # "logging is destroying natural habitats": harm to the land, no one attacked
    elif tok.pos_ == "VERB" and tok.lemma_.lower() == "sell" and sx.pobjs(tok, "on") and any(
            c.dep_ == "nsubjpass" and (c.pos_ == "PRON" or c.lemma_.lower() in w.STRUCK_PEOPLE) for c in tok.children):
        dropped = "figurative"  # "we were sold on the new bus system": persuaded, nothing traded
    elif tok.pos_ == "VERB" and tok.lemma_.lower() in w.AIMED_VERBS and row.cue_kind == "obj" and not _aimed_against(tok) and (
        # ("police used batons and tear gas", "used chemical weapons": only ever used on people)
        not row.cameo.startswith(("175", "193")) and not _chemical_arms(tok) and not _inhumane_arms(tok)
    ):  # (nor bullets: "used live ammunition")
        # "uses rockets to launch satellites": weapons used against no one (not what the CAMEO verb patterns
        # read in "used prisoners as shields", "used clubs and pepper spray")
        dropped = "figurative"
    elif plover == "COOPERATE" and _contraband(tok):
        dropped = "crime"  # "used the border to export drugs", "the heroin trade": smuggling, no exchange between actors
    if dropped is None and tok.pos_ == "VERB" and tok.lemma_.lower() in ("allege", "accuse", "suspect") and sx.agent(tok) is None and any(
        c.dep_ == "auxpass" for c in tok.children
    ) and any(c.dep_ == "xcomp" for c in tok.children):
        # "herders were alleged to have stabbed a soldier": no one's accusation, the act said with a hedge
        dropped = "statement"
    criticised = dropped is None and tok.pos_ == "VERB" and tok.lemma_.lower() in ("attack", "target") and _in_words(tok)
    if criticised:
        row, plover = replace(row, cameo="111", cue_kind=None, cue_words=frozenset(), mode=None, context=()), "ACCUSE"
    committed = _committed_to(tok) if dropped is None and (row.cameo.startswith("03") or row.cameo in ("057", "0871")) else None
    if committed is not None:
        # "Azerbaijan remains committed to a peace treaty": a commitment to an agreement, not one signed
        row, plover = replace(row, cameo="030", cue_kind=None, cue_words=frozenset(), mode=None, context=()), "AGREE"
    if dropped in FIRM_DROPS:
        out.append((Coded(tok, row, (), ()), dropped))  # no model reads it: its sides are not looked for
        return out
    if tok.pos_ == "VERB":
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
                    row, plover = replace(row, cameo="154", cue_kind=None, cue_words=frozenset(), mode=None, context=()), "MOBILIZE"
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
                thing in THING_NOUNS or thing in w.FACILITY_NOUNS or thing in w.OWNED_THINGS or thing in w.AREA_NOUNS
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
                    row, plover = replace(row, cameo="154", cue_kind=None, cue_words=frozenset(), mode=None, context=()), "MOBILIZE"
                elif plover == "AID" and row.cameo == "072" and _sent_into(tok):
                    # "sent 30 warplanes into Taiwan's air defence zone": an incursion, a show of force, not aid
                    row, plover = replace(row, cameo="150", cue_kind=None, cue_words=frozenset(), mode=None, context=()), "MOBILIZE"
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
    else:
        if tok.dep_ == "appos" and tok.head.i in found:
            return out  # "a truce, the Lusaka Accord, was signed": one event
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
            verb = sx.verb_above(noun)
            if verb is not None and verb.lemma_.lower() not in w.CAUSING_VERBS | w.PERCEIVING_VERBS | w.SEQUENCE_VERBS:
                kept = tuple(m for m in args.actors(sx.with_conjuncts(sx.subject(verb)), resolve) if m.resolved) or kept
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
    ended = _ended_code(row.cameo) if row.cue_kind != "neg" and _ended(tok) else None
    if plover == "PROTEST" and _stopped_by_state(tok, source):
        # "police halted the protest", "imposed a curfew to stop new protests": the state stops another's protest
        # (by force where it ends it), it yields nothing and protests nothing
        if ended is None:
            source = ()
        else:
            row, plover, ended = replace(row, cameo="175", cue_kind=None, cue_words=frozenset(), mode=None, context=()), "ASSAULT", None
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
    if plover == "ASSAULT" and tok.pos_ == "VERB" and _chemical_arms(tok):
        # "the regime used chemical weapons", "fired shells filled with nerve agent": weapons of mass destruction
        row = replace(row, cameo="2041", mode=None, context=())
    if plover == "ASSAULT" and tok.pos_ == "VERB" and tok.lemma_.lower() in ("fire", "launch") and any(
        g.lemma_.lower() in OPEN_WATERS or args.named_water(g) for g in sx.pobjs(tok, "into")
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
    if not target and plover in CONTENT_TYPES and tok.pos_ == "VERB" and not addressed:
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
    if plover == "ASSAULT":
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
        if not target and tok.dep_ == "dobj" and tok.head.pos_ == "VERB":
            # "in Peru, the front declared a truce": the place may hang from the verb whose object names the act
            target = args.locative_country(tok.head, resolve)
        travel = tok.head.head if tok.dep_ == "pobj" and tok.head.lower_ == "for" else None
        if not target and travel is not None and travel.lemma_.lower() in w.TRAVEL_VERBS:
            # "Russian troops arrived in Belarus for military drills": where they go for it
            target = args.locative_country(travel, resolve) or args.place_country(sx.pobjs(travel, "to"), resolve)
    if plover == "CONSULT" and tok.pos_ == "NOUN" and not any(m.actor is not None for m in target):
        # "the Chinese foreign minister arrived in Islamabad on a three-day visit": a visit to where its visitor is
        # (the host too: "flew to Baku for talks with his counterpart", a counterpart no name says the country of)
        target = args.visited_place(tok, resolve) or target
    if not target and plover == "CONCEDE" and tok.pos_ == "VERB":
        # "resigned as president of Indonesia": an office given up is the country's (the body's) it serves
        served = [g for o in sx.pobjs(tok, "as") for g in sx.pobjs(o, "of")]
        target = args.place_country([g for g in served if g.ent_type_ == "GPE"], resolve) or args.actors(served, resolve)
    target = _not_own(target, source)
    if plover == "ASSAULT":
        # "Russia struck Kyiv with drones": a capital attacked is the city, of its country, not its government
        target = tuple(args.as_place(m, resolve) for m in target)
        target = args.victims_where_struck(target, tok, resolve)
        target = _not_attackers_state(target, source, resolve)
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
        # the act reported before: stage._aimed_back)
        target = args.resolved_first([doers], resolve) if acts else target
    in_protest = plover == "REQUEST" and tok.pos_ == "VERB" and _protest_demand(tok, found)
    if plover == "REQUEST" and tok.pos_ == "VERB" and (in_protest or _by_protesters(tok) or _demonstrated(tok, source, found)):
        row = replace(row, cameo="141", mode=None, context=())
        plover = "PROTEST"
    if dropped is None and row.mode == "beat" and tok.lemma_.lower() in w.BLOW_VERBS and _thing_hits(tok) and (
        not source or any(d.lemma_.lower() in w.VEHICLE_NOUNS for d in _named_doers(tok))
    ):
        # "a car hit a woman", "the ball struck a boy": no one beat them (nor did the police whose car "hit a boy")
        dropped = "thing"
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
        condition = next(iter(sx.condition_clauses(tok)), None)
        doer = next((c for c in condition.children if c.dep_ == "nsubj"), None) if condition is not None else None
        if not target and doer is not None:
            # "Iran said it will strike back if Israel attacks": a threat is aimed at whom its condition is set for
            # (not "will retaliate if it is attacked": the one attacked is the threatener)
            target = _not_own(args.resolved_first([sx.with_conjuncts(doer)], resolve), source)
    elif plover in ("AGREE", "CONSULT", "SUPPORT") and sx.clause_head(tok).dep_ == "xcomp" and sx.clause_head(tok).head.lemma_.lower() == "fail":
        # "failed to reach agreement": a rejection, which the failure is part of (as a refusal's negation, below)
        row = replace(row, cameo="120", cue_kind="neg", cue_words=frozenset(), mode=None, context=())
    elif plover in REFUSED_CODES and row.cue_kind != "neg" and _refused(tok):
        # "Israel will not lift the embargo until ...": a refusal, which the negation is part of
        row = replace(row, cameo=REFUSED_CODES[plover], cue_kind="neg", cue_words=frozenset(), mode=None, context=())
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
    explosives, not beaten); so is one in an attack named ("were killed in an attack by Taliban fighters")."""
    tok = c.trigger
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
    torture"): someone else's accusation, no act of the one denying it (the blame :func:`_comment` reads)."""
    return (tok.pos_ == "NOUN" and tok.lemma_.lower() in w.DENIED_BLAME and tok.dep_ == "dobj"
            and tok.head.lemma_.lower() in DENY_VERBS and not claim_to(tok))  # fmt: skip


#: what makes arms or an agent chemical or biological ("chemical weapons", "nerve agent", "mustard gas")
CHEMICAL_WORDS = frozenset({"chemical", "biological", "nerve", "mustard", "toxic", "poison", "chlorine", "sarin"})
#: the arms or agents such words make weapons of mass destruction
CHEMICAL_ARMS = frozenset({"weapon", "weapons", "agent", "agents", "gas", "munition", "munitions", "shell", "shells",
                           "bomb", "bombs", "arms", "rocket", "rockets"})  # fmt: skip


#: weapons made only to harm people, whose use is an attack wherever it is aimed: cluster munitions, incendiary and
#: thermobaric arms, barrel bombs, white phosphorus, napalm
INHUMANE_WORDS = frozenset({"cluster", "incendiary", "thermobaric", "barrel", "phosphorus"})
INHUMANE_ARMS = frozenset({"phosphorus", "napalm"})


def _inhumane_arms(verb: Token) -> bool:
    """Whether what ``verb`` uses is arms :data:`INHUMANE_WORDS` name ("used cluster munitions", "used white
    phosphorus"): an attack, even where the sentence names no one it was used on."""
    return _arms_used(verb, INHUMANE_WORDS, INHUMANE_ARMS)


#: what is fired, thrown or dropped (words.FIRING_VERBS), the subject of a passive that is not the one the act is done to
_FIRED_THINGS = w.INSTRUMENT_NOUNS | w.WEAPON_NOUNS | frozenset({"shot", "round", "projectile", "salvo", "volley", "shell"})


#: who may demonstrate or occupy a place as an act: people, crowds, armed men (with any name of an actor)
_BEINGS = w.STRUCK_PEOPLE | w.ARMED_NOUNS | w.PERSON_NOUNS | w.PROTESTER_NOUNS | w.BODY_NOUNS | w.SIDE_NOUNS | frozenset(
    {"opposition", "government", "regime", "authority", "administration", "ministry", "parliament", "activist"})


def _being(tok: Token) -> bool:
    """Whether ``tok`` names people or an actor: a name, a pronoun, or a noun of people or armed men."""
    return tok.ent_type_ in w.ACTOR_ENTS or tok.pos_ in ("PROPN", "PRON") or tok.lemma_.lower() in _BEINGS or tok.lower_ in _BEINGS


def _shows(verb: Token) -> bool:
    """Whether "demonstrate" means "show": a clause shown ("demonstrates that ..."), or a thing shown by a thing
    ("the report demonstrates the need for reform"); not people demonstrating ("students demonstrated outside")."""
    if any(c.dep_ == "ccomp" for c in verb.children):
        return True
    subject = sx.subject(verb)
    return any(c.dep_ == "dobj" for c in verb.children) and subject is not None and not _being(subject)


def _held_by_things(verb: Token) -> bool:
    """Whether what occupies a place is a thing ("the zone occupied by intact forest", "land occupied by farms"),
    not people or armed men."""
    doers = _named_doers(verb)
    return bool(doers) and not any(_being(d) or any(_being(c) for c in d.children if c.dep_ in ("amod", "compound")) for d in doers)


#: what a "war on" is fought against with arms: terror, drugs, gangs
_ARMED_FOES = frozenset({"terror", "terrorism", "extremism", "insurgency", "militancy", "jihadism", "drug", "cartel",
                         "crime", "gang", "piracy", "smuggling", "trafficking"})


def _figurative_war(noun: Token) -> bool:
    """Whether a "war" is one of trade, prices, culture ... (words.FIGURATIVE_WARS before it), "of words", or on
    things."""
    said = [c for c in noun.children if c.dep_ in ("compound", "amod")]
    # ("the US-China trade war": the parser may hang "trade" from the pair's last name)
    said += [g for c in said for g in c.children if g.dep_ in ("compound", "amod")]
    if any(c.lemma_.lower() in w.FIGURATIVE_WARS or c.lower_ in w.FIGURATIVE_WARS for c in said) or any(
            g.lower_ == "words" for g in sx.pobjs(noun, "of")):
        return True
    # "a war on toxic food", "the war against plastic": on a thing, none of whose names is the foe (not "the war
    # on terror", "the war on drugs", whose foes bear arms)
    foes = sx.pobjs(noun, "on", "against")
    return bool(foes) and not any(_being(g) or ("N", g.lemma_.lower()) in triggers() or g.lemma_.lower() in _ARMED_FOES
                                  for g in foes)


def _under_threat_of_things(noun: Token) -> bool:
    """Whether "under threat" names a danger from things ("under threat from mining and rising seas"), or from
    nothing named; not from anyone ("under threat from rebel attacks", "under threat from Russia")."""
    if not (noun.dep_ == "pobj" and noun.head.lower_ == "under"):
        return False
    sources = [o for g in sx.pobjs(noun, "from", "of") for o in sx.with_conjuncts(g)]
    return not any(o.ent_type_ in w.ACTOR_ENTS or ("N", o.lemma_.lower()) in triggers() or o.lemma_.lower() in w.ARMED_NOUNS
                   or any(c.ent_type_ in w.ACTOR_ENTS or c.lemma_.lower() in w.ARMED_NOUNS for c in o.children) for o in sources)


#: the sectors of those whose training is military: armed forces, police, rebels, spies, and a state's government
_TRAINED_SECTORS = frozenset({"MIL", "COP", "REB", "INS", "UAF", "SPY", "GOV", None})


def _unarmed_training(verb: Token, resolve: args.ActorResolver) -> bool:
    """Whether no one "train" names (its subject, object or "with" partner) is armed or a state: staff, pupils, a
    business council ("the council will be training on new methods"), not "trained Ukrainian soldiers", "Hezbollah
    trained in Iran", "Turkey trained Azerbaijani pilots"."""
    parties = [p for p in [sx.subject(verb), *(c for c in verb.children if c.dep_ == "dobj"), *sx.pobjs(verb, "with")] if p is not None]
    if any(sx.counted(p).lemma_.lower() in w.ARMED_NOUNS or p.ent_type_ in ("GPE", "NORP")
           or any(c.ent_type_ in ("GPE", "NORP") for c in p.children if c.dep_ in ("amod", "compound", "poss")) for p in parties):
        return False
    return not any(m.actor.sector in _TRAINED_SECTORS for m in args.actors(parties, resolve) if m.resolved and m.actor is not None)


def _executes_a_thing(verb: Token) -> bool:
    """Whether "execute" carries out a thing (words.EXECUTED_THINGS: a plan, an order, code) or is said of one, not of
    people put to death ("the company executed the plan", "tasks that execute against callbacks")."""
    done = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass", "dative")]
    if done:
        return all(c.pos_ == "NOUN" and c.lemma_.lower() in w.EXECUTED_THINGS for c in done)
    subject = sx.subject(verb)
    return subject is not None and subject.lemma_.lower() in w.EXECUTED_THINGS


def _hosts_a_show(verb: Token) -> bool:
    """Whether what "host" takes is a thing that is no meeting, no visit and no one ("hosted a radio show", "the special
    hosted by James"), not "hosted Putin", "hosted the talks", "hosted a delegation"."""
    hosted = next((c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")), None)
    if hosted is None and verb.dep_ == "acl" and verb.tag_ == "VBN":
        hosted = verb.head  # "the special hosted by James"
    if hosted is None:
        return False
    word = hosted.lemma_.lower()
    if ("N", word) in triggers() or word in w.MEETING_WORDS | w.VISIT_NOUNS:
        return False  # talks, a summit, a visit
    host = sx.subject(verb)
    if host is not None and host.pos_ == "NOUN" and not _being(host) and host.lemma_.lower() not in w.AREA_NOUNS:
        # "whatever server hosts the source code": a machine that holds a thing
        return hosted.ent_type_ not in ("PERSON", "NORP") and word not in _BEINGS
    if hosted.pos_ != "NOUN" or _being(hosted) or any(_being(g) for g in sx.pobjs(hosted, "for")):
        return False  # (a dinner hosted for a visitor is a visit hosted)
    return word not in ("delegation", "conference", "forum", "dialogue", "negotiation", "guest", "dinner", "banquet",
                        "reception", "lunch", "luncheon", "breakfast", "ceremony")


def _said_again(noun: Token, found: dict[int, tuple[Token, Trigger]]) -> bool:
    """Whether an event noun names again, with "this", "that" or "the" and nothing else, an act a noun of the same
    word named before it in the sentence ("the arrest of a citizen ... informed London of this arrest")."""
    if any(c.dep_ != "det" for c in noun.children) or not any(
            c.dep_ == "det" and c.lower_ in ("this", "that", "the", "these", "those") for c in noun.children):
        return False
    return any(t.i < noun.i and t.pos_ == "NOUN" and t.lemma_.lower() == noun.lemma_.lower() for t, _ in found.values())


def _threat_is_a_thing(noun: Token) -> bool:
    """Whether a "threat" (or "one of the ... threats") is said to be a thing, linked by "be" to a noun that names
    no one ("drought is among the gravest threats", "the greatest threat is the belief that ..."); not
    "Iran is a threat to Israel", "the army is the main threat"."""
    head = noun.head.head if noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.lower_ == "one" else noun
    be = head.head
    if be.lemma_.lower() != "be" or head.dep_ not in ("attr", "nsubj"):
        return False
    other = next((c for c in be.children if c.dep_ == ("nsubj" if head.dep_ == "attr" else "attr")), None)
    # (an act said to be a threat is one: "the naval drills are a warning")
    return other is not None and other.pos_ == "NOUN" and not _being(other) and ("N", other.lemma_.lower()) not in triggers() and not any(
        _being(c) for c in other.children if c.dep_ in ("amod", "compound", "poss"))


def _takes(verb: Token, words: Collection[str], *deps: str) -> bool:
    """Whether an object of ``verb`` (its children of ``deps``, the direct object by default) has its lemma in
    ``words``; with ``"compound", "amod"``, whether a noun's modifier does ("repair drills")."""
    deps = deps or ("dobj",)
    return any(c.dep_ in deps and c.lemma_.lower() in words for c in verb.children)


def _meets_no_one(verb: Token) -> bool:
    """Whether "meet" meets no one: what one rises to (words.MET_THINGS: "meet this challenge", "failed to meet its
    target"), or land that touches land (words.LANDMARK_NOUNS, and the area nouns, as its subject: "where the tip of
    Georgia meets Azerbaijan", "the border meets the river")."""
    if _takes(verb, w.MET_THINGS):
        return True
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    return subj is not None and subj.pos_ == "NOUN" and subj.lemma_.lower() in w.LANDMARK_NOUNS | w.AREA_NOUNS


def _aimed_at_audience(verb: Token) -> bool:
    """Whether a passive "targeted at" says whom a thing is meant for: a gerund ("is targeted at training young
    officials") or a thing of words.AIMED_THINGS as its subject ("the campaign is targeted at rural voters"), not
    an attack aimed ("the convoy was targeted at a checkpoint")."""
    if not any(c.dep_ == "auxpass" for c in verb.children):
        return False
    at = [g for p in verb.children if p.dep_ == "prep" and p.lower_ == "at" for g in p.children if g.dep_ in ("pobj", "pcomp")]
    subject = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
    if subject is not None and subject.lower_ in ("that", "which") and verb.dep_ == "relcl":
        subject = verb.head  # "a leadership seminar ... that is targeted at ...": the noun the clause describes
    return bool(at) and (any(g.tag_ == "VBG" for g in at) or (subject is not None and subject.lemma_.lower() in w.AIMED_THINGS))


def _chemical_arms(verb: Token) -> bool:
    """Whether what ``verb`` uses or fires is chemical or biological arms ("used chemical weapons", "fired
    shells filled with nerve agent"), not any chemical thing ("used chemical engineering")."""
    return _arms_used(verb, CHEMICAL_WORDS, filled=True)


def _arms_used(verb: Token, kinds: frozenset[str], named: frozenset[str] = frozenset(), *, filled: bool = False) -> bool:
    """Whether ``verb``'s object is arms of a kind ``kinds`` names before them (CHEMICAL_ARMS: "chemical weapons",
    "cluster munitions") or a thing ``named`` ("napalm"); with ``filled``, also what its arms are filled with."""
    # (or the passive's subject: "chlorine gas was used in an attack on the town")
    arms = [o for c in verb.children if c.dep_ in ("dobj", "nsubjpass") for o in sx.with_conjuncts(c)]
    if filled:
        arms += [g for o in arms for a in o.children if a.dep_ == "acl" for g in sx.pobjs(a, "with")]
    return any(
        o.lemma_.lower() in named
        or (o.lemma_.lower() in CHEMICAL_ARMS and any(m.dep_ in ("amod", "compound") and m.lower_ in kinds for m in o.children))
        for o in arms
    )


def _into_the_air(verb: Token) -> bool:
    """Whether what ``verb`` fires goes "in" or "into the air", or is a warning, and at no one ("fired shots into the
    air", "fired warning shots")."""
    preps = [c for c in verb.children if c.dep_ == "prep"]
    preps += [c for o in verb.children if o.dep_ == "dobj" for c in o.children if c.dep_ == "prep"]
    preps += [c for p in preps for c in p.children if c.dep_ == "conj" and c.pos_ == "ADP"]  # "into the air and at them"
    aims = [g for p in preps if p.lower_ in ("at", "on") for g in p.children if g.dep_ == "pobj" and g.ent_type_ not in ("DATE", "TIME")]
    # ("fired warning shots": shots meant to warn, at no one)
    warning = any(c.dep_ == "dobj" and any(g.dep_ in ("compound", "amod") and g.lemma_.lower() == "warning" for g in c.children)
                  for c in verb.children)  # fmt: skip
    return (warning or any(g.lemma_.lower() == "air" for g in sx.pobjs(verb, "in", "into"))) and not aims


def _aimed_against(verb: Token) -> bool:
    """Whether ``verb`` or its object has an "against" or "on" phrase ("used cluster munitions against
    civilians", "used batons on protesters"), or the verb an "in" a named place ("used cluster bombs in
    Kharkiv")."""
    heads = [verb, *(o for o in verb.children if o.dep_ == "dobj")]
    return any(sx.pobjs(h, "against", "on") for h in heads) or any(
        g.ent_type_ in ("GPE", "LOC", "FAC") for g in sx.pobjs(verb, "in"))


def _thing_hits(verb: Token) -> bool:
    """Whether what hits, strikes or kicks in ``verb`` is a thing the sentence names, not a person or a weapon
    (its subject, or the agent of a passive): "a car hit a woman", "was struck by a falling tree"."""
    return any(d.pos_ == "NOUN" and d.lemma_.lower() not in _STRIKING_BEINGS for d in _named_doers(verb))


#: what may strike a person without being a thing: weapons and tools of force, people, armed forces
_STRIKING_BEINGS = w.WEAPON_NOUNS | w.INSTRUMENT_NOUNS | w.STRUCK_PEOPLE | w.ARMED_NOUNS


def _thing_doer(verb: Token) -> bool:
    """Whether the subject of a verb of support, aid or leave is a thing, a work or a measure (words.THING_DOERS),
    with no name in it: "the new road supports trade", "low interest rates allowed lawmakers to borrow", not "the
    Iran-Armenia road project's backers"; a participle's is its clause's ("tourism plays a role, contributing $12
    billion to the economy")."""
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subj is None and verb.dep_ == "advcl" and verb.tag_ == "VBG":
        subj = next((c for c in verb.head.children if c.dep_ == "nsubj"), None)
    return subj is not None and subj.pos_ == "NOUN" and subj.lemma_.lower() in w.THING_DOERS and not any(
        t.ent_type_ in w.ACTOR_ENTS for t in subj.subtree)


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
        proposed = _crowd_protests(proposed, resolve)
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
