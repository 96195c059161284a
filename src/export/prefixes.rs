//! The prefix declarations of the Turtle and `TriG` writers.

use super::vocab;
use crate::graph::{KnowledgeGraph, NodeKind};

/// Prefixes for Turtle and TriG: one per node kind under the base, then the vocabularies.
pub(super) fn prefixes(graph: &KnowledgeGraph) -> impl Iterator<Item = (&'static str, String)> {
    let kinds = NodeKind::ALL.into_iter().map(|kind| (kind.segment(), graph.base().namespace(kind)));
    kinds.chain(vocab::PREFIXES.into_iter().map(|(name, iri)| (name, iri.to_owned())))
}
