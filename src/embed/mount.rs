//! The browser half of embedding: finds the host page's elements, gives
//! each a shadow root with the form's styles, reads its policy (inline, by
//! URL or by name) and mounts a form or the policy's problems. Never panics
//! on what the browser returns.

use super::{
    catalog_with, error_text, foreign_url, heading_level, ticket_detail, unknown_policy,
    unloadable, LoadFailure, PolicyErrorView, PolicySource, Retry, Theme, CHANGE_EVENT,
    COMPACT_ATTR, HEADING_LEVEL_ATTR, HOST_SELECTOR, INLINE_POLICY_SELECTOR, MARKER, MOUNTED_ATTR,
    POLICY_ATTR, POLICY_URL_ATTR, POLICY_URL_TIMEOUT_SECS, ROOT_CLASS, THEME_ATTR, TICKET_EVENT,
    WITHDRAWN_EVENT,
};
use crate::i18n::Texts;
use crate::FormEvent;
use js_sys::{Object, Reflect};
use leptos::prelude::*;
use refresh_request_core::catalog::Catalog;
use refresh_request_core::policy::{Policy, PolicyError};
use std::cell::{Cell, RefCell};
use std::rc::Rc;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;
use web_sys::{Element, HtmlElement, ShadowRoot};

/// The embedding's own styles: the host element and the root, the loading
/// line and the policy error.
const EMBED_CSS: &str = include_str!("../../style/embed.css");

/// A `data-policy-url` being fetched, or its outcome (each URL is fetched once; one that did
/// not load is forgotten, so that trying again fetches it again).
enum Fetch {
    Waiting(Vec<Place>),
    Done(Box<Result<Policy, PolicyError>>),
}

/// What fetching a policy URL gave: its text, or why there is none.
type Fetched = Result<String, LoadFailure>;

thread_local! {
    /// By absolute URL (a page names a handful at most: a list is enough).
    static FETCHES: RefCell<Vec<(String, Fetch)>> = const { RefCell::new(Vec::new()) };
    /// The shared stylesheet (built once), or `None` where constructable
    /// stylesheets are missing (each root then gets a `<style>`).
    static SHEET: RefCell<Option<Option<web_sys::CssStyleSheet>>> = const { RefCell::new(None) };
    static STARTED: Cell<bool> = const { Cell::new(false) };
    /// The forms (and policy problems) on the page, each with its element.
    static MOUNTED: RefCell<Vec<Mounted>> = const { RefCell::new(Vec::new()) };
}

fn marker() -> Option<JsValue> {
    let window = web_sys::window()?;
    Reflect::get(&window, &JsValue::from_str(MARKER))
        .ok()
        .filter(|v| v.is_object())
}

/// The app's CSS that `embed.js` carries (already scoped to the root).
fn app_css() -> String {
    marker()
        .and_then(|m| Reflect::get(&m, &JsValue::from_str("css")).ok())
        .and_then(|css| css.as_string())
        .unwrap_or_default()
}

/// The embedding's own styles (`style/embed.css`), then the app's.
fn all_css() -> String {
    format!("{EMBED_CSS}\n{}", app_css())
}

fn shared_sheet() -> Option<web_sys::CssStyleSheet> {
    SHEET.with(|s| {
        s.borrow_mut()
            .get_or_insert_with(|| {
                let sheet = web_sys::CssStyleSheet::new().ok()?;
                sheet.replace_sync(&all_css()).ok()?;
                Some(sheet)
            })
            .clone()
    })
}

/// Styles a shadow root: the shared constructable stylesheet (which a
/// CSP `style-src` does not block), else a `<style>` element.
fn style(root: &ShadowRoot) {
    // Checked before use: setting it where it is unsupported would only
    // add a plain property.
    let supported = Reflect::has(root, &JsValue::from_str("adoptedStyleSheets")).unwrap_or(false);
    if supported {
        if let Some(sheet) = shared_sheet() {
            root.set_adopted_style_sheets(&js_sys::Array::of1(&sheet));
            return;
        }
    }
    let document = document();
    if let Ok(el) = document.create_element("style") {
        el.set_text_content(Some(&all_css()));
        let _ = root.append_child(&el);
    }
}

