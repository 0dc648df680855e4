//! The rules: generic checks that read every number from the policy.
//!
//! [`check`] runs them all over a request and returns a [`Report`]. Each
//! submodule is one concern; each rule id (docs/rules.md) lives in exactly one.

mod checklist;
mod environments;
mod versions;
pub mod windows;

use crate::business_days::Calendar;
use crate::finding::{Finding, Severity};
use crate::message::{Arg, Messages};
use crate::policy::{NoticePeriod, Policy};
use crate::report::Report;
use crate::request::{Parsed, RefreshType, Request};
use crate::rule_id::RuleId;
use chrono::{Duration, NaiveDateTime};
use serde_json::Value;

/// Everything a rule needs to judge one request.
pub struct Context<'a> {
    /// The policy.
    pub policy: &'a Policy,
    /// The request.
    pub request: &'a Request,
    /// When the ticket is raised.
    pub submitted_at: NaiveDateTime,
    /// Business days of the request's holiday region.
    pub calendar: Calendar,
    /// The earliest start the notice rule allows.
    pub notice_bound: NaiveDateTime,
    /// The earliest start the point-in-time notice allows.
    pub pit_notice_bound: Option<NaiveDateTime>,
    /// The latest start the restore point allows.
    pub latest_start: Option<NaiveDateTime>,
    /// The language the findings are written in.
    pub messages: &'a dyn Messages,
}

impl<'a> Context<'a> {
    /// A context whose findings are in English; `now` stands in when the
    /// request gives no submission time.
    #[cfg(feature = "fluent")]
    pub fn new(policy: &'a Policy, request: &'a Request, now: NaiveDateTime) -> Self {
        Context::in_language(policy, request, now, crate::message::english())
    }

    /// A context whose findings `messages` writes.
    pub fn in_language(
        policy: &'a Policy,
        request: &'a Request,
        now: NaiveDateTime,
        messages: &'a dyn Messages,
    ) -> Self {
        let submitted_at = request.submitted_at.unwrap_or(now);
        let calendar = Calendar::new(request.holiday_region);
        let notice_bound = match policy.notice {
            NoticePeriod::BusinessDays(n) => calendar.add(submitted_at, n),
            NoticePeriod::Hours(h) => submitted_at + Duration::hours(i64::from(h)),
        };
        let pit = policy
            .point_in_time
            .filter(|_| request.refresh_type == RefreshType::PointInTime);
        Context {
            policy,
            request,
            submitted_at,
            calendar,
            notice_bound,
            pit_notice_bound: pit.map(|p| submitted_at + Duration::days(i64::from(p.notice_days))),
            latest_start: pit
                .zip(request.restore_point)
                .map(|(p, r)| r + Duration::days(i64::from(p.max_age_days))),
            messages,
        }
    }

    /// Whether this is a point-in-time refresh under a policy that offers one.
    pub fn point_in_time(&self) -> Option<crate::policy::PointInTime> {
        self.policy
            .point_in_time
            .filter(|_| self.request.refresh_type == RefreshType::PointInTime)
    }

    /// The message `id` in the findings' language.
    pub fn say(&self, id: &str, args: &[(&'static str, Arg)]) -> String {
        self.messages.format(id, args)
    }

    /// The earliest start all notice rules allow.
    pub fn earliest_start(&self) -> NaiveDateTime {
        self.pit_notice_bound
            .map_or(self.notice_bound, |p| p.max(self.notice_bound))
    }
}

/// Checks an already-read request; findings in English.
#[cfg(feature = "fluent")]
pub fn check(policy: &Policy, request: &Request, now: NaiveDateTime) -> Report {
    check_in(policy, request, now, crate::message::english())
}

/// Checks an already-read request; findings written by `messages`.
pub fn check_in(
    policy: &Policy,
    request: &Request,
    now: NaiveDateTime,
    messages: &dyn Messages,
) -> Report {
    run(policy, request, now, Vec::new(), messages)
}

/// Reads a request from JSON and checks it: `field.invalid` findings for
/// unreadable values come first on their fields. Findings in English.
///
/// # Example
/// ```
/// use refresh_request_core::{instant::parse, policy::Policy, rules::validate};
/// let policy = Policy::builtin("veson-imos").unwrap();
/// let report = validate(policy, &serde_json::from_str(r#"{
///     "submitted_at": "2024-10-07T02:00Z", "source": "ABCD_prod", "target": "ABCD_test",
///     "windows": ["2024-10-09T02:00Z", "2024-10-09T04:00Z"]
/// }"#).unwrap(), parse("2030-01-01T00:00Z").unwrap());
/// assert!(report.ready());
/// ```
#[cfg(feature = "fluent")]
pub fn validate(policy: &Policy, input: &Value, now: NaiveDateTime) -> Report {
    validate_in(policy, input, now, crate::message::english())
}

/// As [`validate`], with findings written by `messages`.
pub fn validate_in(
    policy: &Policy,
    input: &Value,
    now: NaiveDateTime,
    messages: &dyn Messages,
) -> Report {
    check_read_in(
        policy,
        &Request::read_in(policy, input, messages),
        now,
        messages,
    )
}

/// As [`validate_in`], for a request already read, with the findings of its
/// reading (the form keeps the request it read, and need not read it twice):
/// findings written by `messages` (the reading's are in the language
/// `parsed` was read in).
pub fn check_read_in(
    policy: &Policy,
    parsed: &Parsed,
    now: NaiveDateTime,
    messages: &dyn Messages,
) -> Report {
    run(
        policy,
        &parsed.request,
        now,
        parsed.findings.clone(),
        messages,
    )
}

fn run(
    policy: &Policy,
    request: &Request,
    now: NaiveDateTime,
    mut findings: Vec<Finding>,
    messages: &dyn Messages,
) -> Report {
    // The policy's own wording of any message, wherever it appears.
    let spoken = policy.messages.speak(messages);
    let messages: &dyn Messages = &spoken;
    // The labels and notes its findings quote are the policy's in the findings' language.
    let read_in = policy.in_language(messages.lang());
    let policy = &*read_in;
    let ctx = Context::in_language(policy, request, now, messages);
    environments::check(&ctx, &mut findings);
    windows::check(&ctx, &mut findings);
    versions::check(&ctx, &mut findings);
    checklist::check(&ctx, &mut findings);
    // A value that could not be read (or was too long to read) is reported
    // once, as invalid or too long, not also as missing.
    let invalid: Vec<Option<String>> = findings
        .iter()
        .filter(|f| f.is(RuleId::FieldInvalid) || f.is(RuleId::FieldTooLong))
        .map(|f| f.field.clone())
        .collect();
    findings.retain(|f| !f.is(RuleId::FieldRequired) || !invalid.contains(&f.field));
    // Severity first; within one, the order of the form (stable sort).
    crate::finding::sort_findings(&mut findings, &|f| f.severity as usize);
    Report {
        findings,
        earliest_start: ctx.earliest_start(),
        latest_start: ctx.latest_start,
        submitted_at: ctx.submitted_at,
    }
}

/// `field.required`: a required field is empty.
pub(crate) fn required(field: impl Into<String>, message: String) -> Finding {
    Finding::on(RuleId::FieldRequired, field, Severity::Error, message)
}

#[cfg(test)]
mod tests;
