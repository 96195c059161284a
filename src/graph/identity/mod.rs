//! The identity stage: which node each extracted entity becomes, decided over the whole batch before
//! the graph is built, so that one real entity is one node whose IRI depends on the entity alone.
//!
//! - Names fold: case, punctuation and periods ("U.S." is "US"), a person's titles and qualifiers,
//!   the tables' variants and acronyms ("US" is the United States, "NATO" the North Atlantic Treaty
//!   Organization).
//! - A generic institution ("Senate", "Ministry of Health") is its country's: the country written
//!   with it ("U.S. Senate", "Senate of Kenya"), else the country the article is about.
//! - A short form joins a full name of another article only when the batch leaves one choice: a
//!   surname alone joins the one fully named person of that surname; an acronym the one organisation
//!   an article spelled it out as. Otherwise it stays its own node.
//!
//! Every step is a lookup per entity, so the stage is linear in the number of entities and mentions.

mod audit;
mod country;
mod knowledge;
mod names;

use std::collections::{BTreeSet, HashMap, HashSet};

pub use audit::{Finding, Problem};
use knowledge::{Knowledge, Known};
use names::{country_prefix, normalise, person_key, person_name, split_country, surname};

use super::iri::slug;
use crate::contract::names::{acronym, initials};
use crate::contract::{Entity, EntityType, Extraction, Span};

/// Where one extracted entity goes in the graph.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Identity {
    /// The node's type: the entity's, except that a generic institution is an organisation
    /// whatever the tagger said ("the House" is no place).
    pub kind: EntityType,
    /// What makes two entities of one kind the same node.
    pub key: String,
    /// The IRI's local name under the namespace of the entity's kind, unique within it.
    pub local: String,
    /// The canonical name: the tables' when they know the entity, else the name written.
    pub name: String,
    pub wikidata: Option<String>,
    /// A country's mentions written inside the article's organisation names ("U.S." of "U.S.
    /// Congress"), which name the country as well as the organisation.
    pub nested: Vec<Span>,
}

/// The identities of every entity of every extraction, in the same order.
pub(crate) fn resolve<'a>(extractions: impl Iterator<Item = &'a Extraction> + Clone) -> Vec<Vec<Identity>> {
    let knowledge = Knowledge::get();
    let drafts: Vec<Vec<Draft>> = extractions
        .clone()
        .map(|extraction| {
            let country = country::of_article(knowledge, extraction);
            let article = extraction.document.id.as_str();
            extraction.entities.iter().map(|entity| Draft::new(knowledge, entity, article, country)).collect()
        })
        .collect();
    let batch = Batch::index(drafts.iter().flatten());
    let keys: Vec<Vec<(EntityType, String)>> =
        drafts.iter().map(|drafts| drafts.iter().map(|draft| (draft.kind, batch.key(draft))).collect()).collect();

    // A node's name is the first full (not short) name given to it, in order of article id.
    let mut names: HashMap<&(EntityType, String), NodeName> = HashMap::new();
    for (draft, key) in drafts.iter().flatten().zip(keys.iter().flatten()) {
        let candidate = (draft.short.is_none(), draft.name.as_str(), draft.wikidata.as_deref());
        let name = names.entry(key).or_insert(candidate);
        if candidate.0 && !name.0 {
            *name = candidate;
        }
    }
    let locals = locals(&names);
    let extractions: Vec<&Extraction> = extractions.collect();
    keys.iter()
        .zip(&extractions)
        .map(|(keys, extraction)| {
            let mut nested = nested_countries(knowledge, extraction, keys);
            keys.iter()
                .enumerate()
                .map(|(index, key)| {
                    let (_, name, wikidata) = names[key];
                    Identity {
                        kind: key.0,
                        key: key.1.clone(),
                        local: locals[key].clone(),
                        name: name.to_owned(),
                        wikidata: wikidata.map(str::to_owned),
                        nested: nested.remove(&index).unwrap_or_default(),
                    }
                })
                .collect()
        })
        .collect()
}

