//! Build a password: word tiles (no typing: a tablet's keyboard does not open over the game)
//! make a passphrase shown on a mock sign-up screen, with a strength meter: the estimator's
//! score in the pupil's language as the guidance caps it (`core::password`), and how long
//! guessing it would take or, when the guidance holds it back, why ("too short"). A personal
//! tile (a pet's name, a birthday) counts a mistake and says why. Finish appears once the
//! password is strong, long enough and has nothing personal.

use super::answers::{self, Side, SidePart, Stage};
use crate::core::level::build_password::{Added, BuildPassword, Builder, Verdict};
use crate::core::password::{self, Strength};
use crate::core::progress::AttemptOutcome;
use crate::game::a11y::A11y;
use crate::game::i18n::{Localized, TextKey, Texts};
use crate::game::levels::{LevelAttempt, LevelPlay};
use crate::game::platform::{Estimate, PasswordEstimator};
use crate::game::redraw::Redraw;
use crate::game::speech::ReadAloud;
use crate::game::ui::icons::Icons;
use crate::game::ui::pointer::Activate;
use crate::game::ui::theme;
use crate::game::ui::widgets::{self, ButtonLook};
use bevy::prelude::*;
use bevy::ui::InteractionDisabled;

/// The level being played.
#[derive(Resource)]
pub struct PasswordSession {
    level: BuildPassword,
    builder: Builder,
    /// The personal piece added last, until the next change.
    personal: Option<usize>,
}

#[derive(Component)]
struct PieceButton(usize);
#[derive(Component)]
struct PasswordText;
#[derive(Component)]
struct MeterSegment(u8);
#[derive(Component)]
struct MeterText;

/// Meter colours from very weak to very strong.
const METER: [Color; 5] = [theme::DANGER, theme::DANGER, theme::PRIMARY, theme::SUCCESS, theme::SUCCESS];

pub(super) fn plugin(app: &mut App) {
    app.add_plugins(super::session_plugin::<PasswordSession>);
    app.add_systems(Update, show_password.in_set(LevelPlay).run_if(resource_exists::<PasswordSession>));
}

/// Fills the level area: the sign-up screen with the password and meter, the tiles, the side.
pub fn start(commands: &mut Commands, area: Entity, level: &BuildPassword, icons: &Icons) {
    commands.insert_resource(PasswordSession { level: level.clone(), builder: Builder::new(level), personal: None });
    commands.entity(area).with_children(|area| {
        answers::spawn_screen(area, TextKey::new("password-screen"), |screen| {
            // The password in a box drawn around its own text node: a text node with padding
            // and a border of its own gets the height of one line when it wraps (Bevy 0.19's
            // text measure), which bigger text shows.
            screen
                .spawn((
                    Node {
                        min_height: px(theme::MIN_TARGET),
                        flex_shrink: 0.0,
                        padding: UiRect::axes(px(12), px(10)),
                        border: UiRect::all(px(3)),
                        border_radius: BorderRadius::all(px(10)),
                        justify_content: JustifyContent::Center,
                        align_items: AlignItems::Center,
                        ..default()
                    },
                    BorderColor::all(theme::WALL),
                ))
                .with_child((
                    PasswordText,
                    widgets::label(TextKey::new("password-empty"), theme::FONT_BODY, theme::TEXT_DARK),
                    A11y::text(TextKey::new("password-empty")),
                ));
            screen.spawn(Node { column_gap: px(6), height: px(14), ..default() }).with_children(|meter| {
                for score in 0..5u8 {
                    meter.spawn((
                        MeterSegment(score),
                        Node { flex_grow: 1.0, border_radius: BorderRadius::all(px(7)), ..default() },
                        BackgroundColor(theme::LAMP_OFF),
                    ));
                }
            });
            screen.spawn((
                MeterText,
                widgets::label(TextKey::literal(""), theme::FONT_SMALL, theme::TEXT_DARK),
                A11y::text(TextKey::literal("")),
            ));
            screen
                .spawn(Node { flex_wrap: FlexWrap::Wrap, column_gap: px(8), row_gap: px(8), ..default() })
                .with_children(|tiles| {
                    for (index, piece) in level.pieces.iter().enumerate() {
                        let key = TextKey::new("password-piece").msg("text", piece.text.clone());
                        tiles
                            .spawn((PieceButton(index), ReadAloud, widgets::button_base(key, ButtonLook::SECONDARY)))
                            .with_child(widgets::label(
                                TextKey::new(piece.text.clone()),
                                theme::FONT_BODY,
                                ButtonLook::SECONDARY.text,
                            ))
                            .observe(add_piece);
                    }
                });
            screen.spawn(widgets::button_row(12.0)).with_children(|row| {
                row.spawn(widgets::icon_button(icons.undo.clone(), TextKey::new("password-remove"), answers::LINE))
                    .observe(|_: On<Activate>, mut session: ResMut<PasswordSession>| {
                        if session.builder.remove_last().is_some() {
                            session.personal = None;
                        }
                    });
                row.spawn(widgets::icon_button(icons.bin.clone(), TextKey::new("password-clear"), answers::LINE))
                    .observe(|_: On<Activate>, mut session: ResMut<PasswordSession>| {
                        session.builder.clear();
                        session.personal = None;
                    });
            });
        });
        answers::spawn_side(area, icons, finish);
    });
}

