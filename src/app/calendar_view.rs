//! The planning calendar: six weeks of days from the earliest possible one,
//! each marked open, approval-only or closed (with the core's reason), and
//! "Suggest the earliest windows". A click on a day fills a window.
//!
//! The days are a date grid (the WAI-ARIA pattern): one stop in the tab
//! order, the day last focused, and the arrow keys, Home/End and Page
//! Up/Down move between days (a roving `tabindex`).

use super::deferred::next_task;
use super::dom::{element_by_id, focus, focus_later};
use super::form::Form;
use super::state::{AppState, Checked};
use crate::i18n::Texts;
use chrono::{Datelike, Duration, Months, NaiveDate, NaiveDateTime};
use leptos::prelude::*;
use refresh_request_core::business_days::{is_weekend, Calendar};
use refresh_request_core::calendar::{days, Day, Status};
use refresh_request_core::finding::Severity;
use refresh_request_core::holidays::name::name_in as holiday_name;
use refresh_request_core::holidays::Region;
use refresh_request_core::instant::{to_clock, to_field};
use refresh_request_core::message::Arg;
use refresh_request_core::policy::Policy;
use refresh_request_core::request::{RefreshType, Request};
use refresh_request_core::rules::windows::Blocker;
use refresh_request_core::rules::Context;
use refresh_request_core::suggest::{earliest_starts, suggest};
use wasm_bindgen::JsCast;

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
    pub fn grid(&self, policy: &Policy, t: Texts) -> Vec<Day> {
        let request = Request {
            submitted_at: Some(self.submitted_at),
            holiday_region: self.region,
            refresh_type: self.refresh_type,
            restore_point: self.restore_point,
            ..Request::default()
        };
        let ctx = Context::in_language(policy, &request, self.submitted_at, &t);
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
    /// A public holiday of the region, by its name in the holiday data.
    Holiday(Region, &'static str),
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
        _ => match region.zip(Calendar::new(region).holiday(day.date)) {
            Some((region, name)) => Look::Holiday(region, name),
            None if is_weekend(day.date) && !policy.weekends_allowed => Look::Weekend,
            None => Look::Closed,
        },
    }
}

/// A kind of mark a day carries in the grid and the legend: one place for its CSS class,
/// its icon and what the legend says of it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Mark {
    Open,
    Approval,
    Holiday,
    Weekend,
    Closed,
}

impl Mark {
    /// The class suffix (`rr-cal__day--open`) the grid's cell and the legend's swatch share.
    fn class(self) -> &'static str {
        match self {
            Mark::Open => "open",
            Mark::Approval => "approval",
            Mark::Holiday => "holiday",
            Mark::Weekend => "weekend",
            Mark::Closed => "closed",
        }
    }

    /// The icon the cell and the legend's swatch show (hidden from screen readers).
    fn icon(self) -> &'static str {
        match self {
            Mark::Open => "✓",
            Mark::Approval => "!",
            Mark::Holiday => "★",
            Mark::Weekend => "–",
            Mark::Closed => "✕",
        }
    }

    /// What the legend says the mark means, for `policy` (whether a restore point can
    /// close a day).
    fn meaning(self, policy: &Policy, t: Texts) -> String {
        t.t(match self {
            Mark::Open => "calendar-key-available",
            Mark::Approval => "calendar-key-approval",
            Mark::Holiday => "calendar-key-holiday",
            Mark::Weekend => "calendar-key-weekend",
            Mark::Closed if policy.point_in_time.is_some() => "calendar-key-too-soon-pit",
            Mark::Closed => "calendar-key-too-soon",
        })
    }
}

impl Look {
    /// Its mark.
    fn mark(&self) -> Mark {
        match self {
            Look::Open(_) => Mark::Open,
            Look::Approval(_) => Mark::Approval,
            Look::Holiday(..) => Mark::Holiday,
            Look::Weekend => Mark::Weekend,
            Look::Blackout(_) | Look::Closed => Mark::Closed,
        }
    }

