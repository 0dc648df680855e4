//! Planning mode: "what if I raise it on …" checks the request as if the
//! ticket were raised at another time (`submitted_at`), and says so loudly.

use super::dom::focus_later;
use super::field::Field;
use super::layout::planning_date;
use super::state::AppState;
use leptos::prelude::*;
use refresh_request_core::field::Key;
use refresh_request_core::instant::{format_utc, to_field};

/// Turns planning mode on, starting from the current time.
fn turn_on(state: AppState) {
    let now = state.now.get_untracked();
    state.form.update(|f| {
        f.planning = true;
        let key = Key::SubmittedAt.as_str();
        if f.get(key).trim().is_empty() {
            f.set(key, to_field(now));
        }
    });
    state.announcement.set("Planning mode is on.".into());
    focus_later(state.id(Key::SubmittedAt.as_str()));
}

/// The id of "What if I raise it on another date?".
fn turn_on_id(state: &AppState) -> String {
    state.id("planning-on")
}

/// Turns planning mode off (the date typed is kept for next time). Focus,
/// which was on a button that goes with the mode, moves to the one that turns
/// it on again, beside the time now that the form is checked against.
fn turn_off(state: AppState) {
    state.form.update(|f| f.planning = false);
    state
        .announcement
        .set("Planning mode is off: checking against the time now.".into());
    focus_later(turn_on_id(&state));
}

/// The banner shown at the top while planning mode is on.
#[component]
pub fn PlanningBanner() -> impl IntoView {
    let state = expect_context::<AppState>();
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
    view! {
        <Show when=move || state.form.with(|f| f.planning)>
            <div class="rr-banner" role="region" aria-label=format!("Planning mode{}", state.landmark_suffix())>
                <p class="rr-banner__text">
                    <strong>"Planning mode"</strong>
                    ": "
                    {when_text}
                </p>
                <button
                    type="button"
                    class="rr-button rr-button--secondary rr-button--small"
                    on:click=move |_| turn_off(state)
                >
                    "Turn off planning mode"
                </button>
            </div>
        </Show>
    }
}

/// The control in the form: the current time checked against, or the
/// planning date.
#[component]
pub fn PlanningControl() -> impl IntoView {
    let state = expect_context::<AppState>();
    view! {
        <div class="rr-planning">
            <Show
                when=move || state.form.with(|f| f.planning)
                fallback=move || view! {
                    <p class="rr-planning__now">
                        "Checked against the time now: "
                        <strong>{move || format_utc(state.now.get())}</strong>
                        " (updated every minute)."
                    </p>
                    <button type="button" class="rr-button rr-button--secondary" id=turn_on_id(&state) on:click=move |_| turn_on(state)>
                        "What if I raise it on another date?"
                    </button>
                }
            >
                <Field spec=planning_date() />
                <button type="button" class="rr-button rr-button--secondary" on:click=move |_| turn_off(state)>
                    "Back to the time now"
                </button>
            </Show>
        </div>
    }
}
