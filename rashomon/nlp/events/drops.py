"""Why the rules leave a trigger out of a sentence's events: an act another trigger carries, a description, a
figure of speech ("the vote killed the deal"), a thing or a happening of nature ("the earthquake killed 300"),
play, commerce, or an act said not to happen ("prevented an attack"). :func:`left_out` gives the reason
(:attr:`rashomon.nlp.events.candidates.Candidate.dropped`); the predicates below are its tests."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from rashomon.ingest.dates import MONTHS
from rashomon.nlp.attribution import SPEECH_VERBS
from rashomon.nlp.events import arguments as args
from rashomon.nlp.events import syntax as sx
from rashomon.nlp.events import triggers as tr
from rashomon.nlp.events import words as w
from rashomon.nlp.lexicon import Trigger, triggers
from rashomon.nlp.modality import claim_to
from rashomon.nlp.ontology import lookup

if TYPE_CHECKING:
    from collections.abc import Collection

    from spacy.tokens import Span, Token


#: verbal events whose clause complement is their content, not a separate happening ("threatened to stop talks")
CONTENT_TYPES = frozenset({"THREATEN", "REQUEST", "AGREE", "REJECT"})


def _contraband(tok: Token) -> bool:
    """Whether what a trade trigger moves is contraband ("export drugs", "the heroin trade", "smuggled opium"):
    its object, or a compound before the noun."""
    goods = [c for c in tok.children if c.dep_ in ("dobj", "nsubjpass", "compound")]
    return any(g.lemma_.lower() in w.CONTRABAND or g.lower_ in w.CONTRABAND for g in goods)


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
    return all(m.lemma_.lower() in w.MARKETPLACE_WORDS or m.ent_type_ in ("GPE", "FAC", "LOC") for m in mods)


def _unarmed_foe(tok: Token) -> bool:
    """Whether what an assault trigger is aimed at is no enemy but a disease, a disaster or a social ill ("to fight
    the Ebola epidemic", "the fight against corruption", "fought the blaze"): its object, or what it is "against"."""
    aimed = [c for c in tok.children if c.dep_ == "dobj"]
    # (and what a launched or waged act is against: "launched an attack on Samsung's market share")
    aimed += [g for h in [tok, *aimed] for c in h.children if c.dep_ == "prep" and c.lower_ in ("against", "on")
              for g in c.children if g.dep_ == "pobj"]  # fmt: skip
    if any(sx.unarmed_foe(a) and not _marketplace(a) for a in aimed):
        return True
    # ("market share": a share of what the compound before it names)
    if any(a.lemma_.lower() == "share" and c.dep_ == "compound" and c.lemma_.lower() in w.UNARMED_FOES for a in aimed for c in a.children):
        return True
    # "fighting the lockdown orders", "violations of distancing laws", "targeted the new restrictions": a rule
    # opposed or broken, no one attacked
    lemma = tok.lemma_.lower()
    ruled = aimed if lemma in ("fight", "fighting") else sx.pobjs(tok, "of") if lemma == "violation" else []
    if lemma == "target" and tok.pos_ == "VERB":
        # (and what is targeted in the passive: "the restrictions being targeted")
        ruled = aimed + [c for c in tok.children if c.dep_ == "nsubjpass"]
        ruled += [tok.head] if tok.dep_ in ("acl", "relcl") and tok.tag_ == "VBN" else []
    return any(a.lemma_.lower() in w.RULE_NOUNS for a in ruled)


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


#: the sectors of people who are beaten at the polls
ELECTED_SECTORS = frozenset({"GOV", "ELI", "LEG", "PTY"})


def politicians_contest(verb: Token, sent: Span, resolve: args.ActorResolver) -> bool:
    """Whether ``verb`` (beat, attack ...) is aimed at a named person or party in a contest of politics: no armed
    subject, no bloodshed, and either a word of an election or a debate in the sentence
    (:data:`words.CONTEST_WORDS`: "beat Haley in the primary", "used the debate to attack Trump") or a
    politician as its object ("focus on beating Joe Biden"); not "police beat the opposition leader"."""
    if verb.pos_ == "NOUN":
        return _contest_noun(verb, sent, resolve)
    named = [c for c in verb.children if c.dep_ == "dobj" and c.pos_ == "PROPN"]
    # ("attacked Trump with a knife at the election rally": what one strikes with is a weapon)
    if not named or _armed_subject(verb) or _bloodshed(verb, sent) or sx.pobjs(verb, "with"):
        return False
    if any(t.lemma_.lower() in w.CONTEST_WORDS for t in sent):
        return True
    doer = sx.subject(verb)
    if doer is not None and doer.lemma_.lower() in w.ARMED_NOUNS | w.PROTESTER_NOUNS:
        return False
    return any(m.actor is not None and m.actor.sector in ELECTED_SECTORS for m in args.actors(named, resolve))


def _contest_noun(noun: Token, sent: Span, resolve: args.ActorResolver) -> bool:
    """Whether attacks a noun names are words in a contest of politics: traded or aimed at a named person or
    politician in a sentence with a word of an election or a debate ("the candidates traded attacks during the
    debate", "his attacks on Haley in the primary"), by no armed doer, with no weapon and no bloodshed; not at a
    place, an armed group or a state ("attacks on Kyiv during the campaign")."""
    if not any(t.lemma_.lower() in w.CONTEST_WORDS for t in sent) or _bloodshed(noun, sent):
        return False
    verb = sx.verb_above(noun)
    if verb is not None and (_armed_subject(verb) or sx.pobjs(verb, "with")):
        return False
    if any(c.dep_ in ("compound", "amod") and (c.lemma_.lower() in w.WEAPON_NOUNS or c.ent_type_ in ("NORP", "GPE")) for c in noun.children):
        return False  # "rocket attacks", "Russian attacks": force, or a state's
    traded = noun.dep_ == "dobj" and verb is not None and verb.lemma_.lower() in ("trade", "exchange")
    aimed = sx.pobjs(noun, "on", "against") + (sx.pobjs(verb, "on", "against") if verb is not None else [])
    if traded or not aimed or any(g.pos_ != "PROPN" or g.ent_type_ in ("GPE", "LOC", "FAC", "NORP") for g in aimed):
        return traded
    return all(m.actor is None or m.actor.sector in ELECTED_SECTORS for m in args.actors(aimed, resolve))


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
    doers = named_doers(verb)
    described = verb.dep_ == "acl" and verb.tag_ == "VBN" and sx.agent(verb) is None
    if (not doers and any(c.dep_ == "nsubjpass" for c in verb.children)) or described:
        doers = sx.pobjs(verb, "in")  # "were killed in the earthquake", "three people killed in a crash"
    # (a storm by its name: "Hurricane Ida killed 40 people", "Storm Ciara battered the coast")
    return any(d.lemma_.lower() in w.NATURAL_FORCES or d.lemma_.lower() in w.UNARMED_FOES or d.lemma_.lower() in w.ACCIDENT_NOUNS
               or any(c.dep_ == "compound" and c.i < d.i and c.lower_ in w.NATURAL_FORCES for c in d.children)
               or _mishap(d)  # ("a gas explosion killed five": a mishap)
               for d in doers)  # fmt: skip


def _mishap(noun: Token) -> bool:
    """Whether ``noun`` is a blast or a fire a word before it says came of a mishap ("a gas explosion", "a boiler
    blast"), not an attack ("a chemical attack", "a gas attack")."""
    return noun.lemma_.lower() in w.BLAST_WORDS and _takes(noun, w.MISHAP_SOURCES, "compound", "amod")


def named_doers(verb: Token) -> list[Token]:
    """Who or what does what ``verb`` names: the subject of an active verb, the agent of a passive one."""
    passive = any(c.dep_ == "nsubjpass" for c in verb.children)
    doers = [] if passive else [d for d in [sx.subject(verb)] if d is not None]
    return doers + _agent_objects(verb)


def _agent_objects(verb: Token) -> list[Token]:
    """The nouns of a passive verb's "by" agent ("was struck by a falling tree": tree)."""
    return [g for c in verb.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]


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
        if dep == "acl" and cur in sx.noun_contents(head, said=head.i in found):
            # "made an offer to mediate", "a threat to strike": what the noun's infinitive says; "a warning that Nairobi
            # will not stand for a coup": what the act's noun says (not what a report says: "declined to comment on
            # reports that it struck Iranian targets")
            dep = "xcomp"
        if dep in ("xcomp", "ccomp", "pcomp") and head.i in found:
            # what a view agrees with is said as so ("I agree that Aliyev is backed by Israel"), not promised
            return (lookup(found[head.i][1].cameo).plover or "") in CONTENT_TYPES and not _own_view(head)
        if dep not in ("dobj", "xcomp", "ccomp", "pcomp", "attr", "nsubjpass", "conj"):
            return False
        cur = head
    return False


def _withdrawn(forces: Token) -> bool:
    """Whether ``forces`` (or the number of them) are what a verb of withdrawing or reducing acts on ("agreed to
    reduce the number of troops stationed in the region")."""
    head = forces
    if head.dep_ == "pobj" and head.head.lower_ == "of" and head.head.head.lemma_.lower() in ("number", "size", "presence"):
        head = head.head.head
    return head.dep_ == "dobj" and head.head.lemma_.lower() in w.WITHDRAWING_VERBS


def relief_word(t: Token) -> bool:
    """Whether ``t`` is a word of relief (:data:`words.RELIEF_WORDS`: "refugee", "medical", "displaced")."""
    return t.lemma_.lower() in w.RELIEF_WORDS or t.lower_ in w.RELIEF_WORDS


def _into_custody(verb: Token) -> bool:
    """Whether ``verb`` puts someone into custody, detention, jail or prison ("was taken into custody")."""
    return any(g.lemma_.lower() in ("custody", "detention", "jail", "prison") for p in verb.children if p.dep_ == "prep"
               for g in p.children)  # fmt: skip


def _names_someone(verb: Token) -> bool:
    """Whether "call" gives someone a name ("called the ambassador a very stupid guy", "called him a hero", "a man
    called John"): its object and what it calls it, a name set beside the one the parser reads as what is called, or
    a participle naming a common noun."""
    deps = {c.dep_ for c in verb.children}
    if (verb.dep_ == "acl" and verb.tag_ == "VBN" and verb.head.pos_ == "NOUN" and "oprd" in deps and "agent" not in deps
            and not sx.heads_misread_clause(verb)):
        return True  # "a man called John was arrested": what he is called (not "The NATO chief called Erdogan.")
    # (a name set beside the object that is no one's name: "a very stupid guy", not "the ambassador, Kim Darroch,")
    if "oprd" in deps and "dobj" not in deps and any(
            g.dep_ == "nmod" and g.pos_ == "PROPN" and g.i < c.i for c in verb.children if c.dep_ == "oprd" and c.pos_ in ("NOUN", "ADJ")
            for g in c.children):
        return True  # 'called Mr. Petrov "scum"': the parser hangs the one named from the name
    return {"dobj", "oprd"} <= deps or any(
        c.dep_ in ("oprd", "dobj") and any(g.dep_ == "appos" and any(d.lower_ in ("a", "an") for d in g.children) for g in c.children)
        for c in verb.children)  # fmt: skip


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


def _prize(obj: Token) -> bool:
    """Whether what is captured or taken is won in a contest, a market or a mind, not seized ("the title", "the
    imagination of millions", "40 percent of the vote"; not "20 percent of its territory")."""
    if obj.lemma_.lower() in w.PART_WORDS or obj.lower_ in w.PART_WORDS:
        return any(g.lemma_.lower() in w.PRIZE_NOUNS for g in sx.pobjs(obj, "of"))
    return obj.lemma_.lower() in w.PRIZE_NOUNS or obj.lower_ in w.PRIZE_NOUNS


def _sales_offer(noun: Token) -> bool:
    """Whether ``noun`` is a seller's offer ("special offers and promotions", "exclusive offers"): an offer with a
    word of sales (:data:`words.SALES_WORDS`) and nothing offered to do ("made a special offer to mediate" is
    a party's), nor made by a light verb's subject."""
    return (
        noun.lemma_.lower() == "offer" and _takes(noun, w.SALES_WORDS, "amod", "compound")
        and not any(c.dep_ in ("acl", "relcl") for c in noun.children)
        and not (noun.dep_ == "dobj" and noun.head.lemma_.lower() in w.LIGHT_VERBS)
    )


def _retort(verb: Token) -> bool:
    """Whether ``verb`` ("shot back", "fired back") is a retort: "back" with nothing shot at, by a person or a
    pronoun and not armed men ('"Leave my family out of this," Haley shot back'; not "the troops shot back")."""
    back = [c for c in verb.children if c.dep_ in ("prt", "advmod") and c.lower_ == "back"]
    if verb.lemma_.lower() not in ("shoot", "fire") or not back:
        return False
    if any(c.dep_ == "dobj" for c in verb.children) or any(sx.pobjs(h, "at", "on") for h in (verb, *back)):
        return False  # "shot back at the police officers"
    doer = sx.subject(verb)
    if doer is None or sx.counted(doer).lemma_.lower() in w.ARMED_NOUNS:
        return False
    # what is said with it ('"...," Haley shot back'), or a person who says it
    return any(c.dep_ == "ccomp" for c in verb.children) or (not _bears_arms(doer) and (doer.ent_type_ == "PERSON" or doer.pos_ == "PRON"))


def _acted_out(tok: Token) -> bool:
    """Whether ``tok`` lies below a verb of a drill's make-believe (:data:`words.SIMULATING_VERBS`) and not in its
    subject: "drills simulating a missile strike to answer an invasion" act both out."""
    below = tok
    for above in tok.ancestors:
        if above.pos_ == "VERB" and above.lemma_.lower() in w.SIMULATING_VERBS:
            return below.dep_ not in ("nsubj", "nsubjpass", "csubj")
        below = above
    return False


def _held_by_interests(verb: Token) -> bool:
    """Whether who captures or seizes is an economic interest (:data:`words.INTEREST_NOUNS`: "captured by the
    industry", "the oil lobby captured the regulator"), the figure of speech for a body swayed."""
    doer = sx.agent(verb) or sx.subject(verb)
    return doer is not None and doer.lemma_.lower() in w.INTEREST_NOUNS


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
    if subject is None or obj is None or subject.lemma_.lower() not in w.VEHICLE_NOUNS:
        return False
    hit = obj.lemma_.lower()
    # ("hit the back end of a parked bus": a part of a thing)
    return hit in w.CRASH_OBJECTS or hit in w.VEHICLE_NOUNS or (
        hit in w.STRUCK_PARTS and any(g.lemma_.lower() in w.CRASH_OBJECTS | w.VEHICLE_NOUNS for g in sx.pobjs(obj, "of")))


def _displaced_doer(verb: Token) -> bool:
    """Whether the subject of ``verb`` is people in need of relief ("refugees", "displaced people", "flood victims")."""
    subj = sx.subject(verb)
    if subj is None:
        return False
    said = (who := sx.counted(subj), *(g for g in who.children if g.dep_ in ("amod", "compound")))
    return any(relief_word(t) for t in said)


def _office_holder(verb: Token) -> bool:
    """Whether what ``verb`` takes as its object is someone holding a post: an office noun ("the defence minister",
    "its chief of staff") or a person's name."""
    return any(c.dep_ == "dobj" and (c.lemma_.lower() in w.PERSON_NOUNS or c.ent_type_ == "PERSON") for c in verb.children)


def _someone_let(verb: Token) -> bool:
    """Whether the one "let", "allowed" or "permitted" to do what the clause it governs says (its object, or that
    clause's subject) may be an actor: a name, a pronoun, or a word for people or a side ("will not let Azerbaijan
    seize", "will not allow them to"); not a thing ("will not let the storm spoil the festival"), nor no one ("does
    not permit copying it"). An act not let be, with no clause ("will not allow any change"), is a threat still."""
    if any(c.dep_ in ("auxpass", "nsubjpass") for c in verb.children):
        return True  # "a coup will not be allowed to succeed": the threat is still made
    if not any(c.dep_ in ("ccomp", "xcomp") for c in verb.children):
        return True  # "will not allow any change to its borders": an act not let be, whoever would do it
    let = [c for c in verb.children if c.dep_ in ("dobj", "nsubj") and c.i > verb.i]
    let += [g for c in verb.children if c.dep_ in ("ccomp", "xcomp") for g in c.children if g.dep_ in ("nsubj", "nsubjpass")]
    return any(g.pos_ in ("PROPN", "PRON") or g.ent_type_ in ("GPE", "NORP", "ORG", "PERSON")
               or sx.counted(g).lemma_.lower() in w.PERSON_NOUNS | w.ARMED_NOUNS | w.PROTESTER_NOUNS | w.SIDE_NOUNS
               or g.lemma_.lower() in w.COLLECTIVE_NOUNS for g in let)  # fmt: skip


def _doer_named(noun: Token) -> bool:
    """Whether an act's noun names who does it: "by" or "from" someone, a possessive, a nationality or a name
    before it ("an attack by Islamist militants", "Azerbaijani shelling"), or a common word of a side ("a rebel
    attack")."""
    return bool(sx.pobjs(noun, "by", "from") or args.doer_modifier(noun) or args.named_owners(noun))


def _invests_at_home(tok: Token, resolve: args.ActorResolver) -> bool:
    """Whether what an investment goes into names no one else: no actor and no place named in what follows "in"
    ("investing in roads and railways"; not "invested billions in Pakistan's ports"), nor anyone it is made
    with or from, nor a foreign investor by its nationality."""
    into = sx.pobjs(tok, "in", "into")
    if not into or sx.pobjs(tok, "with", "from", "by"):
        return False
    if any(c.dep_ in ("amod", "compound", "poss") and c.ent_type_ in ("GPE", "NORP", "ORG") for c in tok.children):
        return False  # "Chinese investments in the country": a foreign investor's
    words = [g for o in into for g in o.subtree]
    if any(o.lemma_.lower() in w.AREA_NOUNS | {"country", "nation", "republic", "continent"} for o in into):
        return False  # "have invested heavily in the region", "in the country": a place named before
    return not any(g.ent_type_ in ("GPE", "NORP", "ORG", "LOC", "FAC", "PERSON") for g in words) and not any(
        m.resolved for m in args.actors(into, resolve))


def _officials_rally(noun: Token, resolve: args.ActorResolver) -> bool:
    """Whether a protest noun is a rally held by a government or its officers ("the president's rally", "the
    ruling party's march" is a party's): whose it is by a possessive, resolved to a government sector."""
    owners = [c for c in noun.children if c.dep_ == "poss" and c.pos_ != "PRON"]
    return any(m.actor is not None and m.actor.sector == "GOV" for m in args.actors(owners, resolve))


def _officials_rallying(verb: Token, resolve: args.ActorResolver) -> bool:
    """Whether ``verb`` ("rally") is a government's officer or a former one rallying their own supporters, against
    no one ("held an event in Hialeah, rallying supporters"; not "opposition leaders rallied supporters against
    the law")."""
    if verb.lemma_.lower() != "rally" or sx.pobjs(verb, "against"):
        return False
    if not any(c.dep_ == "dobj" and sx.counted(c).lemma_.lower() in w.FOLLOWER_NOUNS for c in verb.children):
        return False
    doer = sx.subject(verb)
    return doer is not None and any(
        m.actor is not None and m.actor.sector in ("GOV", "ELI") for m in args.actors(sx.with_conjuncts(doer), resolve))


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


def _asks_a_question(verb: Token) -> bool:
    """Whether "ask" puts a question ("asked why Iran ...", "asked whether", "asked this question") rather than
    asking for something."""
    if _takes(verb, {"question", "query"}):
        return True
    if any(c.dep_ == "prep" and c.lower_ == "about" for o in (verb, *(c for c in verb.children if c.dep_ == "dobj"))
           for c in o.children) and not any(
            c.dep_ in ("xcomp", "ccomp") or (c.dep_ == "prep" and c.lower_ == "for") for c in verb.children):
        return True  # "the spokesman was asked about the strike", "asked him about the talks": a question put
    if any(c.dep_ == "prep" and c.lower_ == "for" for c in verb.children):
        return False
    if not any(c.dep_ in ("dobj", "dative", "xcomp", "ccomp") for c in verb.children) and any(
            t.text == "?" for t in verb.sent if t.i < verb.i):
        return True  # '"Why now, and why on our border?" he asked': the quotation before it is the question
    clauses = [c for c in verb.children if c.dep_ == "ccomp"]
    # "asked why Iran ...", "asked them what they needed", 'asked the minister, "Will you resign?"': a question,
    # whoever it is put to
    return any(
        any(g.lower_ in ("why", "how", "what", "whether", "if", "who", "when", "where")
            for g in c.children if g.dep_ in ("advmod", "mark", "nsubj", "dobj", "dative", "attr"))
        or any(t.text == "?" for t in verb.sent if t.i > c.i)
        for c in clauses
    )  # fmt: skip


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


#: texts a state's own bodies pass for it: approving one endorses no one
DOMESTIC_TEXTS = frozenset({"law", "bill", "legislation", "amendment", "budget", "ordinance"})


def left_out(
    tok: Token, row: Trigger, plover: str, found: dict[int, tuple[Token, Trigger]], sent: Span, resolve: args.ActorResolver
) -> str | None:
    """Why the rules leave a trigger out of the sentence's events (a reason of
    :attr:`~rashomon.nlp.events.candidates.Candidate.dropped`), or None where they keep it: an act carried by
    another trigger, a description, a figure of speech, a thing or a happening of nature, an act said not to
    happen."""
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
        # ("repelled attacks from rebel fighters": the attack the subject undergoes is the other side's act, the
        # repelling the subject's own)
        displaced = displaced or (verb is not None and tok.dep_ == "dobj" and tok.head.i == verb.i
                                  and verb.lemma_.lower() in w.SUFFERING_VERBS and _doer_named(tok))
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
            # "delivered ambulances and medical supplies": so is what is listed with its object
            or (tok.dep_ == "conj" and (held := sx.object_verb(tok)) is not None and held.i == verb.i
                and found[verb.i][1].cameo == row.cameo)
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
        elif tok.lemma_.lower() in w.ISSUING_VERBS and row.cue_kind is None and (texts := [
                c for c in tok.children if c.dep_ == "dobj" and c.lemma_.lower() in w.ISSUED_TEXTS]):
            if any(a.i in found and a.dep_ == "acl" for c in texts for a in c.children):
                dropped = "light"  # "approved a law annexing the region": the annexation is the act, its issuer's
            elif any(c.lemma_.lower() in DOMESTIC_TEXTS for c in texts):
                dropped = "thing"  # "the Knesset approved a bill": a text passed, no one endorsed
    # the content of a threat, request, promise or refusal is not a separate happening
    if dropped is None and _content_of(tok, found):
        dropped = "content"
    elif dropped is None and tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.lemma_.lower() in w.BREACH_NOUNS:
        dropped = "content"  # "violations of the ceasefire": the breach is the act, the truce broken none of its own
    elif dropped is None and tok.pos_ == "NOUN" and (broken := sx.object_verb(tok)) is not None and broken.lemma_.lower() in w.BREACH_VERBS:
        # "violated the agreement", "to evade sanctions": broken or evaded, not made (nor what is listed with it:
        # "to sidestep U.S. and international sanctions")
        dropped = "content"
    elif dropped is None and tok.pos_ == "NOUN" and tok.dep_ == "pobj" and tok.head.lower_ == "from" and (
            tok.head.head.lemma_.lower() in w.WITHDRAWAL_NOUNS | w.WITHDRAWING_VERBS):
        dropped = "content"  # "defended its withdrawal from the arms pact", "pulled out from the talks": left, not made
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
    elif (dropped is None and tok.pos_ == "NOUN" and tok.dep_ == "pobj" and tok.head.lower_ == "on"
          and tok.head.head.lemma_.lower() in w.MEASURE_NOUNS):
        dropped = "absent"  # "imposed a ban on trade with Cuba": what a measure bans is not done
    elif (dropped is None and tok.pos_ == "VERB" and tok.dep_ == "pcomp" and tok.head.lower_ == "from"
          and tok.head.head.lemma_.lower() in w.PREVENTING_VERBS | {"stop", "keep", "deter"}):
        dropped = "absent"  # "blocked aid convoys from entering Gaza", "stopped them from crossing": kept from happening
    elif plover == "PROTEST" and tok.pos_ == "NOUN" and _officials_rally(tok, resolve):
        dropped = "campaign"  # "detained before the president's rally": a rally a government holds is no protest
    elif plover == "PROTEST" and tok.pos_ == "VERB" and _officials_rallying(tok, resolve):
        dropped = "campaign"  # "the former president spoke in Hialeah, rallying supporters": canvassing, no protest
    elif plover == "PROTEST" and tok.pos_ == "NOUN" and tok.lemma_.lower() in w.CAMPAIGN_EVENTS and _takes(
            tok, w.CAMPAIGN_WORDS, "compound", "amod"):
        dropped = "campaign"  # "held a campaign rally in Ohio", "an election rally": canvassing, no protest
    elif tok.lemma_.lower() == "demonstration" and any(c.dep_ == "prep" and c.lower_ == "of" for c in tok.children):
        dropped = "display"  # "a demonstration of Israeli military prowess": a display, not a protest
    elif tok.lemma_.lower() == "ask" and (_asks_a_question(tok) or any(
            c.dep_ in ("dobj", "dative") and c.lower_ in w.REFLEXIVES for c in tok.children)):
        dropped = "question"  # "I asked why Iran supports ...", "ask yourself this": a question, not a request
    elif tok.lemma_.lower() == "oppose" and any(c.dep_ == "mark" and c.lower_ == "as" for c in tok.children):
        dropped = "figurative"  # "he is with the hardliners, as opposed to Zarif": a comparison, no one opposes
    elif _opinion(tok):
        dropped = "opinion"  # "is considering sending aid", "pessimistic about a deal": a view, not an act
    elif tok.pos_ == "VERB" and (tok.dep_ == "amod" or _participle_read_as_verb(tok)):
        dropped = "modifier"  # "the internationally recognised government", "Iran-backed militias": a description
    elif tok.pos_ == "NOUN" and tok.lemma_.lower() in w.DOER_NOUNS and tok.dep_ in ("nsubj", "nsubjpass"):
        dropped = "modifier"  # "its patrols had observed no troop movements", "a patrol came under fire": who acts
    elif tok.pos_ == "VERB" and tok.dep_ == "acl" and tok.tag_ == "VBG" and tok.lemma_.lower() in w.HOSTING_VERBS and (
        tok.head.lemma_.lower() in w.FACILITY_NOUNS | w.AREA_NOUNS | w.OWNED_THINGS or tok.head.lemma_.lower() in w.THING_NOUNS
    ):
        dropped = "modifier"  # "fired rockets at a base hosting US troops": what the base holds, no act of its own
    elif tok.pos_ == "VERB" and tok.dep_ == "acl" and tok.tag_ == "VBN" and tok.lemma_.lower() in ("station", "base") and _withdrawn(tok.head):
        dropped = "modifier"  # "reduce the number of troops stationed in the region": where they are, no deployment
    elif tok.pos_ == "VERB" and tok.dep_ == "acl" and tok.tag_ == "VBN" and tok.lemma_.lower() in w.ALLEGING_VERBS and sx.agent(tok) is None:
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
    elif plover == "REQUEST" and tok.pos_ == "NOUN" and tok.lemma_.lower() == "demand" and _market_demand(tok):
        dropped = "commerce"  # "more demand for treasuries", "demand for gas fell": buyers' wants, no demand made
    elif plover == "ASSAULT" and tok.pos_ == "VERB" and tok.lemma_.lower() in w.SELF_HARM_VERBS and any(
            c.dep_ == "dobj" and c.lower_ in w.REFLEXIVES and len(sx.with_conjuncts(c)) == 1 for c in tok.children):
        # "wounding three before shooting himself": no one else attacked ("blew himself up" is a suicide
        # bombing, "killed himself and 20 others" an attack)
        dropped = "self-inflicted"
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
    elif plover == "THREATEN" and row.cue_kind == "neg" and tok.lemma_.lower() in ("let", "permit", "allow") and not _someone_let(tok):
        dropped = "thing"  # "we will not let the storm spoil the festival", "does not permit copying it": no one let
    elif tok.pos_ == "VERB" and tok.lemma_.lower() in w.LINKING_VERBS and _tied_by_things(tok):
        dropped = "background"  # "Serbia and Russia are linked by deep historical ties": a relation described
    elif tok.pos_ == "VERB" and tok.lemma_.lower() in w.GAINING_VERBS and any(_prize(c) for c in tok.children if c.dep_ == "dobj"):
        dropped = "figurative"  # "captured 40 percent of the vote", "captured the imagination of millions": won, not taken
    elif tok.pos_ == "VERB" and tok.lemma_.lower() in w.GAINING_VERBS and _held_by_interests(tok):
        dropped = "figurative"  # "regulators captured by the industry", "the oil lobby captured the agency": swayed, not seized
    elif plover == "CONCEDE" and tok.pos_ == "VERB" and tok.lemma_.lower() in w.GRANTING_VERBS and any(
            c.dep_ == "ccomp" for c in tok.children) and not any(c.dep_ == "dobj" for c in tok.children):
        dropped = "statement"  # "conceded that the plan had failed": a point granted in words, no concession made
    elif plover == "AGREE" and tok.pos_ == "NOUN" and _sales_offer(tok):
        dropped = "commerce"  # "special offers and promotions from our partners": a seller's, no offer to an actor
    elif plover == "ASSAULT" and tok.pos_ == "NOUN" and tok.lemma_.lower() in ("explosion", "blast") and any(
            g.lemma_.lower() in w.SWELLING_THINGS for g in sx.pobjs(tok, "of")):
        dropped = "figurative"  # "an explosion of debt", "an explosion of violence after the vote": a surge, no blast
    elif plover == "ASSAULT" and tok.pos_ == "VERB" and _retort(tok):
        dropped = "statement"  # '"Leave my family out of this," Haley shot back': a retort, no shot
    elif _acted_out(tok):
        dropped = "display"  # "drills simulating a missile strike", "rehearsed an assault on a town": a drill
    elif (first := sx.hyphened(tok)) is not None and first.lower_ in w.REVERSING_PREFIXES:
        dropped = "reversed"  # "signed a law de-ratifying the treaty", "moved to de-fund the agency": the act undone
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
    elif tok.pos_ == "NOUN" and tok.lemma_.lower() in ("war", "offensive") and _figurative_war(tok):
        dropped = "figurative"  # "the US-China trade war", "the war of words between Baku and Tehran": no fighting
    elif tok.pos_ == "NOUN" and tok.lemma_.lower() == "threat" and _under_threat_of_things(tok):
        dropped = "background"  # "the forests are under threat from mining": a danger described, no one threatens
    elif tok.lemma_.lower() == "target" and tok.pos_ == "VERB" and _aimed_at_audience(tok):
        dropped = "figurative"  # "the seminar is targeted at training professionals": meant for them, not attacked
    elif tok.pos_ == "VERB" and tok.lemma_.lower() == "call" and (row.cameo == "041" or plover in ("REQUEST", "CONCEDE")) and _names_someone(tok):
        # "called Britain's ambassador a very stupid guy", 'called Mr. Petrov "scum"', "called the elections a
        # sham": a name given, no phone call, no appeal, no elections called (the name may be criticism: 111)
        dropped = "figurative"
    elif tok.pos_ == "VERB" and any(c.dep_ == "dobj" and c.lemma_.lower() in ("war", "offensive") and _figurative_war(c)
                                    for c in tok.children):
        dropped = "figurative"  # "launched a charm offensive", "are waging a legal offensive": no fighting
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
    elif plover == "RETREAT" and tok.lemma_.lower() == "retreat" and any(
            g.lower_.endswith("ism") for p in ("to", "into", "from") for g in sx.pobjs(tok, p)):
        dropped = "figurative"  # "a retreat to tribalism", "retreated into isolationism": a turn of mind, no force
    elif (plover == "ASSAULT" and tok.pos_ == "VERB" and tok.lemma_.lower() in w.PLAY_VERBS and tok.lemma_.lower() != "attack"
          and politicians_contest(tok, sent, resolve)):
        dropped = "campaign"  # "Trump beat Haley in the primary", "focus on beating Joe Biden": won at the polls
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
            c.dep_ == "dobj" and c.pos_ == "NOUN" and not being(c) and sx.counted(c).lemma_.lower() not in w.DEPLOYED_ARMS
            for c in tok.children):
        dropped = "thing"  # "pulling this data out of the listings": a thing taken out, no force withdrawn
    elif row.cameo.startswith("15") and tok.pos_ == "VERB" and tok.lemma_.lower() in ("deploy", "redeploy") and any(
            c.pos_ == "NOUN" and not being(sx.counted(c))
            and sx.counted(c).lemma_.lower() not in w.DEPLOYED_ARMS | w.WEAPON_NOUNS | w.CRAFT_NOUNS | w.CREW_NOUNS
            for c in _deployed(tok)):
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
    elif plover == "COOPERATE" and tok.pos_ == "VERB" and tok.lemma_.lower() in w.COMMERCE_VERBS | {"trade"} and _trades_paper(tok):
        dropped = "commerce"  # "US firms traded the bonds overseas", "few would buy bonds of negative yield": a market's dealing
    elif tok.pos_ == "VERB" and tok.lemma_.lower() == "buy" and any(
            c.dep_ == "dobj" and (c.lemma_.lower() in w.BELIEVED_THINGS
                                  or (c.pos_ == "PRON" and c.lower_ in ("it", "that", "this") and not sx.pobjs(tok, "from")))
            for c in tok.children):  # fmt: skip
        dropped = "figurative"  # "voters do not buy it", "nobody buys the official story": believed, nothing bought
    elif row.cameo == "160" and tok.pos_ == "VERB" and _takes(tok, w.OWN_ACTIVITIES) and not any(
            g.ent_type_ not in ("DATE", "TIME") for g in sx.pobjs(tok, *w.TARGET_PREPS)):
        dropped = "own affairs"  # "the association suspended all its activity": its own work stopped, no one sanctioned
    elif row.cameo == "061" and tok.lemma_.lower() in ("invest", "investment") and _invests_at_home(tok, resolve):
        dropped = "own affairs"  # "the government is investing heavily in roads": spent on its own, no partner
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
        not row.cameo.startswith(("175", "193")) and not chemical_arms(tok) and not _inhumane_arms(tok)
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
    return dropped


