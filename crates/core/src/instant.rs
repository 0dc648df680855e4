//! UTC instants at minute precision: parsing what people and scripts type,
//! formatting them the way tickets and messages show them, and "now" from a
//! clock's reading ([`from_clock`]).
//!
//! Every instant in the core is a [`NaiveDateTime`] that *means* UTC. Parsing
//! converts any offset to UTC and drops seconds, so all arithmetic downstream
//! is plain, panic-free minute arithmetic inside [`MIN_YEAR`]..=[`MAX_YEAR`].

use crate::message::Messages;
use chrono::format::{Fixed, Item, Numeric, Pad};
use chrono::{
    DateTime, Datelike, Duration, NaiveDate, NaiveDateTime, NaiveTime, SecondsFormat, Timelike, Utc,
};

use crate::excerpt::excerpt;

/// Earliest year an instant may have. Earlier years are surely typos.
pub const MIN_YEAR: i32 = 1970;
/// Latest year an instant may have: far enough for any plan, near enough that
/// adding the policy's days or hours can never overflow.
pub const MAX_YEAR: i32 = 2999;

/// Why a piece of text is not a UTC instant.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum InstantError {
    /// Nothing was typed.
    Empty,
    /// The text does not have the shape of a date and time.
    Shape {
        /// The text as typed, shortened for a message.
        found: String,
    },
    /// The text has the shape but names a day that does not exist (31 Feb).
    NoSuchDate {
        /// The text as typed, shortened for a message.
        found: String,
    },
    /// The hour or minute is out of range.
    NoSuchTime {
        /// The text as typed, shortened for a message.
        found: String,
    },
    /// The seconds are out of range (they are dropped, but a typo there is still a typo).
    NoSuchSecond {
        /// The text as typed, shortened for a message.
        found: String,
    },
    /// The year is outside [`MIN_YEAR`]..=[`MAX_YEAR`].
    YearOutOfRange {
        /// The year the text names.
        year: i32,
    },
}

impl InstantError {
    /// What is wrong, in the language `messages` writes.
    pub fn message(&self, messages: &dyn Messages) -> String {
        match self {
            InstantError::Empty => messages.format("instant-empty", &[]),
            InstantError::Shape { found } => {
                messages.format("instant-shape", &[("found", found.into())])
            }
            InstantError::NoSuchDate { found } => {
                messages.format("instant-date", &[("found", found.into())])
            }
            InstantError::NoSuchTime { found } => {
                messages.format("instant-time", &[("found", found.into())])
            }
            InstantError::NoSuchSecond { found } => {
                messages.format("instant-seconds", &[("found", found.into())])
            }
            InstantError::YearOutOfRange { year } => messages.format(
                "instant-year",
                &[
                    ("year", (*year).into()),
                    ("min", MIN_YEAR.into()),
                    ("max", MAX_YEAR.into()),
                ],
            ),
        }
    }
}

/// In English.
#[cfg(feature = "fluent")]
impl std::fmt::Display for InstantError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.message(crate::message::english()))
    }
}

#[cfg(feature = "fluent")]
impl std::error::Error for InstantError {}

