"""Who did it and to whom: the actors of a trigger's arguments, found through the parse and resolved to
actor mentions (subjects, agents, objects and target prepositions; possessives and nationality words on
nouns; the country of the place an act is done in; the side a mobilisation is against)."""

from __future__ import annotations

from collections.abc import Callable, Collection, Sequence
from dataclasses import replace
from typing import TYPE_CHECKING

from rashomon.nlp.actors import ORGAN_SECTORS
from rashomon.nlp.attribution import SPEECH_VERBS
from rashomon.nlp.events import syntax as sx
from rashomon.nlp.events import words as w
from rashomon.nlp.lexicon import triggers
from rashomon.nlp.modality import PART_NOUNS
from rashomon.nlp.ontology import quad_class
from rashomon.records import ActorMention

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

#: (start_char, end_char) of a phrase in the parsed text -> the actors it denotes (resolved, or one flagged
#: unresolved mention when the phrase looks like an actor but is not in the table; empty when it is no actor)
ActorResolver = Callable[[int, int], "list[ActorMention]"]


#: what a ship or a company is of a country by, after the country and a hyphen ("a British-flagged tanker")
FLAG_WORDS = frozenset({"flagged", "registered"})


def national(tok: Token, resolve: ActorResolver, goods: bool = False) -> list[ActorMention]:
    """The country a nationality word before a thing names ("Palestinian lorries", "German goods",
    "Israeli air raids"): CAMEO codes what belongs to a country as the country. ``goods``: ``tok`` is what
    a trade moves, whose nationality word the tagger may take for a name ("imports of Moldovan wine")."""
    for c in tok.children:
        if c.dep_ == "amod" and c.i < tok.i and c.lower_ in FLAG_WORDS:
            # "a British-flagged tanker", "a Panama-registered ship": the country before the hyphen is the ship's
            found = [m for x in c.children if x.i < c.i and x.ent_type_ in ("NORP", "GPE")
                     for m in resolve(x.idx, x.idx + len(x.text)) if m.resolved]  # fmt: skip
            if found:
                return found
        if c.dep_ in ("amod", "compound", "nmod") and c.i < tok.i and c.ent_type_ == "NORP":
            found = [m for m in resolve(c.idx, c.idx + len(c.text)) if m.resolved]
            if found:
                return found
        elif (
            (goods or tok.lemma_.lower() in w.PLACE_NOUNS)
            and c.dep_ in ("amod", "compound")
            and c.i < tok.i
            and c.pos_ in ("ADJ", "PROPN")
            and c.text[:1].isupper()
        ):
            # the small model tags some nationality words as persons ("Azerbaijani territory"): before a
            # word for land or goods traded, a word that resolves to a country by itself is one
            found = [m for m in resolve(c.idx, c.idx + len(c.text))
                     if m.resolved and m.actor is not None and m.actor.code == m.actor.country]  # fmt: skip
            if found:
                return found
        elif (tok.lemma_.lower() in w.SIDE_NOUNS and c.dep_ in ("amod", "compound") and c.i < tok.i
              and c.pos_ in ("ADJ", "PROPN") and c.text[:1].isupper()):
            # ("the Azerbaijani side": before a word for a side, a nationality word the tagger took for a name counts
            # where the table reads it as one)
            found = [m for m in resolve(c.idx, c.idx + len(c.text)) if m.resolved and m.via == "demonym"]
            if found:
                return found
    return []


def has_nationality(tok: Token) -> bool:
    return any(c.dep_ in ("amod", "compound", "nmod") and c.i < tok.i and c.ent_type_ == "NORP" for c in tok.children)


def own_mentions(tok: Token, mentions: list[ActorMention]) -> list[ActorMention]:
    """The mentions that name the phrase's own actor: those up to its head word when one of them is known
    ("a UN appeal for troops on the border with Israel" is the UN's; "King Abdullah in Tel Aviv" the
    king's), else all ("the government of Iran"); a bare country beside an actor of that country is that
    actor ("Jordan's King Abdullah" JORGOV, not JOR and JORGOV)."""
    head_end = tok.idx + len(tok.text)
    appos = next((c for c in tok.children if c.dep_ == "appos" and c.ent_type_ in ("GPE", "NORP", "ORG", "PERSON")), None)
    if tok.pos_ == "NOUN" and appos is not None and not any(m.resolved and m.start <= tok.idx < m.end for m in mentions):
        # "Iran's ally, Syria, condemned ...": a relation named by a common noun is the name set beside it,
        # not the one it is related to
        named = [m for m in mentions if m.start >= appos.left_edge.idx]
        if any(m.resolved for m in named):
            return named
    own = [m for m in mentions if m.start < head_end]
    if any(m.resolved for m in own):
        mentions = own
    else:
        # "pastor Evan Mawarire, a critic of President Robert Mugabe": whom an apposition relates the actor to
        # is someone else (but "Ali Hassan, a member of the opposition party" is of the party)
        related = [(p.left_edge.idx, p.right_edge.idx + len(p.right_edge.text)) for c in tok.children if c.dep_ == "appos"
                   and c.pos_ == "NOUN" for p in c.children if p.dep_ == "prep"
                   # (nor is where an envoy is sent: "Ali Khan, a former envoy to Iran")
                   and ((c.lower_ not in w.MEMBER_NOUNS and c.lower_ not in w.PERSON_NOUNS)
                        or (c.lemma_.lower() in w.ENVOY_NOUNS and p.lower_ == "to"))]  # fmt: skip
        kept = [m for m in mentions if not any(a <= m.start < b for a, b in related)]
        if mentions and not kept and (tok.pos_ == "PROPN" or tok.ent_type_ in ("PERSON", "ORG")):
            # the name alone, not known ("Nikki Haley, a former ambassador to the UN")
            name = tok.doc[tok.left_edge.i : tok.i + 1]
            kept = [ActorMention(name.text, name.start_char, name.end_char, None, via="unresolved", score=0.0)]
        mentions = kept
    parts = {m.actor.country for m in mentions if m.actor is not None and m.actor.country and m.actor.code != m.actor.country}
    return [m for m in mentions if m.actor is None or m.actor.code != m.actor.country or m.actor.country not in parts]


def actors(tokens: list[Token], resolve: ActorResolver) -> tuple[ActorMention, ...]:
    found: list[ActorMention] = []
    # a pronoun stands for all of a joint subject ("Iran and Russia said they would hold talks": both)
    standing = [a for t, ante in ((t, sx.antecedent(t)) for t in tokens) for a in ([t] if ante is t else sx.with_conjuncts(ante))]
    for tok in standing:
        if tok.lemma_.lower() in w.IMAGE_NOUNS and tok.head.lemma_.lower() in w.IMAGE_VERBS and sx.pobjs(tok, "of"):
            tok = sx.pobjs(tok, "of")[0]  # "burned effigies of the president": the one the image stands for
        elif tok.lower_ in w.MEMBER_NOUNS and (group := sx.pobjs(tok, "of")):
            # "the deputy commander of Russia's militia ally in eastern Ukraine": a group's leader, member or spokesman is
            # the group (its own words read as the group's: an ally, a proxy); not a bare country's ("the leaders of
            # Armenia and Azerbaijan" are their governments, as the resolver reads them)
            of_group = actors(sx.with_conjuncts(group[0]), resolve)
            # (nor a person's: "supporters of President Erdogan" are not Erdogan)
            if of_group and all(m.actor is not None and m.actor.code != m.actor.country and m.actor.kind != "person"
                                for m in of_group):  # fmt: skip
                found.extend(of_group)
                continue
        claimer = sx.claimed_for(tok) if tok.lemma_.lower() in w.WEAPON_NOUNS | w.MINE_NOUNS else None
        if claimer is not None:
            tok = claimer  # "claimed responsibility for a car bomb that killed nine": the claimer's bomb
        office = sx.misread_possessor(tok)
        held = _office_of(office, tok, resolve) if office is not None else None
        # (and the office itself, whose "of" phrase the parser ends with the decision: "faulted the governor of ...")
        place = next((c for g in sx.pobjs(tok, "of") for c in g.children
                      if (o := sx.misread_possessor(c)) is not None and o.i == tok.i), None)  # fmt: skip
        held = held or (_office_of(tok, place, resolve) if place is not None else None)
        if held is not None:
            found.append(held)  # "the governor of Gilan's decision": the governor's (IRNGOV), not the province's
            continue
        start, end = sx.phrase_chars(tok)
        mentions = _followers(tok, own_mentions(tok, resolve(start, end)), start, end, resolve)
        where: list[ActorMention] = []  # the names of where the phrase's group is, when its own words name no one
        head = sx.counted(tok)  # ("dozens of civilians in western Ethiopia": the civilians are where)
        if (head.pos_ == "NOUN" and mentions and (("N", head.lemma_.lower()) not in triggers() or head.lemma_.lower() in w.FACILITY_NOUNS)
                and _only_where(head, mentions)):  # (a patrol or a convoy is an armed side's, whatever else it names)
            # "suspected jihadists near the border with Niger": a name in the phrase that says where a common
            # noun's group is says where they are, not who they are; the noun's own words may say it (not an act's
            # noun: "terrorist attacks in Tehran" are no terrorists)
            own = [m for m in resolve(start, head.idx + len(head.text)) if m.resolved]
            if own:
                mentions = own
            else:  # "a Turkish patrol in northern Syria": the nationality before the noun first (below)
                where, mentions = mentions, []
        gainer = sx.verb_above(tok) if tok.lemma_.lower() in w.BORDER_NOUNS else None
        if gainer is not None and gainer.lemma_.lower() in w.GAINING_VERBS:
            # "seized a crossing on the border with Turkey": the neighbour says which border, it is no one's
            neighbours = [g for g in tok.children if g.dep_ == "prep" and g.lower_ == "with"]
            mentions = [m for m in mentions if not any(g.idx <= m.start < g.right_edge.idx + len(g.right_edge.text)
                                                       for g in neighbours)]  # fmt: skip
        if tok.pos_ in ("NOUN", "PROPN") and tok.lemma_.lower() in w.NAMED_ACTS:
            # "pulled out of the Paris climate accord", "the Minsk agreements": the capital names the text
            mentions = [m for m in mentions if not named_venue(m, tok)]
        if not any(m.resolved for m in mentions):
            # "thousands of Iraqi Kurds": the nationality of the counted; "imports of Australian wine": of the goods
            goods = sx.pobjs(tok, "of")[:1] if tok.lower_ in w.TRADE_FLOWS else []
            mentions = (national(goods[0], resolve, goods=True) if goods else national(sx.counted(tok), resolve)) or mentions
            facility = getattr(resolve, "facility", None)
            if facility is not None and tok.lemma_.lower() in w.FACILITY_NOUNS:
                # "Ukrainian positions": the nationality of an armed side's place is that side (UKRMIL)
                mentions = [facility(tok, m) for m in mentions]
            if where and not any(m.resolved for m in mentions):
                mentions = where
        if not any(m.resolved for m in mentions) and tok.pos_ == "NOUN":
            # "regime helicopters", "government buildings": the side a common word before the noun names
            side = doer_modifier(tok)
            mentions = [m for m in actors(side, resolve) if m.resolved] or mentions
        if tok.pos_ == "NOUN" and any(m.via == "coref" for m in mentions) and _doers_own(tok, [m for m in mentions if m.resolved], resolve):
            mentions = []  # "Syria offered its troops to Lebanon": the doer's own forces (the resolver's "its troops")
        if not any(m.resolved for m in mentions) and tok.pos_ == "NOUN":
            # "shelled its positions": whose they are, as the resolver reads the possessive
            owner = next((c for c in tok.children if c.dep_ == "poss" and c.lower_ in ("its", "their")), None)
            owners = [m for m in resolve(owner.idx, owner.idx + len(owner.text)) if m.resolved] if owner is not None else []
            theirs = bool(owners) and not _doers_own(tok, owners, resolve)
            named = False
            if owner is not None and not theirs:
                # "two jawans were injured when militants attacked their camp": not the attackers' own, the
                # camp of those its clause says were hurt (of the attackers' country or not)
                owners = [m for g in _sufferers(tok, owner) for m in resolve(*sx.phrase_chars(g)) if m.resolved]
                theirs = named = bool(owners)
            if theirs:
                table = getattr(resolve, "actors", None)
                if table is not None and tok.lemma_.lower() in w.FACILITY_NOUNS and not named:
                    # "opened fire on its positions" (the ministry's): a state's armed place is its forces'
                    owners = [replace(m, actor=table.actor(m.actor.country + "MIL") or m.actor)
                              if m.actor is not None and m.actor.country and m.actor.sector in ORGAN_SECTORS | {None} else m
                              for m in owners]  # fmt: skip
                mentions = owners
        mentions = _named_groups(tok, resolve) or _paired_nationals(tok, resolve) or [*mentions, *_each_country(tok, mentions, resolve)]
        for mention in mentions:
            # one mention a place, but the several a phrase stands for ("both countries") are kept
            if all(m.start != mention.start or (m.actor != mention.actor and m.via == "coref") for m in found):
                found.append(mention)
    return tuple(found)


def _followers(tok: Token, mentions: list[ActorMention], start: int, end: int, resolve: ActorResolver) -> list[ActorMention]:
    """The followers or kin a phrase names ("dozens of supporters of opposition leader X", "relatives of the slain
    journalist", "Khan's supporters"), in place of whom they follow or are kin to, who are only named in the phrase (detaining
    someone's supporters is not detaining them): the whole phrase, of the followed side (civilians of its country
    for a state's organ or officer's followers, and for anyone's kin)."""
    group = sx.counted(tok)
    lemma = group.lemma_.lower() if group.pos_ == "NOUN" else ""
    kin = group.lower_ in w.KIN_NOUNS
    if not (kin or group.lower_ in w.FOLLOWER_NOUNS or lemma in w.FOLLOWER_NOUNS):
        return mentions
    # ("Khan's supporters", "his supporters": whom an owner names)
    followed = sx.pobjs(group, "of")[:1] or [c for c in group.children if c.dep_ == "poss"][:1]
    if not followed:
        return mentions
    a, b = followed[0].left_edge.idx, followed[0].right_edge.idx + len(followed[0].right_edge.text)
    if any(m.actor is not None and not a <= m.start < b for m in mentions):
        return mentions  # the phrase's own words name someone ("Iranian relatives of ...")
    # whom they follow, as the phrase of whom names them ("the jailed activist": OPP of the context's country)
    inner = [m for m in mentions if m.actor is not None] or [m for m in actors([followed[0]], resolve) if m.actor is not None]
    if not inner:
        return mentions
    actor = inner[0].actor
    assert actor is not None
    table = getattr(resolve, "actors", None)
    if (kin or actor.sector in ORGAN_SECTORS) and table is not None:
        actor = table.actor((actor.country or "") + "CVL")
    text = tok.doc.text[start:end]
    return [replace(inner[0], text=text, start=start, end=end, actor=actor)]


