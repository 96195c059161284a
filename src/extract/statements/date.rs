//! The date of a statement: the article's date, unless the sentence around the cue dates the statement
//! ("On December 17, the ministry said", "he said on Monday", "yesterday"), resolved against the article's
//! date. A month without a day ("In November, Peskov stressed") names no day, so the statement is left
//! undated rather than given a wrong one.

use super::Attribution;
use super::article::Article;
use crate::text::{IsoDate, TokenKind};

const MONTHS: [&str; 12] = [
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
];
const WEEKDAYS: [&str; 7] = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"];

/// When a sentence says something happened.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum When {
    Day { year: Option<u16>, month: u8, day: u8 },
    MonthOnly,
    Weekday(u8),
    DaysAgo(u8),
}

pub(super) fn statement_date(article: &Article, found: &Attribution, article_date: Option<IsoDate>) -> Option<IsoDate> {
    let anchor = found.cue.as_ref().map_or(found.content.start, |cue| cue.start);
    let sentence = article.sentence_of(anchor);
    let when = sentence.filter(|token| !found.content.contains(token)).find_map(|token| when_at(article, token));
    resolve(when, article_date)
}

fn resolve(when: Option<When>, article_date: Option<IsoDate>) -> Option<IsoDate> {
    let Some(when) = when else { return article_date };
    match when {
        When::Day { year: Some(year), month, day } => IsoDate::new(year, month, day),
        When::Day { year: None, month, day } => {
            let article_date = article_date?;
            // Statements lie in the past: a day later in the year than the article's is last year's.
            let later = (month, day) > (article_date.month(), article_date.day());
            IsoDate::new(article_date.year() - u16::from(later), month, day)
        }
        When::MonthOnly => None,
        When::Weekday(weekday) => {
            let days = day_number(article_date?);
            let back = (weekday_of(days) + 7 - i64::from(weekday)) % 7;
            Some(from_day_number(days - back))
        }
        When::DaysAgo(count) => Some(from_day_number(day_number(article_date?) - i64::from(count))),
    }
}

/// A date expression starting at `token`: "December 17", "17 December", "Dec. 17, 2021", "on Monday",
/// "yesterday", a bare month after "in".
fn when_at(article: &Article, token: usize) -> Option<When> {
    let word = article.words[token];
    if word.eq_ignore_ascii_case("yesterday") {
        return Some(When::DaysAgo(1));
    }
    if let Some(weekday) = WEEKDAYS.iter().position(|name| name.eq_ignore_ascii_case(word))
        && (article.is(token.wrapping_sub(1), "on") || article.is(token.wrapping_sub(1), "last"))
    {
        return Some(When::Weekday(weekday as u8));
    }
    if let Some(day) = day_at(article, token)
        && let Some(month) = month_at(article, token + 1)
    {
        return Some(When::Day { year: year_at(article, token + 2), month, day });
    }
    let month = month_at(article, token)?;
    if let Some(day) = day_at(article, token + 1) {
        let year_token = if article.is(token + 2, ",") { token + 3 } else { token + 2 };
        return Some(When::Day { year: year_at(article, year_token), month, day });
    }
    // "May" is also a verb; only "in May" is taken for a month.
    article.is(token.wrapping_sub(1), "in").then_some(When::MonthOnly)
}

/// A month name, whole or abbreviated ("Dec.", "Sept"), capitalised.
fn month_at(article: &Article, token: usize) -> Option<u8> {
    let word = *article.words.get(token)?;
    if !word.starts_with(|c: char| c.is_ascii_uppercase()) {
        return None;
    }
    let stem = word.trim_end_matches('.');
    let position = MONTHS.iter().position(|month| {
        stem.len() >= 3 && month.len() >= stem.len() && month[..stem.len()].eq_ignore_ascii_case(stem)
    })?;
    Some(position as u8 + 1)
}

