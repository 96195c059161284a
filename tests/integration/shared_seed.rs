//! The seed article's gold extraction (`../shared/gold/seed.extraction.json`) through the binary, in
//! every format, each checked by a real parser.

use std::collections::HashSet;
use std::fs;
use std::path::Path;
use std::process::Command;

use newsgraph::export::{ExportOptions, Format, quads, triples};
use newsgraph::extract::Extraction;
use newsgraph::graph::{Base, KnowledgeGraph};

use crate::rdf_roundtrip::{parse_quads, parse_triples};
use crate::support::{external_tool, scratch_dir, shared_file};

fn build(seed: &Path, out: &Path) {
    let output = Command::new(env!("CARGO_BIN_EXE_newsgraph"))
        .args(["build", seed.to_str().unwrap(), "-o", out.to_str().unwrap()])
        .output()
        .unwrap();
    assert!(output.status.success(), "{}: {}", out.display(), String::from_utf8_lossy(&output.stderr));
}

#[test]
fn the_seed_gold_builds_in_every_format_and_parses_back() {
    let Some(seed) = shared_file("gold/seed.extraction.json") else { return };
    let extraction: Extraction = serde_json::from_str(&fs::read_to_string(&seed).unwrap()).unwrap();
    let (graph, rejected) = KnowledgeGraph::build(Base::default(), vec![extraction]);
    assert!(rejected.is_empty());
    let options = ExportOptions::default();
    let (expected_triples, expected_quads): (HashSet<_>, HashSet<_>) =
        (triples(&graph, &options).into_iter().collect(), quads(&graph, &options).into_iter().collect());

    let dir = scratch_dir("shared-seed");
    for format in Format::ALL {
        let out = dir.join(format!("seed.{}", format.extension()));
        build(&seed, &out);
        let bytes = fs::read(&out).unwrap();
        match format {
            Format::Turtle | Format::NTriples | Format::RdfXml => {
                assert_eq!(parse_triples(format, &bytes), expected_triples, "{format:?}")
            }
            Format::NQuads | Format::TriG => assert_eq!(parse_quads(format, &bytes), expected_quads, "{format:?}"),
            Format::JsonLd | Format::Dot | Format::NodeLink => {}
        }
    }
    if let Some(dot) = external_tool("dot", &["-V"]) {
        let rendered = Command::new(dot)
            .args(["-Tsvg", "-o"])
            .arg(dir.join("seed.svg"))
            .arg(dir.join("seed.dot"))
            .output()
            .unwrap();
        assert!(rendered.status.success(), "{}", String::from_utf8_lossy(&rendered.stderr));
    }
    if let Some(python) = external_tool("python", &["-c", "import pyld, rdflib"]) {
        let script = crate::support::repo_path("tests/validators/jsonld_matches_nquads.py");
        let checked =
            Command::new(python).arg(script).arg(dir.join("seed.jsonld")).arg(dir.join("seed.nq")).output().unwrap();
        assert!(
            checked.status.success(),
            "{}{}",
            String::from_utf8_lossy(&checked.stdout),
            String::from_utf8_lossy(&checked.stderr)
        );
    }
}
