//! Multi-word names as paths in a trie over token ids, so the longest name starting at a token is found
//! with one hash probe per token of the match and no string comparison.

use super::fast_hash::FastMap;
use std::borrow::Cow;

/// Numbers the distinct tokens of a set of names. Several tries share one vocabulary so that a token of
/// running text is looked up once for all of them.
#[derive(Default)]
pub struct Vocabulary {
    ids: FastMap<Cow<'static, str>, u32>,
}

impl Vocabulary {
    pub fn intern(&mut self, token: impl Into<Cow<'static, str>>) -> u32 {
        let next = u32::try_from(self.ids.len()).expect("fewer than 2^32 tokens");
        *self.ids.entry(token.into()).or_insert(next)
    }

    pub fn id(&self, token: &str) -> Option<u32> {
        self.ids.get(token).copied()
    }
}

/// Token-id sequences mapped to a value (an index into the owner's table).
pub struct PhraseTrie {
    /// (node << 32 | token id) → child node; node 0 is the root.
    edges: FastMap<u64, u32>,
    values: Vec<Option<u32>>,
}

impl Default for PhraseTrie {
    fn default() -> Self {
        Self { edges: FastMap::default(), values: vec![None] }
    }
}

impl PhraseTrie {
    /// Adds a phrase; the first value given for a phrase is kept, since tables list the strongest first.
    pub fn insert(&mut self, tokens: &[u32], value: u32) {
        let mut node = 0u32;
        for &token in tokens {
            let fresh = u32::try_from(self.values.len()).expect("fewer than 2^32 trie nodes");
            node = *self.edges.entry(edge(node, token)).or_insert(fresh);
            if node == fresh {
                self.values.push(None);
            }
        }
        self.values[node as usize].get_or_insert(value);
    }

    /// The longest phrase that the tokens begin with, as (number of tokens, value). A `None` token
    /// (one outside the vocabulary) ends the walk.
    pub fn longest_match(&self, tokens: impl Iterator<Item = Option<u32>>) -> Option<(usize, u32)> {
        let mut node = 0u32;
        let mut best = None;
        for (index, token) in tokens.enumerate() {
            let Some(&child) = token.and_then(|token| self.edges.get(&edge(node, token))) else { break };
            node = child;
            if let Some(value) = self.values[node as usize] {
                best = Some((index + 1, value));
            }
        }
        best
    }
}

fn edge(node: u32, token: u32) -> u64 {
    (u64::from(node) << 32) | u64::from(token)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_longest_phrase_wins_and_a_prefix_still_matches() {
        let mut vocabulary = Vocabulary::default();
        let [new, york, city, delhi] = ["New", "York", "City", "Delhi"].map(|token| vocabulary.intern(token));
        let mut trie = PhraseTrie::default();
        trie.insert(&[new, york], 1);
        trie.insert(&[new, york, city], 2);
        trie.insert(&[new, delhi], 3);
        let ids = |tokens: &[&str]| tokens.iter().map(|token| vocabulary.id(token)).collect::<Vec<_>>();
        assert_eq!(trie.longest_match(ids(&["New", "York", "City", "Hall"]).into_iter()), Some((3, 2)));
        assert_eq!(trie.longest_match(ids(&["New", "York", "Times"]).into_iter()), Some((2, 1)));
        assert_eq!(trie.longest_match(ids(&["New", "Jersey"]).into_iter()), None);
        assert_eq!(trie.longest_match(ids(&["York"]).into_iter()), None);
    }

    #[test]
    fn the_first_value_for_a_phrase_is_kept() {
        let mut vocabulary = Vocabulary::default();
        let georgia = vocabulary.intern("Georgia");
        let mut trie = PhraseTrie::default();
        trie.insert(&[georgia], 7);
        trie.insert(&[georgia], 8);
        assert_eq!(trie.longest_match([Some(georgia)].into_iter()), Some((1, 7)));
        assert_eq!(vocabulary.intern("Georgia"), georgia);
    }
}
