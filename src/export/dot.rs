//! GraphViz DOT, written by hand: petgraph's `Dot` is meant for debugging and neither styles nor escapes
//! labels for display.
//!
//! Every id and label goes through [`Quoted`], so names that hold quotes, backslashes, line breaks or any
//! script come out as one DOT string each. Shapes are never `record`/`Mrecord` and labels never HTML, so
//! `{}|<>` in a name stay plain text.

use std::borrow::Cow;
use std::fmt::{self, Write as _};
use std::io::{self, Write};

use petgraph::graph::NodeIndex;
use petgraph::visit::EdgeRef;

use super::error::ExportError;
use super::label::{LABEL_CHARS, shorten};
use super::view::View;
use crate::contract::Predicate;
use crate::graph::{ArticleNode, Edge, KnowledgeGraph, Node, NodeKind, RelationEdge};

const FONT: &str = "Helvetica,Arial,sans-serif";

/// How many of a speaker's statements stand in one column of its cluster.
const STATEMENTS_PER_COLUMN: usize = 6;

/// How nodes of one kind look.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Style {
    shape: &'static str,
    fill: &'static str,
}

pub(super) fn write<W: Write>(graph: &KnowledgeGraph, view: &View, mut writer: W) -> Result<W, ExportError> {
    let drawn = view.select(graph)?;
    writeln!(writer, "digraph newsgraph {{")?;
    write_defaults(&mut writer)?;
    write_legend(&mut writer)?;
    let petgraph = graph.petgraph();
    // Index order: the graph is built deterministically, so the output is too. Statements go into one
    // cluster per speaker, in order of the speaker's first statement.
    let mut by_speaker: Vec<(Option<NodeIndex>, Vec<NodeIndex>)> = Vec::new();
    for index in petgraph.node_indices().filter(|index| drawn.nodes.contains(index)) {
        let node = graph.node(index);
        match node {
            Node::Statement(_) => {
                let speaker = speaker(graph, index);
                match by_speaker.iter_mut().find(|(other, _)| *other == speaker) {
                    Some((_, statements)) => statements.push(index),
                    None => by_speaker.push((speaker, vec![index])),
                }
            }
            _ => write_node(&mut writer, &graph.iri(index), &node_label(graph, index), node.kind())?,
        }
    }
    for (number, (speaker, statements)) in by_speaker.iter().enumerate() {
        let title = match speaker.map(|speaker| graph.node(speaker)) {
            Some(Node::Entity(entity)) => format!("said by {}", shorten(&entity.name, LABEL_CHARS)),
            _ => "speaker unknown".to_owned(),
        };
        writeln!(writer, "  subgraph cluster_said_{number} {{")?;
        writeln!(writer, "    label={}; style=\"rounded\"; color=\"#B4A7D6\"; fontsize=10;", Quoted(&title))?;
        for &index in statements {
            write_node(&mut writer, &graph.iri(index), &node_label(graph, index), NodeKind::Statement)?;
        }
        // A speaker's statements would stand in one tall column: invisible edges fold them into
        // columns of a few, so that the picture stays closer to a page.
        for (above, below) in statements.iter().zip(statements.iter().skip(STATEMENTS_PER_COLUMN)) {
            writeln!(writer, "    {} -> {} [style=invis];", Quoted(&graph.iri(*above)), Quoted(&graph.iri(*below)))?;
        }
        writeln!(writer, "  }}")?;
    }
    for edge in petgraph.edge_references() {
        if drawn.draws(edge) {
            write_edge(&mut writer, &graph.iri(edge.source()), &graph.iri(edge.target()), edge.weight())?;
        }
    }
    writeln!(writer, "}}")?;
    Ok(writer)
}

/// The entity that made a statement, if known.
fn speaker(graph: &KnowledgeGraph, statement: NodeIndex) -> Option<NodeIndex> {
    graph.petgraph().edges(statement).find(|edge| matches!(edge.weight(), Edge::Speaker)).map(|edge| edge.target())
}

/// Graph, node and edge defaults for a readable left-to-right layout.
fn write_defaults(writer: &mut impl Write) -> io::Result<()> {
    let font = Quoted(FONT);
    writeln!(writer, "  graph [rankdir=LR, fontname={font}, overlap=false, splines=true, nodesep=0.3, ranksep=0.9];")?;
    writeln!(writer, "  node [fontname={font}, fontsize=11, style=filled, color=\"#555555\"];")?;
    writeln!(writer, "  edge [fontname={font}, fontsize=9, arrowsize=0.7];")
}

