"""Tone toward each actor: what one sentence says about one actor mention, from the words that bear on it.

Not a sentence score pinned on every name: the dependency tree decides which evaluative words bear on
which mention. Two actors in one sentence can get opposite tones ("Azerbaijan liberated its lands from the
Armenian occupiers": the liberator is praised, the occupiers are blamed).

What bears on a mention (its root token, and the nouns that stand for it: "Obama's remarks", "the regime
of Aliyev", "the Trump administration", weighed by PROXY_WEIGHT):

- words modifying it: adjectives and nouns ("the brutal regime"), appositions ("Aliyev, the dictator"),
  relative and participial clauses ("Iran, which armed the rebels", "a leader accused of fraud");
- its verb when it is the subject: the verb's agent weight ("Iran aided ..."), adverbs on the verb
  ("falsely claimed"), a copula's complement ("X is a terrorist state"), what undergoing verbs bring
  ("faced sharp criticism", "drew praise"), what it makes or does ("committed atrocities", "made
  controversial remarks"), whom it backs ("aided the occupiers": the backer takes the backed one's tone),
  and the complements and conjoined verbs that share its subject ("refused to cooperate");
- what is done to it as object or passive subject ("Baku accuses Tehran", "was condemned"), and as the
  target of a noun or adjective ("criticism of X", "sanctions against X", "praise for X", "critical of X");
- the deed nouns it holds ("Armenia's aggression", "Armenian aggression");
- a loaded label in the mention itself ("the Zionist regime": ``ActorMention.loaded``).

Each such word is a cue with a weight from rashomon/data/tone_lexicon.tsv, scaled by the modifiers of
rashomon/data/tone_modifiers.tsv: negation flips it and weakens it ("did not help" -> "not help"), an
intensifier or a hedge scales it. The cues' clipped sum is the rule score.

A mention's score is a small model's (:class:`ToneModel`, data/tone_model.tsv, trained by
eval/train_basil_tone.py on half of BASIL's stories) over generic features of the mention
(:data:`FEATURES`): the cues' weights by role, whether the actor speaks or is quoted, its place in the
parse, the sentence's own evaluative words (weighed by closeness), negation, the headline. With the
encoder's token vectors (optional), data/tone_model_encoder.tsv also reads the sentence's mean vector.
A mention gets a ToneMention when some cue bears on it: a mention nothing is said about ("the border
between Iran and Azerbaijan") says nothing of the actor, and averaging it in would only pull every tone
toward 0 (on BASIL, with thresholds fit the same way on the tuning half, the mean over cued mentions gave
held-out macro-F1 0.415 against 0.372 for the mean over all mentions). So a mean over a document's
ToneMentions of an actor is the mean over what the document says about that actor.

Cost: token and dict look-ups over each mention's neighbourhood in the tree and once over each sentence with a
mention, and a small matrix product per segment; no extra spaCy runs.
"""

from __future__ import annotations

import bisect
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING, NamedTuple

import numpy as np

from rashomon.errors import InputError
from rashomon.nlp.pipeline import text_of, token_numbers
from rashomon.records import ActorMention, SegmentKind, ToneMention

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

LEXICON_FILE = "tone_lexicon.tsv"
MODIFIERS_FILE = "tone_modifiers.tsv"
POS = frozenset({"verb", "adj", "noun", "adv"})
FLAGS = frozenset({"experience", "produce", "transfer", "action"})
MODIFIER_KINDS = frozenset({"negate", "negverb", "intensify", "soften", "hedge"})

#: The weight of a loaded label that is the mention itself ("the Zionist regime", "the Armenian occupiers").
LOADED_WEIGHT = -0.5
#: What is said of a noun that stands for the actor ("Obama's remarks", "the regime of Aliyev") counts this much.
PROXY_WEIGHT = 0.7
#: How far proxies chain: one step ("Obama's remarks"), not on to "the footage of Obama's remarks".
MAX_PROXY_DEPTH = 1
#: The deed an actor is accused of adds this share of its weight ("accused of corruption").
CHARGE_WEIGHT = 0.5
#: A backer takes this share of the tone of whom it backs ("aided the occupiers").
TRANSFER_WEIGHT = 0.7
#: "amid criticism": what surrounds the subject's act counts this much.
AMID_WEIGHT = 0.7

_SPACY_POS = {"VERB": "verb", "AUX": "verb", "ADJ": "adj", "NOUN": "noun", "PROPN": "noun", "ADV": "adv"}
_COPULAS = frozenset({"be", "become", "remain", "seem", "appear", "look", "sound", "prove", "stay", "grow"})
_RELATIVE = frozenset({"who", "which", "that", "whom"})
_SUBJECTS = frozenset({"nsubj", "csubj"})
_MODIFIER_DEPS = frozenset({"amod", "compound", "nmod", "appos", "acomp", "advmod", "npadvmod"})
_TARGET_PREPS = frozenset({"against", "on", "at", "toward", "towards", "upon", "for", "to", "with", "of", "over"})
_VERB_TARGET_PREPS = frozenset({"against", "on", "at", "toward", "towards", "upon", "for"})
_CHARGE_PREPS = frozenset({"of", "for", "with"})
_HOLDER_PREPS = frozenset({"of", "by"})


