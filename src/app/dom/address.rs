//! The address bar: reading the page's address, and changing its query without a reload.

use leptos::prelude::*;
use wasm_bindgen::JsValue;

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
