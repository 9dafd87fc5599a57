//! The game's colours as data, and the measures that keep them readable for every pupil
//! (issue #18 §4): WCAG 2.1 contrast for every text colour on every background it is drawn
//! on, in the normal and the high-contrast theme, and colour-vision-deficiency simulation for
//! every set of colours that carries meaning (which always differ by shape as well: an icon,
//! a mark or a word). `game::ui::theme` builds Bevy's colours from these; nothing here knows
//! Bevy.
//!
//! Sources: relative luminance and contrast ratio as WCAG 2.1 defines them (success criteria
//! 1.4.3, 1.4.6 and 1.4.11); protanopia, deuteranopia and tritanopia simulated with the
//! severity-1.0 matrices of Machado, Oliveira and Fernandes (2009), applied to linear sRGB;
//! differences measured in Oklab (Björn Ottosson, 2020).

/// An sRGB colour, each channel 0.0–1.0 (as `Color::srgb` takes it).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Rgb(pub f32, pub f32, pub f32);

pub const BACKGROUND: Rgb = Rgb(0.118, 0.165, 0.278);
pub const PANEL: Rgb = Rgb(0.173, 0.239, 0.4);
pub const TEXT: Rgb = Rgb(1.0, 1.0, 1.0);
pub const TEXT_DIM: Rgb = Rgb(0.79, 0.83, 0.92);
pub const TEXT_DARK: Rgb = Rgb(0.118, 0.165, 0.278);
pub const PRIMARY: Rgb = Rgb(0.949, 0.639, 0.227);
pub const SECONDARY: Rgb = Rgb(0.247, 0.357, 0.604);
pub const DISABLED: Rgb = Rgb(0.3, 0.34, 0.45);
pub const SUCCESS: Rgb = Rgb(0.231, 0.698, 0.451);
/// Light enough for dark text (it was darker, with white text at 3.7:1, under AA).
pub const DANGER: Rgb = Rgb(0.96, 0.45, 0.3);
pub const HIGHLIGHT: Rgb = Rgb(1.0, 0.824, 0.247);
pub const FLOOR: Rgb = Rgb(0.91, 0.933, 0.976);
pub const WALL: Rgb = Rgb(0.29, 0.345, 0.47);
pub const GOAL: Rgb = Rgb(0.81, 0.96, 0.87);
pub const LAMP_OFF: Rgb = Rgb(0.55, 0.58, 0.66);
/// Tiles by kind: loops, conditions, helpers (moves use PRIMARY), the counter's tiles.
pub const LOOP: Rgb = Rgb(0.38, 0.8, 0.78);
pub const CONDITION: Rgb = Rgb(0.78, 0.62, 0.95);
pub const HELPER: Rgb = Rgb(0.55, 0.85, 0.45);
/// Pink-violet: the earlier pink was too near the loops' teal for deuteranopia and the moves'
/// orange for tritanopia.
pub const COUNTER: Rgb = Rgb(0.98, 0.7, 0.95);
pub const ROBOT: Rgb = Rgb(0.2, 0.6, 0.86);
pub const STAR: Rgb = Rgb(1.0, 0.824, 0.247);
pub const STAR_EMPTY: Rgb = Rgb(0.353, 0.416, 0.565);
/// The board's coloured floors (and the swatch on `if` tiles): light tints, so the robot and
/// lamps on them keep their contrast.
pub const FLOOR_RED: Rgb = Rgb(0.98, 0.62, 0.6);
pub const FLOOR_BLUE: Rgb = Rgb(0.55, 0.72, 0.98);
pub const FLOOR_GREEN: Rgb = Rgb(0.6, 0.9, 0.6);

/// A player's avatar colours, by id (`core::profiles` avatars).
pub const AVATARS: [(&str, Rgb); 8] = [
    ("red", Rgb(0.96, 0.45, 0.43)),
    ("orange", Rgb(0.97, 0.6, 0.2)),
    ("yellow", Rgb(0.99, 0.85, 0.25)),
    ("green", Rgb(0.4, 0.8, 0.38)),
    ("teal", Rgb(0.25, 0.8, 0.78)),
    ("blue", Rgb(0.45, 0.66, 1.0)),
    ("purple", Rgb(0.76, 0.56, 0.98)),
    ("pink", Rgb(0.98, 0.55, 0.8)),
];

/// An avatar's colour by id (white for an id it does not know).
pub fn avatar(id: &str) -> Rgb {
    AVATARS.iter().find(|(name, _)| *name == id).map_or(TEXT, |(_, colour)| *colour)
}

