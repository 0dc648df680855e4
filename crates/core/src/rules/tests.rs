//! Rule tests: the worked examples of docs/rules.md, at least one test per
//! rule id that fails if the rule is removed, and exhaustive sweeps.

use super::*;
use crate::instant::{parse, to_rfc3339};
use crate::message::english;
use crate::suggest::suggest;
use chrono::{Datelike, Timelike, Weekday};
use serde_json::{json, Value};

fn at(s: &str) -> NaiveDateTime {
    parse(s).expect("valid test instant")
}

/// A clock far from every test date: requests here always give `submitted_at`.
fn now() -> NaiveDateTime {
    at("2030-06-01T00:00Z")
}

fn veson() -> &'static Policy {
    Policy::builtin("veson-imos").expect("built-in")
}

fn clarity() -> &'static Policy {
    Policy::builtin("clarity-saas").expect("built-in")
}

/// A ready veson request (docs/rules.md, notice.business_days), to vary one key at a time.
fn veson_ok() -> Value {
    json!({
        "policy": "veson-imos", "submitted_at": "2024-10-07T02:00:00Z",
        "source": "ABCD_prod", "target": "ABCD_test",
        "windows": ["2024-10-09T02:00:00Z", "2024-10-09T04:00:00Z"],
        "refresh_type": "standard", "restore_point": null, "preserve_users": false,
        "source_version": "", "target_version": "", "holiday_region": "GB"
    })
}

/// A ready clarity request.
fn clarity_ok() -> Value {
    json!({
        "policy": "clarity-saas", "submitted_at": "2024-10-07T02:00:00Z",
        "source_url": "https://acme.example.com", "target_url": "https://acme-test.example.com",
        "source_kind": "PROD", "target_kind": "TEST", "window": "2024-10-09T08:00:00Z",
        "source_version": "16.2.1 Patch 3", "target_version": "16.02.1.3",
        "copy_filestore": true, "integrations": false,
        "ack_overwrite": true, "ack_jobs": true
    })
}

fn with(mut base: Value, changes: Value) -> Value {
    if let (Some(b), Some(c)) = (base.as_object_mut(), changes.as_object()) {
        for (k, v) in c.iter() {
            b.insert(k.clone(), v.clone());
        }
    }
    base
}

fn check(policy: &Policy, input: &Value) -> Report {
    validate(policy, input, now())
}

/// The rule ids of the non-info findings, in report order.
fn rules(r: &Report) -> Vec<&str> {
    r.findings
        .iter()
        .filter(|f| f.severity != Severity::Info)
        .map(|f| f.rule.as_str())
        .collect()
}

fn finding<'a>(r: &'a Report, rule: &str) -> &'a Finding {
    r.findings
        .iter()
        .find(|f| f.rule == rule)
        .unwrap_or_else(|| panic!("no {rule} in {:#?}", r.findings))
}

// ---- Worked examples ----

#[test]
fn spec_example_1_earliest_window_and_two_fine_windows() {
    let r = check(veson(), &veson_ok());
    assert_eq!(r.earliest_start, at("2024-10-09T02:00Z"));
    assert!(r.ready(), "{:#?}", r.findings);
    assert_eq!(rules(&r), Vec::<&str>::new());
}

#[test]
fn spec_example_2_saturday_is_refused() {
    let r = check(
        veson(),
        &with(
            veson_ok(),
            json!({"windows": ["2024-10-12T01:00Z", "2024-10-09T04:00Z"]}),
        ),
    );
    let f = finding(&r, "window.weekend");
    assert_eq!(f.field.as_deref(), Some("windows[0]"));
    assert_eq!(f.severity, Severity::Error);
    insta::assert_snapshot!(f.message, @"Window 1 (Sat 12 Oct 2024 01:00–03:00 UTC) falls on a Saturday: the vendor does not refresh at weekends. Pick a time from Monday to Friday.");
}

#[test]
fn spec_example_3_latest_execution_and_latest_submission() {
    let input = with(
        veson_ok(),
        json!({
            "refresh_type": "point_in_time", "restore_point": "2024-09-30T12:00Z",
            "submitted_at": "2024-09-26T12:01Z", "windows": ["2024-10-10T12:00Z", "2024-10-10T14:00Z"],
        }),
    );
    let r = check(veson(), &input);
    assert_eq!(r.latest_start, Some(at("2024-10-10T12:00Z")));
    let f = finding(&r, "pit.infeasible");
    assert!(
        f.message.contains(
            "The latest submission that would have worked was Thu 26 Sep 2024 12:00 UTC."
        ),
        "{}",
        f.message
    );
    assert!(
        f.message
            .contains("may only be restored until Thu 10 Oct 2024 12:00 UTC"),
        "{}",
        f.message
    );
    // Submitted exactly at the latest submission time, it is feasible.
    let r = check(
        veson(),
        &with(input, json!({"submitted_at": "2024-09-26T12:00Z"})),
    );
    assert!(!rules(&r).contains(&"pit.infeasible"), "{:#?}", r.findings);
}

#[test]
fn spec_example_4_earliest_execution_with_two_weeks_notice() {
    let input = with(
        veson_ok(),
        json!({
            "refresh_type": "point_in_time", "restore_point": "2024-09-30T12:00Z",
            "submitted_at": "2024-09-23T12:00Z", "windows": ["2024-10-07T12:00Z", "2024-10-08T12:00Z"],
        }),
    );
    let r = check(veson(), &input);
    assert_eq!(r.earliest_start, at("2024-10-07T12:00Z"));
    assert!(r.ready(), "{:#?}", r.findings);
    let early = check(
        veson(),
        &with(
            input,
            json!({"windows": ["2024-10-07T11:30Z", "2024-10-08T12:00Z"]}),
        ),
    );
    let f = finding(&early, "pit.notice");
    assert!(
        f.message
            .contains("the earliest start is Mon 7 Oct 2024 12:00 UTC"),
        "{}",
        f.message
    );
}

// ---- One test per veson rule ----

#[test]
fn notice_business_days_names_the_earliest_start() {
    let r = check(
        veson(),
        &with(
            veson_ok(),
            json!({"windows": ["2024-10-08T09:00Z", "2024-10-09T04:00Z"]}),
        ),
    );
    assert_eq!(rules(&r), ["notice.business_days"]);
    insta::assert_snapshot!(finding(&r, "notice.business_days").message, @"Window 1 (Tue 8 Oct 2024 09:00–11:00 UTC) is too soon: the vendor needs 2 business days' notice from Mon 7 Oct 2024 02:00 UTC, so the earliest start is Wed 9 Oct 2024 02:00 UTC.");
    // One minute before the bound fails, the bound itself passes.
    let r = check(
        veson(),
        &with(
            veson_ok(),
            json!({"windows": ["2024-10-09T01:59Z", "2024-10-09T04:00Z"]}),
        ),
    );
    assert!(rules(&r).contains(&"notice.business_days"));
}

#[test]
fn notice_skips_the_regions_holidays() {
    // Raised Mon 23 Dec 2024: with GB holidays, 2 business days is Fri 27 Dec.
    let input = with(
        veson_ok(),
        json!({"submitted_at": "2024-12-23T10:00Z", "windows": ["2024-12-26T10:00Z", "2024-12-27T10:00Z"]}),
    );
    let r = check(veson(), &input);
    assert_eq!(r.earliest_start, at("2024-12-27T10:00Z"));
    assert!(rules(&r).contains(&"notice.business_days"));
    let none = check(
        veson(),
        &with(
            input,
            json!({"holiday_region": "none", "windows": ["2024-12-26T10:00Z", "2024-12-27T10:00Z"]}),
        ),
    );
    assert_eq!(none.earliest_start, at("2024-12-25T10:00Z"));
}

