//! Embedding (spec §6).
//!
//! - **Embed mode**: `embed.js` (built by `scripts/post-build.mjs` from
//!   `scripts/embed.template.js`) sets `window.__refreshRequestEmbed =
//!   {build, css}` and starts the wasm. [`start`] then mounts one independent
//!   [`App`] into every `[data-refresh-request]` element of the host page
//!   (now, once the page has loaded, and whenever such an element is added
//!   later), each inside its own open Shadow DOM so the host's CSS cannot
//!   break the form and the form's CSS cannot leak out. The policy comes from
//!   an inline `<script type="application/json" data-refresh-policy>` child,
//!   else `data-policy-url` (same origin only, each URL fetched once), else
//!   `data-policy` (a known id), else the default. A policy that cannot be
//!   used is shown in place of the form as a readable list of its problems.
//!
//! iframe mode, where the page itself is framed, lives in [`crate::iframe`].
//!
//! The decisions (which source, what the error says) are plain functions,
//! tested natively; the rest only talks to the browser, and never panics on
//! what it returns.

use refresh_request_core::catalog::Catalog;
use refresh_request_core::policy::{Policy, PolicyError, PolicyProblem};

use leptos::prelude::*;

/// The elements a form is mounted into.
pub const HOST_SELECTOR: &str = "[data-refresh-request]";
/// Set on an element once its form is mounted (so it is mounted only once).
pub const MOUNTED_ATTR: &str = "data-refresh-request-mounted";
/// An inline policy: a direct child of the element.
pub const INLINE_POLICY_SELECTOR: &str = ":scope > script[data-refresh-policy]";
/// The class of the element inside each shadow root that the app is mounted
/// in; `scripts/post-build.mjs` rewrites the app's `:root` / `html` / `body`
/// selectors to it.
pub const ROOT_CLASS: &str = "rr-embed-root";
/// The global `embed.js` sets before the wasm starts.
const MARKER: &str = "__refreshRequestEmbed";

/// Styles of the embedding itself, around the app's own CSS: the host
/// element cannot be hidden or squashed by the host page (inside a shadow
/// root, `!important` on `:host` beats the page's `!important`), and the
/// root element starts from the browser's initial values instead of what the
/// host page's text would pass down.
///
/// The root is also the container the app's width queries ask
/// (`scripts/post-build.mjs` turns them into `@container` queries; a
/// container has no width of its own content, hence a minimum width for hosts
/// that size it to fit, like table cells), and holds `--rr-rem`, the reader's
/// default font size, which the app's `rem` lengths are rewritten to (a host
/// page's `html { font-size: 10px }` would otherwise shrink the form).
const HOST_CSS: &str = ":host{display:block!important;visibility:visible!important;opacity:1!important;\
position:static!important;float:none!important;transform:none!important;filter:none!important;\
clip-path:none!important;mask:none!important;height:auto!important;min-height:0!important;\
max-height:none!important;overflow:visible!important;padding:0!important;border:0!important;\
box-sizing:border-box!important;pointer-events:auto!important;user-select:auto!important;\
max-width:100%;margin:1em 0}\
.rr-embed-root{all:initial;display:block;font-family:system-ui,-apple-system,\"Segoe UI\",Roboto,sans-serif;\
font-size:medium;line-height:1.5;color:CanvasText;text-align:start;--rr-rem:16px;\
container:rr-embed/inline-size;min-width:min(20em,100vw - 2em)}";

/// Styles of the loading line and the policy error (not part of the app).
const MESSAGE_CSS: &str = ".rr-embed-loading{margin:0;padding:1em 0;color:GrayText}\
.rr-embed-error{border:2px solid #b3261e;border-left-width:.5em;border-radius:.25em;\
padding:.75em 1em;background:#fff8f7;color:#1f1f1f;overflow-wrap:anywhere}\
.rr-embed-error h2{font-size:1.125em;line-height:1.3;margin:0 0 .5em}\
.rr-embed-error p{margin:.5em 0}.rr-embed-error ul{margin:.5em 0;padding-left:1.5em}\
.rr-embed-error li{margin:.25em 0}\
.rr-embed-error code{font-family:ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;font-size:.9em;\
background:#0000000f;padding:0 .2em;border-radius:.2em}";

/// Where an element's policy comes from.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum PolicySource {
    /// Nothing named: the form starts with the first built-in policy.
    Default,
    /// A policy this page knows, by id (`data-policy`).
    Named(String),
    /// JSON inside the element.
    Inline(String),
    /// A URL (`data-policy-url`), as written.
    Url(String),
}

