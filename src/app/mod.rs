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
use state::AppState;

/// Builds the page: reads the link and the draft ([`Opening::read`]), then
/// draws it, or says why there is no form. All in one go, where [`read`],
/// [`Reading::state`], [`Prepared::check`] and [`Prepared::mount`] take a step each.
pub fn app(options: crate::FormOptions) -> impl IntoView {
    let (state, texts) = read(options).made();
    form_view(state, texts)
}

/// The form of `state`, or why there is none.
fn form_view(state: Option<AppState>, texts: crate::i18n::Texts) -> impl IntoView {
    match state {
        Some(state) => Either::Right(view! { <Page state /> }),
        None => Either::Left(no_policy(texts)),
    }
}

/// A form's first step: what it starts from ([`Opening::read`]: the policies,
/// the address and the draft), plain data, nothing reactive yet.
pub struct Reading {
    opening: Option<Opening>,
    heading_level: Option<u8>,
    compact: bool,
    events: Option<crate::Events>,
    texts: crate::i18n::Texts,
}

/// Reads what the form of `options` starts from.
pub fn read(options: crate::FormOptions) -> Reading {
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
    Reading {
        opening: Opening::read(catalog, policy, embedded, instance, texts.lang()),
        heading_level,
        compact,
        events,
        texts,
    }
}

impl Reading {
    /// The form's state, under the current reactive owner (none without a policy), and the
    /// texts it speaks.
    fn made(self) -> (Option<AppState>, crate::i18n::Texts) {
        let Reading {
            opening,
            heading_level,
            compact,
            events,
            texts,
        } = self;
        let state =
            opening.map(|opening| opening.into_state(heading_level, compact, events, texts));
        (state, texts)
    }

    /// The second step: the form's state, under a reactive owner of its own. Nothing reads the
    /// check yet (the title's effect asks for it only once every error is to show), so
    /// [`Prepared::check`] can be a step of its own.
    pub fn state(self) -> Prepared {
        // As `leptos::mount::mount_to` does: the state's effects need the executor (an error
        // only means it is running already).
        let _ = any_spawner::Executor::init_wasm_bindgen();
        let owner = Owner::new();
        let (state, texts) = owner.with(|| self.made());
        Prepared {
            owner,
            state,
            texts,
        }
    }
}

/// A form's state ([`Reading::state`]), not drawn yet.
pub struct Prepared {
    owner: Owner,
    state: Option<AppState>,
    texts: crate::i18n::Texts,
}

impl Prepared {
    /// The third step: checks the request once, so that drawing it finds the verdict ready.
    pub fn check(self) -> Self {
        if let Some(state) = self.state {
            self.owner.with(|| state.checked.with_untracked(|_| ()));
        }
        self
    }

    /// The last step: draws the form as the last child of `parent`, or says why there is no
    /// form. Dropping what it returns takes the form off and stops it.
    pub fn mount(self, parent: &web_sys::HtmlElement) -> impl std::any::Any {
        use leptos::tachys::view::{Mountable, Render};
        let Prepared {
            owner,
            state,
            texts,
        } = self;
        let view = owner.with(|| {
            let mut view = form_view(state, texts).build();
            view.mount(parent, None);
            view
        });
        Drawn { owner, view }
    }
}

/// A drawn form and the owner of its reactive graph, as `leptos::mount::mount_to` keeps them:
/// dropped, it takes the view off, then the owner stops its effects and runs its cleanups.
struct Drawn<M: leptos::tachys::view::Mountable> {
    #[allow(dead_code)]
    owner: Owner,
    view: M,
}

impl<M: leptos::tachys::view::Mountable> Drop for Drawn<M> {
    fn drop(&mut self) {
        self.view.unmount();
    }
}

fn no_policy(texts: crate::i18n::Texts) -> impl IntoView {
    view! {
        <div class="rr-app">
            <p class="rr-msg rr-msg--error">{texts.t("page-no-policy")}</p>
        </div>
    }
}
