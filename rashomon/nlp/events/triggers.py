"""Which words are event triggers: a token's lexicon row (rashomon/data/event_lexicon.tsv), its cue checked
against the parse (the object, preposition, governed verb, modifier or negation the row asks for); and, for
verbs the lexicon does not list, the code the CAMEO verb patterns give them (rashomon.nlp.verbs)."""

from __future__ import annotations

from functools import cache
from typing import TYPE_CHECKING

from spacy.symbols import NOUN, PROPN, VERB

from rashomon.nlp.events import syntax as sx
from rashomon.nlp.events import words as w
from rashomon.nlp.lexicon import Trigger, triggers
from rashomon.nlp.modality import is_negated
from rashomon.nlp.ontology import lookup
from rashomon.nlp.pipeline import token_numbers
from rashomon.nlp.verbs import VerbMatch, match, when_prep

if TYPE_CHECKING:
    from spacy.tokens import Span, Token


def singular_forms(tok: Token) -> tuple[str, ...]:
    """A plural noun's form without its ending, for the lemmatizer's slips ("bases" is not "basis")."""
    low = tok.lower_
    if tok.tag_ != "NNS" or not low.endswith("s"):
        return ()
    return (low[:-1], low[:-2]) if low.endswith("es") else (low[:-1],)


#: The cue word (``obj:@held``) an object meets when it is control of a place or a part of one ("took
#: control of Garma", "established control over an area", "take all of Armenia"): the place's capture,
#: whatever the place's name.
HELD = "@held"
#: The cue word (``obj:@person``) an object meets when it is a person named ("called President Erdogan"), not
#: when the verb also names what the person is called ("called Erdogan a dictator").
PERSON = "@person"
#: The cue word (``obj:@place``) an object meets when it is a place named ("struck Kyiv").
PLACE = "@place"
#: The cue word (``obj:@people``) an object meets when its own noun names people one may strike (words.STRUCK_PEOPLE:
#: "hit a protester", not "hit civilian homes") or it is a person named.
PEOPLE = "@people"
#: The cue word (``subj:@armed``) a subject meets when its noun names armed men (words.ARMED_NOUNS, gunmen, snipers):
#: "Armenian troops fired first".
ARMED = "@armed"


def _held_place(control: Token) -> bool:
    """Whether ``control`` is control of or over a place: one the entity recognizer names, or an area noun
    (the parser may hang "over" from the verb: "established control over an area")."""
    preps = [p for p in control.children if p.dep_ == "prep" and p.lower_ in ("of", "over")]
    preps += [p for p in control.head.children if p.dep_ == "prep" and p.lower_ == "over"]
    return any(
        g.dep_ == "pobj" and (g.ent_type_ in ("GPE", "LOC", "FAC") or g.lemma_.lower() in w.PLACE_NOUNS)
        for p in preps
        for g in p.children
    )


def cue_matches(tok: Token, row: Trigger) -> bool:
    return bool(_match(tok, row))


#: how a row's cue meets a token: not at all, through an object of one of its prepositions only, directly
NO_MATCH, BY_PREP, DIRECT = 0, 1, 2


