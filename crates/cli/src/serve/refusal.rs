//! Every error answer: a status and `{"error": "…"}` that says what is wrong.

use super::app::{json, BODY_LIMIT};
use axum::http::header::CONTENT_TYPE;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};

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

/// What an error status says when nothing more precise is known.
pub fn said(status: StatusCode) -> String {
    match status {
        StatusCode::NOT_FOUND => "No such path: the service answers POST /v1/check, GET /v1/policies and GET /healthz.".to_string(),
        StatusCode::METHOD_NOT_ALLOWED => "This path does not take that method: the Allow header says which it takes (POST for /v1/check, GET for /v1/policies and /healthz).".to_string(),
        StatusCode::PAYLOAD_TOO_LARGE => format!(
            "The body is over {} KB: send the ticket's body alone.",
            BODY_LIMIT / 1024
        ),
        StatusCode::REQUEST_TIMEOUT => {
            "The request did not arrive in time: send it whole, without pauses.".to_string()
        }
        _ => status.canonical_reason().unwrap_or("Bad request").to_string(),
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
/// body), in the same JSON as the handlers' own.
pub async fn in_json(response: Response) -> Response {
    let status = response.status();
    let is_json = response
        .headers()
        .get(CONTENT_TYPE)
        .is_some_and(|v| v.as_bytes().starts_with(b"application/json"));
    if !status.is_client_error() || is_json {
        return response;
    }
    let message = said(status);
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
