//! The players screen as the page shows it while the game loads (issue #21, docs/size.md).
//!
//! Each time the game shows "Who is playing?", it keeps what that screen's first page shows in
//! the tablet's storage under [`QUICK_KEY`]: the language, and each player's game name, colour
//! and picture (as SVG paths, drawn from the same shapes as the game's own pictures). On the
//! next start web/quick.js draws that screen in HTML at once, before the game's 19 MB have
//! been compiled, and keeps the pupil's tap ([`QuickTap`]) until the game runs; the game then
//! opens what was tapped as if it had been tapped on its own screen. Only a copy of what the
//! screen showed: nothing in it is read back as the truth about a player (the game checks the
//! tapped player still exists), and it holds nothing the players screen does not show.
//!
//! The format is read by web/quick.js, which checks every field against the limits here.

use serde::{Deserialize, Serialize};

/// Where the copy is kept. Under the game's own prefix (`profiles::store::KEY_PREFIX`), so
/// clearing the tablet removes it too.
pub const QUICK_KEY: &str = "bytebridge.quick-screen";
/// The format's version; web/quick.js shows nothing for any other.
pub const VERSION: u32 = 1;
/// Players on the screen's first page (the game's `players::PER_PAGE`).
pub const MAX_PLAYERS: usize = 12;
/// The longest id, name and colour web/quick.js accepts.
pub const MAX_TEXT: usize = 120;
/// The most shapes in a picture, and characters in one shape's path, web/quick.js accepts.
pub const MAX_SHAPES: usize = 16;
pub const MAX_PATH: usize = 4000;
/// The side of the square the paths are drawn in (the SVG's viewBox).
pub const VIEW: f32 = 100.0;

/// What the players screen's first page showed.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct QuickScreen {
    pub version: u32,
    /// The language the screen was shown in (its texts come from the page's messages in that
    /// language, written by the build from the same Fluent files).
    pub lang: String,
    /// `"rtl"` for a language read from the right, else `"ltr"`.
    pub dir: String,
    pub players: Vec<QuickPlayer>,
    /// Whether more players are on later pages (the page then says to wait for the game).
    pub more: bool,
}

/// One player's picture button.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct QuickPlayer {
    pub id: String,
    /// The game name as shown ("Brave Fox"), also the button's accessible name.
    pub name: String,
    /// The picture's colour, `#rrggbb`.
    pub colour: String,
    /// The picture's shapes, each an SVG path filled by the even-odd rule, in a square of side
    /// [`VIEW`]; the shapes together make the picture.
    pub picture: Vec<String>,
}

impl QuickScreen {
    /// The screen for `players` (at most the first [`MAX_PLAYERS`] are kept).
    pub fn new(lang: &str, right_to_left: bool, mut players: Vec<QuickPlayer>) -> QuickScreen {
        let more = players.len() > MAX_PLAYERS;
        players.truncate(MAX_PLAYERS);
        QuickScreen {
            version: VERSION,
            lang: lang.to_owned(),
            dir: if right_to_left { "rtl" } else { "ltr" }.to_owned(),
            players,
            more,
        }
    }

    pub fn to_json(&self) -> String {
        // Strings and numbers only: serialising cannot fail.
        serde_json::to_string(self).unwrap_or_default()
    }
}

/// What the pupil tapped on the page's copy of the screen, as web/quick.js hands it over.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum QuickTap {
    /// `player:<id>`
    Player(String),
    /// `new-player`
    NewPlayer,
    /// `grown-ups`
    GrownUps,
    /// `next-page`: More players (the copy had more than one page).
    NextPage,
}

impl QuickTap {
    /// The tap, or None for anything else (the game then simply shows its players screen).
    pub fn parse(text: &str) -> Option<QuickTap> {
        match text {
            "new-player" => Some(QuickTap::NewPlayer),
            "grown-ups" => Some(QuickTap::GrownUps),
            "next-page" => Some(QuickTap::NextPage),
            _ => {
                let id = text.strip_prefix("player:")?;
                (!id.is_empty() && id.len() <= MAX_TEXT).then(|| QuickTap::Player(id.to_owned()))
            }
        }
    }
}

