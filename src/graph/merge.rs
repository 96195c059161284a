//! Merging extractions into the graph. The identity stage (`identity.rs`) decides which node each
//! entity joins; this builds the nodes and edges.

use std::collections::{HashMap, HashSet};

use petgraph::graph::NodeIndex;

use super::identity::{self, Identity};
use super::iri::{Base, encode_segment, slug, span_local};
use super::model::{
    Appearance, ArticleNode, Edge, EntityNode, EventNode, KnowledgeGraph, Node, RelationEdge, StatementNode,
};
use crate::contract::{ContractError, Entity, EntityType, Event, Extraction, Relation, Statement};

/// Why an extraction was left out of the graph.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum BuildError {
    #[error(transparent)]
    Contract(#[from] ContractError),
    #[error("the article id {0:?} was already taken by another document")]
    DuplicateArticle(String),
}

/// An extraction left out of the graph, and why.
#[derive(Debug)]
pub struct Rejected {
    pub extraction: Extraction,
    pub error: BuildError,
}

/// The nodes made so far, by what identifies them.
#[derive(Default)]
struct Merger {
    /// Keyed by type too: the same name given to a person and to a place is two entities.
    entities: HashMap<(EntityType, String), NodeIndex>,
    statements: HashMap<String, NodeIndex>,
    events: HashMap<String, NodeIndex>,
}

impl KnowledgeGraph {
    /// Merges extractions into one graph. They are taken in order of document (by id first), so that the same
    /// set of inputs gives the same graph, IRIs included, whatever order they came in. Extractions that
    /// break the contract or reuse an article id are returned, not merged.
    pub fn build(base: Base, mut extractions: Vec<Extraction>) -> (Self, Vec<Rejected>) {
        extractions.sort_by(|a, b| a.document.cmp(&b.document));
        let mut articles = HashSet::new();
        let (mut accepted, mut rejected) = (Vec::new(), Vec::new());
        for extraction in extractions {
            match admit(&mut articles, &extraction) {
                Ok(()) => accepted.push(extraction),
                Err(error) => rejected.push(Rejected { extraction, error }),
            }
        }
        let identities = identity::resolve(&accepted);
        let mut graph = Self { base, graph: Default::default() };
        let mut merger = Merger::default();
        for (extraction, identities) in accepted.iter().zip(&identities) {
            graph.add(&mut merger, extraction, identities);
        }
        (graph, rejected)
    }

    fn add(&mut self, merger: &mut Merger, extraction: &Extraction, identities: &[Identity]) {
        let document = &extraction.document;
        let article = self.graph.add_node(Node::Article(ArticleNode {
            id: document.id.clone(),
            local: encode_segment(&document.id),
            source: document.source.clone(),
            date: document.date,
            headline: document.header().ok().flatten().and_then(|h| h.headline).map(str::to_owned),
            text: document.text.clone(),
        }));
        let mut entities = HashMap::new();
        for (entity, identity) in extraction.entities.iter().zip(identities) {
            let node = self.merge_entity(merger, &document.id, entity, identity);
            self.graph.update_edge(article, node, Edge::Mentions);
            entities.insert(entity.id.as_str(), node);
        }
        for statement in &extraction.statements {
            self.merge_statement(merger, article, &document.id, statement, &entities);
        }
        for relation in &extraction.relations {
            self.merge_relation(&document.id, relation, &entities);
        }
        for event in &extraction.events {
            self.add_event(merger, article, &document.id, event, &entities);
        }
    }

    fn merge_entity(
        &mut self,
        merger: &mut Merger,
        article_id: &str,
        entity: &Entity,
        identity: &Identity,
    ) -> NodeIndex {
        let node = *merger.entities.entry((identity.kind, identity.key.clone())).or_insert_with(|| {
            let links = identity.wikidata.iter().map(|id| ("wikidata".to_owned(), id.clone())).collect();
            self.graph.add_node(Node::Entity(EntityNode {
                kind: identity.kind,
                local: identity.local.clone(),
                name: identity.name.clone(),
                links,
                appearances: Default::default(),
            }))
        });
        let Node::Entity(merged) = &mut self.graph[node] else { unreachable!("entity lookups hold entities") };
        for (dataset, id) in &entity.links {
            merged.links.entry(dataset.clone()).or_insert_with(|| id.clone());
        }
        let appearance: &mut Appearance = merged.appearances.entry(article_id.to_owned()).or_default();
        let names = std::iter::once(&entity.name).chain(&entity.aliases);
        appearance.aliases.extend(names.filter(|name| **name != merged.name).cloned());
        appearance.roles.extend(entity.roles.iter().cloned());
        appearance.mentions.extend(entity.mentions.iter().cloned());
        node
    }

