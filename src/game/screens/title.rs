//! The player's home: who is playing, Play, today's mission (when the teacher's link brought
//! one), the language picker, changing one's name, picture or picture password, saving one's
//! stars to a file, sending them to the teacher, and any storage notice.

use super::{CurrentLevel, Screen};
use crate::game::a11y::A11y;
use crate::game::catalog::Levels;
use crate::game::i18n::TextKey;
use crate::game::mission::Mission;
use crate::game::package;
use crate::game::platform::Platform;
use crate::game::progress::{Notice, TabletPlayers};
use crate::game::screens::notices::save_own_file;
use crate::game::screens::player_edit::Draft;
use crate::game::screens::secret::{SecretEntry, SecretMode};
use crate::game::ui::icons::Icons;
use crate::game::ui::player::{avatar, nickname_key};
use crate::game::ui::pointer::Activate;
use crate::game::ui::scroll::FullWidthWhenBig;
use crate::game::ui::widgets::{self, ButtonLook};
use crate::game::ui::{Orientation, Responsive, ResponsiveWidth, theme};
use bevy::prelude::*;

/// Mission levels per page: three rows of two beside the rest of the home screen in
/// landscape, two rows below it in portrait.
fn mission_per_page(orientation: Orientation) -> usize {
    match orientation {
        Orientation::Landscape => 6,
        Orientation::Portrait => 4,
    }
}

/// Where today's mission is drawn (again whenever it changes).
#[derive(Component)]
struct MissionPanel;

/// A mission level's button: opens the level directly.
#[derive(Component, Debug, Clone)]
struct MissionLevel(String);

/// Which page of mission levels shows.
#[derive(Resource, Debug, Default, Clone, Copy, PartialEq, Eq)]
struct MissionPage(usize);

pub(super) fn plugin(app: &mut App) {
    app.init_resource::<MissionPage>();
    app.add_systems(OnEnter(Screen::Title), spawn);
    app.add_systems(
        Update,
        (draw_mission.run_if(
            resource_changed::<Mission>
                // A new mission's made levels join the course a frame later (mission::show_made).
                .or_eager(resource_changed::<Levels>)
                .or_eager(resource_changed::<MissionPage>)
                .or_eager(resource_changed::<Orientation>)
                .or_eager(|added: Query<(), Added<MissionPanel>>| !added.is_empty()),
        ),)
            .run_if(in_state(Screen::Title)),
    );
}

fn spawn(mut commands: Commands, icons: Res<Icons>, saved: Res<TabletPlayers>, platform: Res<Platform>) {
    let packaged = package::in_package(&platform);
    let root = commands.spawn(widgets::centered_screen_root(Screen::Title, 20.0)).id();
    commands.entity(root).with_children(|screen| {
        screen.spawn(widgets::heading(TextKey::new("app-title"), theme::FONT_TITLE));
        // Today's mission sits beside the rest in landscape and below it in portrait.
        screen
            .spawn((
                Responsive::ROW_OR_COLUMN,
                // Never wider than the screen: bigger text wraps instead (`ui::reading`), at
                // the screen's width, known all the way down to the greeting.
                FullWidthWhenBig,
                Node {
                    align_items: AlignItems::Center,
                    max_width: percent(100),
                    column_gap: px(40),
                    row_gap: px(20),
                    ..default()
                },
            ))
            .with_children(|columns| {
                columns
                    .spawn((
                        FullWidthWhenBig,
                        Node {
                            flex_direction: FlexDirection::Column,
                            align_items: AlignItems::Center,
                            max_width: percent(100),
                            row_gap: px(20),
                            ..default()
                        },
                    ))
                    .with_children(|screen| spawn_home(screen, &icons, &saved, packaged));
                columns.spawn((
                    MissionPanel,
                    FullWidthWhenBig,
                    Node {
                        flex_direction: FlexDirection::Column,
                        align_items: AlignItems::Center,
                        max_width: percent(100),
                        row_gap: px(12),
                        display: Display::None,
                        ..default()
                    },
                ));
            });
    });
}

