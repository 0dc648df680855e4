//! The report: every finding on a request, whether it is ready, and the
//! bounds the notice and point-in-time rules put on a window start.

use crate::finding::{Finding, Severity};
use crate::instant::to_rfc3339;
use chrono::NaiveDateTime;
use serde::ser::{Serialize, SerializeStruct, Serializer};

/// The result of checking a request (docs/policies.md, "Report JSON").
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

    /// The report as the compact JSON of the report contract (docs/policies.md) (keys in the order
    /// written there).
    pub fn to_json(&self) -> String {
        // Serialising plain strings and options cannot fail.
        serde_json::to_string(self).unwrap_or_default()
    }
}

/// The report JSON contract (docs/policies.md, "Report JSON"): `ready` is
/// derived, instants are RFC 3339 in UTC, and the submission time stays out
/// (the ticket states it).
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rule_id::RuleId;
    use chrono::DateTime;
    use proptest::prelude::*;

    fn instant(minutes: i64) -> NaiveDateTime {
        // Minutes from 1970 to 2999, the range the core reads.
        DateTime::from_timestamp(minutes * 60, 0)
            .map(|t| t.naive_utc())
            .unwrap_or_default()
    }

    fn severity() -> impl Strategy<Value = Severity> {
        prop_oneof![
            Just(Severity::Error),
            Just(Severity::Approval),
            Just(Severity::Warning),
            Just(Severity::Info),
        ]
    }

    fn finding() -> impl Strategy<Value = Finding> {
        // `\PC` alone rarely draws the characters JSON escapes: mix them in.
        let text = "(\\PC|[\"\\\\\u{0}-\u{1f}\u{7f}é–€😀])*";
        (text, proptest::option::of(text), severity(), text).prop_map(
            |(rule, field, severity, message)| Finding {
                rule,
                field,
                severity,
                message,
            },
        )
    }

    #[test]
    fn report_json_has_the_contract_keys_in_order() {
        let report = Report {
            findings: vec![Finding::on(
                RuleId::WindowWeekend,
                "windows[1]",
                Severity::Error,
                "Sat \"12\" Oct\n",
            )],
            earliest_start: instant(28_807_320),
            latest_start: None,
            submitted_at: instant(28_807_320),
        };
        insta::assert_snapshot!(report.to_json(), @r#"{"ready":false,"findings":[{"rule":"window.weekend","field":"windows[1]","severity":"error","message":"Sat \"12\" Oct\n"}],"earliest_start":"2024-10-09T02:00:00Z","latest_start":null}"#);
    }

    proptest! {
        #[test]
        fn report_json_reads_back_as_the_report(
            findings in proptest::collection::vec(finding(), 0..6),
            earliest in 0i64..540_000_000,
            latest in proptest::option::of(0i64..540_000_000),
        ) {
            let report = Report {
                findings,
                earliest_start: instant(earliest),
                latest_start: latest.map(instant),
                submitted_at: instant(earliest),
            };
            let v: serde_json::Value = serde_json::from_str(&report.to_json()).expect("valid JSON");
            prop_assert_eq!(v["ready"].as_bool(), Some(report.ready()));
            let earliest = to_rfc3339(report.earliest_start);
            prop_assert_eq!(v["earliest_start"].as_str(), Some(earliest.as_str()));
            prop_assert_eq!(v["latest_start"].as_str().map(String::from), report.latest_start.map(to_rfc3339));
            let found = v["findings"].as_array().expect("a list");
            prop_assert_eq!(found.len(), report.findings.len());
            for (f, j) in report.findings.iter().zip(found) {
                prop_assert_eq!(j["rule"].as_str(), Some(f.rule.as_str()));
                prop_assert_eq!(j["field"].as_str(), f.field.as_deref());
                prop_assert_eq!(j["severity"].as_str(), Some(f.severity.as_str()));
                prop_assert_eq!(j["message"].as_str(), Some(f.message.as_str()));
            }
        }
    }
}
