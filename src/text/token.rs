//! Splits text into words, numbers, quotes and punctuation in one pass, Penn-Treebank style.
//!
//! Decisions a caller may rely on:
//! - A token that mixes digits and letters is a `Word`: ordinals (10th, 21st), times (6am), "30-year-old".
//!   A `Number` holds only digits with inner separators: 2022, 1,000, 3.5, 7:45, 2022-01-09.
//! - Hyphens and underscores between letters or digits stay inside the token: Cheuk-yan, user_name.
//! - Contractions split where a Penn-trained tagger expects them: "don't" → "do" "n't", "can't" → "ca" "n't",
//!   "we're" → "we" "'re". Every "'s" is a `Possessive`, also the verb of "it's".
//! - An apostrophe between letters that starts no contraction stays inside the word: O'Brien, Qur'an,
//!   rock'n'roll. A leading apostrophe ('90s) reads as an opening quote.
//! - ’ behaves exactly like ', both as apostrophe and as quote.

use super::abbreviation::is_abbreviation;
use super::link::LinkFinder;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Token {
    /// Byte offset into the text.
    pub start: usize,
    /// Byte offset, exclusive.
    pub end: usize,
    pub kind: TokenKind,
    /// Whitespace, or the start of the text, right before this token.
    pub space_before: bool,
    /// A line break between the previous token and this one; true for the first token.
    pub newline_before: bool,
}

impl Token {
    pub fn text<'a>(&self, text: &'a str) -> &'a str {
        &text[self.start..self.end]
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum TokenKind {
    /// Letters of any script, possibly with digits, inner hyphens, name apostrophes and abbreviation periods.
    Word,
    /// Digits with inner `,` `.` `:` or `-` separators: 1,000 3.5 7:45 2022-01-09.
    Number,
    /// The "'s" of "Russia's", or the lone apostrophe of "ministers'".
    Possessive,
    OpenQuote,
    CloseQuote,
    /// – — ― or a run of hyphens, and a hyphen standing alone between spaces.
    Dash,
    /// Any other mark, one token each, except that a run of periods ("...") is one token.
    Punct,
}

pub fn tokenize(text: &str) -> Vec<Token> {
    Tokenizer {
        text,
        tokens: Vec::with_capacity(text.len() / 5),
        open_single_quotes: 0,
        open_double_quotes: 0,
        links: LinkFinder::default(),
    }
    .run()
}

/// Endings split off a word at its apostrophe; "n't" is handled apart since it takes the letter before.
const CONTRACTIONS: [&str; 6] = ["d", "ll", "m", "re", "s", "ve"];

/// What a period right after letters or digits is to the word.
enum PeriodRole {
    /// Inside the word, which goes on: "U.S" of "U.S.", "Amazon.com"; `acronym` when single letters alternate
    /// with periods.
    Inner { acronym: bool },
    /// The word's last char: "Mr.", "J.", the final period of "U.S.".
    Final,
    /// A token of its own.
    Apart,
}

struct Tokenizer<'a> {
    text: &'a str,
    tokens: Vec<Token>,
    /// Quotes opened and not yet closed on this line: they tell a closing ’ from a plural possessive,
    /// and settle the direction of a straight quote with spaces on both sides.
    open_single_quotes: u32,
    open_double_quotes: u32,
    links: LinkFinder,
}

