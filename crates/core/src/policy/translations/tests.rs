use super::super::{Policy, PolicyError};
use crate::lang::Lang;

/// A policy with one of each translatable text, with `extra` keys added at
/// its top level.
fn with(extra: &str) -> Result<Policy, PolicyError> {
    Policy::from_json(&format!(
        r#"{{"id": "acme", "name": "Acme ERP", "version": "1",
            "summary": "Copy one database over another.",
            "environments": {{"source_label": "Source", "target_label": "Target"}},
            "windows": {{"count": 1, "duration_minutes": 60}}, "notice": {{"hours": 2}},
            "questions": [{{"key": "files", "label": "Copy the files?", "hint": "Attachments."}}],
            "acknowledgements": [{{"key": "ack_jobs", "rule": "ack.jobs", "label": "Jobs pause.",
                "items": ["Before: stop them.", "After: start them."]}}],
            "notes": [{{"id": "note.logout", "text": "Log out."}}, {{"id": "note.one", "text": "One ticket."}}],
            "blackouts": [{{"from": "2030-12-24T00:00Z", "to": "2030-12-27T00:00Z", "reason": "Year-end freeze"}}]
            {extra}}}"#
    ))
}

fn refusal(extra: &str) -> String {
    match with(extra) {
        Ok(_) => String::from("(loaded)"),
        Err(e) => e.to_string(),
    }
}

const GERMAN: &str = r#", "translations": {"de": {
    "name": "Acme ERP (Deutsch)",
    "summary": "Eine Datenbank über eine andere kopieren.",
    "environments": {"source_label": "Quelle"},
    "questions": {"files": {"label": "Die Dateien mitkopieren?"}},
    "acknowledgements": {"ack_jobs": {"label": "Jobs werden angehalten.",
        "items": ["Vorher: anhalten.", "Danach: starten."]}},
    "notes": {"note.logout": "Melden Sie sich ab."},
    "blackouts": ["Sperrzeit zum Jahresende"]
}}"#;

#[test]
fn a_translation_replaces_the_texts_it_gives_and_leaves_the_others() {
    let policy = with(GERMAN).expect("loads");
    assert!(policy.warnings.is_empty(), "{:?}", policy.warnings);
    assert_eq!(policy.language, Lang::En);
    assert_eq!(policy.languages(), [Lang::En, Lang::De]);
    let de = policy.in_language(Lang::De);
    assert_eq!(de.language, Lang::De);
    assert_eq!(de.name, "Acme ERP (Deutsch)");
    assert_eq!(de.summary, "Eine Datenbank über eine andere kopieren.");
    assert_eq!(de.environments.source_label, "Quelle");
    // Left out: the policy's own, without a problem.
    assert_eq!(de.environments.target_label, "Target");
    assert_eq!(de.questions[0].label, "Die Dateien mitkopieren?");
    assert_eq!(de.questions[0].hint, "Attachments.");
    assert_eq!(de.acknowledgements[0].label, "Jobs werden angehalten.");
    assert_eq!(
        de.acknowledgements[0].items,
        ["Vorher: anhalten.", "Danach: starten."]
    );
    assert_eq!(de.notes[0].text, "Melden Sie sich ab.");
    assert_eq!(de.notes[1].text, "One ticket.");
    assert_eq!(de.blackouts[0].reason, "Sperrzeit zum Jahresende");
    // Nothing but the texts changes.
    assert_eq!(de.id, policy.id);
    assert_eq!(de.windows, policy.windows);
    assert_eq!(de.written_in(), Lang::En);
}

#[test]
fn a_language_without_a_translation_reads_the_policy_as_written() {
    let policy = with(GERMAN).expect("loads");
    for lang in Lang::ALL.into_iter().filter(|l| *l != Lang::De) {
        assert_eq!(*policy.in_language(lang), policy, "{lang}");
    }
    // From a policy already read in German too: back to the vendor's own texts.
    let de = policy.in_language(Lang::De).into_owned();
    assert_eq!(*de.in_language(Lang::Fr), policy);
    assert_eq!(*de.in_language(Lang::En), policy);
    assert_eq!(*de.in_language(Lang::De), de);
}

