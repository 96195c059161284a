//! Node-link JSON, as NetworkX's `node_link_graph` reads it (and D3 examples use it): a directed
//! multigraph whose node ids are the nodes' IRIs.
//!
//! Absent values are left out rather than written as `null`, which NetworkX would keep as `None`
//! attributes that every consumer then has to skip.

use std::borrow::Cow;
use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::io::{self, Write};

use petgraph::graph::{EdgeReference, NodeIndex};
use petgraph::visit::EdgeRef;
use serde::Serialize;
use serde_json::{Map, Value};

use super::error::ExportError;
use super::label::{LABEL_CHARS, shorten};
use crate::graph::{ArticleNode, Edge, EntityNode, KnowledgeGraph, Node, StatementNode};
use crate::text::IsoDate;

/// The document. NetworkX 3.6 reads edges from `edges` by default, while 3.0 to 3.5 read `links` (3.4
/// and 3.5 with a FutureWarning announcing the switch), and 3.0 to 3.3 cannot even be told `edges=`
/// (their keyword is `link=`). No single key works with `node_link_graph(data)` across NetworkX 3, so
/// the same list goes under both; each version reads its own key and ignores the other.
#[derive(Serialize)]
struct NodeLink<'a> {
    directed: bool,
    multigraph: bool,
    graph: GraphAttributes<'a>,
    nodes: Vec<NodeRecord<'a>>,
    edges: &'a [LinkRecord<'a>],
    links: &'a [LinkRecord<'a>],
}

#[derive(Serialize)]
struct GraphAttributes<'a> {
    name: &'static str,
    /// The IRI that every node id starts with.
    base: &'a str,
}

#[derive(Serialize)]
struct NodeRecord<'a> {
    id: &'a str,
    kind: &'static str,
    label: Cow<'a, str>,
    #[serde(flatten)]
    details: Details<'a>,
}

#[derive(Serialize)]
#[serde(untagged)]
enum Details<'a> {
    Article(ArticleDetails<'a>),
    Entity(EntityDetails<'a>),
    Statement(StatementDetails<'a>),
    Event(EventDetails<'a>),
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct ArticleDetails<'a> {
    article: &'a str,
    #[serde(skip_serializing_if = "Option::is_none")]
    date: Option<IsoDate>,
    #[serde(skip_serializing_if = "Option::is_none")]
    headline: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    source_file: Option<&'a str>,
}

/// What every article says of an entity, merged: the sets are sorted, so the output is stable.
#[derive(Serialize)]
struct EntityDetails<'a> {
    name: &'a str,
    links: &'a BTreeMap<String, String>,
    aliases: BTreeSet<&'a str>,
    roles: BTreeSet<&'a str>,
    articles: Vec<&'a str>,
    /// How many times the articles mention the entity, a ready-made weight.
    mentions: usize,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct StatementDetails<'a> {
    text: &'a str,
    statement_kind: &'static str,
    article: &'a str,
    start: usize,
    end: usize,
    #[serde(skip_serializing_if = "Option::is_none")]
    source_text: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    cue: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    date: Option<IsoDate>,
}

#[derive(Serialize)]
struct EventDetails<'a> {
    name: &'a str,
    article: &'a str,
    start: usize,
    end: usize,
    #[serde(skip_serializing_if = "Option::is_none")]
    date: Option<IsoDate>,
}

#[derive(Serialize)]
struct LinkRecord<'a> {
    source: &'a str,
    target: &'a str,
    /// Tells apart the edges of one (source, target) pair, as a NetworkX multigraph needs.
    key: usize,
    kind: &'static str,
    #[serde(skip_serializing_if = "Option::is_none")]
    role: Option<&'a str>,
    /// The articles that support a relation.
    #[serde(skip_serializing_if = "Option::is_none")]
    articles: Option<Vec<&'a str>>,
}

