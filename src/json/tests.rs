use super::*;
use proptest::prelude::*;

/// Any JSON value, as serde_json holds it (its numbers: whole numbers and
/// finite floats).
fn any_json() -> impl Strategy<Value = serde_json::Value> {
    let text = "(\\PC|[\"\\\\/\u{0}-\u{1f}\u{7f}é–😀])*";
    let leaf = prop_oneof![
        Just(serde_json::Value::Null),
        any::<bool>().prop_map(serde_json::Value::Bool),
        any::<i64>().prop_map(|n| serde_json::json!(n)),
        any::<u64>().prop_map(|n| serde_json::json!(n)),
        (-1e12f64..1e12).prop_map(|f| serde_json::json!(f)),
        text.prop_map(serde_json::Value::String),
    ];
    leaf.prop_recursive(4, 40, 6, move |inner| {
        prop_oneof![
            proptest::collection::vec(inner.clone(), 0..6).prop_map(serde_json::Value::Array),
            proptest::collection::vec((text, inner), 0..6)
                .prop_map(|kv| serde_json::Value::Object(kv.into_iter().collect())),
        ]
    })
}

/// Equal as JSON: numbers by value (serde_json writes `1e2` as `100.0`).
fn same(a: &Value, b: &Value) -> bool {
    match (a, b) {
        (Value::Number(x), Value::Number(y)) => {
            x == y || x.0.parse::<f64>().ok() == y.0.parse::<f64>().ok()
        }
        (Value::Array(x), Value::Array(y)) => {
            x.len() == y.len() && x.iter().zip(y).all(|(a, b)| same(a, b))
        }
        (Value::Object(x), Value::Object(y)) => {
            x.len() == y.len()
                && x.iter()
                    .zip(y.iter())
                    .all(|((k, a), (l, b))| k == l && same(a, b))
        }
        _ => a == b,
    }
}

fn message(text: &str) -> String {
    parse(text).map_or_else(|e| e.to_string(), |v| format!("ok: {v}"))
}

proptest! {
    #[test]
    fn reads_and_writes_what_serde_json_writes(v in any_json()) {
        let compact = serde_json::to_string(&v).expect("json");
        let pretty = serde_json::to_string_pretty(&v).expect("json");
        let ours = parse(&compact).expect("serde_json's output is JSON");
        prop_assert_eq!(ours.to_string(), compact.clone());
        prop_assert_eq!(to_string_pretty(&ours), pretty.clone());
        prop_assert_eq!(parse(&pretty).expect("pretty JSON"), ours.clone());
        prop_assert_eq!(ours, Value::from(v));
    }

    #[test]
    fn accepts_exactly_what_serde_json_accepts(text in "[ \\[\\]{}\":,.0-9eE+\\-tfnrulsa\\\\/bu\n]{0,24}") {
        let theirs = serde_json::from_str::<serde_json::Value>(&text);
        let ours = parse(&text);
        match (&ours, theirs) {
            (Ok(a), Ok(b)) => prop_assert!(same(a, &Value::from(b)), "{text:?}: {a} vs serde"),
            (Err(_), Err(_)) => {}
            // serde_json refuses numbers past f64's range; here they are kept as written.
            (Ok(_), Err(e)) if e.to_string().contains("number out of range") => {}
            (a, b) => prop_assert!(false, "{text:?}: ours {a:?}, serde_json {b:?}"),
        }
    }

    #[test]
    fn never_panics_on_any_text(text in "\\PC{0,64}") {
        let _ = parse(&text);
    }

    #[test]
    fn escapes_any_text_like_serde_json(s in "(\\PC|[\"\\\\\u{0}-\u{1f}\u{7f}\u{80}é😀])*") {
        let mut out = String::new();
        push_str(&mut out, &s);
        prop_assert_eq!(&out, &serde_json::to_string(&s).expect("json"));
        prop_assert_eq!(parse(&out), Ok(Value::String(s)));
    }

    #[test]
    fn finds_every_byte_that_needs_an_escape(bytes in any::<[u8; 8]>()) {
        let expected = bytes.iter().any(|&b| b < 0x20 || b == b'"' || b == b'\\');
        prop_assert_eq!(any_needs_escape(u64::from_le_bytes(bytes)), expected);
    }
}

#[test]
fn any_byte_at_any_place_is_judged_alone() {
    for b in 0..=u8::MAX {
        for at in 0..8 {
            let mut bytes = *b"abcdefgh";
            bytes[at] = b;
            let expected = b < 0x20 || b == b'"' || b == b'\\';
            assert_eq!(
                any_needs_escape(u64::from_le_bytes(bytes)),
                expected,
                "{b} at {at}"
            );
        }
    }
}

#[test]
fn escapes_like_serde_json() {
    for s in [
        "",
        "plain",
        "q\"b\\s",
        "\n\r\t\u{8}\u{c}\u{0}\u{1f}\u{7f}",
        "“é” – 😀",
    ] {
        let mut out = String::new();
        push_str(&mut out, s);
        assert_eq!(out, serde_json::to_string(s).expect("json"), "{s:?}");
    }
}

