"""CAMEO verb patterns: which CAMEO code a verb takes given the words around it in the parse.

The tables are ``rashomon/data/cameo_verbs.tsv`` and ``cameo_synsets.tsv``, written by
``eval/derive_dictionaries.py`` from the PETRARCH2 CAMEO verb dictionary (their headers give the format
and the credit). Verbs come in blocks that share their patterns ("rush", "hasten" and "expedite" are one
block); each verb has a bare code (its own, else its block's) and each pattern a code of its own.

:func:`match` is the whole API: for a parsed verb token, the patterns of its block that fit the sentence,
most specific first, else the verb's bare code. The event coder decides what to do with them; this module
only reads the parse.

How a pattern is matched (a simplification of PETRARCH2's tree matching, built to be cheap):

* The verb: the token's lemma, its lower-case form, or a form the dictionary lists ("sped" -> "speed").
  A multi-word verb ("call off", "ask for", "be determined") also needs its other words after the verb,
  in order, the first within three tokens (a particle may stand after the object: "called the talks off").
* Words *after* the verb are looked for, in the pattern's order, among the tokens after it in its own
  clause: the verb's subtree to its right, without coordinated verbs, parenthetical clauses, adverbial
  clauses opened by a conjunction ("after ...", "because ...") and relative clauses. Reported clauses
  ("demand that ...") are kept.
* Words *before* the verb are looked for, in order, among the tokens of the verb's subtree to its left
  (subject, auxiliaries, negation) and, for a verb that complements or is coordinated with another one,
  its head's subject side too.
* A word matches a token whose lemma, lower-case form, or :func:`word_key` of it equals the pattern's
  word; ``a/b`` is either word; ``a_b`` is two adjacent tokens; ``&name`` is any member of the synonym
  set (a member of several words: adjacent tokens).
* ``{...}`` (a noun phrase): its words in order, each either next to the one before or inside the
  subtree of the group's last word (the head noun: "joint military drills" fits ``{military drill}``).
  ``(...)`` (a prepositional phrase): its first word (not an infinitive "to"), then its other words in
  its subtree or within three tokens of the word before.
* ``$`` (source), ``+`` (target), ``^`` and ``%`` (other actors) say where the actors stand; they are
  kept in :attr:`Pattern.before` / :attr:`Pattern.after` for the coder and not matched here.

Speed: a dict by word finds the verb's blocks; each pattern carries the word keys it needs, so one set
intersection with the keys of the clause's tokens drops almost every pattern before any structural
check (``bench``-style figure in the module's tests: a few microseconds per verb).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import cache, lru_cache
from importlib import resources
from itertools import pairwise
from pathlib import Path
from typing import TYPE_CHECKING

from rashomon.cache import by_init, cache_path, cached
from rashomon.nlp.ontology import cameo_table
from rashomon.nlp.pipeline import token_numbers

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

VERBS_FILE = "cameo_verbs.tsv"
SYNSETS_FILE = "cameo_synsets.tsv"
#: the CAMEO codes the dictionary's codes are checked against (part of what its cached copy is built from)
CAMEO_FILE = "cameo.tsv"
COLUMNS = ("kind", "block", "verb", "before", "after", "code", "paired", "forms")
ACTOR_MARKS = frozenset("$+^%")
#: No event: the dictionary's own null code.
NO_CODE = "---"
#: Subtrees that are not part of a verb's own clause.
_OTHER_CLAUSES = frozenset({"conj", "parataxis", "relcl", "acl", "appos"})
#: How far the next word of a group, or a multi-word verb's next word, may be from the one before.
_NEAR = 3


@lru_cache(maxsize=1 << 15)
def word_key(word: str) -> str:
    """The form in which a pattern word and a text word are compared: lower case, a regular plural ending
    taken off ("talks" -> "talk", "allies" -> "ally", "witnesses" -> "witness"). Applied to both sides, so
    an odd result ("news" -> "new") still matches its own word."""
    w = word.lower()
    if len(w) < 4 or not w.isalpha() or w.endswith(("ss", "us", "is")):
        return w
    if w.endswith("ies") and len(w) > 4:
        return w[:-3] + "y"
    if w.endswith(("sses", "shes", "ches", "xes", "zes")):
        return w[:-2]
    return w[:-1] if w.endswith("s") else w


# ---------------------------------------------------------------------------------------------- records


@dataclass(frozen=True, slots=True)
class Element:
    """One element of a pattern.

    kind: "word" (``alts``: the word's alternatives, each a tuple of adjacent words), "set" (``alts``: the
    synonym set's members), "np" / "pp" (``parts``: the group's elements) or "actor" (``mark``)."""

    kind: str
    alts: tuple[tuple[str, ...], ...] = ()
    parts: tuple[Element, ...] = ()
    mark: str = ""
    text: str = ""
    starts: frozenset[str] = frozenset()  # word keys a token must have for the element to start there

    __reduce__ = by_init  # the cached table's records: unpickled by __init__

    @classmethod
    def words(cls, kind: str, alts: tuple[tuple[str, ...], ...], text: str) -> Element:
        return cls(kind, alts=alts, text=text, starts=frozenset(a[0] for a in alts))

    @property
    def size(self) -> int:
        """Pattern words in the element (an actor mark counts none)."""
        if self.kind in ("np", "pp"):
            return sum(p.size for p in self.parts)
        return 0 if self.kind == "actor" else 1


@dataclass(frozen=True, slots=True)
class Pattern:
    block: str
    before: tuple[Element, ...]
    after: tuple[Element, ...]
    code: str  # a CAMEO code, "---" (no event) or "" (only the paired event)
    paired: str  # the code of the event that runs the other way (target -> source), or ""
    line: int
    size: int
    needs: tuple[frozenset[str], ...]  # per word element (groups included): keys one of which must occur

    __reduce__ = by_init  # the cached table's records: unpickled by __init__

    @property
    def text(self) -> str:
        return " ".join([*(e.text for e in self.before), "*", *(e.text for e in self.after)])


@dataclass(frozen=True, slots=True)
class Verb:
    lemma: str  # as the dictionary writes it, words joined by spaces ("call off")
    block: str
    code: str
    paired: str
    forms: tuple[str, ...]
    line: int

    __reduce__ = by_init  # the cached table's records: unpickled by __init__

    @property
    def words(self) -> tuple[str, ...]:
        return tuple(self.lemma.split())


@dataclass(frozen=True, slots=True)
class VerbMatch:
    """A pattern (or the bare verb) that fits a verb token.

    ``code`` is None when the match codes no event from the verb's subject (the dictionary's "---", or a
    pattern that only codes the paired event); ``paired`` is the code of the event the other way, if any.
    ``words`` counts the pattern's matched words, a multi-word verb's own extra words included: 0 is the
    bare verb. ``tokens`` are the indices of the matched tokens (verb excluded)."""

    verb: str
    block: str
    code: str | None
    paired: str | None
    words: int
    pattern: str
    tokens: tuple[int, ...]


@dataclass(frozen=True, slots=True)
class VerbDictionary:
    verbs: dict[str, tuple[Verb, ...]]  # first word of the lemma or of a listed form -> verbs
    patterns: dict[str, tuple[Pattern, ...]]  # block -> patterns, most specific first
    synsets: dict[str, tuple[tuple[str, ...], ...]]
    #: block -> (word key -> numbers of the patterns that need it, patterns that need no word)
    index: dict[str, tuple[dict[str, tuple[int, ...]], tuple[int, ...]]]

    def match(self, tok: Token) -> list[VerbMatch]:
        return _match(self, tok)


# ---------------------------------------------------------------------------------------------- loading


def _check_code(code: str, source: str, n: int, *, empty: bool) -> str:
    if code == NO_CODE or (empty and code == ""):
        return code
    if code not in cameo_table():
        raise ValueError(f"{source}:{n}: {code!r} is not a CAMEO code of cameo.tsv (nor '---')")
    return code


def parse_synsets(text: str, source: str = SYNSETS_FILE) -> dict[str, tuple[tuple[str, ...], ...]]:
    """``&name<TAB>member|member ...`` rows: set name -> members (each a tuple of words)."""
    sets: dict[str, tuple[tuple[str, ...], ...]] = {}
    for n, line in enumerate(text.splitlines(), 1):
        if not line.strip() or line.startswith(("#", "set\t")):
            continue
        parts = line.split("\t")
        if len(parts) != 2 or not parts[0].startswith("&") or len(parts[0]) < 2:
            raise ValueError(f"{source}:{n}: expected '&name<TAB>members', got {line!r}")
        members = tuple(tuple(m.split()) for m in sorted(parts[1].split("|")) if m.strip())  # order carries nothing
        if not members:
            raise ValueError(f"{source}:{n}: the set {parts[0]} has no members")
        if parts[0] in sets:
            raise ValueError(f"{source}:{n}: the set {parts[0]} is defined twice")
        sets[parts[0]] = members
    return sets


def _parse_elements(text: str, synsets: dict[str, tuple[tuple[str, ...], ...]], where: str) -> tuple[Element, ...]:
    """Elements of one side of a pattern in the table's notation (see the table's header)."""
    toks: list[str] = []
    for raw in text.split():
        while raw[:1] in "{(":
            toks.append(raw[0])
            raw = raw[1:]
        tail: list[str] = []
        while raw[-1:] in "})":
            tail.append(raw[-1])
            raw = raw[:-1]
        if raw:
            toks.append(raw)
        toks.extend(reversed(tail))
    stack: list[tuple[str, list[Element], list[str]]] = [("top", [], [])]
    for t in toks:
        if t in ("{", "("):
            stack.append(("np" if t == "{" else "pp", [], [t]))
            continue
        if t in ("}", ")"):
            kind, parts, texts = stack.pop() if len(stack) > 1 else ("top", [], [])
            if kind != ("np" if t == "}" else "pp") or not parts:
                raise ValueError(f"{where}: unbalanced or empty group in {text!r}")
            group = Element(kind, parts=tuple(parts), text=texts[0] + " ".join(p.text for p in parts) + t)
            stack[-1][1].append(group)
            continue
        if t in ACTOR_MARKS:
            stack[-1][1].append(Element("actor", mark=t, text=t))
        elif t.startswith("&"):
            if t not in synsets:
                raise ValueError(f"{where}: unknown synonym set {t!r}")
            stack[-1][1].append(Element.words("set", synsets[t], t))
        elif "*" in t or "&" in t:
            raise ValueError(f"{where}: bad word {t!r}")
        else:
            alts = tuple(tuple(part.split("_")) for part in t.split("/"))
            if any(not w for a in alts for w in a):
                raise ValueError(f"{where}: bad word {t!r}")
            stack[-1][1].append(Element.words("word", alts, t))
    if len(stack) != 1:
        raise ValueError(f"{where}: unbalanced group in {text!r}")
    return tuple(stack[0][1])


def _needs(elements: Iterable[Element]) -> list[frozenset[str]]:
    out: list[frozenset[str]] = []
    for e in elements:
        if e.kind in ("np", "pp"):
            out.extend(_needs(e.parts))
        elif e.kind != "actor":
            out.append(e.starts)
    return out


def parse(verbs_text: str, synsets_text: str, *, source: str = VERBS_FILE, synsets_source: str = SYNSETS_FILE) -> VerbDictionary:
    """The dictionary from the two tables' texts; a malformed row raises ValueError naming ``file:LINE``."""
    synsets = parse_synsets(synsets_text, synsets_source)
    by_word: dict[str, list[Verb]] = {}
    patterns: dict[str, list[Pattern]] = {}
    blocks: set[str] = set()
    for n, line in enumerate(verbs_text.splitlines(), 1):
        if not line.strip() or line.startswith(("#", "kind\t")):
            continue
        where = f"{source}:{n}"
        cols = line.split("\t")
        if len(cols) != len(COLUMNS):
            raise ValueError(f"{where}: expected {len(COLUMNS)} tab-separated columns ({', '.join(COLUMNS)}), got {len(cols)}")
        kind, block, verb, before, after, code, paired, forms = (c.strip() for c in cols)
        if not block:
            raise ValueError(f"{where}: the block column is empty")
        if kind == "verb":
            if not verb or before or after:
                raise ValueError(f"{where}: a verb row needs a verb and no pattern words")
            if not code and not paired:
                raise ValueError(f"{where}: a verb row needs a code ('---' for none) or a paired code")
            v = Verb(verb, block, _check_code(code, source, n, empty=True), _check_code(paired, source, n, empty=True),
                     tuple(f for f in forms.split("|") if f), n)
            blocks.add(block)
            for first in dict.fromkeys([v.words[0], *(f.split()[0] for f in v.forms)]):
                by_word.setdefault(first, []).append(v)
        elif kind == "pattern":
            if verb or forms:
                raise ValueError(f"{where}: a pattern row takes no verb and no forms")
            code = _check_code(code, source, n, empty=True)
            paired = _check_code(paired, source, n, empty=True)
            if not code and not paired:
                raise ValueError(f"{where}: a pattern needs a code or a paired code")
            b, a = _parse_elements(before, synsets, where), _parse_elements(after, synsets, where)
            size = sum(e.size for e in (*b, *a))
            patterns.setdefault(block, []).append(Pattern(block, b, a, code, paired, n, size, tuple(_needs((*b, *a)))))
        else:
            raise ValueError(f"{where}: unknown kind {kind!r}; expected verb or pattern")
    missing = sorted(set(patterns) - blocks)
    if missing:
        orphan = patterns[missing[0]][0]
        raise ValueError(f"{source}:{orphan.line}: the block {missing[0]!r} has patterns but no verb")
    ordered = {b: tuple(sorted(ps, key=lambda p: -p.size)) for b, ps in patterns.items()}
    return VerbDictionary({w: tuple(vs) for w, vs in by_word.items()}, ordered, synsets,
                          {b: _index(ps) for b, ps in ordered.items()})


