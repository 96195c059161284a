//! Known places and organisations that the tagger missed, and names ending with an organisation word.

use std::ops::Range;

use super::mention::{Mention, starts_like_a_name};
use super::names::Finder;
use crate::contract::EntityType;
use crate::extract::gazetteer::PlaceKind;
use crate::extract::lexicon::{DETERMINERS, is_one_of};
use crate::text::TokenKind;

/// Places that the gazetteer may name on its own, without the tagger: smaller towns share their
/// names with too many people and things.
const GAZETTEER_CITY_POPULATION: u64 = 100_000;

impl<'g> Finder<'g, '_> {
    /// Known places and organisations that the tagger left out.
    pub(super) fn add_gazetteer_names(&self, found: &mut Vec<Mention<'g>>) {
        let words = self.sentence.words;
        let mut taken = vec![false; words.len()];
        for mention in found.iter() {
            taken[mention.tokens.clone()].fill(true);
        }
        let mut index = 0;
        while index < words.len() {
            let candidate = self.gazetteer_name_at(index);
            match candidate {
                Some(mention)
                    if !taken[mention.tokens.clone()].contains(&true) && self.stands_alone(&mention.tokens) =>
                {
                    index = mention.tokens.end;
                    found.push(mention);
                }
                _ => index += 1,
            }
        }
    }

    fn gazetteer_name_at(&self, index: usize) -> Option<Mention<'g>> {
        let words = self.sentence.words;
        if !starts_like_a_name(words[index]) || self.roles[index].is_some() {
            return None;
        }
        if let Some((length, organization)) = self.gazetteer.organization_at(words, index) {
            return Some(Mention {
                tokens: index..index + length,
                kind: EntityType::Organization,
                place: None,
                organization: Some(organization),
                role: None,
                typed_by_context: false,
            });
        }
        if let Some(organization) = self.cue_ended_name_at(index) {
            return Some(organization);
        }
        let (length, place) = self.gazetteer.place_at(words, index)?;
        let well_known = place.kind != PlaceKind::City || place.population >= GAZETTEER_CITY_POPULATION;
        well_known.then(|| Mention {
            tokens: index..index + length,
            kind: EntityType::Place,
            place: Some(place),
            organization: None,
            role: None,
            typed_by_context: false,
        })
    }

    /// A run of capitalised words that ends with an organisation word names an organisation ("the
    /// National Hurricane Center said"), outside Title Case headlines (as the tagger tells them),
    /// where every word is capitalised.
    fn cue_ended_name_at(&self, index: usize) -> Option<Mention<'g>> {
        const LONGEST_RUN: usize = 6;
        let words = self.sentence.words;
        let capitalised = |at: usize| self.is_name_token(at) && words[at].starts_with(char::is_uppercase);
        if is_one_of(words[index], &DETERMINERS) || self.headline {
            return None;
        }
        let mut end = index;
        while end < words.len() && end - index < LONGEST_RUN && capitalised(end) && self.roles[end].is_none() {
            end += 1;
        }
        let named = end - index >= 2 && self.gazetteer.is_org_cue(words[end - 1]);
        named.then(|| self.typed(index..end, EntityType::Organization, None))
    }

    /// A gazetteer name inside a longer capitalised name ("New York Times", "Georgia Tech") is not
    /// a mention of the place.
    fn stands_alone(&self, tokens: &Range<usize>) -> bool {
        let words = self.sentence.words;
        let capitalised = |index: usize| self.is_name_token(index) && starts_like_a_name(words[index]);
        let before = tokens.start > 0 && capitalised(tokens.start - 1) && !self.sentence_start(tokens.start - 1);
        let after = tokens.end < words.len() && capitalised(tokens.end);
        !before && !after
    }

    /// Whether a token opens its sentence, perhaps after opening quotes.
    fn sentence_start(&self, index: usize) -> bool {
        self.sentence.tokens[..index].iter().all(|token| token.kind != TokenKind::Word)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::doc::Doc;
    use crate::extract::entities::names::SentenceSlice;
    use crate::extract::entities::titles::role_coverage;
    use crate::extract::gazetteer::Gazetteer;
    use crate::extract::tagger::{Casing, casing};
    use crate::text::Document;

    #[test]
    fn capitalised_words_ending_with_an_organisation_word_name_an_organisation() {
        let found = |text: &str, index: usize| {
            let document = Document { id: "d".into(), source: None, date: None, text: text.into() };
            let doc = Doc::new(&document);
            let sentence = SentenceSlice::new(&doc, 0..doc.tokens.len());
            let gazetteer = Gazetteer::get();
            let roles = role_coverage(gazetteer, &sentence);
            let headline = casing(&doc.words) == Casing::Headline;
            let finder = Finder { gazetteer, sentence: &sentence, roles, headline };
            finder.cue_ended_name_at(index).map(|mention| (mention.tokens, mention.kind))
        };
        let text = "officials of the Tidewater Flood Agency said the river would rise";
        assert_eq!(found(text, 3), Some((3..6, EntityType::Organization)));
        assert_eq!(found(text, 2), None, "a determiner starts no name");
        assert_eq!(found("This Court ruled on the appeal of the farmers today", 0), None);
        assert_eq!(found("Officials Of The Tidewater Flood Agency Said River Would Rise", 3), None, "a headline");
    }
}
