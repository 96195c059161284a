//! Writers of the graph, one file per format behind one [`Format`] enum. Every writer streams to an
//! `io::Write`; the RDF ones go through oxttl and oxrdfxml, never through string concatenation.

mod dot;
mod format;
mod jsonld;
mod label;
mod node_link;
mod nquads;
mod ntriples;
mod quads;
mod rdfxml;
mod trig;
mod turtle;
pub mod vocab;

use std::io::Write;

pub use format::Format;
pub use quads::{quads, triples};

use crate::graph::{KnowledgeGraph, NodeKind};

/// Choices that shape the output beyond its format.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ExportOptions {
    /// Write every mention as a NIF phrase with its offsets.
    pub mentions: bool,
    /// Where JSON-LD takes its context from.
    pub context: JsonLdContext,
}

/// JSON-LD either embeds the published context (`schemas/context.jsonld`) or refers to it by URL.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub enum JsonLdContext {
    #[default]
    Embedded,
    Url(String),
}

#[derive(Debug, thiserror::Error)]
pub enum ExportError {
    #[error(transparent)]
    Io(#[from] std::io::Error),
    #[error("a prefix is not a valid IRI: {0}")]
    Prefix(#[from] oxrdf::IriParseError),
    #[error(transparent)]
    Json(#[from] serde_json::Error),
    #[error("RDF/XML (XML 1.0) cannot carry the character U+{:04X} of the {predicate} of {subject}; use another format", u32::from(*character))]
    NotXml { character: char, subject: String, predicate: String },
}

/// Writes the graph in `format` and returns the writer, flushed.
pub fn write<W: Write>(
    graph: &KnowledgeGraph,
    format: Format,
    options: &ExportOptions,
    writer: W,
) -> Result<W, ExportError> {
    let mut writer = match format {
        Format::Turtle => turtle::write(graph, options, writer)?,
        Format::NTriples => ntriples::write(graph, options, writer)?,
        Format::NQuads => nquads::write(graph, options, writer)?,
        Format::TriG => trig::write(graph, options, writer)?,
        Format::RdfXml => rdfxml::write(graph, options, writer)?,
        Format::JsonLd => jsonld::write(graph, options, writer)?,
        Format::Dot => dot::write(graph, writer)?,
        Format::NodeLink => node_link::write(graph, writer)?,
    };
    writer.flush()?;
    Ok(writer)
}

/// Prefixes for Turtle and TriG: one per node kind under the base, then the vocabularies.
fn prefixes(graph: &KnowledgeGraph) -> impl Iterator<Item = (&'static str, String)> {
    let kinds = NodeKind::ALL.into_iter().map(|kind| (kind.segment(), graph.base().namespace(kind)));
    kinds.chain(vocab::PREFIXES.into_iter().map(|(name, iri)| (name, iri.to_owned())))
}
