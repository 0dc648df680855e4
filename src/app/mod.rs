//! The page people use (issue 4): the form of the chosen policy, checked
//! live by the core, with an error summary, a live checklist, a planning
//! calendar, planning mode, drafts, prefill / share links and the ticket.
//!
//! One concept per file. State is plain data ([`form::Form`]) plus a few
//! signals ([`state::AppState`]); every rule, message, label and hint comes
//! from the core or the policy. Browser calls live in [`dom`], [`draft`]
//! and [`clock`], and none can panic on what the browser returns.

pub mod calendar_view;
pub mod clock;
pub mod dom;
pub mod draft;
pub mod erase;
pub mod error_summary;
pub mod field;
pub mod form;
pub mod instant_input;
pub mod notices;
pub mod planning_mode;
pub mod share;
pub mod state;
pub mod status_panel;
pub mod ticket_panel;

use crate::api::Catalog;
use crate::holidays::Region;
use crate::instant::excerpt;
use crate::json::Value;
use crate::policy::Policy;
use crate::rules::windows::duration_words;
use calendar_view::{CalendarView, SuggestButton};
use dom::{copy, focus_later, Copied};
use draft::Loaded;
use erase::{dyn_view, flag, handler, signal, text, when};
use error_summary::ErrorSummary;
use field::{Acknowledge, Choice, Messages, Radios, SelectField, TextField, YesNo};
use form::{is_request_key, FieldRef, Form};
use instant_input::{InstantField, UTC_HINT};
use leptos::either::Either;
use leptos::ev::SubmitEvent;
use leptos::prelude::*;
use leptos::task::spawn_local;
use notices::Notices;
use planning_mode::{PlanningBanner, PlanningControl};
use state::{AppState, Notice};
use status_panel::StatusPanel;
use std::sync::atomic::{AtomicU32, Ordering};
use ticket_panel::TicketPanel;

/// Numbers the forms on a page, so their element ids never clash.
static NEXT_UID: AtomicU32 = AtomicU32::new(1);

/// How the page starts.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Start {
    /// The form.
    pub form: Form,
    /// Notices to show.
    pub notices: Vec<Notice>,
    /// Fields to treat as already visited (their findings show at once).
    pub touched: Vec<String>,
}

/// The fields with text in them, as visited: a restored or prefilled value
/// shows what is wrong with it straight away.
fn filled_paths(form: &Form, policy: &Policy) -> Vec<String> {
    form.field_paths(policy)
        .into_iter()
        .filter(|path| {
            let w = policy.windows;
            let raw = (0..w.count)
                .find(|&i| w.field(i) == *path)
                .map_or_else(|| form.get(path), |i| form.window(i));
            !raw.trim().is_empty()
        })
        .collect()
}

/// Decides the starting form from the embedder's choice of policy, the
/// page's link and the saved draft. A link with request values wins over the
/// draft; the policy comes from the embedder, else the link, else the
/// draft, else the first one. `policies` must not be empty.
pub fn start(
    policies: &[Policy],
    wanted: Option<&str>,
    link: Option<&Value>,
    draft: Loaded,
) -> Option<Start> {
    let first = policies.first()?;
    let known = |id: &str| policies.iter().find(|p| p.id == id.trim());
    let mut notices = Vec::new();
    let draft = match draft {
        Loaded::Draft(f) => Some(f),
        Loaded::Corrupt => {
            notices.push(Notice::CorruptDraft);
            None
        }
        Loaded::Nothing => None,
    };
    let from_link = link.is_some_and(share::has_request);
    let mut policy = wanted.and_then(known);
    if policy.is_none() {
        let asked = link
            .and_then(|l| l.get("policy"))
            .and_then(Value::as_str)
            .map(str::trim)
            .filter(|s| !s.is_empty());
        if let Some(id) = asked {
            policy = known(id);
            if policy.is_none() {
                notices.push(Notice::UnknownPolicy(excerpt(id)));
            }
        }
    }
    if policy.is_none() && !from_link {
        policy = draft.as_ref().and_then(|f| known(&f.policy));
    }
    let policy = policy.unwrap_or(first);
    let (form, touched) = match (link, draft) {
        (Some(link), _) if from_link => {
            let mut form = Form::new(policy);
            let applied = form.apply(link, policy);
            notices.push(Notice::Prefilled);
            if applied.extra_windows > 0 {
                notices.push(Notice::ExtraWindows(applied.extra_windows));
            }
            (form, applied.fields)
        }
        (_, Some(mut form)) => {
            form.sanitise(policy);
            if !form.is_blank() {
                notices.push(Notice::Restored);
            }
            let touched = filled_paths(&form, policy);
            (form, touched)
        }
        _ => (Form::new(policy), Vec::new()),
    };
    Some(Start {
        form,
        notices,
        touched,
    })
}

