//! The request and report contract (docs/policies.md), as pure functions: what `window.RefreshRequest`
//! exposes (`validate`, `ticket`, `policies`, `suggest`), testable natively.
//! The browser adapter only converts between JavaScript values and these.

use crate::field::Key;
use crate::finding::{Finding, Severity};
use crate::policy::{builtins, Policy};
use crate::report::Report;
use crate::request::{policy_id, Request};
use crate::rules::{self, Context};
use crate::suggest;
use crate::ticket::{self, Format, PolicySummary, TicketError};
use chrono::NaiveDateTime;
use serde_json::Value;

/// The policies a page knows: the built-ins plus any an embedder added.
#[derive(Clone, Debug, Default)]
pub struct Catalog {
    custom: Vec<Policy>,
}

/// Reads a request given as JSON text or already-parsed JSON.
pub enum Input<'a> {
    /// JSON text (`'{"policy": …}'`).
    Text(&'a str),
    /// Parsed JSON.
    Value(&'a Value),
}

impl Input<'_> {
    fn parse(&self) -> Result<Value, Finding> {
        let value = match self {
            Input::Text(s) => crate::json_syntax::parse(s).map_err(|e| {
                Finding::general(
                    "field.invalid",
                    Severity::Error,
                    format!("The request is not valid JSON (at {e}): pass an object like {{\"policy\": \"veson-imos\", …}}."),
                )
            })?,
            Input::Value(v) => (*v).clone(),
        };
        if value.is_object() {
            Ok(value)
        } else {
            Err(Finding::general(
                "field.invalid",
                Severity::Error,
                "The request should be an object like {\"policy\": \"veson-imos\", …}.",
            ))
        }
    }
}

impl Catalog {
    /// Adds (or replaces, by id) a custom policy.
    pub fn add(&mut self, policy: Policy) {
        self.custom.retain(|p| p.id != policy.id);
        self.custom.push(policy);
    }

    /// Every policy: built-ins first, then custom ones.
    pub fn all(&self) -> impl Iterator<Item = &Policy> {
        builtins()
            .iter()
            .filter(|b| !self.custom.iter().any(|c| c.id == b.id))
            .chain(self.custom.iter())
    }

    /// A policy by id.
    pub fn get(&self, id: &str) -> Option<&Policy> {
        let id = id.trim();
        self.custom
            .iter()
            .find(|p| p.id == id)
            .or_else(|| builtins().iter().find(|p| p.id == id))
    }

    /// `[{id, name, version}, …]`.
    pub fn policies(&self) -> Vec<PolicySummary<'_>> {
        self.all().map(PolicySummary::of).collect()
    }

    /// The policy a request names, or the finding that says why there is none.
    fn resolve(&self, input: &Value) -> Result<&Policy, Finding> {
        let known = || {
            self.all()
                .map(|p| p.id.clone())
                .collect::<Vec<_>>()
                .join(", ")
        };
        match input.get(Key::Policy.as_str()) {
            None | Some(Value::Null) => Err(Finding::on(
                "field.required",
                Key::Policy,
                Severity::Error,
                format!(
                    "Name the vendor policy to check against: one of {}.",
                    known()
                ),
            )),
            Some(v) => match policy_id(input).and_then(|id| self.get(id)) {
                Some(p) => Ok(p),
                None => Err(Finding::on(
                    "field.invalid",
                    Key::Policy,
                    Severity::Error,
                    format!(
                        "Unknown policy {}: use one of {}.",
                        crate::instant::excerpt(&v.to_string()),
                        known()
                    ),
                )),
            },
        }
    }

    /// Checks a request; never fails: unreadable input is a finding.
    pub fn validate(&self, input: Input<'_>, now: NaiveDateTime) -> Report {
        let value = match input.parse() {
            Ok(v) => v,
            Err(f) => return lone(f, now),
        };
        match self.resolve(&value) {
            Ok(policy) => rules::validate(policy, &value, now),
            Err(f) => lone(f, now),
        }
    }

    /// The ticket body in a format (`text`, `markdown`, `json`).
    ///
    /// # Errors
    /// A message that says what must be fixed first, or that the format is unknown.
    pub fn ticket(
        &self,
        input: Input<'_>,
        format: &str,
        now: NaiveDateTime,
    ) -> Result<String, String> {
        let format: Format = format.parse().map_err(|e: TicketError| e.to_string())?;
        let value = input.parse().map_err(|f| f.message)?;
        let policy = self.resolve(&value).map_err(|f| f.message)?;
        let parsed = Request::read(policy, &value);
        let report = rules::validate(policy, &value, now);
        ticket::render(policy, &parsed.request, &report, format).map_err(|e| e.to_string())
    }

    /// The suggested subject line, when the request can be read.
    pub fn subject(&self, input: Input<'_>) -> Option<String> {
        let value = input.parse().ok()?;
        let policy = self.resolve(&value).ok()?;
        Some(ticket::subject(
            policy,
            &Request::read(policy, &value).request,
        ))
    }

    /// The earliest acceptable window starts (RFC 3339), as many as the policy wants.
    pub fn suggest(&self, input: Input<'_>, now: NaiveDateTime) -> Vec<String> {
        let Ok(value) = input.parse() else {
            return Vec::new();
        };
        let Ok(policy) = self.resolve(&value) else {
            return Vec::new();
        };
        let request = Request::read(policy, &value).request;
        let ctx = Context::new(policy, &request, now);
        suggest::suggest(&ctx)
            .into_iter()
            .map(crate::instant::to_rfc3339)
            .collect()
    }
}

