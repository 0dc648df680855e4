//! What the code that mounted the form hears about the ticket: each ticket the customer
//! creates, each change to it afterwards, and its withdrawal. A host page that copied the
//! ticket into its own fields must never be left holding one the form no longer shows.

use super::state::{AppState, Checked};
use crate::{FormEvent, Withdrawal};
use leptos::prelude::*;

/// Tells of the ticket the customer just created ("Create ticket" on a ready request),
/// even when it is the same as the last one told: each press is news to the host.
pub fn created(state: AppState) {
    state.checked.with_untracked(|c| tell_ticket(state, c));
}

/// Tells the ticket of `checked`, and remembers its request.
fn tell_ticket(state: AppState, checked: &Checked) {
    // The host is given the ticket as the vendor's desk gets it: in the desk's language.
    state.policy.with_untracked(|p| {
        let desk = checked.for_desk(p, state.texts, state.desk());
        state.tell(FormEvent::TicketCreated(p, &desk))
    });
    state.ticket_told.set_value(Some(checked.value.clone()));
}

/// From now on, after a ticket was created: tells the new ticket when a change alters the
/// request it was made from, and the withdrawal when the ticket goes (the form cleared,
/// another vendor chosen, or the request no longer ready, a change of the clock included).
/// The ticket's request, not its text, is compared: the minute ticking over changes no
/// value the customer gave.
pub fn follow(state: AppState) {
    Effect::new(move |_| {
        let shown = state.exported.get();
        state.checked.with(|c| {
            let (told, had) = state
                .ticket_told
                .with_value(|t| (t.as_ref() == Some(&c.value), t.is_some()));
            if shown && c.report.ready() {
                if !told {
                    tell_ticket(state, c);
                }
            } else if had {
                let why = if shown {
                    Withdrawal::NotReady
                } else {
                    Withdrawal::Cleared
                };
                state.tell(FormEvent::TicketWithdrawn(why));
                state.ticket_told.set_value(None);
            }
        });
    });
}