/// `#rrggbb` of a colour given as 0–1 channels.
pub fn hex(red: f32, green: f32, blue: f32) -> String {
    let byte = |channel: f32| (channel.clamp(0.0, 1.0) * 255.0).round() as u8;
    format!("#{:02x}{:02x}{:02x}", byte(red), byte(green), byte(blue))
}

/// A closed polygon given in the unit square (x right, y down) as an SVG path in the
/// [`VIEW`] square, one decimal: `M12.5 3L40 3L26.3 50Z`.
pub fn svg_path(points: impl IntoIterator<Item = (f32, f32)>) -> String {
    let number = |value: f32| {
        let text = format!("{:.1}", (value * VIEW).clamp(-VIEW, 2.0 * VIEW));
        let text = text.strip_suffix(".0").unwrap_or(&text).to_owned();
        if text == "-0" { "0".to_owned() } else { text }
    };
    let mut path = String::new();
    for (i, (x, y)) in points.into_iter().enumerate() {
        path.push(if i == 0 { 'M' } else { 'L' });
        path.push_str(&number(x));
        path.push(' ');
        path.push_str(&number(y));
    }
    if !path.is_empty() {
        path.push('Z');
    }
    path
}

#[cfg(test)]
mod tests {
    use super::*;

    fn player(id: &str) -> QuickPlayer {
        QuickPlayer {
            id: id.to_owned(),
            name: "Brave Fox".to_owned(),
            colour: hex(0.2, 0.6, 0.86),
            picture: vec![svg_path([(0.0, 0.0), (1.0, 0.0), (0.5, 0.5)])],
        }
    }

    #[test]
    fn the_copy_is_the_json_web_quick_js_reads() {
        let screen = QuickScreen::new("ar", true, vec![player("p1")]);
        assert_eq!(
            screen.to_json(),
            r##"{"version":1,"lang":"ar","dir":"rtl","players":[{"id":"p1","name":"Brave Fox","colour":"#3399db","picture":["M0 0L100 0L50 50Z"]}],"more":false}"##
        );
    }

    #[test]
    fn only_the_first_page_is_kept_and_the_rest_is_said() {
        let players = (0..13).map(|i| player(&format!("p{i}"))).collect();
        let screen = QuickScreen::new("en", false, players);
        assert_eq!(screen.players.len(), MAX_PLAYERS);
        assert!(screen.more);
        assert_eq!(screen.dir, "ltr");
        assert!(!QuickScreen::new("en", false, vec![player("a")]).more);
    }

    #[test]
    fn taps_are_read_strictly() {
        assert_eq!(QuickTap::parse("new-player"), Some(QuickTap::NewPlayer));
        assert_eq!(QuickTap::parse("grown-ups"), Some(QuickTap::GrownUps));
        assert_eq!(QuickTap::parse("next-page"), Some(QuickTap::NextPage));
        assert_eq!(QuickTap::parse("player:abc"), Some(QuickTap::Player("abc".to_owned())));
        for bad in ["", "player:", "New-player", "player", "play:abc", " new-player"] {
            assert_eq!(QuickTap::parse(bad), None, "{bad:?}");
        }
        assert_eq!(QuickTap::parse(&format!("player:{}", "x".repeat(MAX_TEXT + 1))), None);
    }

    #[test]
    fn paths_are_short_and_exact_to_a_tenth() {
        assert_eq!(svg_path([(0.123, 0.5), (0.9999, 0.001), (0.25, -0.0001)]), "M12.3 50L100 0.1L25 0Z");
        assert_eq!(svg_path(std::iter::empty()), "");
        assert_eq!(hex(1.0, 0.0, 0.5), "#ff0080");
        assert_eq!(hex(2.0, -1.0, 0.0), "#ff0000");
    }
}
