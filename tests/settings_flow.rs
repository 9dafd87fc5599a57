//! A player's settings (issue #18 §3) in the headless game. Less movement: where the device
//! asks for reduced motion, or the player turns it on, the robot jumps from cell to cell and
//! turns at once; otherwise it glides between cells. High contrast: black screens, white
//! text, buttons outlined in white, for that player only, and back to the normal colours.
//! Text size and more space: every text grows up to twice its size and gets more room
//! between lines and letters, for that player only.

use bevy::prelude::*;
use bevy::text::{LetterSpacing, LineHeight};
use byte_bridge::core::reading::TextSize;
use byte_bridge::game::a11y::Role;
use byte_bridge::game::levels::robot_grid::RobotSession;
use byte_bridge::game::platform::MemoryHost;
use byte_bridge::game::screens::Screen;
use byte_bridge::game::ui::reading::Reading;
use byte_bridge::game::ui::theme;

mod headless;
use headless::*;

/// A new player on Robot Road's first level, on a tablet whose device asks for reduced motion
/// or not; `choose_calm` turns Less movement on in the player's settings first.
fn on_first_level(reduce_motion: bool, choose_calm: bool) -> App {
    let mut host = MemoryHost::default();
    host.reduce_motion = reduce_motion;
    let mut app = app_with(SharedStore::default(), &["en"], host, |_| {});
    turn(&mut app, 1280.0, 800.0);
    new_player(&mut app);
    if choose_calm {
        press_text(&mut app, "settings-open");
        press_text(&mut app, "settings-calm");
        press_text(&mut app, "back");
    }
    press_text(&mut app, "title-play");
    press_starting(&mut app, "1. ");
    assert_eq!(screen(&app), Screen::Level);
    app
}

/// Runs the first level's answer (forward, forward, turn right, forward, forward) and collects
/// where the robot is drawn in every frame until the result.
fn positions_of_a_run(app: &mut App) -> Vec<(Vec2, f32)> {
    for tile in ["command-forward", "command-forward", "command-turn-right", "command-forward", "command-forward"] {
        press_text(app, tile);
    }
    press_text(app, "robot-run");
    let mut drawn = Vec::new();
    for _ in 0..2000 {
        if screen(app) == Screen::Result {
            return drawn;
        }
        drawn.push(app.world().resource::<RobotSession>().drawn());
        app.update();
    }
    panic!("the run never ended");
}

/// On a cell and facing along the board.
fn on_a_cell((at, angle): (Vec2, f32)) -> bool {
    let quarter = angle / std::f32::consts::FRAC_PI_2;
    at.x.fract() == 0.0 && at.y.fract() == 0.0 && quarter.fract() == 0.0
}

#[test]
fn the_robot_glides_unless_the_device_or_the_player_asks_for_less_movement() {
    let mut gliding = on_first_level(false, false);
    let drawn = positions_of_a_run(&mut gliding);
    assert!(drawn.iter().any(|&d| !on_a_cell(d)), "the robot glides between cells");

    for (device, player) in [(true, false), (false, true)] {
        let mut calm = on_first_level(device, player);
        let drawn = positions_of_a_run(&mut calm);
        assert!(drawn.len() > 5, "the run was watched");
        let between: Vec<_> = drawn.iter().filter(|&&d| !on_a_cell(d)).collect();
        assert!(between.is_empty(), "device asks {device}, player chose {player}: drawn between cells {between:?}");
        let cells: std::collections::HashSet<_> = drawn.iter().map(|(at, _)| (at.x as i32, at.y as i32)).collect();
        assert!(cells.len() >= 5, "the robot jumped along its way: {cells:?}");
    }
}

/// The screen's own colour, and the edge and face of the button the message `id` names.
fn colours(app: &mut App, id: &str) -> (Color, Color, Color) {
    let name = t(app, id);
    let key = entry(app, &name).key;
    let mut screens = app.world_mut().query::<(&Name, &BackgroundColor)>();
    let screen = screens.iter(app.world()).find(|(name, _)| name.as_str() == "Screen").expect("a screen").1.0;
    let mut buttons = app.world_mut().query::<(Entity, &BackgroundColor, &BorderColor)>();
    let (_, face, edge) =
        buttons.iter(app.world()).find(|(entity, ..)| entity.to_bits() == key).expect("the button's colours");
    (screen, edge.left, face.0)
}

#[test]
fn high_contrast_is_the_players_own_and_turns_back() {
    let mut app = app_with(SharedStore::default(), &["en"], MemoryHost::default(), |_| {});
    turn(&mut app, 1280.0, 800.0);
    new_player(&mut app);
    press_text(&mut app, "settings-open");
    assert_eq!(colours(&mut app, "back"), (theme::BACKGROUND, theme::SECONDARY, theme::SECONDARY));
    press_text(&mut app, "settings-contrast");
    let black = Color::srgb(0.0, 0.0, 0.0);
    assert_eq!(colours(&mut app, "back"), (black, theme::TEXT, black), "black, with a white edge");
    assert_eq!(entry(&app, &t(&app, "settings-contrast")).pressed, Some(true));
    // Every screen the player opens, until they turn it off.
    press_text(&mut app, "back");
    assert_eq!(colours(&mut app, "title-play").0, black);
    // Another player on the same tablet sees the normal colours.
    press_text(&mut app, "title-change-player");
    assert_eq!(colours(&mut app, "player-new").0, theme::BACKGROUND);
    let player = names(&app, Role::Button)
        .into_iter()
        .find(|n| *n != t(&app, "player-new") && *n != t(&app, "grown-ups"))
        .expect("the player");
    press(&mut app, &player);
    assert_eq!(colours(&mut app, "title-play").0, black, "kept with the player");
    press_text(&mut app, "settings-open");
    let back = |app: &App| entry(app, &t(app, "back")).key;
    let before = back(&app);
    press_text(&mut app, "settings-contrast");
    assert_eq!(colours(&mut app, "back"), (theme::BACKGROUND, theme::SECONDARY, theme::SECONDARY), "off again");
    // Given back where they are: the screen is not drawn anew (a notice on it keeps its place).
    assert_eq!(back(&app), before, "the same button, its colours back");
}

