//! Password Peak (assets/levels/pw-*.json) teaches what the guidance says, in every language:
//! the strength a pupil is shown is the estimator's in that language, capped by NIST SP
//! 800-63B rev. 4 (15 characters for a password used alone) and the NCSC's three random words
//! (`core::password`). These tests play each password the levels show through that verdict,
//! and check the levels' wording and hints.

use byte_bridge::core::i18n::{FALLBACK_LANGUAGE, Localizer};
use byte_bridge::core::level::build_password::{BuildPassword, find_solution};
use byte_bridge::core::level::order_steps::RankBy;
use byte_bridge::core::level::{Catalog, Level, LevelKind};
use byte_bridge::core::password::{self, Limit, guidance};

mod common;
use common::{catalog, game_localizer as localizer, language_words, text};

const WORLD: &str = "password-peak";

fn world_levels(catalog: &Catalog) -> Vec<&Level> {
    let levels: Vec<&Level> = catalog.levels().filter(|l| l.world == WORLD).collect();
    assert!(levels.len() >= 7, "{WORLD} has {} levels", levels.len());
    levels
}

fn piece_texts(l: &Localizer, tag: &str, level: &BuildPassword) -> Vec<String> {
    level.pieces.iter().map(|p| text(l, tag, &p.text)).collect()
}

/// A password ranking puts each password above the one before it, as pupils are shown
/// strength (the score after the guidance, then the guesses), in every language.
#[test]
fn password_rankings_agree_with_the_shown_strength_in_every_language() {
    let l = localizer();
    let mut ranked = 0;
    for level in catalog().levels() {
        let LevelKind::OrderSteps(steps) = &level.kind else { continue };
        if steps.rank_by != Some(RankBy::PasswordStrength) {
            continue;
        }
        ranked += 1;
        for tag in l.tags() {
            let mut previous: Option<(String, password::Strength)> = None;
            for step in &steps.steps {
                let shown = text(&l, tag, &step.text);
                let strength = password::strength(&shown, &[], tag);
                if let Some((before, weaker)) = &previous {
                    assert!(
                        strength.ranks_above(weaker),
                        "{}.json ({tag}): {shown:?} {strength:?} does not rank above {before:?} {weaker:?}",
                        level.id
                    );
                }
                previous = Some((shown, strength));
            }
            let (strongest, strength) = previous.expect("steps");
            assert!(
                strength.score >= 3 && strength.limit.is_none(),
                "{tag}: the last, {strongest:?}, is strong: {strength:?}"
            );
        }
    }
    assert!(ranked >= 1, "a password-ranking level is shipped");
}

/// Every password-building level can be finished in every language by a password that
/// follows the guidance (long enough, three words or more), and no single piece reaches the
/// target on its own: the lesson is that several random words make a strong password.
#[test]
fn password_building_levels_can_be_finished_in_every_language() {
    let l = localizer();
    let mut built = 0;
    for level in catalog().levels() {
        let LevelKind::BuildPassword(pieces) = &level.kind else { continue };
        built += 1;
        for tag in l.tags() {
            let texts = piece_texts(&l, tag, pieces);
            let solution = find_solution(pieces, &texts, tag)
                .unwrap_or_else(|| panic!("{}.json ({tag}): no finished password from {texts:?}", level.id));
            let password: Vec<&str> = solution.iter().map(|&i| texts[i].as_str()).collect();
            let password = password.join("-");
            let strength = password::strength(&password, &[], tag);
            assert!(strength.score >= pieces.target, "{}.json ({tag}): {password:?} {strength:?}", level.id);
            assert!(password.chars().count() >= guidance::MIN_CHARACTERS_ALONE, "{password:?}");
            assert!(solution.len() >= guidance::PASSPHRASE_WORDS, "{password:?}");
            for piece in &texts {
                let alone = password::strength(piece, &[], tag);
                assert!(alone.score < pieces.target, "{}.json ({tag}): {piece:?} alone reaches the target", level.id);
            }
        }
    }
    assert!(built >= 2, "password-building levels are shipped");
}

/// The first passphrase level lets a pupil meet the length rule: three of its short tiles
/// make a password the meter holds back as too short, in every language.
#[test]
fn three_short_words_show_as_too_short_in_every_language() {
    let catalog = catalog();
    let level = catalog.levels().find(|l| l.id == "pw-build-first").expect("pw-build-first");
    let LevelKind::BuildPassword(pieces) = &level.kind else { panic!("pw-build-first builds a password") };
    let l = localizer();
    for tag in l.tags() {
        let texts = piece_texts(&l, tag, pieces);
        let short: Vec<&str> = pieces
            .pieces
            .iter()
            .zip(&texts)
            .filter(|(p, t)| !p.personal && t.chars().count() <= 3)
            .map(|(_, t)| t.as_str())
            .collect();
        assert!(short.len() >= 3, "{tag}: three short word tiles, not {short:?}");
        let password = short[..3].join("-");
        let strength = password::strength(&password, &[], tag);
        assert!(strength.score < pieces.target, "{tag}: {password:?} {strength:?}");
        assert_eq!(strength.limit, Some(Limit::Short), "{tag}: the meter says {password:?} is too short");
    }
}

