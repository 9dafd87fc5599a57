//! The grown-ups' screens. First a question a young child cannot answer by chance
//! (`core::profiles::gate`), then: save players to a file and bring them from one (moving
//! pupils between tablets), delete a player, reset a forgotten picture password, remove
//! today's mission (a locked one would otherwise keep the pupils to its levels until the next
//! link), clear the tablet. Deleting and clearing ask for a second tap.

use super::Screen;
use super::players::{avatar, nickname_key, spawn_pager};
use crate::core::profiles::gate::AdultGate;
use crate::core::profiles::transfer;
use crate::game::a11y::A11y;
use crate::game::i18n::TextKey;
use crate::game::mission::{self, Mission};
use crate::game::platform::{PickError, Platform};
use crate::game::progress::{Notice, Saved};
use crate::game::ui::icons::Icons;
use crate::game::ui::pointer::Activate;
use crate::game::ui::theme;
use crate::game::ui::widgets::{self, ButtonLook};
use bevy::prelude::*;

/// Players per page on the grown-ups' list.
const PER_PAGE: usize = 6;

/// The gate's question and what has been typed.
#[derive(Resource, Debug, Clone)]
struct Gate {
    gate: AdultGate,
    wrong: bool,
}

/// The grown-ups' screen: which page, which action waits for its second tap, and the last
/// thing to report.
#[derive(Resource, Debug, Default, Clone, PartialEq)]
struct Manage {
    page: usize,
    confirm: Option<Confirm>,
    report: Option<TextKey>,
}

#[derive(Debug, Clone, PartialEq)]
enum Confirm {
    Delete(String),
    Clear,
}

#[derive(Component)]
struct Body;

#[derive(Component, Debug, Clone, Copy)]
struct Digit(u8);

/// A button acting on one player.
#[derive(Component, Debug, Clone)]
struct OnPlayer(String);

pub(super) fn plugin(app: &mut App) {
    app.add_systems(OnEnter(Screen::AdultGate), spawn_gate);
    app.add_systems(Update, draw_gate.run_if(in_state(Screen::AdultGate)).run_if(resource_exists_and_changed::<Gate>));
    app.add_systems(OnEnter(Screen::Adults), spawn_adults);
    app.add_systems(
        Update,
        (
            receive_file,
            draw_adults.run_if(
                resource_exists_and_changed::<Manage>
                    .or_eager(resource_changed::<Saved>)
                    .or_eager(resource_changed::<Mission>),
            ),
        )
            .chain()
            .run_if(in_state(Screen::Adults)),
    );
}

fn screen_body(commands: &mut Commands, screen: Screen, title: &'static str, back_to: Screen, icons: &Icons) -> Entity {
    let root = commands.spawn(widgets::screen_root(screen)).id();
    commands.entity(root).with_children(|screen| {
        screen.spawn(widgets::top_bar()).with_children(|bar| {
            bar.spawn(widgets::icon_button(icons.back.clone(), TextKey::new("back"), ButtonLook::SECONDARY))
                .observe(move |_: On<Activate>, mut next: ResMut<NextState<Screen>>| next.set(back_to));
            bar.spawn(widgets::heading(TextKey::new(title), theme::FONT_HEADING));
        });
        screen.spawn((Body, widgets::redrawn_body()));
    });
    root
}

fn spawn_gate(mut commands: Commands, icons: Res<Icons>, platform: Res<Platform>) {
    commands.insert_resource(Gate { gate: AdultGate::new(platform.host.random()), wrong: false });
    screen_body(&mut commands, Screen::AdultGate, "gate-title", Screen::Players, &icons);
}

