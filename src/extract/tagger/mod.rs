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
mod shape;
mod token;
mod train;
mod transform;
mod weights;
mod word_classes;

use std::ops::Range;
use std::sync::OnceLock;

pub(crate) use casing::casing;
pub use error::TaggerError;
pub use evaluate::{Evaluation, Score, evaluate};
pub(crate) use features::Casing;
use features::Context;
pub use label::BioTag;
use memory::DocumentMemory;
pub use train::{TrainOptions, TrainingSentence, train};
pub use transform::{GmbToken, from_gmb};

use super::{EntityType, Hints};
use token::TokenView;
use weights::Weights;

/// The committed model; see `weights.rs` for its format.
static MODEL: &[u8] = include_bytes!("../../../data/tagger.bin");

/// Finds the names of people, organisations and places in tokenised sentences.
#[derive(Clone, Debug)]
pub struct Tagger {
    weights: Weights,
}

impl Tagger {
    /// The committed model, parsed on first use.
    pub fn get() -> &'static Tagger {
        static TAGGER: OnceLock<Tagger> = OnceLock::new();
        TAGGER.get_or_init(|| Tagger::from_bytes(MODEL).expect("the committed data/tagger.bin is valid (tested)"))
    }

    pub fn from_bytes(bytes: &[u8]) -> Result<Tagger, TaggerError> {
        Ok(Tagger { weights: Weights::from_bytes(bytes)? })
    }

    pub fn to_bytes(&self) -> Vec<u8> {
        self.weights.to_bytes()
    }

    /// How many features the model has weights for.
    pub fn feature_count(&self) -> usize {
        self.weights.len()
    }

    /// Tags one sentence on its own and returns its names as token ranges with their type. `hints`
    /// holds the gazetteer facts of each word; missing entries (an empty slice, say) count as no facts.
    pub fn tag(&self, words: &[&str], hints: &[Hints]) -> Vec<(Range<usize>, EntityType)> {
        self.tag_document(&[(words, hints)]).pop().unwrap_or_default()
    }

    /// Tags a document's sentences (words and hints) in two passes: the second sees what the first
    /// said of each word anywhere in the document.
    pub fn tag_document(&self, sentences: &[(&[&str], &[Hints])]) -> Vec<Vec<(Range<usize>, EntityType)>> {
        let sentences: Vec<(Vec<TokenView>, Casing)> =
            sentences.iter().map(|(words, hints)| (TokenView::sentence(words, hints), casing::casing(words))).collect();
        let mut memory = DocumentMemory::default();
        for (tokens, casing) in &sentences {
            let tags = self.tags(Context { tokens, casing: *casing, memory: None });
            memory.record(tokens, &tags, *casing);
        }
        sentences
            .iter()
            .map(|(tokens, casing)| {
                label::spans(&self.tags(Context { tokens, casing: *casing, memory: Some(&memory) }))
            })
            .collect()
    }

    /// The greedy left-to-right tags of one sentence.
    fn tags(&self, context: Context) -> Vec<BioTag> {
        let mut tags = Vec::with_capacity(context.tokens.len());
        let mut keys = Vec::new();
        let mut previous = BioTag::Outside;
        for index in 0..context.tokens.len() {
            features::collect(context, index, previous, &mut keys);
            let mut scores = [0; BioTag::COUNT];
            for &key in &keys {
                self.weights.add_to(key, &mut scores);
            }
            previous = train::best_tag(&scores);
            tags.push(previous);
        }
        tags
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use EntityType::{Organization, Person, Place};

    fn tiny_corpus() -> Vec<TrainingSentence> {
        let sentence = |text: &str, tags: &[BioTag]| TrainingSentence {
            words: text.split(' ').map(str::to_owned).collect(),
            tags: tags.to_vec(),
        };
        use BioTag::{Begin, Inside, Outside};
        vec![
            sentence("Anna Berg visited Oslo .", &[Begin(Person), Inside(Person), Outside, Begin(Place), Outside]),
            sentence(
                "the Acme Group hired Anna Berg",
                &[Outside, Begin(Organization), Inside(Organization), Outside, Begin(Person), Inside(Person)],
            ),
            sentence(
                "Oslo welcomed the Acme Group .",
                &[Begin(Place), Outside, Outside, Begin(Organization), Inside(Organization), Outside],
            ),
        ]
    }

    fn no_hints(words: &[&str]) -> Vec<Hints> {
        vec![Hints::empty(); words.len()]
    }

    #[test]
    fn training_learns_a_tiny_corpus() {
        let corpus = tiny_corpus();
        let options = TrainOptions { epochs: 10, prune_below: 0.0, ..TrainOptions::default() };
        let tagger = train(std::slice::from_ref(&corpus), no_hints, &options);
        let words = corpus[1].word_refs();
        assert_eq!(tagger.tag(&words, &[]), [(1..3, Organization), (4..6, Person)]);
        let evaluation = evaluate(&tagger, &[corpus], no_hints);
        assert_eq!(evaluation.overall().f1(), 1.0);
    }

    #[test]
    fn serialisation_keeps_the_tags() {
        let corpus = tiny_corpus();
        let tagger = train(std::slice::from_ref(&corpus), no_hints, &TrainOptions { epochs: 3, ..TrainOptions::default() });
        let bytes = tagger.to_bytes();
        let loaded = Tagger::from_bytes(&bytes).unwrap();
        assert_eq!(loaded.to_bytes(), bytes);
        for sentence in &corpus {
            let words = sentence.word_refs();
            assert_eq!(loaded.tag(&words, &[]), tagger.tag(&words, &[]));
        }
    }

    #[test]
    fn training_is_deterministic() {
        let corpus = [tiny_corpus()];
        let first = train(&corpus, no_hints, &TrainOptions::default()).to_bytes();
        assert_eq!(train(&corpus, no_hints, &TrainOptions::default()).to_bytes(), first);
    }

    #[test]
    fn the_committed_model_finds_a_person_and_a_place() {
        let words: Vec<&str> = "Russian Deputy Foreign Minister Sergei Ryabkov met Wendy Sherman in Geneva on Monday ."
            .split(' ')
            .collect();
        let hints = crate::extract::Gazetteer::get().hints(&words);
        let found = Tagger::get().tag(&words, &hints);
        assert!(found.contains(&(4..6, Person)), "{found:?}");
        assert!(found.contains(&(10..11, Place)), "{found:?}");
    }
}
