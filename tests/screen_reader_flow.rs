//! The robot level for a screen reader and a keyboard, in the headless game (issue #18 §2):
//! the board is a grid of rows of cells, each read as its column, row and what is on it (the
//! robot and where it faces, the flag, walls, lamps); the program is a list whose loops hold
//! lists of their own; every editor and debugger command has keys, and a key presses exactly
//! what the button does (never a disabled one). The browser half (the DOM the layer builds
//! from this, arrow keys between cells, real key presses) is tests/e2e/screen-reader.test.mjs.

use bevy::prelude::*;
use byte_bridge::core::level::Catalog;
use byte_bridge::core::shortcuts::Press;
use byte_bridge::game::a11y::{A11yEntry, A11yTree, Role, pressed_by};
use byte_bridge::game::catalog::Levels;
use byte_bridge::game::platform::MemoryHost;
use byte_bridge::game::screens::Screen;
use byte_bridge::game::ui::pointer::activate;

mod headless;
use headless::*;

/// The shipped course with the first level (5 × 5, the robot at column 2, row 2 facing east,
/// the flag at column 4, row 4) offering Forward, Turn right and Repeat.
fn course() -> Catalog {
    let files: Vec<(String, String)> = byte_bridge::core::content::LEVEL_FILES
        .iter()
        .map(|(path, text)| {
            let mut level: serde_json::Value = serde_json::from_str(text).expect("JSON");
            if level["id"] == "robot-first-steps" {
                level["tiles"] = serde_json::json!(["forward", "turn_right", "repeat"]);
            }
            (path.to_string(), level.to_string())
        })
        .collect();
    let files: Vec<(&str, &str)> = files.iter().map(|(p, t)| (p.as_str(), t.as_str())).collect();
    Catalog::from_files(&files).expect("valid levels")
}

fn on_first_level() -> App {
    let mut app = app_with(SharedStore::default(), &["en"], MemoryHost::default(), |app| {
        app.insert_resource(Levels(course()));
    });
    turn(&mut app, 1280.0, 800.0);
    new_player(&mut app);
    press_text(&mut app, "title-play");
    press_starting(&mut app, "1. ");
    assert_eq!(screen(&app), Screen::Level);
    app
}

fn entries(app: &App) -> Vec<A11yEntry> {
    app.world().resource::<A11yTree>().entries.clone()
}

fn entry(app: &App, role: Role, name: &str) -> A11yEntry {
    entries(app)
        .into_iter()
        .find(|e| e.role == role && e.name == name)
        .unwrap_or_else(|| panic!("no {role:?} {name:?} in {:?}", names(app, role)))
}

/// The entries directly in `container`, in reading order.
fn inside(app: &App, container: &A11yEntry) -> Vec<A11yEntry> {
    entries(app).into_iter().filter(|e| e.parent == Some(container.key)).collect()
}

/// Presses `key` (with modifiers) as the browser layer does; returns whether a control took it.
fn key(app: &mut App, press: Press) -> bool {
    let Some(target) = pressed_by(&entries(app), press) else { return false };
    assert!(activate(app.world_mut(), target), "{press:?} activates");
    for _ in 0..4 {
        app.update();
    }
    true
}

fn plain(key: &str) -> Press<'_> {
    Press { key, ..Press::default() }
}

#[test]
fn the_board_is_read_cell_by_cell_and_follows_the_robot() {
    let mut app = on_first_level();
    let grids = names(&app, Role::Grid);
    assert_eq!(grids.len(), 1, "one board");
    assert!(grids[0].starts_with("The robot is in column 2, row 2, facing right."), "{grids:?}");
    let grid = entry(&app, Role::Grid, &grids[0]);
    let rows = inside(&app, &grid);
    assert_eq!(rows.len(), 5, "five rows, nothing else directly in the grid");
    for (y, row) in rows.iter().enumerate() {
        assert_eq!(row.role, Role::Row);
        let cells = inside(&app, row);
        assert_eq!(cells.len(), 5, "five cells in row {}", y + 1);
        for (x, cell) in cells.iter().enumerate() {
            assert_eq!(cell.role, Role::Cell);
            let place = format!("Column {}, row {}: ", x + 1, y + 1);
            assert!(cell.name.starts_with(&place), "{} at {place}", cell.name);
            assert!(cell.bounds.width > 0.0 && cell.bounds.height > 0.0, "a cell is where it is drawn");
        }
    }
    let cell = |app: &App, x: usize, y: usize| inside(app, &inside(app, &grid)[y])[x].name.clone();
    assert_eq!(cell(&app, 0, 0), "Column 1, row 1: wall");
    assert_eq!(cell(&app, 2, 1), "Column 3, row 2: floor");
    assert_eq!(cell(&app, 1, 1), "Column 2, row 2: floor, robot facing right");
    assert_eq!(cell(&app, 3, 3), "Column 4, row 4: floor, flag");

    // Forward (key 1), then Step (S): the robot is read on the next cell.
    assert!(key(&mut app, plain("1")));
    assert!(key(&mut app, plain("s")));
    assert_eq!(cell(&app, 1, 1), "Column 2, row 2: floor");
    assert_eq!(cell(&app, 2, 1), "Column 3, row 2: floor, robot facing right");
    let grid_name = names(&app, Role::Grid).remove(0);
    assert!(grid_name.starts_with("The robot is in column 3, row 2, facing right."), "{grid_name}");
}