class _Numbers(NamedTuple):
    """Strings the scorer compares tokens with, as the numbers spaCy keeps for them (``Token.orth``,
    ``Token.dep``): comparing numbers spares building the token's strings."""

    quote_marks: frozenset[int]  # a quotation mark's text
    adjective_deps: frozenset[int]  # a verb so attached is looked up as an adjective too ("disgraced")
    lexicon_pos: Mapping[int, str]  # a part of speech's number -> the lexicon's part of speech (_SPACY_POS)


@cache
def _numbers() -> _Numbers:
    from spacy.strings import get_string_id
    from spacy.symbols import IDS, acomp, amod

    return _Numbers(frozenset(get_string_id(q) for q in (*_QUOTES, "''", "``")), frozenset({amod, acomp}),
                    {IDS[name]: pos for name, pos in _SPACY_POS.items()})  # fmt: skip


class ToneLexiconError(InputError):
    """A malformed tone lexicon file: the message names the file and the line."""


@dataclass(frozen=True, slots=True)
class ToneEntry:
    """One evaluative word: its tone toward whoever it describes or who does it, and toward whom it aims at."""

    agent: float
    patient: float
    flags: frozenset[str] = frozenset()


@dataclass(frozen=True, slots=True)
class ToneLexicon:
    """Evaluative words by (lemma, pos) and the modifiers that scale them (word -> (kind, factor))."""

    words: Mapping[tuple[str, str], ToneEntry]
    modifiers: Mapping[str, tuple[str, float]]
    #: the numbers spaCy gives the negating modifiers' words (a token's ``lower``)
    negators: frozenset[int] = field(init=False, repr=False, compare=False)
    #: :meth:`entry`'s answers by the token's numbers: each word is looked up in every sentence it is in,
    #: and reading a token's strings costs more than the look-ups
    _entries: dict[tuple[int, int, str, bool], ToneEntry | None] = field(
        default_factory=dict, init=False, repr=False, compare=False
    )

    def __post_init__(self) -> None:
        from spacy.strings import get_string_id

        negators = frozenset(get_string_id(w) for w, (kind, _) in self.modifiers.items() if kind == "negate")
        object.__setattr__(self, "negators", negators)

    @classmethod
    def load(cls, lexicon: Path | None = None, modifiers: Path | None = None) -> ToneLexicon:
        """The built-in lexicon, or the files given (same formats; see the headers of the built-in files)."""
        if lexicon is None and modifiers is None:
            return _default_lexicon()
        return cls(
            parse_lexicon(*_read(lexicon, LEXICON_FILE)),
            parse_modifiers(*_read(modifiers, MODIFIERS_FILE)),
        )

    def entry(self, tok: Token, pos: str | None = None) -> ToneEntry | None:
        """The entry for a token: by lemma and part of speech, then by its written form, then as an
        adjective (spaCy tags many participle adjectives as verbs: "disgraced", "embattled")."""
        p = pos or _SPACY_POS.get(tok.pos_)
        if p is None:
            return None
        key = (tok.lemma, tok.lower, p, p == "verb" and tok.dep in _numbers().adjective_deps)
        if key in self._entries:
            return self._entries[key]
        words = self.words
        lemma = tok.lemma_.lower()
        found = words.get((lemma, p))
        if found is None:
            lower = tok.lower_
            found = words.get((lower, p))
            if found is None and key[3]:
                found = words.get((lower, "adj"))
        if len(self._entries) > 200_000:
            self._entries.clear()
        self._entries[key] = found
        return found

    def entry_at(self, parsed: Doc, i: int, lemma: int, lower: int, pos: int, dep: int) -> ToneEntry | None:
        """:meth:`entry` of token ``i`` of ``parsed`` given its numbers (lemma, lower, part of speech and
        dependency, off the token arrays): the token itself is made only for numbers not met before."""
        numbers = _numbers()
        p = numbers.lexicon_pos.get(pos)
        if p is None:
            return None
        key = (lemma, lower, p, p == "verb" and dep in numbers.adjective_deps)
        if key in self._entries:
            return self._entries[key]
        return self.entry(parsed[i], p)


def _read(path: Path | None, builtin: str) -> tuple[str, str]:
    if path is None:
        return resources.files("rashomon.data").joinpath(builtin).read_text(encoding="utf-8"), builtin
    try:
        return Path(path).read_text(encoding="utf-8"), str(path)
    except (OSError, UnicodeDecodeError) as e:
        raise ToneLexiconError(str(path), f"cannot read the tone lexicon: {e}") from None


def _rows(text: str) -> Iterator[tuple[int, list[str]]]:
    for n, raw in enumerate(text.splitlines(), 1):
        if raw.strip() and not raw.lstrip().startswith("#"):
            yield n, [c.strip() for c in raw.split("\t")]


def _weight(source: str, n: int, value: str, what: str, low: float, high: float) -> float:
    try:
        w = float(value)
    except ValueError:
        raise ToneLexiconError(source, f"line {n}: {what} {value!r} is not a number") from None
    if not low <= w <= high:
        raise ToneLexiconError(source, f"line {n}: {what} {w} is outside [{low}, {high}]")
    return w


