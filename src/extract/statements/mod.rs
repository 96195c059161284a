//! Statements: who said what, about whom and when. Direct quotations, reported speech and the mix of
//! both, each with its source, cue, speaker entity and date. Linear passes over the tokens.

mod annotated;
mod attribution;
mod cues;
mod date;
mod direct;
mod indirect;
mod quotes;
mod source;
mod speaker;

use std::ops::Range;

use crate::contract::Statement;
use crate::extract::doc::Doc;
use crate::extract::entities::Resolved;
use crate::extract::gazetteer::Gazetteer;
use annotated::Annotated;

/// Every statement of a document, numbered `s1`, `s2`… in text order.
pub(crate) fn find_statements(gazetteer: &Gazetteer, doc: &Doc, resolved: &Resolved) -> Vec<Statement> {
    let quotes = quotes::find_quotes(doc.text, &doc.tokens);
    let annotated = Annotated::new(doc, resolved, &quotes);
    let quoted = direct::attributed_quotes(&annotated, &quotes);
    let mut cues_taken: Vec<usize> =
        quoted.iter().flatten().filter_map(|found| found.cue.as_ref()).map(|cue| cue.start).collect();
    cues_taken.sort_unstable();
    let reported = indirect::find_reported(&annotated, &cues_taken);
    let mut attributions = direct::with_neighbours(&annotated, &quotes, &quoted, &reported);
    attributions.extend(reported);
    if let Some(headline) = headline(doc) {
        attributions.retain(|found| found.cue.as_ref().is_none_or(|cue| !headline.contains(&cue.start)));
    }
    attributions.sort_by_key(|found| (found.content.start, std::cmp::Reverse(found.content.end)));
    attributions.dedup_by(|later, earlier| later.content == earlier.content);

    let speakers = speaker::resolve(gazetteer, &annotated, &attributions);
    let span = |tokens: &Range<usize>| doc.span(tokens);
    attributions
        .iter()
        .zip(speakers)
        .enumerate()
        .map(|(number, (found, speaker))| Statement {
            id: format!("s{}", number + 1),
            kind: found.kind,
            speaker: speaker.map(|entity| resolved.entities[entity].id.clone()),
            source: found.source.as_ref().map(span),
            cue: found.cue.as_ref().map(span),
            content: span(&found.content),
            about: resolved
                .entities_within(&found.content)
                .map(|entity| resolved.entities[entity].id.clone())
                .collect(),
            date: date::statement_date(&annotated, found, doc.date),
        })
        .collect()
}

/// A headline (the rest of the date line, when it is one sentence) reports nothing: the article tells it
/// below. The first token of a body that starts on a later line has a line break before it.
fn headline<'a>(doc: &'a Doc) -> Option<&'a Range<usize>> {
    let (first, next) = (doc.sentences.first()?, doc.sentences.get(1));
    let on_date_line = !doc.tokens[first.start].newline_before;
    let alone = next.is_none_or(|next| doc.tokens[next.start].newline_before);
    (on_date_line && alone).then_some(first)
}

#[cfg(test)]
mod tests;
