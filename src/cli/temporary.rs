//! The temporary file a new output is written to, beside it. Its name carries the host and the id of
//! the process writing it, `.NAME.HOST.PID.RANDOM.partial`, so that the next run to the same output
//! can tell and remove what a killed run (SIGKILL, a crash, a power cut) left behind, while the files
//! of runs still going, on this host or another sharing the folder, are left alone.

use std::fs;
use std::io;
use std::path::Path;

use tempfile::NamedTempFile;

/// A new file is readable and writable by all, less the umask, as `File::create` makes it, not
/// owner-only as a temporary file would be.
const NEW_FILE_MODE: u32 = 0o666;

const SUFFIX: &str = ".partial";

/// Creates the temporary file for `target` in `folder`, after removing those of dead runs.
pub fn create_beside(folder: &Path, target_name: &str) -> io::Result<NamedTempFile> {
    use std::os::unix::fs::PermissionsExt;
    let host = host();
    remove_stale(folder, target_name, &host);
    tempfile::Builder::new()
        .prefix(&format!(".{target_name}.{host}.{}.", std::process::id()))
        .suffix(SUFFIX)
        .permissions(fs::Permissions::from_mode(NEW_FILE_MODE))
        .tempfile_in(folder)
}

/// Removes the temporary files for `target_name` that a process of this host, now gone, left.
fn remove_stale(folder: &Path, target_name: &str, host: &str) {
    let Ok(entries) = fs::read_dir(folder) else { return };
    let prefix = format!(".{target_name}.{host}.");
    for entry in entries.flatten() {
        let name = entry.file_name();
        let Some(rest) = name.to_str().and_then(|name| name.strip_prefix(&prefix)?.strip_suffix(SUFFIX)) else {
            continue;
        };
        let pid = rest.split_once('.').and_then(|(pid, _random)| pid.parse::<u32>().ok());
        if pid.is_some_and(|pid| !is_running(pid)) {
            // Another run may be removing it at the same moment; either way it is gone.
            let _ = fs::remove_file(entry.path());
        }
    }
}

/// Whether a process with this id runs, as `/proc` tells; without `/proc`, every process is taken
/// to be running, so that nothing is removed on a guess.
fn is_running(pid: u32) -> bool {
    !Path::new("/proc/self").exists() || Path::new("/proc").join(pid.to_string()).exists()
}

/// This host's name, with only letters, digits and hyphens, so that it never holds the dots that
/// separate the parts of the file name.
fn host() -> String {
    let name = fs::read_to_string("/proc/sys/kernel/hostname").unwrap_or_default();
    let name: String = name.trim().chars().filter(|c| c.is_ascii_alphanumeric() || *c == '-').collect();
    if name.is_empty() { "host".to_owned() } else { name }
}