#[test]
fn window_count() {
    let r = check(
        veson(),
        &with(veson_ok(), json!({"windows": ["2024-10-09T02:00Z"]})),
    );
    assert_eq!(rules(&r), ["window.count"]);
    insta::assert_snapshot!(finding(&r, "window.count").message, @"Propose exactly 2 windows of 2 hours each; 1 was given.");
    let r = check(
        veson(),
        &with(
            veson_ok(),
            json!({"windows": ["2024-10-09T02:00Z", "2024-10-09T04:00Z", "2024-10-09T06:00Z"]}),
        ),
    );
    assert_eq!(rules(&r), ["window.count"]);
}

#[test]
fn window_overlap_and_identical() {
    let r = check(
        veson(),
        &with(
            veson_ok(),
            json!({"windows": ["2024-10-09T02:00Z", "2024-10-09T03:59Z"]}),
        ),
    );
    assert_eq!(rules(&r), ["window.overlap"]);
    insta::assert_snapshot!(finding(&r, "window.overlap").message, @"Windows 1 and 2 overlap: each lasts 2 hours, so the later one should start at Wed 9 Oct 2024 04:00 UTC or after.");
    let r = check(
        veson(),
        &with(
            veson_ok(),
            json!({"windows": ["2024-10-09T02:00Z", "2024-10-09T02:00Z"]}),
        ),
    );
    assert_eq!(rules(&r), ["window.overlap"]);
    // Order does not matter; back-to-back is fine.
    let r = check(
        veson(),
        &with(
            veson_ok(),
            json!({"windows": ["2024-10-09T04:00Z", "2024-10-09T02:00Z"]}),
        ),
    );
    assert!(r.ready());
}

/// Two windows at the same start are named by their numbers, the later
/// one's finding on its own field: with three windows, the second and third.
#[test]
fn window_overlap_same_names_both_windows() {
    let mut three = veson().clone();
    three.windows.count = 3;
    let r = check(
        &three,
        &with(
            veson_ok(),
            json!({"windows": ["2024-10-09T06:00Z", "2024-10-09T02:00Z", "2024-10-09T02:00Z"]}),
        ),
    );
    assert_eq!(rules(&r), ["window.overlap"]);
    let f = finding(&r, "window.overlap");
    assert_eq!(f.field.as_deref(), Some("windows[2]"));
    insta::assert_snapshot!(f.message, @"Windows 2 and 3 are the same (Wed 9 Oct 2024 02:00–04:00 UTC): propose two different times so the vendor has a fallback.");
}

#[test]
fn window_weekend_by_its_end_too() {
    // Fri 23:00–Sat 01:00 ends on a Saturday; Fri 22:00–Sat 00:00 does not touch it.
    let r = check(
        veson(),
        &with(
            veson_ok(),
            json!({"windows": ["2024-10-11T23:00Z", "2024-10-10T04:00Z"]}),
        ),
    );
    assert!(rules(&r).contains(&"window.weekend"));
    let r = check(
        veson(),
        &with(
            veson_ok(),
            json!({"windows": ["2024-10-11T22:00Z", "2024-10-10T04:00Z"]}),
        ),
    );
    assert!(!rules(&r).contains(&"window.weekend"), "{:#?}", r.findings);
}

#[test]
fn window_holiday_names_the_holiday() {
    let input = with(
        veson_ok(),
        json!({"submitted_at": "2024-12-16T10:00Z", "windows": ["2024-12-25T10:00Z", "2024-12-27T10:00Z"]}),
    );
    let r = check(veson(), &input);
    assert_eq!(rules(&r), ["window.holiday"]);
    insta::assert_snapshot!(finding(&r, "window.holiday").message, @"Window 1 (Wed 25 Dec 2024 10:00–12:00 UTC) falls on Christmas Day (Wed 25 Dec 2024), a public holiday in the United Kingdom (England & Wales). Pick another business day.");
    // No region, no holidays.
    let r = check(
        veson(),
        &with(input.clone(), json!({"holiday_region": "none"})),
    );
    assert!(r.ready());
    let r = check(veson(), &with(input, json!({"holiday_region": null})));
    assert!(r.ready());
}

#[test]
fn window_hours_needs_approval_but_stays_exportable() {
    let r = check(
        veson(),
        &with(
            veson_ok(),
            json!({"windows": ["2024-10-10T00:30Z", "2024-10-09T04:00Z"]}),
        ),
    );
    assert_eq!(rules(&r), ["window.hours"]);
    let f = finding(&r, "window.hours");
    assert_eq!(f.severity, Severity::Approval);
    assert!(r.ready());
    insta::assert_snapshot!(f.message, @"Window 1 (Thu 10 Oct 2024 00:30–02:30 UTC) is outside the standard service hours for summer time (01:00–20:30 UTC, on one day): the vendor must approve it internally. To avoid that, start at 01:00 UTC or later and end by 20:30 UTC.");
}

#[test]
fn window_hours_follow_the_season_at_the_start() {
    // Winter (Fri 29 Mar 2024): 19:30–21:30 is inside; summer (Tue 2 Apr) it is not.
    let winter = with(
        veson_ok(),
        json!({"submitted_at": "2024-03-25T00:00Z", "windows": ["2024-03-29T19:30Z", "2024-03-28T04:00Z"]}),
    );
    assert!(!rules(&check(veson(), &winter)).contains(&"window.hours"));
    let summer = with(
        veson_ok(),
        json!({"submitted_at": "2024-03-25T00:00Z", "windows": ["2024-04-02T19:30Z", "2024-03-28T04:00Z"]}),
    );
    assert!(rules(&check(veson(), &summer)).contains(&"window.hours"));
    // Summer ends 27 Oct 2024 01:00: Mon 28 Oct is winter again.
    let after = with(
        veson_ok(),
        json!({"submitted_at": "2024-10-21T00:00Z", "windows": ["2024-10-28T19:30Z", "2024-10-29T04:00Z"]}),
    );
    assert!(check(veson(), &after).ready() && rules(&check(veson(), &after)).is_empty());
}

/// Every half hour of a whole week, in summer and in winter: `window.weekend`
/// and `window.hours` fire exactly when an independent reading of the
/// vendor's table says they should.
#[test]
fn every_half_hour_of_a_week() {
    for (monday, end_of_day) in [
        ("2024-07-01T00:00Z", 20 * 60 + 30),
        ("2024-12-02T00:00Z", 21 * 60 + 30),
    ] {
        let monday = at(monday);
        for step in 0..(7 * 48) {
            let start = monday + Duration::minutes(30 * step);
            let end = start + Duration::minutes(120);
            let second = at("2025-06-04T10:00Z"); // a Wednesday, always fine
            let input = with(
                veson_ok(),
                json!({
                    "submitted_at": "2024-01-01T00:00Z", "holiday_region": "none",
                    "windows": [to_rfc3339(start), to_rfc3339(second)],
                }),
            );
            let r = check(veson(), &input);
            let found = rules(&r);
            let last = end - Duration::minutes(1);
            let weekend = |d: chrono::NaiveDate| matches!(d.weekday(), Weekday::Sat | Weekday::Sun);
            let expect_weekend = weekend(start.date()) || weekend(last.date());
            let from = start.hour() * 60 + start.minute();
            let expect_hours = !(from >= 60 && from + 120 <= end_of_day);
            assert_eq!(
                found.contains(&"window.weekend"),
                expect_weekend,
                "{start}: {found:?}"
            );
            assert_eq!(
                found.contains(&"window.hours"),
                expect_hours,
                "{start}: {found:?}"
            );
            assert_eq!(r.ready(), !expect_weekend, "{start}: {found:?}");
        }
    }
}