def parse_lexicon(text: str, source: str) -> dict[tuple[str, str], ToneEntry]:
    """Rows ``lemma  pos  agent  patient  [flags]``; a malformed line raises ToneLexiconError naming it."""
    out: dict[tuple[str, str], ToneEntry] = {}
    for n, cols in _rows(text):
        if len(cols) not in (4, 5):
            raise ToneLexiconError(source, f"line {n}: expected lemma, pos, agent, patient[, flags]; got {cols!r}")
        lemma, pos, agent, patient = cols[0].lower(), cols[1], cols[2], cols[3]
        if not lemma:
            raise ToneLexiconError(source, f"line {n}: the lemma is empty")
        if pos not in POS:
            raise ToneLexiconError(source, f"line {n}: pos {pos!r} is not one of {', '.join(sorted(POS))}")
        flags = frozenset(f.strip() for f in (cols[4] if len(cols) == 5 else "").split(",") if f.strip())
        if flags - FLAGS:
            raise ToneLexiconError(source, f"line {n}: unknown flag {sorted(flags - FLAGS)[0]!r}")
        if (lemma, pos) in out:
            raise ToneLexiconError(source, f"line {n}: {lemma} ({pos}) is listed twice")
        out[(lemma, pos)] = ToneEntry(
            _weight(source, n, agent, "agent", -1, 1), _weight(source, n, patient, "patient", -1, 1), flags
        )
    return out


def parse_modifiers(text: str, source: str) -> dict[str, tuple[str, float]]:
    """Rows ``word  kind  factor``; a malformed line raises ToneLexiconError naming it."""
    out: dict[str, tuple[str, float]] = {}
    for n, cols in _rows(text):
        if len(cols) != 3:
            raise ToneLexiconError(source, f"line {n}: expected word, kind, factor; got {cols!r}")
        word, kind = cols[0].lower(), cols[1]
        if kind not in MODIFIER_KINDS:
            raise ToneLexiconError(source, f"line {n}: kind {kind!r} is not one of {', '.join(sorted(MODIFIER_KINDS))}")
        if word in out:
            raise ToneLexiconError(source, f"line {n}: {word} is listed twice")
        out[word] = (kind, _weight(source, n, cols[2], "factor", -1, 2))
    return out


@cache
def _default_lexicon() -> ToneLexicon:
    return ToneLexicon(parse_lexicon(*_read(None, LEXICON_FILE)), parse_modifiers(*_read(None, MODIFIERS_FILE)))


# ---------------------------------------------------------------------------------------------- scoring


@dataclass(frozen=True, slots=True)
class ToneCue:
    """One word (or loaded label) that bears on a mention: its offsets in the segment, as written, and its
    weight after negation and intensifiers ("not help" for a negated "help")."""

    start: int
    end: int
    label: str
    weight: float
    role: str = ""  # agent, patient, experience, produce, charge, transfer or loaded


@dataclass(frozen=True, slots=True)
class MentionTone:
    """The tone of one sentence toward one mention, in segment coordinates, with its cues' offsets."""

    mention: ActorMention
    sentence_start: int
    sentence_end: int
    score: float
    cues: tuple[ToneCue, ...]


class _Cues:
    """The cues gathered for one mention, each word counted once per role."""

    __slots__ = ("items", "seen")

    def __init__(self) -> None:
        self.items: list[ToneCue] = []
        self.seen: set[tuple[int, str]] = set()

    def add(self, tok: Token, weight: float, label: str, role: str) -> None:
        key = (tok.i, role)
        if weight == 0.0 or key in self.seen:
            return
        self.seen.add(key)
        self.items.append(ToneCue(tok.idx, tok.idx + len(tok.text), label, weight, role))

    @property
    def score(self) -> float:
        return max(-1.0, min(1.0, sum(c.weight for c in self.items)))


