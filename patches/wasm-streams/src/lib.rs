//! A stand-in for [wasm-streams](https://crates.io/crates/wasm-streams): the two calls
//! server_fn's `browser` feature makes into it, for an app with no server functions.
//!
//! Leptos turns that feature on whatever features the app picks, and the real crate exports
//! its stream classes from the wasm (`#[wasm_bindgen]`), so they, the futures they run and
//! their vtables stay in every build even though nothing calls them. Here the calls exist only
//! so that server_fn compiles; streaming server functions (the only callers) would send no
//! body and read none. DESIGN.md "Size" says what this saves.

use core::marker::PhantomData;
use core::pin::Pin;
use core::task::{Context, Poll};

use futures_core::Stream;
use wasm_bindgen::{JsCast, JsValue};

/// A JavaScript `ReadableStream`, as server_fn hands it over and takes it back.
pub struct ReadableStream {
    raw: web_sys::ReadableStream,
}

impl ReadableStream {
    /// Wraps a JavaScript stream.
    pub fn from_raw(raw: web_sys::ReadableStream) -> Self {
        Self { raw }
    }

    /// Would turn a Rust stream into a request body; here the body is absent (`undefined`),
    /// since this app streams nothing to a server.
    pub fn from_stream<St>(_stream: St) -> Self
    where
        St: Stream<Item = Result<JsValue, JsValue>> + 'static,
    {
        Self {
            raw: JsValue::UNDEFINED.unchecked_into(),
        }
    }

    /// The JavaScript stream.
    pub fn into_raw(self) -> web_sys::ReadableStream {
        self.raw
    }

    /// Would read the stream chunk by chunk; here it ends at once, since this app reads no
    /// response from a server.
    pub fn into_stream(self) -> IntoStream<'static> {
        IntoStream {
            _lifetime: PhantomData,
        }
    }
}

/// The chunks of a [`ReadableStream`]: none.
pub struct IntoStream<'a> {
    _lifetime: PhantomData<&'a ()>,
}

impl Stream for IntoStream<'_> {
    type Item = Result<JsValue, JsValue>;

    fn poll_next(self: Pin<&mut Self>, _: &mut Context<'_>) -> Poll<Option<Self::Item>> {
        Poll::Ready(None)
    }
}