def _inhumane_arms(verb: Token) -> bool:
    """Whether what ``verb`` uses is arms :data:`w.INHUMANE_WORDS` name ("used cluster munitions", "used white
    phosphorus"): an attack, even where the sentence names no one it was used on."""
    return _arms_used(verb, w.INHUMANE_WORDS, w.INHUMANE_ARMS)


#: who may demonstrate or occupy a place as an act: people, crowds, armed men (with any name of an actor)
_BEINGS = w.STRUCK_PEOPLE | w.ARMED_NOUNS | w.PERSON_NOUNS | w.PROTESTER_NOUNS | w.BODY_NOUNS | w.SIDE_NOUNS | frozenset(
    {"opposition", "government", "regime", "authority", "administration", "ministry", "parliament", "activist"})


def _trades_paper(verb: Token) -> bool:
    """Whether ``verb`` deals in financial paper (words.FINANCIAL_ASSETS: bonds, shares, debt ...) of no one named
    and with no one named: "traded the bonds overseas", not "China bought US treasuries" nor "sold bonds to Japan"."""
    papers = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass") and c.lemma_.lower() in w.FINANCIAL_ASSETS]
    if (not papers or sx.pobjs(verb, "from", "to", "with") or any(c.dep_ == "dative" for c in verb.children)
            or any(sx.pobjs(p, "from", "to", "with") for p in papers)):
        return False  # (the parser may hang the counterpart from the paper: "sold bonds to Saudi Arabia")
    return not any(g.ent_type_ in w.ACTOR_ENTS or g.pos_ == "PROPN" for p in papers for g in p.subtree if g.i != p.i)


