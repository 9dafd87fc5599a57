//! "Language": every language the game ships, each named in itself so a pupil finds their
//! own. A language this tablet has switches at once; another is fetched first (the status
//! line says so), and one that cannot come (offline, never fetched here) is named with the
//! languages the tablet has (`core::i18n::packs`).

use super::Screen;
use crate::game::a11y::A11y;
use crate::game::i18n::{LanguageStatus, Languages, Localized, TextKey, Texts, shipped_languages};
use crate::game::progress::{Notice, TabletPlayers};
use crate::game::ui::icons::Icons;
use crate::game::ui::pointer::Activate;
use crate::game::ui::theme;
use crate::game::ui::widgets::{self, ButtonLook};
use bevy::prelude::*;

/// A language button; `A11y::pressed` marks the one in use.
#[derive(Component, Debug, Clone)]
struct LanguageButton(String);

/// The line that says a language is on its way, or why it cannot come.
#[derive(Component)]
struct StatusLine;

pub(super) fn plugin(app: &mut App) {
    app.add_systems(OnEnter(Screen::Language), spawn);
    app.add_systems(
        Update,
        (mark_current_language, show_status.run_if(resource_changed::<LanguageStatus>))
            .run_if(in_state(Screen::Language)),
    );
}

fn spawn(mut commands: Commands, icons: Res<Icons>, texts: Res<Texts>, status: Res<LanguageStatus>) {
    let root = commands.spawn(widgets::screen_root(Screen::Language)).id();
    let status = status.0.clone().unwrap_or_else(|| TextKey::literal(""));
    commands.entity(root).with_children(|screen| {
        screen.spawn(widgets::top_bar()).with_children(|bar| {
            bar.spawn(widgets::back_button(icons.back.clone()))
                .observe(|_: On<Activate>, mut next: ResMut<NextState<Screen>>| next.set(Screen::Title));
            bar.spawn(widgets::heading(TextKey::new("language-picker"), theme::FONT_HEADING));
        });
        screen.spawn(widgets::redrawn_body()).with_children(|body| {
            body.spawn(Node {
                flex_wrap: FlexWrap::Wrap,
                max_width: px(960),
                justify_content: JustifyContent::Center,
                column_gap: px(12),
                row_gap: px(12),
                ..default()
            })
            .with_children(|grid| {
                for (tag, name) in shipped_languages() {
                    let key = TextKey::literal(*name);
                    grid.spawn(widgets::button(key.clone(), ButtonLook::SECONDARY))
                        .insert(widgets::big_button_node(200.0, theme::MIN_TARGET))
                        .insert((LanguageButton((*tag).to_owned()), A11y::toggle(key, *tag == texts.current())))
                        .observe(choose_language);
                }
            });
            // A box around the text holds the room (see `levels::answers::spawn_side`).
            body.spawn(Node {
                flex_direction: FlexDirection::Column,
                max_width: px(720),
                min_height: px(64),
                ..default()
            })
            .with_child((
                StatusLine,
                widgets::label(status.clone(), theme::FONT_BODY, theme::TEXT),
                A11y::status(status),
            ));
        });
    });
}

fn choose_language(
    activate: On<Activate>,
    buttons: Query<&LanguageButton>,
    mut languages: Languages,
    mut saved: ResMut<TabletPlayers>,
    mut notice: ResMut<Notice>,
) {
    if let Ok(LanguageButton(tag)) = buttons.get(activate.entity) {
        if let Some(problem) = languages.choose(tag, &mut saved) {
            notice.0 = Some(problem);
        }
    }
}

fn mark_current_language(texts: Res<Texts>, mut buttons: Query<(&LanguageButton, &mut A11y, &mut BorderColor)>) {
    for (button, mut a11y, mut border) in &mut buttons {
        let current = button.0 == texts.current();
        if a11y.pressed != Some(current) {
            a11y.pressed = Some(current);
        }
        let colour = if current { theme::HIGHLIGHT } else { theme::SECONDARY };
        if *border != BorderColor::all(colour) {
            *border = BorderColor::all(colour);
        }
    }
}

fn show_status(status: Res<LanguageStatus>, mut lines: Query<(&mut Localized, &mut A11y), With<StatusLine>>) {
    let key = status.0.clone().unwrap_or_else(|| TextKey::literal(""));
    for (mut text, mut a11y) in &mut lines {
        text.0 = key.clone();
        a11y.name = key.clone();
    }
}
