//! The entities of a document with their mentions in text order: what coreference hands the statement
//! and relation passes, with the lookups they share.

use std::ops::Range;

use crate::contract::{Entity, EntityType};

/// The entities of a document and where each is named.
pub(crate) struct Resolved {
    pub entities: Vec<Entity>,
    /// Every mention in text order, with the index of its entity in `entities`.
    pub mentions: Vec<EntityMention>,
}

/// One mention of a resolved entity; token ranges index the document's tokens.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct EntityMention {
    pub tokens: Range<usize>,
    pub entity: usize,
    /// The job title written right before a person's name.
    pub role: Option<Range<usize>>,
}

impl Resolved {
    /// The type of the entity a mention names.
    pub fn kind(&self, mention: &EntityMention) -> EntityType {
        self.entities[mention.entity].kind
    }

    pub fn is_person(&self, mention: &EntityMention) -> bool {
        self.kind(mention) == EntityType::Person
    }

    /// The mentions that lie wholly inside a token range.
    pub fn mentions_within(&self, range: &Range<usize>) -> impl Iterator<Item = &EntityMention> {
        let first = self.mentions.partition_point(|mention| mention.tokens.start < range.start);
        let end = range.end;
        self.mentions[first..]
            .iter()
            .take_while(move |mention| mention.tokens.start < end)
            .filter(move |m| m.tokens.end <= end)
    }

    /// The entities named inside a token range, each once, in order of first mention.
    pub fn entities_within(&self, range: &Range<usize>) -> impl Iterator<Item = usize> {
        let mut seen: Vec<usize> = Vec::new();
        for mention in self.mentions_within(range) {
            if !seen.contains(&mention.entity) {
                seen.push(mention.entity);
            }
        }
        seen.into_iter()
    }

    /// The mentions that start before a token, nearest first.
    pub fn mentions_before(&self, token: usize) -> impl Iterator<Item = &EntityMention> {
        let end = self.mentions.partition_point(|mention| mention.tokens.start < token);
        self.mentions[..end].iter().rev()
    }
}
