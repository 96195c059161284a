//! JSON-LD holds exactly the quads that N-Quads holds, as read back by two processors that are not
//! ours (oxjsonld here, pyld through `tests/validators/jsonld_matches_nquads.py`), and it speaks only
//! the terms of the published context, `schemas/context.jsonld`.

use std::collections::{BTreeSet, HashSet};
use std::process::Command;

use newsgraph::contract::Extraction;
use newsgraph::export::{self, ExportOptions, Format, JsonLdContext, vocab};
use newsgraph::graph::{Base, KnowledgeGraph};
use oxjsonld::{JsonLdParser, JsonLdRemoteDocument};
use oxrdf::Quad;
use serde_json::{Value, json};

use crate::support::{export, external_tool, graph_of, repo_path, scratch_dir};

const CONTEXT_URL: &str = "https://w3id.org/newsgraph/context.jsonld";

/// `needle`'s first occurrence in `text` as a span, in code points as the contract counts them.
fn span(text: &str, needle: &str) -> Value {
    let byte = text.find(needle).unwrap_or_else(|| panic!("{needle:?} is not in the text"));
    let start = text[..byte].chars().count();
    json!({ "start": start, "end": start + needle.chars().count(), "text": needle })
}

fn extraction(json: Value) -> Extraction {
    serde_json::from_value(json).unwrap()
}

/// Two articles that between them use every class and property the RDF mapping has: a dated
/// statement with source, cue and topic, relations with and without roles (including `locatedIn`
/// from an organisation and between places), links, aliases and job titles, and one person in both.
fn featured() -> Vec<Extraction> {
    let text = "date 2024-03-05 Geneva water talks resume\n\
                Anna Berg, minister of water at the Geneva Water Board, said: \"We will share the lake.\" \
                The board sits in Geneva, the largest city of Romandy in Switzerland.";
    let first = extraction(json!({
        "id": "a1", "source": "feeds/a1.txt", "date": "2024-03-05", "text": text,
        "entities": [
            {"id": "anna", "type": "Person", "name": "Anna Berg", "aliases": ["Berg"],
             "mentions": [span(text, "Anna Berg")], "roles": ["minister of water"], "links": {"wikidata": "Q4"}},
            {"id": "board", "type": "Organization", "name": "Geneva Water Board", "mentions": [span(text, "Geneva Water Board")],
             "links": {"website": "https://example.com/board"}},
            {"id": "geneva", "type": "Place", "name": "Geneva", "mentions": [span(text, "Geneva")],
             "links": {"geonames": "2660646"}},
            {"id": "swiss", "type": "Place", "name": "Switzerland", "mentions": [span(text, "Switzerland")],
             "links": {"wikidata": "Q39", "geonames": "2658434"}}
        ],
        "statements": [
            {"id": "q1", "kind": "direct", "speaker": "anna", "source": span(text, "Anna Berg"), "cue": span(text, "said"),
             "content": span(text, "We will share the lake."), "about": ["geneva"], "date": "2024-03-04"}
        ],
        "relations": [
            {"subject": "anna", "predicate": "worksFor", "object": "board", "role": "minister of water",
             "evidence": span(text, "minister of water at the Geneva Water Board")},
            {"subject": "anna", "predicate": "memberOf", "object": "board"},
            {"subject": "board", "predicate": "locatedIn", "object": "geneva"},
            {"subject": "geneva", "predicate": "locatedIn", "object": "swiss", "role": "largest city of Romandy"}
        ],
        "events": [
            {"id": "v1", "name": "Geneva water talks", "participants": ["anna", "board"], "place": "geneva",
             "date": "2024-03-06", "evidence": span(text, "Geneva water talks")}
        ]
    }));
    let text = "Berg reportedly wants a treaty.";
    let second = extraction(json!({
        "id": "a2", "text": text,
        "entities": [{"id": "p", "type": "Person", "name": "Berg", "mentions": [span(text, "Berg")], "links": {"wikidata": "Q4"}}],
        "statements": [{"id": "s", "kind": "indirect", "speaker": null, "content": span(text, "wants a treaty")}]
    }));
    vec![first, second]
}

