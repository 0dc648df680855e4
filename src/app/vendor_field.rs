//! The vendor (policy) picker, or the vendor's name when the host page chose it.

use super::dom::target_value;
use super::field::Messages;
use super::state::AppState;
use leptos::prelude::*;

/// The vendor (policy) picker.
#[component]
pub fn VendorField() -> impl IntoView {
    let state = expect_context::<AppState>();
    let id = state.id("policy");
    let hint_id = format!("{id}-hint");
    if state.locked {
        // The host page chose the vendor: name it, offer no choice.
        let (name, summary) = state
            .policy
            .with_untracked(|p| (p.name.clone(), p.summary.clone()));
        return view! {
            <div class="rr-field rr-field--vendor">
                <p class="rr-vendor">
                    {state.texts.f("vendor-fixed", &[("vendor", name.into())])}
                </p>
                <p class="rr-hint" dir="auto">{summary}</p>
            </div>
        }
        .into_any();
    }
    let options = state.policies.with_value(|ps| {
        ps.iter()
            .map(|p| {
                let value = p.id.clone();
                let v = value.clone();
                view! {
                    <option value=value dir="auto" prop:selected=move || state.form.with(|f| f.policy == v)>
                        {p.name.clone()}
                    </option>
                }
            })
            .collect_view()
    });
    let change = move |value: String| {
        let policy = state
            .policies
            .with_value(|ps| ps.iter().find(|p| p.id == value).cloned());
        if let Some(p) = policy {
            state.form.update(|f| f.switch_policy(&p));
            state.exported.set(false);
        }
    };
    view! {
        <div class="rr-field rr-field--vendor">
            <label class="rr-label" for=id.clone()>
                {state.texts.t("vendor")}
            </label>
            // The summary is the policy's text: its own direction.
            <p class="rr-hint" id=hint_id.clone() dir="auto">
                {move || state.policy.with(|p| p.summary.clone())}
            </p>
            <Messages path="policy" />
            <select
                class="rr-select"
                id=id
                aria-describedby=hint_id
                on:change=move |ev: leptos::ev::Event| change(target_value(&ev))
            >
                {options}
            </select>
        </div>
    }
    .into_any()
}
