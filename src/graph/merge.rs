//! Merging extractions into the graph. The identity stage (`identity/`) decides which node each
//! entity joins; this builds the nodes and edges.

use std::collections::{HashMap, HashSet};

use petgraph::graph::NodeIndex;

use super::identity::{self, Identity};
use super::iri::{Base, encode_segment, slug, span_local};
use super::model::{
    Appearance, ArticleNode, Edge, EntityNode, EventNode, KnowledgeGraph, Node, RelationEdge, StatementNode,
};
use crate::contract::{ContractError, Entity, EntityType, Event, Extraction, Relation, Statement};
use crate::fnv::Fnv;
use crate::text::IsoDate;

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

/// The entity node of each mention of an article, by the offset where the mention ends, with where it starts.
type NamedByEnd = HashMap<usize, (usize, NodeIndex)>;

/// The nodes made so far, by what identifies them.
#[derive(Default)]
struct Merger {
    /// Keyed by type too: the same name given to a person and to a place is two entities.
    entities: HashMap<(EntityType, String), NodeIndex>,
    statements: HashMap<String, NodeIndex>,
    events: HashMap<String, NodeIndex>,
}

/// An extraction checked against the contract, ready to merge. Unless its text is kept for NIF
/// mentions, the article text is dropped here, so that a graph being built holds what it will keep and
/// not the articles it was read from.
#[derive(Debug)]
pub struct CheckedExtraction {
    extraction: Extraction,
    headline: Option<String>,
    /// Orders documents that share id, source and date once their texts are gone.
    text_hash: u64,
}

impl CheckedExtraction {
    pub fn new(mut extraction: Extraction, keep_text: bool) -> Result<Self, Box<Rejected>> {
        if let Err(error) = extraction.validate() {
            return Err(Box::new(Rejected { extraction, error: error.into() }));
        }
        let document = &extraction.document;
        let headline = document.header().ok().flatten().and_then(|header| header.headline).map(str::to_owned);
        let text_hash = Fnv::new().str(&document.text).finish();
        if !keep_text {
            extraction.document.text = String::new();
        }
        Ok(Self { extraction, headline, text_hash })
    }

    fn order_key(&self) -> (&str, Option<&str>, Option<IsoDate>, u64) {
        let document = &self.extraction.document;
        (&document.id, document.source.as_deref(), document.date, self.text_hash)
    }
}

/// Gathers checked extractions one at a time, in any order, and merges them when finished.
pub struct GraphBuilder {
    base: Base,
    keep_text: bool,
    checked: Vec<CheckedExtraction>,
}

impl GraphBuilder {
    /// `keep_text` keeps each article's text in the graph, as NIF mentions need it.
    pub fn new(base: Base, keep_text: bool) -> Self {
        Self { base, keep_text, checked: Vec::new() }
    }

    pub fn add(&mut self, checked: CheckedExtraction) {
        self.checked.push(checked);
    }

    /// Merges the extractions in order of document (by id first), so that the same set of inputs gives
    /// the same graph, IRIs included, whatever order they came in. An extraction that reuses an article
    /// id is returned, not merged.
    pub fn finish(mut self) -> (KnowledgeGraph, Vec<Rejected>) {
        self.checked.sort_by(|a, b| a.order_key().cmp(&b.order_key()));
        let mut articles = HashSet::new();
        let mut accepted = Vec::with_capacity(self.checked.len());
        let mut rejected = Vec::new();
        for checked in self.checked {
            let id = &checked.extraction.document.id;
            if !articles.insert(id.clone()) {
                let error = BuildError::DuplicateArticle(id.clone());
                rejected.push(Rejected { extraction: checked.extraction, error });
                continue;
            }
            accepted.push(checked);
        }
        let identities = identity::resolve(accepted.iter().map(|checked| &checked.extraction));
        let mut graph = KnowledgeGraph { base: self.base, graph: Default::default() };
        let mut merger = Merger::default();
        for (checked, identities) in accepted.into_iter().zip(&identities) {
            graph.add(&mut merger, checked, identities, self.keep_text);
        }
        (graph, rejected)
    }
}

