//! RDF/XML, with the vocabularies as XML namespaces. It has no named graphs, so it holds every triple.

use std::io::Write;

use oxrdfxml::RdfXmlSerializer;

use super::error::ExportError;
use super::options::ExportOptions;
use super::quads::triples;
use super::vocab::PREFIXES;
use crate::graph::KnowledgeGraph;

pub(super) fn write<W: Write>(graph: &KnowledgeGraph, options: &ExportOptions, writer: W) -> Result<W, ExportError> {
    let mut serializer = RdfXmlSerializer::new();
    for (name, iri) in PREFIXES {
        serializer = serializer.with_prefix(name, iri)?;
    }
    let mut serializer = serializer.for_writer(writer);
    for triple in triples(graph, options) {
        serializer.serialize_triple(&triple)?;
    }
    Ok(serializer.finish()?)
}
