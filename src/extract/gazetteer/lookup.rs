//! The gazetteer's lookups: whole names, the longest name at a token, demonyms, job titles and cue words.

use std::borrow::Cow;
use std::sync::OnceLock;

use super::fast_hash::FastMap;
use super::lowercase::LowercaseBuffer;
use super::organizations::Organization;
use super::phrases::{PhraseTrie, Vocabulary};
use super::places::Place;
use crate::extract::Hints;

/// What the gazetteer tables know, indexed for lookups by whole name and by token sequence.
pub struct Gazetteer {
    pub(super) places: Vec<Place>,
    pub(super) organizations: Vec<Organization>,
    /// Whole names (canonical and aliases) → index into `places`.
    pub(super) place_names: FastMap<&'static str, u32>,
    pub(super) organization_names: FastMap<&'static str, u32>,
    /// Demonym → index into `places` of the country (or region) it refers to.
    pub(super) demonym_names: FastMap<&'static str, u32>,
    /// ISO alpha-2 code → index of the country in `places`.
    pub(super) countries: FastMap<String, u32>,
    /// Case-sensitive tokens of every name, cue word and personal name.
    pub(super) words: Vocabulary,
    /// Single-token facts (cue word, first name, surname) by token id of `words`.
    pub(super) word_facts: Vec<Hints>,
    pub(super) place_phrases: PhraseTrie,
    pub(super) organization_phrases: PhraseTrie,
    pub(super) demonym_phrases: PhraseTrie,
    /// Lower-cased tokens of job titles, matched case-insensitively.
    pub(super) role_words: Vocabulary,
    pub(super) role_phrases: PhraseTrie,
}

impl Gazetteer {
    /// The gazetteer, parsed on first use.
    pub fn get() -> &'static Gazetteer {
        static GAZETTEER: OnceLock<Gazetteer> = OnceLock::new();
        GAZETTEER.get_or_init(Gazetteer::load)
    }

    /// Longest place name starting at `words[start]`, as (number of tokens, place). Case-sensitive; the
    /// first token must be capitalised.
    pub fn place_at(&self, words: &[&str], start: usize) -> Option<(usize, &Place)> {
        if !words.get(start).is_some_and(|word| is_capitalised(word)) {
            return None;
        }
        let (length, index) = self.place_phrases.longest_match(self.word_ids(&words[start..]))?;
        Some((length, &self.places[index as usize]))
    }

    /// Whole-name lookup: "the Russian Federation", "US" and "U.S." lead to their place.
    pub fn place(&self, name: &str) -> Option<&Place> {
        let name = straight_apostrophes(name.trim());
        let index = self.place_names.get(name.as_ref()).or_else(|| self.place_names.get(without_article(&name)))?;
        Some(&self.places[*index as usize])
    }

    /// The place a demonym refers to ("Russian" → Russia), the same entry as `place` returns.
    pub fn demonym(&self, word: &str) -> Option<&Place> {
        self.demonym_names.get(word.trim()).map(|&index| &self.places[index as usize])
    }

    /// Known organisation by full name, alias or acronym ("NATO", "the United Nations").
    pub fn organization(&self, name: &str) -> Option<&Organization> {
        let name = straight_apostrophes(name.trim());
        let index = self
            .organization_names
            .get(name.as_ref())
            .or_else(|| self.organization_names.get(without_article(&name)))?;
        Some(&self.organizations[*index as usize])
    }

    /// Longest organisation name or acronym starting at `words[start]`, as (number of tokens, organisation).
    pub fn organization_at(&self, words: &[&str], start: usize) -> Option<(usize, &Organization)> {
        let (length, index) = self.organization_phrases.longest_match(self.word_ids(words.get(start..)?))?;
        Some((length, &self.organizations[index as usize]))
    }

    /// Number of tokens of the longest job title starting at `words[start]`, matched case-insensitively
    /// ("Deputy Foreign Minister" → 3, "spokeswoman" → 1).
    pub fn role_at(&self, words: &[&str], start: usize) -> Option<usize> {
        let mut buffer = LowercaseBuffer::new();
        let ids = words.get(start..)?.iter().map(|word| self.role_words.id(buffer.lowercase(word)?));
        self.role_phrases.longest_match(ids).map(|(length, _)| length)
    }

    pub fn is_org_cue(&self, word: &str) -> bool {
        self.has_fact(word, Hints::ORG_CUE)
    }

    /// The country a place lies in (Geneva → Switzerland); a country is its own.
    pub fn country_of(&self, place: &Place) -> Option<&Place> {
        let index = self.countries.get(place.country.as_deref()?)?;
        Some(&self.places[*index as usize])
    }

    fn has_fact(&self, word: &str, fact: Hints) -> bool {
        self.word_id(word).and_then(|id| self.word_facts.get(id as usize)).is_some_and(|facts| facts.contains(fact))
    }

    /// The token's id in the case-sensitive vocabulary; curly apostrophes count as straight ones.
    pub(super) fn word_id(&self, word: &str) -> Option<u32> {
        self.words.id(&straight_apostrophes(word))
    }

    fn word_ids<'w>(&'w self, words: &'w [&str]) -> impl Iterator<Item = Option<u32>> + 'w {
        words.iter().map(|word| self.word_id(word))
    }
}

pub(super) fn is_capitalised(word: &str) -> bool {
    word.chars().next().is_some_and(char::is_uppercase)
}

fn without_article(name: &str) -> &str {
    name.strip_prefix("the ").or_else(|| name.strip_prefix("The ")).unwrap_or(name)
}

fn straight_apostrophes(name: &str) -> Cow<'_, str> {
    if name.contains('\u{2019}') { Cow::Owned(name.replace('\u{2019}', "'")) } else { Cow::Borrowed(name) }
}
