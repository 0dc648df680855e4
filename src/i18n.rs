//! The form's texts in the reader's language: which language a form speaks
//! ([`page_language`], [`host_language`]), its catalog fetched when it is not
//! English ([`ready`]), and its messages written by Project Fluent's
//! JavaScript runtime ([`Texts`]), which the build puts in the page and in
//! embed.js with the English catalog (scripts/build/locales.mjs): the same
//! `.ftl` files the core reads natively, without Fluent's Rust runtime in the
//! wasm.

use refresh_request_core::lang::Lang;
use refresh_request_core::message::{Arg, Messages};
use wasm_bindgen::prelude::*;

#[wasm_bindgen]
extern "C" {
    // `catch`: a page built without the runtime (or a host that removed it) gets the
    // message ids, never a trap.
    #[wasm_bindgen(catch, js_namespace = __refreshRequestI18n, js_name = format)]
    fn js_format(tag: &str, id: &str, args: &JsValue) -> Result<Option<String>, JsValue>;
    #[wasm_bindgen(catch, js_namespace = __refreshRequestI18n, js_name = has)]
    fn js_has(tag: &str) -> Result<bool, JsValue>;
    #[wasm_bindgen(catch, js_namespace = __refreshRequestI18n, js_name = load)]
    fn js_load(tag: &str) -> Result<js_sys::Promise, JsValue>;
}

/// Where the page keeps the language the reader chose from its menu.
const STORED_KEY: &str = "refresh-request-lang";

/// One language's messages, the page's and the core's.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Texts(pub Lang);

impl Texts {
    /// The message `id` without variables.
    pub fn t(self, id: &str) -> String {
        self.format(id, &[])
    }

