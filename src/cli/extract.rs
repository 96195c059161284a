//! `newsgraph extract`: one extraction per document, as JSON Lines.

use std::io::Write;

use anyhow::Context;

use super::args::ExtractArgs;
use super::input::read_inputs;
use super::report::Tally;

pub fn run(args: &ExtractArgs) -> anyhow::Result<Tally> {
    let mut output = super::output::create_stream(&args.output)?;
    let mut tally = Tally::default();
    let mut write_error = None;
    read_inputs(&args.input.inputs, !args.input.allow_undated, |item| {
        if write_error.is_some() {
            return;
        }
        match item {
            Ok((_, item)) => {
                let extraction = item.into_extraction();
                // Each line is flushed as it is written: a later failure loses nothing before it.
                let written = serde_json::to_writer(&mut output, &extraction)
                    .map_err(anyhow::Error::from)
                    .and_then(|()| Ok(output.write_all(b"\n").and_then(|()| output.flush())?));
                match written {
                    Ok(()) => tally.succeeded += 1,
                    Err(error) => write_error = Some(error),
                }
            }
            Err(error) => tally.fail(error),
        }
    });
    if tally.succeeded + tally.failed == 0 {
        anyhow::bail!("the inputs hold no documents");
    }
    match write_error {
        Some(error) => Err(error).with_context(|| format!("cannot write {}", args.output.display())),
        None => Ok(tally),
    }
}
