//! The page's reactive state: the form (plain data, see [`Form`]), the
//! clock, and what is derived from them — the checked request and report.
//! The derived values only call the core; no rule is decided here.

use super::form::Form;
use super::notice::Notice;
use super::unread::Unread;
use crate::i18n::Texts;
use chrono::NaiveDateTime;
use leptos::html::{Custom, HtmlElement};
use leptos::prelude::*;
use refresh_request_core::finding::{Finding, Severity};
use refresh_request_core::message::Messages;
use refresh_request_core::policy::Policy;
use refresh_request_core::report::Report;
use refresh_request_core::request::Request;
use refresh_request_core::rules;
use serde_json::Value;

/// The form's request as the core sees it.
#[derive(Clone, Debug, PartialEq)]
pub struct Checked {
    /// The request JSON (docs/policies.md) of the form.
    pub value: Value,
    /// The request as read by the core.
    pub request: Request,
    /// Every finding.
    pub report: Report,
    /// The time it was checked against.
    pub now: NaiveDateTime,
}

impl Checked {
    /// Reads and checks the form against `policy` at `now`, its findings written by
    /// `messages` (the customer's language).
    pub fn new(form: &Form, policy: &Policy, now: NaiveDateTime, messages: &dyn Messages) -> Self {
        Checked::of(form.to_value(policy), policy, now, messages)
    }

    fn of(value: Value, policy: &Policy, now: NaiveDateTime, messages: &dyn Messages) -> Self {
        let parsed = Request::read_in(policy, &value, messages);
        let report = rules::check_read_in(policy, &parsed, now, messages);
        Checked {
            value,
            request: parsed.request,
            report,
            now,
        }
    }

    /// The same request checked with its findings in the desk's language `desk`, for the
    /// ticket; itself when the customer reads that language (`customer`).
    pub fn for_desk(&self, policy: &Policy, customer: Texts, desk: Texts) -> Checked {
        if customer == desk {
            self.clone()
        } else {
            Checked::of(self.value.clone(), policy, self.now, &desk)
        }
    }

    /// The findings on one field path.
    pub fn on_field<'a>(&'a self, path: &'a str) -> impl Iterator<Item = &'a Finding> {
        self.report.on_field(path)
    }

    /// The errors, in the order of the fields on the page.
    pub fn errors_in_page_order(&self, paths: &[String]) -> Vec<Finding> {
        let position = |f: &Finding| {
            f.field
                .as_ref()
                .and_then(|field| paths.iter().position(|p| p == field))
                .unwrap_or(usize::MAX)
        };
        let mut errors: Vec<Finding> = self.report.of(Severity::Error).cloned().collect();
        refresh_request_core::finding::sort_findings(&mut errors, &position);
        errors
    }
}

/// A heading element of `level`, 1 to 6 (past 6: `h6`), as an element to give a class and
/// children. One element type for every level, whose tag is chosen as the form is drawn.
pub fn heading(level: u8) -> HtmlElement<Custom<&'static str>, (), ()> {
    const TAGS: [&str; 6] = ["h1", "h2", "h3", "h4", "h5", "h6"];
    leptos::html::custom(TAGS[usize::from(level).clamp(1, TAGS.len()) - 1])
}

