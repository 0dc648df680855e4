//! The ticket: once the request is ready, its body in the chosen format,
//! the subject line, Copy and Download, and the approvals and warnings the
//! ticket carries. The text is the core's ([`refresh_request_core::ticket`]).

use super::dom::{copy_and_say, download};
use super::field::{message_item, radio, severity_tag};
use super::state::AppState;
use leptos::prelude::*;
use refresh_request_core::finding::Severity;
use refresh_request_core::ticket::{render, subject, Format};

/// The id of the ticket's heading (focused once the ticket is created).
pub fn heading_id(state: &AppState) -> String {
    format!("rr{}-ticket-title", state.uid)
}

/// The ticket panel (shown after "Create ticket").
#[component]
pub fn TicketPanel() -> impl IntoView {
    let state = expect_context::<AppState>();
    let format = RwSignal::new(Format::Text);
    let status = RwSignal::new(String::new());
    let ready = move || state.checked.with(|c| c.report.ready());
    view! {
        <Show when=move || state.exported.get()>
            <section class="rr-ticket" aria-labelledby=heading_id(&state)>
                {state
                    .heading(1)
                    .class("rr-ticket__title rr-focus-scroll")
                    .id(heading_id(&state))
                    .tabindex(-1)
                    .child(("Your ticket", view! { <super::LandmarkSuffix /> }))}
                <Show
                    when=ready
                    fallback=|| view! {
                        <p class="rr-msg rr-msg--error">
                            <span class="rr-msg__tag">"Error: "</span>
                            "The request has changed and has problems again: fix them and the ticket comes back."
                        </p>
                    }
                >
                    <TicketContent format status />
                </Show>
            </section>
        </Show>
    }
}

/// The ticket itself, with its controls.
#[component]
fn TicketContent(
    /// The chosen format.
    format: RwSignal<Format>,
    /// The last copy / download message.
    status: RwSignal<String>,
) -> impl IntoView {
    let state = expect_context::<AppState>();
    let body = Memo::new(move |_| {
        let format = format.get();
        state.policy.with(|p| {
            state
                .checked
                .with(|c| render(p, &c.request, &c.report, format).ok())
        })
    });
    let subject_line = Memo::new(move |_| {
        state
            .policy
            .with(|p| state.checked.with(|c| subject(p, &c.request)))
    });
    let uid = state.uid;
    let body_id = format!("rr{uid}-ticket-body");
    let subject_id = format!("rr{uid}-ticket-subject");
    let format_name = format!("rr{uid}-ticket-format");
    let status_id = format!("rr{uid}-ticket-status");

    let copy_body = {
        let body_id = body_id.clone();
        move |_| {
            copy_and_say(
                body.get_untracked().unwrap_or_default(),
                body_id.clone(),
                status,
                (
                    "Copied the ticket to the clipboard. Paste it into the vendor's help center.",
                    "Could not copy automatically: the ticket is selected, press Ctrl+C (or ⌘C) to copy it.",
                ),
            )
        }
    };
    let copy_subject = {
        let subject_id = subject_id.clone();
        move |_| {
            copy_and_say(
                subject_line.get_untracked(),
                subject_id.clone(),
                status,
                (
                    "Copied the subject line to the clipboard.",
                    "Could not copy automatically: the subject is selected, press Ctrl+C (or ⌘C) to copy it.",
                ),
            )
        }
    };
    let save = move |_| {
        let f = format.get_untracked();
        let text = body.get_untracked().unwrap_or_default();
        let mime = match f {
            Format::Json => "application/json;charset=utf-8",
            Format::Markdown => "text/markdown;charset=utf-8",
            Format::Text => "text/plain;charset=utf-8",
        };
        let name = format!("refresh-request.{}", f.extension());
        let message = if download(&name, mime, &text) {
            format!("Downloaded {name}.")
        } else {
            "The download did not start: copy the ticket instead.".to_string()
        };
        status.set(message);
    };
    let formats = Format::ALL
        .into_iter()
        .map(|f| {
            let id = format!("{format_name}-{}", f.as_str());
            let label = match f {
                Format::Text => "Plain text (for any help-center form)",
                Format::Markdown => "Markdown",
                Format::Json => "JSON (machine-readable)",
            };
            radio(
                id,
                format_name.clone(),
                f.as_str(),
                label.into(),
                String::new(),
                Signal::derive(move || format.get() == f),
                move |_| {
                    format.set(f);
                    status.set(String::new());
                },
            )
        })
        .collect_view();
    let flagged = move || {
        state.checked.with(|c| {
            c.report
                .findings
                .iter()
                .filter(|f| matches!(f.severity, Severity::Approval | Severity::Warning))
                .map(|f| {
                    message_item(
                        f.severity.as_str(),
                        severity_tag(f.severity),
                        f.message.clone(),
                    )
                })
                .collect_view()
        })
    };
    let has_flagged = move || {
        state.checked.with(|c| {
            c.report
                .findings
                .iter()
                .any(|f| matches!(f.severity, Severity::Approval | Severity::Warning))
        })
    };
    let file_name = move || format!("refresh-request.{}", format.get().extension());
    view! {
        <p>"Paste the subject and the ticket into the vendor's help center. The ticket updates if you change the form."</p>
        <div class="rr-field">
            <label class="rr-label" for=subject_id.clone()>
                "Subject line"
            </label>
            <div class="rr-copy-row">
                <input class="rr-input" type="text" id=subject_id.clone() readonly prop:value=subject_line />
                <button type="button" class="rr-button rr-button--secondary" on:click=copy_subject>
                    "Copy subject"
                </button>
            </div>
        </div>
        <fieldset class="rr-fieldset rr-field">
            <legend class="rr-legend">"Format"</legend>
            <div class="rr-radios rr-radios--inline">{formats}</div>
        </fieldset>
        <div class="rr-field">
            <label class="rr-label" for=body_id.clone()>
                "Ticket"
            </label>
            <textarea
                class="rr-textarea"
                id=body_id.clone()
                readonly
                rows="18"
                spellcheck="false"
                prop:value=move || body.get().unwrap_or_default()
            ></textarea>
        </div>
        <div class="rr-actions">
            <button type="button" class="rr-button" on:click=copy_body>
                "Copy ticket"
            </button>
            <button type="button" class="rr-button rr-button--secondary" on:click=save>
                "Download " {file_name}
            </button>
        </div>
        <p class="rr-status" id=status_id role="status">
            {status}
        </p>
        <Show when=has_flagged>
            {state.heading(2).class("rr-subheading").child("The ticket tells the vendor")}
            <ul class="rr-flagged">{flagged}</ul>
        </Show>
    }
}
