//! Age bands in the headless game (issue #15): a pupil picks 7–9 or 10–12 when the player is
//! made, a young pupil's map shows nothing from 12–14, only a grown-up moves a player to
//! 12–14 (and the map follows), the band survives a restart, a teacher's mission shows a
//! 12–14 level all the same, and a player from before bands counts as 7–9.
//!
//! The course here is the shipped one with bands of the test's own (every level 7–9, Kind
//! Corner 10–12, Device Dock and Share Safe's second level 12–14), so the tests hold whatever
//! bands the shipped levels carry.

use bevy::prelude::*;
use byte_bridge::core::i18n::Localizer;
use byte_bridge::core::level::{AgeBand, Catalog};
use byte_bridge::core::profiles::store::PROFILE_PREFIX;
use byte_bridge::core::progress::KeyValueStore;
use byte_bridge::game::a11y::Role;
use byte_bridge::game::catalog::Levels;
use byte_bridge::game::platform::MemoryHost;
use byte_bridge::game::screens::Screen;

mod headless;
use headless::*;

/// The world whose levels are all 12–14, the one whose levels are all 10–12, and the world
/// with one 12–14 level (its second) among 7–9 ones.
const OLDER_WORLD: &str = "device-dock";
const MIDDLE_WORLD: &str = "kind-corner";
const MIXED_WORLD: &str = "share-safe";

/// The shipped levels with the test's bands.
fn banded_catalog() -> Catalog {
    let second = second_order();
    let files: Vec<(String, String)> = byte_bridge::core::content::LEVEL_FILES
        .iter()
        .map(|(path, text)| {
            let mut level: serde_json::Value = serde_json::from_str(text).expect("JSON");
            if level.get("kind").is_some() {
                let band = match (level["world"].as_str(), level["order"].as_u64()) {
                    (Some(OLDER_WORLD), _) => "12-14",
                    (Some(MIDDLE_WORLD), _) => "10-12",
                    (Some(MIXED_WORLD), Some(order)) if order == second => "12-14",
                    _ => "7-9",
                };
                level["band"] = serde_json::json!(band);
            }
            (path.to_string(), level.to_string())
        })
        .collect();
    let files: Vec<(&str, &str)> = files.iter().map(|(p, t)| (p.as_str(), t.as_str())).collect();
    Catalog::from_files(&files).expect("valid levels")
}

/// The `order` of the mixed world's second level.
fn second_order() -> u64 {
    let shipped = Catalog::embedded().expect("valid levels");
    let world = shipped.worlds().iter().find(|w| w.id == MIXED_WORLD).expect("the world");
    u64::from(world.levels[1].order)
}

fn app(store: SharedStore, host: MemoryHost) -> App {
    // The test's course in place of the shipped one, before anything reads it.
    app_with(store, &["en"], host, |app| {
        app.insert_resource(Levels(banded_catalog()));
    })
}

/// From the players screen: a new player as a pupil makes one, picking `age` ("Ages 7–9"),
/// without a picture password. Returns the player's name.
fn new_player(app: &mut App, age: &str) -> String {
    assert_eq!(screen(app), Screen::Players);
    press(app, "New player");
    press(app, "Done");
    assert_eq!(screen(app), Screen::PlayerAge);
    let buttons = names(app, Role::Button);
    assert!(!buttons.iter().any(|b| b.contains("12–14")), "a pupil is never offered 12–14: {buttons:?}");
    press(app, age);
    assert_eq!(screen(app), Screen::Secret);
    press(app, "No password");
    assert_eq!(screen(app), Screen::Title);
    let hello = names(app, Role::Text).into_iter().find(|t| t.starts_with("Hi, ")).expect("the greeting");
    hello.trim_start_matches("Hi, ").trim_end_matches('!').to_owned()
}

/// Answers the grown-ups' question, read from the screen as a grown-up would.

