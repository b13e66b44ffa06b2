"""Every attribution relation in a parsed text: who (source) said, wrote, showed or thinks (cue) what (content).

rashomon.nlp.attribution answers a narrower question (who holds one event's trigger); this module lists
all the relations of a text, as PolNeAR annotates them, so a reader can see each claim with its holder:

- a reporting verb with a clause, quote or object: "Stoltenberg *said* (that) ...", "He *told* reporters
  ...", "Baku *denied* the report", "Trump *tweeted* that ...", "X *accused* Y *of* ...";
- a report set beside its content: "..., officials *said*." and "“...,” *said* Stoltenberg." (the
  content runs to the quotation's opening mark, across sentences);
- "*according to* X";
- thought, wish and belief: "Aliyev *believes* ...", "Yerevan *fears* ...", "they *want* to ...";
- evidence: "the poll *shows* ...";
- a cue noun with its clause: "Moscow's *claim* that ...".

Cues are the reporting verbs of rashomon.nlp.attribution plus the lexicon ``data/attribution_cues.txt``.
Beyond these rules, a verb with a subject and a clause, object or prepositional object ("Trump *made*
the case that ...", "she *voted for* him", "he *decried* ...") is a candidate relation, kept when a
small logistic model (``data/quotes_model.tsv``, fitted on PolNeAR's training part by
``eval/train_polnear.py``) scores it at or above its threshold: PolNeAR counts far more verbs as
attributions than any hand list names, each with its own odds.
Only token lookups on the parse spaCy already made: no extra parsing.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache, lru_cache
from importlib import resources
from itertools import repeat
from typing import TYPE_CHECKING, Any

import numpy as np

from rashomon.data import parse_kinds, shipped
from rashomon.nlp.attribution import SPEECH_VERBS
from rashomon.nlp.pipeline import text_of

if TYPE_CHECKING:
    from numpy.typing import NDArray
    from spacy.tokens import Doc, Token

KINDS = ("speech", "thought", "evidence", "noun", "object", "about", "expletive", "stance")
_OPENING = "“«„‘"
_CLOSING = "”»’"
#: The marks :func:`quotations` pairs: straight double quotes, two apostrophes, and the typographic double
#: marks (single ones are apostrophes as often as quotation marks).
_MARKS = re.compile("''|[\"" + _OPENING[:3] + _CLOSING[:2] + "]")
#: Characters trimmed off a content span's edges.
_QUOTE_ENDS = "”»\"'"
_EDGE = " \t\n,;:—–-"


@dataclass(frozen=True, slots=True)
class Attribution:
    """One attribution relation as character offsets into the parsed text (end exclusive).

    ``source`` is None where the text names no holder ("it is believed that ...", "... is expected to").
    """

    source: tuple[int, int] | None
    cue: tuple[int, int]
    content: tuple[int, int]


@dataclass(frozen=True, slots=True)
class Cues:
    """The cue lexicon: lemmas by kind (see data/attribution_cues.txt)."""

    verbs: frozenset[str]  # speech, thought and evidence verbs, with SPEECH_VERBS
    speech: frozenset[str]  # the verbs that may stand beside a quotation ("..., he said")
    nouns: frozenset[str]
    objects: frozenset[str]  # verbs whose plain noun object is content
    about: frozenset[tuple[str, str]]  # (verb, preposition) whose object is content
    expletives: frozenset[str]
    stances: frozenset[str] = frozenset()  # adjectives of a held view: "X is confident that ..."


@cache
def cues() -> Cues:
    """The shipped cue lexicon (data/attribution_cues.txt), read once."""
    return parse_cues(
        resources.files("rashomon.data").joinpath("attribution_cues.txt").read_text(encoding="utf-8")
    )


def parse_cues(text: str) -> Cues:
    """A cue lexicon from its text; a malformed line raises ValueError naming it."""
    kinds = parse_kinds(text, "attribution_cues.txt", KINDS, "lemma")
    verbs = frozenset(SPEECH_VERBS | kinds["speech"] | kinds["thought"] | kinds["evidence"])
    pairs = set()
    for pair in kinds["about"]:
        verb, slash, prep = pair.partition("/")
        if not slash or not verb or not prep:
            raise ValueError(
                f"attribution_cues.txt: expected verb/preposition in the about: lines, got {pair!r}"
            )
        pairs.add((verb, prep))
    verbs |= {v for v, _ in pairs}
    speech = frozenset(SPEECH_VERBS | kinds["speech"])
    return Cues(
        verbs,
        speech,
        frozenset(kinds["noun"]),
        frozenset(kinds["object"]),
        frozenset(pairs),
        frozenset(kinds["expletive"]),
        frozenset(kinds["stance"]),
    )


# ----------------------------------------------------------------------------------------------------
# Quotations
# ----------------------------------------------------------------------------------------------------


def quotations(text: str) -> list[tuple[int, int]]:
    """Character spans of the quoted passages, marks included.

    Typographic marks pair up; straight double quotes (and the two apostrophes '' some papers print)
    alternate within a paragraph. A quotation still open at a paragraph's end ends there (news repeats
    the opening mark on each quoted paragraph instead of closing it).
    """
    out: list[tuple[int, int]] = []
    start = 0
    for para in text.split("\n"):
        open_at: int | None = None
        for m in _MARKS.finditer(para):
            i, mark = m.start(), m.group()
            if mark == '"' or mark == "''":
                if open_at is None:
                    open_at = i
                else:
                    out.append((start + open_at, start + i + len(mark)))
                    open_at = None
            elif mark in _OPENING:
                if open_at is None:
                    open_at = i
            elif open_at is not None:  # a closing mark
                out.append((start + open_at, start + i + 1))
                open_at = None
        if open_at is not None and len(para) - open_at > 1:
            out.append((start + open_at, start + len(para)))
        start += len(para) + 1
    return out


def _widen(span: tuple[int, int], quotes: list[tuple[int, int]], limit: tuple[int, int]) -> tuple[int, int]:
    """The content span grown to cover each quotation it partly overlaps, without passing ``limit``
    (the source and cue, which stand outside the quotation)."""
    start, end = span
    for qs, qe in quotes:
        if qs < limit[0] and limit[1] < qe:
            continue  # a quotation that holds the source and the cue: the report is inside it, not its words
        if qs < end and start < qe:
            if qs < start and not (qs < limit[1] and limit[0] < start):
                start = qs
            if qe > end and not (end < limit[1] and limit[0] < qe):
                end = qe
    return start, end


# ----------------------------------------------------------------------------------------------------
# Spans from the parse
# ----------------------------------------------------------------------------------------------------


def _chars(doc: Doc, first: int, last: int) -> tuple[int, int]:
    """Character span of tokens first..last (inclusive)."""
    return doc[first].idx, doc[last].idx + len(doc[last])


def _trim(text: str, span: tuple[int, int]) -> tuple[int, int] | None:
    start, end = span
    while start < end and text[start] in _EDGE:
        start += 1
    while end > start and text[end - 1] in _EDGE:
        end -= 1
    return (start, end) if end > start else None


def _phrase(tok: Token, verb: Token | None = None) -> tuple[int, int]:
    """First and last token index of a noun phrase: its subtree (appositions and relative clauses
    included, as PolNeAR marks sources), short of a modifier that holds the cue ``verb`` itself and of
    what stands before a dash or line break (a dateline: "WASHINGTON — Sen. X said")."""
    doc = tok.doc
    first, last = tok.left_edge.i, tok.right_edge.i
    if verb is not None and first <= verb.i <= last:
        for c in tok.children:
            if c.left_edge.i <= verb.i <= c.right_edge.i:
                if c.i > tok.i:
                    last = min(last, c.left_edge.i - 1)
                else:
                    first = max(first, c.right_edge.i + 1)
    for c in tok.children:
        # "Brockovich, ..., endorsed X, saying ...": a finite verb without a subject of its own, parsed
        # as a clause on the noun, is the sentence's main verb
        if (
            c.i > tok.i
            and c.dep_ in ("acl", "relcl")
            and c.tag_ in ("VBD", "VBZ", "VBP")
            and not any(k.dep_ in ("nsubj", "nsubjpass") for k in c.children)
            and c.left_edge.i - 1 < last
        ):
            last = max(tok.i, c.left_edge.i - 1)
    for i in range(tok.i - 1, first - 1, -1):
        if doc[i].text in ("—", "--", "–") or "\n" in doc[i].text or doc[i].text in _CLOSING + '"':
            first = i + 1
            break
    while last > tok.i and (doc[last].is_punct or doc[last].is_space):
        last -= 1
    while first < tok.i and (doc[first].is_punct or doc[first].is_space):
        first += 1
    return first, last


def _subject(verb: Token, expletives: frozenset[str]) -> Token | None:
    """The verb's source: its subject, the agent of a passive, or the subject it shares with the verb
    it is coordinated with or serves ("Trump spoke, saying ..."); a relative pronoun stands for the
    noun the clause describes."""
    cur = verb
    for _ in range(3):
        # the subject nearest the verb: in '“The fact that ...,” Huckabee said' both are parsed as subjects
        for c in sorted(cur.children, key=lambda k: abs(k.i - cur.i)):
            if c.dep_ in ("nsubj", "csubj"):
                if c.lower_ in ("who", "whom") and cur.dep_ == "relcl":
                    return c  # PolNeAR's source is the pronoun itself
                if c.lower_ in ("that", "which") and cur.dep_ == "relcl":
                    return cur.head
                return None if c.lower_ in expletives else c
            if c.dep_ == "agent":
                for obj in c.children:
                    if obj.dep_ == "pobj":
                        return obj
        if cur.dep_ in ("conj", "advcl", "xcomp") and cur.head.pos_ in ("VERB", "AUX"):
            if (
                (
                    (cur.tag_ == "VBG" and cur.dep_ == "advcl" and cur.head.dep_ == "ccomp")
                    or _misattached_conj(cur)
                )
                and cur.head.head.pos_ == "VERB"
                and cur.i > cur.head.head.i
            ):
                # "X said the law helped, saying ...": the participle hangs on the reported clause, but
                # its doer is the reporter
                cur = cur.head.head
                continue
            cur = cur.head
            continue
        if cur.dep_ in ("acl", "advcl") and cur.tag_ == "VBG" and cur.head.pos_ in ("NOUN", "PROPN", "NUM"):
            return cur.head  # "three in 10 saying ...", "Brockovich ..., saying ..."
        break
    if verb.tag_ in ("VBD", "VBZ", "VBP") and not any(
        c.dep_ in ("nsubj", "nsubjpass") for c in verb.children
    ):
        # a misparsed finite verb: the name standing right before it ("..., Rep. Paul Ryan (R-WI) said")
        left = _name_before(verb)
        if left is not None:
            return left
    if verb.dep_ == "conj":
        # "Trump summed up ..., denounced ... and said ...", the subject parsed under the first verb
        sent = verb.sent
        for tok in sent:
            if tok.i >= verb.i:
                break
            if tok.dep_ == "nsubj" and tok.head.pos_ == "VERB" and tok.lower_ not in expletives:
                return tok
    return None


def _misattached_conj(w: Token) -> bool:
    """A finite verb without a subject parsed as joined to the infinitive or clause of another report
    ("called on the US to attack ... and proposed a safe zone"): it is joined to the report itself."""
    return (
        w.dep_ == "conj"
        and w.tag_ in ("VBD", "VBZ")
        and w.head.dep_ in ("ccomp", "xcomp")
        and w.head.tag_ != w.tag_
        and not any(c.dep_ in ("nsubj", "nsubjpass") for c in w.children)
    )


def _name_before(verb: Token) -> Token | None:
    """The proper noun or pronoun just before the verb (past one parenthesis and adverbs), if any."""
    doc = verb.doc
    i = verb.i - 1
    while i >= 0 and doc[i].pos_ in ("ADV", "AUX", "PART") and verb.i - i <= 3:
        i -= 1
    if i >= 0 and doc[i].text == ")":
        while i >= 0 and doc[i].text != "(" and verb.i - i <= 8:
            i -= 1
        i -= 1
    if i < 0 or doc[i].sent.start != verb.sent.start:
        return None
    tok = doc[i]
    if tok.pos_ == "PRON":
        return tok if tok.lower_ in ("he", "she", "they", "we", "i") else None
    if tok.pos_ not in ("PROPN", "NOUN", "NUM"):
        return None
    # up to the head of the phrase the word ends: "About 4 in 10 say", "activists clamoring to block
    # X from the nomination say"
    while (
        tok.dep_
        in ("compound", "nummod", "pobj", "prep", "quantmod", "amod", "poss", "dobj", "xcomp", "acl", "appos")
        and tok.head.i < verb.i
        and tok.head.pos_ in ("NOUN", "PROPN", "NUM", "ADP", "VERB")
        and tok.head.i != tok.i
    ):
        tok = tok.head
    return tok if tok.pos_ in ("NOUN", "PROPN", "NUM") else None


def _cue(verb: Token) -> tuple[int, int]:
    """First and last token of the cue: the verb with its auxiliaries, negation and particle next to it."""
    first = last = verb.i
    doc = verb.doc
    parts = {c.i for c in verb.children if c.dep_ in ("aux", "auxpass", "neg", "prt")}
    while first - 1 in parts:
        first -= 1
    while last + 1 in parts:
        last += 1
    if first > 0 and doc[first - 1].lower_ == "also" and doc[first - 1].head.i == verb.i:
        first -= 1
    return first, last


_CLAUSE_DEPS = ("ccomp", "xcomp", "oprd")
#: Verbs whose object is the one addressed, not what is said.
_TO_WHOM = frozenset(
    {"tell", "inform", "assure", "remind", "brief", "warn", "caution", "promise", "ask", "advise"}
)


def _short_of_next_report(verb: Token, first: int, last: int, verbs: frozenset[str]) -> int:
    """The content's last token, ending before a report of its own that is joined on to it ("A said
    the party does not care, while B said ...", "... and one in four said ...")."""
    doc = verb.doc
    for i in range(first + 1, last + 1):
        w = doc[i]
        if (
            w.pos_ == "VERB"
            and w.lemma_.lower() in verbs
            and w.dep_ in ("conj", "advcl")
            and (
                any(c.dep_ == "nsubj" and c.pos_ != "PRON" for c in w.children)
                or (w.tag_ == "VBG" and w.dep_ == "advcl" and doc[w.left_edge.i - 1].text == ",")
                or _misattached_conj(w)
            )
            and w.left_edge.i > first
        ):
            end = w.left_edge.i - 1
            while end > first and (doc[end].is_punct or doc[end].dep_ in ("cc", "mark")):
                end -= 1
            return end
    return last


