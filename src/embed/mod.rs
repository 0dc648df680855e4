//! Embedding (docs/embedding.md).
//!
//! - **Embed mode**: `embed.js` (built by `scripts/post-build.mjs` from
//!   `scripts/embed.template.js`) sets `window.__refreshRequestEmbed =
//!   {build, css}` and starts the wasm. [`start`] then mounts one independent
//!   form ([`crate::mount_form`]) into every `[data-refresh-request]` element of the host page
//!   (now, once the page has loaded, and whenever such an element is added
//!   later), each inside its own open Shadow DOM so the host's CSS cannot
//!   break the form and the form's CSS cannot leak out. The policy comes from
//!   an inline `<script type="application/json" data-refresh-policy>` child,
//!   else `data-policy-url` (same origin only, each URL fetched once), else
//!   `data-policy` (a known id), else the default. A policy that cannot be
//!   used is shown in place of the form as a readable list of its problems.
//!
//! Each form fits its host page: `data-heading-level` sets its title's heading level,
//! `data-theme` its colour scheme, the host's `--refresh-request-*` custom properties its
//! theme (style/embed.css), and it tells the host what the customer does with DOM events
//! on the element ([`CHANGE_EVENT`], [`TICKET_EVENT`], [`WITHDRAWN_EVENT`]).
//!
//! iframe mode, where the page itself is framed, lives in [`crate::iframe`].
//!
//! The decisions (which source, what the error says) are plain functions,
//! tested natively; the rest only talks to the browser, and never panics on
//! what it returns.

use crate::i18n::Texts;
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
pub(crate) const MARKER: &str = "__refreshRequestEmbed";
/// Dispatched on the element after each change to the form; `detail`: the report.
pub const CHANGE_EVENT: &str = "refresh-request:change";
/// Dispatched on the element when the customer creates the ticket; `detail`: [`ticket_detail`].
pub const TICKET_EVENT: &str = "refresh-request:ticket";
/// Dispatched on the element when the ticket last dispatched no longer stands; `detail`:
/// `{reason}`, `"cleared"` or `"not_ready"` ([`crate::Withdrawal::name`]).
pub const WITHDRAWN_EVENT: &str = "refresh-request:ticket-withdrawn";
/// On the host element: the form leaves its title and introduction out (the host page has
/// them), and its sections take the title's heading level.
pub const COMPACT_ATTR: &str = "data-compact";
/// On the host element: the title's heading level, 1 to 6 ([`heading_level`]).
pub const HEADING_LEVEL_ATTR: &str = "data-heading-level";
/// On the host element: its colour scheme ([`Theme::read`]); on the form's root, the scheme
/// the scoped CSS reads ([`Theme::attribute`]).
pub const THEME_ATTR: &str = "data-theme";
/// On the host element: the address of the policy's JSON file (same origin only).
pub const POLICY_URL_ATTR: &str = "data-policy-url";
/// On the host element: the id of a policy the page knows.
pub const POLICY_ATTR: &str = "data-policy";
/// The title's heading level when the element does not say (`data-heading-level`): under
/// the host page's own `h1`.
pub const DEFAULT_HEADING_LEVEL: u8 = 2;

/// The level of the form's title heading, from `data-heading-level`: a whole number from 1
/// to 6, else [`DEFAULT_HEADING_LEVEL`] and, for a value that is not one, the problem.
pub fn heading_level(given: Option<&str>) -> (u8, Option<Problem>) {
    let Some(given) = given.map(str::trim).filter(|s| !s.is_empty()) else {
        return (DEFAULT_HEADING_LEVEL, None);
    };
    match given.parse::<u8>() {
        Ok(level @ 1..=6) => (level, None),
        _ => (
            DEFAULT_HEADING_LEVEL,
            Some(Problem {
                path: HEADING_LEVEL_ATTR.into(),
                expected: "a whole number from 1 to 6".into(),
                found: format!("\"{}\"", refresh_request_core::excerpt::excerpt(given)),
            }),
        ),
    }
}

/// The colour scheme an element asks for with `data-theme`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Theme {
    /// The reader's setting (`prefers-color-scheme`).
    Auto,
    /// Light, whatever the reader's setting (a host page without a dark mode).
    Light,
    /// Dark, whatever the reader's setting.
    Dark,
}

impl Theme {
    /// Reads `data-theme`: `light`, `dark` or `auto` (any case); absent is `auto`, and so is
    /// anything else, with the problem.
    pub fn read(given: Option<&str>) -> (Self, Option<Problem>) {
        let Some(given) = given.map(str::trim).filter(|s| !s.is_empty()) else {
            return (Theme::Auto, None);
        };
        match refresh_request_core::case::lowercase(given).as_str() {
            "auto" => (Theme::Auto, None),
            "light" => (Theme::Light, None),
            "dark" => (Theme::Dark, None),
            _ => (
                Theme::Auto,
                Some(Problem {
                    path: THEME_ATTR.into(),
                    expected: "light, dark or auto".into(),
                    found: format!("\"{}\"", refresh_request_core::excerpt::excerpt(given)),
                }),
            ),
        }
    }

