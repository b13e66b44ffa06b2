"""Event coding: triggers from the lexicon, source and target from the dependency parse.

A sentence yields zero, one or several events. Verb triggers take their source from the subject (or the
passive agent) and their target from the object or a target preposition; noun triggers ("Iran's drills",
"the ceasefire agreement, brokered by Russia") take theirs from possessives, demonyms, "by"-agents and
the verb they are the object of. Arguments are expanded over coordination ("Turkey and Azerbaijan").
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from rashomon.nlp.attribution import SPEECH_VERBS, attribute
from rashomon.nlp.lexicon import Trigger, triggers
from rashomon.nlp.modality import is_negated
from rashomon.nlp.ontology import lookup

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

    from rashomon.records import ActorMention

#: (start_char, end_char) of a phrase in the parsed text -> the actors it denotes (resolved, or one flagged
#: unresolved mention when the phrase looks like an actor but is not in the table; empty when it is no actor)
ActorResolver = Callable[[int, int], "list[ActorMention]"]

#: verbs that only carry the event their object names ("launched drills", "held talks", "reached a ceasefire")
LIGHT_VERBS = frozenset(
    {"launch", "hold", "conduct", "carry", "stage", "begin", "start", "continue", "resume", "reach", "announce",
     "make", "take", "undertake", "mount", "wage", "declare", "order", "impose", "issue", "hand", "deliver",
     "plan", "have", "give", "display", "organize", "organise", "perform", "hold out", "initiate", "complete"}
)  # fmt: skip
#: nouns that name an act by the act their compound modifier names ("a ceasefire agreement", "an aid convoy")
CONTAINER_NOUNS = frozenset(
    {"agreement", "deal", "accord", "treaty", "protocol", "pact", "memorandum", "package", "convoy", "action",
     "campaign", "operation", "regime", "measure", "order", "decision", "declaration", "mission", "effort",
     "initiative", "process", "bid", "attempt", "plan", "programme", "program", "incident", "case", "wave", "spree"}
)  # fmt: skip
#: verbs that lend a hand to the act of the verb they govern ("helped broker a ceasefire")
HELPING_VERBS = frozenset({"help", "assist"})
#: particles of phrasal verbs that the parser may attach as prepositions
PARTICLES = frozenset({"out", "off", "back", "down", "over", "up"})
TARGET_PREPS = ("against", "on", "at", "with", "to", "toward", "towards", "upon", "into")
#: verbal events whose clause complement is their content, not a separate happening ("threatened to stop talks")
CONTENT_TYPES = frozenset({"THREATEN", "REQUEST", "AGREE", "REJECT"})
#: subordinators of a clause that belongs to what its governing threat, request or promise says
CONTENT_MARKS = frozenset({"if", "unless", "until", "for"})
ACCUSING_VERBS = frozenset({"accuse", "blame", "charge", "suspect", "condemn", "criticize", "criticise", "praise", "thank"})
#: adjectives whose clause complement is a commitment ("is willing to withdraw", "ready to host talks")
WILLING_ADJS = frozenset({"willing", "ready", "prepared", "determined", "eager", "keen", "open"})
FUTURE_AUX = frozenset({"will", "would", "shall", "'ll", "’ll", "wo"})
#: nouns that name a conflict as background ("after two days of fighting", "the war-torn region")
BACKGROUND_NOUNS = frozenset({"war", "fighting", "conflict", "hostilities", "violence", "clash", "aggression", "occupation"})


@dataclass(frozen=True, slots=True)
class Coded:
    """An event found in one sentence, before it is placed in its document."""

    trigger: Token
    row: Trigger
    source: tuple[ActorMention, ...]
    target: tuple[ActorMention, ...]

    @property
    def plover(self) -> str:
        return lookup(self.row.cameo).plover or ""


def _cue_matches(tok: Token, row: Trigger) -> bool:
    if row.cue_kind is None:
        return True
    if row.cue_kind == "obj":
        objects = [c for c in tok.children if c.dep_ in ("dobj", "attr", "oprd", "nsubjpass", "dative")]
        # "obj:*": the transitive reading ("returned the districts", not "returned to Geneva");
        # "obj:-": the intransitive one ("Armenia mobilized", not "mobilized pressure groups")
        if "*" in row.cue_words or "-" in row.cue_words:
            return bool(objects) == ("*" in row.cue_words)
        for c in objects:
            words = {c.lemma_.lower(), c.lower_, c.doc[c.left_edge.i : c.i + 1].text.lower().split(" ")[-1]}
            # "the UN refugee agency, UNHCR" is an agency, not refugees
            if c.ent_type_ != "ORG" and not any(g.dep_ == "appos" for g in c.children):
                words |= {g.lemma_.lower() for g in c.children if g.dep_ in ("compound", "amod")}
            # a measure, a part or a kind of the thing names it: "700 kg of medicine", "a state of siege"
            words |= {g.lemma_.lower() for p in c.children if p.dep_ == "prep" and p.lower_ == "of" for g in p.children if g.dep_ == "pobj"}
            if words & row.cue_words:
                return True
        for c in tok.children:
            if c.dep_ == "prep":
                for g in c.children:
                    if g.dep_ == "pobj" and (
                        {g.lemma_.lower(), g.lower_} | {m.lemma_.lower() for m in g.children if m.dep_ == "compound"}
                    ) & row.cue_words:
                        return True
        return False
    if row.cue_kind == "neg":
        return is_negated(tok)
    if row.cue_kind == "mod":
        # a hyphenated modifier is split by the tokenizer: "open-ended" is "open - ended" under "ended"
        return any(
            c.dep_ in ("amod", "compound", "nmod")
            and ({c.lemma_.lower(), c.doc[c.left_edge.i : c.i + 1].text.lower().replace(" ", "")} & row.cue_words)
            for c in tok.children
        )
    if row.cue_kind == "prep":
        if any(c.dep_ in ("prep", "prt", "agent") and c.lower_ in row.cue_words for c in tok.children):
            return True
        # "pushing for the US to support ...", parsed as a clause marked by "for"
        return any(
            c.dep_ == "advcl" and any(g.dep_ == "mark" and g.lower_ in row.cue_words for g in c.children)
            for c in tok.children
        )
    # xcomp: the verb it governs ("agreed to meet", "agreed to hold talks")
    for c in tok.children:
        if c.dep_ in ("xcomp", "ccomp", "pcomp") and c.lemma_.lower() in row.cue_words:
            return True
        if c.dep_ == "prep":
            for g in c.children:
                if g.dep_ in ("pcomp", "pobj") and g.lemma_.lower() in row.cue_words:
                    return True
    return False


def _lookup(tok: Token) -> Trigger | None:
    lex = triggers()
    lemma = tok.lemma_.lower()
    candidates: list[tuple[str, str]] = []
    if tok.pos_ == "VERB":
        prt = next((c.lower_ for c in tok.children if c.dep_ == "prt"), None)
        if prt is None:
            # a particle parsed as a preposition after the object: "forced the agency out of the country"
            prt = next((c.lower_ for c in tok.children if c.dep_ == "prep" and c.lower_ in PARTICLES and c.i > tok.i + 1
                        and not any(g.dep_ == "pobj" for g in c.children)), None)  # fmt: skip
        if prt:
            candidates.append(("V", f"{lemma} {prt}"))
        candidates.append(("V", lemma))
    elif tok.pos_ in ("NOUN", "PROPN"):
        # "the Second Karabakh War", "the Bishkek Protocol", a headline's "Alliance": names, not events
        if tok.text[:1].isupper() and not tok.is_sent_start:
            return None
        for c in tok.children:
            if c.dep_ == "compound":
                candidates.append(("N", f"{c.lemma_.lower()} {lemma}"))
        # "a ceasefire agreement", "an aid convoy": the more specific compound modifier names the event
        # a container noun carries; on other nouns it is a topic ("riot police", "aid workers", "trade
        # practices") or yields to the head ("ceasefire violations", "trade talks")
        for c in tok.children:
            if c.dep_ == "compound" and c.pos_ == "NOUN" and lemma in CONTAINER_NOUNS:
                candidates += [("N", c.lemma_.lower()), ("N", c.lower_)]
        candidates += [("N", lemma), ("N", tok.lower_)]
    else:
        return None
    for key in candidates:
        for row in lex.get(key, ()):
            if _cue_matches(tok, row):
                return row
    return None


def _verb_above(tok: Token) -> Token | None:
    """The verb a noun or clause hangs from (skipping prepositions)."""
    cur = tok.head
    for _ in range(3):
        if cur.pos_ in ("VERB", "AUX"):
            return cur
        if cur.head.i == cur.i:
            return None
        cur = cur.head
    return None


def _subject(verb: Token, depth: int = 0) -> Token | None:
    for c in verb.children:
        if c.dep_ in ("nsubj", "csubj"):
            if c.lower_ in ("who", "which", "that") and verb.dep_ == "relcl":
                return verb.head
            return c
    if depth < 3 and verb.dep_ in ("xcomp", "conj", "advcl", "pcomp", "ccomp") and verb.head.i != verb.i:
        head = verb.head
        if head.pos_ == "ADP" and head.head.i != head.i:  # "plan on holding": pcomp of "on" of "plan"
            prep = head
            head = head.head
            # "Baku accuses Tehran of supporting Armenia": the one accused is the one who supports
            if prep.lower_ in ("of", "for") and head.lemma_.lower() in ACCUSING_VERBS:
                obj = next((c for c in head.children if c.dep_ == "dobj"), None)
                if obj is not None:
                    return obj
        if head.pos_ == "ADJ" and head.dep_ in ("acomp", "amod") and head.head.i != head.i:
            head = head.head  # "Syria is willing to withdraw", "Arnor is about to restore"
        if head.pos_ in ("VERB", "AUX"):
            return _subject(head, depth + 1)
    return None


def _agent(tok: Token) -> Token | None:
    for c in tok.children:
        if c.dep_ == "agent" or (c.dep_ == "prep" and c.lower_ == "by"):
            for g in c.children:
                if g.dep_ == "pobj":
                    return g
    return None


#: nouns that count or collect the people an "of" phrase names ("hundreds of Chadian and Sudanese refugees")
COUNT_NOUNS = frozenset(
    {"hundreds", "thousands", "tens", "dozens", "scores", "millions", "number", "group", "groups", "some", "many",
     "most", "all", "several", "members", "hundred", "thousand", "dozen", "handful", "few", "part"}
)  # fmt: skip


#: common nouns of a part of a country, whose "of X" places an act in X
AREA_NOUNS = frozenset({"city", "town", "village", "province", "region", "area", "part", "district", "border",
                        "capital", "street", "neighbourhood", "neighborhood"})  # fmt: skip
#: words for land or a place held, whose nationality word names its country ("Azerbaijani territory")
PLACE_NOUNS = AREA_NOUNS | {"territory", "land", "soil", "airspace", "water", "position", "post", "base", "port",
                            "airport", "harbour", "harbor", "embassy", "consulate"}


def _subject_of_next_clause(tok: Token) -> bool:
    """Whether a noun parsed as a conjunct is the subject of the clause right after it, which the parse left
    without one ("it supported Armenia and the Azerbaijani public was furious": "public" is no second
    object of "supported")."""
    nxt = tok.right_edge.i + 1
    if nxt >= len(tok.doc):
        return False
    verb = tok.doc[nxt]
    return (
        verb.pos_ in ("VERB", "AUX")
        and verb.dep_ == "conj"
        and not any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in verb.children)
    )


def _pobjs(tok: Token, *preps: str) -> list[Token]:
    """The objects of ``tok``'s prepositions among ``preps`` ("region *of Azerbaijan*", "aid *from Russia*")."""
    return [g for p in tok.children if p.dep_ == "prep" and p.lower_ in preps for g in p.children if g.dep_ == "pobj"]