class _Scorer:
    """Walks the parse around one mention and gathers the cues that bear on it."""

    def __init__(self, lexicon: ToneLexicon, loaded_tokens: frozenset[int]) -> None:
        self.lex = lexicon
        self.mods = lexicon.modifiers
        self.loaded_tokens = loaded_tokens

    # -------------------------------------------------------------- modifiers of a word
    def scale(self, tok: Token) -> tuple[float, str]:
        """The factor the modifiers of ``tok`` put on it, and "not " when it is negated."""
        factor, prefix = 1.0, ""
        for c in tok.children:
            dep = c.dep_
            if dep not in ("neg", "advmod", "amod", "det", "preconj", "cc"):
                continue
            mod = self.mods.get(c.lower_)
            if mod is None:
                continue
            kind, f = mod
            if kind == "negate":
                if dep in ("neg", "advmod", "det", "preconj"):
                    factor *= f
                    prefix = "not "
            elif kind in ("intensify", "soften", "hedge"):
                factor *= f
        head = tok.head
        if tok.dep_ == "xcomp" or (tok.dep_ in ("pcomp", "pobj") and head.lower_ == "without"):
            mod = self.mods.get(head.lemma_.lower()) or self.mods.get(head.lower_)
            if mod is not None and mod[0] in ("negverb", "negate"):
                factor *= mod[1]
                prefix = "not "
        return factor, prefix

    def weigh(self, tok: Token, base: float, *anchors: Token) -> tuple[float, str]:
        """``base`` scaled by the modifiers of ``tok`` and of the words it hangs on (the verb, the copula)."""
        factor, prefix = self.scale(tok)
        for a in anchors:
            if a.i != tok.i:
                f, p = self.scale(a)
                factor *= f
                prefix = prefix or p
        return base * factor, prefix

    def cue(self, cues: _Cues, tok: Token, base: float, role: str, weight: float, *anchors: Token) -> None:
        if base == 0.0:
            return
        w, prefix = self.weigh(tok, base, *anchors)
        cues.add(tok, w * weight, prefix + tok.text, role)

    # -------------------------------------------------------------- descriptions
    def describe(self, cues: _Cues, noun: Token, weight: float, anchors: tuple[Token, ...] = (), own: bool = False) -> None:
        """Adjectives, nouns and appositions describing ``noun``; with ``own`` also the noun's own weight
        ("the regime", "a terrorist")."""
        if own and noun.i not in self.loaded_tokens:
            e = self.lex.entry(noun, "noun" if noun.pos_ in ("NOUN", "PROPN") else None)
            if e is not None:
                self.cue(cues, noun, e.agent, "agent", weight, *anchors)
        for c in noun.children:
            if c.dep_ not in _MODIFIER_DEPS or c.i in self.loaded_tokens:
                continue
            if c.dep_ == "appos":
                self.describe(cues, c, weight, anchors, own=True)
                continue
            if c.dep_ in ("advmod", "npadvmod") and noun.pos_ in ("NOUN", "PROPN"):
                continue
            pos = "adj" if c.dep_ in ("amod", "acomp") and c.pos_ not in ("NOUN", "PROPN") else None
            e = self.lex.entry(c, pos)
            if e is not None:
                self.cue(cues, c, e.agent, "agent", weight, *anchors)

    # -------------------------------------------------------------- the actor as subject
    def as_subject(self, cues: _Cues, verb: Token, weight: float, depth: int = 0) -> None:
        """What a verb says of its subject, and what its complements and conjoined verbs say of it."""
        e = self.lex.entry(verb, "verb") if verb.pos_ in ("VERB", "AUX") else None
        if e is not None:
            backed = self.backed_tone(verb, e)
            if backed == 0.0 or (backed > 0) == (e.agent > 0):  # aiding occupiers is no good deed
                self.cue(cues, verb, e.agent, "agent", weight)
        if verb.lemma_.lower() in _COPULAS:
            for c in verb.children:
                if c.dep_ in ("attr", "acomp", "oprd"):
                    self.describe(cues, c, weight, (verb,), own=True)
        for c in verb.children:
            dep = c.dep_
            if dep == "advmod":
                a = self.lex.entry(c, "adv")
                if a is not None:
                    self.cue(cues, c, a.agent, "agent", weight, verb)
            elif dep in ("dobj", "attr") and e is not None and e.flags:
                self.object_tone(cues, verb, e, c, weight)
            elif dep == "prep" and c.lower_ in ("under", "amid"):
                for obj in c.children:
                    if obj.dep_ == "pobj":
                        n = self.lex.entry(obj, "noun")
                        share = 1.0 if c.lower_ == "under" else AMID_WEIGHT
                        if n is not None:
                            self.cue(cues, obj, n.patient, "experience", weight * share, verb)
            elif dep == "xcomp" and depth < 2:  # "refused to cooperate": the same subject
                self.as_subject(cues, c, weight, depth + 1)
            elif (
                dep == "conj"
                and depth < 2
                and c.pos_ in ("VERB", "AUX")
                and not any(g.dep_ in _SUBJECTS or g.dep_ == "nsubjpass" for g in c.children)
            ):  # "threatened and bullied": a conjoined verb without a subject of its own
                self.as_subject(cues, c, weight, depth + 1)

    def object_tone(self, cues: _Cues, verb: Token, e: ToneEntry, obj: Token, weight: float) -> None:
        """What the subject takes from its object: undergone ("faced criticism"), done ("committed
        atrocities") or backed ("aided the occupiers")."""
        n = self.lex.entry(obj, "noun") if obj.pos_ in ("NOUN", "PROPN") else None
        if "experience" in e.flags and n is not None:
            self.cue(cues, obj, n.patient, "experience", weight, verb)
        if "produce" in e.flags:
            if n is not None:
                self.cue(cues, obj, n.agent, "produce", weight, verb)
            self.describe(cues, obj, weight, (verb,))
        if "transfer" in e.flags:
            backed = self.carried(obj)
            if backed:
                w, prefix = self.weigh(verb, backed * TRANSFER_WEIGHT)
                cues.add(obj, w * weight, f"{prefix}{verb.text} {obj.text}", "transfer")

    def carried(self, obj: Token) -> float:
        """The tone a backed object carries by its own words ("the occupiers", "terrorist groups")."""
        backed = LOADED_WEIGHT if obj.i in self.loaded_tokens else 0.0
        n = self.lex.entry(obj, "noun") if obj.pos_ in ("NOUN", "PROPN") else None
        if n is not None:
            backed += n.agent
        inner = _Cues()
        self.describe(inner, obj, 1.0)
        return backed + sum(c.weight for c in inner.items)

    def backed_tone(self, verb: Token, e: ToneEntry) -> float:
        """For a backing verb, the tone its objects carry; 0 otherwise."""
        if "transfer" not in e.flags:
            return 0.0
        return sum(self.carried(c) for c in verb.children if c.dep_ == "dobj")

    # -------------------------------------------------------------- the actor as object or target
    def as_patient(self, cues: _Cues, verb: Token, weight: float) -> None:
        e = self.lex.entry(verb, "verb") if verb.pos_ in ("VERB", "AUX") else None
        if e is None:
            e = self.lex.entry(verb)
        if e is None:
            return
        self.cue(cues, verb, e.patient, "patient", weight)
        if e.patient < 0:  # "accused of corruption": the charge bears on the accused
            for c in verb.children:
                if c.dep_ == "prep" and c.lower_ in _CHARGE_PREPS:
                    for obj in c.children:
                        if obj.dep_ in ("pobj", "pcomp"):
                            n = self.lex.entry(obj)
                            if n is not None:
                                self.cue(cues, obj, n.agent, "charge", weight * CHARGE_WEIGHT, verb)

    # -------------------------------------------------------------- one token standing for the actor
    def about(self, cues: _Cues, tok: Token, weight: float, depth: int = 0) -> None:
        """Everything the sentence says about ``tok`` (the mention's root, or a noun standing for it)."""
        self.describe(cues, tok, weight, own=depth > 0)
        for c in tok.children:
            if c.dep_ == "relcl":  # "Iran, which armed the rebels" / "the regime that Iran backs"
                roles = {g.dep_ for g in c.children if g.lower_ in _RELATIVE}
                subjects = [g for g in c.children if g.dep_ in _SUBJECTS or g.dep_ == "nsubjpass"]
                if roles & {"dobj", "nsubjpass"}:
                    self.as_patient(cues, c, weight)
                elif roles & _SUBJECTS or not subjects:
                    self.as_subject(cues, c, weight)
                # else the clause has a subject of its own ("Egypt, where Sisi is the dictator")
            elif c.dep_ == "acl":  # "a leader accused of fraud" / "a group fighting the army"
                if c.tag_ == "VBG":
                    self.as_subject(cues, c, weight)
                else:
                    self.as_patient(cues, c, weight)
        while tok.dep_ == "conj" and tok.head.i != tok.i and tok.head.pos_ in ("NOUN", "PROPN", "PRON"):
            tok = tok.head  # "Iran and Russia condemned ...": Russia stands where Iran stands
        dep, head = tok.dep_, tok.head
        if dep in _SUBJECTS:
            self.as_subject(cues, head, weight)
        elif dep in ("nsubjpass", "dobj", "dative"):
            self.as_patient(cues, head, weight)
            if dep == "nsubjpass":
                for c in head.children:
                    if c.dep_ == "advmod":
                        a = self.lex.entry(c, "adv")
                        if a is not None and c.lower_ in ("rightly", "justly", "deservedly"):
                            self.cue(cues, c, a.agent, "agent", weight, head)
        elif dep == "pobj":
            self.as_object_of(cues, tok, head, weight, depth)
        elif dep in ("poss", "compound", "amod", "nmod"):
            if head.pos_ in ("NOUN", "PROPN"):
                e = self.lex.entry(head, "noun")
                if e is not None and e.agent == 0.0 and e.patient != 0.0 and dep != "poss":
                    self.cue(cues, head, e.patient, "patient", weight)  # "Iran sanctions", "Trump criticism"
                elif depth < MAX_PROXY_DEPTH:
                    self.about(cues, head, weight * PROXY_WEIGHT, depth + 1)
        elif dep == "appos" and head.pos_ in ("NOUN", "PROPN"):
            self.describe(cues, head, weight, own=True)
            if depth < MAX_PROXY_DEPTH:
                self.about(cues, head, weight, depth + 1)
        elif dep == "attr" and head.lemma_.lower() in _COPULAS:
            for c in head.children:
                if c.dep_ in _SUBJECTS:
                    self.describe(cues, c, weight, (head,), own=True)  # "the aggressor is Armenia"

    def as_object_of(self, cues: _Cues, tok: Token, prep: Token, weight: float, depth: int) -> None:
        """``tok`` is the object of a preposition: an agent ("by X"), a target ("sanctions against X",
        "critical of X", "lashed out at X") or a holder ("the regime of X", "aggression by X")."""
        p = prep.lower_
        gov = prep.head
        if prep.dep_ == "agent":
            self.as_subject(cues, gov, weight)
            return
        if gov.pos_ in ("VERB", "AUX"):
            if p in _VERB_TARGET_PREPS:
                self.aimed_at(cues, gov, p, weight)
            return
        if gov.pos_ == "ADJ" and p in _TARGET_PREPS:
            e = self.lex.entry(gov, "adj")
            if e is not None:
                self.cue(cues, gov, e.patient, "patient", weight, gov.head)
            return
        if gov.pos_ not in ("NOUN", "PROPN"):
            return
        e = self.lex.entry(gov, "noun")
        if e is not None and p == "of" and "action" in e.flags:
            self.cue(cues, gov, e.patient, "patient", weight)  # "the occupation of X": done to X
            return
        if e is not None and e.patient != 0.0 and p in _TARGET_PREPS and not (p == "of" and e.agent != 0.0):
            self.cue(cues, gov, e.patient, "patient", weight)  # "criticism of X", "praise for X"
            return
        if p in _HOLDER_PREPS and depth < MAX_PROXY_DEPTH:
            self.about(cues, gov, weight * PROXY_WEIGHT, depth + 1)  # "the brutal regime of X"

    def aimed_at(self, cues: _Cues, verb: Token, prep: str, weight: float) -> None:
        """``X`` after a verb's preposition: what the verb's object does to it ("imposed sanctions on X",
        "leveled criticism at X"), else what the verb itself does to it when it is a blow ("lashed out at
        X"; "welcomed him at NATO Headquarters" is a place)."""
        for c in verb.children:
            if c.dep_ == "dobj":
                n = self.lex.entry(c, "noun") if c.pos_ in ("NOUN", "PROPN") else None
                if n is not None and n.patient != 0.0:
                    self.cue(cues, c, n.patient, "patient", weight, verb)
                    return
        e = self.lex.entry(verb, "verb")
        if e is not None and e.patient < 0 and prep != "for":
            self.cue(cues, verb, e.patient, "patient", weight)

    def score(self, tok: Token, mention: ActorMention) -> _Cues:
        cues = _Cues()
        if mention.loaded:
            cues.items.append(ToneCue(mention.start, mention.end, mention.text, LOADED_WEIGHT, "loaded"))
        self.about(cues, tok, 1.0)
        return cues