/// The countries written at the start of an article's organisation names, as mentions of the
/// article's own entity of that country (its index), when it has one and no entity has that span already.
fn nested_countries(
    knowledge: &Knowledge,
    extraction: &Extraction,
    keys: &[(EntityType, String)],
) -> HashMap<usize, Vec<Span>> {
    let place_of: HashMap<&str, usize> = keys
        .iter()
        .enumerate()
        .filter(|(_, (kind, _))| *kind == EntityType::Place)
        .map(|(index, (_, key))| (key.as_str(), index))
        .collect();
    let taken: HashSet<(usize, usize)> = extraction
        .entities
        .iter()
        .flat_map(|entity| &entity.mentions)
        .map(|mention| (mention.start, mention.end))
        .collect();
    let mut nested: HashMap<usize, Vec<Span>> = HashMap::new();
    for (entity, (kind, _)) in extraction.entities.iter().zip(keys) {
        if *kind != EntityType::Organization {
            continue;
        }
        for mention in &entity.mentions {
            let Some((country, written, begin)) = country_prefix(knowledge, &mention.text) else { continue };
            let Some(&place) = place_of.get(normalise(country).as_str()) else { continue };
            let start = mention.start + begin;
            let span = Span { start, end: start + written.chars().count(), text: written.to_owned() };
            if !taken.contains(&(span.start, span.end)) {
                nested.entry(place).or_default().push(span);
            }
        }
    }
    nested
}

/// Whether a node's name is a full one, the name, and its Wikidata id.
type NodeName<'a> = (bool, &'a str, Option<&'a str>);

/// One entity as read on its own, before the batch is known.
struct Draft {
    kind: EntityType,
    /// The normalised canonical name, or `wikidata:<id>` for an entity linked outside the tables.
    key: String,
    name: String,
    wikidata: Option<String>,
    short: Option<Short>,
    /// Acronyms the article gave this organisation ("NATO" beside "North Atlantic Treaty Organization").
    acronyms: Vec<String>,
}

/// A short form whose node depends on what else the batch names.
enum Short {
    /// A person named by one word, normalised.
    Surname(String),
    /// An all-capitals organisation name no table knows, its letters.
    Acronym(String),
}

impl Draft {
    fn new(knowledge: &Knowledge, entity: &Entity, article: &str, country: Option<&'static str>) -> Self {
        let linked = entity.links.get("wikidata").cloned();
        let mut draft = Self {
            kind: entity.kind,
            key: String::new(),
            name: entity.name.clone(),
            wikidata: linked.clone(),
            short: None,
            acronyms: Vec::new(),
        };
        let generic = knowledge.generic(&normalise(&split_country(knowledge, &entity.name).1)).is_some();
        if generic {
            draft.kind = EntityType::Organization;
        }
        match draft.kind {
            EntityType::Person => {
                draft.name = person_name(knowledge, &entity.name).to_owned();
                if linked.is_none() {
                    if draft.name.contains(char::is_whitespace) {
                        let aliases = entity.aliases.iter().map(|alias| person_name(knowledge, alias));
                        draft.key = person_key(&draft.name, aliases);
                    } else {
                        draft.short = Some(Short::Surname(normalise(&draft.name)));
                    }
                }
            }
            EntityType::Place => {
                if let Some(known) = knowledge.place(&normalise(without_country(knowledge, &entity.name))) {
                    draft.know(known);
                }
            }
            EntityType::Organization => draft.organization(knowledge, entity, article, country),
        }
        if draft.key.is_empty() {
            draft.key = match &linked {
                Some(id) => format!("wikidata:{id}"),
                None => normalise(&draft.name),
            };
        }
        draft
    }

    fn know(&mut self, known: Known) {
        self.name = known.name.to_owned();
        self.wikidata = known.wikidata.map(str::to_owned).or(self.wikidata.take());
        self.key = normalise(known.name);
    }

