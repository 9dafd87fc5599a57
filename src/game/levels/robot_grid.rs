//! Robot grid: tap command tiles to build a program, Run it, and watch the robot walk it step
//! by step with the running tile highlighted. A bump or a short program shows what happened
//! and the pupil edits and tries again.

use crate::core::level::RobotGrid;
use crate::core::program::{Board, Command, Direction, Execution, Outcome, Robot, stars_for_solution};
use crate::game::a11y::A11y;
use crate::game::i18n::TextKey;
use crate::game::redraw::Redraw;
use crate::game::screens::Screen;
use crate::game::screens::level::LevelFinished;
use crate::game::ui::icons::Icons;
use crate::game::ui::pointer::Activate;
use crate::game::ui::theme;
use crate::game::ui::widgets::{self, ButtonLook};
use bevy::prelude::*;
use bevy::ui::InteractionDisabled;
use std::f32::consts::FRAC_PI_2;

/// Seconds between two commands while running.
const STEP_SECONDS: f32 = 0.55;
/// Cells per second the robot glides.
const MOVE_SPEED: f32 = 3.5;
/// Radians per second the robot turns.
const TURN_SPEED: f32 = 7.0;
/// Seconds the robot stands on the flag before the result screen.
const CELEBRATE_SECONDS: f32 = 0.9;
/// The board's longest side, as a share of the screen's shorter side (in vmin).
const BOARD_VMIN: f32 = 56.0;

/// The level being played.
#[derive(Resource)]
pub struct RobotSession {
    grid: RobotGrid,
    board: Board,
    program: Vec<Command>,
    run: RunState,
    robot: Robot,
    highlight: Option<usize>,
    message: Option<&'static str>,
    /// Where the robot is drawn (cells) and its clockwise angle; glides towards `robot`.
    shown: Vec2,
    angle: f32,
    target_angle: f32,
    /// The cell the robot bumped into, for a red mark.
    bumped: Option<IVec2>,
    bump_time: f32,
    /// Bumped whenever the program changes, to rebuild the tile strip.
    edits: u32,
}

enum RunState {
    Editing,
    Running { execution: Execution, countdown: f32 },
    Failed,
    Won { wait: f32 },
    Done,
}

impl RobotSession {
    fn reset_robot(&mut self) {
        self.robot = self.board.start;
        self.shown = cell_vec(self.robot);
        self.target_angle = facing_angle(self.robot.facing);
        self.angle = self.target_angle;
        self.highlight = None;
        self.bumped = None;
        self.message = None;
        self.run = RunState::Editing;
    }

    fn can_edit(&self) -> bool {
        matches!(self.run, RunState::Editing | RunState::Failed)
    }
}

#[derive(Component)]
struct BoardNode;
#[derive(Component)]
struct RobotNode;
#[derive(Component)]
struct BoardCell(IVec2);
#[derive(Component)]
struct ProgramStrip;
#[derive(Component)]
struct SlotCount;
#[derive(Component)]
struct ProgramTile(usize);
#[derive(Component)]
struct CommandButton(Command);
#[derive(Component)]
struct EditButton;
#[derive(Component)]
struct StatusLine;
#[derive(Component)]
struct TryAgainButton;

pub(super) fn plugin(app: &mut App) {
    app.add_systems(OnExit(Screen::Level), |mut commands: Commands| commands.remove_resource::<RobotSession>());
    app.add_systems(
        Update,
        (run_program, rebuild_program_strip, show_robot, show_state)
            .chain()
            .run_if(resource_exists::<RobotSession>.and_then(in_state(Screen::Level))),
    );
}

fn cell_vec(robot: Robot) -> Vec2 {
    Vec2::new(robot.position.x as f32, robot.position.y as f32)
}

fn facing_angle(facing: Direction) -> f32 {
    f32::from(facing.quarter_turns()) * FRAC_PI_2
}

