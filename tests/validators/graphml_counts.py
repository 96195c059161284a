"""Reads the GraphML that newsgraph writes with NetworkX and with igraph, and checks both against the
node-link JSON of the same graph: the same nodes, the same number of edges, and list attributes as
`; `-delimited strings.

usage: graphml_counts.py GRAPH.graphml GRAPH.json
"""

import json
import sys

import igraph
import networkx


def main():
    graphml, node_link = sys.argv[1], sys.argv[2]
    with open(node_link, encoding="utf-8") as file:
        document = json.load(file)
    nodes, edges = len(document["nodes"]), len(document["edges"])
    problems = []

    read = networkx.read_graphml(graphml)
    if (read.number_of_nodes(), read.number_of_edges()) != (nodes, edges):
        problems.append(f"networkx: {read.number_of_nodes()} nodes, {read.number_of_edges()} edges")
    if set(read.nodes) != {node["id"] for node in document["nodes"]}:
        problems.append("networkx: the node ids differ from the node-link JSON")
    lists = 0
    for node in document["nodes"]:
        for name, value in node.items():
            if isinstance(value, list) and value:
                lists += 1
                if read.nodes[node["id"]].get(name) != "; ".join(value):
                    problems.append(f"networkx: {name} of {node['id']}: {read.nodes[node['id']].get(name)!r}")
    if lists == 0:
        problems.append("no node has a list attribute to check")

    graph = igraph.Graph.Read_GraphML(graphml)
    if (graph.vcount(), graph.ecount()) != (nodes, edges):
        problems.append(f"igraph: {graph.vcount()} nodes, {graph.ecount()} edges")
    if not graph.is_directed():
        problems.append("igraph: the graph is not directed")

    print(f"node-link JSON, NetworkX and igraph: {nodes} nodes, {edges} edges")
    for problem in problems:
        print(problem)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
