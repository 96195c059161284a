//! Mentions become entities within one document: the same name, a surname after a full name, an
//! acronym after its expansion, "Ministry of Foreign Affairs" after "Russian Foreign Ministry".

use std::collections::{BTreeMap, HashMap, HashSet};
use std::ops::Range;

use super::mention::Mention;
use super::resolved::{EntityMention, Resolved};
use crate::contract::names::{acronym, initials};
use crate::contract::{Entity, EntityType, Span};
use crate::extract::doc::Doc;
use crate::extract::gazetteer::Gazetteer;

/// Groups mentions into entities, numbered `e1`, `e2`… in order of first mention.
pub(crate) fn resolve(gazetteer: &Gazetteer, doc: &Doc, mut mentions: Vec<Mention>) -> Resolved {
    let keys: Vec<String> = mentions.iter().map(|mention| name_key(doc, mention)).collect();
    settle_types(&keys, &mut mentions);
    let mut groups = UnionFind::new(mentions.len());
    let identities: Vec<String> =
        mentions.iter().zip(&keys).map(|(mention, key)| identity(gazetteer, doc, mention, key)).collect();
    join_identical(doc, &mentions, &identities, &mut groups);
    join_full_name_variants(doc, &mentions, &mut groups);
    join_partial_names(doc, &mentions, &mut groups);
    join_acronyms(doc, &mentions, &mut groups);
    join_unqualified_organizations(&mentions, &identities, &mut groups);

    let mut members: BTreeMap<usize, Vec<usize>> = BTreeMap::new();
    for index in 0..mentions.len() {
        members.entry(groups.root(index)).or_default().push(index);
    }
    let mut clusters: Vec<Vec<usize>> = members.into_values().collect();
    clusters.retain(|cluster| {
        !is_lone_unknown_organization(doc, &mentions, cluster) && !is_interjection(doc, &mentions, cluster)
    });
    clusters.sort_by_key(|cluster| cluster[0]);
    let entities = clusters
        .iter()
        .enumerate()
        .map(|(number, cluster)| entity(doc, &mentions, cluster, format!("e{}", number + 1)))
        .collect();
    // Mentions of dropped clusters have no entity and leave the list.
    let mut entity_of = vec![None; mentions.len()];
    for (entity, cluster) in clusters.iter().enumerate() {
        for &index in cluster {
            entity_of[index] = Some(entity);
        }
    }
    let mentions = mentions
        .into_iter()
        .zip(entity_of)
        .filter_map(|(mention, entity)| {
            Some(EntityMention { tokens: mention.tokens, entity: entity?, role: mention.role })
        })
        .collect();
    Resolved::new(entities, mentions, doc.tokens.len())
}

/// One word named once as an organisation, unknown to the gazetteers and not an acronym: the
/// tagger's least reliable guess ("Mail", "Digimon"), which costs more precision than it adds recall.
fn is_lone_unknown_organization(doc: &Doc, mentions: &[Mention], cluster: &[usize]) -> bool {
    let [index] = cluster else {
        return false;
    };
    let mention = &mentions[*index];
    let words = &doc.words[mention.tokens.clone()];
    mention.kind == EntityType::Organization
        && mention.organization.is_none()
        && !mention.typed_by_context
        && words.len() == 1
        && !matches!(words, [word] if acronym(word).is_some())
}

/// "Yeah" or "Okay" opening a transcript's answer, which the tagger may take for a name.
fn is_interjection(doc: &Doc, mentions: &[Mention], cluster: &[usize]) -> bool {
    cluster.iter().all(|&index| match &doc.words[mentions[index].tokens.clone()] {
        [word] => crate::tables::INTERJECTIONS.contains(&word.to_lowercase().as_str()),
        _ => false,
    })
}

/// Lowercased words of a mention, apostrophes made straight: the key for "the same name".
fn name_key(doc: &Doc, mention: &Mention) -> String {
    let mut key = String::new();
    for word in &doc.words[mention.tokens.clone()] {
        if !key.is_empty() {
            key.push(' ');
        }
        key.extend(word.chars().map(|c| if c == '’' { '\'' } else { c }).flat_map(char::to_lowercase));
    }
    key
}

/// A person's name of more than three words is most often a body or title run into a name ("Harbour
/// Board Commissioner Ada Kerr"): its last word is a surname, but its first is no given name to trust.
const LONGEST_TRUSTED_NAME: usize = 3;

