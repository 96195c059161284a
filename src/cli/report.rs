//! Counting what succeeded and telling the user what failed, so the exit code tells the truth.

use std::fmt::Display;

/// How many documents went through and how many failed.
#[derive(Debug, Default)]
pub struct Tally {
    pub succeeded: usize,
    pub failed: usize,
}

impl Tally {
    /// Reports one failed document on standard error; the batch goes on.
    pub fn fail(&mut self, problem: impl Display) {
        eprintln!("newsgraph: {problem}");
        self.failed += 1;
    }
}

/// Tells the user of something left out on purpose; no document failed.
pub fn note(message: impl Display) {
    eprintln!("newsgraph: {message}");
}