/// Who plays, Play, the language picker and the player's own buttons.
/// `packaged`: inside a school's platform, where the learner is the only player and the
/// platform collects results (no player change, no picture password, no sending to a teacher).
fn spawn_home(screen: &mut ChildSpawnerCommands, icons: &Icons, saved: &TabletPlayers, packaged: bool) {
    if let Some(player) = saved.current() {
        let row = Node {
            column_gap: px(16),
            row_gap: px(8),
            align_items: AlignItems::Center,
            justify_content: JustifyContent::Center,
            flex_wrap: FlexWrap::Wrap,
            max_width: percent(100),
            ..default()
        };
        screen.spawn((row, FullWidthWhenBig)).with_children(|who| {
            who.spawn(avatar(icons, &player.avatar, 72.0));
            // Under the picture, across the screen, when the text is bigger (a text that has to
            // shrink to fit beside it would get the height of fewer lines than it draws: Bevy
            // 0.19's text measure).
            who.spawn((
                widgets::paragraph(
                    TextKey::new("title-hello").key("name", nickname_key(&player.nickname)),
                    theme::FONT_HEADING,
                ),
                FullWidthWhenBig,
            ));
        });
    }
    screen
        .spawn(widgets::icon_button(icons.play.clone(), TextKey::new("title-play"), ButtonLook::PRIMARY))
        .insert(widgets::big_button_node(240.0, 88.0))
        .observe(|_: On<Activate>, mut next: ResMut<NextState<Screen>>| next.set(Screen::Map));
    // One button naming the language in use (in itself); the Language screen lists them all.
    // (`language-name` is each language's own name, so the button follows a switch.)
    let language = TextKey::new("language-name");
    screen.spawn(widgets::label(TextKey::new("language-picker"), theme::FONT_SMALL, theme::TEXT_DIM));
    screen
        .spawn(widgets::button(language.clone(), ButtonLook::SECONDARY))
        .insert(A11y::button(TextKey::new("language-open").key("language", language)))
        .observe(|_: On<Activate>, mut next: ResMut<NextState<Screen>>| next.set(Screen::Language));
    screen
        .spawn((
            // Wraps rather than growing past a landscape screen's edge when today's mission
            // stands beside it (a definite width there: see ResponsiveWidth).
            ResponsiveWidth { landscape: px(720), portrait: Val::Auto },
            Node {
                flex_wrap: FlexWrap::Wrap,
                max_width: px(720),
                justify_content: JustifyContent::Center,
                column_gap: px(12),
                row_gap: px(12),
                ..default()
            },
        ))
        .with_children(|row| {
            if !packaged {
                row.spawn(widgets::icon_button(
                    icons.back.clone(),
                    TextKey::new("title-change-player"),
                    ButtonLook::SECONDARY,
                ))
                .observe(|_: On<Activate>, mut next: ResMut<NextState<Screen>>| next.set(Screen::Players));
            }
            row.spawn(widgets::button(TextKey::new("title-edit-me"), ButtonLook::SECONDARY)).observe(edit_me);
            if !packaged {
                row.spawn(widgets::icon_button(
                    icons.lock.clone(),
                    TextKey::new("title-password"),
                    ButtonLook::SECONDARY,
                ))
                .observe(set_my_secret);
            }
            row.spawn(widgets::button(TextKey::new("title-save-file"), ButtonLook::SECONDARY)).observe(save_my_file);
            if !packaged {
                row.spawn(widgets::button(TextKey::new("send-to-teacher"), ButtonLook::SECONDARY))
                    .observe(|_: On<Activate>, mut next: ResMut<NextState<Screen>>| next.set(Screen::Send));
            }
            row.spawn(widgets::icon_button(icons.gear.clone(), TextKey::new("settings-open"), ButtonLook::SECONDARY))
                .observe(|_: On<Activate>, mut next: ResMut<NextState<Screen>>| next.set(Screen::Settings));
        });
}

/// Changing the player's own nickname and picture.
fn edit_me(_: On<Activate>, saved: Res<TabletPlayers>, mut commands: Commands, mut next: ResMut<NextState<Screen>>) {
    if let Some(draft) = saved.current().and_then(|p| Draft::editing(&saved, &p.id)) {
        commands.insert_resource(draft);
        next.set(Screen::EditPlayer);
    }
}

/// Choosing (or changing) the player's picture password.
fn set_my_secret(
    _: On<Activate>,
    saved: Res<TabletPlayers>,
    mut commands: Commands,
    mut next: ResMut<NextState<Screen>>,
) {
    if let Some(player) = saved.current() {
        commands.insert_resource(SecretEntry::new(&player.id, SecretMode::Set));
        next.set(Screen::Secret);
    }
}

/// The player's stars as a file (a full tablet shows why it failed).
fn save_my_file(_: On<Activate>, saved: Res<TabletPlayers>, platform: Res<Platform>, mut notice: ResMut<Notice>) {
    if let Err(problem) = save_own_file(&saved, &platform) {
        notice.0 = Some(problem);
    }
}

/// The width of a level's card under Today's mission, its padding and its border (px).
const MISSION_CARD: f32 = 220.0;
const CARD_PADDING: f32 = 10.0;
const CARD_BORDER: f32 = 3.0;

