"""How a text holds an event: asserted, denied, disputed, hedged, planned, hypothetical or asked."""

from __future__ import annotations

import re
from functools import cache
from typing import TYPE_CHECKING

from rashomon.nlp.pipeline import token_numbers
from rashomon.records import Modality

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

#: verbs whose clause complement is denied by the speaker ("denied it had given Armenia aid")
DENY_VERBS = frozenset({"deny", "refute", "dismiss", "rebut", "disavow", "reject"})
#: verbs that dispute without denying outright
DISPUTE_VERBS = frozenset({"dispute", "doubt", "question", "contest", "challenge"})
#: nouns of a choice made, whose act one who disputes the choice does not say was not done
CHOICE_NOUNS = frozenset({"decision", "plan", "move", "policy", "order", "choice", "approach", "strategy", "wisdom"})
#: nouns that, negated, dispute what they govern ("there is no proof that Kigali armed ...")
DISPUTE_NOUNS = frozenset({"evidence", "proof", "sign", "indication"})
#: verbs of saying that assert what they report; above one, a denial further up does not reach
ASSERT_VERBS = frozenset({"say", "state", "tell", "announce", "insist", "confirm", "report", "add", "stress",
                          "declare", "write", "tweet", "note"})  # fmt: skip
#: verbs of saying whose clause a rejecting word can take back ("it is wrong to claim that ...")
REPORT_VERBS = frozenset({"assert", "claim", "say", "suggest", "argue", "insist", "state", "maintain", "pretend"})
#: nouns for a report whose "that" clause a copula can reject ("the claim that ... is a lie")
REPORT_NOUNS = frozenset({"claim", "allegation", "accusation", "assertion", "report", "story", "suggestion", "charge",
                          "notion", "idea", "rumour", "rumor", "statement", "account", "version"})  # fmt: skip
#: words that reject what a report says ("a serious problem in asserting that", "nonsense to say that")
REJECTING = frozenset(
    {"problem", "wrong", "nonsense", "false", "absurd", "ridiculous", "mistake", "lie", "untrue", "myth",
     "misleading", "incorrect", "laughable", "preposterous", "rubbish", "error", "fabrication", "fabricated",
     "baseless", "groundless", "unfounded", "propaganda", "fiction", "fake", "slander", "disinformation"}
)  # fmt: skip
#: verbs that call what their object says something ("called the claim that ... baseless")
CALLING_VERBS = frozenset({"call", "describe", "term", "label", "brand", "deem", "dismiss"})
#: words that, negated, reject what a report says ("it is not true that ...")
TRUE_WORDS = frozenset({"true", "correct", "accurate", "right", "fact"})
HEDGE_WORDS = frozenset(
    {"reportedly", "allegedly", "alleged", "apparently", "purportedly", "purported", "supposedly", "possibly",
     "probably", "perhaps", "likely", "seemingly", "rumoured", "rumored", "unconfirmed"}
)  # fmt: skip
HEDGE_VERBS = frozenset({"allege", "claim", "appear", "seem", "suggest", "suspect", "believe", "rumor", "rumour"})
HEDGE_MODALS = frozenset({"may", "might"})
#: nouns of a guess whose "that" clause is told as no fact ("there is speculation that Israel struck the convoy")
HEDGE_NOUNS = frozenset({"speculation", "rumour", "rumor", "suspicion", "guess", "conjecture", "hint"})
PLAN_VERBS = frozenset(
    {"plan", "intend", "prepare", "aim", "expect", "schedule", "set", "seek", "want", "decide", "agree", "promise",
     "pledge", "vow", "threaten", "hope", "propose", "offer", "mull", "consider", "dream", "wish", "yearn", "long",
     "aspire"}
)  # fmt: skip
#: verbs of wishing or planning whose object, an act, is not (yet) done ("wants war", "plans an offensive")
WANTING_VERBS = frozenset({"want", "seek", "plan", "intend", "wish", "desire", "crave"})
#: nouns of a plan or wish, whose infinitive is not (yet) done ("expressed wishes to annex", "the only option
#: left is to capture")
PLAN_NOUNS = frozenset(
    {"plan", "intention", "intent", "wish", "desire", "ambition", "aim", "goal", "option", "idea", "dream",
     "scheme", "plot", "bid", "hope", "aspiration", "design"}
)  # fmt: skip
#: what is put to a vote or talked over: what a referendum, a bill or talks are "on" is weighed, not done ("a
#: referendum on annexing the region", "a bill on expelling the inspectors", "talks on easing sanctions")
DELIBERATION_NOUNS = frozenset(
    {"referendum", "plebiscite", "vote", "ballot", "bill", "debate", "talks", "negotiation", "negotiations",
     "discussion", "discussions", "consultation", "consultations", "proposal", "motion", "petition", "draft"}
)  # fmt: skip
#: what an act is only spoken of in ("talk of returning the land", "speculation of a withdrawal")
SPOKEN_OF_NOUNS = frozenset({"talk", "speculation", "rumour", "rumor", "prospect", "possibility"})
FUTURE_AUX = frozenset({"will", "shall", "'ll"})
CONDITIONAL_MARKERS = frozenset({"if", "unless", "whether"})
CONDITIONAL_AUX = frozenset({"would", "could"})
#: verbs of a commitment or a threat, made whatever its condition ("threatened to shell Haifa if Israel hits Beirut")
COMMITTING_VERBS = frozenset({"threaten", "warn", "vow", "pledge", "promise", "offer"})
#: the auxiliary of what one is able to do, not of what one does ("Baku can help Iranian ports connect")
ABILITY_AUX = frozenset({"can"})
#: auxiliaries of what ought to be done, not what is ("the government should resign"): no one asserts the act
OBLIGATION_AUX = frozenset({"should", "must", "ought"})
#: those of them that with "have" say what ought to have been and was not ("should have signed"); "must have" says
#: what is inferred to have been ("must have known")
COUNTERFACTUAL_AUX = frozenset({"should", "ought"})


