//! Time adverbials that stand between a source, its cue and its content without belonging to any of them:
//! "The governor *on Friday* said", "said *Wednesday* the plan was dead", "*last week* told reporters".

use super::annotated::Annotated;
use crate::extract::written_dates::weekday;

/// Words that may open a time adverbial before its time noun: "*on* Friday", "*last* week".
const LEADS: [&str; 6] = ["on", "last", "this", "earlier", "late", "early"];
/// Time nouns that end an adverbial, besides the weekdays.
const TIME_NOUNS: [&str; 9] =
    ["yesterday", "today", "tonight", "week", "month", "year", "morning", "afternoon", "evening"];
/// Parts of a day after a weekday: "on Friday *night*".
const PARTS_OF_DAY: [&str; 4] = ["morning", "afternoon", "evening", "night"];
/// The most words a time adverbial takes: "on Friday night".
const MAX_WORDS: usize = 3;

/// The end of the time adverbial that starts at `start`, before `end`; `start` itself when there is none.
pub(super) fn time_after(annotated: &Annotated, start: usize, end: usize) -> usize {
    let is_any = |token: usize, words: &[&str]| token < end && words.iter().any(|word| annotated.doc.is(token, word));
    let mut token = start;
    if is_any(token, &LEADS) {
        token += 1;
    }
    let is_time_noun = token < end && (weekday(annotated.doc.words[token]).is_some() || is_any(token, &TIME_NOUNS));
    if !is_time_noun {
        return start;
    }
    token += 1;
    if is_any(token, &PARTS_OF_DAY) {
        token += 1;
    }
    token
}

/// The start of the time adverbial that ends right before `end`, not before `floor`; `end` when there is none.
pub(super) fn time_before(annotated: &Annotated, end: usize, floor: usize) -> usize {
    (end.saturating_sub(MAX_WORDS).max(floor)..end)
        .find(|&start| time_after(annotated, start, end) == end)
        .unwrap_or(end)
}
