//! Relations and events through every export: RDF round trips, PROV evidence, JSON-LD read back by
//! pyld, SHACL by pyshacl, DOT rendered by Graphviz; and extraction from raw text into all of them.

use std::collections::HashSet;
use std::path::Path;
use std::process::{Command, Output};

use newsgraph::contract::Extraction;
use newsgraph::export::vocab::{ng, prov, schema};
use newsgraph::export::{ExportOptions, Format, quads, triples};
use newsgraph::extract::extract;
use newsgraph::graph::KnowledgeGraph;
use newsgraph::text::Document;
use oxrdf::vocab::rdf;
use oxrdf::{NamedNode, NamedNodeRef, Term, Triple};
use serde_json::{Value, json};

use crate::rdf_roundtrip::{parse_quads, parse_triples};
use crate::support::{export, external_tool, graph_of, repo_path, scratch_dir};

/// The code-point span of the first `needle` in `text`.
fn span(text: &str, needle: &str) -> Value {
    let start = text[..text.find(needle).unwrap_or_else(|| panic!("{needle:?} not in text"))].chars().count();
    json!({"start": start, "end": start + needle.chars().count(), "text": needle})
}

const FIRST: &str = "date 2024-05-06 Trade talks resume\n\
                     Trade Council chair Olga Berg arrived for talks in Geneva on May 7 with Tunisia. \
                     Geneva, Switzerland, hosts the council.";
const SECOND: &str = "date 2024-05-08 Talks end\nOlga Berg, the chair of the Trade Council, flew home.";
const EVENT: &str = "talks in Geneva on May 7 with Tunisia";

/// The IRI of what was read at the first `needle` of an article: `<kind>/<article>-<start>-<end>`.
fn at(graph: &KnowledgeGraph, kind: &str, article: &str, text: &str, needle: &str) -> NamedNode {
    let span = span(text, needle);
    iri(graph, &format!("{kind}/{article}-{}-{}", span["start"], span["end"]))
}

/// Two articles that both say Olga Berg heads the Trade Council; the first reports talks in Geneva.
fn articles() -> Vec<Extraction> {
    let (first, second) = (FIRST, SECOND);
    let entities = |text: &str, places: bool| {
        let mut entities = vec![
            json!({"id": "berg", "type": "Person", "name": "Olga Berg", "mentions": [span(text, "Olga Berg")]}),
            json!({"id": "council", "type": "Organization", "name": "Trade Council",
                   "mentions": [span(text, "Trade Council")]}),
        ];
        if places {
            for (id, name) in [("geneva", "Geneva"), ("swiss", "Switzerland"), ("tunisia", "Tunisia")] {
                entities.push(json!({"id": id, "type": "Place", "name": name, "mentions": [span(text, name)]}));
            }
        }
        entities
    };
    let chair = |text: &str, evidence: &str| {
        json!({"subject": "berg", "predicate": "worksFor", "object": "council", "role": "chair",
               "evidence": span(text, evidence)})
    };
    let extractions = [
        json!({"id": "a1", "date": "2024-05-06", "text": first, "entities": entities(first, true),
               "relations": [
                   chair(first, "Trade Council chair Olga Berg"),
                   {"subject": "council", "predicate": "locatedIn", "object": "geneva",
                    "evidence": span(first, "Geneva, Switzerland, hosts the council")},
                   {"subject": "geneva", "predicate": "locatedIn", "object": "swiss", "evidence": null}
               ],
               "events": [{"id": "v1", "name": "talks in Geneva", "participants": ["berg", "tunisia"],
                           "place": "geneva", "date": "2024-05-07",
                           "evidence": span(first, EVENT)}]}),
        json!({"id": "a2", "date": "2024-05-08", "text": second, "entities": entities(second, false),
               "relations": [chair(second, "Olga Berg, the chair of the Trade Council")]}),
    ];
    extractions.into_iter().map(|json| serde_json::from_value(json).unwrap()).collect()
}

fn iri(graph: &KnowledgeGraph, local: &str) -> NamedNode {
    NamedNode::new(format!("{}{local}", graph.base().as_str())).unwrap()
}

fn has(triples: &[Triple], subject: &NamedNode, predicate: NamedNodeRef<'_>, object: impl Into<Term>) -> bool {
    triples.contains(&Triple::new(subject.clone(), predicate, object))
}

