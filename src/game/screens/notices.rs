//! Banners between levels: a storage notice (with "save to a file" when the tablet is full),
//! then a problem with the teacher's mission link, and "reload to update" when a new version
//! is waiting. None ever shows inside a level.

use super::Screen;
use crate::core::profiles::transfer::PicturePasswords;
use crate::core::progress::StorageNotice;
use crate::game::a11y::A11y;
use crate::game::i18n::TextKey;
use crate::game::mission::MissionNotice;
use crate::game::platform::Platform;
use crate::game::progress::{Notice, TabletPlayers};
use crate::game::ui::pointer::Activate;
use crate::game::ui::theme;
use crate::game::ui::widgets::{self, ButtonLook};
use bevy::prelude::*;

/// The storage notice banner (shown until dismissed).
#[derive(Component)]
pub struct NoticeBanner;

/// The "reload to update" offer.
#[derive(Component)]
struct UpdateOffer;

/// Screens between levels, where an update may be offered.
fn between_levels(screen: Option<Res<State<Screen>>>) -> bool {
    screen.is_some_and(|s| matches!(s.get(), Screen::Players | Screen::Title | Screen::Map | Screen::Result))
}

pub(super) fn plugin(app: &mut App) {
    for screen in [Screen::Players, Screen::Title, Screen::Map] {
        app.add_systems(OnEnter(screen), |platform: Res<Platform>| platform.host.check_for_update());
    }
    app.add_systems(Update, (offer_update.run_if(between_levels), show_notice));
}

/// Screens a storage notice may cover (a level never: it shows on the result after).
fn notice_allowed(screen: Screen) -> bool {
    !matches!(screen, Screen::Boot | Screen::Level)
}

/// Shows the storage notice, if any, else the mission notice, over whatever screen is open:
/// when a screen opens and whenever a notice changes (a save that failed on this very screen
/// is told at once).
fn show_notice(
    notice: Res<Notice>,
    mission_notice: Res<MissionNotice>,
    screen: Res<State<Screen>>,
    saved: Res<TabletPlayers>,
    banners: Query<Entity, With<NoticeBanner>>,
    mut commands: Commands,
) {
    if !notice.is_changed() && !mission_notice.is_changed() && !screen.is_changed() {
        return;
    }
    for banner in &banners {
        commands.entity(banner).despawn();
    }
    // Storage first: it may be about stars that could be lost.
    let (message, offer_file) = match (notice.0, mission_notice.0) {
        // Only a player's own stars may be offered as a file here: everyone's is the grown-ups'.
        (Some(shown), _) => (shown.message_id(), shown == StorageNotice::Full && saved.current().is_some()),
        (None, Some(id)) => (id, false),
        (None, None) => return,
    };
    if !notice_allowed(*screen.get()) {
        return;
    }
    commands
        .spawn((
            NoticeBanner,
            DespawnOnExit(*screen.get()),
            Node {
                position_type: PositionType::Absolute,
                bottom: px(16),
                left: px(16),
                right: px(16),
                padding: UiRect::all(px(16)),
                column_gap: px(16),
                align_items: AlignItems::Center,
                justify_content: JustifyContent::SpaceBetween,
                border_radius: BorderRadius::all(px(theme::RADIUS)),
                ..default()
            },
            BackgroundColor(theme::DANGER),
            GlobalZIndex(10),
        ))
        .with_children(|banner| {
            banner.spawn((
                widgets::label(TextKey::new(message), theme::FONT_BODY, theme::TEXT_DARK),
                A11y::status(TextKey::new(message)),
                Node { flex_shrink: 1.0, ..default() },
            ));
            if offer_file {
                // Nothing is lost yet: the results are in memory. Offer them as a file.
                banner
                    .spawn(widgets::button(TextKey::new("save-to-file"), ButtonLook::SECONDARY))
                    .observe(save_to_file);
            }
            banner.spawn(widgets::button(TextKey::new("notice-dismiss"), ButtonLook::PRIMARY)).observe(dismiss);
        });
}

/// Storage failed: the results are still in memory, offered as a file.
fn save_to_file(_: On<Activate>, saved: Res<TabletPlayers>, platform: Res<Platform>, mut notice: ResMut<Notice>) {
    notice.0 = save_own_file(&saved, &platform).err();
}

/// The notice shown goes; the other (if any) shows next.
fn dismiss(_: On<Activate>, mut notice: ResMut<Notice>, mut mission_notice: ResMut<MissionNotice>) {
    if notice.0.is_some() {
        notice.0 = None;
    } else {
        mission_notice.0 = None;
    }
}

/// Hands the current player's stars to the pupil as a file (without the picture password:
/// only a grown-up may put that in a file, on the grown-ups' screen).
pub fn save_own_file(saved: &TabletPlayers, platform: &Platform) -> Result<(), StorageNotice> {
    let player = saved.current().ok_or(StorageNotice::FileNotSaved)?;
    saved
        .save_to_file(platform.host.as_ref(), &[player.id.as_str()], PicturePasswords::LeaveOut)
        .map_err(|_| StorageNotice::FileNotSaved)
}

/// A new version is waiting: offer it, never in the middle of a level.
fn offer_update(
    platform: Res<Platform>,
    screen: Res<State<Screen>>,
    offers: Query<(), With<UpdateOffer>>,
    mut commands: Commands,
) {
    if !offers.is_empty() || !platform.host.update_ready() {
        return;
    }
    commands
        .spawn((
            UpdateOffer,
            DespawnOnExit(*screen.get()),
            Node { position_type: PositionType::Absolute, top: px(16), right: px(16), ..default() },
            GlobalZIndex(11),
        ))
        .with_children(|offer| {
            offer
                .spawn(widgets::button(TextKey::new("update-reload"), ButtonLook::PRIMARY))
                .observe(|_: On<Activate>, platform: Res<Platform>| platform.host.apply_update());
        });
}