def _with_conjuncts(tok: Token | None) -> list[Token]:
    if tok is None:
        return []
    out = [tok]
    for c in tok.children:
        if c.dep_ == "conj" and c.pos_ in ("PROPN", "NOUN", "PRON", "ADJ") and not _subject_of_next_clause(c):
            out.extend(_with_conjuncts(c))
        elif c.dep_ == "prep" and c.lower_ == "of" and tok.lower_ in COUNT_NOUNS:
            # "dozens of Chadian and Sudanese refugees": the counted are coordinated, not the count
            out.extend(x for g in c.children if g.dep_ == "pobj" for x in _with_conjuncts(g)[1:])
    return out


CLAUSE_DEPS = frozenset({"relcl", "acl", "ccomp", "advcl", "conj", "cc", "appos"})


def _phrase_end(tok: Token) -> int:
    """Index of the last token of the phrase headed by ``tok``: its right dependents, clauses and conjuncts
    excepted (a conjunct is an actor of its own), but appositions kept ("Iran's minister, Hossein ...")."""
    right = tok.i
    for c in tok.rights:
        if c.dep_ == "npadvmod" or c.ent_type_ in ("DATE", "TIME"):  # "Israel today", "Iran on Monday"
            break
        # an apposition follows its noun at once ("Iran's minister, Hossein ..."); one far off is misparsed
        if (c.dep_ == "appos" and c.left_edge.i <= right + 2) or (c.dep_ not in CLAUSE_DEPS and c.dep_ != "punct"):
            right = max(right, _phrase_end(c))
    return right


def _phrase_chars(tok: Token) -> tuple[int, int]:
    """Characters of the noun phrase headed by ``tok``, without a leading date, number or conjunct."""
    start = tok.left_edge.i
    for t in tok.lefts:
        if t.dep_ in ("cc", "conj"):
            start = t.right_edge.i + 1
    doc = tok.doc
    while start < tok.i and (doc[start].ent_type_ in ("DATE", "TIME", "CARDINAL") or doc[start].pos_ in ("PUNCT", "ADP", "CCONJ", "NUM")):
        start += 1
    right = doc[_phrase_end(tok)]
    return doc[start].idx, right.idx + len(right.text)


