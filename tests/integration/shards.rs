//! Shards merge: extractions written in several shards and built together make the graph of one
//! run, and graphs built per shard add up to the graph of one build. The second holds for entities
//! named in full in every article; an entity known by different names in different shards, or a
//! namesake that needs a numbered IRI, would differ.

use std::collections::BTreeSet;
use std::fs;
use std::path::{Path, PathBuf};

use crate::cli::{newsgraph, stderr};
use crate::support::{repo_path, scratch_dir};

const SHARDS: usize = 3;

fn articles() -> Vec<PathBuf> {
    let mut paths = Vec::new();
    for folder in ["examples", "tests/fixtures/articles"] {
        let entries = fs::read_dir(repo_path(folder)).unwrap().map(|entry| entry.unwrap().path());
        paths.extend(entries.filter(|path| path.extension().is_some_and(|ext| ext == "txt")));
    }
    paths.sort();
    assert!(paths.len() > SHARDS, "every shard needs an article");
    paths
}

/// `newsgraph <command> <inputs> -o <output>`, which must succeed.
fn run(command: &str, inputs: &[PathBuf], output: &Path) {
    let mut args = vec![command, "--quiet", "-o", output.to_str().unwrap()];
    args.extend(inputs.iter().map(|input| input.to_str().unwrap()));
    let output = newsgraph(&args);
    assert!(output.status.success(), "{args:?}: {:?} {}", output.status, stderr(&output));
}

/// The lines of N-Quads files, as a set: RDF graphs are sets, so a quad two shards share counts once.
fn quad_lines(paths: &[PathBuf]) -> BTreeSet<String> {
    paths
        .iter()
        .flat_map(|path| fs::read_to_string(path).unwrap().lines().map(str::to_owned).collect::<Vec<_>>())
        .collect()
}

#[test]
fn shards_built_together_or_apart_give_the_graph_of_one_run() {
    let dir = scratch_dir("shards");
    let articles = articles();
    let one_build = dir.join("one.nq");
    run("build", &articles, &one_build);

    let (mut shards, mut shard_graphs) = (Vec::new(), Vec::new());
    for shard in 0..SHARDS {
        let members: Vec<PathBuf> = articles.iter().skip(shard).step_by(SHARDS).cloned().collect();
        let extractions = dir.join(format!("shard-{shard}.jsonl"));
        run("extract", &members, &extractions);
        let graph = dir.join(format!("shard-{shard}.nq"));
        run("build", std::slice::from_ref(&extractions), &graph);
        shards.push(extractions);
        shard_graphs.push(graph);
    }

    let together = dir.join("together.nq");
    run("build", &shards, &together);
    assert!(
        fs::read(&together).unwrap() == fs::read(&one_build).unwrap(),
        "shards built together differ from one build"
    );

    let apart = quad_lines(&shard_graphs);
    let whole = quad_lines(&[one_build]);
    assert_eq!(apart.symmetric_difference(&whole).collect::<Vec<_>>(), Vec::<&String>::new());
    assert!(shard_graphs.iter().all(|graph| quad_lines(std::slice::from_ref(graph)).len() < whole.len()));
}
