//! Translated text from the Fluent files under `assets/i18n/<language>/*.ftl`.
//!
//! Every string a pupil or teacher sees goes through [`Localizer`]. English is the fallback
//! for a message a language lacks (tests keep every shipped language complete).

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use fluent_syntax::ast::Entry;
use thiserror::Error;
use unic_langid::LanguageIdentifier;

/// The language every other one falls back to.
pub const FALLBACK_LANGUAGE: &str = "en";

/// Why the Fluent files could not be used. Names the file.
#[derive(Debug, Clone, PartialEq, Error)]
pub enum I18nError {
    /// The file's folder is not a language tag.
    #[error("{file}: folder is not a language tag")]
    BadLanguage { file: String },
    /// The file has Fluent syntax errors.
    #[error("{file}: {message}")]
    Syntax { file: String, message: String },
    /// A message id is defined twice in one language.
    #[error("{file}: message {id} is defined twice")]
    Duplicate { file: String, id: String },
    /// The fallback language is missing.
    #[error("no {FALLBACK_LANGUAGE} files")]
    NoFallback,
}

/// An argument for a message with placeables.
#[derive(Debug, Clone)]
pub enum Arg {
    /// A number, e.g. a count of stars.
    Number(f64),
    /// Text, e.g. a name.
    Text(String),
}

struct Language {
    tag: String,
    bundle: FluentBundle<FluentResource>,
    ids: Vec<String>,
}

/// All shipped languages, and the one in use.
pub struct Localizer {
    languages: Vec<Language>,
    current: usize,
    fallback: usize,
}

impl std::fmt::Debug for Localizer {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Localizer").field("languages", &self.tags()).field("current", &self.current()).finish()
    }
}

impl Localizer {
    /// The languages built into the game from `assets/i18n/`.
    pub fn embedded() -> Result<Localizer, Vec<I18nError>> {
        Localizer::from_files(crate::core::content::FTL_FILES)
    }

    /// The game's languages plus the teacher page's own texts (`teacher.ftl`, `class.ftl`),
    /// which the game leaves out.
    pub fn embedded_for_teacher() -> Result<Localizer, Vec<I18nError>> {
        use crate::core::content::{FTL_FILES, TEACHER_FTL_FILES};
        let all: Vec<(&str, &str)> = FTL_FILES.iter().chain(TEACHER_FTL_FILES).copied().collect();
        Localizer::from_files(&all)
    }

    /// Builds from `(path, text)` pairs whose paths end in `<language>/<name>.ftl`.
    pub fn from_files(files: &[(&str, &str)]) -> Result<Localizer, Vec<I18nError>> {
        let mut errors = Vec::new();
        let mut languages: Vec<Language> = Vec::new();
        for (path, text) in files {
            let tag = path.rsplit('/').nth(1).unwrap_or_default();
            let Ok(langid) = tag.parse::<LanguageIdentifier>() else {
                errors.push(I18nError::BadLanguage { file: path.to_string() });
                continue;
            };
            let resource = match FluentResource::try_new(text.to_string()) {
                Ok(resource) => resource,
                Err((_, parse_errors)) => {
                    let message = parse_errors.iter().map(|e| format!("{e}")).collect::<Vec<_>>().join("; ");
                    errors.push(I18nError::Syntax { file: path.to_string(), message });
                    continue;
                }
            };
            let index = match languages.iter().position(|l| l.tag == tag) {
                Some(index) => index,
                None => {
                    let mut bundle = FluentBundle::new_concurrent(vec![langid]);
                    // Bidi isolation marks would show as boxes in our font; our placeables are
                    // numbers and level text in the same script.
                    bundle.set_use_isolating(false);
                    languages.push(Language { tag: tag.to_owned(), bundle, ids: Vec::new() });
                    languages.len() - 1
                }
            };
            let language = &mut languages[index];
            for entry in resource.entries() {
                if let Entry::Message(message) = entry {
                    let id = message.id.name.to_owned();
                    if language.ids.contains(&id) {
                        errors.push(I18nError::Duplicate { file: path.to_string(), id: id.clone() });
                    }
                    language.ids.push(id);
                }
            }
            // Duplicates were reported above; add_resource_overriding cannot fail.
            language.bundle.add_resource_overriding(resource);
        }
        let Some(fallback) = languages.iter().position(|l| l.tag == FALLBACK_LANGUAGE) else {
            errors.push(I18nError::NoFallback);
            return Err(errors);
        };
        if !errors.is_empty() {
            return Err(errors);
        }
        Ok(Localizer { languages, current: fallback, fallback })
    }

    /// Tags of the shipped languages, sorted.
    pub fn tags(&self) -> Vec<&str> {
        self.languages.iter().map(|l| l.tag.as_str()).collect()
    }

    /// The language in use.
    pub fn current(&self) -> &str {
        &self.languages[self.current].tag
    }

    /// Switches language; `false` (and no change) if `tag` is not shipped.
    pub fn set_language(&mut self, tag: &str) -> bool {
        match self.languages.iter().position(|l| l.tag == tag) {
            Some(index) => {
                self.current = index;
                true
            }
            None => false,
        }
    }

