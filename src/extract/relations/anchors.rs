//! What the relation rules read beside the [`Doc`] and its resolved entities: mentions indexed by where
//! they start and end, the job titles in the text, and which entity stands for each known place.

use std::collections::HashMap;
use std::ops::Range;

use crate::contract::{EntityType, Predicate, Relation};
use crate::extract::doc::Doc;
use crate::extract::entities::{EntityMention, Resolved};
use crate::extract::gazetteer::{Gazetteer, Place};

pub(super) struct Anchors<'a> {
    pub gazetteer: &'a Gazetteer,
    pub doc: &'a Doc<'a>,
    pub resolved: &'a Resolved,
    /// Index into `mentions` of the mention that starts (or ends) at a token.
    starting: ByToken,
    ending: ByToken,
    /// Job titles as start token → end token (exclusive), and the other way round.
    title_starting: ByToken,
    title_ending: ByToken,
    /// Entity index of each gazetteer place the document names, keyed by the place's canonical name.
    places: HashMap<&'a str, usize>,
}

impl<'a> Anchors<'a> {
    pub fn new(gazetteer: &'a Gazetteer, doc: &'a Doc<'a>, resolved: &'a Resolved) -> Self {
        let tokens = doc.words.len();
        let (mut starting, mut ending) = (ByToken::new(tokens), ByToken::new(tokens));
        for (index, mention) in resolved.mentions.iter().enumerate() {
            starting.set(mention.tokens.start, index);
            ending.set(mention.tokens.end, index);
        }
        let mut places = HashMap::new();
        for (index, entity) in resolved.entities.iter().enumerate() {
            if entity.kind != EntityType::Place {
                continue;
            }
            for name in std::iter::once(&entity.name).chain(&entity.aliases) {
                if let Some(place) = gazetteer.place(name) {
                    places.entry(place.name.as_str()).or_insert(index);
                }
            }
        }
        let (mut title_starting, mut title_ending) = (ByToken::new(tokens), ByToken::new(tokens));
        for (start, end) in titles(gazetteer, &doc.words) {
            title_starting.set(start, end);
            title_ending.set(end, start);
        }
        Self { gazetteer, doc, resolved, starting, ending, title_starting, title_ending, places }
    }

    pub fn mention_starting(&self, token: usize) -> Option<&'a EntityMention> {
        self.starting.get(token).map(|index| &self.resolved.mentions[index])
    }

    pub fn mention_ending(&self, token: usize) -> Option<&'a EntityMention> {
        self.ending.get(token).map(|index| &self.resolved.mentions[index])
    }

    /// The end of the job title that starts at `start`, if one does.
    pub fn title_starting(&self, start: usize) -> Option<usize> {
        self.title_starting.get(start)
    }

    /// The start of the job title that ends right before `end`, if one does.
    pub fn title_ending(&self, end: usize) -> Option<usize> {
        self.title_ending.get(end)
    }

    /// The entity that stands for a gazetteer place in this document, if the document names it.
    pub fn place_entity(&self, place: &Place) -> Option<usize> {
        self.places.get(place.name.as_str()).copied()
    }

    /// The country entity a demonym ("Russian", "Afghan") refers to, if the document names that country.
    pub fn demonym_entity(&self, index: usize) -> Option<usize> {
        self.place_entity(self.gazetteer.demonym(self.doc.word(index)?)?)
    }

    /// A relation between two entities, if the predicate allows their types and they differ.
    pub fn relation(
        &self,
        subject: usize,
        predicate: Predicate,
        object: usize,
        role: Option<&str>,
        evidence: &Range<usize>,
    ) -> Option<Relation> {
        let (from, to) = (&self.resolved.entities[subject], &self.resolved.entities[object]);
        if subject == object || !predicate.allows(from.kind, to.kind) {
            return None;
        }
        Some(Relation {
            subject: from.id.clone(),
            predicate,
            object: to.id.clone(),
            role: role.map(str::to_owned),
            evidence: Some(self.doc.span(evidence)),
        })
    }
}

/// Job titles in the text, longest match first, as start token and end token.
fn titles(gazetteer: &Gazetteer, words: &[&str]) -> Vec<(usize, usize)> {
    let mut titles = Vec::new();
    let mut index = 0;
    while index < words.len() {
        match gazetteer.role_at(words, index) {
            Some(length) => {
                titles.push((index, index + length));
                index += length;
            }
            None => index += 1,
        }
    }
    titles
}

/// A number for some of a document's token positions (0 to its length, both included), looked up
/// by position. One slot per position, rather than a hash map of the few that have one, so that
/// rules walking the text in order read memory in order, however long the document.
struct ByToken(Vec<u32>);

const ABSENT: u32 = u32::MAX;

impl ByToken {
    fn new(tokens: usize) -> Self {
        Self(vec![ABSENT; tokens + 1])
    }

    /// Sets the number at `token`, replacing an earlier one, as later mentions and titles do.
    fn set(&mut self, token: usize, number: usize) {
        if token >= self.0.len() {
            self.0.resize(token + 1, ABSENT);
        }
        self.0[token] = u32::try_from(number).expect("fewer than 4 billion tokens");
    }

    fn get(&self, token: usize) -> Option<usize> {
        self.0.get(token).copied().filter(|&number| number != ABSENT).map(|number| number as usize)
    }
}
