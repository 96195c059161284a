//! Quotations attributed to a speaker: by a cue next to them ("…," he said; she said: "…"), or, for a quoted
//! sentence without a cue of its own, by the attributed quotation beside it in the paragraph.

use super::annotated::Annotated;
use super::attribution::Attribution;
use super::cues::{CueForm, cue_at};
use super::quotes::Quote;
use super::source::{sentence_subject, source_after, source_before};
use crate::contract::EntityType;
use crate::contract::StatementKind;
use crate::extract::lexicon::CALLED_OBJECTS;
use crate::text::TokenKind;

/// How far from a quotation its cue may stand, in tokens: "“…,” Khaled Al-Maeena, editor at large at the
/// Gazette, said".
const CUE_REACH: usize = 16;
/// The most words between a cue and the quotation it introduces: "told *the press*, “…”", "tweeted *using
/// his @POTUS account*: “…”".
const MAX_OBJECT_TOKENS: usize = 6;
/// A quoted sentence without a cue counts as speech from this many words on; shorter ones are titles or
/// scare quotes.
const MIN_SENTENCE_WORDS: usize = 4;

/// The attribution of each quotation that has a cue of its own, in the order of `quotes`.
pub(super) fn attributed_quotes(annotated: &Annotated, quotes: &[Quote]) -> Vec<Option<Attribution>> {
    quotes
        .iter()
        .enumerate()
        .map(|(index, quote)| {
            let next_open = quotes.get(index + 1).map_or(annotated.doc.tokens.len(), |next| next.open);
            let previous_close = index.checked_sub(1).map(|previous| quotes[previous].close + 1);
            let (source, cue) = cue_after(annotated, quote, next_open)
                .or_else(|| cue_before(annotated, quote, previous_close))
                .map(|(source, cue)| (source, Some(cue)))
                .or_else(|| signed(annotated, quote).map(|name| (Some(name), None)))
                .or_else(|| called(annotated, quote).map(|(source, cue)| (source, Some(cue))))?;
            Some(Attribution { kind: StatementKind::Direct, content: quote.inner(), source, cue })
        })
        .collect()
}

type SourceAndCue = (Option<std::ops::Range<usize>>, std::ops::Range<usize>);

/// `“…,” he said` or `“…,” said the minister`.
fn cue_after(annotated: &Annotated, quote: &Quote, next_open: usize) -> Option<SourceAndCue> {
    let tokens = &annotated.doc.tokens;
    if tokens[quote.close].kind != TokenKind::CloseQuote {
        return None;
    }
    let mut start = quote.close + 1;
    while start < next_open && !tokens[start].newline_before && is_separator(annotated, start) {
        start += 1;
    }
    let separated = start > quote.close + 1
        || annotated.doc.is_final_mark(quote.close - 1)
        || annotated.doc.is(quote.close - 1, ",");
    if !separated && annotated.doc.word_count(&quote.inner()) < MIN_SENTENCE_WORDS {
        return None;
    }
    let mut end = start;
    while end < next_open.min(start + CUE_REACH) && !tokens[end].newline_before && !annotated.doc.is_final_mark(end) {
        end += 1;
    }
    let (cue, _) =
        (start..end).find_map(|token| cue_at(annotated, token).filter(|(_, form)| *form == CueForm::Finite))?;
    // A cue in the next sentence belongs to that sentence: “…weapons.” He added that …
    if annotated.doc.sentence_of(cue.start) != annotated.doc.sentence_of(quote.close) {
        return None;
    }
    if cue.start == start {
        let sentence_end = annotated.doc.sentence_of(cue.start).end;
        return Some((source_after(annotated, cue.end, sentence_end, false), cue));
    }
    let source = source_before(annotated, cue.start, start)?;
    Some((Some(source), cue))
}

/// `he said: “…”`, and the second half of `“…,” he said, “…”`.
fn cue_before(annotated: &Annotated, quote: &Quote, previous_close: Option<usize>) -> Option<SourceAndCue> {
    let mark = quote.open.checked_sub(1)?;
    let floor =
        previous_close.unwrap_or(0).max(annotated.doc.sentence_of(mark).start).max(mark.saturating_sub(CUE_REACH));
    let end = if annotated.doc.is(mark, ",") || annotated.doc.is(mark, ":") { mark } else { quote.open };
    // "…, writing in a blog post “…”": a participle introduces a quotation as well as a verb does.
    let (cue, form) = (floor..end).rev().find_map(|token| {
        cue_at(annotated, token).filter(|(_, form)| matches!(form, CueForm::Finite | CueForm::Participle))
    })?;
    // Without a comma or colon, only a participle's place or medium may stand before the quotation.
    let unmarked_object = form != CueForm::Participle
        || (cue.end..end)
            .any(|token| !matches!(annotated.doc.kind(token), Some(TokenKind::Word | TokenKind::Possessive)));
    if end.saturating_sub(cue.end) > MAX_OBJECT_TOKENS || (end == quote.open && cue.end != end && unmarked_object) {
        return None;
    }
    let source = source_before(annotated, cue.start, floor).or_else(|| source_after(annotated, cue.end, end, false));
    // The participle's subject is the sentence's: "Lee left the meeting, saying “…”".
    let source = match source {
        None if form == CueForm::Participle => sentence_subject(annotated, cue.start),
        found => found,
    };
    Some((source, cue))
}

