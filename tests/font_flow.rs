//! The script fonts are their script's fallback in the text stack (src/game/ui/fonts.rs): a
//! Greek word is laid out in the Greek font, the digits beside it in the reading font.

use bevy::prelude::*;
use bevy::text::FontCx;
use byte_bridge::core::i18n::fonts;
use byte_bridge::core::progress::MemoryStore;
use byte_bridge::game::platform::MemoryHost;
use parley::fontique::{FallbackKey, Script};

mod headless;
use headless::*;

#[test]
fn greek_falls_back_to_the_greek_font() {
    let mut app = app_with(MemoryStore::default(), &["el"], MemoryHost::default(), |_| {});
    // Several frames: a font asset that went away would empty the collection a frame later.
    for _ in 0..5 {
        app.update();
    }
    let mut font_cx = app.world_mut().resource_mut::<FontCx>();
    let greek = font_cx.collection.family_id(fonts::GREEK.family);
    assert!(greek.is_some(), "the Greek font is in the collection");
    let key = FallbackKey::new(Script::from_bytes(fonts::GREEK.script), None);
    let fallbacks: Vec<_> = font_cx.collection.fallback_families(key).collect();
    assert_eq!(fallbacks, vec![greek.unwrap()]);
}
