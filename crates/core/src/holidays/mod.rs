//! Public holidays of the supported holiday regions, embedded at build time.
//!
//! Pure Rust: depends only on `chrono` and `std` (no DOM, no Leptos), so it is tested natively;
//! [`name`] writes the names in the reader's language from the catalogs.
//!
//! # Source
//!
//! `data.txt` beside this file is generated — never edited by hand — from the `holidays`
//! package on PyPI by `generate.py` (same folder):
//!
//! ```text
//! pip install holidays==0.109 && python3 crates/core/src/holidays/generate.py
//! ```
//!
//! It holds the `public` holidays of each region, observed / substitute days included
//! (e.g. "Christmas Day (observed)" on Mon 27 Dec 2021 in GB), with English names.
//! A region can cover fewer years than [`FIRST_YEAR`]`..=`[`LAST_YEAR`] when the package
//! lacks data for the rest (India: its lunar-calendar holidays end in 2035); such years are
//! reported as [`NotCovered`] rather than as holiday-free. See [`Region::covered_years`].
//!
//! # Format of `data.txt`
//!
//! UTF-8 text, one record per line (`\n`); lines starting with `#` are comments and blank
//! lines are ignored. For each region, in this order:
//!
//! ```text
//! R <CODE> <first year> <last year> <entry count>
//! N <name 0>|<name 1>|...
//! <year> <tokens>            one line per year, first..=last, in order
//! ```
//!
//! * `R`: the region's ISO 3166 code, the calendar years it covers (inclusive) and the total
//!   number of holidays that follow (a mismatch counts as a parse error).
//! * `N`: the region's distinct holiday names, separated by `|`. Name *i* is referred to by
//!   the single letter `INDEX[i]`, where `INDEX` is `A`–`Z` then `a`–`z` (at most 52 names).
//! * a year line: the year, a space, then the year's holidays in date order as tokens written
//!   back to back with no separator. A token is `<delta><letter>`: `delta` is a decimal number
//!   of days from 1 January of that year (first token) or from the previous token's date,
//!   and `letter` indexes the name table. A year without holidays is the year alone.
//!
//! Example: `2024 0J88G3F` is New Year's Day (name `J`) on 2024-01-01, name `G` 88 days
//! later on 2024-03-29, name `F` 3 days after that on 2024-04-01.
//!
//! The text is parsed once, lazily, into a sorted vector per region; a lookup is a binary
//! search. A malformed line or token is skipped at run time (never a panic); the tests (and a
//! `debug_assert!`) check that the embedded data parses completely.

use std::fmt;
use std::ops::RangeInclusive;
use std::sync::OnceLock;

use chrono::{Datelike, Days, NaiveDate};

pub mod name;

/// The embedded holiday data (see the module documentation for its format).
const DATA: &str = include_str!("data.txt");

/// First calendar year the embedded data covers.
pub const FIRST_YEAR: i32 = 2020;
/// Last calendar year the embedded data covers (for most regions: see
/// [`Region::covered_years`]).
pub const LAST_YEAR: i32 = 2036;

/// A holiday region the support team can observe.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Region {
    /// United Kingdom: the England and Wales calendar (`GB`).
    Gb,
    /// United States: the federal calendar (`US`).
    Us,
    /// Singapore (`SG`).
    Sg,
    /// Norway (`NO`).
    No,
    /// Greece (`GR`).
    Gr,
    /// Denmark (`DK`).
    Dk,
    /// Germany: the national calendar (`DE`).
    De,
    /// Netherlands (`NL`).
    Nl,
    /// India (`IN`).
    In,
    /// Australia: the national calendar (`AU`).
    Au,
    /// Japan (`JP`).
    Jp,
}

impl Region {
    /// Every region, in display order.
    pub const ALL: [Region; 11] = [
        Region::Gb,
        Region::Us,
        Region::Sg,
        Region::No,
        Region::Gr,
        Region::Dk,
        Region::De,
        Region::Nl,
        Region::In,
        Region::Au,
        Region::Jp,
    ];

