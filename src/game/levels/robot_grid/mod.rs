//! Robot grid: build a program with the touch editor ([`editor`]), then run it with the
//! kids' debugger (this file): Run, Pause, Step, Step back and speed, the running tile
//! highlighted, and on failure the robot shows why at the cell that caused it.
//!
//! All rules live in `core::program` (editor, interpreter with rewind); this plugin turns taps
//! into calls on them and mirrors their state on screen.

mod editor;

use crate::core::level::RobotGrid;
use crate::core::program::board::Cell;
use crate::core::program::{Board, Colour, Direction, Editor, Execution, Outcome, Position, STEP_BUDGET};
use crate::core::progress::Attempt;
use crate::game::a11y::A11y;
use crate::game::i18n::{Localized, TextKey};
use crate::game::redraw::Redraw;
use crate::game::screens::Screen;
use crate::game::screens::level::{LevelAttempt, LevelHints};
use crate::game::ui::icons::Icons;
use crate::game::ui::pointer::Activate;
use crate::game::ui::theme;
use crate::game::ui::widgets::{self, ButtonLook};
use bevy::prelude::*;
use bevy::ui::InteractionDisabled;
use std::f32::consts::{FRAC_PI_2, TAU};

/// Seconds between two steps at each speed.
const SPEEDS: [f32; 3] = [0.9, 0.5, 0.18];
/// Fluent ids of the speeds, for the speed button's name.
const SPEED_NAMES: [&str; 3] = ["robot-speed-slow", "robot-speed-normal", "robot-speed-fast"];
/// Cells per second the robot glides (scaled up at higher speeds).
const MOVE_SPEED: f32 = 3.5;
/// Radians per second the robot turns.
const TURN_SPEED: f32 = 7.0;
/// Seconds the robot stands on the goal before the result screen.
const CELEBRATE_SECONDS: f32 = 0.9;
/// The board's longest side, in vmin.
const BOARD_VMIN: f32 = 50.0;

/// What the debugger is doing.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Mode {
    /// No run: the program is being built.
    Editing,
    /// Running by itself, one step per tick.
    Playing,
    /// A run is open and waits for Step, Step back or Run.
    Paused,
    /// The run ended without solving the level; its reason is shown.
    Ended,
    /// Solved: a short celebration, then the result.
    Won { wait: f32 },
    /// The result has been sent.
    Done,
}

/// The level being played.
#[derive(Resource)]
pub struct RobotSession {
    grid: RobotGrid,
    board: Board,
    editor: Editor,
    run: Option<Execution>,
    mode: Mode,
    speed: usize,
    countdown: f32,
    /// Where the robot is drawn (cells) and its clockwise angle; glides towards the run.
    shown: Vec2,
    angle: f32,
    target_angle: f32,
    bump_time: f32,
    message: Option<TextKey>,
    /// Bumped whenever the program's layout must be rebuilt.
    layout_version: u32,
}

impl RobotSession {
    fn robot(&self) -> crate::core::program::Robot {
        self.run.as_ref().map_or(self.board.start, Execution::robot)
    }

    fn lit(&self) -> u32 {
        self.run.as_ref().map_or(0, Execution::lit)
    }

    fn outcome(&self) -> Option<Outcome> {
        self.run.as_ref().and_then(Execution::outcome)
    }

    fn can_edit(&self) -> bool {
        matches!(self.mode, Mode::Editing | Mode::Paused | Mode::Ended)
    }

    /// Closes any run: the robot goes back to the start and the program can be edited.
    fn stop(&mut self) {
        self.run = None;
        self.mode = Mode::Editing;
        self.message = None;
        self.bump_time = 0.0;
    }

    /// Opens a run of the current program, paused before its first step.
    fn open_run(&mut self) {
        self.stop();
        self.run = Some(Execution::new(self.board.clone(), self.editor.program()));
        self.mode = Mode::Paused;
        // An empty program ends before its first step.
        self.after_step(None);
    }

    /// After a step (or a run that ended at once): show the outcome and record the attempt.
    fn after_step(&mut self, attempts: Option<&mut MessageWriter<LevelAttempt>>) {
        let Some(outcome) = self.outcome() else { return };
        let steps = self.run.as_ref().map_or(0, Execution::steps_run);
        self.message = Some(outcome_message(outcome));
        self.bump_time = 0.0;
        let solved = outcome == Outcome::ReachedGoal;
        self.mode = if solved { Mode::Won { wait: CELEBRATE_SECONDS } } else { Mode::Ended };
        if !solved && let Some(attempts) = attempts {
            attempts.write(LevelAttempt { attempt: self.attempt(outcome, steps, 0) });
        }
    }

