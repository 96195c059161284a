//! Whom a verb of telling addresses: "told *the court* she was forced", "told *reporters* that", "telling
//! *Wikinews* the company…". The listener heard the statement; it is not part of what was said.

use std::ops::Range;

use super::annotated::Annotated;
use super::source::{is_determiner, is_pronoun};
use crate::extract::lexicon::NOT_IN_LISTENER;
use crate::text::TokenKind;

/// The verbs whose object is the listener.
const TELLING: [&str; 4] = ["told", "tells", "tell", "telling"];
/// Listeners that are one word: "told *them* the harbour would close".
const LISTENER_WORDS: [&str; 9] = ["him", "her", "them", "us", "me", "you", "reporters", "journalists", "media"];
/// The most words of a listener that is not a name: "told *the local radio station*".
const MAX_LISTENER_WORDS: usize = 4;

/// Whether the cue word at `token` is a verb of telling.
pub(super) fn is_telling(annotated: &Annotated, token: usize) -> bool {
    TELLING.iter().any(|verb| annotated.doc.is(token, verb))
}

/// The listener right after a verb of telling that ends at `after_cue`, before `end`: a name, a listener word,
/// or a short noun phrase followed by the clause it heard.
pub(super) fn listener_after(annotated: &Annotated, after_cue: usize, end: usize) -> Option<Range<usize>> {
    if after_cue == 0 || !is_telling(annotated, after_cue - 1) || after_cue >= end {
        return None;
    }
    let start = after_cue;
    if let Some(name) =
        annotated.resolved.mentions_within(&(start..end)).next().filter(|name| name.tokens.start == start)
    {
        return Some(name.tokens.clone());
    }
    if LISTENER_WORDS.iter().any(|word| annotated.doc.is(start, word)) {
        return Some(start..start + 1);
    }
    // "told the court she was forced", "told a news conference the damage would…": a noun phrase, then the
    // subject of the clause heard.
    let first_noun = if is_determiner(annotated.doc.words[start]) { start + 1 } else { start };
    // "told the BBC after the verdict": a name after the determiner.
    if let Some(name) =
        annotated.resolved.mentions_within(&(first_noun..end)).next().filter(|name| name.tokens.start == first_noun)
    {
        return Some(start..name.tokens.end);
    }
    let mut stop = first_noun;
    while stop < end && stop - start < MAX_LISTENER_WORDS && is_listener_word(annotated, stop) {
        stop += 1;
    }
    let closed = stop == end || annotated.doc.is_final_mark(stop) || opens_clause(annotated, stop);
    (stop > first_noun && closed).then_some(start..stop)
}

/// Whom a statement's cue addresses, outside its content: "told *the court* she was forced", "“…,” he told
/// *reporters*."
pub(super) fn addressee(annotated: &Annotated, cue: &Range<usize>, content: &Range<usize>) -> Option<Range<usize>> {
    let sentence = annotated.doc.sentence_of(cue.start);
    let listener = listener_after(annotated, cue.end, sentence.end)?;
    (listener.end <= content.start || listener.start >= content.end).then_some(listener)
}

/// A lowercase word that may belong to the listener's noun phrase.
fn is_listener_word(annotated: &Annotated, token: usize) -> bool {
    let word = annotated.doc.words[token];
    annotated.doc.kind(token) == Some(TokenKind::Word)
        && word.starts_with(char::is_lowercase)
        && !is_determiner(word)
        && !is_pronoun(word)
        && !NOT_IN_LISTENER.contains(&word)
}

/// A word that starts the clause after a listener: its subject ("she", "the damage", "400 members", a name),
/// "that", or a quotation.
fn opens_clause(annotated: &Annotated, token: usize) -> bool {
    let word = annotated.doc.words[token];
    annotated.doc.kind(token) == Some(TokenKind::OpenQuote)
        || is_pronoun(word)
        || is_determiner(word)
        || word == "that"
        || annotated.doc.kind(token) == Some(TokenKind::Number)
        || word.starts_with(char::is_uppercase)
}
