//! `newsgraph query`: SPARQL over graph files, in an in-memory Oxigraph store whose default graph is
//! the union of every graph loaded.
//!
//! The union is built as a set: each named graph's triples are also stored once in the default graph.
//! Oxigraph's own union view yields a triple once per graph that holds it, which would multiply rows
//! wherever articles repeat what they share (entity names, relations both report).

use std::fs::File;
use std::io::{BufReader, Write};
use std::path::Path;

use anyhow::{Context, bail};
use newsgraph::export::Format;
use oxigraph::io::{JsonLdProfileSet, RdfFormat, RdfParser, RdfSerializer};
use oxigraph::model::{GraphName, Quad};
use oxigraph::sparql::results::{QueryResultsFormat, QueryResultsSerializer};
use oxigraph::sparql::{QueryResults, SparqlEvaluator};
use oxigraph::store::Store;

use super::args::{QueryArgs, ResultsFormat};
use super::output::{Output, Written};
use super::report::Tally;
use super::results_table;

pub fn run(args: &QueryArgs) -> anyhow::Result<Tally> {
    let query = match (&args.query, &args.sparql) {
        (Some(path), None) => {
            std::fs::read_to_string(path).with_context(|| format!("cannot read the query {}", path.display()))?
        }
        (None, Some(text)) => text.clone(),
        _ => bail!("give the query either as --query FILE or as --sparql TEXT"),
    };
    // Decided before anything is read, so that a bad output fails at once.
    let output = Output::new(&args.output)?;
    let store = Store::new().context("cannot open an in-memory store")?;
    let mut tally = Tally::default();
    for path in &args.graphs {
        match load(&store, path) {
            Ok(()) => tally.succeeded += 1,
            Err(error) => tally.fail(format!("{error:#}")),
        }
    }
    if tally.succeeded == 0 {
        bail!("no graph file could be loaded");
    }
    let prepared = SparqlEvaluator::new().parse_query(&query).context("the query is not valid SPARQL")?;
    let results = prepared.on_store(&store).execute().context("the query failed")?;
    output.write(|writer| {
        write_results(results, args.format, writer).context("cannot write the results")?;
        Ok(Written::Complete)
    })?;
    Ok(tally)
}

/// Loads one graph file, in the format its extension names, into its graphs and into the default graph.
/// Nothing of a file that fails to parse is loaded.
fn load(store: &Store, path: &Path) -> anyhow::Result<()> {
    let format = Format::from_path(path)
        .and_then(rdf_format)
        .with_context(|| format!("{}: not an RDF file (use .ttl .nt .nq .trig .rdf .jsonld)", path.display()))?;
    let file = File::open(path).with_context(|| format!("cannot open {}", path.display()))?;
    let mut quads = Vec::new();
    // Blank nodes are renamed so that two files' `_:b0` stay apart; parse errors carry line and column.
    for quad in RdfParser::from_format(format).rename_blank_nodes().for_reader(BufReader::new(file)) {
        let quad = quad.with_context(|| path.display().to_string())?;
        if !quad.graph_name.is_default_graph() {
            quads.push(Quad { graph_name: GraphName::DefaultGraph, ..quad.clone() });
        }
        quads.push(quad);
    }
    store.extend(quads).with_context(|| format!("cannot store {}", path.display()))
}

/// The parser of every RDF format newsgraph writes; DOT and node-link JSON are not RDF.
fn rdf_format(format: Format) -> Option<RdfFormat> {
    Some(match format {
        Format::Turtle => RdfFormat::Turtle,
        Format::NTriples => RdfFormat::NTriples,
        Format::NQuads => RdfFormat::NQuads,
        Format::TriG => RdfFormat::TriG,
        Format::RdfXml => RdfFormat::RdfXml,
        Format::JsonLd => RdfFormat::JsonLd { profile: JsonLdProfileSet::empty() },
        Format::Dot | Format::NodeLink | Format::GraphMl | Format::Neo4j => return None,
    })
}

/// Solutions and booleans in the chosen format; the triples of CONSTRUCT and DESCRIBE as N-Triples.
fn write_results(results: QueryResults<'_>, format: ResultsFormat, mut writer: &mut dyn Write) -> anyhow::Result<()> {
    let standard = match format {
        ResultsFormat::Table => None,
        ResultsFormat::Csv => Some(QueryResultsFormat::Csv),
        ResultsFormat::Tsv => Some(QueryResultsFormat::Tsv),
        ResultsFormat::Json => Some(QueryResultsFormat::Json),
    };
    match (results, standard) {
        (QueryResults::Solutions(solutions), None) => results_table::write(solutions, &mut writer)?,
        (QueryResults::Solutions(solutions), Some(format)) => {
            let serializer = QueryResultsSerializer::from_format(format);
            let mut serializer =
                serializer.serialize_solutions_to_writer(&mut writer, solutions.variables().to_vec())?;
            for solution in solutions {
                serializer.serialize(&solution?)?;
            }
            serializer.finish()?;
        }
        (QueryResults::Boolean(answer), None) => writeln!(writer, "{answer}")?,
        (QueryResults::Boolean(answer), Some(format)) => {
            QueryResultsSerializer::from_format(format).serialize_boolean_to_writer(&mut writer, answer)?;
        }
        (QueryResults::Graph(triples), _) => {
            let mut serializer = RdfSerializer::from_format(RdfFormat::NTriples).for_writer(&mut writer);
            for triple in triples {
                serializer.serialize_triple(&triple?)?;
            }
            serializer.finish()?;
        }
    }
    Ok(())
}
