//! The form's buttons and what they do: create the ticket (or show what
//! stops it), copy a share link, clear the form.

use super::dom::{self, copy_and_say, focus_later};
use super::error_summary;
use super::form::Form;
use super::layout;
use super::notice::Notice;
use super::share;
use super::state::AppState;
use super::ticket_events;
use super::ticket_panel;
use leptos::prelude::*;

/// "Create ticket": the ticket if ready, else the error summary, focused.
pub fn create_ticket(state: AppState) {
    // Enter in a field submits without leaving it: its long text may still wait.
    state.unread.read_now();
    let ready = state.checked.with_untracked(|c| c.report.ready());
    state.show_all.set(true);
    state.exported.set(ready);
    if ready {
        ticket_events::created(state);
        focus_later(ticket_panel::heading_id(&state));
    } else {
        focus_later(error_summary::summary_id(&state));
    }
}

/// Empties the form (the notice offers Undo).
fn clear(state: AppState) {
    let previous = state.form.get_untracked();
    if previous.is_blank() && !previous.planning {
        state.announcement.set(state.texts.t("form-already-empty"));
        return;
    }
    let fresh = state.policy.with_untracked(Form::new);
    state.form.set(fresh);
    state.touched.set(Default::default());
    state.show_all.set(false);
    state.exported.set(false);
    state.notices.update(|n| {
        n.retain(|x| {
            !matches!(
                x,
                Notice::Restored
                    | Notice::Prefilled
                    | Notice::ExtraWindows(_)
                    | Notice::LinkReplacedDraft(_)
            )
        })
    });
    state.notify(Notice::Cleared(Box::new(previous)));
    state.announcement.set(state.texts.t("form-cleared"));
}

/// What "Copy share link" says when the link would be too long, naming the
/// field by its label.
fn too_long_message(state: AppState, too_long: &share::TooLong) -> String {
    let label = state
        .policy
        .with_untracked(|p| layout::label_of(p, &too_long.field, state.texts))
        .unwrap_or_else(|| too_long.field.clone());
    state.texts.f(
        "share-too-long",
        &[
            // As text: digits as they are, no grouping (the link's length, not an amount).
            ("length", too_long.length.to_string().into()),
            ("max", share::MAX_LINK_CHARS.to_string().into()),
            ("label", label.into()),
        ],
    )
}

/// The form's buttons (create the ticket, copy a share link, clear the
/// form) and the share link, once copied.
#[component]
pub fn FormActions() -> impl IntoView {
    let state = expect_context::<AppState>();
    let share_status = RwSignal::new(String::new());
    let share_link = RwSignal::new(String::new());
    let link_id = state.id("share-link");
    let link_id2 = link_id.clone();
    let share = move |_: leptos::ev::MouseEvent| {
        let value = state
            .policy
            .with_untracked(|p| state.form.with_untracked(|f| f.to_value(p)));
        let url = match share::share_link(&dom::page_address(), &value) {
            Ok(url) => url,
            Err(too_long) => {
                // A link the browser cannot open is worse than none: copy nothing.
                share_link.set(String::new());
                share_status.set(too_long_message(state, &too_long));
                return;
            }
        };
        share_link.set(url.clone());
        copy_and_say(
            url,
            link_id2.clone(),
            share_status,
            (
                state.texts.t("link-copied"),
                state.texts.t("link-copy-failed"),
            ),
        );
    };
    view! {
        <div class="rr-actions rr-actions--main">
            <button type="submit" class="rr-button rr-button--primary">
                {state.texts.t("create-ticket")}
            </button>
            {(!state.embedded)
                .then(|| {
                    view! {
                        <button type="button" class="rr-button rr-button--secondary" on:click=share>
                            {state.texts.t("copy-share-link")}
                        </button>
                    }
                })}
            <button
                type="button"
                class="rr-button rr-button--warning"
                on:click=move |_| {
                    // What was said of the link is no longer true of the form.
                    share_status.set(String::new());
                    share_link.set(String::new());
                    clear(state);
                }
            >
                {state.texts.t("clear-form")}
            </button>
        </div>
        <p class="rr-status" role="status">
            {share_status}
        </p>
        <Show when=move || !share_link.with(String::is_empty)>
            <div class="rr-field">
                <label class="rr-label" for=link_id.clone()>
                    {state.texts.t("share-link")}
                </label>
                <input class="rr-input" type="text" id=link_id.clone() readonly prop:value=share_link />
            </div>
        </Show>
    }
}
