//! The context a document is compacted against: the published `schemas/context.jsonld`, plus one
//! prefix per node kind under the run's base, which the published file cannot know.

use std::collections::{BTreeMap, HashMap};

use oxrdf::{NamedNodeRef, NamedOrBlankNodeRef};
use serde::Deserialize;
use serde_json::{Map, Value, json};

use crate::export::options::JsonLdContext;
use crate::graph::{Base, NodeKind};

/// Compiled in, so that the file stays the single source of truth for terms and coercions.
const PUBLISHED: &str = include_str!("../../../schemas/context.jsonld");

/// An IRI ending in one of these makes a simple term a prefix (JSON-LD 1.1, "prefix flag").
const GEN_DELIMS: [char; 7] = [':', '/', '?', '#', '[', ']', '@'];

pub(super) struct ActiveContext {
    /// What the document writes under `@context`.
    pub(super) value: Value,
    /// The term for each IRI that has one.
    terms: HashMap<String, TermDefinition>,
    /// Prefix name and IRI, longest IRI first, so the first that fits leaves the shortest suffix.
    prefixes: Vec<(String, String)>,
}

pub(super) struct TermDefinition {
    pub(super) name: String,
    pub(super) coercion: Coercion,
    /// `"@container": "@set"`: the values are an array even when there is one.
    pub(super) set: bool,
}

/// The term's `@type`: what a bare JSON string (or number) under it means.
#[derive(PartialEq)]
pub(super) enum Coercion {
    /// A plain string literal.
    None,
    /// An IRI (`"@type": "@id"`).
    Id,
    /// A literal of this datatype IRI.
    Datatype(String),
}

#[derive(Deserialize)]
struct Published {
    #[serde(rename = "@context")]
    context: Map<String, Value>,
}

#[derive(Deserialize)]
#[serde(untagged)]
enum Definition {
    Iri(String),
    Expanded(Expanded),
}

/// The parts of an expanded term definition the writer understands; any other part is an error
/// rather than a coercion silently ignored.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Expanded {
    #[serde(rename = "@id")]
    id: String,
    #[serde(rename = "@type")]
    coercion: Option<String>,
    #[serde(rename = "@container")]
    container: Option<Container>,
}

#[derive(Deserialize)]
enum Container {
    #[serde(rename = "@set")]
    Set,
}

impl ActiveContext {
    pub(super) fn new(base: &Base, source: &JsonLdContext) -> Result<Self, serde_json::Error> {
        let published: Published = serde_json::from_str(PUBLISHED)?;
        let node_kinds: Map<String, Value> =
            NodeKind::ALL.into_iter().map(|kind| (kind.segment().to_owned(), base.namespace(kind).into())).collect();
        // Sorted by name, so that when two terms share an IRI the choice does not depend on map order.
        let definitions = (published.context.iter().chain(&node_kinds))
            .filter(|(name, _)| !name.starts_with('@'))
            .map(|(name, definition)| Ok((name.clone(), Definition::deserialize(definition)?)))
            .collect::<Result<BTreeMap<_, _>, serde_json::Error>>()?;
        let prefixes = prefixes(&definitions);
        let mut terms = HashMap::new();
        for (name, definition) in definitions {
            let (iri, term) = term_definition(&prefixes, name, definition);
            terms.entry(iri).or_insert(term);
        }
        let value = match source {
            JsonLdContext::Embedded => Value::Object(published.context.into_iter().chain(node_kinds).collect()),
            JsonLdContext::Url(url) => json!([url, node_kinds]),
        };
        Ok(Self { value, terms, prefixes })
    }

    pub(super) fn term(&self, iri: NamedNodeRef<'_>) -> Option<&TermDefinition> {
        self.terms.get(iri.as_str())
    }

    /// A node as a string where JSON-LD expects a node identifier: the shortest compact IRI, else the
    /// IRI or blank node label itself. `None` when even that would be misread as a compact IRI,
    /// because its scheme is one of the prefixes (`person:x` beside a `person` prefix).
    pub(super) fn compact_id(&self, node: NamedOrBlankNodeRef<'_>) -> Option<String> {
        let full = unabbreviated(node);
        let compact = (self.prefixes.iter())
            .filter_map(|(name, iri)| full.strip_prefix(iri.as_str()).map(|suffix| format!("{name}:{suffix}")));
        compact.chain([full.clone()]).find(|candidate| expand(&self.prefixes, candidate) == full)
    }

    /// The `@id` of a node object or a graph, which has no way around a misread IRI.
    pub(super) fn node_id(&self, node: NamedOrBlankNodeRef<'_>) -> Result<String, serde_json::Error> {
        self.compact_id(node).ok_or_else(|| unwritable(node))
    }

    /// A node as an object value: a string under an `@id`-coerced term, else a node reference. A misread
    /// IRI gets a node reference whose own context removes the prefix it would be read with.
    pub(super) fn node_value(&self, node: NamedOrBlankNodeRef<'_>, coerced: bool) -> Value {
        match self.compact_id(node) {
            Some(id) if coerced => Value::String(id),
            Some(id) => json!({ "@id": id }),
            None => {
                let iri = unabbreviated(node);
                let scheme = iri.split_once(':').map_or("", |(scheme, _)| scheme);
                json!({ "@context": { scheme: null }, "@id": iri })
            }
        }
    }

