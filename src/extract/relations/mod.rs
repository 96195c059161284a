//! Relations between a document's entities and the events it reports, read off the words around the
//! mentions that coreference resolved. Each rule favours precision: what the text does not state
//! plainly, or what would need an entity the document never names, gives nothing.

mod affiliation;
mod anchors;
mod containment;
mod events;
mod titles;

#[cfg(test)]
mod tests;

use std::collections::HashSet;

use crate::contract::{Event, Relation};
use crate::extract::doc::Doc;
use crate::extract::entities::Resolved;
use crate::extract::gazetteer::Gazetteer;
use anchors::Anchors;

/// The relations and events of one document; every id names one of `resolved.entities`.
pub(crate) fn find_relations(gazetteer: &Gazetteer, doc: &Doc, resolved: &Resolved) -> (Vec<Relation>, Vec<Event>) {
    let anchors = Anchors::new(gazetteer, doc, resolved);
    let mut relations = Vec::new();
    titles::find(&anchors, &mut relations);
    affiliation::find(&anchors, &mut relations);
    containment::find(&anchors, &mut relations);
    // A fact the text states twice is one relation, with the evidence of its first statement.
    let mut seen = HashSet::new();
    relations.retain(|relation| {
        seen.insert((relation.subject.clone(), relation.predicate, relation.object.clone(), relation.role.clone()))
    });
    (relations, events::find(&anchors))
}
