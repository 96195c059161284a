//! A news document: its text exactly as read, and the date header on its first line.

use serde::{Deserialize, Serialize};

use super::date::{DateError, IsoDate};

/// One article. `text` is the whole input as read, so offsets point into the file on disk.
/// Documents order by id first, which is the order they merge into the graph in.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
pub struct Document {
    pub id: String,
    #[serde(default)]
    pub source: Option<String>,
    #[serde(default)]
    pub date: Option<IsoDate>,
    pub text: String,
}

/// What the first line of an article says: `date YYYY-MM-DD`, optionally followed by a headline.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Header<'a> {
    pub date: IsoDate,
    pub headline: Option<&'a str>,
    /// The byte offset just after the date, where the headline (if any) and the body begin.
    pub body_start: usize,
}

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum DocumentError {
    #[error("the document is empty")]
    Empty,
    #[error("the first line does not start with `date YYYY-MM-DD`")]
    MissingDate,
    #[error("the date header is wrong: {0}")]
    InvalidDate(#[from] DateError),
}

const DATE_KEYWORD: &str = "date ";
const DATE_LENGTH: usize = "YYYY-MM-DD".len();

impl<'a> Header<'a> {
    /// Reads the header of `text`. `Ok(None)` means the first line has no `date` keyword at all.
    /// Leading spaces and a byte-order mark are tolerated, as editors and scrapers leave them.
    /// Everyone else asks [`Document::header`], so that the header is read one way only.
    fn parse(text: &'a str) -> Result<Option<Self>, DateError> {
        let first_line = text.lines().next().unwrap_or_default();
        let Some(rest) = first_line.trim_start_matches(['\u{feff}', ' ', '\t']).strip_prefix(DATE_KEYWORD) else {
            return Ok(None);
        };
        let rest = rest.trim_start();
        let date_end = rest.char_indices().nth(DATE_LENGTH).map_or(rest.len(), |(byte, _)| byte);
        let (date, tail) = rest.split_at(date_end);
        if !(tail.is_empty() || tail.starts_with(char::is_whitespace)) {
            return Err(DateError { found: rest.split_whitespace().next().unwrap_or_default().to_owned() });
        }
        let headline = Some(tail.trim()).filter(|headline| !headline.is_empty());
        // `tail` is a suffix of the first line, which starts the text.
        let body_start = first_line.len() - tail.len();
        Ok(Some(Header { date: date.parse()?, headline, body_start }))
    }
}

impl Document {
    /// Builds a document from a plain-text article. When `require_date` holds, an article without a
    /// date header is an error; otherwise its date is unknown.
    pub fn from_article(
        id: String,
        source: Option<String>,
        text: String,
        require_date: bool,
    ) -> Result<Self, DocumentError> {
        if text.trim().is_empty() {
            return Err(DocumentError::Empty);
        }
        let document = Self { id, source, date: None, text };
        let date = match document.header()? {
            Some(header) => Some(header.date),
            None if require_date => return Err(DocumentError::MissingDate),
            None => None,
        };
        Ok(Self { date, ..document })
    }

    /// The date header of the first line, if the text has one. `Ok(None)` means the first line has no
    /// `date` keyword at all.
    pub fn header(&self) -> Result<Option<Header<'_>>, DateError> {
        Header::parse(&self.text)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn article(text: &str, require_date: bool) -> Result<Document, DocumentError> {
        Document::from_article("a".into(), None, text.into(), require_date)
    }

    #[test]
    fn reads_date_and_headline_from_the_first_line() {
        let text = " date 2022-01-09 Talks open in Geneva\n\nBody.";
        let header = Header::parse(text).unwrap().unwrap();
        assert_eq!(&text[header.body_start..], " Talks open in Geneva\n\nBody.");
        assert_eq!(header.date.to_string(), "2022-01-09");
        assert_eq!(header.headline, Some("Talks open in Geneva"));
        assert_eq!(article(text, true).unwrap().text, text, "the text is kept exactly as read");
    }

    #[test]
    fn a_bare_date_line_has_no_headline() {
        assert_eq!(Header::parse("date 2020-05-01\nText").unwrap().unwrap().headline, None);
        assert_eq!(Header::parse("\u{feff}date 2020-05-01").unwrap().unwrap().headline, None);
    }

    #[test]
    fn missing_and_invalid_dates_are_errors() {
        assert_eq!(article("Just text.", true), Err(DocumentError::MissingDate));
        assert_eq!(article("Just text.", false).unwrap().date, None);
        assert!(matches!(article("date 2022-02-31 x", true), Err(DocumentError::InvalidDate(_))));
        assert!(matches!(article("date 2022-02-0199", true), Err(DocumentError::InvalidDate(_))));
        assert!(matches!(article("date soon", false), Err(DocumentError::InvalidDate(_))));
        assert_eq!(article(" \n\t", false), Err(DocumentError::Empty));
    }

    #[test]
    fn the_date_line_must_be_the_first_line() {
        assert_eq!(Header::parse("Headline\ndate 2022-01-09"), Ok(None));
    }
}
