//! The extraction contract (`schemas/extraction.schema.json`): what an extractor hands the graph, as
//! Rust types, and the promises JSON Schema cannot check. Any extractor, ours or another tool, meets it.

mod model;
pub mod names;
mod validate;

pub use model::{Entity, EntityType, Event, Extraction, Predicate, Relation, Span, Statement, StatementKind};
pub use validate::ContractError;
