//! Lower-casing, for comparing what someone typed up to case (versions, URLs, environment
//! names, a misspelt policy key) and for a label inside an English sentence.
//!
//! Natively [`lowercase`] is std's `str::to_lowercase`. The page's wasm leaves std's
//! case tables out (1.7 KB brotli of its first load) and is given the browser's
//! `String.prototype.toLowerCase` instead ([`lowercase_with`], before anything is checked),
//! which maps by the same Unicode rules (final sigma included). ASCII text, nearly everything
//! typed into the form, is lower-cased by std's ASCII mapping on both sides without a
//! call into JavaScript: for ASCII the two mappings are the same.

#[cfg(target_arch = "wasm32")]
static GIVEN: std::sync::OnceLock<fn(&str) -> String> = std::sync::OnceLock::new();

/// Has [`lowercase`] map non-ASCII text with `lower` in the wasm (the page passes the
/// browser's `toLowerCase`; a second call keeps the first). Natively std's own mapping is
/// always used, and this does nothing.
pub fn lowercase_with(lower: fn(&str) -> String) {
    #[cfg(target_arch = "wasm32")]
    let _ = GIVEN.set(lower);
    #[cfg(not(target_arch = "wasm32"))]
    let _ = lower;
}

/// `text` lower-cased by Unicode's default case mapping.
///
/// # Example
/// ```
/// use refresh_request_core::case::lowercase;
/// assert_eq!(lowercase("Source URL"), "source url");
/// assert_eq!(lowercase("ÄRZTE-DB ΟΔΌΣ"), "ärzte-db οδός");
/// ```
pub fn lowercase(text: &str) -> String {
    if text.is_ascii() {
        return text.to_ascii_lowercase();
    }
    #[cfg(target_arch = "wasm32")]
    return match GIVEN.get() {
        Some(lower) => lower(text),
        // Never in the page, which gives its mapping before it checks anything: ASCII
        // letters lower-cased, others as written.
        None => text.to_ascii_lowercase(),
    };
    #[cfg(not(target_arch = "wasm32"))]
    text.to_lowercase()
}

/// Appends `text` lower-cased to `out`, as [`lowercase`] maps it; ASCII text is mapped in
/// `out` itself, without a string of its own.
pub fn push_lowercase(out: &mut String, text: &str) {
    if text.is_ascii() {
        let from = out.len();
        out.push_str(text);
        out[from..].make_ascii_lowercase();
    } else {
        out.push_str(&lowercase(text));
    }
}

#[cfg(test)]
mod tests {
    use super::{lowercase, push_lowercase};

    proptest::proptest! {
        /// The same as std's mapping, ASCII or not (the wasm's ASCII path and the native one).
        #[test]
        fn as_std_maps(text in "\\PC{0,24}") {
            proptest::prop_assert_eq!(lowercase(&text), text.to_lowercase());
        }

        /// Appending maps the appended text as [`lowercase`] does, and leaves what was there.
        #[test]
        fn appends_as_lowercase_maps(before in "\\PC{0,8}", text in "\\PC{0,24}") {
            let mut out = before.clone();
            push_lowercase(&mut out, &text);
            proptest::prop_assert_eq!(out, before + &lowercase(&text));
        }
    }
}