def _deployed(verb: Token) -> list[Token]:
    """What ``verb`` deploys: its objects, and for a relative clause's "that" or "which" the noun the clause
    describes ("the industrial policy that China deploys")."""
    out = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
    if verb.dep_ == "relcl" and any(c.lower_ in ("that", "which") for c in out):
        out = [c for c in out if c.lower_ not in ("that", "which")] + [verb.head]
    return out


def _market_demand(noun: Token) -> bool:
    """Whether "demand" is a market's: no one's (no owner, no "by" or "from"), and said of goods ("demand for
    treasuries"), with a market's word ("consumer demand", "more demand") or as what rises and falls ("demand
    for gas fell"); not "demand for independence grew", nor "Iran's demand for compensation"."""
    if any(c.dep_ == "poss" for c in noun.children) or sx.pobjs(noun, "by", "from"):
        return False
    wanted = sx.pobjs(noun, "for")
    if any(g.lemma_.lower() not in w.TRADED_GOODS for g in wanted):
        return False
    marked = any(c.dep_ in ("amod", "compound") and c.lemma_.lower() in w.MARKET_WORDS for c in noun.children)
    changing = noun.dep_ == "nsubj" and noun.head.lemma_.lower() in w.CHANGE_VERBS
    return bool(wanted) or marked or changing