pub(super) fn write<W: Write>(graph: &KnowledgeGraph, mut writer: W) -> Result<W, ExportError> {
    let petgraph = graph.petgraph();
    // Index order: the graph is built deterministically, so the output is too.
    let iris: Vec<String> = petgraph.node_indices().map(|index| graph.iri(index)).collect();
    let links = links(graph, &iris);
    let document = NodeLink {
        directed: true,
        multigraph: true,
        graph: GraphAttributes { name: "newsgraph", base: graph.base().as_str() },
        nodes: petgraph.node_indices().map(|index| node(graph.node(index), &iris[index.index()])).collect(),
        edges: &links,
        links: &links,
    };
    // Serializing these types cannot fail but for I/O, which io::Error::from recovers.
    serde_json::to_writer(&mut writer, &document).map_err(io::Error::from)?;
    writeln!(writer)?;
    Ok(writer)
}

/// Every node and every edge as a flat JSON object, in index order, exactly as node-link JSON writes
/// them: the one set of attributes that GraphML and the Neo4j CSVs also write.
pub(super) fn records(graph: &KnowledgeGraph) -> (Vec<Record>, Vec<Record>) {
    let petgraph = graph.petgraph();
    let iris: Vec<String> = petgraph.node_indices().map(|index| graph.iri(index)).collect();
    let nodes = petgraph.node_indices().map(|index| object(node(graph.node(index), &iris[index.index()]))).collect();
    let edges = links(graph, &iris).into_iter().map(object).collect();
    (nodes, edges)
}

/// The attributes of one node or edge, by name.
pub(super) type Record = Map<String, Value>;

fn object(record: impl Serialize) -> Record {
    match serde_json::to_value(record) {
        Ok(Value::Object(map)) => map,
        _ => unreachable!("records serialize as objects with string keys"),
    }
}

fn node<'a>(node: &'a Node, iri: &'a str) -> NodeRecord<'a> {
    // Statement labels are shortened; the full quote is in `text`.
    let (label, details) = match node {
        Node::Article(article) => (article_label(article), Details::Article(article_details(article))),
        Node::Entity(entity) => (Cow::Borrowed(entity.name.as_str()), Details::Entity(entity_details(entity))),
        Node::Statement(statement) => {
            (shorten(&statement.content.text, LABEL_CHARS), Details::Statement(statement_details(statement)))
        }
        Node::Event(event) => (
            shorten(&event.name, LABEL_CHARS),
            Details::Event(EventDetails {
                name: &event.name,
                article: &event.article,
                start: event.evidence.start,
                end: event.evidence.end,
                date: event.date,
            }),
        ),
    };
    NodeRecord { id: iri, kind: node.kind().name(), label, details }
}

fn article_label(article: &ArticleNode) -> Cow<'_, str> {
    Cow::Borrowed(article.headline.as_deref().unwrap_or(&article.id))
}

fn article_details(article: &ArticleNode) -> ArticleDetails<'_> {
    ArticleDetails {
        article: &article.id,
        date: article.date,
        headline: article.headline.as_deref(),
        source_file: article.source.as_deref(),
    }
}

fn entity_details(entity: &EntityNode) -> EntityDetails<'_> {
    let appearances = entity.appearances.values();
    EntityDetails {
        name: &entity.name,
        links: &entity.links,
        aliases: appearances.clone().flat_map(|appearance| &appearance.aliases).map(String::as_str).collect(),
        roles: appearances.clone().flat_map(|appearance| &appearance.roles).map(String::as_str).collect(),
        articles: entity.appearances.keys().map(String::as_str).collect(),
        mentions: appearances.map(|appearance| appearance.mentions.len()).sum(),
    }
}

fn statement_details(statement: &StatementNode) -> StatementDetails<'_> {
    StatementDetails {
        text: &statement.content.text,
        statement_kind: statement.kind.as_str(),
        article: &statement.article,
        start: statement.content.start,
        end: statement.content.end,
        source_text: statement.source.as_ref().map(|span| span.text.as_str()),
        cue: statement.cue.as_ref().map(|span| span.text.as_str()),
        date: statement.date,
    }
}

