//! The touch editor: the program's routines as rows of tiles (containers drawn as boxes
//! holding their bodies), the palette, and the edit bar.
//!
//! Tap a palette tile to put it in at the cursor; tap a program tile to select it (the cursor
//! goes after it); tap the dashed slot at the end of a list to put the cursor there. Drag a
//! tile to move it (into or out of a loop, an `if` or a helper), drag a palette tile to drop it
//! anywhere, drag a tile off the program to remove it. Everything a drag does can also be done
//! with buttons (Move earlier / later), so the keyboard and screen readers can do it too.

use super::{RobotSession, set_enabled};
use crate::core::level::RobotGrid;
use crate::core::program::editor::number_range;
use crate::core::program::{Block, BodyPath, Condition, EditError, Phrase, PhraseArg, Routine, Test, Tile, TilePath};
use crate::core::shortcuts::Command;
use crate::game::a11y::{A11y, A11yParent};
use crate::game::i18n::{Localized, TextKey};
use crate::game::redraw::Redraw;
use crate::game::ui::icons::Icons;
use crate::game::ui::pointer::{Activate, DragMove, DragRelease, Draggable};
use crate::game::ui::reading::growing;
use crate::game::ui::theme;
use crate::game::ui::widgets::{self, ButtonLook};
use bevy::prelude::*;
use bevy::ui::{ComputedNode, InteractionDisabled, UiGlobalTransform};

/// Side of a tile in the program, in logical pixels.
const TILE: f32 = 56.0;

/// Where a routine's tiles are drawn; rebuilt when the program changes.
#[derive(Component)]
pub(super) struct RoutineFlow(Routine);
#[derive(Component)]
pub(super) struct SlotCount(Routine);
/// A tile of the program.
#[derive(Component)]
pub(super) struct ProgramTile(TilePath);
/// The slot at the end of a list: tap to put the cursor there.
#[derive(Component)]
pub(super) struct BodyEnd(BodyPath);
/// Where a drop lands.
#[derive(Component, Debug, Clone, PartialEq)]
pub(super) enum DropTarget {
    Tile(TilePath),
    End(BodyPath),
    Routine(Routine),
}
#[derive(Component)]
pub(super) struct PaletteTile(Tile);

/// An edit bar button.
#[derive(Component, Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum EditAction {
    Undo,
    Redo,
    Clear,
    Delete,
    Earlier,
    Later,
    Fewer,
    More,
    NumberDown,
    NumberUp,
    Condition,
    Logic,
    SecondCondition,
    /// "Change the event" in the `When` routine's panel (levels that offer two or more).
    Event,
}

impl EditAction {
    /// Its keyboard command.
    fn command(self) -> Command {
        match self {
            EditAction::Undo => Command::Undo,
            EditAction::Redo => Command::Redo,
            EditAction::Clear => Command::Clear,
            EditAction::Delete => Command::Delete,
            EditAction::Earlier => Command::Earlier,
            EditAction::Later => Command::Later,
            // A loop's times and a number are never shown together: one key each way.
            EditAction::Fewer | EditAction::NumberDown => Command::Less,
            EditAction::More | EditAction::NumberUp => Command::More,
            EditAction::Condition => Command::Condition,
            EditAction::Logic => Command::Logic,
            EditAction::SecondCondition => Command::SecondCondition,
            EditAction::Event => Command::Event,
        }
    }

    /// Shown only while a tile is selected.
    fn needs_selection(self) -> bool {
        !matches!(self, EditAction::Undo | EditAction::Redo | EditAction::Clear | EditAction::Event)
    }

    /// Whether the level can ever show it: its tiles (on the palette or in the program a
    /// debugging level starts with) or its conditions call for it. One that never can takes no
    /// room: hidden, it would still hold a second row of the bar, which a landscape tablet has
    /// no height for.
    fn can_appear(self, grid: &RobotGrid) -> bool {
        let in_program = grid.broken_program.as_ref().map(|p| p.tiles()).unwrap_or_default();
        let offers = |tiles: &[Tile]| grid.tiles.iter().chain(&in_program).any(|tile| tiles.contains(tile));
        match self {
            EditAction::Fewer | EditAction::More => offers(&[Tile::Repeat]),
            EditAction::NumberDown | EditAction::NumberUp => {
                offers(&[Tile::CallP1With, Tile::CallP2With, Tile::SetCount])
            }
            EditAction::Condition => grid.conditions.len() > 1,
            EditAction::Logic => !grid.logic.is_empty(),
            EditAction::SecondCondition => !grid.logic.is_empty() && grid.conditions.len() > 1,
            _ => true,
        }
    }
}

