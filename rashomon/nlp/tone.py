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
intensifier or a hedge scales it. A mention's score is the sum of its cues' weights clipped to [-1, 1].
A ToneMention is emitted only when at least one cue bears on the mention: no cue means the sentence says
nothing evaluative about that actor, and storing a zero for every mention would only bloat the store
(aggregations that want a per-mention mean count the mentions themselves).

Cost: token and dict look-ups over each mention's neighbourhood in the tree; no extra spaCy runs.
"""

from __future__ import annotations

import bisect
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from functools import cache
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING

from rashomon.errors import InputError
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
        words = self.words
        lemma = tok.lemma_.lower()
        found = words.get((lemma, p))
        if found is None:
            lower = tok.lower_
            found = words.get((lower, p))
            if found is None and p == "verb" and tok.dep_ in ("amod", "acomp"):
                found = words.get((lower, "adj"))
        return found


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
        self.items.append(ToneCue(tok.idx, tok.idx + len(tok.text), label, weight))

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
            cues.items.append(ToneCue(mention.start, mention.end, mention.text, LOADED_WEIGHT))
        self.about(cues, tok, 1.0)
        return cues


# ---------------------------------------------------------------------------------------------- API


def tone_mentions(
    parsed: Doc, mentions: Sequence[ActorMention], segment: int, kind: SegmentKind, offset: int
) -> list[ToneMention]:
    """The tone of each sentence toward each actor mention of one parsed segment.

    ``mentions`` are in segment coordinates (as ``ActorTable.scan`` gives them); the ToneMentions returned
    have their sentence and mention offsets shifted by ``offset`` into document coordinates. One record per
    mention on which at least one cue bears (see the module docstring), in mention order."""
    return score_mentions(parsed, mentions, segment, kind, offset, _default_lexicon())


def score_mentions(
    parsed: Doc,
    mentions: Sequence[ActorMention],
    segment: int,
    kind: SegmentKind,
    offset: int,
    lexicon: ToneLexicon,
) -> list[ToneMention]:
    """:func:`tone_mentions` with a given lexicon."""
    out: list[ToneMention] = []
    for t in mention_tones(parsed, mentions, lexicon):
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
    parsed: Doc, mentions: Sequence[ActorMention], lexicon: ToneLexicon | None = None
) -> list[MentionTone]:
    """The tone toward each mention that some cue bears on, in segment coordinates, with the cues' offsets
    (for showing the words, or scoring them as spans)."""
    if not mentions:
        return []
    roots: list[tuple[ActorMention, Token]] = []
    loaded: set[int] = set()
    for m in mentions:
        span = parsed.char_span(m.start, m.end, alignment_mode="expand")
        if span is None or len(span) == 0:
            continue
        roots.append((m, span.root))
        if m.loaded:  # its words are counted once, as the label, not again as modifiers
            loaded.update(range(span.start, span.end))
    if not roots:
        return []
    scorer = _Scorer(lexicon or _default_lexicon(), frozenset(loaded))
    starts, ends = _sentences(parsed)
    text = parsed.text
    out: list[MentionTone] = []
    for m, root in roots:
        cues = scorer.score(root, m)
        if not cues.items:
            continue
        k = bisect.bisect_right(starts, root.idx) - 1
        s_start = starts[k]
        s_end = s_start + len(text[s_start : ends[k]].rstrip())  # a sentence keeps its trailing newlines
        out.append(MentionTone(m, s_start, s_end, round(cues.score, 3), tuple(cues.items)))
    return out


def _sentences(parsed: Doc) -> tuple[list[int], list[int]]:
    """Character starts and ends of the parsed segment's sentences (one pass over the Doc)."""
    starts: list[int] = []
    ends: list[int] = []
    for sent in parsed.sents:
        starts.append(sent.start_char)
        ends.append(sent.end_char)
    if not starts:
        starts, ends = [0], [len(parsed.text)]
    return starts, ends