def _each_country(tok: Token, mentions: list[ActorMention], resolve: ActorResolver) -> list[ActorMention]:
    """The other countries of a group named "of" several ("the foreign ministers of Armenia and Azerbaijan": AZEGOV
    beside ARMGOV), each with the sector the phrase gave the first; [] where the resolver has no actor table."""
    table = getattr(resolve, "actors", None)
    first = next((m for m in mentions if m.actor is not None and m.actor.country and m.actor.sector
                  and m.actor.kind == "country"), None)  # fmt: skip
    if table is None or first is None or tok.pos_ != "NOUN":
        return []
    assert first.actor is not None and first.actor.sector is not None
    sector, own = first.actor.sector, first.actor.code
    out: list[ActorMention] = []
    # (and "in" several, where the phrase names no nationality of its own: "families in Chad, Niger and Mali", not
    # "Russian soldiers in Syria and Iraq")
    for g in sx.pobjs(tok, "of", *(() if has_nationality(tok) else ("in",))):
        for other in g.conjuncts:
            if other.i < g.i:
                continue
            for m in resolve(*sx.phrase_chars(other)):
                if (m.actor is not None and m.actor.country and m.actor.sector is None and m.actor.kind == "country"
                        and m.actor.country + sector != own):
                    actor = table.actor(m.actor.country + sector)
                    if actor is not None:
                        out.append(replace(m, actor=actor, via="context", score=min(m.score, first.score)))
    return out


def _named_groups(tok: Token, resolve: ActorResolver) -> list[ActorMention]:
    """The groups of a member or worker noun with two or more coordinated names before it ("BJP and TMC supporters
    clashed": each group's); [] for any other phrase, or where the resolver has no actor table."""
    if getattr(resolve, "actors", None) is None or tok.pos_ != "NOUN" or not (tok.lower_ in w.MEMBER_NOUNS or tok.lower_ in w.WORKER_NOUNS):
        return []
    names = next((c for c in tok.children if c.dep_ in ("nmod", "compound") and c.pos_ == "PROPN" and c.i < tok.i
                  and any(g.dep_ == "conj" for g in c.children)), None)  # fmt: skip
    group = [t for t in sx.with_conjuncts(names) if t.i < tok.i] if names is not None else []
    sides = [next((m for m in resolve(*sx.phrase_chars(t)) if m.resolved), None) for t in group]
    named = [m for m in sides if m is not None]
    return named if len(group) >= 2 and len(named) == len(group) else []


def _office_of(office: Token, place: Token, resolve: ActorResolver) -> ActorMention | None:
    """The holder of ``office`` "of" ``place`` (a country's or a province's name), as the office's sector of the
    place's country ("the governor of Gilan's": IRNGOV); None where the resolver has no actor table,
    the office no sector or the place no country."""
    table = getattr(resolve, "actors", None)
    sector = table.sector_of(office.doc[office.left_edge.i : office.i + 1].text, head=True) if table is not None else None
    if table is None or sector is None:
        return None
    start, end = sx.phrase_chars(place)
    placed = next((m for m in [*resolve(start, end), *place_country([place], resolve)]
                   if m.actor is not None and m.actor.country), None)  # fmt: skip
    actor = table.actor(placed.actor.country + sector) if placed is not None and placed.actor is not None else None
    if placed is None or actor is None:
        return None
    first = office.left_edge.idx
    return replace(placed, text=office.doc.text[first:end], start=first, end=end, actor=actor, via="sector")


def _paired_nationals(tok: Token, resolve: ActorResolver) -> list[ActorMention]:
    """The sides of a sector noun with two or more nationality words before it ("the Chinese and Indian defence
    ministers": CHNGOV and INDGOV), each its country with the noun's sector; [] for any other phrase, or where the
    resolver has no actor table."""
    table = getattr(resolve, "actors", None)
    first = next((c for c in tok.children if c.dep_ in ("amod", "compound") and c.ent_type_ == "NORP" and c.i < tok.i), None)
    if table is None or tok.pos_ != "NOUN" or first is None:
        return []
    group = [t for t in sx.with_conjuncts(first) if t.ent_type_ == "NORP" and t.i < tok.i]
    if len(group) < 2:
        return []
    last = max(t.right_edge.i for t in group)
    sector = table.sector_of(tok.doc[last + 1 : tok.i + 1].text, head=True)
    if sector is None:
        return []
    out: list[ActorMention] = []
    for t in group:
        named = next((m for m in resolve(t.idx, t.idx + len(t.text)) if m.actor is not None and m.actor.country), None)
        actor = table.actor(named.actor.country + sector) if named is not None and named.actor is not None else None
        if named is not None and actor is not None:
            out.append(replace(named, actor=actor, via="sector"))
    return out if len(out) == len(group) else []


#: prepositions of where a group is ("jihadists near the border"), not of whom it belongs to ("of", "for", "with")
WHERE_PREPS = frozenset({"near", "in", "at", "outside", "inside", "around", "along", "across", "on"})


def _only_where(tok: Token, mentions: list[ActorMention]) -> bool:
    """Whether every mention lies after the noun ``tok`` inside one of its phrases of where (:data:`WHERE_PREPS`)."""
    where = [(p.idx, p.right_edge.idx + len(p.right_edge.text)) for p in tok.children
             if p.dep_ == "prep" and p.i > tok.i and p.lower_ in WHERE_PREPS]  # fmt: skip
    return bool(where) and all(any(a <= m.start < b for a, b in where) for m in mentions)


def _sufferers(tok: Token, owner: Token) -> list[Token]:
    """Those a passive clause says something befell, where the clause of the act on ``tok`` tells when or why
    ("two jawans were injured when militants attacked their camp", "soldiers were captured after rebels overran
    their base"), and they agree with ``owner`` ("their": several, "its": one); else none."""
    verb = sx.verb_above(tok)
    if verb is None or verb.dep_ != "advcl" or not any(c.dep_ == "auxpass" for c in verb.head.children):
        return []
    if any(c.lower_ == "own" for c in tok.children):
        return []  # "protesters set fire to their own cars"
    sufferer = next((c for c in verb.head.children if c.dep_ == "nsubjpass" and c.pos_ in ("NOUN", "PROPN")), None)
    if sufferer is None or (sufferer.tag_ in ("NNS", "NNPS")) != (owner.lower_ == "their"):
        return []
    return sx.with_conjuncts(sufferer)


def _doers_own(tok: Token, owners: list[ActorMention], resolve: ActorResolver) -> bool:
    """Whether ``owners`` (whom "its" or "their" on ``tok`` stands for) are the subject of the verb ``tok``
    hangs from: the doer's own ("offered its troops to Lebanon") is no one it acts on."""
    if tok.dep_ == "nsubjpass":
        return False  # "Russia said its peacekeepers had been attacked": the passive's subject is acted on
    verb = sx.verb_above(tok)
    subject = sx.subject(verb) if verb is not None else None
    if subject is None or subject.i == tok.i:
        return False
    doers = [m.actor for m in resolve(*sx.phrase_chars(subject)) if m.actor is not None]
    # (by country too: "Armenian forces shelled its positions" is no shelling of Armenia's own)
    countries = {a.country for a in doers if a.country}
    return any(m.actor in doers or (m.actor is not None and m.actor.country in countries) for m in owners)


def fronted_with(prep: Token) -> bool:
    """A "with" phrase before its verb says in what circumstance it acts, not with whom ("With Iran's attorney
    general visiting Yerevan, Tehran signalled support for Armenia")."""
    return prep.lower_ == "with" and prep.i < prep.head.i


#: prepositions by which an act's noun names whom it is aimed at ("sanctions on Iran", "a protest with Russia")
_ACT_TARGET_PREPS = ("on", "against", "with", "to", "toward", "towards", "between", "into")


def _hostile_act(noun: Token) -> bool:
    """Whether the lexicon reads ``noun`` as a hostile act ("occupation", "invasion", "blockade": a CAMEO code of
    verbal or material conflict, GDELT's QuadClass 3 or 4); backing one backs its doer, not whom it is done to."""
    rows = triggers().get(("N", noun.lemma_.lower()), ())
    return any(quad_class(r.cameo) >= 3 for r in rows)


def held_places(control: Token) -> list[Token]:
    """The named places a "control" noun says are held ("control of Goma", "control over Aleppo", "control of
    large areas of Kosovo", "control of the town of Goma"), whatever entity type the tagger gave their names."""
    out = []
    for g in sx.pobjs(control, "of", "over"):
        if g.ent_type_ in ("GPE", "LOC") or g.pos_ == "PROPN":
            out.append(g)
        elif g.lemma_.lower() in w.AREA_NOUNS or g.lower_ in w.PORTIONS:
            out.extend(p for p in sx.pobjs(g, "of") if p.ent_type_ in ("GPE", "LOC") or p.pos_ == "PROPN")
    return out


#: verbs of getting by paying for it: whom it is bought from is their target
_BUYING_VERBS = frozenset({"buy", "purchase", "acquire", "import", "order"})


