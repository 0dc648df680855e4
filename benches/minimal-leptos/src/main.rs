//! The smallest Leptos page worth comparing the app with: a form with one input, a button and
//! an output computed from them. scripts/bench times its load to the first shown
//! `.min-result` the way it times the app's load to the first shown verdict.

use leptos::prelude::*;

fn describe(text: &str, times: i64) -> String {
    match text.trim().parse::<i64>() {
        Ok(n) => format!("{n} × {times} = {}", n.saturating_mul(times)),
        Err(_) => "Enter a whole number.".to_string(),
    }
}

#[component]
fn Counter() -> impl IntoView {
    let (text, set_text) = signal(String::from("21"));
    let (times, set_times) = signal(2_i64);
    view! {
        <form class="min-form" on:submit=|ev| ev.prevent_default()>
            <label for="min-number">"A number"</label>
            <input
                id="min-number"
                type="text"
                prop:value=text
                on:input=move |ev| set_text.set(event_target_value(&ev))
            />
            <button type="button" on:click=move |_| set_times.update(|t| *t += 1)>
                "Multiply by one more"
            </button>
            <output class="min-result" for="min-number" role="status">
                {move || describe(&text.read(), times.get())}
            </output>
        </form>
    }
}

fn main() {
    mount_to_body(Counter);
}
