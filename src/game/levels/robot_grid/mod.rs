//! Robot grid: build a program with the touch editor ([`editor`]), then run it with the
//! kids' debugger (this file): Run, Pause, Step, Step back and speed, the running tile
//! highlighted, and on failure the robot shows why at the cell that caused it. Beside the
//! board, the same program can be shown as Python-like text ([`code_view`]).
//!
//! All rules live in `core::program` (editor, interpreter with rewind, and the debugger's
//! state machine in `core::program::debugger`); this plugin turns taps into calls on them,
//! animates the robot and mirrors their state on screen.

mod code_view;
mod editor;

pub use code_view::CodeViewChoice;

use crate::core::level::RobotGrid;
use crate::core::profiles::Settings;
use crate::core::program::board::{Cell, Ground};
use crate::core::program::debugger::{Control, Mode, RunEnded, Speed, Status};
use crate::core::program::{Board, Colour, Debugger, Direction, Editor, Outcome, Position, Robot, STEP_BUDGET};
use crate::core::program::{EditError, Routine, Tile};
use crate::core::progress::Attempt;
use crate::core::shortcuts::Command;
use crate::game::a11y::{A11y, A11yParent};
use crate::game::i18n::{Localized, TextKey};
use crate::game::levels::{LevelAttempt, LevelHints, LevelPlay};
use crate::game::platform::Platform;
use crate::game::progress::{Notice, TabletPlayers};
use crate::game::redraw::Redraw;
use crate::game::speech::Chatter;
use crate::game::ui::icons::Icons;
use crate::game::ui::pointer::Activate;
use crate::game::ui::widgets::{self, ButtonLook};
use crate::game::ui::{ResponsiveWidth, theme};
use bevy::prelude::*;
use bevy::ui::InteractionDisabled;
use std::f32::consts::{FRAC_PI_2, TAU};

/// Cells per second the robot glides (scaled up at higher speeds).
const MOVE_SPEED: f32 = 3.5;
/// Radians per second the robot turns.
const TURN_SPEED: f32 = 7.0;
/// The board's longest side, in vmin.
const BOARD_VMIN: f32 = 50.0;

/// The level being played: the debugger (program, run and their rules) and how the robot is
/// drawn on its way to where the run has it.
#[derive(Resource)]
pub struct RobotSession {
    grid: RobotGrid,
    debugger: Debugger,
    /// Where the robot is drawn (cells) and its clockwise angle; glides towards the run.
    shown: Vec2,
    angle: f32,
    target_angle: f32,
    /// How far the robot's bump towards what stopped it has gone (0 to 1).
    bump_time: f32,
    /// The run ending the bump shows ([`Debugger::endings`]).
    bumped_ending: u32,
    /// Bumped whenever the program's layout must be rebuilt.
    layout_version: u32,
}

impl RobotSession {
    /// Where the robot is drawn now (in cells) and its clockwise angle: between two cells while
    /// it glides, always on one with less movement.
    pub fn drawn(&self) -> (Vec2, f32) {
        (self.shown, self.angle)
    }

    /// Each ended run bumps the robot once, from the start.
    fn follow_endings(&mut self) {
        if self.bumped_ending != self.debugger.endings() {
            self.bumped_ending = self.debugger.endings();
            self.bump_time = 0.0;
        }
    }

    /// The attempt to record for a run that ended: a solved one earns its stars.
    fn attempt(&self, ended: RunEnded) -> Attempt {
        let program = self.debugger.editor().program();
        let stars =
            if ended.solved() { self.grid.stars(program.size(), self.debugger.editor().changes() as usize) } else { 0 };
        Attempt {
            program: Some(program.clone()),
            outcome: ended.outcome.into(),
            steps: ended.steps,
            stars,
            ..Default::default()
        }
    }
}

/// The message for an outcome.
fn outcome_message(outcome: Outcome) -> TextKey {
    TextKey::new(outcome.message_id()).num("steps", STEP_BUDGET)
}

