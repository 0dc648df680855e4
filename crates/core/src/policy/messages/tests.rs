//! Worked examples of a policy's own wording: what the loader takes and
//! refuses (each problem with its path), and where the wording shows.

use crate::instant::parse;
use crate::lang::Lang;
use crate::message::in_lang;
use crate::policy::{Policy, BUILTIN_JSON};
use crate::rules::validate_in;
use serde_json::{json, Value};

/// Veson IMOS (two business days' notice) with `messages` added.
fn veson_with(messages: Value) -> Result<Policy, String> {
    let mut doc: Value = serde_json::from_str(BUILTIN_JSON[0]).expect("built-in JSON");
    doc["messages"] = messages;
    Policy::from_value(&doc).map_err(|e| e.to_string())
}

/// A request whose first window is a day too soon.
fn too_soon() -> Value {
    json!({
        "policy": "veson-imos",
        "submitted_at": "2024-10-07T02:00Z",
        "source": "ABCD_prod", "target": "ABCD_test",
        "windows": ["2024-10-08T02:00Z", "2024-10-09T04:00Z"]
    })
}

fn notice_message(policy: &Policy, lang: Lang) -> String {
    let now = parse("2024-10-07T02:00Z").expect("instant");
    let report = validate_in(policy, &too_soon(), now, in_lang(lang));
    report
        .findings
        .iter()
        .find(|f| f.rule == "notice.business_days")
        .map(|f| f.message.clone())
        .expect("a notice finding")
}

#[test]
fn a_policy_words_a_finding_its_own_way_in_each_language_it_gives() {
    let policy = veson_with(json!({
        "en": { "notice-business_days": "Window { $window } is too soon: we need { $amount } working days, so start at { $earliest } or later." },
        "de": { "notice-business_days": "Zeitfenster { $window } ist zu früh: Wir brauchen { $amount } Arbeitstage Vorlauf." }
    }))
    .expect("the policy loads");
    assert_eq!(
        notice_message(&policy, Lang::En),
        "Window 1 is too soon: we need 2 working days, so start at Wed 9 Oct 2024 02:00 UTC or later."
    );
    assert_eq!(
        notice_message(&policy, Lang::De),
        "Zeitfenster 1 ist zu früh: Wir brauchen 2 Arbeitstage Vorlauf."
    );
    // A language the policy gives no wording in keeps the built-in message.
    assert!(
        notice_message(&policy, Lang::Fr).starts_with("Le créneau 1"),
        "{}",
        notice_message(&policy, Lang::Fr)
    );
    // Another policy (the built-in Veson IMOS) keeps the built-in message.
    let builtin = Policy::builtin("veson-imos").expect("built in");
    assert!(notice_message(builtin, Lang::En).starts_with("Window 1 (Tue 8 Oct 2024 02:00–04:00 UTC) is too soon: the vendor needs 2 business days' notice"));
}

#[test]
fn the_loader_names_each_problem_with_a_wording_by_its_path() {
    let err = veson_with(json!({
        "xx": { "notice-business_days": "Too soon." },
        "de": {
            "notice-business_day": "Zu früh.",
            "notice-hours": "Zeitfenster { $window is zu früh.",
            "env-same": "{ $source } und { $weeks } sind gleich.",
            "severity-error": 5
        }
    }))
    .expect_err("refused");
    assert_eq!(
        err,
        "The policy “veson-imos” cannot be used: 5 problems\n\
         - messages.de.env-same: expected only the built-in message's variables: $naming, $value, found $source, $weeks\n\
         - messages.de.notice-business_day: expected the id of a built-in message, found \"notice-business_day\" (did you mean \"notice-business_days\"?)\n\
         - messages.de.notice-hours: expected a message in Fluent syntax (a variable as { $name }, a brace as {\"{\"}), found \"Zeitfenster { $window is zu früh.\"\n\
         - messages.de.severity-error: expected a message in Fluent syntax, found 5\n\
         - messages.xx: expected a language tag, one of en, de, fr, es, pt-BR, nl, da, ja, zh-Hans, ar, found \"xx\""
    );
}

#[test]
fn a_wording_may_use_fewer_variables_than_the_built_in_message_and_several_lines() {
    let policy = veson_with(json!({
        "en": { "notice-business_days": "Too soon.\nAsk us for an earlier slot." }
    }))
    .expect("the policy loads");
    assert_eq!(
        notice_message(&policy, Lang::En),
        "Too soon.\nAsk us for an earlier slot."
    );
}