def _match(tok: Token, row: Trigger) -> int:
    """How ``row``'s cue meets ``tok``: an "obj" cue met only by the object of a preposition ("opened fire
    along the border") is BY_PREP, which a later row's direct object ("obj:fire") outranks."""
    if row.cue_kind is None:
        return DIRECT
    if row.cue_kind == "obj":
        objects = [c for c in tok.children if c.dep_ in ("dobj", "attr", "oprd", "nsubjpass", "dative")]
        # "took three foreigners hostage": a bare noun the parser hangs from the verb says what its object became
        objects += [
            c for c in tok.children
            # (not a clause the parser made a noun of: "if Baku attacks, Yerevan will respond")
            if c.dep_ in ("advcl", "npadvmod", "xcomp") and c.pos_ == "NOUN" and not any(g.dep_ in ("nsubj", "aux", "det", "mark") for g in c.children)
        ]  # fmt: skip
        # "obj:*": the transitive reading ("returned the districts", not "returned to Geneva");
        # "obj:-": the intransitive one ("Armenia mobilized", not "mobilized pressure groups")
        if "*" in row.cue_words or "-" in row.cue_words:
            return bool(objects) == ("*" in row.cue_words)
        # "sent vehicles and a team of paratroopers": each object of a list names what was sent
        objects += [g for c in objects for g in c.children if g.dep_ == "conj" and g.pos_ in ("NOUN", "PROPN")]
        for c in objects:
            words = {c.lemma_.lower(), c.lower_, c.doc[c.left_edge.i : c.i + 1].text.lower().split(" ")[-1], *singular_forms(c)}
            # "the UN refugee agency, UNHCR" is an agency, not refugees
            if c.ent_type_ != "ORG" and not any(g.dep_ == "appos" for g in c.children):
                words |= {g.lemma_.lower() for g in c.children if g.dep_ in ("compound", "amod")}
            # "kept villagers as human shields": what the object is held as names it
            words |= {g.lemma_.lower() for p in c.children if p.dep_ == "prep" and p.lower_ == "as" for g in p.children if g.dep_ == "pobj"}
            # a measure, a part or a kind of the thing names it: "700 kg of medicine", "a state of siege" (not
            # an account of it: "gave his narrative of the assistance")
            if c.lemma_.lower() not in w.ACCOUNT_NOUNS:
                words |= {g.lemma_.lower() for p in c.children if p.dep_ == "prep" and p.lower_ == "of" for g in p.children if g.dep_ == "pobj"}
            if (c.lemma_.lower() == "control" or c.lower_ in w.PORTIONS) and _held_place(c):
                words.add(HELD)
            # (a name the tagger calls something else that one telephones is a person's: "Blinken called Lavrov", not
            # a place's, "called Moscow")
            phoned = tok.lemma_.lower() in w.PHONING_VERBS | {"call"} and c.pos_ == "PROPN" and c.ent_type_ not in ("GPE", "LOC", "FAC", "NORP")
            if (c.ent_type_ == "PERSON" or phoned) and not any(o.dep_ == "oprd" and o.ent_type_ != "PERSON" and o is not c for o in objects):
                words.add(PERSON)
            if c.ent_type_ in ("GPE", "LOC", "FAC"):
                words.add(PLACE)
            if c.ent_type_ == "PERSON" or c.lemma_.lower() in w.STRUCK_PEOPLE or c.lower_ in w.STRUCK_PEOPLE:
                words.add(PEOPLE)
            elif (counted := sx.counted(c)) is not c and (
                    (counted.ent_type_ == "NORP" and counted.tag_ in ("NNS", "NNPS")) or counted.lemma_.lower() in w.STRUCK_PEOPLE):
                words.add(PEOPLE)  # "dozens of villagers", "hundreds of Kurds": the people counted
            if c.ent_type_ == "MONEY" and any(t.tag_ == "$" for t in c.subtree):
                words.add("$")  # "gave $5 million": the sum's head is the number, its currency sign a modifier
            if (before := sx.thing_before(c)) is not None:
                words.add(before.lemma_.lower())  # "took the base after the soldiers left it": the base was left
            if words & row.cue_words:
                return DIRECT
        for c in tok.children:
            # "took place in the town": the idiom's preposition says where it happened, not what was taken
            # ("captured the town from the militants": whom a thing is taken from is not what was taken; "left the
            # city under an evacuation deal": the agreement one acts under is not what one acts on)
            under_deal = c.lower_ == "under" and any(g.lemma_.lower() in w.CONTAINER_NOUNS for g in c.children)
            # ("held drills during the talks", "held a rally over the talks": an act one's act comes beside or
            # answers is not what one does)
            beside = c.lower_ in w.TIME_PREPS or c.lower_ in ("over", "about")
            if c.dep_ == "prep" and not (c.lower_ == "from" and objects) and not under_deal and not beside and not any(
                o.lemma_.lower() == "place" and o.dep_ == "dobj" for o in objects
            ):
                # "pulled out of the accord": the object of a preposition the particle governs
                # (and what a level or a state is of: "put its troops on the highest level of combat readiness")
                held = [g for p in c.children if p.dep_ == "pobj" and p.lemma_.lower() in ("level", "state", "status", "footing")
                        for q in p.children if q.dep_ == "prep" and q.lower_ == "of" for g in q.children]  # fmt: skip
                for g in [*c.children, *(g for p in c.children if p.dep_ == "prep" for g in p.children), *held]:
                    # ("the body was found with bullet wounds": a wound's kind is not what the verb acts on)
                    if g.dep_ == "pobj" and g.lemma_.lower() not in w.INJURY_NOUNS and (
                        {g.lemma_.lower(), g.lower_} | {m.lemma_.lower() for m in g.children if m.dep_ == "compound"}
                    ) & row.cue_words:
                        return BY_PREP
            # a noun's kind named by what it involves: "24 shots involving small arms" (small-arms shots)
            if c.dep_ == "acl" and c.lemma_.lower() in ("involve", "use") and any(
                g.dep_ == "dobj" and {g.lemma_.lower(), g.lower_} & row.cue_words for g in c.children
            ):
                return DIRECT
        return NO_MATCH
    return DIRECT if _other_cue(tok, row) else NO_MATCH


