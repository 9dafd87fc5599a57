//! Reading aloud with the device's own voices (issue #18): which voice speaks a language, and
//! which word a voice is saying.
//!
//! Only voices kept on the device are used. A network voice sends the text it reads to a
//! speech service on another origin, and a tablet at school is often offline; so a language
//! counts as spoken only where the tablet holds a voice for it, and nothing is offered where
//! it does not (the grown-ups' screen lists which languages those are).

use std::ops::Range;

/// A voice as the device lists it (the Web Speech API's `SpeechSynthesisVoice`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Voice {
    /// How the device names it; how a voice is chosen again when speaking.
    pub name: String,
    /// Its BCP 47 language tag as reported (Android writes `en_US` as often as `en-US`).
    pub lang: String,
    /// Whether it runs on the device (`localService`): only these are used.
    pub local: bool,
    /// Whether it is the device's default voice.
    pub default: bool,
}

/// The voice that reads `language` (a tag such as `pt` or `pt-PT`), if the device has one:
/// among its own voices for that language, one for the same region first (`pt-PT` before
/// `pt-BR` when `language` is `pt-PT`), then the device's default, then the first listed.
pub fn voice_for<'a>(voices: &'a [Voice], language: &str) -> Option<&'a Voice> {
    let wanted = normalized(language);
    let primary = wanted.split('-').next().unwrap_or_default();
    voices
        .iter()
        .enumerate()
        .filter(|(_, v)| v.local && normalized(&v.lang).split('-').next() == Some(primary))
        .min_by_key(|(i, v)| (normalized(&v.lang) != wanted, !v.default, *i))
        .map(|(_, v)| v)
}

/// `tag` lower-cased with `-` between its parts.
fn normalized(tag: &str) -> String {
    tag.trim().replace('_', "-").to_ascii_lowercase()
}

/// Which of `languages` the device can read aloud, in their order.
pub fn spoken<'a>(voices: &[Voice], languages: impl IntoIterator<Item = &'a str>) -> Vec<&'a str> {
    languages.into_iter().filter(|l| voice_for(voices, l).is_some()).collect()
}

/// The bytes of `text` a voice says when it reports a word at `utf16_index` (Web Speech counts
/// in UTF-16 units) of `utf16_length` units, or to the word's end where it reports no length.
/// None if the index is not inside `text` or lands on no word (spaces, punctuation alone).
pub fn spoken_word(text: &str, utf16_index: u32, utf16_length: Option<u32>) -> Option<Range<usize>> {
    let start = byte_at(text, utf16_index)?;
    let end = match utf16_length.filter(|&l| l > 0) {
        Some(length) => byte_at(text, utf16_index.saturating_add(length)).unwrap_or(text.len()),
        None => text[start..].find(char::is_whitespace).map_or(text.len(), |i| start + i),
    };
    let word = &text[start..end];
    let trimmed = word.trim_end();
    (!trimmed.trim_start().is_empty() && start < end).then(|| start..start + trimmed.len())
}

/// The byte offset of the character at `utf16_index` (the end of `text` at its length).
fn byte_at(text: &str, utf16_index: u32) -> Option<usize> {
    let mut units = 0u32;
    for (byte, c) in text.char_indices() {
        if units == utf16_index {
            return Some(byte);
        }
        if units > utf16_index {
            return None; // inside a character: not a boundary
        }
        units += c.len_utf16() as u32;
    }
    (units == utf16_index).then_some(text.len())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn voice(name: &str, lang: &str, local: bool, default: bool) -> Voice {
        Voice { name: name.into(), lang: lang.into(), local, default }
    }

    #[test]
    fn a_language_is_read_by_a_voice_on_the_device_never_a_network_one() {
        let voices = [voice("Google Deutsch", "de-DE", false, false), voice("Anna", "de-DE", true, false)];
        assert_eq!(voice_for(&voices, "de").map(|v| v.name.as_str()), Some("Anna"));
        let network_only = [voice("Google français", "fr-FR", false, true)];
        assert_eq!(voice_for(&network_only, "fr"), None);
    }

    #[test]
    fn the_region_asked_for_comes_first_then_the_default_then_the_first_listed() {
        let voices = [
            voice("Brasil", "pt-BR", true, false),
            voice("Portugal", "pt_PT", true, false),
            voice("Brasil default", "pt-BR", true, true),
        ];
        assert_eq!(voice_for(&voices, "pt-PT").unwrap().name, "Portugal");
        assert_eq!(voice_for(&voices, "pt").unwrap().name, "Brasil default");
        let plain = [voice("One", "EN-gb", true, false), voice("Two", "en-US", true, false)];
        assert_eq!(voice_for(&plain, "en").unwrap().name, "One");
    }

    #[test]
    fn a_voice_for_another_language_never_reads_this_one() {
        let voices = [voice("Eesti", "et-EE", true, true)];
        assert_eq!(voice_for(&voices, "en"), None);
        assert_eq!(voice_for(&voices, "e"), None);
        assert_eq!(spoken(&voices, ["en", "et", "fi"]), vec!["et"]);
        assert_eq!(voice_for(&[], "en"), None);
    }

    #[test]
    fn the_word_being_said_is_found_from_utf16_positions() {
        let text = "Light the lamp.";
        assert_eq!(spoken_word(text, 0, Some(5)), Some(0..5));
        assert_eq!(spoken_word(text, 10, None), Some(10..15));
        assert_eq!(&text[spoken_word(text, 6, Some(3)).unwrap()], "the");
        // Past a letter outside the Basic Multilingual Plane (two UTF-16 units) and Greek.
        let text = "🤖 Ρομπότ, πήγαινε";
        let start = "🤖 ".encode_utf16().count() as u32;
        assert_eq!(&text[spoken_word(text, start, Some(6)).unwrap()], "Ρομπότ");
        assert_eq!(&text[spoken_word(text, start, None).unwrap()], "Ρομπότ,");
    }

    #[test]
    fn positions_outside_the_text_or_on_no_word_mark_nothing() {
        assert_eq!(spoken_word("Go", 7, Some(2)), None);
        assert_eq!(spoken_word("🤖 go", 1, Some(1)), None, "inside the robot's two units");
        assert_eq!(spoken_word("a  b", 1, Some(1)), None, "a space");
        assert_eq!(spoken_word("", 0, None), None);
        // A length past the end stops at the end.
        assert_eq!(spoken_word("Go", 0, Some(40)), Some(0..2));
    }

    #[test]
    fn arabic_words_are_found_by_their_utf16_position() {
        let text = "اضغط زر التشغيل";
        let second = "اضغط ".encode_utf16().count() as u32;
        assert_eq!(&text[spoken_word(text, second, Some(2)).unwrap()], "زر");
    }
}
