//! Drafts: the form saved in `localStorage` as the user types, restored on
//! reload; a draft that cannot be read is reported, never trusted.
//!
//! Plain `web_sys::Storage` (three calls) rather than `gloo-storage`: the
//! draft is JSON through `serde_json`, and a corrupt draft needs its own
//! handling anyway.

use super::form::Form;
use serde_json::{Map, Value};

/// The draft format's version.
const VERSION: u32 = 1;

/// What was found in storage.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Loaded {
    /// No draft.
    Nothing,
    /// A draft.
    Draft(Form),
    /// Something that is not a draft this page can read.
    Corrupt,
}

/// The storage key: one per page, or, when embedded, one per policy and
/// form (several forms on one host page must not share a draft). `instance`
/// counts the host page's forms from 0; the first keeps the plain policy key.
pub fn key(embedded: bool, policy: &str, instance: u32) -> String {
    match (embedded, instance) {
        (false, _) => "refresh-request:draft".to_string(),
        (true, 0) => format!("refresh-request:draft:{policy}"),
        (true, n) => format!("refresh-request:draft:{policy}:{}", n + 1),
    }
}

/// Reads a stored draft's text.
pub fn parse(text: Option<&str>) -> Loaded {
    match text {
        None => Loaded::Nothing,
        Some(t) => serde_json::from_str::<Value>(t)
            .ok()
            .as_ref()
            .and_then(read)
            .map_or(Loaded::Corrupt, Loaded::Draft),
    }
}

/// What is stored: `{"v": 1, "form": {"policy", "fields", "windows",
/// "planning"}}`. Every part must be there with the right kind, or the
/// whole draft is refused (a half-read draft would restore a form the user
/// never had).
fn read(doc: &Value) -> Option<Form> {
    if doc.get("v")?.as_u64()? != u64::from(VERSION) {
        return None;
    }
    let form = doc.get("form")?;
    let text = |v: &Value| v.as_str().map(str::to_string);
    Some(Form {
        policy: text(form.get("policy")?)?,
        fields: form
            .get("fields")?
            .as_object()?
            .iter()
            .map(|(k, v)| Some((k.clone(), text(v)?)))
            .collect::<Option<_>>()?,
        windows: form
            .get("windows")?
            .as_array()?
            .iter()
            .map(text)
            .collect::<Option<_>>()?,
        planning: form.get("planning")?.as_bool()?,
    })
}

/// A draft's text.
pub fn serialise(form: &Form) -> String {
    let text = |s: &String| Value::String(s.clone());
    let mut f = Map::new();
    f.insert("policy".into(), text(&form.policy));
    f.insert(
        "fields".into(),
        Value::Object(
            form.fields
                .iter()
                .map(|(k, v)| (k.clone(), text(v)))
                .collect(),
        ),
    );
    f.insert(
        "windows".into(),
        Value::Array(form.windows.iter().map(text).collect()),
    );
    f.insert("planning".into(), Value::Bool(form.planning));
    let mut draft = Map::new();
    draft.insert("v".into(), u64::from(VERSION).into());
    draft.insert("form".into(), Value::Object(f));
    Value::Object(draft).to_string()
}

fn storage() -> Option<web_sys::Storage> {
    // Throws in some sandboxed frames and when storage is disabled.
    web_sys::window()?.local_storage().ok().flatten()
}

/// Loads the draft under `key`.
pub fn load(key: &str) -> Loaded {
    let text = storage().and_then(|s| s.get_item(key).ok().flatten());
    parse(text.as_deref())
}

/// Saves the form (a full or refused storage is ignored: the form still works).
pub fn save(key: &str, form: &Form) -> bool {
    storage().is_some_and(|s| s.set_item(key, &serialise(form)).is_ok())
}

/// Deletes the draft.
pub fn remove(key: &str) {
    if let Some(s) = storage() {
        let _ = s.remove_item(key);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_keep_forms_apart() {
        assert_eq!(key(false, "veson-imos", 3), "refresh-request:draft");
        assert_eq!(
            key(true, "veson-imos", 0),
            "refresh-request:draft:veson-imos"
        );
        assert_eq!(
            key(true, "veson-imos", 1),
            "refresh-request:draft:veson-imos:2"
        );
        assert_ne!(key(true, "veson-imos", 1), key(true, "clarity-saas", 1));
    }

    #[test]
    fn round_trip_and_corruption() {
        let mut f = Form::default();
        f.set("source", "A".into());
        assert_eq!(parse(Some(&serialise(&f))), Loaded::Draft(f));
        assert_eq!(parse(None), Loaded::Nothing);
        for bad in [
            "",
            "{",
            "null",
            "[]",
            "{\"v\":1}",
            "{\"v\":2,\"form\":{}}",
            "{\"v\":1,\"form\":{\"policy\":3}}",
        ] {
            assert_eq!(parse(Some(bad)), Loaded::Corrupt, "{bad}");
        }
    }

    #[test]
    fn issue_6_drafts_saved_before_the_own_json_module_still_restore() {
        // What serde_json wrote for a draft (struct field order, not sorted).
        let old = r#"{"v":1,"form":{"policy":"veson-imos","fields":{"source":"A"},"windows":["x",""],"planning":true}}"#;
        let Loaded::Draft(f) = parse(Some(old)) else {
            panic!("an old draft must restore");
        };
        assert_eq!(
            (
                f.policy.as_str(),
                f.get("source"),
                f.windows.as_slice(),
                f.planning
            ),
            (
                "veson-imos",
                "A",
                ["x".to_string(), String::new()].as_slice(),
                true
            )
        );
    }
}
