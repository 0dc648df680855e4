use super::*;
use crate::finding::Severity;
use crate::lang::Lang;
use crate::limits;
use serde_json::Value;

#[test]
fn builtins_load_cleanly() {
    for json in BUILTIN_JSON {
        if let Err(e) = Policy::from_json(json) {
            panic!("{e}");
        }
    }
    let ids: Vec<&str> = builtins().iter().map(|p| p.id.as_str()).collect();
    assert_eq!(ids, ["veson-imos", "clarity-saas"]);
}

#[test]
fn builtin_numbers_are_the_specs() {
    let v = Policy::builtin("veson-imos").expect("veson");
    assert_eq!(
        v.windows,
        Windows {
            count: 2,
            duration_minutes: 120
        }
    );
    assert_eq!(v.notice, NoticePeriod::BusinessDays(2));
    assert_eq!(
        v.point_in_time,
        Some(PointInTime {
            notice_days: 14,
            max_age_days: 10
        })
    );
    assert_eq!(
        v.service_hours,
        Some(ServiceHours {
            summer: (60, 20 * 60 + 30),
            winter: (60, 21 * 60 + 30)
        })
    );
    assert!(!v.weekends_allowed && v.holiday_regions && v.preserve_users);
    assert_eq!(v.versions.mismatch, Severity::Approval);
    let c = Policy::builtin("clarity-saas").expect("clarity");
    assert_eq!(
        c.windows,
        Windows {
            count: 1,
            duration_minutes: 240
        }
    );
    assert_eq!(c.notice, NoticePeriod::Hours(48));
    assert_eq!(
        c.environments.kinds,
        ["PROD", "DEV", "TEST", "SAND", "TRAINING"]
    );
    assert_eq!(c.versions.mismatch, Severity::Error);
    assert_eq!(c.versions.format, VersionFormat::ReleasePatch);
}

#[test]
fn every_problem_is_listed_with_path_expected_and_found() {
    let err = Policy::from_json(
        r#"{"id": "Acme Corp", "name": "", "windows": {"count": 9, "duration_minutes": "long"},
                "notice": {"business_days": 2, "hours": 3}, "service_hours": {"summer": {"start": "1am", "end": "20:30"}},
                "acknowledgements": [{"key": "source", "rule": "overwrite", "label": "x", "when": "nope"}]}"#,
    )
    .unwrap_err();
    insta::assert_snapshot!(err, @r#"
    The policy “Acme Corp” cannot be used: 12 problems
    - id: expected lowercase letters, digits and dashes, found "Acme Corp"
    - name: expected a non-empty string, found ""
    - version: expected a value, found nothing
    - environments: expected a value, found nothing
    - windows.count: expected a whole number from 1 to 4, found 9
    - windows.duration_minutes: expected a whole number from 15 to 1440, found "long"
    - service_hours.summer.start: expected a UTC time of day like "01:00", found "1am"
    - service_hours.winter: expected a value, found nothing
    - notice: expected exactly one of "business_days" or "hours", found an object
    - acknowledgements[0].when: expected the key of one of the questions, found "nope"
    - acknowledgements[0].rule: expected a rule id starting with "ack.", found "overwrite"
    - acknowledgements: expected keys that are unique and not a built-in request key, found "source"
    "#);
}