def _index(patterns: Sequence[Pattern]) -> tuple[dict[str, tuple[int, ...]], tuple[int, ...]]:
    """Each pattern filed under the keys of its word that has the fewest alternatives."""
    by_key: dict[str, list[int]] = {}
    free: list[int] = []
    for n, p in enumerate(patterns):
        if not p.needs:
            free.append(n)
            continue
        for key in min(p.needs, key=len):
            by_key.setdefault(key, []).append(n)
    return {k: tuple(v) for k, v in by_key.items()}, tuple(free)


@cache
def dictionary() -> VerbDictionary:
    """The built-in dictionary, read once: from the cache (rashomon.cache) when a copy built from the same code
    and files is there (about 0.08 s to read, instead of about 0.16 s to parse), else parsed and cached."""
    data = resources.files("rashomon.data")
    verbs, synsets = (data.joinpath(name).read_bytes() for name in (VERBS_FILE, SYNSETS_FILE))
    try:
        inputs = [Path(__file__).read_bytes(), verbs, synsets, data.joinpath(CAMEO_FILE).read_bytes()]
    except OSError:  # the inputs cannot be fingerprinted: do without a cache
        inputs = None
    return cached(cache_path("verbs", inputs) if inputs is not None else None, VerbDictionary,
                  lambda: parse(verbs.decode("utf-8"), synsets.decode("utf-8")))


