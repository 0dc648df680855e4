//! The vendor's desk checks what arrived (docs/desk.md): the request a
//! ticket carries (or a request JSON), against the same rules as the form,
//! measured from when the desk received it; and whether the ticket's
//! readable lines still say what that request renders.

use crate::catalog::Catalog;
use crate::excerpt::excerpt;
use crate::field::Key;
use crate::finding::{Finding, Severity};
use crate::instant::to_rfc3339;
use crate::lang::Lang;
use crate::message::Messages;
use crate::policy::Policy;
use crate::report::Report;
use crate::request::{field_name_in, Request};
use crate::rule_id::RuleId;
use crate::rules::validate_in;
use crate::ticket::carried::{self, export_readable_in, Damage};
use crate::ticket::edits::{compare, Edit};
use crate::ticket::{Format, PolicySummary};
use chrono::NaiveDateTime;
use serde::Serialize;
use serde_json::Value;

/// Why the desk could not check what arrived.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Unchecked {
    /// No carried data and no request JSON.
    NoRequest,
    /// A ticket in JSON that carries no data (written before tickets did).
    NoData,
    /// The carried data is there but damaged.
    Damaged(Damage),
    /// The request names a policy the desk does not know.
    UnknownPolicy(String),
}

impl Unchecked {
    /// Why, in the language `messages` writes.
    pub fn message(&self, messages: &dyn Messages) -> String {
        match self {
            Unchecked::NoRequest => messages.format(
                "desk-no-request",
                &[(
                    "marker",
                    format!("{}{}-----", carried::BEGIN, carried::VERSION).into(),
                )],
            ),
            Unchecked::NoData => messages.format("desk-no-data", &[]),
            Unchecked::Damaged(d) => d.message(messages),
            Unchecked::UnknownPolicy(id) => {
                messages.format("desk-unknown-policy", &[("policy", excerpt(id).into())])
            }
        }
    }
}

/// In English.
#[cfg(feature = "fluent")]
impl std::fmt::Display for Unchecked {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.message(crate::message::english()))
    }
}

#[cfg(feature = "fluent")]
impl std::error::Error for Unchecked {}

/// What the ticket itself says, beside its request.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TicketFacts {
    /// The format it was written in.
    pub format: Format,
    /// The policy version the customer checked against.
    pub policy_version: String,
    /// The readable lines that differ from what the request renders.
    pub edits: Vec<Edit>,
    /// The report of the customer's own check (at the submission time the
    /// ticket states).
    pub at_submission: Report,
}

/// The desk's check of one arrival.
#[derive(Clone)]
pub struct DeskCheck<'a> {
    /// The policy checked against.
    pub policy: &'a Policy,
    /// The request JSON as it arrived (with the `submitted_at` it claims).
    pub request: Value,
    /// When the ticket says it was checked and submitted.
    pub submitted_at: Option<NaiveDateTime>,
    /// When the desk received it: "now" for every time rule.
    pub received_at: NaiveDateTime,
    /// The report at receipt, with the desk's own findings on the ticket first.
    pub report: Report,
    /// The ticket's own facts, when a ticket (not a bare request) arrived.
    pub ticket: Option<TicketFacts>,
    /// The desk's language: the rules' findings, and the ticket as the form
    /// would have written it, are in it.
    pub messages: &'a dyn Messages,
}

impl std::fmt::Debug for DeskCheck<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("DeskCheck")
            .field("policy", &self.policy.id)
            .field("request", &self.request)
            .field("submitted_at", &self.submitted_at)
            .field("received_at", &self.received_at)
            .field("report", &self.report)
            .field("ticket", &self.ticket)
            .field("lang", &self.messages.lang())
            .finish()
    }
}

/// The request JSON in `text`: the data a ticket carries, or the whole text
/// when it is a request JSON object.
fn arrived(text: &str) -> Result<(Value, Option<carried::Carried>), Unchecked> {
    if let Some(mut c) = carried::find(text).map_err(Unchecked::Damaged)? {
        // The request is checked from here on; the rest of what was carried stays.
        let request = c.request.take();
        return Ok((request, Some(c)));
    }
    match crate::json_syntax::parse(text.trim()) {
        Ok(v) if v.get("checked_at").is_some() && v.get("request").is_some() => {
            Err(Unchecked::NoData)
        }
        Ok(v) if v.is_object() => Ok((v, None)),
        _ => Err(Unchecked::NoRequest),
    }
}

