//! Grown-ups, behind the question: which of the game's languages this tablet reads aloud, and
//! how to add a voice on Android (`game::speech` uses only the tablet's own voices).

use super::{Screen, ScreenBody, just_entered, titled_screen};
use crate::core::speech;
use crate::game::i18n::{TextKey, language_name, shipped_languages};
use crate::game::speech::Voices;
use crate::game::ui::icons::Icons;
use crate::game::ui::theme;
use crate::game::ui::widgets;
use bevy::prelude::*;

pub(super) fn plugin(app: &mut App) {
    app.add_systems(OnEnter(Screen::Voices), spawn);
    app.add_systems(
        Update,
        draw.run_if(in_state(Screen::Voices)).run_if(resource_changed::<Voices>.or_eager(just_entered)),
    );
}

fn spawn(mut commands: Commands, icons: Res<Icons>) {
    titled_screen(&mut commands, Screen::Voices, "adults-voices-open", Screen::Adults, &icons);
}

/// The list as the device reports it now (a browser may list its voices a moment late).
fn draw(mut commands: Commands, body: Query<Entity, With<ScreenBody>>, voices: Res<Voices>) {
    let Ok(body) = body.single() else { return };
    commands.entity(body).despawn_children().with_children(|body| {
        body.spawn(Node { flex_direction: FlexDirection::Column, max_width: px(720), row_gap: px(16), ..default() })
            .with_children(|column| {
                column.spawn(widgets::paragraph(voices_on_tablet(&voices), theme::FONT_BODY));
                column.spawn(widgets::paragraph(TextKey::new("adults-voices-help"), theme::FONT_BODY));
            });
    });
}

/// Which of the game's languages this tablet reads aloud (each named in itself).
fn voices_on_tablet(voices: &Voices) -> TextKey {
    let tags = shipped_languages().iter().map(|(tag, _)| *tag);
    let spoken: Vec<&str> = speech::spoken(&voices.all, tags).into_iter().map(language_name).collect();
    if spoken.is_empty() {
        TextKey::new("adults-voices-none")
    } else {
        TextKey::new("adults-voices-some").key("languages", TextKey::literal(spoken.join(", ")))
    }
}
