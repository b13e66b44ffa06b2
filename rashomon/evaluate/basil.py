"""Tone toward entities, scored on BASIL (Fan et al. 2019, "In Plain Sight: Media Bias Through the Lens of
Factual Reporting"): 100 stories, each told by three outlets (Fox, NYT, HuffPost), with the annotators'
reading of each article's author's feeling toward its main entities and its bias spans.

Gold, as BASIL defines it:

- **Entity tone**: each annotation file's article-level field ``author_feeling_<Entity>`` ("neg", "neu" or
  "pos"): how the annotator judged the article's author to feel toward that main entity. Every such field is
  one gold item (article, entity); ``author_feeling_main_event`` is about the event, not an entity, and is
  left out. (The ``you_feeling_*`` fields are the annotator's own feeling and are not used.)
- **Bias spans**: the phrase-level annotations; ``id`` "p<k>" names the k-th sentence of the article's
  body (sentences numbered across paragraphs from 0), "title" the title; ``start``/``end`` are offsets into
  that sentence; ``bias`` is "lex" (lexical: the wording) or "inf" (informational: what is told).

What we compare:

- **Entity tone**: the article is parsed as rashomon parses a page (title = headline segment, each
  paragraph a body segment, its sentences joined by single spaces). The entity's mentions are found by its
  name in the text (see :func:`entity_patterns`: the full name; for people the surname, when spaCy tags a
  PERSON ending in it; party names for party groups), given as ``ActorMention(actor=None)`` to
  :func:`rashomon.nlp.tone.mention_tones` (with the encoder's token vectors of each segment when the encoder
  is in use), which scores every mention. The entity's score is the **mean of the scores of the mentions
  some cue bears on** (0 when none), as rashomon.examine.framing averages a document's ToneMentions per
  actor (tone.tone_mentions keeps only those), and it is "neg" when the mean is at
  most ``-THRESHOLDS[0]``, "pos" when at least ``THRESHOLDS[1]``, else "neu" (ENCODER_THRESHOLDS on the
  encoder path). An entity never mentioned is "neu".
  Macro-F1 averages the F1 of the three classes (a class with no gold item and no prediction has F1 0);
  the baseline predicts the most frequent gold class of the tuning part ("neu") for every item.
- **Bias spans**: predicted spans are the sentences whose tone toward a main entity is at least
  SPAN_MIN_SCORE in size, and the cue words of those tones. Character P/R/F1: characters of predicted
  spans inside gold spans / predicted characters, and / gold characters (spans merged per article first,
  so nothing counts twice). Span P/R: a predicted span is right when it overlaps a gold span; a gold span is
  found when a predicted span overlaps it (not one-to-one).

Held out: the tone models (rashomon/data/tone_model*.tsv) were trained by eval/train_basil_tone.py on the
mentions of the stories whose triplet id's sha1 is not in the held-out half (:func:`held_out`; labels from
those articles' bias spans), and THRESHOLDS were fit there (:func:`fit_thresholds` on out-of-fold entity
means), as was SPAN_MIN_SCORE; the three outlets' articles on one story stay in one part. The lexicon was
written without looking at BASIL's annotations. Figures are given for the held-out part (the honest ones),
the tuning part (in-sample for the model) and all.
"""

from __future__ import annotations

import hashlib
import json
import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from rashomon.evaluate import gold as g
from rashomon.evaluate import metrics as m
from rashomon.evaluate.runner import MAX_MISSES, _AsDict, subset
from rashomon.records import ActorMention

