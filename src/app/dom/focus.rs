//! Moving the focus to an element, by id, now or once the DOM has caught up.

use super::element_by_id;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

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