    /// The ISO 3166 code, upper case: `"GB"`.
    pub fn code(self) -> &'static str {
        match self {
            Region::Gb => "GB",
            Region::Us => "US",
            Region::Sg => "SG",
            Region::No => "NO",
            Region::Gr => "GR",
            Region::Dk => "DK",
            Region::De => "DE",
            Region::Nl => "NL",
            Region::In => "IN",
            Region::Au => "AU",
            Region::Jp => "JP",
        }
    }

    /// A human-readable name, saying which calendar is used where a country has several.
    pub fn name(self) -> &'static str {
        match self {
            Region::Gb => "United Kingdom (England & Wales)",
            Region::Us => "United States (federal)",
            Region::Sg => "Singapore",
            Region::No => "Norway",
            Region::Gr => "Greece",
            Region::Dk => "Denmark",
            Region::De => "Germany (national)",
            Region::Nl => "Netherlands",
            Region::In => "India",
            Region::Au => "Australia (national)",
            Region::Jp => "Japan",
        }
    }

    /// The region with this ISO 3166 code, trimmed and case-insensitive (`"gb"`, `" GB "`).
    pub fn from_code(code: &str) -> Option<Region> {
        let code = code.trim();
        Region::ALL
            .into_iter()
            .find(|r| r.code().eq_ignore_ascii_case(code))
    }

    /// The calendar years the embedded data covers for this region: within
    /// [`FIRST_YEAR`]`..=`[`LAST_YEAR`], and the whole of it for every region except India
    /// (2020–2035, where the source package ends). Empty only if the data failed to parse.
    pub fn covered_years(self) -> RangeInclusive<i32> {
        let data = &parsed().regions[self.index()];
        data.first_year..=data.last_year
    }

    fn index(self) -> usize {
        self as usize
    }
}

impl fmt::Display for Region {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.code())
    }
}

/// The year is outside the embedded data.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct NotCovered {
    /// The calendar year asked for.
    pub year: i32,
}

impl fmt::Display for NotCovered {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "holiday data does not cover {}", self.year)
    }
}

impl std::error::Error for NotCovered {}

/// The public holiday on `date` in `region`, if any. Err(NotCovered) when the year is outside
/// the region's covered years (FIRST_YEAR..=LAST_YEAR; see [`Region::covered_years`]).
pub fn holiday(region: Region, date: NaiveDate) -> Result<Option<&'static str>, NotCovered> {
    let data = &parsed().regions[region.index()];
    let year = date.year();
    if year < data.first_year || year > data.last_year {
        return Err(NotCovered { year });
    }
    Ok(data
        .entries
        .binary_search_by_key(&date, |&(d, _)| d)
        .ok()
        .map(|i| data.entries[i].1))
}

/// All holidays of a region in a year (sorted by date), for calendars and tests. Empty Vec
/// when not covered.
pub fn holidays_in_year(region: Region, year: i32) -> Vec<(NaiveDate, &'static str)> {
    let data = &parsed().regions[region.index()];
    if year < data.first_year || year > data.last_year {
        return Vec::new();
    }
    let start = data.entries.partition_point(|&(d, _)| d.year() < year);
    let end = data.entries.partition_point(|&(d, _)| d.year() <= year);
    data.entries[start..end].to_vec()
}

/// The region's holidays' names as the data writes them (each once, sorted): what
/// [`name::name_in`] must be able to write in every language.
pub fn names(region: Region) -> Vec<&'static str> {
    let mut names: Vec<&'static str> = all_names(region).collect();
    names.sort_unstable();
    names.dedup();
    names
}

/// The region's holidays' names as the data writes them, one for each holiday of each year,
/// in date order.
pub(crate) fn all_names(region: Region) -> impl Iterator<Item = &'static str> {
    parsed().regions[region.index()]
        .entries
        .iter()
        .map(|&(_, n)| n)
}

/// Name indexes of the `N` table, in order.
const INDEX_CHARS: &[u8; 52] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";

