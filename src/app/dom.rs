//! Small browser helpers: focus, clipboard, download, the address bar.
//! Every call tolerates a missing or refusing browser API: nothing here can
//! panic or throw into the app.

use leptos::prelude::*;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;

thread_local! {
    /// Every shadow root an embedded form was mounted in.
    static SHADOW_ROOTS: std::cell::RefCell<Vec<web_sys::ShadowRoot>> =
        const { std::cell::RefCell::new(Vec::new()) };
}

/// Makes the ids inside `root` (an embedded form's) reachable by [`element_by_id`].
pub fn add_shadow_root(root: web_sys::ShadowRoot) {
    SHADOW_ROOTS.with(|roots| {
        let mut roots = roots.borrow_mut();
        if !roots.contains(&root) {
            roots.push(root);
        }
    });
}

/// Whether `root` is one [`add_shadow_root`] was given (not one of the host page's own).
pub fn is_form_shadow_root(root: &web_sys::ShadowRoot) -> bool {
    SHADOW_ROOTS.with(|roots| roots.borrow().contains(root))
}

/// An element by id in the page or in any embedded form's shadow root (ids
/// inside a shadow root are invisible to `document.getElementById`). The
/// app's ids are unique per form, so the first match is the one.
pub fn element_by_id(id: &str) -> Option<web_sys::Element> {
    document().get_element_by_id(id).or_else(|| {
        SHADOW_ROOTS.with(|roots| {
            roots
                .borrow()
                .iter()
                .find_map(|root| root.get_element_by_id(id))
        })
    })
}

/// Focuses an element by id after the DOM has caught up with the last
/// change, scrolling its field (label included) into view.
pub fn focus_later(id: String) {
    request_animation_frame(move || focus(&id));
}

/// Focuses an element by id now.
pub fn focus(id: &str) {
    let Some(el) = element_by_id(id) else {
        return;
    };
    if let Ok(Some(field)) = el.closest(".rr-field, .rr-focus-scroll") {
        field.scroll_into_view_with_bool(true);
    }
    if let Ok(el) = el.dyn_into::<web_sys::HtmlElement>() {
        let _ = el.focus();
    }
}

/// Focuses the first control inside the element with id `id`, after the DOM
/// has caught up with the last change.
pub fn focus_first_control(id: String) {
    request_animation_frame(move || {
        let first = element_by_id(&id)
            .and_then(|el| el.query_selector("input, select, textarea, button").ok())
            .flatten()
            .and_then(|el| el.dyn_into::<web_sys::HtmlElement>().ok());
        if let Some(el) = first {
            let _ = el.focus();
        }
    });
}

/// The value of the `<input>` or `<select>` an event came from ("" without one).
pub fn target_value(ev: &web_sys::Event) -> String {
    ev.target()
        .map(|t| t.unchecked_into::<web_sys::HtmlInputElement>().value())
        .unwrap_or_default()
}

#[wasm_bindgen::prelude::wasm_bindgen]
extern "C" {
    /// An `<input>` whose `value` is a handle to the JS string, where
    /// web-sys's copies the text into a Rust `String`.
    type TextHandle;
    #[wasm_bindgen(method, getter)]
    fn value(this: &TextHandle) -> js_sys::JsString;
}

/// The length of an input's text in UTF-16 code units, read without copying
/// the text into the wasm (a megabyte takes milliseconds to copy).
pub fn text_units(input: &web_sys::HtmlInputElement) -> u32 {
    input.unchecked_ref::<TextHandle>().value().length()
}

/// Whether the checkbox an event came from is ticked.
pub fn target_checked(ev: &web_sys::Event) -> bool {
    ev.target()
        .is_some_and(|t| t.unchecked_into::<web_sys::HtmlInputElement>().checked())
}

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

/// Offers text as a file download.
pub fn download(filename: &str, mime: &str, text: &str) -> bool {
    let parts = js_sys::Array::of1(&JsValue::from_str(text));
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(mime);
    let Ok(blob) = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options) else {
        return false;
    };
    let Ok(url) = web_sys::Url::create_object_url_with_blob(&blob) else {
        return false;
    };
    let doc = document();
    let Some(a) = doc
        .create_element("a")
        .ok()
        .and_then(|a| a.dyn_into::<web_sys::HtmlAnchorElement>().ok())
    else {
        return false;
    };
    a.set_href(&url);
    a.set_download(filename);
    a.click();
    set_timeout(
        move || {
            let _ = web_sys::Url::revoke_object_url(&url);
        },
        std::time::Duration::from_secs(10),
    );
    true
}

/// `location.search` and `location.hash` ("" when unreadable).
pub fn location_parts() -> (String, String) {
    let loc = window().location();
    (
        loc.search().unwrap_or_default(),
        loc.hash().unwrap_or_default(),
    )
}

/// The page's address without query or fragment.
pub fn page_address() -> String {
    let loc = window().location();
    format!(
        "{}{}",
        loc.origin().unwrap_or_default(),
        loc.pathname().unwrap_or_default()
    )
}

/// Replaces the address bar's query and fragment (no reload, no history entry).
pub fn replace_query(query: &str) {
    let path = window().location().pathname().unwrap_or_default();
    let url = if query.is_empty() {
        path
    } else {
        format!("{path}?{query}")
    };
    if let Ok(history) = window().history() {
        let _ = history.replace_state_with_url(&JsValue::NULL, "", Some(&url));
    }
}

/// Sets `document.title`.
pub fn set_title(title: &str) {
    document().set_title(title);
}

/// The page's title as loaded.
pub fn title() -> String {
    document().title()
}

thread_local! {
    /// Whether a mouse button / finger is down on the page.
    static POINTER_DOWN: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
    /// Work held back until the current click has happened.
    static AFTER_CLICK: std::cell::RefCell<Vec<Box<dyn FnOnce()>>> = const { std::cell::RefCell::new(Vec::new()) };
    /// Whether the listeners below are installed.
    static TRACKING: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
}

/// Runs `f` now, or, while a pointer is down, just after the click it is
/// making. A field's error appears when the field is left; if it appeared
/// between a button's mousedown and mouseup, the layout would shift and the
/// click would miss the button.
pub fn after_click(f: impl FnOnce() + 'static) {
    track_pointer();
    if POINTER_DOWN.with(std::cell::Cell::get) {
        AFTER_CLICK.with(|q| q.borrow_mut().push(Box::new(f)));
    } else {
        f();
    }
}

/// Starts watching the pointer (once per page).
pub fn track_pointer() {
    if TRACKING.with(|t| t.replace(true)) {
        return;
    }
    let down = window_event_listener_untyped("pointerdown", |_| POINTER_DOWN.with(|p| p.set(true)));
    let release = |_| {
        POINTER_DOWN.with(|p| p.set(false));
        // After the click event that this release produces.
        set_timeout(
            || {
                let queued = AFTER_CLICK.with(|q| std::mem::take(&mut *q.borrow_mut()));
                for f in queued {
                    f();
                }
            },
            std::time::Duration::ZERO,
        );
    };
    let up = window_event_listener_untyped("pointerup", release);
    let cancel = window_event_listener_untyped("pointercancel", release);
    // For the page's lifetime (one set per page, shared by every form on it).
    std::mem::forget((down, up, cancel));
}
