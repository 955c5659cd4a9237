//! The Yew app (wasm only): a thin client of the engine.