fn draw_gate(mut commands: Commands, body: Query<Entity, With<Body>>, gate: Res<Gate>, icons: Res<Icons>) {
    let Ok(body) = body.single() else { return };
    commands.entity(body).despawn_children().with_children(|body| {
        let question = TextKey::new("gate-question").num("a", gate.gate.a).num("b", gate.gate.b);
        body.spawn(widgets::paragraph(question, theme::FONT_HEADING));
        let typed = TextKey::new("gate-typed").key("typed", TextKey::literal(gate.gate.typed().to_owned()));
        body.spawn((
            widgets::label(typed.clone(), theme::FONT_HEADING, theme::HIGHLIGHT),
            A11y::status(typed),
            Node { min_height: px(48), ..default() },
        ));
        if gate.wrong {
            body.spawn((
                widgets::label(TextKey::new("gate-wrong"), theme::FONT_BODY, theme::TEXT),
                A11y::status(TextKey::new("gate-wrong")),
            ));
        }
        body.spawn(Node {
            display: Display::Grid,
            grid_template_columns: RepeatedGridTrack::px(3, 96.0),
            column_gap: px(12),
            row_gap: px(12),
            ..default()
        })
        .with_children(|pad| {
            for digit in [1, 2, 3, 4, 5, 6, 7, 8, 9] {
                pad.spawn((Digit(digit), widgets::button(TextKey::literal(digit.to_string()), ButtonLook::SECONDARY)))
                    .observe(type_digit);
            }
            pad.spawn(widgets::icon_button(icons.undo.clone(), TextKey::new("gate-delete"), ButtonLook::SECONDARY))
                .observe(|_: On<Activate>, mut gate: ResMut<Gate>| gate.gate.pop());
            pad.spawn((Digit(0), widgets::button(TextKey::literal("0"), ButtonLook::SECONDARY))).observe(type_digit);
            pad.spawn(widgets::button(TextKey::new("gate-ok"), ButtonLook::PRIMARY)).observe(
                |_: On<Activate>,
                 mut gate: ResMut<Gate>,
                 platform: Res<Platform>,
                 mut commands: Commands,
                 mut next: ResMut<NextState<Screen>>| {
                    if gate.gate.check() {
                        commands.insert_resource(Manage::default());
                        next.set(Screen::Adults);
                    } else {
                        // A new question each time: guessing the same one again does not work.
                        *gate = Gate { gate: AdultGate::new(platform.host.random()), wrong: true };
                    }
                },
            );
        });
    });
}

fn type_digit(activate: On<Activate>, digits: Query<&Digit>, mut gate: ResMut<Gate>) {
    if let Ok(Digit(digit)) = digits.get(activate.entity) {
        gate.gate.push(*digit);
    }
}

fn spawn_adults(mut commands: Commands, icons: Res<Icons>, manage: Option<Res<Manage>>) {
    if manage.is_none() {
        commands.insert_resource(Manage::default());
    }
    screen_body(&mut commands, Screen::Adults, "adults-title", Screen::Players, &icons);
}

fn save_file(platform: &Platform, saved: &Saved, ids: &[&str]) -> TextKey {
    match saved.save_to_file(platform.host.as_ref(), ids) {
        Ok(()) => TextKey::new("adults-saved")
            .num("count", if ids.is_empty() { saved.tablet.profiles.len() } else { ids.len() } as u32),
        Err(_) => TextKey::new("adults-save-failed"),
    }
}

