//! Ukrainian texts are written in Cyrillic: people's names too (Сем, not Sam; declined: «Сема»,
//! «із Семом»), so a 7-year-old reads every word and a person is spelled one way everywhere
//! (assets/i18n/uk/GLOSSARY.md, "Names"). What stays in Latin letters is what a Ukrainian
//! pupil sees in Latin letters on a real screen:
//! - placeables (`{ $name }`, `{ -term }`, string literals): not text of this file;
//! - web addresses: anything with `.example` or `://` (`moonbank.example`, `https://…`), and a
//!   word of such an address quoted in a sentence («Слово moonbank після / …»): the levels
//!   teach reading an address letter by letter, so it is quoted as the pupil sees it;
//! - a single letter, named as a letter (the zero "instead of the letter o");
//! - handles, codes and typed strings: a word with a digit or `_` (`StarFox22`, `Mod_Max`);
//! - the passwords of a password ranking, which the level keeps as they are in every language;
//! - the short list of brands and Latin words below, each with its reason.
//!
//! The apostrophe inside a word is the typographic one (’), as the glossary asks.

use byte_bridge::core::content::{FTL_FILES, TEACHER_FTL_FILES};
use byte_bridge::core::level::LevelKind;
use byte_bridge::core::level::order_steps::RankBy;
use fluent_syntax::ast::{Entry, Expression, InlineExpression, Pattern, PatternElement};
use std::collections::BTreeSet;

mod common;
use common::catalog;

/// Words and names Ukrainian writes in Latin letters, matched as whole words, case-sensitive.
/// Only what the texts use: a new entry needs a reason a Ukrainian teacher would accept.
const LATIN_IN_UKRAINIAN: &[(&str, &str)] = &[
    ("Byte Bridge", "the game's own name, as on its icon"),
    // What the tablet or browser itself shows in Latin letters on a Ukrainian system.
    ("OK", "the button of an Android dialog says «OK» in Ukrainian too"),
    ("Play", "«Play Маркет», the store's name on a Ukrainian tablet"),
    ("apk", "the ending of an Android app file's name, as a download shows it"),
    ("QR", "«QR-код» is the Ukrainian word"),
    ("PEGI", "the age-rating label printed on the store page"),
    ("HTTPS", "part of an address, as the browser shows it"),
    ("Android", "the tablet system's name, as its settings show it (adults' help on adding a voice)"),
    ("Chrome", "a browser's name"),
    ("Edge", "a browser's name (teacher page)"),
    ("Firefox", "a browser's name (teacher page)"),
    ("JavaScript", "a technology the browser names in its settings"),
    ("WebGL", "a technology the browser names in its error"),
    // Names of files, formats and frameworks, for the grown-ups and the teacher page.
    ("ID", "«ID учня»: a column name in a spreadsheet"),
    ("CSV", "a file format"),
    ("JSON", "a file format"),
    ("xAPI", "a standard's name"),
    ("DigComp", "the European framework's name"),
    ("README", "the project's file of that name"),
    ("Take It Down", "a real service's name (NCMEC); it has no Ukrainian name"),
    // Made-up brands, written as their logos and addresses are: the scam levels teach
    // comparing a brand's name with the address letter by letter.
    ("Moonbank", "a made-up bank, moonbank.example"),
    ("Comet Games", "a made-up game shop, cometgames.example"),
    ("QuickBox", "a made-up parcel service"),
    ("Jollytoy", "a made-up toy shop; the fake one is jollyt0y-shop.example"),
    ("CleanerPro", "a made-up app a fake pop-up sells (CleanerPro.apk)"),
    ("Pixelpost", "a made-up photo app"),
    ("Parkwise", "a made-up car-park company, parkwise.example"),
    ("Block Builders", "a made-up game, as its logo is written"),
];

