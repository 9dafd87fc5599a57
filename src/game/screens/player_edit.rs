//! Making a player, or changing one's nickname and picture: pick a picture, a colour and two
//! words ("Brave" + "Fox") — no typing, no real name. A new player then says how old they
//! are (`player_age.rs`) and is offered a picture password (which they may skip).

use super::Screen;
use super::player_age::AgeChoice;
use crate::core::profiles::{ADJECTIVES, ANIMALS, Avatar, COLOURS, Nickname, PICTURES, new_id};
use crate::game::a11y::A11y;
use crate::game::i18n::{TextKey, Texts};
use crate::game::platform::Platform;
use crate::game::progress::{Notice, TabletPlayers};
use crate::game::ui::icons::Icons;
use crate::game::ui::player::{avatar, avatar_colour, nickname_key};
use crate::game::ui::pointer::Activate;
use crate::game::ui::reading::{Grows, growing};
use crate::game::ui::widgets::{self, ButtonLook};
use crate::game::ui::{Responsive, theme};
use bevy::prelude::*;

/// The player being made or changed.
#[derive(Resource, Debug, Clone, PartialEq)]
pub struct Draft {
    /// The player being changed; `None` for a new one.
    pub editing: Option<String>,
    pub nickname: Nickname,
    pub avatar: Avatar,
    /// Why Done was refused (a Fluent id).
    pub error: Option<&'static str>,
}

impl Draft {
    /// Changing an existing player.
    pub fn editing(saved: &TabletPlayers, id: &str) -> Option<Draft> {
        let player = saved.tablet.get(id)?;
        Some(Draft {
            editing: Some(id.to_owned()),
            nickname: player.nickname.clone(),
            avatar: player.avatar.clone(),
            error: None,
        })
    }
}

