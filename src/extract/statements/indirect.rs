//! Reported speech: `<source> <cue> (that) <content>`, `<content>, <source> <cue>`, `According to <source>,
//! <content>`, `As <source> noted, <content>`, `This was stated by <source>`, and `…, adding <content>`.

use std::ops::Range;

use super::annotated::Annotated;
use super::attribution::Attribution;
use super::cues::{CueForm, cue_at};
use super::source::{narrow_to_name, source_after, source_before};
use crate::contract::StatementKind;
use crate::extract::lexicon::{
    BE_FORMS, CLAUSE_OPENERS, MODALS, OBJECT_PRONOUNS, POINTING_BACK, PREPOSITIONS, is_one_of,
};
use crate::text::TokenKind;

/// Reported content shorter than this is a fragment, not a claim.
const MIN_CONTENT_WORDS: usize = 2;
/// How far after a cue "that" may open the content: "said on Monday that".
const THAT_REACH: usize = 8;
/// How much further "that" may come after a verb of telling, past its listener.
const LISTENER_TOKENS: usize = 4;
/// The longest source without a name after an inverted cue: "…, said the deputy minister".
const MAX_INVERTED_SOURCE_WORDS: usize = 4;
/// Cues that may come before their source: "…, said the minister", "…, added Carter".
const INVERTING_CUES: [&str; 8] = ["said", "says", "added", "adds", "wrote", "writes", "noted", "explained"];
/// Works whose findings are reported as their statements: "a recent poll found …".
const FINDING_NOUNS: [&str; 12] = [
    "analysis", "audit", "inquiry", "poll", "polls", "report", "research", "review", "studies", "study", "survey",
    "surveys",
];
/// The most words after a cue that ends its sentence: "…, the minister said *on Monday*."
const MAX_TRAILING_WORDS: usize = 4;

/// The reported speech of every sentence, skipping the cues that `cues_taken` lists, sorted (already given
/// to quotations).
pub(super) fn find_reported(annotated: &Annotated, cues_taken: &[usize]) -> Vec<Attribution> {
    let mut found = Vec::new();
    for (index, sentence) in annotated.doc.sentences.iter().enumerate() {
        // A question in the article's own voice reports nothing.
        if sentence.clone().any(|token| annotated.doc.is(token, "?") && !annotated.is_quoted(token)) {
            continue;
        }
        let first_in_sentence = found.len();
        let mut token = sentence.start;
        while token < sentence.end {
            let next = if annotated.is_quoted(token) || cues_taken.binary_search(&token).is_ok() {
                None
            } else if annotated.doc.is(token, "according") && annotated.doc.is(token + 1, "to") {
                according_to(annotated, sentence, token)
            } else {
                let previous_source =
                    found[first_in_sentence..].last().and_then(|last: &Attribution| last.source.clone());
                let previous_sentence = index.checked_sub(1).map(|previous| annotated.doc.sentences[previous].clone());
                reported_at(annotated, sentence, token, previous_source, previous_sentence)
            };
            match next {
                Some(attribution) => {
                    token = attribution.cue.as_ref().map_or(token + 1, |cue| cue.end);
                    found.push(attribution);
                }
                None => token += 1,
            }
        }
    }
    found
}

/// `According to <source>, <content>` or `<content>, according to <source>`.
fn according_to(annotated: &Annotated, sentence: &Range<usize>, cue_start: usize) -> Option<Attribution> {
    let cue = cue_start..cue_start + 2;
    let end = content_end(annotated, sentence);
    let mut source = source_after(annotated, cue.end, end, true)?;
    let mut following = (source.end + 1).min(end)..end;
    let first_name = annotated.resolved.mentions_within(&source).next().filter(|name| name.tokens.start <= cue.end + 2);
    if annotated.doc.is(source.end, ",") {
        // "According to the team's coach, Alireza Mehraban, …": the name in apposition names the source.
        let apposition =
            annotated.resolved.mentions_within(&following).next().filter(|name| name.tokens.start == following.start);
        if let Some(name) = apposition.filter(|name| annotated.doc.is(name.tokens.end, ",")) {
            source = name.tokens.clone();
            following = name.tokens.end + 1..end;
        }
    } else {
        // "According to Rathbun the property was returned": no comma, the name ends the source; a
        // capitalised run stands for a name the entity pass missed.
        let name_end = first_name.map(|name| name.tokens.end).or_else(|| {
            let run = (source.start..source.end)
                .take_while(|&token| annotated.doc.words[token].starts_with(char::is_uppercase));
            run.last().map(|last| last + 1)
        });
        if let Some(name_end) = name_end {
            source = narrow_to_name(annotated, source.start..name_end);
            following = name_end..end;
        }
    }
    let before = sentence.start..trim_comma(annotated, sentence.start, cue.start);
    let content = if annotated.doc.word_count(&following) < 3 {
        before
    } else if attaches_forward(annotated, sentence, cue.start) {
        following
    } else if cue.start.checked_sub(1).is_some_and(|comma| annotated.doc.is(comma, ","))
        && annotated.doc.is(source.end, ",")
    {
        // "Since their discovery, according to the academy, four thousand planets were found": the
        // sentence around the phrase is the content.
        sentence.start..end
    } else {
        before
    };
    build(annotated, content, Some(source), cue)
}

