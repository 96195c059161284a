//! Finds URLs and e-mail addresses, which the tokenizer keeps whole rather than splitting at every mark.

/// Finds links at word starts. Remembers how far the text is known to hold none, so that the words of a long
/// unspaced run (Chinese, Japanese) are not each searched to the run's end.
#[derive(Default)]
pub(super) struct LinkFinder {
    link_free_until: usize,
}

/// Marks that end a sentence or clause after a link rather than belong to it.
const TRAILING_MARKS: [char; 15] = ['.', ',', ';', ':', '!', '?', '"', '\'', '”', '’', '»', '…', ')', ']', '}'];

impl LinkFinder {
    /// The end of the URL or e-mail address starting at `start` in `text`, if there is one.
    pub(super) fn link_end(&mut self, text: &str, start: usize) -> Option<usize> {
        let rest = &text.as_bytes()[start..];
        if start < self.link_free_until && !rest.starts_with(b"www.") {
            return None;
        }
        let run = &rest[..rest.iter().position(u8::is_ascii_whitespace).unwrap_or(rest.len())];
        let is_link = run.starts_with(b"www.")
            || run.windows(3).any(|window| window == b"://")
            || run.iter().position(|&b| b == b'@').is_some_and(|at| at > 0 && run[at..].contains(&b'.'));
        if !is_link {
            self.link_free_until = start + run.len();
            return None;
        }
        let candidate = &text[start..start + run.len()];
        let candidate = &candidate[..candidate.find(char::is_whitespace).unwrap_or(candidate.len())];
        Some(start + candidate.trim_end_matches(TRAILING_MARKS).len())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn link(text: &str, start: usize) -> Option<&str> {
        LinkFinder::default().link_end(text, start).map(|end| &text[start..end])
    }

    #[test]
    fn finds_urls_and_addresses_without_trailing_marks() {
        assert_eq!(link("see https://example.com/a?b=1).", 4), Some("https://example.com/a?b=1"));
        assert_eq!(link("jo.doe@example.org, now", 0), Some("jo.doe@example.org"));
        assert_eq!(link("www.bbc.co.uk\u{a0}next", 0), Some("www.bbc.co.uk"));
    }

    #[test]
    fn plain_words_and_handles_are_no_links() {
        assert_eq!(link("Amazon.com", 0), None);
        assert_eq!(link("@user", 0), None);
        assert_eq!(link("me@home", 0), None);
    }

    #[test]
    fn a_run_known_to_hold_no_link_is_not_searched_again() {
        let text = "北京，上海。www.x.cn";
        let mut finder = LinkFinder::default();
        assert_eq!(finder.link_end(text, 0), None);
        assert_eq!(finder.link_end(text, "北京，".len()), None);
        assert_eq!(finder.link_end(text, "北京，上海。".len()), Some(text.len()));
    }
}
