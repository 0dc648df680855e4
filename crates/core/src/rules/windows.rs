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
use crate::holidays::{self, Region};
use crate::message::{Arg, Messages};
use crate::policy::NoticePeriod;
use crate::request::Slot;
use crate::rule_id::RuleId;
use crate::season::{season_at, Season};
use chrono::{Datelike, Duration, NaiveDate, NaiveDateTime, Timelike};
use std::cell::OnceCell;

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
        /// Its name, as the holiday data writes it (in English: see [`holidays::name`]).
        name: &'static str,
        /// The region it is a holiday of.
        region: Region,
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

    /// A calendar day's cell: the opening words of [`Blocker::short_in`] ("Too soon",
    /// "Public holiday"), short enough for the cell, in the language `messages` writes.
    pub fn label_in(&self, messages: &dyn Messages) -> String {
        let id = match self {
            Blocker::Notice { .. } | Blocker::PitNotice { .. } => "calendar-label-too-soon",
            Blocker::PitMaxAge { .. } => "calendar-label-too-late",
            Blocker::PitFuture { .. } => "calendar-before-restore",
            Blocker::Weekend { .. } => "calendar-weekend",
            Blocker::Holiday { .. } => "calendar-label-holiday",
            Blocker::Unchecked { .. } => "calendar-label-unchecked",
            Blocker::Blackout { .. } => "calendar-label-blackout",
            Blocker::Hours { .. } => "calendar-outside-hours",
        };
        messages.format(id, &[])
    }

    /// A short reason for a calendar day: its [`label`](Blocker::label_in), then any detail
    /// ("Weekend", "Public holiday: Christmas Day"), in the language `messages` writes.
    pub fn short_in(&self, messages: &dyn Messages) -> String {
        match self {
            Blocker::Notice { .. } | Blocker::PitNotice { .. } => {
                messages.format("calendar-too-soon", &[])
            }
            Blocker::PitMaxAge { .. } => messages.format("calendar-too-late", &[]),
            Blocker::PitFuture { .. } => messages.format("calendar-before-restore", &[]),
            Blocker::Weekend { .. } => messages.format("calendar-weekend", &[]),
            Blocker::Holiday { name, region, .. } => messages.format(
                "calendar-holiday",
                &[(
                    "name",
                    holidays::name::name_in(*region, name, messages).into(),
                )],
            ),
            Blocker::Unchecked { day } => {
                messages.format("calendar-unchecked", &[("year", day.year().into())])
            }
            Blocker::Blackout { reason, .. } => {
                messages.format("calendar-blackout", &[("reason", reason.into())])
            }
            Blocker::Hours { .. } => messages.format("calendar-outside-hours", &[]),
        }
    }

    /// What is wrong with window `window` (numbered from 1; 0 when the
    /// policy asks for only one) starting at `start`, and how to fix it, with
    /// the window as sentences show it written once into `span` for all of
    /// one start's blockers (a start too soon, on a holiday and out of hours
    /// quotes the same window four times).
    fn message(
        &self,
        ctx: &Context<'_>,
        window: usize,
        start: NaiveDateTime,
        span: &OnceCell<String>,
    ) -> String {
        let m = ctx.messages;
        let minutes = ctx.policy.windows.duration_minutes;
        // Every message but the coverage warning quotes the window: its number and its span.
        let number = || ("window", Arg::from(window));
        let quoted = || {
            (
                "span",
                Arg::from(span.get_or_init(|| m.window(start, minutes))),
            )
        };
        match self {
            &Blocker::Notice { earliest } => {
                let (id, amount) = match ctx.policy.notice {
                    NoticePeriod::BusinessDays(n) => ("notice-business_days", n),
                    NoticePeriod::Hours(h) => ("notice-hours", h),
                };
                ctx.say(
                    id,
                    &[
                        ("amount", amount.into()),
                        ("from", m.date_time(ctx.submitted_at).into()),
                        ("earliest", m.date_time(earliest).into()),
                        number(),
                        quoted(),
                    ],
                )
            }
            &Blocker::PitNotice { earliest } => {
                let days = ctx.policy.point_in_time.map_or(0, |p| p.notice_days);
                ctx.say(
                    "pit-notice",
                    &[
                        ("days", days.into()),
                        ("earliest", m.date_time(earliest).into()),
                        number(),
                        quoted(),
                    ],
                )
            }
            &Blocker::PitMaxAge { latest } => {
                let days = ctx.policy.point_in_time.map_or(0, |p| p.max_age_days);
                ctx.say(
                    "pit-max_age",
                    &[
                        ("days", days.into()),
                        ("latest", m.date_time(latest).into()),
                        number(),
                        quoted(),
                    ],
                )
            }
            &Blocker::PitFuture { restore } => ctx.say(
                "pit-future",
                &[("restore", m.date_time(restore).into()), number(), quoted()],
            ),
            &Blocker::Weekend { day } => ctx.say(
                "window-weekend",
                &[("weekday", m.weekday(day).into()), number(), quoted()],
            ),
            &Blocker::Holiday { day, name, region } => ctx.say(
                "window-holiday",
                &[
                    ("holiday", holidays::name::name_in(region, name, m).into()),
                    ("day", m.day(day).into()),
                    ("region", region_in(ctx, m).into()),
                    number(),
                    quoted(),
                ],
            ),
            Blocker::Unchecked { day } => ctx.say(
                "holiday-coverage",
                &[
                    ("year", day.year().into()),
                    ("region", region_in(ctx, m).into()),
                ],
            ),
            Blocker::Blackout { reason, from, to } => ctx.say(
                "window-blackout",
                &[
                    ("reason", reason.into()),
                    ("from", m.date_time(*from).into()),
                    ("to", m.date_time(*to).into()),
                    number(),
                    quoted(),
                ],
            ),
            &Blocker::Hours { season, hours } => {
                let (from, to) = (Clock::new(hours.0), Clock::new(hours.1));
                let season = match season {
                    Season::Summer => "summer",
                    Season::Winter => "winter",
                };
                ctx.say(
                    "window-hours",
                    &[
                        ("season", season.into()),
                        ("from", from.as_str().into()),
                        ("to", to.as_str().into()),
                        number(),
                        quoted(),
                    ],
                )
            }
        }
    }
}

