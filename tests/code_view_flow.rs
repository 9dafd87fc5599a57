//! "Show as code" in the headless game (issue #16, section 3): the toggle opens the code view
//! beside the board, the lines follow the tiles as they are added, the running line follows
//! the running tile when the program steps or runs (marked current for screen readers, as the
//! tile is), the words are the player's language, the choice stays for the player while the
//! game is open, and with the code shown every control still fits a tablet's screen.
//!
//! The course is the shipped one with its first level offering loops, if/else and a helper,
//! so one level can show every kind of line.

use bevy::input::touch::{TouchInput, TouchPhase};
use bevy::prelude::*;
use bevy::window::PrimaryWindow;
use byte_bridge::core::level::Catalog;
use byte_bridge::game::a11y::{A11yTree, Bounds, Role};
use byte_bridge::game::catalog::Levels;
use byte_bridge::game::levels::robot_grid::CodeViewChoice;
use byte_bridge::game::platform::MemoryHost;
use byte_bridge::game::progress::TabletPlayers;
use byte_bridge::game::screens::Screen;

mod headless;
use headless::*;

/// The first level, which the tests play.
const FIRST_LEVEL: &str = "robot-first-steps";

/// Every kind of tile a level can offer but the second helper, so one level can show every
/// kind of line.
const EVERY_TILE: &[&str] =
    &["forward", "turn_left", "turn_right", "light", "repeat", "repeat_until_goal", "if", "if_else", "call_p1"];

/// The richest palette a shipped level offers today, and a helper: what has to fit a tablet.
const RICH_TILES: &[&str] = &["forward", "turn_left", "turn_right", "light", "repeat_until_goal", "if_else", "call_p1"];

/// The shipped levels, the first one offering `tiles` with 12 slots in main and 6 in a
/// helper, on its own board or on `board` (F F R F F still solves the shipped one).
fn course(tiles: &[&str], board: Option<&[&str]>) -> Catalog {
    let files: Vec<(String, String)> = byte_bridge::core::content::LEVEL_FILES
        .iter()
        .map(|(path, text)| {
            let mut level: serde_json::Value = serde_json::from_str(text).expect("JSON");
            if level["id"] == FIRST_LEVEL {
                level["tiles"] = serde_json::json!(tiles);
                level["conditions"] = serde_json::json!(["path_ahead", "path_right"]);
                level["slots"] = serde_json::json!({ "main": 12, "p1": 6 });
                if let Some(board) = board {
                    level["board"] = serde_json::json!(board);
                }
            }
            (path.to_string(), level.to_string())
        })
        .collect();
    let files: Vec<(&str, &str)> = files.iter().map(|(p, t)| (p.as_str(), t.as_str())).collect();
    Catalog::from_files(&files).expect("valid levels")
}

/// A new player (device language `language`) on the first level, offering every tile, on a
/// landscape tablet.
fn on_first_level(language: &str) -> App {
    on_level(language, course(EVERY_TILE, None))
}

fn on_level(language: &str, course: Catalog) -> App {
    let mut app = app_with(SharedStore::default(), &[language], MemoryHost::default(), |app| {
        app.insert_resource(Levels(course));
    });
    turn(&mut app, 1280.0, 800.0);
    new_player(&mut app);
    open_first_level(&mut app);
    app
}

/// From the title screen, or the map, to the first level.
fn open_first_level(app: &mut App) {
    if screen(app) == Screen::Title {
        press_text(app, "title-play");
    }
    assert_eq!(screen(app), Screen::Map);
    press_starting(app, "1. ");
    assert_eq!(screen(app), Screen::Level);
}

fn frames(app: &mut App, count: usize) {
    for _ in 0..count {
        app.update();
    }
}

/// The code view's lines as the accessibility layer reads them ("Line 1: forward()"; the
/// Ukrainian ones start "Рядок").
fn code_lines(app: &App) -> Vec<String> {
    names(app, Role::Text).into_iter().filter(|n| n.starts_with("Line ") || n.starts_with("Рядок ")).collect()
}

