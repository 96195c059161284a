//! Relations between a document's entities and the events it reports, read off the words around the
//! mentions that coreference resolved. Each rule favours precision: what the text does not state
//! plainly, or what would need an entity the document never names, gives nothing.

mod affiliation;
mod containment;
mod context;
mod events;
mod titles;

#[cfg(test)]
mod tests;

use std::collections::HashSet;
use std::ops::Range;

use super::coreference::Resolved;
use super::document::DocumentTokens;
use super::gazetteer::Gazetteer;
use super::{Event, Relation};
use crate::text::IsoDate;
use context::Context;

/// The relations and events of one document; every id names one of `resolved.entities`.
pub(crate) fn find_relations(
    gazetteer: &Gazetteer,
    document: &DocumentTokens,
    sentences: &[Range<usize>],
    resolved: &Resolved,
    published: Option<IsoDate>,
) -> (Vec<Relation>, Vec<Event>) {
    let context = Context::new(gazetteer, document, resolved);
    let mut relations = Vec::new();
    titles::find(&context, &mut relations);
    affiliation::find(&context, &mut relations);
    containment::find(&context, &mut relations);
    // A fact the text states twice is one relation, with the evidence of its first statement.
    let mut seen = HashSet::new();
    relations.retain(|relation| {
        seen.insert((relation.subject.clone(), relation.predicate, relation.object.clone(), relation.role.clone()))
    });
    (relations, events::find(&context, sentences, published))
}
