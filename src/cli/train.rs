//! `newsgraph train-tagger`: trains the named-entity tagger on the GMB and writes its model.
//! Regenerate the committed model with `cargo run --release -- train-tagger`.
//!
//! The last tenth of the GMB's sentences is held out: a model trained on the rest is scored on it,
//! and those scores are printed. The model written is then trained on every sentence with the same
//! options, so the scores are a slightly pessimistic estimate for it.

use std::time::Instant;

use anyhow::Context;
use newsgraph::contract::EntityType;
use newsgraph::extract::{Evaluation, Gazetteer, Hints, TrainOptions, TrainingSentence, evaluate, from_gmb, train};

use super::args::TrainTaggerArgs;
use super::gmb;
use super::output::write_whole;

/// The held-out share is one sentence in this many, taken from the end so that the split is fixed.
const HELD_OUT_FRACTION: usize = 10;

pub fn run(args: &TrainTaggerArgs) -> anyhow::Result<()> {
    let sentences = gmb::read(&args.gmb)?
        .iter()
        .enumerate()
        .map(|(index, tokens)| from_gmb(tokens).with_context(|| format!("GMB sentence {}", index + 1)))
        .collect::<anyhow::Result<Vec<TrainingSentence>>>()?;
    let options = TrainOptions { epochs: args.epochs, ..TrainOptions::default() };
    let (training, held_out) = sentences.split_at(sentences.len() - sentences.len() / HELD_OUT_FRACTION);
    eprintln!(
        "newsgraph: {} training and {} held-out sentences from {}",
        training.len(),
        held_out.len(),
        args.gmb.display()
    );

    let started = Instant::now();
    let trial = train(training, hints, &options);
    eprintln!("newsgraph: trained on {} sentences in {:.1?}", training.len(), started.elapsed());
    print_evaluation(&evaluate(&trial, held_out, hints));

    let started = Instant::now();
    let tagger = train(&sentences, hints, &options);
    let bytes = tagger.to_bytes();
    write_whole(&args.output, |writer| Ok(writer.write_all(&bytes)?))?;
    eprintln!(
        "newsgraph: trained on all {} sentences in {:.1?}; wrote {} ({} features, {} bytes)",
        sentences.len(),
        started.elapsed(),
        args.output.display(),
        tagger.feature_count(),
        bytes.len()
    );
    Ok(())
}

/// The gazetteer facts of each word, the same at training and tagging time.
fn hints(words: &[&str]) -> Vec<Hints> {
    Gazetteer::get().hints(words)
}

fn print_evaluation(evaluation: &Evaluation) {
    println!("held-out   precision  recall     F1");
    let overall = evaluation.overall();
    let rows = evaluation.by_type.iter().map(|(kind, score)| (type_name(*kind), score));
    for (name, score) in rows.chain([("all", &overall)]) {
        println!("{name:<10} {:>9.3}  {:>6.3}  {:>6.3}", score.precision(), score.recall(), score.f1());
    }
}

fn type_name(kind: EntityType) -> &'static str {
    match kind {
        EntityType::Person => "Person",
        EntityType::Organization => "Org",
        EntityType::Place => "Place",
    }
}
