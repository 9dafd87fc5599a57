//! Translated text from the Fluent files under `assets/i18n/<language>/*.ftl`.
//!
//! Every string a pupil or teacher sees goes through [`Localizer`]. English is the fallback
//! for a message a language lacks (tests keep every shipped language complete), when it is
//! loaded.
//!
//! The browser game holds no text of its own: each language is a *pack* (all of its Fluent
//! files in one text, [`pack_text`]) that the page fetches when the language is first needed
//! and adds with [`Localizer::add_pack`]; [`packs`] keeps track of which are here. Native
//! builds and tests read every file built in ([`Localizer::embedded`]).

pub mod fonts;
pub mod packs;
pub mod source;

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

/// The loaded languages, and the one in use.
pub struct Localizer {
    languages: Vec<Language>,
    current: Option<usize>,
    /// Texts a teacher wrote for the levels they made (`core::level::made`), by their ids:
    /// the same in every language, and looked up before any Fluent message.
    own: Vec<(String, String)>,
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

    /// No language yet: every text is its id until a pack is added.
    pub fn empty() -> Localizer {
        Localizer { languages: Vec::new(), current: None, own: Vec::new() }
    }

    /// Adds (or replaces) the language `tag` from its pack, the concatenation of its Fluent
    /// files ([`pack_text`]). The first language added becomes the current one. On any error
    /// nothing changes.
    pub fn add_pack(&mut self, tag: &str, text: &str) -> Result<(), Vec<I18nError>> {
        let file = format!("i18n/{tag}/pack.ftl");
        let mut added = Localizer::from_files_any(&[(&file, text)])?;
        let Some(language) = added.languages.pop() else { return Err(vec![I18nError::BadLanguage { file }]) };
        match self.languages.iter().position(|l| l.tag == tag) {
            Some(index) => self.languages[index] = language,
            None => self.languages.push(language),
        }
        if self.current.is_none() {
            self.current = Some(self.languages.len() - 1);
        }
        Ok(())
    }

    /// Whether the language `tag` is loaded.
    pub fn has_language(&self, tag: &str) -> bool {
        self.languages.iter().any(|l| l.tag == tag)
    }

    /// Builds from `(path, text)` pairs whose paths end in `<language>/<name>.ftl`.
    pub fn from_files(files: &[(&str, &str)]) -> Result<Localizer, Vec<I18nError>> {
        let localizer = Localizer::from_files_any(files)?;
        if !localizer.has_language(FALLBACK_LANGUAGE) {
            return Err(vec![I18nError::NoFallback]);
        }
        Ok(localizer)
    }

    /// [`Localizer::from_files`] without requiring English.
    fn from_files_any(files: &[(&str, &str)]) -> Result<Localizer, Vec<I18nError>> {
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
        if !errors.is_empty() {
            return Err(errors);
        }
        let current = languages.iter().position(|l| l.tag == FALLBACK_LANGUAGE).or(if languages.is_empty() {
            None
        } else {
            Some(0)
        });
        Ok(Localizer { languages, current, own: Vec::new() })
    }

    /// Tags of the loaded languages, sorted.
    pub fn tags(&self) -> Vec<&str> {
        self.languages.iter().map(|l| l.tag.as_str()).collect()
    }

    /// The language in use (English while none is loaded).
    pub fn current(&self) -> &str {
        self.current.and_then(|i| self.languages.get(i)).map_or(FALLBACK_LANGUAGE, |l| l.tag.as_str())
    }

    /// Switches language; `false` (and no change) if `tag` is not loaded.
    pub fn set_language(&mut self, tag: &str) -> bool {
        match self.languages.iter().position(|l| l.tag == tag) {
            Some(index) => {
                self.current = Some(index);
                true
            }
            None => false,
        }
    }

    /// The best loaded language for a browser's preference list (e.g. `["de-AT", "en"]`),
    /// falling back to English.
    pub fn negotiate(&self, requested: &[String]) -> String {
        negotiate(requested, &self.tags())
    }