#: Where a sentence turns to the question it ends with: after a semicolon or colon, a dash, or "and"/"but"
#: before a question word ("Peru would have had to fight Chile, and who can say how it would have ended?"
#: asks nothing about the fighting; "Peru attacked Chile: why?" neither).
_QUESTION_TURN = re.compile(
    r"[;:]|\s[—–]\s|,\s*(?:and|but|so|or)\s+(?=(?:who|what|why|how|where|when|which|is|are|was|were|do|does|"
    r"did|can|could|will|would|should)\b)",
    re.IGNORECASE,
)


@cache
def _hedge_numbers() -> frozenset[int]:
    """HEDGE_WORDS as spaCy numbers a token's lower-case form (``Token.lower``): comparing numbers spares
    building every token's string."""
    from spacy.strings import get_string_id

    return frozenset(map(get_string_id, HEDGE_WORDS))


def _asked(trigger: Token, sentence: Span, text: str) -> bool:
    """Whether the trigger is in the question a sentence ends with (``text``: the sentence's)."""
    text = text.rstrip().rstrip("\"'”’)")
    if not text.endswith("?"):
        return False
    turn = max((m.end() for m in _QUESTION_TURN.finditer(text)), default=0)
    return trigger.idx - sentence.start_char >= turn


def _governors(tok: Token, limit: int = 6) -> list[Token]:
    """The chain of clause heads above ``tok`` (through ccomp, xcomp, advcl, relcl, acl, pcomp, conj)."""
    chain = []
    cur = tok
    for _ in range(limit):
        if cur.head.i == cur.i or cur.dep_ not in ("ccomp", "xcomp", "advcl", "acl", "relcl", "pcomp", "conj", "pobj", "dobj", "nsubj", "nsubjpass", "attr", "prep"):
            break
        cur = cur.head
        chain.append(cur)
    return chain


def is_negated(tok: Token) -> bool:
    """True when ``tok`` is negated ("did not support", "no support", "never supported")."""
    for c in tok.children:  # one pass: spaCy makes each child anew
        dep = c.dep_
        if dep == "neg" and _contrasted(c, tok):
            continue
        if dep == "neg" or (dep in ("det", "advmod") and c.lower_ in ("no", "never")):
            return True
        if dep in ("aux", "auxpass") and any(g.dep_ == "neg" for g in c.children):
            return True  # a negated auxiliary: "did not support"
    if tok.dep_ == "appos" and tok.head.i < tok.i:
        # "it was an accident, not an attack": the parser hangs the "not" from the noun the act is set against
        return any(c.dep_ == "neg" and c.i == tok.left_edge.i - 1 and _contrasted(c, tok.head) for c in tok.head.children)
    return False


def _done_to_none(verb: Token) -> bool:
    """Whether what a verb's act is done to, or the one who does it, is none: "Iran gave no aid to Armenia", "Turkey
    sent no mercenaries", "no troops were sent", "the shelling killed no one", "nobody attacked Iran"."""
    if verb.pos_ != "VERB":
        return False
    return any(c.dep_ in ("dobj", "nsubjpass", "nsubj") and (c.lower_ in ("nothing", "none", "nobody")
                                                      or any(d.dep_ == "det" and d.lower_ == "no" for d in c.children))
               for c in verb.children)  # fmt: skip


#: adjectives of advice, whose infinitive says what ought (not) to be done ("it is better to send troops now")
ADVICE_ADJECTIVES = frozenset(
    {"preferable", "better", "best", "necessary", "important", "essential", "vital", "crucial", "imperative", "wise",
     "unwise", "advisable", "desirable", "urgent", "right", "wrong", "unacceptable"}
)  # fmt: skip
#: those of them that judge an act, which may have been done ("it was wrong to invade Iraq")
_JUDGING = frozenset({"right", "wrong", "unacceptable", "wise", "unwise"})


def _recommended(verb: Token) -> bool:
    """Whether ``verb`` is an infinitive, or one joined to it, that an adjective of advice (:data:`ADVICE_ADJECTIVES`)
    governs, itself or under "be": "it is preferable to strengthen ... and to support Azerbaijan", "it is vital for
    Serbia to withdraw"; a judging adjective only in the present ("it is wrong to attack civilians", not "it was wrong
    to invade Iraq")."""
    cur = verb
    while cur.dep_ == "conj" and cur.head.i != cur.i:
        cur = cur.head
    if cur.dep_ not in ("xcomp", "ccomp", "advcl") or not any(c.dep_ == "aux" and c.lower_ == "to" for c in cur.children):
        return False
    head = cur.head
    words = [head] if head.pos_ == "ADJ" else [c for c in head.children if c.dep_ in ("acomp", "attr")] if head.lemma_ == "be" else []
    be = head.head if head.pos_ == "ADJ" else head
    return any((w.lower_ in ADVICE_ADJECTIVES or w.lemma_.lower() in ADVICE_ADJECTIVES)
               and not (w.lower_ in _JUDGING and be.tag_ == "VBD") for w in words)  # fmt: skip


#: verbs that forbid the act their gerund names ("the treaty bans deploying missiles")
PROHIBITING_VERBS = frozenset({"prohibit", "forbid", "outlaw", "ban", "bar"})


def _prohibited(verb: Token) -> bool:
    """Whether ``verb`` is a gerund a verb of :data:`PROHIBITING_VERBS` forbids: its object ("international law
    prohibits targeting civilians") or what it bars someone "from" ("forbade police from arresting them")."""
    if verb.tag_ != "VBG":
        return False
    head = verb.head
    if verb.dep_ == "pcomp" and head.lower_ == "from":
        head = head.head
    elif verb.dep_ not in ("dobj", "xcomp"):
        return False
    return head.pos_ == "VERB" and head.lemma_.lower() in PROHIBITING_VERBS


def _none_to_do(verb: Token) -> bool:
    """Whether no one is the subject of the verbs an infinitive hangs from: "No leader is going to outlaw the strike",
    "no country wants to send troops"."""
    cur = verb
    while cur.dep_ == "xcomp" and cur.head.i != cur.i:
        cur = cur.head
        if _no_subject(cur):
            return True
    return False


def _no_subject(verb: Token) -> bool:
    """Whether the subject of ``verb`` is no one ("nobody", "none", "no country")."""
    return any(c.dep_ == "nsubj" and (c.lower_ in ("nobody", "none") or any(d.dep_ == "det" and d.lower_ == "no" for d in c.children))
               for c in verb.children)  # fmt: skip