/// "in Germany (national)": the request's holiday region as the sentence
/// puts it (each language's preposition and article depend on the country).
fn region_in(ctx: &Context<'_>, messages: &dyn Messages) -> String {
    ctx.request.holiday_region.map_or_else(String::new, |r| {
        messages.format(&format!("region-in-{}", r.code()), &[])
    })
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
    if let Some((region, (day, name))) = ctx.calendar.region.zip(
        days.iter()
            .flatten()
            .find_map(|d| ctx.calendar.holiday(*d).map(|n| (*d, n))),
    ) {
        out.push(Blocker::Holiday { day, name, region });
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

/// Window `i`'s number in a message: 0 for a policy's only window, else
/// counted from 1.
fn window_number(count: usize, i: usize) -> usize {
    if count == 1 {
        0
    } else {
        i + 1
    }
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
            ctx.say("field-required--window", &[])
        } else {
            ctx.say("field-required--windows", &[("count", w.count.into())])
        };
        out.push(required(w.key(), message));
    } else if slots.len() != w.count {
        out.push(Finding::on(
            RuleId::WindowCount,
            w.key(),
            Severity::Error,
            ctx.say(
                "window-count",
                &[
                    ("count", w.count.into()),
                    (
                        "duration",
                        duration_in(w.duration_minutes, ctx.messages).into(),
                    ),
                    ("given", slots.len().into()),
                ],
            ),
        ));
    }
    for (i, slot) in slots.iter().enumerate().take(w.count) {
        if *slot == Slot::Empty {
            let message = if one {
                ctx.say("field-required--window", &[])
            } else {
                ctx.say("field-required--window-n", &[("window", (i + 1).into())])
            };
            out.push(required(w.field(i), message));
        }
    }
}

/// Point-in-time: the restore point and whether any window can work at all.
fn restore_point(ctx: &Context<'_>, out: &mut Vec<Finding>) {
    let m = ctx.messages;
    if let Some(pit) = ctx.point_in_time() {
        match ctx.request.restore_point {
            None => out.push(required(
                Key::RestorePoint,
                ctx.say("field-required--restore-point", &[]),
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
                        ctx.say(
                            "pit-infeasible",
                            &[
                                ("notice", pit.notice_days.into()),
                                ("restore", m.date_time(restore).into()),
                                ("until", m.date_time(latest).into()),
                                ("age", pit.max_age_days.into()),
                                ("latest_submission", m.date_time(latest_submission).into()),
                                ("earliest_restore", m.date_time(earliest_restore).into()),
                            ],
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
        // Most starts have no finding: name their field and write their span only when one does.
        let mut field = None;
        let span = OnceCell::new();
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
                b.message(ctx, window_number(w.count, i), start, &span),
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
                let m = ctx.messages;
                let message = if si == sj {
                    ctx.say(
                        "window-overlap--same",
                        &[
                            ("first", (i + 1).into()),
                            ("second", (j + 1).into()),
                            ("span", m.window(si, w.duration_minutes).into()),
                        ],
                    )
                } else {
                    ctx.say(
                        "window-overlap",
                        &[
                            ("first", (i + 1).into()),
                            ("second", (j + 1).into()),
                            ("duration", duration_in(w.duration_minutes, m).into()),
                            ("after", m.date_time(first + span).into()),
                        ],
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

/// A window's length in whole hours when it is whole, else in minutes, in
/// the language `messages` writes.
pub fn duration_in(minutes: u32, messages: &dyn Messages) -> String {
    if minutes.is_multiple_of(60) {
        messages.format("duration-hours", &[("hours", (minutes / 60).into())])
    } else {
        messages.format("duration-minutes", &[("minutes", minutes.into())])
    }
}