/// Each part's reader (environments, service hours, point in time,
/// versions, directions, acknowledgements, notes) lists its problems in
/// document order; the expected text was taken from the loader before it
/// was split into one reader per part.
#[test]
fn every_part_reports_its_problems_in_document_order() {
    let err = Policy::from_json(
        r#"{"id": "acme", "name": "A", "version": "1",
                "environments": {"naming": "uri", "kinds": ["PROD", "TEST"], "source_label": "S", "target_label": "T"},
                "windows": {"count": 1, "duration_minutes": 60}, "notice": {"hours": 2},
                "service_hours": {"summer": {"start": "10:00", "end": "09:00"}, "winter": {"start": "01:00", "end": "21:30"}},
                "point_in_time": {"notice_days": 400},
                "versions": {"required": "when_preserving_users", "format": "semver", "mismatch": "fatal"},
                "directions": {"standard": [["PROD", "DEV"], ["A"]], "production": "LIVE"},
                "questions": [{"key": "q", "label": "Q"}],
                "acknowledgements": [{"key": "a", "rule": "ack.a", "label": "A", "when": "nope", "items": [""]}],
                "notes": [{"id": "n", "text": "t", "when": {"key": "x"}}]}"#,
    )
    .unwrap_err();
    insta::assert_snapshot!(err, @r#"
    The policy “acme” cannot be used: 13 problems
    - environments.naming: expected "name" or "url", found "uri"
    - service_hours.summer.end: expected a time after the start, found "09:00"
    - point_in_time.notice_days: expected a whole number from 0 to 365, found 400
    - point_in_time.max_age_days: expected a whole number from 1 to 365, found nothing
    - versions.required: expected "when_preserving_users" only with "preserve_users": true, found "preserve_users": false
    - versions.format: expected "text" or "release_patch", found "semver"
    - versions.mismatch: expected "error", "approval" or "warning", found "fatal"
    - directions.standard[1]: expected a pair of kinds like ["PROD", "TEST"], found a list of 1
    - directions.standard[0]: expected kinds listed in environments.kinds, found "DEV"
    - directions.production: expected a kind listed in environments.kinds, found "LIVE"
    - acknowledgements[0].when: expected the key of one of the questions, found "nope"
    - acknowledgements[0].items[0]: expected a non-empty string, found ""
    - notes[0].when: expected {"key": "…", "is": true|false}, found an object
    "#);
}

#[test]
fn versions_are_asked_as_the_policy_says() {
    for keeping in [false, true] {
        assert!(!VersionsRequired::Never.asked(keeping));
        assert_eq!(
            VersionsRequired::WhenPreservingUsers.asked(keeping),
            keeping
        );
        assert!(VersionsRequired::Always.asked(keeping));
    }
}

#[test]
fn a_conditional_acknowledgement_is_asked_only_after_a_yes() {
    let mut ack = Acknowledgement {
        key: "ack_integrations".into(),
        rule: "ack.integrations".into(),
        label: "x".into(),
        when: None,
        items: Vec::new(),
    };
    assert!(ack.asked(|_| false));
    ack.when = Some("integrations".into());
    assert!(!ack.asked(|_| false));
    assert!(ack.asked(|key| key == "integrations"));
}

#[test]
fn not_json_at_all() {
    let err = Policy::from_json("{oops").unwrap_err();
    assert_eq!(err.problems.len(), 1);
    assert!(err
        .to_string()
        .contains("(document): expected a JSON object, found invalid JSON"));
    // One problem, not one per missing key as well (session 1's "noisy loader" note).
    let err = Policy::from_json("[1, 2]").unwrap_err();
    assert_eq!(err.problems.len(), 1);
    assert!(err
        .to_string()
        .contains("(document): expected an object, found a list of 2"));
}

#[test]
fn window_field_paths() {
    let w = |count| Windows {
        count,
        duration_minutes: 120,
    };
    assert_eq!(w(1).field(0), "window");
    let four: Vec<String> = (0..6).map(|i| w(4).field(i)).collect();
    assert_eq!(
        four,
        [
            "windows[0]",
            "windows[1]",
            "windows[2]",
            "windows[3]",
            "windows[4]",
            "windows[5]"
        ]
    );
}

/// A minimal policy that loads, with `extra` keys added at its top level.
fn with(extra: &str) -> Result<Policy, PolicyError> {
    Policy::from_json(&format!(
        r#"{{"id": "acme", "name": "A", "version": "1",
                "environments": {{"source_label": "S", "target_label": "T"}},
                "windows": {{"count": 1, "duration_minutes": 60}}, "notice": {{"hours": 2}}{extra}}}"#
    ))
}