fn desk_finding(rule: RuleId, severity: Severity, message: String) -> Finding {
    Finding::general(rule, severity, message)
}

/// A line quoted in a message (the message puts the quotation marks):
/// whole, unless it is absurdly long (a ticket's own lines never are).
fn quoted(line: &str) -> String {
    const MAX: usize = 200;
    let line = line.trim();
    if line.chars().count() <= MAX {
        line.to_owned()
    } else {
        format!("{}…", line.chars().take(MAX).collect::<String>())
    }
}

/// What one edited line says.
fn edit_message(e: &Edit, messages: &dyn Messages) -> String {
    let line = ("line", e.line.into());
    match (&e.written, &e.received) {
        (Some(w), Some(r)) => messages.format(
            "ticket-edited",
            &[
                line,
                ("received", quoted(r).into()),
                ("written", quoted(w).into()),
            ],
        ),
        (Some(w), None) => messages.format(
            "ticket-edited--missing",
            &[line, ("written", quoted(w).into())],
        ),
        (None, Some(r)) => messages.format(
            "ticket-edited--added",
            &[line, ("received", quoted(r).into())],
        ),
        (None, None) => messages.format("ticket-edited--differs", &[line]),
    }
}

/// Checks what arrived (a ticket body in any format, or a request JSON)
/// as received at `received_at`. `policy` overrides the one the request names.
///
/// # Errors
/// [`Unchecked`] when there is no request to check, its data is damaged or
/// its policy is unknown.
#[cfg(feature = "fluent")]
pub fn check<'a>(
    text: &str,
    catalog: &'a Catalog,
    policy: Option<&'a Policy>,
    received_at: NaiveDateTime,
) -> Result<DeskCheck<'a>, Unchecked> {
    check_in(
        text,
        catalog,
        policy,
        received_at,
        crate::message::english(),
        &|lang| crate::message::in_lang(lang),
    )
}

/// As [`check`], with the findings in the reader's language `reader`; the
/// ticket's lines are compared with the ticket as the form writes it in the
/// policy's desk language, whose messages `desk` gives.
///
/// # Errors
/// As [`check`].
pub fn check_in<'a, 'm>(
    text: &str,
    catalog: &'a Catalog,
    policy: Option<&'a Policy>,
    received_at: NaiveDateTime,
    reader: &'a dyn Messages,
    desk_messages: &dyn Fn(Lang) -> &'m dyn Messages,
) -> Result<DeskCheck<'a>, Unchecked> {
    let desk = reader;
    let (request, carried) = arrived(text)?;
    let named = crate::request::policy_id(&request).unwrap_or_default();
    let policy = match policy {
        Some(p) => p,
        None => catalog
            .get(named)
            .ok_or_else(|| Unchecked::UnknownPolicy(named.to_string()))?,
    };
    let read = Request::read_in(policy, &request, desk).request;
    let submitted_at = read.submitted_at;
    // Every time rule is measured from the receipt.
    let mut at_receipt = request.clone();
    if let Value::Object(m) = &mut at_receipt {
        m.insert(
            Key::SubmittedAt.as_str().into(),
            to_rfc3339(received_at).into(),
        );
    }
    let mut report = validate_in(policy, &at_receipt, received_at, desk);
    let written_in = desk_messages(policy.desk_language);
    let ticket = carried.map(|c| {
        facts(
            policy,
            named,
            (&request, &read),
            c,
            text,
            received_at,
            written_in,
        )
    });
    if let Some(t) = &ticket {
        let mut own = Vec::new();
        if t.policy_version != policy.version || named != policy.id {
            own.push(desk_finding(
                RuleId::TicketPolicyChanged,
                Severity::Warning,
                desk.format(
                    "ticket-policy_changed",
                    &[
                        ("policy", excerpt(named).into()),
                        ("version", excerpt(&t.policy_version).into()),
                        ("desk_policy", (&policy.id).into()),
                        ("desk_version", (&policy.version).into()),
                    ],
                ),
            ));
        } else if !t.at_submission.ready() {
            own.push(desk_finding(
                RuleId::TicketUnverified,
                Severity::Error,
                desk.format("ticket-unverified", &[]),
            ));
        }
        own.extend(
            t.edits.iter().map(|e| {
                desk_finding(RuleId::TicketEdited, Severity::Error, edit_message(e, desk))
            }),
        );
        own.append(&mut report.findings);
        own.sort_by_key(|f| f.severity);
        report.findings = own;
    }
    Ok(DeskCheck {
        policy,
        request,
        submitted_at,
        received_at,
        report,
        ticket,
        messages: desk,
    })
}