/// One name gets one type in a document: the type most of its mentions were given. A single word
/// that is part of a person's full name in the document ("Montalvo" after "Daniel Montalvo") is
/// that person's, whatever the tagger thought of it alone.
fn settle_types(keys: &[String], mentions: &mut [Mention]) {
    let mut votes: HashMap<&str, [u32; 3]> = HashMap::new();
    for (mention, key) in mentions.iter().zip(keys) {
        // A gazetteer's word counts double: it knows what "Ukraine" is.
        let weight = if mention.place.is_some() || mention.organization.is_some() { 2 } else { 1 };
        votes.entry(key).or_default()[mention.kind as usize] += weight;
    }
    let name_parts: HashSet<&str> = mentions
        .iter()
        .zip(keys)
        .filter(|(mention, key)| mention.kind == EntityType::Person && key.contains(' '))
        .flat_map(|(_, key)| {
            let words: Vec<&str> = key.split(' ').collect();
            let first = (words.len() <= LONGEST_TRUSTED_NAME).then(|| words[0]);
            first.into_iter().chain(words.last().copied())
        })
        .collect();
    for (mention, key) in mentions.iter_mut().zip(keys) {
        let counts = votes[key.as_str()];
        let best = if mention.place.is_none() && name_parts.contains(key.as_str()) {
            EntityType::Person
        } else {
            EntityType::ALL
                .into_iter()
                .max_by_key(|kind| (counts[*kind as usize], *kind == mention.kind))
                .expect("three types")
        };
        if best != mention.kind {
            mention.kind = best;
            mention.place = mention.place.filter(|_| best == EntityType::Place);
            mention.organization = mention.organization.filter(|_| best == EntityType::Organization);
        }
    }
}

/// What makes two mentions of one type the same entity without further evidence.
fn identity(gazetteer: &Gazetteer, doc: &Doc, mention: &Mention, key: &str) -> String {
    if let Some(place) = mention.place {
        return place.name.to_lowercase();
    }
    if let Some(organization) = mention.organization {
        return organization.name.to_lowercase();
    }
    match mention.kind {
        EntityType::Organization => organization_key(gazetteer, &doc.words[mention.tokens.clone()]),
        _ => key.to_owned(),
    }
}

/// An organisation's name without the country it belongs to, in "<adjective> <head>" order:
/// "Russian Foreign Ministry" and "Ministry of Foreign Affairs of Russia" both give
/// "russia|foreign ministry"; "Ministry of Foreign Affairs" gives "|foreign ministry".
fn organization_key(gazetteer: &Gazetteer, words: &[&str]) -> String {
    let mut words = words.to_vec();
    let mut country = String::new();
    if let Some(place) = words.first().and_then(|word| gazetteer.demonym(word)) {
        country = place.name.to_lowercase();
        words.remove(0);
    }
    if let Some(of) = words.iter().rposition(|word| *word == "of")
        && of > 0
        && let Some(place) = gazetteer.place(&words[of + 1..].join(" "))
    {
        country = place.name.to_lowercase();
        words.truncate(of);
    }
    if words.len() > 2 && words[1] == "of" && gazetteer.is_org_cue(words[0]) {
        let head = words.remove(0);
        words.remove(0);
        words.retain(|word| !matches!(*word, "Affairs" | "the"));
        words.push(head);
    }
    format!("{country}|{}", words.join(" ").to_lowercase())
}

/// Mentions with the same identity are one entity, except one-word person names, which
/// `join_partial_names` resolves one by one.
fn join_identical(doc: &Doc, mentions: &[Mention], identities: &[String], groups: &mut UnionFind) {
    let mut first: HashMap<(EntityType, &str), usize> = HashMap::new();
    for (index, (mention, identity)) in mentions.iter().zip(identities).enumerate() {
        if is_short_person(doc, mention) {
            continue;
        }
        let earlier = *first.entry((mention.kind, identity.as_str())).or_insert(index);
        groups.union(earlier, index);
    }
}

fn is_short_person(doc: &Doc, mention: &Mention) -> bool {
    mention.kind == EntityType::Person && doc.words[mention.tokens.clone()].len() == 1
}

