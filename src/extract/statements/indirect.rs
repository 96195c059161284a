//! Reported speech: `<source> <cue> (that) <content>`, `<content>, <source> <cue>`, `According to <source>,
//! <content>`, `As <source> noted, <content>`, `This was stated by <source>`, and `…, adding <content>`.

use std::ops::Range;

use super::adverbial::time_after;
use super::article::Article;
use super::cues::{CueForm, cue_at};
use super::listener::{is_telling, listener_after};
use super::source::{
    absolute_subject, clause_subject, closes_relative_clause, narrow_to_name, source_after, source_before,
};
use super::{Attribution, StatementKind};
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
pub(super) fn find_reported(article: &Article, cues_taken: &[usize]) -> Vec<Attribution> {
    let mut found = Vec::new();
    for (index, sentence) in article.sentences.iter().enumerate() {
        // A question in the article's own voice reports nothing.
        if sentence.clone().any(|token| article.is(token, "?") && !article.is_quoted(token)) {
            continue;
        }
        let first_in_sentence = found.len();
        let mut token = sentence.start;
        while token < sentence.end {
            let next = if article.is_quoted(token) || cues_taken.binary_search(&token).is_ok() {
                None
            } else if article.is(token, "according") && article.is(token + 1, "to") {
                according_to(article, sentence, token)
            } else {
                let previous_source =
                    found[first_in_sentence..].last().and_then(|last: &Attribution| last.source.clone());
                let previous_sentence = index.checked_sub(1).map(|previous| article.sentences[previous].clone());
                reported_at(article, sentence, token, previous_source, previous_sentence)
            };
            match next {
                Some(attribution) => {
                    // A cue inside reported content belongs to what was said ("told the inspector she had
                    // warned…"); "According to X, Y said…" names two sources, each with its own statement.
                    let cue_end = attribution.cue.as_ref().map_or(token + 1, |cue| cue.end);
                    let according = article.is(token, "according");
                    token = if according { cue_end } else { cue_end.max(attribution.content.end) };
                    found.push(attribution);
                }
                None => token += 1,
            }
        }
        if found.len() == first_in_sentence {
            found.extend(hearsay(article, sentence));
        }
    }
    found
}

/// `According to <source>, <content>` or `<content>, according to <source>`.
fn according_to(article: &Article, sentence: &Range<usize>, cue_start: usize) -> Option<Attribution> {
    let cue = cue_start..cue_start + 2;
    let end = content_end(article, sentence);
    let mut source = source_after(article, cue.end, end, true)?;
    let mut following = (source.end + 1).min(end)..end;
    let first_name = article.mentions_within(&source).next().filter(|name| name.tokens.start <= cue.end + 2);
    if article.is(source.end, ",") {
        // "According to the team's coach, Alireza Mehraban, …": the name in apposition names the source.
        let apposition = article.mentions_within(&following).next().filter(|name| name.tokens.start == following.start);
        if let Some(name) = apposition.filter(|name| article.is(name.tokens.end, ",")) {
            source = name.tokens.clone();
            following = name.tokens.end + 1..end;
        }
    } else {
        // "According to Rathbun the property was returned": no comma, the name ends the source; a
        // capitalised run stands for a name the entity pass missed.
        let name_end = first_name.map(|name| name.tokens.end).or_else(|| {
            let run =
                (source.start..source.end).take_while(|&token| article.words[token].starts_with(char::is_uppercase));
            run.last().map(|last| last + 1)
        });
        if let Some(name_end) = name_end {
            source = narrow_to_name(article, source.start..name_end);
            following = name_end..end;
        }
    }
    let before = sentence.start..trim_separators(article, sentence.start, cue.start);
    let content = if article.word_count(&following) < 3 {
        before
    } else if attaches_forward(article, sentence, cue.start) {
        following
    } else if cue.start.checked_sub(1).is_some_and(|comma| article.is(comma, ",")) && article.is(source.end, ",") {
        // "Since their discovery, according to the academy, four thousand planets were found": the
        // sentence around the phrase is the content.
        sentence.start..end
    } else {
        before
    };
    build(article, content, Some(source), cue)
}

