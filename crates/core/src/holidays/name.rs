//! A holiday's name in the reader's language: the holiday data writes each name in English
//! (`Christmas Day (observed)`, `Chinese New Year (estimated); Hari Raya Puasa (estimated)`),
//! and each holiday of each region has a message in the catalogs (`holiday-name-christmas-day`)
//! which these names are written from, with the catalogs' words for a day off moved from a
//! weekend (observed), a date not yet fixed (estimated) and two holidays on one day. A policy
//! may word a holiday's message its own way ([`crate::policy::Overrides`]): [`is_id`] says
//! which ids it may word, the same ids the catalogs give.

use super::Region;
use crate::message::Messages;

/// The suffixes the data puts after a holiday's name, with the message that says each.
const MARKS: [(&str, &str); 3] = [
    (" (observed, estimated)", "holiday-observed-estimated"),
    (" (observed)", "holiday-observed"),
    (" (estimated)", "holiday-estimated"),
];

/// Holidays whose English name is another region's name for a different day: their id adds
/// the region (the United States' Labor Day is in September, everyone else's on 1 May).
const REGIONAL: [(Region, &str); 1] = [(Region::Us, "Labor Day")];

/// How every holiday's message id starts.
pub const PREFIX: &str = "holiday-name-";

/// The message id of one holiday, `name` as the data writes it without its marks:
/// `holiday-name-` and the name in lower case, dashes for spaces and punctuation
/// (`New Year's Day` → `holiday-name-new-years-day`).
pub fn id(region: Region, name: &str) -> String {
    let mut id = String::from(PREFIX);
    let mut dash = false;
    for c in name.chars().filter(|c| !matches!(c, '\'' | '’' | '.')) {
        if c.is_ascii_alphanumeric() {
            if dash && !id.ends_with('-') {
                id.push('-');
            }
            dash = false;
            id.push(c.to_ascii_lowercase());
        } else {
            dash = true;
        }
    }
    if let Some((r, _)) = REGIONAL.iter().find(|(r, n)| *r == region && *n == name) {
        id.push_str("--");
        id.push_str(&r.code().to_ascii_lowercase());
    }
    id
}

/// A holiday's name in `region`'s data, as `messages` writes it; in English, as the data
/// has it. A name the catalogs do not know stays as the data writes it.
pub fn name_in(region: Region, name: &str, messages: &dyn Messages) -> String {
    match name.split_once("; ") {
        Some((first, second)) => messages.format(
            "holiday-pair",
            &[
                ("first", one(region, first, messages).into()),
                ("second", name_in(region, second, messages).into()),
            ],
        ),
        None => one(region, name, messages),
    }
}

/// One holiday with its marks.
fn one(region: Region, name: &str, messages: &dyn Messages) -> String {
    let (base, mark) = unmarked(name);
    let base = plain(region, base, messages);
    match mark {
        Some(mark) => messages.format(mark, &[("name", base.into())]),
        None => base,
    }
}

/// One holiday as the data writes it without its mark, and the message that says the mark.
fn unmarked(name: &str) -> (&str, Option<&'static str>) {
    MARKS
        .iter()
        .find_map(|&(suffix, mark)| Some((name.strip_suffix(suffix)?, Some(mark))))
        .unwrap_or((name, None))
}

/// One holiday without marks.
fn plain(region: Region, name: &str, messages: &dyn Messages) -> String {
    let id = id(region, name);
    let text = messages.format(&id, &[]);
    if text == id {
        name.to_owned()
    } else {
        text
    }
}

/// Whether `wanted` is the message id ([`id`]) of a holiday of the data: the ids the catalogs
/// name and a policy's `messages` may word. It asks the data the core already holds, not a
/// catalog: the page's English has no holiday names (it writes the data's own).
pub fn is_id(wanted: &str) -> bool {
    any_holiday(|region, name| id(region, name) == wanted)
}

