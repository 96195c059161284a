//! The extraction contract as Rust types. Field names and shapes follow
//! `schemas/extraction.schema.json` exactly; fields beyond it are ignored on input.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use crate::text::{Document, IsoDate};

/// Everything extracted from one document, with the document itself.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Extraction {
    /// The document's fields (`id`, `source`, `date`, `text`) sit at the top level of the JSON.
    #[serde(flatten)]
    pub document: Document,
    #[serde(default)]
    pub entities: Vec<Entity>,
    #[serde(default)]
    pub statements: Vec<Statement>,
    #[serde(default)]
    pub relations: Vec<Relation>,
    /// Optional in the contract, so extractions written before events existed still read.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub events: Vec<Event>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum EntityType {
    Person,
    Organization,
    Place,
}

impl EntityType {
    /// Every type, in declaration order; the tagger's model numbers its tags in this order.
    pub const ALL: [Self; 3] = [Self::Person, Self::Organization, Self::Place];
}

/// A person, organisation or place, with every mention of it in the document.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Entity {
    pub id: String,
    #[serde(rename = "type")]
    pub kind: EntityType,
    /// The canonical name: the fullest form in the document.
    pub name: String,
    #[serde(default)]
    pub aliases: Vec<String>,
    pub mentions: Vec<Span>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub roles: Vec<String>,
    /// Identifiers in other datasets, keyed by dataset: `wikidata` (a Q-id such as `"Q30"`),
    /// `geonames` (digits as a string, such as `"6252001"`).
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub links: BTreeMap<String, String>,
}

/// A stretch of the document: code-point offsets `start..end` and the characters between them.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub struct Span {
    pub start: usize,
    pub end: usize,
    pub text: String,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum StatementKind {
    /// A verbatim quotation.
    Direct,
    /// Reported speech.
    Indirect,
    /// Reported speech that contains a partial quotation.
    Mixed,
}

impl StatementKind {
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Direct => "direct",
            Self::Indirect => "indirect",
            Self::Mixed => "mixed",
        }
    }
}

/// Content that the document attributes to a speaker.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Statement {
    pub id: String,
    pub kind: StatementKind,
    /// The entity id of the speaker, when it is known.
    pub speaker: Option<String>,
    /// How the text names the speaker ("he", "the ministry"), as written.
    #[serde(default)]
    pub source: Option<Span>,
    /// The words that mark the attribution ("said", "according to").
    #[serde(default)]
    pub cue: Option<Span>,
    pub content: Span,
    /// Entity ids of what the content mentions.
    #[serde(default)]
    pub about: Vec<String>,
    #[serde(default)]
    pub date: Option<IsoDate>,
}

/// The closed list of relation predicates.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub enum Predicate {
    /// A person acts for an organisation or a country (a place), optionally in a role.
    WorksFor,
    /// A person, an organisation or a country belongs to an organisation.
    MemberOf,
    /// An organisation is based in, or a place lies within, a place.
    LocatedIn,
}

impl Predicate {
    /// Whether the predicate may link a subject and an object of these types.
    pub fn allows(self, subject: EntityType, object: EntityType) -> bool {
        use EntityType::{Organization, Person, Place};
        match self {
            Self::WorksFor => subject == Person && matches!(object, Organization | Place),
            Self::MemberOf => object == Organization,
            Self::LocatedIn => matches!(subject, Organization | Place) && object == Place,
        }
    }

    pub fn as_str(self) -> &'static str {
        match self {
            Self::WorksFor => "worksFor",
            Self::MemberOf => "memberOf",
            Self::LocatedIn => "locatedIn",
        }
    }
}

/// A typed link between two entities of the same document.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Relation {
    pub subject: String,
    pub predicate: Predicate,
    pub object: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub role: Option<String>,
    #[serde(default)]
    pub evidence: Option<Span>,
}

/// Something that happens which the document reports, such as talks or a summit, with who takes
/// part, where and when, as far as the text states them.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Event {
    pub id: String,
    /// How the text names the event ("Russian-American talks in Geneva").
    pub name: String,
    /// Entity ids of those taking part.
    #[serde(default)]
    pub participants: Vec<String>,
    /// The entity id of the place where it happens, a Place.
    #[serde(default)]
    pub place: Option<String>,
    #[serde(default)]
    pub date: Option<IsoDate>,
    /// The span that states the event.
    pub evidence: Span,
}