/// Every edge in index order, keyed 0, 1, 2… within its (source, target) pair.
fn links<'a>(graph: &'a KnowledgeGraph, iris: &'a [String]) -> Vec<LinkRecord<'a>> {
    let mut next_keys: HashMap<(NodeIndex, NodeIndex), usize> = HashMap::new();
    let link = |edge: EdgeReference<'a, Edge>| {
        let next_key = next_keys.entry((edge.source(), edge.target())).or_insert(0);
        let key = *next_key;
        *next_key += 1;
        let (kind, role, articles) = match edge.weight() {
            Edge::Mentions => ("mentions", None, None),
            Edge::Speaker => ("speaker", None, None),
            Edge::About => ("about", None, None),
            Edge::Recipient => ("recipient", None, None),
            Edge::PartOf => ("partOf", None, None),
            Edge::ReportedIn => ("reportedIn", None, None),
            Edge::Attendee => ("attendee", None, None),
            Edge::Venue => ("location", None, None),
            Edge::Relation(relation) => (
                relation.predicate.as_str(),
                relation.role.as_deref(),
                Some(relation.support.keys().map(String::as_str).collect()),
            ),
        };
        let (source, target) = (iris[edge.source().index()].as_str(), iris[edge.target().index()].as_str());
        LinkRecord { source, target, key, kind, role, articles }
    };
    graph.petgraph().edge_references().map(link).collect()
}

#[cfg(test)]
mod tests {
    use serde_json::json;

    use super::*;
    use crate::graph::Base;

    /// The span of the first `needle` in `text`, in code points as the contract counts them.
    fn span(text: &str, needle: &str) -> Value {
        let start = text[..text.find(needle).unwrap()].chars().count();
        json!({"start": start, "end": start + needle.chars().count(), "text": needle})
    }

    /// Two articles about Bob Jones of Acme: two relations between the same pair, one of them in both.
    fn sample_graph() -> KnowledgeGraph {
        let first = "date 2022-01-09 Acme grows\nBob Jones, CEO of Acme: “we grow”. Bob is in Acme’s club.";
        let second = "Robert Jones runs Acme.";
        let bob = |text: &str, mention: &str, aliases: &[&str]| {
            json!({"id": "bob", "type": "Person", "name": "Bob Jones", "aliases": aliases,
                   "roles": ["CEO"], "mentions": [span(text, mention)]})
        };
        let acme = |text: &str| {
            json!({"id": "acme", "type": "Organization", "name": "Acme",
                                       "links": {"wikidata": "Q1"}, "mentions": [span(text, "Acme")]})
        };
        let works_for = json!({"subject": "bob", "predicate": "worksFor", "object": "acme", "role": "CEO"});
        let extractions = [
            json!({"id": "a1", "date": "2022-01-09", "source": "a1.txt", "text": first,
                   "entities": [bob(first, "Bob Jones", &["Bob"]), acme(first)],
                   "statements": [{"id": "s1", "kind": "direct", "speaker": "bob", "about": ["acme"],
                                   "content": span(first, "we grow")}],
                   "relations": [works_for.clone(), {"subject": "bob", "predicate": "memberOf", "object": "acme"}]}),
            json!({"id": "a2", "text": second, "entities": [bob(second, "Robert Jones", &["Robert Jones"]), acme(second)],
                   "relations": [works_for]}),
        ];
        let extractions = extractions.into_iter().map(|json| serde_json::from_value(json).unwrap()).collect();
        let (graph, rejected) = KnowledgeGraph::build(Base::default(), extractions);
        assert!(rejected.is_empty(), "{:?}", rejected[0].error);
        graph
    }

    fn node_link(graph: &KnowledgeGraph) -> Value {
        serde_json::from_slice(&write(graph, Vec::new()).unwrap()).unwrap()
    }

