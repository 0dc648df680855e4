//! Which lines of a ticket's readable part differ from what its carried
//! request renders: the desk re-renders the ticket with the same code that
//! wrote it ([`super::carried::export`]) and compares line by line.
//!
//! The comparison forgives what happens to a ticket on its way: line ends,
//! `> ` quoting, indentation and spacing, blank lines, text before and after the
//! ticket (a help center's header, a signature), and lines a mail client
//! wrapped (pieces are joined back when together they make a written line).

use super::carried::{BEGIN, END};
use similar::{capture_diff_slices, Algorithm, DiffOp};
use std::borrow::Cow;
use std::collections::HashSet;
use std::ops::Range;

/// One line that differs.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize)]
pub struct Edit {
    /// The line's number in the ticket as written (1-based); for a line
    /// added, the number of the written line it follows.
    pub line: usize,
    /// The line as the carried request renders it; `None`: a line was added.
    pub written: Option<String>,
    /// The line as it arrived; `None`: the written line is missing.
    pub received: Option<String>,
}

/// A line as shown: without its quote marks and outer spaces.
fn shown(line: &str) -> &str {
    let mut rest = line.trim();
    while let Some(r) = rest.strip_prefix('>') {
        rest = r.trim_start();
    }
    rest
}

/// Whether `c` is kept in a line's key: no spaces and no `>` at all. Mail
/// moves both (it quotes, indents, and wraps a line just before a `>`,
/// which then reads as a quote mark), and no edit that matters changes only them.
fn in_key(c: char) -> bool {
    !c.is_whitespace() && c != '>'
}

/// A line of one side: its number (1-based), how it is shown, and where
/// its key (how it compares) is in the side's [`Side::keys`].
struct Line<'t> {
    number: usize,
    shown: Cow<'t, str>,
    key: Range<usize>,
}

/// One side's lines, their keys written one after another in one string:
/// the keys of consecutive lines are adjacent, so a run of lines joined
/// back together is one range of it.
struct Side<'t> {
    lines: Vec<Line<'t>>,
    keys: String,
}

impl Side<'_> {
    fn key(&self, line: &Line<'_>) -> &str {
        &self.keys[line.key.clone()]
    }
}

/// The lines outside the data block (from a line holding its first marker
/// to one holding its last), each with its index: what is compared.
fn outside_data(text: &str) -> impl Iterator<Item = (usize, &str)> {
    let mut inside = false;
    let (mut begin, mut end) = (Marker::new(BEGIN), Marker::new(END));
    text.lines().enumerate().filter(move |(_, line)| {
        // Where the line is in `text` (`lines` gives slices of it).
        let start = line.as_ptr() as usize - text.as_ptr() as usize;
        let span = start..start + line.len();
        if begin.within(text, &span) {
            inside = true;
        }
        let outside = !inside;
        if inside && end.within(text, &span) {
            inside = false;
        }
        outside
    })
}

/// A marker's next place in a text, searched for once rather than in every
/// line (each substring search has a set-up cost).
struct Marker {
    marker: &'static str,
    /// Not searched yet; then the first place at or after the last search's
    /// start where the marker starts (`None`: nowhere).
    next: Option<Option<usize>>,
}

impl Marker {
    fn new(marker: &'static str) -> Self {
        Marker { marker, next: None }
    }

    /// Whether the line at `span` of `text` holds the marker. The spans
    /// asked about only move forward; a marker holds no line end, so one
    /// that starts in a line ends in it.
    fn within(&mut self, text: &str, span: &Range<usize>) -> bool {
        let next = match self.next {
            Some(next) if next.is_none_or(|at| at >= span.start) => next,
            _ => {
                let next = text[span.start..]
                    .find(self.marker)
                    .map(|at| span.start + at);
                self.next = Some(next);
                next
            }
        };
        next.is_some_and(|at| span.contains(&at))
    }
}

/// The lines outside the data block; blank lines say nothing and are left out.
fn readable(text: &str) -> Side<'_> {
    let mut side = Side {
        lines: Vec::new(),
        keys: String::with_capacity(text.len()),
    };
    for (i, line) in outside_data(text) {
        let start = side.keys.len();
        side.keys.extend(line.chars().filter(|&c| in_key(c)));
        if side.keys.len() > start {
            side.lines.push(Line {
                number: i + 1,
                shown: Cow::Borrowed(shown(line)),
                key: start..side.keys.len(),
            });
        }
    }
    side
}

