//! The browser's clock and time zone: "now" at minute precision, ticking
//! while the page is open, and the user's local equivalent of a UTC instant
//! (the browser formats it: no time-zone data in the bundle).

use chrono::{DateTime, Duration, NaiveDateTime};
use gloo_timers::callback::Interval;
use js_sys::{Array, Date, Function, Intl, Object, Reflect};
use leptos::prelude::*;
use refresh_request_core::instant;
use wasm_bindgen::JsValue;

/// The browser's clock, in UTC, truncated to the minute
/// ([`instant::from_clock`]): the page's and the JavaScript API's "now".
pub fn now() -> NaiveDateTime {
    instant::from_clock(DateTime::from_timestamp_millis(Date::now() as i64).unwrap_or_default())
}

/// A signal holding "now", re-read every 10 seconds and changed once a
/// minute (a window valid at 11:59 may not be at 12:01). The timer stops
/// with the component that created it.
pub fn ticking_now() -> RwSignal<NaiveDateTime> {
    let now_signal = RwSignal::new(now());
    let interval = Interval::new(10_000, move || {
        let t = now();
        if now_signal.get_untracked() != t {
            now_signal.set(t);
        }
    });
    // Dropped (and so cancelled) when the owner is cleaned up.
    let _keep = StoredValue::new_local(interval);
    now_signal
}

thread_local! {
    /// `Wed 9 Oct, 04:00` in the browser's time zone, and the zone's name where the browser
    /// gives one.
    static LOCAL: (Option<Function>, Option<String>) = {
        let options = Object::new();
        for (k, v) in [("weekday", "short"), ("day", "numeric"), ("month", "short"), ("hour", "2-digit"), ("minute", "2-digit"), ("hourCycle", "h23")] {
            let _ = Reflect::set(&options, &JsValue::from_str(k), &JsValue::from_str(v));
        }
        let format = Intl::DateTimeFormat::new(&Array::of1(&JsValue::from_str("en-GB")), &options);
        let zone = Reflect::get(&format.resolved_options(), &JsValue::from_str("timeZone"))
            .ok()
            .and_then(|z| z.as_string());
        (Some(format.format()), zone)
    };
}

/// The browser's time zone, e.g. `Europe/Paris`; "your time zone" in the reader's language
/// where the browser does not name it.
fn zone(t: crate::i18n::Texts) -> String {
    LOCAL
        .with(|(_, zone)| zone.clone())
        .unwrap_or_else(|| t.t("local-zone"))
}

/// A UTC instant in the browser's time zone: `Wed 9 Oct, 04:00`.
fn local(t: NaiveDateTime) -> Option<String> {
    let ms = t.and_utc().timestamp_millis() as f64;
    let date = Date::new(&JsValue::from_f64(ms));
    LOCAL.with(|(format, _)| {
        format
            .as_ref()?
            .call1(&JsValue::UNDEFINED, &date)
            .ok()?
            .as_string()
    })
}

/// `= Wed 9 Oct, 04:00 in Europe/Paris`, or for a span
/// `= Wed 9 Oct, 04:00–06:00 in Europe/Paris`, in the reader's language (`local-echo`).
pub fn local_equivalent(
    start: NaiveDateTime,
    minutes: Option<u32>,
    t: crate::i18n::Texts,
) -> Option<String> {
    let text = if t.lang() == refresh_request_core::lang::Lang::En {
        english(start, minutes)?
    } else {
        in_language(t.lang().tag(), start, minutes)?
    };
    Some(t.f(
        "local-echo",
        &[("text", text.into()), ("zone", zone(t).into())],
    ))
}

/// The local date and time (or span) by `Intl` in `tag`: its own order and words, a span
/// by `formatRange` (which writes the day once when both ends share it).
fn in_language(tag: &str, start: NaiveDateTime, minutes: Option<u32>) -> Option<String> {
    let options = Object::new();
    for (k, v) in [
        ("weekday", "short"),
        ("day", "numeric"),
        ("month", "short"),
        ("hour", "2-digit"),
        ("minute", "2-digit"),
        ("hourCycle", "h23"),
    ] {
        let _ = Reflect::set(&options, &JsValue::from_str(k), &JsValue::from_str(v));
    }
    let format = Intl::DateTimeFormat::new(&Array::of1(&JsValue::from_str(tag)), &options);
    let date =
        |t: NaiveDateTime| Date::new(&JsValue::from_f64(t.and_utc().timestamp_millis() as f64));
    match minutes {
        None => format
            .format()
            .call1(&JsValue::UNDEFINED, &date(start))
            .ok()?
            .as_string(),
        Some(m) => {
            let end = start + Duration::minutes(i64::from(m));
            let range: Function = Reflect::get(&format, &JsValue::from_str("formatRange"))
                .ok()?
                .into();
            range
                .call2(&format, &date(start), &date(end))
                .ok()?
                .as_string()
        }
    }
}

/// The English echo's text: `Wed 9 Oct, 04:00`, a span `Wed 9 Oct, 04:00–06:00`.
fn english(start: NaiveDateTime, minutes: Option<u32>) -> Option<String> {
    let from = local(start)?;
    let text = match minutes {
        None => from,
        Some(m) => {
            let to = local(start + Duration::minutes(i64::from(m)))?;
            match (from.split_once(", "), to.split_once(", ")) {
                (Some((d1, t1)), Some((d2, t2))) if d1 == d2 => format!("{d1}, {t1}–{t2}"),
                _ => format!("{from} – {to}"),
            }
        }
    };
    Some(text)
}
