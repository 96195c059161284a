//! `newsgraph extract`: one extraction per document, as JSON Lines, written in input order as the
//! documents are done.

use std::io::Write;

use anyhow::Context;

use super::args::ExtractArgs;
use super::pipeline::Pipeline;
use super::progress::Progress;
use super::report::Tally;
use super::summary::{self, CountingWriter, Found};

/// What a worker makes of one document: the JSON line and what it tells the progress bar and summary.
struct Line {
    json: serde_json::Result<Vec<u8>>,
    found: Found,
    words: u64,
}

pub fn run(args: &ExtractArgs) -> anyhow::Result<Tally> {
    let input = &args.input;
    let mut output = CountingWriter::new(super::output::create_stream(&args.output)?);
    let mut progress = Progress::new(input.quiet, &input.inputs, &args.output);
    let (mut tally, mut found) = (Tally::default(), Found::default());
    let mut write_error = None;
    let work = |item: super::item::Item| {
        let extraction = item.into_extraction();
        let words = extraction.document.text.split_whitespace().count() as u64;
        let json = serde_json::to_vec(&extraction).map(|mut json| {
            json.push(b'\n');
            json
        });
        Line { json, found: Found::in_extraction(&extraction), words }
    };
    Pipeline::new(input).run(work, |outcome, bytes_read| {
        if write_error.is_some() {
            return;
        }
        match outcome {
            Ok((_, line)) => {
                progress.advance(line.words, bytes_read);
                // Each line is flushed as it is written: a later failure loses nothing before it.
                let written = line.json.map_err(anyhow::Error::from).and_then(|json| {
                    output.write_all(&json)?;
                    Ok(output.flush()?)
                });
                match written {
                    Ok(()) => {
                        tally.succeeded += 1;
                        found += line.found;
                    }
                    Err(error) => write_error = Some(error),
                }
            }
            Err(error) => progress.suspend(|| tally.fail(error)),
        }
    })?;
    if let Some(error) = write_error {
        return Err(error).with_context(|| format!("cannot write {}", args.output.display()));
    }
    if tally.succeeded + tally.failed == 0 {
        anyhow::bail!("the inputs hold no documents");
    }
    let elapsed = progress.finish();
    if !input.quiet {
        eprintln!("{}", summary::line(&tally, found, output.written, &args.output, elapsed));
    }
    Ok(tally)
}
