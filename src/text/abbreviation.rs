//! Known abbreviations: words that keep their period as part of the token.
//!
//! Shared by the tokenizer (does this period belong to the word?) and the sentence splitter (can a
//! sentence end on this word?). Dotted acronyms (U.S.) and initials (J.) need no list.

/// Abbreviations placed before what they qualify — titles, months, "No. 5", "vs. Chelsea" — so a
/// sentence never ends on them. Sorted by byte, for binary search.
const LEADING: &[&str] = &[
    "Adm", "Apr", "Aug", "Capt", "Cmdr", "Col", "Cpl", "Dec", "Det", "Dr", "Feb", "Ft", "Gen", "Gov", "Hon", "Jan",
    "Jul", "Jun", "Lt", "Maj", "Mar", "Messrs", "Mr", "Mrs", "Ms", "Mt", "No", "Nos", "Nov", "Oct", "Pres", "Prof",
    "Pvt", "Rep", "Rev", "Sen", "Sep", "Sept", "Sgt", "St", "Supt", "Vol", "approx", "cf", "v", "vs",
];

/// Abbreviations placed after what they qualify, which may therefore end a sentence ("...of Apple Inc.").
/// Sorted by byte, for binary search.
const TRAILING: &[&str] = &["Ave", "Bros", "Co", "Corp", "Inc", "Jr", "Ltd", "Sr", "etc"];

/// Abbreviations of "number", which are also the plain word "No." unless a number follows.
const NUMERO: [&str; 2] = ["No", "Nos"];

/// Whether `word` (without its period) is a known abbreviation, given the `rest` of the text after the period.
pub(super) fn is_abbreviation(word: &str, rest: &str) -> bool {
    if NUMERO.contains(&word) {
        return rest.trim_start().starts_with(|c: char| c.is_ascii_digit());
    }
    is_leading(word) || TRAILING.binary_search(&word).is_ok()
}

/// Whether `word` (without its period) is an abbreviation a sentence never ends on.
pub(super) fn is_leading(word: &str) -> bool {
    LEADING.binary_search(&word).is_ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lists_are_sorted_without_duplicates_and_disjoint() {
        for list in [LEADING, TRAILING] {
            assert!(list.windows(2).all(|pair| pair[0] < pair[1]), "{list:?}");
        }
        assert!(LEADING.iter().all(|word| !TRAILING.contains(word)));
    }

    #[test]
    fn looks_words_up_by_exact_spelling() {
        assert!(is_abbreviation("Mr", " Smith") && is_leading("Mr"));
        assert!(is_abbreviation("Inc", "") && !is_leading("Inc"));
        assert!(!is_abbreviation("MR", " Smith") && !is_abbreviation("Paris", " It"));
    }

    #[test]
    fn no_is_an_abbreviation_only_before_a_number() {
        assert!(is_abbreviation("No", " 7 won") && is_abbreviation("Nos", " 3 and 4"));
        assert!(!is_abbreviation("No", " Not really") && !is_abbreviation("No", ""));
    }
}
