//! The seed article's gold extraction (`../shared/gold/seed.extraction.json`) through the binary, in
//! every format, each checked by a real parser; and the seed's gold statements against newsgraph's own.

use std::collections::HashSet;
use std::fs;
use std::path::Path;
use std::process::Command;

use newsgraph::contract::Extraction;
use newsgraph::export::{ExportOptions, Format, quads, triples};
use newsgraph::extract::extract;
use newsgraph::graph::{Base, KnowledgeGraph};
use newsgraph::text::Document;

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
        if format.is_directory() {
            continue;
        }
        let bytes = fs::read(&out).unwrap();
        match format {
            Format::Turtle | Format::NTriples | Format::RdfXml => {
                assert_eq!(parse_triples(format, &bytes), expected_triples, "{format:?}")
            }
            Format::NQuads | Format::TriG => assert_eq!(parse_quads(format, &bytes), expected_quads, "{format:?}"),
            Format::JsonLd | Format::Dot | Format::NodeLink | Format::GraphMl | Format::Neo4j => {}
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

/// The seed article through newsgraph's own extraction: every gold statement
/// (`../shared/gold/statements/000.json`) is found, content overlapping by half as the scorer counts it,
/// with the gold speaker.
#[test]
fn the_seed_statements_are_found_with_their_speakers() {
    let (Some(article), Some(gold)) =
        (shared_file("corpus/seed/000_f79b40b730d8e77e.txt"), shared_file("gold/statements/000.json"))
    else {
        return;
    };
    let text = fs::read_to_string(article).unwrap();
    let extraction = extract(Document::from_article("000".into(), None, text, false).unwrap());
    let gold: serde_json::Value = serde_json::from_str(&fs::read_to_string(gold).unwrap()).unwrap();
    let gold = gold["statements"].as_array().unwrap();
    assert_eq!(gold.len(), 12);
    let mut wrong_speakers = Vec::new();
    for expected in gold {
        let (start, end) =
            (expected["content"]["start"].as_u64().unwrap(), expected["content"]["end"].as_u64().unwrap());
        let found = extraction.statements.iter().find(|statement| {
            let (found_start, found_end) = (statement.content.start as u64, statement.content.end as u64);
            let overlap = end.min(found_end).saturating_sub(start.max(found_start));
            2 * overlap >= (end - start).min(found_end - found_start)
        });
        let found = found.unwrap_or_else(|| panic!("missed: {}", expected["content"]["text"]));
        let speaker = expected["speaker"].as_str().unwrap();
        let names = found
            .speaker
            .as_ref()
            .and_then(|id| extraction.entities.iter().find(|entity| entity.id == *id))
            .map(|entity| {
                entity.mentions.iter().map(|mention| mention.text.clone()).chain([entity.name.clone()]).collect()
            })
            .unwrap_or_else(Vec::<String>::new);
        // As the scorer: the gold name inside a name (or one inside it), word for word, or the same surname.
        let padded = |name: &str| format!(" {name} ");
        let surname = speaker.rsplit(' ').next().unwrap();
        let same = |name: &String| {
            padded(name).contains(&padded(speaker))
                || padded(speaker).contains(&padded(name))
                || name.rsplit(' ').next() == Some(surname)
        };
        if !names.iter().any(same) {
            wrong_speakers.push((speaker, names, found.content.text.clone()));
        }
    }
    assert!(wrong_speakers.is_empty(), "{wrong_speakers:#?}");
}
