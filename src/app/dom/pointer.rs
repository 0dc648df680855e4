//! Holding work back until the click a pressed pointer is making has happened.

use leptos::prelude::*;

thread_local! {
    /// Whether a mouse button / finger is down on the page.
    static POINTER_DOWN: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
    /// Work held back until the current click has happened.
    static AFTER_CLICK: std::cell::RefCell<Vec<Box<dyn FnOnce()>>> = const { std::cell::RefCell::new(Vec::new()) };
    /// Whether the listeners below are installed.
    static TRACKING: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
}

/// Runs `f` now, or, while a pointer is down, just after the click it is
/// making. A field's error appears when the field is left; if it appeared
/// between a button's mousedown and mouseup, the layout would shift and the
/// click would miss the button.
pub fn after_click(f: impl FnOnce() + 'static) {
    track_pointer();
    if POINTER_DOWN.with(std::cell::Cell::get) {
        AFTER_CLICK.with(|q| q.borrow_mut().push(Box::new(f)));
    } else {
        f();
    }
}

/// Starts watching the pointer (once per page).
pub fn track_pointer() {
    if TRACKING.with(|t| t.replace(true)) {
        return;
    }
    let down = window_event_listener_untyped("pointerdown", |_| POINTER_DOWN.with(|p| p.set(true)));
    let release = |_| {
        POINTER_DOWN.with(|p| p.set(false));
        // After the click event that this release produces.
        set_timeout(
            || {
                let queued = AFTER_CLICK.with(|q| std::mem::take(&mut *q.borrow_mut()));
                for f in queued {
                    f();
                }
            },
            std::time::Duration::ZERO,
        );
    };
    let up = window_event_listener_untyped("pointerup", release);
    let cancel = window_event_listener_untyped("pointercancel", release);
    // For the page's lifetime (one set per page, shared by every form on it).
    std::mem::forget((down, up, cancel));
}
