//! The data a ticket carries (docs/desk.md): the checked request, written
//! after the readable body so that the vendor's desk recovers exactly what
//! the customer checked, whatever happens to the ticket on its way.
//!
//! The request travels as base64 of a small JSON object, between two marker
//! lines, in lines of [`LINE_CHARS`] characters: short enough that no mail
//! client re-wraps them, even quoted. Reading keeps only base64 characters
//! between the markers, so CRLF, `> ` quoting, trailing spaces, indentation
//! and the JSON ticket's quotes and commas all fall away. A checksum in the
//! end line tells damaged data from a ticket whose readable text was edited.

use super::{Format, TicketError};
use crate::excerpt::excerpt;
use crate::field::Key;
use crate::message::Messages;
use crate::policy::Policy;
use crate::report::Report;
use crate::request::Request;
use base64::engine::general_purpose::STANDARD;
use base64::Engine;
use serde_json::{Map, Value};
use std::hash::Hasher;

/// The format's version: a reader refuses data of a version it does not know.
pub const VERSION: u32 = 1;
/// The start of the first marker line; the version and `-----` follow.
pub const BEGIN: &str = "-----BEGIN REFRESH-REQUEST DATA v";
/// The start of the last marker line; `check <16 hex digits>-----` follows.
pub const END: &str = "-----END REFRESH-REQUEST DATA ";
/// Base64 characters per data line.
pub const LINE_CHARS: usize = 64;
/// The JSON ticket's key for the data lines.
pub const JSON_KEY: &str = "carried_data";

/// What a ticket carries.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Carried {
    /// The format the ticket was written in.
    pub format: Format,
    /// The version of the policy the customer checked against.
    pub policy_version: String,
    /// The request JSON (docs/policies.md), with `policy` and the
    /// `submitted_at` the customer's check used.
    pub request: Value,
}

/// Why carried data could not be read.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Damage {
    /// A version this reader does not know.
    Version(String),
    /// The first marker line is there, the last is not.
    NoEnd,
    /// Characters between the markers are not the data's (a line lost or changed).
    NotBase64,
    /// The data does not match its checksum.
    Checksum,
    /// The data decodes, but not to what this format writes.
    Content(Unwritten),
}

/// What decoded data lacks that this format always writes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Unwritten {
    /// It is not JSON, or not an object.
    Json,
    /// No ticket format.
    Format,
    /// No policy version.
    PolicyVersion,
    /// No request that names its policy.
    Request,
}

impl Unwritten {
    /// The keyword the `desk-damaged--content` message selects on.
    fn keyword(self) -> &'static str {
        match self {
            Unwritten::Json => "json",
            Unwritten::Format => "format",
            Unwritten::PolicyVersion => "version",
            Unwritten::Request => "request",
        }
    }
}

impl Damage {
    /// What is wrong, in the language `messages` writes.
    pub fn message(&self, messages: &dyn Messages) -> String {
        match self {
            Damage::Version(v) => messages.format(
                "desk-damaged--version",
                &[("found", v.into()), ("known", VERSION.into())],
            ),
            Damage::NoEnd => {
                messages.format("desk-damaged--cut", &[("marker", END.trim_end().into())])
            }
            Damage::NotBase64 => messages.format("desk-damaged--lines", &[]),
            Damage::Checksum => messages.format("desk-damaged--checksum", &[]),
            Damage::Content(what) => {
                messages.format("desk-damaged--content", &[("what", what.keyword().into())])
            }
        }
    }
}

/// In English.
#[cfg(feature = "fluent")]
impl std::fmt::Display for Damage {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.message(crate::message::english()))
    }
}

#[cfg(feature = "fluent")]
impl std::error::Error for Damage {}

/// FNV-1a (64 bits) of the payload, in hex: catches damage, not forgery
/// (the desk checks the rules on what the data says anyway).
fn checksum(bytes: &[u8]) -> String {
    let mut h = fnv::FnvHasher::default();
    h.write(bytes);
    format!("{:016x}", h.finish())
}

/// The marker and data lines, without line ends.
fn lines(policy: &Policy, req: &Request, report: &Report, format: Format) -> Vec<String> {
    // The request as checked: its submission time is the check's.
    let mut checked = req.clone();
    checked.submitted_at = Some(report.submitted_at);
    let mut payload = Map::new();
    payload.insert("format".into(), format.as_str().into());
    payload.insert("policy_version".into(), policy.version.clone().into());
    payload.insert("request".into(), checked.to_value(policy));
    let json = serde_json::to_string(&Value::Object(payload)).unwrap_or_default();
    let encoded = STANDARD.encode(json.as_bytes());
    let mut out = vec![format!("{BEGIN}{VERSION}-----")];
    // Base64 is ASCII, so byte chunks are whole characters.
    out.extend(
        encoded
            .as_bytes()
            .chunks(LINE_CHARS)
            .map(|c| String::from_utf8_lossy(c).into_owned()),
    );
    out.push(format!("{END}check {}-----", checksum(json.as_bytes())));
    out
}

/// The ticket as exported: the readable body of [`render`](super::render_in), then the
/// carried request. This is what the customer copies and downloads.
///
/// # Errors
/// As [`render`](super::render_in): only a ready request has a ticket.
#[cfg(feature = "fluent")]
pub fn export(
    policy: &Policy,
    req: &Request,
    report: &Report,
    format: Format,
) -> Result<String, TicketError> {
    export_in(policy, req, report, format, crate::message::english())
}