def _contrasted(neg: Token, tok: Token) -> bool:
    """Whether a "not" the parser hangs from ``tok`` sets another phrase against one of its own after a comma
    ("it was the Azeris who started the war, not the Armenians"; "struck the base, not the town"): the act is
    asserted, only its doer or its target is not the one named after "not"."""
    doc = neg.doc
    return (neg.i > tok.i and doc[neg.i - 1].text == "," and neg.i + 1 < len(doc)
            and doc[neg.i + 1].pos_ in ("DET", "PROPN", "NOUN", "ADJ", "PRON", "NUM"))  # fmt: skip


def _shares_negation(verb: Token) -> bool:
    """Whether a bare verb set after a negated one shares its negation ("did not condemn the coup or impose
    sanctions": no sanctions either), having no subject or auxiliary of its own."""
    if verb.dep_ != "conj" or verb.tag_ != "VB" or verb.head.i == verb.i or verb.head.pos_ != "VERB":
        return False
    if any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass") for c in verb.children):
        return False
    return is_negated(verb.head)


def _purpose_of_negated(verb: Token) -> bool:
    """Whether ``verb`` is what a negated act was for ("never pushed any policy to support the Uighurs", "did not
    send troops to protect Armenia"): an act not done was done for nothing."""
    if not any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children) or verb.dep_ not in ("advcl", "acl", "relcl"):
        return False
    head = verb.head
    if head.pos_ in ("NOUN", "PROPN") and head.dep_ in ("dobj", "nsubjpass"):
        head = head.head  # the object's verb ("pushed any policy to support")
    return head.pos_ == "VERB" and (is_negated(head) or _shares_negation(head))


#: what opens a clause of time ("once the rebels withdraw", "as soon as Armenia unblocks", "when talks resume")
TIME_MARKS = frozenset({"once", "when", "as", "after", "before", "until", "till"})


#: words of being willing or seeming so, whose negation over an infinitive says its act is not to be
#: ("don't seem predisposed to offer concessions", "is not ready to withdraw")
INTENT_WORDS = frozenset({"willing", "ready", "prepared", "determined", "eager", "keen", "inclined", "predisposed",
                          "predispose", "seem", "appear"})


#: verbs that say what they govern was not done ("failed to warn"), nouns that say what they are of is missing
FAILING_VERBS = frozenset({"fail", "neglect"})
LACKING_NOUNS = frozenset({"lack", "absence"})


#: verbs of keeping an act from happening or going on, whose object one failed to keep so happened
STOPPING_VERBS = frozenset({"stop", "prevent", "halt", "end", "avert", "block", "thwart", "curb", "contain", "deter",
                            "forestall", "stem"})


def _failed(clause_head: Token) -> bool:
    """Whether the act is one that was not done: what one "failed to" do ("failed to spot, warn of or deal with the
    crisis", each verb of the list), or "the lack of" ("the absence of any recognition of the border")."""
    cur = clause_head
    # (up a list of verbs, which the parser may join as "dep" when commas part them)
    while (cur.dep_ == "conj" or (cur.dep_ == "dep" and cur.pos_ == cur.head.pos_ == "VERB")) and cur.head.i != cur.i:
        if cur.tag_ in ("VBD", "VBZ", "VBP"):
            return False  # "failed to stop the attack and shelled the town": a verb of its own tense was done
        if cur.tag_ == "VB" and cur.head.lemma_.lower() in FAILING_VERBS and not is_negated(cur.head) and any(
                c.dep_ == "xcomp" and c.i < cur.i for c in cur.head.children):
            return True  # (a bare verb of the list the parser joins to "failed" itself: "failed to spot, warn of ...")
        cur = cur.head
    if cur.dep_ == "xcomp" and cur.head.lemma_.lower() in FAILING_VERBS and not is_negated(cur.head):
        return True
    return cur.dep_ == "pobj" and cur.head.lower_ == "of" and cur.head.head.lemma_.lower() in LACKING_NOUNS


def _negated_intent(clause_head: Token) -> bool:
    """Whether an infinitive hangs, through infinitives only, from a negated word of willingness or seeming ("don't
    seem much inclined to make concessions", "is not ready to withdraw")."""
    cur = clause_head
    chain: list[Token] = []
    while cur.dep_ == "xcomp" and cur.head.i != cur.i and len(chain) < 3:
        cur = cur.head
        chain.append(cur)
    if not chain or not any(t.lemma_.lower() in INTENT_WORDS or t.lower_ in INTENT_WORDS for t in chain):
        return False
    # (a negated copula: "is not ready to withdraw")
    return any(is_negated(t) or (t.pos_ == "ADJ" and is_negated(t.head)) for t in chain)


def _future_time_clause(clause_head: Token) -> bool:
    """Whether ``clause_head`` heads a clause of time in the present tense under a clause that will happen
    ("aid will flow once the rebels withdraw", "the region will prosper as soon as Armenia opens the
    corridors"): English puts what is still to come there in the present."""
    if clause_head.dep_ != "advcl" or clause_head.tag_ not in ("VBZ", "VBP"):
        return False
    # ("when" may be read as the clause's adverb: "talks will start when Russia withdraws its troops")
    if not any(c.dep_ in ("mark", "advmod") and c.lower_ in TIME_MARKS for c in clause_head.children):
        return False
    main = clause_head.head
    while main.pos_ not in ("VERB", "AUX") and main.head.i != main.i:
        main = main.head  # "as soon as": the clause hangs from "soon"
    return any(c.dep_ == "aux" and c.lower_ in FUTURE_AUX for c in main.children)


def _planned_by_noun(clause_head: Token) -> bool:
    """Whether an infinitive is what a plan or wish names: "wishes to annex" (the noun's own clause), "the
    only option left is to capture" (what the noun is said to be); or a gerund ("dream of being liberated",
    "plans for seizing the port")."""
    head = clause_head.head
    if clause_head.dep_ == "pcomp" and head.lower_ in ("of", "for") and head.head.lemma_.lower() in PLAN_NOUNS:
        return True
    if not any(c.dep_ == "aux" and c.lower_ == "to" for c in clause_head.children):
        return False
    if clause_head.dep_ == "acl" and head.lemma_.lower() in PLAN_NOUNS:
        return True
    return clause_head.dep_ in ("xcomp", "ccomp", "attr", "advcl") and head.lemma_ == "be" and any(
        c.dep_ == "nsubj" and c.lemma_.lower() in PLAN_NOUNS for c in head.children
    )