impl PolicySource {
    /// Picks the source from what the element has: an inline policy wins,
    /// then `data-policy-url`, then `data-policy`. Blank attributes count as
    /// absent; blank inline JSON is still inline (and reported as empty).
    pub fn choose(inline: Option<String>, url: Option<String>, named: Option<String>) -> Self {
        let given = |v: Option<String>| v.map(|s| s.trim().to_string()).filter(|s| !s.is_empty());
        if let Some(json) = inline {
            PolicySource::Inline(json)
        } else if let Some(url) = given(url) {
            PolicySource::Url(url)
        } else if let Some(id) = given(named) {
            PolicySource::Named(id)
        } else {
            PolicySource::Default
        }
    }

    /// Where the policy was given, for messages.
    pub fn whereabouts(&self) -> String {
        match self {
            PolicySource::Default => "built in".into(),
            PolicySource::Named(_) => "named by data-policy".into(),
            PolicySource::Inline(_) => "given inline in this page".into(),
            PolicySource::Url(url) => format!("loaded from {url}"),
        }
    }
}

/// One problem: (where, expected, found).
pub type Problem = PolicyProblem;

/// The `data-policy` id names no policy the page knows.
pub fn unknown_policy(id: &str, catalog: &Catalog) -> PolicyError {
    let known: Vec<String> = catalog.all().map(|p| p.id.clone()).collect();
    PolicyError {
        policy: id.to_string(),
        problems: vec![Problem {
            path: "data-policy".into(),
            expected: format!("the id of a known policy ({})", known.join(", ")),
            found: format!("\"{}\"", refresh_request_core::instant::excerpt(id)),
        }],
    }
}

/// A `data-policy-url` that is not on the page's own site.
pub fn foreign_url(url: &str, page_origin: &str) -> PolicyError {
    PolicyError {
        policy: url.to_string(),
        problems: vec![Problem {
            path: "data-policy-url".into(),
            expected: format!("a URL on this page's own site ({page_origin})"),
            found: format!("\"{}\"", refresh_request_core::instant::excerpt(url)),
        }],
    }
}

/// A `data-policy-url` that could not be loaded.
pub fn unloadable(url: &str, why: &str) -> PolicyError {
    PolicyError {
        policy: url.to_string(),
        problems: vec![Problem {
            path: "data-policy-url".into(),
            expected: "a policy JSON file this page can load".into(),
            found: why.to_string(),
        }],
    }
}

/// What the error in place of a form says.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ErrorText {
    /// The heading.
    pub title: String,
    /// The sentence before the list.
    pub intro: String,
    /// One line per problem: `(path, "expected …, found …")`.
    pub items: Vec<(String, String)>,
    /// What to do.
    pub hint: String,
}

/// Words for a policy that cannot be used.
pub fn error_text(source: &PolicySource, err: &PolicyError) -> ErrorText {
    let n = err.problems.len();
    let problems = if n == 1 {
        "1 problem".to_string()
    } else {
        format!("{n} problems")
    };
    let intro = match source {
        PolicySource::Url(url) if err.problems.iter().all(|p| p.path == "data-policy-url") => {
            format!("The policy at “{url}” could not be used ({problems}):")
        }
        _ => format!(
            "The policy “{}” ({}) cannot be used: {problems}.",
            err.policy,
            source.whereabouts()
        ),
    };
    ErrorText {
        title: "This form cannot be shown".into(),
        intro,
        items: err
            .problems
            .iter()
            .map(|p| {
                (
                    p.path.clone(),
                    format!("expected {}, found {}", p.expected, p.found),
                )
            })
            .collect(),
        hint:
            "If you run this page: fix the policy (see “Custom policies” in the README) and reload."
                .into(),
    }
}

/// The error shown in place of a form.
#[component]
pub fn PolicyErrorView(
    /// What to say.
    text: ErrorText,
) -> impl IntoView {
    let ErrorText {
        title,
        intro,
        items,
        hint,
    } = text;
    view! {
        <div class="rr-embed-error" role="alert">
            <h2>{title}</h2>
            <p>{intro}</p>
            <ul>
                {items
                    .into_iter()
                    .map(|(path, rest)| view! { <li><code>{path}</code>": "{rest}</li> })
                    .collect_view()}
            </ul>
            <p>{hint}</p>
        </div>
    }
}

/// The catalog of a form with a custom policy: the built-ins plus it (it
/// replaces a built-in of the same id).
pub fn catalog_with(policy: &Policy) -> Catalog {
    let mut catalog = Catalog::default();
    catalog.add(policy.clone());
    catalog
}