    /// The best shipped language for a browser's preference list (e.g. `["de-AT", "en"]`),
    /// falling back to English.
    pub fn negotiate(&self, requested: &[String]) -> String {
        let requested: Vec<LanguageIdentifier> = requested.iter().filter_map(|r| r.parse().ok()).collect();
        let available: Vec<LanguageIdentifier> = self.languages.iter().filter_map(|l| l.tag.parse().ok()).collect();
        let default: LanguageIdentifier = FALLBACK_LANGUAGE.parse().unwrap_or_default();
        let chosen = fluent_langneg::negotiate_languages(
            &requested,
            &available,
            Some(&default),
            fluent_langneg::NegotiationStrategy::Lookup,
        );
        chosen.first().map_or_else(|| FALLBACK_LANGUAGE.to_owned(), |l| l.to_string())
    }

    /// Whether the current language (or the fallback) has this message.
    pub fn has(&self, id: &str) -> bool {
        [self.current, self.fallback]
            .into_iter()
            .any(|index| self.languages.get(index).is_some_and(|l| l.bundle.has_message(id)))
    }

    /// A message in the current language.
    pub fn text(&self, id: &str) -> String {
        self.text_with(id, &[])
    }

    /// A message with arguments, in the current language.
    pub fn text_with(&self, id: &str, args: &[(&str, Arg)]) -> String {
        self.format(self.current, id, args)
            .or_else(|| self.format(self.fallback, id, args))
            .unwrap_or_else(|| id.to_owned())
    }

    /// A message in a given language, without fallback: `None` if that language lacks it.
    pub fn text_in(&self, tag: &str, id: &str) -> Option<String> {
        let index = self.languages.iter().position(|l| l.tag == tag)?;
        self.format(index, id, &[])
    }

    /// An attribute of a message in the current language (falling back to English), e.g. the
    /// grammatical gender of a noun: `animal-fox = Fuchs` / `.gender = masculine`.
    pub fn attribute(&self, id: &str, attribute: &str) -> Option<String> {
        [self.current, self.fallback].into_iter().find_map(|index| {
            let bundle = &self.languages.get(index)?.bundle;
            let pattern = bundle.get_message(id)?.get_attribute(attribute)?.value();
            let mut errors = Vec::new();
            let text = bundle.format_pattern(pattern, None, &mut errors);
            errors.is_empty().then(|| text.into_owned())
        })
    }

    /// Every message id defined for `tag`.
    pub fn message_ids(&self, tag: &str) -> Vec<&str> {
        self.languages
            .iter()
            .find(|l| l.tag == tag)
            .map(|l| l.ids.iter().map(String::as_str).collect())
            .unwrap_or_default()
    }

    fn format(&self, index: usize, id: &str, args: &[(&str, Arg)]) -> Option<String> {
        let bundle = &self.languages.get(index)?.bundle;
        let pattern = bundle.get_message(id)?.value()?;
        let mut fluent_args = FluentArgs::new();
        for (name, value) in args {
            let value = match value {
                Arg::Number(n) => FluentValue::from(*n),
                Arg::Text(t) => FluentValue::from(t.clone()),
            };
            fluent_args.set(*name, value);
        }
        let mut errors = Vec::new();
        let text = bundle.format_pattern(pattern, Some(&fluent_args), &mut errors);
        errors.is_empty().then(|| text.into_owned())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn localizer() -> Localizer {
        Localizer::from_files(&[
            ("i18n/en/main.ftl", "hello = Hello\nstars = { $count ->\n    [one] one star\n   *[other] { $count } stars\n}\nonly-en = English only\n"),
            ("i18n/de/main.ftl", "hello = Hallo\nstars = { $count ->\n    [one] ein Stern\n   *[other] { $count } Sterne\n}\n"),
        ])
        .expect("valid")
    }

    #[test]
    fn switches_language_and_falls_back_to_english() {
        let mut l = localizer();
        assert_eq!(l.text("hello"), "Hello");
        assert!(l.set_language("de"));
        assert_eq!(l.text("hello"), "Hallo");
        assert_eq!(l.text("only-en"), "English only");
        assert_eq!(l.text("missing-id"), "missing-id");
        assert!(!l.set_language("xx"));
        assert_eq!(l.current(), "de");
    }

    #[test]
    fn plurals_follow_the_language() {
        let mut l = localizer();
        l.set_language("de");
        assert_eq!(l.text_with("stars", &[("count", Arg::Number(1.0))]), "ein Stern");
        assert_eq!(l.text_with("stars", &[("count", Arg::Number(3.0))]), "3 Sterne");
    }

    #[test]
    fn browser_languages_pick_the_best_match() {
        let l = localizer();
        let ask = |tags: &[&str]| l.negotiate(&tags.iter().map(|t| t.to_string()).collect::<Vec<_>>());
        assert_eq!(ask(&["de-AT", "en"]), "de");
        assert_eq!(ask(&["fr-FR", "de"]), "de");
        assert_eq!(ask(&["fr"]), "en");
        assert_eq!(ask(&[]), "en");
    }

    #[test]
    fn broken_files_are_named() {
        let errors =
            Localizer::from_files(&[("i18n/en/a.ftl", "hello = Hi\nhello = Again\n"), ("i18n/de/b.ftl", "= broken")])
                .expect_err("broken");
        let text: Vec<String> = errors.iter().map(|e| e.to_string()).collect();
        assert!(text.iter().any(|t| t.starts_with("i18n/en/a.ftl") && t.contains("twice")), "{text:?}");
        assert!(text.iter().any(|t| t.starts_with("i18n/de/b.ftl")), "{text:?}");
    }
}