# ---------------------------------------------------------------------------------------------- API


def tone_mentions(
    parsed: Doc,
    mentions: Sequence[ActorMention],
    segment: int,
    kind: SegmentKind,
    offset: int,
    vectors: np.ndarray | None = None,
) -> list[ToneMention]:
    """The tone of each sentence toward each actor mention of one parsed segment.

    ``mentions`` are in segment coordinates (as ``ActorTable.scan`` gives them); the ToneMentions returned
    have their sentence and mention offsets shifted by ``offset`` into document coordinates. One record per
    mention that lines up with the parse, in mention order (see :func:`mention_tones`). ``vectors``: the
    encoder's token vectors of ``parsed`` ([len(parsed), DIM], ``Encoder.token_vectors``), when the
    encoder is in use."""
    return score_mentions(parsed, mentions, segment, kind, offset, _default_lexicon(), vectors)


def score_mentions(
    parsed: Doc,
    mentions: Sequence[ActorMention],
    segment: int,
    kind: SegmentKind,
    offset: int,
    lexicon: ToneLexicon,
    vectors: np.ndarray | None = None,
    model: ToneModel | None = None,
) -> list[ToneMention]:
    """:func:`tone_mentions` with a given lexicon (and score model: see :func:`mention_tones`)."""
    out: list[ToneMention] = []
    headline = kind == SegmentKind.HEADLINE
    for t in mention_tones(parsed, mentions, lexicon, vectors=vectors, headline=headline, model=model, cued=True):
        if not t.cues:
            continue  # nothing is said about the actor here (see the module docstring)
        m = t.mention
        out.append(
            ToneMention(
                segment=segment,
                segment_kind=kind,
                actor=ActorMention(m.text, m.start + offset, m.end + offset, m.actor, m.loaded, m.via, m.score),
                sentence_start=t.sentence_start + offset,
                sentence_end=t.sentence_end + offset,
                score=t.score,
                cues=tuple(c.label for c in t.cues),
            )
        )
    return out


