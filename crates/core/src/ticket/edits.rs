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
use std::collections::HashSet;

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

/// A line as compared: no spaces and no `>` at all. Mail moves both (it
/// quotes, indents, and wraps a line just before a `>`, which then reads as
/// a quote mark), and no edit that matters changes only them.
fn key(line: &str) -> String {
    line.chars()
        .filter(|c| !c.is_whitespace() && *c != '>')
        .collect()
}

/// A line of one side: its number (1-based), how it is shown, how it compares.
struct Line {
    number: usize,
    shown: String,
    key: String,
}

/// The lines outside the data block; blank lines say nothing and are left out.
fn readable(text: &str) -> Vec<Line> {
    let mut out = Vec::new();
    let mut inside = false;
    for (i, line) in text.lines().enumerate() {
        if line.contains(BEGIN) {
            inside = true;
        }
        let key = key(line);
        if !inside && !key.is_empty() {
            out.push(Line {
                number: i + 1,
                shown: shown(line).to_string(),
                key,
            });
        }
        if inside && line.contains(END) {
            inside = false;
        }
    }
    out
}

/// The received lines, with wrapped pieces joined back into the written
/// line they make.
fn unwrapped(received: Vec<Line>, written: &HashSet<&str>, longest: usize) -> Vec<Line> {
    let mut out: Vec<Line> = Vec::with_capacity(received.len());
    let mut i = 0;
    while i < received.len() {
        let mut taken = 1;
        if !written.contains(received[i].key.as_str()) {
            let mut joined = received[i].key.clone();
            for (j, next) in received.iter().enumerate().skip(i + 1) {
                if next.number != received[j - 1].number + 1
                    || joined.len() + next.key.len() > longest
                {
                    break;
                }
                joined.push_str(&next.key);
                if written.contains(joined.as_str()) {
                    taken = j - i + 1;
                    break;
                }
            }
        }
        let pieces = &received[i..i + taken];
        out.push(Line {
            number: pieces[0].number,
            shown: pieces
                .iter()
                .map(|l| l.shown.as_str())
                .collect::<Vec<_>>()
                .join(" "),
            key: pieces.iter().map(|l| l.key.as_str()).collect(),
        });
        i += taken;
    }
    out
}

/// The lines of `received` that differ from `written` (both whole ticket
/// bodies; their data blocks are left out). Text before the first line that
/// matches and after the last is someone else's and not an edit, but a
/// written line missing there is.
pub fn compare(written: &str, received: &str) -> Vec<Edit> {
    let written = readable(written);
    let keys: HashSet<&str> = written.iter().map(|l| l.key.as_str()).collect();
    let longest = written.iter().map(|l| l.key.len()).max().unwrap_or(0);
    let received = unwrapped(readable(received), &keys, longest);
    let old: Vec<&str> = written.iter().map(|l| l.key.as_str()).collect();
    let new: Vec<&str> = received.iter().map(|l| l.key.as_str()).collect();
    let ops = capture_diff_slices(Algorithm::Myers, &old, &new);
    let first_equal = ops.iter().position(|o| matches!(o, DiffOp::Equal { .. }));
    let last_equal = ops.iter().rposition(|o| matches!(o, DiffOp::Equal { .. }));
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
                    .map(|l| l.shown.clone()),
                received: received
                    .get(new + j)
                    .filter(|_| j < new_len)
                    .map(|l| l.shown.clone()),
            });
        }
    }
    edits
}

#[cfg(test)]
mod tests {
    use super::*;

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
}
