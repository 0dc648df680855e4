//! The ticket body (docs/rules.md, "The ticket"): the vendor's questions answered in the
//! vendor's order, every instant in UTC with its weekday, the approvals and
//! warnings, the checklist, the notes, and who checked it when.
//!
//! Every text that enters the body, the customer's or the policy's, is folded
//! onto one line and escaped in Markdown, so it can never break the body's
//! structure nor become markup in a desk that renders it; invisible format
//! characters are shown by their code point ([`crate::visible`]).

use crate::finding::{Finding, Severity};
use crate::instant::to_rfc3339;
use crate::message::Messages;
use crate::policy::Policy;
use crate::report::Report;
use crate::request::{RefreshType, Request};
use crate::rules::windows::duration_in;
use chrono::NaiveDateTime;
use serde::Serialize;
use serde_json::Value;
use std::borrow::Cow;
use std::str::FromStr;

pub mod carried;
pub mod edits;
#[cfg(feature = "fluent")]
pub use carried::export;
pub use carried::export_in;

/// The ticket formats.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Format {
    /// Plain text, for any help-center form (the default).
    #[default]
    Text,
    /// Markdown, for help centers that render it.
    Markdown,
    /// The request plus the findings, machine-readable.
    Json,
}

impl Format {
    /// All formats, in the order the UI offers them.
    pub const ALL: [Format; 3] = [Format::Text, Format::Markdown, Format::Json];

    /// `text`, `markdown`, `json`.
    pub fn as_str(self) -> &'static str {
        match self {
            Format::Text => "text",
            Format::Markdown => "markdown",
            Format::Json => "json",
        }
    }

    /// File extension for downloads.
    pub fn extension(self) -> &'static str {
        match self {
            Format::Text => "txt",
            Format::Markdown => "md",
            Format::Json => "json",
        }
    }
}

impl FromStr for Format {
    type Err = TicketError;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        match s.trim().to_ascii_lowercase().as_str() {
            "" | "text" | "txt" | "plain" => Ok(Format::Text),
            "markdown" | "md" => Ok(Format::Markdown),
            "json" => Ok(Format::Json),
            other => Err(TicketError::UnknownFormat(crate::excerpt::excerpt(other))),
        }
    }
}

/// Why no ticket can be written.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum TicketError {
    /// The request has errors; they are listed.
    NotReady(Vec<String>),
    /// The format is not one of text, markdown, json.
    UnknownFormat(String),
    /// The request cannot be checked at all (not JSON, not an object, or
    /// naming no policy the page knows); the finding says why.
    Unreadable(Finding),
}

impl TicketError {
    /// The refusal of a report that is not ready: its errors, as written.
    pub fn not_ready(report: &Report) -> TicketError {
        TicketError::NotReady(
            report
                .of(Severity::Error)
                .map(|f| f.message.clone())
                .collect(),
        )
    }

    /// What must be fixed first, in the customer's language `customer`
    /// (a not-ready request's problems are listed as they were written).
    pub fn message(&self, customer: &dyn Messages) -> String {
        match self {
            TicketError::NotReady(errors) => {
                let mut s = customer.format("api-not-ready", &[("problems", errors.len().into())]);
                for e in errors {
                    s.push_str("\n- ");
                    s.push_str(e);
                }
                s
            }
            TicketError::UnknownFormat(found) => {
                customer.format("api-ticket-format", &[("found", found.into())])
            }
            TicketError::Unreadable(finding) => finding.message.clone(),
        }
    }
}

/// In English.
#[cfg(feature = "fluent")]
impl std::fmt::Display for TicketError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.message(crate::message::english()))
    }
}

#[cfg(feature = "fluent")]
impl std::error::Error for TicketError {}

/// Folds user text onto one line: line breaks, tabs and other control
/// characters become single spaces.
pub fn one_line(text: &str) -> String {
    // Most text (a name, a label) is one line already: copied as it is.
    let mut space = true;
    let already = text.bytes().all(|b| {
        let ok = b.is_ascii() && !b.is_ascii_control() && !(b == b' ' && space);
        space = b == b' ';
        ok
    });
    if (already && !space) || text.is_empty() {
        return text.to_owned();
    }
    let mut out = String::with_capacity(text.len());
    let mut space = false;
    for c in text.trim().chars() {
        let blank = c.is_control() || c.is_whitespace() || matches!(c, '\u{2028}' | '\u{2029}');
        if blank {
            if !space {
                out.push(' ');
            }
            space = true;
        } else {
            out.push(c);
            space = false;
        }
    }
    out
}

