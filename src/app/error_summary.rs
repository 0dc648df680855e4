//! The error summary (GOV.UK Design System): after a failed "Create
//! ticket", a box at the top that takes focus, says "There is a problem"
//! and links each error to its field.

use super::dom::focus;
use super::state::AppState;
use leptos::prelude::*;
use refresh_request_core::field::Key;
use refresh_request_core::finding::Finding;
use refresh_request_core::policy::Policy;

/// The field path a finding's link goes to (a whole-list finding goes to the first item).
pub fn target_path(policy: &Policy, field: &str) -> String {
    if Key::parse(field).is_some_and(|k| matches!(k, Key::Window | Key::Windows)) {
        policy.windows.field(0)
    } else {
        field.to_string()
    }
}

/// The id of the summary box (focused after a failed export).
pub fn summary_id(state: &AppState) -> String {
    state.id("error-summary")
}

/// Whether the summary shows: an export was tried and errors remain.
pub fn showing(state: &AppState) -> bool {
    state.show_all.get() && !state.checked.with(|c| c.report.ready())
}

/// The error summary.
#[component]
pub fn ErrorSummary() -> impl IntoView {
    let state = expect_context::<AppState>();
    let id = summary_id(&state);
    let title_id = format!("{id}-title");
    let errors = Memo::new(move |_| -> Vec<Finding> {
        state.policy.with(|p| {
            let paths = state.form.with(|f| f.field_paths(p));
            state.checked.with(|c| c.errors_in_page_order(&paths))
        })
    });
    let item = move |f: Finding| {
        let Some(field) = f.field else {
            return view! { <li>{f.message}</li> }.into_any();
        };
        let target = state.id(&state.policy.with_untracked(|p| target_path(p, &field)));
        let href = format!("#{target}");
        view! {
            <li>
                <a
                    href=href
                    on:click=move |ev: leptos::ev::MouseEvent| {
                        ev.prevent_default();
                        focus(&target);
                    }
                >
                    {f.message}
                </a>
            </li>
        }
        .into_any()
    };
    view! {
        <Show when=move || showing(&state)>
            <div
                class="rr-error-summary rr-focus-scroll"
                id=id.clone()
                tabindex="-1"
                role="alert"
                aria-labelledby=title_id.clone()
            >
                {state
                    // Above the form's title: in a host page's outline, at the title's level
                    // (one below would skip a level after the host's own heading). On the
                    // page, and in a compact form (no title), at the sections' level.
                    .heading(if state.embedded && !state.compact { 0 } else { 1 })
                    .class("rr-error-summary__title")
                    .id(title_id.clone())
                    .child(state.texts.t("error-summary-title"))}
                <ul class="rr-error-summary__list">
                    {move || errors.get().into_iter().map(item).collect_view()}
                </ul>
            </div>
        </Show>
    }
}
