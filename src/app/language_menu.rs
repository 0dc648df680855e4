//! The page's language menu: every language the form speaks, each named in itself. A choice
//! is remembered on this device and the page is drawn again in it (the draft keeps what was
//! typed).

use super::dom::target_value;
use super::state::AppState;
use leptos::prelude::*;
use refresh_request_core::lang::Lang;

/// The menu (the standalone page only: an embedded form speaks its host's language).
#[component]
pub fn LanguageMenu() -> impl IntoView {
    let state = expect_context::<AppState>();
    let current = state.texts.lang();
    let id = state.id("language");
    let options = Lang::ALL
        .into_iter()
        .map(|lang| {
            view! {
                <option value=lang.tag() lang=lang.tag() selected=lang == current>
                    {lang.endonym()}
                </option>
            }
        })
        .collect_view();
    let change = move |ev: leptos::ev::Event| {
        if let Some(lang) = Lang::parse(&target_value(&ev)).filter(|l| *l != current) {
            crate::i18n::switch_to(lang);
        }
    };
    view! {
        <p class="rr-lang">
            <label class="rr-lang__label" for=id.clone()>
                {state.texts.t("language-menu")}
            </label>
            <select class="rr-select rr-lang__select" id=id on:change=change>
                {options}
            </select>
        </p>
    }
}
