//! The page people use: the form of the chosen policy, checked
//! live by the core, with an error summary, a live checklist, a planning
//! calendar, planning mode, drafts, prefill / share links and the ticket.
//!
//! One concept per file. State is plain data ([`form::Form`]) plus a few
//! signals ([`state::AppState`]); every rule, message, label and hint comes
//! from the core or the policy. Browser calls live in [`dom`], [`draft`]
//! and [`clock`], and none can panic on what the browser returns.

pub mod calendar_view;
pub mod clock;
pub mod deferred;
pub mod dom;
pub mod draft;
pub mod error_summary;
pub mod field;
pub mod form;
pub mod form_actions;
pub mod instant_input;
pub mod landmark;
pub mod language_menu;
pub mod layout;
pub mod notice;
pub mod notice_list;
pub mod opening;
pub mod page;
pub mod planning_mode;
pub mod share;
pub mod state;
pub mod status_panel;
pub mod ticket_events;
pub mod ticket_panel;
pub mod unread;
pub mod vendor_field;

use leptos::either::Either;
use leptos::prelude::*;
use opening::Opening;
use page::Page;

/// Builds the page: reads the link and the draft ([`Opening::read`]), then
/// draws it, or says why there is no form.
pub fn app(options: crate::FormOptions) -> impl IntoView {
    let crate::FormOptions {
        catalog,
        policy,
        embedded,
        instance,
        heading_level,
        events,
        compact,
        lang,
    } = options;
    let texts = crate::i18n::Texts(lang.unwrap_or(refresh_request_core::lang::Lang::En));
    match Opening::read(catalog, policy, embedded, instance, texts.lang()) {
        Some(opening) => {
            let state = opening.into_state(heading_level, compact, events, texts);
            Either::Right(view! { <Page state /> })
        }
        None => Either::Left(view! { <div class="rr-app">{no_policy(texts)}</div> }),
    }
}

fn no_policy(texts: crate::i18n::Texts) -> impl IntoView {
    view! { <p class="rr-msg rr-msg--error">{texts.t("page-no-policy")}</p> }
}