/// A form or a policy's problems, mounted in `host`.
struct Mounted {
    host: Element,
    /// A form's policy and its number among the forms of that policy on the
    /// page, which names its draft; `None` for a policy's problems.
    draft: Option<(Option<String>, u32)>,
    /// Dropped when `host` leaves the page, which stops the form.
    _view: Box<dyn std::any::Any>,
}

/// Takes off the forms whose elements have left the page (a portal that
/// replaces its views), so that they stop and free their draft's number: a
/// form put in their place reads their draft. The element is marked as
/// empty again, in case it is put back.
fn release_removed() {
    let gone: Vec<Mounted> = MOUNTED.with(|m| {
        let mut m = m.borrow_mut();
        let (gone, kept) = std::mem::take(&mut *m)
            .into_iter()
            .partition(|x| !x.host.is_connected());
        *m = kept;
        gone
    });
    for form in gone {
        let _ = form.host.remove_attribute(MOUNTED_ATTR);
        // Dropped here, outside the borrow: a form saves its draft as it stops.
        drop(form);
    }
}

/// Mounts every form now, or once the page has been parsed (so inline
/// policies inside the elements are complete), then watches for elements
/// added later (help centers that render articles in the browser).
pub fn start() {
    if STARTED.with(|s| s.replace(true)) {
        return;
    }
    let document = document();
    if document.ready_state() == "loading" {
        // DOMContentLoaded fires once: no `{once: true}` needed (one
        // import fewer in the glue).
        let once = Closure::once_into_js(begin);
        let _ = document.add_event_listener_with_callback("DOMContentLoaded", once.unchecked_ref());
    } else {
        begin();
    }
}

fn begin() {
    scan();
    let observer = Closure::<dyn Fn()>::new(scan);
    if let Ok(mo) = web_sys::MutationObserver::new(observer.as_ref().unchecked_ref()) {
        let options = options(&[("childList", &JsValue::TRUE), ("subtree", &JsValue::TRUE)]);
        if let Some(root) = document().document_element() {
            let _ = mo.observe_with_options(&root, options.unchecked_ref());
        }
    }
    observer.forget();
}

/// Takes off the forms whose elements left the page, and mounts a form
/// into every element that has none yet.
fn scan() {
    release_removed();
    let Ok(found) = document().query_selector_all(HOST_SELECTOR) else {
        return;
    };
    for i in 0..found.length() {
        if let Some(el) = found.item(i).and_then(|n| n.dyn_into::<Element>().ok()) {
            if !el.has_attribute(MOUNTED_ATTR) {
                let _ = el.set_attribute(MOUNTED_ATTR, "");
                mount_into(&el);
            }
        }
    }
}

fn attr(el: &Element, name: &str) -> Option<String> {
    el.get_attribute(name)
}

/// What a host element asks of its form besides the policy.
#[derive(Clone, Copy)]
struct Fit {
    /// The title's heading level (`data-heading-level`).
    heading_level: u8,
    /// Its colour scheme (`data-theme`).
    theme: Theme,
    /// No title or introduction: the host page has them ([`COMPACT_ATTR`]).
    compact: bool,
}

impl Fit {
    /// Reads the element's attributes; a value that cannot be used is a console warning,
    /// and the default is used (the form still works).
    fn read(host: &Element) -> Self {
        let (heading_level, bad_level) = heading_level(attr(host, HEADING_LEVEL_ATTR).as_deref());
        let (theme, bad_theme) = Theme::read(attr(host, THEME_ATTR).as_deref());
        for p in [bad_level, bad_theme].into_iter().flatten() {
            leptos::logging::warn!(
                "refresh-request: {}: expected {}, found {}; using the default",
                p.path,
                p.expected,
                p.found
            );
        }
        Fit {
            heading_level,
            theme,
            compact: host.has_attribute(COMPACT_ATTR),
        }
    }
}

