//! The notices at the top of the page, each with a way to dismiss it,
//! "Undo" after "Clear" and "Restore the draft you had" after a link.

use super::dom::{focus_first_control, focus_later};
use super::form::Form;
use super::notice::{text, Notice};
use super::state::AppState;
use leptos::prelude::*;

/// The list of notices.
#[component]
pub fn NoticeList() -> impl IntoView {
    let state = expect_context::<AppState>();
    let t = state.texts;
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
                            state.announcement.set(t.t("notice-undone"));
                        }
                    >
                        {t.t("undo")}
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
                            on:click=move |_| restore_replaced_draft(state, draft.clone())
                        >
                            {t.t("restore-draft")}
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
                <p class="rr-notice__text">{text(&n, t)}</p>
                <div class="rr-notice__actions">
                    {undo}
                    <button
                        type="button"
                        class="rr-button rr-button--link"
                        id=dismiss_id(&state, i)
                        on:click=move |_| dismiss(state, i)
                        aria-label=t.t("dismiss-label")
                    >
                        {t.t("dismiss")}
                    </button>
                </div>
            </li>
        }
    };
    view! {
        <Show when=move || state.notices.with(|n| !n.is_empty())>
            <ul class="rr-notices" aria-label=t.t("notices")>
                {move || state.notices.get().into_iter().enumerate().map(item).collect_view()}
            </ul>
        </Show>
    }
}

/// The id of the notice `i`'s "Dismiss" button.
fn dismiss_id(state: &AppState, i: usize) -> String {
    state.id(&format!("dismiss-{i}"))
}

/// Removes the notice `i`. Focus, which was on its button, goes to the next
/// notice's (or the one before), or to the form once none is left.
fn dismiss(state: AppState, i: usize) {
    let left = state.notices.try_update(|ns| {
        if i < ns.len() {
            ns.remove(i);
        }
        ns.len()
    });
    match left {
        Some(n) if n > 0 => focus_later(dismiss_id(&state, i.min(n - 1))),
        _ => focus_first_control(state.id("form")),
    }
}

/// Brings back the draft a link's values replaced: every field as it was,
/// shown as visited (as a restored draft is).
fn restore_replaced_draft(state: AppState, draft: Form) {
    let touched = state.policies.with_value(|ps| {
        ps.iter()
            .find(|p| p.id == draft.policy)
            .map(|p| draft.filled_paths(p))
            .unwrap_or_default()
    });
    state.form.set(draft);
    state.touched.set(touched);
    state.show_all.set(false);
    state.exported.set(false);
    state.notices.update(|n| {
        n.retain(|x| {
            !matches!(
                x,
                Notice::LinkReplacedDraft(_) | Notice::Prefilled | Notice::ExtraWindows(_)
            )
        })
    });
    state.notify(Notice::Restored);
    state
        .announcement
        .set(state.texts.t("notice-draft-restored"));
}
