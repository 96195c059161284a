//! Entities, statements and relations found in a document, in the published extraction contract
//! (`schemas/extraction.schema.json`). Pure functions, no I/O.

mod doc;
mod entities;
mod gazetteer;
mod hints;
mod pipeline;
mod relations;
mod statements;
mod tagger;
mod written_dates;

pub use gazetteer::{Gazetteer, Organization, Place, PlaceKind};
pub use hints::Hints;
pub use pipeline::extract;
pub use tagger::{
    BioTag, Evaluation, GmbToken, Score, Tagger, TaggerError, TrainOptions, TrainingSentence, evaluate, from_gmb, train,
};