def match(tok: Token) -> list[VerbMatch]:
    """The dictionary's readings of a verb token, most specific first (see the module's docstring).

    Patterns that fit come first, by how many of their words matched (ties in table order); when none fits,
    the verb's bare code (``words == 0``; ``code`` None when the dictionary codes the verb "---"). Empty for
    a word the dictionary does not know."""
    return _match(dictionary(), tok)


# ---------------------------------------------------------------------------------------------- matching


@lru_cache(maxsize=1 << 16)
def _keys_of(lower: str, lemma: str) -> tuple[str, ...]:
    return tuple(dict.fromkeys((lemma.lower(), lower, word_key(lower))))


#: :func:`_keys_of` by the numbers of a token's lower-case form and lemma (the same words recur in every text)
_KEYS_BY_NUMBER: dict[tuple[int, int], tuple[str, ...]] = {}


def _keys_by_number(doc: Doc, lower: int, lemma: int) -> tuple[str, ...]:
    """A token's keys (its lemma, lower-case form and :func:`word_key`) given the numbers of its lower-case
    form and lemma: the strings are read only for numbers not met before."""
    ks = _KEYS_BY_NUMBER.get((lower, lemma))
    if ks is None:
        if len(_KEYS_BY_NUMBER) > 100_000:
            _KEYS_BY_NUMBER.clear()
        strings = doc.vocab.strings
        ks = _KEYS_BY_NUMBER[lower, lemma] = _keys_of(strings[lower], strings[lemma])
    return ks


