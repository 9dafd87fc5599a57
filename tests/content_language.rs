//! Localisable details and language quality (issue #15, section 4), read from the Fluent
//! source of every shipped language:
//! - shared content carries no UK-only details: no pounds or pence, no UK school words (and
//!   none of the words the translations once used for them), no phone number outside the
//!   fictional range `+44 7700 900xxx` (Ofcom's numbers for drama);
//! - a count shown next to a noun agrees with it: the message selects on the count with a
//!   variant for every CLDR plural category of its language ("1 piece", "2 pieces"; uk
//!   "1 частина", "2 частини", "5 частин").
//!
//! - every character a language shows is in one of its fonts (`core::i18n::fonts`), glyph
//!   by glyph (issue #17, section 3).
//!
//! The glossaries beside the Fluent files (`assets/i18n/<lang>/GLOSSARY.md`) name the
//! words each language uses instead.

use byte_bridge::core::content::{FTL_FILES, TEACHER_FTL_FILES};
use byte_bridge::core::i18n::source::{self, COUNT_VARIABLES, NOT_A_NOUN, PLURAL_KEYS, read_messages};
use std::collections::{BTreeMap, BTreeSet};

/// One message (or term) of one language, with the parts of its source the checks read.
struct Message {
    language: String,
    file: String,
    id: String,
    /// Every piece of literal text, from every variant and attribute.
    text: Vec<String>,
    /// Every select expression on a variable: the variable and the variant keys.
    selects: Vec<(String, BTreeSet<String>)>,
    /// A variable placed right before a word (`{ $count } pieces`): the variable and the word.
    before_word: Vec<(String, String)>,
}

/// Every message of every shipped Fluent file, the game's and the teacher page's.
fn messages() -> Vec<Message> {
    let mut all = Vec::new();
    for (path, source) in FTL_FILES.iter().chain(TEACHER_FTL_FILES) {
        let mut parts = path.rsplit('/');
        let file = parts.next().unwrap_or_default().to_owned();
        let language = parts.next().unwrap_or_default().to_owned();
        let (parsed, errors) = read_messages(source);
        assert!(errors.is_empty(), "{path} does not parse: {errors:?}");
        for m in parsed {
            all.push(Message {
                language: language.clone(),
                file: file.clone(),
                id: m.id.trim_start_matches('-').to_owned(),
                text: m.text,
                selects: m.selects,
                before_word: m.before_word,
            });
        }
    }
    assert!(all.iter().any(|m| m.language == "en"), "the English files are embedded");
    all
}

/// The CLDR plural categories of `language` (core::i18n::source).
fn plural_categories(language: &str) -> Vec<&'static str> {
    source::plural_categories(language).unwrap_or_else(|e| panic!("{e}"))
}

#[test]
fn the_plural_categories_are_cldrs() {
    assert_eq!(plural_categories("en"), ["one", "other"]);
    assert_eq!(plural_categories("uk"), ["few", "many", "one", "other"]);
    // Languages of issue #17 with more forms: Arabic, Irish, Polish.
    assert_eq!(plural_categories("ar"), ["few", "many", "one", "other", "two", "zero"]);
    assert_eq!(plural_categories("ga"), ["few", "many", "one", "other", "two"]);
    assert_eq!(plural_categories("pl"), ["few", "many", "one", "other"]);
}

fn counts(all: &[Message]) -> BTreeSet<String> {
    let mut counts: BTreeSet<String> = COUNT_VARIABLES.iter().map(|v| v.to_string()).collect();
    for message in all {
        for (variable, keys) in &message.selects {
            if keys.iter().any(|k| PLURAL_KEYS.contains(&k.as_str())) {
                counts.insert(variable.clone());
            }
        }
    }
    counts
}

fn missing_categories(language: &str, keys: &BTreeSet<String>) -> Vec<&'static str> {
    plural_categories(language).into_iter().filter(|c| !keys.contains(*c)).collect()
}

#[test]
fn every_plural_selector_covers_every_category_of_its_language() {
    let mut problems = Vec::new();
    for message in messages() {
        for (variable, keys) in &message.selects {
            if !keys.iter().any(|k| PLURAL_KEYS.contains(&k.as_str())) {
                continue;
            }
            let missing = missing_categories(&message.language, keys);
            if !missing.is_empty() {
                problems.push(format!(
                    "{}/{}: {} selects on ${variable} without {missing:?}",
                    message.language, message.file, message.id
                ));
            }
        }
    }
    assert!(problems.is_empty(), "plural selectors lacking CLDR categories:\n{}", problems.join("\n"));
}

