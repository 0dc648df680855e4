//! What tells one embedded form's landmarks from another's on the same host page.

use super::state::AppState;
use leptos::prelude::*;

/// In a heading that names a landmark, what tells this form's landmark from another
/// form's on the same host page ([`AppState::landmark_suffix`]): for screen readers, which
/// list landmarks by name; the page shows which form is which.
#[component]
pub fn LandmarkSuffix() -> impl IntoView {
    let suffix = expect_context::<AppState>().landmark_suffix();
    (!suffix.is_empty()).then(|| view! { <span class="rr-visually-hidden">{suffix}</span> })
}
