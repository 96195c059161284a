//! Where results go. A regular file, or a path where nothing is yet, is replaced only once its new
//! content is complete: the content goes to a unique temporary file beside it, renamed over it on
//! success. So a failed run leaves an old output as it was, concurrent runs never mix their bytes (the
//! last complete one wins), and an interrupted run leaves nothing behind (nor, once the next run to
//! the same output has tidied up, a killed one: `temporary.rs`). Anything else (standard output, a
//! terminal, a FIFO, a device) is written in place and never replaced. Every file the commands write
//! goes through here.

use std::fs::{self, File, OpenOptions};
use std::io::{self, BufWriter, Write};
use std::path::{Path, PathBuf};

use anyhow::{Context, bail};
use tempfile::NamedTempFile;

use super::{interrupt, temporary};

/// What a command's writing came to: a complete result, or nothing worth replacing an old one.
pub enum Written {
    Complete,
    Nothing,
}

/// A place to write one command's result, decided before anything is read.
pub struct Output {
    /// The path as the user wrote it, for messages.
    shown: PathBuf,
    destination: Destination,
}

enum Destination {
    Stdout,
    /// A file that is not a regular file, opened for writing as it is.
    InPlace(PathBuf),
    /// A regular file or none yet, with the symbolic links that lead to it resolved, so that a link
    /// survives and its target gets the new content.
    Replace(PathBuf),
}

/// The names that mean this process's own standard output, which is written to, never reopened:
/// reopening would lose the position of a shell's `>>`.
const STDOUT_NAMES: [&str; 4] = ["-", "/dev/stdout", "/dev/fd/1", "/proc/self/fd/1"];

/// Writes a whole file through `write`, as [`Output::write`] does: replaced only once complete.
pub fn write_whole(path: &Path, write: impl FnOnce(&mut dyn Write) -> anyhow::Result<()>) -> anyhow::Result<()> {
    let output = Output::new(path)?;
    output.write(|writer| write(writer).map(|()| Written::Complete)).map(drop)
}

/// Symbolic links followed before giving up, as the kernel's own limit for path lookups.
const MAX_LINKS: usize = 40;

/// Whether `path` names this process's standard output.
pub fn is_stdout(path: &Path) -> bool {
    STDOUT_NAMES.iter().any(|name| path.as_os_str() == *name)
}

impl Output {
    pub fn new(path: &Path) -> anyhow::Result<Self> {
        let shown = path.to_owned();
        if is_stdout(path) {
            return Ok(Self { shown, destination: Destination::Stdout });
        }
        let target = follow_links(path).with_context(|| format!("cannot resolve {}", path.display()))?;
        let destination = match fs::metadata(&target) {
            Ok(metadata) if metadata.is_dir() => bail!("{} is a directory", path.display()),
            Ok(metadata) if !metadata.is_file() => Destination::InPlace(target),
            Ok(_) => Destination::Replace(target),
            Err(error) if error.kind() == io::ErrorKind::NotFound => Destination::Replace(target),
            Err(error) => return Err(error).with_context(|| format!("cannot write {}", path.display())),
        };
        Ok(Self { shown, destination })
    }

    pub fn is_stdout(&self) -> bool {
        matches!(self.destination, Destination::Stdout)
    }

    /// The path as the user wrote it.
    pub fn path(&self) -> &Path {
        &self.shown
    }

    /// The regular file this output replaces, with links resolved: reading it as an input would
    /// read the output.
    pub fn replaced_file(&self) -> Option<&Path> {
        match &self.destination {
            Destination::Replace(target) => Some(target),
            Destination::Stdout | Destination::InPlace(_) => None,
        }
    }

    /// Runs `write` on the output. A regular file takes the new content only when `write` succeeds
    /// with a complete result and every byte is on disk; otherwise the old file stays as it was.
    /// Errors of `write` are returned as they are; those of the file name the output.
    pub fn write(&self, write: impl FnOnce(&mut dyn Write) -> anyhow::Result<Written>) -> anyhow::Result<Written> {
        let context = || format!("cannot write {}", self.shown.display());
        match &self.destination {
            Destination::Stdout => write_flushed(&mut io::stdout().lock(), write, context),
            Destination::InPlace(target) => {
                let file = OpenOptions::new().write(true).open(target).with_context(context)?;
                write_flushed(&mut BufWriter::new(file), write, context)
            }
            Destination::Replace(target) => replace(target, write, context),
        }
    }

    /// The error of writing to this output, naming it.
    pub fn error(&self, error: impl Into<anyhow::Error>) -> anyhow::Error {
        error.into().context(format!("cannot write {}", self.shown.display()))
    }
}

fn write_flushed<W: Write>(
    writer: &mut W,
    write: impl FnOnce(&mut dyn Write) -> anyhow::Result<Written>,
    context: impl Fn() -> String,
) -> anyhow::Result<Written> {
    let written = write(writer)?;
    writer.flush().with_context(context)?;
    Ok(written)
}

fn replace(
    target: &Path,
    write: impl FnOnce(&mut dyn Write) -> anyhow::Result<Written>,
    context: impl Fn() -> String,
) -> anyhow::Result<Written> {
    let folder = target.parent().filter(|parent| !parent.as_os_str().is_empty()).unwrap_or(Path::new("."));
    fs::create_dir_all(folder).with_context(|| format!("cannot create the folder {}", folder.display()))?;
    let name = target.file_name().unwrap_or_default().to_string_lossy();
    interrupt::catch_interrupts();
    let temporary = temporary::create_beside(folder, &name)
        .with_context(|| format!("cannot create a temporary file in {}", folder.display()))?;
    let _removed_if_interrupted = interrupt::remove_on_interrupt(temporary.path());
    keep_permissions(target, temporary.as_file()).with_context(&context)?;
    let mut writer = BufWriter::new(temporary);
    let written = write(&mut writer)?;
    if let Written::Complete = written {
        persist(writer, target).with_context(context)?;
    }
    Ok(written)
}

/// Puts the complete content on disk, then in place of `target` in one step.
fn persist(writer: BufWriter<NamedTempFile>, target: &Path) -> io::Result<()> {
    let temporary = writer.into_inner().map_err(io::IntoInnerError::into_error)?;
    temporary.as_file().sync_all()?;
    temporary.persist(target).map(drop).map_err(|error| error.error)
}

/// A replaced file keeps its permissions; a new one has those the temporary file was created with.
fn keep_permissions(target: &Path, temporary: &File) -> io::Result<()> {
    match fs::metadata(target) {
        Ok(metadata) => temporary.set_permissions(metadata.permissions()),
        Err(_) => Ok(()),
    }
}

/// The path that symbolic links at `path` lead to, even when the last one dangles.
fn follow_links(path: &Path) -> io::Result<PathBuf> {
    let mut current = path.to_owned();
    for _ in 0..MAX_LINKS {
        match fs::symlink_metadata(&current) {
            Ok(metadata) if metadata.file_type().is_symlink() => {
                let link = fs::read_link(&current)?;
                current = current.parent().map_or_else(|| link.clone(), |parent| parent.join(&link));
            }
            _ => return Ok(current),
        }
    }
    Err(io::Error::other(format!("more than {MAX_LINKS} symbolic links")))
}
