//! Every command-line flag, in one place.

use std::num::NonZeroUsize;
use std::path::PathBuf;

use clap::{Args, Parser, Subcommand};
use newsgraph::export::Format;
use newsgraph::export::view::{EdgeKind, View};
use newsgraph::extract::TrainOptions;
use newsgraph::graph::Base;
use newsgraph::text::IsoDate;

#[derive(Debug, Parser)]
#[command(name = "newsgraph", version, about = "Turn news articles into a knowledge graph.")]
pub struct Cli {
    #[command(subcommand)]
    pub command: Command,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Write the entities, statements and relations of each document as one JSON line
    /// (schemas/extraction.schema.json).
    Extract(ExtractArgs),
    /// Merge documents into one knowledge graph and write it as RDF, JSON-LD, DOT or node-link JSON.
    Build(BuildArgs),
    /// Build the graph of the inputs and list its identity problems: nodes that are no entity,
    /// titles inside people's names, aliases with another first name.
    Audit(AuditArgs),
    /// Run a SPARQL query over graph files (any RDF format newsgraph writes, or N-Quads from elsewhere)
    /// in an in-memory store whose default graph is the union of all their graphs.
    Query(QueryArgs),
    /// Train the named-entity tagger on the Groningen Meaning Bank and write its model; regenerate
    /// the committed model with `cargo run --release -- train-tagger`.
    TrainTagger(TrainTaggerArgs),
    /// Group words into classes by their neighbours in unlabelled text, for the tagger's features.
    WordClasses(WordClassesArgs),
}

#[derive(Debug, Args)]
pub struct InputArgs {
    /// Articles (.txt whose first line is `date YYYY-MM-DD`), JSON Lines documents
    /// ({"id", "text", "date"?, "source"?}), extraction JSON (.json, .jsonl), directories of them
    /// (searched recursively), or `-` for standard input.
    #[arg(required = true, value_name = "INPUT")]
    pub inputs: Vec<PathBuf>,

    /// Accept .txt articles without a `date YYYY-MM-DD` first line; their date is unknown.
    #[arg(long)]
    pub allow_undated: bool,

    /// Reject a document whose text is longer than this many bytes; the batch goes on.
    #[arg(long, value_name = "BYTES", default_value_t = 10 << 20)]
    pub max_document_bytes: usize,

    /// Refuse a file, standard input or JSON line longer than this many bytes, rather than fill the
    /// memory: each is read whole.
    #[arg(long, value_name = "BYTES", default_value_t = 1 << 30)]
    pub max_input_bytes: u64,

    /// Documents processed at once; the default is one per core. The output is the same for any number.
    #[arg(short, long, value_name = "N")]
    pub jobs: Option<NonZeroUsize>,

    /// Print neither the progress bar nor the summary line; errors still print.
    #[arg(short, long)]
    pub quiet: bool,
}

#[derive(Debug, Args)]
pub struct ExtractArgs {
    #[command(flatten)]
    pub input: InputArgs,

    /// Where to write the JSON Lines; `-` is standard output.
    #[arg(short, long, value_name = "FILE", default_value = "-")]
    pub output: PathBuf,
}

#[derive(Debug, Args)]
pub struct BuildArgs {
    #[command(flatten)]
    pub input: InputArgs,

    /// The graph file to write; its extension gives the format (.ttl .nt .nq .trig .rdf .jsonld .dot
    /// .json .graphml; .svg and .png are DOT drawn by Graphviz). `-` is standard output, which needs --format. With --format neo4j, the
    /// directory that receives the CSV files.
    #[arg(short, long, value_name = "FILE")]
    pub output: PathBuf,

    /// The output format, overriding the extension.
    #[arg(long, value_parser = parse_format, value_name = "turtle|ntriples|nquads|trig|rdfxml|jsonld|dot|json|graphml|neo4j")]
    pub format: Option<Format>,

    /// The IRI that every node IRI starts with; it must end with `/` or `#`.
    #[arg(long, value_parser = parse_base, default_value = Base::DEFAULT, value_name = "IRI")]
    pub base: Base,

    /// Also write every mention as a NIF phrase with its code-point offsets (RDF and JSON-LD).
    #[arg(long)]
    pub mentions: bool,

    /// Refer to the JSON-LD context by this URL instead of embedding it.
    #[arg(long, value_name = "URL")]
    pub context_url: Option<String>,

    #[command(flatten)]
    pub view: ViewArgs,
}

/// What a drawing (.dot, .svg, .png) shows.
#[derive(Debug, Args)]
pub struct ViewArgs {
    /// Draw the neighbourhood of the entity with this name: what it said, what was said about it, its
    /// relations, and the entities these link it to.
    #[arg(long, value_name = "NAME")]
    pub focus: Option<String>,

    /// How many steps from --focus to draw (a relation, or a statement or event naming both, is one).
    #[arg(long, value_name = "N", requires = "focus")]
    pub depth: Option<usize>,