def _any_attempt(clause_head: Token) -> bool:
    """Whether an infinitive names what any or no attempt, move or plan would do ("would oppose any attempt to
    close the border", "there is no plan to send troops"): an act no one is said to have begun."""
    if clause_head.dep_ != "acl" or not any(c.dep_ == "aux" and c.lower_ == "to" for c in clause_head.children):
        return False
    return any(c.dep_ == "det" and c.lower_ in ("any", "no") for c in clause_head.head.children)


def _risked(clause_head: Token, governors: list[Token]) -> bool:
    """Whether the act is what something risks becoming or bringing ("risk being targeted as militants", "the clashes
    risk escalating into a war", "threatens to spiral into war", "a danger that Serbia will attack"): a danger, not an act done (not what one risks
    one's life for: "risked their lives to rescue them" is a purpose, done). ``governors``: the clause heads above
    it, nearest first (:func:`_governors`)."""
    below = clause_head
    for gov in governors:
        # (the parser often reads "risk" as a noun: "or risk being targeted", "the clashes risk escalating"; and
        # "the risk of war" is one too)
        # (and a clause "that" the parser hangs from the noun as a relative one: "a danger that Serbia will attack")
        if gov.lemma_.lower() in ("risk", "danger") and (below.dep_ in ("xcomp", "pcomp", "ccomp", "acl", "prep") or (
                below.dep_ == "relcl" and any(c.dep_ == "mark" and c.lower_ == "that" for c in below.children))):
            return True
        # (a threat made by someone is an event of its own: "Iran threatened to attack"; a thing's, a danger)
        if gov.pos_ == "VERB" and gov.lemma_.lower() == "threaten" and below.dep_ == "xcomp":
            return not any(c.dep_ == "nsubj" and (c.ent_type_ in ("GPE", "NORP", "ORG", "PERSON") or c.pos_ == "PRON")
                           for c in gov.children)  # fmt: skip
        if below.dep_ not in ("pobj", "prep", "xcomp", "pcomp", "acl"):
            return False
        below = gov
    return False


def _no_plan(clause_head: Token) -> bool:
    """Whether an infinitive names what someone has no plan, intention or wish to do ("said it had no plans to
    annex the region", "has no intention of attacking"): an intent denied, as "does not plan to" is."""
    noun = clause_head.head
    if clause_head.dep_ == "pcomp" and noun.lower_ == "of" and noun.head.pos_ == "NOUN":
        noun = noun.head
    elif clause_head.dep_ != "acl" or not any(c.dep_ == "aux" and c.lower_ == "to" for c in clause_head.children):
        return False
    return noun.lemma_.lower() in PLAN_NOUNS and any(c.dep_ == "det" and c.lower_ == "no" for c in noun.children)


def _deliberated(clause_head: Token) -> bool:
    """Whether a verb is what a vote, a bill or talks are about ("held a referendum on annexing the region"):
    :data:`DELIBERATION_NOUNS`."""
    head = clause_head.head
    if clause_head.dep_ in ("pcomp", "pobj") and head.lower_ == "of" and head.head.lemma_.lower() in SPOKEN_OF_NOUNS:
        # "there was talk of returning the land", "speculation of a deal", "the possibility of a war between them":
        # spoken of, not done
        return True
    if clause_head.dep_ != "pcomp" or head.lower_ not in ("on", "about", "over"):
        return False
    # (the parser may hang the "on" from the verb whose object the vote is: "approved a bill on expelling")
    held = [head.head, *(c for c in head.head.children if c.dep_ == "dobj")] if head.head.pos_ == "VERB" else [head.head]
    return any(t.lemma_.lower() in DELIBERATION_NOUNS for t in held)


def _it_is(copula: Token) -> bool:
    """Whether ``copula`` is "be" with "it", "this" or "that" for its subject ("it is a lie that ...")."""
    return copula.lemma_ == "be" and any(c.dep_ == "nsubj" and c.lower_ in ("it", "this", "that") for c in copula.children)


def _rejected_report(governors: list[Token]) -> bool:
    """Whether the event is what a report says that a rejecting word takes back: "there is a serious
    problem in asserting that Iran never backed Armenia", "it is wrong to claim that Iran supported Armenia",
    "Yerevan's claim that Azerbaijani troops shelled villages is a fabrication"."""
    for gov in governors[:2]:
        if gov.lemma_.lower() in REJECTING and gov.dep_ in ("attr", "acomp") and _it_is(gov.head):
            return True  # "it is a lie that Iran helped Armenia"
        if _it_is(gov) and any(
            c.dep_ in ("attr", "acomp") and (c.lemma_.lower() in REJECTING or (c.lemma_.lower() in TRUE_WORDS and is_negated(gov)))
            for c in gov.children
        ):  # fmt: skip
            return True  # "it is false that Russia sent weapons", "it is not true that ...": the parser hangs the clause on "is"
        if (gov.lemma_.lower() in REPORT_NOUNS and gov.dep_ == "pobj" and gov.head.lower_ == "to"
                and gov.head.head.lemma_.lower() in ("truth", "basis", "substance", "foundation")
                and any(c.dep_ == "det" and c.lower_ == "no" for c in gov.head.head.children)):
            return True  # "there is no truth to reports that Iran sent troops", "no basis to claims that ..."
        if gov.lemma_.lower() in REPORT_NOUNS and gov.dep_ in ("nsubj", "nsubjpass") and gov.head.lemma_ == "be":
            said_of = [c for c in gov.head.children if c.dep_ in ("attr", "acomp")]
            if any(w.lemma_.lower() in REJECTING or any(a.lemma_.lower() in REJECTING for a in w.children)
                   for w in said_of):  # fmt: skip
                return True
        if gov.pos_ != "VERB" or gov.lemma_.lower() not in REPORT_VERBS:
            continue
        head = gov.head
        if gov.dep_ == "pcomp" and head.dep_ == "prep":
            head = head.head  # "a problem in asserting"
        near = [head, *(c for c in head.children if c.dep_ in ("acomp", "attr"))]  # "it is wrong to claim"
        if any(w.lemma_.lower() in REJECTING for w in near):
            return True
    return False


