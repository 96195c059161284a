//! What the statement passes read beside the [`Doc`]: its resolved mentions, and which tokens lie inside
//! quotation marks.

use super::quotes::Quote;
use crate::extract::doc::Doc;
use crate::extract::entities::Resolved;

pub(super) struct Annotated<'a> {
    pub doc: &'a Doc<'a>,
    pub resolved: &'a Resolved,
    /// Whether each token lies inside a quotation, its marks included.
    quoted: Vec<bool>,
}

impl<'a> Annotated<'a> {
    pub fn new(doc: &'a Doc<'a>, resolved: &'a Resolved, quotes: &[Quote]) -> Self {
        let mut quoted = vec![false; doc.tokens.len()];
        for quote in quotes {
            let end = (quote.close + 1).min(quoted.len());
            quoted[quote.open..end].fill(true);
        }
        Self { doc, resolved, quoted }
    }

    pub fn is_quoted(&self, token: usize) -> bool {
        self.quoted[token]
    }
}
