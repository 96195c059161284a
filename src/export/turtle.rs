//! Turtle, with one prefix per node kind and triples grouped by subject.

use std::io::Write;

use oxttl::TurtleSerializer;

use super::error::ExportError;
use super::options::ExportOptions;
use super::prefixes::prefixes;
use super::quads::triples;
use crate::graph::KnowledgeGraph;

pub(super) fn write<W: Write>(graph: &KnowledgeGraph, options: &ExportOptions, writer: W) -> Result<W, ExportError> {
    let mut serializer = TurtleSerializer::new();
    for (name, iri) in prefixes(graph) {
        serializer = serializer.with_prefix(name, iri)?;
    }
    let mut serializer = serializer.for_writer(writer);
    for triple in triples(graph, options) {
        serializer.serialize_triple(&triple)?;
    }
    Ok(serializer.finish()?)
}