fn lone(finding: Finding, now: NaiveDateTime) -> Report {
    Report {
        findings: vec![finding],
        earliest_start: now,
        latest_start: None,
        submitted_at: now,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::instant::parse;

    fn now() -> NaiveDateTime {
        parse("2024-10-07T02:00Z").expect("now")
    }

    #[test]
    fn lists_the_builtins() {
        let c = Catalog::default();
        let ids: Vec<_> = c.policies().iter().map(|p| p.id).collect();
        assert_eq!(ids, ["veson-imos", "clarity-saas"]);
    }

    #[test]
    fn bad_input_is_a_finding_not_a_failure() {
        let c = Catalog::default();
        for text in [
            "",
            "nope",
            "[]",
            "42",
            "{\"policy\": 3}",
            "{\"policy\": \"acme\"}",
            "{}",
        ] {
            let r = c.validate(Input::Text(text), now());
            assert!(!r.ready(), "{text}");
            assert_eq!(r.findings.len(), 1, "{text}");
        }
        let r = c.validate(Input::Text("{}"), now());
        insta::assert_snapshot!(r.findings[0].message, @"Name the vendor policy to check against: one of veson-imos, clarity-saas.");
        let r = c.validate(Input::Text("{\"policy\": \"acme\"}"), now());
        insta::assert_snapshot!(r.findings[0].message, @r#"Unknown policy "acme": use one of veson-imos, clarity-saas."#);
    }

    #[test]
    fn ticket_refuses_until_ready_and_names_the_problems() {
        let c = Catalog::default();
        let err = c
            .ticket(
                Input::Text(r#"{"policy": "veson-imos", "source": "A"}"#),
                "text",
                now(),
            )
            .unwrap_err();
        assert!(err.starts_with("The request is not ready: fix "), "{err}");
        assert!(
            err.contains("Enter the target environment / database name"),
            "{err}"
        );
        let err = c
            .ticket(Input::Text(r#"{"policy": "veson-imos"}"#), "pdf", now())
            .unwrap_err();
        assert_eq!(
            err,
            "Unknown ticket format “pdf”: use text, markdown or json."
        );
    }

    #[test]
    fn custom_policies_join_the_catalog() {
        let mut c = Catalog::default();
        let mut p = Policy::builtin("clarity-saas").expect("builtin").clone();
        p.id = "acme".into();
        p.name = "Acme".into();
        c.add(p);
        assert_eq!(c.policies().len(), 3);
        let r = c.validate(Input::Text(r#"{"policy": "acme"}"#), now());
        assert!(r
            .findings
            .iter()
            .any(|f| f.field.as_deref() == Some("source_url")));
    }
}
