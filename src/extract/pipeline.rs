//! From a document's text to its extraction: the [`Doc`] (tokens, sentences), name mentions,
//! entities, then the statements, relations and events read around them.

use super::doc::Doc;
use super::entities;
use super::gazetteer::Gazetteer;
use super::relations::find_relations;
use super::statements::find_statements;
use super::tagger::Tagger;
use crate::contract::Extraction;
use crate::text::Document;

/// Extracts a document with the committed gazetteers and tagger.
pub fn extract(document: Document) -> Extraction {
    let (gazetteer, tagger) = (Gazetteer::get(), Tagger::get());
    let doc = Doc::new(&document);
    let mentions = entities::find_mentions(gazetteer, tagger, &doc);
    let mentions = entities::repeat_known_names(&doc, mentions);
    let resolved = entities::resolve(gazetteer, &doc, mentions);
    let statements = find_statements(gazetteer, &doc, &resolved);
    let (relations, events) = find_relations(gazetteer, &doc, &resolved);
    drop(doc);
    Extraction { document, entities: resolved.entities, statements, relations, events }
}
