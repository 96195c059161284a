//! Finding and reading inputs: files, directories and standard input, holding plain-text articles,
//! JSON documents or extractions. Every problem names its file and, where it has one, its line; the
//! caller decides whether the batch goes on.

use std::fmt;
use std::fs;
use std::io::Read;
use std::os::unix::fs::MetadataExt;
use std::path::{Path, PathBuf};

use newsgraph::contract::Extraction;
use newsgraph::text::{Document, DocumentError, IsoDate};
use serde::Deserialize;
use serde_json::Value;

use super::args::InputArgs;
use super::item::Item;
use super::output::Output;
use super::report;

/// Where an item or a problem comes from.
#[derive(Debug, Clone)]
pub struct Origin {
    pub path: String,
    pub line: Option<usize>,
}

#[derive(Debug)]
pub struct InputError {
    pub origin: Origin,
    pub message: String,
}

/// Extensions searched for in directories; a file named explicitly is read whatever its extension.
const SEARCHED_EXTENSIONS: [&str; 4] = ["txt", "json", "jsonl", "ndjson"];
/// Like git, look for a NUL byte in the first 8,000 bytes to tell binary files from text.
const BINARY_PROBE_BYTES: usize = 8000;
const BYTE_ORDER_MARK: char = '\u{feff}';

/// Finds every input, refuses to go on if one of them is the output, then reads them in order,
/// handing each item or problem to `visit` as soon as it is read.
pub fn read_inputs(
    args: &InputArgs,
    output: &Output,
    mut visit: impl FnMut(Result<(Origin, Item), InputError>),
) -> anyhow::Result<()> {
    let found: Vec<_> = args.inputs.iter().flat_map(|input| find_sources(input)).collect();
    refuse_output_as_input(&args.inputs, &found, output)?;
    for entry in found {
        match entry {
            Ok(source) => read_source(&source, args, &mut visit),
            Err(error) => visit(Err(error)),
        }
    }
    Ok(())
}

enum Source {
    Stdin,
    File(PathBuf),
}

/// How a source's bytes are to be read.
#[derive(Clone, Copy)]
enum Layout {
    Text,
    /// One or more JSON values, pretty-printed or not.
    Json,
    /// One JSON value per line; a bad line does not spoil the others.
    JsonLines,
}

/// The sources one input names, in order, and the problems met on the way: a directory that
/// cannot be read is reported and the walk goes on.
fn find_sources(input: &Path) -> Vec<Result<Source, InputError>> {
    let mut found = Vec::new();
    if input.as_os_str() == "-" {
        found.push(Ok(Source::Stdin));
    } else {
        walk(input, true, &mut found);
    }
    found
}

fn walk(path: &Path, explicit: bool, found: &mut Vec<Result<Source, InputError>>) {
    let error = |error: std::io::Error| InputError { origin: Origin::file(path), message: error.to_string() };
    let metadata = match fs::symlink_metadata(path) {
        Ok(metadata) => metadata,
        Err(problem) => return found.push(Err(error(problem))),
    };
    let searched = path.extension().and_then(|e| e.to_str()).is_some_and(|e| SEARCHED_EXTENSIONS.contains(&e));
    // A named symlink is followed; one met inside a directory is not, so that loops cannot form.
    if metadata.is_symlink() && !explicit {
        if searched || path.is_dir() {
            report::note(format!(
                "{}: skipped: a symbolic link inside a directory (name it to read it)",
                path.display()
            ));
        }
        return;
    }
    if !(metadata.is_dir() || (metadata.is_symlink() && path.is_dir())) {
        if explicit || (searched && metadata.is_file()) {
            found.push(Ok(Source::File(path.to_owned())));
        }
        return;
    }
    let entries = match fs::read_dir(path) {
        Ok(entries) => entries,
        Err(problem) => return found.push(Err(error(problem))),
    };
    let mut children = Vec::new();
    for entry in entries {
        match entry {
            Ok(entry) if !entry.file_name().to_string_lossy().starts_with('.') => children.push(entry.path()),
            Ok(_) => {}
            Err(problem) => found.push(Err(error(problem))),
        }
    }
    children.sort();
    for child in children {
        walk(&child, false, found);
    }
}

