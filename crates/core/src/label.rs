//! How a field's label, and a number, read inside a message.

/// A label as it reads inside a sentence: each word lower-cased except
/// acronyms, words of two or more characters that are all capitals ("URL",
/// "ERP"), which a reader expects to stay as they are. Words are what lies
/// between ASCII spaces and punctuation.
///
/// # Example
/// ```
/// use refresh_request_core::label::in_sentence;
/// assert_eq!(in_sentence("Source environment URL"), "source environment URL");
/// assert_eq!(in_sentence("Target Environment / Database Name"), "target environment / database name");
/// assert_eq!(in_sentence("A ΒΆΣΗ"), "a ΒΆΣΗ");
/// ```
pub fn in_sentence(label: &str) -> String {
    // One string for the whole label: a message names a label on every check of a blank form.
    let mut out = String::with_capacity(label.len());
    for piece in
        label.split_inclusive(|c: char| c.is_ascii_whitespace() || c.is_ascii_punctuation())
    {
        let word =
            piece.trim_end_matches(|c: char| c.is_ascii_whitespace() || c.is_ascii_punctuation());
        let acronym = word.chars().nth(1).is_some() && word.chars().all(char::is_uppercase);
        if acronym {
            out.push_str(piece);
        } else {
            crate::case::push_lowercase(&mut out, piece);
        }
    }
    out
}

/// A count as a message writes it, with thousands separated by commas.
///
/// # Example
/// ```
/// use refresh_request_core::label::thousands;
/// assert_eq!(thousands(1_048_576), "1,048,576");
/// assert_eq!(thousands(999), "999");
/// ```
pub fn thousands(n: usize) -> String {
    let digits = n.to_string();
    let mut out = String::with_capacity(digits.len() + digits.len() / 3);
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(c);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn labels_read_as_in_a_sentence() {
        let cases = [
            ("Source environment URL", "source environment URL"),
            ("Source URL (https)", "source URL (https)"),
            ("ERP/CRM name", "ERP/CRM name"),
            ("A", "a"),
            ("Ab", "ab"),
            ("Σ Environment", "σ environment"),
            ("ΟΔΟΣ name", "ΟΔΟΣ name"),
            ("Schema version (V2)", "schema version (v2)"),
            ("", ""),
        ];
        for (label, expected) in cases {
            assert_eq!(in_sentence(label), expected, "{label}");
        }
    }

    proptest! {
        #[test]
        fn only_the_case_of_words_changes(label in "\\PC{0,40}") {
            let out = in_sentence(&label);
            prop_assert_eq!(out.to_lowercase(), label.to_lowercase());
        }
    }
}
