//! The level map: every world with its levels, stars earned, and locks.

use super::{CurrentLevel, Levels, Screen};
use crate::game::a11y::A11y;
use crate::game::i18n::TextKey;
use crate::game::progress::{Notice, Saved};
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
}

/// The hint shown after tapping a locked level.
#[derive(Component)]
struct LockedHint;

pub(super) fn plugin(app: &mut App) {
    app.add_systems(OnEnter(Screen::Map), spawn);
}

fn spawn(mut commands: Commands, levels: Res<Levels>, saved: Res<Saved>, icons: Res<Icons>, notice: Res<Notice>) {
    let root = commands.spawn(widgets::screen_root(Screen::Map)).id();
    commands.entity(root).with_children(|screen| {
        screen.spawn(widgets::top_bar()).with_children(|bar| {
            bar.spawn(widgets::icon_button(icons.back.clone(), TextKey::new("back"), ButtonLook::SECONDARY))
                .observe(|_: On<Activate>, mut next: ResMut<NextState<Screen>>| next.set(Screen::Title));
            bar.spawn(widgets::heading(TextKey::new("map-title"), theme::FONT_HEADING));
        });
        screen
            .spawn(Node {
                width: percent(100),
                flex_direction: FlexDirection::Column,
                row_gap: px(20),
                overflow: Overflow::scroll_y(),
                flex_grow: 1.0,
                ..default()
            })
            .with_children(|list| {
                let mut number = 0;
                for world in levels.worlds() {
                    list.spawn(widgets::heading(TextKey::new(world.title.clone()), theme::FONT_BODY + 4.0))
                        .insert(Node { align_self: AlignSelf::FlexStart, ..default() });
                    list.spawn(Node { flex_wrap: FlexWrap::Wrap, column_gap: px(16), row_gap: px(16), ..default() })
                        .with_children(|row| {
                            for level in &world.levels {
                                number += 1;
                                let unlocked = levels.is_unlocked(&level.id, |id| saved.progress.is_completed(id));
                                let stars = saved.progress.best_stars(&level.id);
                                spawn_level_button(row, &icons, number, &level.id, &level.title, unlocked, stars);
                            }
                        });
                }
            });
        screen.spawn((
            LockedHint,
            widgets::label(TextKey::new("map-locked-hint"), theme::FONT_BODY, theme::TEXT),
            A11y::status(TextKey::new("map-locked-hint")),
            Visibility::Hidden,
        ));
    });
    crate::game::screens::title::spawn_notice(&mut commands, root, *notice);
}

fn spawn_level_button(
    row: &mut ChildSpawnerCommands,
    icons: &Icons,
    number: u32,
    id: &str,
    title: &str,
    unlocked: bool,
    stars: u8,
) {
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
    row.spawn((widgets::button_base(name, look), LevelButton { id: id.to_owned(), unlocked }))
        .insert(Node {
            width: px(220),
            min_height: px(150),
            padding: UiRect::all(px(12)),
            flex_direction: FlexDirection::Column,
            align_items: AlignItems::Center,
            justify_content: JustifyContent::SpaceBetween,
            row_gap: px(6),
            border_radius: BorderRadius::all(px(theme::RADIUS)),
            ..default()
        })
        .with_children(|card| {
            card.spawn(widgets::label(TextKey::literal(number.to_string()), theme::FONT_HEADING, look.text));
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
    mut hint: Query<&mut Visibility, With<LockedHint>>,
    mut commands: Commands,
    mut next: ResMut<NextState<Screen>>,
    mut redraw: ResMut<crate::game::redraw::Redraw>,
) {
    let Ok(button) = buttons.get(activate.entity) else { return };
    if button.unlocked {
        commands.insert_resource(CurrentLevel(button.id.clone()));
        next.set(Screen::Level);
    } else {
        for mut visibility in &mut hint {
            *visibility = Visibility::Inherited;
        }
        redraw.frames(2);
    }
}
