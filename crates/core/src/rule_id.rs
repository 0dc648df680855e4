//! The rule ids the core gives (docs/rules.md names each under a heading of
//! its own, docs/desk.md the desk's), as one typed list: the rules, the
//! request reader, the catalog, the desk and the app's checklist all name an
//! id by its [`RuleId`], so an id is spelled once, here. The ids are a public
//! contract: reports, tickets and scripts carry them as text.
//!
//! A policy's own rules come on top: its acknowledgements (`ack.…`) and
//! notes (`note.…`) carry the ids the policy gives them, which is why a
//! [`Finding`](crate::finding::Finding)'s rule is a string.

use std::fmt;

/// A rule id the core itself gives.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum RuleId {
    /// `window.count`: not as many windows as the policy asks for.
    WindowCount,
    /// `window.overlap`: two windows overlap.
    WindowOverlap,
    /// `window.weekend`: a window touches a Saturday or Sunday.
    WindowWeekend,
    /// `window.holiday`: a window falls on a public holiday of the region.
    WindowHoliday,
    /// `window.blackout`: a window overlaps one of the policy's blackouts.
    WindowBlackout,
    /// `window.hours`: a window lies outside the service hours.
    WindowHours,
    /// `holiday.coverage`: the holiday data does not cover a window's year.
    HolidayCoverage,
    /// `notice.business_days`: a window starts too soon, in business days.
    NoticeBusinessDays,
    /// `notice.hours`: a window starts too soon, in hours.
    NoticeHours,
    /// `pit.notice`: too soon for a point-in-time refresh.
    PitNotice,
    /// `pit.max_age`: a window is too long after the restore point.
    PitMaxAge,
    /// `pit.future`: the restore point is after a window's start.
    PitFuture,
    /// `pit.infeasible`: no window can meet both point-in-time limits.
    PitInfeasible,
    /// `env.same`: the source and target are the same environment.
    EnvSame,
    /// `url.invalid`: an environment URL is not a full https:// address.
    UrlInvalid,
    /// `direction.to_prod`: the target is production.
    DirectionToProd,
    /// `direction.nonstandard`: not one of the vendor's usual directions.
    DirectionNonstandard,
    /// `version.mismatch`: the versions differ.
    VersionMismatch,
    /// `version.missing`: a version the policy asks for is empty.
    VersionMissing,
    /// `version.unreadable`: a version cannot be read as a release.
    VersionUnreadable,
    /// `upgrade.conflict`: the next upgrade comes before the refresh ends.
    UpgradeConflict,
    /// `field.required`: a required field is empty.
    FieldRequired,
    /// `field.invalid`: a value cannot be read.
    FieldInvalid,
    /// `field.too_long`: a one-line value is longer than any real one.
    FieldTooLong,
    /// `ticket.edited`: a ticket's readable line differs from its carried request.
    TicketEdited,
    /// `ticket.unverified`: a ticket's request does not pass the rules at its
    /// own submission time, so its lines cannot be compared.
    TicketUnverified,
    /// `ticket.policy_changed`: a ticket checked against another version of its policy.
    TicketPolicyChanged,
}

impl RuleId {
    /// Every id, in the order docs/rules.md describes them, the desk's last.
    pub const ALL: [RuleId; 27] = [
        RuleId::WindowCount,
        RuleId::WindowOverlap,
        RuleId::WindowWeekend,
        RuleId::WindowHoliday,
        RuleId::WindowBlackout,
        RuleId::WindowHours,
        RuleId::HolidayCoverage,
        RuleId::NoticeBusinessDays,
        RuleId::NoticeHours,
        RuleId::PitNotice,
        RuleId::PitMaxAge,
        RuleId::PitFuture,
        RuleId::PitInfeasible,
        RuleId::EnvSame,
        RuleId::UrlInvalid,
        RuleId::DirectionToProd,
        RuleId::DirectionNonstandard,
        RuleId::VersionMismatch,
        RuleId::VersionMissing,
        RuleId::VersionUnreadable,
        RuleId::UpgradeConflict,
        RuleId::FieldRequired,
        RuleId::FieldInvalid,
        RuleId::FieldTooLong,
        RuleId::TicketEdited,
        RuleId::TicketUnverified,
        RuleId::TicketPolicyChanged,
    ];

