//! A UTC instant typed as text (typing always works; the core's
//! [`parse`] decides what it means), read back in UTC with its weekday and
//! in the user's own time zone, shown beside the field
//! ([`super::layout::Control::Instant`]).

use super::clock::local_equivalent;
use crate::i18n::Texts;
use refresh_request_core::instant::{parse, parse_date_or_instant};

/// What a typed instant means: (`Wed 9 Oct 2024 02:00–04:00 UTC`, `= … in Europe/Paris`).
pub fn reading(raw: &str, span: Option<u32>, date_ok: bool, t: Texts) -> Option<(String, String)> {
    let parsed = if date_ok {
        parse_date_or_instant(raw)
    } else {
        parse(raw)
    };
    let at = parsed.ok()?;
    let utc = match span {
        Some(minutes) => t.window(at, minutes),
        None => t.utc(at),
    };
    Some((utc, local_equivalent(at, span, t).unwrap_or_default()))
}
