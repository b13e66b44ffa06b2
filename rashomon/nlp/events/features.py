"""What the event model sees of a candidate: named string features from its trigger, the rules' reading of
it, the parse around it and the sentence it is in.

The same function feeds training (eval/train_events.py) and coding, so a model never sees features
computed another way than it was fitted on. Features name words only through lemmas and parse labels;
actors only through what kind they are (resolved or not, their sector), never through who they are, so a
model fitted on one story's actors carries over to another's.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.symbols import ADJ, NOUN, VERB

from rashomon.nlp.attribution import SPEECH_VERBS
from rashomon.nlp.events import syntax as sx
from rashomon.nlp.events.candidates import Candidate
from rashomon.nlp.lexicon import triggers
from rashomon.nlp.modality import is_negated
from rashomon.nlp.ontology import lookup
from rashomon.nlp.pipeline import token_numbers

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

    from rashomon.records import ActorMention

#: auxiliaries that make an act possible, wished, owed or promised rather than done
MODAL_AUX = frozenset({"will", "would", "shall", "'ll", "’ll", "wo", "could", "can", "may", "might", "must", "should", "ca"})
#: subordinators that make a clause a condition or a question
CONDITION_WORDS = frozenset({"if", "unless", "whether", "until", "when"})
#: parts of speech whose lemmas describe what a sentence is about (names are left out: who acts is no cue to
#: what the act is)
CONTENT_POS = frozenset({"NOUN", "VERB", "ADJ"})


def _actor_kind(mentions: tuple[ActorMention, ...]) -> list[str]:
    """What kind of actors a role holds: none, only unresolved words, or resolved ones with their sectors."""
    if not mentions:
        return ["none"]
    resolved = [m for m in mentions if m.resolved and m.actor is not None]
    if not resolved:
        return ["unresolved"]
    out = ["resolved", "n2" if len(resolved) > 1 else "n1"]
    for m in resolved:
        assert m.actor is not None
        out.append(f"sec:{m.actor.sector or 'country'}")
        if m.via in ("context", "place", "demonym", "coref"):
            out.append(f"via:{m.via}")
    return out


def _word(tok: Token) -> str:
    """A word's lemma, or for a name the kind of name it is (features never name who is involved)."""
    if tok.pos_ == "PROPN" or tok.ent_type_ in ("GPE", "NORP", "PERSON", "ORG"):
        return f"<{tok.ent_type_ or 'PROPN'}>"
    return tok.lemma_.lower()


def _rows(tok: Token) -> set[str]:
    """The PLOVER types any lexicon row of the token's lemma names, whatever its cue."""
    pos = "V" if tok.pos_ == "VERB" else "N"
    out = set()
    for key in ((pos, tok.lemma_.lower()), (pos, tok.lower_)):
        for row in triggers().get(key, ()):
            plover = lookup(row.cameo).plover
            if plover:
                out.add(plover)
    return out


def _reported(head: Token) -> bool:
    """Whether a clause is what a verb of saying reports ("X said (that) Y attacked Z")."""
    cur = head
    for _ in range(4):
        if cur.head.i == cur.i or cur.dep_ not in ("ccomp", "parataxis", "xcomp", "conj"):
            return False
        cur = cur.head
        if cur.lemma_.lower() in SPEECH_VERBS:
            return True
    return False


def _clause_features(head: Token) -> list[str]:
    """Tense, modality and polarity of the clause a trigger's act is told in."""
    out = []
    for c in head.children:
        if c.dep_ in ("aux", "auxpass") and c.lower_ in MODAL_AUX:
            out.append(f"aux={c.lower_}")
        elif c.dep_ == "mark" and c.lower_ in CONDITION_WORDS:
            out.append(f"mark={c.lower_}")
        elif c.dep_ == "auxpass":
            out.append("passive")
    if is_negated(head):
        out.append("negated")
    if head.tag_ in ("VBD", "VBN"):
        out.append("past")
    elif head.tag_ in ("VBG",):
        out.append("gerund")
    elif head.tag_ == "VB" and any(c.dep_ == "aux" and c.lower_ == "to" for c in head.children):
        out.append("infinitive")
    return out


def sentence_features(sent: Span) -> list[str]:
    """What every candidate of ``sent`` shares: the lemmas of its content words, and whether it asks. Kept in
    the parsed document's ``user_data``: the topic model and the event model both read them."""
    key = f"rashomon.sentence_features.{sent.start}.{sent.end}"
    kept = sent.doc.user_data.get(key)
    if kept is None:
        kept = sent.doc.user_data[key] = _sentence_features(sent)
    return list(kept)