/// The received lines, with wrapped pieces joined back into the written
/// line they make.
fn unwrapped<'t>(received: Side<'t>, written: &HashSet<&str>, longest: usize) -> Side<'t> {
    let Side { lines, keys } = received;
    let mut out: Vec<Line<'t>> = Vec::with_capacity(lines.len());
    let mut i = 0;
    while i < lines.len() {
        let mut taken = 1;
        if !written.contains(&keys[lines[i].key.clone()]) {
            let start = lines[i].key.start;
            for (j, next) in lines.iter().enumerate().skip(i + 1) {
                // Adjacent keys: the pieces joined are one range.
                if next.number != lines[j - 1].number + 1 || next.key.end - start > longest {
                    break;
                }
                if written.contains(&keys[start..next.key.end]) {
                    taken = j - i + 1;
                    break;
                }
            }
        }
        let pieces = &lines[i..i + taken];
        out.push(Line {
            number: pieces[0].number,
            shown: match pieces {
                [one] => one.shown.clone(),
                _ => Cow::Owned(
                    pieces
                        .iter()
                        .map(|l| l.shown.as_ref())
                        .collect::<Vec<_>>()
                        .join(" "),
                ),
            },
            key: pieces[0].key.start..pieces[taken - 1].key.end,
        });
        i += taken;
    }
    Side { lines: out, keys }
}

/// The lines of `received` that differ from `written` (both whole ticket
/// bodies; their data blocks are left out). Text before the first line that
/// matches and after the last is someone else's and not an edit, but a
/// written line missing there is.
pub fn compare(written: &str, received: &str) -> Vec<Edit> {
    // The ticket as written, line for line (the most common arrival): no
    // line can differ, so the line-by-line comparison has nothing to find.
    // The data blocks are left out here too, so `written` may hold only
    // their marker lines.
    let compared = |text| outside_data(text).map(|(_, line)| line);
    if compared(written).eq(compared(received)) {
        return Vec::new();
    }
    compare_lines(written, received)
}

