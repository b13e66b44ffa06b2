"""`export network` (GraphML, GEXF): actors as nodes, each dyad of an event as a directed edge."""

from __future__ import annotations

import io
import xml.etree.ElementTree as ET

from rashomon.engine import analyze
from rashomon.export import get_exporter
from rashomon.export.network import actor_network
from rashomon.records import dyads
from rashomon.store import Store


def test_dyads_pair_sources_with_targets_and_a_joint_acts_sources_each_way():
    assert dyads(["ARM"], ["AZE"]) == [("ARM", "AZE")]
    assert dyads(["ARM", "RUS"], ["AZE"]) == [("ARM", "AZE"), ("RUS", "AZE")]
    # "talks between Armenia and Azerbaijan", "Turkey and Azerbaijan held a drill": done together
    assert dyads(["ARM", "AZE"], []) == [("ARM", "AZE"), ("AZE", "ARM")]
    # no one alone, and no one with itself
    assert dyads(["ARM"], []) == [] and dyads(["ARM"], ["ARM"]) == [] and dyads(["ARM", "ARM"], []) == []


def test_a_joint_act_ties_its_actors_in_the_network_and_its_files(tmp_path):
    (tmp_path / "a.txt").write_text(
        "Talks in Vienna\n\nBy Sam Writer\n\nTalks between Armenia and Azerbaijan were held in Vienna on Monday. "
        "Iran condemned Israel on Tuesday.\n",
        encoding="utf-8",
    )
    with Store(tmp_path / "a.db") as store:
        analyze(store, [tmp_path / "a.txt"])
        _, edges = actor_network(store)
        pairs = {(e.source, e.target) for e in edges}
        assert {("ARM", "AZE"), ("AZE", "ARM")} <= pairs, pairs
        assert any(s.startswith("IRN") and t.startswith("ISR") for s, t in pairs), pairs
        buf = io.StringIO()
        n = get_exporter("network", "graphml")(store, buf)
        root = ET.fromstring(buf.getvalue())
        ns = {"g": "http://graphml.graphdrawing.org/xmlns"}
        assert len(root.findall(".//g:edge", ns)) == n == len(edges)
        buf = io.StringIO()
        assert get_exporter("network", "gexf")(store, buf) == n
        ET.fromstring(buf.getvalue())
