"""Who says what a sentence reports: the speaker of a quotation or a reported clause, found in its segment, and
what a speaker's "we", "our" and "they" stand for."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from rashomon.nlp.attribution import SPEECH_VERBS, UNNAMED_SOURCES, Attribution, attribute
from rashomon.nlp.events import syntax as sx
from rashomon.nlp.events import words as w
from rashomon.nlp.events.context import CONTEXT_SCORE
from rashomon.nlp.events.mentions import shift
from rashomon.nlp.quotes import TELLING_NOUNS, attributions, quotations, speaker_for
from rashomon.nlp.quotes import Attribution as Quoted
from rashomon.records import ActorMention, ToneMention

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from rashomon.nlp.events.context import Resolver


@dataclass(frozen=True, slots=True)
class _Speech:
    """What a segment says about who speaks: its text, its quotation spans and its reported-speech
    relations (see :func:`speech`), found once per segment."""

    text: str
    quoted: list[tuple[int, int]]
    relations: list[Quoted]

    def writers(self, start: int, end: int) -> bool:
        """Whether ``start..end`` is a first person outside quotation marks: the writer, not a speaker."""
        return self.text[start:end].lower() in _FIRST_PERSON and not any(
            qs <= start and end <= qe for qs, qe in self.quoted
        )


_FIRST_PERSON = frozenset({"i", "we"})


def speech(parsed: Doc, text: str) -> _Speech:
    """The segment's attribution relations (nlp.quotes) that report what someone says: a cue among
    attribution.SPEECH_VERBS (say, state, deny, allege ...) or "according to"; not thought, intention or
    acts that PolNeAR also counts ("Russia wants to ...", "X supports Y" are the writer's claims about
    Russia or X, not their word). A first person outside quotation marks is the writer, and unnamed
    "reports" or "sources" are the outlet's own sourcing: no speaker. ``text`` is ``parsed``'s text."""
    speech = _Speech(text, quotations(text), [])

    def speech_cue(doc: Doc, first: int, last: int) -> bool:
        """What the test below asks of a cue, for the tokens first..last it lies within."""
        start, end = doc[first].idx, doc[last].idx + len(doc[last])
        return text[start:end].lower().startswith("according") or any(
            doc[k].lemma_.lower() in SPEECH_VERBS for k in range(first, last + 1)
        )

    for rel in attributions(parsed, wanted=speech_cue, quotes=speech.quoted):
        if rel.source is None:
            continue
        cue = parsed.char_span(*rel.cue, alignment_mode="expand")
        if cue is None or not (
            text[cue.start_char : cue.end_char].lower().startswith("according")
            or any(t.lemma_.lower() in SPEECH_VERBS or t.lower_ in TELLING_NOUNS for t in cue)
        ):
            continue  # (or a telling with its quotation: "gave his account of the war: “...”")
        s, e = rel.source
        words = text[s:e].lower().split()
        if speech.writers(s, e) or (words and words[-1] in UNNAMED_SOURCES):
            continue
        speech.relations.append(_antecedent(rel, parsed))
    return speech


def _antecedent(rel: Quoted, parsed: Doc) -> Quoted:
    """``rel`` with the noun a relative pronoun stands for as its source: "families who say their children were
    taken" are said by the families, not by "who"."""
    assert rel.source is not None
    span = parsed.char_span(*rel.source, alignment_mode="expand")
    if span is None or len(span) != 1:
        return rel
    who = span[0]
    if who.tag_ not in ("WP", "WDT") or who.head.dep_ != "relcl" or who.head.head.pos_ not in ("NOUN", "PROPN"):
        return rel
    noun = who.head.head
    return replace(rel, source=(noun.left_edge.idx, noun.idx + len(noun.text)))


def ours(phrase: Token | None, speaker: ActorMention, resolver: Resolver, *, act: bool = False) -> tuple[ActorMention, ...]:
    """``phrase`` as the speaker's when "our" or "my" owns it ("our troops": the speaker's country's forces,
    by the sector its noun names, else the country); () when it has no such owner or the speaker no country.
    ``act``: ``phrase`` is an act's noun ("our first shipment"), whose doer is the owner word alone."""
    if phrase is None or speaker.actor is None or not speaker.actor.country:
        return ()
    owner = next((c for c in phrase.children if c.dep_ == "poss" and c.lower_ in ("our", "my")), None)
    if owner is None:
        return ()
    if act:
        actor = resolver.actors.actor(speaker.actor.country)
        end = owner.idx + len(owner.text)
        return (ActorMention(resolver.text[owner.idx : end], owner.idx, end, actor, False, "coref", CONTEXT_SCORE),) if actor is not None else ()
    # (a sector noun that names no people by itself is the speaker's own here: "our units", "our warplanes"; an
    # armed side's place is its forces': "our positions")
    sector = resolver.lookups.sector_of(phrase.text, head=True) or resolver.lookups.sector_of(phrase.text)
    if sector is None and phrase.lemma_.lower() in w.FACILITY_NOUNS:
        sector = "MIL"
    code = speaker.actor.country + sector if sector is not None and len(sector) == 3 else speaker.actor.country
    actor = resolver.actors.actor(code) or resolver.actors.actor(speaker.actor.country)
    start, end = sx.phrase_chars(phrase)
    text = resolver.text[start:end]
    return (ActorMention(text, start, end, actor, False, "coref", CONTEXT_SCORE),) if actor is not None else ()


#: the third-person plural pronouns a speaker may use for the other side ("They shelled Jermuk," he said)
THEY_WORDS = frozenset({"they", "them"})