    /// The value of the root's `data-theme`, which the scoped CSS reads
    /// (scripts/build/css.mjs); `None` for the reader's setting.
    pub fn attribute(self) -> Option<&'static str> {
        match self {
            Theme::Auto => None,
            Theme::Light => Some("light"),
            Theme::Dark => Some("dark"),
        }
    }
}

/// The `detail` of a [`TICKET_EVENT`], as JSON text: `{subject, body: {text, markdown, json},
/// request}`, the subject line, the ticket body in each format (as
/// `RefreshRequest.ticket` gives it) and the request JSON. `None` if the request is not ready
/// (no ticket can be written).
pub fn ticket_detail(
    policy: &Policy,
    checked: &crate::app::state::Checked,
    desk: crate::i18n::Texts,
) -> Option<String> {
    use refresh_request_core::ticket::{export_in, subject_in, Format};
    let body = |format| export_in(policy, &checked.request, &checked.report, format, &desk).ok();
    let detail = serde_json::json!({
        "subject": subject_in(policy, &checked.request, &desk),
        "body": {
            "text": body(Format::Text)?,
            "markdown": body(Format::Markdown)?,
            "json": body(Format::Json)?,
        },
        "request": checked.value,
    });
    Some(detail.to_string())
}

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
    pub fn whereabouts(&self, t: Texts) -> String {
        match self {
            PolicySource::Default => t.t("embed-source-builtin"),
            PolicySource::Named(_) => t.t("embed-source-named"),
            PolicySource::Inline(_) => t.t("embed-source-inline"),
            PolicySource::Url(url) => t.f("embed-source-url", &[("url", url.into())]),
        }
    }
}

/// One problem: (where, expected, found).
pub type Problem = PolicyProblem;

/// The `data-policy` id names no policy the page knows.
pub fn unknown_policy(id: &str, catalog: &Catalog, t: Texts) -> PolicyError {
    let known: Vec<String> = catalog.all().map(|p| p.id.clone()).collect();
    PolicyError {
        policy: id.to_string(),
        problems: vec![Problem {
            path: POLICY_ATTR.into(),
            expected: t.f(
                "embed-expected-known-policy",
                &[("policies", known.join(", ").into())],
            ),
            found: format!("\"{}\"", refresh_request_core::excerpt::excerpt(id)),
        }],
        more: 0,
    }
}

/// A `data-policy-url` that is not on the page's own site.
pub fn foreign_url(url: &str, page_origin: &str, t: Texts) -> PolicyError {
    PolicyError {
        policy: url.to_string(),
        problems: vec![Problem {
            path: POLICY_URL_ATTR.into(),
            expected: t.f(
                "embed-expected-same-origin",
                &[("origin", page_origin.into())],
            ),
            found: format!("\"{}\"", refresh_request_core::excerpt::excerpt(url)),
        }],
        more: 0,
    }
}

/// How long a `data-policy-url` may take to answer (its whole body) before the form says so
/// and offers to try again: far longer than a policy file takes from any working server.
pub const POLICY_URL_TIMEOUT_SECS: u32 = 15;

/// Why a `data-policy-url` did not load, in words for the page's owner.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum LoadFailure {
    /// No answer (or not all of it) within [`POLICY_URL_TIMEOUT_SECS`].
    NoAnswer,
    /// The server sent the browser elsewhere, which a policy may not come from.
    RedirectedAway,
    /// The request failed before any answer (offline, refused, reset), with the browser's
    /// words when it gave some.
    Network(Option<String>),
    /// What came back was not an HTTP response.
    NotHttp,
    /// The answer's body could not be read as text.
    NotText,
    /// The server answered with an error status: `404`, `Not Found`.
    Status(u16, String),
}

impl LoadFailure {
    /// Whether trying again could help: not for a redirect, which the server will send again.
    pub fn worth_retrying(&self) -> bool {
        !matches!(self, LoadFailure::RedirectedAway)
    }

    /// The "found …" of the problem.
    pub fn found(&self, t: Texts) -> String {
        match self {
            LoadFailure::NoAnswer => t.f(
                "embed-found-timeout",
                &[("seconds", POLICY_URL_TIMEOUT_SECS.into())],
            ),
            LoadFailure::RedirectedAway => t.t("embed-found-redirect"),
            LoadFailure::Network(why) => {
                let why = why.clone().unwrap_or_else(|| t.t("embed-found-network"));
                t.f("embed-found-offline", &[("why", why.into())])
            }
            LoadFailure::NotHttp => t.t("embed-found-not-http"),
            LoadFailure::NotText => t.t("embed-found-not-text"),
            LoadFailure::Status(status, text) => t
                .f(
                    "embed-found-http",
                    &[("status", status.to_string().into()), ("text", text.into())],
                )
                .trim()
                .to_string(),
        }
    }
}