/// Parses an instant: `2024-10-09T02:00Z`, `2024-10-09T02:00:00Z`,
/// `2024-10-09 02:00` (no offset means UTC), `2024-10-09T04:00+02:00`
/// (converted to UTC). Seconds and fractions are dropped.
///
/// # Errors
/// [`InstantError`] says what was expected and what was found.
///
/// # Example
/// ```
/// use refresh_request_core::instant::{parse, to_rfc3339};
/// let t = parse("2024-10-09T04:00+02:00").unwrap();
/// assert_eq!(to_rfc3339(t), "2024-10-09T02:00:00Z");
/// ```
pub fn parse(text: &str) -> Result<NaiveDateTime, InstantError> {
    let s = text.trim();
    if s.is_empty() {
        return Err(InstantError::Empty);
    }
    // A no-break or other Unicode space (pasted from a document) stands where
    // a space belongs: read it as one. Messages still quote what was typed.
    let spaced: std::borrow::Cow<'_, str> = if s.is_ascii() {
        s.into()
    } else {
        s.chars()
            .map(|c| if c.is_whitespace() { ' ' } else { c })
            .collect::<String>()
            .into()
    };
    let shape = || InstantError::Shape { found: excerpt(s) };
    let bytes = spaced.as_bytes();
    if bytes.len() < 10 {
        return Err(shape());
    }
    let date = parse_date_part(spaced.get(..10).ok_or_else(shape)?, s)?;
    let rest = &bytes[10..];
    if rest.is_empty() {
        return Err(shape());
    }
    if !matches!(rest[0], b'T' | b't' | b' ') {
        return Err(shape());
    }
    let rest = &rest[1..];
    let (hour, minute, mut i) = parse_hh_mm(rest).ok_or_else(shape)?;
    let mut bad_second = false;
    // Optional seconds and fraction: accepted, then dropped.
    if rest.get(i) == Some(&b':') {
        let sec = two_digits(rest.get(i + 1..i + 3)).ok_or_else(shape)?;
        // 60: a leap second.
        bad_second = sec > 60;
        i += 3;
        if matches!(rest.get(i), Some(b'.') | Some(b',')) {
            i += 1;
            let start = i;
            while rest.get(i).is_some_and(u8::is_ascii_digit) {
                i += 1;
            }
            if i == start {
                return Err(shape());
            }
        }
    }
    let offset_minutes: i64 = match rest.get(i..) {
        None | Some([]) => 0,
        Some([b'Z' | b'z']) => 0,
        Some([sign @ (b'+' | b'-'), tail @ ..]) => {
            let (oh, om) = match tail {
                [a, b, b':', c, d] | [a, b, c, d] => (
                    two_digits(Some(&[*a, *b])).ok_or_else(shape)?,
                    two_digits(Some(&[*c, *d])).ok_or_else(shape)?,
                ),
                [a, b] => (two_digits(Some(&[*a, *b])).ok_or_else(shape)?, 0),
                _ => return Err(shape()),
            };
            if oh > 23 || om > 59 {
                return Err(shape());
            }
            let total = i64::from(oh * 60 + om);
            if *sign == b'+' {
                total
            } else {
                -total
            }
        }
        Some(_) => return Err(shape()),
    };
    if hour > 23 || minute > 59 {
        return Err(InstantError::NoSuchTime { found: excerpt(s) });
    }
    if bad_second {
        return Err(InstantError::NoSuchSecond { found: excerpt(s) });
    }
    let time = NaiveTime::from_hms_opt(hour, minute, 0)
        .ok_or_else(|| InstantError::NoSuchTime { found: excerpt(s) })?;
    let local = date.and_time(time);
    let utc = local - Duration::minutes(offset_minutes);
    check_year(utc.year())?;
    Ok(utc)
}

/// Parses a date (`2024-10-09`) or, failing that, an instant; a bare date
/// means 00:00 UTC that day. Used for fields that are days, not moments.
///
/// # Errors
/// As [`parse`].
pub fn parse_date_or_instant(text: &str) -> Result<NaiveDateTime, InstantError> {
    let s = text.trim();
    if s.len() == 10 {
        let date = parse_date_part(s, s)?;
        return Ok(date.and_time(NaiveTime::MIN));
    }
    parse(s)
}

fn parse_date_part(part: &str, whole: &str) -> Result<NaiveDate, InstantError> {
    let shape = || InstantError::Shape {
        found: excerpt(whole),
    };
    let b = part.as_bytes();
    if b.len() != 10 || b[4] != b'-' || b[7] != b'-' {
        return Err(shape());
    }
    let year = digits(&b[0..4]).ok_or_else(shape)? as i32;
    let month = digits(&b[5..7]).ok_or_else(shape)?;
    let day = digits(&b[8..10]).ok_or_else(shape)?;
    check_year(year)?;
    NaiveDate::from_ymd_opt(year, month, day).ok_or_else(|| InstantError::NoSuchDate {
        found: excerpt(whole),
    })
}

fn check_year(year: i32) -> Result<(), InstantError> {
    if (MIN_YEAR..=MAX_YEAR).contains(&year) {
        Ok(())
    } else {
        Err(InstantError::YearOutOfRange { year })
    }
}

/// `HH:MM` (or `H:MM`) at the start of `b`: (hour, minute, bytes used).
fn parse_hh_mm(b: &[u8]) -> Option<(u32, u32, usize)> {
    let colon = b.iter().take(3).position(|&c| c == b':')?;
    if colon == 0 {
        return None;
    }
    let hour = digits(&b[..colon])?;
    let minute = two_digits(b.get(colon + 1..colon + 3))?;
    Some((hour, minute, colon + 3))
}

fn two_digits(b: Option<&[u8]>) -> Option<u32> {
    let b = b?;
    (b.len() == 2).then(|| digits(b))?
}

