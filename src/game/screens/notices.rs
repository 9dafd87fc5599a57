//! Banners between levels: a storage notice (with "save to a file" when the tablet is full),
//! and "reload to update" when a new version is waiting. Neither ever shows inside a level.

use super::Screen;
use crate::core::profiles::transfer;
use crate::core::progress::StorageNotice;
use crate::game::a11y::A11y;
use crate::game::i18n::TextKey;
use crate::game::platform::Platform;
use crate::game::progress::{Notice, Saved};
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
    app.add_systems(Update, offer_update.run_if(between_levels));
}

/// Shows a storage notice with an OK button, on top of the screen.
pub fn spawn_notice(commands: &mut Commands, root: Entity, notice: Notice) {
    let Some(notice) = notice.0 else { return };
    commands.entity(root).with_children(|screen| {
        screen
            .spawn((
                NoticeBanner,
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
                    widgets::label(TextKey::new(notice.message_id()), theme::FONT_BODY, theme::TEXT),
                    A11y::status(TextKey::new(notice.message_id())),
                    Node { flex_shrink: 1.0, ..default() },
                ));
                if notice == StorageNotice::Full {
                    // Nothing is lost yet: the results are in memory. Offer them as a file.
                    banner.spawn(widgets::button(TextKey::new("save-to-file"), ButtonLook::SECONDARY)).observe(
                        |_: On<Activate>, saved: Res<Saved>, platform: Res<Platform>, mut notice: ResMut<Notice>| {
                            let ids: Vec<&str> = saved.current().map(|p| p.id.as_str()).into_iter().collect();
                            let now = platform.host.now_ms();
                            if platform.host.save_file(&transfer::file_name(now), &saved.export(&ids, now)).is_err() {
                                notice.0 = Some(StorageNotice::Full);
                            }
                        },
                    );
                }
                banner.spawn(widgets::button(TextKey::new("notice-dismiss"), ButtonLook::PRIMARY)).observe(
                    |_: On<Activate>,
                     mut notice: ResMut<Notice>,
                     banners: Query<Entity, With<NoticeBanner>>,
                     mut commands: Commands| {
                        notice.0 = None;
                        for banner in &banners {
                            commands.entity(banner).despawn();
                        }
                    },
                );
            });
    });
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