def target_candidates(verb: Token) -> list[list[Token]]:
    out: list[list[Token]] = []
    lex = triggers()
    victim = sx.mine_victim(verb)
    if victim is not None:
        out.append(sx.with_conjuncts(victim))  # "their vehicle hit a landmine": the mine struck them
    if sx.protesting_group(verb) is not None:
        return out  # "fired at protesting traders": the traders protest, at no one named
    if verb.lemma_.lower() in w.PHONING_VERBS | {"call"} and not any(c.dep_ == "dobj" for c in verb.children):
        # "called the Ethiopian prime minister": the parser may read the one called as what the verb names him
        out.extend(sx.with_conjuncts(c) for c in verb.children if c.dep_ == "oprd")
    if verb.lemma_.lower() in w.BROKERING_VERBS:
        # "mediated between the Taliban and the United States": whom a go-between goes between
        out.extend(sx.with_conjuncts(g) for g in sx.pobjs(verb, "between"))
    if verb.lemma_.lower() == "join" and any(c.dep_ == "dobj" and c.lower_ in ("forces", "hands") for c in verb.children):
        # "join forces with the U.S.": whom one joins, not the forces (an idiom)
        return [sx.with_conjuncts(g) for g in sx.pobjs(verb, "with")]
    if verb.lemma_.lower() == "stand":
        # "vowed to stand by Azerbaijan", "stands with Ukraine": whom one stands by
        out.extend(sx.with_conjuncts(g) for g in sx.pobjs(verb, "by", "with", "behind"))
    if verb.lemma_.lower() == "deposit":
        # "deposited $3 billion in Pakistan's central bank": whose bank holds the sum is whom it helps
        out.extend(sx.with_conjuncts(g) for g in sx.pobjs(verb, "in", "with", "into"))
    if verb.lemma_.lower() in _BUYING_VERBS:
        # "will buy artillery systems from France and India": whom it is bought from, all of them (the parser may
        # hang "from" from the verb or from what is bought)
        out.extend(sx.with_conjuncts(g) for g in sx.pobjs(verb, "from")
                   + [g for c in verb.children if c.dep_ == "dobj" for g in sx.pobjs(c, "from")])
    if verb.lemma_.lower() in w.HANDING_VERBS:
        # "supplied most of the weapons Greece bought", "the aid that Haiti received": whom a clause on what is
        # handed says got it
        handed = [g for c in verb.children if c.dep_ == "dobj"
                  for g in ([c, *sx.pobjs(c, "of")] if c.lower_ in w.PORTIONS else [c])]  # fmt: skip
        out.extend(sx.with_conjuncts(subject) for g in handed for r in g.children
                   if r.dep_ == "relcl" and r.lemma_.lower() in w.RECEIVING_VERBS | _BUYING_VERBS
                   and (subject := sx.subject(r)) is not None and subject.tag_ not in ("WDT", "WP"))  # fmt: skip
    if verb.lemma_.lower() in ("discuss", "debate"):
        # "discussed NATO membership with the Swedish prime minister": whom it is discussed with, not the topic
        out.extend(sx.with_conjuncts(g) for g in sx.pobjs(verb, "with"))
    if not any(c.dep_ == "dobj" for c in verb.children):
        # "that Iran will attack Azerbaijan": the parser may take a name right after the verb for an adverb
        out.extend(sx.with_conjuncts(c) for c in verb.children
                   if c.dep_ == "npadvmod" and c.pos_ == "PROPN" and c.i == verb.i + 1 and c.ent_type_ in ("GPE", "ORG", "NORP"))
    for deps in (("dative", "iobj"), ("dobj",)):
        for c in verb.children:
            # "took control of the border with Iran": the place taken is no one's recipient (whom it is
            # taken from comes with "from": events.arguments.origin)
            if c.dep_ == "dobj" and c.lemma_.lower() in w.BORDER_NOUNS and verb.lemma_.lower() in w.SEALING_VERBS:
                # "closed Venezuela's land borders with Brazil": whom a border is shut to, not whose it is
                out.extend(sx.with_conjuncts(g) for g in sx.pobjs(c, "with", "to"))
                continue
            # (the parser may hang the "in" from the verb)
            part_in = (sx.pobjs(c, "in") or sx.pobjs(verb, "in")) if c.dep_ == "dobj" and c.lemma_.lower() in w.MEMBERSHIP_NOUNS else []
            if part_in:
                # "froze its membership in the CSTO", "suspended its participation in the treaty": the body or the
                # act one takes part in (another's part is theirs first: "blocked Sweden's membership in NATO")
                out.extend(sx.with_conjuncts(g) for g in c.children if g.dep_ == "poss" and g.pos_ != "PRON")
                out.extend(sx.with_conjuncts(g) for g in part_in)
                continue
            if c.dep_ == "dative" and c.pos_ == "ADP":
                # "sent food to civilians in Mekelle": the parser may make the preposition the dative
                out.extend(sx.with_conjuncts(g) for g in c.children if g.dep_ == "pobj")
                continue
            # a person's name the parser took for what the object is called is the object ("called Erdogan")
            called = c.dep_ == "oprd" and c.ent_type_ == "PERSON" and "dobj" in deps
            run = c.dep_ == "dobj" and "dobj" in deps and c.lemma_.lower() in w.EPISODE_NOUNS
            acts = [g for g in sx.pobjs(c, "of") if ("N", g.lemma_.lower()) in lex] if run else []
            if acts:
                c = acts[0]  # "launched a series of attacks on army posts": the acts the run is of
            if (c.dep_ in deps or called or acts) and not (c.lemma_.lower() == "control" and c.dep_ == "dobj"):
                # the object names the act ("imposed sanctions on Iran", "lodged a protest with Russia",
                # "tightened the blockade of Serbia", "mediated talks between X and Y"): its recipient is the act's
                owned = {g.i for g in sx.of_objects(c)}
                inner = [
                    sx.with_conjuncts(g)
                    for p in c.children
                    if p.dep_ == "prep" and p.lower_ in (*_ACT_TARGET_PREPS, "of")
                    for g in p.children
                    if g.dep_ == "pobj" and g.ent_type_ not in ("DATE", "TIME") and (p.lower_ != "of" or g.i in owned)
                    and not sx.is_helper(p, g)
                ]
                out.extend(_holders(c))
                # "lifted the sanctions imposed on China": whom the participle aims the act at is the act's
                out.extend(
                    sx.with_conjuncts(g)
                    for a in c.children
                    if a.dep_ == "acl" and a.tag_ == "VBN" and a.lemma_.lower() in w.IMPOSING_VERBS
                    for g in sx.pobjs(a, "on", "against", "upon")
                )
                # "opened fraud investigations into banks", "ended mediation efforts with the truckers": an act
                # noun compounded with the object names the act as well
                named = [c, *(g for g in c.children if g.dep_ == "compound" and g.pos_ == "NOUN")]
                names_act = any(("N", g.lemma_.lower()) in lex for g in named)
                # (and backing a hostile one: "supporting the occupation of Azerbaijan's lands" backs whoever
                # occupies them; backing "aid to the Palestinians" backs them)
                if names_act and (verb.lemma_.lower() in w.REACTING_VERBS or (verb.lemma_.lower() in w.BACKING_VERBS and _hostile_act(c))):
                    # "condemned the invasion of Ukraine", "the killing of the scientist": a reaction to an act is
                    # aimed at whoever did it ("Russia's invasion", "the detention ... by Belarusian authorities"),
                    # not at whom it was done to
                    doers = named_owners(c) or doer_modifier(c)  # "repelled a rebel attack"
                    # (the parser may hang "by" from the act's object: "the detention of the leader by the police")
                    # (not one of a clause inside it: "the occupation of Azerbaijan's territory, which was
                    # recognised by Tehran and Moscow")
                    agent = sx.agent(c) or next((g for p in c.subtree if p.dep_ in ("agent", "prep") and p.lower_ == "by"
                                                 and p.head.pos_ in ("NOUN", "PROPN")
                                                 for g in p.children if g.dep_ == "pobj"), None)  # fmt: skip
                    out.extend(sx.with_conjuncts(g) for g in [*doers, *([agent] if agent is not None else [])])
                    # (the two sides of a joint act: "backed the deal between Armenia and Azerbaijan")
                    out.extend(sx.with_conjuncts(g) for g in sx.pobjs(c, "between"))
                    continue
                if inner and any(("N", g.lemma_.lower()) in lex or ("N", g.lower_) in lex for g in named):
                    # (a name the parser listed with the act's noun, not with the name its preposition governs:
                    # "sanctions on the Republic of Chad (ROC) and the United Republic of Tanzania")
                    inner[-1] = inner[-1] + [g for g in c.children if g.dep_ == "conj" and g.pos_ == "PROPN"
                                             and g.ent_type_ in ("GPE", "ORG", "NORP") and g.i > inner[-1][-1].i]  # fmt: skip
                    out.extend(inner)
                    # ("launched air strikes against the rebel-held pocket of a town": whom the place is held by)
                    out.extend(h for group in inner for g in group for h in _holders(g))
                    continue
                if names_act or c.lemma_.lower() in w.INTENT_NOUNS:
                    # "backed Belgrade's position on Kosovo": whose position or bid it is, before what it is on
                    # (not a description that stands for the doer: "pledged the Kingdom's continued support for ...")
                    out.extend(sx.with_conjuncts(g) for g in c.children if g.dep_ == "poss" and g.pos_ != "PRON"
                               and not _own_description(g))  # fmt: skip
                    # "rejected a request filed by the opposition": whoever made it (not a go-between:
                    # "signed a trade agreement mediated by the EU")
                    out.extend(sx.with_conjuncts(agent) for a in c.children if a.dep_ == "acl" and a.tag_ == "VBN"
                               and a.lemma_.lower() not in w.BROKERING_VERBS and (agent := sx.agent(a)) is not None)  # fmt: skip
                # a common noun's recipients come before the noun ("broke off relations with Congo and
                # Costa Rica", "provided $70 million of aid for Romania and Poland"): the noun's whole
                # phrase would name only the first of them
                if c.pos_ == "NOUN" and c.ent_type_ in ("", "MONEY", "QUANTITY", "CARDINAL"):
                    out.extend(
                        sx.with_conjuncts(g)
                        for p in c.children
                        if p.dep_ == "prep" and p.lower_ in (*w.TARGET_PREPS, "for")
                        for g in p.children
                        if g.dep_ == "pobj" and (g.ent_type_ in ("GPE", "NORP", "ORG", "PERSON") or has_nationality(g))
                    )
                if c.lemma_.lower() in w.MEASURE_NOUNS:
                    out.extend(_restricted_parties(c, verb))
                if c.lemma_.lower() in w.AREA_NOUNS:
                    # "ruined this lovely province of Chad": the country the place is part of
                    out.extend([g] for g in sx.pobjs(c, "of") if g.ent_type_ in ("GPE", "LOC"))
                if c.lower_ in w.PORTIONS:
                    # "held a third of Georgian land": the part names no one, the whole does
                    out.extend(sx.with_conjuncts(g) for g in sx.pobjs(c, "of"))
                if c.lemma_.lower() in w.OWNED_THINGS or c.lower_ in w.OWNED_THINGS:
                    # "raided the homes of several journalists": whose they are is whom the act is aimed at
                    out.extend(sx.with_conjuncts(g) for g in sx.of_objects(c))
                out.append(sx.with_conjuncts(c))
    if not any(c.dep_ == "dobj" for c in verb.children) and verb.lemma_.lower() in sx.LETTING_VERBS:
        # "Egypt let free the activist": whom it frees is the object of what it lets happen
        out.extend(sx.with_conjuncts(g) for c in verb.children if c.dep_ in ("ccomp", "xcomp") for g in c.children if g.dep_ == "dobj")
    if not any(c.dep_ in ("dobj", "dative", "iobj") for c in verb.children):
        for c in verb.children:
            # "destroyed and wiped out this region": an object shared by two verbs hangs from the second
            if (
                c.dep_ == "conj"
                and c.pos_ == "VERB"
                and not any(g.dep_ in ("nsubj", "nsubjpass") for g in c.children)
                and not any(g.dep_ in ("xcomp", "ccomp", "prep", "advcl") for g in verb.children)
                and all(t.dep_ in ("cc", "punct", "advmod", "prt") for t in verb.doc[verb.i + 1 : c.i])
            ):
                out.extend(target_candidates(c))
            # "help Iranian ports to connect", "allowed Iran to sidestep sanctions": whom a helper helps (an
            # enabler lets) is the subject of what it helps do
            if c.dep_ in ("ccomp", "xcomp") and verb.lemma_.lower() in w.HELPING_VERBS | w.ENABLING_VERBS:
                out.extend(sx.with_conjuncts(g) for g in c.children if g.dep_ == "nsubj" and g.pos_ != "PRON")
    for c in verb.children:
        # "kidnapped up to 16 advisers": the parser hangs "to" from the particle "up"
        preps = [g for g in c.children if g.dep_ == "prep" and g.lower_ == "to"] if c.dep_ == "prt" and c.lower_ == "up" else [c]
        for p in preps:
            if p.dep_ == "prep" and p.lower_ in w.TARGET_PREPS and not fronted_with(p):
                for g in p.children:
                    if p.lower_ == "with" and g.lemma_.lower() in w.INSTRUMENT_NOUNS:
                        continue  # "will attack Tabriz with Israeli drones": what it is done with
                    if named_water(g):
                        continue  # "fired a missile into the Sea of Japan": waters, no one's (nor Japan's)
                    if g.dep_ == "pobj" and not (sx.border_neighbour(g) and verb.lemma_.lower() in w.GAINING_VERBS):
                        out.extend(_holders(g))
                        if g.lemma_.lower() in w.OWNED_THINGS or g.lower_ in w.OWNED_THINGS:
                            # "set fire to the offices of the ruling party": whose they are
                            out.extend(sx.with_conjuncts(o) for o in sx.of_objects(g))
                        out.append(sx.with_conjuncts(g))
    for g in sx.pobjs(verb, "for"):
        # "called for sanctions against Belarusian officials", "pressed for talks with Iran": what one asks for is
        # an act, and whom that act is aimed at is the request's
        if ("N", g.lemma_.lower()) in lex or ("N", g.lower_) in lex:
            out.extend(sx.with_conjuncts(t) for p in g.children if p.dep_ == "prep" and p.lower_ in _ACT_TARGET_PREPS
                       for t in p.children if t.dep_ == "pobj" and t.ent_type_ not in ("DATE", "TIME"))  # fmt: skip
    if verb.lemma_.lower() in w.HANDING_VERBS:
        # "returned six Iraqi artifacts to the government of Iraq": whom it is handed to comes first
        to = {g.i for p in verb.children if p.dep_ == "prep" and p.lower_ == "to" for g in p.children if g.dep_ == "pobj"}
        if not to:
            # "returned a vase painted with scenes of the old kings to the Greek authorities": the parser may
            # hang the "to" inside the long object, from its last noun
            # (or from what it is worth: "sold drones worth billions of dollars to Azerbaijan")
            inner_to = [
                sx.with_conjuncts(g)
                for c in verb.children if c.dep_ == "dobj" or (c.dep_ == "prep" and c.lower_ == "worth")
                for p in c.subtree if p.dep_ == "prep" and p.lower_ == "to" and (p.head.i != c.i or c.lower_ == "worth")
                for g in p.children if g.dep_ == "pobj"
            ]  # fmt: skip
            # the last such phrase that names no date ("skulls that date back to AD 640 to Peru")
            inner_to = [toks for toks in inner_to if toks[0].ent_type_ not in ("DATE", "TIME", "CARDINAL", "QUANTITY")][-1:]
            out.extend(inner_to)
            to = {toks[0].i for toks in inner_to}
        if _gives_back(verb):
            if not to:
                # "handed back weapons taken from UN troops", "returned the arms they had seized from peacekeepers":
                # what was taken goes back to whom it was taken from
                taken_from = [
                    sx.with_conjuncts(g)
                    for c in verb.children if c.dep_ in ("dobj", "nsubjpass")
                    for a in c.children if a.dep_ in ("acl", "relcl") and a.lemma_.lower() in _TAKING_BACK
                    for g in sx.pobjs(a, "from")
                ]  # fmt: skip
                out.extend(taken_from)
                to = {toks[0].i for toks in taken_from}
            # "will never give it back": what is given back is no one it goes to
            out = [toks for toks in out if not (toks and toks[0].lower_ == "it" and toks[0].dep_ == "dobj" and toks[0].head.i == verb.i)]
        out.sort(key=lambda toks: not (toks and toks[0].i in to))
    return out


def _restricted_parties(measure: Token, verb: Token) -> list[list[Token]]:
    """Whom a measure's dealings restrict, named inside what it is on ("ended its ban on doing business with an airline",
    "eased curbs on contacts between American officials and Cuban diplomats") or between whom it stands ("lifted
    the travel restrictions between it and Egypt"). The parser may hang the measure's "on" from the verb, right
    after the measure."""
    preps = [p for p in measure.children if p.dep_ == "prep" and p.lower_ in ("on", "against", "between")]
    preps += [p for p in verb.children if p.dep_ == "prep" and p.lower_ in ("on", "against") and p.i == measure.right_edge.i + 1]
    out: list[list[Token]] = []
    for p in preps:
        for g in p.children:
            if p.lower_ == "between" and g.dep_ == "pobj":
                out.append(sx.with_conjuncts(g))
            elif g.dep_ in ("pobj", "pcomp"):
                # what the measure is on is dealings with someone: "business with ZTE", "contacts between ..."
                inner = [g, *(o for o in g.children if o.dep_ == "dobj")]
                out.extend(sx.with_conjuncts(t) for h in inner for t in sx.pobjs(h, "with", "between"))
    return out


def _holders(place: Token) -> list[list[Token]]:
    """Whom a place is said to be held by or to hold, whom an act aimed at the place is aimed at: "attacked a
    checkpoint manned by Kurdish forces", "fired rockets at a base hosting US troops". People held are no place: whom
    "freed the hostages held by bandits" frees are the hostages."""
    if place.lemma_.lower() in w.STRUCK_PEOPLE or place.ent_type_ == "PERSON":
        return []
    out: list[list[Token]] = []
    for a in place.children:
        if a.dep_ == "amod" and a.tag_ == "VBN" and a.lemma_.lower() in w.HOLDING_VERBS:
            # "a rebel-held town", "Houthi-controlled areas": the holder a hyphen joins to the participle
            out.extend([g] for g in a.children if g.i + 2 == a.i and a.doc[g.i + 1].text == "-"
                       and (g.pos_ in ("NOUN", "PROPN") or g.ent_type_ == "NORP"))  # fmt: skip
            continue
        if a.dep_ != "acl":
            continue
        if a.tag_ == "VBN" and a.lemma_.lower() in w.HOLDING_VERBS and (holder := sx.agent(a)) is not None:
            out.append(sx.with_conjuncts(holder))
        elif a.tag_ == "VBG" and a.lemma_.lower() in w.HOSTING_VERBS:
            out.extend(sx.with_conjuncts(g) for g in a.children if g.dep_ == "dobj")
    return out


