//! The optional shared secret: `Authorization: Bearer <secret>` on /v1/.

use super::app::AppState;
use super::refusal::{accepted, Refusal};
use crate::Failure;
use axum::extract::{Request, State};
use axum::http::header::{AUTHORIZATION, WWW_AUTHENTICATE};
use axum::http::StatusCode;
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use refresh_request_core::message::{self, Messages};
use std::sync::Arc;

/// The secret in the environment variable `var` (never on the command line,
/// where any user of the machine can read it).
pub fn from_env(var: &str) -> Result<Arc<str>, Failure> {
    match std::env::var(var) {
        Ok(secret) if !secret.trim().is_empty() => Ok(Arc::from(secret.trim())),
        _ => Err(Failure(format!(
            "--token-env {var}: the environment variable {var} is not set or empty: set it to the shared secret"
        ))),
    }
}

pub async fn require(State(state): State<AppState>, request: Request, next: Next) -> Response {
    let Some(secret) = &state.token else {
        return next.run(request).await;
    };
    let given = request
        .headers()
        .get(AUTHORIZATION)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.strip_prefix("Bearer "));
    if given.is_some_and(|g| same(g.trim().as_bytes(), secret.as_bytes())) {
        return next.run(request).await;
    }
    let why = message::in_lang(accepted(request.headers())).format(
        if given.is_some() {
            "serve-token-wrong"
        } else {
            "serve-token-missing"
        },
        &[],
    );
    let mut answer = Refusal::new(StatusCode::UNAUTHORIZED, why).into_response();
    answer.headers_mut().insert(
        WWW_AUTHENTICATE,
        axum::http::HeaderValue::from_static("Bearer"),
    );
    answer
}

/// Equal, in a time that does not tell how much of the secret a guess got right.
fn same(a: &[u8], b: &[u8]) -> bool {
    a.len() == b.len() && a.iter().zip(b).fold(0u8, |acc, (x, y)| acc | (x ^ y)) == 0
}