def theirs(mentions: tuple[ActorMention, ...], speaker: ActorMention, parsed: Doc, resolver: Resolver) -> tuple[ActorMention, ...]:
    """In a speaker's words, a "they" or "them" that nothing before it stands for, read as the country the
    speaker last spoke of, or that was last spoken of, as doing something, other than the speaker's own
    ('Pashinyan said Azerbaijan was preparing an offensive. "They have massed troops," he said.'): a speaker
    does not call their own country "they". Left as it is when the speaker has no country."""
    if speaker.actor is None or not speaker.actor.country:
        return mentions
    out = []
    for m in mentions:
        if m.actor is None and m.text.lower() in THEY_WORDS:
            span = parsed.char_span(m.start, m.end, alignment_mode="expand")
            found = resolver.country_subject_before(span.root, {speaker.actor.country}) if span is not None and len(span) else None
            m = found or m
        out.append(m)
    return tuple(out)


def source_mention(start: int, end: int, text: str, resolver: Resolver, head: int | None = None) -> ActorMention:
    """The speaker at ``start..end``: the actor mention found there (the one that holds the character ``head``, the
    phrase's head, where one does: "Lebanon's Hezbollah said" is Hezbollah, not the owner before it), else the words
    unresolved. A phrase that runs into a quotation's opening mark ends before it ("according to a former mayor of
    Tabriz, “That winter ..."), or starts after it where its head is inside ("a web address — “The minister, on a
    visit to Ankara, said"): the words beyond the mark are no part of who speaks."""
    opening = next((k for k in range(start, end) if text[k] in "“«"), None)
    if opening is not None and opening > start:
        before = opening
        while before > start and (text[before - 1].isspace() or text[before - 1] in ",:;—–-"):
            before -= 1
        after = opening + 1
        while after < end and text[after].isspace():
            after += 1
        # (the side that holds the phrase's head, else the one that names someone)
        parts = [(after, end), (start, before)] if head is not None and head > opening else [(start, before), (after, end)]
        start, end = next(((a, b) for a, b in parts if a < b and any(m.actor is not None for m in resolver(a, b))), parts[0])
    found = resolver(start, end)
    if head is not None:
        held = next((m for m in found if m.actor is not None and m.start <= head < m.end), None)
        if held is not None:
            return held
    if found:
        return found[0]
    return ActorMention(text[start:end], start, end, None, via="unresolved", score=0.0)


def pronoun(m: ActorMention) -> bool:
    """A "he" or "she" left unresolved or resolved only to the last person named (the one who spoke last is
    likelier)."""
    return (m.actor is None or m.via == "coref") and m.text.lower() in ("he", "she")


def unnamed(speaker: ActorMention) -> bool:
    """Whether ``speaker`` is a "he" or "she" that nothing resolves (who spoke last in the paragraph before may
    stand for it)."""
    return speaker.actor is None and pronoun(speaker)


def reported_by(
    attribution: Attribution | None, speech: _Speech, start: int, end: int, parsed: Doc, resolver: Resolver
) -> ActorMention | None:
    """Who says the words at ``start..end`` (segment offsets): the speaker of the syntactic attribution when
    there is one (none for the writer's own "I would argue that ..."), else the source of the innermost
    reported-speech relation whose content holds them."""
    if attribution is not None:
        first = attribution.start
        while first < attribution.end - 1 and (sx.in_dateline(parsed[first]) or (first > attribution.start and parsed[first].is_punct)):
            first += 1  # "YEREVAN/BAKU – Armenia and Azerbaijan accused ...": not where the report was filed
        span = parsed[first : attribution.end]
        if speech.writers(span.start_char, span.end_char):
            return None
        root = span.root
        found = source_mention(span.start_char, span.end_char, speech.text, resolver, head=root.idx)
        group = sx.spoken_for(root)
        if group.i != root.i and span.start <= group.i < span.end and not found.start <= group.idx < found.end:
            # "a spokesman for the rebels in eastern Congo said": the group spoken for, not the place after it
            chars = (group.left_edge.idx, group.idx + len(group.text))
            found = next((m for m in resolver(*chars) if m.start <= group.idx < m.end and m.actor is not None), found)
        # "It said ...": a body named before (the resolver's), else no one to name
        return None if found.actor is None and found.text.lower() == "it" else found
    rel = speaker_for(speech.relations, start, end)
    if rel is None or rel.source is None:
        return None
    return source_mention(rel.source[0], rel.source[1], speech.text, resolver)


def tone_speakers(
    mentions: Sequence[ToneMention], parsed: Doc, resolver: Resolver, offset: int, speech: _Speech
) -> list[ToneMention]:
    """``mentions`` with the speaker whose words they are, when the actor is spoken of inside quoted or
    reported speech ("the ministry said the Zionist regime lies": the tone toward ISR is the ministry's)."""
    out: list[ToneMention] = []
    for m in mentions:
        span = parsed.char_span(m.actor.start - offset, m.actor.end - offset, alignment_mode="expand")
        speaker = None
        if span is not None and len(span):
            root = span.root
            sent = root.sent
            held = attribute(root, sent, speech.text[sent.start_char : sent.end_char])
            speaker = reported_by(held, speech, span.start_char, span.end_char, parsed, resolver)
        if speaker is not None and speaker.start <= m.actor.start - offset < speaker.end:
            speaker = None  # the speaker's own name is not inside their words
        out.append(replace(m, speaker=shift(speaker, offset)) if speaker is not None else m)
    return out
