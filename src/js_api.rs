//! `window.RefreshRequest` (docs/embedding.md): the JavaScript face of [`refresh_request_core::catalog`].
//! Only converts values: every answer comes from the pure core.

use crate::app::clock::now;
use js_sys::{Array, Function, Object, Reflect, JSON};
use refresh_request_core::catalog::{Catalog, Input, Part};
use refresh_request_core::instant::parse;
use refresh_request_core::lang::Lang;
use refresh_request_core::message::Messages;
use refresh_request_core::policy::{unknown_keys, Policy, PolicyError, PolicyWarning};
use std::cell::RefCell;
use wasm_bindgen::prelude::*;

thread_local! {
    /// The policies this page knows; embeds add custom ones here.
    static CATALOG: RefCell<Catalog> = RefCell::new(Catalog::default());
    /// The request keys of the catalog, and the same as a JavaScript array
    /// for `JSON.stringify` (made again when a policy brings keys of its own).
    static KEY_LIST: RefCell<Option<(Vec<String>, Array)>> = const { RefCell::new(None) };
    /// The languages whose texts the catalog's built-ins have been given.
    static BUILTIN_TEXTS: RefCell<Vec<Lang>> = const { RefCell::new(Vec::new()) };
}

/// Gives the catalog's built-ins their texts in `lang` once the page has fetched them
/// (with that language's catalog), so the findings quote a built-in's labels in the
/// language they are written in.
fn add_builtin_texts(lang: Lang) {
    if lang == Lang::En || BUILTIN_TEXTS.with(|l| l.borrow().contains(&lang)) {
        return;
    }
    if crate::i18n::is_here(lang) {
        BUILTIN_TEXTS.with(|l| l.borrow_mut().push(lang));
        with_catalog(|c| crate::i18n::add_builtin_texts(c, lang));
    }
}

/// Runs `f` with the page's catalog.
pub fn with_catalog<T>(f: impl FnOnce(&mut Catalog) -> T) -> T {
    CATALOG.with(|c| f(&mut c.borrow_mut()))
}

/// A request as a script gave it: JSON text, the contract's keys of an
/// object, or nothing.
enum Given {
    Text(String),
    Parts(Vec<(String, Part)>),
    Missing,
}

impl Given {
    fn input(&self) -> Input<'_> {
        match self {
            Given::Text(t) => Input::Text(t),
            Given::Parts(p) => Input::Parts(p),
            Given::Missing => Input::Missing,
        }
    }
}

/// What a value JSON cannot carry is, in a message's words.
fn unreadable(value: &JsValue, error: &JsValue) -> String {
    if value.is_bigint() {
        return "a BigInt".into();
    }
    let message = error
        .dyn_ref::<js_sys::Error>()
        .and_then(|e| e.message().as_string())
        .unwrap_or_default();
    if message.contains("circular") {
        "a value that contains itself".into()
    } else if message.contains("BigInt") {
        "a value holding a BigInt".into()
    } else {
        "a value that cannot be written as JSON".into()
    }
}

