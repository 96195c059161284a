//! Name mentions in one sentence: the tagger proposes spans, the gazetteers correct their types and
//! boundaries and add the names the tagger missed, and job titles are split off people's names. The
//! readings live beside this file: `spans.rs` (tagger spans), `titles.rs` (job titles and the people
//! after them), `gazetteer_names.rs` (names the tagger missed); this file runs them and joins the pieces.

use std::ops::Range;

use super::mention::Mention;
use super::organization_context::type_organizations_by_context;
use super::titles::role_coverage;
use crate::contract::EntityType;
use crate::extract::Hints;
use crate::extract::doc::Doc;
use crate::extract::gazetteer::{Gazetteer, PlaceKind};
use crate::extract::tagger::{Casing, Tagger, casing};
use crate::text::{Token, TokenKind};

/// One sentence of a [`Doc`], indexed from 0 as the tagger and the name rules read it. `first` is the
/// document-wide index of `words[0]`.
pub(super) struct SentenceSlice<'t> {
    /// The whole document text, which token offsets point into.
    pub text: &'t str,
    pub words: &'t [&'t str],
    pub tokens: &'t [Token],
    pub first: usize,
}

impl<'t> SentenceSlice<'t> {
    pub fn new(doc: &'t Doc, sentence: Range<usize>) -> Self {
        Self {
            text: doc.text,
            words: &doc.words[sentence.clone()],
            tokens: &doc.tokens[sentence.clone()],
            first: sentence.start,
        }
    }
}

/// The last words of the names of buildings and venues, which are places even when they act
/// ("the White House said"). Sorted, for binary search.
const FACILITIES: [&str; 21] = [
    "Airport",
    "Arena",
    "Bridge",
    "Building",
    "Castle",
    "Cathedral",
    "Center",
    "Centre",
    "Hall",
    "Hotel",
    "House",
    "Mosque",
    "Palace",
    "Park",
    "Plaza",
    "Square",
    "Stadium",
    "Station",
    "Temple",
    "Tower",
    "Towers",
];

/// The mentions of every sentence of the document, in order, without overlaps.
pub(crate) fn find_mentions<'g>(gazetteer: &'g Gazetteer, tagger: &Tagger, doc: &Doc) -> Vec<Mention<'g>> {
    let slices: Vec<SentenceSlice> =
        doc.sentences.iter().map(|sentence| SentenceSlice::new(doc, sentence.clone())).collect();
    // The tagger reads the whole document at once: its second pass sees the first one's labels.
    let hints: Vec<Vec<Hints>> = slices.iter().map(|slice| gazetteer.hints(slice.words)).collect();
    let sentences: Vec<(&[&str], &[Hints])> =
        slices.iter().zip(&hints).map(|(slice, hints)| (slice.words, hints.as_slice())).collect();
    let mut mentions = Vec::new();
    for (slice, names) in slices.iter().zip(tagger.tag_document(&sentences)) {
        mentions.extend(sentence_mentions(gazetteer, names, slice));
    }
    type_organizations_by_context(doc, &mut mentions);
    mentions
}

/// The mentions of one sentence, in order, without overlaps, from the names the tagger found in it.
fn sentence_mentions<'g>(
    gazetteer: &'g Gazetteer,
    tagged: Vec<(Range<usize>, EntityType)>,
    sentence: &SentenceSlice,
) -> Vec<Mention<'g>> {
    let headline = casing(sentence.words) == Casing::Headline;
    let finder = Finder { gazetteer, sentence, roles: role_coverage(gazetteer, sentence), headline };
    let titled = finder.titled_people();
    let dateline = finder.dateline();
    // Within a dateline only its place and a known place after its comma are names ("ZENICA, Bosnia").
    let outside_dateline = |mention: &Mention| {
        dateline.as_ref().is_none_or(|dateline| !overlap(&dateline.covered, &mention.tokens) || mention.place.is_some())
            && dateline.as_ref().is_none_or(|dateline| !overlap(&dateline.place.tokens, &mention.tokens))
    };
    let mut found: Vec<Mention<'g>> = Vec::new();
    for (range, kind) in tagged {
        if let Some(mention) = finder.refine(range, kind, found.last())
            && !titled.iter().any(|person| overlap(&person.tokens, &mention.tokens))
            && outside_dateline(&mention)
        {
            found.push(mention);
        }
    }
    found.extend(titled.into_iter().filter(|mention| outside_dateline(mention)));
    found.extend(dateline.map(|dateline| dateline.place));
    finder.add_gazetteer_names(&mut found);
    found.sort_by_key(|mention| (mention.tokens.start, std::cmp::Reverse(mention.tokens.end)));
    let mut kept: Vec<Mention<'g>> = Vec::with_capacity(found.len());
    for mention in found {
        match kept.last_mut() {
            Some(last) if last.tokens.end > mention.tokens.start => {}
            Some(last) if finder.adjoin(&last.tokens, &mention.tokens) && may_join(last, &mention) => {
                *last = finder.joined(last, &mention);
            }
            Some(last) if finder.is_place_of_organization(last, &mention) => {
                *last = finder.typed(last.tokens.start..mention.tokens.end, EntityType::Organization, None);
            }
            _ => kept.push(mention),
        }
    }
    for mention in &mut kept {
        mention.tokens = shift(&mention.tokens, sentence.first);
        mention.role = mention.role.as_ref().map(|role| shift(role, sentence.first));
    }
    kept
}

