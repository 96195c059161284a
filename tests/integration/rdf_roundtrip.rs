//! Every RDF serialization parses back, with oxttl and oxrdfxml, into exactly the model's triples or quads.

use std::collections::HashSet;

use newsgraph::export::{ExportOptions, Format, quads, triples};
use newsgraph::graph::KnowledgeGraph;
use oxrdf::{Quad, Triple};
use oxrdfxml::RdfXmlParser;
use oxttl::{NQuadsParser, NTriplesParser, TriGParser, TurtleParser};

use crate::support::{example_extractions, export, extracted_examples, graph_of, read_extraction};

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
