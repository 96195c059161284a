//! Entities, statements and relations found in a document, in the published extraction contract
//! (`schemas/extraction.schema.json`). Pure functions, no I/O.

mod coreference;
mod document;
mod gazetteer;
mod hints;
mod model;
mod names;
mod pipeline;
mod relations;
mod repeats;
mod statements;
mod tagger;
mod validate;
mod written_dates;

pub use gazetteer::{Gazetteer, Organization, Place, PlaceKind};
pub use hints::Hints;
pub use model::{Entity, EntityType, Event, Extraction, Predicate, Relation, Span, Statement, StatementKind};
pub use pipeline::extract;
pub use tagger::{
    BioTag, Evaluation, GmbToken, Score, Tagger, TaggerError, TrainOptions, TrainingSentence, evaluate, from_gmb, train,
};
pub use validate::ContractError;
