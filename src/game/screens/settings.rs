//! A player's own settings, behind the gear on their home screen (no grown-up needed):
//! "Read everything to me" for pupils who do not read yet (`game::speech`), the robot's speed,
//! less movement (on by itself when the device asks for it), high contrast
//! (`game::ui::contrast`), the text size and more space between lines and letters
//! (`game::ui::reading`). Each choice is saved with the player at once
//! (`core::profiles::Settings`).

use super::{Screen, ScreenBody, just_entered, titled_screen};
use crate::core::profiles::Settings;
use crate::game::a11y::A11y;
use crate::game::i18n::TextKey;
use crate::game::platform::Platform;
use crate::game::progress::{Notice, TabletPlayers};
use crate::game::speech::Voices;
use crate::game::ui::icons::Icons;
use crate::game::ui::pointer::Activate;
use crate::game::ui::scroll::FullWidthWhenBig;
use crate::game::ui::widgets::{self, ButtonLook};
use crate::game::ui::{Responsive, theme};
use bevy::prelude::*;

pub(super) fn plugin(app: &mut App) {
    app.add_systems(OnEnter(Screen::Settings), spawn);
    app.add_systems(
        Update,
        draw.run_if(in_state(Screen::Settings))
            .run_if(resource_changed::<TabletPlayers>.or_eager(resource_changed::<Voices>).or_eager(just_entered)),
    );
}

fn spawn(mut commands: Commands, icons: Res<Icons>) {
    titled_screen(&mut commands, Screen::Settings, "settings-title", Screen::Title, &icons);
}

/// The settings as the player has them now.
fn draw(
    mut commands: Commands,
    body: Query<Entity, With<ScreenBody>>,
    players: Res<TabletPlayers>,
    voices: Res<Voices>,
    platform: Res<Platform>,
) {
    let Ok(body) = body.single() else { return };
    let settings = players.current().map(|p| p.settings).unwrap_or_default();
    let on = settings.read_everything;
    let calm = settings.calm(platform.host.reduces_motion());
    commands.entity(body).despawn_related::<Children>().with_children(|body| {
        body.spawn(Node {
            flex_direction: FlexDirection::Column,
            align_items: AlignItems::Center,
            width: percent(100),
            max_width: px(1100),
            row_gap: px(16),
            ..default()
        })
        .with_children(|column| {
            column.spawn(setting_row()).with_children(|row| {
                switch(row, "settings-read-everything", on).observe(toggle_read_everything);
                let no_voice = voices.current.is_none().then_some("settings-no-voice");
                about(row, ["settings-read-everything-about"].into_iter().chain(no_voice));
            });
            let speed = TextKey::new("settings-robot-speed").msg("speed", settings.robot_speed.message_id());
            column.spawn(setting_row()).with_children(|row| {
                setting_button(row, speed).observe(next_speed);
            });
            column.spawn(setting_row()).with_children(|row| {
                switch(row, "settings-calm", calm).observe(toggle_calm);
                about(row, ["settings-calm-about"]);
            });
            column.spawn(setting_row()).with_children(|row| {
                switch(row, "settings-contrast", settings.high_contrast).observe(toggle_contrast);
                about(row, ["settings-contrast-about"]);
            });
            let size = TextKey::new("settings-text-size").msg("size", settings.text_size.message_id());
            column.spawn(setting_row()).with_children(|row| {
                setting_button(row, size).observe(next_text_size);
                about(row, ["settings-text-size-about"]);
            });
            column.spawn(setting_row()).with_children(|row| {
                switch(row, "settings-more-space", settings.more_space).observe(toggle_more_space);
                about(row, ["settings-more-space-about"]);
            });
        });
    });
}

/// A switch and what it does: side by side on a tablet held sideways, one under the other
/// upright (so every setting fits the screen either way).
fn setting_row() -> impl Bundle {
    (
        Node { width: percent(100), column_gap: px(24), row_gap: px(8), align_items: AlignItems::Center, ..default() },
        Responsive::ROW_OR_COLUMN,
    )
}