#[derive(Component)]
struct BoardNode;
#[derive(Component)]
struct RobotNode;
#[derive(Component)]
struct BoardCell(IVec2);
#[derive(Component)]
struct LampIcon(u8);
/// The mark on the cell where a run went wrong.
#[derive(Component)]
struct FailMark;

/// The shape drawn on a coloured cell (and on `if` tiles that ask about it), so the colours
/// can be told apart without seeing colour: red a dot, blue a square, green a triangle.
pub(super) fn colour_shape(icons: &Icons, colour: Colour) -> Handle<Image> {
    match colour {
        Colour::Red => icons.dot.clone(),
        Colour::Blue => icons.stop.clone(),
        Colour::Green => icons.play.clone(),
    }
}
#[derive(Component)]
struct StatusLine;

/// A debugger button, and the control it presses.
#[derive(Component, Debug, Clone, Copy, PartialEq, Eq)]
struct ControlButton(Control);

pub(super) fn plugin(app: &mut App) {
    app.add_plugins((super::session_plugin::<RobotSession>, code_view::plugin));
    app.add_systems(
        Update,
        (
            use_players_speed.run_if(resource_added::<RobotSession>),
            advance,
            editor::rebuild_program,
            show_robot,
            show_board,
            show_controls,
            editor::show_program,
            code_view::systems(),
        )
            .chain()
            .in_set(LevelPlay)
            .run_if(resource_exists::<RobotSession>),
    );
}

fn cell_vec(position: Position) -> Vec2 {
    Vec2::new(position.x as f32, position.y as f32)
}

fn facing_angle(facing: Direction) -> f32 {
    f32::from(facing.quarter_turns()) * FRAC_PI_2
}

/// The angle for `facing` nearest to `from`, so the robot turns the short way.
fn nearest_angle(from: f32, facing: Direction) -> f32 {
    let base = facing_angle(facing);
    let turns = ((from - base) / TAU).round();
    base + turns * TAU
}

fn cell_colour(board: &Board, here: Position, failed_at: Option<Position>) -> Color {
    if failed_at == Some(here) {
        return theme::DANGER;
    }
    match board.cell(here) {
        Some(Cell::Wall) | None => theme::WALL,
        Some(Cell::Coloured(colour)) => theme::floor_colour(colour),
        Some(Cell::Floor | Cell::Lamp(_)) if board.goal == Some(here) => theme::GOAL,
        Some(Cell::Floor | Cell::Lamp(_)) => theme::FLOOR,
    }
}

/// A cell's side in vmin.
fn cell_size(board: &Board) -> f32 {
    BOARD_VMIN / board.width().max(board.height()) as f32
}

