//! Datelines: the place in capitals that opens a wire story's paragraph, before a dash, a date or a
//! comma ("GENEVA —", "NEW ORLEANS 2020-06-01", "PORTLAND, Ore. —", "CAIRO (Reuters) -"). The words
//! between the place and the dash (a state's abbreviation, an agency) are part of the dateline, so no
//! other reading may make names of them.

use std::ops::Range;

use super::mention::Mention;
use super::names::{Finder, title_cased};
use crate::contract::EntityType;
use crate::text::TokenKind;

/// A dateline's place has at most this many words ("RIO DE JANEIRO").
const LONGEST_PLACE: usize = 4;
/// A dateline's qualifier after the comma ("Ore.", "Bosnia and Herzegovina") has at most this many
/// tokens, and so does an agency in parentheses ("(AP)").
const LONGEST_QUALIFIER: usize = 4;

/// The place a sentence's dateline names, and the tokens the whole dateline covers.
pub(super) struct Dateline<'g> {
    pub place: Mention<'g>,
    pub covered: Range<usize>,
}

impl<'g> Finder<'g, '_> {
    /// The dateline that opens this sentence, if it opens a paragraph with one.
    pub(super) fn dateline(&self) -> Option<Dateline<'g>> {
        let tokens = self.sentence.tokens;
        if !tokens.first()?.newline_before {
            return None;
        }
        let run = (0..tokens.len().min(LONGEST_PLACE))
            .take_while(|&index| {
                tokens[index].kind == TokenKind::Word && title_cased(self.sentence.words[index]).is_some()
            })
            .count();
        if run == 0 {
            return None;
        }
        let name = self.text_of(&(0..run));
        let known = self.gazetteer.place(&title_cased(name)?);
        if self.gazetteer.organization(name).is_some() {
            return None;
        }
        let (qualifier_end, ends_with_mark) = self.dateline_end(run, known.is_some())?;
        // A known place before a bare comma opens a dateline ("GENEVA, Switzerland's…"); an unknown word
        // needs the dash or the date that only datelines have.
        if known.is_none() && !ends_with_mark {
            return None;
        }
        let place = Mention {
            tokens: 0..run,
            kind: EntityType::Place,
            place: known,
            organization: None,
            role: None,
            typed_by_context: false,
        };
        Some(Dateline { place, covered: 0..qualifier_end })
    }

    /// Where the dateline after a place of `run` words ends, and whether a dash or a date ends it; `None`
    /// when the words after the place are no dateline's.
    fn dateline_end(&self, run: usize, known: bool) -> Option<(usize, bool)> {
        let (tokens, words) = (self.sentence.tokens, self.sentence.words);
        let mut index = run;
        if words.get(index) == Some(&",") {
            index += 1;
            let qualifier = (index..tokens.len().min(index + LONGEST_QUALIFIER))
                .take_while(|&at| !self.ends_dateline(at) && tokens[at].kind != TokenKind::Punct || words[at] == ".")
                .count();
            index += qualifier;
            if !self.ends_dateline(index) {
                // "GENEVA, Switzerland's…" has no mark; the comma alone ends a known place's dateline.
                return known.then_some((run, false));
            }
        }
        if words.get(index) == Some(&"(") {
            let close = (index + 1..tokens.len().min(index + 2 + LONGEST_QUALIFIER)).find(|&at| words[at] == ")")?;
            index = close + 1;
        }
        self.ends_dateline(index).then_some((index + 1, true))
    }

    /// A dash before prose (not the dash of a capitals headline, "SOCCER - CUP FINAL") or a date.
    fn ends_dateline(&self, index: usize) -> bool {
        let (tokens, words) = (self.sentence.tokens, self.sentence.words);
        let Some(token) = tokens.get(index) else { return false };
        match token.kind {
            // The sentence splitter ends a dateline at its dash, so the word after it is read in the text.
            TokenKind::Dash => {
                let next = self.sentence.text[token.end..].split_whitespace().next().unwrap_or_default();
                next.chars().any(char::is_lowercase) || !next.chars().any(char::is_alphabetic)
            }
            TokenKind::Number => is_numeric_date(words[index]),
            _ => false,
        }
    }
}

/// "2020-06-01" or "1996-08-22": three groups of digits joined by hyphens.
fn is_numeric_date(word: &str) -> bool {
    let groups: Vec<&str> = word.split('-').collect();
    groups.len() == 3 && groups.iter().all(|group| !group.is_empty() && group.chars().all(|c| c.is_ascii_digit()))
}

#[cfg(test)]
mod tests {
    use crate::contract::EntityType;
    use crate::extract::extract;
    use crate::text::Document;

    /// The names and types of an invented article's entities.
    fn entities(text: &str) -> Vec<(String, EntityType)> {
        let document = Document { id: "t".into(), source: None, date: None, text: text.into() };
        extract(document).entities.into_iter().map(|entity| (entity.name, entity.kind)).collect()
    }

    #[test]
    fn a_dateline_before_a_date_names_a_place_known_or_not() {
        let found = entities(
            "SAN ANTONIO 2021-03-04\n\nThe council approved the budget.\n\nKUMBERVALE 2021-03-05\n\nThe mill closed.",
        );
        for place in ["San Antonio", "Kumbervale"] {
            assert!(
                found.iter().any(|(name, kind)| name.eq_ignore_ascii_case(place) && *kind == EntityType::Place),
                "{found:?}"
            );
        }
    }

    #[test]
    fn a_state_abbreviation_in_a_dateline_is_no_name() {
        let found = entities("EUGENE, Ore. — Farmers near the river counted their losses on Tuesday.");
        assert_eq!(found.iter().filter(|(name, _)| name.starts_with("Ore")).count(), 0, "{found:?}");
        assert!(
            found.iter().any(|(name, kind)| name.eq_ignore_ascii_case("Eugene") && *kind == EntityType::Place),
            "{found:?}"
        );
    }

    #[test]
    fn an_agency_between_the_place_and_the_dash_is_part_of_the_dateline() {
        let found = entities("LAGOS (Reuters) - Traders in the port said prices had doubled.");
        assert!(
            found.iter().any(|(name, kind)| name.eq_ignore_ascii_case("Lagos") && *kind == EntityType::Place),
            "{found:?}"
        );
    }

    #[test]
    fn a_headline_in_capitals_before_a_dash_is_no_dateline() {
        let found = entities("TENNIS - VELLORE WINS IN THREE SETS\n\nThe match lasted two hours.");
        assert!(!found.contains(&("TENNIS".into(), EntityType::Place)), "{found:?}");
    }
}
