//! What an input holds, and how it becomes an extraction: the one place the binary calls the extractor.

use newsgraph::contract::Extraction;
use newsgraph::text::Document;

/// One thing an input holds.
pub enum Item {
    /// Text that still needs extracting.
    Document(Document),
    /// An extraction made earlier, by newsgraph or another tool, already checked against the contract.
    Extraction(Extraction),
}

impl Item {
    /// The extraction: as given, or extracted now from the document's text.
    pub fn into_extraction(self) -> Extraction {
        match self {
            Self::Document(document) => newsgraph::extract::extract(document),
            Self::Extraction(extraction) => extraction,
        }
    }
}
