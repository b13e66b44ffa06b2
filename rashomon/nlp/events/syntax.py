"""Walking the dependency parse: the subject, agent, objects and conjuncts of a word, and the characters of
the phrase it heads. Knows nothing of actors or events."""

from __future__ import annotations

from typing import TYPE_CHECKING

from rashomon.nlp.actors import DASHES
from rashomon.nlp.attribution import SPEECH_VERBS, closing_bracket
from rashomon.nlp.events import words as w

if TYPE_CHECKING:
    from spacy.tokens import Token


def verb_above(tok: Token) -> Token | None:
    """The verb a noun or clause hangs from (skipping prepositions)."""
    cur = tok.head
    for _ in range(3):
        if cur.pos_ in ("VERB", "AUX"):
            return cur
        if cur.head.i == cur.i:
            return None
        cur = cur.head
    return None


def phrasal(verb: Token) -> str:
    """A verb's lemma with its particle after "_" ("broke up" -> "break_up"), as the word lists write phrasal
    verbs; the lemma alone for a verb without one."""
    particle = next((c.lower_ for c in verb.children if c.dep_ == "prt"), None)
    return f"{verb.lemma_.lower()}_{particle}" if particle else verb.lemma_.lower()


def involved(noun: Token) -> Token | None:
    """The first of those an act noun is said to involve ("drills involving Azerbaijan, Pakistan and Turkey"), or
    None."""
    involving = next((c for c in noun.children if c.dep_ == "acl" and c.tag_ == "VBG" and c.lemma_.lower() == "involve"), None)
    return next((c for c in involving.children if c.dep_ == "dobj"), None) if involving is not None else None


#: Verbs of "let free", "set free": the act they let happen is their subject's.
LETTING_VERBS = frozenset({"let", "set"})


def acronym(tok: Token) -> bool:
    """Whether ``tok`` is written as an acronym: two to six capitals ("ICE", "ELN", "USAID"), a name however
    the small model tags it."""
    return 2 <= len(tok.text) <= 6 and tok.text.isalpha() and tok.text.isupper()


#: the dashes that end a dateline
DATELINE_DASHES = frozenset({"—", "–", "-", "--"})


def _dateline(first: Token, then: Token) -> bool:
    """Whether ``first``, a subject before another subject ``then`` of the same verb, is a news dateline at the
    start of its sentence ("MOSCOW (AP) — Russia expelled ...", "BAKU, July 13 — Armenian forces shelled ..."):
    a place in capitals, the agency in brackets or the day, a dash before ``then`` ("NATO — the alliance —
    condemned" is no dateline)."""
    tokens = first.doc[first.i + 1 : then.left_edge.i]
    between = [t.text for t in tokens]
    return (
        first.left_edge.i == first.sent.start
        and first.text.isupper()
        and (("(" in between and ")" in between) or any(t.ent_type_ == "DATE" for t in tokens))
        and any(t in DATELINE_DASHES for t in between)
    )


def took_part_in(prep: Token) -> bool:
    """Whether ``prep`` is the "in" of "take part in" ("took part in a protest"), which the parser hangs from "part"
    or from the verb beside its object "part"."""
    if prep.lower_ != "in" or prep.dep_ not in ("prep", "dative"):
        return False
    verb = prep.head.head if prep.head.lower_ == "part" and prep.head.dep_ == "dobj" else prep.head
    return verb.lemma_.lower() == "take" and any(c.dep_ == "dobj" and c.lower_ == "part" for c in verb.children)


def in_dateline(word: Token) -> bool:
    """Whether ``word`` is in a dateline of names: a name in capitals at the start of a sentence, a comma and the
    region or country, or names in capitals alone, up to a dash a few words on ("SOTK, Gegharkunik – Azerbaijani
    troops shelled ...", "KYIV, Ukraine — ...", "MOSCOW – The ministers ..."; not "NATO — the alliance —
    condemned")."""
    sent = word.sent
    dash = next((t.i for t in sent[: min(len(sent), 8)] if t.text in DATELINE_DASHES), None)
    if dash is None or word.i >= dash or not sent[0].is_upper or len(sent[0].text) < 3:
        return False
    before = word.doc[sent.start : dash]
    # (with the day and the agency: "KHARTOUM, April 20 (Reuters) - ...")
    if any(t.text == "," for t in before) and all(t.pos_ in ("PROPN", "NUM") or t.is_punct for t in before):
        return True
    # "MOSCOW – The foreign ministers ...", "YEREVAN/BAKU – Armenia and ...": names in capitals alone, none an
    # organisation's, and a capital after the dash that starts the sentence proper ("NATO – the alliance –" is none)
    after = word.doc[dash + 1] if dash + 1 < sent.end else None
    return (
        after is not None and after.text[:1].isupper()
        and all((t.is_upper and len(t.text) >= 3 and t.ent_type_ != "ORG") or t.text in ("/", ",") for t in before)
    )


def opens_sentence(tok: Token) -> bool:
    """Whether ``tok`` starts its sentence, or the sentence proper after a dateline ("KYIV, Ukraine — Fighting ...")."""
    if tok.is_sent_start:
        return True
    before = tok.doc[tok.i - 1]
    return before.text in DATELINE_DASHES and tok.i >= 2 and in_dateline(tok.doc[tok.i - 2])


def _head_chain_reaches(tok: Token, ancestor: Token, limit: int = 4) -> bool:
    """Whether ``ancestor`` is among the heads above ``tok`` (within ``limit`` steps, through nouns and
    prepositions only: "a cleric" of "Supporters of a cleric")."""
    cur = tok
    for _ in range(limit):
        if cur.i == ancestor.i:
            return True
        if cur.head.i == cur.i or cur.pos_ not in ("NOUN", "PROPN", "ADP"):
            return False
        cur = cur.head
    return cur.i == ancestor.i


def verbless_head(verb: Token) -> Token | None:
    """The noun the parser made the head of a sentence it found no verb for, where ``verb`` hangs from that noun's
    phrase through nouns and prepositions ("Supporters of a cleric protested in the city": "Supporters", the
    verb's subject); None otherwise."""
    root = verb.sent.root
    return root if root.pos_ in ("NOUN", "PROPN") and _head_chain_reaches(verb.head, root) else None


def each_other(tok: Token) -> bool:
    """Whether ``tok`` is the "other" of "each other" or the "another" of "one another"."""
    return tok.lower_ in ("other", "another") and tok.i > 0 and tok.doc[tok.i - 1].lower_ in ("each", "one")


def _accused(obj: Token, verb: Token) -> Token:
    """Who is accused: ``obj`` of the accusing ``verb``, or, where ``obj`` is "each other", the pair who accuse
    ("Armenia and Azerbaijan accused each other of opening fire": each of them is accused)."""
    pair = subject(verb) if each_other(obj) else None
    return pair if pair is not None else obj


def hyphen_first(verb: Token) -> int | None:
    """The index of the first part of a verb written with a hyphen ("lathi" of "lathi-charged"), where the
    parser read it as a word of its own hanging from the verb."""
    if verb.i < 2:
        return None
    dash, first = verb.doc[verb.i - 1], verb.doc[verb.i - 2]
    if dash.text == "-" and not first.whitespace_ and not dash.whitespace_ and first.head.i == verb.i:
        return first.i
    return None


