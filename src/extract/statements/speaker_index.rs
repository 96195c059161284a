//! What the speaker pass asks once per statement, prepared once per document: the latest person who
//! opened a sentence, organisation, titled name or name holding a word before a token is a binary
//! search, and an entity by its name or a name word a hash lookup, instead of a walk back over every
//! name for every statement.

use std::collections::HashMap;
use std::ops::Range;

use super::annotated::Annotated;
use crate::contract::{Entity, EntityType};
use crate::extract::entities::EntityMention;
use crate::text::TokenKind;

/// How many words before a name are read as its title: "US Deputy Secretary of State Wendy Sherman".
const TITLE_WINDOW: usize = 6;
/// How far before a bracketed short form the name it shortens may end: the words the entity pass left
/// out of a long name, "Department of Forestry *and Fire Protection* (CalFire)".
const SHORT_FORM_REACH: usize = 5;

pub(super) struct SpeakerIndex<'a> {
    annotated: &'a Annotated<'a>,
    mentions: &'a [EntityMention],
    /// Indices into `mentions`, in text order: persons named near the start of their sentence, and
    /// organisations.
    opening_people: Vec<usize>,
    organizations: Vec<usize>,
    /// Indices of the names that are not persons, by each word of the name, ASCII-lowercased.
    not_people_by_word: HashMap<String, Vec<usize>>,
    /// Indices of the names that are not places, by each word of the title written before them.
    titled_by_word: HashMap<String, Vec<usize>>,
    /// The first entity of each name.
    entity_by_name: HashMap<&'a str, usize>,
    /// The first person and the first entity whose name starts or ends with each word.
    entity_by_name_word: HashMap<&'a str, (Option<usize>, Option<usize>)>,
    /// Capitalised words the entity pass left beside a name that they belong to: the word right after a
    /// person's name it cut short ("Doris | Day"), and a short form in brackets after an organisation's
    /// name ("the Department of Forestry and Fire Protection (CalFire)"). The first entity of each.
    entity_by_word_beside: HashMap<&'a str, usize>,
}

impl<'a> SpeakerIndex<'a> {
    pub fn new(annotated: &'a Annotated<'a>) -> Self {
        let (mentions, entities) = (&annotated.resolved.mentions[..], &annotated.resolved.entities[..]);
        let kind = |index: usize| entities[mentions[index].entity].kind;
        let mut index = Self {
            annotated,
            mentions,
            opening_people: Vec::new(),
            organizations: Vec::new(),
            not_people_by_word: HashMap::new(),
            titled_by_word: HashMap::new(),
            entity_by_name: HashMap::new(),
            entity_by_name_word: HashMap::new(),
            entity_by_word_beside: HashMap::new(),
        };
        // Where the sentence of the latest person named starts: only the first person named near a sentence's
        // start is its subject ("Pelosi called Trump's conduct…" opens with Pelosi, not Trump).
        let mut last_person_sentence: Option<usize> = None;
        for (position, mention) in mentions.iter().enumerate() {
            let start = mention.tokens.start;
            let sentence_start = annotated.doc.sentence_of(start).start;
            let first_person = kind(position) == EntityType::Person
                && last_person_sentence.replace(sentence_start) != Some(sentence_start);
            let opens_sentence = first_person && start <= sentence_start + 3;
            match kind(position) {
                EntityType::Person if opens_sentence => index.opening_people.push(position),
                EntityType::Organization => index.organizations.push(position),
                _ => {}
            }
            if kind(position) != EntityType::Person {
                let words = &annotated.doc.words[mention.tokens.clone()];
                add_words(&mut index.not_people_by_word, words, position);
            }
            if kind(position) != EntityType::Place {
                add_words(&mut index.titled_by_word, &annotated.doc.words[title_before(annotated, mention)], position);
            }
        }
        for (position, entity) in entities.iter().enumerate() {
            index.entity_by_name.entry(entity.name.as_str()).or_insert(position);
            index.add_name_words(entity, position);
        }
        index.add_words_beside_names();
        index
    }

    /// Fills `entity_by_word_beside`, in one pass over the mentions and one over the brackets.
    fn add_words_beside_names(&mut self) {
        let (doc, resolved) = (self.annotated.doc, self.annotated.resolved);
        let is_capitalised =
            |token: usize| doc.kind(token) == Some(TokenKind::Word) && doc.words[token].starts_with(char::is_uppercase);
        for mention in self.mentions {
            let next = mention.tokens.end;
            let same_sentence = next < doc.sentence_of(mention.tokens.start).end;
            if resolved.is_person(mention) && same_sentence && is_capitalised(next) {
                self.entity_by_word_beside.entry(doc.words[next]).or_insert(mention.entity);
            }
        }
        for open in (0..doc.tokens.len()).filter(|&token| doc.is(token, "(")) {
            let (short, close) = (open + 1, open + 2);
            if !is_capitalised(short) || !doc.is(close, ")") {
                continue;
            }
            let floor = doc.sentence_of(open).start.max(open.saturating_sub(SHORT_FORM_REACH));
            let named = resolved.mentions_before(open).next().filter(|mention| {
                mention.tokens.end >= floor
                    && self.annotated.resolved.entities[mention.entity].kind != EntityType::Person
            });
            if let Some(named) = named {
                self.entity_by_word_beside.entry(doc.words[short]).or_insert(named.entity);
            }
        }
    }

