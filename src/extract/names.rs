//! Name mentions in one sentence: the tagger proposes spans, the gazetteers correct their types and
//! boundaries and add the names the tagger missed, and job titles are split off people's names.

use std::ops::Range;

use super::EntityType;
use super::gazetteer::{Gazetteer, Organization, Place, PlaceKind};
use super::tagger::{Casing, casing};
use crate::text::{Token, TokenKind};

/// The tokens of one sentence. `first` is the document-wide index of `words[0]`.
pub(crate) struct SentenceTokens<'t> {
    /// The whole document text, which token offsets point into.
    pub text: &'t str,
    pub words: &'t [&'t str],
    pub tokens: &'t [Token],
    pub first: usize,
}

/// A name in the text, with what the gazetteers know about it. Token ranges are document-wide.
#[derive(Debug, Clone)]
pub(crate) struct Mention<'g> {
    pub tokens: Range<usize>,
    pub kind: EntityType,
    pub place: Option<&'g Place>,
    pub organization: Option<&'g Organization>,
    /// A job title written right before a person's name ("Deputy Foreign Minister").
    pub role: Option<Range<usize>>,
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

/// Capitalised words that open a sentence or a phrase but never a name ("This Court", "No Coalition").
/// Sorted, for binary search.
const DETERMINERS: [&str; 19] = [
    "A", "An", "Any", "Each", "Every", "Her", "His", "Its", "My", "No", "Our", "Some", "That", "The", "Their", "These",
    "This", "Those", "Your",
];

/// Places that the gazetteer may name on its own, without the tagger: smaller towns share their
/// names with too many people and things.
const GAZETTEER_CITY_POPULATION: u64 = 100_000;