/// What a choice button sets.
#[derive(Component, Debug, Clone, Copy)]
enum Choice {
    Picture(&'static str),
    Colour(&'static str),
    Adjective(&'static str),
    Animal(&'static str),
}

#[derive(Component)]
struct Body;

pub(super) fn plugin(app: &mut App) {
    app.add_systems(OnEnter(Screen::EditPlayer), (start, spawn).chain());
    app.add_systems(Update, draw.run_if(in_state(Screen::EditPlayer)).run_if(resource_exists_and_changed::<Draft>));
    app.add_systems(OnExit(Screen::EditPlayer), |mut commands: Commands| commands.remove_resource::<Draft>());
}

/// A new player starts with a free nickname and a picture chosen at random, so Done works
/// at once and a pupil who reads little has nothing to do but like it.
fn start(mut commands: Commands, draft: Option<Res<Draft>>, saved: Res<TabletPlayers>, platform: Res<Platform>) {
    if draft.is_some() {
        return;
    }
    let random = platform.host.random();
    commands.insert_resource(Draft {
        editing: None,
        nickname: saved.tablet.suggest_nickname(random),
        avatar: Avatar::new(
            PICTURES[(random >> 16) as usize % PICTURES.len()],
            COLOURS[(random >> 24) as usize % COLOURS.len()],
        ),
        error: None,
    });
}

fn spawn(mut commands: Commands, icons: Res<Icons>, draft: Option<Res<Draft>>, saved: Res<TabletPlayers>) {
    let editing = draft.as_ref().is_some_and(|d| d.editing.is_some()) || saved.current().is_some();
    let root = commands.spawn(widgets::screen_root(Screen::EditPlayer)).id();
    commands.entity(root).with_children(|screen| {
        screen.spawn(widgets::top_bar()).with_children(|bar| {
            bar.spawn(widgets::back_button(icons.back.clone())).observe(super::back_home_or_to_players);
            let title = if editing { "player-edit-title" } else { "player-new-title" };
            bar.spawn((
                widgets::heading(TextKey::new(title), theme::FONT_HEADING),
                Node { flex_grow: 1.0, ..default() },
            ));
            bar.spawn(widgets::icon_button(icons.check.clone(), TextKey::new("player-done"), ButtonLook::PRIMARY))
                .observe(done);
        });
        screen.spawn((Body, widgets::redrawn_body()));
    });
}

/// A choice that shows (and tells screen readers) whether it is the one picked.
fn choice_button(choice: Choice, name: TextKey, selected: bool) -> impl Bundle {
    let look = if selected { ButtonLook::PRIMARY } else { ButtonLook::SECONDARY };
    (choice, widgets::button_base(name, look))
}

fn draw(mut commands: Commands, body: Query<Entity, With<Body>>, draft: Res<Draft>, icons: Res<Icons>) {
    let Ok(body) = body.single() else { return };
    let animal_id = format!("animal-{}", draft.nickname.animal);
    commands.entity(body).despawn_children().with_children(|body| {
        body.spawn(Node { column_gap: px(16), align_items: AlignItems::Center, ..default() }).with_children(
            |preview| {
                preview.spawn(avatar(&icons, &draft.avatar, 72.0));
                let name = TextKey::new("player-preview").key("name", nickname_key(&draft.nickname));
                preview.spawn((widgets::label(name.clone(), theme::FONT_HEADING, theme::TEXT), A11y::status(name)));
            },
        );
        if let Some(error) = draft.error {
            body.spawn((
                widgets::label(TextKey::new(error), theme::FONT_BODY, theme::HIGHLIGHT),
                A11y::status(TextKey::new(error)),
            ));
        }
        body.spawn((
            Responsive::ROW_OR_COLUMN,
            Node {
                column_gap: px(32),
                row_gap: px(16),
                align_items: AlignItems::FlexStart,
                justify_content: JustifyContent::Center,
                ..default()
            },
        ))
        .with_children(|panels| {
            panels.spawn(panel()).with_children(|panel| {
                panel.spawn(widgets::label(TextKey::new("pick-picture"), theme::FONT_SMALL, theme::TEXT_DIM));
                panel.spawn(wrap(6.0 * 82.0)).with_children(|row| {
                    for id in PICTURES {
                        let selected = draft.avatar.picture == id;
                        let name = TextKey::new(format!("picture-{id}"));
                        row.spawn(choice_button(Choice::Picture(id), name.clone(), selected))
                            .insert((square(72.0), A11y::toggle(name, selected)))
                            .with_children(|b| {
                                b.spawn(widgets::icon(
                                    icons.picture(id),
                                    48.0,
                                    if selected { theme::TEXT_DARK } else { theme::TEXT },
                                ));
                            })
                            .observe(choose);
                    }
                });
                panel.spawn(widgets::label(TextKey::new("pick-colour"), theme::FONT_SMALL, theme::TEXT_DIM));
                panel.spawn(wrap(6.0 * 82.0)).with_children(|row| {
                    for id in COLOURS {
                        let selected = draft.avatar.colour == id;
                        let name = TextKey::new(format!("avatar-colour-{id}"));
                        row.spawn(choice_button(Choice::Colour(id), name.clone(), selected))
                            .insert((
                                square(64.0),
                                A11y::toggle(name, selected),
                                BackgroundColor(avatar_colour(id)),
                                widgets::ButtonLook { background: avatar_colour(id), text: theme::TEXT_DARK },
                            ))
                            .insert(BorderColor::all(if selected { theme::TEXT } else { theme::BACKGROUND }))
                            .with_children(|b| {
                                if selected {
                                    b.spawn(widgets::icon(icons.check.clone(), 36.0, theme::TEXT_DARK));
                                }
                            })
                            .observe(choose);
                    }
                });
            });
            panels.spawn(panel()).with_children(|panel| {
                panel.spawn(widgets::label(TextKey::new("pick-adjective"), theme::FONT_SMALL, theme::TEXT_DIM));
                panel.spawn(wrap(4.0 * 150.0)).with_children(|row| {
                    for id in ADJECTIVES {
                        let name = TextKey::new(format!("adj-{id}")).attr("gender", animal_id.clone(), "gender");
                        let selected = draft.nickname.adjective == id;
                        row.spawn(choice_button(Choice::Adjective(id), name.clone(), selected))
                            .insert((word_node(), A11y::toggle(name.clone(), selected)))
                            .with_children(|b| {
                                let colour =
                                    if draft.nickname.adjective == id { theme::TEXT_DARK } else { theme::TEXT };
                                b.spawn(widgets::label(name, theme::FONT_SMALL, colour));
                            })
                            .observe(choose);
                    }
                });
                panel.spawn(widgets::label(TextKey::new("pick-animal"), theme::FONT_SMALL, theme::TEXT_DIM));
                panel.spawn(wrap(4.0 * 150.0)).with_children(|row| {
                    for id in ANIMALS {
                        let name = TextKey::new(format!("animal-{id}"));
                        let selected = draft.nickname.animal == id;
                        row.spawn(choice_button(Choice::Animal(id), name.clone(), selected))
                            .insert((word_node(), A11y::toggle(name.clone(), selected)))
                            .with_children(|b| {
                                let colour = if draft.nickname.animal == id { theme::TEXT_DARK } else { theme::TEXT };
                                b.spawn(widgets::label(name, theme::FONT_SMALL, colour));
                            })
                            .observe(choose);
                    }
                });
                panel
                    .spawn(widgets::icon_button(
                        icons.question.clone(),
                        TextKey::new("nickname-surprise"),
                        ButtonLook::SECONDARY,
                    ))
                    .observe(surprise_nickname);
            });
        });
    });
}

fn panel() -> Node {
    Node { flex_direction: FlexDirection::Column, align_items: AlignItems::Center, row_gap: px(8), ..default() }
}

fn wrap(max_width: f32) -> Node {
    Node {
        flex_wrap: FlexWrap::Wrap,
        justify_content: JustifyContent::Center,
        column_gap: px(10),
        row_gap: px(10),
        max_width: px(max_width),
        ..default()
    }
}

/// A square button `size` pixels at the normal text size, growing with it as its icon does.
fn square(size: f32) -> (Node, Grows) {
    growing(Node {
        width: px(size),
        height: px(size),
        justify_content: JustifyContent::Center,
        align_items: AlignItems::Center,
        border_radius: BorderRadius::all(px(theme::RADIUS)),
        border: UiRect::all(px(3)),
        ..default()
    })
}

fn word_node() -> Node {
    Node {
        min_width: px(136),
        min_height: px(theme::MIN_TARGET),
        padding: UiRect::axes(px(10), px(6)),
        justify_content: JustifyContent::Center,
        align_items: AlignItems::Center,
        border_radius: BorderRadius::all(px(theme::RADIUS)),
        border: UiRect::all(px(3)),
        ..default()
    }
}

/// Another free nickname, never the one shown.
fn surprise_nickname(_: On<Activate>, mut draft: ResMut<Draft>, saved: Res<TabletPlayers>, platform: Res<Platform>) {
    let mut nickname = saved.tablet.suggest_nickname(platform.host.random());
    if nickname == draft.nickname {
        nickname = saved.tablet.suggest_nickname(platform.host.random());
    }
    draft.nickname = nickname;
    draft.error = None;
}

fn choose(activate: On<Activate>, choices: Query<&Choice>, mut draft: ResMut<Draft>) {
    let Ok(choice) = choices.get(activate.entity) else { return };
    match *choice {
        Choice::Picture(id) => draft.avatar.picture = id.to_owned(),
        Choice::Colour(id) => draft.avatar.colour = id.to_owned(),
        Choice::Adjective(id) => draft.nickname.adjective = id.to_owned(),
        Choice::Animal(id) => draft.nickname.animal = id.to_owned(),
    }
    draft.error = None;
}

fn done(
    _: On<Activate>,
    mut draft: ResMut<Draft>,
    mut saved: ResMut<TabletPlayers>,
    platform: Res<Platform>,
    texts: Res<Texts>,
    mut notice: ResMut<Notice>,
    mut commands: Commands,
    mut next: ResMut<NextState<Screen>>,
) {
    let now = platform.host.now_ms();
    let result = match &draft.editing {
        Some(id) => saved.rename(id, draft.nickname.clone(), draft.avatar.clone(), now).map(|p| (p, None)),
        None => {
            let id = new_id(platform.host.random());
            saved
                .create(id.clone(), draft.nickname.clone(), draft.avatar.clone(), texts.current(), now)
                .map(|p| (p, Some(id)))
        }
    };
    match result {
        Ok((problem, created)) => {
            if problem.is_some() {
                notice.0 = problem;
            }
            match created {
                // A new player picks their age band, then may add a picture password.
                Some(id) => {
                    commands.insert_resource(AgeChoice { id });
                    next.set(Screen::PlayerAge);
                }
                None => next.set(if saved.current().is_some() { Screen::Title } else { Screen::Players }),
            }
        }
        Err(error) => draft.error = Some(error.message_id()),
    }
}
