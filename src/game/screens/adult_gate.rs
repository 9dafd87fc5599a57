//! The question in front of the grown-ups' screen: one a young child cannot answer by chance
//! (`core::profiles::gate`), typed on a number pad. A wrong answer brings a new question.

use super::{Screen, ScreenBody, titled_screen};
use crate::core::profiles::gate::AdultGate;
use crate::game::a11y::A11y;
use crate::game::i18n::TextKey;
use crate::game::platform::Platform;
use crate::game::ui::icons::Icons;
use crate::game::ui::pointer::Activate;
use crate::game::ui::theme;
use crate::game::ui::widgets::{self, ButtonLook};
use bevy::prelude::*;

/// The gate's question and what has been typed.
#[derive(Resource, Debug, Clone)]
struct Gate {
    gate: AdultGate,
    wrong: bool,
}

#[derive(Component, Debug, Clone, Copy)]
struct Digit(u8);

pub(super) fn plugin(app: &mut App) {
    app.add_systems(OnEnter(Screen::AdultGate), spawn_gate);
    app.add_systems(Update, draw_gate.run_if(in_state(Screen::AdultGate)).run_if(resource_exists_and_changed::<Gate>));
}

fn spawn_gate(mut commands: Commands, icons: Res<Icons>, platform: Res<Platform>) {
    commands.insert_resource(Gate { gate: AdultGate::new(platform.host.random()), wrong: false });
    titled_screen(&mut commands, Screen::AdultGate, "gate-title", Screen::Players, &icons);
}

fn draw_gate(mut commands: Commands, body: Query<Entity, With<ScreenBody>>, gate: Res<Gate>, icons: Res<Icons>) {
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
            // The arrow alone, as on a phone's keypad.
            pad.spawn(widgets::icon_only_button(
                icons.undo.clone(),
                TextKey::new("gate-delete"),
                ButtonLook::SECONDARY,
            ))
            .observe(delete_digit);
            pad.spawn((Digit(0), widgets::button(TextKey::literal("0"), ButtonLook::SECONDARY))).observe(type_digit);
            pad.spawn(widgets::button(TextKey::new("gate-ok"), ButtonLook::PRIMARY)).observe(answer);
        });
    });
}

fn type_digit(activate: On<Activate>, digits: Query<&Digit>, mut gate: ResMut<Gate>) {
    if let Ok(Digit(digit)) = digits.get(activate.entity) {
        gate.gate.push(*digit);
    }
}

fn delete_digit(_: On<Activate>, mut gate: ResMut<Gate>) {
    gate.gate.pop();
}

/// The right answer opens the grown-ups' screen.
fn answer(_: On<Activate>, mut gate: ResMut<Gate>, platform: Res<Platform>, mut next: ResMut<NextState<Screen>>) {
    if gate.gate.check() {
        next.set(Screen::Adults);
    } else {
        // A new question each time: guessing the same one again does not work.
        *gate = Gate { gate: AdultGate::new(platform.host.random()), wrong: true };
    }
}