    /// An IRI where JSON-LD reads terms too (keys, `@type`): its term, else as [`Self::node_id`].
    pub(super) fn vocab(&self, iri: NamedNodeRef<'_>) -> Result<String, serde_json::Error> {
        match self.term(iri) {
            Some(term) => Ok(term.name.clone()),
            None => self.node_id(iri.into()),
        }
    }
}

/// The simple terms that JSON-LD 1.1 uses as prefixes, longest IRI first.
fn prefixes(definitions: &BTreeMap<String, Definition>) -> Vec<(String, String)> {
    let mut prefixes: Vec<(String, String)> = (definitions.iter())
        .filter_map(|(name, definition)| match definition {
            Definition::Iri(iri) if iri.ends_with(GEN_DELIMS) => Some((name.clone(), iri.clone())),
            _ => None,
        })
        .collect();
    prefixes.sort_by(|(name_a, iri_a), (name_b, iri_b)| iri_b.len().cmp(&iri_a.len()).then(name_a.cmp(name_b)));
    prefixes
}

fn term_definition(prefixes: &[(String, String)], name: String, definition: Definition) -> (String, TermDefinition) {
    match definition {
        Definition::Iri(iri) => (expand(prefixes, &iri), TermDefinition { name, coercion: Coercion::None, set: false }),
        Definition::Expanded(Expanded { id, coercion, container }) => {
            let coercion = match coercion.as_deref() {
                None => Coercion::None,
                Some("@id") => Coercion::Id,
                Some(datatype) => Coercion::Datatype(expand(prefixes, datatype)),
            };
            (expand(prefixes, &id), TermDefinition { name, coercion, set: container.is_some() })
        }
    }
}

/// How a JSON-LD processor reads an IRI written as `value`: `prefix:suffix` is the prefix's IRI
/// followed by the suffix, unless the suffix starts with `//`; anything else stays as written.
fn expand(prefixes: &[(String, String)], value: &str) -> String {
    let split = value.split_once(':').filter(|(prefix, suffix)| *prefix != "_" && !suffix.starts_with("//"));
    let expanded = split.and_then(|(prefix, suffix)| {
        prefixes.iter().find(|(name, _)| name == prefix).map(|(_, iri)| format!("{iri}{suffix}"))
    });
    expanded.unwrap_or_else(|| value.to_owned())
}

/// The IRI, or `_:label` for a blank node.
fn unabbreviated(node: NamedOrBlankNodeRef<'_>) -> String {
    match node {
        NamedOrBlankNodeRef::NamedNode(iri) => iri.as_str().to_owned(),
        NamedOrBlankNodeRef::BlankNode(label) => label.to_string(),
    }
}

fn unwritable(node: NamedOrBlankNodeRef<'_>) -> serde_json::Error {
    serde::ser::Error::custom(format!("{node} cannot be written in JSON-LD: it would read as a compact IRI"))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn context() -> ActiveContext {
        ActiveContext::new(&Base::default(), &JsonLdContext::Embedded).unwrap()
    }

    fn id(context: &ActiveContext, iri: &str) -> Option<String> {
        context.compact_id(NamedNodeRef::new(iri).unwrap().into())
    }

    #[test]
    fn the_published_context_leaves_node_kind_names_to_the_writer() {
        let published: Published = serde_json::from_str(PUBLISHED).unwrap();
        for kind in NodeKind::ALL {
            assert!(!published.context.contains_key(kind.segment()), "{} would be overridden", kind.segment());
        }
    }

    #[test]
    fn iris_take_the_prefix_that_leaves_the_shortest_suffix() {
        let context = ActiveContext::new(&Base::new("http://schema.org/").unwrap(), &JsonLdContext::Embedded).unwrap();
        assert_eq!(id(&context, "http://schema.org/person/anna").as_deref(), Some("person:anna"));
        assert_eq!(id(&context, "http://schema.org/Thing").as_deref(), Some("schema:Thing"));
    }

    #[test]
    fn iris_that_would_be_misread_are_not_abbreviated() {
        let context = context();
        let slashes = "http://example.org/newsgraph/person///x";
        assert_eq!(id(&context, slashes).as_deref(), Some(slashes), "person://x would read as an IRI");
        assert_eq!(id(&context, "urn:isni:0000").as_deref(), Some("urn:isni:0000"));
        assert_eq!(id(&context, "person:anna"), None);
        let escaped = context.node_value(NamedNodeRef::new("person:anna").unwrap().into(), true);
        assert_eq!(escaped, json!({ "@context": { "person": null }, "@id": "person:anna" }));
    }

    #[test]
    fn vocabulary_iris_become_terms() {
        let context = context();
        assert_eq!(context.vocab(NamedNodeRef::new("http://schema.org/Person").unwrap()).unwrap(), "Person");
        assert_eq!(context.vocab(NamedNodeRef::new("http://schema.org/Thing").unwrap()).unwrap(), "schema:Thing");
        let term = context.term(NamedNodeRef::new("http://schema.org/mentions").unwrap()).unwrap();
        assert!(term.coercion == Coercion::Id && term.set);
    }
}
