//! A UTC instant typed as text (typing always works; the core's
//! [`parse`] decides what it means), read back in UTC with its weekday and
//! shown in the user's own time zone beside it.

use super::clock::local_equivalent;
use super::erase::{dyn_view, handler, invalid};
use super::field::{text_of, Ids, Messages};
use super::form::FieldRef;
use super::state::AppState;
use crate::instant::{format_utc, format_window, parse, parse_date_or_instant};
use leptos::prelude::*;

/// The hint every UTC field carries.
pub const UTC_HINT: &str = "UTC, e.g. 2024-10-09 02:00";

/// What a typed instant means: (`Wed 9 Oct 2024 02:00–04:00 UTC`, `= … in Europe/Paris`).
pub fn reading(raw: &str, span: Option<u32>, date_ok: bool) -> Option<(String, String)> {
    let parsed = if date_ok {
        parse_date_or_instant(raw)
    } else {
        parse(raw)
    };
    let t = parsed.ok()?;
    let utc = match span {
        Some(minutes) => format_window(t, minutes),
        None => format_utc(t),
    };
    Some((utc, local_equivalent(t, span).unwrap_or_default()))
}

/// A text field for a UTC instant, with its local-time equivalent.
#[component]
pub fn InstantField(
    /// The shared state.
    state: AppState,
    /// The field path its findings use (`windows[0]`, `restore_point`).
    #[prop(into)]
    path: String,
    /// Which text it edits.
    field: FieldRef,
    /// The visible label.
    #[prop(into)]
    label: String,
    /// The hint (say it is UTC, with an example).
    #[prop(into)]
    hint: String,
    /// A window's length in minutes: the reading shows its span.
    #[prop(optional_no_strip)]
    span: Option<u32>,
    /// A bare date is accepted too (00:00 UTC).
    #[prop(optional)]
    date_ok: bool,
) -> impl IntoView {
    let ids = Ids::new(&state, &path);
    let local_id = format!("{}-local", ids.input);
    let described = ids.described_by(true, &[&local_id]);
    let (get, set) = text_of(state, field);
    let p_blur = path.clone();
    let err = state.error_flag(&path);
    let shown = move || {
        get.with(|raw| reading(raw, span, date_ok))
            .map(|(utc, local)| {
                view! {
                    <span class="rr-reading__utc">{utc}</span>
                    " "
                    <span class="rr-reading__local">{local}</span>
                }
            })
    };
    view! {
        <div class="rr-field" class=("rr-field--error", err)>
            <label class="rr-label" for=ids.input.clone()>
                {label}
            </label>
            <p class="rr-hint" id=ids.hint.clone()>
                {hint}
            </p>
            <Messages state path=path.clone() />
            <input
                class="rr-input rr-input--instant"
                type="text"
                id=ids.input.clone()
                name=ids.input.clone()
                autocomplete="off"
                spellcheck="false"
                aria-describedby=described
                aria-invalid=invalid(err)
                prop:value=get
                on:input:target=move |ev| set.run(ev.target().value())
                on:blur=handler(move |_| state.leave(&p_blur))
            />
            <p class="rr-reading" id=local_id>
                {dyn_view(shown)}
            </p>
        </div>
    }
}