    fn merge_statement(
        &mut self,
        merger: &mut Merger,
        article: NodeIndex,
        article_id: &str,
        statement: &Statement,
        entities: &HashMap<&str, NodeIndex>,
    ) {
        let local = span_local(article_id, &statement.content);
        // Two statements with the same content span are one statement, which may have several speakers.
        let node = *merger.statements.entry(local.clone()).or_insert_with(|| {
            self.graph.add_node(Node::Statement(StatementNode {
                article: article_id.to_owned(),
                local,
                kind: statement.kind,
                content: statement.content.clone(),
                source: statement.source.clone(),
                cue: statement.cue.clone(),
                date: statement.date,
            }))
        });
        self.graph.update_edge(node, article, Edge::PartOf);
        if let Some(speaker) = &statement.speaker {
            self.graph.update_edge(node, entities[speaker.as_str()], Edge::Speaker);
        }
        for about in &statement.about {
            self.graph.update_edge(node, entities[about.as_str()], Edge::About);
        }
    }

    fn add_event(
        &mut self,
        merger: &mut Merger,
        article: NodeIndex,
        article_id: &str,
        event: &Event,
        entities: &HashMap<&str, NodeIndex>,
    ) {
        let local = span_local(article_id, &event.evidence);
        // Two events read off the same words are one event, as with statements.
        let node = *merger.events.entry(local.clone()).or_insert_with(|| {
            self.graph.add_node(Node::Event(EventNode {
                article: article_id.to_owned(),
                local,
                name: event.name.clone(),
                date: event.date,
                evidence: event.evidence.clone(),
            }))
        });
        self.graph.update_edge(node, article, Edge::ReportedIn);
        for participant in &event.participants {
            self.graph.update_edge(node, entities[participant.as_str()], Edge::Attendee);
        }
        if let Some(place) = &event.place {
            self.graph.update_edge(node, entities[place.as_str()], Edge::Venue);
        }
    }

    fn merge_relation(&mut self, article_id: &str, relation: &Relation, entities: &HashMap<&str, NodeIndex>) {
        let (subject, object) = (entities[relation.subject.as_str()], entities[relation.object.as_str()]);
        // Roles that differ only in case or punctuation ("Governor", "governor") are one role.
        let role_key = relation.role.as_deref().map(slug);
        let same = |edge: &Edge| {
            matches!(edge, Edge::Relation(existing)
                if existing.predicate == relation.predicate && existing.role.as_deref().map(slug) == role_key)
        };
        let existing = self.graph.edges_connecting(subject, object).find(|edge| same(edge.weight()));
        let edge = match existing.map(|edge| petgraph::visit::EdgeRef::id(&edge)) {
            Some(edge) => edge,
            None => self.graph.add_edge(
                subject,
                object,
                Edge::Relation(RelationEdge {
                    predicate: relation.predicate,
                    role: relation.role.clone(),
                    support: Default::default(),
                }),
            ),
        };
        let Edge::Relation(merged) = &mut self.graph[edge] else { unreachable!("found as a relation") };
        let evidence = merged.support.entry(article_id.to_owned()).or_default();
        evidence.extend(relation.evidence.iter().cloned());
    }
}

/// Checks an extraction against the contract and the article ids taken before it.
fn admit(articles: &mut HashSet<String>, extraction: &Extraction) -> Result<(), BuildError> {
    extraction.validate()?;
    let id = &extraction.document.id;
    if !articles.insert(id.clone()) {
        return Err(BuildError::DuplicateArticle(id.clone()));
    }
    Ok(())
}
