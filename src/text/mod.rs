//! Documents, their date header and code-point offsets. Knows nothing about entities.

mod date;
mod document;
mod offsets;

pub use date::{DateError, IsoDate};
pub use document::{Document, DocumentError, Header};
pub use offsets::CodePoints;