/// Messages whose text is a password a ranking level shows: kept as they are in every
/// language (assets/i18n/uk/password-levels.ftl says so), so not Ukrainian words.
fn ranked_passwords() -> BTreeSet<String> {
    let mut ids = BTreeSet::new();
    for level in catalog().levels() {
        if let LevelKind::OrderSteps(order) = &level.kind
            && order.rank_by == Some(RankBy::PasswordStrength)
        {
            ids.extend(order.steps.iter().map(|s| s.text.clone()));
        }
    }
    ids
}

/// The words of every address a pupil sees, in the texts or in a link level, lower case.
fn address_words<'s>(sources: impl Iterator<Item = &'s str>) -> BTreeSet<String> {
    let mut addresses: Vec<String> = sources
        .flat_map(str::split_whitespace)
        .filter(|token| token.contains(".example") || token.contains("://"))
        .map(str::to_owned)
        .collect();
    for level in catalog().levels() {
        if let LevelKind::ReadAddress(read) = &level.kind {
            addresses.push(read.site.clone());
            addresses.extend(read.links.iter().map(|link| link.address.clone()));
        }
    }
    addresses.iter().flat_map(|a| a.split(|c: char| !is_word_char(c))).map(str::to_lowercase).collect()
}

/// The literal text of a pattern, every variant included; a placeable becomes a space.
fn literal_text(pattern: &Pattern<&str>, out: &mut String) {
    for element in &pattern.elements {
        match element {
            PatternElement::TextElement { value } => out.push_str(value),
            PatternElement::Placeable { expression } => literal_in_placeable(expression, out),
        }
    }
}

/// Only the variants of a select are text of this file; the rest of a placeable is not.
fn literal_in_placeable(expression: &Expression<&str>, out: &mut String) {
    out.push(' ');
    match expression {
        Expression::Select { variants, .. } => {
            for variant in variants {
                literal_text(&variant.value, out);
                out.push(' ');
            }
        }
        Expression::Inline(InlineExpression::Placeable { expression }) => literal_in_placeable(expression, out),
        Expression::Inline(_) => {}
    }
}

fn is_latin(c: char) -> bool {
    c.is_ascii_alphabetic() || (('\u{00C0}'..='\u{024F}').contains(&c) && c != '×' && c != '÷')
}

fn is_word_char(c: char) -> bool {
    c.is_alphanumeric() || c == '_'
}

/// `text` without the allowed Latin phrases, each removed only as whole words.
fn without_allowed(text: &str) -> String {
    let mut text = text.to_owned();
    for (phrase, _) in LATIN_IN_UKRAINIAN {
        let mut kept = String::with_capacity(text.len());
        let mut rest = text.as_str();
        while let Some(at) = rest.find(phrase) {
            let before = rest[..at].chars().next_back();
            let after = rest[at + phrase.len()..].chars().next();
            kept.push_str(&rest[..at]);
            if before.is_some_and(is_word_char) || after.is_some_and(is_word_char) {
                kept.push_str(phrase);
            } else {
                kept.push(' ');
            }
            rest = &rest[at + phrase.len()..];
        }
        kept.push_str(rest);
        text = kept;
    }
    text
}

/// The words of `text` written in Latin letters that are none of the allowed kinds.
fn latin_words(text: &str) -> Vec<String> {
    let no_addresses: Vec<&str> =
        text.split_whitespace().filter(|token| !token.contains(".example") && !token.contains("://")).collect();
    without_allowed(&no_addresses.join(" "))
        .split(|c: char| !is_word_char(c))
        .filter(|word| word.chars().any(is_latin))
        .filter(|word| !word.chars().any(|c| c.is_ascii_digit() || c == '_'))
        .filter(|word| word.chars().count() > 1)
        .map(str::to_owned)
        .collect()
}

/// One shown text of a Ukrainian message: its file, its id and its literal text (a message's
/// value or one attribute, every variant included).
struct Shown {
    path: &'static str,
    id: String,
    text: String,
}