/// [`compare`] without its shortcut: every line normalised and compared.
fn compare_lines(written: &str, received: &str) -> Vec<Edit> {
    let written = readable(written);
    let keys: HashSet<&str> = written.lines.iter().map(|l| written.key(l)).collect();
    let longest = written.lines.iter().map(|l| l.key.len()).max().unwrap_or(0);
    let received = unwrapped(readable(received), &keys, longest);
    let old: Vec<&str> = written.lines.iter().map(|l| written.key(l)).collect();
    let new: Vec<&str> = received.lines.iter().map(|l| received.key(l)).collect();
    let ops = capture_diff_slices(Algorithm::Myers, &old, &new);
    let first_equal = ops.iter().position(|o| matches!(o, DiffOp::Equal { .. }));
    let last_equal = ops.iter().rposition(|o| matches!(o, DiffOp::Equal { .. }));
    let (written, received) = (&written.lines, &received.lines);
    let number = |i: usize| written.get(i).map_or(0, |l| l.number);
    let mut edits = Vec::new();
    for (k, op) in ops.iter().enumerate() {
        let inside = first_equal.is_some_and(|f| k > f) && last_equal.is_some_and(|l| k < l);
        let (old, old_len, new, new_len) = match *op {
            DiffOp::Equal { .. } => continue,
            DiffOp::Delete {
                old_index,
                old_len,
                new_index,
            } => (old_index, old_len, new_index, 0),
            DiffOp::Insert {
                old_index,
                new_index,
                new_len,
            } => (old_index, 0, new_index, new_len),
            DiffOp::Replace {
                old_index,
                old_len,
                new_index,
                new_len,
            } => (old_index, old_len, new_index, new_len),
        };
        // Outside the matched stretch, only what is missing counts.
        let new_len = if inside { new_len } else { 0 };
        for j in 0..old_len.max(new_len) {
            let line = if j < old_len {
                number(old + j)
            } else {
                number((old + old_len).saturating_sub(1))
            };
            edits.push(Edit {
                line,
                written: written
                    .get(old + j)
                    .filter(|_| j < old_len)
                    .map(|l| l.shown.to_string()),
                received: received
                    .get(new + j)
                    .filter(|_| j < new_len)
                    .map(|l| l.shown.to_string()),
            });
        }
    }
    edits
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    const WRITTEN: &str = "Title\n\nSource: a\nTarget: b\nA long line that a mail client will wrap somewhere in the middle of it\n\nfooter\n-----BEGIN REFRESH-REQUEST DATA v1-----\nAAAA\n-----END REFRESH-REQUEST DATA check 0-----\n";

    #[test]
    fn the_same_text_on_its_way_is_not_edited() {
        let on_its_way = "Hello from the help center\r\n\r\n> Title  \r\n>\r\n> Source: a\r\n>   Target:   b\r\n> A long line that a mail client\r\n> will wrap somewhere in the middle of it\r\n>\r\n> footer\r\n> -----BEGIN REFRESH-REQUEST DATA v1-----\r\n> AAAA\r\n> -----END REFRESH-REQUEST DATA check 0-----\r\n\r\n-- \r\nJo, Acme\r\n";
        assert_eq!(compare(WRITTEN, on_its_way), []);
    }

    #[test]
    fn a_changed_line_is_named_with_both_versions() {
        let edited = WRITTEN.replace("Target: b", "Target: c");
        insta::assert_debug_snapshot!(compare(WRITTEN, &edited), @r#"
        [
            Edit {
                line: 4,
                written: Some(
                    "Target: b",
                ),
                received: Some(
                    "Target: c",
                ),
            },
        ]
        "#);
    }

    #[test]
    fn added_and_missing_lines_are_named() {
        let edited = WRITTEN
            .replace("Source: a\n", "")
            .replace("footer", "Also copy the logs, please.\n\nfooter");
        insta::assert_debug_snapshot!(compare(WRITTEN, &edited), @r#"
        [
            Edit {
                line: 3,
                written: Some(
                    "Source: a",
                ),
                received: None,
            },
            Edit {
                line: 5,
                written: None,
                received: Some(
                    "Also copy the logs, please.",
                ),
            },
        ]
        "#);
    }

    /// Lines as tickets and mail have them: plain, quoted, indented,
    /// blank, the data block's markers, and any text at all.
    fn a_line() -> impl Strategy<Value = String> {
        prop_oneof![
            "[ >a-z:]{0,12}",
            "\\PC{0,20}",
            Just(String::new()),
            Just(format!("{BEGIN}1-----")),
            Just(format!("{END}check 0-----")),
            Just(format!("> {BEGIN}1----- {END}check 0----- {BEGIN}1-----")),
        ]
    }

    /// The data block as a line-by-line search finds it.
    fn outside_data_line_by_line(text: &str) -> Vec<(usize, &str)> {
        let mut inside = false;
        let mut out = Vec::new();
        for (i, line) in text.lines().enumerate() {
            if line.contains(BEGIN) {
                inside = true;
            }
            if !inside {
                out.push((i, line));
            }
            if inside && line.contains(END) {
                inside = false;
            }
        }
        out
    }

    proptest! {
        /// The data blocks found by searching the whole text once are those
        /// a search of each line finds, several blocks and markers sharing
        /// a line included.
        #[test]
        fn data_blocks_are_found_as_in_each_line(
            lines in proptest::collection::vec(a_line(), 0..16),
            crlf in any::<bool>(),
        ) {
            let text = lines.join(if crlf { "\r\n" } else { "\n" });
            prop_assert_eq!(
                outside_data(&text).collect::<Vec<_>>(),
                outside_data_line_by_line(&text)
            );
        }

        /// Where the shortcut answers, the full comparison finds nothing
        /// either; elsewhere both give the same answer.
        #[test]
        fn the_shortcut_agrees_with_the_full_comparison(
            lines in proptest::collection::vec(a_line(), 0..12),
            crlf in proptest::collection::vec(any::<bool>(), 12),
            last_newline in any::<bool>(),
            other in proptest::collection::vec(a_line(), 0..12),
        ) {
            let written: String = lines.iter().map(|l| format!("{l}\n")).collect();
            let mut received: String = lines
                .iter()
                .zip(&crlf)
                .map(|(l, &crlf)| format!("{l}{}", if crlf { "\r\n" } else { "\n" }))
                .collect();
            // A last line may arrive without its line end.
            if !last_newline && lines.last().is_some_and(|l| !l.is_empty()) {
                let end = if received.ends_with("\r\n") { 2 } else { 1 };
                received.truncate(received.len() - end);
            }
            prop_assert!(written.lines().eq(received.lines()), "{written:?} {received:?}");
            prop_assert_eq!(compare_lines(&written, &received), []);
            // Whatever a data block holds, the shortcut agrees too.
            let data_only = format!("{written}{BEGIN}1-----\n{END}check 0-----\n");
            let with_data = format!("{written}{BEGIN}1-----\nAAAA\nBBBB\n{END}check 1-----\n");
            prop_assert_eq!(compare(&data_only, &with_data), compare_lines(&data_only, &with_data));
            let other: String = other.iter().map(|l| format!("{l}\n")).collect();
            prop_assert_eq!(compare(&written, &other), compare_lines(&written, &other));
        }
    }
}
