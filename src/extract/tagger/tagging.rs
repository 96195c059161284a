//! Tagging at run time: the committed model, loaded once, and the greedy left-to-right decoder.

use std::ops::Range;
use std::sync::OnceLock;

use super::casing::casing;
use super::error::TaggerError;
use super::features::{self, Casing, Context};
use super::label::{self, BioTag};
use super::memory::DocumentMemory;
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

    /// Tags one sentence on its own and returns its names as token ranges with their type. `hints`
    /// holds the gazetteer facts of each word; missing entries (an empty slice, say) count as no facts.
    pub fn tag(&self, words: &[&str], hints: &[Hints]) -> Vec<(Range<usize>, EntityType)> {
        self.tag_document(&[(words, hints)]).pop().unwrap_or_default()
    }

    /// Tags a document's sentences (words and hints) in two passes: the second sees what the first
    /// said of each word anywhere in the document (`memory.rs`).
    pub fn tag_document(&self, sentences: &[(&[&str], &[Hints])]) -> Vec<Vec<(Range<usize>, EntityType)>> {
        let sentences: Vec<(Vec<TokenView>, Casing)> =
            sentences.iter().map(|(words, hints)| (TokenView::sentence(words, hints), casing(words))).collect();
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
            previous = BioTag::best(&scores);
            tags.push(previous);
        }
        tags
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