/// Reads a request. Of an object, only the keys of the contract
/// (docs/policies.md, "Request JSON") are read, each on its own: an unknown
/// key is ignored without being looked at, so it costs nothing whatever it
/// holds (a cycle, a huge graph), and a value JSON cannot carry is reported
/// on its own key.
fn read_request(request: &JsValue) -> Given {
    if let Some(s) = request.as_string() {
        return Given::Text(s);
    }
    if request.is_undefined() {
        return Given::Missing;
    }
    if !request.is_object() || Array::is_array(request) || request.is_function() {
        // Not an object: the core says what a request should be.
        return Given::Text(
            if Array::is_array(request) {
                "[]"
            } else {
                "null"
            }
            .into(),
        );
    }
    // Most requests are plain data: one JSON.stringify that lists the
    // contract's keys reads only those (unknown keys are never touched) and
    // crosses into JavaScript once. Only when that throws are the keys read
    // one by one, to say which value JSON cannot carry.
    let listed = with_catalog(|c| {
        let keys = c.request_keys();
        KEY_LIST.with(|cached| {
            let mut cached = cached.borrow_mut();
            if cached.as_ref().is_none_or(|(k, _)| k.as_slice() != keys) {
                let list: Array = keys.iter().map(|k| JsValue::from_str(k)).collect();
                *cached = Some((keys.to_vec(), list));
            }
            cached.as_ref().map(|(_, list)| list.clone())
        })
    });
    if let Some(list) = listed {
        if let Some(text) = JSON::stringify_with_replacer(request, &list)
            .ok()
            .and_then(|t| t.as_string())
        {
            return Given::Text(text);
        }
    }
    let mut parts = Vec::new();
    for key in with_catalog(|c| c.request_keys().to_vec()) {
        let part = match Reflect::get(request, &JsValue::from_str(&key)) {
            // A getter (or a proxy) that throws.
            Err(_) => Part::Unreadable("a value that could not be read (reading it failed)".into()),
            Ok(v) if v.is_undefined() => continue,
            Ok(v) => match JSON::stringify(&v) {
                Ok(text) => match text.as_string() {
                    Some(t) => Part::Json(t),
                    // A function or a symbol: JSON leaves it out, and so does the request.
                    None => continue,
                },
                Err(e) => Part::Unreadable(unreadable(&v, &e)),
            },
        };
        parts.push((key, part));
    }
    Given::Parts(parts)
}

/// A policy given as an object or JSON text, as JSON text. The loader reads
/// every key of a policy, so the whole object is written out; one JSON
/// cannot carry (a cycle, a BigInt) becomes text the loader refuses.
fn policy_text(policy: &JsValue) -> String {
    if let Some(s) = policy.as_string() {
        return s;
    }
    JSON::stringify(policy)
        .ok()
        .and_then(|s| s.as_string())
        .unwrap_or_else(|| "not an object".into())
}

/// A policy given as an object or JSON text, read and checked: the same loader
/// as inline and URL policies. Its warnings come with it either way (a policy
/// that is not JSON has none).
fn read_policy(policy: &JsValue) -> (Result<Policy, PolicyError>, Vec<PolicyWarning>) {
    let text = policy_text(policy);
    let result = Policy::from_json(&text);
    let warnings = match &result {
        Ok(p) => p.warnings.clone(),
        Err(_) => serde_json::from_str(&text)
            .map(|doc| unknown_keys(&doc))
            .unwrap_or_default(),
    };
    (result, warnings)
}

/// `checkPolicy`'s answer: `{id, problems: [{path, expected, found}], more, warnings: [{path, message}]}`
/// (`more`: the problems past the listed ones).
fn check_report(result: &Result<Policy, PolicyError>, warnings: &[PolicyWarning]) -> String {
    let (id, problems, more) = match result {
        Ok(p) => (Some(p.id.as_str()), Vec::new(), 0),
        Err(e) => (None, e.problems.clone(), e.more),
    };
    let report = serde_json::json!({
        "id": id,
        "more": more,
        "problems": problems
            .iter()
            .map(|p| serde_json::json!({"path": p.path, "expected": p.expected, "found": p.found}))
            .collect::<Vec<_>>(),
        "warnings": warnings
            .iter()
            .map(|w| serde_json::json!({"path": w.path, "message": w.message}))
            .collect::<Vec<_>>(),
    });
    serde_json::to_string(&report).unwrap_or_default()
}

/// Logs a policy's warnings to the console, in one message: the form works,
/// but its author should know. The core caps the list ("… and N more").
pub fn warn_about(policy: &Policy) {
    if policy.warnings.is_empty() {
        return;
    }
    let lines: Vec<String> = policy.warnings.iter().map(|w| format!("\n- {w}")).collect();
    leptos::logging::warn!(
        "refresh-request: policy “{}” has keys the form does not read:{}",
        policy.id,
        lines.concat()
    );
}

fn json_to_js(json: &str) -> JsValue {
    JSON::parse(json).unwrap_or(JsValue::NULL)
}

