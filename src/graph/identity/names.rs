//! The forms of a name that decide identity: normalised spelling, a person's name without titles,
//! an organisation's name split from the country that qualifies it.

use super::knowledge::Knowledge;

/// Case, punctuation, spacing and a leading "the" ignored; periods vanish so that "U.S." is "us".
pub(crate) fn normalise(name: &str) -> String {
    let words: Vec<String> = name
        .split(|c: char| !c.is_alphanumeric() && !matches!(c, '\'' | '’' | '.'))
        .map(|word| word.replace('.', "").replace('’', "'").to_lowercase())
        .filter(|word| !word.is_empty())
        .collect();
    let skip = usize::from(words.len() > 1 && words[0] == "the");
    words[skip..].join(" ")
}

/// Words that qualify a person without naming them ("former", "President-elect").
fn is_qualifier(word: &str) -> bool {
    let lower = word.to_lowercase();
    matches!(lower.as_str(), "former" | "acting" | "late" | "then")
        || lower.ends_with("-elect")
        || lower.starts_with("ex-")
        || lower.starts_with("then-")
}

/// A person's name without the titles and qualifiers written before it ("Senator", "Dr.", "former
/// President-elect"), and without words before the first name when a long name starts with words that
/// are no one's name ("Senate Minority Whip Dick Durbin" → "Dick Durbin").
pub(super) fn person_name<'a>(knowledge: &Knowledge, name: &'a str) -> &'a str {
    let mut words: Vec<&str> = name.split_whitespace().collect();
    if let Some(last) = words.last_mut() {
        *last = last.trim_end_matches("'s").trim_end_matches("’s");
    }
    loop {
        if words.len() > 1 && is_qualifier(words[0]) {
            words.remove(0);
            continue;
        }
        // Longest title first ("Prime Minister" before "Prime"); a name is never all title.
        let title = (1..words.len().min(5)).rev().find(|&n| knowledge.is_title(&normalise(&words[..n].join(" "))));
        match title {
            Some(n) => drop(words.drain(..n)),
            None => break,
        }
    }
    if words.len() >= 3 && !knowledge.is_first_name(&normalise(words[0])) {
        let first = (1..words.len() - 1).find(|&index| knowledge.is_first_name(&normalise(words[index])));
        if let Some(first) = first {
            words.drain(..first);
        }
    }
    // The kept words as written, with whatever spacing stood between them.
    let offset = |word: &str| word.as_ptr() as usize - name.as_ptr() as usize;
    match (words.first(), words.last()) {
        (Some(first), Some(last)) => &name[offset(first)..offset(last) + last.len()],
        _ => name,
    }
}

/// The form of a person's name that decides identity: normalised, middle initials dropped ("John F.
/// Kerr" is John Kerr), and the shortest form the article also wrote with the same first and last name
/// ("Ada Lynn Kerr", also written "Ada Kerr", is Ada Kerr), so that the fullest form an article happens
/// to give does not split a person across articles.
pub(super) fn person_key<'a>(name: &str, aliases: impl Iterator<Item = &'a str>) -> String {
    let fold = |written: &str| -> Vec<String> {
        let words: Vec<&str> = written.split_whitespace().collect();
        let last = words.len().saturating_sub(1);
        let kept: Vec<&str> = words
            .iter()
            .enumerate()
            .filter(|&(index, word)| index == 0 || index == last || !is_initial(word))
            .map(|(_, word)| *word)
            .collect();
        normalise(&kept.join(" ")).split(' ').map(str::to_owned).collect()
    };
    let mut key = fold(name);
    for alias in aliases {
        let alias = fold(alias);
        if alias.len() >= 2 && alias.len() < key.len() && alias.first() == key.first() && alias.last() == key.last() {
            key = alias;
        }
    }
    key.join(" ")
}

/// A middle initial as written: one capital letter, with or without its period ("F.", "F").
fn is_initial(word: &str) -> bool {
    let mut letters = word.trim_end_matches('.').chars();
    matches!((letters.next(), letters.next()), (Some(letter), None) if letter.is_uppercase())
}

/// The country written before an organisation's name ("U.S." of "U.S. Congress", "Kenya" of "Kenya's
/// Senate"), as a place's name and not an adjective, with the words that write it and where they
/// start in `text`, in code points.
pub(super) fn country_prefix<'a>(knowledge: &Knowledge, text: &'a str) -> Option<(&'static str, &'a str, usize)> {
    // "the 116th U.S. Congress": the ordinal names a term, and the country follows it.
    let (text, begin) = match text.split_once(' ') {
        Some((first, rest)) if is_ordinal(first) => (rest, first.chars().count() + 1),
        _ => (text, 0),
    };
    let ends: Vec<usize> = text.match_indices(char::is_whitespace).map(|(at, _)| at).collect();
    ends.iter().take(4).rev().find_map(|&end| {
        let prefix = text[..end].trim_end_matches("'s").trim_end_matches("’s");
        let written = normalise(prefix);
        knowledge.place(&written)?;
        Some((knowledge.country(&written)?, prefix, begin))
    })
}

/// The family name of a normalised full name: its last word, generational suffixes aside.
pub(super) fn surname(normalised: &str) -> Option<&str> {
    let mut words = normalised.split(' ').rev().skip_while(|word| matches!(*word, "jr" | "sr" | "ii" | "iii" | "iv"));
    let surname = words.next()?;
    words.next().is_some().then_some(surname)
}

