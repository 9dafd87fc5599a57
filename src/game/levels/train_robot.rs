//! Teach the robot: on the left the pupil's bench (what just happened, the card being sorted
//! or the extra examples to pick from, and the two boxes), on the right the robot (how many
//! examples it learned from, its last test card by card, and the one button that trains and
//! tests it). Everything is a tap: a box for the card shown; an extra card, then its box; an
//! added card again to take it out. Core's [`TrainingRound`] keeps the rules; this plugin only
//! turns taps into its commands and mirrors it on screen.
//!
//! Each test card shows the robot's guess with a mark whose shape says right (tick), wrong
//! (cross) or "not sure" (question mark), and whose colour repeats it; its accessible name
//! says it in words.

use super::answers;
use crate::core::level::safe_to_share::BinIcon;
use crate::core::level::train_robot::{Action, ExampleCard, Guess, Phase, Picture, Placed, TrainRobot, TrainingRound};
use crate::core::progress::AttemptOutcome;
use crate::game::a11y::A11y;
use crate::game::i18n::{Localized, TextKey};
use crate::game::levels::{LevelAttempt, LevelHints, LevelPlay};
use crate::game::redraw::Redraw;
use crate::game::speech::ReadAloud;
use crate::game::ui::icons::Icons;
use crate::game::ui::pointer::Activate;
use crate::game::ui::reading::growing;
use crate::game::ui::theme;
use crate::game::ui::widgets::{self, ButtonLook};
use bevy::prelude::*;
use bevy::ui::InteractionDisabled;

/// The level being played.
#[derive(Resource)]
pub struct TrainSession {
    round: TrainingRound,
    /// The extra card picked to add (a card index), waiting for its box.
    selected: Option<usize>,
    /// What the last tap did, shown and announced on the bench.
    feedback: TextKey,
}

/// The buttons this kind draws.
#[derive(Component, Debug, Clone, Copy, PartialEq, Eq)]
enum TrainButton {
    /// A box, by index.
    Bin(usize),
    /// An extra example, by its place among the extra cards.
    Extra(usize),
    /// Train, test, train again, finish.
    Action,
}

/// Texts that change (and, where they carry an [`A11y`], their accessible names).
#[derive(Component, Debug, Clone, Copy, PartialEq, Eq)]
enum TrainText {
    Feedback,
    Progress,
    Card,
    CardLabel,
    Examples,
    Room,
    ActionLabel,
    /// Test card number `n` of the last test.
    Row(usize),
    RowLabel(usize),
}

/// Parts shown only in some phases.
#[derive(Component, Debug, Clone, Copy, PartialEq, Eq)]
enum TrainPart {
    Card,
    Extras,
    Tests,
    Row(usize),
}

/// Pictures and marks that change.
#[derive(Component, Debug, Clone, Copy, PartialEq, Eq)]
enum TrainImage {
    CardPicture,
    RowPicture(usize),
    RowMark(usize),
    ExtraMark(usize),
}

/// Room for the longest test: every known and every new test card.
fn rows(level: &TrainRobot) -> usize {
    level.seen_tests.len() + level.new_tests.len()
}

pub(super) fn plugin(app: &mut App) {
    app.add_plugins(super::session_plugin::<TrainSession>);
    app.add_systems(Update, show_round.in_set(LevelPlay).run_if(resource_exists::<TrainSession>));
}

