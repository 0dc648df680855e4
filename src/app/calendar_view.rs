//! The planning calendar: six weeks of days from the earliest possible one,
//! each marked open, approval-only or closed (with the core's reason), and
//! "Suggest the earliest windows". A click on a day fills a window.

use super::deferred::next_task;
use super::dom::focus_later;
use super::form::Form;
use super::state::{AppState, Checked};
use chrono::{Datelike, Duration, NaiveDate, NaiveDateTime};
use leptos::prelude::*;
use refresh_request_core::business_days::{is_weekend, Calendar};
use refresh_request_core::calendar::{days, Day, Status};
use refresh_request_core::finding::Severity;
use refresh_request_core::holidays::Region;
use refresh_request_core::instant::{
    day_and_month, format_day, format_window, to_clock, to_field, to_iso_date,
};
use refresh_request_core::policy::Policy;
use refresh_request_core::request::{RefreshType, Request};
use refresh_request_core::rules::windows::Blocker;
use refresh_request_core::rules::Context;
use refresh_request_core::suggest::{earliest_starts, suggest};

/// Days shown.
const DAYS: u32 = 42;

/// What the calendar depends on (not names, versions or the windows), so it
/// is recomputed only when one of these changes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Basis {
    /// When the ticket is raised.
    pub submitted_at: NaiveDateTime,
    /// Holidays observed.
    pub region: Option<Region>,
    /// Standard or point in time.
    pub refresh_type: RefreshType,
    /// The restore point.
    pub restore_point: Option<NaiveDateTime>,
}

impl Basis {
    /// The basis of a checked request.
    pub fn of(c: &Checked) -> Self {
        Basis {
            submitted_at: c.report.submitted_at,
            region: c.request.holiday_region,
            refresh_type: c.request.refresh_type,
            restore_point: c.request.restore_point,
        }
    }

    /// Six weeks of days, Monday first, from the week of the earliest start.
    pub fn grid(&self, policy: &Policy) -> Vec<Day> {
        let request = Request {
            submitted_at: Some(self.submitted_at),
            holiday_region: self.region,
            refresh_type: self.refresh_type,
            restore_point: self.restore_point,
            ..Request::default()
        };
        let ctx = Context::new(policy, &request, self.submitted_at);
        let earliest = ctx.earliest_start().date();
        let monday =
            earliest - Duration::days(i64::from(earliest.weekday().num_days_from_monday()));
        days(&ctx, monday, DAYS)
    }
}

/// How a day looks.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Look {
    /// A window can start (from this time).
    Open(NaiveDateTime),
    /// Only outside service hours.
    Approval(NaiveDateTime),
    /// A public holiday.
    Holiday(&'static str),
    /// A weekend the vendor does not work.
    Weekend,
    /// A blackout period of the vendor's, with its reason.
    Blackout(String),
    /// Closed for another reason (notice, restore point).
    Closed,
}

/// How a day looks, from the core's verdict.
pub fn look(policy: &Policy, region: Option<Region>, day: &Day) -> Look {
    match (day.status, day.first_start, &day.closed_by) {
        (Status::Open, Some(t), _) => Look::Open(t),
        (Status::Approval, Some(t), _) => Look::Approval(t),
        // The vendor's own reason wins, as it does in the core's ranking.
        (_, _, Some(Blocker::Blackout { reason, .. })) => Look::Blackout(reason.clone()),
        _ => match Calendar::new(region).holiday(day.date) {
            Some(name) => Look::Holiday(name),
            None if is_weekend(day.date) && !policy.weekends_allowed => Look::Weekend,
            None => Look::Closed,
        },
    }
}

/// The window a click on `day` fills, and its start: the first empty window
/// (else the first with an error), at the day's earliest start that does not
/// overlap the other windows.
pub fn placement(
    policy: &Policy,
    form: &Form,
    checked: &Checked,
    day: &Day,
) -> Option<(usize, NaiveDateTime)> {
    let first = day.first_start?;
    let w = policy.windows;
    let index = (0..w.count)
        .find(|&i| form.window(i).trim().is_empty())
        .or_else(|| {
            (0..w.count).find(|&i| {
                checked
                    .report
                    .on_field(&w.field(i))
                    .any(|f| f.severity == Severity::Error)
            })
        })?;
    let span = Duration::minutes(i64::from(w.duration_minutes));
    let others: Vec<NaiveDateTime> = checked
        .request
        .windows
        .iter()
        .enumerate()
        .filter(|(i, _)| *i != index && *i < w.count)
        .filter_map(|(_, s)| s.start())
        .collect();
    let ctx = Context::new(policy, &checked.request, checked.report.submitted_at);
    let start = earliest_starts(&ctx, first, w.count + 1)
        .into_iter()
        .filter(|t| t.date() == day.date)
        .find(|t| others.iter().all(|o| (*t - *o).abs() >= span))
        .unwrap_or(first);
    Some((index, start))
}

