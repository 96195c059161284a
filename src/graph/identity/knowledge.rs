//! What the identity stage knows of the world, read once from the committed tables: the written
//! forms of every country, the country of every listed place, well-known organisations, the generic
//! institutions each country has, titles, and first names.

use std::collections::{HashMap, HashSet};
use std::sync::OnceLock;

use super::names::normalise;
use crate::tables::{self, optional};

/// A name the tables know, with its Wikidata id when checked.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) struct Known {
    pub name: &'static str,
    pub wikidata: Option<&'static str>,
}

pub(super) struct Knowledge {
    /// Every written form of a country (name, alias, adjective), normalised → the country's name.
    countries: HashMap<String, &'static str>,
    /// A listed place's name or alias, normalised → the name of its country.
    place_countries: HashMap<String, &'static str>,
    /// A place's name or alias, normalised → the place.
    places: HashMap<String, Known>,
    /// An organisation's name, alias or acronym, normalised → the organisation.
    organizations: HashMap<String, Known>,
    /// A generic institution's name as written, normalised → its canonical generic name.
    generic: HashMap<String, &'static str>,
    /// (country, canonical generic name) → that country's institution.
    institutions: HashMap<(&'static str, &'static str), Known>,
    /// Titles and forms of address, normalised.
    titles: HashSet<String>,
    /// The titles written capitalised before a name ("Senator", "Prime Minister"), normalised.
    proper_titles: HashSet<String>,
    /// First words of many-word country and state names that name nothing alone ("United", "New"), normalised.
    fragments: HashSet<String>,
    /// First names, normalised.
    first_names: HashSet<String>,
    /// The words that make a name an organisation's ("Court", "Committee"), normalised.
    organization_words: HashSet<String>,
}

impl Knowledge {
    pub fn get() -> &'static Self {
        static KNOWLEDGE: OnceLock<Knowledge> = OnceLock::new();
        KNOWLEDGE.get_or_init(Self::load)
    }

    fn load() -> Self {
        let place_rows: Vec<[&'static str; 7]> = tables::rows(tables::PLACES).collect();
        let country_of_code: HashMap<&str, &'static str> = place_rows
            .iter()
            .filter(|[_, kind, ..]| *kind == "country")
            .map(|[name, _, _, code, ..]| (*code, *name))
            .collect();
        let mut countries = HashMap::new();
        let mut place_countries = HashMap::new();
        let mut places = HashMap::new();
        let mut first_words = HashSet::new();
        for [name, kind, _, code, _, wikidata, aliases] in &place_rows {
            let known = Known { name, wikidata: optional(wikidata) };
            for written in std::iter::once(*name).chain(aliases.split('|').filter(|alias| !alias.is_empty())) {
                let key = normalise(written);
                if matches!(*kind, "country" | "state")
                    && let Some((first, _)) = key.split_once(' ')
                {
                    first_words.insert(first.to_owned());
                }
                places.entry(key.clone()).or_insert(known);
                if *kind == "country" {
                    countries.insert(key.clone(), *name);
                }
                if let Some(country) = country_of_code.get(code) {
                    place_countries.entry(key).or_insert(*country);
                }
            }
        }
        for [word, place, form] in tables::rows::<3>(tables::DEMONYMS) {
            if form == "adjective" && country_of_code.values().any(|country| *country == place) {
                countries.entry(normalise(word)).or_insert(place);
            }
        }

        let organization_rows: Vec<[&'static str; 4]> = tables::rows(tables::ORGANIZATIONS).collect();
        let canonical: HashMap<&str, Known> = organization_rows
            .iter()
            .filter(|row| row[3].is_empty())
            .map(|[name, _, wikidata, _]| (*name, Known { name, wikidata: optional(wikidata) }))
            .collect();
        let mut organizations = HashMap::new();
        for [name, acronym, _, alias_of] in &organization_rows {
            let known = canonical[if alias_of.is_empty() { name } else { alias_of }];
            organizations.insert(normalise(name), known);
            if !acronym.is_empty() {
                organizations.entry(normalise(acronym)).or_insert(known);
            }
        }

        let mut generic = HashMap::new();
        let mut institutions = HashMap::new();
        for [country, written, canonical, wikidata] in tables::rows(tables::INSTITUTIONS) {
            match optional(country) {
                None => {
                    generic.insert(normalise(written), canonical);
                }
                Some(country) => {
                    let core = generic[&normalise(written)];
                    institutions.insert((country, core), Known { name: canonical, wikidata: optional(wikidata) });
                }
            }
        }
        let institution_names = institutions.values().map(|known| (normalise(known.name), *known));
        organizations.extend(institution_names);

        let first_names: HashSet<String> = tables::keys(tables::FIRST_NAMES).map(normalise).collect();
        let fragments = first_words
            .into_iter()
            .filter(|first| {
                !places.contains_key(first) && !organizations.contains_key(first) && !first_names.contains(first)
            })
            .collect();
        let proper_titles = tables::keys(tables::ROLES).filter(|title| title.starts_with(char::is_uppercase));
        Self {
            proper_titles: proper_titles.map(normalise).collect(),
            fragments,
            countries,
            place_countries,
            places,
            organizations,
            generic,
            institutions,
            titles: tables::keys(tables::ROLES).map(normalise).collect(),
            first_names,
            organization_words: tables::keys(tables::ORG_CUES).map(normalise).collect(),
        }
    }

    /// The country that a written form names ("U.S.", "American", "Britain"), if any.
    pub fn country(&self, normalised: &str) -> Option<&'static str> {
        self.countries.get(normalised).copied()
    }

    /// The country a place lies in, or the country itself.
    pub fn country_of_place(&self, normalised: &str) -> Option<&'static str> {
        self.countries.get(normalised).or_else(|| self.place_countries.get(normalised)).copied()
    }

    pub fn place(&self, normalised: &str) -> Option<Known> {
        self.places.get(normalised).copied()
    }

    pub fn organization(&self, normalised: &str) -> Option<Known> {
        self.organizations.get(normalised).copied()
    }

    /// The canonical generic name ("Ministry of Health") of a name every country's institution may
    /// have ("Health Ministry").
    pub fn generic(&self, normalised: &str) -> Option<&'static str> {
        self.generic.get(normalised).copied()
    }

    pub fn institution(&self, country: &'static str, generic: &'static str) -> Option<Known> {
        self.institutions.get(&(country, generic)).copied()
    }

    pub fn is_title(&self, normalised: &str) -> bool {
        self.titles.contains(normalised)
    }

    pub fn is_proper_title(&self, normalised: &str) -> bool {
        self.proper_titles.contains(normalised)
    }

    /// Whether a word is only ever the start of a longer place name ("United", "New").
    pub fn is_fragment(&self, normalised: &str) -> bool {
        self.fragments.contains(normalised)
    }

    /// Whether a word is a kind of organisation ("Court", "Committee", "Police").
    pub fn is_organization_word(&self, normalised: &str) -> bool {
        self.organization_words.contains(normalised)
    }

    pub fn is_first_name(&self, normalised: &str) -> bool {
        self.first_names.contains(normalised)
    }
}
