//! `cargo xtask check-language <tag>`: checks one language's Fluent files against English as
//! they are on disk, in a second and without a build, for translators between full test runs.
//! It reports what the test suite would refuse: files, ids or attributes English has and the
//! language lacks (or the reverse), syntax errors, variables that differ from English, plural
//! selectors without every CLDR category of the language, counts standing before a noun without
//! a plural selector, characters the game's font cannot draw, and cards or answers that are too
//! long for a tablet. The test suite (tests/content*.rs) stays the authority; this is its quick
//! first half.

use byte_bridge::core::i18n::source::{
    COUNT_VARIABLES, MessageSource, NOT_A_NOUN, PLURAL_KEYS, plural_categories, read_messages,
};
use byte_bridge::core::level::{Catalog, LevelKind};
use skrifa::MetadataProvider as _;
use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

/// Cards, answers and screen parts longer than this do not fit a tablet's card.
const CARD_LIMIT: usize = 62;

/// Reads every `.ftl` file of `dir`: file name → (id → message), plus syntax problems.
fn read_language(dir: &Path, problems: &mut Vec<String>) -> BTreeMap<String, BTreeMap<String, MessageSource>> {
    let mut files = BTreeMap::new();
    let Ok(entries) = std::fs::read_dir(dir) else {
        problems.push(format!("{}: no such folder", dir.display()));
        return files;
    };
    let mut paths: Vec<_> =
        entries.flatten().map(|e| e.path()).filter(|p| p.extension().is_some_and(|e| e == "ftl")).collect();
    paths.sort();
    for path in paths {
        let name = path.file_name().unwrap_or_default().to_string_lossy().into_owned();
        let source = match std::fs::read_to_string(&path) {
            Ok(source) => source,
            Err(e) => {
                problems.push(format!("{name}: cannot read ({e})"));
                continue;
            }
        };
        let (parsed, errors) = read_messages(&source);
        for (line, error) in errors {
            problems.push(format!("{name}:{line}: syntax error {error}"));
        }
        let mut messages = BTreeMap::new();
        for message in parsed {
            let id = message.id.clone();
            if messages.insert(id.clone(), message).is_some() {
                problems.push(format!("{name}: {id} is defined twice"));
            }
        }
        files.insert(name, messages);
    }
    files
}

/// Ids of the texts shown on a card, an answer or a part of a screen, with whether the test
/// suite holds them to the limit (the AI world's, tests/content_ai.rs) or it is advice.
fn card_ids() -> BTreeMap<String, bool> {
    let mut ids = BTreeMap::new();
    let Ok(catalog) = Catalog::embedded() else { return ids };
    let tested: BTreeSet<&str> = catalog
        .worlds()
        .iter()
        .filter(|w| w.id == "ai-and-me")
        .flat_map(|w| w.levels.iter().map(|l| l.id.as_str()))
        .collect();
    for level in catalog.levels() {
        let texts: Vec<&String> = match &level.kind {
            LevelKind::SafeToShare(sort) => sort.cards.iter().map(|c| &c.text).collect(),
            LevelKind::PickReply(pick) => {
                pick.questions.iter().flat_map(|q| q.options.iter().map(|o| &o.text)).collect()
            }
            LevelKind::SpotFlags(screen) => screen.parts.iter().map(|p| &p.text).collect(),
            LevelKind::TrainRobot(robot) => robot.cards.iter().map(|c| &c.text).collect(),
            _ => Vec::new(),
        };
        ids.extend(texts.into_iter().map(|id| (id.clone(), tested.contains(level.id.as_str()))));
    }
    ids
}