def reacted_patient(verb: Token, tok: Token) -> bool:
    """Whether ``tok`` is whom an act ``verb`` reacts to was done to ("condemned the invasion of Ukraine", "the
    killing of the scientist"): no one the reaction is aimed at."""
    lemma = verb.lemma_.lower()
    if lemma not in w.REACTING_VERBS and lemma not in w.BACKING_VERBS:
        return False
    act = tok
    if tok.dep_ == "pobj":
        prep = tok.head
        if prep.dep_ != "prep" or prep.lower_ not in ("of", "on", "against", "upon", "into"):
            return False
        act = prep.head
    if lemma in w.BACKING_VERBS and not _hostile_act(act):
        return False  # "supported aid to the Palestinians": whom a friendly act is done to is backed
    # (the act's own phrase too: it names whom it was done to)
    return act.dep_ == "dobj" and act.head.i == verb.i and ("N", act.lemma_.lower()) in triggers()


def pick_target(verb: Token, resolve: ActorResolver) -> tuple[ActorMention, ...]:
    """The first object that denotes an actor: the recipient of "sent supplies to Armenia", not the supplies."""
    found_so = sx.found_so(verb)
    if found_so is not None:
        # "the journalist was found shot dead", "police found two men beaten": whom a participle says was found so
        mentions = actors(sx.with_conjuncts(found_so), resolve)
        if mentions:
            return mentions
    candidates = target_candidates(verb)
    for toks in candidates:
        mentions = actors(toks, resolve)
        if any(m.resolved for m in mentions):
            return mentions
    # "gained control of wide areas of Kosovo", "took control of the town of Goma": the place held, or the one its
    # part is of, as an actor ("Kosovo") or as the country it is in (below)
    held = [p for c in verb.children if c.dep_ == "dobj" and c.lemma_.lower() == "control" for p in held_places(c)]
    for p in held:
        mentions = actors([p], resolve)
        if any(m.resolved for m in mentions):
            return mentions
    # "sent inspectors to a plant in central Iran": a recipient that is no actor is located in one (a
    # named one, as the parser may hang its "in" from the verb)
    named = any(t.pos_ == "PROPN" for toks in candidates for t in toks)
    located = locative_country(verb, resolve, of_targets=not named)
    if located:
        return located
    # "shelled the Tavush region", "shelled the towns of Kupiansk and Izium": a place the act is aimed at is its
    # country's
    placed = place_country([p for toks in candidates for t in toks for p in named_places(t)] + held, resolve)
    if placed:
        return placed
    for toks in candidates:
        mentions = actors(toks, resolve)
        if mentions:
            return mentions
    return ()


def _own_description(poss: Token) -> bool:
    """Whether a possessor is a definite description of a state ("the Kingdom's", "the country's"), which on the
    object of a verb stands for the verb's own doer, as "its" does."""
    return poss.lemma_.lower() in w.STATE_DESCRIPTIONS and any(c.dep_ == "det" and c.lower_ == "the" for c in poss.children)


def _cause_owner(tok: Token) -> Token | None:
    """The named owner of a cause a country has ("Azerbaijan's territorial integrity", "the sovereignty of
    Armenia": :data:`words.OWNED_CAUSES`), or None."""
    if tok.lemma_.lower() not in w.OWNED_CAUSES:
        return None
    owners = [c for c in tok.children if c.dep_ == "poss" and c.pos_ != "PRON"] + sx.pobjs(tok, "of")
    return next((o for o in owners if o.ent_type_ in w.ACTOR_ENTS), None)


def _named_for(tok: Token) -> bool:
    """Whether a "for" phrase names whom an act is for: a name, a nationality, or a phrase a name owns
    ("support for Armenia", "backing for Assad's government"; not "calls for calm", "arrests for fraud")."""
    return (tok.ent_type_ in w.ACTOR_ENTS or has_nationality(tok)
            or any(o.dep_ == "poss" and o.ent_type_ in w.ACTOR_ENTS for o in tok.children))


def named_owners(noun: Token) -> list[Token]:
    """The words in an act's noun phrase that name whose act it is: a possessive that is no pronoun ("Russia's
    invasion"), a nationality or a name before it ("Azerbaijani shelling", "Hamas attacks")."""
    return [c for c in noun.children if (c.dep_ == "poss" and c.pos_ != "PRON") or (
        c.dep_ in ("amod", "compound") and (c.ent_type_ in ("NORP", "GPE", "ORG") or c.pos_ == "PROPN"))]


def doer_modifier(noun: Token) -> list[Token]:
    """A common word before an act's noun that names the side doing it ("government air strikes", "rebel
    attacks", "a police raid"), through compounds ("government" of "air" of "strikes"); [] where there is none."""
    left = [c for c in noun.children if c.dep_ in ("compound", "amod") and c.i < noun.i]
    while left:
        c = left.pop()
        if c.lemma_.lower() in w.DOER_MODIFIERS and c.pos_ in ("NOUN", "ADJ", "PROPN") and not c.ent_type_:
            return [c]
        left += [g for g in c.children if g.dep_ == "compound" and g.i < c.i]
    return []


def _to_be_ended(verb: Token, noun: Token) -> bool:
    """Whether ``noun`` is an act someone fails or means to end, which goes on ("Russian peacekeepers failed to stop
    the blockade", "sent troops to halt the fighting"): another's act, not the subject's (but "halted its offensive"
    is its own, and an act someone tries to end is read as ended, by them)."""
    if verb.lemma_.lower() not in w.ENDING_VERBS or any(c.dep_ == "poss" for c in noun.children):
        return False
    if verb.dep_ == "xcomp" and verb.head.lemma_.lower() == "fail":
        return True
    return verb.dep_ == "advcl" and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)


#: what is given, which comes from its giver ("aid from Saudi Arabia") to where it arrives
_DELIVERED = w.GIVEN_NOUNS | {"shipment", "delivery", "consignment"}