def _in_paragraph(doc: Doc, at: int, first: int, last: int) -> tuple[int, int]:
    """first..last cut to the paragraph of token ``at``: the tagger runs a sentence across a line
    break now and then, and a report's clause never does."""
    for i in range(at - 1, first - 1, -1):
        if "\n" in doc[i].text:
            first = i + 1
            break
    for i in range(at + 1, last + 1):
        if "\n" in doc[i].text:
            last = i - 1
            break
    return first, last


def _content_tokens(verb: Token, c: Cues) -> tuple[int, int] | None:
    """First and last token of what the verb reports: its clause, or its object (with the clause
    of "urged X to ..." and the "of" phrase of "accused X of ...")."""
    objects, verbs = c.objects, c.verbs
    doc = verb.doc
    lemma = cue_lemma(verb, verbs) or verb.lemma_.lower()
    clauses = [k for k in verb.children if k.dep_ in _CLAUSE_DEPS]
    clauses += [
        k  # "asked workers if they planned to ...": a question the parser hangs on as an adverbial
        for k in verb.children
        if k.dep_ == "advcl"
        and k.i > verb.i
        and any(m.dep_ == "mark" and m.lower_ in ("if", "whether") for m in k.children)
    ]
    objs = [k for k in verb.children if k.dep_ in ("dobj", "dative") and k.pos_ != "PRON"]
    if lemma in _TO_WHOM:
        objs = []  # "told reporters that ...": who is told is no part of what
    if verb.lemma_.lower() in ("accuse", "charge", "blame", "criticize", "criticise", "fault"):
        clauses += [k for k in verb.children if k.dep_ == "prep" and k.lower_ in ("of", "for", "over")]
    if clauses:
        parts = clauses + [o for o in objs if o.i < min(k.i for k in clauses)]
        first = min(p.left_edge.i for p in parts)
        last = max(p.right_edge.i for p in parts)
        first, last = _in_paragraph(doc, verb.i, first, last)
        if len(clauses) == 1 and first < verb.i < last:
            # "information that officials said would ...": the clause's relative pronoun before the verb
            first, last = (verb.i + 1, last) if clauses[0].i > verb.i else (first, verb.i - 1)
        return first, _short_of_next_report(verb, first, last, verbs)
    if objs and lemma in objects:
        o = objs[0]
        return o.left_edge.i, o.right_edge.i
    for p in verb.children:
        if p.dep_ == "prep" and (lemma, p.lower_) in c.about:
            pobj = [k for k in p.children if k.dep_ in ("pobj", "pcomp")]
            if pobj:
                return pobj[0].left_edge.i, pobj[0].right_edge.i
    return None


