//! The gazetteer's public interface on the names the seed article and the evaluation need.

use super::lookup::Gazetteer;
use super::places::PlaceKind;
use crate::extract::Hints;

fn place_kind(name: &str) -> Option<PlaceKind> {
    Gazetteer::get().place(name).map(|place| place.kind)
}

#[test]
fn seed_names_resolve_to_places_of_the_right_kind() {
    let gazetteer = Gazetteer::get();
    for name in ["United States", "U.S.", "US", "USA", "United States of America", "America"] {
        assert_eq!(gazetteer.place(name).map(|place| place.name.as_str()), Some("United States"), "{name}");
    }
    for (name, kind) in [
        ("Ukraine", PlaceKind::Country),
        ("Russia", PlaceKind::Country),
        ("the Russian Federation", PlaceKind::Country),
        ("Switzerland", PlaceKind::Country),
        ("Geneva", PlaceKind::City),
        ("Moscow", PlaceKind::City),
        ("Eastern Europe", PlaceKind::Region),
        ("Transcaucasia", PlaceKind::Region),
        ("Central Asia", PlaceKind::Region),
        ("Europe", PlaceKind::Continent),
        ("California", PlaceKind::State),
    ] {
        assert_eq!(place_kind(name), Some(kind), "{name}");
    }
    assert_eq!(gazetteer.place("the Russian Federation").map(|place| place.name.as_str()), Some("Russia"));
    assert_eq!(gazetteer.place("UK").map(|place| place.name.as_str()), Some("United Kingdom"));
    assert_eq!(gazetteer.place("The Hague").map(|place| place.kind), Some(PlaceKind::City));
}

#[test]
fn common_words_are_not_places() {
    for word in ["The", "Of", "May", "the", "Police", "Nice", "Reading", "Mobile", "Split"] {
        assert_eq!(place_kind(word), None, "{word}");
    }
}

#[test]
fn demonyms_lead_to_their_country() {
    let gazetteer = Gazetteer::get();
    assert_eq!(gazetteer.demonym("Russian"), gazetteer.place("Russia"));
    assert_eq!(gazetteer.demonym("Afghans").map(|place| place.name.as_str()), Some("Afghanistan"));
    assert_eq!(gazetteer.demonym("South Korean").map(|place| place.name.as_str()), Some("South Korea"));
    assert_eq!(gazetteer.demonym("American").map(|place| place.name.as_str()), Some("United States"));
    assert_eq!(gazetteer.demonym("Russia"), None);
}

#[test]
fn acronym_and_full_name_give_the_same_organization() {
    let gazetteer = Gazetteer::get();
    let nato = gazetteer.organization("NATO").expect("NATO");
    assert_eq!(gazetteer.organization("North Atlantic Treaty Organization"), Some(nato));
    assert_eq!(nato.acronym.as_deref(), Some("NATO"));
    assert_eq!(gazetteer.organization("the United Nations"), gazetteer.organization("UN"));
    assert!(gazetteer.organization("the United Nations").is_some());
    assert_eq!(gazetteer.organization("Ministry"), None);
    let words = ["the", "U.N.", "Security", "Council", "met"];
    let (length, council) = gazetteer.organization_at(&words, 1).expect("the Security Council");
    assert_eq!((length, council.acronym.as_deref()), (3, Some("UNSC")));
}

#[test]
fn roles_match_the_longest_title_case_insensitively() {
    let gazetteer = Gazetteer::get();
    assert_eq!(gazetteer.role_at(&["Deputy", "Foreign", "Minister", "of", "Russia"], 0), Some(3));
    assert_eq!(gazetteer.role_at(&["Secretary", "of", "State", "Anthony"], 0), Some(3));
    assert_eq!(gazetteer.role_at(&["press", "secretary"], 0), Some(2));
    assert_eq!(gazetteer.role_at(&["the", "SPOKESWOMAN", "said"], 1), Some(1));
    assert_eq!(gazetteer.role_at(&["the", "spokeswoman"], 0), None);
    assert_eq!(gazetteer.role_at(&["press"], 0), None);
}

#[test]
fn places_are_found_in_running_text() {
    let gazetteer = Gazetteer::get();
    let words = ["talks", "in", "New", "York", "City", "and", "Côte", "d’Ivoire"];
    let (length, city) = gazetteer.place_at(&words, 2).expect("New York City");
    assert_eq!((length, city.name.as_str()), (3, "New York City"));
    assert_eq!(
        gazetteer.place_at(&words, 6).map(|(length, place)| (length, place.name.as_str())),
        Some((2, "Ivory Coast"))
    );
    assert_eq!(gazetteer.place_at(&["russia"], 0), None);
    assert_eq!(gazetteer.place_at(&["Russia"], 1), None);
}

#[test]
fn places_know_their_country() {
    let gazetteer = Gazetteer::get();
    let geneva = gazetteer.place("Geneva").expect("Geneva");
    assert_eq!(gazetteer.country_of(geneva).map(|place| place.name.as_str()), Some("Switzerland"));
    let russia = gazetteer.place("Russia").expect("Russia");
    assert_eq!(gazetteer.country_of(russia), Some(russia));
    assert_eq!(gazetteer.country_of(gazetteer.place("Central Asia").expect("Central Asia")), None);
}

#[test]
fn word_lists_answer_for_their_words_only() {
    let gazetteer = Gazetteer::get();
    assert!(gazetteer.is_org_cue("Ministry") && !gazetteer.is_org_cue("Geneva"));
    let facts = |word: &str| gazetteer.hints(&[word])[0];
    assert!(facts("Maria").contains(Hints::FIRST_NAME) && !facts("Ministry").contains(Hints::FIRST_NAME));
    assert!(facts("Smith").contains(Hints::SURNAME) && !facts("The").contains(Hints::SURNAME));
    assert!(!facts("And").contains(Hints::FIRST_NAME) && !facts("Will").contains(Hints::FIRST_NAME));
}

#[test]
fn hints_mark_the_facts_of_a_sentence() {
    let words = [
        "US",
        "Deputy",
        "Secretary",
        "of",
        "State",
        "Wendy",
        "Sherman",
        "met",
        "Russian",
        "officials",
        "in",
        "Geneva",
        "and",
        "NATO",
        "’s",
        "Foreign",
        "Ministry",
        ".",
    ];
    let hints = Gazetteer::get().hints(&words);
    assert_eq!(hints.len(), words.len());
    assert!(hints[0].contains(Hints::PLACE | Hints::PLACE_START | Hints::COUNTRY));
    assert!(hints[1].contains(Hints::ROLE | Hints::ROLE_START));
    assert!(hints[4].contains(Hints::ROLE) && !hints[4].contains(Hints::ROLE_START));
    assert!(!hints[5].contains(Hints::ROLE));
    assert!(hints[5].contains(Hints::FIRST_NAME));
    assert!(hints[6].contains(Hints::SURNAME));
    assert!(hints[8].contains(Hints::DEMONYM));
    assert!(hints[11].contains(Hints::PLACE | Hints::PLACE_START) && !hints[11].contains(Hints::COUNTRY));
    assert!(hints[13].contains(Hints::ORG | Hints::ORG_START));
    assert!(hints[16].contains(Hints::ORG_CUE));
    assert!(hints[17].is_empty() && hints[12].is_empty());
}
