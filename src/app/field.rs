//! Form controls: a label, a hint, the field's own findings (once the user
//! has left it or tried to export), and the control, wired with
//! `aria-describedby` and `aria-invalid` (the GOV.UK Design System pattern).

use super::dom::{target_checked, target_value, text_units};
use super::form::FieldRef;
use super::instant_input::reading;
use super::layout::{Choice, Control, Matcher, Shown, Spec};
use super::state::AppState;
use super::unread::LIVE_UNITS;
use leptos::ev::Event;
use leptos::prelude::*;
use refresh_request_core::finding::Severity;
use std::rc::Rc;
use std::sync::Arc;

/// The word in front of a message, so severity never rests on colour alone.
pub fn severity_tag(s: Severity, t: crate::i18n::Texts) -> String {
    t.t(match s {
        Severity::Error => "tag-error",
        Severity::Approval => "tag-approval",
        Severity::Warning => "tag-warning",
        Severity::Info => "tag-info",
    })
}

/// One message in a list (the checklist's, the ticket's): its severity's
/// word in front, its CSS modifier on the item.
pub fn message_item(modifier: &str, tag: String, message: String) -> AnyView {
    view! {
        <li class=format!("rr-msg rr-msg--{modifier}")>
            <span class="rr-msg__tag">{tag} ": "</span>
            {message}
        </li>
    }
    .into_any()
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
    /// The field path (`source`, `windows[1]`, …).
    #[prop(into)]
    path: String,
) -> impl IntoView {
    let state = expect_context::<AppState>();
    let id = format!("{}-msg", state.id(&path));
    let shown = Memo::new(move |_| state.shown_findings(&path));
    view! {
        <div id=id class="rr-messages">
            {move || {
                shown
                    .get()
                    .into_iter()
                    .map(|(severity, message)| {
                        view! {
                            <p class=format!("rr-msg rr-msg--{}", severity.as_str())>
                                <span class="rr-msg__tag">{severity_tag(severity, state.texts)} ": "</span>
                                {message}
                            </p>
                        }
                    })
                    .collect_view()
            }}
        </div>
    }
}

/// The hint paragraph, when there is one; `own`: the policy's text, in its own direction.
fn hint_view(id: String, hint: String, own: bool) -> impl IntoView {
    (!hint.is_empty()).then(|| view! { <p class="rr-hint" id=id dir=own_dir(own)>{hint}</p> })
}

/// `dir="auto"` for a policy's own text (the vendor's, perhaps in another language than the
/// page's), so that it takes its own direction: an English label on an Arabic page keeps its
/// full stop at its end. The page's own texts follow the page.
pub fn own_dir(policy_text: bool) -> Option<&'static str> {
    policy_text.then_some("auto")
}

/// Any field of the form, drawn from its description (see [`super::layout`]).
#[component]
pub fn Field(
    /// What the field asks and how.
    spec: Spec,
) -> impl IntoView {
    let state = expect_context::<AppState>();
    let shown = spec.shown;
    if shown == Shown::Always {
        return body(state, spec);
    }
    let on_page = move || {
        state
            .policy
            .with(|p| state.form.with(|f| shown.holds(f, p)))
    };
    view! {
        <Show when=on_page>
            {body(state, spec.clone())}
        </Show>
    }
    .into_any()
}

/// A field's label, hint, findings and control, in a `.rr-field` box that
/// says when the field is wrong.
fn body(state: AppState, spec: Spec) -> AnyView {
    let Spec {
        path,
        text,
        label,
        hint,
        control,
        policy_texts: (own_label, own_hint),
        ..
    } = spec;
    let ids = Ids::new(&state, &path);
    let err = state.error_flag(&path);
    let has_hint = !hint.is_empty();
    let hint = hint_view(ids.hint.clone(), hint, own_hint);
    let messages = view! { <Messages path=path.clone() /> };
    let inner = match control {
        Control::Radios {
            choices,
            checked,
            inline,
        } => view! {
            <fieldset class="rr-fieldset" aria-describedby=ids.described_by(has_hint, &[])>
                <legend class="rr-legend" dir=own_dir(own_label)>{label}</legend>
                {hint}
                {messages}
                <div class="rr-radios" class=("rr-radios--inline", inline)>
                    {radios(state, &ids, &path, choices, checked)}
                </div>
            </fieldset>
        }
        .into_any(),
        Control::Checkbox(items) => view! {
            {messages}
            {checkbox(state, &ids, path, (label, own_label), err, items)}
        }
        .into_any(),
        control => {
            let control = match control {
                Control::Select(options) => select(state, &ids, path, has_hint, err, options),
                Control::Instant { span, date_ok } => {
                    instant(state, &ids, path, text, err, span, date_ok)
                }
                _ => text_input(state, &ids, path, text, has_hint, err, control),
            };
            view! {
                <label class="rr-label" for=ids.input.clone() dir=own_dir(own_label)>
                    {label}
                </label>
                {hint}
                {messages}
                {control}
            }
            .into_any()
        }
    };
    view! { <div class="rr-field" class=("rr-field--error", err)>{inner}</div> }.into_any()
}