def _beside(verb: Token) -> tuple[int, int] | None:
    """Content of a report set beside it: "..., officials said." parsed as the clause's parataxis, or
    the sentence's other part when the verb heads the sentence without a complement."""
    sent = verb.sent
    doc = verb.doc
    if verb.dep_ == "parataxis":
        head = verb.head
        if verb.i > head.i:
            return head.left_edge.i, verb.left_edge.i - 1
        return verb.right_edge.i + 1, head.right_edge.i
    if (
        verb.dep_ == "advcl"
        and any(c.dep_ == "mark" and c.lower_ == "as" for c in verb.children)
        and not any(c.dep_ in ("dobj", "ccomp", "xcomp") and not _addressee(c) for c in verb.children)
    ):
        # "As Clinton told the paper, tax relief ...": the clause the report is set in; not "as the
        # republics declared independence, the issue became ...", where the verb has its own object
        head = verb.head
        if verb.i < head.i:
            return verb.right_edge.i + 1, head.right_edge.i
        return head.left_edge.i, verb.left_edge.i - 1
    if verb.dep_ == "ROOT":
        # "“...,” said X." with the quote parsed outside the verb's subtree: the rest of the sentence
        if verb.left_edge.i > sent.start:
            return sent.start, verb.left_edge.i - 1
        if verb.right_edge.i < sent.end - 1 and not doc[verb.right_edge.i + 1].is_punct:
            return verb.right_edge.i + 1, sent.end - 1
        if sent.start > 0 and not any(
            c.dep_ in ("ccomp", "xcomp", "dobj") and c.i > verb.i and not _addressee(c) for c in verb.children
        ):
            # "Trump said." standing alone after the quotation it reports
            before = doc[sent.start - 1].sent
            if any(
                t.text.strip()[-1:] in _QUOTE_ENDS
                for t in doc[max(before.start, before.end - 3) : before.end]
            ):
                return before.start, before.end - 1
    return None