impl Tokenizer<'_> {
    fn run(mut self) -> Vec<Token> {
        let mut pos = 0;
        let mut space_before = true;
        let mut newline_before = true;
        while let Some(c) = char_at(self.text, pos) {
            if is_separator(c) {
                if is_line_break(c) {
                    newline_before = true;
                    // Quotes rarely span paragraphs, and an unclosed one must not skew the rest of the text.
                    self.open_single_quotes = 0;
                    self.open_double_quotes = 0;
                }
                space_before = true;
                pos += c.len_utf8();
                continue;
            }
            let (end, kind) = self.scan(pos, c, space_before);
            self.tokens.push(Token { start: pos, end, kind, space_before, newline_before });
            pos = end;
            space_before = false;
            newline_before = false;
        }
        self.tokens
    }

    /// The end and kind of the token starting with `c` at `pos`.
    fn scan(&mut self, pos: usize, c: char, space_before: bool) -> (usize, TokenKind) {
        let after = pos + c.len_utf8();
        match c {
            _ if is_word_char(c) => self.scan_word(pos),
            '\'' | '’' => self.scan_apostrophe(c, after, space_before),
            '"' | '“' | '”' | '‘' | '„' | '‚' | '«' | '»' | '‹' | '›' => {
                (after, self.quote_kind(c, after, space_before))
            }
            '–' | '—' | '―' => (self.run_end(after, |c| matches!(c, '–' | '—' | '―')), TokenKind::Dash),
            '-' | '\u{2010}' | '\u{2011}' => self.scan_hyphen(after, space_before),
            '.' => (self.run_end(after, |c| c == '.'), TokenKind::Punct),
            // Marks and selectors stay on the symbol they modify, as on an emoji.
            _ if char_at(self.text, after).is_some_and(is_combining) => {
                (self.run_end(after, is_combining), TokenKind::Punct)
            }
            _ => (after, TokenKind::Punct),
        }
    }

    fn scan_word(&mut self, start: usize) -> (usize, TokenKind) {
        if let Some(end) = self.links.link_end(self.text, start) {
            return (end, TokenKind::Word);
        }
        let text = self.text;
        let mut pos = start;
        let mut segment_start = start;
        let mut has_letter = false;
        // Whether the word so far is single letters joined by periods, as in "U.S".
        let mut dotted = false;
        loop {
            while let Some(c) = char_at(text, pos)
                && continues_word(c)
            {
                has_letter |= !c.is_numeric();
                pos += c.len_utf8();
            }
            let Some(c) = char_at(text, pos) else { break };
            let after = pos + c.len_utf8();
            let next = char_at(text, after);
            let next_is_word_char = next.is_some_and(is_word_char);
            // Where the word goes on after the mark at `pos`, if it does.
            let resume = match c {
                ',' | '.' | ':'
                    if text.as_bytes()[pos - 1].is_ascii_digit() && next.is_some_and(|n| n.is_ascii_digit()) =>
                {
                    after
                }
                '-' | '\u{2010}' | '\u{2011}' | '_' if next_is_word_char => after,
                '\'' | '’' if next_is_word_char => {
                    let ending = &text[after..self.run_end(after, continues_word)];
                    let n_before = matches!(text.as_bytes()[pos - 1], b'n' | b'N') && pos - 1 > start;
                    if n_before && ending.eq_ignore_ascii_case("t") {
                        pos -= 1;
                        break;
                    }
                    if is_contraction(ending) {
                        break;
                    }
                    after
                }
                '.' => match self.period_role(start, segment_start, pos, dotted) {
                    PeriodRole::Inner { acronym } => {
                        dotted = acronym;
                        after
                    }
                    // "U.S.-backed" goes on past the hyphen.
                    PeriodRole::Final if self.text[after..].starts_with('-') && self.starts_word(after + 1) => {
                        dotted = false;
                        after + 1
                    }
                    PeriodRole::Final => {
                        pos = after;
                        break;
                    }
                    PeriodRole::Apart => break,
                },
                _ => break,
            };
            pos = resume;
            segment_start = pos;
        }
        (pos, if has_letter { TokenKind::Word } else { TokenKind::Number })
    }

    /// What the period at `pos` is to the word that started at `start` and whose last segment (the part after
    /// its last inner mark) starts at `segment_start`; `dotted` tells whether the word so far reads "U.S".
    fn period_role(&self, start: usize, segment_start: usize, pos: usize, dotted: bool) -> PeriodRole {
        let after = pos + 1;
        let next = char_at(self.text, after);
        let segment = &self.text[segment_start..pos];
        if next == Some('.') {
            return PeriodRole::Apart;
        }
        if segment_start == start && is_abbreviation(segment, &self.text[after..]) {
            return PeriodRole::Final;
        }
        if is_single_letter(segment) && (dotted || segment_start == start) {
            let acronym_goes_on =
                next.is_some_and(|next| is_word_char(next) && char_at(self.text, after + next.len_utf8()) == Some('.'));
            if acronym_goes_on {
                return PeriodRole::Inner { acronym: true };
            }
            if dotted || segment.chars().all(char::is_uppercase) {
                return PeriodRole::Final;
            }
        }
        // A period glued to a lowercase letter joins a domain or file name (Amazon.com, index.hu) or a sloppy
        // "a.m"; it rarely separates two sentences.
        if next.is_some_and(|next| next.is_ascii_lowercase()) {
            return PeriodRole::Inner { acronym: false };
        }
        PeriodRole::Apart
    }

    fn starts_word(&self, pos: usize) -> bool {
        char_at(self.text, pos).is_some_and(is_word_char)
    }

    /// An apostrophe not inside a word: the start of a contraction or possessive, or a quote.
    fn scan_apostrophe(&mut self, c: char, after: usize, space_before: bool) -> (usize, TokenKind) {
        let previous = self.tokens.last().filter(|token| matches!(token.kind, TokenKind::Word | TokenKind::Number));
        if let Some(previous) = previous.filter(|_| !space_before) {
            let ending_end = self.run_end(after, continues_word);
            let ending = &self.text[after..ending_end];
            if is_contraction(ending) {
                let kind = if ending.eq_ignore_ascii_case("s") { TokenKind::Possessive } else { TokenKind::Word };
                return (ending_end, kind);
            }
            let plural = previous.text(self.text).ends_with(['s', 'S']);
            if ending.is_empty() && plural && self.open_single_quotes == 0 {
                return (after, TokenKind::Possessive);
            }
        }
        (after, self.quote_kind(c, after, space_before))
    }

    /// Whether the quote `c` ending at `after` opens or closes, judged by what touches it, then by its shape.
    fn quote_kind(&mut self, c: char, after: usize, space_before: bool) -> TokenKind {
        let after_opening = space_before
            || self.tokens.last().is_none_or(|token| {
                matches!(token.kind, TokenKind::OpenQuote | TokenKind::Dash)
                    || matches!(token.text(self.text), "(" | "[" | "{")
            });
        let before_text = char_at(self.text, after).is_some_and(|next| !is_separator(next));
        let single = matches!(c, '\'' | '’' | '‘' | '‚' | '‹' | '›');
        let open_count = if single { &mut self.open_single_quotes } else { &mut self.open_double_quotes };
        let opens = if after_opening && before_text {
            true
        } else if !after_opening {
            false
        } else {
            match c {
                '\'' | '’' | '"' => *open_count == 0,
                _ => matches!(c, '“' | '‘' | '„' | '‚' | '«' | '‹'),
            }
        };
        if opens {
            *open_count += 1;
            TokenKind::OpenQuote
        } else {
            *open_count = open_count.saturating_sub(1);
            TokenKind::CloseQuote
        }
    }

    /// A hyphen not inside a word: a dash when doubled or standing alone between spaces, otherwise a mark.
    fn scan_hyphen(&self, after: usize, space_before: bool) -> (usize, TokenKind) {
        let end = self.run_end(after, |c| c == '-');
        let alone = space_before && char_at(self.text, end).is_none_or(is_separator);
        (end, if end > after || alone { TokenKind::Dash } else { TokenKind::Punct })
    }

    /// The end of the run of chars matching `accept` that starts at `pos`.
    fn run_end(&self, pos: usize, accept: impl Fn(char) -> bool) -> usize {
        self.text[pos..].find(|c| !accept(c)).map_or(self.text.len(), |offset| pos + offset)
    }
}

