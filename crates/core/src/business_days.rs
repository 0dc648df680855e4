//! Business days: Monday to Friday (UTC), less the public holidays of the
//! selected region, and the rule for adding N of them to an instant.

use crate::holidays::{self, NotCovered, Region};
use chrono::{Datelike, Duration, NaiveDate, NaiveDateTime, NaiveTime, Weekday};

/// Which days count as business days.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Calendar {
    /// Public holidays of this region are not business days; `None`: no holidays.
    pub region: Option<Region>,
}

/// Saturday or Sunday.
pub fn is_weekend(d: NaiveDate) -> bool {
    matches!(d.weekday(), Weekday::Sat | Weekday::Sun)
}

impl Calendar {
    /// A calendar that observes the holidays of `region`.
    pub fn new(region: Option<Region>) -> Self {
        Calendar { region }
    }

    /// The public holiday on `d`, if the region has one (none on a date the
    /// holiday data does not cover: see [`Calendar::unchecked`]).
    pub fn holiday(&self, d: NaiveDate) -> Option<&'static str> {
        self.region
            .and_then(|r| holidays::holiday(r, d).ok().flatten())
    }

    /// The year, when the region's holiday data does not cover `d`: whether
    /// it is a holiday is then unknown.
    pub fn unchecked(&self, d: NaiveDate) -> Option<NotCovered> {
        self.region.and_then(|r| holidays::holiday(r, d).err())
    }

    /// Monday to Friday, not a public holiday, and known not to be one: a day
    /// the holiday data does not cover is never vouched for.
    pub fn is_business_day(&self, d: NaiveDate) -> bool {
        self.may_be_business_day(d) && self.unchecked(d).is_none()
    }

    /// Monday to Friday and not a known public holiday. Counting notice uses
    /// this: a holiday on an unchecked day could only make the notice end
    /// later, so the count gives the earliest the start can be, and every
    /// start on an unchecked day carries the coverage warning.
    fn may_be_business_day(&self, d: NaiveDate) -> bool {
        !is_weekend(d) && self.holiday(d).is_none()
    }

    /// Adds `n` business days to `t`: a `t` on a non-business day first moves
    /// to 00:00 of the next business day; then each step moves to the next
    /// business day, keeping the time of day. Days the holiday data does not
    /// cover count when they are weekdays, so past the data the result is the
    /// earliest it can be, not a checked business day.
    ///
    /// # Example
    /// ```
    /// use refresh_request_core::{business_days::Calendar, instant::{parse, format_utc}};
    /// let cal = Calendar::default();
    /// let t = cal.add(parse("2024-10-12T10:00Z").unwrap(), 2); // a Saturday
    /// assert_eq!(format_utc(t), "Wed 16 Oct 2024 00:00 UTC");
    /// ```
    pub fn add(&self, t: NaiveDateTime, n: u32) -> NaiveDateTime {
        let mut day = t.date();
        let mut time = t.time();
        if !self.may_be_business_day(day) {
            day = self.next_business_day(day);
            time = NaiveTime::MIN;
        }
        for _ in 0..n {
            day = self.next_business_day(day);
        }
        day.and_time(time)
    }

    /// The first business day strictly after `d` (or, past the holiday data,
    /// the first weekday: see [`Calendar::add`]).
    pub fn next_business_day(&self, d: NaiveDate) -> NaiveDate {
        let mut d = d + Duration::days(1);
        // Bounded: no region has a run of 30 non-business days.
        for _ in 0..30 {
            if self.may_be_business_day(d) {
                break;
            }
            d += Duration::days(1);
        }
        d
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::instant::{format_utc, parse};

    fn add(cal: Calendar, s: &str, n: u32) -> String {
        format_utc(cal.add(parse(s).expect("valid instant"), n))
    }

    #[test]
    fn spec_examples() {
        let cal = Calendar::default();
        assert_eq!(add(cal, "2024-10-07T02:00Z", 2), "Wed 9 Oct 2024 02:00 UTC");
        assert_eq!(
            add(cal, "2024-10-11T15:00Z", 2),
            "Tue 15 Oct 2024 15:00 UTC"
        );
        assert_eq!(
            add(cal, "2024-10-12T10:00Z", 2),
            "Wed 16 Oct 2024 00:00 UTC"
        );
        assert_eq!(
            add(cal, "2024-10-13T23:59Z", 0),
            "Mon 14 Oct 2024 00:00 UTC"
        );
    }

    #[test]
    fn holidays_are_skipped() {
        let gb = Calendar::new(Some(Region::Gb));
        // Tue 24 Dec 2024 + 2 skips Christmas and Boxing Day.
        assert_eq!(add(gb, "2024-12-24T09:00Z", 2), "Mon 30 Dec 2024 09:00 UTC");
        assert_eq!(
            add(Calendar::default(), "2024-12-24T09:00Z", 2),
            "Thu 26 Dec 2024 09:00 UTC"
        );
        // Raised on a holiday: moves to 00:00 of the next business day first.
        assert_eq!(add(gb, "2024-12-25T09:00Z", 1), "Mon 30 Dec 2024 00:00 UTC");
    }

    /// A day the region's data does not cover is never a business day, though
    /// the same weekday is one where it is covered; notice still counts it.
    #[test]
    fn an_unchecked_day_is_not_a_business_day() {
        let friday = NaiveDate::from_ymd_opt(2036, 8, 15).expect("a date");
        let india = Calendar::new(Some(Region::In));
        assert!(!india.is_business_day(friday));
        assert_eq!(india.unchecked(friday), Some(NotCovered { year: 2036 }));
        assert!(Calendar::new(Some(Region::Gb)).is_business_day(friday));
        assert_eq!(Calendar::new(Some(Region::Gb)).unchecked(friday), None);
        assert!(Calendar::default().is_business_day(friday));
        assert_eq!(
            add(india, "2036-08-13T09:00Z", 2),
            "Fri 15 Aug 2036 09:00 UTC"
        );
    }

    /// Every hour of several years: the result is a business day, keeps the
    /// time unless it started on a non-business day, and exactly `n`
    /// business days lie in (start day, result day].
    #[test]
    fn every_hour_of_several_years() {
        for region in [None, Some(Region::Gb), Some(Region::Us)] {
            let cal = Calendar::new(region);
            let mut t = parse("2023-12-25T00:00Z").expect("start");
            let end = parse("2026-01-05T00:00Z").expect("end");
            while t < end {
                for n in 0..=3 {
                    let r = cal.add(t, n);
                    assert!(cal.is_business_day(r.date()), "{t} + {n}");
                    assert!(r > t || (n == 0 && r == t));
                    if cal.is_business_day(t.date()) {
                        assert_eq!(r.time(), t.time());
                    } else {
                        assert_eq!(r.time(), NaiveTime::MIN);
                    }
                    let mut count = 0;
                    let mut d = t.date();
                    while d < r.date() {
                        d += Duration::days(1);
                        if cal.is_business_day(d) {
                            count += 1;
                        }
                    }
                    let expected = if cal.is_business_day(t.date()) {
                        n
                    } else {
                        n + 1
                    };
                    assert_eq!(count, expected, "{t} + {n} = {r}");
                }
                t += Duration::hours(5);
            }
        }
    }
}
