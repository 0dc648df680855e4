//! The form's texts in the reader's language: which language a form speaks
//! ([`page_language`], [`host_language`]), its catalog fetched when it is not
//! English ([`ready`]), and its messages written by Project Fluent's
//! JavaScript runtime ([`Texts`]), which the build puts in the page and in
//! embed.js with the English catalog (scripts/build/locales.mjs): the same
//! `.ftl` files the core reads natively, without Fluent's Rust runtime in the
//! wasm.

use chrono::{Datelike, NaiveDate, NaiveDateTime};
use refresh_request_core::catalog::Catalog;
use refresh_request_core::instant;
use refresh_request_core::lang::Lang;
use refresh_request_core::message::{Arg, Messages};
use wasm_bindgen::prelude::*;

#[wasm_bindgen]
extern "C" {
    // `catch`: a page built without the runtime (or a host that removed it) gets the
    // message ids, never a trap.
    #[wasm_bindgen(catch, js_namespace = __refreshRequestI18n, js_name = format)]
    fn js_format(tag: &str, id: &str, args: &JsValue) -> Result<Option<String>, JsValue>;
    #[wasm_bindgen(catch, js_namespace = __refreshRequestI18n, js_name = selects)]
    fn js_selects(id: &str) -> Result<JsValue, JsValue>;
    #[wasm_bindgen(catch, js_namespace = __refreshRequestI18n, js_name = has)]
    fn js_has(tag: &str) -> Result<bool, JsValue>;
    #[wasm_bindgen(catch, js_namespace = __refreshRequestI18n, js_name = list)]
    fn js_list(tag: &str, items: Vec<String>) -> Result<String, JsValue>;
    #[wasm_bindgen(catch, js_namespace = __refreshRequestI18n, js_name = load)]
    fn js_load(tag: &str) -> Result<js_sys::Promise, JsValue>;
    #[wasm_bindgen(catch, js_namespace = __refreshRequestI18n, js_name = policies)]
    fn js_policies(tag: &str) -> Result<Option<String>, JsValue>;
    #[wasm_bindgen(catch, js_namespace = __refreshRequestI18n, js_name = formatWith)]
    fn js_format_with(
        tag: &str,
        source: &str,
        id: &str,
        args: &JsValue,
    ) -> Result<Option<String>, JsValue>;
    #[wasm_bindgen(catch, js_namespace = __refreshRequestI18n, js_name = message)]
    fn js_message(source: &str) -> Result<JsValue, JsValue>;
    #[wasm_bindgen(catch, js_namespace = __refreshRequestI18n, js_name = builtin)]
    fn js_builtin(id: &str) -> Result<JsValue, JsValue>;
    #[wasm_bindgen(catch, js_namespace = __refreshRequestI18n, js_name = builtins)]
    fn js_builtins() -> Result<JsValue, JsValue>;
}

/// A JavaScript array of strings, its strings.
fn strings(v: &JsValue) -> Vec<String> {
    js_sys::Array::from(v)
        .iter()
        .filter_map(|s| s.as_string())
        .collect()
}

/// The English catalog and Fluent's syntax as the page's JavaScript runtime reads them: what
/// the policy loader checks a policy's own wording of a message with, in the page.
struct RuntimeSyntax;

impl refresh_request_core::policy::FluentSyntax for RuntimeSyntax {
    fn variables(&self, id: &str) -> Option<Vec<String>> {
        js_builtin(id)
            .ok()
            .filter(JsValue::is_object)
            .map(|vars| strings(&vars))
    }

    fn ids(&self) -> Vec<String> {
        js_builtins().map(|ids| strings(&ids)).unwrap_or_default()
    }

    fn message(&self, source: &str) -> Option<(String, Vec<String>)> {
        let read = js_message(source).ok().filter(JsValue::is_object)?;
        let mut read = strings(&read);
        (!read.is_empty()).then(|| {
            let id = read.remove(0);
            (id, read)
        })
    }
}

/// Has the policy loader check a policy's own wording of messages with the runtime, once it is
/// on the page (else the wording's syntax goes unchecked, and what the runtime cannot read
/// leaves the built-in message).
pub fn check_policies_with_runtime() {
    if runtime_is_here() {
        refresh_request_core::policy::read_fluent_with(&RuntimeSyntax);
    }
}