#[test]
fn a_count_before_a_noun_agrees_with_it_in_every_language() {
    let all = messages();
    let counts = counts(&all);
    // In English, `{ $count } pieces` marks a message whose noun follows its count.
    let mut agreeing: BTreeMap<&str, BTreeSet<&str>> = BTreeMap::new();
    for message in all.iter().filter(|m| m.language == "en") {
        for (variable, word) in &message.before_word {
            if counts.contains(variable) && !NOT_A_NOUN.contains(&word.as_str()) {
                agreeing.entry(message.id.as_str()).or_default().insert(variable.as_str());
            }
        }
    }
    for id in ["password-pieces", "robot-slots", "outcome-step-budget", "map-world-stars"] {
        assert!(agreeing.contains_key(id), "{id} puts a count before a noun; the check no longer sees it");
    }
    let mut problems = Vec::new();
    for message in &all {
        let Some(variables) = agreeing.get(message.id.as_str()) else { continue };
        for variable in variables {
            let complete = message
                .selects
                .iter()
                .any(|(v, keys)| v == variable && missing_categories(&message.language, keys).is_empty());
            if !complete {
                problems.push(format!(
                    "{}/{}: {} shows ${variable} before a noun; select on it with {:?}",
                    message.language,
                    message.file,
                    message.id,
                    plural_categories(&message.language)
                ));
            }
        }
    }
    assert!(problems.is_empty(), "counts that do not agree with their noun:\n{}", problems.join("\n"));
}

/// Words, lower case, in the order they appear (letters and digits; everything else splits).
fn words(text: &str) -> Vec<String> {
    text.split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty()).map(str::to_owned).collect()
}

/// A UK-only detail, as a phrase of words. `#` stands for any number; `case` makes the match
/// case-sensitive (so "PE" the lesson is caught, "pe" inside nothing is not).
struct Forbidden {
    languages: &'static [&'static str],
    phrase: &'static str,
    case: bool,
    why: &'static str,
}

const ALL: &[&str] = &["en", "de", "uk"];
/// Every shipped language (a symbol is the same in all of them).
const EVERY: &[&str] = &["*"];

/// Each language's files carry neutral wording or their own values (the glossaries say
/// which): the UK's currency, school words and "mum" wording stay out of every language.
const FORBIDDEN: &[Forbidden] = &[
    Forbidden { languages: EVERY, phrase: "£", case: false, why: "currency: UK-only" },
    Forbidden { languages: ALL, phrase: "pound", case: false, why: "currency: UK-only" },
    Forbidden { languages: ALL, phrase: "pounds", case: false, why: "currency: UK-only" },
    Forbidden { languages: ALL, phrase: "pence", case: false, why: "currency: UK-only" },
    Forbidden { languages: ALL, phrase: "penny", case: false, why: "currency: UK-only" },
    Forbidden { languages: &["de"], phrase: "Pfund", case: false, why: "currency: UK-only" },
    Forbidden { languages: &["uk"], phrase: "фунт", case: false, why: "currency: UK-only" },
    Forbidden { languages: &["uk"], phrase: "фунтів", case: false, why: "currency: UK-only" },
    Forbidden { languages: &["uk"], phrase: "фунти", case: false, why: "currency: UK-only" },
    Forbidden { languages: &["uk"], phrase: "пенс", case: false, why: "currency: UK-only" },
    Forbidden { languages: &["uk"], phrase: "пенсів", case: false, why: "currency: UK-only" },
    Forbidden { languages: &["en"], phrase: "jumper", case: false, why: "UK school word" },
    Forbidden { languages: &["en"], phrase: "PE", case: true, why: "UK school word" },
    Forbidden { languages: &["en"], phrase: "packed lunch", case: false, why: "UK school word" },
    Forbidden { languages: &["en"], phrase: "form tutor", case: false, why: "UK school word" },
    Forbidden { languages: &["en"], phrase: "Year #", case: true, why: "UK school year" },
    Forbidden { languages: &["en"], phrase: "mum", case: false, why: "say 'parent or carer'" },
    Forbidden { languages: &["de"], phrase: "Schulpulli", case: false, why: "a UK school jumper" },
    Forbidden { languages: &["de"], phrase: "Pulli", case: false, why: "a UK school jumper" },
    Forbidden {
        languages: &["de"],
        phrase: "Mama oder Papa",
        case: false,
        why: "say 'Eltern oder andere Erwachsene, die sich um dich kümmern'",
    },
    Forbidden { languages: &["uk"], phrase: "светр", case: false, why: "a UK school jumper" },
    Forbidden {
        languages: &["uk"], phrase: "мама чи тато", case: false, why: "say 'батьки чи опікуни'"
    },
];

