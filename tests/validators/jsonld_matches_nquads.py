"""Checks that a JSON-LD document holds exactly the dataset of an N-Quads file.

Usage: jsonld_matches_nquads.py FILE.jsonld FILE.nq

pyld (a JSON-LD processor independent of newsgraph's) turns the JSON-LD into N-Quads, rdflib parses
both sides, and every graph, default and named, must be isomorphic to the graph of the same name on
the other side. Remote contexts are refused, so the document must embed its context and nothing is
fetched. Exit status 0 when the datasets match, 1 when they do not (the difference goes to stdout), 2
when a file cannot be read, expanded or parsed.
"""

import json
import sys


def refuse_remote(url, options=None):
    raise RuntimeError(f"refusing to load {url}: the context must be embedded")


def load(jsonld_path, nquads_path):
    import rdflib
    from pyld import jsonld

    # Literals keep their lexical form, so "007" and "7" of one datatype stay different.
    rdflib.NORMALIZE_LITERALS = False
    with open(jsonld_path, encoding="utf-8") as file:
        document = json.load(file)
    converted = jsonld.to_rdf(document, {"format": "application/n-quads", "documentLoader": refuse_remote})
    with open(nquads_path, encoding="utf-8") as file:
        expected = file.read()
    return dataset(converted), dataset(expected)


def dataset(nquads):
    import rdflib

    parsed = rdflib.Dataset()
    parsed.parse(data=nquads, format="nquads")
    return {graph.identifier: graph for graph in parsed.graphs() if len(graph) > 0}


def differences(actual, expected):
    """Lines describing every graph that differs, empty when the datasets match."""
    from rdflib.compare import graph_diff, to_isomorphic

    lines = []
    for name in sorted(set(actual) | set(expected)):
        if name not in expected:
            lines.append(f"graph <{name}> is only in the JSON-LD ({len(actual[name])} triples)")
        elif name not in actual:
            lines.append(f"graph <{name}> is only in the N-Quads ({len(expected[name])} triples)")
        elif to_isomorphic(actual[name]) != to_isomorphic(expected[name]):
            _, only_jsonld, only_nquads = graph_diff(to_isomorphic(actual[name]), to_isomorphic(expected[name]))
            lines.append(f"graph <{name}> differs:")
            lines.extend(f"  only in JSON-LD: {triple}" for triple in sorted(only_jsonld.serialize(format="nt").splitlines()))
            lines.extend(f"  only in N-Quads: {triple}" for triple in sorted(only_nquads.serialize(format="nt").splitlines()))
    return lines


def explain(error):
    """The error and every error behind it, as pyld wraps the one that matters."""
    causes = []
    while error is not None and len(causes) < 10:
        causes.append(f"{type(error).__name__}: {error}")
        error = getattr(error, "cause", None) or error.__cause__ or error.__context__
    return "\n  because ".join(causes)


def main(argv):
    if len(argv) != 3:
        print(__doc__, file=sys.stderr)
        return 2
    try:
        actual, expected = load(argv[1], argv[2])
    except Exception as error:  # noqa: BLE001 - any failure to load is a usage error here
        print(f"cannot load: {explain(error)}", file=sys.stderr)
        return 2
    lines = differences(actual, expected)
    print("\n".join(lines) if lines else f"match: {len(expected)} graphs")
    return 1 if lines else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