def called_false(report: Token) -> bool:
    """Whether ``report``, a noun for a report, is what the subject of a verb of calling calls false: "Tehran called
    the accusation that it supplied drones to Russia baseless" (Tehran denies it; the accusation is not Tehran's)."""
    if report.lemma_.lower() not in REPORT_NOUNS or report.dep_ != "dobj" or report.head.lemma_.lower() not in CALLING_VERBS:
        return False
    if is_negated(report.head):
        return False  # "did not call the claim baseless"
    said = [c for c in report.head.children if c.dep_ in ("oprd", "acomp", "xcomp", "ccomp")]
    # (the parser may hang the word from the report's own clause: "... to Russia baseless", or read it as the
    # clause's last object: "that it armed the Houthis baseless")
    said += [c for g in report.children if g.dep_ in ("acl", "relcl") for c in g.children
             if c.dep_ in ("advmod", "acomp", "oprd") or (c.dep_ == "dobj" and c.i == g.right_edge.i)]  # fmt: skip
    return any(c.lemma_.lower() in REJECTING or any(g.lemma_.lower() in REJECTING for g in c.children) for c in said)


def called_report(gov: Token) -> Token | None:
    """The report called false (:func:`called_false`) that ``gov`` is, or, where the parser hangs the report's clause
    from the verb of calling ("called the allegation that it supplied drones baseless"), that verb's object."""
    if called_false(gov):
        return gov
    if gov.lemma_.lower() in CALLING_VERBS:
        return next((c for c in gov.children if c.dep_ == "dobj" and called_false(c)), None)
    return None


def caller(trigger: Token) -> Token | None:
    """The one who calls false the report whose clause holds ``trigger`` (:func:`called_report`): the subject of the
    verb of calling; None where no such report holds it."""
    for gov in _governors(trigger)[:2]:
        report = called_report(gov)
        if report is not None:
            return next((c for c in report.head.children if c.dep_ == "nsubj"), None)
    return None


#: verbs that, bidden, picture an act rather than report it ("Imagine Israel bombing Iran", "suppose Turkey sends ...")
IMAGINING_VERBS = frozenset({"imagine", "suppose", "picture"})


def _no_one(subject: Token) -> bool:
    """Whether ``subject`` is no one ("nobody", "no one", "none of them")."""
    if subject.lower_ in ("nobody", "none"):
        return True
    return subject.lower_ in ("one", "body") and any(c.dep_ == "det" and c.lower_ == "no" for c in subject.children)


#: what a copula says of an act that will not happen ("is impossible", "is unthinkable")
RULED_OUT = frozenset({"impossible", "unthinkable", "inconceivable", "unimaginable"})


def _ruled_out(copula: Token) -> bool:
    """Whether the copula says its subject's act will not happen: "is out of the question", "is impossible"."""
    if copula.lemma_ != "be":
        return False
    for c in copula.children:
        if c.dep_ == "acomp" and c.lemma_.lower() in RULED_OUT:
            return True
        if c.dep_ == "prep" and c.lower_ == "out" and any(
            g.lower_ == "of" and any(q.lemma_.lower() == "question" for q in g.children) for g in c.children
        ):
            return True
    return False


#: the words of anyone at all, whose acts are no act in particular
ANYONE = frozenset({"anyone", "anybody", "whoever", "whosoever"})


def _anyone_doing(verb: Token) -> bool:
    """Whether ``verb`` is done by anyone at all: its subject is "whoever" or "anyone", or it describes "anyone" or
    "any" one ("anyone who attacks our forces", "any country that sends troops")."""
    if any(c.dep_ in ("nsubj", "nsubjpass") and c.lower_ in ANYONE for c in verb.children):
        return True
    return verb.dep_ == "relcl" and (verb.head.lower_ in ANYONE or any(c.dep_ == "det" and c.lower_ == "any" for c in verb.head.children))


def _neither_nor(verb: Token) -> bool:
    """Whether ``verb`` is denied with its opposite in one breath: "neither confirmed nor denied", "did not confirm or
    deny", "would not confirm or deny"."""
    if verb.dep_ != "conj":
        return False
    first = verb.head
    return any(c.dep_ in ("cc", "preconj") and c.lower_ in ("nor", "neither") for c in first.children) or (
        first.lemma_.lower() == "confirm" and is_negated(first))


def _auxiliaries(verb: Token) -> list[Token]:
    """The auxiliaries of ``verb``: its own, else, for a verb joined to another that has no subject or auxiliary
    of its own, those of the verb it is joined to ("should stop whining and recognise": "should" is both's)."""
    own = [c for c in verb.children if c.dep_ == "aux"]
    if own or verb.dep_ != "conj" or verb.head.pos_ not in ("VERB", "AUX"):
        return own
    if any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in verb.children):
        return own
    return [c for c in verb.head.children if c.dep_ == "aux"]


def _perfect(aux: Token) -> bool:
    """Whether an auxiliary of obligation says what must have been ("Iran must have known"), not what ought to be."""
    return any(t.lemma_ == "have" and t.dep_ == "aux" for t in aux.head.children if t.i > aux.i)


