//! The report: every finding on a request, whether it is ready, and the
//! bounds the notice and point-in-time rules put on a window start.

use crate::finding::{Finding, Severity};
use crate::instant::{push_rfc3339, to_rfc3339};
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
            push_json_str(&mut out, &f.rule);
            out.push_str(",\"field\":");
            match &f.field {
                Some(field) => push_json_str(&mut out, field),
                None => out.push_str("null"),
            }
            out.push_str(",\"severity\":\"");
            out.push_str(f.severity.as_str());
            out.push_str("\",\"message\":");
            push_json_str(&mut out, &f.message);
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

/// Appends `s` as a JSON string, escaped exactly as serde_json does: `"` and
/// `\\`, the short forms `\b \t \n \f \r`, other control characters as
/// `\u00xx`, everything else (non-ASCII too) as it is. Runs that need no
/// escape are copied whole, found eight bytes at a time (messages are long
/// and rarely need an escape).
pub(crate) fn push_json_str(out: &mut String, s: &str) {
    out.push('"');
    let bytes = s.as_bytes();
    let (mut start, mut i) = (0, 0);
    while i < bytes.len() {
        if let Some(chunk) = bytes[i..].first_chunk::<8>() {
            if !any_needs_escape(u64::from_le_bytes(*chunk)) {
                i += 8;
                continue;
            }
        }
        let short = match bytes[i] {
            b'"' => "\\\"",
            b'\\' => "\\\\",
            b'\n' => "\\n",
            b'\r' => "\\r",
            b'\t' => "\\t",
            0x08 => "\\b",
            0x0c => "\\f",
            0..=0x1f => "",
            _ => {
                i += 1;
                continue;
            }
        };
        // `i` is at an ASCII byte, so both slices end on character boundaries.
        out.push_str(&s[start..i]);
        if short.is_empty() {
            const HEX: &[u8; 16] = b"0123456789abcdef";
            let b = bytes[i];
            out.push_str("\\u00");
            out.push(char::from(HEX[usize::from(b >> 4)]));
            out.push(char::from(HEX[usize::from(b & 0xf)]));
        } else {
            out.push_str(short);
        }
        i += 1;
        start = i;
    }
    out.push_str(&s[start..]);
    out.push('"');
}

/// Whether any of the eight bytes in `x` is a control character, `"` or `\\`
/// (the classic "has a zero / has a byte less than n" bit tricks: exact about
/// whether there is one, which is all this needs).
fn any_needs_escape(x: u64) -> bool {
    const ONES: u64 = u64::from_le_bytes([0x01; 8]);
    const HIGH: u64 = u64::from_le_bytes([0x80; 8]);
    let has_zero = |v: u64| v.wrapping_sub(ONES) & !v & HIGH != 0;
    let below_space = x.wrapping_sub(ONES * 0x20) & !x & HIGH != 0;
    let quote = has_zero(x ^ (ONES * u64::from(b'"')));
    let backslash = has_zero(x ^ (ONES * u64::from(b'\\')));
    below_space || quote || backslash
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

#[cfg(test)]
mod tests {
    use super::*;
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

    proptest! {
        #[test]
        fn escapes_any_text_like_serde_json(s in "(\\PC|[\"\\\\\u{0}-\u{1f}\u{7f}\u{80}é😀])*") {
            let mut out = String::new();
            push_json_str(&mut out, &s);
            prop_assert_eq!(out, serde_json::to_string(&s).expect("json"));
        }

        #[test]
        fn finds_every_byte_that_needs_an_escape(bytes in any::<[u8; 8]>()) {
            let expected = bytes.iter().any(|&b| b < 0x20 || b == b'"' || b == b'\\');
            prop_assert_eq!(any_needs_escape(u64::from_le_bytes(bytes)), expected);
        }
    }

    #[test]
    fn any_byte_at_any_place_is_judged_alone() {
        for b in 0..=u8::MAX {
            for at in 0..8 {
                let mut bytes = *b"abcdefgh";
                bytes[at] = b;
                let expected = b < 0x20 || b == b'"' || b == b'\\';
                assert_eq!(
                    any_needs_escape(u64::from_le_bytes(bytes)),
                    expected,
                    "{b} at {at}"
                );
            }
        }
    }

    #[test]
    fn escapes_like_serde_json() {
        for s in [
            "",
            "plain",
            "q\"b\\s",
            "\n\r\t\u{8}\u{c}\u{0}\u{1f}\u{7f}",
            "“é” – 😀",
        ] {
            let mut out = String::new();
            push_json_str(&mut out, s);
            assert_eq!(out, serde_json::to_string(s).expect("json"), "{s:?}");
        }
    }
}
