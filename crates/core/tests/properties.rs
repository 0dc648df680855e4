//! Property tests: no input — arbitrary JSON, arbitrary strings in every
//! field, absurd dates, huge text — makes the core panic, and what it
//! returns keeps its promises (a ready request always renders; ticket
//! structure never depends on user text).

use proptest::prelude::*;
use refresh_request_core::catalog::{Catalog, Input};
use refresh_request_core::instant::{self, parse};
use refresh_request_core::policy::Policy;
use refresh_request_core::prefill;
use refresh_request_core::request::Request;
use refresh_request_core::rules::validate;
use refresh_request_core::ticket::{render, Format};
use serde_json::{json, Map, Value};

fn now() -> chrono::NaiveDateTime {
    parse("2024-10-07T02:00Z").expect("now")
}

/// Arbitrary JSON values, a few levels deep.
fn any_json() -> impl Strategy<Value = Value> {
    use Value as J;
    let leaf = prop_oneof![
        Just(J::Null),
        any::<bool>().prop_map(J::Bool),
        any::<i64>().prop_map(|n| serde_json::json!(n)),
        any::<f64>()
            .prop_filter("finite", |f| f.is_finite())
            .prop_map(|f| serde_json::json!(f)),
        ".*".prop_map(J::String),
        instant_like().prop_map(J::String),
    ];
    leaf.prop_recursive(3, 24, 6, |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..6).prop_map(J::Array),
            prop::collection::vec((key(), inner), 0..8)
                .prop_map(|kv| J::Object(kv.into_iter().collect())),
        ]
    })
}

/// Strings shaped like instants, valid or nearly so.
fn instant_like() -> impl Strategy<Value = String> {
    (
        0u32..10000,
        0u32..15,
        0u32..40,
        0u32..30,
        0u32..70,
        prop::sample::select(vec!["Z", "", "+02:00", "-11:30", "+99:99", "z", "+0530"]),
    )
        .prop_map(|(y, mo, d, h, mi, off)| format!("{y:04}-{mo:02}-{d:02}T{h:02}:{mi:02}{off}"))
}

/// Request keys of both policies, plus noise.
fn key() -> impl Strategy<Value = String> {
    prop_oneof![
        prop::sample::select(vec![
            "policy",
            "submitted_at",
            "source",
            "target",
            "windows",
            "window",
            "refresh_type",
            "restore_point",
            "preserve_users",
            "source_version",
            "target_version",
            "holiday_region",
            "source_url",
            "target_url",
            "source_kind",
            "target_kind",
            "copy_filestore",
            "integrations",
            "next_upgrade",
            "ack_overwrite",
            "ack_jobs",
            "ack_integrations",
        ])
        .prop_map(String::from),
        "[a-z_]{1,12}",
    ]
}

fn policies() -> impl Strategy<Value = &'static str> {
    prop::sample::select(vec!["veson-imos", "clarity-saas"])
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(400))]

    #[test]
    fn arbitrary_json_never_panics(policy in policies(), mut v in any_json()) {
        if let Value::Object(m) = &mut v {
            m.insert("policy".into(), json!(policy));
        }
        let p = Policy::builtin(policy).expect("builtin");
        let report = validate(p, &v, now());
        // Whatever came in, a report comes out that serialises.
        let back = serde_json::from_str::<Value>(&report.to_json()).expect("report json");
        prop_assert_eq!(back["ready"].as_bool(), Some(report.ready()));
        let req = Request::read(p, &v).request;
        for format in Format::ALL {
            let rendered = render(p, &req, &report, format);
            prop_assert_eq!(rendered.is_ok(), report.ready());
        }
        let _ = Catalog::default().suggest(Input::Value(&v), now());
    }

    #[test]
    fn arbitrary_text_in_every_field_never_panics(policy in policies(), fields in prop::collection::vec((key(), ".{0,80}"), 0..12)) {
        let mut m = Map::new();
        m.insert("policy".into(), json!(policy));
        for (k, s) in fields {
            m.insert(k, Value::String(s));
        }
        let v = Value::Object(m);
        let report = Catalog::default().validate(Input::Value(&v), now());
        prop_assert!(report.findings.iter().all(|f| !f.message.is_empty()));
    }

    #[test]
    fn instant_parsing_never_panics_and_round_trips(s in ".{0,64}", t in instant_like()) {
        let _ = parse(&s);
        let _ = instant::parse_date_or_instant(&s);
        if let Ok(at) = parse(&t) {
            prop_assert_eq!(parse(&instant::to_rfc3339(at)), Ok(at));
        }
    }

    #[test]
    fn any_json_text_is_a_report_or_a_finding(s in ".{0,200}") {
        let r = Catalog::default().validate(Input::Text(&s), now());
        prop_assert!(!r.findings.is_empty());
    }

    #[test]
    fn policy_loading_never_panics(v in any_json(), s in ".{0,100}") {
        let _ = Policy::from_value(&v);
        let _ = Policy::from_json(&s);
    }

    #[test]
    fn query_strings_never_panic_and_round_trip(q in ".{0,200}", source in ".{0,40}") {
        let _ = prefill::from_query(&q);
        let req = json!({"policy": "veson-imos", "source": source});
        let back = prefill::from_query(&prefill::to_query(&req));
        if !source.trim().is_empty() {
            prop_assert_eq!(back["source"].as_str(), Some(source.as_str()));
        }
    }

    /// User text never changes the number of lines of a text or Markdown ticket.
    #[test]
    fn user_text_never_changes_ticket_structure(source in "\\PC{1,60}|[\\s\\S]{1,60}") {
        prop_assume!(!source.trim().is_empty() && source.trim().to_lowercase() != "abcd_test");
        let p = Policy::builtin("veson-imos").expect("builtin");
        let base = json!({"policy": "veson-imos", "submitted_at": "2024-10-07T02:00Z", "source": "x", "target": "ABCD_test",
            "windows": ["2024-10-09T02:00Z", "2024-10-09T04:00Z"]});
        let mut hostile = base.clone();
        if let Value::Object(m) = &mut hostile {
            m.insert("source".into(), Value::String(source.clone()));
        }
        for format in [Format::Text, Format::Markdown] {
            let lines = |v: &Value| {
                let req = Request::read(p, v).request;
                render(p, &req, &validate(p, v, now()), format).map(|b| b.lines().count())
            };
            prop_assert_eq!(lines(&hostile), lines(&base));
        }
    }
}

