//! The widgets that show a player wherever players appear (the picker, the grown-ups' list,
//! the picture password, a player's home): the avatar picture, the nickname in the current
//! language, a line of both, and the pager through a long list of players.

use crate::core::profiles::{Avatar, Nickname};
use crate::game::i18n::TextKey;
use crate::game::ui::icons::Icons;
use crate::game::ui::pointer::Activate;
use crate::game::ui::theme;
use crate::game::ui::widgets::{self, ButtonLook};
use bevy::prelude::*;

/// A nickname in the current language: the adjective agrees with the animal's gender.
pub fn nickname_key(nickname: &Nickname) -> TextKey {
    let animal = format!("animal-{}", nickname.animal);
    TextKey::new("nickname")
        .key("adjective", TextKey::new(format!("adj-{}", nickname.adjective)).attr("gender", animal.clone(), "gender"))
        .msg("animal", animal)
}

/// The colour of an avatar colour id.
pub fn avatar_colour(id: &str) -> Color {
    theme::avatar_colour(id)
}

/// An avatar: the picture in its colour on a dark round tile.
pub fn avatar(icons: &Icons, avatar: &Avatar, size: f32) -> impl Bundle {
    (
        // Grows with the player's text size, as icons do.
        super::reading::growing(Node {
            width: px(size),
            height: px(size),
            padding: UiRect::all(px(size * 0.12)),
            border_radius: BorderRadius::all(percent(50)),
            ..default()
        }),
        BackgroundColor(theme::BACKGROUND),
        children![(
            ImageNode::new(icons.picture(&avatar.picture)).with_color(avatar_colour(&avatar.colour)),
            Node { width: percent(100), height: percent(100), ..default() },
        )],
    )
}

/// A player's avatar and nickname side by side, the avatar `size` pixels.
pub fn player_line(icons: &Icons, avatar: &Avatar, nickname: &Nickname, size: f32) -> impl Bundle {
    (
        Node { column_gap: px(16), align_items: AlignItems::Center, ..default() },
        children![
            self::avatar(icons, avatar, size),
            widgets::label(nickname_key(nickname), theme::FONT_BODY, theme::TEXT)
        ],
    )
}

/// Previous, "Page n of m", More: paging through players, where `page_of` finds the page
/// number the screen keeps in its resource `R`.
pub fn spawn_pager<R: Resource + Component<Mutability = bevy::ecs::component::Mutable>>(
    row: &mut ChildSpawnerCommands,
    icons: &Icons,
    shown: usize,
    pages: usize,
    page_of: fn(&mut R) -> &mut usize,
) {
    row.spawn(widgets::icon_button(icons.back.clone(), TextKey::new("players-previous"), ButtonLook::SECONDARY))
        .observe(move |_: On<Activate>, mut state: ResMut<R>| {
            let page = page_of(&mut *state);
            *page = page.saturating_sub(1);
        });
    row.spawn(widgets::paragraph(
        TextKey::new("players-page").num("page", shown as u32 + 1).num("pages", pages as u32),
        theme::FONT_SMALL,
    ));
    row.spawn(widgets::icon_button(icons.play.clone(), TextKey::new("players-next"), ButtonLook::SECONDARY)).observe(
        move |_: On<Activate>, mut state: ResMut<R>| {
            let page = page_of(&mut *state);
            *page = (*page + 1).min(pages - 1);
        },
    );
}
