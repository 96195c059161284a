//! Why a graph could not be written.

#[derive(Debug, thiserror::Error)]
pub enum ExportError {
    #[error(transparent)]
    Io(#[from] std::io::Error),
    #[error("a prefix is not a valid IRI: {0}")]
    Prefix(#[from] oxrdf::IriParseError),
    #[error(transparent)]
    Json(#[from] serde_json::Error),
    #[error("the {0} format writes a directory of files, one by one (export::neo4j)")]
    Directory(&'static str),
    #[error(transparent)]
    View(#[from] super::view::ViewError),
}
