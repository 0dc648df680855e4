//! Lower-casing and case-insensitive comparison for the scripts people name
//! environments and write labels in: Latin, Greek and Cyrillic.
//!
//! `str::to_lowercase` covers all of Unicode: its tables and special cases
//! weighed ~16 KB of raw wasm (5.3 KB brotli) on the first load, while the
//! page only compares environment names and versions and lower-cases
//! labels. This module folds by a short table of offsets instead,
//! exhaustively tested against std over the blocks it covers:
//!
//! - Basic Latin, Latin-1 Supplement, Latin Extended-A (U+0000–U+017F);
//! - Latin Extended-B from U+01F8 to U+0233 (Romanian Ș Ț, among others);
//! - Greek and Coptic (U+0370–U+03FF);
//! - Cyrillic and Cyrillic Supplement (U+0400–U+052F);
//! - Latin Extended Additional (U+1E00–U+1EFF, Vietnamese among others).
//!
//! The trade-off (DESIGN.md "Size"): a character outside these blocks is
//! left as it is, so it compares exactly; `İ` (whose lower case is two
//! characters) stays `İ`; and `Σ` always becomes `σ`, never the word-final
//! `ς` (comparisons treat `ς` and `σ` as the same letter).

/// `(first, last, offset, step)`: every `step`-th character from `first` to
/// `last` lower-cases to itself plus `offset`. Sorted by `first`. Step 2 is
/// the alternating upper/lower pairs of Latin Extended-A, Cyrillic, …
const RULES: &[(u16, u16, i16, u8)] = &[
    (0x00C0, 0x00D6, 32, 1),
    (0x00D8, 0x00DE, 32, 1),
    (0x0100, 0x012E, 1, 2),
    (0x0132, 0x0136, 1, 2),
    (0x0139, 0x0147, 1, 2),
    (0x014A, 0x0176, 1, 2),
    (0x0178, 0x0178, -121, 1),
    (0x0179, 0x017D, 1, 2),
    (0x01F8, 0x021E, 1, 2),
    (0x0220, 0x0220, -130, 1),
    (0x0222, 0x0232, 1, 2),
    (0x0370, 0x0372, 1, 2),
    (0x0376, 0x0376, 1, 1),
    (0x037F, 0x037F, 116, 1),
    (0x0386, 0x0386, 38, 1),
    (0x0388, 0x038A, 37, 1),
    (0x038C, 0x038C, 64, 1),
    (0x038E, 0x038F, 63, 1),
    (0x0391, 0x03A1, 32, 1),
    (0x03A3, 0x03AB, 32, 1),
    (0x03CF, 0x03CF, 8, 1),
    (0x03D8, 0x03EE, 1, 2),
    (0x03F4, 0x03F4, -60, 1),
    (0x03F7, 0x03F7, 1, 1),
    (0x03F9, 0x03F9, -7, 1),
    (0x03FA, 0x03FA, 1, 1),
    (0x03FD, 0x03FF, -130, 1),
    (0x0400, 0x040F, 80, 1),
    (0x0410, 0x042F, 32, 1),
    (0x0460, 0x0480, 1, 2),
    (0x048A, 0x04BE, 1, 2),
    (0x04C0, 0x04C0, 15, 1),
    (0x04C1, 0x04CD, 1, 2),
    (0x04D0, 0x052E, 1, 2),
    (0x1E00, 0x1E94, 1, 2),
    (0x1E9E, 0x1E9E, -7615, 1),
    (0x1EA0, 0x1EFE, 1, 2),
];

/// The lower case of `c` in the covered blocks; any other character as it is.
///
/// # Example
/// ```
/// use refresh_request::case_fold::lower_char;
/// assert_eq!(lower_char('Ж'), 'ж');
/// assert_eq!(lower_char('Ș'), 'ș');
/// assert_eq!(lower_char('Ⰰ'), 'Ⰰ'); // Glagolitic: not covered, left as it is
/// ```
pub fn lower_char(c: char) -> char {
    if c.is_ascii() {
        return c.to_ascii_lowercase();
    }
    let Ok(u) = u16::try_from(u32::from(c)) else {
        return c;
    };
    let after = RULES.partition_point(|r| r.0 <= u);
    let Some(&(first, last, offset, step)) = after.checked_sub(1).map(|i| &RULES[i]) else {
        return c;
    };
    if u > last || (u - first) % u16::from(step) != 0 {
        return c;
    }
    char::from_u32(u32::from(u).wrapping_add_signed(i32::from(offset))).unwrap_or(c)
}

