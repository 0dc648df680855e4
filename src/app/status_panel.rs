//! The live checklist: the request's findings grouped by part of the form,
//! each part marked done, to do, a problem, needing approval or worth a
//! look, with the core's messages. Re-rendered on every edit and every minute.

use super::dom::focus;
use super::field::{message_item, severity_tag};
use super::landmark::LandmarkSuffix;
use super::layout;
use super::state::{AppState, Checked};
use crate::i18n::Texts;
use leptos::prelude::*;
use refresh_request_core::finding::{Finding, Severity};
use refresh_request_core::message::Arg;
use refresh_request_core::policy::Policy;
use refresh_request_core::report::Report;
use refresh_request_core::rule_id::RuleId;

/// Where a part of the request stands.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Standing {
    /// Nothing to fix.
    Done,
    /// Only empty required fields.
    ToDo,
    /// An error.
    Problem,
    /// Needs the vendor's approval.
    Approval,
    /// A warning.
    Check,
}

impl Standing {
    /// (icon, word's message id, CSS modifier): never colour alone.
    pub fn marks(self) -> (&'static str, &'static str, &'static str) {
        match self {
            Standing::Done => ("✓", "status-done", "done"),
            Standing::ToDo => ("○", "status-todo", "todo"),
            Standing::Problem => ("✕", "status-fix", "error"),
            Standing::Approval => ("!", "status-approval", "approval"),
            Standing::Check => ("⚠", "status-check", "warning"),
        }
    }
}

/// One part of the checklist.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Group {
    /// Its name.
    pub title: String,
    /// Where it stands.
    pub standing: Standing,
    /// The findings' messages (no notes): (CSS modifier, tag, message).
    pub messages: Vec<(&'static str, String, String)>,
    /// An extra line (the earliest start for windows).
    pub detail: Option<String>,
}

/// Findings that only say a field is still empty.
fn is_to_do(f: &Finding) -> bool {
    f.is(RuleId::FieldRequired) || f.is(RuleId::VersionMissing)
}

/// The checklist for a request: one group per section of the form, under
/// the section's heading and with its fields ([`layout::sections`]), then
/// "Other" for findings on no field. An error on a field the user has not
/// left yet (`revealed` is false) counts as "to do": an empty required field
/// is listed as a to-do, any other error waits until the field is left, as on
/// the field itself (no shouting while people type).
pub fn groups(
    policy: &Policy,
    checked: &Checked,
    revealed: &dyn Fn(&str) -> bool,
    t: Texts,
) -> Vec<Group> {
    let report = &checked.report;
    let mut out: Vec<Group> = layout::sections(policy, t)
        .into_iter()
        .map(|section| {
            let detail = section.has_windows().then(|| starts(report, t));
            let paths = section.paths();
            group(section.title, &paths, report, revealed, detail, t)
        })
        .collect();
    out.extend(other(report, t));
    out
}

/// The windows' extra line: the earliest (and latest) start the rules allow.
fn starts(report: &Report, t: Texts) -> String {
    let earliest = Arg::from(t.utc(report.earliest_start));
    match report.latest_start {
        Some(latest) => t.f(
            "earliest-latest-start",
            &[("earliest", earliest), ("latest", Arg::from(t.utc(latest)))],
        ),
        None => t.f("earliest-start", &[("earliest", earliest)]),
    }
}

/// The group of one section: the findings (no notes) on its `fields`.
fn group(
    title: String,
    fields: &[String],
    report: &Report,
    revealed: &dyn Fn(&str) -> bool,
    detail: Option<String>,
    t: Texts,
) -> Group {
    let found: Vec<&Finding> = report
        .findings
        .iter()
        .filter(|f| f.severity != Severity::Info)
        .filter(|f| f.field.as_ref().is_some_and(|x| fields.contains(x)))
        .collect();
    let left = |f: &Finding| f.field.as_deref().is_some_and(revealed);
    let shows = |f: &Finding| f.severity != Severity::Error || left(f) || is_to_do(f);
    Group {
        title,
        standing: standing(&found, &left),
        messages: found
            .iter()
            .filter(|f| shows(f))
            .map(|f| {
                if f.severity == Severity::Error && !left(f) {
                    ("todo", t.t("status-todo"), f.message.clone())
                } else {
                    (
                        f.severity.as_str(),
                        severity_tag(f.severity, t),
                        f.message.clone(),
                    )
                }
            })
            .collect(),
        detail,
    }
}

/// Where a group with these findings stands; `left` says whether a
/// finding's field has been left.
fn standing(found: &[&Finding], left: &dyn Fn(&Finding) -> bool) -> Standing {
    let mut errors = found.iter().filter(|f| f.severity == Severity::Error);
    if errors.clone().next().is_some() {
        if errors.all(|f| is_to_do(f) || !left(f)) {
            Standing::ToDo
        } else {
            Standing::Problem
        }
    } else if found.iter().any(|f| f.severity == Severity::Approval) {
        Standing::Approval
    } else if found.iter().any(|f| f.severity == Severity::Warning) {
        Standing::Check
    } else {
        Standing::Done
    }
}

