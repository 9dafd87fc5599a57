//! The grown-ups' screen (behind the question of `adult_gate.rs`): save players to a file and
//! bring them from one (moving pupils between tablets), delete a player, reset a forgotten
//! picture password, choose a player's age band (the only place 12–14 can be chosen: see
//! `player_age.rs`), remove today's mission (a locked one would otherwise keep the pupils to
//! its levels until the next link), clear the tablet. Deleting and clearing ask for a second
//! tap. Files leave picture passwords out unless the grown-up switches them on, for this visit
//! only (`transfer::PicturePasswords`).

use super::{Screen, ScreenBody, titled_screen};
use crate::core::class::Assignment;
use crate::core::level::AgeBand;
use crate::core::profiles::transfer::{self, PicturePasswords};
use crate::core::profiles::{BandChooser, ProfileError};
use crate::core::progress::StorageNotice;
use crate::game::a11y::A11y;
use crate::game::catalog::Levels;
use crate::game::i18n::TextKey;
use crate::game::mission::{self, Mission};
use crate::game::platform::{PickError, Platform};
use crate::game::progress::{Notice, TabletPlayers};
use crate::game::ui::icons::Icons;
use crate::game::ui::player::{avatar, nickname_key, spawn_pager};
use crate::game::ui::pointer::Activate;
use crate::game::ui::theme;
use crate::game::ui::widgets::{self, ButtonLook};
use bevy::prelude::*;

/// Players per page on the grown-ups' list.
const PER_PAGE: usize = 6;

/// The grown-ups' screen: which page, which action waits for its second tap, the last thing
/// to report, and whether files made now carry picture passwords.
#[derive(Resource, Debug, Default, Clone, PartialEq)]
struct Manage {
    page: usize,
    confirm: Option<Confirm>,
    report: Option<TextKey>,
    passwords: PicturePasswords,
}

#[derive(Debug, Clone, PartialEq)]
enum Confirm {
    Delete(String),
    Clear,
}

/// A button acting on one player.
#[derive(Component, Debug, Clone)]
struct OnPlayer(String);

pub(super) fn plugin(app: &mut App) {
    app.add_systems(OnEnter(Screen::Adults), spawn_adults);
    app.add_systems(
        Update,
        (
            receive_file,
            draw_adults.run_if(
                resource_exists_and_changed::<Manage>
                    .or_eager(resource_changed::<TabletPlayers>)
                    .or_eager(resource_changed::<Mission>),
            ),
        )
            .chain()
            .run_if(in_state(Screen::Adults)),
    );
}

/// Each visit starts on the first page, with nothing to confirm or report.
fn spawn_adults(mut commands: Commands, icons: Res<Icons>) {
    commands.insert_resource(Manage::default());
    titled_screen(&mut commands, Screen::Adults, "adults-title", Screen::Players, &icons);
}

fn save_file(platform: &Platform, saved: &TabletPlayers, ids: &[&str], passwords: PicturePasswords) -> TextKey {
    match saved.save_to_file(platform.host.as_ref(), ids, passwords) {
        Ok(()) => TextKey::new("adults-saved")
            .num("count", if ids.is_empty() { saved.tablet.profiles.len() } else { ids.len() } as u32),
        Err(_) => TextKey::new("adults-save-failed"),
    }
}

