//! The word classes of `data/word-classes.tsv` (made by `newsgraph word-classes` from unlabelled
//! text): a word rare in the training data still shares a class with the words that keep the same
//! company, so what the tagger learnt about them carries over.

use std::sync::OnceLock;

use super::token::TokenView;
use crate::extract::Hints;
use crate::extract::gazetteer::FastMap;

static TABLE: &str = include_str!("../../../data/word-classes.tsv");

/// A word's coarse and fine class.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct WordClass {
    pub coarse: u16,
    pub fine: u16,
}

/// Classes keyed by the tagger's word hash (lower case, straightened quotes), so a token's class
/// costs one probe with the hash it already has.
pub struct WordClasses {
    by_word: FastMap<u64, WordClass>,
}

impl WordClasses {
    /// The committed table, parsed on first use.
    pub fn get() -> &'static WordClasses {
        static CLASSES: OnceLock<WordClasses> = OnceLock::new();
        CLASSES.get_or_init(|| WordClasses::parse(TABLE))
    }

    /// Reads `word<TAB>coarse<TAB>fine` rows; `#` lines are comments. The table is generated, so a
    /// malformed row is a programming error caught by the tests.
    fn parse(table: &str) -> WordClasses {
        let mut by_word = FastMap::default();
        for line in table.lines().filter(|line| !line.starts_with('#') && !line.is_empty()) {
            let mut fields = line.split('\t');
            let (Some(word), Some(coarse), Some(fine)) = (fields.next(), fields.next(), fields.next()) else {
                panic!("word-classes.tsv: malformed row {line:?}")
            };
            let number =
                |field: &str| field.parse().unwrap_or_else(|_| panic!("word-classes.tsv: bad class in {line:?}"));
            let key = TokenView::new(word, Hints::empty()).word;
            by_word.entry(key).or_insert(WordClass { coarse: number(coarse), fine: number(fine) });
        }
        WordClasses { by_word }
    }

    /// The class of the word with this hash (`TokenView::word`), if the table has it.
    pub fn of(&self, word: u64) -> Option<WordClass> {
        self.by_word.get(&word).copied()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_committed_table_groups_like_words() {
        let classes = WordClasses::get();
        let class = |word: &str| classes.of(TokenView::new(word, Hints::empty()).word);
        assert!(classes.by_word.len() > 10_000);
        // Case and curly quotes do not matter; unknown words have no class.
        assert_eq!(class("Tuesday"), class("tuesday"));
        assert_eq!(class("Tuesday").map(|class| class.fine), class("Thursday").map(|class| class.fine));
        assert_ne!(class("Tuesday"), class("said"));
        assert_eq!(class("Zqxvortel"), None);
    }
}
