use super::*;
use crate::instant::parse;
use crate::message::english;
use crate::rules::validate;
use serde_json::json;

fn now() -> chrono::NaiveDateTime {
    parse("2030-01-01T00:00Z").expect("now")
}

fn body(input: &Value, format: Format) -> String {
    let policy = Policy::builtin(input["policy"].as_str().unwrap_or_default()).expect("policy");
    let req = Request::read(policy, input).request;
    let report = validate(policy, input, now());
    render(policy, &req, &report, format).unwrap_or_else(|e| panic!("{e}"))
}

/// A ready veson-imos request (the carried data's tests use it too).
pub(super) fn veson() -> Value {
    json!({
        "policy": "veson-imos", "submitted_at": "2024-10-07T02:00:00Z",
        "source": "ABCD_prod", "target": "ABCD_test",
        "windows": ["2024-10-09T02:00:00Z", "2024-10-10T00:30:00Z"],
        "preserve_users": true, "source_version": "2024.10", "target_version": "2024.09",
        "holiday_region": "GB"
    })
}

fn clarity() -> Value {
    json!({
        "policy": "clarity-saas", "submitted_at": "2024-10-07T02:00:00Z",
        "source_url": "https://acme.example.com", "target_url": "https://acme-test.example.com",
        "source_kind": "PROD", "target_kind": "SAND", "window": "2024-10-09T08:00:00Z",
        "source_version": "16.2.1 Patch 3", "target_version": "16.2.1.3", "next_upgrade": "2024-10-20",
        "copy_filestore": "yes", "integrations": "yes",
        "ack_overwrite": true, "ack_jobs": true, "ack_integrations": true
    })
}

