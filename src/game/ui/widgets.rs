//! Widgets as functions that return bundles; the action is attached by the caller with
//! `.observe(...)` on `On<Activate>`, so a screen reads like a list of what is on it.

use super::reading::growing;
use super::theme;
use crate::core::reading::BASE_FONT;
use crate::game::a11y::A11y;
use crate::game::i18n::{Localized, TextKey};
use crate::game::ui::pointer::Tappable;
use bevy::prelude::*;
use bevy::text::FontSize;
use bevy::ui::{InteractionDisabled, Pressed};

/// How a button looks.
#[derive(Component, Debug, Clone, Copy, PartialEq)]
pub struct ButtonLook {
    pub background: Color,
    pub text: Color,
}

impl ButtonLook {
    pub const PRIMARY: ButtonLook = ButtonLook { background: theme::PRIMARY, text: theme::TEXT_DARK };
    pub const SECONDARY: ButtonLook = ButtonLook { background: theme::SECONDARY, text: theme::TEXT };
    /// Deleting, clearing, a wrong answer, a box for what stays private.
    pub const DANGER: ButtonLook = ButtonLook { background: theme::DANGER, text: theme::TEXT_DARK };
    /// A right answer, a box for what is safe to share.
    pub const SUCCESS: ButtonLook = ButtonLook { background: theme::SUCCESS, text: theme::TEXT_DARK };
}

/// A whole screen. It scrolls when the player's text size or spacing makes it taller than the
/// tablet (`ui::scroll`); `centred` holds its content in the middle of the screen.
#[derive(Component, Debug, Clone, Copy, PartialEq, Eq)]
pub struct ScreenRoot {
    pub centred: bool,
}

/// A full-screen column that is removed when its screen is left.
pub fn screen_root<S: States>(screen: S) -> impl Bundle {
    screen_root_with(
        screen,
        false,
        Node {
            width: percent(100),
            height: percent(100),
            flex_direction: FlexDirection::Column,
            align_items: AlignItems::Center,
            padding: UiRect::all(px(16)),
            row_gap: px(theme::GAP),
            ..default()
        },
    )
}

/// A full-screen column with its content centred (title, result).
pub fn centered_screen_root<S: States>(screen: S, gap: f32) -> impl Bundle {
    screen_root_with(
        screen,
        true,
        Node {
            width: percent(100),
            height: percent(100),
            flex_direction: FlexDirection::Column,
            align_items: AlignItems::Center,
            justify_content: JustifyContent::Center,
            padding: UiRect::all(px(24)),
            row_gap: px(gap),
            ..default()
        },
    )
}

fn screen_root_with<S: States>(screen: S, centred: bool, node: Node) -> impl Bundle {
    (Name::new("Screen"), ScreenRoot { centred }, node, BackgroundColor(theme::BACKGROUND), DespawnOnExit(screen))
}

/// The part of a screen under its top bar that the screen draws again when its state changes
/// (players, a new player, a picture password, the grown-ups' screens): a centred column
/// filling the rest of the screen. The caller adds its own marker to find it.
pub fn redrawn_body() -> Node {
    Node {
        width: percent(100),
        flex_grow: 1.0,
        flex_direction: FlexDirection::Column,
        align_items: AlignItems::Center,
        row_gap: px(theme::GAP),
        ..default()
    }
}

/// A row across the top: back button on the left, heading beside it.
pub fn top_bar() -> impl Bundle {
    (Name::new("Top bar"), top_bar_node())
}

/// The top bar's layout, to change one thing of it (a level's bar wraps its instruction).
pub fn top_bar_node() -> Node {
    Node {
        width: percent(100),
        flex_direction: FlexDirection::Row,
        align_items: AlignItems::Center,
        column_gap: px(16),
        ..default()
    }
}

/// A row of buttons that wraps onto more rows when they do not fit (bigger text, a long
/// language), `column_gap` apart across and `theme::GAP` apart down.
pub fn button_row(column_gap: f32) -> Node {
    Node { column_gap: px(column_gap), row_gap: px(theme::GAP), flex_wrap: FlexWrap::Wrap, ..default() }
}

/// Plain translated text, not announced separately (e.g. a button's label).
pub fn label(key: TextKey, size: f32, color: Color) -> impl Bundle {
    (
        Text::default(),
        Localized(key),
        // In rem, so the player's text size grows it (`ui::reading`).
        TextFont { font_size: FontSize::Rem(size / BASE_FONT), ..default() },
        TextColor(color),
        TextLayout::justify(Justify::Center),
    )
}

/// Text that a screen reader reads as a paragraph.
pub fn paragraph(key: TextKey, size: f32) -> impl Bundle {
    (label(key.clone(), size, theme::TEXT), A11y::text(key))
}

