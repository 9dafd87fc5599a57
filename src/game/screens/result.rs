//! The result screen: stars, what the level taught, and next / retry / all levels.

use super::level::LastResult;
use super::{CurrentLevel, Screen};
use crate::game::a11y::A11y;
use crate::game::catalog::Levels;
use crate::game::i18n::TextKey;
use crate::game::mission::{Mission, level_opens, pupil_map};
use crate::game::platform::Platform;
use crate::game::progress::TabletPlayers;
use crate::game::speech::{self, ReadAloud};
use crate::game::ui::icons::Icons;
use crate::game::ui::pointer::Activate;
use crate::game::ui::theme;
use crate::game::ui::widgets::{self, ButtonLook};
use bevy::prelude::*;

pub(super) fn plugin(app: &mut App) {
    app.add_systems(OnEnter(Screen::Result), spawn);
}

fn spawn(
    mut commands: Commands,
    result: Option<Res<LastResult>>,
    levels: Res<Levels>,
    saved: Res<TabletPlayers>,
    mission: Res<Mission>,
    icons: Res<Icons>,
    platform: Res<Platform>,
    mut next: ResMut<NextState<Screen>>,
) {
    let Some(result) = result.map(|r| r.clone()) else {
        next.set(Screen::Map);
        return;
    };
    let learned = levels.level(&result.level).map(|l| l.learned.clone()).unwrap_or_default();
    // Within today's mission, "Next" follows the teacher's order; elsewhere the map's (in the
    // player's band).
    let next_in_mission = mission.0.as_ref().and_then(|a| {
        let at = a.levels.iter().position(|l| *l == result.level)?;
        a.levels.get(at + 1).cloned()
    });
    let next_level = next_in_mission.or_else(|| {
        pupil_map(&levels, &saved, &mission)
            .next_after(&result.level)
            .filter(|l| level_opens(&levels, &saved, &mission, &l.id))
            .map(|l| l.id.clone())
    });
    let root = commands.spawn(widgets::centered_screen_root(Screen::Result, 20.0)).id();
    commands.entity(root).with_children(|screen| {
        screen.spawn(widgets::heading(TextKey::new("result-title"), theme::FONT_TITLE * 0.75));
        let stars_name = TextKey::new("result-stars").num("stars", result.stars);
        screen.spawn((
            widgets::star_row(&icons.star, result.stars, 88.0),
            A11y::image(stars_name).announced(),
            ReadAloud,
        ));
        if result.new_best {
            screen.spawn(widgets::paragraph(TextKey::new("result-new-best"), theme::FONT_BODY));
        }
        screen.spawn(widgets::label(TextKey::new("result-learned-heading"), theme::FONT_SMALL, theme::TEXT_DIM));
        screen
            .spawn(widgets::paragraph(TextKey::new(learned).key("helpline", helpline(&platform)), theme::FONT_BODY))
            .insert(Node { max_width: px(720), ..default() });
        screen
            .spawn(Node {
                flex_wrap: FlexWrap::Wrap,
                justify_content: JustifyContent::Center,
                column_gap: px(16),
                row_gap: px(16),
                ..default()
            })
            .with_children(|buttons| {
                speech::spawn_read_aloud_button(buttons, &icons);
                buttons
                    .spawn(widgets::icon_button(
                        icons.back.clone(),
                        TextKey::new("result-levels"),
                        ButtonLook::SECONDARY,
                    ))
                    .observe(|_: On<Activate>, mut next: ResMut<NextState<Screen>>| next.set(Screen::Map));
                buttons
                    .spawn(widgets::button(TextKey::new("result-retry"), ButtonLook::SECONDARY))
                    .observe(|_: On<Activate>, mut next: ResMut<NextState<Screen>>| next.set(Screen::Level));
                if let Some(id) = next_level {
                    buttons
                        .spawn(widgets::icon_button(
                            icons.play.clone(),
                            TextKey::new("result-next"),
                            ButtonLook::PRIMARY,
                        ))
                        .observe(
                            move |_: On<Activate>, mut commands: Commands, mut next: ResMut<NextState<Screen>>| {
                                commands.insert_resource(CurrentLevel(id.clone()));
                                next.set(Screen::Level);
                            },
                        );
                }
            });
    });
}

/// The `$helpline` of a level's "what you learned" text (the levels on getting help use it;
/// the others ignore it): the child helpline confirmed for the device's country, or, where no
/// number is confirmed, to ask a trusted adult for it. Never a guessed number.
fn helpline(platform: &Platform) -> TextKey {
    match crate::core::helplines::for_device(&platform.languages) {
        Some(line) => TextKey::new("helpline-call")
            .key("service", TextKey::literal(line.service))
            .key("number", TextKey::literal(line.number)),
        None => TextKey::new("helpline-ask-adult"),
    }
}
