//! Finding and reading inputs: files, directories and standard input, holding plain-text articles,
//! JSON documents or extractions. Every problem names its file and, where it has one, its line; the
//! caller decides whether the batch goes on.

use std::fmt;
use std::fs;
use std::fs::File;
use std::io::{self, BufRead, BufReader, Read};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU64, Ordering};

use newsgraph::contract::Extraction;
use newsgraph::text::{Document, DocumentError, IsoDate};
use serde::Deserialize;
use serde_json::Value;

use super::item::Item;

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

/// Reads every input in order, handing each item or problem to `visit` as soon as it is read.
/// `bytes_read` counts the input bytes consumed so far, for progress reports.
pub fn read_inputs(
    inputs: &[PathBuf],
    require_date: bool,
    bytes_read: &AtomicU64,
    mut visit: impl FnMut(Result<(Origin, Item), InputError>),
) {
    for input in inputs {
        if input.as_os_str() == "-" {
            read_source(&Source::Stdin, require_date, bytes_read, &mut visit);
            continue;
        }
        let mut files = Vec::new();
        match collect_files(input, true, &mut files) {
            Ok(()) => files
                .iter()
                .for_each(|file| read_source(&Source::File(file.clone()), require_date, bytes_read, &mut visit)),
            Err(error) => visit(Err(error)),
        }
    }
}

/// The total size of the files among `inputs`, or `None` when standard input is one of them.
pub fn total_input_bytes(inputs: &[PathBuf]) -> Option<u64> {
    let mut total = 0;
    for input in inputs {
        if input.as_os_str() == "-" {
            return None;
        }
        let mut files = Vec::new();
        collect_files(input, true, &mut files).ok()?;
        total += files.iter().filter_map(|file| fs::metadata(file).ok()).map(|metadata| metadata.len()).sum::<u64>();
    }
    Some(total)
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
}

fn collect_files(path: &Path, explicit: bool, files: &mut Vec<PathBuf>) -> Result<(), InputError> {
    let origin = || Origin { path: path.display().to_string(), line: None };
    let metadata =
        fs::symlink_metadata(path).map_err(|error| InputError { origin: origin(), message: error.to_string() })?;
    // A named symlink is followed; one met inside a directory is not, so that loops cannot form.
    let is_dir = metadata.is_dir() || (explicit && metadata.is_symlink() && path.is_dir());
    if !is_dir {
        let searched = path.extension().and_then(|e| e.to_str()).is_some_and(|e| SEARCHED_EXTENSIONS.contains(&e));
        if explicit || (searched && metadata.is_file()) {
            files.push(path.to_owned());
        }
        return Ok(());
    }
    let entries = fs::read_dir(path).map_err(|error| InputError { origin: origin(), message: error.to_string() })?;
    let mut children = Vec::new();
    for entry in entries {
        let entry = entry.map_err(|error| InputError { origin: origin(), message: error.to_string() })?;
        if !entry.file_name().to_string_lossy().starts_with('.') {
            children.push(entry.path());
        }
    }
    children.sort();
    for child in children {
        collect_files(&child, false, files)?;
    }
    Ok(())
}

fn read_source(
    source: &Source,
    require_date: bool,
    bytes_read: &AtomicU64,
    visit: &mut impl FnMut(Result<(Origin, Item), InputError>),
) {
    let (path, stem, file_name) = match source {
        Source::Stdin => ("-".to_owned(), "stdin".to_owned(), None),
        Source::File(path) => (
            path.display().to_string(),
            path.file_stem().map_or_else(|| "document".into(), |stem| stem.to_string_lossy().into_owned()),
            path.file_name().map(|name| name.to_string_lossy().into_owned()),
        ),
    };
    let context = Context { source, path: &path, stem: &stem, file_name: file_name.as_deref(), require_date };
    let reader = match open(source) {
        Ok(reader) => reader,
        Err(error) => return visit(Err(context.error(None, error))),
    };
    let mut reader = CountingReader { inner: reader, count: bytes_read };
    // JSON Lines are read a line at a time, so that memory holds one document, not the whole input.
    let first_line = match extension(source).as_deref() {
        Some("jsonl" | "ndjson") => Vec::new(),
        Some(_) => return context.whole(read_rest(&mut reader, Vec::new()), visit),
        None => match read_line(&mut reader) {
            Ok(line) if starts_json_lines(&line) => line,
            Ok(line) => return context.whole(read_rest(&mut reader, line), visit),
            Err(error) => return visit(Err(context.error(None, error))),
        },
    };
    context.json_lines(first_line, &mut reader, visit);
}