/// One sample node per kind and one sample edge per kind. Legend ids hold no `/`, which every node IRI
/// (`<base><kind>/<local>`) does, so they can never collide with a node of the graph.
fn write_legend(writer: &mut impl Write) -> io::Result<()> {
    writeln!(writer, "  subgraph cluster_legend {{")?;
    writeln!(writer, "    label=\"Legend\"; style=\"rounded,dashed\"; color=\"#999999\"; fontsize=12;")?;
    for kind in NodeKind::GRAPH_NODES {
        write_node(writer, &legend_id(kind), kind.name(), kind)?;
    }
    let sample_relation = Edge::Relation(RelationEdge {
        predicate: Predicate::WorksFor,
        role: Some("role".into()),
        support: Default::default(),
    });
    let samples = [
        (NodeKind::Article, NodeKind::Person, Edge::Mentions),
        (NodeKind::Statement, NodeKind::Person, Edge::Speaker),
        (NodeKind::Statement, NodeKind::Place, Edge::About),
        (NodeKind::Statement, NodeKind::Article, Edge::PartOf),
        (NodeKind::Person, NodeKind::Organization, sample_relation),
        (NodeKind::Event, NodeKind::Article, Edge::ReportedIn),
        (NodeKind::Event, NodeKind::Person, Edge::Attendee),
        (NodeKind::Event, NodeKind::Place, Edge::Venue),
    ];
    for (source, target, edge) in &samples {
        write_edge(writer, &legend_id(*source), &legend_id(*target), edge)?;
    }
    writeln!(writer, "  }}")
}

fn legend_id(kind: NodeKind) -> String {
    format!("legend:{}", kind.name())
}

fn style(kind: NodeKind) -> Style {
    let (shape, fill) = match kind {
        NodeKind::Article => ("note", "#FFF2CC"),
        NodeKind::Person => ("ellipse", "#CFE2F3"),
        NodeKind::Organization => ("box", "#D9EAD3"),
        NodeKind::Place => ("hexagon", "#FCE5CD"),
        NodeKind::Statement => ("parallelogram", "#E4D7F0"),
        NodeKind::Event => ("octagon", "#F4CCCC"),
        NodeKind::Mention | NodeKind::Role | NodeKind::Evidence => {
            unreachable!("mentions, roles and evidence are RDF nodes, not graph nodes")
        }
    };
    Style { shape, fill }
}

fn write_node(writer: &mut impl Write, id: &str, label: &str, kind: NodeKind) -> io::Result<()> {
    let Style { shape, fill } = style(kind);
    writeln!(writer, "  {} [label={}, shape={shape}, fillcolor=\"{fill}\"];", Quoted(id), Quoted(label))
}

fn write_edge(writer: &mut impl Write, source: &str, target: &str, edge: &Edge) -> io::Result<()> {
    let (source, target, label) = (Quoted(source), Quoted(target), Quoted(&edge_label(edge)));
    writeln!(writer, "  {source} -> {target} [label={label}, {}];", edge_style(edge))
}

/// An entity's name; an article's id over its date and headline; a statement's speaker and date over
/// its opening words in quotes; an event's name over its date.
fn node_label(graph: &KnowledgeGraph, index: NodeIndex) -> String {
    match graph.node(index) {
        Node::Article(article) => article_label(article),
        Node::Entity(entity) => shorten(&entity.name, LABEL_CHARS).into_owned(),
        Node::Statement(statement) => {
            let speaker = match speaker(graph, index).map(|speaker| graph.node(speaker)) {
                Some(Node::Entity(entity)) => shorten(&entity.name, LABEL_CHARS).into_owned(),
                _ => statement
                    .source
                    .as_ref()
                    .map_or("unknown speaker".to_owned(), |source| shorten(&source.text, LABEL_CHARS).into_owned()),
            };
            let date = statement.date.map(|date| format!(", {date}")).unwrap_or_default();
            format!("{speaker}{date}\n“{}”", shorten(&statement.content.text, LABEL_CHARS))
        }
        Node::Event(event) => match event.date {
            Some(date) => format!("{}\n{date}", shorten(&event.name, LABEL_CHARS)),
            None => shorten(&event.name, LABEL_CHARS).into_owned(),
        },
    }
}

