//! `POST /v1/check`: the ticket as it arrived, answered with the very JSON
//! object `refresh-request check --json` prints.

use super::app::{json, AppState};
use super::refusal::{accepted, said, Refusal};
use crate::input;
use axum::body::Bytes;
use axum::extract::rejection::BytesRejection;
use axum::extract::State;
use axum::http::header::CONTENT_TYPE;
use axum::http::{HeaderMap, StatusCode};
use axum::response::Response;
use chrono::NaiveDateTime;
use refresh_request_core::desk::{self, Unchecked};
use refresh_request_core::excerpt::excerpt;
use refresh_request_core::instant;
use refresh_request_core::lang::Lang;
use refresh_request_core::message::{self, Messages};
use serde::Deserialize;
use std::time::Duration;

/// The longest one check may take: a ticket's check takes well under a
/// millisecond, so only a pathological body comes near it.
const CHECK_LIMIT: Duration = Duration::from_secs(2);

/// A ticket at most this long and of at most [`INLINE_LINES`] lines is
/// checked on the async worker that read it. Its check cannot come near the
/// limit: the line comparison grows with the square of the lines, the rest
/// with the bytes, and the worst bodies built to find the bound (short
/// lines before, inside or between the ticket's own, long lines, pieces of
/// its lines) cost at most ~1.7M instructions, under a millisecond. Handing
/// a check to a blocking thread, which the limit needs, took more of the
/// service's CPU than the check itself; bigger bodies still pay it.
const INLINE_BYTES: usize = 8 * 1024;
/// See [`INLINE_BYTES`].
const INLINE_LINES: usize = 100;

/// The JSON form of a request to the service.
#[derive(Deserialize)]
struct Envelope {
    /// The ticket body as it arrived.
    body: String,
    /// When the desk received it; default: when the request arrived.
    received_at: Option<String>,
    /// A policy id overriding the one the request names.
    policy: Option<String>,
    /// The findings' language (a tag: `de`, `pt-BR`…); default: the
    /// request's `Accept-Language`, else English.
    lang: Option<String>,
}

/// What to check.
struct Arrival {
    text: String,
    received_at: NaiveDateTime,
    policy: Option<String>,
    lang: Lang,
}

pub async fn check(
    State(state): State<AppState>,
    headers: HeaderMap,
    body: Result<Bytes, BytesRejection>,
) -> Result<Response, Refusal> {
    // The body limit's 413 comes through here when the length was not
    // announced; any other failure to read the body is the client's.
    let bytes = body.map_err(|e| match e.status() {
        StatusCode::PAYLOAD_TOO_LARGE => {
            Refusal::new(e.status(), said(e.status(), accepted(&headers)))
        }
        _ => Refusal::new(e.status(), e.body_text()),
    })?;
    let arrival = read(&headers, &bytes)?;
    let reader = message::in_lang(arrival.lang);
    let catalog = std::sync::Arc::clone(&state.catalog);
    let small = arrival.text.len() <= INLINE_BYTES
        && arrival.text.bytes().filter(|&b| b == b'\n').count() < INLINE_LINES;
    let work = move || {
        let policy = match arrival.policy.as_deref() {
            Some(id) => Some(
                catalog
                    .get(id)
                    .ok_or_else(|| unknown_policy(&catalog, id, reader))?,
            ),
            None => None,
        };
        desk::check_in(
            &arrival.text,
            &catalog,
            policy,
            arrival.received_at,
            reader,
            &|lang| message::in_lang(lang),
        )
        .map(|checked| checked.to_json())
        .map_err(|why| match why {
            Unchecked::UnknownPolicy(id) => unknown_policy(&catalog, &id, reader),
            other => Refusal::new(StatusCode::UNPROCESSABLE_ENTITY, other.message(reader)),
        })
    };
    if small {
        // A check that panics is one answer with a 500, as on a blocking thread.
        return match std::panic::catch_unwind(std::panic::AssertUnwindSafe(work)) {
            Ok(answer) => answer.map(|answer| json(StatusCode::OK, answer)),
            Err(_panicked) => Err(failed(reader)),
        };
    }
    // Off the async workers, so a slow check holds up no other request.
    let job = tokio::task::spawn_blocking(work);
    match tokio::time::timeout(CHECK_LIMIT, job).await {
        Ok(Ok(Ok(answer))) => Ok(json(StatusCode::OK, answer)),
        Ok(Ok(Err(refusal))) => Err(refusal),
        Ok(Err(_panicked)) => Err(failed(reader)),
        Err(_late) => Err(Refusal::new(
            StatusCode::UNPROCESSABLE_ENTITY,
            reader.format(
                "serve-check-slow",
                &[(
                    "seconds",
                    i64::try_from(CHECK_LIMIT.as_secs())
                        .unwrap_or(i64::MAX)
                        .into(),
                )],
            ),
        )),
    }
}