def _dashed(word: Token) -> str:
    """``word`` with the first part of the hyphenated word it ends ("anti-terrorist" from "anti", "-", "terrorist"),
    else the word alone."""
    first = sx.hyphened(word)
    return f"{first.lower_}-{word.lower_}" if first is not None else word.lower_


def _other_cue(tok: Token, row: Trigger) -> bool:
    """Whether a cue other than "obj" meets ``tok``."""
    if row.cue_kind == "neg":
        # ("must not allow", "should not tolerate": a prohibition the subject is under, no threat it makes)
        # ("had not allowed any weapons in", "did not tolerate dissent": what was not let happen, no threat of what
        # will be done; a refusal is one whenever it was made)
        past = tok.tag_ == "VBD" or any(
            c.dep_ == "aux" and (c.lemma_.lower() == "have" or (c.lemma_.lower() == "do" and c.tag_ not in ("VBP", "VBZ")))
            for c in tok.children
        )
        return (is_negated(tok) and not any(c.dep_ == "aux" and c.lower_ in w.OBLIGATION_AUX for c in tok.children)
                and not (past and row.cameo.startswith("13")))
    if row.cue_kind == "mod":
        # two countries' names paired by a dash make the act a joint one ("a Turkish-Azerbaijani drill")
        if "joint" in row.cue_words and any(
            c.dep_ in ("amod", "compound", "nmod") and sx.dash_partner(c) is not None for c in tok.children
        ):
            return True
        # a hyphenated modifier is split by the tokenizer: "open-ended" is "open - ended" under "ended", and
        # "anti-terrorist" may be three modifiers side by side
        # (and a possessor of people: "the writers' strike")
        return any(
            (c.dep_ in ("amod", "compound", "nmod") or (c.dep_ == "poss" and c.pos_ == "NOUN"))
            and ({c.lemma_.lower(), c.doc[c.left_edge.i : c.i + 1].text.lower().replace(" ", ""), _dashed(c)} & row.cue_words)
            for c in tok.children
        )
    if row.cue_kind == "conj":
        # "strikes and protests", "protests and strikes": the nouns it is listed with
        listed = [c for c in tok.children if c.dep_ == "conj"] + ([tok.head] if tok.dep_ == "conj" else [])
        listed += [c for h in listed[-1:] if tok.dep_ == "conj" for c in h.children if c.dep_ == "conj" and c.i != tok.i]
        return any(c.lemma_.lower() in row.cue_words for c in listed)
    if row.cue_kind == "head":
        # (not what is aimed "on" or "at" someone: "Turkey halted its strikes on Kurdish positions")
        return governing_verb(tok) in row.cue_words and not any(
            c.dep_ == "prep" and c.lower_ in ("on", "at") and not when_prep(c) for c in tok.children
        )
    if row.cue_kind == "subj":
        # "Armenian troops fired first", "gunmen fired indiscriminately": what armed men do with no object named
        subject = sx.subject(tok) if tok.pos_ == "VERB" else None
        if subject is None or any(c.dep_ in ("dobj", "nsubjpass", "auxpass") for c in tok.children):
            return False
        if (tok.dep_ == "conj" and tok.tag_ == "VBN" and not any(c.dep_ in ("nsubj", "nsubjpass") for c in tok.children)
                and any(c.dep_ in ("nsubjpass", "auxpass") for c in tok.head.children)):
            return False  # "a local man was arrested and charged, officers said": a passive's conjunct is passive too
        if tok.lemma_.lower() in w.LEAVING_VERBS and any(c.dep_ == "prep" and c.lower_ in ("for", "to") for c in tok.children):
            return False  # "troops left for the front": sent somewhere, not withdrawn
        word = sx.counted(subject).lemma_.lower()
        return word in row.cue_words or (ARMED in row.cue_words and (word in w.ARMED_NOUNS or word in w.SHOOTER_NOUNS))
    if row.cue_kind == "prep":

        def met(c: Token) -> bool:
            return c.dep_ in ("prep", "prt", "agent") and c.lower_ in row.cue_words and not when_prep(c)

        if any(met(c) for c in tok.children):
            return True
        # the parser may hang the preposition from the verb's object or the object's last conjunct ("fired
        # machine guns at the factory", "fired IFVs and grenade launchers at the positions")
        objects = [o for c in tok.children if c.dep_ == "dobj" and c.i > tok.i for o in sx.with_conjuncts(c)]
        if any(met(g) for o in objects for g in o.children):
            return True
        # "pushing for the US to support ...", parsed as a clause marked by "for"
        return any(
            c.dep_ == "advcl" and any(g.dep_ == "mark" and g.lower_ in row.cue_words for g in c.children)
            for c in tok.children
        )
    # xcomp: the verb it governs ("agreed to meet", "agreed to hold talks"; a noun's: "an offer to mediate")
    for c in tok.children:
        if (c.dep_ in ("xcomp", "ccomp", "pcomp") or (c.dep_ == "acl" and tok.pos_ == "NOUN")) and c.lemma_.lower() in row.cue_words:
            # (not a fight with no enemy: "vowed to fight inflation" threatens no one)
            return not any(o.dep_ == "dobj" and sx.unarmed_foe(o) for o in c.children)
        if (c.dep_ == "xcomp" and c.pos_ in ("VERB", "AUX") and "*" in row.cue_words and c.lemma_.lower() not in w.CALL_PURPOSES
                and any(o.dep_ == "dobj" for o in tok.children)):
            # "xcomp:*": any verb it governs with someone to do it ("called the generals to stop fighting"), not a
            # call's purpose, nor a verb with no one asked ("pushed on to occupy the district": pressed ahead)
            return True
        if c.pos_ == "ADJ" and c.dep_ in ("advcl", "oprd", "acomp") and c.lemma_.lower() in row.cue_words:
            return True  # "set two sailors free": the state the verb puts its object in
        if c.dep_ == "prep":
            for g in c.children:
                if g.dep_ in ("pcomp", "pobj") and g.lemma_.lower() in row.cue_words:
                    return True
    return False


