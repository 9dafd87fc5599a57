//! What the answer levels (red flags, pick the reply, order the steps, build a password, read
//! an address) share: the mock device screen on one side, and beside it a column with the
//! progress, the feedback on the last answer (announced), the Hint button, the Next or Finish
//! button and the hint text. Each kind fills the screen and drives the column with [`Side`].

use crate::core::level::Answers;
use crate::core::progress::{Attempt, AttemptOutcome};
use crate::game::a11y::A11y;
use crate::game::i18n::{Localized, TextKey};
use crate::game::levels::{LevelAttempt, LevelHints};
use crate::game::speech::ReadAloud;
use crate::game::ui::icons::Icons;
use crate::game::ui::pointer::Activate;
use crate::game::ui::theme;
use crate::game::ui::widgets::{self, ButtonLook};
use bevy::ecs::system::{IntoObserverSystem, SystemParam};
use bevy::prelude::*;

/// A line on a mock screen before it is answered.
pub const LINE: ButtonLook = ButtonLook { background: theme::FLOOR, text: theme::TEXT_DARK };
/// A line answered rightly.
pub const RIGHT: ButtonLook = ButtonLook::SUCCESS;
/// A line answered wrongly.
pub const WRONG: ButtonLook = ButtonLook::DANGER;

/// Everything in the side column. A kind's own queries on `Localized` or `A11y` add
/// `Without<SidePart>` so Bevy sees they never touch the same entities as [`Side`].
#[derive(Component, Default)]
pub struct SidePart;
#[derive(Component)]
#[require(SidePart)]
struct SideProgress;
/// The feedback text beside the screen (kinds' queries on `A11y` exclude it).
#[derive(Component)]
#[require(SidePart)]
pub struct SideFeedback;
/// The Next/Finish button beside the screen (kinds' queries on `A11y` exclude it).
#[derive(Component)]
#[require(SidePart)]
pub struct SideAction;
#[derive(Component)]
#[require(SidePart)]
struct SideActionLabel;
/// A tappable line on a mock screen.
#[derive(Component)]
pub struct Line;
/// The mark (tick, cross, flag) at the end of a screen line.
#[derive(Component)]
pub struct LineMark;

/// A mock device screen: a white rounded frame with a header bar naming the app, then what
/// `lines` spawns.
pub fn spawn_screen(parent: &mut ChildSpawnerCommands, header: TextKey, lines: impl FnOnce(&mut ChildSpawnerCommands)) {
    parent
        .spawn((
            Name::new("Screen"),
            Node {
                width: px(540),
                max_width: percent(100),
                // Phones are at least 320 px wide; this also keeps the screen laid out where
                // there is no viewport to take a percentage of (the headless tests).
                min_width: px(300),
                flex_shrink: 1.0,
                flex_direction: FlexDirection::Column,
                row_gap: px(8),
                padding: UiRect::all(px(12)),
                border: UiRect::all(px(6)),
                border_radius: BorderRadius::all(px(22)),
                ..default()
            },
            BackgroundColor(Color::WHITE),
            BorderColor::all(theme::WALL),
            // Wider beside the side column on a landscape tablet, so a chat's lines take one
            // line each and eight of them fit its height.
            crate::game::ui::ResponsiveWidth { landscape: px(640), portrait: px(540) },
        ))
        .with_children(|screen| {
            screen
                .spawn((
                    Node {
                        padding: UiRect::axes(px(12), px(6)),
                        border_radius: BorderRadius::all(px(10)),
                        ..default()
                    },
                    BackgroundColor(theme::SECONDARY),
                ))
                .with_children(|bar| {
                    bar.spawn(widgets::heading(header, theme::FONT_SMALL));
                });
            lines(screen);
        });
}

/// The text of a screen line.
#[derive(Component)]
pub struct LineLabel;