/// The element the app goes in: a `div` in a new shadow root of `host`
/// (or of a new child `div`, when `host` cannot have one: a `<td>`, or
/// an element that already has a shadow root), with the `data-theme` the
/// scoped CSS reads.
fn container(host: &Element, theme: Theme) -> Option<HtmlElement> {
    let document = document();
    let init = web_sys::ShadowRootInit::new(web_sys::ShadowRootMode::Open);
    // An element put back after its form was taken off keeps the shadow root
    // it had (one cannot be attached twice): the new form goes in it.
    let reused = host
        .shadow_root()
        .filter(crate::app::dom::is_form_shadow_root);
    let root = match reused.map_or_else(|| host.attach_shadow(&init), Ok) {
        Ok(root) => {
            root.set_inner_html("");
            root
        }
        Err(_) => {
            let inner = document.create_element("div").ok()?;
            host.append_child(&inner).ok()?;
            inner.attach_shadow(&init).ok()?
        }
    };
    style(&root);
    crate::app::dom::add_shadow_root(root.clone());
    let div = document
        .create_element("div")
        .ok()?
        .dyn_into::<HtmlElement>()
        .ok()?;
    div.set_class_name(ROOT_CLASS);
    if let Some(theme) = theme.attribute() {
        let _ = div.set_attribute(THEME_ATTR, theme);
    }
    root.append_child(&div).ok()?;
    // The root's font size is `medium`: the reader's default, whatever the host's.
    let default_size = window()
        .get_computed_style(&div)
        .ok()
        .flatten()
        .and_then(|style| style.get_property_value("font-size").ok())
        .filter(|size| size.ends_with("px"));
    if let Some(size) = default_size {
        let _ = div.style().set_property("--rr-rem", &size);
    }
    Some(div)
}

fn mount_into(host: &Element) {
    let inline = host
        .query_selector(INLINE_POLICY_SELECTOR)
        .ok()
        .flatten()
        .map(|s| s.text_content().unwrap_or_default());
    let source = PolicySource::choose(inline, attr(host, POLICY_URL_ATTR), attr(host, POLICY_ATTR));
    let fit = Fit::read(host);
    let Some(div) = container(host, fit.theme) else {
        leptos::logging::warn!(
            "refresh-request: could not make a place for the form in this element"
        );
        return;
    };
    let place = Place {
        div,
        host: host.clone(),
        fit,
    };
    match &source {
        PolicySource::Default => mount_app(place, Catalog::default(), None),
        PolicySource::Named(id) => {
            // The policies the page knows: the built-ins and any custom
            // ones its other forms brought.
            let known = crate::js_api::with_catalog(|c| c.get(id).is_some().then(|| c.clone()));
            match known {
                Some(catalog) => mount_app(place, catalog, Some(id.clone())),
                None => {
                    let id = id.clone();
                    mount_error_view(
                        place,
                        source.clone(),
                        move |t| crate::js_api::with_catalog(|c| unknown_policy(&id, c, t)),
                        None,
                    );
                }
            }
        }
        PolicySource::Inline(json) => {
            finish(place, &source, Policy::from_json(json));
        }
        PolicySource::Url(url) => load(place, url),
    }
}

/// Where a form goes: the element in its shadow root, the host page's element (its
/// events are dispatched there) and what the element asked for.
#[derive(Clone)]
struct Place {
    div: HtmlElement,
    host: Element,
    fit: Fit,
}

/// Tells the host page what the customer does: a `CustomEvent` on the host element,
/// bubbling and composed (so a listener on the page's `document` hears it, even when the
/// element sits in a shadow root of the page's own), whose `detail` is plain JSON data.
fn events_for(host: Element) -> crate::Events {
    Rc::new(move |event: FormEvent<'_>| {
        let (name, detail) = match event {
            FormEvent::Changed(report) => (CHANGE_EVENT, Some(report.to_json())),
            FormEvent::TicketCreated(policy, checked) => (
                TICKET_EVENT,
                ticket_detail(policy, checked, crate::i18n::DESK),
            ),
            FormEvent::TicketWithdrawn(why) => (
                WITHDRAWN_EVENT,
                Some(serde_json::json!({ "reason": why.name() }).to_string()),
            ),
        };
        let Some(detail) = detail.and_then(|json| js_sys::JSON::parse(&json).ok()) else {
            return;
        };
        let init = web_sys::CustomEventInit::new();
        init.set_bubbles(true);
        init.set_composed(true);
        init.set_detail(&detail);
        if let Ok(event) = web_sys::CustomEvent::new_with_event_init_dict(name, &init) {
            // A listener's exception is reported by the browser, not returned here.
            let _ = host.dispatch_event(&event);
        }
    })
}

