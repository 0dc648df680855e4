//! Suggestions: the earliest window starts that pass every rule, on the
//! half hour, without overlapping each other.

use crate::instant::MAX_YEAR;
use crate::rules::windows::{blockers, Blocker};
use crate::rules::Context;
use chrono::{Datelike, Duration, NaiveDateTime, NaiveTime};

/// How far ahead to look before giving up.
const HORIZON_DAYS: i64 = 366;
/// Suggested starts fall on this grid.
pub const STEP_MINUTES: u32 = 30;

/// The earliest `count` acceptable, non-overlapping starts from `from` on
/// (no notice, weekend, holiday, blackout, service-hours or point-in-time problem).
/// Fewer (or none) when the horizon, the latest start or the last year an
/// instant may have ([`MAX_YEAR`]: a start the form could not read back) comes first.
pub fn earliest_starts(ctx: &Context<'_>, from: NaiveDateTime, count: usize) -> Vec<NaiveDateTime> {
    let span = Duration::minutes(i64::from(ctx.policy.windows.duration_minutes));
    let step = Duration::minutes(i64::from(STEP_MINUTES));
    let from = crate::instant::ceil_to_minutes(from.max(ctx.earliest_start()), STEP_MINUTES);
    let horizon = from + Duration::days(HORIZON_DAYS);
    let mut out: Vec<NaiveDateTime> = Vec::with_capacity(count);
    let mut t = from;
    while out.len() < count && t < horizon {
        if ctx.latest_start.is_some_and(|l| t > l) || t.year() > MAX_YEAR {
            break;
        }
        let found = blockers(ctx, t);
        if found.is_empty() {
            out.push(t);
            t += span;
            // Back onto the grid (a 45-minute window would leave it).
            t = crate::instant::ceil_to_minutes(t, STEP_MINUTES);
            continue;
        }
        // A day that is closed all day is skipped whole, and a blackout up to its end
        // (no start before it can clear it: the window would still touch it).
        let closed_day = found
            .iter()
            .any(|b| matches!(b, Blocker::Weekend { day } | Blocker::Holiday { day, .. } | Blocker::Unchecked { day } if *day == t.date()));
        let blackout_end = found
            .iter()
            .filter_map(|b| match b {
                Blocker::Blackout { to, .. } => Some(*to),
                _ => None,
            })
            .max();
        t = if closed_day {
            (t.date() + Duration::days(1)).and_time(NaiveTime::MIN)
        } else {
            t + step
        };
        if let Some(end) = blackout_end {
            t = t.max(crate::instant::ceil_to_minutes(end, STEP_MINUTES));
        }
    }
    out
}

/// The earliest acceptable starts for the whole request (`count` of the policy).
pub fn suggest(ctx: &Context<'_>) -> Vec<NaiveDateTime> {
    earliest_starts(ctx, ctx.earliest_start(), ctx.policy.windows.count)
}