/// Fills the level area and deals the first card.
pub fn start(commands: &mut Commands, area: Entity, level: &TrainRobot, icons: &Icons) {
    commands.insert_resource(TrainSession {
        round: TrainingRound::new(level),
        selected: None,
        feedback: TextKey::new("train-start"),
    });
    commands.entity(area).with_children(|area| {
        area.spawn(column(520.0)).with_children(|bench| {
            // Room for three lines, so the boxes below never move (a box around the text: see
            // `answers::spawn_side`).
            bench
                .spawn(Node {
                    flex_direction: FlexDirection::Column,
                    max_width: px(520),
                    min_height: px(96),
                    ..default()
                })
                .with_child((
                    TrainText::Feedback,
                    widgets::label(TextKey::literal(""), theme::FONT_BODY, theme::TEXT),
                    A11y::status(TextKey::literal("")),
                ));
            bench
                .spawn((TrainText::Progress, widgets::label(TextKey::literal(""), theme::FONT_SMALL, theme::TEXT_DIM)));
            bench
                .spawn((
                    TrainPart::Card,
                    TrainText::Card,
                    A11y::text(TextKey::literal("")),
                    Node {
                        width: px(300),
                        padding: UiRect::all(px(14)),
                        flex_direction: FlexDirection::Column,
                        align_items: AlignItems::Center,
                        row_gap: px(8),
                        border: UiRect::all(px(4)),
                        border_radius: BorderRadius::all(px(theme::RADIUS)),
                        ..default()
                    },
                    BackgroundColor(theme::FLOOR),
                    BorderColor::all(theme::HIGHLIGHT),
                ))
                .with_children(|card| {
                    card.spawn((TrainImage::CardPicture, picture_plate(icons.cat.clone(), 96.0, Color::NONE)));
                    card.spawn((
                        TrainText::CardLabel,
                        widgets::label(TextKey::literal(""), theme::FONT_BODY, theme::TEXT_DARK),
                    ));
                });
            bench
                .spawn((
                    TrainPart::Extras,
                    Node {
                        flex_direction: FlexDirection::Column,
                        align_items: AlignItems::Center,
                        row_gap: px(8),
                        display: Display::None,
                        ..default()
                    },
                ))
                .with_children(|extras| {
                    extras.spawn(widgets::label(TextKey::new("train-more"), theme::FONT_SMALL, theme::TEXT_DIM));
                    extras
                        .spawn(Node {
                            flex_wrap: FlexWrap::Wrap,
                            justify_content: JustifyContent::Center,
                            column_gap: px(8),
                            row_gap: px(8),
                            max_width: px(520),
                            ..default()
                        })
                        .with_children(|grid| {
                            for (place, &card) in level.extra_cards().iter().enumerate() {
                                spawn_extra(grid, place, &level.cards[card], icons);
                            }
                        });
                    extras.spawn((
                        TrainText::Room,
                        widgets::label(TextKey::literal(""), theme::FONT_SMALL, theme::TEXT),
                        A11y::text(TextKey::literal("")),
                    ));
                });
            bench.spawn(Node { justify_content: JustifyContent::Center, ..widgets::button_row(24.0) }).with_children(
                |bins| {
                    for (index, bin) in level.bins.iter().enumerate() {
                        let (look, icon) = match bin.icon {
                            BinIcon::Check => (ButtonLook::SUCCESS, icons.check.clone()),
                            BinIcon::Lock => (ButtonLook::DANGER, icons.lock.clone()),
                            BinIcon::Cross => (ButtonLook::DANGER, icons.cross.clone()),
                            BinIcon::Question => (ButtonLook::SECONDARY, icons.question.clone()),
                        };
                        bins.spawn((
                            TrainButton::Bin(index),
                            widgets::icon_button(icon, TextKey::new(bin.label.clone()), look),
                        ))
                        .insert(widgets::big_button_node(200.0, 96.0))
                        .observe(tap);
                    }
                },
            );
        });
        area.spawn(column(460.0)).with_children(|robot| {
            robot.spawn(widgets::heading(TextKey::new("train-robot"), theme::FONT_BODY));
            robot.spawn((
                TrainText::Examples,
                widgets::label(TextKey::literal(""), theme::FONT_SMALL, theme::TEXT),
                A11y::text(TextKey::literal("")),
            ));
            robot
                .spawn((
                    TrainPart::Tests,
                    Node {
                        flex_direction: FlexDirection::Column,
                        row_gap: px(6),
                        padding: UiRect::all(px(10)),
                        border_radius: BorderRadius::all(px(theme::RADIUS)),
                        display: Display::None,
                        ..default()
                    },
                    BackgroundColor(theme::PANEL),
                ))
                .with_children(|tests| {
                    tests.spawn(widgets::label(TextKey::new("train-tests"), theme::FONT_SMALL, theme::TEXT_DIM));
                    for row in 0..rows(level) {
                        spawn_row(tests, row, icons);
                    }
                });
            robot.spawn(widgets::button_row(16.0)).with_children(|row| {
                super::hints::spawn_hint_button(row, icons);
                row.spawn((TrainButton::Action, widgets::button_base(TextKey::literal(""), ButtonLook::PRIMARY)))
                    .insert(Node { display: Display::None, ..widgets::big_button_node(220.0, theme::MIN_TARGET) })
                    .with_child((
                        TrainText::ActionLabel,
                        widgets::label(TextKey::literal(""), theme::FONT_BODY, ButtonLook::PRIMARY.text),
                    ))
                    .observe(tap);
            });
            robot.spawn(super::hints::hint_text());
        });
    });
}

