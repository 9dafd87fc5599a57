//! The tiles of issue #16 §2 in the headless game, driven through the accessibility layer as
//! a pupil's taps and a screen reader see them: Repeat while with a test the pupil builds
//! (not / and / or and a second question), a helper called with a number with Repeat n times
//! inside it (refused in Main, with a reason), and the robot's counter. While a run is open
//! the status line (a live region) says the step with what the robot remembers, and stepping
//! back restores it.
//!
//! The course is the shipped one with its first level offering the new tiles on a straight
//! road, so one level shows them all.

use bevy::prelude::*;
use byte_bridge::core::level::Catalog;
use byte_bridge::game::a11y::{A11yTree, Role};
use byte_bridge::game::catalog::Levels;
use byte_bridge::game::platform::MemoryHost;
use byte_bridge::game::screens::Screen;

mod headless;
use headless::*;

const FIRST_LEVEL: &str = "robot-first-steps";

/// The shipped levels, the first one changed by `patch`, so one level shows what a test needs.
fn with_first_level(patch: impl Fn(&mut serde_json::Value)) -> Catalog {
    let files: Vec<(String, String)> = byte_bridge::core::content::LEVEL_FILES
        .iter()
        .map(|(path, text)| {
            let mut level: serde_json::Value = serde_json::from_str(text).expect("JSON");
            if level["id"] == FIRST_LEVEL {
                patch(&mut level);
            }
            (path.to_string(), level.to_string())
        })
        .collect();
    let files: Vec<(&str, &str)> = files.iter().map(|(p, t)| (p.as_str(), t.as_str())).collect();
    Catalog::from_files(&files).expect("valid levels")
}

/// The shipped levels, the first one a straight road of six steps offering the new tiles.
fn course() -> Catalog {
    with_first_level(|level| {
        level["board"] = serde_json::json!(["#########", "#S......#", "#......G#", "#########"]);
        level["tiles"] = serde_json::json!([
            "forward",
            "turn_right",
            "repeat_while",
            "if",
            "call_p1_with",
            "repeat_n",
            "set_count",
            "add_count"
        ]);
        level["conditions"] = serde_json::json!(["path_ahead", "path_right", "count_is_2"]);
        level["logic"] = serde_json::json!(["not", "and", "or"]);
        level["slots"] = serde_json::json!({ "main": 12, "p1": 6 });
    })
}

fn on_first_level() -> App {
    on_first_level_of(course())
}

/// A new 7–9 player on the first level of `levels`, with the code shown.
fn on_first_level_of(levels: Catalog) -> App {
    let mut app = app_with(SharedStore::default(), &["en"], MemoryHost::default(), |app| {
        app.insert_resource(Levels(levels));
    });
    turn(&mut app, 1280.0, 800.0);
    new_player(&mut app);
    press_text(&mut app, "title-play");
    press_starting(&mut app, "1. ");
    assert_eq!(screen(&app), Screen::Level);
    press(&mut app, "Show as code");
    app
}

fn code_lines(app: &App) -> Vec<String> {
    names(app, Role::Text).into_iter().filter(|n| n.starts_with("Line ")).collect()
}

/// The debugger's status line (a live region): what a screen reader announces.
fn status(app: &App) -> String {
    let statuses: Vec<String> = names(app, Role::Status);
    statuses.into_iter().find(|s| !s.is_empty()).unwrap_or_default()
}

fn buttons(app: &App) -> Vec<String> {
    names(app, Role::Button)
}

fn step(app: &mut App) {
    press(app, "Step");
    for _ in 0..10 {
        app.update();
    }
}