fn draw_adults(
    mut commands: Commands,
    body: Query<Entity, With<ScreenBody>>,
    saved: Res<TabletPlayers>,
    icons: Res<Icons>,
    platform: Res<Platform>,
    mission: Res<Mission>,
    mut manage: ResMut<Manage>,
) {
    let Ok(body) = body.single() else { return };
    let players = &saved.tablet.profiles;
    let pages = players.len().div_ceil(PER_PAGE).max(1);
    if manage.page >= pages {
        manage.page = pages - 1;
    }
    let page = manage.page;
    commands.entity(body).despawn_children().with_children(|body| {
        body.spawn(Node {
            column_gap: px(12),
            row_gap: px(12),
            flex_wrap: FlexWrap::Wrap,
            justify_content: JustifyContent::Center,
            ..default()
        })
        .with_children(|row| {
            row.spawn(widgets::button(TextKey::new("adults-save-all"), ButtonLook::PRIMARY)).observe(save_all);
            row.spawn(widgets::button(TextKey::new("adults-bring"), ButtonLook::PRIMARY)).observe(bring_players);
            row.spawn(widgets::icon_button(
                icons.speaker.clone(),
                TextKey::new("adults-voices-open"),
                ButtonLook::SECONDARY,
            ))
            .observe(|_: On<Activate>, mut next: ResMut<NextState<Screen>>| next.set(Screen::Voices));
            if let Some(assignment) = &mission.0 {
                let class = TextKey::literal(assignment.class_name.clone());
                row.spawn(widgets::button(TextKey::new("mission-remove").key("class", class), ButtonLook::SECONDARY))
                    .observe(remove_mission);
            }
            let clear = if manage.confirm == Some(Confirm::Clear) {
                TextKey::new("adults-clear-confirm").num("count", players.len() as u32)
            } else {
                TextKey::new("adults-clear")
            };
            row.spawn(widgets::button(clear, ButtonLook::DANGER)).observe(clear_tablet);
        });
        spawn_password_choice(body, &icons, manage.passwords);
        if let Some(report) = &manage.report {
            body.spawn((
                widgets::label(report.clone(), theme::FONT_BODY, theme::HIGHLIGHT),
                A11y::status(report.clone()),
            ));
        }
        for player in players.iter().skip(page * PER_PAGE).take(PER_PAGE) {
            let name = nickname_key(&player.nickname);
            // A row wraps its buttons under the name where the screen is narrow (a portrait tablet).
            body.spawn(Node {
                column_gap: px(12),
                row_gap: px(8),
                flex_wrap: FlexWrap::Wrap,
                max_width: percent(100),
                align_items: AlignItems::Center,
                padding: UiRect::axes(px(12), px(4)),
                border_radius: BorderRadius::all(px(theme::RADIUS)),
                ..default()
            })
            .insert(BackgroundColor(theme::PANEL))
            .with_children(|row| {
                row.spawn(avatar(&icons, &player.avatar, 48.0));
                let summary = TextKey::new("adults-player").key("name", name.clone()).num("stars", player.stars());
                row.spawn((
                    widgets::label(summary.clone(), theme::FONT_SMALL, theme::TEXT),
                    A11y::text(summary),
                    // One line, as wide as the name and stars (a nickname is two short words):
                    // the buttons wrap under it. Wrapped in a row, a label gets the height of
                    // one line however many it draws (Bevy 0.19's text measure).
                    Node { min_width: px(220), ..default() },
                ))
                .insert(TextLayout::new(Justify::Center, LineBreak::NoWrap));
                // The band as its face; the name says whose it is, for a screen reader.
                let band = band_key(player.band);
                row.spawn((OnPlayer(player.id.clone()), widgets::button(band.clone(), ButtonLook::SECONDARY)))
                    .insert(A11y::button(TextKey::new("adults-band").key("name", name.clone()).key("band", band)))
                    .observe(change_band);
                row.spawn((
                    OnPlayer(player.id.clone()),
                    widgets::button(TextKey::new("adults-save-one").key("name", name.clone()), ButtonLook::SECONDARY),
                ))
                .observe(save_one);
                if player.secret.is_some() {
                    row.spawn((
                        OnPlayer(player.id.clone()),
                        widgets::button(
                            TextKey::new("adults-reset-secret").key("name", name.clone()),
                            ButtonLook::SECONDARY,
                        ),
                    ))
                    .observe(reset_secret);
                }
                let confirming = manage.confirm == Some(Confirm::Delete(player.id.clone()));
                let delete = TextKey::new(if confirming { "adults-delete-confirm" } else { "adults-delete" })
                    .key("name", name.clone());
                row.spawn((OnPlayer(player.id.clone()), widgets::button(delete, ButtonLook::DANGER)))
                    .observe(delete_player);
            });
        }
        if pages > 1 {
            body.spawn(Node { column_gap: px(16), align_items: AlignItems::Center, ..default() })
                .with_children(|row| spawn_pager(row, &icons, page, pages, |manage: &mut Manage| &mut manage.page));
        }
        body.spawn(widgets::paragraph(TextKey::new("adults-band-help"), theme::FONT_SMALL));
        let help = if platform.host.secure() { "adults-help" } else { "adults-help-insecure" };
        body.spawn(widgets::paragraph(TextKey::new(help), theme::FONT_SMALL));
    });
}

/// The choice whether files carry picture passwords: a toggle that says what it does, and a
/// line that says what the next file will hold.
fn spawn_password_choice(body: &mut ChildSpawnerCommands, icons: &Icons, passwords: PicturePasswords) {
    let included = passwords == PicturePasswords::Include;
    let name = TextKey::new("adults-include-secrets");
    let mut toggle = if included {
        body.spawn(widgets::icon_button(icons.check.clone(), name.clone(), ButtonLook::PRIMARY))
    } else {
        body.spawn(widgets::button(name.clone(), ButtonLook::SECONDARY))
    };
    toggle.insert(A11y::toggle(name, included)).observe(toggle_passwords);
    // Under the toggle, not beside it in a wrapping row: there a sentence that wraps gets the
    // height of one line however many it draws (Bevy 0.19's text measure), and lies over the
    // row below.
    let state = TextKey::new(if included { "adults-secrets-included" } else { "adults-secrets-left-out" });
    body.spawn((
        widgets::label(state.clone(), theme::FONT_SMALL, theme::TEXT),
        A11y::text(state),
        Node { max_width: px(520), ..default() },
    ));
}