/// Writing the output while reading it would read a half-written or vanished file: such a run is
/// refused before anything is read. A directory that holds the output would read it on the next
/// run if not on this one, so it is refused as soon as the output's path lies inside it.
fn refuse_output_as_input(
    inputs: &[PathBuf],
    found: &[Result<Source, InputError>],
    output: &Output,
) -> anyhow::Result<()> {
    let Some(target) = output.replaced_file() else { return Ok(()) };
    let same_file = |file: &Path| match (fs::metadata(file), fs::metadata(target)) {
        (Ok(a), Ok(b)) => (a.dev(), a.ino()) == (b.dev(), b.ino()),
        _ => false,
    };
    let read_as_file = found.iter().any(|entry| matches!(entry, Ok(Source::File(file)) if same_file(file)));
    let target = canonical_parent(target);
    let searched = target.extension().and_then(|e| e.to_str()).is_some_and(|e| SEARCHED_EXTENSIONS.contains(&e));
    let in_directory = |input: &PathBuf| {
        input.is_dir()
            && fs::canonicalize(input).is_ok_and(|folder| {
                target.strip_prefix(&folder).is_ok_and(|inside| {
                    inside.components().all(|part| !part.as_os_str().to_string_lossy().starts_with('.'))
                })
            })
    };
    if read_as_file || (searched && inputs.iter().any(in_directory)) {
        anyhow::bail!("the output {} is also an input: write it elsewhere", output.path().display());
    }
    Ok(())
}

/// A path with its folder made absolute and free of links, so that it compares with canonical
/// folders; as it is when the folder does not exist yet.
fn canonical_parent(path: &Path) -> PathBuf {
    let folder = path.parent().filter(|parent| !parent.as_os_str().is_empty()).unwrap_or(Path::new("."));
    match (fs::canonicalize(folder), path.file_name()) {
        (Ok(folder), Some(name)) => folder.join(name),
        _ => path.to_owned(),
    }
}

fn read_source(source: &Source, args: &InputArgs, visit: &mut impl FnMut(Result<(Origin, Item), InputError>)) {
    let (path, stem, file_name) = match source {
        Source::Stdin => ("-".to_owned(), "stdin".to_owned(), None),
        Source::File(path) => (
            path.display().to_string(),
            path.file_stem().map_or_else(|| "document".into(), |stem| stem.to_string_lossy().into_owned()),
            path.file_name().map(|name| name.to_string_lossy().into_owned()),
        ),
    };
    let fail =
        |line: Option<usize>, message: String| Err(InputError { origin: Origin { path: path.clone(), line }, message });
    let bytes = match read_bytes(source, args.max_input_bytes) {
        Ok(bytes) => bytes,
        Err(error) => return visit(fail(None, error.to_string())),
    };
    let text = match decode(&bytes) {
        Ok(text) => text,
        Err((line, message)) => return visit(fail(line, message)),
    };
    if text.trim_start_matches(BYTE_ORDER_MARK).trim().is_empty() {
        return visit(fail(None, "empty file".into()));
    }
    let context = Context {
        path: &path,
        stem: &stem,
        file_name: file_name.as_deref(),
        require_date: !args.allow_undated,
        max_document_bytes: args.max_document_bytes,
    };
    // A text article keeps its byte-order mark, since offsets count the text as read; JSON has none.
    let json = text.strip_prefix(BYTE_ORDER_MARK).unwrap_or(text);
    match layout(source, json) {
        Layout::Text => visit(context.article(text)),
        Layout::Json => context.json_stream(json, visit),
        Layout::JsonLines => context.json_lines(json, visit),
    }
}

/// The whole content of a source, refused beyond `limit` bytes rather than filling the memory.
fn read_bytes(source: &Source, limit: u64) -> std::io::Result<Vec<u8>> {
    let too_long =
        || std::io::Error::other(format!("longer than {limit} bytes (--max-input-bytes); split it into smaller files"));
    let mut bytes = Vec::new();
    match source {
        Source::Stdin => std::io::stdin().lock().take(limit + 1).read_to_end(&mut bytes)?,
        Source::File(path) => {
            let file = fs::File::open(path)?;
            if file.metadata()?.len() > limit {
                return Err(too_long());
            }
            file.take(limit + 1).read_to_end(&mut bytes)?
        }
    };
    if bytes.len() as u64 > limit {
        return Err(too_long());
    }
    Ok(bytes)
}

