//! Dates written in words ("December 17", "17 December", "Dec. 17, 2021", "Monday, January 10th"),
//! which statements and events both read. A date without a year takes one from the article's date.

use crate::text::IsoDate;

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

/// A day of a month as written, perhaps without its year.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct WrittenDay {
    pub year: Option<u16>,
    pub month: u8,
    pub day: u8,
}

impl WrittenDay {
    /// The date, a missing year taken so that it falls nearest `reference`: talks "on January 10" in
    /// an article of January 9 are the next day, "December 17" in it was last December.
    pub fn nearest(self, reference: Option<IsoDate>) -> Option<IsoDate> {
        let year = self.year.or_else(|| {
            let reference = reference?;
            let distance = |year: u16| {
                IsoDate::new(year, self.month, self.day)
                    .map_or(i64::MAX, |date| (date.days_since_epoch() - reference.days_since_epoch()).abs())
            };
            let years = [reference.year().checked_sub(1), Some(reference.year()), reference.year().checked_add(1)];
            years.into_iter().flatten().min_by_key(|&year| distance(year))
        })?;
        IsoDate::new(year, self.month, self.day)
    }

    /// The date, a missing year taken so that it falls on or before `reference`: what was said was
    /// said before the article reported it.
    pub fn on_or_before(self, reference: Option<IsoDate>) -> Option<IsoDate> {
        let year = self.year.or_else(|| {
            let reference = reference?;
            let later = (self.month, self.day) > (reference.month(), reference.day());
            reference.year().checked_sub(u16::from(later))
        })?;
        IsoDate::new(year, self.month, self.day)
    }
}

/// The day written from `words[index]` ("December 17", "17 December", "Dec. 17, 2021"), and the index
/// just past it.
pub(crate) fn written_day_at(words: &[&str], index: usize) -> Option<(WrittenDay, usize)> {
    let (month, day) = match (month(words.get(index)?), day_of_month(words.get(index)?)) {
        (Some(month), _) => (month, day_of_month(words.get(index + 1)?)?),
        (None, Some(day)) => (month(words.get(index + 1)?)?, day),
        (None, None) => return None,
    };
    let mut end = index + 2;
    let comma = usize::from(words.get(end) == Some(&","));
    let year = words.get(end + comma).and_then(|word| year(word));
    if year.is_some() {
        end += comma + 1;
    }
    Some((WrittenDay { year, month, day }, end))
}

/// A month name, whole or cut to three letters or more ("Dec.", "Sept"), capitalised as names are.
pub(crate) fn month(word: &str) -> Option<u8> {
    if !word.starts_with(|c: char| c.is_ascii_uppercase()) {
        return None;
    }
    let stem = word.strip_suffix('.').unwrap_or(word);
    let position = MONTHS.iter().position(|month| {
        stem.len() >= 3 && month.len() >= stem.len() && month[..stem.len()].eq_ignore_ascii_case(stem)
    })?;
    Some(position as u8 + 1)
}

/// A day of the week, Monday being 0.
pub(crate) fn weekday(word: &str) -> Option<u8> {
    WEEKDAYS.iter().position(|name| name.eq_ignore_ascii_case(word)).map(|position| position as u8)
}

/// A day of the month: "10", "10th", "1st".
fn day_of_month(word: &str) -> Option<u8> {
    let digits = word.trim_end_matches(|c: char| c.is_ascii_alphabetic());
    let suffix = &word[digits.len()..];
    let day: u8 = digits.parse().ok()?;
    let suffix_fits = suffix.is_empty() || ["st", "nd", "rd", "th"].iter().any(|s| s.eq_ignore_ascii_case(suffix));
    ((1..=31).contains(&day) && suffix_fits).then_some(day)
}

/// A year written with four digits.
fn year(word: &str) -> Option<u16> {
    (word.len() == 4).then(|| word.parse().ok()).flatten().filter(|year| *year >= 1000)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn written(text: &str) -> Option<(WrittenDay, usize)> {
        written_day_at(&text.split(' ').collect::<Vec<_>>(), 0)
    }

    fn date(text: &str) -> IsoDate {
        text.parse().unwrap()
    }

    #[test]
    fn days_are_read_in_either_order_with_or_without_a_year() {
        let day = |year, month, day| WrittenDay { year, month, day };
        assert_eq!(written("January 10th ,"), Some((day(None, 1, 10), 2)));
        assert_eq!(written("10 January , 2020 ."), Some((day(Some(2020), 1, 10), 4)));
        assert_eq!(written("Dec. 17 , 2021"), Some((day(Some(2021), 12, 17), 4)));
        assert_eq!(written("Sept 1"), Some((day(None, 9, 1), 2)));
    }

    #[test]
    fn words_that_only_look_like_dates_are_none() {
        assert_eq!(written("May we"), None);
        assert_eq!(written("10 talks"), None);
        assert_eq!(written("may 10"), None, "a month is capitalised");
        assert_eq!(written("January 32"), None);
        assert_eq!(written("Ma 3"), None, "too short to be a month");
        assert_eq!(WrittenDay { year: None, month: 2, day: 30 }.nearest(Some(date("2022-01-09"))), None);
        assert_eq!(WrittenDay { year: None, month: 1, day: 10 }.nearest(None), None, "no year to take");
    }

    #[test]
    fn a_missing_year_comes_from_the_reference_date() {
        let reference = Some(date("2022-01-09"));
        let day = |month, day| WrittenDay { year: None, month, day };
        assert_eq!(day(1, 10).nearest(reference), Some(date("2022-01-10")));
        assert_eq!(day(12, 17).nearest(reference), Some(date("2021-12-17")));
        assert_eq!(day(1, 10).on_or_before(reference), Some(date("2021-01-10")));
        assert_eq!(day(1, 3).on_or_before(reference), Some(date("2022-01-03")));
        assert_eq!(WrittenDay { year: Some(2019), month: 5, day: 2 }.on_or_before(None), Some(date("2019-05-02")));
    }

    #[test]
    fn weekdays_count_from_monday() {
        assert_eq!(weekday("Monday"), Some(0));
        assert_eq!(weekday("sunday"), Some(6));
        assert_eq!(weekday("Mon"), None);
    }
}