/// A distinct way of writing a name: its first mention and its words.
type NameVariant<'a> = (usize, &'a [&'a str]);

/// "Lena Ostrova" and "Lena Marit Ostrova", or "Lena M. Ostrova": a given name and surname join the
/// one longer name of the document that holds them with the same first and last word. Should two
/// longer names fit ("George Bush" beside "George W. Bush" and "George H. W. Bush"), it is not guessed;
/// and a name that has middle names already ("George W. Bush") is never taken for a longer one's.
fn join_full_name_variants(doc: &Doc, mentions: &[Mention], groups: &mut UnionFind) {
    let mut names: HashMap<(&str, &str), Vec<NameVariant>> = HashMap::new();
    for (index, mention) in mentions.iter().enumerate() {
        let words = &doc.words[mention.tokens.clone()];
        if mention.kind == EntityType::Person
            && let [first, .., last] = words
        {
            let variants = names.entry((first, last)).or_default();
            if variants.iter().all(|(_, seen)| seen != &words) {
                variants.push((index, words));
            }
        }
    }
    // The first and last word fix the one two-word name of each group.
    for variants in names.values() {
        let short = variants.iter().find(|(_, words)| words.len() == 2);
        let mut longer = variants.iter().filter(|(_, words)| words.len() > 2);
        if let (Some(&(short, _)), Some(&(long, _)), None) = (short, longer.next(), longer.next()) {
            groups.union(long, short);
        }
    }
}

/// "Ryabkov" after "Sergei Ryabkov": a one-word person name joins a full name that ends (or, where
/// no surname fits, starts) with it when one person fits: the one named before it, or else the one
/// named after it. "Trump" after both Donald and Mary Trump fits two people and is not guessed: it
/// joins only the other mentions of "Trump" that no one person fits.
fn join_partial_names(doc: &Doc, mentions: &[Mention], groups: &mut UnionFind) {
    let words_of = |index: usize| &doc.words[mentions[index].tokens.clone()];
    let people = (0..mentions.len()).filter(|&index| mentions[index].kind == EntityType::Person);
    let mut by_last: HashMap<&str, FullNames> = HashMap::new();
    let mut by_first: HashMap<&str, FullNames> = HashMap::new();
    for full in people.clone() {
        let words = words_of(full);
        if let [first, .., last] = words {
            by_last.entry(last).or_default().push(full, words);
            if words.len() <= LONGEST_TRUSTED_NAME {
                by_first.entry(first).or_default().push(full, words);
            }
        }
    }
    let mut unresolved: HashMap<&str, usize> = HashMap::new();
    for short in people {
        let [word] = words_of(short) else { continue };
        // Surnames first: "Ryabkov" is Sergei Ryabkov even when another Sergei is near.
        let fulls = by_last.get(word).or_else(|| by_first.get(word));
        match fulls.and_then(|fulls| fulls.one_person_near(short, |full| words_of(full))) {
            Some(full) => groups.union(full, short),
            None => {
                let first = *unresolved.entry(word).or_insert(short);
                groups.union(first, short);
            }
        }
    }
}

/// The full names that share an edge word, in text order, and each distinct name once: repeats of one
/// name are one person, so whether the fitting names are one person's is asked once per distinct name,
/// not once per mention.
#[derive(Default)]
struct FullNames<'a> {
    mentions: Vec<usize>,
    distinct: Vec<(usize, &'a [&'a str])>,
    seen: HashSet<&'a [&'a str]>,
}

impl<'a> FullNames<'a> {
    fn push(&mut self, mention: usize, words: &'a [&'a str]) {
        self.mentions.push(mention);
        if self.seen.insert(words) {
            self.distinct.push((mention, words));
        }
    }

    /// The nearest full name before `short`, else after it, if every fitting name on that side is that
    /// one person's.
    fn one_person_near(&self, short: usize, words_of: impl Fn(usize) -> &'a [&'a str]) -> Option<usize> {
        let before = self.mentions.partition_point(|&mention| mention < short);
        let nearest = if before > 0 { self.mentions[before - 1] } else { *self.mentions.first()? };
        let side =
            if before > 0 { self.distinct.partition_point(|&(first, _)| first < short) } else { self.distinct.len() };
        let nearest_words = words_of(nearest);
        self.distinct[..side].iter().all(|&(_, words)| same_person(words, nearest_words)).then_some(nearest)
    }
}

/// One person: the same surname, and the first name of one among the given names of the other ("Donald
/// Trump" and "Donald J. Trump", "Otto Jespersen" and "Jens Otto Harry Jespersen").
fn same_person(a: &[&str], b: &[&str]) -> bool {
    let given = |words: &[&str], name: &str| words[..words.len() - 1].contains(&name);
    a.last() == b.last() && (given(b, a[0]) || given(a, b[0]))
}