    /// The current language's index, then English's: where a message is looked up.
    fn lookup_order(&self) -> impl Iterator<Item = usize> + '_ {
        let fallback = self.languages.iter().position(|l| l.tag == FALLBACK_LANGUAGE);
        [self.current, fallback].into_iter().flatten()
    }

    /// Whether the current language (or the fallback) has this message.
    pub fn has(&self, id: &str) -> bool {
        self.own.iter().any(|(key, _)| key == id)
            || self.lookup_order().any(|index| self.languages.get(index).is_some_and(|l| l.bundle.has_message(id)))
    }

    /// A message in the current language.
    pub fn text(&self, id: &str) -> String {
        self.text_with(id, &[])
    }

    /// Sets the teacher's own texts (`(id, text)`, ids starting `made-`), in place of any
    /// set before.
    pub fn set_own_texts(&mut self, texts: Vec<(String, String)>) {
        self.own = texts;
    }

    /// A message with arguments, in the current language.
    pub fn text_with(&self, id: &str, args: &[(&str, Arg)]) -> String {
        if id.starts_with(crate::core::level::made::ID_PREFIX)
            && let Some((_, text)) = self.own.iter().find(|(key, _)| key == id)
        {
            return text.clone();
        }
        self.lookup_order().find_map(|index| self.format(index, id, args)).unwrap_or_else(|| id.to_owned())
    }

    /// A message in a given language, without fallback: `None` if that language lacks it.
    pub fn text_in(&self, tag: &str, id: &str) -> Option<String> {
        let index = self.languages.iter().position(|l| l.tag == tag)?;
        self.format(index, id, &[])
    }

    /// An attribute of a message in the current language (falling back to English), e.g. the
    /// grammatical gender of a noun: `animal-fox = Fuchs` / `.gender = masculine`.
    pub fn attribute(&self, id: &str, attribute: &str) -> Option<String> {
        self.lookup_order().find_map(|index| {
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

/// The best of `available` languages for a browser's preference list (e.g. `["de-AT", "en"]`),
/// falling back to English.
pub fn negotiate(requested: &[String], available: &[&str]) -> String {
    let requested: Vec<LanguageIdentifier> = requested.iter().filter_map(|r| r.parse().ok()).collect();
    let available: Vec<LanguageIdentifier> = available.iter().filter_map(|tag| tag.parse().ok()).collect();
    let default: LanguageIdentifier = FALLBACK_LANGUAGE.parse().unwrap_or_default();
    let chosen = fluent_langneg::negotiate_languages(
        &requested,
        &available,
        Some(&default),
        fluent_langneg::NegotiationStrategy::Lookup,
    );
    chosen.first().map_or_else(|| FALLBACK_LANGUAGE.to_owned(), |l| l.to_string())
}

/// One language's pack: its Fluent files among `files` (`(path, text)`, paths ending in
/// `<tag>/<name>.ftl`), in the order given, as one Fluent text. Each file starts on a line of
/// its own, so a file without a final newline cannot join the next file's first line.
pub fn pack_text(files: &[(&str, &str)], tag: &str) -> String {
    let mut pack = String::new();
    for (path, text) in files {
        if path.rsplit('/').nth(1) == Some(tag) {
            pack.push_str(text);
            if !text.ends_with('\n') {
                pack.push('\n');
            }
        }
    }
    pack
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
    fn a_pack_adds_a_language_that_works_alone_or_beside_others() {
        let files = [
            ("i18n/de/a.ftl", "hello = Hallo"),
            ("i18n/en/a.ftl", "hello = Hello\n"),
            ("i18n/de/b.ftl", "bye = Tschüss\n"),
        ];
        let pack = pack_text(&files, "de");
        assert_eq!(pack, "hello = Hallo\nbye = Tschüss\n");
        let mut alone = Localizer::empty();
        assert_eq!(alone.current(), "en");
        assert_eq!(alone.text("hello"), "hello", "no language: the id");
        alone.add_pack("de", &pack).expect("a good pack");
        assert_eq!((alone.current(), alone.text("bye").as_str()), ("de", "Tschüss"));
        assert!(!alone.set_language("en"), "English is not loaded");
        let mut both = localizer();
        both.add_pack("fr", "hello = Bonjour\n").expect("a good pack");
        assert!(both.has_language("fr") && both.set_language("fr"));
        assert_eq!(both.text("only-en"), "English only", "English is still the fallback");
        // A damaged pack changes nothing and says where.
        let errors = both.add_pack("fr", "= broken").expect_err("broken");
        assert!(errors[0].to_string().contains("i18n/fr/pack.ftl"), "{errors:?}");
        assert_eq!(both.text("hello"), "Bonjour");
        assert_eq!(both.add_pack("not a tag!", "x = y\n").map_err(|e| e.len()), Err(1));
    }

    #[test]
    fn negotiation_picks_among_the_shipped_languages() {
        let ask =
            |tags: &[&str]| negotiate(&tags.iter().map(|t| t.to_string()).collect::<Vec<_>>(), &["en", "fr", "pt"]);
        assert_eq!(ask(&["fr-BE"]), "fr");
        assert_eq!(ask(&["pt-BR", "en"]), "pt");
        assert_eq!(ask(&["xx", "yy"]), "en");
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
