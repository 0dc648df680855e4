//! Form controls: a label, a hint, the field's own findings (once the user
//! has left it or tried to export), and the control, wired with
//! `aria-describedby` and `aria-invalid` (the GOV.UK Design System pattern).

use super::erase::{dyn_view, flag, handler, invalid, memo};
use super::form::{FieldRef, Form};
use super::state::AppState;
use crate::finding::Severity;
use leptos::prelude::*;

/// The word in front of a message, so severity never rests on colour alone.
pub fn severity_tag(s: Severity) -> &'static str {
    match s {
        Severity::Error => "Error",
        Severity::Approval => "Needs approval",
        Severity::Warning => "Check",
        Severity::Info => "Note",
    }
}

/// The ids of one field's parts.
#[derive(Clone)]
pub struct Ids {
    /// The control (the first one, for a group).
    pub input: String,
    /// The hint.
    pub hint: String,
    /// The messages.
    pub msg: String,
}

impl Ids {
    /// Ids for a field path.
    pub fn new(state: &AppState, path: &str) -> Self {
        let input = state.id(path);
        Ids {
            hint: format!("{input}-hint"),
            msg: format!("{input}-msg"),
            input,
        }
    }

    /// `aria-describedby`: hint (if any), messages, then any extra ids.
    pub fn described_by(&self, hint: bool, extra: &[&str]) -> String {
        let mut parts: Vec<&str> = Vec::new();
        if hint {
            parts.push(&self.hint);
        }
        parts.push(&self.msg);
        parts.extend_from_slice(extra);
        parts.join(" ")
    }
}

/// The findings on one field (errors, approvals, warnings), once revealed.
#[component]
pub fn Messages(
    /// The shared state.
    state: AppState,
    /// The field path (`source`, `windows[1]`, …).
    #[prop(into)]
    path: String,
) -> impl IntoView {
    let id = format!("{}-msg", state.id(&path));
    let shown = memo(move || state.shown_findings(&path));
    view! {
        <div id=id class="rr-messages">
            {dyn_view(move || {
                shown
                    .get()
                    .into_iter()
                    .map(|(severity, message)| {
                        view! {
                            <p class=format!("rr-msg rr-msg--{}", severity.as_str())>
                                <span class="rr-msg__tag">{severity_tag(severity)} ": "</span>
                                {message}
                            </p>
                        }
                    })
                    .collect_view()
            })}
        </div>
    }
}

/// The hint paragraph, when there is one.
fn hint_view(id: String, hint: String) -> impl IntoView {
    (!hint.is_empty()).then(|| view! { <p class="rr-hint" id=id>{hint}</p> })
}

/// A one-line text field.
#[component]
pub fn TextField(
    /// The shared state.
    state: AppState,
    /// The request key.
    #[prop(into)]
    key: String,
    /// The visible label.
    #[prop(into)]
    label: String,
    /// A hint under the label ("" for none).
    #[prop(optional, into)]
    hint: String,
    /// An `https://` address (URL keyboard on phones).
    #[prop(optional)]
    url: bool,
) -> impl IntoView {
    let ids = Ids::new(&state, &key);
    let err = state.error_flag(&key);
    let described = ids.described_by(!hint.is_empty(), &[]);
    let (k_val, k_set, k_blur) = (key.clone(), key.clone(), key.clone());
    view! {
        <div class="rr-field" class=("rr-field--error", err)>
            <label class="rr-label" for=ids.input.clone()>
                {label}
            </label>
            {hint_view(ids.hint.clone(), hint)}
            <Messages state path=key.clone() />
            <input
                class="rr-input"
                type=if url { "url" } else { "text" }
                id=ids.input.clone()
                name=key
                autocomplete="off"
                spellcheck="false"
                aria-describedby=described
                aria-invalid=invalid(err)
                prop:value=memo(move || state.form.with(|f| f.get(&k_val).to_string()))
                on:input:target=move |ev| state.set(&k_set, ev.target().value())
                on:blur=handler(move |_| state.leave(&k_blur))
            />
        </div>
    }
}

/// A drop-down list; `""` is the "choose" option.
#[component]
pub fn SelectField(
    /// The shared state.
    state: AppState,
    /// The request key.
    #[prop(into)]
    key: String,
    /// The visible label.
    #[prop(into)]
    label: String,
    /// A hint under the label ("" for none).
    #[prop(optional, into)]
    hint: String,
    /// (value, text) pairs, the first usually `("", "Choose…")`.
    options: Vec<(String, String)>,
) -> impl IntoView {
    let ids = Ids::new(&state, &key);
    let err = state.error_flag(&key);
    let described = ids.described_by(!hint.is_empty(), &[]);
    let k_set = key.clone();
    let options = options
        .into_iter()
        .map(|(value, text)| {
            let k = key.clone();
            let v = value.clone();
            let selected = flag(move || {
                state
                    .form
                    .with(|f| f.get(&k).trim().eq_ignore_ascii_case(&v))
            });
            view! {
                <option value=value prop:selected=selected>
                    {text}
                </option>
            }
        })
        .collect_view();
    view! {
        <div class="rr-field" class=("rr-field--error", err)>
            <label class="rr-label" for=ids.input.clone()>
                {label}
            </label>
            {hint_view(ids.hint.clone(), hint)}
            <Messages state path=key.clone() />
            <select
                class="rr-select"
                id=ids.input.clone()
                name=key
                aria-describedby=described
                aria-invalid=invalid(err)
                on:change:target=move |ev| {
                    state.set(&k_set, ev.target().value());
                    state.touch(&k_set);
                }
            >
                {options}
            </select>
        </div>
    }
}

