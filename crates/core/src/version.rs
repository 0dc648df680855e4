//! Release versions with a patch, as Clarity writes them: `16.2.1 Patch 3`,
//! `16.2.1 P 3`, `v16.02.1.3` all name the same build.

use std::fmt;

/// A release (up to three numbers) and a patch number.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Release {
    /// Major, minor, point (missing parts are 0).
    pub release: [u32; 3],
    /// Patch (0 when none is given).
    pub patch: u32,
}

impl fmt::Display for Release {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let [a, b, c] = self.release;
        write!(f, "{a}.{b}.{c} Patch {}", self.patch)
    }
}

fn number(s: &str) -> Option<u32> {
    if s.is_empty() || s.len() > 9 || !s.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    s.parse().ok()
}

/// Reads a release version: trimmed, any case, an optional leading `v`;
/// `Patch N`, `P N`, `PN` or a fourth dotted number give the patch; leading
/// zeros are ignored. `None` when it is not a version.
///
/// # Example
/// ```
/// use refresh_request_core::version::parse_release;
/// assert_eq!(parse_release("16.02.1 patch 3"), parse_release("16.2.1.3"));
/// assert_eq!(parse_release("sixteen"), None);
/// ```
pub fn parse_release(text: &str) -> Option<Release> {
    let s = crate::case::lowercase(text.trim());
    let s = s.strip_prefix('v').unwrap_or(&s).trim_start();
    // Split the dotted part from an optional patch suffix.
    let (dotted, suffix) = match s.find(|c: char| !(c.is_ascii_digit() || c == '.')) {
        Some(i) => (&s[..i], s[i..].trim()),
        None => (s, ""),
    };
    let mut nums = [0; 4];
    let mut count = 0;
    for part in dotted.trim_end().split('.') {
        *nums.get_mut(count)? = number(part)?;
        count += 1;
    }
    let mut patch = (count == 4).then_some(nums[3]);
    if !suffix.is_empty() {
        if patch.is_some() {
            return None;
        }
        let rest = suffix
            .strip_prefix("patch")
            .or_else(|| suffix.strip_prefix('p'))?
            .trim_start_matches(['.', ' ', '-', '_']);
        patch = Some(number(rest.trim())?);
    }
    Some(Release {
        release: [nums[0], nums[1], nums[2]],
        patch: patch.unwrap_or(0),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_spellings_the_spec_names_are_equal() {
        let want = parse_release("16.2.1.3").expect("parses");
        for s in [
            "16.2.1 Patch 3",
            "16.2.1 patch 3",
            "16.2.1 P 3",
            "16.2.1 p3",
            "16.02.1 patch 3",
            "v16.2.1.3",
            "V16.2.1 Patch 03",
            "  16.2.1.3  ",
            "16.2.1 Patch.3",
            // No-break spaces, pasted from a document.
            "16.2.1\u{a0}Patch\u{a0}3",
        ] {
            assert_eq!(parse_release(s), Some(want), "{s}");
        }
        assert_eq!(want.to_string(), "16.2.1 Patch 3");
    }

    #[test]
    fn different_builds_differ() {
        assert_ne!(
            parse_release("16.2.1 Patch 3"),
            parse_release("16.2.1 Patch 4")
        );
        assert_ne!(parse_release("16.2.1"), parse_release("16.2.2"));
        assert_eq!(parse_release("16.2"), parse_release("16.2.0 Patch 0"));
    }

    proptest::proptest! {
        #[test]
        fn case_does_not_matter(
            text in proptest::prop_oneof![
                // Versions, mostly readable ones…
                " ?[vV]? ?[0-9]{1,3}(\\.[0-9]{0,3}){0,4} ?([pP]([aA][tT][cC][hH])?[ ._-]?[0-9]{0,3})? ?",
                // …and any mix of their characters.
                "[ vV0-9.pPaAtTcChH_\\-é]{0,24}",
            ],
        ) {
            proptest::prop_assert_eq!(parse_release(&text.to_uppercase()), parse_release(&text.to_lowercase()));
        }
    }

    #[test]
    fn numbers_have_at_most_nine_digits() {
        let nine = Release {
            release: [123_456_789, 0, 1],
            patch: 987_654_321,
        };
        assert_eq!(parse_release("123456789.0.1 Patch 987654321"), Some(nine));
        assert_eq!(parse_release("123456789.0.1.987654321"), Some(nine));
        // Ten digits are refused even where they would fit in a u32.
        for s in [
            "1234567890.0.1",
            "16.2.1.1234567890",
            "16.2.1 Patch 1234567890",
        ] {
            assert_eq!(parse_release(s), None, "{s}");
        }
    }

    proptest::proptest! {
        /// Every part and the patch: up to nine digits read (leading zeros
        /// too), ten or more refused.
        #[test]
        fn nine_digits_is_the_edge(digits in "[0-9]{1,12}", place in 0usize..5) {
            let mut parts = ["16", "2", "1", "3"].map(String::from);
            let text = if place < 4 {
                parts[place] = digits.clone();
                parts.join(".")
            } else {
                format!("16.2.1 Patch {digits}")
            };
            proptest::prop_assert_eq!(parse_release(&text).is_some(), digits.len() <= 9, "{}", text);
        }
    }

    #[test]
    fn a_patch_is_digits_only() {
        for s in [
            "16.2.1 Patch +3",
            "16.2.1 p+3",
            "16.2.1 P 3a",
            "16.2.1 Patch 0x3",
        ] {
            assert_eq!(parse_release(s), None, "{s}");
        }
        assert_eq!(parse_release("16.2.1 Patch -3"), parse_release("16.2.1.3"));
    }

    #[test]
    fn unreadable() {
        for s in [
            "",
            "sixteen",
            "16..1",
            "16.2.1.3.4",
            "16.2.1.3 Patch 4",
            "16.2.1 hotfix",
            "v",
            "16.2.1 Patch",
            "1e3",
        ] {
            assert_eq!(parse_release(s), None, "{s}");
        }
    }
}
