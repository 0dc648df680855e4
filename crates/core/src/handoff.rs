//! The hand-off links: a `mailto:` link to the vendor's support address
//! and the vendor's new-request form with the ticket filled in (the
//! policy's [`Handoff`](crate::policy::Handoff)). They are links the user
//! clicks; the page itself sends nothing.
//!
//! Mail clients and help-center servers refuse, or cut, links much longer
//! than about 2,000 characters, so a link that would be longer carries the
//! subject and [`PASTE_LINE`] in place of the body, and says so
//! ([`Link::shortened`]) for the page to tell the user to paste the body.

use percent_encoding::{utf8_percent_encode, AsciiSet, NON_ALPHANUMERIC};

/// The longest link offered whole.
pub const LINK_LIMIT: usize = 2000;

/// What a shortened link carries instead of the body.
pub const PASTE_LINE: &str =
    "Paste the ticket from the refresh request form here: it was too long to fit in this link.";

/// Everything but RFC 3986's unreserved characters is encoded, so a value
/// is safe in a query, a fragment or a path, and a mailto `hfvalue`.
const VALUE: &AsciiSet = &NON_ALPHANUMERIC
    .remove(b'-')
    .remove(b'.')
    .remove(b'_')
    .remove(b'~');

/// An address's own characters as RFC 6068 allows them in `mailto:` (the
/// `@` and the usual ones left as they are).
const ADDRESS: &AsciiSet = &VALUE.remove(b'@').remove(b'+');

/// A hand-off link.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Link {
    /// The address to open.
    pub href: String,
    /// Whether the body was too long and left out ([`PASTE_LINE`] instead).
    pub shortened: bool,
}

fn encode(text: &str) -> String {
    utf8_percent_encode(text, VALUE).to_string()
}

/// A `mailto:` link to `address` with `subject` and `body` (line breaks as
/// CRLF, as RFC 6068 asks), or with [`PASTE_LINE`] as its body when the
/// whole would pass [`LINK_LIMIT`].
///
/// # Example
/// ```
/// use refresh_request_core::handoff::mailto;
/// let link = mailto("support@example.com", "Refresh: A → B", "Line 1\nLine 2");
/// assert_eq!(link.href, "mailto:support@example.com?subject=Refresh%3A%20A%20%E2%86%92%20B&body=Line%201%0D%0ALine%202");
/// assert!(!link.shortened);
/// ```
pub fn mailto(address: &str, subject: &str, body: &str) -> Link {
    let start = format!(
        "mailto:{}?subject={}&body=",
        utf8_percent_encode(address, ADDRESS),
        encode(subject)
    );
    let crlf = |text: &str| encode(&text.replace("\r\n", "\n").replace('\n', "\r\n"));
    fit(start, "", &crlf(body), &crlf(PASTE_LINE))
}

/// The policy's new-request URL `template` with `{subject}` and `{body}`
/// filled in, percent-encoded; with [`PASTE_LINE`] for the body when the
/// whole would pass [`LINK_LIMIT`]. The template was checked by the policy
/// loader (`https://`, at least one placeholder).
///
/// # Example
/// ```
/// use refresh_request_core::handoff::request_form;
/// let link = request_form("https://help.example.com/new?subject={subject}&description={body}", "A & B", "x=1");
/// assert_eq!(link.href, "https://help.example.com/new?subject=A%20%26%20B&description=x%3D1");
/// ```
pub fn request_form(template: &str, subject: &str, body: &str) -> Link {
    // The subject first: once encoded, its own braces cannot read as "{body}".
    let filled = template.replace("{subject}", &encode(subject));
    match filled.split_once("{body}") {
        Some((head, tail)) => fit(head.to_string(), tail, &encode(body), &encode(PASTE_LINE)),
        None => Link {
            href: filled,
            shortened: false,
        },
    }
}

/// `start + body + end` (every further `{body}` in `end` filled too), or
/// with `short` for the body when that passes [`LINK_LIMIT`].
fn fit(start: String, end: &str, body: &str, short: &str) -> Link {
    let whole = format!("{start}{body}{}", end.replace("{body}", body));
    if whole.len() <= LINK_LIMIT {
        return Link {
            href: whole,
            shortened: false,
        };
    }
    Link {
        href: format!("{start}{short}{}", end.replace("{body}", short)),
        shortened: true,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const TEMPLATE: &str =
        "https://help.example.com/hc/en-us/requests/new?ticket_form_id=360&tf_subject={subject}&tf_description={body}";

    #[test]
    fn mailto_carries_the_subject_and_the_body() {
        let link = mailto(
            "support@example.com",
            "Database refresh: ABCD_prod → ABCD_test, Wed 9 Oct 2024 02:00 UTC",
            "Source: ABCD_prod\nChecklist:\n  [x] 50% & more; #1 ok?\n",
        );
        insta::assert_snapshot!(link.href, @"mailto:support@example.com?subject=Database%20refresh%3A%20ABCD_prod%20%E2%86%92%20ABCD_test%2C%20Wed%209%20Oct%202024%2002%3A00%20UTC&body=Source%3A%20ABCD_prod%0D%0AChecklist%3A%0D%0A%20%20%5Bx%5D%2050%25%20%26%20more%3B%20%231%20ok%3F%0D%0A");
        assert!(!link.shortened);
    }

    #[test]
    fn a_long_body_is_left_out_of_the_mailto_link() {
        let body = "Window 1: Wed 9 Oct 2024 02:00–04:00 UTC\n".repeat(60);
        let link = mailto("support@example.com", "Database refresh: A → B", &body);
        assert!(link.shortened);
        assert!(link.href.len() <= LINK_LIMIT);
        insta::assert_snapshot!(link.href, @"mailto:support@example.com?subject=Database%20refresh%3A%20A%20%E2%86%92%20B&body=Paste%20the%20ticket%20from%20the%20refresh%20request%20form%20here%3A%20it%20was%20too%20long%20to%20fit%20in%20this%20link.");
        // Just under the limit, the body is kept whole.
        let start = mailto("support@example.com", "S", "").href.len();
        let fits = "a".repeat(LINK_LIMIT - start);
        assert!(!mailto("support@example.com", "S", &fits).shortened);
        assert!(mailto("support@example.com", "S", &(fits + "a")).shortened);
    }

    #[test]
    fn the_request_form_is_filled_in_percent_encoded() {
        let link = request_form(TEMPLATE, "Refresh: A → B, now", "Line 1\nx=1&y=2 #3 {body}");
        insta::assert_snapshot!(link.href, @"https://help.example.com/hc/en-us/requests/new?ticket_form_id=360&tf_subject=Refresh%3A%20A%20%E2%86%92%20B%2C%20now&tf_description=Line%201%0Ax%3D1%26y%3D2%20%233%20%7Bbody%7D");
        assert!(!link.shortened);
        // Only the subject: nothing to shorten.
        let only = request_form("https://help.example.com/new#s={subject}", "{body}", "x");
        assert_eq!(only.href, "https://help.example.com/new#s=%7Bbody%7D");
    }

    #[test]
    fn a_long_body_is_left_out_of_the_request_form_link() {
        let body = "é".repeat(1000);
        let link = request_form(TEMPLATE, "S", &body);
        assert!(link.shortened);
        assert!(link
            .href
            .ends_with(&format!("tf_description={}", encode(PASTE_LINE))));
        assert!(link.href.contains("tf_subject=S&"));
    }
}
