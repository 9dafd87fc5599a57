//! Pick the best reply: a situation on a mock screen and up to four answers as lines. A wrong
//! answer turns red and shows why; the best one turns green, shows why, and Next moves on to
//! the next situation. Finish records every answer picked.

use super::answers::{self, AnswerSession, Line, LineLabel, LineMark, Side, SidePart, Stage};
use crate::core::level::Answers;
use crate::core::level::pick_reply::{Pick, PickReply, ReplyRound};
use crate::core::progress::AttemptOutcome;
use crate::game::a11y::A11y;
use crate::game::i18n::{Localized, TextKey};
use crate::game::levels::LevelPlay;
use crate::game::redraw::Redraw;
use crate::game::ui::icons::Icons;
use crate::game::ui::pointer::Activate;
use crate::game::ui::theme;
use crate::game::ui::widgets::{self, ButtonLook};
use bevy::prelude::*;

/// The level being played.
#[derive(Resource)]
pub struct ReplySession {
    level: PickReply,
    round: ReplyRound,
    /// The last answer picked and what it was.
    last: Option<(usize, Pick)>,
}

#[derive(Component)]
struct OptionButton(usize);
#[derive(Component)]
struct Prompt;

/// The most answers a question has (validated in core).
const MAX_OPTIONS: usize = 4;

pub(super) fn plugin(app: &mut App) {
    app.add_plugins(super::session_plugin::<ReplySession>);
    app.add_systems(Update, show_round.in_set(LevelPlay).run_if(resource_exists::<ReplySession>));
}

/// Fills the level area and asks the first question.
pub fn start(commands: &mut Commands, area: Entity, level: &PickReply, icons: &Icons) {
    commands.insert_resource(ReplySession { level: level.clone(), round: ReplyRound::new(level), last: None });
    commands.entity(area).with_children(|area| {
        answers::spawn_screen(area, TextKey::new("pick-screen"), |screen| {
            screen.spawn((
                Prompt,
                widgets::label(TextKey::literal(""), theme::FONT_BODY, theme::TEXT_DARK),
                A11y::text(TextKey::literal("")),
                Node { padding: UiRect::all(px(10)), margin: UiRect::bottom(px(6)), ..default() },
            ));
            for index in 0..MAX_OPTIONS {
                answers::spawn_line(screen, TextKey::literal(""), icons).insert(OptionButton(index)).observe(pick);
            }
        });
        answers::spawn_side(area, icons, answers::next_or_finish::<ReplySession>);
    });
}

fn pick(
    activate: On<Activate>,
    options: Query<&OptionButton>,
    mut session: ResMut<ReplySession>,
    mut redraw: ResMut<Redraw>,
) {
    let Ok(OptionButton(index)) = options.get(activate.entity) else { return };
    let session = &mut *session;
    let Some(question) = session.round.current().and_then(|q| session.level.questions.get(q)) else { return };
    let Some(choice) = question.options.get(*index) else { return };
    let label = format!("{}:{}", question.id, choice.id);
    if let Some(result) = session.round.pick(*index, &label) {
        if result != Pick::Again {
            session.last = Some((*index, result));
        }
    }
    redraw.frames(3);
}

impl AnswerSession for ReplySession {
    fn record(&self) -> &dyn Answers {
        &self.round
    }

    fn finished(&self) -> Option<AttemptOutcome> {
        self.round.is_finished().then_some(AttemptOutcome::Answered)
    }

    fn next(&mut self) -> bool {
        let moved = self.round.next();
        if moved {
            self.last = None;
        }
        moved
    }
}

#[allow(clippy::type_complexity)]
fn show_round(
    session: Res<ReplySession>,
    mut prompt: Query<
        (&mut Localized, &mut A11y),
        (With<Prompt>, Without<Line>, Without<LineLabel>, Without<SidePart>),
    >,
    mut options: Query<(&OptionButton, &mut ButtonLook, &mut A11y, &Children, &mut Node), With<Line>>,
    mut labels: Query<&mut Localized, With<LineLabel>>,
    mut marks: Query<&mut ImageNode, With<LineMark>>,
    mut side: Side,
    icons: Res<Icons>,
) {
    if !session.is_changed() {
        return;
    }
    let question = session.round.current().and_then(|q| session.level.questions.get(q));
    if let Some(question) = question {
        let key = TextKey::new(question.prompt.clone());
        for (mut text, mut a11y) in &mut prompt {
            if text.0 != key {
                text.0 = key.clone();
                a11y.name = key.clone();
            }
        }
    }
    for (OptionButton(index), mut look, mut a11y, children, mut node) in &mut options {
        let choice = question.and_then(|q| q.options.get(*index));
        // A question with fewer answers takes no room for the missing ones.
        let wanted = if choice.is_some() { Display::Flex } else { Display::None };
        if node.display != wanted {
            node.display = wanted;
        }
        let Some(choice) = choice else { continue };
        let text = TextKey::new(choice.text.clone());
        answers::set_line_text(children, &mut labels, &text);
        let (wanted, name, mark) = match (session.round.is_picked(*index), choice.best) {
            (false, _) => (answers::LINE, text, None),
            (true, true) => (
                answers::RIGHT,
                TextKey::new("pick-option-best").msg("text", choice.text.clone()),
                Some(icons.check.clone()),
            ),
            (true, false) => (
                answers::WRONG,
                TextKey::new("pick-option-not-best").msg("text", choice.text.clone()),
                Some(icons.cross.clone()),
            ),
        };
        answers::mark_line((&mut look, &mut a11y, children), &mut marks, wanted, name, mark);
    }
    let (done, total) = session.round.progress();
    let shown = (done + usize::from(!session.round.is_answered())).min(total);
    let progress = TextKey::new("pick-progress").num("current", shown as u32).num("total", total as u32);
    let feedback = match (session.last, question) {
        (Some((index, result)), Some(question)) => question
            .options
            .get(index)
            .map(|c| answers::verdict(result == Pick::Best, c.reason.clone()))
            .unwrap_or_else(|| TextKey::new("pick-start")),
        _ => TextKey::new("pick-start"),
    };
    let finished = session.round.is_finished();
    let stage = if finished {
        Stage::Finished
    } else if session.round.is_answered() {
        Stage::Answered
    } else {
        Stage::Working
    };
    side.show(progress, feedback, stage);
}