    /// Draw the N entities with most mentions and the relations, statements and events between them.
    #[arg(long, value_name = "N", conflicts_with = "focus")]
    pub top: Option<usize>,

    /// Leave out articles, statements and events dated before this day (YYYY-MM-DD).
    #[arg(long, value_name = "DATE")]
    pub since: Option<IsoDate>,

    /// Leave out articles, statements and events dated after this day (YYYY-MM-DD).
    #[arg(long, value_name = "DATE")]
    pub until: Option<IsoDate>,

    /// Edge kinds to leave out, comma-separated: mentions, said, about, part-of, reported-in,
    /// attendee, location, works-for, member-of, located-in.
    #[arg(long, value_name = "KINDS", value_delimiter = ',', value_parser = parse_edge_kind)]
    pub hide: Vec<EdgeKind>,
}

impl ViewArgs {
    pub fn view(&self) -> View {
        View {
            focus: self.focus.clone(),
            depth: self.depth,
            top: self.top,
            since: self.since,
            until: self.until,
            hidden: self.hide.iter().copied().collect(),
        }
    }
}

#[derive(Debug, Args)]
pub struct QueryArgs {
    /// Graph files: .ttl .nt .nq .trig .rdf .jsonld, each read in the format of its extension.
    #[arg(required = true, value_name = "GRAPH")]
    pub graphs: Vec<PathBuf>,

    /// A file holding the SPARQL query (such as examples/queries/*.rq).
    #[arg(long, value_name = "FILE", conflicts_with = "sparql", required_unless_present = "sparql")]
    pub query: Option<PathBuf>,

    /// The SPARQL query itself.
    #[arg(long, value_name = "TEXT")]
    pub sparql: Option<String>,

    /// How to write the results: an aligned table, or SPARQL CSV, TSV or JSON results. CONSTRUCT and
    /// DESCRIBE write N-Triples.
    #[arg(long, value_enum, default_value_t = ResultsFormat::Table)]
    pub format: ResultsFormat,

    /// Where to write the results; `-` is standard output.
    #[arg(short, long, value_name = "FILE", default_value = "-")]
    pub output: PathBuf,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum ResultsFormat {
    Table,
    Csv,
    Tsv,
    Json,
}

#[derive(Debug, Args)]
pub struct AuditArgs {
    #[command(flatten)]
    pub input: InputArgs,
}

#[derive(Debug, Args)]
pub struct TrainTaggerArgs {
    /// The GMB's ner_dataset.csv (Windows-1252 CSV).
    #[arg(long, value_name = "PATH", default_value = "../shared/training/gmb/ner_dataset.csv")]
    pub gmb: PathBuf,

    /// The GUM genre documents: `texts/`, `gold.tsv`, `splits.tsv` and `SOURCES.tsv`.
    #[arg(long, value_name = "DIR", default_value = "../shared/training/gum")]
    pub gum: PathBuf,

    /// How many times each GUM train sentence is seen per pass: GUM is small beside the GMB but
    /// annotated as our entities are.
    #[arg(long, value_name = "N", default_value_t = 2)]
    pub gum_weight: usize,

    /// Print the scores of the model compiled into this binary on the held-out sentences; train nothing.
    #[arg(long)]
    pub evaluate: bool,

    /// Where to write the model.
    #[arg(short, long, value_name = "FILE", default_value = "data/tagger.bin")]
    pub output: PathBuf,

    /// Passes over the training data.
    #[arg(long, value_name = "N", default_value_t = TrainOptions::default().epochs)]
    pub epochs: usize,
}

#[derive(Debug, Args)]
pub struct WordClassesArgs {
    /// The GMB's ner_dataset.csv; only its words are read.
    #[arg(long, value_name = "PATH", default_value = "../shared/training/gmb/ner_dataset.csv")]
    pub gmb: PathBuf,

    /// A folder of Wikinews articles (.txt with a date line).
    #[arg(long, value_name = "DIR", default_value = "../shared/corpus/wikinews")]
    pub wikinews: PathBuf,

    /// The GUM genre documents; the texts of the genres without share-alike licences are read.
    #[arg(long, value_name = "DIR", default_value = "../shared/training/gum")]
    pub gum: PathBuf,

    /// Where to write the table.
    #[arg(short, long, value_name = "FILE", default_value = "data/word-classes.tsv")]
    pub output: PathBuf,
}

fn parse_format(name: &str) -> Result<Format, String> {
    Format::from_name(name).ok_or_else(|| {
        let names: Vec<_> = Format::ALL.iter().map(|format| format.name()).collect();
        format!("unknown format; use one of {}", names.join(", "))
    })
}

fn parse_edge_kind(name: &str) -> Result<EdgeKind, String> {
    EdgeKind::from_name(name).ok_or_else(|| {
        let names: Vec<_> = EdgeKind::ALL.iter().map(|kind| kind.name()).collect();
        format!("unknown edge kind; use {}", names.join(", "))
    })
}

fn parse_base(iri: &str) -> Result<Base, String> {
    Base::new(iri).map_err(|error| error.to_string())
}
