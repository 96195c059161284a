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
    /// said of each word anywhere in the document (`memory.rs`). The features that do not change
    /// between the passes are scored once.
    pub fn tag_document(&self, sentences: &[(&[&str], &[Hints])]) -> Vec<Vec<(Range<usize>, EntityType)>> {
        let mut keys = Vec::new();
        let sentences: Vec<Sentence> = sentences
            .iter()
            .map(|(words, hints)| {
                let tokens = TokenView::sentence(words, hints);
                let casing = casing(words);
                let fixed = (0..tokens.len())
                    .map(|index| {
                        keys.clear();
                        features::collect_fixed(&tokens, casing, index, &mut keys);
                        self.score(&keys, [0; BioTag::COUNT])
                    })
                    .collect();
                Sentence { tokens, casing, fixed }
            })
            .collect();
        let mut memory = DocumentMemory::default();
        for sentence in &sentences {
            let tags = self.tags(sentence, None);
            memory.record(&sentence.tokens, &tags, sentence.casing);
        }
        sentences.iter().map(|sentence| label::spans(&self.tags(sentence, Some(&memory)))).collect()
    }

    /// The greedy left-to-right tags of one sentence.
    fn tags(&self, sentence: &Sentence, memory: Option<&DocumentMemory>) -> Vec<BioTag> {
        let context = Context { tokens: &sentence.tokens, casing: sentence.casing, memory };
        let mut tags = Vec::with_capacity(sentence.tokens.len());
        let mut keys = Vec::new();
        let mut previous = BioTag::Outside;
        for (index, fixed) in sentence.fixed.iter().enumerate() {
            keys.clear();
            features::collect_changing(context, index, previous, &mut keys);
            previous = BioTag::best(&self.score(&keys, *fixed));
            tags.push(previous);
        }
        tags
    }

    /// `scores` plus the weights of `keys`.
    fn score(&self, keys: &[u64], mut scores: [i32; BioTag::COUNT]) -> [i32; BioTag::COUNT] {
        for &key in keys {
            self.weights.add_to(key, &mut scores);
        }
        scores
    }
}

/// A sentence as tagging reads it, with the scores of its tokens' fixed features.
struct Sentence {
    tokens: Vec<TokenView>,
    casing: Casing,
    fixed: Vec<[i32; BioTag::COUNT]>,
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