class _Ctx:
    """One verb token's windows and their tokens' keys."""

    __slots__ = ("after", "before", "doc", "keys", "lemmas", "lowers", "present")

    def __init__(self, tok: Token) -> None:
        self.doc = tok.doc
        self.after = _after_window(tok)
        self.before = _before_window(tok)
        # every verb of a document reads the keys of the same tokens: they are kept with the parsed document
        self.keys: dict[int, tuple[str, ...]] = self.doc.user_data.setdefault("rashomon.verb_keys", {})
        self.lowers, self.lemmas = token_numbers(self.doc, "LOWER"), token_numbers(self.doc, "LEMMA")
        present: set[str] = set()
        keys_at = self.keys_at
        for i in self.before:
            present.update(keys_at(i))
        for i in self.after:
            present.update(keys_at(i))
        self.present = present

    def keys_at(self, i: int) -> tuple[str, ...]:
        ks = self.keys.get(i)
        if ks is None:
            ks = self.keys[i] = _keys_by_number(self.doc, self.lowers[i], self.lemmas[i])
        return ks

    def fits(self, i: int, word: str) -> bool:
        return word in self.keys_at(i)


def _excluded(tok: Token, side: str) -> set[int]:
    out: set[int] = set()
    for child in (tok.rights if side == "right" else tok.lefts):
        dep = child.dep_
        if dep in _OTHER_CLAUSES or (dep == "advcl" and any(c.dep_ == "mark" and c.lower_ != "to" for c in child.children)):
            out.update(range(child.left_edge.i, child.right_edge.i + 1))
        elif dep in ("punct", "cc"):
            out.add(child.i)
    return out


