//! The planning calendar: for each day, whether a window can start then,
//! and if not, why (the same [`blockers`] the rules report).

use crate::instant::MAX_YEAR;
use crate::rules::windows::{blockers, Blocker};
use crate::rules::Context;
use crate::suggest::STEP_MINUTES;
use chrono::{Datelike, Duration, NaiveDate, NaiveDateTime, NaiveTime};

/// Whether a window can start on a day.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Status {
    /// At least one start passes every rule.
    Open,
    /// Only starts outside service hours: possible with the vendor's approval.
    Approval,
    /// No start is possible.
    Closed,
}

impl Status {
    /// `open`, `approval`, `closed` (CSS classes, test hooks).
    pub fn as_str(self) -> &'static str {
        match self {
            Status::Open => "open",
            Status::Approval => "approval",
            Status::Closed => "closed",
        }
    }
}

/// One day of the calendar.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Day {
    /// The UTC date.
    pub date: NaiveDate,
    /// Whether a window can start that day.
    pub status: Status,
    /// The earliest acceptable start that day (for Open, or Approval's earliest).
    pub first_start: Option<NaiveDateTime>,
    /// Why not, or from when: "Weekend", "Public holiday: Christmas Day", "From 02:00 UTC".
    pub reason: String,
    /// The reason's opening words, short enough for the day's cell: "Weekend", "Public
    /// holiday", "From 02:00 UTC" (the whole reason when it has no detail).
    pub label: String,
    /// For a closed day, the blocker that explains it best (its `reason`).
    pub closed_by: Option<Blocker>,
}

/// Which blocker explains a closed day best: whole-day reasons first.
/// The vendor's own blackout comes first: it is the reason they gave.
fn rank(b: &Blocker) -> u8 {
    match b {
        Blocker::Blackout { .. } => 0,
        Blocker::Holiday { .. } => 1,
        Blocker::Weekend { .. } => 2,
        Blocker::Unchecked { .. } => 3,
        Blocker::PitMaxAge { .. } => 4,
        Blocker::PitFuture { .. } => 5,
        Blocker::Notice { .. } => 6,
        Blocker::PitNotice { .. } => 7,
        Blocker::Hours { .. } => 8,
    }
}

/// Judges one day.
pub fn day(ctx: &Context<'_>, date: NaiveDate) -> Day {
    // A start the form could not read back is never offered.
    if date.year() > MAX_YEAR {
        return Day {
            date,
            status: Status::Closed,
            first_start: None,
            label: ctx.say("calendar-label-after-max", &[("year", MAX_YEAR.into())]),
            reason: ctx.say("calendar-after-max", &[("year", MAX_YEAR.into())]),
            closed_by: None,
        };
    }
    let mut approval_start = None;
    let mut best: Option<Vec<Blocker>> = None;
    let slots = 24 * 60 / STEP_MINUTES;
    for i in 0..slots {
        let t = date.and_time(NaiveTime::MIN) + Duration::minutes(i64::from(i * STEP_MINUTES));
        let found = blockers(ctx, t);
        if found.is_empty() {
            let from = ctx.say(
                "calendar-from",
                &[("time", crate::instant::to_clock(t).into())],
            );
            return Day {
                date,
                status: Status::Open,
                first_start: Some(t),
                label: from.clone(),
                reason: from,
                closed_by: None,
            };
        }
        if approval_start.is_none() && found.iter().all(|b| matches!(b, Blocker::Hours { .. })) {
            approval_start = Some(t);
        }
        if best.as_ref().is_none_or(|b| found.len() < b.len()) {
            best = Some(found);
        }
    }
    if let Some(t) = approval_start {
        return Day {
            date,
            status: Status::Approval,
            first_start: Some(t),
            label: ctx.say("calendar-label-approval-only", &[]),
            reason: ctx.say("calendar-approval-only", &[]),
            closed_by: None,
        };
    }
    // The first of the best-ranked: no sort of the blockers needed (nor its code in the wasm).
    let closed_by = best.and_then(|b| b.into_iter().min_by_key(rank));
    Day {
        date,
        status: Status::Closed,
        first_start: None,
        label: closed_by
            .as_ref()
            .map(|b| b.label_in(ctx.messages))
            .unwrap_or_default(),
        reason: closed_by
            .as_ref()
            .map(|b| b.short_in(ctx.messages))
            .unwrap_or_default(),
        closed_by,
    }
}