/// The source's bytes, for the sources that are read whole: the first line already read, then the rest.
fn read_rest(reader: &mut impl BufRead, mut bytes: Vec<u8>) -> io::Result<Vec<u8>> {
    reader.read_to_end(&mut bytes)?;
    Ok(bytes)
}

fn open(source: &Source) -> io::Result<Box<dyn BufRead>> {
    Ok(match source {
        Source::Stdin => Box::new(io::stdin().lock()),
        Source::File(path) => Box::new(BufReader::new(File::open(path)?)),
    })
}

/// One line with its `\n`, or nothing at the end of the input.
fn read_line(reader: &mut impl BufRead) -> io::Result<Vec<u8>> {
    let mut line = Vec::new();
    reader.read_until(b'\n', &mut line)?;
    Ok(line)
}

/// A source without an extension (standard input) holds JSON Lines when its first line is a JSON
/// object on its own.
fn starts_json_lines(line: &[u8]) -> bool {
    line.trim_ascii_start().starts_with(b"{") && serde_json::from_slice::<Value>(line).is_ok()
}

/// A reader that adds the bytes it reads to a shared count.
struct CountingReader<'a, R> {
    inner: R,
    count: &'a AtomicU64,
}

impl<R: Read> Read for CountingReader<'_, R> {
    fn read(&mut self, buffer: &mut [u8]) -> io::Result<usize> {
        let read = self.inner.read(buffer)?;
        self.count.fetch_add(read as u64, Ordering::Relaxed);
        Ok(read)
    }
}

impl<R: BufRead> BufRead for CountingReader<'_, R> {
    fn fill_buf(&mut self) -> io::Result<&[u8]> {
        self.inner.fill_buf()
    }

    fn consume(&mut self, amount: usize) {
        self.count.fetch_add(amount as u64, Ordering::Relaxed);
        self.inner.consume(amount);
    }
}

/// Like git, a NUL byte in the first bytes of a source marks it as binary; `offset` is where `bytes`
/// start in the source.
fn binary_probe(bytes: &[u8], offset: usize) -> Result<(), String> {
    let probe = &bytes[..bytes.len().min(BINARY_PROBE_BYTES.saturating_sub(offset))];
    match probe.iter().position(|&byte| byte == 0) {
        Some(at) => Err(format!("binary file (NUL byte at offset {}), not text", offset + at)),
        None => Ok(()),
    }
}

/// The text of a file, or the line and reason why it is not UTF-8 text.
fn decode(bytes: &[u8]) -> Result<&str, (Option<usize>, String)> {
    binary_probe(bytes, 0).map_err(|message| (None, message))?;
    utf8(bytes).map_err(|(line, message)| (Some(line), message))
}

fn utf8(bytes: &[u8]) -> Result<&str, (usize, String)> {
    std::str::from_utf8(bytes).map_err(|error| {
        let valid = &bytes[..error.valid_up_to()];
        let line = valid.iter().filter(|&&byte| byte == b'\n').count() + 1;
        let column = valid.len() - valid.iter().rposition(|&byte| byte == b'\n').map_or(0, |newline| newline + 1) + 1;
        (line, format!("invalid UTF-8 at byte {column} of the line (byte 0x{:02X})", bytes[valid.len()]))
    })
}