fn contains_phrase(text: &str, forbidden: &Forbidden) -> bool {
    if forbidden.phrase == "£" {
        return text.contains('£');
    }
    let fold = |w: &str| if forbidden.case { w.to_owned() } else { w.to_lowercase() };
    let phrase: Vec<String> = words(forbidden.phrase).iter().map(|w| fold(w)).collect();
    let phrase: Vec<String> =
        if forbidden.phrase.ends_with('#') { phrase.into_iter().chain(["#".to_owned()]).collect() } else { phrase };
    let text: Vec<String> = words(text).iter().map(|w| fold(w)).collect();
    text.windows(phrase.len()).any(|window| {
        window
            .iter()
            .zip(&phrase)
            .all(|(word, want)| if want == "#" { word.chars().all(|c| c.is_ascii_digit()) } else { word == want })
    })
}

#[test]
fn no_language_carries_uk_only_currency_school_words_or_mum_wording() {
    let mut problems = Vec::new();
    for message in messages() {
        let text = message.text.join(" ");
        let applies = |f: &&Forbidden| f.languages == EVERY || f.languages.contains(&message.language.as_str());
        for forbidden in FORBIDDEN.iter().filter(applies) {
            if contains_phrase(&text, forbidden) {
                problems.push(format!(
                    "{}/{}: {} says {:?} ({})",
                    message.language, message.file, message.id, forbidden.phrase, forbidden.why
                ));
            }
        }
    }
    assert!(problems.is_empty(), "UK-only details in shared content:\n{}", problems.join("\n"));
}

#[test]
fn the_forbidden_phrases_are_found_where_they_stand() {
    let find =
        |text: &str, phrase: &str| FORBIDDEN.iter().filter(|f| f.phrase == phrase).any(|f| contains_phrase(text, f));
    assert!(find("Only £5!", "£"));
    assert!(find("Ben tripped in PE today.", "PE"));
    assert!(!find("A PEN and a pear.", "PE"));
    assert!(find("Pupils in Year 5 know it.", "Year #"));
    assert!(!find("A year ago.", "Year #"));
    assert!(find("Don't forget your Packed Lunch.", "packed lunch"));
    assert!(find("Ask your mum.", "mum"));
    assert!(!find("A museum site.", "mum"));
    assert!(find("Твої батьки, мама чи тато, знають.", "мама чи тато"));
    assert!(!find("Пенсія й інші слова.", "пенс"));
}

/// Digits of every UK phone number in a text: `+44` followed by digits and spaces, or a
/// mobile number written from its leading 07. (Helplines of other countries, such as the EU
/// child helpline 116 111, are the helpline levels' business, not this check's.)
fn phone_numbers(text: &str) -> Vec<String> {
    let mut numbers = Vec::new();
    let chars: Vec<char> = text.chars().collect();
    let mut i = 0;
    while i < chars.len() {
        let international = chars[i] == '+';
        let national = chars[i] == '0' && chars.get(i + 1) == Some(&'7') && (i == 0 || !chars[i - 1].is_alphanumeric());
        if international || national {
            let mut digits = String::new();
            let mut j = if international { i + 1 } else { i };
            while j < chars.len() && (chars[j].is_ascii_digit() || chars[j] == ' ') {
                if chars[j].is_ascii_digit() {
                    digits.push(chars[j]);
                }
                j += 1;
            }
            let uk = !international || digits.starts_with("44");
            if uk && digits.len() >= 9 {
                numbers.push(if international { format!("+{digits}") } else { digits });
            }
            i = j.max(i + 1);
        } else {
            i += 1;
        }
    }
    numbers
}

/// Ofcom keeps `07700 900000`–`07700 900999` (international `+44 7700 900xxx`) for drama:
/// they never reach a real person.
fn fictional(number: &str) -> bool {
    let rest = number.strip_prefix("+447700900").or_else(|| number.strip_prefix("07700900"));
    rest.is_some_and(|rest| rest.len() == 3)
}

