//! Character normalisation and word shapes: "Geneva" → `Xxxx`, "U.S." → `X.X.`, "1990s" → `dddx`.

/// Straightens curly quotes and apostrophes: articles use ’ and “”, the GMB training data ' and ".
pub fn normalise(character: char) -> char {
    match character {
        '\u{2018}' | '\u{2019}' | '\u{201A}' | '\u{2032}' => '\'',
        '\u{201C}' | '\u{201D}' | '\u{201E}' | '\u{2033}' => '"',
        other => other,
    }
}

/// The shape class of a character: `X` upper case, `x` lower case, `d` digit, anything else itself.
pub fn class(character: char) -> char {
    if character.is_uppercase() {
        'X'
    } else if character.is_alphabetic() {
        'x'
    } else if character.is_numeric() {
        'd'
    } else {
        normalise(character)
    }
}

/// Shapes keep runs of one class up to this length, so "Geneva" and "Switzerland" share `Xxxx`.
pub const MAX_RUN: usize = 3;

/// Feeds the shape of `word` to `sink` one class at a time, without building a string.
pub fn for_each_class(word: &str, mut sink: impl FnMut(char)) {
    let mut previous = None;
    let mut run = 0;
    for class in word.chars().map(class) {
        run = if previous == Some(class) { run + 1 } else { 1 };
        previous = Some(class);
        if run <= MAX_RUN {
            sink(class);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn shape(word: &str) -> String {
        let mut shape = String::new();
        for_each_class(word, |class| shape.push(class));
        shape
    }

    #[test]
    fn shapes_collapse_long_runs() {
        assert_eq!(shape("Geneva"), "Xxxx");
        assert_eq!(shape("U.S."), "X.X.");
        assert_eq!(shape("NATO"), "XXX");
        assert_eq!(shape("1990s"), "dddx");
        assert_eq!(shape("al-Qaida"), "xx-Xxxx");
        assert_eq!(shape("O’Brien"), "X'Xxxx");
    }
}
