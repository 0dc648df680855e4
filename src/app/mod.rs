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
pub mod deferred;
pub mod dom;
pub mod draft;
pub mod error_summary;
pub mod field;
pub mod form;
pub mod instant_input;
pub mod layout;
pub mod notices;
pub mod planning_mode;
pub mod share;
pub mod state;
pub mod status_panel;
pub mod ticket_panel;
pub mod unread;

use calendar_view::{CalendarView, SuggestButton};
use dom::{copy_and_say, focus_later, target_value};
use draft::{Loaded, NotSaved};
use error_summary::ErrorSummary;
use field::{Field, Messages};
use form::{is_request_key, Form};
use layout::Part;
use leptos::either::Either;
use leptos::ev::SubmitEvent;
use leptos::prelude::*;

use notices::{Notice, Notices};
use planning_mode::{PlanningBanner, PlanningControl};
use refresh_request_core::catalog::Catalog;
use refresh_request_core::instant::excerpt;
use refresh_request_core::policy::Policy;
use serde_json::Value;
use state::AppState;
use status_panel::StatusPanel;
use std::cell::{Cell, RefCell};
use std::rc::Rc;
use std::sync::atomic::{AtomicU32, Ordering};
use ticket_panel::TicketPanel;

/// How long after the last change the draft is saved. A save writes the
/// whole form, which with a long paste costs more than a keystroke should;
/// typing at any speed saves once per pause instead.
const SAVE_DELAY_MS: u32 = 400;

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
        (Some(link), draft) if from_link => {
            let mut form = Form::new(policy);
            let applied = form.apply(link, policy);
            notices.push(Notice::Prefilled);
            if applied.extra_windows > 0 {
                notices.push(Notice::ExtraWindows(applied.extra_windows));
            }
            // The link takes the draft's place (and its storage): the draft
            // stays one click away, never silently lost.
            if let Some(mut had) = draft {
                had.sanitise(known(&had.policy).unwrap_or(first));
                if (!had.is_blank() || had.planning) && had != form {
                    notices.push(Notice::LinkReplacedDraft(Box::new(had)));
                }
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

/// What a form starts from, read from the page before anything is drawn:
/// the policies, the share link and the saved draft.
pub struct Opening {
    policies: Vec<Policy>,
    first: Policy,
    started: Start,
    uid: u32,
    embedded: bool,
    locked: bool,
    draft_key: String,
    /// The address's query, when it holds a share link's request values
    /// (they move into the form, and out of the address bar).
    link_query: Option<String>,
}

impl Opening {
    /// Reads the catalog (the page's own when `None`), the address (unless
    /// `embedded`) and the draft. `None` when there is no policy to show.
    pub fn read(
        catalog: Option<Catalog>,
        policy: Option<String>,
        embedded: bool,
        instance: u32,
    ) -> Option<Self> {
        let catalog = catalog.unwrap_or_else(|| crate::js_api::with_catalog(|c| c.clone()));
        let policies: Vec<Policy> = catalog.all().cloned().collect();
        let (search, hash) = if embedded {
            (String::new(), String::new())
        } else {
            dom::location_parts()
        };
        let link =
            (!embedded).then(|| refresh_request_core::prefill::from_location(&search, &hash));
        let draft_key = draft::key(embedded, policy.as_deref().unwrap_or("default"), instance);
        let loaded = draft::load(&draft_key);
        let started = start(&policies, policy.as_deref(), link.as_ref(), loaded)?;
        let first = policies.first()?.clone();
        let link_query = link
            .as_ref()
            .is_some_and(share::has_request)
            .then_some(search);
        Some(Self {
            policies,
            first,
            started,
            uid: NEXT_UID.fetch_add(1, Ordering::Relaxed),
            embedded,
            locked: embedded && policy.is_some(),
            draft_key,
            link_query,
        })
    }

    /// The form's state, with the clock and the effects that keep storage,
    /// the title and the address bar in step, and tell `events` of each change.
    /// `heading_level`: the title's (`None`: 1).
    fn into_state(self, heading_level: Option<u8>, events: Option<crate::Events>) -> AppState {
        let Opening {
            policies,
            first,
            started,
            uid,
            embedded,
            locked,
            draft_key,
            link_query,
        } = self;
        dom::track_pointer();
        let now = clock::ticking_now();
        let telling = events.is_some();
        let state = AppState {
            heading_level: heading_level.unwrap_or(1).clamp(1, 6),
            events: StoredValue::new_local(events),
            ..AppState::new(
                uid,
                embedded,
                locked,
                policies.clone(),
                first,
                started.form,
                now,
            )
        };
        state.notices.set(started.notices);
        state.touched.set(started.touched);

        // The link's request values now live in the form (and the draft): take
        // them out of the address bar, so a reload shows the draft, not the link.
        if let Some(search) = link_query {
            let id = state.policy.with_untracked(|p| p.id.clone());
            dom::replace_query(&share::tidy_query(&search, &id, |k| {
                is_request_key(k, &policies)
            }));
        }

        // Drafts: saved a moment after the last change (SAVE_DELAY_MS), at
        // once when the page is hidden or closed, and at start (a link's
        // values must replace the draft before anything else can happen).
        // An empty form leaves nothing behind.
        let dirty = Rc::new(Cell::new(false));
        let last: Rc<Cell<Option<NotSaved>>> = Rc::default();
        let save_now: Rc<dyn Fn()> = {
            let (dirty, key) = (dirty.clone(), draft_key.clone());
            Rc::new(move || {
                // Text still waiting in an input belongs in the draft too.
                state.unread.read_now();
                dirty.set(false);
                let outcome = state.form.with_untracked(|f| draft::save(&key, f));
                report_saving(state, &last, outcome);
            })
        };
        let pending: Rc<RefCell<Option<gloo_timers::callback::Timeout>>> = Rc::default();
        {
            let (dirty, save_now) = (dirty.clone(), save_now.clone());
            Effect::new(move |started: Option<()>| {
                let blank = state.form.with(|f| f.is_blank() && !f.planning);
                // Dropping the timer cancels the save it was waiting to make.
                pending.borrow_mut().take();
                if blank {
                    dirty.set(false);
                    draft::remove(&draft_key);
                } else if started.is_none() {
                    save_now();
                } else {
                    dirty.set(true);
                    let save_now = save_now.clone();
                    *pending.borrow_mut() = Some(gloo_timers::callback::Timeout::new(
                        SAVE_DELAY_MS,
                        move || save_now(),
                    ));
                }
            });
        }
        for event in ["pagehide", "visibilitychange"] {
            let (dirty, save_now) = (dirty.clone(), save_now.clone());
            // Kept for the page's life: the form lives as long as the page.
            let _ = window_event_listener_untyped(event, move |_| {
                // Text still waiting in an input is a change the save effect has not seen.
                if state.unread.read_now() || dirty.get() {
                    save_now();
                }
            });
        }

        // Each change to what the form says, once, after it is made (changes in one task
        // are one); not the form it starts with, a restored draft included, and not the
        // clock's ticking, which changes no value the customer gave.
        if telling {
            Effect::new(move |seen: Option<()>| {
                state.form.track();
                if seen.is_some() {
                    state
                        .checked
                        .with_untracked(|c| state.tell(crate::FormEvent::Changed(&c.report)));
                }
            });
        }

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
        state
    }
}

/// Builds the page: reads the link and the draft ([`Opening::read`]), then
/// draws it, or says why there is no form.
pub fn app(
    catalog: Option<Catalog>,
    policy: Option<String>,
    embedded: bool,
    instance: u32,
    heading_level: Option<u8>,
    events: Option<crate::Events>,
) -> impl IntoView {
    match Opening::read(catalog, policy, embedded, instance) {
        Some(opening) => {
            let state = opening.into_state(heading_level, events);
            Either::Right(view! { <Page state /> })
        }
        None => Either::Left(view! { <div class="rr-app">{no_policy()}</div> }),
    }
}

fn no_policy() -> impl IntoView {
    view! { <p class="rr-msg rr-msg--error">"No vendor policy could be loaded, so the form cannot be shown."</p> }
}

/// "Create ticket": the ticket if ready, else the error summary, focused.
fn create_ticket(state: AppState) {
    // Enter in a field submits without leaving it: its long text may still wait.
    state.unread.read_now();
    let ready = state.checked.with_untracked(|c| c.report.ready());
    state.show_all.set(true);
    state.exported.set(ready);
    if ready {
        state.policy.with_untracked(|p| {
            state
                .checked
                .with_untracked(|c| state.tell(crate::FormEvent::TicketCreated(p, c)))
        });
        focus_later(ticket_panel::heading_id(&state));
    } else {
        focus_later(error_summary::summary_id(&state));
    }
}

/// Empties the form (the notice offers Undo).
/// Says (once, until it changes or saving works again) that the draft is
/// not being saved, and takes the notice away once it is.
fn report_saving(state: AppState, last: &Cell<Option<NotSaved>>, outcome: Result<(), NotSaved>) {
    let now = outcome.err();
    if now == last.get() {
        return;
    }
    last.set(now);
    match now {
        Some(why) => state.notify(Notice::NotSaved(why)),
        None => state
            .notices
            .update(|n| n.retain(|x| !matches!(x, Notice::NotSaved(_)))),
    }
}

/// Brings back the draft a link's values replaced: every field as it was,
/// shown as visited (as a restored draft is).
pub(crate) fn restore_replaced_draft(state: AppState, draft: Form) {
    let touched = state.policies.with_value(|ps| {
        ps.iter()
            .find(|p| p.id == draft.policy)
            .map(|p| filled_paths(&draft, p))
            .unwrap_or_default()
    });
    state.form.set(draft);
    state.touched.set(touched);
    state.show_all.set(false);
    state.exported.set(false);
    state.notices.update(|n| {
        n.retain(|x| {
            !matches!(
                x,
                Notice::LinkReplacedDraft(_) | Notice::Prefilled | Notice::ExtraWindows(_)
            )
        })
    });
    state.notify(Notice::Restored);
    state
        .announcement
        .set("The draft you had was restored.".into());
}

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
                Notice::Restored
                    | Notice::Prefilled
                    | Notice::ExtraWindows(_)
                    | Notice::LinkReplacedDraft(_)
            )
        })
    });
    state.notify(Notice::Cleared(Box::new(previous)));
    state.announcement.set("The form was cleared.".into());
}