#[test]
fn point_in_time_rules() {
    let pit = with(
        veson_ok(),
        json!({
            "refresh_type": "point_in_time", "restore_point": "2024-09-30T12:00Z",
            "submitted_at": "2024-09-23T12:00Z", "windows": ["2024-10-07T12:00Z", "2024-10-08T12:00Z"],
        }),
    );
    assert!(check(veson(), &pit).ready());
    // Too old at execution.
    let r = check(
        veson(),
        &with(
            pit.clone(),
            json!({"windows": ["2024-10-07T12:00Z", "2024-10-10T12:01Z"]}),
        ),
    );
    assert_eq!(rules(&r), ["pit.max_age"]);
    insta::assert_snapshot!(finding(&r, "pit.max_age").message, @"Window 2 (Thu 10 Oct 2024 12:01–14:01 UTC) is more than 10 days after the restore point, so the latest start is Thu 10 Oct 2024 12:00 UTC. Pick an earlier window or a later restore point.");
    // Restore point after a window.
    let r = check(
        veson(),
        &with(pit.clone(), json!({"restore_point": "2024-10-07T13:00Z"})),
    );
    assert!(rules(&r).contains(&"pit.future"), "{:#?}", r.findings);
    // Missing restore point.
    let r = check(veson(), &with(pit.clone(), json!({"restore_point": null})));
    assert_eq!(
        finding(&r, "field.required").field.as_deref(),
        Some("restore_point")
    );
    // The same request as standard needs none of that.
    let r = check(
        veson(),
        &with(
            pit,
            json!({"refresh_type": "standard", "restore_point": "2099-01-01T00:00Z"}),
        ),
    );
    assert!(r.ready(), "{:#?}", r.findings);
    assert_eq!(r.latest_start, None);
}

#[test]
fn versions_when_preserving_users() {
    let keep = with(
        veson_ok(),
        json!({"preserve_users": true, "source_version": "2024.10", "target_version": "2024.10"}),
    );
    assert!(check(veson(), &keep).ready());
    let r = check(
        veson(),
        &with(keep.clone(), json!({"target_version": "2024.09"})),
    );
    assert_eq!(rules(&r), ["version.mismatch"]);
    assert_eq!(finding(&r, "version.mismatch").severity, Severity::Approval);
    assert!(r.ready());
    let r = check(veson(), &with(keep.clone(), json!({"source_version": " "})));
    assert_eq!(rules(&r), ["version.missing"]);
    assert_eq!(
        finding(&r, "version.missing").field.as_deref(),
        Some("source_version")
    );
    // Not preserving users: versions are not asked, so not checked.
    let r = check(
        veson(),
        &with(keep, json!({"preserve_users": "no", "target_version": "x"})),
    );
    assert!(r.ready() && rules(&r).is_empty());
}

#[test]
fn env_same_is_trimmed_and_case_insensitive() {
    let r = check(
        veson(),
        &with(veson_ok(), json!({"target": "  abcd_PROD "})),
    );
    assert_eq!(rules(&r), ["env.same"]);
    assert_eq!(finding(&r, "env.same").field.as_deref(), Some("target"));
}

#[test]
fn field_required() {
    let r = check(
        veson(),
        &json!({"policy": "veson-imos", "submitted_at": "2024-10-07T02:00Z"}),
    );
    let required: Vec<_> = r
        .findings
        .iter()
        .filter(|f| f.is(RuleId::FieldRequired))
        .map(|f| f.field.clone().unwrap_or_default())
        .collect();
    assert_eq!(required, ["source", "target", "windows"]);
    let r = check(
        veson(),
        &with(veson_ok(), json!({"windows": ["2024-10-09T02:00Z", ""]})),
    );
    assert_eq!(
        finding(&r, "field.required").field.as_deref(),
        Some("windows[1]")
    );
    insta::assert_snapshot!(finding(&r, "field.required").message, @"Enter the second window's start, in UTC.");
}

#[test]
fn field_invalid_never_fails_the_whole_request() {
    let r = check(
        veson(),
        &with(
            veson_ok(),
            json!({
                "source": 42, "windows": ["next tuesday", "2024-10-09T04:00Z"], "preserve_users": "maybe",
                "holiday_region": "XX", "refresh_type": "sometime", "submitted_at": [1], "unknown_key": {"x": 1},
            }),
        ),
    );
    let invalid: Vec<_> = r
        .findings
        .iter()
        .filter(|f| f.is(RuleId::FieldInvalid))
        .map(|f| f.field.clone().unwrap_or_default())
        .collect();
    assert_eq!(
        invalid,
        [
            "submitted_at",
            "source",
            "windows[0]",
            "refresh_type",
            "preserve_users",
            "holiday_region"
        ]
    );
    // Reported once, as invalid, not also as missing.
    assert!(!r
        .findings
        .iter()
        .any(|f| f.is(RuleId::FieldRequired) && f.field.as_deref() == Some("source")));
    insta::assert_snapshot!(finding(&r, "field.invalid").message, @"Submission time: expected a date and time in UTC like 2024-10-09T02:00Z, found a list.");
    let w = r
        .findings
        .iter()
        .find(|f| f.field.as_deref() == Some("windows[0]"))
        .map(|f| f.message.clone());
    insta::assert_snapshot!(w.unwrap_or_default(), @"Window 1: expected a date and time in UTC like 2024-10-09 02:00 (or 2024-10-09T02:00Z), found “next tuesday”.");
}

#[test]
fn offsets_and_yes_no_strings_are_read() {
    let r = check(
        veson(),
        &with(
            veson_ok(),
            json!({
                "windows": ["2024-10-09T04:00+02:00", "2024-10-09T00:00-04:00"], "preserve_users": "no",
            }),
        ),
    );
    assert!(r.ready() && rules(&r).is_empty(), "{:#?}", r.findings);
}

#[test]
fn holiday_coverage_is_a_warning_not_a_crash() {
    let r = check(
        veson(),
        &with(
            veson_ok(),
            json!({"submitted_at": "2040-01-02T00:00Z", "windows": ["2040-01-10T10:00Z", "2040-01-11T10:00Z"]}),
        ),
    );
    assert_eq!(rules(&r), ["holiday.coverage"]);
    assert!(r.ready());
    insta::assert_snapshot!(finding(&r, "holiday.coverage").message, @"Holiday data does not cover 2040: public holidays in the United Kingdom (England & Wales) are not checked for that year, so check the date yourself.");
}

/// India's holiday data ends a year before the other regions': its last
/// year is covered for them and not for it, so a window on Independence Day
/// 2036 is never passed as checked, suggested, or offered by the calendar.
#[test]
fn holiday_coverage_is_per_region() {
    let input = |region: &str| {
        with(
            veson_ok(),
            json!({"submitted_at": "2036-08-11T02:00Z", "holiday_region": region,
                   "windows": ["2036-08-15T02:00Z", "2036-08-15T04:00Z"]}),
        )
    };
    let r = check(veson(), &input("IN"));
    assert_eq!(rules(&r), ["holiday.coverage"], "{:#?}", r.findings);
    assert_eq!(
        finding(&r, "holiday.coverage").field.as_deref(),
        Some("windows[0]")
    );
    insta::assert_snapshot!(finding(&r, "holiday.coverage").message, @"Holiday data does not cover 2036: public holidays in India are not checked for that year, so check the date yourself.");
    // The same dates are covered for Great Britain: an ordinary Friday there.
    assert!(rules(&check(veson(), &input("GB"))).is_empty());

    let request = Request::read(veson(), &input("IN")).request;
    let ctx = Context::new(veson(), &request, now());
    assert_eq!(suggest(&ctx), []);
    let day = crate::calendar::day(&ctx, at("2036-08-15T00:00Z").date());
    assert_eq!(day.status, crate::calendar::Status::Closed);
    insta::assert_snapshot!(day.reason, @"Holidays not checked: no data for 2036");
    // The last covered day before it is still offered.
    let request = Request::read(
        veson(),
        &with(input("IN"), json!({"submitted_at": "2035-12-24T02:00Z"})),
    )
    .request;
    let ctx = Context::new(veson(), &request, now());
    let offered = suggest(&ctx);
    assert!(!offered.is_empty());
    assert!(offered.iter().all(|t| t.year() == 2035), "{offered:?}");
}