fn add_piece(
    activate: On<Activate>,
    pieces: Query<&PieceButton>,
    mut session: ResMut<PasswordSession>,
    mut redraw: ResMut<Redraw>,
) {
    let Ok(PieceButton(index)) = pieces.get(activate.entity) else { return };
    let session = &mut *session;
    let Some(id) = session.level.pieces.get(*index).map(|p| p.id.clone()) else { return };
    match session.builder.add(*index, &id) {
        Added::Personal => session.personal = Some(*index),
        Added::Piece => session.personal = None,
        Added::Full => {}
    }
    redraw.frames(3);
}

fn finish(
    _: On<Activate>,
    session: Res<PasswordSession>,
    texts: Res<Texts>,
    estimator: Res<PasswordEstimator>,
    mut attempts: MessageWriter<LevelAttempt>,
) {
    let words = piece_texts(&session, &texts);
    let Estimate::Ready(strength) = measure(&session, &words, &texts, &estimator) else { return };
    if session.builder.verdict(&strength) != Verdict::Done {
        return;
    }
    // The score, never the password: it is only practice, but a pupil may reuse it.
    answers::record(&mut attempts, AttemptOutcome::PasswordBuilt(strength.score), &session.builder);
}

/// The strength of the password in the current language (the estimator knows its common
/// words). An empty password needs no asking.
fn measure(session: &PasswordSession, words: &[String], texts: &Texts, estimator: &PasswordEstimator) -> Estimate {
    if session.builder.chosen().is_empty() {
        return Estimate::Ready(Strength::EMPTY);
    }
    (estimator.0)(&session.builder.password(words), &session.builder.known(words), texts.current())
}

fn piece_texts(session: &PasswordSession, texts: &Texts) -> Vec<String> {
    session.level.pieces.iter().map(|p| texts.text(&p.text)).collect()
}

