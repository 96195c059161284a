//! The graph as RDF quads: the one mapping that every RDF serialization and JSON-LD share.
//!
//! The default graph describes articles and entities. Each article's named graph (named by the
//! article's IRI) holds what that article asserts: its mentions, the aliases and roles it gives,
//! its statements, its relations and its events. Relations and events say where they were read with
//! PROV: `prov:wasDerivedFrom` an evidence node (the words, `prov:wasQuotedFrom` the article).

use oxrdf::vocab::rdf;
use oxrdf::{GraphName, Literal, NamedNode, NamedNodeRef, NamedOrBlankNode, Quad, Term, Triple};
use petgraph::graph::NodeIndex;
use petgraph::visit::EdgeRef;

use super::options::ExportOptions;
use super::vocab::{GEONAMES_FEATURE, WIKIDATA_ENTITY, itsrdf, ng, nif, prov, schema, xsd};
use crate::contract::{EntityType, Predicate, Span};
use crate::graph::{ArticleNode, Edge, EntityNode, EventNode, KnowledgeGraph, Node, RelationEdge, StatementNode};

/// Every quad of the graph, sorted by graph, subject, predicate (`rdf:type` first) and object, without
/// duplicates. The order makes serializations deterministic and lets Turtle group by subject.
pub fn quads(graph: &KnowledgeGraph, options: &ExportOptions) -> Vec<Quad> {
    let mut sink = Sink { graph, quads: Vec::new() };
    let petgraph = graph.petgraph();
    for index in petgraph.node_indices() {
        match &petgraph[index] {
            Node::Article(article) => sink.article(index, article, options),
            Node::Entity(entity) => sink.entity(index, entity, options),
            Node::Statement(statement) => sink.statement(index, statement),
            Node::Event(event) => sink.event(index, event),
        }
    }
    for edge in petgraph.edge_references() {
        if let Edge::Relation(relation) = edge.weight() {
            sink.relation(edge.source(), relation, edge.target());
        }
    }
    let mut quads = sink.quads;
    quads.sort_unstable_by(|a, b| quad_key(a).cmp(&quad_key(b)));
    quads.dedup();
    quads
}

/// Every triple of the graph, as in [`quads`] but with the named graphs merged into one.
pub fn triples(graph: &KnowledgeGraph, options: &ExportOptions) -> Vec<Triple> {
    let mut triples: Vec<Triple> = quads(graph, options).into_iter().map(Triple::from).collect();
    triples.sort_unstable_by(|a, b| triple_key(a).cmp(&triple_key(b)));
    triples.dedup();
    triples
}

struct Sink<'a> {
    graph: &'a KnowledgeGraph,
    quads: Vec<Quad>,
}