BASIL_DIR = g.GOLD_DIR / "basil"
LABELS = ("neg", "neu", "pos")
#: (negative, positive): an entity's mean tone per cued mention at most -THRESHOLDS[0] is "neg", at least
#: THRESHOLDS[1] is "pos". Fit by fit_thresholds on the tuning part's entities (never on the held-out
#: part) for the shipped data/tone_model.tsv, with the mean over cued mentions.
THRESHOLDS = (0.11, 0.15)
#: The same for the encoder path (data/tone_model_encoder.tsv).
ENCODER_THRESHOLDS = (0.17, 0.08)
#: Whether titles ("the congressman") and pronouns count as mentions of a gold person (article_mentions).
COREFERENCE = True
#: A sentence is a predicted bias span when a tone toward a main entity in it is at least this large
#: (chosen on the tuning part's articles, by span F1, from 0.05 0.08 0.1 0.12 0.15 0.2 0.25 0.3).
SPAN_MIN_SCORE = 0.05
#: The same for the encoder path, whose scores spread wider.
ENCODER_SPAN_MIN_SCORE = 0.2
#: One story in HELD_OUT_MOD (by sha1 of its triplet id) is held out from tuning: half, so that each part
#: holds gold items of all three classes (with a third, the held-out part had no "pos" item).
HELD_OUT_MOD = 2
_FEELING = "author_feeling_"
_PRONOUNS = frozenset({"he", "him", "his", "she", "her", "hers"})
#: Words naming the people of a party, for entities named after the party ("Republican Lawmakers").
_PARTY = {
    "republican": ("Republican", "GOP"),
    "republicans": ("Republican", "GOP"),
    "gop": ("GOP", "Republican"),
    "democratic": ("Democrat",),
    "democrats": ("Democrat",),
}
#: Nouns naming a group by its role, which a name pattern leaves to the words before them.
_GROUP_NOUNS = frozenset(
    {"lawmakers", "leaders", "members", "committee", "campaign", "officials", "authorities", "administration"}
)


class BasilFormatError(g.GoldFormatError):
    """A BASIL article or annotation file is missing or not in the expected shape."""


# ---------------------------------------------------------------------------------------------- reading


@dataclass(frozen=True, slots=True)
class BiasSpan:
    """A gold bias span in the article text built by :func:`read_basil`."""

    start: int
    end: int
    bias: str  # "lex" or "inf"
    polarity: str  # "neg" or "pos"
    target: str


@dataclass(frozen=True, slots=True)
class BasilEntity:
    key: str  # as in the annotation field ("Donald_Trump")
    name: str  # as the article lists it among its main entities, else the key with spaces
    label: str  # "neg", "neu" or "pos"


@dataclass(frozen=True, slots=True)
class BasilArticle:
    """One article: its text (title, blank line, paragraphs separated by blank lines), its segments
    (the title first), its gold entities and bias spans."""

    id: str
    triplet: str
    source: str
    text: str
    segments: tuple[tuple[int, int], ...]
    entities: tuple[BasilEntity, ...]
    spans: tuple[BiasSpan, ...]


def _json(path: Path) -> dict[str, Any]:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError) as e:
        raise BasilFormatError(str(path), f"cannot be read ({e})") from None
    except json.JSONDecodeError as e:
        raise BasilFormatError(str(path), f"not valid JSON ({e})") from None
    if not isinstance(data, dict):
        raise BasilFormatError(str(path), "expected a JSON object")
    return data


def _norm(name: str) -> str:
    return re.sub(r"[\W_]+", "", name).casefold()


