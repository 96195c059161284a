//! How an acronym reads against the name it abbreviates, shared by the extractor's coreference (within
//! an article) and the graph's identity stage (across articles), so that both agree.

/// The letters of a one-word all-capitals name ("NATO", "U.N."), if it is one.
pub fn acronym(word: &str) -> Option<String> {
    let letters: String = word.chars().filter(|c| *c != '.').collect();
    let is_acronym = (2..=8).contains(&letters.chars().count()) && letters.chars().all(char::is_uppercase);
    is_acronym.then_some(letters)
}

/// The first letters of a many-word name's capitalised words ("North Atlantic Treaty Organization" →
/// "NATO"); function words in lowercase are skipped. A one-word name has none to match.
pub fn initials<'a>(words: impl IntoIterator<Item = &'a str>) -> String {
    let words: Vec<&str> = words.into_iter().collect();
    if words.len() < 2 {
        return String::new();
    }
    words.iter().filter_map(|word| word.chars().next()).filter(|c| c.is_uppercase()).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn acronyms_match_the_initials_of_their_expansion() {
        assert_eq!(acronym("NATO").as_deref(), Some("NATO"));
        assert_eq!(acronym("U.N.").as_deref(), Some("UN"));
        assert_eq!(acronym("Nato"), None);
        assert_eq!(acronym("A"), None, "one letter is no acronym");
        assert_eq!(initials(["North", "Atlantic", "Treaty", "Organization"]), "NATO");
        assert_eq!(initials(["Council", "on", "Foreign", "Relations"]), "CFR");
        assert_eq!(initials(["NATO"]), "", "one word has no initials to match");
    }
}