/// Spawns a tappable line of text on a mock screen, with room for a mark at its end.
pub fn spawn_line<'a>(parent: &'a mut ChildSpawnerCommands, key: TextKey, icons: &Icons) -> EntityCommands<'a> {
    let mut line = parent.spawn((Line, ReadAloud, widgets::button_base(key.clone(), LINE)));
    line.insert(Node {
        min_height: px(theme::MIN_TARGET),
        padding: UiRect::axes(px(12), px(6)),
        justify_content: JustifyContent::SpaceBetween,
        align_items: AlignItems::Center,
        column_gap: px(10),
        border: UiRect::all(px(3)),
        border_radius: BorderRadius::all(px(10)),
        ..default()
    })
    .with_children(|line| {
        line.spawn((LineLabel, widgets::label(key, theme::FONT_BODY, LINE.text)))
            .insert(TextLayout::justify(Justify::Start));
        line.spawn((LineMark, widgets::icon(icons.flag.clone(), 32.0, Color::NONE)));
    });
    line
}

/// Beside the screen: progress, feedback, Hint and the Next/Finish button (hidden until
/// [`Side::show`] names it), then the hint text. `on_action` runs when that button is tapped.
pub fn spawn_side<M>(
    parent: &mut ChildSpawnerCommands,
    icons: &Icons,
    on_action: impl IntoObserverSystem<Activate, (), M>,
) {
    parent
        .spawn(Node {
            flex_direction: FlexDirection::Column,
            align_items: AlignItems::Center,
            row_gap: px(14),
            max_width: px(460),
            flex_shrink: 1.0,
            ..default()
        })
        .with_children(|side| {
            side.spawn((SideProgress, widgets::label(TextKey::literal(""), theme::FONT_BODY, theme::TEXT)));
            // Room for four lines, so the buttons below never move. The room is a box around
            // the text: a text node with a minimum height of its own gets the height of fewer
            // lines than it draws (Bevy 0.19's text measure).
            side.spawn(Node {
                flex_direction: FlexDirection::Column,
                max_width: px(460),
                min_height: px(128),
                ..default()
            })
            .with_child((
                SideFeedback,
                widgets::label(TextKey::literal(""), theme::FONT_BODY, theme::TEXT),
                A11y::status(TextKey::literal("")),
            ));
            side.spawn(widgets::button_row(16.0)).with_children(|row| {
                super::hints::spawn_hint_button(row, icons);
                let label = TextKey::new("answer-next");
                row.spawn((SideAction, widgets::button_base(label.clone(), ButtonLook::PRIMARY)))
                    .insert(Visibility::Hidden)
                    .with_child((SideActionLabel, widgets::label(label, theme::FONT_BODY, ButtonLook::PRIMARY.text)))
                    .observe(on_action);
            });
            side.spawn(super::hints::hint_text());
        });
}

/// Where the pupil is in an answer level, which decides the side column's button.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Stage {
    /// Still answering: no button.
    Working,
    /// One question or link is done: Next.
    Answered,
    /// Everything is done: Finish, and no more hints.
    Finished,
}

impl Stage {
    /// `Finished` when `finished`, otherwise `Working`.
    pub fn finished_if(finished: bool) -> Stage {
        if finished { Stage::Finished } else { Stage::Working }
    }
}

