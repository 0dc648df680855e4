//! The ticket: once the request is ready, its body in the chosen format,
//! the subject line, Copy and Download, the calendar file of its windows,
//! the vendor's hand-offs (e-mail, request form) when the policy names
//! them, and the approvals and warnings the ticket carries. The texts and
//! links are the core's ([`refresh_request_core::ticket`], [`invite`],
//! [`handoff`]); every hand-off is a file the user saves or a link the
//! user clicks: nothing is sent from here.

use super::dom::{copy_and_say, download};
use super::field::{message_item, radio, severity_tag};
use super::landmark::LandmarkSuffix;
use super::state::AppState;
use crate::i18n::Texts;
use leptos::prelude::*;
use refresh_request_core::finding::Severity;
use refresh_request_core::handoff::{self, Link};
use refresh_request_core::invite;
use refresh_request_core::ticket::{export_in, render_in, subject_in, Format};

/// The id of the ticket's heading (focused once the ticket is created).
pub fn heading_id(state: &AppState) -> String {
    state.id("ticket-title")
}

/// Fetches the catalog of the chosen policy's desk language when the page does not have it
/// (the customer reads another language, not English): the ticket, its subject and its
/// calendar file are written in it, as the command and the service write them.
pub fn fetch_desk_language(state: AppState) {
    Effect::new(move |_| {
        let desk = state.policy.with(|p| p.desk_language);
        if !crate::i18n::is_here(desk) {
            wasm_bindgen_futures::spawn_local(async move {
                crate::i18n::ready(desk).await;
            });
        }
    });
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
                    .child((state.texts.t("ticket-panel"), view! { <LandmarkSuffix /> }))}
                <Show
                    when=ready
                    fallback=move || view! {
                        <p class="rr-msg rr-msg--error">
                            <span class="rr-msg__tag">{state.texts.t("tag-error-prefix")}</span>
                            {state.texts.t("ticket-panel-changed")}
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
    // The ticket is the desk's, in its language: the request checked again with the
    // findings in it, when the customer reads another.
    let desk = state.desk();
    // The desk's catalog may still be on its way (see [`fetch_desk_language`]): the ticket is
    // written again, in it, once it is here.
    let desk_here = RwSignal::new(crate::i18n::is_here(desk.lang()));
    if !desk_here.get_untracked() {
        wasm_bindgen_futures::spawn_local(async move {
            if crate::i18n::ready(desk.lang()).await == desk.lang() {
                desk_here.try_set(true);
            }
        });
    }
    let for_desk = Memo::new_with_compare(
        move |_| {
            desk_here.track();
            state
                .policy
                .with(|p| state.checked.with(|c| c.for_desk(p, state.texts, desk)))
        },
        // Follows `checked`, which changes on every edit: comparing would only cost time.
        |_, _| true,
    );
    let body = Memo::new(move |_| {
        let format = format.get();
        state
            .policy
            .with(|p| for_desk.with(|c| export_in(p, &c.request, &c.report, format, &desk).ok()))
    });
    let subject_line = Memo::new(move |_| {
        state
            .policy
            .with(|p| for_desk.with(|c| subject_in(p, &c.request, &desk)))
    });
    let body_id = state.id("ticket-body");
    let subject_id = state.id("ticket-subject");
    let format_name = state.id("ticket-format");
    let status_id = state.id("ticket-status");

    let t = state.texts;
    let paste_into = [("paste_into", state.paste_into().into())];
    let copied = t.f("ticket-copied", &paste_into);
    let copy_body = {
        let body_id = body_id.clone();
        move |_| {
            copy_and_say(
                body.get_untracked().unwrap_or_default(),
                body_id.clone(),
                status,
                (copied.clone(), t.t("ticket-copy-failed")),
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
                (t.t("subject-copied"), t.t("subject-copy-failed")),
            )
        }
    };
    let save = move |_| {
        let text = body.get_untracked().unwrap_or_default();
        status.set(save_ticket(format.get_untracked(), &text, t));
    };
    let save_invite = move |_| {
        let ics = state.policy.with_untracked(|p| {
            for_desk.with_untracked(|c| invite::calendar_in(p, &c.request, &c.report, &desk))
        });
        status.set(save_invite(&ics, t));
    };
    // Paper gets the plain text, whatever the chosen format: JSON is not for reading.
    let printed = Memo::new(move |_| {
        state.policy.with(|p| {
            for_desk.with(|c| {
                render_in(p, &c.request, &c.report, Format::Text, &desk).unwrap_or_default()
            })
        })
    });
    let formats = format_choices(format, status, &format_name, t);
    let file_name = move || format!("refresh-request.{}", format.get().extension());
    // The ticket's fields hold the desk's language, laid out as it is written (an English
    // ticket on an Arabic page keeps its lines left to right).
    let desk_tag = desk.lang().tag();
    let desk_dir = crate::i18n::direction(desk.lang());
    // A customer reading another language is told why the ticket is not in theirs.
    let desk_language = (desk.lang() != t.lang()).then(|| {
        let name = [("desk_language", t.language_name(desk.lang()).into())];
        view! { <p class="rr-hint">{t.f("ticket-panel-desk-language", &name)}</p> }
    });
    view! {
        <p>
            {t.f("ticket-panel-hint", &paste_into)}
        </p>
        {desk_language}
        <div class="rr-field">
            <label class="rr-label" for=subject_id.clone()>
                {t.t("subject-line")}
            </label>
            <div class="rr-copy-row">
                <input class="rr-input" type="text" id=subject_id.clone() readonly lang=desk_tag dir=desk_dir prop:value=subject_line />
                <button type="button" class="rr-button rr-button--secondary" on:click=copy_subject>
                    {t.t("copy-subject")}
                </button>
            </div>
        </div>
        <fieldset class="rr-fieldset rr-field">
            <legend class="rr-legend">{t.t("format")}</legend>
            <div class="rr-radios rr-radios--inline">{formats}</div>
        </fieldset>
        <div class="rr-field">
            <label class="rr-label" for=body_id.clone()>
                {t.t("ticket")}
            </label>
            <textarea
                class="rr-textarea"
                id=body_id.clone()
                readonly
                lang=desk_tag
                dir=desk_dir
                rows="18"
                spellcheck="false"
                prop:value=move || body.get().unwrap_or_default()
            ></textarea>
        </div>
        <div class="rr-actions">
            <button type="button" class="rr-button" on:click=copy_body>
                {t.t("copy-ticket")}
            </button>
            <button type="button" class="rr-button rr-button--secondary" on:click=save>
                {move || t.f("download", &[("file", file_name().into())])}
            </button>
            <button type="button" class="rr-button rr-button--secondary" on:click=save_invite>
                {t.t("add-to-calendar")}
            </button>
        </div>
        <p class="rr-status" id=status_id role="status">
            {status}
        </p>
        <Handoffs body subject_line />
        {flagged(state)}
        // On paper instead of the controls (style/main.css, @media print): a
        // <textarea> prints as a clipped box.
        <div class="rr-print-only">
            <p class="rr-print-subject">{move || t.f("print-subject", &[("subject", subject_line.get().into())])}</p>
            <pre class="rr-print-body">{printed}</pre>
        </div>
    }
}

