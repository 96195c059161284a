//! Many documents at once: the same output on any number of cores, standard input to standard
//! output as a streaming filter, and the summary line, progress bar and `--quiet`.

use std::fs;
use std::path::{Path, PathBuf};
use std::process::Command;

use newsgraph::contract::Extraction;

use crate::cli::{newsgraph, stderr, with_stdin};
use crate::support::{external_tool, files_with_extension, repo_path, scratch_dir};

/// The example articles as JSON Lines documents, each repeated under `copies` ids, so that a run
/// spans several batches of the pipeline.
fn document_lines(copies: usize) -> String {
    let paths = files_with_extension("examples", "txt");
    let mut lines = String::new();
    for copy in 0..copies {
        for path in &paths {
            let id = format!("{}-{copy}", path.file_stem().unwrap().to_string_lossy());
            let text = fs::read_to_string(path).unwrap();
            lines += &serde_json::json!({ "id": id, "text": text }).to_string();
            lines.push('\n');
        }
    }
    lines
}

fn write_documents(dir: &Path, copies: usize) -> PathBuf {
    let path = dir.join("documents.jsonl");
    fs::write(&path, document_lines(copies)).unwrap();
    path
}

fn stdout_lines(stdout: &[u8]) -> Vec<Extraction> {
    String::from_utf8_lossy(stdout).lines().map(|line| serde_json::from_str(line).unwrap()).collect()
}

#[test]
fn any_number_of_jobs_writes_the_same_bytes() {
    let dir = scratch_dir("scale-jobs");
    let documents = write_documents(&dir, 12);
    let documents = documents.to_str().unwrap();
    let run = |command: &str, jobs: &str, extension: &str| {
        let out = dir.join(format!("{command}-{jobs}.{extension}"));
        let output = newsgraph(&[command, documents, "-o", out.to_str().unwrap(), "--jobs", jobs]);
        assert!(output.status.success(), "{}", stderr(&output));
        fs::read(out).unwrap()
    };
    let one_core = run("extract", "1", "jsonl");
    assert_eq!(stdout_lines(&one_core).len(), 48);
    for jobs in ["2", "3", "8"] {
        assert!(one_core == run("extract", jobs, "jsonl"), "extract --jobs {jobs} differs from one job");
    }
    let one_core = run("build", "1", "nq");
    assert!(one_core == run("build", "3", "nq"), "build --jobs 3 differs from one job");
}

#[test]
fn extract_filters_standard_input_to_standard_output_in_input_order() {
    let lines = document_lines(20);
    let output = with_stdin(&["extract", "-", "-o", "-", "--jobs", "2"], lines.as_bytes());
    assert!(output.status.success(), "{}", stderr(&output));
    let ids: Vec<String> = stdout_lines(&output.stdout).into_iter().map(|e| e.document.id).collect();
    let expected: Vec<String> = lines
        .lines()
        .map(|line| serde_json::from_str::<serde_json::Value>(line).unwrap()["id"].as_str().unwrap().to_owned())
        .collect();
    assert_eq!(ids, expected);

    // A plain-text article on standard input is one document.
    let article = fs::read(repo_path("tests/fixtures/articles/fisheries-talks.txt")).unwrap();
    let output = with_stdin(&["extract", "-", "-o", "-"], &article);
    assert!(output.status.success(), "{}", stderr(&output));
    assert_eq!(stdout_lines(&output.stdout).len(), 1);
}

#[test]
fn a_bad_line_on_standard_input_fails_alone() {
    let mut lines = document_lines(1).into_bytes();
    let second_line = lines.iter().position(|&byte| byte == b'\n').unwrap() + 1;
    lines.splice(second_line..second_line, *b"{\"id\": \"broken\", \"text\": \n");
    lines.extend_from_slice(b"{\"text\": \"caf\xe9\"}\n");
    let output = with_stdin(&["extract", "-"], &lines);
    assert_eq!(output.status.code(), Some(1));
    assert_eq!(stdout_lines(&output.stdout).len(), 4);
    let messages = stderr(&output);
    assert!(messages.contains("-:2: malformed JSON"), "{messages}");
    assert!(messages.contains("-:6: invalid UTF-8"), "{messages}");
}

/// The counts of the summary line: documents read, failed, entities, statements, relations, bytes.
fn summary_counts(stderr: &str) -> [u64; 6] {
    let line = stderr.lines().find(|line| line.contains("documents read")).unwrap_or_else(|| panic!("{stderr}"));
    let numbers: Vec<u64> =
        line.split(|c: char| !c.is_ascii_digit() && c != '.').filter_map(|word| word.parse().ok()).collect();
    numbers[..6].try_into().unwrap_or_else(|_| panic!("{line}"))
}