/// Strings that break naive writers: quotes, backslashes, control characters, right-to-left text,
/// emoji, markup, JSON-LD keywords and compact IRIs as plain text, a 10,000-character name, and a link
/// whose IRI reads like a compact IRI of this very document.
fn hostile() -> Vec<Extraction> {
    let long_name = "Ω".repeat(10_000);
    let text = format!(
        "date 2024-01-02 \"Quoted\" \\ <b>headline</b>\n\
         خبر عاجل\u{200f}: O'Brien \"the \\\\ man\" 🙂👩‍👩‍👧 said\t\"a\nb\" to <script>alert('x')</script> and {long_name}."
    );
    let text = text.as_str();
    vec![extraction(json!({
        "id": "a \"b\"/<c>\\d", "source": "C:\\news\\\"odd\"\n.txt", "date": "2024-01-02", "text": text,
        "entities": [
            {"id": "e1", "type": "Person", "name": "O'Brien \"the \\\\ man\"",
             "aliases": ["line\nbreak", "nul\u{0}bell\u{7}", "@id", "_:b0", "person:x", "خبر عاجل\u{200f}"],
             "mentions": [span(text, "O'Brien \"the \\\\ man\""), span(text, "خبر عاجل\u{200f}")],
             "roles": ["<script>alert('x')</script>"], "links": {"web": "person:x", "other": "urn:x:\u{e9}"}},
            {"id": "e2", "type": "Organization", "name": long_name, "aliases": ["🙂👩‍👩‍👧"],
             "mentions": [span(text, &long_name), span(text, "🙂👩‍👩‍👧")]}
        ],
        "statements": [
            {"id": "s1", "kind": "mixed", "speaker": "e1", "cue": span(text, "said"), "content": span(text, "\"a\nb\""),
             "about": ["e2"]}
        ],
        "relations": [{"subject": "e1", "predicate": "worksFor", "object": "e2", "role": "\"chief\" \\ <boss> 🙂"}]
    }))]
}

fn options(mentions: bool) -> ExportOptions {
    ExportOptions { mentions, context: JsonLdContext::Embedded, ..Default::default() }
}

/// Every combination the round trips cover: fixtures, with and without mentions, and a base that ends
/// in `#` rather than the default's `/`.
fn cases() -> Vec<(&'static str, KnowledgeGraph, ExportOptions)> {
    let fragment_base = Base::new("https://example.com/kg#").unwrap();
    let (fragment, rejected) = KnowledgeGraph::build(fragment_base, featured());
    assert!(rejected.is_empty());
    vec![
        ("featured", graph_of(featured()), options(false)),
        ("featured-mentions", graph_of(featured()), options(true)),
        ("hostile", graph_of(hostile()), options(false)),
        ("hostile-mentions", graph_of(hostile()), options(true)),
        ("extracted-examples-mentions", graph_of(crate::support::extracted_examples()), options(true)),
        ("fragment-base-mentions", fragment, options(true)),
    ]
}

fn expected(graph: &KnowledgeGraph, options: &ExportOptions) -> HashSet<Quad> {
    export::quads(graph, options).into_iter().collect()
}

fn read(quads: impl Iterator<Item = Result<Quad, oxjsonld::JsonLdSyntaxError>>) -> HashSet<Quad> {
    quads.collect::<Result<_, _>>().unwrap_or_else(|error| panic!("oxjsonld rejects the document: {error}"))
}

fn assert_same_quads(case: &str, actual: &HashSet<Quad>, expected: &HashSet<Quad>) {
    let listed = |quads: HashSet<&Quad>| quads.into_iter().map(Quad::to_string).collect::<BTreeSet<_>>();
    let extra = listed(actual.difference(expected).collect());
    let missing = listed(expected.difference(actual).collect());
    assert!(extra.is_empty() && missing.is_empty(), "{case}: JSON-LD has extra {extra:#?}\nand lacks {missing:#?}");
}

fn published_context() -> serde_json::Map<String, Value> {
    let text = std::fs::read_to_string(repo_path("schemas/context.jsonld")).unwrap();
    let Value::Object(mut file) = serde_json::from_str(&text).unwrap() else { panic!("the context is not an object") };
    let Some(Value::Object(context)) = file.remove("@context") else { panic!("no @context object") };
    context
}

#[test]
fn oxjsonld_reads_back_the_nquads() {
    for (case, graph, options) in cases() {
        let document = export(&graph, Format::JsonLd, &options);
        assert_same_quads(case, &read(JsonLdParser::new().for_slice(&document)), &expected(&graph, &options));
    }
}

