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
