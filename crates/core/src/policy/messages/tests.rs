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

/// The message of the finding of `rule` when `request` is checked at `now` in `lang`.
fn finding_message(policy: &Policy, request: &Value, now: &str, lang: Lang, rule: &str) -> String {
    let now = parse(now).expect("instant");
    validate_in(policy, request, now, in_lang(lang))
        .findings
        .iter()
        .find(|f| f.rule == rule)
        .map(|f| f.message.clone())
        .unwrap_or_else(|| panic!("a finding of {rule}"))
}

fn notice_message(policy: &Policy, lang: Lang) -> String {
    let request = too_soon();
    finding_message(
        policy,
        &request,
        "2024-10-07T02:00Z",
        lang,
        "notice.business_days",
    )
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
    // The holidays' names are checked against the holiday data, not the catalog, whose
    // English in the page leaves them out (the loader's own test is below).
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
        en.format("policy-expected-holiday-id", &[]),
        "the id of a holiday of the holiday data, like \"holiday-name-christmas-day\""
    );
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

/// Veson IMOS (holidays of the customer's region), whose `messages` name Christmas Day
/// their own way in English and in German.
fn christmas_worded() -> Policy {
    veson_with(json!({
        "en": { "holiday-name-christmas-day": "Christmas (office closed)" },
        "de": { "holiday-name-christmas-day": "1. Weihnachtstag" }
    }))
    .expect("the policy loads")
}

/// A request observing the United Kingdom's holidays whose first window is on `day`.
fn first_window_on(day: &str) -> Value {
    json!({
        "policy": "veson-imos",
        "submitted_at": "2022-12-01T02:00Z",
        "source": "ABCD_prod", "target": "ABCD_test",
        "holiday_region": "GB",
        "windows": [format!("{day}T02:00Z"), "2022-12-29T04:00Z"]
    })
}

fn holiday_message(policy: &Policy, request: &Value, lang: Lang) -> String {
    finding_message(policy, request, "2022-12-01T02:00Z", lang, "window.holiday")
}

#[test]
fn a_policy_names_a_holiday_its_own_way_in_findings_in_each_language_it_gives() {
    let policy = christmas_worded();
    let christmas = first_window_on("2022-12-25");
    assert_eq!(
        holiday_message(&policy, &christmas, Lang::En),
        "Window 1 (Sun 25 Dec 2022 02:00–04:00 UTC) falls on Christmas (office closed) \
         (Sun 25 Dec 2022), a public holiday in the United Kingdom (England & Wales). \
         Pick another business day."
    );
    assert!(
        holiday_message(&policy, &christmas, Lang::De).contains("fällt auf 1. Weihnachtstag ("),
        "{}",
        holiday_message(&policy, &christmas, Lang::De)
    );
    // The data's marks still go around the policy's name: the day off moved from Sunday.
    let observed = first_window_on("2022-12-27");
    assert!(
        holiday_message(&policy, &observed, Lang::En)
            .contains("falls on Christmas (office closed) (observed) ("),
        "{}",
        holiday_message(&policy, &observed, Lang::En)
    );
    // A language the policy names no holiday in keeps the catalog's name; another holiday
    // keeps its own name.
    assert!(holiday_message(&policy, &christmas, Lang::Fr).contains("Noël"));
    assert!(
        holiday_message(&policy, &first_window_on("2022-12-26"), Lang::En)
            .contains("falls on Boxing Day (")
    );
    // Another policy keeps the data's name.
    let builtin = Policy::builtin("veson-imos").expect("built in");
    assert!(holiday_message(builtin, &christmas, Lang::En).contains("falls on Christmas Day ("));
}

#[test]
fn a_policys_holiday_name_shows_in_the_calendars_day_reason() {
    use crate::calendar::day;
    use crate::request::Request;
    use crate::rules::Context;
    let policy = christmas_worded();
    let now = parse("2022-12-01T02:00Z").expect("instant");
    let request = Request::read(&policy, &first_window_on("2022-12-25")).request;
    let christmas = chrono::NaiveDate::from_ymd_opt(2022, 12, 25).expect("date");
    let reason = |lang: Lang| {
        // As the rules do, the day is judged with the policy's wording over the language's.
        let spoken = policy.messages.speak(in_lang(lang));
        let ctx = Context::in_language(&policy, &request, now, &spoken);
        let d = day(&ctx, christmas);
        (d.label, d.reason)
    };
    assert_eq!(
        reason(Lang::En),
        (
            "Public holiday".to_string(),
            "Public holiday: Christmas (office closed)".to_string()
        )
    );
    assert_eq!(
        reason(Lang::De),
        (
            "Feiertag".to_string(),
            "Feiertag: 1. Weihnachtstag".to_string()
        )
    );
}

/// A ticket is written only for a ready request, so a holiday's name reaches the desk in
/// what stands in the ticket's way, in the customer's language, and in the desk's check of
/// what arrived (here a request JSON), in the desk's language.
#[test]
fn a_policys_holiday_name_shows_where_a_ticket_is_refused_and_at_the_desk() {
    use crate::catalog::{Catalog, Input};
    let mut catalog = Catalog::default();
    catalog.add(christmas_worded());
    let request = first_window_on("2022-12-25");
    let now = parse("2022-12-01T02:00Z").expect("instant");
    let refused = catalog
        .ticket_in(
            Input::Value(&request),
            "text",
            now,
            in_lang(Lang::De),
            &|lang| in_lang(lang),
        )
        .expect_err("not ready");
    assert!(
        refused.to_string().contains("fällt auf 1. Weihnachtstag ("),
        "{refused}"
    );
    let text = request.to_string();
    let checked = crate::desk::check_in(&text, &catalog, None, now, in_lang(Lang::De), &|lang| {
        in_lang(lang)
    })
    .expect("checked");
    let holiday = checked
        .report
        .findings
        .iter()
        .find(|f| f.rule == "window.holiday")
        .expect("a holiday finding");
    assert!(
        holiday.message.contains("fällt auf 1. Weihnachtstag ("),
        "{}",
        holiday.message
    );
}

#[test]
fn the_loader_takes_only_the_holiday_datas_names_and_no_variables_in_them() {
    let err = veson_with(json!({
        "en": {
            "holiday-name-christmas-dya": "Christmas.",
            "holiday-name-office-party": "Office party",
            "holiday-name-boxing-day": "Boxing Day { $region }"
        },
        "de": { "holiday-name-labor-day--us": "Labor Day { $day }" }
    }))
    .expect_err("refused");
    assert_eq!(
        err,
        "The policy “veson-imos” cannot be used: 4 problems\n\
         - messages.de.holiday-name-labor-day--us: expected no variables (the built-in message has none), found $day\n\
         - messages.en.holiday-name-boxing-day: expected no variables (the built-in message has none), found $region\n\
         - messages.en.holiday-name-christmas-dya: expected the id of a holiday of the holiday data, like \"holiday-name-christmas-day\", found \"holiday-name-christmas-dya\"\n\
         - messages.en.holiday-name-office-party: expected the id of a holiday of the holiday data, like \"holiday-name-christmas-day\", found \"holiday-name-office-party\""
    );
    // Every holiday of the data may be named, the regional ids included.
    for id in [
        "holiday-name-labor-day",
        "holiday-name-labor-day--us",
        "holiday-name-dr-b-r-ambedkars-jayanti",
    ] {
        let policy = veson_with(json!({ "ja": { id: "休日" } })).expect("loads");
        assert!(policy.messages.words(Lang::Ja, id), "{id}");
    }
}