/// The vendor (policy) picker.
#[component]
fn VendorField() -> impl IntoView {
    let state = expect_context::<AppState>();
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
                    <option value=value prop:selected=move || state.form.with(|f| f.policy == v)>
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
                {move || state.policy.with(|p| p.summary.clone())}
            </p>
            <Messages path="policy" />
            <select
                class="rr-select"
                id=id
                aria-describedby=hint_id
                on:change=move |ev: leptos::ev::Event| change(target_value(&ev))
            >
                {options}
            </select>
        </div>
    }
    .into_any()
}

/// The sections of the chosen policy's form, as [`layout::sections`] lists
/// them: the first at once, the others once `rest` holds (a task later at
/// start-up; at once when another vendor is chosen, since it holds by then).
fn sections(state: AppState, p: &Policy, rest: ReadSignal<bool>) -> impl IntoView {
    let first = layout::sections(p)
        .into_iter()
        .next()
        .map(|s| section_view(state, s));
    let later = move || {
        state.policy.with_untracked(|p| {
            layout::sections(p)
                .into_iter()
                .skip(1)
                .map(|s| section_view(state, s))
                .collect_view()
        })
    };
    view! {
        {first}
        <Show when=move || rest.get()>{later()}</Show>
    }
}

fn section_view(state: AppState, s: layout::Section) -> impl IntoView {
    view! {
        <section class="rr-section">
            {state.heading(1).class("rr-section__title").child(s.title)}
            {s.parts.into_iter().map(|part| part_view(state, part)).collect_view()}
        </section>
    }
}

