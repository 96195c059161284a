//! Extraction speed over the Wikinews corpus in `../shared`: words per second on one core (words as
//! `wc -w` counts them, as in `../shared/eval/BASELINES.md`), the one-off model load time, and peak
//! memory. Run with `cargo bench`; `NEWSGRAPH_BENCH_ROUNDS` sets the number of timed rounds (5).

use std::path::Path;
use std::time::{Duration, Instant};

use newsgraph::extract::{Gazetteer, Tagger, extract};
use newsgraph::text::Document;

const CORPUS: &str = "../shared/corpus/wikinews";

fn main() {
    let corpus = Path::new(env!("CARGO_MANIFEST_DIR")).join(CORPUS);
    let Ok(entries) = std::fs::read_dir(&corpus) else {
        println!("skipped: {} is absent (the benchmark reads the shared Wikinews corpus)", corpus.display());
        return;
    };
    let mut paths: Vec<_> = entries.map(|entry| entry.expect("corpus entry").path()).collect();
    paths.retain(|path| path.extension().is_some_and(|extension| extension == "txt"));
    paths.sort();
    let documents: Vec<Document> = paths
        .iter()
        .map(|path| {
            let text = std::fs::read_to_string(path).expect("corpus article");
            let id = path.file_stem().expect("file name").to_string_lossy().into_owned();
            Document::from_article(id, None, text, false).expect("corpus article")
        })
        .collect();
    let words: usize = documents.iter().map(|document| document.text.split_whitespace().count()).sum();

    let loading = Instant::now();
    let _ = (Gazetteer::get(), Tagger::get());
    let load_time = loading.elapsed();

    let rounds: u32 = std::env::var("NEWSGRAPH_BENCH_ROUNDS").ok().and_then(|rounds| rounds.parse().ok()).unwrap_or(5);
    let mut best = Duration::MAX;
    let mut entities = 0;
    for _ in 0..rounds {
        let batch = documents.clone();
        let started = Instant::now();
        entities = batch.into_iter().map(|document| extract(document).entities.len()).sum();
        best = best.min(started.elapsed());
    }
    println!("corpus: {} articles, {words} words ({})", documents.len(), corpus.display());
    println!("model load: {:.1} ms (once)", load_time.as_secs_f64() * 1e3);
    println!(
        "extraction: {:.0} words/s on one core (best of {rounds} rounds: {:.1} ms, {entities} entities)",
        words as f64 / best.as_secs_f64(),
        best.as_secs_f64() * 1e3
    );
    match peak_memory_kib() {
        Some(kib) => println!("peak memory: {:.1} MiB", kib as f64 / 1024.0),
        None => println!("peak memory: unknown (no /proc/self/status)"),
    }
}

/// The process's peak resident memory, as Linux reports it.
fn peak_memory_kib() -> Option<u64> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    let line = status.lines().find(|line| line.starts_with("VmHWM:"))?;
    line.split_whitespace().nth(1)?.parse().ok()
}
