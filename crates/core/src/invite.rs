//! The calendar invite: an iCalendar file (RFC 5545) with one tentative
//! event per proposed window, for the customer's own calendar.
//!
//! Written here rather than with the `icalendar` crate: the file is a dozen
//! kinds of line, and the crate (with its parser and `uuid` for random
//! UIDs) would weigh more in the page's wasm than these lines do. What RFC
//! 5545 asks of them is kept: CRLF line ends, lines folded at 75 octets,
//! TEXT values escaped, UTC times with `Z`, and a UID that stays the same
//! for the same request and window, so importing the file again updates
//! the events instead of doubling them.

use crate::instant::to_calendar_stamp;
use crate::message::Messages;
use crate::policy::Policy;
use crate::report::Report;
use crate::request::Request;
use crate::rules::windows::duration_in;
use crate::ticket::{one_line, subject_spoken};
use chrono::{Duration, NaiveDateTime};

/// The file's name when it is downloaded.
pub const FILE_NAME: &str = "refresh-request.ics";

/// Its media type.
pub const MIME: &str = "text/calendar;charset=utf-8";

/// The `.ics` text for the request's proposed windows: one `VEVENT` per
/// window start, lasting the policy's window length, `STATUS:TENTATIVE`
/// (the vendor has not confirmed it yet), stamped with the report's check
/// time, its texts in the desk's language `desk`. A request without a
/// window start gives a calendar with no event.
///
/// # Example
/// ```
/// use refresh_request_core::{invite::calendar_in, message::english, policy::Policy, request::Request, rules};
/// let policy = Policy::builtin("clarity-saas").unwrap();
/// let value = serde_json::json!({"source_url": "https://acme.example.com",
///     "target_url": "https://acme-test.example.com", "window": "2024-10-09T08:00Z"});
/// let req = Request::read(policy, &value).request;
/// let report = rules::validate(policy, &value, req.windows[0].start().unwrap());
/// let ics = calendar_in(policy, &req, &report, english());
/// assert!(ics.starts_with("BEGIN:VCALENDAR\r\n"));
/// assert!(ics.contains("\r\nDTSTART:20241009T080000Z\r\nDTEND:20241009T120000Z\r\n"));
/// ```
pub fn calendar_in(policy: &Policy, req: &Request, report: &Report, desk: &dyn Messages) -> String {
    // The policy's own wording of any message, wherever it appears.
    let spoken = policy.messages.speak(desk);
    let desk: &dyn Messages = &spoken;
    // The vendor's name as the desk's language reads it.
    let read_in = policy.in_language(desk.lang());
    let policy = &*read_in;
    let mut lines = vec![
        "BEGIN:VCALENDAR".to_string(),
        "VERSION:2.0".into(),
        "PRODID:-//refresh-request//Refresh request form//EN".into(),
        "CALSCALE:GREGORIAN".into(),
        "METHOD:PUBLISH".into(),
    ];
    let starts: Vec<NaiveDateTime> = req.windows.iter().filter_map(|w| w.start()).collect();
    let minutes = policy.windows.duration_minutes;
    for (i, start) in starts.iter().enumerate() {
        let end = *start + Duration::minutes(i64::from(minutes));
        // Each event names its own start, where the ticket's subject names the first.
        let subject = subject_spoken(policy, req, Some(*start), desk);
        let (summary, which) = if starts.len() == 1 {
            (subject, desk.format("ics-which-one", &[]))
        } else {
            let of = [("window", (i + 1).into()), ("windows", starts.len().into())];
            let mut summary_args = of.to_vec();
            summary_args.push(("subject", subject.into()));
            (
                desk.format("ics-summary-many", &summary_args),
                desk.format("ics-which-many", &of),
            )
        };
        let description = desk.format(
            "ics-description",
            &[
                ("source", one_line(&req.source).into()),
                ("target", one_line(&req.target).into()),
                ("vendor", one_line(&policy.name).into()),
                ("which", which.into()),
                ("duration", duration_in(minutes, desk).into()),
                ("policy", one_line(&policy.id).into()),
                ("version", one_line(&policy.version).into()),
            ],
        );
        // What the desk reads: invisible characters shown (the summary is the subject, already shown).
        let description = crate::visible::reveal(&description);
        lines.extend([
            "BEGIN:VEVENT".to_string(),
            format!("UID:{}", uid(policy, req, i, *start)),
            format!("DTSTAMP:{}", to_calendar_stamp(report.submitted_at)),
            format!("DTSTART:{}", to_calendar_stamp(*start)),
            format!("DTEND:{}", to_calendar_stamp(end)),
            format!("SUMMARY:{}", escape(&summary)),
            format!("DESCRIPTION:{}", escape(&description)),
            "STATUS:TENTATIVE".into(),
            "TRANSP:OPAQUE".into(),
            "END:VEVENT".into(),
        ]);
    }
    lines.push("END:VCALENDAR".into());
    let mut out = String::new();
    for line in &lines {
        fold_into(&mut out, line);
    }
    out
}