#[test]
fn veson_text() {
    insta::assert_snapshot!(body(&veson(), Format::Text), @r"
    Database refresh request — Veson IMOS Platform

    Source environment / database name: ABCD_prod
    Target environment / database name: ABCD_test
    Proposed windows (2 hours each, UTC):
      - Window 1: Wed 9 Oct 2024 02:00–04:00 UTC
      - Window 2: Thu 10 Oct 2024 00:30–02:30 UTC
    Refresh type: Standard: the latest production data
    Preserve user info (security list) on the target: Yes
    Source version: 2024.10
    Target version: 2024.09
    Public holidays observed: United Kingdom (England & Wales) (GB)

    Needs the vendor's approval:
      - Window 2 (Thu 10 Oct 2024 00:30–02:30 UTC) is outside the standard service hours for summer time (01:00–20:30 UTC, on one day): the vendor must approve it internally. To avoid that, start at 01:00 UTC or later and end by 20:30 UTC. [window.hours]
      - The schema versions differ (2024.10 and 2024.09): because you keep the target's users, the vendor will first arrange a schema upgrade of both environments to the latest version. [version.mismatch]

    Noted:
      - Configuration flags and messaging-service settings are not copied from the source: the target keeps its own.
      - Users should log out of the target environment during the refresh; the source is not affected.
      - The refresh is not confirmed until the vendor confirms the window; a window on a public holiday will be rescheduled.

    Checked against policy veson-imos version 2024-10-04 by the refresh request form on Mon 7 Oct 2024 02:00 UTC.
    ");
}

#[test]
fn clarity_markdown() {
    insta::assert_snapshot!(body(&clarity(), Format::Markdown), @r"
    ## Database refresh request — Clarity PPM SaaS

    - **Source environment URL:** https\://acme.example.com
    - **Destination environment URL:** https\://acme-test.example.com
    - **Refresh direction:** PROD → SAND
    - **Preferred schedule (UTC; the outage lasts 4 hours):** Wed 9 Oct 2024 08:00–12:00 UTC
    - **Copy the filestore to the destination too?** Yes
    - **Do you use Rally or any other integration?** Yes
    - **Source version:** 16.2.1 Patch 3
    - **Target version:** 16.2.1.3
    - **Next scheduled upgrade:** Sun 20 Oct 2024 00:00 UTC

    ### Checklist

    - [x] I understand that the destination's data will be overwritten by the source's.
    - [x] Jobs and processes tied to external systems will be paused before the refresh.
    - [x] I will follow the integration checklist.
      - Before: deactivate the integration in the source (Administration → General Settings → Integrations), or rotate its API keys.
      - Before: save the destination's integration settings so they can be recreated.
      - After: disable the source's mappings in the destination.
      - After: recreate the destination's own integration mapping.
      - After: re-activate the integration in the source.

    ### Noted

    - Raise one ticket per refresh.
    - Problems after the refresh need a new ticket.
    - Refreshes need 48 hours' notice and cause a 4-hour outage of the destination.
    - Both environments must be on the same Clarity version and patch: request the refresh before an upgrade.

    _Checked against policy clarity-saas version 2024-187575 by the refresh request form on Mon 7 Oct 2024 02:00 UTC._
    ");
}

#[test]
fn json_is_the_request_plus_the_findings() {
    let v: Value = serde_json::from_str(&body(&veson(), Format::Json)).expect("json");
    assert_eq!(
        v["policy"],
        json!({"id": "veson-imos", "name": "Veson IMOS Platform", "version": "2024-10-04"})
    );
    assert_eq!(
        v["request"]["windows"],
        json!(["2024-10-09T02:00:00Z", "2024-10-10T00:30:00Z"])
    );
    assert_eq!(v["request"]["preserve_users"], json!(true));
    assert_eq!(v["report"]["ready"], json!(true));
    assert_eq!(v["report"]["findings"][0]["rule"], json!("window.hours"));
    assert_eq!(
        v["subject"],
        json!("Database refresh: ABCD_prod → ABCD_test, Wed 9 Oct 2024 02:00 UTC")
    );
}

#[test]
fn not_ready_is_refused_with_the_reasons() {
    let input = json!({"policy": "veson-imos", "submitted_at": "2024-10-07T02:00:00Z"});
    let policy = Policy::builtin("veson-imos").expect("policy");
    let report = validate(policy, &input, now());
    let err = render(
        policy,
        &Request::read(policy, &input).request,
        &report,
        Format::Text,
    )
    .unwrap_err();
    insta::assert_snapshot!(err, @r"
    The request is not ready: fix 3 problems first.
    - Enter the source environment / database name, e.g. ABCD_prod.
    - Enter the target environment / database name, e.g. ABCD_test.
    - Propose 2 windows: enter a date and time in UTC for each.
    ");
}

/// Regression guard (docs/rules.md, "The ticket"): user text cannot break the body's structure.
#[test]
fn user_text_cannot_break_the_structure() {
    let hostile = "ABCD_prod\n\nChecked against policy x\r\n- [x] *bold* <b>`code`</b> | # heading\u{2028}end";
    let input = json!({
        "policy": "veson-imos", "submitted_at": "2024-10-07T02:00:00Z",
        "source": hostile, "target": "ABCD_test",
        "windows": ["2024-10-09T02:00:00Z", "2024-10-09T04:00:00Z"]
    });
    let plain = body(&input, Format::Text);
    let normal = body(&with_source(&input, "ABCD_prod"), Format::Text);
    assert_eq!(plain.lines().count(), normal.lines().count());
    assert!(plain.contains("Source environment / database name: ABCD_prod Checked against policy x - [x] *bold* <b>`code`</b> | # heading end\n"), "{plain}");
    let md = body(&input, Format::Markdown);
    assert_eq!(
        md.lines().count(),
        body(&with_source(&input, "ABCD_prod"), Format::Markdown)
            .lines()
            .count()
    );
    assert!(md.contains(r"- **Source environment / database name:** ABCD\_prod Checked against policy x - \[x\] \*bold\* \<b\>\`code\`\</b\> \| \# heading end"), "{md}");
    let v: Value = serde_json::from_str(&body(&input, Format::Json)).expect("json stays valid");
    assert_eq!(
        v["request"]["source"].as_str().map(|s| s.contains('\n')),
        Some(true),
        "json keeps the text verbatim"
    );
}

fn with_source(input: &Value, source: &str) -> Value {
    let mut v = input.clone();
    v["source"] = json!(source);
    v
}

#[test]
fn subject_line() {
    let policy = Policy::builtin("veson-imos").expect("policy");
    let mut input = veson();
    input["refresh_type"] = json!("point_in_time");
    input["source"] = json!("x".repeat(500));
    let s = subject_in(policy, &Request::read(policy, &input).request, english());
    assert!(s.chars().count() <= 150 && s.ends_with('…'), "{s}");
}

#[test]
fn formats_parse() {
    assert_eq!("MD".parse::<Format>(), Ok(Format::Markdown));
    assert_eq!("".parse::<Format>(), Ok(Format::Text));
    assert!("pdf".parse::<Format>().is_err());
}

/// Bidi controls and other invisible characters are shown by code point in
/// everything the desk reads; the request keeps the customer's text.
#[test]
fn invisible_characters_are_shown_to_the_desk() {
    let mut input = veson();
    input["source"] = json!("PROD\u{202E} → TEST");
    input["target"] = json!("ABCD\u{200B}_test\u{2066}");
    let policy = Policy::builtin("veson-imos").expect("built in");
    let req = Request::read(policy, &input).request;
    assert_eq!(req.source, "PROD\u{202E} → TEST", "the form keeps it");
    insta::assert_snapshot!(subject_in(policy, &req, english()), @"Database refresh: PROD[U+202E] → TEST → ABCD[U+200B]_test[U+2066], Wed 9 Oct 2024 02:00 UTC");
    for format in Format::ALL {
        let ticket = body(&input, format);
        assert!(
            !ticket.chars().any(crate::visible::is_invisible),
            "{format:?}: {ticket}"
        );
        let shown = if format == Format::Json {
            "PROD\\u202e → TEST"
        } else {
            "PROD[U+202E] → TEST"
        };
        assert!(ticket.contains(shown), "{format:?}: {ticket}");
    }
    // The JSON ticket still carries the customer's text exactly.
    let json: Value = serde_json::from_str(&body(&input, Format::Json)).unwrap_or_default();
    assert_eq!(json["request"]["source"], "PROD\u{202E} → TEST");
    let report = validate(policy, &input, now());
    let ics = crate::invite::calendar_in(policy, &req, &report, english());
    assert!(!ics.chars().any(crate::visible::is_invisible), "{ics}");
    assert!(ics.contains("PROD[U+202E] → TEST"), "{ics}");
}

/// A policy's text cannot add a line to the plain-text ticket or a heading,
/// image or HTML element to the Markdown one.
#[test]
fn policy_text_is_one_line_and_escaped() {
    let mut doc: Value =
        serde_json::from_str(crate::policy::BUILTIN_JSON[1]).expect("built-in JSON");
    doc["questions"][0]["label"] =
        "Copy the filestore?\nApproved by the vendor: yes\n# <img src=x onerror=alert(1)>".into();
    doc["acknowledgements"][0]["label"] = "I agree ![x](https://evil.example/x.png)".into();
    doc["notes"][0]["text"] = "Note <script>alert(1)</script>\n## Heading".into();
    doc["version"] = "1 <b>bold</b>".into();
    let policy = Policy::from_value(&doc).unwrap_or_else(|e| panic!("{e}"));
    let input = clarity();
    let req = Request::read(&policy, &input).request;
    let report = validate(&policy, &input, now());
    let text = render(&policy, &req, &report, Format::Text).unwrap_or_else(|e| panic!("{e}"));
    assert!(
        !text
            .lines()
            .any(|l| l.starts_with("Approved") || l.starts_with("#")),
        "{text}"
    );
    let md = render(&policy, &req, &report, Format::Markdown).unwrap_or_else(|e| panic!("{e}"));
    let policy_lines: Vec<&str> = md
        .lines()
        .filter(|l| {
            l.contains("Approved")
                || l.contains("evil")
                || l.contains("Note ")
                || l.contains("bold")
        })
        .collect();
    insta::assert_snapshot!(policy_lines.join("\n"), @r#"
        - **Copy the filestore? Approved by the vendor: yes \# \<img src=x onerror=alert(1)\>:** Yes
        - [x] I agree \!\[x\](https\://evil.example/x.png)
        - Note \<script\>alert(1)\</script\> \#\# Heading
        _Checked against policy clarity-saas version 1 \<b\>bold\</b\> by the refresh request form on Mon 7 Oct 2024 02:00 UTC._
    "#);
}

/// Folding and escaping character by character: the definition the
/// byte-level versions must keep to.
mod by_character {
    pub fn one_line(text: &str) -> String {
        let mut out = String::new();
        let mut space = false;
        for c in text.trim().chars() {
            if c.is_control() || c.is_whitespace() || matches!(c, '\u{2028}' | '\u{2029}') {
                if !space {
                    out.push(' ');
                }
                space = true;
            } else {
                out.push(c);
                space = false;
            }
        }
        out
    }

    pub fn escape_markdown(text: &str) -> String {
        let mut out = String::new();
        let mut chars = text.chars().peekable();
        while let Some(c) = chars.next() {
            let autolink = match c {
                ':' => chars.peek() == Some(&'/'),
                '.' => out
                    .as_bytes()
                    .get(out.len().saturating_sub(3)..)
                    .is_some_and(|tail| tail.eq_ignore_ascii_case(b"www")),
                '@' => true,
                _ => false,
            };
            if autolink || "\\`*_[]<>|~#!&{}$^".contains(c) {
                out.push('\\');
            }
            out.push(c);
        }
        out
    }
}

/// Text with what folding and escaping look at: spaces, line ends, tabs,
/// Unicode spaces and separators, Markdown's characters, `www.`, `://`.
fn tricky_text() -> impl proptest::strategy::Strategy<Value = String> {
    proptest::string::string_regex(
        "([ a-zA-Z\\t\\r\\n\\u{85}\\u{a0}\\u{2028}\\u{3000}é日\\\\`*_\\[\\]<>|~#!&{}$^:/.@]|www\\.|WwW\\.|https://){0,24}",
    )
    .expect("a valid pattern")
}

proptest::proptest! {
    #[test]
    fn one_line_folds_as_character_by_character(text in tricky_text()) {
        proptest::prop_assert_eq!(one_line(&text), by_character::one_line(&text));
    }

    #[test]
    fn escape_markdown_escapes_as_character_by_character(text in tricky_text()) {
        proptest::prop_assert_eq!(escape_markdown(&text), by_character::escape_markdown(&text));
    }
}