fn mount_app(place: Place, catalog: Catalog, policy: Option<String>) {
    in_form_language(place, move |place, t| {
        mount_app_in(place, catalog, policy, t.lang())
    });
}

/// Runs `then` with the form's language (its host's `lang`), set on the form's element: at
/// once when its catalog is here, else once it has been fetched from embed.js's own site, so
/// what is drawn is drawn once, in it (English if the catalog cannot be had).
fn in_form_language(place: Place, then: impl FnOnce(Place, Texts) + 'static) {
    let lang = crate::i18n::host_language(&place.host);
    let set = |place: &Place, lang: refresh_request_core::lang::Lang| {
        let _ = place.div.set_attribute("lang", lang.tag());
        let _ = place.div.set_attribute("dir", crate::i18n::direction(lang));
    };
    set(&place, lang);
    if crate::i18n::is_here(lang) {
        then(place, Texts(lang));
    } else {
        wasm_bindgen_futures::spawn_local(async move {
            let lang = crate::i18n::ready(lang).await;
            set(&place, lang);
            then(place, Texts(lang));
        });
    }
}

fn mount_app_in(
    place: Place,
    catalog: Catalog,
    policy: Option<String>,
    lang: refresh_request_core::lang::Lang,
) {
    let Place { div, host, fit } = place;
    // The lowest number no form of this policy on the page has: in page
    // order (URL policies finish in the order their elements were found),
    // and a form in the place of one taken off gets its number, and so its draft.
    let instance = MOUNTED.with(|m| {
        let m = m.borrow();
        let taken = |n: u32| {
            m.iter()
                .any(|x| matches!(&x.draft, Some((p, k)) if *p == policy && *k == n))
        };
        (0..).find(|&n| !taken(n)).unwrap_or(0)
    });
    let form = crate::mount_form(
        Some(div),
        crate::FormOptions {
            catalog: Some(catalog),
            policy: policy.clone(),
            embedded: true,
            instance,
            heading_level: Some(fit.heading_level),
            events: Some(events_for(host.clone())),
            compact: fit.compact,
            lang: Some(lang),
        },
    );
    if let Some(form) = form {
        remember(host, Some((policy, instance)), Box::new(form));
    }
}

fn remember(host: Element, draft: Option<(Option<String>, u32)>, view: Box<dyn std::any::Any>) {
    MOUNTED.with(|m| {
        m.borrow_mut().push(Mounted {
            host,
            draft,
            _view: view,
        })
    });
}

fn mount_error(place: Place, source: &PolicySource, err: &PolicyError) {
    let err = err.clone();
    mount_error_view(place, source.clone(), move |_| err, None);
}

/// Shows the error `err` makes in the form's language in place of the form.
fn mount_error_view(
    place: Place,
    source: PolicySource,
    err: impl FnOnce(Texts) -> PolicyError + 'static,
    retry: Option<Retry>,
) {
    in_form_language(place, move |place, t| {
        let err = err(t);
        leptos::logging::warn!("refresh-request: {err}");
        let text = error_text(&source, &err, t);
        let level = place.fit.heading_level;
        let view = leptos::mount::mount_to(
            place.div,
            move || view! { <PolicyErrorView text level retry /> },
        );
        remember(place.host, None, Box::new(view));
    });
}

