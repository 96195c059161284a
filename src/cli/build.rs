//! `newsgraph build`: every document merged into one graph, written in one format.

use anyhow::{Context, bail};
use newsgraph::export::neo4j::{self, Neo4jFile};
use newsgraph::export::{self, ExportOptions, Format, JsonLdContext};
use newsgraph::graph::KnowledgeGraph;

use super::args::BuildArgs;
use super::input::read_inputs;
use super::output::{is_stdout, write_whole};
use super::render::{Picture, render};
use super::report::Tally;

pub fn run(args: &BuildArgs) -> anyhow::Result<Tally> {
    let picture = Picture::of(&args.output).filter(|_| args.format.is_none_or(|format| format == Format::Dot));
    let format = match picture {
        Some(_) => Format::Dot,
        None => output_format(args)?,
    };
    if format != Format::Dot && !args.view.view().draws_everything() {
        bail!("--focus, --top, --since, --until and --hide choose what a drawing shows: write .dot, .svg or .png");
    }
    let mut tally = Tally::default();
    let mut extractions = Vec::new();
    read_inputs(&args.input.inputs, !args.input.allow_undated, |item| match item {
        Ok((_, item)) => extractions.push(item.into_extraction()),
        Err(error) => tally.fail(error),
    });
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
        view: args.view.view(),
    };
    if let Some(picture) = picture {
        render(&args.output, picture, |writer| Ok(export::write(&graph, format, &options, writer).map(drop)?))?;
        return Ok(tally);
    }
    if format.is_directory() {
        if is_stdout(&args.output) {
            bail!("the {} format writes a directory: give -o DIR", format.name());
        }
        for file in Neo4jFile::all() {
            let path = args.output.join(file.file_name());
            write_whole(&path, |writer| Ok(neo4j::write(&graph, file, writer).map(drop)?))
                .with_context(|| format!("cannot write {}", path.display()))?;
        }
        return Ok(tally);
    }
    write_whole(&args.output, |writer| Ok(export::write(&graph, format, &options, writer).map(drop)?))
        .with_context(|| format!("cannot write {}", args.output.display()))?;
    Ok(tally)
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