#[test]
fn veson_info_notes() {
    let notes =
        |r: &Report| -> Vec<String> { r.of(Severity::Info).map(|f| f.rule.clone()).collect() };
    let r = check(veson(), &veson_ok());
    assert_eq!(
        notes(&r),
        [
            "note.not_copied",
            "note.logout",
            "note.confirmation",
            "note.security_list"
        ]
    );
    let r = check(veson(), &with(veson_ok(), json!({"preserve_users": true})));
    assert!(!notes(&r).contains(&"note.security_list".to_string()));
}

// ---- Clarity ----

#[test]
fn clarity_ready_request() {
    let r = check(clarity(), &clarity_ok());
    assert!(r.ready(), "{:#?}", r.findings);
    assert_eq!(rules(&r), Vec::<&str>::new());
    assert_eq!(r.earliest_start, at("2024-10-09T02:00Z"));
}

#[test]
fn clarity_weekends_and_nights_are_fine() {
    let r = check(
        clarity(),
        &with(clarity_ok(), json!({"window": "2024-10-12T23:00Z"})),
    );
    assert!(r.ready() && rules(&r).is_empty(), "{:#?}", r.findings);
}

#[test]
fn notice_hours() {
    let r = check(
        clarity(),
        &with(clarity_ok(), json!({"window": "2024-10-09T01:59Z"})),
    );
    assert_eq!(rules(&r), ["notice.hours"]);
    insta::assert_snapshot!(finding(&r, "notice.hours").message, @"The window (Wed 9 Oct 2024 01:59–05:59 UTC) is too soon: the vendor needs 48 hours' notice from Mon 7 Oct 2024 02:00 UTC, so the earliest start is Wed 9 Oct 2024 02:00 UTC.");
    assert_eq!(finding(&r, "notice.hours").field.as_deref(), Some("window"));
}

#[test]
fn url_invalid() {
    let r = check(
        clarity(),
        &with(
            clarity_ok(),
            json!({"source_url": "http://acme.example.com"}),
        ),
    );
    assert_eq!(rules(&r), ["url.invalid"]);
    insta::assert_snapshot!(finding(&r, "url.invalid").message, @"The source environment URL should be a full address starting with https://, like https://acme.example.com; found “http://acme.example.com”.");
}

#[test]
fn clarity_env_same_by_url_or_by_kind_and_host() {
    let r = check(
        clarity(),
        &with(
            clarity_ok(),
            json!({"target_url": "HTTPS://acme.example.com/"}),
        ),
    );
    assert!(rules(&r).contains(&"env.same"), "{:#?}", r.findings);
    let r = check(
        clarity(),
        &with(
            clarity_ok(),
            json!({
                "source_url": "https://acme.example.com/a", "target_url": "https://acme.example.com/b", "target_kind": "PROD",
            }),
        ),
    );
    assert!(rules(&r).contains(&"env.same"), "{:#?}", r.findings);
    // Same host, different kinds: different environments.
    let r = check(
        clarity(),
        &with(
            clarity_ok(),
            json!({
                "source_url": "https://acme.example.com/a", "target_url": "https://acme.example.com/b",
            }),
        ),
    );
    assert!(!rules(&r).contains(&"env.same"), "{:#?}", r.findings);
}

#[test]
fn directions() {
    let r = check(
        clarity(),
        &with(
            clarity_ok(),
            json!({"source_kind": "TEST", "target_kind": "PROD"}),
        ),
    );
    assert_eq!(rules(&r), ["direction.to_prod"]);
    assert_eq!(
        finding(&r, "direction.to_prod").severity,
        Severity::Approval
    );
    assert!(r.ready());
    let r = check(
        clarity(),
        &with(
            clarity_ok(),
            json!({"source_kind": "SAND", "target_kind": "DEV"}),
        ),
    );
    assert_eq!(rules(&r), ["direction.nonstandard"]);
    assert_eq!(
        finding(&r, "direction.nonstandard").severity,
        Severity::Warning
    );
    insta::assert_snapshot!(finding(&r, "direction.nonstandard").message, @"SAND→DEV is not one of the vendor's usual refreshes (PROD→DEV, PROD→TEST, PROD→SAND, DEV→TEST, TEST→DEV, PROD→TRAINING): check that the source and destination are the right way round.");
    for (s, t) in [
        ("PROD", "DEV"),
        ("PROD", "TEST"),
        ("PROD", "SAND"),
        ("DEV", "TEST"),
        ("TEST", "DEV"),
        ("PROD", "TRAINING"),
    ] {
        let r = check(
            clarity(),
            &with(clarity_ok(), json!({"source_kind": s, "target_kind": t})),
        );
        assert!(rules(&r).is_empty(), "{s}→{t}: {:#?}", r.findings);
    }
    // Lower case is read.
    let r = check(
        clarity(),
        &with(
            clarity_ok(),
            json!({"source_kind": "prod", "target_kind": "dev"}),
        ),
    );
    assert!(rules(&r).is_empty(), "{:#?}", r.findings);
}

#[test]
fn clarity_versions() {
    let r = check(
        clarity(),
        &with(clarity_ok(), json!({"target_version": "16.2.1 Patch 4"})),
    );
    assert_eq!(rules(&r), ["version.mismatch"]);
    assert_eq!(finding(&r, "version.mismatch").severity, Severity::Error);
    insta::assert_snapshot!(finding(&r, "version.mismatch").message, @"The versions differ (16.2.1 Patch 3 and 16.2.1 Patch 4): a refresh is only possible between the same version and patch, and the vendor can make no exception or downgrade. Request the refresh before an upgrade, while both are on the same version.");
    let r = check(
        clarity(),
        &with(clarity_ok(), json!({"source_version": "latest"})),
    );
    assert_eq!(rules(&r), ["version.unreadable"]);
    let r = check(
        clarity(),
        &with(clarity_ok(), json!({"source_version": ""})),
    );
    assert_eq!(
        finding(&r, "field.required").field.as_deref(),
        Some("source_version")
    );
}

#[test]
fn upgrade_conflict() {
    let r = check(
        clarity(),
        &with(clarity_ok(), json!({"next_upgrade": "2024-10-09"})),
    );
    assert_eq!(rules(&r), ["upgrade.conflict"]);
    assert!(r.ready());
    // An upgrade after the 4-hour outage ends is fine.
    let r = check(
        clarity(),
        &with(clarity_ok(), json!({"next_upgrade": "2024-10-09T12:00Z"})),
    );
    assert!(rules(&r).is_empty());
}