def _antecedent(tok: Token) -> Token:
    """A pronoun subject of a reported clause stands for the reporting clause's subject ("Iran denied it ...")."""
    if tok.pos_ != "PRON" or tok.lower_ not in ("it", "they", "he", "she"):
        return tok
    cur = tok.head
    for _ in range(3):
        if cur.dep_ in ("ccomp", "xcomp", "advcl", "conj") and cur.head.i != cur.i:
            cur = cur.head
            subj = next((c for c in cur.children if c.dep_ == "nsubj" and c.pos_ != "PRON"), None)
            if subj is not None:
                return subj
        else:
            break
    return tok


def _national(tok: Token, resolve: ActorResolver) -> list[ActorMention]:
    """The country a nationality word before a thing names ("Palestinian lorries", "German goods",
    "Israeli air raids"): CAMEO codes what belongs to a country as the country."""
    for c in tok.children:
        if c.dep_ in ("amod", "compound", "nmod") and c.i < tok.i and c.ent_type_ == "NORP":
            found = [m for m in resolve(c.idx, c.idx + len(c.text)) if m.resolved]
            if found:
                return found
        elif (
            tok.lemma_.lower() in PLACE_NOUNS
            and c.dep_ in ("amod", "compound")
            and c.i < tok.i
            and c.pos_ in ("ADJ", "PROPN")
            and c.text[:1].isupper()
        ):
            # the small model tags some nationality words as persons ("Azerbaijani territory"): before a
            # word for land, a word that resolves to a country by itself is one
            found = [m for m in resolve(c.idx, c.idx + len(c.text))
                     if m.resolved and m.actor is not None and m.actor.code == m.actor.country]  # fmt: skip
            if found:
                return found
    return []


def _has_nationality(tok: Token) -> bool:
    return any(c.dep_ in ("amod", "compound", "nmod") and c.i < tok.i and c.ent_type_ == "NORP" for c in tok.children)


def _own(tok: Token, mentions: list[ActorMention]) -> list[ActorMention]:
    """The mentions that name the phrase's own actor: those up to its head word when one of them is known
    ("a UN appeal for troops on the border with Israel" is the UN's; "King Abdullah in Tel Aviv" the
    king's), else all ("the government of Iran"); a bare country beside an actor of that country is that
    actor ("Jordan's King Abdullah" JORGOV, not JOR and JORGOV)."""
    head_end = tok.idx + len(tok.text)
    own = [m for m in mentions if m.start < head_end]
    if any(m.resolved for m in own):
        mentions = own
    parts = {m.actor.country for m in mentions if m.actor is not None and m.actor.country and m.actor.code != m.actor.country}
    return [m for m in mentions if m.actor is None or m.actor.code != m.actor.country or m.actor.country not in parts]


def _actors(tokens: list[Token], resolve: ActorResolver) -> tuple[ActorMention, ...]:
    found: list[ActorMention] = []
    for tok in tokens:
        tok = _antecedent(tok)
        start, end = _phrase_chars(tok)
        mentions = _own(tok, resolve(start, end))
        if not any(m.resolved for m in mentions):
            mentions = _national(tok, resolve) or mentions
        for mention in mentions:
            if all(m.start != mention.start for m in found):
                found.append(mention)
    return tuple(found)


#: words for a part of something, whose "of" object is what the act is done to
PORTIONS = frozenset({"%", "percent", "per cent", "part", "parts", "half", "third", "quarter", "much", "most", "some",
                      "all", "rest", "bulk", "portion", "share", "swathes", "swaths"})  # fmt: skip


def _target_candidates(verb: Token) -> list[list[Token]]:
    out: list[list[Token]] = []
    lex = triggers()
    for deps in (("dative", "iobj"), ("dobj",)):
        for c in verb.children:
            if c.dep_ in deps:
                # the object names the act ("imposed sanctions on Iran", "lodged a protest with Russia",
                # "tightened the blockade of Serbia"): its recipient is the act's
                owned = {g.i for g in _of_objects(c)}
                inner = [
                    _with_conjuncts(g)
                    for p in c.children
                    if p.dep_ == "prep" and p.lower_ in ("on", "against", "with", "to", "toward", "towards", "of")
                    for g in p.children
                    if g.dep_ == "pobj" and g.ent_type_ not in ("DATE", "TIME") and (p.lower_ != "of" or g.i in owned)
                    and not _helper(p, g)
                ]
                if inner and (("N", c.lemma_.lower()) in lex or ("N", c.lower_) in lex):
                    out.extend(inner)
                    continue
                # a common noun's recipients come before the noun ("broke off relations with Congo and
                # Costa Rica", "provided $70 million of aid for Romania and Poland"): the noun's whole
                # phrase would name only the first of them
                if c.pos_ == "NOUN" and c.ent_type_ in ("", "MONEY", "QUANTITY", "CARDINAL"):
                    out.extend(
                        _with_conjuncts(g)
                        for p in c.children
                        if p.dep_ == "prep" and p.lower_ in (*TARGET_PREPS, "for")
                        for g in p.children
                        if g.dep_ == "pobj" and (g.ent_type_ in ("GPE", "NORP", "ORG", "PERSON") or _has_nationality(g))
                    )
                if c.lemma_.lower() in AREA_NOUNS:
                    # "destroyed this beautiful region of Azerbaijan": the country the place is part of
                    out.extend([g] for g in _pobjs(c, "of") if g.ent_type_ in ("GPE", "LOC"))
                if c.lower_ in PORTIONS:
                    # "occupied 20% of Azerbaijani territory": the part names no one, the whole does
                    out.extend(_with_conjuncts(g) for g in _pobjs(c, "of"))
                out.append(_with_conjuncts(c))
    if not any(c.dep_ in ("dobj", "dative", "iobj") for c in verb.children):
        for c in verb.children:
            # "destroyed and wiped out this region": an object shared by two verbs hangs from the second
            if (
                c.dep_ == "conj"
                and c.pos_ == "VERB"
                and not any(g.dep_ in ("nsubj", "nsubjpass") for g in c.children)
                and not any(g.dep_ in ("xcomp", "ccomp", "prep", "advcl") for g in verb.children)
                and all(t.dep_ in ("cc", "punct", "advmod", "prt") for t in verb.doc[verb.i + 1 : c.i])
            ):
                out.extend(_target_candidates(c))
            # "help Iranian ports to connect": whom a helper helps is the subject of what it helps do
            if c.dep_ in ("ccomp", "xcomp") and verb.lemma_.lower() in HELPING_VERBS:
                out.extend(_with_conjuncts(g) for g in c.children if g.dep_ == "nsubj" and g.pos_ != "PRON")
    for c in verb.children:
        # "kidnapped up to 16 advisers": the parser hangs "to" from the particle "up"
        preps = [g for g in c.children if g.dep_ == "prep" and g.lower_ == "to"] if c.dep_ == "prt" and c.lower_ == "up" else [c]
        for p in preps:
            if p.dep_ == "prep" and p.lower_ in TARGET_PREPS:
                out.extend(_with_conjuncts(g) for g in p.children if g.dep_ == "pobj")
    return out


def _pick_target(verb: Token, resolve: ActorResolver) -> tuple[ActorMention, ...]:
    """The first object that denotes an actor: the recipient of "sent supplies to Armenia", not the supplies."""
    candidates = _target_candidates(verb)
    for toks in candidates:
        mentions = _actors(toks, resolve)
        if any(m.resolved for m in mentions):
            return mentions
    # "sent inspectors to a plant in central Iran": a recipient that is no actor is located in one (a
    # named one, as the parser may hang its "in" from the verb)
    named = any(t.pos_ == "PROPN" for toks in candidates for t in toks)
    located = _locative_country(verb, resolve, of_targets=not named)
    if located:
        return located
    for toks in candidates:
        mentions = _actors(toks, resolve)
        if mentions:
            return mentions
    return ()


