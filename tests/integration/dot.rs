//! The DOT writer's promise: Graphviz renders the graph, hostile names included, with every node and edge
//! it holds and every label as written. Also home of the hostile fixture that `node_link` shares.

use std::io::Write;
use std::path::Path;
use std::process::{Command, Output, Stdio};

use newsgraph::contract::Extraction;
use newsgraph::export::{ExportOptions, Format};
use newsgraph::graph::{KnowledgeGraph, Node};
use serde_json::{Value, json};

use crate::support;

/// Nodes and edges of the legend, which every DOT output holds besides the graph.
const LEGEND_NODES: usize = 6;
const LEGEND_EDGES: usize = 8;

const QUOTER: &str = r#"Dr. "Quote" Smith"#;
const MARKUP: &str = r#"A > B <i>{Corp}</i> | "x""#;
/// Backslashes, DOT escape look-alikes (`\N` is the node name, `\l` a left-justified line end) and one
/// at the very end, which must not escape the closing quote.
const BACKSLASHES: &str = r"Back\slash \N \l Ltd\";
const MULTILINE: &str = "Line one\nLine two\r\nthree\rfour\tfive";
const EMOJI: &str = "🦀 Ferris 👩‍👩‍👧";
const ARABIC: &str = "وزارة الخارجية";
const HEBREW: &str = "ירושלים";
const CJK: &str = "東京";
const QUOTE: &str = r#"Нет — we will "never" agree \ {ok} <end> 🙂 and that is the final word on it"#;
const ROLE: &str = r#"minister "for" \ affairs"#;

/// A 10,000-character place name.
pub fn long_name() -> String {
    "Llanfair".repeat(1_250)
}

/// The span of the first `needle` in `text`, in code points as the contract counts them.
fn span(text: &str, needle: &str) -> Value {
    let byte = text.find(needle).unwrap_or_else(|| panic!("{needle:?} is not in the text"));
    let start = text[..byte].chars().count();
    json!({"start": start, "end": start + needle.chars().count(), "text": needle})
}

fn entity(text: &str, id: &str, kind: &str, name: &str) -> Value {
    json!({"id": id, "type": kind, "name": name, "mentions": [span(text, name)]})
}

/// Two articles whose names break naive writers: quotes, markup, backslashes, line breaks, tabs, emoji,
/// right-to-left and CJK text, braces and a 10,000-character name. Smith has two relations with the same
/// organisation, one of them reported by both articles.
pub fn hostile_extractions() -> Vec<Extraction> {
    let long = long_name();
    let names = [QUOTER, MARKUP, BACKSLASHES, MULTILINE, EMOJI, ARABIC, HEBREW, CJK, &long];
    let first_text =
        format!("date 2022-01-09 Hostile \"names\" <b>{{1}}</b> \\\n{}. {QUOTE}. {ROLE}.", names.join(". "));
    let second_text = format!("date 2022-01-10\nSmith\\ spoke for {MARKUP}.");
    let works_for = json!({"subject": "quoter", "predicate": "worksFor", "object": "markup", "role": ROLE});
    let mut works_for_with_evidence = works_for.clone();
    works_for_with_evidence["evidence"] = span(&first_text, ROLE);
    let first = json!({
        "id": "a1 \"hostile\"", "date": "2022-01-09", "text": first_text,
        "entities": [
            entity(&first_text, "quoter", "Person", QUOTER), entity(&first_text, "markup", "Organization", MARKUP),
            entity(&first_text, "backslashes", "Organization", BACKSLASHES), entity(&first_text, "lines", "Person", MULTILINE),
            entity(&first_text, "emoji", "Person", EMOJI), entity(&first_text, "arabic", "Organization", ARABIC),
            entity(&first_text, "hebrew", "Place", HEBREW), entity(&first_text, "cjk", "Place", CJK),
            entity(&first_text, "long", "Place", &long),
        ],
        "statements": [{"id": "s1", "kind": "direct", "speaker": "quoter", "about": ["arabic", "cjk"],
                        "content": span(&first_text, QUOTE)}],
        "relations": [
            works_for_with_evidence,
            {"subject": "quoter", "predicate": "memberOf", "object": "markup"},
            {"subject": "markup", "predicate": "locatedIn", "object": "cjk"},
            {"subject": "arabic", "predicate": "locatedIn", "object": "hebrew"},
            {"subject": "lines", "predicate": "worksFor", "object": "backslashes"},
        ],
    });
    // The same person, named otherwise: merged into one node with an alias that ends in a backslash.
    let quoter_again = json!({"id": "quoter", "type": "Person", "name": QUOTER, "aliases": ["Smith\\"],
                              "mentions": [span(&second_text, "Smith\\")]});
    let second = json!({
        "id": "a2", "text": second_text,
        "entities": [quoter_again, entity(&second_text, "markup", "Organization", MARKUP)],
        "relations": [works_for],
    });
    [first, second].into_iter().map(|json| serde_json::from_value(json).unwrap()).collect()
}

/// Runs `program` with `input` on its stdin and collects its output.
pub fn pipe(program: &Path, args: &[&str], input: &[u8]) -> Output {
    let mut child = Command::new(program)
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap_or_else(|error| panic!("{}: {error}", program.display()));
    let mut stdin = child.stdin.take().unwrap();
    std::thread::scope(|scope| {
        // A program that stops reading early fails the write; its exit status and stderr tell why.
        scope.spawn(move || drop(stdin.write_all(input)));
        child.wait_with_output().unwrap()
    })
}