/// Escapes Markdown's inline syntax so text stays literal: no emphasis,
/// link, image, HTML or entity, and no bare address a GitHub-flavoured
/// renderer would turn into a link (`https://`, `www.`, `a@b`).
pub fn escape_markdown(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 8);
    let bytes = text.as_bytes();
    // Every character escaped is ASCII, so the text is copied in runs
    // between them, cut at those characters' bytes.
    let mut copied = 0;
    for (i, &b) in bytes.iter().enumerate() {
        let autolink = match b {
            b':' => bytes.get(i + 1) == Some(&b'/'),
            b'.' => bytes
                .get(i.saturating_sub(3)..i)
                .is_some_and(|before| before.eq_ignore_ascii_case(b"www")),
            b'@' => true,
            _ => false,
        };
        if autolink
            || matches!(
                b,
                b'\\'
                    | b'`'
                    | b'*'
                    | b'_'
                    | b'['
                    | b']'
                    | b'<'
                    | b'>'
                    | b'|'
                    | b'~'
                    | b'#'
                    | b'!'
                    | b'&'
                    | b'{'
                    | b'}'
                    | b'$'
                    | b'^'
            )
        {
            out.push_str(&text[copied..i]);
            out.push('\\');
            copied = i;
        }
    }
    out.push_str(&text[copied..]);
    out
}

/// A suggested subject line, in the desk's language `desk`.
///
/// # Example
/// ```
/// use refresh_request_core::{message::english, policy::Policy, request::Request, ticket::subject_in};
/// let policy = Policy::builtin("veson-imos").unwrap();
/// let req = Request::read(policy, &serde_json::from_str(r#"{
///     "source": "ABCD_prod", "target": "ABCD_test", "windows": ["2024-10-09T02:00Z"]}"#).unwrap()).request;
/// assert_eq!(subject_in(policy, &req, english()), "Database refresh: ABCD_prod → ABCD_test, Wed 9 Oct 2024 02:00 UTC");
/// ```
pub fn subject_in(policy: &Policy, req: &Request, desk: &dyn Messages) -> String {
    subject_at_in(policy, req, first_start(req), desk)
}

/// When the request's first window with a time starts: the subject's time.
fn first_start(req: &Request) -> Option<NaiveDateTime> {
    req.windows.iter().find_map(|w| w.start())
}

/// The subject line naming the window that starts at `start` (none: no
/// time), in the desk's language `desk`.
pub fn subject_at_in(
    policy: &Policy,
    req: &Request,
    start: Option<NaiveDateTime>,
    desk: &dyn Messages,
) -> String {
    // The policy's own wording of any message, wherever it appears.
    subject_spoken(policy, req, start, &policy.messages.speak(desk))
}

/// [`subject_at_in`] with `desk` already speaking as the policy words it.
pub(crate) fn subject_spoken(
    policy: &Policy,
    req: &Request,
    start: Option<NaiveDateTime>,
    desk: &dyn Messages,
) -> String {
    let mut s = desk.format(
        "ticket-subject",
        &[
            ("source", one_line(&req.source).into()),
            ("target", one_line(&req.target).into()),
        ],
    );
    if let Some(start) = start {
        s = desk.format(
            "ticket-subject-start",
            &[
                ("subject", s.into()),
                ("start", desk.date_time(start).into()),
            ],
        );
    }
    if req.refresh_type == RefreshType::PointInTime && policy.point_in_time.is_some() {
        s = desk.format("ticket-subject-pit", &[("subject", s.into())]);
    }
    let mut s = crate::visible::reveal(&s).into_owned();
    // Long names must not make an absurd subject.
    if s.chars().count() > 150 {
        s = s.chars().take(149).collect::<String>() + "…";
    }
    s
}

