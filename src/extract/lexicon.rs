//! The closed word classes that the passes read, each written once, in lower case. A pass that reads a
//! narrower or a different list names it here, beside its class, and says why. Where a pass's list was
//! replaced by its class, the extractions of every shared article stayed byte-identical; where that
//! changed them, the pass keeps its own list here, as the scorer, not a refactoring, should decide it.

/// Whether `word` is one of `words`, ignoring ASCII case.
pub(crate) fn is_one_of(word: &str, words: &[&str]) -> bool {
    words.iter().any(|listed| listed.eq_ignore_ascii_case(word))
}

pub(crate) const ARTICLES: [&str; 3] = ["the", "a", "an"];

/// Words that open a noun phrase and never a name: articles, demonstratives, possessives, quantifiers.
pub(crate) const DETERMINERS: [&str; 19] = [
    "the", "a", "an", "this", "these", "those", "that", "my", "your", "his", "her", "its", "our", "their", "some",
    "any", "each", "every", "no",
];

/// The determiners that open a phrase naming a source ("the ministry", "its spokesman"), and "one" ("one
/// official said"). Narrower than [`DETERMINERS`]: with "my", "your" and "each", transcripts gave sources
/// such as "my jersey" and "each side will attack them".
pub(crate) const SOURCE_DETERMINERS: [&str; 13] =
    ["the", "a", "an", "this", "these", "those", "its", "his", "her", "their", "our", "one", "some"];

/// Determiners with which a sentence points back at the one before ("This was stated by …"); "those" is
/// not among them.
pub(crate) const POINTING_BACK: [&str; 4] = ["this", "that", "these", "such"];

/// Personal pronouns that name a source: subjects, and objects after "according to" ("according to him").
pub(crate) const SOURCE_PRONOUNS: [&str; 8] = ["he", "she", "they", "it", "we", "i", "him", "them"];

/// Pronouns that stand for a person only ("according to him" included): "it", "they" and "we" are often an
/// organisation.
pub(crate) const PERSON_PRONOUNS: [&str; 4] = ["he", "she", "i", "him"];

/// Relative pronouns that open a clause describing a source: "The companies, *which* employ 4,000 people,
/// said".
pub(crate) const RELATIVE_PRONOUNS: [&str; 3] = ["which", "who", "whose"];

/// "I" and "we" outside quotation marks are an interview's transcript, not the article's report.
pub(crate) const FIRST_PERSON_PRONOUNS: [&str; 2] = ["i", "we"];

pub(crate) const MODALS: [&str; 9] = ["will", "would", "could", "may", "might", "should", "must", "shall", "can"];

pub(crate) const BE_FORMS: [&str; 7] = ["be", "being", "been", "is", "are", "was", "were"];

pub(crate) const HAVE_FORMS: [&str; 3] = ["has", "have", "had"];

pub(crate) const PREPOSITIONS: [&str; 14] =
    ["in", "on", "at", "to", "with", "during", "after", "before", "for", "about", "from", "by", "ahead", "of"];

pub(crate) const CONJUNCTIONS: [&str; 7] = ["and", "but", "or", "because", "while", "when", "so"];

/// Conjunctions that set one clause against another: "…, but the agency reported …".
pub(crate) const CONTRASTS: [&str; 3] = ["but", "while", "whereas"];

/// Personal objects that follow a verb as its object, not as the start of a clause: "confirmed *him*".
/// Not "her" (also a possessive: "praised her plan") nor "it" (often a clause's subject).
pub(crate) const PERSONAL_OBJECTS: [&str; 4] = ["him", "them", "me", "us"];

/// The prepositions that open a participle's place or medium: "writing *in* a blog post", "posting *on*
/// X". Narrower than [`PREPOSITIONS`]: "with" or "about" after a participle open what is said.
pub(crate) const PLACE_OR_MEDIUM: [&str; 5] = ["in", "on", "at", "via", "from"];

/// Words that never stand inside the noun phrase of a listener ("told *the local station* that…"): its
/// end is where the heard clause starts. Wider than [`PREPOSITIONS`]: "that", "as", "via", "over",
/// "through", "and" and "or" end it too.
pub(crate) const NOT_IN_LISTENER: [&str; 20] = [
    "of", "in", "on", "at", "to", "for", "with", "about", "from", "by", "as", "that", "via", "after", "before",
    "during", "over", "through", "and", "or",
];

/// Words before "according to X" that leave their clause open, so that the report attaches to what
/// follows ("which, according to AFP, …"). Unlike [`CONJUNCTIONS`], not "when": in "Friday was when,
/// according to the plans, …" the whole sentence is the report.
pub(crate) const CLAUSE_OPENERS: [&str; 7] = ["which", "that", "but", "and", "while", "because", "so"];

/// Before a name, these make it the complement of another ("ABC of Australia", "the spokeswoman of the
/// ministry Maria Zakharova"), so it is not the head that speaks. Narrower than [`PREPOSITIONS`]: "by",
/// "with" or "to" before a name do not make it a complement; "of" is read with its head by the speaker
/// pass ("Suman Haripriya of the assembly said" gives the person).
pub(crate) const COMPLEMENT_PREPOSITIONS: [&str; 3] = ["from", "at", "in"];

/// Lowercase words that stand inside a name between its capitalised words ("Museum *of* Flight", "Bank
/// *for* International Settlements", "Procter *and* Gamble"), so never at its end.
pub(crate) const NAME_CONNECTORS: [&str; 5] = ["of", "for", "and", "de", "the"];

/// After a job title, these lead to the employer ("minister of", "director for", "professor at").
pub(crate) const EMPLOYER_PREPOSITIONS: [&str; 3] = ["of", "for", "at"];

/// After a meeting word, these lead to its participants ("talks with", "a summit between").
pub(crate) const PARTNER_PREPOSITIONS: [&str; 2] = ["with", "between"];

/// Prepositions, conjunctions and relative words that end a noun phrase naming a source, matched with their
/// case. Unlike [`PREPOSITIONS`], "of" is absent: it stays inside a source ("the head of the agency said").
pub(crate) const SOURCE_PHRASE_ENDS: [&str; 23] = [
    "in", "on", "and", "at", "to", "for", "with", "from", "by", "as", "that", "which", "who", "when", "while", "after",
    "before", "during", "but", "or", "if", "because", "than",
];

/// Words a Title Case headline leaves in lower case, matched with their case. The tagger's model was
/// trained with exactly this list (training writes sentences as headlines), so it changes only with a
/// retrained `data/tagger.bin`.
pub(crate) const HEADLINE_SMALL_WORDS: [&str; 22] = [
    "a", "an", "the", "and", "but", "or", "nor", "for", "of", "in", "on", "at", "to", "by", "as", "up", "via", "from",
    "with", "into", "over", "after",
];