    /// What the day's cell shows beside the icon, and what a screen reader hears of the
    /// day's verdict; `day` is the day it is the look of, under `policy`.
    fn words(&self, day: &Day, policy: &Policy, t: Texts) -> (String, String) {
        match self {
            Look::Open(at) => (
                to_clock(*at),
                t.f("calendar-day-available", &[("time", to_clock(*at).into())]),
            ),
            Look::Approval(at) => (
                t.t("calendar-mark-approval"),
                t.f("calendar-day-approval", &[("time", to_clock(*at).into())]),
            ),
            Look::Holiday(region, name) => {
                // A holiday's name is the policy's to word, as in its findings.
                let name = holiday_name(*region, name, &policy.messages.speak(&t));
                (
                    name.clone(),
                    t.f("calendar-day-holiday", &[("name", name.into())]),
                )
            }
            Look::Weekend => (t.t("calendar-mark-weekend"), t.t("calendar-day-weekend")),
            Look::Blackout(reason) => (
                reason.clone(),
                t.f("calendar-day-blackout", &[("reason", reason.into())]),
            ),
            Look::Closed => (
                day.label.clone(),
                t.f(
                    "calendar-day-other",
                    &[("reason", day.reason.clone().into())],
                ),
            ),
        }
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
    // Only times come out of it: its messages are never read.
    let english = Texts(refresh_request_core::lang::Lang::En);
    let ctx = Context::in_language(
        policy,
        &checked.request,
        checked.report.submitted_at,
        &english,
    );
    let start = earliest_starts(&ctx, first, w.count + 1)
        .into_iter()
        .filter(|t| t.date() == day.date)
        .find(|t| others.iter().all(|o| (*t - *o).abs() >= span))
        .unwrap_or(first);
    Some((index, start))
}

/// The id of the focusable element of the grid's day `index` (its button, or
/// the cell of a closed day): focus returns to it after the grid redraws.
fn day_id(state: &AppState, index: usize) -> String {
    state.id(&format!("day-{index}"))
}

/// Where a key of the date grid moves the focus from the day at `index` of
/// `days` (whole weeks, Monday first); `None` for a key the grid leaves to
/// the browser. A move past the grid's ends stays on its first or last day.
pub fn moved(days: &[Day], index: usize, key: &str, ctrl: bool) -> Option<usize> {
    let last = days.len().checked_sub(1)?;
    let date = days.get(index)?.date;
    let week = index - index % 7;
    // The same day of another month, else the nearest end of the grid.
    let by_month = |to: Option<NaiveDate>| {
        let first = days.first().map_or(date, |d| d.date);
        to.map_or(index, |to| {
            usize::try_from((to - first).num_days()).unwrap_or(0)
        })
    };
    let to = match key {
        "ArrowRight" => index + 1,
        "ArrowLeft" => index.saturating_sub(1),
        "ArrowDown" if index + 7 <= last => index + 7,
        "ArrowUp" if index >= 7 => index - 7,
        "ArrowDown" | "ArrowUp" => index,
        "Home" if ctrl => 0,
        "End" if ctrl => last,
        "Home" => week,
        "End" => week + 6,
        "PageDown" => by_month(date.checked_add_months(Months::new(1))),
        "PageUp" => by_month(date.checked_sub_months(Months::new(1))),
        _ => return None,
    };
    Some(to.min(last))
}

/// Makes the day at `to` the grid's tab stop instead of the one at `from`.
fn move_stop(state: &AppState, from: usize, to: usize) {
    if let Some(el) = element_by_id(&day_id(state, from)) {
        let _ = el.set_attribute("tabindex", "-1");
    }
    if let Some(el) = element_by_id(&day_id(state, to)) {
        let _ = el.set_attribute("tabindex", "0");
    }
}

/// The grid's index of a day's focusable element, from its id.
fn index_of(state: &AppState, id: &str) -> Option<usize> {
    id.strip_prefix(&state.id("day-"))?.parse().ok()
}

/// Fills a window from a day of the calendar.
fn pick(state: AppState, index: usize, day: &Day) {
    focus_later(day_id(&state, index));
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
            let t = state.texts;
            state.announcement.set(t.f(
                "calendar-set",
                &[
                    ("field", name.into()),
                    ("value", t.window(start, minutes).into()),
                ],
            ));
        }
        None => state.announcement.set(state.texts.t("calendar-all-filled")),
    }
}