/// A one-line text input (the URL keyboard for `Control::Text { url: true }`).
fn text_input(
    state: AppState,
    ids: &Ids,
    path: String,
    text: FieldRef,
    has_hint: bool,
    err: Memo<bool>,
    control: Control,
) -> AnyView {
    let url = matches!(control, Control::Text { url: true });
    let described = ids.described_by(has_hint, &[]);
    let kind = if url { "url" } else { "text" };
    let name = path.clone();
    input(
        state,
        ids.input.clone(),
        "rr-input",
        kind,
        name,
        path,
        text_of(state, text),
        described,
        err,
    )
}

/// A text input for a UTC instant, with what it reads as (UTC and local time).
fn instant(
    state: AppState,
    ids: &Ids,
    path: String,
    text: FieldRef,
    err: Memo<bool>,
    span: Option<u32>,
    date_ok: bool,
) -> AnyView {
    let local_id = format!("{}-local", ids.input);
    let described = ids.described_by(true, &[&local_id]);
    let (get, set) = text_of(state, text);
    let shown = move || {
        get.with(|raw| reading(raw, span, date_ok, state.texts))
            .map(|(utc, local)| {
                view! {
                    <span class="rr-reading__utc">{utc}</span>
                    " "
                    <span class="rr-reading__local">{local}</span>
                }
            })
    };
    view! {
        {input(state, ids.input.clone(), "rr-input rr-input--instant", "text", ids.input.clone(), path, (get, set), described, err)}
        <p class="rr-reading" id=local_id>
            {shown}
        </p>
    }
    .into_any()
}

/// The `<input>` of a text or instant field.
#[allow(clippy::too_many_arguments)]
fn input(
    state: AppState,
    id: String,
    class: &'static str,
    kind: &'static str,
    name: String,
    path: String,
    (get, set): (Memo<Arc<str>>, Callback<String>),
    described: String,
    err: Memo<bool>,
) -> AnyView {
    let node = NodeRef::<leptos::html::Input>::new();
    // Set by a keystroke: the input already shows the text it sent. Handing
    // that text back to the browser (as `prop:value` would, on every change)
    // costs a copy of it across the wasm boundary, most of a keystroke's cost
    // once a megabyte has been pasted.
    let typed = StoredValue::new(false);
    Effect::new(move |_| {
        let text = get.get();
        if typed.try_update_value(std::mem::take).unwrap_or(false) {
            return;
        }
        if let Some(input) = node.get_untracked() {
            input.set_value(&text);
        }
    });
    let read: Rc<dyn Fn()> = Rc::new(move || {
        if let Some(input) = node.get_untracked() {
            let text = input.value();
            // Only a change re-runs the effect that would write it back.
            typed.set_value(get.with_untracked(|shown| **shown != *text));
            set.run(text);
        }
    });
    let (unread, left) = (state.unread, path.clone());
    view! {
        <input
            node_ref=node
            class=class
            type=kind
            id=id
            name=name
            autocomplete="off"
            spellcheck="false"
            aria-describedby=described
            aria-invalid=move || err.get().then_some("true")
            on:input=move |_| {
                // The length is read without copying the text (see `unread`).
                if node.get_untracked().is_some_and(|i| text_units(&i) > LIVE_UNITS) {
                    unread.read_later(&path, read.clone());
                } else {
                    unread.settle(&path);
                    read();
                }
            }
            on:blur=move |_| {
                unread.read_now();
                state.leave(&left);
            }
        />
    }
    .into_any()
}

/// A drop-down list.
fn select(
    state: AppState,
    ids: &Ids,
    key: String,
    has_hint: bool,
    err: Memo<bool>,
    options: Vec<(String, String)>,
) -> AnyView {
    let options = options
        .into_iter()
        .map(|(value, text)| {
            let k = key.clone();
            let v = value.clone();
            let selected = move || {
                state
                    .form
                    .with(|f| f.get(&k).trim().eq_ignore_ascii_case(&v))
            };
            view! {
                <option value=value prop:selected=selected>
                    {text}
                </option>
            }
        })
        .collect_view();
    let k_set = key.clone();
    view! {
        <select
            class="rr-select"
            id=ids.input.clone()
            name=key
            aria-describedby=ids.described_by(has_hint, &[])
            aria-invalid=move || err.get().then_some("true")
            on:change=move |ev: Event| {
                state.set(&k_set, target_value(&ev));
                state.touch(&k_set);
            }
        >
            {options}
        </select>
    }
    .into_any()
}

