//! The high-contrast theme (issue #18 §3), for the player who chose it in their settings.
//! Screens are built in the normal theme; every colour turns into its high-contrast one
//! (`core::palette::high_contrast`, where its contrast is checked) when it appears or changes,
//! just before layout and drawing. Each entity keeps the colours it had ([`Originals`]), so
//! turning the theme off gives every one back where it is, the screen and any notice on it.

use crate::core::palette::{self, Rgb};
use crate::game::progress::TabletPlayers;
use crate::game::redraw::Redraw;
use bevy::ecs::query::QueryItem;
use bevy::prelude::*;

/// Whether the player on the tablet sees the high-contrast theme.
#[derive(Resource, Debug, Default, Clone, Copy, PartialEq, Eq)]
pub struct HighContrast(pub bool);

pub(super) fn plugin(app: &mut App) {
    app.init_resource::<HighContrast>();
    app.add_systems(
        PostUpdate,
        (follow_player.run_if(resource_changed::<TabletPlayers>), recolour, restore)
            .chain()
            .before(bevy::ui::UiSystems::Prepare),
    );
}

/// The normal-theme colours of an entity whose colours were turned.
#[derive(Component, Debug, Default, Clone, PartialEq)]
pub struct Originals {
    fill: Option<Color>,
    text: Option<Color>,
    image: Option<Color>,
    outline: Option<BorderColor>,
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

/// Turns `colour` if the theme turns it; returns the normal colour it stands for.
fn turn(colour: &mut Color, original: Option<Color>) -> Option<Color> {
    match turned(*colour, false) {
        Some(to) => Some(std::mem::replace(colour, to)),
        None => original.filter(|o| turned(*o, false) == Some(*colour)),
    }
}

/// An outline's sides in the theme.
fn outlined(outline: BorderColor) -> BorderColor {
    let mut sides = outline;
    for side in [&mut sides.top, &mut sides.right, &mut sides.bottom, &mut sides.left] {
        *side = turned(*side, true).unwrap_or(*side);
    }
    sides
}

/// What high contrast turns: an entity's fill, text colour, picture tint and outline, and the
/// normal colours kept from before.
type Coloured = (
    Entity,
    Option<&'static mut BackgroundColor>,
    Option<&'static mut TextColor>,
    Option<&'static mut ImageNode>,
    Option<&'static mut BorderColor>,
    Option<&'static Originals>,
);

/// Turns every colour that appeared or changed (all of them when the theme was just chosen),
/// keeping the colour it had. A turned colour turns no further, so the change this makes is
/// seen once and left. Only changed entities are visited, except when the theme was just
/// chosen.
#[allow(clippy::type_complexity)]
fn recolour(
    mut commands: Commands,
    contrast: Res<HighContrast>,
    mut coloured: ParamSet<(
        Query<Coloured, Or<(With<BackgroundColor>, With<TextColor>, With<ImageNode>, With<BorderColor>)>>,
        Query<Coloured, Or<(Changed<BackgroundColor>, Changed<TextColor>, Changed<ImageNode>, Changed<BorderColor>)>>,
    )>,
    mut redraw: ResMut<Redraw>,
) {
    if !contrast.0 {
        return;
    }
    if contrast.is_changed() {
        redraw.frames(3);
        for item in &mut coloured.p0() {
            turn_entity(&mut commands, true, item);
        }
    } else {
        for item in &mut coloured.p1() {
            turn_entity(&mut commands, false, item);
        }
    }
}

fn turn_entity(commands: &mut Commands, all: bool, item: QueryItem<Coloured>) {
    let (entity, fill, text, image, outline, kept) = item;
    let mut originals = kept.cloned().unwrap_or_default();
    // A colour that changed is the screen's own again: kept when it turns, forgotten when
    // the theme leaves it (a board's floor), still the old one when it is that one turned
    // (something else of the component changed, such as an icon's picture).
    if let Some(mut fill) = fill.filter(|f| all || f.is_changed()) {
        originals.fill = turn(&mut fill.0, originals.fill);
    }
    if let Some(mut text) = text.filter(|t| all || t.is_changed()) {
        originals.text = turn(&mut text.0, originals.text);
    }
    if let Some(mut image) = image.filter(|i| all || i.is_changed()) {
        originals.image = turn(&mut image.color, originals.image);
    }
    if let Some(mut outline) = outline.filter(|o| all || o.is_changed()) {
        let sides = outlined(*outline);
        originals.outline = if sides != *outline {
            Some(std::mem::replace(&mut *outline, sides))
        } else {
            originals.outline.filter(|o| outlined(*o) == *outline)
        };
    }
    if kept.is_some_and(|k| *k == originals) || (kept.is_none() && originals == Originals::default()) {
        return;
    }
    commands.entity(entity).insert(originals);
}

/// When the theme is turned off, gives every turned entity its colours back.
#[allow(clippy::type_complexity)]
fn restore(
    mut commands: Commands,
    contrast: Res<HighContrast>,
    mut turned: Query<(
        Entity,
        &Originals,
        Option<&mut BackgroundColor>,
        Option<&mut TextColor>,
        Option<&mut ImageNode>,
        Option<&mut BorderColor>,
    )>,
    mut redraw: ResMut<Redraw>,
) {
    if contrast.0 || !contrast.is_changed() {
        return;
    }
    redraw.frames(3);
    for (entity, originals, fill, text, image, outline) in &mut turned {
        if let (Some(mut fill), Some(colour)) = (fill, originals.fill) {
            fill.0 = colour;
        }
        if let (Some(mut text), Some(colour)) = (text, originals.text) {
            text.0 = colour;
        }
        if let (Some(mut image), Some(colour)) = (image, originals.image) {
            image.color = colour;
        }
        if let (Some(mut outline), Some(sides)) = (outline, originals.outline) {
            *outline = sides;
        }
        commands.entity(entity).remove::<Originals>();
    }
}
