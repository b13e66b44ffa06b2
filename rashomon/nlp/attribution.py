"""Who holds an event: the author (narration), a quoted or reported speaker, or a reader comment."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

SPEECH_VERBS = frozenset(
    {"say", "tell", "state", "announce", "claim", "deny", "tweet", "add", "insist", "stress", "note", "write",
     "declare", "confirm", "argue", "report", "assert", "explain", "emphasise", "emphasize", "warn", "allege",
     "accuse", "blame", "reiterate", "acknowledge", "admit", "believe", "think", "post", "conclude", "remark", "suggest",
     "indicate", "maintain", "told", "reply", "respond", "comment", "predict", "urge", "underline"}
)  # fmt: skip
_OPEN, _CLOSE = "“\"«", "”\"»"
#: Words that, closing "according to ...", leave the source unnamed: the outlet vouches for it itself.
UNNAMED_SOURCES = frozenset({"reports", "report", "sources"})


#: Subjects of a speech verb that name no speaker: expletives, relatives, and anyone at all ("those who believe
#: they can guard themselves alone" inside a leader's quotation is still the leader's word).
NO_SPEAKER = frozenset(
    {"there", "that", "this", "which", "who", "those", "these", "anyone", "anybody", "someone", "somebody",
     "everyone", "everybody", "nobody", "whoever", "one"}
)  # fmt: skip


@dataclass(frozen=True, slots=True)
class Attribution:
    """The speaker's noun phrase (token span in the doc) and the cue that marks it."""

    start: int  # token index (doc) of the speaker phrase
    end: int
    cue: str  # "said", "according to", ...


def _phrase(tok: Token) -> tuple[int, int]:
    left = tok.left_edge.i
    right = tok.i + 1
    for c in tok.rights:
        if c.dep_ in ("compound", "flat", "appos", "prep"):
            right = max(right, c.right_edge.i + 1)
    return left, closing_bracket(tok.doc, tok.i, right)  # "The Monitoring Committee (CMC)": both brackets


def closing_bracket(doc: Doc, start: int, end: int) -> int:
    """The end (exclusive) of the tokens ``start..end`` past a ")" right after them that closes a bracket they
    open: "the Ceasefire Committee (CFC" -> "the Ceasefire Committee (CFC)"."""
    span = doc[start:end]
    if end < len(doc) and doc[end].text == ")" and sum(t.text == "(" for t in span) > sum(t.text == ")" for t in span):
        return end + 1
    return end


def _speaker_of(verb: Token) -> Attribution | None:
    # the subject nearest the verb: the parser may give it a second one, a time set off by dashes ("In 1995 —
    # his first years in office — the leader had said")
    subjects = [c for c in verb.children if c.dep_ == "nsubj" and c.lower_ not in NO_SPEAKER]
    before = [c for c in subjects if c.i < verb.i and c.lemma_.lower() not in _TIME_NOUNS]
    chosen = before[-1] if before else (subjects[0] if subjects else None)
    if chosen is None:
        return None
    start, end = _phrase(chosen)
    return Attribution(start, end, verb.text)


#: speech verbs whose "to" names what is answered, not what is said
ANSWERING_VERBS = frozenset({"respond", "reply", "answer", "retort", "react"})
_TIME_NOUNS = frozenset({"year", "month", "week", "day", "time", "decade", "era", "period", "moment"})


def _in_quotes(tok: Token, sentence: Span, text: str) -> bool:
    before = text[: tok.idx - sentence.start_char]
    opens = sum(before.count(q) for q in "“«") + (before.count('"') % 2)
    closes = sum(before.count(q) for q in "”»")
    return opens > closes


def attribute(trigger: Token, sentence: Span, text: str | None = None) -> Attribution | None:
    """The speaker who holds the event of ``trigger``, if the sentence reports speech (``text``: the
    sentence's characters when the caller has them; spaCy's ``Span.text`` joins the tokens on each call)."""
    cur = trigger
    for _ in range(6):
        # "according to X" on the clause
        for c in cur.children:
            if c.dep_ == "prep" and c.lower_ == "according":
                for gc in c.children:
                    if gc.lower_ == "to":
                        for obj in gc.children:
                            if obj.dep_ == "pobj" and obj.lower_ not in UNNAMED_SOURCES:
                                start, end = _phrase(obj)
                                return Attribution(start, end, "according to")
        if cur.head.i == cur.i:  # the root (spaCy makes a new Token object on each access: compare indices)
            break
        if cur.dep_ in ("ccomp", "parataxis", "xcomp", "prep", "pcomp"):
            head = cur.head
            # ("will respond decisively to any aggression": what one answers is not what one says)
            answered = cur.dep_ == "prep" and cur.lower_ == "to" and head.lemma_.lower() in ANSWERING_VERBS
            if head.lemma_.lower() in SPEECH_VERBS and cur.i != head.i and not answered:
                found = _speaker_of(head)
                if found is not None:
                    return found
        cur = cur.head
    # a quotation whose speech verb stands elsewhere in the sentence: “...,” said X.
    text = sentence.text if text is None else text
    if _in_quotes(trigger, sentence, text):
        for tok in sentence:
            if tok.lemma_.lower() in SPEECH_VERBS and not _in_quotes(tok, sentence, text):
                found = _speaker_of(tok)
                if found is not None:
                    return found
    return None
