//! Code-point offsets, the unit of every span in the extraction contract.
//!
//! Rust strings index by byte; the contract counts Unicode code points so that offsets mean the same in
//! Python, JavaScript (outside the astral planes) and JSON consumers. This table converts between the two.

/// The byte position of every code point of a text, plus its end.
pub struct CodePoints<'a> {
    text: &'a str,
    /// `None` when the text is ASCII, where code-point and byte offsets coincide.
    byte_starts: Option<Vec<usize>>,
}

impl<'a> CodePoints<'a> {
    pub fn new(text: &'a str) -> Self {
        let byte_starts = (!text.is_ascii())
            .then(|| text.char_indices().map(|(byte, _)| byte).chain(std::iter::once(text.len())).collect());
        Self { text, byte_starts }
    }

    /// The number of code points in the text.
    pub fn len(&self) -> usize {
        self.byte_starts.as_ref().map_or(self.text.len(), |starts| starts.len() - 1)
    }

    pub fn is_empty(&self) -> bool {
        self.text.is_empty()
    }

    /// The byte offset of a code-point offset, if it lies within the text.
    pub fn byte_offset(&self, code_point: usize) -> Option<usize> {
        match &self.byte_starts {
            None => (code_point <= self.text.len()).then_some(code_point),
            Some(starts) => starts.get(code_point).copied(),
        }
    }

    /// The code-point offset of a byte offset that lies on a character boundary (or at the end).
    pub fn code_point(&self, byte: usize) -> usize {
        match &self.byte_starts {
            None => byte,
            Some(starts) => starts.binary_search(&byte).unwrap_or_else(|after| after),
        }
    }

    /// The text between two code-point offsets, if both lie within it in order.
    pub fn slice(&self, start: usize, end: usize) -> Option<&'a str> {
        if start > end {
            return None;
        }
        Some(&self.text[self.byte_offset(start)?..self.byte_offset(end)?])
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn slices_by_code_point_not_byte() {
        let points = CodePoints::new("“Да,” 🙂 he said");
        assert_eq!(points.len(), 15);
        assert_eq!(points.slice(1, 3), Some("Да"));
        assert_eq!(points.slice(6, 7), Some("🙂"));
        assert_eq!(points.slice(11, 15), Some("said"));
        assert_eq!(points.slice(11, 16), None);
        assert_eq!(points.slice(3, 2), None);
        assert_eq!(points.code_point("“Да,” 🙂".len()), 7, "byte offsets map back to code points");
        assert_eq!(points.code_point("“".len()), 1);
    }

    #[test]
    fn ascii_offsets_are_byte_offsets() {
        let points = CodePoints::new("plain");
        assert_eq!(points.len(), 5);
        assert_eq!(points.slice(0, 5), Some("plain"));
        assert_eq!(points.byte_offset(6), None);
    }
}