def _sentence_features(sent: Span) -> list[str]:
    # read off the token arrays (pipeline.token_numbers): every sentence of an article is read, for its topic
    doc = sent.doc
    pos, stop, alpha, lemma, space = (token_numbers(doc, a) for a in ("POS", "IS_STOP", "IS_ALPHA", "LEMMA", "IS_SPACE"))
    f: list[str] = []
    seen: set[str] = set()
    for i in range(sent.start, sent.end):
        if pos[i] in _CONTENT_IDS and not stop[i] and alpha[i]:
            lem = _lower(doc, lemma[i])
            if lem not in seen:
                seen.add(lem)
                f.append(f"w={lem}")
    last = next((i for i in range(sent.end - 1, sent.start - 1, -1) if not space[i]), None)
    if last is not None and doc[last].text == "?":
        f.append("question")
    return f


#: CONTENT_POS as spaCy's numbers for them
_CONTENT_IDS = frozenset({ADJ, NOUN, VERB})
#: a string's number -> the string in lower case (:func:`_lower`)
_LOWERED: dict[int, str] = {}


def _lower(doc: Doc, number: int) -> str:
    """The string spaCy numbers ``number`` (a lemma), in lower case, read once a process for each number."""
    found = _LOWERED.get(number)
    if found is None:
        if len(_LOWERED) > 200_000:
            _LOWERED.clear()
        found = _LOWERED[number] = doc.vocab.strings[number].lower()
    return found


def candidate_features(cand: Candidate, sent: Span, rank: int, shared: list[str] | None = None) -> list[str]:
    """The features of one candidate of ``sent`` (``rank``: its place in the rules' salience order; ``shared``:
    the sentence's own features, :func:`sentence_features`, when the caller has them already)."""
    coded = cand.coded
    tok = coded.trigger
    lemma = tok.lemma_.lower()
    pos = "V" if tok.pos_ == "VERB" else "N"
    info = lookup(coded.row.cameo)
    rule = info.plover or "?"
    f = [
        "bias",
        f"lem={lemma}",
        f"pos={pos}",
        f"lem+pos={lemma}|{pos}",
        f"rule={rule}",
        f"rule+pos={rule}|{pos}",
        f"root={coded.row.cameo[:2]}",
        f"code={coded.row.cameo}",
        f"cue={coded.row.cue_kind or '-'}",
        f"rule+cue={rule}|{coded.row.cue_kind or '-'}",
        f"drop={cand.dropped or 'kept'}",
        f"rule+drop={rule}|{cand.dropped or 'kept'}",
        f"depth={min(cand.depth, 6)}",
        f"rank={min(rank, 3)}",
        f"dep={tok.dep_}",
        f"lem+dep={lemma}|{tok.dep_}",
        f"head={tok.head.lemma_.lower()}|{tok.dep_}",
    ]
    if coded.row.mode:
        f.append(f"mode={coded.row.mode}")
    # what the CAMEO verb patterns say of a verb, and whether it agrees with the rules
    pattern = cand.pattern
    if pattern is not None:
        petr = lookup(pattern[0]).plover
        f += [f"petr={petr}", f"petr+words={petr}|{min(pattern[1], 2)}", f"petr=rule:{petr == rule}"]
    f += [f"lex={t}" for t in sorted(_rows(tok))]
    head = sx.clause_head(tok)
    f += _clause_features(head)
    if _reported(head):
        f.append("reported")
    if head is not tok:
        f.append(f"carrier={head.lemma_.lower()}")
    # what the trigger governs: its object, particle and prepositions
    for c in tok.children:
        if c.dep_ in ("dobj", "attr", "nsubjpass", "dative"):
            obj = _word(c)
            f.append(f"obj={obj}")
            f.append(f"lem+obj={lemma}|{obj}")
            if c.ent_type_:
                f.append(f"obj_ent={c.ent_type_}")
        elif c.dep_ == "prt":
            f.append(f"lem+prt={lemma}|{c.lower_}")
        elif c.dep_ in ("prep", "agent"):
            f.append(f"prep={c.lower_}")
            f.append(f"lem+prep={lemma}|{c.lower_}")
        elif c.dep_ in ("xcomp", "ccomp") and c.pos_ in ("VERB", "AUX"):
            f.append(f"comp={c.lemma_.lower()}")
        elif c.dep_ in ("nsubj", "nsubjpass") and c.ent_type_:
            f.append(f"subj_ent={c.ent_type_}")
        elif c.dep_ in ("amod", "compound") and tok.pos_ != "VERB":
            f.append(f"mod={_word(c)}")
    # who is around it, by kind
    sources = _actor_kind(coded.source)
    f += [f"src:{k}" for k in sources]
    f += [f"tgt:{k}" for k in _actor_kind(coded.target)]
    f.append(f"lem+src={lemma}|{sources[1] if len(sources) > 1 else sources[0]}")  # one side or a joint act
    f.append(f"roles={'S' if coded.source else '-'}{'T' if coded.target else '-'}")
    # the words of its phrase and of the sentence
    parts, lemmas = token_numbers(tok.doc, "POS"), token_numbers(tok.doc, "LEMMA")
    for t in tok.subtree:
        if t.i != tok.i and parts[t.i] == NOUN:
            f.append(f"sub={_lower(tok.doc, lemmas[t.i])}")
    return f + (shared if shared is not None else sentence_features(sent))
