//! Every RDF serialization parses back, with oxttl and oxrdfxml, into exactly the model's triples or quads.

use std::collections::HashSet;

use newsgraph::export::{ExportOptions, Format, quads, triples};
use newsgraph::graph::KnowledgeGraph;
use oxrdf::{Quad, Triple};
use oxrdfxml::RdfXmlParser;
use oxttl::{NQuadsParser, NTriplesParser, TriGParser, TurtleParser};

use crate::support::{
    example_extractions, export, external_tool, extracted_examples, graph_of, read_extraction, scratch_dir,
};

fn graphs() -> Vec<(&'static str, KnowledgeGraph)> {
    vec![
        ("examples", graph_of(example_extractions())),
        ("extracted examples", graph_of(extracted_examples())),
        ("hostile", graph_of(vec![read_extraction("tests/fixtures/hostile.json")])),
    ]
}

fn option_sets() -> [ExportOptions; 2] {
    [ExportOptions::default(), ExportOptions { mentions: true, ..Default::default() }]
}

pub fn parse_triples(format: Format, bytes: &[u8]) -> HashSet<Triple> {
    let parsed: Result<Vec<Triple>, String> = match format {
        Format::Turtle => TurtleParser::new().for_slice(bytes).map(|t| t.map_err(|e| e.to_string())).collect(),
        Format::NTriples => NTriplesParser::new().for_slice(bytes).map(|t| t.map_err(|e| e.to_string())).collect(),
        Format::RdfXml => RdfXmlParser::new().for_slice(bytes).map(|t| t.map_err(|e| e.to_string())).collect(),
        other => unreachable!("{other:?} is not a triple format"),
    };
    parsed.unwrap_or_else(|error| panic!("{format:?} does not parse back: {error}")).into_iter().collect()
}

pub fn parse_quads(format: Format, bytes: &[u8]) -> HashSet<Quad> {
    let parsed: Result<Vec<Quad>, String> = match format {
        Format::NQuads => NQuadsParser::new().for_slice(bytes).map(|q| q.map_err(|e| e.to_string())).collect(),
        Format::TriG => TriGParser::new().for_slice(bytes).map(|q| q.map_err(|e| e.to_string())).collect(),
        other => unreachable!("{other:?} is not a quad format"),
    };
    parsed.unwrap_or_else(|error| panic!("{format:?} does not parse back: {error}")).into_iter().collect()
}

#[test]
fn triple_formats_parse_back_to_the_model_triples() {
    for (name, graph) in graphs() {
        for options in option_sets() {
            let expected: HashSet<Triple> = triples(&graph, &options).into_iter().collect();
            assert!(expected.len() > 10, "{name}: the model is suspiciously small");
            for format in [Format::Turtle, Format::NTriples, Format::RdfXml] {
                let parsed = parse_triples(format, &export(&graph, format, &options));
                assert_eq!(parsed, expected, "{name}, {format:?}, mentions: {}", options.mentions);
            }
        }
    }
}

#[test]
fn quad_formats_parse_back_to_the_model_quads() {
    for (name, graph) in graphs() {
        for options in option_sets() {
            let expected: HashSet<Quad> = quads(&graph, &options).into_iter().collect();
            for format in [Format::NQuads, Format::TriG] {
                let parsed = parse_quads(format, &export(&graph, format, &options));
                assert_eq!(parsed, expected, "{name}, {format:?}, mentions: {}", options.mentions);
            }
        }
    }
}

#[test]
fn each_article_graph_holds_what_the_article_asserts() {
    let graph = graph_of(example_extractions());
    let quads = quads(&graph, &ExportOptions::default());
    let named: HashSet<String> = quads
        .iter()
        .filter_map(|q| match &q.graph_name {
            oxrdf::GraphName::NamedNode(node) => Some(node.as_str().to_owned()),
            _ => None,
        })
        .collect();
    assert_eq!(named.len(), example_extractions().len(), "one named graph per article");
    let statement_types_in_default_graph =
        quads.iter().filter(|q| q.graph_name.is_default_graph() && q.object.to_string().ends_with("Quotation>"));
    assert_eq!(statement_types_in_default_graph.count(), 0, "statements belong to their article's graph");
}

