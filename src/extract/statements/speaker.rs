//! From a source as written to the entity that spoke: a name, a pronoun, a title ("the deputy minister") or
//! an organisation noun ("the ministry").

use std::ops::Range;

use super::annotated::Annotated;
use super::attribution::Attribution;
use super::source::{is_determiner, is_pronoun};
use crate::contract::{Entity, EntityType};
use crate::extract::entities::EntityMention;
use crate::extract::gazetteer::Gazetteer;
use crate::extract::lexicon::{COMPLEMENT_PREPOSITIONS, PERSON_PRONOUNS, is_one_of};

/// How many words before a name are read as its title: "US Deputy Secretary of State Wendy Sherman".
const TITLE_WINDOW: usize = 6;

/// Nouns for texts, which speak for whoever issued them.
const DOCUMENT_NOUNS: [&str; 9] =
    ["document", "documents", "draft", "drafts", "letter", "report", "statement", "text", "memo"];

/// Nouns that stand for any organisation named before.
const GENERIC_ORGANIZATION_NOUNS: [&str; 8] =
    ["organization", "organisation", "company", "group", "agency", "firm", "body", "alliance"];

/// The speaker entity of each attribution, in order; earlier speakers resolve later pronouns and titles.
pub(super) fn resolve(
    gazetteer: &Gazetteer,
    annotated: &Annotated,
    attributions: &[Attribution],
) -> Vec<Option<usize>> {
    let mut resolver = Resolver { gazetteer, annotated, entities: &annotated.resolved.entities, earlier: Vec::new() };
    let mut speakers = Vec::with_capacity(attributions.len());
    for found in attributions {
        let speaker = found.source.as_ref().and_then(|source| resolver.speaker(source));
        if let (Some(source), Some(speaker)) = (&found.source, speaker) {
            resolver.earlier.push((source.clone(), speaker));
        }
        speakers.push(speaker);
    }
    speakers
}

struct Resolver<'a> {
    gazetteer: &'a Gazetteer,
    annotated: &'a Annotated<'a>,
    entities: &'a [Entity],
    /// The sources of earlier statements and their speakers, in text order.
    earlier: Vec<(Range<usize>, usize)>,
}

