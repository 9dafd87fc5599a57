//! The "Safe together" world (issue #15) and the helplines it shows: enough levels and
//! mechanics, answers that cannot be guessed from their length, and a helpline number only
//! where one is confirmed, with its source.

use byte_bridge::core::helplines::{self, HELPLINES};
use byte_bridge::core::i18n::{Arg, FALLBACK_LANGUAGE, Localizer};
use byte_bridge::core::level::{Catalog, Level, LevelKind};

mod common;
use common::{catalog, game_localizer as localizer};

const WORLD: &str = "safe-together";

fn safe_levels(catalog: &Catalog) -> Vec<Level> {
    let world = catalog.worlds().iter().find(|w| w.id == WORLD).expect("the Safe together world is shipped");
    world.levels.to_vec()
}

/// The `$helpline` text the result screen passes, in the language shown now.
fn helpline_text(l: &Localizer, languages: &[&str]) -> String {
    let languages: Vec<String> = languages.iter().map(|t| t.to_string()).collect();
    match helplines::for_device(&languages) {
        Some(line) => l.text_with(
            "helpline-call",
            &[("service", Arg::Text(line.service.to_owned())), ("number", Arg::Text(line.number.to_owned()))],
        ),
        None => l.text("helpline-ask-adult"),
    }
}

#[test]
fn safe_together_has_enough_levels_and_mechanics() {
    let catalog = catalog();
    let levels = safe_levels(&catalog);
    assert!(levels.len() >= 5, "{} levels", levels.len());
    let mut kinds: Vec<String> = levels.iter().map(|l| format!("{:?}", std::mem::discriminant(&l.kind))).collect();
    kinds.sort();
    kinds.dedup();
    assert!(kinds.len() >= 2, "mechanics: {kinds:?}");
    for level in &levels {
        assert!(!matches!(level.kind, LevelKind::RobotGrid(_)), "{}", level.id);
        assert!(level.id.starts_with("safe-"), "{}: level files of this world are safe-*.json", level.id);
        let tags: Vec<String> = level.competences.iter().map(|c| c.to_string()).collect();
        assert!(tags.iter().any(|t| ["4.1", "4.2", "4.3"].contains(&t.as_str())), "{}: {tags:?}", level.id);
    }
}

#[test]
fn every_helpline_has_a_source_and_a_confirmed_country() {
    assert!(!HELPLINES.is_empty());
    for line in HELPLINES {
        assert!(!line.sources.is_empty(), "{} {}: no source", line.country, line.number);
        for source in line.sources {
            assert!(source.starts_with("https://") || source.starts_with("http://"), "{source}");
        }
    }
    // The countries of the shipped languages where a number is confirmed.
    for country in ["AT", "BE", "CH", "DE", "GB", "IE", "LU", "MT", "UA"] {
        assert!(!helplines::for_country(country).is_empty(), "{country}");
    }
}

#[test]
fn the_device_locale_picks_the_country() {
    let countries = |tags: &[&str]| tags.iter().map(|t| helplines::country_of(t)).collect::<Vec<_>>();
    assert_eq!(
        countries(&["de-AT", "uk-UA", "en-IE", "en"]),
        [Some("AT".into()), Some("UA".into()), Some("IE".into()), None]
    );
    let number = |tags: &[&str]| {
        helplines::for_device(&tags.iter().map(|t| t.to_string()).collect::<Vec<_>>()).map(|h| h.number)
    };
    assert_eq!(number(&["de-AT"]), Some("147"));
    assert_eq!(number(&["de-DE", "de"]), Some("116 111"));
    assert_eq!(number(&["uk"]), None, "Ukrainian alone names no country");
    assert_eq!(number(&["en"]), None);
}

