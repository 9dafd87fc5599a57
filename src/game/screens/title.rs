//! Title: the game's name, Play, the language picker, and any storage notice.

use super::Screen;
use crate::game::a11y::A11y;
use crate::game::i18n::{LanguageChanged, TextKey, Texts, set_language};
use crate::game::progress::{Notice, Saved};
use crate::game::ui::icons::Icons;
use crate::game::ui::pointer::Activate;
use crate::game::ui::theme;
use crate::game::ui::widgets::{self, ButtonLook};
use bevy::prelude::*;

/// A language button; `A11y::pressed` marks the one in use.
#[derive(Component, Debug, Clone)]
struct LanguageButton(String);

/// The storage notice banner (title and map show it until dismissed).
#[derive(Component)]
pub struct NoticeBanner;

pub(super) fn plugin(app: &mut App) {
    app.add_systems(OnEnter(Screen::Title), spawn);
    app.add_systems(Update, mark_current_language.run_if(in_state(Screen::Title)));
}

fn spawn(mut commands: Commands, texts: Res<Texts>, icons: Res<Icons>, notice: Res<Notice>) {
    let root = commands.spawn(widgets::centered_screen_root(Screen::Title, 28.0)).id();
    commands.entity(root).with_children(|screen| {
        screen.spawn(widgets::heading(TextKey::new("app-title"), theme::FONT_TITLE));
        screen.spawn(widgets::paragraph(TextKey::new("app-tagline"), theme::FONT_BODY));
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
    });
    spawn_notice(&mut commands, root, *notice);
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

/// Shows a storage notice with an OK button, on top of the screen.
pub fn spawn_notice(commands: &mut Commands, root: Entity, notice: Notice) {
    let Some(notice) = notice.0 else { return };
    commands.entity(root).with_children(|screen| {
        screen
            .spawn((
                NoticeBanner,
                Node {
                    position_type: PositionType::Absolute,
                    bottom: px(16),
                    left: px(16),
                    right: px(16),
                    padding: UiRect::all(px(16)),
                    column_gap: px(16),
                    align_items: AlignItems::Center,
                    justify_content: JustifyContent::SpaceBetween,
                    border_radius: BorderRadius::all(px(theme::RADIUS)),
                    ..default()
                },
                BackgroundColor(theme::DANGER),
                GlobalZIndex(10),
            ))
            .with_children(|banner| {
                banner.spawn((
                    widgets::label(TextKey::new(notice.message_id()), theme::FONT_BODY, theme::TEXT),
                    A11y::status(TextKey::new(notice.message_id())),
                    Node { flex_shrink: 1.0, ..default() },
                ));
                banner.spawn(widgets::button(TextKey::new("notice-dismiss"), ButtonLook::PRIMARY)).observe(
                    |_: On<Activate>,
                     mut notice: ResMut<Notice>,
                     banners: Query<Entity, With<NoticeBanner>>,
                     mut commands: Commands| {
                        notice.0 = None;
                        for banner in &banners {
                            commands.entity(banner).despawn();
                        }
                    },
                );
            });
    });
}
