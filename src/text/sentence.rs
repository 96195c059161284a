//! Groups tokens into sentences: a line break, or a final mark with the quotes and brackets after it.

use std::ops::Range;

use super::abbreviation::is_leading;
use super::token::{Token, TokenKind};

/// Words that often open a sentence. After an abbreviation that may end one ("U.S.", "Inc.") only these, or an
/// opening quote, say that a new sentence begins: "the U.S. The team" splits, "the U.S. Senate" does not.
/// Sorted by byte, for binary search.
const SENTENCE_STARTERS: &[&str] = &[
    "A",
    "According",
    "After",
    "Also",
    "An",
    "And",
    "As",
    "At",
    "But",
    "By",
    "During",
    "Earlier",
    "For",
    "From",
    "He",
    "Her",
    "His",
    "However",
    "I",
    "If",
    "In",
    "It",
    "Its",
    "Last",
    "Later",
    "Many",
    "Meanwhile",
    "Most",
    "On",
    "One",
    "Other",
    "Our",
    "She",
    "Since",
    "So",
    "Some",
    "That",
    "The",
    "Their",
    "There",
    "These",
    "They",
    "This",
    "Those",
    "Though",
    "Thus",
    "To",
    "Today",
    "Under",
    "We",
    "What",
    "When",
    "While",
    "With",
    "Yet",
    "You",
];

/// The most tokens in one sentence. A longer run without a sentence break (text without punctuation,
/// a list run together) is cut into pieces of at most this many, so that every pass that reads a
/// sentence at a time stays linear in the text and no statement spans more. Real sentences stay well
/// below it: the longest of the development corpora has about 170 tokens.
pub const MAX_SENTENCE_TOKENS: usize = 256;

/// Splits tokens into sentences: token index ranges, in order, covering every token exactly once, none
/// longer than [`MAX_SENTENCE_TOKENS`].
pub fn split_sentences(text: &str, tokens: &[Token]) -> Vec<Range<usize>> {
    let sentences = sentences_by_marks(text, tokens);
    if sentences.iter().all(|sentence| sentence.len() <= MAX_SENTENCE_TOKENS) {
        return sentences;
    }
    sentences.into_iter().flat_map(|sentence| pieces(text, tokens, sentence)).collect()
}

/// A run longer than [`MAX_SENTENCE_TOKENS`] in pieces, each cut after the last clause mark (a comma,
/// semicolon, colon or dash) in the second half of its window, or at the window's end without one.
fn pieces(text: &str, tokens: &[Token], sentence: Range<usize>) -> Vec<Range<usize>> {
    let mut pieces = Vec::new();
    let mut start = sentence.start;
    while sentence.end - start > MAX_SENTENCE_TOKENS {
        let window_end = start + MAX_SENTENCE_TOKENS;
        let after_mark = (start + MAX_SENTENCE_TOKENS / 2..window_end)
            .rev()
            .find(|&index| matches!(tokens[index].text(text), "," | ";" | ":" | "—" | "–"))
            .map(|mark| mark + 1);
        let end = after_mark.unwrap_or(window_end);
        pieces.push(start..end);
        start = end;
    }
    pieces.push(start..sentence.end);
    pieces
}

/// Sentences as their marks and line breaks end them, however long.
fn sentences_by_marks(text: &str, tokens: &[Token]) -> Vec<Range<usize>> {
    let mut sentences = Vec::new();
    let mut start = 0;
    let mut index = 0;
    while index < tokens.len() {
        let token = &tokens[index];
        if token.newline_before && index > start {
            sentences.push(start..index);
            start = index;
        }
        if token.newline_before
            && let Some(end) = dateline_end(text, tokens, index)
        {
            sentences.push(start..end);
            start = end;
            index = end;
            continue;
        }
        index += 1;
        let ends = match token.kind {
            TokenKind::Punct if is_final_mark(token.text(text)) => {
                index = closers_end(text, tokens, index);
                !continues_sentence(text, tokens.get(index))
            }
            TokenKind::Word if may_end_on_abbreviation(token.text(text)) => {
                let end = closers_end(text, tokens, index);
                let ends = starts_sentence(text, tokens.get(end));
                if ends {
                    index = end;
                }
                ends
            }
            _ => false,
        };
        if ends {
            sentences.push(start..index);
            start = index;
        }
    }
    if start < tokens.len() {
        sentences.push(start..tokens.len());
    }
    sentences
}

