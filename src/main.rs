//! The web app's entry point (binary `dianli-app`, built for wasm32 by Trunk).
//!
//! Everything lives in `dianli::views` (components, wasm only) and `dianli::client`
//! (state, reducer and strings, testable natively).

#[cfg(target_arch = "wasm32")]
fn main() {
    dianli::views::run();
}

/// On native targets there is nothing to run: the app only exists in the browser.
/// This stub keeps `cargo build` / `cargo test` / `cargo clippy` working natively;
/// the `estimate` command is the native client of the engine.
#[cfg(not(target_arch = "wasm32"))]
fn main() {}
