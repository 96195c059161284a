//! TriG: the default graph, then one named graph per article with what that article asserts.

use std::io::Write;

use oxttl::TriGSerializer;

use super::error::ExportError;
use super::options::ExportOptions;
use super::prefixes::prefixes;
use super::quads::quads;
use crate::graph::KnowledgeGraph;

pub(super) fn write<W: Write>(graph: &KnowledgeGraph, options: &ExportOptions, writer: W) -> Result<W, ExportError> {
    let mut serializer = TriGSerializer::new();
    for (name, iri) in prefixes(graph) {
        serializer = serializer.with_prefix(name, iri)?;
    }
    let mut serializer = serializer.for_writer(writer);
    for quad in quads(graph, options) {
        serializer.serialize_quad(&quad)?;
    }
    Ok(serializer.finish()?)
}