pub use browser::{element_by_id, start};

mod browser {
    use super::*;
    use js_sys::{Object, Reflect};
    use std::cell::{Cell, RefCell};
    use wasm_bindgen::prelude::*;
    use wasm_bindgen::JsCast;
    use wasm_bindgen_futures::JsFuture;
    use web_sys::{Element, HtmlElement, ShadowRoot};

    /// A `data-policy-url` being fetched, or its outcome (each URL is fetched once).
    enum Fetch {
        Waiting(Vec<HtmlElement>),
        Done(Box<Result<Policy, PolicyError>>),
    }

    thread_local! {
        /// By absolute URL (a page names a handful at most: a list is enough).
        static FETCHES: RefCell<Vec<(String, Fetch)>> = const { RefCell::new(Vec::new()) };
        /// The shared stylesheet (built once), or `None` where constructable
        /// stylesheets are missing (each root then gets a `<style>`).
        static SHEET: RefCell<Option<Option<web_sys::CssStyleSheet>>> = const { RefCell::new(None) };
        static STARTED: Cell<bool> = const { Cell::new(false) };
        /// Every shadow root a form was mounted in.
        static ROOTS: RefCell<Vec<ShadowRoot>> = const { RefCell::new(Vec::new()) };
        /// How many forms of each policy were mounted (keeps their drafts apart).
        static MOUNTED: RefCell<Vec<(Option<String>, u32)>> = const { RefCell::new(Vec::new()) };
    }