/// Builds the page: reads the link and the draft, sets up the clock and the
/// effects that keep storage, the title and the address bar in step.
pub fn app(
    catalog: Option<Catalog>,
    policy: Option<String>,
    embedded: bool,
    instance: u32,
) -> impl IntoView {
    let catalog = catalog.unwrap_or_else(|| crate::js_api::with_catalog(|c| c.clone()));
    let policies: Vec<Policy> = catalog.all().cloned().collect();
    let uid = NEXT_UID.fetch_add(1, Ordering::Relaxed);
    let (search, hash) = if embedded {
        (String::new(), String::new())
    } else {
        dom::location_parts()
    };
    let link = (!embedded).then(|| crate::prefill::from_location(&search, &hash));
    let draft_key = draft::key(embedded, policy.as_deref().unwrap_or("default"), instance);
    let locked = embedded && policy.is_some();
    let loaded = draft::load(&draft_key);
    let (Some(started), Some(first)) = (
        start(&policies, policy.as_deref(), link.as_ref(), loaded),
        policies.first().cloned(),
    ) else {
        return Either::Left(view! {
            <div class="rr-app">
                <p class="rr-msg rr-msg--error">"No vendor policy could be loaded, so the form cannot be shown."</p>
            </div>
        });
    };
    dom::track_pointer();
    let now = clock::ticking_now();
    let state = AppState::new(
        uid,
        embedded,
        locked,
        policies.clone(),
        first,
        started.form,
        now,
    );
    state.notices.set(started.notices);
    state.touched.set(started.touched.into_iter().collect());

    // The link's request values now live in the form (and the draft): take
    // them out of the address bar, so a reload shows the draft, not the link.
    if !embedded && link.as_ref().is_some_and(share::has_request) {
        let id = state.policy.with_untracked(|p| p.id.clone());
        dom::replace_query(&share::tidy_query(&search, &id, |k| {
            is_request_key(k, &policies)
        }));
    }

    // Drafts: saved as the user types; an empty form leaves nothing behind.
    Effect::new(move |_| {
        state.form.with(|f| {
            if f.is_blank() && !f.planning {
                draft::remove(&draft_key);
            } else {
                draft::save(&draft_key, f);
            }
        })
    });

    if !embedded {
        let base = dom::title();
        Effect::new(move |_| {
            let title = if error_summary::showing(&state) {
                format!("Error: {base}")
            } else {
                base.clone()
            };
            if dom::title() != title {
                dom::set_title(&title);
            }
        });
        // The chosen policy stays in the address, so a reload keeps it.
        let policies = policies.clone();
        Effect::new(move |previous: Option<String>| {
            let id = state.policy.with(|p| p.id.clone());
            if previous.as_ref().is_some_and(|p| *p != id) {
                let (search, _) = dom::location_parts();
                dom::replace_query(&share::tidy_query(&search, &id, |k| {
                    is_request_key(k, &policies)
                }));
            }
            id
        });
    }

    Either::Right(view! { <Page state /> })
}

/// "Create ticket": the ticket if ready, else the error summary, focused.
fn create_ticket(state: AppState) {
    let ready = state.checked.with_untracked(|c| c.report.ready());
    state.show_all.set(true);
    state.exported.set(ready);
    if ready {
        focus_later(ticket_panel::heading_id(&state));
    } else {
        focus_later(error_summary::summary_id(&state));
    }
}

