//! What the headless game tests share (`--features game`): a store the test can read and hand
//! to a restarted app, the app itself, and pressing buttons by their accessible names through
//! the same entry point the browser's accessibility layer uses.
#![allow(dead_code)]

use bevy::prelude::*;
use byte_bridge::core::i18n::Localizer;
use byte_bridge::core::profiles::store::PROFILE_PREFIX;
use byte_bridge::core::progress::{KeyValueStore, MemoryStore, StoreError};
use byte_bridge::game::a11y::{A11yEntry, A11yTree, Role};
use byte_bridge::game::i18n::Texts;
use byte_bridge::game::platform::{MemoryHost, Platform};
use byte_bridge::game::screens::Screen;
use byte_bridge::game::ui::pointer::activate;
use std::sync::{Arc, Mutex};
use std::time::Duration;

/// A store the test can read after the app wrote to it, and hand to a restarted app.
#[derive(Clone, Default)]
pub struct SharedStore(Arc<Mutex<MemoryStore>>);

impl KeyValueStore for SharedStore {
    fn get(&self, key: &str) -> Result<Option<String>, StoreError> {
        self.0.lock().map_err(|_| StoreError::Unavailable)?.get(key)
    }
    fn set(&mut self, key: &str, value: &str) -> Result<(), StoreError> {
        self.0.lock().map_err(|_| StoreError::Unavailable)?.set(key, value)
    }
    fn remove(&mut self, key: &str) -> Result<(), StoreError> {
        self.0.lock().map_err(|_| StoreError::Unavailable)?.remove(key)
    }
    fn keys(&self) -> Result<Vec<String>, StoreError> {
        self.0.lock().map_err(|_| StoreError::Unavailable)?.keys()
    }
}

impl SharedStore {
    /// Every saved player record (not the backups), as stored.
    pub fn saved_text(&self) -> String {
        let keys = self.keys().expect("readable");
        keys.iter()
            .filter(|k| k.starts_with(PROFILE_PREFIX) && !k.ends_with(".backup") && !k.ends_with(".damaged"))
            .filter_map(|k| self.get(k).expect("readable"))
            .collect::<Vec<_>>()
            .join("\n")
    }
}

/// The game, headless, on `store` with the device's `languages` and `host`; `setup` runs after
/// the game's plugin is added and before it starts (e.g. to put a test's course in place).
pub fn app_with(
    store: impl KeyValueStore + Send + Sync + 'static,
    languages: &[&str],
    host: MemoryHost,
    setup: impl FnOnce(&mut App),
) -> App {
    let mut app = App::new();
    app.add_plugins(DefaultPlugins.build().disable::<bevy::log::LogPlugin>());
    app.insert_resource(bevy::time::TimeUpdateStrategy::ManualDuration(Duration::from_millis(50)));
    app.insert_resource(Platform {
        store: Some(Box::new(store)),
        languages: languages.iter().map(|l| l.to_string()).collect(),
        host: Box::new(host),
        package: None,
    });
    app.add_plugins(byte_bridge::game::plugin);
    setup(&mut app);
    app.finish();
    app.cleanup();
    app.update();
    app.update();
    app
}

/// The accessible names of everything with `role` on screen.
pub fn names(app: &App, role: Role) -> Vec<String> {
    app.world().resource::<A11yTree>().entries.iter().filter(|e| e.role == role).map(|e| e.name.clone()).collect()
}

/// The accessible names of everything on screen.
pub fn everything(app: &App) -> Vec<String> {
    app.world().resource::<A11yTree>().entries.iter().map(|e| e.name.clone()).collect()
}

/// Presses the button named `name` and lets the game take a few frames.
/// The accessibility layer's entry named `name` (any role).
pub fn entry<'a>(app: &'a App, name: &str) -> &'a A11yEntry {
    let entries = &app.world().resource::<A11yTree>().entries;
    entries.iter().find(|e| e.name == name).unwrap_or_else(|| {
        panic!("nothing named {name:?} in {:?}", entries.iter().map(|e| &e.name).collect::<Vec<_>>())
    })
}

pub fn press(app: &mut App, name: &str) {
    let key = app
        .world()
        .resource::<A11yTree>()
        .entries
        .iter()
        .find(|e| e.role == Role::Button && e.name == name)
        .map(|e| e.key)
        .unwrap_or_else(|| panic!("no button {name:?} in {:?}", names(app, Role::Button)));
    assert!(activate(app.world_mut(), key), "{name} activates");
    for _ in 0..3 {
        app.update();
    }
}

