//! The level map: every world with its levels, stars earned, and locks. A locked mission
//! (the teacher's choice for today) opens only its own levels and says so.
//!
//! The map is the player's own (`core::level::pupil_map`): only the levels their age band may
//! see (and today's mission's), the worlds nearest their band first, numbered as shown.

use super::{CurrentLevel, Screen};
use crate::core::level::{AgeBand, Level};
use crate::game::a11y::A11y;
use crate::game::catalog::Levels;
use crate::game::i18n::{Localized, TextKey};
use crate::game::mission::{Mission, level_opens, pupil_map};
use crate::game::progress::TabletPlayers;
use crate::game::ui::icons::Icons;
use crate::game::ui::pointer::Activate;
use crate::game::ui::theme;
use crate::game::ui::widgets::{self, ButtonLook};
use bevy::prelude::*;

/// A level's button on the map.
#[derive(Component, Debug, Clone)]
struct LevelButton {
    id: String,
    unlocked: bool,
    /// Why it is locked (a Fluent id), told when it is tapped.
    locked_hint: &'static str,
}

/// The hint shown after tapping a locked level.
#[derive(Component)]
struct LockedHint;

/// The world whose levels the map shows, and (`.1`) the player and band it was shown for: a
/// player's first visit, and a visit after their band changed, open on their own first world.
#[derive(Resource, Debug, Clone, Default, PartialEq, Eq)]
struct ShownWorld(Option<String>, Option<(String, AgeBand)>);

/// A world's tab.
#[derive(Component, Debug, Clone)]
struct WorldTab(String);

/// Where the shown world's levels go.
#[derive(Component)]
struct LevelGrid;

pub(super) fn plugin(app: &mut App) {
    app.init_resource::<ShownWorld>();
    app.add_systems(OnEnter(Screen::Map), spawn);
    app.add_systems(Update, (show_tabs, fill_grid).run_if(in_state(Screen::Map)));
}

/// A world is open when one of its levels on the map is (by progress, that is its first).
fn world_unlocked(levels: &Levels, saved: &TabletPlayers, mission: &Mission, shown: &[&Level]) -> bool {
    shown.iter().any(|level| level_opens(levels, saved, mission, &level.id))
}

fn spawn(
    mut commands: Commands,
    levels: Res<Levels>,
    saved: Res<TabletPlayers>,
    mission: Res<Mission>,
    icons: Res<Icons>,
    current: Option<Res<CurrentLevel>>,
    mut shown: ResMut<ShownWorld>,
) {
    let map = pupil_map(&levels, &saved, &mission);
    let worlds = map.worlds();
    // Open on the world of the level just played, else the one shown last time (if this
    // player's map has it), else of today's mission, else the first on this player's map.
    let on_map = |id: &str| worlds.iter().any(|w| w.id == id);
    let world_of = |id: &str| levels.level(id).map(|l| l.world.clone()).filter(|w| on_map(w));
    let world_of_current = current.and_then(|c| world_of(&c.0));
    let viewer = saved.current().map(|p| (p.id.clone(), p.age_band()));
    if shown.1 != viewer {
        *shown = ShownWorld(None, viewer);
    }
    if let Some(world) = world_of_current {
        shown.0 = Some(world);
    } else if !shown.0.as_deref().is_some_and(on_map) {
        let first_mission_level = mission.0.as_ref().and_then(|a| a.levels.first());
        shown.0 = first_mission_level.and_then(|id| world_of(id)).or_else(|| worlds.first().map(|w| w.id.clone()));
    }
    let root = commands.spawn(widgets::screen_root(Screen::Map)).id();
    commands.entity(root).with_children(|screen| {
        screen.spawn(widgets::top_bar()).with_children(|bar| {
            bar.spawn(widgets::back_button(icons.back.clone()))
                .observe(|_: On<Activate>, mut next: ResMut<NextState<Screen>>| next.set(Screen::Title));
            bar.spawn(widgets::heading(TextKey::new("map-title"), theme::FONT_HEADING));
        });
        screen
            .spawn(Node {
                width: percent(100),
                flex_wrap: FlexWrap::Wrap,
                column_gap: px(10),
                row_gap: px(10),
                justify_content: JustifyContent::Center,
                ..default()
            })
            .with_children(|tabs| {
                for world in &worlds {
                    let shown_levels = map.levels(world);
                    let unlocked = world_unlocked(&levels, &saved, &mission, &shown_levels);
                    let earned: u32 = shown_levels.iter().map(|l| u32::from(saved.progress().best_stars(&l.id))).sum();
                    let status = if unlocked {
                        TextKey::new("map-world-stars").num("stars", earned).num("max", shown_levels.len() as u32 * 3)
                    } else {
                        TextKey::new("level-status-locked")
                    };
                    let name = TextKey::new("map-world").msg("title", world.title.clone()).key("status", status);
                    let look = if unlocked {
                        ButtonLook::SECONDARY
                    } else {
                        ButtonLook { background: theme::DISABLED, text: theme::TEXT_DIM }
                    };
                    tabs.spawn((WorldTab(world.id.clone()), widgets::button_base(name, look)))
                        .with_children(|tab| {
                            if !unlocked {
                                tab.spawn(widgets::icon(icons.lock.clone(), 24.0, look.text));
                            }
                            tab.spawn(widgets::label(TextKey::new(world.title.clone()), theme::FONT_SMALL, look.text));
                        })
                        .observe(|activate: On<Activate>, tabs: Query<&WorldTab>, mut shown: ResMut<ShownWorld>| {
                            if let Ok(tab) = tabs.get(activate.entity) {
                                shown.0 = Some(tab.0.clone());
                            }
                        });
                }
            });
        if mission.locks() {
            screen.spawn(widgets::paragraph(TextKey::new("mission-map-locked"), theme::FONT_BODY));
        }
        screen.spawn((
            LevelGrid,
            Node {
                width: percent(100),
                flex_wrap: FlexWrap::Wrap,
                justify_content: JustifyContent::Center,
                align_content: AlignContent::FlexStart,
                column_gap: px(16),
                row_gap: px(16),
                flex_grow: 1.0,
                ..default()
            },
        ));
        screen.spawn((
            LockedHint,
            widgets::label(TextKey::new("map-locked-hint"), theme::FONT_BODY, theme::TEXT),
            A11y::status(TextKey::new("map-locked-hint")),
            Visibility::Hidden,
        ));
    });
}

