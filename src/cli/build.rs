//! `newsgraph build`: every document merged into one graph, written in one format. Documents are
//! extracted in parallel, and only their findings are kept until the graph is written.

use std::io::Write;

use anyhow::{Context, bail};
use newsgraph::export::neo4j::{self, Neo4jFile};
use newsgraph::export::{self, ExportError, ExportOptions, Format, JsonLdContext};
use newsgraph::graph::{CheckedExtraction, GraphBuilder, Rejected};

use super::args::BuildArgs;
use super::item::Item;
use super::output::{is_stdout, write_whole};
use super::pipeline::Pipeline;
use super::progress::Progress;
use super::render::{Picture, render};
use super::report::Tally;
use super::summary::{self, CountingWriter, Found};

pub fn run(args: &BuildArgs) -> anyhow::Result<Tally> {
    let picture = Picture::of(&args.output).filter(|_| args.format.is_none_or(|format| format == Format::Dot));
    let format = match picture {
        Some(_) => Format::Dot,
        None => output_format(args)?,
    };
    if format != Format::Dot && !args.view.view().draws_everything() {
        bail!("--focus, --top, --since, --until and --hide choose what a drawing shows: write .dot, .svg or .png");
    }
    if format.is_directory() && is_stdout(&args.output) {
        bail!("the {} format writes a directory: give -o DIR", format.name());
    }
    let input = &args.input;
    let mut progress = Progress::new(input.quiet, &input.inputs, &args.output);
    let mut tally = Tally::default();
    // The texts are only needed to write NIF mentions, which quote them.
    let mut builder = GraphBuilder::new(args.base.clone(), args.mentions);
    let mut checked_count = 0;
    let work = |item: Item| {
        let extraction = item.into_extraction();
        let words = extraction.document.text.split_whitespace().count() as u64;
        (CheckedExtraction::new(extraction, args.mentions), words)
    };
    Pipeline::new(input).run(work, |outcome, bytes_read| match outcome {
        Ok((_, (checked, words))) => {
            progress.advance(words, bytes_read);
            match checked {
                Ok(checked) => {
                    builder.add(checked);
                    checked_count += 1;
                }
                Err(rejection) => progress.suspend(|| reject(&mut tally, &rejection)),
            }
        }
        Err(error) => progress.suspend(|| tally.fail(error)),
    })?;
    let (graph, duplicates) = builder.finish();
    progress.suspend(|| duplicates.iter().for_each(|rejection| reject(&mut tally, rejection)));
    tally.succeeded = checked_count - duplicates.len();
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
    let mut written = 0;
    let mut counted = |writer: &mut dyn Write, write: &dyn Fn(&mut dyn Write) -> Result<(), ExportError>| {
        let mut writer = CountingWriter::new(writer);
        write(&mut writer)?;
        written += writer.written;
        anyhow::Ok(())
    };
    let whole_graph = |writer: &mut dyn Write| export::write(&graph, format, &options, writer).map(drop);
    if let Some(picture) = picture {
        render(&args.output, picture, |writer| counted(writer, &whole_graph))?;
    } else if format.is_directory() {
        for file in Neo4jFile::all() {
            let path = args.output.join(file.file_name());
            write_whole(&path, |writer| counted(writer, &|writer| neo4j::write(&graph, file, writer).map(drop)))
                .with_context(|| format!("cannot write {}", path.display()))?;
        }
    } else {
        write_whole(&args.output, |writer| counted(writer, &whole_graph))
            .with_context(|| format!("cannot write {}", args.output.display()))?;
    }
    let elapsed = progress.finish();
    if !input.quiet {
        eprintln!("{}", summary::line(&tally, Found::in_graph(&graph), written, &args.output, elapsed));
    }
    Ok(tally)
}

fn reject(tally: &mut Tally, rejection: &Rejected) {
    let document = &rejection.extraction.document;
    let source = document.source.as_deref().unwrap_or("no source");
    tally.fail(format!("document {:?} ({source}): {}", document.id, rejection.error));
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
