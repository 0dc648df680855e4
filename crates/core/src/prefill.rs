//! URL prefill and share links (docs/embedding.md): a query string or fragment becomes
//! request JSON, and request JSON becomes a query string that round-trips.
//!
//! Pure string work, so the page, the embed and tests share one reading.

use crate::field::Key;
use percent_encoding::{percent_decode_str, utf8_percent_encode, AsciiSet, NON_ALPHANUMERIC};
use serde_json::{Map, Value};

/// The keys whose repeated parameters make a list ([`Key::is_list`]).
fn list_keys() -> impl Iterator<Item = Key> {
    Key::ALL.into_iter().filter(|k| k.is_list())
}

/// Decodes `%XX` and `+`; invalid sequences are kept literally, invalid
/// UTF-8 is replaced, so no link can fail to load.
pub fn percent_decode(s: &str) -> String {
    // `+` is a space in a query; `%2B` stays a plus, so it goes first.
    percent_decode_str(&s.replace('+', " "))
        .decode_utf8_lossy()
        .into_owned()
}

/// What a share link encodes: everything but RFC 3986's unreserved
/// characters, and `:` (instants stay readable in links).
const LINK_VALUE: &AsciiSet = &NON_ALPHANUMERIC
    .remove(b'-')
    .remove(b'_')
    .remove(b'.')
    .remove(b'~')
    .remove(b':');

/// Encodes everything but the unreserved characters of RFC 3986 (and `:`).
pub fn percent_encode(s: &str) -> String {
    utf8_percent_encode(s, LINK_VALUE).to_string()
}

/// Reads a query string and/or fragment (`?a=1&b=2`, `#a=1`, `a=1`) into
/// request JSON. Later values win, except `windows`, which collects every
/// value (and splits commas). Values stay strings: the request reader turns
/// `yes`/`no` into booleans and reports anything it cannot read.
///
/// # Example
/// ```
/// use refresh_request_core::prefill::from_query;
/// let v = from_query("?policy=veson-imos&windows=2024-10-09T02:00Z&windows=2024-10-09T04:00Z");
/// assert_eq!(v["windows"][1], "2024-10-09T04:00Z");
/// ```
pub fn from_query(query: &str) -> Value {
    let mut m = Map::new();
    let q = query.trim_start_matches(['?', '#']);
    for pair in q.split('&').filter(|p| !p.is_empty()) {
        let (k, v) = pair.split_once('=').unwrap_or((pair, ""));
        let key = percent_decode(k).trim().to_string();
        if key.is_empty() {
            continue;
        }
        let value = percent_decode(v);
        if Key::parse(&key).is_some_and(Key::is_list) {
            let list = m.entry(key).or_insert_with(|| Value::Array(Vec::new()));
            if let Value::Array(items) = list {
                // Empty items keep their place (window 2 stays window 2 when window 1 is
                // empty); only trailing ones go, below.
                items.extend(
                    value
                        .split(',')
                        .map(|s| Value::String(s.trim().to_string())),
                );
            }
        } else {
            m.insert(key, Value::String(value));
        }
    }
    for key in list_keys() {
        if let Some(Value::Array(items)) = m.get_mut(key.as_str()) {
            while items.last().is_some_and(|v| v.as_str() == Some("")) {
                items.pop();
            }
        }
    }
    Value::Object(m)
}

/// Reads both the query and the fragment of a page address; the fragment
/// wins, so a share link (which uses the fragment) overrides a host's query.
pub fn from_location(search: &str, hash: &str) -> Value {
    let mut merged = match from_query(search) {
        Value::Object(m) => m,
        _ => Map::new(),
    };
    if let Value::Object(h) = from_query(hash) {
        for (k, v) in h {
            merged.insert(k, v);
        }
    }
    Value::Object(merged)
}