/// As [`export`], in the desk's language `desk`.
///
/// # Errors
/// As [`export`].
pub fn export_in(
    policy: &Policy,
    req: &Request,
    report: &Report,
    format: Format,
    desk: &dyn Messages,
) -> Result<String, TicketError> {
    exported(policy, req, report, format, desk, || {
        lines(policy, req, report, format)
    })
}

/// As [`export_in`], but its data block holds only the two marker lines:
/// every line the desk compares with what arrived ([`super::edits::compare`]
/// skips the data block), without encoding the request, which the desk has
/// just read from the arrival itself.
///
/// # Errors
/// As [`export`].
pub fn export_readable_in(
    policy: &Policy,
    req: &Request,
    report: &Report,
    format: Format,
    desk: &dyn Messages,
) -> Result<String, TicketError> {
    exported(policy, req, report, format, desk, || {
        vec![format!("{BEGIN}{VERSION}-----"), format!("{END}-----")]
    })
}

/// The readable ticket ([`super::render_in`], which words it as the policy does)
/// followed by the data block `data` makes.
fn exported(
    policy: &Policy,
    req: &Request,
    report: &Report,
    format: Format,
    desk: &dyn Messages,
    data: impl FnOnce() -> Vec<String>,
) -> Result<String, TicketError> {
    // The policy's own wording of any message, the line before the data included.
    let spoken = policy.messages.speak(desk);
    let body = super::render_spoken(policy, req, report, format, &spoken)?;
    Ok(with_data(body, data(), format, &spoken))
}

/// The readable `body` followed by the data block of `data` lines, in
/// `format`'s way.
fn with_data(mut body: String, data: Vec<String>, format: Format, desk: &dyn Messages) -> String {
    match format {
        Format::Text | Format::Markdown => {
            // Markdown keeps the data in a code block, so a renderer leaves it as it is.
            let (open, close) = match format {
                Format::Markdown => ("\n```text\n", "```\n"),
                _ => ("", ""),
            };
            body.push('\n');
            // The line before the data, for the customer who copies it.
            body.push_str(&desk.format("ticket-carried-intro", &[]));
            body.push('\n');
            body.push_str(open);
            for l in data {
                body.push_str(&l);
                body.push('\n');
            }
            body.push_str(close);
        }
        Format::Json => {
            // The readable JSON ends with its object's closing brace: the
            // data goes in as its last key, so the ticket stays one JSON object.
            let open = body
                .trim_end()
                .strip_suffix('}')
                .unwrap_or(&body)
                .trim_end();
            let mut s = format!("{open},\n  \"{JSON_KEY}\": [\n");
            let n = data.len();
            for (i, l) in data.into_iter().enumerate() {
                s.push_str(&format!(
                    "    \"{l}\"{}\n",
                    if i + 1 < n { "," } else { "" }
                ));
            }
            s.push_str("  ]\n}\n");
            body = s;
        }
    }
    body
}

/// Where the data block starts and ends in `text`: the byte ranges of the
/// first marker and of the last one.
pub(crate) fn markers(text: &str) -> Option<(usize, Option<usize>)> {
    let begin = text.find(BEGIN)?;
    let end = text[begin..].find(END).map(|e| begin + e);
    Some((begin, end))
}

/// Finds and reads the data a ticket carries. `Ok(None)`: the text has no
/// data block at all (not a ticket, or one written before tickets carried
/// their request).
///
/// # Errors
/// [`Damage`] when a block is there but cannot be read.
pub fn find(text: &str) -> Result<Option<Carried>, Damage> {
    let Some((begin, end)) = markers(text) else {
        return Ok(None);
    };
    let after_begin = &text[begin + BEGIN.len()..];
    let version: String = after_begin
        .chars()
        .take_while(char::is_ascii_alphanumeric)
        .take(12)
        .collect();
    if version != VERSION.to_string() {
        return Err(Damage::Version(excerpt(&version)));
    }
    let end = end.ok_or(Damage::NoEnd)?;
    let head = begin + BEGIN.len() + version.len();
    let data_start = text[head..end]
        .find("-----")
        .map_or(head, |i| head + i + "-----".len());
    // Base64 is ASCII: no byte of another character can pass as one of its.
    let data: Vec<u8> = text[data_start..end]
        .bytes()
        .filter(|b| b.is_ascii_alphanumeric() || matches!(b, b'+' | b'/' | b'='))
        .collect();
    let expected_sum: String = text[end + END.len()..]
        .trim_start()
        .strip_prefix("check")
        .unwrap_or_default()
        .trim_start()
        .chars()
        .take_while(char::is_ascii_hexdigit)
        .collect();
    let bytes = STANDARD.decode(data).map_err(|_| Damage::NotBase64)?;
    if checksum(&bytes) != expected_sum.to_ascii_lowercase() {
        return Err(Damage::Checksum);
    }
    let mut payload: Value =
        serde_json::from_slice(&bytes).map_err(|_| Damage::Content(Unwritten::Json))?;
    let field = |key: &str| payload.get(key).and_then(Value::as_str);
    let format = field("format")
        .and_then(|f| f.parse::<Format>().ok())
        .ok_or(Damage::Content(Unwritten::Format))?;
    let policy_version = field("policy_version")
        .ok_or(Damage::Content(Unwritten::PolicyVersion))?
        .to_string();
    let request = payload
        .get_mut("request")
        .filter(|r| r.get(Key::Policy.as_str()).is_some_and(Value::is_string))
        .map(Value::take)
        .ok_or(Damage::Content(Unwritten::Request))?;
    Ok(Some(Carried {
        format,
        policy_version,
        request,
    }))
}

#[cfg(test)]
mod tests;
