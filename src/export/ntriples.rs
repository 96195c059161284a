//! N-Triples: every triple of every article, one per line.

use std::io::Write;

use oxttl::NTriplesSerializer;

use super::error::ExportError;
use super::options::ExportOptions;
use super::quads::triples;
use crate::graph::KnowledgeGraph;

pub(super) fn write<W: Write>(graph: &KnowledgeGraph, options: &ExportOptions, writer: W) -> Result<W, ExportError> {
    let mut serializer = NTriplesSerializer::new().for_writer(writer);
    for triple in triples(graph, options) {
        serializer.serialize_triple(&triple)?;
    }
    Ok(serializer.finish())
}