def _of_objects(noun: Token) -> list[Token]:
    """The "of" objects of an event noun that are not its subject's own ("of its troops")."""
    return [
        g
        for p in noun.children
        if p.dep_ == "prep" and p.lower_ == "of"
        for g in p.children
        if g.dep_ == "pobj" and not any(x.dep_ == "poss" and x.pos_ == "PRON" for x in g.children)
    ]


#: verbs whose subject is given the act named by their object ("received aid", "gained support")
RECEIVING_VERBS = frozenset({"receive", "get", "gain", "obtain", "accept", "win", "secure", "enjoy", "attract",
                             "garner"})  # fmt: skip

#: acts one is given, whose receiver is the subject of a receiving verb (not "won the war")
GIVEN_NOUNS = frozenset({"help", "support", "assistance", "backing", "aid", "recognition", "loan", "credit",
                         "weapon", "arm", "supply", "funding", "fund", "endorsement", "guarantee", "asylum",
                         "protection", "training", "approval", "blessing", "consent"})  # fmt: skip

#: words for meeting, whose "in X" is a venue, not a party (a visit to X is a visit to X's people)
MEETING_WORDS = frozenset({"meet", "meeting", "talk", "talks", "negotiate", "negotiation", "negotiations", "summit"})

#: verbs whose subject causes the act named by their object, without doing it ("sparked protests")
CAUSING_VERBS = frozenset({"spark", "trigger", "prompt", "provoke", "cause", "fuel", "ignite", "stir", "unleash",
                           "inspire"})  # fmt: skip

#: what "with" brings when it names a helper, not a recipient ("with Albania's help", "with the support of X")
HELP_NOUNS = frozenset({"help", "support", "assistance", "backing", "aid", "participation", "cooperation", "consent", "approval", "blessing"})


def _helper(prep: Token, pobj: Token) -> bool:
    return prep.lower_ == "with" and pobj.lemma_.lower() in HELP_NOUNS


def _noun_arguments(noun: Token) -> tuple[list[Token], list[Token]]:
    source: list[Token] = []
    for c in noun.children:
        # "its invasion": the pronoun stands for the subject of the verb the noun is the object of
        if (c.dep_ == "poss" and c.pos_ != "PRON") or (
            c.dep_ in ("compound", "amod", "nmod") and (c.ent_type_ in ("GPE", "NORP", "ORG") or c.pos_ == "PROPN")
        ):
            source.extend(_with_conjuncts(c))
    receiver = _verb_above(noun) if noun.dep_ == "dobj" else None
    if receiver is not None and receiver.lemma_.lower() in RECEIVING_VERBS and noun.lemma_.lower() in GIVEN_NOUNS:
        # "Armenia received military aid from Russia", "hope for Armenia to gain help": the subject is given
        # the act, whoever gives it comes with "from" (or is the noun's own: "received Russian aid")
        givers = _pobjs(receiver, "from") + _pobjs(noun, "from")
        if not source and givers:
            source = _with_conjuncts(givers[0])
        return source, _with_conjuncts(_subject(receiver))
    agent = _agent(noun)
    if not source and agent is not None:
        source = _with_conjuncts(agent)
    if not source and noun.dep_ in ("dobj", "pobj", "attr"):
        verb = _verb_above(noun)
        # "the footage sparked protests": what causes an act is not its author
        if verb is not None and verb.lemma_.lower() not in CAUSING_VERBS and (
            noun.dep_ == "dobj"
            or verb.lemma_.lower() in LIGHT_VERBS
            # "Russia coming to the aid of Armenia"
            or (noun.dep_ == "pobj" and noun.head.lower_ == "to" and verb.lemma_.lower() in ("come", "rush"))
            # "Azerbaijan is a threat to Iran": what the subject is, it does
            or (noun.dep_ == "attr" and verb.lemma_.lower() == "be" and verb.i == noun.head.i)
        ):
            source = _with_conjuncts(_subject(verb))
    target: list[Token] = []
    for c in noun.children:
        if c.dep_ == "prep" and c.lower_ in ("against", "on", "with", "to", "toward", "towards", "between"):
            for g in c.children:
                if g.dep_ == "pobj" and not _helper(c, g):
                    target = _with_conjuncts(g)
                    if c.lower_ == "between" and not source and len(target) >= 2:
                        # "fighting between Azerbaijanis and Armenians": one side against the other
                        source, target = target[:1], target[1:]
                    break
    if not target and source:
        # the object of an act whose author is named elsewhere: "its invasion of South Lebanon", "the
        # blockade of Serbia" (not the subject's own: "the withdrawal of its troops")
        target = next((_with_conjuncts(g) for g in _of_objects(noun)), [])
    if not target and noun.dep_ == "dobj":
        # the verb that carries the noun carries its recipient: "gave aid to X", "opened investigations
        # against X", "imposed sanctions on X", "held talks with X"
        verb = _verb_above(noun)
        if verb is not None:
            for c in verb.children:
                if c.dep_ in ("dative", "iobj"):
                    target = _with_conjuncts(c)
                elif c.dep_ == "prep" and c.lower_ in TARGET_PREPS:
                    target = [g for g in c.children if g.dep_ == "pobj" and g.ent_type_ not in ("DATE", "TIME")]
                if target:
                    break
    return source, target


def _outside_attribution(tok: Token) -> bool:
    """False for tokens inside "according to X"."""
    return all(anc.lower_ != "according" for anc in tok.ancestors)


def _participants(noun: Token, sent: Span, resolve: ActorResolver) -> tuple[ActorMention, ...]:
    """Who takes part in a noun event the parse left without a subject: "with the participation of X and Y",
    else the coordinated actors that open the clause before it ("Turkey and Azerbaijan plan on holding a drill")."""
    for tok in sent:
        if tok.lemma_.lower() == "participation":
            for c in tok.children:
                if c.dep_ == "prep" and c.lower_ == "of":
                    objs = [g for g in c.children if g.dep_ == "pobj"]
                    if objs:
                        return _actors(_with_conjuncts(objs[0]), resolve)
    for tok in sent:
        if tok.i >= noun.i:
            break
        if tok.pos_ == "PROPN" and tok.dep_ in ("nsubj", "conj", "appos", "nmod") and _outside_attribution(tok):
            first = _first_conjunct(tok)
            group = _with_conjuncts(first)
            found = tuple(m for m in _actors(group, resolve) if m.resolved)
            # (the small parser may read "plan" in "Turkey and Azerbaijan plan on ..." as a noun they modify)
            opens = first.dep_ == "nmod" and first.head.dep_ == "ROOT" and first.head.pos_ == "NOUN" and first.head.i < noun.i
            if found and (opens or any(t.head.i >= noun.i or t.head.dep_ in ("appos", "pobj") for t in group)):
                return found
    return ()