    fn node_of<'v>(json: &'v Value, kind: &str) -> &'v Value {
        json["nodes"].as_array().unwrap().iter().find(|node| node["kind"] == kind).unwrap()
    }

    #[test]
    fn writes_a_directed_multigraph_with_edges_under_both_keys() {
        let graph = sample_graph();
        let json = node_link(&graph);
        assert_eq!((&json["directed"], &json["multigraph"]), (&json!(true), &json!(true)));
        assert_eq!(json["graph"], json!({"name": "newsgraph", "base": "http://example.org/newsgraph/"}));
        assert_eq!(json["nodes"].as_array().unwrap().len(), graph.petgraph().node_count());
        assert_eq!(json["edges"].as_array().unwrap().len(), graph.petgraph().edge_count());
        assert_eq!(json["edges"], json["links"]);
    }

    #[test]
    fn edge_keys_are_unique_per_pair() {
        let json = node_link(&sample_graph());
        let edges = json["edges"].as_array().unwrap();
        let relations: Vec<(&Value, &Value)> = edges
            .iter()
            .filter(|e| e["source"].as_str().unwrap().contains("/person/"))
            .map(|e| (&e["kind"], &e["key"]))
            .collect();
        assert_eq!(relations, [(&json!("worksFor"), &json!(0)), (&json!("memberOf"), &json!(1))]);
        let triples: BTreeSet<String> =
            edges.iter().map(|e| format!("{} {} {}", e["source"], e["target"], e["key"])).collect();
        assert_eq!(triples.len(), edges.len());
    }

    #[test]
    fn relations_carry_role_and_supporting_articles() {
        let json = node_link(&sample_graph());
        let works_for = json["edges"].as_array().unwrap().iter().find(|e| e["kind"] == "worksFor").unwrap();
        assert_eq!(works_for["role"], "CEO");
        assert_eq!(works_for["articles"], json!(["a1", "a2"]));
        assert_eq!(works_for["source"], "http://example.org/newsgraph/person/bob-jones");
        let kinds: BTreeSet<&str> =
            json["edges"].as_array().unwrap().iter().map(|e| e["kind"].as_str().unwrap()).collect();
        assert_eq!(kinds, BTreeSet::from(["about", "memberOf", "mentions", "partOf", "speaker", "worksFor"]));
    }

    #[test]
    fn entities_merge_what_every_article_says() {
        let json = node_link(&sample_graph());
        let bob = node_of(&json, "Person");
        assert_eq!(bob["id"], "http://example.org/newsgraph/person/bob-jones");
        assert_eq!(bob["label"], "Bob Jones");
        assert_eq!(bob["aliases"], json!(["Bob", "Robert Jones"]));
        assert_eq!(bob["roles"], json!(["CEO"]));
        assert_eq!(bob["articles"], json!(["a1", "a2"]));
        assert_eq!(bob["mentions"], 2);
        assert_eq!(node_of(&json, "Organization")["links"], json!({"wikidata": "Q1"}));
    }

    #[test]
    fn articles_and_statements_keep_their_attributes_and_omit_absent_ones() {
        let json = node_link(&sample_graph());
        let statement = node_of(&json, "Statement");
        assert_eq!(statement["text"], "we grow");
        assert_eq!((&statement["statementKind"], &statement["article"]), (&json!("direct"), &json!("a1")));
        assert!(statement.get("cue").is_none() && statement.get("date").is_none(), "{statement}");
        let articles: Vec<&Value> =
            json["nodes"].as_array().unwrap().iter().filter(|n| n["kind"] == "Article").collect();
        assert_eq!(articles[0]["label"], "Acme grows");
        assert_eq!((&articles[0]["date"], &articles[0]["sourceFile"]), (&json!("2022-01-09"), &json!("a1.txt")));
        assert_eq!(articles[1]["label"], "a2", "an article without a headline is labelled by its id");
        assert!(!serde_json::to_string(&json).unwrap().contains("null"));
    }
}