fn digits(b: &[u8]) -> Option<u32> {
    if b.is_empty() || b.len() > 4 {
        return None;
    }
    b.iter().try_fold(0u32, |acc, &c| {
        c.is_ascii_digit().then(|| acc * 10 + u32::from(c - b'0'))
    })
}

// Formatting is chrono's: each form below is chrono's items of a `format`
// string (the string is in each doc comment, and a test checks the two
// agree), written with `format_with_items`, chrono's way to reuse a format,
// rather than the string parsed again on every call: a check with many
// findings writes a dozen dates, which took a third of it that way
// (docs/performance.md). Years are 1970–2999 (the parser makes no others),
// so `%Y` is always 4 digits.

/// `%a %-d %b %Y`
const DAY: &[Item<'static>] = &[
    Item::Fixed(Fixed::ShortWeekdayName),
    Item::Space(" "),
    Item::Numeric(Numeric::Day, Pad::None),
    Item::Space(" "),
    Item::Fixed(Fixed::ShortMonthName),
    Item::Space(" "),
    Item::Numeric(Numeric::Year, Pad::Zero),
];
/// `%H:%M`
const CLOCK: &[Item<'static>] = &[
    Item::Numeric(Numeric::Hour, Pad::Zero),
    Item::Literal(":"),
    Item::Numeric(Numeric::Minute, Pad::Zero),
];
/// `%Y-%m-%d`
const ISO_DATE: &[Item<'static>] = &[
    Item::Numeric(Numeric::Year, Pad::Zero),
    Item::Literal("-"),
    Item::Numeric(Numeric::Month, Pad::Zero),
    Item::Literal("-"),
    Item::Numeric(Numeric::Day, Pad::Zero),
];
/// `%-d %b`
const DAY_MONTH: &[Item<'static>] = &[
    Item::Numeric(Numeric::Day, Pad::None),
    Item::Space(" "),
    Item::Fixed(Fixed::ShortMonthName),
];
/// ` `
const SPACE: &[Item<'static>] = &[Item::Space(" ")];
/// ` UTC`
const UTC: &[Item<'static>] = &[Item::Space(" "), Item::Literal("UTC")];
/// `–`
const DASH: &[Item<'static>] = &[Item::Literal("–")];
/// ` – `
const SPACED_DASH: &[Item<'static>] = &[Item::Space(" "), Item::Literal("–"), Item::Space(" ")];
/// `%A`
const WEEKDAY: &[Item<'static>] = &[Item::Fixed(Fixed::LongWeekdayName)];
/// `%Y%m%dT%H%M00Z`
const STAMP: &[Item<'static>] = &[
    Item::Numeric(Numeric::Year, Pad::Zero),
    Item::Numeric(Numeric::Month, Pad::Zero),
    Item::Numeric(Numeric::Day, Pad::Zero),
    Item::Literal("T"),
    Item::Numeric(Numeric::Hour, Pad::Zero),
    Item::Numeric(Numeric::Minute, Pad::Zero),
    Item::Literal("00Z"),
];

/// `t` written as the items of `parts`, one after the other, after `out`.
fn written(mut out: String, t: NaiveDateTime, parts: &[&[Item<'static>]]) -> String {
    for items in parts {
        // Writing into a String fails only for chrono's `Item::Error`, which none of these is.
        let _ = t.format_with_items(items.iter()).write_to(&mut out);
    }
    out
}

/// `d` written as `items`.
fn day_written(d: NaiveDate, items: &[Item<'static>]) -> String {
    let mut out = String::with_capacity(16);
    let _ = d.format_with_items(items.iter()).write_to(&mut out);
    out
}

/// `Monday` … `Sunday` (`%A`).
pub fn weekday_name(d: NaiveDate) -> String {
    day_written(d, WEEKDAY)
}

/// `2024-10-09` (`%Y-%m-%d`).
pub fn to_iso_date(d: NaiveDate) -> String {
    day_written(d, ISO_DATE)
}

/// `02:00` (`%H:%M`).
pub fn to_clock(t: NaiveDateTime) -> String {
    written(String::with_capacity(8), t, &[CLOCK])
}

/// `20241009T020000Z` (`%Y%m%dT%H%M00Z`): a UTC date-time of a calendar file.
pub fn to_calendar_stamp(t: NaiveDateTime) -> String {
    written(String::with_capacity(16), t, &[STAMP])
}

/// `2024-10-09T02:00:00Z`: the machine form used in JSON, links and drafts.
pub fn to_rfc3339(t: NaiveDateTime) -> String {
    // chrono's RFC 3339 writer, not a format string: the report writes it on every call.
    t.and_utc().to_rfc3339_opts(SecondsFormat::Secs, true)
}

/// `2024-10-09 02:00` (`%Y-%m-%d %H:%M`): the form the UTC text fields show and accept.
pub fn to_field(t: NaiveDateTime) -> String {
    written(String::with_capacity(16), t, &[ISO_DATE, SPACE, CLOCK])
}

/// `Wed 9 Oct 2024 02:00 UTC` (`%a %-d %b %Y %H:%M UTC`).
pub fn format_utc(t: NaiveDateTime) -> String {
    written(String::with_capacity(32), t, &[DAY, SPACE, CLOCK, UTC])
}

/// `9 Oct` (`%-d %b`): a calendar's first day, or the first of a month.
pub fn day_and_month(d: NaiveDate) -> String {
    day_written(d, DAY_MONTH)
}

/// `Wed 9 Oct 2024` (`%a %-d %b %Y`).
pub fn format_day(d: NaiveDate) -> String {
    day_written(d, DAY)
}

/// `Wed 9 Oct 2024 02:00–04:00 UTC`, or across midnight
/// `Wed 9 Oct 2024 23:00 – Thu 10 Oct 2024 01:00 UTC` (`%a %-d %b %Y %H:%M`,
/// then the end's `–%H:%M UTC` or ` – %a %-d %b %Y %H:%M UTC`).
pub fn format_window(start: NaiveDateTime, minutes: u32) -> String {
    let end = start + Duration::minutes(i64::from(minutes));
    let out = written(String::with_capacity(64), start, &[DAY, SPACE, CLOCK]);
    if end.date() == start.date() {
        written(out, end, &[DASH, CLOCK, UTC])
    } else {
        written(out, end, &[SPACED_DASH, DAY, SPACE, CLOCK, UTC])
    }
}

/// Rounds up to the next multiple of `step` minutes (unchanged when already on one).
pub fn ceil_to_minutes(t: NaiveDateTime, step: u32) -> NaiveDateTime {
    let step = i64::from(step.max(1));
    let minute_of_day = i64::from(t.hour() * 60 + t.minute());
    let rem = minute_of_day % step;
    if rem == 0 {
        t
    } else {
        t + Duration::minutes(step - rem)
    }
}

/// "Now", from a clock's reading: the minute it falls in, as a UTC instant
/// (seconds and fractions dropped, as [`parse`] drops them). The page and
/// the command only read their clock; this is where it becomes the core's
/// minute, so a window checked at 11:59:40 is checked at 11:59 everywhere.
///
/// # Example
/// ```
/// use chrono::DateTime;
/// use refresh_request_core::instant::{from_clock, to_rfc3339};
/// let read = DateTime::from_timestamp_millis(1_728_266_459_999).unwrap();
/// assert_eq!(to_rfc3339(from_clock(read)), "2024-10-07T02:00:00Z");
/// ```
pub fn from_clock(read: DateTime<Utc>) -> NaiveDateTime {
    let t = read.naive_utc();
    t.with_second(0)
        .and_then(|t| t.with_nanosecond(0))
        .unwrap_or(t)
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    const WEEKDAYS: [&str; 7] = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"];
    const MONTHS: [&str; 12] = [
        "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
    ];

    proptest! {
        /// Each form says what it promises, spelled out with `format!`, over
        /// every minute of the years the parser accepts.
        #[test]
        fn every_form_reads_as_documented(
            days in 0i64..376_000,
            minute in 0i64..1440,
            window in 0u32..3000,
        ) {
            let epoch = at(1970, 1, 1, 0, 0);
            let t = epoch + Duration::days(days) + Duration::minutes(minute);
            let d = t.date();
            let day = format!(
                "{} {} {} {}",
                WEEKDAYS[d.weekday().num_days_from_monday() as usize],
                d.day(),
                MONTHS[d.month0() as usize],
                d.year()
            );
            let iso = format!("{:04}-{:02}-{:02}", d.year(), d.month(), d.day());
            let clock = format!("{:02}:{:02}", t.hour(), t.minute());
            prop_assert_eq!(to_iso_date(d), iso.clone());
            prop_assert_eq!(to_clock(t), clock.clone());
            prop_assert_eq!(to_rfc3339(t), format!("{iso}T{clock}:00Z"));
            prop_assert_eq!(to_field(t), format!("{iso} {clock}"));
            prop_assert_eq!(day_and_month(d), format!("{} {}", d.day(), MONTHS[d.month0() as usize]));
            prop_assert_eq!(format_day(d), day.clone());
            prop_assert_eq!(format_utc(t), format!("{day} {clock} UTC"));
            let end = t + Duration::minutes(i64::from(window));
            let end_clock = format!("{:02}:{:02}", end.hour(), end.minute());
            let want = if end.date() == d {
                format!("{day} {clock}–{end_clock} UTC")
            } else {
                format!("{day} {clock} – {} {end_clock} UTC", format_day(end.date()))
            };
            prop_assert_eq!(format_window(t, window), want);
        }
    }

    fn at(y: i32, mo: u32, d: u32, h: u32, mi: u32) -> NaiveDateTime {
        NaiveDate::from_ymd_opt(y, mo, d)
            .and_then(|d| d.and_hms_opt(h, mi, 0))
            .expect("valid test instant")
    }

    #[test]
    fn accepts_the_forms_the_spec_names() {
        let want = at(2024, 10, 9, 2, 0);
        for s in [
            "2024-10-09T02:00:00Z",
            "2024-10-09T02:00Z",
            "2024-10-09 02:00",
            "2024-10-09t02:00z",
            " 2024-10-09T02:00:59.999Z ",
            "2024-10-09T04:00+02:00",
            "2024-10-08T21:00-05:00",
            "2024-10-09T07:30+0530",
            "2024-10-09T2:00Z",
        ] {
            assert_eq!(parse(s), Ok(want), "{s}");
        }
    }

    #[test]
    fn offsets_cross_midnight_and_year_ends() {
        assert_eq!(parse("2025-01-01T01:00+02:00"), Ok(at(2024, 12, 31, 23, 0)));
        assert_eq!(parse("2024-02-29T23:30-01:00"), Ok(at(2024, 3, 1, 0, 30)));
    }

    #[test]
    fn rejections_say_what_was_expected() {
        insta::assert_snapshot!(parse("tomorrow").unwrap_err(), @"expected a date and time in UTC like 2024-10-09 02:00 (or 2024-10-09T02:00Z), found “tomorrow”");
        insta::assert_snapshot!(parse("2024-02-30 10:00").unwrap_err(), @"“2024-02-30 10:00” is not a real calendar date: check the day and month");
        insta::assert_snapshot!(parse("2024-10-09 24:00").unwrap_err(), @"“2024-10-09 24:00” is not a real time of day: hours go from 00 to 23 and minutes from 00 to 59");
        insta::assert_snapshot!(parse("0001-01-01T00:00Z").unwrap_err(), @"the year 1 is out of range: use a year from 1970 to 2999");
        insta::assert_snapshot!(parse("   ").unwrap_err(), @"enter a date and time in UTC, like 2024-10-09 02:00");
        assert!(
            parse("2024-10-09").is_err(),
            "a bare date is not an instant"
        );
        assert!(parse("2024-10-09T02:00Zjunk").is_err());
        assert!(parse("2024-10-09T02:00+2").is_err());
        assert!(parse("2024-10-09T02:00+24:00").is_err());
    }

    /// Each message points at the part that is wrong, and forms people paste are read.
    #[test]
    fn messages_point_at_the_right_part() {
        insta::assert_snapshot!(parse("2027-01-10T08:00:99Z").unwrap_err(), @"“2027-01-10T08:00:99Z” is not a real time of day: seconds go from 00 to 59 (or leave them out: the form keeps minutes only)");
        insta::assert_snapshot!(parse("2027-01-10T25:00:99Z").unwrap_err(), @"“2027-01-10T25:00:99Z” is not a real time of day: hours go from 00 to 23 and minutes from 00 to 59");
        assert_eq!(parse("2027-01-10T08:00:60Z"), Ok(at(2027, 1, 10, 8, 0)));
        // A space for the `T`, with a `Z`.
        assert_eq!(parse("2027-01-10 08:00Z"), Ok(at(2027, 1, 10, 8, 0)));
        // No-break, narrow no-break and figure spaces where the space belongs.
        for space in ['\u{a0}', '\u{202f}', '\u{2007}'] {
            let text = format!("2027-01-10{space}08:00");
            assert_eq!(parse(&text), Ok(at(2027, 1, 10, 8, 0)), "{text:?}");
            assert_eq!(
                parse_date_or_instant(&text),
                Ok(at(2027, 1, 10, 8, 0)),
                "{text:?}"
            );
        }
    }

    #[test]
    fn now_is_the_minute_the_clock_reads() {
        let at_minute = at(2024, 10, 7, 2, 0);
        for (secs, nanos) in [(0, 0), (0, 1), (40, 0), (59, 999_999_999)] {
            let read = DateTime::from_timestamp(at_minute.and_utc().timestamp() + secs, nanos)
                .expect("in range");
            assert_eq!(from_clock(read), at_minute, "{read}");
        }
        let next =
            DateTime::from_timestamp(at_minute.and_utc().timestamp() + 60, 0).expect("in range");
        assert_eq!(from_clock(next), at(2024, 10, 7, 2, 1));
    }

    #[test]
    fn long_input_is_excerpted_in_messages() {
        let long = "x".repeat(1_000_000);
        let msg = parse(&long).unwrap_err().to_string();
        assert!(msg.len() < 200, "{} bytes", msg.len());
    }

    #[test]
    fn bare_dates_are_midnight_where_days_are_expected() {
        assert_eq!(
            parse_date_or_instant("2024-10-09"),
            Ok(at(2024, 10, 9, 0, 0))
        );
        assert_eq!(
            parse_date_or_instant("2024-10-09 05:00"),
            Ok(at(2024, 10, 9, 5, 0))
        );
    }

    /// Each form's items are what chrono reads from the `format` string its doc comment names.
    #[test]
    fn items_are_the_format_strings() {
        use chrono::format::StrftimeItems;
        let forms: [(&[&[Item<'static>]], &str); 11] = [
            (&[DAY], "%a %-d %b %Y"),
            (&[CLOCK], "%H:%M"),
            (&[ISO_DATE], "%Y-%m-%d"),
            (&[DAY_MONTH], "%-d %b"),
            (&[WEEKDAY], "%A"),
            (&[STAMP], "%Y%m%dT%H%M00Z"),
            (&[ISO_DATE, SPACE, CLOCK], "%Y-%m-%d %H:%M"),
            (&[DAY, SPACE, CLOCK, UTC], "%a %-d %b %Y %H:%M UTC"),
            (&[DAY, SPACE, CLOCK], "%a %-d %b %Y %H:%M"),
            (&[DASH, CLOCK, UTC], "–%H:%M UTC"),
            (
                &[SPACED_DASH, DAY, SPACE, CLOCK, UTC],
                " – %a %-d %b %Y %H:%M UTC",
            ),
        ];
        for (parts, format) in forms {
            assert_eq!(
                parts.concat(),
                StrftimeItems::new(format).parse().unwrap(),
                "{format}"
            );
        }
    }

    #[test]
    fn formats() {
        let t = at(2024, 10, 9, 2, 0);
        assert_eq!(format_utc(t), "Wed 9 Oct 2024 02:00 UTC");
        assert_eq!(to_rfc3339(t), "2024-10-09T02:00:00Z");
        assert_eq!(to_field(t), "2024-10-09 02:00");
        assert_eq!(format_window(t, 120), "Wed 9 Oct 2024 02:00–04:00 UTC");
        assert_eq!(
            format_window(at(2024, 10, 9, 23, 0), 120),
            "Wed 9 Oct 2024 23:00 – Thu 10 Oct 2024 01:00 UTC"
        );
    }

    /// The hand-written formats agree with chrono's strftime on every day of 2020–2030.
    #[test]
    fn round_trips_every_minute_of_a_day() {
        let day = at(2024, 3, 31, 0, 0);
        for m in 0..24 * 60 {
            let t = day + Duration::minutes(m);
            assert_eq!(parse(&to_rfc3339(t)), Ok(t));
            assert_eq!(parse(&to_field(t)), Ok(t));
        }
    }

    #[test]
    fn ceil_to_half_hours() {
        assert_eq!(
            ceil_to_minutes(at(2024, 1, 1, 2, 7), 30),
            at(2024, 1, 1, 2, 30)
        );
        assert_eq!(
            ceil_to_minutes(at(2024, 1, 1, 2, 30), 30),
            at(2024, 1, 1, 2, 30)
        );
        assert_eq!(
            ceil_to_minutes(at(2024, 1, 1, 23, 45), 30),
            at(2024, 1, 2, 0, 0)
        );
    }
}
