//! The keys the loader reads, and a warning for every other key.

use super::reader::join;
use super::PolicyWarning;
use crate::label::thousands;
use crate::limits;
use serde_json::Value;

/// The keys the loader reads, per object: `""` is the document, `a.b` an
/// object inside one, `a[]` each item of a list. The one list the unknown-key
/// warnings and the JSON Schema test (`tests/schema.rs`) both read, so the
/// loader, its warnings and `policy.schema.json` cannot drift apart.
pub const KNOWN_KEYS: &[(&str, &[&str])] = &[
    (
        "",
        &[
            // Where an editor finds the schema: known, and ignored.
            "$schema",
            "id",
            "name",
            "version",
            "summary",
            "desk_language",
            "environments",
            "windows",
            "weekends_allowed",
            "holiday_regions",
            "service_hours",
            "notice",
            "point_in_time",
            "preserve_users",
            "versions",
            "directions",
            "questions",
            "upgrade_date",
            "acknowledgements",
            "notes",
            "blackouts",
            // Read by the hand-off reader; listed here so that a policy with it
            // gets no warning and the schema agrees.
            "handoff",
            "language",
            "translations",
            "messages",
        ],
    ),
    (
        "environments",
        &[
            "naming",
            "kinds",
            "source_label",
            "target_label",
            "source_example",
            "target_example",
        ],
    ),
    ("windows", &["count", "duration_minutes"]),
    ("service_hours", &["summer", "winter"]),
    ("service_hours.summer", &["start", "end"]),
    ("service_hours.winter", &["start", "end"]),
    ("notice", &["business_days", "hours"]),
    ("point_in_time", &["notice_days", "max_age_days"]),
    ("versions", &["required", "format", "mismatch", "example"]),
    ("directions", &["standard", "production"]),
    ("questions[]", &["key", "label", "hint"]),
    (
        "acknowledgements[]",
        &["key", "rule", "label", "when", "items"],
    ),
    ("notes[]", &["id", "text", "when"]),
    ("notes[].when", &["key", "is"]),
    ("blackouts[]", &["from", "to", "reason"]),
    ("handoff", &["email", "url"]),
    // `*`: an object whose keys are the vendor's (language tags, question
    // keys, note ids), each read as the pattern `<object>.*`.
    ("translations", &["*"]),
    (
        "translations.*",
        &[
            "name",
            "summary",
            "environments",
            "questions",
            "acknowledgements",
            "notes",
            "blackouts",
        ],
    ),
    (
        "translations.*.environments",
        &["source_label", "target_label"],
    ),
    ("translations.*.questions", &["*"]),
    ("translations.*.questions.*", &["label", "hint"]),
    ("translations.*.acknowledgements", &["*"]),
    ("translations.*.acknowledgements.*", &["label", "items"]),
    ("translations.*.notes", &["*"]),
    // Language tags, then message ids: messages.rs checks both.
    ("messages", &["*"]),
    ("messages.*", &["*"]),
];

/// How alike an unknown key must be to a known one to be suggested (1 less
/// the edit distance over the longer length, 0 to 1): one slip in a
/// five-letter key (`cuont`, `lable`) passes, an unrelated word does not.
const SUGGEST_SIMILARITY: f64 = 0.6;

/// A warning for every key of `doc` the loader does not read, with the
/// nearest known key when one is close.
///
/// # Example
/// ```
/// use refresh_request_core::policy::unknown_keys;
/// let doc = serde_json::json!({"blackout": [], "windows": {"cuont": 2}});
/// let warnings: Vec<String> = unknown_keys(&doc).iter().map(ToString::to_string).collect();
/// assert_eq!(warnings, [
///     "`blackout`: unknown key; did you mean `blackouts`?",
///     "`windows.cuont`: unknown key; did you mean `count`?",
/// ]);
/// ```
///
/// Past [`limits::WARNINGS_LISTED`] the rest are counted in one last warning,
/// with no path: "… and 99,980 more unknown keys".
pub fn unknown_keys(doc: &Value) -> Vec<PolicyWarning> {
    let mut out = Vec::new();
    let mut more = 0;
    walk_keys(doc, "", "", &mut out, &mut more);
    if more > 0 {
        out.push(PolicyWarning {
            path: String::new(),
            message: format!("… and {} more unknown keys", thousands(more)),
        });
    }
    out
}

fn walk_keys(v: &Value, pattern: &str, path: &str, out: &mut Vec<PolicyWarning>, more: &mut usize) {
    match v {
        Value::Object(map) => {
            let Some((_, known)) = KNOWN_KEYS.iter().find(|(p, _)| *p == pattern) else {
                return;
            };
            for (key, child) in map {
                if *known == ["*"] {
                    walk_keys(child, &join(pattern, "*"), &join(path, key), out, more);
                } else if known.contains(&key.as_str()) {
                    walk_keys(child, &join(pattern, key), &join(path, key), out, more);
                } else if out.len() >= limits::WARNINGS_LISTED {
                    // Counted only: no suggestion is worked out for a key nobody will read.
                    *more += 1;
                } else {
                    out.push(PolicyWarning {
                        path: join(path, key),
                        message: match nearest(key, known) {
                            Some(near) => format!("unknown key; did you mean `{near}`?"),
                            None => "unknown key".into(),
                        },
                    });
                }
            }
        }
        Value::Array(items) => {
            for (i, item) in items.iter().enumerate() {
                walk_keys(
                    item,
                    &format!("{pattern}[]"),
                    &format!("{path}[{i}]"),
                    out,
                    more,
                );
            }
        }
        _ => {}
    }
}

/// The known key most like `key`, if any is alike enough.
pub(super) fn nearest<'a>(key: &str, known: &[&'a str]) -> Option<&'a str> {
    let key = crate::case::lowercase(key);
    known
        .iter()
        .map(|k| {
            // Optimal string alignment counts a swap of two letters as one slip, like
            // Damerau-Levenshtein, without the hash map that one carries into the wasm.
            let longest = key.chars().count().max(k.chars().count()).max(1);
            let distance = strsim::osa_distance(&key, k);
            (*k, 1.0 - distance as f64 / longest as f64)
        })
        .filter(|(_, score)| *score >= SUGGEST_SIMILARITY)
        // Of two as alike, the one first in order: the same answer whatever order `known` is in.
        .max_by(|a, b| a.1.total_cmp(&b.1).then_with(|| b.0.cmp(a.0)))
        .map(|(k, _)| k)
}
