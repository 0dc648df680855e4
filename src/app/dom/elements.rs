//! Elements by id, in the page or in an embedded form's shadow root.

use leptos::prelude::*;

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
