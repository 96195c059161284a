//! Place within place from the gazetteer: Geneva lies in Switzerland. Only between places the document
//! names, so the graph gains no place the article does not mention. The evidence is the first mention
//! of the contained place, since the text itself does not state the containment.

use super::context::Context;
use crate::extract::{EntityType, Predicate, Relation};

pub(super) fn find(context: &Context, relations: &mut Vec<Relation>) {
    for (index, entity) in context.entities.iter().enumerate() {
        if entity.kind != EntityType::Place {
            continue;
        }
        let Some(place) = context.gazetteer.place(&entity.name) else { continue };
        let Some(country) = context.gazetteer.country_of(place).filter(|country| country.name != place.name) else {
            continue;
        };
        let Some(container) = context.place_entity(country) else { continue };
        let Some(first) = context.mentions.iter().find(|mention| mention.entity == index) else { continue };
        relations.extend(context.relation(index, Predicate::LocatedIn, container, None, &first.tokens));
    }
}