#[test]
fn a_megabyte_of_text_is_handled() {
    let huge = "x".repeat(1 << 20);
    let v = json!({"policy": "veson-imos", "source": huge, "target": huge, "windows": [huge, huge],
        "submitted_at": huge, "holiday_region": huge, "restore_point": huge, "refresh_type": huge});
    let r = Catalog::default().validate(Input::Value(&v), now());
    assert!(!r.ready());
    // Messages quote an excerpt, not the megabyte.
    assert!(
        r.findings.iter().all(|f| f.message.len() < 2_000),
        "a message repeats the input"
    );
}

#[test]
fn absurd_dates_are_findings() {
    for s in [
        "9999-12-31T23:59Z",
        "0000-01-01T00:00Z",
        "2024-02-30T00:00Z",
        "1969-12-31T23:59Z",
        "2999-12-31T23:59+00:00",
    ] {
        let v = json!({"policy": "veson-imos", "submitted_at": s, "source": "a", "target": "b", "windows": [s, s], "refresh_type": "point_in_time", "restore_point": s});
        let r = Catalog::default().validate(Input::Value(&v), now());
        assert!(!r.ready(), "{s}");
        let _ = Catalog::default().suggest(Input::Value(&v), now());
    }
}

/// One key as `window.RefreshRequest` reads it from a JavaScript object:
/// JSON text, or a value JSON cannot carry.
fn any_part() -> impl Strategy<Value = refresh_request_core::catalog::Part> {
    use refresh_request_core::catalog::Part;
    prop_oneof![
        4 => any_json().prop_map(|v| Part::Json(v.to_string())),
        1 => prop::sample::select(vec!["a BigInt", "a value that contains itself", "a value that could not be read (it threw “boom”)"])
            .prop_map(|w| Part::Unreadable(w.to_string())),
    ]
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(300))]

    /// Whatever a script's object holds, each value JSON cannot
    /// carry is one `field.invalid` on its key (if the policy reads it), about
    /// that value and not about JSON syntax; nothing else is said about the key.
    #[test]
    fn unreadable_values_are_invalid_on_their_key(
        policy in policies(),
        parts in prop::collection::vec((key(), any_part()), 0..10),
    ) {
        use refresh_request_core::catalog::Part;
        let mut parts: Vec<_> = parts;
        parts.insert(0, ("policy".to_string(), Part::Json(format!("\"{policy}\""))));
        // A later duplicate wins, as in an object: keep the last of each key.
        let mut seen = Vec::new();
        parts.reverse();
        parts.retain(|(k, _)| if seen.contains(k) { false } else { seen.push(k.clone()); true });
        let report = Catalog::default().validate(Input::Parts(&parts), now());
        for f in &report.findings {
            prop_assert!(!f.message.contains("not valid JSON"), "{}", f.message);
        }
        for (key, part) in &parts {
            if let Part::Unreadable(what) = part {
                let on: Vec<_> = report.findings.iter().filter(|f| {
                    f.field.as_deref().is_some_and(|x| x == key || x.starts_with(&format!("{key}[")))
                }).collect();
                prop_assert!(on.len() <= 1, "{key}: {on:?}");
                if let Some(f) = on.first() {
                    prop_assert_eq!(f.rule.as_str(), "field.invalid");
                    prop_assert!(f.message.contains(what.as_str()), "{}", f.message);
                }
                if key == "policy" {
                    prop_assert_eq!(on.len(), 1);
                }
            }
        }
        // The same object as text reads the same wherever every value is JSON.
        if parts.iter().all(|(_, p)| matches!(p, Part::Json(_))) {
            let text = format!("{{{}}}", parts.iter().map(|(k, p)| match p {
                Part::Json(t) => format!("{}:{t}", Value::String(k.clone())),
                Part::Unreadable(_) => unreachable!(),
            }).collect::<Vec<_>>().join(","));
            prop_assert_eq!(report, Catalog::default().validate(Input::Text(&text), now()));
        }
    }
}