impl Sink<'_> {
    fn push(&mut self, graph: &GraphName, subject: &NamedNode, predicate: NamedNodeRef<'_>, object: impl Into<Term>) {
        self.quads.push(Quad::new(subject.clone(), predicate, object, graph.clone()));
    }

    fn node(&self, index: NodeIndex) -> NamedNode {
        NamedNode::new_unchecked(self.graph.iri(index))
    }

    fn article_graph(&self, article_id: &str) -> GraphName {
        NamedNode::new_unchecked(self.graph.article_iri(article_id)).into()
    }

    fn article(&mut self, index: NodeIndex, article: &ArticleNode, options: &ExportOptions) {
        let (default, iri) = (GraphName::DefaultGraph, self.node(index));
        self.push(&default, &iri, rdf::TYPE, schema::NEWS_ARTICLE);
        self.push(&default, &iri, schema::IDENTIFIER, Literal::from(article.id.as_str()));
        if let Some(date) = article.date {
            self.push(&default, &iri, schema::DATE_PUBLISHED, date_literal(date));
        }
        if let Some(headline) = &article.headline {
            self.push(&default, &iri, schema::HEADLINE, Literal::from(headline.as_str()));
        }
        if let Some(source) = &article.source {
            self.push(&default, &iri, ng::SOURCE_FILE, Literal::from(source.as_str()));
        }
        if let (true, Some(text)) = (options.mentions, &article.text) {
            // Mention offsets count into this string, so NIF consumers can check them.
            self.push(&default, &iri, rdf::TYPE, nif::CONTEXT);
            self.push(&default, &iri, nif::IS_STRING, Literal::from(text.as_str()));
        }
    }

    fn entity(&mut self, index: NodeIndex, entity: &EntityNode, options: &ExportOptions) {
        let (default, iri) = (GraphName::DefaultGraph, self.node(index));
        let class = match entity.kind {
            EntityType::Person => schema::PERSON,
            EntityType::Organization => schema::ORGANIZATION,
            EntityType::Place => schema::PLACE,
        };
        self.push(&default, &iri, rdf::TYPE, class);
        self.push(&default, &iri, schema::NAME, Literal::from(entity.name.as_str()));
        for (dataset, id) in &entity.links {
            if let Some(same_as) = link_iri(dataset, id) {
                self.push(&default, &iri, schema::SAME_AS, same_as);
            }
        }
        for (article_id, appearance) in &entity.appearances {
            let graph = self.article_graph(article_id);
            let article = NamedNode::new_unchecked(self.graph.article_iri(article_id));
            self.push(&graph, &article, schema::MENTIONS, iri.clone());
            // Class and name again in each article's graph, so a query inside one graph (`GRAPH ?g`)
            // finds who a statement or relation names without joining the default graph.
            self.push(&graph, &iri, rdf::TYPE, class);
            self.push(&graph, &iri, schema::NAME, Literal::from(entity.name.as_str()));
            for alias in &appearance.aliases {
                self.push(&graph, &iri, schema::ALTERNATE_NAME, Literal::from(alias.as_str()));
            }
            for role in &appearance.roles {
                self.push(&graph, &iri, schema::JOB_TITLE, Literal::from(role.as_str()));
            }
            if options.mentions {
                for mention in &appearance.mentions {
                    let node = NamedNode::new_unchecked(self.graph.mention_iri(article_id, mention));
                    self.push(&graph, &node, rdf::TYPE, nif::PHRASE);
                    self.push(&graph, &node, nif::REFERENCE_CONTEXT, article.clone());
                    self.offsets(&graph, &node, mention);
                    self.push(&graph, &node, nif::ANCHOR_OF, Literal::from(mention.text.as_str()));
                    self.push(&graph, &node, itsrdf::TA_IDENT_REF, iri.clone());
                }
            }
        }
    }

    fn offsets(&mut self, graph: &GraphName, node: &NamedNode, span: &Span) {
        self.push(graph, node, nif::BEGIN_INDEX, count_literal(span.start));
        self.push(graph, node, nif::END_INDEX, count_literal(span.end));
    }

    fn statement(&mut self, index: NodeIndex, statement: &StatementNode) {
        let (graph, iri) = (self.article_graph(&statement.article), self.node(index));
        self.push(&graph, &iri, rdf::TYPE, schema::QUOTATION);
        self.push(&graph, &iri, ng::KIND, Literal::from(statement.kind.as_str()));
        self.push(&graph, &iri, schema::TEXT, Literal::from(statement.content.text.as_str()));
        self.offsets(&graph, &iri, &statement.content);
        if let Some(source) = &statement.source {
            self.push(&graph, &iri, ng::SOURCE_TEXT, Literal::from(source.text.as_str()));
        }
        if let Some(cue) = &statement.cue {
            self.push(&graph, &iri, ng::CUE, Literal::from(cue.text.as_str()));
        }
        // The addressee is its entity when it has one (a link, below), else the words the article wrote.
        let linked = self.graph.petgraph().edges(index).any(|edge| matches!(edge.weight(), Edge::Recipient));
        if let Some(addressee) = statement.addressee.as_ref().filter(|_| !linked) {
            self.push(&graph, &iri, schema::RECIPIENT, Literal::from(addressee.text.as_str()));
        }
        if let Some(date) = statement.date {
            self.push(&graph, &iri, schema::DATE_CREATED, date_literal(date));
        }
        self.links(&graph, &iri, index);
    }

    /// `subject predicate object` in each supporting article's graph, and beside it a schema.org Role
    /// node that qualifies the relation (`subject ng:qualifiedRelation role . role predicate object`):
    /// it carries the role's name, if any, and the provenance: `prov:wasDerivedFrom` each evidence span
    /// of the article, or the article itself when it gave none. The predicate links the subject only to
    /// the object, so `?subject schema:worksFor ?employer` finds each employer once.
    fn relation(&mut self, subject: NodeIndex, relation: &RelationEdge, object: NodeIndex) {
        let predicate = relation_predicate(relation.predicate, self.graph.node(subject));
        let (subject_iri, object_iri) = (self.node(subject), self.node(object));
        let role_node = NamedNode::new_unchecked(self.graph.role_iri(subject, relation, object));
        let class = match relation.predicate {
            Predicate::WorksFor | Predicate::MemberOf => schema::ORGANIZATION_ROLE,
            Predicate::LocatedIn => schema::ROLE,
        };
        for (article_id, evidence) in &relation.support {
            let graph = self.article_graph(article_id);
            self.push(&graph, &subject_iri, predicate, object_iri.clone());
            self.push(&graph, &subject_iri, ng::QUALIFIED_RELATION, role_node.clone());
            self.push(&graph, &role_node, rdf::TYPE, class);
            if let Some(role) = &relation.role {
                self.push(&graph, &role_node, schema::ROLE_NAME, Literal::from(role.as_str()));
            }
            self.push(&graph, &role_node, predicate, object_iri.clone());
            if evidence.is_empty() {
                let article = NamedNode::new_unchecked(self.graph.article_iri(article_id));
                self.push(&graph, &role_node, prov::WAS_DERIVED_FROM, article);
            }
            for span in evidence {
                let evidence = self.evidence(&graph, article_id, span);
                self.push(&graph, &role_node, prov::WAS_DERIVED_FROM, evidence);
            }
        }
    }

    /// `iri property target` for each edge out of a statement or event that maps to a property.
    fn links(&mut self, graph: &GraphName, iri: &NamedNode, index: NodeIndex) {
        let knowledge_graph = self.graph;
        for edge in knowledge_graph.petgraph().edges(index) {
            if let Some(property) = link_property(edge.weight()) {
                let target = self.node(edge.target());
                self.push(graph, iri, property, target);
            }
        }
    }

    /// A schema.org Event in its article's graph, derived from the words that state it.
    fn event(&mut self, index: NodeIndex, event: &EventNode) {
        let (graph, iri) = (self.article_graph(&event.article), self.node(index));
        self.push(&graph, &iri, rdf::TYPE, schema::EVENT);
        self.push(&graph, &iri, schema::NAME, Literal::from(event.name.as_str()));
        if let Some(date) = event.date {
            self.push(&graph, &iri, schema::START_DATE, date_literal(date));
        }
        self.links(&graph, &iri, index);
        let evidence = self.evidence(&graph, &event.article, &event.evidence);
        self.push(&graph, &iri, prov::WAS_DERIVED_FROM, evidence);
    }

    /// The node of a stretch of an article's text: a `prov:Entity` quoted from the article, with its
    /// words and offsets.
    fn evidence(&mut self, graph: &GraphName, article_id: &str, span: &Span) -> NamedNode {
        let node = NamedNode::new_unchecked(self.graph.evidence_iri(article_id, span));
        let article = NamedNode::new_unchecked(self.graph.article_iri(article_id));
        self.push(graph, &node, rdf::TYPE, prov::ENTITY);
        self.push(graph, &node, schema::TEXT, Literal::from(span.text.as_str()));
        self.offsets(graph, &node, span);
        self.push(graph, &node, prov::WAS_QUOTED_FROM, article);
        node
    }
}