/// A policy URL that did not load: says why, with "Try again" where that can help, which
/// takes the error off and loads the URL again.
fn mount_load_failure(place: Place, url: &str, failure: &LoadFailure) {
    let source = PolicySource::Url(url.to_string());
    let retry: Option<Retry> = failure.worth_retrying().then(|| {
        let (place, url) = (place.clone(), url.to_string());
        Rc::new(move || {
            let (place, url) = (place.clone(), url.clone());
            // After the click's handler has returned: the error's view is dropped here.
            wasm_bindgen_futures::spawn_local(async move {
                let gone = MOUNTED.with(|m| {
                    let mut m = m.borrow_mut();
                    let at = m.iter().position(|x| x.host == place.host)?;
                    Some(m.remove(at))
                });
                drop(gone);
                place.div.set_text_content(None);
                load(place, &url);
            });
        }) as Retry
    });
    let (url, failure) = (url.to_string(), failure.clone());
    mount_error_view(
        place,
        source,
        move |t| unloadable(&url, &failure.found(t), t),
        retry,
    );
}

/// Mounts the form of a custom policy, or its problems.
fn finish(place: Place, source: &PolicySource, policy: Result<Policy, PolicyError>) {
    match policy {
        Ok(policy) => {
            crate::js_api::warn_about(&policy);
            // The JS API knows it too.
            crate::js_api::with_catalog(|c| c.add(policy.clone()));
            mount_app(place, catalog_with(&policy), Some(policy.id));
        }
        Err(err) => mount_error(place, source, &err),
    }
}

/// `url` resolved against the page, if it is on the page's own site; else the page's origin.
fn same_origin(url: &str) -> Result<String, String> {
    let window = window();
    let page_origin = window.location().origin().unwrap_or_default();
    let base = document()
        .base_uri()
        .ok()
        .flatten()
        .or_else(|| window.location().href().ok())
        .unwrap_or_default();
    let resolved = web_sys::Url::new_with_base(url, &base).map_err(|_| page_origin.clone())?;
    if resolved.origin() == page_origin && !page_origin.is_empty() && page_origin != "null" {
        Ok(resolved.href())
    } else {
        Err(page_origin)
    }
}

/// Mounts the form of a policy at a URL: fetched once per URL, however
/// many elements name it.
fn load(place: Place, url: &str) {
    let source = PolicySource::Url(url.to_string());
    let absolute = match same_origin(url) {
        Ok(a) => a,
        Err(origin) => {
            let url = url.to_string();
            return mount_error_view(place, source, move |t| foreign_url(&url, &origin, t), None);
        }
    };
    let _ = place.div.append_child(&loading_line(&place));
    let done = FETCHES.with(|f| {
        let mut fetches = f.borrow_mut();
        match fetches
            .iter_mut()
            .find(|(u, _)| *u == absolute)
            .map(|(_, f)| f)
        {
            Some(Fetch::Done(result)) => Some((**result).clone()),
            Some(Fetch::Waiting(places)) => {
                places.push(place.clone());
                None
            }
            None => {
                fetches.push((absolute.clone(), Fetch::Waiting(vec![place.clone()])));
                let (absolute, url) = (absolute.clone(), url.to_string());
                // Not Leptos's spawn_local: its executor is set up by the first
                // mount, and on a page whose first form has a policy URL nothing
                // has mounted yet (embed.js panicked: "could not start").
                wasm_bindgen_futures::spawn_local(async move {
                    let fetched = fetch_text(&absolute)
                        .await
                        .map(|text| Policy::from_json(&text));
                    let waiting = FETCHES.with(|f| {
                        let mut fetches = f.borrow_mut();
                        let at = fetches.iter().position(|(u, _)| *u == absolute)?;
                        Some(match &fetched {
                            Ok(result) => {
                                let done = Fetch::Done(Box::new(result.clone()));
                                std::mem::replace(&mut fetches[at].1, done)
                            }
                            // Forgotten: the next try fetches it again.
                            Err(_) => fetches.remove(at).1,
                        })
                    });
                    let Some(Fetch::Waiting(places)) = waiting else {
                        return;
                    };
                    let source = PolicySource::Url(url.clone());
                    for place in places {
                        place.div.set_text_content(None);
                        match &fetched {
                            Ok(result) => finish(place, &source, result.clone()),
                            Err(failure) => mount_load_failure(place, &url, failure),
                        }
                    }
                });
                None
            }
        }
    });
    if let Some(result) = done {
        place.div.set_text_content(None);
        finish(place, &source, result);
    }
}

