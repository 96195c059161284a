//! The one document object every extraction pass reads (the spaCy habit): its text and date, the tokens
//! and words after the date header, sentences, and code-point offsets, all built once.

use std::ops::Range;

use crate::contract::Span;
use crate::text::{CodePoints, Document, IsoDate, Token, TokenKind, split_sentences, tokenize};

/// A document ready for the passes. Token indices (mentions, statements, relations) count from the first
/// token after the date header, which is metadata; the headline after it is text.
pub(crate) struct Doc<'t> {
    pub text: &'t str,
    /// The date the document carries: its header's, or the one given with it.
    pub date: Option<IsoDate>,
    pub tokens: Vec<Token>,
    /// The text of each token.
    pub words: Vec<&'t str>,
    /// Token ranges, in order.
    pub sentences: Vec<Range<usize>>,
    points: CodePoints<'t>,
}

impl<'t> Doc<'t> {
    pub fn new(document: &'t Document) -> Self {
        let text = document.text.as_str();
        let body_start = document.header().ok().flatten().map_or(0, |header| header.body_start);
        let mut tokens = tokenize(text);
        tokens.drain(..tokens.partition_point(|token| token.start < body_start));
        let words: Vec<&str> = tokens.iter().map(|token| token.text(text)).collect();
        let sentences = split_sentences(text, &tokens);
        Self { text, date: document.date, tokens, words, sentences, points: CodePoints::new(text) }
    }

    /// The text of a non-empty token range, exactly as written.
    pub fn text_of(&self, tokens: &Range<usize>) -> &'t str {
        &self.text[self.tokens[tokens.start].start..self.tokens[tokens.end - 1].end]
    }

    /// A non-empty token range as a span of the contract, in code points.
    pub fn span(&self, tokens: &Range<usize>) -> Span {
        let (start, end) = (self.tokens[tokens.start].start, self.tokens[tokens.end - 1].end);
        Span {
            start: self.points.code_point(start),
            end: self.points.code_point(end),
            text: self.text[start..end].to_owned(),
        }
    }

    /// The word at `token`, if there is one.
    pub fn word(&self, token: usize) -> Option<&'t str> {
        self.words.get(token).copied()
    }

    /// Whether the word at `token` is `word`, ignoring ASCII case.
    pub fn is(&self, token: usize, word: &str) -> bool {
        self.word(token).is_some_and(|found| found.eq_ignore_ascii_case(word))
    }

    /// Whether the word at `token` is one of `words`, ignoring ASCII case.
    pub fn is_any(&self, token: usize, words: &[&str]) -> bool {
        words.iter().any(|word| self.is(token, word))
    }

    pub fn is_possessive(&self, token: usize) -> bool {
        self.kind(token) == Some(TokenKind::Possessive)
    }

    pub fn kind(&self, token: usize) -> Option<TokenKind> {
        self.tokens.get(token).map(|token| token.kind)
    }

    /// The sentence that holds a token.
    pub fn sentence_of(&self, token: usize) -> Range<usize> {
        let index = self.sentences.partition_point(|sentence| sentence.end <= token);
        self.sentences.get(index).cloned().unwrap_or(token..token + 1)
    }

    /// A mark that ends a sentence or clause: `.`, `!`, `?`, `;`.
    pub fn is_final_mark(&self, token: usize) -> bool {
        self.kind(token) == Some(TokenKind::Punct) && self.words[token].starts_with(['.', '!', '?', ';', '…'])
    }

    /// Whether no line break lies between two tokens, in either order.
    pub fn same_paragraph(&self, one: usize, other: usize) -> bool {
        let (earlier, later) = (one.min(other), one.max(other));
        !self.tokens[earlier + 1..=later].iter().any(|token| token.newline_before)
    }

    /// The number of words and numbers in a token range.
    pub fn word_count(&self, range: &Range<usize>) -> usize {
        self.tokens[range.clone()]
            .iter()
            .filter(|token| matches!(token.kind, TokenKind::Word | TokenKind::Number))
            .count()
    }
}