def _addressee(tok: Token) -> bool:
    return tok.dep_ == "dobj" and tok.head.lemma_.lower() in _TO_WHOM


def cue_lemma(tok: Token, lemmas: frozenset[str]) -> str | None:
    """The token's lemma if it is in ``lemmas``, also where the tagger's lemma is off ("hopes" -> "hop")."""
    lemma = tok.lemma_.lower()
    if lemma in lemmas:
        return lemma
    low = tok.lower_
    for suffix, repl in (("es", "e"), ("ed", "e"), ("ing", "e"), ("s", "")):
        if low.endswith(suffix) and (base := low[: -len(suffix)] + repl) in lemmas:
            return base
    return None


def _after_colon(verb: Token, quotes: list[tuple[int, int]]) -> tuple[int, int] | None:
    """ "X said: “...”": the quotation (or the rest of the sentence) after the colon that follows the cue."""
    doc = verb.doc
    nxt = verb.i + 1
    while nxt < len(doc) and nxt - verb.i <= 4 and doc[nxt].text != ":" and not doc[nxt].is_sent_end:
        nxt += 1
    if nxt >= len(doc) - 1 or doc[nxt].text != ":":
        return None
    start = doc[nxt + 1].idx
    for qs, qe in quotes:
        if start <= qs <= start + 2:
            return _tokens_of(doc, qs, qe)
    sent = doc[nxt].sent
    return (nxt + 1, sent.end - 1) if sent.end - 1 > nxt else None


def _adjacent_quote(
    verb: Token, subject: Token | None, text: str, quotes: list[tuple[int, int]]
) -> tuple[int, int] | None:
    """The quotation that ends just before the source and cue ('“...,” Huckabee said') or opens just
    after them ('Trump said, “...'), for a verb with no complement of its own."""
    doc = verb.doc
    first, last = verb.i, verb.i
    if subject is not None and abs(subject.i - verb.i) <= 12:
        s_first, s_last = _phrase(subject, verb)
        first, last = min(first, s_first), max(last, s_last)
    start, end = doc[first].idx, doc[last].idx + len(doc[last])
    for qs, qe in quotes:
        if qe <= start and not text[qe:start].strip(" ,\n"):
            return _tokens_of(doc, qs, qe)
        if qs >= end and not text[end:qs].strip(" ,:\n"):
            return _tokens_of(doc, qs, qe)
    return None


def _tokens_of(doc: Doc, start: int, end: int) -> tuple[int, int] | None:
    span = doc.char_span(start, end, alignment_mode="expand")
    return (span.start, span.end - 1) if span is not None and len(span) else None