def _compound_before(tok: Token) -> Token | None:
    """The noun the parser hung before ``tok`` as its compound ("Police" of "Police lathi")."""
    return next((k for k in reversed(list(tok.lefts)) if k.dep_ == "compound" and k.pos_ in ("NOUN", "PROPN")), None)


def mine_victim(verb: Token) -> Token | None:
    """The subject of a verb of running onto a mine ("their vehicle hit a landmine", "a child stepped on a
    mine"): whom the mine struck, not who struck."""
    if verb.lemma_.lower() not in w.MINE_VERBS:
        return None
    hit = [c for c in verb.children if c.dep_ == "dobj"] + pobjs(verb, "over", "on", "onto")
    if not any(o.lemma_.lower() in w.MINE_NOUNS for o in hit):
        return None
    return next((c for c in verb.children if c.dep_ == "nsubj"), None)


def protesting_group(verb: Token) -> Token | None:
    """The plural noun a participle of protest describes where the parser read it as a gerund taking the noun
    as its object, after a preposition of aim ("police fired at protesting traders", "opened fire on
    demonstrating workers"): the ones protesting, not those protested against."""
    if verb.tag_ != "VBG" or verb.dep_ != "pcomp" or verb.lemma_.lower() not in w.PROTESTING_VERBS:
        return None
    if verb.head.lower_ not in ("at", "on", "upon", "against", "toward", "towards"):
        return None  # force aimed at them, not "arrested for protesting farm laws"
    obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
    if obj is None or obj.tag_ != "NNS" or obj.left_edge.i != verb.i + 1:
        return None
    return obj


def found_so(verb: Token) -> Token | None:
    """Whom a participle of harm says was found, left or reported so ("was found fatally wounded", "police found him
    shot dead", "left three soldiers wounded"): the passive's subject or the active's object, or None."""
    if verb.tag_ != "VBN" or verb.dep_ not in ("oprd", "xcomp", "acomp") or verb.head.lemma_.lower() not in w.FINDING_VERBS:
        return None
    return next((c for c in verb.head.children if c.dep_ in ("nsubjpass", "dobj")), None)


