//! The start-up, split into tasks: the one place that decides what is drawn
//! when.
//!
//! Drawing the whole page at once is one long task, most of it the browser
//! compiling the wasm the first drawing runs. A part drawn in a later task
//! takes its share out of that task, so the page answers input sooner on a
//! slow phone (Lighthouse's Total Blocking Time). The standalone page mounts
//! in a task after the wasm's own start ([`after_this_task`], called by
//! `mount_page`); that task reads the address and the draft, checks the
//! request and draws the vendor and the form's first section. The next draws the other sections, the form's
//! buttons, the status panel and the ticket panel; the panel's list of checks
//! and the planning calendar follow one task after that. Each part comes
//! after everything drawn before it (below it on a phone, in a column of its
//! own on a wide screen), so drawing it later moves nothing already shown (a
//! browser test measures that).

use leptos::prelude::*;

/// Runs `f` in a task of its own, after the current one.
pub fn after_this_task(f: impl FnOnce() + 'static) {
    set_timeout(f, std::time::Duration::ZERO);
}

/// A flag that turns true in the next task: `<Show when=move || later.get()>`
/// draws its children right after the current drawing.
pub fn next_task() -> ReadSignal<bool> {
    let (drawn, set_drawn) = signal(false);
    after_this_task(move || {
        // The part may be gone by then (another vendor was chosen).
        let _ = set_drawn.try_set(true);
    });
    drawn
}