fn toggle_passwords(_: On<Activate>, mut manage: ResMut<Manage>) {
    manage.passwords = match manage.passwords {
        PicturePasswords::LeaveOut => PicturePasswords::Include,
        PicturePasswords::Include => PicturePasswords::LeaveOut,
    };
    manage.confirm = None;
}

fn save_all(_: On<Activate>, saved: Res<TabletPlayers>, platform: Res<Platform>, mut manage: ResMut<Manage>) {
    manage.report = Some(save_file(&platform, &saved, &[], manage.passwords));
    manage.confirm = None;
}

/// Opens the file picker; the file arrives in [`receive_file`].
fn bring_players(_: On<Activate>, platform: Res<Platform>, mut manage: ResMut<Manage>) {
    platform.host.pick_file();
    manage.confirm = None;
}

fn remove_mission(
    _: On<Activate>,
    mut saved: ResMut<TabletPlayers>,
    mut mission: ResMut<Mission>,
    mut manage: ResMut<Manage>,
    mut notice: ResMut<Notice>,
) {
    manage.confirm = None;
    match mission::remove(&mut saved, &mut mission) {
        None => manage.report = Some(TextKey::new("mission-removed")),
        Some(problem) => notice.0 = Some(problem),
    }
}

/// The first tap asks to confirm; the second removes every player (and the mission).
fn clear_tablet(
    _: On<Activate>,
    mut saved: ResMut<TabletPlayers>,
    mut mission: ResMut<Mission>,
    mut manage: ResMut<Manage>,
    mut notice: ResMut<Notice>,
) {
    if manage.confirm == Some(Confirm::Clear) {
        manage.confirm = None;
        match saved.clear() {
            None => {
                // The mission was stored with everything else.
                mission.0 = None;
                manage.report = Some(TextKey::new("adults-cleared"));
            }
            Some(problem) => notice.0 = Some(problem),
        }
    } else {
        manage.confirm = Some(Confirm::Clear);
    }
}

fn save_one(
    activate: On<Activate>,
    who: Query<&OnPlayer>,
    saved: Res<TabletPlayers>,
    platform: Res<Platform>,
    mut manage: ResMut<Manage>,
) {
    if let Ok(OnPlayer(id)) = who.get(activate.entity) {
        manage.report = Some(save_file(&platform, &saved, &[id.as_str()], manage.passwords));
    }
}

fn reset_secret(
    activate: On<Activate>,
    who: Query<&OnPlayer>,
    mut saved: ResMut<TabletPlayers>,
    platform: Res<Platform>,
    mut manage: ResMut<Manage>,
    mut notice: ResMut<Notice>,
) {
    let Ok(OnPlayer(id)) = who.get(activate.entity) else { return };
    let result = saved.set_secret(id, None, platform.host.now_ms());
    report_change(result, id, &saved, &mut manage, &mut notice, |name| {
        TextKey::new("adults-secret-reset").key("name", name)
    });
}

/// After a setter of `TabletPlayers` changed player `id`: a storage problem goes to the
/// banner, and the report names the player (`report` words it) or says why nothing changed.
fn report_change(
    result: Result<Option<StorageNotice>, ProfileError>,
    id: &str,
    saved: &TabletPlayers,
    manage: &mut Manage,
    notice: &mut Notice,
    report: impl FnOnce(TextKey) -> TextKey,
) {
    match result {
        Ok(problem) => {
            notice.0 = problem.or(notice.0.take());
            manage.report = saved.tablet.get(id).map(|p| report(nickname_key(&p.nickname)));
        }
        Err(error) => manage.report = Some(TextKey::new(error.message_id())),
    }
}

/// A player's age band as shown: its label, or "not chosen" (which counts as 7–9).
fn band_key(band: Option<AgeBand>) -> TextKey {
    band.map_or_else(|| TextKey::new("adults-band-unset"), |band| TextKey::new(band.message_id()))
}