def governing_verb(noun: Token) -> str | None:
    """The lemma of the verb ``noun`` is the object of, directly or through a preposition ("joined a strike",
    "called for a strike"; "took part in a strike" is "participate"), or None."""
    head = noun.head
    if noun.dep_ == "pobj" and head.dep_ in ("prep", "dative"):
        if sx.took_part_in(head):
            return "participate"
        head = head.head
    elif noun.dep_ not in ("dobj", "nsubjpass"):
        return None
    return head.lemma_.lower() if head.pos_ == "VERB" and head.i != noun.i else None


@cache
def _lexicon_words() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """What :func:`lookup_trigger` can look up, to pass over a word at once: the verb lemmas a verb key
    starts with (a whole key, or the words before a particle), the noun lemmas a noun key ends with (a whole
    key, or the words after a compound modifier), and the noun keys whole (a word form)."""
    verb_starts: set[str] = set()
    noun_ends: set[str] = set()
    noun_keys: set[str] = set()
    for pos, key in triggers():
        words = key.split(" ")
        if pos == "V":
            verb_starts.update(" ".join(words[:k]) for k in range(1, len(words) + 1))
            verb_starts.add(words[0].rsplit("-", 1)[-1])  # the last part of a hyphenated verb ("fire" of "test-fire")
        else:
            noun_keys.add(key)
            noun_ends.update(" ".join(words[k:]) for k in range(len(words)))
            noun_ends.add(words[-1].rsplit("-", 1)[-1])  # the last part of a hyphenated word ("in" of "sit-in")
    return frozenset(verb_starts), frozenset(noun_ends), frozenset(noun_keys)


