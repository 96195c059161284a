//! Each rule on sentences written for it. Mentions are given by hand, so that the rules are tested
//! apart from the tagger: every occurrence of a listed name is a mention of that entity.

use std::ops::Range;

use super::find_relations;
use crate::contract::{Entity, EntityType, Event};
use crate::extract::doc::Doc;
use crate::extract::entities::{EntityMention, Resolved};
use crate::extract::gazetteer::Gazetteer;
use crate::text::Document;

use EntityType::{Organization, Person, Place};

/// Relations as "subject predicate object (role)", and events, of `text` with these names.
fn read(text: &str, names: &[(&str, EntityType)]) -> (Vec<String>, Vec<Event>) {
    let gazetteer = Gazetteer::get();
    let document = Document { id: "d".into(), source: None, date: "2022-01-09".parse().ok(), text: text.into() };
    let doc = Doc::new(&document);
    let words = &doc.words;
    let entities: Vec<Entity> = names
        .iter()
        .enumerate()
        .map(|(index, (name, kind))| Entity {
            id: format!("e{}", index + 1),
            kind: *kind,
            name: (*name).to_owned(),
            aliases: Vec::new(),
            mentions: Vec::new(),
            roles: Vec::new(),
            links: Default::default(),
        })
        .collect();
    let mut mentions = Vec::new();
    for (entity, (name, _)) in names.iter().enumerate() {
        let name_words: Vec<&str> = name.split(' ').collect();
        for start in 0..words.len() {
            if words[start..].starts_with(&name_words) {
                let role = title_before(gazetteer, words, start);
                mentions.push(EntityMention { tokens: start..start + name_words.len(), entity, role });
            }
        }
    }
    mentions.sort_by_key(|mention| mention.tokens.start);
    let resolved = Resolved { entities, mentions };
    let (relations, events) = find_relations(gazetteer, &doc, &resolved);
    let name = |id: &str| names[id[1..].parse::<usize>().unwrap() - 1].0;
    let relations = relations
        .iter()
        .map(|relation| {
            let role = relation.role.as_ref().map(|role| format!(" ({role})")).unwrap_or_default();
            format!("{} {} {}{role}", name(&relation.subject), relation.predicate.as_str(), name(&relation.object))
        })
        .collect();
    (relations, events)
}

/// The title that ends right before a name, as coreference reports it.
fn title_before(gazetteer: &Gazetteer, words: &[&str], name_start: usize) -> Option<Range<usize>> {
    (0..name_start).find_map(|start| {
        gazetteer.role_at(words, start).filter(|length| start + length == name_start).map(|_| start..name_start)
    })
}

fn relations(text: &str, names: &[(&str, EntityType)]) -> Vec<String> {
    read(text, names).0
}

#[test]
fn a_country_and_a_title_before_a_name() {
    let found = relations(
        "Talks resumed as US Secretary of State Anthony Blinken flew to Geneva.",
        &[("US", Place), ("Anthony Blinken", Person), ("Geneva", Place)],
    );
    assert_eq!(found, ["Anthony Blinken worksFor US (Secretary of State)"]);
}

#[test]
fn an_organisation_and_a_title_before_a_name() {
    let found = relations(
        "Russian Foreign Ministry spokeswoman Maria Zakharova denied the report.",
        &[("Russian Foreign Ministry", Organization), ("Maria Zakharova", Person)],
    );
    assert_eq!(found, ["Maria Zakharova worksFor Russian Foreign Ministry (spokeswoman)"]);
}

#[test]
fn the_employer_between_a_title_chain_and_the_name() {
    let found = relations(
        "The press secretary of the President of Russia Dmitry Peskov spoke first. Deputy Foreign Minister of \
         Russia Sergei Ryabkov followed.",
        &[("Russia", Place), ("Dmitry Peskov", Person), ("Sergei Ryabkov", Person)],
    );
    assert_eq!(
        found,
        [
            "Dmitry Peskov worksFor Russia (press secretary of the President)",
            "Sergei Ryabkov worksFor Russia (Deputy Foreign Minister)"
        ]
    );
}

#[test]
fn a_place_read_as_part_of_a_title_still_employs() {
    let found = relations(
        "The press secretary of the President of the Russian Federation Dmitry Peskov said Russia would wait.",
        &[("Dmitry Peskov", Person), ("Russia", Place)],
    );
    assert_eq!(found, ["Dmitry Peskov worksFor Russia (press secretary of the President)"]);
}

#[test]
fn a_demonym_before_a_title_needs_its_country_in_the_document() {
    let names = [("Hamdullah Mohib", Person), ("United States", Place)];
    let text = "Hamdullah Mohib, Afghan Ambassador to the United States, met reporters.";
    assert_eq!(relations(text, &names), Vec::<String>::new(), "Afghanistan is not named");
    let text = "Hamdullah Mohib, Afghan Ambassador to the United States, said Afghanistan would vote.";
    let names = [names[0], names[1], ("Afghanistan", Place)];
    assert_eq!(relations(text, &names), ["Hamdullah Mohib worksFor Afghanistan (Ambassador)"]);
}

