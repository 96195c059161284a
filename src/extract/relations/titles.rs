//! worksFor from job titles around a person's name: a title chain before the name ("US Secretary of
//! State Anthony Blinken", "Deputy Foreign Minister of Russia Sergei Ryabkov", "press secretary of the
//! President of Russia Dmitry Peskov"), or an apposition after it ("Ryan Coogler, the director of Black
//! Panther", "Hamdullah Mohib, Afghan Ambassador to the United States"). A title without an employer
//! the text names gives nothing: "Secretary of State" alone does not say of which country.

use std::ops::Range;

use super::anchors::Anchors;
use crate::contract::{EntityType, Predicate, Relation};
use crate::extract::entities::EntityMention;
use crate::extract::lexicon::{ARTICLES, CONJUNCTIONS, EMPLOYER_PREPOSITIONS, PREPOSITIONS};

pub(super) fn find(anchors: &Anchors, relations: &mut Vec<Relation>) {
    for mention in
        anchors.resolved.mentions.iter().filter(|mention| anchors.resolved.kind(mention) == EntityType::Person)
    {
        relations.extend(before_name(anchors, mention));
        relations.extend(after_name(anchors, mention));
    }
}

/// "<employer> <title chain> <name>" or "<title chain> of <employer> <name>".
fn before_name(anchors: &Anchors, person: &EntityMention) -> Option<Relation> {
    let name = &person.tokens;
    if let Some((employer, employer_start)) = employer_ending(anchors, name.start)
        && let Some(of) = of_before(anchors, employer_start)
        && let Some(start) = chain_ending(anchors, of)
    {
        let start = qualified_start(anchors, start);
        return employment(anchors, person.entity, employer, &(start..of), &(start..name.end));
    }
    // The title coreference split off the name.
    let title = person.role.as_ref()?;
    let start = qualified_start(anchors, chain_ending(anchors, title.end)?);
    let (employer, from) = employer_before(anchors, start)?;
    employment(anchors, person.entity, employer, &(start..title.end), &(from..name.end))
}

/// "<name>, [the] [<employer>] <title chain> [of|for|at [the] <employer>]".
fn after_name(anchors: &Anchors, person: &EntityMention) -> Option<Relation> {
    let name = &person.tokens;
    if !anchors.doc.is(name.end, ",") {
        return None;
    }
    let mut index = name.end + 1;
    if anchors.doc.is_any(index, &ARTICLES) {
        index += 1;
    }
    let mut employer = None;
    if let Some(mention) = anchors.mention_starting(index).filter(|mention| can_employ(anchors, mention)) {
        employer = Some(mention.entity);
        index = mention.tokens.end + usize::from(anchors.doc.is_possessive(mention.tokens.end));
    } else if let Some(country) = anchors.demonym_entity(index) {
        employer = Some(country);
        index += 1;
    }
    let title = index..qualified_chain_starting(anchors, index)?;
    let mut end = title.end;
    let mut after = title.end + 1;
    if anchors.doc.is_any(title.end, &EMPLOYER_PREPOSITIONS) {
        after += usize::from(anchors.doc.is(after, "the"));
        if let Some(mention) = anchors.mention_starting(after).filter(|mention| can_employ(anchors, mention)) {
            employer = Some(mention.entity);
            end = mention.tokens.end;
        }
    }
    employment(anchors, person.entity, employer?, &title, &(name.start..end))
}

/// worksFor in the title's role; a plain "member" is memberOf.
fn employment(
    anchors: &Anchors,
    person: usize,
    employer: usize,
    title: &Range<usize>,
    evidence: &Range<usize>,
) -> Option<Relation> {
    let role = anchors.doc.text_of(title);
    if role.eq_ignore_ascii_case("member") {
        anchors.relation(person, Predicate::MemberOf, employer, None, evidence)
    } else {
        anchors.relation(person, Predicate::WorksFor, employer, Some(role), evidence)
    }
}

fn can_employ(anchors: &Anchors, mention: &EntityMention) -> bool {
    matches!(anchors.resolved.kind(mention), EntityType::Organization | EntityType::Place)
}

/// The employer written right before a title: a mention or a place ("US", "NATO's") or a demonym
/// ("Russian"), with where the pattern starts.
fn employer_before(anchors: &Anchors, title_start: usize) -> Option<(usize, usize)> {
    let before = title_start.checked_sub(1)?;
    if anchors.doc.is_possessive(before) {
        return employer_ending(anchors, before);
    }
    employer_ending(anchors, title_start).or_else(|| Some((anchors.demonym_entity(before)?, before)))
}