def _report(verb: Token, text: str, c: Cues, quotes: list[tuple[int, int]]) -> Attribution | None:
    doc = verb.doc
    subject = _subject(verb, c.expletives)
    content = _content_tokens(verb, c)
    if content is None and cue_lemma(verb, c.speech) and not any(k.dep_ == "auxpass" for k in verb.children):
        content = _after_colon(verb, quotes) or _adjacent_quote(verb, subject, text, quotes) or _beside(verb)
    if content is None:
        return None
    clipped = _in_paragraph(doc, verb.i, *content)
    # a report standing alone after the paragraph it reports keeps it ("..." // Sroka said.)
    if clipped[0] <= clipped[1] or doc[content[1]].text.strip()[-1:] not in _QUOTE_ENDS + "“":
        content = clipped
    if content[0] > content[1]:
        return None
    cue_first, cue_last = _cue(verb)
    source_tokens = _phrase(subject, verb) if subject is not None else None
    if (
        source_tokens is not None
        and content[0] <= source_tokens[0] <= content[1]
        and not content[0] <= verb.i <= content[1]
    ):
        source_tokens = None  # the subject lies within what is reported: it is no source
    cue = _chars(doc, cue_first, cue_last)
    source = _chars(doc, *source_tokens) if source_tokens else None
    span = _trim(text, _chars(doc, *content))
    if span is None:
        return None
    outside = (min(cue[0], source[0]) if source else cue[0], max(cue[1], source[1]) if source else cue[1])
    return Attribution(source, cue, _trim(text, _widen(span, quotes, outside)) or span)


def _according(tok: Token, text: str, quotes: list[tuple[int, int]]) -> Attribution | None:
    """ "according to X": X is the source, the clause the phrase belongs to the content."""
    doc = tok.doc
    if tok.i + 1 >= len(doc) or doc[tok.i + 1].lower_ != "to":
        return None
    to = doc[tok.i + 1]
    objs = [c for c in to.children if c.dep_ == "pobj"] or [c for c in tok.children if c.dep_ == "pobj"]
    if not objs:
        return None
    source_tokens = _phrase(objs[0])
    cue = _chars(doc, tok.i, to.i)
    sent = tok.sent
    phrase_first, phrase_last = tok.i, max(source_tokens[1], to.i)
    if phrase_first - sent.start >= sent.end - 1 - phrase_last:
        first, last = sent.start, phrase_first - 1
    else:
        first, last = phrase_last + 1, sent.end - 1
    if first > last:
        return None
    span = _trim(text, _chars(doc, first, last))
    if span is None:
        return None
    source = _chars(doc, *source_tokens)
    return Attribution(source, cue, _trim(text, _widen(span, quotes, (cue[0], source[1]))) or span)


def _noun(noun: Token, text: str, c: Cues, quotes: list[tuple[int, int]]) -> Attribution | None:
    """ "Moscow's claim that ...": the noun's "that" clause is content; a possessor or the subject of
    the verb that makes the claim is the source. "X gave his account of the war: “...”": the quotation after
    the colon that closes the noun's phrase is X's."""
    clause = next(
        (
            k
            for k in noun.children
            if k.dep_ in ("acl", "ccomp") and any(m.lower_ == "that" and m.dep_ == "mark" for m in k.children)
        ),
        None,
    )
    doc = noun.doc
    if clause is None:
        return _told(noun, text, c, quotes)
    # "Moscow's claim"; or a verb the tagger took for a noun ("Residents fear that ...")
    holder = next(
        (k for k in noun.children if k.dep_ in ("poss", "nsubj") and k.lower_ not in c.expletives), None
    )
    if holder is None and noun.dep_ == "dobj":
        holder = _subject(noun.head, c.expletives)
    span = _trim(text, _chars(doc, clause.left_edge.i, clause.right_edge.i))
    if span is None:
        return None
    source = _chars(doc, *_phrase(holder)) if holder is not None else None
    return Attribution(source, _chars(doc, noun.i, noun.i), span)


#: Nouns of a telling that a quotation after a colon gives ("gave his own account of the war: “...”").
TELLING_NOUNS = frozenset({"account", "narrative", "version", "recollection", "testimony"})


def _told(noun: Token, text: str, c: Cues, quotes: list[tuple[int, int]]) -> Attribution | None:
    """ "X has given his account of the aid sent: “...”": the quotation that opens after the colon closing the
    object's phrase is the subject's (as "X said: “...”" is); None where no colon and quotation follow."""
    doc = noun.doc
    if noun.lower_ not in TELLING_NOUNS or noun.dep_ != "dobj":
        return None
    # (the first colon after the noun in its sentence, with only the words of the noun's clause between them: the
    # parser may run the noun's phrase on into the quotation, or hang the clause from a verb quoted after it)
    verb = noun.head
    colon = next((t.i for t in doc[noun.i + 1 : noun.sent.end] if t.text == ":"), len(doc))
    if colon + 1 >= len(doc) or not all(verb.is_ancestor(t) for t in doc[noun.i + 1 : colon]):
        return None
    start = doc[colon + 1].idx
    quote = next(((qs, qe) for qs, qe in quotes if start <= qs <= start + 2), None)
    holder = _subject(verb, c.expletives)
    content = _tokens_of(doc, *quote) if quote is not None else None
    if content is None or holder is None:
        return None
    span = _trim(text, _chars(doc, *content))
    if span is None:
        return None
    return Attribution(_chars(doc, *_phrase(holder)), _chars(doc, noun.i, noun.i), span)


#: Nouns of findings: "In a CNN poll, ...": the poll is the source of what the sentence says.
_FINDINGS = frozenset({"survey", "poll", "study", "report", "analysis", "tally", "count", "review", "audit"})