#[test]
fn an_apposition_after_the_name() {
    let found = relations(
        "Ryan Coogler, the director of Marvel Studios, was not available. Ms Ito, a spokeswoman, declined.",
        &[("Ryan Coogler", Person), ("Marvel Studios", Organization), ("Ms Ito", Person)],
    );
    assert_eq!(found, ["Ryan Coogler worksFor Marvel Studios (director)"]);
}

#[test]
fn qualifiers_belong_to_the_role_but_former_offices_do_not_count() {
    let found = relations(
        "Dutch Infrastructure Minister Mark Harbers met Niek Stam, the national director of the FNV, and Jan \
         Bos, the former director of the FNV, and Ann Vos, formerly the director of the FNV, in the Netherlands.",
        &[
            ("Mark Harbers", Person),
            ("Niek Stam", Person),
            ("FNV", Organization),
            ("Jan Bos", Person),
            ("Netherlands", Place),
        ],
    );
    assert_eq!(
        found,
        ["Mark Harbers worksFor Netherlands (Infrastructure Minister)", "Niek Stam worksFor FNV (national director)"]
    );
}

#[test]
fn a_title_alone_names_no_employer() {
    let found = relations(
        "Secretary of State Anthony Blinken met NATO allies.",
        &[("Anthony Blinken", Person), ("NATO", Organization)],
    );
    assert!(found.is_empty(), "{found:?}");
}

#[test]
fn membership_by_possessive_by_of_and_by_the_word_member() {
    let found = relations(
        "DAB's Ben Chan voted against it, as did Rosa Li of the Labour Party. Tom Ng, a member of the Civic \
         Party, abstained.",
        &[
            ("DAB", Organization),
            ("Ben Chan", Person),
            ("Rosa Li", Person),
            ("Labour Party", Organization),
            ("Tom Ng", Person),
            ("Civic Party", Organization),
        ],
    );
    assert_eq!(found, ["Tom Ng memberOf Civic Party", "Ben Chan memberOf DAB", "Rosa Li memberOf Labour Party"]);
}

#[test]
fn leadership_takes_the_title_or_the_verb_as_role() {
    let found = relations(
        "The delegation of the Trade Council, headed by Deputy Minister Olga Berg, arrived. The Harbour \
         Authority led by Jan Holm objected.",
        &[
            ("Trade Council", Organization),
            ("Olga Berg", Person),
            ("Harbour Authority", Organization),
            ("Jan Holm", Person),
        ],
    );
    assert_eq!(
        found,
        ["Olga Berg worksFor Trade Council (Deputy Minister)", "Jan Holm worksFor Harbour Authority (leader)"]
    );
}

#[test]
fn organisations_lie_in_the_country_or_city_their_name_gives() {
    let found = relations(
        "The Russian Foreign Ministry and the Ministry of Defence of Russia replied. The Dallas Police \
         Department, the Ministry of Health of the United States and the German Football Federation did not.",
        &[
            ("Russian Foreign Ministry", Organization),
            ("Ministry of Defence", Organization),
            ("Russia", Place),
            ("Dallas Police Department", Organization),
            ("Dallas", Place),
            ("Ministry of Health of the United States", Organization),
            ("United States", Place),
            ("German Football Federation", Organization),
        ],
    );
    assert_eq!(
        found,
        [
            "Russian Foreign Ministry locatedIn Russia",
            "Ministry of Defence locatedIn Russia",
            "Dallas Police Department locatedIn Dallas",
            "Ministry of Health of the United States locatedIn United States",
            "Dallas locatedIn United States"
        ],
        "Germany is not named, so the federation gets no place"
    );
}

#[test]
fn places_lie_in_their_country_when_both_are_named() {
    let found = relations("Delegates met in Geneva, then in Lausanne.", &[("Geneva", Place), ("Lausanne", Place)]);
    assert!(found.is_empty(), "Switzerland is not named: {found:?}");
    let found = relations(
        "Delegates met in Geneva, Switzerland, and in Moscow.",
        &[("Geneva", Place), ("Switzerland", Place), ("Moscow", Place)],
    );
    assert_eq!(found, ["Geneva locatedIn Switzerland"]);
}

#[test]
fn events_are_meetings_with_a_place_and_what_the_text_adds() {
    let names = [("Russia", Place), ("United States", Place), ("Geneva", Place), ("NATO", Organization)];
    let text = "Russian-American talks in Geneva on Monday, January 10th, ended late. Russia wants more talks in \
                Geneva with NATO. A meeting is planned. The summit in Vienna was cancelled.";
    let (_, events) = read(text, &names);
    assert_eq!(events.len(), 1, "{events:?}");
    let event = &events[0];
    assert_eq!(event.name, "Russian-American talks in Geneva on Monday, January 10th");
    assert_eq!(event.evidence.text, event.name);
    assert_eq!(event.participants, ["e1", "e2", "e4"]);
    assert_eq!(event.place.as_deref(), Some("e3"));
    assert_eq!(event.date.map(|date| date.to_string()).as_deref(), Some("2022-01-10"));
}

#[test]
fn events_between_parties() {
    let names = [("Serbia", Place), ("Kosovo", Place), ("Brussels", Place)];
    let (_, events) = read("Negotiations between Serbia and Kosovo in Brussels stalled.", &names);
    assert_eq!(events.len(), 1);
    assert_eq!(events[0].participants, ["e1", "e2"]);
    assert_eq!(events[0].name, "Negotiations between Serbia and Kosovo in Brussels");
}