#[test]
fn the_english_catalog_gives_each_message_and_its_variables() {
    let syntax = super::syntax().expect("natively the core reads Fluent itself");
    let vars = |id: &str| syntax.variables(id);
    assert_eq!(vars("severity-error"), Some(vec![]));
    assert_eq!(
        vars("notice-business_days"),
        Some(
            ["amount", "earliest", "from", "span", "window"]
                .map(String::from)
                .to_vec()
        )
    );
    assert_eq!(vars("no-such-message"), None);
    // A holiday's name is the holiday data's own (the page's English leaves the names out).
    assert_eq!(vars("holiday-name-christmas-day"), None);
    assert!(syntax.ids().iter().any(|id| id == "ticket-subject"));
    assert!(!syntax
        .ids()
        .iter()
        .any(|id| id.starts_with("holiday-name-")));
    // Nor are the messages written for every policy alike, which the form page's English
    // leaves out too: the desk's report, the loader's problems, the desk's ticket findings.
    for alike in [
        "desk-summary-ready",
        "policy-unusable",
        "ticket-edited",
        "ticket-unverified",
    ] {
        assert_eq!(vars(alike), None, "{alike}");
    }
    assert!(vars("ticket-window").is_some());
}

#[test]
fn the_ticket_carries_the_wording_in_the_desk_language_and_the_desk_finds_it_unedited() {
    use crate::catalog::{Catalog, Input};
    let mut doc: Value = serde_json::from_str(BUILTIN_JSON[0]).expect("built-in JSON");
    doc["desk_language"] = json!("de");
    doc["messages"] = json!({
        "de": { "ticket-title": "Refresh-Auftrag an { $vendor }" },
        "en": { "ticket-title": "Refresh order for { $vendor }" }
    });
    let ours = Policy::from_value(&doc).expect("loads");
    let mut catalog = Catalog::default();
    catalog.add(ours.clone());
    let monday = json!({
        "policy": "veson-imos", "submitted_at": "2024-10-07T02:00Z",
        "source": "ABCD_prod", "target": "ABCD_test",
        "windows": ["2024-10-09T02:00Z", "2024-10-09T04:00Z"]
    });
    let written = parse("2024-10-07T02:00Z").expect("instant");
    for format in ["text", "markdown"] {
        // The customer reads English; the ticket is in the desk's German, worded the policy's way.
        let ticket = catalog
            .ticket(Input::Value(&monday), format, written)
            .expect("ready");
        assert!(
            ticket.contains("Refresh-Auftrag an Veson IMOS Platform"),
            "{ticket}"
        );
        let checked = crate::desk::check(&ticket, &catalog, None, written).expect("checked");
        assert!(checked.ready(), "{format}: {:?}", checked.report.findings);
        // Re-rendered with the built-in wording, the title line would read as edited.
        doc["messages"] = json!({});
        let plain = Policy::from_value(&doc).expect("loads");
        let checked =
            crate::desk::check(&ticket, &catalog, Some(&plain), written).expect("checked");
        let rules: Vec<&str> = checked
            .report
            .findings
            .iter()
            .map(|f| f.rule.as_str())
            .collect();
        assert!(rules.contains(&"ticket.edited"), "{format}: {rules:?}");
    }
    // The subject line is written by the same messages.
    doc["messages"] = json!({ "de": { "ticket-subject": "Refresh { $source } nach { $target }" } });
    let mut catalog = Catalog::default();
    catalog.add(Policy::from_value(&doc).expect("loads"));
    assert_eq!(
        catalog
            .subject_in(Input::Value(&monday), &|lang| crate::message::in_lang(lang))
            .as_deref(),
        Some("Refresh ABCD_prod nach ABCD_test, 2024-10-09 02:00 UTC")
    );
    // So is the JSON ticket's subject, and each event of the calendar file.
    let json = catalog
        .ticket(Input::Value(&monday), "json", written)
        .expect("ready");
    assert!(
        json.contains(r#""subject": "Refresh ABCD_prod nach ABCD_test, 2024-10-09 02:00 UTC""#),
        "{json}"
    );
    let policy = Policy::from_value(&doc).expect("loads");
    let desk = in_lang(Lang::De);
    let req = crate::request::Request::read_in(&policy, &monday, desk).request;
    let report = validate_in(&policy, &monday, written, desk);
    let ics = crate::invite::calendar_in(&policy, &req, &report, desk);
    for start in ["2024-10-09 02:00 UTC", "2024-10-09 04:00 UTC"] {
        assert!(
            // The calendar format escapes the comma.
            ics.contains(&format!(
                "SUMMARY:Refresh ABCD_prod nach ABCD_test\\, {start}"
            )),
            "{ics}"
        );
    }
}

#[test]
fn the_catalog_words_the_loaders_problems_as_the_loader_does() {
    let en = crate::message::english();
    use crate::message::Messages;
    assert_eq!(
        en.format("policy-expected-fluent-hint", &[]),
        "a message in Fluent syntax (a variable as { $name }, a brace as {\"{\"})"
    );
    assert_eq!(
        en.format(
            "policy-found-did-you-mean",
            &[("found", "\"a\"".into()), ("near", "b".into())]
        ),
        "\"a\" (did you mean \"b\"?)"
    );
}
