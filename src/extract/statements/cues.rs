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
    ("added", None, CueForm::Finite),
    ("adding", None, CueForm::Participle),
    ("adds", None, CueForm::Finite),
    ("admit", None, CueForm::Finite),
    ("admitted", None, CueForm::Finite),
    ("advised", None, CueForm::Directive),
    ("allege", None, CueForm::Finite),
    ("alleged", None, CueForm::Finite),
    ("alleges", None, CueForm::Finite),
    ("announced", None, CueForm::Finite),
    ("announces", None, CueForm::Finite),
    ("argue", None, CueForm::Finite),
    ("argued", None, CueForm::Finite),
    ("argues", None, CueForm::Finite),
    ("asked", None, CueForm::Finite),
    ("asserted", None, CueForm::Finite),
    ("asserts", None, CueForm::Finite),
    ("believes", None, CueForm::Finite),
    ("called", Some("for"), CueForm::Finite),
    ("calls", Some("for"), CueForm::Finite),
    ("characterised", None, CueForm::Describing),
    ("characterises", None, CueForm::Describing),
    ("characterized", None, CueForm::Describing),
    ("characterizes", None, CueForm::Describing),
    ("claim", None, CueForm::Finite),
    ("claimed", None, CueForm::Finite),
    ("claims", None, CueForm::Finite),
    ("commented", None, CueForm::Finite),
    ("conceded", None, CueForm::Finite),
    ("concedes", None, CueForm::Finite),
    ("concluded", None, CueForm::Finite),
    ("confessed", None, CueForm::Finite),
    ("confirm", None, CueForm::Finite),
    ("confirmed", None, CueForm::Finite),
    ("confirms", None, CueForm::Finite),
    ("contended", None, CueForm::Finite),
    ("criticised", None, CueForm::Finite),
    ("criticized", None, CueForm::Finite),
    ("declared", None, CueForm::Finite),
    ("denied", None, CueForm::Finite),
    ("denies", None, CueForm::Finite),
    ("deny", None, CueForm::Finite),
    ("describe", None, CueForm::Describing),
    ("described", None, CueForm::Describing),
    ("describes", None, CueForm::Describing),
    ("emphasised", None, CueForm::Finite),
    ("emphasized", None, CueForm::Finite),
    ("encouraged", None, CueForm::Directive),
    ("explain", None, CueForm::Finite),
    ("explained", None, CueForm::Finite),
    ("explains", None, CueForm::Finite),
    ("finds", None, CueForm::Finding),
    ("follows", Some("from"), CueForm::Finite),
    ("found", None, CueForm::Finding),
    ("indicated", None, CueForm::Finite),
    ("insist", None, CueForm::Finite),
    ("insisted", None, CueForm::Finite),
    ("insists", None, CueForm::Finite),
    ("noted", None, CueForm::Finite),
    ("notes", None, CueForm::Finite),
    ("noting", None, CueForm::Participle),
    ("observed", None, CueForm::Finite),
    ("pleaded", Some("with"), CueForm::Directive),
    ("pointed", Some("out"), CueForm::Finite),
    ("points", Some("out"), CueForm::Finite),
    ("remarked", None, CueForm::Finite),
    ("replied", None, CueForm::Finite),
    ("reported", None, CueForm::Finite),
    ("reports", None, CueForm::Finite),
    ("responded", None, CueForm::Finite),
    ("revealed", None, CueForm::Finite),
    ("said", None, CueForm::Finite),
    ("say", None, CueForm::Finite),
    ("saying", None, CueForm::Participle),
    ("says", None, CueForm::Finite),
    ("specified", None, CueForm::Finite),
    ("stated", None, CueForm::Finite),
    ("states", None, CueForm::Finite),
    ("stress", None, CueForm::Finite),
    ("stressed", None, CueForm::Finite),
    ("stresses", None, CueForm::Finite),
    ("stressing", None, CueForm::Participle),
    ("suggest", None, CueForm::Finite),
    ("suggested", None, CueForm::Finite),
    ("suggests", None, CueForm::Finite),
    ("tells", None, CueForm::Finite),
    ("theorised", None, CueForm::Finite),
    ("theorized", None, CueForm::Finite),
    ("told", None, CueForm::Finite),
    ("tweeted", None, CueForm::Finite),
    ("urged", None, CueForm::Finite),
    ("warn", None, CueForm::Finite),
    ("warned", None, CueForm::Finite),
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
    if CUES
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_lexicon_is_sorted_without_duplicates_and_lowercase() {
        assert!(CUES.windows(2).all(|pair| pair[0].0 < pair[1].0));
        assert!(CUES.iter().all(|(verb, _, _)| verb.chars().all(|c| c.is_ascii_lowercase())));
    }
}
