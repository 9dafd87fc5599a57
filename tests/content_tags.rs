//! Every level's age band and framework tags (issue #15): each level is banded and tagged in
//! DigComp 2.2 and 3.0, the tags follow the mapping in docs/literacy-levels.md, and every band
//! and 3.0 competence has a label in every language.

use byte_bridge::core::i18n::{FALLBACK_LANGUAGE, Localizer};
use byte_bridge::core::level::{AgeBand, Digcomp3, Level, LevelKind};

mod common;
use common::catalog;

/// The 2.2 competences of a level, as written in its file.
fn digcomp22(level: &Level) -> Vec<String> {
    level.competences.iter().map(ToString::to_string).collect()
}

/// The 3.0 competences of a level (its learning outcomes left out).
fn digcomp30(level: &Level) -> Vec<String> {
    level.digcomp3.iter().filter(|id| !id.is_outcome()).map(ToString::to_string).collect()
}

/// Both frameworks' competences of a level, each with its framework for messages.
fn both(level: &Level) -> [(&'static str, Vec<String>); 2] {
    [("DigComp 2.2", digcomp22(level)), ("DigComp 3.0", digcomp30(level))]
}

fn is_coding(level: &Level) -> bool {
    matches!(level.kind, LevelKind::RobotGrid(_))
}

#[test]
fn every_level_has_a_band_and_tags_in_both_frameworks() {
    let catalog = catalog();
    for level in catalog.levels() {
        assert!(AgeBand::ALL.contains(&level.band), "{}", level.id);
        assert!(!level.competences.is_empty(), "{}: no DigComp 2.2 competence", level.id);
        assert!(!digcomp30(level).is_empty(), "{}: no DigComp 3.0 competence", level.id);
        for outcome in level.digcomp3.iter().filter(|id| id.is_outcome()) {
            assert!(level.digcomp3.contains(&outcome.competence()), "{}: {outcome} without its competence", level.id);
        }
    }
    // Both strands reach the youngest pupils, and every band is used.
    for band in AgeBand::ALL {
        assert!(catalog.levels().any(|l| l.band == band), "no level for {}", band.name());
    }
    let young = |coding: bool| catalog.levels().filter(|l| l.band == AgeBand::Young && is_coding(l) == coding).count();
    assert!(young(true) >= 8 && young(false) >= 8, "7-9: {} coding, {} literacy levels", young(true), young(false));
}

/// The framework structure is the same in 2.2 and 3.0 (only titles changed), so a level
/// practises the same competences in both.
#[test]
fn a_level_practises_the_same_competences_in_both_frameworks() {
    for level in catalog().levels() {
        let mut old = digcomp22(level);
        let mut new = digcomp30(level);
        old.sort();
        new.sort();
        assert_eq!(old, new, "{}", level.id);
    }
}

/// Coding is 3.4 (programming; 3.0: computational thinking and programming), debugging also
/// 5.1, with a learning outcome of 3.4 in DigComp 3.0.
#[test]
fn coding_levels_are_tagged_programming() {
    for level in catalog().levels().filter(|l| is_coding(l)) {
        for (framework, tags) in both(level) {
            assert!(tags.contains(&"3.4".to_owned()), "{} ({framework}): {tags:?}", level.id);
        }
        let outcome = level.digcomp3.iter().any(|id| id.is_outcome() && id.competence().to_string() == "3.4");
        assert!(outcome, "{}: no 3.4 learning outcome", level.id);
    }
}

/// The mapping of docs/literacy-levels.md: scams and privacy are never 2.5 (netiquette /
/// digital behaviour), privacy is 4.2, scams 4.2 or 4.1, passwords 4.1, bullying 4.3.
#[test]
fn literacy_tags_follow_the_mapping() {
    let catalog = catalog();
    let mut checked = 0;
    for level in catalog.levels().filter(|l| !is_coding(l)) {
        for (framework, tags) in both(level) {
            let has = |id: &str| tags.iter().any(|t| t == id);
            let what = format!("{} ({framework}): {tags:?}", level.id);
            match level.world.as_str() {
                "share-safe" => {
                    assert!(!has("2.5"), "privacy is not netiquette: {what}");
                    assert!(has("4.2"), "privacy is 4.2: {what}");
                    checked += 1;
                }
                "scam-spotters" => {
                    assert!(!has("2.5"), "a scam is not netiquette: {what}");
                    assert!(has("4.2") || has("4.1"), "a scam is 4.2 or 4.1: {what}");
                    checked += 1;
                }
                "password-peak" => {
                    assert!(has("4.1"), "passwords protect devices and accounts (4.1): {what}");
                    checked += 1;
                }
                _ => {}
            }
            if ["bullied", "bystander", "group-chat"].iter().any(|topic| level.id.contains(topic)) {
                assert!(has("4.3"), "bullying is 4.3: {what}");
                checked += 1;
            }
        }
    }
    assert!(checked >= 2 * 19, "only {checked} tag lists checked: have the worlds moved?");
}

/// Sensitive topics are only for the oldest band: a level whose English texts name one is
/// 12-14.
#[test]
fn sensitive_topics_are_only_in_the_oldest_band() {
    let l = Localizer::embedded().expect("the game's Fluent files");
    let sensitive = ["sextortion", "nude", "intimate", "naked", "sexual"];
    for level in catalog().levels() {
        let text: String = level
            .message_ids()
            .iter()
            .filter_map(|id| l.text_in(FALLBACK_LANGUAGE, id))
            .collect::<Vec<_>>()
            .join(" ")
            .to_lowercase();
        if let Some(word) = sensitive.iter().find(|w| text.contains(*w)) {
            assert_eq!(level.band, AgeBand::Older, "{} mentions {word:?}", level.id);
        }
    }
}

/// The game shows band labels (map) and the teacher page shows them and the 3.0 competences'
/// titles: every one exists in every language.
#[test]
fn bands_and_digcomp3_competences_have_labels_in_every_language() {
    let game = Localizer::embedded().expect("the game's Fluent files");
    let teacher = Localizer::embedded_for_teacher().expect("the teacher page's Fluent files");
    for tag in game.tags() {
        for band in AgeBand::ALL {
            assert!(game.text_in(tag, band.message_id()).is_some(), "the game's {tag} lacks {}", band.message_id());
        }
    }
    for tag in teacher.tags() {
        for competence in Digcomp3::competences() {
            let id = competence.message_id();
            assert!(teacher.text_in(tag, &id).is_some(), "{tag} lacks {id}");
        }
    }
    let english = teacher.text_in(FALLBACK_LANGUAGE, "digcomp3-2-5");
    assert_eq!(english.as_deref(), Digcomp3::parse("2.5").map(|c| c.competence_name()), "en titles are the JRC's");
}