/// Whether "according to" reports the clause after it: at the sentence start, or after a word that leaves
/// its clause open ("which, according to AFP, the UN criticised", "has learned that according to"); otherwise
/// it closes the clause before.
fn attaches_forward(article: &Article, sentence: &Range<usize>, cue_start: usize) -> bool {
    let opens = (sentence.start..cue_start).all(|token| !matches!(article.kind(token), Some(TokenKind::Word)));
    let before_comma =
        if article.is(cue_start.wrapping_sub(1), ",") { cue_start.wrapping_sub(2) } else { cue_start.wrapping_sub(1) };
    let open_clause =
        ["which", "that", "but", "and", "while", "because", "so"].iter().any(|word| article.is(before_comma, word));
    opens || open_clause || article.word_count(&(sentence.start..cue_start)) < 3
}

/// A cue verb at `token` and the statement it reports, if it reports one.
fn reported_at(
    article: &Article,
    sentence: &Range<usize>,
    token: usize,
    previous_source: Option<Range<usize>>,
    previous_sentence: Option<Range<usize>>,
) -> Option<Attribution> {
    let (cue, form) = cue_at(article, token)?;
    let before = token.checked_sub(1).filter(|&before| before >= sentence.start);
    if before.is_some_and(|before| is_modal(article.words[before])) {
        return None;
    }
    let end = content_end(article, sentence);
    if form == CueForm::Participle {
        // "…, adding that …": the source of the clause before speaks again, else the clause's subject ("The
        // union endorsed her, saying …"); "with officials saying …" names its own.
        let source = match before {
            Some(comma) if article.is(comma, ",") => {
                previous_source.or_else(|| clause_subject(article, sentence.start, comma))
            }
            _ => absolute_subject(article, cue.start, sentence.start),
        }?;
        return build(article, content_start(article, cue.end, end)?..end, Some(source), cue);
    }
    let passive_voice = before.is_some_and(|before| is_passive_auxiliary(article.words[before]));
    if matches!(form, CueForm::Describing | CueForm::Directive | CueForm::Finding) {
        // In the passive ("was described as", "were advised to") the article does not name the source.
        let source = if passive_voice { None } else { Some(source_before(article, cue.start, sentence.start)?) };
        return match form {
            CueForm::Describing => described(article, cue, source, end),
            CueForm::Directive => directed(article, cue, source, end),
            _ => finding(article, cue, source?, end),
        };
    }
    if passive_voice {
        // "She was told to leave": an instruction whose giver the article does not name.
        let instructed = ["told", "urged"].iter().any(|verb| article.is(cue.start, verb)) && article.is(cue.end, "to");
        if instructed {
            return build(article, cue.end..end, None, cue);
        }
        return passive(article, sentence, cue, previous_sentence);
    }
    if let Some(found) = trailing(article, sentence, cue.clone(), end) {
        return Some(found);
    }
    if let Some(found) = parenthetical(article, sentence, cue.clone(), end) {
        return Some(found);
    }
    if article.is(cue.end - 1, "from") {
        // "It follows from the documents that …": the source comes after the cue.
        let source = source_after(article, cue.end, end, false)?;
        return build(article, content_start(article, source.end, end)?..end, Some(source), cue);
    }
    let source = source_before(article, cue.start, sentence.start)?;
    build(article, content_start(article, cue.end, end)?..end, Some(source), cue)
}

/// `<content>, <source> <cue>.` and `<content>, <cue> <source>.`, where the cue ends its sentence.
fn trailing(article: &Article, sentence: &Range<usize>, cue: Range<usize>, end: usize) -> Option<Attribution> {
    let comma = (sentence.start..cue.start).rev().find(|&token| article.is(token, ",") && !article.is_quoted(token))?;
    let source = if comma + 1 == cue.start {
        // "…, said the minister." Only verbs of saying invert; "…, announced the end of his campaign" does not.
        if !INVERTING_CUES.iter().any(|verb| article.is(cue.start, verb))
            || closes_relative_clause(article, comma, sentence.start)
        {
            return None;
        }
        // The source is a name or a short phrase ("the minister"), not a clause ("the stores fill the stock").
        let source = source_after(article, cue.end, end, false)?;
        let named = article.mentions_within(&source).last().is_some_and(|name| name.tokens.end == source.end);
        // A name may have its apposition after it: "…, said Jane Roe, a professor at the university."
        let short = source.end == end && source.len() <= MAX_INVERTED_SOURCE_WORDS;
        (short || (named && (source.end == end || article.is(source.end, ",")))).then_some(source)?
    } else {
        // After a cue that ends the reported sentence come only a time or place ("on Monday", "in a
        // statement"), or whom the speaker told ("told reporters"); anything else is the content of a cue
        // that starts it ("On May 2, Carter said the talks failed").
        let trailing = cue.end..end;
        let adverbial = trailing.is_empty()
            || is_telling(article, cue.start)
            || is_preposition(article.words[cue.end])
            || time_after(article, cue.end, end) > cue.end;
        let ends_sentence = adverbial
            && trailing.len() <= MAX_TRAILING_WORDS
            && trailing.into_iter().all(|token| article.kind(token) == Some(TokenKind::Word));
        if !ends_sentence {
            return None;
        }
        source_before(article, cue.start, comma + 1)?
    };
    build(article, sentence.start..comma, Some(source), cue)
}

