//! Places as the gazetteer returns them, read from `places.tsv`.

use super::tables::{self, optional};

/// A known place: country, US state, city, region or continent.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Place {
    /// Canonical name, e.g. "United States".
    pub name: String,
    pub kind: PlaceKind,
    pub geonames: Option<u32>,
    pub wikidata: Option<String>,
    /// ISO 3166-1 alpha-2 code of the country the place lies in (its own code for a country).
    pub country: Option<String>,
    pub population: u64,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum PlaceKind {
    Country,
    State,
    City,
    Region,
    Continent,
}

impl PlaceKind {
    fn parse(kind: &str) -> Option<Self> {
        Some(match kind {
            "country" => Self::Country,
            "state" => Self::State,
            "city" => Self::City,
            "region" => Self::Region,
            "continent" => Self::Continent,
            _ => return None,
        })
    }
}

/// The places in table order, and every name (canonical or alias) with the index of its place.
pub fn load() -> (Vec<Place>, Vec<(&'static str, u32)>) {
    let mut places = Vec::new();
    let mut names = Vec::new();
    for [name, kind, geonames, country, population, wikidata, aliases] in tables::rows(tables::PLACES) {
        let index = u32::try_from(places.len()).expect("fewer than 2^32 places");
        names.push((name, index));
        names.extend(aliases.split('|').filter(|alias| !alias.is_empty()).map(|alias| (alias, index)));
        places.push(Place {
            name: name.to_owned(),
            kind: PlaceKind::parse(kind).unwrap_or_else(|| panic!("places.tsv: unknown kind {kind:?}")),
            geonames: optional(geonames).map(|id| id.parse().expect("places.tsv: numeric GeoNames id")),
            wikidata: optional(wikidata).map(str::to_owned),
            country: optional(country).map(str::to_owned),
            population: population.parse().expect("places.tsv: numeric population"),
        });
    }
    (places, names)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rows_parse_with_ids_and_aliases() {
        let (places, names) = load();
        let russia = places.iter().position(|place| place.name == "Russia").expect("Russia");
        assert_eq!(places[russia].kind, PlaceKind::Country);
        assert_eq!(places[russia].geonames, Some(2_017_370));
        assert_eq!(places[russia].country.as_deref(), Some("RU"));
        assert!(places[russia].population > 100_000_000);
        assert!(names.contains(&("Russian Federation", russia as u32)));
        assert!(places.len() > 30_000, "only {} places", places.len());
    }
}