/// The mentions of one sentence, in order, without overlaps, from the names the tagger found in it.
pub(crate) fn find_mentions<'g>(
    gazetteer: &'g Gazetteer,
    tagged: Vec<(Range<usize>, EntityType)>,
    sentence: &SentenceTokens,
) -> Vec<Mention<'g>> {
    let headline = casing(sentence.words) == Casing::Headline;
    let finder = Finder { gazetteer, sentence, roles: role_coverage(gazetteer, sentence), headline };
    let titled = finder.titled_people();
    let mut found: Vec<Mention<'g>> = Vec::new();
    for (range, kind) in tagged {
        if let Some(mention) = finder.refine(range, kind, found.last())
            && !titled.iter().any(|person| overlap(&person.tokens, &mention.tokens))
        {
            found.push(mention);
        }
    }
    found.extend(titled);
    finder.add_gazetteer_names(&mut found);
    found.sort_by_key(|mention| (mention.tokens.start, std::cmp::Reverse(mention.tokens.end)));
    let mut kept: Vec<Mention<'g>> = Vec::with_capacity(found.len());
    for mention in found {
        match kept.last_mut() {
            Some(last) if last.tokens.end > mention.tokens.start => {}
            Some(last) if finder.adjoin(&last.tokens, &mention.tokens) && finder.may_join(last, &mention) => {
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

fn overlap(first: &Range<usize>, second: &Range<usize>) -> bool {
    first.start < second.end && second.start < first.end
}

fn shift(range: &Range<usize>, by: usize) -> Range<usize> {
    range.start + by..range.end + by
}

/// Marks the tokens that belong to a job title, longest match first. A capitalised title takes
/// the capitalised words before it that qualify the office ("Environment Secretary", "Fisheries
/// Minister"), but not a country, a nationality or an organisation ("British", "State Department").
fn role_coverage(gazetteer: &Gazetteer, sentence: &SentenceTokens) -> Vec<Option<Range<usize>>> {
    const LONGEST_QUALIFIER: usize = 3;
    let words = sentence.words;
    let qualifies = |index: usize| {
        let word = words[index];
        sentence.tokens[index].kind == TokenKind::Word
            && word.starts_with(char::is_uppercase)
            && !word.ends_with('.')
            && gazetteer.demonym(word).is_none()
            && !gazetteer.is_org_cue(word)
            && gazetteer.place_at(words, index).is_none()
            && gazetteer.organization_at(words, index).is_none()
    };
    let mut coverage: Vec<Option<Range<usize>>> = vec![None; words.len()];
    let mut index = 0;
    while index < words.len() {
        let Some(length) = gazetteer.role_at(words, index) else {
            index += 1;
            continue;
        };
        let mut start = index;
        if words[index].starts_with(char::is_uppercase) {
            while start > 0
                && index - start < LONGEST_QUALIFIER
                && coverage[start - 1].is_none()
                && qualifies(start - 1)
            {
                start -= 1;
            }
        }
        let role = start..index + length;
        coverage[role.clone()].fill(Some(role.clone()));
        index += length;
    }
    coverage
}

struct Finder<'g, 's> {
    gazetteer: &'g Gazetteer,
    sentence: &'s SentenceTokens<'s>,
    roles: Vec<Option<Range<usize>>>,
    /// A Title Case headline, where capitals say little about names.
    headline: bool,
}

impl<'g, 's> Finder<'g, 's> {
    /// Fixes a tagged span's edges and type, or drops it when it is not a name for us.
    fn refine(&self, range: Range<usize>, kind: EntityType, previous: Option<&Mention>) -> Option<Mention<'g>> {
        let words = self.sentence.words;
        let Range { mut start, mut end } = range;
        while start < end && (!self.is_name_token(start) || words[start].eq_ignore_ascii_case("the")) {
            start += 1;
        }
        while end > start && !self.is_name_token(end - 1) {
            end -= 1;
        }
        let mut role = None;
        // "Secretary of State Anthony Blinken": the title is a role, not part of a person's name; and a
        // name never starts inside a title ("State" in "Secretary of State").
        while let Some(title) = self.roles.get(start).cloned().flatten()
            && (kind == EntityType::Person || title.start < start)
        {
            if title.end >= end {
                return None;
            }
            start = title.end;
            role = Some(title);
        }
        if kind == EntityType::Person {
            role = role.or_else(|| self.role_before(start));
        } else {
            role = None;
            // "[British Environment] Secretary": a title ends no organisation's or place's name.
            while end > start
                && let Some(title) = &self.roles[end - 1]
            {
                end = title.start.max(start);
            }
        }
        // Names have a few words; a tagger span of dozens is a run-away, not a name.
        const LONGEST_NAME: usize = 12;
        if start >= end || end - start > LONGEST_NAME || !starts_like_a_name(words[start]) {
            return None;
        }
        if end - start == 1 && self.is_not_a_name_alone(words[start]) {
            return None;
        }
        if kind == EntityType::Organization && start > 0 && self.gazetteer.demonym(words[start - 1]).is_some() {
            // "Russian Foreign Ministry": the adjective belongs to the organisation's name.
            let adjective_taken = previous.is_some_and(|mention| mention.tokens.end > start - 1);
            if !adjective_taken {
                start -= 1;
            }
        }
        Some(self.typed(start..end, kind, role))
    }

    /// An adjective alone ("Russian officials") or a group ("Afghans") is not an entity, nor are two
    /// capitals that no gazetteer knows ("QC" after a lawyer's name).
    fn is_not_a_name_alone(&self, word: &str) -> bool {
        let unknown_initials = word.len() <= 2
            && word.chars().all(|c| c.is_ascii_uppercase())
            && self.gazetteer.place(word).is_none()
            && self.gazetteer.organization(word).is_none();
        unknown_initials || self.gazetteer.demonym(word).is_some()
    }

    /// Settles the type with the gazetteers: a country is a place even when it acts.
    fn typed(&self, tokens: Range<usize>, kind: EntityType, role: Option<Range<usize>>) -> Mention<'g> {
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
        Mention { tokens, kind, place, organization, role }
    }

    /// People named right after their job title, a reading more reliable than the tagger's: "Deputy
    /// Foreign Minister of Russia Sergei Ryabkov", "spokeswoman Maria Zakharova", "President Trump".
    /// The title may be qualified by places and further titles ("press secretary of the President
    /// of the Russian Federation Dmitry Peskov").
    fn titled_people(&self) -> Vec<Mention<'g>> {
        let words = self.sentence.words;
        let mut people = Vec::new();
        let mut index = 0;
        while index < words.len() {
            let Some(title) = self.roles[index].clone() else {
                index += 1;
                continue;
            };
            let mut role = title.clone();
            let mut name_start = title.end;
            while words.get(name_start) == Some(&"of") {
                let mut next = name_start + 1;
                if words.get(next).is_some_and(|word| word.eq_ignore_ascii_case("the")) {
                    next += 1;
                }
                if let Some((length, _)) = self.gazetteer.place_at(words, next) {
                    name_start = next + length;
                } else if let Some(further) = self.roles.get(next).cloned().flatten().filter(|r| r.start == next) {
                    role.end = further.end;
                    name_start = further.end;
                } else {
                    break;
                }
            }
            let name_end = self.name_run_end(name_start);
            let single_after_capitalised_title = name_end == name_start + 1 && starts_like_a_name(words[title.start]);
            if name_end >= name_start + 2 || single_after_capitalised_title {
                people.push(self.typed(name_start..name_end, EntityType::Person, Some(role)));
            }
            index = name_end.max(title.end);
        }
        people
    }

    /// Where a run of up to four capitalised words that can be a person's name ends.
    fn name_run_end(&self, start: usize) -> usize {
        const LONGEST_NAME: usize = 4;
        let words = self.sentence.words;
        let mut end = start;
        while end < words.len()
            && end - start < LONGEST_NAME
            && self.is_name_token(end)
            && starts_like_a_name(words[end])
            && self.roles[end].is_none()
            && !self.gazetteer.is_org_cue(words[end])
            && self.gazetteer.place_at(words, end).is_none()
            && self.gazetteer.organization_at(words, end).is_none()
            && self.gazetteer.demonym(words[end]).is_none()
        {
            end += 1;
        }
        end
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

    /// A known place or organisation next to a person's name is not part of it ("Russia Sergei
    /// Ryabkov" is two names), nor are two known names of one type ("Britain Norway" in a headline),
    /// and no name runs on past a few words however many touch.
    fn may_join(&self, first: &Mention<'g>, second: &Mention<'g>) -> bool {
        const LONGEST_JOINED: usize = 8;
        let known = |mention: &Mention| mention.place.is_some() || mention.organization.is_some();
        let person = first.kind == EntityType::Person || second.kind == EntityType::Person;
        let short = second.tokens.end - first.tokens.start <= LONGEST_JOINED;
        let same_known = known(first) && known(second) && first.kind == second.kind;
        short && !same_known && !(person && (known(first) || known(second)))
    }

    /// The job title that ends right where a name starts, if any.
    fn role_before(&self, start: usize) -> Option<Range<usize>> {
        let title = self.roles.get(start.checked_sub(1)?)?.clone()?;
        (title.end == start).then_some(title)
    }

    /// Known places and organisations that the tagger left out.
    fn add_gazetteer_names(&self, found: &mut Vec<Mention<'g>>) {
        let words = self.sentence.words;
        let mut taken = vec![false; words.len()];
        for mention in found.iter() {
            taken[mention.tokens.clone()].fill(true);
        }
        let mut index = 0;
        while index < words.len() {
            let candidate = self.gazetteer_name_at(index);
            match candidate {
                Some(mention)
                    if !taken[mention.tokens.clone()].contains(&true) && self.stands_alone(&mention.tokens) =>
                {
                    index = mention.tokens.end;
                    found.push(mention);
                }
                _ => index += 1,
            }
        }
    }

    fn gazetteer_name_at(&self, index: usize) -> Option<Mention<'g>> {
        let words = self.sentence.words;
        if !starts_like_a_name(words[index]) || self.roles[index].is_some() {
            return None;
        }
        if let Some((length, organization)) = self.gazetteer.organization_at(words, index) {
            return Some(Mention {
                tokens: index..index + length,
                kind: EntityType::Organization,
                place: None,
                organization: Some(organization),
                role: None,
            });
        }
        if let Some(organization) = self.cue_ended_name_at(index) {
            return Some(organization);
        }
        if let Some(place) = self.dateline_place(index) {
            return Some(Mention {
                tokens: index..index + 1,
                kind: EntityType::Place,
                place: Some(place),
                organization: None,
                role: None,
            });
        }
        let (length, place) = self.gazetteer.place_at(words, index)?;
        let well_known = place.kind != PlaceKind::City || place.population >= GAZETTEER_CITY_POPULATION;
        well_known.then(|| Mention {
            tokens: index..index + length,
            kind: EntityType::Place,
            place: Some(place),
            organization: None,
            role: None,
        })
    }

    /// A run of capitalised words that ends with an organisation word names an organisation ("the
    /// National Hurricane Center said"), outside Title Case headlines (as the tagger tells them),
    /// where every word is capitalised.
    fn cue_ended_name_at(&self, index: usize) -> Option<Mention<'g>> {
        const LONGEST_RUN: usize = 6;
        let words = self.sentence.words;
        let capitalised = |at: usize| self.is_name_token(at) && words[at].starts_with(char::is_uppercase);
        if DETERMINERS.binary_search(&words[index]).is_ok() || self.headline {
            return None;
        }
        let mut end = index;
        while end < words.len() && end - index < LONGEST_RUN && capitalised(end) && self.roles[end].is_none() {
            end += 1;
        }
        let named = end - index >= 2 && self.gazetteer.is_org_cue(words[end - 1]);
        named.then(|| self.typed(index..end, EntityType::Organization, None))
    }

    /// The place of a dateline, written in capitals at the start of a paragraph before a dash or a
    /// comma ("GENEVA — Delegations…").
    fn dateline_place(&self, index: usize) -> Option<&'g Place> {
        let (word, token) = (self.sentence.words[index], &self.sentence.tokens[index]);
        let next = self.sentence.tokens.get(index + 1)?;
        let before_dash_or_comma =
            next.kind == TokenKind::Dash || (next.kind == TokenKind::Punct && self.sentence.words[index + 1] == ",");
        if !(token.newline_before && before_dash_or_comma) {
            return None;
        }
        self.gazetteer.place(&title_cased(word)?)
    }

    /// A gazetteer name inside a longer capitalised name ("New York Times", "Georgia Tech") is not
    /// a mention of the place.
    fn stands_alone(&self, tokens: &Range<usize>) -> bool {
        let words = self.sentence.words;
        let capitalised = |index: usize| self.is_name_token(index) && starts_like_a_name(words[index]);
        let before = tokens.start > 0 && capitalised(tokens.start - 1) && !self.sentence_start(tokens.start - 1);
        let after = tokens.end < words.len() && capitalised(tokens.end);
        !before && !after
    }

    /// Whether a token opens its sentence, perhaps after opening quotes.
    fn sentence_start(&self, index: usize) -> bool {
        self.sentence.tokens[..index].iter().all(|token| token.kind != TokenKind::Word)
    }

    fn is_name_token(&self, index: usize) -> bool {
        matches!(self.sentence.tokens[index].kind, TokenKind::Word | TokenKind::Number)
    }

    fn text_of(&self, tokens: &Range<usize>) -> &'s str {
        let tokens = &self.sentence.tokens[tokens.clone()];
        &self.sentence.text[tokens[0].start..tokens[tokens.len() - 1].end]
    }
}