def _in_findings(tok: Token, text: str, quotes: list[tuple[int, int]]) -> Attribution | None:
    """ "In a New York Times/CBS News survey released Thursday, 40 percent ...": the survey (with what
    describes it) is the source, "in" the cue, the rest of the sentence the content."""
    doc = tok.doc
    pobj = next((k for k in tok.children if k.dep_ == "pobj"), None)
    if pobj is None or pobj.lemma_.lower() not in _FINDINGS:
        return None
    first, last = _phrase(pobj)
    sent = tok.sent
    if last + 2 >= sent.end - 1:
        return None
    span = _trim(text, _chars(doc, last + 1, sent.end - 1))
    if span is None:
        return None
    source = _chars(doc, first, last)
    cue = _chars(doc, tok.i, tok.i)
    return Attribution(source, cue, _trim(text, _widen(span, quotes, (cue[0], source[1]))) or span)


#: Labels that open a line with a colon without naming who speaks.
_NOT_SPEAKERS = frozenset(
    {"note", "update", "updated", "photo", "photos", "source", "sources", "editor", "correction", "related",
     "watch", "read", "video", "abstract", "text", "full", "subscribe", "follow", "contact", "q", "a"}
)  # fmt: skip


def _stance(adj: Token, text: str, c: Cues) -> Attribution | None:
    """ "Sanders is critical of the deal", "his supporters are optimistic that he'll ...": the
    subject of "be" is the source, "be" with the adjective (and its preposition) the cue, what the
    adjective takes the content."""
    doc = adj.doc
    be = adj.head
    if be.lemma_.lower() != "be" or be.i > adj.i:
        return None
    subject = next((k for k in be.children if k.dep_ == "nsubj"), None)
    if subject is None or subject.lower_ in c.expletives or subject.pos_ not in ("PROPN", "PRON", "NOUN"):
        return None
    cue_last = adj.i
    part = next((k for k in adj.children if k.dep_ in ("xcomp", "ccomp") and k.i > adj.i), None)
    if part is not None:
        first, last = part.left_edge.i, part.right_edge.i
    else:
        prep = next((k for k in adj.children if k.dep_ == "prep" and k.i == adj.i + 1), None)
        pobj = next((k for k in prep.children if k.dep_ in ("pobj", "pcomp")), None) if prep else None
        if prep is None or pobj is None:
            return None
        cue_last, first, last = prep.i, pobj.left_edge.i, pobj.right_edge.i
    first, last = _in_paragraph(doc, adj.i, first, last)
    span = _trim(text, _chars(doc, first, last)) if first <= last else None
    if span is None:
        return None
    cue_first = _cue(be)[0]
    return Attribution(_chars(doc, *_phrase(subject, be)), _chars(doc, cue_first, cue_last), span)


def _colon_headline(colon: Token, text: str, quotes: list[tuple[int, int]]) -> Attribution | None:
    """ "Sanders: ‘It Is Not A Radical Idea’", "Poll: ...", "BENENSON: ...": a name or a noun of
    findings opening a line, a colon, and what they said (to the line's end)."""
    doc = colon.doc
    first = colon.i
    while first > 0 and "\n" not in doc[first - 1].text and colon.i - first < 7:
        first -= 1
    if first > 0 and "\n" not in doc[first - 1].text:
        return None
    while first < colon.i and (doc[first].is_space or doc[first].is_punct):
        first += 1
    if not 0 < colon.i - first <= 6:
        return None
    name = doc[first : colon.i]
    if not all(
        t.pos_ in ("PROPN", "DET", "ADJ", "PART", "NOUN") or t.text in ("'s", "’s", ".") for t in name
    ):
        return None
    if name[-1].pos_ not in ("PROPN", "NOUN") or name[-1].lower_ in _NOT_SPEAKERS:
        return None
    if name[-1].pos_ == "NOUN" and len(name) == 1 and not name[0].text[0].isupper():
        return None
    last = colon.i
    while last + 1 < len(doc) and "\n" not in doc[last + 1].text:
        last += 1
    if last - colon.i < 3:
        return None
    span = _trim(text, _chars(doc, colon.i + 1, last))
    if span is None:
        return None
    source = _chars(doc, first, colon.i - 1)
    cue = _chars(doc, colon.i, colon.i)
    return Attribution(source, cue, _trim(text, _widen(span, quotes, (source[0], cue[1]))) or span)


# ----------------------------------------------------------------------------------------------------
# Learned candidates: verbs the rules leave out
# ----------------------------------------------------------------------------------------------------

MODEL_FILE = "quotes_model.tsv"


@dataclass(frozen=True, slots=True)
class Candidate:
    """A verb the rules did not take, with a subject (the source) and what it takes (the content)."""

    verb: Token
    subject: Token
    kind: str  # "clause", "dobj" or "prep"
    relation: Attribution


@dataclass(frozen=True, slots=True)
class Model:
    """Logistic weights over candidate features; a candidate is kept when its probability >= threshold."""

    weights: dict[str, float]
    bias: float
    threshold: float
    trained_on: str

    def probability(self, features: list[str]) -> float:
        z = self.bias + sum(map(self.weights.get, features, repeat(0.0)))
        return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))