#[test]
fn the_summary_counts_what_extract_wrote() {
    let dir = scratch_dir("scale-summary-extract");
    let inputs = dir.join("inputs");
    fs::create_dir(&inputs).unwrap();
    write_documents(&inputs, 2);
    fs::write(inputs.join("broken.jsonl"), "{\"text\": 1}\n").unwrap();
    let out = dir.join("out.jsonl");
    let output = newsgraph(&["extract", inputs.to_str().unwrap(), "-o", out.to_str().unwrap()]);
    assert_eq!(output.status.code(), Some(1), "{}", stderr(&output));
    let written = fs::read(&out).unwrap();
    let extractions = stdout_lines(&written);
    let sum = |count: fn(&Extraction) -> usize| extractions.iter().map(count).sum::<usize>() as u64;
    let expected = [
        extractions.len() as u64 + 1,
        1,
        sum(|e| e.entities.len()),
        sum(|e| e.statements.len()),
        sum(|e| e.relations.len()),
        written.len() as u64,
    ];
    assert_eq!(summary_counts(&stderr(&output)), expected);
}

#[test]
fn the_summary_counts_what_build_wrote() {
    let dir = scratch_dir("scale-summary-build");
    let out = dir.join("graph.nq");
    let examples = repo_path("examples");
    let output = newsgraph(&["build", examples.to_str().unwrap(), "-o", out.to_str().unwrap()]);
    assert!(output.status.success(), "{}", stderr(&output));
    let written = fs::read(&out).unwrap();
    let quads: Vec<oxrdf::Quad> = oxttl::NQuadsParser::new().for_slice(&written).map(Result::unwrap).collect();
    let typed = |classes: &[&str]| {
        let subjects = quads.iter().filter(|quad| {
            quad.predicate.as_str() == "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
                && classes.iter().any(|class| quad.object.to_string() == format!("<http://schema.org/{class}>"))
        });
        subjects.map(|quad| quad.subject.to_string()).collect::<std::collections::HashSet<_>>().len() as u64
    };
    let expected = [
        4,
        0,
        typed(&["Person", "Organization", "Place"]),
        typed(&["Quotation"]),
        typed(&["OrganizationRole", "Role"]),
        written.len() as u64,
    ];
    assert_eq!(summary_counts(&stderr(&output)), expected);
}

#[test]
fn quiet_leaves_only_the_errors() {
    let dir = scratch_dir("scale-quiet");
    let documents = write_documents(&dir, 1);
    let output = newsgraph(&["extract", documents.to_str().unwrap(), "--quiet"]);
    assert!(output.status.success());
    assert_eq!(stderr(&output), "");
    let undated = dir.join("undated.txt");
    fs::write(&undated, "No date line.").unwrap();
    let inputs = [documents.to_str().unwrap(), undated.to_str().unwrap()];
    let output = newsgraph(&["build", inputs[0], inputs[1], "-q", "-o", dir.join("g.ttl").to_str().unwrap()]);
    assert_eq!(output.status.code(), Some(1));
    let messages = stderr(&output);
    assert!(messages.contains("undated.txt:1: the first line"), "{messages}");
    assert!(!messages.contains("documents read"), "{messages}");
}

/// Runs newsgraph under `script`, which gives it a terminal, and returns what the terminal showed.
fn on_a_terminal(script: &Path, args: &str) -> String {
    let command = format!("{} {args}", env!("CARGO_BIN_EXE_newsgraph"));
    let output = Command::new(script).args(["-qec", &command, "/dev/null"]).output().unwrap();
    assert!(output.status.success(), "{}", String::from_utf8_lossy(&output.stderr));
    String::from_utf8_lossy(&output.stdout).into_owned()
}

#[test]
fn the_progress_bar_shows_on_a_terminal_only() {
    let dir = scratch_dir("scale-progress");
    let documents = write_documents(&dir, 30);
    let out = dir.join("out.jsonl");
    let args = format!("extract {} -o {}", documents.display(), out.display());
    // Without a terminal, standard error holds the summary alone.
    let output = newsgraph(&args.split(' ').collect::<Vec<_>>());
    assert!(output.status.success());
    assert_eq!(stderr(&output).lines().count(), 1, "{}", stderr(&output));
    assert!(!stderr(&output).contains("words/s"));

    let Some(script) = external_tool("script", &["-qec", "true", "/dev/null"]) else { return };
    let shown = on_a_terminal(&script, &args);
    assert!(shown.contains("words/s") && shown.contains("ETA"), "no progress bar in {shown:?}");
    assert!(shown.contains("120 documents read"), "{shown:?}");
    let quiet = on_a_terminal(&script, &format!("{args} --quiet"));
    assert!(quiet.trim().is_empty(), "--quiet still shows {quiet:?}");
    // Results written to the terminal itself would be torn up by the bar.
    let to_terminal = on_a_terminal(&script, &format!("extract {} -o -", documents.display()));
    assert!(to_terminal.contains("\"entities\"") && !to_terminal.contains("words/s"), "{to_terminal:?}");
}
