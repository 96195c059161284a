//! Entities, statements and relations found in a document, in the published extraction contract
//! (`crate::contract`). Pure functions, no I/O. `pipeline.rs` runs the passes over one [`doc::Doc`]:
//! `entities/`, then `statements/` and `relations/`, with the resources beside them (`gazetteer/`,
//! `tagger/`, `hints.rs`, `lexicon.rs`, `written_dates.rs`).

mod doc;
mod entities;
mod gazetteer;
mod hints;
mod lexicon;
mod pipeline;
mod relations;
mod statements;
mod tagger;
mod written_dates;

// What the binary and the benchmark use: extraction, and the tagger's training and evaluation.
pub use gazetteer::Gazetteer;
pub use hints::Hints;
pub use pipeline::extract;
pub use tagger::{BioTag, Evaluation, GmbToken, Tagger, TrainOptions, TrainingSentence, evaluate, from_gmb, train};
