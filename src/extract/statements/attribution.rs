//! A statement as the passes find it, before its speaker is resolved.

use std::ops::Range;

use crate::contract::StatementKind;

/// Ranges index the document's tokens.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) struct Attribution {
    pub kind: StatementKind,
    pub content: Range<usize>,
    pub source: Option<Range<usize>>,
    pub cue: Option<Range<usize>>,
}
