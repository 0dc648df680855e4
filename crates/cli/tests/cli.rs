//! The built `refresh-request` binary as a desk, a CI job and a script run
//! it: its outputs and exit statuses, as snapshots.

use proptest::prelude::*;
use refresh_request_core::ticket::Format;
// docs/desk.md's request, written Monday for Wednesday (just on time), and its ticket.
use refresh_request_core::worked_example::{ticket, REQUEST as MONDAY};
use std::io::Write;
use std::process::{Command, Stdio};

/// Exit status, stdout and stderr of one run with `stdin`.
fn run(args: &[&str], stdin: &[u8]) -> (i32, String, String) {
    let mut child = Command::new(env!("CARGO_BIN_EXE_refresh-request"))
        .args(args)
        // --help wraps at the terminal's width: the snapshots use clap's default.
        .env_remove("COLUMNS")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("the binary runs");
    if let Some(mut input) = child.stdin.take() {
        // A command that does not read stdin may close it first.
        let _ = input.write_all(stdin);
    }
    let out = child.wait_with_output().expect("it ends");
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

/// `exit N` then stdout, then stderr when there is any: one snapshot.
fn shown((code, out, err): (i32, String, String)) -> String {
    let mut s = format!("exit {code}\n{out}");
    if !err.is_empty() {
        s.push_str(&format!("--- stderr\n{err}"));
    }
    s
}

/// One run with `stdin`, as one snapshot's text.
fn snap(args: &[&str], stdin: &str) -> String {
    shown(run(args, stdin.as_bytes()))
}

/// `check` of `body` as received at `received`, with `more` options.
fn check(body: &str, received: &str, more: &[&str]) -> String {
    snap(
        &[&["check", "-", "--received", received], more].concat(),
        body,
    )
}

fn scratch(name: &str, text: &str) -> String {
    let path = std::path::Path::new(env!("CARGO_TARGET_TMPDIR")).join(name);
    std::fs::write(&path, text).expect("scratch file");
    path.display().to_string()
}

#[test]
fn a_ticket_received_the_minute_it_was_written_is_ready() {
    insta::assert_snapshot!(check(&ticket(Format::Text), "2024-10-07T02:00Z", &[]), @r"
    exit 0
    READY — Veson IMOS Platform (policy veson-imos version 2024-10-04)
    Submitted: Mon 7 Oct 2024 02:00 UTC
    Received:  Mon 7 Oct 2024 02:00 UTC

    Ready: the request passes every rule of Veson IMOS Platform (version 2024-10-04) as received on Mon 7 Oct 2024 02:00 UTC. The ticket says it was checked on Mon 7 Oct 2024 02:00 UTC.

    Good to know:
      - Configuration flags and messaging-service settings are not copied from the source: the target keeps its own. [note.not_copied]
      - Users should log out of the target environment during the refresh; the source is not affected. [note.logout]
      - The refresh is not confirmed until the vendor confirms the window; a window on a public holiday will be rescheduled. [note.confirmation]
      - The target's security list will be replaced by the source's: note the e-mail address of your API user and restore it in its user profile after the refresh. [note.security_list]
    ");
}

#[test]
fn the_same_ticket_received_on_tuesday_is_too_soon() {
    let t = scratch("monday.txt", &ticket(Format::Markdown));
    insta::assert_snapshot!(snap(&["check", &t, "--received", "2024-10-08 09:00"], ""), @r"
    exit 1
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
fn an_edited_ticket_is_not_ready_and_names_the_line() {
    let t =
        ticket(Format::Text).replace("Wed 9 Oct 2024 02:00–04:00", "Wed 9 Oct 2024 06:00–08:00");
    insta::assert_snapshot!(check(&t, "2024-10-07T02:00Z", &[]), @r"
    exit 1
    NOT READY — Veson IMOS Platform (policy veson-imos version 2024-10-04)
    Submitted: Mon 7 Oct 2024 02:00 UTC
    Received:  Mon 7 Oct 2024 02:00 UTC

    Not ready: the request passes every rule of Veson IMOS Platform (version 2024-10-04) as received on Mon 7 Oct 2024 02:00 UTC, but 1 line of the ticket was edited after it was written: trust the request, not the text. The ticket says it was checked on Mon 7 Oct 2024 02:00 UTC.

    Must be fixed:
      - Line 6 was edited: it reads “- Window 1: Wed 9 Oct 2024 06:00–08:00 UTC”, but the checked request says “- Window 1: Wed 9 Oct 2024 02:00–04:00 UTC”. [ticket.edited]

    Good to know:
      - Configuration flags and messaging-service settings are not copied from the source: the target keeps its own. [note.not_copied]
      - Users should log out of the target environment during the refresh; the source is not affected. [note.logout]
      - The refresh is not confirmed until the vendor confirms the window; a window on a public holiday will be rescheduled. [note.confirmation]
      - The target's security list will be replaced by the source's: note the e-mail address of your API user and restore it in its user profile after the refresh. [note.security_list]
    ");
}

#[test]
fn json_output_is_one_object() {
    let t = ticket(Format::Json);
    let (code, out, _) = run(
        &["check", "-", "--json", "--received", "2024-10-08T09:00Z"],
        t.as_bytes(),
    );
    assert_eq!(code, 1);
    let v: serde_json::Value = serde_json::from_str(&out).expect("one JSON object");
    insta::assert_snapshot!(serde_json::to_string_pretty(&v).expect("json"), @r#"
    {
      "changes": {
        "gone": [],
        "new": [
          {
            "field": "windows[0]",
            "message": "Window 1 (Wed 9 Oct 2024 02:00–04:00 UTC) is too soon: the vendor needs 2 business days' notice from Tue 8 Oct 2024 09:00 UTC, so the earliest start is Thu 10 Oct 2024 09:00 UTC.",
            "rule": "notice.business_days",
            "severity": "error"
          },
          {
            "field": "windows[1]",
            "message": "Window 2 (Wed 9 Oct 2024 04:00–06:00 UTC) is too soon: the vendor needs 2 business days' notice from Tue 8 Oct 2024 09:00 UTC, so the earliest start is Thu 10 Oct 2024 09:00 UTC.",
            "rule": "notice.business_days",
            "severity": "error"
          }
        ]
      },
      "findings": [
        {
          "field": "windows[0]",
          "message": "Window 1 (Wed 9 Oct 2024 02:00–04:00 UTC) is too soon: the vendor needs 2 business days' notice from Tue 8 Oct 2024 09:00 UTC, so the earliest start is Thu 10 Oct 2024 09:00 UTC.",
          "rule": "notice.business_days",
          "severity": "error"
        },
        {
          "field": "windows[1]",
          "message": "Window 2 (Wed 9 Oct 2024 04:00–06:00 UTC) is too soon: the vendor needs 2 business days' notice from Tue 8 Oct 2024 09:00 UTC, so the earliest start is Thu 10 Oct 2024 09:00 UTC.",
          "rule": "notice.business_days",
          "severity": "error"
        },
        {
          "field": null,
          "message": "Configuration flags and messaging-service settings are not copied from the source: the target keeps its own.",
          "rule": "note.not_copied",
          "severity": "info"
        },
        {
          "field": null,
          "message": "Users should log out of the target environment during the refresh; the source is not affected.",
          "rule": "note.logout",
          "severity": "info"
        },
        {
          "field": null,
          "message": "The refresh is not confirmed until the vendor confirms the window; a window on a public holiday will be rescheduled.",
          "rule": "note.confirmation",
          "severity": "info"
        },
        {
          "field": null,
          "message": "The target's security list will be replaced by the source's: note the e-mail address of your API user and restore it in its user profile after the refresh.",
          "rule": "note.security_list",
          "severity": "info"
        }
      ],
      "policy": {
        "id": "veson-imos",
        "name": "Veson IMOS Platform",
        "version": "2024-10-04"
      },
      "ready": false,
      "received_at": "2024-10-08T09:00:00Z",
      "request": {
        "holiday_region": "GB",
        "policy": "veson-imos",
        "preserve_users": false,
        "refresh_type": "standard",
        "restore_point": null,
        "source": "ABCD_prod",
        "source_version": "",
        "submitted_at": "2024-10-07T02:00:00Z",
        "target": "ABCD_test",
        "target_version": "",
        "windows": [
          "2024-10-09T02:00:00Z",
          "2024-10-09T04:00:00Z"
        ]
      },
      "submitted_at": "2024-10-07T02:00:00Z",
      "summary": "Not ready: as received on Tue 8 Oct 2024 09:00 UTC, the request has 2 errors against Veson IMOS Platform (version 2024-10-04). The ticket says it was checked on Mon 7 Oct 2024 02:00 UTC. Since the customer's check, 2 findings appeared.",
      "ticket": {
        "edits": [],
        "format": "json",
        "policy_version": "2024-10-04"
      }
    }
    "#);
}

#[test]
fn what_cannot_be_checked_exits_2_with_one_line() {
    let cut = ticket(Format::Text);
    let cut = &cut[..cut.find("-----END").expect("end")];
    let cases: [(&[&str], &[u8]); 6] = [
        (&["check"], b"Hello, please refresh our test system."),
        (&["check"], cut.as_bytes()),
        (&["check"], br#"{"policy": "acme"}"#),
        (&["check", "--received", "tomorrow"], MONDAY.as_bytes()),
        (&["check", "--policy", "acme"], MONDAY.as_bytes()),
        (&["check", "--colour"], b""),
    ];
    let mut all = String::new();
    for (args, stdin) in cases {
        let (code, out, err) = run(args, stdin);
        assert_eq!(code, 2, "{args:?}");
        assert_eq!(out, "", "{args:?}");
        assert_eq!(err.lines().count(), 1, "{args:?}: {err}");
        all.push_str(&err);
    }
    insta::assert_snapshot!(all, @r"
    refresh-request: No request found: the text carries no refresh-request data (-----BEGIN REFRESH-REQUEST DATA v1-----) and is not a request JSON object.
    refresh-request: The ticket's request data is cut off: its last line (-----END REFRESH-REQUEST DATA …) is missing.
    refresh-request: Unknown policy “acme”: give its file with --policy PATH.
    refresh-request: --received: expected a date and time in UTC like 2024-10-09 02:00 (or 2024-10-09T02:00Z), found “tomorrow”
    refresh-request: --policy: no policy file or built-in policy “acme”: use one of veson-imos, clarity-saas, or a policy file's path
    error: unexpected argument '--colour' found (see refresh-request --help)
    ");
}

#[test]
fn a_request_json_is_checked_against_a_chosen_policy() {
    insta::assert_snapshot!(check(MONDAY, "2024-10-07T02:00Z", &["--policy", "veson-imos"]), @r"
    exit 0
    READY — Veson IMOS Platform (policy veson-imos version 2024-10-04)
    Submitted: Mon 7 Oct 2024 02:00 UTC
    Received:  Mon 7 Oct 2024 02:00 UTC

    Ready: the request passes every rule of Veson IMOS Platform (version 2024-10-04) as received on Mon 7 Oct 2024 02:00 UTC. The request says it was submitted on Mon 7 Oct 2024 02:00 UTC.

    Good to know:
      - Configuration flags and messaging-service settings are not copied from the source: the target keeps its own. [note.not_copied]
      - Users should log out of the target environment during the refresh; the source is not affected. [note.logout]
      - The refresh is not confirmed until the vendor confirms the window; a window on a public holiday will be rescheduled. [note.confirmation]
      - The target's security list will be replaced by the source's: note the e-mail address of your API user and restore it in its user profile after the refresh. [note.security_list]
    ");
}

#[test]
fn policy_check_lists_every_problem_with_its_path() {
    let good = scratch(
        "good.json",
        include_str!("../../core/src/policies/clarity-saas.json"),
    );
    let bad = scratch(
        "bad.json",
        &include_str!("../../core/src/policies/clarity-saas.json")
            .replace("\"count\": 1", "\"cuont\": 1")
            .replace("\"hours\": 48", "\"hours\": -1"),
    );
    let out = snap(&["policy", "check", &good], "");
    assert!(out.starts_with("exit 0\n"), "{out}");
    let out = snap(&["policy", "check", &good, &bad], "")
        .replace(&good, "good.json")
        .replace(&bad, "bad.json");
    insta::assert_snapshot!(out, @r"
    exit 1
    good.json: ok (clarity-saas version 2024-187575)
    bad.json: warning: `windows.cuont`: unknown key; did you mean `count`?
    bad.json: windows.count: expected a whole number from 1 to 4, found nothing
    bad.json: notice.hours: expected a whole number from 0 to 1440, found -1
    2 problems in 2 files.
    ");
}

#[test]
fn policy_schema_is_the_published_schema() {
    let (code, out, _) = run(&["policy", "schema"], b"");
    assert_eq!(code, 0);
    assert_eq!(out, include_str!("../../../policy.schema.json"));
}

#[test]
fn ticket_and_suggest_answer_as_the_javascript_api() {
    let (code, _, err) = run(
        &["ticket", "--now", "2024-10-07T02:00Z"],
        br#"{"policy": "veson-imos"}"#,
    );
    assert_eq!(code, 1);
    insta::assert_snapshot!(err, @r"
    The request is not ready: fix 3 problems first.
    - Enter the source environment / database name, e.g. ABCD_prod.
    - Enter the target environment / database name, e.g. ABCD_test.
    - Propose 2 windows: enter a date and time in UTC for each.
    ");
    let request = r#"{"policy": "veson-imos", "holiday_region": "GB"}"#;
    insta::assert_snapshot!(snap(&["suggest", "-", "--now", "2024-10-07T02:00Z"], request), @r"
    exit 0
    2024-10-09T02:00:00Z
    2024-10-09T04:00:00Z
    ");
}

#[test]
fn help_teaches_every_subcommand() {
    insta::assert_snapshot!(snap(&["--help"], ""), @r"
    exit 0
    Checks database-refresh requests against a vendor's rules: the same rules, from the same code, as
    the refresh request form

    Usage: refresh-request <COMMAND>

    Commands:
      check    Check what a desk received: a ticket body (text, Markdown or JSON, even quoted in an
               e-mail) or a request JSON
      policy   Check policy files, or print their JSON Schema
      ticket   Write the ticket body of a ready request JSON, carrying its request
      suggest  Print the earliest window starts that pass every rule, one a line
      serve    Serve the check over HTTP, for a help desk's automation
      help     Print this message or the help of the given subcommand(s)

    Options:
      -h, --help     Print help
      -V, --version  Print version

    Exit status: 0 ready (or no problem), 1 not ready (or a problem found),
    2 could not check (no request found, damaged data, unknown policy, bad
    arguments), with one line on stderr saying why.

    Examples:
      refresh-request check ticket.txt --received '2024-10-08 09:00'
      pbpaste | refresh-request check - --json
      refresh-request policy check policies/*.json
      refresh-request ticket request.json --format markdown
      refresh-request serve --listen 127.0.0.1:8787

    docs/desk.md in the repository explains the ticket's data and the desk's check.
    ");
    insta::assert_snapshot!(snap(&["check", "--help"], ""), @r"
    exit 0
    Check what a desk received: a ticket body in any format (text, Markdown or
    JSON, even quoted or re-wrapped by a mail client, with a help center's
    header or a signature around it), or a request JSON.

    A ticket carries the request the customer checked. The command checks that
    request against the policy's rules with every time rule (notice above all)
    measured from --received, not from when the customer's browser checked it,
    and compares the ticket's readable lines with what the request renders: an
    edited line makes the ticket not ready, and the report names it.

    Usage: refresh-request check [OPTIONS] [FILE|-]

    Arguments:
      [FILE|-]
              The ticket or request JSON; `-` or nothing reads stdin

    Options:
          --policy <ID|PATH>
              A built-in policy id (veson-imos, clarity-saas) or a policy file; default: the policy the
              request names

          --received <INSTANT>
              When the desk received it (RFC 3339, or `2024-10-08 09:00` in UTC); default: now. Every
              time rule is measured from it

          --json
              Print one JSON object instead of the readable report

          --lang <TAG>
              The language of the report (the ticket's lines are compared in the policy's desk
              language): en, de, fr, es, pt-BR, nl, da, ja, zh-Hans or ar
              
              [default: en]

      -h, --help
              Print help (see a summary with '-h')

    Examples:
      refresh-request check ticket.txt
          the report, with notice measured from now
      refresh-request check ticket.txt --received 2024-10-08T09:00Z
          measured from when the ticket arrived (UTC, or give an offset)
      refresh-request check - --json < ticket.md
          one JSON object: ready, findings, summary, submitted_at, received_at, request
      refresh-request check request.json --policy ./our-policy.json
          a request JSON, against a policy file instead of the one it names

    Exit status: 0 ready, 1 not ready (errors at receipt, or edited lines),
    2 could not check.
    ");
    for args in [
        &["policy", "--help"][..],
        &["policy", "check", "--help"],
        &["policy", "schema", "--help"],
        &["ticket", "--help"],
        &["suggest", "--help"],
    ] {
        let (code, out, _) = run(args, b"");
        assert_eq!(code, 0, "{args:?}");
        assert!(out.contains("Usage: refresh-request"), "{args:?}: {out}");
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(48))]

    /// Whatever bytes arrive, the command ends with 0, 1 or 2 and never panics.
    #[test]
    fn arbitrary_bytes_never_panic(bytes in prop::collection::vec(any::<u8>(), 0..600), block in any::<bool>()) {
        let mut input = bytes.clone();
        if block {
            input = [b"-----BEGIN REFRESH-REQUEST DATA v1-----\n".as_slice(), &bytes, b"\n-----END REFRESH-REQUEST DATA check 00-----\n"].concat();
        }
        for args in [&["check", "-", "--received", "2024-10-07T02:00Z"][..], &["ticket"], &["suggest"]] {
            let (code, _, err) = run(args, &input);
            prop_assert!((0..=2).contains(&code), "{args:?}: {code} {err}");
            prop_assert!(!err.contains("panicked"), "{err}");
        }
    }
}

/// Words of the commands' own English lines: none may be left when another
/// language is asked (the policy's own notes are the vendor's, not these).
const ENGLISH: &[&str] = &[
    "READY",
    "Ready",
    "Submitted",
    "Received",
    "received on",
    "customer's check",
    "new:",
    "gone:",
    "Line ",
    "was edited",
    "No request found",
    "cut off",
    "Unknown policy",
    "expected a date",
    "no policy file",
    "The request",
    "Enter the",
    "Propose",
    "valid JSON",
    "the text ends",
    "Must be fixed",
    "Good to know",
];

/// What `command` says in `lang` in each case, one snapshot's text.
fn in_language(lang: &str, cases: &[(&str, &[&str], &str)]) -> String {
    let mut all = String::new();
    for (case, args, stdin) in cases {
        let out = snap(&[args, &["--lang", lang][..]].concat(), stdin);
        for english in ENGLISH {
            assert!(
                !out.contains(english),
                "{lang}, {case}: {english:?} in\n{out}"
            );
        }
        all.push_str(&format!("=== {case}\n{out}\n"));
    }
    all
}

#[test]
fn every_command_speaks_german_and_arabic_and_check_still_compares_the_english_ticket() {
    let text = ticket(Format::Text);
    let edited = text.replace("ABCD_test", "ABCD_train");
    let cut = &text[..text.find("-----END").expect("end")];
    let tuesday: &[&str] = &["check", "-", "--received", "2024-10-08 09:00"];
    let monday: &[&str] = &["check", "-", "--received", "2024-10-07T02:00Z"];
    let empty = r#"{"policy": "veson-imos", "submitted_at": "2024-10-07T02:00Z"}"#;
    let gb = r#"{"policy": "veson-imos", "holiday_region": "GB"}"#;
    for lang in ["de", "ar"] {
        // The ticket is in English, as the form wrote it: only the edited
        // line counts as edited.
        let check = in_language(
            lang,
            &[
                ("received on Tuesday: too soon", tuesday, &text),
                ("an edited line", monday, &edited),
                (
                    "no request",
                    &["check"],
                    "Hello, please refresh our test system.",
                ),
                ("cut off", &["check"], cut),
                ("an unknown policy", &["check"], r#"{"policy": "acme"}"#),
                ("no instant", &["check", "--received", "tomorrow"], MONDAY),
                ("no such --policy", &["check", "--policy", "acme"], MONDAY),
            ],
        );
        assert_eq!(check.matches("[ticket.edited]").count(), 1, "{check}");
        insta::assert_snapshot!(format!("check_{lang}"), check);
        let ticket = in_language(
            lang,
            &[
                ("not ready", &["ticket"], empty),
                ("not JSON", &["ticket"], "{"),
                ("no instant", &["ticket", "--now", "tomorrow"], MONDAY),
            ],
        );
        insta::assert_snapshot!(format!("ticket_{lang}"), ticket);
        let suggest = in_language(
            lang,
            &[
                (
                    "the earliest starts",
                    &["suggest", "--now", "2024-10-07T02:00Z"],
                    gb,
                ),
                ("an unknown policy", &["suggest"], r#"{"policy": "acme"}"#),
                ("no policy", &["suggest"], "{}"),
                ("not JSON", &["suggest"], "{"),
            ],
        );
        insta::assert_snapshot!(format!("suggest_{lang}"), suggest);
    }
    // Received on time it is ready, in any language.
    let (code, _, _) = run(&[monday, &["--lang", "pt"]].concat(), text.as_bytes());
    assert_eq!(code, 0);
}

#[test]
fn an_unknown_language_is_a_usage_error() {
    for args in [
        &["check", "--lang", "xx"][..],
        &["ticket", "--lang", "klingon"],
        &["suggest", "--lang", "zh-TW"],
    ] {
        let (code, out, err) = run(args, MONDAY.as_bytes());
        assert_eq!(code, 2, "{args:?}");
        assert_eq!(out, "");
        assert_eq!(err.lines().count(), 1, "{err}");
        assert!(
            err.contains("use one of en, de, fr, es, pt-BR, nl, da, ja, zh-Hans, ar"),
            "{err}"
        );
    }
}

#[test]
fn a_ticket_stays_in_the_desk_language_and_what_blocks_it_is_in_the_customers() {
    let english = ticket(Format::Text);
    let (code, german, _) = run(&["ticket", "-", "--lang", "de"], MONDAY.as_bytes());
    assert_eq!(code, 0);
    assert_eq!(german, english);
    let empty = r#"{"policy": "veson-imos", "submitted_at": "2024-10-07T02:00Z"}"#;
    let (code, out, err) = run(&["ticket", "-", "--lang", "de"], empty.as_bytes());
    assert_eq!((code, out.as_str()), (1, ""));
    insta::assert_snapshot!(err, @"
    Die Anfrage ist noch nicht bereit: Beheben Sie zuerst 3 Probleme.
    - Bitte geben Sie „Quellumgebung / Datenbankname“ an, z. B. ABCD_prod.
    - Bitte geben Sie „Zielumgebung / Datenbankname“ an, z. B. ABCD_test.
    - Schlagen Sie 2 Zeitfenster vor: Geben Sie für jedes Datum und Uhrzeit (UTC) an.
    ");
}

/// Veson IMOS as a policy file (`name` in the scratch folder) with `messages`: the file's path.
fn veson_worded(name: &str, messages: serde_json::Value) -> (serde_json::Value, String) {
    let mut policy: serde_json::Value =
        serde_json::from_str(include_str!("../../core/src/policies/veson-imos.json"))
            .expect("JSON");
    policy["messages"] = messages;
    let path = scratch(name, &policy.to_string());
    (policy, path)
}

/// `check --policy <path>` of `input` received at `received`, in `lang`, as shown.
fn check_with(path: &str, received: &str, input: &str, lang: &str) -> String {
    let args = [
        "check",
        "--policy",
        path,
        "--received",
        received,
        "--lang",
        lang,
    ];
    shown(run(&args, input.as_bytes()))
}

#[test]
fn a_policy_words_a_finding_its_own_way_in_the_command() {
    let (_, path) = veson_worded(
        "worded.json",
        serde_json::json!({
            "en": { "notice-business_days": "Window { $window } is too soon: we need { $amount } working days, so start at { $earliest } or later." },
            "de": { "notice-business_days": "Zeitfenster { $window } ist zu früh: Wir brauchen { $amount } Arbeitstage, also frühestens { $earliest }." }
        }),
    );
    let check = |lang| check_with(&path, "2024-10-08 09:00", MONDAY, lang);
    insta::assert_snapshot!("worded_en", check("en"));
    insta::assert_snapshot!("worded_de", check("de"));
}

/// A policy file that names Christmas Day its own way in English and German: a request JSON
/// whose first window is on Christmas Day reads the policy's name in the desk's report, and
/// `policy check` names a holiday the data lacks by its path.
#[test]
fn a_policy_names_a_holiday_its_own_way_in_the_command() {
    let (mut policy, path) = veson_worded(
        "holiday-worded.json",
        serde_json::json!({
            "en": { "holiday-name-christmas-day": "Christmas (office closed)" },
            "de": { "holiday-name-christmas-day": "1. Weihnachtstag" }
        }),
    );
    let christmas = r#"{"policy": "veson-imos", "submitted_at": "2024-12-02T02:00Z",
        "source": "ABCD_prod", "target": "ABCD_test", "holiday_region": "GB",
        "windows": ["2024-12-25T02:00Z", "2024-12-27T02:00Z"]}"#;
    let check = |lang| check_with(&path, "2024-12-02 02:00", christmas, lang);
    insta::assert_snapshot!("holiday_worded_en", check("en"));
    insta::assert_snapshot!("holiday_worded_de", check("de"));
    policy["messages"] =
        serde_json::json!({ "de": { "holiday-name-cristmas-day": "Weihnachten" } });
    let bad = scratch("holiday-unknown.json", &policy.to_string());
    let out = snap(&["policy", "check", &bad], "").replace(&bad, "bad.json");
    insta::assert_snapshot!(out, @r#"
    exit 1
    bad.json: messages.de.holiday-name-cristmas-day: expected the id of a holiday of the holiday data, like "holiday-name-christmas-day", found "holiday-name-cristmas-day"
    1 problem in 1 file.
    "#);
}

/// A vendor's policy file whose desk reads German (`tests/fixtures/desk-language/`): `ticket
/// --policy` writes its ticket in German for a French customer, and it is the ticket the page's
/// form writes for a French reader (tests/browser/i18n-words.spec.mjs reads the same file).
#[test]
fn a_policy_files_desk_language_writes_its_ticket() {
    let dir = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../../tests/fixtures/desk-language"
    );
    let request = std::fs::read(format!("{dir}/request.json")).expect("request.json");
    let policy = format!("{dir}/policy.json");
    let (code, out, err) = run(
        &["ticket", "-", "--policy", &policy, "--lang", "fr"],
        &request,
    );
    assert_eq!(code, 0, "{err}");
    let expected = std::fs::read_to_string(format!("{dir}/ticket.txt")).expect("ticket.txt");
    assert_eq!(out, expected);
    assert!(
        out.starts_with("Anfrage für einen Datenbank-Refresh"),
        "{out}"
    );
    // Without the file, the request names a policy the command does not know.
    let (code, out, err) = run(&["ticket", "-"], &request);
    assert_eq!((code, out.as_str()), (1, ""));
    assert!(err.contains("veson-imos-de-desk"), "{err}");
}

/// `refresh-request check --json FILE | head`: a reader that stops reading
/// ends the run quietly, with no panic on stderr.
#[test]
fn a_reader_that_stops_reading_ends_the_run_quietly() {
    let (closed, writer) = std::io::pipe().expect("a pipe");
    // Nobody will read: every write to the pipe fails at once.
    drop(closed);
    let out = Command::new(env!("CARGO_BIN_EXE_refresh-request"))
        .args(["policy", "schema"])
        .stdin(Stdio::null())
        .stdout(writer)
        .stderr(Stdio::piped())
        .output()
        .expect("the binary runs");
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(!err.contains("panicked"), "{err}");
    assert_eq!(out.status.code(), Some(0), "{err}");
}