/// A group's radio buttons; the first has the group's id, so a link to the field reaches it.
fn radios(
    state: AppState,
    ids: &Ids,
    key: &str,
    choices: Vec<Choice>,
    checked: Matcher,
) -> AnyView {
    choices
        .into_iter()
        .enumerate()
        .map(|(i, c)| {
            let id = if i == 0 {
                ids.input.clone()
            } else {
                format!("{}-{}", ids.input, c.value)
            };
            let (k_checked, k_set) = (key.to_string(), key.to_string());
            let value = c.value;
            radio(
                id,
                ids.input.clone(),
                value,
                c.label,
                c.hint,
                Signal::derive(move || state.form.with(|f| checked(f, &k_checked, value))),
                move |_| {
                    state.set(&k_set, value.to_string());
                    state.touch(&k_set);
                },
            )
        })
        .collect_view()
        .into_any()
}

/// One radio button, its label and its hint ("" for none); shared by the
/// form's radio groups and the ticket's format.
pub fn radio(
    id: String,
    name: String,
    value: &'static str,
    label: String,
    hint: String,
    checked: Signal<bool>,
    on_change: impl FnMut(Event) + 'static,
) -> AnyView {
    let hint_id = format!("{id}-hint");
    let has_hint = !hint.is_empty();
    view! {
        <div class="rr-radio">
            <input
                class="rr-radio__input"
                type="radio"
                id=id.clone()
                name=name
                value=value
                aria-describedby=has_hint.then(|| hint_id.clone())
                prop:checked=checked
                on:change=on_change
            />
            <label class="rr-radio__label" for=id>
                {label}
            </label>
            {has_hint.then(|| view! { <p class="rr-hint rr-radio__hint" id=hint_id>{hint}</p> })}
        </div>
    }
    .into_any()
}

/// A checkbox to acknowledge something, with the steps it covers.
fn checkbox(
    state: AppState,
    ids: &Ids,
    key: String,
    (label, own_label): (String, bool),
    err: Memo<bool>,
    items: Vec<String>,
) -> AnyView {
    let items_id = format!("{}-items", ids.input);
    let has_items = !items.is_empty();
    let described = if has_items {
        ids.described_by(false, &[&items_id])
    } else {
        ids.described_by(false, &[])
    };
    let (k_checked, k_set) = (key.clone(), key.clone());
    view! {
        <div class="rr-checkbox">
            <input
                class="rr-checkbox__input"
                type="checkbox"
                id=ids.input.clone()
                name=key
                aria-describedby=described
                aria-invalid=move || err.get().then_some("true")
                prop:checked=move || state.form.with(|f| f.yes(&k_checked) == Some(true))
                on:change=move |ev: Event| {
                    let value = if target_checked(&ev) { "yes" } else { "" };
                    state.set(&k_set, value.to_string());
                    state.touch(&k_set);
                }
            />
            <label class="rr-checkbox__label" for=ids.input.clone() dir=own_dir(own_label)>
                {label}
            </label>
        </div>
        {has_items
            .then(|| {
                view! {
                    <ul class="rr-steps" id=items_id>
                        // A checklist's steps are always the policy's.
                        {items.into_iter().map(|i| view! { <li dir="auto">{i}</li> }).collect_view()}
                    </ul>
                }
            })}
    }
    .into_any()
}

/// Reads and writes one field's text (for inputs shared by keys and windows).
pub fn text_of(state: AppState, field: FieldRef) -> (Memo<Arc<str>>, Callback<String>) {
    let f2 = field.clone();
    // A memo: what depends on this field re-runs only when its own text
    // changes. Another field's edit leaves this text's `Arc` as it was, so
    // the pointer answers (std compares an `Arc<str>`'s bytes, a megabyte's worth).
    let get = Memo::new_with_compare(
        move |_| state.form.with(|f| f.text(&field)),
        |old, new| match (old, new) {
            (Some(old), Some(new)) => !Arc::ptr_eq(old, new) && old != new,
            _ => true,
        },
    );
    let set = Callback::new(move |v: String| state.form.update(|f| f.write(&f2, v)));
    (get, set)
}
