//! Shared fixtures and the external tools some checks run.

use std::path::{Path, PathBuf};
use std::process::Command;

use newsgraph::contract::Extraction;
use newsgraph::export::neo4j::{self, Neo4jFile};
use newsgraph::export::{self, ExportOptions, Format};
use newsgraph::graph::{Base, KnowledgeGraph};

pub fn repo_path(relative: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join(relative)
}

/// Every extraction of a JSON file holding one extraction object.
pub fn read_extraction(relative: &str) -> Extraction {
    let text = std::fs::read_to_string(repo_path(relative)).unwrap();
    serde_json::from_str(&text).unwrap_or_else(|error| panic!("{relative}: {error}"))
}

/// The bundled example extractions, in file-name order.
/// What `extract` finds in the articles of `examples/`.
pub fn extracted_examples() -> Vec<Extraction> {
    let paths = files_with_extension("examples", "txt");
    let extract = |path: &PathBuf| {
        let id = path.file_stem().unwrap().to_string_lossy().into_owned();
        let text = std::fs::read_to_string(path).unwrap();
        newsgraph::extract::extract(newsgraph::text::Document::from_article(id, None, text, true).unwrap())
    };
    paths.iter().map(extract).collect()
}

/// The files of the repository folder `dir` whose extension is `extension`, in file-name order.
pub fn files_with_extension(dir: &str, extension: &str) -> Vec<PathBuf> {
    let mut paths: Vec<PathBuf> = std::fs::read_dir(repo_path(dir))
        .unwrap()
        .map(|entry| entry.unwrap().path())
        .filter(|path| path.extension().is_some_and(|ext| ext == extension))
        .collect();
    paths.sort();
    paths
}

/// Hand-checked extractions of the articles in `examples/`.
pub const EXTRACTIONS: &str = "tests/fixtures/extractions";

pub fn example_extractions() -> Vec<Extraction> {
    let paths = files_with_extension(EXTRACTIONS, "json");
    assert!(!paths.is_empty(), "{EXTRACTIONS} holds no extraction");
    paths.iter().map(|path| read_extraction(path.strip_prefix(repo_path("")).unwrap().to_str().unwrap())).collect()
}

/// A graph of extractions, which must all be accepted.
pub fn graph_of(extractions: Vec<Extraction>) -> KnowledgeGraph {
    let (graph, rejected) = KnowledgeGraph::build(Base::default(), extractions);
    assert!(rejected.is_empty(), "rejected: {:?}", rejected.iter().map(|r| &r.error).collect::<Vec<_>>());
    graph
}

/// The output in `format`; a directory of files is given as each file's name and contents in turn.
pub fn export(graph: &KnowledgeGraph, format: Format, options: &ExportOptions) -> Vec<u8> {
    if format.is_directory() {
        let mut bytes = Vec::new();
        for file in Neo4jFile::all() {
            bytes.extend(format!("== {}\n", file.file_name()).as_bytes());
            bytes = neo4j::write(graph, file, bytes).unwrap();
        }
        return bytes;
    }
    export::write(graph, format, options, Vec::new()).unwrap()
}

/// An external program for a check, or `None` when it is missing and the check may be skipped.
/// With `NEWSGRAPH_REQUIRE_TOOLS` set (as CI sets it), a missing program fails the test instead.
pub fn external_tool(program: &str, probe_args: &[&str]) -> Option<PathBuf> {
    let program = match program {
        "python" => std::env::var_os("NEWSGRAPH_PYTHON").map(PathBuf::from).unwrap_or_else(|| "python3".into()),
        other => PathBuf::from(other),
    };
    let works = Command::new(&program).args(probe_args).output().is_ok_and(|out| out.status.success());
    if works {
        return Some(program);
    }
    assert!(
        std::env::var_os("NEWSGRAPH_REQUIRE_TOOLS").is_none(),
        "{} {probe_args:?} failed, and NEWSGRAPH_REQUIRE_TOOLS is set",
        program.display()
    );
    eprintln!("skipped: {} {probe_args:?} is not available here", program.display());
    None
}

/// A fresh, empty scratch directory for one test, under cargo's target directory.
pub fn scratch_dir(test: &str) -> PathBuf {
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join(test);
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

/// A file of `../shared`, the project's shared corpora, or `None` (with a note) when it is absent.
/// With `NEWSGRAPH_REQUIRE_SHARED` set (as CI sets it), its absence fails the test instead.
pub fn shared_file(relative: &str) -> Option<PathBuf> {
    let path = repo_path("../shared").join(relative);
    if path.exists() {
        return Some(path);
    }
    assert!(std::env::var_os("NEWSGRAPH_REQUIRE_SHARED").is_none(), "{} is missing", path.display());
    eprintln!("skipped: {} is absent", path.display());
    None
}