/// "NATO" and "North Atlantic Treaty Organization": an all-capitals organisation name joins the
/// nearest organisation whose capitalised words start with its letters, the earlier one when two are
/// as near.
fn join_acronyms(doc: &Doc, mentions: &[Mention], groups: &mut UnionFind) {
    let words_of = |index: usize| &doc.words[mentions[index].tokens.clone()];
    let organizations = (0..mentions.len()).filter(|&index| mentions[index].kind == EntityType::Organization);
    let mut by_initials: HashMap<String, Vec<usize>> = HashMap::new();
    for long in organizations.clone() {
        let initials = initials(words_of(long).iter().copied());
        if !initials.is_empty() {
            by_initials.entry(initials).or_default().push(long);
        }
    }
    for short in organizations {
        let [word] = words_of(short) else { continue };
        let Some(longs) = acronym(word).and_then(|acronym| by_initials.get(&acronym)) else { continue };
        let after = longs.partition_point(|&long| long < short);
        let (before, later) = (after.checked_sub(1).map(|before| longs[before]), longs.get(after).copied());
        let expansion = match (before, later) {
            (Some(before), Some(later)) if later - short < short - before => Some(later),
            (before, later) => before.or(later),
        };
        if let Some(expansion) = expansion {
            groups.union(expansion, short);
        }
    }
}

/// "the Foreign Ministry" joins "the Russian Foreign Ministry" when only one country's ministry of
/// that name is in the document.
fn join_unqualified_organizations(mentions: &[Mention], identities: &[String], groups: &mut UnionFind) {
    let mut qualified: HashMap<&str, Vec<usize>> = HashMap::new();
    for (index, identity) in identities.iter().enumerate() {
        if let Some((country, core)) = identity.split_once('|')
            && !country.is_empty()
            && mentions[index].kind == EntityType::Organization
        {
            let holders = qualified.entry(core).or_default();
            if holders.iter().all(|&holder| identities[holder] != *identity) {
                holders.push(index);
            }
        }
    }
    for (index, identity) in identities.iter().enumerate() {
        if let Some(core) = identity.strip_prefix('|')
            && mentions[index].kind == EntityType::Organization
            && let Some([holder]) = qualified.get(core).map(Vec::as_slice)
        {
            groups.union(*holder, index);
        }
    }
}

/// Builds the entity of one cluster; its name is the gazetteer's when the article writes it (in any
/// case: "NAIROBI" in a dateline is Nairobi), else the fullest form written.
fn entity(doc: &Doc, mentions: &[Mention], cluster: &[usize], id: String) -> Entity {
    let span_of = |tokens: &Range<usize>| doc.span(tokens);
    let spans: Vec<Span> = cluster.iter().map(|&index| span_of(&mentions[index].tokens)).collect();
    let word_count = |index: usize| mentions[index].tokens.len();
    let fullest = cluster.iter().copied().max_by_key(|&index| (word_count(index), std::cmp::Reverse(index)));
    let gazetteer_names: Vec<&String> = cluster
        .iter()
        .filter_map(|&index| {
            mentions[index].place.map(|place| &place.name).or(mentions[index].organization.map(|o| &o.name))
        })
        .collect();
    // Each written form lowercased once, not once per gazetteer name: a cluster can have thousands.
    let written: HashSet<String> = if gazetteer_names.is_empty() {
        HashSet::new()
    } else {
        spans.iter().map(|span| span.text.to_lowercase()).collect()
    };
    let gazetteer_name = gazetteer_names.into_iter().find(|name| written.contains(&name.to_lowercase())).cloned();
    let name =
        gazetteer_name.unwrap_or_else(|| span_of(&mentions[fullest.expect("clusters are not empty")].tokens).text);
    let aliases = distinct(spans.iter().map(|span| span.text.clone()).filter(|text| *text != name));
    let roles =
        distinct(cluster.iter().filter_map(|&index| mentions[index].role.as_ref()).map(|role| span_of(role).text));
    let first = &mentions[cluster[0]];
    Entity { id, kind: first.kind, name, aliases, mentions: spans, roles, links: links(mentions, cluster) }
}

/// Each text once, in order of first appearance.
fn distinct(texts: impl Iterator<Item = String>) -> Vec<String> {
    let mut seen = HashSet::new();
    texts.filter(|text| seen.insert(text.clone())).collect()
}

