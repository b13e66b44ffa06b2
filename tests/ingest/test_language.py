from __future__ import annotations

from rashomon.ingest.language import detect_language
from rashomon.ingest.normalise import content_hash, normalise_text


def test_detects_english_in_the_corpus(corpus_dir):
    for path in corpus_dir.glob("*.txt"):
        assert detect_language(path.read_text(encoding="utf-8"))[0] == "en"


def test_detects_other_languages_by_words_and_script():
    assert detect_language("Le gouvernement a annoncé que les négociations avec les deux pays sont dans une impasse.")[0] == "fr"
    assert detect_language("Die Regierung hat mitgeteilt, dass die Gespräche mit den beiden Ländern nicht weitergehen.")[0] == "de"
    assert detect_language("Министерство иностранных дел заявило, что переговоры продолжатся на следующей неделе.")[0] == "ru"
    assert detect_language("وزارت امور خارجه ایران گفت که گفتگوها با همسایگان ادامه پیدا می کند و این مهم است")[0] == "fa"
    assert detect_language("Հայաստանի արտաքին գործերի նախարարությունը հայտարարեց բանակցությունների մասին")[0] == "hy"
    assert detect_language("ok") == (None, 0.0)


def test_normalisation_and_content_hash():
    assert normalise_text("a\r\nb\u200b c  \n\n\n\n\nd\x00") == "a\nb c\n\n\nd"
    assert content_hash("Iran  said\nno.") == content_hash("Iran said no.")
    assert content_hash("Iran said no.") != content_hash("Iran said yes.")