/// The tile's colour by kind, so loops, ifs and helpers stand apart from moves.
fn tile_look(tile: Tile) -> ButtonLook {
    let background = match tile {
        Tile::Forward | Tile::TurnLeft | Tile::TurnRight | Tile::Light => theme::PRIMARY,
        Tile::Repeat | Tile::RepeatUntilGoal | Tile::RepeatWhile | Tile::RepeatN => theme::LOOP,
        Tile::If | Tile::IfElse => theme::CONDITION,
        Tile::CallP1 | Tile::CallP2 | Tile::CallP1With | Tile::CallP2With => theme::HELPER,
        Tile::SetCount | Tile::AddCount => theme::COUNTER,
    };
    ButtonLook { background, text: theme::TEXT_DARK }
}

fn tile_icon(icons: &Icons, tile: Tile) -> Handle<Image> {
    match tile {
        Tile::Forward => icons.forward.clone(),
        Tile::TurnLeft => icons.turn_left.clone(),
        Tile::TurnRight => icons.turn_right.clone(),
        Tile::Light => icons.lamp.clone(),
        Tile::Repeat | Tile::RepeatN => icons.repeat.clone(),
        Tile::RepeatUntilGoal | Tile::RepeatWhile => icons.until.clone(),
        Tile::If | Tile::IfElse => icons.question.clone(),
        Tile::CallP1 | Tile::CallP2 | Tile::CallP1With | Tile::CallP2With => icons.helper.clone(),
        Tile::SetCount => icons.dot.clone(),
        Tile::AddCount => icons.plus.clone(),
    }
}

/// What a tile says about itself: "Repeat 3 times", "If not path ahead", "Helper 1 with 3"
/// (core's [`Block::phrase`], the same words the teacher's page uses).
pub(super) fn block_name(block: &Block) -> TextKey {
    phrase_key(&block.phrase())
}

/// A core phrase as a key the game translates.
fn phrase_key(phrase: &Phrase) -> TextKey {
    phrase.args.iter().fold(TextKey::new(phrase.id), |key, (name, arg)| match arg {
        PhraseArg::Number(n) => key.num(name, *n),
        PhraseArg::Phrase(inner) => key.key(name, phrase_key(inner)),
    })
}

/// A routine's title: "Main", "Helper 1", and for `When` the event it answers, "When the robot
/// steps on a lamp".
pub(super) fn routine_title(session: &RobotSession, routine: Routine) -> TextKey {
    match (routine, session.debugger.editor().program().event) {
        (Routine::When, Some(event)) => TextKey::new(event.message_id()),
        _ => TextKey::new(routine.message_id()),
    }
}

/// Where a list is, for names: "Main", "Helper 1", "inside Repeat 3 times", "in the else part
/// of If path ahead".
fn place_name(session: &RobotSession, body: &BodyPath) -> TextKey {
    match body.container() {
        None => routine_title(session, body.routine),
        Some(container) => {
            let name = session.debugger.editor().program().block(&container).map_or(TextKey::literal(""), block_name);
            let else_part = body.nest.last().is_some_and(|&(_, which)| which == 1);
            TextKey::new(if else_part { "robot-place-else" } else { "robot-place-inside" }).key("container", name)
        }
    }
}

