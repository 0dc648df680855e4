//! What an input or the event it sent holds.

use wasm_bindgen::JsCast;

/// The value of the `<input>` or `<select>` an event came from ("" without one).
pub fn target_value(ev: &web_sys::Event) -> String {
    ev.target()
        .map(|t| t.unchecked_into::<web_sys::HtmlInputElement>().value())
        .unwrap_or_default()
}

#[wasm_bindgen::prelude::wasm_bindgen]
extern "C" {
    /// An `<input>` whose `value` is a handle to the JS string, where
    /// web-sys's copies the text into a Rust `String`.
    type TextHandle;
    #[wasm_bindgen(method, getter)]
    fn value(this: &TextHandle) -> js_sys::JsString;
}

/// The length of an input's text in UTF-16 code units, read without copying
/// the text into the wasm (a megabyte takes milliseconds to copy).
pub fn text_units(input: &web_sys::HtmlInputElement) -> u32 {
    input.unchecked_ref::<TextHandle>().value().length()
}

/// Whether the checkbox an event came from is ticked.
pub fn target_checked(ev: &web_sys::Event) -> bool {
    ev.target()
        .is_some_and(|t| t.unchecked_into::<web_sys::HtmlInputElement>().checked())
}