#[test]
fn a_repeat_while_asks_the_question_the_pupil_builds() {
    let mut app = on_first_level();
    press(&mut app, "Repeat while");
    press(&mut app, "Forward");
    assert_eq!(code_lines(&app), ["Line 1: while path_ahead():", "Line 2, indented 1: forward()"]);
    press(&mut app, "Repeat while path ahead, step 1 in Main");
    assert!(!buttons(&app).contains(&"Change the second question".to_owned()), "one question: no second");

    press(&mut app, "Change not / and / or");
    assert!(buttons(&app).contains(&"Repeat while not path ahead, step 1 in Main".to_owned()), "{:?}", buttons(&app));
    assert_eq!(code_lines(&app)[0], "Line 1: while not path_ahead():");

    press(&mut app, "Change not / and / or");
    assert_eq!(code_lines(&app)[0], "Line 1: while path_ahead() and path_right():");
    press(&mut app, "Change the second question");
    assert_eq!(
        code_lines(&app)[..2],
        ["Line 1: count = 0", "Line 2: while path_ahead() and count == 2:"],
        "the counter starts at 0, and the code says so"
    );
    assert!(buttons(&app).contains(&"Repeat while path ahead and count is 2, step 1 in Main".to_owned()));

    press(&mut app, "Change not / and / or");
    press(&mut app, "Change the question");
    assert!(
        buttons(&app).contains(&"Repeat while path on the right or count is 2, step 1 in Main".to_owned()),
        "{:?}",
        buttons(&app)
    );
    // Back to the plain question: the tiles inside stay.
    press(&mut app, "Change not / and / or");
    assert_eq!(code_lines(&app), ["Line 1: while path_right():", "Line 2, indented 1: forward()"]);
    press(&mut app, "Undo");
    assert_eq!(
        code_lines(&app),
        ["Line 1: while path_ahead():", "Line 2, indented 1: forward()"],
        "every change of the question is one undo"
    );

    // "Repeat while path ahead: forward" walks the road to its end and stops there.
    press(&mut app, "Run");
    run_until(&mut app, |app| status(app) == en("outcome-out-of-commands"));
}

/// Lets the game run until `done` holds (at most 20 s of frames).
fn run_until(app: &mut App, done: impl Fn(&App) -> bool) {
    for _ in 0..1200 {
        if done(app) {
            return;
        }
        app.update();
    }
    panic!("never happened; status {:?}", status(app));
}

#[test]
fn a_helper_gets_a_number_and_repeats_that_many_times() {
    let mut app = on_first_level();
    press(&mut app, "Repeat n times");
    assert_eq!(status(&app), en("editor-only-in-helper"), "Main has no n: refused, with why");
    assert!(code_lines(&app).is_empty());

    press(&mut app, "Helper 1 with a number");
    for _ in 0..4 {
        press(&mut app, "Bigger number");
    }
    assert!(buttons(&app).contains(&"Helper 1 with 6, step 1 in Main".to_owned()), "{:?}", buttons(&app));
    press(&mut app, "End of Helper 1: new tiles go here");
    press(&mut app, "Repeat n times");
    press(&mut app, "Forward");
    press(&mut app, "End of Main: new tiles go here");
    press(&mut app, "Turn right");
    press(&mut app, "Forward");
    assert_eq!(
        code_lines(&app),
        [
            "Line 1: def helper_1(n):",
            "Line 2, indented 1: for i in range(n):",
            "Line 3, indented 2: forward()",
            "Line 4: helper_1(6)",
            "Line 5: turn_right()",
            "Line 6: forward()",
        ]
    );

    // Running: inside the helper the status says n (and the counter, which this level
    // offers); stepping back takes it back.
    step(&mut app);
    assert_eq!(status(&app), "Step 1 · count = 0 · n = 6");
    step(&mut app);
    step(&mut app);
    assert_eq!(status(&app), "Step 3 · count = 0 · n = 6");
    for _ in 0..3 {
        press(&mut app, "Step back");
    }
    assert_eq!(status(&app), "Step 0 · count = 0", "back in Main, before the call: no n");
    press(&mut app, "Run");
    run_until(&mut app, |app| screen(app) == Screen::Result);
}

