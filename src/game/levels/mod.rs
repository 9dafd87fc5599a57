//! One plugin per level kind, and the contract between them and the level screen.
//!
//! The level screen (`screens::level`) spawns the [`LevelArea`], fills [`LevelHints`], calls
//! [`start`] and records every [`LevelAttempt`] a kind sends. A kind's `start` fills the area
//! and inserts its session resource; the kind's `Update` systems go in [`LevelPlay`], which
//! the screen configures to run only while a level is being played. A kind registers its
//! session with [`session_plugin`], and the screen removes every session in one place
//! ([`close_sessions`]) when the level closes. Kinds know this module, never the screens.

pub mod answers;
pub mod build_password;
pub mod hints;
pub mod order_steps;
pub mod pick_reply;
pub mod read_address;
pub mod robot_grid;
pub mod safe_to_share;
pub mod spot_flags;
pub mod train_robot;

use crate::core::level::{Level, LevelKind};
use crate::core::progress::Attempt;
use crate::game::ui::icons::Icons;
use bevy::prelude::*;

/// Sent by a level kind after each attempt (a run of the program, a finished sort). The level
/// screen records and saves it at once; one with stars solved the level.
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
    /// The hints of a level that has just opened: none shown yet.
    pub fn of(level: &Level) -> LevelHints {
        LevelHints { ids: level.hints.clone(), shown: 0, closed: false }
    }

    /// Whether the Hint button has another hint to show.
    pub fn can_show_more(&self) -> bool {
        !self.closed && usize::from(self.shown) < self.ids.len()
    }
}

/// The node a level kind fills.
#[derive(Component)]
pub struct LevelArea;

/// The systems that run only while a level is being played. Every kind puts its `Update`
/// systems here; the level screen decides when the set runs.
#[derive(SystemSet, Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct LevelPlay;

/// How to remove each kind's session, registered by [`session_plugin`].
#[derive(Resource, Default)]
pub struct SessionCleanup(Vec<fn(&mut Commands)>);

/// Registers a kind's session resource `T`: it is removed when the level closes
/// ([`close_sessions`]), so a kind never cleans up after itself.
pub fn session_plugin<T: Resource>(app: &mut App) {
    app.init_resource::<SessionCleanup>();
    app.world_mut().resource_mut::<SessionCleanup>().0.push(|commands| commands.remove_resource::<T>());
}

/// Removes every kind's session. The level screen runs it when the level closes.
pub fn close_sessions(mut commands: Commands, cleanup: Res<SessionCleanup>) {
    for remove in &cleanup.0 {
        remove(&mut commands);
    }
}

/// Fills `area` with the level's kind and starts its session.
pub fn start(commands: &mut Commands, area: Entity, level: &Level, icons: &Icons) {
    match &level.kind {
        LevelKind::RobotGrid(grid) => robot_grid::start(commands, area, grid, icons),
        LevelKind::SafeToShare(cards) => safe_to_share::start(commands, area, cards, icons),
        LevelKind::SpotFlags(screen) => spot_flags::start(commands, area, screen, icons),
        LevelKind::PickReply(questions) => pick_reply::start(commands, area, questions, icons),
        LevelKind::OrderSteps(steps) => order_steps::start(commands, area, steps, icons),
        LevelKind::BuildPassword(pieces) => build_password::start(commands, area, pieces, icons),
        LevelKind::ReadAddress(links) => read_address::start(commands, area, links, icons),
        LevelKind::TrainRobot(examples) => train_robot::start(commands, area, examples, icons),
    }
}

pub(super) fn plugin(app: &mut App) {
    app.add_message::<LevelAttempt>();
    app.init_resource::<LevelHints>();
    app.init_resource::<SessionCleanup>();
    app.add_plugins((
        hints::plugin,
        robot_grid::plugin,
        safe_to_share::plugin,
        spot_flags::plugin,
        pick_reply::plugin,
        order_steps::plugin,
        build_password::plugin,
        read_address::plugin,
        train_robot::plugin,
    ));
}