/// A cell's colour: red where the robot bumped, else wall, flag or floor.
fn cell_colour(board: &Board, here: crate::core::program::Position, bumped: Option<IVec2>) -> Color {
    if bumped == Some(IVec2::new(here.x, here.y)) {
        theme::DANGER
    } else if board.is_wall(here) {
        theme::WALL
    } else if here == board.goal {
        theme::GOAL
    } else {
        theme::FLOOR
    }
}

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
    let mut session = RobotSession {
        grid: grid.clone(),
        board: board.clone(),
        program: Vec::new(),
        run: RunState::Editing,
        robot: board.start,
        highlight: None,
        message: None,
        shown: Vec2::ZERO,
        angle: 0.0,
        target_angle: 0.0,
        bumped: None,
        bump_time: 0.0,
        edits: 1,
    };
    session.reset_robot();
    let cell = cell_size(&board);
    let offered = grid.commands.clone();
    commands.entity(area).with_children(|area| {
        // The board: a grid of cells with the robot on top.
        area.spawn((
            BoardNode,
            Name::new("Board"),
            Node {
                width: vmin(cell * board.width() as f32),
                height: vmin(cell * board.height() as f32),
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
                    let here = crate::core::program::Position { x, y };
                    let colour = cell_colour(&board, here, None);
                    grid_node
                        .spawn((
                            BoardCell(IVec2::new(x, y)),
                            Node {
                                border: UiRect::all(px(1)),
                                justify_content: JustifyContent::Center,
                                align_items: AlignItems::Center,
                                ..default()
                            },
                            BackgroundColor(colour),
                            BorderColor::all(theme::BACKGROUND.with_alpha(0.25)),
                        ))
                        .with_children(|c| {
                            if here == board.goal {
                                c.spawn(widgets::icon(icons.flag.clone(), 0.0, theme::SUCCESS)).insert(Node {
                                    width: percent(70),
                                    height: percent(70),
                                    ..default()
                                });
                            }
                        });
                }
            }
            grid_node
                .spawn((
                    RobotNode,
                    Name::new("Robot"),
                    Node {
                        position_type: PositionType::Absolute,
                        width: vmin(cell),
                        height: vmin(cell),
                        justify_content: JustifyContent::Center,
                        align_items: AlignItems::Center,
                        ..default()
                    },
                    UiTransform::default(),
                ))
                .with_children(|robot| {
                    robot
                        .spawn((
                            Node {
                                width: percent(78),
                                height: percent(78),
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
                });
        });

        // The controls: program, palette, run/clear, and what happened.
        area.spawn(Node {
            flex_direction: FlexDirection::Column,
            align_items: AlignItems::Center,
            row_gap: px(14),
            max_width: px(640),
            flex_shrink: 1.0,
            ..default()
        })
        .with_children(|controls| {
            controls
                .spawn((SlotCount, widgets::label(TextKey::new("robot-slots"), theme::FONT_SMALL, theme::TEXT_DIM)));
            controls.spawn((
                ProgramStrip,
                Name::new("Program"),
                Node {
                    flex_wrap: FlexWrap::Wrap,
                    justify_content: JustifyContent::Center,
                    column_gap: px(8),
                    row_gap: px(8),
                    padding: UiRect::all(px(10)),
                    min_height: px(92),
                    border_radius: BorderRadius::all(px(theme::RADIUS)),
                    ..default()
                },
                BackgroundColor(theme::PANEL),
            ));
            controls
                .spawn(Node {
                    column_gap: px(12),
                    flex_wrap: FlexWrap::Wrap,
                    justify_content: JustifyContent::Center,
                    row_gap: px(12),
                    ..default()
                })
                .with_children(|palette| {
                    for command in offered {
                        palette
                            .spawn((
                                CommandButton(command),
                                widgets::icon_button(
                                    command_icon(icons, command),
                                    TextKey::new(command.message_id()),
                                    ButtonLook::PRIMARY,
                                ),
                            ))
                            .insert(widgets::big_button_node(150.0, 72.0))
                            .observe(add_command);
                    }
                });
            controls.spawn(Node { column_gap: px(12), ..default() }).with_children(|actions| {
                actions
                    .spawn((
                        EditButton,
                        widgets::icon_button(icons.play.clone(), TextKey::new("robot-run"), ButtonLook::PRIMARY),
                    ))
                    .observe(run);
                actions
                    .spawn((EditButton, widgets::button(TextKey::new("robot-clear"), ButtonLook::SECONDARY)))
                    .observe(|_: On<Activate>, mut session: ResMut<RobotSession>| {
                        if session.can_edit() {
                            session.program.clear();
                            session.edits += 1;
                            session.reset_robot();
                        }
                    });
            });
            controls.spawn((
                StatusLine,
                widgets::label(TextKey::new("robot-program-empty"), theme::FONT_BODY, theme::TEXT),
                A11y::status(TextKey::new("robot-program-empty")),
                // Room for three lines, so a longer message never moves the tiles above.
                Node { max_width: px(600), min_height: px(96), ..default() },
            ));
            controls
                .spawn((
                    TryAgainButton,
                    widgets::button(TextKey::new("robot-try-again"), ButtonLook::PRIMARY),
                    Visibility::Hidden,
                ))
                .observe(|_: On<Activate>, mut session: ResMut<RobotSession>| {
                    if matches!(session.run, RunState::Failed) {
                        session.reset_robot();
                    }
                });
        });
    });
    commands.insert_resource(session);
}

fn command_icon(icons: &Icons, command: Command) -> Handle<Image> {
    match command {
        Command::Forward => icons.forward.clone(),
        Command::TurnLeft => icons.turn_left.clone(),
        Command::TurnRight => icons.turn_right.clone(),
    }
}

fn add_command(activate: On<Activate>, buttons: Query<&CommandButton>, mut session: ResMut<RobotSession>) {
    let Ok(CommandButton(command)) = buttons.get(activate.entity) else { return };
    if !session.can_edit() {
        return;
    }
    session.reset_robot();
    if session.program.len() < session.grid.max_program {
        session.program.push(*command);
        session.edits += 1;
    } else {
        session.message = Some("robot-program-full");
    }
}

fn remove_command(activate: On<Activate>, tiles: Query<&ProgramTile>, mut session: ResMut<RobotSession>) {
    let Ok(ProgramTile(index)) = tiles.get(activate.entity) else { return };
    if session.can_edit() && *index < session.program.len() {
        session.reset_robot();
        session.program.remove(*index);
        session.edits += 1;
    }
}

fn run(_: On<Activate>, mut session: ResMut<RobotSession>, mut redraw: ResMut<Redraw>) {
    if !session.can_edit() {
        return;
    }
    session.reset_robot();
    let execution = Execution::new(session.board.clone(), session.program.clone());
    session.run = RunState::Running { execution, countdown: 0.25 };
    redraw.frames(2);
}

/// Advances the run: glide the robot towards its state, then run the next command.
fn run_program(
    time: Res<Time>,
    mut session: ResMut<RobotSession>,
    mut redraw: ResMut<Redraw>,
    mut finished: MessageWriter<LevelFinished>,
) {
    let dt = time.delta_secs().min(0.1);
    let session = &mut *session;
    let target = cell_vec(session.robot);
    let settled = session.shown.distance(target) < 1e-3 && (session.angle - session.target_angle).abs() < 1e-3;
    if !settled {
        let step = MOVE_SPEED * dt;
        let delta = target - session.shown;
        session.shown = if delta.length() <= step { target } else { session.shown + delta.normalize() * step };
        let turn = TURN_SPEED * dt;
        let delta = session.target_angle - session.angle;
        session.angle = if delta.abs() <= turn { session.target_angle } else { session.angle + turn * delta.signum() };
        redraw.frames(2);
    }
    if session.bumped.is_some() && session.bump_time < 1.0 {
        session.bump_time = (session.bump_time + dt * 2.5).min(1.0);
        redraw.frames(2);
    }
    match &mut session.run {
        RunState::Running { execution, countdown } => {
            redraw.frames(2);
            *countdown -= dt;
            if *countdown > 0.0 || !settled {
                return;
            }
            *countdown = STEP_SECONDS;
            let before = session.robot;
            let Some(step) = execution.step() else {
                session.run = RunState::Failed;
                session.message = Some(Outcome::OutOfCommands.message_id());
                return;
            };
            session.highlight = Some(step.command_index);
            session.robot = step.robot;
            if step.robot.facing == before.facing.left() {
                session.target_angle -= FRAC_PI_2;
            } else if step.robot.facing == before.facing.right() {
                session.target_angle += FRAC_PI_2;
            }
            match step.outcome {
                None => {}
                Some(Outcome::ReachedGoal) => {
                    session.message = Some(Outcome::ReachedGoal.message_id());
                    session.run = RunState::Won { wait: CELEBRATE_SECONDS };
                }
                Some(outcome) => {
                    if let Outcome::HitWall { at } | Outcome::LeftBoard { at } = outcome {
                        session.bumped = Some(IVec2::new(at.x, at.y));
                        session.bump_time = 0.0;
                    }
                    session.message = Some(outcome.message_id());
                    session.run = RunState::Failed;
                }
            }
        }
        RunState::Won { wait } => {
            redraw.frames(2);
            if settled {
                *wait -= dt;
            }
            if *wait <= 0.0 {
                let stars = stars_for_solution(session.program.len(), session.grid.par);
                session.run = RunState::Done;
                finished.write(LevelFinished { stars });
            }
        }
        RunState::Editing | RunState::Failed | RunState::Done => {}
    }
}

fn rebuild_program_strip(
    mut commands: Commands,
    session: Res<RobotSession>,
    icons: Res<Icons>,
    strips: Query<Entity, With<ProgramStrip>>,
    mut counts: Query<&mut crate::game::i18n::Localized, With<SlotCount>>,
    mut built: Local<u32>,
) {
    if *built == session.edits {
        return;
    }
    let Ok(strip) = strips.single() else { return };
    *built = session.edits;
    commands.entity(strip).despawn_related::<Children>();
    commands.entity(strip).with_children(|strip| {
        for slot in 0..session.grid.max_program {
            match session.program.get(slot) {
                Some(&command) => {
                    let name = TextKey::new("robot-program-tile")
                        .num("position", slot as u32 + 1)
                        .msg("command", command.message_id());
                    strip
                        .spawn((ProgramTile(slot), EditButton, widgets::button_base(name, ButtonLook::PRIMARY)))
                        .insert(Node {
                            width: px(64),
                            height: px(64),
                            justify_content: JustifyContent::Center,
                            align_items: AlignItems::Center,
                            border: UiRect::all(px(4)),
                            border_radius: BorderRadius::all(px(10)),
                            ..default()
                        })
                        .with_children(|tile| {
                            tile.spawn(widgets::icon(command_icon(&icons, command), 44.0, theme::TEXT_DARK));
                        })
                        .observe(remove_command);
                }
                None => {
                    strip.spawn((
                        Node {
                            width: px(64),
                            height: px(64),
                            border: UiRect::all(px(2)),
                            border_radius: BorderRadius::all(px(10)),
                            ..default()
                        },
                        BorderColor::all(theme::TEXT_DIM.with_alpha(0.5)),
                    ));
                }
            }
        }
    });
    for mut count in &mut counts {
        count.0 = TextKey::new("robot-slots")
            .num("used", session.program.len() as u32)
            .num("max", session.grid.max_program as u32);
    }
}

fn show_robot(
    session: Res<RobotSession>,
    mut robots: Query<(&mut Node, &mut UiTransform), With<RobotNode>>,
    mut boards: Query<&mut A11y, With<BoardNode>>,
    mut cells: Query<(&BoardCell, &mut BackgroundColor)>,
) {
    if !session.is_changed() {
        return;
    }
    let cell = cell_size(&session.board);
    let mut offset = Vec2::ZERO;
    if let Some(at) = session.bumped {
        let toward = (at.as_vec2() - cell_vec(session.robot)).normalize_or_zero();
        offset = toward * 0.3 * (session.bump_time * std::f32::consts::PI).sin();
    }
    for (mut node, mut transform) in &mut robots {
        let position = session.shown + offset;
        let (left, top) = (vmin(cell * position.x), vmin(cell * position.y));
        if node.left != left || node.top != top {
            node.left = left;
            node.top = top;
        }
        let rotation = Rot2::radians(session.angle);
        if transform.rotation != rotation {
            transform.rotation = rotation;
        }
    }
    let robot = session.robot;
    let name = TextKey::new("robot-board")
        .num("x", robot.position.x + 1)
        .num("y", robot.position.y + 1)
        .msg("facing", robot.facing.message_id())
        .num("goal_x", session.board.goal.x + 1)
        .num("goal_y", session.board.goal.y + 1);
    for mut a11y in &mut boards {
        if a11y.name != name {
            a11y.name = name.clone();
        }
    }
    for (cell, mut background) in &mut cells {
        let here = crate::core::program::Position { x: cell.0.x, y: cell.0.y };
        let colour = cell_colour(&session.board, here, session.bumped);
        if background.0 != colour {
            background.0 = colour;
        }
    }
}

#[allow(clippy::type_complexity)]
fn show_state(
    mut commands: Commands,
    session: Res<RobotSession>,
    mut tiles: Query<(&ProgramTile, &mut BorderColor)>,
    edit_buttons: Query<(Entity, Has<InteractionDisabled>), With<EditButton>>,
    palette: Query<(Entity, Has<InteractionDisabled>), With<CommandButton>>,
    mut status: Query<(&mut crate::game::i18n::Localized, &mut A11y), With<StatusLine>>,
    mut try_again: Query<&mut Visibility, With<TryAgainButton>>,
) {
    if !session.is_changed() {
        return;
    }
    for (tile, mut border) in &mut tiles {
        let colour = if session.highlight == Some(tile.0) { theme::HIGHLIGHT } else { theme::PRIMARY };
        if *border != BorderColor::all(colour) {
            *border = BorderColor::all(colour);
        }
    }
    let locked = !session.can_edit();
    for (entity, disabled) in edit_buttons.iter().chain(palette.iter()) {
        if locked && !disabled {
            commands.entity(entity).insert(InteractionDisabled);
        } else if !locked && disabled {
            commands.entity(entity).remove::<InteractionDisabled>();
        }
    }
    let message = session.message.unwrap_or(if session.program.is_empty() { "robot-program-empty" } else { "" });
    for (mut localized, mut a11y) in &mut status {
        let key = if message.is_empty() { TextKey::literal("") } else { TextKey::new(message) };
        if localized.0 != key {
            localized.0 = key.clone();
            a11y.name = key;
        }
    }
    // Hidden, not removed from the layout: nothing above it may jump under a finger.
    let visibility = if matches!(session.run, RunState::Failed) { Visibility::Inherited } else { Visibility::Hidden };
    for mut shown in &mut try_again {
        if *shown != visibility {
            *shown = visibility;
        }
    }
}
