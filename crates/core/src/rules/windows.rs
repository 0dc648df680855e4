//! Windows: `window.count`, `window.overlap`, `window.weekend`,
//! `window.holiday`, `window.blackout`, `window.hours`, `notice.business_days`, `notice.hours`,
//! `pit.notice`, `pit.max_age`, `pit.future`, `pit.infeasible`,
//! `holiday.coverage`, and `field.required` for windows and restore point.
//!
//! Every condition on a single start is a [`Blocker`], so the findings, the
//! suggestions and the planning calendar judge a start the same way.

use super::{required, Context};
use crate::business_days::is_weekend;
use crate::field::Key;
use crate::finding::{Finding, Severity};
use crate::instant::{format_day, format_utc, format_window};
use crate::policy::NoticePeriod;
use crate::request::Slot;
use crate::rule_id::RuleId;
use crate::season::{season_at, Season};
use chrono::{Datelike, Duration, NaiveDate, NaiveDateTime, Timelike};

/// Why one window start is not acceptable as it is.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Blocker {
    /// Starts before the notice rule allows.
    Notice {
        /// The earliest acceptable start.
        earliest: NaiveDateTime,
    },
    /// Starts before the point-in-time notice allows.
    PitNotice {
        /// The earliest acceptable start.
        earliest: NaiveDateTime,
    },
    /// Starts after the restore point is too old.
    PitMaxAge {
        /// The latest acceptable start.
        latest: NaiveDateTime,
    },
    /// Starts before the restore point.
    PitFuture {
        /// The restore point.
        restore: NaiveDateTime,
    },
    /// Touches a Saturday or Sunday.
    Weekend {
        /// The weekend day.
        day: NaiveDate,
    },
    /// Touches a public holiday.
    Holiday {
        /// The holiday.
        day: NaiveDate,
        /// Its name.
        name: &'static str,
    },
    /// Touches a day the region's holiday data does not cover: whether it is a
    /// holiday is unknown (a warning: the customer checks it).
    Unchecked {
        /// The first such day the window touches.
        day: NaiveDate,
    },
    /// Touches one of the policy's blackout periods.
    Blackout {
        /// Why, as the vendor says it.
        reason: String,
        /// The period's start.
        from: NaiveDateTime,
        /// Its end.
        to: NaiveDateTime,
    },
    /// Outside standard service hours (approval, not error).
    Hours {
        /// The season at the start.
        season: Season,
        /// Service hours then, in minutes after 00:00 UTC.
        hours: (u32, u32),
    },
}

/// `hh:mm` for minutes after 00:00 (at most 24:00, which the policy loader
/// checks), written without `format!`: the hours message needs four.
struct Clock([u8; 5]);

impl Clock {
    fn new(minutes: u32) -> Self {
        let (h, m) = ((minutes / 60) % 100, minutes % 60);
        let digit = |n: u32| b'0' + (n % 10) as u8;
        Clock([digit(h / 10), digit(h), b':', digit(m / 10), digit(m)])
    }

    fn as_str(&self) -> &str {
        std::str::from_utf8(&self.0).unwrap_or_default()
    }
}

impl Blocker {
    /// The rule id.
    pub fn rule(&self, ctx: &Context<'_>) -> RuleId {
        match self {
            Blocker::Notice { .. } => match ctx.policy.notice {
                NoticePeriod::BusinessDays(_) => RuleId::NoticeBusinessDays,
                NoticePeriod::Hours(_) => RuleId::NoticeHours,
            },
            Blocker::PitNotice { .. } => RuleId::PitNotice,
            Blocker::PitMaxAge { .. } => RuleId::PitMaxAge,
            Blocker::PitFuture { .. } => RuleId::PitFuture,
            Blocker::Weekend { .. } => RuleId::WindowWeekend,
            Blocker::Holiday { .. } => RuleId::WindowHoliday,
            Blocker::Unchecked { .. } => RuleId::HolidayCoverage,
            Blocker::Blackout { .. } => RuleId::WindowBlackout,
            Blocker::Hours { .. } => RuleId::WindowHours,
        }
    }

    /// `error`, except outside service hours, which needs approval.
    pub fn severity(&self) -> Severity {
        match self {
            Blocker::Hours { .. } => Severity::Approval,
            Blocker::Unchecked { .. } => Severity::Warning,
            _ => Severity::Error,
        }
    }