/// The property of an edge out of a statement or an event. An event's article is reached through its
/// evidence instead, and relations and mentions are written from the entities' side.
fn link_property(edge: &Edge) -> Option<NamedNodeRef<'static>> {
    match edge {
        Edge::PartOf => Some(schema::IS_PART_OF),
        Edge::Speaker => Some(schema::CREATOR),
        Edge::About => Some(schema::ABOUT),
        Edge::Recipient => Some(schema::RECIPIENT),
        Edge::Attendee => Some(schema::ATTENDEE),
        Edge::Venue => Some(schema::LOCATION),
        Edge::Mentions | Edge::Relation(_) | Edge::ReportedIn => None,
    }
}

/// The schema.org property for a predicate; `locatedIn` reads `containedInPlace` between places.
fn relation_predicate(predicate: Predicate, subject: &Node) -> NamedNodeRef<'static> {
    match predicate {
        Predicate::WorksFor => schema::WORKS_FOR,
        Predicate::MemberOf => schema::MEMBER_OF,
        Predicate::LocatedIn if matches!(subject, Node::Entity(e) if e.kind == EntityType::Place) => {
            schema::CONTAINED_IN_PLACE
        }
        Predicate::LocatedIn => schema::LOCATION,
    }
}

/// The IRI a link points at: Wikidata and GeoNames ids become their entity IRIs, other datasets count
/// when their value is itself an absolute IRI, and anything else is left out.
fn link_iri(dataset: &str, id: &str) -> Option<NamedNode> {
    let iri = match dataset {
        "wikidata" if is_wikidata_id(id) => format!("{WIKIDATA_ENTITY}{id}"),
        "geonames" if !id.is_empty() && id.bytes().all(|b| b.is_ascii_digit()) => format!("{GEONAMES_FEATURE}{id}/"),
        "wikidata" | "geonames" => return None,
        _ => id.to_owned(),
    };
    NamedNode::new(iri).ok()
}

