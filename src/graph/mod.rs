//! The knowledge graph: one petgraph model that documents merge into, with deterministic IRIs.

mod iri;
mod merge;
mod model;

pub use iri::{Base, BaseError, NodeKind};
pub use merge::{BuildError, CheckedExtraction, GraphBuilder, Rejected};
pub use model::{
    Appearance, ArticleNode, Edge, EntityNode, EventNode, KnowledgeGraph, Node, RelationEdge, StatementNode,
};
