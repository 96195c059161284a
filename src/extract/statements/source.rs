//! Where the text names a statement's source, as written: a name, a pronoun, or a phrase such as "the
//! deputy minister" or "The Russian side".

use std::ops::Range;

use super::article::Article;
use crate::text::TokenKind;

/// The longest phrase taken for a source that is not a name.
const MAX_PHRASE_WORDS: usize = 6;

const PRONOUNS: [&str; 6] = ["he", "she", "they", "it", "we", "i"];
const DETERMINERS: [&str; 13] =
    ["the", "a", "an", "this", "these", "those", "its", "his", "her", "their", "our", "one", "some"];

pub(super) fn is_pronoun(word: &str) -> bool {
    PRONOUNS.iter().any(|pronoun| pronoun.eq_ignore_ascii_case(word))
}

pub(super) fn is_determiner(word: &str) -> bool {
    DETERMINERS.iter().any(|determiner| determiner.eq_ignore_ascii_case(word))
}

/// Words between a source and its cue that belong to neither: "Peskov *also* noted", "has *repeatedly* denied".
fn is_filler(word: &str) -> bool {
    matches!(
        word,
        "also"
            | "has"
            | "have"
            | "had"
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
    )
}

/// Words a noun phrase naming a source does not contain: they end the phrase.
fn ends_phrase(word: &str) -> bool {
    matches!(
        word,
        "in" | "on"
            | "and"
            | "at"
            | "to"
            | "for"
            | "with"
            | "from"
            | "by"
            | "as"
            | "that"
            | "which"
            | "who"
            | "when"
            | "while"
            | "after"
            | "before"
            | "during"
            | "but"
            | "or"
            | "if"
            | "because"
            | "is"
            | "are"
            | "was"
            | "were"
            | "be"
            | "been"
            | "not"
            | "no"
            | "than"
            | "also"
    )
}

/// The source that ends right before a cue, looking back no further than `floor`.
pub(super) fn source_before(article: &Article, cue_start: usize, floor: usize) -> Option<Range<usize>> {
    let mut end = cue_start;
    while end > floor && is_filler(article.words[end - 1]) {
        end -= 1;
    }
    let last = end.checked_sub(1).filter(|&last| last >= floor)?;
    if is_pronoun(article.words[last]) {
        // "I" and "we" outside quotation marks are an interview's transcript, not the article's report.
        let first_person = ["i", "we"].iter().any(|word| article.is(last, word));
        return (!first_person).then_some(last..end);
    }
    if article.is(last, ",") {
        return apposition(article, last, floor);
    }
    if article.is(last, "who") {
        // "…to meet Jane Doe, who had told him …": the name the relative clause hangs on.
        let comma = last.checked_sub(1).filter(|&comma| comma > floor && article.is(comma, ","))?;
        let name = article.mentions_before(comma).next().filter(|name| name.tokens.end == comma);
        return name.filter(|name| name.tokens.start >= floor).map(|name| name.tokens.clone());
    }
    if article.is(last, "and") {
        return sentence_subject(article, last);
    }
    if let Some(mention) = article.mentions_before(end).next().filter(|mention| mention.tokens.end == end)
        && mention.tokens.start >= floor
    {
        // "ABC of Australia reported": the name before "of" is the head.
        let head = mention.tokens.start.checked_sub(1).filter(|&of| article.is(of, "of")).and_then(|of| {
            article.mentions_before(of).next().filter(|head| head.tokens.end == of && head.tokens.start >= floor)
        });
        return Some(head.map_or(mention.tokens.start, |head| head.tokens.start)..end);
    }
    let mut start = end;
    while start > floor && end - start < MAX_PHRASE_WORDS && is_phrase_word(article, start - 1) {
        start -= 1;
        if is_determiner(article.words[start]) {
            return (end - start > 1).then_some(start..end);
        }
    }
    // Without a determiner, only a phrase that fills the stretch before the cue (from the sentence start, a
    // comma or a quotation) reads as a subject: "Scientology officials said", "“…,” team member Noori said",
    // "On Monday, Price said".
    let opens_clause = start == floor || article.is(start - 1, ",");
    (start < end && opens_clause).then_some(start..end)
}

/// The name beside an apposition that ends at the comma `closing`: "Jeff Rathke, the department's spokesman,
/// said" or "the prosecutor general of Tehran, Ali Mehr, said"; a person's name first, else the one before.
fn apposition(article: &Article, closing: usize, floor: usize) -> Option<Range<usize>> {
    let reach = closing.saturating_sub(3 * MAX_PHRASE_WORDS).max(floor);
    let opening = (reach..closing).rev().find(|&token| article.is(token, ",") && !article.is_quoted(token))?;
    let inside =
        article.mentions_before(closing).next().filter(|m| m.tokens.end == closing && m.tokens.start > opening);
    let before = article.mentions_before(opening).next().filter(|mention| mention.tokens.end == opening);
    let person = [before, inside].into_iter().flatten().find(|mention| article.is_person(mention));
    person.or(before).or(inside).map(|mention| mention.tokens.clone())
}

/// "Clay called it “a retrograde step” and said …": the person named first in the sentence speaks.
pub(super) fn sentence_subject(article: &Article, and: usize) -> Option<Range<usize>> {
    let start = article.sentence_of(and).start;
    let mention = article.mentions_within(&(start..and)).find(|mention| article.is_person(mention))?;
    Some(mention.tokens.clone())
}

/// The source that starts right after a cue ("said Myers", "according to the ministry"), up to `end`.
/// `to_clause_end` takes everything up to the next comma, as after "according to".
pub(super) fn source_after(article: &Article, start: usize, end: usize, to_clause_end: bool) -> Option<Range<usize>> {
    let mut stop = start;
    while stop < end && stop - start < 3 * MAX_PHRASE_WORDS {
        let word = article.words[stop];
        let in_phrase = if to_clause_end {
            let ends_clause = article.is_quoted(stop) || (article.kind(stop) == Some(TokenKind::Punct) && word != "&");
            !ends_clause
        } else {
            is_phrase_word(article, stop)
        };
        if !in_phrase {
            break;
        }
        stop += 1;
    }
    (stop > start).then(|| narrow_to_name(article, start..stop))
}

/// A word that may belong to a noun phrase naming a source.
fn is_phrase_word(article: &Article, token: usize) -> bool {
    matches!(article.kind(token), Some(TokenKind::Word | TokenKind::Possessive)) && !ends_phrase(article.words[token])
}

/// "Wynnum coach Matt Myers" → "Matt Myers": the name that ends a phrase names the source.
pub(super) fn narrow_to_name(article: &Article, phrase: Range<usize>) -> Range<usize> {
    let last = article.mentions_within(&phrase).last();
    match last {
        Some(mention) if mention.tokens.end == phrase.end => mention.tokens.clone(),
        _ => phrase,
    }
}