def _after_window(tok: Token) -> list[int]:
    skip = _excluded(tok, "right")
    return [i for i in range(tok.i + 1, tok.right_edge.i + 1) if i not in skip]


def _before_window(tok: Token) -> list[int]:
    skip = _excluded(tok, "left")
    window = [i for i in range(tok.left_edge.i, tok.i) if i not in skip]
    head = tok.head
    if tok.dep_ in ("xcomp", "conj") and head.i < tok.i:
        subject = [t.i for child in head.lefts if child.dep_ not in ("punct", "cc") for t in child.subtree]
        window = sorted(set(subject).union(window))
    return window


def _match(d: VerbDictionary, tok: Token) -> list[VerbMatch]:
    verbs: dict[tuple[str, str], Verb] = {}
    keys: Iterable[str] = (tok.lemma_.lower(), tok.lower_)
    if not any(k in d.verbs for k in keys):
        keys = _base_forms(tok.lower_)  # a lemma spaCy missed ("staged" -> "stag"): the regular base forms
    for key in keys:
        for v in d.verbs.get(key, ()):
            verbs.setdefault((v.block, v.lemma), v)
    if not verbs:
        return []
    ctx = _Ctx(tok)
    found: list[tuple[int, bool, int, VerbMatch]] = []  # (-words, bare, line, match)
    done: set[tuple[str, tuple[int, ...]]] = set()
    for v in verbs.values():
        tail = _verb_tail(ctx, tok, v)
        if tail is None:
            continue
        extra = len(tail)
        found.append((-extra, True, v.line, VerbMatch(v.lemma, v.block, _coded(v.code), v.paired or None, extra, "*", tail)))
        if (v.block, tail) in done:
            continue
        done.add((v.block, tail))
        taken = frozenset(tail)
        patterns = d.patterns.get(v.block)
        if not patterns:
            continue
        by_key, free = d.index[v.block]
        chosen = set(free)
        for key in ctx.present:
            chosen.update(by_key.get(key, ()))
        for n in sorted(chosen):
            p = patterns[n]
            if any(need.isdisjoint(ctx.present) for need in p.needs):
                continue
            got = _fit(ctx, p, taken)
            if got is not None:
                words = p.size + extra
                found.append((-words, False, p.line, VerbMatch(v.lemma, v.block, _coded(p.code), p.paired or None, words, p.text, got)))
    found.sort(key=lambda f: (f[0], f[1], f[2]))
    if any(not f[1] or f[0] < 0 for f in found):  # a pattern, or a multi-word verb's own words
        return [f[3] for f in found if not f[1] or f[0] < 0]
    return [f[3] for f in found]


@lru_cache(maxsize=1 << 14)
def _base_forms(word: str) -> tuple[str, ...]:
    """Regular base forms an inflected verb may have: "staged" -> stage, stag; "planning" -> plan."""
    out: list[str] = []
    for suffix, adds in (("ied", ("y",)), ("ies", ("y",)), ("ed", ("e", "")), ("ing", ("e", "")), ("es", ("", "e")), ("s", ("",))):
        if word.endswith(suffix) and len(word) > len(suffix) + 1:
            stem = word[: -len(suffix)]
            out.extend(stem + a for a in adds)
            if suffix in ("ed", "ing") and len(stem) > 2 and stem[-1] == stem[-2]:
                out.append(stem[:-1])  # "planned" -> plan
            break
    return tuple(dict.fromkeys(out))


