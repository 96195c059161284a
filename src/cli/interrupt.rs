//! An interrupted run (Ctrl-C, `kill`, a closed terminal) removes the temporary files it was writing
//! before it exits, so that no partial output is left behind. SIGKILL cannot be caught: the file it
//! leaves has a unique hidden name that no later run reads or reuses.

use std::fs;
use std::path::{Path, PathBuf};
use std::sync::{Mutex, Once, PoisonError};

/// The exit code of a run stopped by a signal, as shells report Ctrl-C.
const INTERRUPTED: i32 = 130;

static PENDING: Mutex<Vec<PathBuf>> = Mutex::new(Vec::new());

/// A file to remove if the run is interrupted, for as long as this guard lives.
pub struct Pending(PathBuf);

/// Takes over the signals that stop a run; called before a temporary file is created, so that none
/// is created while they would still kill the process outright.
pub fn catch_interrupts() {
    static HANDLER: Once = Once::new();
    // Another handler already in place (none is) would only mean the file is not cleaned up.
    HANDLER.call_once(|| drop(ctrlc::set_handler(remove_pending_and_exit)));
}

pub fn remove_on_interrupt(path: &Path) -> Pending {
    PENDING.lock().unwrap_or_else(PoisonError::into_inner).push(path.to_owned());
    Pending(path.to_owned())
}

impl Drop for Pending {
    fn drop(&mut self) {
        let mut pending = PENDING.lock().unwrap_or_else(PoisonError::into_inner);
        if let Some(index) = pending.iter().position(|path| *path == self.0) {
            pending.swap_remove(index);
        }
    }
}

fn remove_pending_and_exit() {
    for path in PENDING.lock().unwrap_or_else(PoisonError::into_inner).drain(..) {
        let _ = fs::remove_file(path);
    }
    std::process::exit(INTERRUPTED);
}