/// The same for the same policy, environments, window number and start:
/// readable, plus a stable hash of the user's text (which may hold
/// anything), so a re-import updates the event and another request's
/// events stay apart.
fn uid(policy: &Policy, req: &Request, i: usize, start: NaiveDateTime) -> String {
    let key = format!(
        "{}\n{}\n{}\n{i}\n{}",
        policy.id,
        req.source,
        req.target,
        to_calendar_stamp(start)
    );
    format!(
        "refresh-{}-{}-w{}-{:016x}@refresh-request",
        policy.id,
        to_calendar_stamp(start),
        i + 1,
        fnv1a(key.as_bytes())
    )
}

/// 64-bit FNV-1a: std's `DefaultHasher` may change between Rust versions,
/// and a UID must not.
fn fnv1a(bytes: &[u8]) -> u64 {
    bytes.iter().fold(0xcbf2_9ce4_8422_2325, |h, b| {
        (h ^ u64::from(*b)).wrapping_mul(0x0100_0000_01b3)
    })
}

/// A TEXT value (RFC 5545 3.3.11): backslash, `;` and `,` escaped, line
/// breaks as `\n`, other control characters dropped.
fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 8);
    let text = text.replace("\r\n", "\n");
    for c in text.chars() {
        match c {
            '\\' | ';' | ',' => {
                out.push('\\');
                out.push(c);
            }
            '\n' | '\r' => out.push_str("\\n"),
            c if c.is_control() => {}
            c => out.push(c),
        }
    }
    out
}