#[test]
fn turtle_uses_one_prefix_per_node_kind() {
    let graph = graph_of(example_extractions());
    let turtle = String::from_utf8(export(&graph, Format::Turtle, &ExportOptions::default())).unwrap();
    assert!(turtle.contains("@prefix person: <http://example.org/newsgraph/person/>"), "{turtle}");
    assert!(turtle.contains("\nperson:"), "subjects are written with their node-kind prefix");
    assert!(!turtle.contains("\\/"), "no escaped slashes in local names");
}

/// An article whose text holds what XML would change as it reads: carriage returns (alone and before
/// line feeds), tabs, spaces at the ends of lines, NEL, LINE SEPARATOR and DEL.
fn graph_with_whitespace(extra: &str) -> KnowledgeGraph {
    let text = format!(
        "date 2024-03-05 Bridge opens\r\n\r\nThe bridge at Orvik opened on Tuesday,\tmayor Lena Dahl said. \r\rIt cost\u{85}a lot\u{2028}and took\u{7f} years.{extra}\r\n"
    );
    let document = newsgraph::text::Document::from_article("whitespace".into(), None, text, true).unwrap();
    graph_of(vec![newsgraph::extract::extract(document)])
}

#[test]
fn rdf_xml_keeps_carriage_returns_tabs_and_line_separators() {
    let graph = graph_with_whitespace("");
    let options = ExportOptions { mentions: true, ..Default::default() };
    let ntriples = export(&graph, Format::NTriples, &options);
    let rdfxml = export(&graph, Format::RdfXml, &options);
    let expected = parse_triples(Format::NTriples, &ntriples);
    assert!(expected.iter().any(|triple| triple.object.to_string().contains("\\r\\n\\r\\nThe bridge")));
    assert_eq!(parse_triples(Format::RdfXml, &rdfxml), expected);
    let Some(python) = external_tool("python", &["-c", "import rdflib"]) else { return };
    let dir = scratch_dir("rdfxml-whitespace");
    let (rdf_path, nt_path) = (dir.join("graph.rdf"), dir.join("graph.nt"));
    std::fs::write(&rdf_path, &rdfxml).unwrap();
    std::fs::write(&nt_path, &ntriples).unwrap();
    let output = std::process::Command::new(python)
        .args(["-c", RDFLIB_SAME_GRAPH])
        .args([&rdf_path, &nt_path])
        .output()
        .unwrap();
    assert!(
        output.status.success(),
        "rdflib: {}{}",
        String::from_utf8_lossy(&output.stdout),
        String::from_utf8_lossy(&output.stderr)
    );
}

/// rdflib reads the RDF/XML and the N-Triples, which must be the same graph.
const RDFLIB_SAME_GRAPH: &str = r#"
import sys, rdflib
from rdflib.compare import to_isomorphic, graph_diff
rdflib.NORMALIZE_LITERALS = False
xml = rdflib.Graph().parse(sys.argv[1], format="xml")
nt = rdflib.Graph().parse(sys.argv[2], format="nt")
if to_isomorphic(xml) != to_isomorphic(nt):
    _, only_xml, only_nt = graph_diff(to_isomorphic(xml), to_isomorphic(nt))
    print("only in RDF/XML:", sorted(only_xml)[:3], "only in N-Triples:", sorted(only_nt)[:3])
    sys.exit(1)
"#;

#[test]
fn rdf_xml_refuses_a_control_character_that_xml_cannot_carry() {
    let graph = graph_with_whitespace(" Bell\u{7}.");
    let options = ExportOptions { mentions: true, ..Default::default() };
    let error = newsgraph::export::write(&graph, Format::RdfXml, &options, Vec::new()).unwrap_err();
    assert!(error.to_string().contains("cannot carry the character U+0007"), "{error}");
    let ntriples = export(&graph, Format::NTriples, &options);
    assert!(String::from_utf8(ntriples).unwrap().contains("Bell\\u0007."), "other formats carry it");
}
