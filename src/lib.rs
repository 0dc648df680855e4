//! Request a database refresh in the browser: the Leptos app ([`app`]) and
//! its adapters (the JavaScript API [`js_api`], embedding [`embed`] and
//! iframe mode [`iframe`]) on the pure core, `refresh_request_core`, which
//! holds every rule.

pub mod embed;
pub mod i18n;
pub mod iframe;
pub mod js_api;

pub mod app;

use leptos::prelude::*;
use std::rc::Rc;

/// Mounts the standalone page (`src/main.rs`, what `index.html` loads):
/// `window.RefreshRequest`, then the app in place of the header that
/// `index.html` painted before the wasm arrived and, in an iframe, the page's
/// height for the parent frame. `index.html` registers the offline service
/// worker.
pub fn mount_page() {
    if i18n::runtime_is_here() {
        start_page();
    } else {
        wasm_bindgen_futures::spawn_local(async {
            i18n::runtime().await;
            start_page();
        });
    }
}

fn start_page() {
    js_api::install();
    let lang = i18n::page_language();
    i18n::set_document_language(lang);
    if i18n::is_here(lang) {
        app::deferred::after_this_task(move || read_page(lang));
    } else {
        // Another language's catalog first: the form is drawn once, in it (English if the
        // catalog cannot be had).
        wasm_bindgen_futures::spawn_local(async move {
            let lang = i18n::ready(lang).await;
            i18n::set_document_language(lang);
            read_page(lang);
        });
    }
}

/// The page's form in four tasks after the wasm's start (`app::deferred`): reading what it
/// starts from, making its state, checking it, drawing it.
fn read_page(lang: refresh_request_core::lang::Lang) {
    let options = FormOptions {
        lang: Some(lang),
        ..FormOptions::default()
    };
    let reading = app::read(options);
    app::deferred::after_this_task(move || {
        let prepared = reading.state();
        app::deferred::after_this_task(move || {
            let prepared = prepared.check();
            app::deferred::after_this_task(move || draw_page(prepared, lang));
        });
    });
}

fn draw_page(prepared: app::Prepared, lang: refresh_request_core::lang::Lang) {
    let shell = document()
        .query_selector("main[data-rr-shell]")
        .ok()
        .flatten();
    if let Some(body) = document().body() {
        MountedForm(Box::new(prepared.mount(&body))).keep();
    }
    if let Some(shell) = shell {
        // The start-up script painted the header in the language it chose by the same rule
        // (index.html, `data-rr-lang`); the app's own stays where it chose another (a
        // catalog that could not be fetched leaves the app in English).
        let painted = shell.get_attribute("data-rr-lang");
        if painted.as_deref().unwrap_or("en") == lang.tag() {
            keep_painted_header(&shell);
        }
        shell.remove();
    }
    iframe::report_height_when_framed();
}

/// Puts the header `index.html` painted before the wasm arrived in place of
/// the app's identical one, in the same task as the mounting, so nothing on
/// screen changes. The painted header is the page's largest paint: a copy
/// drawn later would become a new one, and the browser would count the wasm's
/// download in the time to it. The header is static, so the swap touches
/// nothing reactive.
fn keep_painted_header(shell: &web_sys::Element) {
    let doc = document();
    let painted = shell.query_selector("header").ok().flatten();
    let drawn = doc
        .query_selector("main.rr-app:not([data-rr-shell]) > header")
        .ok()
        .flatten();
    if let (Some(painted), Some(drawn)) = (painted, drawn) {
        let _ = drawn.replace_with_with_node_1(&painted);
    }
}

/// Mounts a form into every `[data-refresh-request]` element of a host page
/// ([`embed`]), with `window.RefreshRequest`. The binary of `embed.js`
/// (`src/bin/embed.rs`) calls it, so the page's own wasm carries none of the
/// embedding code.
pub fn mount_embedded() {
    js_api::install();
    js_api::install_check_policy();
    js_api::install_check_ticket();
    embed::start();
}

