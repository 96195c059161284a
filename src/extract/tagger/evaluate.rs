//! Exact-match precision, recall and F1 per entity type: a found name counts only if both its tokens
//! and its type are right.

use super::label::spans;
use super::sentence::TrainingSentence;
use super::tagging::Tagger;
use crate::contract::EntityType;
use crate::extract::Hints;

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Score {
    pub true_positives: usize,
    pub false_positives: usize,
    pub false_negatives: usize,
}

impl Score {
    pub fn precision(&self) -> f64 {
        ratio(self.true_positives, self.true_positives + self.false_positives)
    }

    pub fn recall(&self) -> f64 {
        ratio(self.true_positives, self.true_positives + self.false_negatives)
    }

    pub fn f1(&self) -> f64 {
        let (precision, recall) = (self.precision(), self.recall());
        if precision + recall == 0.0 { 0.0 } else { 2.0 * precision * recall / (precision + recall) }
    }

    fn add(&mut self, other: Score) {
        self.true_positives += other.true_positives;
        self.false_positives += other.false_positives;
        self.false_negatives += other.false_negatives;
    }
}

fn ratio(part: usize, whole: usize) -> f64 {
    if whole == 0 { 0.0 } else { part as f64 / whole as f64 }
}

/// Scores per entity type, in the order Person, Organization, Place.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Evaluation {
    pub by_type: [(EntityType, Score); 3],
}

impl Evaluation {
    /// All types pooled (micro-averaged).
    pub fn overall(&self) -> Score {
        let mut overall = Score::default();
        self.by_type.iter().for_each(|(_, score)| overall.add(*score));
        overall
    }
}

/// Tags every document and compares the names found in each sentence with the names in its tags.
pub fn evaluate(
    tagger: &Tagger,
    documents: &[Vec<TrainingSentence>],
    hints: impl Fn(&[&str]) -> Vec<Hints>,
) -> Evaluation {
    let mut by_type = EntityType::ALL.map(|kind| (kind, Score::default()));
    for document in documents {
        let words: Vec<Vec<&str>> = document.iter().map(TrainingSentence::word_refs).collect();
        let facts: Vec<Vec<Hints>> = words.iter().map(|words| hints(words)).collect();
        let sentences: Vec<(&[&str], &[Hints])> =
            words.iter().zip(&facts).map(|(words, facts)| (words.as_slice(), facts.as_slice())).collect();
        for (sentence, found) in document.iter().zip(tagger.tag_document(&sentences)) {
            let expected = spans(&sentence.tags);
            for (kind, score) in &mut by_type {
                let found = found.iter().filter(|(_, found_kind)| found_kind == kind);
                let expected = || expected.iter().filter(|(_, expected_kind)| expected_kind == kind);
                let matched = found.clone().filter(|span| expected().any(|wanted| wanted == *span)).count();
                score.true_positives += matched;
                score.false_positives += found.count() - matched;
                score.false_negatives += expected().count() - matched;
            }
        }
    }
    Evaluation { by_type }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn scores_follow_their_definitions() {
        let score = Score { true_positives: 3, false_positives: 1, false_negatives: 3 };
        assert_eq!(score.precision(), 0.75);
        assert_eq!(score.recall(), 0.5);
        assert!((score.f1() - 0.6).abs() < 1e-12);
        assert_eq!(Score::default().f1(), 0.0);
    }
}