/// The policy's hand-offs (`handoff.email`, `handoff.url`) as links the
/// user clicks, with the ticket's subject and `body` in them; and, when the
/// body was too long for a link, the note that it must be pasted.
#[component]
fn Handoffs(
    /// The ticket body in the chosen format (`None` while not ready).
    body: Memo<Option<String>>,
    /// The subject line.
    subject_line: Memo<String>,
) -> impl IntoView {
    let state = expect_context::<AppState>();
    let t = state.texts;
    let link = move |make: fn(&str, &str, &str) -> Link, target: Option<String>| {
        target.map(|t| make(&t, &subject_line.get(), &body.get().unwrap_or_default()))
    };
    let mail = Memo::new(move |_| {
        link(
            handoff::mailto,
            state.policy.with(|p| p.handoff.email.clone()),
        )
    });
    let form = Memo::new(move |_| {
        link(
            handoff::request_form,
            state.policy.with(|p| p.handoff.url.clone()),
        )
    });
    let any = move || mail.with(Option::is_some) || form.with(Option::is_some);
    let shortened = move || {
        [mail, form]
            .iter()
            .any(|l| l.with(|l| l.as_ref().is_some_and(|l| l.shortened)))
    };
    view! {
        <Show when=any>
            <h3 class="rr-subheading">{t.t("send-to-vendor")}</h3>
            <div class="rr-actions">
                {move || mail.get().map(|l| view! {
                    <a class="rr-button rr-button--secondary" href=l.href>
                        {t.t("send-by-email")}
                    </a>
                })}
                {move || form.get().map(|l| view! {
                    <a class="rr-button rr-button--secondary" href=l.href target="_blank" rel="noopener">
                        {t.t("open-vendor-form")}
                        <span class="rr-visually-hidden">" " {t.t("new-tab")}</span>
                    </a>
                })}
            </div>
            <Show when=shortened>
                <p class="rr-hint rr-handoff-note">
                    {t.t("handoff-too-long-note")}
                </p>
            </Show>
        </Show>
    }
}

/// Downloads the calendar file; what to say about it.
fn save_invite(ics: &str, t: Texts) -> String {
    if download(invite::FILE_NAME, invite::MIME, ics) {
        t.f("ics-downloaded", &[("file", invite::FILE_NAME.into())])
    } else {
        t.t("ics-failed")
    }
}

/// Downloads the ticket `text` in format `f`; what to say about it.
fn save_ticket(f: Format, text: &str, t: Texts) -> String {
    let mime = match f {
        Format::Json => "application/json;charset=utf-8",
        Format::Markdown => "text/markdown;charset=utf-8",
        Format::Text => "text/plain;charset=utf-8",
    };
    let name = format!("refresh-request.{}", f.extension());
    if download(&name, mime, text) {
        t.f("downloaded", &[("file", name.into())])
    } else {
        t.t("download-failed")
    }
}

/// The format's radio buttons (group `name`); choosing one clears the status.
fn format_choices(
    format: RwSignal<Format>,
    status: RwSignal<String>,
    name: &str,
    t: Texts,
) -> impl IntoView {
    Format::ALL
        .into_iter()
        .map(|f| {
            let id = format!("{name}-{}", f.as_str());
            let label = t.t(match f {
                Format::Text => "format-text",
                Format::Markdown => "format-markdown",
                Format::Json => "format-json",
            });
            radio(
                id,
                name.to_string(),
                f.as_str(),
                label,
                String::new(),
                Signal::derive(move || format.get() == f),
                move |_| {
                    format.set(f);
                    status.set(String::new());
                },
            )
        })
        .collect_view()
}

/// What the ticket passes on to the vendor: its approvals and warnings.
fn flagged(state: AppState) -> impl IntoView {
    let flagged = move || {
        state.checked.with(|c| {
            c.report
                .findings
                .iter()
                .filter(|f| matches!(f.severity, Severity::Approval | Severity::Warning))
                .map(|f| {
                    message_item(
                        f.severity.as_str(),
                        severity_tag(f.severity, state.texts),
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
    view! {
        <Show when=has_flagged>
            {state.heading(2).class("rr-subheading").child(state.texts.t("ticket-tells"))}
            <ul class="rr-flagged">{flagged}</ul>
        </Show>
    }
}