/// What is marked current (`aria-current`): with the code shown, the running line (the code
/// view comes first, with the board) and the running tile.
fn current(app: &App) -> Vec<String> {
    app.world().resource::<A11yTree>().entries.iter().filter(|e| e.current).map(|e| e.name.clone()).collect()
}

/// The line marked as running, and where it is.
fn running_line(app: &App) -> (String, Bounds) {
    let tree = app.world().resource::<A11yTree>();
    let line = tree.entries.iter().find(|e| e.current && e.role == Role::Text).expect("a running line");
    (line.name.clone(), line.bounds)
}

/// Presses tiles by their English names.
fn add_tiles(app: &mut App, tiles: &[&str]) {
    for tile in tiles {
        press(app, tile);
    }
}

#[test]
fn the_code_view_is_off_at_first_and_follows_the_tiles_once_shown() {
    let mut app = on_first_level("en");
    assert!(names(&app, Role::Button).contains(&"Show as code".to_owned()));
    add_tiles(&mut app, &["Forward"]);
    assert!(code_lines(&app).is_empty(), "hidden: no lines in the layer");

    press(&mut app, "Show as code");
    assert!(names(&app, Role::Button).contains(&"Hide code".to_owned()));
    assert!(names(&app, Role::Heading).contains(&"Your program as code".to_owned()));
    assert_eq!(code_lines(&app), ["Line 1: forward()"]);
    press(&mut app, "Clear all");
    assert_eq!(code_lines(&app), Vec::<String>::new());
    assert!(names(&app, Role::Text).contains(&"Add tiles, and their code shows here.".to_owned()));

    // A loop's body is indented under it; the cursor goes into a new loop.
    add_tiles(&mut app, &["Forward", "Forward", "Turn right", "Repeat", "Forward"]);
    assert_eq!(
        code_lines(&app),
        [
            "Line 1: forward()",
            "Line 2: forward()",
            "Line 3: turn_right()",
            "Line 4: for i in range(2):",
            "Line 5, indented 1: forward()",
        ]
    );
    press(&mut app, "Repeat 2 times, step 4 in Main");
    press(&mut app, "More times");
    assert_eq!(code_lines(&app)[3], "Line 4: for i in range(3):");
    press(&mut app, "Undo");
    assert_eq!(code_lines(&app)[3], "Line 4: for i in range(2):");

    // An if … else with an empty else, and a helper: defs come first.
    press(&mut app, "Clear all");
    add_tiles(&mut app, &["If … else", "Turn left", "Helper 1"]);
    let lines = code_lines(&app);
    assert_eq!(
        lines,
        [
            "Line 1: def helper_1():",
            "Line 2, indented 1: pass",
            "Line 3: if path_ahead():",
            "Line 4, indented 1: turn_left()",
            "Line 5, indented 1: helper_1()",
            "Line 6: else:",
            "Line 7, indented 1: pass",
        ]
    );
    press(&mut app, "If path ahead, else, step 1 in Main");
    press(&mut app, "Change the question");
    assert_eq!(code_lines(&app)[2], "Line 3: if path_right():");
}

