//! Identical input gives byte-identical output, whatever the order of the inputs.

use newsgraph::contract::Extraction;
use newsgraph::export::{ExportOptions, Format};

use crate::support::{example_extractions, export, graph_of};

fn all_outputs(extractions: Vec<Extraction>) -> Vec<Vec<u8>> {
    let graph = graph_of(extractions);
    let options = ExportOptions { mentions: true, ..Default::default() };
    Format::ALL.into_iter().map(|format| export(&graph, format, &options)).collect()
}

#[test]
fn output_does_not_depend_on_input_order() {
    let forward = example_extractions();
    assert!(forward.len() >= 3, "the check needs several articles");
    let mut backward = forward.clone();
    backward.reverse();
    let mut rotated = forward.clone();
    rotated.rotate_left(1);
    let expected = all_outputs(forward);
    for (reordered, name) in [(backward, "reversed"), (rotated, "rotated")] {
        for (format, (got, want)) in Format::ALL.into_iter().zip(all_outputs(reordered).iter().zip(&expected)) {
            assert!(got == want, "{format:?} differs when the input is {name}");
        }
    }
}

#[test]
fn entity_iris_are_readable_and_stable() {
    let graph = graph_of(example_extractions());
    let iris: Vec<String> = graph.petgraph().node_indices().map(|index| graph.iri(index)).collect();
    assert!(iris.iter().all(|iri| iri.starts_with("http://example.org/newsgraph/")));
    assert!(iris.iter().any(|iri| iri.starts_with("http://example.org/newsgraph/person/")));
    let again = graph_of(example_extractions());
    let iris_again: Vec<String> = again.petgraph().node_indices().map(|index| again.iri(index)).collect();
    assert_eq!(iris, iris_again);
}
