use super::*;
use crate::instant::parse;
use crate::ticket::Format;
// docs/desk.md's request, written Monday for Wednesday (just on time), and its ticket.
use crate::worked_example::{request as monday, ticket};
use serde_json::json;

fn at(s: &str) -> NaiveDateTime {
    parse(s).expect("instant")
}

fn checked(text: &str, received: &str) -> DeskCheck<'static> {
    static CATALOG: std::sync::OnceLock<Catalog> = std::sync::OnceLock::new();
    check(
        text,
        CATALOG.get_or_init(Catalog::default),
        None,
        at(received),
    )
    .expect("checked")
}

#[test]
fn received_on_time_it_is_ready() {
    for format in Format::ALL {
        // Received the minute it was written: two business days to the minute.
        let c = checked(&ticket(format), "2024-10-07T02:00Z");
        assert!(c.ready(), "{format:?}: {:?}", c.report.findings);
        assert_eq!(c.submitted_at, Some(at("2024-10-07T02:00Z")));
        assert_eq!(c.ticket.as_ref().map(|t| t.format), Some(format));
    }
}

#[test]
fn notice_is_measured_from_the_receipt() {
    // Written Monday for Wednesday, received Tuesday: too soon.
    let c = checked(&ticket(Format::Text), "2024-10-08T09:00Z");
    assert!(!c.ready());
    let rules: Vec<_> = c.changes().new.iter().map(|f| f.rule.as_str()).collect();
    assert!(rules.contains(&"notice.business_days"), "{rules:?}");
    insta::assert_snapshot!(c.to_text(), @r"
    NOT READY — Veson IMOS Platform (policy veson-imos version 2024-10-04)
    Submitted: Mon 7 Oct 2024 02:00 UTC
    Received:  Tue 8 Oct 2024 09:00 UTC

    Not ready: as received on Tue 8 Oct 2024 09:00 UTC, the request has 2 errors against Veson IMOS Platform (version 2024-10-04). The ticket says it was checked on Mon 7 Oct 2024 02:00 UTC. Since the customer's check, 2 findings appeared.

    Must be fixed:
      - Window 1 (Wed 9 Oct 2024 02:00–04:00 UTC) is too soon: the vendor needs 2 business days' notice from Tue 8 Oct 2024 09:00 UTC, so the earliest start is Thu 10 Oct 2024 09:00 UTC. [notice.business_days]
      - Window 2 (Wed 9 Oct 2024 04:00–06:00 UTC) is too soon: the vendor needs 2 business days' notice from Tue 8 Oct 2024 09:00 UTC, so the earliest start is Thu 10 Oct 2024 09:00 UTC. [notice.business_days]

    Good to know:
      - Configuration flags and messaging-service settings are not copied from the source: the target keeps its own. [note.not_copied]
      - Users should log out of the target environment during the refresh; the source is not affected. [note.logout]
      - The refresh is not confirmed until the vendor confirms the window; a window on a public holiday will be rescheduled. [note.confirmation]
      - The target's security list will be replaced by the source's: note the e-mail address of your API user and restore it in its user profile after the refresh. [note.security_list]

    Since the customer's check:
      + new: notice.business_days on Window 1
      + new: notice.business_days on Window 2
    ");
}

#[test]
fn an_edited_line_is_named_and_the_ticket_is_not_ready() {
    let body = ticket(Format::Text).replace("ABCD_test", "ABCD_train");
    let c = checked(&body, "2024-10-07T02:00Z");
    assert!(!c.ready());
    insta::assert_snapshot!(c.to_text(), @r"
    NOT READY — Veson IMOS Platform (policy veson-imos version 2024-10-04)
    Submitted: Mon 7 Oct 2024 02:00 UTC
    Received:  Mon 7 Oct 2024 02:00 UTC

    Not ready: the request passes every rule of Veson IMOS Platform (version 2024-10-04) as received on Mon 7 Oct 2024 02:00 UTC, but 1 line of the ticket was edited after it was written: trust the request, not the text. The ticket says it was checked on Mon 7 Oct 2024 02:00 UTC.

    Must be fixed:
      - Line 4 was edited: it reads “Target environment / database name: ABCD_train”, but the checked request says “Target environment / database name: ABCD_test”. [ticket.edited]

    Good to know:
      - Configuration flags and messaging-service settings are not copied from the source: the target keeps its own. [note.not_copied]
      - Users should log out of the target environment during the refresh; the source is not affected. [note.logout]
      - The refresh is not confirmed until the vendor confirms the window; a window on a public holiday will be rescheduled. [note.confirmation]
      - The target's security list will be replaced by the source's: note the e-mail address of your API user and restore it in its user profile after the refresh. [note.security_list]
    ");
}

#[test]
fn a_ticket_on_its_way_is_not_edited() {
    let body = ticket(Format::Markdown);
    let quoted: String = body.lines().map(|l| format!("> {l}  \r\n")).collect();
    let mail = format!("From the help center:\r\n\r\n{quoted}\r\n-- \r\nJo\r\n");
    let c = checked(&mail, "2024-10-07T02:00Z");
    assert!(c.ready(), "{:?}", c.report.findings);
}

#[test]
fn a_request_json_is_checked_at_receipt() {
    let c = checked(&monday().to_string(), "2024-10-08T09:00Z");
    assert!(c.ticket.is_none());
    assert!(!c.ready());
    assert_eq!(c.submitted_at, Some(at("2024-10-07T02:00Z")));
}

#[test]
fn what_cannot_be_checked_says_why() {
    let catalog = Catalog::default();
    let now = at("2024-10-07T02:30Z");
    let err = |text: &str| {
        check(text, &catalog, None, now)
            .map(|_| ())
            .expect_err("unchecked")
    };
    assert_eq!(err("please refresh our test system"), Unchecked::NoRequest);
    let old_json_ticket = json!({"checked_at": "2024-10-07T02:00:00Z", "request": monday()});
    assert_eq!(err(&old_json_ticket.to_string()), Unchecked::NoData);
    let cut = ticket(Format::Text);
    let cut = &cut[..cut.find(carried::END).expect("end")];
    assert_eq!(err(cut), Unchecked::Damaged(Damage::NoEnd));
    let acme = json!({"policy": "acme"}).to_string();
    insta::assert_snapshot!(err(&acme).to_string(), @"Unknown policy “acme”: give its file with --policy PATH.");
}

#[test]
fn the_json_report_has_the_contract_keys() {
    let c = checked(&ticket(Format::Json), "2024-10-08T09:00Z");
    let v: Value = serde_json::from_str(&c.to_json()).expect("json");
    for key in [
        "ready",
        "findings",
        "summary",
        "submitted_at",
        "received_at",
        "request",
    ] {
        assert!(v.get(key).is_some(), "{key}");
    }
    assert_eq!(v["ready"], false);
    assert_eq!(v["submitted_at"], "2024-10-07T02:00:00Z");
    assert_eq!(v["received_at"], "2024-10-08T09:00:00Z");
    let f = &v["findings"][0];
    for key in ["rule", "field", "severity", "message"] {
        assert!(f.get(key).is_some(), "{key}");
    }
}

#[test]
fn another_policy_version_is_said_and_the_lines_are_not_compared() {
    let mut newer = Policy::builtin("veson-imos").expect("builtin").clone();
    newer.version = "2025-01-01".into();
    let body = ticket(Format::Text).replace("ABCD_test", "ABCD_train");
    let catalog = Catalog::default();
    let c = check(&body, &catalog, Some(&newer), at("2024-10-07T02:00Z")).expect("checked");
    let own: Vec<_> = c
        .report
        .findings
        .iter()
        .filter(|f| f.rule.starts_with(RuleId::DESK_PREFIX))
        .collect();
    assert_eq!(own.len(), 1, "{own:?}");
    insta::assert_snapshot!(own[0].message, @"The ticket was checked against policy veson-imos version 2024-10-04; this check uses veson-imos version 2025-01-01, so its lines were not compared.");
    assert_eq!(own[0].severity, Severity::Warning);
    assert!(c.ready());
}

/// A German desk's policy with German texts: the form reads it in its
/// customer's language (Japanese here) and writes the ticket from that,
/// in German; the desk, from the policy as the vendor wrote it, finds the
/// same lines.
#[test]
fn a_ticket_from_a_policy_read_in_another_language_is_the_desks_own() {
    use crate::message::in_lang;
    let mut policy = Policy::builtin("clarity-saas").expect("built in").clone();
    policy.desk_language = Lang::De;
    let mut catalog = Catalog::default();
    catalog.add(policy.clone());
    let request = json!({
        "policy": "clarity-saas", "submitted_at": "2024-10-07T02:00:00Z",
        "source_url": "https://acme.example.com", "target_url": "https://acme-test.example.com",
        "source_kind": "PROD", "target_kind": "SAND", "window": "2024-10-09T08:00:00Z",
        "source_version": "16.2.1 Patch 3", "target_version": "16.2.1.3",
        "copy_filestore": "yes", "integrations": "yes",
        "ack_overwrite": true, "ack_jobs": true, "ack_integrations": true
    });
    // As the page does: the policy in the customer's language, the request checked
    // again in the desk's for the ticket.
    let customers = policy.in_language(Lang::Ja);
    assert_eq!(
        customers.questions[0].label,
        "ファイルストアもコピー先環境にコピーしますか？"
    );
    let desk = in_lang(Lang::De);
    let now = at("2024-10-07T02:00Z");
    let read = Request::read_in(&customers, &request, desk).request;
    let report = crate::rules::validate_in(&customers, &request, now, desk);
    for format in Format::ALL {
        let ticket =
            crate::ticket::export_in(&customers, &read, &report, format, desk).expect("ready");
        if format == Format::Markdown {
            insta::assert_snapshot!("clarity_german_desk_markdown", ticket);
        }
        let c = check(&ticket, &catalog, None, now).expect("checked");
        let edited: Vec<_> = c
            .report
            .findings
            .iter()
            .filter(|f| f.rule == RuleId::TicketEdited.as_str())
            .collect();
        assert!(edited.is_empty(), "{format:?}: {edited:?}");
        assert!(c.ready(), "{format:?}: {:?}", c.report.findings);
    }
}

/// The summary in a language that writes no space between sentences: each
/// further sentence brings its own separator, so Japanese gets none.
#[test]
fn the_summary_joins_sentences_as_the_language_does() {
    let catalog = Catalog::default();
    let body = ticket(Format::Text);
    let ja = crate::message::in_lang(Lang::Ja);
    let c = check_in(
        &body,
        &catalog,
        None,
        at("2024-10-08T09:00Z"),
        ja,
        &|lang| crate::message::in_lang(lang),
    )
    .expect("checked");
    insta::assert_snapshot!(c.summary(), @"未完了：2024-10-08 09:00 UTCの受信時点で、申請にはVeson IMOS Platform（バージョン 2024-10-04）に照らしたエラーが2件あります。チケットには2024-10-07 02:00 UTCにチェックしたと記載されています。顧客によるチェックの後、指摘事項が2件新たに発生しました。");
}