/// The height (logical px) of the text that reads `words` on the screen.
fn text_height(app: &mut App, words: &str) -> f32 {
    let mut texts = app.world_mut().query::<(&Text, &bevy::ui::ComputedNode)>();
    let (_, node) = texts.iter(app.world()).find(|(text, _)| text.0 == words).unwrap_or_else(|| panic!("{words}"));
    node.size().y * node.inverse_scale_factor()
}

#[test]
fn text_size_and_more_space_are_the_players_own() {
    let store = SharedStore::default();
    let mut app = app_with(store.clone(), &["en"], MemoryHost::default(), |_| {});
    turn(&mut app, 800.0, 1280.0);
    new_player(&mut app);
    press_text(&mut app, "settings-open");
    let contrast = t(&app, "settings-contrast");
    let normal = text_height(&mut app, &contrast);
    assert_eq!(app.world().resource::<bevy::text::RemSize>().0, 20.0);
    // Each tap a size bigger, up to twice the normal size: every text grows with it.
    for (size, rem) in [(TextSize::Big, 25.0), (TextSize::Bigger, 30.0), (TextSize::Biggest, 40.0)] {
        press_text_size(&mut app);
        assert_eq!(app.world().resource::<Reading>().size, size);
        assert_eq!(app.world().resource::<bevy::text::RemSize>().0, rem);
        let grown = text_height(&mut app, &contrast) / normal;
        assert!((grown - size.scale()).abs() < 0.05, "{size:?}: {grown}");
    }
    let biggest = text_height(&mut app, &contrast);
    // More space: lines 1.5 times the font size apart (not 1.2), letters 0.12 of it apart.
    press_text(&mut app, "settings-more-space");
    let spaced = text_height(&mut app, &contrast) / biggest;
    assert!((spaced - 1.5 / 1.2).abs() < 0.05, "{spaced}");
    let mut texts = app.world_mut().query::<(&Text, &TextFont, &LineHeight, &LetterSpacing)>();
    for (text, font, line, letters) in texts.iter(app.world()) {
        assert_eq!(*line, LineHeight::RelativeToFont(1.5), "{}", text.0);
        let bevy::text::FontSize::Rem(size) = font.font_size else { panic!("{} is not in rem", text.0) };
        assert_eq!(*letters, LetterSpacing::Rem(0.12 * size), "{}", text.0);
    }
    assert_eq!(entry(&app, &t(&app, "settings-more-space")).pressed, Some(true));
    // Saved with the player, and kept on every screen they open.
    assert!(store.saved_text().contains(r#""text_size":"biggest","more_space":true"#), "{}", store.saved_text());
    press_text(&mut app, "back");
    assert_eq!(app.world().resource::<bevy::text::RemSize>().0, 40.0);
    // Another player on the same tablet reads the normal size and spacing.
    press_text(&mut app, "title-change-player");
    let first = names(&app, Role::Button)
        .into_iter()
        .find(|n| *n != t(&app, "player-new") && *n != t(&app, "grown-ups"))
        .expect("the player");
    new_player(&mut app);
    assert_eq!(*app.world().resource::<Reading>(), Reading::default());
    assert_eq!(app.world().resource::<bevy::text::RemSize>().0, 20.0);
    let mut texts = app.world_mut().query::<(&LineHeight, &LetterSpacing)>();
    assert!(texts.iter(app.world()).all(|(line, letters)| *line == LineHeight::RelativeToFont(1.2)
        && matches!(letters, LetterSpacing::Rem(0.0) | LetterSpacing::Px(0.0))));
    // The first player's choice comes back with them.
    press_text(&mut app, "title-change-player");
    press(&mut app, &first);
    assert_eq!(*app.world().resource::<Reading>(), Reading { size: TextSize::Biggest, more_space: true });
    assert_eq!(app.world().resource::<bevy::text::RemSize>().0, 40.0);
}

/// Where the control named `name` is on the screen, as the accessibility layer places it.
fn bounds_of(app: &App, name: &str) -> byte_bridge::game::a11y::Bounds {
    entry(app, name).bounds
}

#[test]
fn the_focus_scrolls_a_big_screen_to_the_control_it_moves_to() {
    let mut app = app_with(SharedStore::default(), &["en"], MemoryHost::default(), |_| {});
    turn(&mut app, 800.0, 1280.0);
    new_player(&mut app);
    press_text(&mut app, "settings-open");
    for _ in 0..3 {
        press_text_size(&mut app);
    }
    press_text(&mut app, "settings-more-space");
    let whole = |b: byte_bridge::game::a11y::Bounds| b.top >= 0.0 && b.top + b.height <= 1280.0 && b.height >= 48.0;
    // The screen at twice the size is taller than the tablet: its last switch is below the edge
    // until the focus moves to it, then back at the top for the Back button.
    let (last, back) = (t(&app, "settings-more-space"), t(&app, "back"));
    assert!(!whole(bounds_of(&app, &last)), "{:?}", bounds_of(&app, &last));
    for name in [&last, &back] {
        let key = entry(&app, name).key;
        assert!(byte_bridge::game::ui::scroll::show(app.world_mut(), key));
        for _ in 0..3 {
            app.update();
        }
        assert!(whole(bounds_of(&app, name)), "{name}: {:?}", bounds_of(&app, name));
    }
}
