//! The page: its header, the notices, the form's sections (from
//! [`super::layout`]), its buttons, the ticket and the checks, laid out in
//! the order the start-up draws them ([`super::deferred`]).

use super::calendar_view::{CalendarView, SuggestButton};
use super::deferred;
use super::error_summary::ErrorSummary;
use super::field::{Field, Messages};
use super::form_actions::{create_ticket, FormActions};
use super::language_menu::LanguageMenu;
use super::layout::{self, Part};
use super::notice_list::NoticeList;
use super::planning_mode::{PlanningBanner, PlanningControl};
use super::state::AppState;
use super::status_panel::{StatusPanel, ToChecks};
use super::ticket_panel::TicketPanel;
use super::vendor_field::VendorField;
use leptos::either::Either;
use leptos::ev::SubmitEvent;
use leptos::prelude::*;
use refresh_request_core::policy::Policy;

/// The whole page. Its state is shared with every component under it as
/// context.
#[component]
pub fn Page(
    /// The form's state.
    state: AppState,
) -> impl IntoView {
    provide_context(state);
    let intro = view! {
        {state.heading(0).class("rr-title").child(state.texts.t("page-title"))}
        <p class="rr-lede">
            {state.texts.f("page-lede", &[("paste_into", state.paste_into().into())])}
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
        {(!state.compact).then_some(header)}
        {(!state.embedded).then(|| view! { <LanguageMenu /> })}
        <PageBody />
    };
    if state.embedded {
        Either::Left(view! { <div class="rr-app">{content}</div> })
    } else {
        Either::Right(view! { <main class="rr-app">{content}</main> })
    }
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
        <NoticeList />
        <ToChecks />
        <div class="rr-layout">
            <div class="rr-main">
                <form class="rr-form" id=state.id("form") novalidate on:submit=on_submit>
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

/// The sections of the chosen policy's form, as [`layout::sections`] lists
/// them: the first at once, the others once `rest` holds (a task later at
/// start-up; at once when another vendor is chosen, since it holds by then).
fn sections(state: AppState, p: &Policy, rest: ReadSignal<bool>) -> impl IntoView {
    let first = layout::sections(p, state.texts)
        .into_iter()
        .next()
        .map(|s| section_view(state, s));
    let later = move || {
        state.policy.with_untracked(|p| {
            layout::sections(p, state.texts)
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
            {state.heading(2).class("rr-subheading").child(state.texts.t("calendar"))}
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
