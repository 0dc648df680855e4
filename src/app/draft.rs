//! Drafts: the form saved in `localStorage` as the user types, restored on
//! reload; a draft that cannot be read is reported, never trusted.
//!
//! Plain `web_sys::Storage` (three calls) rather than `gloo-storage`: the
//! draft is JSON through `serde_json`, and a corrupt draft needs its own
//! handling anyway.

use super::form::{Fields, Form};
use serde::de::{MapAccess, Visitor};
use serde::{Deserialize, Deserializer, Serialize, Serializer};
use std::sync::Arc;

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

/// What is stored: `{"v": 1, "form": {"policy", "fields", "windows", "planning"}}`, in that
/// field order. Its own type, not [`Form`]'s: drafts already saved keep this shape whatever
/// the form's data becomes. Every part must be there with the right kind, or the whole draft
/// is refused (a half-read draft would restore a form the user never had).
#[derive(Serialize, Deserialize)]
struct Stored<F> {
    v: u32,
    form: F,
}

/// The form as stored, read back.
#[derive(Deserialize)]
struct Read {
    policy: String,
    #[serde(deserialize_with = "texts")]
    fields: Fields,
    windows: Vec<Arc<str>>,
    planning: bool,
}

/// The form as stored, written from the form in place.
#[derive(Serialize)]
struct Written<'a> {
    policy: &'a str,
    #[serde(serialize_with = "object")]
    fields: &'a Fields,
    windows: &'a [Arc<str>],
    planning: bool,
}

// The texts are written and read here, as the object every page has stored, rather than with
// `litemap`'s `serde` feature: that writes a map with no texts as `[]`, which the pages before
// it refuse as a draft, and reads a list of pairs as well as an object, sorting what comes out
// of order, a sort whose code took the first load over its budget (+2.4 KB brotli, not +0.4).

/// The texts as a JSON object, empty or not.
fn object<S: Serializer>(fields: &&Fields, serializer: S) -> Result<S::Ok, S::Error> {
    serializer.collect_map(fields.iter())
}

/// The texts from a JSON object, and nothing else.
fn texts<'de, D: Deserializer<'de>>(deserializer: D) -> Result<Fields, D::Error> {
    struct Texts;
    impl<'de> Visitor<'de> for Texts {
        type Value = Fields;
        fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
            f.write_str("texts by key")
        }
        fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Fields, A::Error> {
            let mut fields = Fields::new();
            while let Some((key, text)) = map.next_entry::<String, Arc<str>>()? {
                fields.insert(key, text);
            }
            Ok(fields)
        }
    }
    deserializer.deserialize_map(Texts)
}

/// Reads a stored draft's text.
pub fn parse(text: Option<&str>) -> Loaded {
    let Some(text) = text else {
        return Loaded::Nothing;
    };
    // Through a `Value`, whose reader the page already has: reading the text straight into
    // `Stored` would bring a second copy of the JSON reader into the wasm.
    let value = serde_json::from_str::<serde_json::Value>(text);
    match value.as_ref().map(Stored::<Read>::deserialize) {
        Ok(Ok(Stored { v: VERSION, form })) => Loaded::Draft(Form {
            policy: form.policy,
            fields: form.fields,
            windows: form.windows,
            planning: form.planning,
        }),
        _ => Loaded::Corrupt,
    }
}

/// A draft's text.
pub fn serialise(form: &Form) -> String {
    let stored = Stored {
        v: VERSION,
        form: Written {
            policy: &form.policy,
            fields: &form.fields,
            windows: &form.windows,
            planning: form.planning,
        },
    };
    // Text keys and text values cannot fail to serialise.
    serde_json::to_string(&stored).unwrap_or_default()
}

/// Why the draft is not being saved (each has its own notice).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum NotSaved {
    /// The site's storage is full (other pages of the site use it too).
    Full,
    /// The browser does not let the page store anything.
    Blocked,
    /// The draft alone is over [`MAX_DRAFT_CHARS`].
    TooLarge,
}

/// The longest draft this page tries to save. Browsers give a site about
/// five million characters of storage in all; a draft near that would fill
/// it for every other page of the site, and no request needs a tenth of it.
pub const MAX_DRAFT_CHARS: usize = 2_000_000;

