//! Membership, leadership and where organisations are: "DAB's Ben Chan" and "Ben Chan of the DAB"
//! (memberOf), "the ministry, headed by Sergei Lavrov" (worksFor as head), and an organisation named
//! after its country or city: "Russian Foreign Ministry", "Ministry of Defence of Russia", "Dallas
//! Police Department" (locatedIn). Places the document never names give no relation.

use super::anchors::Anchors;
use super::titles::chain_starting;
use crate::contract::{EntityType, Predicate, Relation};
use crate::extract::entities::EntityMention;

pub(super) fn find(anchors: &Anchors, relations: &mut Vec<Relation>) {
    for mention in &anchors.resolved.mentions {
        match anchors.resolved.kind(mention) {
            EntityType::Person => relations.extend(membership(anchors, mention)),
            EntityType::Organization => {
                relations.extend(leadership(anchors, mention));
                relations.extend(location(anchors, mention));
            }
            EntityType::Place => {}
        }
    }
}

/// "<organisation>'s <name>" or "<name> of [the] <organisation>".
fn membership(anchors: &Anchors, person: &EntityMention) -> Option<Relation> {
    let name = &person.tokens;
    let organization = |mention: &&EntityMention| anchors.resolved.kind(mention) == EntityType::Organization;
    if let Some(possessive) = name.start.checked_sub(1).filter(|&index| anchors.doc.is_possessive(index))
        && let Some(group) = anchors.mention_ending(possessive).filter(organization)
    {
        return anchors.relation(
            person.entity,
            Predicate::MemberOf,
            group.entity,
            None,
            &(group.tokens.start..name.end),
        );
    }
    if !anchors.doc.is(name.end, "of") {
        return None;
    }
    let after = name.end + 1 + usize::from(anchors.doc.is(name.end + 1, "the"));
    let group = anchors.mention_starting(after).filter(organization)?;
    anchors.relation(person.entity, Predicate::MemberOf, group.entity, None, &(name.start..group.tokens.end))
}

/// "<organisation>[,] headed|led|chaired by [<title>] <name>": the title, else the verb, is the role.
fn leadership(anchors: &Anchors, organization: &EntityMention) -> Option<Relation> {
    let mut index = organization.tokens.end + usize::from(anchors.doc.is(organization.tokens.end, ","));
    let verb_role = match anchors.doc.word(index)?.to_ascii_lowercase().as_str() {
        "headed" => "head",
        "led" => "leader",
        "chaired" => "chair",
        _ => return None,
    };
    index += 1;
    if !anchors.doc.is(index, "by") {
        return None;
    }
    index += 1;
    let title = chain_starting(anchors, index).map(|end| index..end);
    let name_start = title.as_ref().map_or(index, |title| title.end);
    let person =
        anchors.mention_starting(name_start).filter(|mention| anchors.resolved.kind(mention) == EntityType::Person)?;
    let role = title.as_ref().map_or(verb_role, |title| anchors.doc.text_of(title));
    let evidence = organization.tokens.start..person.tokens.end;
    anchors.relation(person.entity, Predicate::WorksFor, organization.entity, Some(role), &evidence)
}

/// The country or city in an organisation's name, or right after it ("… of [the] Russian Federation").
fn location(anchors: &Anchors, organization: &EntityMention) -> Option<Relation> {
    let tokens = &organization.tokens;
    let located =
        |place: usize, evidence| anchors.relation(organization.entity, Predicate::LocatedIn, place, None, evidence);
    // "Russian Foreign Ministry", "Dallas Police Department": a country or city opens the name, and a
    // word such as "Ministry" or "Police" says that the rest names an organisation of it.
    let words = &anchors.doc.words;
    let place_length = match anchors.gazetteer.place_at(words, tokens.start) {
        Some((length, place)) => {
            anchors.place_entity(place).filter(|_| length < tokens.len()).map(|city| (length, city))
        }
        None => anchors.demonym_entity(tokens.start).map(|country| (1, country)),
    };
    if let Some((length, place)) = place_length
        && words[tokens.start + length..tokens.end].iter().any(|word| anchors.gazetteer.is_org_cue(word))
    {
        return located(place, tokens);
    }
    // "Ministry of Defence of Russia", as one name.
    if let Some(of) = tokens
        .clone()
        .rev()
        .find(|&index| anchors.doc.is(index, "of"))
        .filter(|&of| of > tokens.start && of + 1 < tokens.end)
        && let Some(place) = anchors.gazetteer.place(anchors.doc.text_of(&(of + 1..tokens.end)))
        && let Some(country) = anchors.place_entity(place)
    {
        return located(country, tokens);
    }
    // "Ministry of Defence of the Russian Federation", as a name and a place.
    if !anchors.doc.is(tokens.end, "of") {
        return None;
    }
    let after = tokens.end + 1 + usize::from(anchors.doc.is(tokens.end + 1, "the"));
    let place =
        anchors.mention_starting(after).filter(|mention| anchors.resolved.kind(mention) == EntityType::Place)?;
    located(place.entity, &(tokens.start..place.tokens.end))
}