/// "Other": the findings on no field, if any.
fn other(report: &Report, t: Texts) -> Option<Group> {
    let loose: Vec<_> = report
        .findings
        .iter()
        .filter(|f| f.severity != Severity::Info && f.field.is_none())
        .map(|f| {
            (
                f.severity.as_str(),
                severity_tag(f.severity, t),
                f.message.clone(),
            )
        })
        .collect();
    (!loose.is_empty()).then(|| Group {
        title: t.t("status-other"),
        standing: if loose.iter().any(|(s, _, _)| *s == "error") {
            Standing::Problem
        } else {
            Standing::Check
        },
        messages: loose,
        detail: None,
    })
}

/// The one-line verdict.
pub fn headline(checked: &Checked, t: Texts) -> String {
    let errors = checked.report.of(Severity::Error).count();
    let approvals = checked.report.of(Severity::Approval).count();
    match (errors, approvals) {
        (0, 0) => t.t("verdict-ready"),
        (0, n) => t.f("verdict-ready-approval", &[("approvals", Arg::from(n))]),
        (n, _) => t.f("verdict-not-ready", &[("errors", Arg::from(n))]),
    }
}

/// The status panel.
#[component]
pub fn StatusPanel() -> impl IntoView {
    let state = expect_context::<AppState>();
    let title_id = title_id(&state);
    let list = Memo::new(move |_| {
        state.policy.with(|p| {
            state
                .checked
                .with(|c| groups(p, c, &|path| state.reveal(path), state.texts))
        })
    });
    let item = move |g: Group| {
        let (icon, word, modifier) = g.standing.marks();
        let word = state.texts.t(word);
        view! {
            <li class=format!("rr-check rr-check--{modifier}")>
                <p class="rr-check__head">
                    <span class="rr-check__icon" aria-hidden="true">{icon}</span>
                    <span class="rr-check__title">{g.title}</span>
                    <span class="rr-check__word">{word}</span>
                </p>
                {g.detail.map(|d| view! { <p class="rr-check__detail">{d}</p> })}
                {(!g.messages.is_empty())
                    .then(|| {
                        view! {
                            <ul class="rr-check__messages">
                                {g
                                    .messages
                                    .into_iter()
                                    .map(|(modifier, tag, message)| message_item(modifier, tag, message))
                                    .collect_view()}
                            </ul>
                        }
                    })}
            </li>
        }
    };
    let note_texts = Memo::new(move |_| {
        state.checked.with(|c| {
            c.report
                .of(Severity::Info)
                .map(|f| (f.rule.starts_with("note."), f.message.clone()))
                .collect::<Vec<_>>()
        })
    });
    // A policy's note is the vendor's text, perhaps in another language than the page's: its
    // own direction (an English note on an Arabic page keeps its full stop at its end).
    let notes = move || {
        note_texts
            .get()
            .into_iter()
            .map(|(own, n)| view! { <li dir=own.then_some("auto")>{n}</li> })
            .collect_view()
    };
    let ready = move || state.checked.with(|c| c.report.ready());
    let labelled_by = title_id.clone();
    // The verdict is drawn with the form; the list under it a task later.
    let after_first_draw = super::deferred::next_task();
    // Where the panel scrolls (beside the form, taller than the screen), a
    // keyboard needs it in the tab order to scroll it; elsewhere it would be
    // a stop that does nothing.
    let panel = NodeRef::<leptos::html::Section>::new();
    let sync_stop = move || {
        if let Some(el) = panel.get_untracked() {
            let _ = if el.scroll_height() > el.client_height() {
                el.set_attribute("tabindex", "0")
            } else {
                el.remove_attribute("tabindex")
            };
        }
    };
    Effect::new(move |_| {
        list.track();
        note_texts.track();
        after_first_draw.track();
        request_animation_frame(sync_stop);
    });
    let resized = window_event_listener(leptos::ev::resize, move |_| sync_stop());
    on_cleanup(move || resized.remove());
    view! {
        <section class="rr-status-panel" aria-labelledby=labelled_by node_ref=panel>
            {state
                .heading(1)
                .class("rr-status-panel__title rr-focus-scroll")
                .id(title_id)
                .tabindex(-1)
                .child((state.texts.t("checks"), view! { <LandmarkSuffix /> }))}
            <p class="rr-verdict" class=("rr-verdict--ready", ready) role="status">
                {move || state.checked.with(|c| headline(c, state.texts))}
            </p>
            <Show when=move || state.form.with(|f| f.planning)>
                <p class="rr-planned">
                    <strong>{state.texts.t("planned-label")} " "</strong>
                    {move || {
                        state.checked.with(|c| {
                            let when = state.texts.utc(c.report.submitted_at);
                            state.texts.f("planned-as-if", &[("when", when.into())])
                        })
                    }}
                </p>
            </Show>
            <Show when=move || after_first_draw.get()>
                <ul class="rr-checks">{move || list.get().into_iter().map(item).collect_view()}</ul>
                // A policy with no notes has nothing to say under the heading.
                <Show when=move || note_texts.with(|n| !n.is_empty())>
                    {state.heading(2).class("rr-subheading").child(state.texts.t("status-good-to-know"))}
                    <ul class="rr-notes">{notes}</ul>
                </Show>
            </Show>
        </section>
    }
}