/// `<content…>, <source> <cue>, <…content>`: a cue set in commas inside the clause it reports ("These orcas,
/// she suggested, specialize in hunting sharks") reports the whole sentence, its subject kept.
fn parenthetical(article: &Article, sentence: &Range<usize>, cue: Range<usize>, end: usize) -> Option<Attribution> {
    if !article.is(time_after(article, cue.end, end), ",") {
        return None;
    }
    let source = source_before(article, cue.start, sentence.start)?;
    let opening = source.start.checked_sub(1).filter(|&opening| opening > sentence.start)?;
    if !article.is(opening, ",") || article.is_quoted(opening) {
        return None;
    }
    build(article, sentence.start..end, Some(source), cue)
}

/// `<source> described <something> as <description>`, and `which <source> describes as <description>` or
/// `has been described as <description>`, where the description alone is the content.
fn described(
    article: &Article,
    cue: Range<usize>,
    mut source: Option<Range<usize>>,
    end: usize,
) -> Option<Attribution> {
    if article.is(cue.end, "as") {
        // The description ends its clause: "which the council describes as a park, but residents call a car park";
        // in the passive, "by" names the source after it: "was described as reckless by the mayor".
        let start = cue.end + 1;
        let clause_end = (start..end)
            .find(|&token| {
                !article.is_quoted(token) && (article.is(token, ",") || (source.is_none() && article.is(token, "by")))
            })
            .unwrap_or(end);
        if source.is_none() && article.is(clause_end, "by") {
            source = source_after(article, clause_end + 1, end, false);
        }
        // One word is a description too: "described as pseudoscience".
        let one_word = clause_end == start + 1 && article.kind(start) == Some(TokenKind::Word);
        if one_word && !article.is_quoted(start) {
            return Some(Attribution {
                kind: StatementKind::Indirect,
                content: start..clause_end,
                source,
                cue: Some(cue),
            });
        }
        return build(article, start..clause_end, source, cue);
    }
    // Without "as" the verb only recounts ("described the scene"); "described by" names its source after.
    let as_token = (cue.end + 1..end).find(|&token| article.is(token, "as") && !article.is_quoted(token));
    let as_token = as_token.filter(|_| source.is_some() && !article.is(cue.end, "by"))?;
    // "described him as “a guiding force”": a quoted description is the speaker's own words, without the
    // thing described.
    let quoted_description = article.kind(as_token + 1) == Some(TokenKind::OpenQuote);
    build(article, if quoted_description { as_token + 1 } else { cue.end }..end, source, cue)
}

/// `A recent poll found (that) <content>`: what a study, survey or report finds is its statement; what a
/// person finds ("police found the car") is not.
fn finding(article: &Article, cue: Range<usize>, source: Range<usize>, end: usize) -> Option<Attribution> {
    let head = article.words[source.end - 1];
    if !FINDING_NOUNS.iter().any(|noun| noun.eq_ignore_ascii_case(head)) {
        return None;
    }
    build(article, content_start(article, cue.end, end)?..end, Some(source), cue)
}

/// `<source> advised <listener> to <action>`, `<source> pleaded with <listener> to <action>` and the passive
/// `were encouraged to <action>`: the content is the action, with the listener when it is the verb's object.
fn directed(article: &Article, cue: Range<usize>, source: Option<Range<usize>>, end: usize) -> Option<Attribution> {
    let to = (cue.end..end.min(cue.end + LISTENER_TOKENS + 1))
        .take_while(|&token| article.kind(token) == Some(TokenKind::Word))
        .find(|&token| article.is(token, "to"))?;
    // The listener after a particle ("pleaded with him") is not part of what was asked.
    let start = if source.is_none() || cue.len() > 1 { to } else { cue.end };
    build(article, start..end, source, cue)
}

