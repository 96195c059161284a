//! From a source as written to the entity that spoke: a name, a pronoun, a title ("the deputy minister") or
//! an organisation noun ("the ministry").

use std::collections::HashMap;
use std::ops::Range;

use super::annotated::Annotated;
use super::attribution::Attribution;
use super::source::{complement_of, is_determiner, is_pronoun};
use super::speaker_index::SpeakerIndex;
use crate::contract::{Entity, EntityType};
use crate::extract::entities::EntityMention;
use crate::extract::gazetteer::Gazetteer;
use crate::extract::lexicon::{COMPLEMENT_PREPOSITIONS, PERSON_PRONOUNS, is_one_of};

/// Nouns for texts, which speak for whoever issued them.
const DOCUMENT_NOUNS: [&str; 9] =
    ["document", "documents", "draft", "drafts", "letter", "report", "statement", "text", "memo"];

/// The most capitalised words read back from a name to the "the" that may open it.
const MAX_NAME_WORDS: usize = 3;

/// Nouns for the staff who speak for a person: "his office said".
const OFFICE_NOUNS: [&str; 3] = ["office", "campaign", "spokesperson"];

/// Nouns that stand for any organisation named before: "the company", "the industry publication".
const GENERIC_ORGANIZATION_NOUNS: [&str; 14] = [
    "organization",
    "organisation",
    "company",
    "group",
    "agency",
    "firm",
    "body",
    "alliance",
    "publication",
    "newspaper",
    "broadcaster",
    "outlet",
    "magazine",
    "paper",
];

/// The speaker entity of each attribution, in order; earlier speakers resolve later pronouns and titles.
pub(super) fn resolve(
    gazetteer: &Gazetteer,
    annotated: &Annotated,
    attributions: &[Attribution],
) -> Vec<Option<usize>> {
    let mut resolver = Resolver {
        gazetteer,
        annotated,
        entities: &annotated.resolved.entities,
        index: SpeakerIndex::new(annotated),
        last_speakers: [None, None],
        speaker_by_source_word: HashMap::new(),
    };
    let mut speakers = Vec::with_capacity(attributions.len());
    for found in attributions {
        let speaker = found.source.as_ref().and_then(|source| resolver.speaker(source));
        if let (Some(source), Some(speaker)) = (&found.source, speaker) {
            resolver.spoke(source, speaker);
        }
        speakers.push(speaker);
    }
    speakers
}

struct Resolver<'a> {
    gazetteer: &'a Gazetteer,
    annotated: &'a Annotated<'a>,
    entities: &'a [Entity],
    index: SpeakerIndex<'a>,
    /// The source and speaker of the latest earlier statement whose speaker is not an organisation,
    /// and of the latest whose speaker is one.
    last_speakers: [Option<(Range<usize>, usize)>; 2],
    /// The speaker of the latest earlier statement whose source holds each word, ASCII-lowercased.
    speaker_by_source_word: HashMap<String, usize>,
}

