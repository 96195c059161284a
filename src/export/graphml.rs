//! GraphML, as Gephi, yEd, NetworkX and igraph read it: the nodes and edges of node-link JSON with the
//! same attributes, written by hand with XML escaping. GraphML attributes are scalars, so lists become
//! one string, items joined by `; `, and links `dataset:id` items.

use std::collections::BTreeMap;
use std::fmt::{self, Write as _};
use std::io::Write;

use serde_json::{Map, Value};

use super::ExportError;
use super::node_link::records;
use crate::graph::KnowledgeGraph;

/// Between the items of a list attribute.
pub const LIST_SEPARATOR: &str = "; ";

pub(super) fn write<W: Write>(graph: &KnowledgeGraph, mut writer: W) -> Result<W, ExportError> {
    let (nodes, edges) = records(graph);
    let node_keys = keys(&nodes, &["id"]);
    let edge_keys = keys(&edges, &["source", "target"]);
    writeln!(writer, r#"<?xml version="1.0" encoding="UTF-8"?>"#)?;
    writeln!(
        writer,
        r#"<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">"#
    )?;
    for (domain, keys) in [("node", &node_keys), ("edge", &edge_keys)] {
        for (name, kind) in keys {
            let (id, name) = (Escaped(&format!("{domain}:{name}")), Escaped(name));
            writeln!(writer, r#"  <key id="{id}" for="{domain}" attr.name="{name}" attr.type="{kind}"/>"#)?;
        }
    }
    writeln!(writer, r#"  <graph id="newsgraph" edgedefault="directed">"#)?;
    for node in &nodes {
        writeln!(writer, r#"    <node id="{}">"#, Escaped(&text(&node["id"])))?;
        write_data(&mut writer, "node", node, &node_keys)?;
        writeln!(writer, "    </node>")?;
    }
    for (number, edge) in edges.iter().enumerate() {
        let (source, target) = (Escaped(&text(&edge["source"])), Escaped(&text(&edge["target"])));
        writeln!(writer, r#"    <edge id="e{number}" source="{source}" target="{target}">"#)?;
        write_data(&mut writer, "edge", edge, &edge_keys)?;
        writeln!(writer, "    </edge>")?;
    }
    writeln!(writer, "  </graph>\n</graphml>")?;
    Ok(writer)
}

/// Every attribute name of the records but the structural ones, with its GraphML type: `int` when
/// every value is a whole number, else `string`.
fn keys(records: &[Map<String, Value>], structural: &[&str]) -> BTreeMap<String, &'static str> {
    let mut keys = BTreeMap::new();
    for (name, value) in records.iter().flatten().filter(|(name, _)| !structural.contains(&name.as_str())) {
        let kind = if value.is_u64() { "int" } else { "string" };
        let entry = keys.entry(name.clone()).or_insert(kind);
        if kind == "string" {
            *entry = "string";
        }
    }
    keys
}

fn write_data(
    writer: &mut impl Write,
    domain: &str,
    record: &Map<String, Value>,
    keys: &BTreeMap<String, &'static str>,
) -> std::io::Result<()> {
    // Empty lists are left out, as node-link JSON leaves out absent values.
    let is_empty = |value: &Value| {
        matches!(value, Value::Array(items) if items.is_empty())
            || matches!(value, Value::Object(map) if map.is_empty())
    };
    for (name, value) in record.iter().filter(|(name, value)| keys.contains_key(*name) && !is_empty(value)) {
        let (key, value) = (Escaped(&format!("{domain}:{name}")), text(value));
        writeln!(writer, r#"      <data key="{key}">{}</data>"#, Escaped(&value))?;
    }
    Ok(())
}

/// A JSON value as one attribute string: lists joined, maps as `key:value` items.
pub(super) fn text(value: &Value) -> String {
    match value {
        Value::String(text) => text.clone(),
        Value::Array(items) => items.iter().map(text).collect::<Vec<_>>().join(LIST_SEPARATOR),
        Value::Object(map) => {
            map.iter().map(|(key, value)| format!("{key}:{}", text(value))).collect::<Vec<_>>().join(LIST_SEPARATOR)
        }
        Value::Null => String::new(),
        other => other.to_string(),
    }
}

/// XML character data or attribute value: markup characters escaped, characters XML 1.0 forbids
/// (controls other than tab and line breaks) dropped.
struct Escaped<'a>(&'a str);

impl fmt::Display for Escaped<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for c in self.0.chars() {
            match c {
                '&' => f.write_str("&amp;")?,
                '<' => f.write_str("&lt;")?,
                '>' => f.write_str("&gt;")?,
                '"' => f.write_str("&quot;")?,
                '\'' => f.write_str("&apos;")?,
                // Line breaks in attributes would be normalised to spaces by XML parsers.
                '\n' => f.write_str("&#10;")?,
                '\r' => f.write_str("&#13;")?,
                '\t' => f.write_str("&#9;")?,
                '\u{FFFE}' | '\u{FFFF}' => {}
                c if c.is_control() && (c as u32) < 0x20 => {}
                c => f.write_char(c)?,
            }
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use serde_json::json;

    use super::*;

    #[test]
    fn markup_is_escaped_and_forbidden_characters_are_dropped() {
        let escaped = Escaped("<a href=\"x\">Tom & Jerry's</a>\u{0}\u{1b}\u{FFFF}\n東京").to_string();
        assert_eq!(escaped, "&lt;a href=&quot;x&quot;&gt;Tom &amp; Jerry&apos;s&lt;/a&gt;&#10;東京");
    }

    #[test]
    fn lists_and_links_become_delimited_strings() {
        assert_eq!(text(&json!(["Anna", "Anna B."])), "Anna; Anna B.");
        assert_eq!(text(&json!({"wikidata": "Q30", "geonames": "6252001"})), "wikidata:Q30; geonames:6252001");
        assert_eq!(text(&json!(12)), "12");
    }

    #[test]
    fn numbers_are_ints_unless_a_record_gives_a_string() {
        let records = [json!({"id": "a", "start": 3, "kind": "x"}), json!({"id": "b", "start": "?"}), json!({"n": 1})];
        let records: Vec<Map<String, Value>> = records.iter().map(|r| r.as_object().unwrap().clone()).collect();
        let keys = keys(&records, &["id"]);
        assert_eq!(keys, BTreeMap::from([("kind".into(), "string"), ("n".into(), "int"), ("start".into(), "string")]));
    }
}