/// Pick-the-reply questions in Password Peak: the best answer is not a length cue (never the
/// longest in pw-who-to-tell, at most a third of the world's questions elsewhere), in every
/// language; some wrong answers mention an adult too, so an adult is not a giveaway.
#[test]
fn the_best_reply_is_not_the_longest_and_adults_appear_in_wrong_replies() {
    let catalog = catalog();
    let l = localizer();
    for tag in l.tags() {
        let adult = language_words(tag).adult;
        let (mut questions, mut longest_best, mut wrong_with_adult) = (0, 0, 0);
        for level in world_levels(&catalog) {
            let LevelKind::PickReply(pick) = &level.kind else { continue };
            for question in &pick.questions {
                questions += 1;
                let lengths: Vec<usize> =
                    question.options.iter().map(|o| text(&l, tag, &o.text).chars().count()).collect();
                let longest = *lengths.iter().max().expect("options");
                let best = question.options.iter().position(|o| o.best).expect("a best answer");
                if lengths[best] == longest {
                    longest_best += 1;
                    assert_ne!(level.id, "pw-who-to-tell", "{tag}: {}: the best answer is the longest", question.id);
                }
                wrong_with_adult += question
                    .options
                    .iter()
                    .filter(|o| !o.best && text(&l, tag, &o.text).to_lowercase().contains(adult.as_str()))
                    .count();
            }
        }
        assert!(questions >= 6, "{tag}: {questions} questions");
        assert!(
            longest_best * 3 <= questions,
            "{tag}: the best answer is the longest in {longest_best} of {questions}"
        );
        assert!(wrong_with_adult >= 2, "{tag}: only {wrong_with_adult} wrong answers mention an adult");
    }
}

/// Three hints that differ, and the third never gives the whole answer away: it names at most
/// one of a password level's personal tiles and at most one password of a ranking.
#[test]
fn hints_are_three_tiers_and_never_the_whole_answer() {
    let catalog = catalog();
    let l = localizer();
    for tag in l.tags() {
        for level in world_levels(&catalog) {
            let hints: Vec<String> = level.hints.iter().map(|h| text(&l, tag, h)).collect();
            assert_eq!(hints.len(), 3, "{}: three hints", level.id);
            assert!(
                hints[0] != hints[1] && hints[1] != hints[2] && hints[0] != hints[2],
                "{} ({tag}): {hints:?}",
                level.id
            );
            let last = &hints[2];
            let named = |texts: Vec<String>| texts.iter().filter(|t| last.contains(t.as_str())).count();
            match &level.kind {
                LevelKind::BuildPassword(pieces) => {
                    let personal =
                        pieces.pieces.iter().filter(|p| p.personal).map(|p| text(&l, tag, &p.text)).collect();
                    assert!(named(personal) <= 1, "{} ({tag}): hint 3 names the personal tiles: {last}", level.id);
                }
                LevelKind::OrderSteps(order) => {
                    let steps = order.steps.iter().map(|s| text(&l, tag, &s.text)).collect();
                    assert!(named(steps) <= 1, "{} ({tag}): hint 3 gives the order: {last}", level.id);
                }
                LevelKind::PickReply(pick) => {
                    let best = pick
                        .questions
                        .iter()
                        .flat_map(|q| q.options.iter().filter(|o| o.best))
                        .map(|o| text(&l, tag, &o.text));
                    assert_eq!(named(best.collect()), 0, "{} ({tag}): hint 3 quotes a best answer: {last}", level.id);
                }
                _ => {}
            }
        }
    }
}

/// A parent or carer, not only "mum": the levels speak of the adults who look after a pupil.
#[test]
fn the_adults_are_a_parent_or_carer_not_only_mum() {
    let catalog = catalog();
    let l = localizer();
    for tag in l.tags() {
        let word = language_words(tag).mum;
        for level in world_levels(&catalog) {
            for id in level.message_ids() {
                let shown = text(&l, tag, id).to_lowercase();
                let words: Vec<&str> = shown.split(|c: char| !c.is_alphabetic()).collect();
                assert!(!words.iter().any(|w| w.starts_with(word.as_str())), "{} ({tag}): {id}: {shown}", level.id);
            }
        }
    }
}

/// Every word the strength meter can show exists in every language: the reasons the guidance
/// holds a password back, and the meter line that carries them.
#[test]
fn every_strength_message_exists_in_every_language() {
    let l = localizer();
    let mut ids: Vec<&str> = Limit::ALL.iter().map(|limit| limit.message_id()).collect();
    ids.extend(["password-meter", "password-meter-limited"]);
    for tag in l.tags() {
        let known = l.message_ids(tag);
        for id in &ids {
            assert!(known.contains(id), "{tag} lacks {id}");
        }
    }
    assert!(text(&l, FALLBACK_LANGUAGE, "password-limit-short").contains("15"), "the length the guidance asks for");
}
