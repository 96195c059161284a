//! The node-link writer's promise: NetworkX reads the output with `node_link_graph(data)` as it stands,
//! into a directed multigraph with every node and edge of the model and every name as written.

use newsgraph::export::{ExportOptions, Format};
use newsgraph::graph::Node;
use serde_json::Value;

use crate::dot::{hostile_extractions, pipe};
use crate::support;

/// Reads node-link JSON from stdin with NetworkX's defaults, and with the `links` key that NetworkX before
/// 3.6 reads by default, and reports what it got as JSON.
const READ_WITH_NETWORKX: &str = r#"
import json, sys
import networkx as nx

data = json.load(sys.stdin)
graph = nx.node_link_graph(data)
try:
    legacy = nx.node_link_graph(data, edges="links")
except TypeError:  # NetworkX < 3.4 has no `edges` keyword, and reads "links" by default
    legacy = nx.node_link_graph(data)
print(json.dumps({
    "directed": graph.is_directed(),
    "multigraph": graph.is_multigraph(),
    "nodes": graph.number_of_nodes(),
    "edges": graph.number_of_edges(),
    "legacy_edges": legacy.number_of_edges(),
    "ids": sorted(graph.nodes),
    "names": sorted(attributes["name"] for _, attributes in graph.nodes(data=True) if "name" in attributes),
}))
"#;

#[test]
fn networkx_reads_every_node_edge_and_name() {
    let Some(python) = support::external_tool("python", &["-c", "import networkx"]) else { return };
    let graph = support::graph_of(hostile_extractions());
    let json = support::export(&graph, Format::NodeLink, &ExportOptions::default());
    let output = pipe(&python, &["-c", READ_WITH_NETWORKX], &json);
    assert!(output.status.success(), "python failed: {}", String::from_utf8_lossy(&output.stderr));
    let read: Value = serde_json::from_slice(&output.stdout).unwrap();

    let petgraph = graph.petgraph();
    assert_eq!((&read["directed"], &read["multigraph"]), (&Value::Bool(true), &Value::Bool(true)));
    assert_eq!(read["nodes"], petgraph.node_count());
    // Edges that share a (source, target, key) would collapse into one, so this also checks the keys.
    assert_eq!(read["edges"], petgraph.edge_count());
    assert_eq!(read["legacy_edges"], petgraph.edge_count());
    let mut ids: Vec<String> = petgraph.node_indices().map(|index| graph.iri(index)).collect();
    ids.sort();
    assert_eq!(read["ids"], serde_json::json!(ids));
    let mut names: Vec<&str> = petgraph
        .node_weights()
        .filter_map(|node| match node {
            Node::Entity(entity) => Some(entity.name.as_str()),
            _ => None,
        })
        .collect();
    names.sort();
    assert_eq!(read["names"], serde_json::json!(names), "names changed on the way through JSON");
}

#[test]
fn output_is_one_json_document_that_does_not_depend_on_input_order() {
    let json_of = |reverse: bool| {
        let mut extractions = hostile_extractions();
        if reverse {
            extractions.reverse();
        }
        support::export(&support::graph_of(extractions), Format::NodeLink, &ExportOptions::default())
    };
    let json = json_of(false);
    assert_eq!(json, json_of(true));
    assert!(json.ends_with(b"}\n"));
    let document: Value = serde_json::from_slice(&json).unwrap();
    assert_eq!(document["edges"], document["links"]);
}
