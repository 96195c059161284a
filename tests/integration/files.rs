//! Output files are never lost or corrupted: a regular file is replaced whole and only on success,
//! a special file is written in place, a link keeps pointing where it did, and an output that is
//! also an input is refused before anything is read.

use std::fs;
use std::io::Read;
use std::os::unix::fs::FileTypeExt;
use std::path::Path;
use std::process::{Child, Command, Stdio};
use std::thread;
use std::time::{Duration, Instant};

use crate::cli::{examples, newsgraph, stderr};
use crate::support::{external_tool, scratch_dir};

fn path(path: &Path) -> &str {
    path.to_str().unwrap()
}

fn article(dir: &Path, name: &str) -> String {
    let file = dir.join(name);
    fs::write(&file, "date 2024-02-06 Ferry strike ends\n\nDockworkers in Valmora ended their strike, union leader Petra Halvorsen said on Tuesday.\n").unwrap();
    path(&file).to_owned()
}

/// The names in a folder, so that a left-over temporary file shows.
fn names(dir: &Path) -> Vec<String> {
    let mut names: Vec<_> = fs::read_dir(dir).unwrap().map(|e| e.unwrap().file_name().into_string().unwrap()).collect();
    names.sort();
    names
}

#[test]
fn two_concurrent_builds_to_one_path_both_succeed_and_leave_one_complete_graph() {
    let dir = scratch_dir("files-concurrent");
    let small = article(&dir, "small.txt");
    let (all_alone, small_alone) = (dir.join("all.nt"), dir.join("small.nt"));
    assert!(newsgraph(&["build", &examples(), "-o", path(&all_alone)]).status.success());
    assert!(newsgraph(&["build", &small, "-o", path(&small_alone)]).status.success());
    let shared = dir.join("graph.nt");
    for round in 0..3 {
        let spawn = |input: &str| {
            Command::new(env!("CARGO_BIN_EXE_newsgraph"))
                .args(["build", input, "-o", path(&shared)])
                .stderr(Stdio::piped())
                .spawn()
                .unwrap()
        };
        let (first, second) = (spawn(&examples()), spawn(&small));
        for child in [first, second] {
            let output = child.wait_with_output().unwrap();
            assert!(output.status.success(), "round {round}: {}", stderr(&output));
        }
        let written = fs::read(&shared).unwrap();
        assert!(
            written == fs::read(&all_alone).unwrap() || written == fs::read(&small_alone).unwrap(),
            "round {round}: the graph is neither build's own"
        );
    }
    assert_eq!(names(&dir), ["all.nt", "graph.nt", "small.nt", "small.txt"]);
}

#[test]
fn a_fifo_output_is_written_in_place() {
    let dir = scratch_dir("files-fifo");
    let fifo = dir.join("graph.fifo");
    assert!(Command::new("mkfifo").arg(&fifo).status().unwrap().success());
    let reader = {
        let fifo = fifo.clone();
        thread::spawn(move || {
            let mut text = String::new();
            fs::File::open(fifo).unwrap().read_to_string(&mut text).unwrap();
            text
        })
    };
    let output = newsgraph(&["build", &examples(), "-o", path(&fifo), "--format", "ntriples"]);
    assert!(output.status.success(), "{}", stderr(&output));
    assert!(reader.join().unwrap().contains("http://schema.org/NewsArticle"));
    assert!(fs::symlink_metadata(&fifo).unwrap().file_type().is_fifo(), "the FIFO is still a FIFO");
    assert_eq!(names(&dir), ["graph.fifo"]);
}

#[test]
fn dev_null_as_output_stays_a_device() {
    for command in [["build", "--format=turtle"], ["extract", "--allow-undated"]] {
        let output = newsgraph(&[command[0], &examples(), "-o", "/dev/null", command[1]]);
        assert!(output.status.success(), "{command:?}: {}", stderr(&output));
        assert!(fs::metadata("/dev/null").unwrap().file_type().is_char_device());
    }
}

#[test]
fn a_symlinked_output_replaces_its_target_and_keeps_the_link() {
    let dir = scratch_dir("files-symlink");
    let target = dir.join("target.jsonl");
    fs::write(&target, "old").unwrap();
    let link = dir.join("link.jsonl");
    std::os::unix::fs::symlink("target.jsonl", &link).unwrap();
    let output = newsgraph(&["extract", &examples(), "-o", path(&link)]);
    assert!(output.status.success(), "{}", stderr(&output));
    assert_eq!(fs::read_link(&link).unwrap(), Path::new("target.jsonl"));
    assert_eq!(fs::read_to_string(&target).unwrap().lines().count(), 4);
    assert_eq!(names(&dir), ["link.jsonl", "target.jsonl"]);
}

#[test]
fn an_output_that_is_also_an_input_is_refused_before_anything_is_read() {
    let dir = scratch_dir("files-output-is-input");
    let batch = dir.join("batch");
    fs::create_dir(&batch).unwrap();
    let out = batch.join("out.jsonl");
    article(&batch, "a.txt");
    let link = dir.join("link.jsonl");
    std::os::unix::fs::symlink(&out, &link).unwrap();
    // The directory would read its own output: now, or on the next run.
    for (input, output) in [(path(&batch), path(&out)), (path(&out), path(&out)), (path(&link), path(&out))] {
        let first_run = !out.exists();
        let result = newsgraph(&["extract", input, "-o", output]);
        assert_eq!(result.status.code(), Some(2), "{input} -o {output}");
        assert!(stderr(&result).contains("is also an input"), "{}", stderr(&result));
        if first_run {
            fs::write(&out, "{\"id\": \"earlier\"}\n").unwrap();
        } else {
            assert_eq!(fs::read_to_string(&out).unwrap(), "{\"id\": \"earlier\"}\n", "untouched");
        }
    }
    fs::remove_file(&out).unwrap();
    let result = newsgraph(&["build", path(&batch), "-o", path(&batch.join("graph.jsonld"))]);
    assert!(result.status.success(), "a graph is no input of the directory: {}", stderr(&result));
}