/// The selected tab is pressed (a screen reader says which world is shown) and outlined.
fn show_tabs(
    shown: Res<ShownWorld>,
    added: Query<(), Added<WorldTab>>,
    mut tabs: Query<(&WorldTab, &mut A11y, &mut BorderColor, &ButtonLook)>,
) {
    if !shown.is_changed() && added.is_empty() {
        return;
    }
    for (tab, mut a11y, mut border, look) in &mut tabs {
        let selected = shown.0.as_deref() == Some(tab.0.as_str());
        if a11y.pressed != Some(selected) {
            a11y.pressed = Some(selected);
        }
        let colour = if selected { theme::HIGHLIGHT } else { look.background };
        if *border != BorderColor::all(colour) {
            *border = BorderColor::all(colour);
        }
    }
}

/// Fills the grid with the shown world's levels whenever the world changes.
fn fill_grid(
    mut commands: Commands,
    shown: Res<ShownWorld>,
    levels: Res<Levels>,
    saved: Res<TabletPlayers>,
    mission: Res<Mission>,
    icons: Res<Icons>,
    grids: Query<(Entity, Ref<LevelGrid>)>,
    mut hint: Query<&mut Visibility, With<LockedHint>>,
    mut redraw: ResMut<crate::game::redraw::Redraw>,
) {
    let Ok((grid, added)) = grids.single() else { return };
    if !shown.is_changed() && !added.is_added() && !mission.is_changed() {
        return;
    }
    for mut visibility in &mut hint {
        *visibility = Visibility::Hidden;
    }
    redraw.frames(3);
    commands.entity(grid).despawn_related::<Children>();
    let map = pupil_map(&levels, &saved, &mission);
    let Some(world) = map.worlds().into_iter().find(|w| Some(&w.id) == shown.0.as_ref()) else { return };
    commands.entity(grid).with_children(|row| {
        // Numbered as the player's map shows them: levels out of their band leave no gap.
        for (number, level) in map.levels(world).into_iter().enumerate() {
            let unlocked = level_opens(&levels, &saved, &mission, &level.id);
            let locked_hint = if mission.locks() { "mission-locked-hint" } else { "map-locked-hint" };
            let stars = saved.progress().best_stars(&level.id);
            let button = LevelButton { id: level.id.clone(), unlocked, locked_hint };
            spawn_level_button(row, &icons, number as u32 + 1, button, &level.title, stars);
        }
    });
}

fn spawn_level_button(
    row: &mut ChildSpawnerCommands,
    icons: &Icons,
    number: u32,
    button: LevelButton,
    title: &str,
    stars: u8,
) {
    let unlocked = button.unlocked;
    let status = if !unlocked {
        TextKey::new("level-status-locked")
    } else if stars == 0 {
        TextKey::new("level-status-new")
    } else {
        TextKey::new("level-status-stars").num("stars", stars)
    };
    let name = TextKey::new("map-level").num("number", number).msg("title", title.to_owned()).key("status", status);
    let look = if unlocked {
        ButtonLook::SECONDARY
    } else {
        ButtonLook { background: theme::DISABLED, text: theme::TEXT_DIM }
    };
    row.spawn((widgets::button_base(name, look), button))
        .insert(Node {
            // Room for the longest word of a title in every language ("overraskelsespræmie?").
            width: px(224),
            min_height: px(128),
            padding: UiRect::axes(px(4), px(12)),
            flex_direction: FlexDirection::Column,
            align_items: AlignItems::Center,
            justify_content: JustifyContent::SpaceBetween,
            row_gap: px(6),
            border_radius: BorderRadius::all(px(theme::RADIUS)),
            ..default()
        })
        .with_children(|card| {
            card.spawn(widgets::label(TextKey::literal(number.to_string()), theme::FONT_BODY + 4.0, look.text));
            card.spawn(widgets::label(TextKey::new(title.to_owned()), theme::FONT_SMALL, look.text));
            if unlocked {
                card.spawn(widgets::star_row(&icons.star, stars, 32.0));
            } else {
                card.spawn(widgets::icon(icons.lock.clone(), 32.0, theme::TEXT_DIM));
            }
        })
        .observe(open_level);
}

fn open_level(
    activate: On<Activate>,
    buttons: Query<&LevelButton>,
    mut hint: Query<(&mut Visibility, &mut Localized, &mut A11y), With<LockedHint>>,
    mut commands: Commands,
    mut next: ResMut<NextState<Screen>>,
    mut redraw: ResMut<crate::game::redraw::Redraw>,
) {
    let Ok(button) = buttons.get(activate.entity) else { return };
    if button.unlocked {
        commands.insert_resource(CurrentLevel(button.id.clone()));
        next.set(Screen::Level);
    } else {
        let reason = TextKey::new(button.locked_hint);
        for (mut visibility, mut text, mut a11y) in &mut hint {
            *visibility = Visibility::Inherited;
            text.set_if_neq(Localized(reason.clone()));
            if a11y.name != reason {
                a11y.name = reason.clone();
            }
        }
        redraw.frames(2);
    }
}