/// The texts beside a switch, taking the rest of its row.
fn about(row: &mut ChildSpawnerCommands, ids: impl IntoIterator<Item = &'static str>) {
    let node =
        Node { flex_direction: FlexDirection::Column, flex_grow: 1.0, flex_basis: px(0), row_gap: px(4), ..default() };
    row.spawn(node).with_children(|texts| {
        for id in ids {
            texts.spawn(widgets::paragraph(TextKey::new(id), theme::FONT_BODY));
        }
    });
}

/// A setting's button, its name on it: a choice that goes round (robot speed, text size) as it
/// is, a switch with [`switch`].
fn setting_button<'a>(row: &'a mut ChildSpawnerCommands, key: TextKey) -> EntityCommands<'a> {
    let mut button = row.spawn((widgets::button_base(key.clone(), ButtonLook::SECONDARY), FullWidthWhenBig));
    button.insert(widgets::big_button_node(320.0, theme::MIN_TARGET)).with_child(wide_label(key));
    button
}

/// An on/off switch: `A11y::pressed` and its border say whether it is on.
fn switch<'a>(row: &'a mut ChildSpawnerCommands, id: &'static str, on: bool) -> EntityCommands<'a> {
    let key = TextKey::new(id);
    let border = if on { theme::HIGHLIGHT } else { theme::SECONDARY };
    let mut button = setting_button(row, key.clone());
    button.insert((A11y::toggle(key, on), BorderColor::all(border)));
    button
}

/// A button's label that takes the button's whole width when the text is bigger, so a long
/// one wraps inside it (`ui::scroll::FullWidthWhenBig`).
fn wide_label(key: TextKey) -> impl Bundle {
    (widgets::label(key, theme::FONT_BODY, ButtonLook::SECONDARY.text), FullWidthWhenBig)
}

fn toggle_read_everything(
    _: On<Activate>,
    players: ResMut<TabletPlayers>,
    platform: Res<Platform>,
    notice: ResMut<Notice>,
) {
    change(players, &platform, notice, |settings, _| settings.read_everything = !settings.read_everything);
}

fn next_speed(_: On<Activate>, players: ResMut<TabletPlayers>, platform: Res<Platform>, notice: ResMut<Notice>) {
    change(players, &platform, notice, |settings, _| settings.robot_speed = settings.robot_speed.next());
}

/// Less movement on or off: from then on the player's own choice, whatever the device asks.
fn toggle_calm(_: On<Activate>, players: ResMut<TabletPlayers>, platform: Res<Platform>, notice: ResMut<Notice>) {
    change(players, &platform, notice, |settings, device| settings.calm = Some(!settings.calm(device)));
}

/// High contrast on or off (`game::ui::contrast`).
fn toggle_contrast(_: On<Activate>, players: ResMut<TabletPlayers>, platform: Res<Platform>, notice: ResMut<Notice>) {
    let was = players.current().is_some_and(|p| p.settings.high_contrast);
    change(players, &platform, notice, |settings, _| settings.high_contrast = !was);
}

/// The next text size, up to twice the normal size and back (`game::ui::reading`).
fn next_text_size(_: On<Activate>, players: ResMut<TabletPlayers>, platform: Res<Platform>, notice: ResMut<Notice>) {
    change(players, &platform, notice, |settings, _| settings.text_size = settings.text_size.next());
}

/// More space between lines and letters on or off (`game::ui::reading`).
fn toggle_more_space(_: On<Activate>, players: ResMut<TabletPlayers>, platform: Res<Platform>, notice: ResMut<Notice>) {
    change(players, &platform, notice, |settings, _| settings.more_space = !settings.more_space);
}

/// Changes the current player's settings and saves them (a storage problem is shown).
fn change(
    mut players: ResMut<TabletPlayers>,
    platform: &Platform,
    mut notice: ResMut<Notice>,
    edit: impl FnOnce(&mut Settings, bool),
) {
    let device = platform.host.reduces_motion();
    if let Some(problem) = players.change_settings(platform.host.now_ms(), |settings| edit(settings, device)) {
        notice.0 = Some(problem);
    }
}