/// A day of the month: "17", "9th", "1st".
fn day_at(article: &Article, token: usize) -> Option<u8> {
    if !matches!(article.kind(token), Some(TokenKind::Number | TokenKind::Word)) {
        return None;
    }
    let word = article.words[token];
    let digits = word.trim_end_matches(['s', 't', 'n', 'd', 'r', 'h']);
    let day: u8 = digits.parse().ok()?;
    (1..=31).contains(&day).then_some(day)
}

fn year_at(article: &Article, token: usize) -> Option<u16> {
    let word = *article.words.get(token)?;
    (word.len() == 4).then(|| word.parse().ok()).flatten()
}

/// Days since 1970-01-01 in the proleptic Gregorian calendar, counted in 400-year cycles of 146,097 days
/// with years starting in March, so that the leap day falls at the end.
fn day_number(date: IsoDate) -> i64 {
    let (month, day) = (i64::from(date.month()), i64::from(date.day()));
    let year = i64::from(date.year()) - i64::from(month <= 2);
    let cycle = year.div_euclid(400);
    let year_of_cycle = year - cycle * 400;
    let day_of_year = (153 * ((month + 9) % 12) + 2) / 5 + day - 1;
    let day_of_cycle = year_of_cycle * 365 + year_of_cycle / 4 - year_of_cycle / 100 + day_of_year;
    cycle * 146_097 + day_of_cycle - 719_468
}

/// The inverse of `day_number`.
fn from_day_number(days: i64) -> IsoDate {
    let days = days + 719_468;
    let cycle = days.div_euclid(146_097);
    let day_of_cycle = days - cycle * 146_097;
    let year_of_cycle = (day_of_cycle - day_of_cycle / 1460 + day_of_cycle / 36_524 - day_of_cycle / 146_096) / 365;
    let day_of_year = day_of_cycle - (365 * year_of_cycle + year_of_cycle / 4 - year_of_cycle / 100);
    let shifted_month = (5 * day_of_year + 2) / 153;
    let day = day_of_year - (153 * shifted_month + 2) / 5 + 1;
    let month = if shifted_month < 10 { shifted_month + 3 } else { shifted_month - 9 };
    let year = year_of_cycle + cycle * 400 + i64::from(month <= 2);
    IsoDate::new(year as u16, month as u8, day as u8).expect("day numbers map to valid dates")
}

/// Monday is 0; 1970-01-01 was a Thursday.
fn weekday_of(days: i64) -> i64 {
    (days + 3).rem_euclid(7)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn date(text: &str) -> IsoDate {
        text.parse().unwrap()
    }

    #[test]
    fn day_numbers_round_trip_over_leap_years() {
        assert_eq!(day_number(date("1970-01-01")), 0);
        for text in ["2000-02-29", "2022-01-09", "1999-12-31", "2024-03-01"] {
            assert_eq!(from_day_number(day_number(date(text))), date(text));
        }
        assert_eq!(weekday_of(day_number(date("2022-01-10"))), 0, "a Monday");
    }

    #[test]
    fn a_weekday_is_the_latest_one_on_or_before_the_article_date() {
        let sunday = Some(date("2022-01-09"));
        assert_eq!(resolve(Some(When::Weekday(0)), sunday), Some(date("2022-01-03")));
        assert_eq!(resolve(Some(When::Weekday(6)), sunday), Some(date("2022-01-09")));
        assert_eq!(resolve(Some(When::DaysAgo(1)), sunday), Some(date("2022-01-08")));
    }

    #[test]
    fn a_day_later_in_the_year_than_the_article_is_last_year() {
        let article = Some(date("2022-01-09"));
        assert_eq!(resolve(Some(When::Day { year: None, month: 12, day: 17 }), article), Some(date("2021-12-17")));
        assert_eq!(resolve(Some(When::Day { year: None, month: 1, day: 3 }), article), Some(date("2022-01-03")));
        assert_eq!(resolve(Some(When::Day { year: Some(2019,), month: 5, day: 2 }), None), Some(date("2019-05-02")));
        assert_eq!(resolve(Some(When::MonthOnly), article), None);
        assert_eq!(resolve(None, article), article);
    }
}
