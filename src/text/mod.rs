//! Documents, their date header, code-point offsets, tokens and sentences. Knows nothing about entities.

mod abbreviation;
mod date;
mod document;
mod link;
mod offsets;
mod sentence;
mod token;

pub use date::{DateError, IsoDate};
pub use document::{Document, DocumentError, Header};
pub use offsets::CodePoints;
pub use sentence::split_sentences;
pub use token::{Token, TokenKind, tokenize};