    /// Aliases count: "Day" for the singer whose birth name leads.
    fn add_name_words(&mut self, entity: &'a Entity, position: usize) {
        for name in std::iter::once(&entity.name).chain(&entity.aliases) {
            let mut words = name.split(' ');
            for word in [words.next(), words.next_back()].into_iter().flatten() {
                let (person, any) = self.entity_by_name_word.entry(word).or_default();
                any.get_or_insert(position);
                if entity.kind == EntityType::Person {
                    person.get_or_insert(position);
                }
            }
        }
    }

    /// The latest mention before `token` of a person who opens a sentence (`personal`), else of an
    /// organisation.
    pub fn last_named(&self, token: usize, personal: bool) -> Option<&'a EntityMention> {
        let list = if personal { &self.opening_people } else { &self.organizations };
        self.before(list, token).next()
    }

    /// The latest organisation named before `token`.
    pub fn last_organization(&self, token: usize) -> Option<&'a EntityMention> {
        self.before(&self.organizations, token).next()
    }

    /// The latest name that is not a person's, written before `token`, holding `word`.
    pub fn last_holding(&self, token: usize, word: &str) -> Option<&'a EntityMention> {
        let list = self.not_people_by_word.get(&word.to_ascii_lowercase())?;
        self.before(list, token).next()
    }

    /// The latest name that is not a place's, before `token`, whose title holds every word of `phrase`.
    pub fn last_titled(&self, token: usize, phrase: &[&str]) -> Option<&'a EntityMention> {
        let lists: Option<Vec<&Vec<usize>>> =
            phrase.iter().map(|word| self.titled_by_word.get(&word.to_ascii_lowercase())).collect();
        let rarest = lists?.into_iter().min_by_key(|list| list.len())?;
        self.before(rarest, token).find(|mention| {
            let title = &self.annotated.doc.words[title_before(self.annotated, mention)];
            phrase.iter().all(|word| title.iter().any(|title_word| title_word.eq_ignore_ascii_case(word)))
        })
    }

    /// The first entity named `name`.
    pub fn entity_named(&self, name: &str) -> Option<usize> {
        self.entity_by_name.get(name).copied()
    }

    /// The first person whose name or alias starts or ends with `word`, else the first entity's.
    pub fn entity_with_name_word(&self, word: &str) -> Option<usize> {
        self.entity_by_name_word.get(word).and_then(|(person, any)| person.or(*any))
    }

    /// The entity a capitalised word left beside its name belongs to: "Day" after "Doris", "CalFire" in
    /// brackets after the department's name.
    pub fn entity_beside_word(&self, word: &str) -> Option<usize> {
        self.entity_by_word_beside.get(word).copied()
    }

    /// The mentions of `list` that start before `token`, nearest first.
    fn before<'l>(&'l self, list: &'l [usize], token: usize) -> impl Iterator<Item = &'a EntityMention> + 'l {
        let end = list.partition_point(|&position| self.mentions[position].tokens.start < token);
        list[..end].iter().rev().map(|&position| &self.mentions[position])
    }
}

fn add_words(index: &mut HashMap<String, Vec<usize>>, words: &[&str], position: usize) {
    for word in words {
        let list = index.entry(word.to_ascii_lowercase()).or_default();
        if list.last() != Some(&position) {
            list.push(position);
        }
    }
}

/// The title written right before a name: the role coreference found ("spokeswoman"), or the run of
/// capitalised words and "of" that ends at the name ("Deputy Foreign Minister of Russia").
fn title_before(annotated: &Annotated, mention: &EntityMention) -> Range<usize> {
    let name_start = mention.tokens.start;
    let floor = annotated.doc.sentence_of(name_start).start.max(name_start.saturating_sub(TITLE_WINDOW));
    let mut start = name_start;
    while start > floor && {
        let word = annotated.doc.words[start - 1];
        word == "of" || word.starts_with(char::is_uppercase)
    } {
        start -= 1;
    }
    mention.role.as_ref().map_or(start, |role| role.start.min(start))..name_start
}
