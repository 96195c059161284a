//! The feature templates: which facts about a token and its neighbours the weights are keyed by.
//! Template ids are part of every key in the committed model; renumbering them invalidates it.

use super::hash::feature_key;
use super::label::BioTag;
use super::memory::DocumentMemory;
use super::token::{AFFIXES, Flags, TokenView};

const BIAS: u8 = 0;
const WORD: u8 = 1;
const SHAPE: u8 = 2;
const PREFIX: u8 = 3;
const SUFFIX: u8 = 4;
const FLAG: u8 = 5;
const PREVIOUS_WORD: u8 = 6;
const SECOND_PREVIOUS_WORD: u8 = 7;
const NEXT_WORD: u8 = 8;
const SECOND_NEXT_WORD: u8 = 9;
const PREVIOUS_SHAPE: u8 = 10;
const SECOND_PREVIOUS_SHAPE: u8 = 11;
const NEXT_SHAPE: u8 = 12;
const SECOND_NEXT_SHAPE: u8 = 13;
const SENTENCE_START: u8 = 14;
const PREVIOUS_TAG: u8 = 15;
const PREVIOUS_TAG_AND_SHAPE: u8 = 16;
const PREVIOUS_TAG_AND_WORD: u8 = 17;
// Hint features are keyed by `Hints` bit index, so renumbering those bits also invalidates the model.
const HINT: u8 = 18;
const PREVIOUS_HINT: u8 = 19;
const NEXT_HINT: u8 = 20;
const WORD_AND_PREVIOUS: u8 = 21;
const WORD_AND_NEXT: u8 = 22;
const PREVIOUS_SUFFIX: u8 = 23;
const NEXT_SUFFIX: u8 = 24;
const SHAPE_AND_NEXT_HINT: u8 = 25;
// Word classes (`word_classes.rs`), keyed by class number: regenerating the table means retraining.
const CLASS: u8 = 26;
const COARSE_CLASS: u8 = 27;
const CLASS_AND_CAPITALISED: u8 = 28;
const PREVIOUS_CLASS: u8 = 29;
const NEXT_CLASS: u8 = 30;
// The label the document's second pass remembers for the word (`memory.rs`).
const REMEMBERED: u8 = 31;
const REMEMBERED_PREVIOUS: u8 = 32;
const REMEMBERED_NEXT: u8 = 33;

/// Stands for the class of a word the table does not have.
const NO_CLASS: u64 = 0x6e67_5f6e_6f63_6c73;

/// The length index of the neighbours' suffixes that become features: three characters ("-ist",
/// "-ian", "-ary") say much about a word's role without naming it.
const NEIGHBOUR_SUFFIX: usize = 2;

/// Stands for the word and shape beyond either end of the sentence.
const BOUNDARY: u64 = 0x6e67_5f65_6467_6521;

/// Where the sentence is written: capital letters mean less in a Title Case headline, so every
/// capitalisation feature is keyed by this as well.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Casing {
    Prose,
    Headline,
}

/// Where a token stands: its sentence, how the sentence is written, and what the document's first
/// pass said of its words (`None` in the first pass itself).
#[derive(Clone, Copy)]
pub struct Context<'a> {
    pub tokens: &'a [TokenView],
    pub casing: Casing,
    pub memory: Option<&'a DocumentMemory>,
}

/// Replaces `keys` with the features of token `index`, given the tag predicted for the token before.
pub fn collect(context: Context, index: usize, previous: BioTag, keys: &mut Vec<u64>) {
    keys.clear();
    collect_fixed(context.tokens, context.casing, index, keys);
    collect_changing(context, index, previous, keys);
}

fn neighbour(tokens: &[TokenView], index: usize, offset: isize) -> Option<&TokenView> {
    index.checked_add_signed(offset).and_then(|position| tokens.get(position))
}

/// Adds the features that depend on the previous tag and on the document's memory, which change
/// between the passes; the rest (`collect_fixed`) are scored once per token.
pub fn collect_changing(context: Context, index: usize, previous: BioTag, keys: &mut Vec<u64>) {
    let Context { tokens, casing, memory } = context;
    let token = &tokens[index];
    let case = casing as u64;
    let tag = previous.index() as u64;
    keys.push(feature_key(PREVIOUS_TAG, &[tag]));
    keys.push(feature_key(PREVIOUS_TAG_AND_SHAPE, &[tag, token.shape, case]));
    keys.push(feature_key(PREVIOUS_TAG_AND_WORD, &[tag, token.word]));
    if let Some(memory) = memory {
        let capitalised = u64::from(token.flags.contains(Flags::CAPITALISED));
        for (template, offset) in [(REMEMBERED, 0), (REMEMBERED_PREVIOUS, -1), (REMEMBERED_NEXT, 1)] {
            let recalled =
                neighbour(tokens, index, offset).and_then(|token| memory.recall(token.word)).unwrap_or(BOUNDARY);
            keys.push(feature_key(template, &[recalled, capitalised, case]));
        }
    }
}

