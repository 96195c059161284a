//! Short labels for drawings and node lists: long names and quotes cut to a readable length.

use std::borrow::Cow;

/// Longest name, headline or quote shown in full; longer ones are cut so that nodes stay readable.
pub(super) const LABEL_CHARS: usize = 60;

/// `text` cut to at most `max_chars` characters, the last being "…" when anything was cut. Cuts fall on
/// char boundaries, so any script survives.
pub fn shorten(text: &str, max_chars: usize) -> Cow<'_, str> {
    let mut char_starts = text.char_indices().map(|(byte, _)| byte);
    match (char_starts.nth(max_chars.saturating_sub(1)), char_starts.next()) {
        (Some(cut), Some(_)) => Cow::Owned(format!("{}…", text[..cut].trim_end())),
        _ => Cow::Borrowed(text),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shortening_cuts_on_char_boundaries() {
        assert_eq!(shorten("short", 60), "short");
        assert!(matches!(shorten("short", 60), Cow::Borrowed(_)));
        assert_eq!(shorten("abcdef", 6), "abcdef");
        assert_eq!(shorten("abcdefg", 6), "abcde…");
        assert_eq!(shorten("日本語のテキスト", 4), "日本語…");
        assert_eq!(shorten("ab   cdef", 4), "ab…", "no dangling space before the ellipsis");
        let long = "Ω".repeat(10_000);
        let short = shorten(&long, LABEL_CHARS);
        assert_eq!(short.chars().count(), LABEL_CHARS);
        assert!(short.ends_with("Ω…"));
    }
}
