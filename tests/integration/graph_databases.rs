//! The example questions asked of real databases: Virtuoso over SPARQL (after its bulk loader reads the
//! N-Quads) and Kùzu in Cypher (after loading the Neo4j CSVs) give the rows `newsgraph query` gives;
//! NetworkX and igraph read the GraphML with the node-link JSON's nodes and edges.

use std::path::Path;
use std::process::{Command, Output};

use newsgraph::export::Format;

use crate::query::example_graph;
use crate::support::{external_tool, repo_path, scratch_dir};

/// Runs a validator of `tests/validators/` with `python`; panics with its report when it fails.
fn validate(python: &Path, script: &str, args: &[&Path]) {
    let output: Output =
        Command::new(python).arg(repo_path(&format!("tests/validators/{script}"))).args(args).output().unwrap();
    let report = format!("{}{}", String::from_utf8_lossy(&output.stdout), String::from_utf8_lossy(&output.stderr));
    assert!(output.status.success(), "{script}:\n{report}");
    eprint!("{report}");
}

#[test]
fn virtuoso_gives_the_expected_rows_for_the_five_questions() {
    let Some(python) = external_tool("python", &["--version"]) else { return };
    let probe = "command -v virtuoso-t && command -v isql-vt";
    if external_tool("sh", &["-c", probe]).is_none() {
        return;
    }
    let graph = example_graph(&scratch_dir("virtuoso"), Format::NQuads);
    validate(&python, "virtuoso_answers.py", &[&graph, &repo_path("examples/queries")]);
}

#[test]
fn kuzu_gives_the_expected_rows_for_the_five_questions_from_the_neo4j_csvs() {
    let Some(python) = external_tool("python", &["-c", "import kuzu"]) else { return };
    let directory = example_graph(&scratch_dir("kuzu"), Format::Neo4j);
    validate(&python, "kuzu_answers.py", &[&directory, &repo_path("examples/queries")]);
}

#[test]
fn networkx_and_igraph_read_the_graphml_with_the_node_link_counts() {
    let Some(python) = external_tool("python", &["-c", "import networkx, igraph"]) else { return };
    let dir = scratch_dir("graphml");
    let (graphml, node_link) = (example_graph(&dir, Format::GraphMl), example_graph(&dir, Format::NodeLink));
    validate(&python, "graphml_counts.py", &[&graphml, &node_link]);
}