/// Identifiers from the gazetteers, when a mention matched one.
fn links(mentions: &[Mention], cluster: &[usize]) -> BTreeMap<String, String> {
    let mut links = BTreeMap::new();
    for &index in cluster {
        if let Some(place) = mentions[index].place {
            if let Some(geonames) = place.geonames {
                links.insert("geonames".to_owned(), geonames.to_string());
            }
            if let Some(wikidata) = &place.wikidata {
                links.insert("wikidata".to_owned(), wikidata.clone());
            }
        }
        if let Some(wikidata) = mentions[index].organization.and_then(|organization| organization.wikidata.as_ref()) {
            links.insert("wikidata".to_owned(), wikidata.clone());
        }
    }
    links
}

/// Disjoint sets of mention indices; the smaller index is always the root, so a cluster is named
/// after its first mention.
struct UnionFind {
    parent: Vec<usize>,
}

impl UnionFind {
    fn new(size: usize) -> Self {
        Self { parent: (0..size).collect() }
    }

    fn root(&mut self, mut index: usize) -> usize {
        while self.parent[index] != index {
            self.parent[index] = self.parent[self.parent[index]];
            index = self.parent[index];
        }
        index
    }

    fn union(&mut self, a: usize, b: usize) {
        let (a, b) = (self.root(a), self.root(b));
        self.parent[a.max(b)] = a.min(b);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_organization_key_drops_its_country_and_reads_head_last() {
        let gazetteer = Gazetteer::get();
        let key = |name: &str| organization_key(gazetteer, &name.split(' ').collect::<Vec<_>>());
        assert_eq!(key("Russian Foreign Ministry"), "russia|foreign ministry");
        assert_eq!(key("Ministry of Foreign Affairs of Russia"), "russia|foreign ministry");
        assert_eq!(key("Ministry of Foreign Affairs"), "|foreign ministry");
        assert_eq!(key("Ministry of Defense of the Russian Federation"), "russia|defense ministry");
        assert_eq!(key("Labour Party"), "|labour party");
    }

    #[test]
    fn every_mention_points_at_the_entity_that_lists_it() {
        // "Zorblax" is a lone unknown one-word organisation, which is dropped with its mention.
        let text = "Zorblax hired Helen Marlowe . Marlowe left .";
        let document = crate::text::Document { id: "d".into(), source: None, date: None, text: text.into() };
        let doc = Doc::new(&document);
        let mention = |tokens: Range<usize>, kind| Mention {
            tokens,
            kind,
            place: None,
            organization: None,
            role: None,
            typed_by_context: false,
        };
        let mentions = vec![
            mention(0..1, EntityType::Organization),
            mention(2..4, EntityType::Person),
            mention(5..6, EntityType::Person),
        ];
        let resolved = resolve(Gazetteer::get(), &doc, mentions);
        assert_eq!(resolved.entities.len(), 1, "{:?}", resolved.entities);
        assert_eq!(resolved.mentions.len(), 2, "the dropped organisation's mention is gone");
        for mention in &resolved.mentions {
            assert!(resolved.entities[mention.entity].mentions.contains(&doc.span(&mention.tokens)));
        }
    }

    #[test]
    fn a_full_name_joins_the_one_longer_name_that_holds_it() {
        let text =
            "Lena Ostrova met Lena M. Ostrova and Piet Ostrova . George Bush , George W. Bush , George H. W. Bush .";
        let document = crate::text::Document { id: "d".into(), source: None, date: None, text: text.into() };
        let doc = Doc::new(&document);
        let person = |tokens: Range<usize>| Mention {
            tokens,
            kind: EntityType::Person,
            place: None,
            organization: None,
            role: None,
            typed_by_context: false,
        };
        let mentions = vec![person(0..2), person(3..6), person(7..9), person(10..12), person(13..16), person(17..21)];
        let resolved = resolve(Gazetteer::get(), &doc, mentions);
        let names: Vec<&str> = resolved.entities.iter().map(|entity| entity.name.as_str()).collect();
        assert_eq!(names, ["Lena M. Ostrova", "Piet Ostrova", "George Bush", "George W. Bush", "George H. W. Bush"]);
        assert_eq!(resolved.entities[0].aliases, ["Lena Ostrova"]);
    }

    #[test]
    fn union_find_roots_at_the_first_mention() {
        let mut groups = UnionFind::new(4);
        groups.union(3, 1);
        groups.union(1, 2);
        assert_eq!([groups.root(1), groups.root(2), groups.root(3), groups.root(0)], [1, 1, 1, 0]);
    }
}