fn dot_of(extractions: Vec<Extraction>) -> (KnowledgeGraph, String) {
    let graph = support::graph_of(extractions);
    let dot = String::from_utf8(support::export(&graph, Format::Dot, &ExportOptions::default())).unwrap();
    (graph, dot)
}

#[test]
fn graphviz_renders_hostile_names_as_written() {
    let Some(program) = support::external_tool("dot", &["-V"]) else { return };
    let (graph, dot) = dot_of(hostile_extractions());
    let output = pipe(&program, &["-Tsvg"], dot.as_bytes());
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(output.status.success(), "dot failed: {stderr}");
    assert!(!stderr.contains("Error") && !stderr.contains("syntax error"), "{stderr}");
    let svg = String::from_utf8(output.stdout).unwrap();
    // A broken id would split or merge nodes, so the counts catch escaping mistakes that still parse.
    assert_eq!(svg.matches(r#"<g id="node"#).count(), graph.petgraph().node_count() + LEGEND_NODES);
    assert_eq!(svg.matches(r#"<g id="edge"#).count(), graph.petgraph().edge_count() + LEGEND_EDGES);
    let expected = [
        r#">Dr. &quot;Quote&quot; Smith</text>"#,
        r#">A &gt; B &lt;i&gt;{Corp}&lt;/i&gt; | &quot;x&quot;</text>"#,
        r#">Back\slash \N \l Ltd\</text>"#,
        ">Line one</text>",
        ">Line two</text>",
        ">four five</text>",
        ">🦀 Ferris 👩‍👩‍👧</text>",
        ">وزارة الخارجية</text>",
        ">ירושלים</text>",
        ">東京</text>",
        r#">“Нет — we will &quot;never&quot; agree \ {ok} &lt;end&gt; 🙂 and that is the…”</text>"#,
        r#">worksFor (minister &quot;for&quot; \ affairs)</text>"#,
        r#">a1 &quot;hostile&quot;</text>"#,
    ];
    for text in expected {
        assert!(svg.contains(text), "the SVG lacks {text}");
    }
    let shortened = format!(">{}…</text>", &long_name()[..59]);
    assert!(svg.contains(&shortened), "the 10,000-character name is not shortened to 60 characters");
}

#[test]
fn every_node_is_written_under_its_iri_in_index_order() {
    let (graph, dot) = dot_of(hostile_extractions());
    // Statements stand in their speaker's cluster, after the other nodes.
    let position = |index| {
        let id = format!("\n  \"{}\" [label=", graph.iri(index));
        dot.find(&id).unwrap_or_else(|| panic!("no node statement for {id}"))
    };
    let (statements, others): (Vec<_>, Vec<_>) =
        graph.petgraph().node_indices().partition(|index| matches!(graph.node(*index), Node::Statement(_)));
    let positions: Vec<usize> = others.into_iter().chain(statements).map(position).collect();
    assert!(positions.is_sorted(), "nodes are not in index order");
}

#[test]
fn output_does_not_depend_on_input_order() {
    let (_, dot) = dot_of(hostile_extractions());
    let (_, reversed) = dot_of(hostile_extractions().into_iter().rev().collect());
    assert_eq!(dot, reversed);
}

fn build(args: &[&str], path: Option<&str>) -> std::process::Output {
    let mut command = std::process::Command::new(env!("CARGO_BIN_EXE_newsgraph"));
    command.arg("build").arg(support::repo_path(support::EXTRACTIONS)).args(args);
    if let Some(path) = path {
        command.env("PATH", path);
    }
    command.output().unwrap()
}

#[test]
fn a_focus_draws_its_neighbourhood_with_statements_grouped_by_speaker() {
    let dir = support::scratch_dir("dot-focus");
    let out = dir.join("focus.dot");
    let output = build(&["--focus", "Zoë Brückner", "--hide", "mentions", "-o", out.to_str().unwrap()], None);
    assert!(output.status.success(), "{}", String::from_utf8_lossy(&output.stderr));
    let dot = std::fs::read_to_string(&out).unwrap();
    assert!(dot.contains(r#"label="said by Zoë Brückner""#), "{dot}");
    assert!(dot.contains("Zoë Brückner, 2024-09-17\\n“A clinic without electricity"), "{dot}");
    assert!(dot.contains(r#"label="worksFor (Foreign Minister)""#), "{dot}");
    assert_eq!(dot.matches(r#"[label="mentions", style"#).count(), 1, "mentions are hidden but in the legend");
    assert!(!dot.contains("Sébastien Rochat"), "the tram vote has nothing to do with her");
}

#[test]
fn an_svg_is_drawn_by_graphviz_or_the_message_says_it_is_missing() {
    let dir = support::scratch_dir("dot-svg");
    let svg = dir.join("top.svg");
    let args = ["--top", "5", "--since", "2024-05-01", "-o", svg.to_str().unwrap()];
    let output = build(&args, Some(""));
    assert_eq!(output.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&output.stderr).contains("Graphviz `dot` is not installed"));
    assert!(!svg.exists());
    let refused = build(&["--top", "5", "-o", dir.join("top.ttl").to_str().unwrap()], None);
    assert_eq!(refused.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&refused.stderr).contains("choose what a drawing shows"));
    if support::external_tool("dot", &["-V"]).is_none() {
        return;
    }
    let output = build(&args, None);
    assert!(output.status.success(), "{}", String::from_utf8_lossy(&output.stderr));
    let drawing = std::fs::read_to_string(&svg).unwrap();
    assert!(drawing.contains("<svg") && drawing.contains("Legend"), "{drawing}");
}