    fn attempt(&self, outcome: Outcome, steps: u32, stars: u8) -> Attempt {
        Attempt {
            program: Some(self.editor.program().clone()),
            outcome: outcome.into(),
            steps,
            stars,
            ..Default::default()
        }
    }

    fn stars(&self) -> u8 {
        self.grid.stars(self.editor.program().size(), self.editor.changes() as usize)
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

/// A debugger button.
#[derive(Component, Debug, Clone, Copy, PartialEq, Eq)]
enum Control {
    Run,
    Pause,
    Step,
    StepBack,
    Speed,
    Stop,
}

pub(super) fn plugin(app: &mut App) {
    app.add_systems(OnExit(Screen::Level), |mut commands: Commands| commands.remove_resource::<RobotSession>());
    app.add_systems(
        Update,
        (advance, editor::rebuild_program, show_robot, show_board, show_controls, editor::show_program)
            .chain()
            .run_if(resource_exists::<RobotSession>.and_then(in_state(Screen::Level))),
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
    let editor = Editor::new(grid.start_program(), grid.limits(), grid.conditions.clone());
    let session = RobotSession {
        grid: grid.clone(),
        board: board.clone(),
        editor,
        run: None,
        mode: Mode::Editing,
        speed: 1,
        countdown: 0.0,
        shown: cell_vec(board.start.position),
        angle: facing_angle(board.start.facing),
        target_angle: facing_angle(board.start.facing),
        bump_time: 0.0,
        message: None,
        layout_version: 1,
    };
    commands.entity(area).with_children(|area| {
        spawn_board(area, &board, icons);
        area.spawn(Node {
            flex_direction: FlexDirection::Column,
            align_items: AlignItems::Stretch,
            row_gap: px(10),
            max_width: px(680),
            flex_shrink: 1.0,
            ..default()
        })
        .with_children(|controls| {
            spawn_debugger(controls, icons);
            editor::spawn_program_area(controls, grid);
            editor::spawn_palette(controls, grid, icons);
            editor::spawn_edit_bar(controls, icons);
            controls.spawn(Node { column_gap: px(12), align_items: AlignItems::Center, ..default() }).with_children(
                |row| {
                    row.spawn((
                        StatusLine,
                        widgets::label(TextKey::new("robot-program-empty"), theme::FONT_BODY, theme::TEXT),
                        A11y::status(TextKey::new("robot-program-empty")),
                        // Room for three lines, so a longer message never moves what is above.
                        Node { min_height: px(84), flex_grow: 1.0, flex_shrink: 1.0, ..default() },
                    ));
                    super::hints::spawn_hint_button(row, icons);
                },
            );
            controls.spawn(super::hints::hint_text()).insert(Node { min_height: px(28), ..default() });
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
        A11y::image(TextKey::new("robot-board")),
    ))
    .with_children(|grid_node| {
        for y in 0..board.height() {
            for x in 0..board.width() {
                let here = Position { x, y };
                grid_node
                    .spawn((
                        BoardCell(IVec2::new(x, y)),
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
                            c.spawn(widgets::icon(icons.flag.clone(), 0.0, theme::SUCCESS)).insert(Node {
                                width: percent(70),
                                height: percent(70),
                                ..default()
                            });
                        }
                        if let Some(Cell::Coloured(colour)) = board.cell(here) {
                            c.spawn(widgets::icon(colour_shape(icons, colour), 0.0, theme::TEXT_DARK.with_alpha(0.45)))
                                .insert(Node { width: percent(40), height: percent(40), ..default() });
                        }
                        if let Some(Cell::Lamp(bit)) = board.cell(here) {
                            c.spawn((LampIcon(bit), widgets::icon(icons.lamp.clone(), 0.0, theme::LAMP_OFF)))
                                .insert(Node { width: percent(70), height: percent(70), ..default() });
                        }
                    });
            }
        }
        grid_node.spawn((FailMark, one_cell(board), Visibility::Hidden)).with_children(|mark| {
            mark.spawn(widgets::icon(icons.cross.clone(), 0.0, Color::WHITE)).insert(Node {
                width: percent(60),
                height: percent(60),
                ..default()
            });
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
                        body.spawn(widgets::icon(icons.forward.clone(), 0.0, Color::WHITE)).insert(Node {
                            width: percent(60),
                            height: percent(60),
                            ..default()
                        });
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
                (Control::Speed, icons.fast.clone(), SPEED_NAMES[1], ButtonLook::SECONDARY),
                (Control::Stop, icons.stop.clone(), "robot-stop", ButtonLook::SECONDARY),
            ];
            for (control, icon, name, look) in buttons {
                let key = if control == Control::Speed {
                    TextKey::new("robot-speed").msg("speed", name)
                } else {
                    TextKey::new(name)
                };
                let mut button = bar.spawn((control, widgets::button_base(key.clone(), look)));
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

fn control_tapped(
    activate: On<Activate>,
    controls: Query<&Control>,
    mut session: ResMut<RobotSession>,
    mut attempts: MessageWriter<LevelAttempt>,
    mut redraw: ResMut<Redraw>,
) {
    let Ok(&control) = controls.get(activate.entity) else { return };
    redraw.frames(3);
    let session = &mut *session;
    match control {
        Control::Run => match session.mode {
            Mode::Editing | Mode::Ended => {
                session.open_run();
                if session.mode == Mode::Paused {
                    session.mode = Mode::Playing;
                    session.countdown = 0.2;
                }
            }
            Mode::Paused => session.mode = Mode::Playing,
            Mode::Playing | Mode::Won { .. } | Mode::Done => {}
        },
        Control::Pause => {
            if session.mode == Mode::Playing {
                session.mode = Mode::Paused;
            }
        }
        Control::Step => {
            if matches!(session.mode, Mode::Editing | Mode::Ended) {
                session.open_run();
            }
            if matches!(session.mode, Mode::Paused | Mode::Playing) {
                session.mode = Mode::Paused;
                if let Some(run) = session.run.as_mut() {
                    run.step();
                }
                session.after_step(Some(&mut attempts));
            }
        }
        Control::StepBack => {
            if matches!(session.mode, Mode::Paused | Mode::Playing | Mode::Ended)
                && let Some(run) = session.run.as_mut()
                && run.step_back()
            {
                session.mode = Mode::Paused;
                session.message = None;
            }
        }
        Control::Speed => session.speed = (session.speed + 1) % SPEEDS.len(),
        Control::Stop => {
            if !matches!(session.mode, Mode::Won { .. } | Mode::Done) {
                session.stop();
            }
        }
    }
}

/// Plays the run and glides the robot towards its state.
fn advance(
    time: Res<Time>,
    mut hints: ResMut<LevelHints>,
    mut session: ResMut<RobotSession>,
    mut redraw: ResMut<Redraw>,
    mut attempts: MessageWriter<LevelAttempt>,
) {
    let dt = time.delta_secs().min(0.1);
    let session = &mut *session;
    let robot = session.robot();
    let target = cell_vec(robot.position);
    let wanted = nearest_angle(session.target_angle, robot.facing);
    if wanted != session.target_angle {
        session.target_angle = nearest_angle(session.angle, robot.facing);
    }
    let faster = SPEEDS[1] / SPEEDS[session.speed];
    let settled = session.shown.distance(target) < 1e-3 && (session.angle - session.target_angle).abs() < 1e-3;
    if !settled {
        let step = MOVE_SPEED * faster * dt;
        let delta = target - session.shown;
        session.shown = if delta.length() <= step { target } else { session.shown + delta.normalize() * step };
        let turn = TURN_SPEED * faster * dt;
        let delta = session.target_angle - session.angle;
        session.angle = if delta.abs() <= turn { session.target_angle } else { session.angle + turn * delta.signum() };
        redraw.frames(2);
    }
    if session.outcome().is_some() && session.bump_time < 1.0 {
        session.bump_time = (session.bump_time + dt * 2.5).min(1.0);
        redraw.frames(2);
    }
    if matches!(session.mode, Mode::Won { .. } | Mode::Done) && !hints.closed {
        hints.closed = true;
    }
    match session.mode {
        Mode::Playing => {
            redraw.frames(2);
            session.countdown -= dt;
            if session.countdown > 0.0 || !settled {
                return;
            }
            session.countdown = SPEEDS[session.speed];
            if let Some(run) = session.run.as_mut() {
                run.step();
            }
            session.after_step(Some(&mut attempts));
        }
        Mode::Won { wait } => {
            redraw.frames(2);
            let wait = if settled { wait - dt } else { wait };
            session.mode = Mode::Won { wait };
            if wait <= 0.0 {
                let steps = session.run.as_ref().map_or(0, Execution::steps_run);
                let stars = session.stars();
                let attempt = session.attempt(Outcome::ReachedGoal, steps, stars);
                session.mode = Mode::Done;
                attempts.write(LevelAttempt { attempt });
            }
        }
        Mode::Editing | Mode::Paused | Mode::Ended | Mode::Done => {}
    }
}

fn show_robot(session: Res<RobotSession>, mut robots: Query<(&mut Node, &mut UiTransform), With<RobotNode>>) {
    if !session.is_changed() {
        return;
    }
    let mut offset = Vec2::ZERO;
    if let Some(at) = session.outcome().and_then(Outcome::cell) {
        let toward = (cell_vec(at) - cell_vec(session.robot().position)).normalize_or_zero();
        offset = toward * 0.3 * (session.bump_time * std::f32::consts::PI).sin();
    }
    for (mut node, mut transform) in &mut robots {
        let position = session.shown + offset;
        let (left, top) = cell_inset(&session.board, position);
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

fn show_board(
    session: Res<RobotSession>,
    mut boards: Query<&mut A11y, With<BoardNode>>,
    mut cells: Query<(&BoardCell, &mut BackgroundColor)>,
    mut lamps: Query<(&LampIcon, &mut ImageNode)>,
    mut marks: Query<(&mut Node, &mut Visibility), With<FailMark>>,
) {
    if !session.is_changed() {
        return;
    }
    let robot = session.robot();
    let lit = session.lit();
    let lamps_total = session.board.lamps().len() as u32;
    let name = TextKey::new("robot-board")
        .num("x", robot.position.x + 1)
        .num("y", robot.position.y + 1)
        .msg("facing", robot.facing.message_id())
        .key(
            "goal",
            match session.board.goal {
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
    let failed_at = session.outcome().and_then(|o| match o {
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
            let (left, top) = cell_inset(&session.board, cell_vec(at));
            if node.left != left || node.top != top {
                node.left = left;
                node.top = top;
            }
        }
    }
    for (cell, mut background) in &mut cells {
        let colour = cell_colour(&session.board, Position { x: cell.0.x, y: cell.0.y }, failed_at);
        if background.0 != colour {
            background.0 = colour;
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
    controls: Query<(Entity, &Control, Has<InteractionDisabled>)>,
    mut names: Query<&mut A11y, (With<Control>, Without<StatusLine>)>,
    mut status: Query<(&mut Localized, &mut A11y), (With<StatusLine>, Without<Control>)>,
) {
    if !session.is_changed() {
        return;
    }
    let mode = session.mode;
    let has_run = session.run.is_some();
    let can_back = session.run.as_ref().is_some_and(Execution::can_step_back);
    for (entity, control, disabled) in &controls {
        let enabled = match control {
            Control::Run => matches!(mode, Mode::Editing | Mode::Paused | Mode::Ended),
            Control::Pause => mode == Mode::Playing,
            Control::Step => matches!(mode, Mode::Editing | Mode::Paused | Mode::Playing | Mode::Ended),
            Control::StepBack => can_back && matches!(mode, Mode::Paused | Mode::Playing | Mode::Ended),
            Control::Speed => true,
            Control::Stop => has_run && !matches!(mode, Mode::Won { .. } | Mode::Done),
        };
        set_enabled(&mut commands, entity, disabled, enabled);
        if *control == Control::Speed
            && let Ok(mut a11y) = names.get_mut(entity)
        {
            let name = TextKey::new("robot-speed").msg("speed", SPEED_NAMES[session.speed]);
            if a11y.name != name {
                a11y.name = name;
            }
        }
    }
    let message = session.message.clone().unwrap_or_else(|| match mode {
        Mode::Playing | Mode::Paused if has_run => {
            TextKey::new("robot-running").num("steps", session.run.as_ref().map_or(0, Execution::steps_run))
        }
        _ if session.editor.program().is_empty() => TextKey::new("robot-program-empty"),
        _ => TextKey::new("robot-program-ready"),
    });
    for (mut localized, mut a11y) in &mut status {
        if localized.0 != message {
            localized.0 = message.clone();
            a11y.name = message.clone();
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
