//! The script fonts are their script's fallback in the text stack (src/game/ui/fonts.rs): a
//! Greek word is laid out in the Greek font, the digits beside it in the reading font; the
//! Arabic font comes only with the Arabic pack, and Arabic turns rows to read from the right.

use bevy::prelude::*;
use bevy::text::FontCx;
use byte_bridge::core::i18n::fonts;
use byte_bridge::core::progress::MemoryStore;
use byte_bridge::game::platform::MemoryHost;
use byte_bridge::game::ui::direction::ReadingDirection;
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

#[test]
fn arabic_brings_its_font_with_its_pack_and_rows_read_from_the_right() {
    let mut english = app_with(MemoryStore::default(), &["en"], MemoryHost::default(), |_| {});
    let mut arabic = app_with(MemoryStore::default(), &["ar"], MemoryHost::default(), |_| {});
    for _ in 0..5 {
        english.update();
        arabic.update();
    }
    let reversed = |app: &mut App| {
        let mut nodes = app.world_mut().query::<&Node>();
        nodes.iter(app.world()).filter(|n| n.flex_direction == FlexDirection::RowReverse).count()
    };
    assert_eq!(reversed(&mut english), 0, "English rows read from the left");
    assert!(reversed(&mut arabic) > 0, "Arabic rows read from the right");
    assert!(arabic.world().resource::<ReadingDirection>().right_to_left);

    let mut font_cx = english.world_mut().resource_mut::<FontCx>();
    assert!(font_cx.collection.family_id(fonts::ARABIC.family).is_none(), "only the Arabic pack brings it");
    let mut font_cx = arabic.world_mut().resource_mut::<FontCx>();
    let family = font_cx.collection.family_id(fonts::ARABIC.family).expect("the Arabic font came with its pack");
    let key = FallbackKey::new(Script::from_bytes(fonts::ARABIC.script), None);
    assert_eq!(font_cx.collection.fallback_families(key).collect::<Vec<_>>(), vec![family]);
}
