//! The cue lexicon: the verbs, in the forms news writes them, that attribute content to a source.

use std::ops::Range;

use super::annotated::Annotated;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum CueForm {
    /// "said", "claims": the verb of its own clause.
    Finite,
    /// "adding", "saying": goes on from the clause before, whose source it shares.
    Participle,
    /// "described … as", "characterised … as": the content is what is described and how.
    Describing,
    /// "advised … to", "encouraged … to": the content is what someone was asked to do.
    Directive,
    /// "found", "finds": speech only when a study, poll or report finds ("a recent poll found …").
    Finding,
}

/// `(verb, particle that must follow it, form)`, sorted by verb for binary search. Bare forms ("they say")
/// are in, since the passes skip cues after "will", "to" or "not"; bare forms that are mostly nouns ("report",
/// "note", "state") are not.
const CUES: &[(&str, Option<&str>, CueForm)] = &[
    ("acknowledged", None, CueForm::Finite),
    ("acknowledging", None, CueForm::Participle),
    ("added", None, CueForm::Finite),
    ("adding", None, CueForm::Participle),
    ("adds", None, CueForm::Finite),
    ("admit", None, CueForm::Finite),
    ("admitted", None, CueForm::Finite),
    ("advised", None, CueForm::Directive),
    ("allege", None, CueForm::Finite),
    ("alleged", None, CueForm::Finite),
    ("alleges", None, CueForm::Finite),
    ("alleging", None, CueForm::Participle),
    ("announced", None, CueForm::Finite),
    ("announces", None, CueForm::Finite),
    ("announcing", None, CueForm::Participle),
    ("argue", None, CueForm::Finite),
    ("argued", None, CueForm::Finite),
    ("argues", None, CueForm::Finite),
    ("arguing", None, CueForm::Participle),
    ("asked", None, CueForm::Finite),
    ("asserted", None, CueForm::Finite),
    ("asserts", None, CueForm::Finite),
    ("attacked", None, CueForm::Describing),
    ("believes", None, CueForm::Finite),
    ("branded", None, CueForm::Describing),
    ("called", Some("for"), CueForm::Finite),
    ("calls", Some("for"), CueForm::Finite),
    ("cautioned", None, CueForm::Finite),
    ("characterised", None, CueForm::Describing),
    ("characterises", None, CueForm::Describing),
    ("characterized", None, CueForm::Describing),
    ("characterizes", None, CueForm::Describing),
    ("claim", None, CueForm::Finite),
    ("claimed", None, CueForm::Finite),
    ("claiming", None, CueForm::Participle),
    ("claims", None, CueForm::Finite),
    ("commented", None, CueForm::Finite),
    ("conceded", None, CueForm::Finite),
    ("concedes", None, CueForm::Finite),
    ("concluded", None, CueForm::Finite),
    ("confessed", None, CueForm::Finite),
    ("confirm", None, CueForm::Finite),
    ("confirmed", None, CueForm::Finite),
    ("confirming", None, CueForm::Participle),
    ("confirms", None, CueForm::Finite),
    ("contended", None, CueForm::Finite),
    ("countered", None, CueForm::Finite),
    ("criticised", None, CueForm::Finite),
    ("criticized", None, CueForm::Finite),
    ("declared", None, CueForm::Finite),
    ("denied", None, CueForm::Finite),
    ("denies", None, CueForm::Finite),
    ("deny", None, CueForm::Finite),
    ("describe", None, CueForm::Describing),
    ("described", None, CueForm::Describing),
    ("describes", None, CueForm::Describing),
    ("dismissed", None, CueForm::Describing),
    ("elaborated", None, CueForm::Finite),
    ("emphasised", None, CueForm::Finite),
    ("emphasized", None, CueForm::Finite),
    ("encouraged", None, CueForm::Directive),
    ("estimated", None, CueForm::Finite),
    ("explain", None, CueForm::Finite),
    ("explained", None, CueForm::Finite),
    ("explaining", None, CueForm::Participle),
    ("explains", None, CueForm::Finite),
    ("finds", None, CueForm::Finding),
    ("follows", Some("from"), CueForm::Finite),
    ("found", None, CueForm::Finding),
    ("hailed", None, CueForm::Describing),
    ("indicated", None, CueForm::Finite),
    ("insist", None, CueForm::Finite),
    ("insisted", None, CueForm::Finite),
    ("insisting", None, CueForm::Participle),
    ("insists", None, CueForm::Finite),
    ("labelled", None, CueForm::Describing),
    ("noted", None, CueForm::Finite),
    ("notes", None, CueForm::Finite),
    ("noting", None, CueForm::Participle),
    ("observed", None, CueForm::Finite),
    ("pleaded", Some("with"), CueForm::Directive),
    ("pointed", Some("out"), CueForm::Finite),
    ("points", Some("out"), CueForm::Finite),
    ("reiterated", None, CueForm::Finite),
    ("remarked", None, CueForm::Finite),
    ("replied", None, CueForm::Finite),
    ("reported", None, CueForm::Finite),
    ("reporting", None, CueForm::Participle),
    ("reports", None, CueForm::Finite),
    ("responded", None, CueForm::Finite),
    ("revealed", None, CueForm::Finite),
    ("said", None, CueForm::Finite),
    ("say", None, CueForm::Finite),
    ("saying", None, CueForm::Participle),
    ("says", None, CueForm::Finite),
    ("specified", None, CueForm::Finite),
    ("specifies", None, CueForm::Finite),
    ("stated", None, CueForm::Finite),
    ("states", None, CueForm::Finite),
    ("stating", None, CueForm::Participle),
    ("stipulates", None, CueForm::Finite),
    ("stress", None, CueForm::Finite),
    ("stressed", None, CueForm::Finite),
    ("stresses", None, CueForm::Finite),
    ("stressing", None, CueForm::Participle),
    ("suggest", None, CueForm::Finite),
    ("suggested", None, CueForm::Finite),
    ("suggests", None, CueForm::Finite),
    ("telling", None, CueForm::Participle),
    ("tells", None, CueForm::Finite),
    ("testified", None, CueForm::Finite),
    ("testifies", None, CueForm::Finite),
    ("theorised", None, CueForm::Finite),
    ("theorized", None, CueForm::Finite),
    ("told", None, CueForm::Finite),
    ("tweeted", None, CueForm::Finite),
    ("tweets", None, CueForm::Finite),
    ("urged", None, CueForm::Finite),
    ("warn", None, CueForm::Finite),
    ("warned", None, CueForm::Finite),
    ("warning", None, CueForm::Participle),
    ("warns", None, CueForm::Finite),
    ("writes", None, CueForm::Finite),
    ("writing", None, CueForm::Participle),
    ("wrote", None, CueForm::Finite),
];

