//! Finding and reading inputs: files, directories and standard input, holding plain-text articles,
//! JSON documents or extractions. Every problem names its file and, where it has one, its line; the
//! caller decides whether the batch goes on.

use std::fmt;
use std::fs;
use std::fs::File;
use std::io::{self, BufRead, BufReader, Read};
use std::os::unix::fs::MetadataExt;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU64, Ordering};

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

/// Reads every input in order, handing each item or problem to `visit` as soon as it is read.
/// `bytes_read` counts the input bytes consumed so far, for progress reports.
pub fn read_inputs(
    args: &InputArgs,
    bytes_read: &AtomicU64,
    mut visit: impl FnMut(Result<(Origin, Item), InputError>),
) {
    for found in args.inputs.iter().flat_map(|input| find_sources(input)) {
        match found {
            Found::Source(source) => read_source(&source, args, bytes_read, &mut visit),
            Found::Problem(error) => visit(Err(error)),
            Found::SkippedLink(path) => {
                report::note(format!(
                    "{}: skipped: a symbolic link inside a directory (name it to read it)",
                    path.display()
                ));
            }
        }
    }
}

/// The total size of the files among `inputs`, or `None` when standard input is one of them.
pub fn total_input_bytes(inputs: &[PathBuf]) -> Option<u64> {
    let mut total = 0;
    for found in inputs.iter().flat_map(|input| find_sources(input)) {
        match found {
            Found::Source(Source::Stdin) => return None,
            Found::Source(Source::File(file)) => total += fs::metadata(file).map_or(0, |metadata| metadata.len()),
            Found::Problem(_) | Found::SkippedLink(_) => {}
        }
    }
    Some(total)
}

