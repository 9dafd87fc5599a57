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
    /// A grid of [`Role::Row`]s of [`Role::Cell`]s (the robot's board): the arrow keys move
    /// between its cells, a screen reader reads each cell's row, column and contents.
    Grid,
    Row,
    Cell,
    /// A list (a routine of the program, the inside of a loop): its items are the elements in
    /// it, each wrapped as a list item unless it is one ([`Role::ListItem`]).
    List,
    ListItem,
}

impl Role {
    /// Holds other entries. A container may take no room on screen of its own (a row of the
    /// board, the list of a loop's inside), so it is kept whatever its size.
    pub fn is_container(self) -> bool {
        matches!(self, Role::Grid | Role::Row | Role::List | Role::ListItem)
    }
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
    /// The keys that press it, as `aria-keyshortcuts` writes them ([`crate::core::shortcuts`]).
    pub keys: Option<&'static str>,
}

/// Puts an entity's entry in another container than the one its ancestors give it: the tiles
/// of a loop's inside are drawn in the loop's box, beside its own tile, but listed in the list
/// of its inside.
#[derive(Component, Debug, Clone, Copy, PartialEq, Eq)]
pub struct A11yParent(pub Entity);

impl A11y {
    fn new(role: Role, name: TextKey) -> Self {
        A11y { role, name, pressed: None, current: false, announced: false, keys: None }
    }
    pub fn button(name: TextKey) -> Self {
        A11y::new(Role::Button, name)
    }
    pub fn toggle(name: TextKey, pressed: bool) -> Self {
        A11y { pressed: Some(pressed), ..A11y::new(Role::Button, name) }
    }
    pub fn heading(name: TextKey) -> Self {
        A11y::new(Role::Heading, name)
    }
    pub fn text(name: TextKey) -> Self {
        A11y::new(Role::Text, name)
    }
    pub fn status(name: TextKey) -> Self {
        A11y::new(Role::Status, name)
    }
    pub fn image(name: TextKey) -> Self {
        A11y::new(Role::Image, name)
    }
    pub fn grid(name: TextKey) -> Self {
        A11y::new(Role::Grid, name)
    }
    pub fn row() -> Self {
        A11y::new(Role::Row, TextKey::literal(""))
    }
    pub fn cell(name: TextKey) -> Self {
        A11y::new(Role::Cell, name)
    }
    pub fn list(name: TextKey) -> Self {
        A11y::new(Role::List, name)
    }
    pub fn list_item() -> Self {
        A11y::new(Role::ListItem, TextKey::literal(""))
    }
    /// Also announced as a live region would be.
    pub fn announced(self) -> Self {
        A11y { announced: true, ..self }
    }
    /// Pressed by these keys too (`aria-keyshortcuts` syntax).
    pub fn keys(self, keys: Option<&'static str>) -> Self {
        A11y { keys, ..self }
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
    /// The container entry it belongs to (its nearest ancestor with a container role, or its
    /// [`A11yParent`]); `None` at the top of the layer.
    pub parent: Option<u64>,
    pub keys: Option<&'static str>,
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

#[allow(clippy::type_complexity)]
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
        Option<&A11yParent>,
    )>,
    mut tree: ResMut<A11yTree>,
    mut redraw: ResMut<super::redraw::Redraw>,
) {
    let mut entries = Vec::with_capacity(tree.entries.len());
    let mut ordered_roots: Vec<Entity> = roots.iter().collect();
    ordered_roots.sort();
    // Depth-first in tree order: the order a screen reader and the Tab key follow. Each entity
    // carries the container its entry would go in.
    let mut stack: Vec<(Entity, Option<u64>)> = ordered_roots.into_iter().rev().map(|e| (e, None)).collect();
    while let Some((entity, container)) = stack.pop() {
        let mut inner = container;
        if let Ok((a11y, computed, transform, visibility, disabled, clip, parent)) = nodes.get(entity) {
            let visible = visibility.is_none_or(|v| v.get());
            let size = computed.size();
            if visible && (a11y.role.is_container() || (size.x > 0.0 && size.y > 0.0)) {
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
                    parent: parent.map(|p| p.0.to_bits()).or(container),
                    keys: a11y.keys,
                });
                if a11y.role.is_container() {
                    inner = Some(entity.to_bits());
                }
            }
        }
        if let Ok(kids) = children.get(entity) {
            stack.extend(kids.iter().rev().map(|kid| (kid, inner)));
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

/// The entry a key press presses: the first enabled one whose keys take it.
pub fn pressed_by(entries: &[A11yEntry], press: crate::core::shortcuts::Press) -> Option<u64> {
    entries
        .iter()
        .find(|e| !e.disabled && e.keys.is_some_and(|keys| crate::core::shortcuts::matches(keys, press)))
        .map(|e| e.key)
}

/// `rect` cut to `clip`, the part of a scrolling panel on screen (physical pixels). What is
/// scrolled out of view keeps a sliver at the panel's nearest edge: a screen reader still reads
/// it in order, and it never lies over what is drawn beside the panel.
fn within(rect: Rect, clip: Rect) -> Rect {
    let min = rect.min.max(clip.min).min(clip.max);
    let max = rect.max.max(clip.min).min(clip.max).max(min + Vec2::ONE);
    Rect { min, max }
}