/// The validator script run on a JSON-LD file and an N-Quads file, or `None` without Python.
fn pyld_check(name: &str, jsonld: &[u8], nquads: &[u8]) -> Option<std::process::Output> {
    let python = external_tool("python", &["-c", "import pyld, rdflib"])?;
    let dir = scratch_dir(&format!("jsonld-{name}"));
    let (jsonld_path, nquads_path) = (dir.join("graph.jsonld"), dir.join("graph.nq"));
    std::fs::write(&jsonld_path, jsonld).unwrap();
    std::fs::write(&nquads_path, nquads).unwrap();
    let script = repo_path("tests/validators/jsonld_matches_nquads.py");
    Some(Command::new(python).arg(script).arg(jsonld_path).arg(nquads_path).output().unwrap())
}

fn report(output: &std::process::Output) -> String {
    format!("{}{}", String::from_utf8_lossy(&output.stdout), String::from_utf8_lossy(&output.stderr))
}

#[test]
fn pyld_reads_back_the_nquads() {
    for (case, graph, options) in cases() {
        let jsonld = export(&graph, Format::JsonLd, &options);
        let nquads = export(&graph, Format::NQuads, &options);
        let Some(output) = pyld_check(case, &jsonld, &nquads) else { return };
        assert_eq!(output.status.code(), Some(0), "{case}:\n{}", report(&output));
    }
}

/// The validator must see a missing quad, a quad moved to another graph and a changed lexical form,
/// or its passing would prove nothing.
#[test]
fn the_pyld_validator_reports_differences() {
    let (graph, options) = (graph_of(featured()), options(true));
    let jsonld = export(&graph, Format::JsonLd, &options);
    let nquads = String::from_utf8(export(&graph, Format::NQuads, &options)).unwrap();
    let named =
        nquads.lines().find(|line| line.contains("nif-core#beginIndex> \"0\"")).expect("an offset 0 in a graph");
    let (triple, _graph) = named.rsplit_once(" <").unwrap();
    let mutations = [
        ("missing", nquads.replacen(&format!("{named}\n"), "", 1)),
        ("moved", nquads.replacen(named, &format!("{triple} ."), 1)),
        ("lexical", nquads.replacen(named, &named.replacen("\"0\"", "\"00\"", 1), 1)),
    ];
    for (mutation, changed) in mutations {
        assert_ne!(changed, nquads, "{mutation}: the mutation changed nothing");
        let Some(output) = pyld_check(&format!("mutation-{mutation}"), &jsonld, changed.as_bytes()) else { return };
        assert_eq!(output.status.code(), Some(1), "{mutation} went unnoticed:\n{}", report(&output));
        assert!(report(&output).contains("differs"), "{mutation}: no diff shown:\n{}", report(&output));
    }
}

/// With a context by URL, the validator stops rather than fetch it.
#[test]
fn the_pyld_validator_fetches_nothing() {
    let graph = graph_of(featured());
    let by_url =
        ExportOptions { mentions: false, context: JsonLdContext::Url(CONTEXT_URL.into()), ..Default::default() };
    let jsonld = export(&graph, Format::JsonLd, &by_url);
    let Some(output) = pyld_check("by-url", &jsonld, &export(&graph, Format::NQuads, &by_url)) else { return };
    assert_eq!(output.status.code(), Some(2), "{}", report(&output));
    assert!(report(&output).contains(&format!("refusing to load {CONTEXT_URL}")), "{}", report(&output));
}

#[test]
fn a_context_by_url_is_followed_by_the_node_kind_prefixes() {
    let graph = graph_of(featured());
    let options =
        ExportOptions { mentions: true, context: JsonLdContext::Url(CONTEXT_URL.into()), ..Default::default() };
    let document = export(&graph, Format::JsonLd, &options);
    let parsed: Value = serde_json::from_slice(&document).unwrap();
    let base = Base::DEFAULT;
    let prefixes = json!({
        "article": format!("{base}article/"), "person": format!("{base}person/"),
        "organization": format!("{base}organization/"), "place": format!("{base}place/"),
        "statement": format!("{base}statement/"), "mention": format!("{base}mention/"), "role": format!("{base}role/"),
        "event": format!("{base}event/"), "evidence": format!("{base}evidence/")
    });
    assert_eq!(parsed["@context"], json!([CONTEXT_URL, prefixes]));
    // The loader hands oxjsonld the published file for the URL, so nothing is fetched.
    let published = std::fs::read(repo_path("schemas/context.jsonld")).unwrap();
    let quads = JsonLdParser::new().for_slice(&document).with_load_document_callback(move |url, _| {
        assert_eq!(url, CONTEXT_URL, "only the context URL may be loaded");
        Ok(JsonLdRemoteDocument { document: published.clone(), document_url: url.into() })
    });
    assert_same_quads("url", &read(quads), &expected(&graph, &options));
}

