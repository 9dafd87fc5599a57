//! The "Where to get help" level names the child helpline of the tablet's country on its
//! result screen, played headless through the same buttons a pupil taps: the number only
//! where it is confirmed (core::helplines), otherwise "ask a trusted adult".

use bevy::prelude::*;
use byte_bridge::core::helplines;
use byte_bridge::core::level::{Catalog, Level, LevelKind};
use byte_bridge::core::progress::MemoryStore;
use byte_bridge::game::a11y::Role;
use byte_bridge::game::platform::{MemoryHost, Platform};
use byte_bridge::game::screens::Screen;

mod headless;
use headless::*;

fn app(languages: &[&str]) -> App {
    app_with(MemoryStore::default(), languages, MemoryHost::default(), |_| {})
}

/// Answers a level of the kinds this world uses without a mistake and finishes it.
fn play(app: &mut App, level: &Level) {
    match &level.kind {
        LevelKind::SafeToShare(sort) => {
            for card in &sort.cards {
                let bin = sort.bins.iter().find(|b| b.id == card.answer).expect("a box");
                press(app, &en(&bin.label));
            }
        }
        LevelKind::SpotFlags(flags) => {
            for part in flags.parts.iter().filter(|p| p.flag) {
                press(app, &en(&part.text));
            }
        }
        LevelKind::PickReply(pick) => {
            for (q, question) in pick.questions.iter().enumerate() {
                let best = question.options.iter().find(|c| c.best).expect("a best answer");
                press(app, &en(&best.text));
                if q + 1 < pick.questions.len() {
                    press(app, "Next");
                }
            }
        }
        other => panic!("{}: this test does not play {other:?}", level.id),
    }
    press(app, "Finish");
    assert_eq!(screen(app), Screen::Result, "{}", level.id);
}

/// The "what you learned" paragraph on the result screen.
fn learned_text(app: &App) -> String {
    let heading = t(app, "result-learned-heading");
    let texts = names(app, Role::Text);
    texts
        .iter()
        .find(|text| text.starts_with("You are never alone"))
        .cloned()
        .unwrap_or_else(|| panic!("no learned text under {heading:?} in {texts:?}"))
}

#[test]
fn the_help_level_names_the_helpline_of_the_tablets_country_or_asks_an_adult() {
    let catalog = Catalog::embedded().expect("valid levels");
    let world = catalog.worlds().iter().find(|w| w.id == "safe-together").expect("the world is shipped");
    let help = world.levels.iter().position(|l| l.id == "safe-get-help").expect("the help level");

    // An English-speaking tablet in the UK: English texts, the UK's Childline.
    let mut app = app(&["en-GB", "en"]);
    new_player(&mut app);
    press(&mut app, "Play");
    press_starting(&mut app, &format!("{}, ", en(&world.title)));
    for level in &world.levels[..=help] {
        press(&mut app, &format!("{}. {}, not played yet", level.order, en(&level.title)));
        play(&mut app, level);
        if level.id != "safe-get-help" {
            press(&mut app, "All levels");
        }
    }
    let text = learned_text(&app);
    assert!(text.contains("Childline, 0800 1111"), "{text}");

    // The same level again where the device names another country, then none.
    let level = &world.levels[help];
    for (languages, expected) in [
        (&["en-AT"][..], Some("Rat auf Draht, 147")),
        (&["en-IE"], Some("Childline (ISPCC), 1800 66 66 66")),
        (&["en"], None),
        (&["en-US"], None),
    ] {
        app.world_mut().resource_mut::<Platform>().languages = languages.iter().map(|l| l.to_string()).collect();
        press(&mut app, "All levels");
        press_starting(&mut app, &format!("{}. {}, ", level.order, en(&level.title)));
        play(&mut app, level);
        let text = learned_text(&app);
        match expected {
            Some(line) => assert!(text.contains(line), "{languages:?}: {text}"),
            None => {
                assert!(text.ends_with(&en("helpline-ask-adult")), "{languages:?}: {text}");
                assert!(!text.chars().any(|c| c.is_ascii_digit()), "{languages:?}: no number in {text}");
            }
        }
        let languages: Vec<String> = languages.iter().map(|l| l.to_string()).collect();
        assert_eq!(helplines::for_device(&languages).is_some(), expected.is_some());
    }
}