#[test]
fn the_counter_is_set_counted_and_asked() {
    let mut app = on_first_level();
    press(&mut app, "Set count");
    press(&mut app, "Bigger number");
    press(&mut app, "Smaller number");
    assert!(buttons(&app).contains(&"Set count to 0, step 1 in Main".to_owned()), "{:?}", buttons(&app));
    assert!(
        !buttons(&app).contains(&"Smaller number".to_owned())
            || app.world().resource::<A11yTree>().entries.iter().any(|e| e.name == "Smaller number" && e.disabled),
        "0 is the smallest count"
    );
    press(&mut app, "Repeat while");
    press(&mut app, "Change not / and / or");
    press(&mut app, "Change the question");
    press(&mut app, "Change the question");
    press(&mut app, "Forward");
    press(&mut app, "Add 1 to count");
    assert_eq!(
        code_lines(&app),
        [
            "Line 1: count = 0",
            "Line 2: while not count == 2:",
            "Line 3, indented 1: forward()",
            "Line 4, indented 1: count += 1",
        ]
    );
    step(&mut app);
    assert_eq!(status(&app), "Step 1 · count = 0");
    for _ in 0..3 {
        step(&mut app);
    }
    assert_eq!(status(&app), "Step 4 · count = 1", "the robot counted one forward");
    press(&mut app, "Step back");
    assert_eq!(status(&app), "Step 3 · count = 0", "stepping back takes the count back too");
    for _ in 0..5 {
        step(&mut app);
    }
    assert_eq!(status(&app), en("outcome-out-of-commands"), "stopped after two steps: count is 2");
}

/// The shipped levels, the first one a road with lamps at uneven places, offering a `When`
/// routine that answers stepping on red or on a lamp.
fn events_course() -> Catalog {
    with_first_level(|level| {
        level["board"] = serde_json::json!(["##########", "#S.L.LL.G#", "##########"]);
        level["tiles"] = serde_json::json!(["forward", "light", "repeat_until_goal"]);
        level["events"] = serde_json::json!(["on_red", "on_lamp"]);
        level["slots"] = serde_json::json!({ "main": 3, "when": 2 });
        level["par"] = serde_json::json!(3);
    })
}

/// The program tile the debugger is on, as a screen reader finds it.
fn current_tile(app: &App) -> Option<String> {
    let tree = app.world().resource::<A11yTree>();
    tree.entries.iter().find(|e| e.current && e.role == Role::Button).map(|e| e.name.clone())
}

#[test]
fn a_when_routine_answers_the_event_the_pupil_picks_and_the_run_shows_it() {
    let mut app = on_first_level_of(events_course());
    // The routine is named by its event, which starts as the level's first.
    assert!(buttons(&app).contains(&"End of When the robot steps on red: new tiles go here".to_owned()));
    press(&mut app, "Change the event");
    press(&mut app, "End of When the robot steps on a lamp: new tiles go here");
    press(&mut app, "Light");
    press(&mut app, "End of Main: new tiles go here");
    press(&mut app, "Repeat until done");
    press(&mut app, "Forward");
    assert_eq!(
        code_lines(&app),
        [
            "Line 1: def when_on_lamp():",
            "Line 2, indented 1: light()",
            "Line 3: while not done():",
            "Line 4, indented 1: forward()",
        ]
    );
    // Repeat until done, Forward, Repeat until done, Forward onto the first lamp: then When.
    for _ in 0..4 {
        step(&mut app);
    }
    assert_eq!(current_tile(&app).as_deref(), Some("Forward, step 1 in Repeat until done"));
    step(&mut app);
    assert_eq!(current_tile(&app).as_deref(), Some("Light, step 1 in When the robot steps on a lamp"));
    press(&mut app, "Step back");
    assert_eq!(current_tile(&app).as_deref(), Some("Forward, step 1 in Repeat until done"));
    press(&mut app, "Run");
    // The result screen's controls reach the accessibility tree a frame after the screen.
    run_until(&mut app, |app| screen(app) == Screen::Result && !everything(app).is_empty());
    assert!(everything(&app).iter().any(|n| n == "3 of 3 stars"), "par: {:?}", everything(&app));
}
