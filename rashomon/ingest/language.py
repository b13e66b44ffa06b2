"""Which language a text is in: script first, then function words. Small, offline, no model."""

from __future__ import annotations

import re
from collections import Counter

# A few dozen of the commonest function words per language, written for this purpose.
_FUNCTION_WORDS: dict[str, frozenset[str]] = {
    lang: frozenset(words.split())
    for lang, words in {
        "en": "the of and to in is that for it was on with as by at from his her have this are be not "
        "which but or an they has had were their been its would who will there said also more",
        "fr": "le la les des du de et un une est que qui dans pour pas sur au aux avec ce cette sont "
        "par il elle ont été mais comme plus ses leur nous vous",
        "de": "der die das und ist nicht ein eine zu den mit von sich des auf für im dem auch es "
        "wird sind wurde oder aber nach bei wie noch einer",
        "es": "el la los las de del y que en un una es por con para se no al lo como más pero sus "
        "su ha fue este esta son entre sobre",
        "it": "il lo la gli le di del della e che un una è per con non si sono da nel alla anche "
        "come più ma dei delle questo",
        "pt": "o os a as de do da dos das e que um uma é em no na para com não por se mais como "
        "foi ao mas seu sua são",
        "nl": "de het een en van in is dat op te zijn met voor niet aan er ook als bij door maar "
        "om worden werd naar",
        "tr": "ve bir bu da de için ile olarak daha çok ama gibi olan en her ne kadar sonra ancak "
        "değil şu ise",
        "az": "və bir bu da də üçün ilə olaraq daha çox amma kimi olan ən hər nə qədər sonra lakin "
        "deyil isə edib",
    }.items()
}
_SCRIPTS: list[tuple[str, re.Pattern[str]]] = [
    ("hy", re.compile(r"[\u0530-\u058f]")),
    ("ka", re.compile(r"[\u10a0-\u10ff]")),
    ("he", re.compile(r"[\u0590-\u05ff]")),
    ("ar", re.compile(r"[\u0600-\u06ff\u0750-\u077f]")),
    ("ru", re.compile(r"[\u0400-\u04ff]")),
    ("el", re.compile(r"[\u0370-\u03ff]")),
    ("zh", re.compile(r"[\u4e00-\u9fff]")),
    ("ja", re.compile(r"[\u3040-\u30ff]")),
    ("ko", re.compile(r"[\uac00-\ud7af]")),
]
_PERSIAN = re.compile(r"[پچژگ]")
_UKRAINIAN = re.compile(r"[іїєґ]", re.I)
_WORD = re.compile(r"[^\W\d_]+", re.UNICODE)


#: How much of a text the language is told from: its first this many characters.
SAMPLE = 20000


def detect_language(text: str) -> tuple[str | None, float]:
    """Return (ISO 639-1 code, confidence in [0, 1]); (None, 0.0) when the text is too short to tell."""
    sample = text[:SAMPLE]
    letters = sum(map(str.isalpha, sample))
    if letters < 20:
        return None, 0.0
    scripts: Counter[str] = Counter()
    for lang, pattern in _SCRIPTS:
        scripts[lang] = len(pattern.findall(sample))
    lang, count = scripts.most_common(1)[0]
    if count / letters > 0.4:
        if lang == "ar" and _PERSIAN.search(sample):
            lang = "fa"
        elif lang == "ru" and _UKRAINIAN.search(sample):
            lang = "uk"
        return lang, round(min(1.0, count / letters), 3)
    words = Counter(map(str.lower, _WORD.findall(sample)))
    if words.total() < 5:
        return None, 0.0
    scores = {lang: sum(words[w] for w in vocab if w in words) for lang, vocab in _FUNCTION_WORDS.items()}
    best = max(scores, key=lambda k: scores[k])
    hits = scores[best]
    if hits == 0:
        return None, 0.0
    runner_up = max(v for k, v in scores.items() if k != best)
    confidence = (hits - runner_up) / hits * min(1.0, hits / 10)
    return best, round(max(0.0, confidence), 3)
