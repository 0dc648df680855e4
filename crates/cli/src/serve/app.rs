//! The routes, the state they share and the limits around them.

use super::{access_log, check, refusal, token};
use axum::extract::{DefaultBodyLimit, State};
use axum::http::header::CONTENT_TYPE;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use axum::{middleware, Router};
use refresh_request_core::catalog::Catalog;
use std::sync::Arc;
use std::time::Duration;
use tower::ServiceBuilder;
use tower_http::timeout::TimeoutLayer;

/// The largest body a request may have: a ticket is a few KB.
pub const BODY_LIMIT: usize = 256 * 1024;

/// What every handler shares: read only, so copies of the service agree.
#[derive(Clone)]
pub struct AppState {
    /// The built-in policies and those of --policy-dir.
    pub catalog: Arc<Catalog>,
    /// The shared secret, when --token-env names one.
    pub token: Option<Arc<str>>,
}

/// The service: routes, then (outermost first) the log line, JSON for
/// the errors the layers answer, the request timeout and the body limit.
pub fn router(state: AppState, timeout: Duration) -> Router {
    let v1 = Router::new()
        .route("/v1/check", post(check::check))
        .route("/v1/policies", get(policies))
        .route_layer(middleware::from_fn_with_state(
            state.clone(),
            token::require,
        ));
    Router::new()
        .route("/healthz", get(healthz))
        .merge(v1)
        .with_state(state)
        .layer(
            ServiceBuilder::new()
                .layer(middleware::from_fn(access_log::line))
                .layer(middleware::from_fn(refusal::in_json))
                .layer(TimeoutLayer::with_status_code(
                    StatusCode::REQUEST_TIMEOUT,
                    timeout,
                ))
                // axum's own limit rather than tower-http's: its 413 comes
                // through the body extractor, in the handler's JSON.
                .layer(DefaultBodyLimit::max(BODY_LIMIT)),
        )
}

/// For load balancers and service managers: answers without work.
async fn healthz() -> &'static str {
    "ok\n"
}

/// `[{id, name, version}, …]`: the policies a request may name.
async fn policies(State(state): State<AppState>) -> Response {
    let list = serde_json::to_string(&state.catalog.policies()).unwrap_or_default();
    json(StatusCode::OK, list)
}

/// A JSON answer.
pub fn json(status: StatusCode, body: String) -> Response {
    (status, [(CONTENT_TYPE, "application/json")], body).into_response()
}