/// The result screen of the help level names the helpline of the device's country in every
/// language, and without a confirmed number it sends the pupil to a trusted adult: it shows
/// no number at all then.
#[test]
fn the_help_level_shows_the_confirmed_number_or_asks_an_adult() {
    let mut l = localizer();
    let catalog = catalog();
    let learned = safe_levels(&catalog)
        .iter()
        .find(|level| level.id == "safe-get-help")
        .map(|level| level.learned.clone())
        .expect("the help level is shipped");
    let tags: Vec<String> = l.tags().iter().map(|t| t.to_string()).collect();
    for tag in &tags {
        assert!(l.set_language(tag));
        for line in HELPLINES {
            let device = format!("{tag}-{}", line.country);
            let text = l.text_with(&learned, &[("helpline", Arg::Text(helpline_text(&l, &[device.as_str()])))]);
            // The country's line for this language where it has one (fr-BE: Écoute-Enfants).
            let first = helplines::for_device(std::slice::from_ref(&device)).expect("a listed country has a line");
            assert!(helplines::for_country(line.country).contains(&first), "{device}: {first:?}");
            assert!(text.contains(first.number) && text.contains(first.service), "{tag} {device}: {text}");
        }
        for device in [&["en"][..], &["uk"], &["de", "en-GB"], &["fr-FR"]] {
            let helpline = helpline_text(&l, device);
            assert_eq!(helpline, l.text_in(tag, "helpline-ask-adult").expect("translated"));
            let text = l.text_with(&learned, &[("helpline", Arg::Text(helpline))]);
            assert!(!text.chars().any(|c| c.is_ascii_digit()), "{tag} {device:?}: {text}");
            assert!(!text.contains('{') && !text.contains(&learned), "{tag}: {text}");
        }
    }
}

/// Pick-the-reply questions of this world: the best answer is the longest in at most a third
/// of them, in every language, and some wrong answers mention an adult too, so neither length
/// nor the word "adult" gives the answer away.
#[test]
fn answers_cannot_be_guessed_from_length_or_from_an_adult() {
    let l = localizer();
    let catalog = catalog();
    let levels = safe_levels(&catalog);
    let questions: Vec<_> = levels
        .iter()
        .filter_map(|level| match &level.kind {
            LevelKind::PickReply(pick) => Some(pick.questions.iter().map(move |q| (level.id.clone(), q))),
            _ => None,
        })
        .flatten()
        .collect();
    assert!(questions.len() >= 6, "{} questions", questions.len());
    for tag in l.tags() {
        let text = |id: &str| l.text_in(tag, id).unwrap_or_else(|| panic!("{tag} lacks {id}"));
        let longest_best = questions
            .iter()
            .filter(|(_, q)| {
                let best = q.options.iter().find(|o| o.best).map(|o| text(&o.text).chars().count()).unwrap_or(0);
                q.options.iter().filter(|o| !o.best).all(|o| text(&o.text).chars().count() <= best)
            })
            .count();
        assert!(
            longest_best * 3 <= questions.len(),
            "{tag}: the best answer is the longest in {longest_best} questions"
        );
    }
    let adult_words = ["adult", "grown-up"];
    let wrong_with_adult = questions
        .iter()
        .flat_map(|(_, q)| q.options.iter().filter(|o| !o.best))
        .filter(|o| {
            let english = l.text_in(FALLBACK_LANGUAGE, &o.text).unwrap_or_default().to_lowercase();
            adult_words.iter().any(|w| english.contains(w))
        })
        .count();
    assert!(wrong_with_adult >= 2, "only {wrong_with_adult} wrong answers mention an adult");
}

/// Three hints that really differ, and answer cards short enough for a tablet, in every
/// language.
#[test]
fn hints_differ_and_answers_stay_short() {
    let l = localizer();
    let catalog = catalog();
    for level in safe_levels(&catalog) {
        for tag in l.tags() {
            let hints: Vec<String> =
                level.hints.iter().map(|h| l.text_in(tag, h).unwrap_or_else(|| panic!("{tag} lacks {h}"))).collect();
            assert_eq!(hints.len(), 3, "{}", level.id);
            assert!(hints[0] != hints[1] && hints[1] != hints[2] && hints[0] != hints[2], "{} ({tag})", level.id);
            let answers: Vec<&str> = match &level.kind {
                LevelKind::PickReply(pick) => {
                    pick.questions.iter().flat_map(|q| q.options.iter().map(|o| o.text.as_str())).collect()
                }
                LevelKind::SafeToShare(sort) => sort.cards.iter().map(|c| c.text.as_str()).collect(),
                LevelKind::SpotFlags(flags) => flags.parts.iter().map(|p| p.text.as_str()).collect(),
                _ => Vec::new(),
            };
            for id in answers {
                let text = l.text_in(tag, id).unwrap_or_default();
                assert!(text.chars().count() <= 64, "{} ({tag}): {text:?} is long for a card", level.id);
            }
        }
    }
}

/// The two levels for older pupils (threats over a private photo, someone else's photo) come
/// last in the world, after every level for younger pupils.
#[test]
fn the_sensitive_levels_come_last() {
    let catalog = catalog();
    let levels = safe_levels(&catalog);
    let last: Vec<&str> = levels.iter().rev().take(2).map(|l| l.id.as_str()).collect();
    assert_eq!(last, ["safe-not-yours", "safe-threats"]);
}
