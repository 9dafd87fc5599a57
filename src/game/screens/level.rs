//! The level screen: back, title and instruction around the area where a level kind plays.
//! Every [`LevelAttempt`] a kind reports is recorded and saved at once; a solved one leads to
//! the result screen.

use super::{CurrentLevel, Levels, Screen};
use crate::core::level::{Level, LevelKind};
use crate::core::progress::Attempt;
use crate::game::i18n::TextKey;
use crate::game::levels;
use crate::game::mission::Mission;
use crate::game::progress::{Notice, Saved};
use crate::game::ui::icons::Icons;
use crate::game::ui::pointer::Activate;
use crate::game::ui::widgets::{self, ButtonLook};
use crate::game::ui::{Responsive, theme};
use bevy::prelude::*;

/// Sent by a level kind after each attempt (a run of the program, a finished sort). It is
/// recorded and saved at once; one with stars solved the level and leads to the result.
#[derive(Message, Debug, Clone, PartialEq, Eq)]
pub struct LevelAttempt {
    pub attempt: Attempt,
}

/// The hints of the level being played (Fluent ids) and how many the pupil has asked for.
#[derive(Resource, Debug, Clone, Default)]
pub struct LevelHints {
    pub ids: Vec<String>,
    pub shown: u8,
    /// Set by the kind once the level is solved: no more hints.
    pub closed: bool,
}

impl LevelHints {
    /// Whether the Hint button has another hint to show.
    pub fn can_show_more(&self) -> bool {
        !self.closed && usize::from(self.shown) < self.ids.len()
    }
}

/// When the current attempt began (seconds of app time): the level opened, or the last
/// attempt ended.
#[derive(Resource, Debug, Clone, Copy, Default)]
struct AttemptClock(f64);

/// The outcome the result screen shows.
#[derive(Resource, Debug, Clone, PartialEq, Eq)]
pub struct LastResult {
    pub level: String,
    pub stars: u8,
    pub new_best: bool,
}

/// The node a level kind fills.
#[derive(Component)]
pub struct LevelArea;

pub(super) fn plugin(app: &mut App) {
    app.add_message::<LevelAttempt>();
    app.init_resource::<LevelHints>();
    app.init_resource::<AttemptClock>();
    app.add_systems(OnEnter(Screen::Level), spawn);
    app.add_systems(Update, finish.run_if(in_state(Screen::Level)));
}

fn spawn(
    mut commands: Commands,
    current: Option<Res<CurrentLevel>>,
    levels: Res<Levels>,
    icons: Res<Icons>,
    time: Res<Time>,
    mut next: ResMut<NextState<Screen>>,
) {
    commands.insert_resource(AttemptClock(time.elapsed_secs_f64()));
    let Some(level) = current.and_then(|c| levels.level(&c.0).cloned()) else {
        next.set(Screen::Map);
        return;
    };
    let root = commands.spawn(widgets::screen_root(Screen::Level)).id();
    let mut area = Entity::PLACEHOLDER;
    commands.entity(root).with_children(|screen| {
        screen.spawn(widgets::top_bar()).with_children(|bar| {
            bar.spawn(widgets::icon_button(icons.back.clone(), TextKey::new("back"), ButtonLook::SECONDARY))
                .observe(|_: On<Activate>, mut next: ResMut<NextState<Screen>>| next.set(Screen::Map));
            bar.spawn(widgets::heading(TextKey::new(level.title.clone()), theme::FONT_HEADING));
        });
        screen.spawn(widgets::paragraph(TextKey::new(level.instruction.clone()), theme::FONT_BODY));
        area = screen
            .spawn((
                LevelArea,
                Responsive::ROW_OR_COLUMN,
                Node {
                    width: percent(100),
                    flex_grow: 1.0,
                    justify_content: JustifyContent::Center,
                    align_items: AlignItems::Center,
                    column_gap: px(24),
                    row_gap: px(16),
                    ..default()
                },
            ))
            .id();
    });
    commands.insert_resource(LevelHints { ids: level.hints.clone(), shown: 0, closed: false });
    start_kind(&mut commands, area, &level, &icons);
}

fn start_kind(commands: &mut Commands, area: Entity, level: &Level, icons: &Icons) {
    match &level.kind {
        LevelKind::RobotGrid(grid) => levels::robot_grid::start(commands, area, grid, icons),
        LevelKind::SafeToShare(cards) => levels::safe_to_share::start(commands, area, cards, icons),
        LevelKind::SpotFlags(screen) => levels::spot_flags::start(commands, area, screen, icons),
        LevelKind::PickReply(questions) => levels::pick_reply::start(commands, area, questions, icons),
        LevelKind::OrderSteps(steps) => levels::order_steps::start(commands, area, steps, icons),
        LevelKind::BuildPassword(pieces) => levels::build_password::start(commands, area, pieces, icons),
        LevelKind::ReadAddress(links) => levels::read_address::start(commands, area, links, icons),
    }
}

fn finish(
    mut attempts: MessageReader<LevelAttempt>,
    current: Option<Res<CurrentLevel>>,
    time: Res<Time>,
    mut clock: ResMut<AttemptClock>,
    hints: Res<LevelHints>,
    mission: Res<Mission>,
    mut saved: ResMut<Saved>,
    mut notice: ResMut<Notice>,
    platform: Res<crate::game::platform::Platform>,
    mut commands: Commands,
    mut next: ResMut<NextState<Screen>>,
) {
    let Some(current) = current else { return };
    for LevelAttempt { attempt } in attempts.read() {
        let mut attempt = attempt.clone();
        attempt.hints = hints.shown;
        // The teacher's page shows its class only what was played under its assignment.
        attempt.class = mission.class_id();
        let now = time.elapsed_secs_f64();
        attempt.seconds = (now - clock.0).max(0.0).round() as u32;
        clock.0 = now;
        let stars = attempt.stars;
        let (new_best, problem) = saved.record_attempt(&current.0, attempt, platform.host.now_ms());
        if problem.is_some() {
            notice.0 = problem;
        }
        if stars > 0 {
            commands.insert_resource(LastResult { level: current.0.clone(), stars, new_best });
            next.set(Screen::Result);
        }
    }
}
