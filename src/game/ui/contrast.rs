//! The high-contrast theme (issue #18 §3), for the player who chose it in their settings.
//! Screens are built in the normal theme; every colour turns into its high-contrast one
//! (`core::palette::high_contrast`, where its contrast is checked) when it appears or changes,
//! just before layout and drawing. Turning the theme off again draws the screen anew (the
//! settings screen, where it is turned off, does).

use crate::core::palette::{self, Rgb};
use crate::game::progress::TabletPlayers;
use crate::game::redraw::Redraw;
use bevy::prelude::*;

/// Whether the player on the tablet sees the high-contrast theme.
#[derive(Resource, Debug, Default, Clone, Copy, PartialEq, Eq)]
pub struct HighContrast(pub bool);

pub(super) fn plugin(app: &mut App) {
    app.init_resource::<HighContrast>();
    app.add_systems(PostUpdate, (follow_player, recolour).chain().before(bevy::ui::UiSystems::Prepare));
}

fn follow_player(players: Res<TabletPlayers>, mut contrast: ResMut<HighContrast>) {
    let wanted = players.current().is_some_and(|p| p.settings.high_contrast);
    if contrast.0 != wanted {
        contrast.0 = wanted;
    }
}

/// `colour` in the high-contrast theme (its transparency kept); `None` when it stays.
fn turned(colour: Color, outline: bool) -> Option<Color> {
    let c = colour.to_srgba();
    let to = palette::high_contrast(Rgb(c.red, c.green, c.blue), outline);
    let turned = Color::srgba(to.0, to.1, to.2, c.alpha);
    (turned != colour).then_some(turned)
}

/// Turns every colour that appeared or changed (all of them when the theme was just chosen).
/// A turned colour turns no further, so the change this makes is seen once and left.
fn recolour(
    contrast: Res<HighContrast>,
    mut fills: Query<&mut BackgroundColor>,
    mut outlines: Query<&mut BorderColor>,
    mut texts: Query<&mut TextColor>,
    mut images: Query<&mut ImageNode>,
    mut redraw: ResMut<Redraw>,
) {
    if !contrast.0 {
        return;
    }
    let all = contrast.is_changed();
    if all {
        redraw.frames(3);
    }
    for mut fill in &mut fills {
        if (all || fill.is_changed())
            && let Some(colour) = turned(fill.0, false)
        {
            fill.0 = colour;
        }
    }
    for mut text in &mut texts {
        if (all || text.is_changed())
            && let Some(colour) = turned(text.0, false)
        {
            text.0 = colour;
        }
    }
    for mut image in &mut images {
        if (all || image.is_changed())
            && let Some(colour) = turned(image.color, false)
        {
            image.color = colour;
        }
    }
    for mut outline in &mut outlines {
        if all || outline.is_changed() {
            let mut sides = *outline;
            for side in [&mut sides.top, &mut sides.right, &mut sides.bottom, &mut sides.left] {
                *side = turned(*side, true).unwrap_or(*side);
            }
            if sides != *outline {
                *outline = sides;
            }
        }
    }
}
