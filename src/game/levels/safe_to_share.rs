//! Sorting: one card at a time goes into one of the level's boxes ("OK to share" / "Keep
//! private" unless it names its own), by dragging it onto a box or tapping the box. Each
//! placement shows its reason; a wrong box counts a mistake and the card stays.

use super::answers::{self, AnswerSession};
use crate::core::level::safe_to_share::{BinIcon, Placement, SafeToShare, SortRound};
use crate::core::level::{AnswerLog, Answers};
use crate::core::progress::AttemptOutcome;
use crate::game::a11y::A11y;
use crate::game::i18n::{Localized, TextKey};
use crate::game::levels::LevelPlay;
use crate::game::redraw::Redraw;
use crate::game::speech::ReadAloud;
use crate::game::ui::icons::Icons;
use crate::game::ui::pointer::{Activate, DragMove, DragRelease, Draggable};
use crate::game::ui::theme;
use crate::game::ui::widgets::{self, ButtonLook};
use bevy::prelude::*;
use bevy::ui::{ComputedNode, InteractionDisabled, UiGlobalTransform};

/// The level being played.
#[derive(Resource)]
pub struct SortSession {
    level: SafeToShare,
    round: SortRound,
    feedback: Option<Placement>,
    /// Every placement as `card:bin`, in order, for the teacher, and the mistakes so far
    /// (kept equal to the round's).
    log: AnswerLog,
}

/// Sorting keeps its record on the game side (core's round keeps only the mistakes).
impl Answers for SortSession {
    fn log(&self) -> &AnswerLog {
        &self.log
    }
}

impl AnswerSession for SortSession {
    fn record(&self) -> &dyn Answers {
        self
    }

    fn finished(&self) -> Option<AttemptOutcome> {
        self.round.is_finished().then_some(AttemptOutcome::Sorted)
    }
}

#[derive(Component)]
struct CardNode;
#[derive(Component)]
struct CardText;
#[derive(Component)]
struct CardCount;
#[derive(Component)]
struct BinButton(usize);
#[derive(Component)]
struct FeedbackPanel;
#[derive(Component)]
struct FinishButton;

pub(super) fn plugin(app: &mut App) {
    app.add_plugins(super::session_plugin::<SortSession>);
    app.add_systems(Update, show_round.in_set(LevelPlay).run_if(resource_exists::<SortSession>));
}

/// Fills the level area and starts a round.
pub fn start(commands: &mut Commands, area: Entity, level: &SafeToShare, icons: &Icons) {
    commands.insert_resource(SortSession {
        level: level.clone(),
        round: SortRound::new(level),
        feedback: None,
        log: AnswerLog::default(),
    });
    commands.entity(area).with_children(|area| {
        area.spawn(Node {
            flex_direction: FlexDirection::Column,
            align_items: AlignItems::Center,
            row_gap: px(18),
            width: percent(100),
            ..default()
        })
        .with_children(|column| {
            column.spawn((
                CardCount,
                widgets::label(TextKey::new("sort-card-count"), theme::FONT_SMALL, theme::TEXT_DIM),
            ));
            column
                .spawn((
                    CardNode,
                    Name::new("Card"),
                    Node {
                        width: px(380),
                        min_height: px(150),
                        padding: UiRect::all(px(20)),
                        justify_content: JustifyContent::Center,
                        align_items: AlignItems::Center,
                        border_radius: BorderRadius::all(px(theme::RADIUS)),
                        border: UiRect::all(px(4)),
                        ..default()
                    },
                    BackgroundColor(theme::FLOOR),
                    BorderColor::all(theme::HIGHLIGHT),
                    UiTransform::default(),
                    GlobalZIndex(5),
                    A11y::text(TextKey::new("sort-card")),
                ))
                .with_children(|card| {
                    card.spawn((
                        CardText,
                        widgets::label(TextKey::new(""), theme::FONT_HEADING * 0.8, theme::TEXT_DARK),
                    ));
                })
                .insert(Draggable)
                .observe(drag)
                .observe(drop_card);
            column.spawn(widgets::label(TextKey::new("sort-hint"), theme::FONT_SMALL, theme::TEXT_DIM));
            column.spawn(Node { justify_content: JustifyContent::Center, ..widgets::button_row(32.0) }).with_children(
                |bins| {
                    // Three boxes share the width that two have.
                    let width = if level.bins.len() > 2 { 180.0 } else { 240.0 };
                    for (index, bin) in level.bins.iter().enumerate() {
                        let (look, icon) = match bin.icon {
                            BinIcon::Check => (ButtonLook::SUCCESS, icons.check.clone()),
                            BinIcon::Lock => (ButtonLook::DANGER, icons.lock.clone()),
                            BinIcon::Cross => (ButtonLook::DANGER, icons.cross.clone()),
                            BinIcon::Question => (ButtonLook::SECONDARY, icons.question.clone()),
                        };
                        bins.spawn((
                            BinButton(index),
                            ReadAloud,
                            widgets::icon_button(icon, TextKey::new(bin.label.clone()), look),
                        ))
                        .insert(widgets::big_button_node(width, 120.0))
                        .observe(tap_bin);
                    }
                },
            );
            column.spawn((
                FeedbackPanel,
                // Always takes its room (three lines), so the boxes above never move.
                Node {
                    padding: UiRect::all(px(14)),
                    max_width: px(720),
                    min_height: px(110),
                    border_radius: BorderRadius::all(px(theme::RADIUS)),
                    ..default()
                },
                Visibility::Hidden,
                BackgroundColor(theme::PANEL),
                A11y::status(TextKey::new("")),
                children![widgets::label(TextKey::new(""), theme::FONT_BODY, theme::TEXT_DARK)],
            ));
            column.spawn(widgets::button_row(16.0)).with_children(|row| {
                super::hints::spawn_hint_button(row, icons);
                row.spawn((FinishButton, widgets::button(TextKey::new("sort-finish"), ButtonLook::PRIMARY)))
                    .insert(Visibility::Hidden)
                    .insert(widgets::big_button_node(200.0, theme::MIN_TARGET))
                    .observe(answers::next_or_finish::<SortSession>);
            });
            column.spawn(super::hints::hint_text());
        });
    });
}