def _intent_code(cameo: str) -> str | None:
    """The CAMEO code for a commitment to do what ``cameo`` names: a cooperative act promised is an
    expression of intent (03x, AGREE), a hostile one a threat (13x, THREATEN); None for other acts."""
    root, three = cameo[:2], cameo[:3]
    if root == "04":
        return "036"
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


def _clause_head(tok: Token) -> Token:
    """The verb that carries a trigger's tense: the trigger, or the verb a noun trigger is the object of."""
    if tok.pos_ != "VERB" and tok.dep_ in ("dobj", "attr", "nsubjpass") and tok.head.pos_ in ("VERB", "AUX"):
        return tok.head
    return tok


def _is_commitment(tok: Token, sent: Span) -> bool:
    """True when the sentence reports an actor's commitment to the act of ``tok`` rather than the act:
    "said it will support", "X will provide aid, Y said", "is willing to withdraw", "ready to host"."""
    head = _clause_head(tok)
    if is_negated(head) or any(c.dep_ == "mark" and c.lower_ in ("if", "unless", "when", "whether") for c in head.children):
        return False
    if head.dep_ == "xcomp" and head.head.lemma_.lower() in WILLING_ADJS and not is_negated(head.head.head):
        return True
    if not any(c.dep_ == "aux" and c.lower_ in FUTURE_AUX for c in head.children):
        return False
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
        )
        if not transparent:
            depth += 2 if dep in ("advcl", "relcl", "acl", "pobj", "prep", "npadvmod", "amod", "compound", "poss", "nmod") else 1
        cur = head
    return depth


def _salience(c: Coded, found: dict[int, tuple[Token, Trigger]]) -> tuple[int, int, int, int]:
    """Sort key: main-clause events first, then events with actors, verbs before nouns, text order."""
    return (_depth(c.trigger, found), 0 if c.source or c.target else 1, 0 if c.trigger.pos_ == "VERB" else 1, c.trigger.i)


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
        if dep == "advcl" and marks & CONTENT_MARKS:
            dep = "ccomp"
        if dep in ("xcomp", "ccomp", "pcomp") and head.i in found:
            return (lookup(found[head.i][1].cameo).plover or "") in CONTENT_TYPES
        if dep not in ("dobj", "xcomp", "ccomp", "pcomp", "attr", "nsubjpass", "conj"):
            return False
        cur = head
    return False


OBLIGATION_AUX = frozenset({"must", "should"})
#: nouns whose "that" clause is what their sender says ("a reminder that Iraq must cooperate")
MESSAGE_NOUNS = frozenset({"reminder", "message", "statement", "letter", "note", "notice", "declaration", "insistence"})
#: domestic acts whose recipient, when none is named, is the country where they happen ("lifted the
#: curfew in Montenegro", "demonstrated in Serbia", "arrested 12 people in Baku")
LOCATIVE_TARGET_TYPES = frozenset({"CONCEDE", "RETREAT", "PROTEST", "COERCE", "MOBILIZE", "ASSAULT"})


def _locative_country(tok: Token, resolve: ActorResolver, *, of_targets: bool = False) -> tuple[ActorMention, ...]:
    """The country an "in X" phrase on the trigger or on its object names: X itself when it is a country,
    else the country of the place X, when the resolver can place it ("in the Gaza Strip", "in Kirkuk").
    With ``of_targets``, only the "in X" of its objects counts ("sent inspectors to a plant in Iran")."""
    objects = [c for c in tok.children if c.dep_ in ("dobj", "nsubjpass")]
    # "fired at targets in Jericho": the place of what the act was aimed at
    objects += [g for c in tok.children if c.dep_ == "prep" and c.lower_ in TARGET_PREPS for g in c.children if g.dep_ == "pobj"]
    objects += [g for h in objects for p in h.children if p.dep_ == "prep" and p.lower_ == "of" for g in p.children if g.dep_ == "pobj"]
    # "the curfew imposed in Sudan"
    objects += [c for h in objects for c in h.children if c.dep_ == "acl"]
    heads = objects if of_targets else [tok, *objects]
    places: list[Token] = []
    for h in heads:
        for c in h.children:
            if c.dep_ == "prep" and c.lower_ == "in":
                for g in c.children:
                    if g.dep_ == "pobj" and g.ent_type_ == "GPE":
                        found = tuple(
                            m for m in _actors([g], resolve)
                            if m.actor is not None and m.actor.country and m.actor.code == m.actor.country
                        )
                        if found:
                            return found
                    if g.dep_ == "pobj" and (g.ent_type_ in ("GPE", "LOC", "FAC") or (g.pos_ == "PROPN" and not g.ent_type_)):
                        places.append(g)
                    elif g.dep_ == "pobj" and g.pos_ == "NOUN" and g.lemma_.lower() in AREA_NOUNS:
                        # "in northwestern cities of Iran", "in several provinces of Afghanistan"
                        places.extend(o for o in _pobjs(g, "of") if o.ent_type_ in ("GPE", "LOC"))
    return _place_country(places, resolve)


def _place_country(places: list[Token], resolve: ActorResolver) -> tuple[ActorMention, ...]:
    """The country of the first of ``places`` the resolver can place (a resolver may offer ``place(start,
    end)``, the stage's does: a mention of the place's country; a resolver without it places nothing)."""
    place = getattr(resolve, "place", None)
    if place is None:
        return ()
    for g in places:
        ent = next((e for e in g.doc.ents if e.start <= g.i < e.end), None)
        span = ent if ent is not None else g.doc[g.i : g.i + 1]
        # "West Darfur State": the name, else the name without its first or its last word
        for part in (span, span[1:], span[:-1]):
            if len(part) == 0:
                continue
            found = place(part.start_char, part.end_char)
            if found is not None and found.actor is not None:
                return (found,)
    return ()


#: nouns of a stance that "in ... of X" takes toward X ("in protest of", "in defiance of", "in response to")
STANCE_NOUNS = frozenset({"protest", "defiance", "opposition", "response", "retaliation", "reaction", "outrage", "solidarity"})
#: prepositions that name what a protest is about ("struck over a new law", "rallied against the war")
GRIEVANCE_PREPS = frozenset({"against", "over", "at", "about"})
#: prepositions under a purpose clause that lead to whom it is aimed at ("calling for independence from Iraq")
PURPOSE_PREPS = frozenset({"for", "against", "from", "on", "over", "at", "with", "of", "to"})


#: words for the line between two countries ("along the Azerbaijani border", "near the border with Iran")
BORDER_NOUNS = frozenset({"border", "frontier", "boundary", "borderline"})