fn draw_adults(
    mut commands: Commands,
    body: Query<Entity, With<Body>>,
    saved: Res<Saved>,
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
            row.spawn(widgets::button(TextKey::new("adults-save-all"), ButtonLook::PRIMARY)).observe(
                |_: On<Activate>, saved: Res<Saved>, platform: Res<Platform>, mut manage: ResMut<Manage>| {
                    manage.report = Some(save_file(&platform, &saved, &[]));
                    manage.confirm = None;
                },
            );
            row.spawn(widgets::button(TextKey::new("adults-bring"), ButtonLook::PRIMARY)).observe(
                |_: On<Activate>, platform: Res<Platform>, mut manage: ResMut<Manage>| {
                    platform.host.pick_file();
                    manage.confirm = None;
                },
            );
            if let Some(assignment) = &mission.0 {
                let class = TextKey::literal(assignment.class_name.clone());
                row.spawn(widgets::button(TextKey::new("mission-remove").key("class", class), ButtonLook::SECONDARY))
                    .observe(
                        |_: On<Activate>,
                         mut saved: ResMut<Saved>,
                         mut mission: ResMut<Mission>,
                         mut manage: ResMut<Manage>,
                         mut notice: ResMut<Notice>| {
                            manage.confirm = None;
                            match mission::remove(&mut saved, &mut mission) {
                                None => manage.report = Some(TextKey::new("mission-removed")),
                                Some(problem) => notice.0 = Some(problem),
                            }
                        },
                    );
            }
            let clear = if manage.confirm == Some(Confirm::Clear) {
                TextKey::new("adults-clear-confirm").num("count", players.len() as u32)
            } else {
                TextKey::new("adults-clear")
            };
            row.spawn(widgets::button(clear, ButtonLook { background: theme::DANGER, text: theme::TEXT })).observe(
                |_: On<Activate>,
                 mut saved: ResMut<Saved>,
                 mut mission: ResMut<Mission>,
                 mut manage: ResMut<Manage>,
                 mut notice: ResMut<Notice>| {
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
                },
            );
        });
        if let Some(report) = &manage.report {
            body.spawn((
                widgets::label(report.clone(), theme::FONT_BODY, theme::HIGHLIGHT),
                A11y::status(report.clone()),
            ));
        }
        for player in players.iter().skip(page * PER_PAGE).take(PER_PAGE) {
            let name = nickname_key(&player.nickname);
            body.spawn(Node {
                column_gap: px(12),
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
                    Node { min_width: px(220), ..default() },
                ));
                row.spawn((
                    OnPlayer(player.id.clone()),
                    widgets::button(TextKey::new("adults-save-one").key("name", name.clone()), ButtonLook::SECONDARY),
                ))
                .observe(
                    |activate: On<Activate>,
                     who: Query<&OnPlayer>,
                     saved: Res<Saved>,
                     platform: Res<Platform>,
                     mut manage: ResMut<Manage>| {
                        if let Ok(OnPlayer(id)) = who.get(activate.entity) {
                            manage.report = Some(save_file(&platform, &saved, &[id.as_str()]));
                        }
                    },
                );
                if player.secret.is_some() {
                    row.spawn((
                        OnPlayer(player.id.clone()),
                        widgets::button(
                            TextKey::new("adults-reset-secret").key("name", name.clone()),
                            ButtonLook::SECONDARY,
                        ),
                    ))
                    .observe(
                        |activate: On<Activate>,
                         who: Query<&OnPlayer>,
                         mut saved: ResMut<Saved>,
                         platform: Res<Platform>,
                         mut manage: ResMut<Manage>,
                         mut notice: ResMut<Notice>| {
                            let Ok(OnPlayer(id)) = who.get(activate.entity) else { return };
                            let id = id.clone();
                            match saved.set_secret(&id, None, platform.host.now_ms()) {
                                Ok(problem) => {
                                    notice.0 = problem.or(notice.0);
                                    let name = saved.tablet.get(&id).map(|p| nickname_key(&p.nickname));
                                    manage.report = name.map(|n| TextKey::new("adults-secret-reset").key("name", n));
                                }
                                Err(error) => manage.report = Some(TextKey::new(error.message_id())),
                            }
                        },
                    );
                }
                let confirming = manage.confirm == Some(Confirm::Delete(player.id.clone()));
                let delete = TextKey::new(if confirming { "adults-delete-confirm" } else { "adults-delete" })
                    .key("name", name.clone());
                row.spawn((
                    OnPlayer(player.id.clone()),
                    widgets::button(delete, ButtonLook { background: theme::DANGER, text: theme::TEXT }),
                ))
                .observe(
                    |activate: On<Activate>,
                     who: Query<&OnPlayer>,
                     mut saved: ResMut<Saved>,
                     mut manage: ResMut<Manage>,
                     mut notice: ResMut<Notice>| {
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
                    },
                );
            });
        }
        if pages > 1 {
            body.spawn(Node { column_gap: px(16), align_items: AlignItems::Center, ..default() })
                .with_children(|row| spawn_pager(row, &icons, page, pages, |manage: &mut Manage| &mut manage.page));
        }
        let help = if platform.host.secure() { "adults-help" } else { "adults-help-insecure" };
        body.spawn(widgets::paragraph(TextKey::new(help), theme::FONT_SMALL));
    });
}

/// A file the grown-up picked: checked, then merged into the tablet.
fn receive_file(
    platform: Res<Platform>,
    mut saved: ResMut<Saved>,
    mut manage: ResMut<Manage>,
    mut notice: ResMut<Notice>,
) {
    let Some(picked) = platform.host.take_picked_file() else { return };
    let bytes = picked.map_err(|error| match error {
        PickError::TooLarge => transfer::ImportError::TooLarge,
        PickError::Unreadable => transfer::ImportError::Unreadable,
    });
    let report = match bytes.and_then(|bytes| transfer::import(&bytes)) {
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
