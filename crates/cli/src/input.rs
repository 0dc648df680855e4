//! What the command reads: a file or stdin, instants, the clock, a policy.

use crate::Failure;
use chrono::NaiveDateTime;
use refresh_request_core::catalog::Catalog;
use refresh_request_core::excerpt::excerpt;
use refresh_request_core::instant;
use refresh_request_core::message::Messages;
use refresh_request_core::policy::Policy;
use std::io::Read;
use std::path::{Path, PathBuf};

/// The text of `file`, or of stdin for `-` or none. Bytes that are not
/// UTF-8 become U+FFFD: the carried data is ASCII and survives them.
pub fn text(file: Option<&Path>) -> Result<String, Failure> {
    let bytes = match file {
        None => stdin()?,
        Some(p) if p == Path::new("-") => stdin()?,
        Some(p) => {
            std::fs::read(p).map_err(|e| Failure(format!("cannot read {}: {e}", p.display())))?
        }
    };
    Ok(String::from_utf8_lossy(&bytes).into_owned())
}

fn stdin() -> Result<Vec<u8>, Failure> {
    let mut bytes = Vec::new();
    std::io::stdin()
        .read_to_end(&mut bytes)
        .map_err(|e| Failure(format!("cannot read stdin: {e}")))?;
    Ok(bytes)
}

/// The system clock, in UTC, truncated to the minute ([`instant::from_clock`]).
pub fn now() -> NaiveDateTime {
    instant::from_clock(std::time::SystemTime::now().into())
}

/// An instant option (`--received`, `--now`), or now when not given; what
/// is wrong with it in the reader's language.
pub fn instant_or_now(
    option: &str,
    given: Option<&str>,
    reader: &dyn Messages,
) -> Result<NaiveDateTime, Failure> {
    match given {
        None => Ok(now()),
        Some(text) => instant::parse(text).map_err(|e| {
            Failure(reader.format(
                "cli-option-problem",
                &[
                    ("option", option.into()),
                    ("problem", e.message(reader).into()),
                ],
            ))
        }),
    }
}

/// `--policy ID|PATH`: a policy file when the path exists, else a policy
/// id. A broken policy file's problems are the vendor's, in English.
pub fn policy(catalog: &Catalog, given: &str, reader: &dyn Messages) -> Result<Policy, Failure> {
    let path = PathBuf::from(given);
    if path.is_file() {
        let text = std::fs::read_to_string(&path)
            .map_err(|e| Failure(format!("cannot read {}: {e}", path.display())))?;
        return Policy::from_json(&text).map_err(|e| {
            Failure(format!(
                "{}: {} (run refresh-request policy check {0})",
                path.display(),
                e.to_string().lines().next().unwrap_or_default()
            ))
        });
    }
    catalog.get(given).cloned().ok_or_else(|| {
        let known: Vec<_> = catalog.all().map(|p| p.id.as_str()).collect();
        Failure(reader.format(
            "cli-policy-unknown",
            &[
                ("found", excerpt(given).into()),
                ("policies", known.join(", ").into()),
            ],
        ))
    })
}