/// Fills every window with the earliest acceptable starts.
fn suggest_all(state: AppState) {
    let (starts, count, minutes) = state.policy.with_untracked(|p| {
        let starts = state.checked.with_untracked(|c| {
            let ctx = Context::in_language(p, &c.request, c.report.submitted_at, &state.texts);
            suggest(&ctx)
        });
        (starts, p.windows.count, p.windows.duration_minutes)
    });
    if starts.is_empty() {
        state.announcement.set(state.texts.t("suggest-none"));
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
    let t = state.texts;
    let list: Vec<String> = starts.iter().map(|s| t.window(*s, minutes)).collect();
    let windows = Arg::from(list.join("; "));
    let message = if starts.len() < count {
        t.f(
            "suggest-partial",
            &[
                ("windows", windows),
                ("found", Arg::from(starts.len())),
                ("count", Arg::from(count)),
            ],
        )
    } else {
        t.f("suggest-filled", &[("windows", windows)])
    };
    state.announcement.set(message);
}

/// The "Suggest the earliest windows" button.
#[component]
pub fn SuggestButton() -> impl IntoView {
    let state = expect_context::<AppState>();
    let label = move || {
        state
            .texts
            .t(if state.policy.with(|p| p.windows.count) == 1 {
                "suggest-one"
            } else {
                "suggest-many"
            })
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
fn day_label(date: NaiveDate, said: &str, marks: &[usize], t: Texts) -> String {
    let numbers: Vec<String> = marks.iter().map(|i| (i + 1).to_string()).collect();
    t.f(
        "calendar-day",
        &[
            ("day", t.day(date).into()),
            ("said", said.into()),
            ("windows", t.list(numbers).into()),
            ("count", Arg::from(marks.len())),
        ],
    )
}

/// One day of the grid, the `index`th. Static: the grid is drawn again when a
/// window's date changes, which keeps 42 days' worth of reactive nodes off the
/// page. `stop`: the day is the grid's one stop in the tab order.
fn cell(
    state: AppState,
    policy: &Policy,
    region: Option<Region>,
    (index, day): (usize, Day),
    marks: Vec<usize>,
    stop: bool,
) -> AnyView {
    let t = state.texts;
    let first = index == 0;
    let look = look(policy, region, &day);
    let date = day.date;
    let number = if first || date.day() == 1 {
        t.day_and_month(date)
    } else {
        date.day().to_string()
    };
    let mark = look.mark();
    let (short, said) = look.words(&day, policy, t);
    let label = day_label(date, &said, &marks, t);
    let badges = marks
        .into_iter()
        .map(|i| view! { <span class="rr-cal__badge">{t.f("calendar-badge", &[("window", (i + 1).into())])}</span> })
        .collect_view();
    let weekday = t.weekday(date).0;
    let visible = view! {
        <span class="rr-cal__num" aria-hidden="true">
            <span class="rr-cal__wd">{weekday}" "</span>
            {number}
        </span>
        <span class="rr-cal__mark" aria-hidden="true">
            <span class="rr-cal__icon">{mark.icon()}</span>
            <span class="rr-cal__why">{short}</span>
        </span>
        <span class="rr-cal__badges" aria-hidden="true">{badges}</span>
        <span class="rr-visually-hidden">{label}</span>
    };
    let clickable = matches!(look, Look::Open(_) | Look::Approval(_));
    let td_class = format!("rr-cal__day rr-cal__day--{}", mark.class());
    let id = day_id(&state, index);
    let tabindex = if stop { "0" } else { "-1" };
    if clickable {
        view! {
            <td class=td_class role="gridcell">
                <button type="button" class="rr-cal__button" id=id tabindex=tabindex on:click=move |_| pick(state, index, &day)>
                    {visible}
                </button>
            </td>
        }
        .into_any()
    } else {
        // A closed day takes focus itself, so that the arrow keys pass through it.
        view! {
            <td class=td_class role="gridcell" id=id tabindex=tabindex>
                <div class="rr-cal__static">{visible}</div>
            </td>
        }
        .into_any()
    }
}

/// The legend: what each mark means (only the marks this policy can show).
fn legend(policy: &Policy, region: Option<Region>, t: Texts) -> impl IntoView {
    let mut items = vec![Mark::Open];
    if policy.service_hours.is_some() {
        items.push(Mark::Approval);
    }
    if region.is_some() {
        items.push(Mark::Holiday);
    }
    if !policy.weekends_allowed {
        items.push(Mark::Weekend);
    }
    items.push(Mark::Closed);
    view! {
        <ul class="rr-key">
            {items
                .into_iter()
                .map(|mark| {
                    view! {
                        <li class="rr-key__item">
                            <span class=format!("rr-key__swatch rr-cal__day--{}", mark.class()) aria-hidden="true">{mark.icon()}</span>
                            {mark.meaning(policy, t)}
                        </li>
                    }
                })
                .collect_view()}
        </ul>
    }
}

/// The line naming the holidays among `days`, as `policy` words their names (its findings do
/// too); none when there are none.
fn holidays(policy: &Policy, region: Region, days: &[Day], t: Texts) -> Option<impl IntoView> {
    let cal = Calendar::new(Some(region));
    let names = policy.messages.speak(&t);
    let mut list = String::new();
    for d in days {
        if let Some(n) = cal.holiday(d.date) {
            if !list.is_empty() {
                list.push_str("; ");
            }
            list += &format!("{} – {}", t.day(d.date), holiday_name(region, n, &names));
        }
    }
    (!list.is_empty()).then(|| {
        view! {
            <p class="rr-cal__holidays">
                {t.f(
                    "calendar-holidays",
                    &[
                        ("region", t.t(&format!("region-{}", region.code())).into()),
                        ("holidays", list.into()),
                    ],
                )}
            </p>
        }
    })
}

/// The planning calendar.
#[component]
pub fn CalendarView() -> impl IntoView {
    let state = expect_context::<AppState>();
    let t = state.texts;
    let basis = Memo::new(move |_| state.checked.with(Basis::of));
    let grid = Memo::new(move |_| {
        let b = basis.get();
        state.policy.with(|p| b.grid(p, t))
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
            (Some(a), Some(b)) => t.f(
                "calendar-caption",
                &[("from", t.day(a.date).into()), ("to", t.day(b.date).into())],
            ),
            _ => String::new(),
        })
    };
    // The day that is the grid's tab stop: the one last focused while it is
    // in the grid, else the first proposed day, else the first that can be
    // chosen.
    let active = StoredValue::new(None::<NaiveDate>);
    let body = move || {
        let region = basis.get().region;
        let proposed = proposed.get();
        state.policy.with(|p| {
            grid.with(|g| {
                let stop = active
                    .get_value()
                    .and_then(|a| g.iter().position(|d| d.date == a))
                    .or_else(|| {
                        g.iter()
                            .position(|d| !marks_on(&proposed, d.date).is_empty())
                    })
                    .or_else(|| g.iter().position(|d| d.first_start.is_some()))
                    .unwrap_or(0);
                active.set_value(g.get(stop).map(|d| d.date));
                g.chunks(7)
                    .enumerate()
                    .map(|(w, week)| {
                        let cells = week
                            .iter()
                            .enumerate()
                            .map(|(i, d)| {
                                let index = w * 7 + i;
                                let marks = marks_on(&proposed, d.date);
                                cell(state, p, region, (index, d.clone()), marks, index == stop)
                            })
                            .collect_view();
                        view! { <tr role="row">{cells}</tr> }
                    })
                    .collect_view()
            })
        })
    };
    let active_index = move || {
        let a = active.get_value()?;
        grid.with_untracked(|g| g.iter().position(|d| d.date == a))
    };
    let on_key = move |ev: leptos::ev::KeyboardEvent| {
        if ev.alt_key() || ev.shift_key() {
            return;
        }
        let Some(from) = active_index() else {
            return;
        };
        let ctrl = ev.ctrl_key() || ev.meta_key();
        let Some((to, date)) = grid.with_untracked(|g| {
            // Right to left, the grid is mirrored: the arrows follow what is on screen.
            let key = match (t.lang().is_rtl(), ev.key().as_str()) {
                (true, "ArrowLeft") => "ArrowRight".to_string(),
                (true, "ArrowRight") => "ArrowLeft".to_string(),
                (_, key) => key.to_string(),
            };
            let to = moved(g, from, &key, ctrl)?;
            Some((to, g.get(to)?.date))
        }) else {
            return;
        };
        ev.prevent_default();
        move_stop(&state, from, to);
        active.set_value(Some(date));
        focus(&day_id(&state, to));
    };
    // A click, or focus put back after a redraw, makes that day the stop.
    let on_focus = move |ev: leptos::ev::FocusEvent| {
        let id = ev
            .target()
            .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
            .map(|el| el.id())
            .unwrap_or_default();
        let Some(to) = index_of(&state, &id) else {
            return;
        };
        if let Some(from) = active_index().filter(|f| *f != to) {
            move_stop(&state, from, to);
        }
        active.set_value(grid.with_untracked(|g| g.get(to).map(|d| d.date)));
    };
    // The legend and the line naming the days' holidays, which the same policy and days make.
    let legend_view = move || {
        let region = basis.get().region;
        state.policy.with(|p| {
            let named = region.and_then(|r| grid.with(|days| holidays(p, r, days, t)));
            (legend(p, region, t), named)
        })
    };
    // Drawn in a task of its own: its first drawing is a fifth of the
    // page's start-up work.
    let drawn = next_task();
    view! {
        <div class="rr-cal-wrap">
            <p class="rr-hint">
                {t.t("calendar-hint")}
            </p>
            <Show when=move || drawn.get()>
            // The roles are written out: a narrow layout displays the rows as blocks,
            // which would otherwise cost them their table semantics.
            <table class="rr-cal" role="grid" on:keydown=on_key on:focusin=on_focus>
                <caption class="rr-cal__caption">{caption}</caption>
                <thead role="rowgroup">
                    <tr role="row">
                        {move || grid.with(|g| {
                            g.iter()
                                .take(7)
                                .map(|d| {
                                    let (short, long) = t.weekday(d.date);
                                    view! { <th scope="col" role="columnheader" abbr=long>{short}</th> }
                                })
                                .collect_view()
                        })}
                    </tr>
                </thead>
                <tbody role="rowgroup">{body}</tbody>
            </table>
            {legend_view}
            </Show>
        </div>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const EN: Texts = Texts(refresh_request_core::lang::Lang::En);

    fn date(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).expect("a real date")
    }

    #[test]
    fn a_days_label_names_the_windows_proposed_on_it() {
        let wed = date(2024, 12, 18);
        let said = "available from 09:00 UTC";
        assert_eq!(
            day_label(wed, said, &[], EN),
            "Wed 18 Dec 2024: available from 09:00 UTC"
        );
        assert_eq!(
            day_label(wed, said, &[0], EN),
            "Wed 18 Dec 2024: available from 09:00 UTC, window 1 proposed"
        );
        assert_eq!(
            day_label(wed, said, &[0, 1], EN),
            "Wed 18 Dec 2024: available from 09:00 UTC, windows 1 and 2 proposed"
        );
    }

    #[test]
    fn the_grid_keys_move_by_day_week_and_month_and_stop_at_its_ends() {
        use refresh_request_core::instant::parse;
        let policy = Policy::builtin("veson-imos").expect("built-in");
        let basis = Basis {
            submitted_at: parse("2024-12-16T09:00Z").expect("instant"),
            region: None,
            refresh_type: RefreshType::Standard,
            restore_point: None,
        };
        let days = basis.grid(policy, EN);
        assert_eq!(days.len(), 42);
        // Monday 16 Dec 2024 is day 0; Wednesday 18 Dec is day 2.
        assert_eq!(days[0].date, date(2024, 12, 16));
        let at = |from: usize, key: &str, ctrl: bool| moved(&days, from, key, ctrl);
        assert_eq!(at(2, "ArrowRight", false), Some(3));
        assert_eq!(at(2, "ArrowLeft", false), Some(1));
        assert_eq!(at(2, "ArrowDown", false), Some(9));
        assert_eq!(at(9, "ArrowUp", false), Some(2));
        assert_eq!(at(2, "Home", false), Some(0));
        assert_eq!(at(9, "End", false), Some(13));
        assert_eq!(at(9, "Home", true), Some(0));
        assert_eq!(at(9, "End", true), Some(41));
        // 18 Dec to 18 Jan (day 33), and back.
        assert_eq!(at(2, "PageDown", false), Some(33));
        assert_eq!(at(33, "PageUp", false), Some(2));
        // The ends hold.
        assert_eq!(at(0, "ArrowLeft", false), Some(0));
        assert_eq!(at(2, "ArrowUp", false), Some(2));
        assert_eq!(at(41, "ArrowRight", false), Some(41));
        assert_eq!(at(38, "ArrowDown", false), Some(38));
        assert_eq!(at(20, "PageDown", false), Some(41));
        assert_eq!(at(20, "PageUp", false), Some(0));
        // Other keys are the browser's.
        assert_eq!(at(2, "Enter", false), None);
        assert_eq!(at(2, "Tab", false), None);
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
    fn a_day_inside_a_blackout_shows_its_reason_even_on_a_holiday() {
        use refresh_request_core::instant::parse;
        let mut policy = Policy::builtin("veson-imos").expect("built-in").clone();
        policy.blackouts = vec![refresh_request_core::policy::Blackout {
            from: parse("2024-12-24T00:00Z").expect("instant"),
            to: parse("2024-12-27T00:00Z").expect("instant"),
            reason: "Year-end freeze".into(),
        }];
        let request = Request::read_in(
            &policy,
            &serde_json::json!({"submitted_at": "2024-12-02T00:00Z", "holiday_region": "GB"}),
            &EN,
        )
        .request;
        let ctx = Context::in_language(
            &policy,
            &request,
            parse("2024-12-02T00:00Z").expect("now"),
            &EN,
        );
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