#[test]
fn acknowledgements() {
    let r = check(
        clarity(),
        &with(
            clarity_ok(),
            json!({"ack_overwrite": false, "ack_jobs": "no"}),
        ),
    );
    assert_eq!(rules(&r), ["ack.overwrite", "ack.jobs"]);
    insta::assert_snapshot!(finding(&r, "ack.jobs").message, @"Confirm the checklist: “Jobs and processes tied to external systems will be paused before the refresh”.");
    // The integration checklist only when integrations are in use.
    let r = check(
        clarity(),
        &with(clarity_ok(), json!({"integrations": "yes"})),
    );
    assert_eq!(rules(&r), ["ack.integrations"]);
    let r = check(
        clarity(),
        &with(
            clarity_ok(),
            json!({"integrations": true, "ack_integrations": true}),
        ),
    );
    assert!(r.ready() && rules(&r).is_empty());
}

#[test]
fn clarity_required_fields() {
    let r = check(clarity(), &json!({"policy": "clarity-saas"}));
    let required: Vec<_> = r
        .findings
        .iter()
        .filter(|f| f.is(RuleId::FieldRequired))
        .map(|f| f.field.clone().unwrap_or_default())
        .collect();
    assert_eq!(
        required,
        [
            "source_url",
            "target_url",
            "source_kind",
            "target_kind",
            "window",
            "source_version",
            "target_version"
        ]
    );
    let info: Vec<_> = r.of(Severity::Info).map(|f| f.rule.as_str()).collect();
    assert_eq!(
        info,
        [
            "note.one_ticket",
            "note.new_ticket",
            "note.notice",
            "note.same_version"
        ]
    );
}

// ---- Report contract ----

#[test]
fn report_json_has_the_spec_shape() {
    let r = check(
        veson(),
        &with(
            veson_ok(),
            json!({"windows": ["2024-10-12T01:00Z", "2024-10-09T04:00Z"]}),
        ),
    );
    let v: Value = serde_json::from_str(&r.to_json()).expect("json");
    assert_eq!(v["ready"], json!(false));
    assert_eq!(v["earliest_start"], json!("2024-10-09T02:00:00Z"));
    assert_eq!(v["latest_start"], Value::Null);
    assert_eq!(
        v["findings"][0],
        json!({
            "rule": "window.weekend", "field": "windows[0]", "severity": "error",
            "message": "Window 1 (Sat 12 Oct 2024 01:00–03:00 UTC) falls on a Saturday: the vendor does not refresh at weekends. Pick a time from Monday to Friday.",
        })
    );
}

#[test]
fn findings_are_ordered_by_severity() {
    let r = check(
        veson(),
        &with(
            veson_ok(),
            json!({"windows": ["2024-10-09T00:30Z", "2024-10-12T04:00Z"]}),
        ),
    );
    let severities: Vec<_> = r.findings.iter().map(|f| f.severity).collect();
    let mut sorted = severities.clone();
    sorted.sort();
    assert_eq!(severities, sorted);
}

// ---- Suggestions ----

fn suggested(policy: &Policy, input: &Value) -> Vec<NaiveDateTime> {
    let req = Request::read(policy, input).request;
    suggest(&Context::new(policy, &req, now()))
}

#[test]
fn suggest_matches_the_articles_example() {
    assert_eq!(
        suggested(veson(), &veson_ok()),
        [at("2024-10-09T02:00Z"), at("2024-10-09T04:00Z")]
    );
    // Raised on a Friday afternoon before a GB bank holiday Monday (26 Aug 2024).
    let r = suggested(
        veson(),
        &with(veson_ok(), json!({"submitted_at": "2024-08-23T19:10Z"})),
    );
    assert_eq!(r, [at("2024-08-29T01:00Z"), at("2024-08-29T03:00Z")]);
    // Clarity: 48 hours on, on the half hour.
    assert_eq!(
        suggested(
            clarity(),
            &with(clarity_ok(), json!({"submitted_at": "2024-10-07T02:10Z"}))
        ),
        [at("2024-10-09T02:30Z")]
    );
}

#[test]
fn suggest_fills_the_rest_of_the_day_then_moves_on() {
    // Earliest Wed 19:00 (summer): only one 2-hour window fits before 20:30.
    let r = suggested(
        veson(),
        &with(veson_ok(), json!({"submitted_at": "2024-10-07T18:20Z"})),
    );
    assert_eq!(r, [at("2024-10-09T18:30Z"), at("2024-10-10T01:00Z")]);
}

#[test]
fn suggest_gives_nothing_when_point_in_time_is_infeasible() {
    let input = with(
        veson_ok(),
        json!({"refresh_type": "point_in_time", "restore_point": "2024-09-30T12:00Z", "submitted_at": "2024-10-01T00:00Z"}),
    );
    assert_eq!(suggested(veson(), &input), Vec::<NaiveDateTime>::new());
}

/// Every 7 hours over two years and three regions: every suggestion, put
/// into the request, makes it ready with no approval or warning.
#[test]
fn suggestions_always_validate() {
    let mut t = at("2024-01-01T00:00Z");
    let end = at("2026-01-01T00:00Z");
    let mut n = 0;
    while t < end {
        for region in ["GB", "US", "none"] {
            let base = with(
                veson_ok(),
                json!({"submitted_at": to_rfc3339(t), "holiday_region": region}),
            );
            let s = suggested(veson(), &base);
            assert_eq!(s.len(), 2, "{t} {region}");
            let filled = with(
                base,
                json!({"windows": s.iter().map(|x| to_rfc3339(*x)).collect::<Vec<_>>()}),
            );
            let r = check(veson(), &filled);
            assert!(
                r.ready() && rules(&r).is_empty(),
                "{t} {region}: {:#?}",
                r.findings
            );
            assert!(
                s[0] < r.earliest_start + Duration::days(5),
                "{t} {region}: {s:?}"
            );
            n += 1;
        }
        t += Duration::hours(7);
    }
    assert!(n > 7000);
}

/// Every key of the request contract, with the JSON types it accepts.
#[derive(Clone, Copy, PartialEq)]
enum Accepts {
    Text,
    YesNo,
    List,
}

const VESON_KEYS: &[(&str, Accepts)] = &[
    ("submitted_at", Accepts::Text),
    ("source", Accepts::Text),
    ("target", Accepts::Text),
    ("windows", Accepts::List),
    ("refresh_type", Accepts::Text),
    ("restore_point", Accepts::Text),
    ("preserve_users", Accepts::YesNo),
    ("source_version", Accepts::Text),
    ("target_version", Accepts::Text),
    ("holiday_region", Accepts::Text),
];

const CLARITY_KEYS: &[(&str, Accepts)] = &[
    ("submitted_at", Accepts::Text),
    ("source_url", Accepts::Text),
    ("target_url", Accepts::Text),
    ("source_kind", Accepts::Text),
    ("target_kind", Accepts::Text),
    ("window", Accepts::Text),
    ("source_version", Accepts::Text),
    ("target_version", Accepts::Text),
    ("copy_filestore", Accepts::YesNo),
    ("integrations", Accepts::YesNo),
    ("next_upgrade", Accepts::Text),
    ("ack_overwrite", Accepts::YesNo),
    ("ack_jobs", Accepts::YesNo),
    ("ack_integrations", Accepts::YesNo),
];

#[test]
fn a_wrong_type_is_field_invalid_on_every_key() {
    let wrong_types = [
        ("a number", json!(7)),
        ("true/false", json!(true)),
        ("text", json!("2024-10-09T02:00Z")),
        ("a list", json!(["2024-10-09T02:00Z"])),
        ("an object", json!({"at": "2024-10-09T02:00Z"})),
    ];
    for (policy, base, keys) in [
        (veson(), veson_ok(), VESON_KEYS),
        (clarity(), clarity_ok(), CLARITY_KEYS),
    ] {
        for &(key, accepts) in keys {
            for (kind, value) in &wrong_types {
                let fits = match accepts {
                    Accepts::Text => value.is_string(),
                    Accepts::YesNo => value.is_boolean(),
                    Accepts::List => value.is_array(),
                };
                if fits {
                    continue;
                }
                let r = check(policy, &with(base.clone(), json!({ key: value })));
                // Text that is not yes or no is quoted back, not named.
                let named = match (accepts, value.as_str()) {
                    (Accepts::YesNo, Some(text)) => format!("“{text}”"),
                    _ => kind.to_string(),
                };
                let on_key = r.findings.iter().find(|f| {
                    f.is(RuleId::FieldInvalid)
                        && f.field.as_deref() == Some(key)
                        && f.severity == Severity::Error
                });
                assert!(
                    on_key.is_some_and(|f| f.message.contains(&named)),
                    "{}: {key} given {kind}: {:?}",
                    policy.id,
                    r.findings
                );
            }
        }
    }
}

