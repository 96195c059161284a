//! `newsgraph build`: every document merged into one graph, written in one format.

use anyhow::{Context, bail};
use newsgraph::export::{self, ExportOptions, Format, JsonLdContext};
use newsgraph::graph::KnowledgeGraph;

use super::args::BuildArgs;
use super::input::read_inputs;
use super::output::{Output, Written};
use super::report::Tally;

pub fn run(args: &BuildArgs) -> anyhow::Result<Tally> {
    let output = Output::new(&args.output)?;
    let format = output_format(args, &output)?;
    let mut tally = Tally::default();
    let mut extractions = Vec::new();
    read_inputs(&args.input, &output, |item| match item {
        Ok((_, item)) => extractions.push(item.into_extraction()),
        Err(error) => tally.fail(error),
    })?;
    let read = extractions.len();
    let (graph, rejected) = KnowledgeGraph::build(args.base.clone(), extractions);
    for rejection in &rejected {
        let document = &rejection.extraction.document;
        let source = document.source.as_deref().unwrap_or("no source");
        tally.fail(format!("document {:?} ({source}): {}", document.id, rejection.error));
    }
    tally.succeeded = read - rejected.len();
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
    output.write(|writer| match export::write(&graph, format, &options, writer) {
        Ok(_) => Ok(Written::Complete),
        Err(error) => Err(output.error(error)),
    })?;
    Ok(tally)
}

fn output_format(args: &BuildArgs, output: &Output) -> anyhow::Result<Format> {
    if let Some(format) = args.format {
        return Ok(format);
    }
    if output.is_stdout() {
        bail!("writing to standard output needs --format");
    }
    Format::from_path(&args.output).with_context(|| {
        let extensions: Vec<_> = Format::ALL.iter().map(|format| format!(".{}", format.extension())).collect();
        format!("cannot tell the format of {}: use {} or --format", args.output.display(), extensions.join(" "))
    })
}
