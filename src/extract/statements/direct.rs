//! Quotations attributed to a speaker: by a cue next to them ("…," he said; she said: "…"), or, for a quoted
//! sentence without a cue of its own, by the attributed quotation beside it in the paragraph.

use std::ops::Range;

use super::annotated::Annotated;
use super::attribution::Attribution;
use super::cues::{CueForm, cue_at};
use super::quotes::Quote;
use super::source::{clause_subject, sentence_subject, source_after, source_before};
use crate::contract::EntityType;
use crate::contract::StatementKind;
use crate::extract::lexicon::{CONTRASTS, PLACE_OR_MEDIUM};
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
                .or_else(|| called(annotated, quote).map(|(source, cue)| (source, Some(cue))))
                .or_else(|| introduced(annotated, quote).map(|source| (Some(source), None)))?;
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
    // "“…,” while Trump noted …": a conjunction opens a clause of its own, with its own statement.
    if annotated.doc.is_any(start, &CONTRASTS) || annotated.doc.is(start, "and") {
        return None;
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
    // Without a comma or colon, only a participle's place or medium may stand before the quotation ("writing
    // in a blog post “…”"); "saying there was “…”" reports a clause that holds it.
    let unmarked_object = form != CueForm::Participle
        || !annotated.doc.is_any(cue.end, &PLACE_OR_MEDIUM)
        || (cue.end..end)
            .any(|token| !matches!(annotated.doc.kind(token), Some(TokenKind::Word | TokenKind::Possessive)));
    if end.saturating_sub(cue.end) > MAX_OBJECT_TOKENS || (end == quote.open && cue.end != end && unmarked_object) {
        return None;
    }
    // The participle's subject is its clause's: "Lee left the meeting, saying “…”".
    let source = source_before(annotated, cue.start, floor).or_else(|| match form {
        CueForm::Participle => clause_subject(annotated, annotated.doc.sentence_of(cue.start).start, cue.start)
            .or_else(|| sentence_subject(annotated, cue.start)),
        _ => source_after(annotated, cue.end, end, false),
    });
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

/// `Clay called it “a retrograde step”`, `Corbyn called the move a “smash and grab”`, `what the Gazette
/// called “fury”`: a named speaker's own words for something. A name must speak: "an award called “Bright Mind”" is a title.
fn called(annotated: &Annotated, quote: &Quote) -> Option<SourceAndCue> {
    // What is called may be a short noun phrase: "called the move a “smash and grab”".
    let floor = quote.open.saturating_sub(MAX_OBJECT_TOKENS + 1);
    let cue = (floor..quote.open)
        .rev()
        .take_while(|&token| matches!(annotated.doc.kind(token), Some(TokenKind::Word | TokenKind::Possessive)))
        .find(|&token| annotated.doc.is(token, "called") || annotated.doc.is(token, "calls"))?;
    let source = source_before(annotated, cue, annotated.doc.sentence_of(cue).start)?;
    let named = annotated.resolved.mentions_within(&source).last().is_some_and(|name| {
        name.tokens.end == source.end && annotated.resolved.entities[name.entity].kind != EntityType::Place
    });
    named.then_some((Some(source), cue..cue + 1))
}

/// `Chakrapani proposed: “…”`, `Quant described her to the BBC in 2002: “…”`: a quoted sentence that a
/// colon introduces is the words of the clause's subject, whatever its verb.
fn introduced(annotated: &Annotated, quote: &Quote) -> Option<std::ops::Range<usize>> {
    let colon =
        quote.open.checked_sub(1).filter(|&colon| annotated.doc.is(colon, ":") && !annotated.is_quoted(colon))?;
    if annotated.doc.word_count(&quote.inner()) < MIN_SENTENCE_WORDS {
        return None;
    }
    let sentence = annotated.doc.sentence_of(colon);
    (sentence.start < colon).then(|| clause_subject(annotated, sentence.start, colon)).flatten()
}

/// Commas and dashes between a quotation and its cue.
fn is_separator(annotated: &Annotated, token: usize) -> bool {
    annotated.doc.kind(token) == Some(TokenKind::Dash) || annotated.doc.is(token, ",")
}

/// The attributed quotations, plus each quoted sentence without a cue that the nearest attributed quotation
/// in its paragraph (or in the quotation it continues, or the one that ended the paragraph before) lends its
/// source, else the person last named in its paragraph. Quotations inside reported speech belong to that
/// speech. Every lookup is prepared in one pass, so that a paragraph of many quotations costs no more
/// than many short ones.
pub(super) fn with_neighbours(
    annotated: &Annotated,
    quotes: &[Quote],
    quoted: &[Option<Attribution>],
    reported: &[Attribution],
) -> Vec<Attribution> {
    let inside_reported = Coverage::new(reported.iter().map(|found| found.content.clone()));
    // Whether each quotation goes on from the one before: it continues it, or stands in its paragraph.
    let connected: Vec<bool> = (0..quotes.len())
        .map(|index| {
            index.checked_sub(1).is_some_and(|earlier| {
                quotes[earlier].close == quotes[index].open
                    || annotated.doc.same_paragraph(quotes[earlier].open, quotes[index].open)
            })
        })
        .collect();
    // The nearest attributed quotation before and after each one, through connected quotations only.
    let mut before: Vec<Option<usize>> = vec![None; quotes.len()];
    for index in 1..quotes.len() {
        if connected[index] {
            before[index] = if quoted[index - 1].is_some() { Some(index - 1) } else { before[index - 1] };
        }
    }
    let mut after: Vec<Option<usize>> = vec![None; quotes.len()];
    for index in (0..quotes.len().saturating_sub(1)).rev() {
        if connected[index + 1] {
            after[index] = if quoted[index + 1].is_some() { Some(index + 1) } else { after[index + 1] };
        }
    }
    let people: Vec<&Range<usize>> = annotated
        .resolved
        .mentions
        .iter()
        .filter(|mention| annotated.resolved.is_person(mention))
        .map(|mention| &mention.tokens)
        .collect();
    let mut attributions = Vec::with_capacity(quotes.len());
    for (index, quote) in quotes.iter().enumerate() {
        if inside_reported.covers(quote.open) {
            continue;
        }
        if let Some(found) = &quoted[index] {
            attributions.push(found.clone());
            continue;
        }
        if !stands_as_sentence(annotated, quote) {
            continue;
        }
        // A paragraph that is one quotation goes on from the quotation that ended the paragraph before.
        let previous_paragraph = || {
            let previous = index.checked_sub(1)?;
            let breaks = annotated.doc.tokens[quotes[previous].close + 1..=quote.open]
                .iter()
                .filter(|token| token.newline_before);
            let opens_paragraph = annotated.doc.tokens[quote.open].newline_before;
            (opens_paragraph && breaks.count() == 1).then(|| quoted[previous].as_ref()).flatten()
        };
        let neighbour = before[index].or(after[index]).and_then(|neighbour| quoted[neighbour].as_ref());
        let (source, cue) = match neighbour.or_else(previous_paragraph) {
            Some(neighbour) => (neighbour.source.clone(), neighbour.cue.clone()),
            // "…, leaving Ingram unimpressed. “One of them was questionable.”": without a cue, the person
            // last named in the paragraph speaks.
            None => match person_named_before(annotated, &people, quote.open) {
                Some(name) => (Some(name), None),
                None => continue,
            },
        };
        attributions.push(Attribution { kind: StatementKind::Direct, content: quote.inner(), source, cue });
    }
    attributions
}

/// The last person named in the paragraph before a token; `people` are the mentions of persons, in order.
fn person_named_before(annotated: &Annotated, people: &[&Range<usize>], token: usize) -> Option<Range<usize>> {
    let last = people.partition_point(|mention| mention.start < token).checked_sub(1)?;
    let mention = people[last];
    annotated.doc.same_paragraph(mention.start, token).then(|| mention.clone())
}

/// Token ranges that may overlap, asked whether any of them holds a token.
struct Coverage {
    /// The ranges by start, each with the furthest end of it and every range before it.
    starts: Vec<usize>,
    furthest_ends: Vec<usize>,
}

impl Coverage {
    fn new(ranges: impl Iterator<Item = Range<usize>>) -> Self {
        let mut ranges: Vec<Range<usize>> = ranges.filter(|range| !range.is_empty()).collect();
        ranges.sort_unstable_by_key(|range| range.start);
        let mut furthest = 0;
        let furthest_ends = ranges.iter().map(|range| {
            furthest = furthest.max(range.end);
            furthest
        });
        let furthest_ends = furthest_ends.collect();
        Self { starts: ranges.iter().map(|range| range.start).collect(), furthest_ends }
    }

    fn covers(&self, token: usize) -> bool {
        let started = self.starts.partition_point(|&start| start <= token);
        started.checked_sub(1).is_some_and(|last| self.furthest_ends[last] > token)
    }
}

/// A quotation that opens its sentence, or its paragraph, and holds a few words.
fn stands_as_sentence(annotated: &Annotated, quote: &Quote) -> bool {
    let opens =
        annotated.doc.sentence_of(quote.open).start == quote.open || annotated.doc.tokens[quote.open].newline_before;
    opens && annotated.doc.word_count(&quote.inner()) >= MIN_SENTENCE_WORDS
}
