//! The date of a statement: the article's date, unless the sentence around the cue dates the statement
//! ("On December 17, the ministry said", "he said on Monday", "yesterday"), resolved against the article's
//! date. A month without a day ("In November, Peskov stressed") names no day, so the statement is left
//! undated rather than given a wrong one.

use super::annotated::Annotated;
use super::attribution::Attribution;
use crate::extract::written_dates::{WrittenDay, month, weekday, written_day_at};
use crate::text::IsoDate;

/// When a sentence says something happened.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum When {
    Day(WrittenDay),
    MonthOnly,
    Weekday(u8),
    DaysAgo(u8),
}

pub(super) fn statement_date(
    annotated: &Annotated,
    found: &Attribution,
    article_date: Option<IsoDate>,
) -> Option<IsoDate> {
    let anchor = found.cue.as_ref().map_or(found.content.start, |cue| cue.start);
    let sentence = annotated.doc.sentence_of(anchor);
    let when = sentence.filter(|token| !found.content.contains(token)).find_map(|token| when_at(annotated, token));
    resolve(when, article_date)
}

fn resolve(when: Option<When>, article_date: Option<IsoDate>) -> Option<IsoDate> {
    let Some(when) = when else { return article_date };
    let days_before = |count: i64| IsoDate::from_days_since_epoch(article_date?.days_since_epoch() - count);
    match when {
        // Statements lie in the past: a day later in the year than the article's is last year's.
        When::Day(day) => day.on_or_before(article_date),
        When::MonthOnly => None,
        When::Weekday(weekday) => days_before(i64::from((article_date?.weekday() + 7 - weekday) % 7)),
        When::DaysAgo(count) => days_before(i64::from(count)),
    }
}

/// A date expression starting at `token`: "December 17", "17 December", "Dec. 17, 2021", "on Monday",
/// "yesterday", a bare month after "in".
fn when_at(annotated: &Annotated, token: usize) -> Option<When> {
    let word = annotated.doc.words[token];
    if word.eq_ignore_ascii_case("yesterday") {
        return Some(When::DaysAgo(1));
    }
    if let Some(weekday) = weekday(word)
        && (annotated.doc.is(token.wrapping_sub(1), "on") || annotated.doc.is(token.wrapping_sub(1), "last"))
    {
        return Some(When::Weekday(weekday));
    }
    if let Some((day, _)) = written_day_at(&annotated.doc.words, token) {
        return Some(When::Day(day));
    }
    // "May" is also a verb; only "in May" is taken for a month.
    (month(word).is_some() && annotated.doc.is(token.wrapping_sub(1), "in")).then_some(When::MonthOnly)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn date(text: &str) -> IsoDate {
        text.parse().unwrap()
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
        let day = |year, month, day| Some(When::Day(WrittenDay { year, month, day }));
        assert_eq!(resolve(day(None, 12, 17), article), Some(date("2021-12-17")));
        assert_eq!(resolve(day(None, 1, 3), article), Some(date("2022-01-03")));
        assert_eq!(resolve(day(Some(2019), 5, 2), None), Some(date("2019-05-02")));
        assert_eq!(resolve(Some(When::MonthOnly), article), None);
        assert_eq!(resolve(None, article), article);
    }
}