/// Every holiday (without its marks) of every region's data, with its region, each once:
/// what the catalogs must name.
pub fn every_holiday() -> Vec<(Region, &'static str)> {
    let mut out: Vec<(Region, &'static str)> = Vec::new();
    any_holiday(|region, name| {
        if !out.contains(&(region, name)) {
            out.push((region, name));
        }
        false
    });
    out
}

/// Gives `each` every holiday of every region's data (without its marks, each of two
/// holidays on one day on its own, as often as the data names it) until it answers true;
/// whether it did.
fn any_holiday(mut each: impl FnMut(Region, &'static str) -> bool) -> bool {
    // Loops rather than iterator adapters, and a split at a character rather than at "; ":
    // they weigh less in the page's wasm, which asks [`is_id`].
    for region in Region::ALL {
        for name in super::all_names(region) {
            for one in name.split(';') {
                if each(region, unmarked(one.strip_prefix(' ').unwrap_or(one)).0) {
                    return true;
                }
            }
        }
    }
    false
}

#[cfg(all(test, feature = "fluent"))]
mod tests {
    use super::*;
    use crate::lang::Lang;
    use crate::message::{in_lang, Fluent};

    #[test]
    fn ids_are_the_names_in_lower_case_with_dashes() {
        assert_eq!(
            id(Region::Gb, "New Year's Day"),
            "holiday-name-new-years-day"
        );
        assert_eq!(
            id(Region::In, "Dr. B. R. Ambedkar's Jayanti"),
            "holiday-name-dr-b-r-ambedkars-jayanti"
        );
        assert_eq!(
            id(Region::In, "Id-ul-Zuha (Bakrid)"),
            "holiday-name-id-ul-zuha-bakrid"
        );
        assert_eq!(id(Region::De, "Labor Day"), "holiday-name-labor-day");
        assert_eq!(id(Region::Us, "Labor Day"), "holiday-name-labor-day--us");
    }

    /// Every holiday of every region has its message in every language, which formats
    /// without a problem and says something of its own (not the id, not empty).
    #[test]
    fn every_holiday_has_a_name_in_every_language() {
        let all = every_holiday();
        assert!(all.len() > 80, "{}", all.len());
        for lang in Lang::ALL {
            let fluent = Fluent::new(lang);
            for (region, name) in &all {
                let id = id(*region, name);
                let (text, problems) = fluent
                    .try_format(&id, &[])
                    .unwrap_or_else(|| panic!("{lang}: no {id} ({region} {name:?})"));
                assert!(problems.is_empty(), "{lang} {id}: {problems:?}");
                assert!(!text.trim().is_empty(), "{lang} {id}");
            }
        }
    }

    /// The holiday names of a catalog are exactly the ids of the data's holidays: no
    /// holiday lacks its message, and no message names a holiday the data no longer has
    /// (which a policy could then not word either).
    #[test]
    fn the_catalogs_holiday_names_are_the_datas_ids() {
        let mut catalog: Vec<String> = crate::message::catalog(Lang::En)
            .lines()
            .filter_map(|line| line.split_once(" = "))
            .map(|(id, _)| id.to_string())
            .filter(|id| id.starts_with(PREFIX))
            .collect();
        catalog.sort_unstable();
        let mut data: Vec<String> = every_holiday()
            .into_iter()
            .map(|(region, name)| id(region, name))
            .collect();
        data.sort_unstable();
        data.dedup();
        assert_eq!(catalog, data);
        assert!(catalog.iter().all(|id| is_id(id)));
        for not_one in [
            "holiday-name-",
            "holiday-name-christmas",
            "holiday-name-labor-day--gb",
        ] {
            assert_eq!(
                is_id(not_one),
                catalog.iter().any(|id| id == not_one),
                "{not_one}"
            );
        }
    }

    /// In English every name reads exactly as the data writes it, marks and pairs included.
    #[test]
    fn english_names_are_the_datas() {
        let english = in_lang(Lang::En);
        for region in Region::ALL {
            for name in super::super::names(region) {
                assert_eq!(name_in(region, name, english), name, "{region}");
            }
        }
    }

    #[test]
    fn other_languages_name_each_holiday_and_its_marks() {
        let de = in_lang(Lang::De);
        assert_eq!(
            name_in(Region::Gb, "Christmas Day (observed)", de),
            "Erster Weihnachtsfeiertag (nachgeholt)"
        );
        assert_eq!(name_in(Region::De, "Labor Day", de), "Tag der Arbeit");
        assert_eq!(
            name_in(Region::Us, "Labor Day", de),
            "Labor Day (Tag der Arbeit in den USA)"
        );
        assert_eq!(
            name_in(
                Region::Sg,
                "Chinese New Year (estimated); Hari Raya Puasa (estimated)",
                de
            ),
            "Chinesisches Neujahr (voraussichtlich); Hari Raya Puasa (Zuckerfest) (voraussichtlich)"
        );
        let ja = in_lang(Lang::Ja);
        assert_eq!(name_in(Region::Jp, "Substitute Holiday", ja), "振替休日");
        assert_eq!(
            name_in(Region::No, "Constitution Day; Pentecost Monday", ja),
            "憲法記念日、ペンテコステの翌月曜日"
        );
        // Arabic isolates the name it puts in a sentence (FSI … PDI).
        let ar = in_lang(Lang::Ar);
        assert_eq!(
            name_in(Region::Gb, "Boxing Day (observed)", ar),
            "\u{2068}يوم الهدايا\u{2069} (يوم بديل)"
        );
    }

    #[test]
    fn a_name_the_catalogs_do_not_know_stays_as_the_data_writes_it() {
        let de = in_lang(Lang::De);
        assert_eq!(
            name_in(Region::Gb, "Moon Landing Day", de),
            "Moon Landing Day"
        );
        assert_eq!(
            name_in(Region::Gb, "Moon Landing Day (observed)", de),
            "Moon Landing Day (nachgeholt)"
        );
    }
}
