//! Seasons for service hours: EU/UK summer time runs from 01:00 UTC on the
//! last Sunday of March to 01:00 UTC on the last Sunday of October.

use chrono::{Datelike, Duration, NaiveDate, NaiveDateTime, NaiveTime};

/// Which service-hours table applies.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[cfg_attr(test, derive(serde::Serialize), serde(rename_all = "lowercase"))]
pub enum Season {
    /// Summer time (late March to late October).
    Summer,
    /// Winter time.
    Winter,
}

/// The last Sunday of `month` in `year` (March or October: never December,
/// so the next month is in the same year).
fn last_sunday(year: i32, month: u32) -> NaiveDate {
    // Start from the last day of the month and walk back to a Sunday.
    let last = NaiveDate::from_ymd_opt(year, month + 1, 1)
        .and_then(|d| d.pred_opt())
        .unwrap_or(NaiveDate::MIN);
    // Back to its Sunday in one step (checked on every request: no day-by-day walk).
    last - Duration::days(i64::from(last.weekday().num_days_from_sunday()))
}

const ONE_AM: NaiveTime = match NaiveTime::from_hms_opt(1, 0, 0) {
    Some(t) => t,
    None => NaiveTime::MIN,
};

/// When summer time starts in `year` (01:00 UTC, last Sunday of March).
pub fn summer_starts(year: i32) -> NaiveDateTime {
    last_sunday(year, 3).and_time(ONE_AM)
}

/// When summer time ends in `year` (01:00 UTC, last Sunday of October).
pub fn summer_ends(year: i32) -> NaiveDateTime {
    last_sunday(year, 10).and_time(ONE_AM)
}

/// The season in force at `t`.
///
/// # Example
/// ```
/// use refresh_request_core::{instant::parse, season::{season_at, Season}};
/// assert_eq!(season_at(parse("2024-03-31T00:59Z").unwrap()), Season::Winter);
/// assert_eq!(season_at(parse("2024-03-31T01:00Z").unwrap()), Season::Summer);
/// ```
pub fn season_at(t: NaiveDateTime) -> Season {
    let year = t.year();
    if t >= summer_starts(year) && t < summer_ends(year) {
        Season::Summer
    } else {
        Season::Winter
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::Weekday;

    fn day(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).expect("valid test date")
    }

    #[test]
    fn change_days_match_the_published_eu_dates() {
        // Published EU summer-time dates.
        let known = [
            (2020, day(2020, 3, 29), day(2020, 10, 25)),
            (2021, day(2021, 3, 28), day(2021, 10, 31)),
            (2022, day(2022, 3, 27), day(2022, 10, 30)),
            (2023, day(2023, 3, 26), day(2023, 10, 29)),
            (2024, day(2024, 3, 31), day(2024, 10, 27)),
            (2025, day(2025, 3, 30), day(2025, 10, 26)),
            (2026, day(2026, 3, 29), day(2026, 10, 25)),
        ];
        for (year, start, end) in known {
            assert_eq!(summer_starts(year).date(), start, "{year}");
            assert_eq!(summer_ends(year).date(), end, "{year}");
        }
    }

    #[test]
    fn switches_exactly_at_one_am_utc() {
        let start = summer_starts(2024);
        assert_eq!(season_at(start - Duration::minutes(1)), Season::Winter);
        assert_eq!(season_at(start), Season::Summer);
        let end = summer_ends(2024);
        assert_eq!(season_at(end - Duration::minutes(1)), Season::Summer);
        assert_eq!(season_at(end), Season::Winter);
    }

    /// Every day of 2020–2040 at noon: summer exactly between the two
    /// change days, which are always Sundays in the last week of the month.
    #[test]
    fn every_day_of_two_decades() {
        for year in 2020..=2040 {
            let (s, e) = (summer_starts(year).date(), summer_ends(year).date());
            assert_eq!(s.weekday(), Weekday::Sun);
            assert_eq!(e.weekday(), Weekday::Sun);
            assert!(s.day() > 24 && s.month() == 3);
            assert!(e.day() > 24 && e.month() == 10);
            let mut d = day(year, 1, 1);
            while d.year() == year {
                let noon = d.and_hms_opt(12, 0, 0).expect("noon");
                let want = if d >= s && d < e {
                    Season::Summer
                } else {
                    Season::Winter
                };
                assert_eq!(season_at(noon), want, "{d}");
                d += Duration::days(1);
            }
        }
    }
}
