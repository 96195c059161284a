//! The command line: parse flags, run one command, and turn its outcome into an exit code.
//!
//! Exit codes: 0 when every document went through, 1 when some failed (the rest are still written),
//! 2 when the command could not run at all (bad flags, unwritable output).

mod args;
mod audit;
mod build;
mod extract;
mod gmb;
mod gum;
mod input;
mod interrupt;
mod item;
mod output;
mod pipeline;
mod progress;
mod query;
mod render;
mod report;
mod results_table;
mod summary;
mod temporary;
mod train;
mod windows1252;
mod word_classes;

use std::process::ExitCode;

use clap::Parser;

use args::{Cli, Command};

pub fn run() -> ExitCode {
    let cli = Cli::parse();
    let outcome = match &cli.command {
        Command::Extract(args) => extract::run(args),
        Command::Build(args) => build::run(args),
        Command::Audit(args) => audit::run(args),
        Command::Query(args) => query::run(args),
        // Training and word classes read no documents, so none can fail one by one.
        Command::TrainTagger(args) => train::run(args).map(|()| report::Tally::default()),
        Command::WordClasses(args) => word_classes::run(args).map(|()| report::Tally::default()),
    };
    match outcome {
        Ok(tally) if tally.failed == 0 => ExitCode::SUCCESS,
        Ok(tally) => {
            eprintln!("newsgraph: {} of {} documents failed", tally.failed, tally.failed + tally.succeeded);
            ExitCode::from(1)
        }
        Err(error) => {
            eprintln!("newsgraph: {error:#}");
            ExitCode::from(2)
        }
    }
}
