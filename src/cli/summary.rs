//! The one-line summary a command prints at its end, and the counts it is made of.

use std::io::{self, Write};
use std::ops::AddAssign;
use std::path::Path;
use std::time::Duration;

use newsgraph::contract::Extraction;
use newsgraph::graph::{Edge, KnowledgeGraph, Node};

use super::output::is_stdout;
use super::report::Tally;

/// What was found: entities, statements and relations.
#[derive(Debug, Default, Clone, Copy)]
pub struct Found {
    pub entities: usize,
    pub statements: usize,
    pub relations: usize,
}

impl Found {
    pub fn in_extraction(extraction: &Extraction) -> Self {
        Self {
            entities: extraction.entities.len(),
            statements: extraction.statements.len(),
            relations: extraction.relations.len(),
        }
    }

    /// The graph's entity and statement nodes and relation edges, each counted once across articles.
    pub fn in_graph(graph: &KnowledgeGraph) -> Self {
        let graph = graph.petgraph();
        let nodes = |wanted: fn(&Node) -> bool| graph.node_weights().filter(|node| wanted(node)).count();
        Self {
            entities: nodes(|node| matches!(node, Node::Entity(_))),
            statements: nodes(|node| matches!(node, Node::Statement(_))),
            relations: graph.edge_weights().filter(|edge| matches!(edge, Edge::Relation(_))).count(),
        }
    }
}

impl AddAssign for Found {
    fn add_assign(&mut self, other: Self) {
        self.entities += other.entities;
        self.statements += other.statements;
        self.relations += other.relations;
    }
}

/// `newsgraph: 4 documents read, 0 failed; 41 entities, 12 statements, 9 relations; 52,114 bytes
/// written to out.jsonl in 0.42 s`
pub fn line(tally: &Tally, found: Found, written: u64, output: &Path, elapsed: Duration) -> String {
    let target = if is_stdout(output) { "standard output".into() } else { output.display().to_string() };
    format!(
        "newsgraph: {} documents read, {} failed; {} entities, {} statements, {} relations; {written} bytes written to {target} in {:.2} s",
        tally.succeeded + tally.failed,
        tally.failed,
        found.entities,
        found.statements,
        found.relations,
        elapsed.as_secs_f64()
    )
}

/// A writer that counts the bytes that pass through it.
pub struct CountingWriter<W> {
    inner: W,
    pub written: u64,
}

impl<W: Write> CountingWriter<W> {
    pub fn new(inner: W) -> Self {
        Self { inner, written: 0 }
    }
}

impl<W: Write> Write for CountingWriter<W> {
    fn write(&mut self, buffer: &[u8]) -> io::Result<usize> {
        let written = self.inner.write(buffer)?;
        self.written += written as u64;
        Ok(written)
    }

    fn flush(&mut self) -> io::Result<()> {
        self.inner.flush()
    }
}