#[test]
fn reading_a_translated_policy_in_another_language_is_reading_the_original() {
    let both = format!(
        r#", "translations": {{"fr": {{"environments": {{"target_label": "Cible"}}}},{}"#,
        GERMAN.trim_start_matches(r#", "translations": {"#)
    );
    let policy = with(&both).expect("loads");
    let fr = policy.in_language(Lang::Fr).into_owned();
    // German's hint is left out: it falls back to the vendor's, not to the French it came from.
    assert_eq!(*fr.in_language(Lang::De), *policy.in_language(Lang::De));
    assert_eq!(fr.in_language(Lang::De).environments.target_label, "Target");
}

#[test]
fn the_policys_own_language_is_named_and_read_as_lang_reads_tags() {
    let policy =
        with(r#", "language": "pt", "translations": {"EN-gb": {"name": "Acme"}}"#).expect("loads");
    assert_eq!(policy.language, Lang::PtBr);
    assert_eq!(policy.languages(), [Lang::PtBr, Lang::En]);
    assert_eq!(policy.in_language(Lang::En).name, "Acme");
}

#[test]
fn every_translation_problem_is_listed_with_its_path() {
    let long = "x".repeat(crate::limits::TEXT_CHARS + 1);
    insta::assert_snapshot!(refusal(&format!(r#", "translations": {{
        "xx": {{"name": "?"}},
        "en": {{"name": "Acme"}},
        "pt-BR": {{"name": "Acme"}},
        "pt": {{"name": "Acme"}},
        "de": {{
            "name": 5,
            "summary": "",
            "environments": ["Quelle"],
            "questions": {{"filez": {{"label": "?"}}, "files": {{"hint": "{long}"}}}},
            "acknowledgements": {{"ack_job": {{}}, "ack_jobs": {{"items": ["Nur einer."]}}}},
            "notes": {{"note.logout": 5, "note.logoff": "?"}},
            "blackouts": ["Eins", "Zwei"]
        }},
        "fr": "Acme"
    }}"#)), @r#"
    The policy “acme” cannot be used: 14 problems
    - translations.de.name: expected a non-empty string, found 5
    - translations.de.summary: expected a non-empty string, found ""
    - translations.de.environments: expected an object, found a list of 1
    - translations.de.questions.files.hint: expected at most 2,000 characters, found 2,001 characters
    - translations.de.questions.filez: expected the key of one of the questions, found "filez"
    - translations.de.acknowledgements.ack_job: expected the key of one of the acknowledgements, found "ack_job"
    - translations.de.acknowledgements.ack_jobs.items: expected a list of 2 (one for each item of the policy's own checklist), found a list of 1
    - translations.de.notes.note.logoff: expected the id of one of the notes, found "note.logoff"
    - translations.de.notes.note.logout: expected a non-empty string, found 5
    - translations.de.blackouts: expected a list of 1 (a reason, or null for its own, for each of the policy's blackouts), found a list of 2
    - translations.en: expected a language other than the policy's own ("en"), found "en"
    - translations.fr: expected an object, found "Acme"
    - translations.pt-BR: expected each language once, found "pt-BR", the same language as "pt"
    - translations.xx: expected one of en, de, fr, es, pt-BR, nl, da, ja, zh-Hans, ar, found "xx"
    "#);
    insta::assert_snapshot!(refusal(r#", "translations": ["de"]"#), @r#"
    The policy “acme” cannot be used: 1 problem
    - translations: expected an object, found a list of 1
    "#);
    insta::assert_snapshot!(refusal(r#", "language": "tlh""#), @r#"
    The policy “acme” cannot be used: 1 problem
    - language: expected one of en, de, fr, es, pt-BR, nl, da, ja, zh-Hans, ar, found "tlh"
    "#);
}

#[test]
fn a_misspelt_key_in_a_translation_is_a_warning_with_its_path() {
    let policy = with(
        r#", "translations": {"de": {"nmae": "Acme", "questions": {"files": {"lable": "?"}},
            "environments": {"source_lable": "Quelle"}}}"#,
    )
    .expect("loads");
    let warnings: Vec<String> = policy.warnings.iter().map(ToString::to_string).collect();
    assert_eq!(
        warnings,
        [
            "`translations.de.environments.source_lable`: unknown key; did you mean `source_label`?",
            "`translations.de.nmae`: unknown key; did you mean `name`?",
            "`translations.de.questions.files.lable`: unknown key; did you mean `label`?",
        ]
    );
}

#[test]
fn added_translations_are_checked_as_the_loader_checks_them() {
    let mut policy = with("").expect("loads");
    let de: serde_json::Value = serde_json::json!({"de": {"notes": {"note.one": "Ein Ticket."}}});
    assert_eq!(policy.add_translations(&de), Ok(()));
    assert_eq!(policy.in_language(Lang::De).notes[1].text, "Ein Ticket.");
    let before = policy.clone();
    let err = policy
        .add_translations(&serde_json::json!({"fr": {"notes": {"note.two": "?"}}}))
        .map_err(|e| e.to_string());
    assert_eq!(
        err,
        Err("The policy “acme” cannot be used: 1 problem\n- translations.fr.notes.note.two: expected the id of one of the notes, found \"note.two\"".into())
    );
    assert_eq!(policy, before);
}

#[test]
fn translations_are_kept_by_language_whatever_the_files_order_and_one_added_again_replaces_it() {
    let fr_first = with(
        r#", "translations": {"fr": {"name": "Acme (FR)"},
            "de": {"name": "Acme (DE)", "notes": {"note.one": "Ein Ticket.", "note.logout": "Abmelden."}}}"#,
    )
    .expect("loads");
    let de_first = with(
        r#", "translations": {"de": {"notes": {"note.logout": "Abmelden.", "note.one": "Ein Ticket."},
            "name": "Acme (DE)"}, "fr": {"name": "Acme (FR)"}}"#,
    )
    .expect("loads");
    assert_eq!(fr_first.languages(), [Lang::En, Lang::De, Lang::Fr]);
    assert_eq!(fr_first, de_first);
    let de = fr_first.in_language(Lang::De);
    assert_eq!(
        [de.notes[0].text.as_str(), &de.notes[1].text],
        ["Abmelden.", "Ein Ticket."]
    );
    let mut again = fr_first.clone();
    let de_again = serde_json::json!({"de": {"name": "Acme (neu)"}});
    assert_eq!(again.add_translations(&de_again), Ok(()));
    assert_eq!(again.languages(), [Lang::En, Lang::De, Lang::Fr]);
    let de = again.in_language(Lang::De);
    assert_eq!(de.name, "Acme (neu)");
    // The whole language is replaced: its notes are the policy's own again.
    assert_eq!(de.notes[0].text, "Log out.");
    assert_eq!(again.in_language(Lang::Fr).name, "Acme (FR)");
}