def read_article(article_path: Path, annotation_path: Path) -> BasilArticle:
    """One article and its annotations; BasilFormatError names the file and what is wrong."""
    art, ann = _json(article_path), _json(annotation_path)
    paragraphs = art.get("body-paragraphs")
    title = art.get("title")
    if not isinstance(paragraphs, list) or not all(
        isinstance(p, list) and all(isinstance(s, str) for s in p) for p in paragraphs
    ):
        raise BasilFormatError(str(article_path), "'body-paragraphs' is not a list of lists of sentences")
    if not isinstance(title, str):
        raise BasilFormatError(str(article_path), "'title' is missing")
    text = title
    segments = [(0, len(title))]
    sentence_starts: list[int] = []
    for para in paragraphs:
        text += "\n\n"
        begin = len(text)
        for k, sent in enumerate(para):
            if k:
                text += " "
            sentence_starts.append(len(text))
            text += sent
        segments.append((begin, len(text)))
    sentences = [s for p in paragraphs for s in p]
    listed = {_norm(e): e for e in art.get("main-entities") or [] if isinstance(e, str)}
    feelings = ann.get("article-level-annotations")
    if not isinstance(feelings, dict):
        raise BasilFormatError(str(annotation_path), "'article-level-annotations' is missing")
    entities = []
    for field, label in sorted(feelings.items()):
        if not field.startswith(_FEELING) or field == _FEELING + "main_event":
            continue
        if label not in LABELS:
            raise BasilFormatError(str(annotation_path), f"{field} is {label!r}, not one of {', '.join(LABELS)}")
        key = field[len(_FEELING) :]
        entities.append(BasilEntity(key, listed.get(_norm(key), key.replace("_", " ")), label))
    spans = []
    for p in ann.get("phrase-level-annotations") or []:
        sid, start, end = p.get("id"), p.get("start"), p.get("end")
        if not (isinstance(sid, str) and isinstance(start, int) and isinstance(end, int) and 0 <= start <= end):
            raise BasilFormatError(str(annotation_path), f"bad phrase annotation {p!r:.120}")
        if sid == "title":
            base, sentence = 0, title
        elif re.fullmatch(r"p\d+", sid) and int(sid[1:]) < len(sentences):
            base, sentence = sentence_starts[int(sid[1:])], sentences[int(sid[1:])]
        else:
            raise BasilFormatError(str(annotation_path), f"phrase annotation id {sid!r} names no sentence")
        if end > len(sentence):
            raise BasilFormatError(str(annotation_path), f"phrase annotation {sid} {start}..{end} runs past its sentence")
        spans.append(BiasSpan(base + start, base + end, str(p.get("bias")), str(p.get("polarity")), str(p.get("target"))))
    return BasilArticle(
        id=str(art.get("uuid") or article_path.stem),
        triplet=str(art.get("triplet-uuid") or ""),
        source=str(art.get("source") or ""),
        text=text,
        segments=tuple(segments),
        entities=tuple(entities),
        spans=tuple(spans),
    )


def read_basil(path: Path | None = None) -> tuple[BasilArticle, ...]:
    """Every article of a BASIL folder (``articles/<year>/<id>.json`` + ``annotations/<year>/<id>_ann.json``)."""
    root = Path(path) if path is not None else BASIL_DIR
    articles_dir = root / "articles"
    if not articles_dir.is_dir():
        raise BasilFormatError(str(root), "no articles/ folder: not a BASIL folder")
    out = []
    for article_path in sorted(articles_dir.glob("*/*.json")):
        annotation_path = root / "annotations" / article_path.parent.name / f"{article_path.stem}_ann.json"
        if not annotation_path.is_file():
            raise BasilFormatError(str(annotation_path), f"missing: the annotations of {article_path.name}")
        out.append(read_article(article_path, annotation_path))
    if not out:
        raise BasilFormatError(str(articles_dir), "holds no article")
    return tuple(out)


def held_out(article: BasilArticle) -> bool:
    """Whether the article's story is in the held-out part (one story in HELD_OUT_MOD, by sha1 of its id)."""
    return int(hashlib.sha1((article.triplet or article.id).encode("utf-8")).hexdigest(), 16) % HELD_OUT_MOD == 0


# ---------------------------------------------------------------------------------------------- mentions


def entity_patterns(name: str, people: Iterable[str], groups: Iterable[str]) -> re.Pattern[str]:
    """How an entity is named in its article.

    The whole name (any case, an optional plural); for a name whose last word ends a PERSON that spaCy found
    in the article (``people``: their last words), or whose whole name never occurs, its last word ("Trump",
    "McCarthy" for the misspelt "Kevil McCarthy", "Calderón" for the cut "Felipe Calder"); for a name
    ending in a group noun ("Republican Lawmakers", "Romney campaign") the capitalised words before it that
    are a party or a PERSON/ORG/NORP of the article (``groups``); party words name the party's people."""
    people, groups = set(people), set(groups)
    forms: list[str] = []
    for alt in (a.strip() for a in name.split("/")):
        words = alt.split()
        if not words:
            continue
        forms.append(r"(?i:" + r"\s+".join(map(re.escape, words)) + r")(?:s|es)?")
        lead = words[:-1] if len(words) > 1 and words[-1].lower() in _GROUP_NOUNS else words
        for w in lead:
            for party in _PARTY.get(w.lower(), ()):
                forms.append(re.escape(party) + r"\w*")
            if lead is not words and w[:1].isupper() and w in groups:
                forms.append(re.escape(w) + r"\w*")
        if len(words) > 1 and words[-1][:1].isupper() and words[-1] not in _GROUP_NOUNS:
            forms.append(re.escape(words[-1]) + r"\w*")
    return re.compile(r"(?<![\w-])(?:" + "|".join(dict.fromkeys(forms)) + r")(?![\w-])")


