//! `policy.schema.json` (the JSON Schema editors check policies
//! with) and the loader agree. The keys the schema describes are the keys the
//! loader knows ([`KNOWN_KEYS`]), object by object; every policy in the repo
//! loads; every policy of the broken corpus (`tests/policies/`) is refused.
//! `scripts/schema.test.mjs` runs the same corpus through a real JSON Schema
//! validator (ajv), so the schema refuses what the loader refuses.

use refresh_request_core::field::{Key, POINT_IN_TIME};
use refresh_request_core::policy::{Policy, BUILTIN_JSON, KNOWN_KEYS};
use serde_json::Value;
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

const SCHEMA: &str = include_str!("../../../policy.schema.json");

fn schema() -> Value {
    serde_json::from_str(SCHEMA).expect("policy.schema.json is JSON")
}

/// `#/$defs/name` → that definition; anything else as it is.
fn resolve<'a>(root: &'a Value, node: &'a Value) -> &'a Value {
    match node.get("$ref").and_then(Value::as_str) {
        Some(r) => r
            .strip_prefix("#/")
            .and_then(|p| root.pointer(&format!("/{p}")))
            .unwrap_or_else(|| panic!("unresolvable $ref {r}")),
        None => node,
    }
}

/// Every object the schema describes, by the loader's pattern (`""`,
/// `windows`, `questions[]`, `notes[].when`), with its property names.
fn described(root: &Value, node: &Value, pattern: &str, out: &mut BTreeMap<String, Vec<String>>) {
    let node = resolve(root, node);
    if let Some(props) = node.get("properties").and_then(Value::as_object) {
        let mut keys: Vec<String> = props.keys().cloned().collect();
        keys.sort();
        out.insert(pattern.to_string(), keys);
        for (key, sub) in props {
            let path = if pattern.is_empty() {
                key.clone()
            } else {
                format!("{pattern}.{key}")
            };
            described(root, sub, &path, out);
        }
    }
    if let Some(items) = node.get("items") {
        described(root, items, &format!("{pattern}[]"), out);
    }
    // An object whose keys are the author's (language tags, question keys):
    // `*`, as the loader's KNOWN_KEYS says it.
    if let Some(each) = node.get("additionalProperties").filter(|v| v.is_object()) {
        out.insert(pattern.to_string(), vec!["*".to_string()]);
        described(root, each, &format!("{pattern}.*"), out);
    }
}

#[test]
fn the_schema_describes_exactly_the_keys_the_loader_knows() {
    let root = schema();
    let mut from_schema = BTreeMap::new();
    described(&root, &root, "", &mut from_schema);
    let from_loader: BTreeMap<String, Vec<String>> = KNOWN_KEYS
        .iter()
        .map(|(pattern, keys)| {
            let mut keys: Vec<String> = keys.iter().map(ToString::to_string).collect();
            keys.sort();
            (pattern.to_string(), keys)
        })
        .collect();
    assert_eq!(
        from_schema, from_loader,
        "policy.schema.json (left) and policy::KNOWN_KEYS (right) must list the same keys"
    );
}

#[test]
fn the_schema_refuses_the_same_reserved_keys_as_the_loader() {
    let root = schema();
    let mut listed: Vec<String> = root
        .pointer("/$defs/ownKey/not/enum")
        .and_then(Value::as_array)
        .expect("$defs.ownKey.not.enum")
        .iter()
        .filter_map(|v| v.as_str().map(String::from))
        .collect();
    listed.sort();
    let mut reserved: Vec<String> = Key::ALL.iter().map(|k| k.as_str().to_string()).collect();
    reserved.push(POINT_IN_TIME.to_string());
    reserved.sort();
    assert_eq!(listed, reserved);
}

fn json_files(dir: &Path) -> Vec<PathBuf> {
    let mut files: Vec<PathBuf> = std::fs::read_dir(dir)
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "json"))
        .collect();
    files.sort();
    files
}

fn repo() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

#[test]
fn every_policy_in_the_repo_loads_without_a_warning() {
    let mut texts: Vec<(String, String)> = BUILTIN_JSON
        .iter()
        .enumerate()
        .map(|(i, t)| (format!("built-in {i}"), t.to_string()))
        .collect();
    let examples = json_files(&repo().join("examples/policies"));
    assert!(!examples.is_empty());
    for path in examples {
        let text = std::fs::read_to_string(&path).expect("readable");
        texts.push((path.display().to_string(), text));
    }
    for (name, text) in texts {
        match Policy::from_json(&text) {
            Ok(p) => assert!(p.warnings.is_empty(), "{name}: {:?}", p.warnings),
            Err(e) => panic!("{name}: {e}"),
        }
        let doc: Value = serde_json::from_str(&text).expect("JSON");
        assert!(
            doc.get("$schema")
                .and_then(Value::as_str)
                .is_some_and(|s| s.ends_with("policy.schema.json")),
            "{name} names the schema in $schema"
        );
    }
}