/// Empties the form (the notice offers Undo).
fn clear(state: AppState) {
    let previous = state.form.get_untracked();
    if previous.is_blank() && !previous.planning {
        state.announcement.set("The form is already empty.".into());
        return;
    }
    let fresh = state.policy.with_untracked(Form::new);
    state.form.set(fresh);
    state.touched.set(Default::default());
    state.show_all.set(false);
    state.exported.set(false);
    state.notices.update(|n| {
        n.retain(|x| {
            !matches!(
                x,
                Notice::Restored | Notice::Prefilled | Notice::ExtraWindows(_)
            )
        })
    });
    state.notify(Notice::Cleared(Box::new(previous)));
    state.announcement.set("The form was cleared.".into());
}

/// The vendor (policy) picker.
#[component]
fn VendorField(
    /// The shared state.
    state: AppState,
) -> impl IntoView {
    let id = state.id("policy");
    let hint_id = format!("{id}-hint");
    if state.locked {
        // The host page chose the vendor: name it, offer no choice.
        let (name, summary) = state
            .policy
            .with_untracked(|p| (p.name.clone(), p.summary.clone()));
        return view! {
            <div class="rr-field rr-field--vendor">
                <p class="rr-vendor">
                    <span class="rr-label">"Vendor: "</span>
                    {name}
                </p>
                <p class="rr-hint">{summary}</p>
            </div>
        }
        .into_any();
    }
    let options = state.policies.with_value(|ps| {
        ps.iter()
            .map(|p| {
                let value = p.id.clone();
                let v = value.clone();
                view! {
                    <option value=value prop:selected=flag(move || state.form.with(|f| f.policy == v))>
                        {p.name.clone()}
                    </option>
                }
            })
            .collect_view()
    });
    let change = move |value: String| {
        let policy = state
            .policies
            .with_value(|ps| ps.iter().find(|p| p.id == value).cloned());
        if let Some(p) = policy {
            state.form.update(|f| f.switch_policy(&p));
            state.exported.set(false);
        }
    };
    view! {
        <div class="rr-field rr-field--vendor">
            <label class="rr-label" for=id.clone()>
                "Vendor"
            </label>
            <p class="rr-hint" id=hint_id.clone()>
                {text(move || state.policy.with(|p| p.summary.clone()))}
            </p>
            <Messages state path="policy" />
            <select
                class="rr-select"
                id=id
                aria-describedby=hint_id
                on:change:target=move |ev| change(ev.target().value())
            >
                {options}
            </select>
        </div>
    }
    .into_any()
}