#: Titles written before a surname, and the common nouns that stand for the titled person later on
#: ("Rep. Bob Etheridge" ... "the congressman").
_TITLES = {
    "president": ("president",),
    "rep.": ("congressman", "congresswoman", "lawmaker"),
    "rep": ("congressman", "congresswoman", "lawmaker"),
    "representative": ("congressman", "congresswoman", "lawmaker"),
    "congressman": ("congressman", "lawmaker"),
    "congresswoman": ("congresswoman", "lawmaker"),
    "sen.": ("senator",),
    "sen": ("senator",),
    "senator": ("senator",),
    "gov.": ("governor",),
    "gov": ("governor",),
    "governor": ("governor",),
    "speaker": ("speaker",),
    "justice": ("justice",),
    "judge": ("judge",),
    "sheriff": ("sheriff",),
    "mayor": ("mayor",),
    "secretary": ("secretary",),
    "chairman": ("chairman",),
    "gen.": ("general",),
    "general": ("general",),
    "prime": ("prime minister",),
}


def article_mentions(
    art: BasilArticle, docs: Sequence[Any], table: Any, coreference: bool = True
) -> list[list[tuple[ActorMention, list[int]]]]:
    """For each segment, the mentions of the article's gold entities (segment coordinates) with the indices
    of the entities each stands for.

    Names as :func:`entity_patterns` finds them; for a person, also "the <title>" when the article writes
    that title before the surname and no other gold person of the article has it ("the congressman"), and
    the third-person pronouns (he, him, his, she, her) after a mention of a gold person in the same or the
    previous segment (the nearest such person; no gender check); titles and pronouns only with
    ``coreference``. A mention overlapping a loaded label of the actor table is flagged loaded."""
    people = {e.text.split()[-1] for d in docs for e in d.ents if e.label_ == "PERSON" and e.text.split()}
    groups = {w for d in docs for e in d.ents if e.label_ in ("PERSON", "ORG", "NORP") for w in e.text.split()}
    patterns = [entity_patterns(ent.name, people, groups) for ent in art.entities]
    person = [
        len(ent.name.split()) > 1 and ent.name.split()[-1] in people and "/" not in ent.name
        for ent in art.entities
    ]
    titles: dict[str, set[int]] = {}
    for i, ent in enumerate(art.entities):
        if not person[i]:
            continue
        surname = re.escape(ent.name.split()[-1])
        for hit in re.finditer(r"([A-Z][a-z]+\.?)\s+(?:[A-Z][\w.'-]*\s+){0,2}" + surname + r"\b", art.text):
            for noun in _TITLES.get(hit.group(1).lower(), ()):
                titles.setdefault(noun, set()).add(i)
    title_pattern = {
        i: re.compile(r"(?<![\w-])(?i:the\s+(?:" + "|".join(sorted(n for n, who in titles.items() if who == {i})) + r"))\b")
        for i in range(len(art.entities))
        if coreference and any(who == {i} for who in titles.values())
    }
    out: list[list[tuple[ActorMention, list[int]]]] = []
    last_person: tuple[int, list[int]] | None = None  # (segment, entity indices)
    for j, ((seg_start, seg_end), doc) in enumerate(zip(art.segments, docs, strict=True)):
        seg_text = art.text[seg_start:seg_end]
        loaded = [x for x in table.scan(seg_text) if x.loaded]
        owners: dict[tuple[int, int], list[int]] = {}
        for i, pattern in enumerate(patterns):
            for hit in pattern.finditer(seg_text):
                owners.setdefault(hit.span(), []).append(i)
            if i in title_pattern:
                for hit in title_pattern[i].finditer(seg_text):
                    owners.setdefault(hit.span(), []).append(i)
        people_at = sorted((s, [i for i in who if person[i]]) for (s, _), who in owners.items())
        people_at = [(s, who) for s, who in people_at if who]
        for tok in doc if coreference else ():
            if tok.lower_ not in _PRONOUNS or tok.pos_ != "PRON":
                continue
            before = [who for s, who in people_at if s < tok.idx]
            if before:
                owners.setdefault((tok.idx, tok.idx + len(tok.text)), before[-1])
            elif last_person is not None and last_person[0] >= j - 1:
                owners.setdefault((tok.idx, tok.idx + len(tok.text)), last_person[1])
        if people_at:
            last_person = (j, people_at[-1][1])
        found = []
        for (s, e), who in sorted(owners.items()):
            is_loaded = any(x.start < e and x.end > s for x in loaded)
            found.append((ActorMention(seg_text[s:e], s, e, None, is_loaded, "unresolved", 0.0), who))
        out.append(found)
    return out


