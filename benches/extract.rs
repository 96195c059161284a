//! Extraction speed and memory over the Wikinews corpus in `../shared`. Run with `cargo bench`.
//!
//! - Words per second (words as `wc -w` counts them, as in `../shared/eval/BASELINES.md`) on one core
//!   and on every core, and the speed-up between them; the one-off model load time.
//! - Peak memory and time of the `newsgraph` binary: `extract` over a corpus of N documents made by
//!   repeating the Wikinews articles under new ids, then `build` over its output, with the graph's
//!   bytes per node; and the time a 700,000-article day would take at the measured speed.
//!
//! `NEWSGRAPH_BENCH_ROUNDS` sets the number of timed rounds (5); `NEWSGRAPH_BENCH_DOCUMENTS` the
//! corpus sizes, comma-separated (1000,10000,100000; empty for none). The generated corpora are
//! deleted afterwards.

use std::fs::{self, File};
use std::io::{BufWriter, Read, Write};
use std::os::unix::process::ExitStatusExt;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use newsgraph::extract::{Gazetteer, Tagger, extract};
use newsgraph::text::Document;
use rayon::prelude::*;

const CORPUS: &str = "../shared/corpus/wikinews";
/// A day of the world's news, as issue 13 counts it.
const DAY_ARTICLES: f64 = 700_000.0;
const DAY_WORDS: f64 = 300e6;

fn main() {
    let corpus = Path::new(env!("CARGO_MANIFEST_DIR")).join(CORPUS);
    let Ok(entries) = fs::read_dir(&corpus) else {
        println!("skipped: {} is absent (the benchmark reads the shared Wikinews corpus)", corpus.display());
        return;
    };
    let mut paths: Vec<_> = entries.map(|entry| entry.expect("corpus entry").path()).collect();
    paths.retain(|path| path.extension().is_some_and(|extension| extension == "txt"));
    paths.sort();
    let documents: Vec<Document> = paths
        .iter()
        .map(|path| {
            let text = fs::read_to_string(path).expect("corpus article");
            let id = path.file_stem().expect("file name").to_string_lossy().into_owned();
            Document::from_article(id, None, text, false).expect("corpus article")
        })
        .collect();
    let words: usize = documents.iter().map(|document| document.text.split_whitespace().count()).sum();
    println!("corpus: {} articles, {words} words ({})", documents.len(), corpus.display());

    let loading = Instant::now();
    let _ = (Gazetteer::get(), Tagger::get());
    println!("model load: {:.1} ms (once)", loading.elapsed().as_secs_f64() * 1e3);

    let rounds: u32 = std::env::var("NEWSGRAPH_BENCH_ROUNDS").ok().and_then(|rounds| rounds.parse().ok()).unwrap_or(5);
    let cores = std::thread::available_parallelism().map_or(1, |cores| cores.get());
    let (one_core, one_core_cpu) = words_per_second(&documents, words, rounds, 1);
    let (all_cores, all_cores_cpu) = words_per_second(&documents, words, rounds, cores);
    println!(
        "extraction: {one_core:.0} words/s on one core (best of {rounds} rounds; {one_core_cpu:.0} per CPU second)"
    );
    println!(
        "extraction: {all_cores:.0} words/s on {cores} cores ({:.0} per core), a {:.2}x speed-up; \
         {all_cores_cpu:.0} words per CPU second, {:.0}% of one core's",
        all_cores / cores as f64,
        all_cores / one_core,
        100.0 * all_cores_cpu / one_core_cpu
    );
    println!(
        "a day of news ({DAY_ARTICLES} articles, {DAY_WORDS:.0} words): {:.0} min of extraction on {cores} cores",
        DAY_WORDS / all_cores / 60.0
    );
    match own_peak_memory_kib() {
        Some(kib) => println!("peak memory of the benchmark so far: {:.1} MiB", kib as f64 / 1024.0),
        None => println!("peak memory of the benchmark so far: unknown (no /proc/self/status)"),
    }

    let sizes = std::env::var("NEWSGRAPH_BENCH_DOCUMENTS").unwrap_or_else(|_| "1000,10000,100000".into());
    let scratch = Path::new(env!("CARGO_TARGET_TMPDIR")).join("bench-corpus");
    fs::create_dir_all(&scratch).expect("scratch folder");
    let mut builds = Vec::new();
    for size in sizes.split(',').filter(|size| !size.trim().is_empty()) {
        let size = size.trim().parse().expect("a number of documents");
        builds.push(binary_run(&documents, size, &scratch));
    }
    // What each node adds, without the memory every run needs whatever its size.
    if let [(first_nodes, first_kib), .., (last_nodes, last_kib)] = builds[..] {
        let bytes = (last_kib.saturating_sub(first_kib) * 1024) as f64 / (last_nodes - first_nodes) as f64;
        println!("build: {bytes:.0} bytes per node added, from {first_nodes} to {last_nodes} nodes");
    }
    let _ = fs::remove_dir_all(&scratch);
}