/// How [`mount_form`] sets up a form.
#[derive(Clone, Default)]
pub struct FormOptions {
    /// Policies the form knows; `None`: the page's (built-ins plus custom ones).
    pub catalog: Option<refresh_request_core::catalog::Catalog>,
    /// Policy to start with; `None`: the URL's, the draft's, or the first.
    pub policy: Option<String>,
    /// Embedded in a host page: no page-title changes, no URL reading, drafts
    /// namespaced; a `policy` given here is then fixed (no vendor choice).
    pub embedded: bool,
    /// Which form of the host page this is, counted from 0: keeps the drafts
    /// of two embedded forms with the same policy apart.
    pub instance: u32,
    /// The level of the form's title heading, 1 to 6 (its sections' headings are one level
    /// below, their parts' two); `None`: 1, the page's own title.
    pub heading_level: Option<u8>,
    /// Told what the customer does (embed.js tells the host page, as DOM events).
    pub events: Option<Events>,
    /// Leaves the title and introduction out, for a host page that already has them; the
    /// sections' headings then take the title's level.
    pub compact: bool,
    /// The language the form speaks (its catalog already here, see [`i18n::ready`]);
    /// `None`: English.
    pub lang: Option<refresh_request_core::lang::Lang>,
}

/// What a form tells the code that mounted it ([`FormOptions::events`]).
#[derive(Clone, Copy, Debug)]
pub enum FormEvent<'a> {
    /// The customer changed the form (typed, chose, cleared…): the report it now has.
    Changed(&'a refresh_request_core::report::Report),
    /// The customer created the ticket, of this policy from this request; told again
    /// each time a change alters the request of a ticket already created.
    TicketCreated(
        &'a refresh_request_core::policy::Policy,
        &'a app::state::Checked,
    ),
    /// The ticket last told of no longer stands.
    TicketWithdrawn(Withdrawal),
}

/// Why a ticket the host was given no longer stands ([`FormEvent::TicketWithdrawn`]).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Withdrawal {
    /// The form was cleared, or another vendor chosen: there is no ticket.
    Cleared,
    /// The request changed and has problems again (or time has passed a limit).
    NotReady,
}

impl Withdrawal {
    /// Its name in the host's event (`detail.reason`).
    pub fn name(self) -> &'static str {
        match self {
            Withdrawal::Cleared => "cleared",
            Withdrawal::NotReady => "not_ready",
        }
    }
}

/// Hears a form's [`FormEvent`]s. A callback rather than the DOM events themselves, so that
/// the page's wasm, which never passes one, carries none of embed.js's event code.
pub type Events = Rc<dyn Fn(FormEvent<'_>)>;

/// Mounts one form as the last child of `parent`: the one way both the
/// standalone page and `embed.js` start a form. `None` without a parent (a
/// document with no body).
pub fn mount_form(
    parent: Option<web_sys::HtmlElement>,
    options: FormOptions,
) -> Option<MountedForm> {
    let parent = parent?;
    let drawn = app::read(options).state().check().mount(&parent);
    Some(MountedForm(Box::new(drawn)))
}

/// A form [`mount_form`] put on the page. Dropping it takes the form off and
/// stops everything it runs: its clock, its listeners and timers, after the
/// save of a draft it was waiting to make.
#[must_use = "dropping it removes the form: call `keep` to keep it for the page's life"]
pub struct MountedForm(Box<dyn std::any::Any>);

impl MountedForm {
    /// Keeps the form for the page's life (the standalone page's form).
    pub fn keep(self) {
        std::mem::forget(self.0);
    }
}

/// The whole page: the form of the chosen policy, checked live, and its ticket.
#[component]
pub fn App(
    /// How the form is set up; the default is the standalone page's.
    #[prop(optional)]
    options: FormOptions,
) -> impl IntoView {
    app::app(options)
}
