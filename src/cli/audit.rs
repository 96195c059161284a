//! `newsgraph audit`: the identity problems of the graph the inputs make, one per line.

use newsgraph::graph::Base;

use super::args::AuditArgs;
use super::build::graph_of_inputs;
use super::report::Tally;

pub fn run(args: &AuditArgs) -> anyhow::Result<Tally> {
    let mut tally = Tally::default();
    let graph = graph_of_inputs(&args.input, Base::default(), &mut tally);
    let findings = graph.audit();
    for finding in &findings {
        println!("{finding}");
    }
    let entities =
        graph.petgraph().node_weights().filter(|node| matches!(node, newsgraph::graph::Node::Entity(_))).count();
    eprintln!("newsgraph: {} findings among {entities} entity nodes of {} documents", findings.len(), tally.succeeded);
    Ok(tally)
}
