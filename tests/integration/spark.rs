//! The Spark recipe (`scripts/spark/newsgraph_job.py`) in Spark's local mode: extraction piped through
//! `newsgraph extract - -o -` in several partitions, then one build from the shards, gives the graph
//! of a single `newsgraph build`, byte for byte.

use std::fs;
use std::process::Command;

use crate::cli::{newsgraph, stderr};
use crate::support::{external_tool, repo_path, scratch_dir};

#[test]
fn the_spark_job_builds_the_graph_of_one_run() {
    let Some(python) = external_tool("python", &["-c", "import pyspark"]) else { return };
    let Some(_) = external_tool("java", &["-version"]) else { return };
    let dir = scratch_dir("spark");
    let corpus = dir.join("corpus");
    fs::create_dir(&corpus).unwrap();
    let mut copies = String::new();
    for folder in ["examples", "tests/fixtures/articles"] {
        for entry in fs::read_dir(repo_path(folder)).unwrap() {
            let path = entry.unwrap().path();
            if path.extension().is_some_and(|ext| ext == "txt") {
                fs::copy(&path, corpus.join(path.file_name().unwrap())).unwrap();
                // The same text again as a JSON Lines document under a new id, some with a source.
                let id = format!("copy-{}", path.file_stem().unwrap().to_string_lossy());
                let text = fs::read_to_string(&path).unwrap();
                let source = copies.len().is_multiple_of(2).then_some("wire");
                copies += &serde_json::json!({ "id": id, "text": text, "source": source }).to_string();
                copies.push('\n');
            }
        }
    }
    fs::write(corpus.join("copies.jsonl"), copies).unwrap();

    let single = dir.join("single.nq");
    let output = newsgraph(&["build", corpus.to_str().unwrap(), "-o", single.to_str().unwrap()]);
    assert!(output.status.success(), "{}", stderr(&output));

    let spark_output = dir.join("spark");
    let job = Command::new(python)
        .arg(repo_path("scripts/spark/newsgraph_job.py"))
        .args(["--newsgraph", env!("CARGO_BIN_EXE_newsgraph"), "--partitions", "3"])
        .args([&corpus, &spark_output])
        .output()
        .unwrap();
    assert!(job.status.success(), "the Spark job failed: {}", stderr(&job));
    let shards = fs::read_dir(spark_output.join("extractions")).unwrap().map(|entry| entry.unwrap().file_name());
    let shards = shards.filter(|name| name.to_string_lossy().starts_with("part-")).count();
    assert_eq!(shards, 3, "one extraction shard per partition");
    let from_spark = fs::read(spark_output.join("graph.nq")).unwrap();
    assert!(from_spark == fs::read(&single).unwrap(), "Spark's graph differs from a single build");
}
