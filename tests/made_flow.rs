//! A teacher's own levels on the tablet (issue #20): a mission link carrying levels the teacher
//! made shows them under Today's mission as "Made by your teacher", in the teacher's words and
//! language; they play and keep their stars like any level, survive a restart, and a link
//! whose levels were changed is refused whole with a message. A class's mission file opens
//! from the Grown-ups screen too.

use bevy::prelude::*;
use byte_bridge::core::class::Assignment;
use byte_bridge::core::level::MadeLevel;
use byte_bridge::game::a11y::Role;
use byte_bridge::game::mission::{Mission, MissionNotice};
use byte_bridge::game::platform::MemoryHost;
use byte_bridge::game::progress::TabletPlayers;
use byte_bridge::game::screens::Screen;

mod headless;
use headless::*;

const GAME: &str = "https://s.example/bb/index.html";

fn robot() -> MadeLevel {
    let mut level = MadeLevel::parse(
        r###"{"v":1,"lang":"de","band":"7-9","title":"Zur Fahne","task":"Bring den Roboter zur Fahne.",
        "learned":"Schritte laufen nacheinander.","hints":["Zähle die Felder.","An der Ecke drehen.","Erst zweimal vorwärts."],
        "kind":{"robot_grid":{"board":["S..","##G"],"start_facing":"east",
        "tiles":["forward","turn_left","turn_right"],"slots":{"main":6},"par":0}}}"###,
    )
    .expect("a level");
    level.prove().expect("solvable");
    level
}

fn assignment() -> Assignment {
    let mut n = 0x5eed_u64;
    let mut random = move || {
        n = n.wrapping_mul(6_364_136_223_846_793_005).wrapping_add(1_442_695_040_888_963_407);
        n
    };
    let plain =
        Assignment::new("4B", vec!["robot-first-steps".into()], false, false, GAME, 1_764_400_000_000, &mut random);
    plain.with_made(vec![robot()], &mut random)
}

fn host_with_link(link: String) -> MemoryHost {
    let host = MemoryHost::default();
    *host.mission_link.lock().unwrap() = Some(link);
    host
}

fn app(store: SharedStore, host: MemoryHost) -> App {
    app_with(store, &["en"], host, |_| {})
}

const CARD: &str = "Zur Fahne, Made by your teacher, in Deutsch, not played yet";

#[test]
fn a_made_level_shows_under_todays_mission_plays_and_keeps_its_stars() {
    let store = SharedStore::default();
    let mut app = app(store.clone(), host_with_link(assignment().link(GAME)));
    new_player(&mut app);
    let buttons = names(&app, Role::Button);
    assert!(buttons.contains(&CARD.to_owned()), "{buttons:?}");
    press(&mut app, CARD);
    assert_eq!(screen(&app), Screen::Level);
    // The teacher's words, as written: the task, and the hints on request.
    assert!(everything(&app).iter().any(|t| t.contains("Bring den Roboter zur Fahne.")), "{:?}", everything(&app));
    for tile in ["Forward", "Forward", "Turn right", "Forward"] {
        press(&mut app, tile);
    }
    press(&mut app, "Run");
    for _ in 0..200 {
        app.update();
        if screen(&app) == Screen::Result {
            break;
        }
    }
    assert_eq!(screen(&app), Screen::Result);
    let id = robot().id();
    assert_eq!(app.world().resource::<TabletPlayers>().progress().best_stars(&id), 3, "par 4 was met");

    // A restart without the link: the mission and its made level are still there, with the stars.
    assert!(store.saved_text().contains(&id), "the stars are stored under the level's id");
    let again = app_with(store, &["en"], MemoryHost::default(), |_| {});
    assert_eq!(again.world().resource::<Mission>().0.as_ref().map(|a| a.made_ids()), Some(vec![id.clone()]));
    let levels = again.world().resource::<byte_bridge::game::catalog::Levels>();
    assert_eq!(levels.level(&id).map(|l| l.world.as_str()), Some("made"));
}

#[test]
fn a_link_whose_made_level_was_changed_is_refused_whole_with_a_message() {
    let mut changed = assignment();
    changed.made[0].task = "Something the teacher never wrote.".into();
    let mut app = app(SharedStore::default(), host_with_link(changed.link(GAME)));
    assert_eq!(app.world().resource::<Mission>().0, None);
    assert_eq!(app.world().resource::<MissionNotice>().0, Some("mission-link-made-refused"));
    new_player(&mut app);
    assert!(!names(&app, Role::Button).iter().any(|b| b.contains("Made by your teacher")));
}

#[test]
fn a_mission_file_opens_from_the_grown_ups_screen() {
    let host = MemoryHost::default();
    let picks = host.picks.clone();
    let mut app = app(SharedStore::default(), host);
    new_player(&mut app);
    press(&mut app, "Change player");
    pass_gate(&mut app);
    let file = serde_json::to_vec(&assignment()).unwrap();
    picks.lock().unwrap().push(Ok(file));
    press(&mut app, "Bring players from a file");
    for _ in 0..3 {
        app.update();
    }
    assert!(
        everything(&app).contains(&"Today's mission for 4B is on this tablet now.".to_owned()),
        "{:?}",
        everything(&app)
    );
    assert_eq!(app.world().resource::<Mission>().0.as_ref().map(|a| a.made_ids()), Some(vec![robot().id()]));
}

/// A link opened while the game already runs (taken between levels): the made level shows on
/// the home screen at once, though it joins the course a frame after the mission.
#[test]
fn a_link_opened_while_playing_shows_its_made_levels_on_the_home_screen() {
    let host = MemoryHost::default();
    let link = host.mission_link.clone();
    let mut app = app(SharedStore::default(), host);
    new_player(&mut app);
    press(&mut app, "Play");
    *link.lock().unwrap() = Some(assignment().link(GAME));
    press(&mut app, "Back");
    assert_eq!(screen(&app), Screen::Title);
    let buttons = names(&app, Role::Button);
    assert!(buttons.contains(&CARD.to_owned()), "{buttons:?}");
}