    /// A short reason for a calendar day, as a label and, where there is one, its detail:
    /// `("Weekend", None)`, `("Public holiday", Some("Christmas Day"))`. The label alone fits a
    /// day's cell; [`Blocker::short`] says both.
    pub fn label(&self) -> (&'static str, Option<String>) {
        match self {
            Blocker::Notice { .. } | Blocker::PitNotice { .. } => {
                ("Too soon", Some("not enough notice".into()))
            }
            Blocker::PitMaxAge { .. } => {
                ("Too late", Some("restore point older than allowed".into()))
            }
            Blocker::PitFuture { .. } => ("Before the restore point", None),
            Blocker::Weekend { .. } => ("Weekend", None),
            Blocker::Holiday { name, .. } => ("Public holiday", Some((*name).to_string())),
            Blocker::Unchecked { day } => (
                "Holidays not checked",
                Some(format!("no data for {}", day.year())),
            ),
            Blocker::Blackout { reason, .. } => ("Blackout", Some(reason.clone())),
            Blocker::Hours { .. } => ("Outside service hours", None),
        }
    }

    /// A short reason for a calendar day: its [`label`](Blocker::label), then any detail
    /// ("Weekend", "Public holiday: Christmas Day").
    pub fn short(&self) -> String {
        match self.label() {
            (label, Some(detail)) => format!("{label}: {detail}"),
            (label, None) => label.to_string(),
        }
    }

    /// What is wrong with the window called `what` starting at `start`, and how to fix it.
    pub fn message(&self, ctx: &Context<'_>, what: &str, start: NaiveDateTime) -> String {
        let minutes = ctx.policy.windows.duration_minutes;
        let span = format_window(start, minutes);
        match self {
            &Blocker::Notice { earliest } => {
                let notice = match ctx.policy.notice {
                    NoticePeriod::BusinessDays(n) => format!("{n} business days'"),
                    NoticePeriod::Hours(h) => format!("{h} hours'"),
                };
                format!(
                    "{what} ({span}) is too soon: the vendor needs {notice} notice from {}, so the earliest start is {}.",
                    format_utc(ctx.submitted_at),
                    format_utc(earliest)
                )
            }
            &Blocker::PitNotice { earliest } => {
                let days = ctx.policy.point_in_time.map_or(0, |p| p.notice_days);
                format!(
                    "{what} ({span}) is too soon for a point-in-time refresh, which needs {days} days' notice: the earliest start is {}.",
                    format_utc(earliest)
                )
            }
            &Blocker::PitMaxAge { latest } => {
                let days = ctx.policy.point_in_time.map_or(0, |p| p.max_age_days);
                format!(
                    "{what} ({span}) is more than {days} days after the restore point, so the latest start is {}. Pick an earlier window or a later restore point.",
                    format_utc(latest)
                )
            }
            &Blocker::PitFuture { restore } => format!(
                "{what} ({span}) starts before the restore point ({}): data cannot be restored from the future. Pick a restore point before the window starts.",
                format_utc(restore)
            ),
            &Blocker::Weekend { day } => format!(
                "{what} ({span}) falls on a {}: the vendor does not refresh at weekends. Pick a time from Monday to Friday.",
                crate::instant::weekday_name(day)
            ),
            &Blocker::Holiday { day, name } => {
                let region = ctx.request.holiday_region.map_or("", |r| r.name());
                format!(
                    "{what} ({span}) falls on {name} ({}), a public holiday in {region}. Pick another business day.",
                    format_day(day)
                )
            }
            Blocker::Unchecked { day } => format!(
                "Holiday data does not cover {}: public holidays in {} are not checked for that year, so check the date yourself.",
                day.year(),
                ctx.request.holiday_region.map_or("", |r| r.name())
            ),
            Blocker::Blackout { reason, from, to } => format!(
                "{what} ({span}) falls in a blackout period, “{reason}” ({} to {}): the vendor runs no refresh then. Pick a window that ends by {} or starts at {} or later.",
                format_utc(*from),
                format_utc(*to),
                format_utc(*from),
                format_utc(*to)
            ),
            &Blocker::Hours { season, hours } => {
                let (from, to) = (Clock::new(hours.0), Clock::new(hours.1));
                let (from, to) = (from.as_str(), to.as_str());
                [
                    what,
                    " (",
                    &span,
                    ") is outside the standard service hours for ",
                    season.label(),
                    " (",
                    from,
                    "–",
                    to,
                    " UTC, on one day): the vendor must approve it internally. To avoid that, start at ",
                    from,
                    " UTC or later and end by ",
                    to,
                    " UTC.",
                ]
                .concat()
            }
        }
    }
}