#[test]
fn phone_numbers_in_stories_are_in_the_fictional_range() {
    assert_eq!(phone_numbers("From: +44 7700 900123 (unknown)"), ["+447700900123"]);
    assert_eq!(phone_numbers("Call 07911 123456 or +49 30 1234567"), ["07911123456"]);
    assert!(fictional("+447700900123") && fictional("07700900456"));
    assert!(!fictional("+447911123456") && !fictional("07911123456"));
    let mut problems = Vec::new();
    for message in messages() {
        for number in phone_numbers(&message.text.join(" ")) {
            if !fictional(&number) {
                problems.push(format!("{}/{}: {} shows {number}", message.language, message.file, message.id));
            }
        }
    }
    assert!(problems.is_empty(), "phone numbers outside the fictional +44 7700 900xxx range:\n{}", problems.join("\n"));
}

#[test]
fn every_character_of_every_language_is_in_one_of_its_fonts() {
    use byte_bridge::core::i18n::fonts;
    use skrifa::MetadataProvider as _;
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("assets/fonts");
    let bytes: BTreeMap<&str, Vec<u8>> = [fonts::READING, fonts::GREEK.file, fonts::ARABIC.file]
        .into_iter()
        .map(|file| (file, std::fs::read(root.join(file)).unwrap_or_else(|e| panic!("{file}: {e}"))))
        .collect();
    // Each font's character map, read once.
    let charmaps: BTreeMap<&str, _> = bytes
        .iter()
        .map(|(file, bytes)| (*file, skrifa::FontRef::new(bytes).unwrap_or_else(|e| panic!("{file}: {e}")).charmap()))
        .collect();
    let mut missing = BTreeSet::new();
    let mut checked = BTreeSet::new();
    for m in messages() {
        let files = fonts::files_for(&m.language);
        let draws = |c: char| files.iter().any(|file| charmaps[file].map(c).is_some());
        for c in fonts::undrawable(&m.text.concat(), draws) {
            missing.insert(format!("{}: U+{:04X} {c:?} ({}: {})", m.language, c as u32, m.file, m.id));
        }
        checked.insert(m.language);
    }
    assert!(checked.contains("uk") && checked.contains("de"), "{checked:?}");
    assert!(missing.is_empty(), "characters no font draws:\n{}", missing.into_iter().collect::<Vec<_>>().join("\n"));
}

#[test]
fn the_script_fonts_draw_their_script_and_the_reading_font_leaves_it_to_them() {
    use byte_bridge::core::i18n::fonts;
    use skrifa::MetadataProvider as _;
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("assets/fonts");
    let read = |file: &str| std::fs::read(root.join(file)).unwrap_or_else(|e| panic!("{file}: {e}"));
    let (reading, greek, arabic) = (read(fonts::READING), read(fonts::GREEK.file), read(fonts::ARABIC.file));
    let has = |bytes: &[u8], c: char| skrifa::FontRef::new(bytes).unwrap().charmap().map(c).is_some();
    for c in ['α', 'Ω', 'ή', 'ς'] {
        assert!(has(&greek, c) && !has(&reading, c), "{c}: one design for every Greek letter");
    }
    for c in ['ا', 'ب', 'ة', '؟', '،'] {
        assert!(has(&arabic, c), "{c}");
    }
    for c in ['a', 'ß', 'ș', 'ї', '1', '«', '…'] {
        assert!(has(&reading, c), "{c}");
    }
}

/// Teachers' own levels may use exactly the characters the embedded fonts draw
/// (`core::level::made::can_draw`): every one of them is in the reading or the Greek font, and
/// every character those fonts draw is allowed.
#[test]
fn the_made_levels_characters_are_those_the_embedded_fonts_draw() {
    use byte_bridge::core::i18n::fonts;
    use byte_bridge::core::level::made::{can_draw, drawn_ranges};
    use skrifa::MetadataProvider as _;
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("assets/fonts");
    let read = |file: &str| std::fs::read(root.join(file)).unwrap_or_else(|e| panic!("{file}: {e}"));
    let (reading, greek) = (read(fonts::READING), read(fonts::GREEK.file));
    let maps = [skrifa::FontRef::new(&reading).unwrap().charmap(), skrifa::FontRef::new(&greek).unwrap().charmap()];
    let drawn = |c: char| maps.iter().any(|map| map.map(c).is_some());
    for &(low, high) in drawn_ranges() {
        for c in (low..=high).filter_map(char::from_u32) {
            assert!(drawn(c), "U+{:04X} is allowed but no embedded font draws it", c as u32);
        }
    }
    for c in (0x20..0x3000).filter_map(char::from_u32) {
        assert_eq!(can_draw(c), drawn(c), "U+{:04X}", c as u32);
    }
}