/// Checks `tag` under `root/assets/i18n` against English; prints problems, `Ok` if none.
pub fn check(root: &Path, tag: &str) -> Result<(), String> {
    let i18n = root.join("assets/i18n");
    let mut problems = Vec::new();
    let mut ignore = Vec::new();
    let english = read_language(&i18n.join("en"), &mut ignore);
    let language = read_language(&i18n.join(tag), &mut problems);
    let categories: BTreeSet<&str> = plural_categories(tag)?.into_iter().collect();

    // Counts in English that stand before a noun: the language must select on them.
    let mut counts: BTreeSet<String> = COUNT_VARIABLES.iter().map(|v| v.to_string()).collect();
    for message in english.values().chain(language.values()).flat_map(BTreeMap::values) {
        for (variable, keys) in &message.selects {
            if keys.iter().any(|k| PLURAL_KEYS.contains(&k.as_str())) {
                counts.insert(variable.clone());
            }
        }
    }
    let all_ids: BTreeSet<&String> = english.values().flat_map(BTreeMap::keys).collect();
    let cards = card_ids();

    for (file, english_messages) in &english {
        let Some(messages) = language.get(file) else {
            problems.push(format!("{file}: missing"));
            continue;
        };
        for (id, en) in english_messages {
            let Some(message) = messages.get(id) else {
                problems.push(format!("{file}: {id} missing"));
                continue;
            };
            let where_ = format!("{file}: {id}");
            for attribute in en.attributes.difference(&message.attributes) {
                problems.push(format!("{where_}: attribute .{attribute} missing"));
            }
            for attribute in message.attributes.difference(&en.attributes) {
                if attribute != "gender" {
                    problems.push(format!("{where_}: attribute .{attribute} is not in English"));
                }
            }
            for variable in en.variables.difference(&message.variables) {
                problems.push(format!("{where_}: {{ ${variable} }} missing"));
            }
            for variable in message.variables.difference(&en.variables) {
                if !(variable == "gender" && id.starts_with("adj-")) {
                    problems.push(format!("{where_}: {{ ${variable} }} is not in English"));
                }
            }
            for reference in &message.references {
                if !all_ids.contains(reference) {
                    problems.push(format!("{where_}: refers to {reference}, which does not exist"));
                }
            }
            for (variable, keys) in &message.selects {
                let plural = keys.iter().any(|k| PLURAL_KEYS.contains(&k.as_str()));
                let missing: Vec<_> = categories.iter().filter(|c| !keys.contains(**c)).collect();
                if plural && !missing.is_empty() {
                    problems.push(format!("{where_}: selects on ${variable} without {missing:?}"));
                }
            }
            for (variable, word) in &en.before_word {
                if !counts.contains(variable) || NOT_A_NOUN.contains(&word.to_lowercase().as_str()) {
                    continue;
                }
                let complete = message
                    .selects
                    .iter()
                    .any(|(v, keys)| v == variable && categories.iter().all(|c| keys.contains(*c)));
                if !complete {
                    problems.push(format!(
                        "{where_}: English puts ${variable} before a noun; select on it with {categories:?}"
                    ));
                }
            }
            let length = message.text.concat().trim().chars().count();
            match cards.get(id) {
                Some(true) if length > CARD_LIMIT => {
                    problems.push(format!("{where_}: a card or answer longer than {CARD_LIMIT} characters"));
                }
                Some(false) if length > CARD_LIMIT => {
                    println!("{tag}: advice: {where_}: a card or answer longer than {CARD_LIMIT} characters");
                }
                _ => {}
            }
        }
        for id in messages.keys().filter(|id| !english_messages.contains_key(*id)) {
            problems.push(format!("{file}: {id} is not in English"));
        }
    }
    for file in language.keys().filter(|f| !english.contains_key(*f)) {
        problems.push(format!("{file}: English has no such file"));
    }

    // Every character the files show must be in one of the language's fonts.
    let mut fonts = Vec::new();
    for file in byte_bridge::core::i18n::fonts::files_for(tag) {
        let bytes = std::fs::read(root.join("assets/fonts").join(file)).map_err(|e| format!("{file}: {e}"))?;
        fonts.push((file, bytes));
    }
    let mut charmaps = Vec::new();
    for (file, bytes) in &fonts {
        charmaps.push(skrifa::FontRef::new(bytes).map_err(|e| format!("{file}: {e}"))?.charmap());
    }
    let draws = |c: char| charmaps.iter().any(|charmap| charmap.map(c).is_some());
    let mut missing_chars: BTreeMap<char, BTreeSet<String>> = BTreeMap::new();
    for (file, messages) in &language {
        for (id, message) in messages {
            for c in byte_bridge::core::i18n::fonts::undrawable(&message.text.concat(), draws) {
                missing_chars.entry(c).or_default().insert(format!("{file}: {id}"));
            }
        }
    }
    for (c, places) in missing_chars {
        let places: Vec<_> = places.into_iter().take(3).collect();
        problems.push(format!("U+{:04X} {c:?} is in none of the language's fonts ({})", c as u32, places.join(", ")));
    }

    if problems.is_empty() {
        println!("{tag}: ok");
        Ok(())
    } else {
        for problem in &problems {
            println!("{tag}: {problem}");
        }
        Err(format!("{tag}: {} problems", problems.len()))
    }
}
