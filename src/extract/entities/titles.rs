//! Job titles in a sentence, and the people named right after them.

use std::ops::Range;

use super::mention::{Mention, starts_like_a_name};
use super::names::{Finder, SentenceSlice};
use crate::contract::EntityType;
use crate::extract::gazetteer::Gazetteer;
use crate::text::TokenKind;

/// Marks the tokens that belong to a job title, longest match first. A capitalised title takes
/// the capitalised words before it that qualify the office ("Environment Secretary", "Fisheries
/// Minister"), but not a country, a nationality or an organisation ("British", "State Department").
pub(super) fn role_coverage(gazetteer: &Gazetteer, sentence: &SentenceSlice) -> Vec<Option<Range<usize>>> {
    const LONGEST_QUALIFIER: usize = 3;
    let words = sentence.words;
    let qualifies = |index: usize| {
        let word = words[index];
        sentence.tokens[index].kind == TokenKind::Word
            && word.starts_with(char::is_uppercase)
            && !word.ends_with('.')
            && gazetteer.demonym(word).is_none()
            && !gazetteer.is_org_cue(word)
            && gazetteer.place_at(words, index).is_none()
            && gazetteer.organization_at(words, index).is_none()
    };
    let mut coverage: Vec<Option<Range<usize>>> = vec![None; words.len()];
    let mut index = 0;
    while index < words.len() {
        let Some(length) = gazetteer.role_at(words, index) else {
            index += 1;
            continue;
        };
        let mut start = index;
        if words[index].starts_with(char::is_uppercase) {
            while start > 0
                && index - start < LONGEST_QUALIFIER
                && coverage[start - 1].is_none()
                && qualifies(start - 1)
            {
                start -= 1;
            }
        }
        let role = start..index + length;
        coverage[role.clone()].fill(Some(role.clone()));
        index += length;
    }
    coverage
}

impl<'g> Finder<'g, '_> {
    /// People named right after their job title, a reading more reliable than the tagger's: "Deputy
    /// Foreign Minister of Russia Sergei Ryabkov", "spokeswoman Maria Zakharova", "President Trump".
    /// The title may be qualified by places and further titles ("press secretary of the President
    /// of the Russian Federation Dmitry Peskov").
    pub(super) fn titled_people(&self) -> Vec<Mention<'g>> {
        let words = self.sentence.words;
        let mut people = Vec::new();
        let mut index = 0;
        while index < words.len() {
            let Some(title) = self.roles[index].clone() else {
                index += 1;
                continue;
            };
            let mut role = title.clone();
            let mut name_start = title.end;
            while words.get(name_start) == Some(&"of") {
                let mut next = name_start + 1;
                if words.get(next).is_some_and(|word| word.eq_ignore_ascii_case("the")) {
                    next += 1;
                }
                if let Some((length, _)) = self.gazetteer.place_at(words, next) {
                    name_start = next + length;
                } else if let Some(further) = self.roles.get(next).cloned().flatten().filter(|r| r.start == next) {
                    role.end = further.end;
                    name_start = further.end;
                } else {
                    break;
                }
            }
            let name_end = self.name_run_end(name_start);
            let single_after_capitalised_title = name_end == name_start + 1 && starts_like_a_name(words[title.start]);
            if name_end >= name_start + 2 || single_after_capitalised_title {
                people.push(self.typed(name_start..name_end, EntityType::Person, Some(role)));
            }
            index = name_end.max(title.end);
        }
        people
    }

    /// Where a run of up to four capitalised words that can be a person's name ends.
    fn name_run_end(&self, start: usize) -> usize {
        const LONGEST_NAME: usize = 4;
        let words = self.sentence.words;
        let mut end = start;
        while end < words.len()
            && end - start < LONGEST_NAME
            && self.is_name_token(end)
            && starts_like_a_name(words[end])
            && self.roles[end].is_none()
            && !self.gazetteer.is_org_cue(words[end])
            && self.gazetteer.place_at(words, end).is_none()
            && self.gazetteer.organization_at(words, end).is_none()
            && self.gazetteer.demonym(words[end]).is_none()
        {
            end += 1;
        }
        end
    }
}
