//! A sentence labelled for training and evaluation: what the GMB reader makes and the trainer reads.

use super::label::BioTag;

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
