//! The fonts (`core::i18n::fonts`): the reading font is every text's font; each script font
//! is its script's fallback, so a Greek or Arabic word is drawn in its own design while the
//! digits and punctuation around it stay in the reading font.

use crate::core::i18n::fonts::{self, ScriptFont};
use bevy::prelude::*;
use bevy::text::{Font, FontCx};
use parley::fontique::{FallbackKey, Script};

/// The reading font (a subset of SIL Andika, see assets/CREDITS.md). Embedded: text must
/// never wait for a download. Latin and Cyrillic.
const READING: &[u8] = include_bytes!("../../../assets/fonts/ByteBridgeReading-Regular.ttf");
/// Greek (a subset of Noto Sans), embedded.
const GREEK: &[u8] = include_bytes!("../../../assets/fonts/ByteBridgeGreek-Regular.ttf");

/// Script fonts added but not yet their script's fallback (Bevy puts a font into the text
/// stack's collection in `PostUpdate`; the fallback can be set once it is there).
#[derive(Resource, Default)]
pub struct ScriptFonts {
    /// Fonts not yet their script's fallback.
    waiting: Vec<ScriptFont>,
    /// Every script font's family and handle: a font whose last handle goes is removed, and
    /// Bevy then empties the text stack's collection, fallbacks and all.
    added: Vec<(&'static str, Handle<Font>)>,
}

impl ScriptFonts {
    /// Adds a script font (embedded, or from a language pack); a second add of the same
    /// family does nothing.
    pub fn add(&mut self, fonts: &mut Assets<Font>, font: ScriptFont, bytes: Vec<u8>) {
        if self.has(font.family) {
            return;
        }
        self.added.push((font.family, fonts.add(Font::from_bytes(bytes))));
        self.waiting.push(font);
    }

    /// Whether a script font's family has been added.
    pub fn has(&self, family: &str) -> bool {
        self.added.iter().any(|(added, _)| *added == family)
    }
}

pub(super) fn plugin(app: &mut App) {
    app.init_resource::<ScriptFonts>();
    app.add_systems(Startup, install_fonts);
    app.add_systems(PostUpdate, make_fallbacks.after(bevy::text::load_font_assets_into_font_collection));
}

fn install_fonts(mut fonts: ResMut<Assets<Font>>, mut script_fonts: ResMut<ScriptFonts>) {
    // The default handle is what every Text uses unless told otherwise.
    if let Err(error) = fonts.insert(AssetId::default(), Font::from_bytes(READING.to_vec())) {
        error!("font could not be installed: {error}");
    }
    script_fonts.add(&mut fonts, fonts::GREEK, GREEK.to_vec());
}

fn make_fallbacks(mut script_fonts: ResMut<ScriptFonts>, mut font_cx: ResMut<FontCx>, mut texts: Query<&mut TextFont>) {
    if script_fonts.waiting.is_empty() {
        return;
    }
    let mut made = false;
    script_fonts.waiting.retain(|font| {
        let Some(family) = font_cx.collection.family_id(font.family) else { return true };
        let key = FallbackKey::new(Script::from_bytes(font.script), None);
        font_cx.collection.append_fallbacks(key, std::iter::once(family));
        made = true;
        false
    });
    if made {
        // Text already laid out without the new font is laid out again.
        texts.iter_mut().for_each(|mut text| text.set_changed());
    }
}
