//! Look and feel: colours and sizes, icons drawn at start-up, widgets as bundle functions
//! (`player`: the avatar, nickname and pager wherever players show),
//! the fonts, and layout that follows the tablet's orientation.

pub mod contrast;
pub mod direction;
pub mod fit;
pub mod fonts;
pub mod icons;
pub mod player;
pub mod pointer;
pub mod reading;
pub mod scroll;
pub mod theme;
pub mod widgets;

use bevy::prelude::*;

/// Whether the screen is wider than tall.
#[derive(Resource, Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Orientation {
    #[default]
    Landscape,
    Portrait,
}

/// Flex direction per orientation: boards sit beside their controls in landscape and above
/// them in portrait.
#[derive(Component, Debug, Clone, Copy)]
pub struct Responsive {
    pub landscape: FlexDirection,
    pub portrait: FlexDirection,
}

impl Responsive {
    /// Row in landscape, column in portrait.
    pub const ROW_OR_COLUMN: Responsive = Responsive { landscape: FlexDirection::Row, portrait: FlexDirection::Column };
}

/// Width per orientation. A wrapping row inside a landscape row needs a definite width: with
/// an automatic one, its parent measures it at its narrowest (one control per line) and the
/// screen is laid out for a far taller row than is drawn.
#[derive(Component, Debug, Clone, Copy)]
pub struct ResponsiveWidth {
    pub landscape: Val,
    pub portrait: Val,
}

pub(super) fn plugin(app: &mut App) {
    app.init_resource::<Orientation>();
    app.add_plugins((
        contrast::plugin,
        direction::plugin,
        fit::plugin,
        fonts::plugin,
        icons::plugin,
        pointer::plugin,
        reading::plugin,
        scroll::plugin,
        widgets::plugin,
    ));
    // Just before layout, so a screen spawned this frame is laid out turned and mirrored the
    // first time it is drawn: a frame laid out otherwise would put a control where a tap finds
    // another one.
    app.add_systems(
        PostUpdate,
        (track_orientation, apply_responsive).chain().after(reading::Follow).before(bevy::ui::UiSystems::Prepare),
    );
}

/// The layout follows the tablet's orientation; while the player reads bigger or more spaced
/// text, screens are laid out upright whichever way it is held: one thing under another, and
/// the screen scrolls (`ui::scroll`).
fn track_orientation(windows: Query<&Window>, reading: Res<reading::Reading>, mut orientation: ResMut<Orientation>) {
    let Some(window) = windows.iter().next() else { return };
    let wide = window.width() >= window.height() && *reading == reading::Reading::default();
    let now = if wide { Orientation::Landscape } else { Orientation::Portrait };
    if *orientation != now {
        *orientation = now;
    }
}

pub(crate) fn apply_responsive(
    orientation: Res<Orientation>,
    reading: Res<direction::ReadingDirection>,
    mut nodes: Query<(Option<Ref<Responsive>>, Option<Ref<ResponsiveWidth>>, &mut Node)>,
    mut redraw: ResMut<super::redraw::Redraw>,
) {
    let landscape = *orientation == Orientation::Landscape;
    for (direction, width, mut node) in &mut nodes {
        if let Some(direction) = direction.filter(|d| orientation.is_changed() || reading.is_changed() || d.is_added())
        {
            let wanted = if landscape { direction.landscape } else { direction.portrait };
            let wanted = direction::mirrored(wanted, reading.right_to_left);
            if node.flex_direction != wanted {
                node.flex_direction = wanted;
                redraw.frames(3);
            }
        }
        if let Some(width) = width.filter(|w| orientation.is_changed() || w.is_added()) {
            let wanted = if landscape { width.landscape } else { width.portrait };
            if node.width != wanted {
                node.width = wanted;
                redraw.frames(3);
            }
        }
    }
}
