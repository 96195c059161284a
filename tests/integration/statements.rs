//! Statements extracted from an invented article (`tests/fixtures/statements-article.txt`): every pattern
//! of attribution, each with the right speaker.

use newsgraph::contract::{Extraction, StatementKind};
use newsgraph::extract::extract;
use newsgraph::text::Document;

use crate::support::repo_path;

fn extraction() -> Extraction {
    let text = std::fs::read_to_string(repo_path("tests/fixtures/statements-article.txt")).unwrap();
    let extraction = extract(Document::from_article("statements-article".into(), None, text, false).unwrap());
    extraction.validate().unwrap();
    extraction
}

#[test]
fn every_attribution_in_the_article_is_found_with_its_speaker() {
    let extraction = extraction();
    // Names as the entity pass writes them may vary ("Portsmouth City Council", "City Council"); the last
    // word identifies the speaker here.
    let speaker_name = |id: &Option<String>| {
        let id = id.as_ref()?;
        extraction.entities.iter().find(|entity| entity.id == *id)?.name.rsplit(' ').next()
    };
    let found: Vec<(StatementKind, &str, Option<&str>)> = extraction
        .statements
        .iter()
        .map(|statement| (statement.kind, statement.content.text.as_str(), speaker_name(&statement.speaker)))
        .collect();
    use StatementKind::{Direct, Indirect, Mixed};
    let (walsh, council, price, hughes) = (Some("Walsh"), Some("Council"), Some("Price"), Some("Hughes"));
    assert_eq!(
        found,
        [
            (Indirect, "The opening of the new ferry terminal in Portsmouth will be delayed until autumn", walsh),
            (Direct, "We would rather open late than open with a pier that floods,", walsh),
            (Direct, "The contractors found water under the eastern pier,", walsh),
            (Direct, "and the repairs cannot be rushed.", walsh),
            (Indirect, "the delay will cost the city about two million pounds", council),
            (Indirect, "ticket prices would not rise", council),
            (Mixed, "the terminal had become “a symbol of broken promises” for the town", price),
            (Indirect, "his café had lost a third of its customers", price),
            (Direct, "We are told every spring that it is nearly done.", hughes),
            (Direct, "Nobody believes it any more,", hughes),
        ]
    );
}

#[test]
fn statement_ids_follow_the_text_and_dates_follow_the_sentence() {
    let extraction = extraction();
    let ids: Vec<&str> = extraction.statements.iter().map(|statement| statement.id.as_str()).collect();
    assert_eq!(ids, ["s1", "s2", "s3", "s4", "s5", "s6", "s7", "s8", "s9", "s10"]);
    let dates: Vec<String> = extraction
        .statements
        .iter()
        .map(|statement| statement.date.map(|date| date.to_string()).unwrap_or_default())
        .collect();
    // "on Tuesday" before Wednesday 8 May is the 7th; "On April 30" keeps the article's year.
    assert_eq!(dates[1], "2024-05-07");
    assert_eq!(dates[7], "2024-04-30");
    assert_eq!(dates[0], "2024-05-08");
}

#[test]
fn an_addressee_that_is_a_name_links_its_entity_and_any_other_stays_as_written() {
    let text = "date 2023-03-15\n\nPrime Minister Jonas Berg told the BBC that the budget was balanced. \
                Berg told reporters the deficit had shrunk.";
    let extraction = extract(Document::from_article("addressees".into(), None, text.into(), false).unwrap());
    let graph = crate::support::graph_of(vec![extraction]);
    let options = newsgraph::export::ExportOptions::default();
    let nquads =
        String::from_utf8(crate::support::export(&graph, newsgraph::export::Format::NQuads, &options)).unwrap();
    let recipients: Vec<&str> = nquads
        .lines()
        .filter_map(|line| line.split_once(" <http://schema.org/recipient> ").map(|(_, object)| object))
        .map(|object| object.split(" <").next().unwrap())
        .collect();
    assert_eq!(recipients.len(), 2, "{recipients:?}");
    assert!(
        recipients.iter().any(|object| object.starts_with('<') && object.contains("organization/")),
        "{recipients:?}"
    );
    assert!(recipients.contains(&"\"reporters\""), "{recipients:?}");
}