fn is_wikidata_id(id: &str) -> bool {
    let digits = id.strip_prefix('Q').unwrap_or_default();
    digits.starts_with(|c: char| matches!(c, '1'..='9')) && digits.bytes().all(|b| b.is_ascii_digit())
}

fn date_literal(date: crate::text::IsoDate) -> Literal {
    Literal::new_typed_literal(date.to_string(), xsd::DATE)
}

fn count_literal(count: usize) -> Literal {
    Literal::new_typed_literal(count.to_string(), xsd::NON_NEGATIVE_INTEGER)
}

/// The order of statements: subject, `rdf:type` before other predicates, predicate, then object
/// (IRIs before literals). Borrowed strings only, so sorting allocates nothing.
type Key<'a> = (&'a str, bool, &'a str, u8, &'a str, &'a str);

fn key<'a>(subject: &'a NamedOrBlankNode, predicate: &'a NamedNode, object: &'a Term) -> Key<'a> {
    let subject = match subject {
        NamedOrBlankNode::NamedNode(node) => node.as_str(),
        NamedOrBlankNode::BlankNode(node) => node.as_str(),
    };
    let (kind, value, qualifier) = match object {
        Term::NamedNode(node) => (0, node.as_str(), ""),
        Term::Literal(literal) => (1, literal.value(), literal.language().unwrap_or(literal.datatype().as_str())),
        _ => unreachable!("the model writes only IRIs and literals as objects"),
    };
    (subject, predicate.as_ref() != rdf::TYPE, predicate.as_str(), kind, value, qualifier)
}

fn quad_key(quad: &Quad) -> (&str, Key<'_>) {
    let graph = match &quad.graph_name {
        GraphName::NamedNode(node) => node.as_str(),
        _ => "",
    };
    (graph, key(&quad.subject, &quad.predicate, &quad.object))
}

fn triple_key(triple: &Triple) -> Key<'_> {
    key(&triple.subject, &triple.predicate, &triple.object)
}
