//! The player's home: who is playing, Play, the language picker, changing one's name,
//! picture or picture password, saving one's stars to a file, and any storage notice.

use super::Screen;
use crate::game::a11y::A11y;
use crate::game::i18n::{LanguageChanged, TextKey, Texts, set_language};
use crate::game::platform::Platform;
use crate::game::progress::{Notice, Saved};
use crate::game::screens::notices::save_own_file;
use crate::game::screens::player_edit::Draft;
use crate::game::screens::players::{SecretEntry, SecretMode, avatar, nickname_key};
use crate::game::ui::icons::Icons;
use crate::game::ui::pointer::Activate;
use crate::game::ui::theme;
use crate::game::ui::widgets::{self, ButtonLook};
use bevy::prelude::*;

/// A language button; `A11y::pressed` marks the one in use.
#[derive(Component, Debug, Clone)]
struct LanguageButton(String);

pub(super) fn plugin(app: &mut App) {
    app.add_systems(OnEnter(Screen::Title), spawn);
    app.add_systems(Update, mark_current_language.run_if(in_state(Screen::Title)));
}

fn spawn(mut commands: Commands, texts: Res<Texts>, icons: Res<Icons>, saved: Res<Saved>) {
    let root = commands.spawn(widgets::centered_screen_root(Screen::Title, 20.0)).id();
    commands.entity(root).with_children(|screen| {
        screen.spawn(widgets::heading(TextKey::new("app-title"), theme::FONT_TITLE));
        if let Some(player) = saved.current() {
            screen.spawn(Node { column_gap: px(16), align_items: AlignItems::Center, ..default() }).with_children(
                |who| {
                    who.spawn(avatar(&icons, &player.avatar, 72.0));
                    who.spawn(widgets::paragraph(
                        TextKey::new("title-hello").key("name", nickname_key(&player.nickname)),
                        theme::FONT_HEADING,
                    ));
                },
            );
        }
        screen
            .spawn(widgets::icon_button(icons.play.clone(), TextKey::new("title-play"), ButtonLook::PRIMARY))
            .insert(widgets::big_button_node(240.0, 88.0))
            .observe(|_: On<Activate>, mut next: ResMut<NextState<Screen>>| next.set(Screen::Map));
        screen.spawn(widgets::label(TextKey::new("language-picker"), theme::FONT_SMALL, theme::TEXT_DIM));
        screen
            .spawn(Node {
                flex_wrap: FlexWrap::Wrap,
                justify_content: JustifyContent::Center,
                column_gap: px(12),
                row_gap: px(12),
                ..default()
            })
            .with_children(|row| {
                for tag in texts.tags() {
                    // Each language is named in itself, so a pupil finds their own.
                    let name = texts.text_in(tag, "language-name").unwrap_or_else(|| tag.to_owned());
                    let key = TextKey::literal(name);
                    row.spawn(widgets::button(key.clone(), ButtonLook::SECONDARY))
                        .insert((LanguageButton(tag.to_owned()), A11y::toggle(key, tag == texts.current())))
                        .observe(choose_language);
                }
            });
        screen
            .spawn(Node {
                flex_wrap: FlexWrap::Wrap,
                justify_content: JustifyContent::Center,
                column_gap: px(12),
                row_gap: px(12),
                ..default()
            })
            .with_children(|row| {
                row.spawn(widgets::icon_button(
                    icons.back.clone(),
                    TextKey::new("title-change-player"),
                    ButtonLook::SECONDARY,
                ))
                .observe(|_: On<Activate>, mut next: ResMut<NextState<Screen>>| next.set(Screen::Players));
                row.spawn(widgets::button(TextKey::new("title-edit-me"), ButtonLook::SECONDARY)).observe(
                    |_: On<Activate>,
                     saved: Res<Saved>,
                     mut commands: Commands,
                     mut next: ResMut<NextState<Screen>>| {
                        if let Some(draft) = saved.current().and_then(|p| Draft::editing(&saved, &p.id)) {
                            commands.insert_resource(draft);
                            next.set(Screen::EditPlayer);
                        }
                    },
                );
                row.spawn(widgets::icon_button(
                    icons.lock.clone(),
                    TextKey::new("title-password"),
                    ButtonLook::SECONDARY,
                ))
                .observe(
                    |_: On<Activate>,
                     saved: Res<Saved>,
                     mut commands: Commands,
                     mut next: ResMut<NextState<Screen>>| {
                        if let Some(player) = saved.current() {
                            commands.insert_resource(SecretEntry::new(&player.id, SecretMode::Set));
                            next.set(Screen::Secret);
                        }
                    },
                );
                row.spawn(widgets::button(TextKey::new("title-save-file"), ButtonLook::SECONDARY)).observe(
                    |_: On<Activate>, saved: Res<Saved>, platform: Res<Platform>, mut notice: ResMut<Notice>| {
                        if let Err(problem) = save_own_file(&saved, &platform) {
                            notice.0 = Some(problem);
                        }
                    },
                );
            });
    });
}

fn choose_language(
    activate: On<Activate>,
    buttons: Query<&LanguageButton>,
    mut texts: ResMut<Texts>,
    mut saved: ResMut<Saved>,
    mut notice: ResMut<Notice>,
    mut changed: MessageWriter<LanguageChanged>,
) {
    if let Ok(LanguageButton(tag)) = buttons.get(activate.entity) {
        if let Some(problem) = set_language(tag, &mut texts, &mut saved, &mut changed) {
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
