//! The page's title (`document.title`).

use leptos::prelude::*;

/// Sets `document.title`.
pub fn set_title(title: &str) {
    document().set_title(title);
}

/// The page's title as loaded.
pub fn title() -> String {
    document().title()
}
