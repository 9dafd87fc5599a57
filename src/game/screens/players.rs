//! "Who is playing?": a page of big picture buttons, one per player, then New player and the
//! grown-ups' door. A player with a picture password opens after it is tapped in (the
//! [`Secret`] screen, `secret.rs`).
//!
//! [`Secret`]: Screen::Secret

use super::Screen;
use super::player_edit::Draft;
use super::secret::{SecretEntry, SecretMode};
use crate::game::i18n::{Languages, TextKey};
use crate::game::platform::Platform;
use crate::game::progress::{Notice, TabletPlayers};
use crate::game::ui::icons::Icons;
use crate::game::ui::player::{avatar, nickname_key, spawn_pager};
use crate::game::ui::pointer::Activate;
use crate::game::ui::theme;
use crate::game::ui::widgets::{self, ButtonLook};
use bevy::prelude::*;

/// Players per page: four rows of three fit a tablet either way round.
const PER_PAGE: usize = 12;

/// Which page of players shows.
#[derive(Resource, Debug, Default, Clone, Copy, PartialEq, Eq)]
pub struct PlayersPage(pub usize);

/// A player's button on the picker.
#[derive(Component, Debug, Clone)]
struct PlayerButton(String);

/// The part of the screen that is drawn again when the players change.
#[derive(Component)]
struct Body;

pub(super) fn plugin(app: &mut App) {
    app.init_resource::<PlayersPage>();
    app.add_systems(OnEnter(Screen::Players), (leave_player, spawn).chain());
    app.add_systems(
        Update,
        draw_players
            .run_if(in_state(Screen::Players))
            .run_if(resource_changed::<PlayersPage>.or_eager(resource_changed::<TabletPlayers>)),
    );
}

/// Nobody plays on the picker; it speaks the tablet's language.
fn leave_player(mut saved: ResMut<TabletPlayers>, mut languages: Languages) {
    saved.select(None);
    languages.follow_device();
}

fn spawn(mut commands: Commands, platform: Res<Platform>) {
    let root = commands.spawn(widgets::screen_root(Screen::Players)).id();
    commands.entity(root).with_children(|screen| {
        screen.spawn(widgets::heading(TextKey::new("players-title"), theme::FONT_HEADING));
        screen.spawn((Body, widgets::redrawn_body()));
        if !platform.host.secure() {
            screen.spawn(widgets::paragraph(TextKey::new("offline-needs-https"), theme::FONT_SMALL));
        }
    });
}

fn draw_players(
    mut commands: Commands,
    body: Query<Entity, With<Body>>,
    saved: Res<TabletPlayers>,
    icons: Res<Icons>,
    mut page: ResMut<PlayersPage>,
) {
    let Ok(body) = body.single() else { return };
    let players = &saved.tablet.profiles;
    let pages = players.len().div_ceil(PER_PAGE).max(1);
    if page.0 >= pages {
        page.0 = pages - 1;
    }
    let shown = page.0;
    commands.entity(body).despawn_children().with_children(|body| {
        if players.is_empty() {
            body.spawn(widgets::paragraph(TextKey::new("players-empty"), theme::FONT_BODY));
        }
        body.spawn(Node {
            flex_wrap: FlexWrap::Wrap,
            justify_content: JustifyContent::Center,
            column_gap: px(16),
            row_gap: px(16),
            max_width: px(4.0 * 196.0),
            ..default()
        })
        .with_children(|grid| {
            for player in players.iter().skip(shown * PER_PAGE).take(PER_PAGE) {
                let name = nickname_key(&player.nickname);
                grid.spawn((
                    PlayerButton(player.id.clone()),
                    widgets::button_base(name.clone(), ButtonLook::SECONDARY),
                ))
                .insert(Node {
                    width: px(180),
                    min_height: px(136),
                    padding: UiRect::all(px(8)),
                    flex_direction: FlexDirection::Column,
                    align_items: AlignItems::Center,
                    justify_content: JustifyContent::Center,
                    row_gap: px(6),
                    border_radius: BorderRadius::all(px(theme::RADIUS)),
                    border: UiRect::all(px(3)),
                    ..default()
                })
                .with_children(|button| {
                    button.spawn(avatar(&icons, &player.avatar, 72.0));
                    button.spawn(widgets::label(name, theme::FONT_SMALL, theme::TEXT));
                })
                .observe(open_player);
            }
        });
        body.spawn(Node {
            column_gap: px(16),
            row_gap: px(12),
            flex_wrap: FlexWrap::Wrap,
            justify_content: JustifyContent::Center,
            align_items: AlignItems::Center,
            ..default()
        })
        .with_children(|row| {
            if pages > 1 {
                spawn_pager(row, &icons, shown, pages, |page: &mut PlayersPage| &mut page.0);
            }
            row.spawn(widgets::icon_button(icons.plus.clone(), TextKey::new("player-new"), ButtonLook::PRIMARY))
                .observe(new_player);
            row.spawn(widgets::icon_button(icons.lock.clone(), TextKey::new("grown-ups"), ButtonLook::SECONDARY))
                .observe(open_gate);
        });
    });
}

fn new_player(_: On<Activate>, mut commands: Commands, mut next: ResMut<NextState<Screen>>) {
    commands.remove_resource::<Draft>();
    next.set(Screen::EditPlayer);
}

fn open_gate(_: On<Activate>, mut next: ResMut<NextState<Screen>>) {
    next.set(Screen::AdultGate);
}

fn open_player(
    activate: On<Activate>,
    buttons: Query<&PlayerButton>,
    mut saved: ResMut<TabletPlayers>,
    mut languages: Languages,
    mut notice: ResMut<Notice>,
    mut commands: Commands,
    mut next: ResMut<NextState<Screen>>,
) {
    let Ok(PlayerButton(id)) = buttons.get(activate.entity) else { return };
    let id = id.clone();
    if let Some(screen) = open(&id, &mut saved, &mut languages, &mut notice, &mut commands) {
        next.set(screen);
    }
}

/// Opens player `id` as tapping their picture does: their picture password first when they
/// have one, else their home. The screen to show, or None when `id` is not on the tablet.
pub fn open(
    id: &str,
    saved: &mut TabletPlayers,
    languages: &mut Languages,
    notice: &mut Notice,
    commands: &mut Commands,
) -> Option<Screen> {
    let player = saved.tablet.get(id)?;
    if player.secret.is_some() {
        commands.insert_resource(SecretEntry::new(id, SecretMode::Open));
        Some(Screen::Secret)
    } else {
        start_playing(id, saved, languages, notice);
        Some(Screen::Title)
    }
}

/// Makes `id` the player and switches to their language.
pub fn start_playing(id: &str, saved: &mut TabletPlayers, languages: &mut Languages, notice: &mut Notice) {
    saved.select(Some(id));
    if let Some(problem) = languages.follow_player(saved) {
        notice.0 = Some(problem);
    }
}
