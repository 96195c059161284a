//! Checks that an extraction keeps the contract's promises that JSON Schema cannot express: spans read
//! what they claim, and every id refers to an entity of the same document.

use std::collections::{HashMap, HashSet};

use super::model::{EntityType, Extraction, Predicate, Span};
use crate::text::CodePoints;

/// A broken promise of the contract, located by a JSON path such as `entities[2].mentions[0]`.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ContractError {
    #[error("{path}: must not be empty")]
    Empty { path: String },
    #[error("{path}: span {start}..{end} does not lie within the text ({length} code points)")]
    SpanOutOfRange { path: String, start: usize, end: usize, length: usize },
    #[error("{path}: span {start}..{end} reads {actual:?}, not {claimed:?}")]
    SpanMismatch { path: String, start: usize, end: usize, actual: String, claimed: String },
    #[error("{path}: entity id {id:?} is used twice")]
    DuplicateEntity { path: String, id: String },
    #[error("{path}: statement id {id:?} is used twice")]
    DuplicateStatement { path: String, id: String },
    #[error("{path}: no entity has the id {id:?}")]
    UnknownEntity { path: String, id: String },
    #[error("{path}: event id {id:?} is used twice")]
    DuplicateEvent { path: String, id: String },
    #[error("{path}: an event takes place at a Place, not at a {kind:?}")]
    EventPlace { path: String, kind: EntityType },
    #[error("{path}: {predicate} cannot link a {subject:?} to a {object:?}")]
    RelationTypes { path: String, predicate: &'static str, subject: EntityType, object: EntityType },
}

impl Extraction {
    /// Checks spans and references; the first broken promise is returned.
    pub fn validate(&self) -> Result<(), ContractError> {
        let text = CodePoints::new(&self.document.text);
        non_empty("id", &self.document.id)?;
        let mut entity_types = HashMap::new();
        for (i, entity) in self.entities.iter().enumerate() {
            let path = format!("entities[{i}]");
            non_empty(&format!("{path}.id"), &entity.id)?;
            non_empty(&format!("{path}.name"), &entity.name)?;
            if entity_types.insert(entity.id.as_str(), entity.kind).is_some() {
                return Err(ContractError::DuplicateEntity { path, id: entity.id.clone() });
            }
            for (j, mention) in entity.mentions.iter().enumerate() {
                check_span(&text, &format!("{path}.mentions[{j}]"), mention)?;
            }
        }
        let known = |path: String, id: &str| {
            entity_types.get(id).copied().ok_or_else(|| ContractError::UnknownEntity { path, id: id.to_owned() })
        };
        let mut statement_ids = HashSet::new();
        for (i, statement) in self.statements.iter().enumerate() {
            let path = format!("statements[{i}]");
            non_empty(&format!("{path}.id"), &statement.id)?;
            if !statement_ids.insert(statement.id.as_str()) {
                return Err(ContractError::DuplicateStatement { path, id: statement.id.clone() });
            }
            if let Some(speaker) = &statement.speaker {
                known(format!("{path}.speaker"), speaker)?;
            }
            for (j, about) in statement.about.iter().enumerate() {
                known(format!("{path}.about[{j}]"), about)?;
            }
            check_span(&text, &format!("{path}.content"), &statement.content)?;
            if let Some(source) = &statement.source {
                check_span(&text, &format!("{path}.source"), source)?;
            }
            if let Some(cue) = &statement.cue {
                check_span(&text, &format!("{path}.cue"), cue)?;
            }
        }
        for (i, relation) in self.relations.iter().enumerate() {
            let path = format!("relations[{i}]");
            let subject = known(format!("{path}.subject"), &relation.subject)?;
            let object = known(format!("{path}.object"), &relation.object)?;
            check_relation_types(&path, relation.predicate, subject, object)?;
            if let Some(role) = &relation.role {
                non_empty(&format!("{path}.role"), role)?;
            }
            if let Some(evidence) = &relation.evidence {
                check_span(&text, &format!("{path}.evidence"), evidence)?;
            }
        }
        let mut event_ids = HashSet::new();
        for (i, event) in self.events.iter().enumerate() {
            let path = format!("events[{i}]");
            non_empty(&format!("{path}.id"), &event.id)?;
            non_empty(&format!("{path}.name"), &event.name)?;
            if !event_ids.insert(event.id.as_str()) {
                return Err(ContractError::DuplicateEvent { path, id: event.id.clone() });
            }
            for (j, participant) in event.participants.iter().enumerate() {
                known(format!("{path}.participants[{j}]"), participant)?;
            }
            if let Some(place) = &event.place {
                let kind = known(format!("{path}.place"), place)?;
                if kind != EntityType::Place {
                    return Err(ContractError::EventPlace { path: format!("{path}.place"), kind });
                }
            }
            check_span(&text, &format!("{path}.evidence"), &event.evidence)?;
        }
        Ok(())
    }
}

fn non_empty(path: &str, value: &str) -> Result<(), ContractError> {
    if value.trim().is_empty() { Err(ContractError::Empty { path: path.to_owned() }) } else { Ok(()) }
}