/// An organisation's name cut into the country that qualifies it and the rest: "U.S. Senate",
/// "United States Senate", "American Senate", "Senate of the Philippines" and "Kenya's Senate" all
/// give a country and "Senate". Political adjectives before a generic name go too ("the Republican
/// Senate" is the Senate).
pub(super) fn split_country(knowledge: &Knowledge, name: &str) -> (Option<&'static str>, String) {
    let mut words: Vec<&str> = name.split_whitespace().collect();
    // "the 116th Congress" is the Congress; the ordinal names a term, not another body.
    if words.len() > 1 && is_ordinal(words[0]) {
        words.remove(0);
    }
    let mut country = None;
    let mut core = &words[..];
    if let Some(of) = core.iter().rposition(|word| *word == "of")
        && of > 0
        && let Some(found) = knowledge.country(&normalise(&core[of + 1..].join(" ")))
    {
        country = Some(found);
        core = &core[..of];
    } else if let Some((n, found)) = (1..core.len().min(5)).rev().find_map(|n| {
        let prefix = core[..n].join(" ");
        Some((n, knowledge.country(&normalise(prefix.trim_end_matches("'s").trim_end_matches("’s")))?))
    }) {
        country = Some(found);
        core = &core[n..];
    }
    let mut core = core.join(" ");
    if let Some(rest) = core.split_once(' ').and_then(|(first, rest)| is_party_adjective(first).then_some(rest))
        && knowledge.generic(&normalise(rest)).is_some()
    {
        core = rest.to_owned();
    }
    (country, core)
}

fn is_ordinal(word: &str) -> bool {
    let digits = word.trim_end_matches(|c: char| c.is_ascii_alphabetic());
    !digits.is_empty()
        && digits.chars().all(|c| c.is_ascii_digit())
        && matches!(&word[digits.len()..], "st" | "nd" | "rd" | "th")
}

fn is_party_adjective(word: &str) -> bool {
    matches!(word, "Republican" | "Democratic" | "Democrat" | "GOP" | "Conservative" | "Labour" | "Liberal")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_normalise_case_punctuation_periods_and_articles() {
        assert_eq!(normalise("The  United States"), normalise("united states"));
        assert_eq!(normalise("O’Brien"), normalise("O'Brien"));
        assert_eq!(normalise("U.S."), normalise("US"));
        assert_eq!(normalise("Washington, D.C."), "washington dc");
        assert_eq!(normalise("The"), "the");
    }

    #[test]
    fn titles_and_qualifiers_leave_a_persons_name() {
        let knowledge = Knowledge::get();
        let name = |written: &str| person_name(knowledge, written).to_owned();
        assert_eq!(name("President-elect Mara Linden"), "Mara Linden");
        assert_eq!(name("former Senator Tomas Ekdahl"), "Tomas Ekdahl");
        assert_eq!(name("Dr. Ines Varga"), "Ines Varga");
        assert_eq!(name("Prime Minister Ola Brekke"), "Ola Brekke");
        assert_eq!(name("Assembly Majority Whip Karen Dolby"), "Karen Dolby");
        assert_eq!(name("Ryland's"), "Ryland");
        assert_eq!(name("Mary Ann Quist"), "Mary Ann Quist", "a first name first keeps every word");
        assert_eq!(name("President"), "President", "a title alone is left as it is");
        assert_eq!(name("Line one\nLine two"), "Line one\nLine two", "spacing stays as written");
    }

    #[test]
    fn people_are_keyed_without_middle_initials_and_by_their_shortest_full_form() {
        assert_eq!(person_key("Harold T. Ostby", std::iter::empty()), "harold ostby");
        assert_eq!(person_key("Harold Tobias Ostby", ["Ostby", "Harold Ostby"].into_iter()), "harold ostby");
        assert_eq!(person_key("Harold Tobias Ostby", ["Greta Ostby"].into_iter()), "harold tobias ostby");
        assert_eq!(person_key("Ostby", std::iter::empty()), "ostby");
        assert_eq!(person_key("Ann O Neil Ostby", std::iter::empty()), "ann neil ostby");
        assert_eq!(
            person_key("Ann O'Neil", std::iter::empty()),
            "ann o'neil",
            "only a word written alone is an initial"
        );
    }

    #[test]
    fn a_country_written_before_an_organisation_is_found_with_its_words() {
        let knowledge = Knowledge::get();
        assert_eq!(country_prefix(knowledge, "U.S. Parliament"), Some(("United States", "U.S.", 0)));
        assert_eq!(country_prefix(knowledge, "Kenya's Senate"), Some(("Kenya", "Kenya", 0)));
        assert_eq!(country_prefix(knowledge, "40th Kenya Parliament"), Some(("Kenya", "Kenya", 5)));
        assert_eq!(country_prefix(knowledge, "American Parliament"), None, "an adjective is no mention of a place");
        assert_eq!(country_prefix(knowledge, "Kenya"), None);
    }

    #[test]
    fn surnames_skip_generational_suffixes_and_need_a_given_name() {
        assert_eq!(surname("harold ostby jr"), Some("ostby"));
        assert_eq!(surname("harold ostby"), Some("ostby"));
        assert_eq!(surname("ostby"), None);
    }

    #[test]
    fn countries_qualify_organisations_however_written() {
        let knowledge = Knowledge::get();
        let split = |name: &str| split_country(knowledge, name);
        for written in
            ["U.S. Senate", "US Senate", "United States Senate", "American Senate", "Senate of the United States"]
        {
            assert_eq!(split(written), (Some("United States"), "Senate".to_owned()), "{written}");
        }
        assert_eq!(split("Kenya's Senate"), (Some("Kenya"), "Senate".to_owned()));
        assert_eq!(split("Republican Senate"), (None, "Senate".to_owned()));
        assert_eq!(split("116th U.S. Congress"), (Some("United States"), "Congress".to_owned()));
        assert_eq!(split("Republican Guard"), (None, "Republican Guard".to_owned()), "only before a generic name");
        assert_eq!(split("Acme Holdings"), (None, "Acme Holdings".to_owned()));
    }
}
