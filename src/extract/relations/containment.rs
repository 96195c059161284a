//! Place within place from the gazetteer: Geneva lies in Switzerland. Only between places the document
//! names, so the graph gains no place the article does not mention. The evidence is the first mention
//! of the contained place, since the text itself does not state the containment.

use super::anchors::Anchors;
use crate::contract::{EntityType, Predicate, Relation};

pub(super) fn find(anchors: &Anchors, relations: &mut Vec<Relation>) {
    for (index, entity) in anchors.resolved.entities.iter().enumerate() {
        if entity.kind != EntityType::Place {
            continue;
        }
        let Some(place) = anchors.gazetteer.place(&entity.name) else { continue };
        let Some(country) = anchors.gazetteer.country_of(place).filter(|country| country.name != place.name) else {
            continue;
        };
        let Some(container) = anchors.place_entity(country) else { continue };
        let Some(first) = anchors.resolved.mentions.iter().find(|mention| mention.entity == index) else { continue };
        relations.extend(anchors.relation(index, Predicate::LocatedIn, container, None, &first.tokens));
    }
}
