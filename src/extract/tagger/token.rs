//! What the features need to know about one token, computed once per token in a single pass.

use super::hash::Fnv;
use super::shape;
use super::word_classes::{WordClass, WordClasses};
use crate::extract::Hints;

/// Prefixes and suffixes of 1 to this many characters become features.
pub const AFFIXES: usize = 4;

/// Spelling facts about a token, one bit each.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Flags(u8);

impl Flags {
    pub const CAPITALISED: Self = Self(1 << 0);
    pub const ALL_CAPS: Self = Self(1 << 1);
    pub const HAS_DIGIT: Self = Self(1 << 2);
    pub const HAS_HYPHEN: Self = Self(1 << 3);
    pub const HAS_PERIOD: Self = Self(1 << 4);
    pub const ALL: [Self; 5] = [Self::CAPITALISED, Self::ALL_CAPS, Self::HAS_DIGIT, Self::HAS_HYPHEN, Self::HAS_PERIOD];

    pub const fn contains(self, other: Self) -> bool {
        self.0 & other.0 == other.0
    }

    fn insert(&mut self, other: Self) {
        self.0 |= other.0;
    }

    /// Distinct per flag, so each flag mixes into its own feature.
    pub const fn id(self) -> u64 {
        self.0 as u64
    }
}

/// A token reduced to hashes: its lower-cased word, its shape, its affixes, and its flags and hints.
#[derive(Clone, Copy, Debug)]
pub struct TokenView {
    pub word: u64,
    pub shape: u64,
    /// `prefixes[k]` hashes the first `k + 1` characters; 0 when the word is shorter.
    pub prefixes: [u64; AFFIXES],
    /// `suffixes[k]` hashes the last `k + 1` characters; 0 when the word is shorter.
    pub suffixes: [u64; AFFIXES],
    pub flags: Flags,
    pub hints: Hints,
    /// The word's class in unlabelled text, if it is frequent enough there to have one.
    pub class: Option<WordClass>,
}

impl TokenView {
    /// The views of a sentence's words; missing hints (a short or empty slice) count as no facts.
    pub fn sentence(words: &[&str], hints: &[Hints]) -> Vec<Self> {
        words
            .iter()
            .enumerate()
            .map(|(index, word)| {
                let view = Self::new(word, hints.get(index).copied().unwrap_or_default());
                Self { class: WordClasses::get().of(view.word), ..view }
            })
            .collect()
    }

    pub fn new(word: &str, hints: Hints) -> Self {
        let mut hash = Fnv::new();
        let mut prefixes = [0; AFFIXES];
        // The last AFFIXES lower-cased characters, oldest first once `count` exceeds AFFIXES.
        let mut tail = ['\0'; AFFIXES];
        let mut count = 0;
        let mut flags = Flags::default();
        let (mut letters, mut uppers) = (0, 0);
        for character in word.chars().map(shape::normalise) {
            if character.is_alphabetic() {
                letters += 1;
                if character.is_uppercase() {
                    uppers += 1;
                }
            }
            match character {
                '-' => flags.insert(Flags::HAS_HYPHEN),
                '.' => flags.insert(Flags::HAS_PERIOD),
                _ if character.is_numeric() => flags.insert(Flags::HAS_DIGIT),
                _ => {}
            }
            for lower in character.to_lowercase() {
                hash = hash.char(lower);
                if count < AFFIXES {
                    prefixes[count] = hash.finish();
                }
                tail[count % AFFIXES] = lower;
                count += 1;
            }
        }
        if word.chars().next().is_some_and(char::is_uppercase) {
            flags.insert(Flags::CAPITALISED);
        }
        if letters > 1 && uppers == letters {
            flags.insert(Flags::ALL_CAPS);
        }
        let mut suffixes = [0; AFFIXES];
        for (length, suffix) in suffixes.iter_mut().enumerate().map(|(index, suffix)| (index + 1, suffix)) {
            if length <= count {
                *suffix = (count - length..count)
                    .map(|position| tail[position % AFFIXES])
                    .fold(Fnv::new(), Fnv::char)
                    .finish();
            }
        }
        let mut shape_hash = Fnv::new();
        shape::for_each_class(word, |class| shape_hash = shape_hash.char(class));
        Self { word: hash.finish(), shape: shape_hash.finish(), prefixes, suffixes, flags, hints, class: None }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn hash(text: &str) -> u64 {
        text.chars().fold(Fnv::new(), Fnv::char).finish()
    }

    #[test]
    fn words_and_affixes_are_lower_cased_and_straightened() {
        let view = TokenView::new("O’Neill", Hints::empty());
        assert_eq!(view.word, hash("o'neill"));
        assert_eq!(view.prefixes[1], hash("o'"));
        assert_eq!(view.suffixes[0], hash("l"));
        assert_eq!(view.suffixes[3], hash("eill"));
        assert!(view.flags.contains(Flags::CAPITALISED));
        assert!(!view.flags.contains(Flags::ALL_CAPS));
    }

    #[test]
    fn short_words_have_no_long_affixes() {
        let view = TokenView::new("U.N.", Hints::empty());
        assert_eq!(view.suffixes[3], hash("u.n."));
        assert!(view.flags.contains(Flags::ALL_CAPS) && view.flags.contains(Flags::HAS_PERIOD));
        let short = TokenView::new("at", Hints::empty());
        assert_eq!((short.prefixes[2], short.suffixes[2]), (0, 0));
    }
}
