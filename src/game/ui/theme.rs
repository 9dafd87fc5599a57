//! Colours and sizes. High contrast, large targets: the smallest control is 56 px (above the
//! 48 px minimum for small fingers). The colours are `core::palette`'s, where their contrast
//! and colour-vision checks live.

use crate::core::palette::{self, Rgb};
use bevy::prelude::*;

const fn from(colour: Rgb) -> Color {
    Color::srgb(colour.0, colour.1, colour.2)
}

pub const BACKGROUND: Color = from(palette::BACKGROUND);
pub const PANEL: Color = from(palette::PANEL);
pub const TEXT: Color = from(palette::TEXT);
pub const TEXT_DIM: Color = from(palette::TEXT_DIM);
pub const TEXT_DARK: Color = from(palette::TEXT_DARK);
pub const PRIMARY: Color = from(palette::PRIMARY);
pub const SECONDARY: Color = from(palette::SECONDARY);
pub const DISABLED: Color = from(palette::DISABLED);
pub const SUCCESS: Color = from(palette::SUCCESS);
pub const DANGER: Color = from(palette::DANGER);
pub const HIGHLIGHT: Color = from(palette::HIGHLIGHT);
pub const FLOOR: Color = from(palette::FLOOR);
pub const WALL: Color = from(palette::WALL);
pub const GOAL: Color = from(palette::GOAL);
pub const LAMP_OFF: Color = from(palette::LAMP_OFF);
/// Tiles by kind: loops, conditions, helpers (moves use PRIMARY).
pub const LOOP: Color = from(palette::LOOP);
pub const CONDITION: Color = from(palette::CONDITION);
pub const HELPER: Color = from(palette::HELPER);
/// The counter's tiles (set, add one).
pub const COUNTER: Color = from(palette::COUNTER);
pub const ROBOT: Color = from(palette::ROBOT);
pub const STAR: Color = from(palette::STAR);
pub const STAR_EMPTY: Color = from(palette::STAR_EMPTY);

/// The smallest side of anything that can be tapped, in logical (CSS) pixels.
pub const MIN_TARGET: f32 = 56.0;
pub const GAP: f32 = 12.0;
pub const RADIUS: f32 = 14.0;

pub const FONT_BODY: f32 = 24.0;
pub const FONT_SMALL: f32 = 20.0;
pub const FONT_HEADING: f32 = 36.0;
pub const FONT_TITLE: f32 = 64.0;

/// A player's avatar colour by its id.
pub fn avatar_colour(id: &str) -> Color {
    from(palette::avatar(id))
}

/// Coloured floor on the board (and the swatch on `if` tiles).
pub fn floor_colour(colour: crate::core::program::Colour) -> Color {
    match colour {
        crate::core::program::Colour::Red => from(palette::FLOOR_RED),
        crate::core::program::Colour::Blue => from(palette::FLOOR_BLUE),
        crate::core::program::Colour::Green => from(palette::FLOOR_GREEN),
    }
}