/// Writes request JSON as a query string (without `?`): lists as repeated
/// keys, booleans as `yes`/`no`, empty values left out.
pub fn to_query(request: &Value) -> String {
    let Some(m) = request.as_object() else {
        return String::new();
    };
    // A value as link text: None for what a link does not carry (blank text, null, objects).
    let text = |v: &Value| match v {
        Value::String(s) if s.trim().is_empty() => None,
        Value::String(s) => Some(s.clone()),
        Value::Bool(b) => Some((if *b { "yes" } else { "no" }).to_string()),
        Value::Number(n) => Some(n.to_string()),
        _ => None,
    };
    let mut parts = Vec::new();
    for (k, v) in m.iter() {
        let key = percent_encode(k);
        match v {
            Value::Array(items) => {
                // Empty items before the last filled one are kept (`windows=&windows=…`), so
                // each value comes back in its place; trailing empty ones are dropped.
                let end = items
                    .iter()
                    .rposition(|i| text(i).is_some())
                    .map_or(0, |i| i + 1);
                for item in &items[..end] {
                    let value = text(item).map(|s| percent_encode(&s)).unwrap_or_default();
                    parts.push(format!("{key}={value}"));
                }
            }
            other => {
                if let Some(s) = text(other) {
                    parts.push(format!("{key}={}", percent_encode(&s)));
                }
            }
        }
    }
    parts.join("&")
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn decodes_what_browsers_send() {
        assert_eq!(percent_decode("ABCD%5Fprod+x"), "ABCD_prod x");
        assert_eq!(percent_decode("100%"), "100%");
        assert_eq!(percent_decode("%zz%4"), "%zz%4");
        assert_eq!(percent_decode("%C3%A9"), "é");
        assert_eq!(percent_decode("%FF"), "\u{FFFD}");
        // A plus is a space, an encoded one stays a plus.
        assert_eq!(percent_decode("a+b%2Bc"), "a b+c");
        assert_eq!(percent_encode("a+b c:d"), "a%2Bb%20c:d");
    }

    /// A share link with window 1 empty and window 2 filled brings the start
    /// back as window 2, not moved up to window 1.
    #[test]
    fn an_empty_window_keeps_the_next_one_in_its_place() {
        let req = json!({ "policy": "veson-imos", "windows": ["", "2024-10-09T04:00:00Z", ""] });
        let query = to_query(&req);
        assert_eq!(
            query,
            "policy=veson-imos&windows=&windows=2024-10-09T04:00:00Z"
        );
        assert_eq!(
            from_query(&query)["windows"],
            json!(["", "2024-10-09T04:00:00Z"])
        );
        assert_eq!(from_query("?windows=,x,")["windows"], json!(["", "x"]));
        assert_eq!(from_query("?windows=&windows=,,")["windows"], json!([]));
    }

    #[test]
    fn round_trips_a_request() {
        let req = json!({
            "policy": "veson-imos", "source": "ABCD prod & co", "target": "ABCD_test",
            "windows": ["2024-10-09T02:00:00Z", "2024-10-09T04:00:00Z"],
            "preserve_users": true, "holiday_region": "GB", "restore_point": null,
        });
        let q = to_query(&req);
        assert!(!q.contains(' ') && !q.contains("&co"), "{q}");
        let back = from_query(&format!("?{q}"));
        assert_eq!(back["source"], "ABCD prod & co");
        assert_eq!(
            back["windows"],
            json!(["2024-10-09T02:00:00Z", "2024-10-09T04:00:00Z"])
        );
        assert_eq!(back["preserve_users"], "yes");
        assert!(back.get("restore_point").is_none());
    }

    #[test]
    fn fragment_overrides_query_and_commas_split_windows() {
        let v = from_location("?source=a&target=b", "#source=c&windows=x,y");
        assert_eq!(v["source"], "c");
        assert_eq!(v["target"], "b");
        assert_eq!(v["windows"], json!(["x", "y"]));
    }

    #[test]
    fn junk_never_fails() {
        for q in [
            "",
            "?",
            "&&&",
            "=x",
            "?a",
            "?%",
            "#%E0%A4%A",
            "?windows=&windows=,,",
        ] {
            let _ = from_query(q);
        }
        assert_eq!(from_query("?a")["a"], "");
    }
}
