//! Whether a laid-out screen fits: the rule behind the fit check that walks every screen in
//! the longest language of each script (tests/fit_flow.rs, tests/e2e/fit.test.mjs).
//!
//! A screen fits when every piece of text lies inside the room it was given (no word cut off,
//! no line hanging below a button), inside the button or card drawn around it, inside any
//! panel that clips it, and on the screen; every control is on the screen; and no text or
//! control lies over another one that is not its own (a label over its button is its own). A
//! panel that scrolls may hold things above or below what shows (a pupil scrolls to them),
//! never beside it. The game measures; this module only judges, so the rule is tested here
//! without a window.

use std::fmt;

/// How far (logical px) a box may poke out before it counts: layout rounds to whole device
/// pixels and text measures in fractions of one.
pub const TOLERANCE: f32 = 1.0;

/// How far (logical px) letters may reach past their box: a glyph's drawn edge is smoothed
/// and some letters (an f, a j, a title's S) overhang their advance by design, more in a
/// large title.
pub const INK_TOLERANCE: f32 = 4.0;

/// A rectangle in logical (CSS) pixels from the top-left of the screen.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Area {
    pub left: f32,
    pub top: f32,
    pub width: f32,
    pub height: f32,
}

impl Area {
    pub fn new(left: f32, top: f32, width: f32, height: f32) -> Self {
        Area { left, top, width, height }
    }
    pub fn right(&self) -> f32 {
        self.left + self.width
    }
    pub fn bottom(&self) -> f32 {
        self.top + self.height
    }
    /// Whether `inner` lies within this area across (left to right), give or take [`TOLERANCE`].
    pub fn holds_across(&self, inner: &Area) -> bool {
        inner.left >= self.left - TOLERANCE && inner.right() <= self.right() + TOLERANCE
    }
    /// Whether `inner` lies within this area top to bottom, give or take [`TOLERANCE`].
    pub fn holds_down(&self, inner: &Area) -> bool {
        inner.top >= self.top - TOLERANCE && inner.bottom() <= self.bottom() + TOLERANCE
    }
    /// Whether `inner` lies within this area, give or take [`TOLERANCE`].
    pub fn holds(&self, inner: &Area) -> bool {
        self.holds_across(inner) && self.holds_down(inner)
    }
}

/// One thing drawn on the screen, as laid out.
#[derive(Debug, Clone, PartialEq)]
pub struct Placed {
    /// Tells it apart from the others on the screen.
    pub id: u64,
    /// The ids of the placed things it lies within (a button around its label).
    pub within: Vec<u64>,
    /// What it says, or what it is called (for the report).
    pub label: String,
    /// Its box.
    pub area: Area,
    /// For text: the room its words were given (the box less padding and border) and where
    /// their letters are drawn (the ink, not the spaces after a line's last word). `None` for
    /// a control, which only has to be on the screen.
    pub words: Option<Words>,
    /// The box it sits in, if that box is drawn (a button or card around its label).
    pub parent: Option<Area>,
    /// The visible part of the panels around it that cut off what pokes out.
    pub clip: Option<Area>,
    /// Inside a panel that scrolls up and down: it may be above or below what shows.
    pub scrolls: bool,
}

/// Where a text's letters may go and where they are drawn.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Words {
    pub room: Area,
    pub ink: Area,
}

impl Words {
    /// How far the letters reach past the room, across and down (0 when they do not).
    pub fn overflow(&self) -> (f32, f32) {
        let (room, ink) = (self.room, self.ink);
        let across = (room.left - ink.left).max(ink.right() - room.right()).max(0.0);
        let down = (room.top - ink.top).max(ink.bottom() - room.bottom()).max(0.0);
        (across, down)
    }
}

/// What does not fit, and by how much.
#[derive(Debug, Clone, PartialEq)]
pub enum Misfit {
    /// The letters reach past the room their box gives them: cut off or spilling out.
    WordsTooBig { label: String, wider_by: f32, taller_by: f32 },
    /// It pokes out of the box around it (a label out of its button), by so much across and
    /// down.
    OutOfItsBox { label: String, across: f32, down: f32 },
    /// A panel around it cuts part of it off.
    CutOff { label: String },
    /// Part of it is off the screen.
    OffScreen { label: String },
    /// It lies over another text or control, by so much across and down.
    Overlaps { label: String, other: String, across: f32, down: f32 },
}

