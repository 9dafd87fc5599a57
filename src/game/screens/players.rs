//! "Who is playing?": a page of big picture buttons, one per player, then New player and the
//! grown-ups' door. A player with a picture password opens after it is tapped in ([`Secret`]
//! screen, also used to set one).
//!
//! [`Secret`]: Screen::Secret

use super::Screen;
use crate::core::profiles::{Avatar, Nickname, SECRET_LENGTH, SECRET_PICTURES};
use crate::game::a11y::A11y;
use crate::game::i18n::{LanguageChanged, TextKey, Texts, follow_player_language};
use crate::game::platform::Platform;
use crate::game::progress::{Notice, Saved};
use crate::game::ui::icons::Icons;
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

/// The part of a screen that is drawn again when its state changes.
#[derive(Component)]
struct Body;

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

/// A nickname in the current language: the adjective agrees with the animal's gender.
pub fn nickname_key(nickname: &Nickname) -> TextKey {
    let animal = format!("animal-{}", nickname.animal);
    TextKey::new("nickname")
        .key("adjective", TextKey::new(format!("adj-{}", nickname.adjective)).attr("gender", animal.clone(), "gender"))
        .msg("animal", animal)
}

/// The colour of an avatar colour id.
pub fn avatar_colour(id: &str) -> Color {
    match id {
        "red" => Color::srgb(0.93, 0.33, 0.31),
        "orange" => Color::srgb(0.97, 0.6, 0.2),
        "yellow" => Color::srgb(0.99, 0.85, 0.25),
        "green" => Color::srgb(0.4, 0.8, 0.38),
        "teal" => Color::srgb(0.25, 0.8, 0.78),
        "blue" => Color::srgb(0.35, 0.6, 1.0),
        "purple" => Color::srgb(0.72, 0.5, 0.98),
        "pink" => Color::srgb(0.98, 0.55, 0.8),
        _ => theme::TEXT,
    }
}

/// An avatar: the picture in its colour on a dark round tile.
pub fn avatar(icons: &Icons, avatar: &Avatar, size: f32) -> impl Bundle {
    (
        Node {
            width: px(size),
            height: px(size),
            padding: UiRect::all(px(size * 0.12)),
            border_radius: BorderRadius::all(percent(50)),
            ..default()
        },
        BackgroundColor(theme::BACKGROUND),
        children![(
            ImageNode::new(icons.picture(&avatar.picture)).with_color(avatar_colour(&avatar.colour)),
            Node { width: percent(100), height: percent(100), ..default() },
        )],
    )
}

pub(super) fn plugin(app: &mut App) {
    app.init_resource::<PlayersPage>();
    app.add_systems(OnEnter(Screen::Players), (leave_player, spawn).chain());
    app.add_systems(
        Update,
        draw_players
            .run_if(in_state(Screen::Players))
            .run_if(resource_changed::<PlayersPage>.or_eager(resource_changed::<Saved>)),
    );
    app.add_systems(OnEnter(Screen::Secret), spawn_secret);
    app.add_systems(
        Update,
        draw_secret.run_if(in_state(Screen::Secret)).run_if(resource_exists_and_changed::<SecretEntry>),
    );
}

/// Nobody plays on the picker; it speaks the tablet's language.
fn leave_player(
    mut saved: ResMut<Saved>,
    mut texts: ResMut<Texts>,
    platform: Res<Platform>,
    mut changed: MessageWriter<LanguageChanged>,
) {
    saved.select(None);
    let tag = texts.negotiate(&platform.languages);
    if texts.current() != tag && texts.set_language(&tag) {
        changed.write(LanguageChanged);
    }
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
    saved: Res<Saved>,
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
                .observe(|_: On<Activate>, mut commands: Commands, mut next: ResMut<NextState<Screen>>| {
                    commands.remove_resource::<super::player_edit::Draft>();
                    next.set(Screen::EditPlayer);
                });
            row.spawn(widgets::icon_button(icons.lock.clone(), TextKey::new("grown-ups"), ButtonLook::SECONDARY))
                .observe(|_: On<Activate>, mut next: ResMut<NextState<Screen>>| next.set(Screen::AdultGate));
        });
    });
}