/// Appends `line` folded (RFC 5545 3.1): at most 75 octets a line, a
/// continuation starting with one space, never splitting a character; CRLF
/// after each.
fn fold_into(out: &mut String, line: &str) {
    let mut width = 0;
    for c in line.chars() {
        if width + c.len_utf8() > 75 {
            out.push_str("\r\n ");
            width = 1;
        }
        out.push(c);
        width += c.len_utf8();
    }
    out.push_str("\r\n");
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules;
    use serde_json::json;

    fn invite(policy: &str, value: serde_json::Value, now: &str) -> String {
        let policy = Policy::builtin(policy).expect("built in");
        let req = Request::read(policy, &value).request;
        let now = crate::instant::parse(now).expect("instant");
        calendar_in(
            policy,
            &req,
            &rules::validate(policy, &value, now),
            crate::message::english(),
        )
    }

    fn veson() -> String {
        invite(
            "veson-imos",
            json!({"source": "ABCD_prod", "target": "ABCD_test; \"QA\", copy\\2",
                   "windows": ["2024-10-09T02:00Z", "2024-10-09T04:00Z"], "holiday_region": "GB"}),
            "2024-10-07T02:00Z",
        )
    }

    #[test]
    fn one_tentative_event_per_window_in_utc() {
        let ics = veson();
        insta::assert_snapshot!(ics.replace("\r\n", "⏎\n"), @r#"
        BEGIN:VCALENDAR⏎
        VERSION:2.0⏎
        PRODID:-//refresh-request//Refresh request form//EN⏎
        CALSCALE:GREGORIAN⏎
        METHOD:PUBLISH⏎
        BEGIN:VEVENT⏎
        UID:refresh-veson-imos-20241009T020000Z-w1-d289207fdf479aaa@refresh-request⏎
        DTSTAMP:20241007T020000Z⏎
        DTSTART:20241009T020000Z⏎
        DTEND:20241009T040000Z⏎
        SUMMARY:Database refresh: ABCD_prod → ABCD_test\; "QA"\, copy\\2\, Wed 9 ⏎
         Oct 2024 02:00 UTC (window 1 of 2)⏎
        DESCRIPTION:Database refresh: ABCD_prod → ABCD_test\; "QA"\, copy\\2.\nVe⏎
         ndor: Veson IMOS Platform.\nProposed window 1 of 2\, 2 hours long (UTC). T⏎
         entative: the vendor has not confirmed it yet.\nChecked against policy ves⏎
         on-imos version 2024-10-04.⏎
        STATUS:TENTATIVE⏎
        TRANSP:OPAQUE⏎
        END:VEVENT⏎
        BEGIN:VEVENT⏎
        UID:refresh-veson-imos-20241009T040000Z-w2-ca33f5bf21c92ce9@refresh-request⏎
        DTSTAMP:20241007T020000Z⏎
        DTSTART:20241009T040000Z⏎
        DTEND:20241009T060000Z⏎
        SUMMARY:Database refresh: ABCD_prod → ABCD_test\; "QA"\, copy\\2\, Wed 9 ⏎
         Oct 2024 04:00 UTC (window 2 of 2)⏎
        DESCRIPTION:Database refresh: ABCD_prod → ABCD_test\; "QA"\, copy\\2.\nVe⏎
         ndor: Veson IMOS Platform.\nProposed window 2 of 2\, 2 hours long (UTC). T⏎
         entative: the vendor has not confirmed it yet.\nChecked against policy ves⏎
         on-imos version 2024-10-04.⏎
        STATUS:TENTATIVE⏎
        TRANSP:OPAQUE⏎
        END:VEVENT⏎
        END:VCALENDAR⏎
        "#);
    }

    #[test]
    fn lines_end_in_crlf_and_fold_at_75_octets() {
        let ics = veson();
        assert!(ics.ends_with("END:VCALENDAR\r\n"));
        assert!(
            !ics.replace("\r\n", "").contains(['\r', '\n']),
            "bare CR or LF"
        );
        for line in ics.split("\r\n") {
            assert!(line.len() <= 75, "{line:?} is {} octets", line.len());
        }
        // Unfolded, the description is whole again: the arrow (3 octets) was not split.
        let unfolded = ics.replace("\r\n ", "");
        assert!(unfolded.contains(
            "DESCRIPTION:Database refresh: ABCD_prod → ABCD_test\\; \"QA\"\\, copy\\\\2.\\nVendor: Veson IMOS Platform.\\n"
        ));
    }

    #[test]
    fn uids_are_stable_and_distinct() {
        let uids = |ics: &str| -> Vec<String> {
            ics.replace("\r\n ", "")
                .lines()
                .filter_map(|l| l.strip_prefix("UID:").map(String::from))
                .collect()
        };
        let first = uids(&veson());
        assert_eq!(first.len(), 2);
        assert_ne!(first[0], first[1]);
        // Checked again an hour later: the same events.
        let again = invite(
            "veson-imos",
            json!({"source": "ABCD_prod", "target": "ABCD_test; \"QA\", copy\\2",
                   "windows": ["2024-10-09T02:00Z", "2024-10-09T04:00Z"], "holiday_region": "GB"}),
            "2024-10-07T03:00Z",
        );
        assert_eq!(uids(&again), first);
        // Another target: other events.
        let other = invite(
            "veson-imos",
            json!({"source": "ABCD_prod", "target": "ABCD_dev",
                   "windows": ["2024-10-09T02:00Z", "2024-10-09T04:00Z"]}),
            "2024-10-07T02:00Z",
        );
        assert!(uids(&other).iter().all(|u| !first.contains(u)));
    }

    #[test]
    fn a_single_window_is_summarised_by_the_subject_alone() {
        let ics = invite(
            "clarity-saas",
            json!({"source_url": "https://acme.example.com", "target_url": "https://acme-test.example.com",
                   "window": "2024-10-09T23:00Z"}),
            "2024-10-07T02:00Z",
        );
        let unfolded = ics.replace("\r\n ", "");
        assert!(unfolded.contains(
            "\r\nSUMMARY:Database refresh: https://acme.example.com → https://acme-test.example.com\\, Wed 9 Oct 2024 23:00 UTC\r\n"
        ));
        // Four hours across midnight.
        assert!(unfolded.contains("\r\nDTSTART:20241009T230000Z\r\nDTEND:20241010T030000Z\r\n"));
        assert_eq!(unfolded.matches("BEGIN:VEVENT").count(), 1);
    }

    #[test]
    fn folding_never_splits_a_character() {
        let mut out = String::new();
        fold_into(&mut out, &"é".repeat(100));
        for line in out.split("\r\n") {
            assert!(line.len() <= 75);
        }
        assert_eq!(out.replace("\r\n ", "").trim_end(), "é".repeat(100));
    }
}
