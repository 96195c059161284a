//! Scaling: one article of 1, 2, 4, 8 and 16 MB of each of four kinds (the corpus run together; its
//! words on one line without punctuation; a quotation with its cues, repeated; "According to" cues,
//! repeated), with the CPU time and the size of the extraction's JSON, and their growth from 2 to 16
//! MB, whose bound is 8 (issue 15): linear work keeps both near 8. Offsets and statement ids gain a
//! digit each time the text grows tenfold, so the output grows a few per cent faster than the text
//! (`n log n` bytes); its bytes other than digits must stay within ×8. `NEWSGRAPH_BENCH_SCALING_MB`
//! sets the largest size (16; 0 skips scaling). CPU time includes the kernel's, mostly page faults
//! of the extraction's memory: a million statements at 16 MB of quotations hold about 1.6 GB.

use std::io::{self, Write};
use std::time::Instant;

use newsgraph::extract::extract;
use newsgraph::text::Document;

pub fn run(documents: &[Document]) {
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
            // The best of a few runs: other processes sharing the caches and cores only ever add time.
            let (mut time, mut wall, mut extraction) = (f64::INFINITY, f64::INFINITY, None);
            for _ in 0..RUNS {
                drop(extraction.take());
                let (started, cpu_started) = (Instant::now(), cpu_seconds());
                let run = extract(Document::from_article("scaling".into(), None, text.clone(), true).expect("dated"));
                let run_wall = started.elapsed().as_secs_f64();
                // CPU time, where Linux tells it, is what one core spent, however busy the machine.
                time = time.min(cpu_seconds().zip(cpu_started).map_or(run_wall, |(now, then)| now - then));
                wall = wall.min(run_wall);
                extraction = Some(run);
            }
            let mut counter = ByteCounter::default();
            serde_json::to_writer(&mut counter, &extraction).expect("counting never fails");
            let (output, other_than_digits) = (counter.bytes as f64 / 1e6, (counter.bytes - counter.digits) as f64);
            println!("  {:5.2} MB: {time:7.2} s CPU ({wall:.2} s wall), output {output:9.2} MB", bytes as f64 / 1e6);
            measured.push((time, output, other_than_digits));
        }
        // `measured` runs from a sixteenth of the largest size up: [1] is an eighth, [4] all of it.
        let (eighth, all) = (measured[1], measured[4]);
        println!(
            "  growth from 1/8 to all of it (bound ×{BOUND}): time ×{:.1}, output ×{:.2}, output other than digits ×{:.2}",
            all.0 / eighth.0,
            all.1 / eighth.1,
            all.2 / eighth.2
        );
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

/// Runs of each size, of which the fastest counts.
const RUNS: usize = 2;

/// The growth allowed from an eighth of the text to all of it: linear.
const BOUND: f64 = 8.0;

/// Bytes written, and how many of them are ASCII digits (offsets, ids, numbers in the text).
#[derive(Default)]
struct ByteCounter {
    bytes: usize,
    digits: usize,
}

impl Write for ByteCounter {
    fn write(&mut self, bytes: &[u8]) -> io::Result<usize> {
        self.bytes += bytes.len();
        self.digits += bytes.iter().filter(|byte| byte.is_ascii_digit()).count();
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
