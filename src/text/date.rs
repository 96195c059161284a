//! Calendar dates in ISO 8601 form (`YYYY-MM-DD`), validated on parse.

use std::fmt;
use std::str::FromStr;

use serde::{Deserialize, Deserializer, Serialize, Serializer};

/// A proleptic Gregorian calendar date, always valid.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct IsoDate {
    year: u16,
    month: u8,
    day: u8,
}

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{found:?} is not a date of the form YYYY-MM-DD")]
pub struct DateError {
    pub found: String,
}

impl IsoDate {
    /// A date of years 0 to 9999, which ISO 8601 writes with four digits.
    pub fn new(year: u16, month: u8, day: u8) -> Option<Self> {
        let valid = year <= 9999 && (1..=12).contains(&month) && day >= 1 && day <= days_in_month(year, month);
        valid.then_some(Self { year, month, day })
    }

    pub fn year(self) -> u16 {
        self.year
    }

    pub fn month(self) -> u8 {
        self.month
    }

    pub fn day(self) -> u8 {
        self.day
    }

    /// Days since 1970-01-01 in the proleptic Gregorian calendar, counted in 400-year cycles of 146,097
    /// days with years starting in March, so that the leap day falls at the end.
    pub fn days_since_epoch(self) -> i64 {
        let (month, day) = (i64::from(self.month), i64::from(self.day));
        let year = i64::from(self.year) - i64::from(month <= 2);
        let cycle = year.div_euclid(400);
        let year_of_cycle = year - cycle * 400;
        let day_of_year = (153 * ((month + 9) % 12) + 2) / 5 + day - 1;
        let day_of_cycle = year_of_cycle * 365 + year_of_cycle / 4 - year_of_cycle / 100 + day_of_year;
        cycle * 146_097 + day_of_cycle - 719_468
    }

    /// The inverse of `days_since_epoch`, for the years `new` accepts.
    pub fn from_days_since_epoch(days: i64) -> Option<Self> {
        let days = days + 719_468;
        let cycle = days.div_euclid(146_097);
        let day_of_cycle = days - cycle * 146_097;
        let year_of_cycle = (day_of_cycle - day_of_cycle / 1460 + day_of_cycle / 36_524 - day_of_cycle / 146_096) / 365;
        let day_of_year = day_of_cycle - (365 * year_of_cycle + year_of_cycle / 4 - year_of_cycle / 100);
        let shifted_month = (5 * day_of_year + 2) / 153;
        let day = day_of_year - (153 * shifted_month + 2) / 5 + 1;
        let month = if shifted_month < 10 { shifted_month + 3 } else { shifted_month - 9 };
        let year = year_of_cycle + cycle * 400 + i64::from(month <= 2);
        Self::new(u16::try_from(year).ok()?, month as u8, day as u8)
    }

    /// The day of the week, Monday being 0 (1970-01-01 was a Thursday).
    pub fn weekday(self) -> u8 {
        (self.days_since_epoch() + 3).rem_euclid(7) as u8
    }
}

fn days_in_month(year: u16, month: u8) -> u8 {
    match month {
        2 if year.is_multiple_of(4) && (!year.is_multiple_of(100) || year.is_multiple_of(400)) => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

impl FromStr for IsoDate {
    type Err = DateError;

    fn from_str(s: &str) -> Result<Self, DateError> {
        let error = || DateError { found: s.to_owned() };
        let bytes = s.as_bytes();
        let shaped = bytes.len() == 10
            && bytes[4] == b'-'
            && bytes[7] == b'-'
            && bytes.iter().enumerate().all(|(i, b)| i == 4 || i == 7 || b.is_ascii_digit());
        if !shaped {
            return Err(error());
        }
        // Every byte is a checked ASCII digit, so the fields parse and fit.
        let number = |range: std::ops::Range<usize>| s[range].parse::<u16>().unwrap_or_default();
        let (month, day) = (number(5..7) as u8, number(8..10) as u8);
        Self::new(number(0..4), month, day).ok_or_else(error)
    }
}

impl fmt::Display for IsoDate {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

impl Serialize for IsoDate {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for IsoDate {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let text = <std::borrow::Cow<'de, str>>::deserialize(deserializer)?;
        text.parse().map_err(serde::de::Error::custom)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn day_counts_round_trip_over_leap_years() {
        let date = |text: &str| text.parse::<IsoDate>().unwrap();
        assert_eq!(date("1970-01-01").days_since_epoch(), 0);
        for text in ["2000-02-29", "2022-01-09", "1999-12-31", "2024-03-01", "0001-01-01", "9999-12-31"] {
            assert_eq!(IsoDate::from_days_since_epoch(date(text).days_since_epoch()), Some(date(text)));
        }
        assert_eq!(IsoDate::from_days_since_epoch(date("9999-12-31").days_since_epoch() + 1), None);
        assert_eq!(date("2022-01-10").weekday(), 0, "a Monday");
        assert_eq!(date("2022-01-09").weekday(), 6, "a Sunday");
    }

    #[test]
    fn parses_and_prints_iso_dates() {
        let date: IsoDate = "2022-01-09".parse().unwrap();
        assert_eq!((date.year(), date.month(), date.day()), (2022, 1, 9));
        assert_eq!(date.to_string(), "2022-01-09");
    }

    #[test]
    fn rejects_impossible_or_misshapen_dates() {
        for bad in ["2022-02-30", "2021-13-01", "2022-1-09", "22-01-09", "2022/01/09", "2022-01-0x", ""] {
            assert!(bad.parse::<IsoDate>().is_err(), "{bad} was accepted");
        }
        assert!("2024-02-29".parse::<IsoDate>().is_ok());
        assert!("1900-02-29".parse::<IsoDate>().is_err());
    }
}
