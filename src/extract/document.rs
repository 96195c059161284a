//! The tokens of one document as every extraction pass indexes them, and the spans they make.

use std::ops::Range;

use super::Span;
use crate::text::{CodePoints, Token};

/// The document's tokens after its date header; mention, statement and relation ranges index them.
pub(crate) struct DocumentTokens<'t> {
    pub text: &'t str,
    pub tokens: &'t [Token],
    pub words: &'t [&'t str],
    points: CodePoints<'t>,
}

impl<'t> DocumentTokens<'t> {
    pub fn new(text: &'t str, tokens: &'t [Token], words: &'t [&'t str]) -> Self {
        Self { text, tokens, words, points: CodePoints::new(text) }
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
}
