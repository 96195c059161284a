//! Training: greedy left-to-right averaged perceptron over shuffled sentences, then pruning and
//! quantisation into the weights that [`Tagger`] loads.

use super::Tagger;
use super::casing::{casing, headline_word};
use super::features::{self, Casing, Context};
use super::hash::mix;
use super::label::BioTag;
use super::memory::DocumentMemory;
use super::perceptron::Perceptron;
use super::token::TokenView;
use super::weights::{TagWeights, Weights};
use crate::extract::Hints;

/// A tokenised sentence with one tag per word.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TrainingSentence {
    pub words: Vec<String>,
    pub tags: Vec<BioTag>,
}

impl TrainingSentence {
    pub fn word_refs(&self) -> Vec<&str> {
        self.words.iter().map(String::as_str).collect()
    }
}

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
        let guess = best_tag(&perceptron.scores(keys));
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

/// The highest-scoring tag; ties go to the lowest index, so to `Outside` first.
pub fn best_tag<T: PartialOrd + Copy>(scores: &[T; BioTag::COUNT]) -> BioTag {
    let mut best = 0;
    for index in 1..BioTag::COUNT {
        if scores[index] > scores[best] {
            best = index;
        }
    }
    BioTag::from_index(best)
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