/// Node objects, nested named graphs included; values are not entered, as their keys are keywords.
fn node_objects(nodes: &Value) -> Vec<&serde_json::Map<String, Value>> {
    let nodes = nodes.as_array().expect("@graph is an array");
    let objects = nodes.iter().map(|node| node.as_object().expect("a node object"));
    objects
        .flat_map(|node| std::iter::once(node).chain(node.get("@graph").map(node_objects).unwrap_or_default()))
        .collect()
}

/// Every key and class of the output is a term of the published context, so quads.rs cannot emit a
/// predicate or class without one; and every term is used, so the context holds nothing stale.
#[test]
fn the_published_context_has_a_term_for_everything_and_nothing_else() {
    let context = published_context();
    let graph = graph_of(featured());
    let document: Value = serde_json::from_slice(&export(&graph, Format::JsonLd, &options(true))).unwrap();
    let mut used = BTreeSet::new();
    for node in node_objects(&document["@graph"]) {
        used.extend(node.keys().filter(|key| !key.starts_with('@')).cloned());
        let types = node.get("@type").map_or(vec![], |types| types.as_array().cloned().unwrap_or(vec![types.clone()]));
        used.extend(types.iter().map(|class| class.as_str().expect("a class name").to_owned()));
    }
    let is_prefix = |definition: &Value| definition.as_str().is_some_and(|iri| iri.ends_with(['/', '#']));
    let terms: BTreeSet<String> = context
        .iter()
        .filter(|(name, definition)| !name.starts_with('@') && !is_prefix(definition))
        .map(|(name, _)| name.clone())
        .collect();
    assert_eq!(used.difference(&terms).collect::<Vec<_>>(), Vec::<&String>::new(), "used without a term");
    assert_eq!(terms.difference(&used).collect::<Vec<_>>(), Vec::<&String>::new(), "terms never used");
}

#[test]
fn the_published_context_is_json_ld_1_1_with_every_vocabulary_prefix() {
    let context = published_context();
    assert_eq!(context["@version"], json!(1.1));
    for (name, iri) in vocab::PREFIXES {
        assert_eq!(context.get(name), Some(&json!(iri)), "prefix {name}");
    }
}

/// The whole output of a small graph, which fixes the shape: key order, compact IRIs, `@type` terms,
/// offsets as numbers, `@set` terms as arrays, the named graph under its article, pretty printing.
#[test]
fn a_small_graph_reads_as_expected() {
    let text = "date 2024-03-05 Hi\nAnna said yes.";
    let graph = graph_of(vec![extraction(json!({
        "id": "a1", "date": "2024-03-05", "text": text,
        "entities": [{"id": "e", "type": "Person", "name": "Anna", "mentions": [span(text, "Anna")]}]
    }))]);
    let options =
        ExportOptions { mentions: true, context: JsonLdContext::Url(CONTEXT_URL.into()), ..Default::default() };
    let document = String::from_utf8(export(&graph, Format::JsonLd, &options)).unwrap();
    let expected = r#"{
  "@context": [
    "https://w3id.org/newsgraph/context.jsonld",
    {
      "article": "http://example.org/newsgraph/article/",
      "person": "http://example.org/newsgraph/person/",
      "organization": "http://example.org/newsgraph/organization/",
      "place": "http://example.org/newsgraph/place/",
      "statement": "http://example.org/newsgraph/statement/",
      "mention": "http://example.org/newsgraph/mention/",
      "role": "http://example.org/newsgraph/role/",
      "event": "http://example.org/newsgraph/event/",
      "evidence": "http://example.org/newsgraph/evidence/"
    }
  ],
  "@graph": [
    {
      "@id": "article:a1",
      "@type": [
        "Context",
        "NewsArticle"
      ],
      "datePublished": "2024-03-05",
      "headline": "Hi",
      "identifier": "a1",
      "isString": "date 2024-03-05 Hi\nAnna said yes.",
      "@graph": [
        {
          "@id": "article:a1",
          "mentions": [
            "person:anna"
          ]
        },
        {
          "@id": "mention:a1-19-23",
          "@type": "Phrase",
          "anchorOf": "Anna",
          "beginIndex": 19,
          "endIndex": 23,
          "referenceContext": "article:a1",
          "taIdentRef": "person:anna"
        },
        {
          "@id": "person:anna",
          "@type": "Person",
          "name": "Anna"
        }
      ]
    },
    {
      "@id": "person:anna",
      "@type": "Person",
      "name": "Anna"
    }
  ]
}
"#;
    assert_eq!(document, expected);
}