# ---------------------------------------------------------------------------------------------- scoring


@dataclass(frozen=True, slots=True)
class EntityTone(_AsDict):
    """Our tone toward one gold entity of one article, with the gold label."""

    article: str
    source: str
    entity: str
    gold: str
    predicted: str
    mean: float
    n_mentions: int
    n_toned: int
    held_out: bool
    scores: tuple[float, ...]  # the tone toward each mention some cue bears on
    cues: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class SpanScore(_AsDict):
    precision: float
    recall: float
    f1: float
    n_predicted: int
    n_gold: int


@dataclass(frozen=True, slots=True)
class ToneScore(_AsDict):
    n: int
    macro_f1: float
    accuracy: float
    majority_macro_f1: float
    per_label: tuple[m.LabelScore, ...]


@dataclass(frozen=True, slots=True)
class BasilResult(_AsDict):
    """Entity tone and bias-span figures on BASIL (see the module docstring for every definition)."""

    path: str
    n_articles: int
    n_entities: int
    thresholds: tuple[float, float]
    encoder: bool  # whether the tones read the encoder's token vectors
    majority_label: str
    held_out: ToneScore
    tuning: ToneScore
    all: ToneScore
    n_unmentioned: int
    span_chars: m.PRF  # all gold bias spans vs toned sentences, by characters
    span_chars_lexical: m.PRF  # lexical gold spans vs cue words, by characters
    spans: SpanScore  # all gold bias spans vs toned sentences, by overlap
    spans_heldout: SpanScore  # the same over the held-out articles (the model learnt from the others' spans)
    polarity_agreement: float  # gold spans found: the overlapping tones' mean has the gold's sign
    entities: tuple[EntityTone, ...]
    misses: tuple[EntityTone, ...]


def classify(mean: float, thresholds: tuple[float, float] = THRESHOLDS) -> str:
    """"neg", "neu" or "pos" for an entity's mean tone per mention."""
    if mean <= -thresholds[0]:
        return "neg"
    if mean >= thresholds[1]:
        return "pos"
    return "neu"


def _macro(gold: Sequence[str], predicted: Sequence[str]) -> float:
    return m.macro_f1(gold, predicted, LABELS)


def fit_thresholds(means: Sequence[float], gold: Sequence[str]) -> tuple[float, float]:
    """The (negative, positive) thresholds on a 0.01 grid up to 0.5 with the best macro-F1 on these items
    (ties: the widest neutral band, then the smallest pair)."""
    grid = [round(0.01 * k, 2) for k in range(0, 51)]
    best: tuple[float, float, float] | None = None
    choice = THRESHOLDS
    for neg in grid:
        for pos in grid:
            f = _macro(gold, [classify(x, (neg, pos)) for x in means])
            key = (round(f, 9), neg + pos, -neg - pos)
            if best is None or key[0] > best[0] or (key[0] == best[0] and key[1] > best[1]):
                best, choice = key, (neg, pos)
    return choice


