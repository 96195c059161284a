//! Deterministic, readable IRIs: `<base><kind>/<local name>`.
//!
//! Local names keep ASCII letters, digits and `-._~`, and letters and digits of any script, which IRIs
//! allow as they are; every other character is percent-encoded as UTF-8. So an IRI stays readable
//! ("person/анна-иванова") and never carries quotes, spaces, angle brackets, bidi controls or emoji raw.

use std::fmt::Write;

use oxrdf::NamedNode;

use crate::contract::Span;

/// The IRI that every node IRI starts with. It ends with `/` or `#`, so that it prefixes cleanly.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Base(String);

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum BaseError {
    #[error("{0:?} is not an absolute IRI")]
    NotAnIri(String),
    #[error("{0:?} must end with '/' or '#' so that node names can follow it")]
    NoSeparator(String),
}

impl Base {
    pub const DEFAULT: &str = "http://example.org/newsgraph/";

    pub fn new(iri: &str) -> Result<Self, BaseError> {
        NamedNode::new(iri).map_err(|_| BaseError::NotAnIri(iri.to_owned()))?;
        if !iri.ends_with(['/', '#']) {
            return Err(BaseError::NoSeparator(iri.to_owned()));
        }
        Ok(Self(iri.to_owned()))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// The namespace of one kind of node, such as `<base>person/`.
    pub fn namespace(&self, kind: NodeKind) -> String {
        format!("{}{}/", self.0, kind.segment())
    }
}

impl Default for Base {
    fn default() -> Self {
        Self(Self::DEFAULT.to_owned())
    }
}

/// Every kind of node that gets an IRI, each under its own path segment and Turtle prefix.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum NodeKind {
    Article,
    Person,
    Organization,
    Place,
    Statement,
    Mention,
    Role,
    Event,
    Evidence,
}

impl NodeKind {
    pub const ALL: [NodeKind; 9] = [
        Self::Article,
        Self::Person,
        Self::Organization,
        Self::Place,
        Self::Statement,
        Self::Mention,
        Self::Role,
        Self::Event,
        Self::Evidence,
    ];

    /// The kinds that are nodes of the graph itself, in the order legends and property-graph files list
    /// them; mentions, roles and evidence are RDF resources only.
    pub const GRAPH_NODES: [NodeKind; 6] =
        [Self::Article, Self::Person, Self::Organization, Self::Place, Self::Statement, Self::Event];

    /// The kind's display name, as legends and node-link JSON show it.
    pub fn name(self) -> &'static str {
        match self {
            Self::Article => "Article",
            Self::Person => "Person",
            Self::Organization => "Organization",
            Self::Place => "Place",
            Self::Statement => "Statement",
            Self::Mention => "Mention",
            Self::Role => "Role",
            Self::Event => "Event",
            Self::Evidence => "Evidence",
        }
    }

    /// The path segment, which is also the Turtle prefix name.
    pub fn segment(self) -> &'static str {
        match self {
            Self::Article => "article",
            Self::Person => "person",
            Self::Organization => "organization",
            Self::Place => "place",
            Self::Statement => "statement",
            Self::Mention => "mention",
            Self::Role => "role",
            Self::Event => "event",
            Self::Evidence => "evidence",
        }
    }
}

/// Longest slug kept whole; longer names are cut and given a hash so that they stay distinct.
const MAX_SLUG_CHARS: usize = 80;

/// A name as a lower-case slug: runs of letters and digits joined by `-`; apostrophes vanish.
/// Never empty: a name without letters or digits becomes `x-<hash>`.
pub(crate) fn slug(name: &str) -> String {
    let mut slug = String::new();
    let mut pending_dash = false;
    for c in name.chars().filter(|c| !matches!(c, '\'' | '’')) {
        if c.is_alphanumeric() {
            if pending_dash && !slug.is_empty() {
                slug.push('-');
            }
            pending_dash = false;
            slug.extend(c.to_lowercase());
        } else {
            pending_dash = true;
        }
    }
    let cut = slug.char_indices().nth(MAX_SLUG_CHARS).map(|(byte, _)| byte);
    match cut {
        _ if slug.is_empty() => format!("x-{:016x}", fnv1a(name)),
        Some(byte) => format!("{}-{:016x}", slug[..byte].trim_end_matches('-'), fnv1a(name)),
        None => slug,
    }
}

/// An identifier as an IRI path segment, percent-encoding what a readable IRI should not hold raw.
pub(crate) fn encode_segment(id: &str) -> String {
    let mut encoded = String::with_capacity(id.len());
    for c in id.chars() {
        if c.is_ascii_alphanumeric() || matches!(c, '-' | '.' | '_' | '~') || (!c.is_ascii() && c.is_alphanumeric()) {
            encoded.push(c);
        } else {
            for byte in c.encode_utf8(&mut [0; 4]).bytes() {
                let _ = write!(encoded, "%{byte:02X}");
            }
        }
    }
    encoded
}

/// The local name of something at a span of an article: `<article>-<start>-<end>`.
pub(crate) fn span_local(article_id: &str, span: &Span) -> String {
    format!("{}-{}-{}", encode_segment(article_id), span.start, span.end)
}

fn fnv1a(text: &str) -> u64 {
    crate::fnv::Fnv::new().str(text).finish()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn slugs_are_readable() {
        assert_eq!(slug("Anthony Blinken"), "anthony-blinken");
        assert_eq!(slug("  Ministry of Defense (Russia) "), "ministry-of-defense-russia");
        assert_eq!(slug("Sinn Féin"), "sinn-féin");
        assert_eq!(slug("O’Brien's"), "obriens");
        assert_eq!(slug("Анна Иванова"), "анна-иванова");
    }

    #[test]
    fn slugs_are_never_empty_and_long_names_stay_distinct() {
        assert!(slug("🙂🙂").starts_with("x-"));
        assert_ne!(slug("🙂"), slug("🙃"));
        let long_a = "a".repeat(10_000);
        let long_b = format!("{}b", "a".repeat(9_999));
        assert!(slug(&long_a).chars().count() < 100);
        assert_ne!(slug(&long_a), slug(&long_b));
    }

    #[test]
    fn segments_encode_everything_unsafe() {
        assert_eq!(encode_segment("000_f79b.txt"), "000_f79b.txt");
        assert_eq!(encode_segment("a b/\"c\">"), "a%20b%2F%22c%22%3E");
        assert_eq!(encode_segment("خبر\u{200f}"), "خبر%E2%80%8F");
    }

    #[test]
    fn bases_must_be_absolute_and_end_in_a_separator() {
        assert!(Base::new("https://example.com/kg/").is_ok());
        assert!(Base::new("https://example.com/kg#").is_ok());
        assert_eq!(Base::new("https://example.com/kg"), Err(BaseError::NoSeparator("https://example.com/kg".into())));
        assert!(matches!(Base::new("not an iri/"), Err(BaseError::NotAnIri(_))));
    }
}
