//! The document as the statement passes read it: tokens, sentences, entity mentions and quotations.

use std::ops::Range;

use super::quotes::Quote;
use crate::extract::coreference::{EntityMention, Resolved};
use crate::extract::document::DocumentTokens;
use crate::extract::{Entity, EntityType};
use crate::text::{Token, TokenKind};

pub(super) struct Article<'a> {
    pub tokens: &'a [Token],
    pub words: &'a [&'a str],
    pub sentences: &'a [Range<usize>],
    /// In text order.
    pub mentions: &'a [EntityMention],
    pub entities: &'a [Entity],
    /// Whether each token lies inside a quotation, its marks included.
    quoted: Vec<bool>,
}

impl<'a> Article<'a> {
    pub fn new(
        document: &DocumentTokens<'a>,
        sentences: &'a [Range<usize>],
        resolved: &'a Resolved,
        quotes: &[Quote],
    ) -> Self {
        let mut quoted = vec![false; document.tokens.len()];
        for quote in quotes {
            let end = (quote.close + 1).min(quoted.len());
            quoted[quote.open..end].fill(true);
        }
        Self {
            tokens: document.tokens,
            words: document.words,
            sentences,
            mentions: &resolved.mentions,
            entities: &resolved.entities,
            quoted,
        }
    }

    pub fn is_person(&self, mention: &EntityMention) -> bool {
        self.entities[mention.entity].kind == EntityType::Person
    }

    pub fn is_quoted(&self, token: usize) -> bool {
        self.quoted[token]
    }

    /// The sentence that holds a token.
    pub fn sentence_of(&self, token: usize) -> Range<usize> {
        let index = self.sentences.partition_point(|sentence| sentence.end <= token);
        self.sentences.get(index).cloned().unwrap_or(token..token + 1)
    }

    /// Whether the word at `token` is `word`, ignoring ASCII case.
    pub fn is(&self, token: usize, word: &str) -> bool {
        self.words.get(token).is_some_and(|found| found.eq_ignore_ascii_case(word))
    }

    pub fn kind(&self, token: usize) -> Option<TokenKind> {
        self.tokens.get(token).map(|token| token.kind)
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

    /// The mentions that lie wholly inside a token range.
    pub fn mentions_within(&self, range: &Range<usize>) -> impl Iterator<Item = &'a EntityMention> {
        let first = self.mentions.partition_point(|mention| mention.tokens.start < range.start);
        let end = range.end;
        self.mentions[first..]
            .iter()
            .take_while(move |mention| mention.tokens.start < end)
            .filter(move |m| m.tokens.end <= end)
    }

    /// The entities named inside a token range, each once, in order of first mention.
    pub fn entities_within(&self, range: &Range<usize>) -> impl Iterator<Item = usize> {
        let mut seen: Vec<usize> = Vec::new();
        for mention in self.mentions_within(range) {
            if !seen.contains(&mention.entity) {
                seen.push(mention.entity);
            }
        }
        seen.into_iter()
    }

    /// The mentions that start before a token, nearest first.
    pub fn mentions_before(&self, token: usize) -> impl Iterator<Item = &'a EntityMention> {
        let end = self.mentions.partition_point(|mention| mention.tokens.start < token);
        self.mentions[..end].iter().rev()
    }

    /// The number of words and numbers in a token range.
    pub fn word_count(&self, range: &Range<usize>) -> usize {
        self.tokens[range.clone()]
            .iter()
            .filter(|token| matches!(token.kind, TokenKind::Word | TokenKind::Number))
            .count()
    }
}
