//! Notices about the page itself (a restored or unreadable draft, a link's
//! values), each with a way to dismiss it, and "Undo" after "Clear".

use super::draft::{NotSaved, MAX_DRAFT_CHARS};
use super::form::Form;
use super::state::AppState;
use leptos::prelude::*;
use refresh_request_core::label::thousands;

/// A notice at the top of the page (not a finding: about the page itself).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Notice {
    /// A saved draft was restored.
    Restored,
    /// The saved draft could not be read and was ignored.
    CorruptDraft,
    /// The form was filled from the page's link.
    Prefilled,
    /// The link named a policy the page does not know.
    UnknownPolicy(String),
    /// The link gave more windows than the policy takes.
    ExtraWindows(usize),
    /// The form was cleared; it can be brought back.
    Cleared(Box<Form>),
    /// The draft is not being saved, and why.
    NotSaved(NotSaved),
    /// A link's values replaced the draft that was saved; it can be brought back.
    LinkReplacedDraft(Box<Form>),
}

/// The text of a notice.
pub fn text(n: &Notice) -> String {
    match n {
        Notice::Restored => "We restored what you typed earlier on this device.".into(),
        Notice::CorruptDraft => {
            "Your saved draft could not be read, so it was ignored and the form starts empty.".into()
        }
        Notice::Prefilled => "The form was filled in from the link you opened. Check every value before you create the ticket.".into(),
        Notice::UnknownPolicy(id) => format!(
            "The link asked for a vendor policy this page does not know (“{id}”), so the first one is shown: choose the right vendor below."
        ),
        Notice::ExtraWindows(n) => format!(
            "The link proposed more windows than this vendor takes: {n} of them were left out."
        ),
        Notice::Cleared(_) => "The form was cleared and the saved draft deleted.".into(),
        Notice::NotSaved(why) => {
            let (reason, then) = match why {
                NotSaved::Full => (
                    "this browser's storage for the site is full",
                    "what you type is lost if you leave or reload the page",
                ),
                NotSaved::Blocked => (
                    "this browser does not let the page store anything (private browsing or a privacy setting)",
                    "what you type is lost if you leave or reload the page",
                ),
                NotSaved::TooLarge => (
                    "it is too large to store",
                    "shorten the longest text and it is saved again",
                ),
            };
            let limit = if *why == NotSaved::TooLarge {
                format!(" (over {} characters)", thousands(MAX_DRAFT_CHARS))
            } else {
                String::new()
            };
            format!("Your draft is not being saved on this device: {reason}{limit}. The form still works, but {then}.")
        }
        Notice::LinkReplacedDraft(_) => {
            "The link's values took the place of the draft you had on this device.".into()
        }
    }
}

/// The list of notices.
#[component]
pub fn Notices() -> impl IntoView {
    let state = expect_context::<AppState>();
    let item = move |(i, n): (usize, Notice)| {
        let undo = match &n {
            Notice::Cleared(previous) => {
                let previous = (**previous).clone();
                Some(view! {
                    <button
                        type="button"
                        class="rr-button rr-button--secondary rr-button--small"
                        on:click=move |_| {
                            state.form.set(previous.clone());
                            state.notices.update(|ns| ns.retain(|x| !matches!(x, Notice::Cleared(_))));
                            state.announcement.set("The form was restored.".into());
                        }
                    >
                        "Undo"
                    </button>
                }
                .into_any())
            }
            Notice::LinkReplacedDraft(draft) => {
                let draft = (**draft).clone();
                Some(
                    view! {
                        <button
                            type="button"
                            class="rr-button rr-button--secondary rr-button--small"
                            on:click=move |_| super::restore_replaced_draft(state, draft.clone())
                        >
                            "Restore the draft you had"
                        </button>
                    }
                    .into_any(),
                )
            }
            _ => None,
        };
        let kind = match n {
            Notice::CorruptDraft
            | Notice::UnknownPolicy(_)
            | Notice::ExtraWindows(_)
            | Notice::NotSaved(_) => "rr-notice--warning",
            _ => "rr-notice--info",
        };
        view! {
            <li class=format!("rr-notice {kind}")>
                <p class="rr-notice__text">{text(&n)}</p>
                <div class="rr-notice__actions">
                    {undo}
                    <button
                        type="button"
                        class="rr-button rr-button--link"
                        on:click=move |_| {
                            state
                                .notices
                                .update(|ns| {
                                    if i < ns.len() {
                                        ns.remove(i);
                                    }
                                })
                        }
                    >
                        "Dismiss"
                        <span class="rr-visually-hidden">" this message"</span>
                    </button>
                </div>
            </li>
        }
    };
    view! {
        <Show when=move || state.notices.with(|n| !n.is_empty())>
            <ul class="rr-notices" aria-label="Messages about this page">
                {move || state.notices.get().into_iter().enumerate().map(item).collect_view()}
            </ul>
        </Show>
    }
}
