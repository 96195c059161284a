//! Entities extracted from raw text: an article written for the tests, and the seed article of
//! `../shared` with the entities its issue lists.

use newsgraph::contract::{Entity, EntityType, Extraction};
use newsgraph::extract::extract;
use newsgraph::text::Document;

use crate::support::{repo_path, shared_file};

fn extract_file(path: &std::path::Path) -> Extraction {
    let text = std::fs::read_to_string(path).unwrap();
    let id = path.file_stem().unwrap().to_string_lossy().into_owned();
    let extraction = extract(Document::from_article(id, None, text, true).unwrap());
    assert_eq!(extraction.validate(), Ok(()));
    extraction
}

fn fisheries() -> Extraction {
    extract_file(&repo_path("tests/fixtures/articles/fisheries-talks.txt"))
}

/// The entities of a type that go by a name, as their canonical name or an alias.
fn named<'a>(extraction: &'a Extraction, kind: EntityType, name: &str) -> Vec<&'a Entity> {
    let goes_by = |entity: &&Entity| entity.name == name || entity.aliases.iter().any(|alias| alias == name);
    extraction.entities.iter().filter(|entity| entity.kind == kind).filter(goes_by).collect()
}

fn the_one<'a>(extraction: &'a Extraction, kind: EntityType, name: &str) -> &'a Entity {
    match named(extraction, kind, name).as_slice() {
        [entity] => entity,
        found => panic!("{kind:?} {name:?}: {} entities; all: {:#?}", found.len(), extraction.entities),
    }
}

#[test]
fn a_title_is_a_role_and_the_surname_joins_the_full_name() {
    let extraction = fisheries();
    let marlowe = the_one(&extraction, EntityType::Person, "Helen Marlowe");
    assert_eq!(marlowe.name, "Helen Marlowe");
    assert_eq!(marlowe.roles, ["Environment Secretary"]);
    assert!(marlowe.aliases.contains(&"Marlowe".to_owned()), "{marlowe:?}");
    assert_eq!(the_one(&extraction, EntityType::Person, "Eirik Solberg-Haugen").roles, ["Fisheries Minister"]);
    assert!(named(&extraction, EntityType::Organization, "British Environment").is_empty());
}

#[test]
fn country_variants_and_acronyms_are_one_entity() {
    let extraction = fisheries();
    let kingdom = the_one(&extraction, EntityType::Place, "United Kingdom");
    for variant in ["Britain", "UK"] {
        assert!(kingdom.aliases.contains(&variant.to_owned()), "{variant}: {kingdom:?}");
    }
    assert_eq!(kingdom.links.get("geonames").map(String::as_str), Some("2635167"));
    let nato = the_one(&extraction, EntityType::Organization, "North Atlantic Treaty Organization");
    assert!(nato.aliases.contains(&"NATO".to_owned()), "{nato:?}");
}

#[test]
fn adjectives_are_not_places_and_possessives_stay_outside_names() {
    let extraction = fisheries();
    for adjective in ["British", "Norwegian"] {
        assert!(extraction.entities.iter().all(|entity| entity.name != adjective), "{adjective} became an entity");
    }
    let norway = the_one(&extraction, EntityType::Place, "Norway");
    assert!(norway.mentions.iter().all(|mention| mention.text == "Norway"), "{norway:?}");
    assert_eq!(norway.mentions.len(), 3, "the headline, the first paragraph and \"Norway's\"");
}

#[test]
fn names_in_the_headline_and_the_dateline_count_and_the_date_line_does_not() {
    let extraction = fisheries();
    let headline_end = extraction.document.text.find('\n').unwrap();
    let oslo = the_one(&extraction, EntityType::Place, "Oslo");
    assert!(oslo.mentions[0].end <= headline_end, "{oslo:?}");
    assert_eq!(oslo.mentions[1].text, "OSLO", "the dateline");
    assert!(extraction.entities.iter().flat_map(|entity| &entity.mentions).all(|mention| mention.start > 5));
}

#[test]
fn the_seed_article_yields_each_named_entity_once() {
    let Some(seed_dir) = shared_file("corpus/seed") else { return };
    let article = std::fs::read_dir(seed_dir).unwrap().next().unwrap().unwrap().path();
    let extraction = extract_file(&article);
    let expected = [
        (
            EntityType::Person,
            ["Anthony Blinken", "Sergei Ryabkov", "Wendy Sherman", "Maria Zakharova", "Dmitry Peskov"].as_slice(),
        ),
        (
            EntityType::Organization,
            &["NATO", "CNN", "Russian Foreign Ministry", "Ministry of Defense of the Russian Federation"],
        ),
        (
            EntityType::Place,
            &[
                "United States",
                "Ukraine",
                "Russia",
                "Geneva",
                "Moscow",
                "Eastern Europe",
                "Transcaucasia",
                "Central Asia",
            ],
        ),
    ];
    for (kind, names) in expected {
        for name in names {
            the_one(&extraction, kind, name);
        }
    }
    let ministry = the_one(&extraction, EntityType::Organization, "Russian Foreign Ministry");
    assert!(
        ministry.name == "Ministry of Foreign Affairs"
            || ministry.aliases.iter().any(|a| a == "Ministry of Foreign Affairs")
    );
    assert!(extraction.entities.iter().all(|entity| entity.name != "State"), "a spurious \"State\"");
}

/// Odd texts keep the contract: spans read their text, ids resolve, and nothing panics.
#[test]
fn odd_texts_extract_into_valid_extractions() {
    let geneva_run = format!("date 2024-01-01 x\n\n{} said {}", "A".repeat(50_000), "Geneva ".repeat(2_000));
    let texts = [
        "date 2024-01-01\n".to_owned(),
        "date 2024-01-01 Talks\r\n\r\nJohn Smith said: \"We are ready.\" He added that Paris was calm.\r\n".to_owned(),
        "date 2024-01-01 “““”«»„ \"\" ' '\n\n\u{200b}\u{200f}السلام 🙂🙂 said \"\n".to_owned(),
        "date 2024-01-01 É\u{301}cole\n\nMs. Zoë Brückner-Ødegård, 42, told Le Monde: «Non.»".to_owned(),
        "\u{feff}date 2024-01-01 ‘‘‘ ’’’ — – - -- ... …\n\n\"Yes,\" \"no,\" \"maybe.\"".to_owned(),
        geneva_run,
    ];
    for text in texts {
        let document = Document::from_article("odd".into(), None, text.clone(), true).unwrap();
        let extraction = extract(document);
        assert_eq!(extraction.validate(), Ok(()), "{:?}", &text[..text.len().min(80)]);
        assert!(extraction.entities.iter().all(|entity| entity.name.split(' ').count() <= 12), "a run-away name");
    }
}

#[test]
fn windows_line_endings_change_nothing_but_offsets() {
    let text = "date 2024-01-01 Talks\r\n\r\nJohn Smith said that Paris was calm.\r\nSmith left.\r\n";
    let extraction = extract(Document::from_article("crlf".into(), None, text.into(), true).unwrap());
    let smith = the_one(&extraction, EntityType::Person, "John Smith");
    assert_eq!(smith.mentions.len(), 2);
    assert_eq!(extraction.statements.len(), 1);
    assert_eq!(extraction.statements[0].content.text, "Paris was calm");
}
