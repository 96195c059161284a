//! What can go wrong reading a model or turning GMB rows into training sentences.

#[derive(Debug, thiserror::Error)]
pub enum TaggerError {
    #[error("not a newsgraph tagger model (wrong magic bytes)")]
    NotAModel,
    #[error("tagger model format version {0} is not supported; regenerate with `cargo run --release -- train-tagger`")]
    UnsupportedVersion(u32),
    #[error("the tagger model has {0} tags; this newsgraph uses 7")]
    TagCount(u32),
    #[error("the tagger model is truncated or has trailing bytes")]
    Truncated,
    #[error("the tagger model has a feature with key 0, which marks empty slots")]
    ZeroKey,
    #[error("the tagger model lists feature {0:#018x} twice")]
    DuplicateKey(u64),
    #[error("unknown GMB tag {0:?}")]
    UnknownGmbTag(String),
}