/// Writes the side column; only what changed is touched. Its queries leave out screen lines
/// and their labels, so a kind's system can query those beside it.
#[derive(SystemParam)]
#[allow(clippy::type_complexity)]
pub struct Side<'w, 's> {
    hints: ResMut<'w, LevelHints>,
    progress: Query<
        'w,
        's,
        &'static mut Localized,
        (With<SidePart>, With<SideProgress>, Without<SideFeedback>, Without<SideActionLabel>, Without<LineLabel>),
    >,
    feedback: Query<
        'w,
        's,
        (&'static mut Localized, &'static mut A11y),
        (
            With<SidePart>,
            With<SideFeedback>,
            Without<SideProgress>,
            Without<SideAction>,
            Without<SideActionLabel>,
            Without<Line>,
            Without<LineLabel>,
        ),
    >,
    action: Query<
        'w,
        's,
        (&'static mut Visibility, &'static mut A11y, &'static Children),
        (With<SidePart>, With<SideAction>, Without<SideFeedback>, Without<Line>),
    >,
    labels: Query<
        'w,
        's,
        &'static mut Localized,
        (With<SidePart>, With<SideActionLabel>, Without<SideProgress>, Without<SideFeedback>, Without<LineLabel>),
    >,
}

impl Side<'_, '_> {
    /// Shows `progress`, `feedback` (announced when it changes) and the button `stage` calls
    /// for. A finished level offers no more hints.
    pub fn show(&mut self, progress: TextKey, feedback: TextKey, stage: Stage) {
        let action = match stage {
            Stage::Working => None,
            Stage::Answered => Some(TextKey::new("answer-next")),
            Stage::Finished => Some(TextKey::new("sort-finish")),
        };
        if stage == Stage::Finished && !self.hints.closed {
            self.hints.closed = true;
        }
        for mut text in &mut self.progress {
            if text.0 != progress {
                text.0 = progress.clone();
            }
        }
        for (mut text, mut a11y) in &mut self.feedback {
            if text.0 != feedback {
                text.0 = feedback.clone();
                a11y.name = feedback.clone();
            }
        }
        for (mut visibility, mut a11y, children) in &mut self.action {
            let wanted = if action.is_some() { Visibility::Inherited } else { Visibility::Hidden };
            if *visibility != wanted {
                *visibility = wanted;
            }
            let Some(label) = &action else { continue };
            if a11y.name != *label {
                a11y.name = label.clone();
            }
            for child in children.iter() {
                if let Ok(mut text) = self.labels.get_mut(child) {
                    if text.0 != *label {
                        text.0 = label.clone();
                    }
                }
            }
        }
    }
}

/// Sets a screen line's look, accessible name and end mark (`None` hides the mark).
pub fn mark_line(
    (look, a11y, children): (&mut ButtonLook, &mut A11y, &Children),
    marks: &mut Query<&mut ImageNode, With<LineMark>>,
    wanted: ButtonLook,
    name: TextKey,
    mark: Option<Handle<Image>>,
) {
    if *look != wanted {
        *look = wanted;
    }
    if a11y.name != name {
        a11y.name = name;
    }
    for child in children.iter() {
        if let Ok(mut image) = marks.get_mut(child) {
            match &mark {
                Some(handle) => {
                    if image.image != *handle {
                        image.image = handle.clone();
                    }
                    image.color = wanted.text;
                }
                None => image.color = Color::NONE,
            }
        }
    }
}

/// Sets the text of a screen line whose text changes (a new question's answers).
pub fn set_line_text(children: &Children, labels: &mut Query<&mut Localized, With<LineLabel>>, text: &TextKey) {
    for child in children.iter() {
        if let Ok(mut label) = labels.get_mut(child) {
            if label.0 != *text {
                label.0 = text.clone();
            }
        }
    }
}

/// "Right!" or "Not quite." followed by a reason.
pub fn verdict(right: bool, reason: impl Into<std::borrow::Cow<'static, str>>) -> TextKey {
    TextKey::new("answer-feedback")
        .msg("verdict", if right { "answer-right" } else { "answer-wrong" })
        .msg("reason", reason)
}

/// An answer kind's session, as the one Finish path sees it.
pub trait AnswerSession: Resource<Mutability = bevy::ecs::component::Mutable> {
    /// What the pupil chose and the mistakes so far.
    fn record(&self) -> &dyn Answers;
    /// The outcome to record once every answer is in; `None` while the pupil is still
    /// answering.
    fn finished(&self) -> Option<AttemptOutcome>;
    /// Moves on to the next question or link (kinds of one round only have Finish); whether
    /// there was one.
    fn next(&mut self) -> bool {
        false
    }
}

/// The side column's button for every answer kind: Finish records the attempt once the level
/// is done; before that, Next moves on.
pub fn next_or_finish<S: AnswerSession>(
    _: On<Activate>,
    mut session: ResMut<S>,
    mut attempts: MessageWriter<LevelAttempt>,
) {
    match session.finished() {
        Some(outcome) => record(&mut attempts, outcome, session.record()),
        // Only a real move on counts as a change (and redraws the level).
        None => {
            if session.bypass_change_detection().next() {
                session.set_changed();
            }
        }
    }
}

/// Records what an answer level's pupil chose, the mistakes and the stars they give (time
/// and hints are added by the level screen).
pub fn record(attempts: &mut MessageWriter<LevelAttempt>, outcome: AttemptOutcome, record: &dyn Answers) {
    attempts.write(LevelAttempt {
        attempt: Attempt {
            outcome,
            answers: record.answers().to_vec(),
            mistakes: record.mistakes(),
            stars: record.stars(),
            ..Default::default()
        },
    });
}