fn set(obj: &Object, name: &str, f: &Function) {
    let _ = Reflect::set(obj, &JsValue::from_str(name), f);
}

/// Adds `checkPolicy` to `window.RefreshRequest`: embed.js's only (the
/// playground runs on it), so that the form page's first load does not carry it.
pub fn install_check_policy() {
    let Some(api) = web_sys::window()
        .and_then(|w| Reflect::get(&w, &JsValue::from_str("RefreshRequest")).ok())
        .filter(JsValue::is_object)
    else {
        return;
    };
    // What is wrong, never a throw.
    let check_policy = Closure::<dyn Fn(JsValue) -> JsValue>::new(|policy: JsValue| {
        let (result, warnings) = read_policy(&policy);
        json_to_js(&check_report(&result, &warnings))
    });
    set(
        api.unchecked_ref(),
        "checkPolicy",
        check_policy.as_ref().unchecked_ref(),
    );
    check_policy.forget();
}

/// Adds `checkTicket(text, receivedAt)` to `window.RefreshRequest`: the
/// desk's check of a ticket body or request JSON, with every time rule
/// measured from `receivedAt` (default now). embed.js's only (the desk page
/// runs on it), so that the form page's first load does not carry it.
/// Answers the report object of `refresh-request check --json`, or
/// `{error}` when nothing can be checked; never throws.
pub fn install_check_ticket() {
    let Some(api) = web_sys::window()
        .and_then(|w| Reflect::get(&w, &JsValue::from_str("RefreshRequest")).ok())
        .filter(JsValue::is_object)
    else {
        return;
    };
    let check_ticket =
        Closure::<dyn Fn(JsValue, JsValue) -> JsValue>::new(|text: JsValue, received: JsValue| {
            let text = text.as_string().unwrap_or_default();
            let received_at = match received.as_string().filter(|r| !r.trim().is_empty()) {
                None => now(),
                Some(r) => match parse(&r) {
                    Ok(t) => t,
                    Err(e) => {
                        let desk = &crate::i18n::DESK;
                        let why = e.message(desk);
                        return error_object(
                            &desk.format("api-time-received", &[("problem", why.into())]),
                        );
                    }
                },
            };
            with_catalog(|c| {
                match refresh_request_core::desk::check_in(
                    &text,
                    c,
                    None,
                    received_at,
                    &crate::i18n::DESK,
                    &crate::i18n::messages_of,
                ) {
                    Ok(checked) => json_to_js(&checked.to_json()),
                    Err(why) => error_object(&why.message(&crate::i18n::DESK)),
                }
            })
        });
    set(
        api.unchecked_ref(),
        "checkTicket",
        check_ticket.as_ref().unchecked_ref(),
    );
    check_ticket.forget();
}

/// `{error: message}`.
fn error_object(message: &str) -> JsValue {
    json_to_js(&serde_json::json!({ "error": message }).to_string())
}

/// The language of `{lang: "de"}` (an option of `validate` and `ticket`): the customer's,
/// for the findings; English when none is given, or one the form does not speak. A language
/// whose catalog the page has not loaded is written in English (`loadLanguage` loads one).
fn customer_language(options: &JsValue) -> crate::i18n::Texts {
    // Only an object is asked: reading a key of `undefined` (a call without options) throws
    // inside the engine, and building that error was the largest single cost of a blank form's
    // check.
    let tag = options
        .is_object()
        .then(|| Reflect::get(options, &JsValue::from_str("lang")).ok())
        .flatten()
        .and_then(|l| l.as_string());
    let lang = tag
        .as_deref()
        .and_then(Lang::parse)
        .filter(|lang| crate::i18n::is_here(*lang))
        .unwrap_or(Lang::En);
    add_builtin_texts(lang);
    crate::i18n::Texts(lang)
}

/// `text` lower-cased by the browser (`String.prototype.toLowerCase`: Unicode's default
/// mapping, as std's), for the core's `case::lowercase`.
fn browser_lowercase(text: &str) -> String {
    js_sys::JsString::from(text).to_lower_case().into()
}