/// "This was stated by <source>": the sentence before holds the content.
fn passive(
    article: &Article,
    sentence: &Range<usize>,
    cue: Range<usize>,
    previous_sentence: Option<Range<usize>>,
) -> Option<Attribution> {
    let points_back = ["this", "that", "these", "such"].iter().any(|word| article.is(sentence.start, word));
    if !points_back || !article.is(cue.end, "by") {
        return None;
    }
    let previous = previous_sentence.filter(|previous| article.same_paragraph(previous.start, sentence.start))?;
    let source = source_after(article, cue.end + 1, content_end(article, sentence), true)?;
    build(article, previous.start..content_end(article, &previous), Some(source), cue)
}

/// Where the reported clause after a cue starts: after "that" if it comes soon, else right after the cue, its
/// listener and a time ("said Wednesday the plan was dead"), unless a preposition follows ("said in an
/// interview", "told to reporters"), which carries no content. Verbs of telling have their listener first:
/// "told Anadolu Agency, a local outlet, that …", "told the court she was forced".
fn content_start(article: &Article, after_cue: usize, end: usize) -> Option<usize> {
    let telling = is_telling(article, after_cue - 1);
    let reach = if telling { THAT_REACH + LISTENER_TOKENS } else { THAT_REACH };
    let that = (after_cue..end.min(after_cue + reach))
        .take_while(|&token| !article.is_quoted(token) && !article.is_final_mark(token))
        .find(|&token| article.is(token, "that"));
    if let Some(that) = that {
        // "reported that, in a phone call, …".
        let start = (that + 1..end).find(|&token| !article.is(token, ",")).unwrap_or(end);
        return (start < end).then_some(start);
    }
    let start = listener_after(article, after_cue, end).map_or(after_cue, |listener| listener.end);
    let mut start = after_aside(article, time_after(article, start, end), end);
    // "confirmed him", "thanked them": an object, not a clause ("US" is a name).
    let object = article.words.get(start).is_some_and(|word| ["him", "them", "me", "us"].contains(word));
    if object && !is_telling(article, after_cue - 1) {
        return None;
    }
    while start < end && (article.is(start, ",") || article.is(start, ":")) {
        start += 1;
    }
    // "admitted to taking bribes": what is admitted follows "to".
    let admitting = ["admitted", "admits", "admit", "confessed"].iter().any(|verb| article.is(after_cue - 1, verb));
    if admitting && article.is(start, "to") && article.words.get(start + 1).is_some_and(|word| word.ends_with("ing")) {
        start += 1;
    }
    let opens_clause =
        start < end && !is_preposition(article.words[start]) && article.kind(start) != Some(TokenKind::Punct);
    opens_clause.then_some(start)
}

/// After an aside set in commas right after a cue ("alleged, by way of example, Mahan had…"), where the
/// reported clause starts; `start` itself when no aside stands there.
fn after_aside(article: &Article, start: usize, end: usize) -> usize {
    if !article.is(start, ",") || article.kind(start + 1) != Some(TokenKind::Word) {
        return start;
    }
    let closing = (start + 1..end.min(start + 2 + MAX_TRAILING_WORDS)).find(|&token| article.is(token, ","));
    closing.filter(|&closing| closing + 1 < end).map_or(start, |closing| closing + 1)
}

/// The end of a sentence's content: before its final mark, and before a participle cue or "according to"
/// that starts a statement of its own.
fn content_end(article: &Article, sentence: &Range<usize>) -> usize {
    let mut end = sentence.end;
    while end > sentence.start && (article.is_final_mark(end - 1) && !article.is_quoted(end - 1)) {
        end -= 1;
    }
    end
}

/// The end of a content before the commas, semicolons and dashes that end it.
fn trim_separators(article: &Article, start: usize, mut end: usize) -> usize {
    let separator =
        |token: usize| article.is(token, ",") || article.is(token, ";") || article.kind(token) == Some(TokenKind::Dash);
    while end > start && separator(end - 1) {
        end -= 1;
    }
    end
}

