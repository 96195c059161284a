//! The country an article is about, to which a generic institution it does not qualify belongs ("the
//! Senate"): the first country it names more than in passing. News names its subject first (headline,
//! dateline, lead), while a country counted most often may be only the topic of a story about another
//! country's politics ("the House" of an article on American aid to Ukraine is the U.S. House).

use std::cmp::Reverse;
use std::collections::BTreeMap;

use super::knowledge::Knowledge;
use super::names::{normalise, split_country};
use crate::contract::{EntityType, Extraction};

/// Of the countries named at least twice, by a place in them or written with an organisation ("U.S.
/// Senate"), the one named first; else the one named most (ties to the first in alphabetical order).
/// Only offsets decide, never the order of entities.
pub(super) fn of_article(knowledge: &Knowledge, extraction: &Extraction) -> Option<&'static str> {
    // country → (mentions, first offset)
    let mut named: BTreeMap<&'static str, (usize, usize)> = BTreeMap::new();
    let mut count = |country: &'static str, start: usize| {
        let entry = named.entry(country).or_insert((0, usize::MAX));
        entry.0 += 1;
        entry.1 = entry.1.min(start);
    };
    for entity in extraction.entities.iter().filter(|entity| entity.kind != EntityType::Person) {
        for mention in &entity.mentions {
            // A place in a country, or a country written with an organisation ("U.S. House", which
            // the tagger may have called a place).
            let country = knowledge
                .country_of_place(&normalise(&mention.text))
                .or_else(|| split_country(knowledge, &mention.text).0);
            if let Some(country) = country {
                count(country, mention.start);
            }
        }
    }
    let first = named.iter().filter(|(_, (mentions, _))| *mentions >= 2).min_by_key(|(_, (_, start))| *start);
    first
        .or_else(|| named.iter().max_by_key(|&(country, (mentions, _))| (*mentions, Reverse(*country))))
        .map(|(country, _)| *country)
}