/// One region's parsed data.
#[derive(Debug)]
struct RegionData {
    /// Covered years, inclusive; `first_year > last_year` when the region is missing.
    first_year: i32,
    last_year: i32,
    /// The entry count declared on the `R` line.
    declared: usize,
    /// Sorted by date, one entry per date.
    entries: Vec<(NaiveDate, &'static str)>,
}

impl Default for RegionData {
    fn default() -> Self {
        RegionData {
            first_year: FIRST_YEAR,
            last_year: FIRST_YEAR - 1,
            declared: 0,
            entries: Vec::new(),
        }
    }
}

#[derive(Debug)]
struct Parsed {
    /// Indexed by `Region::index`.
    regions: [RegionData; 11],
    /// Lines or tokens skipped because they were malformed (0 for good data).
    errors: usize,
}

fn parsed() -> &'static Parsed {
    static PARSED: OnceLock<Parsed> = OnceLock::new();
    PARSED.get_or_init(|| {
        let p = parse(DATA);
        debug_assert_eq!(p.errors, 0, "embedded holiday data is malformed");
        p
    })
}

/// Parses text in the `data.txt` format. Never panics: anything malformed is skipped and
/// counted in `errors`.
fn parse(text: &'static str) -> Parsed {
    let mut regions: [RegionData; 11] = std::array::from_fn(|_| RegionData::default());
    let mut errors = 0usize;
    // The region being read and its name table.
    let mut current: Option<usize> = None;
    let mut names: Vec<&'static str> = Vec::new();

    for line in text.lines() {
        let line = line.trim_end_matches('\r');
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        if let Some(rest) = line.strip_prefix("R ") {
            names.clear();
            current = parse_header(rest).map(|(region, first, last, declared)| {
                let slot = &mut regions[region.index()];
                *slot = RegionData {
                    first_year: first,
                    last_year: last,
                    declared,
                    entries: Vec::with_capacity(declared.min(1024)),
                };
                region.index()
            });
            if current.is_none() {
                errors += 1;
            }
        } else if let Some(rest) = line.strip_prefix("N ") {
            names = rest.split('|').collect();
            if names.len() > INDEX_CHARS.len() || names.iter().any(|n| n.is_empty()) {
                errors += 1;
            }
        } else if let Some(i) = current {
            let data = &mut regions[i];
            errors += parse_year_line(
                line,
                data.first_year,
                data.last_year,
                &names,
                &mut data.entries,
            );
        } else {
            errors += 1;
        }
    }

    for data in &mut regions {
        // The generator writes dates in strictly increasing order, which binary
        // search relies on: a file that does not is malformed.
        errors += data.entries.windows(2).filter(|w| w[0].0 >= w[1].0).count();
        if data.entries.len() != data.declared {
            errors += 1;
        }
    }
    Parsed { regions, errors }
}

/// `<CODE> <first> <last> <count>` (after `R `).
fn parse_header(rest: &str) -> Option<(Region, i32, i32, usize)> {
    let mut fields = rest.split(' ');
    let region = Region::from_code(fields.next()?)?;
    let first: i32 = fields.next()?.parse().ok()?;
    let last: i32 = fields.next()?.parse().ok()?;
    let declared: usize = fields.next()?.parse().ok()?;
    if fields.next().is_some() || first > last || first < FIRST_YEAR || last > LAST_YEAR {
        return None;
    }
    Some((region, first, last, declared))
}

