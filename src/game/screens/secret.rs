//! The picture password: tapping in the pictures that open a player, or choosing them (twice,
//! to be sure) for a new player or from a player's home. Three wrong tries suggest asking a
//! grown-up, who can reset it.

use super::Screen;
use super::players::start_playing;
use crate::core::profiles::{SECRET_LENGTH, SECRET_PICTURES};
use crate::game::a11y::A11y;
use crate::game::i18n::{Languages, TextKey};
use crate::game::platform::Platform;
use crate::game::progress::{Notice, TabletPlayers};
use crate::game::ui::icons::Icons;
use crate::game::ui::player::player_line;
use crate::game::ui::pointer::Activate;
use crate::game::ui::theme;
use crate::game::ui::widgets::{self, ButtonLook};
use bevy::prelude::*;

/// A picture-password screen in progress.
#[derive(Resource, Debug, Clone, PartialEq)]
pub struct SecretEntry {
    /// Whose password.
    pub id: String,
    pub mode: SecretMode,
    /// Pictures tapped so far.
    pub typed: Vec<&'static str>,
    /// Setting: the first round, waiting to be repeated.
    pub first: Option<Vec<&'static str>>,
    /// Opening: wrong tries so far.
    pub wrong: u32,
    /// The last thing to tell the pupil (a Fluent id).
    pub feedback: Option<&'static str>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SecretMode {
    /// Open a profile that has a password.
    Open,
    /// Choose a new password (twice, to be sure).
    Set,
}

impl SecretEntry {
    pub fn new(id: &str, mode: SecretMode) -> SecretEntry {
        SecretEntry { id: id.to_owned(), mode, typed: Vec::new(), first: None, wrong: 0, feedback: None }
    }
}

/// The part of the screen that is drawn again when the entry changes.
#[derive(Component)]
struct Body;

#[derive(Component)]
struct SecretPicture(&'static str);

pub(super) fn plugin(app: &mut App) {
    app.add_systems(OnEnter(Screen::Secret), spawn_secret);
    app.add_systems(
        Update,
        draw_secret.run_if(in_state(Screen::Secret)).run_if(resource_exists_and_changed::<SecretEntry>),
    );
}

fn spawn_secret(mut commands: Commands, icons: Res<Icons>) {
    let root = commands.spawn(widgets::screen_root(Screen::Secret)).id();
    commands.entity(root).with_children(|screen| {
        screen.spawn(widgets::top_bar()).with_children(|bar| {
            bar.spawn(widgets::back_button(icons.back.clone())).observe(super::back_home_or_to_players);
        });
        screen.spawn((Body, widgets::redrawn_body()));
    });
}

fn draw_secret(
    mut commands: Commands,
    body: Query<Entity, With<Body>>,
    entry: Res<SecretEntry>,
    saved: Res<TabletPlayers>,
    icons: Res<Icons>,
) {
    let Ok(body) = body.single() else { return };
    let Some(player) = saved.tablet.get(&entry.id) else { return };
    let title = match (entry.mode, &entry.first) {
        (SecretMode::Open, _) => "secret-open-title",
        (SecretMode::Set, None) => "secret-set-title",
        (SecretMode::Set, Some(_)) => "secret-confirm-title",
    };
    commands.entity(body).despawn_children().with_children(|body| {
        body.spawn(player_line(&icons, &player.avatar, &player.nickname, 64.0));
        body.spawn(widgets::heading(TextKey::new(title), theme::FONT_HEADING));
        // What has been tapped: a filled dot per picture (the pictures themselves stay hidden
        // from onlookers).
        let progress =
            TextKey::new("secret-progress").num("count", entry.typed.len() as u32).num("total", SECRET_LENGTH as u32);
        body.spawn((Node { column_gap: px(12), ..default() }, A11y::text(progress))).with_children(|dots| {
            for i in 0..SECRET_LENGTH {
                let colour = if i < entry.typed.len() { theme::HIGHLIGHT } else { theme::STAR_EMPTY };
                dots.spawn(widgets::icon(icons.dot.clone(), 32.0, colour));
            }
        });
        body.spawn(Node {
            display: Display::Grid,
            // As wide as the pictures' buttons, which grow with the player's text size.
            grid_template_columns: RepeatedGridTrack::auto(3),
            column_gap: px(12),
            row_gap: px(12),
            ..default()
        })
        .with_children(|grid| {
            for id in SECRET_PICTURES {
                grid.spawn((
                    SecretPicture(id),
                    widgets::button_base(TextKey::new(format!("picture-{id}")), ButtonLook::SECONDARY),
                ))
                .insert(widgets::big_button_node(104.0, 96.0))
                .with_children(|button| {
                    button.spawn(widgets::icon(icons.picture(id), 64.0, theme::TEXT));
                })
                .observe(tap_secret_picture);
            }
        });
        if let Some(feedback) = entry.feedback {
            body.spawn((
                widgets::label(TextKey::new(feedback), theme::FONT_BODY, theme::HIGHLIGHT),
                A11y::status(TextKey::new(feedback)),
            ));
        }
        if entry.mode == SecretMode::Set {
            let key = if player.secret.is_some() { "secret-remove" } else { "secret-skip" };
            body.spawn(widgets::button(TextKey::new(key), ButtonLook::SECONDARY)).observe(skip_or_remove_secret);
        }
    });
}

/// Setting: no password (a new player skips it; a player who has one removes it).
fn skip_or_remove_secret(
    _: On<Activate>,
    entry: Res<SecretEntry>,
    mut saved: ResMut<TabletPlayers>,
    platform: Res<Platform>,
    mut notice: ResMut<Notice>,
    mut next: ResMut<NextState<Screen>>,
) {
    if saved.tablet.get(&entry.id).is_some_and(|p| p.secret.is_some()) {
        if let Ok(Some(problem)) = saved.set_secret(&entry.id, None, platform.host.now_ms()) {
            notice.0 = Some(problem);
        }
    }
    next.set(Screen::Title);
}

fn tap_secret_picture(
    activate: On<Activate>,
    pictures: Query<&SecretPicture>,
    mut entry: ResMut<SecretEntry>,
    mut saved: ResMut<TabletPlayers>,
    mut languages: Languages,
    mut notice: ResMut<Notice>,
    platform: Res<Platform>,
    mut next: ResMut<NextState<Screen>>,
) {
    let Ok(SecretPicture(picture)) = pictures.get(activate.entity) else { return };
    entry.typed.push(picture);
    entry.feedback = None;
    if entry.typed.len() < SECRET_LENGTH {
        return;
    }
    let typed = std::mem::take(&mut entry.typed);
    match entry.mode {
        SecretMode::Open => {
            let opens = saved.tablet.get(&entry.id).is_some_and(|p| p.opens_with(&typed));
            if opens {
                let id = entry.id.clone();
                start_playing(&id, &mut saved, &mut languages, &mut notice);
                next.set(Screen::Title);
            } else {
                entry.wrong += 1;
                entry.feedback = Some(if entry.wrong >= 3 { "secret-ask-grown-up" } else { "secret-wrong" });
            }
        }
        SecretMode::Set => match entry.first.take() {
            None => entry.first = Some(typed),
            Some(first) if first == typed => {
                let secret = typed.iter().map(|p| (*p).to_owned()).collect();
                match saved.set_secret(&entry.id, Some(secret), platform.host.now_ms()) {
                    Ok(problem) => {
                        notice.0 = problem.or(notice.0);
                        next.set(Screen::Title);
                    }
                    Err(_) => entry.feedback = Some("secret-mismatch"),
                }
            }
            Some(_) => entry.feedback = Some("secret-mismatch"),
        },
    }
}
