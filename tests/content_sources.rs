//! Framework codes on levels are only the confirmed ones: a level about AI carries an AI
//! Literacy Framework code only when a public page of the final framework confirms that code
//! and its statement (see `core::level::ai_literacy`).

use byte_bridge::core::level::AiLiteracy;

mod common;
use common::catalog;

#[test]
fn levels_carry_only_confirmed_ai_literacy_codes() {
    let catalog = catalog();
    let mut tagged = 0;
    for level in catalog.levels() {
        for code in &level.ai_literacy {
            assert!(
                code.source().is_some(),
                "{}: {code} ({}) is not confirmed from the final framework",
                level.id,
                code.statement()
            );
            tagged += 1;
        }
    }
    assert!(tagged > 0, "some AI level names its AI literacy competence");
}

#[test]
fn the_ai_levels_about_recognising_ai_name_engage_with_ai_1() {
    let e1 = AiLiteracy::parse("E1").expect("exists");
    let catalog = catalog();
    for id in ["ai-teach-the-robot", "ai-why-this-video", "ai-fake-picture", "ai-voice-message"] {
        let level = catalog.levels().find(|l| l.id == id).unwrap_or_else(|| panic!("{id} is shipped"));
        assert!(level.ai_literacy.contains(&e1), "{id}: {:?}", level.ai_literacy);
    }
}
