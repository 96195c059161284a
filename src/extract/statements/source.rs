//! Where the text names a statement's source, as written: a name, a pronoun, or a phrase such as "the
//! deputy minister" or "The Russian side".

use std::ops::Range;

use super::adverbial::time_before;
use super::annotated::Annotated;
use crate::contract::EntityType;
use crate::extract::lexicon::{
    BE_FORMS, FIRST_PERSON_PRONOUNS, HAVE_FORMS, RELATIVE_PRONOUNS, SOURCE_DETERMINERS, SOURCE_PHRASE_ENDS,
    SOURCE_PRONOUNS, is_one_of,
};
use crate::text::TokenKind;

/// The longest phrase taken for a source that is not a name.
const MAX_PHRASE_WORDS: usize = 6;

pub(super) fn is_pronoun(word: &str) -> bool {
    is_one_of(word, &SOURCE_PRONOUNS)
}

/// A pronoun for someone the article reports on. "I" and "we" outside quotation marks are an interview's
/// transcript, not the article's report.
fn is_third_person(annotated: &Annotated, token: usize) -> bool {
    is_pronoun(annotated.doc.words[token]) && !annotated.doc.is_any(token, &FIRST_PERSON_PRONOUNS)
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

/// The source that ends right before a cue, looking back no further than `floor`, past fillers and a time
/// adverbial ("The governor *on Friday* said").
pub(super) fn source_before(annotated: &Annotated, cue_start: usize, floor: usize) -> Option<Range<usize>> {
    let mut end = cue_start;
    while end > floor && is_filler(annotated.doc.words[end - 1]) {
        end -= 1;
    }
    end = time_before(annotated, end, floor);
    if end > floor && annotated.doc.is(end - 1, ")") {
        // "the National Crime Agency (NCA) said": the short form in brackets repeats the name before it.
        let open =
            (end.saturating_sub(MAX_PHRASE_WORDS).max(floor)..end).rev().find(|&token| annotated.doc.is(token, "("));
        end = open.unwrap_or(end);
    }
    while end > floor && is_filler(annotated.doc.words[end - 1]) {
        end -= 1;
    }
    let last = end.checked_sub(1).filter(|&last| last >= floor)?;
    if is_pronoun(annotated.doc.words[last]) {
        return is_third_person(annotated, last).then_some(last..end);
    }
    if annotated.doc.is(last, ",") {
        return apposition(annotated, last, floor);
    }
    if annotated.doc.is(last, "who") {
        // "…to meet Jane Doe, who had told him …", "drafted by Alex Greenwich who said": the name the relative
        // clause hangs on.
        let comma = if annotated.doc.is(last.checked_sub(1)?, ",") { last - 1 } else { last };
        let name = annotated.resolved.mentions_before(comma).next().filter(|name| name.tokens.end == comma);
        return name.filter(|name| name.tokens.start >= floor).map(|name| name.tokens.clone());
    }
    if annotated.doc.is(last, "and") || annotated.doc.is(last, "but") {
        // "…opposed the withdrawal and said", "did not mention casualties, but said": the clause's subject.
        let sentence = annotated.doc.sentence_of(last);
        return sentence_subject(annotated, last)
            .or_else(|| clause_subject(annotated, sentence.start.max(floor), last));
    }
    if let Some(mention) = annotated.resolved.mentions_before(end).next().filter(|mention| mention.tokens.end == end)
        && mention.tokens.start >= floor
    {
        // "ABC of Australia reported", "Jane Roe of the city council said": the name before "of" is the head.
        let head = complement_of(annotated, mention.tokens.start).and_then(|of| {
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
            // "Ruth Adebayo of the Eastport branch said": the name the phrase complements speaks.
            let of = start.checked_sub(1).filter(|&of| annotated.doc.is(of, "of"));
            let head =
                of.and_then(|of| annotated.resolved.mentions_before(of).next().filter(|head| head.tokens.end == of));
            if let Some(head) = head.filter(|head| head.tokens.start >= floor) {
                return Some(head.tokens.start..end);
            }
            return (end - start > 1).then_some(start..end);
        }
    }
    // Without a determiner, only a phrase that fills the stretch before the cue (from the sentence start, a
    // comma or a quotation) reads as a subject: "Scientology officials said", "“…,” team member Noori said",
    // "On Monday, Price said", "…, while tenants insisted".
    let opens_clause =
        start == floor || [",", "but", "while", "whereas"].iter().any(|word| annotated.doc.is(start - 1, word));
    (start < end && opens_clause).then_some(start..end)
}

/// The "of" before a name that is the complement of another: "of Australia", "of the city council".
pub(super) fn complement_of(annotated: &Annotated, name_start: usize) -> Option<usize> {
    let mut before = name_start.checked_sub(1)?;
    if annotated.doc.kind(before) == Some(TokenKind::Possessive) {
        // "of the UK's National Crime Agency": the name's possessor stands between it and "of".
        let possessor = annotated.resolved.mentions_before(before).next().filter(|owner| owner.tokens.end == before);
        before = possessor.map_or(before.checked_sub(1)?, |owner| owner.tokens.start).checked_sub(1)?;
    }
    let of = if is_determiner(annotated.doc.words[before]) { before.checked_sub(1)? } else { before };
    annotated.doc.is(of, "of").then_some(of)
}

/// The name beside an apposition that ends at the comma `closing`: "Jeff Rathke, the department's spokesman,
/// said" or "the prosecutor general of Tehran, Ali Mehr, said"; a person's name first, else the one before.
/// A relative clause there describes the phrase before it: "The institute, which runs two ships, said".
fn apposition(annotated: &Annotated, closing: usize, floor: usize) -> Option<Range<usize>> {
    let opening = opening_comma(annotated, closing, floor)?;
    if opens_relative_clause(annotated, opening) {
        return source_before(annotated, opening, floor);
    }
    let inside = annotated
        .resolved
        .mentions_before(closing)
        .next()
        .filter(|m| m.tokens.end == closing && m.tokens.start > opening);
    let before = annotated.resolved.mentions_before(opening).next().filter(|mention| mention.tokens.end == opening);
    let person = [before, inside].into_iter().flatten().find(|mention| annotated.resolved.is_person(mention));
    person.or(before).or(inside).map(|mention| mention.tokens.clone())
}

/// The comma that opens the aside closed by the comma `closing`.
fn opening_comma(annotated: &Annotated, closing: usize, floor: usize) -> Option<usize> {
    let reach = closing.saturating_sub(3 * MAX_PHRASE_WORDS).max(floor);
    (reach..closing).rev().find(|&token| annotated.doc.is(token, ",") && !annotated.is_quoted(token))
}

fn opens_relative_clause(annotated: &Annotated, comma: usize) -> bool {
    RELATIVE_PRONOUNS.iter().any(|pronoun| annotated.doc.is(comma + 1, pronoun))
}

/// Whether the comma `closing` ends a relative clause set in commas: "The companies, which employ 4,000
/// people, said" has its source before the clause, not an inverted one after the cue.
pub(super) fn closes_relative_clause(annotated: &Annotated, closing: usize, floor: usize) -> bool {
    opening_comma(annotated, closing, floor).is_some_and(|opening| opens_relative_clause(annotated, opening))
}

/// "Clay called it “a retrograde step” and said …": the person named first in the sentence speaks, or the
/// pronoun that opens it ("He then approached a director and said").
pub(super) fn sentence_subject(annotated: &Annotated, and: usize) -> Option<Range<usize>> {
    let start = annotated.doc.sentence_of(and).start;
    if is_third_person(annotated, start) {
        return Some(start..start + 1);
    }
    let mention =
        annotated.resolved.mentions_within(&(start..and)).find(|mention| annotated.resolved.is_person(mention))?;
    Some(mention.tokens.clone())
}

/// The subject that opens a clause, for a participle after it ("The union endorsed her on Monday, saying …"):
/// a pronoun that opens it, else its first name of a person or organisation that is no complement ("the
/// mayor *of* Eastport"), within the first words.
pub(super) fn clause_subject(annotated: &Annotated, start: usize, end: usize) -> Option<Range<usize>> {
    if start < end && is_third_person(annotated, start) {
        return Some(start..start + 1);
    }
    let first = annotated.resolved.mentions_within(&(start..end)).find(|mention| {
        annotated.resolved.entities[mention.entity].kind != EntityType::Place
            && complement_of(annotated, mention.tokens.start).is_none()
    })?;
    (first.tokens.start < start + MAX_PHRASE_WORDS).then(|| first.tokens.clone())
}

/// "with officials saying …": the phrase between "with" and a participle is its source.
pub(super) fn absolute_subject(annotated: &Annotated, cue_start: usize, floor: usize) -> Option<Range<usize>> {
    let mut start = cue_start;
    while start > floor && cue_start - start < MAX_PHRASE_WORDS && is_phrase_word(annotated, start - 1) {
        start -= 1;
    }
    let with = start.checked_sub(1).filter(|&with| with >= floor && annotated.doc.is(with, "with"));
    (start < cue_start && with.is_some()).then(|| narrow_to_name(annotated, start..cue_start))
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
    if !to_clause_end && annotated.doc.is(stop, ",") {
        // "said the company's chief executive, Jane Roe", "said Eastport College, the school's dean, Jane
        // Roe": the person in apposition is the source, after at most one more phrase set off by a comma.
        let apposed = annotated
            .resolved
            .mentions_within(&(stop + 1..end))
            .find(|name| annotated.resolved.is_person(name))
            .filter(|name| {
                let ends = name.tokens.end == end
                    || annotated.doc.is(name.tokens.end, ",")
                    || annotated.doc.is_final_mark(name.tokens.end);
                let after_phrase = name.tokens.start == stop + 1
                    || (annotated.doc.is(name.tokens.start - 1, ",")
                        && name.tokens.start - stop <= MAX_PHRASE_WORDS + 2
                        && (stop + 1..name.tokens.start - 1).all(|token| is_phrase_word(annotated, token)));
                ends && after_phrase
            });
        if let Some(name) = apposed {
            return Some(name.tokens.clone());
        }
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
