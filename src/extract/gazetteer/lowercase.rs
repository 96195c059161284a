//! Lower-casing a token for case-insensitive lookups without allocating: titles are short ASCII words,
//! so a small stack buffer holds every token that can possibly match.

/// Longest token worth lower-casing; longer ones are no title.
const MAX_LEN: usize = 32;

pub struct LowercaseBuffer([u8; MAX_LEN]);

impl LowercaseBuffer {
    pub fn new() -> Self {
        Self([0; MAX_LEN])
    }

    /// The ASCII-lower-cased word, or `None` for a word that is not ASCII or longer than any title.
    pub fn lowercase<'b>(&'b mut self, word: &str) -> Option<&'b str> {
        let bytes = word.as_bytes();
        if bytes.len() > MAX_LEN || !bytes.is_ascii() {
            return None;
        }
        let target = &mut self.0[..bytes.len()];
        target.copy_from_slice(bytes);
        target.make_ascii_lowercase();
        std::str::from_utf8(target).ok()
    }
}

#[cfg(test)]
mod tests {
    use super::LowercaseBuffer;

    #[test]
    fn ascii_words_are_lowered_and_others_refused() {
        let mut buffer = LowercaseBuffer::new();
        assert_eq!(buffer.lowercase("Secretary-General"), Some("secretary-general"));
        assert_eq!(buffer.lowercase("MR."), Some("mr."));
        assert_eq!(buffer.lowercase("Zürich"), None);
        assert_eq!(buffer.lowercase(&"x".repeat(40)), None);
    }
}