/// A question and its answer, each on one line.
struct Answer {
    question: String,
    value: String,
    /// Sub-lines (windows, checklist steps).
    items: Vec<String>,
}

fn answer(question: &str, value: &str) -> Answer {
    Answer {
        question: one_line(question),
        value: one_line(value),
        items: Vec::new(),
    }
}

fn yes_no(b: bool, m: &dyn Messages) -> String {
    m.format(if b { "ticket-yes" } else { "ticket-no" }, &[])
}

/// The answers in the vendor's order.
fn answers(policy: &Policy, req: &Request, m: &dyn Messages) -> Vec<Answer> {
    let env = &policy.environments;
    let mut out = vec![
        answer(&env.source_label, &req.source),
        answer(&env.target_label, &req.target),
    ];
    if !env.kinds.is_empty() {
        out.push(answer(
            &m.format("ticket-direction", &[]),
            &format!("{} → {}", req.source_kind, req.target_kind),
        ));
    }
    out.push(windows_answer(policy, req, m));
    if policy.point_in_time.is_some() {
        let value = match (req.refresh_type, req.restore_point) {
            (RefreshType::PointInTime, Some(r)) => {
                m.format("ticket-type-pit", &[("restore", m.date_time(r).into())])
            }
            _ => m.format("ticket-type-standard", &[]),
        };
        out.push(answer(&m.format("ticket-refresh-type", &[]), &value));
    }
    if policy.preserve_users {
        out.push(answer(
            &m.format("ticket-preserve-users", &[]),
            &yes_no(req.preserve_users, m),
        ));
    }
    let versions_asked = policy.versions.required.asked(req.preserve_users);
    for q in &policy.questions {
        out.push(answer(&q.label, &yes_no(req.answer(&q.key), m)));
    }
    if versions_asked {
        out.push(answer(
            &m.format("ticket-source-version", &[]),
            &req.source_version,
        ));
        out.push(answer(
            &m.format("ticket-target-version", &[]),
            &req.target_version,
        ));
    }
    if policy.upgrade_date {
        if let Some(u) = req.next_upgrade {
            out.push(answer(
                &m.format("ticket-next-upgrade", &[]),
                &m.date_time(u),
            ));
        }
    }
    if policy.holiday_regions {
        let value = req.holiday_region.map_or_else(
            || m.format("ticket-region-none", &[]),
            |r| {
                let name = m.format(&format!("region-{}", r.code()), &[]);
                format!("{name} ({})", r.code())
            },
        );
        out.push(answer(&m.format("ticket-region", &[]), &value));
    }
    out
}

/// The windows: one line for one window, a list for several.
fn windows_answer(policy: &Policy, req: &Request, m: &dyn Messages) -> Answer {
    let w = policy.windows;
    let starts: Vec<_> = req.windows.iter().filter_map(|s| s.start()).collect();
    if w.count == 1 {
        let value = starts
            .first()
            .map(|t| m.window(*t, w.duration_minutes))
            .unwrap_or_default();
        answer(
            &m.format(
                "ticket-schedule-one",
                &[("duration", duration_in(w.duration_minutes, m).into())],
            ),
            &value,
        )
    } else {
        let mut a = answer(
            &m.format(
                "ticket-schedule-many",
                &[("duration", duration_in(w.duration_minutes, m).into())],
            ),
            "",
        );
        a.items = starts
            .iter()
            .enumerate()
            .map(|(i, t)| {
                m.format(
                    "ticket-window",
                    &[
                        ("window", (i + 1).into()),
                        ("span", m.window(*t, w.duration_minutes).into()),
                    ],
                )
            })
            .collect();
        a
    }
}

/// The checklist: each acknowledgement that applies, ticked or not, with its
/// steps, each on one line.
fn checklist(policy: &Policy, req: &Request) -> Vec<(bool, String, Vec<String>)> {
    policy
        .acknowledgements
        .iter()
        .filter(|a| a.when.as_ref().is_none_or(|k| req.answer(k)))
        .map(|a| {
            let items = a.items.iter().map(|i| one_line(i)).collect();
            (req.answer(&a.key), one_line(&a.label), items)
        })
        .collect()
}