def _adversary(
    tok: Token, source: tuple[ActorMention, ...], target: tuple[ActorMention, ...], resolve: ActorResolver
) -> tuple[ActorMention, ...]:
    """Whom a mobilisation is against: the forces a country mobilises are its own ("mobilised army
    reservists"), the target is the one they are raised against ("for a war against Iraq")."""
    own = {m.actor.country for m in source if m.actor is not None and m.actor.country}
    if target and not all(m.actor is None or m.actor.country in own for m in target):
        return target
    against = [
        _with_conjuncts(g)
        for t in tok.subtree
        if t.dep_ == "prep" and t.lower_ == "against"
        for g in t.children
        if g.dep_ == "pobj"
    ]
    found = _resolved_first(against, resolve)
    if not found and own:
        # "drills along the Azerbaijani border", "near the border with Iran": the country on the other side
        head = tok.head if tok.dep_ in ("dobj", "nsubjpass") and tok.head.pos_ in ("VERB", "AUX") else tok
        near = ("near", "along", "on", "at", "to", "close")
        for border in [*_pobjs(tok, *near), *(_pobjs(head, *near) if head is not tok else [])]:
            if border.lemma_.lower() not in BORDER_NOUNS:
                continue
            side = _national(border, resolve) or list(
                _resolved_first([_with_conjuncts(o) for o in _pobjs(border, "with")], resolve)
            )
            found = tuple(m for m in side if m.actor is not None and m.actor.country not in own)
            if found:
                return found
    return found or (() if own else target)


def _purpose_clause(c: Token) -> bool:
    """A clause saying what an act is for: "to demand ...", "calling for ..."."""
    return c.dep_ in ("advcl", "xcomp", "relcl", "acl") and c.pos_ == "VERB" and (
        c.tag_ == "VBG" or any(g.dep_ == "aux" and g.lower_ == "to" for g in c.children)
    )


def _grievance(tok: Token) -> list[list[Token]]:
    """What a protest is aimed at, nearest first: the objects of its purpose clause ("staged a strike to
    demand the resignation of X", "marched calling for autonomy from X"), of "in protest of/against",
    "in defiance of" and of "over", "against" ("stopped work over a law signed by X"); with each, the
    agents of the participles inside it ("property seized by X")."""
    holders = [tok]
    verb = _verb_above(tok) if tok.pos_ != "VERB" and tok.dep_ in ("dobj", "pobj", "nsubjpass") else None
    if verb is not None:  # "staged demonstrations to demand ...": the clause hangs from the verb
        holders.append(verb)
    # "stopped work over a new law": the grievance may hang from the verb's object
    holders += [c for h in holders if h.pos_ == "VERB" for c in h.children if c.dep_ == "dobj" and c.i != tok.i]
    objects: list[Token] = []
    for h in holders:
        for c in h.children:
            if _purpose_clause(c):
                objects.extend(g for g in c.children if g.dep_ in ("dobj", "dative"))
                objects.extend(
                    g for p in c.children if p.dep_ == "prep" and p.lower_ in PURPOSE_PREPS
                    for g in p.children if g.dep_ == "pobj"
                )  # fmt: skip
            elif c.dep_ == "prep":
                for g in c.children:
                    if g.dep_ != "pobj":
                        continue
                    if c.lower_ in GRIEVANCE_PREPS:
                        objects.append(g)
                    elif c.lower_ == "in" and g.lemma_.lower() in STANCE_NOUNS:
                        objects.extend(
                            x for p in g.children if p.dep_ == "prep" and p.lower_ in ("of", "against", "at", "to")
                            for x in p.children if x.dep_ == "pobj"
                        )  # fmt: skip
    groups: list[list[Token]] = []
    for o in objects:
        groups.append(_with_conjuncts(o))
        groups.extend(_with_conjuncts(_agent(t)) for t in o.subtree if t.dep_ in ("acl", "relcl") and _agent(t) is not None)
    return groups


def _obligation(tok: Token) -> Token | None:
    """The reporting verb of "X said (that) Y must do Z": a demand by X that Y do Z."""
    cur = _clause_head(tok)
    if cur.dep_ == "xcomp" and cur.head.pos_ in ("ADJ", "AUX"):  # "must be ready to mediate"
        cur = cur.head.head if cur.head.pos_ == "ADJ" else cur.head
    if not any(c.dep_ == "aux" and c.lower_ in OBLIGATION_AUX for c in cur.children):
        return None
    if cur.dep_ in ("ccomp", "parataxis") and cur.head.lemma_.lower() in SPEECH_VERBS | {"reiterate", "declare", "demand"}:
        return cur.head
    # "issued a reminder to Iraq that it must cooperate": the message's sender demands it
    if cur.dep_ in ("acl", "ccomp") and cur.head.lemma_.lower() in MESSAGE_NOUNS and cur.head.head.pos_ == "VERB":
        return cur.head.head
    return None


#: subordinators of the condition a threat sets for the one threatened ("... unless Israel rescinded ...")
CONDITION_MARKS = frozenset({"if", "unless", "until"})
#: events whose object names an act or a demand of their target: "rejected an Australian ultimatum",
#: "denounced Serbia's crackdown", "accepted demands from the rebels"
AUTHORED_OBJECT_TYPES = frozenset({"REJECT", "ACCUSE", "CONCEDE"})


def _resolved_first(groups: list[list[Token]], resolve: ActorResolver) -> tuple[ActorMention, ...]:
    """The actors of the first group that names a known actor."""
    for toks in groups:
        mentions = tuple(m for m in _actors(toks, resolve) if m.resolved)
        if mentions:
            return mentions
    return ()


def _origin(tok: Token, resolve: ActorResolver) -> tuple[ActorMention, ...]:
    """The actor a withdrawal leaves: "withdrew its troops from Lebanon", "pulled out of Iraq", "recalled
    its ambassador from Moscow", "the withdrawal of forces from Panama" (on the trigger, its object or its
    "of" phrase)."""
    heads = [tok]
    for c in tok.children:
        if c.dep_ in ("dobj", "nsubjpass"):
            heads.append(c)
        elif c.dep_ == "prep" and c.lower_ == "of" and tok.pos_ != "VERB":
            heads.extend(g for g in c.children if g.dep_ == "pobj")
    groups: list[list[Token]] = []
    for h in heads:
        for c in h.children:
            if c.dep_ != "prep":
                continue
            prep = c
            if c.lower_ == "out":  # "out of Iraq": "of" under "out"
                prep = next((g for g in c.children if g.dep_ == "prep" and g.lower_ == "of"), c)
            elif c.lower_ == "of" and not (h.i == tok.i and any(g.dep_ == "prt" and g.lower_ == "out" for g in h.children)):
                continue
            if prep.lower_ in ("from", "of"):
                groups.extend(_with_conjuncts(g) for g in prep.children if g.dep_ == "pobj")
    return _resolved_first(groups, resolve)


def _content_target(tok: Token, plover: str, resolve: ActorResolver) -> tuple[ActorMention, ...]:
    """The target of a threat, request, promise or refusal that names none of its own: the one its
    condition is set for ("threatened to strike unless Israel rescinded ..."), the subject of a demanded
    clause ("demanded that the US cancel ..."), else the target of its content ("threatened to break
    relations with Russia", "agreed to provide aid to Romania")."""
    # "pushing for the US to support ...": a clause marked by "for" is the content too
    contents = [
        c for c in tok.children
        if c.dep_ in ("xcomp", "ccomp") or (c.dep_ == "advcl" and any(g.dep_ == "mark" and g.lower_ == "for" for g in c.children))
    ]  # fmt: skip
    if plover == "THREATEN":
        for v in (tok, *contents):
            for c in v.children:
                if c.dep_ == "advcl" and any(g.dep_ == "mark" and g.lower_ in CONDITION_MARKS for g in c.children):
                    found = _resolved_first([_with_conjuncts(_subject(c))], resolve)
                    if found:
                        return found
    for c in contents:
        if plover == "REQUEST" and c.dep_ in ("ccomp", "advcl"):
            found = _resolved_first([_with_conjuncts(next((g for g in c.children if g.dep_ in ("nsubj", "nsubjpass")), None))], resolve)
            if found:
                return found
        found = tuple(m for m in _pick_target(c, resolve) if m.resolved)
        if found:
            return found
    return ()


