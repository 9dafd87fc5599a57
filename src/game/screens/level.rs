//! The level screen: back, title and instruction around the area where a level kind plays
//! (the kinds' contract is `game::levels`). Every [`LevelAttempt`] a kind reports is recorded
//! and saved at once; a solved one leads to the result screen.

use super::{CurrentLevel, Screen};
use crate::core::progress::attempt_seconds;
use crate::game::catalog::Levels;
use crate::game::i18n::TextKey;
use crate::game::levels::{self, LevelArea, LevelAttempt, LevelHints, LevelPlay};
use crate::game::mission::Mission;
use crate::game::progress::{Notice, TabletPlayers};
use crate::game::redraw::Redraw;
use crate::game::speech;
use crate::game::ui::icons::Icons;
use crate::game::ui::pointer::Activate;
use crate::game::ui::widgets;
use crate::game::ui::{Responsive, theme};
use bevy::prelude::*;

/// When the current attempt began on the device's wall clock (milliseconds since 1970): the
/// level opened, or the last attempt ended. Not Bevy's clock: the game draws no frames while a
/// pupil thinks, and Bevy's clock advances at most a quarter second per frame.
#[derive(Resource, Debug, Clone, Copy, Default)]
struct AttemptClock(u64);

/// A solved level waits here until storage confirms the result is on disk (the durable copy:
/// `KeyValueStore::settled`): the result screen claims the stars only then. `since` is the
/// game time of the win (frames keep coming while it waits, so game time keeps up).
#[derive(Resource, Debug, Clone, Copy)]
struct AwaitingDisk {
    since: f64,
}

/// How long (seconds) a win waits for the durable copy before the result screen shows anyway:
/// the fast copy has it, and a browser whose disk never answers must not hold the pupil.
const DISK_WAIT: f64 = 5.0;

/// The outcome the result screen shows.
#[derive(Resource, Debug, Clone, PartialEq, Eq)]
pub struct LastResult {
    pub level: String,
    pub stars: u8,
    pub new_best: bool,
}

pub(super) fn plugin(app: &mut App) {
    app.init_resource::<AttemptClock>();
    // The level kinds' systems run only while a level is on screen.
    app.configure_sets(Update, LevelPlay.run_if(in_state(Screen::Level)));
    app.add_systems(OnEnter(Screen::Level), spawn);
    app.add_systems(
        OnExit(Screen::Level),
        (levels::close_sessions, |mut commands: Commands| {
            commands.remove_resource::<AwaitingDisk>();
        }),
    );
    app.add_systems(Update, (finish, show_result_when_on_disk).chain().run_if(in_state(Screen::Level)));
}

fn spawn(
    mut commands: Commands,
    current: Option<Res<CurrentLevel>>,
    levels: Res<Levels>,
    icons: Res<Icons>,
    platform: Res<crate::game::platform::Platform>,
    mut next: ResMut<NextState<Screen>>,
) {
    commands.insert_resource(AttemptClock(platform.host.now_ms()));
    let Some(level) = current.and_then(|c| levels.level(&c.0).cloned()) else {
        next.set(Screen::Map);
        return;
    };
    let root = commands.spawn(widgets::screen_root(Screen::Level)).id();
    let mut area = Entity::PLACEHOLDER;
    commands.entity(root).with_children(|screen| {
        // The instruction sits beside the title where there is room for it (a landscape
        // tablet, whose height the level needs) and under it where there is not (upright).
        let bar = Node { flex_wrap: FlexWrap::Wrap, row_gap: px(8), flex_shrink: 0.0, ..widgets::top_bar_node() };
        screen.spawn(widgets::top_bar()).insert(bar).with_children(|bar| {
            bar.spawn(widgets::back_button(icons.back.clone()))
                .observe(|_: On<Activate>, mut next: ResMut<NextState<Screen>>| next.set(Screen::Map));
            speech::spawn_read_aloud_button(bar, &icons);
            bar.spawn(widgets::heading(TextKey::new(level.title.clone()), theme::FONT_HEADING));
            // A definite basis, not its longest line: sized to its content, a long instruction
            // is laid out in one line more than it was measured for (Bevy 0.19's text measure).
            bar.spawn(widgets::paragraph(TextKey::new(level.instruction.clone()), theme::FONT_BODY)).insert(Node {
                flex_grow: 1.0,
                flex_basis: px(INSTRUCTION_WIDTH),
                ..default()
            });
        });
        area = screen
            .spawn((
                LevelArea,
                crate::game::ui::scroll::HeldToScreen,
                Responsive::ROW_OR_COLUMN,
                Node {
                    width: percent(100),
                    flex_grow: 1.0,
                    // The screen's height left under the instruction, never more: a board side
                    // stretched taller than the screen would push the code view off it. (As
                    // tall as its content while the screen scrolls for bigger text.)
                    min_height: px(0),
                    justify_content: JustifyContent::Center,
                    align_items: AlignItems::Center,
                    column_gap: px(24),
                    row_gap: px(16),
                    ..default()
                },
            ))
            .id();
    });
    commands.insert_resource(LevelHints::of(&level));
    levels::start(&mut commands, area, &level, &icons);
}

/// The narrowest an instruction is laid out beside the title; with less room it goes under it.
const INSTRUCTION_WIDTH: f32 = 480.0;

fn finish(
    mut attempts: MessageReader<LevelAttempt>,
    current: Option<Res<CurrentLevel>>,
    time: Res<Time>,
    mut clock: ResMut<AttemptClock>,
    hints: Res<LevelHints>,
    mission: Res<Mission>,
    mut saved: ResMut<TabletPlayers>,
    mut notice: ResMut<Notice>,
    platform: Res<crate::game::platform::Platform>,
    mut redraw: ResMut<Redraw>,
    mut commands: Commands,
) {
    let Some(current) = current else { return };
    for LevelAttempt { attempt } in attempts.read() {
        let mut attempt = attempt.clone();
        attempt.hints = hints.shown;
        // The teacher's page shows its class only what was played under its assignment.
        attempt.class = mission.class_id();
        let now = platform.host.now_ms();
        attempt.seconds = attempt_seconds(clock.0, now);
        clock.0 = now;
        let stars = attempt.stars;
        let (new_best, problem) = saved.record_attempt(&current.0, attempt, now);
        if problem.is_some() {
            notice.0 = problem;
        }
        if stars > 0 {
            commands.insert_resource(LastResult { level: current.0.clone(), stars, new_best });
            commands.insert_resource(AwaitingDisk { since: time.elapsed_secs_f64() });
            // The next frames check the disk: nothing on screen moves to ask for them.
            redraw.frames(2);
        }
    }
}

/// Opens the result screen once the win is on disk (or after [`DISK_WAIT`]); frames keep
/// coming meanwhile, since nothing on screen moves to ask for them.
fn show_result_when_on_disk(
    waiting: Option<Res<AwaitingDisk>>,
    saved: Res<TabletPlayers>,
    time: Res<Time>,
    mut redraw: ResMut<Redraw>,
    mut commands: Commands,
    mut next: ResMut<NextState<Screen>>,
) {
    let Some(waiting) = waiting else { return };
    if saved.settled() || time.elapsed_secs_f64() - waiting.since > DISK_WAIT {
        commands.remove_resource::<AwaitingDisk>();
        next.set(Screen::Result);
    } else {
        redraw.frames(2);
    }
}
