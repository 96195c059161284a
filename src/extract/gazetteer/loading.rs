//! Builds the gazetteer's indexes from the tables, once per process.

use super::fast_hash::FastMap;
use super::lookup::Gazetteer;
use super::phrases::{PhraseTrie, Vocabulary};
use super::places::PlaceKind;
use super::tables::{self, name_tokens};
use super::{organizations, places};
use crate::extract::Hints;

impl Gazetteer {
    pub(super) fn load() -> Self {
        let (places, place_names) = places::load();
        let (organizations, organization_names) = organizations::load();
        let mut words = Vocabulary::default();

        let place_phrases = phrase_trie(&mut words, &place_names);
        let organization_phrases = phrase_trie(&mut words, &organization_names);
        let place_index: FastMap<_, _> = place_names.iter().copied().collect();
        let demonym_names: Vec<_> = tables::rows(tables::DEMONYMS)
            .map(|[word, place, _form]| {
                (word, *place_index.get(place).unwrap_or_else(|| panic!("demonyms.tsv: no place {place:?}")))
            })
            .collect();
        let demonym_phrases = phrase_trie(&mut words, &demonym_names);

        let mut word_facts = Vec::new();
        for (table, fact) in [
            (tables::ORG_CUES, Hints::ORG_CUE),
            (tables::FIRST_NAMES, Hints::FIRST_NAME),
            (tables::SURNAMES, Hints::SURNAME),
        ] {
            for word in tables::keys(table) {
                let id = words.intern(word) as usize;
                if word_facts.len() <= id {
                    word_facts.resize(id + 1, Hints::empty());
                }
                word_facts[id].insert(fact);
            }
        }

        let mut role_words = Vocabulary::default();
        let mut role_phrases = PhraseTrie::default();
        for title in tables::keys(tables::ROLES) {
            let ids: Vec<_> = name_tokens(title).map(|token| role_words.intern(token.to_lowercase())).collect();
            role_phrases.insert(&ids, 0);
        }

        let countries = places
            .iter()
            .enumerate()
            .filter(|(_, place)| place.kind == PlaceKind::Country)
            .filter_map(|(index, place)| Some((place.country.clone()?, index as u32)))
            .collect();

        Self {
            places,
            organizations,
            place_names: place_index,
            organization_names: organization_names.into_iter().collect(),
            demonym_names: demonym_names.into_iter().collect(),
            countries,
            words,
            word_facts,
            place_phrases,
            organization_phrases,
            demonym_phrases,
            role_words,
            role_phrases,
        }
    }
}

/// A trie of the names' tokens, interning each token in the shared vocabulary.
fn phrase_trie(words: &mut Vocabulary, names: &[(&'static str, u32)]) -> PhraseTrie {
    let mut trie = PhraseTrie::default();
    let mut ids = Vec::new();
    for &(name, value) in names {
        ids.clear();
        ids.extend(name_tokens(name).map(|token| words.intern(token)));
        trie.insert(&ids, value);
    }
    trie
}
