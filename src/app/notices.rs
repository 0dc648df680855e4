//! Notices about the page itself (a restored or unreadable draft, a link's
//! values), each with a way to dismiss it, and "Undo" after "Clear".

use super::form::Form;
use super::state::AppState;
use leptos::prelude::*;

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
                })
            }
            _ => None,
        };
        let kind = match n {
            Notice::CorruptDraft | Notice::UnknownPolicy(_) | Notice::ExtraWindows(_) => {
                "rr-notice--warning"
            }
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
