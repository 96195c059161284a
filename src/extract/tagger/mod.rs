//! A statistical named-entity tagger: a greedy left-to-right averaged perceptron over hashed
//! features, trained on the Groningen Meaning Bank (see `data/README.md`).
//!
//! The committed model, `data/tagger.bin`, is compiled in and loaded once by [`Tagger::get`];
//! regenerate it with `cargo run --release -- train-tagger`.

mod casing;
mod error;
mod evaluate;
mod features;
mod hash;
mod label;
mod memory;
mod perceptron;
mod sentence;
mod shape;
mod tagging;
mod token;
mod train;
mod transform;
mod weights;
mod word_classes;

pub(crate) use casing::casing;
pub use evaluate::{Evaluation, evaluate};
pub(crate) use features::Casing;
pub use label::BioTag;
pub use sentence::TrainingSentence;
pub use tagging::Tagger;
pub use train::{TrainOptions, train};
pub use transform::{GmbToken, from_gmb};