#[test]
fn the_program_is_a_list_and_a_loop_holds_its_own() {
    let mut app = on_first_level();
    let main = entry(&app, Role::List, "Main");
    let items = inside(&app, &main);
    assert_eq!(
        items.iter().map(|e| e.name.as_str()).collect::<Vec<_>>(),
        ["End of Main: new tiles go here"],
        "an empty program lists its end slot"
    );

    // Repeat (key 3), then Forward (key 1): the Forward goes inside the loop.
    assert!(key(&mut app, plain("3")));
    assert!(key(&mut app, plain("1")));
    let main = entry(&app, Role::List, "Main");
    let items = inside(&app, &main);
    assert_eq!(items.len(), 2, "the loop and the end slot: {items:?}");
    let loop_item = &items[0];
    assert_eq!(loop_item.role, Role::ListItem, "a loop is a list item holding its tile and its inside");
    let held = inside(&app, loop_item);
    assert_eq!(held[0].name, "Repeat 2 times, step 1 in Main");
    assert_eq!((held[1].role, held[1].name.as_str()), (Role::List, "Repeat 2 times"));
    assert_eq!(
        inside(&app, &held[1]).iter().map(|e| e.name.as_str()).collect::<Vec<_>>(),
        ["Forward, step 1 in Repeat 2 times", "End of Repeat 2 times: new tiles go here"],
    );

    // More (+ or =) and Undo (Control+Z) press what their buttons do.
    let repeat = entry(&app, Role::Button, "Repeat 2 times, step 1 in Main");
    assert!(activate(app.world_mut(), repeat.key));
    for _ in 0..4 {
        app.update();
    }
    assert!(key(&mut app, plain("+")));
    assert!(names(&app, Role::Button).contains(&"Repeat 3 times, step 1 in Main".to_string()));
    assert!(key(&mut app, Press { key: "z", control: true, ..Press::default() }));
    assert!(names(&app, Role::Button).contains(&"Repeat 2 times, step 1 in Main".to_string()));
}

#[test]
fn every_command_has_keys_and_a_disabled_one_takes_none() {
    let mut app = on_first_level();
    let keys = |app: &App, name: &str| entry(app, Role::Button, name).keys;
    assert_eq!(keys(&app, "Run"), Some("R"));
    assert_eq!(keys(&app, "Step"), Some("S"));
    assert_eq!(keys(&app, "Step back"), Some("B"));
    assert_eq!(keys(&app, "Forward"), Some("1"));
    assert_eq!(keys(&app, "Turn right"), Some("2"));
    assert_eq!(keys(&app, "Undo"), Some("Control+Z Meta+Z"));
    assert_eq!(keys(&app, "Hint"), Some("H"));
    // Nothing has run yet: B presses nothing (Step back is disabled).
    assert!(entry(&app, Role::Button, "Step back").disabled);
    assert!(!key(&mut app, plain("b")));
    // The tile just put in is selected; a selected tile's commands appear with their keys.
    assert!(key(&mut app, plain("1")));
    assert_eq!(entry(&app, Role::Button, "Forward, step 1 in Main").pressed, Some(true));
    assert_eq!(keys(&app, "Remove tile"), Some("Delete Backspace"));
    assert!(key(&mut app, plain("Delete")));
    assert!(!names(&app, Role::Button).contains(&"Forward, step 1 in Main".to_string()), "deleted by its key");
    // The hint's key shows the first hint, announced as a status.
    assert!(key(&mut app, plain("h")));
    let hint = en("level-robot-first-steps-hint-1");
    assert!(entries(&app).iter().any(|e| e.announced && e.name.contains(&hint)), "the first hint is announced");
}