/// Whether "according to" reports the clause after it: at the sentence start, or after a word that leaves
/// its clause open ("which, according to AFP, the UN criticised", "has learned that according to"); otherwise
/// it closes the clause before.
fn attaches_forward(annotated: &Annotated, sentence: &Range<usize>, cue_start: usize) -> bool {
    let opens = (sentence.start..cue_start).all(|token| !matches!(annotated.doc.kind(token), Some(TokenKind::Word)));
    let before_comma = if annotated.doc.is(cue_start.wrapping_sub(1), ",") {
        cue_start.wrapping_sub(2)
    } else {
        cue_start.wrapping_sub(1)
    };
    let open_clause = annotated.doc.is_any(before_comma, &CLAUSE_OPENERS);
    opens || open_clause || annotated.doc.word_count(&(sentence.start..cue_start)) < 3
}

/// A cue verb at `token` and the statement it reports, if it reports one.
fn reported_at(
    annotated: &Annotated,
    sentence: &Range<usize>,
    token: usize,
    previous_source: Option<Range<usize>>,
    previous_sentence: Option<Range<usize>>,
) -> Option<Attribution> {
    let (cue, form) = cue_at(annotated, token)?;
    let before = token.checked_sub(1).filter(|&before| before >= sentence.start);
    if before.is_some_and(|before| is_unrealised(annotated.doc.words[before])) {
        return None;
    }
    let end = content_end(annotated, sentence);
    if form == CueForm::Participle {
        // "…, adding that …": the source of the clause before speaks again.
        return before
            .filter(|&before| annotated.doc.is(before, ","))
            .and(previous_source)
            .and_then(|source| build(annotated, content_start(annotated, cue.end, end)?..end, Some(source), cue));
    }
    let passive_voice = before.is_some_and(|before| is_one_of(annotated.doc.words[before], &BE_FORMS));
    if matches!(form, CueForm::Describing | CueForm::Directive | CueForm::Finding) {
        // In the passive ("was described as", "were advised to") the article does not name the source.
        let source = if passive_voice { None } else { Some(source_before(annotated, cue.start, sentence.start)?) };
        return match form {
            CueForm::Describing => described(annotated, cue, source, end),
            CueForm::Directive => directed(annotated, cue, source, end),
            _ => finding(annotated, cue, source?, end),
        };
    }
    if passive_voice {
        // "She was told to leave": an instruction whose giver the article does not name.
        let instructed = annotated.doc.is_any(cue.start, &["told", "urged"]) && annotated.doc.is(cue.end, "to");
        if instructed {
            return build(annotated, cue.end..end, None, cue);
        }
        return passive(annotated, sentence, cue, previous_sentence);
    }
    if let Some(found) = trailing(annotated, sentence, cue.clone(), end) {
        return Some(found);
    }
    if annotated.doc.is(cue.end - 1, "from") {
        // "It follows from the documents that …": the source comes after the cue.
        let source = source_after(annotated, cue.end, end, false)?;
        return build(annotated, content_start(annotated, source.end, end)?..end, Some(source), cue);
    }
    let source = source_before(annotated, cue.start, sentence.start)?;
    build(annotated, content_start(annotated, cue.end, end)?..end, Some(source), cue)
}

