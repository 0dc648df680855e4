//! Long text an input holds that the form has not read yet.
//!
//! Reading an input's text into the form copies all of it across the wasm
//! boundary, then checks it: nothing for a line, but ~5 ms a key once a
//! megabyte has been pasted. So past [`LIVE_UNITS`] a key only starts a
//! wait, and the text is read once typing pauses for [`READ_DELAY_MS`], or at
//! once when the input is left, the ticket is created or the draft is saved
//! as the page is hidden. Such text is already far past `field.too_long`'s
//! limit, so a finding that lags a pause behind says nothing new.

use gloo_timers::callback::Timeout;
use leptos::prelude::*;
use std::rc::Rc;

/// Text up to this many UTF-16 code units is read on every key (~0.05 ms to copy).
pub const LIVE_UNITS: u32 = 10_000;

/// How long longer text must stay unchanged before it is read.
pub const READ_DELAY_MS: u32 = 250;

/// The one input waiting to be read: leaving an input reads it, so there is
/// never more than one. `Copy`: a handle.
#[derive(Clone, Copy)]
pub struct Unread(StoredValue<Option<Waiting>, LocalStorage>);

/// An input's wait: which input, how to read it, and the timer that will.
struct Waiting {
    path: String,
    read: Rc<dyn Fn()>,
    // Dropping it cancels the read it was waiting to make.
    _timer: Timeout,
}

impl Default for Unread {
    fn default() -> Self {
        Unread(StoredValue::new_local(None))
    }
}

impl Unread {
    /// Reads the waiting input now, if one is waiting; says whether one was.
    pub fn read_now(&self) -> bool {
        self.take().map(|waiting| (waiting.read)()).is_some()
    }

    /// Reads the input at `path` with `read` once its text has stayed
    /// unchanged for [`READ_DELAY_MS`]; each call starts the wait again.
    pub fn read_later(&self, path: &str, read: Rc<dyn Fn()>) {
        self.settle(path);
        let this = *self;
        let _timer = Timeout::new(READ_DELAY_MS, move || {
            this.read_now();
        });
        let path = path.to_string();
        self.0.set_value(Some(Waiting { path, read, _timer }));
    }

    /// Before the input at `path` is read at once: its own wait is dropped,
    /// and another input's wait is read first, so no text is lost.
    pub fn settle(&self, path: &str) {
        match self.take() {
            Some(other) if other.path != path => (other.read)(),
            _ => {}
        }
    }

    fn take(&self) -> Option<Waiting> {
        self.0.try_update_value(Option::take).flatten()
    }
}