#[test]
fn the_highlighted_line_follows_the_running_tile() {
    let mut app = on_first_level("en");
    press(&mut app, "Show as code");
    add_tiles(&mut app, &["Forward", "Forward", "Turn right", "Repeat", "Forward"]);
    assert_eq!(current(&app), Vec::<String>::new(), "nothing runs while editing");

    press(&mut app, "Step");
    frames(&mut app, 10);
    assert_eq!(current(&app), ["Line 1: forward()", "Forward, step 1 in Main"]);
    for _ in 0..3 {
        press(&mut app, "Step");
    }
    frames(&mut app, 10);
    assert_eq!(current(&app), ["Line 4: for i in range(2):", "Repeat 2 times, step 4 in Main"]);
    press(&mut app, "Step");
    frames(&mut app, 10);
    assert_eq!(current(&app), ["Line 5, indented 1: forward()", "Forward, step 1 in Repeat 2 times"]);
    press(&mut app, "Step back");
    frames(&mut app, 10);
    assert_eq!(current(&app), ["Line 4: for i in range(2):", "Repeat 2 times, step 4 in Main"]);

    // Running by itself: at every frame the marked line is the running tile's.
    press(&mut app, "Stop");
    assert_eq!(current(&app), Vec::<String>::new());
    press(&mut app, "Run");
    let pairs = [
        ("Forward, step 1 in Main", "Line 1: forward()"),
        ("Forward, step 2 in Main", "Line 2: forward()"),
        ("Turn right, step 3 in Main", "Line 3: turn_right()"),
        ("Repeat 2 times, step 4 in Main", "Line 4: for i in range(2):"),
        ("Forward, step 1 in Repeat 2 times", "Line 5, indented 1: forward()"),
    ];
    let mut seen = Vec::new();
    for _ in 0..300 {
        app.update();
        if screen(&app) == Screen::Result {
            break;
        }
        let marked = current(&app);
        if marked.is_empty() {
            continue;
        }
        assert_eq!(marked.len(), 2, "the line and its tile: {marked:?}");
        let pair = pairs.iter().position(|(tile, line)| marked == [*line, *tile]);
        let pair = pair.unwrap_or_else(|| panic!("{marked:?} is not a tile with its own line"));
        if seen.last() != Some(&pair) {
            seen.push(pair);
        }
    }
    assert_eq!(seen, [0, 1, 2, 3, 4], "every line was marked in the order it ran");
    assert_eq!(screen(&app), Screen::Result, "the program solves the level");
}

#[test]
fn the_code_is_written_in_the_players_language_with_pythons_own_words() {
    let mut app = on_first_level("uk");
    press_text(&mut app, "code-show");
    for id in ["command-forward", "tile-repeat", "command-turn-left"] {
        press_text(&mut app, id);
    }
    let lines = code_lines(&app);
    assert_eq!(lines.len(), 3, "{lines:?}");
    assert!(lines[0].ends_with(": вперед()"), "{lines:?}");
    assert!(lines[1].ends_with(": for i in range(2):"), "{lines:?}");
    assert!(lines[2].ends_with(": поворот_ліворуч()"), "{lines:?}");
    assert!(names(&app, Role::Button).contains(&t(&app, "code-hide")));
}

#[test]
fn the_choice_stays_for_the_player_while_the_game_is_open() {
    let mut app = on_first_level("en");
    let player = app.world().resource::<TabletPlayers>().current().expect("a player").id.clone();
    press(&mut app, "Show as code");
    assert!(app.world().resource::<CodeViewChoice>().is_shown(&player));
    assert!(!app.world().resource::<CodeViewChoice>().is_shown("someone-else"));
    press_text(&mut app, "back");
    assert_eq!(screen(&app), Screen::Map);
    open_first_level(&mut app);
    assert!(names(&app, Role::Button).contains(&"Hide code".to_owned()), "still on for this player");
    add_tiles(&mut app, &["Forward"]);
    assert_eq!(code_lines(&app), ["Line 1: forward()"]);
    press(&mut app, "Hide code");
    assert!(code_lines(&app).is_empty());
    assert!(!app.world().resource::<CodeViewChoice>().is_shown(&player));
}

/// Every button's place on screen, but the code view's own toggle.
fn controls(app: &App) -> Vec<(String, Bounds)> {
    let tree = app.world().resource::<A11yTree>();
    let toggles = [t(app, "code-show"), t(app, "code-hide")];
    tree.entries
        .iter()
        .filter(|e| e.role == Role::Button && !toggles.contains(&e.name))
        .map(|e| (e.name.clone(), e.bounds))
        .collect()
}

