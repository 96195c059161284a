//! Organisations told by the words around a name, whatever the tagger typed it: a company's shares
//! ("shares of X", "X's shares"), a body that owns things ("X said its …"), a statement a place cannot
//! make ("X said in a statement"), and teams in a result ("X beat Y 2-1"). Countries keep their type:
//! the gold counts a country as a place even when it acts.

use std::ops::Range;

use super::mention::Mention;
use crate::contract::EntityType;
use crate::extract::doc::Doc;
use crate::extract::gazetteer::PlaceKind;

/// Words before a name that make it something one can own part of.
const OWNED_BEFORE: [[&str; 2]; 5] =
    [["shares", "of"], ["shares", "in"], ["stake", "in"], ["stock", "of"], ["shareholders", "of"]];

/// What one holds of a company, after "X's".
const OWNED_AFTER_POSSESSIVE: [&str; 4] = ["shares", "stock", "shareholders", "stake"];

/// Verbs of a sports result between two teams.
const RESULT_VERBS: [&str; 6] = ["beat", "beats", "defeated", "defeats", "edged", "thrashed"];

/// Retypes the document's mentions by the organisation patterns around them.
pub(super) fn type_organizations_by_context(doc: &Doc, mentions: &mut [Mention]) {
    for mention in mentions.iter_mut() {
        if mention.kind == EntityType::Organization
            || mention.place.is_some_and(|place| place.kind == PlaceKind::Country)
        {
            continue;
        }
        let Range { start, end } = mention.tokens;
        let owned = OWNED_BEFORE
            .iter()
            .any(|[first, second]| start >= 2 && doc.is(start - 2, first) && doc.is(start - 1, second))
            || (doc.is_possessive(end) && doc.is_any(end + 1, &OWNED_AFTER_POSSESSIVE));
        // "X said its profit rose": a person is never "its"; a lone word typed a person may be a company.
        let may_own = mention.kind == EntityType::Place || end - start == 1;
        let owns = may_own && is_lowercase_word(doc, end) && doc.is(end + 1, "its");
        // "X said in a statement": said of places the tagger did not find in the gazetteer.
        let states = mention.kind == EntityType::Place
            && mention.place.is_none()
            && ["said", "in", "a", "statement"].iter().enumerate().all(|(offset, word)| doc.is(end + offset, word));
        if owned || owns || states || in_result(doc, &mention.tokens) {
            mention.kind = EntityType::Organization;
            mention.place = None;
            mention.typed_by_context = true;
        }
    }
}

fn is_lowercase_word(doc: &Doc, token: usize) -> bool {
    doc.word(token).is_some_and(|word| word.chars().all(char::is_lowercase))
}

/// Whether a name stands in a sports result: after a result verb and before a score ("… beat X
/// 2-1"), or before a result verb, a name of up to three capitalised words and a score ("X beat Y 2-1").
fn in_result(doc: &Doc, tokens: &Range<usize>) -> bool {
    const LONGEST_OPPONENT: usize = 3;
    if tokens.start > 0 && doc.is_any(tokens.start - 1, &RESULT_VERBS) && is_score(doc, tokens.end) {
        return true;
    }
    if !doc.is_any(tokens.end, &RESULT_VERBS) {
        return false;
    }
    let opponent = tokens.end + 1;
    let capitalised = (opponent..opponent + LONGEST_OPPONENT)
        .take_while(|&token| doc.word(token).is_some_and(|word| word.starts_with(char::is_uppercase)))
        .count();
    capitalised > 0 && is_score(doc, opponent + capitalised)
}

/// A score at `token`: "2-1", "2–1", or "2", a dash and "1" as three tokens.
fn is_score(doc: &Doc, token: usize) -> bool {
    let is_number = |word: &str| !word.is_empty() && word.chars().all(|c| c.is_ascii_digit());
    let Some(word) = doc.word(token) else { return false };
    if let Some((home, away)) = word.split_once(['-', '–']) {
        return is_number(home) && is_number(away);
    }
    is_number(word)
        && doc.word(token + 1).is_some_and(|dash| ["-", "–", "—"].contains(&dash))
        && doc.word(token + 2).is_some_and(is_number)
}

#[cfg(test)]
mod tests {
    use crate::contract::EntityType;
    use crate::extract::extract;
    use crate::text::Document;

    /// The type of the entity named `name` in an invented article.
    fn type_of(text: &str, name: &str) -> Option<EntityType> {
        let document = Document { id: "t".into(), source: None, date: None, text: text.into() };
        extract(document).entities.into_iter().find(|entity| entity.name == name).map(|entity| entity.kind)
    }

    #[test]
    fn owned_shares_make_an_organisation() {
        let text = "Investors sold shares of Quillmont after the report. Quillmont's shares fell by a third.";
        assert_eq!(type_of(text, "Quillmont"), Some(EntityType::Organization));
    }

    #[test]
    fn what_owns_something_is_an_organisation() {
        let text = "Halvorsen said its profit rose sharply in the third quarter.";
        assert_eq!(type_of(text, "Halvorsen"), Some(EntityType::Organization));
    }

    #[test]
    fn teams_in_a_result_are_organisations() {
        let text = "Brandt defeated Morrison 3-1 in Leeds on Saturday. Castellano lost 2 – 0 at home.";
        assert_eq!(type_of(text, "Brandt"), Some(EntityType::Organization));
        assert_eq!(type_of(text, "Morrison"), Some(EntityType::Organization));
    }

    #[test]
    fn countries_stay_places_and_people_stay_people() {
        let text = "France said its troops would stay. Maria Lindqvist said its future was bright.";
        assert_eq!(type_of(text, "France"), Some(EntityType::Place));
        assert_eq!(type_of(text, "Maria Lindqvist"), Some(EntityType::Person));
    }
}
