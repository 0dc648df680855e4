//! Planning mode: "what if I raise it on …" checks the request as if the
//! ticket were raised at another time (`submitted_at`), and says so loudly.

use super::dom::focus_later;
use super::field::Field;
use super::layout::planning_date;
use super::state::AppState;
use leptos::prelude::*;
use refresh_request_core::field::Key;
use refresh_request_core::instant::to_field;
use refresh_request_core::message::Arg;

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
    state.announcement.set(state.texts.t("planning-on"));
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
    state.announcement.set(state.texts.t("planning-off"));
    focus_later(turn_on_id(&state));
}

/// The banner shown at the top while planning mode is on.
#[component]
pub fn PlanningBanner() -> impl IntoView {
    let state = expect_context::<AppState>();
    let t = state.texts;
    let when_text = move || {
        let given = state.checked.with(|c| c.request.submitted_at);
        match given {
            Some(at) => t.f("planning-as-if", &[("when", t.utc(at).into())]),
            None => t.t("planning-enter"),
        }
    };
    let landmark = t.f(
        "planning-mode-landmark",
        &[("form", Arg::from(state.form_number()))],
    );
    view! {
        <Show when=move || state.form.with(|f| f.planning)>
            <div class="rr-banner" role="region" aria-label=landmark.clone()>
                <p class="rr-banner__text">{when_text}</p>
                <button
                    type="button"
                    class="rr-button rr-button--secondary rr-button--small"
                    on:click=move |_| turn_off(state)
                >
                    {t.t("planning-turn-off")}
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
    let t = state.texts;
    view! {
        <div class="rr-planning">
            <Show
                when=move || state.form.with(|f| f.planning)
                fallback=move || view! {
                    <p class="rr-planning__now">
                        {move || t.f("planning-checked-now", &[("now", t.utc(state.now.get()).into())])}
                    </p>
                    <button type="button" class="rr-button rr-button--secondary" id=turn_on_id(&state) on:click=move |_| turn_on(state)>
                        {t.t("planning-what-if")}
                    </button>
                }
            >
                <Field spec=planning_date(t) />
                <button type="button" class="rr-button rr-button--secondary" on:click=move |_| turn_off(state)>
                    {t.t("planning-back")}
                </button>
            </Show>
        </div>
    }
}