/// `<content>, <source> <cue>.` and `<content>, <cue> <source>.`, where the cue ends its sentence.
fn trailing(annotated: &Annotated, sentence: &Range<usize>, cue: Range<usize>, end: usize) -> Option<Attribution> {
    let comma =
        (sentence.start..cue.start).rev().find(|&token| annotated.doc.is(token, ",") && !annotated.is_quoted(token))?;
    let source = if comma + 1 == cue.start {
        // "…, said the minister." Only verbs of saying invert; "…, announced the end of his campaign" does not.
        if !INVERTING_CUES.iter().any(|verb| annotated.doc.is(cue.start, verb)) {
            return None;
        }
        // The source is a name or a short phrase ("the minister"), not a clause ("the stores fill the stock").
        let source = source_after(annotated, cue.end, end, false)?;
        let named =
            annotated.resolved.mentions_within(&source).last().is_some_and(|name| name.tokens.end == source.end);
        (source.end == end && (named || source.len() <= MAX_INVERTED_SOURCE_WORDS)).then_some(source)?
    } else {
        // After a cue that ends the reported sentence come only a time or place ("on Monday", "in a
        // statement"), or whom the speaker told ("told reporters"); anything else is the content of a cue
        // that starts it ("On May 2, Carter said the talks failed").
        let trailing = cue.end..end;
        let telling = annotated.doc.is(cue.start, "told") || annotated.doc.is(cue.start, "tells");
        let adverbial = trailing.is_empty() || telling || is_one_of(annotated.doc.words[cue.end], &PREPOSITIONS);
        let ends_sentence = adverbial
            && trailing.len() <= MAX_TRAILING_WORDS
            && trailing.into_iter().all(|token| annotated.doc.kind(token) == Some(TokenKind::Word));
        if !ends_sentence {
            return None;
        }
        source_before(annotated, cue.start, comma + 1)?
    };
    build(annotated, sentence.start..comma, Some(source), cue)
}

/// `<source> described <something> as <description>`, and `which <source> describes as <description>` or
/// `has been described as <description>`, where the description alone is the content.
fn described(
    annotated: &Annotated,
    cue: Range<usize>,
    mut source: Option<Range<usize>>,
    end: usize,
) -> Option<Attribution> {
    if annotated.doc.is(cue.end, "as") {
        // The description ends its clause: "which the council describes as a park, but residents call a car park";
        // in the passive, "by" names the source after it: "was described as reckless by the mayor".
        let start = cue.end + 1;
        let clause_end = (start..end)
            .find(|&token| {
                !annotated.is_quoted(token)
                    && (annotated.doc.is(token, ",") || (source.is_none() && annotated.doc.is(token, "by")))
            })
            .unwrap_or(end);
        if source.is_none() && annotated.doc.is(clause_end, "by") {
            source = source_after(annotated, clause_end + 1, end, false);
        }
        // One word is a description too: "described as pseudoscience".
        let one_word = clause_end == start + 1 && annotated.doc.kind(start) == Some(TokenKind::Word);
        if one_word && !annotated.is_quoted(start) {
            return Some(Attribution {
                kind: StatementKind::Indirect,
                content: start..clause_end,
                source,
                cue: Some(cue),
            });
        }
        return build(annotated, start..clause_end, source, cue);
    }
    // Without "as" the verb only recounts ("described the scene"); "described by" names its source after.
    let has_as = (cue.end + 1..end).any(|token| annotated.doc.is(token, "as") && !annotated.is_quoted(token));
    if source.is_none() || !has_as || annotated.doc.is(cue.end, "by") {
        return None;
    }
    build(annotated, cue.end..end, source, cue)
}

/// `A recent poll found (that) <content>`: what a study, survey or report finds is its statement; what a
/// person finds ("police found the car") is not.
fn finding(annotated: &Annotated, cue: Range<usize>, source: Range<usize>, end: usize) -> Option<Attribution> {
    let head = annotated.doc.words[source.end - 1];
    if !FINDING_NOUNS.iter().any(|noun| noun.eq_ignore_ascii_case(head)) {
        return None;
    }
    build(annotated, content_start(annotated, cue.end, end)?..end, Some(source), cue)
}

/// `<source> advised <listener> to <action>`, `<source> pleaded with <listener> to <action>` and the passive
/// `were encouraged to <action>`: the content is the action, with the listener when it is the verb's object.
fn directed(annotated: &Annotated, cue: Range<usize>, source: Option<Range<usize>>, end: usize) -> Option<Attribution> {
    let to = (cue.end..end.min(cue.end + LISTENER_TOKENS + 1))
        .take_while(|&token| annotated.doc.kind(token) == Some(TokenKind::Word))
        .find(|&token| annotated.doc.is(token, "to"))?;
    // The listener after a particle ("pleaded with him") is not part of what was asked.
    let start = if source.is_none() || cue.len() > 1 { to } else { cue.end };
    build(annotated, start..end, source, cue)
}

/// "This was stated by <source>": the sentence before holds the content.
fn passive(
    annotated: &Annotated,
    sentence: &Range<usize>,
    cue: Range<usize>,
    previous_sentence: Option<Range<usize>>,
) -> Option<Attribution> {
    let points_back = annotated.doc.is_any(sentence.start, &POINTING_BACK);
    if !points_back || !annotated.doc.is(cue.end, "by") {
        return None;
    }
    let previous = previous_sentence.filter(|previous| annotated.doc.same_paragraph(previous.start, sentence.start))?;
    let source = source_after(annotated, cue.end + 1, content_end(annotated, sentence), true)?;
    build(annotated, previous.start..content_end(annotated, &previous), Some(source), cue)
}