fn on_screen(bounds: Bounds, width: f32, height: f32) -> bool {
    bounds.left >= 0.0
        && bounds.top >= 0.0
        && bounds.left + bounds.width <= width + 1.0
        && bounds.top + bounds.height <= height + 1.0
}

/// On a level with the richest palette, a long program (8 tiles in main, a helper called from
/// a loop: 12 lines, more than a landscape panel shows at once) shown as code, on an 800 × 1280
/// and a 1280 × 800 tablet: no control is pushed off the screen, the toggle and the panel are
/// on it, the panel covers no control and shows the running line. Returns how far (at most) a
/// control moved when the code was shown, per orientation.
fn long_program_fits(board: Option<&[&str]>) -> Vec<f32> {
    let mut app = on_level("en", course(RICH_TILES, board));
    add_tiles(&mut app, &["If … else", "Forward", "Turn left"]);
    add_tiles(&mut app, &["End of Main: new tiles go here"]);
    add_tiles(&mut app, &["Repeat until done", "Forward", "Helper 1"]);
    add_tiles(&mut app, &["End of Main: new tiles go here"]);
    add_tiles(&mut app, &["Turn right", "Light"]);
    press(&mut app, "Step");
    let mut moved = Vec::new();
    for (width, height) in [(800.0, 1280.0), (1280.0, 800.0)] {
        turn(&mut app, width, height);
        let hidden = controls(&app);
        press(&mut app, "Show as code");
        frames(&mut app, 4);
        assert_eq!(code_lines(&app).len(), 12, "{:?}", code_lines(&app));
        let shown = controls(&app);
        assert_eq!(shown.len(), hidden.len());
        // Whether the controls themselves fit is the level screen's business (the e2e checks):
        // here, none that fits with the code hidden is pushed off by showing it.
        let pushed_off: Vec<_> = hidden
            .iter()
            .zip(&shown)
            .filter(|((_, before), (_, after))| on_screen(*before, width, height) && !on_screen(*after, width, height))
            .map(|(_, (name, after))| (name, after))
            .collect();
        assert!(pushed_off.is_empty(), "{width}×{height}: showing the code pushed off {pushed_off:?}");
        let most = hidden
            .iter()
            .zip(&shown)
            .map(|((_, a), (_, b))| (a.top - b.top).abs().max((a.left - b.left).abs()))
            .fold(0.0, f32::max);
        moved.push(most);
        let tree = app.world().resource::<A11yTree>();
        let named = |name: &str| tree.entries.iter().find(|e| e.name == name).map(|e| e.bounds).expect(name);
        let (toggle, panel) = (named("Hide code"), named("Your program as code"));
        assert!(on_screen(toggle, width, height), "{width}×{height}: {toggle:?}");
        assert!(on_screen(panel, width, height), "{width}×{height}: {panel:?}");
        assert!(panel.height >= 140.0 && panel.width >= 250.0, "{width}×{height}: {panel:?}");
        for (name, control) in &shown {
            let overlaps = control.left < panel.left + panel.width
                && panel.left < control.left + control.width
                && control.top < panel.top + panel.height
                && panel.top < control.top + control.height;
            assert!(!overlaps, "{width}×{height}: the panel {panel:?} covers {name} at {control:?}");
        }
        // Lines scrolled out of view stay in the layer (in reading order) but inside the panel.
        for line in tree.entries.iter().filter(|e| e.role == Role::Text && e.name.starts_with("Line ")) {
            let b = line.bounds;
            assert!(
                b.top >= panel.top && b.top + b.height <= panel.top + panel.height + 1.0,
                "{width}×{height}: {} at {b:?} is outside the panel {panel:?}",
                line.name
            );
        }
        // At every step the running line is scrolled into view, also far down the program.
        let mut furthest = 0;
        for _ in 0..5 {
            press(&mut app, "Step");
            frames(&mut app, 2);
            let (name, running) = running_line(&app);
            assert!(
                running.top >= panel.top && running.top + running.height <= panel.top + panel.height,
                "{width}×{height}: the running line {name} at {running:?} is out of the panel {panel:?}"
            );
            let number: usize =
                name["Line ".len()..].split([',', ':']).next().and_then(|n| n.parse().ok()).expect(&name);
            furthest = furthest.max(number);
        }
        assert!(furthest >= 8, "the run reached line {furthest} only");
        press(&mut app, "Stop");
        press(&mut app, "Step");
        press(&mut app, "Hide code");
        assert_eq!(controls(&app), hidden, "{width}×{height}: hiding the code puts everything back");
    }
    moved
}