/// The ticket's facts: the customer's own report, and the edits when the
/// same policy can re-render the ticket.
fn facts(
    policy: &Policy,
    named: &str,
    (request, read): (&Value, &Request),
    c: carried::Carried,
    text: &str,
    received_at: NaiveDateTime,
    desk: &dyn Messages,
) -> TicketFacts {
    let at_submission = validate_in(policy, request, received_at, desk);
    let same_policy = c.policy_version == policy.version && named == policy.id;
    let edits = if same_policy {
        export_readable_in(policy, read, &at_submission, c.format, desk)
            .map(|written| compare(&written, text))
            .unwrap_or_default()
    } else {
        Vec::new()
    };
    TicketFacts {
        format: c.format,
        policy_version: c.policy_version,
        edits,
        at_submission,
    }
}

/// A finding's identity across two checks: its rule and field.
fn same(a: &Finding, b: &Finding) -> bool {
    a.rule == b.rule && a.field == b.field
}

/// What changed since the customer's own check.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
pub struct Changes<'r> {
    /// Findings at receipt that the customer's check did not have.
    pub new: Vec<&'r Finding>,
    /// Findings of the customer's check that are gone at receipt.
    pub gone: Vec<&'r Finding>,
}

impl<'a> DeskCheck<'a> {
    /// Ready: no error at receipt and no edited line.
    pub fn ready(&self) -> bool {
        self.report.ready()
    }

