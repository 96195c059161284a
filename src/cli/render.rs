//! Pictures: DOT piped into Graphviz `dot` when the output ends in `.svg` or `.png`.

use std::fs;
use std::io::{self, Write};
use std::path::Path;
use std::process::{Command, Stdio};

use anyhow::{Context, bail};

/// The picture formats that Graphviz draws for us.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Picture {
    Svg,
    Png,
}

impl Picture {
    pub fn of(path: &Path) -> Option<Self> {
        match path.extension()?.to_str()?.to_ascii_lowercase().as_str() {
            "svg" => Some(Self::Svg),
            "png" => Some(Self::Png),
            _ => None,
        }
    }

    fn graphviz_format(self) -> &'static str {
        match self {
            Self::Svg => "-Tsvg",
            Self::Png => "-Tpng",
        }
    }
}

/// Streams the DOT that `write` produces into `dot`, which draws `path`. The picture replaces `path`
/// only when `dot` succeeds.
pub fn render(
    path: &Path,
    picture: Picture,
    write: impl FnOnce(&mut dyn Write) -> anyhow::Result<()>,
) -> anyhow::Result<()> {
    let partial = path.with_extension(format!("partial.{}", path.extension().unwrap_or_default().to_string_lossy()));
    if let Some(parent) = path.parent().filter(|parent| !parent.as_os_str().is_empty()) {
        fs::create_dir_all(parent).with_context(|| format!("cannot create the folder {}", parent.display()))?;
    }
    let child = Command::new("dot")
        .arg(picture.graphviz_format())
        .arg("-o")
        .arg(&partial)
        .stdin(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn();
    let mut child = match child {
        Ok(child) => child,
        Err(error) if error.kind() == io::ErrorKind::NotFound => bail!(
            "Graphviz `dot` is not installed, so {} cannot be drawn: install Graphviz, or write .dot",
            path.display()
        ),
        Err(error) => return Err(error).context("cannot run Graphviz `dot`"),
    };
    let mut stdin = io::BufWriter::new(child.stdin.take().expect("stdin is piped"));
    let written = write(&mut stdin).and_then(|()| Ok(stdin.flush()?));
    drop(stdin);
    let output = child.wait_with_output().context("Graphviz `dot` did not finish")?;
    let result = match (written, output.status.success()) {
        (Ok(()), true) => {
            fs::rename(&partial, path).with_context(|| format!("cannot move the picture to {}", path.display()))
        }
        (Err(error), _) => Err(error),
        (Ok(()), false) => {
            Err(anyhow::anyhow!("Graphviz `dot` failed: {}", String::from_utf8_lossy(&output.stderr).trim()))
        }
    };
    if result.is_err() {
        let _ = fs::remove_file(&partial);
    }
    result.with_context(|| format!("cannot draw {}", path.display()))
}
