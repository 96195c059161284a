
mod abbreviation;
mod date;
mod document;
mod offsets;
mod token;

pub use date::{DateError, IsoDate};
pub use document::{Document, DocumentError, Header};
pub use offsets::CodePoints;
pub use token::{Token, TokenKind, tokenize};