def noun_arguments(noun: Token) -> tuple[list[Token], list[Token]]:
    source: list[Token] = []
    for c in noun.children:
        # "its invasion": the pronoun stands for the subject of the verb the noun is the object of
        if (c.dep_ == "poss" and c.pos_ != "PRON") or (
            c.dep_ in ("compound", "amod", "nmod") and (c.ent_type_ in ("GPE", "NORP", "ORG") or c.pos_ == "PROPN")
            # ("a pro-Palestinian rally in London": whom it is for, not who holds it)
            and not sx.for_or_against(c) and c.lower_ not in ("pro", "anti", "-")
        ):
            # "the Turkish-Azerbaijani drill": both names of a pair
            partner = sx.dash_partner(c)
            source.extend([partner, *sx.with_conjuncts(c)] if partner is not None else sx.with_conjuncts(c))
    if not source:
        # "Turkish drone strikes", "a Russian missile attack": the nation of the weapon an act is made with
        source = [g for c in noun.children if c.dep_ == "compound" and c.i < noun.i and (c.lemma_.lower() in w.WEAPON_NOUNS or c.lower_ == "air")
                  for g in c.children if g.dep_ in ("amod", "compound") and g.ent_type_ in ("NORP", "GPE")][:1]  # fmt: skip
    carried = noun.dep_ == "dobj" and noun.head.lemma_.lower() in w.LIGHT_VERBS | w.ORDERING_VERBS
    if not source and noun.lemma_.lower() in w.DEPLOYMENT_NOUNS and not carried:
        # "the deployment of US missiles in Poland", "the withdrawal of Russian troops": forces or arms moved are
        # their owner's, who moves them (not where a verb carries the move: "the Kremlin ordered the withdrawal
        # of Russian troops" is the Kremlin's)
        moved = [g for g in sx.of_objects(noun) if sx.counted(g).lemma_.lower() in w.ARMED_NOUNS | w.DEPLOYED_ARMS
                 and any(c.dep_ in ("poss", "compound", "amod", "nmod") and c.lower_ not in ("its", "their") for c in g.children)]  # fmt: skip
        source = sx.with_conjuncts(moved[0]) if moved else source
    if not source:
        source = doer_modifier(noun)
    if not source and noun.dep_ == "pobj" and noun.head.lower_ in ("on", "for"):
        # "the president signed a decree on partial mobilisation": whoever issues the order does what it orders (the
        # parser may hang the "on" from the verb that issues it)
        above = noun.head.head
        text = above if above.lemma_.lower() in w.ORDERING_TEXTS else next(
            (c for c in above.children if c.dep_ == "dobj" and c.lemma_.lower() in w.ORDERING_TEXTS), None)
        issuer = sx.issuer(text) if text is not None else None
        source = sx.with_conjuncts(issuer) if issuer is not None else source
    involved = sx.with_conjuncts(sx.involved(noun))
    if not source and involved:
        # "clashes involving police and farmers": one side against the other, as "between" them (a reciprocal
        # act's parties all do it: "drills involving Azerbaijan, Pakistan and Turkey", read where the type is known)
        return involved[:1], involved[1:]
    receiver = sx.verb_above(noun) if noun.dep_ == "dobj" else None
    if receiver is not None and receiver.lemma_.lower() in w.RECEIVING_VERBS and noun.lemma_.lower() in w.GIVEN_NOUNS:
        # "Armenia received military aid from Russia", "hope for Armenia to gain help": the subject is given
        # the act, whoever gives it comes with "from" (or is the noun's own: "received Russian aid")
        givers = sx.pobjs(receiver, "from") + sx.pobjs(noun, "from")
        if not source and givers:
            source = sx.with_conjuncts(givers[0])
        return source, sx.with_conjuncts(sx.subject(receiver))
    drawn_from = sx.pobjs(receiver, "from") + sx.pobjs(noun, "from") if receiver is not None else []
    if receiver is not None and receiver.lemma_.lower() in w.DRAWING_VERBS and drawn_from and not source:
        # "Russia's attack drew condemnation from the EU", "the law sparked protests from rights groups": who it
        # comes from does it, to the subject (its owner: "Russia's attack" is Russia's)
        return sx.with_conjuncts(drawn_from[0]), sx.with_conjuncts(sx.subject(receiver))
    # "the sanctions that the US imposed on Iran", "the strikes Russia carried out on Kyiv": a clause whose verb only
    # carries the act names its sides
    carrying = next((c for c in noun.children if c.dep_ == "relcl" and c.lemma_.lower() in w.LIGHT_VERBS | w.IMPOSING_VERBS
                    and not any(g.dep_ == "dobj" and g.pos_ in ("NOUN", "PROPN") for g in c.children)), None)  # fmt: skip
    carrier_subject = sx.subject(carrying) if carrying is not None else None
    if not source and carrier_subject is not None and carrier_subject.pos_ in ("NOUN", "PROPN"):
        source = sx.with_conjuncts(carrier_subject)
    # the subject of a verb of undergoing an act is the one it is aimed at; whoever does it comes with "from" or
    # "by" (or is the noun's own: "Iranian attacks"): "Azerbaijan faces aggression from Iran", "suffered attacks by
    # the rebels"; and so of a place that is, comes or remains under it ("Kyiv is under threat from Russia", "the
    # convoy came under fire from rebels"; not "holds a strip of Iraq under its occupation")
    undergoer, doers = None, sx.pobjs(noun, "from", "by")
    if receiver is not None and receiver.lemma_.lower() in w.SUFFERING_VERBS:
        # (the parser may hang the act's "by" from an active verb: "resisted an offensive by Islamic State")
        active = not any(c.dep_ in ("auxpass", "nsubjpass") for c in receiver.children)
        undergoer, doers = receiver, sx.pobjs(receiver, "from", *(("by",) if active else ())) + doers
    elif (noun.dep_ == "pobj" and noun.head.lower_ == "under" and noun.head.head.lemma_.lower() in ("be", "come", "remain", "fall")
            and sx.subject(noun.head.head) is not None and not any(c.dep_ == "poss" for c in noun.children)):
        undergoer = noun.head.head
    if undergoer is not None:
        if not source and doers:
            source = sx.with_conjuncts(doers[0])
        return source, sx.with_conjuncts(sx.subject(undergoer))
    agent = sx.agent(noun)
    # "the aid given by Iran to Azerbaijan": the participle that describes the act names its sides
    described = next((c for c in noun.children if c.dep_ == "acl" and c.tag_ == "VBN" and sx.agent(c) is not None
                      and c.lemma_.lower() not in w.BROKERING_VERBS), None)  # fmt: skip
    if agent is None and described is not None:
        agent = sx.agent(described)
    if agent is None and noun.dep_ == "nsubjpass":
        # "an attack on the embassy was carried out by militants": whoever the passive's agent is did it
        agent = sx.agent(noun.head)
    carrier = noun.head if noun.dep_ == "dobj" else noun.head.head if noun.dep_ == "pobj" and noun.head.head.pos_ == "VERB" else None
    if agent is None and carrier is not None and not any(c.dep_ in ("nsubjpass", "auxpass") for c in carrier.children):
        # "police dispersed a rally by opposition supporters", "released the hostages after mediation by local
        # elders": the parser may hang the noun's own "by" right after it from the active verb
        by = next((c for c in carrier.children if c.dep_ in ("prep", "agent") and c.lower_ == "by" and c.i == noun.right_edge.i + 1), None)
        agent = sx.agent(carrier) if by is not None else None
    if not source and agent is not None:
        source = sx.with_conjuncts(agent)
    if not source and noun.dep_ == "pobj":
        # "Hussein was responsible for the killings", "Iran is behind the attack", "IS claimed responsibility for
        # the bombing": the one held to account did it
        prep = noun.head
        holder = prep.head
        # (and "denied involvement in the attack", "acknowledged its role in the killing": the one whose part it is)
        if (
            (prep.lower_ == "for" and holder.lemma_.lower() in ("responsible", "responsibility"))
            or (prep.lower_ == "behind" and holder.lemma_.lower() == "be")
            or (prep.lower_ == "in" and holder.lemma_.lower() in PART_NOUNS)
        ):
            verb = holder if holder.pos_ in ("VERB", "AUX") else sx.verb_above(holder)
            if holder.dep_ == "amod" and holder.head.pos_ in ("NOUN", "PROPN", "PRON"):
                # "pledged to punish those responsible for the bombing": whom the word describes, not the clause's
                # subject
                source = sx.with_conjuncts(holder.head)
            elif verb is not None:
                source = sx.with_conjuncts(sx.subject(verb))
        elif (prep.lower_ == "of" and holder.lemma_.lower() in w.CHARGE_NOUNS and holder.dep_ == "dobj"
              and holder.head.lemma_.lower() in w.REBUTTING_VERBS):
            # "Baku denies claims of a ceasefire violation": a charge the one who rebuts it is charged with
            source = sx.with_conjuncts(sx.subject(holder.head))
        elif prep.lower_ in ("of", "for") and holder.lemma_.lower() in w.ACCUSING_VERBS:
            # "Israel blamed Iran for the attack", "Iran was accused of the killing": the one blamed did it
            blamed = next((c for c in holder.children if c.dep_ in ("dobj", "nsubjpass") and not c.like_url), None)
            source = sx.with_conjuncts(blamed)
    one = noun.head.head if noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.lower_ == "one" else None
    if not source and one is not None and one.dep_ == "attr" and one.head.lemma_.lower() == "be":
        # "Iran is one of the gravest threats to Israel": what the subject is one of, it does
        source = sx.with_conjuncts(sx.subject(one.head))
    if not source and noun.dep_ == "nsubj" and noun.head.lemma_.lower() == "be":
        # "the greatest threat to peace is Russia": the one the act is said to be does it
        said = next((c for c in noun.head.children if c.dep_ == "attr" and (c.ent_type_ in w.ACTOR_ENTS or c.pos_ == "PROPN")), None)
        source = sx.with_conjuncts(said) if said is not None else source
    putting = _put_on(noun)
    if not source and putting is not None:
        source = sx.with_conjuncts(sx.subject(putting))
    # ("made available ambulances and medical supplies": a noun listed after the object is one too)
    listed_object = noun.dep_ == "conj" and sx.object_verb(noun) is not None
    if not source and (noun.dep_ in ("dobj", "pobj", "attr") or listed_object):
        verb = sx.verb_above(noun)
        if verb is None and _in_protest(noun):
            verb = next((t for t in noun.ancestors if t.pos_ == "VERB"), None)  # "... for a second day in protest"
        # "the footage sparked protests", "villagers could see the exchange of fire": what causes an act, or sees
        # it, is not its author
        # (nor is what it forbids or puts down by force: "police quelled the riots", "banned all rallies")
        # ("the rebels would observe the truce": one observes a truce or a strike by keeping it)
        kept = verb is not None and verb.lemma_.lower() == "observe" and noun.lemma_.lower() in w.KEPT_NOUNS
        if verb is not None and (verb.lemma_.lower() not in w.CAUSING_VERBS | w.PERCEIVING_VERBS | w.FORBIDDING_VERBS | w.SEQUENCE_VERBS or kept) and (
            sx.phrasal(verb) not in w.QUELLING_VERBS
        ) and not _judged(verb) and not _to_be_ended(verb, noun) and (
            noun.dep_ == "dobj" or listed_object
            # ("imposed a curfew after ethnic clashes", "imposed sanctions over the crackdown": an act the light
            # verb's act comes after or answers is not the subject's)
            or (verb.lemma_.lower() in w.LIGHT_VERBS
                and not (noun.dep_ == "pobj" and noun.head.lower_ in w.TIME_PREPS | w.GRIEVANCE_PREPS))
            # "Moscow rushing to the aid of Minsk"
            or (noun.dep_ == "pobj" and noun.head.lower_ == "to" and verb.lemma_.lower() in ("come", "rush"))
            # "Azerbaijan is a threat to Iran": what the subject is, it does
            # (not what "there" is: "there might be an air strike near us" names no one)
            or (noun.dep_ == "attr" and verb.lemma_.lower() == "be" and verb.i == noun.head.i
                and not any(c.dep_ == "expl" for c in verb.children))
            # "Baku responded with sanctions": what the subject answers with, it does
            or (noun.dep_ == "pobj" and noun.head.lower_ == "with" and verb.lemma_.lower() in w.RESPONDING_VERBS)
            # "Macron will travel to New Delhi for talks": what the one who goes goes for
            or (noun.dep_ == "pobj" and noun.head.lower_ == "for" and verb.lemma_.lower() in w.TRAVEL_VERBS)
            # "arrived in Islamabad on a three-day visit", "is in Moscow on a working visit": whose visit it is
            or _visit_on(noun, verb)
            # "the rebels left the town after talks with the army": who acts after talks with someone held them
            # ("retreated after a gun battle with soldiers", "dispersed after clashes with police": fought them)
            or (noun.dep_ == "pobj" and noun.head.lower_ in ("after", "following", "before")
                and noun.head.head.i == verb.i and noun.lemma_.lower() in w.MEETING_WORDS | w.RECIPROCAL_FIGHTING
                and bool(sx.pobjs(noun, "with")))
            # "said Borrell at a joint news conference with the president": one speaking at a meeting holds it
            # (the parser may hang the phrase from the speaker)
            or (noun.dep_ == "pobj" and noun.head.lower_ in ("at", "in", "during")
                and (noun.head.head.i == verb.i or (noun.head.head.dep_ == "nsubj" and noun.head.head.head.i == verb.i))
                and verb.lemma_.lower() in SPEECH_VERBS and noun.lemma_.lower() in w.MEETING_WORDS | {"conference"}
                and (bool(sx.pobjs(noun, "with")) or any(c.lower_ == "joint" for c in noun.children)))
            # "shopkeepers kept their shops closed in protest": whoever does something in protest protests
            # (the parser may hang the idiom from a phrase of the verb's: "kept shops shut for a day in protest")
            or (_in_protest(noun) and (noun.head.head.i == verb.i or not any(c.dep_ == "det" for c in noun.children)))
        ):
            doer = sx.subject(verb)
            if doer is None and noun.lemma_.lower() == "protest" and verb.dep_ in ("oprd", "xcomp"):
                doer = sx.subject(verb.head)  # "kept their shops closed in protest": whoever kept them so
            if doer is None and verb.lemma_.lower() == "engage":
                # "Serb forces were engaged in ethnic cleansing": being engaged in an act is doing it
                doer = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
            source = sx.with_conjuncts(doer)
            listed = sx.listed_before(doer) if doer is not None and doer.head.i == verb.i else None
            if listed is not None:
                source = [listed, *source]  # "Russia, Belarus launch joint drills": both
    given = noun.lemma_.lower() in _DELIVERED
    givers = [*sx.pobjs(noun, "from"), *(g for o in sx.of_objects(noun) for g in sx.pobjs(o, "from"))] if given else []
    if not source and givers:
        # "humanitarian aid from Saudi Arabia", "a shipment of arms from Russia": what is given comes from its giver
        source = sx.with_conjuncts(givers[0])
    if not source:
        source = sx.with_conjuncts(possessor(noun))
    if not source and noun.dep_ in ("nsubj", "nsubjpass"):
        # "since Tehran leans on Moscow, its backing of Yerevan may be ...": the noun's own phrase is
        # its clause's subject, so the pronoun is read as pronouns are (an actor named before it)
        source = [c for c in noun.children if c.dep_ == "poss" and c.lower_ in ("its", "their")][:1]
    target: list[Token] = []
    # "an operation, Operation Dawn, against militants": the parser may hang the phrase from the act's name
    named = [g for a in noun.children if a.dep_ == "appos" for g in a.children]
    for c in [*noun.children, *named]:
        if c.dep_ == "prep" and c.lower_ in ("against", "on", "with", "to", "toward", "towards", "between", "for", "into"):
            for g in c.children:
                if c.lower_ == "for" and not _named_for(g):
                    # "support for Azerbaijan's territorial integrity": the country whose it is
                    owner = _cause_owner(g)
                    if owner is not None:
                        target = sx.with_conjuncts(owner)
                        break
                    continue  # "calls for calm", "arrests for fraud": no one it is for
                if g.dep_ == "pobj" and not sx.is_helper(c, g):
                    target = sx.with_conjuncts(g)
                    if c.lower_ == "between" and not source and len(target) >= 2:
                        # "fighting between Azerbaijanis and Armenians": one side against the other
                        source, target = target[:1], target[1:]
                    elif c.lower_ == "between" and not source:
                        # "between the two countries": the pair the phrase stands for acts together
                        source, target = target, []
                    break
    if not target and noun.dep_ == "pobj" and noun.head.head.pos_ in ("VERB", "AUX"):
        # "did not start with Iranian support to Armenia": the parser may hang the noun's own "to" phrase,
        # right after it, from the verb above; a name there is the noun's recipient
        after = next((c for c in noun.head.head.children
                      if c.dep_ in ("prep", "dative") and c.i == noun.right_edge.i + 1 and c.lower_ in ("to", "for", "against", "on")), None)  # fmt: skip
        named = [g for g in (after.children if after is not None else ())
                 if g.dep_ == "pobj" and (g.ent_type_ in ("GPE", "NORP", "ORG", "PERSON") or has_nationality(g))]  # fmt: skip
        if named:
            target = sx.with_conjuncts(named[0])
    if not target and not source and noun.dep_ == "nsubj" and noun.head.lemma_.lower() in w.HAPPENING_VERBS:
        # "war broke out between Chad and Sudan": one side against the other; "fighting started to grow
        # between the two countries": the "between" of the verb it goes on with, and a pair the phrase stands
        # for acts together
        verbs = [noun.head, *(c for c in noun.head.children if c.dep_ == "xcomp" and c.lemma_.lower() in w.HAPPENING_VERBS)]
        sides = next((sx.with_conjuncts(g) for v in verbs for g in sx.pobjs(v, "between")), [])
        if len(sides) >= 2:
            source, target = sides[:1], sides[1:]
        elif sides and sides[0].tag_ == "NNS":
            source = sides
    visitor = noun.head.head if noun.dep_ == "pobj" and noun.head.lower_ in ("for", "on") else None
    hosts = [g for g in sx.pobjs(visitor, "in") if g.ent_type_ == "GPE"] if visitor is not None else []
    if hosts and visitor is not None and visitor.pos_ in ("NOUN", "PROPN") and noun.lemma_.lower() in w.MEETING_WORDS | w.VISIT_NOUNS:
        # "Iran's new foreign minister, in Moscow for talks, said ...": the one who is in a town for talks holds
        # them, with the country the town is in
        source = source or sx.with_conjuncts(visitor)
        target = target or hosts[:1]
    if not target and described is not None:
        target = next((sx.with_conjuncts(g) for g in sx.pobjs(described, "to", "against", "on")), [])
    if not target and carrying is not None:
        target = next((sx.with_conjuncts(g) for g in sx.pobjs(carrying, *w.TARGET_PREPS) if g.ent_type_ not in ("DATE", "TIME")), [])
    if not target and agent is not None and agent.head.head.i == noun.i:
        # "a visit by the Iranian army chief to Pakistan", "an attack by militants on the base": the parser may hang
        # the noun's own phrase from its agent, right after it
        last = next(reversed(list(agent.rights)), None)
        if last is not None and last.dep_ == "prep" and last.lower_ in ("to", "against", "on"):
            target = next((sx.with_conjuncts(g) for g in last.children if g.dep_ == "pobj"), [])
    if not target and given and noun.dep_ == "nsubj" and noun.head.lemma_.lower() in ("arrive", "reach"):
        # "aid from Saudi Arabia arrived in Sanaa", "the shipment reached Armenia": where it comes is whom it is for
        target = next((sx.with_conjuncts(g) for g in noun.head.children if g.dep_ == "dobj"), []) or next(
            (sx.with_conjuncts(g) for g in sx.pobjs(noun.head, "in", "at")), [])
    if not target and (source or noun.lemma_.lower() in w.UNDERGONE_NOUNS):
        # the object of an act whose author is named elsewhere: "its invasion of South Lebanon", "the
        # blockade of Serbia" (not the subject's own: "the withdrawal of its troops", nor the forces moved, who
        # are the source: "the pullout of Israeli forces from Gaza"); and of an act whose "of" can only name the one
        # who undergoes it, with no author named ("the occupation of Crimea")
        target = next((sx.with_conjuncts(g) for g in sx.of_objects(noun) if g.i not in {t.i for t in source}), [])
    held = _held_under(noun)
    if held is not None:
        # "police placed the journalist under arrest", "the activist was put under house arrest": whom the verb puts
        # there is held, whoever puts them
        passive = any(c.dep_ == "auxpass" for c in held.children)
        source = source or sx.with_conjuncts(sx.agent(held) if passive else sx.subject(held))
        target = target or next((sx.with_conjuncts(c) for c in held.children if c.dep_ == ("nsubjpass" if passive else "dobj")), [])
    run = noun.head.head if noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.lemma_.lower() in w.EPISODE_NOUNS else None
    if not target and run is not None:
        # "a wave of air strikes on Hezbollah targets": the parser may hang the acts' recipient from the run of them
        target = next((sx.with_conjuncts(g) for g in sx.pobjs(run, *w.TARGET_PREPS) if g.ent_type_ not in ("DATE", "TIME")), [])
    carrier = run if run is not None else noun
    if not target and carrier.dep_ == "dobj":
        # the verb that carries the noun carries its recipient: "gave aid to X", "opened investigations
        # against X", "imposed sanctions on X", "held talks with X" (and "a round of talks with X")
        verb = sx.verb_above(carrier)
        if verb is not None:
            for c in verb.children:
                if c.dep_ in ("dative", "iobj") and c.pos_ == "ADP":
                    # "issued an ultimatum to the rebels": the parser may make the preposition the dative
                    target = [t for g in c.children if g.dep_ == "pobj" for t in sx.with_conjuncts(g)]
                elif c.dep_ in ("dative", "iobj"):
                    target = sx.with_conjuncts(c)
                elif c.dep_ == "prep" and c.lower_ in w.TARGET_PREPS and not fronted_with(c):
                    target = [g for g in c.children if g.dep_ == "pobj" and g.ent_type_ not in ("DATE", "TIME")]
                if target:
                    break
    # "carried out air strikes on rebel-held areas of Idlib": whom a place is held by, in the place's stead (not in
    # the stead of another listed with it: "shelled a besieged neighbourhood and nearby rebel-held areas")
    held_by = [[h for group in _holders(t) for h in group] for t in target]
    if any(held_by):
        target = [x for t, holders in zip(target, held_by, strict=True) for x in (holders or [t])]
    return source, target


#: Possessive pronouns with the number and person of the subject they may stand for.
_POSSESSIVES = {"his": "person", "her": "person", "its": "one", "their": "several"}


def _judged(verb: Token) -> bool:
    """Whether ``verb`` calls its object something ("called the detentions unlawful", "described the strikes as a
    violation"): whoever judges an act does not do it."""
    return verb.lemma_.lower() in w.JUDGING_VERBS and any(
        c.dep_ in ("oprd", "ccomp", "xcomp") or (c.dep_ == "prep" and c.lower_ == "as") for c in verb.children)


