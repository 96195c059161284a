//! Membership, leadership and where organisations are: "DAB's Ben Chan" and "Ben Chan of the DAB"
//! (memberOf), "the ministry, headed by Sergei Lavrov" (worksFor as head), and an organisation named
//! after its country or city: "Russian Foreign Ministry", "Ministry of Defence of Russia", "Dallas
//! Police Department" (locatedIn). Places the document never names give no relation.

use super::context::Context;
use super::titles::chain_starting;
use crate::extract::coreference::EntityMention;
use crate::extract::{EntityType, Predicate, Relation};

pub(super) fn find(context: &Context, relations: &mut Vec<Relation>) {
    for mention in context.mentions {
        match context.kind(mention) {
            EntityType::Person => relations.extend(membership(context, mention)),
            EntityType::Organization => {
                relations.extend(leadership(context, mention));
                relations.extend(location(context, mention));
            }
            EntityType::Place => {}
        }
    }
}

/// "<organisation>'s <name>" or "<name> of [the] <organisation>".
fn membership(context: &Context, person: &EntityMention) -> Option<Relation> {
    let name = &person.tokens;
    let organization = |mention: &&EntityMention| context.kind(mention) == EntityType::Organization;
    if let Some(possessive) = name.start.checked_sub(1).filter(|&index| context.is_possessive(index))
        && let Some(group) = context.mention_ending(possessive).filter(organization)
    {
        return context.relation(
            person.entity,
            Predicate::MemberOf,
            group.entity,
            None,
            &(group.tokens.start..name.end),
        );
    }
    if !context.is(name.end, "of") {
        return None;
    }
    let after = name.end + 1 + usize::from(context.is(name.end + 1, "the"));
    let group = context.mention_starting(after).filter(organization)?;
    context.relation(person.entity, Predicate::MemberOf, group.entity, None, &(name.start..group.tokens.end))
}

/// "<organisation>[,] headed|led|chaired by [<title>] <name>": the title, else the verb, is the role.
fn leadership(context: &Context, organization: &EntityMention) -> Option<Relation> {
    let mut index = organization.tokens.end + usize::from(context.is(organization.tokens.end, ","));
    let verb_role = match context.word(index)?.to_ascii_lowercase().as_str() {
        "headed" => "head",
        "led" => "leader",
        "chaired" => "chair",
        _ => return None,
    };
    index += 1;
    if !context.is(index, "by") {
        return None;
    }
    index += 1;
    let title = chain_starting(context, index).map(|end| index..end);
    let name_start = title.as_ref().map_or(index, |title| title.end);
    let person = context.mention_starting(name_start).filter(|mention| context.kind(mention) == EntityType::Person)?;
    let role = title.as_ref().map_or(verb_role, |title| context.document.text_of(title));
    let evidence = organization.tokens.start..person.tokens.end;
    context.relation(person.entity, Predicate::WorksFor, organization.entity, Some(role), &evidence)
}

/// The country or city in an organisation's name, or right after it ("… of [the] Russian Federation").
fn location(context: &Context, organization: &EntityMention) -> Option<Relation> {
    let tokens = &organization.tokens;
    let located =
        |place: usize, evidence| context.relation(organization.entity, Predicate::LocatedIn, place, None, evidence);
    // "Russian Foreign Ministry", "Dallas Police Department": a country or city opens the name, and a
    // word such as "Ministry" or "Police" says that the rest names an organisation of it.
    let words = context.document.words;
    let place_length = match context.gazetteer.place_at(words, tokens.start) {
        Some((length, place)) => {
            context.place_entity(place).filter(|_| length < tokens.len()).map(|city| (length, city))
        }
        None => context.demonym_entity(tokens.start).map(|country| (1, country)),
    };
    if let Some((length, place)) = place_length
        && words[tokens.start + length..tokens.end].iter().any(|word| context.gazetteer.is_org_cue(word))
    {
        return located(place, tokens);
    }
    // "Ministry of Defence of Russia", as one name.
    if let Some(of) = tokens
        .clone()
        .rev()
        .find(|&index| context.is(index, "of"))
        .filter(|&of| of > tokens.start && of + 1 < tokens.end)
        && let Some(place) = context.gazetteer.place(context.document.text_of(&(of + 1..tokens.end)))
        && let Some(country) = context.place_entity(place)
    {
        return located(country, tokens);
    }
    // "Ministry of Defence of the Russian Federation", as a name and a place.
    if !context.is(tokens.end, "of") {
        return None;
    }
    let after = tokens.end + 1 + usize::from(context.is(tokens.end + 1, "the"));
    let place = context.mention_starting(after).filter(|mention| context.kind(mention) == EntityType::Place)?;
    located(place.entity, &(tokens.start..place.tokens.end))
}