/// One part of a section.
fn part_view(state: AppState, part: Part) -> AnyView {
    match part {
        Part::Field(spec) => view! { <Field spec /> }.into_any(),
        Part::Intro(text) => view! { <p class="rr-hint">{text}</p> }.into_any(),
        Part::Planning => view! { <PlanningControl /> }.into_any(),
        Part::Windows {
            legend,
            list,
            fields,
        } => view! {
            <fieldset class="rr-fieldset rr-windows">
                <legend class="rr-legend rr-legend--m">{legend}</legend>
                {list.map(|path| view! { <Messages path /> })}
                {fields
                    .into_iter()
                    .map(|spec| part_view(state, Part::Field(spec)))
                    .collect_view()}
            </fieldset>
        }
        .into_any(),
        Part::Calendar => view! {
            {state.heading(2).class("rr-subheading").child("Planning calendar")}
            <div class="rr-actions">
                <SuggestButton />
            </div>
            <p class="rr-status rr-announce" role="status">
                {state.announcement}
            </p>
            <CalendarView />
        }
        .into_any(),
    }
}

/// The whole page. Its state is shared with every component under it as
/// context.
#[component]
pub fn Page(
    /// The form's state.
    state: AppState,
) -> impl IntoView {
    provide_context(state);
    let intro = view! {
        {state.heading(0).class("rr-title").child("Request a database refresh")}
        <p class="rr-lede">
            "Fill in the form: it checks your request against the vendor's rules as you type, then writes the ticket for you to paste into the vendor's help center. All times are in UTC."
        </p>
    };
    // On someone else's page a `header` outside their `main` would be a second banner
    // landmark: the host page has its own.
    let header = if state.embedded {
        Either::Left(view! { <div class="rr-header">{intro}</div> })
    } else {
        Either::Right(view! { <header class="rr-header">{intro}</header> })
    };
    let content = view! {
        <ErrorSummary />
        {header}
        <PageBody />
    };
    if state.embedded {
        Either::Left(view! { <div class="rr-app">{content}</div> })
    } else {
        Either::Right(view! { <main class="rr-app">{content}</main> })
    }
}