/// Every blocker of one window start, in rule order.
pub fn blockers(ctx: &Context<'_>, start: NaiveDateTime) -> Vec<Blocker> {
    let mut out = Vec::new();
    let policy = ctx.policy;
    let minutes = policy.windows.duration_minutes;
    // The last minute the window occupies: a window ending at 00:00 Saturday does not touch it.
    let last = start + Duration::minutes(i64::from(minutes) - 1);

    if start < ctx.notice_bound {
        out.push(Blocker::Notice {
            earliest: ctx.notice_bound,
        });
    }
    if let Some(earliest) = ctx.pit_notice_bound.filter(|&b| start < b) {
        out.push(Blocker::PitNotice { earliest });
    }
    if let Some(latest) = ctx.latest_start.filter(|&l| start > l) {
        out.push(Blocker::PitMaxAge { latest });
    }
    if ctx.point_in_time().is_some() {
        if let Some(restore) = ctx.request.restore_point.filter(|&r| r > start) {
            out.push(Blocker::PitFuture { restore });
        }
    }
    let days = if last.date() == start.date() {
        [Some(start.date()), None]
    } else {
        [Some(start.date()), Some(last.date())]
    };
    if !policy.weekends_allowed {
        if let Some(day) = days.iter().flatten().find(|d| is_weekend(**d)) {
            out.push(Blocker::Weekend { day: *day });
        }
    }
    if let Some((day, name)) = days
        .iter()
        .flatten()
        .find_map(|d| ctx.calendar.holiday(*d).map(|n| (*d, n)))
    {
        out.push(Blocker::Holiday { day, name });
    }
    if let Some(day) = days
        .iter()
        .flatten()
        .find(|d| ctx.calendar.unchecked(**d).is_some())
    {
        out.push(Blocker::Unchecked { day: *day });
    }
    for b in policy
        .blackouts
        .iter()
        .filter(|b| b.touches(start, minutes))
    {
        out.push(Blocker::Blackout {
            reason: b.reason.clone(),
            from: b.from,
            to: b.to,
        });
    }
    if let Some(sh) = policy.service_hours {
        let season = season_at(start);
        let hours = match season {
            Season::Summer => sh.summer,
            Season::Winter => sh.winter,
        };
        let from = start.hour() * 60 + start.minute();
        if from < hours.0 || from + minutes > hours.1 {
            out.push(Blocker::Hours { season, hours });
        }
    }
    out
}

fn ordinal(i: usize) -> &'static str {
    ["first", "second", "third", "fourth"]
        .get(i)
        .copied()
        .unwrap_or("next")
}

/// The windows' rules, in this order: how many were given, the restore
/// point, each start's blockers, then overlaps.
pub(super) fn check(ctx: &Context<'_>, out: &mut Vec<Finding>) {
    count(ctx, out);
    restore_point(ctx, out);
    let starts: Vec<(usize, NaiveDateTime)> = ctx
        .request
        .windows
        .iter()
        .enumerate()
        .filter_map(|(i, s)| s.start().map(|t| (i, t)))
        .collect();
    blocked(ctx, &starts, out);
    overlaps(ctx, &starts, out);
}

/// None, too few or too many windows, and each empty one.
fn count(ctx: &Context<'_>, out: &mut Vec<Finding>) {
    let w = ctx.policy.windows;
    let slots = &ctx.request.windows;
    let one = w.count == 1;
    if slots.is_empty() {
        let message = if one {
            "Enter the date and time in UTC when the refresh should start.".to_string()
        } else {
            format!(
                "Propose {} windows: enter a date and time in UTC for each.",
                w.count
            )
        };
        out.push(required(w.key(), message));
    } else if slots.len() != w.count {
        out.push(Finding::on(
            RuleId::WindowCount,
            w.key(),
            Severity::Error,
            format!(
                "Propose exactly {} window{} of {} each; {} {} given.",
                w.count,
                if one { "" } else { "s" },
                duration_words(w.duration_minutes),
                slots.len(),
                if slots.len() == 1 { "was" } else { "were" }
            ),
        ));
    }
    for (i, slot) in slots.iter().enumerate().take(w.count) {
        if *slot == Slot::Empty {
            let message = if one {
                "Enter the date and time in UTC when the refresh should start.".to_string()
            } else {
                format!("Enter the {} window's start, in UTC.", ordinal(i))
            };
            out.push(required(w.field(i), message));
        }
    }
}