/// `Question: answer`, or `Question? answer` when it is already a question
/// (Latin, Arabic or full-width question mark).
fn label(question: &str, m: &dyn Messages) -> String {
    if question.ends_with(['?', '؟', '？']) {
        question.to_string()
    } else {
        m.format("ticket-question", &[("question", question.into())])
    }
}

fn footer(policy: &Policy, report: &Report, m: &dyn Messages) -> String {
    m.format(
        "ticket-footer",
        &[
            ("policy", one_line(&policy.id).into()),
            ("version", one_line(&policy.version).into()),
            ("checked", m.date_time(report.submitted_at).into()),
        ],
    )
}

/// Rule ids and other words in a Markdown code span, whose text is never
/// markup: fenced by more backticks than it holds in a row.
fn code_span(text: &str) -> String {
    let text = one_line(text);
    let mut run = 0;
    let mut longest = 0;
    for c in text.chars() {
        run = if c == '`' { run + 1 } else { 0 };
        longest = longest.max(run);
    }
    let fence = "`".repeat(longest + 1);
    let pad = if longest > 0 { " " } else { "" };
    format!("{fence}{pad}{text}{pad}{fence}")
}

/// Writes the ticket body.
///
/// # Errors
/// [`TicketError::NotReady`] when the report has errors: export is only
/// possible for a ready request.
#[cfg(feature = "fluent")]
pub fn render(
    policy: &Policy,
    req: &Request,
    report: &Report,
    format: Format,
) -> Result<String, TicketError> {
    render_in(policy, req, report, format, crate::message::english())
}

/// As [`render`], in the desk's language `desk` (the report's findings
/// should be written in it too).
///
/// # Errors
/// As [`render`].
pub fn render_in(
    policy: &Policy,
    req: &Request,
    report: &Report,
    format: Format,
    desk: &dyn Messages,
) -> Result<String, TicketError> {
    // The policy's own wording of any message, wherever it appears.
    render_spoken(policy, req, report, format, &policy.messages.speak(desk))
}

/// [`render_in`] with `desk` already speaking as the policy words it.
pub(crate) fn render_spoken(
    policy: &Policy,
    req: &Request,
    report: &Report,
    format: Format,
    desk: &dyn Messages,
) -> Result<String, TicketError> {
    if !report.ready() {
        return Err(TicketError::not_ready(report));
    }
    // The policy's texts (its name, questions, checklists) in the desk's language.
    let read_in = policy.in_language(desk.lang());
    let policy = &*read_in;
    let body = match format {
        Format::Text => text(policy, req, report, desk),
        Format::Markdown => markdown(policy, req, report, desk),
        Format::Json => json_body(policy, req, report, desk),
    };
    let shown = match format {
        Format::Json => crate::visible::reveal_json(&body),
        Format::Text | Format::Markdown => crate::visible::reveal(&body),
    };
    // A body with nothing invisible in it (the usual one) is not copied.
    let shown = match shown {
        Cow::Owned(shown) => Some(shown),
        Cow::Borrowed(_) => None,
    };
    Ok(shown.unwrap_or(body))
}

fn text(policy: &Policy, req: &Request, report: &Report, m: &dyn Messages) -> String {
    let mut s = m.format("ticket-title", &[("vendor", one_line(&policy.name).into())]) + "\n\n";
    for a in answers(policy, req, m) {
        if a.value.is_empty() {
            s.push_str(&format!("{}\n", label(&a.question, m)));
        } else {
            s.push_str(&format!("{} {}\n", label(&a.question, m), a.value));
        }
        for item in &a.items {
            s.push_str(&format!("  - {item}\n"));
        }
    }
    for severity in [Severity::Approval, Severity::Warning] {
        let found: Vec<_> = report.of(severity).collect();
        if !found.is_empty() {
            s.push_str(&format!("\n{}:\n", severity.heading_in(m)));
            for f in found {
                s.push_str(&format!(
                    "  - {} [{}]\n",
                    one_line(&f.message),
                    one_line(&f.rule)
                ));
            }
        }
    }
    let list = checklist(policy, req);
    if !list.is_empty() {
        s.push_str(&format!("\n{}:\n", m.format("ticket-checklist", &[])));
        for (done, label, items) in list {
            s.push_str(&format!("  [{}] {label}\n", if done { "x" } else { " " }));
            for item in items {
                s.push_str(&format!("      - {item}\n"));
            }
        }
    }
    let notes: Vec<_> = report.of(Severity::Info).collect();
    if !notes.is_empty() {
        s.push_str(&format!("\n{}:\n", m.format("ticket-noted", &[])));
        for n in notes {
            s.push_str(&format!("  - {}\n", one_line(&n.message)));
        }
    }
    s.push('\n');
    s.push_str(&footer(policy, report, m));
    s.push('\n');
    s
}

