//! The report: every finding on a request, whether it is ready, and the
//! bounds the notice and point-in-time rules put on a window start.

use crate::finding::{Finding, Severity};
use crate::instant::push_rfc3339;
use crate::json::push_str;
use chrono::NaiveDateTime;

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

    /// The report as the compact JSON of spec §6, byte for byte what
    /// `serde_json::to_string` gives for it. Written by hand: the JS API calls
    /// this on every `validate`, and serde's generic string escaping was the
    /// largest single cost of that call in the browser.
    pub fn to_json(&self) -> String {
        let mut out = String::with_capacity(
            96 + self
                .findings
                .iter()
                .map(|f| 64 + f.rule.len() + f.message.len())
                .sum::<usize>(),
        );
        out.push_str(if self.ready() {
            "{\"ready\":true,\"findings\":["
        } else {
            "{\"ready\":false,\"findings\":["
        });
        for (i, f) in self.findings.iter().enumerate() {
            if i > 0 {
                out.push(',');
            }
            out.push_str("{\"rule\":");
            push_str(&mut out, &f.rule);
            out.push_str(",\"field\":");
            match &f.field {
                Some(field) => push_str(&mut out, field),
                None => out.push_str("null"),
            }
            out.push_str(",\"severity\":\"");
            out.push_str(f.severity.as_str());
            out.push_str("\",\"message\":");
            push_str(&mut out, &f.message);
            out.push('}');
        }
        out.push_str("],\"earliest_start\":\"");
        push_rfc3339(&mut out, self.earliest_start);
        out.push_str("\",\"latest_start\":");
        match self.latest_start {
            Some(t) => {
                out.push('"');
                push_rfc3339(&mut out, t);
                out.push('"');
            }
            None => out.push_str("null"),
        }
        out.push('}');
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::instant::to_rfc3339;
    use chrono::DateTime;
    use proptest::prelude::*;
    use serde::ser::{Serialize, SerializeStruct, Serializer};

    /// The report as spec §6 describes it, through serde: what `to_json` must match.
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

    proptest! {
        #[test]
        fn to_json_is_serde_json_byte_for_byte(
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
            let expected = serde_json::to_string(&report).expect("serde_json");
            prop_assert_eq!(report.to_json(), expected);
        }
    }
}