#[test]
fn the_other_window_spelling_is_still_read() {
    let r = check(
        clarity(),
        &with(
            clarity_ok(),
            json!({"window": null, "windows": ["2024-10-09T08:00Z"]}),
        ),
    );
    assert!(r.ready(), "{:?}", r.findings);
    let r = check(
        veson(),
        &with(
            veson_ok(),
            json!({"windows": null, "window": "2024-10-09T02:00Z"}),
        ),
    );
    assert!(r.findings.iter().any(|f| f.is(RuleId::WindowCount)));
    assert!(!r.findings.iter().any(|f| f.is(RuleId::FieldInvalid)));
}

#[test]
fn field_too_long_on_any_one_line_value_and_only_that() {
    let long = "x".repeat(crate::request::MAX_LINE_CHARS + 1);
    let r = check(veson(), &with(veson_ok(), json!({"target": long})));
    assert!(!r.ready());
    let on_target: Vec<_> = r.on_field("target").map(|f| f.rule.as_str()).collect();
    // Not also "required", and the rules that compare names never see it.
    assert_eq!(on_target, ["field.too_long"]);
    insta::assert_snapshot!(finding(&r, "field.too_long").message, @"Target environment / database name: this text is 1,001 characters long, and a one-line field takes at most 1,000. Your text is kept: shorten it to what the vendor needs.");
    // Exactly at the limit is fine (and whitespace around it does not count).
    let at_limit = format!("  {}  ", "x".repeat(crate::request::MAX_LINE_CHARS));
    let r = check(veson(), &with(veson_ok(), json!({"target": at_limit})));
    assert!(r.findings.iter().all(|f| !f.is(RuleId::FieldTooLong)));
    // Windows, answers and the one-window spelling too.
    let r = check(
        veson(),
        &with(veson_ok(), json!({"windows": ["2024-10-09T02:00Z", long]})),
    );
    assert_eq!(
        finding(&r, "field.too_long").field.as_deref(),
        Some("windows[1]")
    );
    assert!(!r.findings.iter().any(|f| f.is(RuleId::FieldRequired)));
    let r = check(
        clarity(),
        &with(clarity_ok(), json!({"window": long, "ack_jobs": long})),
    );
    let mut fields: Vec<_> = r
        .findings
        .iter()
        .filter(|f| f.is(RuleId::FieldTooLong))
        .map(|f| f.field.as_deref())
        .collect();
    fields.sort();
    assert_eq!(fields, [Some("ack_jobs"), Some("window")]);
    // A key the policy does not read is ignored, however long.
    let r = check(veson(), &with(veson_ok(), json!({"notes": long})));
    assert!(r.ready());
}

/// Length is what a person sees: 600 accented letters written as a letter and
/// a combining accent are 600 characters, not 1,200; so are 600 flags.
#[test]
fn field_too_long_counts_what_a_person_sees() {
    let max = crate::request::MAX_LINE_CHARS;
    for (what, one) in [
        ("combining", "e\u{301}"),
        ("flag", "🇳🇴"),
        ("family", "👩\u{200D}👩\u{200D}👧"),
    ] {
        let at_limit = one.repeat(max);
        let r = check(veson(), &with(veson_ok(), json!({"target": at_limit})));
        assert!(
            r.findings.iter().all(|f| !f.is(RuleId::FieldTooLong)),
            "{what}: {:?}",
            r.findings
        );
    }
    let over = "e\u{301}".repeat(max + 1);
    let r = check(veson(), &with(veson_ok(), json!({"target": over})));
    insta::assert_snapshot!(finding(&r, "field.too_long").message, @"Target environment / database name: this text is 1,001 characters long, and a one-line field takes at most 1,000. Your text is kept: shorten it to what the vendor needs.");
}

#[test]
fn every_message_about_a_field_names_it_as_field_name_does() {
    use crate::field::Key;
    use crate::request::field_name_in;
    let long = "x".repeat(crate::request::MAX_LINE_CHARS + 1);
    let mut named = 0;
    for policy in crate::policy::builtins() {
        let ok = if policy.windows.count == 1 {
            clarity_ok()
        } else {
            veson_ok()
        };
        let own = policy.questions.iter().map(|q| q.key.clone());
        let acks = policy.acknowledgements.iter().map(|a| a.key.clone());
        let keys = Key::scalars().map(String::from).chain(own).chain(acks);
        for key in keys.chain((0..policy.windows.count).map(|i| policy.windows.field(i))) {
            let name = field_name_in(policy, &key, english()).to_lowercase();
            // A number where text belongs, and a text too long for one line.
            for value in [json!(12345), json!(long)] {
                let mut input = with(ok.clone(), json!({"refresh_type": "point_in_time"}));
                match key.strip_prefix("windows[") {
                    Some(i) => {
                        input["windows"][i.trim_end_matches(']').parse::<usize>().unwrap()] = value
                    }
                    None => input[key.as_str()] = value,
                }
                let r = check(policy, &input);
                for f in r.on_field(&key).filter(|f| f.rule.starts_with("field.")) {
                    assert!(
                        f.message.to_lowercase().contains(&name),
                        "{}: {key}: {:?} does not name “{name}”",
                        policy.id,
                        f.message
                    );
                    named += 1;
                }
            }
        }
    }
    assert!(named > 40, "only {named} messages checked");
}

#[test]
fn a_megabyte_value_is_cheap_to_check() {
    // Measured, not timed: the other rules must not walk the text (one
    // finding on the field), so the cost is a length check.
    let huge = "ABCD_prod ".repeat(100_000);
    let r = check(veson(), &with(veson_ok(), json!({"source": huge})));
    let rules_on: Vec<_> = r.on_field("source").map(|f| f.rule.as_str()).collect();
    assert_eq!(rules_on, ["field.too_long"]);
    let started = std::time::Instant::now();
    for _ in 0..10 {
        check(veson(), &with(veson_ok(), json!({"source": huge})));
    }
    eprintln!(
        "validate with a 1 MB source: {:?} per call (debug build)",
        started.elapsed() / 10
    );
}

// ---- Blackout periods ----

/// veson-imos with one blackout period.
fn veson_with_blackout(from: &str, to: &str) -> Policy {
    let mut p = veson().clone();
    p.blackouts = vec![crate::policy::Blackout {
        from: at(from),
        to: at(to),
        reason: "Quarterly upgrade 24.4".into(),
    }];
    p
}