/// A heading.
pub fn heading(key: TextKey, size: f32) -> impl Bundle {
    (label(key.clone(), size, theme::TEXT), A11y::heading(key))
}

fn button_node() -> Node {
    big_button_node(theme::MIN_TARGET, theme::MIN_TARGET)
}

/// A button's layout with a larger minimum size (the main action of a screen, level tiles,
/// sorting boxes). Insert it over a button to replace the default size.
pub fn big_button_node(min_width: f32, min_height: f32) -> Node {
    Node {
        min_width: px(min_width),
        min_height: px(min_height),
        padding: UiRect::axes(px(20), px(10)),
        flex_direction: FlexDirection::Row,
        justify_content: JustifyContent::Center,
        align_items: AlignItems::Center,
        column_gap: px(10),
        border_radius: BorderRadius::all(px(theme::RADIUS)),
        border: UiRect::all(px(3)),
        ..default()
    }
}

/// What every button has: size, look, tap handling and its accessible name. Insert a `Node`
/// after it for another shape, and add children for its face.
pub fn button_base(key: TextKey, look: ButtonLook) -> impl Bundle {
    button_with(button_node(), key, look)
}

fn button_with(node: Node, key: TextKey, look: ButtonLook) -> impl Bundle {
    (
        Name::new(format!("Button {}", key.id)),
        node,
        Tappable,
        look,
        BackgroundColor(look.background),
        BorderColor::all(look.background),
        A11y::button(key),
    )
}

/// A text button. Attach its action with `.observe(|_: On<Activate>, …| …)`.
pub fn button(key: TextKey, look: ButtonLook) -> impl Bundle {
    (button_base(key.clone(), look), children![label(key, theme::FONT_BODY, look.text)])
}

/// The Back button at the start of a screen's top bar. It does not shrink: with bigger text a
/// long title wraps beside it instead (`ui::reading`).
pub fn back_button(icon: Handle<Image>) -> impl Bundle {
    let key = TextKey::new("back");
    let look = ButtonLook::SECONDARY;
    (button_with(Node { flex_shrink: 0.0, ..button_node() }, key.clone(), look), icon_face(icon, key, look))
}

/// A button with an icon before its text; the text is also its accessible name.
pub fn icon_button(icon: Handle<Image>, key: TextKey, look: ButtonLook) -> impl Bundle {
    (button_base(key.clone(), look), icon_face(icon, key, look))
}

/// An icon and a text, the face of an [`icon_button`].
fn icon_face(icon: Handle<Image>, key: TextKey, look: ButtonLook) -> impl Bundle {
    children![self::icon(icon, 32.0, look.text), label(key, theme::FONT_BODY, look.text),]
}

/// A button whose face is its icon alone (a keypad's delete, a pager's arrows), where its name
/// would not fit in every language; the name stays its accessible name.
pub fn icon_only_button(icon: Handle<Image>, key: TextKey, look: ButtonLook) -> impl Bundle {
    (button_base(key, look), children![self::icon(icon, 32.0, look.text)])
}

/// Three stars, the first `earned` of them filled.
pub fn star_row(star: &Handle<Image>, earned: u8, size: f32) -> impl Bundle {
    let stars: Vec<_> =
        (0..3u8).map(|i| icon(star.clone(), size, if i < earned { theme::STAR } else { theme::STAR_EMPTY })).collect();
    (Node { column_gap: px(size / 8.0), ..default() }, Children::spawn(SpawnIter(stars.into_iter())))
}

/// An icon image tinted with `color`, `size` pixels at the normal text size: it grows with the
/// player's text size (`ui::reading`).
pub fn icon(image: Handle<Image>, size: f32, color: Color) -> impl Bundle {
    (ImageNode::new(image).with_color(color), growing(Node { width: px(size), height: px(size), ..default() }))
}

/// An icon image tinted with `color` that fills `share` per cent of its parent both ways (a
/// mark on the robot's board, which has its own size).
pub fn filling_icon(image: Handle<Image>, share: f32, color: Color) -> impl Bundle {
    (ImageNode::new(image).with_color(color), Node { width: percent(share), height: percent(share), ..default() })
}

pub(super) fn plugin(app: &mut App) {
    app.add_systems(Update, show_pressed_and_disabled);
}

/// Pressed buttons darken and disabled ones grey out; touch has no hover, so this is the
/// only feedback besides the action itself. A handful of buttons: checking all is cheap, and
/// colours are only written when they change.
fn show_pressed_and_disabled(
    mut buttons: Query<(&ButtonLook, Has<Pressed>, Has<InteractionDisabled>, &mut BackgroundColor)>,
) {
    for (look, pressed, disabled, mut background) in &mut buttons {
        let wanted = if disabled {
            theme::DISABLED
        } else if pressed {
            look.background.darker(0.15)
        } else {
            look.background
        };
        if background.0 != wanted {
            background.0 = wanted;
        }
    }
}
