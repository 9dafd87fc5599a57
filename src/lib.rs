pub mod core;
#[cfg(feature = "game")]
pub mod game;
#[cfg(all(feature = "web", target_arch = "wasm32"))]
pub mod web;