fn markdown(policy: &Policy, req: &Request, report: &Report, m: &dyn Messages) -> String {
    let title = m.format(
        "ticket-title",
        &[("vendor", escape_markdown(&one_line(&policy.name)).into())],
    );
    let mut s = format!("## {title}\n\n");
    for a in answers(policy, req, m) {
        let question = escape_markdown(&label(&a.question, m));
        if a.value.is_empty() {
            s.push_str(&format!("- **{question}**\n"));
        } else {
            s.push_str(&format!("- **{question}** {}\n", escape_markdown(&a.value)));
        }
        for item in &a.items {
            s.push_str(&format!("  - {}\n", escape_markdown(item)));
        }
    }
    for severity in [Severity::Approval, Severity::Warning] {
        let found: Vec<_> = report.of(severity).collect();
        if !found.is_empty() {
            s.push_str(&format!("\n### {}\n\n", severity.heading_in(m)));
            for f in found {
                s.push_str(&format!(
                    "- {} ({})\n",
                    escape_markdown(&one_line(&f.message)),
                    code_span(&f.rule)
                ));
            }
        }
    }
    let list = checklist(policy, req);
    if !list.is_empty() {
        s.push_str(&format!("\n### {}\n\n", m.format("ticket-checklist", &[])));
        for (done, label, items) in list {
            s.push_str(&format!(
                "- [{}] {}\n",
                if done { "x" } else { " " },
                escape_markdown(&label)
            ));
            for item in items {
                s.push_str(&format!("  - {}\n", escape_markdown(&item)));
            }
        }
    }
    let notes: Vec<_> = report.of(Severity::Info).collect();
    if !notes.is_empty() {
        s.push_str(&format!("\n### {}\n\n", m.format("ticket-noted", &[])));
        for n in notes {
            s.push_str(&format!("- {}\n", escape_markdown(&one_line(&n.message))));
        }
    }
    s.push_str(&format!(
        "\n_{}_\n",
        escape_markdown(&footer(policy, report, m))
    ));
    s
}

/// The `json` ticket: the request and its report, machine-readable. The
/// keys are in alphabetical order, as they always were.
#[derive(Serialize)]
struct JsonTicket<'a> {
    checked_at: String,
    policy: PolicySummary<'a>,
    report: &'a Report,
    request: Value,
    subject: String,
}

fn json_body(policy: &Policy, req: &Request, report: &Report, m: &dyn Messages) -> String {
    let ticket = JsonTicket {
        checked_at: to_rfc3339(report.submitted_at),
        policy: PolicySummary::of(policy),
        report,
        request: req.to_value(policy),
        subject: subject_spoken(policy, req, first_start(req), m),
    };
    // Strings, lists and maps with string keys always serialise.
    serde_json::to_string_pretty(&ticket).unwrap_or_default() + "\n"
}

/// `{id, name, version}`: how the JSON ticket and `policies()` name a policy.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct PolicySummary<'a> {
    /// The policy's id, e.g. `veson-imos`.
    pub id: &'a str,
    /// Its display name.
    pub name: &'a str,
    /// Its version.
    pub version: &'a str,
}

impl<'a> PolicySummary<'a> {
    /// The summary of `policy`.
    pub fn of(policy: &'a Policy) -> Self {
        PolicySummary {
            id: &policy.id,
            name: &policy.name,
            version: &policy.version,
        }
    }
}

#[cfg(test)]
mod tests;