/// The text of a file, or the line and reason why it is not UTF-8 text.
fn decode(bytes: &[u8]) -> Result<&str, (Option<usize>, String)> {
    let probe = &bytes[..bytes.len().min(BINARY_PROBE_BYTES)];
    if let Some(order) = utf16_byte_order(probe) {
        return Err((None, format!("UTF-16 text ({order}), convert it to UTF-8 (iconv -f UTF-16 -t UTF-8)")));
    }
    if let Some(offset) = probe.iter().position(|&byte| byte == 0) {
        return Err((None, format!("binary file (NUL byte at offset {offset}), not text")));
    }
    std::str::from_utf8(bytes).map_err(|error| {
        let valid = &bytes[..error.valid_up_to()];
        let line = valid.iter().filter(|&&byte| byte == b'\n').count() + 1;
        let column = valid.len() - valid.iter().rposition(|&byte| byte == b'\n').map_or(0, |newline| newline + 1) + 1;
        (Some(line), format!("invalid UTF-8 at byte {column} of the line (byte 0x{:02X})", bytes[valid.len()]))
    })
}

/// UTF-16 shows by its byte-order mark, or, without one, by a NUL beside every byte of Latin text.
fn utf16_byte_order(probe: &[u8]) -> Option<&'static str> {
    match probe {
        [0xFF, 0xFE, ..] => return Some("little-endian"),
        [0xFE, 0xFF, ..] => return Some("big-endian"),
        _ => {}
    }
    let pairs = probe.chunks_exact(2);
    let count = pairs.len();
    let (high_nul, low_nul) = pairs.fold((0, 0), |(high, low), pair| {
        (high + usize::from(pair[1] == 0 && pair[0] != 0), low + usize::from(pair[0] == 0 && pair[1] != 0))
    });
    // Nine pairs in ten: a few characters beyond Latin-1 have no NUL byte.
    let most = |nuls: usize| count > 0 && nuls * 10 >= count * 9;
    match (most(high_nul), most(low_nul)) {
        (true, _) => Some("little-endian"),
        (_, true) => Some("big-endian"),
        _ => None,
    }
}

fn layout(source: &Source, text: &str) -> Layout {
    let extension = match source {
        Source::File(path) => path.extension().and_then(|e| e.to_str()).map(str::to_ascii_lowercase),
        Source::Stdin => None,
    };
    match extension.as_deref() {
        Some("json") => Layout::Json,
        Some("jsonl" | "ndjson") => Layout::JsonLines,
        Some(_) => Layout::Text,
        // Standard input: JSON when it starts like JSON, one value per line when its first line is one.
        None => match text.trim_start().chars().next() {
            Some('{') if serde_json::from_str::<Value>(text.lines().next().unwrap_or_default()).is_ok() => {
                Layout::JsonLines
            }
            Some('{' | '[') => Layout::Json,
            _ => Layout::Text,
        },
    }
}

/// What every item read from one source shares.
struct Context<'a> {
    path: &'a str,
    stem: &'a str,
    file_name: Option<&'a str>,
    require_date: bool,
    max_document_bytes: usize,
}

/// A document as JSON Lines give it: only `text` is required.
#[derive(Deserialize)]
struct JsonDocument {
    id: Option<String>,
    text: String,
    date: Option<IsoDate>,
    source: Option<String>,
}

