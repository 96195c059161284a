//! Checks that an extraction keeps the contract's promises that JSON Schema cannot express: spans read
//! what they claim, and every id refers to an entity of the same document.

use std::collections::HashSet;

use super::model::{Extraction, Span};
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
}

impl Extraction {
    /// Checks spans and references; the first broken promise is returned.
    pub fn validate(&self) -> Result<(), ContractError> {
        let text = CodePoints::new(&self.text);
        non_empty("id", &self.id)?;
        let mut entity_ids = HashSet::new();
        for (i, entity) in self.entities.iter().enumerate() {
            let path = format!("entities[{i}]");
            non_empty(&format!("{path}.id"), &entity.id)?;
            non_empty(&format!("{path}.name"), &entity.name)?;
            if !entity_ids.insert(entity.id.as_str()) {
                return Err(ContractError::DuplicateEntity { path, id: entity.id.clone() });
            }
            for (j, mention) in entity.mentions.iter().enumerate() {
                check_span(&text, &format!("{path}.mentions[{j}]"), mention)?;
            }
        }
        let known = |path: String, id: &str| match entity_ids.contains(id) {
            true => Ok(()),
            false => Err(ContractError::UnknownEntity { path, id: id.to_owned() }),
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
            known(format!("{path}.subject"), &relation.subject)?;
            known(format!("{path}.object"), &relation.object)?;
            if let Some(role) = &relation.role {
                non_empty(&format!("{path}.role"), role)?;
            }
            if let Some(evidence) = &relation.evidence {
                check_span(&text, &format!("{path}.evidence"), evidence)?;
            }
        }
        Ok(())
    }
}

fn non_empty(path: &str, value: &str) -> Result<(), ContractError> {
    match value.trim().is_empty() {
        true => Err(ContractError::Empty { path: path.to_owned() }),
        false => Ok(()),
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
    fn entity_ids_are_unique() {
        let mut json = sample();
        let twin = json["entities"][0].clone();
        json["entities"].as_array_mut().unwrap().push(twin);
        assert!(matches!(extraction(json).validate(), Err(ContractError::DuplicateEntity { .. })));
    }
}