def subject(verb: Token, depth: int = 0) -> Token | None:
    group = protesting_group(verb)
    if group is not None:
        return group
    if found_so(verb) is not None:
        return agent(verb)  # "police found the activist beaten": whoever beat him, not the one found, nor the finder
    if mine_victim(verb) is not None:
        return None  # the mine's victim is no doer: whoever laid it is not named
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "csubj")]
    if len(subjects) > 1 and (_dateline(subjects[0], subjects[1]) or (in_dateline(subjects[0]) and not in_dateline(subjects[1]))):
        return subjects[1]  # the dateline's place is where the news was filed from, not who acted
    if len(subjects) > 1 and subjects[0].i == subjects[0].sent.start and subjects[0].nbor(1).lower_ == ",":
        return subjects[1]  # "Lol, the mullahs can't ...", "John, the army is coming": a word set off before the subject
    if len(subjects) == 1 and in_dateline(subjects[0]):
        # "SOTK, Gegharkunik – Azerbaijani troops shelled": the parser hangs the subject from the dateline's name
        after = next((c for c in subjects[0].children if c.dep_ == "appos" and not in_dateline(c)), None)
        if after is not None:
            return after
    first = hyphen_first(verb)
    for c in verb.children:
        if c.dep_ in ("nsubj", "csubj"):
            if c.lower_ in ("who", "which", "that") and verb.dep_ == "relcl":
                return verb.head
            if c.i == first:
                # "Police lathi-charged the crowd": the parser reads the first part of a verb written with a
                # hyphen as its subject; the noun before it is the subject
                return _compound_before(c)
            return c
    if first is not None and verb.doc[first].dep_ in ("dep", "npadvmod"):
        before = _compound_before(verb.doc[first])
        if before is not None:
            return before  # "The army test-fired a missile": "test" read as a noun of "army"
    if (
        verb.dep_ == "acl" and heads_misread_clause(verb) and verb.head.pos_ in ("NOUN", "PROPN") and verb.head.i < verb.i
        and (any(c.dep_ == "dobj" for c in verb.children)
             # "around 200 residents protested in Juba": a verb of protest has no passive to be read as
             or (verb.lemma_.lower() in w.PROTESTING_VERBS and not any(c.dep_ == "agent" for c in verb.children)))
    ):
        # "The Iraqi air force carried out air strikes": the small parser may make the verb of a sentence a
        # clause of its subject; a verb with an object is active, so the noun it hangs from does it
        return verb.head
    if not any(c.dep_ in ("nsubjpass", "expl") for c in verb.children):
        # "USAID had announced ...": the small parser reads some names that open a clause as adverbs, or as
        # a compound of the verb read as a noun (", Azerbaijan demands that ...")
        misread = next((c for c in verb.children if c.i < verb.i and c.dep_ in ("advmod", "npadvmod", "compound")
                        and (c.pos_ == "PROPN" or c.ent_type_ in w.ACTOR_ENTS or acronym(c))
                        and c.i == c.left_edge.i and (c.i == c.sent.start or c.doc[c.i - 1].is_punct)), None)  # fmt: skip
        if misread is not None:
            return misread
        swallowed = swallowed_subject(verb)
        if swallowed is not None:
            return swallowed
        before = verb.doc[verb.i - 1] if verb.i > verb.sent.start else None
        if before is not None and before.dep_ == "conj" and before.pos_ in ("NOUN", "PROPN") and subject_of_next_clause(before):
            return before  # "... to Baku and Baku sells oil to Israel": the conjunct right before the verb opens its clause
    if verb.dep_ == "pcomp" and verb.head.lower_ == "of" and verb.head.head.tag_ == "VBN" and (
        verb.head.head.lemma_.lower() in ("accuse", "suspect", "charge", "convict")
    ):
        # "companies accused of supplying drones", "two men suspected of planting the bomb", "Iran was accused of
        # supplying": whom the participle describes, or the passive's subject, is said to have done it
        alleged = verb.head.head
        held = next((c for c in alleged.children if c.dep_ == "nsubjpass"), None)
        if held is not None:
            return held
        if alleged.dep_ == "acl" and alleged.head.pos_ in ("NOUN", "PROPN"):
            return alleged.head
    if (verb.dep_ == "relcl" and depth < 3 and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)
            and verb.head.dep_ == "dobj" and verb.head.head.lemma_.lower() in w.LIGHT_VERBS):
        # "police conducted raids to arrest gang members", "launched an operation to free the hostages": what an act
        # carried out is for, whoever carries it out does
        return subject(verb.head.head, depth + 1)
    if verb.dep_ == "advcl" and verb.tag_ == "VBG":
        # "arrested peaceful demonstrators calling for ...": a participle right after a crowd the verb acts on
        # (no comma between) describes the crowd
        crowd = next((c for c in verb.head.children if c.dep_ == "dobj" and c.right_edge.i == verb.i - 1
                      and c.lemma_.lower() in w.PROTESTER_NOUNS), None)  # fmt: skip
        if crowd is not None:
            return crowd
        if verb.head.lemma_.lower() in w.PERCEIVING_VERBS | w.MENTIONING_VERBS:
            # "why does nobody talk about Armenia shelling Ganja", "the video shows Azerbaijani troops shelling a
            # village": a participle right after the side one tells of or sees is that side's act
            told = [c for c in verb.head.children if c.dep_ == "dobj"] + pobjs(verb.head, "about", "of")
            side = next((c for c in told if c.right_edge.i == verb.i - 1 and (
                c.pos_ == "PROPN" or c.ent_type_ in w.ACTOR_ENTS or counted(c).lemma_.lower() in w.ARMED_NOUNS)), None)  # fmt: skip
            if side is not None:
                return side
    if (verb.dep_ == "acl" and depth < 3 and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)
            and verb.head.dep_ == "pobj" and verb.head.head.lower_ == "as" and verb.head.head.head.lemma_.lower() in w.AIMED_VERBS):
        # "Iran used the corridor as a route to export weapons": who uses a thing as a means does what it is for
        return agent(verb.head.head.head) or subject(verb.head.head.head, depth + 1)
    if verb.dep_ == "acomp" and verb.tag_ == "VBN" and verb.head.pos_ in ("AUX", "VERB") and depth < 3:
        # "Baku is committed to the peace process": an adjectival participle's doer is its copula's subject
        return subject(verb.head, depth + 1)
    if verb.dep_ == "conj" and reduced_relative(verb):
        return None  # "called on both sides to respect the ceasefire agreed in Jeddah": not the callers' agreement
    if depth < 3 and verb.dep_ in ("xcomp", "conj", "advcl", "pcomp", "ccomp") and verb.head.i != verb.i:
        head = verb.head
        if verb.dep_ == "conj" and head.tag_ in FINITE_TAGS and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
            # "led them to ignore that X is an ally and to side with Y": an infinitive
            # the parser joins to a finite verb is not that verb's subject's act
            return None
        if (verb.dep_ == "conj" and verb.tag_ == "VBD" and head.tag_ in ("VBZ", "VBP") and head.dep_ == "ccomp"
                and any(c.dep_ == "mark" and c.lower_ == "that" for c in head.children) and head.head.tag_ == "VBD"):
            # "the envoy said that Georgia is a trusted partner and thanked its president": a past verb the
            # parser joins to a present clause reported in the past goes with the report, whose subject does it
            return subject(head.head, depth + 1)
        if (
            verb.dep_ in ("advcl", "xcomp") and head.lemma_.lower() in w.SENDING_VERBS
            and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)
        ):
            # "Turkey sent Syrian mercenaries to fight for Azerbaijan": those sent do what they are sent to do
            # (a force named by its nation or name, not "a team of experts": the sender's own are the sender)
            sent = next((c for c in head.children if c.dep_ in ("dobj", "nsubjpass")), None)
            # (and armed men sent with no sender named: "the army was sent to fight the rebels")
            if sent is not None and (sent.pos_ == "PROPN" or any(
                c.dep_ in ("amod", "compound") and c.ent_type_ in ("NORP", "GPE", "ORG") for c in sent.children
            ) or (sent.dep_ == "nsubjpass" and counted(sent).lemma_.lower() in w.ARMED_NOUNS)):
                return sent
        if verb.dep_ == "xcomp" and head.lemma_.lower() in w.FORCING_VERBS | w.ENABLING_VERBS and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
            # "the army forced the rebels to retreat", "allowed the fighters to leave": whom one makes or lets do it
            # does it (the passive's subject: "the rebels were forced to retreat")
            made = next((c for c in head.children if c.dep_ in ("dobj", "nsubjpass")), None)
            if made is not None:
                return made
        doer = agent(head) if verb.dep_ == "advcl" and verb.tag_ == "VBG" else None
        if (doer is not None and (doer.pos_ == "PROPN" or doer.ent_type_ in w.ACTOR_ENTS or counted(doer).lemma_.lower() in w.ARMED_NOUNS)
                and not any(c.dep_ == "nsubj" for c in head.children) and any(c.dep_ == "nsubjpass" for c in head.children)):
            # "the convoy was ambushed by gunmen, killing three guards": what a passive's act does as it goes on, its
            # agent does (one who acts: not "his approach was driven by the need ..., standing by ...")
            return doer
        if (verb.dep_ in ("xcomp", "advcl") and head.lemma_.lower() in w.AIMED_VERBS and agent(head) is not None
                and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)):
            # "the rifles were used by militants to kill soldiers": who uses them does what they are used for
            return agent(head)
        if verb.dep_ == "xcomp" and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children) and not any(
            c.dep_ == "nsubj" for c in head.children
        ):
            # "the rebels were believed to have abducted the engineers", "two men were said to have attacked": the
            # passive's subject does what its infinitive names
            raised = next((c for c in head.children if c.dep_ == "nsubjpass"), None)
            if raised is not None:
                return raised
        if head.pos_ == "ADP" and head.head.i != head.i:  # "plan on holding": pcomp of "on" of "plan"
            prep = head
            head = head.head
            if head.dep_ == "pobj" and head.ent_type_ in ("DATE", "TIME") and head.head.head.pos_ == "VERB":
                # "accused each other on Tuesday of opening fire": the parser may hang the "of" from the date
                head = head.head.head
            # "accused Armenian troops of opening fire": the parser may hang the "of" from the one accused
            if prep.lower_ in ("of", "for") and head.dep_ in ("dobj", "nsubjpass") and head.head.lemma_.lower() in w.ACCUSING_VERBS:
                return _accused(head, head.head)
            # "Iran followed a policy of supporting Armenia": the policy's holder does what it names
            if prep.lower_ == "of" and head.lemma_.lower() in w.INTENT_NOUNS and head.dep_ in ("dobj", "attr"):
                head = head.head
            # "Rezaee was involved in training Azerbaijan's army": who is involved in it does it
            if prep.lower_ == "in" and head.lemma_.lower() in ("involve", "engage"):
                obj = next((c for c in head.children if c.dep_ == "nsubjpass"), None)
                if obj is not None:
                    return obj
            # "Baku accuses Tehran of supporting Armenia": the one accused is the one who supports
            if prep.lower_ in ("of", "for") and head.lemma_.lower() in w.ACCUSING_VERBS:
                # "Tehran was accused of supporting Armenia": the passive's subject is the one accused
                obj = next((c for c in head.children if c.dep_ in ("dobj", "nsubjpass")), None)
                if obj is not None:
                    return _accused(obj, head)
            if prep.lower_ == "for":
                # "many are angry at Iran for arming Armenia": whom the feeling is towards did it
                feeling = head if head.pos_ == "ADJ" else next((c for c in head.children if c.dep_ == "acomp"), None)
                if feeling is not None and feeling.lemma_.lower() in w.GRUDGE_ADJS:
                    towards = [g for p in feeling.children if p.dep_ == "prep" and p.lower_ in ("at", "with", "to")
                               for g in p.children if g.dep_ == "pobj"]  # fmt: skip
                    if towards:
                        return towards[0]
        if head.pos_ == "ADJ" and head.dep_ in ("acomp", "amod") and head.head.i != head.i:
            head = head.head  # "Syria is willing to withdraw", "Arnor is about to restore"
        if head.pos_ in ("VERB", "AUX"):
            return subject(head, depth + 1)
    return None


FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP", "MD"})


def issuer(text: Token, depth: int = 0) -> Token | None:
    """Who issued a statement, report or resolution whose participle clause is an act ("Russia issued a statement
    condemning the strikes", "Moscow's statement accusing Kyiv", "a letter from the EU urging Hungary", "In a
    statement condemning the attack, Baku said"): its owner, its sender, or the subject of the verb it hangs on."""
    owner = next((c for c in text.children if c.dep_ == "poss"), None)
    if owner is None:  # "an EU statement", "a UN resolution": the name before it
        owner = next((c for c in text.children if c.dep_ == "compound" and (c.pos_ == "PROPN" or c.ent_type_ in w.ACTOR_ENTS)), None)
    if owner is not None:
        return owner
    sender = pobjs(text, "from", "by")
    if sender:
        return sender[0]
    if text.dep_ == "dobj" and text.head.pos_ in ("VERB", "AUX"):
        # "Russia issued a statement condemning ...", not "Hungary vetoed a statement condemning ..."
        return subject(text.head, depth + 1) if text.head.lemma_.lower() in w.ISSUING_VERBS else None
    if text.dep_ == "pobj" and text.head.dep_ == "prep" and text.head.head.pos_ in ("VERB", "AUX"):
        return subject(text.head.head, depth + 1)
    return None


def listed_before(subject: Token) -> Token | None:
    """The name a headline lists before a verb's subject with a comma ("US, UK strike Houthi targets"), which
    the parser hangs from the verb apart from the subject; None where there is none (or a word of chat: "Lol, Iran
    will never attack")."""
    verb = subject.head
    first = subject.sent.start
    for c in verb.children:
        if (
            c.i == first and c.pos_ == "PROPN" and c.dep_ in ("dep", "nmod", "npadvmod", "nsubj")
            and c.i + 2 == subject.left_edge.i and c.doc[c.i + 1].text == "," and c.lower_ not in w.INTERJECTIONS
        ):
            return c
    return None


def heads_misread_clause(verb: Token) -> bool:
    """Whether the noun a participle ``verb`` hangs from is the subject of a clause the small parser made of
    that participle: the sentence's head ("The Iraqi air force carried out air strikes"), or a subject whose "and"
    comes after the participle, so that the participle is the first of two verbs the parser hung apart
    ("Trump called President Putin on Friday and urged him ...": "Trump" the subject of
    "urged", "called" a clause of "Trump")."""
    noun = verb.head
    if noun.dep_ == "ROOT":
        return True
    return noun.dep_ == "nsubj" and noun.head.i > verb.i and any(c.dep_ == "cc" and c.i > verb.i for c in noun.children)


def swallowed_subject(verb: Token) -> Token | None:
    """The subject a fronted phrase swallowed: "With the signing of a memorandum, the government and the rebels
    have agreed ...", where the small parser makes "government" one more conjunct of "memorandum" and leaves the
    finite verb without a subject. It is the noun phrase between the phrase's last comma and the verb (past
    its auxiliaries and adverbs), when the parse hangs that whole phrase from a word before the comma."""
    if verb.pos_ not in ("VERB", "AUX") or not (
        verb.tag_ in FINITE_TAGS or any(c.dep_ in ("aux", "auxpass") and c.tag_ in FINITE_TAGS for c in verb.children)
    ):
        return None
    if not any(c.i < verb.i and c.dep_ in ("prep", "advcl", "npadvmod") for c in verb.children):
        return None
    i = verb.i - 1
    # past its auxiliaries, adverbs and a short phrase between ("could in theory take")
    between = ("aux", "auxpass", "neg", "advmod", "prep")
    while i > verb.sent.start and (verb.doc[i].head.i == verb.i or verb.doc[i].dep_ == "pobj"):
        piece = verb.doc[i] if verb.doc[i].head.i == verb.i else verb.doc[i].head
        if piece.head.i != verb.i or piece.dep_ not in between or piece.i < piece.left_edge.i:
            break
        i = piece.left_edge.i - 1
    last = verb.doc[i]
    if last.pos_ not in ("NOUN", "PROPN") or last.head.i == verb.i:
        return None
    comma = next((j for j in range(i - 1, verb.sent.start, -1) if verb.doc[j].text in (",", ";")), None)
    if comma is None:
        return None
    phrase = verb.doc[comma + 1 : i + 1]
    head = last
    while comma < head.head.i <= i and head.head.i != head.i:
        head = head.head
    if head.head.i >= comma or head.dep_ not in ("conj", "appos", "pobj") or head.pos_ not in ("NOUN", "PROPN"):
        return None
    if not all(t.i == head.i or head.is_ancestor(t) for t in phrase):
        return None
    return head


#: entity types of a "by" phrase that measures time, never acts ("shortened by one hour", "extended by a month")
MEASURE_ENTS = frozenset({"TIME", "DATE"})


def agent(tok: Token) -> Token | None:
    for c in tok.children:
        if c.dep_ == "agent" or (c.dep_ == "prep" and c.lower_ == "by"):
            for g in c.children:
                if g.dep_ == "pobj" and g.ent_type_ not in MEASURE_ENTS:
                    return g
    return None


def passive_head(verb: Token) -> Token | None:
    """The verb a passive participle joined to it without a subject of its own shares its subject with: "the
    protesters were beaten, arrested and later released" (arrested, released: beaten, whose subject the
    protesters are; the parser may hang the second as a clause of the first); "the pilgrims suffered and were
    attacked" (a participle with its own "were": any verb's subject). None for any other verb."""
    cur = verb
    for _ in range(4):
        own_be = any(c.dep_ == "auxpass" for c in cur.children)
        if cur.tag_ != "VBN" or cur.dep_ not in ("conj", "advcl") or cur.head.pos_ != "VERB":
            return None
        if any(c.dep_ in ("nsubj", "nsubjpass", "csubj", "dobj", "expl") for c in cur.children):
            return None
        before = cur.i - 1
        while before > cur.head.i and cur.doc[before].dep_ in ("aux", "auxpass", "advmod", "neg"):
            before -= 1
        if before != cur.head.i and cur.doc[before].dep_ not in ("cc", "punct"):
            return None  # "were held hostage and part of the facility was vandalized": a subject the parser lost
        cur = cur.head
        if any(c.dep_ == "nsubjpass" or (own_be and c.dep_ == "nsubj") for c in cur.children):
            return cur
        if cur.tag_ != "VBN":
            return None
    return None


def shared_patient(head: Token | None) -> Token | None:
    """Whom a passive participle joined to another verb is done to: the subject of that verb, ``head`` (its
    :func:`passive_head`)."""
    if head is None:
        return None
    return next((c for c in head.children if c.dep_ == "nsubjpass"), None) or next(
        (c for c in head.children if c.dep_ == "nsubj"), None)


