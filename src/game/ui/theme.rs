//! Colours and sizes. High contrast, large targets: the smallest control is 56 px (above the
//! 48 px minimum for small fingers).

use bevy::prelude::*;

pub const BACKGROUND: Color = Color::srgb(0.118, 0.165, 0.278);
pub const PANEL: Color = Color::srgb(0.173, 0.239, 0.4);
pub const TEXT: Color = Color::WHITE;
pub const TEXT_DIM: Color = Color::srgb(0.79, 0.83, 0.92);
pub const TEXT_DARK: Color = Color::srgb(0.118, 0.165, 0.278);
pub const PRIMARY: Color = Color::srgb(0.949, 0.639, 0.227);
pub const SECONDARY: Color = Color::srgb(0.247, 0.357, 0.604);
pub const DISABLED: Color = Color::srgb(0.3, 0.34, 0.45);
pub const SUCCESS: Color = Color::srgb(0.231, 0.698, 0.451);
pub const DANGER: Color = Color::srgb(0.894, 0.341, 0.18);
pub const HIGHLIGHT: Color = Color::srgb(1.0, 0.824, 0.247);
pub const FLOOR: Color = Color::srgb(0.91, 0.933, 0.976);
pub const WALL: Color = Color::srgb(0.29, 0.345, 0.47);
pub const GOAL: Color = Color::srgb(0.81, 0.96, 0.87);
pub const LAMP_OFF: Color = Color::srgb(0.55, 0.58, 0.66);
/// Tiles by kind: loops, conditions, helpers (moves use PRIMARY).
pub const LOOP: Color = Color::srgb(0.38, 0.8, 0.78);
pub const CONDITION: Color = Color::srgb(0.78, 0.62, 0.95);
pub const HELPER: Color = Color::srgb(0.55, 0.85, 0.45);
/// The counter's tiles (set, add one).
pub const COUNTER: Color = Color::srgb(0.96, 0.62, 0.72);
pub const ROBOT: Color = Color::srgb(0.2, 0.6, 0.86);
pub const STAR: Color = Color::srgb(1.0, 0.824, 0.247);
pub const STAR_EMPTY: Color = Color::srgb(0.353, 0.416, 0.565);

/// The smallest side of anything that can be tapped, in logical (CSS) pixels.
pub const MIN_TARGET: f32 = 56.0;
pub const GAP: f32 = 12.0;
pub const RADIUS: f32 = 14.0;

pub const FONT_BODY: f32 = 24.0;
pub const FONT_SMALL: f32 = 20.0;
pub const FONT_HEADING: f32 = 36.0;
pub const FONT_TITLE: f32 = 64.0;

/// Coloured floor on the board (and the swatch on `if` tiles). Light tints, so the robot and
/// lamps on them keep their contrast.
pub fn floor_colour(colour: crate::core::program::Colour) -> Color {
    match colour {
        crate::core::program::Colour::Red => Color::srgb(0.98, 0.62, 0.6),
        crate::core::program::Colour::Blue => Color::srgb(0.55, 0.72, 0.98),
        crate::core::program::Colour::Green => Color::srgb(0.6, 0.9, 0.6),
    }
}
