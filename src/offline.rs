//! Offline (spec §7): registers the service worker `sw.js` that
//! `scripts/post-build.mjs` writes beside `index.html` (from
//! `scripts/sw.template.js`). It precaches this build's own files, so after
//! the first visit the page loads with the network off.
//!
//! Only for the page itself on http(s): never in embed mode (the host page's
//! site is not ours to control), never from `file://`. Registered once the
//! page has loaded, so it never competes with the first paint. A refusal
//! (private mode, a sandboxed frame, no `sw.js` on the server) is a console
//! warning; the page works the same without it.

use js_sys::Reflect;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

/// Registers `sw.js` (relative to the page) when the browser allows it: now
/// if the page has loaded, else on `load`.
pub fn register() {
    let Some(window) = web_sys::window() else {
        return;
    };
    let protocol = window.location().protocol().unwrap_or_default();
    if protocol != "http:" && protocol != "https:" {
        return;
    }
    let loaded = window
        .document()
        .is_some_and(|d| d.ready_state() == "complete");
    if loaded {
        register_now();
    } else {
        let once = Closure::once_into_js(register_now);
        let options = web_sys::AddEventListenerOptions::new();
        options.set_once(true);
        let _ = window.add_event_listener_with_callback_and_add_event_listener_options(
            "load",
            once.unchecked_ref(),
            &options,
        );
    }
}

fn register_now() {
    let Some(window) = web_sys::window() else {
        return;
    };
    let navigator = window.navigator();
    // Absent in insecure contexts and some embedded browsers: check first.
    let present = Reflect::get(&navigator, &JsValue::from_str("serviceWorker"))
        .is_ok_and(|sw| !sw.is_undefined() && !sw.is_null());
    if !present {
        return;
    }
    let registration = navigator.service_worker().register("sw.js");
    leptos::task::spawn_local(async move {
        if let Err(e) = JsFuture::from(registration).await {
            let why = e
                .dyn_ref::<js_sys::Error>()
                .map(|e| String::from(e.message()))
                .unwrap_or_else(|| "refused".into());
            leptos::logging::warn!(
                "refresh-request: working offline is not available here ({why})"
            );
        }
    });
}
