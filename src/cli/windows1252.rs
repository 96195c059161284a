//! Decoding Windows-1252, the encoding of the GMB's CSV file.

/// The characters of bytes 0x80–0x9F, where Windows-1252 differs from Latin-1. The five bytes it leaves
/// undefined keep their own code point, as every other byte does.
const HIGH_CONTROLS: [char; 32] = [
    '\u{20AC}', '\u{0081}', '\u{201A}', '\u{0192}', '\u{201E}', '\u{2026}', '\u{2020}', '\u{2021}', // 0x80
    '\u{02C6}', '\u{2030}', '\u{0160}', '\u{2039}', '\u{0152}', '\u{008D}', '\u{017D}', '\u{008F}', // 0x88
    '\u{0090}', '\u{2018}', '\u{2019}', '\u{201C}', '\u{201D}', '\u{2022}', '\u{2013}', '\u{2014}', // 0x90
    '\u{02DC}', '\u{2122}', '\u{0161}', '\u{203A}', '\u{0153}', '\u{009D}', '\u{017E}', '\u{0178}', // 0x98
];

pub fn decode(bytes: &[u8]) -> String {
    bytes
        .iter()
        .map(|&byte| match byte {
            0x80..=0x9F => HIGH_CONTROLS[usize::from(byte - 0x80)],
            _ => char::from(byte),
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::decode;

    #[test]
    fn decodes_the_windows_specific_bytes() {
        assert_eq!(decode(b"Wait\x85 it\x92s \x80 5"), "Wait\u{2026} it\u{2019}s \u{20AC} 5");
        assert_eq!(decode(b"caf\xe9 \x81"), "caf\u{e9} \u{81}");
    }
}