/// The id of a day's button (focus returns to it after the grid redraws).
fn day_id(state: &AppState, date: NaiveDate) -> String {
    format!("rr{}-day-{}", state.uid, to_iso_date(date))
}

/// Fills a window from a day of the calendar.
fn pick(state: AppState, day: &Day) {
    focus_later(day_id(&state, day.date));
    let placed = state.policy.with_untracked(|p| {
        state
            .form
            .with_untracked(|f| state.checked.with_untracked(|c| placement(p, f, c, day)))
            .map(|(i, t)| {
                (
                    i,
                    t,
                    p.windows.field(i),
                    p.windows.name(i),
                    p.windows.duration_minutes,
                )
            })
    });
    match placed {
        Some((i, start, path, name, minutes)) => {
            state.form.update(|f| f.set_window(i, to_field(start)));
            state.touch(&path);
            state
                .announcement
                .set(format!("{name} set to {}.", format_window(start, minutes)));
        }
        None => state.announcement.set(
            "Every window is already filled in: empty one (or type over it) to use this day."
                .into(),
        ),
    }
}

/// Fills every window with the earliest acceptable starts.
fn suggest_all(state: AppState) {
    let (starts, count, minutes) = state.policy.with_untracked(|p| {
        let starts = state.checked.with_untracked(|c| {
            let ctx = Context::new(p, &c.request, c.report.submitted_at);
            suggest(&ctx)
        });
        (starts, p.windows.count, p.windows.duration_minutes)
    });
    if starts.is_empty() {
        state.announcement.set(
            "No window can be suggested: no start within the next year passes every rule. Check the messages above.".into(),
        );
        return;
    }
    state.form.update(|f| {
        for (i, t) in starts.iter().enumerate() {
            f.set_window(i, to_field(*t));
        }
    });
    let paths: Vec<String> = state
        .policy
        .with_untracked(|p| (0..starts.len()).map(|i| p.windows.field(i)).collect());
    for p in &paths {
        state.touch(p);
    }
    let list: Vec<String> = starts.iter().map(|t| format_window(*t, minutes)).collect();
    let mut message = format!("Filled in: {}.", list.join("; "));
    if starts.len() < count {
        message.push_str(&format!(
            " Only {} of {count} windows could be found.",
            starts.len()
        ));
    }
    state.announcement.set(message);
}

/// The "Suggest the earliest windows" button.
#[component]
pub fn SuggestButton() -> impl IntoView {
    let state = expect_context::<AppState>();
    let label = move || {
        if state.policy.with(|p| p.windows.count) == 1 {
            "Suggest the earliest window"
        } else {
            "Suggest the earliest windows"
        }
    };
    view! {
        <button type="button" class="rr-button rr-button--secondary" on:click=move |_| suggest_all(state)>
            {label}
        </button>
    }
}

/// The windows proposed on `date` (their indexes), from each window's date.
fn marks_on(proposed: &[Option<NaiveDate>], date: NaiveDate) -> Vec<usize> {
    proposed
        .iter()
        .enumerate()
        .filter(|(_, d)| **d == Some(date))
        .map(|(i, _)| i)
        .collect()
}

/// What a screen reader hears for a day: its date, its verdict and the
/// windows proposed on it.
fn day_label(date: NaiveDate, said: &str, marks: &[usize]) -> String {
    let mut label = format!("{}: {said}", format_day(date));
    if !marks.is_empty() {
        let names: Vec<String> = marks.iter().map(|i| format!("window {}", i + 1)).collect();
        label.push_str(&format!(", {} proposed", names.join(" and ")));
    }
    label
}