    /// The rules' findings that differ from the customer's own check (the
    /// desk's findings on the ticket are not the rules').
    pub fn changes(&self) -> Changes<'_> {
        let Some(t) = &self.ticket else {
            return Changes::default();
        };
        let rules = |f: &&Finding| !f.rule.starts_with(RuleId::DESK_PREFIX);
        Changes {
            new: self
                .report
                .findings
                .iter()
                .filter(rules)
                .filter(|f| !t.at_submission.findings.iter().any(|g| same(f, g)))
                .collect(),
            gone: t
                .at_submission
                .findings
                .iter()
                .filter(|f| !self.report.findings.iter().any(|g| same(f, g)))
                .collect(),
        }
    }

    /// One paragraph a person can read, in the reader's language: the
    /// verdict and why.
    pub fn summary(&self) -> String {
        let m = self.messages;
        let count = |severity| self.report.of(severity).count();
        let edited = self
            .report
            .findings
            .iter()
            .filter(|f| f.is(RuleId::TicketEdited))
            .count();
        let errors = count(Severity::Error) - edited;
        let verdict = match (errors, edited) {
            (0, 0) => "desk-summary-ready",
            (0, _) => "desk-summary-edited",
            (_, 0) => "desk-summary-errors",
            _ => "desk-summary-errors-edited",
        };
        // Each sentence after the first brings its own separating space, in
        // the languages that put one.
        let mut s = m.format(
            verdict,
            &[
                ("policy", (&self.policy.name).into()),
                ("version", (&self.policy.version).into()),
                ("received", m.date_time(self.received_at).into()),
                ("errors", errors.into()),
                ("edited", edited.into()),
            ],
        );
        let approvals = count(Severity::Approval);
        if approvals > 0 {
            s.push_str(&m.format("desk-summary-approvals", &[("count", approvals.into())]));
        }
        s.push_str(&match self.submitted_at {
            Some(t) if self.ticket.is_some() => m.format(
                "desk-summary-checked",
                &[("checked", m.date_time(t).into())],
            ),
            Some(t) => m.format(
                "desk-summary-submitted",
                &[("submitted", m.date_time(t).into())],
            ),
            None => m.format("desk-summary-unsubmitted", &[]),
        });
        let new = self.changes().new.len();
        if new > 0 {
            s.push_str(&m.format("desk-summary-new", &[("count", new.into())]));
        }
        s
    }

    /// The report as text for a person (what `refresh-request check`
    /// prints), in the reader's language.
    pub fn to_text(&self) -> String {
        let m = self.messages;
        let mut s = m.format(
            if self.ready() {
                "desk-text-ready"
            } else {
                "desk-text-not-ready"
            },
            &[
                ("name", (&self.policy.name).into()),
                ("policy", (&self.policy.id).into()),
                ("version", (&self.policy.version).into()),
            ],
        );
        s.push('\n');
        let submitted = match self.submitted_at {
            Some(t) => m.format("desk-text-submitted", &[("at", m.date_time(t).into())]),
            None => m.format("desk-text-unsubmitted", &[]),
        };
        let received = m.format(
            "desk-text-received",
            &[("at", m.date_time(self.received_at).into())],
        );
        s.push_str(&format!("{submitted}\n{received}\n\n{}\n", self.summary()));
        for severity in [
            Severity::Error,
            Severity::Approval,
            Severity::Warning,
            Severity::Info,
        ] {
            let found: Vec<_> = self.report.of(severity).collect();
            if !found.is_empty() {
                s.push_str(&format!("\n{}:\n", severity.heading_in(m)));
                for f in found {
                    s.push_str(&format!("  - {} [{}]\n", f.message, f.rule));
                }
            }
        }
        let changes = self.changes();
        if !changes.new.is_empty() || !changes.gone.is_empty() {
            s.push_str(&format!("\n{}\n", m.format("desk-text-changes", &[])));
            // The messages are above; here, which rule on which field.
            let on = |f: &Finding| match &f.field {
                Some(field) => m.format(
                    "desk-text-on",
                    &[
                        ("rule", (&f.rule).into()),
                        ("field", field_name_in(self.policy, field, m).into()),
                    ],
                ),
                None => f.rule.clone(),
            };
            for f in changes.new {
                let line = m.format("desk-text-new", &[("finding", on(f).into())]);
                s.push_str(&format!("  + {line}\n"));
            }
            for f in changes.gone {
                let line = m.format("desk-text-gone", &[("finding", on(f).into())]);
                s.push_str(&format!("  - {line}\n"));
            }
        }
        s
    }

    /// The report as one JSON object (what `refresh-request check --json` prints).
    pub fn to_json(&self) -> String {
        #[derive(Serialize)]
        struct Ticket<'t> {
            format: &'static str,
            policy_version: &'t str,
            edits: &'t [Edit],
        }
        #[derive(Serialize)]
        struct Out<'o> {
            ready: bool,
            summary: String,
            findings: &'o [Finding],
            submitted_at: Option<String>,
            received_at: String,
            policy: PolicySummary<'o>,
            request: &'o Value,
            ticket: Option<Ticket<'o>>,
            changes: Changes<'o>,
        }
        let out = Out {
            ready: self.ready(),
            summary: self.summary(),
            findings: &self.report.findings,
            submitted_at: self.submitted_at.map(to_rfc3339),
            received_at: to_rfc3339(self.received_at),
            policy: PolicySummary::of(self.policy),
            request: &self.request,
            ticket: self.ticket.as_ref().map(|t| Ticket {
                format: t.format.as_str(),
                policy_version: &t.policy_version,
                edits: &t.edits,
            }),
            changes: self.changes(),
        };
        // Strings, lists and maps with string keys always serialise.
        serde_json::to_string_pretty(&out).unwrap_or_default()
    }
}

#[cfg(test)]
mod tests;