impl fmt::Display for Misfit {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Misfit::WordsTooBig { label, wider_by, taller_by } => {
                write!(f, "{label:?} reaches {wider_by:.0} px across and {taller_by:.0} px down past its box")
            }
            Misfit::OutOfItsBox { label, across, down } => {
                write!(f, "{label:?} pokes {across:.0} px across and {down:.0} px down out of the box around it")
            }
            Misfit::CutOff { label } => write!(f, "{label:?} is cut off by the panel around it"),
            Misfit::OffScreen { label } => write!(f, "{label:?} is partly off the screen"),
            Misfit::Overlaps { label, other, across, down } => {
                write!(f, "{label:?} lies over {other:?} ({across:.0} × {down:.0} px)")
            }
        }
    }
}

/// Everything on `screen` that does not fit, in the order given, the worst of each thing
/// first (off the screen, cut off, out of its box, too big); then what lies over what.
pub fn misfits(screen: Area, placed: &[Placed]) -> Vec<Misfit> {
    let mut found = Vec::new();
    for item in placed {
        let label = || item.label.clone();
        // Scrolled out of view is not cut off; sideways is.
        let within = |outer: &Area| if item.scrolls { outer.holds_across(&item.area) } else { outer.holds(&item.area) };
        if !within(&screen) {
            found.push(Misfit::OffScreen { label: label() });
        } else if item.clip.is_some_and(|clip| !within(&clip)) {
            found.push(Misfit::CutOff { label: label() });
        } else if let Some(parent) = item.parent.filter(|parent| !parent.holds(&item.area)) {
            let (across, down) = Words { room: parent, ink: item.area }.overflow();
            found.push(Misfit::OutOfItsBox { label: label(), across, down });
        } else if let Some(words) = item.words {
            let (wider_by, taller_by) = words.overflow();
            if wider_by > INK_TOLERANCE || taller_by > INK_TOLERANCE {
                found.push(Misfit::WordsTooBig { label: label(), wider_by, taller_by });
            }
        }
    }
    for (i, a) in placed.iter().enumerate() {
        for b in &placed[i + 1..] {
            if a.within.contains(&b.id) || b.within.contains(&a.id) {
                continue;
            }
            let (across, down) = overlap(&shown(a), &shown(b));
            if across > TOLERANCE && down > TOLERANCE {
                found.push(Misfit::Overlaps { label: a.label.clone(), other: b.label.clone(), across, down });
            }
        }
    }
    found
}

/// The part of a thing that shows: for text, where its letters are; cut to its panel.
fn shown(item: &Placed) -> Area {
    let area = item.words.map_or(item.area, |w| w.ink);
    match item.clip {
        Some(clip) => {
            let (left, top) = (area.left.max(clip.left), area.top.max(clip.top));
            let (right, bottom) = (area.right().min(clip.right()), area.bottom().min(clip.bottom()));
            Area::new(left, top, (right - left).max(0.0), (bottom - top).max(0.0))
        }
        None => area,
    }
}

/// How far two areas overlap, across and down (0 when they do not).
fn overlap(a: &Area, b: &Area) -> (f32, f32) {
    let across = a.right().min(b.right()) - a.left.max(b.left);
    let down = a.bottom().min(b.bottom()) - a.top.max(b.top);
    (across.max(0.0), down.max(0.0))
}

#[cfg(test)]
mod tests {
    use super::*;

    const SCREEN: Area = Area { left: 0.0, top: 0.0, width: 800.0, height: 600.0 };

    /// A text whose letters take `width` × `height` from its box's top left.
    fn text(area: Area, width: f32, height: f32) -> Placed {
        let ink = Area::new(area.left, area.top, width, height);
        Placed {
            id: 1,
            within: vec![],
            label: "Weiter".into(),
            area,
            words: Some(Words { room: area, ink }),
            parent: None,
            clip: None,
            scrolls: false,
        }
    }

