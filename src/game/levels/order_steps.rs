//! Put the steps in order: the steps as lines on a card, shuffled. Tapping the step that comes
//! next numbers it and turns it green; a step tapped too early turns red until the next tap
//! and shows its reason. Finish records every tap.

use super::answers::{self, AnswerSession, Line, LineLabel, LineMark, Side, Stage};
use crate::core::level::Answers;
use crate::core::level::order_steps::{OrderSteps, Ordering, Placed};
use crate::core::progress::AttemptOutcome;
use crate::game::a11y::A11y;
use crate::game::i18n::{Localized, TextKey};
use crate::game::levels::LevelPlay;
use crate::game::redraw::Redraw;
use crate::game::ui::icons::Icons;
use crate::game::ui::pointer::Activate;
use crate::game::ui::widgets::ButtonLook;
use bevy::prelude::*;

/// The level being played.
#[derive(Resource)]
pub struct OrderSession {
    level: OrderSteps,
    ordering: Ordering,
    /// The last tap: which step (its place in the right order) and what it did.
    last: Option<(usize, Placed)>,
}

/// A step's line; the number is the step's place in the right order.
#[derive(Component)]
struct StepButton(usize);

pub(super) fn plugin(app: &mut App) {
    app.add_plugins(super::session_plugin::<OrderSession>);
    app.add_systems(Update, show_ordering.in_set(LevelPlay).run_if(resource_exists::<OrderSession>));
}

/// Fills the level area with the shuffled steps.
pub fn start(commands: &mut Commands, area: Entity, level: &OrderSteps, icons: &Icons) {
    commands.insert_resource(OrderSession { level: level.clone(), ordering: Ordering::new(level), last: None });
    let header = if level.rank_by.is_some() { "order-screen-rank" } else { "order-screen-steps" };
    commands.entity(area).with_children(|area| {
        answers::spawn_screen(area, TextKey::new(header), |screen| {
            for index in level.shown_order() {
                let Some(step) = level.steps.get(index) else { continue };
                answers::spawn_line(screen, TextKey::new(step.text.clone()), icons)
                    .insert(StepButton(index))
                    .observe(tap_step);
            }
        });
        answers::spawn_side(area, icons, answers::next_or_finish::<OrderSession>);
    });
}

fn tap_step(
    activate: On<Activate>,
    steps: Query<&StepButton>,
    mut session: ResMut<OrderSession>,
    mut redraw: ResMut<Redraw>,
) {
    let Ok(StepButton(index)) = steps.get(activate.entity) else { return };
    let session = &mut *session;
    let Some(id) = session.level.steps.get(*index).map(|s| s.id.clone()) else { return };
    let result = session.ordering.tap(*index, &id);
    if result != Placed::Again {
        session.last = Some((*index, result));
    }
    redraw.frames(3);
}

impl AnswerSession for OrderSession {
    fn record(&self) -> &dyn Answers {
        &self.ordering
    }

    fn finished(&self) -> Option<AttemptOutcome> {
        self.ordering.is_finished().then_some(AttemptOutcome::Ordered)
    }
}

fn show_ordering(
    session: Res<OrderSession>,
    mut steps: Query<(&StepButton, &mut ButtonLook, &mut A11y, &Children), With<Line>>,
    mut labels: Query<&mut Localized, With<LineLabel>>,
    mut marks: Query<&mut ImageNode, With<LineMark>>,
    mut side: Side,
    icons: Res<Icons>,
) {
    if !session.is_changed() {
        return;
    }
    for (StepButton(index), mut look, mut a11y, children) in &mut steps {
        let Some(step) = session.level.steps.get(*index) else { continue };
        let (wanted, text, mark) = if session.ordering.is_placed(*index) {
            let text =
                TextKey::new("order-step-placed").num("number", *index as u32 + 1).msg("text", step.text.clone());
            (answers::RIGHT, text, Some(icons.check.clone()))
        } else if session.last == Some((*index, Placed::TooEarly)) {
            (answers::WRONG, TextKey::new(step.text.clone()), Some(icons.cross.clone()))
        } else {
            (answers::LINE, TextKey::new(step.text.clone()), None)
        };
        answers::set_line_text(children, &mut labels, &text);
        answers::mark_line((&mut look, &mut a11y, children), &mut marks, wanted, text, mark);
    }
    let (placed, total) = session.ordering.progress();
    let progress = TextKey::new("order-progress").num("placed", placed as u32).num("total", total as u32);
    let finished = session.ordering.is_finished();
    let last = session.last.and_then(|(index, result)| {
        session.level.steps.get(index).map(|s| answers::verdict(result == Placed::Next, s.reason.clone()))
    });
    let feedback = match (finished, last) {
        (true, Some(key)) => TextKey::new("order-done").key("last", key),
        (_, Some(key)) => key,
        (_, None) => TextKey::new(if session.level.rank_by.is_some() { "order-start-rank" } else { "order-start" }),
    };
    side.show(progress, feedback, Stage::finished_if(finished));
}
