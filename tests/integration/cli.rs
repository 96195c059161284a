//! The `newsgraph` binary: formats from extensions, per-document errors that name file and line, a
//! batch that goes on, output that is never lost, and an exit code that tells the truth.

use std::fs;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

use newsgraph::export::Format;

use crate::support::{EXTRACTIONS, repo_path, scratch_dir};

pub fn newsgraph(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_newsgraph")).args(args).output().unwrap()
}

pub fn with_stdin(args: &[&str], input: &[u8]) -> Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_newsgraph"))
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    child.stdin.take().unwrap().write_all(input).unwrap();
    child.wait_with_output().unwrap()
}

pub fn stderr(output: &Output) -> String {
    String::from_utf8_lossy(&output.stderr).into_owned()
}

fn examples() -> String {
    repo_path("examples").display().to_string()
}

/// One valid extraction, as a single JSON line.
fn extraction_line() -> String {
    let first = fs::read_dir(repo_path(EXTRACTIONS))
        .unwrap()
        .map(|e| e.unwrap().path())
        .find(|p| p.extension().is_some_and(|ext| ext == "json"));
    let value: serde_json::Value = serde_json::from_str(&fs::read_to_string(first.unwrap()).unwrap()).unwrap();
    serde_json::to_string(&value).unwrap()
}

/// A folder with one good extraction and one file of each kind of bad input.
fn bad_batch(dir: &Path) -> PathBuf {
    let batch = dir.join("batch");
    fs::create_dir_all(&batch).unwrap();
    fs::write(batch.join("a-binary.txt"), b"date 2020-01-01\x00\x01\x02").unwrap();
    fs::write(batch.join("b-latin1.txt"), b"date 2020-01-01 Headline\nCaf\xe9 opens").unwrap();
    fs::write(batch.join("c-empty.txt"), b"").unwrap();
    fs::write(batch.join("d-undated.txt"), b"Just a paragraph.\n").unwrap();
    fs::write(batch.join("e-lines.jsonl"), format!("{}\n{{\"id\": oops\n", extraction_line())).unwrap();
    let mut misquoted: serde_json::Value = serde_json::from_str(&extraction_line()).unwrap();
    misquoted["id"] = "misquoted".into();
    misquoted["entities"][0]["mentions"][0]["text"] = "not what the text says".into();
    fs::write(batch.join("f-misquoted.json"), format!("\n\n{}", serde_json::to_string_pretty(&misquoted).unwrap()))
        .unwrap();
    batch
}

#[test]
fn build_writes_every_format_its_extension_names() {
    let dir = scratch_dir("cli-every-format");
    for format in Format::ALL {
        let out = dir.join(format!("graph.{}", format.extension()));
        let output = newsgraph(&["build", &examples(), "-o", out.to_str().unwrap()]);
        assert!(output.status.success(), "{format:?}: {}", stderr(&output));
        let file = if format.is_directory() { out.join("relationships.csv") } else { out };
        assert!(fs::metadata(&file).unwrap().len() > 100, "{format:?} output is nearly empty");
    }
}

#[test]
fn standard_output_needs_a_format() {
    let output = newsgraph(&["build", &examples(), "-o", "-"]);
    assert_eq!(output.status.code(), Some(2));
    assert!(stderr(&output).contains("--format"), "{}", stderr(&output));
    let output = newsgraph(&["build", &examples(), "-o", "-", "--format", "nquads"]);
    assert!(output.status.success());
    assert!(String::from_utf8(output.stdout).unwrap().lines().all(|line| line.ends_with(" .")));
}

#[test]
fn an_unknown_extension_is_refused_before_any_work() {
    let dir = scratch_dir("cli-unknown-extension");
    let output = newsgraph(&["build", &examples(), "-o", dir.join("graph.xyz").to_str().unwrap()]);
    assert_eq!(output.status.code(), Some(2));
    assert!(stderr(&output).contains(".ttl"), "the message lists the extensions: {}", stderr(&output));
}

#[test]
fn bad_inputs_are_named_by_file_and_line_and_the_batch_goes_on() {
    let dir = scratch_dir("cli-bad-inputs");
    let batch = bad_batch(&dir);
    let out = dir.join("out.jsonl");
    let output = newsgraph(&["extract", batch.to_str().unwrap(), "-o", out.to_str().unwrap()]);
    let messages = stderr(&output);
    assert_eq!(output.status.code(), Some(1), "{messages}");
    for expected in [
        "a-binary.txt: binary file",
        "b-latin1.txt:2: invalid UTF-8",
        "c-empty.txt: empty file",
        "d-undated.txt:1: the first line does not start with `date YYYY-MM-DD`",
        "e-lines.jsonl:2: malformed JSON",
        "f-misquoted.json:3: extraction \"misquoted\": entities[0].mentions[0]: span",
        "6 of 7 documents failed",
    ] {
        assert!(messages.contains(expected), "missing {expected:?} in:\n{messages}");
    }
    let written = fs::read_to_string(&out).unwrap();
    assert_eq!(written.lines().count(), 1, "the good extraction is still written");
}