pub(super) fn spawn_program_area(controls: &mut ChildSpawnerCommands, grid: &RobotGrid, icons: &Icons) {
    controls.spawn(Node { flex_direction: FlexDirection::Column, row_gap: px(6), ..default() }).with_children(|area| {
        for routine in grid.limits().routines() {
            area.spawn((
                DropTarget::Routine(routine),
                Name::new(format!("Routine {routine:?}")),
                // Snug: a level with three routines has no height to spare on a landscape tablet.
                Node {
                    flex_direction: FlexDirection::Column,
                    padding: UiRect::axes(px(8), px(5)),
                    row_gap: px(4),
                    border_radius: BorderRadius::all(px(theme::RADIUS)),
                    ..default()
                },
                BackgroundColor(theme::PANEL),
            ))
            .with_children(|panel| {
                panel.spawn((
                    SlotCount(routine),
                    widgets::label(TextKey::literal(""), theme::FONT_SMALL, theme::TEXT_DIM),
                    Node { align_self: AlignSelf::FlexStart, ..default() },
                ));
                // The event is the `When` routine's title; where the level offers more than
                // one, the pupil picks it here, beside the title, not on the edit bar: it
                // belongs to the routine, not to a tile.
                if routine == Routine::When && grid.events.len() > 1 {
                    let look = ButtonLook::SECONDARY;
                    panel
                        .spawn((EditAction::Event, widgets::button_base(TextKey::new("robot-change-event"), look)))
                        .insert(
                            A11y::button(TextKey::new("robot-change-event")).keys(EditAction::Event.command().keys()),
                        )
                        .insert(Node {
                            align_self: AlignSelf::FlexStart,
                            min_height: px(48),
                            padding: UiRect::axes(px(12), px(6)),
                            column_gap: px(6),
                            align_items: AlignItems::Center,
                            border_radius: BorderRadius::all(px(10)),
                            ..default()
                        })
                        .with_children(|b| {
                            b.spawn(widgets::icon(icons.question.clone(), 26.0, look.text));
                            b.spawn(widgets::label(TextKey::new("robot-change-event"), theme::FONT_SMALL, look.text));
                        })
                        .observe(edit_tapped);
                }
                panel.spawn((
                    RoutineFlow(routine),
                    growing(Node {
                        flex_wrap: FlexWrap::Wrap,
                        align_items: AlignItems::Center,
                        column_gap: px(6),
                        row_gap: px(6),
                        min_height: px(TILE),
                        ..default()
                    }),
                ));
            });
        }
    });
}

pub(super) fn spawn_palette(controls: &mut ChildSpawnerCommands, grid: &RobotGrid, icons: &Icons) {
    controls.spawn(Node { column_gap: px(10), row_gap: px(10), flex_wrap: FlexWrap::Wrap, ..default() }).with_children(
        |palette| {
            for (index, &tile) in grid.tiles.iter().enumerate() {
                let look = tile_look(tile);
                let keys = u8::try_from(index).ok().and_then(|i| Command::Tile(i).keys());
                palette
                    .spawn((
                        PaletteTile(tile),
                        Draggable,
                        UiTransform::default(),
                        widgets::button_base(TextKey::new(tile.message_id()), look),
                    ))
                    .insert(A11y::button(TextKey::new(tile.message_id())).keys(keys))
                    .insert(growing(Node {
                        min_width: px(72),
                        min_height: px(64),
                        padding: UiRect::axes(px(8), px(4)),
                        justify_content: JustifyContent::Center,
                        align_items: AlignItems::Center,
                        column_gap: px(4),
                        border: UiRect::all(px(3)),
                        border_radius: BorderRadius::all(px(10)),
                        ..default()
                    }))
                    .with_children(|face| {
                        face.spawn(widgets::icon(tile_icon(icons, tile), 40.0, look.text));
                        match tile {
                            Tile::CallP1 => {
                                face.spawn(widgets::label(TextKey::literal("1"), theme::FONT_BODY, look.text));
                            }
                            Tile::CallP2 => {
                                face.spawn(widgets::label(TextKey::literal("2"), theme::FONT_BODY, look.text));
                            }
                            // Containers look alike at a glance, and the counter's and numbered
                            // helpers' tiles are new: their names say which is which.
                            _ if tile.is_container()
                                || matches!(
                                    tile,
                                    Tile::CallP1With | Tile::CallP2With | Tile::SetCount | Tile::AddCount
                                ) =>
                            {
                                face.spawn(widgets::label(
                                    TextKey::new(tile.message_id()),
                                    theme::FONT_SMALL,
                                    look.text,
                                ));
                            }
                            _ => {}
                        }
                    })
                    .observe(palette_tapped)
                    .observe(follow_finger)
                    .observe(dropped);
            }
        },
    );
}