fn place(session: &mut SortSession, bin: usize) {
    let card = session.round.current().and_then(|i| session.level.cards.get(i));
    if let (Some(card), Some(bin)) = (card, session.level.bins.get(bin)) {
        session.log.answers.push(format!("{}:{}", card.id, bin.id));
    }
    if let Some(placement) = session.round.place(bin) {
        session.feedback = Some(placement);
    }
    session.log.mistakes = session.round.mistakes();
}

fn tap_bin(activate: On<Activate>, bins: Query<&BinButton>, mut session: ResMut<SortSession>) {
    if let Ok(BinButton(bin)) = bins.get(activate.entity) {
        place(&mut session, *bin);
    }
}

/// The card follows the finger.
fn drag(event: On<DragMove>, mut cards: Query<&mut UiTransform, With<CardNode>>, mut redraw: ResMut<Redraw>) {
    for mut transform in &mut cards {
        transform.translation = Val2::px(event.offset.x, event.offset.y);
    }
    redraw.frames(1);
}

/// Dropped on a box: placed there. Dropped anywhere else: back to its place.
fn drop_card(
    event: On<DragRelease>,
    mut session: ResMut<SortSession>,
    mut cards: Query<&mut UiTransform, With<CardNode>>,
    bins: Query<(&BinButton, &ComputedNode, &UiGlobalTransform)>,
    mut redraw: ResMut<Redraw>,
) {
    for mut transform in &mut cards {
        transform.translation = Val2::ZERO;
    }
    redraw.frames(2);
    for (bin, computed, transform) in &bins {
        // Layout is in physical pixels; the pointer is in logical ones.
        if computed.contains_point(*transform, event.position / computed.inverse_scale_factor()) {
            place(&mut session, bin.0);
            return;
        }
    }
}

#[allow(clippy::type_complexity)]
fn show_round(
    mut commands: Commands,
    session: Res<SortSession>,
    mut texts: ParamSet<(Query<&mut Localized, With<CardCount>>, Query<&mut Localized, With<CardText>>)>,
    mut cards: Query<(&mut A11y, &mut Visibility), (With<CardNode>, Without<FeedbackPanel>, Without<FinishButton>)>,
    mut feedback: Query<
        (&mut A11y, &mut Visibility, &mut BackgroundColor, &Children),
        (With<FeedbackPanel>, Without<CardNode>, Without<FinishButton>),
    >,
    mut feedback_text: Query<&mut Localized, (Without<CardCount>, Without<CardText>)>,
    mut finish: Query<&mut Visibility, (With<FinishButton>, Without<CardNode>, Without<FeedbackPanel>)>,
    bins: Query<(Entity, Has<InteractionDisabled>), With<BinButton>>,
) {
    if !session.is_changed() {
        return;
    }
    let total = session.level.cards.len();
    let current = session.round.current();
    for mut count in &mut texts.p0() {
        let key = match current {
            Some(index) => TextKey::new("sort-card-count").num("current", index as u32 + 1).num("total", total as u32),
            None => TextKey::literal(""),
        };
        if count.0 != key {
            count.0 = key;
        }
    }
    let card_text = current.map(|index| session.level.cards[index].text.clone());
    for mut text in &mut texts.p1() {
        let key = card_text.clone().map_or_else(|| TextKey::literal(""), TextKey::new);
        if text.0 != key {
            text.0 = key;
        }
    }
    for (mut a11y, mut visibility) in &mut cards {
        let shown = if card_text.is_some() { Visibility::Inherited } else { Visibility::Hidden };
        if *visibility != shown {
            *visibility = shown;
        }
        if let Some(text) = &card_text {
            let name = TextKey::new("sort-card").msg("text", text.clone());
            if a11y.name != name {
                a11y.name = name;
            }
        }
    }
    for (mut a11y, mut visibility, mut background, children) in &mut feedback {
        let Some(placement) = session.feedback else { continue };
        let card = &session.level.cards[placement.card];
        let (verdict, colour) =
            if placement.correct { ("sort-right", theme::SUCCESS) } else { ("sort-wrong", theme::DANGER) };
        let key = TextKey::new("sort-feedback").msg("verdict", verdict).msg("reason", card.reason.clone());
        *visibility = Visibility::Inherited;
        background.0 = colour;
        a11y.name = key.clone();
        for child in children.iter() {
            if let Ok(mut text) = feedback_text.get_mut(child) {
                text.0 = key.clone();
            }
        }
    }
    let finished = session.round.is_finished();
    for mut visibility in &mut finish {
        *visibility = if finished { Visibility::Inherited } else { Visibility::Hidden };
    }
    for (entity, disabled) in &bins {
        if finished && !disabled {
            commands.entity(entity).insert(InteractionDisabled);
        }
    }
}