/// Fills the level area and starts a session.
pub fn start(commands: &mut Commands, area: Entity, grid: &RobotGrid, icons: &Icons) {
    let Ok(board) = grid.parsed_board() else {
        // Level files are validated by tests; a broken one is skipped, not fatal.
        error!("robot level has a broken board");
        return;
    };
    let editor = Editor::new(grid.start_program(), grid.limits(), grid.conditions.clone())
        .with_logic(grid.logic.clone())
        .with_events(grid.events.clone());
    let session = RobotSession {
        grid: grid.clone(),
        debugger: Debugger::new(board.clone(), editor),
        shown: cell_vec(board.start.position),
        angle: facing_angle(board.start.facing),
        target_angle: facing_angle(board.start.facing),
        bump_time: 0.0,
        bumped_ending: 0,
        layout_version: 1,
    };
    commands.entity(area).with_children(|area| {
        area.spawn(code_view::board_side()).with_children(|side| {
            spawn_board(side, &board, icons);
            code_view::spawn_code_view(side);
        });
        area.spawn((
            Node {
                flex_direction: FlexDirection::Column,
                align_items: AlignItems::Stretch,
                row_gap: px(8),
                max_width: px(720),
                flex_shrink: 1.0,
                ..default()
            },
            // A definite width beside the board, so the rows that wrap (the program, the
            // palette, the edit bar) are measured as they are drawn and the column is centred
            // by its real height, not pushed off the bottom of a landscape tablet. Upright, the
            // screen's width: measured from its content instead, a status line that wraps
            // would get the height of one line (Bevy 0.19's text measure) and run into the hint.
            ResponsiveWidth { landscape: px(720), portrait: percent(100) },
        ))
        .with_children(|controls| {
            spawn_debugger(controls, icons);
            editor::spawn_program_area(controls, grid, icons);
            editor::spawn_palette(controls, grid, icons);
            editor::spawn_edit_bar(controls, grid, icons);
            // The run's status and the hint shown last share one column beside the Hint
            // button: a landscape tablet has no height to spare for a line of each.
            controls.spawn(Node { column_gap: px(12), align_items: AlignItems::Center, ..default() }).with_children(
                |row| {
                    row.spawn(Node {
                        flex_direction: FlexDirection::Column,
                        row_gap: px(4),
                        // The room the Hint button leaves, not the width of the longest line:
                        // measured at its widest, a status that wraps would get the height of
                        // fewer lines than it draws (Bevy 0.19's text measure).
                        flex_grow: 1.0,
                        flex_basis: px(0),
                        // Room for two lines, so a longer message rarely moves anything.
                        min_height: px(56),
                        ..default()
                    })
                    .with_children(|texts| {
                        texts.spawn((
                            StatusLine,
                            widgets::label(TextKey::new("robot-program-empty"), theme::FONT_BODY, theme::TEXT),
                            A11y::status(TextKey::new("robot-program-empty")),
                        ));
                        texts.spawn(super::hints::hint_text());
                    });
                    super::hints::spawn_hint_button(row, icons);
                },
            );
        });
    });
    commands.insert_resource(session);
}

/// A node the size of one cell, placed over the board with [`cell_inset`].
fn one_cell(board: &Board) -> Node {
    Node {
        position_type: PositionType::Absolute,
        width: percent(100.0 / board.width() as f32),
        height: percent(100.0 / board.height() as f32),
        justify_content: JustifyContent::Center,
        align_items: AlignItems::Center,
        ..default()
    }
}

/// Where a one-cell node goes for a cell (fractions allowed, for gliding): (left, top).
fn cell_inset(board: &Board, cell: Vec2) -> (Val, Val) {
    (percent(100.0 * cell.x / board.width() as f32), percent(100.0 * cell.y / board.height() as f32))
}