#[test]
fn a_failed_extract_leaves_the_old_output_untouched() {
    let dir = scratch_dir("files-failed-extract");
    let out = dir.join("out.jsonl");
    fs::write(&out, "earlier").unwrap();
    let undated = dir.join("undated.txt");
    fs::write(&undated, "No date line.").unwrap();
    let missing = dir.join("missing.txt");
    for input in [&undated, &missing] {
        let output = newsgraph(&["extract", path(input), "-o", path(&out)]);
        assert_eq!(output.status.code(), Some(1), "{}", stderr(&output));
        assert!(stderr(&output).contains("was not written"), "{}", stderr(&output));
        assert_eq!(fs::read_to_string(&out).unwrap(), "earlier");
    }
    assert_eq!(names(&dir), ["out.jsonl", "undated.txt"]);
}

#[test]
fn a_write_error_reports_its_cause() {
    if !Path::new("/dev/full").exists() {
        return eprintln!("skipped: no /dev/full here");
    }
    for command in [["extract", "--allow-undated"], ["build", "--format=dot"]] {
        let output = newsgraph(&[command[0], &examples(), "-o", "/dev/full", command[1]]);
        assert_eq!(output.status.code(), Some(2));
        assert!(stderr(&output).contains("cannot write /dev/full: No space left on device"), "{}", stderr(&output));
    }
}

/// An `extract` to `out` in `dir`, waiting on its open standard input once its temporary file is
/// there; with the time it started.
fn run_waiting_with_its_temporary_file(dir: &Path, out: &Path) -> (Child, Instant) {
    let child = Command::new(env!("CARGO_BIN_EXE_newsgraph"))
        .args(["extract", "-", "-o", path(out)])
        .stdin(Stdio::piped())
        .spawn()
        .unwrap();
    let started = Instant::now();
    while !names(dir).iter().any(|name| name.ends_with(".partial")) {
        assert!(started.elapsed() < Duration::from_secs(20), "no temporary file appeared");
        thread::sleep(Duration::from_millis(20));
    }
    (child, started)
}

#[test]
fn an_interrupted_run_leaves_neither_a_partial_file_nor_a_changed_output() {
    let dir = scratch_dir("files-interrupted");
    let out = dir.join("out.jsonl");
    fs::write(&out, "earlier").unwrap();
    let (mut child, started) = run_waiting_with_its_temporary_file(&dir, &out);
    // Standard input stays open until the run has ended, so that only the signal can end it.
    let stdin = child.stdin.take();
    assert!(Command::new("kill").arg(child.id().to_string()).status().unwrap().success());
    let status = loop {
        match child.try_wait().unwrap() {
            Some(status) => break status,
            None if started.elapsed() < Duration::from_secs(20) => thread::sleep(Duration::from_millis(20)),
            None => panic!("the run did not stop"),
        }
    };
    drop(stdin);
    assert_eq!(status.code(), Some(130));
    assert_eq!(names(&dir), ["out.jsonl"]);
    assert_eq!(fs::read_to_string(&out).unwrap(), "earlier");
}

#[test]
fn a_killed_run_leaves_a_temporary_file_that_the_next_run_to_the_output_removes() {
    let dir = scratch_dir("files-killed");
    let input = article(&dir, "input.txt");
    let out = dir.join("out.jsonl");
    let (mut child, _) = run_waiting_with_its_temporary_file(&dir, &out);
    let stdin = child.stdin.take();
    child.kill().unwrap(); // SIGKILL, which no handler sees
    child.wait().unwrap();
    drop(stdin);
    let left = names(&dir);
    let pid = format!(".{}.", child.id());
    assert!(
        left.iter().any(|name| name.starts_with(".out.jsonl.") && name.contains(&pid) && name.ends_with(".partial")),
        "the killed run's temporary file names its process: {left:?}"
    );
    assert!(newsgraph(&["extract", &input, "-o", path(&out)]).status.success());
    assert_eq!(names(&dir), ["input.txt", "out.jsonl"]);
}

#[test]
fn query_results_and_pictures_are_written_as_every_output_is() {
    let dir = scratch_dir("files-every-command");
    let (graph, examples) = (dir.join("graph.nt"), examples());
    assert!(newsgraph(&["build", &examples, "-o", path(&graph)]).status.success());
    let count = "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }";
    let picture_drawn = external_tool("dot", &["-V"]).is_some();
    let commands: Vec<(&str, Vec<&str>)> = [
        ("rows.tsv", vec!["query", path(&graph), "--sparql", count, "--format", "tsv", "-o"]),
        ("picture.svg", vec!["build", &examples, "-o"]),
    ]
    .into_iter()
    .filter(|(name, _)| picture_drawn || !name.ends_with(".svg"))
    .collect();
    for (name, command) in commands {
        let (target, link) = (dir.join(name), dir.join(format!("link-{name}")));
        fs::write(&target, "old").unwrap();
        std::os::unix::fs::symlink(name, &link).unwrap();
        let output = newsgraph(&[&command[..], &[path(&link)]].concat());
        assert!(output.status.success(), "{name}: {}", stderr(&output));
        assert_eq!(fs::read_link(&link).unwrap(), Path::new(name), "{name}: the link is kept");
        let written = fs::read_to_string(&target).unwrap();
        assert!(written != "old" && !written.is_empty(), "{name}: the target has the new content");
    }
    assert!(names(&dir).iter().all(|name| !name.starts_with('.')), "no temporary file is left: {:?}", names(&dir));
}