impl Context<'_> {
    fn origin(&self, line: Option<usize>) -> Origin {
        Origin { path: self.path.to_owned(), line }
    }

    fn error(&self, line: Option<usize>, message: impl ToString) -> InputError {
        InputError { origin: self.origin(line), message: message.to_string() }
    }

    /// A document too long to extract in reasonable time and memory is refused on its own.
    fn check_length(&self, line: Option<usize>, text: &str) -> Result<(), InputError> {
        if text.len() > self.max_document_bytes {
            let limit = self.max_document_bytes;
            return Err(self.error(
                line,
                format!("the document has {} bytes, more than {limit} (--max-document-bytes)", text.len()),
            ));
        }
        Ok(())
    }

    fn article(&self, text: &str) -> Result<(Origin, Item), InputError> {
        self.check_length(None, text)?;
        let source = self.file_name.map(str::to_owned);
        let document = Document::from_article(self.stem.to_owned(), source, text.to_owned(), self.require_date);
        document.map(|document| (self.origin(None), Item::Document(document))).map_err(|error| {
            let line = (!matches!(error, DocumentError::Empty)).then_some(1);
            let hint = match error {
                DocumentError::MissingDate => " (pass --allow-undated to accept undated articles)",
                _ => "",
            };
            self.error(line, format!("{error}{hint}"))
        })
    }

    /// A `.json` file: one value, or several after one another; an array holds one item per element.
    fn json_stream(&self, text: &str, visit: &mut impl FnMut(Result<(Origin, Item), InputError>)) {
        let mut values = serde_json::Deserializer::from_str(text).into_iter::<Value>();
        // Lines are counted from one value to the next, never again from the start.
        let (mut counted, mut line_number) = (0, 1);
        loop {
            let start = values.byte_offset();
            let value_start = start + leading_whitespace(&text[start..]);
            line_number += newlines(&text[counted..value_start]);
            counted = value_start;
            let line = Some(line_number);
            match values.next() {
                None => break,
                Some(Ok(Value::Array(elements))) => {
                    elements.into_iter().for_each(|element| visit(self.json_item(element, line, None)));
                }
                Some(Ok(value)) => visit(self.json_item(value, line, None)),
                Some(Err(error)) => return visit(Err(self.error(Some(error.line()), json_message(&error)))),
            }
        }
    }

    fn json_lines(&self, text: &str, visit: &mut impl FnMut(Result<(Origin, Item), InputError>)) {
        for (index, line) in text.lines().enumerate().filter(|(_, line)| !line.trim().is_empty()) {
            let number = Some(index + 1);
            let item = match serde_json::from_str::<Value>(line) {
                Ok(value) => self.json_item(value, number, Some(index + 1)),
                Err(error) => Err(self.error(number, json_message(&error))),
            };
            visit(item);
        }
    }

    /// A JSON object is an extraction when it has any extraction field, else a document.
    fn json_item(
        &self,
        value: Value,
        line: Option<usize>,
        line_in_file: Option<usize>,
    ) -> Result<(Origin, Item), InputError> {
        let Value::Object(object) = &value else {
            return Err(self.error(line, "expected a JSON object: a document or an extraction"));
        };
        let is_extraction = ["entities", "statements", "relations"].iter().any(|key| object.contains_key(*key));
        let item = if is_extraction {
            let extraction: Extraction = serde_json::from_value(value).map_err(|error| self.error(line, error))?;
            extraction
                .validate()
                .map_err(|error| self.error(line, format!("extraction {:?}: {error}", extraction.document.id)))?;
            Item::Extraction(extraction)
        } else if object.contains_key("text") {
            Item::Document(self.json_document(value, line, line_in_file)?)
        } else {
            return Err(self.error(line, "a JSON object needs \"text\" (a document) or \"entities\" (an extraction)"));
        };
        Ok((self.origin(line), item))
    }

    fn json_document(
        &self,
        value: Value,
        line: Option<usize>,
        line_in_file: Option<usize>,
    ) -> Result<Document, InputError> {
        let document: JsonDocument = serde_json::from_value(value).map_err(|error| self.error(line, error))?;
        if document.text.trim().is_empty() {
            return Err(self.error(line, "the document's \"text\" is empty"));
        }
        self.check_length(line, &document.text)?;
        // Without an id, a document is named after its file, and its line when the file holds many.
        let id = document.id.unwrap_or_else(|| match line_in_file {
            Some(line) => format!("{}-{line}", self.stem),
            None => self.stem.to_owned(),
        });
        let source = document.source.or_else(|| self.file_name.map(str::to_owned));
        let mut read = Document { id, source, date: document.date, text: document.text };
        let header_date = read.header().map_err(|error| self.error(line, error))?.map(|h| h.date);
        read.date = read.date.or(header_date);
        Ok(read)
    }
}

fn leading_whitespace(text: &str) -> usize {
    text.len() - text.trim_start().len()
}

fn newlines(text: &str) -> usize {
    text.bytes().filter(|&b| b == b'\n').count()
}

/// serde_json's message without its "at line L column C" tail: the line is reported by the origin.
fn json_message(error: &serde_json::Error) -> String {
    let message = error.to_string();
    let reason = message.rsplit_once(" at line ").map_or(message.as_str(), |(reason, _)| reason);
    format!("malformed JSON at column {}: {reason}", error.column())
}

impl Origin {
    fn file(path: &Path) -> Self {
        Self { path: path.display().to_string(), line: None }
    }
}

impl fmt::Display for Origin {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.line {
            Some(line) => write!(f, "{}:{line}", self.path),
            None => f.write_str(&self.path),
        }
    }
}

impl fmt::Display for InputError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.origin, self.message)
    }
}
