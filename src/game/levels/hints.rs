//! The three hint tiers every level can have (a nudge, the idea, part of the solution): a Hint
//! button that shows the next one, and the text it shows. Each kind places both where they fit
//! its layout; the count is kept in [`LevelHints`] and recorded with each attempt.

use crate::core::shortcuts::Command;
use crate::game::a11y::A11y;
use crate::game::i18n::{Localized, TextKey};
use crate::game::levels::{LevelHints, LevelPlay};
use crate::game::ui::icons::Icons;
use crate::game::ui::pointer::Activate;
use crate::game::ui::theme;
use crate::game::ui::widgets::{self, ButtonLook};
use bevy::prelude::*;
use bevy::ui::InteractionDisabled;

#[derive(Component)]
struct HintButton;
#[derive(Component)]
struct HintText;

pub(super) fn plugin(app: &mut App) {
    app.add_systems(Update, show_hints.in_set(LevelPlay));
}

/// The Hint button: each tap shows the next hint, until the last or the level is solved.
pub fn spawn_hint_button(parent: &mut ChildSpawnerCommands, icons: &Icons) {
    parent
        .spawn((HintButton, widgets::icon_button(icons.lamp.clone(), TextKey::new("hint"), ButtonLook::SECONDARY)))
        // Never narrower than its word: beside a long status line it would give up its room.
        .insert(Node { flex_shrink: 0.0, ..widgets::big_button_node(theme::MIN_TARGET, theme::MIN_TARGET) })
        .insert(A11y::button(TextKey::new("hint")).keys(Command::Hint.keys()))
        .observe(|_: On<Activate>, mut hints: ResMut<LevelHints>| {
            if hints.can_show_more() {
                hints.shown += 1;
            }
        });
}

/// Where the hint shown last is read (and announced).
pub fn hint_text() -> impl Bundle {
    (
        HintText,
        widgets::label(TextKey::literal(""), theme::FONT_SMALL, theme::HIGHLIGHT),
        A11y::status(TextKey::literal("")),
    )
}

fn show_hints(
    mut commands: Commands,
    hints: Res<LevelHints>,
    buttons: Query<(Entity, Has<InteractionDisabled>), With<HintButton>>,
    added: Query<(), Added<HintText>>,
    mut texts: Query<(&mut Localized, &mut A11y), With<HintText>>,
) {
    if !hints.is_changed() && added.is_empty() {
        return;
    }
    let enabled = hints.can_show_more();
    for (entity, disabled) in &buttons {
        if enabled && disabled {
            commands.entity(entity).remove::<InteractionDisabled>();
        } else if !enabled && !disabled {
            commands.entity(entity).insert(InteractionDisabled);
        }
    }
    let key = match usize::from(hints.shown).checked_sub(1).and_then(|i| hints.ids.get(i)) {
        Some(id) => TextKey::new("hint-shown").num("number", hints.shown).msg("hint", id.clone()),
        None => TextKey::literal(""),
    };
    for (mut localized, mut a11y) in &mut texts {
        if localized.0 != key {
            localized.0 = key.clone();
            a11y.name = key.clone();
        }
    }
}