    /// An element by id in the page or in any form's shadow root (ids inside
    /// a shadow root are invisible to `document.getElementById`). The app's
    /// ids are unique per form, so the first match is the one.
    pub fn element_by_id(id: &str) -> Option<Element> {
        document().get_element_by_id(id).or_else(|| {
            ROOTS.with(|roots| {
                roots
                    .borrow()
                    .iter()
                    .find_map(|root| root.get_element_by_id(id))
            })
        })
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

    fn all_css() -> String {
        format!("{HOST_CSS}\n{}\n{MESSAGE_CSS}", app_css())
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
        let supported =
            Reflect::has(root, &JsValue::from_str("adoptedStyleSheets")).unwrap_or(false);
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
            let _ =
                document.add_event_listener_with_callback("DOMContentLoaded", once.unchecked_ref());
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

    /// Mounts a form into every element that has none yet.
    fn scan() {
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

    /// The element the app goes in: a `div` in a new shadow root of `host`
    /// (or of a new child `div`, when `host` cannot have one: a `<td>`, or
    /// an element that already has a shadow root).
    fn container(host: &Element) -> Option<HtmlElement> {
        let document = document();
        let init = web_sys::ShadowRootInit::new(web_sys::ShadowRootMode::Open);
        let root = match host.attach_shadow(&init) {
            Ok(root) => root,
            Err(_) => {
                let inner = document.create_element("div").ok()?;
                host.append_child(&inner).ok()?;
                inner.attach_shadow(&init).ok()?
            }
        };
        style(&root);
        ROOTS.with(|roots| roots.borrow_mut().push(root.clone()));
        let div = document
            .create_element("div")
            .ok()?
            .dyn_into::<HtmlElement>()
            .ok()?;
        div.set_class_name(ROOT_CLASS);
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
        let source = PolicySource::choose(
            inline,
            attr(host, "data-policy-url"),
            attr(host, "data-policy"),
        );
        let Some(div) = container(host) else {
            leptos::logging::warn!(
                "refresh-request: could not make a place for the form in this element"
            );
            return;
        };
        match &source {
            PolicySource::Default => mount_app(div, Catalog::default(), None),
            PolicySource::Named(id) => {
                // The policies the page knows: the built-ins and any custom
                // ones its other forms brought.
                let known = crate::js_api::with_catalog(|c| c.get(id).is_some().then(|| c.clone()));
                match known {
                    Some(catalog) => mount_app(div, catalog, Some(id.clone())),
                    None => {
                        let err = crate::js_api::with_catalog(|c| unknown_policy(id, c));
                        mount_error(div, &source, &err);
                    }
                }
            }
            PolicySource::Inline(json) => {
                finish(div, &source, Policy::from_json(json));
            }
            PolicySource::Url(url) => load(div, url),
        }
    }

    fn mount_app(div: HtmlElement, catalog: Catalog, policy: Option<String>) {
        // The n-th form with this policy on the page, in page order (URL
        // policies finish in the order their elements were found).
        let instance = MOUNTED.with(|m| {
            let mut m = m.borrow_mut();
            match m.iter_mut().find(|(p, _)| *p == policy) {
                Some((_, n)) => {
                    *n += 1;
                    *n - 1
                }
                None => {
                    m.push((policy.clone(), 1));
                    0
                }
            }
        });
        crate::mount_form(
            Some(div),
            crate::FormOptions {
                catalog: Some(catalog),
                policy,
                embedded: true,
                instance,
            },
        );
    }

    fn mount_error(div: HtmlElement, source: &PolicySource, err: &PolicyError) {
        leptos::logging::warn!("refresh-request: {err}");
        let text = error_text(source, err);
        leptos::mount::mount_to(div, move || view! { <PolicyErrorView text=text/> }).forget();
    }

    /// Mounts the form of a custom policy, or its problems.
    fn finish(div: HtmlElement, source: &PolicySource, policy: Result<Policy, PolicyError>) {
        match policy {
            Ok(policy) => {
                // The JS API knows it too.
                crate::js_api::with_catalog(|c| c.add(policy.clone()));
                mount_app(div, catalog_with(&policy), Some(policy.id));
            }
            Err(err) => mount_error(div, source, &err),
        }
    }

    /// `url` resolved against the page, if it is on the page's own site.
    fn same_origin(url: &str) -> Result<String, PolicyError> {
        let window = window();
        let page_origin = window.location().origin().unwrap_or_default();
        let base = document()
            .base_uri()
            .ok()
            .flatten()
            .or_else(|| window.location().href().ok())
            .unwrap_or_default();
        let resolved =
            web_sys::Url::new_with_base(url, &base).map_err(|_| unloadable(url, "not a URL"))?;
        if resolved.origin() == page_origin && !page_origin.is_empty() && page_origin != "null" {
            Ok(resolved.href())
        } else {
            Err(foreign_url(url, &page_origin))
        }
    }

    /// Mounts the form of a policy at a URL: fetched once per URL, however
    /// many elements name it.
    fn load(div: HtmlElement, url: &str) {
        let source = PolicySource::Url(url.to_string());
        let absolute = match same_origin(url) {
            Ok(a) => a,
            Err(err) => return mount_error(div, &source, &err),
        };
        let _ = div.append_child(&loading_line());
        let done = FETCHES.with(|f| {
            let mut fetches = f.borrow_mut();
            match fetches
                .iter_mut()
                .find(|(u, _)| *u == absolute)
                .map(|(_, f)| f)
            {
                Some(Fetch::Done(result)) => Some((**result).clone()),
                Some(Fetch::Waiting(divs)) => {
                    divs.push(div.clone());
                    None
                }
                None => {
                    fetches.push((absolute.clone(), Fetch::Waiting(vec![div.clone()])));
                    let (absolute, url) = (absolute.clone(), url.to_string());
                    leptos::task::spawn_local(async move {
                        let result = match fetch_text(&absolute).await {
                            Ok(text) => Policy::from_json(&text),
                            Err(why) => Err(unloadable(&url, &why)),
                        };
                        let waiting = FETCHES.with(|f| {
                            let mut fetches = f.borrow_mut();
                            let entry = fetches.iter_mut().find(|(u, _)| *u == absolute)?;
                            let done = Fetch::Done(Box::new(result.clone()));
                            Some(std::mem::replace(&mut entry.1, done))
                        });
                        if let Some(Fetch::Waiting(divs)) = waiting {
                            for div in divs {
                                div.set_text_content(None);
                                finish(div, &PolicySource::Url(url.clone()), result.clone());
                            }
                        }
                    });
                    None
                }
            }
        });
        if let Some(result) = done {
            div.set_text_content(None);
            finish(div, &source, result);
        }
    }

    fn loading_line() -> web_sys::Node {
        let document = document();
        match document.create_element("p") {
            Ok(p) => {
                p.set_class_name("rr-embed-loading");
                p.set_text_content(Some("Loading the form…"));
                p.into()
            }
            Err(_) => document.create_text_node("Loading the form…").into(),
        }
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

    fn js_message(e: &JsValue) -> String {
        e.dyn_ref::<js_sys::Error>()
            .map(|e| String::from(e.message()))
            .or_else(|| e.as_string())
            .unwrap_or_else(|| "a network error".into())
    }

    /// GETs a same-origin file as text (`mode: same-origin`, so a redirect to
    /// another site fails too).
    async fn fetch_text(url: &str) -> Result<String, String> {
        let same_origin = JsValue::from_str("same-origin");
        let init = options(&[
            ("method", &JsValue::from_str("GET")),
            ("mode", &same_origin),
            ("credentials", &same_origin),
        ]);
        let response = JsFuture::from(window().fetch_with_str_and_init(url, init.unchecked_ref()))
            .await
            .map_err(|e| js_message(&e))?
            .dyn_into::<web_sys::Response>()
            .map_err(|_| "not an HTTP response".to_string())?;
        if !response.ok() {
            return Err(
                format!("HTTP {} {}", response.status(), response.status_text())
                    .trim()
                    .to_string(),
            );
        }
        let text = response.text().map_err(|e| js_message(&e))?;
        JsFuture::from(text)
            .await
            .map_err(|e| js_message(&e))?
            .as_string()
            .ok_or_else(|| "a body that is not text".to_string())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn inline_then_url_then_name() {
        let s = |v: &str| Some(v.to_string());
        assert_eq!(
            PolicySource::choose(s("{}"), s("/p.json"), s("veson-imos")),
            PolicySource::Inline("{}".into())
        );
        assert_eq!(
            PolicySource::choose(None, s(" /p.json "), s("veson-imos")),
            PolicySource::Url("/p.json".into())
        );
        assert_eq!(
            PolicySource::choose(None, s("  "), s(" clarity-saas")),
            PolicySource::Named("clarity-saas".into())
        );
        assert_eq!(
            PolicySource::choose(None, None, s("")),
            PolicySource::Default
        );
        // Blank inline JSON is still what the page meant: reported, not skipped.
        assert_eq!(
            PolicySource::choose(s(""), None, s("veson-imos")),
            PolicySource::Inline(String::new())
        );
    }

    #[test]
    fn a_broken_policy_lists_every_problem() {
        let err = Policy::from_json(r#"{"id": "acme", "windows": {"count": "two"}}"#).unwrap_err();
        let text = error_text(&PolicySource::Inline(String::new()), &err);
        assert_eq!(text.title, "This form cannot be shown");
        assert!(
            text.intro
                .starts_with("The policy “acme” (given inline in this page) cannot be used: "),
            "{}",
            text.intro
        );
        assert_eq!(text.items.len(), err.problems.len());
        assert!(text.items.contains(&(
            "windows.count".to_string(),
            "expected a whole number from 1 to 4, found \"two\"".to_string()
        )));
    }

    #[test]
    fn not_json_is_one_problem() {
        let err = Policy::from_json("{oops").unwrap_err();
        let text = error_text(&PolicySource::Url("/p.json".into()), &err);
        assert_eq!(
            text.intro,
            "The policy “(unnamed policy)” (loaded from /p.json) cannot be used: 1 problem."
        );
        assert_eq!(text.items[0].0, "(document)");
    }

    #[test]
    fn url_problems_name_the_url() {
        let text = error_text(
            &PolicySource::Url("https://elsewhere.example/p.json".into()),
            &foreign_url(
                "https://elsewhere.example/p.json",
                "https://help.example.com",
            ),
        );
        assert_eq!(
            text.intro,
            "The policy at “https://elsewhere.example/p.json” could not be used (1 problem):"
        );
        assert_eq!(
            text.items,
            [(
                "data-policy-url".to_string(),
                "expected a URL on this page's own site (https://help.example.com), found \"https://elsewhere.example/p.json\"".to_string()
            )]
        );
        let text = error_text(
            &PolicySource::Url("/missing.json".into()),
            &unloadable("/missing.json", "HTTP 404 Not Found"),
        );
        assert_eq!(
            text.items[0].1,
            "expected a policy JSON file this page can load, found HTTP 404 Not Found"
        );
    }

    #[test]
    fn unknown_names_list_the_known_ones() {
        let err = unknown_policy("acme", &Catalog::default());
        assert_eq!(
            err.problems[0].expected,
            "the id of a known policy (veson-imos, clarity-saas)"
        );
        assert_eq!(err.problems[0].found, "\"acme\"");
    }

    #[test]
    fn custom_policies_join_the_builtins() {
        let builtin = Policy::builtin("veson-imos").expect("builtin");
        // Same id as a built-in: it replaces it.
        assert_eq!(catalog_with(builtin).all().count(), 2);
        let mut custom = builtin.clone();
        custom.id = "acme".into();
        let catalog = catalog_with(&custom);
        assert_eq!(catalog.all().count(), 3);
        assert!(catalog.get("acme").is_some());
    }
}