/// Presses the button named by a message, in the language shown now.
pub fn press_text(app: &mut App, id: &str) {
    let name = t(app, id);
    press(app, &name);
}

/// Presses the only button whose name starts with `prefix` (world tabs carry star counts).
pub fn press_starting(app: &mut App, prefix: &str) {
    let matching: Vec<String> = names(app, Role::Button).into_iter().filter(|n| n.starts_with(prefix)).collect();
    assert_eq!(matching.len(), 1, "one button starts with {prefix:?}: {:?}", names(app, Role::Button));
    press(app, &matching[0]);
}

/// From the players screen: a new player with the picture and nickname offered, ages 7–9, no
/// picture password, on their home screen.
pub fn new_player(app: &mut App) {
    assert_eq!(screen(app), Screen::Players);
    for id in ["player-new", "player-done", "band-7-9", "secret-skip"] {
        press_text(app, id);
    }
    assert_eq!(screen(app), Screen::Title);
}

/// A message in the language the game shows now.
pub fn t(app: &App, id: &str) -> String {
    app.world().resource::<Texts>().text(id)
}

/// The screen the game is on.
pub fn screen(app: &App) -> Screen {
    *app.world().resource::<State<Screen>>().get()
}

/// An English message from the Fluent files.
pub fn en(id: &str) -> String {
    let texts = Localizer::embedded().expect("valid Fluent");
    texts.text_in("en", id).unwrap_or_else(|| panic!("no English {id}"))
}

/// Turns the (headless) tablet to `width` × `height` and lets the layout follow. Without a
/// renderer nothing measures the window for the camera, so the test tells the camera too.
pub fn turn(app: &mut bevy::app::App, width: f32, height: f32) {
    let mut windows =
        app.world_mut().query_filtered::<&mut bevy::window::Window, bevy::prelude::With<bevy::window::PrimaryWindow>>();
    let mut window = windows.single_mut(app.world_mut()).expect("one window");
    window.resolution.set(width, height);
    let mut cameras = app.world_mut().query::<&mut bevy::camera::Camera>();
    for mut camera in cameras.iter_mut(app.world_mut()) {
        camera.computed.target_info = Some(bevy::camera::RenderTargetInfo {
            physical_size: bevy::math::UVec2::new(width as u32, height as u32),
            scale_factor: 1.0,
        });
    }
    for _ in 0..6 {
        app.update();
    }
}

/// A host whose page was opened with class 4B's signed mission link for `levels` (the map not
/// locked); the same link every run.
pub fn host_with_mission(levels: Vec<String>) -> MemoryHost {
    let mut n = 0x5eed_u64;
    let assignment = byte_bridge::core::class::Assignment::new(
        "4B",
        levels,
        false,
        true,
        "https://s.example/bb/index.html",
        1_764_400_000_000,
        move || {
            n = n.wrapping_mul(6_364_136_223_846_793_005).wrapping_add(1_442_695_040_888_963_407);
            n
        },
    );
    let host = MemoryHost::default();
    *host.mission_link.lock().unwrap() = Some(assignment.link("https://s.example/bb/index.html"));
    host
}

/// Presses the settings' text size button, whose name says the size the player reads at now:
/// the next size up (or back to normal after the biggest).
pub fn press_text_size(app: &mut App) {
    let size = app.world().resource::<byte_bridge::game::ui::reading::Reading>().size;
    let name = byte_bridge::game::i18n::TextKey::new("settings-text-size")
        .msg("size", size.message_id())
        .resolve(&app.world().resource::<Texts>().0);
    press(app, &name);
}

/// From the players screen: Grown-ups, and the gate's sum answered, to the grown-ups' screen.
pub fn pass_gate(app: &mut App) {
    press(app, "Grown-ups");
    let question = names(app, Role::Text).into_iter().find(|t| t.starts_with("What is")).expect("a question");
    let numbers: Vec<u32> =
        question.split(|c: char| !c.is_ascii_digit()).filter(|n| !n.is_empty()).map(|n| n.parse().unwrap()).collect();
    for digit in (numbers[0] * numbers[1]).to_string().chars() {
        press(app, &digit.to_string());
    }
    press(app, "OK");
    assert_eq!(screen(app), Screen::Adults);
}
