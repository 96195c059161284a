//! Pictures: DOT piped into Graphviz `dot` when the output ends in `.svg` or `.png`.

use std::io::{self, Read, Write};
use std::path::Path;
use std::process::{Command, Stdio};

use anyhow::{Context, bail};

use super::output::{Output, Written};

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

/// Streams the DOT that `write` produces into `dot` and writes the picture it draws to `path`, as
/// every output is written: a file there is replaced only when `dot` succeeds.
pub fn render(
    path: &Path,
    picture: Picture,
    write: impl FnOnce(&mut dyn Write) -> anyhow::Result<()>,
) -> anyhow::Result<()> {
    let output = Output::new(path)?;
    let drawn = draw(picture, write).with_context(|| format!("cannot draw {}", path.display()))?;
    output.write(|writer| Ok(writer.write_all(&drawn).map(|()| Written::Complete)?)).map(drop)
}

/// The picture `dot` draws of the DOT that `write` produces.
fn draw(picture: Picture, write: impl FnOnce(&mut dyn Write) -> anyhow::Result<()>) -> anyhow::Result<Vec<u8>> {
    let child = Command::new("dot")
        .arg(picture.graphviz_format())
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn();
    let mut child = match child {
        Ok(child) => child,
        Err(error) if error.kind() == io::ErrorKind::NotFound => {
            bail!("Graphviz `dot` is not installed: install Graphviz, or write .dot")
        }
        Err(error) => return Err(error).context("cannot run Graphviz `dot`"),
    };
    let (mut drawn, mut messages) = (child.stdout.take().expect("piped"), child.stderr.take().expect("piped"));
    let mut stdin = io::BufWriter::new(child.stdin.take().expect("stdin is piped"));
    // The picture and the messages are read while the DOT is written, so that no pipe fills up.
    let (written, drawn, messages) = std::thread::scope(|scope| {
        let drawn = scope.spawn(move || read_all(&mut drawn));
        let messages = scope.spawn(move || read_all(&mut messages));
        let written = write(&mut stdin).and_then(|()| Ok(stdin.flush()?));
        drop(stdin);
        (written, drawn.join().expect("reading never panics"), messages.join().expect("reading never panics"))
    });
    let status = child.wait().context("Graphviz `dot` did not finish")?;
    written?;
    if !status.success() {
        bail!("Graphviz `dot` failed: {}", String::from_utf8_lossy(&messages?).trim());
    }
    drawn.context("cannot read what Graphviz `dot` drew")
}

fn read_all(reader: &mut impl Read) -> io::Result<Vec<u8>> {
    let mut bytes = Vec::new();
    reader.read_to_end(&mut bytes).map(|_| bytes)
}