/// `days` consecutive days from `from`.
pub fn days(ctx: &Context<'_>, from: NaiveDate, days: u32) -> Vec<Day> {
    (0..days)
        .map(|i| day(ctx, from + Duration::days(i64::from(i))))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::holidays::Region;
    use crate::instant::parse;
    use crate::lang::Lang;
    use crate::message::in_lang;
    use crate::policy::Policy;
    use crate::request::Request;
    use crate::season::Season;
    use serde_json::json;

    /// What may stand between a label and the rest of its reason: the language's colon.
    const COLONS: [&str; 3] = [": ", "\u{202f}: ", "："];

    /// `label` opens `reason`: the reason is the label, or the label, a colon and a detail.
    fn opens(label: &str, reason: &str) -> bool {
        reason
            .strip_prefix(label)
            .is_some_and(|rest| rest.is_empty() || COLONS.iter().any(|c| rest.starts_with(c)))
    }

    /// Over months of closed days (too soon, weekends, holidays, a restore point too old,
    /// service hours), a day's cell label is its reason, or the reason's words before
    /// its detail, in every language.
    #[test]
    fn a_days_label_is_the_opening_of_its_reason() {
        let policy = Policy::builtin("veson-imos").expect("built-in");
        let now = parse("2024-12-02T09:00Z").expect("instant");
        let request = Request::read(
            policy,
            &json!({"submitted_at": "2024-12-02T09:00Z", "holiday_region": "GB",
                    "refresh_type": "point_in_time", "restore_point": "2024-11-20T00:00Z"}),
        )
        .request;
        for lang in Lang::ALL {
            let ctx = Context::in_language(policy, &request, now, in_lang(lang));
            let mut all = days(&ctx, now.date(), 120);
            all.push(day(
                &ctx,
                NaiveDate::from_ymd_opt(3000, 1, 1).expect("date"),
            ));
            let mut labels: Vec<&str> = all.iter().map(|d| d.label.as_str()).collect();
            for d in &all {
                assert!(
                    opens(&d.label, &d.reason),
                    "{lang} {}: {:?} / {:?}",
                    d.date,
                    d.label,
                    d.reason
                );
            }
            labels.sort_unstable();
            labels.dedup();
            assert!(labels.len() >= 4, "{lang}: {labels:?}");
        }
    }

    /// Every kind of blocker's cell label opens its reason in every language.
    #[test]
    fn every_blockers_label_opens_its_reason_in_every_language() {
        let at = parse("2024-12-25T09:00Z").expect("instant");
        let blockers = [
            Blocker::Notice { earliest: at },
            Blocker::PitNotice { earliest: at },
            Blocker::PitMaxAge { latest: at },
            Blocker::PitFuture { restore: at },
            Blocker::Weekend { day: at.date() },
            Blocker::Holiday {
                day: at.date(),
                name: "Christmas Day",
                region: Region::Gb,
            },
            Blocker::Unchecked { day: at.date() },
            Blocker::Blackout {
                reason: "Year-end freeze".into(),
                from: at,
                to: at,
            },
            Blocker::Hours {
                season: Season::Winter,
                hours: (60, 300),
            },
        ];
        for lang in Lang::ALL {
            let m = in_lang(lang);
            for b in &blockers {
                let (label, reason) = (b.label_in(m), b.short_in(m));
                assert!(opens(&label, &reason), "{lang}: {label:?} / {reason:?}");
            }
        }
        let de = in_lang(Lang::De);
        assert_eq!(blockers[0].label_in(de), "Zu früh");
        assert_eq!(
            blockers[5].short_in(de),
            "Feiertag: Erster Weihnachtsfeiertag"
        );
    }
}
