//! Property tests: any text is read, extracted and exported without a panic, every extraction keeps
//! the contract (each span reads its text), and every output parses back to the model. The case
//! counts (4,096 + 1,024 + 256 + 64) keep the module near half a minute of a debug build on one core.

use std::collections::HashSet;
use std::io::Write;
use std::process::{Command, Stdio};

use newsgraph::contract::Extraction;
use newsgraph::export::{self, ExportError, ExportOptions, Format};
use newsgraph::text::Document;
use oxjsonld::JsonLdParser;
use oxrdf::{Quad, Triple};
use proptest::prelude::*;

use crate::rdf_roundtrip::{parse_quads, parse_triples};
use crate::support::graph_of;

/// Pieces of news-like text: names, cues, quotation marks of every style, abbreviations, dates,
/// links, and the characters that have broken parsers and writers before.
const PIECES: &[&str] = &[
    "Anna Berg",
    "Marek Nowak-Lind",
    "Geneva",
    "United Nations",
    "the ministry",
    "IBM",
    "Inc.",
    "U.S.",
    "Mr.",
    "Dr.",
    "he",
    "she",
    "they",
    "the minister",
    "said",
    "said that",
    "told reporters",
    "according to",
    "According to",
    "added",
    "on Monday",
    "Dec. 17, 2021",
    "the",
    "of",
    "and",
    "in",
    "\"",
    "“",
    "”",
    "‘",
    "’",
    "'",
    "«",
    "»",
    ",",
    ".",
    "...",
    "!",
    "?",
    ":",
    ";",
    "(",
    ")",
    "—",
    "-",
    "'s",
    " ",
    " ",
    " ",
    "\n",
    "\n\n",
    "\r\n",
    "\r",
    "\t",
    "e\u{301}",
    "東京",
    "👩‍🔬",
    "\u{feff}",
    "\u{200b}",
    "\u{85}",
    "\u{2028}",
    "\u{7}",
    "\0",
    "https://x.org/a.b?c=d",
    "news@x.org",
    "<b>",
    "&amp;",
    "\\",
    "{",
    "}",
    "date 2024-02-29 ",
];

fn news_like() -> impl Strategy<Value = String> {
    prop::collection::vec(prop::sample::select(PIECES), 0..150).prop_map(|pieces| pieces.concat())
}

fn any_text() -> impl Strategy<Value = String> {
    prop_oneof![
        3 => news_like(),
        1 => prop::collection::vec(any::<u8>(), 0..300).prop_map(|bytes| String::from_utf8_lossy(&bytes).into_owned()),
        1 => prop::collection::vec(any::<char>(), 0..200).prop_map(String::from_iter),
    ]
}

fn extraction_of(text: String) -> Option<Extraction> {
    let document = Document::from_article("doc".into(), Some("doc.txt".into()), text, false).ok()?;
    Some(newsgraph::extract::extract(document))
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(4096))]

    #[test]
    fn reading_any_text_never_panics(text in any_text(), dated in any::<bool>()) {
        let text = if dated { format!("date 2024-01-31 {text}") } else { text };
        if let Ok(document) = Document::from_article("doc".into(), None, text, dated) {
            let _ = document.header();
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(1024))]

    #[test]
    fn any_extraction_keeps_the_contract_and_round_trips_as_json(text in any_text()) {
        let Some(extraction) = extraction_of(format!("date 2024-01-31 {text}")) else { return Ok(()) };
        prop_assert_eq!(extraction.validate(), Ok(()));
        let line = serde_json::to_string(&extraction).unwrap();
        let read: Extraction = serde_json::from_str(&line).unwrap();
        prop_assert_eq!(serde_json::to_string(&read).unwrap(), line);
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    #[test]
    fn every_format_of_any_extraction_parses_back(text in news_like(), mentions in any::<bool>()) {
        let Some(extraction) = extraction_of(format!("date 2024-01-31 {text}")) else { return Ok(()) };
        let graph = graph_of(vec![extraction]);
        let options = ExportOptions { mentions, ..Default::default() };
        let quads: HashSet<Quad> = export::quads(&graph, &options).into_iter().collect();
        let triples: HashSet<Triple> = export::triples(&graph, &options).into_iter().collect();
        // A directory format writes file by file through its own writer, not `export::write`.
        for format in Format::ALL.into_iter().filter(|format| !format.is_directory()) {
            let bytes = match export::write(&graph, format, &options, Vec::new()) {
                Ok(bytes) => bytes,
                // The one refusal allowed: a control character that XML 1.0 cannot carry.
                Err(ExportError::NotXml { .. }) if format == Format::RdfXml && text.contains(['\u{7}', '\0']) => continue,
                Err(error) => return Err(TestCaseError::fail(format!("{format:?}: {error}"))),
            };
            match format {
                Format::Turtle | Format::NTriples | Format::RdfXml => prop_assert_eq!(&parse_triples(format, &bytes), &triples),
                Format::NQuads | Format::TriG => prop_assert_eq!(&parse_quads(format, &bytes), &quads),
                Format::JsonLd => {
                    let read: Result<HashSet<Quad>, _> = JsonLdParser::new().for_slice(&bytes).collect();
                    prop_assert_eq!(&read.unwrap(), &quads);
                }
                Format::NodeLink => prop_assert!(serde_json::from_slice::<serde_json::Value>(&bytes).is_ok()),
                Format::GraphMl => {
                    let xml = String::from_utf8(bytes).unwrap();
                    prop_assert!(xml.trim_end().ends_with("</graphml>"), "the GraphML document is not closed");
                }
                Format::Neo4j => unreachable!("a directory format"),
                Format::Dot => {
                    let closed = String::from_utf8(bytes).unwrap().trim_end().ends_with('}');
                    prop_assert!(closed, "the DOT graph is not closed");
                }
            }
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    /// The binary's reader sniffs standard input as text, JSON or JSON Lines: any bytes get an
    /// extraction or an error, never a panic.
    #[test]
    fn the_command_takes_any_bytes_on_standard_input(bytes in prop_oneof![
        prop::collection::vec(any::<u8>(), 0..400),
        news_like().prop_map(|text| format!("{{\"text\": {}}}\n{text}", serde_json::to_string(&text).unwrap()).into_bytes()),
    ]) {
        let mut child = Command::new(env!("CARGO_BIN_EXE_newsgraph"))
            .args(["extract", "-", "--allow-undated"])
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap();
        child.stdin.take().unwrap().write_all(&bytes).unwrap();
        let output = child.wait_with_output().unwrap();
        let stderr = String::from_utf8_lossy(&output.stderr);
        prop_assert!(matches!(output.status.code(), Some(0..=2)) && !stderr.contains("panicked"), "{}", stderr);
        for line in String::from_utf8(output.stdout).unwrap().lines() {
            let extraction: Extraction = serde_json::from_str(line).unwrap();
            prop_assert_eq!(extraction.validate(), Ok(()));
        }
    }
}