def parse_model(text: str, source: str = MODEL_FILE) -> Model:
    """A model from the TSV written by ``eval/train_polnear.py``: ``meta<TAB>name<TAB>value`` lines
    (``bias``, ``threshold``, ``trained_on``) and ``w<TAB>feature<TAB>weight`` lines; ``#`` comments.
    A malformed line raises ValueError naming the source and line."""
    weights: dict[str, float] = {}
    meta: dict[str, str] = {}
    for n, line in enumerate(text.splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        parts = line.split("\t")
        if len(parts) != 3 or parts[0] not in ("meta", "w"):
            raise ValueError(f"{source}:{n}: expected 'meta|w<TAB>name<TAB>value', got {line[:80]!r}")
        if parts[0] == "meta":
            meta[parts[1]] = parts[2]
            continue
        try:
            weights[parts[1]] = float(parts[2])
        except ValueError:
            raise ValueError(f"{source}:{n}: the weight {parts[2]!r} is not a number") from None
    try:
        bias, threshold = float(meta["bias"]), float(meta["threshold"])
    except (KeyError, ValueError):
        raise ValueError(f"{source}: needs numeric 'meta bias' and 'meta threshold' lines") from None
    return Model(weights, bias, threshold, meta.get("trained_on", ""))


@cache
def model() -> Model | None:
    """The shipped candidate model, or None where the file is absent (the rules alone then)."""
    path = shipped(MODEL_FILE)
    return parse_model(path.read_text(encoding="utf-8")) if path is not None else None


#: Whether a relation whose cue lies within tokens first..last (inclusive) of a parsed text may be wanted.
CueFilter = Callable[["Doc", int, int], bool]


def candidates(parsed: Doc, taken: set[int], c: Cues, wanted: CueFilter | None = None) -> list[Candidate]:
    """Verbs not in ``taken`` (token indices of the rules' cues) that have a subject and a clause, a
    direct object or a prepositional object after them; the cue is the verb with its auxiliaries (and
    the preposition right after it: "voted for", "called on"). With ``wanted``, only the verbs whose cue
    (with the token after it, which the preposition may add) it holds for."""
    from spacy.attrs import POS
    from spacy.symbols import VERB

    out = []
    doc = parsed
    for i in (doc.to_array(POS) == VERB).nonzero()[0].tolist():
        if i in taken:
            continue
        t = doc[i]
        cue_first, cue_last = _cue(t)
        if wanted is not None and not wanted(doc, cue_first, min(cue_last + 1, len(doc) - 1)):
            continue
        subject = _subject(t, c.expletives)
        if subject is None:
            continue
        clause = [k for k in t.children if k.dep_ in ("ccomp", "xcomp") and k.i > t.i]
        dobj = [k for k in t.children if k.dep_ == "dobj" and k.i > t.i]
        if clause:
            kind, first, last = "clause", clause[0].left_edge.i, clause[-1].right_edge.i
            if dobj and dobj[0].i < clause[0].i:
                first = dobj[0].left_edge.i
        elif dobj:
            kind, first, last = "dobj", dobj[0].left_edge.i, dobj[0].right_edge.i
        else:
            prep = next(
                (
                    (k, g)
                    for k in t.children
                    if k.dep_ == "prep" and k.i > t.i
                    for g in k.children
                    if g.dep_ in ("pobj", "pcomp")
                ),
                None,
            )
            if prep is None:
                continue
            kind, first, last = "prep", prep[1].left_edge.i, prep[1].right_edge.i
            if prep[0].i == cue_last + 1:
                cue_last = prep[0].i
        if first <= t.i <= last:
            continue
        source = _phrase(subject, t)
        relation = Attribution(
            _chars(doc, *source), _chars(doc, cue_first, cue_last), _chars(doc, first, last)
        )
        out.append(Candidate(t, subject, kind, relation))
    return out


def features(cand: Candidate, c: Cues) -> list[str]:
    """The candidate's features: the verb's lemma (alone and with the content's kind, its dependency,
    its object and preposition, its subject's part of speech), the subject's kind, negation, modality."""
    t, s = cand.verb, cand.subject
    lem = t.lemma_.lower()
    out = [
        f"lem={lem}", f"kind={cand.kind}", f"lemkind={lem}|{cand.kind}", f"dep={t.dep_}", f"tag={t.tag_}",
        f"lemdep={lem}|{t.dep_}", f"incues={cue_lemma(t, c.verbs) is not None}",
        f"spos={s.pos_}", f"sent={s.ent_type_}", f"sdep={s.dep_}", f"sbefore={s.i < t.i}",
        f"lem_spos={lem}|{s.pos_}", f"headpos={t.head.pos_}",
        f"headlem={t.head.lemma_.lower() if t.head.pos_ == 'VERB' else '-'}",
    ]  # fmt: skip
    if s.pos_ == "PRON":
        out.append(f"spron={s.lower_}")
    for k in t.children:
        if k.dep_ == "neg":
            out.append("neg")
        elif k.dep_ == "aux" and k.tag_ == "MD":
            out.append("modal")
        elif k.dep_ == "auxpass":
            out.append("passive")
        elif k.dep_ == "dobj":
            out += [f"dobj={k.lemma_.lower()}", f"lemdobj={lem}|{k.lemma_.lower()}"]
        elif k.dep_ == "prep":
            out += [f"prep={k.lower_}", f"lemprep={lem}|{k.lower_}"]
    return out


def _cue_candidates(parsed: Doc, c: Cues) -> list[int]:
    """The tokens :func:`attributions` tries its rules at, read off the token arrays: "according", a
    verb, a stance adjective, a cue noun, "in", a colon (a Token object for each of the others costs
    more than the rules)."""
    from spacy.attrs import DEP, LOWER, ORTH, POS
    from spacy.symbols import ADJ, NOUN, VERB

    according, acomp, in_, colon, stances, nouns = _cue_hashes(c)
    low, pos, dep, orth = parsed.to_array([LOWER, POS, DEP, ORTH]).reshape(-1, 4).T
    wanted = (low == according) | (low == in_) | (pos == VERB) | (orth == colon)
    wanted |= (pos == NOUN) & _among(low, nouns)
    wanted |= (pos == ADJ) & (dep == acomp) & _among(low, stances)
    return [int(i) for i in np.flatnonzero(wanted)]


def _among(values: NDArray[Any], ids: NDArray[np.uint64]) -> NDArray[np.bool_]:
    """Which of ``values`` are in ``ids`` (sorted): ``np.isin``'s answer by a binary search, which on a
    paragraph's tokens costs a fraction of its sorting of both arrays together."""
    if not len(ids):
        return np.zeros(len(values), dtype=np.bool_)
    at = np.minimum(np.searchsorted(ids, values), len(ids) - 1)
    return np.asarray(ids[at] == values)


@lru_cache(maxsize=4)
def _cue_hashes(c: Cues) -> tuple[np.uint64, np.uint64, np.uint64, np.uint64, NDArray[np.uint64], NDArray[np.uint64]]:
    """The numbers spaCy's token arrays hold for the strings :func:`_cue_candidates` looks for."""
    from spacy.strings import get_string_id

    def ids(words: frozenset[str]) -> NDArray[np.uint64]:
        return np.array(sorted(get_string_id(w) for w in words), dtype=np.uint64)

    according, acomp, in_, colon = (np.uint64(get_string_id(w)) for w in ("according", "acomp", "in", ":"))
    return according, acomp, in_, colon, ids(c.stances), ids(c.nouns)


def attributions(
    parsed: Doc,
    learned: bool = True,
    *,
    wanted: CueFilter | None = None,
    quotes: list[tuple[int, int]] | None = None,
) -> list[Attribution]:
    """All attribution relations of a parsed text, in text order of their cue (see the module docstring);
    ``learned=False``: the rules alone, without the model's candidates. ``wanted``: a test the caller's
    own filter implies, to pass over the model's candidates it would drop anyway (they are not weighed;
    the rules' relations are all kept, as they decide which verbs are candidates). ``quotes``: the text's
    :func:`quotations`, when the caller has them already."""
    c = cues()
    text = text_of(parsed)  # once: spaCy rebuilds Doc.text on each access
    if quotes is None:
        quotes = quotations(text)
    out: list[Attribution] = []
    for i in _cue_candidates(parsed, c):
        tok = parsed[i]
        found = None
        if tok.lower_ == "according":
            found = _according(tok, text, quotes)
        elif tok.pos_ == "VERB" and cue_lemma(tok, c.verbs) is not None:
            found = _report(tok, text, c, quotes)
        elif tok.pos_ == "ADJ" and tok.dep_ == "acomp" and tok.lower_ in c.stances:
            found = _stance(tok, text, c)
        elif tok.pos_ == "NOUN" and tok.lower_ in c.nouns:
            found = _noun(tok, text, c, quotes)
        elif tok.lower_ == "in" and tok.i == tok.sent.start:
            found = _in_findings(tok, text, quotes)
        elif tok.text == ":":
            found = _colon_headline(tok, text, quotes)
        if found is not None:
            out.append(found)
    fitted = model() if learned else None
    if fitted is not None:
        taken: set[int] = set()
        for a in out:
            span = parsed.char_span(*a.cue, alignment_mode="expand")
            if span is not None:
                taken.update(range(span.start, span.end))
        kept = [
            cand.relation
            for cand in candidates(parsed, taken, c, wanted)
            if fitted.probability(features(cand, c)) >= fitted.threshold
        ]
        if kept:
            out = sorted(out + kept, key=lambda a: a.cue)
    return out


#: Cue words that PolNeAR marks even inside another relation's content ("Cruz says he is tied, in a
#: finish that he said defied expectations"); other nested reports are mostly left unmarked.
_NESTED_CUES = frozenset(
    {
        "say", "says", "said", "saying", "argue", "argues", "argued", "insist", "insists", "insisted",
        "criticize", "criticized", "criticizes", "question", "questioned", "questions",
        "comment", "commented", "comments", "report", "reported", "reports",
    }
)  # fmt: skip


def outermost(found: list[Attribution], text: str) -> list[Attribution]:
    """The relations that no other relation reports: those whose cue lies in another one's content,
    or inside a quotation (someone's own words), dropped; as in corpora where each word belongs to one
    attribution at most (PolNeAR)."""

    def within(a: Attribution, b: Attribution) -> bool:
        return b.content[0] <= a.cue[0] and a.cue[1] <= b.content[1]

    quoted = [q for q in quotations(text) if len(text[q[0] : q[1]].split()) > 3]
    return [
        a for a in found
        if (
            not any(b is not a and within(a, b) and not within(b, a) for b in found)
            or (a.source is not None and text[a.cue[0] : a.cue[1]].split()[-1].lower() in _NESTED_CUES)
        )
        and not any(qs < a.cue[0] and a.cue[1] < qe for qs, qe in quoted)
    ]  # fmt: skip


def speaker_for(relations: list[Attribution], start: int, end: int) -> Attribution | None:
    """The relation that reports the text ``start..end`` (character offsets, e.g. an event's trigger):
    of the relations with a source whose content holds the whole span, the innermost (shortest content;
    in "A said B claimed that C shelled D" the shelling is B's claim). None where no content holds it,
    e.g. for the cue itself ("Baku *accused* Yerevan") or the narration around a quote.

    ``relations`` are all of :func:`attributions` (not :func:`outermost`: a nested report is the nearer
    speaker), in the same coordinates as ``start`` and ``end``."""
    if end < start:
        raise ValueError(f"speaker_for: the span {start}-{end} ends before it starts")
    best: Attribution | None = None
    for a in relations:
        if a.source is None or not (a.content[0] <= start and end <= a.content[1]):
            continue
        if best is None or a.content[1] - a.content[0] < best.content[1] - best.content[0]:
            best = a
    return best
