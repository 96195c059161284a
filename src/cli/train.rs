//! `newsgraph train-tagger`: trains the named-entity tagger on the GMB and the GUM genres' train
//! split, and writes its model. Regenerate the committed model with `cargo run --release -- train-tagger`.
//!
//! The last tenth of the GMB's sentences is held out and the GUM dev split is kept for tuning: the
//! model is trained on neither, and its scores on both are printed. `--evaluate` prints the scores of
//! the model compiled into this binary instead of training one.

use std::time::Instant;

use anyhow::Context;
use newsgraph::contract::EntityType;
use newsgraph::extract::{
    Evaluation, Gazetteer, Hints, Tagger, TrainOptions, TrainingSentence, evaluate, from_gmb, train,
};

use super::args::TrainTaggerArgs;
use super::output::{Output, Written};
use super::{gmb, gum};

/// The held-out share is one sentence in this many, taken from the end so that the split is fixed.
const HELD_OUT_FRACTION: usize = 10;
/// The GMB file does not mark where its documents end; runs of this many consecutive sentences, which
/// mostly come from one story, stand in for documents.
const GMB_DOCUMENT_SENTENCES: usize = 20;

pub fn run(args: &TrainTaggerArgs) -> anyhow::Result<()> {
    let sentences = gmb::read(&args.gmb)?
        .iter()
        .enumerate()
        .map(|(index, tokens)| from_gmb(tokens).with_context(|| format!("GMB sentence {}", index + 1)))
        .collect::<anyhow::Result<Vec<TrainingSentence>>>()?;
    let (gmb_training, gmb_held_out) = sentences.split_at(sentences.len() - sentences.len() / HELD_OUT_FRACTION);
    let gmb_documents = |sentences: &[TrainingSentence]| -> Vec<Vec<TrainingSentence>> {
        sentences.chunks(GMB_DOCUMENT_SENTENCES).map(<[TrainingSentence]>::to_vec).collect()
    };
    let gmb_held_out = gmb_documents(gmb_held_out);
    let gum_dev = gum::read_split(&args.gum, "dev")?;
    if args.evaluate {
        print_evaluation("GMB held-out", &evaluate(Tagger::get(), &gmb_held_out, hints));
        print_evaluation("GUM dev", &evaluate(Tagger::get(), &gum_dev, hints));
        return Ok(());
    }
    let gum_training = gum::read_split(&args.gum, "train")?;
    let mut training = gmb_documents(gmb_training);
    for _ in 0..args.gum_weight {
        training.extend_from_slice(&gum_training);
    }
    let count = |documents: &[Vec<TrainingSentence>]| documents.iter().map(Vec::len).sum::<usize>();
    eprintln!(
        "newsgraph: training on {} GMB sentences and {} GUM train sentences (×{}); {} GMB held-out, {} GUM dev",
        gmb_training.len(),
        count(&gum_training),
        args.gum_weight,
        count(&gmb_held_out),
        count(&gum_dev)
    );
    let options = TrainOptions { epochs: args.epochs, ..TrainOptions::default() };
    let started = Instant::now();
    let tagger = train(&training, hints, &options);
    let bytes = tagger.to_bytes();
    let output = Output::new(&args.output)?;
    output.write(|writer| writer.write_all(&bytes).map(|()| Written::Complete).map_err(|error| output.error(error)))?;
    eprintln!(
        "newsgraph: trained in {:.1?}; wrote {} ({} features, {} bytes)",
        started.elapsed(),
        args.output.display(),
        tagger.feature_count(),
        bytes.len()
    );
    print_evaluation("GMB held-out", &evaluate(&tagger, &gmb_held_out, hints));
    print_evaluation("GUM dev", &evaluate(&tagger, &gum_dev, hints));
    Ok(())
}

/// The gazetteer facts of each word, the same at training and tagging time.
fn hints(words: &[&str]) -> Vec<Hints> {
    Gazetteer::get().hints(words)
}

fn print_evaluation(title: &str, evaluation: &Evaluation) {
    println!("{title:<14} precision  recall     F1");
    let overall = evaluation.overall();
    let rows = evaluation.by_type.iter().map(|(kind, score)| (type_name(*kind), score));
    for (name, score) in rows.chain([("all", &overall)]) {
        println!("  {name:<12} {:>9.3}  {:>6.3}  {:>6.3}", score.precision(), score.recall(), score.f1());
    }
}

fn type_name(kind: EntityType) -> &'static str {
    match kind {
        EntityType::Person => "Person",
        EntityType::Organization => "Organization",
        EntityType::Place => "Place",
    }
}
