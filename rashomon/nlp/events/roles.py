"""Whom an event is aimed at when the parse rules find no one: the trained role model over the actor
mentions of the sentence.

The rules (:mod:`arguments`) read a trigger's target from a few parse relations (its object, a target
preposition, a possessive). Where they find none for a verb, each phrase below it in the parse that denotes
an actor (resolved, a name left unresolved, or a place the gazetteer knows) is an :class:`Option` (see
:func:`options`), and a logistic
regression over :func:`option_features` (the dependency path from the trigger to the phrase, which side of
the trigger it is on, the kind of actor it is, the event's type) gives the probability that it is the
event's target. The likeliest option above the fitted threshold becomes the target, with ``via="role"``
kept on mentions that the resolver left unresolved. Where the rules found a target, it stands.

The model (``rashomon/data/role_model.npz``) is written by ``eval/train_roles.py`` from the training parts
of the gold sets with actor spans (ConfliBERT's CAMEO sentences and PLOVER's records). Without the file,
no target is added (:class:`NoRoles`). Like the event model's, the features name words through lemmas and
parse labels and actors only through their kind, never who they are.
"""

from __future__ import annotations

import io
from dataclasses import dataclass, replace
from functools import cache
from typing import TYPE_CHECKING, Any, Protocol

from rashomon.data import shipped
from rashomon.nlp.events import arguments as args
from rashomon.nlp.events import syntax as sx
from rashomon.nlp.events import words as w
from rashomon.nlp.events.candidates import Coded

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

    from rashomon.records import ActorMention

MODEL_FILE = "role_model.npz"
#: the longest dependency path (in arcs) from a trigger to an option that is named as such; longer ones are
#: "far"
MAX_PATH = 4
#: the dependency relations of words that head no phrase of their own ("Iranian" in "Iranian troops")
INNER_DEPS = frozenset({"compound", "amod", "nmod", "poss", "det", "nummod", "quantmod", "case", "punct"})


@dataclass(frozen=True, slots=True)
class Option:
    """A phrase of the sentence that denotes an actor: its head word, the mentions it resolves to and the
    dependency path to it from the trigger (:func:`_path`)."""

    head: Token
    mentions: tuple[ActorMention, ...]
    path: str