/// Where the reported clause after a cue starts: after "that" if it comes soon, else right after the cue
/// unless a preposition follows ("said in an interview", "told to reporters"), which carries no content.
/// Verbs of telling have their listener first: "told Anadolu Agency, a local outlet, that …", "told
/// Wikinews the star is close".
fn content_start(annotated: &Annotated, after_cue: usize, end: usize) -> Option<usize> {
    let telling = annotated.doc.is_any(after_cue - 1, &["told", "tells", "tell"]);
    let reach = if telling { THAT_REACH + LISTENER_TOKENS } else { THAT_REACH };
    let that = (after_cue..end.min(after_cue + reach))
        .take_while(|&token| !annotated.is_quoted(token) && !annotated.doc.is_final_mark(token))
        .find(|&token| annotated.doc.is(token, "that"));
    if let Some(that) = that {
        return Some(that + 1);
    }
    let mut start = after_cue;
    if telling && let Some(listener) = annotated.resolved.mentions_within(&(start..end)).next() {
        start = if listener.tokens.start == start { listener.tokens.end } else { start };
    }
    // "told them the harbour would close", "told reporters the talks failed". Not "it": right after "told",
    // it more often opens what was told.
    let listener_word = |token| {
        let pronoun = annotated.doc.is_any(token, &OBJECT_PRONOUNS) && !annotated.doc.is(token, "it");
        pronoun || annotated.doc.is_any(token, &["reporters", "journalists"])
    };
    if telling && start < end && listener_word(start) {
        start += 1;
    }
    while start < end && (annotated.doc.is(start, ",") || annotated.doc.is(start, ":")) {
        start += 1;
    }
    // "admitted to taking bribes": what is admitted follows "to".
    let admitting = annotated.doc.is_any(after_cue - 1, &["admitted", "admits", "admit", "confessed"]);
    if admitting
        && annotated.doc.is(start, "to")
        && annotated.doc.words.get(start + 1).is_some_and(|word| word.ends_with("ing"))
    {
        start += 1;
    }
    let opens_clause = start < end
        && !is_one_of(annotated.doc.words[start], &PREPOSITIONS)
        && annotated.doc.kind(start) != Some(TokenKind::Punct);
    opens_clause.then_some(start)
}

/// The end of a sentence's content: before its final mark, and before a participle cue or "according to"
/// that starts a statement of its own.
fn content_end(annotated: &Annotated, sentence: &Range<usize>) -> usize {
    let mut end = sentence.end;
    while end > sentence.start && (annotated.doc.is_final_mark(end - 1) && !annotated.is_quoted(end - 1)) {
        end -= 1;
    }
    end
}

fn trim_comma(annotated: &Annotated, start: usize, mut end: usize) -> usize {
    while end > start && (annotated.doc.is(end - 1, ",") || annotated.doc.kind(end - 1) == Some(TokenKind::Dash)) {
        end -= 1;
    }
    end
}

/// An attribution whose content has enough words, stopped before a later ", adding" or ", according to".
fn build(
    annotated: &Annotated,
    content: Range<usize>,
    source: Option<Range<usize>>,
    cue: Range<usize>,
) -> Option<Attribution> {
    let stop = (content.start + 1..content.end).find(|&token| {
        annotated.doc.is(token - 1, ",")
            && !annotated.is_quoted(token)
            && !cue.contains(&token)
            && (annotated.doc.is(token, "according")
                || cue_at(annotated, token).is_some_and(|(_, form)| form == CueForm::Participle))
    });
    let end = stop.map_or(content.end, |stop| trim_comma(annotated, content.start, stop));
    let content = content.start..end;
    // "denied these allegations:" introduces content that follows elsewhere.
    if annotated.doc.word_count(&content) < MIN_CONTENT_WORDS || annotated.doc.is(end - 1, ":") {
        return None;
    }
    let quoted = content.clone().any(|token| annotated.is_quoted(token));
    let kind = if quoted { StatementKind::Mixed } else { StatementKind::Indirect };
    Some(Attribution { kind, content, source, cue: Some(cue) })
}

/// Speech that has not happened, or is only possible: "will announce", "to say", "did not say".
fn is_unrealised(word: &str) -> bool {
    is_one_of(word, &MODALS) || is_one_of(word, &["to", "not", "never"])
}