/// The organisation or place whose name ends right before `end`, with where the name starts: a
/// mention, or else a place the gazetteer knows and the document names elsewhere, in case the name
/// was read as part of a title.
fn employer_ending(anchors: &Anchors, end: usize) -> Option<(usize, usize)> {
    if let Some(mention) = anchors.mention_ending(end).filter(|mention| can_employ(anchors, mention)) {
        return Some((mention.entity, mention.tokens.start));
    }
    (1..=MAX_PLACE_WORDS.min(end)).find_map(|length| {
        let start = end - length;
        let (found, place) = anchors.gazetteer.place_at(&anchors.doc.words, start)?;
        (found == length).then_some((anchors.place_entity(place)?, start))
    })
}

/// The most words of a place name looked for before a name ("Democratic Republic of the Congo").
const MAX_PLACE_WORDS: usize = 5;

/// The start of the titles joined by "of [the]" that end at `end` ("press secretary of the President").
pub(super) fn chain_ending(anchors: &Anchors, end: usize) -> Option<usize> {
    let mut start = anchors.title_ending(end)?;
    while let Some(earlier) = of_before(anchors, start).and_then(|of| anchors.title_ending(of)) {
        start = earlier;
    }
    Some(start)
}

/// The end of the titles joined by "of [the]" that start at `start`.
pub(super) fn chain_starting(anchors: &Anchors, start: usize) -> Option<usize> {
    let mut end = anchors.title_starting(start)?;
    loop {
        let next = end + 1 + usize::from(anchors.doc.is(end + 1, "the"));
        match anchors.title_starting(next).filter(|_| anchors.doc.is(end, "of")) {
            Some(later) => end = later,
            None => return Some(end),
        }
    }
}

/// Capitalised words that qualify a title, such as "Infrastructure" in "Dutch Infrastructure Minister",
/// belong to the role: at most two, and never an entity or a demonym, which name the employer.
fn qualified_start(anchors: &Anchors, mut start: usize) -> usize {
    for _ in 0..MAX_QUALIFIERS {
        let Some(before) = start.checked_sub(1) else { break };
        let capitalised = anchors.doc.word(before).is_some_and(|word| word.starts_with(char::is_uppercase));
        let named =
            anchors.mention_ending(start).is_some() || anchors.gazetteer.demonym(anchors.doc.words[before]).is_some();
        if !capitalised || named || !is_plain_word(anchors, before) || is_function_word(anchors, before) {
            break;
        }
        start = before;
    }
    start
}

/// The end of a title chain that starts at `start` or after up to two qualifiers ("the national
/// director").
fn qualified_chain_starting(anchors: &Anchors, start: usize) -> Option<usize> {
    (0..=MAX_QUALIFIERS)
        .take_while(|&count| (start..start + count).all(|index| is_qualifier(anchors, index)))
        .find_map(|count| chain_starting(anchors, start + count))
}

const MAX_QUALIFIERS: usize = 2;

/// Words that open sentences and clauses, which a capital letter does not make part of a title.
fn is_function_word(anchors: &Anchors, index: usize) -> bool {
    [&ARTICLES[..], &CONJUNCTIONS, &PREPOSITIONS, &["as"]].iter().any(|words| anchors.doc.is_any(index, words))
}

/// A plain word that may qualify a title; a former office is not a present one.
fn is_qualifier(anchors: &Anchors, index: usize) -> bool {
    is_plain_word(anchors, index)
        && anchors.mention_starting(index).is_none()
        && !anchors.doc.is_any(index, &["former", "formerly", "ex", "late", "then", "once"])
        && !is_function_word(anchors, index)
}

fn is_plain_word(anchors: &Anchors, index: usize) -> bool {
    anchors.doc.word(index).is_some_and(|word| word.chars().all(char::is_alphabetic))
}

/// Where "of" stands in "of [the] <start>", if it does.
fn of_before(anchors: &Anchors, start: usize) -> Option<usize> {
    let mut index = start.checked_sub(1)?;
    if anchors.doc.is(index, "the") {
        index = index.checked_sub(1)?;
    }
    anchors.doc.is(index, "of").then_some(index)
}