/// `s` lower-cased character by character ([`lower_char`]).
///
/// # Example
/// ```
/// use refresh_request::case_fold::lowercase;
/// assert_eq!(lowercase("Source Environment / ΒΆΣΗ"), "source environment / βάση");
/// ```
pub fn lowercase(s: &str) -> String {
    s.chars().map(lower_char).collect()
}

/// A label as it reads inside a sentence: each word lower-cased
/// ([`lower_char`]) except acronyms, words of two or more characters that
/// are all capitals ("URL", "ERP"), which a reader expects to stay as they
/// are. Words are what lies between ASCII spaces and punctuation.
///
/// # Example
/// ```
/// use refresh_request::case_fold::in_sentence;
/// assert_eq!(in_sentence("Source environment URL"), "source environment URL");
/// assert_eq!(in_sentence("Target Environment / Database Name"), "target environment / database name");
/// assert_eq!(in_sentence("A ΒΆΣΗ"), "a ΒΆΣΗ");
/// ```
pub fn in_sentence(label: &str) -> String {
    let mut out = String::with_capacity(label.len());
    let mut start = 0;
    // A space after the end closes the last word.
    for (i, c) in label.char_indices().chain([(label.len(), ' ')]) {
        if !(c.is_ascii_whitespace() || c.is_ascii_punctuation()) {
            continue;
        }
        let word = label.get(start..i).unwrap_or_default();
        if word.chars().nth(1).is_some() && word.chars().all(|c| lower_char(c) != c) {
            out.push_str(word);
        } else {
            out.extend(word.chars().map(lower_char));
        }
        if i < label.len() {
            out.push(c);
        }
        start = i + 1;
    }
    out
}

/// Whether `a` and `b` are equal ignoring case in the covered blocks (and
/// treating the word-final `ς` as `σ`).
///
/// # Example
/// ```
/// use refresh_request::case_fold::eq_ignore_case;
/// assert!(eq_ignore_case("ABCD_Prod", "abcd_prod"));
/// assert!(eq_ignore_case("ΟΔΟΣ", "οδος"));
/// assert!(!eq_ignore_case("abc", "abcd"));
/// ```
pub fn eq_ignore_case(a: &str, b: &str) -> bool {
    let fold = |c: char| match lower_char(c) {
        'ς' => 'σ',
        l => l,
    };
    a.chars().map(fold).eq(b.chars().map(fold))
}

/// Whether `a` and `b` are equal once lower-cased: `lowercase(a) ==
/// lowercase(b)` without making either copy. Unlike [`eq_ignore_case`], the
/// word-final `ς` and `σ` stay different letters (the URL rules compare so).
///
/// # Example
/// ```
/// use refresh_request::case_fold::eq_lowercased;
/// assert!(eq_lowercased("Acme.Example.COM", "acme.example.com"));
/// assert!(!eq_lowercased("οδος", "οδοσ"));
/// ```
pub fn eq_lowercased(a: &str, b: &str) -> bool {
    a.chars().map(lower_char).eq(b.chars().map(lower_char))
}