#[test]
fn a_failed_build_keeps_the_previous_output() {
    let dir = scratch_dir("cli-keeps-output");
    let out = dir.join("graph.ttl");
    fs::write(&out, "previous graph").unwrap();
    let undated = dir.join("undated.txt");
    fs::write(&undated, "No date line.").unwrap();
    let output = newsgraph(&["build", undated.to_str().unwrap(), "-o", out.to_str().unwrap()]);
    assert_eq!(output.status.code(), Some(1));
    assert_eq!(fs::read_to_string(&out).unwrap(), "previous graph");
    assert!(!dir.join("graph.ttl.partial").exists());
}

#[test]
fn a_partly_bad_build_writes_the_good_documents_and_exits_1() {
    let dir = scratch_dir("cli-partly-bad-build");
    let batch = bad_batch(&dir);
    let out = dir.join("graph.nt");
    let output = newsgraph(&["build", batch.to_str().unwrap(), "-o", out.to_str().unwrap()]);
    assert_eq!(output.status.code(), Some(1), "{}", stderr(&output));
    assert!(fs::read_to_string(&out).unwrap().contains("http://schema.org/NewsArticle"));
}

#[test]
fn plain_text_articles_are_extracted() {
    let output = newsgraph(&["extract", &examples()]);
    assert!(output.status.success(), "{}", stderr(&output));
    let lines: Vec<_> = String::from_utf8(output.stdout).unwrap().lines().map(str::to_owned).collect();
    assert_eq!(lines.len(), 4, "one line per example article");
    for line in lines {
        let extraction: newsgraph::contract::Extraction = serde_json::from_str(&line).unwrap();
        assert_eq!(extraction.validate(), Ok(()));
        assert!(
            extraction.entities.len() >= 3,
            "{}: only {} entities",
            extraction.document.id,
            extraction.entities.len()
        );
    }
}

#[test]
fn standard_input_takes_json_lines() {
    let output = with_stdin(&["build", "-", "-o", "-", "--format", "turtle"], extraction_line().as_bytes());
    assert!(output.status.success(), "{}", stderr(&output));
    assert!(String::from_utf8(output.stdout).unwrap().contains("schema:NewsArticle"));
}

#[test]
fn json_line_documents_from_standard_input_are_extracted() {
    let documents = concat!(
        r#"{"id": "a", "date": "2024-05-14", "text": "Helen Marlowe said that talks in Oslo had stalled."}"#,
        "\n",
        r#"{"id": "b", "text": "Nothing to see."}"#,
        "\n"
    );
    let output = with_stdin(&["extract", "-"], documents.as_bytes());
    assert!(output.status.success(), "{}", stderr(&output));
    let lines: Vec<newsgraph::contract::Extraction> =
        String::from_utf8(output.stdout).unwrap().lines().map(|line| serde_json::from_str(line).unwrap()).collect();
    assert_eq!(lines.len(), 2);
    let names: Vec<&str> = lines[0].entities.iter().map(|entity| entity.name.as_str()).collect();
    assert_eq!(names, ["Helen Marlowe", "Oslo"]);
    assert_eq!(lines[0].statements.len(), 1);
    assert!(lines[1].entities.is_empty());
}

#[test]
fn extract_passes_extractions_through_as_json_lines_that_parse_back() {
    let output = newsgraph(&["extract", repo_path(EXTRACTIONS).to_str().unwrap()]);
    assert!(output.status.success(), "{}", stderr(&output));
    let lines: Vec<_> = String::from_utf8(output.stdout).unwrap().lines().map(str::to_owned).collect();
    assert!(lines.len() >= 3);
    for line in lines {
        let extraction: newsgraph::contract::Extraction = serde_json::from_str(&line).unwrap();
        assert_eq!(extraction.validate(), Ok(()));
    }
}

#[test]
fn a_bad_base_iri_is_a_usage_error() {
    let output = newsgraph(&["build", &examples(), "-o", "-", "--format", "turtle", "--base", "http://x.org/kg"]);
    assert_eq!(output.status.code(), Some(2));
    assert!(stderr(&output).contains("must end with '/' or '#'"), "{}", stderr(&output));
}
