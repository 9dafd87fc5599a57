//! Long languages fit (issue #17): every screen and every level, with its hints open, is laid
//! out on a portrait and a landscape tablet in every shipped language, also with the player's
//! text at twice its size and more space between lines and letters (issue #18), and every text is
//! checked against its node, the button or card around it, the panels that clip it, the
//! screen and the other texts and controls (`core::fit`, measured by `game::ui::fit`). The
//! browser walks every screen and a level of each kind in the longest language of each script
//! (tests/e2e/fit.test.mjs); here, without a browser, every level in every language takes
//! about a minute.

use bevy::prelude::*;
use byte_bridge::core::level::Catalog;
use byte_bridge::core::progress::{KeyValueStore, MemoryStore};
use byte_bridge::core::reading::TextSize;
use byte_bridge::game::a11y::{A11yTree, Role};
use byte_bridge::game::i18n::{TextKey, Texts};
use byte_bridge::game::screens::Screen;
use byte_bridge::game::speech::{Speaker, Speech, SpeechEvent};
use byte_bridge::game::ui::fit::FitCheck;
use byte_bridge::game::ui::reading::Reading;

mod headless;
use headless::*;

const PORTRAIT: (f32, f32) = (800.0, 1280.0);
const LANDSCAPE: (f32, f32) = (1280.0, 800.0);

/// A tablet that kept a pupil's record in which every level is done (the format before
/// players, which the game turns into a player): every world and level is open on the map.
fn tablet_with_everything_done() -> MemoryStore {
    let catalog = Catalog::embedded().expect("valid levels");
    let levels: Vec<String> = catalog
        .worlds()
        .iter()
        .flat_map(|w| &w.levels)
        .map(|l| format!("\"{}\":{{\"best_stars\":3,\"completions\":1,\"attempts_total\":1,\"attempts\":[]}}", l.id))
        .collect();
    let mut store = MemoryStore::default();
    let record = format!("{{\"schema\":2,\"progress\":{{\"levels\":{{{}}}}}}}", levels.join(","));
    store.set("bytebridge.progress", &record).expect("stored");
    store
}

/// A tablet with a voice for every language: the speaker buttons show, and the grown-ups'
/// screen lists every language as one it reads aloud (its longest text).
struct EveryVoice;

impl Speaker for EveryVoice {
    fn voices(&self) -> Vec<byte_bridge::core::speech::Voice> {
        let shipped = byte_bridge::game::i18n::shipped_languages();
        shipped
            .iter()
            .map(|(tag, _)| byte_bridge::core::speech::Voice {
                name: format!("{tag} voice"),
                lang: (*tag).to_owned(),
                local: true,
                default: false,
            })
            .collect()
    }
    fn speak(&self, _: u64, _: &str, _: &byte_bridge::core::speech::Voice) {}
    fn stop(&self) {}
    fn take_events(&self) -> Vec<SpeechEvent> {
        Vec::new()
    }
}

/// What the walk found, screen by screen.
struct Walk {
    app: App,
    at: String,
    found: Vec<String>,
}

impl Walk {
    fn text(&self, key: TextKey) -> String {
        key.resolve(&self.app.world().resource::<Texts>().0)
    }

    /// Lets the screen settle and notes what does not fit on it.
    fn look(&mut self, what: &str) {
        for _ in 0..3 {
            self.app.update();
        }
        let check = self.app.world().resource::<FitCheck>();
        for misfit in &check.misfits {
            self.found.push(format!("{} / {what}: {misfit}", self.at));
        }
    }

    fn press_key(&mut self, key: TextKey) {
        let name = self.text(key);
        press(&mut self.app, &name);
    }

    fn press_id(&mut self, id: &'static str) {
        self.press_key(TextKey::new(id));
    }

    fn press_first(&mut self, matches: impl Fn(&str) -> bool) {
        let buttons = names(&self.app, Role::Button);
        let name =
            buttons.iter().find(|n| matches(n)).unwrap_or_else(|| panic!("{}: no such button in {buttons:?}", self.at));
        press(&mut self.app, &name.clone());
    }
}