def mention_tones(
    parsed: Doc,
    mentions: Sequence[ActorMention],
    lexicon: ToneLexicon | None = None,
    *,
    vectors: np.ndarray | None = None,
    headline: bool = False,
    model: ToneModel | None = None,
    cued: bool = False,
) -> list[MentionTone]:
    """The tone toward every mention of one parsed segment that lines up with its tokens, in segment
    coordinates, with the cues' offsets (for showing the words, or scoring them as spans); with ``cued``,
    only toward those some cue bears on (what :func:`tone_mentions` keeps: the rest are not scored).

    The score is the shipped model's (:class:`ToneModel`: data/tone_model.tsv, or with ``vectors``
    data/tone_model_encoder.tsv, which also reads the sentence's mean token vector) over the mention's
    :data:`FEATURES`; ``model`` overrides it (``ToneModel.rules()`` gives the cues' clipped sum). A mention
    nothing bears on scores near 0; every mention is returned here (training reads them all), while
    :func:`tone_mentions` keeps those some cue bears on."""
    evidence = mention_evidence(parsed, mentions, lexicon, headline, cued=cued)
    if not evidence:
        return []
    if vectors is not None and len(vectors) != len(parsed):
        raise ValueError(f"tone: {len(vectors)} token vectors for a segment of {len(parsed)} tokens")
    chosen = model or (encoder_model() if vectors is not None else default_model())
    x = np.asarray([e.features for e in evidence], dtype=np.float64)
    if chosen.dim:
        if vectors is None:
            raise ValueError("tone: this tone model reads encoder vectors; none were given")
        x = np.hstack([x, np.asarray([vectors[e.sentence_tokens[0] : e.sentence_tokens[1]].mean(axis=0)
                                      for e in evidence], dtype=np.float64)])  # fmt: skip
    scores = chosen.scores(x)
    return [
        MentionTone(e.mention, e.sentence_start, e.sentence_end, round(float(s), 3), e.cues)
        for e, s in zip(evidence, scores, strict=True)
    ]


# ---------------------------------------------------------------------------------------------- features

#: What the score model reads about one mention (see :func:`mention_features`). All generic: what the
#: lexicon cues say by role, how the actor stands in the sentence, the sentence's own evaluative words.
FEATURES = (
    "lexicon",  # the cues' clipped sum (the rule score)
    "agent_neg", "agent_pos",  # what the actor is or does (subject, modifiers, copula)
    "patient_neg", "patient_pos",  # what is done to it, aimed at it, charged against it
    "other_neg", "other_pos",  # what it undergoes, makes or backs; loaded labels
    "n_cues",
    "speaker",  # the subject of a speech verb: the actor speaks
    "quoted",  # inside quotation marks: someone else's words
    "quote_sentence",  # the sentence quotes someone
    "subject", "object", "oblique", "possessor",
    "pronoun",
    "sent_neg", "sent_pos",  # evaluative words anywhere in the sentence (any target)
    "near_neg", "near_pos",  # the same, weighed by closeness to the mention
    "negation",  # a negating word in the sentence
    "headline",
)  # fmt: skip
_F = {name: i for i, name in enumerate(FEATURES)}
#: Closeness: a sentence word k tokens from the mention counts exp(-k / NEAR_TOKENS).
NEAR_TOKENS = 4.0
_QUOTES = frozenset("\"“”«»")