fn article_label(article: &ArticleNode) -> String {
    let mut label = shorten(&article.id, LABEL_CHARS).into_owned();
    let date = article.date.map(|date| date.to_string());
    let headline = article.headline.as_deref().map(|headline| shorten(headline, LABEL_CHARS));
    let details: Vec<&str> = date.as_deref().into_iter().chain(headline.as_deref()).collect();
    if !details.is_empty() {
        label.push('\n');
        label.push_str(&details.join(" · "));
    }
    label
}

fn edge_label(edge: &Edge) -> Cow<'static, str> {
    match edge {
        Edge::Mentions => "mentions".into(),
        Edge::Speaker => "said".into(),
        Edge::Recipient => "told".into(),
        Edge::About => "about".into(),
        Edge::PartOf => "part of".into(),
        Edge::ReportedIn => "reported in".into(),
        Edge::Attendee => "attendee".into(),
        Edge::Venue => "location".into(),
        Edge::Relation(RelationEdge { predicate, role: None, .. }) => predicate.as_str().into(),
        Edge::Relation(RelationEdge { predicate, role: Some(role), .. }) => {
            format!("{} ({})", predicate.as_str(), shorten(role, LABEL_CHARS)).into()
        }
    }
}

/// Mentions are many and say little, so they recede; relations, what the graph is for, stand out.
fn edge_style(edge: &Edge) -> &'static str {
    match edge {
        Edge::Mentions => "style=dashed, color=\"#BBBBBB\", fontcolor=\"#999999\"",
        Edge::Speaker => "color=\"#3D6FB6\", fontcolor=\"#3D6FB6\", penwidth=1.4",
        Edge::Recipient => "style=dashed, color=\"#3D6FB6\", fontcolor=\"#3D6FB6\"",
        Edge::About => "style=dotted, color=\"#7A5BA6\", fontcolor=\"#7A5BA6\"",
        Edge::PartOf | Edge::ReportedIn => "color=\"#B8A25A\", fontcolor=\"#8A7A3F\"",
        Edge::Attendee | Edge::Venue => "color=\"#A61C00\", fontcolor=\"#A61C00\"",
        Edge::Relation(_) => "color=\"#B03A2E\", fontcolor=\"#B03A2E\", penwidth=1.8",
    }
}

/// A DOT quoted string (id or label). `"` and `\` are escaped, so that nothing in the text can end the
/// string or form an escape such as `\N` or `\l`; line breaks become DOT's centred `\n`, tabs a space,
/// and other control characters are dropped. Everything else, any script or emoji, is kept: DOT is UTF-8.
struct Quoted<'a>(&'a str);