#[test]
fn showing_a_long_program_as_code_moves_no_control_beside_a_square_board() {
    assert_eq!(long_program_fits(None), [0.0, 0.0]);
}

#[test]
fn beside_a_low_board_the_code_takes_room_the_board_leaves_and_everything_fits() {
    let moved = long_program_fits(Some(&["########", "#S....G#", "########"]));
    assert_eq!(moved[1], 0.0, "landscape: the code is under the board, away from the controls");
}

/// A finger on the tablet: `phase` at `position` (logical pixels).
fn touch(app: &mut App, phase: TouchPhase, position: Vec2) {
    let mut windows = app.world_mut().query_filtered::<Entity, With<PrimaryWindow>>();
    let window = windows.single(app.world()).expect("one window");
    app.world_mut().write_message(TouchInput { phase, position, window, force: None, id: 7 });
    app.update();
}

#[test]
fn a_finger_drags_a_long_program_up_and_down() {
    let mut app = on_level("en", course(RICH_TILES, None));
    add_tiles(&mut app, &["If … else", "Forward", "Turn left"]);
    add_tiles(&mut app, &["End of Main: new tiles go here"]);
    add_tiles(&mut app, &["Repeat until done", "Forward", "Helper 1"]);
    add_tiles(&mut app, &["End of Main: new tiles go here"]);
    add_tiles(&mut app, &["Turn right", "Light"]);
    press(&mut app, "Show as code");
    let first = |app: &App| {
        let tree = app.world().resource::<A11yTree>();
        tree.entries.iter().find(|e| e.name.starts_with("Line 1:")).map(|e| e.bounds).expect("line 1")
    };
    let panel = app
        .world()
        .resource::<A11yTree>()
        .entries
        .iter()
        .find(|e| e.name == "Your program as code")
        .expect("panel")
        .bounds;
    let at_top = first(&app);
    assert!(at_top.height >= 29.0, "{at_top:?}");
    let start = Vec2::new(panel.left + panel.width / 2.0, panel.top + panel.height - 20.0);
    touch(&mut app, TouchPhase::Started, start);
    for step in 1..=6 {
        touch(&mut app, TouchPhase::Moved, start - Vec2::new(0.0, 20.0 * step as f32));
    }
    touch(&mut app, TouchPhase::Ended, start - Vec2::new(0.0, 120.0));
    frames(&mut app, 3);
    let scrolled = first(&app);
    assert!(scrolled.height <= 1.0 && scrolled.top <= panel.top + 1.0, "line 1 scrolled out of view: {scrolled:?}");
    assert_eq!(screen(&app), Screen::Level);
    // And back down.
    touch(&mut app, TouchPhase::Started, start - Vec2::new(0.0, 120.0));
    for step in 1..=8 {
        touch(&mut app, TouchPhase::Moved, start - Vec2::new(0.0, 120.0 - 20.0 * step as f32));
    }
    touch(&mut app, TouchPhase::Ended, start + Vec2::new(0.0, 40.0));
    frames(&mut app, 3);
    assert_eq!(first(&app), at_top);
}