/// `s` without a leading `prefix`, compared ignoring ASCII case (`prefix` is
/// ASCII: a URL scheme, a word like `patch`).
///
/// # Example
/// ```
/// use refresh_request::case_fold::strip_prefix_ascii;
/// assert_eq!(strip_prefix_ascii("HTTPS://a.example", "https://"), Some("a.example"));
/// assert_eq!(strip_prefix_ascii("P3", "patch"), None);
/// assert_eq!(strip_prefix_ascii("é", "e"), None);
/// ```
pub fn strip_prefix_ascii<'a>(s: &'a str, prefix: &str) -> Option<&'a str> {
    s.get(..prefix.len())
        .filter(|head| head.eq_ignore_ascii_case(prefix))
        .map(|_| &s[prefix.len()..])
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    /// The blocks the module promises to fold exactly like std.
    const COVERED: &[(u32, u32)] = &[
        (0x0000, 0x017F),
        (0x01F8, 0x0233),
        (0x0370, 0x03FF),
        (0x0400, 0x052F),
        (0x1E00, 0x1EFF),
    ];

    fn covered(c: char) -> bool {
        COVERED
            .iter()
            .any(|&(lo, hi)| (lo..=hi).contains(&u32::from(c)))
    }

    /// std's lower case of `c` when it is one character.
    fn std_lower(c: char) -> Option<char> {
        let mut l = c.to_lowercase();
        match (l.next(), l.next()) {
            (Some(one), None) => Some(one),
            _ => None,
        }
    }

    #[test]
    fn every_character_folds_like_std_inside_the_blocks_and_stays_outside() {
        for c in (0..=0x10FFFF).filter_map(char::from_u32) {
            let expected = match std_lower(c) {
                Some(l) if covered(c) => l,
                _ => c,
            };
            assert_eq!(lower_char(c), expected, "U+{:04X}", u32::from(c));
        }
    }

    #[test]
    fn the_one_multi_character_lower_case_in_the_blocks_is_left_alone() {
        let multi: Vec<char> = COVERED
            .iter()
            .flat_map(|&(lo, hi)| lo..=hi)
            .filter_map(char::from_u32)
            .filter(|c| std_lower(*c).is_none())
            .collect();
        assert_eq!(multi, ['İ']);
        assert_eq!(lower_char('İ'), 'İ');
    }

    #[test]
    fn rules_are_sorted_and_disjoint() {
        for w in RULES.windows(2) {
            assert!(w[0].0 <= w[0].1 && w[0].1 < w[1].0, "{w:?}");
        }
    }

    #[test]
    fn final_sigma_is_the_documented_difference() {
        assert_eq!("ΟΔΟΣ".to_lowercase(), "οδος");
        assert_eq!(lowercase("ΟΔΟΣ"), "οδοσ");
        assert!(eq_ignore_case("ΟΔΟΣ", "οδος"));
        assert!(eq_ignore_case("οδοσ", "οδος"));
    }

    /// Characters of the covered blocks, without `Σ` (word-final in std) and `İ`.
    fn covered_char() -> impl Strategy<Value = char> {
        prop_oneof![
            0x20u32..0x17F,
            0x01F8u32..0x0234,
            0x0370u32..0x0400,
            0x0400u32..0x0530,
            0x1E00u32..0x1F00,
        ]
        .prop_filter_map("a character", char::from_u32)
        .prop_filter("not Σ or İ", |c| !matches!(c, 'Σ' | 'İ'))
    }

    proptest! {
        #[test]
        fn lowercase_matches_std_on_covered_text(s in proptest::collection::vec(covered_char(), 0..40)) {
            let s: String = s.into_iter().collect();
            prop_assert_eq!(lowercase(&s), s.to_lowercase());
        }

        #[test]
        fn comparison_matches_std_lowercase_equality(
            a in proptest::collection::vec(covered_char(), 0..8),
            upper in proptest::collection::vec(any::<bool>(), 8),
        ) {
            let a: String = a.into_iter().collect();
            // The same text with some characters upper-cased (where std has one).
            let b: String = a
                .chars()
                .zip(upper.iter().cycle())
                .map(|(c, &up)| {
                    let mut u = c.to_uppercase();
                    match (up, u.next(), u.next()) {
                        (true, Some(one), None) if covered(one) && one != 'Σ' && one != 'İ' => one,
                        _ => c,
                    }
                })
                .collect();
            prop_assert_eq!(eq_ignore_case(&a, &b), a.to_lowercase() == b.to_lowercase());
        }

        #[test]
        fn anything_compares_equal_to_itself(s in ".*") {
            prop_assert!(eq_ignore_case(&s, &s));
        }
    }

    #[test]
    fn in_sentence_keeps_acronyms_and_lower_cases_other_words() {
        for (label, expected) in [
            ("Source environment URL", "source environment URL"),
            ("Destination environment URL", "destination environment URL"),
            (
                "Source environment / database name",
                "source environment / database name",
            ),
            (
                "Target Environment / Database Name",
                "target environment / database name",
            ),
            ("ERP (SAP) system ID", "ERP (SAP) system ID"),
            ("URL", "URL"),
            ("A", "a"),
            ("Ärger-Ü OK", "ärger-ü OK"),
            ("", ""),
        ] {
            assert_eq!(in_sentence(label), expected, "{label:?}");
        }
    }

    proptest! {
        #[test]
        fn in_sentence_only_keeps_some_capitals(label in "\\PC{0,40}") {
            let out = in_sentence(&label);
            prop_assert_eq!(out.chars().count(), label.chars().count());
            prop_assert_eq!(lowercase(&out), lowercase(&label));
        }
    }
}