fn column(width: f32) -> Node {
    Node {
        flex_direction: FlexDirection::Column,
        align_items: AlignItems::Center,
        row_gap: px(12),
        max_width: px(width),
        flex_shrink: 1.0,
        ..default()
    }
}

/// A card's picture in its colour on a light plate, so white and black animals both show.
fn picture_plate(icon: Handle<Image>, size: f32, colour: Color) -> impl Bundle {
    (
        ImageNode::new(icon).with_color(colour),
        growing(Node {
            width: px(size),
            height: px(size),
            border_radius: BorderRadius::all(px(size / 4.0)),
            ..default()
        }),
        BackgroundColor(Color::srgb(0.66, 0.73, 0.84)),
    )
}

fn spawn_extra(grid: &mut ChildSpawnerCommands, place: usize, card: &ExampleCard, icons: &Icons) {
    let name = TextKey::new(card.text.clone());
    grid.spawn((TrainButton::Extra(place), ReadAloud, widgets::button_base(name.clone(), answers::LINE)))
        // As wide as its picture and words need at the player's text size.
        .insert(growing(Node {
            min_height: px(theme::MIN_TARGET),
            width: px(250),
            max_width: percent(100),
            padding: UiRect::axes(px(8), px(4)),
            column_gap: px(8),
            align_items: AlignItems::Center,
            border: UiRect::all(px(4)),
            border_radius: BorderRadius::all(px(10)),
            ..default()
        }))
        .with_children(|button| {
            button.spawn(picture_plate(picture(icons, card.picture), 44.0, tint(card)));
            button.spawn(widgets::label(name, theme::FONT_SMALL, theme::TEXT_DARK)).insert(Node {
                flex_grow: 1.0,
                flex_shrink: 1.0,
                ..default()
            });
            button.spawn((TrainImage::ExtraMark(place), widgets::icon(icons.check.clone(), 28.0, Color::NONE)));
        })
        .observe(tap);
}

fn spawn_row(tests: &mut ChildSpawnerCommands, row: usize, icons: &Icons) {
    tests
        .spawn((
            TrainPart::Row(row),
            TrainText::Row(row),
            A11y::text(TextKey::literal("")),
            Node {
                column_gap: px(10),
                align_items: AlignItems::Center,
                min_height: px(44),
                display: Display::None,
                ..default()
            },
        ))
        .with_children(|line| {
            line.spawn((TrainImage::RowPicture(row), picture_plate(icons.cat.clone(), 40.0, Color::NONE)));
            line.spawn((
                TrainText::RowLabel(row),
                widgets::label(TextKey::literal(""), theme::FONT_SMALL, theme::TEXT),
            ))
            .insert((TextLayout::justify(Justify::Start), Node { flex_grow: 1.0, ..default() }));
            line.spawn((TrainImage::RowMark(row), widgets::icon(icons.check.clone(), 32.0, Color::NONE)));
        });
}

fn picture(icons: &Icons, picture: Picture) -> Handle<Image> {
    match picture {
        Picture::Cat => icons.cat.clone(),
        Picture::Dog => icons.dog.clone(),
        Picture::Rabbit => icons.rabbit.clone(),
    }
}

/// The colour of a card's animal, from its `colour` feature (the card's words say it too).
fn tint(card: &ExampleCard) -> Color {
    match card.features.get("colour").map(String::as_str) {
        Some("orange") => Color::srgb(0.93, 0.52, 0.13),
        Some("grey") => Color::srgb(0.45, 0.47, 0.5),
        Some("black") => Color::srgb(0.1, 0.1, 0.12),
        Some("white") => Color::WHITE,
        Some("brown") => Color::srgb(0.5, 0.3, 0.15),
        _ => theme::TEXT_DARK,
    }
}

/// Every button of this kind: a box, an extra card or the action button.
fn tap(
    activate: On<Activate>,
    buttons: Query<&TrainButton>,
    mut session: ResMut<TrainSession>,
    mut attempts: MessageWriter<LevelAttempt>,
    mut redraw: ResMut<Redraw>,
) {
    let Ok(button) = buttons.get(activate.entity) else { return };
    let session = &mut *session;
    match *button {
        TrainButton::Bin(bin) => tap_bin(session, bin),
        TrainButton::Extra(place) => tap_extra(session, place),
        TrainButton::Action => {
            if session.round.action() == Some(Action::Finish) {
                answers::record(&mut attempts, AttemptOutcome::Trained, &session.round);
                return;
            }
            if let Some(action) = session.round.act() {
                session.feedback = after(&session.round, action);
            }
        }
    }
    redraw.frames(3);
}