fn char_at(text: &str, pos: usize) -> Option<char> {
    text[pos..].chars().next()
}

fn is_contraction(ending: &str) -> bool {
    CONTRACTIONS.iter().any(|contraction| contraction.eq_ignore_ascii_case(ending))
}

fn is_single_letter(segment: &str) -> bool {
    let mut chars = segment.chars();
    chars.next().is_some_and(char::is_alphabetic) && chars.next().is_none()
}

/// Letters and digits of any script: the chars a word starts with.
fn is_word_char(c: char) -> bool {
    if c.is_ascii() { c.is_ascii_alphanumeric() } else { c.is_alphanumeric() }
}

/// The chars a word goes on with: letters, digits, and the combining marks and joiners that sit on them.
fn continues_word(c: char) -> bool {
    is_word_char(c) || is_combining(c)
}

/// Combining marks, joiners and variation selectors that Unicode does not count as alphabetic, such as the
/// Devanagari virama or a combining acute accent. Script punctuation in these blocks (danda, sof pasuq) is left
/// out. Approximate by design: the full Unicode table is not worth a dependency here.
fn is_combining(c: char) -> bool {
    matches!(
        c,
        '\u{00ad}'
            | '\u{0300}'..='\u{036f}'
            | '\u{0483}'..='\u{0489}'
            | '\u{0591}'..='\u{05bd}'
            | '\u{05bf}'
            | '\u{05c1}'..='\u{05c2}'
            | '\u{05c4}'..='\u{05c5}'
            | '\u{05c7}'
            | '\u{0610}'..='\u{061a}'
            | '\u{064b}'..='\u{065f}'
            | '\u{0670}'
            | '\u{06d6}'..='\u{06dc}'
            | '\u{06df}'..='\u{06e8}'
            | '\u{06ea}'..='\u{06ed}'
            | '\u{0900}'..='\u{0963}'
            | '\u{0966}'..='\u{0dff}'
            | '\u{0e31}'..='\u{0e3a}'
            | '\u{0e47}'..='\u{0e4e}'
            | '\u{0f18}'..='\u{0fbc}'
            | '\u{1ab0}'..='\u{1aff}'
            | '\u{1dc0}'..='\u{1dff}'
            | '\u{200c}'..='\u{200d}'
            | '\u{20d0}'..='\u{20ff}'
            | '\u{3099}'..='\u{309a}'
            | '\u{fe00}'..='\u{fe0f}'
            | '\u{fe20}'..='\u{fe2f}'
    )
}