/// The sections of the chosen policy's form.
fn sections(state: AppState, p: &Policy) -> AnyView {
    let env = p.environments.clone();
    let (sk, tk) = env.keys();
    let url = env.naming == crate::policy::EnvironmentNaming::Url;
    let eg = |e: &str| {
        if e.is_empty() {
            String::new()
        } else {
            format!("For example, {e}")
        }
    };
    let target_word = env
        .target_label
        .split_whitespace()
        .next()
        .unwrap_or("Target")
        .to_string();
    let kinds = (!env.kinds.is_empty()).then(|| {
        let mut options = vec![(String::new(), "Choose…".to_string())];
        options.extend(env.kinds.iter().map(|k| (k.clone(), k.clone())));
        view! {
            <SelectField state key="source_kind" label="Kind of source environment" options=options.clone() />
            <SelectField state key="target_kind" label=format!("Kind of {} environment", crate::case_fold::lowercase(&target_word)) options=options />
        }
    });

    let pit = p.point_in_time.map(|pit| {
        let choices = vec![
            Choice { value: "standard", label: "Standard".into(), hint: "The latest production data.".into() },
            Choice {
                value: "point_in_time",
                label: "Point in time".into(),
                hint: format!(
                    "Production data as of a moment you choose (the restore point). Needs {} days' notice, and the refresh must run within {} days of the restore point.",
                    pit.notice_days, pit.max_age_days
                ),
            },
        ];
        let policy = p.clone();
        view! {
            <section class="rr-section">
                <h2 class="rr-section__title">"Refresh type"</h2>
                <Radios
                    state
                    key="refresh_type"
                    legend="Which production data do you want?"
                    choices
                    checked=|f: &Form, _: &str, v: &str| {
                        let t = f.get("refresh_type").trim().to_ascii_lowercase().replace(['-', ' '], "_");
                        match v {
                            "standard" => t.is_empty() || t == "standard",
                            _ => t == "point_in_time" || t == "pit",
                        }
                    }
                />
                {when(flag(move || state.form.with(|f| f.point_in_time(&policy))), move || {
                    view! {
                        <InstantField
                            state
                            path="restore_point"
                            field=FieldRef::Key("restore_point".into())
                            label="Restore point"
                            hint=format!("The moment whose production data you want. {UTC_HINT}")
                        />
                    }
                    .into_any()
                })}
            </section>
        }
    });

    let regions = p.holiday_regions.then(|| {
        let mut options = vec![(String::new(), "None (no holidays checked)".to_string())];
        options.extend(
            Region::ALL
                .iter()
                .map(|r| (r.code().to_string(), format!("{} ({})", r.name(), r.code()))),
        );
        view! {
            <SelectField
                state
                key="holiday_region"
                label="Public holidays the support team observes"
                hint="Windows on these holidays are refused."
                options
            />
        }
    });

    let w = p.windows;
    let window_fields = (0..w.count)
        .map(|i| {
            let label = if w.count == 1 {
                "Start of the refresh".to_string()
            } else {
                format!("Window {} start", i + 1)
            };
            view! {
                <InstantField
                    state
                    path=w.field(i)
                    field=FieldRef::Window(i)
                    label
                    hint=UTC_HINT
                    span=Some(w.duration_minutes)
                />
            }
        })
        .collect_view();
    let legend = if w.count == 1 {
        format!(
            "When should the refresh start? The outage lasts {}.",
            duration_words(w.duration_minutes)
        )
    } else {
        format!(
            "Propose {} windows of {} each",
            w.count,
            duration_words(w.duration_minutes)
        )
    };
    let list_messages = (w.count > 1).then(|| view! { <Messages state path=w.key() /> });

    let versions_policy = p.clone();
    let version_hint = if p.versions.example.is_empty() {
        String::new()
    } else if p.versions.format == crate::policy::VersionFormat::ReleasePatch {
        format!(
            "With its build or patch, for example {}",
            p.versions.example
        )
    } else {
        format!("For example, {}", p.versions.example)
    };
    let th = version_hint.clone();
    let versions = (p.versions.required != crate::policy::VersionsRequired::Never).then(move || {
        let tw = target_word.clone();
        when(flag(move || state.form.with(|f| f.versions_asked(&versions_policy))), move || {
            view! {
                <TextField state key="source_version" label="Source version" hint=version_hint.clone() />
                <TextField state key="target_version" label=format!("{} version", tw) hint=th.clone() />
            }
            .into_any()
        })
    });
    let preserve = p.preserve_users.then(|| {
        view! {
            <YesNo
                state
                key="preserve_users"
                legend="Keep the target's user information (its security list)?"
                hint="If no, the target's users are replaced by the source's. If yes, both schema versions are needed."
            />
        }
    });
    let upgrade = p.upgrade_date.then(|| {
        view! {
            <InstantField
                state
                path="next_upgrade"
                field=FieldRef::Key("next_upgrade".into())
                label="Next scheduled upgrade (optional)"
                hint="UTC date, e.g. 2024-11-15, or date and time"
                date_ok=true
            />
        }
    });
    let versions_title = if p.preserve_users {
        "Users and versions"
    } else {
        "Versions"
    };
    let has_versions_section = p.preserve_users
        || p.versions.required != crate::policy::VersionsRequired::Never
        || p.upgrade_date;
    let versions_section = has_versions_section.then(|| {
        view! {
            <section class="rr-section">
                <h2 class="rr-section__title">{versions_title}</h2>
                {preserve}
                {versions}
                {upgrade}
            </section>
        }
    });

    let questions = (!p.questions.is_empty()).then(|| {
        let qs = p
            .questions
            .iter()
            .map(|q| view! { <YesNo state key=q.key.clone() legend=q.label.clone() hint=q.hint.clone() /> })
            .collect_view();
        view! {
            <section class="rr-section">
                <h2 class="rr-section__title">"About the refresh"</h2>
                {qs}
            </section>
        }
    });

    let acks = (!p.acknowledgements.is_empty()).then(|| {
        let items = p
            .acknowledgements
            .iter()
            .map(|a| {
                let ack = a.clone();
                let ack2 = a.clone();
                when(flag(move || state.form.with(|f| f.ack_asked(&ack))), move || {
                    view! { <Acknowledge state key=ack2.key.clone() label=ack2.label.clone() items=ack2.items.clone() /> }
                        .into_any()
                })
            })
            .collect_view();
        view! {
            <section class="rr-section">
                <h2 class="rr-section__title">"Checklist"</h2>
                <p class="rr-hint">"Confirm each point: the vendor needs them before the refresh."</p>
                {items}
            </section>
        }
    });

    view! {
        <section class="rr-section">
            <h2 class="rr-section__title">"Environments"</h2>
            <TextField state key=sk label=env.source_label.clone() hint=eg(&env.source_example) url />
            <TextField state key=tk label=env.target_label.clone() hint=eg(&env.target_example) url />
            {kinds}
        </section>
        {pit}
        <section class="rr-section">
            <h2 class="rr-section__title">"When"</h2>
            <PlanningControl state />
            {regions}
            <fieldset class="rr-fieldset rr-windows">
                <legend class="rr-legend rr-legend--m">{legend}</legend>
                {list_messages}
                {window_fields}
            </fieldset>
            <h3 class="rr-subheading">"Planning calendar"</h3>
            <div class="rr-actions">
                <SuggestButton state />
            </div>
            <p class="rr-status rr-announce" role="status">
                {state.announcement}
            </p>
            <CalendarView state />
        </section>
        {versions_section}
        {questions}
        {acks}
    }
    .into_any()
}