/// In a heading that names a landmark, what tells this form's landmark from another
/// form's on the same host page ([`AppState::landmark_suffix`]): for screen readers, which
/// list landmarks by name; the page shows which form is which.
#[component]
pub fn LandmarkSuffix() -> impl IntoView {
    let suffix = expect_context::<AppState>().landmark_suffix();
    (!suffix.is_empty()).then(|| view! { <span class="rr-visually-hidden">{suffix}</span> })
}

/// The page under its header: notices, the form, the ticket and the checks.
#[component]
pub fn PageBody() -> impl IntoView {
    let state = expect_context::<AppState>();
    let on_submit = move |ev: SubmitEvent| {
        ev.prevent_default();
        create_ticket(state);
    };
    // After the first section (below it, or in a column of their own), so
    // drawing them a task later moves nothing on screen.
    let after_first_draw = deferred::next_task();
    view! {
        <PlanningBanner />
        <Notices />
        <div class="rr-layout">
            <div class="rr-main">
                <form class="rr-form" novalidate on:submit=on_submit>
                    <VendorField />
                    {move || state.policy.with(|p| sections(state, p, after_first_draw))}
                    <Show when=move || after_first_draw.get()>
                        <FormActions />
                    </Show>
                </form>
                <Show when=move || after_first_draw.get()>
                    <TicketPanel />
                </Show>
            </div>
            <Show when=move || after_first_draw.get()>
                <StatusPanel />
            </Show>
        </div>
    }
}

/// What "Copy share link" says when the link would be too long, naming the
/// field by its label.
fn too_long_message(state: AppState, too_long: &share::TooLong) -> String {
    let label = state.policy.with_untracked(|p| {
        layout::sections(p)
            .into_iter()
            .flat_map(|s| s.parts)
            .flat_map(|part| match part {
                Part::Field(spec) => vec![spec],
                Part::Windows { fields, .. } => fields,
                _ => Vec::new(),
            })
            .find(|spec| spec.path == too_long.field)
            .map_or_else(|| too_long.field.clone(), |spec| spec.label)
    });
    format!(
        "Nothing was copied: this link would be {} characters long, and links over {} often break in mail and help centers. “{label}” makes it so long: shorten it, or create the ticket and send that instead.",
        too_long.length,
        share::MAX_LINK_CHARS
    )
}

