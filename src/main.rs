//! Mounts the app; everything else lives in the library.

fn main() {
    refresh_request::mount_page();
}