/// Whitespace, plus the invisible chars scrapers leave in text: byte-order mark, zero-width space, and the
/// joiners when they stand outside a word (inside one, they belong to it).
fn is_separator(c: char) -> bool {
    c.is_whitespace() || matches!(c, '\u{feff}' | '\u{200b}'..='\u{200d}')
}

fn is_line_break(c: char) -> bool {
    matches!(c, '\n' | '\r' | '\x0b' | '\x0c' | '\u{85}' | '\u{2028}' | '\u{2029}')
}

#[cfg(test)]
mod tests {
    use super::TokenKind::*;
    use super::*;

    fn texts(text: &str) -> Vec<&str> {
        tokenize(text).iter().map(|token| token.text(text)).collect()
    }

    fn kinds(text: &str) -> Vec<(&str, TokenKind)> {
        tokenize(text).iter().map(|token| (token.text(text), token.kind)).collect()
    }

    #[test]
    fn curly_and_straight_quotes_open_and_close() {
        assert_eq!(
            kinds("“Yes,” he said. \"No,\" she said 'twice'."),
            [
                ("“", OpenQuote),
                ("Yes", Word),
                (",", Punct),
                ("”", CloseQuote),
                ("he", Word),
                ("said", Word),
                (".", Punct),
                ("\"", OpenQuote),
                ("No", Word),
                (",", Punct),
                ("\"", CloseQuote),
                ("she", Word),
                ("said", Word),
                ("'", OpenQuote),
                ("twice", Word),
                ("'", CloseQuote),
                (".", Punct),
            ]
        );
    }

    #[test]
    fn nested_and_national_quotes() {
        let nested = [("“", OpenQuote), ("nested", Word), ("‘", OpenQuote), ("quotes", Word)];
        assert_eq!(kinds("“nested ‘quotes’”")[..4], nested);
        assert_eq!(kinds("“nested ‘quotes’”")[4..], [("’", CloseQuote), ("”", CloseQuote)]);
        assert_eq!(kinds("«guillemets»"), [("«", OpenQuote), ("guillemets", Word), ("»", CloseQuote)]);
        assert_eq!(
            kinds("sagte „German“."),
            [("sagte", Word), ("„", OpenQuote), ("German", Word), ("“", CloseQuote), (".", Punct)]
        );
        assert_eq!(
            kinds("‚ja‘ ‹non›"),
            [("‚", OpenQuote), ("ja", Word), ("‘", CloseQuote), ("‹", OpenQuote), ("non", Word), ("›", CloseQuote)]
        );
        // A curly apostrophe opens like a straight one; a straight quote between spaces pairs up.
        assert_eq!(
            kinds("’Tis \" a \""),
            [("’", OpenQuote), ("Tis", Word), ("\"", OpenQuote), ("a", Word), ("\"", CloseQuote)]
        );
    }

    #[test]
    fn possessives_split_off() {
        assert_eq!(kinds("Russia's"), [("Russia", Word), ("'s", Possessive)]);
        assert_eq!(kinds("Russia’s army"), [("Russia", Word), ("’s", Possessive), ("army", Word)]);
        assert_eq!(kinds("the ministers' meeting")[1..3], [("ministers", Word), ("'", Possessive)]);
        assert_eq!(kinds("the ministers’, it")[1..3], [("ministers", Word), ("’", Possessive)]);
        assert_eq!(kinds("the 1990's")[1..], [("1990", Number), ("'s", Possessive)]);
        assert_eq!(kinds("U.S.’s role")[..2], [("U.S.", Word), ("’s", Possessive)]);
        // Inside an open single quote the same apostrophe closes it.
        assert_eq!(kinds("‘the ministers’ view")[3], ("’", CloseQuote));
    }