/// The built-in policies' texts in `lang` the page fetched with its catalog
/// (`locales/<tag>.policies.json`: `{"<policy id>": {…}}`), if it has them.
#[cfg(target_arch = "wasm32")]
fn fetched_policy_texts(lang: Lang) -> Option<serde_json::Value> {
    let text = js_policies(lang.tag()).ok().flatten()?;
    serde_json::from_str(&text).ok()
}

/// Natively the built-ins carry their translations already.
#[cfg(not(target_arch = "wasm32"))]
fn fetched_policy_texts(_lang: Lang) -> Option<serde_json::Value> {
    None
}

/// Gives the built-in policies of `catalog` their texts in `lang`, where the page fetched
/// them: the page's wasm carries the built-ins without their translations' texts (the core's
/// crates/core/build.rs). A vendor's own policy with a built-in's id keeps its own.
pub fn add_builtin_texts(catalog: &mut Catalog, lang: Lang) {
    if let Some(texts) = fetched_policy_texts(lang) {
        catalog.add_builtin_texts(lang, &texts);
    }
}

/// English: what the desk's own report lines and a policy without a `desk_language` use.
pub const DESK: Texts = Texts(Lang::En);

/// Each language's texts, to lend out for as long as the page lives (the core asks for the
/// desk's language by the policy's `desk_language`).
pub fn messages_of(lang: Lang) -> &'static dyn Messages {
    static ALL: [Texts; 10] = [
        Texts(Lang::En),
        Texts(Lang::De),
        Texts(Lang::Fr),
        Texts(Lang::Es),
        Texts(Lang::PtBr),
        Texts(Lang::Nl),
        Texts(Lang::Da),
        Texts(Lang::Ja),
        Texts(Lang::ZhHans),
        Texts(Lang::Ar),
    ];
    ALL.iter().find(|t| t.0 == lang).unwrap_or(&ALL[0])
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

    /// `items` as one list, the language's way ("1, 2 and 3"; English: "1 and 2",
    /// "1, 2, and 3").
    pub fn list(self, items: Vec<String>) -> String {
        #[cfg(target_arch = "wasm32")]
        if let Ok(text) = js_list(self.0.tag(), items.clone()) {
            return text;
        }
        match items.split_last() {
            None => String::new(),
            Some((last, [])) => last.clone(),
            Some((last, [one])) => format!("{one} and {last}"),
            Some((last, rest)) => format!("{}, and {last}", rest.join(", ")),
        }
    }

    /// A UTC instant as the reader's language writes a date and time, " UTC" after it
    /// (English: the core's `Wed 9 Oct 2024 02:00 UTC`, as the rules' messages write it).
    pub fn utc(self, at: NaiveDateTime) -> String {
        match self.intl(at, DATE_TIME) {
            Some(text) => format!("{text} UTC"),
            None => instant::format_utc(at),
        }
    }

    /// A day (English: `Wed 9 Oct 2024`).
    pub fn day(self, date: NaiveDate) -> String {
        self.intl(midnight(date), DATE)
            .unwrap_or_else(|| instant::format_day(date))
    }

    /// A day without its year or weekday (English: `9 Oct`).
    pub fn day_and_month(self, date: NaiveDate) -> String {
        self.intl(midnight(date), DAY_MONTH)
            .unwrap_or_else(|| instant::day_and_month(date))
    }

    /// A weekday's short and long names, Monday first (English: `Mon`, `Monday`).
    pub fn weekday(self, date: NaiveDate) -> (String, String) {
        let english = ENGLISH_WEEKDAYS[date.weekday().num_days_from_monday() as usize];
        match (
            self.intl(midnight(date), WEEKDAY_SHORT),
            self.intl(midnight(date), WEEKDAY_LONG),
        ) {
            (Some(short), Some(long)) => (short, long),
            _ => (english.0.to_string(), english.1.to_string()),
        }
    }

    /// Language `of`'s name in this language (`Intl.DisplayNames`: "allemand" for German in
    /// French); its tag where the browser has no name for it.
    pub fn language_name(self, of: Lang) -> String {
        display_name(self.0.tag(), of.tag()).unwrap_or_else(|| of.tag().to_string())
    }

    /// A window: its start and end (English: `Wed 9 Oct 2024 02:00–04:00 UTC`).
    pub fn window(self, start: NaiveDateTime, minutes: u32) -> String {
        let end = start + chrono::Duration::minutes(i64::from(minutes));
        match (self.intl(start, DATE_TIME), self.intl(end, DATE_TIME)) {
            (Some(from), Some(_)) if end.date() == start.date() => {
                format!("{from}–{} UTC", instant::to_clock(end))
            }
            (Some(from), Some(to)) => format!("{from} – {to} UTC"),
            _ => instant::format_window(start, minutes),
        }
    }

    /// `at` written by the browser's `Intl` in this language with `options` (in UTC); `None`
    /// in English, whose dates the core writes, and natively.
    #[cfg(target_arch = "wasm32")]
    fn intl(self, at: NaiveDateTime, options: &[(&str, &str)]) -> Option<String> {
        if self.0 == Lang::En {
            return None;
        }
        intl_format(self.0.tag(), at, options)
    }

    #[cfg(not(target_arch = "wasm32"))]
    fn intl(self, _at: NaiveDateTime, _options: &[(&str, &str)]) -> Option<String> {
        None
    }
}