#[test]
fn a_window_touching_a_blackout_is_an_error_on_that_window() {
    // Window 1 (02:00–04:00) ends as the blackout starts: untouched. Window 2 is inside it.
    let p = veson_with_blackout("2024-10-09T04:00Z", "2024-10-09T06:00Z");
    let r = check(&p, &veson_ok());
    assert_eq!(rules(&r), ["window.blackout"]);
    let f = finding(&r, "window.blackout");
    assert_eq!(f.field.as_deref(), Some("windows[1]"));
    assert_eq!(f.severity, Severity::Error);
    insta::assert_snapshot!(f.message, @"Window 2 (Wed 9 Oct 2024 04:00–06:00 UTC) falls in a blackout period, “Quarterly upgrade 24.4” (Wed 9 Oct 2024 04:00 UTC to Wed 9 Oct 2024 06:00 UTC): the vendor runs no refresh then. Pick a window that ends by Wed 9 Oct 2024 04:00 UTC or starts at Wed 9 Oct 2024 06:00 UTC or later.");
    // A blackout that ends as a window starts does not touch it either.
    let p = veson_with_blackout("2024-10-08T00:00Z", "2024-10-09T02:00Z");
    assert!(check(&p, &veson_ok()).ready());
    // A one-window policy reports it on `window`.
    let mut c = clarity().clone();
    c.blackouts = veson_with_blackout("2024-10-09T11:59Z", "2024-10-09T12:30Z").blackouts;
    let r = check(&c, &clarity_ok());
    assert_eq!(
        finding(&r, "window.blackout").field.as_deref(),
        Some("window")
    );
}

#[test]
fn suggest_and_the_calendar_skip_a_blackout() {
    let plain = Request::read(veson(), &veson_ok()).request;
    let ctx = Context::new(veson(), &plain, now());
    let before: Vec<String> = suggest(&ctx).into_iter().map(to_rfc3339).collect();
    assert_eq!(before, ["2024-10-09T02:00:00Z", "2024-10-09T04:00:00Z"]);

    let p = veson_with_blackout("2024-10-09T00:00Z", "2024-10-10T00:00Z");
    let request = Request::read(&p, &veson_ok()).request;
    let ctx = Context::new(&p, &request, now());
    let after: Vec<String> = suggest(&ctx).into_iter().map(to_rfc3339).collect();
    assert_eq!(after, ["2024-10-10T01:00:00Z", "2024-10-10T03:00:00Z"]);

    let day = crate::calendar::day(&ctx, at("2024-10-09T00:00Z").date());
    assert_eq!(day.status, crate::calendar::Status::Closed);
    assert_eq!(day.reason, "Blackout: Quarterly upgrade 24.4");
    assert!(matches!(
        day.closed_by,
        Some(windows::Blocker::Blackout { .. })
    ));
    // A blackout over part of a day leaves the rest of it open.
    let p = veson_with_blackout("2024-10-10T00:00Z", "2024-10-10T12:00Z");
    let ctx = Context::new(&p, &request, now());
    let day = crate::calendar::day(&ctx, at("2024-10-10T00:00Z").date());
    assert_eq!(day.status, crate::calendar::Status::Open);
    assert_eq!(day.reason, "From 12:00 UTC");
}

/// Submitted in the last days of the last year the form takes: every start
/// `suggest` offers reads back as a valid window, and the calendar offers no
/// day after that year.
#[test]
fn suggest_never_offers_a_start_validate_refuses() {
    for day in 24..=31 {
        let submitted = format!("2999-12-{day}T02:00Z");
        let input = with(
            veson_ok(),
            json!({"submitted_at": submitted, "holiday_region": "none"}),
        );
        let request = Request::read(veson(), &input).request;
        let ctx = Context::new(veson(), &request, now());
        let offered: Vec<String> = suggest(&ctx)
            .into_iter()
            .map(crate::instant::to_field)
            .collect();
        for start in &offered {
            assert_eq!(start.get(..4), Some("2999"), "{submitted}: {offered:?}");
        }
        // The last year is still offered while it lasts: a week before its end has starts.
        if day == 24 {
            assert!(!offered.is_empty(), "{submitted}: nothing offered in 2999");
        }
        let filled = with(input, json!({ "windows": offered }));
        let report = check(veson(), &filled);
        assert!(
            !rules(&report).contains(&"field.invalid"),
            "{submitted}: {:?}",
            report.findings
        );
    }
    let input = with(
        veson_ok(),
        json!({"submitted_at": "2999-12-30T02:00Z", "holiday_region": "none"}),
    );
    let request = Request::read(veson(), &input).request;
    let ctx = Context::new(veson(), &request, now());
    assert_eq!(suggest(&ctx), []);
    let first = chrono::NaiveDate::from_ymd_opt(3000, 1, 1).expect("a date chrono has");
    let days = crate::calendar::days(&ctx, first, 3);
    assert!(days
        .iter()
        .all(|d| d.status == crate::calendar::Status::Closed && d.first_start.is_none()));
}

// ---- Edges, dates inside messages, and the behaviours only a mutation run
// ---- found unpinned (scripts/mutants; docs/testing.md)

/// A point-in-time request whose windows sit on both inclusive edges:
/// exactly at the restore point, and exactly at the restore point plus the
/// maximum age.
fn pit_on_both_edges() -> Value {
    with(
        veson_ok(),
        json!({
            "refresh_type": "point_in_time", "submitted_at": "2024-09-23T11:00Z",
            "restore_point": "2024-10-07T12:00Z", "windows": ["2024-10-07T12:00Z", "2024-10-17T12:00Z"],
        }),
    )
}

#[test]
fn pit_windows_on_the_restore_point_and_on_its_maximum_age_are_accepted() {
    let r = check(veson(), &pit_on_both_edges());
    assert_eq!(r.latest_start, Some(at("2024-10-17T12:00Z")));
    assert!(r.ready() && rules(&r).is_empty(), "{:#?}", r.findings);
    // One minute either side is refused, on the window that moved.
    let r = check(
        veson(),
        &with(
            pit_on_both_edges(),
            json!({"windows": ["2024-10-07T11:59Z", "2024-10-17T12:01Z"]}),
        ),
    );
    assert_eq!(rules(&r), ["pit.future", "pit.max_age"]);
    assert_eq!(
        finding(&r, "pit.future").field.as_deref(),
        Some("windows[0]")
    );
    assert_eq!(
        finding(&r, "pit.max_age").field.as_deref(),
        Some("windows[1]")
    );
}

proptest::proptest! {
    /// Any restore point, any start: `pit.future` exactly when the start is
    /// before the restore point, `pit.max_age` exactly when it is more than
    /// the maximum age after it; both edges themselves are accepted.
    #[test]
    fn pit_edges_hold_for_any_restore_point(
        restore_minutes in 0i64..(2 * 366 * 24 * 60),
        offset_minutes in proptest::prop_oneof![
            proptest::strategy::Just(0i64), proptest::strategy::Just(-1),
            proptest::strategy::Just(10 * 24 * 60), proptest::strategy::Just(10 * 24 * 60 + 1),
            -(20i64 * 24 * 60)..(20 * 24 * 60),
        ],
    ) {
        let restore = at("2024-01-01T00:00Z") + Duration::minutes(restore_minutes);
        let start = restore + Duration::minutes(offset_minutes);
        let input = with(veson_ok(), json!({
            "refresh_type": "point_in_time", "restore_point": to_rfc3339(restore),
            "submitted_at": "2020-01-01T00:00Z", "windows": [to_rfc3339(start)],
        }));
        let req = Request::read(veson(), &input).request;
        let ctx = Context::new(veson(), &req, now());
        let found = windows::blockers(&ctx, start);
        let future = found.iter().any(|b| matches!(b, windows::Blocker::PitFuture { .. }));
        let too_old = found.iter().any(|b| matches!(b, windows::Blocker::PitMaxAge { .. }));
        proptest::prop_assert_eq!(future, offset_minutes < 0, "{} {:?}", start, found);
        proptest::prop_assert_eq!(too_old, offset_minutes > 10 * 24 * 60, "{} {:?}", start, found);
    }
}