/// `“…” – Jane Doe`: a quotation signed with a dash and the name that ends its line (or is followed by a
/// comma and where the name wrote), as epigraphs and pull quotes are.
fn signed(annotated: &Annotated, quote: &Quote) -> Option<std::ops::Range<usize>> {
    let dash = quote.close + 1;
    let tokens = &annotated.doc.tokens;
    if tokens[quote.close].kind != TokenKind::CloseQuote
        || annotated.doc.kind(dash) != Some(TokenKind::Dash)
        || tokens[dash].newline_before
    {
        return None;
    }
    let name = annotated
        .resolved
        .mentions_within(&(dash + 1..tokens.len()))
        .next()
        .filter(|name| name.tokens.start == dash + 1)?;
    let end = name.tokens.end;
    let ends_line = tokens.get(end).is_none_or(|next| next.newline_before || annotated.doc.is(end, ","));
    (ends_line && !tokens[dash + 1..end].iter().any(|token| token.newline_before)).then(|| name.tokens.clone())
}

/// `Clay called it “a retrograde step”`, `what the Gazette called “fury”`: a named speaker's own words for
/// something. A name must speak: "an award called “Bright Mind”" is a title.
fn called(annotated: &Annotated, quote: &Quote) -> Option<SourceAndCue> {
    let mut cue = quote.open.checked_sub(1)?;
    if annotated.doc.is_any(cue, &CALLED_OBJECTS) {
        cue = cue.checked_sub(1)?;
    }
    if !annotated.doc.is(cue, "called") && !annotated.doc.is(cue, "calls") {
        return None;
    }
    let source = source_before(annotated, cue, annotated.doc.sentence_of(cue).start)?;
    let named = annotated.resolved.mentions_within(&source).last().is_some_and(|name| {
        name.tokens.end == source.end && annotated.resolved.entities[name.entity].kind != EntityType::Place
    });
    named.then_some((Some(source), cue..cue + 1))
}

/// Commas and dashes between a quotation and its cue.
fn is_separator(annotated: &Annotated, token: usize) -> bool {
    annotated.doc.kind(token) == Some(TokenKind::Dash) || annotated.doc.is(token, ",")
}

/// The attributed quotations, plus each quoted sentence without a cue that the nearest attributed quotation
/// in its paragraph (or in the quotation it continues, or the one that ended the paragraph before) lends its
/// source, else the person last named in its paragraph. Quotations inside reported speech belong to that
/// speech.
pub(super) fn with_neighbours(
    annotated: &Annotated,
    quotes: &[Quote],
    quoted: &[Option<Attribution>],
    reported: &[Attribution],
) -> Vec<Attribution> {
    let mut attributions = Vec::with_capacity(quotes.len());
    for (index, quote) in quotes.iter().enumerate() {
        if reported.iter().any(|found| found.content.contains(&quote.open)) {
            continue;
        }
        if let Some(found) = &quoted[index] {
            attributions.push(found.clone());
            continue;
        }
        if !stands_as_sentence(annotated, quote) {
            continue;
        }
        let connected = |earlier: usize| {
            quotes[earlier].close == quotes[earlier + 1].open
                || annotated.doc.same_paragraph(quotes[earlier].open, quotes[earlier + 1].open)
        };
        let before =
            (0..index).rev().take_while(|&earlier| connected(earlier)).find_map(|earlier| quoted[earlier].as_ref());
        let after = || {
            (index + 1..quotes.len()).take_while(|&later| connected(later - 1)).find_map(|later| quoted[later].as_ref())
        };
        // A paragraph that is one quotation goes on from the quotation that ended the paragraph before.
        let previous_paragraph = || {
            let previous = index.checked_sub(1)?;
            let breaks = annotated.doc.tokens[quotes[previous].close + 1..=quote.open]
                .iter()
                .filter(|token| token.newline_before);
            let opens_paragraph = annotated.doc.tokens[quote.open].newline_before;
            (opens_paragraph && breaks.count() == 1).then(|| quoted[previous].as_ref()).flatten()
        };
        let (source, cue) = match before.or_else(after).or_else(previous_paragraph) {
            Some(neighbour) => (neighbour.source.clone(), neighbour.cue.clone()),
            // "…, leaving Ingram unimpressed. “One of them was questionable.”": without a cue, the person
            // last named in the paragraph speaks.
            None => match person_named_before(annotated, quote.open) {
                Some(name) => (Some(name), None),
                None => continue,
            },
        };
        attributions.push(Attribution { kind: StatementKind::Direct, content: quote.inner(), source, cue });
    }
    attributions
}

/// The last person named in the paragraph before a token.
fn person_named_before(annotated: &Annotated, token: usize) -> Option<std::ops::Range<usize>> {
    let mention = annotated.resolved.mentions_before(token).find(|mention| annotated.resolved.is_person(mention))?;
    annotated.doc.same_paragraph(mention.tokens.start, token).then(|| mention.tokens.clone())
}

/// A quotation that opens its sentence, or its paragraph, and holds a few words.
fn stands_as_sentence(annotated: &Annotated, quote: &Quote) -> bool {
    let opens =
        annotated.doc.sentence_of(quote.open).start == quote.open || annotated.doc.tokens[quote.open].newline_before;
    opens && annotated.doc.word_count(&quote.inner()) >= MIN_SENTENCE_WORDS
}
