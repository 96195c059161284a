//! Statements found in whole invented articles, through the full extraction.

use crate::extract::{Extraction, StatementKind, extract};
use crate::text::Document;

fn extraction(body: &str) -> Extraction {
    let text = format!("date 2023-03-15\n\n{body}");
    let extraction = extract(Document::from_article("test".into(), None, text, false).unwrap());
    extraction.validate().unwrap();
    extraction
}

/// Each statement as (kind, content, speaker's name).
fn statements(body: &str) -> Vec<(StatementKind, String, Option<String>)> {
    let extraction = extraction(body);
    let name = |id: &String| extraction.entities.iter().find(|entity| entity.id == *id).unwrap().name.clone();
    extraction
        .statements
        .iter()
        .map(|statement| (statement.kind, statement.content.text.clone(), statement.speaker.as_ref().map(name)))
        .collect()
}

#[test]
fn debug_noori() {
    let body = "\"We are so glad because we find a big chance to show our talent,\" team member Rodaba Noori told the press, \"to show that women can build machines too.\"";
    eprintln!("{:#?}", statements(body));
    panic!();
}