def modality(trigger: Token, sentence: Span, negation_is_lexical: bool = False, text: str | None = None) -> Modality:
    """The modality of the event whose trigger is ``trigger`` (its sentence gives questions and hedges).

    ``negation_is_lexical``: the trigger's negation is part of the event ("will not tolerate" = a threat).
    ``text``: the sentence's characters, when the caller has them (spaCy's ``Span.text`` joins the tokens
    anew on each call).
    """
    text = sentence.text if text is None else text
    if _asked(trigger, sentence, text):
        return "asked"  # a question holds nothing, negated or not ("why did Aliyev not ask Moscow?")
    # a noun event takes its clause from the verb it is the object or subject of ("will hold talks")
    clause_head = trigger
    if trigger.pos_ in ("NOUN", "PROPN") and trigger.dep_ in ("dobj", "nsubjpass", "attr", "nsubj") and trigger.head.pos_ in ("VERB", "AUX"):
        clause_head = trigger.head
        if (is_negated(clause_head) or _shares_negation(clause_head)) and not negation_is_lexical:
            return "denied"
        if trigger.dep_ == "nsubj" and _ruled_out(clause_head):
            return "denied"  # "war is out of the question", "a war between them is impossible"
    if _recommended(clause_head):
        return "hypothetical"  # "it is preferable to support Azerbaijan", "it is wrong to attack civilians": advice
    if clause_head.dep_ in ("ccomp", "xcomp") and clause_head.head.lemma_.lower() == "let" and any(
            c.lower_ in ("us", "'s") for t in (clause_head, clause_head.head) for c in t.children if c.dep_ in ("nsubj", "dobj")):
        return "hypothetical"  # "let's allow families to keep more", "let us impose sanctions": proposed
    governors = _governors(clause_head)
    if any(called_report(g) is not None for g in governors[:2]):
        return "denied"
    if _rejected_report(governors):
        # a rejected denial is the writer's assertion; a rejected assertion, their dispute
        return "asserted" if is_negated(clause_head) and not negation_is_lexical else "disputed"
    below = clause_head
    passed: list[Token] = [trigger]
    for gov in governors:
        # "denied the charge and blamed the rebels": a verb set beside a denial is no part of what is denied
        beside = below.dep_ == "conj" and below.head.i == gov.i
        held = below.dep_ in ("ccomp", "xcomp")  # what the governor says, believes or wants, not what it acts on
        # ("Baku denied the accusation, calling it Armenian propaganda": what the denier does as it denies is its own)
        manner = below.dep_ == "advcl" and below.tag_ == "VBG" and below.head.i == gov.i
        below = gov
        if gov.lemma_.lower() in DENY_VERBS and gov.pos_ == "VERB" and _neither_nor(gov):
            return "hedged"  # "Israel neither confirmed nor denied carrying out the strike": not denied, not owned
        if gov.lemma_.lower() in DENY_VERBS and gov.pos_ == "VERB" and not is_negated(gov) and not beside and not manner:
            return "denied"
        if gov.pos_ == "VERB" and gov.tag_ == "VB" and gov.lemma_.lower() in IMAGINING_VERBS and gov.dep_ == "ROOT":
            return "hypothetical"  # "Imagine Israel bombing Iranian sites from Azerbaijani bases": an act pictured
        if gov.pos_ == "VERB" and held and any(c.dep_ == "nsubj" and _no_one(c) for c in gov.children):
            return "disputed"  # "nobody believes that Iran will attack", "no one says that ..."
        if gov.lemma_.lower() in ASSERT_VERBS and gov.pos_ == "VERB":
            break  # the nearest report holds it: "denies opening fire and says Azerbaijani troops shelled ..."
        if gov.lemma_.lower() in DISPUTE_VERBS and gov.pos_ == "VERB" and not beside and not any(
                t.pos_ == "NOUN" and t.lemma_.lower() in CHOICE_NOUNS for t in passed):
            # (not "questioned the decision and demanded he return": the demand is made; nor "questioned the
            # governor's decision to send fighters": the wisdom of a choice is in doubt, not that it was made)
            return "disputed"
        passed.append(gov)
        if gov.lemma_.lower() in DISPUTE_NOUNS and is_negated(gov):
            return "disputed"
    if (is_negated(trigger) or _shares_negation(trigger) or _purpose_of_negated(trigger) or _done_to_none(trigger)
            or _none_to_do(trigger)) and not negation_is_lexical:
        return "denied"
    if trigger.dep_ == "dobj" and clause_head is not trigger and clause_head.lemma_.lower() in DENY_VERBS:
        return "denied"  # "Israel denied any attack on Iranian soil", "denied the killings"
    # (an act one failed to stop or prevent went on: "peacekeepers failed to stop the blockade")
    if _failed(clause_head) and not negation_is_lexical and not (
            clause_head is not trigger and clause_head.lemma_.lower() in STOPPING_VERBS):
        return "denied"
    if trigger.pos_ == "NOUN" and any(c.dep_ == "det" and c.lower_ == "any" for c in trigger.children):
        return "hypothetical"  # "would retaliate against any attack": no attack in particular ("denied any attack": above)
    if _anyone_doing(clause_head):
        return "hypothetical"  # "anyone who attacks our forces will face a response": no one in particular
    if any(_inverted_condition(g) for g in [clause_head, *governors[:2]]):
        return "hypothetical"
    if _prohibited(clause_head):
        return "hypothetical"  # "international law prohibits targeting civilians": an act forbidden, none done
    clause = [clause_head, *governors[:1]]
    # and up a chain of infinitives: "Iran could try to get fighters to attack the town" (the "could" is the try's)
    cur = clause_head
    for gov in governors:
        if cur.dep_ not in ("xcomp", "ccomp") or not any(c.dep_ == "aux" and c.lower_ == "to" for c in cur.children):
            break
        if all(t.i != gov.i for t in clause):
            clause.append(gov)
        cur = gov
    if cur.dep_ == "acl" and any(c.dep_ == "aux" and c.lower_ == "to" for c in cur.children):
        # "the corridor could be used as a route to export weapons": what a thing is used or wanted as does what it is
        # for as that verb does
        holder = cur.head
        if holder.dep_ == "pobj" and holder.head.dep_ == "prep" and holder.head.head.pos_ == "VERB":
            clause.append(holder.head.head)
        elif holder.dep_ in ("dobj", "nsubjpass") and holder.head.pos_ == "VERB":
            clause.append(holder.head)
    for tok in clause:
        for c in tok.children:
            if c.dep_ == "mark" and c.lower_ in CONDITIONAL_MARKERS:
                return "hypothetical"
            if c.dep_ == "aux" and c.lower_ in CONDITIONAL_AUX:
                return "hypothetical"
    # "if Turkey attacks Armenia, Russia will destroy them": what follows from a condition is as hypothetical as it
    # (not "if anything, they have helped": no clause)
    # (a threat or a pledge is made, whatever its condition: "threatened to shell Haifa if Israel hits Beirut")
    if any(c.dep_ == "advcl" and c.pos_ in ("VERB", "AUX") and any(g.dep_ == "mark" and g.lower_ in ("if", "unless") for g in c.children)
           for c in clause_head.children) and clause_head.lemma_.lower() not in COMMITTING_VERBS:  # fmt: skip
        return "hypothetical"
    if _deliberated(clause_head) or _risked(clause_head, governors[:4]):
        # (before what is said to come: "there is a risk that Turkey will attack Armenia" is a danger, no plan)
        return "hypothetical"
    if _future_time_clause(clause_head):
        return "planned"
    auxiliaries = _auxiliaries(clause_head)
    if any(c.lower_ in CONDITIONAL_AUX for c in auxiliaries):
        return "hypothetical"
    if any(c.lower_ in OBLIGATION_AUX and (not _perfect(c) or c.lower_ in COUNTERFACTUAL_AUX) for c in auxiliaries):
        return "hypothetical"  # ("should have signed the deal": what ought to have been done was not)
    if trigger.i == clause_head.i and any(c.lower_ in ABILITY_AUX for c in auxiliaries) and not is_negated(trigger):
        # (not what can be heard of an act, "clashes can be heard"; nor "cannot tolerate", a threat)
        return "hypothetical"
    if clause_head.dep_ == "xcomp" and clause_head.head.lower_ == "ought":
        return "hypothetical"  # "the army ought to (have) withdraw(n)": the parser makes "ought" the verb
    if any(c.lower_ in FUTURE_AUX for c in auxiliaries):
        return "planned"
    if _negated_intent(clause_head):
        return "denied"
    if trigger is not clause_head and trigger.dep_ == "nsubjpass" and clause_head.lemma_.lower() in ("plan", "schedule", "expect", "set"):
        return "planned"  # "a visit by Blinken to Beijing was planned for next month"
    for gov in governors[:2]:
        if gov.lemma_.lower() == "agree" and clause_head.dep_ == "ccomp":
            continue  # "I agree that Erdogan is backed by Israel": a view shared, no plan (one agreed on says "will")
        if gov.lemma_.lower() in PLAN_VERBS and clause_head.dep_ in ("xcomp", "pcomp", "pobj", "dobj", "ccomp") and not (
                clause_head.dep_ == "pobj" and clause_head.head.lower_ not in ("for", "on", "of")):  # ("set cars on fire during the protest")
            # "Iran does not plan to attack", "Turkey does not want to send troops", "nobody in Baku wants war": no
            # plan, denied
            return "denied" if is_negated(gov) or _no_subject(gov) else "planned"
    if trigger is not clause_head and trigger.dep_ == "dobj" and clause_head.lemma_.lower() in WANTING_VERBS:
        # "Iran wants war with Israel", "nobody in Baku wants war": an act wished for, not (yet) done
        return "denied" if _no_subject(clause_head) else "planned"
    if _no_plan(clause_head):
        return "denied"
    if _any_attempt(clause_head):
        return "hypothetical"
    if _planned_by_noun(clause_head):
        return "planned"
    if trigger.tag_ == "VBG" and any(c.lemma_ == "be" for c in trigger.children if c.dep_ == "aux") and any(
        c.lower_ in ("going",) for c in trigger.children
    ):
        return "planned"
    if clause_head.dep_ == "xcomp" and clause_head.head.lower_ == "going" and any(
            c.dep_ == "aux" and c.lemma_ == "be" for c in clause_head.head.children):
        return "planned"  # "the president is going to ban the party"
    lowers = token_numbers(sentence.doc, "LOWER")[sentence.start : sentence.end]
    if not _hedge_numbers().isdisjoint(lowers) and _hedges(trigger, sentence):  # a hedge word in the sentence
        return "hedged"
    if any(c.lower_ in HEDGE_MODALS for c in auxiliaries):
        return "hedged"
    for gov in governors:
        if gov.lemma_.lower() in HEDGE_VERBS or (gov.pos_ == "NOUN" and gov.lemma_.lower() in HEDGE_NOUNS):
            return "hedged"
        # "Iran was accused of supplying drones", "companies accused of supplying drones": alleged, by no one named
        if gov.lemma_.lower() in ("accuse", "charge") and gov.tag_ == "VBN" and not any(c.dep_ == "agent" for c in gov.children) and (
            gov.dep_ == "acl" or any(c.dep_ == "auxpass" for c in gov.children)  # (not "has accused Armenian forces of ...")
        ):
            return "hedged"
    # "according to (various|media) reports" without a named source
    text = text.lower()
    if "according to" in text and ("reports" in text or "sources" in text) and "report by" not in text:
        return "hedged"
    return "asserted"