/// One day of the grid. Static: the grid is drawn again when a window's
/// date changes, which keeps 42 days' worth of reactive nodes off the page.
fn cell(
    state: AppState,
    policy: &Policy,
    region: Option<Region>,
    day: Day,
    marks: Vec<usize>,
    first: bool,
) -> AnyView {
    let look = look(policy, region, &day);
    let date = day.date;
    let number = if first || date.day() == 1 {
        day_and_month(date)
    } else {
        date.day().to_string()
    };
    let (class, icon, short, said) = match &look {
        Look::Open(t) => (
            "open",
            "✓",
            to_clock(*t),
            format!("available from {} UTC", to_clock(*t)),
        ),
        Look::Approval(t) => (
            "approval",
            "!",
            "Approval".to_string(),
            format!(
                "possible only outside service hours, with the vendor's approval, from {} UTC",
                to_clock(*t)
            ),
        ),
        Look::Holiday(name) => (
            "holiday",
            "★",
            name.to_string(),
            format!("not possible: public holiday, {name}"),
        ),
        Look::Weekend => (
            "weekend",
            "–",
            "Weekend".to_string(),
            "not possible: weekend".to_string(),
        ),
        Look::Blackout(reason) => (
            "closed",
            "✕",
            reason.clone(),
            format!("not possible: blackout, {reason}"),
        ),
        Look::Closed => (
            "closed",
            "✕",
            day.reason.split(':').next().unwrap_or("").to_string(),
            format!("not possible: {}", day.reason),
        ),
    };
    let label = day_label(date, &said, &marks);
    let badges = marks
        .into_iter()
        .map(|i| view! { <span class="rr-cal__badge">{format!("W{}", i + 1)}</span> })
        .collect_view();
    let visible = view! {
        <span class="rr-cal__num" aria-hidden="true">{number}</span>
        <span class="rr-cal__mark" aria-hidden="true">
            <span class="rr-cal__icon">{icon}</span>
            <span class="rr-cal__why">{short}</span>
        </span>
        <span class="rr-cal__badges" aria-hidden="true">{badges}</span>
        <span class="rr-visually-hidden">{label}</span>
    };
    let clickable = matches!(look, Look::Open(_) | Look::Approval(_));
    let td_class = format!("rr-cal__day rr-cal__day--{class}");
    if clickable {
        view! {
            <td class=td_class>
                <button type="button" class="rr-cal__button" id=day_id(&state, date) on:click=move |_| pick(state, &day)>
                    {visible}
                </button>
            </td>
        }
        .into_any()
    } else {
        view! {
            <td class=td_class>
                <div class="rr-cal__static">{visible}</div>
            </td>
        }
        .into_any()
    }
}

/// The legend: what each mark means (only the marks this policy can show).
fn legend(policy: &Policy, region: Option<Region>) -> impl IntoView {
    let mut items = vec![("open", "✓", "A window can start (from the time shown, UTC)")];
    if policy.service_hours.is_some() {
        items.push((
            "approval",
            "!",
            "Only outside service hours: needs the vendor's approval",
        ));
    }
    if region.is_some() {
        items.push(("holiday", "★", "Public holiday"));
    }
    if !policy.weekends_allowed {
        items.push(("weekend", "–", "Weekend: no refreshes"));
    }
    items.push(if policy.point_in_time.is_some() {
        (
            "closed",
            "✕",
            "Not possible: too soon, or outside the restore point's limits",
        )
    } else {
        ("closed", "✕", "Not possible: too soon")
    });
    view! {
        <ul class="rr-key">
            {items
                .into_iter()
                .map(|(class, icon, text)| {
                    view! {
                        <li class="rr-key__item">
                            <span class=format!("rr-key__swatch rr-cal__day--{class}") aria-hidden="true">{icon}</span>
                            {text}
                        </li>
                    }
                })
                .collect_view()}
        </ul>
    }
}