/// Previous, "Page n of m", More: paging through players, where `page_of` finds the page
/// number the screen keeps in its resource `R`.
pub fn spawn_pager<R: Resource + Component<Mutability = bevy::ecs::component::Mutable>>(
    row: &mut ChildSpawnerCommands,
    icons: &Icons,
    shown: usize,
    pages: usize,
    page_of: fn(&mut R) -> &mut usize,
) {
    row.spawn(widgets::icon_button(icons.back.clone(), TextKey::new("players-previous"), ButtonLook::SECONDARY))
        .observe(move |_: On<Activate>, mut state: ResMut<R>| {
            let page = page_of(&mut *state);
            *page = page.saturating_sub(1);
        });
    row.spawn(widgets::paragraph(
        TextKey::new("players-page").num("page", shown as u32 + 1).num("pages", pages as u32),
        theme::FONT_SMALL,
    ));
    row.spawn(widgets::icon_button(icons.play.clone(), TextKey::new("players-next"), ButtonLook::SECONDARY)).observe(
        move |_: On<Activate>, mut state: ResMut<R>| {
            let page = page_of(&mut *state);
            *page = (*page + 1).min(pages - 1);
        },
    );
}

fn open_player(
    activate: On<Activate>,
    buttons: Query<&PlayerButton>,
    mut saved: ResMut<Saved>,
    mut texts: ResMut<Texts>,
    mut changed: MessageWriter<LanguageChanged>,
    mut notice: ResMut<Notice>,
    mut commands: Commands,
    mut next: ResMut<NextState<Screen>>,
) {
    let Ok(PlayerButton(id)) = buttons.get(activate.entity) else { return };
    let Some(player) = saved.tablet.get(id) else { return };
    if player.secret.is_some() {
        commands.insert_resource(SecretEntry::new(id, SecretMode::Open));
        next.set(Screen::Secret);
    } else {
        let id = id.clone();
        start_playing(&id, &mut saved, &mut texts, &mut changed, &mut notice);
        next.set(Screen::Title);
    }
}

/// Makes `id` the player and switches to their language.
pub fn start_playing(
    id: &str,
    saved: &mut Saved,
    texts: &mut Texts,
    changed: &mut MessageWriter<LanguageChanged>,
    notice: &mut Notice,
) {
    saved.select(Some(id));
    if let Some(problem) = follow_player_language(texts, saved, changed) {
        notice.0 = Some(problem);
    }
}

fn spawn_secret(mut commands: Commands, icons: Res<Icons>) {
    let root = commands.spawn(widgets::screen_root(Screen::Secret)).id();
    commands.entity(root).with_children(|screen| {
        screen.spawn(widgets::top_bar()).with_children(|bar| {
            bar.spawn(widgets::icon_button(icons.back.clone(), TextKey::new("back"), ButtonLook::SECONDARY)).observe(
                |_: On<Activate>, saved: Res<Saved>, mut next: ResMut<NextState<Screen>>| {
                    next.set(if saved.current().is_some() { Screen::Title } else { Screen::Players });
                },
            );
        });
        screen.spawn((Body, widgets::redrawn_body()));
    });
}

#[derive(Component)]
struct SecretPicture(&'static str);

fn draw_secret(
    mut commands: Commands,
    body: Query<Entity, With<Body>>,
    entry: Res<SecretEntry>,
    saved: Res<Saved>,
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
        body.spawn(Node { column_gap: px(16), align_items: AlignItems::Center, ..default() }).with_children(|who| {
            who.spawn(avatar(&icons, &player.avatar, 64.0));
            who.spawn(widgets::label(nickname_key(&player.nickname), theme::FONT_BODY, theme::TEXT));
        });
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
            grid_template_columns: RepeatedGridTrack::px(3, 104.0),
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
            body.spawn(widgets::button(TextKey::new(key), ButtonLook::SECONDARY)).observe(
                |_: On<Activate>,
                 entry: Res<SecretEntry>,
                 mut saved: ResMut<Saved>,
                 platform: Res<Platform>,
                 mut notice: ResMut<Notice>,
                 mut next: ResMut<NextState<Screen>>| {
                    if saved.tablet.get(&entry.id).is_some_and(|p| p.secret.is_some()) {
                        if let Ok(Some(problem)) = saved.set_secret(&entry.id, None, platform.host.now_ms()) {
                            notice.0 = Some(problem);
                        }
                    }
                    next.set(Screen::Title);
                },
            );
        }
    });
}

fn tap_secret_picture(
    activate: On<Activate>,
    pictures: Query<&SecretPicture>,
    mut entry: ResMut<SecretEntry>,
    mut saved: ResMut<Saved>,
    mut texts: ResMut<Texts>,
    mut changed: MessageWriter<LanguageChanged>,
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
                start_playing(&id, &mut saved, &mut texts, &mut changed, &mut notice);
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
