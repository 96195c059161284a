//! Events the article reports, read conservatively: a meeting word with the place it is held in,
//! "Russian-American talks in Geneva", "a summit with NATO in Madrid on June 28". Participants come from
//! the words around it ("with", "between … and", demonyms that qualify it); a date only when "on"
//! gives it right after the place. Mentions of the same kind of event at the same place are one event.

use std::ops::Range;

use super::anchors::Anchors;
use crate::contract::{EntityType, Event};
use crate::extract::lexicon::PARTNER_PREPOSITIONS;
use crate::extract::written_dates::{weekday, written_day_at};
use crate::text::IsoDate;

/// Nouns that name a meeting, which is what news events are mostly built around.
const TRIGGERS: [&str; 6] = ["talks", "negotiations", "summit", "meeting", "conference", "consultations"];

struct Found {
    trigger: String,
    place: usize,
    participants: Vec<usize>,
    date: Option<IsoDate>,
    evidence: Range<usize>,
}

pub(super) fn find(anchors: &Anchors) -> Vec<Event> {
    let published = anchors.doc.date;
    let mut found: Vec<Found> = Vec::new();
    for sentence in &anchors.doc.sentences {
        for trigger in sentence.clone().filter(|&index| anchors.doc.is_any(index, &TRIGGERS)) {
            let Some(event) = read(anchors, trigger, sentence.end, published) else { continue };
            match found.iter_mut().find(|earlier| earlier.trigger == event.trigger && earlier.place == event.place) {
                Some(earlier) => {
                    earlier.date = earlier.date.or(event.date);
                    for participant in event.participants {
                        if !earlier.participants.contains(&participant) {
                            earlier.participants.push(participant);
                        }
                    }
                }
                None => found.push(event),
            }
        }
    }
    let id = |index: usize| anchors.resolved.entities[index].id.clone();
    found
        .into_iter()
        .enumerate()
        .map(|(number, event)| Event {
            id: format!("v{}", number + 1),
            name: anchors.doc.text_of(&event.evidence).to_owned(),
            participants: event.participants.into_iter().filter(|&p| p != event.place).map(id).collect(),
            place: Some(id(event.place)),
            date: event.date,
            evidence: anchors.doc.span(&event.evidence),
        })
        .collect()
}

/// "[qualifiers] <trigger> [with …] in <place> [on <date>] [with …]".
fn read(anchors: &Anchors, trigger: usize, sentence_end: usize, published: Option<IsoDate>) -> Option<Found> {
    let mut participants = Vec::new();
    let start = qualifiers(anchors, trigger, &mut participants);
    let mut index = partners(anchors, trigger + 1, sentence_end, &mut participants);
    if !anchors.doc.is(index, "in") {
        return None;
    }
    let place =
        anchors.mention_starting(index + 1).filter(|mention| anchors.resolved.kind(mention) == EntityType::Place)?;
    index = place.tokens.end;
    let mut date = None;
    if anchors.doc.is(index, "on")
        && let Some((found, after)) = date_at(&anchors.doc.words[..sentence_end], index + 1, published)
    {
        date = Some(found);
        index = after;
    }
    let end = partners(anchors, index, sentence_end, &mut participants);
    let trigger = anchors.doc.word(trigger)?.to_lowercase();
    Some(Found { trigger, place: place.entity, participants, date, evidence: start..end })
}

/// "[Monday,] January 10[, 2022]", its year nearest the article's date when not written, and the
/// index just past it.
fn date_at(words: &[&str], mut index: usize, published: Option<IsoDate>) -> Option<(IsoDate, usize)> {
    if weekday(words.get(index)?).is_some() {
        index += 1 + usize::from(words.get(index + 1) == Some(&","));
    }
    let (day, end) = written_day_at(words, index)?;
    Some((day.nearest(published)?, end))
}

/// The countries in the word before the trigger, perhaps past one lowercase word: "Russian-American
/// talks", "US-Russian security talks". Returns where the event's name starts.
fn qualifiers(anchors: &Anchors, trigger: usize, participants: &mut Vec<usize>) -> usize {
    let lowercase = |index: usize| anchors.doc.word(index).is_some_and(|word| word.starts_with(char::is_lowercase));
    let candidates = [trigger.checked_sub(1), trigger.checked_sub(2).filter(|_| lowercase(trigger - 1))];
    for index in candidates.into_iter().flatten() {
        let Some(word) = anchors.doc.word(index) else { continue };
        let countries: Option<Vec<usize>> = word.split('-').map(|part| country(anchors, part)).collect();
        if let Some(countries) = countries {
            participants.extend(countries);
            return index;
        }
    }
    trigger
}

/// A demonym or a place name as the entity of the place, when the document names it.
fn country(anchors: &Anchors, word: &str) -> Option<usize> {
    let place = anchors.gazetteer.demonym(word).or_else(|| anchors.gazetteer.place(word))?;
    anchors.place_entity(place)
}

/// "with <entity> [, <entity>]… [and <entity>]" or "between <entity> and <entity>" at `index`; returns
/// the index past the last entity, or `index` when there is none.
fn partners(anchors: &Anchors, index: usize, sentence_end: usize, participants: &mut Vec<usize>) -> usize {
    if !anchors.doc.is_any(index, &PARTNER_PREPOSITIONS) {
        return index;
    }
    let mut end = index;
    let mut next = index + 1;
    while next < sentence_end {
        let at = next + usize::from(anchors.doc.is(next, "the"));
        let Some(mention) = anchors.mention_starting(at) else { break };
        participants.push(mention.entity);
        end = mention.tokens.end;
        next = end + usize::from(anchors.doc.is(end, ","));
        next += usize::from(anchors.doc.is(next, "and"));
        if next == end {
            break;
        }
    }
    end
}