/// What a failed `setItem` means, from the error's `name`: a full storage
/// (the standard name, and Firefox's older one), or a refusal.
pub fn why_not_saved(error_name: &str) -> NotSaved {
    match error_name {
        "QuotaExceededError" | "NS_ERROR_DOM_QUOTA_REACHED" => NotSaved::Full,
        _ => NotSaved::Blocked,
    }
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

/// Saves the form, or says why it could not. When it could not, the older
/// draft is deleted (when the browser lets us): restored after a reload, it
/// would look like what was typed last.
pub fn save(key: &str, form: &Form) -> Result<(), NotSaved> {
    let storage = storage().ok_or(NotSaved::Blocked)?;
    let text = serialise(form);
    let outcome = if text.len() > MAX_DRAFT_CHARS {
        Err(NotSaved::TooLarge)
    } else {
        storage.set_item(key, &text).map_err(|e| {
            let name = js_sys::Reflect::get(&e, &"name".into())
                .ok()
                .and_then(|n| n.as_string())
                .unwrap_or_default();
            why_not_saved(&name)
        })
    };
    if outcome.is_err() {
        let _ = storage.remove_item(key);
    }
    outcome
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
            // Texts as a list, which no page writes, rather than an object.
            r#"{"v":1,"form":{"policy":"veson-imos","fields":[],"windows":[],"planning":false}}"#,
            r#"{"v":1,"form":{"policy":"veson-imos","fields":[["source","A"]],"windows":[],"planning":false}}"#,
            r#"{"v":1,"form":{"policy":"veson-imos","fields":{"source":1},"windows":[],"planning":false}}"#,
        ] {
            assert_eq!(parse(Some(bad)), Loaded::Corrupt, "{bad}");
        }
    }

    #[test]
    fn a_failed_save_says_why() {
        assert_eq!(why_not_saved("QuotaExceededError"), NotSaved::Full);
        assert_eq!(why_not_saved("NS_ERROR_DOM_QUOTA_REACHED"), NotSaved::Full);
        assert_eq!(why_not_saved("SecurityError"), NotSaved::Blocked);
        assert_eq!(why_not_saved(""), NotSaved::Blocked);
    }

    #[test]
    fn drafts_of_any_text_round_trip_or_are_refused() {
        // Quotes, escapes, control characters, astral characters, a long
        // value: every draft the page writes reads back as the same form, and
        // every truncation of one is refused, never half-restored.
        let texts = [
            "\"quoted\" \\ back\nslash\t\u{0}",
            "émoji 🚀 and \u{2028}",
            "</script><img src=x onerror=alert(1)>",
        ];
        let long = "x".repeat(100_000);
        for text in texts.iter().copied().chain([long.as_str()]) {
            let mut f = Form {
                policy: "veson-imos".into(),
                ..Form::default()
            };
            f.set("source", text.into());
            f.set_window(1, text.into());
            let saved = serialise(&f);
            assert_eq!(parse(Some(&saved)), Loaded::Draft(f.clone()));
            let step = (saved.len() / 300).max(1);
            for cut in (0..saved.len())
                .step_by(step)
                .filter(|&i| saved.is_char_boundary(i))
            {
                assert_eq!(parse(Some(&saved[..cut])), Loaded::Corrupt, "{cut}");
            }
        }
    }

    #[test]
    fn a_draft_is_written_in_the_shape_older_pages_read() {
        let mut f = Form {
            policy: "veson-imos".into(),
            planning: true,
            ..Form::default()
        };
        f.set("source", "A".into());
        f.set_window(0, "x".into());
        f.set_window(1, String::new());
        assert_eq!(
            serialise(&f),
            r#"{"v":1,"form":{"policy":"veson-imos","fields":{"source":"A"},"windows":["x",""],"planning":true}}"#
        );
    }

    #[test]
    fn a_form_with_nothing_typed_is_stored_as_an_object_and_restored() {
        // An empty map must not become `[]`: older pages read the texts as an object only.
        let f = Form {
            policy: "veson-imos".into(),
            windows: vec!["".into(); 2],
            ..Form::default()
        };
        let saved = serialise(&f);
        assert_eq!(
            saved,
            r#"{"v":1,"form":{"policy":"veson-imos","fields":{},"windows":["",""],"planning":false}}"#
        );
        assert_eq!(parse(Some(&saved)), Loaded::Draft(f));
    }

    #[test]
    fn texts_are_written_in_key_order_whatever_order_they_were_typed_in() {
        let mut f = Form {
            policy: "clarity-saas".into(),
            ..Form::default()
        };
        for (key, text) in [
            ("target_url", "b"),
            ("ack_jobs", "yes"),
            ("source_url", "a"),
        ] {
            f.set(key, text.into());
        }
        f.set("ack_jobs", String::new());
        f.set("source_url", "c".into());
        let saved = serialise(&f);
        assert!(
            saved.contains(r#""fields":{"source_url":"c","target_url":"b"}"#),
            "{saved}"
        );
        assert_eq!(parse(Some(&saved)), Loaded::Draft(f));
    }

    #[test]
    fn drafts_saved_with_sorted_keys_still_restore() {
        // What the page wrote while it built the draft as a `serde_json::Map` (keys sorted).
        let sorted = r#"{"form":{"fields":{"source":"A"},"planning":false,"policy":"veson-imos","windows":["x"]},"v":1}"#;
        let mut f = Form {
            policy: "veson-imos".into(),
            ..Form::default()
        };
        f.set("source", "A".into());
        f.set_window(0, "x".into());
        assert_eq!(parse(Some(sorted)), Loaded::Draft(f));
    }

    #[test]
    fn drafts_saved_before_the_own_json_module_still_restore() {
        // What serde_json wrote for a draft (struct field order, not sorted).
        let old = r#"{"v":1,"form":{"policy":"veson-imos","fields":{"source":"A"},"windows":["x",""],"planning":true}}"#;
        let Loaded::Draft(f) = parse(Some(old)) else {
            panic!("an old draft must restore");
        };
        assert_eq!(
            (
                f.policy.as_str(),
                f.get("source"),
                [f.window(0), f.window(1)],
                f.windows.len(),
                f.planning
            ),
            ("veson-imos", "A", ["x", ""], 2, true)
        );
    }
}