/// A known place or organisation next to a person's name is not part of it ("Russia Sergei
/// Ryabkov" is two names), nor are two known names of one type ("Britain Norway" in a headline),
/// and no name runs on past a few words however many touch.
fn may_join(first: &Mention, second: &Mention) -> bool {
    const LONGEST_JOINED: usize = 8;
    let known = |mention: &Mention| mention.place.is_some() || mention.organization.is_some();
    let person = first.kind == EntityType::Person || second.kind == EntityType::Person;
    let short = second.tokens.end - first.tokens.start <= LONGEST_JOINED;
    let same_known = known(first) && known(second) && first.kind == second.kind;
    short && !same_known && !(person && (known(first) || known(second)))
}

fn overlap(first: &Range<usize>, second: &Range<usize>) -> bool {
    first.start < second.end && second.start < first.end
}

fn shift(range: &Range<usize>, by: usize) -> Range<usize> {
    range.start + by..range.end + by
}

pub(super) struct Finder<'g, 's> {
    pub gazetteer: &'g Gazetteer,
    pub sentence: &'s SentenceSlice<'s>,
    pub roles: Vec<Option<Range<usize>>>,
    /// A Title Case headline, where capitals say little about names.
    pub headline: bool,
}

impl<'g, 's> Finder<'g, 's> {
    /// Settles the type with the gazetteers: a country is a place even when it acts.
    pub(super) fn typed(&self, tokens: Range<usize>, kind: EntityType, role: Option<Range<usize>>) -> Mention<'g> {
        let name = self.text_of(&tokens);
        let place = self.gazetteer.place(name).or_else(|| self.gazetteer.place(&title_cased(name)?));
        let organization = self.gazetteer.organization(name);
        let last_word = self.sentence.words[tokens.end - 1];
        let kind = match (place, organization) {
            (Some(place), _) if place.kind != PlaceKind::City => EntityType::Place,
            _ if kind != EntityType::Person && FACILITIES.binary_search(&last_word).is_ok() => EntityType::Place,
            // "Saudi Gazette": a name that ends with an organisation word names one.
            (None, None) if kind == EntityType::Place && self.gazetteer.is_org_cue(last_word) => {
                EntityType::Organization
            }
            (_, Some(_)) => EntityType::Organization,
            _ => kind,
        };
        let place = place.filter(|_| kind == EntityType::Place);
        let organization = organization.filter(|_| kind == EntityType::Organization);
        Mention { tokens, kind, place, organization, role, typed_by_context: false }
    }

    /// Whether two mentions touch with one space between them: the tagger split one name in two
    /// ("[Hamdullah] [Mohib]", "[United States] [Navy]").
    fn adjoin(&self, first: &Range<usize>, second: &Range<usize>) -> bool {
        let next = &self.sentence.tokens[second.start];
        first.end == second.start && !next.newline_before
    }

    /// One mention of two that touch. A person's name part makes a person, unless an organisation
    /// word ends the name; otherwise the name's head, its last part, decides, except that a trailing
    /// place qualifies an organisation ("Hitwise UK").
    fn joined(&self, first: &Mention<'g>, second: &Mention<'g>) -> Mention<'g> {
        use EntityType::{Organization, Person, Place};
        let last_word = self.sentence.words[second.tokens.end - 1];
        let kind = match (first.kind, second.kind) {
            (Person, _) | (_, Person) if !self.gazetteer.is_org_cue(last_word) => Person,
            (Organization, Place) => Organization,
            (_, last) => last,
        };
        self.typed(first.tokens.start..second.tokens.end, kind, first.role.clone())
    }

    /// "Ministry of Defense" + "of the Russian Federation": the place completes the name of an
    /// organisation that starts with an organisation word.
    fn is_place_of_organization(&self, organization: &Mention, place: &Mention) -> bool {
        let words = self.sentence.words;
        let between = &words[organization.tokens.end..place.tokens.start];
        organization.kind == EntityType::Organization
            && place.kind == EntityType::Place
            && self.gazetteer.is_org_cue(words[organization.tokens.start])
            && matches!(between, ["of"] | ["of", "the"])
    }

    pub(super) fn is_name_token(&self, index: usize) -> bool {
        matches!(self.sentence.tokens[index].kind, TokenKind::Word | TokenKind::Number)
    }

    pub(super) fn text_of(&self, tokens: &Range<usize>) -> &'s str {
        let tokens = &self.sentence.tokens[tokens.clone()];
        &self.sentence.text[tokens[0].start..tokens[tokens.len() - 1].end]
    }
}

/// A name written in capitals ("NAIROBI", "NEW YORK") as the gazetteers spell it ("Nairobi", "New
/// York"); `None` for anything else, and for acronyms too short to be words.
pub(super) fn title_cased(name: &str) -> Option<String> {
    let capitals = name.chars().filter(|c| c.is_alphabetic()).count() > 2 && !name.chars().any(char::is_lowercase);
    let mut title_cased = String::with_capacity(name.len());
    let mut word_start = true;
    for c in name.chars() {
        if word_start {
            title_cased.push(c);
        } else {
            title_cased.extend(c.to_lowercase());
        }
        word_start = !c.is_alphabetic();
    }
    capitals.then_some(title_cased)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn facilities_are_sorted_for_binary_search() {
        assert!(FACILITIES.windows(2).all(|pair| pair[0] < pair[1]), "{FACILITIES:?}");
    }

    #[test]
    fn names_in_capitals_are_title_cased_for_the_gazetteers() {
        assert_eq!(title_cased("NAIROBI").as_deref(), Some("Nairobi"));
        assert_eq!(title_cased("NEW YORK").as_deref(), Some("New York"));
        assert_eq!(title_cased("Geneva"), None);
        assert_eq!(title_cased("UN"), None, "too short to be a word");
    }
}