def _in_protest(noun: Token) -> bool:
    """Whether ``noun`` is the protest of "in protest" ("closed their shops in protest")."""
    return noun.dep_ == "pobj" and noun.head.lower_ == "in" and noun.lemma_.lower() == "protest"


def _put_on(noun: Token) -> Token | None:
    """The verb that puts something on ``noun`` ("Serbia put its army on alert", "on the highest state of
    alert"): whoever puts forces on alert does the alert."""
    if noun.dep_ != "pobj":
        return None
    on = noun.head
    if on.lower_ == "of" and on.head.lemma_.lower() in ("state", "level", "status") and on.head.dep_ == "pobj":
        on = on.head.head
    verb = on.head
    return verb if on.lower_ == "on" and verb.pos_ == "VERB" and verb.lemma_.lower() in ("put", "place") else None


def _held_under(noun: Token) -> Token | None:
    """The verb that puts or keeps someone under ``noun`` ("placed the journalist under arrest", "was put under house
    arrest", "kept under surveillance", "has part of Syria under its occupation"), or None."""
    if noun.dep_ != "pobj" or noun.head.lower_ != "under":
        return None
    verb = noun.head.head
    return verb if verb.pos_ == "VERB" and verb.lemma_.lower() in ("put", "place", "keep", "hold", "have") else None


def possessor(noun: Token) -> Token | None:
    """The subject a possessive pronoun on an event noun stands for, where the clause names no one else it
    could ("the president has wavered in his support": the president's support; not "Chad condemned Sudan for
    its raids", where "its" may be Sudan's)."""
    pron = next((c for c in noun.children if c.dep_ == "poss" and c.lower_ in _POSSESSIVES), None)
    verb = sx.verb_above(noun) if pron is not None else None
    if verb is None and pron is not None:
        # "on top of its financial aid, Germany sent ...": a phrase deeper down still hangs from a verb
        verb = next((t for t in noun.ancestors if t.pos_ in ("VERB", "AUX")), None)
    if pron is None or verb is None:
        return None
    doer = sx.subject(verb)
    # (a possessive in a phrase set before the subject stands for it, whoever else the clause names after it: "in
    # its statement, the ministry condemned Iran")
    fronted = doer is not None and noun.i < min(doer.left_edge.i, verb.i)
    if not fronted and any(c.dep_ in ("dobj", "dative", "iobj") and c.i != noun.i and c.pos_ in ("NOUN", "PROPN") for c in verb.children):
        return None
    if doer is None or doer.pos_ not in ("NOUN", "PROPN") or doer.left_edge.i <= noun.i <= doer.right_edge.i:
        return None  # "its support for Armenia might be ...": the noun's own phrase is the subject
    kind = _POSSESSIVES[pron.lower_]
    plural = doer.tag_ in ("NNS", "NNPS") or any(c.dep_ == "conj" for c in doer.children)
    if kind == "person":
        return doer if doer.ent_type_ == "PERSON" and not plural else None
    if kind == "one":
        return doer if doer.ent_type_ != "PERSON" and not plural else None
    return doer if plural else None


def participants(noun: Token, sent: Span, resolve: ActorResolver) -> tuple[ActorMention, ...]:
    """Who takes part in a noun event the parse left without a subject: "with the participation of X and Y",
    else the coordinated actors that open the clause before it ("Chad and Niger plan on holding a joint exercise")."""
    for tok in sent:
        if tok.lemma_.lower() == "participation":
            for c in tok.children:
                if c.dep_ == "prep" and c.lower_ == "of":
                    objs = [g for g in c.children if g.dep_ == "pobj"]
                    if objs:
                        return actors(sx.with_conjuncts(objs[0]), resolve)
    for tok in sent:
        if tok.i >= noun.i:
            break
        if tok.pos_ == "PROPN" and tok.dep_ in ("nsubj", "conj", "appos", "nmod"):
            first = sx.first_conjunct(tok)
            group = sx.with_conjuncts(first)
            after_source = not sx.outside_attribution(tok)
            if after_source:
                # "According to Reuters, Turkey and Azerbaijan plan on ...": the small parser may join the source
                # and the actors after its comma as conjuncts; those after the comma open the clause
                comma = first.i + 1
                if comma >= len(tok.doc) or tok.doc[comma].text != ",":
                    continue
                group = [t for t in group if t.i > comma]
            found = tuple(m for m in actors(group, resolve) if m.resolved)
            # (the small parser may read "plan" in "Turkey and Azerbaijan plan on ..." as a noun they modify)
            opens = after_source or (
                first.dep_ == "nmod" and first.head.dep_ == "ROOT" and first.head.pos_ == "NOUN" and first.head.i < noun.i
            )
            if found and (opens or any(t.head.i >= noun.i or t.head.dep_ in ("appos", "pobj") for t in group)):
                return found
    return ()


def locative_country(tok: Token, resolve: ActorResolver, *, of_targets: bool = False,
                     purposes: bool = False) -> tuple[ActorMention, ...]:  # fmt: skip
    """The country an "in X" phrase on the trigger or on its object names: X itself when it is a country,
    else the country of the place X, when the resolver can place it ("in the Gaza Strip", "in Kirkuk").
    With ``of_targets``, only the "in X" of its objects counts ("sent inspectors to a plant in Iran"). With
    ``purposes`` (aid), the "in X" of what it is given for counts too ("gave $10 million to fight the
    outbreak in Haiti", "pledged $5 million to help rebuild homes in Gaza")."""
    objects = [c for c in tok.children if c.dep_ in ("dobj", "nsubjpass")]
    if purposes:
        aims = [c for c in tok.children if sx.purpose_clause(c)]
        for _ in range(2):
            aims += [x for a in aims for x in a.children if x.dep_ == "xcomp" and x not in aims]
        objects += aims + [g for a in aims for g in a.children if g.dep_ == "dobj"]
    # "fired at targets in Jericho": the place of what the act was aimed at
    objects += [
        g for c in tok.children if c.dep_ in ("prep", "dative") and c.lower_ in w.TARGET_PREPS for g in c.children if g.dep_ == "pobj"
    ]  # fmt: skip
    if tok.lemma_.lower() in w.HANDING_VERBS:
        # "gave 5 million euros for shelters for families in Yemen": whom what is handed is for
        objects += [g for c in tok.children if c.dep_ == "dative" and c.lower_ == "for" for g in c.children if g.dep_ == "pobj"]
        for _ in range(2):
            objects += [g for h in objects for g in sx.pobjs(h, "for") if g not in objects]
    objects += [g for h in objects for p in h.children if p.dep_ == "prep" and p.lower_ == "of" for g in p.children if g.dep_ == "pobj"]
    # "the curfew imposed in Sudan"
    objects += [c for h in objects for c in h.children if c.dep_ == "acl"]
    heads = objects if of_targets else [tok, *objects]
    places: list[Token] = []
    for h in heads:
        for c in h.children:
            # "in Kirkuk", and where the act was aimed "near", "outside" or "around" a place
            if c.dep_ == "prep" and c.lower_ in ("in", "inside", "near", "outside", "around"):
                for g in c.children:
                    if g.dep_ == "pobj" and g.ent_type_ == "GPE":
                        # (every country listed: "peacekeeping missions in Kosovo and Mali")
                        listed = [x for x in sx.with_conjuncts(g) if x.ent_type_ == "GPE"]
                        found = tuple(
                            m for m in actors(listed, resolve)
                            if m.actor is not None and m.actor.country and m.actor.code == m.actor.country
                        )
                        if found:
                            return found
                    if g.dep_ == "pobj" and (g.ent_type_ in ("GPE", "LOC", "FAC") or (g.pos_ == "PROPN" and not g.ent_type_)):
                        places.append(g)
                    elif g.dep_ == "pobj" and g.pos_ == "NOUN":
                        # "in northwestern cities of Iran", "in several provinces of Afghanistan", "in Pando province"
                        places.extend(named_places(g))
    return place_country(places, resolve)


def named_water(tok: Token) -> bool:
    """Whether ``tok`` is the word of a named body of water ("the Sea of Japan", "the Gulf of Oman")."""
    return tok.lower_ in w.WATER_WORDS and tok.pos_ in ("NOUN", "PROPN")


def _water_name(span: Span) -> bool:
    """Whether a name is a body of water's ("the Sea of Japan", "the South China Sea", "the Bay of Bengal"), which is
    no country's; not a town's that ends in "Bay" ("Guantanamo Bay")."""
    return any(named_water(t) and (t.lower_ != "bay" or (t.i + 1 < span.end and t.nbor().lower_ == "of")) for t in span)


def place_country(places: list[Token], resolve: ActorResolver) -> tuple[ActorMention, ...]:
    """The country of the first of ``places`` the resolver can place (a resolver may offer ``place(start,
    end)``, the stage's does: a mention of the place's country; a resolver without it places nothing)."""
    place = getattr(resolve, "place", None)
    if place is None:
        return ()
    for g in places:
        # a word outside every entity (IOB "O", or not set) is no part of one: Doc.ents builds all of the
        # document's spans on each call, and most of the words asked about are not in any
        inside = g.ent_iob_ in ("B", "I")
        ent = next((e for e in g.doc.ents if e.start <= g.i < e.end), None) if inside else None
        span = ent if ent is not None else g.doc[g.i : g.i + 1]
        if _water_name(span):
            continue  # "held drills in the Sea of Japan": waters, no one's (nor Japan's)
        # "West Darfur State": the name, else the name without a first word of direction or a last word of a
        # division ("Bulo Fulay" is not the Philippine town Bulo, nor "the Black Sea" a town called Black)
        parts = [span]
        after = span.end < len(g.doc) and g.doc[span.end].lower_ in w.STATE_WORDS
        if after:
            # "in Plateau state": the division's word the tagger left out of the name says which Plateau
            parts.insert(0, g.doc[span.start : span.end + 1])
        if len(span) > 1 and span[0].lower_ in w.DIRECTION_WORDS:
            parts.append(span[1:])
        if len(span) > 1 and span[-1].lower_ in w.DIVISION_WORDS:
            parts.append(span[:-1])
        bracket = next((t.i for t in span if t.text == "("), None)
        if bracket is not None:
            # "in Lahore (Punjab)": a name the tagger runs on into the bracket that says where it is
            parts.append(g.doc[span.start : bracket])
        for part in parts:
            if len(part) == 0:
                continue
            found = place(part.start_char, part.end_char)
            if found is not None and found.actor is not None:
                return (found,)
    return ()


def adversary(
    tok: Token, source: tuple[ActorMention, ...], target: tuple[ActorMention, ...], resolve: ActorResolver
) -> tuple[ActorMention, ...]:
    """Whom a mobilisation is against: the forces a country mobilises are its own ("mobilised army
    reservists"), the target is the one they are raised against ("for a war against Iraq")."""
    own = {m.actor.country for m in source if m.actor is not None and m.actor.country}
    # ("they have massed troops along the border": the forces mobilised are the doer's, whoever it is)
    forces = [sx.phrase_chars(c) for c in tok.children if c.dep_ == "dobj" and c.lemma_.lower() in w.ARMED_NOUNS]
    target = tuple(m for m in target if not any(a <= m.start < b for a, b in forces))
    if target and not all(m.actor is None or m.actor.country in own for m in target):
        return target
    against = [
        sx.with_conjuncts(g)
        for t in tok.subtree
        if t.dep_ == "prep" and t.lower_ == "against"
        for g in t.children
        if g.dep_ == "pobj"
    ]
    found = resolved_first(against, resolve)
    if not found and own:
        # "drills along the Azerbaijani border", "near the border with Iran": the country on the other side
        head = tok.head if tok.dep_ in ("dobj", "nsubjpass") and tok.head.pos_ in ("VERB", "AUX") else tok
        near = ("near", "along", "on", "at", "to", "close")
        # "an exercise held on its border with Azerbaijan": the participle that says where is the act's
        held = [b for a in tok.children if a.dep_ == "acl" for b in sx.pobjs(a, *near)]
        # "massed troops along the Armenian border": the parser hangs the place from what is mobilised
        moved = [b for o in tok.children if o.dep_ == "dobj" for b in sx.pobjs(o, *near)]
        for border in [*sx.pobjs(tok, *near), *(sx.pobjs(head, *near) if head is not tok else []), *held, *moved]:
            if border.lemma_.lower() not in w.BORDER_NOUNS:
                if border.ent_type_ == "GPE" and border.head.lower_ in ("near", "along", "close"):
                    # "put its forces on alert near Ukraine": the country it is massed by
                    found = tuple(m for m in actors([border], resolve) if m.actor is not None and m.actor.country
                                  and m.actor.country not in own and m.actor.code == m.actor.country)
                    if found:
                        return found
                continue
            side = national(border, resolve) or list(
                resolved_first([sx.with_conjuncts(o) for o in sx.pobjs(border, "with")], resolve)
            )
            found = tuple(m for m in side if m.actor is not None and m.actor.country not in own)
            if found:
                return found
    return found or (() if own else target)


