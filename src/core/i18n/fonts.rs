//! Which font files draw which language (files under `assets/fonts/`, made by
//! `tools/subset-font.py`; sources and licences in `assets/CREDITS.md`).
//!
//! The reading font draws Latin and Cyrillic and is every text's font. Other scripts come from
//! fonts registered as *fallbacks* for their script, so digits and punctuation inside a Greek
//! or Arabic sentence still come from the reading font: Greek is embedded in the game, Arabic
//! travels with its language's pack (a first visit in any other language does not carry it).

/// The reading font, embedded: text must never wait for a download.
pub const READING: &str = "ByteBridgeReading-Regular.ttf";

/// A font that draws one script the reading font lacks.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ScriptFont {
    /// File name under `assets/fonts/`.
    pub file: &'static str,
    /// Its family name (as `tools/subset-font.py` names it).
    pub family: &'static str,
    /// ISO 15924 code of the script it is the fallback for.
    pub script: [u8; 4],
}

/// Greek, embedded in the game.
pub const GREEK: ScriptFont =
    ScriptFont { file: "ByteBridgeGreek-Regular.ttf", family: "Byte Bridge Greek", script: *b"Grek" };
/// Arabic, in the Arabic pack.
pub const ARABIC: ScriptFont =
    ScriptFont { file: "ByteBridgeArabic-Regular.ttf", family: "Byte Bridge Arabic", script: *b"Arab" };

/// Script fonts embedded in the game beside the reading font.
pub const EMBEDDED: &[ScriptFont] = &[GREEK];

/// The script font a language's pack carries, if its script is not embedded.
pub fn pack_font(tag: &str) -> Option<ScriptFont> {
    match primary(tag) {
        "ar" => Some(ARABIC),
        _ => None,
    }
}

/// Every font file that draws a language's texts: together they must have every character.
pub fn files_for(tag: &str) -> Vec<&'static str> {
    let mut files = vec![READING];
    files.extend(EMBEDDED.iter().map(|f| f.file));
    files.extend(pack_font(tag).map(|f| f.file));
    files
}

/// Whether the language reads right to left.
pub fn is_right_to_left(tag: &str) -> bool {
    matches!(primary(tag), "ar" | "he" | "fa" | "ur")
}

/// The characters of `text` that no font draws (`draws` answers for the fonts of
/// [`files_for`]); control characters are not drawn and are skipped.
pub fn undrawable<'a>(text: &'a str, draws: impl Fn(char) -> bool + 'a) -> impl Iterator<Item = char> + 'a {
    text.chars().filter(move |&c| !c.is_control() && !draws(c))
}

/// Whether `bytes` begin as a TrueType or OpenType font does: a pack's font that is anything
/// else (a server's error page, a cut download) is refused rather than drawn as nothing.
pub fn is_font(bytes: &[u8]) -> bool {
    bytes.len() > 12 && matches!(&bytes[..4], [0, 1, 0, 0] | b"OTTO" | b"true")
}

fn primary(tag: &str) -> &str {
    tag.split(['-', '_']).next().unwrap_or(tag)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_language_has_the_reading_font_and_greek_and_only_arabic_brings_its_own() {
        assert_eq!(files_for("de"), vec![READING, GREEK.file]);
        assert_eq!(files_for("el"), vec![READING, GREEK.file]);
        assert_eq!(files_for("ar"), vec![READING, GREEK.file, ARABIC.file]);
        assert_eq!(files_for("ar-MA"), files_for("ar"));
        assert_eq!(pack_font("uk"), None);
        assert_eq!(pack_font("ar"), Some(ARABIC));
    }

    #[test]
    fn direction_follows_the_language_not_the_region() {
        assert!(is_right_to_left("ar"));
        assert!(is_right_to_left("ar-BE"));
        assert!(!is_right_to_left("fr-MA"));
        assert!(!is_right_to_left("en"));
        assert!(!is_right_to_left(""));
    }

    #[test]
    fn a_font_is_told_from_a_page_or_a_cut_file() {
        let font = std::fs::read(concat!(env!("CARGO_MANIFEST_DIR"), "/assets/fonts/ByteBridgeArabic-Regular.ttf"));
        assert!(is_font(&font.expect("the Arabic font")));
        assert!(!is_font(b"<!doctype html><title>404</title>"));
        assert!(!is_font(&[0, 1, 0]));
        assert!(!is_font(b""));
    }

    #[test]
    fn undrawable_names_what_the_fonts_lack_and_skips_controls() {
        let latin_only = |c: char| c.is_ascii();
        assert_eq!(undrawable("Hi\nΩ!", latin_only).collect::<Vec<_>>(), vec!['Ω']);
        assert_eq!(undrawable("ok", latin_only).count(), 0);
    }
}