/// The index after a dateline that opens a line: a place in capitals, perhaps followed by a comma and
/// a few capitalised words or abbreviations, then a dash ("GENEVA —", "NAIROBI, Kenya —", "EUGENE, Ore. —"). The dateline is not part
/// of the sentence after it.
fn dateline_end(text: &str, tokens: &[Token], start: usize) -> Option<usize> {
    const LONGEST_QUALIFIER: usize = 3;
    let is_capitals = |token: &Token| {
        let word = token.text(text);
        token.kind == TokenKind::Word && word.chars().count() >= 2 && word.chars().all(|c| c.is_uppercase() || c == '.')
    };
    let mut index = start;
    while tokens.get(index).is_some_and(|token| is_capitals(token) && (index == start || !token.newline_before)) {
        index += 1;
    }
    if index == start {
        return None;
    }
    if tokens.get(index).is_some_and(|token| token.text(text) == ",") {
        let qualifier_start = index + 1;
        index = qualifier_start;
        while index - qualifier_start < LONGEST_QUALIFIER
            && tokens.get(index).is_some_and(|token| {
                let word = token.text(text);
                // The period of an abbreviated state ("PORTLAND, Ore. —") does not end the dateline.
                (token.kind == TokenKind::Word && word.starts_with(char::is_uppercase) || word == ".")
                    && !token.newline_before
            })
        {
            index += 1;
        }
    }
    tokens.get(index).filter(|token| token.kind == TokenKind::Dash && !token.newline_before).map(|_| index + 1)
}

/// A mark that ends a sentence; a run of periods ("...") counts as one.
fn is_final_mark(mark: &str) -> bool {
    mark.starts_with(['.', '!', '?', '…', '。', '！', '？', '‼', '⁇', '⁈', '⁉', '।', '॥', '؟', '۔'])
}

/// The index after the closing quotes, brackets and further final marks that follow a final mark on its line.
fn closers_end(text: &str, tokens: &[Token], mut index: usize) -> usize {
    while let Some(token) = tokens.get(index).filter(|token| !token.newline_before) {
        let closes = match token.kind {
            TokenKind::CloseQuote => true,
            TokenKind::Punct => matches!(token.text(text), ")" | "]" | "}") || is_final_mark(token.text(text)),
            _ => false,
        };
        if !closes {
            break;
        }
        index += 1;
    }
    index
}

/// Whether the token after a final mark carries the sentence on: a lowercase word ("Why?" he asked) or a
/// comma-like mark.
fn continues_sentence(text: &str, next: Option<&Token>) -> bool {
    next.filter(|next| !next.newline_before).is_some_and(|next| {
        let next_text = next.text(text);
        match next.kind {
            TokenKind::Word => next_text.starts_with(char::is_lowercase),
            TokenKind::Punct => matches!(next_text, "," | ";" | ":"),
            _ => false,
        }
    })
}

/// Whether a word with an abbreviation period may end its sentence. Initials and leading abbreviations (Mr.,
/// Jan., No.) never do; acronyms and trailing abbreviations (U.S., Inc.) do when a sentence plainly starts next.
fn may_end_on_abbreviation(word: &str) -> bool {
    word.strip_suffix('.').is_some_and(|stem| stem.chars().nth(1).is_some() && !is_leading(stem))
}

