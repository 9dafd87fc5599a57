//! Spot the red flags: a mock message, e-mail, web page, profile, photo post or group chat
//! whose lines can be tapped. A red flag turns red, a line that is fine turns green and counts
//! a mistake; every tap shows its reason. When every red flag is found, Finish records the
//! answers.

use super::answers::{self, AnswerSession, Line, LineLabel, LineMark, Side, Stage};
use crate::core::level::Answers;
use crate::core::level::spot_flags::{FlagHunt, ScreenKind, SpotFlags, TapResult};
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
pub struct FlagSession {
    level: SpotFlags,
    hunt: FlagHunt,
    /// The last tap: which part and what it was.
    last: Option<(usize, TapResult)>,
}

#[derive(Component)]
struct PartButton(usize);

pub(super) fn plugin(app: &mut App) {
    app.add_plugins(super::session_plugin::<FlagSession>);
    app.add_systems(Update, show_hunt.in_set(LevelPlay).run_if(resource_exists::<FlagSession>));
}

/// Fills the level area and starts the hunt.
pub fn start(commands: &mut Commands, area: Entity, level: &SpotFlags, icons: &Icons) {
    commands.insert_resource(FlagSession { level: level.clone(), hunt: FlagHunt::new(level), last: None });
    let header = match level.screen {
        ScreenKind::Message => "spot-screen-message",
        ScreenKind::Email => "spot-screen-email",
        ScreenKind::Web => "spot-screen-web",
        ScreenKind::Profile => "spot-screen-profile",
        ScreenKind::Post => "spot-screen-post",
        ScreenKind::GroupChat => "spot-screen-group-chat",
    };
    // The level area is a row in landscape (screen left, feedback right) and a column in
    // portrait, so the Finish button is always on screen.
    commands.entity(area).with_children(|area| {
        answers::spawn_screen(area, TextKey::new(header), |screen| {
            for (index, part) in level.parts.iter().enumerate() {
                answers::spawn_line(screen, TextKey::new(part.text.clone()), icons)
                    .insert(PartButton(index))
                    .observe(tap_part);
            }
        });
        answers::spawn_side(area, icons, answers::next_or_finish::<FlagSession>);
    });
}

fn tap_part(
    activate: On<Activate>,
    parts: Query<&PartButton>,
    mut session: ResMut<FlagSession>,
    mut redraw: ResMut<Redraw>,
) {
    let Ok(PartButton(index)) = parts.get(activate.entity) else { return };
    let session = &mut *session;
    let Some(id) = session.level.parts.get(*index).map(|p| p.id.clone()) else { return };
    if let Some(result) = session.hunt.tap(*index, &id) {
        session.last = Some((*index, result));
    }
    redraw.frames(3);
}

impl AnswerSession for FlagSession {
    fn record(&self) -> &dyn Answers {
        &self.hunt
    }

    fn finished(&self) -> Option<AttemptOutcome> {
        self.hunt.is_finished().then_some(AttemptOutcome::FoundAll)
    }
}

fn show_hunt(
    session: Res<FlagSession>,
    mut parts: Query<(&PartButton, &mut ButtonLook, &mut A11y, &Children), With<Line>>,
    mut labels: Query<&mut Localized, With<LineLabel>>,
    mut marks: Query<&mut ImageNode, With<LineMark>>,
    mut side: Side,
    icons: Res<Icons>,
) {
    if !session.is_changed() {
        return;
    }
    for (PartButton(index), mut look, mut a11y, children) in &mut parts {
        let Some(part) = session.level.parts.get(*index) else { continue };
        let tapped = session.hunt.is_tapped(*index);
        // A setting that was a red flag shows its safe value once tapped.
        let text = match (&part.fixed, tapped) {
            (Some(fixed), true) => TextKey::new(fixed.clone()),
            _ => TextKey::new(part.text.clone()),
        };
        answers::set_line_text(children, &mut labels, &text);
        let (wanted, name, mark) = match (tapped, part.flag) {
            (false, _) => (answers::LINE, TextKey::new(part.text.clone()), None),
            (true, true) if part.fixed.is_some() => {
                (answers::RIGHT, TextKey::new("spot-part-fixed").key("text", text.clone()), Some(icons.check.clone()))
            }
            (true, true) => (
                answers::WRONG,
                TextKey::new("spot-part-flag").msg("text", part.text.clone()),
                Some(icons.flag.clone()),
            ),
            (true, false) => (
                answers::RIGHT,
                TextKey::new("spot-part-fine").msg("text", part.text.clone()),
                Some(icons.check.clone()),
            ),
        };
        answers::mark_line((&mut look, &mut a11y, children), &mut marks, wanted, name, mark);
    }
    let (found, total) = session.hunt.found();
    let progress = TextKey::new("spot-found").num("found", found as u32).num("total", total as u32);
    let reason = |index: usize, right: bool| {
        session.level.parts.get(index).map(|p| {
            TextKey::new("spot-feedback")
                .msg("verdict", if right { "spot-right" } else { "spot-wrong" })
                .msg("reason", p.reason.clone())
        })
    };
    let last = match session.last {
        Some((index, TapResult::Flag)) => reason(index, true),
        Some((index, TapResult::NotAFlag)) => reason(index, false),
        _ => None,
    };
    let finished = session.hunt.is_finished();
    let feedback = match (finished, last) {
        (true, Some(key)) => TextKey::new("spot-done").key("last", key),
        (_, Some(key)) => key,
        (_, None) => TextKey::new("spot-start"),
    };
    side.show(progress, feedback, Stage::finished_if(finished));
}
