//! Prefill and share links (docs/embedding.md): the page's address fills the form,
//! and the form becomes a link that fills it again. The reading and writing
//! of parameters is the core's ([`refresh_request_core::prefill`]); this only decides
//! where they go.

use refresh_request_core::prefill::{percent_decode, percent_encode, to_query};
use serde_json::Value;

/// A link that fills the form with `request` (request JSON). The
/// parameters go in the fragment, which browsers never send to the server:
/// the request stays on the user's machine even on a hosted page.
pub fn share_link(page: &str, request: &Value) -> String {
    format!("{page}#{}", to_query(request))
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
            "https://x.example/form/#policy=veson-imos&source=A%20B&windows=2024-10-09T02:00Z"
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
