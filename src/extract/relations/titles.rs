//! worksFor from job titles around a person's name: a title chain before the name ("US Secretary of
//! State Anthony Blinken", "Deputy Foreign Minister of Russia Sergei Ryabkov", "press secretary of the
//! President of Russia Dmitry Peskov"), or an apposition after it ("Ryan Coogler, the director of Black
//! Panther", "Hamdullah Mohib, Afghan Ambassador to the United States"). A title without an employer
//! the text names gives nothing: "Secretary of State" alone does not say of which country.

use std::ops::Range;

use super::context::Context;
use crate::extract::coreference::EntityMention;
use crate::extract::{EntityType, Predicate, Relation};

pub(super) fn find(context: &Context, relations: &mut Vec<Relation>) {
    for mention in context.mentions.iter().filter(|mention| context.kind(mention) == EntityType::Person) {
        relations.extend(before_name(context, mention));
        relations.extend(after_name(context, mention));
    }
}

/// "<employer> <title chain> <name>" or "<title chain> of <employer> <name>".
fn before_name(context: &Context, person: &EntityMention) -> Option<Relation> {
    let name = &person.tokens;
    if let Some(employer) = context.mention_ending(name.start).filter(|mention| can_employ(context, mention))
        && let Some(of) = of_before(context, employer.tokens.start)
        && let Some(start) = chain_ending(context, of)
    {
        return employment(context, person.entity, employer.entity, &(start..of), &(start..name.end));
    }
    // The title coreference split off the name.
    let title = person.role.as_ref()?;
    let start = chain_ending(context, title.end)?;
    let (employer, from) = employer_before(context, start)?;
    employment(context, person.entity, employer, &(start..title.end), &(from..name.end))
}

/// "<name>, [the] [<employer>] <title chain> [of|for|at [the] <employer>]".
fn after_name(context: &Context, person: &EntityMention) -> Option<Relation> {
    let name = &person.tokens;
    if !context.is(name.end, ",") {
        return None;
    }
    let mut index = name.end + 1;
    if context.is_any(index, &["the", "a", "an"]) {
        index += 1;
    }
    let mut employer = None;
    if let Some(mention) = context.mention_starting(index).filter(|mention| can_employ(context, mention)) {
        employer = Some(mention.entity);
        index = mention.tokens.end + usize::from(context.is_possessive(mention.tokens.end));
    } else if let Some(country) = context.demonym_entity(index) {
        employer = Some(country);
        index += 1;
    }
    let title = index..chain_starting(context, index)?;
    let mut end = title.end;
    let mut after = title.end + 1;
    if context.is_any(title.end, &["of", "for", "at"]) {
        after += usize::from(context.is(after, "the"));
        if let Some(mention) = context.mention_starting(after).filter(|mention| can_employ(context, mention)) {
            employer = Some(mention.entity);
            end = mention.tokens.end;
        }
    }
    employment(context, person.entity, employer?, &title, &(name.start..end))
}

/// worksFor in the title's role; a plain "member" is memberOf.
fn employment(
    context: &Context,
    person: usize,
    employer: usize,
    title: &Range<usize>,
    evidence: &Range<usize>,
) -> Option<Relation> {
    let role = context.text(title);
    match role.eq_ignore_ascii_case("member") {
        true => context.relation(person, Predicate::MemberOf, employer, None, evidence),
        false => context.relation(person, Predicate::WorksFor, employer, Some(role), evidence),
    }
}

fn can_employ(context: &Context, mention: &EntityMention) -> bool {
    matches!(context.kind(mention), EntityType::Organization | EntityType::Place)
}

/// The employer written right before a title: a mention ("US", "NATO's") or a demonym ("Russian"),
/// with where the pattern starts.
fn employer_before(context: &Context, title_start: usize) -> Option<(usize, usize)> {
    let before = title_start.checked_sub(1)?;
    let end = if context.is_possessive(before) { before } else { title_start };
    if let Some(mention) = context.mention_ending(end).filter(|mention| can_employ(context, mention)) {
        return Some((mention.entity, mention.tokens.start));
    }
    let country = context.demonym_entity(before).filter(|_| end == title_start)?;
    Some((country, before))
}

/// The start of the titles joined by "of [the]" that end at `end` ("press secretary of the President").
pub(super) fn chain_ending(context: &Context, end: usize) -> Option<usize> {
    let mut start = context.title_ending(end)?;
    while let Some(earlier) = of_before(context, start).and_then(|of| context.title_ending(of)) {
        start = earlier;
    }
    Some(start)
}

/// The end of the titles joined by "of [the]" that start at `start`.
pub(super) fn chain_starting(context: &Context, start: usize) -> Option<usize> {
    let mut end = context.title_starting(start)?;
    loop {
        let next = end + 1 + usize::from(context.is(end + 1, "the"));
        match context.title_starting(next).filter(|_| context.is(end, "of")) {
            Some(later) => end = later,
            None => return Some(end),
        }
    }
}

/// Where "of" stands in "of [the] <start>", if it does.
fn of_before(context: &Context, start: usize) -> Option<usize> {
    let mut index = start.checked_sub(1)?;
    if context.is(index, "the") {
        index = index.checked_sub(1)?;
    }
    context.is(index, "of").then_some(index)
}
