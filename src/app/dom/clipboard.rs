//! Copying text: the Clipboard API, else the old copy command on a selection.

use super::element_by_id;
use leptos::prelude::*;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;

/// How a copy went.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Copied {
    /// On the clipboard.
    Done,
    /// Could not copy: the text is selected for the user to copy.
    Selected,
}

/// Copies text: the Clipboard API, else the selection of the `<textarea>` or
/// `<input>` with id `fallback` and the old copy command.
pub async fn copy(text: String, fallback: String) -> Copied {
    if clipboard_write(&text).await {
        return Copied::Done;
    }
    let Some(el) = element_by_id(&fallback) else {
        return Copied::Selected;
    };
    if let Some(area) = el.dyn_ref::<web_sys::HtmlTextAreaElement>() {
        let _ = area.focus();
        area.select();
    } else if let Some(input) = el.dyn_ref::<web_sys::HtmlInputElement>() {
        let _ = input.focus();
        input.select();
    }
    let copied = document()
        .dyn_ref::<web_sys::HtmlDocument>()
        .and_then(|d| d.exec_command("copy").ok())
        .unwrap_or(false);
    if copied {
        Copied::Done
    } else {
        Copied::Selected
    }
}

/// Copies text (see [`copy`]) in the background, then says how it went in
/// `status` (a live region): `said.0` once copied, `said.1` once selected.
/// One future for every copy button, so its code exists once.
pub fn copy_and_say(
    text: String,
    fallback: String,
    status: RwSignal<String>,
    said: (impl Into<String>, impl Into<String>),
) {
    let (done, selected) = (said.0.into(), said.1.into());
    leptos::task::spawn_local(async move {
        let message = match copy(text, fallback).await {
            Copied::Done => done,
            Copied::Selected => selected,
        };
        status.set(message);
    });
}

async fn clipboard_write(text: &str) -> bool {
    let navigator = window().navigator();
    // Absent outside secure contexts: check before calling into it.
    let present = js_sys::Reflect::get(&navigator, &JsValue::from_str("clipboard"))
        .is_ok_and(|c| !c.is_undefined() && !c.is_null());
    if !present {
        return false;
    }
    JsFuture::from(navigator.clipboard().write_text(text))
        .await
        .is_ok()
}
