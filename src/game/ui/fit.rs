//! The fit check: after layout, every text on screen is measured against its node, the box
//! around it, the panels that clip it and the screen, every picture or tile that grows with
//! the text size against the box around it, and every control against the screen,
//! by `core::fit`'s rule. It runs only when a [`FitCheck`] resource is present (a test puts
//! it there; in a browser, a page opened with `?check-fit`), so a pupil's tablet does none of
//! this work.

use super::super::a11y::{A11y, Role};
use super::reading::Grows;
use crate::core::fit::{self, Area, Placed, Words};
use crate::core::reading::BASE_FONT;
use bevy::prelude::*;
use bevy::text::{LetterSpacing, RemSize, TextLayoutInfo};
use bevy::ui::{CalculatedClip, ComputedNode, OverflowAxis, UiGlobalTransform, UiSystems};

/// What did not fit on the screen as last laid out, one sentence each (`core::fit::Misfit`),
/// and the size of that screen (logical px), so a reader knows which layout it is about.
/// `generation` changes whenever either does.
#[derive(Resource, Debug, Default, Clone, PartialEq)]
pub struct FitCheck {
    pub misfits: Vec<String>,
    pub screen: (f32, f32),
    pub generation: u64,
}

pub(super) fn plugin(app: &mut App) {
    app.add_systems(PostUpdate, check.after(UiSystems::PostLayout).run_if(resource_exists::<FitCheck>));
}

type Measured<'a> = (
    Entity,
    &'a ComputedNode,
    &'a UiGlobalTransform,
    Option<&'a Text>,
    Option<&'a TextLayoutInfo>,
    Option<&'a A11y>,
    Option<&'a CalculatedClip>,
    Option<&'a InheritedVisibility>,
    Option<&'a LetterSpacing>,
    Has<Grows>,
    Has<ImageNode>,
);

