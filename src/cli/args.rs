//! Every command-line flag, in one place.

use std::num::NonZeroUsize;
use std::path::PathBuf;

use clap::{Args, Parser, Subcommand};
use newsgraph::export::Format;
use newsgraph::extract::TrainOptions;
use newsgraph::graph::Base;

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
    /// .json). `-` is standard output, which needs --format.
    #[arg(short, long, value_name = "FILE")]
    pub output: PathBuf,

    /// The output format, overriding the extension.
    #[arg(long, value_parser = parse_format, value_name = "turtle|ntriples|nquads|trig|rdfxml|jsonld|dot|json")]
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

fn parse_base(iri: &str) -> Result<Base, String> {
    Base::new(iri).map_err(|error| error.to_string())
}
