//! The bundled data keeps the contract: the hand-checked extractions of the example articles and the
//! hostile fixture validate, each is dated by its own header and holds its article's exact text, and
//! the examples merge into one graph.

use newsgraph::contract::{EntityType, Extraction};
use newsgraph::graph::{EntityNode, Node};

use crate::support::{example_extractions, graph_of, read_extraction, repo_path};

const HOSTILE: &str = "tests/fixtures/hostile.json";

fn entity_nodes(extractions: Vec<Extraction>) -> Vec<EntityNode> {
    let graph = graph_of(extractions);
    graph
        .petgraph()
        .node_weights()
        .filter_map(|node| match node {
            Node::Entity(entity) => Some(entity.clone()),
            _ => None,
        })
        .collect()
}

#[test]
fn every_example_and_the_hostile_fixture_keep_the_contract() {
    let examples = example_extractions();
    assert!(examples.len() >= 4, "expected at least 4 examples, found {}", examples.len());
    for extraction in examples.iter().chain([&read_extraction(HOSTILE)]) {
        if let Err(error) = extraction.validate() {
            panic!("{}: {error}", extraction.document.id);
        }
        assert!(!extraction.entities.is_empty(), "{}: no entities", extraction.document.id);
        assert!(!extraction.statements.is_empty(), "{}: no statements", extraction.document.id);
    }
}

#[test]
fn each_example_is_dated_by_its_header() {
    for extraction in example_extractions() {
        let id = &extraction.document.id;
        let header = (extraction.document.header())
            .unwrap_or_else(|error| panic!("{id}: {error}"))
            .unwrap_or_else(|| panic!("{id}: the first line is not `date YYYY-MM-DD <headline>`"));
        assert!(header.headline.is_some(), "{id}: the header has no headline");
        assert_eq!(extraction.document.date, Some(header.date), "{id}: `date` differs from the header");
        let slug = id.strip_prefix("example-").unwrap_or_else(|| panic!("{id}: ids start with `example-`"));
        assert_eq!(extraction.document.source.as_deref(), Some(format!("{slug}.txt").as_str()), "{id}: source");
        let article = std::fs::read_to_string(repo_path(&format!("examples/{slug}.txt"))).unwrap();
        assert_eq!(extraction.document.text, article, "{id}: the extraction's text is its article's");
    }
}

#[test]
fn the_examples_merge_across_articles() {
    let examples = example_extractions();
    let mentioned: usize = examples.iter().map(|extraction| extraction.entities.len()).sum();
    let nodes = entity_nodes(examples);
    assert!(nodes.len() < mentioned, "{} entity nodes from {mentioned} entities: nothing merged", nodes.len());
    let shared: Vec<&EntityNode> = nodes.iter().filter(|node| node.appearances.len() >= 2).collect();
    assert!(!shared.is_empty(), "no entity appears in two articles");
    let people = shared.iter().filter(|node| node.kind == EntityType::Person).count();
    assert!(people >= 2, "only {people} people appear in two or more articles");
    assert!(shared.len() - people >= 2, "fewer than two organisations or places appear in two or more articles");
}

#[test]
fn the_hostile_fixture_holds_what_it_promises() {
    let hostile = read_extraction(HOSTILE);
    let names: Vec<&str> = hostile
        .entities
        .iter()
        .flat_map(|entity| std::iter::once(&entity.name).chain(&entity.aliases))
        .map(String::as_str)
        .collect();
    let has = |what: &str, test: &dyn Fn(&str) -> bool| {
        assert!(names.iter().any(|name| test(name)), "no entity name or alias has {what}");
    };
    has("a double quote", &|name| name.contains('"'));
    has("angle brackets", &|name| name.contains('<') && name.contains('>'));
    has("a trailing backslash", &|name| name.ends_with('\\'));
    has("a newline and a tab", &|name| name.contains('\n') && name.contains('\t'));
    has("braces and a pipe", &|name| name.contains('{') && name.contains('}') && name.contains('|'));
    has("a zero-width joiner", &|name| name.contains('\u{200d}'));
    has("a right-to-left mark", &|name| name.contains('\u{200f}'));
    has("Arabic", &|name| name.chars().any(|c| ('\u{600}'..='\u{6ff}').contains(&c)));
    has("Hebrew", &|name| name.chars().any(|c| ('\u{5d0}'..='\u{5ea}').contains(&c)));
    has("CJK", &|name| name.chars().any(|c| ('\u{4e00}'..='\u{9fff}').contains(&c)));
    has("a combining accent", &|name| name.chars().any(|c| ('\u{300}'..='\u{36f}').contains(&c)));
    has("10,000 characters", &|name| name.chars().count() >= 10_000);
    has("only punctuation", &|name| name.chars().all(|c| !c.is_alphanumeric() && !c.is_whitespace()));
    assert!(
        [' ', '/', '#'].iter().all(|&c| hostile.document.id.contains(c)),
        "the article id is tame: {:?}",
        hostile.document.id
    );
    let entities = &hostile.entities;
    let mut pairs = entities.iter().enumerate().flat_map(|(i, a)| entities[i + 1..].iter().map(move |b| (a, b)));
    assert!(
        pairs.any(|(a, b)| a.name != b.name && folded(&a.name) == folded(&b.name)),
        "no two entities whose names differ only in case or punctuation"
    );
    let content_is_hostile = |text: &str| text.contains('"') && text.contains('\n');
    assert!(
        hostile.statements.iter().any(|statement| content_is_hostile(&statement.content.text)),
        "no statement content has quotes and a newline"
    );
}

/// A name without case or punctuation, to find names that differ only in those.
fn folded(name: &str) -> String {
    name.chars().filter(|c| c.is_alphanumeric()).flat_map(char::to_lowercase).collect()
}