/// A name written in capitals ("NAIROBI", "NEW YORK") as the gazetteers spell it ("Nairobi", "New
/// York"); `None` for anything else, and for acronyms too short to be words.
fn title_cased(name: &str) -> Option<String> {
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

/// Names start with a capital letter, a digit, or a letter of a script without case; a lowercase
/// particle is allowed when a capital follows its hyphen ("al-Amr").
pub(crate) fn starts_like_a_name(word: &str) -> bool {
    let mut chars = word.chars();
    match chars.next() {
        Some(first) if first.is_lowercase() => {
            word.split_once('-').is_some_and(|(_, rest)| rest.starts_with(char::is_uppercase))
        }
        Some(first) => first.is_alphanumeric(),
        None => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn word_lists_are_sorted_for_binary_search() {
        assert!(FACILITIES.windows(2).all(|pair| pair[0] < pair[1]), "{FACILITIES:?}");
        assert!(DETERMINERS.windows(2).all(|pair| pair[0] < pair[1]), "{DETERMINERS:?}");
    }

    #[test]
    fn capitalised_words_ending_with_an_organisation_word_name_an_organisation() {
        let found = |text: &str, index: usize| {
            let tokens = crate::text::tokenize(text);
            let words: Vec<&str> = tokens.iter().map(|token| token.text(text)).collect();
            let sentence = SentenceTokens { text, words: &words, tokens: &tokens, first: 0 };
            let gazetteer = Gazetteer::get();
            let roles = role_coverage(gazetteer, &sentence);
            let headline = casing(&words) == Casing::Headline;
            let finder = Finder { gazetteer, sentence: &sentence, roles, headline };
            finder.cue_ended_name_at(index).map(|mention| (mention.tokens, mention.kind))
        };
        let text = "officials of the Tidewater Flood Agency said the river would rise";
        assert_eq!(found(text, 3), Some((3..6, EntityType::Organization)));
        assert_eq!(found(text, 2), None, "a determiner starts no name");
        assert_eq!(found("This Court ruled on the appeal of the farmers today", 0), None);
        assert_eq!(found("Officials Of The Tidewater Flood Agency Said River Would Rise", 3), None, "a headline");
    }

    #[test]
    fn names_in_capitals_are_title_cased_for_the_gazetteers() {
        assert_eq!(title_cased("NAIROBI").as_deref(), Some("Nairobi"));
        assert_eq!(title_cased("NEW YORK").as_deref(), Some("New York"));
        assert_eq!(title_cased("Geneva"), None);
        assert_eq!(title_cased("UN"), None, "too short to be a word");
    }

    #[test]
    fn names_start_with_a_capital_or_a_particle_before_one() {
        assert!(starts_like_a_name("Geneva"));
        assert!(starts_like_a_name("al-Amr"));
        assert!(starts_like_a_name("2022"));
        assert!(!starts_like_a_name("officials"));
        assert!(!starts_like_a_name("“"));
    }
}