/// "Loading the form…", in the form's language (written once its catalog is here, while
/// the policy is on its way).
fn loading_line(place: &Place) -> web_sys::Node {
    let line: web_sys::Node = match document().create_element("p") {
        Ok(p) => {
            p.set_class_name("rr-embed-loading");
            p.into()
        }
        Err(_) => document().create_text_node("").into(),
    };
    let said = line.clone();
    in_form_language(place.clone(), move |_, t| {
        said.set_text_content(Some(&t.t("loading")))
    });
    line
}

/// A plain options object (`MutationObserverInit`, `RequestInit`):
/// built with `Reflect::set`, which the page imports anyway, rather than
/// web-sys's typed setters, each of which is one more import in the JS
/// glue of every page load.
fn options(entries: &[(&str, &JsValue)]) -> Object {
    let object = Object::new();
    for (key, value) in entries {
        let _ = Reflect::set(&object, &JsValue::from_str(key), value);
    }
    object
}

/// The browser's words for a failure, when it gave some.
fn js_message(e: &JsValue) -> Option<String> {
    e.dyn_ref::<js_sys::Error>()
        .map(|e| String::from(e.message()))
        .or_else(|| e.as_string())
}

/// GETs a same-origin file as text (`mode: same-origin`, so a redirect to
/// another site fails too), the whole of it within [`POLICY_URL_TIMEOUT_SECS`].
async fn fetch_text(url: &str) -> Fetched {
    let controller = web_sys::AbortController::new().ok();
    // Aborts the request (or the reading of its body) at the time limit; dropped, it never fires.
    let _limit = controller.clone().map(|c| {
        gloo_timers::callback::Timeout::new(POLICY_URL_TIMEOUT_SECS * 1000, move || c.abort())
    });
    let signal: JsValue = controller
        .as_ref()
        .map_or(JsValue::UNDEFINED, |c| c.signal().into());
    let timed_out = || controller.as_ref().is_some_and(|c| c.signal().aborted());
    let failed = |e: JsValue| {
        if timed_out() {
            LoadFailure::NoAnswer
        } else {
            LoadFailure::Network(js_message(&e))
        }
    };
    let response = match JsFuture::from(
        window().fetch_with_str_and_init(url, same_origin_get(&signal, "follow").unchecked_ref()),
    )
    .await
    {
        Ok(response) => response,
        Err(e) if timed_out() => return Err(failed(e)),
        Err(e) => return Err(why_not(url, e).await),
    };
    let response = response
        .dyn_into::<web_sys::Response>()
        .map_err(|_| LoadFailure::NotHttp)?;
    if !response.ok() {
        return Err(LoadFailure::Status(
            response.status(),
            response.status_text(),
        ));
    }
    let text = response.text().map_err(failed)?;
    JsFuture::from(text)
        .await
        .map_err(failed)?
        .as_string()
        .ok_or(LoadFailure::NotText)
}

/// The options of a same-origin GET.
fn same_origin_get(signal: &JsValue, redirect: &str) -> Object {
    let same_origin = JsValue::from_str("same-origin");
    options(&[
        ("method", &JsValue::from_str("GET")),
        ("mode", &same_origin),
        ("credentials", &same_origin),
        ("redirect", &JsValue::from_str(redirect)),
        ("signal", signal),
    ])
}

/// Why a same-origin GET failed with no answer: the browser only says "Failed to fetch", so
/// ask once more without following redirects, to tell a redirect to another site (which
/// `same-origin` refuses) from a server that cannot be reached.
async fn why_not(url: &str, error: JsValue) -> LoadFailure {
    let again = window().fetch_with_str_and_init(
        url,
        same_origin_get(&JsValue::UNDEFINED, "manual").unchecked_ref(),
    );
    let kind = JsFuture::from(again)
        .await
        .ok()
        .and_then(|r| Reflect::get(&r, &JsValue::from_str("type")).ok())
        .and_then(|t| t.as_string());
    if kind.as_deref() == Some("opaqueredirect") {
        LoadFailure::RedirectedAway
    } else {
        LoadFailure::Network(js_message(&error))
    }
}