def being(tok: Token) -> bool:
    """Whether ``tok`` names people or an actor: a name, a pronoun, or a noun of people or armed men (not a
    "state" of a common noun: "a state of emergency" is a condition, "the state of Texas" a being)."""
    if tok.lower_ == "state" and any(g.pos_ == "NOUN" and g.lemma_.lower() not in _BEINGS and not any(t.pos_ == "PROPN" for t in g.subtree)
                                     for g in sx.pobjs(tok, "of")):
        return False
    return tok.ent_type_ in w.ACTOR_ENTS or tok.pos_ in ("PROPN", "PRON") or tok.lemma_.lower() in _BEINGS or tok.lower_ in _BEINGS


def _shows(verb: Token) -> bool:
    """Whether "demonstrate" means "show": a clause shown ("demonstrates that ..."), or a thing shown by a thing
    ("the report demonstrates the need for reform"); not people demonstrating ("students demonstrated outside")."""
    if any(c.dep_ == "ccomp" for c in verb.children):
        return True
    subject = sx.subject(verb)
    return any(c.dep_ == "dobj" for c in verb.children) and subject is not None and not being(subject)


def _held_by_things(verb: Token) -> bool:
    """Whether what occupies a place is a thing ("the zone occupied by intact forest", "land occupied by farms"),
    not people or armed men."""
    doers = named_doers(verb)
    return bool(doers) and not any(being(d) or any(being(c) for c in d.children if c.dep_ in ("amod", "compound")) for d in doers)