/// The band after `band` on a tap: not chosen → 7–9 → 10–12 → 12–14 → 7–9.
fn next_band(band: Option<AgeBand>) -> AgeBand {
    match band {
        None => AgeBand::Young,
        Some(band) => {
            let at = AgeBand::ALL.iter().position(|b| *b == band).unwrap_or(0);
            AgeBand::ALL[(at + 1) % AgeBand::ALL.len()]
        }
    }
}

/// Each tap moves the player to the next band, saved at once.
fn change_band(
    activate: On<Activate>,
    who: Query<&OnPlayer>,
    mut saved: ResMut<TabletPlayers>,
    platform: Res<Platform>,
    mut manage: ResMut<Manage>,
    mut notice: ResMut<Notice>,
) {
    let Ok(OnPlayer(id)) = who.get(activate.entity) else { return };
    manage.confirm = None;
    let Some(player) = saved.tablet.get(id) else { return };
    let band = next_band(player.band);
    let result = saved.set_band(id, band, BandChooser::GrownUp, platform.host.now_ms());
    report_change(result, id, &saved, &mut manage, &mut notice, |name| {
        TextKey::new("adults-band-changed").key("name", name).key("band", band_key(Some(band)))
    });
}

/// The first tap asks to confirm; the second deletes the player.
fn delete_player(
    activate: On<Activate>,
    who: Query<&OnPlayer>,
    mut saved: ResMut<TabletPlayers>,
    mut manage: ResMut<Manage>,
    mut notice: ResMut<Notice>,
) {
    let Ok(OnPlayer(id)) = who.get(activate.entity) else { return };
    let id = id.clone();
    if manage.confirm == Some(Confirm::Delete(id.clone())) {
        manage.confirm = None;
        let name = saved.tablet.get(&id).map(|p| nickname_key(&p.nickname));
        match saved.remove(&id) {
            None => manage.report = name.map(|n| TextKey::new("adults-deleted").key("name", n)),
            Some(problem) => notice.0 = Some(problem),
        }
    } else {
        manage.confirm = Some(Confirm::Delete(id));
    }
}

/// A file the grown-up picked: checked, then merged into the tablet.
fn receive_file(
    platform: Res<Platform>,
    levels: Res<Levels>,
    mut saved: ResMut<TabletPlayers>,
    mut mission: ResMut<Mission>,
    mut manage: ResMut<Manage>,
    mut notice: ResMut<Notice>,
) {
    let Some(picked) = platform.host.take_picked_file() else { return };
    let bytes = picked.map_err(|error| match error {
        PickError::TooLarge => transfer::ImportError::TooLarge,
        PickError::Unreadable => transfer::ImportError::Unreadable,
    });
    // The same limits the teacher's page reads pupils' files with, also for a player already
    // here and in the file together: a player moved here never makes a file it refuses.
    let known = |id: &str| levels.level(id).is_some();
    // A class's mission file (the teacher page's, for links too long for a QR code) opens here too.
    if let Ok(bytes) = &bytes
        && let Some(report) = take_mission_file(bytes, &mut saved, &mut mission, &mut notice, known)
    {
        manage.report = Some(report);
        return;
    }
    let profiles = bytes.and_then(|bytes| transfer::import(&bytes, known));
    let report = match profiles.and_then(|p| transfer::fits(&saved.tablet, &p, known).map(|()| p)) {
        Ok(profiles) => {
            let (merged, problem) = saved.merge(profiles);
            if problem.is_some() {
                notice.0 = problem;
            }
            TextKey::new("import-done")
                .num("added", merged.added as u32)
                .num("updated", merged.updated as u32)
                .num("refused", merged.refused as u32)
                .num("renamed", merged.renamed as u32)
        }
        Err(error) => TextKey::new(error.message_id()),
    };
    manage.report = Some(report);
}

/// A mission file (an assignment's JSON): `None` when the file is not one, so it is read as a
/// players file; otherwise what to report (taken, or why not).
fn take_mission_file(
    bytes: &[u8],
    saved: &mut TabletPlayers,
    mission: &mut Mission,
    notice: &mut Notice,
    known: impl Fn(&str) -> bool,
) -> Option<TextKey> {
    let is_mission = serde_json::from_slice::<serde_json::Value>(bytes)
        .is_ok_and(|value| value.get("v").is_some() && value.get("class_name").is_some());
    if !is_mission {
        return None;
    }
    Some(match Assignment::from_json(bytes, &known) {
        Ok(assignment) => {
            let class = TextKey::literal(assignment.class_name.clone());
            if let Some(problem) = mission::adopt(assignment, saved, mission, known) {
                notice.0 = Some(problem);
            }
            TextKey::new("mission-file-taken").key("class", class)
        }
        Err(error) => TextKey::new(error.message_id()),
    })
}