pub(super) fn spawn_edit_bar(controls: &mut ChildSpawnerCommands, grid: &RobotGrid, icons: &Icons) {
    controls.spawn(Node { column_gap: px(10), row_gap: px(10), flex_wrap: FlexWrap::Wrap, ..default() }).with_children(
        |bar| {
            let buttons = [
                (EditAction::Undo, icons.undo.clone(), "robot-undo"),
                (EditAction::Redo, icons.redo.clone(), "robot-redo"),
                (EditAction::Clear, icons.bin.clone(), "robot-clear"),
                (EditAction::Delete, icons.cross.clone(), "robot-delete"),
                (EditAction::Earlier, icons.back.clone(), "robot-move-earlier"),
                (EditAction::Later, icons.forward.clone(), "robot-move-later"),
                (EditAction::Fewer, icons.minus.clone(), "robot-fewer"),
                (EditAction::More, icons.plus.clone(), "robot-more"),
                (EditAction::NumberDown, icons.minus.clone(), "robot-number-down"),
                (EditAction::NumberUp, icons.plus.clone(), "robot-number-up"),
                (EditAction::Condition, icons.question.clone(), "robot-change-condition"),
                (EditAction::Logic, icons.question.clone(), "robot-change-logic"),
                (EditAction::SecondCondition, icons.question.clone(), "robot-change-second"),
            ];
            for (action, icon, name) in buttons.into_iter().filter(|(action, ..)| action.can_appear(grid)) {
                let look = if action.needs_selection() { ButtonLook::PRIMARY } else { ButtonLook::SECONDARY };
                let mut button = bar.spawn((action, widgets::button_base(TextKey::new(name), look)));
                button.insert(A11y::button(TextKey::new(name)).keys(action.command().keys()));
                // Icon buttons, narrower than text buttons (still over 48 px): the bar fits one
                // row beside the board in landscape, even with a tile selected.
                button.insert(Node {
                    padding: UiRect::axes(px(12), px(10)),
                    ..widgets::big_button_node(theme::MIN_TARGET, theme::MIN_TARGET)
                });
                button.with_children(|b| {
                    let mut face = b.spawn(widgets::icon(icon, 30.0, look.text));
                    if action == EditAction::Later {
                        // The forward arrow points up; turned, it points to "later".
                        face.insert(UiTransform { rotation: Rot2::degrees(90.0), ..default() });
                    }
                });
                if action.needs_selection() {
                    button.insert(Visibility::Hidden);
                }
                button.observe(edit_tapped);
            }
        },
    );
}

/// Applies an edit through the debugger (which refuses it while a run plays, closes any run
/// the edit changes and shows why an edit was refused); the tiles are then redrawn.
fn apply_edit(
    session: &mut RobotSession,
    edit: impl FnOnce(&mut crate::core::program::Editor) -> Result<(), EditError>,
) {
    if session.debugger.edit(edit) {
        session.layout_version += 1;
    }
}

fn palette_tapped(
    activate: On<Activate>,
    tiles: Query<&PaletteTile>,
    mut session: ResMut<RobotSession>,
    mut redraw: ResMut<Redraw>,
) {
    let Ok(PaletteTile(tile)) = tiles.get(activate.entity) else { return };
    apply_edit(&mut session, |editor| editor.insert(*tile));
    redraw.frames(3);
}

fn edit_tapped(
    activate: On<Activate>,
    actions: Query<&EditAction>,
    mut session: ResMut<RobotSession>,
    mut redraw: ResMut<Redraw>,
) {
    let Ok(&action) = actions.get(activate.entity) else { return };
    redraw.frames(3);
    let number = session
        .debugger
        .editor()
        .selected()
        .and_then(|t| session.debugger.editor().program().block(t))
        .and_then(Block::number)
        .unwrap_or(0);
    apply_edit(&mut session, |editor| match action {
        EditAction::Undo => editor.undo(),
        EditAction::Redo => editor.redo(),
        EditAction::Clear => editor.clear(),
        EditAction::Delete => editor.delete_selected(),
        EditAction::Earlier => editor.nudge_selected(false),
        EditAction::Later => editor.nudge_selected(true),
        EditAction::Fewer | EditAction::NumberDown => editor.set_number(number.saturating_sub(1)),
        EditAction::More | EditAction::NumberUp => editor.set_number(number.saturating_add(1)),
        EditAction::Condition => editor.next_condition(),
        EditAction::Logic => editor.next_logic(),
        EditAction::SecondCondition => editor.next_second_condition(),
        EditAction::Event => editor.next_event(),
    });
}

fn tile_tapped(
    activate: On<Activate>,
    tiles: Query<&ProgramTile>,
    mut session: ResMut<RobotSession>,
    mut redraw: ResMut<Redraw>,
) {
    let Ok(ProgramTile(path)) = tiles.get(activate.entity) else { return };
    let path = path.clone();
    redraw.frames(3);
    apply_edit(&mut session, |editor| {
        if editor.selected() == Some(&path) {
            editor.deselect();
            Ok(())
        } else {
            editor.select(path)
        }
    });
}

