//! The worked example of docs/desk.md, shared by the desk's tests and the
//! command's: a veson-imos request written on Monday 7 October 2024 at 02:00
//! UTC for Wednesday 02:00 (two business days' notice: just on time), and
//! the ticket the form writes for it. Only tests build it (cargo feature
//! `test-support`).

use crate::catalog::{Catalog, Input};
use crate::ticket::Format;
use serde_json::Value;

/// The request JSON, as a customer would save it.
pub const REQUEST: &str = r#"{"policy": "veson-imos", "submitted_at": "2024-10-07T02:00Z",
  "source": "ABCD_prod", "target": "ABCD_test", "holiday_region": "GB",
  "windows": ["2024-10-09T02:00Z", "2024-10-09T04:00Z"]}"#;

/// [`REQUEST`] as a JSON value.
///
/// # Panics
/// Never: [`REQUEST`] is valid JSON (its tests read it).
pub fn request() -> Value {
    serde_json::from_str(REQUEST).expect("the worked example is JSON")
}

/// The ticket the form writes for [`REQUEST`] in `format`, in English,
/// carrying its request.
///
/// # Panics
/// Never: the request is ready at its own submission time.
pub fn ticket(format: Format) -> String {
    // The request states its submission time, so the check's "now" is unused.
    let now = crate::instant::parse("2024-10-07T02:00Z").expect("an instant");
    Catalog::default()
        .ticket(Input::Text(REQUEST), format.as_str(), now)
        .expect("the worked example is ready")
}