    /// What the desk's ids start with: they are about a ticket as it
    /// arrived, not about the request.
    pub const DESK_PREFIX: &'static str = "ticket.";

    /// The id as reports and tickets write it, e.g. `window.weekend`.
    pub const fn as_str(self) -> &'static str {
        match self {
            RuleId::WindowCount => "window.count",
            RuleId::WindowOverlap => "window.overlap",
            RuleId::WindowWeekend => "window.weekend",
            RuleId::WindowHoliday => "window.holiday",
            RuleId::WindowBlackout => "window.blackout",
            RuleId::WindowHours => "window.hours",
            RuleId::HolidayCoverage => "holiday.coverage",
            RuleId::NoticeBusinessDays => "notice.business_days",
            RuleId::NoticeHours => "notice.hours",
            RuleId::PitNotice => "pit.notice",
            RuleId::PitMaxAge => "pit.max_age",
            RuleId::PitFuture => "pit.future",
            RuleId::PitInfeasible => "pit.infeasible",
            RuleId::EnvSame => "env.same",
            RuleId::UrlInvalid => "url.invalid",
            RuleId::DirectionToProd => "direction.to_prod",
            RuleId::DirectionNonstandard => "direction.nonstandard",
            RuleId::VersionMismatch => "version.mismatch",
            RuleId::VersionMissing => "version.missing",
            RuleId::VersionUnreadable => "version.unreadable",
            RuleId::UpgradeConflict => "upgrade.conflict",
            RuleId::FieldRequired => "field.required",
            RuleId::FieldInvalid => "field.invalid",
            RuleId::FieldTooLong => "field.too_long",
            RuleId::TicketEdited => "ticket.edited",
            RuleId::TicketUnverified => "ticket.unverified",
            RuleId::TicketPolicyChanged => "ticket.policy_changed",
        }
    }

    /// The id written `id` (exactly), if the core gives it.
    pub fn parse(id: &str) -> Option<RuleId> {
        RuleId::ALL.into_iter().find(|r| r.as_str() == id)
    }
}

impl fmt::Display for RuleId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl AsRef<str> for RuleId {
    fn as_ref(&self) -> &str {
        self.as_str()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The ids are a public contract: this list changes only with the docs.
    /// Each is listed once (the texts differ) and reads back as itself.
    #[test]
    fn the_ids_are_the_contract_s_and_read_back() {
        let ids: Vec<String> = RuleId::ALL.iter().map(RuleId::to_string).collect();
        let read: Vec<Option<RuleId>> = ids.iter().map(|id| RuleId::parse(id)).collect();
        assert_eq!(read, RuleId::ALL.map(Some));
        assert_eq!(RuleId::parse("Field.required"), None);
        assert_eq!(RuleId::parse("ack.jobs"), None);
        assert_eq!(
            ids,
            [
                "window.count",
                "window.overlap",
                "window.weekend",
                "window.holiday",
                "window.blackout",
                "window.hours",
                "holiday.coverage",
                "notice.business_days",
                "notice.hours",
                "pit.notice",
                "pit.max_age",
                "pit.future",
                "pit.infeasible",
                "env.same",
                "url.invalid",
                "direction.to_prod",
                "direction.nonstandard",
                "version.mismatch",
                "version.missing",
                "version.unreadable",
                "upgrade.conflict",
                "field.required",
                "field.invalid",
                "field.too_long",
                "ticket.edited",
                "ticket.unverified",
                "ticket.policy_changed",
            ]
        );
    }

    /// Each id is described where people look for it: a rule under its own
    /// heading in docs/rules.md, a desk's id in docs/desk.md.
    #[test]
    fn every_id_is_documented() {
        let rules = include_str!("../../../docs/rules.md");
        let desk = include_str!("../../../docs/desk.md");
        for id in RuleId::ALL {
            let id = id.as_str();
            if id.starts_with(RuleId::DESK_PREFIX) {
                assert!(desk.contains(&format!("`{id}`")), "{id} in docs/desk.md");
            } else {
                assert!(
                    rules.lines().any(|l| l == format!("### {id}")),
                    "{id} in docs/rules.md"
                );
            }
        }
    }
}