/// Words per second of wall time and of CPU time, each the best of `rounds` passes over the
/// documents on `threads` threads. CPU time shows how well the threads share the work even when other
/// processes compete for the cores and wall time cannot.
fn words_per_second(documents: &[Document], words: usize, rounds: u32, threads: usize) -> (f64, f64) {
    let pool = rayon::ThreadPoolBuilder::new().num_threads(threads).build().expect("threads");
    let (mut wall, mut cpu) = (Duration::MAX, Duration::MAX);
    for _ in 0..rounds {
        let batch = documents.to_vec();
        let (started, cpu_started) = (Instant::now(), cpu_time());
        let entities: usize = pool
            .install(|| batch.into_par_iter().with_max_len(1).map(|document| extract(document).entities.len()).sum());
        wall = wall.min(started.elapsed());
        cpu = cpu.min(cpu_time() - cpu_started);
        assert!(entities > 0);
    }
    (words as f64 / wall.as_secs_f64(), words as f64 / cpu.as_secs_f64())
}

/// The CPU time this process has used, user and system.
fn cpu_time() -> Duration {
    // SAFETY: `rusage` is plain data, which getrusage fills.
    let mut usage: libc::rusage = unsafe { std::mem::zeroed() };
    assert_eq!(unsafe { libc::getrusage(libc::RUSAGE_SELF, &mut usage) }, 0);
    cpu_of(&usage)
}

fn cpu_of(usage: &libc::rusage) -> Duration {
    let seconds = |time: libc::timeval| Duration::new(time.tv_sec as u64, time.tv_usec as u32 * 1000);
    seconds(usage.ru_utime) + seconds(usage.ru_stime)
}

/// `extract` and then `build` over `size` documents, each measured as its own process. Returns the
/// graph's nodes and the build's peak memory in KiB.
fn binary_run(documents: &[Document], size: usize, scratch: &Path) -> (usize, u64) {
    let corpus = scratch.join(format!("documents-{size}.jsonl"));
    let words = write_corpus(documents, size, &corpus);
    let extractions = scratch.join(format!("extractions-{size}.jsonl"));
    let graph = scratch.join(format!("graph-{size}.nq"));
    let extract = measure(&["extract", path(&corpus), "-o", path(&extractions)]);
    let build = measure(&["build", path(&extractions), "-o", path(&graph)]);
    // Articles, entities and statements; events are left out, so bytes per node are a little high.
    let nodes = size + build.counts[2] + build.counts[3];
    println!(
        "{size} documents ({words} words, {:.0} MB): extract {:.1} s ({:.0} words/s, {:.0} per CPU second), \
         peak {:.1} MiB; build {:.1} s, peak {:.1} MiB, {nodes} nodes, {:.0} bytes per node",
        file_size(&corpus) as f64 / 1e6,
        extract.time.as_secs_f64(),
        words as f64 / extract.time.as_secs_f64(),
        words as f64 / extract.cpu.as_secs_f64(),
        extract.peak_kib as f64 / 1024.0,
        build.time.as_secs_f64(),
        build.peak_kib as f64 / 1024.0,
        (build.peak_kib * 1024) as f64 / nodes as f64
    );
    println!(
        "  at this rate a day ({DAY_WORDS:.0} words, {DAY_ARTICLES} articles) takes {:.0} min to extract and {:.0} min to build",
        extract.time.as_secs_f64() * DAY_WORDS / words as f64 / 60.0,
        build.time.as_secs_f64() * DAY_ARTICLES / size as f64 / 60.0
    );
    for file in [corpus, extractions, graph] {
        let _ = fs::remove_file(file);
    }
    (nodes, build.peak_kib)
}

