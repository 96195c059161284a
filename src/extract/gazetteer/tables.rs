//! The generated tables (`crate::tables`) as the gazetteer reads them, and names cut into tokens as
//! the tokenizer cuts running text.

pub use crate::tables::{
    DEMONYMS, FIRST_NAMES, ORG_CUES, ORGANIZATIONS, PLACES, ROLES, SURNAMES, keys, optional, rows,
};

/// Cuts a name into Penn-Treebank-style tokens: whitespace separates, a trailing comma is its own
/// token ("Washington, D.C.") and so is a possessive ("People's" → "People" "'s").
pub fn name_tokens(name: &'static str) -> impl Iterator<Item = &'static str> {
    name.split_whitespace().flat_map(|word| {
        let (head, tail) = if let Some(head) = word.strip_suffix(',') {
            (head, Some(","))
        } else if word.len() > 2 && word.ends_with("'s") {
            (&word[..word.len() - 2], Some("'s"))
        } else {
            (word, None)
        };
        std::iter::once(head).chain(tail)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_cut_like_running_text() {
        let tokens = |name| name_tokens(name).collect::<Vec<_>>();
        assert_eq!(tokens("Washington, D.C."), ["Washington", ",", "D.C."]);
        assert_eq!(tokens("People's Republic of China"), ["People", "'s", "Republic", "of", "China"]);
        assert_eq!(tokens("Guinea-Bissau"), ["Guinea-Bissau"]);
    }
}
