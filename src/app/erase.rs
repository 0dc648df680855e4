//! Type erasure for the view, to keep the wasm small.
//!
//! Leptos compiles its rendering code once per *type*: a reactive
//! attribute or child written as a closure is a new type each time, and
//! each one brings its own copy of the renderer. Here every reactive piece
//! is a boxed closure of one of a few shapes (a view, a flag, a text), so
//! that code exists once per shape. Measured: this is most of the
//! difference between a small and a large bundle (see the report in
//! DESIGN.md).

use leptos::prelude::*;
use std::sync::{Arc, Mutex};

/// A reactive view, re-rendered when what it reads changes.
pub type DynView = Arc<Mutex<dyn FnMut() -> AnyView + Send>>;

/// A reactive view from a closure.
pub fn dyn_view<V: IntoView + 'static>(mut f: impl FnMut() -> V + Send + 'static) -> DynView {
    Arc::new(Mutex::new(move || f().into_any()))
}

/// A view shown while `cond` holds (rebuilt only when `cond` changes).
pub fn when(cond: Memo<bool>, f: impl Fn() -> AnyView + Send + Sync + 'static) -> DynView {
    when_boxed(cond, Box::new(f))
}

fn when_boxed(cond: Memo<bool>, f: Box<dyn Fn() -> AnyView + Send + Sync>) -> DynView {
    Arc::new(Mutex::new(
        move || if cond.get() { f() } else { ().into_any() },
    ))
}

/// A flag that only notifies when it changes.
pub fn flag(f: impl Fn() -> bool + Send + Sync + 'static) -> Memo<bool> {
    flag_boxed(Box::new(f))
}

fn flag_boxed(f: Box<dyn Fn() -> bool + Send + Sync>) -> Memo<bool> {
    memo_boxed(f)
}

/// A value that only notifies when it changes (the closure is boxed, so
/// one copy of the memo's code serves every use with the same value type).
pub fn memo<T: Clone + PartialEq + Send + Sync + 'static>(
    f: impl Fn() -> T + Send + Sync + 'static,
) -> Memo<T> {
    memo_boxed(Box::new(f))
}

fn memo_boxed<T: Clone + PartialEq + Send + Sync + 'static>(
    f: Box<dyn Fn() -> T + Send + Sync>,
) -> Memo<T> {
    Memo::new(move |_| f())
}

/// A derived value that notifies whenever it is recomputed, without
/// comparing: for values that differ whenever what they read does (the
/// chosen policy, the checked request). Comparing them would only add their
/// whole `PartialEq` code to the wasm; what reads them is memoised anyway.
pub fn uncompared<T: Send + Sync + 'static>(f: impl Fn() -> T + Send + Sync + 'static) -> Memo<T> {
    uncompared_boxed(Box::new(f))
}

fn uncompared_boxed<T: Send + Sync + 'static>(f: Box<dyn Fn() -> T + Send + Sync>) -> Memo<T> {
    Memo::new_with_compare(move |_| f(), |_, _| true)
}

/// A new signal. Not inlined: `RwSignal::new` otherwise inlines its arena
/// registration at every call site; here it is one copy per value type.
#[inline(never)]
pub fn signal<T: Send + Sync + 'static>(value: T) -> RwSignal<T> {
    RwSignal::new(value)
}

/// A reactive text (boxed, so one copy of the derived signal's code serves
/// every text).
pub fn text(f: impl Fn() -> String + Send + Sync + 'static) -> Signal<String> {
    text_boxed(Box::new(f))
}

fn text_boxed(f: Box<dyn Fn() -> String + Send + Sync>) -> Signal<String> {
    Signal::derive(f)
}

/// An event handler. `on:click=closure` (and `on:input:target=closure`) is a
/// listener type per closure, each with its own copy of tachys's attach /
/// clone / rebuild code; boxed, every handler of one event shares one type.
/// Read the element with [`super::dom::target_value`] and `target_checked`.
pub fn handler<E: 'static>(f: impl FnMut(E) + 'static) -> Box<dyn FnMut(E)> {
    Box::new(f)
}

/// `aria-invalid="true"` while `error` holds, absent otherwise.
pub fn invalid(error: Memo<bool>) -> Signal<Option<&'static str>> {
    Signal::derive(move || error.get().then_some("true"))
}
