//! Teach the robot, played to the end in a headless Bevy app through the accessibility layer
//! (the same entry point the browser's layer uses): sort the examples with one wrong box,
//! train, test on known cards, see the robot miss a new kind of card, pick examples that do not
//! help, run out of room, take one out, pick a varied one, and finish.

use bevy::prelude::*;
use byte_bridge::core::level::{Catalog, LevelKind, TrainRobot};
use byte_bridge::game::a11y::{A11yTree, Role};
use byte_bridge::game::platform::MemoryHost;
use byte_bridge::game::screens::Screen;

mod headless;
use headless::*;

fn app(store: SharedStore) -> App {
    app_with(store, &["en"], MemoryHost::default(), |_| {})
}

fn status(app: &App) -> String {
    names(app, Role::Status).join(" | ")
}

fn pressed(app: &App, name: &str) -> Option<bool> {
    app.world().resource::<A11yTree>().entries.iter().find(|e| e.name == name).and_then(|e| e.pressed)
}

fn robot_level() -> TrainRobot {
    let catalog = Catalog::embedded().expect("valid levels");
    let level = catalog.level("ai-teach-the-robot").expect("the teach-the-robot level");
    let LevelKind::TrainRobot(robot) = &level.kind else { panic!("a teach-the-robot level") };
    robot.clone()
}

#[test]
fn a_pupil_teaches_the_robot_sees_it_miss_a_grey_cat_and_fixes_its_examples() {
    let robot = robot_level();
    let store = SharedStore::default();
    let mut app = app(store.clone());
    new_player(&mut app);
    press(&mut app, "Play");
    press_starting(&mut app, "AI and Me, ");
    press(&mut app, "1. Teach the robot, not played yet");
    assert_eq!(screen(&app), Screen::Level);
    assert!(status(&app).contains("The robot will learn from what you show it"), "{}", status(&app));
    assert!(!names(&app, Role::Button).contains(&"Train the robot".to_owned()), "sort first");

    // The first card is an orange cat: the wrong box first.
    assert!(names(&app, Role::Text).contains(&"Card: Orange cat".to_owned()), "{:?}", names(&app, Role::Text));
    press(&mut app, "Not a cat");
    assert!(status(&app).contains("Not quite."), "{}", status(&app));
    for card in robot.training_cards() {
        let bin = robot.answer(card).expect("a box");
        press(&mut app, if bin == 0 { "Cat" } else { "Not a cat" });
    }
    assert!(status(&app).contains("All sorted"), "{}", status(&app));

    press(&mut app, "Train the robot");
    assert!(names(&app, Role::Text).contains(&"Examples the robot learned from: 6".to_owned()));
    press(&mut app, "Test the robot");
    assert!(status(&app).contains("Test cards right: 3 of 3"), "{}", status(&app));
    assert!(names(&app, Role::Text).contains(&"Right: Fluffy orange cat. The robot says: Cat".to_owned()));

    press(&mut app, "Show it new cards");
    assert!(status(&app).contains("New cards right: 2 of 3"), "{}", status(&app));
    let rows = names(&app, Role::Text);
    assert!(rows.contains(&"Wrong: Big fluffy grey cat. The robot says: Not a cat".to_owned()), "{rows:?}");
    assert!(rows.contains(&"Room for more examples: 2".to_owned()), "{rows:?}");

    // More of what it knew (a small white cat, a small grey dog) does not help.
    press(&mut app, "Small white cat");
    assert_eq!(pressed(&app, "Small white cat"), Some(true), "the picked card is marked");
    press(&mut app, "Cat");
    press(&mut app, "Small grey dog");
    press(&mut app, "Not a cat");
    assert!(names(&app, Role::Button).contains(&"Take out: Small grey dog".to_owned()));
    press(&mut app, "Fluffy grey kitten");
    assert!(status(&app).contains("No room left"), "{}", status(&app));
    press(&mut app, "Train and test again");
    assert!(status(&app).contains("Still not all"), "{}", status(&app));

    // Take the dog out and give it a fluffy grey kitten instead.
    press(&mut app, "Take out: Small grey dog");
    assert!(status(&app).contains("Taken out: Small grey dog"), "{}", status(&app));
    press(&mut app, "Fluffy grey kitten");
    press(&mut app, "Cat");
    press(&mut app, "Train and test again");
    assert!(status(&app).contains("Test cards right: 6 of 6"), "{}", status(&app));
    assert!(names(&app, Role::Text).contains(&"Right: Big fluffy grey cat. The robot says: Cat".to_owned()));

    press(&mut app, "Finish");
    assert_eq!(screen(&app), Screen::Result, "{}", status(&app));
    // Two mistakes: the wrong box and the retest that still missed.
    assert!(names(&app, Role::Image).contains(&"1 of 3 stars".to_owned()), "{:?}", names(&app, Role::Image));
    let saved = store.saved_text();
    assert!(saved.contains(r#""outcome":"trained""#), "{saved}");
    assert!(saved.contains("add:grey-kitten:cat") && saved.contains("retest:0"), "{saved}");
    assert!(saved.contains("\"mistakes\":2"), "{saved}");
}
