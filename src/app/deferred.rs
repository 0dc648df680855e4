//! The start-up, split into tasks: the one place that decides what is drawn
//! when.
//!
//! Starting the whole page at once is one long task, most of it the browser
//! compiling the wasm each step runs. A step in a later task takes its share
//! out of that task, so the page answers input sooner on a slow phone
//! (Lighthouse's Total Blocking Time). After the wasm's own start (which
//! installs `window.RefreshRequest`), the standalone page (`mount_page`)
//! takes a task for each step of mounting its form, with [`after_this_task`]:
//! reading what it starts from (`super::read`: the policies, the address, the
//! draft), making its state (`super::Reading::state`), checking it
//! (`super::Prepared::check`), and drawing the vendor and the form's first
//! section (`super::Prepared::mount`).
//! The next task draws the other sections, the form's buttons, the status
//! panel and the ticket panel ([`next_task`]); the panel's list of checks and
//! the planning calendar follow one task after that. Each part comes after
//! everything drawn before it (below it on a phone, in a column of its own on
//! a wide screen), so drawing it later moves nothing already shown (a browser
//! test measures that). The status panel's verdict is not put a task later
//! still: the frame the browser draws between two tasks showed it 50-80 ms
//! later (docs/performance.md, "Start-up").

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
