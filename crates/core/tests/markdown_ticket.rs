//! The markdown ticket, rendered by a real Markdown renderer with raw HTML
//! on (as a help center may render it), holds no element that came from the
//! policy: a vendor's label, item, note, name or version is text, whatever
//! it says.

use pulldown_cmark::{Event, Options, Parser, Tag};
use refresh_request_core::policy::{Policy, BUILTIN_JSON};
use refresh_request_core::request::Request;
use refresh_request_core::rules::validate;
use refresh_request_core::ticket::{render, Format};
use serde_json::{json, Value};

/// Every kind of markup a desk might render, block and inline.
const HOSTILE: &str = "<img src=x onerror=alert(1)>\n# Heading\n![i](https://evil.example/i.png) \
    [l](https://evil.example/) <https://evil.example/> https://evil.example/ www.evil.example \
    a@evil.example **b** _e_ `c` ~~s~~ &lt; &#60; $m$ [^f] <script>x</script> <!-- c -->\n\
    | a | b |\n|---|---|\n> quote\n1. list\n---\n[r]: https://evil.example/\n[r] \\";

/// The clarity policy with every text a vendor writes set to `text`.
fn clarity_saying(text: &str) -> Policy {
    let mut doc: Value = serde_json::from_str(BUILTIN_JSON[1]).expect("built-in JSON");
    // Its own texts only: its translations name the notes and checklist changed below.
    if let Some(doc) = doc.as_object_mut() {
        doc.remove("translations");
    }
    doc["name"] = text.into();
    doc["version"] = text.into();
    doc["environments"]["source_label"] = text.into();
    doc["environments"]["target_label"] = text.into();
    for q in doc["questions"].as_array_mut().expect("questions") {
        q["label"] = text.into();
    }
    for a in doc["acknowledgements"]
        .as_array_mut()
        .expect("acknowledgements")
    {
        a["label"] = text.into();
        if let Some(rule) = a["rule"].as_str() {
            // Ids are short: a code span's fence and HTML in a few characters.
            a["rule"] = format!("{rule}`<b>x</b>` ![i](/i.png)").into();
        }
        if a.get("items").is_some() {
            a["items"] = json!([text, text]);
        }
    }
    for n in doc["notes"].as_array_mut().expect("notes") {
        n["text"] = text.into();
        n["id"] = format!("note.`<b>{}</b>`", n["id"]).into();
    }
    Policy::from_value(&doc).unwrap_or_else(|e| panic!("{e}"))
}

fn markdown(policy: &Policy) -> String {
    let input = json!({
        "submitted_at": "2024-10-07T02:00:00Z",
        "source_url": "https://acme.example.com", "target_url": "https://acme-test.example.com",
        "source_kind": "PROD", "target_kind": "SAND", "window": "2024-10-09T08:00:00Z",
        "source_version": "16.2.1 Patch 3", "target_version": "16.2.1.3",
        "copy_filestore": true, "integrations": true,
        "ack_overwrite": true, "ack_jobs": true, "ack_integrations": true
    });
    let now = refresh_request_core::instant::parse("2030-01-01T00:00Z").expect("now");
    let req = Request::read(policy, &input).request;
    let report = validate(policy, &input, now);
    render(policy, &req, &report, Format::Markdown).unwrap_or_else(|e| panic!("{e}"))
}

fn options() -> Options {
    Options::ENABLE_TABLES
        | Options::ENABLE_STRIKETHROUGH
        | Options::ENABLE_TASKLISTS
        | Options::ENABLE_FOOTNOTES
        | Options::ENABLE_MATH
        | Options::ENABLE_GFM
        | Options::ENABLE_DEFINITION_LIST
}

/// The elements the renderer makes, in order, without their text.
fn skeleton(markdown: &str) -> Vec<String> {
    Parser::new_ext(markdown, options())
        .filter_map(|e| match e {
            Event::Start(tag) => Some(format!("{tag:?}")),
            Event::End(tag) => Some(format!("/{tag:?}")),
            Event::Text(_) | Event::Code(_) | Event::SoftBreak => None,
            other => Some(format!("{other:?}")),
        })
        .collect()
}

#[test]
fn policy_text_never_becomes_markup() {
    let hostile = markdown(&clarity_saying(HOSTILE));
    let plain = markdown(&clarity_saying("Plain words"));
    // The same elements as a ticket whose policy says nothing special: no
    // heading, image, link, HTML, table, quote or emphasis of the policy's.
    assert_eq!(skeleton(&hostile), skeleton(&plain), "{hostile}");
    for event in Parser::new_ext(&hostile, options()) {
        match event {
            Event::Html(_) | Event::InlineHtml(_) => panic!("raw HTML in\n{hostile}"),
            Event::Start(Tag::Image { .. } | Tag::Link { .. }) => panic!("{event:?} in\n{hostile}"),
            _ => {}
        }
    }
    let mut html = String::new();
    pulldown_cmark::html::push_html(&mut html, Parser::new_ext(&hostile, options()));
    for element in [
        "<img",
        "<script",
        "<a ",
        "<h1",
        "<table",
        "<blockquote",
        "<!--",
    ] {
        assert!(!html.contains(element), "{element} in\n{html}");
    }
    // The words are all there, as text.
    assert!(
        html.contains("&lt;img src=x onerror=alert(1)&gt; # Heading"),
        "{html}"
    );
}

proptest::proptest! {
    /// Any one-line text, escaped, renders back as exactly that text and no
    /// element: the escaping misses no syntax a renderer reads.
    #[test]
    fn escaped_text_renders_as_itself(
        raw in proptest::prop_oneof![
            "\\PC{0,40}",
            "[-a-z0-9 .:/@!#$%^&*()\\[\\]{}<>|~`_+=\\\\\"'?;,]{0,40}",
        ]
    ) {
        use refresh_request_core::ticket::{escape_markdown, one_line};
        let text = one_line(&raw);
        proptest::prop_assume!(!text.is_empty());
        let md = format!("- **Label:** {}\n", escape_markdown(&text));
        let mut seen = String::new();
        let mut elements = Vec::new();
        for event in Parser::new_ext(&md, options()) {
            match event {
                Event::Text(t) => seen.push_str(&t),
                Event::Start(tag) => elements.push(format!("{tag:?}")),
                other @ (Event::Html(_) | Event::InlineHtml(_) | Event::Code(_)
                | Event::InlineMath(_) | Event::DisplayMath(_) | Event::FootnoteReference(_)
                | Event::HardBreak | Event::SoftBreak | Event::TaskListMarker(_)) => {
                    elements.push(format!("{other:?}"));
                }
                _ => {}
            }
        }
        proptest::prop_assert_eq!(elements.len(), 3, "{:?} in {:?}", elements, md);
        proptest::prop_assert_eq!(seen, format!("Label: {text}"), "{}", md);
    }
}
