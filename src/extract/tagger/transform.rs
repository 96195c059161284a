//! GMB annotations turned into ours: the GMB's categories mapped onto Person, Organization and Place,
//! country adjectives and demonyms dropped, and titles cut off person names.

use super::error::TaggerError;
use super::label::{self, BioTag};
use super::sentence::TrainingSentence;
use crate::contract::EntityType;

/// One row of the GMB: a token, its part of speech and its IOB tag (`B-geo`, `I-per`, `O`, …).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct GmbToken {
    pub word: String,
    pub pos: String,
    pub tag: String,
}

/// Words the GMB puts at the start of person names and we do not: for us "President Obama" is a title
/// followed by the name "Obama". The frequent ones in the GMB come first. Compared ignoring case.
const TITLES: &[&str] = &[
    "Mr.",
    "President",
    "Minister",
    "Prime",
    "Ms.",
    "General",
    "Secretary",
    "Senator",
    "King",
    "Vice",
    "Pope",
    "Chancellor",
    "Foreign",
    "Mullah",
    "Dr.",
    "Mrs.",
    "Mayor",
    "Ayatollah",
    "Sheikh",
    "Prince",
    "Colonel",
    "Judge",
    "Secretary-General",
    "Cardinal",
    "Queen",
    "Sergeant",
    "Gen.",
    "Col.",
    "Interior",
    "Defense",
    "Imam",
    "Lt.",
    "Reverend",
    "Rev.",
    "Justice",
    "Lieutenant",
    "Deputy",
    "Brigadier",
    "Admiral",
    "Ambassador",
    "Sir",
    "Captain",
    "Capt.",
    "Governor",
    "Gov.",
    "Attorney",
    "Emperor",
    "Crown",
    "Chief",
    "Commander",
    "Archbishop",
    "Bishop",
    "Representative",
    "Rep.",
    "Sen.",
    "Sgt.",
    "Prosecutor",
    "Patriarch",
    "Sultan",
    "Emir",
];

/// Parts of speech of GMB `gpe` tokens that name people, not places: "Iraqi" (JJ), "Iraqis" (NNS).
const DEMONYM_POS: &[&str] = &["JJ", "NNS", "NNPS"];

pub fn from_gmb(tokens: &[GmbToken]) -> Result<TrainingSentence, TaggerError> {
    let mut tags = tokens.iter().map(map_tag).collect::<Result<Vec<_>, _>>()?;
    label::repair(&mut tags);
    strip_titles(tokens, &mut tags);
    label::repair(&mut tags);
    Ok(TrainingSentence { words: tokens.iter().map(|token| token.word.clone()).collect(), tags })
}

fn map_tag(token: &GmbToken) -> Result<BioTag, TaggerError> {
    if token.tag == "O" {
        return Ok(BioTag::Outside);
    }
    let unknown = || TaggerError::UnknownGmbTag(token.tag.clone());
    let (position, category) = token.tag.split_once('-').ok_or_else(unknown)?;
    let kind = match category {
        "per" => EntityType::Person,
        "org" => EntityType::Organization,
        "geo" => EntityType::Place,
        "gpe" if DEMONYM_POS.contains(&token.pos.as_str()) => return Ok(BioTag::Outside),
        "gpe" => EntityType::Place,
        "tim" | "art" | "eve" | "nat" => return Ok(BioTag::Outside),
        _ => return Err(unknown()),
    };
    match position {
        "B" => Ok(BioTag::Begin(kind)),
        "I" => Ok(BioTag::Inside(kind)),
        _ => Err(unknown()),
    }
}

/// Turns the titles leading each person name into `Outside`; the next token then begins the name.
fn strip_titles(tokens: &[GmbToken], tags: &mut [BioTag]) {
    let mut in_title = false;
    for (token, tag) in tokens.iter().zip(tags.iter_mut()) {
        in_title = match *tag {
            BioTag::Begin(EntityType::Person) => true,
            BioTag::Inside(EntityType::Person) => in_title,
            _ => false,
        };
        if in_title {
            if TITLES.iter().any(|title| title.eq_ignore_ascii_case(&token.word)) {
                *tag = BioTag::Outside;
            } else {
                *tag = BioTag::Begin(EntityType::Person);
                in_title = false;
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use EntityType::{Person, Place};

    fn sentence(rows: &[(&str, &str, &str)]) -> TrainingSentence {
        let tokens: Vec<_> = rows
            .iter()
            .map(|(word, pos, tag)| GmbToken { word: word.to_string(), pos: pos.to_string(), tag: tag.to_string() })
            .collect();
        from_gmb(&tokens).unwrap()
    }

    #[test]
    fn titles_leave_person_names() {
        let parsed = sentence(&[
            ("Prime", "NNP", "B-per"),
            ("Minister", "NNP", "I-per"),
            ("Tony", "NNP", "I-per"),
            ("Blair", "NNP", "I-per"),
            ("met", "VBD", "O"),
            ("president", "NN", "B-per"),
            ("Mr.", "NNP", "B-per"),
            ("Smith", "NNP", "I-per"),
        ]);
        use BioTag::{Begin, Inside, Outside};
        assert_eq!(
            parsed.tags,
            [Outside, Outside, Begin(Person), Inside(Person), Outside, Outside, Outside, Begin(Person)]
        );
    }

    #[test]
    fn categories_map_and_demonyms_drop() {
        let parsed = sentence(&[
            ("British", "JJ", "B-gpe"),
            ("troops", "NNS", "O"),
            ("left", "VBD", "O"),
            ("Iraq", "NNP", "B-gpe"),
            ("and", "CC", "O"),
            ("New", "NNP", "B-geo"),
            ("York", "NNP", "I-geo"),
            ("on", "IN", "O"),
            ("Monday", "NNP", "B-tim"),
            ("Americans", "NNPS", "B-gpe"),
        ]);
        use BioTag::{Begin, Inside, Outside};
        assert_eq!(
            parsed.tags,
            [Outside, Outside, Outside, Begin(Place), Outside, Begin(Place), Inside(Place), Outside, Outside, Outside]
        );
    }

    #[test]
    fn a_name_continuing_after_a_dropped_token_begins_again() {
        let parsed = sentence(&[("Sunday", "NNP", "B-tim"), ("Times", "NNP", "I-org")]);
        assert_eq!(parsed.tags, [BioTag::Outside, BioTag::Begin(EntityType::Organization)]);
    }

    #[test]
    fn unknown_tags_are_errors() {
        let token = GmbToken { word: "x".into(), pos: "NN".into(), tag: "B-xyz".into() };
        assert!(matches!(from_gmb(&[token]), Err(TaggerError::UnknownGmbTag(tag)) if tag == "B-xyz"));
    }
}