fn spawn_board(area: &mut ChildSpawnerCommands, board: &Board, icons: &Icons) {
    area.spawn((
        BoardNode,
        Name::new("Board"),
        Node {
            width: vmin(cell_size(board) * board.width() as f32),
            // Never smaller than a finger can follow, whatever the screen.
            min_width: px(220),
            aspect_ratio: Some(board.width() as f32 / board.height() as f32),
            display: Display::Grid,
            grid_template_columns: RepeatedGridTrack::flex(board.width() as u16, 1.0),
            grid_template_rows: RepeatedGridTrack::flex(board.height() as u16, 1.0),
            flex_shrink: 0.0,
            ..default()
        },
        // Its name sums the board up; its rows and cells read it one cell at a time.
        A11y::grid(TextKey::new("robot-board")),
    ))
    .with_children(|grid_node| {
        let rows: Vec<Entity> = (0..board.height())
            .map(|_| {
                // A row for screen readers: it takes no room, its cells are listed in it.
                let hidden = Node { position_type: PositionType::Absolute, ..default() };
                grid_node.spawn((hidden, A11y::row())).id()
            })
            .collect();
        for y in 0..board.height() {
            for x in 0..board.width() {
                let here = Position { x, y };
                grid_node
                    .spawn((
                        BoardCell(IVec2::new(x, y)),
                        A11y::cell(cell_name(board, here, board.start, 0)),
                        A11yParent(rows[y as usize]),
                        Node {
                            border: UiRect::all(px(1)),
                            justify_content: JustifyContent::Center,
                            align_items: AlignItems::Center,
                            ..default()
                        },
                        BackgroundColor(cell_colour(board, here, None)),
                        BorderColor::all(theme::BACKGROUND.with_alpha(0.25)),
                    ))
                    .with_children(|c| {
                        if board.goal == Some(here) {
                            c.spawn(widgets::filling_icon(icons.flag.clone(), 70.0, theme::SUCCESS));
                        }
                        if let Some(Cell::Coloured(colour)) = board.cell(here) {
                            c.spawn(widgets::filling_icon(
                                colour_shape(icons, colour),
                                40.0,
                                theme::TEXT_DARK.with_alpha(0.45),
                            ));
                        }
                        if let Some(Cell::Lamp(bit)) = board.cell(here) {
                            c.spawn((LampIcon(bit), widgets::filling_icon(icons.lamp.clone(), 70.0, theme::LAMP_OFF)));
                        }
                    });
            }
        }
        grid_node.spawn((FailMark, one_cell(board), Visibility::Hidden)).with_children(|mark| {
            mark.spawn(widgets::filling_icon(icons.cross.clone(), 60.0, Color::WHITE));
        });
        grid_node.spawn((RobotNode, Name::new("Robot"), one_cell(board), UiTransform::default())).with_children(
            |robot| {
                robot
                    .spawn((
                        Node {
                            width: percent(74),
                            height: percent(74),
                            justify_content: JustifyContent::Center,
                            align_items: AlignItems::Center,
                            border_radius: BorderRadius::all(percent(50)),
                            border: UiRect::all(px(3)),
                            ..default()
                        },
                        BackgroundColor(theme::ROBOT),
                        BorderColor::all(theme::BACKGROUND),
                    ))
                    .with_children(|body| {
                        // The arrow shows which way the robot faces.
                        body.spawn(widgets::filling_icon(icons.forward.clone(), 60.0, Color::WHITE));
                    });
            },
        );
    });
}

fn spawn_debugger(controls: &mut ChildSpawnerCommands, icons: &Icons) {
    controls.spawn(Node { column_gap: px(10), row_gap: px(10), flex_wrap: FlexWrap::Wrap, ..default() }).with_children(
        |bar| {
            let buttons = [
                (Control::Run, icons.play.clone(), "robot-run", ButtonLook::PRIMARY),
                (Control::Pause, icons.pause.clone(), "robot-pause", ButtonLook::SECONDARY),
                (Control::StepBack, icons.step_back.clone(), "robot-step-back", ButtonLook::SECONDARY),
                (Control::Step, icons.step.clone(), "robot-step", ButtonLook::SECONDARY),
                (Control::Speed, icons.fast.clone(), Speed::default().message_id(), ButtonLook::SECONDARY),
                (Control::Stop, icons.stop.clone(), "robot-stop", ButtonLook::SECONDARY),
            ];
            for (control, icon, name, look) in buttons {
                let key = if control == Control::Speed {
                    TextKey::new("robot-speed").msg("speed", name)
                } else {
                    TextKey::new(name)
                };
                let mut button = bar.spawn((ControlButton(control), widgets::button_base(key.clone(), look)));
                button.insert(A11y::button(key.clone()).keys(command_of(control).and_then(Command::keys)));
                button.with_children(|b| {
                    b.spawn(widgets::icon(icon, 32.0, look.text));
                    if control == Control::Run {
                        b.spawn(widgets::label(key, theme::FONT_BODY, look.text));
                    }
                });
                button.observe(control_tapped);
            }
        },
    );
}

/// The keyboard command of a debugger button (the speed has none: it is one Tab away).
fn command_of(control: Control) -> Option<Command> {
    Some(match control {
        Control::Run => Command::Run,
        Control::Pause => Command::Pause,
        Control::Step => Command::Step,
        Control::StepBack => Command::StepBack,
        Control::Stop => Command::Stop,
        Control::Speed => return None,
    })
}

