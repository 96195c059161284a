//! placeholder
use std::io::Write;
use super::{ExportError, ExportOptions};
use crate::graph::KnowledgeGraph;
pub(super) fn write<W: Write>(_graph: &KnowledgeGraph, _options: &ExportOptions, writer: W) -> Result<W, ExportError> { Ok(writer) }