/// The planning calendar.
#[component]
pub fn CalendarView() -> impl IntoView {
    let state = expect_context::<AppState>();
    let basis = Memo::new(move |_| state.checked.with(Basis::of));
    let grid = Memo::new(move |_| {
        let b = basis.get();
        state.policy.with(|p| b.grid(p))
    });
    let proposed = Memo::new(move |_| {
        state.checked.with(|c| {
            c.request
                .windows
                .iter()
                .map(|s| s.start().map(|t| t.date()))
                .collect::<Vec<Option<NaiveDate>>>()
        })
    });
    let caption = move || {
        grid.with(|g| match (g.first(), g.last()) {
            (Some(a), Some(b)) => format!(
                "When a window can start, {} to {} (UTC days)",
                format_day(a.date),
                format_day(b.date)
            ),
            _ => String::new(),
        })
    };
    let holidays = move || {
        let region = basis.get().region?;
        let cal = Calendar::new(Some(region));
        let list: Vec<String> = grid.with(|g| {
            g.iter()
                .filter_map(|d| {
                    cal.holiday(d.date)
                        .map(|n| format!("{} – {n}", format_day(d.date)))
                })
                .collect()
        });
        (!list.is_empty()).then(|| {
            view! {
                <p class="rr-cal__holidays">
                    <strong>{format!("Public holidays ({}) in these weeks: ", region.name())}</strong>
                    {list.join("; ")}
                </p>
            }
        })
    };
    let body = move || {
        let region = basis.get().region;
        let proposed = proposed.get();
        state.policy.with(|p| {
            grid.with(|g| {
                g.chunks(7)
                    .enumerate()
                    .map(|(w, week)| {
                        let cells = week
                            .iter()
                            .enumerate()
                            .map(|(i, d)| {
                                let marks = marks_on(&proposed, d.date);
                                cell(state, p, region, d.clone(), marks, w == 0 && i == 0)
                            })
                            .collect_view();
                        view! { <tr>{cells}</tr> }
                    })
                    .collect_view()
            })
        })
    };
    let legend_view = move || {
        let region = basis.get().region;
        state.policy.with(|p| legend(p, region))
    };
    let weekdays = [
        ("Mon", "Monday"),
        ("Tue", "Tuesday"),
        ("Wed", "Wednesday"),
        ("Thu", "Thursday"),
        ("Fri", "Friday"),
        ("Sat", "Saturday"),
        ("Sun", "Sunday"),
    ];
    // Drawn in a task of its own: its first drawing is a fifth of the
    // page's start-up work.
    let drawn = next_task();
    view! {
        <div class="rr-cal-wrap">
            <p class="rr-hint">
                "Choose an available day to fill in the next empty window with its earliest start. Times are UTC."
            </p>
            <Show when=move || drawn.get()>
            <table class="rr-cal">
                <caption class="rr-cal__caption">{caption}</caption>
                <thead>
                    <tr>
                        {weekdays
                            .into_iter()
                            .map(|(short, long)| view! { <th scope="col" abbr=long>{short}</th> })
                            .collect_view()}
                    </tr>
                </thead>
                <tbody>{body}</tbody>
            </table>
            {legend_view}
            {holidays}
            </Show>
        </div>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn date(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).expect("a real date")
    }

    #[test]
    fn a_days_label_names_the_windows_proposed_on_it() {
        let wed = date(2024, 12, 18);
        let said = "available from 09:00 UTC";
        assert_eq!(
            day_label(wed, said, &[]),
            "Wed 18 Dec 2024: available from 09:00 UTC"
        );
        assert_eq!(
            day_label(wed, said, &[0]),
            "Wed 18 Dec 2024: available from 09:00 UTC, window 1 proposed"
        );
        assert_eq!(
            day_label(wed, said, &[0, 1]),
            "Wed 18 Dec 2024: available from 09:00 UTC, window 1 and window 2 proposed"
        );
    }

    #[test]
    fn marks_are_the_windows_on_that_date() {
        let (a, b) = (date(2024, 12, 18), date(2024, 12, 19));
        let proposed = [Some(a), None, Some(b), Some(a)];
        assert_eq!(marks_on(&proposed, a), [0, 3]);
        assert_eq!(marks_on(&proposed, b), [2]);
        assert!(marks_on(&proposed, date(2024, 12, 20)).is_empty());
    }

    #[test]
    fn issue_21_a_day_inside_a_blackout_shows_its_reason_even_on_a_holiday() {
        use refresh_request_core::instant::parse;
        let mut policy = Policy::builtin("veson-imos").expect("built-in").clone();
        policy.blackouts = vec![refresh_request_core::policy::Blackout {
            from: parse("2024-12-24T00:00Z").expect("instant"),
            to: parse("2024-12-27T00:00Z").expect("instant"),
            reason: "Year-end freeze".into(),
        }];
        let request = Request::read(
            &policy,
            &serde_json::json!({"submitted_at": "2024-12-02T00:00Z", "holiday_region": "GB"}),
        )
        .request;
        let ctx = Context::new(&policy, &request, parse("2024-12-02T00:00Z").expect("now"));
        let region = request.holiday_region;
        for d in [24, 25] {
            let day = refresh_request_core::calendar::day(&ctx, date(2024, 12, d));
            assert_eq!(
                look(&policy, region, &day),
                Look::Blackout("Year-end freeze".into()),
                "{d} Dec"
            );
        }
        let after = refresh_request_core::calendar::day(&ctx, date(2024, 12, 27));
        assert!(matches!(look(&policy, region, &after), Look::Open(_)));
    }
}