#[test]
fn the_loader_refuses_every_broken_policy() {
    let corpus = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/policies");
    let mut seen = 0;
    for dir in ["broken", "loader-only"] {
        for path in json_files(&corpus.join(dir)) {
            let text = std::fs::read_to_string(&path).expect("readable");
            assert!(
                Policy::from_json(&text).is_err(),
                "{} loads, but it is in the broken corpus",
                path.display()
            );
            seen += 1;
        }
    }
    assert!(seen > 60, "the corpus has {seen} files");
}

/// Every `maxItems` and `maxLength` the schema states is the loader's limit
/// (`limits`), so an editor warns where the loader refuses.
#[test]
fn the_schema_states_the_loaders_limits() {
    use refresh_request_core::limits;
    let root = schema();
    let mut lists = Vec::new();
    let mut strings = Vec::new();
    bounds(&root, &root, "", &mut lists, &mut strings);
    let mut listed: Vec<&str> = lists.iter().map(|(k, _)| k.as_str()).collect();
    listed.sort_unstable();
    listed.dedup();
    let mut expected = limits::LISTS.to_vec();
    expected.sort_unstable();
    assert_eq!(listed, expected, "the lists with a maxItems");
    for (key, max) in &lists {
        assert_eq!(*max, limits::list_items(key) as u64, "{key}: maxItems");
    }
    assert!(strings.len() > 20, "{strings:?}");
    for (key, max) in &strings {
        assert_eq!(
            *max,
            Some(limits::text_chars(key) as u64),
            "{key}: maxLength"
        );
    }
}

/// Each array property with its `maxItems`; each string property (but the
/// patterned instants and clocks, and `$schema`) with its `maxLength`.
fn bounds(
    root: &Value,
    node: &Value,
    key: &str,
    lists: &mut Vec<(String, u64)>,
    strings: &mut Vec<(String, Option<u64>)>,
) {
    let node = resolve(root, node);
    match node.get("type").and_then(Value::as_str) {
        Some("array") if !key.is_empty() && key != "standard[]" => {
            let max = node.get("maxItems").and_then(Value::as_u64);
            lists.push((key.to_string(), max.unwrap_or(u64::MAX)));
        }
        Some("string") if key != "$schema" => {
            let anchored = node
                .get("pattern")
                .and_then(Value::as_str)
                .is_some_and(|p| p.ends_with("\\s*$"));
            if !anchored {
                strings.push((
                    key.to_string(),
                    node.get("maxLength").and_then(Value::as_u64),
                ));
            }
        }
        _ => {}
    }
    if let Some(props) = node.get("properties").and_then(Value::as_object) {
        for (k, sub) in props {
            bounds(root, sub, k, lists, strings);
        }
    }
    if let Some(items) = node.get("items") {
        bounds(root, items, &format!("{key}[]"), lists, strings);
    }
    if let Some(each) = node.get("additionalProperties").filter(|v| v.is_object()) {
        bounds(root, each, "*", lists, strings);
    }
}

/// The schema allows as many windows as the loader and the form do.
#[test]
fn the_schema_allows_as_many_windows_as_the_loader() {
    use refresh_request_core::policy::Windows;
    let root = schema();
    assert_eq!(
        root.pointer("/properties/windows/properties/count/maximum")
            .and_then(Value::as_u64),
        Some(Windows::MAX as u64)
    );
    let count = |n: usize| {
        let mut doc: Value = serde_json::from_str(BUILTIN_JSON[0]).expect("built-in JSON");
        doc["windows"]["count"] = n.into();
        Policy::from_value(&doc).map(|p| p.windows.count)
    };
    assert_eq!(count(Windows::MAX), Ok(Windows::MAX));
    assert!(count(Windows::MAX + 1).is_err());
}

/// The languages the schema offers for a policy's own texts and its
/// translations are the languages the loader reads (`Lang`).
#[test]
fn the_schema_offers_the_languages_the_loader_reads() {
    use refresh_request_core::lang::Lang;
    let root = schema();
    let tags: Vec<String> = Lang::ALL.iter().map(|l| l.tag().to_string()).collect();
    for pointer in [
        "/properties/language/enum",
        "/properties/translations/propertyNames/enum",
        "/properties/desk_language/enum",
    ] {
        let listed: Vec<String> = root
            .pointer(pointer)
            .and_then(Value::as_array)
            .unwrap_or_else(|| panic!("{pointer}"))
            .iter()
            .filter_map(|v| v.as_str().map(String::from))
            .collect();
        assert_eq!(listed, tags, "{pointer}");
        for tag in &listed {
            assert!(Lang::parse(tag).is_some(), "{tag}");
        }
    }
}