#[test]
fn every_escape_and_surrogate_pair_is_read() {
    assert_eq!(
        parse(r#""\"\\\/\b\f\n\r\t\u00e9\u20AC\ud83d\ude00""#),
        Ok(Value::String("\"\\/\u{8}\u{c}\n\r\té€😀".into()))
    );
}

#[test]
fn a_later_duplicate_key_wins_and_keys_are_sorted() {
    let v = parse(r#"{"b": 1, "a": 2, "b": 3}"#).expect("json");
    assert_eq!(v.to_string(), r#"{"a":2,"b":3}"#);
}

#[test]
fn numbers_keep_what_was_written() {
    let v = parse("[0, -0, 12, 1.50, 1e2, -3E-4, 18446744073709551616]").expect("json");
    assert_eq!(
        v.to_string(),
        "[0,-0,12,1.50,1e2,-3E-4,18446744073709551616]"
    );
    assert_eq!(v[2].as_u64(), Some(12));
    assert_eq!(v[1].as_i64(), Some(0));
    assert_eq!(v[3].as_u64(), None, "not a whole number");
    assert_eq!(v[6].as_u64(), None, "past u64");
}

#[test]
fn nesting_stops_at_the_limit_without_exhausting_the_stack() {
    let ok = format!("{}{}", "[".repeat(MAX_DEPTH), "]".repeat(MAX_DEPTH));
    assert!(parse(&ok).is_ok());
    let deep = "[".repeat(100_000);
    assert_eq!(
        parse(&deep).map_err(|e| e.expected),
        Err("lists and objects nested at most 128 deep")
    );
}

#[test]
fn index_gives_null_for_what_is_missing() {
    let v = parse(r#"{"a": [1]}"#).expect("json");
    assert!(v["b"].is_null());
    assert!(v["a"][3].is_null());
    assert!(v["a"]["x"].is_null());
    assert_eq!(v["a"][0].as_u64(), Some(1));
}

#[test]
fn map_inserts_replaces_and_removes_by_key() {
    let mut m = Map::new();
    assert_eq!(m.insert("b".into(), Value::Bool(true)), None);
    assert_eq!(m.insert("a".into(), Value::Null), None);
    assert_eq!(
        m.insert("b".into(), Value::Bool(false)),
        Some(Value::Bool(true))
    );
    assert_eq!(m.keys().collect::<Vec<_>>(), ["a", "b"]);
    *m.get_or_insert_with("c".into(), || Value::Array(vec![])) = Value::from("x");
    assert_eq!(m.get("c"), Some(&Value::from("x")));
    assert_eq!(m.remove("a"), Some(Value::Null));
    assert!(!m.contains_key("a"));
    assert_eq!(m.len(), 2);
}

#[test]
fn messages_say_what_was_expected_and_where() {
    let cases = [
        "",
        "   ",
        "{",
        "{\"a\"",
        "{\"a\" 1}",
        "{\"a\": 1 \"b\": 2}",
        "{\"a\": 1,}",
        "{a: 1}",
        "[1 2]",
        "[1,]",
        "tru",
        "nul",
        "-",
        "01",
        "1.",
        "1e",
        "\"abc",
        "\"a\tb\"",
        "\"\\x\"",
        "\"\\u12\"",
        "\"\\ud83d\"",
        "\"\\ud83d\\u0041\"",
        "\"\\ude00\"",
        "{}\n\n  x",
        "{\n  \"policy\": \"veson-imos\",\n  \"windows\": [\"é\" \"x\"]\n}",
        "\u{1}",
    ];
    let out: Vec<String> = cases
        .iter()
        .map(|c| format!("{c:?} → {}", message(c)))
        .collect();
    insta::assert_snapshot!(out.join("\n"), @r#"
    "" → expected a value, found the end of the text at line 1 column 1
    "   " → expected a value, found the end of the text at line 1 column 4
    "{" → expected a key in double quotes, found the end of the text at line 1 column 2
    "{\"a\"" → expected `:`, found the end of the text at line 1 column 5
    "{\"a\" 1}" → expected `:`, found `1` at line 1 column 6
    "{\"a\": 1 \"b\": 2}" → expected `,` or `}`, found `"` at line 1 column 9
    "{\"a\": 1,}" → expected a key in double quotes, found `}` at line 1 column 9
    "{a: 1}" → expected a key in double quotes, found `a` at line 1 column 2
    "[1 2]" → expected `,` or `]`, found `2` at line 1 column 4
    "[1,]" → expected a value, found `]` at line 1 column 4
    "tru" → expected `true`, found the end of the text at line 1 column 4
    "nul" → expected `null`, found the end of the text at line 1 column 4
    "-" → expected a digit, found the end of the text at line 1 column 2
    "01" → expected the end of the text, found `1` at line 1 column 2
    "1." → expected a digit after the decimal point, found the end of the text at line 1 column 3
    "1e" → expected a digit in the exponent, found the end of the text at line 1 column 3
    "\"abc" → expected `"` to close the string, found the end of the text at line 1 column 5
    "\"a\tb\"" → expected a control character written as an escape like `\n` or `\t`, found U+0009 at line 1 column 3
    "\"\\x\"" → expected an escape like `\n`, `\"` or `\u00e9`, found `x` at line 1 column 3
    "\"\\u12\"" → expected four hex digits after `\u`, found `1` at line 1 column 4
    "\"\\ud83d\"" → expected `\u` and the second half of a surrogate pair, found `"` at line 1 column 8
    "\"\\ud83d\\u0041\"" → expected the second half of a surrogate pair (`\uDC00` to `\uDFFF`), found `0` at line 1 column 10
    "\"\\ude00\"" → expected a code point, not the second half of a surrogate pair, found `d` at line 1 column 4
    "{}\n\n  x" → expected the end of the text, found `x` at line 3 column 3
    "{\n  \"policy\": \"veson-imos\",\n  \"windows\": [\"é\" \"x\"]\n}" → expected `,` or `]`, found `"` at line 3 column 19
    "\u{1}" → expected a value, found U+0001 at line 1 column 1
    "#);
}