/// Walks every screen in `language` on a `size` tablet opened with a class's mission link;
/// returns what did not fit.
fn walk(language: &str, size: (f32, f32), reading: Reading) -> Vec<String> {
    // A mission of the first level of six worlds: more than one page of it.
    let catalog = Catalog::embedded().expect("valid levels");
    let host = host_with_mission(catalog.worlds().iter().take(6).map(|w| w.levels[0].id.clone()).collect());
    let app = app_with(tablet_with_everything_done(), &[language], host, |app| {
        app.insert_resource(FitCheck::default());
        app.insert_resource(Speech(Box::new(EveryVoice)));
    });
    let mut walk = Walk { app, at: format!("{language} {}×{} {reading:?}", size.0, size.1), found: Vec::new() };
    turn(&mut walk.app, size.0, size.1);
    assert_eq!(screen(&walk.app), Screen::Players, "{}", walk.at);
    walk.look("players");

    // The grown-ups' question and screen.
    walk.press_id("grown-ups");
    walk.look("grown-ups' question");
    let question = walk
        .app
        .world()
        .resource::<A11yTree>()
        .entries
        .iter()
        .filter(|e| e.role == Role::Text)
        .map(|e| e.name.clone())
        .collect::<Vec<_>>();
    let numbers: Vec<u32> = question
        .iter()
        .flat_map(|t| {
            t.split(|c: char| !c.is_ascii_digit())
                .filter(|n| !n.is_empty())
                .map(|n| n.parse().unwrap())
                .collect::<Vec<_>>()
        })
        .collect();
    for digit in (numbers[0] * numbers[1]).to_string().chars() {
        press(&mut walk.app, &digit.to_string());
    }
    walk.press_id("gate-ok");
    assert_eq!(screen(&walk.app), Screen::Adults, "{}", walk.at);
    walk.look("grown-ups");
    walk.press_id("adults-voices-open");
    assert_eq!(screen(&walk.app), Screen::Voices, "{}", walk.at);
    walk.look("reading aloud, every language spoken");
    walk.press_id("back");
    // The grown-up moves the pupil to 12–14 (unset, 7–9, 10–12, 12–14): every level shows.
    let unset = walk.text(TextKey::new("adults-band-unset"));
    walk.press_first(|n| n.ends_with(&unset));
    for band in ["band-7-9", "band-10-12"] {
        let band = walk.text(TextKey::new(band));
        walk.press_first(|n| n.ends_with(&band));
    }
    walk.look("grown-ups, a band changed");
    walk.press_id("back");

    // A new player: picture and name, age, password.
    walk.press_id("player-new");
    walk.look("new player");
    walk.press_id("player-done");
    walk.look("age");
    walk.press_id("band-10-12");
    walk.look("password");
    walk.press_id("secret-skip");
    assert_eq!(screen(&walk.app), Screen::Title, "{}", walk.at);
    walk.press_id("title-change-player");

    // The player who has played everything.
    let others = ["player-new", "grown-ups", "players-next", "players-previous"].map(|id| walk.text(TextKey::new(id)));
    let players: Vec<String> = names(&walk.app, Role::Button).into_iter().filter(|n| !others.contains(n)).collect();
    let veteran = players.iter().find(|n| !n.is_empty()).cloned().expect("players");
    press(&mut walk.app, &veteran);
    if reading != Reading::default() {
        // The player's own text size and spacing, chosen on their settings screen.
        walk.press_id("settings-open");
        while walk.app.world().resource::<Reading>().size != reading.size {
            press_text_size(&mut walk.app);
        }
        if reading.more_space {
            walk.press_id("settings-more-space");
        }
        assert_eq!(*walk.app.world().resource::<Reading>(), reading, "{}", walk.at);
        walk.look("settings, as the player reads");
        walk.press_id("back");
        // The players and the grown-ups' question keep the last player's text until another
        // player is chosen.
        walk.press_id("title-change-player");
        walk.look("players, as the last player reads");
        walk.press_id("grown-ups");
        walk.look("grown-ups' question, as the last player reads");
        walk.press_id("back");
        press(&mut walk.app, &veteran);
    }
    walk.look("home");
    walk.press_key(TextKey::new("language-open").key("language", TextKey::new("language-name")));
    walk.look("languages");
    walk.press_id("back");
    walk.press_id("settings-open");
    walk.look("settings");
    walk.press_id("settings-read-everything");
    walk.look("settings, reading everything");
    walk.press_id("settings-read-everything");
    walk.press_id("back");
    walk.press_id("send-to-teacher");
    walk.look("send to my teacher");
    walk.press_id("send-show-code");
    assert_eq!(screen(&walk.app), Screen::SendCode, "{}", walk.at);
    walk.look("the code for the teacher");
    walk.press_id("back");
    walk.press_id("back");

    // Every world's map, and every level on it with its hints open.
    walk.press_id("title-play");
    walk.look("map");
    let catalog = Catalog::embedded().expect("valid levels");
    for world in catalog.worlds() {
        let title = walk.text(TextKey::new(world.title.clone()));
        walk.press_first(|n| n.starts_with(&title));
        walk.look(&format!("map of {}", world.id));
        for (number, level) in (1u32..).zip(&world.levels) {
            let name = walk.text(
                TextKey::new("map-level")
                    .num("number", number)
                    .msg("title", level.title.clone())
                    .key("status", TextKey::new("level-status-stars").num("stars", 3)),
            );
            press(&mut walk.app, &name);
            assert_eq!(screen(&walk.app), Screen::Level, "{}: {}", walk.at, level.id);
            walk.look(&level.id);
            for _ in 0..3 {
                walk.press_id("hint");
            }
            walk.look(&format!("{} with its hints", level.id));
            if level.id.as_str() == "robot-first-steps" {
                play_at_par(&mut walk);
                walk.look("result");
                walk.press_id("result-levels");
            } else {
                walk.press_id("back");
            }
        }
    }
    walk.found
}

