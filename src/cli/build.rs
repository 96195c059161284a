//! `newsgraph build`: every document merged into one graph, written in one format.

use anyhow::{Context, bail};
use newsgraph::export::{self, ExportOptions, Format, JsonLdContext};
use newsgraph::graph::{Base, KnowledgeGraph};

use super::args::{BuildArgs, InputArgs};
use super::input::read_inputs;
use super::output::{is_stdout, write_whole};
use super::report::Tally;

pub fn run(args: &BuildArgs) -> anyhow::Result<Tally> {
    let format = output_format(args)?;
    let mut tally = Tally::default();
    let graph = graph_of_inputs(&args.input, args.base.clone(), &mut tally);
    if tally.succeeded == 0 {
        match tally.failed {
            0 => bail!("the inputs hold no documents"),
            _ => eprintln!("newsgraph: no document went through, so {} was not written", args.output.display()),
        }
        return Ok(tally);
    }
    let options = ExportOptions {
        mentions: args.mentions,
        context: args.context_url.clone().map_or(JsonLdContext::Embedded, JsonLdContext::Url),
    };
    write_whole(&args.output, |writer| Ok(export::write(&graph, format, &options, writer).map(drop)?))
        .with_context(|| format!("cannot write {}", args.output.display()))?;
    Ok(tally)
}

/// The graph of every document the inputs hold; what cannot be read or merged is told and counted.
pub fn graph_of_inputs(input: &InputArgs, base: Base, tally: &mut Tally) -> KnowledgeGraph {
    let mut extractions = Vec::new();
    read_inputs(&input.inputs, !input.allow_undated, |item| match item {
        Ok((_, item)) => extractions.push(item.into_extraction()),
        Err(error) => tally.fail(error),
    });
    let read = extractions.len();
    let (graph, rejected) = KnowledgeGraph::build(base, extractions);
    for rejection in &rejected {
        let document = &rejection.extraction.document;
        let source = document.source.as_deref().unwrap_or("no source");
        tally.fail(format!("document {:?} ({source}): {}", document.id, rejection.error));
    }
    tally.succeeded = read - rejected.len();
    graph
}

fn output_format(args: &BuildArgs) -> anyhow::Result<Format> {
    if let Some(format) = args.format {
        return Ok(format);
    }
    if is_stdout(&args.output) {
        bail!("writing to standard output needs --format");
    }
    Format::from_path(&args.output).with_context(|| {
        let extensions: Vec<_> = Format::ALL.iter().map(|format| format!(".{}", format.extension())).collect();
        format!("cannot tell the format of {}: use {} or --format", args.output.display(), extensions.join(" "))
    })
}
