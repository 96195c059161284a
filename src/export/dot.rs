//! placeholder
use std::io::Write;
use super::ExportError;
use crate::graph::KnowledgeGraph;
pub(super) fn write<W: Write>(_graph: &KnowledgeGraph, writer: W) -> Result<W, ExportError> { Ok(writer) }