impl fmt::Display for Quoted<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_char('"')?;
        let mut chars = self.0.chars().peekable();
        while let Some(c) = chars.next() {
            match c {
                '"' => f.write_str("\\\"")?,
                '\\' => f.write_str("\\\\")?,
                '\r' => {
                    chars.next_if_eq(&'\n');
                    f.write_str("\\n")?;
                }
                '\n' | '\u{0B}' | '\u{0C}' | '\u{85}' | '\u{2028}' | '\u{2029}' => f.write_str("\\n")?,
                '\t' => f.write_char(' ')?,
                c if c.is_control() => {}
                c => f.write_char(c)?,
            }
        }
        f.write_char('"')
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::graph::Base;

    fn quoted(text: &str) -> String {
        Quoted(text).to_string()
    }

    #[test]
    fn quotes_and_backslashes_are_escaped() {
        assert_eq!(quoted(r#"Dr. "Q" Smith"#), r#""Dr. \"Q\" Smith""#);
        assert_eq!(quoted(r"C:\new\Label \N"), r#""C:\\new\\Label \\N""#);
        // A trailing backslash must not escape the closing quote.
        assert_eq!(quoted(r"Ltd\"), r#""Ltd\\""#);
        assert_eq!(quoted(r#"\""#), r#""\\\"""#);
    }

    #[test]
    fn line_breaks_become_dot_line_breaks() {
        assert_eq!(quoted("a\nb\r\nc\rd"), r#""a\nb\nc\nd""#);
        assert_eq!(quoted("a\r\n\r\nb"), r#""a\n\nb""#);
        assert_eq!(quoted("a\u{2028}b"), r#""a\nb""#);
    }

    #[test]
    fn tabs_become_spaces_and_other_controls_vanish() {
        assert_eq!(quoted("a\tb\u{0}c\u{1b}[31md\u{7f}"), r#""a bc[31md""#);
    }

    #[test]
    fn markup_characters_and_all_scripts_are_kept() {
        for text in ["<b>{x}|y</b>", "وزارة الخارجية", "ירושלים", "東京都", "🦀 👩‍👩‍👧", "Ä\u{301}"]
        {
            assert_eq!(quoted(text), format!("\"{text}\""));
        }
    }

    #[test]
    fn each_kind_has_its_own_shape_and_colour() {
        let styles: Vec<Style> = NodeKind::GRAPH_NODES.into_iter().map(style).collect();
        for (i, a) in styles.iter().enumerate() {
            assert!(!a.shape.to_lowercase().contains("record"), "{} interprets {{}}|<> in labels", a.shape);
            for b in &styles[i + 1..] {
                assert_ne!(a.shape, b.shape);
                assert_ne!(a.fill, b.fill);
            }
        }
    }

    #[test]
    fn relation_edges_show_predicate_and_role() {
        let relation = |role: Option<&str>| {
            Edge::Relation(RelationEdge {
                predicate: Predicate::MemberOf,
                role: role.map(str::to_owned),
                support: Default::default(),
            })
        };
        assert_eq!(edge_label(&relation(None)), "memberOf");
        assert_eq!(edge_label(&relation(Some("chair"))), "memberOf (chair)");
        assert_eq!(edge_label(&Edge::Speaker), "said");
    }

    fn sample_graph(name: &str) -> KnowledgeGraph {
        let text = format!("date 2022-01-09 Talks resume\n“Yes,” said {name}.");
        let name_start = text.chars().count() - 1 - name.chars().count();
        let extraction = serde_json::from_value(serde_json::json!({
            "id": "a1", "text": text, "date": "2022-01-09",
            "entities": [{"id": "e1", "type": "Person", "name": name,
                          "mentions": [{"start": name_start, "end": name_start + name.chars().count(), "text": name}]}],
            "statements": [{"id": "s1", "kind": "direct", "speaker": "e1",
                            "content": {"start": 30, "end": 34, "text": "Yes,"}}]
        }))
        .unwrap();
        let (graph, rejected) = KnowledgeGraph::build(Base::default(), vec![extraction]);
        assert!(rejected.is_empty(), "{:?}", rejected[0].error);
        graph
    }

    fn dot_of(graph: &KnowledgeGraph) -> String {
        String::from_utf8(write(graph, &View::default(), Vec::new()).unwrap()).unwrap()
    }

    #[test]
    fn labels_are_shortened_names_headlines_and_quotes() {
        let graph = sample_graph(&"Ab".repeat(5_000));
        let labels: Vec<String> = graph.petgraph().node_indices().map(|index| node_label(&graph, index)).collect();
        let name = format!("{}…", "Ab".repeat(29) + "A");
        assert_eq!(labels[0], "a1\n2022-01-09 · Talks resume");
        assert_eq!(labels[1], name);
        assert_eq!(labels[2], format!("{name}\n“Yes,”"));
    }

    #[test]
    fn writes_a_styled_digraph_with_a_legend_in_index_order() {
        let graph = sample_graph(r#"Ann "Q" O\Neil\"#);
        let dot = dot_of(&graph);
        assert!(dot.starts_with("digraph newsgraph {\n  graph [rankdir=LR,"), "{dot}");
        assert!(dot.ends_with("}\n"));
        assert!(dot.contains("subgraph cluster_legend {"));
        assert!(dot.contains(r#"label="Ann \"Q\" O\\Neil\\", shape=ellipse"#), "{dot}");
        let person = dot.find(r#""http://example.org/newsgraph/person/ann-q-o-neil" ["#).unwrap();
        let article = dot.find(r#""http://example.org/newsgraph/article/a1" ["#).unwrap();
        let said = dot.find(r#"-> "http://example.org/newsgraph/person/ann-q-o-neil" [label="said""#).unwrap();
        assert!(article < person && person < said, "nodes in index order, then edges:\n{dot}");
        assert_eq!(dot, dot_of(&graph), "the same graph gives the same text");
    }
}