def _figurative_war(noun: Token) -> bool:
    """Whether a "war" (or an "offensive") is one of trade, prices, culture, law, charm ... (words.FIGURATIVE_WARS
    before it), "of words", or on things."""
    said = [c for c in noun.children if c.dep_ in ("compound", "amod")]
    # ("the US-China trade war": the parser may hang "trade" from the pair's last name)
    said += [g for c in said for g in c.children if g.dep_ in ("compound", "amod")]
    if any(c.lemma_.lower() in w.FIGURATIVE_WARS or c.lower_ in w.FIGURATIVE_WARS for c in said) or any(
            g.lower_ == "words" for g in sx.pobjs(noun, "of")):
        return True
    # "a war on toxic food", "the war against plastic": on a thing, none of whose names is the foe (not "the war
    # on terror", "the war on drugs", whose foes bear arms)
    # (nor one on places or positions held: "an offensive against Armenian positions", "a war on the city")
    foes = sx.pobjs(noun, "on", "against")
    return bool(foes) and not any(being(g) or ("N", g.lemma_.lower()) in triggers() or g.lemma_.lower() in w.ARMED_FOES
                                  or g.lemma_.lower() in w.PLACE_NOUNS | w.FACILITY_NOUNS | _HELD_POINTS or g.ent_type_ in w.ACTOR_ENTS
                                  for g in foes)