@dataclass(frozen=True, slots=True)
class _Sentence:
    start: int  # token index
    end: int
    words: tuple[tuple[int, float], ...]  # (token index, signed weight) of the evaluative words
    negated: bool
    quotes: tuple[int, ...]  # token indices of quotation marks


def _sentence_info(parsed: Doc, start: int, end: int, lexicon: ToneLexicon) -> _Sentence:
    words: list[tuple[int, float]] = []
    negated = False
    quotes: list[int] = []
    negators, quote_marks = lexicon.negators, _numbers().quote_marks
    orths, lowers, lemmas, tags, deps = (token_numbers(parsed, a) for a in ("ORTH", "LOWER", "LEMMA", "POS", "DEP"))
    for i in range(start, end):
        if orths[i] in quote_marks:
            quotes.append(i)
            continue
        if lowers[i] in negators:
            negated = True
        e = lexicon.entry_at(parsed, i, lemmas[i], lowers[i], tags[i], deps[i])
        if e is not None:
            w = e.agent if e.agent != 0.0 else e.patient
            if w:
                words.append((i, w))
    return _Sentence(start, end, tuple(words), negated, tuple(quotes))


def _speaks(root: Token, speech: frozenset[str]) -> bool:
    tok = root
    while tok.dep_ == "conj" and tok.head.i != tok.i:
        tok = tok.head
    return tok.dep_ in _SUBJECTS and tok.head.lemma_.lower() in speech


def _features(root: Token, cues: _Cues, sent: _Sentence, headline: bool, speech: frozenset[str]) -> list[float]:
    f = [0.0] * len(FEATURES)
    f[_F["lexicon"]] = cues.score
    for c in cues.items:
        kind = "agent" if c.role == "agent" else "patient" if c.role in ("patient", "charge") else "other"
        if c.weight < 0:
            f[_F[kind + "_neg"]] -= c.weight
        else:
            f[_F[kind + "_pos"]] += c.weight
    f[_F["n_cues"]] = float(len(cues.items))
    f[_F["speaker"]] = float(_speaks(root, speech))
    marks = sum(q < root.i for q in sent.quotes)
    f[_F["quoted"]] = float(marks % 2 == 1)
    f[_F["quote_sentence"]] = float(bool(sent.quotes))
    dep = root.dep_
    f[_F["subject"]] = float(dep in _SUBJECTS)
    f[_F["object"]] = float(dep in ("dobj", "nsubjpass", "dative"))
    f[_F["oblique"]] = float(dep == "pobj")
    f[_F["possessor"]] = float(dep in ("poss", "compound"))
    f[_F["pronoun"]] = float(root.pos_ == "PRON")
    for i, w in sent.words:
        if i == root.i:
            continue
        near = abs(w) * float(np.exp(-abs(i - root.i) / NEAR_TOKENS))
        if w < 0:
            f[_F["sent_neg"]] -= w
            f[_F["near_neg"]] += near
        else:
            f[_F["sent_pos"]] += w
            f[_F["near_pos"]] += near
    f[_F["negation"]] = float(sent.negated)
    f[_F["headline"]] = float(headline)
    return f


@dataclass(frozen=True, slots=True)
class MentionEvidence:
    """Everything the sentence offers about one mention: its cues and the features of :data:`FEATURES`,
    with the token span of the mention (for looking up encoder vectors) and the sentence's offsets."""

    mention: ActorMention
    tokens: tuple[int, int]  # token indices [start, end) of the mention in the parsed segment
    root: int
    sentence_start: int  # character offsets, segment coordinates
    sentence_end: int
    sentence_tokens: tuple[int, int]
    cues: tuple[ToneCue, ...]
    rule_score: float
    features: tuple[float, ...]


def mention_evidence(
    parsed: Doc, mentions: Sequence[ActorMention], lexicon: ToneLexicon | None = None, headline: bool = False,
    *, cued: bool = False,
) -> list[MentionEvidence]:
    """The evidence about every mention of one parsed segment that lines up with its tokens, cued or not;
    with ``cued``, about those some cue bears on only (most mentions have none: their sentence and features
    are not read)."""
    if not mentions:
        return []
    from rashomon.nlp.quotes import cues as attribution_cues

    lex = lexicon or _default_lexicon()
    spans: list[tuple[ActorMention, int, int, Token]] = []
    loaded: set[int] = set()
    for m in mentions:
        span = parsed.char_span(m.start, m.end, alignment_mode="expand")
        if span is None or len(span) == 0:
            continue
        spans.append((m, span.start, span.end, span.root))
        if m.loaded:  # its words are counted once, as the label, not again as modifiers
            loaded.update(range(span.start, span.end))
    if not spans:
        return []
    scorer = _Scorer(lex, frozenset(loaded))
    speech = attribution_cues().speech
    text = text_of(parsed)
    sents = [(s.start, s.end, s.start_char, s.end_char) for s in parsed.sents] or [(0, len(parsed), 0, len(text))]
    token_starts = [s[0] for s in sents]
    info: dict[int, _Sentence] = {}
    out: list[MentionEvidence] = []
    for m, t0, t1, root in spans:
        cues = scorer.score(root, m)
        if cued and not cues.items:
            continue
        k = max(0, bisect.bisect_right(token_starts, root.i) - 1)
        s0, s1, c0, c1 = sents[k]
        if k not in info:
            info[k] = _sentence_info(parsed, s0, s1, lex)
        feats = _features(root, cues, info[k], headline, speech)
        c_end = c0 + len(text[c0:c1].rstrip())  # a sentence keeps its trailing newlines
        out.append(MentionEvidence(m, (t0, t1), root.i, c0, c_end, (s0, s1), tuple(cues.items),
                                   round(cues.score, 3), tuple(feats)))  # fmt: skip
    return out


