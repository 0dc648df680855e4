//! Characters a reader cannot see, made visible in what the vendor's desk
//! reads (the subject, every ticket format, the calendar invite).
//!
//! A bidi override turns `PROD`, U+202E, `→ TEST` round on screen; a zero-width space
//! makes two names look the same. The form keeps the customer's text as
//! typed: only what leaves it for the desk shows each such character as its
//! code point, `[U+202E]`, so the reader sees that something is there.

use std::borrow::Cow;

/// The invisible format characters: the one definition of the set.
///
/// Zero-width joiner and non-joiner (U+200C, U+200D) are left alone: they
/// shape Persian and Indic words and build emoji, and change nothing's order.
const INVISIBLE: &[(char, char)] = &[
    ('\u{00AD}', '\u{00AD}'),   // soft hyphen
    ('\u{061C}', '\u{061C}'),   // Arabic letter mark
    ('\u{180E}', '\u{180E}'),   // Mongolian vowel separator
    ('\u{200B}', '\u{200B}'),   // zero-width space
    ('\u{200E}', '\u{200F}'),   // left-to-right and right-to-left marks
    ('\u{202A}', '\u{202E}'),   // bidi embeddings and overrides
    ('\u{2060}', '\u{2064}'),   // word joiner, invisible operators
    ('\u{2066}', '\u{2069}'),   // bidi isolates
    ('\u{206A}', '\u{206F}'),   // deprecated format characters
    ('\u{FEFF}', '\u{FEFF}'),   // zero-width no-break space (byte-order mark)
    ('\u{FFF9}', '\u{FFFB}'),   // interlinear annotation
    ('\u{E0000}', '\u{E007F}'), // tags (hidden ASCII)
];

/// Whether `c` is one of the invisible format characters.
pub fn is_invisible(c: char) -> bool {
    // The ranges are in order: most text is below the first, and is done with one comparison.
    c >= INVISIBLE[0].0 && INVISIBLE.iter().any(|&(lo, hi)| (lo..=hi).contains(&c))
}

/// `text` with each invisible format character written as its code point,
/// `[U+202E]` (the text itself when it has none).
///
/// # Example
/// ```
/// use refresh_request_core::visible::reveal;
/// assert_eq!(reveal("PROD\u{202E} → TEST"), "PROD[U+202E] → TEST");
/// assert_eq!(reveal("PROD → TEST"), "PROD → TEST");
/// ```
pub fn reveal(text: &str) -> Cow<'_, str> {
    replace(text, |c, out| {
        out.push_str(&format!("[U+{:04X}]", u32::from(c)))
    })
}

/// JSON text with each invisible character inside its strings written as a
/// `\uXXXX` escape: visible to whoever reads the file, and the same string
/// to whatever parses it. (Outside strings, JSON holds only ASCII.)
pub fn reveal_json(json: &str) -> Cow<'_, str> {
    replace(json, |c, out| {
        for unit in c.encode_utf16(&mut [0; 2]) {
            out.push_str(&format!("\\u{unit:04x}"));
        }
    })
}

fn replace(text: &str, mut write: impl FnMut(char, &mut String)) -> Cow<'_, str> {
    if !text.chars().any(is_invisible) {
        return Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len() + 16);
    for c in text.chars() {
        if is_invisible(c) {
            write(c, &mut out);
        } else {
            out.push(c);
        }
    }
    Cow::Owned(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_bidi_control_is_shown() {
        for c in ('\u{202A}'..='\u{202E}').chain('\u{2066}'..='\u{2069}') {
            let shown = reveal(&format!("A{c}B")).into_owned();
            assert_eq!(shown, format!("A[U+{:04X}]B", u32::from(c)));
        }
        assert_eq!(reveal("a\u{E0041}b"), "a[U+E0041]b");
        // Joiners that build emoji and words are kept.
        assert_eq!(reveal("👩\u{200D}💻"), "👩\u{200D}💻");
    }

    #[test]
    fn every_character_of_the_set_is_shown() {
        for &(lo, hi) in INVISIBLE {
            for c in lo..=hi {
                assert!(is_invisible(c), "U+{:04X}", u32::from(c));
            }
        }
        assert!(!is_invisible('\u{AC}') && !is_invisible('a'));
    }

    #[test]
    fn json_escapes_read_back_as_the_same_string() {
        let value = serde_json::json!({"source": "PROD\u{202E} → TEST\u{E0041}"});
        let text = serde_json::to_string(&value).unwrap_or_default();
        let shown = reveal_json(&text);
        assert!(!shown.chars().any(is_invisible), "{shown}");
        assert!(shown.contains("\\u202e"), "{shown}");
        let back: serde_json::Value = serde_json::from_str(&shown).unwrap_or_default();
        assert_eq!(back, value);
    }
}
