//! A name found in the text, the unit that the entity passes hand on.

use std::ops::Range;

use crate::contract::EntityType;
use crate::extract::gazetteer::{Organization, Place};

/// A name in the text, with what the gazetteers know about it. Token ranges are document-wide.
#[derive(Debug, Clone)]
pub(crate) struct Mention<'g> {
    pub tokens: Range<usize>,
    pub kind: EntityType,
    pub place: Option<&'g Place>,
    pub organization: Option<&'g Organization>,
    /// A job title written right before a person's name ("Deputy Foreign Minister").
    pub role: Option<Range<usize>>,
    /// The words around the name, not the tagger, typed it (`organization_context.rs`).
    pub typed_by_context: bool,
}

/// Names start with a capital letter, a digit, or a letter of a script without case; a lowercase
/// particle is allowed when a capital follows its hyphen ("al-Amr").
pub(crate) fn starts_like_a_name(word: &str) -> bool {
    let mut chars = word.chars();
    match chars.next() {
        Some(first) if first.is_lowercase() => {
            word.split_once('-').is_some_and(|(_, rest)| rest.starts_with(char::is_uppercase))
        }
        Some(first) => first.is_alphanumeric(),
        None => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_start_with_a_capital_or_a_particle_before_one() {
        assert!(starts_like_a_name("Geneva"));
        assert!(starts_like_a_name("al-Amr"));
        assert!(starts_like_a_name("2022"));
        assert!(!starts_like_a_name("officials"));
        assert!(!starts_like_a_name("“"));
    }
}