fn control_tapped(
    activate: On<Activate>,
    controls: Query<&ControlButton>,
    mut session: ResMut<RobotSession>,
    mut attempts: MessageWriter<LevelAttempt>,
    mut redraw: ResMut<Redraw>,
    mut players: ResMut<TabletPlayers>,
    platform: Res<Platform>,
    mut notice: ResMut<Notice>,
) {
    let Ok(&ControlButton(control)) = controls.get(activate.entity) else { return };
    redraw.frames(3);
    if let Some(ended) = session.debugger.press(control) {
        attempts.write(LevelAttempt { attempt: session.attempt(ended) });
    }
    session.follow_endings();
    if control == Control::Speed {
        // The player's speed is kept for the next level (and shown on the settings screen).
        let speed = session.debugger.speed();
        if let Some(problem) = players.change_settings(platform.host.now_ms(), |s| s.robot_speed = speed) {
            notice.0 = Some(problem);
        }
    }
}

/// A level opens at the speed the player chose last.
fn use_players_speed(players: Res<TabletPlayers>, mut session: ResMut<RobotSession>) {
    let speed = players.current().map(|p| p.settings.robot_speed).unwrap_or_default();
    if session.debugger.speed() != speed {
        session.debugger.set_speed(speed);
    }
}

/// Glides the robot towards the run's state and lets the debugger play.
fn advance(
    time: Res<Time>,
    mut hints: ResMut<LevelHints>,
    mut session: ResMut<RobotSession>,
    mut redraw: ResMut<Redraw>,
    mut attempts: MessageWriter<LevelAttempt>,
    players: Res<TabletPlayers>,
    platform: Res<Platform>,
) {
    let dt = time.delta_secs().min(0.1);
    // Less movement: each move and turn is shown at once, and a bump does not shake.
    let calm = players.current().map_or(Settings::default(), |p| p.settings).calm(platform.host.reduces_motion());
    let motion_dt = if calm { f32::INFINITY } else { dt };
    let session = &mut *session;
    session.follow_endings();
    let robot = session.debugger.robot();
    let target = cell_vec(robot.position);
    let wanted = nearest_angle(session.target_angle, robot.facing);
    if wanted != session.target_angle {
        session.target_angle = nearest_angle(session.angle, robot.facing);
    }
    let faster = session.debugger.speed().pace();
    let settled = session.shown.distance(target) < 1e-3 && (session.angle - session.target_angle).abs() < 1e-3;
    if !settled {
        let step = MOVE_SPEED * faster * motion_dt;
        let delta = target - session.shown;
        session.shown = if delta.length() <= step { target } else { session.shown + delta.normalize() * step };
        let turn = TURN_SPEED * faster * motion_dt;
        let delta = session.target_angle - session.angle;
        session.angle = if delta.abs() <= turn { session.target_angle } else { session.angle + turn * delta.signum() };
        redraw.frames(2);
    }
    if session.debugger.outcome().is_some() && session.bump_time < 1.0 {
        session.bump_time = (session.bump_time + motion_dt * 2.5).min(1.0);
        redraw.frames(2);
    }
    let mode = session.debugger.mode();
    if matches!(mode, Mode::Won { .. } | Mode::Done) && !hints.closed {
        hints.closed = true;
    }
    if matches!(mode, Mode::Playing | Mode::Won { .. }) {
        redraw.frames(2);
        if let Some(ended) = session.debugger.advance(dt, settled) {
            attempts.write(LevelAttempt { attempt: session.attempt(ended) });
        }
        session.follow_endings();
    }
}

