//! Tagging at run time: the committed model, loaded once, and the greedy left-to-right decoder.

use std::ops::Range;
use std::sync::OnceLock;

use super::casing::casing;
use super::error::TaggerError;
use super::features;
use super::label::{self, BioTag};
use super::token::TokenView;
use super::weights::Weights;
use crate::contract::EntityType;
use crate::extract::Hints;

/// The committed model; see `weights.rs` for its format.
static MODEL: &[u8] = include_bytes!("../../../data/tagger.bin");

/// Finds the names of people, organisations and places in tokenised sentences.
#[derive(Clone, Debug)]
pub struct Tagger {
    pub(super) weights: Weights,
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

    /// Tags one sentence and returns its names as token ranges with their type. `hints` holds the
    /// gazetteer facts of each word; missing entries (an empty slice, say) count as no facts.
    pub fn tag(&self, words: &[&str], hints: &[Hints]) -> Vec<(Range<usize>, EntityType)> {
        let tokens = TokenView::sentence(words, hints);
        let casing = casing(words);
        let mut tags = Vec::with_capacity(words.len());
        let mut keys = Vec::new();
        let mut previous = BioTag::Outside;
        for index in 0..tokens.len() {
            features::collect(&tokens, index, previous, casing, &mut keys);
            let mut scores = [0; BioTag::COUNT];
            for &key in &keys {
                self.weights.add_to(key, &mut scores);
            }
            previous = BioTag::best(&scores);
            tags.push(previous);
        }
        label::spans(&tags)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use EntityType::{Person, Place};

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