#[test]
fn handoff_is_read_and_left_out_by_default() {
    assert_eq!(with("").map(|p| p.handoff), Ok(Handoff::default()));
    for p in builtins() {
        assert_eq!(p.handoff, Handoff::default(), "{} has no handoff", p.id);
    }
    let p = with(
        r#", "handoff": {"email": " support@example.com ",
                "url": "https://help.example.com/hc/requests/new?subject={subject}&description={body}"}"#,
    )
    .expect("loads");
    assert_eq!(p.handoff.email.as_deref(), Some("support@example.com"));
    assert_eq!(
        p.handoff.url.as_deref(),
        Some("https://help.example.com/hc/requests/new?subject={subject}&description={body}")
    );
    // The example policy shows both keys.
    let example = Policy::from_json(include_str!(
        "../../../../examples/policies/fabrikam-hr.json"
    ))
    .expect("examples/policies/fabrikam-hr.json loads");
    assert!(example.handoff.email.is_some() && example.handoff.url.is_some());
    // Either placeholder is enough; an empty key is the same as none.
    let p = with(r#", "handoff": {"email": "", "url": "https://x.example/new?s={subject}"}"#)
        .expect("loads");
    assert_eq!(p.handoff.email, None);
}

#[test]
fn a_bad_handoff_is_refused_with_readable_problems() {
    let problems = |extra: &str| match with(extra) {
        Ok(_) => String::from("(loaded)"),
        Err(e) => e.to_string(),
    };
    insta::assert_snapshot!(problems(r#", "handoff": {"email": "support at example.com", "url": "http://help.example.com/new?s={subject}"}"#), @r#"
    The policy “acme” cannot be used: 2 problems
    - handoff.email: expected an e-mail address like "support@example.com", found "support at example.com"
    - handoff.url: expected an https:// address, found "http://help.example.com/new?s={subject}"
    "#);
    insta::assert_snapshot!(problems(r#", "handoff": {"email": "a@b@c", "url": "https://help.example.com/new"}"#), @r#"
    The policy “acme” cannot be used: 2 problems
    - handoff.email: expected an e-mail address like "support@example.com", found "a@b@c"
    - handoff.url: expected an address with a {subject} or {body} placeholder, found "https://help.example.com/new"
    "#);
    insta::assert_snapshot!(problems(r#", "handoff": {"email": 5, "url": ["x"]}"#), @r#"
    The policy “acme” cannot be used: 2 problems
    - handoff.email: expected a string, found 5
    - handoff.url: expected a string, found a list of 1
    "#);
    insta::assert_snapshot!(problems(r#", "handoff": "support@example.com""#), @r#"
    The policy “acme” cannot be used: 1 problem
    - handoff: expected an object, found "support@example.com"
    "#);
    for bad in ["support @example.com", "@example.com", "support@"] {
        assert!(
            problems(&format!(r#", "handoff": {{"email": "{bad}"}}"#)).contains("handoff.email"),
            "{bad}"
        );
    }
}

#[test]
fn broken_json_says_what_was_expected_where() {
    // A trailing comma on line 3: the author is pointed at it, not told "invalid".
    let err = Policy::from_json("{\n  \"id\": \"acme\",\n}").unwrap_err();
    assert_eq!(
        err.problems[0].found,
        "invalid JSON at line 3, column 1: a comma stands before a closing bracket: remove it"
    );
}

/// veson-imos's JSON with `extra` keys merged in at the top level.
fn veson_with(extra: Value) -> Value {
    let mut doc: Value = serde_json::from_str(BUILTIN_JSON[0]).expect("built-in JSON");
    if let (Some(d), Some(e)) = (doc.as_object_mut(), extra.as_object()) {
        d.extend(e.clone());
    }
    doc
}

#[test]
fn blackouts_are_read_as_utc_periods() {
    let p = Policy::from_value(&veson_with(serde_json::json!({"blackouts": [
        {"from": "2024-12-24T00:00:00Z", "to": "2025-01-02T00:00Z", "reason": " Year-end freeze "},
        {"from": "2025-03-29T02:00+02:00", "to": "2025-03-30 06:00", "reason": "Quarterly upgrade 24.4"}
    ]})))
    .expect("loads");
    let read: Vec<String> = p
        .blackouts
        .iter()
        .map(|b| {
            format!(
                "{} {} {}",
                crate::instant::to_rfc3339(b.from),
                crate::instant::to_rfc3339(b.to),
                b.reason
            )
        })
        .collect();
    assert_eq!(
        read,
        [
            "2024-12-24T00:00:00Z 2025-01-02T00:00:00Z Year-end freeze",
            "2025-03-29T00:00:00Z 2025-03-30T06:00:00Z Quarterly upgrade 24.4"
        ]
    );
}

#[test]
fn every_blackout_problem_has_its_path() {
    let err = Policy::from_value(&veson_with(serde_json::json!({"blackouts": [
        {"from": "next week", "to": "2025-01-02T00:00Z", "reason": "A"},
        {"from": "2025-01-02T00:00Z", "to": "2025-01-01T00:00Z", "reason": "B"},
        {"from": "2025-01-01T00:00Z", "to": "2025-01-02T00:00Z", "reason": ""},
        {"to": 5},
        "Christmas"
    ]})))
    .unwrap_err();
    insta::assert_snapshot!(err, @r#"
    The policy “veson-imos” cannot be used: 7 problems
    - blackouts[0].from: expected a UTC instant like "2024-12-24T00:00:00Z", found "next week"
    - blackouts[1].to: expected an instant after "from", found "2025-01-01T00:00:00Z"
    - blackouts[2].reason: expected a non-empty string, found ""
    - blackouts[3].from: expected a value, found nothing
    - blackouts[3].to: expected a UTC instant like "2024-12-24T00:00:00Z", found 5
    - blackouts[3].reason: expected a value, found nothing
    - blackouts[4]: expected an object, found "Christmas"
    "#);
    let err = Policy::from_value(&veson_with(serde_json::json!({"blackouts": {}}))).unwrap_err();
    assert_eq!(
        err.to_string().lines().nth(1),
        Some("- blackouts: expected a list, found an object")
    );
}

#[test]
fn unknown_keys_are_warnings_with_the_nearest_known_key() {
    let mut doc = veson_with(serde_json::json!({
        "$schema": "./policy.schema.json",
        "blackout": [],
        "colour": "blue",
        "handoff": {"email": "support@example.com", "ulr": "https://x.example/{subject}"}
    }));
    doc["windows"]["cuont"] = 2.into();
    doc["notes"][3]["when"]["iss"] = true.into();
    let p = Policy::from_value(&doc).expect("unknown keys do not stop the form");
    let warnings: Vec<String> = p.warnings.iter().map(ToString::to_string).collect();
    assert_eq!(
        warnings,
        [
            "`blackout`: unknown key; did you mean `blackouts`?",
            "`colour`: unknown key",
            "`handoff.ulr`: unknown key; did you mean `url`?",
            "`notes[3].when.iss`: unknown key; did you mean `is`?",
            "`windows.cuont`: unknown key; did you mean `count`?",
        ]
    );
    for json in BUILTIN_JSON {
        assert_eq!(Policy::from_json(json).map(|p| p.warnings), Ok(Vec::new()));
    }
}

fn refusal(extra: &str) -> String {
    match with(extra) {
        Ok(_) => String::from("(loaded)"),
        Err(e) => e.to_string(),
    }
}

/// Past each limit the policy is refused with a message naming it; at the
/// limit it loads.
#[test]
fn policies_past_a_sane_bound_are_refused_naming_the_limit() {
    let question = |i: usize| format!(r#"{{"key": "q{i}", "label": "Q{i}?"}}"#);
    let questions = |n: usize| (0..n).map(question).collect::<Vec<_>>().join(",");
    let max = limits::list_items("questions");
    assert_eq!(
        refusal(&format!(r#", "questions": [{}]"#, questions(max))),
        "(loaded)"
    );
    // Ten thousand questions (given as a value: as text they pass the file's bound).
    let doc: Value = serde_json::from_str(&format!(
        r#"{{"id": "acme", "name": "A", "version": "1",
                "environments": {{"source_label": "S", "target_label": "T"}},
                "windows": {{"count": 1, "duration_minutes": 60}}, "notice": {{"hours": 2}},
                "questions": [{}]}}"#,
        questions(10_000)
    ))
    .unwrap_or_default();
    let err = Policy::from_value(&doc).err().map(|e| e.to_string());
    insta::assert_snapshot!(err.unwrap_or_default(), @r#"
        The policy “acme” cannot be used: 1 problem
        - questions: expected at most 100 entries (no real policy needs more), found 10,000 entries
    "#);
    let long = "x".repeat(limits::TEXT_CHARS + 1);
    insta::assert_snapshot!(refusal(&format!(r#", "notes": [{{"id": "n", "text": "{long}"}}]"#)), @r#"
        The policy “acme” cannot be used: 1 problem
        - notes[0].text: expected at most 2,000 characters, found 2,001 characters
    "#);
    let at_limit = "é".repeat(limits::TEXT_CHARS);
    assert_eq!(
        refusal(&format!(r#", "summary": "{at_limit}""#)),
        "(loaded)"
    );
    // A 100 KB id is refused, and not repeated in the heading.
    let id = "a".repeat(100_000);
    let text = format!(
        r#"{{"id": "{id}", "name": "A", "version": "1",
                "environments": {{"source_label": "S", "target_label": "T"}},
                "windows": {{"count": 1, "duration_minutes": 60}}, "notice": {{"hours": 2}}}}"#
    );
    let err = Policy::from_json(&text)
        .err()
        .map(|e| e.to_string())
        .unwrap_or_default();
    assert!(err.len() < 400, "{} bytes", err.len());
    insta::assert_snapshot!(err.replace(&"a".repeat(40), "a×40"), @r#"
        The policy “a×40…” cannot be used: 1 problem
        - id: expected at most 64 characters, found 100,000 characters
    "#);
    let key = "k".repeat(limits::KEY_CHARS + 1);
    assert!(refusal(&format!(
        r#", "questions": [{{"key": "{key}", "label": "Q?"}}]"#
    ))
    .contains("questions[0].key: expected at most 64 characters, found 65 characters"));
    // The whole file.
    let huge = format!(r#", "summary": "{}""#, "x".repeat(limits::POLICY_BYTES));
    insta::assert_snapshot!(refusal(&huge), @r#"
        The policy “(unnamed policy)” cannot be used: 1 problem
        - (document): expected a policy file of at most 262,144 bytes (256 KB), found 262,367 bytes
    "#);
}

/// A thousand broken blackouts, three problems each: fifty problems
/// listed, the rest counted.
#[test]
fn a_long_problem_list_is_capped() {
    let broken = vec![r#"{"from": "x", "to": "y", "reason": ""}"#; 1_000].join(",");
    let err = with(&format!(r#", "blackouts": [{broken}]"#))
        .err()
        .unwrap_or_else(|| panic!("loaded"));
    assert_eq!(err.problems.len(), limits::PROBLEMS_LISTED);
    assert_eq!(err.more, 3_000 - limits::PROBLEMS_LISTED);
    let text = err.to_string();
    assert!(text.len() < 10_000, "{} bytes", text.len());
    let lines: Vec<&str> = text.lines().collect();
    insta::assert_snapshot!(format!("{}\n{}\n{}", lines[0], lines[1], lines[lines.len() - 1]), @r#"
        The policy “acme” cannot be used: 3,000 problems
        - blackouts[0].from: expected a UTC instant like "2024-12-24T00:00:00Z", found "x"
        - … and 2,950 more
    "#);
}

/// 100,000 unknown keys: twenty named, the rest summed up in one warning.
#[test]
fn unknown_keys_are_summarised() {
    let mut doc = veson_with(serde_json::json!({}));
    for i in 0..100_000 {
        doc[format!("extra{i}")] = i.into();
    }
    let p = Policy::from_value(&doc).expect("unknown keys do not stop the form");
    assert_eq!(p.warnings.len(), limits::WARNINGS_LISTED + 1);
    insta::assert_snapshot!(p.warnings[limits::WARNINGS_LISTED].to_string(), @"… and 99,980 more unknown keys");
}

/// A key given twice is a problem at its path, not silently its last value.
#[test]
fn a_key_given_twice_is_a_problem_with_its_path() {
    insta::assert_snapshot!(refusal(r#", "questions": [{"key": "a", "label": "A?", "label": "B?"}], "upgrade_date": true, "upgrade_date": false"#), @r#"
        The policy “acme” cannot be used: 2 problems
        - questions[0].label: expected each key once in its object, found "label" given again (only its last value would count)
        - upgrade_date: expected each key once in its object, found "upgrade_date" given again (only its last value would count)
    "#);
    // The same policy, each key once, loads.
    assert_eq!(
        refusal(r#", "questions": [{"key": "a", "label": "B?"}], "upgrade_date": false"#),
        "(loaded)"
    );
}

/// A hand-off template's placeholders cannot choose the host.
#[test]
fn a_handoff_template_cannot_move_the_host() {
    insta::assert_snapshot!(refusal(r#", "handoff": {"url": "https://{subject}.evil.example/"}"#), @r#"
        The policy “acme” cannot be used: 1 problem
        - handoff.url: expected an address whose host is fixed ({subject} and {body} only in its path, query or fragment), found "https://{subject}.evil.example/"
    "#);
    for url in [
        "https://help.example.com{body}",
        "https://user:{subject}@help.example.com/new",
        "https://help.example.com:{subject}/new?s={body}",
    ] {
        let problem = refusal(&format!(r#", "handoff": {{"url": "{url}"}}"#));
        assert!(problem.contains("host is fixed"), "{url}: {problem}");
    }
    for url in [
        "https://help.example.com/{subject}",
        "https://help.example.com?s={subject}",
        "https://help.example.com#{body}",
        // A backslash (`\\` in JSON), which browsers read as `/`, ends the host.
        "https://help.example.com\\\\{subject}",
    ] {
        assert_eq!(
            refusal(&format!(r#", "handoff": {{"url": "{url}"}}"#)),
            "(loaded)",
            "{url}"
        );
    }
}

/// Every word of each list loads as what it means, and the schema offers
/// the same words, so an editor suggests what the loader reads.
#[test]
fn each_fields_words_are_read_and_the_schema_offers_the_same() {
    use super::words::{Words, MISMATCH, NAMING, VERSIONS_REQUIRED, VERSION_FORMAT};
    let schema: Value =
        serde_json::from_str(include_str!("../../../../policy.schema.json")).expect("schema");
    let offered = |pointer: &str| -> Vec<String> {
        schema
            .pointer(pointer)
            .and_then(Value::as_array)
            .map(|a| {
                a.iter()
                    .filter_map(|w| w.as_str().map(String::from))
                    .collect()
            })
            .unwrap_or_default()
    };
    fn names<T: Copy, const N: usize>(words: &Words<T, N>) -> Vec<String> {
        words.names.iter().map(ToString::to_string).collect()
    }
    let field = |part: &str, key: &str| format!("/properties/{part}/properties/{key}/enum");
    assert_eq!(offered(&field("environments", "naming")), names(&NAMING));
    assert_eq!(
        offered(&field("versions", "required")),
        names(&VERSIONS_REQUIRED)
    );
    assert_eq!(
        offered(&field("versions", "format")),
        names(&VERSION_FORMAT)
    );
    assert_eq!(offered(&field("versions", "mismatch")), names(&MISMATCH));

    // veson-imos keeps the target's users, so every `versions.required` word loads.
    let read = |part: &str, key: &str, word: &str| {
        let mut doc: Value = serde_json::from_str(BUILTIN_JSON[0]).expect("built-in JSON");
        doc[part][key] = word.into();
        Policy::from_value(&doc).expect("every listed word loads")
    };
    for (word, naming) in &NAMING.meanings {
        assert_eq!(
            read("environments", "naming", word).environments.naming,
            *naming
        );
    }
    for (word, required) in &VERSIONS_REQUIRED.meanings {
        assert_eq!(
            read("versions", "required", word).versions.required,
            *required
        );
    }
    for (word, format) in &VERSION_FORMAT.meanings {
        assert_eq!(read("versions", "format", word).versions.format, *format);
    }
    for (word, mismatch) in &MISMATCH.meanings {
        assert_eq!(
            read("versions", "mismatch", word).versions.mismatch,
            *mismatch
        );
    }
}

#[test]
fn the_desk_language_is_english_unless_the_policy_names_one_it_speaks() {
    assert_eq!(with("").ok().map(|p| p.desk_language), Some(Lang::En));
    assert_eq!(
        with(r#", "desk_language": "de-AT""#)
            .ok()
            .map(|p| p.desk_language),
        Some(Lang::De)
    );
    insta::assert_snapshot!(refusal(r#", "desk_language": "tlh""#), @r#"
    The policy “acme” cannot be used: 1 problem
    - desk_language: expected one of en, de, fr, es, pt-BR, nl, da, ja, zh-Hans, ar, found "tlh"
    "#);
    insta::assert_snapshot!(refusal(r#", "desk_language": 7"#), @r#"
    The policy “acme” cannot be used: 1 problem
    - desk_language: expected a language tag like "en" or "de", found 7
    "#);
}
