//! CSV files for `neo4j-admin database import full`: one node file per kind of node and one file of
//! relationships, with the headers the importer reads (`:ID`, `:LABEL`, typed columns, `:START_ID`,
//! `:END_ID`, `:TYPE`). Nodes and relationships carry the attributes of node-link JSON; lists are
//! typed arrays (`string[]`) whose items are joined by the importer's default `;`.

use std::io::Write;

use serde_json::{Map, Value};

use super::ExportError;
use super::graphml::text;
use super::node_link::records;
use crate::graph::{KnowledgeGraph, NodeKind};

/// The importer's default array delimiter. An item that holds it has it replaced by `,`.
const ARRAY_DELIMITER: char = ';';

/// One file of the import.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Neo4jFile {
    Nodes(NodeKind),
    Relationships,
}

impl Neo4jFile {
    /// Every file, nodes first.
    pub fn all() -> impl Iterator<Item = Neo4jFile> {
        NodeKind::GRAPH_NODES.into_iter().map(Neo4jFile::Nodes).chain([Neo4jFile::Relationships])
    }

    pub fn file_name(self) -> String {
        match self {
            Self::Nodes(kind) => format!("{}.csv", kind.segment()),
            Self::Relationships => "relationships.csv".to_owned(),
        }
    }
}

/// A column: the attribute it holds and its type in the header.
struct Column {
    attribute: String,
    kind: ColumnKind,
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum ColumnKind {
    String,
    Int,
    Date,
    StringArray,
}

/// Writes one file of the import.
pub fn write<W: Write>(graph: &KnowledgeGraph, file: Neo4jFile, mut writer: W) -> Result<W, ExportError> {
    let (nodes, edges) = records(graph);
    let (records, fixed): (Vec<&Map<String, Value>>, &[&str]) = match file {
        Neo4jFile::Nodes(kind) => {
            (nodes.iter().filter(|node| node["kind"] == kind.name()).collect(), &["id:ID", ":LABEL"])
        }
        Neo4jFile::Relationships => (edges.iter().collect(), &[":START_ID", ":END_ID", ":TYPE"]),
    };
    let structural = ["id", "kind", "source", "target", "key"];
    let columns = columns(&records, &structural);
    let header = fixed.iter().map(|name| name.to_string()).chain(columns.iter().map(Column::header));
    writeln!(writer, "{}", header.collect::<Vec<_>>().join(","))?;
    for record in records {
        let mut fields: Vec<String> = match file {
            Neo4jFile::Nodes(_) => vec![quoted(&text(&record["id"])), quoted(&text(&record["kind"]))],
            Neo4jFile::Relationships => {
                let kind = relationship_type(&text(&record["kind"]));
                vec![quoted(&text(&record["source"])), quoted(&text(&record["target"])), quoted(&kind)]
            }
        };
        fields.extend(columns.iter().map(|column| column.field(record.get(&column.attribute))));
        writeln!(writer, "{}", fields.join(","))?;
    }
    Ok(writer)
}

/// The attributes of the records but the structural ones, in order of first appearance, typed.
fn columns(records: &[&Map<String, Value>], structural: &[&str]) -> Vec<Column> {
    let mut columns: Vec<Column> = Vec::new();
    for (name, value) in records.iter().flat_map(|record| record.iter()) {
        if structural.contains(&name.as_str()) || columns.iter().any(|column| &column.attribute == name) {
            continue;
        }
        let kind = match value {
            Value::Number(_) => ColumnKind::Int,
            Value::Array(_) | Value::Object(_) => ColumnKind::StringArray,
            _ if name == "date" => ColumnKind::Date,
            _ => ColumnKind::String,
        };
        columns.push(Column { attribute: name.clone(), kind });
    }
    columns
}

impl Column {
    fn header(&self) -> String {
        let kind = match self.kind {
            ColumnKind::String => "string",
            ColumnKind::Int => "int",
            ColumnKind::Date => "date",
            ColumnKind::StringArray => "string[]",
        };
        format!("{}:{kind}", self.attribute)
    }

    /// The field of one record: empty (null to the importer) when the record has no such attribute.
    fn field(&self, value: Option<&Value>) -> String {
        match (self.kind, value) {
            (_, None | Some(Value::Null)) => String::new(),
            // No property rather than an array of one empty string.
            (_, Some(Value::Array(items))) if items.is_empty() => String::new(),
            (_, Some(Value::Object(map))) if map.is_empty() => String::new(),
            (ColumnKind::Int, Some(value)) => value.to_string(),
            (ColumnKind::StringArray, Some(Value::Array(items))) => array(items.iter().map(text)),
            (ColumnKind::StringArray, Some(Value::Object(map))) => {
                array(map.iter().map(|(key, value)| format!("{key}:{}", text(value))))
            }
            (_, Some(value)) => quoted(&text(value)),
        }
    }
}

fn array(items: impl Iterator<Item = String>) -> String {
    let items: Vec<String> = items.map(|item| item.replace(ARRAY_DELIMITER, ",")).collect();
    quoted(&items.join(&ARRAY_DELIMITER.to_string()))
}

/// A CSV field in double quotes, quotes doubled; line breaks stay (the import needs
/// `--multiline-fields=true`).
fn quoted(text: &str) -> String {
    format!("\"{}\"", text.replace('"', "\"\""))
}

/// Neo4j's convention for relationship types: `worksFor` → `WORKS_FOR`.
fn relationship_type(kind: &str) -> String {
    let mut name = String::new();
    for c in kind.chars() {
        if c.is_uppercase() && !name.is_empty() {
            name.push('_');
        }
        name.extend(c.to_uppercase());
    }
    name
}

#[cfg(test)]
mod tests {
    use serde_json::json;

    use super::*;

    #[test]
    fn relationship_types_are_upper_snake_case() {
        assert_eq!(relationship_type("worksFor"), "WORKS_FOR");
        assert_eq!(relationship_type("mentions"), "MENTIONS");
        assert_eq!(relationship_type("reportedIn"), "REPORTED_IN");
    }

    #[test]
    fn fields_are_quoted_typed_and_arrays_delimited() {
        let column = |kind| Column { attribute: "x".into(), kind };
        assert_eq!(column(ColumnKind::String).field(Some(&json!("say \"hi\", then go"))), r#""say ""hi"", then go""#);
        assert_eq!(column(ColumnKind::Int).field(Some(&json!(42))), "42");
        assert_eq!(column(ColumnKind::Date).field(None), "");
        assert_eq!(column(ColumnKind::StringArray).field(Some(&json!([]))), "");
        assert_eq!(column(ColumnKind::StringArray).field(Some(&json!(["A; B", "C"]))), r#""A, B;C""#);
        assert_eq!(column(ColumnKind::StringArray).field(Some(&json!({"wikidata": "Q1"}))), r#""wikidata:Q1""#);
        assert_eq!(column(ColumnKind::StringArray).header(), "x:string[]");
    }
}
