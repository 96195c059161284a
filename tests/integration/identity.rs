//! One node per real entity, with an IRI that depends on the entity and not on the batch: the
//! invented articles of `tests/fixtures/identity/` built alone and together, and the graph audit.

use std::collections::BTreeMap;

use newsgraph::contract::{EntityType, Extraction};
use newsgraph::graph::{KnowledgeGraph, Node, Problem};

use crate::support::{self, graph_of};

/// The invented articles whose file names start with `prefix`, extracted.
fn articles(prefix: &str) -> Vec<Extraction> {
    let folder = support::repo_path("tests/fixtures/identity");
    let mut paths: Vec<_> = std::fs::read_dir(&folder)
        .unwrap()
        .map(|entry| entry.unwrap().path())
        .filter(|path| path.file_name().unwrap().to_string_lossy().starts_with(prefix))
        .collect();
    paths.sort();
    assert!(!paths.is_empty(), "no article starts with {prefix}");
    let extract = |path: &std::path::PathBuf| {
        let id = path.file_stem().unwrap().to_string_lossy().into_owned();
        let text = std::fs::read_to_string(path).unwrap();
        newsgraph::extract::extract(newsgraph::text::Document::from_article(id, None, text, true).unwrap())
    };
    paths.iter().map(extract).collect()
}

/// For each fully named entity (a person with a given name and a surname, every place and
/// organisation) mentioned by `article_prefix`: its first mention there → its IRI.
fn iris_of_full_names(graph: &KnowledgeGraph, article_prefix: &str) -> BTreeMap<(String, usize), String> {
    let mut iris = BTreeMap::new();
    for index in graph.petgraph().node_indices() {
        let Node::Entity(entity) = graph.node(index) else { continue };
        if entity.kind == EntityType::Person && entity.name.split_whitespace().count() < 2 {
            continue;
        }
        for (article, appearance) in
            entity.appearances.iter().filter(|(article, _)| article.starts_with(article_prefix))
        {
            let first = appearance.mentions.iter().next().expect("an appearance has mentions");
            iris.insert((article.clone(), first.start), graph.iri(index));
        }
    }
    iris
}

fn iri_of(graph: &KnowledgeGraph, article: &str, text: &str) -> String {
    let index = graph.petgraph().node_indices().find(|&index| match graph.node(index) {
        Node::Entity(entity) => entity
            .appearances
            .iter()
            .any(|(id, appearance)| id.starts_with(article) && appearance.mentions.iter().any(|m| m.text == text)),
        _ => false,
    });
    graph.iri(index.unwrap_or_else(|| panic!("no entity of {article} is written {text:?}")))
}

/// The "m" articles are A, the "a" articles B; B's ids sort first, so a batch-dependent IRI (the
/// first article's spelling, a counter) would change A's IRIs when B joins.
#[test]
fn iris_of_full_names_survive_other_articles_in_any_order() {
    let alone = iris_of_full_names(&graph_of(articles("m")), "m");
    assert!(alone.len() >= 8, "{alone:?}");
    let mut together = articles("m");
    together.extend(articles("a"));
    let mut reversed = articles("a");
    reversed.extend(articles("m"));
    assert_eq!(iris_of_full_names(&graph_of(together), "m"), alone);
    assert_eq!(iris_of_full_names(&graph_of(reversed), "m"), alone);
}

#[test]
fn name_variants_and_generic_institutions_fold_by_country() {
    let mut all = articles("m");
    all.extend(articles("a"));
    let graph = graph_of(all);
    let senate = "http://example.org/newsgraph/organization/united-states-senate";
    for (article, text) in
        [("m1", "U.S. Senate"), ("m1", "United States Senate"), ("m1", "Senate"), ("a1", "US Senate")]
    {
        assert_eq!(iri_of(&graph, article, text), senate, "{article}: {text}");
    }
    assert_eq!(iri_of(&graph, "a1", "Senate"), senate, "an unqualified Senate is its article's country's");
    let philippine = iri_of(&graph, "m2", "Senate of the Philippines");
    assert_ne!(philippine, senate);
    assert_eq!(
        iri_of(&graph, "m2", "Supreme Court"),
        "http://example.org/newsgraph/organization/supreme-court-of-the-philippines"
    );
    let ttl =
        String::from_utf8(support::export(&graph, newsgraph::export::Format::Turtle, &Default::default())).unwrap();
    assert!(
        ttl.contains("wd:Q66096") || ttl.contains("www.wikidata.org/entity/Q66096"),
        "the US Senate is linked to Wikidata"
    );
}