/// The cue that starts at `token`, with its particle ("pointed out"), if the word is one. Cues are written
/// in lowercase: "States" in "United States" is a name.
pub(super) fn cue_at(annotated: &Annotated, token: usize) -> Option<(Range<usize>, CueForm)> {
    let word = *annotated.doc.words.get(token)?;
    let found = CUES.binary_search_by(|(verb, _, _)| verb.cmp(&word)).ok()?;
    let (_, particle, form) = CUES[found];
    // "Recent reports revealed": a cue word right before another is a noun.
    if is_noun_or_adjective(annotated, token)
        || CUES
            .binary_search_by(|(verb, _, _)| verb.cmp(&annotated.doc.words.get(token + 1).copied().unwrap_or("")))
            .is_ok()
    {
        return None;
    }
    match particle {
        None => Some((token..token + 1, form)),
        Some(particle) => (annotated.doc.words.get(token + 1) == Some(&particle)).then_some((token..token + 2, form)),
    }
}

/// "the number of confirmed deaths", "a warning", "over alleged plots": a cue form after a determiner or a
/// preposition is an adjective or a noun, not a verb.
fn is_noun_or_adjective(annotated: &Annotated, token: usize) -> bool {
    const BEFORE_NOUNS: [&str; 18] = [
        "the", "a", "an", "its", "his", "their", "our", "this", "these", "those", "no", "of", "in", "on", "for",
        "over", "with", "against",
    ];
    token.checked_sub(1).is_some_and(|before| BEFORE_NOUNS.iter().any(|word| annotated.doc.is(before, word)))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_lexicon_is_sorted_without_duplicates_and_lowercase() {
        assert!(CUES.windows(2).all(|pair| pair[0].0 < pair[1].0));
        assert!(CUES.iter().all(|(verb, _, _)| verb.chars().all(|c| c.is_ascii_lowercase())));
    }
}
