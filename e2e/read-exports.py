"""Reads Tiegraph's GEXF and GraphML exports with networkx and python-igraph, as an analyst would.

Usage: python3 read-exports.py <file.gexf | file.graphml>...

Prints one JSON object: the interpreter, the library versions, and for each file and each reader
installed (networkx.read_gexf for GEXF; networkx.read_graphml and igraph's Read_GraphML for GraphML)
either what it read (directed or not, every node with its attributes, every edge with its ends and
attributes) or the error it raised. Nothing is fixed up: a reader that fails says so in its own words.
"""

import json
import math
import sys


def plain(value):
    """A value JSON can hold: numbers, booleans and strings as they are, NaN (igraph's 'missing') as None."""
    if isinstance(value, float) and math.isnan(value):
        return None
    if isinstance(value, (bool, int, float, str)) or value is None:
        return value
    if isinstance(value, (list, tuple)):
        return [plain(v) for v in value]
    if isinstance(value, dict):
        return {str(k): plain(v) for k, v in value.items()}
    if hasattr(value, "item"):  # numpy scalars
        return value.item()
    return str(value)


def from_networkx(graph):
    """networkx gives a MultiDiGraph keyed by edge id when the file has parallel edges, else a DiGraph."""
    edges = []
    listed = graph.edges(keys=True, data=True) if graph.is_multigraph() else ((u, v, None, a) for u, v, a in graph.edges(data=True))
    for source, target, key, attrs in listed:
        tie = attrs.get("tie_id") or attrs.get("id") or key
        edges.append({"key": plain(tie), "source": source, "target": target, "attrs": plain(attrs)})
    return {
        "directed": graph.is_directed(),
        "multigraph": graph.is_multigraph(),
        "nodes": {str(n): plain(a) for n, a in graph.nodes(data=True)},
        "edges": edges,
    }


def from_igraph(graph):
    names = graph.vs["id"]
    return {
        "directed": graph.is_directed(),
        "multigraph": True,
        "nodes": {v["id"]: plain({k: v[k] for k in graph.vs.attributes() if k != "id"}) for v in graph.vs},
        "edges": [
            {"key": e["id"] if "id" in graph.es.attributes() else None, "source": names[e.source], "target": names[e.target], "attrs": plain(e.attributes())}
            for e in graph.es
        ],
    }


def attempt(read):
    try:
        return read()
    except Exception as error:  # the reader's own words are the result
        return {"error": f"{type(error).__name__}: {error}"}


def main():
    try:
        import networkx as nx
    except ImportError:
        nx = None
    try:
        import igraph
    except ImportError:
        igraph = None
    report = {
        "python": sys.executable,
        "networkx": nx.__version__ if nx else None,
        "igraph": igraph.__version__ if igraph else None,
        "files": {},
    }
    for path in sys.argv[1:]:
        readers = report["files"].setdefault(path, {})
        if path.endswith(".gexf") and nx:
            readers["networkx.read_gexf"] = attempt(lambda: from_networkx(nx.read_gexf(path)))
        if path.endswith(".graphml") and nx:
            readers["networkx.read_graphml"] = attempt(lambda: from_networkx(nx.read_graphml(path)))
        if path.endswith(".graphml") and igraph:
            readers["igraph.Graph.Read_GraphML"] = attempt(lambda: from_igraph(igraph.Graph.Read_GraphML(path)))
    json.dump(report, sys.stdout)


main()