/// Every text the Ukrainian files show, the game's and the teacher page's.
fn ukrainian_texts() -> Vec<Shown> {
    let mut shown = Vec::new();
    for (path, source) in FTL_FILES.iter().chain(TEACHER_FTL_FILES).filter(|(path, _)| path.contains("/uk/")) {
        let resource = fluent_syntax::parser::parse(*source)
            .unwrap_or_else(|(_, errors)| panic!("{path} does not parse: {errors:?}"));
        for entry in resource.body {
            let (id, value, attributes) = match entry {
                Entry::Message(m) => (m.id.name, m.value, m.attributes),
                Entry::Term(t) => (t.id.name, Some(t.value), t.attributes),
                _ => continue,
            };
            // `.gender` is a grammatical key the code selects on, never shown.
            let attributes = attributes.iter().filter(|a| a.id.name != "gender").map(|a| &a.value);
            for pattern in value.iter().chain(attributes) {
                let mut text = String::new();
                literal_text(pattern, &mut text);
                shown.push(Shown { path, id: id.to_owned(), text });
            }
        }
    }
    assert!(shown.len() > 500, "the Ukrainian files are embedded ({} texts read)", shown.len());
    shown
}

#[test]
fn ukrainian_texts_write_words_and_names_in_cyrillic() {
    let passwords = ranked_passwords();
    assert!(!passwords.is_empty(), "a password-ranking level is shipped");
    let uk_sources = FTL_FILES.iter().chain(TEACHER_FTL_FILES).filter(|(path, _)| path.contains("/uk/"));
    let address_words = address_words(uk_sources.map(|(_, source)| *source));
    let mut found = Vec::new();
    for shown in ukrainian_texts().iter().filter(|s| !passwords.contains(&s.id)) {
        let words: Vec<String> =
            latin_words(&shown.text).into_iter().filter(|w| !address_words.contains(&w.to_lowercase())).collect();
        if !words.is_empty() {
            found.push(format!("{}: {}: {}", shown.path, shown.id, words.join(", ")));
        }
    }
    assert!(
        found.is_empty(),
        "Latin words in Ukrainian texts (write them in Cyrillic, as GLOSSARY.md's Names table does, \
         or add a brand or Latin word Ukrainian really uses to LATIN_IN_UKRAINIAN with its reason):\n{}",
        found.join("\n")
    );
}

/// The apostrophe inside a Ukrainian word is the typographic one (’, U+2019), as GLOSSARY.md
/// asks: «пам’ять», not «пам'ять».
#[test]
fn ukrainian_words_use_the_typographic_apostrophe() {
    let is_cyrillic = |c: char| ('\u{0400}'..='\u{04FF}').contains(&c);
    let found: Vec<String> = ukrainian_texts()
        .into_iter()
        .filter(|shown| {
            let chars: Vec<char> = shown.text.chars().collect();
            chars.windows(3).any(|w| w[1] == '\'' && is_cyrillic(w[0]) && is_cyrillic(w[2]))
        })
        .map(|shown| format!("{}: {}: {}", shown.path, shown.id, shown.text))
        .collect();
    assert!(found.is_empty(), "write ’ (U+2019) in these Ukrainian words:\n{}", found.join("\n"));
}

/// The checker itself: names fail, addresses, handles and allowed words pass.
#[test]
fn the_check_finds_latin_names_and_lets_addresses_handles_and_brands_pass() {
    assert_eq!(latin_words("Твій друг Sam пише"), ["Sam"]);
    assert_eq!(latin_words("Заблокувати Kai і сказати"), ["Kai"]);
    assert_eq!(latin_words("Від: Kai_Star, адреса moonbank.example/login"), Vec::<String>::new());
    assert_eq!(latin_words("Відкрий https://x.test і QR-код у Play Маркет"), Vec::<String>::new());
    assert_eq!(latin_words("тут нуль, а не літера o"), Vec::<String>::new());
    assert_eq!(latin_words("Moonbanks"), ["Moonbanks"], "an allowed word counts only whole");
}