/// The worlds on the map, as its tabs list them (ids, in order), in the language shown.
fn world_tabs(app: &App, catalog: &Catalog) -> Vec<String> {
    let titles: Vec<(String, String)> =
        catalog.worlds().iter().map(|w| (w.id.clone(), format!("{}, ", t(app, &w.title)))).collect();
    names(app, Role::Button)
        .into_iter()
        .filter_map(|name| titles.iter().find(|(_, title)| name.starts_with(title)).map(|(id, _)| id.clone()))
        .collect()
}

/// The English titles of the test course's 12–14 levels.
fn older_titles(catalog: &Catalog) -> Vec<String> {
    catalog.levels().filter(|l| l.band == AgeBand::Older).map(|l| en(&l.title)).collect()
}

/// The English title of the `index`th level (from 0) of a world.
fn title_in(catalog: &Catalog, world: &str, index: usize) -> String {
    let world = catalog.worlds().iter().find(|w| w.id == world).expect("the world");
    en(&world.levels[index].title)
}

fn world_title(catalog: &Catalog, world: &str) -> String {
    en(&catalog.worlds().iter().find(|w| w.id == world).expect("the world").title)
}

#[test]
fn a_young_players_map_shows_nothing_from_12_14_until_a_grown_up_moves_them_there() {
    let catalog = banded_catalog();
    let older = older_titles(&catalog);
    assert!(older.len() >= 2, "{older:?}");
    let store = SharedStore::default();
    let mut app = app(store.clone(), MemoryHost::default());
    let name = new_player(&mut app, "Ages 7–9");
    assert!(store.saved_text().contains(r#""band":"7-9""#), "{}", store.saved_text());
    press(&mut app, "Play");
    assert_eq!(screen(&app), Screen::Map);

    // 7–9: no world of 12–14 levels; the 10–12 world after the 7–9 ones.
    let tabs = world_tabs(&app, &catalog);
    assert!(!tabs.contains(&OLDER_WORLD.to_owned()), "{tabs:?}");
    assert_eq!(tabs.last().map(String::as_str), Some(MIDDLE_WORLD), "{tabs:?}");
    assert_eq!(tabs.len(), catalog.worlds().len() - 1);
    press_starting(&mut app, &format!("{}, ", world_title(&catalog, MIXED_WORLD)));
    let shown = everything(&app);
    for title in &older {
        assert!(!shown.iter().any(|n| n.contains(title.as_str())), "{title} shows: {shown:?}");
    }
    // The level after the hidden one takes its number: no gap for a child to wonder about.
    let third = title_in(&catalog, MIXED_WORLD, 2);
    assert!(names(&app, Role::Button).contains(&format!("2. {third}, locked")), "{:?}", names(&app, Role::Button));

    // A grown-up moves the player on, one band a tap; the pupil's own screens never could.
    press(&mut app, "Back");
    press_text(&mut app, "title-change-player");
    pass_gate(&mut app);
    press(&mut app, &format!("Age band of {name}: Ages 7–9"));
    assert!(names(&app, Role::Status).contains(&format!("{name}: Ages 10–12 now.")), "{:?}", names(&app, Role::Status));
    press(&mut app, &format!("Age band of {name}: Ages 10–12"));
    assert!(names(&app, Role::Button).contains(&format!("Age band of {name}: Ages 12–14")));
    assert!(store.saved_text().contains(r#""band":"12-14""#), "saved at once: {}", store.saved_text());
    press(&mut app, "Back");
    press(&mut app, &name);
    press(&mut app, "Play");

    // 12–14: the worlds with 12–14 levels first (in the course's order), the 10–12 world next,
    // and the 12–14 level back in its place.
    let expect_older_map = |app: &mut App| {
        let tabs = world_tabs(app, &catalog);
        assert_eq!(tabs[..3], [MIXED_WORLD, OLDER_WORLD, MIDDLE_WORLD].map(str::to_owned), "{tabs:?}");
        assert_eq!(tabs.len(), catalog.worlds().len());
        let first = format!("1. {}, ", title_in(&catalog, MIXED_WORLD, 0));
        let buttons = names(app, Role::Button);
        assert!(buttons.iter().any(|b| b.starts_with(&first)), "the map opens on the player's own world: {buttons:?}");
        press_starting(app, &format!("{}, ", world_title(&catalog, MIXED_WORLD)));
        let second = title_in(&catalog, MIXED_WORLD, 1);
        assert!(names(app, Role::Button).contains(&format!("2. {second}, locked")), "{:?}", names(app, Role::Button));
    };
    expect_older_map(&mut app);

    // Restarted: the band was saved with the player.
    let mut again = self::app(store.clone(), MemoryHost::default());
    press(&mut again, &name);
    press(&mut again, "Play");
    expect_older_map(&mut again);
}

#[test]
fn a_pupil_of_10_12_sees_their_world_first_and_every_level_of_7_9() {
    let catalog = banded_catalog();
    let mut app = app(SharedStore::default(), MemoryHost::default());
    new_player(&mut app, "Ages 10–12");
    press(&mut app, "Play");
    let tabs = world_tabs(&app, &catalog);
    assert_eq!(tabs.first().map(String::as_str), Some(MIDDLE_WORLD), "{tabs:?}");
    assert!(!tabs.contains(&OLDER_WORLD.to_owned()), "{tabs:?}");
    assert_eq!(tabs.len(), catalog.worlds().len() - 1, "every 7–9 world is still there");
    let shown = everything(&app);
    for title in older_titles(&catalog) {
        assert!(!shown.iter().any(|n| n.contains(title.as_str())), "{title} shows: {shown:?}");
    }
}

#[test]
fn a_teachers_mission_shows_and_opens_a_12_14_level_for_a_young_pupil() {
    let catalog = banded_catalog();
    let older_level = catalog.worlds().iter().find(|w| w.id == MIXED_WORLD).expect("the world").levels[1].clone();
    let title = en(&older_level.title);
    let host = host_with_mission(vec![older_level.id.clone()]);
    let mut app = app(SharedStore::default(), host);
    new_player(&mut app, "Ages 7–9");
    // On the home screen, as every mission level.
    assert!(names(&app, Role::Button).contains(&format!("{title}, not played yet")), "{:?}", names(&app, Role::Button));
    // And on the map, in its place and open, though the level before it is not done.
    press(&mut app, "Play");
    press_starting(&mut app, &format!("{}, ", world_title(&catalog, MIXED_WORLD)));
    let buttons = names(&app, Role::Button);
    assert!(buttons.contains(&format!("2. {title}, not played yet")), "{buttons:?}");
    // The rest of the band's rule stands: no other 12–14 world appears.
    assert!(!world_tabs(&app, &catalog).contains(&OLDER_WORLD.to_owned()));
    press(&mut app, &format!("2. {title}, not played yet"));
    assert_eq!(screen(&app), Screen::Level);
}

#[test]
fn a_player_from_before_bands_counts_as_7_9_until_a_grown_up_chooses() {
    let catalog = banded_catalog();
    let record = include_str!("fixtures/profile-v3.json");
    let store = SharedStore::default();
    store.clone().set(&format!("{PROFILE_PREFIX}00000000c0ffee03"), record).expect("stored");
    let mut app = app(store.clone(), MemoryHost::default());
    press(&mut app, "Calm Owl");
    for picture in ["Sun", "Fish", "Sun"] {
        press(&mut app, picture);
    }
    assert_eq!(screen(&app), Screen::Title);
    // The player plays in German, as saved.
    press_text(&mut app, "title-play");
    assert_eq!(screen(&app), Screen::Map);
    let tabs = world_tabs(&app, &catalog);
    assert_eq!(tabs.len(), catalog.worlds().len() - 1, "{tabs:?}");
    assert!(!tabs.contains(&OLDER_WORLD.to_owned()), "{tabs:?}");
    press_text(&mut app, "back");
    press_text(&mut app, "title-change-player");
    pass_gate(&mut app);
    // Not chosen, and said so; the first tap chooses 7–9.
    press(&mut app, "Age band of Calm Owl: Age not chosen");
    assert!(
        names(&app, Role::Status).contains(&"Calm Owl: Ages 7–9 now.".to_owned()),
        "{:?}",
        names(&app, Role::Status)
    );
    assert!(store.saved_text().contains(r#""band":"7-9""#), "{}", store.saved_text());
    assert!(store.saved_text().contains(r#""best_stars":3"#), "nothing else lost: {}", store.saved_text());
}

#[test]
fn every_band_has_a_label_in_every_language() {
    let texts = Localizer::embedded().expect("valid Fluent");
    for tag in texts.tags() {
        for band in AgeBand::ALL {
            let label = texts.text_in(tag, band.message_id()).unwrap_or_else(|| panic!("{tag} lacks {band:?}"));
            let (from, to) = band.name().split_once('-').expect("from-to");
            assert!(label.contains(from) && label.contains(to), "{tag}: {label:?} shows the ages");
        }
    }
}

// ---- Inside a school's platform (issue #19): the learner is the player ----------------------

mod package {
    use super::*;
    use byte_bridge::core::package::{COMPLETED, INITIALIZED, Kind, Launch};
    use byte_bridge::game::platform::{MemoryPackageLink, Package, PackageReport, Platform};
    use std::sync::{Arc, Mutex};

    type Reports = Arc<Mutex<Vec<PackageReport>>>;

    /// The shipped game inside a platform of `kind`, for `learner`, with what the platform
    /// kept (`saved`) and, for cmi5, a checked launch.
    fn packaged(store: SharedStore, kind: Kind, learner: &str, saved: &str) -> (App, Reports) {
        let reports = Reports::default();
        let link = MemoryPackageLink(reports.clone());
        let (learner, saved) = (learner.to_owned(), saved.to_owned());
        let app = app_with(store, &["en"], MemoryHost::default(), move |app| {
            let launch = (kind == Kind::Cmi5).then(|| {
                let actor = format!(r#"{{"account":{{"homePage":"https://lms.example","name":"{learner}"}}}}"#);
                Launch::new(
                    "https://lrs.example/xapi/",
                    &actor,
                    "00000000-0000-4000-8000-000000000001",
                    "urn:byte-bridge:au:game",
                    &serde_json::Value::Null,
                )
            });
            app.world_mut().resource_mut::<Platform>().package =
                Some(Package { kind, learner: Some(learner), saved, launch, connected: true, link: Box::new(link) });
        });
        (app, reports)
    }

    fn last(reports: &Reports) -> PackageReport {
        reports.lock().unwrap().last().cloned().expect("a report")
    }

    fn win_first_level(app: &mut App) {
        press(app, "Play");
        press(app, "1. First steps, not played yet");
        for tile in ["Forward", "Forward", "Turn right", "Forward", "Forward"] {
            press(app, tile);
        }
        press(app, "Run");
        for _ in 0..200 {
            app.update();
            if screen(app) == Screen::Result {
                return;
            }
        }
        panic!("no result");
    }

    #[test]
    fn the_learner_is_the_player_and_the_platform_hears_each_attempt() {
        let store = SharedStore::default();
        let (mut app, reports) = packaged(store.clone(), Kind::Scorm12, "pupil-17", "");
        // A first launch: straight to the age question, never the players screen.
        assert_eq!(screen(&app), Screen::PlayerAge);
        assert!(!names(&app, Role::Button).contains(&en("player-new")));
        let first = last(&reports);
        assert_eq!((first.suspend.as_deref(), first.score, first.completed), (Some("1;en;"), 0, false));
        press(&mut app, "Ages 7–9");
        assert_eq!(screen(&app), Screen::Title, "no picture password: the platform signs in");
        let buttons = names(&app, Role::Button);
        for gone in ["title-change-player", "title-password", "send-to-teacher"] {
            assert!(!buttons.contains(&en(gone)), "{gone} in {buttons:?}");
        }
        // Back from home goes nowhere: there is no picker to go back to.
        app.world_mut().write_message(byte_bridge::game::screens::GoBack);
        app.update();
        app.update();
        assert_eq!(screen(&app), Screen::Title);
        win_first_level(&mut app);
        let report = last(&reports);
        assert_eq!(report.suspend.as_deref(), Some("1;en;robot-first-steps.3"));
        assert!(report.score > 0 && report.score < 100 && !report.completed, "{report:?}");
        assert!(report.statements.is_empty(), "SCORM gets no statements");
        assert!(report.session_time.starts_with("0000:"));
        // The same learner again: their home at once, their stars kept.
        let (app, _) = packaged(store.clone(), Kind::Scorm12, "pupil-17", report.suspend.as_deref().unwrap_or(""));
        assert_eq!(screen(&app), Screen::Title);
        // Another learner on the same device gets a player of their own.
        let (app, _) = packaged(store.clone(), Kind::Scorm12, "pupil-18", "");
        assert_eq!(screen(&app), Screen::PlayerAge);
        assert!(!store.saved_text().contains("pupil-1"), "the platform's learner ids are never stored");
    }

    #[test]
    fn stars_kept_by_the_platform_come_to_a_new_device_and_damaged_ones_are_said() {
        let (mut app, reports) =
            packaged(SharedStore::default(), Kind::Scorm12, "pupil-17", "1;de;robot-first-steps.3");
        press(&mut app, "Ages 7–9");
        press(&mut app, "Play");
        assert!(
            names(&app, Role::Button).iter().any(|n| n.starts_with("1. First steps, 3 of 3 stars")),
            "{:?}",
            names(&app, Role::Button)
        );
        assert!(last(&reports).suspend.is_some_and(|s| s.contains("robot-first-steps.3")));
        // A copy this version cannot read is said, and never overwritten by this device's.
        let (mut app, reports) =
            packaged(SharedStore::default(), Kind::Scorm12, "pupil-17", "1;de;robot-first-steps.9");
        assert!(everything(&app).contains(&en("package-saved-unreadable")), "{:?}", everything(&app));
        press(&mut app, "Ages 7–9");
        win_first_level(&mut app);
        assert!(reports.lock().unwrap().iter().all(|r| r.suspend.is_none()));
        assert!(last(&reports).score > 0, "the score and status still go");
    }

    #[test]
    fn cmi5_sends_initialized_then_each_attempt_in_the_registration() {
        let (mut app, reports) = packaged(SharedStore::default(), Kind::Cmi5, "learner-7", "");
        let first = last(&reports);
        assert_eq!(first.statements.len(), 1);
        assert_eq!(first.statements[0]["verb"]["id"], INITIALIZED);
        assert_eq!(first.closing[0]["verb"]["id"], "http://adlnet.gov/expapi/verbs/terminated");
        press(&mut app, "Ages 7–9");
        win_first_level(&mut app);
        let report = last(&reports);
        assert_eq!(report.statements.len(), 1, "{:?}", report.statements);
        let attempt = &report.statements[0];
        assert_eq!(attempt["object"]["id"], "urn:byte-bridge:level:robot-first-steps");
        assert_eq!(attempt["actor"]["account"]["name"], "learner-7");
        assert_eq!(attempt["context"]["registration"], "00000000-0000-4000-8000-000000000001");
        assert!(!report.statements.iter().any(|s| s["verb"]["id"] == COMPLETED), "one level is not the map");
    }

    #[test]
    fn kolibri_hears_a_start_and_no_progress_without_a_platform_is_said() {
        let (_, reports) = packaged(SharedStore::default(), Kind::Kolibri, "k", "");
        assert_eq!(last(&reports).statements[0]["verb"]["id"], INITIALIZED);
        let reports = Reports::default();
        let link = MemoryPackageLink(reports.clone());
        let app = app_with(SharedStore::default(), &["en"], MemoryHost::default(), move |app| {
            app.world_mut().resource_mut::<Platform>().package = Some(Package {
                kind: Kind::Kolibri,
                learner: None,
                saved: String::new(),
                launch: None,
                connected: false,
                link: Box::new(link),
            });
        });
        assert!(everything(&app).contains(&en("package-unreachable")), "{:?}", everything(&app));
        assert_eq!(screen(&app), Screen::PlayerAge);
    }
}