/// The id of the checks' heading ("Go to the checks" moves focus to it).
pub fn title_id(state: &AppState) -> String {
    state.id("status-title")
}

/// "Go to the checks": where the checks come under the form (a narrow form), a link at its
/// top that takes the reader to them. A click handler, not a fragment link: an embedded
/// form's ids live in a shadow root, which the address bar's fragment cannot reach.
#[component]
pub fn ToChecks() -> impl IntoView {
    let state = expect_context::<AppState>();
    let id = title_id(&state);
    let href = format!("#{id}");
    view! {
        <p class="rr-to-checks">
            <a
                href=href
                on:click=move |ev| {
                    ev.prevent_default();
                    focus(&id);
                }
            >
                {state.texts.t("go-to-checks")}
            </a>
        </p>
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::app::form::Form;
    use refresh_request_core::instant::parse;

    const EN: Texts = Texts(refresh_request_core::lang::Lang::En);

    fn check(form: &Form, policy: &Policy) -> Checked {
        Checked::new(form, policy, parse("2024-10-07T02:00Z").expect("now"), &EN)
    }

    #[test]
    fn empty_fields_are_to_do_and_other_errors_wait_for_the_field_to_be_left() {
        let p = Policy::builtin("veson-imos").expect("veson");
        let mut f = Form::new(p);
        f.set_window(0, "soon".into());
        let c = check(&f, p);
        let nobody = groups(p, &c, &|_| false, EN);
        let windows = nobody.iter().find(|g| g.title == "When").expect("windows");
        assert_eq!(windows.standing, Standing::ToDo);
        // The empty second window is listed as a to-do; the unreadable first waits.
        assert_eq!(windows.messages.len(), 1);
        assert_eq!(windows.messages[0].1, "To do");
        let left = groups(p, &c, &|path| path == "windows[0]", EN);
        let windows = left.iter().find(|g| g.title == "When").expect("windows");
        assert_eq!(windows.standing, Standing::Problem);
        assert!(windows
            .messages
            .iter()
            .any(|(_, tag, m)| tag == "Error" && m.contains("found “soon”")));
        assert_eq!(
            headline(&c, EN),
            "Not ready yet: 4 things to fill in or fix."
        );
    }

    #[test]
    fn approvals_are_shown_and_a_ready_request_says_so() {
        let p = Policy::builtin("veson-imos").expect("veson");
        let mut f = Form::new(p);
        f.set("source", "A".into());
        f.set("target", "B".into());
        f.set_window(0, "2024-10-09 02:00".into());
        f.set_window(1, "2024-10-09 21:00".into());
        let c = check(&f, p);
        let all = groups(p, &c, &|_| true, EN);
        let windows = all.iter().find(|g| g.title == "When").expect("windows");
        assert_eq!(windows.standing, Standing::Approval);
        assert_eq!(
            windows.detail.as_deref(),
            Some("Earliest start: Wed 9 Oct 2024 02:00 UTC.")
        );
        assert_eq!(
            headline(&c, EN),
            "Ready: you can create the ticket. 1 point needs the vendor's approval."
        );
        assert!(all
            .iter()
            .filter(|g| g.title != "When")
            .all(|g| g.standing == Standing::Done));
    }

    #[test]
    fn the_checklist_has_the_form_s_sections_and_their_headings() {
        for id in ["veson-imos", "clarity-saas"] {
            let p = Policy::builtin(id).expect("builtin");
            let f = Form::new(p);
            let titles: Vec<String> = groups(p, &check(&f, p), &|_| false, EN)
                .into_iter()
                .map(|g| g.title)
                .filter(|t| t != "Other")
                .collect();
            let headings: Vec<String> = layout::sections(p, EN)
                .into_iter()
                .map(|s| s.title)
                .collect();
            assert_eq!(titles, headings, "{id}");
        }
        let p = Policy::builtin("clarity-saas").expect("clarity");
        let titles: Vec<String> = layout::sections(p, EN)
            .into_iter()
            .map(|s| s.title)
            .collect();
        assert_eq!(
            titles,
            [
                "Environments",
                "When",
                "Versions",
                "About the refresh",
                "Checklist"
            ]
        );
    }

    /// A wrong type under the other spelling of the windows' key is reported
    /// on that key: it belongs to the windows' section all the same.
    #[test]
    fn both_spellings_of_the_windows_key_belong_to_the_windows_section() {
        let p = Policy::builtin("veson-imos").expect("veson");
        let sections = layout::sections(p, EN);
        let when = sections.iter().find(|s| s.has_windows()).expect("windows");
        let paths = when.paths();
        for path in [
            "submitted_at",
            "holiday_region",
            "window",
            "windows",
            "windows[0]",
            "windows[1]",
        ] {
            assert!(paths.iter().any(|p| p == path), "{path}");
        }
    }
}