#[test]
fn every_rdf_format_reads_back_the_relations_and_events() {
    let graph = graph_of(articles());
    let options = ExportOptions::default();
    let expected_triples: HashSet<_> = triples(&graph, &options).into_iter().collect();
    let expected_quads: HashSet<_> = quads(&graph, &options).into_iter().collect();
    let event = schema::EVENT.into_owned();
    assert!(expected_triples.iter().any(|triple| triple.object == event.clone().into()), "no event exported");
    for format in [Format::Turtle, Format::NTriples, Format::RdfXml] {
        assert_eq!(parse_triples(format, &export(&graph, format, &options)), expected_triples, "{format:?}");
    }
    for format in [Format::NQuads, Format::TriG] {
        assert_eq!(parse_quads(format, &export(&graph, format, &options)), expected_quads, "{format:?}");
    }
}

#[test]
fn relations_and_events_are_derived_from_quoted_evidence() {
    let graph = graph_of(articles());
    let triples = triples(&graph, &ExportOptions::default());
    let role = iri(&graph, "role/person-olga-berg.worksFor.organization-trade-council.chair");
    let (article1, article2) = (iri(&graph, "article/a1"), iri(&graph, "article/a2"));
    // Both articles support the relation, each with its own words.
    let first = "Trade Council chair Olga Berg";
    let second = "Olga Berg, the chair of the Trade Council";
    let evidence1 = at(&graph, "evidence", "a1", FIRST, first);
    let evidence2 = at(&graph, "evidence", "a2", SECOND, second);
    for (evidence, article, text) in [(&evidence1, &article1, first), (&evidence2, &article2, second)] {
        assert!(has(&triples, &role, prov::WAS_DERIVED_FROM, evidence.clone()), "{evidence}");
        assert!(has(&triples, evidence, rdf::TYPE, prov::ENTITY.into_owned()));
        assert!(has(&triples, evidence, prov::WAS_QUOTED_FROM, article.clone()));
        assert!(has(&triples, evidence, schema::TEXT, oxrdf::Literal::from(text)));
    }
    assert!(has(&triples, &role, schema::ROLE_NAME, oxrdf::Literal::from("chair")));
    // The relation's property links the person to the council only; the Role hangs off its own property.
    let (berg, council) = (iri(&graph, "person/olga-berg"), iri(&graph, "organization/trade-council"));
    let employers: Vec<&Term> =
        triples.iter().filter(|t| t.predicate == schema::WORKS_FOR.into_owned()).map(|t| &t.object).collect();
    assert_eq!(
        employers,
        [&Term::from(council.clone()), &Term::from(council.clone())],
        "person → council, role → council"
    );
    assert!(has(&triples, &berg, ng::QUALIFIED_RELATION, role.clone()));
    assert!(has(&triples, &role, schema::WORKS_FOR, council));
    // Without evidence, the relation is derived from the article itself.
    let contained = iri(&graph, "role/place-geneva.locatedIn.place-switzerland");
    assert!(has(&triples, &contained, prov::WAS_DERIVED_FROM, article1.clone()));
    assert!(has(&triples, &iri(&graph, "place/geneva"), schema::CONTAINED_IN_PLACE, iri(&graph, "place/switzerland")));

    let event = at(&graph, "event", "a1", FIRST, EVENT);
    assert!(has(&triples, &event, rdf::TYPE, schema::EVENT.into_owned()));
    assert!(has(&triples, &event, prov::WAS_DERIVED_FROM, at(&graph, "evidence", "a1", FIRST, EVENT)));
    assert!(has(&triples, &event, schema::LOCATION, iri(&graph, "place/geneva")));
    assert!(has(&triples, &event, schema::ATTENDEE, iri(&graph, "person/olga-berg")));
    assert!(has(&triples, &event, schema::ATTENDEE, iri(&graph, "place/tunisia")));
    let date = oxrdf::Literal::new_typed_literal("2024-05-07", oxrdf::vocab::xsd::DATE);
    assert!(has(&triples, &event, schema::START_DATE, date));
}

#[test]
fn each_article_graph_names_the_entities_it_mentions() {
    let graph = graph_of(articles());
    let quads = quads(&graph, &ExportOptions::default());
    let berg = iri(&graph, "person/olga-berg");
    let name = Term::from(oxrdf::Literal::from("Olga Berg"));
    let graphs_naming_berg: Vec<String> = quads
        .iter()
        .filter(|quad| quad.subject == berg.clone().into() && quad.predicate == schema::NAME && quad.object == name)
        .map(|quad| quad.graph_name.to_string())
        .collect();
    let (a1, a2) = (iri(&graph, "article/a1"), iri(&graph, "article/a2"));
    assert_eq!(graphs_naming_berg, ["DEFAULT".to_owned(), a1.to_string(), a2.to_string()]);
    let typed_in_a2 = quads.iter().any(|quad| {
        quad.subject == berg.clone().into()
            && quad.predicate == rdf::TYPE
            && quad.object == schema::PERSON.into_owned().into()
            && quad.graph_name == a2.clone().into()
    });
    assert!(typed_in_a2);
}

