//! Reported speech: `<source> <cue> (that) <content>`, `<content>, <source> <cue>`, `According to <source>,
//! <content>`, `As <source> noted, <content>`, `This was stated by <source>`, and `…, adding <content>`.

use std::ops::Range;

use super::adverbial::time_after;
use super::annotated::Annotated;
use super::attribution::Attribution;
use super::cues::{CueForm, cue_at};
use super::listener::{is_telling, listener_after};
use super::source::{
    absolute_subject, clause_subject, closes_relative_clause, narrow_to_name, source_after, source_before,
};
use crate::contract::StatementKind;
use crate::extract::lexicon::{
    BE_FORMS, CLAUSE_OPENERS, CONTRASTS, MODALS, PERSONAL_OBJECTS, POINTING_BACK, PREPOSITIONS, is_one_of,
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
/// Adverbs by which the article reports what it does not attribute.
const HEARSAY_ADVERBS: [&str; 3] = ["reportedly", "allegedly", "purportedly"];
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
                    // A cue inside reported content belongs to what was said ("told the inspector she had
                    // warned…"); "According to X, Y said…" names two sources, each with its own statement.
                    let cue_end = attribution.cue.as_ref().map_or(token + 1, |cue| cue.end);
                    let according = annotated.doc.is(token, "according");
                    token = if according { cue_end } else { cue_end.max(attribution.content.end) };
                    found.push(attribution);
                }
                None => token += 1,
            }
        }
        if found.len() == first_in_sentence {
            found.extend(hearsay(annotated, sentence));
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
    let before = sentence.start..trim_separators(annotated, sentence.start, cue.start);
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
        // "…, adding that …": the source of the clause before speaks again, else the clause's subject ("The
        // union endorsed her, saying …"); "with officials saying …" names its own.
        let source = match before {
            Some(comma) if annotated.doc.is(comma, ",") => {
                previous_source.or_else(|| clause_subject(annotated, sentence.start, comma))
            }
            _ => absolute_subject(annotated, cue.start, sentence.start),
        }?;
        return build(annotated, content_start(annotated, cue.end, end)?..end, Some(source), cue);
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
    if let Some(found) = parenthetical(annotated, sentence, cue.clone(), end) {
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
        if !INVERTING_CUES.iter().any(|verb| annotated.doc.is(cue.start, verb))
            || closes_relative_clause(annotated, comma, sentence.start)
        {
            return None;
        }
        // The source is a name or a short phrase ("the minister"), not a clause ("the stores fill the stock").
        let source = source_after(annotated, cue.end, end, false)?;
        let named =
            annotated.resolved.mentions_within(&source).last().is_some_and(|name| name.tokens.end == source.end);
        // A name may have its apposition after it: "…, said Jane Roe, a professor at the university."
        let short = source.end == end && source.len() <= MAX_INVERTED_SOURCE_WORDS;
        (short || (named && (source.end == end || annotated.doc.is(source.end, ",")))).then_some(source)?
    } else {
        // After a cue that ends the reported sentence come only a time or place ("on Monday", "in a
        // statement"), or whom the speaker told ("told reporters"); anything else is the content of a cue
        // that starts it ("On May 2, Carter said the talks failed").
        let trailing = cue.end..end;
        let adverbial = trailing.is_empty()
            || is_telling(annotated, cue.start)
            || is_one_of(annotated.doc.words[cue.end], &PREPOSITIONS)
            || time_after(annotated, cue.end, end) > cue.end;
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

/// `<content…>, <source> <cue>, <…content>`: a cue set in commas inside the clause it reports ("These orcas,
/// she suggested, specialize in hunting sharks") reports the whole sentence, its subject kept.
fn parenthetical(annotated: &Annotated, sentence: &Range<usize>, cue: Range<usize>, end: usize) -> Option<Attribution> {
    if !annotated.doc.is(time_after(annotated, cue.end, end), ",") {
        return None;
    }
    let source = source_before(annotated, cue.start, sentence.start)?;
    let opening = source.start.checked_sub(1).filter(|&opening| opening > sentence.start)?;
    if !annotated.doc.is(opening, ",") || annotated.is_quoted(opening) {
        return None;
    }
    build(annotated, sentence.start..end, Some(source), cue)
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
    let as_token = (cue.end + 1..end).find(|&token| annotated.doc.is(token, "as") && !annotated.is_quoted(token));
    let as_token = as_token.filter(|_| source.is_some() && !annotated.doc.is(cue.end, "by"))?;
    // "described him as “a guiding force”": a quoted description is the speaker's own words, without the
    // thing described.
    let quoted_description = annotated.doc.kind(as_token + 1) == Some(TokenKind::OpenQuote);
    build(annotated, if quoted_description { as_token + 1 } else { cue.end }..end, source, cue)
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

/// Where the reported clause after a cue starts: after "that" if it comes soon, else right after the cue, its
/// listener and a time ("said Wednesday the plan was dead"), unless a preposition follows ("said in an
/// interview", "told to reporters"), which carries no content. Verbs of telling have their listener first:
/// "told Anadolu Agency, a local outlet, that …", "told the court she was forced".
fn content_start(annotated: &Annotated, after_cue: usize, end: usize) -> Option<usize> {
    let telling = is_telling(annotated, after_cue - 1);
    let reach = if telling { THAT_REACH + LISTENER_TOKENS } else { THAT_REACH };
    let that = (after_cue..end.min(after_cue + reach))
        .take_while(|&token| !annotated.is_quoted(token) && !annotated.doc.is_final_mark(token))
        .find(|&token| annotated.doc.is(token, "that"));
    if let Some(that) = that {
        // "reported that, in a phone call, …".
        let start = (that + 1..end).find(|&token| !annotated.doc.is(token, ",")).unwrap_or(end);
        return (start < end).then_some(start);
    }
    let start = listener_after(annotated, after_cue, end).map_or(after_cue, |listener| listener.end);
    let mut start = after_aside(annotated, time_after(annotated, start, end), end);
    // "confirmed him", "thanked them": an object, not a clause ("US" is a name).
    let object = annotated.doc.words.get(start).is_some_and(|word| PERSONAL_OBJECTS.contains(word));
    if object && !is_telling(annotated, after_cue - 1) {
        return None;
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

/// After an aside set in commas right after a cue ("alleged, by way of example, Mahan had…"), where the
/// reported clause starts; `start` itself when no aside stands there.
fn after_aside(annotated: &Annotated, start: usize, end: usize) -> usize {
    if !annotated.doc.is(start, ",") || annotated.doc.kind(start + 1) != Some(TokenKind::Word) {
        return start;
    }
    let closing = (start + 1..end.min(start + 2 + MAX_TRAILING_WORDS)).find(|&token| annotated.doc.is(token, ","));
    closing.filter(|&closing| closing + 1 < end).map_or(start, |closing| closing + 1)
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

/// The end of a content before the commas, semicolons and dashes that end it.
fn trim_separators(annotated: &Annotated, start: usize, mut end: usize) -> usize {
    let separator = |token: usize| {
        annotated.doc.is(token, ",")
            || annotated.doc.is(token, ";")
            || annotated.doc.kind(token) == Some(TokenKind::Dash)
    };
    while end > start && separator(end - 1) {
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
        // A semicolon ends the reported clause: "…was a freighter; it lists a tail number…".
        let after_semicolon = annotated.doc.is(token - 1, ";") && !annotated.is_quoted(token - 1);
        let after_comma = annotated.doc.is(token - 1, ",")
            && (annotated.doc.is(token, "according")
                || cue_at(annotated, token).is_some_and(|(_, form)| form == CueForm::Participle));
        after_semicolon
            || (!annotated.is_quoted(token)
                && !cue.contains(&token)
                && (after_comma || second_report(annotated, token)))
    });
    let end = stop.map_or(content.end, |stop| trim_separators(annotated, content.start, stop));
    let content = content.start..end;
    // "denied these allegations:" introduces content that follows elsewhere.
    if annotated.doc.word_count(&content) < MIN_CONTENT_WORDS || annotated.doc.is(end - 1, ":") {
        return None;
    }
    if let Some(inner) = one_quotation(annotated, &content) {
        return Some(Attribution { kind: StatementKind::Direct, content: inner, source, cue: Some(cue) });
    }
    let quoted = content.clone().any(|token| annotated.is_quoted(token));
    let kind = if quoted { StatementKind::Mixed } else { StatementKind::Indirect };
    Some(Attribution { kind, content, source, cue: Some(cue) })
}

/// The inside of a content that is one quotation and nothing else: "told the court “Basic checks were not
/// done.”" quotes the speaker directly.
fn one_quotation(annotated: &Annotated, content: &Range<usize>) -> Option<Range<usize>> {
    let (open, close) = (content.start, content.end - 1);
    let marks = annotated.doc.kind(open) == Some(TokenKind::OpenQuote)
        && annotated.doc.kind(close) == Some(TokenKind::CloseQuote);
    let inner = open + 1..close;
    let one = inner
        .clone()
        .all(|token| !matches!(annotated.doc.kind(token), Some(TokenKind::OpenQuote | TokenKind::CloseQuote)));
    (marks && one && !inner.is_empty()).then_some(inner)
}

/// "…, but the agency reported …", "…, while the company insisted …": a conjunction that opens a report of
/// another source ends the content before it.
fn second_report(annotated: &Annotated, token: usize) -> bool {
    let contrast = annotated.doc.is_any(token, &CONTRASTS);
    let listing = annotated.doc.is(token, "and") && annotated.doc.is(token - 1, ",");
    if !contrast && !listing {
        return false;
    }
    // "…, but upon learning of the test he claimed …": the report may come after an adverbial of its own.
    (token + 1..annotated.doc.words.len())
        .take_while(|&word| !annotated.is_quoted(word) && !annotated.doc.is_final_mark(word))
        .find_map(|word| cue_at(annotated, word).filter(|(_, form)| *form == CueForm::Finite))
        .is_some_and(|(cue, _)| source_before(annotated, cue.start, token + 1).is_some())
}

/// "Reportedly, the plant closed", "The site allegedly made use of Tor": what the article reports without
/// naming a source. The sentence is the content, without an adverb that opens it.
fn hearsay(annotated: &Annotated, sentence: &Range<usize>) -> Option<Attribution> {
    let adverb = sentence.clone().find(|&token| {
        !annotated.is_quoted(token) && HEARSAY_ADVERBS.iter().any(|word| annotated.doc.is(token, word))
    })?;
    let start = if adverb == sentence.start && annotated.doc.is(adverb + 1, ",") { adverb + 2 } else { sentence.start };
    build(annotated, start..content_end(annotated, sentence), None, adverb..adverb + 1)
}

/// Speech that has not happened, or is only possible: "will announce", "to say", "did not say".
fn is_unrealised(word: &str) -> bool {
    is_one_of(word, &MODALS) || is_one_of(word, &["to", "not", "never"])
}
