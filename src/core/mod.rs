//! The rules and data of Byte Bridge.
//!
//! Nothing under `core` calls Bevy or a browser API: level kinds, the robot interpreter and
//! solver, scoring, the progress model and its storage format all run (and are tested) as
//! plain Rust. `game` mirrors this state on screen; `web` stores it in the browser.

pub mod address;
pub mod class;
pub mod date;
pub mod export;
pub mod fit;
pub mod hash;
pub mod helplines;
pub mod i18n;
pub mod ids;
pub mod level;
pub mod package;
pub mod palette;
pub mod password;
pub mod profiles;
pub mod program;
pub mod progress;
pub mod quick;
pub mod reading;
pub mod shortcuts;
pub mod speech;

/// The content embedded from `assets/` at build time (see `build.rs`).
pub mod content {
    include!(concat!(env!("OUT_DIR"), "/content.rs"));
}
