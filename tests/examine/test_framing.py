"""Framing: tone per document part and actor, with what quoted speakers say split out as their own voice."""

from __future__ import annotations

import io
import json

from rashomon.examine.framing import tones, voice
from rashomon.records import Actor, ActorMention, SegmentKind, ToneMention

IRNGOV = Actor("IRNGOV", "IRN", "GOV", "Iran")
ISR = Actor("ISR", "ISR", None, "Israel")


def mention(score: float, start: int, speaker: ActorMention | None = None, kind: SegmentKind = SegmentKind.BODY):
    return ToneMention(1, kind, ActorMention("Israel", start, start + 6, ISR), start, start + 40, score, ("x",), speaker)


def test_a_quoted_speakers_words_count_for_the_part_and_for_their_own_voice():
    ministry = ActorMention("the foreign ministry", 0, 20, IRNGOV)
    found = tones("doc", [mention(0.4, 0), mention(-0.8, 50, ministry), mention(-0.6, 100, ministry)])
    by_voice = {t.voice: t for t in found}
    assert set(by_voice) == {"", "speaker:IRNGOV"}
    assert by_voice[""].mentions == 3 and by_voice[""].tone == round((0.4 - 0.8 - 0.6) / 3, 3)
    assert by_voice["speaker:IRNGOV"].mentions == 2 and by_voice["speaker:IRNGOV"].tone == -0.7
    assert all(m.speaker == ministry for m in by_voice["speaker:IRNGOV"].evidence)


def test_unresolved_speakers_are_named_by_their_words_and_comments_stay_apart():
    someone = ActorMention("A senior cleric", 0, 15, None)
    assert voice(mention(-0.5, 0, someone)) == "speaker:aseniorcleric"
    found = tones("doc", [mention(-0.5, 0, someone), mention(0.5, 60, kind=SegmentKind.COMMENT)])
    assert {(t.part, t.voice) for t in found} == {("article", ""), ("article", "speaker:aseniorcleric"),
                                                  ("comments", "")}


def test_analyze_keeps_who_says_what_about_whom(tmp_path, fresh_store):
    from rashomon.engine import analyze
    from rashomon.export import get_exporter

    (tmp_path / "note.txt").write_text(
        "Tehran rebukes Baku\n\nBy Sam Writer\n\n"
        "Iran's foreign ministry said on Tuesday that the Zionist regime was spreading shameful lies about Tehran. "
        "Israel opened a new embassy in Baku last year.\n",
        encoding="utf-8",
    )
    analyze(fresh_store, [tmp_path / "note.txt"])
    said = fresh_store.conn.execute(
        "SELECT text, code, speaker_text, speaker_code, score FROM tone_mentions"
    ).fetchall()
    assert any(r["code"] == "ISRGOV" and r["speaker_code"] == "IRNGOV" and r["score"] < 0 for r in said), [dict(r) for r in said]
    # the ministry itself, named outside its words, is not its own speaker
    assert not any(r["text"].startswith("Iran") and r["speaker_code"] is not None for r in said)
    buf = io.StringIO()
    get_exporter("framing", "jsonl")(fresh_store, buf)
    lines = [json.loads(line) for line in buf.getvalue().splitlines()]
    voiced = [x for x in lines if x["kind"] == "tone" and x["voice"] == "speaker:IRNGOV" and x["actor"] == "ISRGOV"]
    assert voiced and voiced[0]["tone"] < 0
    assert voiced[0]["evidence"][0]["speaker"] == "IRNGOV"
    assert "Zionist regime" in voiced[0]["evidence"][0]["text"]
    whole = [x for x in lines if x["kind"] == "tone" and x["voice"] is None and x["actor"] == "ISRGOV"]
    assert whole and whole[0]["mentions"] >= voiced[0]["mentions"]