/// The whole page.
#[component]
pub fn Page(
    /// The shared state.
    state: AppState,
) -> impl IntoView {
    let share_status = signal(String::new());
    let share_link = signal(String::new());
    let link_id = format!("rr{}-share-link", state.uid);
    let on_submit = move |ev: SubmitEvent| {
        ev.prevent_default();
        create_ticket(state);
    };
    let link_id2 = link_id.clone();
    let share = move |_| {
        let value = state
            .policy
            .with_untracked(|p| state.form.with_untracked(|f| f.to_value(p)));
        let url = share::share_link(&dom::page_address(), &value);
        share_link.set(url.clone());
        let fallback = link_id2.clone();
        spawn_local(async move {
            let message = match copy(url, fallback).await {
                Copied::Done => "Link copied. Anyone who opens it gets the form filled in as it is now.",
                Copied::Selected => "Could not copy automatically: the link is selected below, press Ctrl+C (or ⌘C) to copy it.",
            };
            share_status.set(message.into());
        });
    };
    let content = view! {
        <ErrorSummary state />
        <header class="rr-header">
            <h1 class="rr-title">"Request a database refresh"</h1>
            <p class="rr-lede">
                "Fill in the form: it checks your request against the vendor's rules as you type, then writes the ticket for you to paste into the vendor's help center. All times are in UTC."
            </p>
        </header>
        <PlanningBanner state />
        <Notices state />
        <div class="rr-layout">
            <div class="rr-main">
                <form class="rr-form" novalidate on:submit=handler(on_submit)>
                    <VendorField state />
                    {dyn_view(move || state.policy.with(|p| sections(state, p)))}
                    <div class="rr-actions rr-actions--main">
                        <button type="submit" class="rr-button rr-button--primary">
                            "Create ticket"
                        </button>
                        {(!state.embedded)
                            .then(|| {
                                view! {
                                    <button type="button" class="rr-button rr-button--secondary" on:click=handler(share)>
                                        "Copy share link"
                                    </button>
                                }
                            })}
                        <button type="button" class="rr-button rr-button--warning" on:click=handler(move |_| clear(state))>
                            "Clear the form"
                        </button>
                    </div>
                    <p class="rr-status" role="status">
                        {share_status}
                    </p>
                    {when(flag(move || !share_link.with(String::is_empty)), move || {
                        view! {
                            <div class="rr-field">
                                <label class="rr-label" for=link_id.clone()>
                                    "Share link"
                                </label>
                                <input class="rr-input" type="text" id=link_id.clone() readonly prop:value=share_link />
                            </div>
                        }
                        .into_any()
                    })}
                </form>
                <TicketPanel state />
            </div>
            <StatusPanel state />
        </div>
    };
    if state.embedded {
        Either::Left(view! { <div class="rr-app">{content}</div> })
    } else {
        Either::Right(view! { <main class="rr-app">{content}</main> })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::json::json;
    use crate::policy::builtins;

    fn draft_with_source(policy: &str, source: &str) -> Loaded {
        let p = Policy::builtin(policy).expect("builtin");
        let mut f = Form::new(p);
        f.set("source", source.into());
        f.set("source_url", source.into());
        Loaded::Draft(f)
    }

    #[test]
    fn a_link_wins_over_the_draft_and_its_values_show_at_once() {
        let link = json!({"policy": "veson-imos", "source": "A", "windows": ["soon"]});
        let s = start(
            builtins(),
            None,
            Some(&link),
            draft_with_source("veson-imos", "B"),
        )
        .expect("start");
        assert_eq!(s.form.get("source"), "A");
        assert_eq!(s.notices, [Notice::Prefilled]);
        assert!(s.touched.contains(&"windows[0]".to_string()));
    }

    #[test]
    fn the_draft_is_restored_and_keeps_its_policy() {
        let s = start(
            builtins(),
            None,
            Some(&json!({})),
            draft_with_source("clarity-saas", "https://a.example"),
        )
        .expect("start");
        assert_eq!(s.form.policy, "clarity-saas");
        assert_eq!(s.form.get("source_url"), "https://a.example");
        assert_eq!(s.notices, [Notice::Restored]);
        assert_eq!(s.touched, ["source_url"]);
    }

    #[test]
    fn the_embedders_policy_wins_and_unknown_ones_are_reported() {
        let s = start(
            builtins(),
            Some("clarity-saas"),
            None,
            draft_with_source("veson-imos", "B"),
        )
        .expect("start");
        assert_eq!(s.form.policy, "clarity-saas");
        let s = start(
            builtins(),
            None,
            Some(&json!({"policy": "acme", "source": "x"})),
            Loaded::Nothing,
        )
        .expect("start");
        assert_eq!(s.form.policy, "veson-imos");
        assert_eq!(
            s.notices,
            [Notice::UnknownPolicy("acme".into()), Notice::Prefilled]
        );
    }

    #[test]
    fn a_corrupt_draft_is_reported_and_ignored() {
        let s = start(builtins(), None, None, Loaded::Corrupt).expect("start");
        assert!(s.form.is_blank());
        assert_eq!(s.notices, [Notice::CorruptDraft]);
        assert!(start(&[], None, None, Loaded::Nothing).is_none());
    }

    #[test]
    fn too_many_windows_in_a_link_are_reported() {
        let link =
            json!({"window": ["2024-10-09T08:00Z", "2024-10-10T08:00Z"], "policy": "clarity-saas"});
        let s = start(builtins(), None, Some(&link), Loaded::Nothing).expect("start");
        assert_eq!(s.form.windows, ["2024-10-09T08:00Z"]);
        assert!(s.notices.contains(&Notice::ExtraWindows(1)));
    }
}