def _coded(code: str) -> str | None:
    return code if code and code != NO_CODE else None


def _verb_tail(ctx: _Ctx, tok: Token, v: Verb) -> tuple[int, ...] | None:
    """The tokens of a multi-word verb's other words ("off" of "call off"), each within three tokens of the
    word before and inside the verb's subtree; () for a one-word verb; None when they are not there."""
    words = v.words
    if len(words) == 1:
        return ()
    got: list[int] = []
    pos = tok.i
    last = tok.right_edge.i
    for w in words[1:]:
        hit = next((i for i in range(pos + 1, min(pos + _NEAR, last) + 1) if ctx.fits(i, w)), None)
        if hit is None:
            return None
        got.append(hit)
        pos = hit
    return tuple(got)


def _fit(ctx: _Ctx, p: Pattern, taken: frozenset[int]) -> tuple[int, ...] | None:
    got: list[int] = []
    if p.before and _seq(ctx, p.before, [i for i in ctx.before if i not in taken], got) is None:
        return None
    if p.after and _seq(ctx, p.after, [i for i in ctx.after if i not in taken], got) is None:
        return None
    return tuple(got)


def _seq(ctx: _Ctx, elements: Sequence[Element], window: list[int], got: list[int]) -> int | None:
    """Match ``elements`` in order within ``window`` (token indices, increasing); the position in the window
    after the last match, or None. Matched token indices are appended to ``got``."""
    pos = 0
    for e in elements:
        if e.kind == "actor":
            continue
        hit = None
        for k in range(pos, len(window)):
            hit = _element_at(ctx, e, window, k)
            if hit is not None:
                break
        if hit is None:
            return None
        end, toks = hit
        got.extend(toks)
        pos = end
    return pos


def _element_at(ctx: _Ctx, e: Element, window: list[int], k: int) -> tuple[int, list[int]] | None:
    """Element ``e`` starting at window position k: (window position after it, token indices) or None."""
    if e.kind in ("word", "set"):
        if e.starts.isdisjoint(ctx.keys_at(window[k])):
            return None
        for alt in e.alts:
            n = len(alt)
            if k + n > len(window):
                continue
            idx = window[k : k + n]
            if idx[-1] - idx[0] == n - 1 and all(ctx.fits(i, w) for i, w in zip(idx, alt, strict=True)):
                return k + n, idx
        return None
    if e.kind == "actor":
        return k, []
    parts = [p for p in e.parts if p.kind != "actor"]
    if not parts:
        return k, []
    if e.kind == "pp" and ctx.doc[window[k]].dep_ == "aux":
        return None  # an infinitive's "to" opens no prepositional phrase
    start = _element_at(ctx, parts[0], window, k)
    if start is None or not start[1]:
        return None
    pos, toks = start
    opener = ctx.doc[toks[0]]
    if e.kind == "pp" and when_prep(opener):
        return None  # "called on Wednesday" is no call on anyone
    for part in parts[1:]:
        hit = None
        for j in range(pos, len(window)):
            i = window[j]
            if i - toks[-1] > _NEAR and not (e.kind == "pp" and opener.left_edge.i <= i <= opener.right_edge.i):
                break
            hit = _element_at(ctx, part, window, j)
            if hit is not None:
                break
        if hit is None:
            return None
        pos, toks = hit[0], toks + hit[1]
    if e.kind == "np" and len(toks) > 1 and not _one_phrase(ctx, toks):
        return None
    return pos, toks


def when_prep(prep: Token) -> bool:
    """True when a preposition only says when: its objects are dates or times ("called *on Wednesday*")."""
    if prep.dep_ not in ("prep", "agent"):
        return False
    objects = [g for g in prep.children if g.dep_ == "pobj"]
    return bool(objects) and all(g.ent_type_ in ("DATE", "TIME") for g in objects)


def _one_phrase(ctx: _Ctx, toks: list[int]) -> bool:
    """A noun group's tokens: adjacent, or all inside the subtree of the last one (its head noun)."""
    if toks[-1] - toks[0] == len(toks) - 1:
        return True
    head = ctx.doc[toks[-1]]
    return all(head.left_edge.i <= i <= head.right_edge.i for i in toks) and all(
        b - a <= _NEAR for a, b in pairwise(toks)
    )
