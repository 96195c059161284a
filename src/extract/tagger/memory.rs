//! What the tagger said of each word across one document, after Ratinov and Roth's (2009) context
//! aggregation: a first pass tags every sentence without it, and the second pass sees, for each
//! word, the label its capitalised occurrences in prose got most often. A word in an all-caps
//! dateline or a headline, or a name that is ambiguous where it stands, so borrows the reading the
//! rest of the document gives it.

use super::features::Casing;
use super::label::BioTag;
use super::token::{Flags, TokenView};
use crate::extract::gazetteer::FastMap;

/// Outside, then Person, Organization, Place: the label indices without Begin and Inside.
const LABELS: usize = 4;

#[derive(Clone, Debug, Default)]
pub struct DocumentMemory {
    counts: FastMap<u64, [u16; LABELS]>,
}

impl DocumentMemory {
    /// Remembers the labels of a sentence's capitalised words. Headlines are left out: they
    /// capitalise every word, so their capitals say nothing.
    pub fn record(&mut self, tokens: &[TokenView], tags: &[BioTag], casing: Casing) {
        if casing == Casing::Headline {
            return;
        }
        for (token, tag) in tokens.iter().zip(tags) {
            if token.flags.contains(Flags::CAPITALISED) && !token.flags.contains(Flags::ALL_CAPS) {
                let label = tag.entity_type().map_or(0, |kind| 1 + BioTag::Begin(kind).index() / 2);
                let counts = self.counts.entry(token.word).or_default();
                counts[label] = counts[label].saturating_add(1);
            }
        }
    }

    /// The label the word got most often (ties to the lower index, so to Outside first), or `None`
    /// when it was never seen capitalised in prose.
    pub fn recall(&self, word: u64) -> Option<u64> {
        let counts = self.counts.get(&word)?;
        let best = (1..LABELS).fold(0, |best, label| if counts[label] > counts[best] { label } else { best });
        Some(best as u64)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::contract::EntityType;
    use crate::extract::Hints;

    #[test]
    fn the_most_frequent_prose_label_is_recalled_for_any_casing() {
        let views = |words: &[&str]| words.iter().map(|word| TokenView::new(word, Hints::empty())).collect::<Vec<_>>();
        let place = BioTag::Begin(EntityType::Place);
        let mut memory = DocumentMemory::default();
        memory.record(&views(&["Talks", "in", "Varna"]), &[BioTag::Outside, BioTag::Outside, place], Casing::Prose);
        memory.record(&views(&["Varna", "Mayor"]), &[place, BioTag::Outside], Casing::Headline);
        let word = |text: &str| TokenView::new(text, Hints::empty()).word;
        assert_eq!(memory.recall(word("VARNA")), Some(3));
        assert_eq!(memory.recall(word("talks")), Some(0));
        assert_eq!(memory.recall(word("Mayor")), None);
        assert_eq!(memory.recall(word("in")), None);
    }
}