def shared_agent(verb: Token, head: Token | None) -> Token | None:
    """The agent of passive participles joined to ``verb`` that it shares (``head``: its :func:`passive_head`):
    its head's ("were arrested by police and later released"), or that of the participle joined right after it
    ("were beaten and robbed by soldiers")."""
    if head is not None:
        for cur in (verb.head, head):
            found = agent(cur)
            if found is not None:
                return found
    for c in verb.children:
        if (c.dep_ == "conj" and c.tag_ == "VBN" and passive_head(c) is not None
                and all(t.dep_ in ("cc", "punct") for t in verb.doc[verb.i + 1 : c.i])):  # fmt: skip
            return agent(c)
    return None


def subject_of_next_clause(tok: Token) -> bool:
    """Whether a noun parsed as a conjunct is the subject of the clause right after it, which the parse left
    without one ("it supported Armenia and the Azerbaijani public was furious": "public" is no second
    object of "supported")."""
    nxt = tok.right_edge.i + 1
    if nxt >= len(tok.doc):
        return False
    verb = tok.doc[nxt]
    return (
        verb.pos_ in ("VERB", "AUX")
        # ("Israel sells drones to Baku and Baku sells oil to Israel": the parser may hang the second verb as a clause)
        and (verb.dep_ == "conj" or (verb.dep_ == "advcl" and verb.tag_ in FINITE_TAGS and tok.dep_ == "conj"))
        and not any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in verb.children)
    )


def for_or_against(word: Token) -> bool:
    """Whether ``word`` is joined by a dash to "pro" or "anti" before it ("pro-Palestinian", "anti-American"): it
    names whom something is for or against, not whose it is."""
    first = hyphened(word)
    return first is not None and first.lower_ in ("pro", "anti")


def pobjs(tok: Token, *preps: str) -> list[Token]:
    """The objects of ``tok``'s prepositions among ``preps`` ("region *of Azerbaijan*", "aid *from Russia*")."""
    return [g for p in tok.children if p.dep_ == "prep" and p.lower_ in preps for g in p.children if g.dep_ == "pobj"]


def with_conjuncts(tok: Token | None) -> list[Token]:
    if tok is None:
        return []
    out = [tok]
    for c in tok.children:
        if c.dep_ == "conj" and c.pos_ in ("PROPN", "NOUN", "PRON", "ADJ") and not subject_of_next_clause(c):
            out.extend(with_conjuncts(c))
        elif (
            c.dep_ == "appos"
            and c.ent_type_ in PAIR_ENTS
            and tok.ent_type_ == c.ent_type_
            and any(g.dep_ == "conj" for g in c.children)
        ):
            # "Israel, the US and Italy signed": a list the parse reads as a name with an apposition
            out.extend(with_conjuncts(c))
        elif c.dep_ == "appos" and tok.tag_ == "NNS" and tok.lemma_.lower() in w.BODY_NOUNS and c.pos_ == "PROPN" and any(
            g.dep_ == "conj" and g.pos_ == "PROPN" for g in c.children
        ):
            # "outlawed the two main organizations, the ANC and the PAC": the names a plural is set beside
            out.extend(with_conjuncts(c))
        elif c.dep_ == "prep" and c.lower_ in ("of", "for") and tok.pos_ == "PROPN" and tok.ent_type_ not in PAIR_ENTS:
            # "attacked the Movement for Justice and the Sudan Liberation Army": the parser hangs a second name,
            # with its own article, from the last word of a first name that holds a preposition
            out.extend(x for g in c.children if g.dep_ == "pobj" and g.pos_ == "PROPN"
                       for n in g.children if n.dep_ == "conj" and n.pos_ == "PROPN"
                       and any(d.dep_ == "det" and d.lower_ == "the" for d in n.children)
                       for x in with_conjuncts(n))  # fmt: skip
        elif c.dep_ == "prep" and c.lower_ == "of" and tok.lower_ in w.COUNT_NOUNS:
            # "dozens of Chadian and Sudanese refugees": the counted are coordinated, not the count
            out.extend(x for g in c.children if g.dep_ == "pobj" for x in with_conjuncts(g)[1:])
    if tok.dep_ == "nsubj" and tok.pos_ in ("PROPN", "NOUN"):
        # "Iran, Turkey hold talks", "Sudan army, RSF agree to truce": a headline's comma for "and", which the parser
        # reads as two subjects
        doc = tok.doc
        out.extend(
            s for s in tok.head.children
            if s.dep_ == "nsubj" and s.pos_ in ("PROPN", "NOUN") and s.i > tok.i
            and all(t.text == "," for t in doc[tok.right_edge.i + 1 : s.left_edge.i]) and s.left_edge.i > tok.right_edge.i + 1
        )  # fmt: skip
    return out


CLAUSE_DEPS = frozenset({"relcl", "acl", "ccomp", "advcl", "conj", "cc", "appos"})


#: Entity types of a name that a dash may pair with another: a country or its people.
PAIR_ENTS = frozenset({"NORP", "GPE"})


def dash_partner(tok: Token) -> Token | None:
    """The country or people's name a dash joins to ``tok`` from before, with no space, where the parse hangs
    it from ``tok`` or from the noun both modify ("Turkish" of "Turkish-Azerbaijani military drill"): the other
    side of a pair."""
    if tok.i < 2 or not tok.text[:1].isupper():
        return None
    dash, other = tok.doc[tok.i - 1], tok.doc[tok.i - 2]
    # the parser hangs the first name from the second, or both from the noun they modify ("a
    # Turkey–Azerbaijani response")
    if dash.text not in DASHES or dash.whitespace_ or other.whitespace_ or other.head.i not in (tok.i, tok.head.i):
        return None
    if other.head.i == tok.head.i and (other.head.i == other.i or other.dep_ not in ("nmod", "compound", "amod")):
        return None
    return other if other.ent_type_ in PAIR_ENTS and other.text[:1].isupper() else None


def hyphened(tok: Token) -> Token | None:
    """The first part of the hyphenated word ``tok`` ends ("sit" of "sit-in", "die" of "die-in"): the tokenizer
    splits such a word at its hyphen, and the parse hangs its parts as it pleases. None where ``tok`` is no
    hyphenated word's last part (a hyphen between spaces is a dash)."""
    if tok.i < 2:
        return None
    dash, first = tok.doc[tok.i - 1], tok.doc[tok.i - 2]
    if dash.text != "-" or dash.whitespace_ or first.whitespace_ or not first.is_alpha:
        return None
    return first


def thing_before(it: Token) -> Token | None:
    """The thing an object "it" stands for: the last common noun in the singular before it in its sentence ("took
    the base after the soldiers left it"), not one in its own verb's subject ("took the airport after the national
    guard abandoned it"); None for any other word, or where there is none."""
    if it.lower_ != "it" or it.pos_ != "PRON" or it.dep_ != "dobj":
        return None
    doer = subject(it.head)
    own = range(doer.left_edge.i, doer.right_edge.i + 1) if doer is not None else range(0)
    return next((t for t in reversed(it.doc[it.sent.start : it.i]) if t.tag_ == "NN" and t.pos_ == "NOUN" and t.i not in own), None)