fn end_tapped(
    activate: On<Activate>,
    ends: Query<&BodyEnd>,
    mut session: ResMut<RobotSession>,
    mut redraw: ResMut<Redraw>,
) {
    let Ok(BodyEnd(body)) = ends.get(activate.entity) else { return };
    let len = session.debugger.editor().program().body(body).map_or(0, Vec::len);
    let point = body.at(len);
    redraw.frames(3);
    apply_edit(&mut session, |editor| editor.place_cursor(point));
}

fn follow_finger(
    event: On<DragMove>,
    mut nodes: Query<&mut UiTransform>,
    mut commands: Commands,
    mut redraw: ResMut<Redraw>,
) {
    if let Ok(mut transform) = nodes.get_mut(event.entity) {
        transform.translation = Val2::px(event.offset.x, event.offset.y);
    }
    commands.entity(event.entity).insert(GlobalZIndex(20));
    redraw.frames(1);
}

/// The insertion point under `position` (logical pixels), if the finger is over the program.
fn drop_point(
    position: Vec2,
    dragged: Entity,
    session: &RobotSession,
    targets: &Query<(Entity, &DropTarget, &ComputedNode, &UiGlobalTransform, &InheritedVisibility)>,
) -> Option<TilePath> {
    let mut best: Option<(f32, &DropTarget, Vec2)> = None;
    for (entity, target, computed, transform, visible) in targets {
        if entity == dragged || !visible.get() {
            continue;
        }
        let physical = position / computed.inverse_scale_factor();
        if !computed.contains_point(*transform, physical) {
            continue;
        }
        let size = computed.size();
        let area = size.x * size.y;
        if best.as_ref().is_none_or(|(smallest, _, _)| area < *smallest) {
            best = Some((area, target, physical - transform.translation));
        }
    }
    let (_, target, from_centre) = best?;
    match target {
        DropTarget::Tile(path) => Some(if from_centre.x < 0.0 { path.clone() } else { path.body.at(path.index + 1) }),
        DropTarget::End(body) => Some(body.at(session.debugger.editor().program().body(body).map_or(0, Vec::len))),
        DropTarget::Routine(routine) => {
            let body = BodyPath::routine(*routine);
            Some(body.at(session.debugger.editor().program().routine(*routine).len()))
        }
    }
}

/// A palette tile dropped on the program goes in there; a program tile moves there, or is
/// removed when dropped off the program (undo brings it back).
#[allow(clippy::type_complexity)]
fn dropped(
    event: On<DragRelease>,
    palette: Query<&PaletteTile>,
    tiles: Query<&ProgramTile>,
    mut nodes: Query<&mut UiTransform>,
    targets: Query<(Entity, &DropTarget, &ComputedNode, &UiGlobalTransform, &InheritedVisibility)>,
    mut session: ResMut<RobotSession>,
    mut commands: Commands,
    mut redraw: ResMut<Redraw>,
) {
    if let Ok(mut transform) = nodes.get_mut(event.entity) {
        transform.translation = Val2::ZERO;
    }
    commands.entity(event.entity).remove::<GlobalZIndex>();
    redraw.frames(3);
    let point = drop_point(event.position, event.entity, &session, &targets);
    if let Ok(PaletteTile(tile)) = palette.get(event.entity) {
        let tile = *tile;
        if let Some(point) = point {
            apply_edit(&mut session, |editor| editor.insert_at(tile, point));
        }
    } else if let Ok(ProgramTile(from)) = tiles.get(event.entity) {
        let from = from.clone();
        match point {
            Some(to) => apply_edit(&mut session, |editor| editor.move_tile(from, to)),
            None => apply_edit(&mut session, |editor| editor.delete(from)),
        }
    }
}