#[test]
fn a_surname_alone_joins_the_one_person_of_that_surname_in_the_batch() {
    let mut all = articles("m");
    all.extend(articles("a"));
    let graph = graph_of(all);
    assert_eq!(iri_of(&graph, "a4", "Colby"), iri_of(&graph, "m1", "Maren Colby"), "one Colby in the batch");
    let marsh = iri_of(&graph, "a4", "Marsh");
    assert_ne!(marsh, iri_of(&graph, "a2", "Lena Marsh"), "two people named Marsh: the surname stays apart");
    assert_ne!(marsh, iri_of(&graph, "a2", "Tom Marsh"));
    assert_eq!(iri_of(&graph, "a1", "Ostby"), iri_of(&graph, "m1", "Harold Ostby"));
}

#[test]
fn the_audit_finds_nothing_in_the_invented_articles() {
    // They hold the usual traps: a transcript's "Yeah" and speaker labels, "former United States
    // Senator Nora Halvorsen" (no place "United", no title "States Senator"), a father and daughter.
    let mut all = articles("m");
    all.extend(articles("a"));
    let graph = graph_of(all);
    let findings = graph.audit();
    assert!(findings.is_empty(), "{findings:#?}");
    assert_eq!(iri_of(&graph, "a3", "United States"), "http://example.org/newsgraph/place/united-states");
}

#[test]
fn the_audit_finds_fragments_interjections_titles_and_other_first_names() {
    let text = "date 2025-05-01 Test\nYeah. United. Senator Ola Brekke. Ola Brekke. Kari Brekke.";
    let span = |needle: &str| {
        let start = text.find(needle).unwrap();
        let start = text[..start].chars().count();
        serde_json::json!({"start": start, "end": start + needle.chars().count(), "text": needle})
    };
    let extraction: Extraction = serde_json::from_value(serde_json::json!({
        "id": "t", "text": text,
        "entities": [
            {"id": "e1", "type": "Person", "name": "Yeah", "mentions": [span("Yeah")]},
            {"id": "e2", "type": "Place", "name": "United", "mentions": [span("United")]},
            {"id": "e3", "type": "Person", "name": "Senator Ola Brekke", "aliases": ["Kari Brekke"],
             "mentions": [span("Senator Ola Brekke"), span("Kari Brekke")]}
        ]
    }))
    .unwrap();
    let problems: Vec<Problem> =
        graph_of(vec![extraction]).audit().into_iter().map(|finding| finding.problem).collect();
    assert_eq!(problems, [Problem::NotAnEntity, Problem::NotAnEntity, Problem::OtherFirstName("Kari Brekke".into())]);
}

#[test]
fn a_surname_two_people_of_the_article_share_joins_neither() {
    let graph = graph_of(articles("a3"));
    let whitcomb = iri_of(&graph, "a3", "Whitcomb");
    assert_ne!(whitcomb, iri_of(&graph, "a3", "Dale Whitcomb"), "father and daughter stay apart");
    assert_ne!(whitcomb, iri_of(&graph, "a3", "Ellen Whitcomb"));
    assert_ne!(iri_of(&graph, "a3", "Dale Whitcomb"), iri_of(&graph, "a3", "Ellen Whitcomb"));
    assert_eq!(iri_of(&graph, "a3", "Halvorsen"), iri_of(&graph, "a3", "Nora Halvorsen"), "one Halvorsen: joined");
}

#[test]
fn a_generic_institution_is_an_organisation_whatever_the_tagger_said() {
    let text = "date 2025-05-02 Test\nThe House met in Ohio. Ohio voted.";
    let span = |needle: &str, from: usize| {
        let start = from + text[from..].find(needle).unwrap();
        serde_json::json!({"start": start, "end": start + needle.len(), "text": needle})
    };
    let extraction: Extraction = serde_json::from_value(serde_json::json!({
        "id": "t", "text": text,
        "entities": [
            {"id": "e1", "type": "Place", "name": "House", "mentions": [span("House", 0)]},
            {"id": "e2", "type": "Place", "name": "Ohio", "mentions": [span("Ohio", 0), span("Ohio", 40)]}
        ]
    }))
    .unwrap();
    let graph = graph_of(vec![extraction]);
    assert_eq!(
        iri_of(&graph, "t", "House"),
        "http://example.org/newsgraph/organization/united-states-house-of-representatives"
    );
}

#[test]
fn an_unqualified_institution_is_the_first_named_countrys_and_a_middle_initial_is_no_other_person() {
    let mut all = articles("m");
    all.extend(articles("a"));
    let graph = graph_of(all);
    assert_eq!(
        iri_of(&graph, "a5", "House"),
        "http://example.org/newsgraph/organization/united-states-house-of-representatives",
        "the headline names the United States first, though Moldova is named more often"
    );
    assert_eq!(iri_of(&graph, "a5", "Clara J. Whitcombe"), iri_of(&graph, "a6", "Clara Whitcombe"));
    assert_eq!(iri_of(&graph, "a5", "U.S."), iri_of(&graph, "a5", "United States"), "a country written in a name");
}