/// Installs `window.RefreshRequest` (once; later calls keep the first).
pub fn install() {
    // Before any policy is read: the loader checks a policy's own wording with the runtime.
    crate::i18n::check_policies_with_runtime();
    // Before anything is checked: the core lower-cases non-ASCII text with the browser's
    // mapping, so std's case tables stay out of the wasm.
    refresh_request_core::case::lowercase_with(browser_lowercase);
    let Some(window) = web_sys::window() else {
        return;
    };
    let key = JsValue::from_str("RefreshRequest");
    if Reflect::get(&window, &key).is_ok_and(|v| !v.is_undefined()) {
        return;
    }
    let api = Object::new();

    let validate = Closure::<dyn Fn(JsValue, JsValue) -> JsValue>::new(
        |request: JsValue, options: JsValue| {
            let given = read_request(&request);
            let customer = customer_language(&options);
            let report = with_catalog(|c| c.validate_in(given.input(), now(), &customer));
            json_to_js(&report.to_json())
        },
    );
    set(&api, "validate", validate.as_ref().unchecked_ref());
    validate.forget();

    let ticket = Closure::<dyn Fn(JsValue, JsValue, JsValue) -> Result<JsValue, JsValue>>::new(
        |request: JsValue, format: JsValue, options: JsValue| {
            let given = read_request(&request);
            let format = format.as_string().unwrap_or_default();
            let customer = customer_language(&options);
            with_catalog(|c| {
                c.ticket_in(
                    given.input(),
                    &format,
                    now(),
                    &customer,
                    &crate::i18n::messages_of,
                )
            })
            .map(|body| JsValue::from_str(&body))
            .map_err(|refusal| js_sys::Error::new(&refusal.message(&customer)).into())
        },
    );
    set(&api, "ticket", ticket.as_ref().unchecked_ref());
    ticket.forget();

    let policies = Closure::<dyn Fn() -> JsValue>::new(|| {
        json_to_js(&with_catalog(|c| {
            serde_json::to_string(&c.policies()).unwrap_or_default()
        }))
    });
    set(&api, "policies", policies.as_ref().unchecked_ref());
    policies.forget();

    // A script that wants findings in a language the page has not loaded loads it first.
    let load_language = Closure::<dyn Fn(JsValue) -> js_sys::Promise>::new(|tag: JsValue| {
        let lang = tag.as_string().as_deref().and_then(Lang::parse);
        wasm_bindgen_futures::future_to_promise(async move {
            crate::i18n::runtime().await;
            let loaded = match lang {
                Some(lang) => crate::i18n::ready(lang).await,
                None => Lang::En,
            };
            add_builtin_texts(loaded);
            Ok(JsValue::from_str(loaded.tag()))
        })
    });
    set(&api, "loadLanguage", load_language.as_ref().unchecked_ref());
    load_language.forget();

    let suggest = Closure::<dyn Fn(JsValue) -> JsValue>::new(|request: JsValue| {
        let given = read_request(&request);
        let starts = with_catalog(|c| c.suggest(given.input(), now()));
        starts
            .into_iter()
            .map(|s| JsValue::from_str(&s))
            .collect::<Array>()
            .into()
    });
    set(&api, "suggest", suggest.as_ref().unchecked_ref());
    suggest.forget();

    // Portal scripts add a policy of their own: checked as inline and URL
    // policies are, and then known to every other function.
    let add_policy =
        Closure::<dyn Fn(JsValue) -> Result<JsValue, JsValue>>::new(|policy: JsValue| {
            match Policy::from_json(&policy_text(&policy)) {
                Ok(policy) => {
                    warn_about(&policy);
                    let id = JsValue::from_str(&policy.id);
                    with_catalog(|c| c.add(policy));
                    Ok(id)
                }
                Err(err) => Err(js_sys::Error::new(&err.to_string()).into()),
            }
        });
    set(&api, "addPolicy", add_policy.as_ref().unchecked_ref());
    add_policy.forget();

    let _ = Reflect::set(&window, &key, &api);
}