pub const BLACK: Rgb = Rgb(0.0, 0.0, 0.0);

/// The high-contrast theme (a player's setting, for low vision): black screens, white text,
/// buttons and panels outlined in white, dark text made black. The board, the tiles and the
/// answers keep their colours, so what a colour means stays the same. No colour this makes
/// is one it changes, so turning a colour twice is turning it once.
const HIGH_CONTRAST: &[(Rgb, Rgb)] = &[
    (BACKGROUND, BLACK),
    (PANEL, Rgb(0.1, 0.1, 0.1)),
    (TEXT_DIM, TEXT),
    (SECONDARY, BLACK),
    (DISABLED, Rgb(0.22, 0.22, 0.22)),
    (STAR_EMPTY, Rgb(0.5, 0.5, 0.5)),
];

/// Outlines that part from their fill in the high-contrast theme.
const HIGH_CONTRAST_OUTLINES: &[(Rgb, Rgb)] = &[(SECONDARY, TEXT), (PANEL, TEXT)];

/// `colour` in the high-contrast theme, as a fill or a text (`outline: false`) or as an
/// outline. (`TEXT_DARK` is `BACKGROUND`'s colour, so it turns black with it.)
pub fn high_contrast(colour: Rgb, outline: bool) -> Rgb {
    let outlines = if outline { HIGH_CONTRAST_OUTLINES } else { &[] };
    outlines.iter().chain(HIGH_CONTRAST).find(|(from, _)| *from == colour).map_or(colour, |(_, to)| *to)
}

/// WCAG 2.1 AAA for text (1.4.6), which the high-contrast theme meets.
pub const AAA_TEXT: f32 = 7.0;

/// Every text colour on every background the game draws it on, with where. A new look for
/// text (`widgets::ButtonLook`, a label on a panel) belongs here, so its contrast is checked.
pub const TEXT_ON: &[(&str, Rgb, Rgb)] = &[
    ("text on the screen", TEXT, BACKGROUND),
    ("text on a panel", TEXT, PANEL),
    ("dim text on the screen", TEXT_DIM, BACKGROUND),
    ("dim text on a panel", TEXT_DIM, PANEL),
    ("a secondary button", TEXT, SECONDARY),
    ("a primary button", TEXT_DARK, PRIMARY),
    ("a locked level", TEXT_DIM, DISABLED),
    ("an answer line", TEXT_DARK, FLOOR),
    ("a right answer, a yes, a safe box", TEXT_DARK, SUCCESS),
    ("a wrong answer, a no, a private box, a delete button", TEXT_DARK, DANGER),
    ("a marked word, the running tile", TEXT_DARK, HIGHLIGHT),
    ("a move tile", TEXT_DARK, PRIMARY),
    ("a loop tile", TEXT_DARK, LOOP),
    ("a condition tile", TEXT_DARK, CONDITION),
    ("a helper tile", TEXT_DARK, HELPER),
    ("a counter tile", TEXT_DARK, COUNTER),
    ("a red floor", TEXT_DARK, FLOOR_RED),
    ("a blue floor", TEXT_DARK, FLOOR_BLUE),
    ("a green floor", TEXT_DARK, FLOOR_GREEN),
];

/// Sets whose colours tell things apart (each also differs by shape or word).
pub const CODED: &[(&str, &[Rgb])] = &[
    ("the board's floors", &[FLOOR, FLOOR_RED, FLOOR_BLUE, FLOOR_GREEN]),
    ("the program's tiles by kind", &[PRIMARY, LOOP, CONDITION, HELPER, COUNTER]),
    ("right and wrong", &[SUCCESS, DANGER]),
    ("a star won and not", &[STAR, STAR_EMPTY]),
    ("a lamp lit and not", &[HIGHLIGHT, LAMP_OFF]),
];

/// WCAG 2.1 AA for text (1.4.3; the game's smallest text, 20 px, is not "large").
pub const AA_TEXT: f32 = 4.5;
/// The least Oklab difference between two colours of a coded set, as seen with each colour
/// vision deficiency: about two and a half times a just-noticeable difference (≈ 0.02).
pub const LEAST_DIFFERENCE: f32 = 0.05;

fn linear(channel: f32) -> f32 {
    if channel <= 0.04045 { channel / 12.92 } else { ((channel + 0.055) / 1.055).powf(2.4) }
}

fn encode(channel: f32) -> f32 {
    let c = channel.clamp(0.0, 1.0);
    if c <= 0.0031308 { c * 12.92 } else { 1.055 * c.powf(1.0 / 2.4) - 0.055 }
}