/// Rebuilds the routines' tiles after the program, the cursor or the selection changed.
pub(super) fn rebuild_program(
    mut commands: Commands,
    session: Res<RobotSession>,
    icons: Res<Icons>,
    flows: Query<(Entity, &RoutineFlow)>,
    mut counts: Query<(&SlotCount, &mut Localized)>,
    mut built: Local<u32>,
) {
    // A new level starts its own count: rebuild when the session is new, too.
    if *built == session.layout_version && !session.is_added() {
        return;
    }
    *built = session.layout_version;
    for (entity, RoutineFlow(routine)) in &flows {
        commands.entity(entity).despawn_related::<Children>();
        let body = BodyPath::routine(*routine);
        let list = session.debugger.editor().program().routine(*routine).clone();
        // For screen readers each routine is a list; a container's insides are lists in it.
        commands.entity(entity).insert(A11y::list(routine_title(&session, *routine)));
        commands.entity(entity).with_children(|flow| spawn_list(flow, &session, &icons, &list, &body, None));
    }
    for (SlotCount(routine), mut text) in &mut counts {
        text.0 = TextKey::new("robot-slots")
            .key("routine", routine_title(&session, *routine))
            .num("used", session.debugger.editor().used(*routine) as u32)
            .num("max", session.debugger.editor().limits().of(*routine) as u32);
    }
}

/// The tiles of one list and the slot at its end. `listed_in` is the list they are read in
/// when it is not their flow (a container's inside, drawn in the container's box).
fn spawn_list(
    flow: &mut ChildSpawnerCommands,
    session: &RobotSession,
    icons: &Icons,
    list: &[Block],
    body: &BodyPath,
    listed_in: Option<Entity>,
) {
    let cursor = session.debugger.editor().cursor();
    for (index, block) in list.iter().enumerate() {
        if cursor == &body.at(index) {
            spawn_caret(flow);
        }
        spawn_block(flow, session, icons, block, &body.at(index), listed_in);
    }
    // The end of the list: always there, so an empty loop can be tapped or dropped into.
    let at_end = cursor == &body.at(list.len());
    let name = TextKey::new("robot-list-end").key("place", place_name(session, body));
    let mut end = flow.spawn(());
    if let Some(list) = listed_in {
        end.insert(A11yParent(list));
    }
    end.insert((
        BodyEnd(body.clone()),
        DropTarget::End(body.clone()),
        widgets::button_base(name.clone(), ButtonLook { background: Color::NONE, text: theme::TEXT_DIM }),
    ))
    .insert(A11y::toggle(name, at_end))
    .insert(growing(Node {
        // Narrower inside a box, but never under the 48 px a finger needs.
        width: px(if body.nest.is_empty() { TILE } else { 48.0 }),
        height: px(TILE),
        border: UiRect::all(px(if at_end { 4.0 } else { 2.0 })),
        border_radius: BorderRadius::all(px(10)),
        ..default()
    }))
    .insert(BorderColor::all(if at_end { theme::HIGHLIGHT } else { theme::TEXT_DIM.with_alpha(0.6) }))
    .observe(end_tapped);
}

/// The cursor: a bright bar where the next tile goes.
fn spawn_caret(flow: &mut ChildSpawnerCommands) {
    flow.spawn((
        Name::new("Cursor"),
        growing(Node { width: px(6), height: px(TILE), border_radius: BorderRadius::all(px(3)), ..default() }),
        BackgroundColor(theme::HIGHLIGHT),
    ));
}

fn spawn_block(
    flow: &mut ChildSpawnerCommands,
    session: &RobotSession,
    icons: &Icons,
    block: &Block,
    path: &TilePath,
    listed_in: Option<Entity>,
) {
    let bodies = block.bodies();
    if bodies.is_empty() {
        let mut tile = spawn_tile(flow, session, icons, block, path);
        if let Some(list) = listed_in {
            tile.insert(A11yParent(list));
        }
        return;
    }
    let look = tile_look(block.tile());
    let mut item = flow.spawn(());
    if let Some(list) = listed_in {
        item.insert(A11yParent(list));
    }
    item.insert((
        Name::new("Container"),
        // Its tile, then the list of each inside: a screen reader says how deep a tile is.
        A11y::list_item(),
        Node {
            flex_wrap: FlexWrap::Wrap,
            align_items: AlignItems::Center,
            column_gap: px(6),
            row_gap: px(6),
            padding: UiRect::all(px(5)),
            border: UiRect::all(px(3)),
            border_radius: BorderRadius::all(px(12)),
            ..default()
        },
        BackgroundColor(look.background.with_alpha(0.18)),
        BorderColor::all(look.background),
    ))
    .with_children(|container| {
        spawn_tile(container, session, icons, block, path);
        for (which, body) in bodies.into_iter().enumerate() {
            if which == 1 {
                container.spawn(widgets::label(TextKey::new("robot-else"), theme::FONT_SMALL, theme::TEXT));
            }
            let inner = path.body.child(path.index, which as u8);
            let hidden = Node { position_type: PositionType::Absolute, ..default() };
            let list = container.spawn((hidden, A11y::list(place_name(session, &inner)))).id();
            spawn_list(container, session, icons, body, &inner, Some(list));
        }
    });
}