fn extension(source: &Source) -> Option<String> {
    match source {
        Source::File(path) => path.extension().and_then(|e| e.to_str()).map(str::to_ascii_lowercase),
        Source::Stdin => None,
    }
}

/// How a source read whole is laid out: by its extension, or without one by how it starts.
fn layout(source: &Source, text: &str) -> Layout {
    match extension(source).as_deref() {
        Some("json") => Layout::Json,
        Some(_) => Layout::Text,
        None => match text.trim_start().chars().next() {
            Some('{' | '[') => Layout::Json,
            _ => Layout::Text,
        },
    }
}

/// What every item read from one source shares.
struct Context<'a> {
    source: &'a Source,
    path: &'a str,
    stem: &'a str,
    file_name: Option<&'a str>,
    require_date: bool,
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

    fn article(&self, text: &str) -> Result<(Origin, Item), InputError> {
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
        let mut start = 0;
        loop {
            let line = Some(line_of(text, start + leading_whitespace(&text[start..])));
            match values.next() {
                None => break,
                Some(Ok(Value::Array(elements))) => {
                    for element in elements {
                        visit(self.json_item(element, line, None));
                    }
                }
                Some(Ok(value)) => visit(self.json_item(value, line, None)),
                Some(Err(error)) => return visit(Err(self.error(Some(error.line()), json_message(&error)))),
            }
            start = values.byte_offset();
        }
    }

    /// A source read whole: one article, or JSON values.
    fn whole(&self, bytes: io::Result<Vec<u8>>, visit: &mut impl FnMut(Result<(Origin, Item), InputError>)) {
        let bytes = match bytes {
            Ok(bytes) => bytes,
            Err(error) => return visit(Err(self.error(None, error))),
        };
        let text = match decode(&bytes) {
            Ok(text) => text,
            Err((line, message)) => return visit(Err(self.error(line, message))),
        };
        if text.trim().is_empty() {
            return visit(Err(self.error(None, "empty file")));
        }
        match layout(self.source, text) {
            Layout::Text => visit(self.article(text)),
            Layout::Json => self.json_stream(text, visit),
        }
    }

    /// One JSON value per line, read a line at a time; a bad line does not spoil the others.
    /// `line` is the first line when it was already read.
    fn json_lines(
        &self,
        mut line: Vec<u8>,
        reader: &mut impl BufRead,
        visit: &mut impl FnMut(Result<(Origin, Item), InputError>),
    ) {
        let (mut number, mut offset, mut any) = (0, 0, false);
        loop {
            if line.is_empty() {
                line = match read_line(reader) {
                    Ok(next) if next.is_empty() => break,
                    Ok(next) => next,
                    Err(error) => return visit(Err(self.error(Some(number + 1), error))),
                };
            }
            number += 1;
            // As in a file read whole, a NUL byte near the start marks a binary file, which is not read on.
            if let Err(message) = binary_probe(&line, offset) {
                return visit(Err(self.error(None, message)));
            }
            offset += line.len();
            let text = match utf8(&line) {
                Ok(text) => text,
                Err((_, message)) => {
                    visit(Err(self.error(Some(number), message)));
                    line.clear();
                    continue;
                }
            };
            if !text.trim().is_empty() {
                any = true;
                let item = match serde_json::from_str::<Value>(text) {
                    Ok(value) => self.json_item(value, Some(number), Some(number)),
                    Err(error) => Err(self.error(Some(number), json_message(&error))),
                };
                visit(item);
            }
            line.clear();
        }
        if !any {
            visit(Err(self.error(None, "empty file")));
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

fn line_of(text: &str, byte: usize) -> usize {
    text[..byte].bytes().filter(|&b| b == b'\n').count() + 1
}

/// serde_json's message without its "at line L column C" tail: the line is reported by the origin.
fn json_message(error: &serde_json::Error) -> String {
    let message = error.to_string();
    let reason = message.rsplit_once(" at line ").map_or(message.as_str(), |(reason, _)| reason);
    format!("malformed JSON at column {}: {reason}", error.column())
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
