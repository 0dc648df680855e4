//! How a form starts: the policy, the share link and the saved draft it
//! opens with ([`start`], plain data, tested natively), and the effects that
//! keep the draft, the title and the address bar in step with it afterwards.

use super::clock;
use super::dom;
use super::draft::{self, Loaded, NotSaved};
use super::error_summary;
use super::form::{is_request_key, Form};
use super::notice::Notice;
use super::share;
use super::state::AppState;
use leptos::prelude::*;
use refresh_request_core::catalog::Catalog;
use refresh_request_core::excerpt::excerpt;
use refresh_request_core::policy::Policy;
use serde_json::Value;
use std::cell::{Cell, RefCell};
use std::rc::Rc;
use std::sync::atomic::{AtomicU32, Ordering};

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
            let touched = form.filled_paths(policy);
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
        let link = (!embedded).then(|| {
            let mut link = refresh_request_core::prefill::from_location(&search, &hash);
            // The reader's language is the page's to read (crate::i18n), not a request value.
            if let Some(values) = link.as_object_mut() {
                values.remove("lang");
            }
            link
        });
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
    /// `heading_level`: the title's (`None`: 1); `compact`: the title is left out, and the
    /// sections take its level.
    pub fn into_state(
        self,
        heading_level: Option<u8>,
        compact: bool,
        events: Option<crate::Events>,
        texts: crate::i18n::Texts,
    ) -> AppState {
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
            // Compact: the host's own heading stands for the title, one level up.
            heading_level: heading_level.unwrap_or(1).clamp(1, 6) - u8::from(compact),
            compact,
            events: StoredValue::new_local(events),
            ..AppState::new(
                uid,
                embedded,
                locked,
                policies.clone(),
                first,
                started.form,
                now,
                texts,
            )
        };
        state.notices.set(started.notices);
        state.touched.set(started.touched);
        if let Some(search) = link_query {
            take_link_out_of_address(state, &search, &policies);
        }
        keep_draft(state, draft_key);
        super::ticket_panel::fetch_desk_language(state);
        if telling {
            super::ticket_events::follow(state);
            tell_changes(state);
        }
        if !embedded {
            keep_title(state);
            keep_policy_in_address(state, policies);
        }
        state
    }
}

/// The link's request values now live in the form (and the draft): takes them out of the
/// address bar, so a reload shows the draft, not the link.
fn take_link_out_of_address(state: AppState, search: &str, policies: &[Policy]) {
    let id = state.policy.with_untracked(|p| p.id.clone());
    dom::replace_query(&share::tidy_query(search, &id, |k| {
        is_request_key(k, policies)
    }));
}

/// Keeps the draft under `draft_key`: saved a moment after the last change (SAVE_DELAY_MS),
/// at once when the page is hidden or closed, and at start (a link's values must replace the
/// draft before anything else can happen). An empty form leaves nothing behind.
fn keep_draft(state: AppState, draft_key: String) {
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
    // The save a pause would make, made now: the page is hidden or closed,
    // or the form is taken off it.
    let save_pending: Rc<dyn Fn()> = Rc::new(move || {
        // Text still waiting in an input is a change the save effect has not seen.
        if state.unread.read_now() || dirty.get() {
            save_now();
        }
    });
    let listeners: Vec<_> = ["pagehide", "visibilitychange"]
        .into_iter()
        .map(|event| {
            let save_pending = save_pending.clone();
            window_event_listener_untyped(event, move |_| save_pending())
        })
        .collect();
    // Cleanups run before the form's signals go, so the last save can still read them.
    let stopping = StoredValue::new_local(Some((listeners, save_pending)));
    on_cleanup(move || {
        if let Some((listeners, save_pending)) = stopping.try_update_value(Option::take).flatten() {
            listeners.into_iter().for_each(WindowListenerHandle::remove);
            save_pending();
        }
    });
}

/// Tells the form's events of each change to what the form says, once, after it is made
/// (changes in one task are one); not the form it starts with, a restored draft included, and
/// not the clock's ticking, which changes no value the customer gave.
fn tell_changes(state: AppState) {
    Effect::new(move |seen: Option<()>| {
        state.form.track();
        if seen.is_some() {
            state
                .checked
                .with_untracked(|c| state.tell(crate::FormEvent::Changed(&c.report)));
        }
    });
}

/// Keeps the page's title saying "Error: " while the error summary shows.
fn keep_title(state: AppState) {
    let base = state.texts.t("page-title");
    let error = state.texts.t("tag-error-prefix");
    Effect::new(move |_| {
        let title = if error_summary::showing(&state) {
            format!("{error}{base}")
        } else {
            base.clone()
        };
        if dom::title() != title {
            dom::set_title(&title);
        }
    });
}

/// Keeps the chosen policy in the address, so a reload keeps it.
fn keep_policy_in_address(state: AppState, policies: Vec<Policy>) {
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
    fn a_link_keeps_the_draft_it_replaces_one_click_away() {
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
