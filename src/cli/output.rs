//! Where results go: standard output, or a file that is replaced only once it is complete.

use std::fs::{self, File};
use std::io::{self, BufWriter, Write};
use std::path::{Path, PathBuf};

use anyhow::Context;

pub fn is_stdout(path: &Path) -> bool {
    path.as_os_str() == "-"
}

/// A stream that shows every line as soon as it is written: standard output or a new file.
pub fn create_stream(path: &Path) -> anyhow::Result<Box<dyn Write>> {
    if is_stdout(path) {
        return Ok(Box::new(io::stdout().lock()));
    }
    let file = create_file(path)?;
    Ok(Box::new(BufWriter::new(file)))
}

/// Writes a whole file through `write`, into a temporary sibling that replaces `path` only on success,
/// so that a failed run never leaves a truncated graph behind.
pub fn write_whole(path: &Path, write: impl FnOnce(&mut dyn Write) -> anyhow::Result<()>) -> anyhow::Result<()> {
    if is_stdout(path) {
        return write(&mut io::stdout().lock());
    }
    let partial = partial_path(path);
    let result = create_file(&partial).and_then(|file| {
        let mut writer = BufWriter::new(file);
        write(&mut writer)?;
        writer.into_inner().map_err(io::IntoInnerError::into_error)?.sync_all()?;
        fs::rename(&partial, path).with_context(|| format!("cannot move the result to {}", path.display()))
    });
    if result.is_err() {
        let _ = fs::remove_file(&partial);
    }
    result
}

/// Creates a file, and the folders it needs.
fn create_file(path: &Path) -> anyhow::Result<File> {
    if let Some(parent) = path.parent().filter(|parent| !parent.as_os_str().is_empty()) {
        fs::create_dir_all(parent).with_context(|| format!("cannot create the folder {}", parent.display()))?;
    }
    File::create(path).with_context(|| format!("cannot create {}", path.display()))
}

fn partial_path(path: &Path) -> PathBuf {
    let mut name = path.file_name().unwrap_or_default().to_os_string();
    name.push(".partial");
    path.with_file_name(name)
}