/// How a radio option's checked state is read from the raw text.
pub type Matcher = fn(&Form, &str, &str) -> bool;

/// Yes/no answers: "no" is also the answer when nothing was given (as the core reads it).
pub fn yes_no(form: &Form, key: &str, value: &str) -> bool {
    match value {
        "yes" => form.yes(key) == Some(true),
        _ => form.no_or_unset(key),
    }
}

/// One option of a radio group.
#[derive(Clone)]
pub struct Choice {
    /// The value stored.
    pub value: &'static str,
    /// Its label.
    pub label: String,
    /// A hint under it ("" for none).
    pub hint: String,
}

/// A group of radio buttons in a fieldset.
#[component]
pub fn Radios(
    /// The shared state.
    state: AppState,
    /// The request key.
    #[prop(into)]
    key: String,
    /// The question.
    #[prop(into)]
    legend: String,
    /// A hint under it ("" for none).
    #[prop(optional, into)]
    hint: String,
    /// The options.
    choices: Vec<Choice>,
    /// Which option the raw text selects.
    checked: Matcher,
    /// Side by side (short answers like Yes / No).
    #[prop(optional)]
    inline: bool,
) -> impl IntoView {
    let ids = Ids::new(&state, &key);
    let err = state.error_flag(&key);
    let described = ids.described_by(!hint.is_empty(), &[]);
    let radios = choices
        .into_iter()
        .enumerate()
        .map(|(i, c)| {
            let id = if i == 0 { ids.input.clone() } else { format!("{}-{}", ids.input, c.value) };
            let hint_id = format!("{id}-hint");
            let (k_checked, k_set) = (key.clone(), key.clone());
            let value = c.value;
            let has_hint = !c.hint.is_empty();
            view! {
                <div class="rr-radio">
                    <input
                        class="rr-radio__input"
                        type="radio"
                        id=id.clone()
                        name=ids.input.clone()
                        value=value
                        aria-describedby=has_hint.then(|| hint_id.clone())
                        prop:checked=flag(move || state.form.with(|f| checked(f, &k_checked, value)))
                        on:change=handler(move |_| {
                            state.set(&k_set, value.to_string());
                            state.touch(&k_set);
                        })
                    />
                    <label class="rr-radio__label" for=id>
                        {c.label}
                    </label>
                    {has_hint.then(|| view! { <p class="rr-hint rr-radio__hint" id=hint_id>{c.hint}</p> })}
                </div>
            }
        })
        .collect_view();
    view! {
        <div class="rr-field" class=("rr-field--error", err)>
            <fieldset class="rr-fieldset" aria-describedby=described>
                <legend class="rr-legend">{legend}</legend>
                {hint_view(ids.hint.clone(), hint)}
                <Messages state path=key.clone() />
                <div class="rr-radios" class=("rr-radios--inline", inline)>
                    {radios}
                </div>
            </fieldset>
        </div>
    }
}

/// A yes/no question as two inline radios.
#[component]
pub fn YesNo(
    /// The shared state.
    state: AppState,
    /// The request key.
    #[prop(into)]
    key: String,
    /// The question.
    #[prop(into)]
    legend: String,
    /// A hint ("" for none).
    #[prop(optional, into)]
    hint: String,
) -> impl IntoView {
    let choices = vec![
        Choice {
            value: "yes",
            label: "Yes".into(),
            hint: String::new(),
        },
        Choice {
            value: "no",
            label: "No".into(),
            hint: String::new(),
        },
    ];
    view! { <Radios state key legend hint choices checked=yes_no inline=true /> }
}

/// A checkbox to acknowledge something, with the steps it covers.
#[component]
pub fn Acknowledge(
    /// The shared state.
    state: AppState,
    /// The request key.
    #[prop(into)]
    key: String,
    /// What is acknowledged.
    #[prop(into)]
    label: String,
    /// The checklist's steps.
    items: Vec<String>,
) -> impl IntoView {
    let ids = Ids::new(&state, &key);
    let err = state.error_flag(&key);
    let items_id = format!("{}-items", ids.input);
    let has_items = !items.is_empty();
    let described = if has_items {
        ids.described_by(false, &[&items_id])
    } else {
        ids.described_by(false, &[])
    };
    let (k_checked, k_set) = (key.clone(), key.clone());
    view! {
        <div class="rr-field" class=("rr-field--error", err)>
            <Messages state path=key.clone() />
            <div class="rr-checkbox">
                <input
                    class="rr-checkbox__input"
                    type="checkbox"
                    id=ids.input.clone()
                    name=key
                    aria-describedby=described
                    aria-invalid=invalid(err)
                    prop:checked=flag(move || state.form.with(|f| f.yes(&k_checked) == Some(true)))
                    on:change:target=move |ev| {
                        let value = if ev.target().checked() { "yes" } else { "" };
                        state.set(&k_set, value.to_string());
                        state.touch(&k_set);
                    }
                />
                <label class="rr-checkbox__label" for=ids.input.clone()>
                    {label}
                </label>
            </div>
            {has_items
                .then(|| {
                    view! {
                        <ul class="rr-steps" id=items_id>
                            {items.into_iter().map(|i| view! { <li>{i}</li> }).collect_view()}
                        </ul>
                    }
                })}
        </div>
    }
}

/// Reads and writes one field's text (for inputs shared by keys and windows).
pub fn text_of(state: AppState, field: FieldRef) -> (Memo<String>, Callback<String>) {
    let f2 = field.clone();
    // A memo: what depends on this field re-runs only when its own text changes.
    let get = memo(move || state.form.with(|f| f.read(&field).to_string()));
    let set = Callback::new(move |v: String| state.form.update(|f| f.write(&f2, v)));
    (get, set)
}