/// What a `data-policy-url` should be, said when it did not load.
fn loadable(t: Texts) -> String {
    t.t("embed-expected-policy-file")
}

/// A `data-policy-url` that could not be loaded.
pub fn unloadable(url: &str, why: &str, t: Texts) -> PolicyError {
    PolicyError {
        policy: url.to_string(),
        problems: vec![Problem {
            path: POLICY_URL_ATTR.into(),
            expected: loadable(t),
            found: why.to_string(),
        }],
        more: 0,
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
    /// The words of the button that loads a policy URL again.
    pub retry: String,
}

/// Whether the policy at a URL never arrived (rather than arrived and was wrong).
fn loading_failed(source: &PolicySource, err: &PolicyError, t: Texts) -> bool {
    let loadable = loadable(t);
    matches!(source, PolicySource::Url(_)) && err.problems.iter().all(|p| p.expected == loadable)
}

/// Words for a policy that cannot be used, in the form's language `t` (the loader's own
/// problems about the vendor's JSON stay in English: docs/translating.md).
pub fn error_text(source: &PolicySource, err: &PolicyError, t: Texts) -> ErrorText {
    let n = err.problems.len() + err.more;
    let problems = t.f("embed-problems", &[("count", n.into())]);
    let intro = match source {
        PolicySource::Url(url) if err.problems.iter().all(|p| p.path == POLICY_URL_ATTR) => t.f(
            "embed-policy-url-unusable",
            &[("url", url.into()), ("problems", problems.into())],
        ),
        _ => t.f(
            "embed-policy-unusable",
            &[
                ("policy", err.policy.as_str().into()),
                ("source", source.whereabouts(t).into()),
                ("problems", problems.into()),
            ],
        ),
    };
    ErrorText {
        title: t.t("embed-cannot-show"),
        intro,
        items: err
            .problems
            .iter()
            .map(|p| {
                (
                    p.path.clone(),
                    t.f(
                        "embed-problem",
                        &[
                            ("expected", p.expected.as_str().into()),
                            ("found", p.found.as_str().into()),
                        ],
                    ),
                )
            })
            .chain((err.more > 0).then(|| {
                (
                    "…".to_string(),
                    t.f("embed-problem-more", &[("more", err.more.into())]),
                )
            }))
            .collect(),
        hint: t.t(if loading_failed(source, err, t) {
            "embed-retry-hint"
        } else {
            "embed-fix-hint"
        }),
        retry: t.t("try-again"),
    }
}

/// What the "Try again" button of a policy that did not load does.
pub type Retry = std::rc::Rc<dyn Fn()>;

/// The error shown in place of a form.
#[component]
pub fn PolicyErrorView(
    /// What to say.
    text: ErrorText,
    /// The level of its heading, the form's title's (`data-heading-level`).
    level: u8,
    /// For a policy URL that did not answer: loads it again.
    retry: Option<Retry>,
) -> impl IntoView {
    let ErrorText {
        title,
        intro,
        items,
        hint,
        retry: again,
    } = text;
    view! {
        <div class="rr-embed-error" role="alert">
            {crate::app::state::heading(level).class("rr-embed-error__title").child(title)}
            <p>{intro}</p>
            <ul>
                {items
                    .into_iter()
                    .map(|(path, rest)| view! { <li><code>{path}</code>": "{rest}</li> })
                    .collect_view()}
            </ul>
            <p>{hint}</p>
            {retry.map(|retry| view! {
                <button type="button" class="rr-embed-error__retry" on:click=move |_| retry()>{again}</button>
            })}
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

mod mount;
pub use mount::start;

#[cfg(test)]
mod tests {
    use super::*;

    const EN: crate::i18n::Texts = crate::i18n::DESK;

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
        let text = error_text(&PolicySource::Inline(String::new()), &err, EN);
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
        let text = error_text(&PolicySource::Url("/p.json".into()), &err, EN);
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
                EN,
            ),
            EN,
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
            &unloadable(
                "/missing.json",
                &LoadFailure::Status(404, "Not Found".into()).found(EN),
                EN,
            ),
            EN,
        );
        assert_eq!(
            text.items[0].1,
            "expected a policy JSON file this page can load, found HTTP 404 Not Found"
        );
    }

    #[test]
    fn a_url_that_does_not_load_says_why_and_what_to_do() {
        let url = "/policies/slow.json";
        let source = PolicySource::Url(url.into());
        let cases = [
            (
                LoadFailure::NoAnswer,
                "expected a policy JSON file this page can load, found no answer from the server within 15 seconds",
            ),
            (
                LoadFailure::RedirectedAway,
                "expected a policy JSON file this page can load, found a redirect to another address, which this page may not load from (a policy loads only from this page's own site)",
            ),
            (
                LoadFailure::Network(Some("Failed to fetch".into())),
                "expected a policy JSON file this page can load, found no connection to the server (Failed to fetch)",
            ),
        ];
        for (failure, said) in cases {
            let text = error_text(&source, &unloadable(url, &failure.found(EN), EN), EN);
            assert_eq!(
                text.intro,
                "The policy at “/policies/slow.json” could not be used (1 problem):"
            );
            assert_eq!(
                text.items,
                [("data-policy-url".to_string(), said.to_string())]
            );
            assert!(
                text.hint.starts_with("Try again in a moment."),
                "{}",
                text.hint
            );
        }
        assert!(LoadFailure::NoAnswer.worth_retrying());
        assert!(LoadFailure::Status(503, "Service Unavailable".into()).worth_retrying());
        assert!(!LoadFailure::RedirectedAway.worth_retrying());
        // A policy that arrived but is wrong is fixed, not retried.
        let err = Policy::from_json("{oops").unwrap_err();
        assert!(error_text(&source, &err, EN)
            .hint
            .starts_with("If you run this page: fix the policy"));
    }

    #[test]
    fn unknown_names_list_the_known_ones() {
        let err = unknown_policy("acme", &Catalog::default(), EN);
        assert_eq!(
            err.problems[0].expected,
            "the id of a known policy (veson-imos, clarity-saas)"
        );
        assert_eq!(err.problems[0].found, "\"acme\"");
    }

    #[test]
    fn heading_levels_are_1_to_6_else_2() {
        assert_eq!(heading_level(None), (2, None));
        assert_eq!(heading_level(Some(" ")), (2, None));
        assert_eq!(heading_level(Some("1")), (1, None));
        assert_eq!(heading_level(Some(" 6 ")), (6, None));
        for bad in ["0", "7", "h3", "2.5", "-1"] {
            let (level, problem) = heading_level(Some(bad));
            assert_eq!(level, 2, "{bad}");
            let problem = problem.expect(bad);
            assert_eq!(problem.path, "data-heading-level");
            assert_eq!(problem.expected, "a whole number from 1 to 6");
            assert_eq!(problem.found, format!("\"{bad}\""));
        }
    }

    #[test]
    fn themes_are_light_dark_or_auto() {
        assert_eq!(Theme::read(None), (Theme::Auto, None));
        assert_eq!(Theme::read(Some("auto")), (Theme::Auto, None));
        assert_eq!(Theme::read(Some(" Dark")), (Theme::Dark, None));
        assert_eq!(Theme::read(Some("light")), (Theme::Light, None));
        let (theme, problem) = Theme::read(Some("sepia"));
        assert_eq!(theme, Theme::Auto);
        assert_eq!(
            problem.map(|p| p.expected),
            Some("light, dark or auto".into())
        );
        assert_eq!(Theme::Auto.attribute(), None);
        assert_eq!(Theme::Dark.attribute(), Some("dark"));
    }

    #[test]
    fn a_ticket_event_carries_subject_bodies_and_request() {
        use crate::app::form::Form;
        use crate::app::state::Checked;
        use refresh_request_core::instant::parse;
        use refresh_request_core::ticket::{export_in, subject_in, Format};
        let policy = Policy::builtin("veson-imos").expect("builtin");
        let now = parse("2024-10-07T02:00Z").expect("now");
        let mut form = Form::new(policy);
        // Not ready: no ticket, so no event.
        assert_eq!(
            ticket_detail(policy, &Checked::new(&form, policy, now, &EN), EN),
            None
        );
        form.apply(
            &serde_json::json!({
                "source": "ABCD_prod", "target": "ABCD_test", "holiday_region": "GB",
                "windows": ["2024-10-09T02:00Z", "2024-10-09T04:00Z"],
            }),
            policy,
        );
        let c = Checked::new(&form, policy, now, &EN);
        assert!(c.report.ready(), "{:?}", c.report);
        let detail: serde_json::Value =
            serde_json::from_str(&ticket_detail(policy, &c, EN).expect("ready")).expect("JSON");
        let body = |f| export_in(policy, &c.request, &c.report, f, &EN).expect("ready");
        assert_eq!(
            detail,
            serde_json::json!({
                "subject": subject_in(policy, &c.request, &EN),
                "body": {
                    "text": body(Format::Text),
                    "markdown": body(Format::Markdown),
                    "json": body(Format::Json),
                },
                "request": c.value,
            })
        );
        assert_eq!(detail["request"]["target"], "ABCD_test");
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
