//! Findings: one result of one rule, and how serious it is.

use crate::rule_id::RuleId;

/// How serious a finding is (docs/rules.md, "Severities").
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    /// The vendor will not accept the request: it must be fixed before export.
    Error,
    /// Can be requested, but the vendor needs extra approval; the ticket says so.
    Approval,
    /// Probably fine; worth a look.
    Warning,
    /// What to know or do.
    Info,
}

impl Severity {
    /// The lowercase name used in JSON and CSS classes.
    pub const fn as_str(self) -> &'static str {
        match self {
            Severity::Error => "error",
            Severity::Approval => "approval",
            Severity::Warning => "warning",
            Severity::Info => "info",
        }
    }

    /// A heading for a group of findings of this severity, in the language
    /// `messages` writes.
    pub fn heading_in(self, messages: &dyn crate::message::Messages) -> String {
        messages.format(&format!("severity-{}", self.as_str()), &[])
    }
}

/// Sorts `findings` by `key`, keeping the order of those with the same key: the one sort of
/// findings, non-generic, so that the page's wasm carries one copy of the sort's code for
/// every order it puts findings in, not one per key.
pub fn sort_findings(findings: &mut [Finding], key: &dyn Fn(&Finding) -> usize) {
    findings.sort_by_key(key);
}

/// One result of one rule.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize)]
pub struct Finding {
    /// The rule id, e.g. `window.weekend` (docs/rules.md): one of
    /// [`RuleId`]'s, or a policy's own (`ack.…`, `note.…`).
    pub rule: String,
    /// The field it concerns, e.g. `windows[1]`; `None` for the whole request.
    pub field: Option<String>,
    /// How serious it is.
    pub severity: Severity,
    /// What is wrong and how to fix it, in plain words.
    pub message: String,
}

impl Finding {
    /// A finding about one field.
    pub fn on(
        rule: impl AsRef<str>,
        field: impl Into<String>,
        severity: Severity,
        message: impl Into<String>,
    ) -> Self {
        Finding {
            rule: rule.as_ref().to_string(),
            field: Some(field.into()),
            severity,
            message: message.into(),
        }
    }

    /// A finding about the request as a whole.
    pub fn general(rule: impl AsRef<str>, severity: Severity, message: impl Into<String>) -> Self {
        Finding {
            rule: rule.as_ref().to_string(),
            field: None,
            severity,
            message: message.into(),
        }
    }

    /// Whether it is a finding of the rule `id`.
    pub fn is(&self, id: RuleId) -> bool {
        self.rule == id.as_str()
    }
}