#: what a denial may say it denies without restating it: what was said before ("denied it", "rejected the claim")
REFERRING_PRONOUNS = frozenset({"it", "this", "that", "them", "these", "those"})
#: a part in what was done that a denial may deny without naming the act ("Iran denied any involvement"); with
#: "in", the act whose doer it names ("denied involvement in the attack": events.arguments)
PART_NOUNS = frozenset({"involvement", "responsibility", "role", "complicity", "wrongdoing", "part", "hand"})


def _hedges(trigger: Token, sentence: Span) -> bool:
    """Whether a hedge word of ``sentence`` bears on ``trigger``: not one inside a relative clause that says something
    of someone the event involves ("police shot dead a man who allegedly violated the curfew": the shooting is told as
    fact), nor one on a verb the trigger governs ("held for allegedly supplying arms")."""
    for word in sentence:
        if word.lower_ not in HEDGE_WORDS:
            continue
        clause = next((a for a in (word, *word.ancestors) if a.dep_ == "relcl"), None)
        if clause is not None and trigger.i != clause.i and clause not in trigger.ancestors:
            continue
        # (nor one on a verb below the trigger: "two people were held for allegedly supplying arms": the holding
        # is told as fact, what they are held for is alleged)
        said = word.head
        if word.dep_ == "advmod" and said.pos_ == "VERB" and said.i != trigger.i and trigger in said.ancestors:
            continue
        return True
    return False


