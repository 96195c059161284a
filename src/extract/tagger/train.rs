//! Training: greedy left-to-right averaged perceptron over shuffled documents, in two passes each, then pruning and
//! quantisation into the weights that [`Tagger`] loads.

use super::casing::{casing, headline_word};
use super::features::{self, Casing, Context};
use super::hash::mix;
use super::label::BioTag;
use super::memory::DocumentMemory;
use super::perceptron::Perceptron;
use super::sentence::TrainingSentence;
use super::tagging::Tagger;
use super::token::TokenView;
use super::weights::{TagWeights, Weights};
use crate::extract::Hints;

#[derive(Clone, Debug)]
pub struct TrainOptions {
    /// Passes over the data.
    pub epochs: usize,
    /// Seeds the shuffling and the choice of headline copies: the same seed gives the same model.
    pub seed: u64,
    /// One sentence in this many is also trained on as a Title Case headline; 0 for none.
    pub headline_every: u64,
    /// Features whose averaged weights all stay below this in magnitude are dropped.
    pub prune_below: f32,
}

impl Default for TrainOptions {
    fn default() -> Self {
        Self { epochs: 8, seed: 0x6e65_7773_6772_6170, headline_every: 8, prune_below: 0.05 }
    }
}

/// A sentence reduced to what training reads, computed once for all epochs.
struct Prepared {
    tokens: Vec<TokenView>,
    tags: Vec<BioTag>,
    casing: Casing,
}

impl Prepared {
    fn new(words: &[&str], tags: &[BioTag], hints: &impl Fn(&[&str]) -> Vec<Hints>) -> Self {
        Self { tokens: TokenView::sentence(words, &hints(words)), tags: tags.to_vec(), casing: casing(words) }
    }
}

/// Trains a tagger on documents, each a list of sentences: as in tagging, a first pass over a
/// document learns without its memory, and a second learns with the memory of the first one's guesses.
/// `hints` gives the gazetteer facts of a sentence's words, as tagging will.
pub fn train(
    documents: &[Vec<TrainingSentence>],
    hints: impl Fn(&[&str]) -> Vec<Hints>,
    options: &TrainOptions,
) -> Tagger {
    let mut random = SplitMix(options.seed);
    let mut prepared: Vec<Vec<Prepared>> = Vec::with_capacity(documents.len());
    for document in documents {
        let mut sentences = Vec::with_capacity(document.len());
        for sentence in document {
            let words = sentence.word_refs();
            sentences.push(Prepared::new(&words, &sentence.tags, &hints));
            if options.headline_every > 0 && random.next().is_multiple_of(options.headline_every) {
                let headline: Vec<String> =
                    words.iter().enumerate().map(|(index, word)| headline_word(word, index == 0)).collect();
                let headline: Vec<&str> = headline.iter().map(String::as_str).collect();
                sentences.push(Prepared::new(&headline, &sentence.tags, &hints));
            }
        }
        prepared.push(sentences);
    }
    let mut perceptron = Perceptron::default();
    let mut order: Vec<usize> = (0..prepared.len()).collect();
    let mut keys = Vec::new();
    for _ in 0..options.epochs {
        random.shuffle(&mut order);
        for document in order.iter().map(|&index| &prepared[index]) {
            let mut memory = DocumentMemory::default();
            for sentence in document {
                let guesses = learn(&mut perceptron, sentence, None, &mut keys);
                memory.record(&sentence.tokens, &guesses, sentence.casing);
            }
            for sentence in document {
                learn(&mut perceptron, sentence, Some(&memory), &mut keys);
            }
        }
    }
    Tagger { weights: quantise(perceptron.averaged(), options.prune_below) }
}

/// One perceptron pass over a sentence; returns the guesses made.
fn learn(
    perceptron: &mut Perceptron,
    sentence: &Prepared,
    memory: Option<&DocumentMemory>,
    keys: &mut Vec<u64>,
) -> Vec<BioTag> {
    let context = Context { tokens: &sentence.tokens, casing: sentence.casing, memory };
    let mut guesses = Vec::with_capacity(sentence.tags.len());
    let mut previous = BioTag::Outside;
    for (index, &truth) in sentence.tags.iter().enumerate() {
        features::collect(context, index, previous, keys);
        let guess = BioTag::best(&perceptron.scores(keys));
        if guess != truth {
            perceptron.update(keys, truth, guess);
        }
        perceptron.tick();
        // The model learns from its own guesses, as it will see them when tagging.
        previous = guess;
        guesses.push(guess);
    }
    guesses
}

/// Drops features with only tiny weights and scales the rest into i16 by one common factor.
fn quantise(averaged: Vec<(u64, [f32; BioTag::COUNT])>, prune_below: f32) -> Weights {
    let magnitude = |weights: &[f32; BioTag::COUNT]| weights.iter().fold(0.0f32, |max, weight| max.max(weight.abs()));
    let kept: Vec<_> = averaged.into_iter().filter(|(_, weights)| magnitude(weights) >= prune_below).collect();
    let largest = kept.iter().map(|(_, weights)| magnitude(weights)).fold(f32::MIN_POSITIVE, f32::max);
    let scale = f32::from(i16::MAX) / largest;
    let entries = kept.into_iter().map(|(key, weights)| (key, weights.map(|weight| (weight * scale).round() as i16)));
    let entries: Vec<(u64, TagWeights)> =
        entries.filter(|(_, weights)| weights.iter().any(|&weight| weight != 0)).collect();
    Weights::from_entries(entries.into_iter()).expect("perceptron keys are distinct and non-zero")
}

/// A small deterministic generator (splitmix64), so that training does not depend on a crate's
/// choice of algorithm.
struct SplitMix(u64);

impl SplitMix {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9e37_79b9_7f4a_7c15);
        mix(self.0)
    }

    /// Fisher–Yates.
    fn shuffle<T>(&mut self, items: &mut [T]) {
        for last in (1..items.len()).rev() {
            let other = (self.next() % (last as u64 + 1)) as usize;
            items.swap(last, other);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::contract::EntityType::{Organization, Person, Place};
    use crate::extract::tagger::evaluate::evaluate;

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
        let tagger =
            train(std::slice::from_ref(&corpus), no_hints, &TrainOptions { epochs: 3, ..TrainOptions::default() });
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
}
