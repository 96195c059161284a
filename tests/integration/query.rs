//! `newsgraph query`: the five questions of `examples/queries/` over the hand-checked example corpus,
//! in every RDF format newsgraph writes, give the expected rows; the union default graph is a set;
//! bad graph files and bad queries get clear errors.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use newsgraph::export::Format;
use serde_json::Value;

use crate::support::{EXTRACTIONS, files_with_extension, repo_path, scratch_dir};

/// A question of `examples/queries/`: its SPARQL file and its expected rows, header first.
pub struct ExampleQuery {
    pub sparql: PathBuf,
    pub expected: Vec<Vec<String>>,
}

/// The five questions, in file-name order.
pub fn example_queries() -> Vec<ExampleQuery> {
    let paths = files_with_extension("examples/queries", "rq");
    assert_eq!(paths.len(), 5, "{paths:?}");
    let rows = |path: &Path| -> Vec<Vec<String>> {
        let text = std::fs::read_to_string(path).unwrap_or_else(|error| panic!("{}: {error}", path.display()));
        text.lines().map(|line| line.split('\t').map(str::to_owned).collect()).collect()
    };
    paths
        .into_iter()
        .map(|sparql| ExampleQuery { expected: rows(&sparql.with_extension("expected.tsv")), sparql })
        .collect()
}

/// The example corpus written in `format`, as `newsgraph build` writes it: one file, or a directory.
pub fn example_graph(dir: &Path, format: Format) -> PathBuf {
    let path = dir.join(format!("examples.{}", format.extension()));
    let output = Command::new(env!("CARGO_BIN_EXE_newsgraph"))
        .args(["build", repo_path(EXTRACTIONS).to_str().unwrap(), "-o", path.to_str().unwrap()])
        .output()
        .unwrap();
    assert!(output.status.success(), "{}", String::from_utf8_lossy(&output.stderr));
    path
}

/// `newsgraph query` with these arguments.
fn newsgraph(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_newsgraph")).arg("query").args(args).output().unwrap()
}

fn stdout(output: &Output) -> String {
    assert!(output.status.success(), "{}", String::from_utf8_lossy(&output.stderr));
    String::from_utf8(output.stdout.clone()).unwrap()
}

/// SPARQL JSON results as rows of plain values, the variables first; unbound values are empty.
fn rows_of_json(json: &str) -> Vec<Vec<String>> {
    let results: Value = serde_json::from_str(json).unwrap();
    let variables: Vec<&str> =
        results["head"]["vars"].as_array().unwrap().iter().map(|v| v.as_str().unwrap()).collect();
    let mut rows = vec![variables.iter().map(|v| v.to_string()).collect::<Vec<_>>()];
    for binding in results["results"]["bindings"].as_array().unwrap() {
        rows.push(variables.iter().map(|v| binding[*v]["value"].as_str().unwrap_or_default().to_owned()).collect());
    }
    rows
}

#[test]
fn the_five_questions_give_the_expected_rows_in_every_rdf_format() {
    let dir = scratch_dir("query-formats");
    for format in [Format::NQuads, Format::TriG, Format::JsonLd, Format::Turtle, Format::NTriples, Format::RdfXml] {
        let graph = example_graph(&dir, format);
        for query in example_queries() {
            let args = [graph.to_str().unwrap(), "--query", query.sparql.to_str().unwrap(), "--format", "json"];
            let rows = rows_of_json(&stdout(&newsgraph(&args)));
            assert_eq!(rows, query.expected, "{} over {format:?}", query.sparql.display());
        }
    }
}

#[test]
fn the_default_graph_is_the_set_union_of_the_files_and_their_graphs() {
    let dir = scratch_dir("query-union");
    let (quads, turtle) = (example_graph(&dir, Format::NQuads), example_graph(&dir, Format::Turtle));
    let people = "PREFIX schema: <http://schema.org/> SELECT ?name WHERE { ?p a schema:Person ; schema:name ?name }";
    for files in [vec![&quads], vec![&quads, &turtle]] {
        let mut args: Vec<&str> = files.iter().map(|path| path.to_str().unwrap()).collect();
        args.extend(["--sparql", people, "--format", "json"]);
        let rows = rows_of_json(&stdout(&newsgraph(&args)));
        // Each person once, though named in the default graph and in every article that mentions them.
        assert_eq!(rows.len() - 1, 11, "{rows:?}");
    }
}

#[test]
fn results_come_as_a_table_csv_and_tsv() {
    let dir = scratch_dir("query-table");
    let graph = example_graph(&dir, Format::NQuads);
    let query = repo_path("examples/queries/2-works-for.rq");
    let run = |format: &str| {
        stdout(&newsgraph(&[graph.to_str().unwrap(), "--query", query.to_str().unwrap(), "--format", format]))
    };
    let table = run("table");
    let lines: Vec<&str> = table.lines().collect();
    assert!(lines[0].starts_with("person  ") && lines[0].ends_with("employer"), "{table}");
    assert!(lines[1].starts_with("------"), "{table}");
    assert!(
        lines.contains(&"Zoë Brückner            Foreign Minister                               Germany"),
        "{table}"
    );
    assert_eq!(lines.last(), Some(&"(7 rows)"));
    assert!(run("csv").starts_with("person,role,employer\r\nAmani Chebet-Lindqvist,chief executive,Jua Nishati\r\n"));
    assert!(run("tsv").starts_with("?person\t?role\t?employer\n\"Amani Chebet-Lindqvist\"\t\"chief executive\""));
}

#[test]
fn a_broken_graph_file_is_named_with_its_line_and_the_others_still_answer() {
    let dir = scratch_dir("query-broken");
    let good = example_graph(&dir, Format::NQuads);
    let broken = dir.join("broken.nt");
    std::fs::write(&broken, "<http://a> <http://b> <http://c> .\n<http://a> <http://b> \"open .\n").unwrap();
    let ask = "ASK { ?s <http://schema.org/worksFor> ?o }";
    let output = newsgraph(&[good.to_str().unwrap(), broken.to_str().unwrap(), "--sparql", ask]);
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert_eq!(output.status.code(), Some(1), "{stderr}");
    assert!(stderr.contains("broken.nt") && stderr.contains("line 2"), "{stderr}");
    assert_eq!(String::from_utf8_lossy(&output.stdout), "true\n");

    let not_sparql = newsgraph(&[good.to_str().unwrap(), "--sparql", "SELECT WHERE"]);
    assert_eq!(not_sparql.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&not_sparql.stderr).contains("not valid SPARQL"));
    let not_rdf = newsgraph(&[dir.join("graph.dot").to_str().unwrap(), "--sparql", ask]);
    assert_eq!(not_rdf.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&not_rdf.stderr).contains("graph.dot: not an RDF file"));
}