/// "Today's mission: 4B" and a big button per level of it, with the pupil's stars.
fn draw_mission(
    mut commands: Commands,
    mut panels: Query<(Entity, &mut Node), With<MissionPanel>>,
    (mission, levels, saved): (Res<Mission>, Res<Levels>, Res<TabletPlayers>),
    icons: Res<Icons>,
    orientation: Res<Orientation>,
    mut page: ResMut<MissionPage>,
) {
    let Ok((panel, mut node)) = panels.single_mut() else { return };
    let per_page = mission_per_page(*orientation);
    commands.entity(panel).despawn_children();
    let Some(assignment) = &mission.0 else {
        node.display = Display::None;
        return;
    };
    node.display = Display::Flex;
    let shown: Vec<_> = assignment.levels.iter().filter_map(|id| levels.level(id)).collect();
    let pages = shown.len().div_ceil(per_page).max(1);
    if page.0 >= pages {
        page.0 = pages - 1;
    }
    let first = page.0 * per_page;
    commands.entity(panel).with_children(|panel| {
        let class = TextKey::literal(assignment.class_name.clone());
        panel.spawn(widgets::heading(TextKey::new("mission-title").key("class", class), theme::FONT_HEADING));
        panel
            .spawn(Node {
                display: Display::Grid,
                grid_template_columns: RepeatedGridTrack::px(2, MISSION_CARD),
                // Rows as tall as their cards' words (auto rows come out a line short when
                // bigger titles wrap: Bevy 0.19's text measure).
                grid_auto_rows: vec![GridTrack::max_content()],
                column_gap: px(12),
                row_gap: px(12),
                ..default()
            })
            .with_children(|grid| {
                for level in shown.iter().skip(first).take(per_page) {
                    let stars = saved.progress().best_stars(&level.id);
                    let status = if stars == 0 {
                        TextKey::new("level-status-new")
                    } else {
                        TextKey::new("level-status-stars").num("stars", stars)
                    };
                    // A level the teacher made says so, and in which language it is written.
                    let made = assignment.made.iter().find(|m| m.id() == level.id).map(|m| {
                        TextKey::new("made-by-teacher-in")
                            .key("language", TextKey::literal(crate::game::i18n::language_name(&m.lang).to_owned()))
                    });
                    let status = match &made {
                        Some(made) => {
                            TextKey::new("mission-level-made").key("made", made.clone()).key("status", status)
                        }
                        None => status,
                    };
                    let name = TextKey::new("mission-level").msg("title", level.title.clone()).key("status", status);
                    grid.spawn((MissionLevel(level.id.clone()), widgets::button_base(name, ButtonLook::PRIMARY)))
                        .insert(Node {
                            min_height: px(96),
                            padding: UiRect::all(px(CARD_PADDING)),
                            flex_direction: FlexDirection::Column,
                            align_items: AlignItems::Center,
                            justify_content: JustifyContent::SpaceBetween,
                            row_gap: px(6),
                            border_radius: BorderRadius::all(px(theme::RADIUS)),
                            border: UiRect::all(px(CARD_BORDER)),
                            ..default()
                        })
                        .with_children(|card| {
                            let title = TextKey::new(level.title.clone());
                            // The width inside the card, known before the grid's rows are sized,
                            // so a title that wraps gets the height of all its lines (Bevy
                            // 0.19's text measure).
                            let inside = MISSION_CARD - 2.0 * (CARD_PADDING + CARD_BORDER);
                            card.spawn(widgets::label(title, theme::FONT_SMALL, ButtonLook::PRIMARY.text))
                                .insert(Node { width: px(inside), ..default() });
                            if let Some(made) = made {
                                card.spawn(widgets::label(made, theme::FONT_SMALL, ButtonLook::PRIMARY.text))
                                    .insert(Node { width: px(inside), ..default() });
                            }
                            card.spawn(widgets::star_row(&icons.star, stars, 28.0));
                        })
                        .observe(open_mission_level);
                }
            });
        if pages > 1 {
            let shown_page = page.0;
            // Arrows alone, either side of "1 / 2": with their names beside them the row is
            // wider than the panel in long languages.
            let look = ButtonLook::SECONDARY;
            panel.spawn(Node { column_gap: px(12), align_items: AlignItems::Center, ..default() }).with_children(
                |row| {
                    row.spawn(widgets::icon_only_button(icons.back.clone(), TextKey::new("mission-previous"), look))
                        .observe(|_: On<Activate>, mut page: ResMut<MissionPage>| page.0 = page.0.saturating_sub(1));
                    let of = TextKey::new("players-page").num("page", shown_page as u32 + 1).num("pages", pages as u32);
                    row.spawn(widgets::paragraph(of, theme::FONT_SMALL));
                    row.spawn(widgets::icon_only_button(icons.play.clone(), TextKey::new("mission-next"), look))
                        .observe(move |_: On<Activate>, mut page: ResMut<MissionPage>| {
                            page.0 = (page.0 + 1).min(pages - 1);
                        });
                },
            );
        }
    });
}

fn open_mission_level(
    activate: On<Activate>,
    buttons: Query<&MissionLevel>,
    mut commands: Commands,
    mut next: ResMut<NextState<Screen>>,
) {
    if let Ok(MissionLevel(id)) = buttons.get(activate.entity) {
        commands.insert_resource(CurrentLevel(id.clone()));
        next.set(Screen::Level);
    }
}
