//! The nodes and edges of the knowledge graph, held in one petgraph `DiGraph`.

use std::collections::{BTreeMap, BTreeSet};

use petgraph::graph::{DiGraph, NodeIndex};

use super::iri::{Base, NodeKind, encode_segment, slug, span_local};
use crate::contract::{EntityType, Predicate, Span, StatementKind};
use crate::text::IsoDate;

/// Articles, the entities they mention and the statements and events they report, merged across articles.
///
/// Build it with [`KnowledgeGraph::build`], which makes the result independent of input order.
#[derive(Debug, Clone)]
pub struct KnowledgeGraph {
    pub(super) base: Base,
    pub(super) graph: DiGraph<Node, Edge>,
}

#[derive(Debug, Clone, PartialEq)]
pub enum Node {
    Article(ArticleNode),
    Entity(EntityNode),
    Statement(StatementNode),
    Event(EventNode),
}

#[derive(Debug, Clone, PartialEq)]
pub struct ArticleNode {
    pub id: String,
    /// The IRI's local name under the article namespace.
    pub local: String,
    pub source: Option<String>,
    pub date: Option<IsoDate>,
    pub headline: Option<String>,
    /// The whole text, kept only when the graph was built for NIF mentions.
    pub text: Option<String>,
}

/// A person, organisation or place, one node across all articles that mention it.
#[derive(Debug, Clone, PartialEq)]
pub struct EntityNode {
    pub kind: EntityType,
    /// The IRI's local name under the namespace of `kind`, unique within it.
    pub local: String,
    /// The canonical name, as the first article (by id) that mentions the entity gives it.
    pub name: String,
    pub links: BTreeMap<String, String>,
    /// What each article (by id) says of the entity.
    pub appearances: BTreeMap<String, Appearance>,
}

/// How one article refers to an entity.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Appearance {
    /// Other names than the node's canonical one.
    pub aliases: BTreeSet<String>,
    pub roles: BTreeSet<String>,
    pub mentions: BTreeSet<Span>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct StatementNode {
    /// The article that reports the statement.
    pub article: String,
    /// The IRI's local name: the article id and the content offsets.
    pub local: String,
    pub kind: StatementKind,
    pub content: Span,
    pub source: Option<Span>,
    pub cue: Option<Span>,
    pub addressee: Option<Span>,
    pub date: Option<IsoDate>,
}

/// Something that happens which one article reports; events do not merge across articles, since
/// two reports of "talks in Geneva" need not be the same talks.
#[derive(Debug, Clone, PartialEq)]
pub struct EventNode {
    /// The article that reports the event.
    pub article: String,
    /// The IRI's local name: the article id and the evidence offsets.
    pub local: String,
    pub name: String,
    pub date: Option<IsoDate>,
    /// The text that states the event.
    pub evidence: Span,
}

#[derive(Debug, Clone, PartialEq)]
pub enum Edge {
    /// Article → entity it mentions.
    Mentions,
    /// Statement → entity that made it.
    Speaker,
    /// Statement → entity its content mentions.
    About,
    /// Statement → entity it was addressed to, when the addressee is a name ("told *the BBC*").
    Recipient,
    /// Statement → article that reports it.
    PartOf,
    /// Event → article that reports it.
    ReportedIn,
    /// Event → entity that takes part in it.
    Attendee,
    /// Event → place where it happens.
    Venue,
    /// Entity → entity.
    Relation(RelationEdge),
}

#[derive(Debug, Clone, PartialEq)]
pub struct RelationEdge {
    pub predicate: Predicate,
    pub role: Option<String>,
    /// The articles (by id) that support the relation, each with its evidence spans.
    pub support: BTreeMap<String, BTreeSet<Span>>,
}

impl Node {
    pub fn kind(&self) -> NodeKind {
        match self {
            Node::Article(_) => NodeKind::Article,
            Node::Statement(_) => NodeKind::Statement,
            Node::Event(_) => NodeKind::Event,
            Node::Entity(entity) => entity_kind(entity.kind),
        }
    }

    /// The IRI's local name under the namespace of [`Node::kind`].
    pub fn local(&self) -> &str {
        match self {
            Node::Article(article) => &article.local,
            Node::Entity(entity) => &entity.local,
            Node::Statement(statement) => &statement.local,
            Node::Event(event) => &event.local,
        }
    }
}

pub(crate) fn entity_kind(kind: EntityType) -> NodeKind {
    match kind {
        EntityType::Person => NodeKind::Person,
        EntityType::Organization => NodeKind::Organization,
        EntityType::Place => NodeKind::Place,
    }
}

impl KnowledgeGraph {
    pub fn base(&self) -> &Base {
        &self.base
    }

    /// The petgraph model itself, for graph algorithms.
    pub fn petgraph(&self) -> &DiGraph<Node, Edge> {
        &self.graph
    }

    pub fn node(&self, index: NodeIndex) -> &Node {
        &self.graph[index]
    }

    /// The full IRI of a node.
    pub fn iri(&self, index: NodeIndex) -> String {
        let node = &self.graph[index];
        format!("{}{}", self.base.namespace(node.kind()), node.local())
    }

    /// The full IRI of the article with this id.
    pub fn article_iri(&self, article_id: &str) -> String {
        format!("{}{}", self.base.namespace(NodeKind::Article), encode_segment(article_id))
    }

    /// The IRI of one mention of an entity: the article id and the mention's offsets.
    pub fn mention_iri(&self, article_id: &str, mention: &Span) -> String {
        format!("{}{}", self.base.namespace(NodeKind::Mention), span_local(article_id, mention))
    }

    /// The IRI of a stretch of an article's text that something was read from: the article id and offsets.
    pub fn evidence_iri(&self, article_id: &str, evidence: &Span) -> String {
        format!("{}{}", self.base.namespace(NodeKind::Evidence), span_local(article_id, evidence))
    }

    /// The IRI of the role that qualifies a relation: `<subject>.<predicate>.<object>[.<role>]`, with
    /// subject and object as `<kind>-<local name>` since local names are unique only within a kind.
    /// Relations merge on the role's slug, so the slug identifies the role; a slug is never empty, so a
    /// relation without a role cannot take the IRI of one with a role.
    pub fn role_iri(&self, subject: NodeIndex, relation: &RelationEdge, object: NodeIndex) -> String {
        let name = |index: NodeIndex| {
            let node = &self.graph[index];
            format!("{}-{}", node.kind().segment(), node.local())
        };
        let (subject, object, predicate) = (name(subject), name(object), relation.predicate.as_str());
        let mut iri = format!("{}{subject}.{predicate}.{object}", self.base.namespace(NodeKind::Role));
        if let Some(role) = &relation.role {
            iri.push('.');
            iri.push_str(&slug(role));
        }
        iri
    }
}