impl Messages for Texts {
    /// The core reads a policy's texts and its own wording of messages, and puts its labels in
    /// sentences, in this language.
    fn lang(&self) -> Lang {
        self.0
    }

    #[cfg(not(target_arch = "wasm32"))]
    fn format(&self, id: &str, args: &[(&'static str, Arg)]) -> String {
        native::format(id, args)
    }

    #[cfg(target_arch = "wasm32")]
    fn format(&self, id: &str, args: &[(&'static str, Arg)]) -> String {
        if self.0 == Lang::En {
            let runtime = |args: &[(&'static str, Arg)]| self.format_by_runtime(id, args);
            return english::written(id, args, &runtime).unwrap_or_else(|| id.to_string());
        }
        self.format_by_runtime(id, args)
            .unwrap_or_else(|| id.to_string())
    }

    /// In English, as the core puts a label in a sentence, kept: the blank form names the same
    /// two labels on every check.
    #[cfg(target_arch = "wasm32")]
    fn label_in_sentence(&self, label: &str) -> String {
        if self.0 == Lang::En {
            english::label_in_sentence(label)
        } else {
            label.to_owned()
        }
    }

    /// The policy's wording, by the runtime's bundle for this policy and language.
    #[cfg(target_arch = "wasm32")]
    fn format_overridden(
        &self,
        overrides: &refresh_request_core::policy::Overrides,
        id: &str,
        args: &[(&'static str, Arg)],
    ) -> String {
        if let Some(source) = overrides.source(self.0) {
            if let Ok(Some(text)) = js_format_with(self.0.tag(), source, id, &js_args(args)) {
                return text;
            }
        }
        self.format(id, args)
    }
}

impl Texts {
    /// The message written by Fluent's JavaScript runtime; `None` when neither the runtime nor
    /// its English has it.
    #[cfg(target_arch = "wasm32")]
    fn format_by_runtime(self, id: &str, args: &[(&'static str, Arg)]) -> Option<String> {
        js_format(self.0.tag(), id, &js_args(args)).ok().flatten()
    }
}

/// A message's variables as the runtime takes them: an object.
#[cfg(target_arch = "wasm32")]
fn js_args(args: &[(&'static str, Arg)]) -> JsValue {
    let object = js_sys::Object::new();
    for (name, arg) in args {
        let value = match arg {
            Arg::Text(text) => JsValue::from_str(text),
            // Counts and years: far inside f64's exact integers.
            Arg::Number(n) => JsValue::from_f64(*n as f64),
        };
        let _ = js_sys::Reflect::set(&object, &JsValue::from_str(name), &value);
    }
    object.into()
}

/// English messages, each written by Fluent's runtime once per choice its pattern makes: the
/// form checks its request on every key, the JS API on every call, and a check writes the
/// same few messages again and again, with new dates and values when the request is new. The
/// runtime writes a message with a mark in place of each text variable it does not select on,
/// and the page puts the values in itself, as the runtime would (it puts a text in as it is),
/// so a message crosses into JavaScript again only for a new number or a new choice of variant,
/// and one English lacks (a holiday's name) never again (docs/performance.md, "`validate()` in
/// English"). Only English: its catalog is in the page
/// from the start and never changes, so a kept pattern is never stale, while another
/// language's may arrive after a message was written in English for want of it.
#[cfg(target_arch = "wasm32")]
mod english {
    use refresh_request_core::message::Arg;
    use std::cell::RefCell;

    /// More messages than the page and its checks have; past it, all are forgotten at once.
    const MOST: usize = 512;
    /// Choices kept per message (numbers a reader typed, such as a year, make new ones).
    const MOST_CHOICES: usize = 16;
    /// A text selected on this long is someone's paste: written each time, not kept.
    const LONGEST_CHOICE: usize = 256;
    /// Fluent's runtime writing the message with these variables.
    pub type Runtime<'a> = dyn Fn(&[(&'static str, Arg)]) -> Option<String> + 'a;

    /// The mark of the `i`th variable: a private-use character of plane 15, which the runtime
    /// answers no pattern for when the catalog's own text has one (`selects`).
    const FIRST_MARK: u32 = 0xF0000;

    /// A message as the runtime wrote it for one choice: the variables it was given (the text
    /// variables it does not select on marked) and its text with the marks, found once so that
    /// a message is put together without reading its text again.
    struct Written {
        given: Vec<(&'static str, Arg)>,
        text: String,
        /// Where its marks are: their byte offsets in `text`, and whose they are.
        marks: Vec<(usize, usize)>,
    }

    /// One message: the variables its pattern selects on (space-separated), and the choices
    /// written so far.
    struct Shape {
        selects: String,
        written: Vec<Written>,
    }

    /// What the page knows of an English message.
    enum Known {
        Shape(Shape),
        /// A pattern with more than text, variables and selections on them: written each time.
        Other,
        /// Not in English (a holiday's name, which reads as the data has it): no text.
        Absent,
    }

    thread_local! {
        // Sorted by id: a vector rather than a map, whose code the page has for no other type.
        static KNOWN: RefCell<Vec<(String, Known)>> = const { RefCell::new(Vec::new()) };
    }

    fn is_mark(c: char) -> bool {
        u32::from(c) >= FIRST_MARK
    }

    /// Whether `text` is a mark (a text selected on never holds one: `write`).
    fn marks(text: &str) -> bool {
        text.chars().next().is_some_and(is_mark)
    }

    impl Shape {
        /// The message for `args` from a choice written before: the same variables in the same
        /// order, each marked one a text again, the others equal.
        fn text(&self, args: &[(&'static str, Arg)]) -> Option<String> {
            let written = self.written.iter().find(|w| {
                w.given.len() == args.len()
                    && w.given.iter().zip(args).all(|(kept, arg)| {
                        kept.0 == arg.0
                            && match (&kept.1, &arg.1) {
                                (Arg::Text(mark), Arg::Text(_)) if marks(mark) => true,
                                (kept, arg) => kept == arg,
                            }
                    })
            })?;
            fill(written, args)
        }

        /// The message for `args`, written by `runtime` with the text variables the pattern
        /// does not select on marked, and kept. A number is given as it is: the runtime
        /// selects by its plural and writes its digits.
        fn write(&mut self, args: &[(&'static str, Arg)], runtime: &Runtime) -> Option<String> {
            let mut given = Vec::with_capacity(args.len());
            for (i, (name, arg)) in args.iter().enumerate() {
                let arg = match arg {
                    Arg::Text(_) if !self.selects.split(' ').any(|s| s == *name) => {
                        let mark = u32::try_from(i)
                            .ok()
                            .and_then(|i| char::from_u32(FIRST_MARK + i));
                        Arg::Text(mark?.to_string())
                    }
                    Arg::Text(value)
                        if value.len() > LONGEST_CHOICE || value.chars().any(is_mark) =>
                    {
                        return runtime(args);
                    }
                    _ => arg.clone(),
                };
                given.push((*name, arg));
            }
            let text = runtime(&given)?;
            let marks = text
                .char_indices()
                .filter(|(_, c)| is_mark(*c))
                .map(|(at, c)| (at, (u32::from(c) - FIRST_MARK) as usize))
                .collect();
            let written = Written { given, text, marks };
            let filled = fill(&written, args)?;
            if self.written.len() >= MOST_CHOICES {
                self.written.clear();
            }
            self.written.push(written);
            Some(filled)
        }
    }

    /// The written text with each mark replaced by its variable's value.
    fn fill(written: &Written, args: &[(&'static str, Arg)]) -> Option<String> {
        let text = &written.text;
        let mut filled = String::with_capacity(text.len() + 64);
        let mut from = 0;
        for &(at, i) in &written.marks {
            let (_, Arg::Text(value)) = args.get(i)? else {
                return None;
            };
            filled.push_str(text.get(from..at)?);
            filled.push_str(value);
            // Every mark is a character of four bytes in UTF-8 (planes 15 and 16).
            from = at + 4;
        }
        filled.push_str(text.get(from..)?);
        Some(filled)
    }

    thread_local! {
        // Labels as English sentences put them: a policy has a few, a page a few policies.
        static LABELS: RefCell<Vec<(String, String)>> = const { RefCell::new(Vec::new()) };
    }

    /// Labels kept: more than the page's policies have; past it, all are forgotten at once.
    const MOST_LABELS: usize = 64;

    /// `label` as the core puts it in an English sentence, written once per label.
    pub fn label_in_sentence(label: &str) -> String {
        LABELS.with(|labels| {
            let mut labels = labels.borrow_mut();
            if let Some((_, said)) = labels.iter().find(|(given, _)| given == label) {
                return said.clone();
            }
            let said = refresh_request_core::label::in_sentence(label);
            if labels.len() >= MOST_LABELS {
                labels.clear();
            }
            labels.push((label.to_owned(), said.clone()));
            said
        })
    }

    /// Message `id` with `args`, `runtime` writing it where needed; `None` when English has no
    /// text. The runtime says once per id what the message's pattern selects on; while the
    /// runtime is not on the page, nothing is kept.
    pub fn written(id: &str, args: &[(&'static str, Arg)], runtime: &Runtime) -> Option<String> {
        KNOWN.with(|known| {
            let mut known = known.borrow_mut();
            let at = match known.binary_search_by(|(k, _)| k.as_str().cmp(id)) {
                Ok(at) => {
                    return match &mut known[at].1 {
                        Known::Shape(shape) => {
                            shape.text(args).or_else(|| shape.write(args, runtime))
                        }
                        Known::Other => runtime(args),
                        Known::Absent => None,
                    };
                }
                Err(at) => at,
            };
            let Ok(selects) = super::js_selects(id) else {
                return runtime(args);
            };
            let mut new = match selects.as_string() {
                Some(selects) => Known::Shape(Shape {
                    selects,
                    written: Vec::new(),
                }),
                None if selects.is_null() => Known::Absent,
                None => Known::Other,
            };
            let text = match &mut new {
                Known::Shape(shape) => shape.write(args, runtime),
                Known::Other => runtime(args),
                Known::Absent => None,
            };
            if known.len() >= MOST {
                known.clear();
                known.push((id.to_string(), new));
                return text;
            }
            known.insert(at, (id.to_string(), new));
            text
        })
    }
}

/// The English weekday names, Monday first: the core's format, and the calendar's
/// before `Intl` is asked.
const ENGLISH_WEEKDAYS: [(&str, &str); 7] = [
    ("Mon", "Monday"),
    ("Tue", "Tuesday"),
    ("Wed", "Wednesday"),
    ("Thu", "Thursday"),
    ("Fri", "Friday"),
    ("Sat", "Saturday"),
    ("Sun", "Sunday"),
];

const DATE: &[(&str, &str)] = &[
    ("weekday", "short"),
    ("day", "numeric"),
    ("month", "short"),
    ("year", "numeric"),
];
const DATE_TIME: &[(&str, &str)] = &[
    ("weekday", "short"),
    ("day", "numeric"),
    ("month", "short"),
    ("year", "numeric"),
    ("hour", "2-digit"),
    ("minute", "2-digit"),
    ("hourCycle", "h23"),
];
const DAY_MONTH: &[(&str, &str)] = &[("day", "numeric"), ("month", "short")];
const WEEKDAY_SHORT: &[(&str, &str)] = &[("weekday", "short")];
const WEEKDAY_LONG: &[(&str, &str)] = &[("weekday", "long")];

fn midnight(date: NaiveDate) -> NaiveDateTime {
    date.and_time(chrono::NaiveTime::MIN)
}

/// `at` by the browser's `Intl.DateTimeFormat` in `tag` with `options`, in UTC.
#[cfg(target_arch = "wasm32")]
fn intl_format(tag: &str, at: NaiveDateTime, options: &[(&str, &str)]) -> Option<String> {
    let millis = at.and_utc().timestamp_millis() as f64;
    let date = js_sys::Date::new(&JsValue::from_f64(millis));
    let object = js_sys::Object::new();
    js_sys::Reflect::set(&object, &"timeZone".into(), &"UTC".into()).ok()?;
    for (key, value) in options {
        js_sys::Reflect::set(&object, &(*key).into(), &(*value).into()).ok()?;
    }
    let text: String = date.to_locale_string(tag, &object).into();
    (!text.is_empty() && text != "Invalid Date").then_some(text)
}

/// `of`'s name in language `tag`, by the browser's `Intl.DisplayNames`.
#[cfg(target_arch = "wasm32")]
fn display_name(tag: &str, of: &str) -> Option<String> {
    let intl = js_sys::Reflect::get(&js_sys::global(), &"Intl".into()).ok()?;
    let names: js_sys::Function = js_sys::Reflect::get(&intl, &"DisplayNames".into())
        .ok()?
        .dyn_into()
        .ok()?;
    let options = js_sys::Object::new();
    js_sys::Reflect::set(&options, &"type".into(), &"language".into()).ok()?;
    let locales = js_sys::Array::of1(&tag.into());
    let names = js_sys::Reflect::construct(&names, &js_sys::Array::of2(&locales, &options)).ok()?;
    let name_of: js_sys::Function = js_sys::Reflect::get(&names, &"of".into())
        .ok()?
        .dyn_into()
        .ok()?;
    name_of.call1(&names, &of.into()).ok()?.as_string()
}

#[cfg(not(target_arch = "wasm32"))]
fn display_name(_tag: &str, _of: &str) -> Option<String> {
    None
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

/// Whether the runtime is on the page (`window.__refreshRequestI18n`).
pub fn runtime_is_here() -> bool {
    web_sys::window()
        .and_then(|w| js_sys::Reflect::get(&w, &JsValue::from_str("__refreshRequestI18n")).ok())
        .is_some_and(|r| r.is_object())
}

/// Resolves once the runtime is on the page: at once when it is; else when it says it has
/// arrived (the page loads it beside its own module, and either may run first).
pub async fn runtime() {
    if runtime_is_here() {
        return;
    }
    let arrived = js_sys::Promise::new(&mut |resolve, _| {
        if let Some(window) = web_sys::window() {
            let options = web_sys::AddEventListenerOptions::new();
            options.set_once(true);
            let _ = window.add_event_listener_with_callback_and_add_event_listener_options(
                "refresh-request-i18n",
                &resolve,
                &options,
            );
        }
    });
    let _ = wasm_bindgen_futures::JsFuture::from(arrived).await;
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

/// The reader chose `lang` from the page's menu: remembered, and the page opened again in
/// it (`?lang=` in its address, the reader's other parameters kept).
pub fn switch_to(lang: Lang) {
    remember(lang);
    let Some(location) = web_sys::window().map(|w| w.location()) else {
        return;
    };
    let search = location.search().unwrap_or_default();
    let mut kept: Vec<&str> = search
        .trim_start_matches('?')
        .split('&')
        .filter(|pair| !pair.is_empty() && pair.split('=').next() != Some("lang"))
        .collect();
    let ours = format!("lang={}", lang.tag());
    kept.push(&ours);
    let _ = location.set_search(&kept.join("&"));
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
/// page's), formatted by the core's Fluent formatter, which the page's wasm never carries.
#[cfg(not(target_arch = "wasm32"))]
mod native {
    use refresh_request_core::lang::Lang;
    use refresh_request_core::message::{Arg, Fluent, Messages};
    use std::sync::OnceLock;

    pub fn format(id: &str, args: &[(&'static str, Arg)]) -> String {
        static ENGLISH: OnceLock<Fluent> = OnceLock::new();
        ENGLISH
            .get_or_init(|| {
                Fluent::from_sources(
                    Lang::En,
                    &[
                        include_str!("../crates/core/locales/en.ftl"),
                        include_str!("../locales/en.ftl"),
                    ],
                )
            })
            .format(id, args)
    }
}