def counted(tok: Token) -> Token:
    """The noun a counting phrase is about: "hundreds of thousands of people" -> people."""
    for _ in range(4):
        if tok.lower_ not in w.COUNT_NOUNS:
            break
        pobj = next(iter(pobjs(tok, "of")), None)
        if pobj is None:
            break
        tok = pobj
    return tok


def phrase_end(tok: Token, listed: bool = False) -> int:
    """Index of the last token of the phrase headed by ``tok``: its right dependents, clauses and conjuncts
    excepted (a conjunct is an actor of its own), but appositions kept ("Iran's minister, Hossein ..."), with the
    names they list (``listed``: "both sides, Armenia and Azerbaijan,")."""
    right = tok.i
    for c in tok.rights:
        if c.dep_ == "npadvmod" or c.ent_type_ in ("DATE", "TIME"):  # "Israel today", "Iran on Monday"
            break
        if c.dep_ == "conj" and not listed and not _restated(c) and any(t.ent_type_ in ("GPE", "NORP", "ORG", "PERSON") for t in c.subtree):
            # what follows a conjunct that names an actor of its own is its own or the pair's ("between the army
            # and Tigrayan forces near the town"), not the first noun's (but "the presence and actions against our
            # security of X": what follows two common nouns is both nouns')
            break
        if c.dep_ == "amod" and c.pos_ == "ADJ" and any(g.dep_ == "prep" for g in c.children):
            # "gunmen loyal to a warlord", "a party close to Moscow": whom the actor is tied to is not the actor
            break
        if c.dep_ == "prep" and c.lower_ in w.NEARBY_PREPS:
            # "government aircraft near the border with Chad": where the actor is, not who (not Chad)
            break
        if c.dep_ == "prep" and c.lower_ == "with" and any(
            g.dep_ == "pobj" and (g.lemma_.lower() in w.INSTRUMENT_NOUNS or any(
                m.dep_ == "compound" and m.lemma_.lower() in w.INSTRUMENT_NOUNS for m in g.children))
            for g in c.children
        ):  # fmt: skip
            # "struck a protester with a rifle butt in Harare" (the parser hangs the weapon on the noun): what the
            # act was done with, not who
            break
        if c.dep_ == "prep" and any(g.dep_ == "pcomp" and g.tag_ == "VBG" for g in c.children):
            # "accused Haftar's forces of shelling Tripoli" (the parser hangs the act on the noun): an act, not
            # the actor's name
            break
        # an apposition follows its noun at once ("Iran's minister, Hossein ..."); one far off is misparsed
        if c.dep_ == "appos" and c.left_edge.i <= right + 2:
            right = max(right, phrase_end(c, listed=True))
        elif (c.dep_ not in CLAUSE_DEPS or (listed and c.dep_ in ("conj", "cc"))) and c.dep_ != "punct":
            right = max(right, phrase_end(c, listed=listed and c.dep_ == "conj"))
    # "the Revolutionary United Front (RUF)": the bracket the phrase opened closes in it
    return closing_bracket(tok.doc, tok.i, right + 1) - 1


def _restated(conj: Token) -> bool:
    """Whether a conjunct only names again what its first noun names (", or Israel,": "the Zionist regime, or Israel,
    on our doorstep")."""
    cc = next((c for c in conj.head.children if c.dep_ == "cc" and c.i < conj.i), None)
    return cc is not None and cc.lower_ == "or" and cc.i > 0 and conj.doc[cc.i - 1].lower_ == ","


def phrase_chars(tok: Token) -> tuple[int, int]:
    """Characters of the noun phrase headed by ``tok``, without a leading date, number or conjunct."""
    start = tok.left_edge.i
    for t in tok.lefts:
        if t.dep_ in ("cc", "conj"):
            start = t.right_edge.i + 1
    if dash_partner(tok) is not None:
        start = tok.i  # "Turkish-Azerbaijani": the other of a pair is an actor of its own
    doc = tok.doc
    count = next((c.i for c in tok.lefts if c.dep_ == "nummod" and c.i > start), None)
    if count is not None and doc[start].pos_ == "ADJ" and doc[start].dep_ == "amod" and doc[start].head.i == tok.i:
        start = count  # "shot dead 15 protesters": an adjective before the count says what the verb did to them
    while start < tok.i and in_dateline(doc[start]):
        start += 1  # "YEREVAN/BAKU – Armenia and Azerbaijan ...": where the report was filed is not the subject's
    while start < tok.i and (doc[start].ent_type_ in ("DATE", "TIME", "CARDINAL") or doc[start].pos_ in ("PUNCT", "ADP", "CCONJ", "NUM", "SPACE")):
        start += 1
    right = doc[phrase_end(tok)]
    return doc[start].idx, right.idx + len(right.text)