impl Resolver<'_> {
    fn speaker(&self, source: &Range<usize>) -> Option<usize> {
        let annotated = self.annotated;
        // The last name that is not the complement of another ("ABC of Australia", "spokeswoman of the
        // ministry Maria Zakharova").
        let is_complement = |mention: &EntityMention| {
            let before = mention.tokens.start.checked_sub(1);
            before.is_some_and(|before| annotated.doc.is_any(before, &COMPLEMENT_PREPOSITIONS))
        };
        let (mut head, mut last) = (None, None);
        for mention in annotated.resolved.mentions_within(source) {
            last = Some(mention.entity);
            head = if is_complement(mention) { head } else { Some(mention.entity) };
        }
        if let Some(entity) = head.or(last) {
            return Some(entity);
        }
        let words = &annotated.doc.words[source.clone()];
        if let [pronoun] = words
            && is_pronoun(pronoun)
        {
            return self.antecedent(source.start, pronoun);
        }
        let phrase: Vec<&str> = words.iter().copied().filter(|word| !is_determiner(word)).collect();
        // A name the entity pass missed: "Shapps", "The Tongs".
        if let Some(name) = phrase.last()
            && phrase.iter().all(|word| word.starts_with(char::is_uppercase))
            && let Some(entity) =
                self.entity_with_name_word(name).or_else(|| self.entity_with_name_word(name.strip_suffix('s')?))
        {
            return Some(entity);
        }
        let head =
            phrase.iter().position(|word| *word == "of").map_or(phrase.last(), |of| phrase.get(of.wrapping_sub(1)));
        let head = *head?;
        let titled = || {
            let has_title = phrase.iter().any(|word| word.starts_with(char::is_lowercase));
            if has_title { self.titled_person(source.start, &phrase) } else { None }
        };
        if DOCUMENT_NOUNS.iter().any(|noun| noun.eq_ignore_ascii_case(head)) {
            return self.author_before(source.start);
        }
        self.earlier_source_with(head)
            .or_else(titled)
            .or_else(|| self.organization_named(source.start, head))
            .or_else(|| self.country_of_demonym(&phrase))
    }

    /// "he" and "she" refer to the latest person who spoke or opened a sentence; "they" and "it" to the
    /// latest organisation or country that spoke, or the latest organisation named, whichever is nearer.
    fn antecedent(&self, before: usize, pronoun: &str) -> Option<usize> {
        let personal = is_one_of(pronoun, &PERSON_PRONOUNS);
        if !personal && let Some(country) = self.place_framing(before) {
            return Some(country);
        }
        let kind = |entity: usize| self.entities[entity].kind;
        // A speaker's name is less often mistyped as a place than any name: only organisations cannot be "he".
        let spoke = |entity: usize| (kind(entity) == EntityType::Organization) != personal;
        let named =
            |entity: usize| kind(entity) == if personal { EntityType::Person } else { EntityType::Organization };
        let last_speaker = self.earlier.iter().rev().find(|(_, speaker)| spoke(*speaker));
        let annotated = self.annotated;
        let last_named = annotated.resolved.mentions_before(before).find(|mention| {
            let opens_sentence = mention.tokens.start <= annotated.doc.sentence_of(mention.tokens.start).start + 3;
            named(mention.entity) && (opens_sentence || !personal)
        });
        match (last_speaker, last_named) {
            // A speaker earlier in the paragraph goes on speaking: "Carter nodded. He added that …"
            (Some((source, speaker)), Some(named)) => {
                let nearer = named.tokens.start > source.end && !annotated.doc.same_paragraph(source.start, before);
                Some(if nearer { named.entity } else { *speaker })
            }
            (Some((_, speaker)), None) => Some(*speaker),
            (None, named) => named.map(|mention| mention.entity),
        }
    }

    /// "The spokesperson" after "an Interpol spokesperson said": the latest earlier source with that head.
    fn earlier_source_with(&self, head: &str) -> Option<usize> {
        let words = &self.annotated.doc.words;
        self.earlier
            .iter()
            .rev()
            .find(|(source, _)| words[source.clone()].iter().any(|word| word.eq_ignore_ascii_case(head)))
            .map(|(_, speaker)| *speaker)
    }

    /// "Shapps", where no name was found: the person (else anything) whose name ends or starts with it.
    fn entity_with_name_word(&self, word: &str) -> Option<usize> {
        let has_word = |entity: &Entity| {
            let mut words = entity.name.split(' ');
            words.next() == Some(word) || words.next_back() == Some(word)
        };
        let people = self.entities.iter().position(|entity| entity.kind == EntityType::Person && has_word(entity));
        people.or_else(|| self.entities.iter().position(has_word))
    }

    /// "the deputy minister" → the latest name written after a title holding all those words.
    fn titled_person(&self, before: usize, phrase: &[&str]) -> Option<usize> {
        let annotated = self.annotated;
        annotated
            .resolved
            .mentions_before(before)
            .filter(|mention| self.entities[mention.entity].kind != EntityType::Place)
            .find(|mention| {
                let title = &annotated.doc.words[self.title_before(mention)];
                phrase.iter().all(|word| title.iter().any(|title_word| title_word.eq_ignore_ascii_case(word)))
            })
            .map(|mention| mention.entity)
    }

    /// The title written right before a name: the role coreference found ("spokeswoman"), or the run of
    /// capitalised words and "of" that ends at the name ("Deputy Foreign Minister of Russia").
    fn title_before(&self, mention: &EntityMention) -> Range<usize> {
        let annotated = self.annotated;
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

    /// "the documents" → the first person or organisation named in the sentence before, which issued them.
    fn author_before(&self, source_start: usize) -> Option<usize> {
        let annotated = self.annotated;
        let sentence_start = annotated.doc.sentence_of(source_start).start;
        let previous = annotated.doc.sentence_of(sentence_start.checked_sub(1)?);
        annotated
            .resolved
            .mentions_within(&previous)
            .find(|mention| self.entities[mention.entity].kind != EntityType::Place)
            .map(|mention| mention.entity)
    }

    /// "the ministry" → the latest organisation (or place, as names are sometimes typed) whose name holds
    /// that word; "the organisation", "the company" → the latest organisation.
    fn organization_named(&self, before: usize, head: &str) -> Option<usize> {
        let annotated = self.annotated;
        let generic = GENERIC_ORGANIZATION_NOUNS.iter().any(|noun| noun.eq_ignore_ascii_case(head));
        annotated
            .resolved
            .mentions_before(before)
            .filter(|mention| {
                let kind = self.entities[mention.entity].kind;
                kind == EntityType::Organization || (!generic && kind != EntityType::Person)
            })
            .find(|mention| {
                generic
                    || annotated.doc.words[mention.tokens.clone()].iter().any(|word| word.eq_ignore_ascii_case(head))
            })
            .map(|mention| mention.entity)
    }

    /// "Also in Moscow, they criticized…": a place that frames the sentence speaks through its people,
    /// for its country when the document names the country.
    fn place_framing(&self, before: usize) -> Option<usize> {
        let annotated = self.annotated;
        let sentence = annotated.doc.sentence_of(before);
        let framing = annotated
            .resolved
            .mentions_before(before)
            .take_while(|mention| mention.tokens.start >= sentence.start)
            .find(|mention| {
                self.entities[mention.entity].kind == EntityType::Place
                    && mention.tokens.start.checked_sub(1).is_some_and(|token| annotated.doc.is(token, "in"))
            })?;
        let place = &self.entities[framing.entity];
        let country = self.gazetteer.place(&place.name).and_then(|place| self.gazetteer.country_of(place));
        let country_entity =
            country.and_then(|country| self.entities.iter().position(|entity| entity.name == country.name));
        Some(country_entity.unwrap_or(framing.entity))
    }

    /// "The Russian side" → Russia, when the document names it.
    fn country_of_demonym(&self, phrase: &[&str]) -> Option<usize> {
        let place = self.gazetteer.demonym(phrase.first()?)?;
        self.entities.iter().position(|entity| entity.name == place.name)
    }
}
