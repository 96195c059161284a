//! Dates written in words ("January 10", "Monday, January 10th", "10 January 2022"). A date without a
//! year takes the year that puts it nearest the publication date: "December 17" in a January article
//! is last December.

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

/// The date written from `words[index]`, and the index just past it.
pub(super) fn date_at(words: &[&str], mut index: usize, published: Option<IsoDate>) -> Option<(IsoDate, usize)> {
    let word = |index: usize| words.get(index).map(|word| word.to_lowercase());
    if word(index).is_some_and(|word| WEEKDAYS.contains(&word.as_str())) {
        index += 1 + usize::from(word(index + 1).as_deref() == Some(","));
    }
    let month_at = |index: usize| MONTHS.iter().position(|month| word(index).as_deref() == Some(month));
    let (month, day, mut end) = match (month_at(index), day(words.get(index)?)) {
        (Some(month), _) => (month, day(words.get(index + 1)?)?, index + 2),
        (None, Some(day)) => (month_at(index + 1)?, day, index + 2),
        (None, None) => return None,
    };
    let month = month as u8 + 1;
    let comma = usize::from(word(end).as_deref() == Some(","));
    let year = words.get(end + comma).and_then(|word| word.parse::<u16>().ok()).filter(|year| *year >= 1000);
    if year.is_some() {
        end += comma + 1;
    }
    let year = match year {
        Some(year) => year,
        None => nearest_year(month, day, published?)?,
    };
    Some((IsoDate::new(year, month, day)?, end))
}

/// A day of the month: "10", "10th", "1st".
fn day(word: &&str) -> Option<u8> {
    let digits = word.trim_end_matches(|c: char| c.is_ascii_alphabetic());
    let suffix = &word[digits.len()..];
    let day: u8 = digits.parse().ok()?;
    let suffix_fits = suffix.is_empty() || ["st", "nd", "rd", "th"].contains(&suffix.to_ascii_lowercase().as_str());
    ((1..=31).contains(&day) && suffix_fits).then_some(day)
}

fn nearest_year(month: u8, day: u8, published: IsoDate) -> Option<u16> {
    // Months and days as one ordinal is close enough to choose between neighbouring years.
    let ordinal = |year: u16, month: u8, day: u8| i32::from(year) * 372 + i32::from(month) * 31 + i32::from(day);
    let target = ordinal(published.year(), published.month(), published.day());
    let year = published.year();
    [year.checked_sub(1), Some(year), year.checked_add(1)]
        .into_iter()
        .flatten()
        .min_by_key(|&candidate| (ordinal(candidate, month, day) - target).abs())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn date(text: &str, published: &str) -> Option<(String, usize)> {
        let words: Vec<&str> = text.split(' ').collect();
        date_at(&words, 0, published.parse().ok()).map(|(date, end)| (date.to_string(), end))
    }

    #[test]
    fn dates_without_a_year_are_nearest_the_publication() {
        assert_eq!(date("January 10th ,", "2022-01-09"), Some(("2022-01-10".into(), 2)));
        assert_eq!(date("December 17", "2022-01-09"), Some(("2021-12-17".into(), 2)));
        assert_eq!(date("Monday , January 10", "2022-01-09"), Some(("2022-01-10".into(), 4)));
    }

    #[test]
    fn written_years_win_and_nonsense_is_no_date() {
        assert_eq!(date("10 January , 2020 .", "2022-01-09"), Some(("2020-01-10".into(), 4)));
        assert_eq!(date("January 10", "no date"), None);
        assert_eq!(date("February 30", "2022-01-09"), None);
        assert_eq!(date("May we", "2022-01-09"), None);
        assert_eq!(date("10 talks", "2022-01-09"), None);
    }
}
