//! From a document's text to its extraction: tokens, sentences, name mentions, entities, then the
//! statements, relations and events read around them.

use super::coreference;
use super::document::DocumentTokens;
use super::gazetteer::Gazetteer;
use super::names::{self, SentenceTokens};
use super::relations::find_relations;
use super::repeats;
use super::statements;
use super::tagger::Tagger;
use super::{Extraction, Hints};
use crate::text::{Document, Header, split_sentences, tokenize};

/// Extracts a document with the committed gazetteers and tagger.
pub fn extract(document: Document) -> Extraction {
    let text = document.text.as_str();
    // The date header is metadata; the headline after it is text.
    let body_start = Header::parse(text).ok().flatten().map_or(0, |header| header.body_start);
    let all_tokens = tokenize(text);
    let tokens = &all_tokens[all_tokens.partition_point(|token| token.start < body_start)..];
    let words: Vec<&str> = tokens.iter().map(|token| token.text(text)).collect();
    let sentences = split_sentences(text, tokens);
    let gazetteer = Gazetteer::get();
    let hints: Vec<Vec<Hints>> = sentences.iter().map(|sentence| gazetteer.hints(&words[sentence.clone()])).collect();
    let tagged: Vec<(&[&str], &[Hints])> =
        sentences.iter().zip(&hints).map(|(sentence, hints)| (&words[sentence.clone()], hints.as_slice())).collect();
    let mut mentions = Vec::new();
    for (sentence, names) in sentences.iter().zip(Tagger::get().tag_document(&tagged)) {
        let sentence = SentenceTokens {
            text,
            words: &words[sentence.clone()],
            tokens: &tokens[sentence.clone()],
            first: sentence.start,
        };
        mentions.extend(names::find_mentions(gazetteer, names, &sentence));
    }
    let document_tokens = DocumentTokens::new(text, tokens, &words);
    let mentions = repeats::repeat_known_names(&document_tokens, mentions);
    let resolved = coreference::resolve(gazetteer, &document_tokens, mentions);
    let statements = statements::find_statements(gazetteer, &document_tokens, &sentences, &resolved, document.date);
    let (relations, events) = find_relations(gazetteer, &document_tokens, &sentences, &resolved, document.date);
    Extraction { document, entities: resolved.entities, statements, relations, events }
}