    #[test]
    fn contractions_split_penn_style() {
        assert_eq!(
            texts("don't we're can't it's I'm they'll you've he'd"),
            ["do", "n't", "we", "'re", "ca", "n't", "it", "'s", "I", "'m", "they", "'ll", "you", "'ve", "he", "'d"]
        );
        assert_eq!(kinds("DON’T"), [("DO", Word), ("N’T", Word)]);
        assert_eq!(kinds("we’re"), [("we", Word), ("’re", Word)]);
    }

    #[test]
    fn name_apostrophes_stay_inside_words() {
        assert_eq!(
            texts("O'Brien D’Souza Côte d'Ivoire rock'n'roll Qur'an"),
            ["O'Brien", "D’Souza", "Côte", "d'Ivoire", "rock'n'roll", "Qur'an"]
        );
    }

    #[test]
    fn abbreviations_and_initials_keep_their_period() {
        assert_eq!(
            texts("Mr. J. Smith met Dr. Jones on Jan. 5 at St. Paul's."),
            ["Mr.", "J.", "Smith", "met", "Dr.", "Jones", "on", "Jan.", "5", "at", "St.", "Paul", "'s", "."]
        );
        assert_eq!(
            texts("Apple Inc. vs. Roe v. Wade, e.g. here, i.e. there, at 6 p.m."),
            [
                "Apple", "Inc.", "vs.", "Roe", "v.", "Wade", ",", "e.g.", "here", ",", "i.e.", "there", ",", "at", "6",
                "p.m."
            ]
        );
        // Ordinary words, lowercase single letters and spelling mistakes keep the period apart.
        assert_eq!(
            texts("the end. plan b. Mr.Smith MR. etc..."),
            ["the", "end", ".", "plan", "b", ".", "Mr.", "Smith", "MR", ".", "etc", "..."]
        );
        assert_eq!(texts("J.R.R. Tolkien U.S.A. J.Smith"), ["J.R.R.", "Tolkien", "U.S.A.", "J.", "Smith"]);
        assert_eq!(texts("No. 7, No. Not"), ["No.", "7", ",", "No", ".", "Not"]);
        assert_eq!(texts("at 4 a.m Amazon.com."), ["at", "4", "a.m", "Amazon.com", "."]);
    }

    #[test]
    fn acronym_keeps_its_period_at_sentence_end_too() {
        assert_eq!(texts("the U.S. Senate"), ["the", "U.S.", "Senate"]);
        assert_eq!(texts("to the U.S."), ["to", "the", "U.S."]);
        assert_eq!(texts("to the U.S.” He"), ["to", "the", "U.S.", "”", "He"]);
        assert_eq!(texts("U.S.-backed D.C.,"), ["U.S.-backed", "D.C.", ","]);
    }

    #[test]
    fn dashes_and_hyphens() {
        assert_eq!(
            kinds("Paris – London—Rome -- Berlin - Bonn ― Kyiv"),
            [
                ("Paris", Word),
                ("–", Dash),
                ("London", Word),
                ("—", Dash),
                ("Rome", Word),
                ("--", Dash),
                ("Berlin", Word),
                ("-", Dash),
                ("Bonn", Word),
                ("―", Dash),
                ("Kyiv", Word),
            ]
        );
        assert_eq!(kinds("-5 pre- and"), [("-", Punct), ("5", Number), ("pre", Word), ("-", Punct), ("and", Word)]);
    }

    #[test]
    fn hyphenated_names_and_compounds_are_one_word() {
        assert_eq!(
            texts("Lee Cheuk-yan, al-Amr, Favre-Bulle, Afghan-American 30-year-old user_name"),
            ["Lee", "Cheuk-yan", ",", "al-Amr", ",", "Favre-Bulle", ",", "Afghan-American", "30-year-old", "user_name"]
        );
        assert_eq!(kinds("30-year-old")[0].1, Word);
    }

    #[test]
    fn numbers_keep_inner_separators_and_ordinals_are_words() {
        assert_eq!(
            kinds("1,000 3.5 2022. $5 40% 10th 21st 7:45 2022-01-09 G7"),
            [
                ("1,000", Number),
                ("3.5", Number),
                ("2022", Number),
                (".", Punct),
                ("$", Punct),
                ("5", Number),
                ("40", Number),
                ("%", Punct),
                ("10th", Word),
                ("21st", Word),
                ("7:45", Number),
                ("2022-01-09", Number),
                ("G7", Word),
            ]
        );
    }