#: points armed men hold, which an offensive or a war is waged on
_HELD_POINTS = frozenset({"position", "target", "stronghold", "base", "outpost", "line", "front", "frontline", "trench"})


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
    if host is not None and host.pos_ == "NOUN" and not being(host) and host.lemma_.lower() not in w.AREA_NOUNS:
        # "whatever server hosts the source code": a machine that holds a thing
        return hosted.ent_type_ not in ("PERSON", "NORP") and word not in _BEINGS
    if hosted.pos_ != "NOUN" or being(hosted) or any(being(g) for g in sx.pobjs(hosted, "for")):
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
    return other is not None and other.pos_ == "NOUN" and not being(other) and ("N", other.lemma_.lower()) not in triggers() and not any(
        being(c) for c in other.children if c.dep_ in ("amod", "compound", "poss"))


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


def chemical_arms(verb: Token) -> bool:
    """Whether what ``verb`` uses or fires is chemical or biological arms ("used chemical weapons", "fired
    shells filled with nerve agent"), not any chemical thing ("used chemical engineering")."""
    return _arms_used(verb, w.CHEMICAL_WORDS, filled=True)


def _arms_used(verb: Token, kinds: frozenset[str], named: frozenset[str] = frozenset(), *, filled: bool = False) -> bool:
    """Whether ``verb``'s object is arms of a kind ``kinds`` names before them (w.CHEMICAL_ARMS: "chemical weapons",
    "cluster munitions") or a thing ``named`` ("napalm"); with ``filled``, also what its arms are filled with."""
    # (or the passive's subject: "chlorine gas was used in an attack on the town")
    arms = [o for c in verb.children if c.dep_ in ("dobj", "nsubjpass") for o in sx.with_conjuncts(c)]
    if filled:
        arms += [g for o in arms for a in o.children if a.dep_ == "acl" for g in sx.pobjs(a, "with")]
    return any(
        o.lemma_.lower() in named
        or (o.lemma_.lower() in w.CHEMICAL_ARMS and any(m.dep_ in ("amod", "compound") and m.lower_ in kinds for m in o.children))
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
