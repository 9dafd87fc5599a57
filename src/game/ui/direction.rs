//! Reading direction (`core::i18n::fonts::is_right_to_left`): in a right-to-left language every
//! row reads from the right, as CSS `dir="rtl"` does for flex rows, so cards, steps and the
//! buttons beside them follow the pupil's reading order, and a column lines its children up on
//! the right where it would on the left. Grids (the robot's board, keypads)
//! keep their places, and so does anything marked [`KeepDirection`]. The text inside a node
//! takes its direction from its first letter (Parley's bidi) and is aligned by `Justify::Start`
//! or centred.

use super::Responsive;
use crate::core::i18n::fonts;
use crate::game::i18n::Texts;
use bevy::prelude::*;

/// Whether the language on screen reads right to left.
#[derive(Resource, Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct ReadingDirection {
    pub right_to_left: bool,
}

/// A row whose order is not reading order and stays as it is in every language.
#[derive(Component, Debug, Clone, Copy)]
pub struct KeepDirection;

pub(super) fn plugin(app: &mut App) {
    app.init_resource::<ReadingDirection>();
    // Before layout, in the frame a row appears (see `ui::plugin`).
    app.add_systems(
        PostUpdate,
        ((follow_language, (mirror_rows, mirror_icons)).chain().after(super::apply_responsive), align_to_start)
            .before(bevy::ui::UiSystems::Prepare),
    );
}

/// `direction` as the reading direction wants it (a layout is written left to right).
pub fn mirrored(direction: FlexDirection, right_to_left: bool) -> FlexDirection {
    match (direction, right_to_left) {
        (FlexDirection::Row, true) => FlexDirection::RowReverse,
        (FlexDirection::RowReverse, true) => FlexDirection::Row,
        (other, _) => other,
    }
}

/// The other end of a column's cross axis (left and right in a column).
fn other_side(align: AlignItems) -> AlignItems {
    match align {
        AlignItems::Start => AlignItems::End,
        AlignItems::End => AlignItems::Start,
        AlignItems::FlexStart => AlignItems::FlexEnd,
        AlignItems::FlexEnd => AlignItems::FlexStart,
        other => other,
    }
}

fn follow_language(texts: Res<Texts>, mut direction: ResMut<ReadingDirection>) {
    let right_to_left = fonts::is_right_to_left(texts.current());
    if direction.right_to_left != right_to_left {
        direction.right_to_left = right_to_left;
    }
}

/// Flips every row written left to right once when it appears in a right-to-left language, and
/// every row on screen when the direction changes. Rows that follow the orientation are
/// flipped by `apply_responsive` itself.
fn mirror_rows(
    direction: Res<ReadingDirection>,
    mut nodes: ParamSet<(
        Query<(Entity, Ref<Node>, Option<&ChildOf>), (Without<Responsive>, Without<KeepDirection>)>,
        Query<&Node>,
        Query<&mut Node>,
    )>,
    mut redraw: ResMut<crate::game::redraw::Redraw>,
) {
    let turned = direction.is_changed();
    if !turned && !direction.right_to_left {
        // Left to right and unchanged: nothing on screen needs turning (most frames).
        return;
    }
    let to_flip: Vec<(Entity, Option<Entity>)> = nodes
        .p0()
        .iter()
        .filter(|(_, node, _)| {
            if turned {
                !node.is_added() || direction.right_to_left
            } else {
                node.is_added() && direction.right_to_left
            }
        })
        .map(|(entity, _, parent)| (entity, parent.map(ChildOf::parent)))
        .collect();
    if to_flip.is_empty() {
        return;
    }
    let is_column = |node: &Node| matches!(node.flex_direction, FlexDirection::Column | FlexDirection::ColumnReverse);
    let in_column: Vec<bool> = {
        let parents = nodes.p1();
        to_flip.iter().map(|(_, parent)| parent.and_then(|p| parents.get(p).ok()).is_some_and(is_column)).collect()
    };
    let mut all = nodes.p2();
    for ((entity, _), in_column) in to_flip.into_iter().zip(in_column) {
        let Ok(mut node) = all.get_mut(entity) else { continue };
        let row = mirrored(node.flex_direction, true);
        // A column's children line up at the side its reading starts from.
        let across = if is_column(&node) { other_side(node.align_items) } else { node.align_items };
        let this_across = if in_column { other_side_self(node.align_self) } else { node.align_self };
        if row != node.flex_direction || across != node.align_items || this_across != node.align_self {
            node.flex_direction = row;
            node.align_items = across;
            node.align_self = this_across;
            redraw.frames(3);
        }
    }
}

/// [`other_side`] for one child's own alignment in a column.
fn other_side_self(align: AlignSelf) -> AlignSelf {
    match align {
        AlignSelf::Start => AlignSelf::End,
        AlignSelf::End => AlignSelf::Start,
        AlignSelf::FlexStart => AlignSelf::FlexEnd,
        AlignSelf::FlexEnd => AlignSelf::FlexStart,
        other => other,
    }
}

/// Icons that point the way the pupil reads (Back, Undo, Redo) turn round in a right-to-left
/// language. Play and Step stay (they point as a player's do everywhere), and so do the
/// robot's tiles: the board does not turn round.
fn mirror_icons(
    direction: Res<ReadingDirection>,
    icons: Option<Res<super::icons::Icons>>,
    mut images: Query<Mut<ImageNode>>,
) {
    let Some(icons) = icons else { return };
    let turned = direction.is_changed();
    if !turned && !direction.right_to_left {
        return;
    }
    let reading = [icons.back.id(), icons.undo.id(), icons.redo.id()];
    for mut image in &mut images {
        if (turned || image.is_added())
            && reading.contains(&image.image.id())
            && image.flip_x != direction.right_to_left
        {
            image.flip_x = direction.right_to_left;
        }
    }
}

/// Text Bevy would align left (its default) is aligned to where its reading starts instead: the
/// left for a left-to-right text, the right for Arabic. Centred text stays centred.
fn align_to_start(mut layouts: Query<&mut TextLayout, Added<TextLayout>>) {
    for mut layout in &mut layouts {
        if layout.justify == Justify::Left {
            layout.justify = Justify::Start;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_rows_turn_round() {
        assert_eq!(mirrored(FlexDirection::Row, true), FlexDirection::RowReverse);
        assert_eq!(mirrored(FlexDirection::RowReverse, true), FlexDirection::Row);
        assert_eq!(mirrored(FlexDirection::Column, true), FlexDirection::Column);
        assert_eq!(mirrored(FlexDirection::Row, false), FlexDirection::Row);
    }

    #[test]
    fn a_column_lines_up_on_the_other_side_and_back() {
        assert_eq!(other_side(AlignItems::FlexStart), AlignItems::FlexEnd);
        assert_eq!(other_side(other_side(AlignItems::Start)), AlignItems::Start);
        assert_eq!(other_side(AlignItems::Center), AlignItems::Center);
        assert_eq!(other_side(AlignItems::Default), AlignItems::Default);
        assert_eq!(other_side_self(AlignSelf::FlexStart), AlignSelf::FlexEnd);
        assert_eq!(other_side_self(AlignSelf::Auto), AlignSelf::Auto);
    }
}
