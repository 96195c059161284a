//! Per-token gazetteer facts for a sentence: the hot path, run on every token of every document.

use super::lookup::{Gazetteer, is_capitalised};
use super::lowercase::LowercaseBuffer;
use super::places::PlaceKind;
use crate::extract::Hints;

impl Gazetteer {
    /// The gazetteer facts about each token of a sentence (Penn-Treebank-style tokens). Names are
    /// matched greedily from the left, longest first, so a token belongs to at most one name per table.
    pub fn hints(&self, words: &[&str]) -> Vec<Hints> {
        let mut hints = vec![Hints::empty(); words.len()];
        // One vocabulary probe per token; the tries below only compare ids.
        let ids: Vec<Option<u32>> = words.iter().map(|word| self.word_id(word)).collect();
        let mut buffer = LowercaseBuffer::new();
        let (mut place_end, mut organization_end, mut demonym_end, mut role_end) = (0, 0, 0, 0);
        for start in 0..words.len() {
            if let Some(id) = ids[start] {
                if let Some(&facts) = self.word_facts.get(id as usize) {
                    hints[start].insert(facts);
                }
                let rest = || ids[start..].iter().copied();
                if start >= place_end
                    && is_capitalised(words[start])
                    && let Some((length, index)) = self.place_phrases.longest_match(rest())
                {
                    let inside = match self.places[index as usize].kind {
                        PlaceKind::Country => Hints::PLACE | Hints::COUNTRY,
                        _ => Hints::PLACE,
                    };
                    mark(&mut hints[start..start + length], inside, Hints::PLACE_START);
                    place_end = start + length;
                }
                if start >= organization_end
                    && let Some((length, _)) = self.organization_phrases.longest_match(rest())
                {
                    mark(&mut hints[start..start + length], Hints::ORG, Hints::ORG_START);
                    organization_end = start + length;
                }
                if start >= demonym_end
                    && let Some((length, _)) = self.demonym_phrases.longest_match(rest())
                {
                    mark(&mut hints[start..start + length], Hints::DEMONYM, Hints::DEMONYM);
                    demonym_end = start + length;
                }
            }
            if start >= role_end
                && let Some(id) = buffer.lowercase(words[start]).and_then(|word| self.role_words.id(word))
            {
                let rest = std::iter::once(Some(id))
                    .chain(words[start + 1..].iter().map(|word| self.role_words.id(buffer.lowercase(word)?)));
                if let Some((length, _)) = self.role_phrases.longest_match(rest) {
                    mark(&mut hints[start..start + length], Hints::ROLE, Hints::ROLE_START);
                    role_end = start + length;
                }
            }
        }
        hints
    }
}

/// Sets `inside` on every token of a match and `first` on its first token.
fn mark(span: &mut [Hints], inside: Hints, first: Hints) {
    for hint in span.iter_mut() {
        hint.insert(inside);
    }
    span[0].insert(first);
}