impl KnowledgeGraph {
    /// Merges extractions into one graph, independently of their order (see [`GraphBuilder`]).
    /// Extractions that break the contract or reuse an article id are returned, not merged.
    pub fn build(base: Base, extractions: Vec<Extraction>) -> (Self, Vec<Rejected>) {
        let mut builder = GraphBuilder::new(base, true);
        let mut rejected = Vec::new();
        for extraction in extractions {
            match CheckedExtraction::new(extraction, true) {
                Ok(checked) => builder.add(checked),
                Err(rejection) => rejected.push(*rejection),
            }
        }
        let (graph, duplicates) = builder.finish();
        rejected.extend(duplicates);
        (graph, rejected)
    }

    fn add(&mut self, merger: &mut Merger, checked: CheckedExtraction, identities: &[Identity], keep_text: bool) {
        let CheckedExtraction { mut extraction, headline, .. } = checked;
        let text = keep_text.then(|| std::mem::take(&mut extraction.document.text));
        let document = &extraction.document;
        let article = self.graph.add_node(Node::Article(ArticleNode {
            id: document.id.clone(),
            local: encode_segment(&document.id),
            source: document.source.clone(),
            date: document.date,
            headline,
            text,
        }));
        let mut entities = HashMap::new();
        // The entity of each mention, by where the mention ends: an addressee ("the BBC") ends with its name.
        let mut named_by_end = NamedByEnd::new();
        for (entity, identity) in extraction.entities.iter().zip(identities) {
            let node = self.merge_entity(merger, &document.id, entity, identity);
            self.graph.update_edge(article, node, Edge::Mentions);
            entities.insert(entity.id.as_str(), node);
            named_by_end.extend(entity.mentions.iter().map(|mention| (mention.end, (mention.start, node))));
        }
        for statement in &extraction.statements {
            self.merge_statement(merger, article, &document.id, statement, &entities, &named_by_end);
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
        appearance.mentions.extend(entity.mentions.iter().chain(&identity.nested).cloned());
        node
    }

    fn merge_statement(
        &mut self,
        merger: &mut Merger,
        article: NodeIndex,
        article_id: &str,
        statement: &Statement,
        entities: &HashMap<&str, NodeIndex>,
        named_by_end: &NamedByEnd,
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
                addressee: statement.addressee.clone(),
                date: statement.date,
            }))
        });
        self.graph.update_edge(node, article, Edge::PartOf);
        if let Some(speaker) = &statement.speaker {
            self.graph.update_edge(node, entities[speaker.as_str()], Edge::Speaker);
        }
        // An addressee that ends with a name is that entity: "the BBC", "Jane Roe".
        if let Some(addressee) = &statement.addressee
            && let Some(&(start, recipient)) = named_by_end.get(&addressee.end)
            && start >= addressee.start
        {
            self.graph.update_edge(node, recipient, Edge::Recipient);
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

#[cfg(test)]
mod tests {
    use super::*;

    fn article(id: &str, text: &str) -> Extraction {
        let document = crate::text::Document::from_article(id.into(), None, text.into(), true).unwrap();
        Extraction { document, entities: vec![], statements: vec![], relations: vec![], events: vec![] }
    }

    fn built(extractions: &[Extraction], keep_text: bool) -> (KnowledgeGraph, Vec<Rejected>) {
        let mut builder = GraphBuilder::new(Base::default(), keep_text);
        for extraction in extractions {
            builder.add(CheckedExtraction::new(extraction.clone(), keep_text).unwrap());
        }
        builder.finish()
    }

    #[test]
    fn a_builder_keeps_the_headline_and_drops_the_text_unless_asked() {
        let extractions = [article("a", "date 2024-01-02 Floods close roads\n\nRoads closed.")];
        for keep_text in [false, true] {
            let (graph, _) = built(&extractions, keep_text);
            let Node::Article(node) = &graph.graph[NodeIndex::new(0)] else { panic!("an article") };
            assert_eq!(node.headline.as_deref(), Some("Floods close roads"));
            assert_eq!(node.text.is_some(), keep_text);
        }
    }

    #[test]
    fn which_duplicate_is_kept_does_not_depend_on_input_order() {
        let first = article("a", "date 2024-01-02 One\n\nOne.");
        let second = article("a", "date 2024-01-02 Two\n\nTwo.");
        let kept = |extractions: &[Extraction]| {
            let (graph, rejected) = built(extractions, false);
            assert_eq!(rejected.len(), 1);
            let Node::Article(node) = &graph.graph[NodeIndex::new(0)] else { panic!("an article") };
            node.headline.clone()
        };
        assert_eq!(kept(&[first.clone(), second.clone()]), kept(&[second, first]));
    }
}
