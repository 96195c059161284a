//! Why a graph could not be written.

#[derive(Debug, thiserror::Error)]
pub enum ExportError {
    #[error(transparent)]
    Io(#[from] std::io::Error),
    #[error("a prefix is not a valid IRI: {0}")]
    Prefix(#[from] oxrdf::IriParseError),
    #[error(transparent)]
    Json(#[from] serde_json::Error),
}