def _tone_score(items: Sequence[EntityTone], majority: str) -> ToneScore:
    gold = [t.gold for t in items]
    pred = [t.predicted for t in items]
    return ToneScore(
        n=len(items),
        macro_f1=_macro(gold, pred),
        accuracy=m.accuracy(gold, pred),
        majority_macro_f1=_macro(gold, [majority] * len(items)),
        per_label=m.per_label_scores(gold, pred, LABELS),
    )


def _merge(spans: Iterable[tuple[int, int]]) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    for s, e in sorted(spans):
        if out and s <= out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], e))
        elif e > s:
            out.append((s, e))
    return out


def _chars(predicted: list[tuple[int, int]], gold: list[tuple[int, int]]) -> tuple[int, int, int]:
    """(shared, predicted, gold) characters of two merged span lists."""
    shared = sum(m.span_overlap(a, b, c, d) for a, b in predicted for c, d in gold)
    return shared, sum(e - s for s, e in predicted), sum(e - s for s, e in gold)


def evaluate_basil(path: Path | None, limit: int | None = None, use_encoder: bool | None = None) -> BasilResult:
    """Tone toward BASIL's main entities and bias spans, scored as the module docstring says; with the
    encoder's token vectors when ``use_encoder`` (default: ``encoder.wanted()``)."""
    from rashomon.nlp import encoder
    from rashomon.nlp.actors import ActorTable
    from rashomon.nlp.pipeline import load
    from rashomon.nlp.tone import MentionTone, mention_tones

    articles = subset(read_basil(path), limit, lambda a: a.id)
    with_vectors = encoder.wanted() if use_encoder is None else use_encoder
    thresholds = ENCODER_THRESHOLDS if with_vectors else THRESHOLDS
    span_min = ENCODER_SPAN_MIN_SCORE if with_vectors else SPAN_MIN_SCORE
    nlp = load(None)
    table = ActorTable.load()
    texts = [(a.text[s:e], (k, j)) for k, a in enumerate(articles) for j, (s, e) in enumerate(a.segments)]
    parsed: dict[int, list[Any]] = {k: [] for k in range(len(articles))}
    for doc, (k, _) in nlp.pipe(texts, as_tuples=True, batch_size=64):
        parsed[k].append(doc)
    enc = encoder.load() if with_vectors else None
    items: list[EntityTone] = []
    chars = [0, 0, 0]
    chars_lex = [0, 0, 0]
    n_pred_spans = n_pred_right = n_gold_spans = n_gold_found = polar_right = 0
    held_counts = [0, 0, 0, 0]  # the same four span counts over the held-out articles only
    for k, art in enumerate(articles):
        docs = parsed[k]
        segment_mentions = article_mentions(art, docs, table, COREFERENCE)
        tones: dict[int, list[float]] = {i: [] for i in range(len(art.entities))}
        counts = Counter(i for seg in segment_mentions for _, owners in seg for i in owners)
        cue_words: dict[int, list[str]] = {i: [] for i in range(len(art.entities))}
        toned_sentences: list[tuple[int, int, float]] = []
        cue_spans: list[tuple[int, int]] = []
        for j, ((seg_start, _), doc, found) in enumerate(zip(art.segments, docs, segment_mentions, strict=True)):
            owners = {(x.start, x.end): o for x, o in found}
            mentions = [x for x, _ in found]
            vectors = enc.token_vectors(doc) if enc is not None and mentions else None
            result: list[MentionTone] = mention_tones(doc, mentions, vectors=vectors, headline=j == 0)
            for t in result:
                for i in owners.get((t.mention.start, t.mention.end), []):
                    if t.cues:  # as tone_mentions: a mention nothing bears on is no ToneMention
                        tones[i].append(t.score)
                    cue_words[i].extend(c.label for c in t.cues)
                if abs(t.score) >= span_min:
                    toned_sentences.append((seg_start + t.sentence_start, seg_start + t.sentence_end, t.score))
                    cue_spans.extend((seg_start + c.start, seg_start + c.end) for c in t.cues)
        for i, ent in enumerate(art.entities):
            n = counts[i]
            mean = sum(tones[i]) / len(tones[i]) if tones[i] else 0.0
            items.append(
                EntityTone(art.id, art.source, ent.name, ent.label, classify(mean, thresholds), round(mean, 4), n,
                           len(tones[i]), held_out(art), tuple(tones[i]), tuple(dict.fromkeys(cue_words[i]))[:12])
            )  # fmt: skip
        predicted = _merge((s, e) for s, e, _ in toned_sentences)
        gold_all = _merge((b.start, b.end) for b in art.spans)
        gold_lex = _merge((b.start, b.end) for b in art.spans if b.bias == "lex")
        for acc, pred, gold in ((chars, predicted, gold_all), (chars_lex, _merge(cue_spans), gold_lex)):
            for j, v in enumerate(_chars(pred, gold)):
                acc[j] += v
        sentence_spans = sorted({(s, e) for s, e, _ in toned_sentences})
        right = sum(any(m.span_overlap(s, e, b.start, b.end) for b in art.spans) for s, e in sentence_spans)
        n_pred_spans += len(sentence_spans)
        n_pred_right += right
        found_here = 0
        for b in art.spans:
            over = [x for s, e, x in toned_sentences if m.span_overlap(s, e, b.start, b.end)]
            if over:
                found_here += 1
                mean = sum(over) / len(over)
                polar_right += (mean < 0) == (b.polarity == "neg")
        n_gold_spans += len(art.spans)
        n_gold_found += found_here
        if held_out(art):
            for j, v in enumerate((len(sentence_spans), right, len(art.spans), found_here)):
                held_counts[j] += v
    tuning = [t for t in items if not t.held_out]
    majority = Counter(t.gold for t in tuning or items).most_common(1)[0][0] if items else "neu"
    p = m.ratio(n_pred_right, n_pred_spans)
    r = m.ratio(n_gold_found, n_gold_spans)
    hp, hr = m.ratio(held_counts[1], held_counts[0]), m.ratio(held_counts[3], held_counts[2])
    return BasilResult(
        path=str(Path(path) if path is not None else BASIL_DIR),
        n_articles=len(articles),
        n_entities=len(items),
        thresholds=thresholds,
        encoder=with_vectors,
        majority_label=majority,
        held_out=_tone_score([t for t in items if t.held_out], majority),
        tuning=_tone_score(tuning, majority),
        all=_tone_score(items, majority),
        n_unmentioned=sum(t.n_mentions == 0 for t in items),
        span_chars=m.prf(chars[0], chars[1], chars[2]),
        span_chars_lexical=m.prf(chars_lex[0], chars_lex[1], chars_lex[2]),
        spans=SpanScore(p, r, m.ratio(2 * p * r, p + r), n_pred_spans, n_gold_spans),
        spans_heldout=SpanScore(hp, hr, m.ratio(2 * hp * hr, hp + hr), held_counts[0], held_counts[2]),
        polarity_agreement=m.ratio(polar_right, n_gold_found),
        entities=tuple(items),
        misses=tuple(t for t in items if t.gold != t.predicted)[:MAX_MISSES],
    )


def run(path: Path | None, limit: int | None, use_encoder: bool | None = None) -> tuple[BasilResult, dict[str, Any]]:
    """(full result, headline figures) for the evaluation suite (``use_encoder`` as for :func:`evaluate_basil`)."""
    r = evaluate_basil(path, limit, use_encoder)
    return r, {
        "encoder": r.encoder,
        "n_entities": r.n_entities,
        "n_heldout": r.held_out.n,
        "tone_macro_f1_heldout": round(r.held_out.macro_f1, 3),
        "majority_macro_f1_heldout": round(r.held_out.majority_macro_f1, 3),
        "tone_macro_f1": round(r.all.macro_f1, 3),
        "majority_macro_f1": round(r.all.majority_macro_f1, 3),
        "bias_span_char_f1": round(r.span_chars.f1, 3),
        "bias_span_f1": round(r.spans.f1, 3),
        "bias_span_f1_heldout": round(r.spans_heldout.f1, 3),
        "lexical_span_char_f1": round(r.span_chars_lexical.f1, 3),
    }
