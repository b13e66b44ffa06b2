"""The progress line a run's tally gives a log."""

from __future__ import annotations

from rashomon.engine.tally import Tally


def test_a_progress_line_before_and_after_the_inputs_are_counted():
    tally = Tally(run_id=3)
    tally.begin("reading")
    assert tally.line().startswith("run 3: reading: listing the input(s), 0 document(s) stored; ")
    tally.inputs, tally.inputs_done, tally.documents = 400, 12, 10
    assert tally.line().startswith("run 3: reading: 12 of 400 input(s), 10 document(s) stored; ")
    tally.begin("coding events")
    tally.to_code, tally.coded, tally.events = 10, 4, 31
    assert tally.line().startswith("run 3: coding events: 4 of 10 document(s) coded, 31 event(s); ")