fn tap_bin(session: &mut TrainSession, bin: usize) {
    let placed = match (session.round.phase(), session.selected) {
        (Phase::Sorting, _) => session.round.place(bin),
        (Phase::Fixing, Some(card)) => {
            let placed = session.round.add(card, bin);
            if placed == Placed::Right {
                session.selected = None;
            }
            placed
        }
        _ => Placed::Ignored,
    };
    session.feedback = match placed {
        Placed::Right if session.round.phase() == Phase::ReadyToTrain => TextKey::new("train-ready"),
        Placed::Right if session.round.phase() == Phase::Fixing => TextKey::new("train-added"),
        Placed::Right => TextKey::new("train-placed-right"),
        Placed::Wrong => TextKey::new("train-placed-wrong"),
        Placed::NoRoom => TextKey::new("train-no-room"),
        Placed::Ignored => return,
    };
}

fn tap_extra(session: &mut TrainSession, place: usize) {
    let level = session.round.level();
    let Some(&card) = level.extra_cards().get(place) else { return };
    let text = level.cards[card].text.clone();
    if session.round.phase() != Phase::Fixing {
        return;
    }
    if session.round.remove(card) {
        session.feedback = TextKey::new("train-removed").msg("text", text);
    } else if session.round.room_left() == 0 {
        session.feedback = TextKey::new("train-no-room");
    } else {
        session.selected = Some(card);
        session.feedback = TextKey::new("train-selected").msg("text", text);
    }
}

/// What the robot says after an action.
fn after(round: &TrainingRound, action: Action) -> TextKey {
    let total = round.results().len() as u32;
    let right = total - round.wrong_in_results() as u32;
    let counted = |id: &'static str| TextKey::new(id).num("right", right).num("total", total);
    match action {
        Action::Train => TextKey::new("train-trained"),
        Action::Test => counted("train-tested-seen"),
        Action::TestNew if round.is_finished() => counted("train-done"),
        Action::TestNew => counted("train-tested-new"),
        Action::Retrain if round.is_finished() => counted("train-done"),
        Action::Retrain => counted("train-retest-missed"),
        Action::Finish => TextKey::literal(""),
    }
}

/// One test card in words: right or wrong, the card, and what the robot said.
fn row_name(round: &TrainingRound, card: usize, guess: Guess) -> TextKey {
    let level = round.level();
    let id = if round.is_right(card, guess) { "train-result-right" } else { "train-result-wrong" };
    let said = match guess {
        Guess::Bin(bin) => level.bins.get(bin).map_or_else(|| "train-guess-not-sure".to_owned(), |b| b.label.clone()),
        Guess::NotSure => "train-guess-not-sure".to_owned(),
    };
    TextKey::new(id).msg("text", level.cards[card].text.clone()).msg("guess", said)
}

