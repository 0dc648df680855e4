//! Tickets carry their request: every valid request, written in every
//! format and passed through what happens to a ticket on its way, is read
//! back exactly, and its readable lines are not taken for edits.

use proptest::prelude::*;
use refresh_request_core::catalog::{Catalog, Input};
use refresh_request_core::desk;
use refresh_request_core::instant::{parse, to_rfc3339};
use refresh_request_core::policy::Policy;
use refresh_request_core::request::Request;
use refresh_request_core::rules::validate;
use refresh_request_core::ticket::{carried, export, Format};
use serde_json::{json, Value};

/// What happens to a ticket on its way to the desk.
#[derive(Clone, Copy, Debug)]
enum Transformation {
    Crlf,
    Quoted,
    TrailingSpaces,
    Surrounded,
    Rewrapped,
    All,
}

const TRANSFORMATIONS: [Transformation; 6] = [
    Transformation::Crlf,
    Transformation::Quoted,
    Transformation::TrailingSpaces,
    Transformation::Surrounded,
    Transformation::Rewrapped,
    Transformation::All,
];

/// A mail client's hard wrap: a line longer than 76 characters breaks at
/// its last space within 76 (a word longer than that stays whole).
fn rewrap(text: &str) -> String {
    let mut out = String::new();
    for line in text.lines() {
        let mut rest = line;
        while rest.chars().count() > 76 {
            let cut = rest
                .char_indices()
                .take(77)
                .filter(|&(i, c)| c == ' ' && i > 0)
                .map(|(i, _)| i)
                .last();
            let Some(cut) = cut else { break };
            out.push_str(&rest[..cut]);
            out.push('\n');
            rest = &rest[cut + 1..];
        }
        out.push_str(rest);
        out.push('\n');
    }
    out
}

fn apply(t: Transformation, text: &str) -> String {
    match t {
        Transformation::Crlf => text.replace('\n', "\r\n"),
        Transformation::Quoted => text.lines().map(|l| format!("> {l}\n")).collect(),
        Transformation::TrailingSpaces => text.lines().map(|l| format!("{l}   \n")).collect(),
        Transformation::Surrounded => format!(
            "Ticket #4711 from acme.example.com\nPriority: normal\n\n{text}\n--\nJo Bloggs, Acme Ltd\n> an old quote\n"
        ),
        Transformation::Rewrapped => rewrap(text),
        Transformation::All => {
            let wrapped = rewrap(text);
            let quoted = apply(Transformation::Quoted, &wrapped);
            let spaced = apply(Transformation::TrailingSpaces, &quoted);
            apply(Transformation::Crlf, &apply(Transformation::Surrounded, &spaced))
        }
    }
}

/// User text: printable, with spaces, Markdown and quote characters, or
/// anything at all (line breaks and controls included).
fn user_text() -> impl Strategy<Value = String> {
    prop_oneof![
        "[A-Za-z0-9_]{1,20}",
        "\\PC{1,60}",
        "[ >*_`#\\-a-z]{1,30}",
        "[\\s\\S]{1,40}",
    ]
    .prop_filter("not blank", |s| !s.trim().is_empty())
}

/// A request that is ready under its policy: the windows are the earliest
/// that `suggest` finds from the submission time.
fn valid_request() -> impl Strategy<Value = Value> {
    (
        prop::sample::select(vec!["veson-imos", "clarity-saas"]),
        0i64..(6 * 365 * 48),
        user_text(),
        user_text(),
        prop_oneof![Just("2024.10".to_string()), Just("16.2.1 Patch 3".to_string()), user_text()],
        any::<[bool; 4]>(),
        prop::sample::select(vec!["GB", "US", "none", "NO", "DE"]),
        "[a-z0-9]{1,12}(-[a-z0-9]{1,8})?",
    )
        .prop_filter_map(
            "the request is ready",
            |(policy, half_hours, source, target, version, flags, region, host)| {
                let submitted =
                    parse("2024-01-01T00:00Z").ok()? + chrono::Duration::minutes(30 * half_hours);
                let (source, target) = if policy == "clarity-saas" {
                    // URLs: a host name, and a path of any text.
                    (
                        format!("https://{host}.example.com/{}", source.trim()),
                        format!("https://{host}-test.example.com/{}", target.trim()),
                    )
                } else {
                    (source, format!("{target} test"))
                };
                let mut v = json!({
                    "policy": policy, "submitted_at": to_rfc3339(submitted),
                    "source": source, "target": target,
                    "source_url": source, "target_url": target,
                    "source_kind": "PROD", "target_kind": "SAND",
                    "preserve_users": flags[0], "source_version": version, "target_version": version,
                    "holiday_region": region, "copy_filestore": flags[1], "integrations": flags[2],
                    "ack_overwrite": true, "ack_jobs": true, "ack_integrations": true,
                    "refresh_type": if flags[3] { "point_in_time" } else { "standard" },
                    "restore_point": to_rfc3339(submitted + chrono::Duration::days(5)),
                    "next_upgrade": "2031-06-01",
                });
                let starts = Catalog::default().suggest(Input::Value(&v), submitted);
                v["windows"] = json!(starts);
                v["window"] = json!(starts.first());
                let p = Policy::builtin(policy)?;
                validate(p, &v, submitted).ready().then_some(v)
            },
        )
}

fn now() -> chrono::NaiveDateTime {
    parse("2031-01-01T00:00Z").expect("now")
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(200))]

    #[test]
    fn every_request_in_every_format_survives_every_transformation(input in valid_request()) {
        let name = input["policy"].as_str().unwrap_or_default();
        let policy = Policy::builtin(name).expect("builtin");
        let req = Request::read(policy, &input).request;
        let report = validate(policy, &input, now());
        let expected = Request::read(policy, &input).request.to_value(policy);
        let catalog = Catalog::default();
        for format in Format::ALL {
            let body = export(policy, &req, &report, format).expect("ready");
            for t in TRANSFORMATIONS {
                let arrived = apply(t, &body);
                let found = carried::find(&arrived);
                prop_assert!(matches!(found, Ok(Some(_))), "{format:?} {t:?}: {found:?}\n{arrived}");
                let Ok(Some(found)) = found else { unreachable!() };
                prop_assert_eq!(&found.request, &expected, "{:?} {:?}", format, t);
                prop_assert_eq!(found.format, format);
                // The same request reads back to the same request.
                let again = Request::read(policy, &found.request).request;
                prop_assert_eq!(again.to_value(policy), expected.clone());
                // Nothing happened to the text that the desk should call an edit.
                let checked = desk::check(&arrived, &catalog, None, report.submitted_at);
                prop_assert!(checked.is_ok(), "{:?}", checked.err());
                let Ok(checked) = checked else { unreachable!() };
                let edits = checked.ticket.map(|t| t.edits).unwrap_or_default();
                prop_assert!(edits.is_empty(), "{format:?} {t:?}: {edits:?}\n{arrived}");
            }
        }
    }

    /// Whatever text arrives, the desk answers (a check or why not), never panics.
    #[test]
    fn the_desk_never_panics(text in "[\\s\\S]{0,300}", prefix in "[\\s\\S]{0,40}") {
        let _ = desk::check(&text, &Catalog::default(), None, now());
        let block = format!("{prefix}-----BEGIN REFRESH-REQUEST DATA v1-----\n{text}\n-----END REFRESH-REQUEST DATA check {prefix}");
        let _ = desk::check(&block, &Catalog::default(), None, now());
    }
}
