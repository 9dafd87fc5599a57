//! "How old are you?": one step between a new player's name and picture and the offer of a
//! picture password. Two big buttons, Ages 7–9 and Ages 10–12: the pupil picks their own age
//! band, which decides which levels their map shows first (`core::level::pupil_map`).
//!
//! 12–14 is not offered here: it is the band with topics meant only for older pupils, so a
//! grown-up chooses it on the grown-ups' screen, behind the gate. A child tapping at random
//! can reach 10–12 at most, and every level of 7–9 and 10–12 is open to both anyway. Leaving
//! with Back chooses nothing: a band never chosen counts as 7–9 (`Profile::age_band`).

use super::Screen;
use super::secret::{SecretEntry, SecretMode};
use crate::core::level::AgeBand;
use crate::core::profiles::{BandChooser, PUPIL_BANDS};
use crate::game::i18n::TextKey;
use crate::game::platform::Platform;
use crate::game::progress::{Notice, TabletPlayers};
use crate::game::ui::icons::Icons;
use crate::game::ui::player::player_line;
use crate::game::ui::pointer::Activate;
use crate::game::ui::theme;
use crate::game::ui::widgets::{self, ButtonLook};
use bevy::prelude::*;

/// The new player whose age band is being chosen.
#[derive(Resource, Debug, Clone, PartialEq, Eq)]
pub struct AgeChoice {
    /// The player's id.
    pub id: String,
}

/// A band's button.
#[derive(Component, Debug, Clone, Copy)]
struct BandButton(AgeBand);

pub(super) fn plugin(app: &mut App) {
    app.add_systems(OnEnter(Screen::PlayerAge), spawn);
    app.add_systems(OnExit(Screen::PlayerAge), |mut commands: Commands| commands.remove_resource::<AgeChoice>());
}

fn spawn(mut commands: Commands, icons: Res<Icons>, choice: Option<Res<AgeChoice>>, saved: Res<TabletPlayers>) {
    let player = choice.and_then(|c| saved.tablet.get(&c.id));
    let root = commands.spawn(widgets::screen_root(Screen::PlayerAge)).id();
    commands.entity(root).with_children(|screen| {
        screen.spawn(widgets::top_bar()).with_children(|bar| {
            bar.spawn(widgets::back_button(icons.back.clone())).observe(super::back_home_or_to_players);
        });
        screen.spawn(widgets::redrawn_body()).with_children(|body| {
            if let Some(player) = player {
                body.spawn(player_line(&icons, &player.avatar, &player.nickname, 64.0));
            }
            body.spawn(widgets::heading(TextKey::new("player-age-title"), theme::FONT_HEADING));
            body.spawn(Node {
                column_gap: px(24),
                row_gap: px(24),
                flex_wrap: FlexWrap::Wrap,
                justify_content: JustifyContent::Center,
                ..default()
            })
            .with_children(|row| {
                for band in PUPIL_BANDS {
                    let name = TextKey::new(band.message_id());
                    row.spawn((BandButton(band), widgets::button_base(name.clone(), ButtonLook::PRIMARY)))
                        .insert(widgets::big_button_node(260.0, 140.0))
                        .with_children(|face| {
                            face.spawn(widgets::label(name, theme::FONT_HEADING, ButtonLook::PRIMARY.text));
                        })
                        .observe(choose_band);
                }
            });
            body.spawn(widgets::paragraph(TextKey::new("player-age-older"), theme::FONT_BODY))
                .insert(Node { max_width: px(640), ..default() });
        });
    });
}

/// The band is the pupil's: saved at once, then on to the picture password.
fn choose_band(
    activate: On<Activate>,
    buttons: Query<&BandButton>,
    choice: Option<Res<AgeChoice>>,
    mut saved: ResMut<TabletPlayers>,
    platform: Res<Platform>,
    mut notice: ResMut<Notice>,
    mut commands: Commands,
    mut next: ResMut<NextState<Screen>>,
) {
    let (Ok(BandButton(band)), Some(choice)) = (buttons.get(activate.entity), choice) else { return };
    // A pupil's band always passes core's check; a storage problem is told, and play goes on.
    if let Ok(Some(problem)) = saved.set_band(&choice.id, *band, BandChooser::Pupil, platform.host.now_ms()) {
        notice.0 = Some(problem);
    }
    // Inside a school's platform the platform signs the learner in: no picture password.
    if crate::game::package::in_package(&platform) {
        next.set(Screen::Title);
        return;
    }
    commands.insert_resource(SecretEntry::new(&choice.id, SecretMode::Set));
    next.set(Screen::Secret);
}
