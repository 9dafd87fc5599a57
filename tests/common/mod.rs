//! What the content tests share: the shipped catalog and texts, loaded or failed with the
//! broken file's name. Each `tests/content*.rs` file is its own crate and uses part of this.
#![allow(dead_code)]

use byte_bridge::core::i18n::Localizer;
use byte_bridge::core::level::Catalog;

/// Every shipped level and world; a broken level file fails with its name and the problem.
pub fn catalog() -> Catalog {
    match Catalog::embedded() {
        Ok(catalog) => catalog,
        Err(errors) => {
            let list: Vec<String> = errors.iter().map(|e| e.to_string()).collect();
            panic!("broken level files:\n{}", list.join("\n"));
        }
    }
}

/// Every shipped text: the game's and the teacher page's.
pub fn localizer() -> Localizer {
    match Localizer::embedded_for_teacher() {
        Ok(l) => l,
        Err(errors) => panic!("broken Fluent files: {errors:?}"),
    }
}

/// The game's texts only (what a pupil's tablet carries).
pub fn game_localizer() -> Localizer {
    match Localizer::embedded() {
        Ok(l) => l,
        Err(errors) => panic!("broken Fluent files: {errors:?}"),
    }
}

/// A message in one language; a missing one fails the test with its id.
pub fn text(l: &Localizer, tag: &str, id: &str) -> String {
    l.text_in(tag, id).unwrap_or_else(|| panic!("{tag} lacks {id}"))
}

/// Words of one language that the content checks look for in its texts
/// (`tests/fixtures/language-words/<tag>.json`, written with the language's translation).
#[derive(Debug, serde::Deserialize)]
pub struct LanguageWords {
    /// Starts of every word for a grown-up who helps (adult, parent, teacher, mum …).
    pub adult_stems: Vec<String>,
    /// Part of every form of the word for "adult".
    pub adult: String,
    /// Start of the informal word for "mum".
    pub mum: String,
    /// What texts say where a helper calls itself.
    pub itself: String,
    /// "From the end" in the address tip and in what the first address level teaches.
    pub address_end: [String; 2],
    /// Phrases that teach reading an address from its start.
    pub address_shortcuts: Vec<String>,
    /// Words too common to tell one answer from another (your, this, name …), lower case.
    pub common_words: Vec<String>,
}

/// The check words of `tag`; every shipped language has them.
pub fn language_words(tag: &str) -> LanguageWords {
    let path = format!("{}/tests/fixtures/language-words/{tag}.json", env!("CARGO_MANIFEST_DIR"));
    let text =
        std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e} (every shipped language has one)"));
    serde_json::from_str(&text).unwrap_or_else(|e| panic!("{path}: {e}"))
}
