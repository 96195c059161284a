//! RDF/XML, with the vocabularies as XML namespaces. It has no named graphs, so it holds every triple.
//!
//! XML changes some characters as it reads them, so a literal must be written in a way that survives:
//! - End-of-line handling (XML 1.0 §2.11) reads a raw carriage return, alone or before a line feed,
//!   as a line feed, anywhere in the document. Only the reference `&#13;` keeps it. oxrdfxml (0.2.5,
//!   the latest) escapes `<`, `>`, `&` and quotes but writes carriage returns raw, so [`CarriageReturns`]
//!   writes them as references instead.
//! - Attribute-value normalisation (§3.3.3) turns tabs and line breaks into spaces, but only in
//!   attributes, which here hold IRIs, language tags and blank-node ids: none can contain them.
//!   Literals are element content, where tabs and line feeds are kept as they are.
//! - XML 1.0 cannot carry the other C0 controls, U+FFFE or U+FFFF at all, not even as references
//!   (§2.2), so a literal holding one is refused with an error instead of written as broken XML.

use std::io::{self, Write};

use oxrdf::{Term, Triple};
use oxrdfxml::RdfXmlSerializer;

use super::error::ExportError;
use super::options::ExportOptions;
use super::quads::triples;
use super::vocab::PREFIXES;
use crate::graph::KnowledgeGraph;

pub(super) fn write<W: Write>(graph: &KnowledgeGraph, options: &ExportOptions, writer: W) -> Result<W, ExportError> {
    let triples = triples(graph, options);
    if let Some((triple, character)) = triples.iter().find_map(|triple| Some((triple, not_xml(triple)?))) {
        let (subject, predicate) = (triple.subject.to_string(), triple.predicate.to_string());
        return Err(ExportError::NotXml { character, subject, predicate });
    }
    let mut serializer = RdfXmlSerializer::new();
    for (name, iri) in PREFIXES {
        serializer = serializer.with_prefix(name, iri)?;
    }
    let mut serializer = serializer.for_writer(CarriageReturns(writer));
    for triple in &triples {
        serializer.serialize_triple(triple)?;
    }
    Ok(serializer.finish()?.0)
}

/// The first character of a literal object that XML 1.0 cannot carry.
fn not_xml(triple: &Triple) -> Option<char> {
    let Term::Literal(literal) = &triple.object else { return None };
    literal
        .value()
        .chars()
        .find(|&c| matches!(c, '\0'..='\u{8}' | '\u{b}' | '\u{c}' | '\u{e}'..='\u{1f}' | '\u{fffe}' | '\u{ffff}'))
}

/// Writes every carriage return as the character reference `&#13;`. This is exact for the XML that
/// oxrdfxml writes: its own line breaks are line feeds, and element names, IRIs, language tags and
/// blank-node ids cannot contain a carriage return, so each one is in a literal's text, where the
/// reference stands for it. In UTF-8 the byte 0x0D is never part of another character.
struct CarriageReturns<W>(W);

impl<W: Write> Write for CarriageReturns<W> {
    fn write(&mut self, bytes: &[u8]) -> io::Result<usize> {
        for (index, run) in bytes.split(|&byte| byte == b'\r').enumerate() {
            if index > 0 {
                self.0.write_all(b"&#13;")?;
            }
            self.0.write_all(run)?;
        }
        Ok(bytes.len())
    }

    fn flush(&mut self) -> io::Result<()> {
        self.0.flush()
    }
}