/// Adds the features of token `index` that neither the previous tag nor the memory changes.
pub fn collect_fixed(tokens: &[TokenView], casing: Casing, index: usize, keys: &mut Vec<u64>) {
    let token = &tokens[index];
    let case = casing as u64;
    let neighbour = |offset: isize| neighbour(tokens, index, offset);
    let word_at = |offset| neighbour(offset).map_or(BOUNDARY, |token: &TokenView| token.word);
    let shape_at = |offset| neighbour(offset).map_or(BOUNDARY, |token: &TokenView| token.shape);
    let suffix_at = |offset| neighbour(offset).map_or(BOUNDARY, |token: &TokenView| token.suffixes[NEIGHBOUR_SUFFIX]);
    let fine = |token: &TokenView| token.class.map_or(NO_CLASS, |class| u64::from(class.fine));
    let class_at = |offset| neighbour(offset).map_or(BOUNDARY, fine);

    keys.push(feature_key(BIAS, &[]));
    keys.push(feature_key(WORD, &[token.word]));
    keys.push(feature_key(SHAPE, &[token.shape, case]));
    for length in 0..AFFIXES {
        if token.prefixes[length] != 0 {
            keys.push(feature_key(PREFIX, &[token.prefixes[length]]));
        }
        if token.suffixes[length] != 0 {
            keys.push(feature_key(SUFFIX, &[token.suffixes[length]]));
        }
    }
    for flag in Flags::ALL {
        if token.flags.contains(flag) {
            keys.push(feature_key(FLAG, &[flag.id(), case]));
        }
    }
    keys.push(feature_key(PREVIOUS_WORD, &[word_at(-1)]));
    keys.push(feature_key(SECOND_PREVIOUS_WORD, &[word_at(-2)]));
    keys.push(feature_key(NEXT_WORD, &[word_at(1)]));
    keys.push(feature_key(SECOND_NEXT_WORD, &[word_at(2)]));
    keys.push(feature_key(PREVIOUS_SHAPE, &[shape_at(-1), case]));
    keys.push(feature_key(SECOND_PREVIOUS_SHAPE, &[shape_at(-2), case]));
    keys.push(feature_key(NEXT_SHAPE, &[shape_at(1), case]));
    keys.push(feature_key(SECOND_NEXT_SHAPE, &[shape_at(2), case]));
    if index == 0 {
        keys.push(feature_key(SENTENCE_START, &[case]));
    }
    keys.push(feature_key(WORD_AND_PREVIOUS, &[word_at(-1), token.word]));
    keys.push(feature_key(WORD_AND_NEXT, &[token.word, word_at(1)]));
    keys.push(feature_key(PREVIOUS_SUFFIX, &[suffix_at(-1)]));
    keys.push(feature_key(NEXT_SUFFIX, &[suffix_at(1)]));
    keys.push(feature_key(CLASS, &[fine(token)]));
    if let Some(class) = token.class {
        keys.push(feature_key(COARSE_CLASS, &[u64::from(class.coarse)]));
    }
    let capitalised = u64::from(token.flags.contains(Flags::CAPITALISED));
    keys.push(feature_key(CLASS_AND_CAPITALISED, &[fine(token), capitalised, case]));
    keys.push(feature_key(PREVIOUS_CLASS, &[class_at(-1)]));
    keys.push(feature_key(NEXT_CLASS, &[class_at(1)]));
    for (template, offset) in [(HINT, 0), (PREVIOUS_HINT, -1), (NEXT_HINT, 1)] {
        if let Some(token) = neighbour(offset) {
            keys.extend(token.hints.indices().map(|bit| feature_key(template, &[u64::from(bit)])));
        }
    }
    // What the next word is known to be, seen from this word's shape: a capitalised word before a
    // surname or an organisation cue word is likely part of the same name.
    if let Some(next) = neighbour(1) {
        let shape = token.shape;
        keys.extend(next.hints.indices().map(|bit| feature_key(SHAPE_AND_NEXT_HINT, &[shape, u64::from(bit), case])));
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::contract::EntityType;
    use crate::extract::Hints;

    fn views(words: &[&str], hints: &[Hints]) -> Vec<TokenView> {
        words.iter().zip(hints).map(|(word, hints)| TokenView::new(word, *hints)).collect()
    }

    #[test]
    fn neighbours_hints_and_the_previous_tag_change_the_features() {
        let plain = views(&["met", "Sherman", "today"], &[Hints::empty(); 3]);
        let hinted = views(&["met", "Sherman", "today"], &[Hints::empty(), Hints::SURNAME, Hints::empty()]);
        let mut base = Vec::new();
        let prose = |tokens| Context { tokens, casing: Casing::Prose, memory: None };
        collect(prose(&plain), 1, BioTag::Outside, &mut base);
        let mut with_hint = Vec::new();
        collect(prose(&hinted), 1, BioTag::Outside, &mut with_hint);
        assert_eq!(with_hint.len(), base.len() + 1);
        let mut after_person = Vec::new();
        collect(prose(&plain), 1, BioTag::Begin(EntityType::Person), &mut after_person);
        assert_ne!(base, after_person);
        let mut headline = Vec::new();
        collect(Context { casing: Casing::Headline, ..prose(&plain) }, 1, BioTag::Outside, &mut headline);
        assert_ne!(base, headline);
        // The previous token's hints are seen from the next one.
        let mut next = Vec::new();
        collect(prose(&hinted), 2, BioTag::Outside, &mut next);
        let mut next_plain = Vec::new();
        collect(prose(&plain), 2, BioTag::Outside, &mut next_plain);
        assert_eq!(next.len(), next_plain.len() + 1);
    }
}