impl Rgb {
    fn linear(self) -> [f32; 3] {
        [linear(self.0), linear(self.1), linear(self.2)]
    }

    /// Relative luminance (WCAG 2.1).
    pub fn luminance(self) -> f32 {
        let [r, g, b] = self.linear();
        0.2126 * r + 0.7152 * g + 0.0722 * b
    }
}

/// The contrast ratio of two colours (WCAG 2.1): 1.0 to 21.0, in either order.
pub fn contrast(a: Rgb, b: Rgb) -> f32 {
    let (la, lb) = (a.luminance(), b.luminance());
    (la.max(lb) + 0.05) / (la.min(lb) + 0.05)
}

/// A colour vision deficiency (the complete forms, the strongest case).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Deficiency {
    Protanopia,
    Deuteranopia,
    Tritanopia,
}

impl Deficiency {
    pub const ALL: [Deficiency; 3] = [Deficiency::Protanopia, Deficiency::Deuteranopia, Deficiency::Tritanopia];

    /// Machado, Oliveira and Fernandes (2009), severity 1.0, on linear sRGB.
    fn matrix(self) -> [[f32; 3]; 3] {
        match self {
            Deficiency::Protanopia => {
                [[0.152286, 1.052583, -0.204868], [0.114503, 0.786281, 0.099216], [-0.003882, -0.048116, 1.051998]]
            }
            Deficiency::Deuteranopia => {
                [[0.367322, 0.860646, -0.227968], [0.280085, 0.672501, 0.047413], [-0.011820, 0.042940, 0.968881]]
            }
            Deficiency::Tritanopia => {
                [[1.255528, -0.076749, -0.178779], [-0.078411, 0.930809, 0.147602], [0.004733, 0.691367, 0.303900]]
            }
        }
    }
}

/// How a colour looks to someone with `deficiency`.
pub fn seen_with(colour: Rgb, deficiency: Deficiency) -> Rgb {
    let c = colour.linear();
    let m = deficiency.matrix();
    let row = |r: [f32; 3]| encode(r[0] * c[0] + r[1] * c[1] + r[2] * c[2]);
    Rgb(row(m[0]), row(m[1]), row(m[2]))
}

fn oklab(colour: Rgb) -> [f32; 3] {
    let [r, g, b] = colour.linear();
    let l = (0.412_221_46 * r + 0.536_332_55 * g + 0.051_445_995 * b).cbrt();
    let m = (0.211_903_5 * r + 0.680_699_5 * g + 0.107_396_96 * b).cbrt();
    let s = (0.088_302_46 * r + 0.281_718_85 * g + 0.629_978_7 * b).cbrt();
    [
        0.210_454_26 * l + 0.793_617_8 * m - 0.004_072_047 * s,
        1.977_998_5 * l - 2.428_592_2 * m + 0.450_593_7 * s,
        0.025_904_037 * l + 0.782_771_77 * m - 0.808_675_77 * s,
    ]
}