#[allow(clippy::type_complexity)]
fn show_round(
    mut commands: Commands,
    session: Res<TrainSession>,
    icons: Res<Icons>,
    mut hints: ResMut<LevelHints>,
    mut texts: Query<(&TrainText, Option<&mut Localized>, Option<&mut A11y>), Without<TrainButton>>,
    mut parts: Query<(&TrainPart, &mut Node), Without<TrainButton>>,
    mut images: Query<(&TrainImage, &mut ImageNode)>,
    mut buttons: Query<
        (Entity, &TrainButton, &mut A11y, &mut ButtonLook, &mut Node, &mut BorderColor, Has<InteractionDisabled>),
        Without<TrainText>,
    >,
) {
    if !session.is_changed() {
        return;
    }
    let round = &session.round;
    let level = round.level();
    let phase = round.phase();
    if round.is_finished() && !hints.closed {
        hints.closed = true;
    }
    let current = round.current();
    let (sorted, total) = round.progress();
    let examples = (round.progress().0 + round.added().len()) as u32;
    let results = round.results();
    let action = round.action();
    for (text, localized, a11y) in &mut texts {
        let key = match *text {
            TrainText::Feedback => session.feedback.clone(),
            TrainText::Progress => match current {
                Some(_) => TextKey::new("train-progress").num("current", sorted as u32 + 1).num("total", total as u32),
                None => TextKey::literal(""),
            },
            TrainText::Card => current.map_or_else(
                || TextKey::literal(""),
                |card| TextKey::new("train-card").msg("text", level.cards[card].text.clone()),
            ),
            TrainText::CardLabel => {
                current.map_or_else(|| TextKey::literal(""), |card| TextKey::new(level.cards[card].text.clone()))
            }
            TrainText::Examples => match phase {
                Phase::Sorting | Phase::ReadyToTrain => TextKey::literal(""),
                _ => TextKey::new("train-examples").num("count", examples),
            },
            TrainText::Room => TextKey::new("train-room").num("room", round.room_left() as u32),
            TrainText::ActionLabel => action.map_or_else(|| TextKey::literal(""), |a| TextKey::new(a.message_id())),
            TrainText::Row(row) | TrainText::RowLabel(row) => {
                results.get(row).map_or_else(|| TextKey::literal(""), |&(card, guess)| row_name(round, card, guess))
            }
        };
        if let Some(mut localized) = localized {
            if localized.0 != key {
                localized.0 = key.clone();
            }
        }
        if let Some(mut a11y) = a11y {
            if a11y.name != key {
                a11y.name = key;
            }
        }
    }
    for (part, mut node) in &mut parts {
        let shown = match *part {
            TrainPart::Card => current.is_some(),
            TrainPart::Extras => phase == Phase::Fixing,
            TrainPart::Tests => !results.is_empty(),
            TrainPart::Row(row) => row < results.len(),
        };
        let display = if shown { Display::Flex } else { Display::None };
        if node.display != display {
            node.display = display;
        }
    }
    let extra = level.extra_cards();
    for (image, mut node) in &mut images {
        let (handle, colour) = match *image {
            TrainImage::CardPicture => match current {
                Some(card) => (picture(&icons, level.cards[card].picture), tint(&level.cards[card])),
                None => continue,
            },
            TrainImage::RowPicture(row) => match results.get(row) {
                Some(&(card, _)) => (picture(&icons, level.cards[card].picture), tint(&level.cards[card])),
                None => continue,
            },
            TrainImage::RowMark(row) => match results.get(row) {
                Some(&(card, guess)) if round.is_right(card, guess) => (icons.check.clone(), theme::SUCCESS),
                Some(&(_, Guess::NotSure)) => (icons.question.clone(), theme::HIGHLIGHT),
                Some(_) => (icons.cross.clone(), theme::DANGER),
                None => continue,
            },
            TrainImage::ExtraMark(place) => {
                let added = extra.get(place).is_some_and(|card| round.added().contains(card));
                (icons.check.clone(), if added { theme::TEXT_DARK } else { Color::NONE })
            }
        };
        if node.image != handle {
            node.image = handle;
        }
        if node.color != colour {
            node.color = colour;
        }
    }
    for (entity, button, mut a11y, mut look, mut node, mut border, disabled) in &mut buttons {
        let enabled = match *button {
            TrainButton::Bin(_) => phase == Phase::Sorting || (phase == Phase::Fixing && session.selected.is_some()),
            TrainButton::Extra(place) => {
                let Some(&card) = extra.get(place) else { continue };
                let text = level.cards[card].text.clone();
                let added = round.added().contains(&card);
                let selected = session.selected == Some(card);
                let (wanted, name, pressed) = if added {
                    (answers::RIGHT, TextKey::new("train-take-out").msg("text", text), None)
                } else {
                    (answers::LINE, TextKey::new(text), Some(selected))
                };
                if *look != wanted {
                    *look = wanted;
                }
                if a11y.name != name || a11y.pressed != pressed {
                    a11y.name = name;
                    a11y.pressed = pressed;
                }
                let outline = if selected { theme::HIGHLIGHT } else { wanted.background };
                *border = BorderColor::all(outline);
                phase == Phase::Fixing
            }
            TrainButton::Action => {
                let display = if action.is_some() { Display::Flex } else { Display::None };
                if node.display != display {
                    node.display = display;
                }
                let name = action.map_or_else(|| TextKey::literal(""), |a| TextKey::new(a.message_id()));
                if a11y.name != name {
                    a11y.name = name;
                }
                true
            }
        };
        if enabled && disabled {
            commands.entity(entity).remove::<InteractionDisabled>();
        } else if !enabled && !disabled {
            commands.entity(entity).insert(InteractionDisabled);
        }
    }
}
