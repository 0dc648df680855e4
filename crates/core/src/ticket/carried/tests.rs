use super::*;
use crate::rules::validate;
use crate::ticket::tests::veson;

fn exported(input: &Value, format: Format) -> String {
    let policy = Policy::builtin("veson-imos").expect("policy");
    let req = Request::read(policy, input).request;
    let now = crate::instant::parse("2030-01-01T00:00Z").expect("now");
    export(policy, &req, &validate(policy, input, now), format).expect("ready")
}

#[test]
fn the_text_ticket_ends_with_its_data() {
    let body = exported(&veson(), Format::Text);
    let tail: Vec<_> = body
        .lines()
        .skip_while(|l| *l != crate::message::english().format("ticket-carried-intro", &[]))
        .collect();
    insta::assert_snapshot!(tail.join("\n"), @r"
    The lines below carry the checked request for the vendor's desk: keep them as they are.
    -----BEGIN REFRESH-REQUEST DATA v1-----
    eyJmb3JtYXQiOiJ0ZXh0IiwicG9saWN5X3ZlcnNpb24iOiIyMDI0LTEwLTA0Iiwi
    cmVxdWVzdCI6eyJob2xpZGF5X3JlZ2lvbiI6IkdCIiwicG9saWN5IjoidmVzb24t
    aW1vcyIsInByZXNlcnZlX3VzZXJzIjp0cnVlLCJyZWZyZXNoX3R5cGUiOiJzdGFu
    ZGFyZCIsInJlc3RvcmVfcG9pbnQiOm51bGwsInNvdXJjZSI6IkFCQ0RfcHJvZCIs
    InNvdXJjZV92ZXJzaW9uIjoiMjAyNC4xMCIsInN1Ym1pdHRlZF9hdCI6IjIwMjQt
    MTAtMDdUMDI6MDA6MDBaIiwidGFyZ2V0IjoiQUJDRF90ZXN0IiwidGFyZ2V0X3Zl
    cnNpb24iOiIyMDI0LjA5Iiwid2luZG93cyI6WyIyMDI0LTEwLTA5VDAyOjAwOjAw
    WiIsIjIwMjQtMTAtMTBUMDA6MzA6MDBaIl19fQ==
    -----END REFRESH-REQUEST DATA check 00b61fdc5dc1b4a8-----
    ");
}

#[test]
fn every_data_line_is_short_enough_never_to_be_wrapped() {
    for format in Format::ALL {
        let body = exported(&veson(), format);
        let (begin, end) = markers(&body).expect("markers");
        let end = end.expect("end");
        let end_line = body[end..].lines().next().unwrap_or_default();
        for line in body[begin..end].lines().chain([end_line]) {
            // Room for `> > ` quoting within 76 characters.
            assert!(line.chars().count() <= 72, "{format:?}: {line}");
        }
    }
}

#[test]
fn the_json_ticket_stays_one_json_object() {
    let body = exported(&veson(), Format::Json);
    let v: Value = serde_json::from_str(&body).expect("json");
    assert!(v[JSON_KEY].is_array());
    assert_eq!(v["request"]["source"], "ABCD_prod");
}

#[test]
fn every_format_reads_back_its_request() {
    for format in Format::ALL {
        let found = find(&exported(&veson(), format))
            .expect("readable")
            .expect("found");
        assert_eq!(found.format, format);
        assert_eq!(found.policy_version, "2024-10-04");
        let policy = Policy::builtin("veson-imos").expect("policy");
        let expected = Request::read(policy, &veson()).request.to_value(policy);
        assert_eq!(found.request, expected);
    }
}

#[test]
fn no_block_is_none_and_a_damaged_block_says_how() {
    assert_eq!(find("Hello, please refresh ABCD_test."), Ok(None));
    let body = exported(&veson(), Format::Text);
    let version_2 = body.replace("DATA v1-----", "DATA v2-----");
    assert_eq!(find(&version_2), Err(Damage::Version("2".into())));
    let cut = body[..body.find(END).expect("end")].to_string();
    assert_eq!(find(&cut), Err(Damage::NoEnd));
    // One character changed inside the data.
    let data_line = body
        .lines()
        .skip_while(|l| !l.starts_with(BEGIN))
        .nth(1)
        .expect("a data line");
    let mut changed = data_line.to_string();
    let last = changed.pop().expect("char");
    changed.push(if last == 'A' { 'B' } else { 'A' });
    assert_eq!(
        find(&body.replace(data_line, &changed)),
        Err(Damage::Checksum)
    );
    // A line lost.
    let lost = body.replace(&format!("{data_line}\n"), "");
    assert!(matches!(
        find(&lost),
        Err(Damage::Checksum | Damage::NotBase64)
    ));
    insta::assert_snapshot!(Damage::Checksum.to_string(), @"The ticket's request data is damaged: it does not match its checksum, so lines were changed or lost.");
}