/// Robot Road's first level at par, to its result screen.
fn play_at_par(walk: &mut Walk) {
    for tile in ["command-forward", "command-forward", "command-turn-right", "command-forward", "command-forward"] {
        walk.press_id(tile);
    }
    walk.press_id("robot-run");
    for _ in 0..200 {
        if screen(&walk.app) == Screen::Result {
            return;
        }
        walk.app.update();
    }
    panic!("{}: the first level was not won", walk.at);
}

/// The walks of each language: upright and sideways at the normal text size and spacing and
/// at twice the size with more space; upright (the narrower column) at twice the size and at
/// 150 % with the normal spacing (`core::reading`). A bigger text lays every screen out in
/// one column whichever way the tablet is held, so sideways adds only width.
fn walks() -> Vec<((f32, f32), Reading)> {
    let biggest = Reading { size: TextSize::Biggest, more_space: true };
    vec![
        (PORTRAIT, Reading::default()),
        (LANDSCAPE, Reading::default()),
        (PORTRAIT, biggest),
        (LANDSCAPE, biggest),
        (PORTRAIT, Reading { size: TextSize::Biggest, more_space: false }),
        (PORTRAIT, Reading { size: TextSize::Bigger, more_space: false }),
    ]
}

/// One test per shipped language (they run side by side), each walked as [`walks`] says.
macro_rules! every_screen_fits_in {
    ($($language:ident),* $(,)?) => {
        $(
            #[test]
            fn $language() {
                let language = stringify!($language);
                let found: Vec<String> = walks()
                    .into_iter()
                    .flat_map(|(size, reading)| walk(language, size, reading))
                    .collect();
                assert!(found.is_empty(), "{} things do not fit:\n{}", found.len(), found.join("\n"));
            }
        )*
        #[test]
        fn every_shipped_language_is_walked() {
            let walked = [$(stringify!($language)),*];
            let shipped: Vec<&str> = byte_bridge::game::i18n::shipped_languages().iter().map(|(tag, _)| *tag).collect();
            assert_eq!(walked.to_vec(), shipped);
        }
    };
}

every_screen_fits_in!(
    ar, bg, cs, da, de, el, en, es, et, fi, fr, ga, hr, hu, it, lt, lv, mt, nl, pl, pt, ro, sk, sl, sv, tr, uk
);
