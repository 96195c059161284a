//! `newsgraph audit`: the identity problems of the graph the inputs make, one per line.

use std::path::Path;

use newsgraph::graph::{Base, Node};

use super::args::AuditArgs;
use super::build::gather;
use super::progress::Progress;
use super::report::Tally;

pub fn run(args: &AuditArgs) -> anyhow::Result<Tally> {
    let input = &args.input;
    // The findings go to standard output, so the progress bar stays off.
    let mut progress = Progress::new(true, &input.inputs, Path::new("-"));
    let mut tally = Tally::default();
    let graph = gather(input, Base::default(), false, &mut progress, &mut tally)?;
    let findings = graph.audit();
    for finding in &findings {
        println!("{finding}");
    }
    let entities = graph.petgraph().node_weights().filter(|node| matches!(node, Node::Entity(_))).count();
    if !input.quiet {
        eprintln!(
            "newsgraph: {} findings among {entities} entity nodes of {} documents",
            findings.len(),
            tally.succeeded
        );
    }
    Ok(tally)
}