def grievance(tok: Token, *, results: bool = True) -> list[list[Token]]:
    """What a protest is aimed at, nearest first: the objects of its purpose clause ("staged a strike to
    demand the resignation of X", "marched calling for autonomy from X"), of "in protest of/against",
    "in defiance of" and of "over", "against" ("stopped work over a law signed by X"); with each, the
    agents of the participles inside it ("property seized by X"). Without ``results``, a clause of what the act
    left ("leaving 12 soldiers dead") names no aim."""
    holders = [tok]
    verb = sx.verb_above(tok) if tok.pos_ != "VERB" and tok.dep_ in ("dobj", "pobj", "nsubjpass") else None
    if tok.dep_ == "pobj" and tok.head.lower_ in w.TIME_PREPS:
        verb = None  # "during the occupation of Karabakh, Iran used the border to export drugs": the verb's aims are its own
    if verb is not None:  # "staged demonstrations to demand ...": the clause hangs from the verb
        holders.append(verb)
    # "stopped work over a new law": the grievance may hang from the verb's object
    holders += [c for h in holders if h.pos_ == "VERB" for c in h.children if c.dep_ == "dobj" and c.i != tok.i]
    objects: list[Token] = []
    for h in holders:
        for c in h.children:
            if sx.purpose_clause(c) and (results or not any(g.dep_ == "oprd" for g in c.children)):
                # (not the forces a clause sends or withdraws, nor what it exchanges or sets up: "offered to send
                # troops", "agreed to withdraw troops", "agreed to swap prisoners", "agreed to set up a joint
                # commission" are aimed at no troops, prisoners or commission)
                sent = c.lemma_.lower() in w.SENDING_VERBS | w.WITHDRAWING_VERBS | w.EXCHANGING_VERBS | w.SETTING_UP_VERBS
                objects.extend(g for g in c.children if g.dep_ == "dative" or (g.dep_ == "dobj" and not sent))
                # (not whom it fights for: "sent mercenaries to fight for Azerbaijan")
                objects.extend(
                    g for p in c.children if p.dep_ == "prep" and p.lower_ in w.PURPOSE_PREPS
                    and not (p.lower_ == "for" and c.lemma_.lower() in w.FIGHTING_VERBS)
                    for g in p.children if g.dep_ == "pobj"
                )  # fmt: skip
            elif c.dep_ == "prep":
                for g in c.children:
                    if g.dep_ != "pobj":
                        continue
                    if c.lower_ == "at" and h.pos_ == "VERB" and any(x.dep_ == "nsubjpass" for x in h.children):
                        continue  # "was charged at the city court": where; the passive's subject is whom it is aimed at
                    if c.lower_ in w.GRIEVANCE_PREPS:
                        objects.append(g)
                    elif c.lower_ == "in" and g.lemma_.lower() in w.STANCE_NOUNS:
                        objects.extend(
                            x for p in g.children if p.dep_ == "prep" and p.lower_ in ("of", "against", "at", "to")
                            for x in p.children if x.dep_ == "pobj"
                        )  # fmt: skip
    groups: list[list[Token]] = []
    lex = triggers()
    for o in objects:
        if o.lemma_.lower() in w.OUSTING_NOUNS:
            # "calling for the resignation of the government", "demanding the removal of President X": whose
            # going is demanded
            # (someone's going, not a thing's removal: "over the removal of a Soviet monument")
            gone = [g for g in [*sx.pobjs(o, "of"), *(c for c in o.children if c.dep_ == "poss")]
                    if g.ent_type_ in w.ACTOR_ENTS or g.lemma_.lower() in w.PERSON_NOUNS | w.RULER_NOUNS]  # fmt: skip
            if gone:
                groups.extend(sx.with_conjuncts(g) for g in gone)
                continue
        if o.lemma_.lower() in w.BREAKAWAY_NOUNS and sx.pobjs(o, "from"):
            groups.extend(sx.with_conjuncts(g) for g in sx.pobjs(o, "from"))  # "calling for independence from Iraq"
            continue
        if o.pos_ == "NOUN" and ("N", o.lemma_.lower()) in lex:
            # "to protest the detention of Iranian truck drivers": an act's doer is the grievance, not those it
            # was done to; an act whose doer is not named names no one
            groups.extend(sx.with_conjuncts(a) for a in _act_authors(o))
            continue
        groups.append(sx.with_conjuncts(o))
        # "against the government's new farm laws", "the court's refusal to hear them": whose it is, where
        # the thing itself is no one
        groups.extend(sx.with_conjuncts(c) for c in o.children if c.dep_ == "poss" and c.pos_ != "PRON")
        groups.extend(sx.with_conjuncts(sx.agent(t)) for t in o.subtree if t.dep_ in ("acl", "relcl") and sx.agent(t) is not None)
    return groups


def _act_authors(noun: Token) -> list[Token]:
    """Who an act noun names as its doer: its owner ("Azerbaijan's detention of ...", "its invasion of Kuwait"), a
    name before it ("the Azerbaijani detention of ..."), its "by" agent."""
    named = [c for c in noun.children if c.dep_ == "poss"
             or (c.dep_ in ("compound", "amod", "nmod") and (c.ent_type_ in ("GPE", "NORP", "ORG") or c.pos_ == "PROPN"))]  # fmt: skip
    agent = sx.agent(noun)
    return named + ([agent] if agent is not None else [])


def resolved_first(groups: list[list[Token]], resolve: ActorResolver) -> tuple[ActorMention, ...]:
    """The actors of the first group that names a known actor."""
    for toks in groups:
        mentions = tuple(m for m in actors(toks, resolve) if m.resolved)
        if mentions:
            return mentions
    return ()


#: verbs of what was taken, which is given back to whom it was taken from
_TAKING_BACK = w.GAINING_VERBS | {"steal"}


def _gives_back(verb: Token) -> bool:
    """Whether ``verb`` gives something back ("returned", "handed back", "gave back")."""
    lemma = verb.lemma_.lower()
    return lemma == "return" or (lemma in ("hand", "give") and any(c.dep_ == "prt" and c.lower_ == "back" for c in verb.children))


def recipient_inside(tok: Token, resolve: ActorResolver) -> tuple[ActorMention, ...]:
    """Whom what is given goes to where the parser hangs the "to" inside the thing given ("ready to supply rifles
    alongside food aid to Chad", "the release of $1 billion in aid to Jordan"): the first
    "to" inside the trigger's object (or a noun trigger's "of" phrase) or its "in" phrase, resolved."""
    given = [c for c in tok.children if c.dep_ in ("dobj", "nsubjpass")] if tok.pos_ == "VERB" else sx.pobjs(tok, "of")
    # (the parser may hang "in ... assistance to Jordan" or "alongside assistance to Turkey" from the trigger itself)
    given += sx.pobjs(tok, "in", "alongside", "besides")
    paid_to = [g for x in given for t in x.subtree if t.dep_ == "prep" and t.lower_ == "to" for g in t.children if g.dep_ == "pobj"]
    return tuple(m for m in actors(paid_to[:1], resolve) if m.resolved)


#: the prepositions of where a curfew, a state of emergency or a blockade is imposed, besides those of
#: :func:`locative_country`
_RESTRICTED_PREPS = ("across", "throughout", "on", "over", "around")


def restricted_place(tok: Token, resolve: ActorResolver) -> tuple[ActorMention, ...]:
    """The place a curfew, a state of emergency or a blockade is imposed on where no "in" names it
    (:func:`locative_country`): "declared a state of emergency across Ethiopia", "imposed a blockade on Gaza" (on the
    trigger, its object or a participle of the object): the first such phrase that names an actor."""
    heads = [tok]
    for c in tok.children:
        if c.dep_ in ("dobj", "nsubjpass"):
            heads.append(c)
            heads.extend(a for a in c.children if a.dep_ == "acl" and a.tag_ == "VBN")
    for g in (g for h in heads for g in sx.pobjs(h, *_RESTRICTED_PREPS)):
        if g.ent_type_ in ("DATE", "TIME"):
            continue  # "on Tuesday"
        found = tuple(m for m in actors([g], resolve) if m.resolved)
        if found:
            return found
    return ()


def origin(tok: Token, resolve: ActorResolver) -> tuple[ActorMention, ...]:
    """The actor a withdrawal leaves: "withdrew its troops from Lebanon", "pulled out of Iraq", "recalled
    its ambassador from Moscow", "the withdrawal of forces from Panama" (on the trigger, its object or its
    "of" phrase)."""
    heads = [tok]
    for c in tok.children:
        if c.dep_ in ("dobj", "nsubjpass"):
            # (and the objects listed with it: "seized 14 villages and a town from rebel control")
            heads.extend(sx.with_conjuncts(c))
            # "liberated 9,000 square kilometers of its territory from Armenian occupation": the part's whole
            heads.extend(sx.pobjs(c, "of"))
        elif c.dep_ == "prep" and c.lower_ == "of" and tok.pos_ != "VERB":
            heads.extend(g for g in c.children if g.dep_ == "pobj")
    groups: list[list[Token]] = []
    for h in heads:
        for c in h.children:
            if c.dep_ != "prep":
                continue
            prep = c
            if c.lower_ == "out":  # "out of Iraq": "of" under "out"
                prep = next((g for g in c.children if g.dep_ == "prep" and g.lower_ == "of"), c)
            elif c.lower_ == "of" and not (h.i == tok.i and any(g.dep_ == "prt" and g.lower_ == "out" for g in h.children)):
                continue
            if prep.lower_ in ("from", "of"):
                groups.extend(sx.with_conjuncts(g) for g in prep.children if g.dep_ == "pobj")
                # "seized 14 villages from rebel control": whose control the side word before it names
                groups.extend([d] for g in prep.children if g.dep_ == "pobj" and g.lemma_.lower() in w.HOLDING_NOUNS
                              for d in doer_modifier(g))  # fmt: skip
    if tok.lemma_.lower() in w.LEAVING_VERBS:
        # "left Aghdam district", "abandoned the town of Shusha": the place left is the object itself (a thing named
        # before for an "it": "recaptured the town after the insurgents left it")
        groups.extend(sx.with_conjuncts(sx.thing_before(c) or c) for c in tok.children if c.dep_ == "dobj")
    # "withdraw its troops from Kashmir": a place left is its country's (a name the tagger takes for an
    # organisation too: "withdrew peacekeepers from Sinai")
    places = [p for toks in groups for g in toks for p in (named_places(g) or ([g] if g.pos_ == "PROPN" else []))]
    return resolved_first(groups, resolve) or place_country(places, resolve)


def named_places(tok: Token) -> list[Token]:
    """The named places a noun phrase's head stands for: the head itself when it names one, else the places
    that qualify it ("the West Bank cities", "the towns of Hebron and Jericho")."""
    if tok.ent_type_ in ("GPE", "LOC", "FAC"):
        return [tok]
    if (
        tok.pos_ == "PROPN" and tok.ent_type_ in ("PERSON", "ORG", "WORK_OF_ART", "PRODUCT") and tok.dep_ in ("dobj", "nsubjpass")
        and tok.head.lemma_.lower() in w.STRIKING_VERBS
    ):
        # "shelled Kharkiv": the small model tags some towns as persons (or works of art); the resolver's place()
        # answers only for a name a gazetteer holds that is no small town's alone
        return [tok]
    if (
        tok.pos_ == "PROPN" and tok.ent_type_ in ("PERSON", "ORG") and tok.dep_ == "pobj"
        and tok.head.lower_ in ("on", "at", "into", "upon") and tok.head.head.pos_ == "VERB"
        and tok.head.head.lemma_.lower() in w.STRIKING_VERBS | w.FIRING_VERBS
    ):
        return [tok]  # "dropped barrel bombs on Daraa", "fired rockets at Sderot": so too where weapons are aimed
    if (
        tok.pos_ == "PROPN" and tok.ent_type_ in ("ORG", "") and tok.dep_ == "pobj" and tok.head.lower_ == "of"
        and tok.head.head.lemma_.lower() in w.UNDERGONE_NOUNS
    ):
        return [tok]  # "the occupation of Crimea", "the siege of Mariupol": the tagger may read the place as a body
    if tok.lemma_.lower() in w.NAMED_ACTS:
        return []  # "the Paris climate accord", "the Minsk agreements": the place names the text or the act
    if tok.lemma_.lower() in w.INSTRUMENT_NOUNS or tok.lemma_.lower() in w.WEAPON_NOUNS:
        return []  # "Molotov cocktails", "Kalashnikov rifles": a name before a weapon names the weapon, no place
    area = tok.lemma_.lower() in w.AREA_NOUNS
    named = [
        c for c in tok.children
        # "Aghdam district": before an area noun a name is the area's, whatever the tagger calls it
        if c.dep_ == "compound" and (c.ent_type_ in ("GPE", "LOC") or (c.pos_ == "PROPN" and (area or not c.ent_type_)))
    ]  # fmt: skip
    if area:  # "the village of Tovuz": after "of" too (the small model tags some villages as persons)
        named += [g for g in sx.pobjs(tok, "of") if g.ent_type_ in ("GPE", "LOC") or g.pos_ == "PROPN"]
    if area and not named:
        # "the West Bank's northern villages": the place the area is of, named as its owner
        named = [c for c in tok.children if c.dep_ == "poss" and c.ent_type_ in ("GPE", "LOC")]
    if not named and tok.lower_ in w.TOWN_WORDS and any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children) and not [
            c for c in tok.children if c.dep_ in ("prep", "amod", "appos", "compound", "relcl", "acl")]:  # fmt: skip
        return [tok]  # "shelling the city": the town named before it (the resolver's place() finds it)
    return named


def content_target(tok: Token, plover: str, resolve: ActorResolver) -> tuple[ActorMention, ...]:
    """The target of a threat, request, promise or refusal that names none of its own: the one its
    condition is set for ("threatened to strike unless Israel rescinded ...", "will not lift sanctions until
    Pyongyang halts ..."), the subject of a demanded
    clause ("demanded that the US cancel ..."), else the target of its content ("threatened to break
    relations with Russia", "agreed to provide aid to Romania")."""
    # "pushing for the US to support ...": a clause marked by "for" is the content too
    contents = [
        c for c in tok.children
        if c.dep_ in ("xcomp", "ccomp") or (c.dep_ == "advcl" and any(g.dep_ == "mark" and g.lower_ == "for" for g in c.children))
    ]  # fmt: skip
    contents += sx.noun_contents(tok)  # a noun's: "made an offer to mediate between Armenia and Azerbaijan"
    # "agreed to capitulate and withdraw from three districts of Azerbaijan": each verb it agrees to
    contents += [g for c in contents for g in c.children if g.dep_ == "conj" and g.pos_ == "VERB"]
    if plover in ("THREATEN", "REJECT"):
        # (and a refusal's: "will not lift sanctions until Pyongyang halts its tests")
        for v in (tok, *contents):
            for c in sx.condition_clauses(v):
                found = resolved_first([sx.with_conjuncts(sx.subject(c))], resolve)
                if found:
                    return found
    for c in contents:
        if plover == "REQUEST" and c.dep_ in ("ccomp", "advcl"):
            subject = next((g for g in c.children if g.dep_ in ("nsubj", "nsubjpass")), None)
            if subject is not None and subject.lower_ in ("it", "they"):
                # "accused Asmara of looting and demanded that it withdraw": one asks it of whom one acted on just
                # before, not of oneself
                acted_on = [g for v in {tok, tok.head if tok.dep_ == "conj" else tok} for g in v.children if g.dep_ == "dobj"]
                found = resolved_first([sx.with_conjuncts(g) for g in sorted(acted_on, key=lambda g: -g.i)], resolve)
                if found:
                    return found
            found = resolved_first([sx.with_conjuncts(subject)], resolve)
            if found:
                return found
        if c.lemma_.lower() in w.WITHDRAWING_VERBS:
            # "agreed to pull its forces out of Georgia": whom a withdrawal leaves, never the forces withdrawn
            found = tuple(m for m in origin(c, resolve) if m.resolved)
        else:
            found = tuple(m for m in pick_target(c, resolve) if m.resolved)
        if c.lemma_.lower() in w.SENDING_VERBS:
            # "offered to send 30,000 troops to Somalia": the forces sent are no one's recipient, whom (or where)
            # they go to is
            found = not_objects(found, c) or locative_country(c, resolve)
            for purpose in (p for p in c.children if sx.purpose_clause(p) and p.tag_ != "VBG") if not found else ():
                # "offered to send troops to keep the peace in Kosovo": where what they are sent for is done
                found = tuple(m for m in pick_target(purpose, resolve) if m.resolved) or locative_country(purpose, resolve)
                if found:
                    break
        elif c.lemma_.lower() in w.EXCHANGING_VERBS | w.SETTING_UP_VERBS:
            # "agreed to exchange prisoners": the prisoners are no party to it; nor is what one agrees to set up
            # ("agreed to set up a joint commission")
            found = not_objects(found, c)
        if found:
            return found
    return ()


