//! Prints what the desk's check of one ticket costs natively, whole and by
//! part: the CPU behind each `POST /v1/check` of the service. A figure to
//! read, not a pass/fail test: `cargo bench --bench desk`.

use refresh_request_core::catalog::{Catalog, Input};
use refresh_request_core::desk;
use refresh_request_core::instant::parse;
use refresh_request_core::request::Request;
use refresh_request_core::rules::validate;
use refresh_request_core::ticket::carried::{export, find};
use refresh_request_core::ticket::edits::compare;
use std::hint::black_box;

mod measure;
use measure::per_call;

fn main() {
    let submitted = parse("2024-10-07T02:00Z").expect("submitted");
    // Received two years on, as `scripts/bench` sends it: every window is past.
    let received = parse("2026-12-05T00:00Z").expect("received");
    let catalog = Catalog::default();
    // The ticket `scripts/bench` sends.
    let request = r#"{"policy": "veson-imos", "submitted_at": "2024-10-07T02:00Z", "source": "ABCD_prod", "target": "ABCD_test", "holiday_region": "GB", "windows": ["2024-10-09T02:00Z", "2024-10-09T04:00Z"]}"#;
    for format in ["markdown", "text", "json"] {
        let ticket = catalog
            .ticket(Input::Text(request), format, submitted)
            .expect("a ready request has a ticket");
        let edited = ticket.replace("ABCD_test", "ABCD_prod");
        per_call(&format!("desk::check, {format} ticket"), 5_000, || {
            let checked = desk::check(black_box(&ticket), &catalog, None, received);
            black_box(checked.map(|c| c.to_json()).ok());
        });
        per_call(
            &format!("desk::check, {format} ticket, one line edited"),
            5_000,
            || {
                let checked = desk::check(black_box(&edited), &catalog, None, received);
                black_box(checked.map(|c| c.to_json()).ok());
            },
        );
    }
    // The parts, on the Markdown ticket.
    let ticket = catalog
        .ticket(Input::Text(request), "markdown", submitted)
        .expect("a ready request has a ticket");
    let carried = find(&ticket).expect("data").expect("a block");
    let policy = catalog.get("veson-imos").expect("policy");
    let report = validate(policy, &carried.request, submitted);
    let req = Request::read(policy, &carried.request).request;
    let written = export(policy, &req, &report, carried.format).expect("ticket");
    per_call("  part: carried::find", 20_000, || {
        black_box(find(black_box(&ticket)).ok());
    });
    per_call("  part: validate (one of the two)", 20_000, || {
        black_box(validate(policy, black_box(&carried.request), received));
    });
    per_call("  part: Request::read", 20_000, || {
        black_box(Request::read(policy, black_box(&carried.request)));
    });
    per_call("  part: export (re-render)", 20_000, || {
        black_box(export(policy, black_box(&req), &report, carried.format).ok());
    });
    per_call("  part: edits::compare", 20_000, || {
        black_box(compare(black_box(&written), black_box(&ticket)));
    });
    let checked = desk::check(&ticket, &catalog, None, received).expect("checked");
    per_call("  part: to_json", 20_000, || {
        black_box(checked.to_json());
    });
}
