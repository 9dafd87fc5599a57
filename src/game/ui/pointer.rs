//! Taps and drags, from raw touch and mouse input.
//!
//! Bevy's picking needs a press and its release in different frames; in reactive mode a quick
//! tap often arrives as both in one frame and was lost. Here every touch event carries its own
//! position, so a tap counts however fast it is. A tap activates the [`Tappable`] under the
//! finger when it is lifted over the same element; a [`Draggable`] follows the finger once it
//! moved a few pixels, and is dropped where the finger is lifted. A finger that starts on a
//! button inside a panel that [`TakesDrags`] and moves scrolls the panel instead of pressing
//! the button, as on a web page.

use crate::game::a11y::{A11y, Role};
use bevy::input::ButtonState;
use bevy::input::mouse::MouseButtonInput;
use bevy::input::touch::{TouchInput, TouchPhase};
use bevy::prelude::*;
use bevy::ui::{ComputedNode, InteractionDisabled, Pressed, UiGlobalTransform, UiStack};

/// A tap on this element sends it [`Activate`].
#[derive(Component, Debug, Default, Clone, Copy)]
pub struct Tappable;

/// This element can be dragged: it receives [`DragMove`] and [`DragRelease`].
#[derive(Component, Debug, Default, Clone, Copy)]
pub struct Draggable;

/// A [`Draggable`] panel (a screen that scrolls) that also takes the drags that start on the
/// buttons in it: on a screen full of buttons there is little else to put a finger on.
#[derive(Component, Debug, Default, Clone, Copy)]
pub struct TakesDrags;

/// The element was tapped (or activated from the accessibility layer).
#[derive(EntityEvent, Debug, Clone, Copy, PartialEq)]
pub struct Activate {
    pub entity: Entity,
}

/// Does what a tap on the element does (the accessibility layer's click or key). Returns false if the key is not a live button.
pub fn activate(world: &mut World, key: u64) -> bool {
    let Some(entity) = Entity::try_from_bits(key) else { return false };
    let is_button = world
        .get_entity(entity)
        .is_ok_and(|e| e.get::<A11y>().is_some_and(|a| a.role == Role::Button) && !e.contains::<InteractionDisabled>());
    if is_button {
        world.trigger(Activate { entity });
    }
    is_button
}

/// A drag moved: `offset` is how far the finger is from where it started (logical pixels).
#[derive(EntityEvent, Debug, Clone, Copy, PartialEq)]
pub struct DragMove {
    pub entity: Entity,
    pub offset: Vec2,
}

/// A drag ended with the finger at `position` (logical pixels from the window's top-left).
#[derive(EntityEvent, Debug, Clone, Copy, PartialEq)]
pub struct DragRelease {
    pub entity: Entity,
    pub position: Vec2,
}

/// How far a finger must move before a press becomes a drag (logical pixels).
const DRAG_THRESHOLD: f32 = 12.0;

#[derive(Debug, Clone, Copy, PartialEq)]
enum Source {
    Touch(u64),
    Mouse,
}

#[derive(Debug, Clone, Copy)]
struct Gesture {
    source: Source,
    start: Vec2,
    target: Entity,
    dragging: bool,
}

/// The gesture in progress: one finger at a time, so two pupils poking at once cannot
/// confuse the game.
#[derive(Resource, Debug, Default)]
struct Gestures {
    active: Option<Gesture>,
    cursor: Option<Vec2>,
}

#[derive(Debug, Clone, Copy)]
enum Phase {
    Start,
    Move,
    End,
    Cancel,
}

pub(super) fn plugin(app: &mut App) {
    app.init_resource::<Gestures>();
    app.add_systems(PreUpdate, read_pointers.after(bevy::input::InputSystems));
}

