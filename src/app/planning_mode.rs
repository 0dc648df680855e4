//! Planning mode: "what if I raise it on …" checks the request as if the
//! ticket were raised at another time (`submitted_at`), and says so loudly.

use super::dom::focus_later;
use super::erase::{dyn_view, flag, handler, text, when};
use super::field::Field;
use super::layout::planning_date;
use super::state::AppState;
use crate::instant::{format_utc, to_field};
use leptos::prelude::*;

/// Turns planning mode on, starting from the current time.
fn turn_on(state: AppState) {
    let now = state.now.get_untracked();
    state.form.update(|f| {
        f.planning = true;
        if f.get("submitted_at").trim().is_empty() {
            f.set("submitted_at", to_field(now));
        }
    });
    state.announcement.set("Planning mode is on.".into());
    focus_later(state.id("submitted_at"));
}

/// Turns planning mode off (the date typed is kept for next time).
fn turn_off(state: AppState) {
    state.form.update(|f| f.planning = false);
    state
        .announcement
        .set("Planning mode is off: checking against the time now.".into());
}

/// The banner shown at the top while planning mode is on.
#[component]
pub fn PlanningBanner(
    /// The shared state.
    state: AppState,
) -> impl IntoView {
    let when_text = move || {
        let given = state.checked.with(|c| c.request.submitted_at);
        match given {
            Some(t) => format!(
                "checking as if the ticket were raised on {}, not now.",
                format_utc(t)
            ),
            None => {
                "enter the date and time to check against; until then, the time now is used.".into()
            }
        }
    };
    let on = flag(move || state.form.with(|f| f.planning));
    when(on, move || {
        view! {
            <div class="rr-banner" role="region" aria-label="Planning mode">
                <p class="rr-banner__text">
                    <strong>"Planning mode"</strong>
                    ": "
                    {text(when_text)}
                </p>
                <button
                    type="button"
                    class="rr-button rr-button--secondary rr-button--small"
                    on:click=handler(move |_| turn_off(state))
                >
                    "Turn off planning mode"
                </button>
            </div>
        }
        .into_any()
    })
}

/// The control in the form: the current time checked against, or the
/// planning date.
#[component]
pub fn PlanningControl(
    /// The shared state.
    state: AppState,
) -> impl IntoView {
    let on = flag(move || state.form.with(|f| f.planning));
    let control = dyn_view(move || {
        if on.get() {
            view! {
                <Field state spec=planning_date() />
                <button type="button" class="rr-button rr-button--secondary" on:click=handler(move |_| turn_off(state))>
                    "Back to the time now"
                </button>
            }
            .into_any()
        } else {
            view! {
                <p class="rr-planning__now">
                    "Checked against the time now: "
                    <strong>{text(move || format_utc(state.now.get()))}</strong>
                    " (updated every minute)."
                </p>
                <button type="button" class="rr-button rr-button--secondary" on:click=handler(move |_| turn_on(state))>
                    "What if I raise it on another date?"
                </button>
            }
            .into_any()
        }
    });
    view! { <div class="rr-planning">{control}</div> }
}