fn path(path: &Path) -> &str {
    path.to_str().expect("a UTF-8 path")
}

fn file_size(path: &Path) -> u64 {
    fs::metadata(path).map_or(0, |metadata| metadata.len())
}

/// JSON Lines of `size` documents: the corpus over and over, each copy under new ids. Returns the words.
fn write_corpus(documents: &[Document], size: usize, path: &PathBuf) -> usize {
    let mut writer = BufWriter::new(File::create(path).expect("corpus file"));
    let mut words = 0;
    for (index, document) in documents.iter().cycle().take(size).enumerate() {
        let id = format!("{}-{}", document.id, index / documents.len());
        let line = serde_json::json!({ "id": id, "text": document.text });
        serde_json::to_writer(&mut writer, &line).expect("corpus line");
        writer.write_all(b"\n").expect("corpus line");
        words += document.text.split_whitespace().count();
    }
    writer.flush().expect("corpus file");
    words
}

struct Measured {
    time: Duration,
    cpu: Duration,
    peak_kib: u64,
    /// The numbers of the summary line: documents, failed, entities, statements, relations, bytes.
    counts: Vec<usize>,
}

/// Runs the binary and measures its wall time and peak resident memory (from `wait4`).
#[expect(clippy::zombie_processes, reason = "wait4 reaps the child, to read its peak memory")]
fn measure(args: &[&str]) -> Measured {
    let started = Instant::now();
    let mut child = Command::new(env!("CARGO_BIN_EXE_newsgraph"))
        .args(args)
        .stderr(Stdio::piped())
        .spawn()
        .expect("the newsgraph binary");
    let mut messages = String::new();
    child.stderr.take().expect("stderr").read_to_string(&mut messages).expect("stderr");
    let (status, peak_kib, cpu) = wait_with_peak_memory(child.id());
    let time = started.elapsed();
    assert!(status.success(), "newsgraph {args:?}: {status}\n{messages}");
    let summary = messages.lines().find(|line| line.contains("documents read")).expect("a summary line");
    let counts = summary.split(|c: char| !c.is_ascii_digit()).filter_map(|word| word.parse().ok()).collect();
    Measured { time, cpu, peak_kib, counts }
}

/// Waits for the child: its exit status, peak resident memory in KiB and CPU time.
fn wait_with_peak_memory(pid: u32) -> (std::process::ExitStatus, u64, Duration) {
    let mut status = 0;
    // SAFETY: `rusage` is plain data, and wait4 fills it for our own child.
    let mut usage: libc::rusage = unsafe { std::mem::zeroed() };
    let waited = unsafe { libc::wait4(pid as libc::pid_t, &mut status, 0, &mut usage) };
    assert_eq!(waited, pid as libc::pid_t, "wait4 failed");
    // Linux reports ru_maxrss in KiB.
    (std::process::ExitStatus::from_raw(status), usage.ru_maxrss as u64, cpu_of(&usage))
}

/// The process's peak resident memory, as Linux reports it.
fn own_peak_memory_kib() -> Option<u64> {
    let status = fs::read_to_string("/proc/self/status").ok()?;
    let line = status.lines().find(|line| line.starts_with("VmHWM:"))?;
    line.split_whitespace().nth(1)?.parse().ok()
}