/// Whether `next` plainly starts a sentence: an opening quote or a common sentence opener on the same line.
fn starts_sentence(text: &str, next: Option<&Token>) -> bool {
    next.filter(|next| !next.newline_before).is_some_and(|next| match next.kind {
        TokenKind::OpenQuote => true,
        TokenKind::Word => SENTENCE_STARTERS.binary_search(&next.text(text)).is_ok(),
        _ => false,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::tokenize;

    /// Each sentence as the stretch of text from its first token to its last.
    fn sentences(text: &str) -> Vec<&str> {
        let tokens = tokenize(text);
        let ranges = split_sentences(text, &tokens);
        let mut next = 0;
        for range in &ranges {
            assert!(range.start == next && range.start < range.end, "{ranges:?}");
            next = range.end;
        }
        assert_eq!(next, tokens.len());
        ranges.into_iter().map(|range| &text[tokens[range.start].start..tokens[range.end - 1].end]).collect()
    }

    #[test]
    fn a_run_without_sentence_breaks_is_cut_into_bounded_pieces_after_clause_marks() {
        let text = format!("{}and so on", "one two three, ".repeat(200));
        let tokens = tokenize(&text);
        let pieces = split_sentences(&text, &tokens);
        assert!(pieces.len() > 3);
        assert!(pieces.iter().all(|piece| piece.len() <= MAX_SENTENCE_TOKENS));
        assert!(pieces[..pieces.len() - 1].iter().all(|piece| tokens[piece.end - 1].text(&text) == ","));
        assert_eq!((pieces[0].start, pieces.last().unwrap().end), (0, tokens.len()), "every token, once");
        assert!(pieces.windows(2).all(|pair| pair[0].end == pair[1].start));
        let words = "word ".repeat(1000);
        let pieces = split_sentences(&words, &tokenize(&words));
        assert_eq!(pieces.iter().map(|piece| piece.len()).collect::<Vec<_>>(), [256, 256, 256, 232]);
    }

    #[test]
    fn starters_are_sorted_without_duplicates() {
        assert!(SENTENCE_STARTERS.windows(2).all(|pair| pair[0] < pair[1]));
    }

    #[test]
    fn a_dateline_is_a_sentence_of_its_own() {
        assert_eq!(
            sentences("Head\nNAIROBI, Kenya — Jua Nishati said it raised funds. More."),
            ["Head", "NAIROBI, Kenya —", "Jua Nishati said it raised funds.", "More."]
        );
        assert_eq!(sentences("GENEVA — Talks resumed."), ["GENEVA —", "Talks resumed."]);
        assert_eq!(sentences("Oslo — talks resumed."), ["Oslo — talks resumed."], "capitals make a dateline");
        assert_eq!(sentences("Text. NATO — the alliance — met."), ["Text.", "NATO — the alliance — met."]);
    }

    #[test]
    fn line_breaks_always_end_sentences() {
        let text = " date 2022-01-09 Talks open in Geneva\n\nFirst one. Second one!\nA third line\nwithout marks";
        assert_eq!(
            sentences(text),
            ["date 2022-01-09 Talks open in Geneva", "First one.", "Second one!", "A third line", "without marks"]
        );
        assert_eq!(sentences("पहला। दूसरा? 北京很大。上海"), ["पहला।", "दूसरा?", "北京很大。", "上海"]);
        assert!(sentences("").is_empty());
        assert!(sentences(" \n ").is_empty());
    }

    #[test]
    fn closing_quotes_and_brackets_stay_with_their_sentence() {
        assert_eq!(
            sentences("“He left.” Next day (see above.) Really?! \"Yes.\" Done…"),
            ["“He left.”", "Next day (see above.)", "Really?!", "\"Yes.\"", "Done…"]
        );
    }

    #[test]
    fn a_lowercase_word_or_comma_carries_the_sentence_on() {
        assert_eq!(
            sentences("“Why?” he asked. Wait... what? “Stop!”, she said."),
            ["“Why?” he asked.", "Wait... what?", "“Stop!”, she said."]
        );
    }

    #[test]
    fn leading_abbreviations_and_initials_never_end_a_sentence() {
        assert_eq!(
            sentences("Mr. Smith met Dr. J. Jones on Jan. 5. No. 7 won. It was St. The end."),
            ["Mr. Smith met Dr. J. Jones on Jan. 5.", "No. 7 won.", "It was St. The end."]
        );
    }

    #[test]
    fn acronyms_end_a_sentence_only_before_a_plain_sentence_start() {
        assert_eq!(
            sentences("He got visas to the U.S. The team left."),
            ["He got visas to the U.S.", "The team left."]
        );
        assert_eq!(sentences("The U.S. Senate voted, e.g. the bill."), ["The U.S. Senate voted, e.g. the bill."]);
        assert_eq!(sentences("He sold Apple Inc. “Good,” he said."), ["He sold Apple Inc.", "“Good,” he said."]);
        assert_eq!(sentences("“I live in the U.S.” He left."), ["“I live in the U.S.”", "He left."]);
        assert_eq!(sentences("“the U.S.” and more."), ["“the U.S.” and more."]);
        assert_eq!(
            sentences("Apple Inc. shares rose. He moved to the U.S."),
            ["Apple Inc. shares rose.", "He moved to the U.S."]
        );
    }
}
