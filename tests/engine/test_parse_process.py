"""The parse process: the same parses as this process makes, in the order sent; errors named; no process left."""

from __future__ import annotations

import threading

import numpy as np
import pytest

from rashomon.engine.parse_process import ParseProcess
from rashomon.errors import RashomonError
from rashomon.nlp.pipeline import load, model_name

TEXTS = [
    "Azerbaijan's defence ministry said on Monday that Armenian forces had shelled the village of Tovuz.",
    'The minister was furious. "We will answer," he said.\n\nAyatollah Khamenei\'s office staged a rally in Tehran.',
    "Residents protested outside the embassy\nThey said the talks had failed",
    "",
    "Iran and Armenia signed an agreement on gas supplies; Russia criticised the deal two days later.",
]


def _same(here, there) -> None:
    assert there.text == here.text
    assert there.to_json() == here.to_json()  # tokens, tags, lemmas, parse, entities, sentences
    assert [t.is_sent_start for t in there] == [t.is_sent_start for t in here]
    assert np.array_equal(there.tensor, here.tensor)


def test_parses_come_back_as_this_process_makes_them_in_the_order_sent() -> None:
    nlp = load(None)
    first, second = TEXTS * 5, list(reversed(TEXTS))  # 25 texts: several chunks, one of them short
    with ParseProcess(model_name(None), 4) as parser:
        parser.send(first)
        parser.send(second)  # sent ahead: parsed while the first list is read
        got = [list(parser.parsed(nlp.vocab)), list(parser.parsed(nlp.vocab))]
        assert parser.ready()
    for sent, back in zip([first, second], got, strict=True):
        assert len(back) == len(sent)
        for here, there in zip(nlp.pipe(sent), back, strict=True):
            _same(here, there)
    staged = [t for t in got[0][1] if t.text == "staged"]
    assert [t.lemma_ for t in staged] == ["stage"], "our pipeline's components run in the process too"


def test_a_list_left_half_read_is_not_read_as_the_next() -> None:
    nlp = load(None)
    with ParseProcess(model_name(None), 2) as parser:
        parser.send(TEXTS)
        parser.send(TEXTS[:1])
        half = parser.parsed(nlp.vocab)
        next(half)
        half.close()
        with pytest.raises(RuntimeError, match="left half read"):
            next(parser.parsed(nlp.vocab))
    with ParseProcess(model_name(None), 2) as parser, pytest.raises(RuntimeError, match="nothing was sent"):
        next(parser.parsed(nlp.vocab))


def test_a_model_that_cannot_be_loaded_is_an_error_naming_it() -> None:
    nlp = load(None)
    with ParseProcess("no_such_spacy_model_here", 2) as parser:
        parser.send(TEXTS)
        with pytest.raises(RashomonError, match=r"no_such_spacy_model_here.*cannot be loaded"):
            list(parser.parsed(nlp.vocab))
        with pytest.raises(RashomonError, match="cannot be loaded"):  # and again, not a hang
            list(parser.parsed(nlp.vocab))


def test_a_process_that_dies_is_an_error_not_a_hang() -> None:
    nlp = load(None)
    with ParseProcess(model_name(None), 2) as parser:
        assert parser.ready(wait=True)
        parser._process.kill()
        parser._process.wait()
        with pytest.raises(RashomonError, match="ended unexpectedly, exit code -9"):
            parser.send(TEXTS)
            list(parser.parsed(nlp.vocab))


def test_a_process_that_dies_before_it_is_ready_is_an_error_not_a_hang() -> None:
    nlp = load(None)
    raised: list[BaseException] = []

    def read(parser: ParseProcess) -> None:
        try:
            list(parser.parsed(nlp.vocab))
        except BaseException as exc:
            raised.append(exc)

    with ParseProcess(model_name(None), 2) as parser:
        parser.send(TEXTS)  # sent while it is still starting
        parser._process.kill()
        parser._process.wait()
        reader = threading.Thread(target=read, args=(parser,), daemon=True)
        reader.start()
        reader.join(30)
        assert not reader.is_alive(), "reading the parses of a process that died waits for ever"
    assert len(raised) == 1 and isinstance(raised[0], RashomonError)
    assert "ended unexpectedly, exit code -9" in str(raised[0])


def test_closing_ends_the_process_even_with_parses_nobody_read() -> None:
    parser = ParseProcess(model_name(None), 2)
    parser.send(TEXTS * 40)
    parser.close()
    assert parser._process.poll() is not None
    idle = ParseProcess(model_name(None), 2)
    assert idle.ready(wait=True)
    idle.close()
    assert idle._process.returncode == 0, "with nothing left to read it ends of itself"


def test_the_process_runs_this_rashomon_whatever_the_folder_holds(tmp_path, monkeypatch) -> None:
    decoy = tmp_path / "rashomon"
    decoy.mkdir()
    (decoy / "__init__.py").write_text("raise SystemExit('the wrong rashomon was imported')\n", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    nlp = load(None)
    with ParseProcess(model_name(None), 2) as parser:
        parser.send(TEXTS[:1])
        assert [d.text for d in parser.parsed(nlp.vocab)] == TEXTS[:1]
