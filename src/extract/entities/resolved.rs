//! The entities of a document with their mentions in text order: what coreference hands the statement
//! and relation passes, with the lookups they share.

use std::collections::HashSet;
use std::ops::Range;

use crate::contract::{Entity, EntityType};

/// The entities of a document and where each is named.
pub(crate) struct Resolved {
    pub entities: Vec<Entity>,
    /// Every mention in text order, with the index of its entity in `entities`.
    pub mentions: Vec<EntityMention>,
    /// For each token, and the end, how many mentions start before it: where a search by token starts.
    mentions_before_token: Vec<u32>,
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
    /// `mentions` in text order, over a document of `token_count` tokens.
    pub fn new(entities: Vec<Entity>, mentions: Vec<EntityMention>, token_count: usize) -> Self {
        let mut mentions_before_token = Vec::with_capacity(token_count + 1);
        let mut started = 0;
        for token in 0..=token_count {
            while mentions.get(started).is_some_and(|mention: &EntityMention| mention.tokens.start < token) {
                started += 1;
            }
            mentions_before_token.push(started as u32);
        }
        Self { entities, mentions, mentions_before_token }
    }

    /// How many mentions start before `token`.
    fn started_before(&self, token: usize) -> usize {
        self.mentions_before_token.get(token).map_or(self.mentions.len(), |&count| count as usize)
    }

    /// The type of the entity a mention names.
    pub fn kind(&self, mention: &EntityMention) -> EntityType {
        self.entities[mention.entity].kind
    }

    pub fn is_person(&self, mention: &EntityMention) -> bool {
        self.kind(mention) == EntityType::Person
    }

    /// The mentions that lie wholly inside a token range.
    pub fn mentions_within(&self, range: &Range<usize>) -> impl Iterator<Item = &EntityMention> {
        let first = self.started_before(range.start);
        let end = range.end;
        self.mentions[first..]
            .iter()
            .take_while(move |mention| mention.tokens.start < end)
            .filter(move |m| m.tokens.end <= end)
    }

    /// The entities named inside a token range, each once, in order of first mention.
    pub fn entities_within(&self, range: &Range<usize>) -> impl Iterator<Item = usize> {
        let mut seen = HashSet::new();
        let entities: Vec<usize> =
            self.mentions_within(range).map(|mention| mention.entity).filter(|&entity| seen.insert(entity)).collect();
        entities.into_iter()
    }

    /// The mentions that start before a token, nearest first.
    pub fn mentions_before(&self, token: usize) -> impl Iterator<Item = &EntityMention> {
        let end = self.started_before(token);
        self.mentions[..end].iter().rev()
    }
}