/// Point-in-time: the restore point and whether any window can work at all.
fn restore_point(ctx: &Context<'_>, out: &mut Vec<Finding>) {
    if let Some(pit) = ctx.point_in_time() {
        match ctx.request.restore_point {
            None => out.push(required(
                Key::RestorePoint,
                "Enter the restore point: the moment in UTC whose production data you want copied."
                    .into(),
            )),
            Some(restore) => {
                let latest = restore + Duration::days(i64::from(pit.max_age_days));
                if ctx
                    .pit_notice_bound
                    .is_some_and(|earliest| earliest > latest)
                {
                    let latest_submission = latest - Duration::days(i64::from(pit.notice_days));
                    let earliest_restore = ctx.submitted_at
                        + Duration::days(i64::from(pit.notice_days))
                        - Duration::days(i64::from(pit.max_age_days));
                    out.push(Finding::on(
                        RuleId::PitInfeasible,
                        Key::RestorePoint,
                        Severity::Error,
                        format!(
                            "No window can work: a point-in-time refresh needs {} days' notice, but data from {} may only be restored until {} ({} days later). The latest submission that would have worked was {}. Choose a restore point on or after {}, or ask for a standard refresh.",
                            pit.notice_days,
                            format_utc(restore),
                            format_utc(latest),
                            pit.max_age_days,
                            format_utc(latest_submission),
                            format_utc(earliest_restore)
                        ),
                    ));
                }
            }
        }
    }
}

/// What stands in each start's way (notice, the restore point, weekends,
/// holidays, blackouts, service hours), and the years the holiday data does not cover.
fn blocked(ctx: &Context<'_>, starts: &[(usize, NaiveDateTime)], out: &mut Vec<Finding>) {
    let w = ctx.policy.windows;
    let mut uncovered: Vec<i32> = Vec::new();
    for &(i, start) in starts {
        // Most starts have no finding: name their field only when one does.
        let mut field = None;
        for b in blockers(ctx, start) {
            // The coverage warning: once per year per request.
            if let Blocker::Unchecked { day } = b {
                if uncovered.contains(&day.year()) {
                    continue;
                }
                uncovered.push(day.year());
            }
            out.push(Finding::on(
                b.rule(ctx),
                field.get_or_insert_with(|| w.field(i)).clone(),
                b.severity(),
                b.message(ctx, &w.name(i), start),
            ));
        }
    }
}

/// Overlap: each later window against each earlier one.
fn overlaps(ctx: &Context<'_>, starts: &[(usize, NaiveDateTime)], out: &mut Vec<Finding>) {
    let w = ctx.policy.windows;
    let span = Duration::minutes(i64::from(w.duration_minutes));
    for (a, &(i, si)) in starts.iter().enumerate() {
        for &(j, sj) in &starts[a + 1..] {
            let (first, second) = if si <= sj { (si, sj) } else { (sj, si) };
            if second < first + span {
                let message = if si == sj {
                    format!(
                        "Windows {} and {} are the same ({}): propose two different times so the vendor has a fallback.",
                        i + 1,
                        j + 1,
                        format_window(si, w.duration_minutes)
                    )
                } else {
                    format!(
                        "Windows {} and {} overlap: each lasts {}, so the later one should start at {} or after.",
                        i + 1,
                        j + 1,
                        duration_words(w.duration_minutes),
                        format_utc(first + span)
                    )
                };
                out.push(Finding::on(
                    RuleId::WindowOverlap,
                    w.field(j),
                    Severity::Error,
                    message,
                ));
            }
        }
    }
}

/// `2 hours`, `90 minutes`.
pub fn duration_words(minutes: u32) -> String {
    if minutes.is_multiple_of(60) {
        let h = minutes / 60;
        format!("{h} hour{}", if h == 1 { "" } else { "s" })
    } else {
        format!("{minutes} minutes")
    }
}
