//! The country an article is about: the one its places name most often.
//! A generic institution ("the Senate") that the article does not qualify belongs to it.

use std::cmp::Reverse;
use std::collections::BTreeMap;

use super::knowledge::Knowledge;
use super::names::normalise;
use crate::contract::{EntityType, Extraction};

/// The country with the most mentions among the article's places (a city or state counts for its
/// country); ties go to the name first in alphabetical order, so the choice does not depend on the
/// order of entities. Organisations qualified by a country ("U.S. Senate") do not count: an article
/// about Puerto Rico writes "U.S." to tell the federal Senate from its own.
pub(super) fn of_article(knowledge: &Knowledge, extraction: &Extraction) -> Option<&'static str> {
    let mut counts: BTreeMap<&'static str, usize> = BTreeMap::new();
    for entity in &extraction.entities {
        if entity.kind == EntityType::Place
            && let Some(country) = knowledge.country_of_place(&normalise(&entity.name))
        {
            *counts.entry(country).or_default() += entity.mentions.len().max(1);
        }
    }
    counts.into_iter().max_by_key(|&(country, count)| (count, Reverse(country))).map(|(country, _)| country)
}
