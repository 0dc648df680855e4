//! Every error answer: a status and `{"error": "…"}` that says what is wrong.

use super::app::{json, BODY_LIMIT};
use axum::extract::Request;
use axum::http::header::{ACCEPT_LANGUAGE, CONTENT_TYPE};
use axum::http::{HeaderMap, HeaderValue, StatusCode};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use refresh_request_core::lang::Lang;
use refresh_request_core::message::{self, Messages};

/// An error answer.
#[derive(Debug)]
pub struct Refusal {
    pub status: StatusCode,
    pub message: String,
}

impl Refusal {
    pub fn new(status: StatusCode, message: impl Into<String>) -> Self {
        Refusal {
            status,
            message: message.into(),
        }
    }
}

/// The language a request's `Accept-Language` asks for; English without one.
pub fn accepted(headers: &HeaderMap) -> Lang {
    asked_in(headers.get(ACCEPT_LANGUAGE))
}

/// The language an `Accept-Language` value asks for; English without one.
fn asked_in(value: Option<&HeaderValue>) -> Lang {
    value
        .and_then(|v| v.to_str().ok())
        .map_or(Lang::En, Lang::from_accept_language)
}

/// What an error status says, in `lang`, when nothing more precise is known.
pub fn said(status: StatusCode, lang: Lang) -> String {
    let m = message::in_lang(lang);
    match status {
        StatusCode::NOT_FOUND => m.format("serve-not-found", &[]),
        StatusCode::METHOD_NOT_ALLOWED => m.format("serve-method", &[]),
        StatusCode::PAYLOAD_TOO_LARGE => {
            m.format("serve-too-large", &[("kb", (BODY_LIMIT / 1024).into())])
        }
        StatusCode::REQUEST_TIMEOUT => m.format("serve-too-slow", &[]),
        _ => status
            .canonical_reason()
            .unwrap_or("Bad request")
            .to_string(),
    }
}

impl IntoResponse for Refusal {
    fn into_response(self) -> Response {
        json(
            self.status,
            serde_json::json!({ "error": self.message }).to_string(),
        )
    }
}

/// The error answers axum and the tower layers write (an empty or plain
/// body), in the same JSON as the handlers' own, in the language the request asks for.
pub async fn in_json(request: Request, next: Next) -> Response {
    // Kept aside and read only for an error answer: most requests get none.
    let asked = request.headers().get(ACCEPT_LANGUAGE).cloned();
    let response = next.run(request).await;
    let status = response.status();
    let is_json = response
        .headers()
        .get(CONTENT_TYPE)
        .is_some_and(|v| v.as_bytes().starts_with(b"application/json"));
    if !status.is_client_error() || is_json {
        return response;
    }
    let message = said(status, asked_in(asked.as_ref()));
    let (mut parts, _) = response.into_parts();
    let mut answer = Refusal::new(status, message).into_response();
    // Keep what the layer said beside the body (Allow, for a 405).
    parts.headers.remove(CONTENT_TYPE);
    parts.headers.remove(axum::http::header::CONTENT_LENGTH);
    for (name, value) in parts.headers.drain().filter_map(|(n, v)| n.map(|n| (n, v))) {
        answer.headers_mut().entry(name).or_insert(value);
    }
    answer
}
