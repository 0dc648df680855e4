//! Small browser helpers, one concern a module: elements by id (shadow roots included), focus,
//! what an input holds, the clipboard, downloads, the address bar, the title, and clicks in
//! progress. Every call tolerates a missing or refusing browser API: nothing here can panic or
//! throw into the app.

mod address;
mod clipboard;
mod download;
mod elements;
mod focus;
mod input;
mod pointer;
mod title;

pub use address::{location_parts, page_address, replace_query};
pub use clipboard::{copy, copy_and_say, Copied};
pub use download::download;
pub use elements::{add_shadow_root, element_by_id, is_form_shadow_root};
pub use focus::{focus, focus_first_control, focus_later};
pub use input::{target_checked, target_value, text_units};
pub use pointer::{after_click, track_pointer};
pub use title::{set_title, title};