/// How different two colours look (Euclidean distance in Oklab; 0.0 is the same colour).
pub fn difference(a: Rgb, b: Rgb) -> f32 {
    let (a, b) = (oklab(a), oklab(b));
    ((a[0] - b[0]).powi(2) + (a[1] - b[1]).powi(2) + (a[2] - b[2]).powi(2)).sqrt()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn contrast_follows_wcag() {
        // White on black is 21:1, a colour on itself 1:1, and #767676 on white just passes AA.
        assert!((contrast(TEXT, Rgb(0.0, 0.0, 0.0)) - 21.0).abs() < 0.01);
        assert!((contrast(PANEL, PANEL) - 1.0).abs() < 1e-6);
        let grey = Rgb(118.0 / 255.0, 118.0 / 255.0, 118.0 / 255.0);
        let ratio = contrast(grey, TEXT);
        assert!((4.5..4.6).contains(&ratio), "{ratio}");
        assert_eq!(contrast(TEXT, grey), ratio);
    }

    #[test]
    fn every_text_meets_wcag_aa_on_its_background() {
        let failing: Vec<String> = TEXT_ON
            .iter()
            .map(|(place, text, background)| (place, contrast(*text, *background)))
            .filter(|(_, ratio)| *ratio < AA_TEXT)
            .map(|(place, ratio)| format!("{place}: {ratio:.2}:1"))
            .collect();
        assert!(failing.is_empty(), "under {AA_TEXT}:1 — {failing:?}");
    }

    #[test]
    fn every_text_meets_wcag_aaa_in_high_contrast() {
        let hc = |colour| high_contrast(colour, false);
        let failing: Vec<String> = TEXT_ON
            .iter()
            .map(|(place, text, background)| (place, contrast(hc(*text), hc(*background))))
            .filter(|(_, ratio)| *ratio < AAA_TEXT)
            .map(|(place, ratio)| format!("{place}: {ratio:.2}:1"))
            .collect();
        assert!(failing.is_empty(), "under {AAA_TEXT}:1 — {failing:?}");
        // What it is for: more contrast than the normal theme everywhere, never less.
        for (place, text, background) in TEXT_ON {
            assert!(contrast(hc(*text), hc(*background)) >= contrast(*text, *background), "{place}");
        }
    }

    #[test]
    fn high_contrast_outlines_buttons_and_panels_and_turns_each_colour_once() {
        let screen = high_contrast(BACKGROUND, false);
        assert_eq!(screen, BLACK);
        for part in [SECONDARY, PANEL] {
            // A control's edge against the screen: non-text contrast (1.4.11) is 3:1.
            assert!(contrast(high_contrast(part, true), screen) >= 3.0, "{part:?}");
        }
        let every =
            TEXT_ON.iter().flat_map(|(_, a, b)| [*a, *b]).chain(CODED.iter().flat_map(|(_, c)| c.iter().copied()));
        for colour in every {
            for outline in [false, true] {
                let once = high_contrast(colour, outline);
                assert_eq!(high_contrast(once, outline), once, "{colour:?}");
            }
        }
    }

    #[test]
    fn avatars_stand_out_on_their_tile_and_carry_dark_names() {
        for (id, colour) in AVATARS {
            // A picture on its dark tile: non-text contrast (1.4.11) is 3:1.
            assert!(contrast(colour, PANEL) >= 3.0, "{id} on its tile: {:.2}", contrast(colour, PANEL));
            // The colour's button on the player's page carries its name in dark text.
            assert!(contrast(TEXT_DARK, colour) >= AA_TEXT, "{id}: {:.2}", contrast(TEXT_DARK, colour));
        }
        assert_eq!(avatar("teal"), AVATARS[4].1);
        assert_eq!(avatar("no such colour"), TEXT);
    }

    #[test]
    fn simulation_keeps_greys_and_loses_what_each_deficiency_loses() {
        // Greys look the same to everyone.
        for deficiency in Deficiency::ALL {
            let grey = seen_with(Rgb(0.5, 0.5, 0.5), deficiency);
            assert!(difference(grey, Rgb(0.5, 0.5, 0.5)) < 0.01, "{deficiency:?}: {grey:?}");
        }
        // Pure red and green, far apart for most, come close for red-green deficiencies,
        // and blue and green for tritanopia: clearly closer than for the typical eye.
        let (red, green, blue) = (Rgb(0.8, 0.2, 0.2), Rgb(0.2, 0.6, 0.2), Rgb(0.2, 0.4, 0.8));
        let typical = difference(red, green);
        for deficiency in [Deficiency::Protanopia, Deficiency::Deuteranopia] {
            let seen = difference(seen_with(red, deficiency), seen_with(green, deficiency));
            assert!(seen < typical * 0.7, "{deficiency:?}: {seen} vs {typical}");
        }
        let seen = difference(seen_with(blue, Deficiency::Tritanopia), seen_with(green, Deficiency::Tritanopia));
        assert!(seen < difference(blue, green) * 0.7);
    }

    #[test]
    fn coded_colours_stay_apart_under_every_colour_vision_deficiency() {
        let mut close = Vec::new();
        // In both themes.
        let high: Vec<(String, Vec<Rgb>)> = CODED
            .iter()
            .map(|(set, colours)| {
                (format!("{set} in high contrast"), colours.iter().map(|c| high_contrast(*c, false)).collect())
            })
            .collect();
        let normal = CODED.iter().map(|(set, colours)| (set.to_string(), colours.to_vec()));
        for (set, colours) in normal.chain(high) {
            for (i, a) in colours.iter().enumerate() {
                for b in &colours[i + 1..] {
                    let typical = difference(*a, *b);
                    if typical < LEAST_DIFFERENCE {
                        close.push(format!("{set}: {a:?} and {b:?}, typical vision: {typical:.3}"));
                    }
                    for deficiency in Deficiency::ALL {
                        let seen = difference(seen_with(*a, deficiency), seen_with(*b, deficiency));
                        if seen < LEAST_DIFFERENCE {
                            close.push(format!("{set}: {a:?} and {b:?}, {deficiency:?}: {seen:.3}"));
                        }
                    }
                }
            }
        }
        assert!(close.is_empty(), "too close:\n{}", close.join("\n"));
    }
}