/// Writing the output while reading it would read a half-written or vanished file: such a run is
/// refused before anything is read. A directory that holds the output would read it on the next
/// run if not on this one, so it is refused as soon as the output's path lies inside it.
pub fn refuse_output_as_input(inputs: &[PathBuf], output: &Output) -> anyhow::Result<()> {
    let Some(target) = output.replaced_file() else { return Ok(()) };
    let same_file = |file: &Path| match (fs::metadata(file), fs::metadata(target)) {
        (Ok(a), Ok(b)) => (a.dev(), a.ino()) == (b.dev(), b.ino()),
        _ => false,
    };
    let mut found = inputs.iter().flat_map(|input| find_sources(input));
    let read_as_file = found.any(|found| matches!(found, Found::Source(Source::File(file)) if same_file(&file)));
    let target = canonical_parent(target);
    let searched = is_searched(&target);
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

fn is_searched(path: &Path) -> bool {
    path.extension().and_then(|e| e.to_str()).is_some_and(|e| SEARCHED_EXTENSIONS.contains(&e))
}

/// What the walk of one input finds, in order.
enum Found {
    Source(Source),
    /// A directory that cannot be read: reported, and the walk goes on.
    Problem(InputError),
    /// A symbolic link inside a directory, not followed so that loops cannot form.
    SkippedLink(PathBuf),
}

fn find_sources(input: &Path) -> Vec<Found> {
    let mut found = Vec::new();
    if input.as_os_str() == "-" {
        found.push(Found::Source(Source::Stdin));
    } else {
        walk(input, true, &mut found);
    }
    found
}

fn walk(path: &Path, explicit: bool, found: &mut Vec<Found>) {
    let problem = |error: io::Error| {
        Found::Problem(InputError {
            origin: Origin { path: path.display().to_string(), line: None },
            message: error.to_string(),
        })
    };
    let metadata = match fs::symlink_metadata(path) {
        Ok(metadata) => metadata,
        Err(error) => return found.push(problem(error)),
    };
    // A named symlink is followed; one met inside a directory is not.
    if metadata.is_symlink() && !explicit {
        if is_searched(path) || path.is_dir() {
            found.push(Found::SkippedLink(path.to_owned()));
        }
        return;
    }
    if !(metadata.is_dir() || (metadata.is_symlink() && path.is_dir())) {
        if explicit || (is_searched(path) && metadata.is_file()) {
            found.push(Found::Source(Source::File(path.to_owned())));
        }
        return;
    }
    let entries = match fs::read_dir(path) {
        Ok(entries) => entries,
        Err(error) => return found.push(problem(error)),
    };
    let mut children = Vec::new();
    for entry in entries {
        match entry {
            Ok(entry) if !entry.file_name().to_string_lossy().starts_with('.') => children.push(entry.path()),
            Ok(_) => {}
            Err(error) => found.push(problem(error)),
        }
    }
    children.sort();
    for child in children {
        walk(&child, false, found);
    }
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

fn read_source(
    source: &Source,
    args: &InputArgs,
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
    let context = Context {
        source,
        path: &path,
        stem: &stem,
        file_name: file_name.as_deref(),
        require_date: !args.allow_undated,
        max_document_bytes: args.max_document_bytes,
    };
    let limit = args.max_input_bytes;
    let reader = match open(source) {
        Ok(reader) => reader,
        Err(error) => return visit(Err(context.error(None, error))),
    };
    let mut reader = CountingReader { inner: reader, count: bytes_read };
    // JSON Lines are read a line at a time, so that memory holds one document, not the whole input.
    let first_line = match extension(source).as_deref() {
        Some("jsonl" | "ndjson") => Vec::new(),
        Some(_) => return context.whole(read_rest(&mut reader, Vec::new(), limit), visit),
        None => match read_line(&mut reader, limit) {
            Ok(line) if starts_json_lines(&line) => line,
            Ok(line) => return context.whole(read_rest(&mut reader, line, limit), visit),
            Err(error) => return visit(Err(context.error(None, error))),
        },
    };
    context.json_lines(first_line, &mut reader, limit, visit);
}

/// The source's bytes, for the sources that are read whole: the first line already read, then the
/// rest, refused beyond `limit` bytes rather than filling the memory.
fn read_rest(reader: &mut impl BufRead, mut bytes: Vec<u8>, limit: u64) -> io::Result<Vec<u8>> {
    reader.by_ref().take((limit + 1).saturating_sub(bytes.len() as u64)).read_to_end(&mut bytes)?;
    within(bytes, limit)
}

fn within(bytes: Vec<u8>, limit: u64) -> io::Result<Vec<u8>> {
    if bytes.len() as u64 > limit {
        let message = format!("longer than {limit} bytes (--max-input-bytes); split it into smaller files");
        return Err(io::Error::other(message));
    }
    Ok(bytes)
}

fn open(source: &Source) -> io::Result<Box<dyn BufRead>> {
    Ok(match source {
        Source::Stdin => Box::new(io::stdin().lock()),
        Source::File(path) => Box::new(BufReader::new(File::open(path)?)),
    })
}

/// One line with its `\n`, or nothing at the end of the input; refused beyond `limit` bytes.
fn read_line(reader: &mut impl BufRead, limit: u64) -> io::Result<Vec<u8>> {
    let mut line = Vec::new();
    reader.by_ref().take(limit + 1).read_until(b'\n', &mut line)?;
    within(line, limit)
}

/// A source without an extension (standard input) holds JSON Lines when its first line is a JSON
/// object on its own.
fn starts_json_lines(line: &[u8]) -> bool {
    let line = line.strip_prefix("\u{feff}".as_bytes()).unwrap_or(line);
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
    utf16_probe(bytes).map_err(|message| (None, message))?;
    binary_probe(bytes, 0).map_err(|message| (None, message))?;
    utf8(bytes).map_err(|(line, message)| (Some(line), message))
}

/// UTF-16 shows by its byte-order mark, or, without one, by a NUL beside nearly every byte of
/// Latin text; it gets its own advice instead of being called binary.
fn utf16_probe(bytes: &[u8]) -> Result<(), String> {
    let probe = &bytes[..bytes.len().min(BINARY_PROBE_BYTES)];
    let order = match probe {
        [0xFF, 0xFE, ..] => Some("little-endian"),
        [0xFE, 0xFF, ..] => Some("big-endian"),
        _ => {
            let pairs = probe.chunks_exact(2);
            let count = pairs.len();
            let (high, low) = pairs.fold((0, 0), |(high, low), pair| {
                (high + usize::from(pair[1] == 0 && pair[0] != 0), low + usize::from(pair[0] == 0 && pair[1] != 0))
            });
            // Nine pairs in ten: a few characters beyond Latin-1 have no NUL byte.
            let most = |nuls: usize| count > 0 && nuls * 10 >= count * 9;
            if most(high) {
                Some("little-endian")
            } else if most(low) {
                Some("big-endian")
            } else {
                None
            }
        }
    };
    match order {
        Some(order) => Err(format!("UTF-16 text ({order}), convert it to UTF-8 (iconv -f UTF-16 -t UTF-8)")),
        None => Ok(()),
    }
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
        let limit = self.max_document_bytes;
        if text.len() > limit {
            let message = format!("the document has {} bytes, more than {limit} (--max-document-bytes)", text.len());
            return Err(self.error(line, message));
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
                    for element in elements {
                        visit(self.json_item(element, line, None));
                    }
                }
                Some(Ok(value)) => visit(self.json_item(value, line, None)),
                Some(Err(error)) => return visit(Err(self.error(Some(error.line()), json_message(&error)))),
            }
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
        if text.trim_start_matches(BYTE_ORDER_MARK).trim().is_empty() {
            return visit(Err(self.error(None, "empty file")));
        }
        // A text article keeps its byte-order mark, since offsets count the text as read; JSON has none.
        let json = text.strip_prefix(BYTE_ORDER_MARK).unwrap_or(text);
        match layout(self.source, json) {
            Layout::Text => visit(self.article(text)),
            Layout::Json => self.json_stream(json, visit),
        }
    }

    /// One JSON value per line, read a line at a time; a bad line does not spoil the others.
    /// `line` is the first line when it was already read.
    fn json_lines(
        &self,
        mut line: Vec<u8>,
        reader: &mut impl BufRead,
        limit: u64,
        visit: &mut impl FnMut(Result<(Origin, Item), InputError>),
    ) {
        let (mut number, mut offset, mut any) = (0, 0, false);
        loop {
            if line.is_empty() {
                line = match read_line(reader, limit) {
                    Ok(next) if next.is_empty() => break,
                    Ok(next) => next,
                    Err(error) => return visit(Err(self.error(Some(number + 1), error))),
                };
            }
            number += 1;
            // As in a file read whole, a NUL byte near the start marks a binary file, which is not read on.
            let probe = if offset == 0 { utf16_probe(&line) } else { Ok(()) };
            if let Err(message) = probe.and_then(|()| binary_probe(&line, offset)) {
                return visit(Err(self.error(None, message)));
            }
            offset += line.len();
            let text = match utf8(&line) {
                Ok(text) if offset == line.len() => text.strip_prefix(BYTE_ORDER_MARK).unwrap_or(text),
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