# ---------------------------------------------------------------------------------------------- model

MODEL_FILE = "tone_model.tsv"
ENCODER_MODEL_FILE = "tone_model_encoder.tsv"
LABELS = ("neg", "neu", "pos")
_VECTOR = "vector_"


class ToneModelError(InputError):
    """A malformed tone model file: the message names the file and the line."""


@dataclass(frozen=True, slots=True, eq=False)
class ToneModel:
    """How a mention's features become its score: a multinomial logistic regression over the standardised
    :data:`FEATURES` (then, when ``dim`` > 0, the ``dim`` values of the sentence's mean encoder vector)
    giving P(neg), P(neu), P(pos); the score is P(pos) - P(neg) - ``shift``, clipped to [-1, 1] (``shift``
    puts the typical mention, of which nothing much is said, at 0). Fitted by eval/train_basil_tone.py.
    ``rules`` instead scores the cues' clipped sum, as before the model."""

    mean: np.ndarray
    scale: np.ndarray
    weights: np.ndarray  # [n, 3]: neg, neu, pos
    bias: np.ndarray  # [3]
    shift: float = 0.0
    dim: int = 0
    rules: bool = False

    @classmethod
    def rule_model(cls) -> ToneModel:
        """The lexicon rules alone: a mention's score is its cues' clipped sum."""
        n = len(FEATURES)
        return cls(np.zeros(n), np.ones(n), np.zeros((n, 3)), np.zeros(3), rules=True)

    def probabilities(self, x: np.ndarray) -> np.ndarray:
        logits = ((x - self.mean) / self.scale) @ self.weights + self.bias
        logits -= logits.max(axis=1, keepdims=True)
        p = np.exp(logits)
        return np.asarray(p / p.sum(axis=1, keepdims=True))

    def scores(self, x: np.ndarray) -> np.ndarray:
        """One score in [-1, 1] per row of ``x`` ([n, len(FEATURES) + dim])."""
        if self.rules:
            return np.asarray(x[:, _F["lexicon"]], dtype=np.float64)
        if x.shape[1] != len(self.mean):
            raise ValueError(f"tone model: expected {len(self.mean)} features per mention, got {x.shape[1]}")
        p = self.probabilities(x)
        return np.asarray(np.clip(p[:, 2] - p[:, 0] - self.shift, -1.0, 1.0))

    def names(self) -> list[str]:
        return [*FEATURES, *(f"{_VECTOR}{i}" for i in range(self.dim))]

    def to_tsv(self, header: str) -> str:
        lines = [f"# {line}" if line else "#" for line in header.splitlines()]
        lines.append("\t".join(["feature", "mean", "scale", *LABELS]))
        for i, name in enumerate(self.names()):
            lines.append("\t".join([name, *(f"{v:.6g}" for v in (self.mean[i], self.scale[i], *self.weights[i]))]))
        lines.append("\t".join(["bias", "0", "1", *(f"{v:.6g}" for v in self.bias)]))
        lines.append("\t".join(["shift", f"{self.shift:.6g}", "1", "0", "0", "0"]))
        return "\n".join(lines) + "\n"

    @classmethod
    def from_tsv(cls, text: str, source: str) -> ToneModel:
        """A model from its TSV (see :meth:`to_tsv`); ToneModelError names the file and the problem."""
        rows: dict[str, list[float]] = {}
        for n, cols in _rows(text):
            if cols[0] == "feature":
                continue
            if len(cols) != 6:
                raise ToneModelError(source, f"line {n}: expected 6 tab-separated columns, got {len(cols)}")
            try:
                rows[cols[0]] = [float(c) for c in cols[1:]]
            except ValueError:
                raise ToneModelError(source, f"line {n}: a value is not a number") from None
        dim = sum(name.startswith(_VECTOR) for name in rows)
        names = [*FEATURES, *(f"{_VECTOR}{i}" for i in range(dim))]
        missing = [f for f in (*names, "bias", "shift") if f not in rows]
        if missing:
            raise ToneModelError(source, f"no weights for {', '.join(missing[:5])}; retrain with eval/train_basil_tone.py")
        table = np.asarray([rows[f] for f in names])
        if np.any(table[:, 1] <= 0):
            raise ToneModelError(source, "a scale is not positive")
        return cls(table[:, 0], table[:, 1], table[:, 2:], np.asarray(rows["bias"][2:]), rows["shift"][0], dim)


@cache
def default_model() -> ToneModel:
    """The shipped model over the features (data/tone_model.tsv)."""
    return ToneModel.from_tsv(*_read(None, MODEL_FILE))


@cache
def encoder_model() -> ToneModel:
    """The shipped model over the features and the sentence's encoder vector (data/tone_model_encoder.tsv)."""
    return ToneModel.from_tsv(*_read(None, ENCODER_MODEL_FILE))