/// `<year> <tokens>`: pushes the year's entries and returns the number of errors (0 or 1: the
/// rest of a line is skipped at its first malformed token).
fn parse_year_line(
    line: &str,
    first: i32,
    last: i32,
    names: &[&'static str],
    out: &mut Vec<(NaiveDate, &'static str)>,
) -> usize {
    let (year, tokens) = line.split_once(' ').unwrap_or((line, ""));
    let Ok(year) = year.parse::<i32>() else {
        return 1;
    };
    if year < first || year > last {
        return 1;
    }
    let Some(mut date) = NaiveDate::from_ymd_opt(year, 1, 1) else {
        return 1;
    };
    let mut delta: Option<u64> = None;
    for b in tokens.bytes() {
        if b.is_ascii_digit() {
            let digit = u64::from(b - b'0');
            delta = match delta
                .unwrap_or(0)
                .checked_mul(10)
                .and_then(|v| v.checked_add(digit))
            {
                Some(v) if v <= 366 => Some(v),
                _ => return 1,
            };
        } else {
            let Some(days) = delta.take() else {
                return 1;
            };
            let Some(index) = INDEX_CHARS.iter().position(|&c| c == b) else {
                return 1;
            };
            let Some(&name) = names.get(index) else {
                return 1;
            };
            match date.checked_add_days(Days::new(days)) {
                Some(d) if d.year() == year => date = d,
                _ => return 1,
            }
            out.push((date, name));
        }
    }
    usize::from(delta.is_some())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).expect("valid test date")
    }

    fn name(region: Region, date: NaiveDate) -> Option<&'static str> {
        holiday(region, date).expect("covered year")
    }

    #[test]
    fn embedded_data_parses_completely() {
        let p = parse(DATA);
        assert_eq!(p.errors, 0, "malformed lines or tokens in data.txt");
        for region in Region::ALL {
            let data = &p.regions[region.index()];
            assert!(data.declared > 0, "{region}: missing from data.txt");
            assert_eq!(data.entries.len(), data.declared, "{region}: entry count");
            assert!(
                data.entries.windows(2).all(|w| w[0].0 < w[1].0),
                "{region}: dates not strictly increasing"
            );
            assert!(data.entries.iter().all(|(_, n)| !n.is_empty()));
        }
        // The first comment line names the source and the command.
        let first = DATA.lines().next().unwrap_or("");
        assert!(first.starts_with("# holidays 0.109 "), "{first}");
        assert!(
            first.contains("python3 crates/core/src/holidays/generate.py"),
            "{first}"
        );
    }

    #[test]
    fn coverage_matches_constants() {
        for region in Region::ALL {
            let years = region.covered_years();
            assert_eq!(*years.start(), FIRST_YEAR, "{region}");
            if region == Region::In {
                // The package's Indian lunar-calendar data ends in 2035.
                assert!(*years.end() >= LAST_YEAR - 1, "{region}: {years:?}");
            } else {
                assert_eq!(*years.end(), LAST_YEAR, "{region}");
            }
        }
        assert_eq!(
            Region::ALL.iter().map(|r| *r.covered_years().end()).max(),
            Some(LAST_YEAR)
        );
    }

    #[test]
    fn known_dates() {
        use Region::*;
        let cases: &[(Region, NaiveDate, &str)] = &[
            (Gb, d(2024, 12, 25), "Christmas Day"),
            (Gb, d(2024, 12, 26), "Boxing Day"),
            (Gb, d(2024, 8, 26), "Late Summer Bank Holiday"),
            (Gb, d(2024, 3, 29), "Good Friday"),
            (Gb, d(2020, 5, 8), "May Day"), // moved to Friday for VE Day's 75th anniversary
            (Gb, d(2022, 9, 19), "State Funeral of Queen Elizabeth II"),
            (Us, d(2024, 7, 4), "Independence Day"),
            (Us, d(2024, 11, 28), "Thanksgiving Day"),
            (Us, d(2021, 12, 24), "Christmas Day (observed)"),
            (Us, d(2021, 12, 31), "New Year's Day (observed)"), // for Sat 1 Jan 2022
            (Sg, d(2024, 8, 9), "National Day"),
            (Sg, d(2024, 2, 12), "Chinese New Year (observed)"),
            (No, d(2024, 5, 17), "Constitution Day"),
            (No, d(2024, 3, 28), "Maundy Thursday"),
            (Gr, d(2024, 3, 25), "Independence Day"),
            (Gr, d(2024, 10, 28), "Ohi Day"),
            (Dk, d(2023, 5, 5), "Great Prayer Day"),
            (De, d(2024, 10, 3), "German Unity Day"),
            (Nl, d(2024, 4, 27), "King's Day"),
            (In, d(2024, 1, 26), "Republic Day"),
            (In, d(2024, 10, 2), "Mahatma Gandhi's Jayanti"),
            (Au, d(2024, 1, 26), "Australia Day"),
            (Au, d(2024, 4, 25), "ANZAC Day"),
            (Jp, d(2024, 1, 8), "Coming of Age Day"),
            (Jp, d(2024, 2, 12), "Substitute Holiday"),
        ];
        for &(region, date, expected) in cases {
            assert_eq!(name(region, date), Some(expected), "{region} {date}");
        }
    }

    #[test]
    fn observed_substitute_days_are_included() {
        // GB: Christmas 2021 (Sat) and Boxing Day (Sun) observed Mon 27 / Tue 28 Dec.
        assert_eq!(
            name(Region::Gb, d(2021, 12, 27)),
            Some("Christmas Day (observed)")
        );
        assert_eq!(
            name(Region::Gb, d(2021, 12, 28)),
            Some("Boxing Day (observed)")
        );
        // GB: Christmas 2022 (Sun) observed Tue 27 Dec; New Year 2022 (Sat) on Mon 3 Jan.
        assert_eq!(
            name(Region::Gb, d(2022, 12, 27)),
            Some("Christmas Day (observed)")
        );
        assert_eq!(
            name(Region::Gb, d(2022, 1, 3)),
            Some("New Year's Day (observed)")
        );
        // AU national: added from the days every state observes.
        assert_eq!(
            name(Region::Au, d(2021, 12, 27)),
            Some("Christmas Day (observed)")
        );
        assert_eq!(
            name(Region::Au, d(2021, 12, 28)),
            Some("Boxing Day (observed)")
        );
        assert_eq!(
            name(Region::Au, d(2025, 1, 27)),
            Some("Australia Day (observed)")
        );
        // AU: ANZAC Day on Sat 25 Apr 2026 has no national substitute (only some states).
        assert_eq!(name(Region::Au, d(2026, 4, 27)), None);
        // JP: Constitution/Greenery/Children's Day 2024 with Sun 5 May → Mon 6 May.
        assert_eq!(name(Region::Jp, d(2024, 5, 6)), Some("Substitute Holiday"));
        // Every weekday holiday counts: each observed day is a weekday.
        for region in Region::ALL {
            for year in region.covered_years() {
                for (date, n) in holidays_in_year(region, year) {
                    if n.contains("(observed") {
                        assert!(
                            date.weekday().number_from_monday() <= 5,
                            "{region} {date} {n}"
                        );
                    }
                }
            }
        }
    }

    #[test]
    fn plain_days_are_not_holidays() {
        assert_eq!(holiday(Region::Gb, d(2024, 10, 8)), Ok(None)); // a Tuesday
        assert_eq!(holiday(Region::Us, d(2024, 7, 5)), Ok(None));
        assert_eq!(holiday(Region::De, d(2024, 10, 4)), Ok(None));
        // Norway: an ordinary Sunday is not a public holiday.
        assert_eq!(holiday(Region::No, d(2024, 6, 2)), Ok(None));
        assert_eq!(holiday(Region::No, d(2024, 5, 12)), Ok(None));
        for year in Region::No.covered_years() {
            let list = holidays_in_year(Region::No, year);
            assert!(list.len() <= 13, "NO {year}: {} holidays", list.len());
            let sundays = list
                .iter()
                .filter(|(d, _)| d.weekday() == chrono::Weekday::Sun);
            assert!(sundays.count() <= 4, "NO {year}: Sundays listed");
        }
    }

    #[test]
    fn years_outside_the_data_are_not_covered() {
        for region in Region::ALL {
            assert_eq!(
                holiday(region, d(2019, 12, 25)),
                Err(NotCovered { year: 2019 })
            );
            assert_eq!(
                holiday(region, d(2037, 1, 1)),
                Err(NotCovered { year: 2037 })
            );
            assert!(holidays_in_year(region, 2019).is_empty());
            assert!(holidays_in_year(region, 2037).is_empty());
        }
        assert_eq!(
            holiday(Region::In, d(2036, 1, 26)),
            Err(NotCovered { year: 2036 })
        );
        assert_eq!(
            NotCovered { year: 2037 }.to_string(),
            "holiday data does not cover 2037"
        );
        // Covered boundaries.
        assert_eq!(name(Region::Gb, d(2020, 1, 1)), Some("New Year's Day"));
        assert_eq!(name(Region::Gb, d(2036, 12, 26)), Some("Boxing Day"));
    }

    #[test]
    fn every_region_has_holidays_every_covered_year() {
        for region in Region::ALL {
            for year in region.covered_years() {
                let list = holidays_in_year(region, year);
                assert!(list.len() >= 5, "{region} {year}: only {}", list.len());
                assert!(list.windows(2).all(|w| w[0].0 < w[1].0));
                for &(date, n) in &list {
                    assert_eq!(date.year(), year);
                    assert_eq!(holiday(region, date), Ok(Some(n)));
                    assert!(n.is_ascii(), "{region} {date}: non-English name {n:?}");
                }
            }
        }
    }

    #[test]
    fn counts_for_2024() {
        let expected = [
            (Region::Gb, 8),
            (Region::Us, 11),
            (Region::Sg, 12),
            (Region::No, 12),
            (Region::Gr, 12),
            (Region::Dk, 10),
            (Region::De, 9),
            (Region::Nl, 10),
            (Region::In, 18),
            (Region::Au, 7),
            (Region::Jp, 21),
        ];
        for (region, count) in expected {
            assert_eq!(holidays_in_year(region, 2024).len(), count, "{region}");
        }
        // Germany (national) has exactly these every year.
        let de: Vec<_> = holidays_in_year(Region::De, 2024)
            .into_iter()
            .map(|(_, n)| n)
            .collect();
        assert_eq!(
            de,
            [
                "New Year's Day",
                "Good Friday",
                "Easter Monday",
                "Labor Day",
                "Ascension Day",
                "Pentecost Monday",
                "German Unity Day",
                "Christmas Day",
                "Second Day of Christmas"
            ]
        );
    }

    #[test]
    fn region_codes_round_trip() {
        for region in Region::ALL {
            assert_eq!(Region::from_code(region.code()), Some(region));
            assert_eq!(
                Region::from_code(&region.code().to_lowercase()),
                Some(region)
            );
            assert_eq!(
                Region::from_code(&format!("  {}\t", region.code())),
                Some(region)
            );
            assert_eq!(region.code().len(), 2);
            assert!(!region.name().is_empty());
        }
        assert_eq!(Region::from_code(" gb "), Some(Region::Gb));
        assert_eq!(Region::from_code("XX"), None);
        assert_eq!(Region::from_code(""), None);
        assert_eq!(Region::from_code("none"), None);
        assert_eq!(Region::from_code("G B"), None);
        assert_eq!(Region::Gb.name(), "United Kingdom (England & Wales)");
        assert_eq!(Region::Au.name(), "Australia (national)");
        let mut sorted = Region::ALL;
        sorted.sort();
        assert_eq!(sorted, Region::ALL, "ALL is in declaration order");
    }

    #[test]
    fn malformed_text_is_skipped_without_panicking() {
        let text = "# comment\n\
                    R GB 2020 2021 3\n\
                    N First|Second\n\
                    2020 0A10B\n\
                    2021 5A9Z\n\
                    garbage\n\
                    R XX 2020 2020 1\n\
                    2020 0A\n\
                    R US 2020 2020 1\n\
                    N Only\n\
                    2020 400A\n\
                    2020 0A7\n";
        let p = parse(text);
        assert!(p.errors >= 5, "errors: {}", p.errors);
        let gb = &p.regions[Region::Gb.index()];
        assert_eq!(
            gb.entries,
            vec![
                (d(2020, 1, 1), "First"),
                (d(2020, 1, 11), "Second"),
                (d(2021, 1, 6), "First"),
            ]
        );
        let us = &p.regions[Region::Us.index()];
        assert_eq!(us.entries, vec![(d(2020, 1, 1), "Only")]);
        // A region absent from the text covers no year.
        assert!(p.regions[Region::Jp.index()].first_year > p.regions[Region::Jp.index()].last_year);
    }
}
