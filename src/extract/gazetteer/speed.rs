//! A hand-run speed measurement of `hints` over the Wikinews corpus (not a timed test):
//! `cargo test --release --lib extract::gazetteer::speed -- --ignored --nocapture`

use super::Gazetteer;
use std::time::Instant;

#[test]
#[ignore = "measurement to run by hand in release mode; needs ../shared"]
fn hints_speed_over_wikinews() {
    let started = Instant::now();
    let gazetteer = Gazetteer::get();
    println!("parse: {:.1} ms", started.elapsed().as_secs_f64() * 1e3);

    let folder = concat!(env!("CARGO_MANIFEST_DIR"), "/../shared/corpus/wikinews");
    let Ok(entries) = std::fs::read_dir(folder) else {
        println!("{folder} is absent: nothing measured");
        return;
    };
    let texts: Vec<String> = entries.filter_map(|entry| std::fs::read_to_string(entry.ok()?.path()).ok()).collect();
    // Whitespace tokens, cut into sentence-sized pieces as the pipeline would pass them.
    let tokens: Vec<&str> = texts.iter().flat_map(|text| text.split_whitespace()).collect();
    let sentences: Vec<&[&str]> = tokens.chunks(25).collect();

    let rounds = 20;
    let started = Instant::now();
    let mut marked = 0usize;
    for _ in 0..rounds {
        for sentence in &sentences {
            marked += gazetteer.hints(sentence).iter().filter(|hints| !hints.is_empty()).count();
        }
    }
    let nanos = started.elapsed().as_nanos() as f64 / (rounds * tokens.len()) as f64;
    println!("hints: {} tokens, {nanos:.1} ns/token, {} tokens with a fact", tokens.len(), marked / rounds);
}