    #[test]
    fn ellipses_and_other_marks() {
        assert_eq!(
            kinds("Wait... what…?! (a/b) & [c];"),
            [
                ("Wait", Word),
                ("...", Punct),
                ("what", Word),
                ("…", Punct),
                ("?", Punct),
                ("!", Punct),
                ("(", Punct),
                ("a", Word),
                ("/", Punct),
                ("b", Word),
                (")", Punct),
                ("&", Punct),
                ("[", Punct),
                ("c", Word),
                ("]", Punct),
                (";", Punct),
            ]
        );
    }

    #[test]
    fn links_and_addresses_are_one_word() {
        assert_eq!(
            texts("See https://example.com/a?b=1. Mail jo.doe@example.org, (www.bbc.co.uk)"),
            ["See", "https://example.com/a?b=1", ".", "Mail", "jo.doe@example.org", ",", "(", "www.bbc.co.uk", ")"]
        );
    }

    #[test]
    fn flags_mark_spaces_and_line_breaks() {
        let text = "Headline here\n\n“First” para.\r\nNext";
        let flags: Vec<_> =
            tokenize(text).iter().map(|token| (token.text(text), token.space_before, token.newline_before)).collect();
        assert_eq!(
            flags,
            [
                ("Headline", true, true),
                ("here", true, false),
                ("“", true, true),
                ("First", false, false),
                ("”", false, false),
                ("para", true, false),
                (".", false, false),
                ("Next", true, true),
            ]
        );
        let first = tokenize("  \u{feff}Hi")[0];
        assert_eq!((first.start, first.space_before, first.newline_before), (5, true, true));
    }

    #[test]
    fn other_scripts() {
        assert_eq!(
            kinds("Пєсков сказав: «Ні»."),
            [
                ("Пєсков", Word),
                ("сказав", Word),
                (":", Punct),
                ("«", OpenQuote),
                ("Ні", Word),
                ("»", CloseQuote),
                (".", Punct)
            ]
        );
        assert_eq!(texts("北京，上海。"), ["北京", "，", "上海", "。"]);
        assert_eq!(texts("Cafe\u{301} مرحبا بكم"), ["Cafe\u{301}", "مرحبا", "بكم"]);
        // The virama is no letter to Unicode, yet belongs inside the word; the danda ends it.
        assert_eq!(texts("नमस्ते। שָׁלוֹם"), ["नमस्ते", "।", "שָׁלוֹם"]);
        assert_eq!(texts("❤\u{fe0f}\u{301}ok"), ["❤\u{fe0f}\u{301}", "ok"]);
        // A joiner outside a word is invisible debris, as scrapers leave it; inside one it stays (Persian).
        assert_eq!(texts(": \u{200d}Свою می\u{200c}خواهم"), [":", "Свою", "می\u{200c}خواهم"]);
    }

    #[test]
    fn tokens_are_ordered_disjoint_on_char_boundaries_and_cover_all_but_space() {
        let samples = [
            "",
            "   ",
            "\n\n",
            " date 2022-01-09 Talks open in Geneva\n\nThe U.S. said “no.”",
            "'''\"\"\"’’’‘‘‘",
            "a-'b'-c -- - — ---",
            "x'",
            "'s",
            "n't",
            "don'",
            "ab.c.d.",
            "A.",
            "a.b",
            "1,",
            "1,,2",
            "U.S.-",
            "http://",
            "a@",
            "@b.c",
            "Пєсков’s 北京's 🙂🙂 e\u{301}\u{301} \u{200b}zero",
            "…..!!!??—–-‐‑",
            "\u{301}x \u{94d} ❤\u{fe0f}\u{200d}❤ नमस्ते।",
            "end with space \u{a0}\u{3000}",
        ];
        for text in samples {
            let tokens = tokenize(text);
            let mut covered = 0;
            for token in &tokens {
                assert!(token.start >= covered && token.start < token.end, "{text:?}: {tokens:?}");
                assert!(text.is_char_boundary(token.start) && text.is_char_boundary(token.end));
                assert_eq!(token.text(text), &text[token.start..token.end]);
                assert!(text[covered..token.start].chars().all(is_separator), "{text:?}: gap before {token:?}");
                covered = token.end;
            }
            assert!(text[covered..].chars().all(is_separator), "{text:?}");
        }
    }
}