fn spawn_tile<'a>(
    flow: &'a mut ChildSpawnerCommands,
    session: &RobotSession,
    icons: &Icons,
    block: &Block,
    path: &TilePath,
) -> EntityCommands<'a> {
    let tile = block.tile();
    let look = tile_look(tile);
    let name = TextKey::new("robot-program-tile")
        .key("tile", block_name(block))
        .num("position", path.index as u32 + 1)
        .key("place", place_name(session, &path.body));
    let selected = session.debugger.editor().selected() == Some(path);
    let mut spawned = flow.spawn((
        ProgramTile(path.clone()),
        DropTarget::Tile(path.clone()),
        Draggable,
        UiTransform::default(),
        widgets::button_base(name.clone(), look),
    ));
    spawned
        .insert(A11y::toggle(name, selected))
        .insert(growing(Node {
            min_width: px(TILE),
            min_height: px(TILE),
            padding: UiRect::horizontal(px(4)),
            justify_content: JustifyContent::Center,
            align_items: AlignItems::Center,
            column_gap: px(2),
            border: UiRect::all(px(4)),
            border_radius: BorderRadius::all(px(10)),
            ..default()
        }))
        .with_children(|face| {
            face.spawn(widgets::icon(tile_icon(icons, tile), 34.0, look.text));
            match block {
                Block::Repeat { times, .. } => {
                    face.spawn(widgets::label(TextKey::literal(times.to_string()), theme::FONT_BODY, look.text));
                }
                Block::RepeatN { .. } => {
                    face.spawn(widgets::label(TextKey::literal("n"), theme::FONT_BODY, look.text));
                }
                Block::Call(routine) => {
                    let digit = if *routine == Routine::P2 { "2" } else { "1" };
                    face.spawn(widgets::label(TextKey::literal(digit), theme::FONT_BODY, look.text));
                }
                Block::CallWith { routine, arg } => {
                    let digit = if *routine == Routine::P2 { "2" } else { "1" };
                    face.spawn(widgets::label(
                        TextKey::literal(format!("{digit} ({arg})")),
                        theme::FONT_BODY,
                        look.text,
                    ));
                }
                Block::SetCount(value) => {
                    face.spawn(widgets::label(TextKey::literal(format!("= {value}")), theme::FONT_BODY, look.text));
                }
                Block::AddCount => {
                    face.spawn(widgets::label(TextKey::literal("1"), theme::FONT_BODY, look.text));
                }
                Block::If { condition, .. } | Block::IfElse { condition, .. } | Block::While { condition, .. } => {
                    spawn_test(face, icons, *condition);
                }
                _ => {}
            }
        })
        .observe(tile_tapped)
        .observe(follow_finger)
        .observe(dropped);
    spawned
}

/// A test on a tile: its question's picture, with "not", "and" or "or" as a word between.
fn spawn_test(face: &mut ChildSpawnerCommands, icons: &Icons, test: Test) {
    let word = |face: &mut ChildSpawnerCommands, id: &'static str| {
        face.spawn(widgets::label(TextKey::new(id), theme::FONT_SMALL, theme::TEXT_DARK));
    };
    match test {
        Test::Is(c) => spawn_condition(face, icons, c),
        Test::Not(c) => {
            word(face, "test-not-word");
            spawn_condition(face, icons, c);
        }
        Test::And(a, b) | Test::Or(a, b) => {
            spawn_condition(face, icons, a);
            word(face, if matches!(test, Test::And(..)) { "test-and-word" } else { "test-or-word" });
            spawn_condition(face, icons, b);
        }
    }
}