def antecedent(tok: Token) -> Token:
    """A pronoun subject of a reported clause stands for the reporting clause's subject ("Iran denied it ..."). An
    object is never its own clause's subject ("Iran began supporting it"): it is left to the resolver. So does a
    description of a group for the group its speaker speaks for ("a senior Hamas official said the group ...")."""
    described = _group_described(tok)
    if described is not None:
        return described
    if tok.pos_ != "PRON" or tok.lower_ not in ("it", "they", "he", "she") or tok.dep_ in ("dobj", "dative", "pobj"):
        return tok
    cur = tok.head
    # "warned Russia of consequences if it invaded Ukraine": a condition set for the one warned is about them
    conditional = cur.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in w.CONDITION_MARKS for c in cur.children)
    for _ in range(4):
        if cur.dep_ == "conj" and cur.head.i != cur.i and cur.head.dep_ in ("ccomp", "xcomp"):
            # "claimed that Armenian forces had fired first and that it had merely retaliated": the clause beside
            # another with its own subject is reported by the same one; its pronoun is not the other's subject
            cur = cur.head
            continue
        if cur.dep_ in ("ccomp", "xcomp", "advcl", "conj") and cur.head.i != cur.i:
            cur = cur.head
            warned = next((c for c in cur.children if c.dep_ == "dobj" and c.ent_type_ in ("GPE", "NORP", "ORG", "PERSON")), None)
            if warned is None and tok.lower_ == "it":
                # "threatened to cut off gas supplies to Armenia if it blocked the corridor": whom the act is aimed at
                warned = next((g for g in pobjs(cur, "to", "against", "on") if g.ent_type_ in ("GPE", "ORG")), None)
            if conditional and warned is not None:
                return warned
        elif cur.dep_ == "pcomp" and cur.head.pos_ == "ADP" and cur.head.dep_ == "prep":
            cur = cur.head.head  # "was quoted as saying he would ...": through "as" to the verb it qualifies
        elif (
            cur.dep_ in ("relcl", "acl")
            and cur.head.dep_ == "dobj"
            and cur.head.lemma_.lower() in w.CHARGE_NOUNS
            and any(c.dep_ == "mark" and c.lower_ == "that" for c in cur.children)
        ):
            # "denied charges that it tortured ...": what the subject answers is said of it (not "a reminder
            # to Iraq that it must ...": a message is the sender's)
            cur = cur.head.head
        elif (
            cur.dep_ in ("relcl", "acl") and cur.head.dep_ == "pobj" and cur.head.head.dep_ == "prep"
            and cur.head.lemma_.lower() in w.CHARGE_NOUNS and cur.head.head.head.pos_ in ("VERB", "AUX")
            and any(c.dep_ == "mark" and c.lower_ == "that" for c in cur.children)
        ):
            # "declined to comment on reports that it struck ...", "responded to claims that it ...": so too what the
            # subject speaks to
            cur = cur.head.head.head
        else:
            break
        # the subject as the rules read it ("Lol, the mullahs can't ... and they ...": not the word set off before it),
        # where that is a subject of the clause's own; else its first subject that is no pronoun
        subj = subject(cur) if cur.pos_ in ("VERB", "AUX") else None
        if subj is None or subj.pos_ == "PRON" or subj.head.i != cur.i:
            subj = next((c for c in cur.children if c.dep_ == "nsubj" and c.pos_ != "PRON"), None)
        if subj is None and cur.lemma_.lower() in ("quote", "cite"):
            # "King Hassan was quoted as saying he ...": the one quoted says it
            subj = next((c for c in cur.children if c.dep_ == "nsubjpass" and c.pos_ != "PRON"), None)
        if subj is not None and tok.lower_ == "it" and (subj.ent_type_ == "PERSON" or subj.lemma_.lower() in w.PERSON_NOUNS):
            # "Erdogan threatened to cut off gas supplies to Armenia if it blocked the corridor": a person is no "it",
            # but the country whose officer the person is may be ("Turkey's president says it will begin ...")
            return next((c for c in subj.children if c.dep_ == "poss" and c.ent_type_ in ("GPE", "ORG")), tok)
        if subj is not None and gender_clash(tok, subj):
            return tok  # "Ms. Novak rebuked Mr. Berg once he had accused her": not Ms. Novak; left to the resolver
        if subj is not None:
            # "'They attacked us without warning,' an official said": in a quotation the speaker says "we"; a
            # third person there is someone else
            lo, hi = sorted((tok.i, cur.i))
            if any(t.text in QUOTE_MARKS for t in tok.doc[lo + 1 : hi]):
                return tok
            if tok.lower_ == "they":
                group = spoken_for(subj)
                if group is subj and subj.tag_ == "NN" and not any(c.dep_ == "conj" for c in subj.children) and (
                        subj.lemma_.lower() not in w.THEY_SPEAKERS):
                    # "the army said they attacked rebel bases": one speaker named by a common noun is no "they";
                    # the resolver finds whom it stands for (a body of many may be: "police said they arrested ...";
                    # and a name may speak for its own: "UNITA claimed they had attacked", "Ali said they will strike")
                    return tok
                return group
            return subj
    return tok


#: the pronouns of a woman and of a man (the titles that say which a person is: words.WOMEN_TITLES, MEN_TITLES)
_SHE = frozenset({"she", "her", "hers", "herself"})
_HE = frozenset({"he", "him", "his", "himself"})


def gender_clash(pronoun: Token, name: Token) -> bool:
    """Whether a "he" cannot stand for ``name`` (a woman by her title: "Ms. Novak"), or a "she" for a man by his
    ("Mr. Berg")."""
    titles = {c.lower_ for c in name.children if c.dep_ in ("compound", "amod", "nmod") and c.i < name.i}
    if name.i > 0 and name.doc[name.i - 1].dep_ in ("compound", "punct"):
        titles.add(name.doc[name.i - 1].lower_)
    word = pronoun.lower_
    return bool((word in _HE and titles & w.WOMEN_TITLES) or (word in _SHE and titles & w.MEN_TITLES))


def _group_described(tok: Token) -> Token | None:
    """The group a description subject of a reported clause stands for, where the one who reports it speaks for a
    group: "a spokesman for the Tamil Tigers said the rebels would observe the truce", "a senior Hamas official said
    the group would not ..."; None for any other token."""
    if tok.pos_ != "NOUN" or tok.dep_ not in ("nsubj", "nsubjpass") or not {tok.lemma_.lower(), tok.lower_} & w.GROUP_DESCRIPTIONS:
        return None
    if not any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children) or len(list(tok.children)) > 1:
        return None
    clause = tok.head
    if clause.dep_ not in ("ccomp", "parataxis") or clause.head.lemma_.lower() not in SPEECH_VERBS:
        return None
    speaker = next((c for c in clause.head.children if c.dep_ == "nsubj" and c.pos_ in ("NOUN", "PROPN")), None)
    if speaker is None:
        return None
    group = spoken_for(speaker)
    if group is not speaker:
        return group
    # ("a senior Hamas official": the name before the speaker's office)
    return next((c for c in speaker.children if c.dep_ in ("compound", "poss", "nmod") and c.i < speaker.i
                 and (c.ent_type_ in ("ORG", "NORP") or c.pos_ == "PROPN")), None)  # fmt: skip


def spoken_for(speaker: Token) -> Token:
    """The group a singular speaker speaks for, which a "they" or "their" after it stands for ("a spokesman for the
    Houthis said their forces ...", "a leader of the protesters said they would march"); ``speaker`` itself where it
    is none."""
    if speaker.lemma_.lower() not in w.SPEAKING_NOUNS or speaker.tag_ not in ("NN", "NNP"):
        return speaker
    return next((g for g in pobjs(speaker, "for", "of") if g.tag_ in ("NNS", "NNPS") or g.ent_type_ in ("ORG", "NORP", "GPE")
                 or g.lemma_.lower() in w.ARMED_NOUNS or _plural_name(g)), speaker)  # fmt: skip


def _plural_name(tok: Token) -> bool:
    """Whether ``tok`` is a group's name in the plural, which the tagger may call one person ("the Houthis")."""
    return tok.pos_ == "PROPN" and tok.lower_.endswith("s") and any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children)


#: quotation marks as tokens ("``" and "''" are the tagger's forms of straight quotes)
QUOTE_MARKS = frozenset({'"', "“", "”", "``", "''", "«", "»"})


def claimed_for(thing: Token) -> Token | None:
    """Who claimed responsibility for ``thing``, a common noun ("Al-Shabaab claimed responsibility for a car bomb",
    "the group said it was responsible for the blast"): the subject of the claim; None for any other noun."""
    if thing.pos_ != "NOUN" or thing.dep_ != "pobj" or thing.head.lower_ != "for":
        return None
    holder = thing.head.head
    if holder.lemma_.lower() not in ("responsibility", "responsible"):
        return None
    verb = holder if holder.pos_ in ("VERB", "AUX") else verb_above(holder)
    return subject(verb) if verb is not None and not any(c.dep_ == "neg" for c in verb.children) else None


def reduced_relative(verb: Token) -> bool:
    """Whether a participle the parser joins to an earlier verb as its conjunct describes the noun right before it
    ("respect the ceasefire agreed in Jeddah", "the deal signed last year"): no "and", "or" or comma joins them,
    and the noun is the object of a verb between them."""
    if verb.tag_ not in ("VBN", "VBD") or verb.i == 0 or any(c.dep_ == "nsubj" for c in verb.children):
        return False
    before = verb.doc[verb.i - 1]
    if before.pos_ not in ("NOUN", "PROPN") or before.dep_ not in ("dobj", "pobj"):
        return False
    joined = any(t.dep_ == "cc" or t.is_punct for t in verb.doc[verb.head.i + 1 : verb.i])
    return not joined and verb.head.is_ancestor(before)


