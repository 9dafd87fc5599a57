//! How big text is drawn and how much room its letters and lines get: a player's own
//! choices on their settings screen (issue #18 §3), kept in `core::profiles::Settings`.
//!
//! - Larger text, up to 200 % (WCAG 2.1 1.4.4 Resize text): every text of the game grows by
//!   [`TextSize::scale`]; buttons and cards grow around their words, so controls with words
//!   grow with them.
//! - More space (WCAG 2.1 1.4.12 Text spacing): lines 1.5 times the font size apart and
//!   0.12 of the font size between letters, the figures 1.4.12 names. The game's paragraphs
//!   are separate boxes with a gap between them, not lines of one text.

use serde::{Deserialize, Serialize};

/// The font size against which the game's text sizes are given (logical px): the game's
/// smallest text at normal size (`game::ui::theme::FONT_SMALL`).
pub const BASE_FONT: f32 = 20.0;

/// Line height with more space, as a multiple of the font size (WCAG 1.4.12: at least 1.5).
pub const SPACED_LINE_HEIGHT: f32 = 1.5;

/// Line height at normal spacing, as a multiple of the font size (Bevy's and a browser's usual).
pub const NORMAL_LINE_HEIGHT: f32 = 1.2;

/// Space after each letter with more space, as a share of the font size (WCAG 1.4.12: at
/// least 0.12).
pub const SPACED_LETTERS: f32 = 0.12;

/// How big the game's text is, from normal to twice as big (saved by these lower-case names).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum TextSize {
    #[default]
    Normal,
    Big,
    Bigger,
    Biggest,
}

impl TextSize {
    /// Every size, smallest first.
    pub const ALL: [TextSize; 4] = [TextSize::Normal, TextSize::Big, TextSize::Bigger, TextSize::Biggest];

    /// How many times the normal size.
    pub fn scale(self) -> f32 {
        f32::from(self.percent()) / 100.0
    }

    /// The size in per cent of normal.
    pub fn percent(self) -> u16 {
        match self {
            TextSize::Normal => 100,
            TextSize::Big => 125,
            TextSize::Bigger => 150,
            TextSize::Biggest => 200,
        }
    }

    /// The next size on the text size button: bigger each time, then back to normal.
    pub fn next(self) -> TextSize {
        match self {
            TextSize::Normal => TextSize::Big,
            TextSize::Big => TextSize::Bigger,
            TextSize::Bigger => TextSize::Biggest,
            TextSize::Biggest => TextSize::Normal,
        }
    }

    /// The Fluent id of the size's name.
    pub fn message_id(self) -> &'static str {
        match self {
            TextSize::Normal => "text-size-normal",
            TextSize::Big => "text-size-big",
            TextSize::Bigger => "text-size-bigger",
            TextSize::Biggest => "text-size-biggest",
        }
    }
}

/// How text is spaced: its line height as a multiple of its font size, and the space after
/// each letter as a share of it.
pub fn spacing(more_space: bool) -> (f32, f32) {
    if more_space { (SPACED_LINE_HEIGHT, SPACED_LETTERS) } else { (NORMAL_LINE_HEIGHT, 0.0) }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sizes_grow_from_normal_to_twice_as_big_and_the_button_comes_round_again() {
        let scales: Vec<f32> = TextSize::ALL.iter().map(|s| s.scale()).collect();
        assert_eq!(scales, [1.0, 1.25, 1.5, 2.0]);
        assert!(scales.windows(2).all(|w| w[0] < w[1]));
        let mut size = TextSize::default();
        for expected in [TextSize::Big, TextSize::Bigger, TextSize::Biggest, TextSize::Normal] {
            size = size.next();
            assert_eq!(size, expected);
        }
        let ids: std::collections::HashSet<&str> = TextSize::ALL.iter().map(|s| s.message_id()).collect();
        assert_eq!(ids.len(), 4);
    }

    #[test]
    fn more_space_meets_the_text_spacing_criterion() {
        let (line, letters) = spacing(true);
        assert!(line >= 1.5 && letters >= 0.12, "WCAG 2.1 1.4.12");
        assert_eq!(spacing(false), (1.2, 0.0));
    }

    #[test]
    fn sizes_are_saved_by_name() {
        assert_eq!(serde_json::to_string(&TextSize::Biggest).unwrap(), r#""biggest""#);
        assert_eq!(serde_json::from_str::<TextSize>(r#""big""#).unwrap(), TextSize::Big);
        assert!(serde_json::from_str::<TextSize>(r#""huge""#).is_err());
    }
}
