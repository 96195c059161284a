//! How documents flow through a command: one thread reads the inputs in order, a pool of `jobs`
//! threads does the work on each item, and the caller receives the results in input order. Only a
//! few batches are in flight at once, so memory grows with the largest document, not their number.

use std::num::NonZeroUsize;
use std::path::PathBuf;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::mpsc;
use std::thread;

use anyhow::Context;
use rayon::prelude::*;

use super::args::InputArgs;
use super::input::{InputError, Origin, read_inputs};
use super::item::Item;

/// Items handed to the pool at once: enough to keep every thread busy to the end of a batch,
/// few enough that memory stays small.
const ITEMS_PER_THREAD: usize = 32;

/// What happened to one item of the input: its result, or why it could not be read.
pub type Outcome<R> = Result<(Origin, R), InputError>;

pub struct Pipeline<'a> {
    inputs: &'a [PathBuf],
    require_date: bool,
    jobs: usize,
}

impl<'a> Pipeline<'a> {
    pub fn new(args: &'a InputArgs) -> Self {
        // One worker per core unless told otherwise.
        let jobs = args.jobs.or_else(|| thread::available_parallelism().ok()).map_or(1, NonZeroUsize::get);
        Self { inputs: &args.inputs, require_date: !args.allow_undated, jobs }
    }

    /// Reads every item, runs `work` on each in parallel, and hands the outcomes to `sink` in input
    /// order, with the input bytes read so far. The results do not depend on `jobs`.
    pub fn run<R: Send>(
        &self,
        work: impl Fn(Item) -> R + Sync,
        mut sink: impl FnMut(Outcome<R>, u64),
    ) -> anyhow::Result<()> {
        let pool = rayon::ThreadPoolBuilder::new()
            .num_threads(self.jobs)
            .thread_name(|index| format!("newsgraph-worker-{index}"))
            .build()
            .context("cannot start the worker threads")?;
        let batch_size = ITEMS_PER_THREAD * self.jobs;
        let bytes_read = AtomicU64::new(0);
        thread::scope(|scope| {
            // One batch waits while the pool works on another: reading never stalls the workers.
            let (sender, batches) = mpsc::sync_channel::<(Vec<Outcome<Item>>, u64)>(1);
            let bytes_read = &bytes_read;
            scope.spawn(move || {
                let mut batch = Vec::with_capacity(batch_size);
                read_inputs(self.inputs, self.require_date, bytes_read, |outcome| {
                    batch.push(outcome);
                    if batch.len() == batch_size {
                        let full = std::mem::replace(&mut batch, Vec::with_capacity(batch_size));
                        // Sending fails only when the receiving thread has panicked, which the scope reports.
                        let _ = sender.send((full, bytes_read.load(Ordering::Relaxed)));
                    }
                });
                if !batch.is_empty() {
                    let _ = sender.send((batch, bytes_read.load(Ordering::Relaxed)));
                }
            });
            // The outcomes of one batch go to `sink` while the pool works on the next.
            let mut hand_over =
                |(outcomes, read): (Vec<Outcome<R>>, u64)| outcomes.into_iter().for_each(|outcome| sink(outcome, read));
            let mut done = None;
            for (batch, read) in batches {
                let mut results = Vec::new();
                pool.in_place_scope(|scope| {
                    scope.spawn(|_| {
                        results = batch
                            .into_par_iter()
                            .with_max_len(1)
                            .map(|outcome| outcome.map(|(origin, item)| (origin, work(item))))
                            .collect();
                    });
                    if let Some(outcomes) = done.take() {
                        hand_over(outcomes);
                    }
                });
                done = Some((results, read));
            }
            if let Some(outcomes) = done {
                hand_over(outcomes);
            }
        });
        Ok(())
    }
}
