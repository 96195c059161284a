//! The published contracts in `schemas/`: the JSON Schema of `newsgraph extract` output, the `ng:`
//! vocabulary and the SHACL shapes of the exported graph, each checked against what the code writes.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::atomic::{AtomicUsize, Ordering};

use newsgraph::contract::Extraction;
use newsgraph::export::vocab::ng;
use newsgraph::export::{self, ExportOptions, Format};
use newsgraph::graph::KnowledgeGraph;
use oxrdf::vocab::{rdf, rdfs};
use oxrdf::{Graph, NamedNode, NamedNodeRef, NamedOrBlankNodeRef, TermRef, Triple};
use oxttl::TurtleParser;
use serde_json::{Value, json};

use crate::support;

const NG_TERMS: [NamedNodeRef<'static>; 5] =
    [ng::CUE, ng::KIND, ng::QUALIFIED_RELATION, ng::SOURCE_FILE, ng::SOURCE_TEXT];
const OWL: &str = "http://www.w3.org/2002/07/owl#";
const SCHEMA: &str = "http://schema.org/";

// --- Fixtures ---------------------------------------------------------------------------------------

/// The span of the `occurrence`-th (0-based) `needle` in `text`, in code points.
fn span(text: &str, needle: &str, occurrence: usize) -> Value {
    let (byte, _) = text.match_indices(needle).nth(occurrence).unwrap_or_else(|| panic!("{needle:?} not in text"));
    let start = text[..byte].chars().count();
    json!({"start": start, "end": start + needle.chars().count(), "text": needle})
}

/// An extraction with every optional field used at least once: links of three datasets, aliases,
/// roles, statements of every kind with and without source, cue, addressee, date and speaker, and relations of
/// every predicate with and without role and evidence, `locatedIn` from a place and from an organisation.
fn rich_extraction() -> Value {
    let text = "date 2022-01-09 Talks in Geneva\n\
        US Secretary of State Anthony Blinken told reporters: “We will support Ukraine.” \
        According to Blinken, NATO will be strengthened. \
        Deputy Foreign Minister Sergei Ryabkov of Russia noted that Geneva lies in Switzerland. \
        The Ministry of Foreign Affairs of Russia, officials say, “expects answers” soon. \
        Рябков сказал: «Нет».";
    let s = |needle: &str, occurrence: usize| span(text, needle, occurrence);
    json!({
        "id": "rich 1", "source": "rich-1.txt", "date": "2022-01-09", "text": text,
        "entities": [
            {"id": "e1", "type": "Person", "name": "Anthony Blinken", "aliases": ["Blinken"],
             "mentions": [s("Anthony Blinken", 0), s("Blinken", 1)], "roles": ["Secretary of State"],
             "links": {"wikidata": "Q7285283"}},
            {"id": "e2", "type": "Place", "name": "US", "aliases": [], "mentions": [s("US", 0)],
             "links": {"wikidata": "Q30", "geonames": "6252001"}},
            {"id": "e3", "type": "Organization", "name": "NATO", "aliases": [], "mentions": [s("NATO", 0)],
             "links": {"wikidata": "Q7184", "viaf": "http://viaf.org/viaf/138759576"}},
            {"id": "e4", "type": "Person", "name": "Sergei Ryabkov", "aliases": ["Рябков"],
             "mentions": [s("Sergei Ryabkov", 0), s("Рябков", 0)], "roles": ["Deputy Foreign Minister"]},
            {"id": "e5", "type": "Place", "name": "Russia", "aliases": [],
             "mentions": [s("Russia", 0), s("Russia", 1)]},
            {"id": "e6", "type": "Place", "name": "Geneva", "aliases": [],
             "mentions": [s("Geneva", 0), s("Geneva", 1)]},
            {"id": "e7", "type": "Place", "name": "Switzerland", "aliases": [], "mentions": [s("Switzerland", 0)]},
            {"id": "e8", "type": "Organization", "name": "Ministry of Foreign Affairs of Russia", "aliases": [],
             "mentions": [s("Ministry of Foreign Affairs of Russia", 0)]},
            {"id": "e9", "type": "Place", "name": "Ukraine", "aliases": [], "mentions": [s("Ukraine", 0)]}
        ],
        "statements": [
            {"id": "s1", "kind": "direct", "speaker": "e1", "source": s("Anthony Blinken", 0), "cue": s("told", 0),
             "addressee": s("reporters", 0),
             "content": s("We will support Ukraine.", 0), "about": ["e9"], "date": "2022-01-09"},
            {"id": "s2", "kind": "indirect", "speaker": "e1", "source": s("Blinken", 1), "cue": s("According to", 0),
             "content": s("NATO will be strengthened", 0), "about": ["e3"], "date": null},
            {"id": "s3", "kind": "mixed", "speaker": null, "source": s("officials", 0), "cue": s("say", 0),
             "content": s("The Ministry of Foreign Affairs of Russia, officials say, “expects answers” soon", 0),
             "about": ["e8", "e5"], "date": null},
            {"id": "s4", "kind": "direct", "speaker": "e4", "source": null, "cue": null,
             "content": s("Нет", 0), "about": [], "date": null}
        ],
        "relations": [
            {"subject": "e1", "predicate": "worksFor", "object": "e2", "role": "Secretary of State",
             "evidence": s("US Secretary of State Anthony Blinken", 0)},
            {"subject": "e4", "predicate": "worksFor", "object": "e5", "role": "Deputy Foreign Minister",
             "evidence": null},
            {"subject": "e2", "predicate": "memberOf", "object": "e3", "evidence": null},
            {"subject": "e6", "predicate": "locatedIn", "object": "e7", "role": "host city",
             "evidence": s("Geneva lies in Switzerland", 0)},
            {"subject": "e8", "predicate": "locatedIn", "object": "e5", "evidence": null}
        ]
    })
}

/// An extraction with no optional field: no source or date, empty lists, nulls wherever allowed.
fn minimal_extraction() -> Value {
    let text = "Blinken said NATO is strong.";
    json!({
        "id": "minimal", "source": null, "date": null, "text": text,
        "entities": [
            {"id": "p", "type": "Person", "name": "Blinken", "aliases": [], "mentions": [span(text, "Blinken", 0)]},
            {"id": "o", "type": "Organization", "name": "NATO", "aliases": [], "mentions": []}
        ],
        "statements": [
            {"id": "s", "kind": "indirect", "speaker": "p", "source": null, "cue": null,
             "content": span(text, "NATO is strong", 0), "about": [], "date": null}
        ],
        "relations": [{"subject": "p", "predicate": "memberOf", "object": "o", "evidence": null}]
    })
}

fn extraction(json: Value) -> Extraction {
    serde_json::from_value(json).unwrap()
}

/// What `newsgraph extract` writes for an extraction: its serde_json serialization.
fn serialized(json: Value) -> Value {
    serde_json::to_value(extraction(json)).unwrap()
}

fn rich_graph() -> KnowledgeGraph {
    support::graph_of(vec![extraction(rich_extraction()), extraction(minimal_extraction())])
}

fn with_mentions() -> ExportOptions {
    ExportOptions { mentions: true, ..Default::default() }
}

// --- JSON Schema ------------------------------------------------------------------------------------

fn schema() -> Value {
    let path = support::repo_path("schemas/extraction.schema.json");
    let text = std::fs::read_to_string(&path).unwrap_or_else(|error| panic!("{}: {error}", path.display()));
    serde_json::from_str(&text).unwrap()
}

fn validator() -> jsonschema::Validator {
    jsonschema::draft202012::new(&schema()).unwrap_or_else(|error| panic!("the schema does not compile: {error}"))
}

/// Every error the schema finds in `instance`, one line each.
fn schema_errors(validator: &jsonschema::Validator, instance: &Value) -> Vec<String> {
    validator.iter_errors(instance).map(|error| format!("{}: {error}", error.instance_path())).collect()
}

#[test]
fn the_schema_is_a_documented_draft_2020_12_schema() {
    let schema = schema();
    assert_eq!(schema["$schema"], "https://json-schema.org/draft/2020-12/schema");
    assert!(schema["$id"].as_str().is_some_and(|id| id.starts_with("https://")), "no absolute $id");
    if let Err(error) = jsonschema::draft202012::meta::validate(&schema) {
        panic!("not a valid 2020-12 schema: {error}");
    }
    for name in ["span", "date", "entityId"] {
        assert!(schema["$defs"].get(name).is_some(), "$defs/{name} is missing");
    }
    // Every property, at any depth, says what it is.
    fn walk(value: &Value, path: &str, undocumented: &mut Vec<String>) {
        let Some(object) = value.as_object() else { return };
        if let Some(Value::Object(properties)) = object.get("properties") {
            for (name, property) in properties {
                if property.get("title").is_none() || property.get("description").is_none() {
                    undocumented.push(format!("{path}/properties/{name}"));
                }
            }
        }
        for (key, child) in object {
            walk(child, &format!("{path}/{key}"), undocumented);
        }
    }
    let mut undocumented = Vec::new();
    walk(&schema, "#", &mut undocumented);
    assert!(undocumented.is_empty(), "properties without title or description: {undocumented:?}");
}

#[test]
fn serialized_extractions_match_the_schema() {
    let validator = validator();
    for (name, json) in [("rich", rich_extraction()), ("minimal", minimal_extraction())] {
        extraction(json.clone()).validate().unwrap_or_else(|error| panic!("{name} fixture: {error}"));
        let instance = serialized(json);
        let errors = schema_errors(&validator, &instance);
        assert!(errors.is_empty(), "{name}: {errors:#?}");
    }
}

#[test]
fn what_extract_writes_for_the_example_articles_matches_the_schema() {
    let validator = validator();
    let mut articles: Vec<PathBuf> =
        std::fs::read_dir(support::repo_path("examples")).unwrap().map(|entry| entry.unwrap().path()).collect();
    articles.retain(|path| path.extension().is_some_and(|extension| extension == "txt"));
    assert!(articles.len() >= 4);
    for article in articles {
        let text = std::fs::read_to_string(&article).unwrap();
        let document = newsgraph::text::Document::from_article("a".into(), None, text, true).unwrap();
        let instance = serde_json::to_value(newsgraph::extract::extract(document)).unwrap();
        let errors = schema_errors(&validator, &instance);
        assert!(errors.is_empty(), "{}: {errors:#?}", article.display());
    }
}

#[test]
fn optional_fields_are_left_out_when_empty_and_the_schema_allows_both() {
    let minimal = serialized(minimal_extraction());
    let person = minimal["entities"][0].as_object().unwrap();
    assert!(!person.contains_key("roles") && !person.contains_key("links"), "{person:?}");
    assert!(!minimal["relations"][0].as_object().unwrap().contains_key("role"));
    assert!(!minimal["statements"][0].as_object().unwrap().contains_key("addressee"));
    // Keys that are always written, even when null or empty.
    assert_eq!(minimal["source"], Value::Null);
    assert_eq!(minimal["statements"][0]["cue"], Value::Null);
    assert_eq!(minimal["entities"][0]["aliases"], json!([]));

    let rich = serialized(rich_extraction());
    assert!(rich["entities"][0]["roles"].is_array() && rich["entities"][0]["links"].is_object());
    assert!(rich["relations"][0]["role"].is_string());
    assert_eq!(rich["statements"][0]["addressee"]["text"], "reporters");

    let validator = validator();
    assert!(validator.is_valid(&minimal) && validator.is_valid(&rich));
    // Further optional keys are welcome where the contract says so.
    let mut extended = rich.clone();
    extended["model"] = json!("rules-0.1");
    extended["entities"][0]["confidence"] = json!(0.9);
    extended["statements"][0]["confidence"] = json!(0.8);
    extended["relations"][0]["confidence"] = json!(0.7);
    extended["entities"][2]["links"]["gnd"] = json!("https://d-nb.info/gnd/2000474-1");
    let errors = schema_errors(&validator, &extended);
    assert!(errors.is_empty(), "{errors:#?}");
    // And they are ignored on input (all but the link, which the model keeps).
    remove(&mut extended["entities"][2]["links"], "gnd");
    assert_eq!(serde_json::from_value::<Extraction>(extended).unwrap(), extraction(rich_extraction()));
}

/// A change to a valid serialized extraction that makes it break the contract.
struct Breakage {
    name: &'static str,
    /// Whether `Extraction` cannot read the result either (otherwise only the schema catches it).
    unreadable: bool,
    apply: fn(&mut Value),
}

fn remove(value: &mut Value, key: &str) {
    value.as_object_mut().unwrap().remove(key).unwrap_or_else(|| panic!("no {key} to remove"));
}

const BREAKAGES: &[Breakage] = &[
    Breakage { name: "unknown entity type", unreadable: true, apply: |v| v["entities"][0]["type"] = json!("Country") },
    Breakage { name: "entity type not a string", unreadable: true, apply: |v| v["entities"][0]["type"] = json!(1) },
    Breakage { name: "id not a string", unreadable: true, apply: |v| v["id"] = json!(7) },
    Breakage { name: "blank entity id", unreadable: false, apply: |v| v["entities"][0]["id"] = json!(" ") },
    Breakage { name: "text null", unreadable: true, apply: |v| v["text"] = Value::Null },
    Breakage { name: "date without zero padding", unreadable: true, apply: |v| v["date"] = json!("2022-1-09") },
    Breakage { name: "date in month 13", unreadable: true, apply: |v| v["date"] = json!("2022-13-01") },
    Breakage { name: "date with time", unreadable: true, apply: |v| v["date"] = json!("2022-01-09T10:00:00Z") },
    Breakage {
        name: "statement date in another form",
        unreadable: true,
        apply: |v| v["statements"][0]["date"] = json!("09.01.2022"),
    },
    Breakage {
        name: "unknown predicate",
        unreadable: true,
        apply: |v| v["relations"][0]["predicate"] = json!("bornIn"),
    },
    Breakage {
        name: "predicate in the wrong case",
        unreadable: true,
        apply: |v| v["relations"][0]["predicate"] = json!("WorksFor"),
    },
    Breakage { name: "unknown kind", unreadable: true, apply: |v| v["statements"][0]["kind"] = json!("quote") },
    Breakage {
        name: "negative offset",
        unreadable: true,
        apply: |v| v["entities"][0]["mentions"][0]["start"] = json!(-1),
    },
    Breakage {
        name: "fractional offset",
        unreadable: true,
        apply: |v| v["statements"][0]["content"]["end"] = json!(2.5),
    },
    Breakage {
        name: "offset as a string",
        unreadable: true,
        apply: |v| v["statements"][0]["cue"]["start"] = json!("5"),
    },
    Breakage {
        name: "span without text",
        unreadable: true,
        apply: |v| remove(&mut v["statements"][0]["content"], "text"),
    },
    Breakage {
        name: "span with an unknown key",
        unreadable: false,
        apply: |v| v["statements"][0]["content"]["length"] = json!(3),
    },
    Breakage { name: "speaker not an id", unreadable: true, apply: |v| v["statements"][0]["speaker"] = json!(["e1"]) },
    Breakage { name: "about not a list", unreadable: true, apply: |v| v["statements"][0]["about"] = json!("e9") },
    Breakage {
        name: "Wikidata id without Q",
        unreadable: false,
        apply: |v| v["entities"][1]["links"]["wikidata"] = json!("30"),
    },
    Breakage {
        name: "Wikidata id Q0",
        unreadable: false,
        apply: |v| v["entities"][1]["links"]["wikidata"] = json!("Q0"),
    },
    Breakage {
        name: "Wikidata IRI instead of id",
        unreadable: false,
        apply: |v| v["entities"][1]["links"]["wikidata"] = json!("http://www.wikidata.org/entity/Q30"),
    },
    Breakage {
        name: "GeoNames id not digits",
        unreadable: false,
        apply: |v| v["entities"][1]["links"]["geonames"] = json!("US"),
    },
    Breakage {
        name: "link not a string",
        unreadable: true,
        apply: |v| v["entities"][2]["links"]["viaf"] = json!(138759576),
    },
    Breakage { name: "blank role", unreadable: false, apply: |v| v["relations"][0]["role"] = json!("") },
    Breakage { name: "missing text", unreadable: true, apply: |v| remove(v, "text") },
    Breakage { name: "missing id", unreadable: true, apply: |v| remove(v, "id") },
    Breakage { name: "missing source", unreadable: false, apply: |v| remove(v, "source") },
    Breakage { name: "missing relations", unreadable: false, apply: |v| remove(v, "relations") },
    Breakage {
        name: "missing entity mentions",
        unreadable: true,
        apply: |v| remove(&mut v["entities"][0], "mentions"),
    },
    Breakage { name: "missing entity aliases", unreadable: false, apply: |v| remove(&mut v["entities"][0], "aliases") },
    Breakage {
        name: "missing statement speaker",
        unreadable: false,
        apply: |v| remove(&mut v["statements"][0], "speaker"),
    },
    Breakage {
        name: "missing statement content",
        unreadable: true,
        apply: |v| remove(&mut v["statements"][0], "content"),
    },
    Breakage {
        name: "missing relation evidence",
        unreadable: false,
        apply: |v| remove(&mut v["relations"][0], "evidence"),
    },
    Breakage { name: "missing relation object", unreadable: true, apply: |v| remove(&mut v["relations"][0], "object") },
];

#[test]
fn broken_extractions_fail_the_schema() {
    let validator = validator();
    let valid = serialized(rich_extraction());
    assert!(validator.is_valid(&valid));
    let mut accepted = Vec::new();
    let mut disagreements = Vec::new();
    for breakage in BREAKAGES {
        let mut broken = valid.clone();
        (breakage.apply)(&mut broken);
        if validator.is_valid(&broken) {
            accepted.push(breakage.name);
        }
        // The schema is at least as strict as the reader, and `unreadable` says which is which.
        let unreadable = serde_json::from_value::<Extraction>(broken).is_err();
        if unreadable != breakage.unreadable {
            disagreements.push(format!("{}: Extraction reads it: {}", breakage.name, !unreadable));
        }
    }
    assert!(accepted.is_empty(), "the schema accepts: {accepted:?}");
    assert!(disagreements.is_empty(), "{disagreements:#?}");
}

#[test]
fn what_the_schema_cannot_check_validate_does() {
    let validator = validator();
    let mut misread = rich_extraction();
    misread["entities"][0]["mentions"][0]["text"] = json!("Antony Blinken");
    let mut dangling = rich_extraction();
    dangling["relations"][0]["object"] = json!("e99");
    let mut backwards = rich_extraction();
    backwards["statements"][0]["content"] = json!({"start": 9, "end": 5, "text": ""});
    for (name, json) in [("misread span", misread), ("dangling id", dangling), ("backwards span", backwards)] {
        let instance = serialized(json.clone());
        assert!(validator.is_valid(&instance), "{name}: the schema was expected to accept it");
        assert!(extraction(json).validate().is_err(), "{name}: validate accepted it");
    }
}

#[test]
fn the_shared_gold_seed_matches_the_schema() {
    let path = support::repo_path("../shared/gold/seed.extraction.json");
    if !path.exists() {
        eprintln!("skipped: {} is absent", path.display());
        return;
    }
    let text = std::fs::read_to_string(&path).unwrap();
    let validator = validator();
    let seed: Value = serde_json::from_str(&text).unwrap_or_else(|error| panic!("{}: {error}", path.display()));
    let errors = schema_errors(&validator, &seed);
    assert!(errors.is_empty(), "{}: {errors:#?}", path.display());
    // And as newsgraph writes it back after reading it.
    let read: Extraction = serde_json::from_value(seed).unwrap();
    read.validate().unwrap_or_else(|error| panic!("{}: {error}", path.display()));
    let errors = schema_errors(&validator, &serde_json::to_value(&read).unwrap());
    assert!(errors.is_empty(), "{} re-serialized: {errors:#?}", path.display());
}

// --- Turtle: vocabulary and shapes ------------------------------------------------------------------

fn parse_turtle(name: &str, bytes: &[u8]) -> Graph {
    let mut graph = Graph::new();
    for triple in TurtleParser::new().for_slice(bytes) {
        let triple = triple.unwrap_or_else(|error| panic!("{name}: {error}"));
        graph.insert(&triple);
    }
    assert!(!graph.is_empty(), "{name} holds no triple");
    graph
}

fn schema_file(name: &str) -> Graph {
    let path = support::repo_path(&format!("schemas/{name}"));
    let bytes = std::fs::read(&path).unwrap_or_else(|error| panic!("{}: {error}", path.display()));
    parse_turtle(name, &bytes)
}

fn named(iri: &str) -> NamedNode {
    NamedNode::new(iri).unwrap()
}

#[test]
fn the_vocabulary_and_the_shapes_parse_as_turtle() {
    let vocabulary = schema_file("newsgraph.ttl");
    let ontology = named("https://w3id.org/newsgraph/ns");
    assert!(vocabulary.contains(oxrdf::TripleRef::new(&ontology, rdf::TYPE, &named(&format!("{OWL}Ontology")))));
    let shapes = schema_file("shapes.ttl");
    let node_shape = named("http://www.w3.org/ns/shacl#NodeShape");
    let targets = named("http://www.w3.org/ns/shacl#targetClass");
    let targeted: BTreeSet<String> = shapes
        .subjects_for_predicate_object(rdf::TYPE, &node_shape)
        .flat_map(|shape| shapes.objects_for_subject_predicate(shape, &targets))
        .map(|class| class.to_string())
        .collect();
    for class in ["NewsArticle", "Person", "Organization", "Place", "Quotation", "Role", "OrganizationRole"] {
        assert!(targeted.contains(&format!("<{SCHEMA}{class}>")), "no shape targets schema:{class}: {targeted:?}");
    }
    assert!(targeted.contains("<http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#Phrase>"));
}

/// The Turtle export of the feature-rich graph, parsed back.
fn exported_triples(options: &ExportOptions) -> (Vec<u8>, Graph) {
    let turtle = support::export(&rich_graph(), Format::Turtle, options);
    let graph = parse_turtle("the Turtle export", &turtle);
    (turtle, graph)
}

#[test]
fn every_ng_term_of_the_export_is_defined_in_the_vocabulary() {
    let vocabulary = schema_file("newsgraph.ttl");
    let (_, exported) = exported_triples(&with_mentions());
    let in_ng = |iri: &str| iri.starts_with(ng::NS);
    let mut used = BTreeSet::new();
    for triple in exported.iter() {
        if let NamedOrBlankNodeRef::NamedNode(node) = triple.subject {
            used.insert(node.as_str().to_owned());
        }
        used.insert(triple.predicate.as_str().to_owned());
        if let TermRef::NamedNode(node) = triple.object {
            used.insert(node.as_str().to_owned());
        }
    }
    used.retain(|iri| in_ng(iri));
    let declared: BTreeSet<String> = NG_TERMS.iter().map(|term| term.as_str().to_owned()).collect();
    assert_eq!(used, declared, "the fixture should use every ng: term of vocab.rs, and only those");

    let defined: BTreeSet<String> = vocabulary
        .iter()
        .filter_map(|triple| match triple.subject {
            NamedOrBlankNodeRef::NamedNode(node) if in_ng(node.as_str()) => Some(node.as_str().to_owned()),
            _ => None,
        })
        .collect();
    assert_eq!(defined, declared, "newsgraph.ttl should define exactly the ng: terms of vocab.rs");

    let property_types = [format!("{OWL}ObjectProperty"), format!("{OWL}DatatypeProperty")];
    let is_defined_by = named("https://w3id.org/newsgraph/ns");
    for term in NG_TERMS {
        let has = |predicate| vocabulary.object_for_subject_predicate(term, predicate).is_some();
        assert!(has(rdfs::LABEL) && has(rdfs::COMMENT), "{term} has no label or comment");
        assert!(has(rdfs::DOMAIN) && has(rdfs::RANGE), "{term} has no domain or range");
        let types: Vec<_> = vocabulary.objects_for_subject_predicate(term, rdf::TYPE).collect();
        assert!(
            types.iter().any(|t| property_types.iter().any(|p| matches!(t, TermRef::NamedNode(n) if n.as_str() == p))),
            "{term} is not declared an OWL property: {types:?}"
        );
        assert_eq!(
            vocabulary.object_for_subject_predicate(term, rdfs::IS_DEFINED_BY),
            Some(is_defined_by.as_ref().into())
        );
        // The domain is a class of every subject that the export gives the property.
        if let Some(TermRef::NamedNode(domain)) = vocabulary.object_for_subject_predicate(term, rdfs::DOMAIN) {
            for triple in exported.triples_for_predicate(term) {
                let typed = exported.contains(oxrdf::TripleRef::new(triple.subject, rdf::TYPE, domain));
                assert!(typed, "{} uses {term} but is not a {domain}", triple.subject);
            }
        }
    }
}

// --- SHACL ------------------------------------------------------------------------------------------

/// A temporary file that is removed when dropped.
struct TempFile(PathBuf);

impl TempFile {
    fn new(name: &str, contents: &[u8]) -> Self {
        static COUNTER: AtomicUsize = AtomicUsize::new(0);
        let unique =
            format!("newsgraph-schema-{}-{}-{name}", std::process::id(), COUNTER.fetch_add(1, Ordering::Relaxed));
        let path = std::env::temp_dir().join(unique);
        std::fs::write(&path, contents).unwrap();
        Self(path)
    }
}

impl Drop for TempFile {
    fn drop(&mut self) {
        let _ = std::fs::remove_file(&self.0);
    }
}

/// pyshacl's verdict on Turtle data against `schemas/shapes.ttl`: `Ok(())` when it conforms, else the report.
fn shacl(python: &Path, data: &[u8]) -> Result<(), String> {
    let file = TempFile::new("data.ttl", data);
    let output = Command::new(python)
        .arg(support::repo_path("tests/validators/shacl_conforms.py"))
        .arg(&file.0)
        .arg(support::repo_path("schemas/shapes.ttl"))
        .output()
        .unwrap();
    let report = format!("{}{}", String::from_utf8_lossy(&output.stdout), String::from_utf8_lossy(&output.stderr));
    match output.status.code() {
        Some(0) => Ok(()),
        Some(1) => Err(report),
        _ => panic!("shacl_conforms.py failed to run: {report}"),
    }
}

fn pyshacl() -> Option<PathBuf> {
    support::external_tool("python", &["-c", "import pyshacl"])
}

#[test]
fn the_turtle_export_conforms_to_the_shapes() {
    let Some(python) = pyshacl() else { return };
    for options in [with_mentions(), ExportOptions::default()] {
        let (turtle, graph) = exported_triples(&options);
        // Guard against vacuous success: the data holds every kind of node the shapes describe.
        for class in ["NewsArticle", "Person", "Organization", "Place", "Quotation", "Role", "OrganizationRole"] {
            let class = named(&format!("{SCHEMA}{class}"));
            assert!(graph.subject_for_predicate_object(rdf::TYPE, &class).is_some(), "no {class} in the export");
        }
        let phrase = named("http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#Phrase");
        assert_eq!(graph.subject_for_predicate_object(rdf::TYPE, &phrase).is_some(), options.mentions);
        if let Err(report) = shacl(&python, &turtle) {
            panic!("mentions: {}: the export does not conform:\n{report}", options.mentions);
        }
    }
    let extracted =
        support::export(&support::graph_of(support::extracted_examples()), Format::Turtle, &with_mentions());
    if let Err(report) = shacl(&python, &extracted) {
        panic!("the graph extracted from examples/ does not conform:\n{report}");
    }
}

#[test]
fn the_shapes_reject_graphs_that_break_them() {
    let Some(python) = pyshacl() else { return };
    let graph = rich_graph();
    let triples = export::triples(&graph, &with_mentions());
    let subject_of = |class: &str| -> String {
        let class = named(class);
        let triple: &Triple = triples
            .iter()
            .find(|t| t.predicate.as_ref() == rdf::TYPE && t.object == class.clone().into())
            .unwrap_or_else(|| panic!("no {class}"));
        triple.subject.to_string()
    };
    let statement = subject_of(&format!("{SCHEMA}Quotation"));
    let person = subject_of(&format!("{SCHEMA}Person"));
    let article = subject_of(&format!("{SCHEMA}NewsArticle"));
    // A role that already has its one name: not every role has one (membership roles need none).
    let role_name = named(&format!("{SCHEMA}roleName"));
    let role = triples
        .iter()
        .find(|t| t.predicate.as_ref() == role_name.as_ref())
        .map(|t| t.subject.to_string())
        .expect("a named role");
    let place = subject_of(&format!("{SCHEMA}Place"));
    let mention = subject_of("http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#Phrase");
    let xsd = "http://www.w3.org/2001/XMLSchema#";
    let nif = "http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#";
    let breakages = [
        ("a fourth kind of statement", format!("{statement} <{}> \"rumour\" .", ng::KIND.as_str())),
        ("a second name", format!("{person} <{SCHEMA}name> \"Tony Blinken\" .")),
        ("a date that is a plain string", format!("{article} <{SCHEMA}datePublished> \"2022-01-09\" .")),
        ("a speaker that is no entity", format!("{statement} <{SCHEMA}creator> {article} .")),
        ("a property the export never writes", format!("{statement} <{SCHEMA}author> {person} .")),
        ("a role with two names", format!("{role} <{SCHEMA}roleName> \"Minister\" .")),
        ("a negative offset", format!("{mention} <{nif}beginIndex> \"-1\"^^<{xsd}integer> .")),
        ("a relation that points at its role", format!("{person} <{SCHEMA}worksFor> {role} .")),
        ("schema:location from a place", format!("{place} <{SCHEMA}location> {place} .")),
        ("ng:cue on an article", format!("{article} <{}> \"said\" .", ng::CUE.as_str())),
        ("an addressee that is neither text nor entity", format!("{statement} <{SCHEMA}recipient> {article} .")),
    ];
    let turtle = support::export(&graph, Format::Turtle, &with_mentions());
    shacl(&python, &turtle).unwrap_or_else(|report| panic!("the unbroken export does not conform:\n{report}"));
    for (name, extra) in breakages {
        let mut broken = turtle.clone();
        broken.extend_from_slice(format!("\n{extra}\n").as_bytes());
        assert!(shacl(&python, &broken).is_err(), "the shapes accept {name}: {extra}");
    }
}
