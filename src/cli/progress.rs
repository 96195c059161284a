//! The progress bar: on standard error, only when it is a terminal and `--quiet` is not given.

use std::io::IsTerminal;
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};

use super::input::total_input_bytes;
use super::output::is_stdout;

pub struct Progress {
    bar: Option<ProgressBar>,
    started: Instant,
    documents: u64,
    words: u64,
}

impl Progress {
    /// A bar over the bytes of the input files with an ETA, or a counter alone when the total is
    /// unknown (standard input).
    /// The bar stays hidden when the results go to the same terminal, where it would tear them up.
    pub fn new(quiet: bool, inputs: &[PathBuf], output: &Path) -> Self {
        let results_on_terminal = is_stdout(output) && std::io::stdout().is_terminal();
        let shown = !quiet && !results_on_terminal && std::io::stderr().is_terminal();
        let bar = shown.then(|| {
            let (bar, template) = match total_input_bytes(inputs) {
                Some(total) => (ProgressBar::new(total), "{elapsed:>4} [{wide_bar}] {percent:>3}% {msg}, ETA {eta}"),
                None => (ProgressBar::no_length(), "{spinner} {elapsed:>4} {msg}"),
            };
            bar.set_draw_target(ProgressDrawTarget::stderr());
            bar.set_style(ProgressStyle::with_template(template).expect("a valid template").progress_chars("=> "));
            bar.enable_steady_tick(Duration::from_millis(200));
            bar
        });
        Self { bar, started: Instant::now(), documents: 0, words: 0 }
    }

    /// One more document done, of `words` words, with `bytes_read` input bytes read so far.
    pub fn advance(&mut self, words: u64, bytes_read: u64) {
        self.documents += 1;
        self.words += words;
        if let Some(bar) = &self.bar {
            let rate = self.words as f64 / self.started.elapsed().as_secs_f64().max(1e-3);
            bar.set_position(bytes_read);
            bar.set_message(format!("{} documents, {:.0} words/s", self.documents, rate));
        }
    }

    /// Runs `print` with the bar out of the way, so that messages do not break it.
    pub fn suspend<R>(&self, print: impl FnOnce() -> R) -> R {
        match &self.bar {
            Some(bar) => bar.suspend(print),
            None => print(),
        }
    }

    /// Clears the bar, and says how long the work took.
    pub fn finish(&self) -> Duration {
        if let Some(bar) = &self.bar {
            bar.finish_and_clear();
        }
        self.started.elapsed()
    }
}

impl Drop for Progress {
    fn drop(&mut self) {
        self.finish();
    }
}
