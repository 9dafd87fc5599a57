//! The accessibility layer's model. Every interactive element (and the text a screen reader
//! should read) carries an [`A11y`] component; after layout this plugin collects them, with
//! their on-screen rectangles, into [`A11yTree`]. The browser glue mirrors that tree into DOM
//! elements over the canvas and sends activations back through [`activate`], which does
//! exactly what a tap does.

use super::i18n::{TextKey, Texts};
use bevy::prelude::*;
use bevy::ui::{CalculatedClip, ComputedNode, InteractionDisabled, UiGlobalTransform, UiSystems};

/// The role an element plays for assistive technology (a subset of ARIA roles).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Role {
    Button,
    Heading,
    Text,
    /// A live region: changes are announced (feedback, outcomes, notices).
    Status,
    Image,
}

/// Marks an entity for the accessibility layer.
#[derive(Component, Debug, Clone, PartialEq)]
pub struct A11y {
    pub role: Role,
    pub name: TextKey,
    /// For toggle buttons (e.g. the language in use).
    pub pressed: Option<bool>,
    /// The item being worked on now (the program tile the robot is running): `aria-current`.
    pub current: bool,
    /// Announced like a live region when it appears or changes, whatever its role (a level's
    /// outcome shown as stars).
    pub announced: bool,
}

impl A11y {
    pub fn button(name: TextKey) -> Self {
        A11y { role: Role::Button, name, pressed: None, current: false, announced: false }
    }
    pub fn toggle(name: TextKey, pressed: bool) -> Self {
        A11y { role: Role::Button, name, pressed: Some(pressed), current: false, announced: false }
    }
    pub fn heading(name: TextKey) -> Self {
        A11y { role: Role::Heading, name, pressed: None, current: false, announced: false }
    }
    pub fn text(name: TextKey) -> Self {
        A11y { role: Role::Text, name, pressed: None, current: false, announced: false }
    }
    pub fn status(name: TextKey) -> Self {
        A11y { role: Role::Status, name, pressed: None, current: false, announced: false }
    }
    pub fn image(name: TextKey) -> Self {
        A11y { role: Role::Image, name, pressed: None, current: false, announced: false }
    }
    /// Also announced as a live region would be.
    pub fn announced(self) -> Self {
        A11y { announced: true, ..self }
    }
}

/// A rectangle in logical (CSS) pixels from the top-left of the canvas.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Bounds {
    pub left: f32,
    pub top: f32,
    pub width: f32,
    pub height: f32,
}

/// One element of the accessibility layer.
#[derive(Debug, Clone, PartialEq)]
pub struct A11yEntry {
    /// Stable while the element exists; used to send activations back.
    pub key: u64,
    pub role: Role,
    pub name: String,
    pub bounds: Bounds,
    pub pressed: Option<bool>,
    pub current: bool,
    pub disabled: bool,
    /// Announced as a live region's text is (every [`Role::Status`], and [`A11y::announced`]).
    pub announced: bool,
}

/// Everything the accessibility layer shows, in reading order. `generation` changes whenever
/// anything in it does, so the browser only touches the DOM when needed.
#[derive(Resource, Debug, Default)]
pub struct A11yTree {
    pub entries: Vec<A11yEntry>,
    pub generation: u64,
}

/// Where [`A11yTree`] is brought up to date (after layout): systems that read it run after.
#[derive(SystemSet, Debug, Clone, PartialEq, Eq, Hash)]
pub struct Collected;

pub(super) fn plugin(app: &mut App) {
    app.init_resource::<A11yTree>();
    app.add_systems(PostUpdate, collect.in_set(Collected).after(UiSystems::PostLayout));
}

fn collect(
    texts: Res<Texts>,
    roots: Query<Entity, (With<Node>, Without<ChildOf>)>,
    children: Query<&Children>,
    nodes: Query<(
        &A11y,
        &ComputedNode,
        &UiGlobalTransform,
        Option<&InheritedVisibility>,
        Has<InteractionDisabled>,
        Option<&CalculatedClip>,
    )>,
    mut tree: ResMut<A11yTree>,
    mut redraw: ResMut<super::redraw::Redraw>,
) {
    let mut entries = Vec::with_capacity(tree.entries.len());
    let mut ordered_roots: Vec<Entity> = roots.iter().collect();
    ordered_roots.sort();
    // Depth-first in tree order: the order a screen reader and the Tab key follow.
    let mut stack: Vec<Entity> = ordered_roots.into_iter().rev().collect();
    while let Some(entity) = stack.pop() {
        if let Ok((a11y, computed, transform, visibility, disabled, clip)) = nodes.get(entity) {
            let visible = visibility.is_none_or(|v| v.get());
            let size = computed.size();
            if visible && size.x > 0.0 && size.y > 0.0 {
                let mut rect = Rect::from_center_size(transform.translation, size);
                if let Some(clip) = clip {
                    rect = within(rect, clip.clip);
                }
                let scale = computed.inverse_scale_factor();
                let (min, max) = (rect.min * scale, rect.max * scale);
                entries.push(A11yEntry {
                    key: entity.to_bits(),
                    role: a11y.role,
                    name: a11y.name.resolve(&texts),
                    bounds: Bounds {
                        left: min.x.round(),
                        top: min.y.round(),
                        width: (max.x - min.x).round(),
                        height: (max.y - min.y).round(),
                    },
                    pressed: a11y.pressed,
                    current: a11y.current,
                    disabled,
                    announced: a11y.announced || a11y.role == Role::Status,
                });
            }
        }
        if let Ok(kids) = children.get(entity) {
            stack.extend(kids.iter().rev());
        }
    }
    if entries != tree.entries {
        tree.entries = entries;
        tree.generation += 1;
        // Something moved or changed: draw until it settles, so the screen and the layer
        // never wait for the next touch to catch up.
        redraw.frames(2);
    }
}

/// `rect` cut to `clip`, the part of a scrolling panel on screen (physical pixels). What is
/// scrolled out of view keeps a sliver at the panel's nearest edge: a screen reader still reads
/// it in order, and it never lies over what is drawn beside the panel.
fn within(rect: Rect, clip: Rect) -> Rect {
    let min = rect.min.max(clip.min).min(clip.max);
    let max = rect.max.max(clip.min).min(clip.max).max(min + Vec2::ONE);
    Rect { min, max }
}
