//! N-Quads: one quad per line, each article's assertions in its own named graph.

use std::io::Write;

use oxttl::NQuadsSerializer;

use super::error::ExportError;
use super::options::ExportOptions;
use super::quads::quads;
use crate::graph::KnowledgeGraph;

pub(super) fn write<W: Write>(graph: &KnowledgeGraph, options: &ExportOptions, writer: W) -> Result<W, ExportError> {
    let mut serializer = NQuadsSerializer::new().for_writer(writer);
    for quad in quads(graph, options) {
        serializer.serialize_quad(&quad)?;
    }
    Ok(serializer.finish())
}
