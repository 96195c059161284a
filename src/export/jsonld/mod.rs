//! JSON-LD 1.1, compacted against the published context (`schemas/context.jsonld`).
//!
//! The document is derived from the same quads as N-Quads, so the two cannot disagree: the default
//! graph's nodes at the top, and each article's named graph as `@graph` of the article's node.

mod context;

use std::collections::BTreeMap;
use std::io::Write;

use oxrdf::vocab::{rdf, xsd};
use oxrdf::{GraphName, Literal, NamedNode, NamedOrBlankNodeRef, Quad, Term};
use serde::Serialize;
use serde_json::{Value, json};

use self::context::{ActiveContext, Coercion, TermDefinition};
use crate::export::error::ExportError;
use crate::export::options::ExportOptions;
use crate::export::quads::quads;
use crate::graph::KnowledgeGraph;

pub(super) fn write<W: Write>(
    graph: &KnowledgeGraph,
    options: &ExportOptions,
    mut writer: W,
) -> Result<W, ExportError> {
    let context = ActiveContext::new(graph.base(), &options.context)?;
    let nodes = node_objects(&context, &quads(graph, options))?;
    let document = Document { context: context.value, graph: nodes };
    serde_json::to_writer_pretty(&mut writer, &document)?;
    writer.write_all(b"\n")?;
    Ok(writer)
}

#[derive(Serialize)]
struct Document {
    #[serde(rename = "@context")]
    context: Value,
    #[serde(rename = "@graph")]
    graph: Vec<NodeObject>,
}

/// A node object; the field order is the key order: `@id`, `@type`, the terms, then `@graph`.
#[derive(Serialize)]
struct NodeObject {
    #[serde(rename = "@id")]
    id: String,
    #[serde(rename = "@type", skip_serializing_if = "Option::is_none")]
    types: Option<Value>,
    #[serde(flatten)]
    properties: BTreeMap<String, Value>,
    /// The named graph that this node names.
    #[serde(rename = "@graph", skip_serializing_if = "Vec::is_empty")]
    graph: Vec<NodeObject>,
}

/// The top-level node objects, by `@id`: one per subject of the default graph, and each named graph
/// under the node that names it. `quads` runs graph by graph and subject by subject, the default
/// graph first, so each run of equal names is one whole graph or node.
fn node_objects(context: &ActiveContext, quads: &[Quad]) -> Result<Vec<NodeObject>, serde_json::Error> {
    let mut top = BTreeMap::new();
    for graph in quads.chunk_by(|a, b| a.graph_name == b.graph_name) {
        let nodes = (graph.chunk_by(|a, b| a.subject == b.subject))
            .map(|quads| node_object(context, quads))
            .collect::<Result<Vec<_>, _>>()?;
        match graph_node(&graph[0].graph_name) {
            None => top.extend(nodes.into_iter().map(|node| (node.id.clone(), node))),
            Some(name) => {
                let id = context.node_id(name)?;
                top.entry(id.clone()).or_insert_with(|| NodeObject::new(id)).graph = nodes;
            }
        }
    }
    Ok(top.into_values().collect())
}

/// The node that names a graph; `None` for the default graph.
fn graph_node(name: &GraphName) -> Option<NamedOrBlankNodeRef<'_>> {
    match name {
        GraphName::DefaultGraph => None,
        GraphName::NamedNode(name) => Some(name.into()),
        GraphName::BlankNode(name) => Some(name.into()),
    }
}

impl NodeObject {
    fn new(id: String) -> Self {
        Self { id, types: None, properties: BTreeMap::new(), graph: Vec::new() }
    }
}

/// One subject's quads as a node object: classes under `@type`, each predicate under its term.
fn node_object(context: &ActiveContext, quads: &[Quad]) -> Result<NodeObject, serde_json::Error> {
    let mut node = NodeObject::new(context.node_id(quads[0].subject.as_ref())?);
    let classes = quads.iter().filter_map(class).map(|class| context.vocab(class.as_ref()).map(Value::from));
    let classes = classes.collect::<Result<Vec<_>, _>>()?;
    node.types = (!classes.is_empty()).then(|| one_or_many(classes, false));
    let properties: Vec<&Quad> = quads.iter().filter(|quad| class(quad).is_none()).collect();
    for same_predicate in properties.chunk_by(|a, b| a.predicate == b.predicate) {
        let predicate = same_predicate[0].predicate.as_ref();
        let term = context.term(predicate);
        let values = same_predicate.iter().map(|quad| object_value(context, &quad.object, term));
        let values = values.collect::<Result<Vec<_>, _>>()?;
        node.properties.insert(context.vocab(predicate)?, one_or_many(values, term.is_some_and(|term| term.set)));
    }
    Ok(node)
}

/// The class a quad gives its subject, if it is an `rdf:type` quad that `@type` can hold.
fn class(quad: &Quad) -> Option<&NamedNode> {
    match &quad.object {
        Term::NamedNode(class) if quad.predicate == rdf::TYPE => Some(class),
        _ => None,
    }
}

fn one_or_many(mut values: Vec<Value>, set: bool) -> Value {
    match values.len() {
        1 if !set => values.remove(0),
        _ => Value::Array(values),
    }
}

/// An object under `term`: as a bare string or number when the term's coercion reads it back
/// exactly, else in expanded form, so that nothing is lost.
fn object_value(
    context: &ActiveContext,
    object: &Term,
    term: Option<&TermDefinition>,
) -> Result<Value, serde_json::Error> {
    let coercion = term.map_or(&Coercion::None, |term| &term.coercion);
    match object {
        Term::NamedNode(node) => Ok(context.node_value(node.into(), *coercion == Coercion::Id)),
        Term::BlankNode(node) => Ok(context.node_value(node.into(), *coercion == Coercion::Id)),
        Term::Literal(literal) => literal_value(context, literal, coercion),
    }
}

fn literal_value(context: &ActiveContext, literal: &Literal, coercion: &Coercion) -> Result<Value, serde_json::Error> {
    let (value, datatype) = (literal.value(), literal.datatype());
    Ok(match (coercion, literal.language()) {
        (Coercion::Datatype(coerced), None) if coerced == datatype.as_str() => {
            count(literal).map_or_else(|| value.into(), Value::from)
        }
        (Coercion::None, None) if datatype == xsd::STRING => value.into(),
        (_, Some(language)) => json!({ "@language": language, "@value": value }),
        (_, None) if datatype == xsd::STRING => json!({ "@value": value }),
        (_, None) => json!({ "@type": context.vocab(datatype)?, "@value": value }),
    })
}

/// An offset as a JSON number, which JSON-LD turns back into the same `xsd:nonNegativeInteger`
/// literal when the lexical form is canonical (no sign, no leading zeros) and every JSON reader holds
/// the number exactly (up to 2^53).
fn count(literal: &Literal) -> Option<u64> {
    let value = literal.value();
    let number = value.parse::<u64>().ok().filter(|number| number.to_string() == value && *number <= 1 << 53)?;
    (literal.datatype() == xsd::NON_NEGATIVE_INTEGER).then_some(number)
}