    #[test]
    fn words_that_fit_their_box_on_screen_pass() {
        let area = Area::new(10.0, 10.0, 120.0, 30.0);
        assert_eq!(misfits(SCREEN, &[text(area, 120.4, 29.0)]), vec![]);
        // A smoothed edge or an overhanging letter is not a misfit.
        assert_eq!(misfits(SCREEN, &[text(area, 122.0, 32.0)]), vec![]);
    }

    #[test]
    fn a_word_wider_than_its_box_or_a_line_below_it_is_reported_with_how_much() {
        let area = Area::new(10.0, 10.0, 120.0, 30.0);
        assert_eq!(
            misfits(SCREEN, &[text(area, 150.0, 30.0)]),
            vec![Misfit::WordsTooBig { label: "Weiter".into(), wider_by: 30.0, taller_by: 0.0 }]
        );
        assert_eq!(
            misfits(SCREEN, &[text(area, 100.0, 60.0)]),
            vec![Misfit::WordsTooBig { label: "Weiter".into(), wider_by: 0.0, taller_by: 30.0 }]
        );
    }

    #[test]
    fn a_label_poking_out_of_its_button_is_reported() {
        let mut label = text(Area::new(10.0, 10.0, 120.0, 30.0), 120.0, 30.0);
        label.parent = Some(Area::new(20.0, 0.0, 100.0, 50.0));
        assert_eq!(
            misfits(SCREEN, &[label]),
            vec![Misfit::OutOfItsBox { label: "Weiter".into(), across: 10.0, down: 0.0 }]
        );
    }

    #[test]
    fn off_the_screen_counts_unless_a_panel_scrolls_it_there_up_or_down() {
        let below = text(Area::new(10.0, 590.0, 120.0, 30.0), 120.0, 30.0);
        assert_eq!(misfits(SCREEN, std::slice::from_ref(&below)), vec![Misfit::OffScreen { label: "Weiter".into() }]);
        let scrolled = Placed { scrolls: true, ..below.clone() };
        assert_eq!(misfits(SCREEN, &[scrolled.clone()]), vec![]);
        let beside = Placed { area: Area::new(700.0, 590.0, 120.0, 30.0), words: None, ..scrolled };
        assert_eq!(misfits(SCREEN, &[beside]), vec![Misfit::OffScreen { label: "Weiter".into() }]);
    }

    #[test]
    fn a_panel_that_clips_cuts_off_what_pokes_out_of_it() {
        let mut item = text(Area::new(10.0, 10.0, 120.0, 30.0), 120.0, 30.0);
        item.clip = Some(Area::new(0.0, 0.0, 100.0, 100.0));
        assert_eq!(misfits(SCREEN, &[item]), vec![Misfit::CutOff { label: "Weiter".into() }]);
    }

    #[test]
    fn text_over_another_control_overlaps_but_a_label_over_its_own_button_does_not() {
        let button =
            Placed { id: 2, label: "OK".into(), words: None, ..text(Area::new(0.0, 0.0, 100.0, 50.0), 0.0, 0.0) };
        let label = Placed { id: 3, within: vec![2], ..text(Area::new(10.0, 10.0, 80.0, 30.0), 80.0, 30.0) };
        let stray = Placed { id: 4, ..text(Area::new(60.0, 40.0, 80.0, 30.0), 80.0, 30.0) };
        assert_eq!(misfits(SCREEN, &[button.clone(), label.clone()]), vec![]);
        // The stray text lies over the button, and touches the label's edge without covering it.
        assert_eq!(
            misfits(SCREEN, &[button, label, stray]),
            vec![Misfit::Overlaps { label: "OK".into(), other: "Weiter".into(), across: 40.0, down: 10.0 }]
        );
    }

    #[test]
    fn the_report_says_what_and_how_much() {
        let misfit = Misfit::WordsTooBig { label: "Einstellungen".into(), wider_by: 12.4, taller_by: 0.0 };
        assert_eq!(misfit.to_string(), "\"Einstellungen\" reaches 12 px across and 0 px down past its box");
    }
}