#[allow(clippy::type_complexity)]
fn check(
    windows: Query<&Window>,
    measured: Query<Measured, Or<(With<Text>, With<A11y>, With<Grows>)>>,
    names: Query<&A11y>,
    boxes: Query<(&ComputedNode, &UiGlobalTransform, &Node, Option<&BackgroundColor>)>,
    parents: Query<&ChildOf>,
    texts: Res<super::super::i18n::Texts>,
    rem: Res<RemSize>,
    mut report: ResMut<FitCheck>,
) {
    let Some(window) = windows.iter().next() else { return };
    let screen = Area::new(0.0, 0.0, window.width(), window.height());
    let mut placed = Vec::new();
    for (entity, computed, transform, text, layout, a11y, clip, visibility, spacing, grows, image) in &measured {
        let scale = computed.inverse_scale_factor();
        if visibility.is_some_and(|v| !v.get()) || computed.size().cmple(Vec2::ZERO).any() {
            continue;
        }
        let control = a11y.is_some_and(|a| a.role == Role::Button);
        // An icon, a tile or a picture that grows with the text (`ui::reading::Grows`) has to
        // stay in its box as a text does.
        let picture = grows && text.is_none() && !control;
        // Spaced letters (`ui::reading`) are laid out one letter space wider than they are
        // measured: that much is the space after a line's last letter, not overflow. And the
        // letters that overhang their advance (`fit::INK_TOLERANCE`) overhang more as the
        // text grows. So a text's ink and box are taken in by that much on either side (both
        // directions of writing).
        let letter_space = match spacing {
            Some(LetterSpacing::Px(px)) => *px,
            Some(LetterSpacing::Rem(share)) => share * rem.0,
            None => 0.0,
        };
        let overhang = fit::INK_TOLERANCE * (rem.0 / BASE_FONT - 1.0).max(0.0);
        let space = (letter_space + overhang) / scale;
        let words = match (text, layout) {
            (Some(text), Some(layout)) if !text.0.trim().is_empty() => {
                let room = computed.content_box();
                let Some(ink) = ink(layout) else { continue };
                // Glyphs are placed from the top left of the content box.
                let ink = Rect::from_corners(ink.min + room.min, ink.max + room.min);
                let ink = take_in(ink, space);
                Some(Words { room: area(room, transform, scale), ink: area(ink, transform, scale) })
            }
            _ if control || picture => None,
            _ => continue,
        };
        let label = match text {
            Some(text) => text.0.clone(),
            None if picture => {
                let named = parents.iter_ancestors(entity).find_map(|a| names.get(a).ok());
                let what = if image { "a picture" } else { "a growing part" };
                format!("{what} in {}", named.map(|a| a.name.resolve(&texts)).unwrap_or_default())
            }
            None => a11y.map(|a| a.name.resolve(&texts)).unwrap_or_default(),
        };
        // The box around a text counts when it is drawn (a button, a card), not a layout row,
        // nor a screen that scrolls (what lies below its edge is scrolled to).
        let drawn =
            parents.get(entity).ok().and_then(|p| boxes.get(p.parent()).ok()).filter(|(_, _, node, background)| {
                background.is_some_and(|b| !b.0.is_fully_transparent()) && node.overflow.y != OverflowAxis::Scroll
            });
        placed.push(Placed {
            id: entity.to_bits(),
            within: parents.iter_ancestors(entity).map(Entity::to_bits).collect(),
            label,
            area: area(
                if words.is_some() { take_in(computed.border_box(), space) } else { computed.border_box() },
                transform,
                scale,
            ),
            words,
            parent: drawn
                .filter(|_| words.is_some() || picture)
                .map(|(node, at, _, _)| area(node.border_box(), at, scale)),
            // A panel that clips only one way (a screen that scrolls up and down) leaves the
            // other way unbounded: kept finite, so its edges can be compared.
            clip: clip.map(|c| {
                let far = Vec2::splat(1.0e7);
                physical(Rect { min: c.clip.min.max(-far), max: c.clip.max.min(far) }, scale)
            }),
            scrolls: parents
                .iter_ancestors(entity)
                .any(|a| boxes.get(a).is_ok_and(|(_, _, node, _)| node.overflow.y == OverflowAxis::Scroll)),
        });
    }
    let misfits: Vec<String> = fit::misfits(screen, &placed).iter().map(ToString::to_string).collect();
    let size = (screen.width, screen.height);
    if misfits != report.misfits || size != report.screen {
        report.misfits = misfits;
        report.screen = size;
        report.generation += 1;
    }
}

/// Where a text is drawn (physical px from the top left of its layout): across, from its
/// first letter's edge to its last (a space that ends a line draws nothing); down, its lines.
/// `None` before it is laid out. Accents and marks may reach above their line, into the
/// padding around them, as they do in a browser.
fn ink(layout: &TextLayoutInfo) -> Option<Rect> {
    let across = layout
        .glyphs
        .iter()
        .map(|glyph| Rect::from_center_size(glyph.position, glyph.atlas_info.rect.size()))
        .filter(|rect| !rect.is_empty())
        .reduce(|a, b| a.union(b))?;
    let lines = layout.size.y * layout.scale_factor;
    Some(Rect::new(across.min.x, 0.0, across.max.x, lines))
}

/// `rect` less `space` on its left and right, unless that leaves nothing.
fn take_in(rect: Rect, space: f32) -> Rect {
    if rect.width() > 2.0 * space {
        Rect::from_corners(rect.min + Vec2::new(space, 0.0), rect.max - Vec2::new(space, 0.0))
    } else {
        rect
    }
}

/// A node-centred rectangle (physical px) placed by `transform`, in logical px.
fn area(rect: Rect, transform: &UiGlobalTransform, scale: f32) -> Area {
    physical(Rect::from_center_size(transform.translation + rect.center(), rect.size()), scale)
}

fn physical(rect: Rect, scale: f32) -> Area {
    Area::new(rect.min.x * scale, rect.min.y * scale, rect.width() * scale, rect.height() * scale)
}
