//! Extraction speed over the Wikinews corpus in `../shared`: words per second on one core (words as
//! `wc -w` counts them, as in `../shared/eval/BASELINES.md`), the one-off model load time, and peak
//! memory. Run with `cargo bench`; `NEWSGRAPH_BENCH_ROUNDS` sets the number of timed rounds (5).
//!
//! Then scaling: one article of 1, 2, 4, 8 and 16 MB of each of four kinds (the corpus run together;
//! its words on one line without punctuation; a quotation with its cues, repeated; "According to"
//! cues, repeated), with the CPU time and the size of the extraction's JSON, and their growth from 2 to
//! 16 MB, which linear work keeps near 8. `NEWSGRAPH_BENCH_SCALING_MB` sets the largest size (16; 0
//! skips scaling).

use std::io::{self, Write};
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
    scaling(&documents);
}

fn scaling(documents: &[Document]) {
    let largest: f64 = std::env::var("NEWSGRAPH_BENCH_SCALING_MB").ok().and_then(|mb| mb.parse().ok()).unwrap_or(16.0);
    if largest <= 0.0 {
        return;
    }
    let news: String = documents.iter().map(|document| document.text.as_str()).collect::<Vec<_>>().join("\n\n");
    let one_line =
        news.split(|c: char| !c.is_alphanumeric()).filter(|word| !word.is_empty()).collect::<Vec<_>>().join(" ");
    let kinds = [
        ("news text", news.as_str()),
        ("one line, no punctuation", one_line.as_str()),
        ("repeated quotations", "\"Yes,\" Smith said, \"N\" he said. "),
        ("repeated cues", "According to Smith, according to Jones, "),
    ];
    for (kind, unit) in kinds {
        println!("scaling, {kind}:");
        let mut measured = Vec::new();
        for share in [16.0, 8.0, 4.0, 2.0, 1.0] {
            let bytes = (largest * 1e6 / share) as usize;
            let text = article_of(unit, bytes);
            let (started, cpu_started) = (Instant::now(), cpu_seconds());
            let extraction =
                extract(Document::from_article("scaling".into(), None, text, true).expect("dated article"));
            let wall = started.elapsed().as_secs_f64();
            // CPU time, where Linux tells it, is what one core spent, however busy the machine.
            let time = cpu_seconds().zip(cpu_started).map_or(wall, |(now, then)| now - then);
            let mut counter = ByteCounter(0);
            serde_json::to_writer(&mut counter, &extraction).expect("counting never fails");
            let output = counter.0 as f64 / 1e6;
            println!("  {:5.2} MB: {time:7.2} s CPU ({wall:.2} s wall), output {output:9.2} MB", bytes as f64 / 1e6);
            measured.push((time, output));
        }
        let (small, large) = (measured[1], measured[4]);
        println!("  growth from 1/8 to all of it: time ×{:.1}, output ×{:.1}", large.0 / small.0, large.1 / small.1);
    }
}

/// A dated article of about `bytes` bytes: `unit` repeated, cut at a character boundary.
fn article_of(unit: &str, bytes: usize) -> String {
    let mut text = String::from("date 2024-01-31 Scaling\n\n");
    while text.len() < bytes {
        text.push_str(unit);
    }
    let end = (0..=bytes).rev().find(|&end| text.is_char_boundary(end)).unwrap_or(0);
    text.truncate(end);
    text
}

struct ByteCounter(usize);

impl Write for ByteCounter {
    fn write(&mut self, bytes: &[u8]) -> io::Result<usize> {
        self.0 += bytes.len();
        Ok(bytes.len())
    }

    fn flush(&mut self) -> io::Result<()> {
        Ok(())
    }
}

/// The CPU time of this thread (user and system) in seconds, as Linux reports it in clock ticks of
/// 1/100 s (USER_HZ, fixed by the kernel's interface).
fn cpu_seconds() -> Option<f64> {
    let stat = std::fs::read_to_string("/proc/thread-self/stat").ok()?;
    let mut fields = stat.rsplit_once(')')?.1.split_whitespace().skip(11);
    let (user, system): (u64, u64) = (fields.next()?.parse().ok()?, fields.next()?.parse().ok()?);
    Some((user + system) as f64 / 100.0)
}

/// The process's peak resident memory, as Linux reports it.
fn peak_memory_kib() -> Option<u64> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    let line = status.lines().find(|line| line.starts_with("VmHWM:"))?;
    line.split_whitespace().nth(1)?.parse().ok()
}