def not_objects(mentions: tuple[ActorMention, ...], verb: Token) -> tuple[ActorMention, ...]:
    """The mentions that name none of ``verb``'s direct objects: what is sent or withdrawn is no one's recipient
    (nor what a number of them counts: "sent hundreds of soldiers")."""
    objects = [t.idx for c in verb.children if c.dep_ == "dobj" for t in {c, sx.counted(c)}]
    return tuple(m for m in mentions if not any(m.start <= i < m.end for i in objects))


def names_an_act(verb: Token) -> bool:
    """Whether the object of ``verb`` is a noun that names an act or an intent ("condemned the shelling",
    "rejected the offensive", "denounced London's decision to send tanks")."""
    lex = triggers()

    def act(noun: Token) -> bool:
        return ("N", noun.lemma_.lower()) in lex or noun.lemma_.lower() in w.INTENT_NOUNS

    # (and a container an act's noun names: "blocked the EU's sanctions package", "rejected the peace plan")
    return any(
        c.dep_ == "dobj" and c.pos_ == "NOUN" and (act(c) or (c.lemma_.lower() in w.CONTAINER_NOUNS
                                                             and any(g.dep_ == "compound" and act(g) for g in c.children)))
        for c in verb.children
    )  # fmt: skip


def object_author(tok: Token, resolve: ActorResolver) -> tuple[ActorMention, ...]:
    """Who authored the act or demand an event's object names: a possessor ("Serbia's suppression"), a
    national or named modifier ("an Australian ultimatum", "a UN appeal") or a "by"/"from" phrase."""
    groups: list[list[Token]] = []
    # (and of the acts listed with it: "condemned the incursion and the threats made by the US")
    for obj in (x for c in tok.children if c.dep_ == "dobj" for x in sx.with_conjuncts(c) if x is c or x.pos_ == "NOUN"):
        for c in obj.children:
            named = c.dep_ in ("amod", "compound", "nmod") and c.ent_type_ in ("NORP", "GPE", "ORG")
            if named or (c.dep_ == "poss" and c.pos_ != "PRON"):
                groups.append(sx.with_conjuncts(c))
            elif c.dep_ == "compound" and c.pos_ == "NOUN" and c.i < obj.i:
                groups.append([c])  # "rejected the court ruling", "the Kirkuk council decision": the body's, if it is one
            elif c.dep_ in ("prep", "agent") and c.lower_ in ("by", "from"):
                groups.extend(sx.with_conjuncts(g) for g in c.children if g.dep_ == "pobj")
            elif c.dep_ == "acl" and c.tag_ == "VBN" and sx.agent(c) is not None:
                # "condemned the threats made by the US against Sudan": the participle's agent made them
                groups.append(sx.with_conjuncts(sx.agent(c)))
            elif c.dep_ == "prep" and c.lower_ == "of" and obj.lemma_.lower() in ("visit", "trip", "tour", "arrival", "stopover"):
                # "condemned the visit of the US speaker to Taiwan": the visitor's act
                groups.extend(sx.with_conjuncts(g) for g in c.children if g.dep_ == "pobj")
    return resolved_first(groups, resolve)


def all_of_sectors(mentions: Sequence[ActorMention], sectors: Collection[str | None]) -> bool:
    """Whether there are ``mentions`` and every one is an actor of one of ``sectors`` ("police", "troops": COP,
    MIL)."""
    return bool(mentions) and all(m.actor is not None and m.actor.sector in sectors for m in mentions)


def has_venue(plover: str, cameo: str, tok: Token) -> bool:
    """Whether the act of ``tok`` is one whose "in" a place is its venue, no party to it: an agreement ("agreed to meet
    in Almaty"), a formal agreement signed (057: "signed a peace agreement in Doha"), a truce signed (0871: "signed a
    ceasefire agreement in Khartoum"; a truce declared "in Peru" holds there), a meeting ("talks in Geneva")."""
    signed_truce = cameo == "0871" and tok.lemma_.lower() in ("sign", "ink", "conclude")
    return plover == "AGREE" or cameo == "057" or signed_truce or tok.lemma_.lower() in w.MEETING_WORDS


def aimed_at_talks(verb: Token) -> bool:
    """Whether the verb ``verb`` acts on talks or a meeting, its object or the object of its "from" or "(out) of"
    ("suspended the talks in Doha", "pulled out of the negotiations in Vienna"): talks held where they are, by no
    one there."""
    if verb.pos_ != "VERB":
        return False
    aimed = [c for c in verb.children if c.dep_ == "dobj"] + _left(verb)
    return any(g.lemma_.lower() in w.MEETING_WORDS for g in aimed)


#: sectors of people harmed where they live, whose country is where they are struck
VICTIM_SECTORS = frozenset({"CVL"})


def victims_where_struck(target: tuple[ActorMention, ...], verb: Token, resolve: ActorResolver) -> tuple[ActorMention, ...]:
    """``target`` with the people its context gave a country (``via="context"``, civilians) of the country where the
    act ``verb`` struck them instead, where the sentence names one ("Somali militants killed 15 people at a hotel in
    Nairobi": Kenya's people, not Somalia's; "killed six people when they set off explosives in Tel Aviv")."""
    actors_of = getattr(resolve, "actors", None)
    if actors_of is None or not any(m.via == "context" and m.actor is not None and m.actor.sector in VICTIM_SECTORS for m in target):
        return target
    country = _struck_country(verb, resolve)
    if country is None:
        return target
    return tuple(
        replace(m, actor=actors_of.actor(country + m.actor.sector) or m.actor)
        if m.via == "context" and m.actor is not None and m.actor.sector in VICTIM_SECTORS and m.actor.country != country
        else m
        for m in target
    )


def _struck_country(verb: Token, resolve: ActorResolver) -> str | None:
    """The one country of every place named "in", "at" or "near" which the act ``verb`` (or a clause of its own: "when
    they set off explosives in Tel Aviv") happened; None where they name none or several ("in Islamabad village of
    Chaparhar district, Nangarhar": a village's name is also a capital's)."""
    known = getattr(resolve, "known_place", None)
    if known is None:
        return None
    clauses = [c for c in verb.children if c.dep_ == "advcl" and c.pos_ == "VERB"]
    objects = [g for v in [verb, *clauses] for g in sx.pobjs(v, "in", "at", "near")]
    # the place phrase's own names: its head, what it lists or adds in brackets, the district "of" or the town "in"
    # which it is ("a hotel in Nairobi", "Islamabad village of Chaparhar district, Nangarhar"), not who is named in it
    named: list[Token] = []
    for _ in range(3):
        named += objects
        objects = [c for g in objects for c in g.children if c.dep_ in ("conj", "appos", "compound")] + [
            t for g in objects for t in sx.pobjs(g, "of", "in")]
    # (a name the tagger missed right after the preposition too: "killed ten civilians in Kharkiv")
    places = [t for t in named if t.ent_type_ in ("GPE", "LOC", "FAC") or (t.pos_ == "PROPN" and not t.ent_type_ and t.dep_ == "pobj")]
    countries = {m.actor.country for t in places for m in place_country([t], resolve) if m.actor is not None}
    # (a town's name many places bear is read only for a capital, a region or a large town: "at the Buena Vista
    # neighborhood" is no place in the United States)
    if len(countries) != 1 or None in countries or not all(known(_ent_text(t)) for t in places):
        return None
    return countries.pop()


def _ent_text(tok: Token) -> str:
    """The text of the entity ``tok`` is part of, else ``tok``'s own."""
    ent = next((e for e in tok.doc.ents if e.start <= tok.i < e.end), None) if tok.ent_iob_ in ("B", "I") else None
    return ent.text if ent is not None else tok.text


def talks_venue(tok: Token) -> bool:
    """Whether ``tok`` is the place "in" or "at" which talks or a meeting are held ("the talks in Oslo", "held
    negotiations in Geneva"): a place of no side to them."""
    if tok.dep_ != "pobj" or tok.head.lower_ not in ("in", "at"):
        return False
    held = tok.head.head
    if _signed(held):
        return True  # "reached an agreement in Doha" (the parser hangs the place from the agreement)
    return held.lemma_.lower() in w.MEETING_WORDS or (held.pos_ == "VERB" and (
        aimed_at_talks(held) or any(c.dep_ == "dobj" and c.lemma_.lower() in w.MEETING_WORDS for c in held.children)
        # "signed a ceasefire agreement in Addis Ababa": where an agreement is signed
        or any(_signed(c) for c in held.children)))


def _signed(agreement: Token) -> bool:
    """Whether ``agreement`` is an agreement a verb of making one takes as its object ("signed a ceasefire agreement",
    "reached a deal", "signed a truce")."""
    return (agreement.lemma_.lower() in w.PARTNERSHIP_NOUNS | w.PEACE_WORDS and agreement.dep_ == "dobj"
            and agreement.head.lemma_.lower() in w.SIGNING_VERBS)  # fmt: skip


def venue(m: ActorMention, tok: Token) -> bool:
    """True when ``m`` names where ``tok``'s act took place: a place named for where it is, or a capital "in" or
    "at" which the act or its object is ("signed a peace agreement in Doha": the venue, not Qatar's government)."""
    if m.via == "place":
        return True
    at = next((t for t in tok.doc[tok.sent.start : tok.sent.end] if t.idx == m.start), None)
    if at is not None and at.dep_ != "pobj" and at.head.dep_ == "pobj" and at.dep_ in ("compound", "amod", "det"):
        at = at.head  # "at the White House": the name's head word
    if at is None or at.dep_ != "pobj" or at.head.lower_ not in ("in", "at"):
        return False
    above = at.head.head
    if above.lemma_.lower() in w.MEETING_WORDS and above.pos_ == "NOUN" and m.via in ("capital", "place"):
        # "met on the sidelines of the summit in Prague": the town where the meeting is held ("peace talks in Sudan"
        # are the country's)
        return True
    # (or a town deeper in the object: "signed a memorandum of understanding in Addis Ababa"; not a country, which
    # may be what the object is about: "pledged backing for peace talks in Sudan")
    return above.i == tok.i or (above.head.i == tok.i and above.dep_ in ("dobj", "nsubjpass")) or (m.via in ("capital", "place") and any(
        above in c.subtree for c in tok.children if c.dep_ in ("dobj", "nsubjpass"))) or (
        # "pulled out of the negotiations in Vienna", "withdrew from talks in Doha": talks the act leaves
        above.dep_ == "pobj" and above.lemma_.lower() in w.MEETING_WORDS and above in _left(tok)
    )


def _left(verb: Token) -> list[Token]:
    """The objects of ``verb``'s "from" and "out of" ("withdrew from the talks", "pulled out of the negotiations")."""
    outs = [p for p in verb.children if p.dep_ == "prep" and p.lower_ == "out"]
    return sx.pobjs(verb, "from") + [g for o in outs for g in sx.pobjs(o, "of")]


def as_place(m: ActorMention, resolve: ActorResolver) -> ActorMention:
    """A capital named for its government ("Moscow said") read as the city, of its country, where the resolver
    can place it; any other mention as it is."""
    place = getattr(resolve, "place", None)
    if m.via != "capital" or place is None:
        return m
    found = place(m.start, m.end)
    return found if found is not None and found.actor is not None else m


def named_venue(m: ActorMention, noun: Token) -> bool:
    """True when ``m`` is a capital named as a compound before the event noun ``noun`` ("the Astana talks",
    "the Minsk process"): the place of the act, where a possessive ("Tehran's support") names its actor."""
    if m.via != "capital" or any(c.dep_ == "mark" for c in noun.children):
        return False  # ("if Baku attacks, ...": a verb the parser took for a noun, its subject a compound)
    return any(c.dep_ == "compound" and c.idx == m.start for c in noun.children)


def _gone_for_talks(noun: Token, verb: Token) -> bool:
    """Whether ``noun`` is a meeting the subject of ``verb`` goes somewhere for ("flew to Baku for talks")."""
    return (noun.dep_ == "pobj" and noun.head.lower_ == "for" and noun.head.head.i == verb.i
            and noun.lemma_.lower() in w.MEETING_WORDS and verb.lemma_.lower() in w.TRAVEL_VERBS)  # fmt: skip


def _visit_on(noun: Token, verb: Token) -> bool:
    """Whether ``noun`` is a visit the subject of ``verb`` is on, where it goes or is ("arrived in Baku on an official
    visit", "is in Moscow on a working visit")."""
    return (noun.dep_ == "pobj" and noun.head.lower_ in ("on", "for") and noun.head.head.i == verb.i
            and noun.lemma_.lower() in w.VISIT_NOUNS and verb.lemma_.lower() in w.TRAVEL_VERBS | {"be"})  # fmt: skip


def visited_place(noun: Token, resolve: ActorResolver) -> tuple[ActorMention, ...]:
    """The country of where the one on the visit ``noun`` goes or is ("arrived in Islamabad on a three-day visit":
    Pakistan), or goes for talks ("flew to Baku for talks": Azerbaijan, the host), () when ``noun`` is neither."""
    verb = noun.head.head if noun.dep_ == "pobj" else None
    if verb is None or not (_visit_on(noun, verb) or _gone_for_talks(noun, verb)):
        return ()
    return locative_country(verb, resolve) or place_country(sx.pobjs(verb, "to"), resolve)