fn show_robot(session: Res<RobotSession>, mut robots: Query<(&mut Node, &mut UiTransform), With<RobotNode>>) {
    if !session.is_changed() {
        return;
    }
    let mut offset = Vec2::ZERO;
    if let Some(at) = session.debugger.outcome().and_then(Outcome::cell) {
        let toward = (cell_vec(at) - cell_vec(session.debugger.robot().position)).normalize_or_zero();
        offset = toward * 0.3 * (session.bump_time * std::f32::consts::PI).sin();
    }
    for (mut node, mut transform) in &mut robots {
        let position = session.shown + offset;
        let (left, top) = cell_inset(session.debugger.board(), position);
        if node.left != left || node.top != top {
            node.left = left;
            node.top = top;
        }
        let rotation = Rot2::radians(session.angle);
        if transform.rotation != rotation {
            transform.rotation = rotation;
        }
    }
}

/// What a screen reader reads on one cell: column, row, then what is there.
fn cell_name(board: &Board, here: Position, robot: Robot, lit: u32) -> TextKey {
    let Some(reading) = board.read_cell(here, robot, lit) else { return TextKey::literal("") };
    let mut what = match reading.ground {
        Ground::Wall => TextKey::new("robot-cell-wall"),
        Ground::Floor => TextKey::new("robot-cell-floor"),
        Ground::Coloured(colour) => TextKey::new("robot-cell-coloured").msg("colour", colour.message_id()),
        Ground::Lamp { lit: false } => TextKey::new("robot-cell-lamp"),
        Ground::Lamp { lit: true } => TextKey::new("robot-cell-lamp-lit"),
    };
    if reading.flag {
        what = TextKey::new("robot-cell-flag").key("what", what);
    }
    if let Some(facing) = reading.robot {
        what = TextKey::new("robot-cell-robot").key("what", what).msg("facing", facing.message_id());
    }
    TextKey::new("robot-cell").num("x", here.x + 1).num("y", here.y + 1).key("what", what)
}

#[allow(clippy::type_complexity)]
fn show_board(
    session: Res<RobotSession>,
    mut boards: Query<&mut A11y, (With<BoardNode>, Without<BoardCell>)>,
    mut cells: Query<(&BoardCell, &mut BackgroundColor, &mut A11y), Without<BoardNode>>,
    mut lamps: Query<(&LampIcon, &mut ImageNode)>,
    mut marks: Query<(&mut Node, &mut Visibility), With<FailMark>>,
    new_cells: Query<(), Added<BoardCell>>,
    mut named_for: Local<Option<(Robot, u32)>>,
) {
    if !session.is_changed() {
        return;
    }
    let robot = session.debugger.robot();
    let lit = session.debugger.lit();
    let lamps_total = session.debugger.board().lamps().len() as u32;
    let name = TextKey::new("robot-board")
        .num("x", robot.position.x + 1)
        .num("y", robot.position.y + 1)
        .msg("facing", robot.facing.message_id())
        .key(
            "goal",
            match session.debugger.board().goal {
                Some(goal) => TextKey::new("robot-board-goal").num("x", goal.x + 1).num("y", goal.y + 1),
                None => TextKey::literal(""),
            },
        )
        .num("lamps", lamps_total)
        .num("lit", lit.count_ones());
    for mut a11y in &mut boards {
        if a11y.name != name {
            a11y.name = name.clone();
        }
    }
    let failed_at = session.debugger.outcome().and_then(|o| match o {
        Outcome::NoLampHere { at } | Outcome::HitWall { at } => Some(at),
        Outcome::LeftBoard { .. } => Some(robot.position),
        _ => None,
    });
    // A cross on the cell that stopped the robot (on the robot's own cell when it would fall
    // off the board or there is no lamp there).
    for (mut node, mut visibility) in &mut marks {
        let wanted = if failed_at.is_some() { Visibility::Inherited } else { Visibility::Hidden };
        if *visibility != wanted {
            *visibility = wanted;
        }
        if let Some(at) = failed_at {
            let (left, top) = cell_inset(session.debugger.board(), cell_vec(at));
            if node.left != left || node.top != top {
                node.left = left;
                node.top = top;
            }
        }
    }
    let board = session.debugger.board();
    // The cells' names change only with the robot's square, its facing and the lamps, not
    // with each frame of a glide.
    let rename = new_cells.iter().next().is_some() || *named_for != Some((robot, lit));
    *named_for = Some((robot, lit));
    for (cell, mut background, mut a11y) in &mut cells {
        let here = Position { x: cell.0.x, y: cell.0.y };
        let colour = cell_colour(board, here, failed_at);
        if background.0 != colour {
            background.0 = colour;
        }
        if rename {
            let name = cell_name(board, here, robot, lit);
            if a11y.name != name {
                a11y.name = name;
            }
        }
    }
    for (lamp, mut image) in &mut lamps {
        let colour = if lit & (1 << lamp.0) != 0 { theme::HIGHLIGHT } else { theme::LAMP_OFF };
        if image.color != colour {
            image.color = colour;
        }
    }
}