    fn organization(&mut self, knowledge: &Knowledge, entity: &Entity, article: &str, country: Option<&'static str>) {
        let (written_country, core) = split_country(knowledge, &entity.name);
        if let Some(generic) = knowledge.generic(&normalise(&core)) {
            match written_country.or(country) {
                Some(country) => match knowledge.institution(country, generic) {
                    Some(known) => self.know(known),
                    None => self.name = format!("{generic} ({country})"),
                },
                None => self.name = generic.to_owned(),
            }
            self.key = normalise(&self.name);
        } else if let Some(known) = knowledge.organization(&normalise(&entity.name)) {
            self.know(known);
        } else if let Some(known) = written_country.and_then(|_| knowledge.organization(&normalise(&core))) {
            self.know(known);
        } else if let Some(letters) = acronym(&entity.name) {
            self.short = Some(Short::Acronym(letters));
        } else if knowledge.is_organization_word(&normalise(&entity.name)) {
            // "the Court", "the Committee": a kind of body names no one body beyond its article.
            self.key = format!("{}|{article}", normalise(&entity.name));
        }
        let initials = initials(self.name.split_whitespace());
        self.acronyms =
            entity.aliases.iter().filter_map(|alias| acronym(alias)).filter(|letters| *letters == initials).collect();
    }
}

/// A known place without the country written after it ("Texas, U.S.", "Ohio US").
fn without_country<'a>(knowledge: &Knowledge, name: &'a str) -> &'a str {
    match name.rsplit_once(' ') {
        Some((place, country)) => {
            let place = place.trim_end_matches(',');
            let known =
                knowledge.country(&normalise(country)).is_some() && knowledge.place(&normalise(place)).is_some();
            if known { place } else { name }
        }
        None => name,
    }
}

/// What the whole batch says about short forms and linked names.
#[derive(Default)]
struct Batch {
    /// Surname → the keys of fully named people with it.
    surnames: HashMap<String, BTreeSet<String>>,
    /// Acronym → the keys of organisations an article spelled it out as.
    acronyms: HashMap<String, BTreeSet<String>>,
    /// A linked entity's normalised name → its `wikidata:` keys.
    linked: HashMap<(EntityType, String), BTreeSet<String>>,
}

impl Batch {
    fn index<'a>(drafts: impl Iterator<Item = &'a Draft>) -> Self {
        let mut batch = Self::default();
        for draft in drafts {
            if draft.kind == EntityType::Person
                && draft.short.is_none()
                && let Some(surname) = surname(&normalise(&draft.name))
            {
                batch.surnames.entry(surname.to_owned()).or_default().insert(draft.key.clone());
            }
            for acronym in &draft.acronyms {
                batch.acronyms.entry(acronym.clone()).or_default().insert(draft.key.clone());
            }
            if draft.key.starts_with("wikidata:") {
                batch.linked.entry((draft.kind, normalise(&draft.name))).or_default().insert(draft.key.clone());
            }
        }
        batch
    }

    /// The key of the node an entity joins.
    fn key(&self, draft: &Draft) -> String {
        let only = |keys: Option<&BTreeSet<String>>| match keys.map(|keys| keys.iter().collect::<Vec<_>>()).as_deref() {
            Some([key]) => Some((*key).clone()),
            _ => None,
        };
        let joined = match &draft.short {
            Some(Short::Surname(surname)) => only(self.surnames.get(surname)),
            Some(Short::Acronym(letters)) => only(self.acronyms.get(letters)),
            None => None,
        };
        joined.or_else(|| only(self.linked.get(&(draft.kind, draft.key.clone())))).unwrap_or_else(|| draft.key.clone())
    }
}

/// Each node's local name: the slug of its key, or of its name for a linked key. Should two keys
/// want one slug ("O'Brien" and "OBrien", or namesakes with different Wikidata ids), the one of a
/// plain name first in order keeps it and the others add a hash of their key.
fn locals<'a>(names: &HashMap<&'a (EntityType, String), NodeName<'_>>) -> HashMap<&'a (EntityType, String), String> {
    let mut wanted: HashMap<(EntityType, String), Vec<&(EntityType, String)>> = HashMap::new();
    for (&key, (_, name, _)) in names {
        let local = slug(if key.1.starts_with("wikidata:") { name } else { &key.1 });
        wanted.entry((key.0, local)).or_default().push(key);
    }
    let mut locals = HashMap::new();
    for ((_, local), mut keys) in wanted {
        keys.sort_by_key(|key| (key.1.starts_with("wikidata:"), key.1.clone()));
        for (rank, key) in keys.into_iter().enumerate() {
            let unique = match rank {
                0 => local.clone(),
                _ => format!("{local}-{:016x}", crate::fnv::Fnv::new().str(&key.1).finish()),
            };
            locals.insert(key, unique);
        }
    }
    locals
}
