//! Telling Title Case headlines from prose, and writing training sentences as headlines so that the
//! model sees some: the GMB has none, and a headline capitalises nearly every word.

use super::features::Casing;
use crate::extract::lexicon::HEADLINE_SMALL_WORDS;

/// Only words at least this long count as evidence: short ones are mostly small words or acronyms.
const MIN_EVIDENCE_LENGTH: usize = 4;

/// A sentence is a headline when at least three longer words start with a capital and none is in
/// lower case except the small words.
pub fn casing(words: &[&str]) -> Casing {
    let mut capitalised = 0;
    for word in words {
        let Some(first) = word.chars().next().filter(|first| first.is_alphabetic()) else { continue };
        if word.chars().count() < MIN_EVIDENCE_LENGTH || HEADLINE_SMALL_WORDS.contains(word) {
            continue;
        }
        if first.is_lowercase() {
            return Casing::Prose;
        }
        capitalised += 1;
    }
    if capitalised >= 3 { Casing::Headline } else { Casing::Prose }
}

/// The word as a Title Case headline would write it: capitalised, unless it is a small word that
/// does not start the headline.
pub fn headline_word(word: &str, starts_headline: bool) -> String {
    if !starts_headline && HEADLINE_SMALL_WORDS.contains(&word) {
        return word.to_owned();
    }
    let mut characters = word.chars();
    characters.next().map_or_else(String::new, |first| first.to_uppercase().chain(characters).collect())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn headlines_are_told_from_prose() {
        let headline = ["Russia", "Expels", "Two", "Diplomats", "in", "Retaliation", "for", "Sanctions"];
        assert_eq!(casing(&headline), Casing::Headline);
        let prose = ["Russia", "expelled", "two", "American", "diplomats", "on", "Monday"];
        assert_eq!(casing(&prose), Casing::Prose);
        assert_eq!(casing(&["Barack", "Obama"]), Casing::Prose);
    }

    #[test]
    fn headline_words_keep_small_words_low() {
        assert_eq!(headline_word("protest", false), "Protest");
        assert_eq!(headline_word("of", false), "of");
        assert_eq!(headline_word("the", true), "The");
        assert_eq!(headline_word("éclair", false), "Éclair");
    }
}