/// Runs a validator of `tests/validators/` on files of one scratch directory.
fn validate(python: &Path, script: &str, files: &[&Path]) -> Output {
    Command::new(python).arg(repo_path(&format!("tests/validators/{script}"))).args(files).output().unwrap()
}

fn report(output: &Output) -> String {
    format!("{}{}", String::from_utf8_lossy(&output.stdout), String::from_utf8_lossy(&output.stderr))
}

#[test]
fn pyld_reads_the_json_ld_back_as_the_nquads() {
    let Some(python) = external_tool("python", &["-c", "import pyld, rdflib"]) else { return };
    let graph = graph_of(articles());
    let dir = scratch_dir("relations-jsonld");
    let options = ExportOptions::default();
    let (jsonld, nquads) = (dir.join("graph.jsonld"), dir.join("graph.nq"));
    std::fs::write(&jsonld, export(&graph, Format::JsonLd, &options)).unwrap();
    std::fs::write(&nquads, export(&graph, Format::NQuads, &options)).unwrap();
    let output = validate(&python, "jsonld_matches_nquads.py", &[&jsonld, &nquads]);
    assert_eq!(output.status.code(), Some(0), "{}", report(&output));
}

#[test]
fn the_export_conforms_to_the_shapes_and_broken_evidence_does_not() {
    let Some(python) = external_tool("python", &["-c", "import pyshacl"]) else { return };
    let graph = graph_of(articles());
    let dir = scratch_dir("relations-shacl");
    let shapes = repo_path("schemas/shapes.ttl");
    let turtle = export(&graph, Format::Turtle, &ExportOptions { mentions: true, ..Default::default() });
    let evidence = at(&graph, "evidence", "a1", FIRST, "Trade Council chair Olga Berg");
    let breakages = [
        (String::new(), true),
        (format!("{evidence} <{}> {} .", prov::WAS_QUOTED_FROM.as_str(), iri(&graph, "person/olga-berg")), false),
        (format!("{evidence} <{}> \"Olga\" .", schema::TEXT.as_str()), false),
        (format!("{} <{}> {evidence} .", at(&graph, "event", "a1", FIRST, EVENT), schema::LOCATION.as_str()), false),
    ];
    for (index, (extra, conforms)) in breakages.into_iter().enumerate() {
        let data = dir.join(format!("data-{index}.ttl"));
        let mut bytes = turtle.clone();
        bytes.extend_from_slice(format!("\n{extra}\n").as_bytes());
        std::fs::write(&data, bytes).unwrap();
        let output = validate(&python, "shacl_conforms.py", &[&data, &shapes]);
        let expected = if conforms { 0 } else { 1 };
        assert_eq!(output.status.code(), Some(expected), "{extra:?}:\n{}", report(&output));
    }
}

#[test]
fn dot_labels_relation_and_event_edges_and_graphviz_renders_them() {
    let graph = graph_of(articles());
    let dot = String::from_utf8(export(&graph, Format::Dot, &ExportOptions::default())).unwrap();
    for label in
        ["worksFor (chair)", "locatedIn", "attendee", "location", "reported in", "talks in Geneva\\n2024-05-07"]
    {
        assert!(dot.contains(&format!("label=\"{label}\"")), "no {label:?} in:\n{dot}");
    }
    let Some(program) = external_tool("dot", &["-V"]) else { return };
    let dir = scratch_dir("relations-dot");
    std::fs::write(dir.join("graph.dot"), &dot).unwrap();
    let output = Command::new(program).arg("-Tsvg").arg(dir.join("graph.dot")).output().unwrap();
    assert!(output.status.success(), "{}", report(&output));
    assert!(String::from_utf8_lossy(&output.stdout).contains(">attendee</text>"));
}

#[test]
fn extraction_from_text_finds_relations_and_events_that_build_and_export() {
    let text = "date 2023-03-14 Port talks open\nRussian Foreign Minister Sergei Lavrov met Kenyan President \
                William Ruto for talks in Moscow on March 15. Russia and Kenya signed two accords.";
    let document = Document::from_article("port".into(), None, text.into(), true).unwrap();
    let extraction = extract(document);
    extraction.validate().unwrap();
    assert!(!extraction.relations.is_empty() && !extraction.events.is_empty(), "{extraction:#?}");
    let graph = graph_of(vec![extraction]);
    let turtle = export(&graph, Format::Turtle, &ExportOptions::default());
    let parsed = parse_triples(Format::Turtle, &turtle);
    assert!(parsed.iter().any(|triple| triple.predicate == schema::START_DATE.into_owned()));
    assert!(parsed.iter().any(|triple| triple.predicate == schema::WORKS_FOR.into_owned()));
}
