//! The output formats, each inferred from a file extension or named on the command line.

use std::path::Path;

/// Every format newsgraph writes a graph in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Format {
    Turtle,
    NTriples,
    NQuads,
    TriG,
    RdfXml,
    JsonLd,
    Dot,
    /// Node-link JSON, as NetworkX's `node_link_graph` reads it.
    NodeLink,
    GraphMl,
    /// A directory of CSV files for `neo4j-admin database import`.
    Neo4j,
}

impl Format {
    pub const ALL: [Format; 10] = [
        Self::Turtle,
        Self::NTriples,
        Self::NQuads,
        Self::TriG,
        Self::RdfXml,
        Self::JsonLd,
        Self::Dot,
        Self::NodeLink,
        Self::GraphMl,
        Self::Neo4j,
    ];

    /// The name `--format` takes.
    pub fn name(self) -> &'static str {
        match self {
            Self::Turtle => "turtle",
            Self::NTriples => "ntriples",
            Self::NQuads => "nquads",
            Self::TriG => "trig",
            Self::RdfXml => "rdfxml",
            Self::JsonLd => "jsonld",
            Self::Dot => "dot",
            Self::NodeLink => "json",
            Self::GraphMl => "graphml",
            Self::Neo4j => "neo4j",
        }
    }

    /// The usual file extension, without the dot.
    pub fn extension(self) -> &'static str {
        match self {
            Self::Turtle => "ttl",
            Self::NTriples => "nt",
            Self::NQuads => "nq",
            Self::TriG => "trig",
            Self::RdfXml => "rdf",
            Self::JsonLd => "jsonld",
            Self::Dot => "dot",
            Self::NodeLink => "json",
            Self::GraphMl => "graphml",
            // A directory: `-o out/examples.neo4j` holds the CSV files.
            Self::Neo4j => "neo4j",
        }
    }

    pub fn from_name(name: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|format| format.name().eq_ignore_ascii_case(name))
    }

    /// The format of a file extension (without the dot), ignoring case. A few common synonyms count.
    pub fn from_extension(extension: &str) -> Option<Self> {
        let extension = extension.to_ascii_lowercase();
        let synonym = match extension.as_str() {
            "turtle" => Some(Self::Turtle),
            "owl" | "xml" => Some(Self::RdfXml),
            "gv" => Some(Self::Dot),
            _ => None,
        };
        synonym.or_else(|| Self::ALL.into_iter().find(|format| format.extension() == extension))
    }

    pub fn from_path(path: &Path) -> Option<Self> {
        Self::from_extension(path.extension()?.to_str()?)
    }

    /// Whether the output is a directory of files rather than one file.
    pub fn is_directory(self) -> bool {
        self == Self::Neo4j
    }

    /// Whether the format keeps each article's named graph apart.
    pub fn has_named_graphs(self) -> bool {
        matches!(self, Self::NQuads | Self::TriG | Self::JsonLd)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_and_extensions_round_trip() {
        for format in Format::ALL {
            assert_eq!(Format::from_name(format.name()), Some(format));
            assert_eq!(Format::from_extension(format.extension()), Some(format));
        }
    }

    #[test]
    fn formats_come_from_paths() {
        assert_eq!(Format::from_path(Path::new("out/seed.TTL")), Some(Format::Turtle));
        assert_eq!(Format::from_path(Path::new("graph.gv")), Some(Format::Dot));
        assert_eq!(Format::from_path(Path::new("graph.txt")), None);
        assert_eq!(Format::from_path(Path::new("graph")), None);
    }
}
