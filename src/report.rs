//! The report: every finding on a request, whether it is ready, and the
//! bounds the notice and point-in-time rules put on a window start.

use crate::finding::{Finding, Severity};
use crate::instant::to_rfc3339;
use chrono::NaiveDateTime;
use serde::ser::{Serialize, SerializeStruct, Serializer};

/// The result of checking a request (spec §6 "Report JSON").
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Report {
    /// Every finding, errors first, then approvals, warnings and notes.
    pub findings: Vec<Finding>,
    /// The earliest a window may start (notice and point-in-time notice).
    pub earliest_start: NaiveDateTime,
    /// The latest a window may start (point-in-time only).
    pub latest_start: Option<NaiveDateTime>,
    /// The submission time the request was checked at.
    pub submitted_at: NaiveDateTime,
}

impl Report {
    /// Ready means no `error` finding.
    pub fn ready(&self) -> bool {
        !self.findings.iter().any(|f| f.severity == Severity::Error)
    }

    /// The findings of one severity.
    pub fn of(&self, severity: Severity) -> impl Iterator<Item = &Finding> {
        self.findings.iter().filter(move |f| f.severity == severity)
    }

    /// The findings on one field (`windows[1]`, `source`, …).
    pub fn on_field<'a>(&'a self, field: &'a str) -> impl Iterator<Item = &'a Finding> {
        self.findings
            .iter()
            .filter(move |f| f.field.as_deref() == Some(field))
    }

    /// The report as the JSON of spec §6.
    pub fn to_json(&self) -> String {
        serde_json::to_string(self).unwrap_or_else(|_| "{}".into())
    }
}

impl Serialize for Report {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut st = s.serialize_struct("Report", 4)?;
        st.serialize_field("ready", &self.ready())?;
        st.serialize_field("findings", &self.findings)?;
        st.serialize_field("earliest_start", &to_rfc3339(self.earliest_start))?;
        st.serialize_field("latest_start", &self.latest_start.map(to_rfc3339))?;
        st.end()
    }
}