impl Resolver<'_> {
    /// Remembers an earlier statement's source and speaker.
    fn spoke(&mut self, source: &Range<usize>, speaker: usize) {
        let is_organization = self.entities[speaker].kind == EntityType::Organization;
        self.last_speakers[usize::from(is_organization)] = Some((source.clone(), speaker));
        for word in &self.annotated.doc.words[source.clone()] {
            self.speaker_by_source_word.insert(word.to_ascii_lowercase(), speaker);
        }
    }

    fn speaker(&self, source: &Range<usize>) -> Option<usize> {
        let annotated = self.annotated;
        // The last name that is not the complement of another ("ABC of Australia", "spokeswoman of the
        // ministry Maria Zakharova").
        let is_complement = |mention: &EntityMention| {
            let start = mention.tokens.start;
            let before = start.checked_sub(1);
            complement_of(annotated, start).is_some()
                || before.is_some_and(|before| annotated.doc.is_any(before, &COMPLEMENT_PREPOSITIONS))
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
        if let Some(entity) = self.holder_of_office(source).or_else(|| self.former_or_latter(source)) {
            return Some(entity);
        }
        let phrase: Vec<&str> = words.iter().copied().filter(|word| !is_determiner(word)).collect();
        // A name the entity pass missed ("Shapps", "The Tongs") or cut short ("Day" after "Doris").
        if let Some(name) = phrase.last()
            && phrase.iter().all(|word| word.starts_with(char::is_uppercase))
            && let Some(entity) = self
                .entity_with_name_word(name)
                .or_else(|| self.entity_with_name_word(name.strip_suffix('s')?))
                .or_else(|| self.index.entity_beside_word(name))
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
        // "the statement" after "a statement by …" is that one; else its author is named just before.
        if DOCUMENT_NOUNS.iter().any(|noun| noun.eq_ignore_ascii_case(head)) {
            return self.earlier_source_with(head).or_else(|| self.author_before(source.start));
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
        // "The Aviation Herald reported …. It claimed …", however the name was typed.
        if !personal && let Some(organization) = self.organization_speaking_in_paragraph(before) {
            return Some(organization);
        }
        // A speaker's name is less often mistyped as a place than any name: only organisations cannot be "he".
        let last_speaker = self.last_speakers[usize::from(!personal)].as_ref();
        let annotated = self.annotated;
        // A person who opens a sentence for "he" and "she"; any organisation for "they" and "it".
        let last_named = self.index.last_named(before, personal);
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
        self.speaker_by_source_word.get(&head.to_ascii_lowercase()).copied()
    }

    /// "his office", "her campaign": an office speaks for the person who holds it.
    fn holder_of_office(&self, source: &Range<usize>) -> Option<usize> {
        let annotated = self.annotated;
        let [owner, noun] = &annotated.doc.words[source.clone()] else { return None };
        let personal = ["his", "her"].iter().any(|word| word.eq_ignore_ascii_case(owner));
        let office = OFFICE_NOUNS.iter().any(|word| word.eq_ignore_ascii_case(noun));
        (personal && office).then(|| self.antecedent(source.start, "he")).flatten()
    }

    /// "the latter" and "the former": the second and the first of the two names before, in their sentence or
    /// the one before.
    fn former_or_latter(&self, source: &Range<usize>) -> Option<usize> {
        let annotated = self.annotated;
        let [the, which] = &annotated.doc.words[source.clone()] else { return None };
        let nth = match which.to_ascii_lowercase().as_str() {
            "latter" => 0,
            "former" => 1,
            _ => return None,
        };
        if !the.eq_ignore_ascii_case("the") {
            return None;
        }
        let sentence_start = annotated.doc.sentence_of(source.start).start;
        let floor = sentence_start.checked_sub(1).map_or(0, |previous| annotated.doc.sentence_of(previous).start);
        let mut named = annotated
            .resolved
            .mentions_before(source.start)
            .take_while(|mention| mention.tokens.start >= floor)
            .filter(|mention| self.entities[mention.entity].kind != EntityType::Place);
        named.nth(nth).map(|mention| mention.entity)
    }

    /// "Shapps", where no name was found: the person (else anything) whose name ends or starts with it.
    fn entity_with_name_word(&self, word: &str) -> Option<usize> {
        self.index.entity_with_name_word(word)
    }

    /// "the deputy minister" → the latest name written after a title holding all those words.
    fn titled_person(&self, before: usize, phrase: &[&str]) -> Option<usize> {
        self.index.last_titled(before, phrase).map(|mention| mention.entity)
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
        let generic = GENERIC_ORGANIZATION_NOUNS.iter().any(|noun| noun.eq_ignore_ascii_case(head));
        if !generic {
            return self.index.last_holding(before, head).map(|mention| mention.entity);
        }
        self.organization_speaking_in_paragraph(before)
            .or_else(|| self.index.last_organization(before).map(|mention| mention.entity))
    }

    /// "The Daily Post reported …. The newspaper said …": an organisation that spoke earlier in the paragraph
    /// goes on speaking, even where the entity pass typed its name as a person's; a name written after "the"
    /// is no person's.
    fn organization_speaking_in_paragraph(&self, before: usize) -> Option<usize> {
        let annotated = self.annotated;
        let latest = self.last_speakers.iter().flatten().max_by_key(|(source, _)| source.start)?;
        let (source, speaker) = latest;
        // "The Aviation Herald", where the name found may be only "Herald": the capitalised run before it.
        let mut start = source.start;
        while start > 0
            && source.start - start < MAX_NAME_WORDS
            && annotated.doc.words[start - 1].starts_with(char::is_uppercase)
            && !annotated.doc.is(start - 1, "the")
        {
            start -= 1;
        }
        let written_after_the = annotated.doc.is(start, "the") || annotated.doc.is(start.wrapping_sub(1), "the");
        let organization = self.entities[*speaker].kind == EntityType::Organization || written_after_the;
        (organization && annotated.doc.same_paragraph(source.start, before)).then_some(*speaker)
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
        let country_entity = country.and_then(|country| self.index.entity_named(&country.name));
        Some(country_entity.unwrap_or(framing.entity))
    }

    /// "The Russian side" → Russia, when the document names it.
    fn country_of_demonym(&self, phrase: &[&str]) -> Option<usize> {
        let place = self.gazetteer.demonym(phrase.first()?)?;
        self.index.entity_named(&place.name)
    }
}