def options(coded: Coded, sent: Span, resolve: args.ActorResolver) -> list[Option]:
    """The phrases of ``sent`` that may be the target of ``coded``, a verb's event: every noun phrase head
    below the trigger in the parse, within MAX_PATH arcs, that denotes an actor or names a place the resolver
    can place; not inside the rules' source, not the subject of a clause of its own, not the venue of talks.
    Nested phrases are each an option ("the police in the Gaza Strip" and "the Gaza Strip"). A noun trigger
    has none."""
    if coded.trigger.pos_ != "VERB":
        return []  # a noun with no one named as its object is mostly said in general ("the war", "sanctions")
    if sx.addressed_pronoun(coded.trigger) is not None:
        return []  # "have asked me to convey a message to Tehran": aimed at whom the pronoun stands for, no one else
    taken = [(m.start, m.end) for m in coded.source]
    # "agreed to meet in Almaty", "signed a deal in Doha": the venue of talks or an agreement is no party to it
    venue = (coded.plover == "CONSULT" or args.has_venue(coded.plover, coded.row.cameo, coded.trigger)
             or args.aimed_at_talks(coded.trigger))  # fmt: skip
    out: list[Option] = []
    up = _ancestry(coded.trigger)  # once: every noun of the sentence is walked up to it
    for tok in sent:
        if tok.i == coded.trigger.i or tok.pos_ not in ("NOUN", "PROPN", "PRON") or tok.dep_ in INNER_DEPS:
            continue
        if tok.dep_ in ("nsubj", "nsubjpass") and tok.head.head.i != coded.trigger.i:
            continue  # the doer of a clause of its own (only "helped X to ..." makes one the act's recipient)
        path = _path(coded.trigger, tok, up)
        if not path.startswith("v"):
            # above the trigger, it belongs to a clause that governs the act's; more than MAX_PATH arcs below,
            # to another act's
            continue
        if tok.dep_ == "conj" and tok.head.pos_ in ("NOUN", "PROPN"):
            continue  # a conjunct is read with its first one ("Russia and Turkey")
        if tok.dep_ == "dobj" and tok.head.lemma_.lower() in w.SENDING_VERBS | w.WITHDRAWING_VERBS:
            continue  # the forces sent or withdrawn ("threatened to send troops", "agreed to withdraw troops") are no
            # one the act is aimed at
        if tok.dep_ == "pobj" and tok.head.lower_ == "from" and tok.head.head.lemma_.lower() in w.SENDING_VERBS:
            continue  # "sent mercenaries from Syria": where the forces come from is no one the act is aimed at
        if tok.dep_ == "dobj" and tok.head.i != coded.trigger.i and tok.head.lemma_.lower() in w.SETTING_UP_VERBS:
            continue  # what the act is to set up ("agreed to set up a joint commission") is no one it is aimed at
        if sx.border_neighbour(tok) and coded.trigger.lemma_.lower() in w.GAINING_VERBS:
            continue  # "took control of the border with Iran": the neighbour says which border, no one it is aimed at
        if args.reacted_patient(coded.trigger, tok):
            continue  # "condemned the invasion of Ukraine": whom the act condemned was done to
        if (tok.dep_ == "pobj" and tok.head.dep_ == "agent" and tok.head.head.i != coded.trigger.i
                and tok.head.head.lemma_.lower() in w.BROKERING_VERBS):
            continue  # "signed a trade agreement mediated by the EU": a go-between is no side it is aimed at
        if tok.dep_ == "pobj" and tok.head.lower_ == "for" and (
            (coded.plover == "ASSAULT" and tok.head.head.i == coded.trigger.i)
            or (coded.plover in ("ASSAULT", "MOBILIZE") and tok.head.head.lemma_.lower() in w.FIGHTING_VERBS)
        ):
            continue  # "fought for Azerbaijan", "sent mercenaries to fight for Azerbaijan": the side fought for
        mentions = args.actors(sx.with_conjuncts(tok), resolve)
        if not mentions and tok.ent_type_ in ("GPE", "LOC", "FAC"):
            mentions = args.place_country([tok], resolve)
        # an unresolved phrase counts only as a name of a person, a group or a place ("the First Karabakh
        # War", a web address are no one)
        named = tok.ent_type_ in w.ACTOR_ENTS
        mentions = tuple(
            m for m in mentions
            if (m.actor is not None or named) and not (venue and args.venue(m, coded.trigger))
            and not any(s < m.end and m.start < e for s, e in taken)
        )  # fmt: skip
        if mentions:
            out.append(Option(tok, mentions, path))
    return out


def _ancestry(trigger: Token) -> tuple[list[Token], dict[int, int]]:
    """``trigger`` and its heads up to the root, and each one's index -> how many arcs above it is."""
    up: list[Token] = [trigger]
    while up[-1].head.i != up[-1].i:
        up.append(up[-1].head)
    return up, {t.i: n for n, t in enumerate(up)}


def _path(trigger: Token, tok: Token, ancestry: tuple[list[Token], dict[int, int]] | None = None) -> str:
    """The dependency path from ``trigger`` up to the nearest head it shares with ``tok`` and down to
    ``tok``: arc labels ("^" up, "v" down), a preposition by its word ("v:prep:against>pobj"); "far" beyond
    MAX_PATH arcs, "apart" for words of different trees. ``ancestry``: :func:`_ancestry` of ``trigger``,
    when the caller has it."""
    up, ups = ancestry if ancestry is not None else _ancestry(trigger)
    down: list[Token] = []
    t = tok
    while t.i not in ups:
        down.append(t)
        if t.head.i == t.i:
            return "apart"
        t = t.head
    n_up = ups[t.i]
    if n_up + len(down) > MAX_PATH:
        return "far"
    steps = [f"^{x.dep_}" for x in up[:n_up]]
    for x in reversed(down):
        steps.append(f"v{x.dep_}:{x.lower_}" if x.dep_ == "prep" else f"v{x.dep_}")
    return " ".join(steps)


def _kind(mentions: tuple[ActorMention, ...]) -> str:
    resolved = [m for m in mentions if m.actor is not None]
    if not resolved:
        return "unresolved"
    m = resolved[0]
    assert m.actor is not None
    if m.via in ("place", "coref", "context"):
        return m.via
    return f"sec:{m.actor.sector or 'country'}"


