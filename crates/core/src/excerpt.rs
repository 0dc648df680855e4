//! How a message quotes what someone gave: trimmed, and cut short when long,
//! so a 1 MB paste cannot flood the page, the ticket's refusal or a log.

/// The most characters of a quote; longer text is cut there and ends in `…`.
pub const MAX_CHARS: usize = 40;

/// Shortens long user text inside messages so a 1 MB paste cannot flood the page.
///
/// # Example
/// ```
/// use refresh_request_core::excerpt::excerpt;
/// assert_eq!(excerpt("  ABCD_prod "), "ABCD_prod");
/// assert_eq!(excerpt(&"é".repeat(50)), format!("{}…", "é".repeat(40)));
/// ```
pub fn excerpt(text: &str) -> String {
    let trimmed = text.trim();
    if trimmed.chars().count() <= MAX_CHARS {
        trimmed.to_string()
    } else {
        let head: String = trimmed.chars().take(MAX_CHARS).collect();
        format!("{head}…")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_quote_keeps_up_to_forty_characters_and_marks_a_cut() {
        let forty = "x".repeat(MAX_CHARS);
        assert_eq!(excerpt(&forty), forty);
        assert_eq!(excerpt(&format!(" {forty}y ")), format!("{forty}…"));
        assert_eq!(
            excerpt(&"x".repeat(1_000_000)).chars().count(),
            MAX_CHARS + 1
        );
        assert_eq!(excerpt(" \n "), "");
    }
}