/// An attribution whose content has enough words, stopped before a later ", adding" or ", according to".
fn build(
    article: &Article,
    content: Range<usize>,
    source: Option<Range<usize>>,
    cue: Range<usize>,
) -> Option<Attribution> {
    let stop = (content.start + 1..content.end).find(|&token| {
        // A semicolon ends the reported clause: "…was a freighter; it lists a tail number…".
        let after_semicolon = article.is(token - 1, ";") && !article.is_quoted(token - 1);
        let after_comma = article.is(token - 1, ",")
            && (article.is(token, "according")
                || cue_at(article, token).is_some_and(|(_, form)| form == CueForm::Participle));
        after_semicolon
            || (!article.is_quoted(token) && !cue.contains(&token) && (after_comma || second_report(article, token)))
    });
    let end = stop.map_or(content.end, |stop| trim_separators(article, content.start, stop));
    let content = content.start..end;
    // "denied these allegations:" introduces content that follows elsewhere.
    if article.word_count(&content) < MIN_CONTENT_WORDS || article.is(end - 1, ":") {
        return None;
    }
    if let Some(inner) = one_quotation(article, &content) {
        return Some(Attribution { kind: StatementKind::Direct, content: inner, source, cue: Some(cue) });
    }
    let quoted = content.clone().any(|token| article.is_quoted(token));
    let kind = if quoted { StatementKind::Mixed } else { StatementKind::Indirect };
    Some(Attribution { kind, content, source, cue: Some(cue) })
}

/// The inside of a content that is one quotation and nothing else: "told the court “Basic checks were not
/// done.”" quotes the speaker directly.
fn one_quotation(article: &Article, content: &Range<usize>) -> Option<Range<usize>> {
    let (open, close) = (content.start, content.end - 1);
    let marks = article.kind(open) == Some(TokenKind::OpenQuote) && article.kind(close) == Some(TokenKind::CloseQuote);
    let inner = open + 1..close;
    let one =
        inner.clone().all(|token| !matches!(article.kind(token), Some(TokenKind::OpenQuote | TokenKind::CloseQuote)));
    (marks && one && !inner.is_empty()).then_some(inner)
}

/// "…, but the agency reported …", "…, while the company insisted …": a conjunction that opens a report of
/// another source ends the content before it.
fn second_report(article: &Article, token: usize) -> bool {
    let contrast = ["but", "while", "whereas"].iter().any(|word| article.is(token, word));
    let listing = article.is(token, "and") && article.is(token - 1, ",");
    if !contrast && !listing {
        return false;
    }
    // "…, but upon learning of the test he claimed …": the report may come after an adverbial of its own.
    (token + 1..article.words.len())
        .take_while(|&word| !article.is_quoted(word) && !article.is_final_mark(word))
        .find_map(|word| cue_at(article, word).filter(|(_, form)| *form == CueForm::Finite))
        .is_some_and(|(cue, _)| source_before(article, cue.start, token + 1).is_some())
}

/// "Reportedly, the plant closed", "The site allegedly made use of Tor": what the article reports without
/// naming a source. The sentence is the content, without an adverb that opens it.
fn hearsay(article: &Article, sentence: &Range<usize>) -> Option<Attribution> {
    let adverb = sentence
        .clone()
        .find(|&token| !article.is_quoted(token) && HEARSAY_ADVERBS.iter().any(|word| article.is(token, word)))?;
    let start = if adverb == sentence.start && article.is(adverb + 1, ",") { adverb + 2 } else { sentence.start };
    build(article, start..content_end(article, sentence), None, adverb..adverb + 1)
}

/// Speech that has not happened, or is only possible: "will announce", "to say".
fn is_modal(word: &str) -> bool {
    ["will", "would", "could", "may", "might", "should", "must", "shall", "can", "to", "not", "never"]
        .iter()
        .any(|modal| modal.eq_ignore_ascii_case(word))
}

fn is_passive_auxiliary(word: &str) -> bool {
    ["was", "were", "is", "are", "been", "be", "being"].iter().any(|auxiliary| auxiliary.eq_ignore_ascii_case(word))
}

fn is_preposition(word: &str) -> bool {
    ["in", "on", "at", "to", "with", "during", "after", "before", "for", "about", "from", "by", "ahead", "of"]
        .iter()
        .any(|preposition| preposition.eq_ignore_ascii_case(word))
}