#[test]
fn suggest_works_for_a_point_in_time_request() {
    // Two weeks' notice from Mon 23 Sep: Mon 7 Oct 12:00 is the earliest start.
    let pit = with(
        veson_ok(),
        json!({"refresh_type": "point_in_time", "restore_point": "2024-09-30T12:00Z", "submitted_at": "2024-09-23T12:00Z"}),
    );
    assert_eq!(
        suggested(veson(), &pit),
        [at("2024-10-07T12:00Z"), at("2024-10-07T14:00Z")]
    );
    // Submitted at the latest moment that works: the only start is the
    // latest one, exactly ten days after the restore point.
    let last = with(pit, json!({"submitted_at": "2024-09-26T12:00Z"}));
    assert_eq!(suggested(veson(), &last), [at("2024-10-10T12:00Z")]);
}

#[test]
fn suggest_looks_366_days_ahead_and_no_further() {
    // A blackout from the earliest start (Wed 9 Oct 2024 02:00) for 365 days:
    // the first start after it is suggested.
    let p = veson_with_blackout("2024-10-09T00:00Z", "2025-10-09T02:00Z");
    assert_eq!(
        suggested(&p, &veson_ok()),
        [at("2025-10-09T02:00Z"), at("2025-10-09T04:00Z")]
    );
    // For 366 days: a start exactly 366 days away is past the horizon.
    let p = veson_with_blackout("2024-10-09T00:00Z", "2025-10-10T02:00Z");
    assert_eq!(suggested(&p, &veson_ok()), Vec::<NaiveDateTime>::new());
}

#[test]
fn pit_infeasible_names_the_restore_point_that_would_work() {
    let r = check(
        veson(),
        &with(
            veson_ok(),
            json!({
                "refresh_type": "point_in_time", "restore_point": "2024-09-30T12:00Z",
                "submitted_at": "2024-09-26T12:01Z", "windows": ["2024-10-10T12:00Z", "2024-10-10T14:00Z"],
            }),
        ),
    );
    insta::assert_snapshot!(finding(&r, "pit.infeasible").message, @"No window can work: a point-in-time refresh needs 14 days' notice, but data from Mon 30 Sep 2024 12:00 UTC may only be restored until Thu 10 Oct 2024 12:00 UTC (10 days later). The latest submission that would have worked was Thu 26 Sep 2024 12:00 UTC. Choose a restore point on or after Mon 30 Sep 2024 12:01 UTC, or ask for a standard refresh.");
    // That restore point works, with its window exactly 14 days after the submission.
    let r = check(
        veson(),
        &with(
            veson_ok(),
            json!({
                "refresh_type": "point_in_time", "restore_point": "2024-09-30T12:01Z",
                "submitted_at": "2024-09-26T12:01Z", "windows": ["2024-10-10T12:01Z", "2024-10-08T12:00Z"],
            }),
        ),
    );
    assert!(!rules(&r).contains(&"pit.infeasible"), "{:#?}", r.findings);
}

#[test]
fn upgrade_conflict_names_the_window_end() {
    // The 4-hour window 08:00–12:00: an upgrade at 10:00 falls inside it.
    let r = check(
        clarity(),
        &with(clarity_ok(), json!({"next_upgrade": "2024-10-09T10:00Z"})),
    );
    assert_eq!(rules(&r), ["upgrade.conflict"]);
    insta::assert_snapshot!(finding(&r, "upgrade.conflict").message, @"The next scheduled upgrade (Wed 9 Oct 2024 10:00 UTC) comes before the refresh would end (Wed 9 Oct 2024 12:00 UTC): after it the versions may no longer match. Pick a window that ends before the upgrade, or check the upgrade schedule.");
}

#[test]
fn holiday_coverage_for_the_year_a_window_ends_in() {
    // A window from 23:00 on the last day the data covers ends in the next year.
    let last = *crate::holidays::Region::Gb.covered_years().end();
    let start = format!("{last}-12-31T23:00Z");
    let r = check(
        veson(),
        &with(
            veson_ok(),
            json!({"submitted_at": format!("{last}-12-01T00:00Z"), "windows": [start, format!("{last}-12-30T10:00Z")]}),
        ),
    );
    let f = finding(&r, "holiday.coverage");
    assert_eq!(f.field.as_deref(), Some("windows[0]"));
    assert!(
        f.message
            .starts_with(&format!("Holiday data does not cover {}:", last + 1)),
        "{}",
        f.message
    );
    assert_eq!(
        rules(&r)
            .iter()
            .filter(|&&x| x == "holiday.coverage")
            .count(),
        1
    );
}

#[test]
fn env_same_messages_say_which_sameness() {
    // veson: names, and "target".
    let r = check(veson(), &with(veson_ok(), json!({"target": "ABCD_prod"})));
    insta::assert_snapshot!(finding(&r, "env.same").message, @"The source and target are both “ABCD_prod”: a refresh copies one environment over another, so they must differ.");
    // clarity, the same address: "destination".
    let r = check(
        clarity(),
        &with(
            clarity_ok(),
            json!({"target_url": "HTTPS://acme.example.com/"}),
        ),
    );
    insta::assert_snapshot!(finding(&r, "env.same").message, @"The source and destination are both “https://acme.example.com”: a refresh copies one environment over another, so they must differ.");
    // clarity, the same kind on the same host: the kind and the host.
    let r = check(
        clarity(),
        &with(
            clarity_ok(),
            json!({
                "source_url": "https://Acme.example.com/a", "target_url": "https://acme.example.com/b",
                "source_kind": "TEST", "target_kind": "TEST",
            }),
        ),
    );
    insta::assert_snapshot!(finding(&r, "env.same").message, @"The source and destination are the same TEST environment on acme.example.com: a refresh copies one environment over another, so pick two different ones.");
}

#[test]
fn env_same_needs_the_same_host_and_a_chosen_kind() {
    // Two hosts of the same kind are two environments.
    let r = check(
        clarity(),
        &with(
            clarity_ok(),
            json!({"source_kind": "TEST", "target_kind": "TEST"}),
        ),
    );
    assert_eq!(rules(&r), ["direction.nonstandard"]);
    // One host, kinds not chosen yet: only the kinds are asked for.
    let r = check(
        clarity(),
        &with(
            clarity_ok(),
            json!({
                "source_url": "https://acme.example.com/a", "target_url": "https://acme.example.com/b",
                "source_kind": "", "target_kind": "",
            }),
        ),
    );
    assert_eq!(rules(&r), ["field.required", "field.required"]);
}

#[test]
fn no_direction_finding_while_a_kind_is_empty() {
    for (s, t) in [("PROD", ""), ("", "TEST"), ("", "PROD")] {
        let r = check(
            clarity(),
            &with(clarity_ok(), json!({"source_kind": s, "target_kind": t})),
        );
        assert_eq!(rules(&r), ["field.required"], "{s}→{t}: {:#?}", r.findings);
    }
}

#[test]
fn veson_versions_are_text_compared_without_case() {
    // Not release numbers: compared as text, never "unreadable".
    let keep = with(
        veson_ok(),
        json!({"preserve_users": true, "source_version": "2024 R2 build 7", "target_version": "2024 r2 BUILD 7"}),
    );
    let r = check(veson(), &keep);
    assert!(r.ready() && rules(&r).is_empty(), "{:#?}", r.findings);
    let r = check(veson(), &with(keep, json!({"target_version": "2024 R3"})));
    assert_eq!(rules(&r), ["version.mismatch"]);
    insta::assert_snapshot!(finding(&r, "version.mismatch").message, @"The schema versions differ (2024 R2 build 7 and 2024 R3): because you keep the target's users, the vendor will first arrange a schema upgrade of both environments to the latest version.");
}