/// Everything the components of one form share, provided as context by
/// [`super::Page`] (`expect_context::<AppState>()`). `Copy`: signals are
/// handles.
#[derive(Clone, Copy)]
pub struct AppState {
    /// Distinguishes this form's element ids from another form's on the same page.
    pub uid: u32,
    /// Embedded in a host page (no title changes, no URL reading).
    pub embedded: bool,
    /// The host page fixed the policy: no vendor choice is offered.
    pub locked: bool,
    /// The policies to choose from.
    pub policies: StoredValue<Vec<Policy>>,
    /// What was typed.
    pub form: RwSignal<Form>,
    /// The browser's clock (minute precision).
    pub now: RwSignal<NaiveDateTime>,
    /// The chosen policy.
    pub policy: Memo<Policy>,
    /// The checked request.
    pub checked: Memo<Checked>,
    /// Field paths the user has left (their errors show).
    pub touched: RwSignal<Vec<String>>,
    /// The user tried to create the ticket: every error shows.
    pub show_all: RwSignal<bool>,
    /// The ticket was created (and is shown while the request stays ready).
    pub exported: RwSignal<bool>,
    /// Notices about the page (draft, link).
    pub notices: RwSignal<Vec<Notice>>,
    /// A polite status message for screen readers and eyes ("Window 1 set to …").
    pub announcement: RwSignal<String>,
    /// The level of the title heading, 1 to 6, or 0 when compact (see [`AppState::heading`]).
    pub heading_level: u8,
    /// The title and introduction are left out: the host page has its own.
    pub compact: bool,
    /// The form's texts, in the reader's language.
    pub texts: crate::i18n::Texts,
    /// Told what the customer does (embedded forms: the host page).
    pub events: StoredValue<Option<crate::Events>, LocalStorage>,
    /// The request of the last ticket `events` was given, while it stands.
    pub ticket_told: StoredValue<Option<Value>>,
    /// The input whose long text waits to be read into `form`.
    pub unread: Unread,
}

impl AppState {
    /// Builds the state around a form and a clock.
    /// `first` stands in for a policy id that is not in `policies`.
    #[allow(clippy::too_many_arguments)]
    pub fn new(
        uid: u32,
        embedded: bool,
        locked: bool,
        policies: Vec<Policy>,
        first: Policy,
        form: Form,
        now: RwSignal<NaiveDateTime>,
        texts: Texts,
    ) -> Self {
        // Everything the customer reads of a policy, in their language.
        let lang = texts.lang();
        let first = first.in_language(lang).into_owned();
        let policies: Vec<Policy> = policies
            .iter()
            .map(|p| p.in_language(lang).into_owned())
            .collect();
        let policies = StoredValue::new(policies);
        let form = RwSignal::new(form);
        let policy_id = Memo::new(move |_| form.with(|f| f.policy.clone()));
        // Recomputed only when the id changes, so it always differs: no
        // comparison of whole policies.
        let policy = Memo::new_with_compare(
            move |_| {
                policy_id.with(|id| {
                    policies
                        .with_value(|ps| ps.iter().find(|p| &p.id == id).cloned())
                        .unwrap_or_else(|| first.clone())
                })
            },
            |_, _| true,
        );
        // Every edit changes what is checked: comparing reports would only
        // cost time on each keystroke.
        let checked = Memo::new_with_compare(
            move |_| {
                let now = now.get();
                policy.with(|p| form.with(|f| Checked::new(f, p, now, &texts)))
            },
            |_, _| true,
        );
        AppState {
            uid,
            embedded,
            locked,
            policies,
            form,
            now,
            policy,
            checked,
            touched: RwSignal::new(Vec::new()),
            show_all: RwSignal::new(false),
            exported: RwSignal::new(false),
            notices: RwSignal::new(Vec::new()),
            announcement: RwSignal::new(String::new()),
            heading_level: 1,
            compact: false,
            texts,
            events: StoredValue::new_local(None),
            ticket_told: StoredValue::new(None),
            unread: Unread::default(),
        }
    }

