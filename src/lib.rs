//! Request a database refresh: a form that checks a refresh request against a
//! vendor's published rules, live in the browser, and writes the ticket body.
//!
//! The pure core (no browser types) is [`instant`], [`season`],
//! [`business_days`], [`holidays`], [`policy`], [`request`], [`version`],
//! [`rules`], [`report`], [`suggest`], [`calendar`], [`ticket`], [`prefill`],
//! [`label`], [`json_syntax`] and [`api`]. The components below and the `js_api`
//! adapter only render its output and send edits back.

pub mod api;
pub mod business_days;
pub mod calendar;
pub mod embed;
pub mod finding;
pub mod holidays;
pub mod iframe;
pub mod instant;
pub mod js_api;
pub mod json_syntax;
pub mod label;
pub mod policy;
pub mod prefill;
pub mod report;
pub mod request;
pub mod rules;
pub mod season;
pub mod suggest;
pub mod ticket;
pub mod version;

pub mod app;

use leptos::prelude::*;

/// Mounts the standalone page (`src/main.rs`, what `index.html` loads): the
/// app under the header `index.html` painted before the wasm arrived,
/// `window.RefreshRequest`, and, in an iframe, the page's height for the
/// parent frame. `index.html` registers the offline service worker.
///
/// Starting is four tasks after the API is in place: the wasm's start (its
/// instantiation) ends, the next task reads the policies, the address and the
/// draft ([`app::Opening::read`]), the third makes the state and checks the
/// request ([`app::Started::new`]), and the fourth draws the form's first
/// section; the rest of the page follows in later tasks (`app::deferred`).
/// On a slow phone that splits one long freeze into shorter ones (issue 6);
/// the page's own first paint stays on screen in between, and after.
pub fn mount_page() {
    js_api::install();
    set_timeout(read_page, std::time::Duration::ZERO);
}

/// The second task: what the form starts from.
fn read_page() {
    // Drawing would start it too; here its first-call cost leaves that task.
    app::dom::track_pointer();
    let opening = app::Opening::read(None, None, false, 0);
    set_timeout(move || start_page(opening), std::time::Duration::ZERO);
}

/// The third task: the page's state and the first check of the request.
fn start_page(opening: Option<app::Opening>) {
    match shell() {
        Some((main, header)) => {
            let started = app::Started::new(opening);
            set_timeout(
                move || draw_page(started, main, header),
                std::time::Duration::ZERO,
            );
        }
        // A page without index.html's shell still gets the whole app, in
        // one task.
        None => {
            leptos::mount::mount_to_body(move || app::draw(opening));
            iframe::report_height_when_framed();
        }
    }
}

/// The fourth task: the page itself.
fn draw_page(started: app::Started, main: web_sys::Element, header: web_sys::Node) {
    started.draw_under_header(&main, &header);
    // The app now owns the page: index.html's start-up error message must
    // not appear in it.
    let _ = main.remove_attribute("data-rr-shell");
    iframe::report_height_when_framed();
}

/// `index.html`'s static first paint: its `main` and the header in it.
fn shell() -> Option<(web_sys::Element, web_sys::Node)> {
    let main = document().query_selector("main[data-rr-shell]").ok()??;
    let header = main.query_selector("header").ok()??;
    Some((main, header.into()))
}

/// Mounts a form into every `[data-refresh-request]` element of a host page
/// ([`embed`]), with `window.RefreshRequest`. The binary of `embed.js`
/// (`src/bin/embed.rs`) calls it, so the page's own wasm carries none of the
/// embedding code.
pub fn mount_embedded() {
    js_api::install();
    embed::start();
}

/// The whole page: the form of the chosen policy, checked live, and its ticket.
#[component]
pub fn App(
    /// Policies the page knows (built-ins plus custom ones).
    #[prop(optional)]
    catalog: Option<api::Catalog>,
    /// Policy to start with; `None`: the first one (or the URL's / the draft's).
    #[prop(optional, into)]
    policy: Option<String>,
    /// Embedded in a host page: no page-title changes, no URL reading, drafts
    /// namespaced; a `policy` given here is then fixed (no vendor choice).
    #[prop(optional)]
    embedded: bool,
    /// Which form of the host page this is, counted from 0: keeps the drafts
    /// of two embedded forms with the same policy apart.
    #[prop(optional)]
    instance: u32,
) -> impl IntoView {
    app::app(catalog, policy, embedded, instance)
}