/// The form's buttons (create the ticket, copy a share link, clear the
/// form) and the share link, once copied.
#[component]
fn FormActions() -> impl IntoView {
    let state = expect_context::<AppState>();
    let share_status = RwSignal::new(String::new());
    let share_link = RwSignal::new(String::new());
    let link_id = format!("rr{}-share-link", state.uid);
    let link_id2 = link_id.clone();
    let share = move |_: leptos::ev::MouseEvent| {
        let value = state
            .policy
            .with_untracked(|p| state.form.with_untracked(|f| f.to_value(p)));
        let url = match share::share_link(&dom::page_address(), &value) {
            Ok(url) => url,
            Err(too_long) => {
                // A link the browser cannot open is worse than none: copy nothing.
                share_link.set(String::new());
                share_status.set(too_long_message(state, &too_long));
                return;
            }
        };
        share_link.set(url.clone());
        copy_and_say(
            url,
            link_id2.clone(),
            share_status,
            (
                "Link copied. Anyone who opens it gets the form filled in as it is now.",
                "Could not copy automatically: the link is selected below, press Ctrl+C (or ⌘C) to copy it.",
            ),
        );
    };
    view! {
        <div class="rr-actions rr-actions--main">
            <button type="submit" class="rr-button rr-button--primary">
                "Create ticket"
            </button>
            {(!state.embedded)
                .then(|| {
                    view! {
                        <button type="button" class="rr-button rr-button--secondary" on:click=share>
                            "Copy share link"
                        </button>
                    }
                })}
            <button type="button" class="rr-button rr-button--warning" on:click=move |_| clear(state)>
                "Clear the form"
            </button>
        </div>
        <p class="rr-status" role="status">
            {share_status}
        </p>
        <Show when=move || !share_link.with(String::is_empty)>
            <div class="rr-field">
                <label class="rr-label" for=link_id.clone()>
                    "Share link"
                </label>
                <input class="rr-input" type="text" id=link_id.clone() readonly prop:value=share_link />
            </div>
        </Show>
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use refresh_request_core::policy::builtins;
    use serde_json::json;

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
        assert_eq!(s.notices[0], Notice::Prefilled);
        assert!(s.touched.contains(&"windows[0]".to_string()));
    }

    #[test]
    fn issue_22_a_link_keeps_the_draft_it_replaces_one_click_away() {
        let p = Policy::builtin("veson-imos").expect("builtin");
        let mut had = Form::new(p);
        had.set("source", "MINE".into());
        had.set("target", "MINE_test".into());
        let link = json!({"policy": "veson-imos", "source": "FROM_LINK"});
        let s = start(builtins(), None, Some(&link), Loaded::Draft(had.clone())).expect("start");
        assert_eq!(s.form.get("source"), "FROM_LINK");
        assert_eq!(s.form.get("target"), "");
        assert_eq!(
            s.notices,
            [Notice::Prefilled, Notice::LinkReplacedDraft(Box::new(had))]
        );
        // Nothing to keep: no draft, an empty one, or the link's own values.
        let mut same = Form::new(p);
        same.set("source", "FROM_LINK".into());
        for draft in [
            Loaded::Nothing,
            Loaded::Draft(Form::new(p)),
            Loaded::Draft(same),
        ] {
            let s = start(builtins(), None, Some(&link), draft).expect("start");
            assert_eq!(s.notices, [Notice::Prefilled]);
        }
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
        assert_eq!(
            (s.form.windows.len(), s.form.window(0)),
            (1, "2024-10-09T08:00Z")
        );
        assert!(s.notices.contains(&Notice::ExtraWindows(1)));
    }
}