def obliging(sent: Span) -> bool:
    """Whether ``sent`` holds an auxiliary of obligation ("must", "should"; events.words.OBLIGATION_AUX),
    read off the lower-case forms' numbers: a sentence without one says of no clause that it must be done."""
    wanted = _obligation_ids()
    return any(x in wanted for x in token_numbers(sent.doc, "LOWER")[sent.start : sent.end])


@cache
def _obligation_ids() -> frozenset[int]:
    from spacy.strings import get_string_id

    return frozenset(get_string_id(word) for word in w.OBLIGATION_AUX)


def verb_indices(sent: Span) -> list[int]:
    """The indices of the verbs of ``sent``, in order (without a Token object for every word)."""
    pos = token_numbers(sent.doc, "POS")
    return [i for i in range(sent.start, sent.end) if pos[i] == VERB]


def trigger_indices(sent: Span) -> list[int]:
    """The indices of the verbs and nouns (common or proper) of ``sent`` that can be triggers: not those
    :func:`lookup_trigger` passes over whatever their parse (a verb whose lemma starts no verb key, a noun
    whose lemma ends no noun key and holds no compound of its own and whose form is no key). Read off the
    token arrays, without a Token object for each word."""
    doc = sent.doc
    pos, lemma, lower = (token_numbers(doc, a) for a in ("POS", "LEMMA", "LOWER"))
    may = _MAY_TRIGGER
    out = []
    for i in range(sent.start, sent.end):
        if pos[i] in (VERB, NOUN, PROPN):
            key = (pos[i], lemma[i], lower[i])
            known = may.get(key)
            if known is None:
                if len(may) > 200_000:
                    may.clear()
                known = may[key] = _may_trigger(pos[i] == VERB, doc.vocab.strings[lemma[i]].lower(),
                                                doc.vocab.strings[lower[i]])  # fmt: skip
            if known:
                out.append(i)
    return out


def _may_trigger(verb: bool, lemma: str, lower: str) -> bool:
    """Whether :func:`lookup_trigger` can find a row for a verb (or a noun) of this lemma and form."""
    verb_starts, noun_ends, noun_keys = _lexicon_words()
    if verb:
        return lemma in verb_starts
    return lemma in noun_ends or lemma in w.CONTAINER_NOUNS or lower in noun_keys


#: (part of speech, lemma, form) numbers -> :func:`_may_trigger` (the same words recur in every text)
_MAY_TRIGGER: dict[tuple[int, int, int], bool] = {}


def _says_so(verb: Token) -> bool:
    """Whether ``verb`` holds a clause that says what is or was ("insists it never targeted civilians", "insisted
    that the talks had failed"), not one of what should be ("insisted that Armenia withdraw", "insists on talks")."""
    for c in verb.children:
        if c.dep_ == "ccomp" and (c.tag_ in ("VBD", "VBZ") or any(
            a.dep_ in ("aux", "auxpass") and a.tag_ in ("VBD", "VBZ", "VBP") and a.lower_ not in ("should", "must")
            for a in c.children
        )):  # fmt: skip
            return True
    return False


