//! Well-known organisations and media, read from `organizations.tsv`.

use super::fast_hash::FastMap;
use super::tables::{self, optional};

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Organization {
    /// Canonical full name, e.g. "North Atlantic Treaty Organization".
    pub name: String,
    pub acronym: Option<String>,
    pub wikidata: Option<String>,
}

/// The organisations, and every name that leads to one: canonical name, acronym, aliases, and names
/// written with "The" also without it ("The Guardian" → "Guardian").
pub fn load() -> (Vec<Organization>, Vec<(&'static str, u32)>) {
    let rows: Vec<[_; 4]> = tables::rows(tables::ORGANIZATIONS).collect();
    let mut organizations = Vec::new();
    let mut index_of = FastMap::default();
    let mut names = Vec::new();
    for fields in rows.iter().filter(|fields| fields[3].is_empty()) {
        let index = u32::try_from(organizations.len()).expect("fewer than 2^32 organisations");
        index_of.insert(fields[0], index);
        names.push((fields[0], index));
        names.extend(optional(fields[1]).map(|acronym| (acronym, index)));
        organizations.push(Organization {
            name: fields[0].to_owned(),
            acronym: optional(fields[1]).map(str::to_owned),
            wikidata: optional(fields[2]).map(str::to_owned),
        });
    }
    for fields in rows.iter().filter(|fields| !fields[3].is_empty()) {
        let index = *index_of.get(fields[3]).unwrap_or_else(|| panic!("organizations.tsv: no {:?}", fields[3]));
        names.push((fields[0], index));
    }
    let without_article: Vec<_> =
        names.iter().filter_map(|&(name, index)| Some((name.strip_prefix("The ")?, index))).collect();
    names.extend(without_article);
    (organizations, names)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn aliases_and_articles_lead_to_the_canonical_row() {
        let (organizations, names) = load();
        let index_of = |wanted: &str| names.iter().find(|(name, _)| *name == wanted).map(|&(_, index)| index);
        let nato = index_of("NATO").expect("NATO");
        assert_eq!(organizations[nato as usize].name, "North Atlantic Treaty Organization");
        assert_eq!(organizations[nato as usize].wikidata.as_deref(), Some("Q7184"));
        assert_eq!(index_of("U.N."), index_of("United Nations"));
        assert_eq!(index_of("Guardian"), index_of("The Guardian"));
        assert!(index_of("Guardian").is_some());
    }
}
