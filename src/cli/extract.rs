//! `newsgraph extract`: one extraction per document, as JSON Lines.

use super::args::ExtractArgs;
use super::input::read_inputs;
use super::output::{Output, Written};
use super::report::Tally;

pub fn run(args: &ExtractArgs) -> anyhow::Result<Tally> {
    let output = Output::new(&args.output)?;
    let mut tally = Tally::default();
    output.write(|writer| {
        let mut write_error = None;
        read_inputs(&args.input, &output, |item| {
            if write_error.is_some() {
                return;
            }
            match item {
                Ok((_, item)) => {
                    let extraction = item.into_extraction();
                    // Each line is flushed as it is written: a reader of a stream sees it at once.
                    let written = serde_json::to_writer(&mut *writer, &extraction)
                        .map_err(anyhow::Error::from)
                        .and_then(|()| Ok(writer.write_all(b"\n").and_then(|()| writer.flush())?));
                    match written {
                        Ok(()) => tally.succeeded += 1,
                        Err(error) => write_error = Some(error),
                    }
                }
                Err(error) => tally.fail(error),
            }
        })?;
        if let Some(error) = write_error {
            return Err(output.error(error));
        }
        match (tally.succeeded, tally.failed) {
            (0, 0) => anyhow::bail!("the inputs hold no documents"),
            (0, _) => {
                if !output.is_stdout() {
                    eprintln!("newsgraph: no document went through, so {} was not written", output.path().display());
                }
                Ok(Written::Nothing)
            }
            _ => Ok(Written::Complete),
        }
    })?;
    Ok(tally)
}
