//! Prints what one `validate` call costs natively (spec budget: ≤ 20 µs in
//! the browser). A figure to read, not a pass/fail test:
//! `cargo bench --bench validate`.

use refresh_request_core::catalog::{Catalog, Input};
use refresh_request_core::instant::parse;
use refresh_request_core::rules::Context;
use std::hint::black_box;

mod measure;
use measure::per_call;

fn main() {
    let now = parse("2024-10-07T02:00Z").expect("now");
    let catalog = Catalog::default();
    let veson = serde_json::json!({"policy": "veson-imos", "submitted_at": "2024-10-07T02:00Z", "source": "ABCD_prod",
        "target": "ABCD_test", "windows": ["2024-10-09T02:00Z", "2024-10-10T00:30Z"], "holiday_region": "GB",
        "preserve_users": "yes", "source_version": "1", "target_version": "2"});
    let clarity = serde_json::json!({"policy": "clarity-saas", "submitted_at": "2024-10-07T02:00Z",
        "source_url": "https://acme.example.com", "target_url": "https://acme-test.example.com",
        "source_kind": "PROD", "target_kind": "TEST", "window": "2024-10-09T08:00Z",
        "source_version": "16.2.1 Patch 3", "target_version": "16.02.1.3", "ack_overwrite": true, "ack_jobs": true});
    let text = veson.to_string();
    per_call("validate veson-imos (parsed JSON)", 20_000, || {
        black_box(catalog.validate(Input::Value(black_box(&veson)), now));
    });
    // The JS API's whole Rust side: JSON text in, report JSON text out.
    per_call(
        "validate veson-imos (text to text, as the JS API)",
        20_000,
        || {
            black_box(
                catalog
                    .validate(Input::Text(black_box(&text)), now)
                    .to_json(),
            );
        },
    );
    per_call("validate clarity-saas", 20_000, || {
        black_box(catalog.validate(Input::Value(black_box(&clarity)), now));
    });
    per_call("suggest veson-imos", 2_000, || {
        black_box(catalog.suggest(Input::Value(black_box(&veson)), now));
    });
    let policy = refresh_request_core::policy::Policy::builtin("veson-imos").expect("policy");
    let req = refresh_request_core::request::Request::read(policy, &veson).request;
    per_call("planning calendar, 42 days", 200, || {
        let ctx = Context::new(policy, &req, now);
        black_box(refresh_request_core::calendar::days(&ctx, now.date(), 42));
    });
}