#[allow(clippy::type_complexity)]
fn show_controls(
    mut commands: Commands,
    session: Res<RobotSession>,
    controls: Query<(Entity, &ControlButton, Has<InteractionDisabled>)>,
    mut names: Query<&mut A11y, (With<ControlButton>, Without<StatusLine>)>,
    mut status: Query<(Entity, &mut Localized, &mut A11y), (With<StatusLine>, Without<ControlButton>)>,
) {
    if !session.is_changed() {
        return;
    }
    for (entity, ControlButton(control), disabled) in &controls {
        set_enabled(&mut commands, entity, disabled, session.debugger.is_enabled(*control));
        if *control == Control::Speed
            && let Ok(mut a11y) = names.get_mut(entity)
        {
            let name = TextKey::new("robot-speed").msg("speed", session.debugger.speed().message_id());
            if a11y.name != name {
                a11y.name = name;
            }
        }
    }
    let message = match session.debugger.status() {
        Status::Refused(error) => {
            let routine = match error {
                EditError::RoutineFull(routine) => routine,
                _ => Routine::Main,
            };
            TextKey::new(error.message_id()).key("routine", editor::routine_title(&session, routine))
        }
        Status::Ended(outcome) => outcome_message(outcome),
        Status::Running { steps } => {
            // What the robot remembers, beside the step, in levels that have it: read out by
            // screen readers with the step, as the status line is a live region.
            let (count, n) = session.debugger.memory();
            let counts = session.grid.tiles.iter().any(|t| matches!(t, Tile::SetCount | Tile::AddCount));
            match (counts, n > 0) {
                (false, false) => TextKey::new("robot-running").num("steps", steps),
                (true, false) => TextKey::new("robot-running-count").num("steps", steps).num("count", count),
                (false, true) => TextKey::new("robot-running-n").num("steps", steps).num("n", n),
                (true, true) => {
                    TextKey::new("robot-running-count-n").num("steps", steps).num("count", count).num("n", n)
                }
            }
        }
        Status::Empty => TextKey::new("robot-program-empty"),
        Status::Ready => TextKey::new("robot-program-ready"),
    };
    // Step counts come too fast to read aloud one by one: "Read everything to me" reads
    // where the run ends, not each step (screen readers still hear them, as a live region).
    let running = matches!(session.debugger.status(), Status::Running { .. });
    for (entity, mut localized, mut a11y) in &mut status {
        if localized.0 != message {
            localized.0 = message.clone();
            a11y.name = message.clone();
        }
        if running {
            commands.entity(entity).insert(Chatter);
        } else {
            commands.entity(entity).remove::<Chatter>();
        }
    }
}

/// Enables or disables a button, touching it only when that changes.
fn set_enabled(commands: &mut Commands, entity: Entity, disabled: bool, enabled: bool) {
    if enabled && disabled {
        commands.entity(entity).remove::<InteractionDisabled>();
    } else if !enabled && !disabled {
        commands.entity(entity).insert(InteractionDisabled);
    }
}
