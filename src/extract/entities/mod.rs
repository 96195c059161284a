//! Entities: name mentions found sentence by sentence (`names.rs`, with `spans.rs`, `titles.rs` and
//! `gazetteer_names.rs`, `datelines.rs`, `organization_context.rs`), names repeated elsewhere in the document (`repeats.rs`), and mentions merged
//! into the document's entities (`coreference.rs`), which later passes read as `Resolved`.

mod coreference;
mod datelines;
mod gazetteer_names;
mod mention;
mod names;
mod organization_context;
mod repeats;
mod resolved;
mod spans;
mod titles;

pub(crate) use coreference::resolve;
pub(crate) use names::find_mentions;
pub(crate) use repeats::repeat_known_names;
pub(crate) use resolved::{EntityMention, Resolved};
