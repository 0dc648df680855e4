//! The reader's preferred tags → the language the form speaks, case by case from the table the
//! page's start-up script is held to as well (`negotiation.json`; scripts/build/shell.test.mjs),
//! so the painted header and the app choose the same language.

use refresh_request_core::lang::Lang;
use serde_json::Value;

#[test]
fn every_case_of_the_shared_table() {
    let table: Value =
        serde_json::from_str(include_str!("negotiation.json")).expect("negotiation.json is JSON");
    let cases = table["cases"].as_array().expect("cases");
    assert!(cases.len() > 20);
    for case in cases {
        let tags: Vec<&str> = case["tags"]
            .as_array()
            .expect("tags")
            .iter()
            .filter_map(Value::as_str)
            .collect();
        let want = case["lang"].as_str().expect("lang");
        assert_eq!(
            Lang::negotiate(tags.iter().copied()).tag(),
            want,
            "{tags:?}"
        );
    }
}