fn read_pointers(
    mut touches: MessageReader<TouchInput>,
    mut mouse_buttons: MessageReader<MouseButtonInput>,
    mut cursor_moves: MessageReader<CursorMoved>,
    mut gestures: ResMut<Gestures>,
    stack: Res<UiStack>,
    nodes: Query<(&ComputedNode, &UiGlobalTransform, Option<&InheritedVisibility>)>,
    parents: Query<&ChildOf>,
    kinds: Query<(Has<Tappable>, Has<Draggable>, Has<InteractionDisabled>)>,
    takers: Query<(), (With<TakesDrags>, With<Draggable>)>,
    mut commands: Commands,
    mut redraw: ResMut<crate::game::redraw::Redraw>,
) {
    let mut events: Vec<(Source, Phase, Vec2)> = Vec::new();
    for touch in touches.read() {
        let phase = match touch.phase {
            TouchPhase::Started => Phase::Start,
            TouchPhase::Moved => Phase::Move,
            TouchPhase::Ended => Phase::End,
            TouchPhase::Canceled => Phase::Cancel,
        };
        events.push((Source::Touch(touch.id), phase, touch.position));
    }
    for moved in cursor_moves.read() {
        gestures.cursor = Some(moved.position);
        events.push((Source::Mouse, Phase::Move, moved.position));
    }
    for button in mouse_buttons.read() {
        let (Some(position), MouseButton::Left) = (gestures.cursor, button.button) else { continue };
        let phase = if button.state == ButtonState::Pressed { Phase::Start } else { Phase::End };
        events.push((Source::Mouse, phase, position));
    }

    let target_at = |point: Vec2| -> Option<Entity> {
        // Topmost node under the point, then up to the element that handles it. A node on
        // top that handles nothing (a banner, a panel) blocks what lies beneath.
        let top = stack.uinodes.iter().rev().copied().find(|&entity| {
            nodes.get(entity).is_ok_and(|(computed, transform, visibility)| {
                visibility.is_none_or(|v| v.get())
                    && computed.contains_point(*transform, point / computed.inverse_scale_factor())
            })
        })?;
        std::iter::once(top)
            .chain(parents.iter_ancestors(top))
            .find(|&e| kinds.get(e).is_ok_and(|(tappable, draggable, _)| tappable || draggable))
    };

    if !events.is_empty() {
        // Pressed looks, drags and whatever a tap changes need frames of their own.
        redraw.frames(3);
    }
    for (source, phase, position) in events {
        match phase {
            Phase::Start => {
                if gestures.active.is_some() {
                    continue;
                }
                let Some(mut target) = target_at(position) else { continue };
                if kinds.get(target).is_ok_and(|(_, _, disabled)| disabled) {
                    // A disabled button presses nothing, but a drag on it scrolls its screen.
                    match parents.iter_ancestors(target).find(|&e| takers.contains(e)) {
                        Some(panel) => target = panel,
                        None => continue,
                    }
                }
                gestures.active = Some(Gesture { source, start: position, target, dragging: false });
                if kinds.get(target).is_ok_and(|(tappable, _, _)| tappable) {
                    commands.entity(target).try_insert(Pressed);
                }
            }
            Phase::Move => {
                let Some(gesture) = gestures.active.as_mut().filter(|g| g.source == source) else { continue };
                let mut draggable = kinds.get(gesture.target).is_ok_and(|(_, draggable, _)| draggable);
                let moved = gesture.dragging || position.distance(gesture.start) > DRAG_THRESHOLD;
                if !draggable && moved {
                    // Not a tap after all: the panel around the button takes the drag, if it has
                    // anything to scroll (else a finger that wobbled still presses the button).
                    let can_scroll = |e: Entity| {
                        nodes.get(e).is_ok_and(|(computed, _, _)| computed.content_size().y > computed.size().y)
                    };
                    let panel = parents.iter_ancestors(gesture.target).find(|&e| takers.contains(e));
                    if let Some(panel) = panel.filter(|&p| can_scroll(p)) {
                        if let Ok(mut button) = commands.get_entity(gesture.target) {
                            button.try_remove::<Pressed>();
                        }
                        gesture.target = panel;
                        draggable = true;
                    }
                }
                if draggable && moved {
                    gesture.dragging = true;
                    commands.trigger(DragMove { entity: gesture.target, offset: position - gesture.start });
                }
            }
            Phase::End | Phase::Cancel => {
                let Some(gesture) = gestures.active.filter(|g| g.source == source) else { continue };
                gestures.active = None;
                if let Ok(mut entity) = commands.get_entity(gesture.target) {
                    entity.try_remove::<Pressed>();
                }
                if matches!(phase, Phase::Cancel) {
                    if gesture.dragging {
                        commands.trigger(DragRelease { entity: gesture.target, position: gesture.start });
                    }
                    continue;
                }
                if gesture.dragging {
                    commands.trigger(DragRelease { entity: gesture.target, position });
                } else if target_at(position) == Some(gesture.target)
                    && kinds.get(gesture.target).is_ok_and(|(tappable, _, disabled)| tappable && !disabled)
                {
                    commands.trigger(Activate { entity: gesture.target });
                }
            }
        }
    }
}