def _object_author(tok: Token, resolve: ActorResolver) -> tuple[ActorMention, ...]:
    """Who authored the act or demand an event's object names: a possessor ("Serbia's suppression"), a
    national or named modifier ("an Australian ultimatum", "a UN appeal") or a "by"/"from" phrase."""
    groups: list[list[Token]] = []
    for obj in (c for c in tok.children if c.dep_ == "dobj"):
        for c in obj.children:
            named = c.dep_ in ("amod", "compound", "nmod") and c.ent_type_ in ("NORP", "GPE", "ORG")
            if named or (c.dep_ == "poss" and c.pos_ != "PRON"):
                groups.append(_with_conjuncts(c))
            elif c.dep_ in ("prep", "agent") and c.lower_ in ("by", "from"):
                groups.extend(_with_conjuncts(g) for g in c.children if g.dep_ == "pobj")
    return _resolved_first(groups, resolve)


#: material events worth keeping even when no argument is a known actor ("gunmen attacked a village")
MATERIAL_TYPES = frozenset({"ASSAULT", "COERCE", "PROTEST", "MOBILIZE"})
ARGUMENT_DEPS = frozenset({"nsubj", "nsubjpass", "dobj", "agent"})


def _material_with_participants(verb: Token, plover: str) -> bool:
    """A violent, coercive or protest act whose participants are named by common nouns ("militants",
    "protesters", "two civilians") rather than by actors the table knows: still an event."""
    if plover not in MATERIAL_TYPES:
        return False
    for c in verb.children:
        if c.dep_ in ARGUMENT_DEPS and c.pos_ in ("NOUN", "PROPN"):
            return True
        if c.dep_ == "agent" and any(g.dep_ == "pobj" and g.pos_ in ("NOUN", "PROPN") for g in c.children):
            return True
    return verb.dep_ in ("acl", "relcl") and verb.head.pos_ in ("NOUN", "PROPN")


#: verbs and nouns of fighting between two sides
RECIPROCAL_FIGHTING = frozenset({"clash", "fight", "battle", "scuffle", "brawl", "skirmish", "confrontation"})
#: people who are, by what they are called, protesting
PROTESTER_NOUNS = frozenset({"protester", "protestor", "demonstrator", "rioter", "marcher", "crowd", "mob"})


def _protesters_take_part(tok: Token) -> bool:
    """True when a subject of ``tok`` or the side it is fought "with", "against" or "between" are protesters."""
    sides: list[Token] = []
    for c in tok.children:
        if c.dep_ in ("nsubj", "nsubjpass", "dobj"):
            sides.extend(_with_conjuncts(c))
        elif c.dep_ == "prep" and c.lower_ in ("with", "against", "between"):
            sides.extend(t for g in c.children if g.dep_ == "pobj" for t in _with_conjuncts(g))
    if tok.pos_ != "VERB":
        verb = _verb_above(tok)
        if tok.dep_ in ("dobj", "pobj") and verb is not None:
            sides.extend(_with_conjuncts(_subject(verb)))
    return any(t.lemma_.lower() in PROTESTER_NOUNS for t in sides)


def _demands(sent: Span, found: dict[int, tuple[Token, Trigger]], resolve: ActorResolver) -> list[Coded]:
    """"X declared that Y must drop its barriers", where the obliged act is no event of the lexicon: X
    demands it of Y, when both are known actors (the demands whose act is an event are coded with it)."""
    out: list[Coded] = []
    for tok in sent:
        if tok.pos_ != "VERB" or tok.i in found:
            continue
        speech = _obligation(tok)
        if speech is None or speech.i in found:
            continue
        obliged = tuple(m for m in _actors(_with_conjuncts(_subject(tok)), resolve) if m.resolved)
        if not obliged:
            obliged = tuple(m for m in _pick_target(speech, resolve) if m.resolved)
        demander = tuple(m for m in _actors(_with_conjuncts(_subject(speech)), resolve) if m.resolved)
        if obliged and demander:
            demand = Trigger("V", speech.lemma_.lower(), "100", None, frozenset(), None, ())
            found[speech.i] = (speech, demand)
            out.append(Coded(speech, demand, demander, obliged))
    return out


def _first_conjunct(tok: Token) -> Token:
    while tok.dep_ == "conj" and tok.head.i != tok.i:
        tok = tok.head
    return tok


def _noun_before(tok: Token) -> Token | None:
    """The noun phrase right before ``tok`` (past a comma or dash), from its first conjunct."""
    i = tok.i - 1
    while i >= tok.sent.start and tok.doc[i].is_punct:
        i -= 1
    if i < tok.sent.start or tok.doc[i].pos_ not in ("NOUN", "PROPN"):
        return None
    head = tok.doc[i]
    while head.dep_ in ("compound", "amod", "nmod") and head.head.i > head.i:
        head = head.head
    return _first_conjunct(head)


def _asks_a_question(verb: Token) -> bool:
    """Whether "ask" puts a question ("asked why Iran ...", "asked whether") rather than asking for something."""
    return not any(c.dep_ in ("dobj", "dative") or (c.dep_ == "prep" and c.lower_ == "for") for c in verb.children) and any(
        c.dep_ == "ccomp" and any(g.lower_ in ("why", "how", "what", "whether", "if", "who", "when", "where")
                                  for g in c.children if g.dep_ in ("advmod", "mark", "nsubj", "dobj", "attr"))
        for c in verb.children
    )  # fmt: skip