fn check_relation_types(
    path: &str,
    predicate: Predicate,
    subject: EntityType,
    object: EntityType,
) -> Result<(), ContractError> {
    if predicate.allows(subject, object) {
        Ok(())
    } else {
        Err(ContractError::RelationTypes { path: path.to_owned(), predicate: predicate.as_str(), subject, object })
    }
}

fn check_span(text: &CodePoints<'_>, path: &str, span: &Span) -> Result<(), ContractError> {
    let Span { start, end, .. } = *span;
    let actual = text.slice(start, end).ok_or_else(|| ContractError::SpanOutOfRange {
        path: path.to_owned(),
        start,
        end,
        length: text.len(),
    })?;
    if actual != span.text {
        return Err(ContractError::SpanMismatch {
            path: path.to_owned(),
            start,
            end,
            actual: actual.to_owned(),
            claimed: span.text.clone(),
        });
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn extraction(json: serde_json::Value) -> Extraction {
        serde_json::from_value(json).unwrap()
    }

    fn sample() -> serde_json::Value {
        serde_json::json!({
            "id": "d1", "source": null, "date": "2022-01-09",
            "text": "date 2022-01-09\n«Нет», said Ryabkov.",
            "entities": [{"id": "e1", "type": "Person", "name": "Ryabkov", "aliases": [],
                          "mentions": [{"start": 28, "end": 35, "text": "Ryabkov"}]}],
            "statements": [{"id": "s1", "kind": "direct", "speaker": "e1", "source": null,
                            "cue": {"start": 23, "end": 27, "text": "said"},
                            "content": {"start": 17, "end": 20, "text": "Нет"}, "about": [], "date": null}],
            "relations": []
        })
    }

    #[test]
    fn a_consistent_extraction_passes() {
        assert_eq!(extraction(sample()).validate(), Ok(()));
    }

    #[test]
    fn spans_must_read_what_they_claim() {
        let mut json = sample();
        json["entities"][0]["mentions"][0]["text"] = "Ryabkoff".into();
        let error = extraction(json).validate().unwrap_err();
        assert!(matches!(&error, ContractError::SpanMismatch { path, .. } if path == "entities[0].mentions[0]"));
        assert!(error.to_string().contains("reads \"Ryabkov\""), "{error}");
    }

    #[test]
    fn spans_must_lie_within_the_text() {
        let mut json = sample();
        json["statements"][0]["content"]["end"] = 99.into();
        assert!(matches!(extraction(json).validate(), Err(ContractError::SpanOutOfRange { .. })));
    }

    #[test]
    fn references_must_name_known_entities() {
        let mut json = sample();
        json["statements"][0]["about"] = serde_json::json!(["e9"]);
        let error = extraction(json).validate().unwrap_err();
        assert_eq!(error.to_string(), "statements[0].about[0]: no entity has the id \"e9\"");
    }

    #[test]
    fn relations_link_entities_of_the_types_their_predicate_allows() {
        let mut json = sample();
        json["entities"].as_array_mut().unwrap().push(serde_json::json!(
            {"id": "e2", "type": "Place", "name": "Nowhere", "aliases": [], "mentions": []}));
        json["relations"] =
            serde_json::json!([{"subject": "e1", "predicate": "worksFor", "object": "e2", "evidence": null}]);
        assert_eq!(extraction(json.clone()).validate(), Ok(()));
        json["relations"][0]["predicate"] = "locatedIn".into();
        let error = extraction(json).validate().unwrap_err();
        assert_eq!(error.to_string(), "relations[0]: locatedIn cannot link a Person to a Place");
    }

    #[test]
    fn events_name_known_entities_and_take_place_at_places() {
        let mut json = sample();
        json["events"] = serde_json::json!([{"id": "v1", "name": "Нет", "participants": ["e1"], "place": null,
                                             "date": "2022-01-09", "evidence": {"start": 17, "end": 20, "text": "Нет"}}]);
        assert_eq!(extraction(json.clone()).validate(), Ok(()));
        json["events"][0]["place"] = "e1".into();
        let error = extraction(json.clone()).validate().unwrap_err();
        assert_eq!(error.to_string(), "events[0].place: an event takes place at a Place, not at a Person");
        json["events"][0]["place"] = serde_json::Value::Null;
        json["events"][0]["participants"] = serde_json::json!(["e7"]);
        assert!(matches!(extraction(json.clone()).validate(), Err(ContractError::UnknownEntity { .. })));
        json["events"][0]["participants"] = serde_json::json!([]);
        json["events"][0]["evidence"]["text"] = "Да".into();
        assert!(matches!(extraction(json).validate(), Err(ContractError::SpanMismatch { .. })));
    }

    #[test]
    fn entity_ids_are_unique() {
        let mut json = sample();
        let twin = json["entities"][0].clone();
        json["entities"].as_array_mut().unwrap().push(twin);
        assert!(matches!(extraction(json).validate(), Err(ContractError::DuplicateEntity { .. })));
    }
}
