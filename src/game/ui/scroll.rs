//! Panels a finger scrolls up and down: the robot's code view, and every screen when the
//! player's text size or spacing (`ui::reading`) makes it taller than the tablet, as a web
//! page does when a browser zooms in; at the normal size and spacing screens are laid out to
//! fit and do not scroll. A drag that starts on a screen, or on one of its buttons, scrolls it
//! (one that starts on a robot's tile moves the tile); a tap still presses a button
//! (`ui::pointer`). A control the keyboard's focus moves to ([`show`]) is scrolled into view.

use super::pointer::{DragMove, DragRelease, Draggable, TakesDrags};
use super::reading::Reading;
use super::widgets::ScreenRoot;
use crate::game::redraw::Redraw;
use bevy::prelude::*;
use bevy::ui::{ComputedNode, UiGlobalTransform};

/// A panel that scrolls up and down; `drag_from` is the scroll where a drag began.
#[derive(Component, Debug, Default, Clone, Copy)]
#[require(Draggable, ScrollPosition)]
pub struct Scrolls {
    drag_from: Option<f32>,
}

/// A part of a screen held to the screen's height (its minimum height is nothing, so it
/// shrinks to what is left): while the screen scrolls, it is as tall as its content instead.
#[derive(Component, Debug, Default, Clone, Copy)]
pub struct HeldToScreen;

/// A node laid out across its whole row, whatever its width and widest otherwise, while the
/// player reads bigger or more spaced text, so the text in it wraps at a width known before it
/// is measured (a text that has to shrink to fit gets the height of fewer lines than it draws:
/// Bevy 0.19's text measure).
#[derive(Component, Debug, Default, Clone, Copy)]
pub struct FullWidthWhenBig;

/// A [`FullWidthWhenBig`] node's own width and widest, for the normal size: kept when it is
/// first seen, after whatever node its maker inserted over the first one.
#[derive(Component, Debug, Clone, Copy)]
struct NormalWidth {
    width: Val,
    max_width: Val,
}

/// The accessibility layer's focus moved to this control (a Tab, an arrow key, or a screen
/// reader that moves the page's focus): it is scrolled into view.
#[derive(EntityEvent, Debug, Clone, Copy, PartialEq)]
pub struct Focused {
    pub entity: Entity,
}

/// Scrolls the control with the accessibility layer's `key` into view (the layer's focus moved
/// to it). Returns false if the key is not a control on the screen.
pub fn show(world: &mut World, key: u64) -> bool {
    let Some(entity) = Entity::try_from_bits(key) else { return false };
    let exists = world.get_entity(entity).is_ok_and(|e| e.contains::<ComputedNode>());
    if exists {
        world.trigger(Focused { entity });
    }
    exists
}

pub(super) fn plugin(app: &mut App) {
    app.add_observer(drag).add_observer(drag_ended).add_observer(bring_into_view);
    app.add_systems(PostUpdate, follow_reading.before(bevy::ui::UiSystems::Prepare).after(super::reading::Follow));
}

