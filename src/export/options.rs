//! What shapes the output beyond its format.

/// Choices that shape the output beyond its format.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ExportOptions {
    /// Write every mention as a NIF phrase with its offsets.
    pub mentions: bool,
    /// Where JSON-LD takes its context from.
    pub context: JsonLdContext,
    /// The part of the graph that DOT draws.
    pub view: super::view::View,
}

/// JSON-LD either embeds the published context (`schemas/context.jsonld`) or refers to it by URL.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub enum JsonLdContext {
    #[default]
    Embedded,
    Url(String),
}
