//! The Bevy game: one plugin per screen or feature. Systems turn taps into core commands and
//! mirror core state on screen; the rules themselves live in `crate::core`.

pub mod a11y;
pub mod catalog;
pub mod i18n;
pub mod levels;
pub mod mission;
pub mod package;
pub mod platform;
pub mod progress;
pub mod quick;
pub mod redraw;
pub mod screens;
pub mod speech;
pub mod ui;

use bevy::prelude::*;

/// Adds the whole game. The host (browser build or test) may insert a
/// [`platform::Platform`] first; without one the game keeps progress in memory.
pub fn plugin(app: &mut App) {
    app.add_plugins((
        platform::plugin,
        catalog::plugin,
        i18n::plugin,
        progress::plugin,
        mission::plugin,
        package::plugin,
        redraw::plugin,
        ui::plugin,
        a11y::plugin,
        screens::plugin,
        levels::plugin,
        speech::plugin,
        quick::plugin,
    ));
}
