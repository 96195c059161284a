//! Tagger spans made into names: edges trimmed, job titles split off, types settled by the gazetteers.

use std::ops::Range;

use super::mention::{Mention, starts_like_a_name};
use super::names::Finder;
use crate::contract::EntityType;
use crate::extract::lexicon::{NAME_CONNECTORS, is_one_of};

/// Names have a few words; a tagger span of dozens is a run-away, not a name.
const LONGEST_NAME: usize = 12;

impl<'g> Finder<'g, '_> {
    /// Fixes a tagged span's edges and type, or drops it when it is not a name for us.
    pub(super) fn refine(
        &self,
        range: Range<usize>,
        kind: EntityType,
        previous: Option<&Mention>,
    ) -> Option<Mention<'g>> {
        let words = self.sentence.words;
        let Range { mut start, mut end } = range;
        while start < end && (!self.is_name_token(start) || words[start].eq_ignore_ascii_case("the")) {
            start += 1;
        }
        while end > start && !self.is_name_token(end - 1) {
            end -= 1;
        }
        end = self.complete_connector(start, end);
        let mut role = None;
        // "Secretary of State Anthony Blinken": the title is a role, not part of a person's name; and a
        // name never starts inside a title ("State" in "Secretary of State").
        while let Some(title) = self.roles.get(start).cloned().flatten()
            && (kind == EntityType::Person || title.start < start)
        {
            if title.end >= end {
                return None;
            }
            start = title.end;
            role = Some(title);
        }
        if kind == EntityType::Person {
            role = role.or_else(|| self.role_before(start));
        } else {
            role = None;
            // "[British Environment] Secretary": a title ends no organisation's or place's name.
            while end > start
                && let Some(title) = &self.roles[end - 1]
            {
                end = title.start.max(start);
            }
        }
        if start >= end || end - start > LONGEST_NAME || !starts_like_a_name(words[start]) {
            return None;
        }
        if end - start == 1 && self.is_not_a_name_alone(words[start]) {
            return None;
        }
        if kind == EntityType::Organization && start > 0 && self.gazetteer.demonym(words[start - 1]).is_some() {
            // "Russian Foreign Ministry": the adjective belongs to the organisation's name.
            let adjective_taken = previous.is_some_and(|mention| mention.tokens.end > start - 1);
            if !adjective_taken {
                start -= 1;
            }
        }
        Some(self.typed(start..end, kind, role))
    }

    /// A span that ends on a name's inner word ("the Aldersgate Museum of") runs on over the capitalised
    /// words after it ("… of Flight"), or loses the inner word when none follows.
    fn complete_connector(&self, start: usize, mut end: usize) -> usize {
        const LONGEST_COMPLEMENT: usize = 3;
        let words = self.sentence.words;
        while end > start && is_one_of(words[end - 1], &NAME_CONNECTORS) {
            let capitalised = (end..words.len().min(end + LONGEST_COMPLEMENT))
                .take_while(|&at| self.is_name_token(at) && words[at].starts_with(char::is_uppercase))
                .count();
            if capitalised > 0 {
                return end + capitalised;
            }
            end -= 1;
        }
        end
    }

    /// An adjective alone ("Russian officials") or a group ("Afghans") is not an entity, nor are two
    /// capitals that no gazetteer knows ("QC" after a lawyer's name).
    fn is_not_a_name_alone(&self, word: &str) -> bool {
        let unknown_initials = word.len() <= 2
            && word.chars().all(|c| c.is_ascii_uppercase())
            && self.gazetteer.place(word).is_none()
            && self.gazetteer.organization(word).is_none();
        unknown_initials || self.gazetteer.demonym(word).is_some()
    }

    /// The job title that ends right where a name starts, if any.
    fn role_before(&self, start: usize) -> Option<Range<usize>> {
        let title = self.roles.get(start.checked_sub(1)?)?.clone()?;
        (title.end == start).then_some(title)
    }
}

#[cfg(test)]
mod tests {
    use crate::extract::extract;
    use crate::text::Document;

    fn names(text: &str) -> Vec<String> {
        let document = Document { id: "t".into(), source: None, date: None, text: text.into() };
        extract(document).entities.into_iter().map(|entity| entity.name).collect()
    }

    #[test]
    fn no_name_ends_on_an_inner_word() {
        for name in names("Visitors queued outside the Harwick Museum of Natural History on Sunday.") {
            assert!(!name.ends_with(" of"), "{name}");
        }
    }
}
