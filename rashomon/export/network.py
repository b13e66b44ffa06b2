"""The actor network as GraphML or GEXF, for Gephi: actors are nodes, and each (source, target) dyad is a
directed edge weighted by its events, with their mean Goldstein score and counts per QuadClass."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from dataclasses import dataclass, field
from typing import TextIO

from rashomon.export import register
from rashomon.records import dyads
from rashomon.store import Store
from rashomon.store.events import event_rows


@dataclass
class Node:
    code: str
    name: str = ""
    country: str = ""
    sector: str = ""
    events: int = 0


@dataclass
class Edge:
    source: str
    target: str
    events: int = 0
    goldstein: float = 0.0  # a sum while counting, the mean after
    quads: list[int] = field(default_factory=lambda: [0, 0, 0, 0])


def actor_network(store: Store, min_confidence: float = 0.0) -> tuple[list[Node], list[Edge]]:
    """Every resolved actor, and every dyad of one event (:func:`rashomon.records.dyads`: a source and a target;
    the sources of a joint act with no target, each way; an actor acting on itself is left out). Several
    sources or targets in one event make one edge per pair."""
    nodes: dict[str, Node] = {}
    edges: dict[tuple[str, str], Edge] = {}
    for e in event_rows(store, min_confidence):
        seen: set[str] = set()
        for a in e["source"] + e["target"]:
            if not a["code"]:
                continue
            node = nodes.setdefault(a["code"], Node(a["code"]))
            node.name = node.name or a["name"] or ""
            node.country = node.country or a["country"] or ""
            node.sector = node.sector or a["sector"] or ""
            if a["code"] not in seen:
                node.events += 1
                seen.add(a["code"])
        for s, t in dyads([a["code"] for a in e["source"] if a["code"]], [a["code"] for a in e["target"] if a["code"]]):
            edge = edges.setdefault((s, t), Edge(s, t))
            edge.events += 1
            edge.goldstein += e["goldstein"]
            edge.quads[e["quad_class"] - 1] += 1
    for edge in edges.values():
        edge.goldstein = round(edge.goldstein / edge.events, 3)
    return sorted(nodes.values(), key=lambda n: n.code), sorted(edges.values(), key=lambda x: (x.source, x.target))


def _write(root: ET.Element, out: TextIO) -> None:
    ET.indent(root)
    out.write('<?xml version="1.0" encoding="UTF-8"?>\n')
    out.write(ET.tostring(root, encoding="unicode"))
    out.write("\n")


_NODE_KEYS = (("label", "string"), ("name", "string"), ("country", "string"), ("sector", "string"), ("events", "int"))
_EDGE_KEYS = (("weight", "double"), ("events", "int"), ("goldstein", "double"), ("verbal_cooperation", "int"),
              ("material_cooperation", "int"), ("verbal_conflict", "int"), ("material_conflict", "int"))  # fmt: skip


def _edge_values(e: Edge) -> list[object]:
    return [float(e.events), e.events, e.goldstein, *e.quads]


@register("network", "graphml")
def network_graphml(store: Store, out: TextIO, min_confidence: float = 0.0) -> int:
    nodes, edges = actor_network(store, min_confidence)
    root = ET.Element("graphml", {"xmlns": "http://graphml.graphdrawing.org/xmlns"})
    for scope, keys in (("node", _NODE_KEYS), ("edge", _EDGE_KEYS)):
        for name, kind in keys:
            ET.SubElement(root, "key", {"id": f"{scope[0]}_{name}", "for": scope, "attr.name": name, "attr.type": kind})
    graph = ET.SubElement(root, "graph", {"id": "actors", "edgedefault": "directed"})
    for n in nodes:
        el = ET.SubElement(graph, "node", {"id": n.code})
        for (name, _), value in zip(_NODE_KEYS, [n.code, n.name, n.country, n.sector, n.events], strict=True):
            ET.SubElement(el, "data", {"key": f"n_{name}"}).text = str(value)
    for i, e in enumerate(edges):
        el = ET.SubElement(graph, "edge", {"id": f"e{i}", "source": e.source, "target": e.target})
        for (name, _), value in zip(_EDGE_KEYS, _edge_values(e), strict=True):
            ET.SubElement(el, "data", {"key": f"e_{name}"}).text = str(value)
    _write(root, out)
    return len(edges)


@register("network", "gexf")
def network_gexf(store: Store, out: TextIO, min_confidence: float = 0.0) -> int:
    """GEXF 1.3: edges weighted by events and coloured from conflict (red) to cooperation (blue)."""
    from rashomon.report.layout import diverging

    nodes, edges = actor_network(store, min_confidence)
    root = ET.Element("gexf", {"xmlns": "http://gexf.net/1.3", "xmlns:viz": "http://gexf.net/1.3/viz", "version": "1.3"})
    ET.SubElement(ET.SubElement(root, "meta"), "creator").text = "rashomon"
    graph = ET.SubElement(root, "graph", {"defaultedgetype": "directed", "mode": "static"})
    for cls, keys in (("node", _NODE_KEYS[1:]), ("edge", _EDGE_KEYS[1:])):
        attrs = ET.SubElement(graph, "attributes", {"class": cls})
        for name, kind in keys:
            ET.SubElement(attrs, "attribute", {"id": name, "title": name, "type": "integer" if kind == "int" else kind})
    nodes_el = ET.SubElement(graph, "nodes")
    for n in nodes:
        el = ET.SubElement(nodes_el, "node", {"id": n.code, "label": n.code})
        values = ET.SubElement(el, "attvalues")
        for (name, _), value in zip(_NODE_KEYS[1:], [n.name, n.country, n.sector, n.events], strict=True):
            ET.SubElement(values, "attvalue", {"for": name, "value": str(value)})
    edges_el = ET.SubElement(graph, "edges")
    for i, e in enumerate(edges):
        el = ET.SubElement(edges_el, "edge", {"id": f"e{i}", "source": e.source, "target": e.target, "weight": str(float(e.events))})
        values = ET.SubElement(el, "attvalues")
        for (name, _), value in zip(_EDGE_KEYS[1:], _edge_values(e)[1:], strict=True):
            ET.SubElement(values, "attvalue", {"for": name, "value": str(value)})
        colour = diverging(e.goldstein).lstrip("#")
        ET.SubElement(el, "viz:color", {"r": str(int(colour[:2], 16)), "g": str(int(colour[2:4], 16)), "b": str(int(colour[4:], 16))})
    _write(root, out)
    return len(edges)