/// The answer when a check panicked: a bug of ours, said as one.
fn failed(reader: &dyn Messages) -> Refusal {
    Refusal::new(
        StatusCode::INTERNAL_SERVER_ERROR,
        reader.format("serve-check-failed", &[]),
    )
}

fn unknown_policy(
    catalog: &refresh_request_core::catalog::Catalog,
    id: &str,
    reader: &dyn Messages,
) -> Refusal {
    let known: Vec<_> = catalog.all().map(|p| p.id.as_str()).collect();
    Refusal::new(
        StatusCode::UNPROCESSABLE_ENTITY,
        reader.format(
            "serve-policy-unknown",
            &[
                ("policy", excerpt(id).into()),
                ("policies", known.join(", ").into()),
            ],
        ),
    )
}

/// The ticket, its receipt time, policy and language, from a text or JSON
/// body; what is wrong with it in the language the headers ask for.
fn read(headers: &HeaderMap, bytes: &Bytes) -> Result<Arrival, Refusal> {
    let media = headers
        .get(CONTENT_TYPE)
        .map(|v| {
            let v = String::from_utf8_lossy(v.as_bytes());
            v.split(';')
                .next()
                .unwrap_or_default()
                .trim()
                .to_ascii_lowercase()
        })
        .unwrap_or_default();
    // The language the headers ask for; a JSON body's "lang" comes first.
    let asked = accepted(headers);
    let said = message::in_lang(asked);
    let is_json = media == "application/json" || media.ends_with("+json");
    let is_text =
        media.is_empty() || media.starts_with("text/") || media == "application/octet-stream";
    if is_text {
        return Ok(Arrival {
            // As the command does: the carried data is ASCII and survives
            // a stray byte elsewhere.
            text: String::from_utf8_lossy(bytes).into_owned(),
            received_at: input::now(),
            policy: None,
            lang: asked,
        });
    }
    if !is_json {
        return Err(Refusal::new(
            StatusCode::UNSUPPORTED_MEDIA_TYPE,
            said.format("serve-media-type", &[("media", media.into())]),
        ));
    }
    let envelope: Envelope = serde_json::from_slice(bytes).map_err(|e| {
        let id = if e.is_data() {
            "serve-json-shape"
        } else {
            "serve-json-invalid"
        };
        Refusal::new(
            StatusCode::BAD_REQUEST,
            said.format(id, &[("detail", e.to_string().into())]),
        )
    })?;
    let received_at = match envelope.received_at.as_deref() {
        None => input::now(),
        Some(text) => instant::parse(text).map_err(|e| {
            let problem = e.message(said);
            Refusal::new(
                StatusCode::BAD_REQUEST,
                said.format(
                    "cli-option-problem",
                    &[
                        ("option", "received_at".into()),
                        ("problem", problem.into()),
                    ],
                ),
            )
        })?,
    };
    let lang = match envelope.lang.as_deref() {
        None => asked,
        Some(tag) => Lang::parse(tag).ok_or_else(|| {
            let known: Vec<&str> = Lang::ALL.iter().map(|l| l.tag()).collect();
            Refusal::new(
                StatusCode::BAD_REQUEST,
                said.format(
                    "serve-lang-unknown",
                    &[
                        ("found", excerpt(tag).into()),
                        ("langs", known.join(", ").into()),
                    ],
                ),
            )
        })?,
    };
    Ok(Arrival {
        text: envelope.body,
        received_at,
        policy: envelope.policy,
        lang,
    })
}
