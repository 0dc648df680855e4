//! Parts of the page drawn one task after the rest.
//!
//! Drawing the whole page at once is one long task, most of it the browser
//! compiling the wasm the first drawing runs. A part drawn in a later task
//! takes its share out of that task, so the page answers input sooner on a
//! slow phone (issue 6: Total Blocking Time). The first task draws the vendor
//! and the form's first section. The next draws the other sections, the form's
//! buttons, the status panel and the ticket panel; the panel's list of checks
//! and the planning calendar follow one task after that. Each part comes
//! after everything drawn before it (below it on a phone, in a column of its
//! own on a wide screen), so drawing it later moves nothing already shown (a
//! browser test measures that).

use super::erase::{flag, signal};
use leptos::prelude::*;

/// A flag that turns true in the next task: `when(next_task(), view)` draws
/// `view` right after the current drawing.
pub fn next_task() -> Memo<bool> {
    let drawn = signal(false);
    set_timeout(
        move || {
            // The part may be gone by then (another vendor was chosen).
            let _ = drawn.try_set(true);
        },
        std::time::Duration::ZERO,
    );
    flag(move || drawn.get())
}
