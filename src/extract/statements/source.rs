//! Where the text names a statement's source, as written: a name, a pronoun, or a phrase such as "the
//! deputy minister" or "The Russian side".

use std::ops::Range;

use super::annotated::Annotated;
use crate::extract::lexicon::{
    BE_FORMS, FIRST_PERSON_PRONOUNS, HAVE_FORMS, SOURCE_DETERMINERS, SOURCE_PHRASE_ENDS, SUBJECT_PRONOUNS, is_one_of,
};
use crate::text::TokenKind;

/// The longest phrase taken for a source that is not a name.
const MAX_PHRASE_WORDS: usize = 6;

pub(super) fn is_pronoun(word: &str) -> bool {
    is_one_of(word, &SUBJECT_PRONOUNS)
}

pub(super) fn is_determiner(word: &str) -> bool {
    is_one_of(word, &SOURCE_DETERMINERS)
}

/// Words between a source and its cue that belong to neither: "Peskov *also* noted", "has *repeatedly* denied".
/// Matched with their case.
fn is_filler(word: &str) -> bool {
    let adverb = matches!(
        word,
        "also"
            | "repeatedly"
            | "later"
            | "previously"
            | "then"
            | "again"
            | "further"
            | "recently"
            | "earlier"
            | "publicly"
            | "reportedly"
            | "once"
            | "first"
            | "subsequently"
            | "however"
    );
    adverb || HAVE_FORMS.contains(&word)
}

/// Words a noun phrase naming a source does not contain: they end the phrase. Matched with their case.
fn ends_phrase(word: &str) -> bool {
    SOURCE_PHRASE_ENDS.contains(&word) || BE_FORMS.contains(&word) || matches!(word, "not" | "no" | "also")
}

/// The source that ends right before a cue, looking back no further than `floor`.
pub(super) fn source_before(annotated: &Annotated, cue_start: usize, floor: usize) -> Option<Range<usize>> {
    let mut end = cue_start;
    while end > floor && is_filler(annotated.doc.words[end - 1]) {
        end -= 1;
    }
    let last = end.checked_sub(1).filter(|&last| last >= floor)?;
    if is_pronoun(annotated.doc.words[last]) {
        let first_person = annotated.doc.is_any(last, &FIRST_PERSON_PRONOUNS);
        return (!first_person).then_some(last..end);
    }
    if annotated.doc.is(last, ",") {
        return apposition(annotated, last, floor);
    }
    if annotated.doc.is(last, "who") {
        // "…to meet Jane Doe, who had told him …": the name the relative clause hangs on.
        let comma = last.checked_sub(1).filter(|&comma| comma > floor && annotated.doc.is(comma, ","))?;
        let name = annotated.resolved.mentions_before(comma).next().filter(|name| name.tokens.end == comma);
        return name.filter(|name| name.tokens.start >= floor).map(|name| name.tokens.clone());
    }
    if annotated.doc.is(last, "and") {
        return sentence_subject(annotated, last);
    }
    if let Some(mention) = annotated.resolved.mentions_before(end).next().filter(|mention| mention.tokens.end == end)
        && mention.tokens.start >= floor
    {
        // "ABC of Australia reported": the name before "of" is the head.
        let head = mention.tokens.start.checked_sub(1).filter(|&of| annotated.doc.is(of, "of")).and_then(|of| {
            annotated
                .resolved
                .mentions_before(of)
                .next()
                .filter(|head| head.tokens.end == of && head.tokens.start >= floor)
        });
        return Some(head.map_or(mention.tokens.start, |head| head.tokens.start)..end);
    }
    let mut start = end;
    while start > floor && end - start < MAX_PHRASE_WORDS && is_phrase_word(annotated, start - 1) {
        start -= 1;
        if is_determiner(annotated.doc.words[start]) {
            return (end - start > 1).then_some(start..end);
        }
    }
    // Without a determiner, only a phrase that fills the stretch before the cue (from the sentence start, a
    // comma or a quotation) reads as a subject: "Scientology officials said", "“…,” team member Noori said",
    // "On Monday, Price said".
    let opens_clause = start == floor || annotated.doc.is(start - 1, ",");
    (start < end && opens_clause).then_some(start..end)
}

/// The name beside an apposition that ends at the comma `closing`: "Jeff Rathke, the department's spokesman,
/// said" or "the prosecutor general of Tehran, Ali Mehr, said"; a person's name first, else the one before.
fn apposition(annotated: &Annotated, closing: usize, floor: usize) -> Option<Range<usize>> {
    let reach = closing.saturating_sub(3 * MAX_PHRASE_WORDS).max(floor);
    let opening = (reach..closing).rev().find(|&token| annotated.doc.is(token, ",") && !annotated.is_quoted(token))?;
    let inside = annotated
        .resolved
        .mentions_before(closing)
        .next()
        .filter(|m| m.tokens.end == closing && m.tokens.start > opening);
    let before = annotated.resolved.mentions_before(opening).next().filter(|mention| mention.tokens.end == opening);
    let person = [before, inside].into_iter().flatten().find(|mention| annotated.resolved.is_person(mention));
    person.or(before).or(inside).map(|mention| mention.tokens.clone())
}

/// "Clay called it “a retrograde step” and said …": the person named first in the sentence speaks.
pub(super) fn sentence_subject(annotated: &Annotated, and: usize) -> Option<Range<usize>> {
    let start = annotated.doc.sentence_of(and).start;
    let mention =
        annotated.resolved.mentions_within(&(start..and)).find(|mention| annotated.resolved.is_person(mention))?;
    Some(mention.tokens.clone())
}

/// The source that starts right after a cue ("said Myers", "according to the ministry"), up to `end`.
/// `to_clause_end` takes everything up to the next comma, as after "according to".
pub(super) fn source_after(
    annotated: &Annotated,
    start: usize,
    end: usize,
    to_clause_end: bool,
) -> Option<Range<usize>> {
    let mut stop = start;
    while stop < end && stop - start < 3 * MAX_PHRASE_WORDS {
        let word = annotated.doc.words[stop];
        let in_phrase = if to_clause_end {
            let ends_clause =
                annotated.is_quoted(stop) || (annotated.doc.kind(stop) == Some(TokenKind::Punct) && word != "&");
            !ends_clause
        } else {
            is_phrase_word(annotated, stop)
        };
        if !in_phrase {
            break;
        }
        stop += 1;
    }
    (stop > start).then(|| narrow_to_name(annotated, start..stop))
}

/// A word that may belong to a noun phrase naming a source.
fn is_phrase_word(annotated: &Annotated, token: usize) -> bool {
    matches!(annotated.doc.kind(token), Some(TokenKind::Word | TokenKind::Possessive))
        && !ends_phrase(annotated.doc.words[token])
}

/// "Wynnum coach Matt Myers" → "Matt Myers": the name that ends a phrase names the source.
pub(super) fn narrow_to_name(annotated: &Annotated, phrase: Range<usize>) -> Range<usize> {
    let last = annotated.resolved.mentions_within(&phrase).last();
    match last {
        Some(mention) if mention.tokens.end == phrase.end => mention.tokens.clone(),
        _ => phrase,
    }
}
