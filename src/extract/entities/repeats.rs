//! A name the document has used once names the same thing wherever else it is written: the tagger
//! misses some repeats ("Scientology" in one sentence, not in the next), and one reading of the
//! document should give one answer.

use std::collections::HashMap;

use super::mention::{Mention, starts_like_a_name};
use crate::extract::doc::Doc;
use crate::text::TokenKind;

/// Adds a mention for every other standalone occurrence of a name already found, with that name's
/// type and gazetteer identity. `mentions` are in text order and do not overlap; so is the result.
pub(crate) fn repeat_known_names<'g>(doc: &Doc, mentions: Vec<Mention<'g>>) -> Vec<Mention<'g>> {
    let words = &doc.words;
    let mut known: HashMap<&[&str], &Mention<'g>> = HashMap::new();
    // The longest known name starting with each word: most words start none, and cost one lookup.
    let mut longest: HashMap<&str, usize> = HashMap::new();
    for mention in &mentions {
        let name = &words[mention.tokens.clone()];
        known.entry(name).or_insert(mention);
        let length = longest.entry(name[0]).or_default();
        *length = (*length).max(name.len());
    }
    let mut taken = vec![false; words.len()];
    for mention in &mentions {
        taken[mention.tokens.clone()].fill(true);
    }
    let mut repeats = Vec::new();
    let mut index = 0;
    while index < words.len() {
        let longest_here = if starts_like_a_name(words[index]) { longest.get(words[index]).copied() } else { None };
        let found = (1..=longest_here.unwrap_or(0).min(words.len() - index)).rev().find_map(|length| {
            let tokens = index..index + length;
            let name = known.get(&words[tokens.clone()])?;
            let free = !taken[tokens.clone()].contains(&true);
            (free && stands_alone(doc, &tokens)).then(|| Mention { tokens, role: None, ..(*name).clone() })
        });
        match found {
            Some(repeat) => {
                index = repeat.tokens.end;
                repeats.push(repeat);
            }
            None => index += 1,
        }
    }
    if repeats.is_empty() {
        return mentions;
    }
    let mut all = mentions;
    all.extend(repeats);
    all.sort_by_key(|mention| mention.tokens.start);
    all
}

/// Not part of a longer capitalised name on either side within its line.
fn stands_alone(doc: &Doc, tokens: &std::ops::Range<usize>) -> bool {
    let capitalised_word =
        |index: usize| doc.tokens[index].kind == TokenKind::Word && starts_like_a_name(doc.words[index]);
    let first = &doc.tokens[tokens.start];
    let before = tokens.start > 0 && !first.newline_before && capitalised_word(tokens.start - 1);
    let after = tokens.end < doc.tokens.len() && !doc.tokens[tokens.end].newline_before && capitalised_word(tokens.end);
    !before && !after && starts_like_a_name(doc.words[tokens.start])
}