fn spawn_condition(face: &mut ChildSpawnerCommands, icons: &Icons, condition: Condition) {
    match condition {
        Condition::CountIs(n) => face.spawn(widgets::label(
            TextKey::new("condition-count-is").num("count", n),
            theme::FONT_SMALL,
            theme::TEXT_DARK,
        )),
        Condition::PathAhead => face.spawn(widgets::icon(icons.forward.clone(), 28.0, theme::TEXT_DARK)),
        Condition::PathLeft => face.spawn(widgets::icon(icons.turn_left.clone(), 28.0, theme::TEXT_DARK)),
        Condition::PathRight => face.spawn(widgets::icon(icons.turn_right.clone(), 28.0, theme::TEXT_DARK)),
        Condition::OnColour(colour) => face
            .spawn((
                growing(Node {
                    width: px(28),
                    height: px(28),
                    border: UiRect::all(px(2)),
                    border_radius: BorderRadius::all(px(4)),
                    justify_content: JustifyContent::Center,
                    align_items: AlignItems::Center,
                    ..default()
                }),
                BackgroundColor(theme::floor_colour(colour)),
                BorderColor::all(theme::TEXT_DARK),
            ))
            .with_children(|swatch| {
                swatch.spawn(widgets::icon(super::colour_shape(icons, colour), 14.0, theme::TEXT_DARK));
            })
            .reborrow(),
    };
}

/// Mirrors the run and the selection on the tiles, and enables what can be done now.
#[allow(clippy::type_complexity)]
pub(super) fn show_program(
    mut commands: Commands,
    session: Res<RobotSession>,
    mut tiles: Query<(&ProgramTile, &ButtonLook, &mut BorderColor, &mut A11y)>,
    palette: Query<(Entity, Has<InteractionDisabled>), With<PaletteTile>>,
    mut actions: Query<(Entity, &EditAction, &mut Visibility, Has<InteractionDisabled>)>,
) {
    if !session.is_changed() {
        return;
    }
    let current = session.debugger.current_tile();
    let failed = session.debugger.outcome().is_some_and(|o| o != crate::core::program::Outcome::ReachedGoal);
    let selected = session.debugger.editor().selected();
    for (ProgramTile(path), look, mut border, mut a11y) in &mut tiles {
        let is_current = current == Some(path);
        if a11y.current != is_current {
            a11y.current = is_current;
        }
        let colour = if current == Some(path) {
            if failed { theme::DANGER } else { theme::HIGHLIGHT }
        } else if selected == Some(path) {
            theme::TEXT
        } else {
            look.background
        };
        if *border != BorderColor::all(colour) {
            *border = BorderColor::all(colour);
        }
    }
    let editable = session.debugger.can_edit();
    for (entity, disabled) in &palette {
        set_enabled(&mut commands, entity, disabled, editable);
    }
    let selected_block = selected.and_then(|s| session.debugger.editor().program().block(s));
    let test = selected_block.and_then(Block::test);
    let number = selected_block.and_then(|b| Some((b.number()?, number_range(b)?)));
    for (entity, action, mut visibility, disabled) in &mut actions {
        let shown = match action {
            EditAction::Fewer | EditAction::More => matches!(selected_block, Some(Block::Repeat { .. })),
            EditAction::NumberDown | EditAction::NumberUp => {
                matches!(selected_block, Some(Block::CallWith { .. } | Block::SetCount(_)))
            }
            EditAction::Condition => test.is_some() && session.grid.conditions.len() > 1,
            EditAction::Logic => test.is_some() && !session.grid.logic.is_empty(),
            EditAction::SecondCondition => test.and_then(Test::second).is_some() && session.grid.conditions.len() > 1,
            other if other.needs_selection() => selected_block.is_some(),
            _ => true,
        };
        let wanted = if shown { Visibility::Inherited } else { Visibility::Hidden };
        if *visibility != wanted {
            *visibility = wanted;
        }
        let enabled = editable
            && shown
            && match action {
                EditAction::Undo => session.debugger.editor().can_undo(),
                EditAction::Redo => session.debugger.editor().can_redo(),
                EditAction::Clear => !session.debugger.editor().program().is_empty(),
                EditAction::Fewer | EditAction::NumberDown => {
                    number.as_ref().is_some_and(|(now, range)| now > range.start())
                }
                // A repeat goes up to the level's largest count; the others to their range's end.
                EditAction::More => number.as_ref().is_some_and(|(now, _)| *now < session.grid.max_times),
                EditAction::NumberUp => number.as_ref().is_some_and(|(now, range)| now < range.end()),
                _ => true,
            };
        set_enabled(&mut commands, entity, disabled, enabled);
    }
}