def option_features(option: Option, coded: Coded) -> list[str]:
    """The named features of one option of one event (the same for training and coding)."""
    trig, tok, path = coded.trigger, option.head, option.path
    side = "after" if tok.i > trig.i else "before"
    gap = abs(tok.i - trig.i)
    distance = "d1" if gap <= 1 else "d3" if gap <= 3 else "d6" if gap <= 6 else "d12" if gap <= 12 else "dfar"
    kind = _kind(option.mentions)
    plover = coded.plover or "none"
    pos = "V" if trig.pos_ == "VERB" else "N"
    passive = any(c.dep_ in ("nsubjpass", "auxpass") for c in trig.children)
    out = [
        "bias",
        f"path={path}",
        f"path={path}|pos={pos}",
        f"path={path}|type={plover}",
        f"side={side}",
        f"side={side}|pos={pos}",
        f"side={side}|passive={passive}",
        f"dist={distance}",
        f"dist={distance}|side={side}",
        f"kind={kind}",
        f"kind={kind}|side={side}",
        f"kind={kind}|type={plover}",
        f"ent={tok.ent_type_ or '-'}",
        f"ent={tok.ent_type_ or '-'}|type={plover}",
        f"dep={tok.dep_}",
        f"dep={tok.dep_}|side={side}",
        f"dep={tok.dep_}|head={tok.head.lower_ if tok.head.dep_ == 'prep' else tok.head.pos_}",
        f"type={plover}",
        f"pos={pos}",
        f"has_source={bool(coded.source)}",
        f"pron={tok.pos_ == 'PRON'}",
    ]
    if " " not in path:  # one arc
        out.append(f"path={path}|trig={trig.lemma_.lower()}")
    return out


class RoleFiller(Protocol):
    """Fills in what the rules left empty of an event's roles."""

    def fill(self, coded: Coded, sent: Span, resolve: args.ActorResolver) -> Coded: ...


class NoRoles:
    """The rules' roles as they are."""

    def fill(self, coded: Coded, sent: Span, resolve: args.ActorResolver) -> Coded:
        return coded


@dataclass(frozen=True)
class RoleModel:
    """A fitted role model: a logistic regression for "this option is the event's target", and the least
    probability that makes it so."""

    index: dict[str, int]
    weights: Any  # numpy array, (n_features,)
    bias: float
    threshold: float
    trained_on: str

    def probability(self, features: list[str]) -> float:
        import math

        z = float(self.weights[[self.index[f] for f in features if f in self.index]].sum()) + self.bias
        return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))

    def fill(self, coded: Coded, sent: Span, resolve: args.ActorResolver) -> Coded:
        if coded.target:
            return coded
        best: tuple[float, Option] | None = None
        for option in options(coded, sent, resolve):
            p = self.probability(option_features(option, coded))
            if p >= self.threshold and (best is None or p > best[0]):
                best = (p, option)
        if best is None:
            return coded
        p, option = best
        codes = {m.actor.code for m in coded.source if m.actor is not None}
        target = tuple(
            m if m.actor is not None else replace(m, via="role", score=round(p, 4))
            for m in option.mentions
            if m.actor is None or m.actor.code not in codes
        )
        return replace(coded, target=target) if target else coded


def read_model(data: bytes, source: str = MODEL_FILE) -> RoleModel:
    """A role model from the bytes of its .npz file; a malformed file raises ValueError naming ``source``."""
    import numpy as np

    try:
        with np.load(io.BytesIO(data), allow_pickle=False) as z:
            features = [str(x) for x in z["features"]]
            weights = z["weights"].astype(np.float32)
            bias = float(z["bias"])
            threshold = float(z["threshold"])
            trained_on = str(z["trained_on"])
    except (OSError, KeyError, ValueError, TypeError) as e:
        raise ValueError(f"{source}: not a role model file ({e})") from e
    if weights.shape != (len(features),):
        raise ValueError(f"{source}: malformed role model ({len(features)} features, weights {weights.shape})")
    if not 0.0 <= threshold <= 1.0:
        raise ValueError(f"{source}: the threshold must be in [0, 1]: {threshold}")
    return RoleModel({f: i for i, f in enumerate(features)}, weights, bias, threshold, trained_on)


@cache
def shipped_roles() -> RoleModel | None:
    """The role model shipped in the package, or None when there is none."""
    path = shipped(MODEL_FILE)
    return read_model(path.read_bytes()) if path is not None else None


def role_filler(learned: bool = True) -> RoleFiller:
    """The shipped role model when ``learned`` and there is one, else the rules' roles as they are."""
    model = shipped_roles() if learned else None
    return model if model is not None else NoRoles()