def lookup_trigger(tok: Token) -> Trigger | None:
    pos = tok.pos_
    if pos not in ("VERB", "NOUN", "PROPN"):
        return None
    lex = triggers()
    verb_starts, noun_ends, noun_keys = _lexicon_words()
    lemma = tok.lemma_.lower()
    candidates: list[tuple[str, str]] = []
    if pos == "VERB":
        if lemma not in verb_starts:
            return None  # no verb key starts with it: neither it alone nor with a particle is listed
        # "won back the town": the parser may call "back" an adverb
        # (or a particle tag on an adverb: "set ablaze the house")
        prt = next((c.lower_ for c in tok.children if c.dep_ == "prt" or (c.dep_ == "advmod" and (c.lower_ == "back" or c.tag_ == "RP"))), None)
        if prt is None:
            # a particle parsed as a preposition with no object of its own, after the verb's object or right
            # after the verb: "forced the agency out of the country", "forces pulled out of the city"
            prt = next((c.lower_ for c in tok.children if c.dep_ == "prep" and c.lower_ in w.PARTICLES and c.i > tok.i
                        and not any(g.dep_ == "pobj" for g in c.children)), None)  # fmt: skip
        if prt and f"{lemma}_{prt}" in w.ENDING_PHRASAL and ("V", f"{lemma} {prt}") not in lex:
            return None  # "called off the strike": the verb ends the act its object names, which is read there
        if prt and f"{lemma}_{prt}" in w.IDIOM_PHRASAL:
            return None  # "sold out to the Israelis": no sale
        if lemma == "insist" and _says_so(tok):
            return None  # "Azerbaijan insists it never targeted civilians": a claim, not a demand
        if prt:
            candidates.append(("V", f"{lemma} {prt}"))
        first = sx.hyphened(tok)
        if first is not None:
            candidates.append(("V", f"{first.lower_}-{lemma}"))  # "test-fired a missile"
        if not (prt and f"{lemma}_{prt}" in w.ENDING_PHRASAL):
            # (an ending phrasal verb is never its bare verb: "called off the strike" is no strike called)
            candidates.append(("V", lemma))
    else:
        # "the Second Karabakh War", "the Bishkek Protocol", a headline's "Alliance": names, not events
        if tok.text[:1].isupper() and not sx.opens_sentence(tok):
            return None
        if lemma not in noun_ends and lemma not in w.CONTAINER_NOUNS and tok.lower_ not in noun_keys:
            return None  # no noun key ends with it, it holds no compound of its own, its form is no key
        first = sx.hyphened(tok)
        if first is not None:
            # "staged a sit-in": the hyphenated word whole, whatever the parse made of its parts
            candidates += [("N", f"{first.lower_}-{lemma}"), ("N", f"{first.lower_}-{tok.lower_}")]
        for c in tok.children:
            if c.dep_ == "compound":
                candidates.append(("N", f"{c.lemma_.lower()} {lemma}"))
        # "a ceasefire agreement", "an aid convoy": the more specific compound modifier names the event
        # a container noun carries; on other nouns it is a topic ("riot police", "aid workers", "trade
        # practices") or yields to the head ("ceasefire violations", "trade talks")
        for c in tok.children:
            if c.dep_ == "compound" and c.pos_ == "NOUN" and lemma in w.CONTAINER_NOUNS:
                candidates += [("N", c.lemma_.lower()), ("N", c.lower_)]
        candidates += [("N", lemma), ("N", tok.lower_)]
    for key in candidates:
        fallback: Trigger | None = None
        for row in lex.get(key, ()):
            how = _match(tok, row)
            if how == DIRECT and (fallback is None or row.cue_kind == "obj"):
                # an object met directly outranks one met through a preposition before it, a bare row does not
                return row
            if how == BY_PREP and fallback is None:
                fallback = row
        if fallback is not None:
            return fallback
    return None


def dictionary_reading(tok: Token) -> tuple[tuple[str, int] | None, bool]:
    """:func:`pattern_reading` of ``tok``, and whether the patterns' most specific match for the verb codes no event
    ("---"), is more specific than any that codes one, and matches a noun by its own word ("withdrew from the race": a
    race is no front line; not "attack since", whose word says only when, nor "police * &weapon": defusing a bomb is
    a disrupted use of weapons in the event data of ACLED and CASE); from one match of the patterns."""
    if tok.pos_ != "VERB":
        return None, False
    matches = match(tok)
    return _reading(matches), _declines(matches, tok)


def _declines(matches: list[VerbMatch], tok: Token) -> bool:
    coded = max((m.words for m in matches if m.code is not None or m.paired is not None), default=-1)
    doc = tok.doc
    return any(m.code is None and m.paired is None and m.words > max(coded, 0) and "&" not in m.pattern
               and any(doc[i].pos_ in ("NOUN", "PROPN") for i in m.tokens) for m in matches)  # fmt: skip


def pattern_reading(tok: Token) -> tuple[str, int] | None:
    """The CAMEO code the PETRARCH2-derived verb patterns (rashomon.nlp.verbs) give a verb, with how many of a
    pattern's words matched (0: the verb's bare code); None when they give it no event with a PLOVER type."""
    return _reading(match(tok)) if tok.pos_ == "VERB" else None


def _reading(matches: list[VerbMatch]) -> tuple[str, int] | None:
    for m in matches:
        if m.code is not None and lookup(m.code).plover:
            return m.code, m.words
    return None