#[allow(clippy::type_complexity, clippy::too_many_arguments)]
fn show_password(
    mut commands: Commands,
    session: Res<PasswordSession>,
    texts: Res<Texts>,
    estimator: Res<PasswordEstimator>,
    mut waiting: Local<bool>,
    mut answered: Local<bool>,
    mut redraw: ResMut<Redraw>,
    mut password_text: Query<(&mut Localized, &mut A11y), (With<PasswordText>, Without<MeterText>, Without<SidePart>)>,
    mut meter_text: Query<(&mut Localized, &mut A11y), (With<MeterText>, Without<PasswordText>, Without<SidePart>)>,
    mut segments: Query<(&MeterSegment, &mut BackgroundColor)>,
    pieces: Query<(Entity, Has<InteractionDisabled>), With<PieceButton>>,
    mut side: Side,
) {
    if !session.is_changed() && !texts.is_changed() && !*waiting {
        return;
    }
    let words = piece_texts(&session, &texts);
    let estimate = measure(&session, &words, &texts, &estimator);
    // While the estimator answers, keep frames coming so its answer is shown at once, and
    // keep what the screen shows: the answer usually comes a frame later, and only the first
    // one of a visit waits for the estimator module to download ("measuring").
    if session.is_added() {
        *answered = false;
    }
    *waiting = estimate == Estimate::Pending;
    if *waiting {
        redraw.frames(2);
        if *answered {
            return;
        }
    } else if matches!(estimate, Estimate::Ready(_)) && !session.builder.chosen().is_empty() {
        *answered = true;
    }
    let (strength, verdict) = match estimate {
        Estimate::Ready(strength) => (strength, Some(session.builder.verdict(&strength))),
        Estimate::Pending | Estimate::Unavailable => (Strength::EMPTY, None),
    };
    let shown = if session.builder.chosen().is_empty() {
        TextKey::new("password-empty")
    } else {
        TextKey::new("password-shown").key("password", TextKey::literal(session.builder.password(&words)))
    };
    for (mut text, mut a11y) in &mut password_text {
        if text.0 != shown {
            text.0 = shown.clone();
            a11y.name = shown.clone();
        }
    }
    let empty = session.builder.chosen().is_empty();
    let meter = if empty {
        TextKey::new("password-meter-empty")
    } else if estimate == Estimate::Pending {
        TextKey::new("password-meter-pending")
    } else if estimate == Estimate::Unavailable {
        TextKey::new("password-meter-unavailable")
    } else if let Some(limit) = strength.limit {
        // The guidance held the score back: say why, not a guessing time that looks better.
        TextKey::new("password-meter-limited")
            .msg("score", password::score_message_id(strength.score))
            .msg("limit", limit.message_id())
    } else {
        TextKey::new("password-meter")
            .msg("score", password::score_message_id(strength.score))
            .msg("time", strength.guess_time().message_id())
    };
    for (mut text, mut a11y) in &mut meter_text {
        if text.0 != meter {
            text.0 = meter.clone();
            a11y.name = meter.clone();
        }
    }
    for (MeterSegment(score), mut background) in &mut segments {
        let lit = !empty && verdict.is_some() && *score <= strength.score;
        let colour = if lit { METER[usize::from(strength.score.min(4))] } else { theme::LAMP_OFF };
        if background.0 != colour {
            background.0 = colour;
        }
    }
    // A full password takes no more tiles (Remove last makes room again).
    let full = session.builder.is_full();
    for (entity, disabled) in &pieces {
        if full && !disabled {
            commands.entity(entity).insert(InteractionDisabled);
        } else if !full && disabled {
            commands.entity(entity).remove::<InteractionDisabled>();
        }
    }
    let count = session.builder.chosen().len() as u32;
    let progress = TextKey::new("password-pieces")
        .num("count", count)
        .num("min", session.level.min_pieces as u32)
        .num("max", session.level.max_pieces as u32);
    let advice = match (verdict, estimate) {
        (Some(verdict), _) => TextKey::new(verdict.message_id())
            .num("min", session.level.min_pieces as u32)
            .msg("target", password::score_message_id(session.level.target)),
        (None, Estimate::Unavailable) => TextKey::new("password-meter-unavailable"),
        (None, _) => TextKey::new("password-meter-pending"),
    };
    let feedback = match session.personal.and_then(|i| session.level.pieces.get(i)).and_then(|p| p.reason.clone()) {
        Some(reason) => TextKey::new("password-personal").msg("reason", reason),
        None => advice,
    };
    let done = verdict == Some(Verdict::Done);
    side.show(progress, feedback, Stage::finished_if(done));
}
