//! The wasm inside `embed.js`: mounts a form into every `[data-refresh-request]`
//! element of a host page. Its own binary, so the standalone page's wasm
//! (`src/main.rs`) carries none of the embedding code.

fn main() {
    refresh_request::mount_embedded();
}