def _inverted_condition(tok: Token) -> bool:
    """Whether ``tok`` heads a condition put first without "if", its auxiliary before its subject ("Had Armenia
    accepted the deal, ...", "Were Iran to attack, ...", "Should talks fail, ..."): what it says did not happen."""
    if tok.dep_ not in ("advcl", "ccomp") or tok.left_edge.i != tok.sent.start:
        return False
    first = tok.doc[tok.left_edge.i]
    if first.lower_ not in ("had", "were", "should") or first.pos_ != "AUX":
        return False
    subject = next((c for c in (first, tok) for c in c.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    return subject is not None and subject.i > first.i


def claim_to(tok: Token) -> bool:
    """Whether ``tok`` is a claim to something ("China's claims over the islands", "its claim to the region"): a
    demand for what is claimed, whose rejection is a rejection, not blame denied."""
    return tok.lemma_.lower() == "claim" and any(c.dep_ == "prep" and c.lower_ in ("to", "over", "on") for c in tok.children)


def _names_a_report(obj: Token) -> bool:
    """Whether ``obj`` refers to something said or done before and says no more of it: "it", "the accusation",
    "these claims", "any involvement" (not "the accusation that ...", "claims it harbours rebels",
    "allegations of torture", "involvement in the attack": those name what they deny)."""
    if obj.pos_ == "PRON":
        return obj.lower_ in REFERRING_PRONOUNS
    if obj.lemma_.lower() in PART_NOUNS:
        return not any(c.dep_ in ("acl", "relcl", "ccomp", "prep") for c in obj.children)  # not "involvement in X"
    if obj.lemma_.lower() not in REPORT_NOUNS or claim_to(obj):
        return False
    return not any(c.dep_ in ("acl", "relcl", "ccomp") or (c.dep_ == "prep" and c.lower_ in ("of", "about")) for c in obj.children)


def relative_denial(sentence: Span) -> tuple[Token, Token] | None:
    """The word that denies, and the word that stands for what it denies, where a relative clause denies what its
    sentence reported before it: "Armenian officials said Turkish jets shot down an Armenian plane, which Ankara
    denied" (the parser hangs the clause from the last noun before it; the word is the relative pronoun), or
    "Ukraine accused Russia of shelling the plant, a claim Moscow denies" (a report noun set beside the sentence
    after a comma, whose clause has no object of its own; the word is the noun). None where the sentence has no
    such clause."""
    for tok in sentence:
        if tok.dep_ != "relcl" or tok.pos_ != "VERB" or tok.lemma_.lower() not in DENY_VERBS or is_negated(tok):
            continue
        which = next((c for c in tok.children if c.dep_ in ("dobj", "nsubjpass") and c.lower_ == "which"), None)
        if which is not None and any(c.dep_ == "punct" and c.lower_ == "," for c in tok.head.children if c.i < which.i):
            return tok, which
        noun = tok.head
        if (which is None and noun.lemma_.lower() in REPORT_NOUNS and noun.i < tok.i
                and not any(c.dep_ in ("dobj", "nsubjpass", "ccomp") for c in tok.children)
                and noun.left_edge.i > sentence.start and noun.doc[noun.left_edge.i - 1].lower_ in (",", "—", "–", "-")):  # fmt: skip
            return tok, noun
    return None


def responsibility_claimer(sentence: Span) -> Token | None:
    """The subject of a claim of responsibility that names nothing it is for ("The Taliban claimed responsibility",
    "Al-Shabaab later claimed responsibility for it" is not one: "it" names it), which stands for whoever did what
    was told before it; None where ``sentence`` holds none, or denies it ("No group claimed responsibility", "the
    Taliban denied responsibility")."""
    for tok in sentence:
        if tok.lemma_.lower() not in ("claim", "accept", "admit") or tok.pos_ != "VERB" or is_negated(tok):
            continue
        held = next((c for c in tok.children if c.dep_ == "dobj" and c.lemma_.lower() == "responsibility"), None)
        if held is None or any(c.dep_ == "prep" for c in held.children) or any(
            c.dep_ == "prep" and c.lower_ == "for" for c in tok.children
        ):
            continue
        subject = next((c for c in tok.children if c.dep_ == "nsubj"), None)
        if subject is None or any(c.dep_ == "det" and c.lower_ in ("no", "any") for c in subject.children):
            continue
        return subject
    return None


def referred_denial(sentence: Span) -> tuple[Token, Token] | None:
    """The word that denies, and the words that name what it denies, where ``sentence`` denies what was said
    or done before it without saying it again: "Kyiv rejected the accusation", "Ukraine denied it", "Yerevan
    dismissed the claim as a lie", "Baku called the report a fabrication", "Iran denied any involvement" (a part
    in it: :data:`PART_NOUNS`). None where the sentence denies nothing, or names what it denies (the trigger's
    own modality reads those)."""
    for tok in sentence:
        lemma = tok.lemma_.lower()
        if (lemma not in DENY_VERBS and lemma != "call") or tok.pos_ != "VERB" or is_negated(tok):
            continue
        obj = next((c for c in tok.children if c.dep_ == "dobj"), None)
        called = None
        if lemma == "call":
            # "called the report disinformation": the parser may make the report a compound of what it is called
            called = next((c for c in tok.children if c.dep_ in ("oprd", "dobj") and c.lemma_.lower() in REJECTING
                           and any(g.dep_ == "compound" for g in c.children)), None)  # fmt: skip
            if called is not None:
                obj = next(g for g in called.children if g.dep_ == "compound")
        if obj is None or not _names_a_report(obj):
            continue
        if lemma != "call" and any(c.dep_ == "ccomp" for c in tok.children):
            continue  # "denied the accusation that it armed Armenia": the parser may hang the clause from the verb
        if lemma == "call" and called is None and not any(
            c.dep_ in ("oprd", "acomp", "xcomp", "ccomp") and (c.lemma_.lower() in REJECTING or any(g.lemma_.lower() in REJECTING for g in c.children))
            for c in tok.children
        ):
            continue  # "called it a lie", not "called it a victory"
        return tok, obj
    return None
