//! The level screen: back, title and instruction around the area where a level kind plays.
//! When a kind reports [`LevelFinished`], the result is recorded and saved at once.

use super::{CurrentLevel, Levels, Screen};
use crate::core::level::{Level, LevelKind};
use crate::game::i18n::TextKey;
use crate::game::levels;
use crate::game::progress::{Notice, Saved};
use crate::game::ui::icons::Icons;
use crate::game::ui::pointer::Activate;
use crate::game::ui::widgets::{self, ButtonLook};
use crate::game::ui::{Responsive, theme};
use bevy::prelude::*;

/// Sent by a level kind when the pupil has solved the level.
#[derive(Message, Debug, Clone, Copy, PartialEq, Eq)]
pub struct LevelFinished {
    pub stars: u8,
}

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
    app.add_message::<LevelFinished>();
    app.add_systems(OnEnter(Screen::Level), spawn);
    app.add_systems(Update, finish.run_if(in_state(Screen::Level)));
}

fn spawn(
    mut commands: Commands,
    current: Option<Res<CurrentLevel>>,
    levels: Res<Levels>,
    icons: Res<Icons>,
    mut next: ResMut<NextState<Screen>>,
) {
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
    start_kind(&mut commands, area, &level, &icons);
}

fn start_kind(commands: &mut Commands, area: Entity, level: &Level, icons: &Icons) {
    match &level.kind {
        LevelKind::RobotGrid(grid) => levels::robot_grid::start(commands, area, grid, icons),
        LevelKind::SafeToShare(cards) => levels::safe_to_share::start(commands, area, cards, icons),
    }
}

fn finish(
    mut finished: MessageReader<LevelFinished>,
    current: Option<Res<CurrentLevel>>,
    mut saved: ResMut<Saved>,
    mut notice: ResMut<Notice>,
    mut commands: Commands,
    mut next: ResMut<NextState<Screen>>,
) {
    let Some(result) = finished.read().last().copied() else { return };
    let Some(current) = current else { return };
    let (new_best, problem) = saved.record_completion(&current.0, result.stars);
    if problem.is_some() {
        notice.0 = problem;
    }
    commands.insert_resource(LastResult { level: current.0.clone(), stars: result.stars, new_best });
    next.set(Screen::Result);
}