    /// The message `id` with its variables.
    pub fn f(self, id: &str, args: &[(&'static str, Arg)]) -> String {
        self.format(id, args)
    }

    /// The language.
    pub fn lang(self) -> Lang {
        self.0
    }

    /// A UTC instant as the reader's language writes a date and time, " UTC" after it
    /// (English: the core's `Wed 9 Oct 2024 02:00 UTC`, as the rules' messages write it).
    pub fn utc(self, at: chrono::NaiveDateTime) -> String {
        #[cfg(target_arch = "wasm32")]
        if self.0 != Lang::En {
            if let Some(text) = intl_utc(self.0.tag(), at) {
                return text;
            }
        }
        refresh_request_core::instant::format_utc(at)
    }
}

impl Messages for Texts {
    #[cfg(not(target_arch = "wasm32"))]
    fn format(&self, id: &str, args: &[(&'static str, Arg)]) -> String {
        native::format(id, args)
    }

    #[cfg(target_arch = "wasm32")]
    fn format(&self, id: &str, args: &[(&'static str, Arg)]) -> String {
        let object = js_sys::Object::new();
        for (name, arg) in args {
            let value = match arg {
                Arg::Text(text) => JsValue::from_str(text),
                // Counts and years: far inside f64's exact integers.
                Arg::Number(n) => JsValue::from_f64(*n as f64),
            };
            let _ = js_sys::Reflect::set(&object, &JsValue::from_str(name), &value);
        }
        match js_format(self.0.tag(), id, &object) {
            Ok(Some(text)) => text,
            _ => id.to_string(),
        }
    }
}

/// `at` by the browser's `Intl` in `tag`: weekday, day, month, year, 24-hour time, in UTC.
#[cfg(target_arch = "wasm32")]
fn intl_utc(tag: &str, at: chrono::NaiveDateTime) -> Option<String> {
    let millis = at.and_utc().timestamp_millis() as f64;
    let date = js_sys::Date::new(&JsValue::from_f64(millis));
    let options = js_sys::Object::new();
    for (key, value) in [
        ("timeZone", "UTC"),
        ("weekday", "short"),
        ("day", "numeric"),
        ("month", "short"),
        ("year", "numeric"),
        ("hour", "2-digit"),
        ("minute", "2-digit"),
        ("hourCycle", "h23"),
    ] {
        js_sys::Reflect::set(&options, &key.into(), &value.into()).ok()?;
    }
    let text: String = date.to_locale_string(tag, &options).into();
    (!text.is_empty() && text != "Invalid Date").then(|| format!("{text} UTC"))
}

/// The standalone page's language: `?lang=` in its address, else the one the
/// reader chose from the menu before, else the browser's languages in order,
/// else English.
pub fn page_language() -> Lang {
    let mut tags: Vec<String> = Vec::new();
    if let Some(tag) = query_lang() {
        tags.push(tag);
    }
    if let Some(tag) = stored() {
        tags.push(tag);
    }
    tags.extend(browser_languages());
    Lang::negotiate(tags.iter().map(String::as_str))
}

/// An embedded form's language: the `lang` of its host element or of the
/// nearest ancestor that has one (the host page's `<html lang>` at the
/// latest), else the browser's languages, else English.
pub fn host_language(host: &web_sys::Element) -> Lang {
    let mut tags: Vec<String> = Vec::new();
    if let Some(tag) = host
        .closest("[lang]")
        .ok()
        .flatten()
        .and_then(|e| e.get_attribute("lang"))
    {
        tags.push(tag);
    }
    tags.extend(browser_languages());
    Lang::negotiate(tags.iter().map(String::as_str))
}

/// Resolves once `lang`'s catalog is here (at once for English, which the
/// page carries); a catalog that cannot be fetched leaves English.
pub async fn ready(lang: Lang) -> Lang {
    if matches!(js_has(lang.tag()), Ok(true)) {
        return lang;
    }
    let Ok(promise) = js_load(lang.tag()) else {
        return Lang::En;
    };
    match wasm_bindgen_futures::JsFuture::from(promise).await {
        Ok(loaded) if loaded.as_bool() == Some(true) => lang,
        _ => Lang::En,
    }
}

/// Whether `lang`'s catalog is already here (no fetch needed to draw it).
pub fn is_here(lang: Lang) -> bool {
    matches!(js_has(lang.tag()), Ok(true))
}

/// Remembers the reader's choice from the language menu (where storage is allowed).
pub fn remember(lang: Lang) {
    if let Some(storage) = web_sys::window().and_then(|w| w.local_storage().ok().flatten()) {
        let _ = storage.set_item(STORED_KEY, lang.tag());
    }
}

/// Sets the document's `lang` and `dir` (the standalone page).
pub fn set_document_language(lang: Lang) {
    if let Some(root) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.document_element())
    {
        let _ = root.set_attribute("lang", lang.tag());
        let _ = root.set_attribute("dir", direction(lang));
    }
}

/// `"rtl"` or `"ltr"`, for a `dir` attribute.
pub fn direction(lang: Lang) -> &'static str {
    if lang.is_rtl() {
        "rtl"
    } else {
        "ltr"
    }
}

fn query_lang() -> Option<String> {
    let search = web_sys::window()?.location().search().ok()?;
    search
        .trim_start_matches('?')
        .split('&')
        .filter_map(|pair| pair.split_once('='))
        .find(|(k, _)| *k == "lang")
        .map(|(_, v)| refresh_request_core::prefill::percent_decode(v))
}

fn stored() -> Option<String> {
    web_sys::window()?
        .local_storage()
        .ok()
        .flatten()?
        .get_item(STORED_KEY)
        .ok()
        .flatten()
}

fn browser_languages() -> Vec<String> {
    let Some(navigator) = web_sys::window().map(|w| w.navigator()) else {
        return Vec::new();
    };
    let mut tags: Vec<String> = navigator
        .languages()
        .iter()
        .filter_map(|v| v.as_string())
        .collect();
    if tags.is_empty() {
        tags.extend(navigator.language());
    }
    tags
}

/// The English texts for the app's native unit tests: the same catalogs (the core's and the
/// page's), formatted by Fluent's Rust runtime, which the page's wasm never carries.
#[cfg(not(target_arch = "wasm32"))]
mod native {
    use fluent_bundle::concurrent::FluentBundle;
    use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
    use refresh_request_core::message::Arg;
    use std::sync::OnceLock;

    pub fn format(id: &str, args: &[(&'static str, Arg)]) -> String {
        static BUNDLE: OnceLock<FluentBundle<FluentResource>> = OnceLock::new();
        let bundle = BUNDLE.get_or_init(|| {
            let mut bundle = FluentBundle::new_concurrent(vec!["en".parse().unwrap_or_default()]);
            bundle.set_use_isolating(false);
            for text in [
                include_str!("../crates/core/locales/en.ftl"),
                include_str!("../locales/en.ftl"),
            ] {
                let resource =
                    FluentResource::try_new(text.to_owned()).unwrap_or_else(|(partial, _)| partial);
                let _ = bundle.add_resource(resource);
            }
            bundle
        });
        let Some(pattern) = bundle.get_message(id).and_then(|m| m.value()) else {
            return id.to_string();
        };
        let mut fluent_args = FluentArgs::with_capacity(args.len());
        for (name, arg) in args {
            let value = match arg {
                Arg::Text(text) => FluentValue::from(text.as_str()),
                Arg::Number(n) => FluentValue::from(*n),
            };
            fluent_args.set(*name, value);
        }
        let mut errors = Vec::new();
        bundle
            .format_pattern(pattern, Some(&fluent_args), &mut errors)
            .into_owned()
    }
}