    /// A heading `depth` levels below the form's title (0: the title itself), as an element
    /// to give a class and children: `h1`, `h2`, `h3` on the page; from the host's
    /// `data-heading-level` in an embedded form (`h2`, `h3`, `h4` by default). Never past `h6`.
    pub fn heading(&self, depth: u8) -> HtmlElement<Custom<&'static str>, (), ()> {
        heading(self.heading_level.saturating_add(depth))
    }

    /// What makes this form's landmark names differ from another form's on the same host
    /// page (two "Checks" regions would be ambiguous): empty for the first form, and on the
    /// standalone page, which has one; `", form 2"` for the second, and so on.
    pub fn landmark_suffix(&self) -> String {
        if self.embedded && self.uid > 1 {
            format!(", form {}", self.uid)
        } else {
            String::new()
        }
    }

    /// Which form this is among several embedded ones (1, 2…), or 0 for a form alone on its
    /// page: what the catalog's landmark names select on (`planning-mode-landmark`).
    pub fn form_number(&self) -> u32 {
        if self.embedded && self.uid > 1 {
            self.uid
        } else {
            0
        }
    }

    /// Where the customer pastes the ticket, as the catalog selects on it (`$paste_into`): on
    /// a help center's own page (embedded) the request form beside it, not somewhere else to go.
    pub fn paste_into(&self) -> &'static str {
        if self.embedded {
            "embedded"
        } else {
            "page"
        }
    }

    /// The language the ticket is written in: the policy's desk's, whatever the customer
    /// reads.
    pub fn desk(&self) -> Texts {
        Texts(self.policy.with_untracked(|p| p.desk_language))
    }

    /// Tells whoever mounted the form (see [`crate::FormOptions::events`]).
    pub fn tell(&self, event: crate::FormEvent<'_>) {
        self.events.with_value(|events| {
            if let Some(events) = events {
                events(event);
            }
        });
    }

    /// The element id of a field path or a part of the form: `windows[1]` → `rr1-windows-1`,
    /// `day-3` → `rr1-day-3`. Every id the form gives an element starts here, with this
    /// form's number, so two forms on one page never share one.
    pub fn id(&self, path: &str) -> String {
        let mut id = format!("rr{}-", self.uid);
        for c in path.chars() {
            match c {
                'a'..='z' | 'A'..='Z' | '0'..='9' | '-' | '_' => id.push(c),
                '[' => id.push('-'),
                _ => {}
            }
        }
        id
    }

    /// Marks a field as visited: its own errors show from now on.
    pub fn touch(&self, path: &str) {
        if !self.touched.with_untracked(|t| t.iter().any(|p| p == path)) {
            self.touched.update(|t| t.push(path.to_string()));
        }
    }

    /// Marks a field as visited once the click in progress (if any) is done.
    pub fn leave(&self, path: &str) {
        let (state, path) = (*self, path.to_string());
        super::dom::after_click(move || state.touch(&path));
    }

    /// Whether a field's own findings show.
    pub fn reveal(&self, path: &str) -> bool {
        self.show_all.get() || self.touched.with(|t| t.iter().any(|p| p == path))
    }

    /// The findings shown on a field: (severity, message).
    pub fn shown_findings(&self, path: &str) -> Vec<(Severity, String)> {
        if !self.reveal(path) {
            return Vec::new();
        }
        self.checked.with(|c| {
            c.on_field(path)
                .filter(|f| f.severity != Severity::Info)
                .map(|f| (f.severity, f.message.clone()))
                .collect()
        })
    }

    /// Whether a field shows an error.
    pub fn shows_error(&self, path: &str) -> bool {
        self.reveal(path)
            && self
                .checked
                .with(|c| c.on_field(path).any(|f| f.severity == Severity::Error))
    }

    /// Whether a field shows an error, as a signal that changes only when that does.
    pub fn error_flag(&self, path: &str) -> Memo<bool> {
        let (state, path) = (*self, path.to_string());
        Memo::new(move |_| state.shows_error(&path))
    }

    /// Changes one field's text.
    pub fn set(&self, key: &str, value: String) {
        self.form.update(|f| f.set(key, value));
    }

    /// Adds a notice (replacing one of the same kind).
    pub fn notify(&self, notice: Notice) {
        self.notices.update(|n| {
            n.retain(|x| std::mem::discriminant(x) != std::mem::discriminant(&notice));
            n.push(notice);
        });
    }
}