def misread_possessor(tok: Token) -> Token | None:
    """The office whose "of" phrase the parser ran on into a possessive: in "the governor of Gilan's decision"
    it reads "the governor of [Gilan's decision]", and the decision is the governor's, not the
    province's. The office's noun ("governor") for such a possessive ``tok``; None for any other token."""
    if tok.dep_ != "poss" or tok.pos_ != "PROPN":
        return None
    owned = tok.head
    if owned.dep_ != "pobj" or owned.head.lower_ != "of" or owned.pos_ != "NOUN":
        return None
    office = owned.head.head
    return office if office.pos_ == "NOUN" and office.lemma_.lower() in w.PERSON_NOUNS else None


def owner_antecedent(poss: Token) -> Token:
    """The reporting clause's subject a possessive on a reported clause's subject stands for ("the commander said
    his fighters attacked": the commander); ``poss`` itself where it is no such possessive."""
    noun = poss.head
    if poss.dep_ != "poss" or noun.dep_ not in ("nsubj", "nsubjpass"):
        return poss
    cur = noun.head
    for _ in range(4):
        if cur.dep_ not in ("ccomp", "xcomp", "advcl", "conj") or cur.head.i == cur.i:
            break
        cur = cur.head
        subj = next((c for c in cur.children if c.dep_ == "nsubj" and c.pos_ != "PRON"), None)
        if subj is not None:
            return spoken_for(subj) if poss.lower_ == "their" else subj
    return poss


def of_objects(noun: Token) -> list[Token]:
    """The "of" objects of an event noun that are not its subject's own ("of its troops")."""
    return [
        g
        for p in noun.children
        if p.dep_ == "prep" and p.lower_ == "of"
        for g in p.children
        if g.dep_ == "pobj" and not any(x.dep_ == "poss" and x.pos_ == "PRON" for x in g.children)
    ]


def unarmed_foe(noun: Token) -> bool:
    """Whether ``noun`` names what is fought without any enemy: a disease, a social ill or a force of nature ("to
    fight inflation", "fought the blaze"; :data:`words.UNARMED_FOES`, :data:`words.NATURAL_FORCES`)."""
    return bool({noun.lemma_.lower(), noun.lower_} & (w.UNARMED_FOES | w.NATURAL_FORCES))


def is_helper(prep: Token, pobj: Token) -> bool:
    return prep.lower_ == "with" and pobj.lemma_.lower() in w.HELP_NOUNS


def first_conjunct(tok: Token) -> Token:
    while tok.dep_ == "conj" and tok.head.i != tok.i:
        tok = tok.head
    return tok


def object_verb(tok: Token) -> Token | None:
    """The head of the direct object ``tok`` is, or is listed with ("made available tents and medical supplies":
    made, for both); None where it is no direct object."""
    first = first_conjunct(tok)
    return first.head if first.dep_ == "dobj" else None


def noun_before(tok: Token) -> Token | None:
    """The noun phrase right before ``tok`` (past a comma or dash), from its first conjunct."""
    i = tok.i - 1
    while i >= tok.sent.start and tok.doc[i].is_punct:
        i -= 1
    if i < tok.sent.start or tok.doc[i].pos_ not in ("NOUN", "PROPN"):
        return None
    head = tok.doc[i]
    while head.dep_ in ("compound", "amod", "nmod") and head.head.i > head.i:
        head = head.head
    return first_conjunct(head)


def clause_head(tok: Token) -> Token:
    """The verb that carries a trigger's tense: the trigger, or the verb a noun trigger is the object of."""
    if tok.pos_ != "VERB" and tok.dep_ in ("dobj", "attr", "nsubjpass") and tok.head.pos_ in ("VERB", "AUX"):
        return tok.head
    return tok


#: personal pronouns that may be the one a request, threat or promise is made to ("asked me to convey ...")
ADDRESSED_PRONOUNS = frozenset({"me", "us", "him", "her", "them"})


def addressed_pronoun(verb: Token) -> Token | None:
    """The personal pronoun ``verb`` is said to ("have asked me to convey a message to Tehran"): the act is aimed at
    whom it stands for, not at anyone its content names."""
    return next((c for c in verb.children if c.dep_ in ("dobj", "dative") and c.lower_ in ADDRESSED_PRONOUNS), None)


def condition_clauses(verb: Token) -> list[Token]:
    """The clauses of ``verb`` that set a condition ("... if Israel attacks", "... unless Israel rescinds ...")."""
    return [c for c in verb.children if c.dep_ == "advcl" and any(g.dep_ == "mark" and g.lower_ in w.CONDITION_MARKS for g in c.children)]


def border_neighbour(tok: Token) -> bool:
    """Whether ``tok`` is the neighbour that says which border is meant ("the border with Iran", "its frontier
    with Turkey"), also where the parser hangs the "with" from the verb ("seized a crossing on the border with
    Turkey")."""
    if tok.dep_ != "pobj" or tok.head.lower_ != "with":
        return False
    with_ = tok.head
    before = tok.doc[with_.i - 1] if with_.i > 0 else with_
    return with_.head.lemma_.lower() in w.BORDER_NOUNS or before.lemma_.lower() in w.BORDER_NOUNS


def partner(tok: Token) -> bool:
    """Whether ``tok`` is the other side of what one has with it ("the border agreement with Kyrgyzstan", "talks
    with Iran", "its relations with Russia")."""
    if tok.dep_ != "pobj" or tok.head.lower_ != "with":
        return False
    owner = tok.head.head
    return owner.pos_ == "NOUN" and (owner.lemma_.lower() in w.PARTNERSHIP_NOUNS or owner.lemma_.lower() in w.MEETING_WORDS)


def outside_attribution(tok: Token) -> bool:
    """False for tokens inside "according to X"."""
    return all(anc.lower_ != "according" for anc in tok.ancestors)


def noun_contents(noun: Token, *, said: bool = True) -> list[Token]:
    """The clauses that say what a noun is of: its infinitives ("an offer to mediate", "a threat to strike") and,
    with ``said``, its clauses of "that" ("a warning that Nairobi will not stand for a coup"); [] for a verb."""
    if noun.pos_ not in ("NOUN", "PROPN"):
        return []
    return [c for c in noun.children if c.dep_ == "acl" and c.pos_ in ("VERB", "AUX") and any(
        (g.dep_ == "aux" and g.lower_ == "to") or (said and g.dep_ == "mark" and g.lower_ == "that") for g in c.children)]


def purpose_clause(c: Token) -> bool:
    """A clause saying what an act is for: "to demand ...", "calling for ..." (not a feeling it stirred: "visited the
    shrine, angering China")."""
    return c.dep_ in ("advcl", "xcomp", "relcl", "acl") and c.pos_ == "VERB" and (
        (c.tag_ == "VBG" and c.lemma_.lower() not in w.STIRRING_VERBS) or any(g.dep_ == "aux" and g.lower_ == "to" for g in c.children)
    )
