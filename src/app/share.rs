//! Prefill and share links (docs/embedding.md): the page's address fills the form,
//! and the form becomes a link that fills it again. The reading and writing
//! of parameters is the core's ([`refresh_request_core::prefill`]); this only decides
//! where they go.

use refresh_request_core::prefill::{percent_decode, percent_encode, to_query};
use serde_json::Value;

/// The longest share link the page hands out (docs/embedding.md). Help
/// centers, chat and mail clients carry links of this length; much longer
/// ones get cut, or the browser refuses to open them.
pub const MAX_LINK_CHARS: usize = 8_000;

/// A share link that would be over [`MAX_LINK_CHARS`].
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TooLong {
    /// Its length.
    pub length: usize,
    /// The field path whose value takes most of it (`source`, `windows[1]`).
    pub field: String,
}

/// A link that fills the form with `request` (request JSON). The
/// parameters go in the fragment, which browsers never send to the server:
/// the request stays on the user's machine even on a hosted page.
///
/// # Errors
/// [`TooLong`] when the link would be over [`MAX_LINK_CHARS`], naming the
/// field that makes it so.
pub fn share_link(page: &str, request: &Value) -> Result<String, TooLong> {
    let link = format!("{page}#{}", to_query(request));
    if link.len() <= MAX_LINK_CHARS {
        return Ok(link);
    }
    Err(TooLong {
        length: link.len(),
        field: longest_field(request),
    })
}

/// The field whose value is longest in a link (a window counts on its own).
fn longest_field(request: &Value) -> String {
    let mut longest = (0, String::new());
    let mut consider = |field: String, one: Value| {
        let length = to_query(&one).len();
        if length > longest.0 {
            longest = (length, field);
        }
    };
    for (key, value) in request.as_object().into_iter().flatten() {
        match value {
            Value::Array(items) => {
                for (i, item) in items.iter().enumerate() {
                    consider(format!("{key}[{i}]"), serde_json::json!({ key: item }));
                }
            }
            other => consider(key.clone(), serde_json::json!({ key: other })),
        }
    }
    longest.1
}

/// Whether the address carries anything for the form besides `policy`.
pub fn has_request(link: &Value) -> bool {
    link.as_object()
        .is_some_and(|m| m.keys().any(|k| k != "policy"))
}

/// The query to leave in the address bar once a link has been read into
/// the form (which the draft then keeps): the host's own parameters stay,
/// the request's go, and `policy` names the chosen policy so a reload keeps it.
pub fn tidy_query(search: &str, policy: &str, is_request_key: impl Fn(&str) -> bool) -> String {
    let mut kept: Vec<String> = search
        .trim_start_matches('?')
        .split('&')
        .filter(|pair| !pair.is_empty())
        .filter(|pair| {
            let key = pair.split_once('=').map_or(*pair, |(k, _)| k);
            !is_request_key(percent_decode(key).trim())
        })
        .map(str::to_string)
        .collect();
    kept.push(format!("policy={}", percent_encode(policy)));
    kept.join("&")
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn links_use_the_fragment() {
        let v =
            json!({"policy": "veson-imos", "source": "A B", "windows": ["2024-10-09T02:00Z", ""]});
        assert_eq!(
            share_link("https://x.example/form/", &v),
            Ok(
                "https://x.example/form/#policy=veson-imos&source=A%20B&windows=2024-10-09T02:00Z"
                    .to_string()
            )
        );
    }

    #[test]
    fn a_link_over_the_limit_names_the_field_that_makes_it_so() {
        let page = "https://x.example/form/";
        let fill = |n: usize| "é".repeat(n);
        // Right at the limit is fine; one more character is not.
        let base = share_link(page, &json!({"policy": "veson-imos", "source": ""}))
            .expect("short")
            .len();
        let room = MAX_LINK_CHARS - base - "&source=".len();
        let at = json!({"policy": "veson-imos", "source": "x".repeat(room)});
        assert_eq!(share_link(page, &at).map(|l| l.len()), Ok(MAX_LINK_CHARS));
        let over = json!({"policy": "veson-imos", "source": "x".repeat(room + 1)});
        assert_eq!(
            share_link(page, &over),
            Err(TooLong {
                length: MAX_LINK_CHARS + 1,
                field: "source".into()
            })
        );
        // Several long values: the longest is named, a window by its place.
        let v = json!({"policy": "veson-imos", "source": fill(1000), "target": fill(900),
            "windows": ["", fill(2000)]});
        assert_eq!(
            share_link(page, &v).map_err(|e| e.field),
            Err("windows[1]".into())
        );
    }

    #[test]
    fn tidying_keeps_the_hosts_parameters() {
        let req = |k: &str| matches!(k, "policy" | "source" | "windows");
        assert_eq!(
            tidy_query("?utm=1&source=a&windows=x&policy=p", "clarity-saas", req),
            "utm=1&policy=clarity-saas"
        );
        assert_eq!(tidy_query("", "veson-imos", req), "policy=veson-imos");
        assert!(has_request(&json!({"policy": "x", "source": ""})));
        assert!(!has_request(&json!({"policy": "x"})));
    }
}