/// Screens scroll while the player reads bigger or more spaced text. A centred screen starts
/// at its top then, so nothing is cut off above what a finger can scroll to.
#[allow(clippy::type_complexity)]
fn follow_reading(
    reading: Res<Reading>,
    mut commands: Commands,
    mut roots: Query<(Entity, &ScreenRoot, &mut Node, Has<Scrolls>)>,
    mut held: Query<&mut Node, (With<HeldToScreen>, Without<ScreenRoot>, Without<FullWidthWhenBig>)>,
    mut wide: Query<
        (Entity, &mut Node, Option<&NormalWidth>),
        (With<FullWidthWhenBig>, Without<ScreenRoot>, Without<HeldToScreen>),
    >,
    added: Query<(), Or<(Added<ScreenRoot>, Added<HeldToScreen>, Added<FullWidthWhenBig>)>>,
) {
    if !reading.is_changed() && added.is_empty() {
        return;
    }
    let big = *reading != Reading::default();
    for mut node in &mut held {
        let wanted = if big { Val::Auto } else { px(0) };
        if node.min_height != wanted {
            node.min_height = wanted;
        }
    }
    for (entity, mut node, normal) in &mut wide {
        let normal = normal.copied().unwrap_or_else(|| {
            let normal = NormalWidth { width: node.width, max_width: node.max_width };
            commands.entity(entity).insert(normal);
            normal
        });
        let wanted = if big { (percent(100), percent(100)) } else { (normal.width, normal.max_width) };
        if (node.width, node.max_width) != wanted {
            (node.width, node.max_width) = wanted;
        }
    }
    for (entity, root, mut node, scrolls) in &mut roots {
        if big && !scrolls {
            commands.entity(entity).insert((Scrolls::default(), TakesDrags));
            node.overflow.y = OverflowAxis::Scroll;
            node.justify_content = JustifyContent::FlexStart;
        } else if !big && scrolls {
            commands.entity(entity).remove::<(Scrolls, Draggable, ScrollPosition, TakesDrags)>();
            node.overflow.y = OverflowAxis::Visible;
            if root.centred {
                node.justify_content = JustifyContent::Center;
            }
        }
    }
}

fn drag(
    event: On<DragMove>,
    mut panels: Query<(&mut Scrolls, &mut ScrollPosition, &ComputedNode)>,
    mut redraw: ResMut<Redraw>,
) {
    let Ok((mut panel, mut scroll, computed)) = panels.get_mut(event.entity) else { return };
    let from = *panel.drag_from.get_or_insert(scroll.y);
    let scale = computed.inverse_scale_factor();
    let most = ((computed.content_size().y - computed.size().y) * scale).max(0.0);
    scroll.y = (from - event.offset.y).clamp(0.0, most);
    redraw.frames(2);
}

fn drag_ended(event: On<DragRelease>, mut panels: Query<&mut Scrolls>) {
    if let Ok(mut panel) = panels.get_mut(event.entity) {
        panel.drag_from = None;
    }
}

/// Room left between a control scrolled into view and its panel's edge (logical px).
const VIEW_MARGIN: f32 = 16.0;

/// Scrolls the panel around a focused control just far enough that the control shows whole
/// (its top, if it is taller than the panel).
fn bring_into_view(
    event: On<Focused>,
    parents: Query<&ChildOf>,
    nodes: Query<(&ComputedNode, &UiGlobalTransform)>,
    mut panels: Query<&mut ScrollPosition, With<Scrolls>>,
    mut redraw: ResMut<Redraw>,
) {
    let Some(panel) = parents.iter_ancestors(event.entity).find(|a| panels.contains(*a)) else { return };
    let (Ok((control, at)), Ok((frame, frame_at))) = (nodes.get(event.entity), nodes.get(panel)) else { return };
    let Ok(mut scroll) = panels.get_mut(panel) else { return };
    // Physical px on the screen, then logical for the scroll.
    let scale = frame.inverse_scale_factor();
    let margin = VIEW_MARGIN / scale;
    let (top, bottom) = (at.translation.y - control.size().y / 2.0, at.translation.y + control.size().y / 2.0);
    let (view_top, view_bottom) =
        (frame_at.translation.y - frame.size().y / 2.0, frame_at.translation.y + frame.size().y / 2.0);
    let by = if top < view_top + margin {
        top - (view_top + margin)
    } else if bottom > view_bottom - margin {
        (bottom - (view_bottom - margin)).min(top - (view_top + margin))
    } else {
        return;
    };
    let most = ((frame.content_size().y - frame.size().y) * scale).max(0.0);
    let wanted = (scroll.y + by * scale).clamp(0.0, most);
    if wanted != scroll.y {
        scroll.y = wanted;
        redraw.frames(2);
    }
}
