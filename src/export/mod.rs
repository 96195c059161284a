//! Writers of the graph, one file per format behind one [`Format`] enum. Every writer streams to an
//! `io::Write`; the RDF ones go through oxttl and oxrdfxml, never through string concatenation.

mod dot;
mod error;
mod format;
mod graphml;
mod jsonld;
mod label;
pub mod neo4j;
mod node_link;
mod nquads;
mod ntriples;
mod options;
mod prefixes;
mod quads;
mod rdfxml;
mod trig;
mod turtle;
pub mod view;
pub mod vocab;

use std::io::Write;

pub use error::ExportError;
pub use format::Format;
pub use label::shorten;
pub use options::{ExportOptions, JsonLdContext};
pub use quads::{quads, triples};

use crate::graph::KnowledgeGraph;

/// Writes the graph in `format` and returns the writer, flushed. A format whose output is a directory
/// ([`Format::is_directory`]) is written file by file instead, with [`neo4j::write`].
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
        Format::Dot => dot::write(graph, &options.view, writer)?,
        Format::NodeLink => node_link::write(graph, writer)?,
        Format::GraphMl => graphml::write(graph, writer)?,
        Format::Neo4j => return Err(ExportError::Directory(format.name())),
    };
    writer.flush()?;
    Ok(writer)
}