def code_sentence(sent: Span, resolve: ActorResolver) -> list[Coded]:
    """Every event in ``sent`` with its source and target actors."""
    found: dict[int, tuple[Token, Trigger]] = {}
    for tok in sent:
        row = _lookup(tok)
        if row is not None:
            found[tok.i] = (tok, row)
    coded: list[Coded] = []
    for tok, row in list(found.values()):
        plover = lookup(row.cameo).plover
        if not plover:
            continue
        # a noun trigger that is the object of a verb trigger is that verb's event, unless the verb is light
        if tok.pos_ != "VERB":
            # a compound modifier is the event of the noun it modifies ("a ceasefire agreement") or only
            # its topic ("riot police", "aid workers", "the protest camp"), never an event of its own
            if tok.dep_ == "compound" and tok.head.pos_ in ("NOUN", "PROPN") and not tok.head.text[:1].isupper():
                continue
            verb = _verb_above(tok)
            if verb is not None and verb.i in found and (
                verb.lemma_.lower() not in LIGHT_VERBS or (found[verb.i][1].cue_kind is not None and tok.dep_ == "dobj")
            ):
                continue
        else:
            # "help support", "helped to negotiate": the act helped with is the event (but "helped Armenia
            # to loot" is help given to Armenia)
            if (
                tok.lemma_.lower() in HELPING_VERBS
                and any(c.i in found and c.dep_ in ("xcomp", "ccomp") for c in tok.children)
                and not any(c.dep_ in ("dobj", "dative", "iobj") for c in tok.children)
            ):
                continue
            # a light verb whose object is itself a trigger leaves the event to the noun, unless a cue
            # names the verb's own reading ("reached an agreement", "launched rockets")
            if tok.lemma_.lower() in LIGHT_VERBS and row.cue_kind is None and any(
                c.i in found and c.dep_ in ("dobj", "attr") for c in tok.children
            ):
                continue
        # the content of a threat, request, promise or refusal is not a separate happening
        if _content_of(tok, found):
            continue
        if tok.lemma_.lower() == "demonstration" and any(c.dep_ == "prep" and c.lower_ == "of" for c in tok.children):
            continue  # "a demonstration of the Israeli art of ...": a display, not a protest
        if tok.lemma_.lower() == "ask" and _asks_a_question(tok):
            continue  # "I asked why Iran supports ...": a question, not a request
        if tok.pos_ == "VERB":
            passive = any(c.dep_ in ("nsubjpass", "auxpass") for c in tok.children)
            # "... are mass murderers and supported by US and Israel": a participle with an agent, its
            # subject the one of the clause it is joined to
            agented = tok.tag_ == "VBN" and tok.dep_ in ("conj", "advcl") and any(c.dep_ == "agent" for c in tok.children)
            if passive or agented:
                source = _actors(_with_conjuncts(_agent(tok)), resolve)
                patient = next((c for c in tok.children if c.dep_ == "nsubjpass"), None)
                if patient is None and agented:
                    # "overcome Azerbaijan and Armenia — backed by ...": the noun it is set beside
                    patient = _noun_before(tok) if tok.dep_ == "advcl" else None
                    if patient is None:
                        patient = _subject(tok)
                target = _actors(_with_conjuncts(patient), resolve)
            elif tok.dep_ == "acl" and not any(c.dep_ == "nsubj" for c in tok.children):
                source = _actors(_with_conjuncts(_agent(tok)), resolve)
                target = _pick_target(tok, resolve)
                if not target and tok.tag_ == "VBN" and _agent(tok) is not None:
                    # "Azerbaijan and Armenia, backed by Israel": the participle is said of the noun it follows
                    target = _actors(_with_conjuncts(_first_conjunct(tok.head)), resolve)
            else:
                subject = _subject(tok)
                source = _actors(_with_conjuncts(subject), resolve)
                if subject is not None and not any(m.resolved for m in source):
                    # "mortars fired by Armenian forces hit ...": the weapon's user is the author
                    by = next((a for c in subject.children if c.dep_ == "acl" and (a := _agent(c)) is not None), None)
                    if by is not None:
                        source = _actors(_with_conjuncts(by), resolve) or source
                target = _pick_target(tok, resolve)
        else:
            if tok.dep_ == "appos" and tok.head.i in found:
                continue  # "a cease-fire, the Bishkek Protocol, was signed": one event
            src_toks, tgt_toks = _noun_arguments(tok)
            source, target = _actors(src_toks, resolve), _actors(tgt_toks, resolve)
            if not source:
                source = _participants(tok, sent, resolve)
        if not target and plover in ("RETREAT", "SANCTION", "COERCE"):
            target = _origin(tok, resolve)
        if not target and plover in CONTENT_TYPES and tok.pos_ == "VERB":
            target = _content_target(tok, plover, resolve)
        if not target and plover in AUTHORED_OBJECT_TYPES and tok.pos_ == "VERB":
            target = _object_author(tok, resolve)
        if plover in ("PROTEST", "ACCUSE") or not target:
            # what a protest or a complaint is about outranks whom it is addressed to ("complained to the
            # UN over Israeli raids"); any act done "to disperse X" or "calling for X" is aimed at X
            target = _resolved_first(_grievance(tok), resolve) or target
        if plover == "MOBILIZE":
            target = _adversary(tok, source, target, resolve)
        if (plover == "AGREE" or tok.lemma_.lower() in MEETING_WORDS) and target and all(m.via == "place" for m in target):
            target = ()  # "agreed to meet in Almaty": the venue is no party to it
        if not target and plover in LOCATIVE_TARGET_TYPES:
            target = _locative_country(tok, resolve)
        # an actor is not its own recipient ("Israel and Lebanon renewed talks on a pullback from Lebanon")
        codes = {s.actor.code for s in source if s.actor is not None and s.via != "context"}
        target = tuple(
            m for m in target if all(m.start != s.start for s in source) and (m.actor is None or m.actor.code not in codes)
        )
        # a drill of two countries' forces together is military cooperation, not one side's show of force
        if plover == "MOBILIZE" and tok.pos_ != "VERB":
            countries = {m.actor.country for m in source if m.actor is not None and m.actor.country}
            joint = next((r for r in triggers().get(("N", tok.lemma_.lower()), ()) if r.cue_kind == "mod"), None)
            if len(countries) >= 2 and joint is not None:
                row = joint
        # fighting in which one side is a crowd of protesters is a riot ("protesters clashed with police")
        if plover == "ASSAULT" and tok.lemma_.lower() in RECIPROCAL_FIGHTING and _protesters_take_part(tok):
            row = replace(row, cameo="145", mode="riot", context=())
            plover = "PROTEST"
        if tok.pos_ == "VERB" and not source and not target and not _material_with_participants(tok, plover):
            continue
        intent = _intent_code(row.cameo) if row.cue_kind != "neg" else None
        if intent is not None and _is_commitment(tok, sent):
            row = replace(row, cameo=intent, mode=None, context=())
        elif plover in ("AGREE", "CONSULT", "SUPPORT") and _clause_head(tok).dep_ == "xcomp" and _clause_head(tok).head.lemma_.lower() == "fail":
            row = replace(row, cameo="120", mode=None, context=())  # "failed to reach agreement"
        speech = _obligation(tok)
        if speech is not None and speech.i not in found:
            # "Russia said Sudan must return the helicopter": Russia demands it of Sudan
            demand = Trigger("V", speech.lemma_.lower(), "100", None, frozenset(), None, ())
            found[speech.i] = (speech, demand)
            obliged = source
            if not any(m.resolved for m in obliged):
                # "issued a reminder to Iraq that it must cooperate": "it" is the one the message is sent to
                obliged = tuple(m for m in _pick_target(speech, resolve) if m.resolved) or obliged
            coded.append(Coded(speech, demand, _actors(_with_conjuncts(_subject(speech)), resolve), obliged))
            continue
        coded.append(Coded(tok, row, source, target))
    coded.extend(_demands(sent, found, resolve))
    coded.sort(key=lambda c: _salience(c, found))
    # a war or a clash named as background ("after two days of fighting") is no event of its own when
    # the sentence reports what an actor did
    if any(c.trigger.pos_ == "VERB" for c in coded):
        coded = [
            c for c in coded
            if not (c.trigger.pos_ != "VERB" and c.trigger.lemma_.lower() in BACKGROUND_NOUNS
                    and c.trigger.dep_ not in ("nsubj", "dobj", "nsubjpass", "ROOT") and not c.source)
        ]  # fmt: skip
    return coded
