//! iframe mode (docs/embedding.md, "An iframe instead"): the page, shown in someone else's `<iframe>`, tells
//! the parent its height so the frame can fit the form without a scroll bar.
//! Page behaviour only: `embed.js` mounts its forms in the host page itself.

use js_sys::{Object, Reflect};
use leptos::prelude::document;
use std::cell::Cell;
use std::rc::Rc;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

/// The `type` of the height message an iframed page posts to its parent.
pub const HEIGHT_MESSAGE: &str = "refresh-request:height";

/// In an iframe, tells the parent the page's height (now, and whenever it
/// changes) with `postMessage({type: "refresh-request:height", height}, "*")`.
/// The message says nothing but the height, so any parent may read it.
/// Outside an iframe it does nothing.
pub fn report_height_when_framed() {
    let Some(window) = web_sys::window() else {
        return;
    };
    let Ok(Some(parent)) = window.parent() else {
        return;
    };
    if Object::is(&parent, &window) {
        return;
    }
    let Some(html) = document().document_element() else {
        return;
    };
    let last = Rc::new(Cell::new(-1.0_f64));
    let measured = html.clone();
    let post = move || {
        let height = measured.get_bounding_client_rect().height().ceil();
        if !height.is_finite() || height == last.get() {
            return;
        }
        last.set(height);
        let message = Object::new();
        let _ = Reflect::set(&message, &"type".into(), &HEIGHT_MESSAGE.into());
        let _ = Reflect::set(&message, &"height".into(), &height.into());
        let _ = parent.post_message(&message, "*");
    };
    post();
    let callback = Closure::<dyn Fn()>::new(post);
    // ResizeObserver calls back once at the start, and on every change.
    if let Ok(observer) = web_sys::ResizeObserver::new(callback.as_ref().unchecked_ref()) {
        observer.observe(&html);
        if let Some(body) = document().body() {
            observer.observe(&body);
        }
    }
    callback.forget();
}
